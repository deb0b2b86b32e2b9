//! The content holds together: references resolve, both languages are
//! complete, quotations are verbatim from the essay, and every interface
//! string the code asks for exists.
#![cfg(not(target_arch = "wasm32"))]

use std::{env, fs, path::PathBuf};

use opbouwwerk_uitgelegd::content::{self, quote_check, validate, Lang, Locale};

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
    const NOT_KEYS: [&str; 4] = ["base_at_peak", "peak_month", "cta_text", "cta_url"];
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

/// Every text of ours in one language (not the quotations, which are the
/// essay's), with where it is.
fn our_text(loc: &Locale) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |whr: String, text: &str| out.push((whr, text.to_string()));
    for (k, v) in &loc.ui {
        add(format!("ui {k}"), v);
    }
    for (i, t) in [&loc.intro.kicker, &loc.intro.title, &loc.intro.byline]
        .into_iter()
        .chain(&loc.intro.paragraphs)
        .enumerate()
    {
        add(format!("intro {i}"), t);
    }
    for s in &loc.sections {
        let whr = format!("section {}", s.id);
        for t in std::iter::once(&s.title)
            .chain(&s.summary)
            .chain(&s.questions)
            .chain(&s.notes)
        {
            add(whr.clone(), t);
        }
        for a in &s.annotations {
            for t in std::iter::once(&a.title).chain(&a.body) {
                add(format!("{whr} annotation"), t);
            }
        }
        for part in &s.parts {
            for t in std::iter::once(&part.title).chain(&part.body) {
                add(format!("{whr} part {}", part.id), t);
            }
        }
    }
    for t in &loc.glossary {
        add(format!("glossary {}", t.id), &t.term);
        add(format!("glossary {}", t.id), &t.definition);
    }
    for (id, t) in &loc.source_notes {
        add(format!("source note {id}"), t);
    }
    for (id, t) in loc.diagram_text.iter().chain(&loc.timeline_text) {
        add(format!("diagram or timeline {id}"), &t.label);
        add(format!("diagram or timeline {id}"), &t.explanation);
    }
    out
}

/// Dutch spelling in our own words: "Van der Lans" with a capital unless
/// "Jos" precedes it (in English too, as Dutch names are written), and
/// "coronacrisis" as one word in Dutch (the essay's "Corona crisis" only
/// inside quotations, which are not our text).
fn spelling_problems(c: &content::Content) -> Vec<String> {
    let mut p = Vec::new();
    for lang in Lang::ALL {
        for (whr, text) in our_text(c.locale(lang)) {
            for (i, _) in text.match_indices("van der Lans") {
                if !text[..i].ends_with("Jos ") {
                    p.push(format!(
                        "{}: {whr}: write \"Van der Lans\" without \"Jos\" before it: {text}",
                        lang.code()
                    ));
                }
            }
            let lower = text.to_lowercase();
            if lang == Lang::Nl
                && (lower.contains("corona crisis") || lower.contains("corona-crisis"))
            {
                p.push(format!("nl: {whr}: write \"coronacrisis\": {text}"));
            }
        }
    }
    p
}

#[test]
fn dutch_spelling_of_van_der_lans_and_coronacrisis() {
    let c = content::decode(content::CONTENT_BYTES).unwrap();
    let problems = spelling_problems(&c);
    assert!(
        problems.is_empty(),
        "{} spelling problems:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
    // The guard can fail: our text breaking either rule is caught, a
    // quotation with the essay's own spelling is not.
    let mut c = content::decode(content::CONTENT_BYTES).unwrap();
    c.nl.intro
        .paragraphs
        .push("Volgens van der Lans, schrijft Jos van der Lans, tijdens de Corona crisis.".into());
    c.nl.glossary[0].definition.push_str(" De corona-crisis.");
    c.en.sections[2].notes.push("As van der Lans says.".into());
    c.shared.quotes[0].text = "Zeker nu tijdens de Corona crisis".into();
    let problems = spelling_problems(&c).join("\n");
    assert_eq!(
        problems.matches("write \"Van der Lans\"").count(),
        2,
        "{problems}"
    );
    assert_eq!(
        problems.matches("write \"coronacrisis\"").count(),
        2,
        "{problems}"
    );
}
