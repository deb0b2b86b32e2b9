//! The wording rules of `docs/editorial.md` that a machine can check, on
//! every surface a reader meets: the page's text, the hidden cards, the
//! slides and the handout (all in the content), and, handed in by the
//! native tests, the meta and Open Graph tags of `index.html`, the text of
//! the share image and the README's description.
//!
//! - Dutch spelling: "Van der Lans" with a capital unless "Jos" precedes
//!   it (in English too), and "coronacrisis" as one word in Dutch.
//! - The essay's year is our inference: "Vlaar" with "2020" beside it only
//!   as "[2020]" or with the words that say it is inferred.
//! - One English rendering per Dutch term ([`TERMS`]): the alternatives an
//!   editor might reach for are refused.

use crate::content::model::*;

/// One piece of our own text, with its language and where it is.
#[derive(Clone, Debug)]
pub struct Surface {
    pub lang: Lang,
    pub whr: String,
    pub text: String,
}

impl Surface {
    pub fn new(lang: Lang, whr: impl Into<String>, text: impl Into<String>) -> Surface {
        Surface {
            lang,
            whr: whr.into(),
            text: text.into(),
        }
    }
}

/// A Dutch term, its one English rendering, and the English words that
/// must not stand for it (matched as whole words, case-insensitively).
pub struct Term {
    pub nl: &'static str,
    pub en: &'static str,
    pub forbidden: &'static [&'static str],
}

/// The term list of `docs/editorial.md` ("Terms"), in the same order.
pub const TERMS: &[Term] = &[
    Term {
        nl: "opbouwwerk",
        en: "community work",
        forbidden: &[
            "community development",
            "neighbourhood work",
            "community organising",
        ],
    },
    Term {
        nl: "opbouwwerker",
        en: "community worker",
        forbidden: &["community developer", "community organiser"],
    },
    Term {
        nl: "samenlevingsopbouw",
        en: "community building",
        forbidden: &["society building"],
    },
    Term {
        nl: "vak",
        en: "craft",
        forbidden: &["trade", "trades"],
    },
    Term {
        nl: "beroep",
        en: "profession",
        forbidden: &["occupation", "vocation"],
    },
    Term {
        nl: "spagaat",
        en: "the splits",
        forbidden: &["balancing act", "straddle", "the new split", "a split"],
    },
    Term {
        nl: "(sociaal) wijkteam",
        en: "(social) neighbourhood team",
        forbidden: &[
            "district team",
            "district teams",
            "community team",
            "community teams",
            "area team",
            "neighborhood",
        ],
    },
    Term {
        nl: "integrale wijkteams",
        en: "integrated neighbourhood teams",
        forbidden: &["integral neighbourhood teams"],
    },
    Term {
        nl: "welzijnsinstelling",
        en: "welfare organisation",
        forbidden: &[
            "welfare institution",
            "welfare institutions",
            "welfare agency",
            "welfare agencies",
            "welfare organization",
            "welfare organizations",
        ],
    },
    Term {
        nl: "vastlopen (van de tweede lijn)",
        en: "getting stuck",
        forbidden: &[
            "stall",
            "stalls",
            "stalled",
            "stalling",
            "gridlock",
            "bottleneck",
        ],
    },
    Term {
        nl: "opvang(en) door vitale gemeenschappen",
        en: "catch",
        forbidden: &["support from vital communities", "absorb", "absorbs"],
    },
    Term {
        nl: "ondersteuning",
        en: "support",
        forbidden: &["assistance"],
    },
    Term {
        nl: "spin in het web",
        en: "hub",
        forbidden: &["spider in the web", "spider", "spider's web"],
    },
    Term {
        nl: "handreiking",
        en: "recommendation",
        forbidden: &["guideline", "guidelines"],
    },
    Term {
        nl: "gelijkheidsdenken",
        en: "equality thinking",
        forbidden: &["egalitarian thinking"],
    },
    Term {
        nl: "vitale gemeenschap",
        en: "vital community",
        forbidden: &[
            "vibrant community",
            "vibrant communities",
            "viable community",
        ],
    },
    Term {
        nl: "tweede lijn",
        en: "second line",
        forbidden: &["secondary care"],
    },
    Term {
        nl: "zelfredzaamheid",
        en: "self-reliance",
        forbidden: &["self-sufficiency", "self-management"],
    },
    Term {
        nl: "marktwerking",
        en: "market forces",
        forbidden: &["marketisation", "market mechanism"],
    },
    Term {
        nl: "sociale basis",
        en: "sociale basis (social base)",
        forbidden: &["social basis", "social foundation"],
    },
    Term {
        nl: "collectieve voorzieningen",
        en: "collective provisions",
        forbidden: &["collective facilities"],
    },
    Term {
        nl: "branche",
        en: "sector",
        forbidden: &["branch"],
    },
    Term {
        nl: "denkmodel",
        en: "thinking model (in the qualifier: in this model)",
        forbidden: &["mental model", "thought model"],
    },
    Term {
        nl: "annotatie (ours) / uitwerking (the essay's)",
        en: "annotation / elaboration",
        forbidden: &["commentary"],
    },
];

/// Every text of ours in the content, in both languages: the interface
/// strings (all `ui*.toml`), the introduction, the sections with their
/// summaries, slides, questions, notes, annotations and parts, the
/// glossary, the source notes, the diagrams and the timeline, and the
/// English translations of the quotations, and the sources' labels for
/// in-text citations. Not the quotations themselves, which are the
/// essay's, nor the titles of the sources, which are theirs.
pub fn content_surfaces(c: &Content) -> Vec<Surface> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let loc = c.locale(lang);
        let mut add = |whr: String, text: &str| out.push(Surface::new(lang, whr, text));
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
            for t in [&s.title, &s.slide]
                .into_iter()
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
                for t in [&part.title, &part.slide].into_iter().chain(&part.body) {
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
        for (id, t) in &loc.quote_translations {
            add(format!("translation of quote {id}"), t);
        }
        // The label of an in-text citation, "(Vlaar [2020])", in both pages.
        for s in &c.shared.sources {
            add(format!("source {} short label", s.id), &s.short);
        }
    }
    out
}

/// "Van der Lans" with a capital unless "Jos" precedes it; "coronacrisis"
/// as one word in Dutch.
pub fn spelling_problems(surfaces: &[Surface]) -> Vec<String> {
    let mut p = Vec::new();
    for Surface { lang, whr, text } in surfaces {
        for (i, _) in text.match_indices("van der Lans") {
            if !text[..i].ends_with("Jos ") {
                p.push(format!(
                    "{}: {whr}: write \"Van der Lans\" without \"Jos\" before it: {text}",
                    lang.code()
                ));
            }
        }
        let lower = text.to_lowercase();
        if *lang == Lang::Nl && (lower.contains("corona crisis") || lower.contains("corona-crisis"))
        {
            p.push(format!("nl: {whr}: write \"coronacrisis\": {text}"));
        }
    }
    p
}

/// The essay's year stated as a fact: "Vlaar (2020)", "Vlaar, 2020",
/// "Vlaar 2020". Allowed: "[2020]", and "2020" followed by the words that
/// mark it as ours ("(jaartal door ons afgeleid)", "(year inferred by
/// us)").
pub fn year_problems(surfaces: &[Surface]) -> Vec<String> {
    const MARKS: [&str; 2] = [" (jaartal door ons afgeleid)", " (year inferred by us)"];
    let mut p = Vec::new();
    for Surface { lang, whr, text } in surfaces {
        for (i, _) in text.match_indices("2020") {
            let before = &text[..i];
            let near = before.trim_end_matches([' ', '(', ',']).ends_with("Vlaar");
            let bracketed = before.ends_with('[');
            let marked = MARKS.iter().any(|m| text[i + 4..].starts_with(m));
            if near && !bracketed && !marked {
                p.push(format!(
                    "{}: {whr}: the essay's year is our inference: write [2020] or say it is inferred: {text}",
                    lang.code()
                ));
            }
        }
    }
    p
}

/// English words that the term list refuses, each with the Dutch term it
/// would stand for.
pub fn term_problems(surfaces: &[Surface]) -> Vec<String> {
    let mut p = Vec::new();
    for Surface { lang, whr, text } in surfaces.iter().filter(|s| s.lang == Lang::En) {
        let lower = text.to_lowercase();
        for term in TERMS {
            for word in term.forbidden {
                if contains_words(&lower, word) {
                    p.push(format!(
                        "{}: {whr}: {word:?} is not our English for {:?}; write {:?}: {text}",
                        lang.code(),
                        term.nl,
                        term.en
                    ));
                }
            }
        }
    }
    p
}

/// Whether `text` holds `words` as whole words (not inside a longer word:
/// "stall" is not in "install").
fn contains_words(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        assert!(contains_words("the second line is stalling.", "stalling"));
        assert!(!contains_words("installs what is missing", "stall"));
        assert!(contains_words("a trade of its own", "trade"));
        assert!(!contains_words("a tradesman", "trade"));
    }

    #[test]
    fn the_year_needs_its_mark() {
        let s = |t: &str| vec![Surface::new(Lang::Nl, "x", t)];
        assert_eq!(year_problems(&s("Paul Vlaar (2020)")).len(), 1);
        assert_eq!(year_problems(&s("Paul Vlaar, 2020.")).len(), 1);
        assert_eq!(year_problems(&s("Vlaar 2020")).len(), 1);
        assert!(year_problems(&s("Paul Vlaar, 2020 (jaartal door ons afgeleid)")).is_empty());
        assert!(year_problems(&s("Paul Vlaar ([2020])")).is_empty());
        assert!(year_problems(&s("Van der Lans 2020, geciteerd door Vlaar")).is_empty());
    }
}
