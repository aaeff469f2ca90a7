#!/usr/bin/env bash
# Trunk pre-build hook: joins the widget's stylesheet from its parts,
# style/explainer/*.css in the order of their names, into
# target/style/explainer.css, the file index.html hands to Trunk. Readers
# get one stylesheet, one request on every way of reading; editors get one
# small file per topic. The native tests join the same parts the same way
# (nato_ukraine_explainer::prerender::stylesheet_source).
set -euo pipefail
cd "$(dirname "$0")/.."
parts=(style/explainer/*.css)
[ -e "${parts[0]}" ] || { echo "join-styles: no style/explainer/*.css" >&2; exit 1; }
mkdir -p target/style
cat "${parts[@]}" >target/style/explainer.css.part
mv target/style/explainer.css.part target/style/explainer.css
