"""Index calculus for derivatives of indexed sums: delta elimination with range reasoning.

SymPy's ``diff`` of ``Sum(f(x[i]), (i, 1, N))`` by ``x[k]`` leaves ``Sum(f'(x[i]) δ(i, k))``;
``doit`` turns that into ``Piecewise`` range guards and ``simplify`` can raise StopIteration on
it (sympy issue 14570). Here each sum is closed term by term: a delta fixes the summation index
(solved when it is linear with unit coefficient), a guard is kept only when the fixed value is
not known to lie in the summation range, and factors free of the index leave the sum.
"""
from __future__ import annotations

from functools import lru_cache

import sympy as sp
from sympy.concrete.expr_with_limits import ExprWithLimits

Ranges = dict  # index symbol -> (lo, hi), inclusive


def _in_range(value, lo, hi, ranges: Ranges) -> bool:
    """True when ``value`` provably lies in [lo, hi] (structural reasoning on declared ranges)."""
    if value in ranges:
        vlo, vhi = ranges[value]
        return _le(lo, vlo) and _le(vhi, hi)
    return _le(lo, value) and _le(value, hi)


def _le(a, b) -> bool:
    diff = sp.simplify(sp.sympify(b) - sp.sympify(a))
    return bool(diff.is_nonnegative) if diff.is_nonnegative is not None else diff == 0


def _delta_factor(term, i):
    """(delta, solved value of i, rest of the term) for the first delta fixing i, else None."""
    factors = sp.Mul.make_args(term)
    for n, f in enumerate(factors):
        base = f.base if isinstance(f, sp.Pow) and f.exp.is_positive and f.exp.is_integer else f
        if isinstance(base, sp.KroneckerDelta) and base.has(i):
            a, b = base.args
            coeff = sp.expand(a - b).coeff(i)
            if coeff not in (1, -1) or sp.expand(a - b - coeff * i).has(i):
                continue  # i = (p - a) / S is not always an integer: keep the delta in the sum
            sol = sp.solve(sp.Eq(a, b), i)
            if len(sol) == 1 and not sol[0].has(i):
                rest = sp.Mul(*(factors[:n] + factors[n + 1:]))
                return base, sol[0], rest
    return None


def subs_free(expr, var, value):
    """Substitute ``var`` where it is free: a sum or max that binds a same-named index keeps it."""
    if isinstance(expr, ExprWithLimits) and var in {lim[0] for lim in expr.limits}:
        limits = [(v, lo.xreplace({var: value}), hi.xreplace({var: value})) for v, lo, hi in expr.limits]
        return expr.func(expr.function, *limits)
    if not isinstance(expr, sp.Basic) or not expr.args or isinstance(expr, sp.Symbol):
        return value if expr == var else expr
    return expr.func(*[subs_free(a, var, value) for a in expr.args])


def _as_guarded(term):
    """c * Piecewise((x, cond), (0, True)) -> (c x, cond); any other term -> (term, True)."""
    for f in sp.Mul.make_args(term):
        if isinstance(f, sp.Piecewise) and len(f.args) == 2 and f.args[1].expr == 0 and f.args[1].cond == sp.true:
            others = sp.Mul(*[g for g in sp.Mul.make_args(term) if g is not f])
            return others * f.args[0].expr, f.args[0].cond
    return term, sp.true


def _close_guarded(body, cond, i, lo, hi, ranges):
    """Sum over i of body where cond holds (the arg-max indicator of a max's derivative)."""
    parts = []
    for sub in sp.Add.make_args(sp.expand_mul(body)):
        found = _delta_factor(sub, i)
        if found is not None:
            _, value, rest = found
            guard = subs_free(cond, i, value)
            if not _in_range(value, lo, hi, ranges):
                guard = sp.And(guard, sp.Ge(value, lo), sp.Le(value, hi))
            parts.append(sp.Piecewise((subs_free(rest, i, value), guard), (0, True)))
        else:
            parts.append(sp.Sum(sp.Piecewise((sub, cond), (0, True)), (i, lo, hi)))
    return sp.Add(*parts)


def _close_sum(f, limit, ranges: Ranges):
    i, lo, hi = limit
    inner = dict(ranges)
    inner[i] = (lo, hi)
    out = []
    for term in sp.Add.make_args(sp.expand_mul(f)):
        if not term.has(i):
            out.append(term * (hi - lo + 1))
            continue
        body, cond = _as_guarded(term)
        if cond != sp.true and cond.has(i):
            out.append(_close_guarded(body, cond, i, lo, hi, ranges))
            continue
        found = _delta_factor(term, i)
        if found is not None:
            _, value, rest = found
            value_term = subs_free(rest, i, value)
            if _in_range(value, lo, hi, ranges):
                out.append(value_term)
            else:
                out.append(sp.Piecewise((value_term, sp.And(sp.Ge(value, lo), sp.Le(value, hi))), (0, True)))
            continue
        free = sp.Mul(*[g for g in sp.Mul.make_args(term) if not g.has(i)])
        bound = sp.Mul(*[g for g in sp.Mul.make_args(term) if g.has(i)])
        out.append(free * sp.Sum(bound, (i, lo, hi)))
    # sums over the same range are left apart: sum_i G_i - xhat_k sum_i G_i xhat_i reads as a textbook
    return sp.Add(*out)


def eliminate_deltas(expr, ranges: Ranges | None = None):
    """Close every sum of ``expr`` that a Kronecker delta or an index-free factor allows."""
    ranges = dict(ranges or {})

    def visit(e, rng):
        if isinstance(e, sp.Sum):
            f = e.function
            inner = dict(rng)
            for var, lo, hi in e.limits:
                inner[var] = (lo, hi)
            f = visit(f, inner)
            for limit in e.limits:  # innermost first
                f = _close_sum(f, limit, rng)
            return f
        if isinstance(e, sp.Piecewise):
            return sp.Piecewise(*[(visit(x, rng), c) for x, c in e.args])
        if isinstance(e, sp.Basic) and e.args and not isinstance(e, (sp.Indexed, sp.MatrixSymbol)):
            return e.func(*[visit(a, rng) for a in e.args])
        return e

    return visit(expr, ranges)


def rename_bound(expr, new_name):
    """Rename every summation index: ``new_name(old)`` gives each bound index its new symbol. One
    pass, carrying the renaming down (an inner sum's bounds and body see the outer sums' new
    names), where renaming each sum's body with xreplace went over the body once per enclosing sum."""
    def visit(e, names):
        if isinstance(e, sp.Sum):
            # limits run innermost first: a bound may read the indices of the limits after it
            new = [new_name(var) for var, _, _ in e.limits]
            limits = []
            for n, (var, lo, hi) in enumerate(e.limits):
                outer = {**names, **{v: w for (v, _, _), w in zip(e.limits[n + 1:], new[n + 1:])}}
                limits.append((new[n], lo.xreplace(outer), hi.xreplace(outer)))
            inner = {**names, **{v: w for (v, _, _), w in zip(e.limits, new)}}
            return sp.Sum(visit(e.function, inner), *limits)
        if isinstance(e, (sp.Indexed, sp.MatrixSymbol)) or not (isinstance(e, sp.Basic) and e.args):
            return e.xreplace(names) if names and isinstance(e, sp.Basic) else e
        return e.func(*[visit(a, names) for a in e.args])

    return visit(expr, {})


@lru_cache(maxsize=1 << 16)
def canonical_bound(expr):
    """Summation indices renamed _b0, _b1, ... in order (alpha-normalisation) for comparisons."""
    counter = iter(range(10 ** 6))
    return rename_bound(expr, lambda var: sp.Symbol(f"_b{next(counter)}", integer=True))


_BASIC_FREE = sp.Basic.__dict__["free_symbols"]
SYMPY_LIMITS_FREE = ExprWithLimits.__dict__["free_symbols"]   # SymPy's own, kept for the tests


@lru_cache(maxsize=1 << 16)
def free_symbols(expr) -> frozenset:
    """``expr.free_symbols``, memoised per subexpression. SymPy recomputes a sum's free symbols on
    every call, rebuilding its whole body (an ``xreplace`` of each index by itself), and asks for
    them in its assumption queries (``Sum.is_number``) on every product or sum it builds around
    one: time quadratic in the depth of a large expression, most of an attention VJP's derivation
    and lowering. The property of sums is this function (installed below): the same sets."""
    if not isinstance(expr, sp.Basic):
        return frozenset()
    if isinstance(expr, ExprWithLimits):
        if not all(lim[0].free_symbols == {lim[0]} for lim in expr.limits):
            return frozenset(SYMPY_LIMITS_FREE.fget(expr))   # a limit that is no symbol: SymPy's rule
        free = set(free_symbols(expr.function))   # SymPy's rule, without the rebuilding
        for lim in expr.limits:
            if len(lim) == 1:
                free.add(lim[0])
                continue
            free.discard(lim[0])
            for bound in lim[1:]:
                free |= free_symbols(bound)
        return frozenset(free)
    if type(expr).free_symbols is _BASIC_FREE:      # the union of the arguments'
        return frozenset().union(*(free_symbols(a) for a in expr.args))
    return frozenset(expr.free_symbols)


def _limits_free_symbols(self) -> set:
    return set(free_symbols(self))   # a new set: SymPy's callers add to the one they get


# Sum, Product, MaxOver and the other expressions with limits (Integral keeps its own property,
# which calls this one)
ExprWithLimits.free_symbols = property(_limits_free_symbols, doc=SYMPY_LIMITS_FREE.__doc__)
