//! The pages rendered at build time, one per way in: the reading page in
//! each language, every embed (each target, each language, with and without
//! its title) and every slide of both decks. Pure, tested natively.
//!
//! A static host serves the same `index.html` for every query, so the page
//! for an address that is not the Dutch reading page is fetched by the head
//! script `web/route.js`, which derives the file from the address by the
//! rule of [`file_for`] and swaps it in before anything is painted. The
//! reading pages and the embeds are full documents at the top of the
//! release, so an address may also name its page's file (the embed code
//! does: `embed-<id>-<lang>.html?embed=<id>…`), which any static host
//! serves as it is, without the Dutch page and the swap. The two
//! must agree; an end-to-end journey (`tests/e2e/routes.test.mjs`) loads
//! each kind of address and checks that the script found its page. The
//! script reads an address as [`UrlState::from_query`] does, so every
//! reading and embed address has its page (a misspelt language or embed id
//! included); only the classroom's addresses that no page covers (a slide
//! past the end of its section, the presenter's window) are left to the
//! classroom app, which normalises them.

use crate::content::{Content, Lang};
use crate::deck;
use crate::ids;
use crate::url_state::{Fragment, Mode, UrlState};

/// The Dutch reading page: Trunk's own output.
pub const INDEX: &str = "index.html";
/// Where the pages that are only swapped in (the slides) live.
pub const DIR: &str = "pages";

/// One page rendered at build time: its file (relative to the release
/// folder) and the state it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct StaticPage {
    pub file: String,
    pub url: UrlState,
    pub fragment: Fragment,
}

impl StaticPage {
    /// A full HTML document that an address can name and readers without
    /// scripts can open (the reading pages and the embeds), not only a body
    /// to swap in (a slide).
    pub fn is_document(&self) -> bool {
        matches!(self.url.mode, Mode::Reading | Mode::Embed { .. })
    }
}

/// The file of the page for this state, if it has one: the rule
/// `web/route.js` follows (see the module's comment).
pub fn file_for(url: &UrlState, fragment: &Fragment) -> Option<String> {
    let lang = url.lang.code();
    match &url.mode {
        Mode::Reading => Some(match url.lang {
            Lang::Nl => INDEX.to_string(),
            Lang::En => "en.html".to_string(),
        }),
        Mode::Embed { target, title } => {
            let target = target.as_deref().unwrap_or("1");
            let title = if *title { "" } else { "-notitle" };
            Some(format!("embed-{target}-{lang}{title}.html"))
        }
        Mode::Present => Some(match (&fragment.id, &fragment.sub) {
            (None, _) => format!("{DIR}/present-{lang}.html"),
            (Some(id), None) => format!("{DIR}/present-{lang}-{id}.html"),
            // `_` never occurs in an id, so `a/2` and an id `a-2` differ.
            (Some(id), Some(sub)) => format!("{DIR}/present-{lang}-{id}_{sub}.html"),
        }),
        Mode::Presenter => None,
    }
}

/// The path of the reading page for a page's path: the same, unless it
/// names the file of a page other than `index.html` (`en.html`, an embed, a
/// share page: [`crate::share`]),
/// whose folder it then is. Links made on such a page (a copied link, an
/// embed's link to the full explainer, the slides) lead to the explainer,
/// not to that file, which would show the embed again.
pub fn reading_path(pathname: &str) -> &str {
    let name = &pathname[pathname.rfind('/').map_or(0, |i| i + 1)..];
    let other_page = name == "en.html"
        || (name.starts_with("embed-") && name.ends_with(".html"))
        || crate::share::is_share_file(name);
    if other_page {
        &pathname[..pathname.len() - name.len()]
    } else {
        pathname
    }
}

/// Where to go, from the page at `pathname`, for a page's state: the file of
/// that page where it is a document of its own other than `index.html`
/// (`en.html`, an embed), which a host serves as it is, without the router's
/// swap; else the reading page's path (the query and the fragment say the
/// rest).
pub fn path_for(pathname: &str, url: &UrlState, fragment: &Fragment) -> String {
    let reading = reading_path(pathname);
    match file_for(url, fragment) {
        Some(file) if file != INDEX && !file.contains('/') => {
            let folder = &reading[..reading.rfind('/').map_or(0, |i| i + 1)];
            format!("{folder}{file}")
        }
        _ => reading.to_string(),
    }
}

/// The address of a state and fragment from the page at `base` (a path or
/// an absolute address without query): [`path_for`] with the state's query
/// and the fragment after it.
pub fn address(base: &str, url: &UrlState, fragment: &Fragment) -> String {
    format!(
        "{}{}{}",
        path_for(base, url, fragment),
        url.to_query(),
        fragment.to_hash()
    )
}

/// Every page to render, the Dutch reading page first.
pub fn all(content: &Content) -> Vec<StaticPage> {
    let mut states: Vec<(UrlState, Fragment)> = Vec::new();
    let with = |lang: Lang, mode: Mode| UrlState {
        lang,
        mode,
        ..UrlState::default()
    };
    for lang in [Lang::Nl, Lang::En] {
        states.push((with(lang, Mode::Reading), Fragment::default()));
    }
    for lang in [Lang::Nl, Lang::En] {
        let targets = std::iter::once(None).chain(
            ids::SECTIONS
                .iter()
                .chain(ids::DIAGRAMS.iter().map(|d| &d.id))
                .map(|id| Some(id.to_string())),
        );
        for target in targets {
            for title in [true, false] {
                states.push((
                    with(
                        lang,
                        Mode::Embed {
                            target: target.clone(),
                            title,
                        },
                    ),
                    Fragment::default(),
                ));
            }
        }
    }
    for lang in [Lang::Nl, Lang::En] {
        let slides = deck::deck(content.locale(lang));
        states.push((with(lang, Mode::Present), Fragment::default()));
        for i in 0..slides.len() {
            let canonical = deck::fragment_of(&slides, i);
            // `#section/1` is `#section`: the script asks for the latter.
            states.push((with(lang, Mode::Present), canonical));
            if let Some(anchor) = &slides[i].anchor {
                states.push((
                    with(lang, Mode::Present),
                    Fragment {
                        id: Some(anchor.clone()),
                        sub: None,
                    },
                ));
            }
        }
    }
    let mut pages: Vec<StaticPage> = Vec::new();
    for (url, fragment) in states {
        let Some(file) = file_for(&url, &fragment) else {
            continue;
        };
        if pages.iter().all(|p| p.file != file) {
            pages.push(StaticPage {
                file,
                url,
                fragment,
            });
        }
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;

    #[test]
    fn every_page_is_what_its_address_asks_for() {
        let pages = all(content());
        assert_eq!(pages[0].file, INDEX);
        for page in &pages {
            // The address the script reads for this file gives this state back.
            let query = page.url.to_query();
            let again = UrlState::from_query(&query);
            assert_eq!(again, page.url, "{} from {query}", page.file);
            let frag = Fragment::parse(&page.fragment.to_hash());
            assert_eq!(
                file_for(&again, &frag).as_deref(),
                Some(page.file.as_str()),
                "{query}{}",
                page.fragment.to_hash()
            );
        }
    }

    #[test]
    fn a_slide_address_shows_the_slide_the_deck_finds() {
        for lang in [Lang::Nl, Lang::En] {
            let slides = deck::deck(content().locale(lang));
            for page in all(content())
                .iter()
                .filter(|p| p.url.mode == Mode::Present && p.url.lang == lang)
            {
                // Each file holds exactly one slide, the one `locate` picks.
                let i = deck::locate(&slides, &page.fragment);
                assert!(i < slides.len(), "{}", page.file);
            }
            // Every slide can be reached by its own address.
            let files: Vec<String> = (0..slides.len())
                .map(|i| {
                    file_for(
                        &UrlState {
                            lang,
                            mode: Mode::Present,
                            ..UrlState::default()
                        },
                        &deck::fragment_of(&slides, i),
                    )
                    .unwrap()
                })
                .collect();
            for f in &files {
                assert!(all(content()).iter().any(|p| &p.file == f), "{f}");
            }
        }
    }

    #[test]
    fn every_embed_target_of_the_contract_has_a_page_in_both_languages() {
        let pages = all(content());
        let targets = ["1"]
            .into_iter()
            .chain(ids::SECTIONS)
            .chain(ids::DIAGRAMS.iter().map(|d| d.id));
        for target in targets {
            for lang in ["nl", "en"] {
                for title in ["", "-notitle"] {
                    let file = format!("embed-{target}-{lang}{title}.html");
                    assert!(pages.iter().any(|p| p.file == file), "{file}");
                }
            }
        }
        // The presenter's window has no page: the app renders it.
        let presenter = UrlState {
            mode: Mode::Presenter,
            ..UrlState::default()
        };
        assert_eq!(file_for(&presenter, &Fragment::default()), None);
    }

    #[test]
    fn addresses_can_name_the_documents_and_links_lead_to_the_explainer() {
        for page in all(content()) {
            // A document is a file at the top of the release, which an
            // address may name (its relative links stay right); a slide is
            // only swapped in.
            assert_eq!(
                page.is_document(),
                !page.file.contains('/'),
                "{}",
                page.file
            );
            if page.file != INDEX {
                assert!(
                    page.is_document() || page.file.starts_with(DIR),
                    "{}",
                    page.file
                );
            }
            if page.is_document() && page.file != INDEX {
                let path = format!("/uitleg/{}", page.file);
                assert_eq!(reading_path(&path), "/uitleg/", "{}", page.file);
            }
        }
        assert_eq!(reading_path("/uitleg/"), "/uitleg/");
        assert_eq!(reading_path("/uitleg/index.html"), "/uitleg/index.html");
        assert_eq!(reading_path("/"), "/");
        assert_eq!(reading_path(""), "");
        assert_eq!(reading_path("/embed.js"), "/embed.js");
        assert_eq!(reading_path("/uitleg/share-bronnen-nl.html"), "/uitleg/");
    }

    #[test]
    fn a_change_of_language_or_mode_goes_to_the_page_a_host_serves_as_it_is() {
        let en = UrlState {
            lang: Lang::En,
            ..UrlState::default()
        };
        let nl = UrlState::default();
        let present = UrlState {
            mode: Mode::Present,
            ..UrlState::default()
        };
        let none = Fragment::default();
        assert_eq!(path_for("/uitleg/", &en, &none), "/uitleg/en.html");
        assert_eq!(
            path_for("/uitleg/index.html", &en, &none),
            "/uitleg/en.html"
        );
        assert_eq!(path_for("/uitleg/en.html", &nl, &none), "/uitleg/");
        assert_eq!(
            path_for("/uitleg/index.html", &nl, &none),
            "/uitleg/index.html"
        );
        assert_eq!(path_for("/", &en, &none), "/en.html");
        // The slides are swapped in: the reading page's path, with the query.
        assert_eq!(
            path_for(
                "/uitleg/en.html",
                &present,
                &Fragment {
                    id: Some("handreikingen".into()),
                    sub: None
                }
            ),
            "/uitleg/"
        );
        let embed = UrlState {
            lang: Lang::En,
            mode: Mode::Embed {
                target: Some("tijdlijn".into()),
                title: false,
            },
            ..UrlState::default()
        };
        assert_eq!(
            path_for("/uitleg/embed-bronnen-nl.html", &embed, &none),
            "/uitleg/embed-tijdlijn-en-notitle.html"
        );
        // The whole address, from an absolute one too.
        let at = Fragment {
            id: Some("handreikingen".into()),
            sub: None,
        };
        assert_eq!(
            address("https://x.nl/uitleg/", &en, &at),
            "https://x.nl/uitleg/en.html?lang=en#handreikingen"
        );
        assert_eq!(
            address("https://x.nl/uitleg/en.html", &nl, &at),
            "https://x.nl/uitleg/#handreikingen"
        );
    }

    #[test]
    fn file_names_never_collide() {
        let pages = all(content());
        let mut files: Vec<&str> = pages.iter().map(|p| p.file.as_str()).collect();
        files.sort_unstable();
        let n = files.len();
        files.dedup();
        assert_eq!(files.len(), n);
        // A slide of a section and an anchor with a number differ.
        let a = Fragment {
            id: Some("a".into()),
            sub: Some("2".into()),
        };
        let b = Fragment {
            id: Some("a-2".into()),
            sub: None,
        };
        let present = UrlState {
            mode: Mode::Present,
            ..UrlState::default()
        };
        assert_ne!(file_for(&present, &a), file_for(&present, &b));
    }
}
