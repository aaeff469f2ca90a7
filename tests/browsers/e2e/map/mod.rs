//! The map in "The NATO plan": nothing is fetched for it until the section
//! opens; then the picture in the explainer's theme arrives and decodes,
//! in a box of its own proportions, its names big enough to read on a
//! phone, with a key in the map's colours and every member as text. The
//! same from the script embed, the CMS fragment and the iframe page on
//! another origin, and in forced colours. Screenshots go to
//! `target/screenshots/`.
//!
//! - `drawing.rs`: the map file and what the reader gets of it;
//! - `standalone.rs`: on the standalone page, and in forced colours;
//! - `embeds.rs`: in the embeds on another origin.

mod drawing;
mod embeds;
mod standalone;

pub use embeds::works_in_every_embed;
pub use standalone::labels_readable;

use crate::checks::Checks;
use crate::engines::Engine;

pub fn add_checks(checks: &mut Checks) {
    checks.add(
        "the map: fetched only once its section opens, in the theme, keyed, members as text",
        |page, cx| {
            Box::pin(standalone::fetched_when_its_section_opens(
                page,
                cx.prefs,
                cx.engine,
                cx.screenshots,
            ))
        },
    );
    if checks.engine == Engine::Chromium && !checks.prefs.dark {
        // Only Chromium lets a WebDriver client switch on forced colours.
        checks.add("the map keeps its colours in forced colours", |page, cx| {
            Box::pin(standalone::keeps_its_colours_when_forced(
                page,
                cx.engine,
                cx.screenshots,
            ))
        });
    }
}
