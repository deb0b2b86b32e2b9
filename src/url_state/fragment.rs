//! The fragment: where the page goes (`#id`, `#id/sub`).

use super::{cut, is_valid_id};

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
        let sub = id
            .as_ref()
            .and(it.next())
            .filter(|s| is_valid_id(s))
            .map(str::to_string);
        Fragment { id, sub }
    }

    /// A slide number from the sub-part (1-based in the URL), if any.
    pub fn slide(&self) -> Option<usize> {
        self.sub
            .as_deref()?
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
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
