"""Rewriting derived expressions into textbook form, in terms of an equation's own outputs.

Each earlier line (and the output line) of a definition is used twice: its right-hand side is
replaced by its left-hand side wherever it occurs (with any indices, modulo the names of
summation indices), and the line is solved for a leaf (an exp, a sum or an indexed input) that
is then replaced everywhere: exp(z_w) = yhat_w S turns the softmax derivative into
yhat_j (delta_jk - yhat_k). A form is kept only when it is not larger (count_ops).
"""
from __future__ import annotations

from functools import lru_cache

import sympy as sp
from sympy.concrete.expr_with_limits import ExprWithLimits

from symbolic.declare import Equation, symbol_names
from symbolic.functions import recognise_sigmoid, sigmoid
from symbolic.indexcalc import canonical_bound, eliminate_deltas


def free_indices(eq: Equation, lhs) -> list:
    return [eq.table[n].symbol for n in symbol_names(lhs)
            if n in eq.table and eq.table[n].role == "index" and isinstance(lhs, sp.Indexed)]



def _leaves(rhs, free, inputs) -> list:
    """Atoms of a definition to solve for: its sums, its one exp, or its one indexed input."""
    out = [e for e in sp.preorder_traversal(rhs) if isinstance(e, sp.Sum) and e.has(*inputs)]
    def outside_sums(e):
        if isinstance(e, sp.Sum):
            return
        yield e
        for a in e.args:
            yield from outside_sums(a)

    exps = {e for e in outside_sums(rhs)
            if isinstance(e, sp.exp) and e.has(*inputs) and (not free or e.has(*free))}
    if len(exps) == 1:
        out += list(exps)
    if free:
        ind = {e for e in sp.preorder_traversal(rhs) if isinstance(e, sp.Indexed)
               and e.base.label in inputs and set(free) <= e.free_symbols}
        if len(ind) == 1:
            out += list(ind)
    return out


def _rewrite_with(expr, lhs, rhs, free, inputs) -> list:
    """Forms of ``expr`` written through ``lhs``, one per leaf that lhs = rhs can be solved for."""
    out = []
    for leaf in _leaves(rhs, free, inputs):
        new = _rewrite_leaf(expr, lhs, rhs, free, leaf)
        if new is not None:
            out.append(new)
    return out


def _wilds(free):
    return {f: sp.Wild(f"w_{f}", properties=[lambda x: x.is_integer is not False]) for f in free}


def _replace_family(expr, pattern_of, make, wild, kind):
    """Replace each subexpression of type ``kind`` matching ``pattern_of`` (modulo the names of
    summation indices) by ``make(match)``."""
    pattern = canonical_bound(pattern_of)

    def matches(e):
        return isinstance(e, kind) and canonical_bound(e).match(pattern) is not None

    needed = [w for w in wild.values() if pattern.has(w)]

    def repl(e):
        m = canonical_bound(e).match(pattern)
        if m is None or any(w not in m for w in needed):
            return e
        return make(m)

    return expr.replace(matches, repl)


@lru_cache(maxsize=None)
def _solve_for_leaf(lhs, rhs, leaf):
    """The leaf as a function of the left-hand side (lhs = rhs solved for leaf), or None."""
    u = sp.Dummy("u")
    try:
        sols = sp.solve(sp.Eq(lhs, rhs.xreplace({leaf: u})), u, check=False, simplify=False)
    except (NotImplementedError, ValueError):
        return None
    if len(sols) != 1:
        return None
    # a root of the left-hand side picks a branch: K = (s + c)^p gives s + c = K^(1/p) only where
    # s + c >= 0 (the polynomial kernel's derivative had the wrong sign at s + c < 0, even p)
    if any(isinstance(e, sp.Pow) and e.base.has(lhs) and e.exp.is_integer is not True
           for e in sp.preorder_traversal(sols[0])):
        return None
    return sols[0]


def _rewrite_leaf(expr, lhs, rhs, free, leaf):
    sol = _solve_for_leaf(lhs, rhs, leaf)
    if sol is None:
        return None
    if not free and isinstance(leaf, sp.exp):
        # exp(c a) = leaf^c for a number c: e^{z} = 1 / e^{-z}
        def scalar_repl(e):
            ratio = sp.cancel(e.args[0] / leaf.args[0])
            return sol ** ratio if ratio.is_Rational else e
        return sp.expand_power_exp(expr).replace(lambda e: isinstance(e, sp.exp), scalar_repl)
    expr = sp.expand_power_exp(expr)
    wild = _wilds(free)
    # the sums of the definition become functions of its free indices, S(t), so that a leaf
    # exp(e_{t,s}) -> alpha_{t,s} S(t) keeps the row it belongs to
    sums = [e for e in sp.preorder_traversal(rhs) if isinstance(e, sp.Sum)]
    atoms = {}
    for n, s_ in enumerate(sums):
        sfree = tuple(f for f in free if s_.has(f))
        fn = sp.Function(f"_S{n}")
        atoms[fn] = (s_, sfree)
        expr = _replace_family(expr, s_.xreplace(wild), lambda m, fn=fn, sf=sfree: fn(*[m[wild[f]] for f in sf]),
                               wild, sp.Sum)
        sol = sol.xreplace({s_: fn(*sfree)})
    if isinstance(leaf, sp.Sum):
        out = expr
        for fn, (s_, sfree) in atoms.items():
            if s_ == leaf:
                out = out.replace(lambda e, fn=fn: isinstance(e, fn),
                                  lambda e, sf=sfree: sol.xreplace(dict(zip(sf, e.args))))
    else:
        out = _replace_family(expr, leaf.xreplace(wild),
                              lambda m: sol.xreplace({f: m[w] for f, w in wild.items() if w in m}),
                              wild, type(leaf))
    for fn, (s_, sfree) in atoms.items():
        out = out.replace(lambda e, fn=fn: isinstance(e, fn),
                          lambda e, s_=s_, sf=sfree: s_.xreplace(dict(zip(sf, e.args))))
    return out


def _replace_definition(expr, lhs, rhs, free):
    """Occurrences of a definition's right-hand side (any indices) become its left-hand side."""
    wild = _wilds(free)
    target = lhs.xreplace(wild)
    for pattern in {rhs, recognise_sigmoid(rhs)}:
        if isinstance(pattern, (sp.Symbol, sp.Indexed)) or pattern.is_number:
            continue
        expr = _replace_family(recognise_sigmoid(expr) if pattern != rhs else expr, pattern.xreplace(wild),
                               lambda m: target.xreplace(m), wild, type(pattern))
    return expr


@lru_cache(maxsize=1024)
def _tidy(expr):
    """Smallest of a few equal forms; Heaviside -> the ReLU'(0) = 0 convention; signs into sums."""
    cands = [expr]
    small = sp.count_ops(expr) <= 40
    cands.append(_merge_sums(expr))
    for f in (sp.factor_terms, sp.cancel, sp.factor) if small else (sp.factor_terms,):
        try:
            cands.append(f(expr))
        except Exception:  # a form SymPy cannot factor stays as it is  # noqa: BLE001
            pass
    return min((_signs_into_sums(c) for c in cands), key=_size)


def _merge_sums(expr):
    """sum_j a_j + sum_j b_j -> sum_j (a_j + b_j), factored: sum_j W_jl G_j (1 - h_j^2)."""
    if not isinstance(expr, sp.Add):
        return expr
    groups, rest = {}, []
    for term in expr.args:
        sums = [f for f in sp.Mul.make_args(term) if isinstance(f, sp.Sum)]
        if len(sums) == 1:
            coeff = sp.Mul(*[f for f in sp.Mul.make_args(term) if f is not sums[0]])
            groups.setdefault(sums[0].limits, []).append(coeff * sums[0].function)
        else:
            rest.append(term)
    merged = [sp.Sum(sp.factor_terms(sp.Add(*fs)), *lim) if len(fs) > 1 else sp.Sum(fs[0], *lim)
              for lim, fs in groups.items()]
    return sp.Add(*rest, *merged)


def scoped(expr, free: set) -> bool:
    """Every index symbol is free (allowed) or bound by an enclosing sum."""
    def ok(e, bound):
        if isinstance(e, ExprWithLimits):  # a sum or a max over a range binds its indices
            bound = bound | {lim[0] for lim in e.limits}
            return ok(e.function, bound) and all(ok(x, bound) for lim in e.limits for x in lim[1:])
        if isinstance(e, sp.Indexed):  # its base is a name, not an index; integer labels are data
            return all(ok(i, bound) for i in e.indices)
        if isinstance(e, sp.Symbol):
            return not e.is_integer or e in bound or e in free or bool(e.is_positive)  # sizes are positive
        return all(ok(a, bound) for a in e.args) if isinstance(e, sp.Basic) else True
    return ok(expr, frozenset())


def kinks_explicit(expr):
    """Heaviside and sign as cases, with the conventions H(0) = 0 (ReLU'(0) = 0) and sign(0) = 0.

    Done last: SymPy's piecewise folding may move a case split out of a sum whose index its
    condition uses, so no rewriting runs after it."""
    expr = expr.replace(lambda e: isinstance(e, sp.Heaviside),
                        lambda e: sp.Piecewise((1, e.args[0] > 0), (0, True)))
    return expr.replace(lambda e: isinstance(e, sp.sign),
                        lambda e: sp.Piecewise((1, e.args[0] > 0), (-1, e.args[0] < 0), (0, True)))


def _signs_into_sums(expr):
    """-x (y - 1) -> x (1 - y): the textbook sign placement."""
    if isinstance(expr, sp.Mul) and expr.could_extract_minus_sign():
        factors = list(sp.Mul.make_args(-expr))
        adds = [f for f in factors if isinstance(f, sp.Add)]
        if len(adds) == 1:
            return sp.Mul(*[(-f if f is adds[0] else f) for f in factors])
    return expr


def to_textbook(expr, eq: Equation):
    """The smallest equal form of ``expr`` written with the equation's own outputs where possible."""
    inputs = {v.symbol.label if v.kind == "indexed" else v.symbol
              for v in eq.variables if v.role in ("input", "parameter")}
    best = _tidy(expr)
    for ln in (eq.lines if eq.body.relation == "=" else ()):  # an update's lhs is also its input
        if isinstance(ln.lhs, (sp.Symbol, sp.Indexed)):
            free = free_indices(eq, ln.lhs)
            for form in (ln.rhs, ln.stable):
                if form is None:
                    continue
                direct = _tidy(_replace_definition(best, ln.lhs, form, free))
                if _size(direct) <= _size(best):
                    best = direct
            for start in (best, expr):
                for new in _rewrite_with(start, ln.lhs, ln.rhs, free, inputs):
                    new = _tidy(eliminate_deltas(new))
                    marker = ln.lhs.base if isinstance(ln.lhs, sp.Indexed) else ln.lhs
                    if _size(new) <= _size(best) and new.has(marker):
                        best = new
    for start in (expr, best):
        sig = _tidy(recognise_sigmoid(start))
        if sig.has(sigmoid) and _size(sig) < _size(best):
            best = sig
    return best


@lru_cache(maxsize=4096)
def _size(e) -> tuple:
    """Order of preference among equal forms: fewer operations, then a product over a sum.
    Cached: the same candidate forms are compared again and again (a pure function of e)."""
    return (int(sp.count_ops(e)), 0 if isinstance(e, sp.Mul) else 1, len(str(e)))


