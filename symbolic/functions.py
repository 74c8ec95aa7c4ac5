"""Named functions that derived results are written with (the logistic sigmoid)."""
from __future__ import annotations

import sympy as sp

from symbolic.declare import Var
from symbolic.domains import OPEN_UNIT


class sigmoid(sp.Function):  # noqa: N801 - SymPy function classes are lower case
    """The logistic sigmoid 1 / (1 + e^{-x}); its derivative is sigmoid(x) (1 - sigmoid(x))."""

    dleq_name = "sigmoid"

    def fdiff(self, argindex=1):
        s = sigmoid(self.args[0])
        return s * (1 - s)

    def _eval_rewrite_as_exp(self, x, **kwargs):
        return 1 / (1 + sp.exp(-x))

    def _eval_is_real(self):
        return self.args[0].is_real


SIGMOID_VAR = Var("sigmoid", r"\sigma", r"the logistic sigmoid, $\sigma(x) = 1 / (1 + e^{-x})$", "output",
                  OPEN_UNIT, "function", (), sigmoid)


def recognise_sigmoid(expr):
    """Rewrite e^a / (1 + e^a) and 1 / (1 + e^{-a}) as sigmoid(a)."""
    def visit(e):
        if not isinstance(e, sp.Basic) or not e.args or isinstance(e, (sp.Indexed, sp.Symbol)):
            return e
        top = rules(e)
        if top is not e:
            return visit(top) if not isinstance(top, sigmoid) else top
        return rules(e.func(*[visit(a) for a in e.args]))

    def rules(e):
        if isinstance(e, sp.Pow) and e.exp == -1 and isinstance(e.base, sp.Add) and len(e.base.args) == 2:
            one, other = e.base.args if e.base.args[0] == 1 else e.base.args[::-1]
            if one == 1 and isinstance(other, sp.exp):
                return sigmoid(-other.args[0])
        if isinstance(e, sp.Mul):
            factors = list(e.args)
            for f in factors:  # e^{-a} / (1 + e^{-a})^2 = sigma(a) (1 - sigma(a))
                if isinstance(f, sp.Pow) and f.exp == -2 and isinstance(f.base, sp.Add) and len(f.base.args) == 2:
                    one, other = f.base.args if f.base.args[0] == 1 else f.base.args[::-1]
                    if one == 1 and isinstance(other, sp.exp) and other in factors:
                        s = sigmoid(-other.args[0])
                        rest = [g for g in factors if g is not f and g != other]
                        return sp.Mul(*rest) * s * (1 - s)
            for f in factors:
                if isinstance(f, sp.Pow) and f.exp == -1 and isinstance(f.base, sp.Add) and len(f.base.args) == 2:
                    one, other = f.base.args if f.base.args[0] == 1 else f.base.args[::-1]
                    if one == 1 and isinstance(other, sp.exp) and other in factors:
                        rest = [g for g in factors if g is not f and g != other]
                        return sp.Mul(*rest) * sigmoid(other.args[0])
        return e

    return visit(expr)


class sigmoid_slope(sp.Function):  # noqa: N801
    """sigma(x) sigma(-x), the sigmoid's derivative, as kernels compute it: e / (1 + e)^2 with
    e = exp(-|x|) <= 1 (one division where the pair of sigmoids takes two; no overflow). A function
    of its own so that a float32 core can call a float32 form (rt.sigmoid_slope32) that carries the
    roundings of 1 + e and of the quotient."""

    dleq_name = "sigmoid_slope"

    def fdiff(self, argindex=1):
        x = self.args[0]
        return sigmoid_slope(x) * (sigmoid(-x) - sigmoid(x))

    def _eval_rewrite_as_exp(self, x, **kwargs):
        e = sp.exp(-sp.Abs(x))
        return e / (1 + e) ** 2

    def _eval_evalf(self, prec):
        return self.rewrite(sp.exp)._eval_evalf(prec)

    def _eval_is_real(self):
        return self.args[0].is_real


class xlogy(sp.Function):  # noqa: N801
    """x log y, defined as 0 when x = 0 (even at y = 0): the x log x -> 0 convention of
    entropy, cross-entropy and KL divergence. Kernels compute it; it equals x log y elsewhere."""

    dleq_name = "xlogy"

    def fdiff(self, argindex=1):
        x, y = self.args
        return sp.log(y) if argindex == 1 else xdivy(x, y)

    def _eval_rewrite_as_log(self, x, y, **kwargs):
        return x * sp.log(y)

    def _eval_is_real(self):
        return self.args[0].is_real and self.args[1].is_positive


class xlog1py(sp.Function):  # noqa: N801
    """x log(1 + y), defined as 0 when x = 0 (even at y = -1): the x log(1 - p) terms of the
    cross-entropies, accurate where p is tiny (log(1 - 1e-290) rounds to 0, log1p does not)."""

    def fdiff(self, argindex=1):
        x, y = self.args
        return sp.log(1 + y) if argindex == 1 else xdivy(x, 1 + y)

    def _eval_rewrite_as_log(self, x, y, **kwargs):
        return x * sp.log(1 + y)

    def _eval_is_real(self):
        return self.args[0].is_real and (1 + self.args[1]).is_positive


class relentr(sp.Function):  # noqa: N801
    """x log(x / y), defined as 0 when x = 0 (even at y = 0): a term of KL and JS divergence."""

    dleq_name = "relentr"

    def fdiff(self, argindex=1):
        x, y = self.args
        return sp.log(x / y) + 1 if argindex == 1 else -xdivy(x, y)

    def _eval_rewrite_as_log(self, x, y, **kwargs):
        return x * sp.log(x / y)


class xdivy(sp.Function):  # noqa: N801
    """x / y, defined as 0 when x = 0 (even at y = 0): the derivative of xlogy(x, y) in y, the
    gradient of a term that the x log x -> 0 convention makes identically 0 when x = 0."""

    dleq_name = "xdivy"

    def fdiff(self, argindex=1):
        x, y = self.args
        return 1 / y if argindex == 1 else -x / y**2

    def _eval_rewrite_as_Mul(self, x, y, **kwargs):
        return x / y

    def _eval_is_real(self):
        return self.args[0].is_real and self.args[1].is_real


class ratio(sp.Function):  # noqa: N801
    """a / b kept whole, for kernels: SymPy neither distributes a power over it ((a/b)^2 stays the
    square of one rounded quotient) nor lets a kernel turn it into a * (1/b), which overflows when
    b is subnormal. It equals a / b."""

    def fdiff(self, argindex=1):
        a, b = self.args
        return 1 / b if argindex == 1 else -a / b**2

    def _eval_rewrite_as_Mul(self, a, b, **kwargs):
        return a / b

    def _eval_is_real(self):
        return self.args[0].is_real and self.args[1].is_real


class times(sp.Function):  # noqa: N801
    """a * b kept as the product of these two factors, for kernels: (c g) g does not overflow
    where g^2 does but c g^2 does not (Adam's (1 - beta2) g^2 at g = 1e155). It equals a * b."""

    def fdiff(self, argindex=1):
        a, b = self.args
        return b if argindex == 1 else a

    def _eval_rewrite_as_Mul(self, a, b, **kwargs):
        return a * b

    def _eval_is_real(self):
        return self.args[0].is_real and self.args[1].is_real


class product3(sp.Function):  # noqa: N801
    """a * b * c with one rounding of the magnitude, for kernels: the mantissas are multiplied and
    the binary exponents added (rt.product3), so no partial product overflows or underflows
    (SELU's lambda (alpha expm1(z)) at alpha = 1e-300, lambda = 1e300 lost 3,000 ulps in a
    subnormal alpha expm1(z)). It equals a * b * c."""
    nargs = 3

    def fdiff(self, argindex=1):
        others = [a for n, a in enumerate(self.args, 1) if n != argindex]
        return others[0] * others[1]

    def _eval_rewrite_as_Mul(self, a, b, c, **kwargs):
        return a * b * c

    def _eval_is_real(self):
        return all(a.is_real for a in self.args)


class quotient3(sp.Function):  # noqa: N801
    """a * b / c with the magnitude rounded twice, for kernels: mantissas multiplied and divided,
    binary exponents added and subtracted (rt.quotient3), so neither a b nor b / c overflows or
    underflows on the way (Adam's eta (m-hat / root) at eta = 1e306 and a subnormal m-hat / root).
    It equals a * b / c."""
    nargs = 3

    def fdiff(self, argindex=1):
        a, b, c = self.args
        return [b / c, a / c, -a * b / c**2][argindex - 1]

    def _eval_rewrite_as_Mul(self, a, b, c, **kwargs):
        return a * b / c

    def _eval_is_real(self):
        return all(x.is_real for x in self.args)


class rounding_noise(sp.Function):  # noqa: N801
    """x times the unit roundoff of the precision a kernel computes in: 2^-53 in compiled kernels
    (rt.noise; they compute in float64), 0 on the extended-range path (which returns what it
    computes). A guard ``|result| < rounding_noise(bound)`` marks a result that is all rounding
    error: the kernel returns NaN there, and the entry point recomputes that element with 60
    digits. In exact arithmetic (the references) it is 0."""
    nargs = 1

    def fdiff(self, argindex=1):
        return sp.S.Zero

    def _eval_evalf(self, prec):
        return sp.S.Zero

    def _eval_is_real(self):
        return self.args[0].is_real


class hypot(sp.Function):  # noqa: N801
    """sqrt(x^2 + y^2) without overflow or underflow in the squares (kernels call rt.hypot)."""

    def fdiff(self, argindex=1):
        return self.args[argindex - 1] / self

    def _eval_rewrite_as_sqrt(self, x, y, **kwargs):
        return sp.sqrt(x**2 + y**2)

    def _eval_is_real(self):
        return self.args[0].is_real and self.args[1].is_real


class finite_or(sp.Function):  # noqa: N801
    """a where a is finite, else b: b is a proven-equal form that does not overflow, computed only
    where a did (a stable form that keeps the fast textbook form in the common case). It equals a."""

    def fdiff(self, argindex=1):
        return sp.S.One if argindex == 1 else sp.S.Zero

    def _eval_rewrite_as_Add(self, a, b, **kwargs):
        return a

    def _eval_is_real(self):
        return self.args[0].is_real


class is_finite(sp.logic.boolalg.BooleanFunction):  # noqa: N801
    """The condition "x is finite (not inf, not NaN)" for a kernel's Piecewise: SymPy takes a real
    symbol to be finite, so x < oo would evaluate to True; this stays a condition (np.isfinite)."""

    @classmethod
    def eval(cls, x):
        return None


class before(sp.Function):  # noqa: N801
    """In an update line's stable form: the value a state variable had before this update
    (Adam's theta line reads the old v, which the v line has overwritten)."""

    def _eval_is_real(self):
        return self.args[0].is_real
