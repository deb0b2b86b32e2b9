//! The shareable state of the page, read from and written to the URL.
//!
//! This is the one place that parses the query string and the fragment.
//! Whatever a URL holds, parsing never fails: unknown or broken values become
//! defaults here, once, and a value that had to be changed leaves a [`Note`]
//! the page can show quietly. The query keys are a public contract (see the
//! README): never rename one.

use crate::content::validate::{EXTRA_ANCHORS, SECTION_IDS};
use crate::content::Lang;
use crate::sim::{self, Params, PARAMS};

/// Query keys for the selected element of each diagram, by diagram id.
pub const SELECTION_KEYS: [(&str, &str); 4] = [
    ("spagaat-kringloop", "kring"),
    ("argumentkaart", "arg"),
    ("bronnenkaart", "bron"),
    ("tijdlijn", "tijd"),
];

/// Longest query or fragment we read; anything longer is cut off.
const MAX_INPUT: usize = 4096;
/// Longest id we accept.
const MAX_ID: usize = 64;

/// How the page is embedded in a host page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Embed {
    /// Not embedded: the full site.
    #[default]
    No,
    /// `?embed=1`: the whole explainer without site chrome.
    Full,
    /// `?embed=<id>`: only that section or diagram.
    Only(String),
}

/// The simulator's state: a chosen preset and the slider values.
#[derive(Clone, Debug, PartialEq)]
pub struct SimState {
    /// Key of the chosen preset, if the values are still that preset's.
    pub preset: Option<&'static str>,
    pub params: Params,
}

impl Default for SimState {
    fn default() -> Self {
        SimState { preset: Some(sim::PRESETS[0].key), params: sim::baseline() }
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
    pub embed: Embed,
    /// `?title=0` hides the title in embed mode.
    pub hide_title: bool,
    /// `?present`: presentation mode.
    pub present: bool,
    /// `?presenter`: the presenter's window.
    pub presenter: bool,
    pub sim: SimState,
    /// Selected element per diagram, by query key (only syntactically valid ids).
    pub selections: Vec<(&'static str, String)>,
    pub notes: Vec<Note>,
}

/// Whether `id` is a syntactically valid content id.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Whether `id` names something that can be embedded on its own.
pub fn is_embeddable(id: &str) -> bool {
    SECTION_IDS.contains(&id) || (EXTRA_ANCHORS.contains(&id) && id != "top")
}

fn cut(s: &str) -> &str {
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
        let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
        // The first occurrence of a key wins; later repeats are ignored.
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        let mut state = UrlState {
            lang: get("lang").and_then(Lang::from_code).unwrap_or_default(),
            present: get("present").is_some(),
            presenter: get("presenter").is_some(),
            hide_title: get("title") == Some("0"),
            ..UrlState::default()
        };
        state.embed = match get("embed") {
            None => Embed::No,
            Some(v) if is_embeddable(v) => Embed::Only(v.to_string()),
            Some(_) => Embed::Full,
        };
        state.read_sim(&get);
        for (_, key) in SELECTION_KEYS {
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
                Some(preset) => sim = SimState { preset: Some(preset.key), params: preset.params },
                None => self.notes.push(Note::Reset { key: "preset" }),
            }
        }
        for (i, spec) in PARAMS.iter().enumerate() {
            let Some(raw) = get(spec.key) else { continue };
            match raw.trim().parse::<f64>() {
                Ok(v) if v.is_finite() => {
                    let clamped = spec.clamp(v);
                    if clamped != v {
                        self.notes.push(Note::Clamped { key: spec.key });
                    }
                    if clamped != sim.params.get(i) {
                        sim.preset = None;
                    }
                    sim.params = sim.params.with(i, clamped);
                }
                _ => self.notes.push(Note::Reset { key: spec.key }),
            }
        }
        self.sim = sim;
    }

    /// The selected element of a diagram, by its query key.
    pub fn selection(&self, key: &str) -> Option<&str> {
        self.selections.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str())
    }

    /// Sets or clears the selected element of a diagram.
    pub fn set_selection(&mut self, key: &'static str, id: Option<&str>) {
        self.selections.retain(|(k, _)| *k != key);
        if let Some(id) = id.filter(|id| is_valid_id(id)) {
            self.selections.push((key, id.to_string()));
            self.selections.sort_by_key(|(k, _)| SELECTION_KEYS.iter().position(|(_, q)| q == k));
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
        match &self.embed {
            Embed::No => {}
            Embed::Full => pair("embed", "1"),
            Embed::Only(id) => pair("embed", id),
        }
        if self.hide_title {
            pair("title", "0");
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
        let flags = [("present", self.present), ("presenter", self.presenter)];
        let at = usize::from(self.lang != Lang::default()).min(parts.len());
        for (i, (name, _)) in flags.iter().filter(|(_, on)| *on).enumerate() {
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
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Where the fragment points: an id and, in presentation mode, a slide
/// within it (`#handreikingen/2`) or, in reading mode, a diagram node
/// (`#argumentkaart/hoofdclaim`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fragment {
    pub id: Option<String>,
    pub sub: Option<String>,
}

impl Fragment {
    /// Parses `#id`, `#id/sub` or nothing. Invalid ids give an empty fragment.
    pub fn parse(hash: &str) -> Fragment {
        let hash = cut(hash.strip_prefix('#').unwrap_or(hash));
        let decoded: String = percent_decode(hash);
        let mut it = decoded.splitn(2, '/');
        let id = it.next().filter(|s| is_valid_id(s)).map(str::to_string);
        let sub = id.as_ref().and(it.next()).filter(|s| is_valid_id(s)).map(str::to_string);
        Fragment { id, sub }
    }

    /// A slide number from the sub-part (1-based in the URL), if any.
    pub fn slide(&self) -> Option<usize> {
        self.sub.as_deref()?.parse::<usize>().ok().filter(|n| *n >= 1)
    }

    pub fn to_hash(&self) -> String {
        match (&self.id, &self.sub) {
            (Some(id), Some(sub)) => format!("#{id}/{sub}"),
            (Some(id), None) => format!("#{id}"),
            _ => String::new(),
        }
    }
}

fn percent_decode(s: &str) -> String {
    // form_urlencoded treats '+' as space; fragments do not, so protect it.
    let protected = s.replace('+', "%2B");
    form_urlencoded::parse(format!("x={protected}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
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
        assert_eq!(s.embed, Embed::Only("de-nieuwe-spagaat".into()));
        assert!(s.hide_title && s.present && !s.presenter);
        assert_eq!(UrlState::from_query("embed=zzz").embed, Embed::Full);
        assert_eq!(UrlState::from_query("embed=<script>").embed, Embed::Full);
        assert_eq!(UrlState::from_query("lang=fr").lang, Lang::Nl);
    }

    #[test]
    fn clamps_and_resets_simulator_values_with_a_note() {
        let s = UrlState::from_query("cw=500&delay=abc&catch=NaN");
        assert_eq!(s.sim.params.get(sim::COMMUNITY_SHARE), 50.0);
        assert_eq!(s.sim.params.get(sim::DELAY), sim::baseline().get(sim::DELAY));
        assert_eq!(s.sim.preset, None);
        assert_eq!(
            s.notes,
            vec![Note::Clamped { key: "cw" }, Note::Reset { key: "delay" }, Note::Reset { key: "catch" }]
        );
    }

    #[test]
    fn round_trips_state() {
        let mut s = UrlState::from_query("lang=en&preset=vak");
        assert_eq!(s.to_query(), "?lang=en&preset=vak");
        s.sim.params = s.sim.params.with(sim::DELAY, 30.0);
        s.sim.preset = None;
        s.set_selection("arg", Some("hoofdclaim"));
        s.present = true;
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
            assert_eq!(UrlState::from_query(&format!("preset={key}")).sim.preset, Some(key));
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
            if let Embed::Only(id) = &s.embed { prop_assert!(is_embeddable(id)); }
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
