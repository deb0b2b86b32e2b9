//! The shareable state of the page, read from and written to the URL.
//!
//! This is the one place that parses the query string and the fragment.
//! Whatever a URL holds, parsing never fails: unknown or broken values become
//! defaults here, once, and a value that had to be changed leaves a [`Note`]
//! the page can show quietly. The query keys are a public contract (see the
//! README): never rename one.

mod fragment;
mod mode;

use crate::content::Lang;
use crate::ids;
pub use crate::ids::is_embeddable;
use crate::sim::{self, Params, PARAMS};
pub use fragment::Fragment;
pub use mode::Mode;

/// Longest query or fragment we read; anything longer is cut off.
const MAX_INPUT: usize = 4096;
/// Longest id we accept.
const MAX_ID: usize = 64;

/// The simulator's state: a chosen preset and the slider values.
#[derive(Clone, Debug, PartialEq)]
pub struct SimState {
    /// Key of the chosen preset, if the values are still that preset's.
    pub preset: Option<&'static str>,
    pub params: Params,
}

impl Default for SimState {
    fn default() -> Self {
        SimState {
            preset: Some(sim::PRESETS[0].key),
            params: sim::baseline(),
        }
    }
}

/// A value in the URL that we could not use as given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// A number outside its range, brought inside it.
    Clamped { key: &'static str },
    /// Not a number, or an unknown preset: the default was used.
    Reset { key: &'static str },
}

/// Everything a URL can say about the page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    pub lang: Lang,
    /// Reading, slides, presenter or embed.
    pub mode: Mode,
    pub sim: SimState,
    /// Selected element per diagram, by query key (only syntactically valid ids).
    pub selections: Vec<(&'static str, String)>,
    pub notes: Vec<Note>,
}

/// Whether `id` is a syntactically valid content id.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

pub(crate) fn cut(s: &str) -> &str {
    if s.len() <= MAX_INPUT {
        return s;
    }
    let mut end = MAX_INPUT;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

impl UrlState {
    /// Parses a query string, with or without its leading `?`.
    pub fn from_query(query: &str) -> UrlState {
        let query = cut(query.strip_prefix('?').unwrap_or(query));
        let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
        // The first occurrence of a key wins; later repeats are ignored.
        let get = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        let mut state = UrlState {
            lang: get("lang").and_then(Lang::from_code).unwrap_or_default(),
            mode: Mode::from_query(&get),
            ..UrlState::default()
        };
        state.read_sim(&get);
        for key in ids::selection_keys() {
            if let Some(v) = get(key).filter(|v| is_valid_id(v)) {
                state.selections.push((key, v.to_string()));
            }
        }
        state
    }

    fn read_sim<'a>(&mut self, get: &dyn Fn(&str) -> Option<&'a str>) {
        let mut sim = SimState::default();
        if let Some(p) = get("preset") {
            match sim::preset(p) {
                Some(preset) => {
                    sim = SimState {
                        preset: Some(preset.key),
                        params: preset.params,
                    }
                }
                None => self.notes.push(Note::Reset { key: "preset" }),
            }
        }
        for (i, spec) in PARAMS.iter().enumerate() {
            let Some(raw) = get(spec.key) else { continue };
            match crate::decimal::parse(raw.trim()) {
                Some(v) => {
                    let clamped = spec.clamp(v);
                    if clamped != v {
                        self.notes.push(Note::Clamped { key: spec.key });
                    }
                    if clamped != sim.params.get(i) {
                        sim.preset = None;
                    }
                    sim.params = sim.params.with(i, clamped);
                }
                None => self.notes.push(Note::Reset { key: spec.key }),
            }
        }
        self.sim = sim;
    }

    /// The same state in another mode (leaving the slides, opening the
    /// presenter's window, starting the slides).
    pub fn in_mode(&self, mode: Mode) -> UrlState {
        UrlState {
            mode,
            ..self.clone()
        }
    }

    /// The shareable address of this state: reading mode, without the notes
    /// about values that had to be changed. A copied link never carries
    /// `embed`, `title`, `present` or `presenter` (docs/url-contract.md).
    pub fn shareable(&self) -> UrlState {
        UrlState {
            mode: Mode::Reading,
            notes: Vec::new(),
            ..self.clone()
        }
    }

    /// The selected element of a diagram, by its query key.
    pub fn selection(&self, key: &str) -> Option<&str> {
        self.selections
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Sets or clears the selected element of a diagram.
    pub fn set_selection(&mut self, key: &'static str, id: Option<&str>) {
        self.selections.retain(|(k, _)| *k != key);
        if let Some(id) = id.filter(|id| is_valid_id(id)) {
            // In the order of the keys, so an address has one spelling.
            let rank = |k: &str| ids::selection_keys().position(|q| q == k);
            let at = self
                .selections
                .iter()
                .position(|(k, _)| rank(k) > rank(key))
                .unwrap_or(self.selections.len());
            self.selections.insert(at, (key, id.to_string()));
        }
    }

    /// The query string for this state, with a leading `?`, or empty. Only
    /// values that differ from the defaults are written, in a stable order.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut pair = |k: &str, v: &str| {
            let v: String = form_urlencoded::byte_serialize(v.as_bytes()).collect();
            parts.push(format!("{k}={v}"));
        };
        if self.lang != Lang::default() {
            pair("lang", self.lang.code());
        }
        if let Mode::Embed { target, title } = &self.mode {
            pair("embed", target.as_deref().unwrap_or("1"));
            if !title {
                pair("title", "0");
            }
        }
        if self.sim != SimState::default() {
            match self.sim.preset {
                Some(p) => pair("preset", p),
                None => {
                    for (spec, v) in PARAMS.iter().zip(self.sim.params.values) {
                        pair(spec.key, &format_number(v));
                    }
                }
            }
        }
        for (k, v) in &self.selections {
            pair(k, v);
        }
        // Flags are written bare (`?present`), after the language.
        let at = usize::from(self.lang != Lang::default()).min(parts.len());
        for (i, name) in self.mode.flags().iter().enumerate() {
            parts.insert(at + i, name.to_string());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// Formats a slider value without a needless fraction ("18", "2.5").
pub fn format_number(v: f64) -> String {
    crate::decimal::Rounded(v, 6).to_string()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn defaults_for_an_empty_url() {
        let s = UrlState::from_query("");
        assert_eq!(s, UrlState::default());
        assert_eq!(s.to_query(), "");
    }

    #[test]
    fn reads_language_embed_and_modes() {
        let s = UrlState::from_query("?lang=EN&embed=de-nieuwe-spagaat&title=0&present");
        assert_eq!(s.lang, Lang::En);
        // An embed wins over the slides.
        assert_eq!(
            s.mode,
            Mode::Embed {
                target: Some("de-nieuwe-spagaat".into()),
                title: false
            }
        );
        assert!(s.mode.is_embedded() && !s.mode.shows_title());
        let whole = Mode::Embed {
            target: None,
            title: true,
        };
        assert_eq!(UrlState::from_query("embed=zzz").mode, whole);
        assert_eq!(UrlState::from_query("embed=<script>").mode, whole);
        assert_eq!(UrlState::from_query("embed=top").mode, whole);
        assert_eq!(UrlState::from_query("lang=fr").lang, Lang::Nl);
        assert_eq!(UrlState::from_query("present").mode, Mode::Present);
        // The presenter's flag wins over everything.
        assert_eq!(
            UrlState::from_query("present&presenter&embed=1").mode,
            Mode::Presenter
        );
        assert_eq!(UrlState::from_query("title=0").mode, Mode::Reading);
    }

    #[test]
    fn every_mode_writes_the_address_it_always_wrote() {
        // Byte for byte the addresses of the URL contract and of the app's
        // own links (presenter window, embed code, slides).
        for q in [
            "",
            "?present",
            "?lang=en&present",
            "?present&presenter#x",
            "?lang=en&present&presenter&preset=vak",
            "?embed=1",
            "?embed=1&title=0",
            "?lang=en&embed=de-nieuwe-spagaat&title=0",
            "?embed=tijdlijn&tijd=wmo-2015",
            "?lang=en&present&arg=hoofdclaim",
        ] {
            let q = q.split('#').next().unwrap();
            assert_eq!(UrlState::from_query(q).to_query(), q);
        }
        // Contradicting flags are written as the mode they decided.
        assert_eq!(
            UrlState::from_query("?presenter").to_query(),
            "?present&presenter"
        );
        assert_eq!(
            UrlState::from_query("?present&embed=1").to_query(),
            "?embed=1"
        );
        assert_eq!(UrlState::from_query("?title=0").to_query(), "");
    }

    #[test]
    fn switching_mode_and_the_shareable_address() {
        let s = UrlState::from_query("?lang=en&embed=tijdlijn&title=0&cw=500&tijd=wmo-2015");
        assert!(!s.notes.is_empty());
        let shared = s.shareable();
        assert_eq!(
            shared.to_query(),
            s.to_query().replace("&embed=tijdlijn&title=0", "")
        );
        assert!(
            shared.to_query().starts_with("?lang=en&cw=50&")
                && shared.to_query().ends_with("&tijd=wmo-2015")
        );
        assert!(shared.notes.is_empty() && shared.mode == Mode::Reading);
        assert_eq!(
            s.in_mode(Mode::Presenter)
                .to_query()
                .split('&')
                .take(3)
                .collect::<Vec<_>>(),
            ["?lang=en", "present", "presenter"]
        );
        assert_eq!(
            s.in_mode(Mode::Present).in_mode(Mode::Reading).mode,
            Mode::Reading
        );
    }

    #[test]
    fn clamps_and_resets_simulator_values_with_a_note() {
        let s = UrlState::from_query("cw=500&delay=abc&catch=NaN");
        assert_eq!(s.sim.params.get(sim::COMMUNITY_SHARE), 50.0);
        assert_eq!(
            s.sim.params.get(sim::DELAY),
            sim::baseline().get(sim::DELAY)
        );
        assert_eq!(s.sim.preset, None);
        assert_eq!(
            s.notes,
            vec![
                Note::Clamped { key: "cw" },
                Note::Reset { key: "delay" },
                Note::Reset { key: "catch" }
            ]
        );
    }

    #[test]
    fn round_trips_state() {
        let mut s = UrlState::from_query("lang=en&preset=vak");
        assert_eq!(s.to_query(), "?lang=en&preset=vak");
        s.sim.params = s.sim.params.with(sim::DELAY, 30.0);
        s.sim.preset = None;
        s.set_selection("arg", Some("hoofdclaim"));
        s.mode = Mode::Present;
        let q = s.to_query();
        assert_eq!(q, "?lang=en&present&cw=10&cut=30&delay=30&catch=50&latent=40&extra=20&ow=100&skill=150&arg=hoofdclaim");
        assert_eq!(UrlState::from_query(&q), s);
    }

    #[test]
    fn old_simulator_links_keep_their_meaning() {
        // Published before `ow` and `skill` existed: extra budget then bought
        // case workers, which is what `ow`'s default (0) still means.
        let s = UrlState::from_query("cw=25&cut=10&delay=12&catch=70&latent=20&extra=5");
        assert_eq!(s.sim.params.get(sim::TO_OPBOUWWERK), 0.0);
        assert!(s.notes.is_empty());
        for key in ["wmo", "meer-handen", "vak"] {
            assert_eq!(
                UrlState::from_query(&format!("preset={key}")).sim.preset,
                Some(key)
            );
        }
    }

    #[test]
    fn fragments() {
        assert_eq!(Fragment::parse("#handreikingen/2").slide(), Some(2));
        assert_eq!(Fragment::parse("#bronnen").id.as_deref(), Some("bronnen"));
        assert_eq!(Fragment::parse("#<img src=x>"), Fragment::default());
        assert_eq!(Fragment::parse("#a/%3Cb%3E").sub, None);
        assert_eq!(Fragment::parse("").to_hash(), "");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]
        #[test]
        fn any_query_parses_to_valid_state(q in ".{0,300}") {
            let s = UrlState::from_query(&q);
            for (i, spec) in PARAMS.iter().enumerate() {
                let v = s.sim.params.get(i);
                prop_assert!(v.is_finite() && v >= spec.min && v <= spec.max);
            }
            if let Mode::Embed { target: Some(id), .. } = &s.mode { prop_assert!(is_embeddable(id)); }
            for (_, id) in &s.selections { prop_assert!(is_valid_id(id)); }
            // What we write, we read back the same.
            let again = UrlState::from_query(&s.to_query());
            prop_assert_eq!(again.to_query(), s.to_query());
        }

        #[test]
        fn structured_queries_parse_to_valid_state(
            pairs in proptest::collection::vec(
                (prop_oneof![Just("lang"), Just("embed"), Just("cw"), Just("cut"), Just("delay"), Just("catch"),
                    Just("latent"), Just("extra"), Just("preset"), Just("arg"), Just("kring"), Just("present")],
                 prop_oneof![
                     ".{0,20}".prop_map(String::from),
                     "-?[0-9]{1,12}(\\.[0-9]{0,6})?".prop_map(String::from),
                     Just("1e309".to_string()), Just("%ZZ".to_string()), Just("en".to_string()),
                 ]),
                0..12)
        ) {
            let q: String = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
            let s = UrlState::from_query(&q);
            for (i, spec) in PARAMS.iter().enumerate() {
                let v = s.sim.params.get(i);
                prop_assert!(v.is_finite() && v >= spec.min && v <= spec.max);
            }
            let f = Fragment::parse(&q);
            if let Some(id) = &f.id { prop_assert!(is_valid_id(id)); }
        }
    }
}
