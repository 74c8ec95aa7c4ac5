"""The extended-range path (generated/_extended.py): every gufunc kernel's core, run in Python on
decimal numbers, computes what the compiled kernel computes (registry-driven, at the check's
inputs), and it turns the NaN of an overflowing float64 partial sum into the finite value."""
import json

import numpy as np
import pytest

from codegen import check
from codegen.emit import DEFAULT_OUT
from generated import _extended
from generated import _runtime as rt
from tests.families import CATALOGUE

MANIFEST = json.loads((DEFAULT_OUT / "manifest.json").read_text())
GUFUNCS = [pytest.param(e["number"], k, id=k["name"], marks=pytest.mark.xdist_group(e["slug"]))
           for e in MANIFEST["equations"] for k in e["kernels"]
           if k["kind"] != "update" and k["signature"] != "elementwise"]
# cores that call LAPACK: no decimal version, the compiled result stands
WITHOUT = {"normal_equation"}


def test_every_gufunc_kernel_is_covered():
    assert len(GUFUNCS) > 150
    assert WITHOUT <= {p.values[1]["name"] for p in GUFUNCS}


@pytest.mark.parametrize("number,record", GUFUNCS)
def test_the_extended_path_computes_what_the_kernel_computes(number, record, monkeypatch):
    seen = {}
    real = rt._finite_where_possible

    def spy(core, layout, inputs, result, derived=(), flags=None):
        seen.update(core=core, layout=layout, inputs=inputs)
        return real(core, layout, inputs, result, derived, flags)

    monkeypatch.setattr(rt, "_finite_where_possible", spy)
    eq = CATALOGUE.get(number)
    values = check._extra_inputs(eq, record, check.sample(eq, 1000 * eq.number), np.random.default_rng(0))
    got = check.call(record, values, np.float64, set(record.get("positions", ())), eq)
    got = got if isinstance(got, tuple) else (got,)
    assert all(np.isfinite(g).all() for g in got)
    blank = tuple(np.full(np.shape(g), np.nan) for g in got)
    _extended.rescue(seen["core"], seen["layout"], seen["inputs"], blank if len(blank) > 1 else blank[0])
    if record["name"] in WITHOUT:
        assert all(np.isnan(b).all() for b in blank)
        return
    for g, b in zip(got, blank):
        scale = max(float(np.max(np.abs(g), initial=0.0)), 1e-300)
        assert float(np.max(np.abs(g - b), initial=0.0)) <= 1e-9 * scale, (record["name"], g, b)


def test_an_overflowing_dot_product_is_finite():
    x = np.array([1e300, -1e300, 3.0])
    y = np.array([1e300, 1e300, 2.0])
    with np.errstate(all="ignore"):
        # BLAS's float64 partial sums: inf - inf = NaN where it adds the products, inf where it
        # accumulates with fused multiply-adds (inf + (-1e600 exact)), as OpenBLAS's AVX-512 kernel
        assert not np.isfinite(np.dot(x, y))
    import generated
    assert generated.dot_product(x, y) == 6.0
    assert list(generated.dot_product(np.stack([x, 2 * x, [1e300, 1e300, 0.0]]), y)) == [6.0, 12.0, np.inf]
    assert generated.dot_product(np.array([np.nan, 1.0, 1.0]), y) != generated.dot_product(x, y)  # NaN in: NaN out


def test_nan_in_stays_nan():
    import generated
    x = np.array([1e300, -1e300, np.nan])
    y = np.array([1e300, 1e300, 2.0])
    assert np.isnan(generated.dot_product(x, y))


def _exact(name, values):
    from codegen import accuracy
    e, record = next((e, k) for e in MANIFEST["equations"] for k in e["kernels"] if k["name"] == name)
    exact = accuracy.reference(CATALOGUE.get(e["number"]), record, values)[0]
    return np.array([float(v) for v in np.atleast_1d(np.asarray(exact, dtype=object))])


def test_a_pearson_gradient_that_is_all_rounding_noise_is_recomputed():
    """Both samples dominated by one entry (1e200 and -2.5e290): rounding the means loses the
    1e-24 differences the gradient depends on, and float64 gave -5.2e-218 for every component
    where the exact values are near -5.5e-226. The kernel's guard sees that every component is
    below its rounding error and returns NaN; the entry point recomputes it with 60 digits."""
    import generated
    x = np.array([-9.10755948e+140, -3.30122833e-309, 6.85315386e+171, 7.93914818e+176,
                  -1.00860084e-107, 5.87450016e+200])
    y = np.array([-3.10103478e-092, -2.84135430e-158, -2.80044175e+226, -6.32836533e+251,
                  2.18778454e+106, -2.45586141e+290])
    for name, kernel in (("pearson_correlation_grad_x", generated.pearson_correlation_grad_x),
                         ("pearson_correlation_grad_y", generated.pearson_correlation_grad_y)):
        exact = _exact(name, {"N": 6, "x": x, "y": y})
        with np.errstate(all="ignore"):
            got = kernel(x, y)
        assert np.abs(got - exact).max() <= 4 * np.spacing(np.abs(exact).max()), name


def test_a_pearson_gradient_of_collinear_samples_is_near_zero_not_noise():
    """y = 2x: the exact gradient is 0. float64 noise would be 1e-17; the 60-digit recomputation
    leaves less than 1e-50 (it is not exactly 0: the norms are rounded to 60 digits)."""
    import generated
    x = np.arange(1.0, 7.0)
    got = generated.pearson_correlation_grad_x(x, 2 * x)
    assert np.isfinite(got).all() and np.abs(got).max() < 1e-50
    # an ordinary sample does not take the guard: its gradient is the compiled one, not tiny
    assert np.abs(generated.pearson_correlation_grad_x(x, x ** 2)).max() > 1e-3


def test_a_gru_step_whose_input_sum_overflows_is_finite():
    import math

    import generated
    # W_xh x = 1e600 - 1e600 = 0: BLAS gives -inf, and tanh(-inf) = -1 would be a finite wrong
    # value; rt.dot turns the overflow into NaN, which the extended path recomputes
    x, W_xh = np.array([1e300, 1e300]), np.array([[1e300, -1e300]])
    h_prev, W_hh, r, z = np.array([0.5]), np.array([[2.0]]), np.array([0.5]), np.array([0.25])
    got = generated.gru_hidden(x, h_prev, z, r, W_xh, W_hh)
    want = math.tanh(0.5) * 0.75 + 0.5 * 0.25
    assert abs(got[0] - want) <= 2 * np.spacing(want)


def test_an_overflowing_loop_sum_is_recomputed_not_saturated():
    """RBF at x - x' = 2e308 (not a float64), sigma = 1e307: the true exponent is -200. The
    float64 sum of squares is inf, and exp(-inf) = 0 would be a finite wrong value; the sum's
    overflow check makes it NaN, which the extended path recomputes."""
    import generated
    x, x_prime = np.array([1e308, 0.0]), np.array([-1e308, 0.0])
    with np.errstate(all="ignore"):
        got = generated.rbf_kernel(x, x_prime, 1e307)
        exact = _exact("rbf_kernel", {"d": 2, "x": x, "x_prime": x_prime, "sigma": 1e307})
    assert got > 0 and abs(got - exact[0]) <= 4 * np.spacing(exact[0])
    # an infinite input is no overflow: exp(-inf) = 0 stands, and a sum that truly overflows is inf
    assert generated.rbf_kernel(np.array([np.inf, 0.0]), np.zeros(2), 1.0) == 0.0
    with np.errstate(all="ignore"):
        assert generated.mse(np.array([1e300, 1.0]), np.array([-1e300, 1.0])) == np.inf


def test_each_core_counts_its_results_that_are_not_finite(monkeypatch):
    # the gufunc's hidden last output: per batch element, the count of inf and NaN entries over
    # all its results; rt.call_gufunc scans the results only where a count is set
    import generated
    from generated import activations, losses
    z = np.array([[1.0, 2.0, 3.0], [np.nan, 0.0, 1.0], [np.inf, 0.0, 1.0], [1e308, -1e308, 0.0]])
    out, flags = activations._softmax.get()(z)
    assert list(flags) == [np.count_nonzero(~np.isfinite(r)) for r in out]
    assert flags[0] == 0 and flags[1] == 3
    y = np.eye(3)[[0, 1, 2, 0]]
    loss, grad, flags = losses._softmax_cross_entropy_value_and_grad.get()(z, y)
    assert list(flags) == [int(not np.isfinite(l)) + np.count_nonzero(~np.isfinite(gr)) for l, gr in zip(loss, grad)]
    scans = []
    real = rt.finite
    monkeypatch.setattr(rt, "finite", lambda r: scans.append(1) or real(r))
    generated.softmax(z[[0, 3]])
    generated.softmax(np.array([[1, 2, 3], [3e38, -3e38, 0]], np.float32), out=np.empty((2, 3), np.float32))
    assert not scans  # nothing flagged: no pass over the results
    generated.softmax(z)
    assert scans
