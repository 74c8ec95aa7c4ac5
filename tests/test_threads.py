"""The threaded paths give the numbers the one-thread kernels give, bit for bit.

Above rt.PARALLEL_MIN elements a call runs on Numba's threads: an elementwise kernel through its
prange loop over C-contiguous arrays, a gufunc through its target="parallel" build, an in-place
update through its prange step. Each path is compiled apart from the one-thread build, so each is
checked here against it on a sample of kernels that covers the three kinds, one and several
arguments, both dtypes, and a reduction along the row (softmax, cross-entropy, batch norm). Cores
that call BLAS run threaded with the BLAS on one thread. The threshold is lowered for the test, so
the inputs stay small.
"""
import contextlib
import importlib
import inspect
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

import generated as g
from generated import _runtime as rt

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.xdist_group("threads")


@pytest.fixture
def threaded(monkeypatch):
    monkeypatch.setattr(rt, "PARALLEL_MIN", 0)
    no_blas_spin(monkeypatch)


def no_blas_spin(monkeypatch):
    """No window after BLAS products (rt.BLAS_SPIN): the threads are taken whatever BLAS did."""
    monkeypatch.setattr(rt, "BLAS_SPIN", 0.0)
    monkeypatch.setattr(rt, "_blas_busy_until", 0.0)


def one_thread(fn, *args, **kw):
    saved = rt.PARALLEL_MIN
    rt.PARALLEL_MIN = 1 << 62
    try:
        return fn(*args, **kw)
    finally:
        rt.PARALLEL_MIN = saved


def same(a, b):
    a, b = (a if isinstance(a, tuple) else (a,)), (b if isinstance(b, tuple) else (b,))
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert x.dtype == y.dtype and x.shape == y.shape
        np.testing.assert_array_equal(x, y)


def spy(monkeypatch, kernel, attr):
    """Count the builds asked of one of a kernel's lazy compiled objects (which path ran)."""
    lazy = getattr(importlib.import_module(f"generated.{g.KERNELS[kernel]}"), attr)
    calls = []
    real = lazy.get

    def get():
        calls.append(1)
        return real()
    monkeypatch.setattr(lazy, "get", get)
    return calls


RNG = np.random.default_rng(7)
WIDE = np.concatenate([RNG.standard_normal(500) * 30, [0.0, -0.0, np.inf, -np.inf, np.nan, 1e-310, 710.0, -746.0]])


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("name", ["sigmoid", "softplus", "sigmoid_grad_z", "tanh"])
def test_elementwise_loops_equal_the_ufunc(name, dtype, threaded, monkeypatch):
    """Both loops over contiguous arrays (threaded, and one-thread below the threshold) give the
    ufunc's numbers, which strided and broadcast arguments take."""
    z = WIDE.astype(dtype)
    kernel = getattr(g, name)
    ufunc = getattr(importlib.import_module(f"generated.{g.KERNELS[name]}"), f"_{name}").get()
    calls = spy(monkeypatch, name, f"_{name}_flat")
    serial = spy(monkeypatch, name, f"_{name}_serial")
    same(kernel(z), ufunc(z))
    assert calls and not serial, "the threaded loop did not run"
    same(one_thread(kernel, z), ufunc(z))
    assert serial, "the one-thread loop did not run"
    inplace = z.copy()
    kernel(inplace, out=inplace)
    same(inplace, ufunc(z))


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_a_series_inside_a_series_runs_in_two_loops_with_the_cores_bits(dtype, threaded):
    # codegen/kernel_files._staged_loop: per block the inner series into a buffer, then the rest
    from codegen.kernel_files import STAGE_BLOCK
    staged = sorted(n for n, mod in g.KERNELS.items()
                    if hasattr(importlib.import_module(f"generated.{mod}"), f"_{n}_stage"))
    assert staged == ["softplus"]  # the one elementwise core with rt.log1p_t(rt.exp_t(...))
    z = np.concatenate([WIDE, RNG.standard_normal(2 * STAGE_BLOCK + 37) * 20]).astype(dtype)
    ufunc = importlib.import_module("generated.activations")._softplus.get()
    same(g.softplus(z), ufunc(z))
    same(one_thread(g.softplus, z), ufunc(z))
    same(g.softplus(z[:5]), ufunc(z[:5]))


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_loops_of_flat_selects_give_the_cores_bits(dtype, threaded):
    # codegen/kernel_files._selects: a series in a conditional's arm computed before the select
    flat = sorted(n for n, mod in g.KERNELS.items()
                  if hasattr(importlib.import_module(f"generated.{mod}"), f"_{n}_loop_core"))
    assert flat == ["elu", "elu_grad_z", "selu_grad_z"]
    z = np.concatenate([WIDE, RNG.standard_normal(3000) * 40, [-1e-300, -5e-324, -40.0, 709.0]]).astype(dtype)
    for name, extra in (("elu", (1.3,)), ("elu_grad_z", (0.7,)), ("selu_grad_z", (1.6732632423543772, 1.0507009873554805))):
        kernel = getattr(g, name)
        ufunc = importlib.import_module(f"generated.{g.KERNELS[name]}").__dict__[f"_{name}"].get()
        for hyper in (extra, tuple(np.full(z.shape, e, dtype) for e in extra)):
            args = rt.floats(name, z, *hyper)
            expect = ufunc(*args)
            same(kernel(z, *hyper), expect)
            same(one_thread(kernel, z, *hyper), expect)


def test_flat_selects_of_a_core():
    from codegen.kernel_files import _selects
    elu = ["    z = rt.wide(z)", "    result = (z if z >= _zero else (alpha*rt.expm1(z) if z == z else _c0))",
           "    return result"]
    assert _selects(elu) == ["    z = rt.wide(z)", "    _h0 = rt.expm1(z)", "    _h1 = alpha * _h0 if z == z else _c0",
                             "    result = z if z >= _zero else _h1", "    return result"]
    for body in (["    result = (z if z > 0 else 0.0)", "    return result"],  # no series in an arm
                 ["    result = rt.sigmoid(z)", "    return result"],  # no conditional
                 ["    result = (z if z >= 0 else rt.product3(a, b, rt.expm1(z)))", "    return result"]):  # rt.product3
        assert _selects(body) == body


HOISTED = ["adam_grad_g", "adam_grad_m", "adam_grad_v"]


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_hoisted_loops_give_the_cores_bits(dtype, threaded, monkeypatch):
    # codegen/kernel_files._hoisted: what depends on the hyperparameters alone computed once
    modules = {n: importlib.import_module(f"generated.{mod}") for n, mod in g.KERNELS.items()}
    found = sorted(n for n, m in modules.items() if hasattr(m, f"_{n}_hoisted_loop") and not hasattr(m, f"_{n}_step"))
    assert found == HOISTED  # expm1(t log beta) of Adam's bias corrections (and Adam's step, below)
    n = 3000
    m = np.concatenate([RNG.standard_normal(n) * 10, [0.0, -0.0, 1e-30, 1e30, np.inf, np.nan]])
    v = np.abs(np.concatenate([RNG.standard_normal(n), [0.0, 1e-40, 5.0, 1e30, 2.0, 1.0]]))
    gr = np.concatenate([RNG.standard_normal(n), [1e-20, 0.0, -3.0, 1e20, 1.0, -np.inf]])
    th = RNG.standard_normal(m.size)
    m, v, gr, th = (a.astype(dtype) for a in (m, v, gr, th))
    for name in HOISTED:
        module = importlib.import_module(f"generated.{g.KERNELS[name]}")
        ufunc = module.__dict__[f"_{name}"].get()
        for hyper in ((0.9, 0.999, 1e-3, 3, 1e-8), (0.5, 0.999999, 2.0, 100000, 1e-30),
                      (0.0, 0.0, 1e-3, 1, 1e-8), (0.999, 0.9, 1e-3, 1e6, 1.0)):
            args = (m, v, *(dtype(h) for h in hyper), gr, th)
            with np.errstate(all="ignore"):
                expect = ufunc(*args)
            flat = spy(monkeypatch, name, f"_{name}_hoisted_flat")
            serial = spy(monkeypatch, name, f"_{name}_hoisted_serial")
            same(getattr(g, name)(*args), expect)
            same(one_thread(getattr(g, name), *args), expect)
            assert flat and serial
        # a hyperparameter with a value per element: the plain loops
        plain = spy(monkeypatch, name, f"_{name}_flat")
        hoisted = spy(monkeypatch, name, f"_{name}_hoisted_flat")
        args = (m, v, dtype(0.9), np.full(m.shape, 0.999, dtype), dtype(1e-3), dtype(3), dtype(1e-8), gr, th)
        with np.errstate(all="ignore"):
            expect = ufunc(*args)
        same(getattr(g, name)(*args), expect)
        assert plain and not hoisted


STEPS = {"adam": ("m", "v", 0.9, 0.999, 1e-3, 3.0, 1e-8, "theta", "g"), "momentum": ("v", 0.9, "theta", 1e-3, "g"),
         "nesterov": ("v", 0.9, "theta", 1e-3, "g"), "rmsprop": ("v", 0.9, "theta", 1e-3, "g", 1e-8)}


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("name", sorted(STEPS))
def test_step_loops_give_the_gufuncs_bits(name, dtype, threaded, monkeypatch):
    # codegen/kernel_files._step_loops: the optimizers' functional steps (layout of single values)
    module = importlib.import_module(f"generated.{g.KERNELS[name]}")
    found = sorted(n for n, mod in g.KERNELS.items() if hasattr(importlib.import_module(f"generated.{mod}"), f"_{n}_step"))
    assert found == sorted(STEPS)
    n = 3000
    arrays = {"m": RNG.standard_normal(n) * 10, "v": np.abs(RNG.standard_normal(n)),
              "theta": RNG.standard_normal(n), "g": RNG.standard_normal(n) * 3}
    args = tuple(np.asarray(arrays[a] if isinstance(a, str) else a).astype(dtype) for a in STEPS[name])
    gufunc = module.__dict__[f"_{name}"].get()

    def expect(args):  # the gufunc on float64 values, each result rounded once to the dtype
        with np.errstate(all="ignore"):
            return tuple(r.astype(dtype) for r in gufunc(*(a.astype(np.float64) for a in args))[:-1])
    hoisted = hasattr(module, f"_{name}_hoisted_loop")
    assert hoisted == (name == "adam")  # the one with a costly part on its hyperparameters alone
    loops = f"_{name}_hoisted" if hoisted else f"_{name}"
    flat, serial = spy(monkeypatch, name, f"{loops}_flat"), spy(monkeypatch, name, f"{loops}_serial")
    same(getattr(g, name)(*args), expect(args))
    same(one_thread(getattr(g, name), *args), expect(args))
    assert flat and serial
    # a hyperparameter with a value per element: the plain loops
    plain = spy(monkeypatch, name, f"_{name}_flat")
    per_element = tuple(np.full(n, a, dtype) if a.ndim == 0 else a for a in args)
    same(getattr(g, name)(*per_element), expect(per_element))
    assert plain
    # a result that is inf (theta inf, or a gradient whose square overflows): the loops give way
    # to the gufunc, which rescues what it can
    big = tuple(a.copy() for a in args)
    big[STEPS[name].index("theta")][7] = np.inf
    big[STEPS[name].index("g")][9] = np.finfo(dtype).max
    threads, serial = spy(monkeypatch, name, f"_{name}_threads"), spy(monkeypatch, name, f"_{name}")
    got = getattr(g, name)(*big)
    assert threads or serial, "an inf in a result must take the gufunc"
    strided = tuple(np.repeat(a, 2)[::2] if a.ndim else a for a in big)  # the gufunc's own route
    same(got, getattr(g, name)(*strided))
    assert all(np.isfinite(r[:7]).all() for r in got) and not np.isfinite(got[-1][7])
    # out= sharing memory with an argument: the gufunc, NumPy's semantics
    state = args[0].copy()
    outs = (state,) + tuple(np.empty(n, dtype) for _ in range(len(getattr(g, name)(*args)) - 1))
    before = spy(monkeypatch, name, f"{loops}_flat")
    getattr(g, name)(state, *args[1:], out=outs)
    assert not before
    same(outs, getattr(g, name)(*args))


def test_what_a_core_computes_once():
    from types import SimpleNamespace as NS
    from codegen.kernel_files import _hoisted

    def kernel(*spec):
        return NS(args=[NS(name=n, var=NS(role=r)) for n, r in spec])
    k = kernel(("x", "input"), ("beta", "hyperparameter"), ("t", "hyperparameter"), ("eta", "hyperparameter"))
    body = ["    x = rt.wide(x)", "    beta = rt.wide(beta)", "    t = rt.wide(t)", "    eta = rt.wide(eta)",
            "    _one = lit(x, 1.0)", "    _t0 = rt.expm1(rt.xlogy(t, beta))",
            "    result = eta * x / _t0 + rt.log1p(beta - _one) * np.sqrt(x)", "    return result"]
    params, prelude, carried, rest = _hoisted(k, body)
    assert params == ["beta", "t"]  # eta is only multiplied per element: left where it is
    assert prelude == ["    beta = rt.wide(beta)", "    t = rt.wide(t)", "    _one = lit(beta, 1.0)",
                       "    _t0 = rt.expm1(rt.xlogy(t, beta))", "    _p0 = rt.log1p(beta - _one)"]
    assert carried == ["_t0", "_p0"]
    assert rest == ["    x = rt.wide(x)", "    eta = rt.wide(eta)", "    result = eta * x / _t0 + _p0 * np.sqrt(x)",
                    "    return result"]
    # nothing costly on the hyperparameters alone, or no hyperparameter: no split
    assert _hoisted(k, ["    result = eta * np.sqrt(beta) * rt.exp(x)", "    return result"]) is None
    assert _hoisted(kernel(("x", "input"), ("y", "input")), ["    result = rt.exp(y) * x", "    return result"]) is None


def test_a_step_core_as_a_function_of_scalars():
    from types import SimpleNamespace as NS
    from codegen.kernel_files import _step_body
    k = NS(outputs=[NS(name="v_new"), NS(name="theta_new")])
    body = ["    v = rt.wide(v)", "    v_new[0] = v", "    theta_new[0] = theta", "    v_new[0] = beta*v_new[0] + g",
            "    theta_new[0] = theta_new[0] - eta*v_new[0]", "    _bad[0] = (0 if np.abs(v_new[0]) < np.inf else 1)"]
    assert _step_body(k, body) == [
        "    v = rt.wide(v)", "    _o_v_new = v", "    _o_theta_new = theta", "    _o_v_new = beta * _o_v_new + g",
        "    _o_theta_new = _o_theta_new - eta * _o_v_new", "    _o__bad = 0 if np.abs(_o_v_new) < np.inf else 1",
        "    return (_o_v_new, _o_theta_new, _o__bad)"]
    assert _step_body(k, body + ["    x[1] = v"]) is None  # an entry other than the single value
    assert _step_body(k, body + ["    for i in range(3):\n        pass"]) is None


def test_the_split_of_a_core_in_two():
    from codegen.kernel_files import _staged
    assert _staged(["    result = rt.sigmoid(z)", "    return result"]) is None
    assert _staged(["    result = rt.log1p(np.exp(z))", "    return result"]) is None  # not a series of ours
    stage, rest = _staged(["    z = rt.wide(z)", "    result = rt.log1p(rt.exp(rt.tanh(z))) + z",
                                "    return result"])
    assert stage.splitlines() == ["    z = rt.wide(z)", "    return rt.tanh(z)"]  # the innermost
    assert rest.splitlines() == ["    z = rt.wide(z)", "    result = rt.log1p(rt.exp(_s)) + z", "    return result"]


def test_several_arguments_and_what_falls_back_to_the_ufunc(threaded, monkeypatch):
    m, v, th, gr = (RNG.standard_normal((40, 25)) for _ in range(4))
    v = np.abs(v)
    args = (m, v, 0.9, 0.999, 1e-3, 3, 1e-8, gr, th)  # single values among the arrays: the loops
    # (the hoisted ones: t and the betas are single values, test_hoisted_loops_give_the_cores_bits)
    flat = spy(monkeypatch, "adam_grad_g", "_adam_grad_g_hoisted_flat")
    serial = spy(monkeypatch, "adam_grad_g", "_adam_grad_g_hoisted_serial")
    ufunc = importlib.import_module("generated.optimizers")._adam_grad_g.get()
    same(g.adam_grad_g(*args), ufunc(*rt.floats("adam_grad_g", *args)))
    assert flat and not serial
    same(one_thread(g.adam_grad_g, *args), ufunc(*rt.floats("adam_grad_g", *args)))
    assert serial
    # a row that broadcasts against the matrix: the ufunc
    skipped = spy(monkeypatch, "adam_grad_g", "_adam_grad_g_flat")
    skipped_too = spy(monkeypatch, "adam_grad_g", "_adam_grad_g_serial")
    row = (m[0], v, 0.9, 0.999, 1e-3, 3, 1e-8, gr, th)
    same(g.adam_grad_g(*row), ufunc(*rt.floats("adam_grad_g", *row)))
    assert not skipped and not skipped_too, "arguments that broadcast must not take the flat loop"
    for alpha in (RNG.random(WIDE.size) + 0.5, 1.5, np.float64(0.25)):
        calls = spy(monkeypatch, "elu", "_elu_flat")
        same(g.elu(WIDE, alpha), one_thread(g.elu, WIDE, alpha))
        same(g.elu(WIDE, alpha), importlib.import_module("generated.activations")._elu.get()(WIDE, alpha))
        assert calls
    # float32 values with a float64 single value: floats() gives both float64, the loops take them
    calls = spy(monkeypatch, "elu", "_elu_flat")
    z32 = WIDE.astype(np.float32)
    got = g.elu(z32, np.float64(0.5))
    assert got.dtype == np.float64 and calls
    same(got, importlib.import_module("generated.activations")._elu.get()(z32.astype(np.float64), 0.5))
    ufunc = importlib.import_module("generated.activations")._sigmoid.get()
    flat = spy(monkeypatch, "sigmoid", "_sigmoid_flat")
    loop = spy(monkeypatch, "sigmoid", "_sigmoid_serial")
    z = WIDE.copy()
    shifted = z.copy()
    g.sigmoid(shifted[:-1], out=shifted[1:])  # out= overlaps the input, shifted: NumPy's semantics
    expect = z.copy()
    expect[1:] = ufunc(z[:-1])
    same(shifted, expect)
    strided = WIDE[::2]
    same(g.sigmoid(strided), ufunc(strided))
    assert not flat and not loop, "an overlapping out= and a strided input must take the ufunc"


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_gufuncs_on_threads_equal_one_thread(dtype, threaded, monkeypatch):
    z = (RNG.standard_normal((64, 33)) * 20).astype(dtype)
    z[3, 4] = np.nan
    calls = spy(monkeypatch, 'softmax', "_softmax_threads")
    same(g.softmax(z), one_thread(g.softmax, z))
    assert calls
    y = np.eye(33, dtype=dtype)[np.arange(64) % 33]
    same(g.softmax_cross_entropy_value_and_grad(z, y), one_thread(g.softmax_cross_entropy_value_and_grad, z, y))
    x = (RNG.standard_normal((16, 50)) * 3).astype(dtype)
    same(g.batch_norm_forward(x, 1e-5, 1.5, 0.2), one_thread(g.batch_norm_forward, x, 1e-5, 1.5, 0.2))


def test_a_gufunc_after_batch_products_runs_on_one_thread(threaded, monkeypatch):
    # BLAS's threads spin after its products and would take a core from Numba's (rt.call_gufunc):
    # an LSTM gate's sigmoids run on the calling thread even where the threads would be taken
    x, h = RNG.standard_normal((64, 24)), RNG.standard_normal((64, 16))
    W, U, b = RNG.standard_normal((16, 24)), RNG.standard_normal((16, 16)), RNG.standard_normal(16)
    spread = spy(monkeypatch, "lstm_input_gate", "_lstm_input_gate_threads")
    alone = spy(monkeypatch, "lstm_input_gate", "_lstm_input_gate")
    got = g.lstm_input_gate(x, h, W, U, b)
    assert alone and not spread
    assert got.shape == (64, 16) and np.all((got > 0) & (got < 1))
    # a core that calls BLAS itself keeps the threads (its own products are most of its work)
    W1, b1, W2, b2 = (RNG.standard_normal(s) for s in ((24, 40), 40, (40, 24), 24))
    spread = spy(monkeypatch, "transformer_ffn", "_transformer_ffn_threads")
    same(g.transformer_ffn(x, W1, b1, W2, b2), one_thread(g.transformer_ffn, x, W1, b1, W2, b2))
    assert spread


def test_an_overflowing_batch_element_is_rescued_on_threads(threaded):
    x = np.tile([1e300, -1e300, 3.0], (2000, 1))
    y = np.array([1e300, 1e300, 2.0])
    got = g.dot_product(x, y)
    assert got.shape == (2000,) and (got == 6.0).all()


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_an_in_place_step_on_threads_equals_one_thread(dtype, threaded, monkeypatch):
    state = [RNG.standard_normal(999).astype(dtype) for _ in range(4)]
    state[1] = np.abs(state[1])
    a = [s.copy() for s in state]
    b = [s.copy() for s in state]
    calls = spy(monkeypatch, 'adam_inplace', "_adam_inplace_threads")
    g.adam_inplace(a[0], a[1], 0.9, 0.999, 1e-3, 4, 1e-8, a[2], a[3])
    assert calls
    one_thread(g.adam_inplace, b[0], b[1], 0.9, 0.999, 1e-3, 4, 1e-8, b[2], b[3])
    for x, y in zip(a, b):
        same(x, y)


def _blas_cores():
    """(module, kernel name, whether its core calls BLAS) of every gufunc kernel."""
    for eq in g.load_manifest()["equations"]:
        for k in eq["kernels"]:
            if k["kind"] == "update" or k["signature"] == "elementwise":
                continue
            module = importlib.import_module(k["module"])
            source = inspect.getsource(getattr(module, f"_{k['name']}_core"))
            yield module, k["name"], any(c in source for c in ("rt.dot(", "rt.vdot(", "np.dot(", "np.linalg."))


def test_every_gufunc_has_a_threaded_build_and_blas_cores_say_so():
    """A core that calls BLAS runs threaded too, but only with the BLAS on one thread
    (rt.one_blas_thread): its entry passes blas=True to call_gufunc, and no other does."""
    checked = blas_cores = 0
    for module, name, blas in _blas_cores():
        assert hasattr(module, f"_{name}_threads"), name
        entry = inspect.getsource(getattr(module, name))
        assert ("blas=True" in entry) is blas, name
        checked += 1
        blas_cores += blas
    assert checked > 150 and blas_cores >= 40


ATTENTION = ["scaled_dot_product_attention", "scaled_dot_product_attention_vjp_Q",
             "scaled_dot_product_attention_vjp_K", "scaled_dot_product_attention_vjp_V"]


def _blas_threads():
    from threadpoolctl import threadpool_info
    return {i["filepath"]: i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_blas_cores_on_threads_equal_one_thread_with_the_blas_on_one_thread(dtype, threaded, monkeypatch):
    rng = np.random.default_rng(3)
    Q, K, V, G = ((rng.standard_normal((6, 9, 5)) * 3).astype(dtype) for _ in range(4))
    Q[2, 1, 1] = 400.0  # a head whose weights saturate
    seen = []
    real = rt.one_blas_thread

    @contextlib.contextmanager
    def watched():
        with real() as lone:
            seen.append((lone, set(_blas_threads().values())))
            yield lone
    monkeypatch.setattr(rt, "one_blas_thread", watched)
    rt._blas_libraries()  # loads SciPy's BLAS, so that `before` sees it when this test runs first
    before = _blas_threads()
    for name in ATTENTION:
        args = (Q, K, V) if name == ATTENTION[0] else (Q, K, V, G)
        calls = spy(monkeypatch, name, f"_{name}_threads")
        same(getattr(g, name)(*args), one_thread(getattr(g, name), *args))
        assert calls, f"{name}: the threaded build did not run"
    X, y = rng.standard_normal((4, 12, 3)).astype(dtype), rng.standard_normal((4, 12, 2)).astype(dtype)
    same(g.normal_equation(X, y), one_thread(g.normal_equation, X, y))  # LAPACK on threads
    assert len(seen) == 5 and all(lone and counts == {1} for lone, counts in seen), seen
    assert _blas_threads() == before  # restored
    assert before and max(before.values()) >= 1


def test_a_blas_core_runs_on_one_thread_where_the_blas_cannot_be_set(threaded, monkeypatch):
    monkeypatch.setattr(rt, "_BLAS", [None])  # threadpoolctl found no BLAS it can set
    Q, K, V = (RNG.standard_normal((4, 8, 3)) for _ in range(3))
    calls = spy(monkeypatch, ATTENTION[0], f"_{ATTENTION[0]}_threads")
    same(g.scaled_dot_product_attention(Q, K, V), one_thread(g.scaled_dot_product_attention, Q, K, V))
    assert not calls


def test_without_threadpoolctl_a_blas_core_runs_on_one_thread(threaded, monkeypatch):
    monkeypatch.setitem(sys.modules, "threadpoolctl", None)  # its import now raises ImportError
    monkeypatch.setattr(rt, "_BLAS", [])
    assert rt._blas_libraries() is None and rt._BLAS == [None]
    Q, K, V = (RNG.standard_normal((4, 8, 3)) for _ in range(3))
    calls = spy(monkeypatch, ATTENTION[0], f"_{ATTENTION[0]}_threads")
    same(g.scaled_dot_product_attention(Q, K, V), one_thread(g.scaled_dot_product_attention, Q, K, V))
    assert not calls


BLAS_ON_THREADS = """
import numpy as np
from generated import _runtime as rt
import generated as g
rt.PARALLEL_MIN = 0
rng = np.random.default_rng(0)
Q, K, V, G = (rng.standard_normal((8, 64, 16)) for _ in range(4))
for _ in range(3):
    g.scaled_dot_product_attention(Q, K, V); g.scaled_dot_product_attention_vjp_K(Q, K, V, G)
print("done")
"""


def test_no_openblas_warning_on_threads():
    # OpenBLAS's own threads inside OpenMP's can hang; it then warns "Detect OpenMP Loop" on stderr
    run = subprocess.run([sys.executable, "-c", BLAS_ON_THREADS], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.strip() == "done", run.stderr[-3000:]
    assert "OpenMP" not in run.stderr, run.stderr[-3000:]


def test_finite_counts_every_nonfinite_entry():
    a = np.zeros(5000)
    assert rt.finite(a)
    for bad in (np.nan, np.inf, -np.inf):
        for at in (0, 4095, 4999):
            b = a.copy()
            b[at] = bad
            assert not rt.finite(b)
            assert not rt.finite(b.astype(np.float32))
    assert rt.count_nonfinite(np.array([1.0, np.nan, np.inf, -np.inf, 1e308, 5e-324])) == 3


def test_calls_right_after_a_threaded_blas_product_stay_on_one_thread(monkeypatch):
    # OpenBLAS's idle threads spin for rt.BLAS_SPIN seconds after a product it threads (from
    # m n k >= 2^18 on), and a threaded call meanwhile waits for its second thread
    monkeypatch.setattr(rt, "PARALLEL_MIN", 10)
    monkeypatch.setattr(rt, "_blas_busy_until", 0.0)
    monkeypatch.setattr(rt, "BLAS_SPIN", 60.0)  # long enough for a slow machine
    a = RNG.standard_normal((64, 64))
    rt.batch_product(a[:, :63], False, a[:63], False, True)  # 64 x 63 x 64: one BLAS thread
    assert rt.threads(10).__enter__()
    rt.batch_product(a, False, a, True, True)  # 64 x 64 x 64
    assert not rt.threads(10).__enter__()
    monkeypatch.setattr(rt, "_blas_busy_until", 0.0)
    rt.batch_product(a, True, a, False, False)  # the matrix first, the same count
    assert not rt.threads(10).__enter__()
    # through an entry point: an LSTM gate's products, then an elementwise kernel on one thread
    monkeypatch.setattr(rt, "_blas_busy_until", 0.0)
    serial = spy(monkeypatch, "sigmoid", "_sigmoid_serial")
    spread = spy(monkeypatch, "sigmoid", "_sigmoid_flat")
    g.lstm_input_gate(a, a, a, a, a[0])
    z = RNG.standard_normal(100)
    same(g.sigmoid(z), one_thread(g.sigmoid, z))
    assert serial and not spread
    # BLAS_SPIN = 0: no window
    no_blas_spin(monkeypatch)
    rt.batch_product(a, False, a, True, True)
    assert rt.threads(10).__enter__()
    # the window follows OPENBLAS_THREAD_TIMEOUT as OpenBLAS reads it (2^t cycles)
    cycles = {None: 28, "": 28, "x": 28, "0": 28, "-3": 28, "2": 4, "4": 4, "20": 20, "30": 30, "45": 30}
    for setting, power in cycles.items():
        assert rt._blas_spin_seconds(setting) == 2.0 ** power / 2.6e9, setting


def test_one_threaded_call_at_a_time_and_none_after_a_fork(monkeypatch):
    monkeypatch.setattr(rt, "PARALLEL_MIN", 10)
    no_blas_spin(monkeypatch)
    assert not rt.threads(9).__enter__()
    with rt.threads(10) as first:
        assert first
        seen = []
        t = threading.Thread(target=lambda: seen.append(rt.threads(10).__enter__()))
        t.start()
        t.join()
        assert seen == [False]  # another thread's call meanwhile runs on its own thread
    with rt.threads(10) as again:
        assert again
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: GNU OpenMP's threads do not survive a fork
        with rt.threads(10) as child:
            os.write(w, b"1" if child else b"0")
        os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(r, 1) == b"0"


TWIN_BUILDS = """
import json
from generated import optimizers as o
o._adam_inplace_threads.get()
serial = o._adam_inplace.get()
print(json.dumps(sum(serial.stats.cache_hits.values())))
"""


def test_an_in_place_steps_two_builds_have_their_own_cache_entries(tmp_path):
    # Numba keys its on-disk cache by function name and bytecode, not by parallel=True: built from
    # one function, the one-thread build loaded the threaded build's code (and could run threads
    # in a forked child). The threaded build is of a twin (rt.twin) with its own name and entries.
    env = dict(os.environ, NUMBA_OPT="3", NUMBA_CACHE_DIR=str(tmp_path))  # level 3: every build caches
    run = subprocess.run([sys.executable, "-c", TWIN_BUILDS], cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    assert json.loads(run.stdout.strip().splitlines()[-1]) == 0  # compiled, not taken from the threaded entry
    names = {p.name.split("-")[0] for p in tmp_path.rglob("*.nbi")}
    assert {"optimizers._adam_inplace_core", "optimizers._adam_inplace_core_threads"} <= names, names


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("threads_on", [False, True])
def test_a_transposed_gufunc_argument_gives_the_contiguous_bits(dtype, threads_on, monkeypatch):
    # rt.c_order copies a 2-d argument with a strided last axis in tiles (one and two threads)
    # before the gufunc runs; the result must be the bits the contiguous argument gives, with
    # rows and columns that are not multiples of the tiles (256 x 8)
    monkeypatch.setattr(rt, "PARALLEL_MIN", 0 if threads_on else 1 << 62)
    rng = np.random.default_rng(11)
    x = (rng.standard_normal((300, 37)) * 3 + 1).astype(dtype)   # (batch, channel)
    G = rng.standard_normal((300, 37)).astype(dtype)
    gamma, beta = rng.random(37).astype(dtype) + 0.5, rng.standard_normal(37).astype(dtype)
    copied = []
    real = rt.c_order
    monkeypatch.setattr(rt, "c_order", lambda a, slot: copied.append(a.ndim == 2 and a.strides[1] != a.itemsize)
                        or real(a, slot))
    got = g.batch_norm_forward_vjp_x(x.T, 1e-5, gamma, beta, G.T)
    assert sum(copied) == 2  # x.T and G.T took the tiled copy
    same(got, g.batch_norm_forward_vjp_x(np.ascontiguousarray(x.T), 1e-5, gamma, beta, np.ascontiguousarray(G.T)))
    same(g.softmax(x.T), g.softmax(np.ascontiguousarray(x.T)))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_copies_of_arguments_reuse_their_buffers_and_never_reach_a_result(dtype):
    # rt.c_order copies a transposed (or float32) argument of 1 MiB or more into a buffer kept per
    # thread and argument (rt.scratch): two arguments get two buffers, the next call with the
    # same shapes reuses them, and a result computed from them is unchanged by the next call
    rng = np.random.default_rng(12)
    n, c = 4096, 64                                  # (batch, channel): 262,144 entries >= SCRATCH_MIN
    assert n * c >= rt.SCRATCH_MIN

    def data():
        return ((rng.standard_normal((n, c)) * 3 + 1).astype(dtype), rng.standard_normal((n, c)).astype(dtype))
    x, G = data()
    gamma, beta = rng.random(c).astype(dtype) + 0.5, rng.standard_normal(c).astype(dtype)
    first = g.batch_norm_forward_vjp_x(x.T, 1e-5, gamma, beta, G.T)
    kept = dict(rt._scratch.bufs)
    assert len({id(b) for b in kept.values() if b.size >= rt.SCRATCH_MIN}) >= 2
    keep_first = first.copy()
    x2, G2 = data()
    second = g.batch_norm_forward_vjp_x(x2.T, 1e-5, gamma, beta, G2.T)
    assert all(rt._scratch.bufs[k] is b for k, b in kept.items())   # reused, not reallocated
    same(first, keep_first)                                           # the first result stands
    same(second, g.batch_norm_forward_vjp_x(np.ascontiguousarray(x2.T), 1e-5, gamma, beta,
                                            np.ascontiguousarray(G2.T)))
    assert not any(np.shares_memory(second, b) for b in kept.values())


SPIN_PROBE = '''
import os, numba.np.ufunc.parallel as p
import generated.activations  # a kernel module imports generated._runtime
print(p._is_initialized, "GOMP_SPINCOUNT" in os.environ)
'''


def test_the_pool_starts_with_short_spins_and_leaves_the_environment_as_it_was():
    # rt._start_threads_with_short_spins: the pool starts at import and GOMP_SPINCOUNT is gone
    # again; a user's own OpenMP setting means the pool is left to start as Numba starts it
    env = {k: v for k, v in os.environ.items() if k not in ("GOMP_SPINCOUNT", "OMP_WAIT_POLICY")}
    own = subprocess.run([sys.executable, "-c", SPIN_PROBE], cwd=ROOT, env=env, capture_output=True, text=True)
    assert own.returncode == 0, own.stderr[-2000:]
    assert own.stdout.split() == ["True", "False"]
    user = subprocess.run([sys.executable, "-c", SPIN_PROBE], cwd=ROOT, env=dict(env, OMP_WAIT_POLICY="ACTIVE"),
                          capture_output=True, text=True)
    assert user.returncode == 0, user.stderr[-2000:]
    assert user.stdout.split() == ["False", "False"]


NO_CALLS = """
import importlib, json, re, warnings, numba, generated as g
warnings.simplefilter("ignore")
left = {}
for name, mod in g.KERNELS.items():
    loop = getattr(importlib.import_module("generated." + mod), "_" + name + "_serial", None)
    if loop is None:
        continue
    d = loop.get()
    d.compile((numba.float64[::1],) * d.py_func.__code__.co_argcount)
    calls = re.findall(r"call [^@]*@(_ZN\\d+generated[\\w.$]+)", d.inspect_llvm(d.signatures[-1]))
    calls = [c for c in calls if "_loop" not in c]
    if calls:
        left[name] = calls
steps = 0
for name, mod in g.KERNELS.items():  # the in-place steps: one build per dtype, signatures given
    if name.endswith("_inplace"):
        d = getattr(importlib.import_module("generated." + mod), "_" + name).get()
        for sig in d.signatures:
            steps += 1
            calls = re.findall(r"call [^@]*@(_ZN\\d+generated[\\w.$]+)", d.inspect_llvm(sig))
            calls = [c for c in calls if "_inplace" not in c]
            if calls:
                left[name] = calls
print(json.dumps({"loops": sum(1 for n, m in g.KERNELS.items()
                               if hasattr(importlib.import_module("generated." + m), "_" + n + "_serial")),
                  "steps": steps, "left": left}))
"""


def test_no_call_is_left_in_a_one_thread_loop(tmp_path):
    """A loop that still calls a function stays scalar (LLVM: "call instruction cannot be
    vectorized"): every elementwise kernel's and optimizer step's one-thread loop, and every
    in-place step (both dtypes), built from an
    empty cache (Numba shows no IR for a cached build), calls none of generated's functions in
    its optimized IR: rt.INLINED inlines the element functions and rt's larger helpers."""
    env = dict(os.environ, NUMBA_CACHE_DIR=str(tmp_path), NUMBA_OPT="3")  # the users' level (tests run at 0)
    out = subprocess.run([sys.executable, "-c", NO_CALLS], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["loops"] >= 57 and result["steps"] >= 12  # 53 elementwise kernels, 4 steps; 6 in place x 2
    assert result["left"] == {}
