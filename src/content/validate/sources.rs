//! The bibliography: each entry names who wrote it (a person or an
//! organisation, never the site that hosts the page), has a title of its
//! own that is not its author's name, and reads without doubled
//! punctuation in either language.

use crate::content::model::*;

/// Sites that host pages we cite, which the bibliography once named as
/// their authors (the Canon Sociaal Werk is the site and project of its
/// windows; the Rijksoverheid publishes wetten.overheid.nl). A site belongs
/// in `container`, never in `author`.
pub const HOSTS: [&str; 11] = [
    "Wikipedia",
    "Regelhulp",
    "Groningen Nieuws",
    "Energie+",
    "Opbouwwerk in Rotterdam",
    "Overstappen.nl",
    "Ensie",
    "Trajectum",
    "issuu",
    "Canon Sociaal Werk",
    "Rijksoverheid",
];

pub(super) fn check_sources(c: &Content, p: &mut Vec<String>) {
    for s in &c.shared.sources {
        let id = &s.id;
        if s.author.trim().is_empty() && s.title.trim().is_empty() {
            p.push(format!("source {id}: neither an author nor a title"));
        }
        if !s.author.is_empty() && s.author == s.title {
            p.push(format!(
                "source {id}: its title repeats its author; leave the title empty when the source gives none"
            ));
        }
        let author = s.author.to_lowercase();
        let site_like = [".nl", ".org", ".com", ".eu", "www."]
            .iter()
            .any(|d| author.contains(d));
        if HOSTS.iter().any(|h| s.author == *h)
            || site_like
            || (!s.author.is_empty() && s.author == s.container)
        {
            p.push(format!(
                "source {id}: author {:?} is the site that hosts the page: name the people or the organisation the page names, or none, and put the site in container",
                s.author
            ));
        }
        if s.title.starts_with('[') {
            p.push(format!(
                "source {id}: a title in brackets is ours; give the source's own title"
            ));
        }
        for lang in Lang::ALL {
            let r = s.reference(lang);
            for doubled in ["!.", "?.", "..", ". .", ",."] {
                if r.contains(doubled) && !r.contains("...") {
                    p.push(format!(
                        "source {id}: {} reference has {doubled:?}: {r}",
                        lang.code()
                    ));
                }
            }
        }
        let en = s.date_in(Lang::En);
        if en.split(' ').any(|w| {
            [
                "januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober",
            ]
            .contains(&w)
                || (w.chars().next().is_some_and(char::is_lowercase)
                    && w.chars().all(char::is_alphabetic))
        }) {
            p.push(format!(
                "source {id}: English date {en:?} has a Dutch or lower-case month"
            ));
        }
    }
}
