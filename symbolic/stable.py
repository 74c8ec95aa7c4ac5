"""Stable forms: rewrites of an expression into an equal one that kernels can compute without
false overflow, NaN or cancellation. Each rule is an identity (tests/test_stable.py proves it at
random points and shows the naive form failing where the stable one does not):

  exp(a) / sum_k exp(b_k)       = exp(a - M) / sum_k exp(b_k - M),  M = max_k b_k   (softmax)
  exp factors (or sums of one exp each) / (sum_k exp(b_k))^n: shifted by n M in all (softmax
                                derivatives, attention's softmax-weighted sums)
  log(sum_k exp(b_k))           = M + log(sum_k exp(b_k - M))                     (log-sum-exp)
  log(exp(a) / sum_k exp(b_k))  = a - log-sum-exp(b)                               (log-softmax)
  x log y                       = xlogy(x, y), 0 when x = 0                        (x log x -> 0)
  x log(1 - y)                  = xlog1py(x, -y), 0 when x = 0      (accurate at y = 1e-290)
  x log(x / y)                  = relentr(x, y), 0 when x = 0 (also at y = 0)      (KL, JS terms)
  1 - sigmoid(a)                = sigmoid(-a)         (sigma' = sigma(z) sigma(-z), accurate at z = 40)
  sigmoid(a) sigmoid(-a)        = e / (1 + e)^2, e = exp(-|a|)    (sigma': one division, not two)
  1 - tanh(a)^2                 = 4 e / (1 + e)^2, e = exp(-2|a|)   (sech^2 a; no cancellation at
                                  a = 20, no overflow, and an exp that vectorizes where cosh does not)
Documents keep the textbook form; only kernels use these.
"""
from __future__ import annotations

import sympy as sp

from symbolic.functions import recognise_sigmoid, relentr, sigmoid, sigmoid_slope, xlog1py, xlogy
from symbolic.indexcalc import subs_free
from symbolic.reductions import MaxOver


def _exp_sum(e):
    """(b, limits) when ``e`` is Sum(exp(b), limits)."""
    if isinstance(e, sp.Sum) and isinstance(e.function, sp.exp) and not e.function.has(MaxOver):
        return e.function.args[0], e.limits
    return None


def _one_exp(f):
    """The exp that ``f`` is linear in, if exactly one: f is exp(a), or a product with one factor
    linear in it and no other exp, or a Sum of such (nested sums of exp(a) times factors)."""
    if isinstance(f, sp.exp):
        return f
    if isinstance(f, sp.Sum):
        return _one_exp(f.function)
    if isinstance(f, sp.Mul):
        with_exp = [a for a in f.args if a.has(sp.exp)]
        if len(with_exp) == 1:
            return _one_exp(with_exp[0])
    return None


def _shifted_sum(b, limits):
    M = MaxOver(b, *limits)
    return M, sp.Sum(sp.exp(b - M), *limits)


def _lse(b, limits):
    M, S = _shifted_sum(b, limits)
    return M + sp.log(S)


def _log_rule(e):
    """Rules on a log, tried before its argument is rewritten (so log(softmax) is seen whole)."""
    if isinstance(e, sp.log):
        arg = e.args[0]
        hit = _exp_sum(arg)
        if hit:
            return _lse(*hit)
        if isinstance(arg, sp.Mul):
            exps = [f for f in arg.args if isinstance(f, sp.exp)]
            dens = [f for f in arg.args if isinstance(f, sp.Pow) and f.exp == -1 and _exp_sum(f.base)]
            rest = [f for f in arg.args if f not in exps and f not in dens]
            if len(exps) == 1 and len(dens) == 1 and not rest:
                M, S = _shifted_sum(*_exp_sum(dens[0].base))
                # (a - M) - log S: a - M is exact near the maximum; a - (M + log S) rounds at |M|
                return sp.Add(sp.UnevaluatedExpr(exps[0].args[0] - M), -sp.log(S), evaluate=False)
    return e


def _sigmoid_pair(e):
    """sigmoid(a) sigmoid(-a) within a product as sigmoid_slope(a), e / (1 + e)^2 with
    e = exp(-|a|) <= 1: one division instead of two (the pair shares the denominator 1 + e), and
    no overflow."""
    sigs = [f for f in e.args if isinstance(f, sigmoid)]
    for n, f in enumerate(sigs):
        mate = next((g for g in sigs[n + 1:] if sp.expand(g.args[0] + f.args[0]) == 0), None)
        if mate is not None:
            rest = list(e.args)
            rest.remove(f)
            rest.remove(mate)
            a = mate.args[0] if f.args[0].could_extract_minus_sign() else f.args[0]  # even: either
            return sp.Mul(*rest, sigmoid_slope(a))
    return e


def _rule(e):
    if isinstance(e, sp.Mul):
        pair = _sigmoid_pair(e)
        if pair is not e:
            return pair
        dens = [f for f in e.args if isinstance(f, sp.Pow) and f.exp.is_Integer and f.exp < 0 and _exp_sum(f.base)]
        units = [f for f in e.args if isinstance(f, sp.exp)
                 or (isinstance(f, sp.Sum) and _one_exp(f.function) is not None)]
        n = -dens[0].exp if len(dens) == 1 else 0
        adds = [f for f in e.args if isinstance(f, sp.Add) and f.has(sp.exp)]
        if n and not units and len(adds) == 1:  # (A + B) / S^n: each term gets the rule
            rest = [f for f in e.args if f is not adds[0]]
            return sp.Add(*[sp.Mul(*rest, term) for term in adds[0].args])
        if units and len(units) <= n:
            # exp factors (or sums of one exp each: attention) over the n-th power of a sum of
            # exps: the numerator shifted by n M in all (SymPy merges exp(a) exp(b) into one
            # exp, which then takes 2 M), the sum by M, so the shifts cancel (softmax and its
            # derivatives, softmax-weighted sums)
            M, S = _shifted_sum(*_exp_sum(dens[0].base))
            out = [f for f in e.args if f is not dens[0] and not any(f is u for u in units)]
            for pos, u in enumerate(units):
                shift = (n - len(units) + 1) * M if pos == 0 else M
                if isinstance(u, sp.exp):
                    out.append(sp.exp(u.args[0] - shift))
                else:
                    ex = _one_exp(u)
                    out.append(u.xreplace({ex: sp.exp(ex.args[0] - shift)}))
            return sp.Mul(*out) / S ** n
        logs = [f for f in e.args if isinstance(f, sp.log)]
        coeff, factors = e.as_coeff_mul()
        others = [f for f in factors if not isinstance(f, sp.log)]
        if len(logs) == 1 and others and any(f.free_symbols for f in others):
            x, arg = sp.Mul(*others), logs[0].args[0]
            num, den = arg.as_numer_denom()
            if num == x and den != 1:  # x log(x / y): 0 at x = 0 even when y = 0 (KL, JS)
                return coeff * relentr(x, den)
            if isinstance(arg, sp.Add) and sp.S.One in arg.args:  # x log(1 + u): log1p
                return coeff * xlog1py(x, arg - 1)
            return coeff * xlogy(x, arg)
    if isinstance(e, sp.Add) and len(e.args) == 2 and sp.S.One in e.args:
        other = e.args[1] if e.args[0] == 1 else e.args[0]
        if isinstance(other, sp.Mul) and other.args[0] == -1 and len(other.args) == 2:
            inner = other.args[1]
            if isinstance(inner, sigmoid):
                return sigmoid(-inner.args[0])
            if isinstance(inner, sp.Pow) and inner.exp == 2 and isinstance(inner.base, sp.tanh):
                return 4 * sigmoid_slope(2 * inner.base.args[0])
    return e


def stabilise(expr):
    """Apply the rules bottom-up until nothing changes."""
    def visit(e):
        if not isinstance(e, sp.Basic) or e.is_Atom or isinstance(e, sp.Indexed):
            return e
        if isinstance(e, (sp.Sum, MaxOver)):
            return e.func(visit(e.function), *e.limits)
        pre = _log_rule(e)
        if pre is not e:
            return visit(pre)
        new = e.func(*[visit(a) for a in e.args])
        out = _rule(new)
        return visit(out) if out != new else out
    return visit(expr)


def kernel_form(expr, lhs=None):
    """What a kernel computes for ``expr``: sigmoids recognised, then the stable rules."""
    return stabilise(recognise_sigmoid(expr))


def inline_named(lines):
    """Substitute outputs defined as sigmoid(a) or tanh(a) into later lines, so the rules see
    ``1 - sigmoid(a)`` in a derivative written with the output's name (sigma (1 - sigma))."""
    out, named = [], []
    for lhs, rhs in lines:
        for name_lhs, body in named:
            rhs = _substitute(rhs, name_lhs, body)
        rhs = stabilise(rhs)
        out.append((lhs, rhs))
        if isinstance(rhs, (sigmoid, sp.tanh)) and isinstance(lhs, (sp.Symbol, sp.Indexed)):
            named.append((lhs, rhs))
    return out


def _substitute(expr, lhs, body):
    if isinstance(lhs, sp.Symbol):
        return expr.xreplace({lhs: body})
    free = [i for i in lhs.indices if isinstance(i, sp.Symbol)]
    if len(free) != len(lhs.indices):
        return expr

    def repl(e):
        out = body
        for f, idx in zip(free, e.indices):
            out = subs_free(out, f, idx)
        return out
    return expr.replace(lambda e: isinstance(e, sp.Indexed) and e.base == lhs.base, repl)
