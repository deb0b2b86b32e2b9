//! QR codes as one SVG path: encoded with `qrcodegen`, drawn in module units
//! with a quiet zone, so the SVG scales crisply to any size. No web service,
//! no web-sys: tested natively.

use qrcodegen::{QrCode, QrCodeEcc};

/// Width of the quiet zone around the code, in modules (the standard's 4).
pub const QUIET: i32 = 4;

/// A QR code ready to draw: `size` is the side of the `viewBox` in modules
/// (quiet zone included), `path` the `d` of one `<path>` covering every dark
/// module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    pub size: i32,
    pub path: String,
}

/// Encodes `text` (medium error correction) and draws it, or `None` if the
/// text is empty or too long for a QR code.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    if text.is_empty() {
        return None;
    }
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    Some(QrSvg {
        size: code.size() + 2 * QUIET,
        path: path_of(&code),
    })
}

/// One subpath per horizontal run of dark modules: `M x,y h w v1 h -w z`.
fn path_of(code: &QrCode) -> String {
    let n = code.size();
    let mut d = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            let w = x - start;
            d.push_str(&format!("M{},{}h{w}v1h-{w}z", start + QUIET, y + QUIET));
        }
    }
    d
}

/// The dark modules a path covers, as a grid of `size`×`size` (for tests and
/// checks): reads back what [`path_of`] writes.
pub fn modules_of(svg: &QrSvg) -> Vec<Vec<bool>> {
    let n = svg.size.max(0) as usize;
    let mut grid = vec![vec![false; n]; n];
    for sub in svg.path.split('M').filter(|s| !s.is_empty()) {
        let Some((xy, rest)) = sub.split_once('h') else {
            continue;
        };
        let Some((x, y)) = xy.split_once(',') else {
            continue;
        };
        let (Ok(x), Ok(y)) = (x.parse::<usize>(), y.parse::<usize>()) else {
            continue;
        };
        let Ok(w) = rest.split('v').next().unwrap_or("").parse::<usize>() else {
            continue;
        };
        for cell in grid
            .get_mut(y)
            .into_iter()
            .flat_map(|row| row.iter_mut().skip(x).take(w))
        {
            *cell = true;
        }
    }
    grid
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://example.org/uitleg/?lang=nl#handreikingen";

    #[test]
    fn the_path_covers_exactly_the_dark_modules() {
        let code = QrCode::encode_text(URL, QrCodeEcc::Medium).unwrap();
        let svg = qr_svg(URL).unwrap();
        assert_eq!(svg.size, code.size() + 8);
        let grid = modules_of(&svg);
        for y in 0..svg.size {
            for x in 0..svg.size {
                let inside = (QUIET..QUIET + code.size()).contains(&x)
                    && (QUIET..QUIET + code.size()).contains(&y);
                let dark = inside && code.get_module(x - QUIET, y - QUIET);
                assert_eq!(grid[y as usize][x as usize], dark, "module {x},{y}");
            }
        }
    }

    #[test]
    fn the_quiet_zone_is_empty() {
        let svg = qr_svg(URL).unwrap();
        let grid = modules_of(&svg);
        let n = svg.size as usize;
        let q = QUIET as usize;
        for (y, row) in grid.iter().enumerate() {
            for (x, &dark) in row.iter().enumerate() {
                if x < q || y < q || x >= n - q || y >= n - q {
                    assert!(!dark, "dark module in quiet zone at {x},{y}");
                }
            }
        }
        // The finder pattern's corner is dark, right inside the quiet zone.
        assert!(grid[q][q]);
    }

    #[test]
    fn the_path_uses_integer_module_units_only() {
        let svg = qr_svg(URL).unwrap();
        assert!(svg.path.starts_with('M'));
        assert!(
            svg.path
                .chars()
                .all(|c| c.is_ascii_digit() || "Mhvz,-".contains(c)),
            "{}",
            svg.path
        );
    }

    #[test]
    fn empty_and_oversized_texts_give_none() {
        assert_eq!(qr_svg(""), None);
        assert_eq!(qr_svg(&"x".repeat(5000)), None);
        assert!(qr_svg(&"x".repeat(1000)).is_some());
    }
}
