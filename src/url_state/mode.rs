//! The page's mode, decided once when the address is parsed.

use super::is_embeddable;

/// What the page is: the one place that decides between reading, the
/// slides, the presenter's window and an embed. Decided once, when the
/// address is parsed (see [`UrlState::from_query`] for the precedence of
/// contradicting flags).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// The full site.
    #[default]
    Reading,
    /// `?present`: the slides.
    Present,
    /// `?present&presenter`: the presenter's window.
    Presenter,
    /// `?embed=1` (`target: None`, the whole explainer without site chrome)
    /// or `?embed=<id>` (only that section or diagram); `?title=0` hides the
    /// title (`title: false`).
    Embed { target: Option<String>, title: bool },
}

impl Mode {
    /// Whether the page is embedded in a host page.
    pub fn is_embedded(&self) -> bool {
        matches!(self, Mode::Embed { .. })
    }

    /// Whether the page shows its title (all but an embed with `title=0`).
    pub fn shows_title(&self) -> bool {
        !matches!(self, Mode::Embed { title: false, .. })
    }

    /// The mode an address asks for. A presenter flag wins over everything,
    /// the slides over nothing but an embed, an embed over reading.
    pub(super) fn from_query<'a>(get: &dyn Fn(&str) -> Option<&'a str>) -> Mode {
        if get("presenter").is_some() {
            return Mode::Presenter;
        }
        let embed = get("embed").map(|v| is_embeddable(v).then(|| v.to_string()));
        match embed {
            Some(target) => Mode::Embed {
                target,
                title: get("title") != Some("0"),
            },
            None if get("present").is_some() => Mode::Present,
            None => Mode::Reading,
        }
    }

    /// The bare flags this mode writes (`?present&presenter`).
    pub(super) fn flags(&self) -> &'static [&'static str] {
        match self {
            Mode::Present => &["present"],
            Mode::Presenter => &["present", "presenter"],
            Mode::Reading | Mode::Embed { .. } => &[],
        }
    }
}
