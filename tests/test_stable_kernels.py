"""Kernels at the inputs where naive formulas overflow or give NaN return the finite true value."""
import numpy as np
import pytest

import generated as g


def test_softmax_of_huge_logits():
    assert np.array_equal(g.softmax(np.array([1000.0, 0.0])), [1.0, np.exp(-1000.0)])
    assert np.allclose(g.softmax(np.array([1000.0, 1000.0])), [0.5, 0.5], rtol=0, atol=0)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_sigmoid_and_softplus_at_the_extremes(dtype):
    z = np.array([-800.0, 800.0], dtype)
    s = g.sigmoid(z)
    assert s.dtype == dtype and np.all(np.isfinite(s)) and s[1] == 1 and s[0] >= 0
    sp_ = g.softplus(z)
    assert sp_.dtype == dtype and sp_[1] == dtype(800.0) and sp_[0] >= 0 and np.isfinite(sp_[0])


def test_sigmoid_derivative_keeps_relative_accuracy_at_40():
    # sigma'(40) = e^-40 / (1 + e^-40)^2 = 4.248354255291589e-18; sigma (1 - sigma) would give 0
    got = float(g.sigmoid_grad_z(40.0))
    assert abs(got - 4.248354255291589e-18) <= 4 * np.spacing(4.248354255291589e-18)


def test_log_sum_exp_inside_softmax_cross_entropy():
    loss, grad = g.softmax_cross_entropy_value_and_grad(np.array([1000.0, 1000.0]), np.array([1.0, 0.0]))
    assert float(loss) == pytest.approx(np.log(2.0), rel=1e-15)
    assert np.allclose(grad, [-0.5, 0.5], rtol=0, atol=1e-16)
    loss, _ = g.softmax_cross_entropy_value_and_grad(np.array([1000.0, 0.0]), np.array([0.0, 1.0]))
    assert float(loss) == 1000.0


def test_cross_entropies_at_zero_and_one_with_matching_labels():
    y = np.array([0.0, 1.0, 1.0, 0.0])
    y_hat = np.array([0.0, 1.0, 1.0, 0.0])
    assert float(g.binary_cross_entropy(y, y_hat)) == 0.0
    assert float(g.categorical_cross_entropy(np.eye(2), np.eye(2))) == 0.0


def test_kl_and_js_with_zero_probabilities():
    P = np.array([0.5, 0.5, 0.0])
    Q = np.array([0.25, 0.75, 0.0])
    want = 0.5 * np.log(0.5 / 0.25) + 0.5 * np.log(0.5 / 0.75)
    assert float(g.kl_divergence(P, Q)) == pytest.approx(want, rel=1e-15)
    assert np.isfinite(float(g.js_divergence(P, np.array([0.0, 0.0, 1.0]))))
    assert float(g.js_divergence(P, np.array([0.0, 0.0, 1.0]))) == pytest.approx(np.log(2), rel=1e-15)
