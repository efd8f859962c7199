//! Where the person's answers are kept, the choice to keep them on this
//! device, and "Clear my answers", always in reach.

use leptos::prelude::*;

use crate::config::StartConfig;
use crate::l10n::use_i18n;
use crate::live_region::announce;
use crate::msg;
use crate::wizard::Wizard;

/// The footer section about the person's answers.
#[component]
pub fn AnswersFooter() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let links = expect_context::<StartConfig>().links;
    let site_links = [
        (links.privacy, msg!("footer-privacy")),
        (links.accessibility, msg!("footer-accessibility")),
        (links.procedure, msg!("footer-procedure")),
    ]
    .into_iter()
    .filter_map(|(href, label)| href.map(|href| (href, label)))
    .collect::<Vec<_>>();
    let confirming = RwSignal::new(false);
    // Mounted, keeping the answers on the device is not offered (see
    // `Wizard::open`).
    let mounted = crate::embed::mode() == crate::embed::Mode::Mounted;
    let where_kept = move || {
        if wizard.on_device.get() {
            i18n.t("answers-kept-device")
        } else {
            i18n.t("answers-kept-tab")
        }
    };
    let toggle = move |_| {
        let on = !wizard.on_device.get_untracked();
        wizard.on_device.set(on);
        announce(&if on {
            i18n.t("answers-kept-device")
        } else {
            i18n.t("answers-kept-tab")
        });
    };
    let clear = move |_| {
        confirming.set(false);
        wizard.clear();
        announce(&i18n.t("answers-cleared"));
    };
    let inner = view! {
            <div class="redress-footer__inner">
                <h2 class="redress-heading-s">{i18n.text("answers-heading")}</h2>
                <p class="redress-body">{where_kept}</p>
                <p class="redress-body redress-hint">{i18n.text("answers-shared-warning")}</p>
                <div class="redress-button-group">
                    {(!mounted)
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="redress-button redress-button--secondary"
                                    on:click=toggle
                                >
                                    {move || {
                                        if wizard.on_device.get() {
                                            i18n.t("answers-keep-tab")
                                        } else {
                                            i18n.t("answers-keep-device")
                                        }
                                    }}
                                </button>
                            }
                        })}
                    {move || {
                        if confirming.get() {
                            view! {
                                <p class="redress-body" role="alert">{i18n.text("answers-clear-sure")}</p>
                                <button type="button" class="redress-button redress-button--warning" on:click=clear>
                                    {i18n.text("answers-clear-yes")}
                                </button>
                                <button
                                    type="button"
                                    class="redress-button redress-button--secondary"
                                    on:click=move |_| confirming.set(false)
                                >
                                    {i18n.text("answers-clear-no")}
                                </button>
                            }
                                .into_any()
                        } else {
                            view! {
                                <button
                                    type="button"
                                    class="redress-button redress-button--secondary"
                                    on:click=move |_| confirming.set(true)
                                >
                                    {i18n.text("answers-clear")}
                                </button>
                            }
                                .into_any()
                        }
                    }}
                </div>
                {(!site_links.is_empty())
                    .then(|| {
                        view! {
                            <ul class="redress-footer__links">
                                {site_links
                                    .into_iter()
                                    .map(|(href, label)| {
                                        view! {
                                            <li>
                                                <a class="redress-link" href=href>{i18n.text(label)}</a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })}
            </div>
    };
    // Mounted, the host page has the page's footer; this is only a section.
    if mounted {
        view! { <div class="redress-footer">{inner}</div> }.into_any()
    } else {
        view! { <footer class="redress-footer">{inner}</footer> }.into_any()
    }
}
