//! axe-core's WCAG 2.2 A and AA rules on the standalone page, with every
//! section closed and then open: no violation.

use super::Checks;
use crate::page::{Page, Step};
use serde_json::Value;

pub fn add_checks(checks: &mut Checks) {
    checks.add(
        "axe-core: no WCAG 2.2 A/AA violation, closed and open",
        |page, cx| Box::pin(axe(page, cx.axe)),
    );
}

pub(crate) async fn axe(page: &Page<'_>, axe_source: &str) -> Step {
    let loaded = page
        .js(&format!("{axe_source}\nreturn typeof axe;"))
        .await?;
    if loaded != "object" {
        return Err(format!("axe-core did not load: `typeof axe` is {loaded}"));
    }
    let mut problems = Vec::new();
    for state in ["closed", "open"] {
        if state == "open" {
            page.click(".nue-show-all").await?;
        }
        let result = page
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 axe.run(document, { runOnly: { type: 'tag', values: \
                   ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }) \
                 .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + \
                      v.nodes.map(n => n.target.join(' ')).join(', ')))) \
                 .catch(e => done(['axe failed: ' + e]));",
                Vec::new(),
            )
            .await
            .map_err(|e| format!("axe did not run: {e}"))?;
        let Value::Array(violations) = result else {
            return Err(format!("{state}: axe-core answered {result}, not a list"));
        };
        problems.extend(
            violations
                .iter()
                .map(|v| format!("{state}: {}", v.as_str().unwrap_or("?"))),
        );
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}
