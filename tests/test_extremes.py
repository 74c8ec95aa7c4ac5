"""No false overflow (issue 5, point 2): at extreme inputs every kernel returns the true value.

Each case calls one generated kernel at one extreme input, in float64 and in float32, and checks
every output element against the true value computed here with mpmath at 300 bits from the exact
values of the (already rounded) inputs:

  * a true value inside the dtype's range must come back finite and within the stated bound, in
    ulps of the dtype: ``|got - true| <= bound * spacing(|true|)`` elementwise, or, for kernels
    whose outputs mix large and cancelling small entries (Jacobians, gradients of reductions),
    normwise: ``<= bound * spacing(max |true|)``, as ``dleq check`` measures it;
  * a true value that is infinite (log 0) or beyond the dtype's range must come back as the
    correctly signed IEEE infinity, and an undefined one (a zero vector's cosine) as NaN; the
    kernel's docstring must say so (``test_docstring_states_the_ieee_value``).

Bounds follow codegen/check.py: 4 ulps for elementwise kernels and 4 + n for kernels that reduce
n input components, twice that in float32 (float32 libm functions are good to about 2 ulps). The
one addition: a gradient t / ||t|| whose norm is a subnormal number may also carry that norm's
relative rounding, spacing(||t||) / ||t|| (``inherited``).

float32 uses the same extremes where they are representable (logits +-1000, sigmoid at +-800,
...). Where an input is not representable in float32 (1e200, 1e-200, 1e300) the float32 case
uses an input at the same place relative to the float32 range: one whose square overflows
(1e30 in place of 1e200 and 1e300) or underflows (1e-30 in place of 1e-200), or a subnormal
(1e-40 in place of 1e-310); each such substitution is stated beside the case.
"""
from __future__ import annotations

import re

import mpmath
import numpy as np
import pytest

import generated as g

M = mpmath.MPContext()  # a private context: the precision of mpmath.mp (SymPy's) is left alone
M.prec = 300
NAN = M.nan
DTYPES = (np.float64, np.float32)

# the float32 stand-ins for inputs float32 cannot hold (see the module docstring)
HUGE = {np.float64: 1e200, np.float32: 1e30}    # squares overflow: 1e400, 1e60
TINY = {np.float64: 1e-200, np.float32: 1e-30}  # squares underflow to 0: 1e-400, 1e-60
SUBNORMAL = {np.float64: 1e-310, np.float32: 1e-40}  # below the smallest normal number: 1/x overflows


def bound(dtype, n=0):
    """codegen/check.py's bound: 4 ulps (+ n for a reduction of n components), doubled in float32."""
    return (4 + n) * (2 if dtype is np.float32 else 1)


def arr(values, dtype):
    return np.asarray(values, dtype=np.float64).astype(dtype)


def ex(a):
    """The exact values of a float array (or scalar) as mpf, in an object array of its shape."""
    a = np.asarray(a)
    out = np.empty(a.shape, dtype=object)
    for idx in np.ndindex(a.shape):
        out[idx] = M.mpf(float(a[idx]))
    return out


def to_obj(values):
    out = np.empty(np.shape(np.asarray(values, dtype=object)), dtype=object)
    src = np.asarray(values, dtype=object)
    for idx in np.ndindex(out.shape):
        out[idx] = src[idx]
    return out


def rounded(w, dtype):
    """The true value ``w`` rounded to ``dtype`` (overflowing to a signed infinity)."""
    with np.errstate(over="ignore"):
        return dtype(float(w))


class Failures:
    def __init__(self):
        self.lines = []

    def check(self, what, got, want, dtype, ulps, normwise=False):
        got = np.asarray(got)
        want = to_obj(want)
        if got.dtype != np.dtype(dtype):
            self.lines.append(f"{what}: dtype {got.dtype}, expected {np.dtype(dtype).name}")
            return
        if got.shape != want.shape:
            self.lines.append(f"{what}: shape {got.shape}, expected {want.shape}")
            return
        finite = [abs(w) for w in want.ravel() if not M.isnan(w) and np.isfinite(rounded(w, dtype))]
        scale = max(finite) if finite else M.mpf(0)
        for idx in np.ndindex(got.shape):
            gv, w = got[idx], want[idx]
            where = f"{what}{list(idx) if got.shape else ''}"
            if M.isnan(w):
                if not np.isnan(gv):
                    self.lines.append(f"{where}: true value undefined, expected NaN, got {gv!r}")
                continue
            r = rounded(w, dtype)
            if np.isinf(r):
                if gv != r:
                    self.lines.append(f"{where}: true value {M.nstr(w, 6)} rounds to {r} in "
                                      f"{np.dtype(dtype).name}, got {gv!r}")
                continue
            if not np.isfinite(gv):
                self.lines.append(f"{where}: got {gv!r}, true value {M.nstr(w, 17)} is finite")
                continue
            ref = scale if normwise else abs(w)
            unit = float(np.spacing(rounded(ref, dtype)))
            err = abs(M.mpf(float(gv)) - w) / unit
            if err > ulps:
                self.lines.append(f"{where}: got {float(gv)!r}, true {M.nstr(w, 17)}, error "
                                  f"{float(err):.3g} ulps > {ulps}{' (normwise)' if normwise else ''}")


# --- reference math (mpmath, from the exact inputs) ---------------------------------------------

def m_lse(z):
    return M.log(M.fsum(M.exp(v) for v in z))   # mpmath's exponent range holds e^1000 and e^-2000


def m_softmax(z):
    lse = m_lse(z)
    return [M.exp(v - lse) for v in z]


def m_log_softmax(z):
    lse = m_lse(z)
    return [v - lse for v in z]


def m_sigmoid(z):
    return 1 / (1 + M.exp(-z))


def m_xlogy(x, y):
    """x log y with 0 log y = 0 (the kernels' convention) and x log 0 = -inf for x > 0."""
    if x == 0:
        return M.mpf(0)
    return x * M.log(y) if y > 0 else -M.inf


def m_xdivy(x, y):
    """x / y with 0 / y = 0: the derivative of xlogy(x, y) in y (xlogy(0, y) is 0 for every y)."""
    if x == 0:
        return M.mpf(0)
    return x / y if y != 0 else M.inf * M.sign(x)


def m_relentr(x, y):
    if x == 0:
        return M.mpf(0)
    return x * M.log(x / y) if y > 0 else M.inf


def m_norm(v):
    return M.sqrt(M.fsum(a * a for a in v))


# --- the cases -----------------------------------------------------------------------------------

CASES = []        # (id, function of dtype that fills a Failures)
DOCUMENTED = {}   # kernel name -> "inf" or "nan": the IEEE value its docstring must state


def case(name, documents=None):
    def register(fn):
        CASES.append((name, fn))
        for kernel, value in (documents or {}).items():
            DOCUMENTED[kernel] = value
        return fn
    return register


# softmax, log-softmax and log-sum-exp at logits +-1000 (representable in float32 as well)

LOGITS = {
    "pm1000": [1000.0, -1000.0, 0.0, 999.0],
    "all-1000": [-1000.0, -1000.0, -999.0],
    "all+1000": [1000.0, 1000.0, 1000.0],
}


def _softmax_case(kernel, key):
    def fn(dtype, f):
        z = arr(LOGITS[key], dtype)
        f.check(kernel, getattr(g, kernel)(z), m_softmax(ex(z)), dtype, bound(dtype))
    return fn


def _jacobian_case(kernel, key):
    def fn(dtype, f):
        z = arr(LOGITS[key], dtype)
        y = m_softmax(ex(z))
        want = [[y[j] * ((1 if j == k else 0) - y[k]) for k in range(len(y))] for j in range(len(y))]
        f.check(kernel, getattr(g, kernel)(z), want, dtype, bound(dtype, len(y)), normwise=True)
    return fn


for _key in LOGITS:
    case(f"softmax-{_key}")(_softmax_case("softmax", _key))
    case(f"softmax_jacobian_z-{_key}")(_jacobian_case("softmax_jacobian_z", _key))
    case(f"softmax_jacobian-{_key}")(_jacobian_case("softmax_jacobian", _key))


@case("attention_weights-pm1000")
def _(dtype, f):
    e = arr([LOGITS["pm1000"], [-1000.0, 1000.0, -999.0, 1000.0]], dtype)
    want = [m_softmax(row) for row in ex(e)]
    f.check("attention_weights", g.attention_weights(e), want, dtype, bound(dtype))


TARGETS = {  # targets for the pm1000 logits [1000, -1000, 0, 999]
    "onehot-at-minus1000": [0.0, 1.0, 0.0, 0.0],   # loss 2000 + log(1 + e^-1 + ...): log-sum-exp
    "onehot-at-999": [0.0, 0.0, 0.0, 1.0],         # loss 1 + log(1 + e^-1)
    "soft": [0.5, 0.25, 0.0, 0.25],
}


def _sce_case(key):
    def fn(dtype, f):
        z, y = arr(LOGITS["pm1000"], dtype), arr(TARGETS[key], dtype)
        zz, yy = ex(z), ex(y)
        p, logp = m_softmax(zz), m_log_softmax(zz)
        loss = -M.fsum(a * b for a, b in zip(yy, logp))    # -sum y log-softmax(z)
        grad = [a - b for a, b in zip(p, yy)]
        n = 2 * len(z)
        f.check("softmax_cross_entropy_grad", g.softmax_cross_entropy_grad(z, y), grad, dtype,
                bound(dtype, n), normwise=True)
        value, dz = g.softmax_cross_entropy_value_and_grad(z, y)
        f.check("softmax_cross_entropy_value_and_grad: loss", value, loss, dtype, bound(dtype, n))
        f.check("softmax_cross_entropy_value_and_grad: grad", dz, grad, dtype, bound(dtype, n), normwise=True)
    return fn


for _key in TARGETS:
    case(f"softmax_cross_entropy-pm1000-{_key}")(_sce_case(_key))


# the softmax Jacobian where the largest probability rounds to 1: y_j (1 - y_j) is about
# e^-40 (float32: e^-20), not 0; the off-diagonal entries are -y_j y_l

@case("softmax_jacobian-dominant-class")
def _(dtype, f):
    gap = {np.float64: 40.0, np.float32: 20.0}[dtype]
    z = arr([0.0, -gap, -gap - 1.0], dtype)
    y = m_softmax(ex(z))
    want = [[y[j] * ((1 if j == l else 0) - y[l]) for l in range(3)] for j in range(3)]
    f.check("softmax_jacobian_z", g.softmax_jacobian_z(z), want, dtype, bound(dtype, 3))
    f.check("softmax_jacobian", g.softmax_jacobian(z), want, dtype, bound(dtype, 3))
    for j in range(3):  # each entry to its own relative accuracy, the diagonal's tiny ones too
        f.check(f"softmax_jacobian_z[{j}, {j}]", g.softmax_jacobian_z(z)[j, j], want[j][j], dtype, bound(dtype, 3))


# batch norm of activations near 1e200 (float32: 1e30): the variance overflows, the normalized
# values do not

@case("batch_norm_forward-huge-activations")
def _(dtype, f):
    big = {np.float64: 1e200, np.float32: 1e30}[dtype]
    x = arr([big, -2 * big, 0.5 * big, 3 * big], dtype)
    xx = ex(x)
    eps, gamma, beta = dtype(1e-5), dtype(2.0), dtype(0.5)
    mu = M.fsum(xx) / len(xx)
    var = M.fsum((v - mu) ** 2 for v in xx) / len(xx)
    want = [M.mpf(float(gamma)) * (v - mu) / M.sqrt(var + M.mpf(float(eps))) + M.mpf(float(beta)) for v in xx]
    f.check("batch_norm_forward", g.batch_norm_forward(x, eps, gamma, beta), want, dtype, bound(dtype, 2 * len(xx)),
            normwise=True)


# attention whose scores pass log(max) (about 709; float32 88): the softmax-weighted sum of the
# values, not inf/inf

@case("scaled_dot_product_attention-scores-1e4")
def _(dtype, f):
    Q = arr([[100.0, 0.0], [0.0, 1.0]], dtype)
    K = arr([[100.0, 0.0], [99.0, 0.0], [-100.0, 0.0]], dtype)
    V = arr([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], dtype)
    QQ, KK, VV = ex(Q), ex(K), ex(V)
    want = []
    for t in range(2):
        w = m_softmax([M.fsum(QQ[t, d] * KK[s, d] for d in range(2)) / M.sqrt(2) for s in range(3)])
        want.append([M.fsum(w[s] * VV[s, j] for s in range(3)) for j in range(2)])
    f.check("scaled_dot_product_attention", g.scaled_dot_product_attention(Q, K, V), want, dtype,
            bound(dtype, 8), normwise=True)


# NaN in a compared input: no branch of a case split holds, and the result is NaN, not the
# number of the last branch

@case("case-splits-propagate-nan")
def _(dtype, f):
    z = arr([np.nan, 1.0, -1.0], dtype)
    for kernel in ("relu_grad_z", "leaky_relu_grad_z", "binary_step", "elu"):
        args = (z,) if kernel in ("relu_grad_z", "binary_step") else (z, dtype(0.5))
        got = np.asarray(getattr(g, kernel)(*args))
        if not np.isnan(got[0]) or np.isnan(got[1:]).any():
            f.lines.append(f"{kernel}({z.tolist()}) = {got.tolist()}: NaN only where z is NaN expected")


@case("softmax_cross_entropy-all+1000")
def _(dtype, f):
    z, y = arr(LOGITS["all+1000"], dtype), arr([1.0, 0.0, 0.0], dtype)
    value, dz = g.softmax_cross_entropy_value_and_grad(z, y)
    f.check("softmax_cross_entropy_value_and_grad: loss", value, M.log(3), dtype, bound(dtype, 6))
    f.check("softmax_cross_entropy_value_and_grad: grad", dz,
            [M.mpf(1) / 3 - 1, M.mpf(1) / 3, M.mpf(1) / 3], dtype, bound(dtype, 6), normwise=True)


# knowledge distillation: KL between two softmaxes, i.e. log-softmax differences, at +-1000

# the student's softmax underflows to 0 where the teacher's is not small: p_T log(p_T / p_S) must
# come from log-softmaxes; the teacher has two comparable classes so no gradient is degenerate
KD_T = [[1000.0, 999.0, -1000.0], [-1000.0, 1000.0, 999.5]]
KD_S = [[-1000.0, 0.0, 1000.0], [1000.0, -1000.0, 0.0]]


def _kd_case(tau):
    def fn(dtype, f):
        t, s, ta = arr(KD_T, dtype), arr(KD_S, dtype), dtype(tau)
        tt, ss, T = ex(t), ex(s), M.mpf(float(ta))
        N = len(tt)
        loss, grad_t, grad_s = M.mpf(0), [], []
        for ti, si in zip(tt, ss):
            pt, ps = m_softmax([v / T for v in ti]), m_softmax([v / T for v in si])
            lt, ls = m_log_softmax([v / T for v in ti]), m_log_softmax([v / T for v in si])
            r = [a - b for a, b in zip(lt, ls)]                  # log(p_T / p_S), from log-softmaxes
            kl = M.fsum(p * q for p, q in zip(pt, r))
            loss += kl
            grad_t.append([T / N * p * (q - kl) for p, q in zip(pt, r)])
            grad_s.append([T / N * (b - a) for a, b in zip(pt, ps)])
        loss = T * T * loss / N
        n = 2 * t.size + 1
        f.check("knowledge_distillation", g.knowledge_distillation(t, s, ta), loss, dtype, bound(dtype, n))
        f.check("knowledge_distillation_grad_t", g.knowledge_distillation_grad_t(t, s, ta), grad_t, dtype,
                bound(dtype, n), normwise=True)
        f.check("knowledge_distillation_grad_s", g.knowledge_distillation_grad_s(t, s, ta), grad_s, dtype,
                bound(dtype, n), normwise=True)
        value, ds = g.knowledge_distillation_value_and_grad(t, s, ta)
        f.check("knowledge_distillation_value_and_grad: loss", value, loss, dtype, bound(dtype, n))
        f.check("knowledge_distillation_value_and_grad: grad", ds, grad_s, dtype, bound(dtype, n), normwise=True)
    return fn


for _tau in (1.0, 2.0):
    case(f"knowledge_distillation-pm1000-tau{_tau:g}")(_kd_case(_tau))


# sigmoid, its derivative and softplus at +-800 (and the points between where the result is a
# normal or subnormal number); +-800 is representable in float32 too

SIGMOID_Z = [-800.0, -740.0, -700.0, -100.0, -80.0, -40.0, 0.0, 40.0, 100.0, 700.0, 800.0]


def _elementwise_case(kernel, zs, true, *params):
    def fn(dtype, f):
        z = arr(zs, dtype)
        ps = [dtype(p) for p in params]
        want = [true(v, *[M.mpf(float(p)) for p in ps]) for v in ex(z)]
        f.check(kernel, getattr(g, kernel)(z, *ps), want, dtype, bound(dtype))
    return fn


def _sigmoid_prime(z):
    e = M.exp(-abs(z))
    return e / (1 + e) ** 2


case("sigmoid-pm800")(_elementwise_case("sigmoid", SIGMOID_Z, m_sigmoid))
case("sigmoid_grad_z-pm800")(_elementwise_case("sigmoid_grad_z", SIGMOID_Z, _sigmoid_prime))
case("sigmoid_derivative-pm800")(_elementwise_case("sigmoid_derivative", SIGMOID_Z, _sigmoid_prime))
case("softplus-pm800")(_elementwise_case("softplus", SIGMOID_Z, lambda z: max(z, 0) + M.log1p(M.exp(-abs(z)))))
case("softplus_grad_z-pm800")(_elementwise_case("softplus_grad_z", SIGMOID_Z, m_sigmoid))

# tanh at +-400 (and +-20, where 1 - tanh^2 would cancel to 0)
TANH_Z = [-400.0, -20.0, 20.0, 400.0]
case("tanh-pm400")(_elementwise_case("tanh", TANH_Z, M.tanh))
case("tanh_grad_z-pm400")(_elementwise_case("tanh_grad_z", TANH_Z, lambda z: 1 / M.cosh(z) ** 2))
case("tanh_derivative-pm400")(_elementwise_case("tanh_derivative", TANH_Z, lambda z: 1 / M.cosh(z) ** 2))

# ELU and SELU at -800
ELU_Z = [-800.0, -700.0, -100.0, -1.0]
SELU_ALPHA, SELU_LAMBDA = 1.6732632423543772, 1.0507009873554805
case("elu-minus800")(_elementwise_case("elu", ELU_Z, lambda z, a: a * M.expm1(z), 1.5))
case("elu_grad_z-minus800")(_elementwise_case("elu_grad_z", ELU_Z, lambda z, a: a * M.exp(z), 1.5))
case("selu-minus800")(_elementwise_case("selu", ELU_Z, lambda z, a, lam: lam * a * M.expm1(z),
                                        SELU_ALPHA, SELU_LAMBDA))
case("selu_grad_z-minus800")(_elementwise_case("selu_grad_z", ELU_Z, lambda z, a, lam: lam * a * M.exp(z),
                                               SELU_ALPHA, SELU_LAMBDA))


# binary cross-entropy (plain, weighted, balanced) at predictions 0 and 1

BCE_INPUTS = {
    # labels equal to the predictions: the loss is 0 and the gradient +-1/N, both finite
    "matching": ([0.0, 1.0, 1.0, 0.0], [0.0, 1.0, 1.0, 0.0]),
    # y = 1 at y_hat = 0 and y = 0 at y_hat = 1: log 0, the loss is +inf (true value infinite)
    "opposite": ([1.0, 0.0, 0.5, 1.0], [0.0, 1.0, 0.5, 1.0]),
    # tiny predictions of label 0: each term -log(1 - y_hat) is about y_hat (log(1 - 1e-20) rounds
    # to 0; log1p does not)
    "tiny": ([0.0, 0.0, 1.0, 0.0], [1e-30, 1e-20, 1.0, 1e-25]),
}
BCE_KERNELS = {  # kernel -> weight parameter (None: the plain BCE, weights 1 and 1)
    "binary_cross_entropy": None, "weighted_cross_entropy": 0.25, "balanced_cross_entropy": 0.75,
}


def _bce_case(kernel, weight, key):
    def fn(dtype, f):
        y, y_hat = arr(BCE_INPUTS[key][0], dtype), arr(BCE_INPUTS[key][1], dtype)
        args = (y, y_hat) if weight is None else (dtype(weight), y, y_hat)
        a = M.mpf(1) if weight is None else M.mpf(float(dtype(weight)))
        b = M.mpf(1) if weight is None else 1 - a
        yy, pp = ex(y), ex(y_hat)
        N = len(yy)
        terms = [a * m_xlogy(u, p) + b * m_xlogy(1 - u, 1 - p) for u, p in zip(yy, pp)]
        loss = M.inf if any(M.isinf(t) for t in terms) else -M.fsum(terms) / N
        grad = [(b * m_xdivy(1 - u, 1 - p) - a * m_xdivy(u, p)) / N for u, p in zip(yy, pp)]
        n = 2 * N
        f.check(kernel, getattr(g, kernel)(*args), loss, dtype, bound(dtype, n))
        f.check(kernel + "_grad_y_hat", getattr(g, kernel + "_grad_y_hat")(*args), grad, dtype,
                bound(dtype, n), normwise=True)
        if weight is None:
            value, d = g.binary_cross_entropy_value_and_grad(*args)
            f.check(kernel + "_value_and_grad: loss", value, loss, dtype, bound(dtype, n))
            f.check(kernel + "_value_and_grad: grad", d, grad, dtype, bound(dtype, n), normwise=True)
    return fn


for _kernel, _w in BCE_KERNELS.items():
    for _key in BCE_INPUTS:
        _docs = {_kernel: "inf", _kernel + "_grad_y_hat": "inf"}
        if _w is None:
            _docs[_kernel + "_value_and_grad"] = "inf"
        case(f"{_kernel}-{_key}", documents=_docs if _key == "opposite" else None)(_bce_case(_kernel, _w, _key))


# multi-class cross-entropy at predictions 0 and 1

CCE_INPUTS = {
    "matching-onehot": ([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]),
    "soft-with-zero": ([[0.5, 0.5, 0.0]], [[0.5, 0.5, 0.0]]),
    "opposite": ([[1.0, 0.0]], [[0.0, 1.0]]),           # log 0: the loss is +inf
}


def _cce_case(key):
    def fn(dtype, f):
        y, y_hat = arr(CCE_INPUTS[key][0], dtype), arr(CCE_INPUTS[key][1], dtype)
        yy, pp = ex(y), ex(y_hat)
        N = len(yy)
        terms = [m_xlogy(u, p) for ru, rp in zip(yy, pp) for u, p in zip(ru, rp)]
        loss = M.inf if any(M.isinf(t) for t in terms) else -M.fsum(terms) / N
        grad_y_hat = [[-m_xdivy(u, p) / N for u, p in zip(ru, rp)] for ru, rp in zip(yy, pp)]
        grad_y = [[(-M.log(p) if p > 0 else M.inf) / N for p in rp] for rp in pp]   # -log(y_hat) / N
        n = 2 * y.size
        f.check("categorical_cross_entropy", g.categorical_cross_entropy(y, y_hat), loss, dtype, bound(dtype, n))
        f.check("categorical_cross_entropy_grad_y_hat", g.categorical_cross_entropy_grad_y_hat(y, y_hat),
                grad_y_hat, dtype, bound(dtype, n), normwise=True)
        f.check("categorical_cross_entropy_grad_y", g.categorical_cross_entropy_grad_y(y, y_hat),
                grad_y, dtype, bound(dtype, n), normwise=True)
        value, d = g.categorical_cross_entropy_value_and_grad(y, y_hat)
        f.check("categorical_cross_entropy_value_and_grad: loss", value, loss, dtype, bound(dtype, n))
        f.check("categorical_cross_entropy_value_and_grad: grad", d, grad_y_hat, dtype, bound(dtype, n),
                normwise=True)
    return fn


for _key in CCE_INPUTS:
    _docs = {"categorical_cross_entropy_grad_y": "inf"}   # -log(0) / N at every zero prediction
    if _key == "opposite":
        _docs.update({"categorical_cross_entropy": "inf", "categorical_cross_entropy_grad_y_hat": "inf",
                      "categorical_cross_entropy_value_and_grad": "inf"})
    case(f"categorical_cross_entropy-{_key}", documents=_docs)(_cce_case(_key))


# KL and Jensen-Shannon divergence with zero probabilities

KL_INPUTS = {
    "shared-zero": ([0.5, 0.5, 0.0], [0.25, 0.75, 0.0]),  # 0 log(0/0) = 0
    "P-zero": ([0.0, 1.0], [0.5, 0.5]),                   # log 2; d/dP at P = 0 is -inf
    "Q-zero": ([0.5, 0.5], [1.0, 0.0]),                   # log 0: +inf
}


def _kl_case(key):
    def fn(dtype, f):
        P, Q = arr(KL_INPUTS[key][0], dtype), arr(KL_INPUTS[key][1], dtype)
        PP, QQ = ex(P), ex(Q)
        terms = [m_relentr(p, q) for p, q in zip(PP, QQ)]
        kl = M.inf if any(M.isinf(t) for t in terms) else M.fsum(terms)
        # d/dQ_k = -P_k / Q_k, and 0 where P_k = 0 (relentr(0, q) is 0 for every q)
        grad_Q = [-m_xdivy(p, q) for p, q in zip(PP, QQ)]
        n = 2 * len(P)
        f.check("kl_divergence", g.kl_divergence(P, Q), kl, dtype, bound(dtype, n))
        f.check("kl_divergence_grad_Q", g.kl_divergence_grad_Q(P, Q), grad_Q, dtype, bound(dtype, n),
                normwise=True)
        if key != "Q-zero":  # d/dP_k = 1 + log(P_k / Q_k): -inf at P_k = 0 < Q_k
            grad_P = [(1 + M.log(p / q)) if p > 0 else -M.inf for p, q in zip(PP, QQ)]
            if key == "shared-zero":
                grad_P = grad_P[:2]   # at P_k = Q_k = 0 the derivative is undefined: not checked
                got = g.kl_divergence_grad_P(P, Q)[:2]
            else:
                got = g.kl_divergence_grad_P(P, Q)
            f.check("kl_divergence_grad_P", got, grad_P, dtype, bound(dtype, n), normwise=True)
    return fn


case("kl_divergence-shared-zero")(_kl_case("shared-zero"))
case("kl_divergence-P-zero", documents={"kl_divergence_grad_P": "inf"})(_kl_case("P-zero"))
case("kl_divergence-Q-zero", documents={"kl_divergence": "inf"})(_kl_case("Q-zero"))

JS_INPUTS = {
    "disjoint": ([0.5, 0.5, 0.0], [0.0, 0.0, 1.0]),       # log 2
    "one-hot": ([1.0, 0.0], [0.0, 1.0]),                  # log 2
    "shared-zero": ([0.5, 0.5, 0.0], [0.25, 0.75, 0.0]),
}


def _js_case(key):
    def fn(dtype, f):
        P, Q = arr(JS_INPUTS[key][0], dtype), arr(JS_INPUTS[key][1], dtype)
        PP, QQ = ex(P), ex(Q)
        MM = [(p + q) / 2 for p, q in zip(PP, QQ)]
        js = (M.fsum(m_relentr(p, m) for p, m in zip(PP, MM)) + M.fsum(m_relentr(q, m) for q, m in zip(QQ, MM))) / 2
        n = 2 * len(P)
        f.check("js_divergence", g.js_divergence(P, Q), js, dtype, bound(dtype, n))
        if key == "shared-zero":
            # dJS/dP_k = log(P_k / M_k) / 2; where P_k = Q_k = 0 the term (1/2) P_k log(P_k / M_k) is
            # (1/2) P_k log 2 for P_k >= 0 (M_k = P_k / 2), so the (one-sided) derivative is log(2) / 2
            def half_log_ratio(a, m):
                return M.log(a / m) / 2 if m > 0 else M.log(2) / 2
            f.check("js_divergence_grad_P", g.js_divergence_grad_P(P, Q),
                    [half_log_ratio(p, m) for p, m in zip(PP, MM)], dtype, bound(dtype, n), normwise=True)
            f.check("js_divergence_grad_Q", g.js_divergence_grad_Q(P, Q),
                    [half_log_ratio(q, m) for q, m in zip(QQ, MM)], dtype, bound(dtype, n), normwise=True)
    return fn


for _key in JS_INPUTS:
    case(f"js_divergence-{_key}")(_js_case(_key))


# Gaussian density with sigma = 1e-200 (float32: 1e-30; both square to 0)

def _gauss_true(x, mu, s):
    u = (x - mu) / s
    return M.exp(-u * u / 2) / (s * M.sqrt(2 * M.pi))


@case("gaussian_pdf-sigma-tiny")
def _(dtype, f):
    s = dtype(TINY[dtype])
    # x - mu = 0, sigma, -2 sigma, 4 sigma (exact multiples, so (x - mu) / sigma is exact), and x = mu = 1
    x = np.array([0, s, -2 * s, 4 * s, 1], dtype)
    mu = np.array([0, 0, 0, 0, 1], dtype)
    want = [_gauss_true(a, b, M.mpf(float(s))) for a, b in zip(ex(x), ex(mu))]
    f.check("gaussian_pdf", g.gaussian_pdf(x, mu, s), want, dtype, bound(dtype))


def _gauss_grads(x, mu, s):
    p = _gauss_true(x, mu, s)
    u = (x - mu) / s
    return -u / s * p, u / s * p, (u * u - 1) / s * p    # d/dx, d/dmu, d/dsigma


@case("gaussian_pdf_grads-sigma-tiny-at-mean")
def _(dtype, f):
    # sigma = 1e-200 (float32: 1e-30) at x = mu: d/dx = d/dmu = 0, d/dsigma = -pdf / sigma, which
    # is -4e399 (-4e59): beyond the range, so -inf is the correctly rounded value
    s = dtype(TINY[dtype])
    x = mu = np.array([0.0, 1.0], dtype)
    grads = [_gauss_grads(a, b, M.mpf(float(s))) for a, b in zip(ex(x), ex(mu))]
    for k, name in enumerate(("grad_x", "grad_mu", "grad_sigma")):
        f.check("gaussian_pdf_" + name, getattr(g, "gaussian_pdf_" + name)(x, mu, s),
                [gr[k] for gr in grads], dtype, bound(dtype))


@case("gaussian_pdf_grads-sigma-small")
def _(dtype, f):
    # sigma = 1e-150 (float32: 1e-15): the gradients are about 1e299 (1e29), finite, while
    # 1/sigma^2 * pdf = 1e300 * 4e149 (1e30 * 4e14) overflows before the factor (x - mu);
    # x - mu = sigma / 2 and -2 sigma, exact multiples of sigma
    s = dtype({np.float64: 1e-150, np.float32: 1e-15}[dtype])
    x = np.array([s / 2, -2 * s], dtype)
    mu = np.zeros(2, dtype)
    grads = [_gauss_grads(a, b, M.mpf(float(s))) for a, b in zip(ex(x), ex(mu))]
    for k, name in enumerate(("grad_x", "grad_mu", "grad_sigma")):
        f.check("gaussian_pdf_" + name, getattr(g, "gaussian_pdf_" + name)(x, mu, s),
                [gr[k] for gr in grads], dtype, bound(dtype))


# cosine similarity of huge (1e200; float32 1e30) and tiny (1e-200; float32 1e-30) vectors

def _vectors(kind, dtype):
    a, b = np.array([1.0, 2.0, 3.0]), np.array([4.0, -5.0, 6.0])
    sx = {"huge": HUGE, "tiny": TINY, "huge-tiny": HUGE}[kind][dtype]
    sy = {"huge": HUGE, "tiny": TINY, "huge-tiny": TINY}[kind][dtype]
    return arr(a * sx, dtype), arr(b * sy, dtype)


def _cosine_case(kind):
    def fn(dtype, f):
        x, y = _vectors(kind, dtype)
        xx, yy = ex(x), ex(y)
        nx, ny = m_norm(xx), m_norm(yy)
        c = M.fsum(a * b for a, b in zip(xx, yy)) / (nx * ny)
        n = 2 * len(x)
        f.check("cosine_similarity", g.cosine_similarity(x, y), c, dtype, bound(dtype, n))
        f.check("cosine_similarity_grad_x", g.cosine_similarity_grad_x(x, y),
                [b / (nx * ny) - c * a / nx ** 2 for a, b in zip(xx, yy)], dtype, bound(dtype, n), normwise=True)
        f.check("cosine_similarity_grad_y", g.cosine_similarity_grad_y(x, y),
                [a / (nx * ny) - c * b / ny ** 2 for a, b in zip(xx, yy)], dtype, bound(dtype, n), normwise=True)
        parallel = g.cosine_similarity(x, 3 * x)    # cos(x, 3x) = 1
        f.check("cosine_similarity(x, 3x)", parallel, M.mpf(1), dtype, bound(dtype, n))
    return fn


for _kind in ("huge", "tiny", "huge-tiny"):
    case(f"cosine_similarity-{_kind}")(_cosine_case(_kind))


@case("cosine_similarity-zero-vector", documents={"cosine_similarity": "nan"})
def _(dtype, f):
    # the cosine of the angle to the zero vector is undefined: NaN
    y = arr([1.0, 2.0, 3.0], dtype)
    f.check("cosine_similarity(0, y)", g.cosine_similarity(np.zeros(3, dtype), y), NAN, dtype, bound(dtype))
    f.check("cosine_similarity(y, 0)", g.cosine_similarity(y, np.zeros(3, dtype)), NAN, dtype, bound(dtype))


# Euclidean distance and Frobenius norm of 1e200 entries (float32: 1e30), of 1e-200 entries
# (float32: 1e-30) whose squares underflow, and of subnormal entries (1e-310, float32 1e-40),
# which hypot handles too: scaling must divide by the largest magnitude, as 1/max overflows
SCALES = {"huge": HUGE, "tiny": TINY, "subnormal": SUBNORMAL}

def _euclid_pairs(kind, dtype):
    scale = SCALES[kind][dtype]
    return [(arr(np.array([1.0, 2.0, 3.0]) * scale, dtype), arr(np.array([-2.0, -1.0, -2.0]) * scale, dtype)),
            (arr(np.array([1.0, 0.0, 0.0]) * scale, dtype), np.zeros(3, dtype))]


def _euclid_case(kind):
    def fn(dtype, f):
        for x, y in _euclid_pairs(kind, dtype):
            d = m_norm([a - b for a, b in zip(ex(x), ex(y))])
            f.check(f"euclidean_distance({x[0]:g}, ...)", g.euclidean_distance(x, y), d, dtype,
                    bound(dtype, 2 * len(x)))
    return fn


def inherited(norm, grad, dtype):
    """Extra ulps (of max |grad|) for a gradient t / norm when the norm is subnormal: a subnormal
    number carries fewer significant bits, a relative precision of spacing(norm) / norm, which
    t / norm inherits. 0 when the norm is a normal number."""
    n = rounded(norm, dtype)
    if n == 0 or n >= np.finfo(dtype).tiny:
        return 0.0
    s = rounded(max(abs(v) for v in np.ravel(np.asarray(grad, dtype=object))), dtype)
    return float((np.spacing(n) / n) / (np.spacing(s) / s))


def _euclid_grads_case(kind):
    def fn(dtype, f):
        for x, y in _euclid_pairs(kind, dtype):
            xx, yy = ex(x), ex(y)
            d = m_norm([a - b for a, b in zip(xx, yy)])
            gx, gy = [(a - b) / d for a, b in zip(xx, yy)], [(b - a) / d for a, b in zip(xx, yy)]
            ulps = bound(dtype, 2 * len(x)) + inherited(d, gx, dtype)
            f.check(f"euclidean_distance_grad_x({x[0]:g}, ...)", g.euclidean_distance_grad_x(x, y),
                    gx, dtype, ulps, normwise=True)
            f.check(f"euclidean_distance_grad_y({x[0]:g}, ...)", g.euclidean_distance_grad_y(x, y),
                    gy, dtype, ulps, normwise=True)
    return fn


def _frobenius_matrix(kind, dtype):
    return arr(np.array([[1.0, -2.0], [3.0, 4.0], [0.5, 0.0]]) * SCALES[kind][dtype], dtype)


def _frobenius_case(kind):
    def fn(dtype, f):
        A = _frobenius_matrix(kind, dtype)
        f.check("frobenius_norm", g.frobenius_norm(A), m_norm(list(ex(A).ravel())), dtype, bound(dtype, A.size))
    return fn


def _frobenius_grad_case(kind):
    def fn(dtype, f):
        A = _frobenius_matrix(kind, dtype)
        AA = ex(A)
        norm = m_norm(list(AA.ravel()))
        want = [[a / norm for a in row] for row in AA]
        f.check("frobenius_norm_grad_A", g.frobenius_norm_grad_A(A), want, dtype,
                bound(dtype, A.size) + inherited(norm, want, dtype), normwise=True)
    return fn


for _kind in SCALES:
    case(f"euclidean_distance-{_kind}")(_euclid_case(_kind))
    case(f"euclidean_distance_grads-{_kind}")(_euclid_grads_case(_kind))
    case(f"frobenius_norm-{_kind}")(_frobenius_case(_kind))
    case(f"frobenius_norm_grad_A-{_kind}")(_frobenius_grad_case(_kind))


# perplexity over 1e6 tokens

PPL_N = 10 ** 6


def _ppl_case(values, with_grad):
    def fn(dtype, f):
        v = arr(values, dtype)
        reps = PPL_N // len(v)
        which = np.random.default_rng(5).permutation(np.repeat(np.arange(len(v)), reps))
        p = v[which]
        vv = ex(v)
        mean = -M.fsum(reps * M.log(a) for a in vv) / PPL_N       # each value occurs reps times
        ppl = M.exp(mean)
        f.check(f"perplexity over {PPL_N} tokens", g.perplexity(p), ppl, dtype, bound(dtype, PPL_N))
        if with_grad:   # -PPL / (N p_k): checked once per distinct output value at each distinct p_k
            grad = g.perplexity_grad_p(p)
            got, want = [], []
            for k, a in enumerate(vv):
                for out in np.unique(grad[which == k]):
                    got.append(out)
                    want.append(-ppl / (PPL_N * a))
            f.check("perplexity_grad_p", np.array(got, dtype), want, dtype, bound(dtype, PPL_N), normwise=True)
    return fn


case("perplexity-1e6-tokens-mixed")(_ppl_case([1.0, 0.5, 0.1, 1e-3, 1e-5, 0.9, 0.25, 1e-8, 0.03, 0.7], True))


# every token at p = 1e-300 (float32: 1e-30): the product of the p underflows, the perplexity is 1e300
@case("perplexity-1e6-tokens-tiny-p")
def _(dtype, f):
    _ppl_case([{np.float64: 1e-300, np.float32: 1e-30}[dtype]], False)(dtype, f)


# Adam with gradients of 1e300 (float32: 1e30), and of 1e155 (float32: 1e20), whose square
# overflows although v = (1 - beta2) g^2 = 1e307 (1e37) does not

ADAM = {"beta1": 0.9, "beta2": 0.999, "eta": 1e-3, "t": 1.0, "eps": 1e-8}
ADAM_G = {np.float64: [1e300, -1e300, 1e155, -1e155, 1.0], np.float32: [1e30, -1e30, 1e20, -1e20, 1.0]}


def _adam_true(m, v, b1, b2, eta, t, eps, theta, grad):
    m_new = b1 * m + (1 - b1) * grad
    v_new = b2 * v + (1 - b2) * grad ** 2          # 1e597 for g = 1e300: beyond the range, inf
    c1, c2 = 1 - b1 ** t, 1 - b2 ** t
    m_hat, s = m_new / c1, M.sqrt(v_new / c2)      # s = sqrt(v_hat)
    theta_new = theta - eta * m_hat / (s + eps)
    d_m = -eta * b1 / (c1 * (s + eps))
    d_v = eta * m_hat / (s + eps) ** 2 * b2 / (2 * c2 * s)
    d_g = -eta * ((1 - b1) / c1 / (s + eps) - m_hat / (s + eps) ** 2 * (1 - b2) * grad / (c2 * s))
    return m_new, v_new, theta_new, d_m, d_v, d_g


def _adam_inputs(dtype, momentum=0.0):
    """One step from m = momentum * g, v = 0 at t = 1 (the first step when momentum = 0)."""
    grad = arr(ADAM_G[dtype], dtype)
    m, v, theta = (momentum * grad).astype(dtype), np.zeros_like(grad), np.full_like(grad, 0.5)
    hp = {k: dtype(val) for k, val in ADAM.items()}
    exact = [_adam_true(mv, M.mpf(0), *[M.mpf(float(hp[k])) for k in ("beta1", "beta2", "eta", "t", "eps")],
                        M.mpf(0.5), gv) for mv, gv in zip(ex(m), ex(grad))]
    return grad, m, v, theta, hp, list(zip(*exact))


@case("adam-g1e300")
def _(dtype, f):
    grad, m, v, theta, hp, want = _adam_inputs(dtype)
    out = g.adam(m, v, hp["beta1"], hp["beta2"], hp["eta"], hp["t"], hp["eps"], theta, grad)
    for name, got, w in zip(("m_new", "v_new", "theta_new"), out, want[:3]):
        f.check(f"adam: {name}", got, w, dtype, bound(dtype))


@case("adam_inplace-g1e300")
def _(dtype, f):
    grad, m, v, theta, hp, want = _adam_inputs(dtype)
    g.adam_inplace(m, v, hp["beta1"], hp["beta2"], hp["eta"], hp["t"], hp["eps"], theta, grad)
    for name, got, w in zip(("m", "v", "theta"), (m, v, theta), want[:3]):
        f.check(f"adam_inplace: {name}", got, w, dtype, bound(dtype))


@case("adam_grads-g1e300")
def _(dtype, f):
    # m = -10 g: at m = v = 0 the derivative in g is -eta eps / (|g| + eps)^2, the difference of
    # two nearly equal terms, which no rounding-error bound in ulps can hold; against the
    # gradient the momentum makes the two terms add
    grad, m, v, theta, hp, want = _adam_inputs(dtype, momentum=-10.0)
    args = (m, v, hp["beta1"], hp["beta2"], hp["eta"], hp["t"], hp["eps"], grad, theta)
    for name, w in zip(("grad_m", "grad_v", "grad_g"), want[3:]):
        f.check("adam_" + name, getattr(g, "adam_" + name)(*args), w, dtype, bound(dtype))


# RMSProp with the same gradients: E[g^2] = (1 - rho) g^2 overflows at g = 1e300, the step
# eta g / sqrt(E[g^2] + eps) = eta / sqrt(1 - rho) does not

RMS = {"rho": 0.9, "eta": 1e-3, "eps": 1e-8}


def _rms_true(E, rho, eta, eps, theta, grad):
    E_new = rho * E + (1 - rho) * grad ** 2
    S = M.sqrt(E_new + eps)
    return E_new, theta - eta * grad / S, eta * grad * rho / (2 * S ** 3), -eta * (rho * E + eps) / S ** 3


# one teacher class dominates (p_T = 1 - 2e-65) and the student is far from it: every entry of
# grad_t is below 1e-62, and log(p_T / p_S)_b - KL, the textbook factor, is 556 - 556 (it came
# out as 0 in float64 and as 1e-5 in float32 before grad_t summed p_T,c (u_b - u_c), u = t - s)
@case("knowledge_distillation_grad_t-dominant-teacher")
def _(dtype, f):
    # integers and tau = 2: the exponents (t_c - max t) / tau are exact, so the error measured is
    # the kernel's and not exp's condition number (|x| ulps for a rounded argument x = -149)
    t, s, ta = arr([[-768.0, 298.0, 0.0]], dtype), arr([[-102.0, -706.0, -814.0]], dtype), dtype(2.0)
    T = M.mpf(float(ta))
    pt = m_softmax([v / T for v in ex(t)[0]])
    r = [a - b for a, b in zip(m_log_softmax([v / T for v in ex(t)[0]]), m_log_softmax([v / T for v in ex(s)[0]]))]
    kl = M.fsum(p * q for p, q in zip(pt, r))
    want = [[T * p * (q - kl) for p, q in zip(pt, r)]]
    f.check("knowledge_distillation_grad_t", g.knowledge_distillation_grad_t(t, s, ta), want, dtype,
            bound(dtype, 7), normwise=True)


# exponential family: dp/d eta_l = T_l p where p = h exp(eta.T - A) overflows (e^750) but
# T_l p does not (T_l = 1e-300; float32: e^95 and 1e-30), and T_l = 0 gives 0, not 0 * inf
@case("exponential_family_grads-p-overflows")
def _(dtype, f):
    big = {np.float64: 750.0, np.float32: 95.0}[dtype]
    h, A = dtype(1.0), dtype(0.0)
    eta, T = arr([big, 3.0, 5.0], dtype), arr([1.0, TINY[dtype] ** 1.5 if dtype is np.float64 else 1e-30, 0.0], dtype)
    e, tt = ex(eta), ex(T)
    p = M.exp(M.fsum(a * b for a, b in zip(e, tt)))
    with np.errstate(over="ignore", invalid="ignore"):
        f.check("exponential_family_grad_eta", g.exponential_family_grad_eta(h, eta, T, A), [x * p for x in tt],
                dtype, bound(dtype, 3))
        f.check("exponential_family_grad_suff_stat", g.exponential_family_grad_suff_stat(h, T, eta, A),
                [x * p for x in tt], dtype, bound(dtype, 3))


def _rms_inputs(dtype):
    grad = arr(ADAM_G[dtype], dtype)
    E, theta = np.zeros_like(grad), np.full_like(grad, 0.5)
    hp = {k: dtype(val) for k, val in RMS.items()}
    exact = [_rms_true(M.mpf(0), *[M.mpf(float(hp[k])) for k in ("rho", "eta", "eps")], M.mpf(0.5), gv)
             for gv in ex(grad)]
    return grad, E, theta, hp, list(zip(*exact))


@case("rmsprop-g1e300")
def _(dtype, f):
    grad, E, theta, hp, want = _rms_inputs(dtype)
    out = g.rmsprop(E, hp["rho"], theta, hp["eta"], grad, hp["eps"])
    for name, got, w in zip(("E_g2_new", "theta_new"), out, want[:2]):
        f.check(f"rmsprop: {name}", got, w, dtype, bound(dtype))
    g.rmsprop_inplace(E, hp["rho"], theta, hp["eta"], grad, hp["eps"])
    for name, got, w in zip(("E_g2", "theta"), (E, theta), want[:2]):
        f.check(f"rmsprop_inplace: {name}", got, w, dtype, bound(dtype))


@case("rmsprop_grads-g1e300")
def _(dtype, f):
    grad, E, theta, hp, want = _rms_inputs(dtype)
    args = (E, hp["rho"], hp["eta"], grad, hp["eps"], theta)
    for name, w in zip(("grad_E_g2", "grad_g"), want[2:]):
        f.check("rmsprop_" + name, getattr(g, "rmsprop_" + name)(*args), w, dtype, bound(dtype))


# --- the tests -----------------------------------------------------------------------------------

def _group(case_name):
    """The xdist group of the case's kernel's equation: its kernels compile on one worker only."""
    prefix = case_name.split("-")[0].removesuffix("_grads")
    return next((e["slug"] for e in g.load_manifest()["equations"] for k in e["kernels"]
                 if k["name"] == prefix or k["name"].startswith(prefix + "_")), "extremes")


def _param(name, fn):
    return pytest.param(fn, id=name, marks=[pytest.mark.xdist_group(_group(name))])


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: d.__name__)
@pytest.mark.parametrize("fn", [_param(name, fn) for name, fn in CASES])
def test_extreme_input_gives_the_true_value(fn, dtype):
    f = Failures()
    with np.errstate(all="ignore"):   # the IEEE results (inf, NaN) are asserted, not warned about
        fn(dtype, f)
    assert not f.lines, "\n".join(f.lines)


IEEE_WORDS = {"inf": re.compile(r"\binf\b|\binfinity\b|\\infty|\+\\infty|∞", re.IGNORECASE),
              "nan": re.compile(r"\bnan\b", re.IGNORECASE)}


@pytest.mark.parametrize("kernel, value", sorted(DOCUMENTED.items()))
def test_docstring_states_the_ieee_value(kernel, value):
    """Where the true value is infinite (log 0) or undefined (a zero vector's cosine), the
    kernel returns the IEEE value (asserted above) and its docstring says so."""
    doc = getattr(g, kernel).__doc__ or ""
    assert IEEE_WORDS[value].search(doc), f"{kernel}: the docstring does not state that it returns {value}"
