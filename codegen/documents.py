"""Document emitters: the markdown entries (seed format) and the standalone LaTeX document."""
from __future__ import annotations

from codegen.latex import equation_latex, where_items
from symbolic.catalogue import Catalogue
from symbolic.declare import Equation

MD_HEADER = "<!-- Generated from symbolic/ by `make generate`. Do not edit. -->\n\n"


def markdown_entry(eq: Equation) -> str:
    """One entry in the seed's six-rule format, ending with a blank line."""
    tex, multiline = equation_latex(eq)
    math = f"$${tex}$$" if multiline else f"${tex}$"
    items = "\n".join(f"- ${sym}$ is {desc}" for sym, desc in where_items(eq))
    return f"#### {eq.number}. {eq.title}\n\n{math}\n\nwhere:\n\n{items}\n\n"


def equations_markdown(cat: Catalogue) -> str:
    return MD_HEADER + "# Equations\n\n" + "".join(markdown_entry(e) for e in cat)


_TEX_PREAMBLE = r"""%% Generated from symbolic/ by `make generate`. Do not edit.
\documentclass{article}
\usepackage[utf8]{inputenc}
\usepackage{amsmath}
\usepackage{amssymb}
\begin{document}
\section*{%s}
"""


def _tex_text(s: str) -> str:
    """Escape prose for LaTeX text mode, keeping $...$ math spans intact."""
    out, math = [], False
    for ch in s:
        if ch == "$":
            math = not math
            out.append(ch)
        elif not math and ch in "&%#_{}":
            out.append("\\" + ch)
        elif not math and ch == "~":
            out.append(r"\textasciitilde{}")
        else:
            out.append(ch)
    return "".join(out)


def tex_entry(eq: Equation) -> str:
    tex, multiline = equation_latex(eq)
    display = (r"\[ %s \]" % tex) if multiline else (r"\[ %s \]" % tex)
    items = "\n".join(r"  \item $%s$ is %s" % (sym, _tex_text(desc)) for sym, desc in where_items(eq))
    return (f"\\subsection*{{{eq.number}. {_tex_text(eq.title)}}}\n{display}\n"
            f"where:\n\\begin{{itemize}}\n{items}\n\\end{{itemize}}\n")


def tex_document(entries: list[str], title: str) -> str:
    return _TEX_PREAMBLE % title + "\n".join(entries) + "\\end{document}\n"


def equations_tex(cat: Catalogue) -> str:
    return tex_document([tex_entry(e) for e in cat], "Equations")
