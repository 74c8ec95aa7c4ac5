"""Batch products (codegen/kernel_files._batch_products): a product of a core vector argument and
a core matrix argument (an LSTM gate's W x and W h) is computed by the entry point over the whole
batch, as one BLAS matrix product, and passed into the gufunc, which recomputes it where it is not
finite. These tests check that the batched path gives what a loop over the batch gives, with
shared and with batched weights, in both dtypes; that an overflowing product in one batch row is
recomputed there (and only there); and that bad shapes still name the public layout."""
import math

import numpy as np
import pytest

import generated as g
from generated import recurrent

pytestmark = pytest.mark.xdist_group("batch_products")
RNG = np.random.default_rng(11)


def gate_args(B, D, H, dtype, batched_weights=False):
    lead = (B,) if batched_weights else ()
    return [RNG.standard_normal(s).astype(dtype) for s in [(B, D), (B, H), lead + (H, D), lead + (H, H), (H,)]]


def test_the_lstm_gates_compute_their_products_over_the_batch():
    source = open(recurrent.__file__).read()
    entry = source[source.index("def lstm_input_gate("):]
    assert "products=((1, False, 3, True, True), (0, False, 2, True, True),)" in entry.split("\n\n\n")[0]
    # typed C-contiguous, so the gate's loop of sigmoids over it vectorizes (a gufunc argument is
    # typed of any stride)
    assert "_t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xi.T)" in source


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("batched_weights", [False, True])
def test_a_batch_equals_a_loop_over_it(dtype, batched_weights):
    x, h, Wx, Wh, b = gate_args(6, 5, 4, dtype, batched_weights)
    got = g.lstm_input_gate(x, h, Wx, Wh, b)
    assert got.dtype == dtype and got.shape == (6, 4)
    for i in range(6):
        wx, wh = (Wx[i], Wh[i]) if batched_weights else (Wx, Wh)
        one = g.lstm_input_gate(x[i], h[i], wx, wh, b)
        exact = 1 / (1 + np.exp(-(wx.astype(np.float64) @ x[i] + wh.astype(np.float64) @ h[i] + b)))
        np.testing.assert_allclose(got[i], one, rtol=4 * np.finfo(dtype).eps)
        np.testing.assert_allclose(got[i], exact, rtol=4 * np.finfo(dtype).eps)


def test_an_overflowing_product_is_recomputed_in_its_row_only():
    # row 1: W_xh x = 1e600 - 1e600 = 0 exactly; the float64 GEMM gives inf or NaN there, and
    # tanh of it would be a finite wrong value. Row 0 is ordinary.
    x = np.array([[0.5, 0.25], [1e300, 1e300]])
    W_xh = np.array([[1e300, -1e300]])
    h_prev, W_hh, r, z = np.array([0.5, 0.5]), np.array([[2.0]]), np.array([0.5, 0.5]), np.array([0.25, 0.25])
    got = g.gru_hidden(x, h_prev[:, None], z[:, None], r[:, None], W_xh, W_hh)
    want1 = math.tanh(0.5) * 0.75 + 0.5 * 0.25
    assert abs(got[1, 0] - want1) <= 2 * np.spacing(want1)
    want0 = math.tanh((0.5 - 0.25) * 1e300 + 0.5) * 0.75 + 0.125
    assert abs(got[0, 0] - want0) <= 2 * np.spacing(abs(want0))


def test_bad_shapes_name_the_public_layout():
    x, h, Wx, Wh, b = gate_args(3, 5, 4, np.float64)
    with pytest.raises(ValueError, match=r"lstm_input_gate: expected layout \(D\),\(H\),\(H,D\),\(H,H\),\(H\)->\(H\)"):
        g.lstm_input_gate(x, h, Wx[:, :3], Wh, b)
    with pytest.raises(ValueError, match=r"lstm_input_gate: expected layout \(D\),\(H\),\(H,D\),\(H,H\),\(H\)->\(H\)"):
        g.lstm_input_gate(x, h, Wx, Wh, b[:3])


# --- per-row products as one matrix product (codegen/lowering.py Lowerer.matrix_products) ---------
def test_attention_takes_its_weights_times_v_as_one_matrix_product():
    from generated import attention
    source = open(attention.__file__).read()
    core = source[source.index("def _scaled_dot_product_attention_core("):].split("\n\n\n")[0]
    loops = core.split("    for t in range(1, T + 1):")
    assert len(loops) == 3, core  # the weights' loop, then the output's loop
    inside = [line for part in loops[1:] for line in part.splitlines() if line.startswith(" " * 8)]
    assert not [line for line in inside if "rt.dot(" in line], core  # no product per row
    assert "\n    _t12 = rt.dot(np.ascontiguousarray(_t11), np.ascontiguousarray(V))\n" in loops[1], core


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_the_split_rows_give_the_per_row_products(dtype):
    # the split loop against the same math per query row in NumPy (float64, max-shifted), with
    # a row whose scores overflow a float64 sum on the way to the extended path
    rng = np.random.default_rng(12)
    Q, K, V = (rng.standard_normal((3, 7, 5)).astype(dtype) for _ in range(3))
    got = g.scaled_dot_product_attention(Q, K, V)
    s = (Q.astype(np.float64) @ np.swapaxes(K, -1, -2).astype(np.float64)) / math.sqrt(5)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    want = (w / w.sum(axis=-1, keepdims=True)) @ V.astype(np.float64)
    np.testing.assert_allclose(got, want.astype(dtype), rtol=1e-13 if dtype == np.float64 else 1e-6)
    Q2 = np.array([[1e154, 1e154], [1.0, 2.0]])
    K2 = np.array([[1e154, 1e154], [-1e154, 1e154]])
    V2 = np.array([[1.0, 2.0], [3.0, 4.0]])
    out = g.scaled_dot_product_attention(Q2, K2, V2)
    assert np.all(np.isfinite(out)), out
    assert out[0].tolist() == [1.0, 2.0]  # row 0: all weight on key 0 (scores +huge and 0)


def test_rows_that_feed_each_other_are_not_split():
    # a loop whose tail (after the product) sets a value the next row's head reads cannot run
    # all its heads first: _split_loop leaves it alone; without that dependence it splits
    import sympy as sp

    from codegen.lowering import Lowerer
    t, k = sp.symbols("t k", integer=True)
    c, a = sp.Symbol("c", real=True), sp.Symbol("a", real=True)
    x, R = sp.IndexedBase("x"), sp.IndexedBase("R")

    def loop(tail):
        low = Lowerer(set(), {})
        low.products.update({"x": (1,), "R": (1,)})
        head = [("vector", x, 4), ("loop", k, 1, 4, [("store", x[k], c * k)])]
        body = head + [("dot", R, "x", False, "B", False, True)] + tail
        return low._split_loop(("loop", t, 1, 3, body))
    assert loop([("set", c, R[1])]) is None  # c: set after the product, read by the next row's head
    split = loop([("set", a, R[1])])
    assert [st[0] for st in split] == ["matrix", "loop", "dot", "loop"]
