//! Plain geometry for the diagrams: label wrapping, box sizes, link paths
//! and which node an arrow key moves to. No web-sys, so it is tested
//! natively; positions themselves come from the content data.

use crate::decimal::tenths;

/// Font size of node labels, in diagram units. The SVG never shrinks below
/// 640 px for an 800-unit diagram (see `style/diagrams.css`), so 15 units
/// stay at least 12 px on screen.
pub const FONT: f32 = 15.0;
/// Line height of node labels.
pub const LINE_H: f32 = 18.0;
/// Node box width.
pub const NODE_W: f32 = 150.0;
/// Characters that fit on one line of a node box (about 0.55 em each).
pub const LINE_CHARS: usize = 16;
const PAD_Y: f32 = 9.0;

/// Greedy word wrap to lines of at most `max` characters (a longer word gets
/// a line of its own).
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let fits = line.chars().count() + 1 + word.chars().count() <= max;
        if line.is_empty() {
            line.push_str(word);
        } else if fits {
            line.push(' ');
            line.push_str(word);
        } else {
            lines.push(std::mem::take(&mut line));
            line.push_str(word);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Height of a node box holding `lines` lines of label.
pub fn node_height(lines: usize) -> f32 {
    lines.max(1) as f32 * LINE_H + 2.0 * PAD_Y
}

/// A box around a centre, by half sizes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub cx: f32,
    pub cy: f32,
    pub hw: f32,
    pub hh: f32,
}

impl Rect {
    /// Where a ray from the centre towards `(tx, ty)` leaves the box.
    pub fn exit_towards(&self, tx: f32, ty: f32) -> (f32, f32) {
        let (dx, dy) = (tx - self.cx, ty - self.cy);
        if dx == 0.0 && dy == 0.0 {
            return (self.cx, self.cy);
        }
        let sx = if dx == 0.0 {
            f32::INFINITY
        } else {
            self.hw / dx.abs()
        };
        let sy = if dy == 0.0 {
            f32::INFINITY
        } else {
            self.hh / dy.abs()
        };
        let s = sx.min(sy);
        (self.cx + dx * s, self.cy + dy * s)
    }
}

/// Everything needed to draw one link.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkGeom {
    /// SVG path data of the line (stops short of the end mark).
    pub d: String,
    /// Tip of the line at the target box.
    pub tip: (f32, f32),
    /// Unit direction of the line at the tip.
    pub dir: (f32, f32),
    /// Middle of the line and the unit tangent there (for delay marks).
    pub mid: (f32, f32),
    pub mid_dir: (f32, f32),
    /// A spot beside the line near its end (for the polarity sign).
    pub label: (f32, f32),
}

fn unit(dx: f32, dy: f32) -> (f32, f32) {
    let len = (dx * dx + dy * dy).sqrt().max(0.001);
    (dx / len, dy / len)
}

/// The path from box `a` to box `b`, bent sideways by `bend` units (0 for a
/// straight line; parallel links get different bends).
pub fn link_geom(a: Rect, b: Rect, bend: f32) -> LinkGeom {
    let (ux, uy) = unit(b.cx - a.cx, b.cy - a.cy);
    let (nx, ny) = (-uy, ux);
    // Control point of a quadratic curve whose middle lies `bend` aside.
    let (mx, my) = ((a.cx + b.cx) / 2.0, (a.cy + b.cy) / 2.0);
    let (cx, cy) = (mx + nx * bend * 2.0, my + ny * bend * 2.0);
    let start = a.exit_towards(cx, cy);
    let tip = b.exit_towards(cx, cy);
    let dir = unit(tip.0 - cx, tip.1 - cy);
    // Leave room for the end mark.
    let end = (tip.0 - dir.0 * 8.0, tip.1 - dir.1 * 8.0);
    let d = if bend == 0.0 {
        format!(
            "M{},{} L{},{}",
            tenths(start.0),
            tenths(start.1),
            tenths(end.0),
            tenths(end.1)
        )
    } else {
        format!(
            "M{},{} Q{},{} {},{}",
            tenths(start.0),
            tenths(start.1),
            tenths(cx),
            tenths(cy),
            tenths(end.0),
            tenths(end.1)
        )
    };
    let mid = (
        0.25 * start.0 + 0.5 * cx + 0.25 * tip.0,
        0.25 * start.1 + 0.5 * cy + 0.25 * tip.1,
    );
    let mid_dir = unit(tip.0 - start.0, tip.1 - start.1);
    let near = (tip.0 - dir.0 * 22.0, tip.1 - dir.1 * 22.0);
    let label = (near.0 + dir.1 * 13.0, near.1 - dir.0 * 13.0);
    LinkGeom {
        d,
        tip,
        dir,
        mid,
        mid_dir,
        label,
    }
}

/// Bends for links that share a pair of nodes: each gets its own lane, so
/// none hides another. `pairs[i]` is link i's (from, to).
pub fn bends(pairs: &[(&str, &str)]) -> Vec<f32> {
    fn key<'a>((a, b): (&'a str, &'a str)) -> (&'a str, &'a str) {
        if a <= b {
            (a, b)
        } else {
            (b, a)
        }
    }
    pairs
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            let same: Vec<usize> = (0..pairs.len())
                .filter(|&j| key(pairs[j]) == key(p))
                .collect();
            if same.len() < 2 {
                return 0.0;
            }
            let rank = same.iter().position(|&j| j == i).unwrap_or(0) as f32;
            let offset = (rank - (same.len() as f32 - 1.0) / 2.0) * 26.0;
            // Measure the offset in the pair's own frame, whatever this link's direction.
            if p.0 <= p.1 {
                offset
            } else {
                -offset
            }
        })
        .collect()
}

/// The points of an end mark (arrowhead) at `tip`, pointing along `dir`.
pub fn arrowhead(tip: (f32, f32), dir: (f32, f32), size: f32) -> String {
    let (bx, by) = (tip.0 - dir.0 * size, tip.1 - dir.1 * size);
    let (nx, ny) = (-dir.1 * size * 0.55, dir.0 * size * 0.55);
    format!(
        "{},{} {},{} {},{}",
        tenths(tip.0),
        tenths(tip.1),
        tenths(bx + nx),
        tenths(by + ny),
        tenths(bx - nx),
        tenths(by - ny)
    )
}

/// A short stroke across the line at `at` (bar ends and delay marks), as path data.
pub fn cross_bar(at: (f32, f32), dir: (f32, f32), half: f32) -> String {
    let (nx, ny) = (-dir.1 * half, dir.0 * half);
    format!(
        "M{},{} L{},{}",
        tenths(at.0 + nx),
        tenths(at.1 + ny),
        tenths(at.0 - nx),
        tenths(at.1 - ny)
    )
}

/// Arrow-key directions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Left,
    Right,
    Up,
    Down,
}

impl Dir {
    pub fn from_key(key: &str) -> Option<Dir> {
        match key {
            "ArrowLeft" => Some(Dir::Left),
            "ArrowRight" => Some(Dir::Right),
            "ArrowUp" => Some(Dir::Up),
            "ArrowDown" => Some(Dir::Down),
            _ => None,
        }
    }

    fn vector(self) -> (f32, f32) {
        match self {
            Dir::Left => (-1.0, 0.0),
            Dir::Right => (1.0, 0.0),
            Dir::Up => (0.0, -1.0),
            Dir::Down => (0.0, 1.0),
        }
    }
}

/// Which candidate an arrow key moves to from `from`: the one most nearly in
/// that direction (distance along it, plus twice the distance across it).
/// `candidates` are (index, x, y); `None` when nothing lies that way.
pub fn step(from: (f32, f32), candidates: &[(usize, f32, f32)], dir: Dir) -> Option<usize> {
    let (vx, vy) = dir.vector();
    candidates
        .iter()
        .filter_map(|&(i, x, y)| {
            let (dx, dy) = (x - from.0, y - from.1);
            let along = dx * vx + dy * vy;
            let across = (dx * vy - dy * vx).abs();
            (along > 0.5).then_some((i, along + 2.0 * across))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_words() {
        assert_eq!(
            wrap("Druk op individuele hulpverlening", 16),
            ["Druk op", "individuele", "hulpverlening"]
        );
        assert_eq!(wrap("", 16), Vec::<String>::new());
        assert_eq!(
            wrap("een-heel-lang-woord-zonder-spatie", 5),
            ["een-heel-lang-woord-zonder-spatie"]
        );
    }

    #[test]
    fn leaves_boxes_at_their_edge() {
        let r = Rect {
            cx: 100.0,
            cy: 100.0,
            hw: 50.0,
            hh: 20.0,
        };
        assert_eq!(r.exit_towards(300.0, 100.0), (150.0, 100.0));
        assert_eq!(r.exit_towards(100.0, 0.0), (100.0, 80.0));
    }

    #[test]
    fn parallel_links_get_their_own_lanes() {
        assert_eq!(bends(&[("a", "b")]), [0.0]);
        let b = bends(&[("a", "b"), ("b", "a")]);
        // Opposite directions, opposite frames: the same side in the pair's frame would overlap.
        assert_ne!(b[0], 0.0);
        assert_eq!(b[0], b[1]);
        let b = bends(&[("a", "b"), ("a", "b"), ("a", "b"), ("c", "d")]);
        assert_eq!(b, [-26.0, 0.0, 26.0, 0.0]);
    }

    #[test]
    fn arrow_keys_pick_the_node_that_way() {
        let nodes = [
            (0, 100.0, 0.0),
            (1, 0.0, 100.0),
            (2, 100.0, 100.0),
            (3, -100.0, 10.0),
        ];
        assert_eq!(step((0.0, 0.0), &nodes, Dir::Right), Some(0));
        assert_eq!(step((0.0, 0.0), &nodes, Dir::Down), Some(1));
        assert_eq!(step((0.0, 0.0), &nodes, Dir::Left), Some(3));
        assert_eq!(step((0.0, 0.0), &nodes, Dir::Up), None);
    }
}
