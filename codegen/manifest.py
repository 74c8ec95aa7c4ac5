"""The manifest: generated/manifest.json, the machine-readable contract other tools read.

Keys (stable; documented in the README):
  versions: {dleq, sympy, numba}
  equations: [{number, slug, title, family, kind, latex, variables, notes, ops, derivatives,
               not_differentiated, kernels}]
  variables: [{name, latex, description, role, kind, domain, shape}]
  derivatives: [{name, kind, wrt, latex, ops}]; not_differentiated: [{wrt, reason}]
  kernels: [{name, module, kind, wrt, signature, dtypes, arguments, outputs, positions, integers,
             options, accuracy}]; accuracy: null (not measured, or the kernel changed since) or
             {bound_ulps, max_ulps: {float64, float32}, median_ulps: {...}, points: {...}}
             as measured by `dleq check --accuracy` (generated/ACCURACY.md)
"""
from __future__ import annotations

import json
from importlib.metadata import PackageNotFoundError, version

from codegen.latex import equation_latex
from symbolic.catalogue import Catalogue
from symbolic.declare import Equation, Var

SCHEMA = 1


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


def variable_record(var: Var) -> dict:
    return {
        "name": var.name,
        "latex": var.latex,
        "description": var.description,
        "role": var.role,
        "kind": var.kind,
        "domain": var.domain.name,
        "shape": [str(s) for s in var.shape],
    }


def equation_record(eq: Equation, derived: dict | None = None, accuracy: dict | None = None) -> dict:
    tex, _ = equation_latex(eq)
    derived = derived or {}
    return {
        "number": eq.number,
        "slug": eq.slug,
        "title": eq.title,
        "family": eq.family,
        "kind": eq.kind,
        "latex": tex,
        "variables": [variable_record(v) for v in eq.variables],
        "notes": eq.notes,
        "ops": derived.get("primal_ops"),
        "derivatives": derived.get("records", []),
        "not_differentiated": derived.get("skipped", []),
        "kernels": [dict(k, accuracy=(accuracy or {}).get(k["name"]))
                    for k in derived.get("kernels", {}).get("records", [])],
        "no_kernel": derived.get("kernels", {}).get("missing", []),
    }


def manifest(cat: Catalogue, derived: list[dict] | None = None, accuracy: dict | None = None) -> dict:
    """``accuracy``: kernel name -> its measured accuracy (codegen/accuracy.py: summary)."""
    by_number = {d["number"]: d for d in derived or []}
    return {
        "schema": SCHEMA,
        "versions": {"dleq": _version("dleq"), "sympy": _version("sympy"), "numba": _version("numba")},
        "equations": [equation_record(e, by_number.get(e.number), accuracy) for e in cat],
    }


def manifest_json(cat: Catalogue, derived: list[dict] | None = None, accuracy: dict | None = None) -> str:
    return json.dumps(manifest(cat, derived, accuracy), indent=2, ensure_ascii=False) + "\n"
