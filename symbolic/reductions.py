"""Reductions SymPy lacks: the maximum of an expression over integer index ranges."""
from __future__ import annotations

import itertools

import sympy as sp
from sympy.concrete.expr_with_limits import ExprWithLimits


class MaxOver(ExprWithLimits):  # its derivative is defined below the class
    """``MaxOver(f, (i, lo, hi), ...)``: max of f over the inclusive integer ranges (like ``Sum``).

    ``doit`` expands to ``Max`` once the bounds are integers. Printed ``\\max_{lo \\le i \\le hi}``.
    Used for max pooling, the Q-learning target and max aggregation.
    """

    def doit(self, **hints):
        f = self.function
        if hints.get("deep", True):
            f = f.doit(**hints)
        ranges = []
        for var, lo, hi in self.limits:
            if not (lo.is_Integer and hi.is_Integer):
                return self.func(f, *self.limits)
            ranges.append([(var, sp.Integer(k)) for k in range(int(lo), int(hi) + 1)])
        return sp.Max(*(f.xreplace(dict(point)) for point in itertools.product(*ranges)))

    def _eval_is_real(self):
        return self.function.is_real


def _max_derivative(self, x):
    """d/dx max_i f_i = sum_i [f_i is the maximum] df_i/dx: the gradient goes to the maximiser
    (to every maximiser on an exact tie, where the max has only a subgradient)."""
    df = sp.diff(self.function, x)
    if df == 0:
        return sp.S.Zero
    return sp.Sum(sp.Piecewise((df, sp.Eq(self.function, self)), (0, True)), *self.limits)


MaxOver._eval_derivative = _max_derivative


class InverseGeometricMean(ExprWithLimits):
    """``InverseGeometricMean(f, (i, lo, hi))`` = (prod_i f)^(-1/n), n = hi - lo + 1, for kernels:
    the product is kept as a mantissa and an integer binary exponent (no overflow or underflow
    at any n) and the root splits the exponent in integers. exp(-(1/n) sum log f) equals it, but
    rounds the mean of the logarithms, and exp turns that absolute error into a relative error
    |mean| times as large (690 ulps for perplexity 1e300). Positive f only."""

    def doit(self, **hints):
        (var, lo, hi), = self.limits
        return sp.Product(self.function, *self.limits).doit(**hints) ** (-1 / (hi - lo + 1))

    def _eval_is_positive(self):
        return self.function.is_positive
