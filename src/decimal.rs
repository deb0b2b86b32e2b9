//! Decimal numbers read and written without core's float parsing and
//! formatting (`str::parse::<f64>`, `{}` and `{:.1}` of a float, and the
//! bounds check of `f64::clamp`, which formats its bounds): their tables
//! and algorithms weighed 22 KB gzip in each app's wasm (docs/app-size.md,
//! seventh round). Pure; the app's numbers on screen, in addresses and in
//! SVG coordinates go through here.

use std::fmt;

/// A number as `str::parse::<f64>` reads one (a sign, digits with or
/// without a point, an exponent), or `None` for anything else and for what
/// is not finite: a slider's value, from an address or from the slider.
/// Exact, as the standard parser, where the digits fit in 2^53 and the
/// power of ten is at most 10^22 (every value a slider can take, and
/// more); elsewhere within a few units in the last place, which the snap to
/// a slider's grid does not see.
pub fn parse(raw: &str) -> Option<f64> {
    let s = raw.as_bytes();
    let mut i = 0;
    let negative = match s.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    // The digits as one integer, and the power of ten it is to be taken to.
    let (mut digits, mut mantissa, mut exponent) = (0, 0u64, 0i64);
    let mut fraction = false;
    while let Some(&c) = s.get(i) {
        match c {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa < (u64::MAX - 9) / 10 {
                    mantissa = mantissa * 10 + u64::from(c - b'0');
                    exponent -= i64::from(fraction);
                } else if !fraction {
                    exponent += 1;
                }
            }
            b'.' if !fraction => fraction = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = s.get(i) {
        i += 1;
        let sign = match s.get(i) {
            Some(b'-') => {
                i += 1;
                -1
            }
            Some(b'+') => {
                i += 1;
                1
            }
            _ => 1,
        };
        let start = i;
        let mut e = 0i64;
        while let Some(c @ b'0'..=b'9') = s.get(i) {
            e = (e * 10 + i64::from(c - b'0')).min(100_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        exponent += sign * e;
    }
    if i != s.len() {
        return None;
    }
    let magnitude = if mantissa == 0 {
        0.0
    } else {
        let power = 10f64.powi(exponent.unsigned_abs().min(400) as i32);
        if exponent >= 0 {
            mantissa as f64 * power
        } else {
            mantissa as f64 / power
        }
    };
    let value = if negative { -magnitude } else { magnitude };
    value.is_finite().then_some(value)
}

/// `value` rounded to `places` decimals (half away from zero), written
/// without trailing zeros and without the sign of a zero: `Rounded(12.34,
/// 1)` is "12.3", `Rounded(7.0, 1)` "7", `Rounded(-0.04, 1)` "0". What is
/// not finite is written as 0; meant for the app's numbers, far within the
/// ±9·10^18 a scaled value must fit in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rounded(pub f64, pub u32);

impl fmt::Display for Rounded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Rounded(value, places) = *self;
        let unit = 10u64.pow(places.min(9));
        let scaled = if value.is_finite() {
            (value * unit as f64).round() as i64
        } else {
            0
        };
        if scaled < 0 {
            f.write_str("-")?;
        }
        let a = scaled.unsigned_abs();
        write!(f, "{}", a / unit)?;
        let mut fraction = a % unit;
        if fraction != 0 {
            f.write_str(".")?;
            let mut digit = unit / 10;
            while fraction != 0 {
                write!(f, "{}", fraction / digit)?;
                fraction %= digit;
                digit /= 10;
            }
        }
        Ok(())
    }
}

/// An SVG coordinate: `value` to one decimal ("12.3", "7").
pub fn tenths(value: impl Into<f64>) -> Rounded {
    Rounded(value.into(), 1)
}

/// An SVG coordinate as an attribute's value ("12.3", "7").
pub fn coord(value: impl Into<f64>) -> String {
    tenths(value).to_string()
}

// proptest does not build for wasm32 (Cargo.toml).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rounded_is_written_without_trailing_zeros_or_a_signed_zero() {
        for (value, places, written) in [
            (12.34, 1, "12.3"),
            (7.0, 1, "7"),
            (-0.46, 1, "-0.5"),
            (-0.04, 1, "0"),
            (184.96, 1, "185"),
            (1e3, 1, "1000"),
            (0.125, 2, "0.13"),
            (1.5, 0, "2"),
            (0.05, 3, "0.05"),
            (2.5, 6, "2.5"),
            (f64::NAN, 1, "0"),
        ] {
            assert_eq!(
                Rounded(value, places).to_string(),
                written,
                "{value} to {places}"
            );
        }
        assert_eq!(tenths(22.5f32).to_string(), "22.5");
    }

    #[test]
    fn a_value_reads_as_the_standard_parser_reads_it() {
        for raw in [
            "25", "25.5", "+7", "-3", "0", "-0", "5.", ".5", "1e1", "2E-1", "1e+2", "007", "0.1",
            "150.0", "0e999999",
        ] {
            assert_eq!(parse(raw), raw.parse::<f64>().ok(), "{raw}");
        }
        for raw in [
            "",
            ".",
            "+",
            "-",
            "e5",
            "1e",
            "1e+",
            "1.2.3",
            "1,5",
            " 5",
            "5 ",
            "0x10",
            "1_000",
            "inf",
            "-infinity",
            "NaN",
            "1e999",
            "5%",
        ] {
            assert_eq!(parse(raw), None, "{raw}");
        }
        assert_eq!(
            parse("123456789012345678901234567890"),
            Some(1.2345678901234568e29)
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]

        #[test]
        fn exact_where_a_slider_can_be(raw in "[+-]?[0-9]{0,9}(\\.[0-9]{0,6})?") {
            prop_assert_eq!(parse(&raw), raw.parse::<f64>().ok());
        }

        #[test]
        fn close_everywhere_else(raw in "[+-]?[0-9]{1,25}(\\.[0-9]{0,25})?([eE][+-]?[0-9]{1,2})?") {
            let (ours, std) = (parse(&raw).unwrap(), raw.parse::<f64>().unwrap());
            prop_assert!((ours - std).abs() <= std.abs() * 1e-14, "{raw}: {ours} {std}");
        }

        #[test]
        fn takes_what_the_standard_parser_takes(raw in "[0-9eE.+-]{0,8}|\\PC{0,8}") {
            prop_assert_eq!(parse(&raw).is_some(), raw.parse::<f64>().is_ok_and(f64::is_finite));
        }
    }

    proptest! {
        #[test]
        fn rounded_reads_back_as_the_standard_formatter_writes_it(tenths in -1_000_000i64..1_000_000, places in 1u32..5) {
            // A number of whole tenths, written as `{:.N}` would (away
            // from the ties of binary fractions, where the two may differ).
            let value = tenths as f64 / 10.0;
            let ours = Rounded(value, places).to_string();
            let std = format!("{value:.*}", places as usize);
            let std = if std.contains('.') { std.trim_end_matches('0').trim_end_matches('.') } else { &std };
            let std = if std == "-0" { "0" } else { std };
            prop_assert_eq!(ours, std);
        }
    }
}
