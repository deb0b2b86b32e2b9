//! What a share address's card says and shows (see [`crate::share`]): its
//! title, description and image alt text, all from the content files, and
//! its 1200×630 image, drawn as SVG here and rendered to PNG natively at
//! build time with `resvg` and the font the repository ships
//! (`assets/fonts/`, DejaVu Serif), so every machine makes the same bytes.
//! Build step only (never in the apps).

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::content::{content, rich, Lang, LinkKind, Locale};
use crate::diagrams::simulator::{sentence, PRESET_TEXT};
use crate::ids::{self, DiagramKind};
use crate::share::{SharePage, Target, IMAGE_HEIGHT, IMAGE_WIDTH};
use crate::sim::{self, Run, Series};

/// A card's texts.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub title: String,
    pub description: String,
    /// What the image shows.
    pub alt: String,
}

fn fill(template: &str, key: &str, value: &str) -> String {
    template.replace(&format!("{{{key}}}"), value)
}

/// A diagram's title and caption, as its figure shows them.
pub fn diagram_text(loc: &Locale, id: &str) -> (String, String) {
    match id {
        "tijdlijn" => (
            loc.ui("diagram_timeline_label").to_string(),
            loc.ui("diagram_timeline_intro").to_string(),
        ),
        "spagaat-simulator" => (
            loc.ui("sim_title").to_string(),
            loc.ui("sim_chart_title").to_string(),
        ),
        _ => loc.diagram_text.get(id).map_or_else(
            || (id.to_string(), String::new()),
            |t| (t.label.clone(), rich::plain(&t.explanation)),
        ),
    }
}

fn preset_index(key: &str) -> usize {
    sim::PRESETS.iter().position(|p| p.key == key).unwrap_or(0)
}

/// The run of a scenario and its result sentence (which says it holds in
/// this thinking model: `summary::RESULT_KEYS`, tested true of the run).
fn scenario(loc: &Locale, lang: Lang, key: &str) -> (Run, String) {
    let params = sim::PRESETS[preset_index(key)].params;
    let run = sim::simulate(&params);
    let s = params.get(sim::COMMUNITY_SHARE) / 100.0;
    let sentence = sentence(&|k| loc.ui(k).to_string(), lang, &run, s);
    (run, sentence)
}

/// The texts of a share page's card.
pub fn card(page: &SharePage) -> Card {
    let loc = content().locale(page.lang);
    match page.target {
        Target::Section(id) => {
            let section = loc.section(id).expect("a section of ids::SECTIONS");
            Card {
                title: section.title.clone(),
                description: rich::plain(&section.slide),
                alt: fill(
                    &fill(loc.ui("share_alt_section"), "title", &section.title),
                    "slide",
                    &rich::plain(&section.slide),
                ),
            }
        }
        Target::Diagram(id) => {
            let (title, caption) = diagram_text(loc, id);
            // The simulator's card is the starting point's chart, not a drawing.
            let alt = if ids::diagram(id).is_some_and(|d| d.kind == DiagramKind::Simulator) {
                loc.ui("share_alt_preset_baseline").to_string()
            } else {
                fill(loc.ui("share_alt_diagram"), "title", &title)
            };
            // A caption that is a chart's title has no full stop; a description does.
            let description = if caption.ends_with(['.', '!', '?']) {
                caption
            } else {
                format!("{caption}.")
            };
            Card {
                alt,
                title,
                description,
            }
        }
        Target::Preset(key) => {
            let name = loc.ui(PRESET_TEXT[preset_index(key)].label);
            let (_, sentence) = scenario(loc, page.lang, key);
            Card {
                title: fill(loc.ui("share_preset_title"), "preset", name),
                description: sentence,
                alt: if preset_index(key) == 0 {
                    loc.ui("share_alt_preset_baseline").to_string()
                } else {
                    fill(loc.ui("share_alt_preset"), "preset", name)
                },
            }
        }
    }
}

// --- The image -------------------------------------------------------------

const BG: &str = "#fbfaf7";
const FG: &str = "#1c1f1e";
const MUTED: &str = "#4d5552";
const ACCENT: &str = "#14594a";
const SOFT: &str = "#dfe9e5";
/// A link against: what the essay criticises or argues against.
const AGAINST: &str = "#a8372a";
const FONT: &str = "DejaVu Serif";
const MARGIN: f32 = 72.0;

/// The fonts the repository ships, loaded once.
fn options() -> &'static usvg::Options<'static> {
    static OPTIONS: OnceLock<usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(include_bytes!("../assets/fonts/DejaVuSerif.ttf").to_vec());
        db.load_font_data(include_bytes!("../assets/fonts/DejaVuSerif-Bold.ttf").to_vec());
        usvg::Options {
            font_family: FONT.into(),
            fontdb: Arc::new(db),
            ..usvg::Options::default()
        }
    })
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The width of a line of text as drawn.
fn width(text: &str, size: f32, bold: bool) -> f32 {
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4000\" height=\"200\"><text x=\"0\" y=\"100\" font-family=\"{FONT}\" font-size=\"{size}\" font-weight=\"{}\">{}</text></svg>",
        if bold { 700 } else { 400 },
        escape(text)
    );
    usvg::Tree::from_str(&svg, options())
        .ok()
        .and_then(|t| {
            let b = t.root().abs_bounding_box();
            (b.width() > 0.0).then_some(b.right())
        })
        .unwrap_or(0.0)
}

/// `text` broken into at most `max_lines` lines no wider than `max`, the
/// last ending in an ellipsis if the text is longer.
fn wrap(text: &str, size: f32, bold: bool, max: f32, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let tried = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || width(&tried, size, bold) <= max {
            line = tried;
            continue;
        }
        lines.push(std::mem::replace(&mut line, word.to_string()));
        if lines.len() == max_lines {
            let last = lines.last_mut().expect("a line");
            while !last.is_empty() && width(&format!("{last} …"), size, bold) > max {
                last.truncate(last.rfind(' ').unwrap_or(0));
            }
            last.push_str(" …");
            return lines;
        }
        let _ = words.peek();
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Lines of text from `y` down, `size` apart by `leading`; the y after them.
fn text_block(
    svg: &mut String,
    lines: &[String],
    y: f32,
    size: f32,
    bold: bool,
    fill: &str,
) -> f32 {
    let mut y = y;
    for line in lines {
        y += size * 1.25;
        svg.push_str(&format!(
            "<text x=\"{MARGIN}\" y=\"{y}\" font-size=\"{size}\" font-weight=\"{}\" fill=\"{fill}\">{}</text>",
            if bold { 700 } else { 400 },
            escape(line)
        ));
    }
    y
}

/// The frame every card shares: background, the accent band, the name of
/// the explainer above and the essay below.
fn frame(lang: Lang, body: &str) -> String {
    let loc = content().locale(lang);
    let footer = format!("{} – {}", loc.intro.title, loc.ui("app_name"));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{IMAGE_WIDTH}\" height=\"{IMAGE_HEIGHT}\" viewBox=\"0 0 {IMAGE_WIDTH} {IMAGE_HEIGHT}\" font-family=\"{FONT}\">\
<rect width=\"100%\" height=\"100%\" fill=\"{BG}\"/><rect width=\"20\" height=\"100%\" fill=\"{ACCENT}\"/>\
<text x=\"{MARGIN}\" y=\"70\" font-size=\"26\" font-weight=\"700\" fill=\"{ACCENT}\" letter-spacing=\"1\">{}</text>\
{body}\
<line x1=\"{MARGIN}\" x2=\"{}\" y1=\"560\" y2=\"560\" stroke=\"{SOFT}\" stroke-width=\"2\"/>\
<text x=\"{MARGIN}\" y=\"600\" font-size=\"24\" fill=\"{MUTED}\">{}</text></svg>",
        escape(&loc.ui("app_name").to_uppercase()),
        IMAGE_WIDTH as f32 - MARGIN,
        escape(&footer)
    )
}

const INNER: f32 = IMAGE_WIDTH as f32 - 2.0 * MARGIN;

/// A section's card: its title and key sentence.
fn section_svg(card: &Card) -> String {
    let title = wrap(&card.title, 64.0, true, INNER, 2);
    let y = text_block(&mut String::new(), &title, 100.0, 64.0, true, FG);
    let mut body = String::new();
    text_block(&mut body, &title, 100.0, 64.0, true, FG);
    let room = ((540.0 - y - 24.0) / (34.0 * 1.25)).floor().max(1.0) as usize;
    let sentence = wrap(&card.description, 34.0, false, INNER, room);
    text_block(&mut body, &sentence, y + 24.0, 34.0, false, FG);
    body
}

/// The title on top of a drawing; the box left for the drawing.
fn titled(body: &mut String, title: &str) -> (f32, f32, f32, f32) {
    let lines = wrap(title, 40.0, true, INNER, 2);
    let y = text_block(body, &lines, 90.0, 40.0, true, FG) + 24.0;
    (MARGIN, y, INNER, 540.0 - y)
}

/// A node-link diagram as drawn: its links, and its nodes as labelled boxes
/// at their places, scaled into the box.
fn graph_svg(lang: Lang, id: &str, title: &str) -> String {
    let mut body = String::new();
    let (bx, by, bw, bh) = titled(&mut body, title);
    let Some(d) = content().shared.diagrams.iter().find(|d| d.id == id) else {
        return body;
    };
    let loc = content().locale(lang);
    let scale = (bw / d.width).min(bh / d.height);
    let (ox, oy) = (
        bx + (bw - d.width * scale) / 2.0,
        by + (bh - d.height * scale) / 2.0,
    );
    let at = |x: f32, y: f32| (ox + x * scale, oy + y * scale);
    // As wide as a label wants, but narrower than the gap to a neighbour on
    // the same row, so no two boxes overlap.
    let mut box_w = (180.0 * scale).max(116.0);
    for a in &d.nodes {
        for b in d.nodes.iter().filter(|b| b.id != a.id) {
            let ((ax, ay), (bx, by)) = (at(a.x, a.y), at(b.x, b.y));
            if (ay - by).abs() < 56.0 {
                box_w = box_w.min((ax - bx).abs() - 8.0);
            }
        }
    }
    let box_w = box_w.max(72.0);
    let size = (16.0 * scale).clamp(12.0, 16.0);
    // Each node's label lines and box height.
    let boxes: Vec<(Vec<String>, f32)> = d
        .nodes
        .iter()
        .map(|n| {
            let label = loc
                .diagram_text
                .get(&n.id)
                .map_or(n.id.as_str(), |t| t.label.as_str());
            let lines = wrap(label, size, false, box_w - 10.0, 3);
            let h = size * 1.25 * lines.len() as f32 + 10.0;
            (lines, h)
        })
        .collect();
    let node = |nid: &str| d.nodes.iter().position(|n| n.id == nid);
    // Arrowheads: a link points from one node to the other; a link against
    // (criticises, argues against) is drawn in its own colour, so that what
    // the essay criticises does not look like what it draws on.
    body.push_str(&format!(
        "<defs><marker id=\"to\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{MUTED}\"/></marker><marker id=\"against\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{AGAINST}\"/></marker></defs>"
    ));
    for link in &d.links {
        let (Some(a), Some(b)) = (node(&link.from), node(&link.to)) else {
            continue;
        };
        let (na, nb) = (&d.nodes[a], &d.nodes[b]);
        let ((x1, y1), (x2, y2)) = (at(na.x, na.y), at(nb.x, nb.y));
        // From the edge of one box to the edge of the other.
        let (dx, dy) = (x2 - x1, y2 - y1);
        let exit = |hw: f32, hh: f32| {
            let tx = if dx.abs() > 0.01 {
                hw / dx.abs()
            } else {
                f32::MAX
            };
            let ty = if dy.abs() > 0.01 {
                hh / dy.abs()
            } else {
                f32::MAX
            };
            tx.min(ty).min(0.45)
        };
        let (ta, tb) = (
            exit(box_w / 2.0 + 2.0, boxes[a].1 / 2.0 + 2.0),
            exit(box_w / 2.0 + 4.0, boxes[b].1 / 2.0 + 4.0),
        );
        let (sx, sy, ex, ey) = (x1 + dx * ta, y1 + dy * ta, x2 - dx * tb, y2 - dy * tb);
        let dash = if link.inferred {
            " stroke-dasharray=\"8 6\""
        } else {
            ""
        };
        let against = matches!(link.kind, LinkKind::Criticises | LinkKind::ArguesAgainst);
        let (colour, marker) = if against {
            (AGAINST, "against")
        } else {
            (MUTED, "to")
        };
        body.push_str(&format!(
            "<line x1=\"{sx:.1}\" y1=\"{sy:.1}\" x2=\"{ex:.1}\" y2=\"{ey:.1}\" stroke=\"{colour}\" stroke-width=\"2.5\"{dash} marker-end=\"url(#{marker})\"/>"
        ));
        // A causal link's sign, near its head.
        let sign = match link.kind {
            LinkKind::Plus => Some("+"),
            LinkKind::Minus => Some("\u{2212}"),
            _ => None,
        };
        if let Some(sign) = sign {
            let (mx, my) = (sx + (ex - sx) * 0.7, sy + (ey - sy) * 0.7);
            body.push_str(&format!(
                "<circle cx=\"{mx:.1}\" cy=\"{my:.1}\" r=\"11\" fill=\"{BG}\" stroke=\"{MUTED}\" stroke-width=\"1.5\"/><text x=\"{mx:.1}\" y=\"{:.1}\" font-size=\"18\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{FG}\">{sign}</text>",
                my + 6.0
            ));
        }
    }
    for (n, (lines, h)) in d.nodes.iter().zip(&boxes) {
        let (x, y) = at(n.x, n.y);
        let h = *h;
        body.push_str(&format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{box_w:.1}\" height=\"{h:.1}\" rx=\"8\" fill=\"#ffffff\" stroke=\"{ACCENT}\" stroke-width=\"2.5\"/>",
            x - box_w / 2.0,
            y - h / 2.0
        ));
        for (i, line) in lines.iter().enumerate() {
            let ly = y - h / 2.0 + 5.0 + size * 1.25 * (i as f32 + 1.0) - size * 0.3;
            body.push_str(&format!(
                "<text x=\"{x:.1}\" y=\"{ly:.1}\" font-size=\"{size:.1}\" text-anchor=\"middle\" fill=\"{FG}\">{}</text>",
                escape(line)
            ));
        }
    }
    body
}

/// The timeline as drawn: its events and periods along the years.
fn timeline_svg(title: &str) -> String {
    let mut body = String::new();
    let (bx, by, bw, bh) = titled(&mut body, title);
    let events = &content().shared.timeline;
    let first = events.iter().map(|e| e.year).min().unwrap_or(2000);
    let last = events
        .iter()
        .map(|e| e.end_year.unwrap_or(e.year))
        .max()
        .unwrap_or(2020)
        .max(first + 1);
    let x =
        |year: f32| bx + 20.0 + (year - f32::from(first)) / f32::from(last - first) * (bw - 40.0);
    let axis = by + bh * 0.55;
    body.push_str(&format!(
        "<line x1=\"{bx}\" x2=\"{}\" y1=\"{axis}\" y2=\"{axis}\" stroke=\"{FG}\" stroke-width=\"3\"/>",
        bx + bw
    ));
    for (i, e) in events.iter().enumerate() {
        let lane = axis - 40.0 - (i % 4) as f32 * 34.0;
        match e.end_year {
            Some(end) => body.push_str(&format!(
                "<rect x=\"{:.1}\" y=\"{lane:.1}\" width=\"{:.1}\" height=\"16\" rx=\"8\" fill=\"{ACCENT}\" opacity=\"0.75\"/>",
                x(f32::from(e.year)),
                (x(f32::from(end)) - x(f32::from(e.year))).max(16.0)
            )),
            None => body.push_str(&format!(
                "<circle cx=\"{:.1}\" cy=\"{axis}\" r=\"10\" fill=\"{ACCENT}\"/>",
                x(f32::from(e.year))
            )),
        }
    }
    for year in [first, last] {
        body.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"24\" text-anchor=\"middle\" fill=\"{MUTED}\">{year}</text>",
            x(f32::from(year)),
            axis + 44.0
        ));
    }
    body
}

/// A scenario's chart: pressure and vitality over fifteen years, the
/// scenario's line solid, the starting point's dashed.
fn chart_svg(lang: Lang, title: &str, run: &Run) -> String {
    let loc = content().locale(lang);
    let mut body = String::new();
    let (bx, by, bw, bh) = titled(&mut body, title);
    let base = sim::baseline_run();
    let panel_h = (bh - 70.0) / 2.0;
    let panels = [
        (Series::Pressure, "sim_chart_pressure", by + 30.0),
        (
            Series::Vitality,
            "sim_chart_vitality",
            by + 30.0 + panel_h + 40.0,
        ),
    ];
    for (series, key, top) in panels {
        let values: Vec<f64> = [run, base].iter().flat_map(|r| r.series(series)).collect();
        let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let span = if hi > lo { hi - lo } else { 1.0 };
        body.push_str(&format!(
            "<text x=\"{bx}\" y=\"{:.1}\" font-size=\"22\" font-weight=\"700\" fill=\"{MUTED}\">{}</text>\
<line x1=\"{bx}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"{SOFT}\" stroke-width=\"2\"/>",
            top - 8.0,
            escape(loc.ui(key)),
            bx + bw,
            top + panel_h,
            top + panel_h
        ));
        for (r, style) in [
            (
                base,
                format!("stroke=\"{MUTED}\" stroke-dasharray=\"10 8\""),
            ),
            (run, format!("stroke=\"{ACCENT}\"")),
        ] {
            let points = r.series(series);
            let n = points.len().max(2) - 1;
            let d: Vec<String> = points
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let px = bx + i as f32 / n as f32 * bw;
                    let py = top + 10.0 + (1.0 - ((v - lo) / span) as f32) * (panel_h - 14.0);
                    format!("{}{px:.1} {py:.1}", if i == 0 { "M" } else { "L" })
                })
                .collect();
            body.push_str(&format!(
                "<path d=\"{}\" fill=\"none\" stroke-width=\"5\" stroke-linejoin=\"round\" {style}/>",
                d.join(" ")
            ));
        }
    }
    body
}

/// The SVG of a share page's image.
pub fn image_svg(page: &SharePage) -> String {
    let card = card(page);
    let loc = content().locale(page.lang);
    let body = match page.target {
        Target::Section(_) => section_svg(&card),
        Target::Diagram("tijdlijn") => timeline_svg(&card.title),
        Target::Diagram("spagaat-simulator") => {
            chart_svg(page.lang, &card.title, sim::baseline_run())
        }
        Target::Diagram(id) => graph_svg(page.lang, id, &card.title),
        Target::Preset(key) => {
            let (run, _) = scenario(loc, page.lang, key);
            chart_svg(page.lang, &card.title, &run)
        }
    };
    frame(page.lang, &body)
}

/// The PNG of a share page's image, optimised.
pub fn image_png(page: &SharePage) -> Result<Vec<u8>, String> {
    let svg = image_svg(page);
    let tree = usvg::Tree::from_str(&svg, options())
        .map_err(|e| format!("{}: the share image's SVG: {e}", page.image))?;
    let mut pixmap = tiny_skia::Pixmap::new(IMAGE_WIDTH, IMAGE_HEIGHT).ok_or("no pixmap")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    let png = pixmap
        .encode_png()
        .map_err(|e| format!("{}: {e}", page.image))?;
    let mut opts = oxipng::Options::from_preset(2);
    opts.strip = oxipng::StripChunks::Safe;
    oxipng::optimize_from_memory(&png, &opts).map_err(|e| format!("{}: {e}", page.image))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share;

    #[test]
    fn every_card_has_its_own_title_description_and_alt_in_its_language() {
        let pages = share::all();
        let cards: Vec<Card> = pages.iter().map(card).collect();
        for (p, c) in pages.iter().zip(&cards) {
            assert!(!c.title.trim().is_empty(), "{}", p.file);
            assert!(c.description.len() > 20, "{}: {}", p.file, c.description);
            assert!(!c.alt.contains('{'), "{}: {}", p.file, c.alt);
            assert!(
                !c.description.contains("]("),
                "plain text: {}",
                c.description
            );
            if let Target::Preset(_) = p.target {
                let qualifier = match p.lang {
                    Lang::Nl => "in dit denkmodel",
                    Lang::En => "in this model",
                };
                assert!(
                    c.description.to_lowercase().contains(qualifier),
                    "{}: {}",
                    p.file,
                    c.description
                );
            }
        }
        // Every card differs from every other in the same language.
        for (i, a) in pages.iter().enumerate() {
            for (j, b) in pages.iter().enumerate() {
                if i < j && a.lang == b.lang {
                    assert_ne!(cards[i].title, cards[j].title, "{} {}", a.file, b.file);
                }
            }
        }
    }

    #[test]
    fn text_wraps_within_the_card() {
        let long = "De wijkteams hebben hun handen vol aan individuele hulp, en gemeenten vragen om meer preventie";
        let lines = wrap(long, 34.0, false, 600.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        for l in &lines {
            assert!(width(l, 34.0, false) <= 600.0, "{l}");
        }
        assert_eq!(
            wrap("Kort", 34.0, false, 600.0, 3),
            vec!["Kort".to_string()]
        );
        assert!(width("Opbouwwerk", 34.0, true) > width("Opbouwwerk", 34.0, false));
    }

    #[test]
    fn an_image_is_a_1200_by_630_png() {
        let page = &share::all()[1];
        let png = image_png(page).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        let w = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let h = u32::from_be_bytes(png[20..24].try_into().unwrap());
        assert_eq!((w, h), (IMAGE_WIDTH, IMAGE_HEIGHT));
        // The same bytes every time.
        assert_eq!(png, image_png(page).unwrap());
    }
}
