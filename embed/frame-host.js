// On the host page: sizes every <iframe data-nato-ukraine-explainer-frame>
// to the height its page reports, and dispatches on it the
// `nato-ukraine-explainer:language` event of a switch of edition there. A
// message counts only if it comes from that iframe's own window and from
// the origin of its src, or, when the iframe's sandbox gives its page no
// origin of its own (no allow-same-origin, as in many CMS embed blocks),
// from the opaque origin "null" that such a page posts from.
//
//   <iframe data-nato-ukraine-explainer-frame title="NATO's plan for Ukraine, explained"
//           src="https://assets.example/embed/frame.html"></iframe>
//   <script src="https://assets.example/embed/frame-host.js" defer></script>

// Styles go through the CSSOM, which a strict style-src still allows; a
// frame added later gets them with its first message.
const fit = (frame) => Object.assign(frame.style, { display: "block", width: "100%", border: "0" });
for (const frame of document.querySelectorAll("iframe[data-nato-ukraine-explainer-frame]")) {
  fit(frame).minHeight = "20em";
}

addEventListener("message", (event) => {
  const frames = document.querySelectorAll("iframe[data-nato-ukraine-explainer-frame]");
  for (const frame of frames) {
    if (event.source !== frame.contentWindow) continue;
    if (event.origin !== expectedOrigin(frame)) return;
    const data = event.data;
    // A switch of edition in the frame, told as an explainer on the page tells it.
    if (data?.type === "nato-ukraine-explainer:language" && /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(data.language))
      return frame.dispatchEvent(new CustomEvent(data.type, { bubbles: true, detail: { language: data.language } }));
    if (!data || typeof data !== "object" || data.type !== "nato-ukraine-explainer:height") return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height < 0 || height > 100000) return;
    Object.assign(fit(frame), { height: `${Math.ceil(height)}px`, minHeight: "0" });
    return;
  }
});

function expectedOrigin(frame) {
  const opaque = frame.hasAttribute("sandbox") && !frame.sandbox.contains("allow-same-origin");
  return opaque ? "null" : new URL(frame.src, location.href).origin;
}
