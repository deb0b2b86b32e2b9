//! The page rendered at build time is the whole article: every section,
//! quotation, glossary entry and source is in the HTML before any script
//! runs, and it has no controls that only work with scripts in the tab
//! order.
#![cfg(not(target_arch = "wasm32"))]

use opbouwwerk_uitgelegd::content::site::{SiteConfig, META};
use opbouwwerk_uitgelegd::content::{self, rich, Lang};
use opbouwwerk_uitgelegd::prerender::{
    insert_body, insert_site, render_body, render_body_with, strip_comments, MARKER,
};

/// The page's text: tags and comments removed (inline tags sit inside
/// sentences, so they leave no space), entities decoded, spaces
/// collapsed.
fn text_of(html: &str) -> String {
    let html = strip_comments(html);
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    squash(&out)
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The pieces of a rich paragraph between its marks without a label
/// (citations `[](cite:id)` and inline quotations `[](q:id)`, which render
/// as a numbered mark and as the quotation).
fn without_citations(rich: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut rest = rich;
    while let Some(start) = rest.find("[](") {
        pieces.push(rest[..start].to_string());
        rest = rest[start..].split_once(')').map_or("", |(_, after)| after);
    }
    pieces.push(rest.to_string());
    pieces
        .into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

#[test]
fn the_prerendered_page_holds_the_whole_article_in_dutch() {
    let html = render_body();
    let text = text_of(&html);
    let c = content::content();
    let nl = c.locale(Lang::Nl);
    assert!(text.contains(&squash(&nl.intro.title)), "the title");
    for s in &nl.sections {
        assert!(
            html.contains(&format!("id=\"{}\"", s.id)),
            "section {} has its anchor",
            s.id
        );
        assert!(
            text.contains(&squash(&s.title)),
            "section title {}",
            s.title
        );
        for p in &s.summary {
            // Citations render as numbered marks; the prose around them must be there.
            for piece in without_citations(p) {
                assert!(
                    text.contains(&squash(&rich::plain(&piece))),
                    "summary of {}: {piece}",
                    s.id
                );
            }
        }
    }
    for q in &c.shared.quotes {
        if nl.sections.iter().any(|s| s.quotes.contains(&q.id)) {
            assert!(text.contains(&squash(&q.text)), "quotation {}", q.id);
        }
    }
    for t in &nl.glossary {
        for piece in without_citations(&t.definition) {
            assert!(
                text.contains(&squash(&rich::plain(&piece))),
                "glossary entry {}: {piece}",
                t.id
            );
        }
    }
    for s in &c.shared.sources {
        assert!(text.contains(&squash(&s.title)), "source {}", s.id);
    }
}

#[test]
fn the_prerendered_page_puts_no_dead_controls_in_the_tab_order() {
    let html = render_body();
    // Diagram nodes only work with scripts.
    assert!(
        !html.contains("role=\"button\""),
        "diagram parts are not announced as buttons without scripts"
    );
    // A glossary term works without them: its button opens a card of the
    // page (a popover), so it stays in the tab order.
    let terms: Vec<&str> = html
        .split("<button")
        .filter_map(|b| b.split_once('>'))
        .map(|(attrs, _)| attrs)
        .filter(|a| a.contains("class=\"term-button\""))
        .collect();
    assert!(
        terms.len() > 10,
        "glossary terms are rendered ({})",
        terms.len()
    );
    for attrs in terms {
        assert!(
            !attrs.contains("tabindex"),
            "a glossary term is in the tab order: <button{attrs}>"
        );
        let card = attrs
            .split("popovertarget=\"")
            .nth(1)
            .and_then(|a| a.split('"').next())
            .expect("a term names its card");
        assert!(
            html.contains(&format!("id=\"{card}\" popover=\"auto\"")),
            "the card {card} is in the page"
        );
    }
}

#[test]
fn insert_body_replaces_the_body_and_marks_it() {
    let page =
        "<html><head><title>t</title></head><body class=\"x\">\n  <!-- here -->\n</body></html>";
    let out = insert_body(page, "<main>hi</main>").unwrap();
    assert_eq!(
        out,
        format!("<html><head><title>t</title></head><body {MARKER}><main>hi</main></body></html>")
    );
    // Idempotent: a second build step over the same file gives the same page.
    assert_eq!(insert_body(&out, "<main>hi</main>").unwrap(), out);
    assert!(insert_body("<html></html>", "x").is_err());
    assert!(insert_body("<html></body><body></html>", "x").is_err());
}

#[test]
fn the_page_carries_no_hydration_markers() {
    assert_eq!(
        strip_comments("<p>a<!>b<!--<() />-->c</p><!---->"),
        "<p>abc</p>"
    );
    assert_eq!(strip_comments("x<!-- unclosed"), "x");
    let html = render_body();
    assert!(
        !html.contains("<!"),
        "no comments are left in the prerendered page"
    );
}

#[test]
fn a_site_configuration_is_rendered_and_written_into_the_head_once() {
    let site: &'static SiteConfig = Box::leak(Box::new(SiteConfig {
        organisation: "Buurtwerk \"Oost\" & co".into(),
        cta_text: "Doe mee".into(),
        cta_url: "https://example.org/doe-mee".into(),
        accent: "#1a6b54".into(),
    }));
    assert!(
        !render_body().contains("class=\"cta\""),
        "no configuration, no call to action"
    );
    let body = render_body_with(Some(site));
    assert!(
        body.contains("class=\"cta\"") && body.contains("https://example.org/doe-mee"),
        "the call to action is in the page"
    );

    let page = "<html><head>\n<title>t</title>\n</head><body></body></html>\n";
    let once = insert_site(page, Some(site)).unwrap();
    for name in META {
        assert_eq!(
            once.matches(&format!("<meta name=\"{name}\"")).count(),
            1,
            "{name}"
        );
    }
    assert!(
        once.contains("content=\"Buurtwerk &quot;Oost&quot; &amp; co\""),
        "escaped: {once}"
    );
    // Rendering a built page again (the site journey does) replaces, not adds.
    assert_eq!(insert_site(&once, Some(site)).unwrap(), once);
    assert!(
        !insert_site(&once, None).unwrap().contains("opbouwwerk:"),
        "without a configuration, none is left"
    );
}

/// The note of a waiting new version (web/offline.js) comes from the
/// content in both languages and sits in the head, where the app's takeover
/// of the body leaves it.
#[test]
fn the_update_note_is_in_the_head_in_both_languages() {
    use opbouwwerk_uitgelegd::prerender::{insert_head, update_note_template};
    let c = content::content();
    let template = update_note_template();
    for (lang, locale) in [("nl", &c.nl), ("en", &c.en)] {
        let text = locale.ui("update_note");
        assert_ne!(text, "update_note", "update_note missing in {lang}");
        assert!(
            template.contains(&format!("<p lang=\"{lang}\">{text}</p>")),
            "{template}"
        );
    }
    let page = insert_head(
        "<html><head><title>x</title></head><body>b</body></html>",
        &template,
    )
    .unwrap();
    assert!(page.find(&template).unwrap() < page.find("</head>").unwrap());
    assert!(insert_head("<p>no head</p>", &template).is_err());
}

/// en.html as the build makes it from index.html: its share image's alt
/// text is the English `share_image_alt` (the image is Dutch: the alt says
/// so and translates it), beside the English descriptions; no Dutch alt is
/// left.
#[test]
fn the_english_page_describes_the_share_image_in_english() {
    use opbouwwerk_uitgelegd::pages;
    use opbouwwerk_uitgelegd::prerender::page_document;
    let c = content::content();
    let index =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    let en = pages::all(c)
        .into_iter()
        .find(|p| p.file == "en.html")
        .expect("an en.html page");
    let doc = page_document(&index, &en).unwrap();
    let alt = |html: &str| {
        let open = "<meta property=\"og:image:alt\" content=\"";
        let at = html.find(open).expect("an og:image:alt") + open.len();
        html[at..at + html[at..].find('"').unwrap()].to_string()
    };
    let english = c.en.ui("share_image_alt");
    assert_ne!(english, "share_image_alt", "share_image_alt missing in en");
    assert_eq!(alt(&doc), english.replace('&', "&amp;"));
    assert_eq!(alt(&index), c.nl.ui("share_image_alt"));
    assert_ne!(alt(&doc), alt(&index));
    assert!(doc.contains(&format!(
        "<meta property=\"og:description\" content=\"{}\">",
        c.en.ui("meta_description").replace('&', "&amp;")
    )));
}

/// With the site's public address, every full page's preview metadata is
/// absolute (image, og:url, canonical link); a second run replaces it; a
/// share page carries its own card and says which reading page it is.
#[test]
fn preview_metadata_is_absolute_with_the_sites_address_and_each_share_page_has_its_card() {
    use opbouwwerk_uitgelegd::prerender::{insert_share_meta, share_document, SITE_IMAGE};
    use opbouwwerk_uitgelegd::{share, share_card};
    let index = include_str!("../index.html");
    let base = "https://example.org/opbouwwerk/";
    let once = insert_share_meta(index, Some(base), "en.html", SITE_IMAGE).unwrap();
    assert!(once.contains(
        "<meta property=\"og:image\" content=\"https://example.org/opbouwwerk/og-image.png\">"
    ));
    assert!(once.contains(
        "<meta name=\"twitter:image\" content=\"https://example.org/opbouwwerk/og-image.png\">"
    ));
    assert!(once
        .contains("<meta property=\"og:url\" content=\"https://example.org/opbouwwerk/en.html\">"));
    assert!(
        once.contains("<link rel=\"canonical\" href=\"https://example.org/opbouwwerk/en.html\">")
    );
    // Again, with another address: replaced, not added.
    let again = insert_share_meta(&once, Some("https://x.nl/"), "", SITE_IMAGE).unwrap();
    assert_eq!(again.matches("property=\"og:url\"").count(), 1);
    assert_eq!(again.matches("rel=\"canonical\"").count(), 1);
    assert!(again.contains("<link rel=\"canonical\" href=\"https://x.nl/\">"));
    assert!(again.contains("content=\"https://x.nl/og-image.png\""));
    // Without an address: relative image, no og:url, no canonical link.
    let none = insert_share_meta(&again, None, "", SITE_IMAGE).unwrap();
    assert!(none.contains("<meta property=\"og:image\" content=\"og-image.png\">"));
    assert!(!none.contains("og:url") && !none.contains("canonical"));

    for page in share::all() {
        let card = share_card::card(&page);
        let doc = share_document(index, &page, &card).unwrap();
        let doc = insert_share_meta(&doc, Some(base), &page.file, &page.image).unwrap();
        let attr = |name: &str| {
            let open = format!("<meta {name} content=\"");
            let at = doc
                .find(&open)
                .unwrap_or_else(|| panic!("{}: {name}", page.file))
                + open.len();
            doc[at..at + doc[at..].find('"').unwrap()].to_string()
        };
        let esc = |s: &str| {
            s.replace('&', "&amp;")
                .replace('"', "&quot;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        };
        assert!(
            attr("property=\"og:title\"").starts_with(&esc(&card.title)),
            "{}",
            page.file
        );
        assert_eq!(attr("property=\"og:description\""), esc(&card.description));
        assert_eq!(attr("name=\"description\""), esc(&card.description));
        assert_eq!(attr("property=\"og:image:alt\""), esc(&card.alt));
        assert_eq!(
            attr("property=\"og:image\""),
            format!("{base}{}", page.image)
        );
        assert_eq!(attr("property=\"og:url\""), format!("{base}{}", page.file));
        assert_eq!(
            attr("property=\"og:locale\""),
            if page.lang == Lang::En {
                "en_GB"
            } else {
                "nl_NL"
            }
        );
        let reads = if page.lang == Lang::En {
            "en.html"
        } else {
            "index.html"
        };
        assert!(
            doc.contains(&format!(
                "<html lang=\"{}\" data-reads=\"{reads}\" data-fragment=\"#{}\" data-page=\"{}\"",
                page.lang.code(),
                page.target.anchor(),
                page.file
            )),
            "{}",
            page.file
        );
    }
}
