//! The standalone page: mounts the explainer into `index.html`. The same
//! WebAssembly serves embeds, where the loader mounts placeholders instead.

fn main() {
    nato_ukraine_explainer::embed::mount_standalone_page();
}
