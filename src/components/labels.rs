use crate::story::UiText;
use leptos::prelude::*;
use std::sync::Arc;

/// The widget's own words (button labels, headings of the parts), shared with
/// every part through context so a host page can replace any of them.
#[derive(Debug, Clone)]
pub struct Labels(pub Arc<UiText>);

/// The labels provided by the `Explainer` above this component.
pub fn labels() -> Arc<UiText> {
    expect_context::<Labels>().0
}
