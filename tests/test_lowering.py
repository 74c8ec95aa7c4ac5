"""Shapes of code codegen/lowering.py emits, checked on the generated cores."""
import inspect
import re

import sympy as sp

from codegen import kernel_files, lowering
from generated import attention, losses


def test_a_sum_whose_body_names_parts_of_its_term_is_four_partial_sums_with_a_copy_each():
    # cross-entropy's loss: sum_j y_j (z_j - max - lse), with z_j - max named (it is read again
    # for the exps). One running sum waits on each addition; four partial sums do not. Each partial
    # sum computes its own z_j - max first, so the term is rounded as the named form rounds it
    # ((z_j - max) first, then - lse), not as (-lse - max) + z_j
    src = inspect.getsource(losses._softmax_cross_entropy_value_and_grad_core)
    parts = re.findall(r"^        (_t\d+)_(\d) = (_t\d+) \+ z\[j(?: ([+-]) (\d))?\]$", src, re.M)
    assert [int(p[1]) for p in parts] == [0, 1, 2, 3], src
    name, shift = parts[0][0], parts[0][2]
    for k in range(4):
        acc = re.search(rf"^        (_t\d+)_{k} \+= y\[j(?: [+-] \d)?\]\*\(-_t\d+ \+ {name}_{k}\)$", src, re.M)
        assert acc, (k, src)
    assert re.search(rf"^        {name} = {shift} \+ z\[j - 1\]$", src, re.M)  # the remaining terms


def _lowered(*lines):
    return kernel_files._lowered(list(lines), {})


def test_a_call_of_two_loop_indices_computed_in_two_places_is_filled_once_into_a_matrix():
    i, j = sp.symbols("i j", integer=True)
    N, C = sp.symbols("N C", integer=True, positive=True)
    x, y, z = sp.IndexedBase("x"), sp.IndexedBase("y"), sp.IndexedBase("z")
    by_rows, by_columns = [(i, 1, N), (j, 1, C)], [(j, 1, C), (i, 1, N)]
    low = _lowered((y[i, j], sp.exp(x[i, j]), by_rows), (z[j, i], 2 * sp.exp(x[i, j]), by_columns))
    # one matrix, N x C (the first place's outer loop gives the rows), and one exp in the kernel
    assert [st for st in low.root.body if st[0] == "matrix"] == [("matrix", sp.IndexedBase("_t0"), N, C)]
    calls = [st for st in lowering._walk(low.root.body) if st[0] == "store" and st[2].has(sp.exp)]
    assert len(calls) == 1
    # two different calls, or reads off the loop indices (x[i, j + 1] is out of bounds at j = C,
    # where a guard might have kept it from being read): no matrix
    for first, second in ((sp.exp(x[i, j]), sp.log(x[i, j])), (sp.exp(x[i, j + 1]), 2 * sp.exp(x[i, j + 1]))):
        low = _lowered((y[i, j], first, by_rows), (z[j, i], second, by_columns))
        assert not [st for st in low.root.body if st[0] == "matrix"]


def test_attention_vjps_compute_each_softmax_weight_once():
    # the K and V gradients computed exp(score - max) in three and two loops (the normaliser, the
    # weighted row sums, the walk down a key's column); now once, into a T x S matrix
    for kind in ("Q", "K", "V"):
        src = inspect.getsource(getattr(attention, f"_scaled_dot_product_attention_vjp_{kind}_core"))
        assert src.count("rt.exp_neg(") == 1 and "rt.exp(" not in src, (kind, src)
    for kind in ("K", "V"):
        src = inspect.getsource(getattr(attention, f"_scaled_dot_product_attention_vjp_{kind}_core"))
        assert re.search(r"^    _t\d+ = np.empty\(\(T, S\)\)$", src, re.M), src


def test_attention_vjps_compute_what_the_three_gradients_share_once():
    # the fused kernel: one exp pass, Q K^T and G V^T once each, then one product per gradient
    # (the three separate kernels compute 3 exp passes and 9 products between them)
    src = inspect.getsource(attention._scaled_dot_product_attention_vjps_core)
    assert src.count("rt.exp_neg(") == 1 and "rt.exp(" not in src, src
    products = re.findall(r"rt\.dot\(np\.ascontiguousarray\((\w+)\), np\.ascontiguousarray\((\w+)\)(\.T)?\)", src)
    assert len(products) == 5, products
    assert ("Q", "K", ".T") in products and ("G_up", "V", ".T") in products, products


def test_memoised_free_symbols_are_sympys_on_every_subexpression_of_the_catalogue():
    # every Basic but the sums keeps SymPy's own property; the sums' is checked against SymPy's
    from symbolic.catalogue import load_catalogue
    from symbolic.indexcalc import SYMPY_LIMITS_FREE, free_symbols
    from sympy.concrete.expr_with_limits import ExprWithLimits
    from symbolic.reductions import MaxOver
    i, j, k = sp.symbols("i j k", integer=True)
    n, m = sp.symbols("n m", integer=True, positive=True)
    x = sp.IndexedBase("x")
    own = [sp.Sum(x[i, j] * k, (i, 1, n), (j, i, m)),        # a bound reading an earlier index
           sp.Sum(sp.Sum(x[i, j], (j, 1, i)) + x[i, k], (i, 1, n)),
           sp.Sum(x[i], (i, 1, i + n)),                     # the index free in its own bound
           sp.Sum(x[i], (x[j], 1, n)),                      # a limit that is no symbol: SymPy's rule
           MaxOver(x[i, j], (j, 1, m))]
    exprs = own + [ln.rhs for e in load_catalogue() for ln in e.lines]
    count = 0
    for e in exprs:
        for s in sp.preorder_traversal(e):
            assert free_symbols(s) == s.free_symbols, s
            if isinstance(s, ExprWithLimits):   # the installed property gives SymPy's own sets
                assert s.free_symbols == SYMPY_LIMITS_FREE.fget(s), s
            count += 1
    assert count > 3000


def test_renaming_bound_indices_reaches_inner_bounds_and_keeps_free_ones():
    from symbolic.indexcalc import canonical_bound, rename_bound
    i, j, k, p, q = sp.symbols("i j k p q", integer=True)
    n = sp.Symbol("n", integer=True, positive=True)
    x = sp.IndexedBase("x")
    e = sp.Sum(sp.Sum(x[i, j, k], (j, 1, i)), (i, 1, n))
    assert rename_bound(e, {i: p, j: q}.get) == sp.Sum(sp.Sum(x[p, q, k], (q, 1, p)), (p, 1, n))
    assert canonical_bound(e) == canonical_bound(e.xreplace({i: p, j: q}))
    assert canonical_bound(e) != canonical_bound(e.xreplace({k: p}))


def test_softmax_stores_its_exps_in_the_output_not_a_vector_of_its_own():
    # the terms' vector lived in a buffer allocated per batch element (per row); its last reader
    # is the loop that stores the output from it elementwise, so it can live in the output
    from generated import activations
    src = inspect.getsource(activations._softmax_core)
    assert re.search(r"^    (_t\d+) = out_c$", src, re.M), src
    assert "np.empty" not in src, src


def _vector_then(*after, extent_change=0):
    j = sp.Symbol("j", integer=True)
    C = sp.Symbol("C", integer=True, positive=True)
    V, y, z = sp.IndexedBase("_t0"), sp.IndexedBase("y"), sp.IndexedBase("z")
    s = sp.Symbol("_t1")
    stmts = [("vector", V, C), ("loop", j, 1, C, [("store", V[j], sp.exp(z[j]))]), ("total", s, V)]
    one = sp.Integer(1)
    stmts, moved = lowering.buffers_into_outputs(stmts + [st(V, y, z, j, C, s) for st in after],
                                                 {y.label: (C + extent_change, one)}, {}, {V.label: one})
    assert not moved
    return stmts


def test_a_vector_moves_into_the_output_only_where_each_element_is_read_before_it_is_written():
    def store(V, y, z, j, C, s):
        return ("loop", j, 1, C, [("store", y[j], V[j] / s)])

    def shifted(V, y, z, j, C, s):  # reads V[j + 1], which the store of y[j + 1] has not reached
        return ("loop", j, 1, C - 1, [("store", y[j], V[j + 1] / s)])

    def read_after(V, y, z, j, C, s):  # V is read after the output is written
        return ("set", sp.Symbol("_t2"), V[1])

    def output_read_before(V, y, z, j, C, s):  # y is read before the loop that fills it from V
        return ("set", sp.Symbol("_t3"), y[1])

    assert _vector_then(store)[0] == ("in_output", sp.IndexedBase("_t0"), sp.IndexedBase("y"))
    for after in ((shifted,), (store, read_after), (output_read_before, store)):
        assert _vector_then(*after)[0][0] == "vector", after
    assert _vector_then(store, extent_change=-1)[0][0] == "vector"  # an output shorter than the vector


def test_a_local_array_moves_into_the_array_its_last_reader_fills_in_a_chain():
    # cross-entropy's gradient: the exps into y-hat, y-hat into the output; the output may be read
    # after the loop that fills it
    from generated import losses
    src = inspect.getsource(losses._softmax_cross_entropy_value_and_grad_core)
    assert re.search(r"^    y_hat = d_z_c$", src, re.M) and re.search(r"^    _t\d+ = y_hat$", src, re.M), src
    assert src.index("d_z_c = np.ascontiguousarray(d_z)") < src.index("y_hat = d_z_c")
    assert "np.empty" not in src, src


def test_a_running_maximum_in_four_partial_maxima_finds_every_nan_and_the_maximum():
    # max4 (codegen/lowering._max4): Python's max in four lanes, a NaN noted apart. A max pool's
    # output is the maximum itself: a NaN in any lane of the window's rows, or in their tail (the
    # k mod 4 last columns), gives NaN; otherwise the window's maximum, exactly
    import numpy as np
    import generated
    rng = np.random.default_rng(7)
    for k in (4, 5, 7, 9):
        image = rng.standard_normal((2 * k, 2 * k))
        want = image.reshape(2, k, 2, k).max(axis=(1, 3))
        assert np.array_equal(generated.max_pool2d(image, k, k), want), k
        for q in range(k):
            for p in (0, k - 1):
                bad = image.copy()
                bad[p, q] = np.nan
                got = generated.max_pool2d(bad, k, k)
                assert np.isnan(got[0, 0]), (k, p, q, got)
                assert np.array_equal(got.reshape(-1)[1:], want.reshape(-1)[1:]), (k, p, q)


def test_a_running_maximum_of_named_terms_finds_the_maximum_in_every_lane_and_the_tail():
    # attention's maximum runs over its scaled scores (a temporary named in the loop body): four
    # partial maxima, one copy of the temporary each. The core itself (no rescue by the entry
    # point): a score of 1000 at any key gives the one-hot weights, so the output is that key's
    # value, finite and flagged good; a maximum that missed it would overflow exp(1000 - max)
    import numba
    import numpy as np

    from generated import attention
    src = inspect.getsource(attention._scaled_dot_product_attention_core)
    assert re.search(r"_t\d+_3 = max\(_t\d+_3, _t\d+_x\)", src), src
    core = numba.njit(attention._scaled_dot_product_attention_core)
    for S in (8, 9, 11):  # no tail, one term, three terms past the last group of four
        for p in range(S):
            K = np.zeros((S, 1))
            K[p, 0] = 1000.0
            V = np.arange(1.0, S + 1.0).reshape(S, 1)
            out, bad = np.empty((1, 1)), np.empty(1)
            core(np.ones((1, 1)), K, V, out, bad)
            assert out[0, 0] == V[p, 0] and bad[0] == 0, (S, p, out, bad)
            K[p, 0] = np.nan
            core(np.ones((1, 1)), K, V, out, bad)
            assert np.isnan(out[0, 0]), (S, p, out)


def test_a_core_ending_in_a_loop_over_its_output_counts_what_is_not_finite_as_it_stores():
    # kernel_files._count_in_last_loop: softmax's scaling loop counts its inf and NaN entries into
    # the flag (no rt.nonfinite pass after it); the core itself, with each kind of bad input
    import numba
    import numpy as np

    from generated import activations
    src = inspect.getsource(activations._softmax_core)
    assert "_nbad += not (np.abs(_t_out) < np.inf)" in src and "rt.nonfinite" not in src, src
    core = numba.njit(activations._softmax_core)
    for z in ([1.0, 2.0, 3.0, 4.0, 5.0], [1.0, np.nan, 3.0], [np.inf, 0.0, 1.0, 2.0, 3.0],
              [np.inf, np.inf, 0.0], [-np.inf, 0.0], [1e308, -1e308, 0.0, 5.0, 7.0]):
        out, bad = np.empty(len(z)), np.empty(1)
        core(np.array(z), out, bad)
        assert bad[0] == np.count_nonzero(~np.isfinite(out)), (z, out, bad)


def test_a_grouping_the_stable_form_chose_keeps_its_parentheses():
    # log-softmax at the true class: (z_c - max) - lse, the difference exact near the maximum.
    # Python adds left to right: printed without parentheses it would be (-lse - max) + z_c,
    # which rounds at the scale of max
    from codegen.numba_printer import NumbaPrinter
    a, b, c = sp.symbols("a b c", real=True)
    pr = NumbaPrinter("k", {a: "a", b: "b", c: "c"}, {}, set(), "a")
    assert pr.code(sp.Add(-sp.log(a), sp.UnevaluatedExpr(c - b), evaluate=False)) == "-rt.log(a) + (-b + c)"
    src = inspect.getsource(losses._softmax_cross_entropy_value_and_grad_labels_core)
    assert re.search(r"^    L_CE\[0\] = -\(-rt\.log\(_t\d+\) \+ \(_t\d+ \+ z\[label\]\)\)$", src, re.M), src


def _exps(low):
    return [a for st in lowering._walk(low.root.body) for part in st[1:] if isinstance(part, sp.Basic)
            for a in sp.preorder_traversal(part) if isinstance(a, (sp.exp, lowering.exp_neg))]


def test_an_exp_of_what_cannot_be_positive_is_exp_neg_and_of_anything_else_exp():
    # exp_neg has no upper clamp (its scale overflows the exponent field above 665): the lowering
    # takes it only where the argument is <= 0 for every value (tests/test_elementary.py: the same
    # bits as exp there)
    j, k = sp.symbols("j k", integer=True)
    C, D = sp.symbols("C D", integer=True, positive=True)
    a = sp.Symbol("a", real=True)
    z, y = sp.IndexedBase("z", real=True), sp.IndexedBase("y", real=True)  # as the catalogue declares them
    M = lowering.MaxOver(z[k], (k, 1, C))
    rows = [(j, 1, C)]
    proven = [sp.exp(-sp.Abs(a)), sp.exp(-2 * sp.Abs(z[j])), sp.exp(z[j] - M),
              sp.Sum(sp.exp(z[k] - M), (k, 1, C)), sp.exp(2 * z[j] - 2 * M), sp.exp(-(z[j] - a) ** 2)]
    unproven = [sp.exp(a), sp.exp(z[j]), sp.exp(z[j] + M), sp.exp(z[j] - 2 * M),  # -M alone may be > 0
                sp.exp(2 * z[j] - M), sp.exp(y[j] - M), sp.exp(z[j + 1] - M),
                sp.exp(z[j] - lowering.MaxOver(z[k], (k, 1, C - 1))),        # z_C is not in the range
                sp.exp(-sp.Abs(a) + a)]
    for rhs in proven + unproven:
        low = _lowered((y[j], rhs, rows))
        kinds = {type(e) for e in _exps(low)}
        assert kinds == ({lowering.exp_neg} if any(rhs is p for p in proven) else {sp.exp}), (rhs, kinds)
    # a loop index over part of M's range is within it
    low = _lowered((y[j], sp.exp(z[j] - lowering.MaxOver(z[k], (k, 1, C + D))), rows))
    assert {type(e) for e in _exps(low)} == {lowering.exp_neg}
