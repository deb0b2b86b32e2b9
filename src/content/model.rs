//! The content model: everything the explainer says, as plain data.
//!
//! The data lives in `content/shared/*.toml` (language-independent) and
//! `content/{nl,en}/*.toml`; `build.rs` reads them into these types (so a
//! file that does not fit stops the build) and stores them compactly with
//! postcard for [`super::content`]. No sentence of content lives in Rust code.
//! This file is also compiled into `build.rs`, so it depends on serde alone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use super::kinds::{LinkKind, LoopKind, NodeKind};

/// A language the explainer is written in. Dutch is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code, as used in `lang` attributes and in `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Parses `nl` or `en` (case-insensitive); anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

/// All content: the language-independent part and one [`Locale`] per language.
#[derive(Debug, Deserialize, Serialize)]
pub struct Content {
    pub shared: Shared,
    pub nl: Locale,
    pub en: Locale,
}

impl Content {
    pub fn locale(&self, lang: Lang) -> &Locale {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.shared.quotes.iter().find(|q| q.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.shared.sources.iter().find(|s| s.id == id)
    }
}

/// Facts that do not depend on the language: quotations, sources, dates and
/// the structure of the diagrams.
#[derive(Debug, Deserialize, Serialize)]
pub struct Shared {
    /// Verbatim Dutch quotations from the essay (checked against the seed text).
    pub quotes: Vec<Quote>,
    /// The bibliography: the essay's own sources and those behind annotations.
    pub sources: Vec<Source>,
    /// Glossary term ids that must exist in every language.
    #[serde(default)]
    pub required_terms: Vec<String>,
    /// Dated events for the timeline; each cites at least one source.
    #[serde(default)]
    pub timeline: Vec<TimelineEvent>,
    /// Diagrams drawn from this data (causal loop, argument map, source map).
    #[serde(default)]
    pub diagrams: Vec<Diagram>,
}

/// A verbatim quotation from the essay, in Dutch.
#[derive(Debug, Deserialize, Serialize)]
pub struct Quote {
    pub id: String,
    /// Exactly as in the seed text, at most two sentences.
    pub text: String,
    /// Who speaks: the essay's author, or van der Lans as quoted in the essay.
    pub speaker: Speaker,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Speaker {
    /// Paul Vlaar, the essay's author.
    Vlaar,
    /// Jos van der Lans, quoted in the essay.
    VanDerLans,
}

/// One bibliography entry. Fields hold what the source itself gives; nothing
/// is filled in by guesswork.
#[derive(Debug, Deserialize, Serialize)]
pub struct Source {
    pub id: String,
    /// Authors or organisation, as a display string; may be empty.
    #[serde(default)]
    pub author: String,
    /// Year or date as known, in Dutch, e.g. "2020" or "november 2019"
    /// (see [`Source::date_in`]); "[2020]" when inferred; may be empty.
    #[serde(default)]
    pub date: String,
    /// Title as the source gives it; empty when it gives none.
    pub title: String,
    /// Venue, publisher or site.
    #[serde(default)]
    pub container: String,
    /// Web address, without scheme, if the source is on the web.
    #[serde(default)]
    pub url: String,
    /// True for the essay's own citations.
    #[serde(default)]
    pub cited_in_essay: bool,
    /// True for the essay itself (listed first, with the essay's citations).
    #[serde(default)]
    pub is_essay: bool,
    /// Short label for in-text citations, e.g. "Van der Lans 2020".
    pub short: String,
}

impl Source {
    /// Whether the bibliography lists it with the essay (the essay itself and
    /// its own citations) rather than with our annotations' sources.
    pub fn with_the_essay(&self) -> bool {
        self.is_essay || self.cited_in_essay
    }

    /// The date as the page in `lang` writes it: the data is Dutch
    /// ("november 2019"), the English page names the month in English.
    pub fn date_in(&self, lang: Lang) -> String {
        match lang {
            Lang::Nl => self.date.clone(),
            Lang::En => self
                .date
                .split(' ')
                .map(|word| english_month(word).unwrap_or(word))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    /// The reference in four pieces, each with its own punctuation, so that
    /// the bibliography can set the author and the title apart: the author,
    /// what follows it (" (date). "), the title, and what follows that (the
    /// title's full stop, the date of a source without an author, the
    /// container). A piece that ends a sentence already ("kom uit de
    /// kast!", "et al.") gets no second full stop; a source without an
    /// author or a title leaves that piece empty.
    pub fn reference_parts(&self, lang: Lang) -> [String; 4] {
        let date = self.date_in(lang);
        let title = self.title.trim().to_string();
        let mut after_author = String::new();
        if !self.author.is_empty() {
            let mut head = self.author.clone();
            if !date.is_empty() {
                head.push_str(&format!(" ({date})"));
            }
            after_author.push_str(&head[self.author.len()..]);
            after_author.push_str(full_stop(&head));
            if !title.is_empty() {
                after_author.push(' ');
            }
        }
        let mut rest = String::new();
        if !title.is_empty() {
            if self.author.is_empty() && !date.is_empty() {
                rest.push_str(&format!(" ({date})."));
            } else {
                rest.push_str(full_stop(&title));
            }
        }
        if !self.container.is_empty() {
            rest.push_str(&format!(
                " {}{}",
                self.container,
                full_stop(&self.container)
            ));
        }
        [self.author.clone(), after_author, title, rest]
    }

    /// The full reference as one line: author (date). Title. Container.
    /// Address. Dates as in `lang`.
    pub fn reference(&self, lang: Lang) -> String {
        let mut out = self.reference_parts(lang).concat().trim().to_string();
        if !self.url.is_empty() {
            out.push_str(&format!(" {}", self.url));
        }
        out
    }
}

/// "." after `text`, or nothing when it ends a sentence already (`.`, `!`
/// or `?`, perhaps inside closing quotation marks or a bracket).
pub fn full_stop(text: &str) -> &'static str {
    let end = text
        .trim_end()
        .trim_end_matches(['’', '”', '"', '\'', ')', ']']);
    if end.ends_with(['.', '!', '?']) {
        ""
    } else {
        "."
    }
}

/// The English name of a Dutch month, written as the data writes it.
fn english_month(word: &str) -> Option<&'static str> {
    const MONTHS: [(&str, &str); 12] = [
        ("januari", "January"),
        ("februari", "February"),
        ("maart", "March"),
        ("april", "April"),
        ("mei", "May"),
        ("juni", "June"),
        ("juli", "July"),
        ("augustus", "August"),
        ("september", "September"),
        ("oktober", "October"),
        ("november", "November"),
        ("december", "December"),
    ];
    MONTHS.iter().find(|(nl, _)| *nl == word).map(|(_, en)| *en)
}

#[derive(Debug, Deserialize, Serialize)]
pub struct TimelineEvent {
    pub id: String,
    /// Start year of the event (for placing it on the axis).
    pub year: u16,
    /// End year for periods.
    #[serde(default)]
    pub end_year: Option<u16>,
    /// Source ids that date the event.
    pub sources: Vec<String>,
}

/// A node-and-link diagram; positions are in the diagram's own units.
#[derive(Debug, Deserialize, Serialize)]
pub struct Diagram {
    pub id: String,
    /// Walkthrough section the diagram lives in.
    pub section: String,
    pub width: f32,
    pub height: f32,
    pub nodes: Vec<DiagramNode>,
    #[serde(default)]
    pub links: Vec<DiagramLink>,
    /// Feedback loops (causal-loop diagram only).
    #[serde(default)]
    pub loops: Vec<DiagramLoop>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct DiagramNode {
    pub id: String,
    pub x: f32,
    pub y: f32,
    /// What the node stands for (styling, legend, its name).
    pub kind: NodeKind,
    /// Supporting quotation id.
    #[serde(default)]
    pub quote: Option<String>,
    /// Walkthrough section this node explains.
    #[serde(default)]
    pub section: Option<String>,
    /// Bibliography entry this node stands for.
    #[serde(default)]
    pub source: Option<String>,
    /// False when the available text names but does not elaborate this node.
    #[serde(default = "yes")]
    pub elaborated: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize, Serialize)]
pub struct DiagramLink {
    pub id: String,
    pub from: String,
    pub to: String,
    /// The relation, e.g. "+", "-", "supports", "cites".
    pub kind: LinkKind,
    /// A delay before the effect shows (causal loops).
    #[serde(default)]
    pub delay: bool,
    /// True when the link is our inference, not a claim the essay makes.
    #[serde(default)]
    pub inferred: bool,
    #[serde(default)]
    pub quote: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct DiagramLoop {
    pub id: String,
    /// "R" (reinforcing) or "B" (balancing).
    pub kind: LoopKind,
    pub x: f32,
    pub y: f32,
    /// Node ids around the loop, in order.
    pub nodes: Vec<String>,
}

/// Everything in one language.
#[derive(Debug, Deserialize, Serialize)]
pub struct Locale {
    /// Interface strings by key (identical key sets in every language).
    pub ui: BTreeMap<String, String>,
    pub intro: Intro,
    pub sections: Vec<Section>,
    pub glossary: Vec<Term>,
    /// English translations of the Dutch quotations, by quote id (empty in Dutch).
    #[serde(default)]
    pub quote_translations: BTreeMap<String, String>,
    /// How the essay uses each source, by source id.
    #[serde(default)]
    pub source_notes: BTreeMap<String, String>,
    /// Labels and explanations of diagram nodes, links and loops, by id.
    #[serde(default)]
    pub diagram_text: BTreeMap<String, DiagramText>,
    /// Timeline event texts by event id.
    #[serde(default)]
    pub timeline_text: BTreeMap<String, DiagramText>,
}

impl Locale {
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        self.glossary.iter().find(|t| t.id == id)
    }

    /// An interface string; a missing key shows as the key itself (the
    /// native tests make sure none is missing).
    pub fn ui<'a>(&'a self, key: &'a str) -> &'a str {
        self.ui.get(key).map(String::as_str).unwrap_or(key)
    }
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Intro {
    pub kicker: String,
    pub title: String,
    pub byline: String,
    /// Paragraphs of rich text (see [`super::rich`]).
    pub paragraphs: Vec<String>,
}

/// One walkthrough section. The id is part of the public URL contract.
#[derive(Debug, Deserialize, Serialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// Summary in our own words; paragraphs of rich text.
    pub summary: Vec<String>,
    /// Quotation ids shown with the summary (one to three).
    #[serde(default)]
    pub quotes: Vec<String>,
    /// The key sentence on the section's first slide (presentation mode), in
    /// our own words; the summary goes to the presenter's notes.
    #[serde(default)]
    pub slide: String,
    /// Sub-parts (handreikingen, arguments), each its own slide.
    #[serde(default)]
    pub parts: Vec<Part>,
    /// Annotations: context, in rich text.
    #[serde(default)]
    pub annotations: Vec<Annotation>,
    /// Open discussion questions for the classroom.
    #[serde(default)]
    pub questions: Vec<String>,
    /// Short notes for the teacher.
    #[serde(default)]
    pub notes: Vec<String>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Part {
    pub id: String,
    pub title: String,
    pub body: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<String>,
    /// A key sentence for the part's slide under its title (empty: the title
    /// alone); the body goes to the presenter's notes.
    #[serde(default)]
    pub slide: String,
    /// False when the available text names but does not elaborate this part.
    #[serde(default = "yes")]
    pub elaborated: bool,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Annotation {
    pub title: String,
    pub body: Vec<String>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Term {
    pub id: String,
    pub term: String,
    /// Definition in rich text; facts in it cite their sources.
    pub definition: String,
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct DiagramText {
    pub label: String,
    #[serde(default)]
    pub explanation: String,
}
