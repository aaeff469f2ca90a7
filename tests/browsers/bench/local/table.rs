//! The table of the measures on 127.0.0.1: median and worst run of each,
//! and what it is held against.

use super::Samples;
use crate::measures::median;

pub(super) fn render(s: &Samples) -> String {
    let fcp_ratio = median(&s.widget_fcp) / median(&s.static_fcp);
    let tti_ratio = median(&s.interactive) / median(&s.static_load);
    let mib = |v: &[f64]| v.iter().map(|b| b / 1_048_576.0).collect::<Vec<_>>();
    let rows: [(&str, &[f64], &str, String); 10] = [
        (
            "first contentful paint, static page",
            &s.static_fcp,
            "ms",
            "baseline".into(),
        ),
        (
            "first contentful paint, widget page",
            &s.widget_fcp,
            "ms",
            format!("{fcp_ratio:.2} x static (target 1.1)"),
        ),
        (
            "load event, static page",
            &s.static_load,
            "ms",
            "baseline".into(),
        ),
        (
            "widget interactive (WebAssembly took over)",
            &s.interactive,
            "ms",
            format!("{tti_ratio:.2} x static load"),
        ),
        (
            "layout shift while it takes over",
            &s.layout_shift,
            "",
            "target 0".into(),
        ),
        (
            "click to updated DOM",
            &s.clicks,
            "ms",
            "target: within one 16 ms frame".into(),
        ),
        (
            "20 instances interactive, rendered afresh",
            &s.twenty_ready,
            "ms",
            "target 200 ms".into(),
        ),
        (
            "20 instances interactive, hydrated",
            &s.twenty_hydrated,
            "ms",
            "target 200 ms".into(),
        ),
        ("20 instances: JS heap", &mib(&s.heap), "MiB", String::new()),
        (
            "20 instances: WebAssembly memory",
            &mib(&s.wasm_memory),
            "MiB",
            String::new(),
        ),
    ];
    let mut table =
        String::from("| measure | median | worst | against |\n| --- | ---: | ---: | --- |\n");
    for (name, values, unit, against) in rows {
        let worst = values
            .iter()
            .copied()
            .filter(|v| v.is_finite())
            .fold(f64::NAN, f64::max);
        // Times and sizes to a tenth; a layout shift score (no unit) finer.
        let digits = if unit.is_empty() { 4 } else { 1 };
        table.push_str(&format!(
            "| {name} | {:.digits$} {unit} | {worst:.digits$} {unit} | {against} |\n",
            median(values)
        ));
    }
    table
}
