//! Prerendered HTML: the built pages and the CMS fragment carry the
//! explainer; the WebAssembly takes it over for every config variant with no
//! second render and no layout shift; HTML that does not fit is rendered
//! afresh; and every section can be read when the WebAssembly never runs.
//!
//! - `built.rs`: the built pages hold what the prerenderer gives;
//! - `pages.rs`: the host pages these checks open;
//! - `hydration.rs`: the WebAssembly taking over, variant by variant;
//! - `fallback.rs`: HTML that does not fit, a reader quicker than the WebAssembly;
//! - `editions.rs`: the Ukrainian edition's page, the switch between editions;
//! - `embeds.rs`: the CMS fragment, the example article, the iframe page;
//! - `layout_shift.rs`: nothing moves meanwhile;
//! - `mid_takeover.rs`: switching edition before the takeover ends;
//! - `without_wasm.rs`: reading when it never runs.

mod built;
mod editions;
mod embeds;
mod fallback;
mod hydration;
mod layout_shift;
mod mid_takeover;
mod pages;
mod switching;
mod without_wasm;

pub use built::built_pages;
pub use pages::write;

use crate::checks::Checks;
use crate::engines::Engine;

pub fn add_checks(checks: &mut Checks) {
    if !checks.prefs.dark {
        checks.add(
            "prerendered: the WebAssembly takes over the page's explainer",
            |page, cx| Box::pin(hydration::the_page_is_hydrated(page, cx.base)),
        );
        checks.add(
            "editions: the Ukrainian page is taken over in Ukrainian",
            |page, cx| {
                Box::pin(editions::the_ukrainian_page_is_taken_over_in_ukrainian(
                    page, cx,
                ))
            },
        );
        checks.add(
            "editions: axe-core finds no WCAG 2.2 A/AA violation on the Ukrainian page",
            |page, cx| {
                Box::pin(editions::axe_finds_nothing_on_the_ukrainian_page(
                    page, cx.base, cx.axe,
                ))
            },
        );
        checks.add(
            "editions: the Ukrainian page at 375 and 1280 px, laid out, with screenshots",
            |page, cx| {
                Box::pin(editions::the_ukrainian_page_at_a_phone_and_a_desktop(
                    page, cx,
                ))
            },
        );
        checks.add(
            "editions: the iframe's page opens the Ukrainian edition for ?lang=uk",
            |page, cx| {
                Box::pin(editions::the_frame_opens_the_ukrainian_edition_for_lang_uk(
                    page, cx,
                ))
            },
        );
        checks.add(
            "editions: the Ukrainian CMS fragment is taken over in Ukrainian, with its map",
            |page, cx| {
                Box::pin(editions::the_ukrainian_fragment_is_taken_over_in_ukrainian(
                    page, cx,
                ))
            },
        );
        checks.add(
            "editions: the switch is links the keyboard reaches, to the other edition's page",
            |page, cx| {
                Box::pin(editions::the_switch_goes_to_the_other_edition_by_keyboard(
                    page, cx.base,
                ))
            },
        );
        checks.add(
            "editions: the switch shows the other edition in place, open sections and focus kept",
            |page, cx| {
                Box::pin(switching::the_switch_changes_the_edition_in_place(
                    page, cx.base,
                ))
            },
        );
        checks.add(
            "prerendered: every config variant hydrates to what a fresh render makes",
            |page, cx| {
                Box::pin(hydration::every_variant_hydrates_as_it_renders(
                    page, cx.host,
                ))
            },
        );
        checks.add(
            "prerendered: HTML that does not fit is rendered afresh, with a warning",
            |page, cx| {
                Box::pin(fallback::html_that_does_not_fit_is_rendered_afresh(
                    page, cx.host,
                ))
            },
        );
        checks.add(
            "prerendered: sections toggled before the WebAssembly stay as the reader left them",
            |page, cx| {
                Box::pin(fallback::toggles_before_the_webassembly_carry_over(
                    page, cx.host,
                ))
            },
        );
        checks.add(
            "prerendered: HTML changed during the takeover stops it with a warning, not a panic",
            |page, cx| {
                Box::pin(fallback::html_changed_during_the_takeover_stops_it(
                    page, cx.host,
                ))
            },
        );
        checks.add(
            "prerendered: the frame page hydrates, or renders afresh with options in its address",
            |page, cx| {
                Box::pin(embeds::the_frame_page_hydrates_or_takes_its_options(
                    page, cx.base,
                ))
            },
        );
        checks.add(
            "prerendered: the example article's prerendered embed hydrates",
            |page, cx| Box::pin(embeds::the_example_article_hydrates(page, cx.base)),
        );
        checks.add(
            "prerendered: the CMS fragment hydrates under a strict CSP",
            |page, cx| Box::pin(embeds::cms_fragment_hydrates(page, cx.host)),
        );
    }
    if checks.engine == Engine::Chromium && !checks.prefs.dark {
        // Layout shift entries and DevTools commands are Chromium's.
        checks.add(
            "prerendered: no layout shift when the WebAssembly takes over",
            |page, cx| Box::pin(layout_shift::no_layout_shift(page, cx.base, cx.host)),
        );
        checks.add(
            "editions: a switch between the takeover's parts keeps the section opened before it",
            |page, cx| {
                Box::pin(
                    mid_takeover::the_switch_mid_takeover_keeps_the_open_section(page, cx.base),
                )
            },
        );
        checks.add(
            "without JavaScript: every section open, no controls; a script embed shows its host's link",
            |page, cx| Box::pin(without_wasm::without_javascript(page, cx.base, cx.host)),
        );
        checks.add(
            "the .wasm request fails: every section opens, no control that cannot work",
            |page, cx| Box::pin(without_wasm::wasm_request_fails(page, cx.host)),
        );
        checks.add(
            "a CSP blocks WebAssembly: every section opens, no control that cannot work",
            |page, cx| Box::pin(without_wasm::csp_blocks_webassembly(page, cx.host)),
        );
        checks.add(
            "a browser without WebAssembly: every section opens, no control that cannot work",
            |page, cx| Box::pin(without_wasm::browser_without_webassembly(page, cx.host)),
        );
    }
    checks.add(
        "the plain rendition for feeds reads, and its sections open by a click",
        |page, cx| Box::pin(without_wasm::plain_rendition_reads_and_opens(page, cx.base)),
    );
}

/// A session whose engine runs no page script at all (Firefox can start so).
pub fn add_checks_without_javascript(checks: &mut Checks) {
    checks.add_without_loading(
        "every section open, no controls; a script embed shows its host's link",
        |page, cx| {
            Box::pin(without_wasm::reads_without_javascript(
                page, cx.base, cx.host,
            ))
        },
    );
    checks.add_without_loading(
        "the plain rendition reads, and its sections open, with no script",
        |page, cx| Box::pin(without_wasm::plain_rendition_reads_and_opens(page, cx.base)),
    );
}
