//! The footer: what this explainer is, and the hosting organisation's call
//! to action when the build has a site configuration.

use leptos::prelude::*;

use crate::state::use_app;

/// The call to action of the site configuration, if any.
#[component]
pub fn CallToAction() -> impl IntoView {
    use_app().site.map(|cfg| {
        view! {
            <aside class="cta" aria-label=cfg.organisation.clone()>
                <p class="cta-org">{cfg.organisation.clone()}</p>
                <a class="cta-link" href=cfg.cta_url.clone() rel="noopener">{cfg.cta_text.clone()}</a>
            </aside>
        }
    })
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let state = use_app();
    view! {
        <footer class="site-footer">
            <CallToAction/>
            <p>{move || state.t("footer_about")}</p>
        </footer>
    }
}
