"""Evaluate an equation's SymPy body at concrete inputs, in high precision (the tests' reference).

Values are given by variable name: sizes as ints, scalars as floats, indexed variables as NumPy
arrays (1-based math indices map to 0-based array positions), matrices as 2-D arrays, functions
as SymPy ``Lambda`` objects. Lines are evaluated in order; each result is stored under the name
of its left-hand side, so updates and later lines see earlier results.
"""
from __future__ import annotations

import itertools

import numpy as np
import sympy as sp
from sympy.core.function import AppliedUndef

from sympy.concrete.expr_with_limits import ExprWithLimits

from symbolic.declare import Equation, Var, symbol_names
from symbolic.indexcalc import subs_free

DIGITS = 50


def _numeric(x, integer: bool = False):
    if isinstance(x, sp.Basic):
        return x
    if integer:
        return sp.Integer(int(round(float(x))))
    return sp.Float(float(x), DIGITS)


def _is_integer(var: Var) -> bool:
    return var.domain.integer or (bool(var.domain.values)
                                  and all(float(v).is_integer() for v in var.domain.values))


def _origin(var: Var, axis: int, sizes: dict) -> int:
    return int(sp.sympify(var.origin[axis]).xreplace(sizes)) if var.origin else 1


def _scalars(eq: Equation, values: dict) -> dict:
    """Substitutions for every given non-size scalar (integer-valued ones as Integers)."""
    return {var.symbol: _numeric(values[name], _is_integer(var))
            for name, var in eq.table.items()
            if var.kind == "scalar" and var.role not in ("size", "index") and name in values}


def _has_limits(expr) -> bool:
    return any(isinstance(e, (ExprWithLimits, sp.MatrixExpr)) for e in sp.preorder_traversal(expr))


def _expand_sums(expr):
    """Sums with integer bounds written out term by term (SymPy's Sum.doit can move a case
    split whose condition uses the summation index out of the sum, and is slow)."""
    done = {}  # a subexpression repeats (a softmax's normaliser in every term): expanded once

    def visit(e):
        if not isinstance(e, sp.Basic) or not e.args or isinstance(e, (sp.Indexed, sp.MatrixSymbol)):
            return e
        if e in done:
            return done[e]
        if isinstance(e, sp.Sum) and all(lo.is_Integer and hi.is_Integer for _, lo, hi in e.limits):
            terms = [e.function]
            for var, lo, hi in e.limits:  # innermost first
                terms = [subs_free(t, var, sp.Integer(k)) for t in terms for k in range(int(lo), int(hi) + 1)]
            out = visit(sp.Add(*terms))
        else:
            out = e.func(*[visit(a) for a in e.args])
        done[e] = out
        return out
    return visit(expr)


def _substitute(expr, eq: Equation, values: dict, sizes: dict):
    expr = _expand_sums(expr.xreplace(sizes).xreplace(_scalars(eq, values)))
    expr = expr.doit() if _has_limits(expr) else expr
    table = eq.table

    def indexed_value(e: sp.Indexed):
        var = table[e.base.label.name]
        arr = np.asarray(values[var.name], dtype=object)
        pos = tuple(int(i) - _origin(var, k, sizes) for k, i in enumerate(e.indices))
        if any(p < 0 or p >= n for p, n in zip(pos, arr.shape)):
            return sp.nan  # only harmless in a case whose guard excludes it; otherwise the result is NaN
        return _numeric(arr[pos], _is_integer(var))

    for _ in range(3):  # an index may itself be an indexed value (P[i, y[i]])
        expr = expr.replace(lambda e: isinstance(e, sp.Indexed) and all(i.is_Integer for i in e.indices),
                            indexed_value)
    for name, var in table.items():
        if name not in values:
            continue
        if var.kind == "matrix":
            expr = expr.xreplace({var.symbol.xreplace(sizes): sp.ImmutableMatrix(
                np.vectorize(_numeric, otypes=[object])(np.asarray(values[name], dtype=float)))})
        elif var.kind == "function":
            expr = expr.replace(var.symbol, values[name])
    if isinstance(expr, sp.MatrixExpr):
        expr = sp.ImmutableMatrix(expr.doit())
    if _has_limits(expr) or expr.has(AppliedUndef, sp.Subs, sp.Derivative):
        expr = expr.doit()
        # a function's argument may only now expose indexed values (f'(sum_i w_i x_i))
        expr = expr.replace(lambda e: isinstance(e, sp.Indexed) and all(i.is_Integer for i in e.indices),
                            indexed_value)
    return expr


def _to_number(x, exact: bool = False):
    if isinstance(x, sp.MatrixBase):
        return np.array([[_to_number(v, exact) for v in row] for row in x.tolist()],
                        dtype=object if exact else float)
    x = sp.N(x, DIGITS)
    if x.has(sp.zoo, sp.nan) or not x.is_number:
        raise ValueError(f"expression did not evaluate to a number: {x}")
    return x if exact else float(x)


def _result_name(eq: Equation, lhs) -> str:
    if isinstance(lhs, sp.Indexed):
        return lhs.base.label.name
    if isinstance(lhs, (sp.Symbol, sp.MatrixSymbol)):
        return lhs.name
    return eq.slug  # a displayed left-hand side (a derivative, a determinant)


def _free_indices(eq: Equation, lhs) -> list:
    bound = set()
    for e in sp.preorder_traversal(lhs):
        if isinstance(e, ExprWithLimits):
            bound |= {lim[0] for lim in e.limits}
    names = [n for n in symbol_names(lhs) if eq.table.get(n) and eq.table[n].role == "index"]
    return [eq.table[n].symbol for n in names if eq.table[n].symbol not in bound]


def _index_range(eq: Equation, index, lhs, sizes: dict) -> range:
    var = eq.table[index.name]
    if var.bounds:
        lo, hi = (int(sp.sympify(b).xreplace(sizes)) for b in var.bounds)
        return range(lo, hi + 1)
    if isinstance(lhs, sp.Indexed):
        out = eq.table[lhs.base.label.name]
        for axis, i in enumerate(lhs.indices):
            if i == index:
                lo = _origin(out, axis, sizes)
                return range(lo, lo + int(sp.sympify(out.shape[axis]).xreplace(sizes)))
    raise ValueError(f"equation {eq.number} ({eq.slug}): free index {index} needs bounds "
                     f"(declare it with v.index(..., lo=, hi=))")


def evaluate(eq: Equation, values: dict, exact: bool = False) -> dict:
    """Evaluate every line of ``eq``; return {lhs name (or the slug): float or ndarray}.

    A free index in a left-hand side is looped over its range: for an indexed left-hand side
    the result fills that variable's array, otherwise an array over the free indices. With
    ``exact`` the results are 50-digit SymPy Floats (object arrays), for finite differences.
    """
    dtype = object if exact else float
    if not eq.body.computes:
        raise ValueError(f"equation {eq.number} ({eq.slug}) is an identity; it computes no value")
    values = dict(values)
    sizes = {var.symbol: sp.Integer(int(values[name]))
             for name, var in eq.table.items() if var.role == "size" and name in values}
    results = {}
    for line in eq.lines:
        if isinstance(line.lhs, AppliedUndef):
            # a function definition line, e.g. sigma(z) = 1/(1 + exp(-z)): later lines call it
            fname = type(line.lhs).__name__
            results[fname] = _to_number(_substitute(line.rhs, eq, values, sizes), exact)
            values[fname] = sp.Lambda(line.lhs.args, line.rhs)
            continue
        lhs = line.lhs.xreplace(sizes)
        if isinstance(lhs, sp.Indexed):  # integer inputs may pick the element (Q[s, a])
            lhs = lhs.xreplace(_scalars(eq, values))
        name = _result_name(eq, line.lhs)
        free = _free_indices(eq, lhs)
        ranges = [_index_range(eq, i, lhs, sizes) for i in free]
        if isinstance(lhs, sp.Indexed):
            var = eq.table[name]
            shape = tuple(int(sp.sympify(s).xreplace(sizes)) for s in var.shape)
            out = np.array(values[name], dtype=dtype, copy=True) if name in values else np.zeros(shape, dtype)
        else:
            out = np.zeros(tuple(len(r) for r in ranges), dtype) if free else None
        for pos in itertools.product(*ranges):
            point = dict(zip(free, map(sp.Integer, pos)))
            val = _to_number(_substitute(line.rhs.xreplace(point), eq, values, sizes), exact)
            if isinstance(lhs, sp.Indexed):
                target = tuple(int(sp.sympify(i).xreplace(point)) - _origin(var, k, sizes)
                               for k, i in enumerate(lhs.indices))
                out[target] = val
            elif free:
                out[tuple(p - r.start for p, r in zip(pos, ranges))] = val
            else:
                out = val
        values[name] = out
        results[name] = out
    return results


def sample_inputs(eq: Equation, sizes: dict, rng: np.random.Generator) -> dict:
    """Draw every input, parameter and hyperparameter of ``eq`` from its domain.

    ``sizes`` gives each size variable an int. Functions cannot be sampled; callers supply them.
    """
    values = dict(sizes)
    dims = {var.symbol: sp.Integer(int(sizes[name])) for name, var in eq.table.items()
            if var.role == "size" and name in sizes}
    for name, var in eq.table.items():
        if var.role in ("input", "parameter", "hyperparameter") and var.kind != "function":
            shape = tuple(int(sp.sympify(s).xreplace(dims)) for s in var.shape)
            values[name] = var.domain.sample(rng, shape)
    return values
