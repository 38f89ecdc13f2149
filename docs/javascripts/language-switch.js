// The language selector links the two editions' home pages (mkdocs.yml, extra.alternate). Send the
// reader to the same page AND section in the other edition instead: every page exists in both
// editions at the same path (the tests check it) and both give each heading the same id, so the
// target is computed here, on click, from where the reader is now (after any instant navigation):
// /activations/relu/#pitfalls <-> /vi/activations/relu/#pitfalls.
// The switch is a full page load: the other edition has its own header, search index and language.
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element && event.target.closest("a.md-select__link[hreflang]");
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const config = JSON.parse(document.getElementById("__config").textContent);
  const root = new URL(`${config.base.replace(/\/vi\/?$/, "")}/`, location.href);
  const page = location.href.slice(root.href.length).replace(/^vi\//, "");
  event.preventDefault();
  event.stopPropagation(); // before Material's instant navigation, which would keep this edition's header
  location.assign(new URL((link.hreflang === "vi" ? "vi/" : "") + page, root).href);
}, true);
