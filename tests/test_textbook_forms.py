"""Derivatives come out in the textbook form, written with the equation's own outputs.

Each pin is an exact structural equality with the textbook expression (or, for the longer
batch-norm and attention backward passes, equality plus no more operations than the textbook).
"""
import pytest
import sympy as sp

from symbolic.derive import derive
from symbolic.functions import sigmoid
from tests.families import CATALOGUE


def derived(slug, wrt):
    return next(d for d in derive(CATALOGUE.get(slug))[0] if d.wrt.name == wrt)


def sym(slug, name):
    return CATALOGUE.get(slug).table[name].symbol


def test_sigmoid_derivative_is_sigma_one_minus_sigma():
    s = sym("sigmoid", "sigma")
    assert derived("sigmoid", "z").line.rhs == s * (1 - s)


def test_tanh_derivative_is_one_minus_tanh_squared():
    t = sym("tanh", "tanh_z")
    assert derived("tanh", "z").line.rhs == 1 - t ** 2


def test_softmax_jacobian():
    d = derived("softmax", "z")
    y, j = sym("softmax", "y_hat"), sym("softmax", "j")
    k = d.line.lhs.variables[0].indices[0]
    assert d.kind == "jacobian"
    assert d.line.rhs == y[j] * (sp.KroneckerDelta(j, k) - y[k])


def test_softplus_derivative_is_sigmoid():
    assert derived("softplus", "z").line.rhs == sigmoid(sym("softplus", "z"))


def test_relu_convention_at_zero():
    z = sym("relu", "z")
    assert derived("relu", "z").line.rhs == sp.Piecewise((1, z > 0), (0, True))


@pytest.mark.parametrize("slug,scale", [("elu", 1), ("selu", "lam")])
def test_elu_and_selu_piecewise(slug, scale):
    z, alpha = sym(slug, "z"), sym(slug, "alpha")
    lam = 1 if scale == 1 else sym(slug, "lam")
    got = derived(slug, "z").line.rhs
    assert sp.simplify(got - lam * sp.Piecewise((1, z >= 0), (alpha * sp.exp(z), True))) == 0
    assert got.has(sp.Piecewise) and sp.count_ops(got) <= 4


def test_mse_gradient():
    y, y_hat, N = sym("mse", "y"), sym("mse", "y_hat"), sym("mse", "N")
    d = derived("mse", "y_hat")
    k = d.line.lhs.variables[0].indices[0]
    assert sp.expand(d.line.rhs - 2 * (y_hat[k] - y[k]) / N) == 0
    assert d.line.rhs.has(y_hat[k] - y[k]) and sp.count_ops(d.line.rhs) <= 4


def test_batch_norm_backward_compact():
    eq = CATALOGUE.get("batch_norm_forward")
    t = {n: v.symbol for n, v in eq.table.items()}
    d = derived("batch_norm_forward", "x")
    G = next(v.symbol for v in d.extra if v.name == "G_up")
    k = d.line.lhs.variables[0].indices[0]
    i, m = t["i"], t["m"]
    xh = t["x_hat"]
    textbook = t["gamma"] / (m * sp.sqrt(t["sigma2"] + t["epsilon"])) * (
        m * G[k] - sp.Sum(G[i], (i, 1, m)) - xh[k] * sp.Sum(G[i] * xh[i], (i, 1, m)))
    assert sp.simplify(d.line.rhs - textbook) == 0
    assert sp.count_ops(d.line.rhs) <= sp.count_ops(textbook)
    assert derived("batch_norm_forward", "gamma").line.rhs == sp.Sum(G[i] * xh[i], (i, 1, m))


def test_attention_value_gradient_is_weights_transposed_times_G():
    """dAttention/dV = softmax(QK^T / sqrt(d_k))^T G: row l of V gets sum_t P_{t,l} G_{t,q}."""
    d = derived("scaled_dot_product_attention", "V")
    l, q = d.line.lhs.variables[0].indices
    eq = CATALOGUE.get("scaled_dot_product_attention")
    t = eq.table
    Q, K, T, S, dk = (t[n].symbol for n in ("Q", "K", "T", "S", "d_k"))
    G = next(v.symbol for v in d.extra if v.name == "G_up")
    tt, s2, dd = sp.symbols("tt s2 dd", integer=True)
    score = lambda a, b: sp.Sum(Q[a, dd] * K[b, dd], (dd, 1, dk)) / sp.sqrt(dk)  # noqa: E731
    P = sp.exp(score(tt, l)) / sp.Sum(sp.exp(score(tt, s2)), (s2, 1, S))
    textbook = sp.Sum(P * G[tt, q], (tt, 1, T))
    got = d.line.rhs
    import numpy as np
    rng = np.random.default_rng(0)
    vals = {T: 2, S: 3, dk: 2}
    Qv, Kv, Gv = rng.normal(size=(2, 2)), rng.normal(size=(3, 2)), rng.normal(size=(2, 2))

    def num(e, li, qi):
        e = e.xreplace({l: li, q: qi}).xreplace(vals).doit()
        e = e.replace(lambda a: isinstance(a, sp.Indexed) and all(x.is_Integer for x in a.indices),
                      lambda a: {Q.label: Qv, K.label: Kv, G.label: Gv}.get(a.base.label, None)[
                          tuple(int(x) - 1 for x in a.indices)] if a.base.label in (Q.label, K.label, G.label) else a)
        return float(e.evalf())

    for li in (1, 2, 3):
        for qi in (1, 2):
            assert abs(num(got, li, qi) - num(textbook, li, qi)) < 1e-12
    assert sp.count_ops(got) <= sp.count_ops(textbook) + 2
