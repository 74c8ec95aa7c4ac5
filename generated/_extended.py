# Generated from codegen/templates/extended.py.tmpl by `make generate`. Do not edit.
"""The extended-range path: a gufunc kernel's own core, run again in Python on decimal numbers
where the compiled kernel returned inf or NaN from finite inputs.

A float64 partial result can overflow while the value it feeds is finite: 1e300 * 1e300 - 1e300 *
1e300 is inf - inf = NaN in float64, and sigmoid(x . w) of 1e300 entries is 1, not NaN. Decimal
numbers (the standard library's decimal module, 60 significant digits, exponents to 10^18) do not
overflow there. Only the batch elements whose result holds an inf or a NaN, and whose float inputs
are all finite, are recomputed; the values are rounded once to the kernel's dtype. The cost is
Python speed for those elements only; NaN or inf in an input still gives the IEEE result of the
compiled kernel. Imports only the standard library and NumPy.
"""
import decimal
import math
import re
import types

import numpy as np

DIGITS = 60
CONTEXT = decimal.Context(prec=DIGITS, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[])
D = decimal.Decimal
ZERO, ONE, TWO = D(0), D(1), D(2)
INF, NAN = D("Infinity"), D("NaN")
SMALL = D("1e-4")  # below this, expm1, log1p and tanh use their series (no cancellation)
PI = D("3.14159265358979323846264338327950288419716939937510582097494459230781640628620899863")


class NoExtendedPath(Exception):
    """The core uses something the extended path does not provide (a LAPACK solver)."""


# --- scalar functions on decimals --------------------------------------------------------------
def _series(x, first, ratio):
    """first + first r(1) + first r(1) r(2) + ... until the terms stop changing the sum."""
    total, term, k = first, first, 1
    while True:
        term = term * ratio(k)
        k += 1
        new = total + term
        if new == total or k > 400:
            return new
        total = new


def exp(x):
    return x.exp()


def log(x):
    return x.ln()


def sqrt(x):
    return x.sqrt()


def expm1(x):
    if x.is_nan():
        return x
    if abs(x) < SMALL:
        return _series(x, x, lambda k: x / (k + 1))
    return x.exp() - ONE


def log1p(x):
    if x.is_nan():
        return x
    if abs(x) < SMALL:
        return _series(x, x, lambda k: -x * k / (k + 1))
    return (ONE + x).ln()


def tanh(x):
    if x.is_nan():
        return x
    if abs(x) > 100:  # 1 - tanh |x| < 2 e^{-200}: 1 at 60 digits
        return ONE.copy_sign(x)
    t = expm1(TWO * x)
    return t / (t + TWO)


def cosh(x):
    e = abs(x).exp()
    return (e + ONE / e) / TWO


def sigmoid(x):
    if x.is_nan():
        return x
    if x >= 0:
        return ONE / (ONE + (-x).exp())
    e = x.exp()
    return e / (ONE + e)


def sigmoid_slope(x):
    """sigmoid(x) sigmoid(-x) = e / (1 + e)^2, e = exp(-|x|)."""
    if x.is_nan():
        return x
    e = (-abs(x)).exp()
    return e / ((ONE + e) * (ONE + e))


def _reduced(x):
    """x mod 2 pi, in [0, 2 pi)."""
    return x - (x / (2 * PI)).to_integral_value(rounding=decimal.ROUND_FLOOR) * 2 * PI


def sin(x):
    if not x.is_finite():
        return NAN
    r = _reduced(x)
    return _series(r, r, lambda k: -r * r / ((2 * k) * (2 * k + 1)))


def cos(x):
    if not x.is_finite():
        return NAN
    r = _reduced(x)
    return _series(r, ONE, lambda k: -r * r / ((2 * k - 1) * (2 * k)))


def maximum(a, b):
    if a.is_nan() or b.is_nan():
        return NAN
    return a if a >= b else b


def hypot(a, b):
    if a.is_infinite() or b.is_infinite():
        return INF
    return (a * a + b * b).sqrt()


def floor(x):
    return x.to_integral_value(rounding=decimal.ROUND_FLOOR) if x.is_finite() else x


def isfinite(x):
    return x.is_finite()


def xlogy(x, y):
    if x == 0 and not y.is_nan():
        return ZERO
    return x * y.ln()


def xlog1py(x, y):
    if x == 0 and not y.is_nan():
        return ZERO
    return x * log1p(y)


def xdivy(x, y):
    if x == 0 and not y.is_nan():
        return ZERO
    return x / y


def relentr(x, y):
    if x == 0 and not y.is_nan():
        return ZERO
    return x * (x / y).ln()


def renormalize(m, e):
    return m, e  # no exponent to keep apart: decimals do not overflow here


def inverse_root(m, e, n):
    if n == 0:
        return ONE
    x = m * TWO ** int(e)
    if x.is_nan() or x < 0:
        return NAN
    if x == 0:
        return INF
    return (-(x.ln()) / n).exp()


def product3(a, b, c):
    return a * b * c


def quotient3(a, b, c):
    return a * b / c


def all_finite(a):
    return all(isfinite(v) for v in np.asarray(a, dtype=object).ravel())


def total(x):
    """The sum of a vector in order (the float path's rt.total sums in four parts; here each sum
    rounds at the context's precision, far below a float's, so the order does not show)."""
    s = ZERO
    for v in x:
        s += v
    return s


def noise(x):
    """0: no result of this path is discarded as rounding noise (it is the last resort)."""
    return ZERO


def _unsupported(name):
    def fail(*args, **kwargs):
        raise NoExtendedPath(name)
    return fail


# --- what the core's globals np, rt and lit stand for on this path ---------------------------------
def _elementwise(f):
    def apply(x, *rest):
        if isinstance(x, np.ndarray):
            return np.frompyfunc(f, 1 + len(rest), 1)(x, *rest)
        return f(x, *rest)
    return apply


def _decimal(v):
    """A float as a decimal of DIGITS digits (its exact expansion can have 750, and then 0 - t + t
    would leave the rounding error of the first sum instead of 0)."""
    return CONTEXT.create_decimal_from_float(float(v))


def _wide(x):
    """An argument as decimals: arrays of floats become object arrays, integers Python ints."""
    a = np.asarray(x)
    if a.dtype.kind in "iub":
        return a.astype(object) if a.ndim else int(a)
    if a.ndim == 0:
        return _decimal(a)
    return np.frompyfunc(_decimal, 1, 1)(a)


def _empty(shape, dtype=None):
    return np.full(shape, NAN, dtype=object)


NP = types.SimpleNamespace(
    ascontiguousarray=lambda a: a, dot=np.dot, empty=_empty, inf=INF, nan=NAN,
    exp=_elementwise(exp), log=_elementwise(log), sqrt=_elementwise(sqrt), tanh=_elementwise(tanh),
    cosh=_elementwise(cosh), expm1=_elementwise(expm1), log1p=_elementwise(log1p),
    abs=_elementwise(abs), maximum=_elementwise(maximum), hypot=_elementwise(hypot),
    floor=_elementwise(floor), sin=_elementwise(sin), cos=_elementwise(cos),
    isfinite=_elementwise(isfinite), linalg=types.SimpleNamespace(lstsq=_unsupported("np.linalg.lstsq")))
RT = types.SimpleNamespace(
    exp=NP.exp, exp_neg=NP.exp, expm1=NP.expm1, log=NP.log, log1p=NP.log1p, tanh=NP.tanh, hypot=NP.hypot, dot=np.dot,
    finite_or=lambda a, b: a if isfinite(a) else b, given=lambda p: False, vecmat=np.dot, matvec=np.dot, vdot=np.dot, wide=_wide, sigmoid=sigmoid,
    sigmoid_slope=sigmoid_slope, xlogy=xlogy, xlog1py=xlog1py, xdivy=xdivy, relentr=relentr,
    renormalize=renormalize, inverse_root=inverse_root, product3=product3,
    quotient3=quotient3, noise=noise, all_finite=all_finite, total=total, nonfinite=lambda a: 0, OVERFLOWS=False)


def _lit(like, value):
    return _decimal(value) if isinstance(value, float) else D(value)


_CORES = {}


def extended(core):
    """The core function with np, rt and lit bound to their decimal versions."""
    if core not in _CORES:
        names = dict(core.__globals__, np=NP, rt=RT, lit=_lit, math=math)
        _CORES[core] = types.FunctionType(core.__code__, names, core.__name__, core.__defaults__)
    return _CORES[core]


def _to_float(v):
    return float(v) if isinstance(v, D) else float("nan")


def run(core, inputs, out_shapes):
    """The core at one batch element: inputs are the core slices (arrays or scalars), out_shapes
    the core shapes of the outputs; returns the outputs as float64 arrays."""
    outs = [_empty(s if s else (1,)) for s in out_shapes]
    with decimal.localcontext(CONTEXT):
        extended(core)(*inputs, *outs, _empty((1,)))  # the last: the core's count of non-finite results
    return [np.frompyfunc(_to_float, 1, 1)(o).astype(np.float64).reshape(s) for o, s in zip(outs, out_shapes)]


def _core_dims(layout):
    """The number of core dimensions of each input and output: "(d),()->(d)" gives [1, 0], [1]."""
    ins, outs = layout.split("->")
    count = lambda part: [0 if g == "" else g.count(",") + 1 for g in re.findall(r"\(([^)]*)\)", part)]
    return count(ins), count(outs)


def rescue(core, layout, inputs, result):
    """Recompute, on the extended path, the batch elements of ``result`` (an array or a tuple of
    arrays, written in place) that hold inf or NaN while every float input there is finite."""
    outs = result if isinstance(result, tuple) else (result,)
    in_dims, out_dims = _core_dims(layout)
    batch = outs[0].shape[:outs[0].ndim - out_dims[0]]
    bad = np.zeros(batch, dtype=bool)
    for o, d in zip(outs, out_dims):
        bad |= ~np.isfinite(o).reshape(batch + (-1,)).all(axis=-1)
    if not bad.any():
        return
    views = []
    for a, d in zip(inputs, in_dims):
        a = np.asarray(a)
        views.append(np.broadcast_to(a, batch + a.shape[a.ndim - d:]))
    for at in zip(*np.nonzero(bad)) if batch else [()]:
        parts = [v[at] for v in views]
        if any(p.dtype.kind == "f" and not np.isfinite(p).all() for p in parts):
            continue  # NaN or inf in: the compiled kernel's IEEE result stands
        try:
            values = run(core, [_wide(p) for p in parts], [o.shape[len(batch):] for o in outs])
        except NoExtendedPath:
            return
        for o, v in zip(outs, values):
            o[at] = v
