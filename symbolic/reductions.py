"""Reductions SymPy lacks: the maximum of an expression over integer index ranges."""
from __future__ import annotations

import itertools

import sympy as sp
from sympy.concrete.expr_with_limits import ExprWithLimits


class MaxOver(ExprWithLimits):
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
