//! The mobile profile's table: each page's medians, against the page it is
//! compared with, then the clicks and the map's arrival.

use super::load::Samples;
use super::Subject;
use crate::measures::median;

pub(super) fn render(
    subjects: &[Subject],
    samples: &[Samples],
    clicks: &[f64],
    maps: &[f64],
) -> String {
    let mut table = String::from(
        "| page | first paint | against | DOMContentLoaded | load | headers work | WebAssembly downloaded | WebAssembly live | live / load | layout shift | longest task | blocking | bytes on the wire |\n\
         | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let ms = |values: &[f64]| {
        let m = median(values);
        if m.is_finite() {
            format!("{m:.0} ms")
        } else {
            "—".to_owned()
        }
    };
    // The worst run's longest task: one long task is one a reader feels.
    let task = |values: &[f64]| {
        let worst = values.iter().copied().fold(0.0, f64::max);
        if worst > 0.0 {
            format!("{worst:.0} ms")
        } else {
            "none over 50 ms".to_owned()
        }
    };
    for (subject, s) in subjects.iter().zip(samples) {
        let against = subject.against.map_or(String::new(), |(i, what)| {
            format!(
                "{:.2} x {what}",
                median(&s.paint) / median(&samples[i].paint)
            )
        });
        let ratio = median(&s.live) / median(&s.load);
        let ratio = if ratio.is_finite() {
            format!("{ratio:.2} x")
        } else {
            "—".to_owned()
        };
        table.push_str(&format!(
            "| {} | {} | {against} | {} | {} | {} | {} | {} | {ratio} | {:.4} | {} | {} | {:.1} KB |\n",
            subject.name,
            ms(&s.paint),
            ms(&s.dom_ready),
            ms(&s.load),
            ms(&s.headers),
            ms(&s.wasm_arrived),
            ms(&s.live),
            median(&s.shift),
            task(&s.longest),
            ms(&s.blocking),
            median(&s.bytes) / 1000.0,
        ));
    }
    table.push_str(&format!(
        "\nClick to updated DOM on the standalone page, CPU four times slower: median {:.1} ms over {} clicks.\n",
        median(clicks),
        clicks.len()
    ));
    table.push_str(&format!(
        "\nOpening \"The NATO plan\" on the standalone page: its map has arrived a median {:.0} ms after the click ({} runs); its box is there from the start, so nothing moves.\n",
        median(maps),
        maps.len()
    ));
    table
}
