//! The loop impulse: a ring that runs once around the reinforcing loop.

use leptos::prelude::*;

use super::context::Ctx;
use super::names::label;
use crate::browser::prefers_reduced_motion;
use crate::content::{Lang, LoopKind};
use crate::state::{t_in, use_app};

/// The loop impulse: whether it runs, and which run it is (a stopped run's
/// pending step must not move the ring of the next one).
#[derive(Clone, Copy)]
pub(super) struct Player {
    pub running: RwSignal<bool>,
    pub run: StoredValue<u32>,
}

/// Runs the impulse once around the reinforcing loop, node to node; with
/// reduced motion the whole loop lights up at once instead. A second press stops.
pub(super) fn play(cx: Ctx, lang: Lang, p: Player) {
    let Some(lp) = cx.d.loops.iter().find(|l| l.kind == LoopKind::Reinforcing) else {
        return;
    };
    p.run.update_value(|r| *r += 1);
    if p.running.get_untracked() {
        p.running.set(false);
        cx.impulse.set(None);
        cx.impulse_all.set(false);
        return;
    }
    p.running.set(true);
    let path: Vec<&str> = lp
        .nodes
        .iter()
        .chain(lp.nodes.first())
        .map(|n| label(lang, n))
        .collect();
    let t = t_in(lang);
    use_app()
        .announce
        .set(format!("{} {}", t("diagram_impulse"), path.join(" → ")));
    if prefers_reduced_motion() {
        cx.impulse_all.set(true);
        return;
    }
    let steps: Vec<&'static str> = lp
        .nodes
        .iter()
        .chain(lp.nodes.first())
        .map(String::as_str)
        .collect();
    impulse_step(cx, p, p.run.get_value(), steps, 0);
}

fn impulse_step(cx: Ctx, p: Player, run: u32, steps: Vec<&'static str>, i: usize) {
    if p.run.try_get_value() != Some(run) {
        return;
    }
    match steps.get(i).copied() {
        Some(id) => {
            cx.impulse.try_set(Some(id));
            set_timeout(
                move || impulse_step(cx, p, run, steps, i + 1),
                std::time::Duration::from_millis(900),
            );
        }
        None => {
            cx.impulse.try_set(None);
            p.running.try_set(false);
        }
    }
}
