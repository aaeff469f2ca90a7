//! The standalone page: mounts the explainer into `index.html`.

use leptos::prelude::*;
use nato_ukraine_explainer::Explainer;

fn main() {
    leptos::mount::mount_to_body(|| {
        view! {
            <main class="page">
                <Explainer heading_level=1/>
            </main>
        }
    });
}
