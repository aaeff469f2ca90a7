// The example article's own script: writes every event the explainers
// dispatch into the visible log, as a newsroom's analytics would read them.
const log = (text) => {
  const item = document.createElement("li");
  item.textContent = text;
  document.getElementById("event-log").append(item);
};

for (const name of ["ready", "toggle", "feedback"]) {
  document.addEventListener(`nato-ukraine-explainer:${name}`, (event) => {
    const host = event.target.id || event.target.tagName.toLowerCase();
    log(`${name} on #${host}: ${JSON.stringify(event.detail)}`);
  });
}

document.addEventListener("securitypolicyviolation", (event) => {
  log(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
});
