//! Share addresses: a page of its own per section, per diagram and per
//! simulator scenario, in both languages, so that a link a reader shares
//! unfurls as a card of what it points at (its title, its key sentence, an
//! image of it). A chat app's crawler never sees a fragment or runs a
//! script, and a static host serves the same file for every query, so each
//! card needs a file: `share-<id>[_<preset>]-<lang>.html`, the reading page
//! in that state, at that place, with its own preview metadata and an image
//! `share/<same name>.png` (both written by the prerender step). Pure,
//! tested natively: the copy-link buttons hand out these addresses
//! ([`address`]) by this same rule.

use crate::content::Lang;
use crate::ids;
use crate::sim;
use crate::url_state::{Fragment, Mode, SimState, UrlState};

/// The folder of the share images in the release.
pub const IMAGE_DIR: &str = "share";
/// The share images' size: what link previews show best (1.91:1).
pub const IMAGE_WIDTH: u32 = 1200;
pub const IMAGE_HEIGHT: u32 = 630;

/// What a share address points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Section(&'static str),
    Diagram(&'static str),
    /// The simulator with a scenario (its key, `?preset=`).
    Preset(&'static str),
}

impl Target {
    /// The section or diagram id the address goes to (`#id`).
    pub fn anchor(self) -> &'static str {
        match self {
            Target::Section(id) | Target::Diagram(id) => id,
            Target::Preset(_) => SIMULATOR,
        }
    }
}

/// The simulator's id, whose scenarios have share addresses of their own.
pub const SIMULATOR: &str = "spagaat-simulator";

/// One share address: its page's file, its image and the state it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SharePage {
    pub target: Target,
    pub lang: Lang,
    /// The page, at the top of the release: `share-de-nieuwe-spagaat-nl.html`.
    pub file: String,
    /// The image, under [`IMAGE_DIR`]: `share/de-nieuwe-spagaat-nl.png`.
    pub image: String,
    /// The state the page shows (reading mode).
    pub url: UrlState,
}

impl SharePage {
    /// Where the page lands: its section or diagram.
    pub fn fragment(&self) -> Fragment {
        Fragment {
            id: Some(self.target.anchor().to_string()),
            sub: None,
        }
    }
}

/// The name shared by a page and its image, without extension, for the
/// section or diagram `id` (with the simulator's scenario `preset`):
/// `de-nieuwe-spagaat-nl`, `spagaat-simulator_vak-en` (`_` never occurs in
/// an id, so a scenario's name cannot be taken for an id's).
fn stem(id: &str, preset: Option<&str>, lang: Lang) -> String {
    let (sep, preset) = match preset {
        Some(p) => ("_", p),
        None => ("", ""),
    };
    format!("{id}{sep}{preset}-{}", lang.code())
}

impl Target {
    fn preset(self) -> Option<&'static str> {
        match self {
            Target::Preset(key) => Some(key),
            _ => None,
        }
    }
}

/// The file of a target's share page.
pub fn file(target: Target, lang: Lang) -> String {
    format!(
        "share-{}.html",
        stem(target.anchor(), target.preset(), lang)
    )
}

/// Whether a page's file name is a share page's.
pub fn is_share_file(name: &str) -> bool {
    name.starts_with("share-") && name.ends_with(".html")
}

/// The state a target's page shows: the reading page in `lang`, with the
/// scenario's values for a scenario.
fn state(target: Target, lang: Lang) -> UrlState {
    let mut url = UrlState {
        lang,
        mode: Mode::Reading,
        ..UrlState::default()
    };
    if let Target::Preset(key) = target {
        if let Some(preset) = sim::preset(key) {
            url.sim = SimState {
                preset: Some(preset.key),
                params: preset.params,
            };
        }
    }
    url
}

/// Every target, in reading order: the sections, the diagrams, the
/// simulator's scenarios.
pub fn targets() -> Vec<Target> {
    ids::SECTIONS
        .iter()
        .map(|id| Target::Section(id))
        .chain(ids::diagrams_in_reading_order().map(|d| Target::Diagram(d.id)))
        .chain(sim::PRESETS.iter().map(|p| Target::Preset(p.key)))
        .collect()
}

/// Every share page, Dutch first.
pub fn all() -> Vec<SharePage> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        for target in targets() {
            out.push(SharePage {
                target,
                lang,
                file: file(target, lang),
                image: format!(
                    "{IMAGE_DIR}/{}.png",
                    stem(target.anchor(), target.preset(), lang)
                ),
                url: state(target, lang),
            });
        }
    }
    out
}

/// The share address of a state pointing at `fragment` from the page at
/// `base` (a path or an absolute address without query, as for
/// [`crate::pages::address`]), if the fragment names a section or diagram
/// and the state is the reading page's: the target's share page in the
/// state's language (the scenario's, for the simulator with a scenario),
/// with the keys of the state that page does not already show, and the
/// fragment, so that a reader without scripts lands there too. Custom
/// simulator values go to the simulator's page with all eight values.
pub fn address(base: &str, url: &UrlState, fragment: &Fragment) -> Option<String> {
    let id = fragment.id.as_deref()?;
    let ours = url.mode == Mode::Reading && fragment.sub.is_none() && ids::is_embeddable(id);
    ours.then(|| link(base, url, id))
}

/// [`address`] for a state in reading mode and the section or diagram
/// `id`, unchecked: what a copy-link button hands out. Kept small: every
/// app with such a button carries it.
pub fn link(base: &str, url: &UrlState, id: &str) -> String {
    let preset = if id == SIMULATOR {
        url.sim.preset
    } else {
        None
    };
    // The page shows its language and scenario (`data-address`): the rest
    // of the state goes into the query.
    let mut rest = url.clone();
    rest.lang = Lang::default();
    if preset.is_some() {
        rest.sim = SimState::default();
    }
    let reading = crate::pages::reading_path(base);
    let folder = &reading[..reading.rfind('/').map_or(0, |i| i + 1)];
    format!(
        "{folder}share-{}.html{}#{id}",
        stem(id, preset, url.lang),
        rest.to_query()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_diagram_and_scenario_has_a_page_in_both_languages() {
        let pages = all();
        let n = ids::SECTIONS.len() + ids::DIAGRAMS.len() + sim::PRESETS.len();
        assert_eq!(pages.len(), 2 * n);
        let mut files: Vec<&str> = pages.iter().map(|p| p.file.as_str()).collect();
        files.sort_unstable();
        files.dedup();
        assert_eq!(files.len(), pages.len(), "names never collide");
        for p in &pages {
            assert!(is_share_file(&p.file), "{}", p.file);
            assert!(!p.file.contains('/'), "a document at the top: {}", p.file);
            assert_eq!(
                p.image,
                format!("share/{}.png", &p.file["share-".len()..p.file.len() - 5])
            );
        }
        assert!(files.contains(&"share-de-nieuwe-spagaat-nl.html"));
        assert!(files.contains(&"share-argumentkaart-en.html"));
        assert!(files.contains(&"share-spagaat-simulator_vak-en.html"));
        assert!(!is_share_file("embed-1-nl.html") && !is_share_file("share/x.png"));
    }

    #[test]
    fn a_share_address_reads_back_as_the_state_it_was_made_of() {
        let vak = sim::preset("vak").unwrap();
        let mut url = UrlState {
            lang: Lang::En,
            sim: SimState {
                preset: Some(vak.key),
                params: vak.params,
            },
            ..UrlState::default()
        };
        url.set_selection("arg", Some("hoofdclaim"));
        let at = |id: &str| Fragment {
            id: Some(id.into()),
            sub: None,
        };
        // The scenario's own page: its query is the page's, only the
        // selection is added.
        assert_eq!(
            address("/uitleg/", &url, &at(SIMULATOR)).as_deref(),
            Some("/uitleg/share-spagaat-simulator_vak-en.html?arg=hoofdclaim#spagaat-simulator")
        );
        assert_eq!(
            address("https://x.nl/uitleg/en.html", &url, &at("handreikingen")).as_deref(),
            Some("https://x.nl/uitleg/share-handreikingen-en.html?preset=vak&arg=hoofdclaim#handreikingen")
        );
        // Custom values: the simulator's page with all of them.
        url.sim.params = url.sim.params.with(sim::COMMUNITY_SHARE, 33.0);
        url.sim.preset = None;
        let custom = address("/", &url, &at(SIMULATOR)).unwrap();
        assert!(
            custom.starts_with("/share-spagaat-simulator-en.html?cw=33&"),
            "{custom}"
        );
        // Read as the page reads it: its own query filled into the address.
        for page in all() {
            for target in [page.target.anchor(), "bronnen"] {
                let shared = address("/", &page.url, &at(target)).unwrap();
                let (path, hash) = shared.split_once('#').unwrap();
                let (file, query) = path.split_once('?').unwrap_or((path, ""));
                let page_of = all()
                    .into_iter()
                    .find(|p| format!("/{}", p.file) == file)
                    .unwrap();
                let own = page_of.url.to_query();
                let filled = format!("{}&{}", query, own.trim_start_matches('?'));
                assert_eq!(UrlState::from_query(&filled), page.url, "{shared}");
                assert_eq!(hash, target);
            }
        }
        // No share address for what has none.
        assert_eq!(address("/", &UrlState::default(), &at("begrip-wmo")), None);
        assert_eq!(
            address("/", &UrlState::default(), &Fragment::default()),
            None
        );
        let slides = UrlState {
            mode: Mode::Present,
            ..UrlState::default()
        };
        assert_eq!(address("/", &slides, &at("handreikingen")), None);
    }
}
