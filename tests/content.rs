//! The content holds together: references resolve, both languages are
//! complete, quotations are verbatim from the essay, and every interface
//! string the code asks for exists.
#![cfg(not(target_arch = "wasm32"))]

use std::{env, fs, path::PathBuf};

use opbouwwerk_uitgelegd::content::validate::wording::{self, Surface};
use opbouwwerk_uitgelegd::content::{self, quote_check, validate, Lang};

fn seed_path() -> PathBuf {
    env::var_os("OPBOUWWERK_SEED")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/seed/opbouwwerkers-kom-uit-de-kast.txt")
        })
}

/// The essay's text, or `None` (loudly) when it is not there outside CI.
fn seed() -> Option<String> {
    let path = seed_path();
    match fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) if env::var_os("CI").is_some() => {
            panic!("seed text {} is missing in CI: {e}", path.display())
        }
        Err(e) => {
            eprintln!(
                "\n!!! SKIPPED the verbatim check: cannot read {} ({e}); set OPBOUWWERK_SEED !!!\n",
                path.display()
            );
            None
        }
    }
}

#[test]
fn content_parses_and_holds_together() {
    let c = content::decode(content::CONTENT_BYTES).expect("content matches the model");
    let seed = seed();
    let problems = validate::problems(&c, seed.as_deref());
    assert!(
        problems.is_empty(),
        "{} content problems:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

#[test]
fn validation_catches_a_forged_quote_and_a_dangling_reference() {
    let mut c = content::decode(content::CONTENT_BYTES).unwrap();
    let seed = "Een echte zin uit het essay.";
    c.shared.quotes.push(content::Quote {
        id: "nep".into(),
        text: "Dit staat er niet.".into(),
        speaker: content::Speaker::Vlaar,
    });
    c.nl.intro
        .paragraphs
        .push("Zie [de Wmo](term:bestaat-niet) en [](cite:nergens) en [hier](#nergens).".into());
    let problems = validate::problems(&c, Some(seed)).join("\n");
    assert!(problems.contains("quote nep: not verbatim"), "{problems}");
    assert!(
        problems.contains("quote nep: no English translation"),
        "{problems}"
    );
    assert!(
        problems.contains("unknown glossary term bestaat-niet"),
        "{problems}"
    );
    assert!(problems.contains("unknown source nergens"), "{problems}");
    assert!(
        problems.contains("link to unknown id #nergens"),
        "{problems}"
    );
}

/// Every interface-string key in the code exists. A key enters the code only
/// as a string literal (in a call of `t` or `ui`, a table, a constant, …), so
/// this reads every literal shaped like a key (`snake_case` with an
/// underscore) whatever the call around it, and forbids building a key at
/// run time (`format!`, `concat!`), which no literal would show.
#[test]
fn every_interface_string_used_in_code_exists() {
    // The snake_case literals in src/ that are not interface keys: template
    // placeholders and the fields of the site configuration.
    const NOT_KEYS: [&str; 4] = ["base_at_worst", "worst_month", "cta_text", "cta_url"];
    let c = content::content();
    for k in NOT_KEYS {
        assert!(
            !c.nl.ui.contains_key(k),
            "{k} is an interface key now: take it off NOT_KEYS"
        );
    }
    let key_shaped = |s: &str| {
        s.starts_with(|ch: char| ch.is_ascii_lowercase())
            && s.contains('_')
            && !s.ends_with('_') // a prefix, as in `starts_with("embed_")`
            && s.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
    };
    let (mut missing, mut built, mut seen) = (Vec::new(), Vec::new(), 0);
    let mut stack = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = fs::read_to_string(&path).unwrap();
            for (i, _) in text.match_indices('"') {
                let rest = &text[i + 1..];
                let Some(end) = rest.find('"') else { continue };
                let literal = &rest[..end];
                if key_shaped(literal) && !NOT_KEYS.contains(&literal) {
                    seen += 1;
                    if !c.nl.ui.contains_key(literal) {
                        missing.push(format!("{}: {literal}", path.display()));
                    }
                }
                // A key made at run time: `format!("sim_{x}")`, `concat!("sim_", …)`.
                let start = rest
                    .split(|ch: char| {
                        !(ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
                    })
                    .next()
                    .unwrap_or("");
                let made = start.ends_with('_')
                    && (rest[start.len()..].starts_with('{')
                        || rest[start.len()..].starts_with("\", "));
                if made && !start.starts_with('_') && text[..i].ends_with('(') {
                    built.push(format!("{}: {start}…", path.display()));
                }
            }
        }
    }
    assert!(
        seen > 100,
        "only {seen} keys found in src/: the scan is broken"
    );
    assert!(
        missing.is_empty(),
        "interface strings missing from content/*/ui*.toml:\n  {}",
        missing.join("\n  ")
    );
    assert!(
        built.is_empty(),
        "interface keys built at run time (write each key out):\n  {}",
        built.join("\n  ")
    );
}

/// A diagram that points at a section, source, quotation or node that does
/// not exist fails validation, and so does a loop whose label contradicts
/// its polarity.
#[test]
fn validation_catches_dangling_diagram_references() {
    let mut c = content::decode(content::CONTENT_BYTES).unwrap();
    use content::{Diagram, DiagramLink, DiagramLoop, DiagramNode, TimelineEvent};
    use content::{LinkKind, LoopKind, NodeKind};
    let node = |id: &str, x: f32, kind: NodeKind| DiagramNode {
        id: id.into(),
        x,
        y: 10.0,
        kind,
        quote: None,
        section: None,
        source: None,
        elaborated: true,
    };
    let link = |id: &str, from: &str, to: &str, kind: LinkKind| DiagramLink {
        id: id.into(),
        from: from.into(),
        to: to.into(),
        kind,
        delay: false,
        inferred: false,
        quote: None,
    };
    let mut a = node("nep-a", 10.0, NodeKind::Factor);
    a.section = Some("ook-niet".into());
    a.source = Some("nergens".into());
    a.quote = Some("geen-citaat".into());
    let mut ba = link("nep-ba", "nep-b", "nep-a", LinkKind::Plus);
    ba.quote = Some("ook-geen-citaat".into());
    let mut az = link("nep-az", "nep-a", "spook", LinkKind::Cites);
    az.inferred = true;
    c.shared.diagrams.push(Diagram {
        id: "nep-kaart".into(),
        section: "bestaat-niet".into(),
        width: 100.0,
        height: 100.0,
        nodes: vec![
            a,
            node("nep-b", 50.0, NodeKind::Claim),
            node("nep-c", 500.0, NodeKind::Factor),
        ],
        links: vec![link("nep-ab", "nep-a", "nep-b", LinkKind::Minus), ba, az],
        loops: vec![DiagramLoop {
            id: "nep-lus".into(),
            kind: LoopKind::Reinforcing,
            x: 30.0,
            y: 30.0,
            nodes: vec!["nep-a".into(), "nep-b".into()],
        }],
    });
    c.shared.timeline.push(TimelineEvent {
        id: "nep-jaar".into(),
        year: 2020,
        end_year: Some(2010),
        sources: vec!["nergens".into()],
    });
    let problems = validate::problems(&c, None).join("\n");
    for expected in [
        "diagram nep-kaart: unknown section bestaat-niet",
        "diagram nep-kaart node nep-a: unknown section ook-niet",
        "diagram nep-kaart node nep-a: unknown source nergens",
        "diagram nep-kaart node nep-a: unknown quote geen-citaat",
        "diagram nep-kaart node nep-c: outside the drawing",
        "diagram nep-kaart link nep-ba: unknown quote ook-geen-citaat",
        "diagram nep-kaart link nep-az: unknown node spook",
        "diagram nep-kaart loop nep-lus: marked \"R\" but its polarity makes it B",
        "en: diagram element nep-a has no text",
        "timeline nep-jaar: ends before it starts",
        "timeline nep-jaar: unknown source nergens",
    ] {
        assert!(
            problems.contains(expected),
            "missing {expected:?} in:\n{problems}"
        );
    }
    // The same id in two diagrams would share one text and one selection.
    let mut c = content::decode(content::CONTENT_BYTES).unwrap();
    let d = c
        .shared
        .diagrams
        .iter()
        .position(|d| d.id == "argumentkaart")
        .expect("argument map exists");
    c.shared.diagrams[d].nodes[0].id = "toegang".into();
    let problems = validate::problems(&c, None).join("\n");
    assert!(
        problems.contains("duplicate diagram element id toegang"),
        "{problems}"
    );
}

/// The diagrams' own content is complete: whatever else is still being
/// written, nothing about the diagrams, their quotations and their interface
/// strings is missing (section parts are checked once the sections exist).
#[test]
fn diagram_content_holds_together() {
    let c = content::decode(content::CONTENT_BYTES).unwrap();
    let seed = seed();
    for id in ["spagaat-kringloop", "argumentkaart", "bronnenkaart"] {
        assert!(
            c.shared.diagrams.iter().any(|d| d.id == id),
            "diagram {id} missing"
        );
    }
    // The quotations the diagrams show (one table serves text and diagrams).
    let quoted: Vec<String> = c
        .shared
        .diagrams
        .iter()
        .flat_map(|d| {
            d.nodes
                .iter()
                .filter_map(|n| n.quote.clone())
                .chain(d.links.iter().filter_map(|l| l.quote.clone()))
        })
        .collect();
    let parts_exist = !c.nl.sections.is_empty();
    let mine = |line: &str| {
        let words: Vec<&str> = line
            .split(|ch: char| ch.is_whitespace() || ch == ':' || ch == ',')
            .collect();
        let about_diagrams =
            line.contains("diagram") || quoted.iter().any(|id| words.contains(&id.as_str()));
        about_diagrams && (parts_exist || !line.contains("unknown section"))
    };
    let problems: Vec<String> = validate::problems(&c, seed.as_deref())
        .into_iter()
        .filter(|p| mine(p))
        .collect();
    assert!(
        problems.is_empty(),
        "diagram content problems:\n  {}",
        problems.join("\n  ")
    );
    // Claimed links in the causal-loop diagram carry a quote, and every
    // diagram has arguments 2 to 5 marked as not elaborated.
    let map = c
        .shared
        .diagrams
        .iter()
        .find(|d| d.id == "argumentkaart")
        .unwrap();
    for n in &map.nodes {
        let unelaborated =
            ["argument-2", "argument-3", "argument-4", "argument-5"].contains(&n.id.as_str());
        assert_eq!(n.elaborated, !unelaborated, "node {}", n.id);
    }
}

/// One passage of the essay has one quotation id and one English
/// translation, whether the text or a diagram shows it: a second copy of a
/// passage (or of a part of one), a quotation without a translation and a
/// translation of no quotation are all caught (and stop the build, see
/// build.rs).
#[test]
fn one_translation_per_quotation() {
    let c = content::decode(content::CONTENT_BYTES).unwrap();
    let problems = quote_check::problems(&c);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(!c.en.quote_translations.is_empty() && c.nl.quote_translations.is_empty());

    let mut c = content::decode(content::CONTENT_BYTES).unwrap();
    let vak = c.quote("vak-apart").expect("vak-apart exists").text.clone();
    let part = vak.split(". ").next().unwrap().to_string();
    c.shared.quotes.push(content::Quote {
        id: "d-vak-apart".into(),
        text: vak,
        speaker: content::Speaker::Vlaar,
    });
    c.shared.quotes.push(content::Quote {
        id: "vak-deel".into(),
        text: format!("{part}."),
        speaker: content::Speaker::Vlaar,
    });
    c.en.quote_translations.insert(
        "d-vak-apart".into(),
        "A second translation of the same passage.".into(),
    );
    c.en.quote_translations.remove("breekt-af");
    c.en.quote_translations
        .insert("bestaat-niet".into(), "A translation of nothing.".into());
    c.nl.quote_translations
        .insert("vak-apart".into(), "Een Nederlandse vertaling.".into());
    let problems = quote_check::problems(&c).join("\n");
    for expected in [
        "quotes vak-apart and d-vak-apart quote the same passage",
        "quotes vak-apart and vak-deel: one quotes a part of the other",
        "quote vak-deel: no English translation",
        "quote breekt-af: no English translation",
        "translation of unknown quote bestaat-niet",
        "nl: translation of quote vak-apart",
    ] {
        assert!(
            problems.contains(expected),
            "missing {expected:?} in:\n{problems}"
        );
    }
    // The full validation reports them too.
    assert!(validate::problems(&c, None)
        .join("\n")
        .contains("quote the same passage"));
}

/// Our `[sic]` after an error in the essay is shown but is not part of the
/// quotation: the verbatim check reads the text without it.
#[test]
fn sic_marks_the_essays_own_error_and_stays_verbatim() {
    let c = content::decode(content::CONTENT_BYTES).unwrap();
    let q = c
        .quote("d-gemeenten-vragen")
        .expect("d-gemeenten-vragen exists");
    assert!(q.text.contains("van aan [sic] preventie"), "{}", q.text);
    let seed =
        "Gemeenten vragen aan de welzijnsinstellingen om meer werk te maken van aan preventie.";
    assert_eq!(
        quote_check::verbatim("maken van aan [sic] preventie."),
        "maken van aan preventie."
    );
    assert!(seed.contains(&quote_check::verbatim(
        "meer werk te maken van aan [sic] preventie."
    )));
    assert!(!seed.contains(&quote_check::verbatim(
        "meer werk te maken [sic] van preventie."
    )));
}

/// A file of the repository, as text.
fn repo_file(path: &str) -> String {
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    fs::read_to_string(&full).unwrap_or_else(|e| panic!("cannot read {}: {e}", full.display()))
}

/// The texts of `index.html`'s `<title>` and of its `<meta>` tags that a
/// reader or a link preview shows, by the tag's name or property.
fn index_meta(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let (Some(a), Some(b)) = (html.find("<title>"), html.find("</title>")) {
        out.push(("title".to_string(), html[a + 7..b].to_string()));
    }
    for (i, _) in html.match_indices("<meta ") {
        let tag = &html[i..i + html[i..].find('>').unwrap()];
        let attr = |name: &str| {
            let open = format!("{name}=\"");
            tag.find(&open).map(|at| {
                let rest = &tag[at + open.len()..];
                rest[..rest.find('"').unwrap()].to_string()
            })
        };
        let (Some(key), Some(content)) =
            (attr("name").or_else(|| attr("property")), attr("content"))
        else {
            continue;
        };
        let shown = key == "description"
            || key.ends_with(":description")
            || key.ends_with(":title")
            || key.ends_with(":alt")
            || key.ends_with(":site_name");
        if shown {
            out.push((key, content));
        }
    }
    out
}

/// The words of an SVG's `<text>` elements, one string per element.
fn svg_text(svg: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in svg.match_indices("<text") {
        let end = i + svg[i..].find("</text>").expect("closed <text>");
        let inner = &svg[i + svg[i..].find('>').unwrap() + 1..end];
        let mut words = String::new();
        let mut in_tag = false;
        for ch in inner.chars() {
            match ch {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    words.push(' ');
                }
                _ if !in_tag => words.push(ch),
                _ => {}
            }
        }
        out.push(words.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    out
}

/// The README's description of the explainer: its first paragraph of prose.
fn readme_description(readme: &str) -> String {
    let start = readme
        .find("An explainer of")
        .expect("the README describes the explainer");
    let end = readme[start..]
        .find("\n\n")
        .map_or(readme.len(), |e| start + e);
    readme[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Our text outside the content files: `index.html`'s title, meta and Open
/// Graph tags and the share image's text (Dutch), and the README's
/// description (English).
fn outside_surfaces() -> Vec<Surface> {
    let mut out: Vec<Surface> = index_meta(&repo_file("index.html"))
        .into_iter()
        .map(|(key, text)| Surface::new(Lang::Nl, format!("index.html {key}"), text))
        .collect();
    for text in svg_text(&repo_file("public/og-image.svg")) {
        out.push(Surface::new(Lang::Nl, "public/og-image.svg", text));
    }
    out.push(Surface::new(
        Lang::En,
        "README.md description",
        readme_description(&repo_file("README.md")),
    ));
    out
}

fn wording_problems(surfaces: &[Surface]) -> Vec<String> {
    let mut p = wording::spelling_problems(surfaces);
    p.extend(wording::year_problems(surfaces));
    p.extend(wording::term_problems(surfaces));
    p
}

/// The rules of docs/editorial.md that a machine can check hold on every
/// surface: the content (text, cards, slides, handout, interface strings,
/// translations), index.html's meta and Open Graph tags, the share image
/// and the README's description.
#[test]
fn every_surface_follows_the_wording_rules() {
    let c = content::decode(content::CONTENT_BYTES).unwrap();
    let mut surfaces = wording::content_surfaces(&c);
    let outside = outside_surfaces();
    assert!(
        outside
            .iter()
            .filter(|s| s.whr.starts_with("index.html"))
            .count()
            >= 8
            && outside
                .iter()
                .any(|s| s.whr.contains("og-image") && s.text.contains("Vlaar"))
            && outside.iter().any(|s| s.text.contains("Opbouwwerkers")),
        "the scan of index.html, the share image or the README is broken: {outside:#?}"
    );
    surfaces.extend(outside);
    let problems = wording_problems(&surfaces);
    assert!(
        problems.is_empty(),
        "{} wording problems:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

/// Each guard can fail: our text breaking a rule on any surface is caught,
/// a quotation with the essay's own spelling is not.
#[test]
fn the_wording_guards_catch_each_rule_on_each_surface() {
    let mut c = content::decode(content::CONTENT_BYTES).unwrap();
    c.nl.intro
        .paragraphs
        .push("Volgens van der Lans, schrijft Jos van der Lans, tijdens de Corona crisis.".into());
    c.nl.glossary[0].definition.push_str(" De corona-crisis.");
    c.en.sections[2].notes.push("As van der Lans says.".into());
    c.shared.quotes[0].text = "Zeker nu tijdens de Corona crisis".into();
    c.nl.sections[0].slide.push_str(" Paul Vlaar (2020).");
    c.en.sections[4].parts[0].slide = "Community work is a trade.".into();
    c.en.quote_translations.insert(
        "geen-spin-in-het-web".into(),
        "the spider in the web".into(),
    );
    c.en.ui.insert(
        "sim_param_catch".into(),
        "Support from vital communities".into(),
    );
    c.en.glossary[0]
        .definition
        .push_str(" The second line is stalling. A branch organisation.");
    let mut surfaces = wording::content_surfaces(&c);
    surfaces.push(Surface::new(
        Lang::Nl,
        "index.html og:description",
        "Het essay van Paul Vlaar, 2020, uitgelegd.",
    ));
    surfaces.push(Surface::new(
        Lang::Nl,
        "public/og-image.svg",
        "Het essay van Paul Vlaar (2020)",
    ));
    surfaces.push(Surface::new(
        Lang::En,
        "README.md description",
        "An explainer by van der Lans's reader of a community work trade.",
    ));
    let problems = wording_problems(&surfaces).join("\n");
    let count = |needle: &str| problems.matches(needle).count();
    assert_eq!(count("write \"Van der Lans\""), 3, "{problems}");
    assert_eq!(count("write \"coronacrisis\""), 2, "{problems}");
    assert_eq!(count("the essay's year is our inference"), 3, "{problems}");
    for (word, whr) in [
        ("\"trade\"", "part argument-1"),
        (
            "\"spider in the web\"",
            "translation of quote geen-spin-in-het-web",
        ),
        ("\"spider\"", "translation of quote geen-spin-in-het-web"),
        ("\"support from vital communities\"", "ui sim_param_catch"),
        ("\"stalling\"", "glossary"),
        ("\"branch\"", "glossary"),
        ("\"trade\"", "README.md description"),
    ] {
        assert!(
            problems
                .lines()
                .any(|l| l.contains(word) && l.contains(whr)),
            "no {word} at {whr} in:\n{problems}"
        );
    }
}

/// index.html's description, Open Graph description and Twitter
/// description are the Dutch `meta_description`, and its share image's alt
/// text the Dutch `share_image_alt`, typed once more (the build writes the
/// English ones into en.html), and none of the page's
/// descriptions repeats the misreading of issue #14 (that social work "lost"
/// its community work; the essay says the collective work all but
/// disappeared, and community workers work undercover).
#[test]
fn the_page_descriptions_are_the_meta_description_and_say_what_the_essay_says() {
    let c = content::content();
    let meta = index_meta(&repo_file("index.html"));
    for key in ["description", "og:description", "twitter:description"] {
        let typed = meta
            .iter()
            .find(|(k, _)| k == key)
            .unwrap_or_else(|| panic!("index.html has no {key}"));
        assert_eq!(
            typed.1,
            c.nl.ui("meta_description"),
            "index.html's {key} differs from content/nl/ui.toml's meta_description"
        );
    }
    let alt = meta
        .iter()
        .find(|(k, _)| k == "og:image:alt")
        .expect("index.html has no og:image:alt");
    assert_eq!(
        alt.1,
        c.nl.ui("share_image_alt"),
        "index.html's og:image:alt differs from content/nl/ui.toml's share_image_alt"
    );
    for lang in Lang::ALL {
        let d = c.locale(lang).ui("meta_description").to_lowercase();
        for misreading in ["kwijt", "has lost", "lost its"] {
            assert!(!d.contains(misreading), "{}: {d}", lang.code());
        }
        assert!(d.contains("undercover"), "{}: {d}", lang.code());
    }
}

/// The bibliography reads as the sources give it: the page's own title, no
/// title invented or repeated from the author, no site as an author, no
/// doubled full stop, months in English in the English page.
#[test]
fn the_bibliography_reads_as_the_sources_give_it() {
    let c = content::content();
    let reference = |id: &str, lang: Lang| c.source(id).unwrap().reference(lang);
    assert_eq!(
        reference("vlaar-2020", Lang::Nl),
        "Paul Vlaar ([2020]). Opbouwwerkers, kom uit de kast!"
    );
    assert_eq!(
        reference("vlaar-2019", Lang::En),
        "Paul Vlaar (November 2019). Energietransitie: ertegenaan met opbouwwerk."
    );
    assert_eq!(
        reference("vlaar-2019", Lang::Nl),
        "Paul Vlaar (november 2019). Energietransitie: ertegenaan met opbouwwerk."
    );
    assert_eq!(
        reference("krachtproef", Lang::Nl),
        "#Krachtproef collectief energieopbouwwerkers."
    );
    assert!(reference("canon-bpsw75", Lang::Nl).contains(
        "2015 Beroepsvereniging van Professionals in Sociaal Werk (BPSW). Naar een sterk merk ‘sociaal werk’."
    ));
    assert_eq!(
        reference("opbouwwerk-rotterdam-revisited", Lang::En),
        "Opbouwwerk in uitvoering revisited (2016). Opbouwwerk in Rotterdam. opbouwwerkinrotterdam.nl/opbouwwerk-in-uitvoering-revisited/"
    );
    // The validation catches each fault this test was written for.
    let mut c = content::decode(content::CONTENT_BYTES).unwrap();
    let source = |c: &mut content::Content, id: &str| {
        c.shared.sources.iter().position(|s| s.id == id).unwrap()
    };
    let i = source(&mut c, "canon-bpsw75");
    c.shared.sources[i].title = "[Venster over de generalist]".into();
    let i = source(&mut c, "krachtproef");
    c.shared.sources[i].title = c.shared.sources[i].author.clone();
    let i = source(&mut c, "hanze-social-work");
    c.shared.sources[i].author = "Groningen Nieuws".into();
    let i = source(&mut c, "regelhulp-wmo");
    c.shared.sources[i].author = "www.regelhulp.nl".into();
    let i = source(&mut c, "canon-stadsvernieuwing");
    c.shared.sources[i].author = "Canon Sociaal Werk".into();
    let i = source(&mut c, "vlaar-2019");
    c.shared.sources[i].container = "Eigen beheer.".into();
    c.shared.sources[i].title.push_str("..");
    let i = source(&mut c, "sengers");
    c.shared.sources[i].date = "mei 2013".into();
    assert_eq!(c.shared.sources[i].date_in(Lang::En), "May 2013");
    let i = source(&mut c, "vng-movisie");
    c.shared.sources[i].date = "okt 2013".into();
    let problems = validate::problems(&c, None).join("\n");
    for expected in [
        "source canon-bpsw75: a title in brackets is ours",
        "source krachtproef: its title repeats its author",
        "source hanze-social-work: author \"Groningen Nieuws\" is the site",
        "source regelhulp-wmo: author \"www.regelhulp.nl\" is the site",
        "source canon-stadsvernieuwing: author \"Canon Sociaal Werk\" is the site",
        "source vlaar-2019: nl reference has \"..\"",
        "source vng-movisie: English date \"okt 2013\" has a Dutch or lower-case month",
    ] {
        assert!(
            problems.contains(expected),
            "missing {expected:?} in:\n{problems}"
        );
    }
    assert!(!problems.contains("source sengers"), "{problems}");
}
