//! The widget's styles and the host's stay apart: a hostile host stylesheet
//! changes nothing in the widget, the host's theme properties (and only
//! they) reach it, and nothing of the widget's leaks into the host.

use super::host::inside;
use super::inherited;
use crate::page::{Page, Step};

/// Computed styles of the explainer's parts that a host stylesheet would try
/// to change, one line per element.
const WIDGET_STYLES: &str = r#"
const root = document.getElementById('plain').shadowRoot;
const props = ['fontFamily', 'fontSize', 'fontWeight', 'color', 'backgroundColor', 'paddingTop',
  'paddingLeft', 'marginTop', 'marginBottom', 'textTransform', 'letterSpacing', 'lineHeight',
  'borderTopWidth', 'borderTopStyle', 'borderRadius', 'boxSizing', 'textAlign', 'listStyleType', 'display'];
return ['.nue', '.nue-kicker', '.nue-title', '.nue-summary', '.nue-part__heading', '.nue-number',
        '.nue-number__value', '.nue-show-all', '.nue-section__toggle', '.nue-section__panel p',
        '.nue-copy__button', '.nue-feedback__answer', '.nue-person__name', '.nue-step__when']
  .map(sel => { const s = getComputedStyle(root.querySelector(sel));
                return sel + ': ' + props.map(p => p + '=' + s[p]).join(' '); });
"#;

/// The parts' styles above, and every element's inherited properties
/// (`inherited.rs`), on the plain host page and then on the hostile one.
pub async fn hostile_css_changes_nothing(page: &Page<'_>, host: &str) -> Step {
    let read = |name: &'static str| async move {
        page.load_host(&format!("{host}/{name}")).await?;
        // A hovered header would style its title: no pointer over the widget.
        page.move_pointer_away().await?;
        Ok::<_, String>((page.js(WIDGET_STYLES).await?, inherited::read(page).await?))
    };
    let (clean, clean_inherited) = read("clean.html").await?;
    let (hostile, hostile_inherited) = read("hostile.html").await?;
    let differences: Vec<String> = clean
        .as_array()
        .into_iter()
        .flatten()
        .zip(hostile.as_array().into_iter().flatten())
        .filter(|(a, b)| a != b)
        .map(|(a, b)| format!("clean:   {a}\nhostile: {b}"))
        .collect();
    if clean.as_array().map_or(0, Vec::len) < 14 {
        return Err(format!("styles not read: {clean}"));
    }
    if !differences.is_empty() {
        return Err(differences.join("\n"));
    }
    inherited::compare(&clean_inherited, &hostile_inherited)
}

pub async fn theme_hooks_reach_the_widget(page: &Page<'_>, host: &str) -> Step {
    let accent = format!(
        "return getComputedStyle({}).color;",
        inside("branded", ".nue-number__value")
    );
    page.load_host(&format!("{host}/hostile.html")).await?;
    let branded = page.js_string(&accent).await?;
    page.load_host(&format!("{host}/clean.html")).await?;
    let default = page.js_string(&accent).await?;
    if branded != "rgb(122, 31, 43)" || default == branded {
        return Err(format!(
            "accent with the host's --nue-color-accent: {branded}; without: {default}"
        ));
    }
    Ok(())
}

pub async fn nothing_leaks_into_the_host(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    let before = page.js("return probesBefore;").await?;
    let after = page.js("return probeStyles();").await?;
    if before != after {
        return Err(format!(
            "the host's own elements changed:\nbefore {before}\nafter  {after}"
        ));
    }
    Ok(())
}
