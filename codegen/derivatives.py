"""Derivative documents and manifest records, computed in parallel (derivation is the slow part)."""
from __future__ import annotations

import multiprocessing
import os

import sympy as sp

from codegen.kernel_files import equation_kernels
from codegen.documents import MD_HEADER, _tex_text, tex_document
from codegen.latex import equation_latex, latex_of, where_items
from symbolic.catalogue import Catalogue, load_catalogue
from symbolic.derive import Derived, derive


def heading_math(d: Derived) -> str:
    lhs = d.line.lhs
    return r"\partial %s / \partial %s" % (latex_of(d.document, lhs.expr), latex_of(d.document, lhs.variables[0]))


def markdown_entry(d: Derived) -> str:
    tex, _ = equation_latex(d.document)
    items = "\n".join(f"- ${sym}$ is {desc}" for sym, desc in where_items(d.document))
    return (f"#### {d.primal.number}. {d.primal.title}: ${heading_math(d)}$\n\n${tex}$\n\n"
            f"where:\n\n{items}\n\n")


def tex_entry(d: Derived) -> str:
    tex, _ = equation_latex(d.document)
    items = "\n".join(r"  \item $%s$ is %s" % (sym, _tex_text(desc)) for sym, desc in where_items(d.document))
    return (f"\\subsection*{{{d.primal.number}. {_tex_text(d.primal.title)}: ${heading_math(d)}$}}\n"
            f"\\[ {tex} \\]\nwhere:\n\\begin{{itemize}}\n{items}\n\\end{{itemize}}\n")


def record(d: Derived) -> dict:
    tex, _ = equation_latex(d.document)
    return {"name": d.name, "kind": d.kind, "wrt": d.wrt.name, "latex": tex, "ops": d.ops}


def primal_ops(eq) -> int:
    """SymPy's count_ops of the equation's right-hand sides (the manifest's "ops")."""
    return int(sum(sp.count_ops(ln.rhs) for ln in eq.lines))


def equation_derivatives(number: int) -> dict:
    """Everything the documents and the manifest need about one equation's derivatives."""
    eq = load_catalogue().get(number)
    derived, skipped = derive(eq)
    return {
        "number": number,
        "primal_ops": primal_ops(eq),
        "markdown": [markdown_entry(d) for d in derived],
        "tex": [tex_entry(d) for d in derived],
        "records": [record(d) for d in derived],
        "skipped": [{"wrt": s.var, "reason": s.reason} for s in skipped],
        "kernels": equation_kernels(eq, derived),
    }


def all_derivatives(cat: Catalogue, workers: int | None = None) -> tuple[list[dict], str]:
    """Per equation, in seed order, and the seed's proofs (proofs_markdown); computed in
    ``workers`` processes (default: the CPU count, at most 4)."""
    numbers = [e.number for e in cat]
    workers = workers or min(os.cpu_count() or 1, 4)
    if workers <= 1:
        return [equation_derivatives(n) for n in numbers], proofs_markdown(cat)
    # largest first (a size estimate: operations times symbols), so that the slowest equation
    # (multi-head attention, about a quarter of the work) does not start last while the other
    # workers sit idle; the proofs, the next largest job, run beside them; the results are put
    # back in seed order
    size = {e.number: primal_ops(e) * len(e.table) for e in cat}
    order = sorted(numbers, key=lambda n: (-size[n], n))
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers) as pool:
        first = pool.apply_async(equation_derivatives, (order[0],))
        proofs = pool.apply_async(_proofs)
        done = pool.map(equation_derivatives, order[1:], chunksize=1)
        done.append(first.get())
        return sorted(done, key=lambda r: r["number"]), proofs.get()


def _proofs() -> str:
    return proofs_markdown(load_catalogue())


def proofs_markdown(cat: Catalogue) -> str:
    from symbolic.seed_proofs import all_proofs
    rows = [f"| {p.number}. {cat.get(p.number).title} | {p.primal} | {p.kind} | "
            f"{'holds' if p.holds else 'FAILS'} ({p.detail}) |" for p in all_proofs(cat)]
    return ("## The seed's own derivatives, proven\n\n"
            "Each seed entry that states a derivative is derived again from its primal entry "
            "(symbolic/seed_proofs.py).\n\n"
            "| seed entry | derived from | proof | result |\n| --- | --- | --- | --- |\n"
            + "\n".join(rows) + "\n\n")


def derivatives_markdown(cat: Catalogue, results: list[dict], proofs: str) -> str:
    body = "".join("".join(r["markdown"]) for r in results)
    skipped = []
    for r in results:
        eq = cat.get(r["number"])
        for s in r["skipped"]:
            what = "all variables" if s["wrt"] == "*" else f"`{s['wrt']}`"
            skipped.append(f"- {eq.number}. {eq.title}, {what}: {s['reason']}")
    tail = "## Not differentiated\n\n" + "\n".join(skipped) + "\n" if skipped else ""
    return MD_HEADER + "# Derivatives\n\n" + proofs + body + tail


def derivatives_tex(results: list[dict]) -> str:
    return tex_document([t for r in results for t in r["tex"]], "Derivatives")
