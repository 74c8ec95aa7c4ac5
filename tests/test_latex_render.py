"""Every formula of the generated documents renders in KaTeX (strict) and compiles with pdflatex.

Both renderers are required: a missing one fails the test (make test installs them). Each check
is shown to reject a deliberately broken formula, so it cannot pass whatever the input.
"""
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin

from codegen.documents import tex_document
from codegen.emit import DEFAULT_OUT

ROOT = Path(__file__).resolve().parent.parent
KATEX_SCRIPT = ROOT / "tests" / "render" / "katex_render.js"
DOCUMENTS = ["EQUATIONS.md", "DERIVATIVES.md"]


def math_spans(markdown: str) -> list[tuple[str, bool]]:
    """(tex, display) of every math span, found by a math-aware markdown parser."""
    md = MarkdownIt("commonmark").use(dollarmath_plugin, double_inline=True)
    spans = []

    def walk(tokens):
        for t in tokens:
            if t.type in ("math_inline", "math_inline_double", "math_block"):
                spans.append((t.content, t.type != "math_inline"))
            if t.children:
                walk(t.children)

    walk(md.parse(markdown))
    return spans


def katex(spans: list[tuple[str, bool]]) -> list[dict]:
    assert shutil.which("node"), "node is required for the KaTeX check (make test installs katex)"
    assert (ROOT / "node_modules" / "katex").is_dir(), "katex is not installed: run `make test`"
    payload = json.dumps([{"tex": t, "display": d} for t, d in spans])
    out = subprocess.run(["node", str(KATEX_SCRIPT)], input=payload, capture_output=True, text=True,
                         cwd=ROOT, check=True)
    return json.loads(out.stdout)


def pdflatex(source: str, tmp_path: Path) -> subprocess.CompletedProcess:
    assert shutil.which("pdflatex"), "pdflatex is required (make test installs texlive-latex-base)"
    (tmp_path / "doc.tex").write_text(source, encoding="utf-8")
    return subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_math_span_renders_in_katex(name):
    text = (DEFAULT_OUT / name).read_text(encoding="utf-8")
    spans = math_spans(text)
    entries = text.count("\n#### ")
    assert entries >= 100 and len(spans) > 2 * entries, (entries, len(spans))
    failures = [(tex, r["error"]) for (tex, _), r in zip(spans, katex(spans)) if not r["ok"]]
    assert not failures, "\n".join(f"{e}\n    in: {t}" for t, e in failures[:10])


def test_katex_check_rejects_broken_formulas():
    results = katex([(r"\frac{1}{", False), (r"\label{x} x", False), (r"x^{2}", False)])
    assert [r["ok"] for r in results] == [False, False, True]


def test_parser_finds_inline_and_display_math():
    spans = math_spans("#### 1. T\n\n$$\\begin{aligned} a &= b \\end{aligned}$$\n\nwhere:\n\n- $a$ is x\n")
    assert spans == [(r"\begin{aligned} a &= b \end{aligned}", True), ("a", False)]


@pytest.mark.parametrize("name,entries", [("equations.tex", 100), ("derivatives.tex", 150)])
def test_tex_documents_compile_with_pdflatex(tmp_path, name, entries):
    source = (DEFAULT_OUT / name).read_text(encoding="utf-8")
    assert source.count(r"\subsection*{") >= entries
    result = pdflatex(source, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    assert (tmp_path / "doc.pdf").stat().st_size > 10_000


@pytest.mark.parametrize("broken", [r"\frac{1}{", r"\R", r"x^"])
def test_pdflatex_check_rejects_broken_formulas(tmp_path, broken):
    doc = tex_document([r"\[ %s \]" % broken + "\n"], "broken")
    assert pdflatex(doc, tmp_path).returncode != 0
