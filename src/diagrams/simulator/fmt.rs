//! Numbers as the reader sees them, in the reader's language (a decimal
//! comma in Dutch), and filling `{name}` placeholders in interface strings.
//! Pure functions, tested natively (tests/sim.rs and below).

use crate::content::Lang;
use crate::decimal::Rounded;

/// A fraction as a whole percentage: 1.174 → "117%".
pub fn percent(x: f64, _lang: Lang) -> String {
    // Whole percentages need no decimal separator in either language; the
    // language is taken so that every number on screen goes through here.
    format!("{}%", Rounded(x * 100.0, 0))
}

/// Vitality (0..1) on the 0–100 scale shown to the reader.
pub fn vitality(v: f64) -> String {
    Rounded(v * 100.0, 0).to_string()
}

/// A number with up to `max_decimals` decimals, without trailing zeros,
/// with a decimal comma in Dutch and a decimal point in English.
pub fn decimal(x: f64, max_decimals: usize, lang: Lang) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let s = Rounded(x, max_decimals as u32).to_string();
    match lang {
        Lang::Nl => s.replace('.', ","),
        _ => s,
    }
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(percent(1.174, Lang::Nl), "117%");
        assert_eq!(percent(-0.001, Lang::En), "0%");
        assert_eq!(vitality(0.604), "60");
        assert_eq!(decimal(0.003, 3, Lang::Nl), "0,003");
        assert_eq!(decimal(24.0, 3, Lang::En), "24");
        assert_eq!(decimal(0.32, 3, Lang::En), "0.32");
        assert_eq!(
            fill("{a} en {b}, {a}", &[("a", "1".into()), ("b", "2".into())]),
            "1 en 2, 1"
        );
    }
}
