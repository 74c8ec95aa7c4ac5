// Render formulas with KaTeX in its strictest mode. Input (stdin): JSON [{tex, display}].
// Output (stdout): JSON [{ok, error}] in the same order. Used by tests/test_latex_render.py.
const katex = require("katex");
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const results = JSON.parse(input).map(({ tex, display }) => {
    try {
      katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: "error" });
      return { ok: true, error: null };
    } catch (e) {
      return { ok: false, error: String(e.message) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
