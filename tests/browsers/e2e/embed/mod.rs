//! The embedding checks: three explainers and two iframes on a host article
//! served from another origin than the explainer's files, under a hostile
//! stylesheet and a strict Content-Security-Policy.
//!
//! - `host.rs`: reaching into a host page's explainers;
//! - `styles.rs`, `inherited.rs`: the host's styles and the widget's stay apart;
//! - `instances.rs`: several explainers, their config, their handles;
//! - `events.rs`: events for the host, and the host's links to sections;
//! - `iframe.rs`: the iframe embed's height and messages, in a sandbox too;
//! - `oembed.rs`: the iframe embed as a CMS pastes it from oEmbed;
//! - `policies.rs`: CSP, Trusted Types, files served by nginx;
//! - `lifecycle.rs`: explainers that come and go with their articles;
//! - `loading.rs`: the lazy start; `remember.rs`: remembered sections;
//! - `element.rs`: the custom element `<nato-ukraine-explainer>`;
//! - `fallback.rs`: the host's own link inside a placeholder, for readers the explainer cannot reach;
//! - `bundled.rs`: the npm package in an app bundled by Vite;
//! - `direction.rs`: its own direction in a right-to-left page;
//! - `editions.rs`, `switch.rs`, `frame_switch.rs`: another edition, and the switch in the
//!   header, on a host page and in the iframe.

mod bundled;
mod direction;
mod editions;
mod element;
mod events;
mod fallback;
mod frame_switch;
mod host;
mod iframe;
mod inherited;
mod instances;
mod lifecycle;
mod loading;
mod oembed;
mod policies;
mod remember;
mod styles;
mod switch;

pub use bundled::copy_app as copy_bundled_app;
pub use fallback::the_fallback_shows_without_javascript;
pub use host::{assets_of, fetches, inside};
pub use oembed::write_consumer_page;

/// Writes the pages of the loader's own options (lazy start, remembered
/// sections), of its custom element and of the host's fallback into `dir`.
pub fn write_loader_pages(
    dir: &std::path::Path,
    assets: &str,
    files: &nato_ukraine_explainer::prerender::BuiltFiles,
) -> std::io::Result<()> {
    loading::write_pages(dir, assets, files)?;
    element::write_pages(dir, assets)?;
    fallback::write_pages(dir, assets)?;
    remember::write_pages(dir, assets, files)
}

use crate::checks::Checks;
use crate::engines::Engine;
use crate::map;

pub fn add_checks(checks: &mut Checks) {
    if checks.prefs.dark {
        return;
    }
    checks.add(
        "embed: a hostile host stylesheet changes nothing in the widget",
        |page, cx| Box::pin(styles::hostile_css_changes_nothing(page, cx.host)),
    );
    checks.add(
        "embed: the host's theme properties reach the widget",
        |page, cx| Box::pin(styles::theme_hooks_reach_the_widget(page, cx.host)),
    );
    checks.add(
        "embed: the widget's styles do not leak into the host",
        |page, cx| Box::pin(styles::nothing_leaks_into_the_host(page, cx.host)),
    );
    checks.add(
        "embed: independent instances, data-* config, one warning per bad value",
        |page, cx| Box::pin(instances::instances_and_config(page, cx.host)),
    );
    checks.add(
        "embed: handle methods take any value and never throw",
        |page, cx| Box::pin(instances::handle_methods_never_throw(page, cx.host)),
    );
    checks.add(
        "embed: mount() of no element warns and resolves; an edition's texts that failed to come are fetched again",
        |page, cx| {
            Box::pin(instances::mount_survives_no_element_and_a_failed_fetch(
                page, cx.host,
            ))
        },
    );
    checks.add(
        "embed: toggle and feedback events, focus kept, thanks announced",
        |page, cx| Box::pin(events::events_and_feedback(page, cx.host)),
    );
    checks.add(
        "embed: section links on the host page open and copy",
        |page, cx| Box::pin(events::section_links_from_the_host(page, cx.host)),
    );
    checks.add(
        "embed: the iframe's height follows its content",
        |page, cx| Box::pin(iframe::iframe_follows_its_content(page, cx.host)),
    );
    checks.add(
        "embed: messages from other windows and into the frame are ignored",
        |page, cx| Box::pin(iframe::messages_are_checked(page, cx.host)),
    );
    checks.add("embed: the frame speaks Pym.js", |page, cx| {
        Box::pin(iframe::speaks_pym(page, cx.host))
    });
    // WebKit's 'self' matches nothing in an opaque origin, so without a
    // public URL (which the frame's policy then names) it refuses the
    // frame's own files: said in the check's name, and checked as it is.
    let starts = checks.engine != Engine::WebKit;
    checks.add(
        if starts {
            "embed: a sandboxed iframe (no allow-same-origin) is sized, its headers work, it copies links"
        } else {
            "embed: a sandboxed iframe (no allow-same-origin) is sized and its headers work; this engine refuses its files under 'self' without a public URL, so no WebAssembly"
        },
        move |page, cx| Box::pin(iframe::sandboxed_frame_fits_and_works(page, cx.host, starts)),
    );
    checks.add(
        "embed: a CMS pastes it from its oEmbed description, and it fits",
        |page, cx| Box::pin(oembed::a_cms_embeds_it_by_oembed(page, cx.host)),
    );
    checks.add("embed: the frame tells AMP its height", |page, cx| {
        Box::pin(iframe::tells_amp_its_height(page, cx.host))
    });
    checks.add(
        "embed: cross-origin under a strict CSP, no violation",
        |page, cx| Box::pin(policies::no_csp_violation(page, cx.host)),
    );
    checks.add(
        "embed: the map comes from the explainer's origin in the script embed, the CMS fragment and the iframe page",
        |page, cx| Box::pin(map::works_in_every_embed(page, cx.host)),
    );
    checks.add(
        "embed: read from nginx with deploy/nginx.conf, from another origin",
        |page, cx| {
            Box::pin(async move {
                let nginx = cx
                    .nginx
                    .ok_or("nginx did not start (see the build check)")?;
                policies::through_nginx(page, cx.host, nginx).await
            })
        },
    );
    checks.add(
        "embed: data-lang=\"uk\" and lang=\"uk\" show the Ukrainian edition beside English ones",
        |page, cx| Box::pin(editions::lang_uk_shows_the_ukrainian_edition(page, cx.host)),
    );
    checks.add(
        "embed: Enter on the header's Українська switches that explainer in place, open sections and focus kept; mount()'s handle follows",
        |page, cx| Box::pin(switch::the_header_switch_changes_an_embed_in_place(page, cx.host)),
    );
    checks.add(
        "embed: the iframe's switch changes the edition in place, its options, open sections and focus kept",
        |page, cx| {
            Box::pin(frame_switch::the_frame_switch_changes_the_edition_in_place(
                page, cx.base, cx.engine,
            ))
        },
    );
    checks.add(
        "embed: a host page hears the iframe's switch of edition on the iframe",
        |page, cx| Box::pin(frame_switch::the_host_hears_the_frame_switch(page, cx.host)),
    );
    checks.add(
        "embed: its own direction in a right-to-left page, right to left when told as Arabic",
        |page, cx| {
            Box::pin(direction::reads_in_its_own_direction(
                page,
                cx.host,
                cx.screenshots,
                cx.engine,
            ))
        },
    );
    checks.add(
        "embed: articles that arrive later get explainers, which leave with them",
        |page, cx| {
            Box::pin(lifecycle::articles_that_arrive_later(
                page,
                cx.host,
                cx.engine == Engine::Chromium,
            ))
        },
    );
    checks.add(
        "embed: far down an article, no WebAssembly until the reader comes near; headers work meanwhile",
        |page, cx| Box::pin(loading::starts_when_the_reader_comes_near(page, cx.host)),
    );
    checks.add(
        "embed: data-loading=\"eager\" starts at once",
        |page, cx| Box::pin(loading::starts_at_once_when_asked(page, cx.host)),
    );
    checks.add(
        "embed: <nato-ukraine-explainer> mounts from its attributes, when created later, keeps its explainer when moved, frees it when removed",
        |page, cx| Box::pin(element::mounts_moves_and_leaves(page, cx.host)),
    );
    checks.add(
        "embed: <nato-ukraine-explainer>'s open, theme and lang change in place, read and warned about as at mount",
        |page, cx| Box::pin(element::attributes_change_it_in_place(page, cx.host)),
    );
    checks.add(
        "embed: <nato-ukraine-explainer> far down an article starts when the reader comes near",
        |page, cx| Box::pin(element::starts_when_the_reader_comes_near(page, cx.host)),
    );
    checks.add(
        "embed: a link the host puts in the placeholder gives way to the explainer",
        |page, cx| {
            Box::pin(fallback::the_fallback_gives_way_to_the_explainer(
                page, cx.host,
            ))
        },
    );
    checks.add(
        "embed: a link the host puts in the placeholder stays when the WebAssembly cannot start",
        |page, cx| {
            Box::pin(fallback::the_fallback_stays_when_the_webassembly_cannot_start(page, cx.host))
        },
    );
    checks.add(
        "embed: the npm package in an app bundled by Vite: both explainers run, with the WebAssembly, stylesheet and maps of the bundle",
        |page, cx| Box::pin(bundled::the_bundled_app_works(page, cx.host)),
    );
    checks.add(
        "embed: remembered sections come back in the session, under this story's key only",
        |page, cx| Box::pin(remember::sections_come_back_in_the_session(page, cx.host)),
    );
    checks.add(
        "embed: a section opened before the WebAssembly came is remembered too",
        |page, cx| {
            Box::pin(remember::what_was_opened_before_the_start_is_remembered(
                page, cx.host,
            ))
        },
    );
    checks.add(
        "embed: remembering with storage that throws changes nothing; a wrong value warns",
        |page, cx| Box::pin(remember::storage_that_throws_changes_nothing(page, cx.host)),
    );
    // Say which engines cannot enforce Trusted Types, rather than skip.
    checks.add_named_by(
        |page, cx| Box::pin(policies::trusted_types_enforced(page, cx.host)),
        "embed: fresh renders work where Trusted Types are required",
        "embed: fresh renders work under a Trusted Types policy (not enforced by this engine)",
        |page, cx| Box::pin(policies::fresh_renders_under_trusted_types(page, cx.host)),
    );
}
