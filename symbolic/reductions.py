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


class CompensatedSum(sp.Sum):
    """A ``Sum`` that kernels accumulate with Neumaier's compensated summation: its rounding
    error stays near one ulp of the result whatever the number of terms (naive summation loses
    up to n/2 ulps). For sums whose error a later step amplifies: the perplexity's exp of a mean
    of 1e6 logarithms multiplies the mean's relative error by the mean itself. It equals the Sum."""
