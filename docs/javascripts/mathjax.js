// MathJax 3 configuration for pymdownx.arithmatex (generic mode). MathJax itself is served from
// assets/mathjax/ (copied from an installed package by hooks/offline_mathjax.py): no CDN.
window.MathJax = {
  tex: {
    // \( \) and \[ \] from pymdownx.arithmatex on the pages; $ and $$ as written in notebooks.
    inlineMath: [["\\(", "\\)"], ["$", "$"]],
    displayMath: [["\\[", "\\]"], ["$$", "$$"]],
    processEscapes: true,
    processEnvironments: true,
  },
  options: {
    ignoreHtmlClass: "md-typeset", // page content: only what processHtmlClass names
    // Only math that pymdownx.arithmatex marked, and Markdown cells of notebooks (mkdocs-jupyter).
    processHtmlClass: "arithmatex|jp-RenderedMarkdown",
  },
};

// Material's instant navigation swaps the page content without a reload: typeset the new page.
// document$ also emits for the first page, and does so while MathJax's own start-up typesetting is
// still running; typesetting again then leaves every formula invisible (its glyph styles are
// dropped). So the first emission is skipped: MathJax typesets the first page by itself.
let firstPage = true;
document$.subscribe(() => {
  if (firstPage) {
    firstPage = false;
    return;
  }
  MathJax.startup.promise = MathJax.startup.promise.then(() => {
    MathJax.startup.output.clearCache();
    MathJax.typesetClear();
    MathJax.texReset();
    return MathJax.typesetPromise();
  });
});
