"""Kernels at the inputs where naive formulas overflow or give NaN return the finite true value."""
import mpmath
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


def test_sigmoid_derivative_densely_within_its_bound():
    # the kernel computes sigma(z) sigma(-z) as e / (1 + e)^2, e = exp(-|z|) (symbolic/stable.py:
    # one division); within the stated 4 ulps of the 40-digit value everywhere in float64; its
    # float32 form computes in float32 (NATIVE_FLOAT32, rt.sigmoid_slope32): within 2 float32 ulps,
    # as the other native forms (the plain float32 quotient e / (1 + e)^2 reaches 4)
    import mpmath
    rng = np.random.default_rng(2)
    z = np.concatenate([rng.uniform(-40, 40, 6000), rng.uniform(-745, 745, 2000), rng.standard_normal(2000) * 1e-3,
                        [0.0, -0.0, 1e-300, 5e-324, 36.7, 709.0, -745.0]])

    def exact_at(xs):
        with mpmath.workdps(40):
            e = [mpmath.exp(-abs(mpmath.mpf(float(x)))) for x in xs]
            return np.array([float(v / (1 + v) ** 2) for v in e])
    exact = exact_at(z)
    got = g.sigmoid_grad_z(z)
    assert np.max(np.abs(got - exact) / np.spacing(exact)) <= 4
    z32 = z.astype(np.float32)
    exact32 = exact_at(z32)
    got32 = g.sigmoid_grad_z(z32).astype(np.float64)
    spacing = np.maximum(np.spacing(exact32.astype(np.float32)).astype(np.float64), 2.0**-149)
    assert np.max(np.abs(got32 - exact32) / spacing) <= 2


def test_tanh_derivative_densely_within_its_bound_and_in_its_subnormal_tail():
    # the kernel computes 1 - tanh(z)^2 as sech^2 z = 4 e / (1 + e)^2, e = exp(-2|z|)
    # (symbolic/stable.py): 1 / cosh(z)^2 overflowed to 0 from |z| = 355 where the value is
    # subnormal down to |z| = 372.5 (8.1e-313 at 360); within 4 ulps of the 40-digit value
    import mpmath
    rng = np.random.default_rng(4)
    z = np.concatenate([rng.uniform(-25, 25, 6000), rng.uniform(-380, 380, 2000), rng.standard_normal(2000) * 1e-3,
                        [0.0, -0.0, 1e-300, 5e-324, 19.06, 355.5, 360.0, -372.0]])
    with mpmath.workdps(40):
        exact = np.array([float(mpmath.sech(mpmath.mpf(float(x))) ** 2) for x in z])
    for name in ("tanh_grad_z", "tanh_derivative"):
        got = getattr(g, name)(z)
        err = np.abs(got - exact) / np.maximum(np.spacing(exact), 5e-324)
        assert err.max() <= 4, (name, err.max(), z[err.argmax()])
    assert float(g.tanh_grad_z(360.0)) == pytest.approx(8.12892320967e-313, rel=1e-10)


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


# --- in-place steps in blocks: the plain form only where it gives the guarded form's bits ----------
# (codegen/kernel_files.py: _blocks). Adam and RMSProp guard sqrt(v-hat) against overflow
# (finite_or) and Adam's eta m-hat / (...) against over- and underflow (quotient3).

BLOCK = 256
FORWARD = {  # the out-of-place forward kernels (the guarded form at every element), the
    # hyperparameters in the states' dtype as the in-place steps take them
    "adam_inplace": lambda s, gr, eta, h: g.adam(s[0], s[1], h(0.9), h(0.999), h(eta), h(3), h(1e-8), s[2], gr),
    "rmsprop_inplace": lambda s, gr, eta, h: g.rmsprop(s[0], h(0.9), s[1], h(eta), gr, h(1e-8)),
}
STEPS = {  # kernel: (call with states and gradient, the states' domains, the plain formula in NumPy
    # in the states' dtype)
    "adam_inplace": (lambda s, gr, eta: g.adam_inplace(s[0], s[1], 0.9, 0.999, eta, 3, 1e-8, s[2], gr),
                     ("REAL", "NONNEGATIVE", "REAL"),
                     lambda s, gr, h, eta: s[2] - h(eta) * ((h(0.9) * s[0] + (1 - h(0.9)) * gr) / h(1 - float(h(0.9))**3))
                     / (np.sqrt((h(0.999) * s[1] + (1 - h(0.999)) * gr * gr) / h(1 - float(h(0.999))**3)) + h(1e-8))),
    "rmsprop_inplace": (lambda s, gr, eta: g.rmsprop_inplace(s[0], 0.9, s[1], eta, gr, 1e-8),
                        ("NONNEGATIVE", "REAL"),
                        lambda s, gr, h, eta: s[1] - h(eta) * gr / np.sqrt(h(0.9) * s[0] + (1 - h(0.9)) * gr * gr + h(1e-8))),
}


@pytest.mark.parametrize("dtype,eta", [(np.float64, e) for e in (1e-3, 1e-300, 1e300)]
                         + [(np.float32, e) for e in (1e-3, 1e-36, 1e36)])
@pytest.mark.parametrize("name", sorted(STEPS))
def test_an_in_place_step_takes_the_plain_form_only_where_it_gives_the_guarded_bits(name, dtype, eta):
    """Every block here has an element on the guarded form (its first gradient overflows g^2),
    which runs from that element's old values while the block's other elements keep the plain
    form where their condition holds; each element updated alone is its own block, where the
    plain form runs if that element allows it.
    Half the elements are moderate (the plain form), half span the dtype's range, where the plain
    formula is wrong for some (checked), so the condition has to turn those away. A tiny or huge
    learning rate makes eta m-hat underflow or overflow where m-hat is small or large."""
    from codegen import accuracy
    from symbolic import domains
    step, doms, formula = STEPS[name]
    rng = np.random.default_rng(7)
    n = 4 * BLOCK + 17  # a partial last block
    wide = rng.random(n) < 0.5
    states = []
    for d in doms:
        s = rng.standard_normal(n).astype(dtype)
        s = np.abs(s) if d == "NONNEGATIVE" else s
        s[wide] = accuracy.wide(getattr(domains, d), rng, (int(wide.sum()),), dtype)
        states.append(s)
    gr = rng.standard_normal(n).astype(dtype)
    gr[wide] = accuracy.wide(domains.REAL, rng, (int(wide.sum()),), dtype)
    gr[::BLOCK] = np.finfo(dtype).max / 4  # g^2 overflows: every block takes the guarded form
    with np.errstate(all="ignore"):
        guarded = step([s.copy() for s in states], gr, eta)
        alone = [step([s[i:i + 1].copy() for s in states], gr[i:i + 1], eta) for i in range(n)]
        plain = formula(states, gr, dtype, eta).astype(np.float64)  # in the dtype, as the kernel's
        forward = FORWARD[name]([s.copy() for s in states], gr, eta, np.dtype(dtype).type)
    for k, got in enumerate(guarded):
        each = np.concatenate([a[k] for a in alone])
        assert got.dtype == dtype and each.dtype == dtype
        differ = (got != each) & ~(np.isnan(got) & np.isnan(each))
        assert not differ.any(), f"{name} {np.dtype(dtype).name}: state {k} differs at {np.flatnonzero(differ)[:5]}"
        # and the flagged elements ran the guarded form from their old values (not from the plain
        # form's new ones): the out-of-place forward kernel, another printing of the same forms,
        # agrees to 3 ulps in float64 here (measured). Not in float32, where the in-place steps
        # round in float32 and the forward kernel in float64: thousands of ulps apart under
        # cancellation (m = 0.9 m + 0.1 g), whichever is taken
        if dtype == np.float64:
            fw = forward[k]
            with np.errstate(all="ignore"):
                ulps = np.abs(got - fw) / np.spacing(np.abs(fw))
            ulps[(np.isnan(got) & np.isnan(fw)) | (got == fw)] = 0
            assert np.max(ulps) <= 4, f"{name}: state {k} is {np.max(ulps)} ulps from the forward kernel at {np.flatnonzero(ulps > 4)[:5]}"
    theta = guarded[-1].astype(np.float64)
    with np.errstate(all="ignore"):
        before = states[-1].astype(np.float64)
        err = np.abs(plain - theta) / (np.abs(before) + np.abs(theta - before))  # relative to the terms
    err[np.isnan(plain) & np.isnan(theta)] = 0
    moderate = ~wide & (np.arange(n) % BLOCK != 0)
    assert err[moderate].max() < 8 * np.finfo(dtype).eps  # the formula is the step's
    assert np.sum(~(err[wide] < 1e-3)) >= 5  # and wrong (inf, NaN, 0 or far off) for some wide values


# --- native float32 forms (codegen/kernel_files.py NATIVE_FLOAT32): computed in float32 lanes ---
def _float32_points(rng, n):
    mags = 10.0 ** rng.uniform(-45, np.log10(3.4e38), n)
    return np.concatenate([mags, -mags, rng.uniform(-110, 110, n), rng.uniform(-6, 6, n),
                           [0.0, -0.0, 1e-45, -1e-45, 88.7, -88.7, 103.9, -103.9, 3.4028235e38, -3.4028235e38]]
                          ).astype(np.float32)


@pytest.mark.parametrize("name", sorted(__import__("codegen.kernel_files", fromlist=["x"]).NATIVE_FLOAT32))
def test_a_native_float32_form_is_within_two_ulps_of_the_float64_form(name):
    # the float64 form is within a few float64 ulps of mpmath (generated/ACCURACY.md), so it is an
    # exact reference at float32's precision; two million points over float32's whole range
    fn = getattr(g, name)
    x = _float32_points(np.random.default_rng(7), 500_000)
    got = fn(x)
    want = fn(x.astype(np.float64))
    assert got.dtype == np.float32
    assert np.array_equal(np.isnan(got), np.isnan(want))
    assert np.array_equal(np.isinf(got), np.isinf(want) | (np.abs(want) > np.finfo(np.float32).max))
    fin = np.isfinite(got)
    spacing = np.maximum(np.spacing(np.abs(want[fin]).astype(np.float32)).astype(np.float64), 2.0**-149)
    err = np.abs(got[fin].astype(np.float64) - want[fin]) / spacing
    assert err.max() <= 2.0, (name, err.max(), x[fin][err.argmax()])


def test_the_native_float32_forms_are_native():
    # their cores take float32 as it comes (a widened core starts with rt.wide) and call the
    # functions of either type, which return float32 for float32 (no silent widening) and are
    # the float64 functions themselves for float64
    import inspect

    import numba

    from codegen.kernel_files import NATIVE_FLOAT32
    from generated import _runtime as rt
    for name in NATIVE_FLOAT32:
        core = inspect.getsource(getattr(__import__(getattr(g, name).__module__, fromlist=["x"]), f"_{name}_core"))
        assert "rt.wide" not in core and "_t(" in core, core

    @numba.njit
    def either(x):
        return rt.exp_t(x), rt.log1p_t(x), rt.sigmoid_t(x), rt.sigmoid_slope_t(x)

    @numba.njit
    def float64_forms(x):
        return rt.exp(x), rt.log1p(x), rt.sigmoid(x), rt.sigmoid_slope(x)
    either(np.float32(0.5))
    x = np.random.default_rng(8).standard_normal(1000) * 30
    assert all(np.array_equal(either(v), float64_forms(v), equal_nan=True) for v in x)
    returned = {str(sig.args[0]): str(sig.return_type) for sig in either.nopython_signatures}
    assert returned == {"float32": "UniTuple(float32 x 4)", "float64": "UniTuple(float64 x 4)"}, returned


def test_a_function_without_a_float32_form_cannot_be_native():
    # the printer of a native float32 core knows only the functions of either type: tanh (which
    # has no float32 form) is an error naming the kernel, not a silent float64 call
    import sympy as sp

    from codegen.numba_printer import KernelPrintError, NumbaPrinter, float32_functions
    z = sp.Symbol("z", real=True)
    pr = NumbaPrinter("k", {z: "z"}, {}, set(), "z")
    pr.functions = float32_functions()
    assert pr.code(sp.exp(-z)) == "rt.exp_t(-z)"
    with pytest.raises(KernelPrintError, match="kernel k: tanh has no float32 form"):
        pr.code(sp.tanh(z))


def test_the_label_kernels_give_the_one_hot_kernels_bits():
    # entry 53 by class (kernel_specs.softmax_cross_entropy_label_kernel) against the kernels that
    # read the one-hot y: the same bits, loss and gradient. Logits near 1e3 with the true class at
    # the maximum: grouped as (z_c - max) - lse the loss keeps its digits; (-lse - max) + z_c
    # rounds at the scale of max (1.1e-13 against a loss of about 0.2: some 2000 ulps)
    import generated
    rng = np.random.default_rng(3)
    z = 1e3 + rng.standard_normal((64, 37))
    labels = np.argmax(z, axis=1)
    labels[32:] = rng.integers(0, 37, 32)
    y = np.eye(37)[labels]
    for dtype in (np.float64, np.float32):
        zz, yy = z.astype(dtype), y.astype(dtype)
        assert np.array_equal(generated.softmax_cross_entropy_grad_labels(zz, labels),
                              generated.softmax_cross_entropy_grad(zz, yy))
        loss, grad = generated.softmax_cross_entropy_value_and_grad_labels(zz, labels)
        want_loss, want_grad = generated.softmax_cross_entropy_value_and_grad(zz, yy)
        assert np.array_equal(grad, want_grad) and np.array_equal(loss, want_loss), dtype
    loss = generated.softmax_cross_entropy_value_and_grad_labels(z, labels)[0]
    with mpmath.workdps(40):
        exact = [float(mpmath.log(sum(mpmath.exp(mpmath.mpf(v) - mpmath.mpf(row[c])) for v in row)))
                 for row, c in zip(z, labels)]
    assert np.all(np.abs(loss - exact) <= 2 * np.spacing(np.abs(exact))), np.max(np.abs(loss - exact) / np.spacing(np.abs(exact)))
    with pytest.raises(ValueError, match="label holds 0-based positions below 37, got 37"):
        generated.softmax_cross_entropy_grad_labels(z, np.full(64, 37))


def test_rmsprops_step_neither_underflows_nor_overflows_on_the_way():
    # eta g / sqrt(E[g^2] + eps) through rt.quotient3: g / root first underflowed to 0 (theta did
    # not move) where the step is a normal number, in float32 at these values and in float64 at
    # the ones below
    with np.errstate(all="ignore"):
        f32 = np.float32
        E, th, gr, eta = f32(5.195751e35), f32(8.1387754e-21), f32(6.214132e-39), f32(1e36)
        E_new, th_new = g.rmsprop_inplace(np.array([E]), f32(0.9), np.array([th]), eta, np.array([gr]), f32(1e-8))
        assert E_new.dtype == np.float32 and th_new.dtype == np.float32
        with mpmath.workdps(50):
            Ep = mpmath.mpf(float(f32(0.9))) * float(E) + (1 - mpmath.mpf(float(f32(0.9)))) * mpmath.mpf(float(gr)) ** 2
            want = mpmath.mpf(float(th)) - mpmath.mpf(float(eta)) * float(gr) / mpmath.sqrt(Ep + float(f32(1e-8)))
        assert abs(float(th_new[0]) - float(want)) <= 2 * abs(np.spacing(np.float32(float(want)))), (th_new, want)
        got = g.rmsprop_update(1e-300, 1e300, 1e300, 1e-8, 1e-300)  # theta, eta, E[g^2], eps, g
        assert got == 1e-300 - 1e300 * 1e-300 / 1e150 == -1e-150
        _, th64 = g.rmsprop(np.array([1e300]), 0.9, np.array([1e-300]), 1e300, np.array([1e-300]), 1e-8)
        assert np.isclose(th64[0], -1e-150 / np.sqrt(0.9), rtol=1e-15)


SPLIT_FLAGS = '''
import warnings, numba, numpy as np
from generated import _runtime as rt
mantissa = numba.vectorize(["float64(float64)"])(lambda x: rt.split(x)[0])
x = np.array([1e300, -1e300, 1.7976931348623157e308, 5e-324, -3e-310, 1.5])
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    with np.errstate(all="warn"):
        m = mantissa(x)
print(repr(([float(v) for v in m], [str(w.message) for w in seen])))
'''


def test_split_raises_no_floating_point_flag_for_a_huge_argument():
    # rt.split scaled every x by 2^54 for its subnormal arm; LLVM computes both arms of the select,
    # and x * 2^54 overflowed for |x| >= 2^970, unused: the overflow flag, which NumPy reports after
    # a ufunc (it did after selu at lambda = 1e300, a finite result). It scales min(|x|, 1). At the
    # default optimisation level (the suite's NUMBA_OPT=0 computes only the arm it takes), in a
    # fresh process, through a ufunc of split itself (the kernels' calls ignore the flags now)
    import ast
    import math
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, NUMBA_OPT="3", NUMBA_CACHE_DIR=str(root / ".numba_cache" / "opt3"))
    run = subprocess.run([sys.executable, "-c", SPLIT_FLAGS], cwd=root, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    mantissas, messages = ast.literal_eval(run.stdout.strip().splitlines()[-1])
    assert messages == [], messages
    want = [math.frexp(v)[0] for v in (1e300, -1e300, 1.7976931348623157e308, 5e-324, -3e-310, 1.5)]
    assert mantissas == want, (mantissas, want)


def test_a_kernel_call_gives_no_floating_point_warning_whatever_the_layout():
    # an overflow on the way (z - max = -1e308 - 1e308 = -inf, whose exp is the exact 0) or in the
    # result (selu at alpha lambda = 1e310): the same values, and no NumPy warning, from the
    # compiled loops over contiguous arrays and from the ufunc and gufunc over strided ones; NumPy
    # warned after the ufunc and gufunc calls only (rt.call_ufunc, rt.call_gufunc)
    import warnings
    z = np.array([[1e308, -1e308, 0.0, 1.0]])
    zs = np.repeat(z, 2, axis=1)[:, ::2]  # the same values, strided
    x = np.array([-1.0, 2.0, -1e-310, -3.0, -700.0, -0.5])
    xs = np.repeat(x, 2)[::2]
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # NumPy's (a compile's NumbaWarnings may come)
        with np.errstate(all="warn"):
            for zz in (z, zs):
                assert np.array_equal(g.softmax_cross_entropy_grad_labels(zz, np.array([0])), [[0.0, 0.0, 0.0, 0.0]])
            finite = [g.selu(xx, 1.6732632423543772, 1e300) for xx in (x, xs)]
            huge = [g.selu(xx, 1e300, 1e10) for xx in (x, xs)]
    assert np.array_equal(finite[0], finite[1]) and np.all(np.isfinite(finite[0]))
    assert np.array_equal(huge[0], huge[1]) and np.isneginf(huge[0][0]) and huge[0][1] == 2e10
