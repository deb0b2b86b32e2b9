//! The embed-code dialog ("Insluiten"), opened from the site header: choose
//! what to embed (the whole explainer, a section or a diagram), the
//! language and whether to show the title, and copy an `<iframe>` snippet
//! plus the host script that sizes it. A native `<dialog>` opened with
//! `showModal`: it traps focus, Escape closes it, and focus returns to the
//! button that opened it.
//!
//! The dialog is rendered the first time it is asked for, not with the
//! header: most readers never open it, and its thirty-odd options were a
//! good part of the page app's first render (the task that keeps the main
//! thread busy when the app starts), and of the prerendered page's bytes.

use leptos::{ev, prelude::*, task::spawn_local};

use crate::browser;
use crate::content::Lang;
use crate::embed_code::snippet;
use crate::ids;
use crate::state::{all, use_app};

const DIALOG_ID: &str = "embed-dialog";
const OPENER_ID: &str = "embed-open";
const CODE_ID: &str = "embed-code";
/// The header button and the dialog it opens.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let state = use_app();
    // What to embed: `None` is the whole explainer.
    let what = RwSignal::new(None::<String>);
    let lang = RwSignal::new(state.lang());
    let show_title = RwSignal::new(true);
    // The deployment's folder, read from the browser when the dialog opens.
    let folder = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    // Asked for once: the dialog is rendered from then on.
    let asked = RwSignal::new(false);
    let code = Memo::new(move |_| {
        what.with(|w| {
            snippet(
                all(),
                &folder.get(),
                w.as_deref(),
                lang.get(),
                show_title.get(),
            )
        })
    });

    let open = move |_| {
        folder.set(browser::base_folder());
        lang.set(state.lang());
        status.set(String::new());
        if asked.get_untracked() {
            browser::set_dialog_open(DIALOG_ID, true);
        } else {
            // Opened by the dialog itself once it is in the page (below).
            asked.set(true);
        }
    };
    let close = move |_| browser::set_dialog_open(DIALOG_ID, false);
    let on_close = move |_: ev::Event| browser::focus(OPENER_ID);
    let copy = move |_| {
        let text = code.get_untracked();
        spawn_local(async move {
            if browser::copy_text(&text).await {
                status.set(state.t("embed_copied"));
            } else {
                status.set(state.t("embed_copy_manual"));
                request_animation_frame(move || browser::select_text(CODE_ID));
            }
        });
    };
    let choose = move |e: ev::Event| {
        let v = event_target_value(&e);
        what.set((v != "1").then_some(v));
        status.set(String::new());
    };

    let sections = move || {
        state
            .locale()
            .sections
            .iter()
            .map(|s| {
                let id = s.id.as_str();
                view! { <option value=id selected=move || what.with(|w| w.as_deref() == Some(id))>{s.title.as_str()}</option> }
            })
            .collect_view()
    };
    let diagrams = move || {
        ids::diagrams_in_reading_order()
            .map(|d| {
                let id = d.id;
                view! {
                    <option value=id selected=move || what.with(|w| w.as_deref() == Some(id))>
                        {state.locale().ui(d.name).to_string()}
                    </option>
                }
            })
            .collect_view()
    };
    let lang_choice = move |l: Lang, label: &'static str| {
        view! {
            <label class="embed-choice">
                <input type="radio" name="embed-lang" value=l.code()
                    prop:checked=move || lang.get() == l
                    on:change=move |_| { lang.set(l); status.set(String::new()); }/>
                <span>{move || state.t(label)}</span>
            </label>
        }
    };

    let dialog = move || {
        // Runs once the dialog is in the page: the first open.
        Effect::new(move |_| browser::set_dialog_open(DIALOG_ID, true));
        view! {
        <dialog id=DIALOG_ID class="embed-dialog" aria-labelledby="embed-dialog-title" on:close=on_close>
            <div class="embed-dialog-head">
                <h2 id="embed-dialog-title">{move || state.t("embed_dialog_title")}</h2>
                <button type="button" class="icon-button embed-close-x" on:click=close
                    aria-label=move || state.t("embed_close")>"×"</button>
            </div>
            <p class="embed-intro">{move || state.t("embed_dialog_intro")}</p>
            <div class="embed-field">
                <label for="embed-what">{move || state.t("embed_what")}</label>
                <select id="embed-what" on:change=choose>
                    <option value="1" selected=move || what.with(Option::is_none)>{move || state.t("embed_whole")}</option>
                    <optgroup label=move || state.t("embed_sections")>{sections}</optgroup>
                    <optgroup label=move || state.t("embed_diagrams")>{diagrams}</optgroup>
                </select>
            </div>
            <fieldset class="embed-field embed-langs">
                <legend>{move || state.t("embed_lang")}</legend>
                {lang_choice(Lang::Nl, "embed_lang_nl")}
                {lang_choice(Lang::En, "embed_lang_en")}
            </fieldset>
            <label class="embed-field embed-choice">
                <input type="checkbox" id="embed-show-title" prop:checked=move || show_title.get()
                    on:change=move |e| { show_title.set(event_target_checked(&e)); status.set(String::new()); }/>
                <span>{move || state.t("embed_show_title")}</span>
            </label>
            <div class="embed-field">
                <label for=CODE_ID>{move || state.t("embed_code")}</label>
                <textarea id=CODE_ID class="embed-code" readonly rows="6" spellcheck="false"
                    aria-describedby="embed-code-hint" prop:value=move || code.get()></textarea>
                <p id="embed-code-hint" class="embed-hint">{move || state.t("embed_code_hint")}</p>
            </div>
            <div class="embed-actions">
                <button type="button" class="button primary" id="embed-copy" on:click=copy>{move || state.t("embed_copy")}</button>
                <button type="button" class="button" on:click=close>{move || state.t("embed_close")}</button>
            </div>
            <p class="embed-status" role="status">{move || status.get()}</p>
        </dialog>
        }
    };

    view! {
        <button type="button" id=OPENER_ID class="icon-button" aria-haspopup="dialog"
            aria-label=move || state.t("embed_open_label") on:click=open>
            {move || state.t("embed_open")}
        </button>
        {move || asked.get().then(dialog)}
    }
}
