//! The peer: the same story in GOV.UK Frontend's accordion.

use nato_ukraine_explainer::story::Story;

/// The story in GOV.UK Frontend's accordion, with its whole bundle, as a
/// newsroom would build the same explainer from that design system.
pub(super) fn govuk_page(story: &Story) -> String {
    let text = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut body = format!(
        "<span class=\"govuk-caption-l\">{}</span><h1 class=\"govuk-heading-l\">{}</h1>\
         <p class=\"govuk-body-l\">{}</p><p class=\"govuk-body\">{}</p>\
         <h2 class=\"govuk-heading-m\">{}</h2><dl class=\"govuk-summary-list\">",
        text(&story.ui.kicker),
        text(&story.headline),
        text(&story.summary),
        text(&story.dateline),
        text(&story.ui.key_numbers_heading),
    );
    for number in story.key_numbers.iter() {
        body += &format!(
            "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">{}</dt>\
             <dd class=\"govuk-summary-list__value\">{}</dd></div>",
            text(&number.value),
            text(&number.label)
        );
    }
    body += "</dl><div class=\"govuk-accordion\" data-module=\"govuk-accordion\" id=\"story\">";
    for (i, section) in story.sections.iter().enumerate() {
        let paragraphs: String = section
            .paragraphs
            .iter()
            .map(|p| format!("<p class=\"govuk-body\">{}</p>", text(p)))
            .collect();
        body += &format!(
            "<div class=\"govuk-accordion__section\"><div class=\"govuk-accordion__section-header\">\
             <h2 class=\"govuk-accordion__section-heading\"><span class=\"govuk-accordion__section-button\" \
             id=\"story-heading-{i}\">{}</span></h2></div><div id=\"story-content-{i}\" \
             class=\"govuk-accordion__section-content\">{paragraphs}</div></div>",
            text(&section.title)
        );
    }
    body += &format!(
        "</div><h2 class=\"govuk-heading-m\">{}</h2><ul class=\"govuk-list\">",
        text(&story.ui.people_heading)
    );
    for person in story.people.iter() {
        body += &format!(
            "<li><strong>{}</strong>, {}: {}</li>",
            text(&person.name),
            text(&person.role),
            text(&person.part)
        );
    }
    body += &format!(
        "</ul><h2 class=\"govuk-heading-m\">{}</h2><ol class=\"govuk-list govuk-list--number\">",
        text(&story.ui.timeline_heading)
    );
    for step in story.timeline.iter() {
        body += &format!(
            "<li><strong>{}</strong>: {}</li>",
            text(&step.when),
            text(&step.what)
        );
    }
    body += &format!(
        "</ol><p class=\"govuk-body-s\">{} <cite>{}</cite> {}</p>",
        text(&story.source.credit),
        text(&story.source.title),
        text(&story.source.updated_label)
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><link rel=\"stylesheet\" href=\"/govuk/govuk-frontend.min.css\"></head>\
         <body class=\"govuk-template__body\"><script>document.body.className += ' js-enabled' + \
         ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>\
         <div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\">{body}</main></div>\
         <script type=\"module\">import {{ initAll }} from '/govuk/govuk-frontend.min.js'; initAll();</script>\
         </body></html>\n",
        text(&story.headline)
    )
}
