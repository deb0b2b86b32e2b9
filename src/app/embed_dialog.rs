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
use crate::content::{Lang, Locale};
use crate::ids;
use crate::pages;
use crate::state::{all, use_app};
use crate::url_state::{Fragment, Mode, UrlState};

const DIALOG_ID: &str = "embed-dialog";
const OPENER_ID: &str = "embed-open";
const CODE_ID: &str = "embed-code";
/// Initial frame height for hosts that leave out the script.
const FALLBACK_HEIGHT: u32 = 800;

/// Escapes text for an HTML attribute value in double quotes.
pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// The name of what is embedded, in `loc`'s language: the explainer's name,
/// plus the section's or diagram's name.
pub fn frame_title(loc: &Locale, what: Option<&str>) -> String {
    let app = loc.ui("app_name");
    let part = what.and_then(|id| {
        loc.section(id)
            .map(|s| s.title.as_str())
            .or_else(|| ids::diagram(id).map(|d| loc.ui(d.name)))
    });
    match part {
        Some(part) => format!("{app}: {part}"),
        None => app.to_string(),
    }
}

/// The address of an embed: its page's file in `folder` (the deployment's
/// folder), which any static host serves as it is (`pages::address`), with
/// the query of the URL contract, which the page and the app read.
pub fn embed_src(folder: &str, what: Option<&str>, lang: Lang, show_title: bool) -> String {
    let url = UrlState {
        lang,
        mode: Mode::Embed {
            target: what.map(str::to_string),
            title: show_title,
        },
        ..UrlState::default()
    };
    pages::address(folder, &url, &Fragment::default())
}

/// The code a host pastes into its page: the frame and the sizing script.
/// `folder` is the deployment's folder (absolute), which holds the embed's
/// page and `embed.js`.
pub fn snippet(folder: &str, what: Option<&str>, lang: Lang, show_title: bool) -> String {
    let src = embed_src(folder, what, lang, show_title);
    let title = frame_title(all().locale(lang), what);
    format!(
        "<iframe data-opbouwwerk-embed src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{FALLBACK_HEIGHT}\" style=\"border:0;width:100%\"></iframe>\n<script src=\"{}embed.js\" async></script>",
        escape_attr(&src),
        escape_attr(&title),
        escape_attr(folder),
    )
}

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
        what.with(|w| snippet(&folder.get(), w.as_deref(), lang.get(), show_title.get()))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url_state::is_embeddable;

    #[test]
    fn the_snippet_is_absolute_escaped_and_follows_the_url_contract() {
        let s = snippet(
            "https://example.org/uitleg/",
            Some("de-nieuwe-spagaat"),
            Lang::En,
            false,
        );
        // The embed's own page, which a static host serves as it is, with the contract's query.
        assert!(
            s.starts_with("<iframe data-opbouwwerk-embed src=\"https://example.org/uitleg/embed-de-nieuwe-spagaat-en-notitle.html?lang=en&amp;embed=de-nieuwe-spagaat&amp;title=0\""),
            "{s}"
        );
        assert!(
            s.contains(" loading=\"lazy\"")
                && s.contains(" width=\"100%\"")
                && s.contains(" title=\"Opbouwwerk explained: ")
        );
        assert!(
            s.ends_with("<script src=\"https://example.org/uitleg/embed.js\" async></script>"),
            "{s}"
        );
        let whole = snippet("https://x.nl/", None, Lang::Nl, true);
        assert!(
            whole.contains("src=\"https://x.nl/embed-1-nl.html?embed=1\""),
            "{whole}"
        );
        assert!(whole.contains("title=\"Opbouwwerk uitgelegd\""), "{whole}");
        assert_eq!(escape_attr("a\"<b>&"), "a&quot;&lt;b&gt;&amp;");
    }

    #[test]
    fn every_choice_is_embeddable_and_named_in_both_languages() {
        for d in ids::DIAGRAMS {
            assert!(is_embeddable(d.id), "{}", d.id);
            for lang in Lang::ALL {
                assert!(
                    all().locale(lang).ui.contains_key(d.name),
                    "{} missing in {}",
                    d.name,
                    lang.code()
                );
            }
        }
        for s in &all().nl.sections {
            assert!(is_embeddable(&s.id), "{}", s.id);
        }
    }

    #[test]
    fn embed_strings_have_identical_keys_in_both_languages() {
        let keys = |l: &Locale| {
            l.ui.keys()
                .filter(|k| k.starts_with("embed_"))
                .cloned()
                .collect::<Vec<_>>()
        };
        assert_eq!(keys(&all().nl), keys(&all().en));
        assert!(keys(&all().nl).len() >= 20);
    }
}
