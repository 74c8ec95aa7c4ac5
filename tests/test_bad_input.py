"""Bad input to every generated kernel ends in a clear error or the documented value (issue 5).

Registry-driven: every kernel in the manifest gets each check. A wrong core shape or batch
shapes that do not broadcast raise a ValueError naming the kernel (and its layout); complex,
string and object input raise a TypeError naming the kernel; integer input is promoted to
float64; an empty batch gives an empty result; negative-stride and non-contiguous views give the
same numbers as contiguous arrays; out= of the wrong dtype is a TypeError, not a silent cast.
Values the math excludes (hyperparameters, probabilities, positions) are rejected by name.
"""
import json
import re

import numpy as np
import pytest

import generated
from codegen import check
from codegen.emit import DEFAULT_OUT
from tests.families import CATALOGUE

MANIFEST = json.loads((DEFAULT_OUT / "manifest.json").read_text())
RECORDS = [pytest.param(e["number"], k, id=k["name"], marks=pytest.mark.xdist_group(e["slug"]))
           for e in MANIFEST["equations"] for k in e["kernels"] if k["kind"] != "update"]


def _setup(number, record):
    eq = CATALOGUE.get(number)
    values = check._extra_inputs(eq, record, check.sample(eq, 0), np.random.default_rng(0))
    args = check._args(record, values, np.float64, tuple(record["positions"]), eq)
    options = {"dtype": np.float64} if "dtype" in record["options"] else {}
    f = check.kernel_function(record)
    return f, args, options


def _outputs(result):
    return [np.asarray(r) for r in (result if isinstance(result, tuple) else (result,))]


def _same(a, b):
    return all(x.shape == y.shape and np.array_equal(x, y, equal_nan=True)
               for x, y in zip(_outputs(a), _outputs(b)))


def _float_positions(record):
    return [i for i, name in enumerate(record["arguments"]) if name not in record["integers"]]


def _core_layouts(record):
    """The core shape names of each user argument, from the layout (carriers come last)."""
    if record["signature"] == "elementwise":
        return [()] * len(record["arguments"])
    ins = record["signature"].split("->")[0]
    parts = re.findall(r"\(([^)]*)\)", ins)
    return [tuple(p for p in part.split(",") if p) for part in parts[:len(record["arguments"])]]


@pytest.mark.parametrize("number,record", RECORDS)
def test_non_real_input_is_a_type_error_naming_the_kernel(number, record):
    f, args, options = _setup(number, record)
    i = _float_positions(record)[0] if _float_positions(record) else 0
    for bad in (np.asarray(args[i], dtype=complex), np.full(np.shape(args[i]), "x"),
                np.asarray(args[i], dtype=object)):
        changed = list(args)
        changed[i] = bad
        with pytest.raises(TypeError, match=rf"^{record['name']}: "):
            f(*changed, **options)


@pytest.mark.parametrize("number,record", RECORDS)
def test_views_and_integers_give_the_same_numbers(number, record):
    f, args, options = _setup(number, record)
    base = f(*args, **options)
    for i in _float_positions(record):
        a = args[i]
        if np.ndim(a) == 0:
            continue
        reversed_view = np.flip(np.flip(a).copy())          # negative strides, same values
        assert any(s < 0 for s in reversed_view.strides)
        spaced = np.zeros(a.shape + (3,))
        spaced[..., 1] = a
        strided_view = spaced[..., 1]                        # not contiguous
        assert not strided_view.flags.c_contiguous
        for view in (reversed_view, strided_view):
            changed = list(args)
            changed[i] = view
            assert _same(f(*changed, **options), base), f"{record['name']}: argument {i} as a view"
    # integer arrays are promoted to float64: the same result as the float64 of those integers
    i = next((i for i in _float_positions(record)
              if np.all(np.asarray(args[i]) == np.round(args[i]))), None)
    if i is not None:
        ints = list(args)
        ints[i] = np.asarray(args[i]).astype(np.int64)
        assert _same(f(*ints, **options), base)


@pytest.mark.parametrize("number,record", RECORDS)
def test_an_empty_batch_gives_an_empty_result(number, record):
    f, args, options = _setup(number, record)
    floats = _float_positions(record)
    i = floats[0] if floats else 0
    changed = list(args)
    changed[i] = np.empty((0,) + np.shape(args[i]), dtype=np.asarray(args[i]).dtype)
    if not floats:  # only sizes (positional encoding): they shape the result and cannot be batched
        with pytest.raises(ValueError, match=rf"^{record['name']}: \w+ must be a single integer"):
            f(*changed, **options)
        return
    for r in _outputs(f(*changed, **options)):
        assert r.shape[0] == 0 and r.size == 0, f"{record['name']}: {r.shape}"


@pytest.mark.parametrize("number,record", RECORDS)
def test_shapes_that_do_not_fit_are_a_value_error_naming_the_kernel(number, record):
    f, args, options = _setup(number, record)
    layouts = _core_layouts(record)
    floats = _float_positions(record)
    # batch shapes (2,) and (3,) do not broadcast
    if len(floats) >= 2:
        changed = list(args)
        changed[floats[0]] = np.stack([args[floats[0]]] * 2)
        changed[floats[1]] = np.stack([args[floats[1]]] * 3)
        with pytest.raises(ValueError, match=rf"^{record['name']}: "):
            f(*changed, **options)
    # a core dimension two inputs share, one size larger in one of them
    seen = {}
    for i, core in enumerate(layouts):
        for axis, dim in enumerate(core):
            seen.setdefault(dim, []).append((i, axis))
    shared = [(dim, where) for dim, where in seen.items() if len({i for i, _ in where}) >= 2]
    if shared and record["signature"] != "elementwise":
        dim, where = shared[0]
        i, axis = where[-1]
        a = np.asarray(args[i])
        grown = np.concatenate([a, np.take(a, [0], axis=axis - len(layouts[i]))], axis=axis - len(layouts[i]))
        changed = list(args)
        changed[i] = grown
        with pytest.raises(ValueError, match=rf"^{record['name']}: expected layout {re.escape(record['signature'])}"):
            f(*changed, **options)
    # out= of the wrong dtype is refused, not cast
    wrong = tuple(np.empty_like(r, dtype=np.float32) for r in _outputs(f(*args, **options)))
    with pytest.raises(TypeError, match=rf"^{record['name']}: out= must be float64"):
        f(*args, out=wrong if len(wrong) > 1 else wrong[0], **options)


BAD_VALUES = [
    ("gradient_descent_inplace", "eta", -0.1), ("adam_inplace", "beta1", 1.0), ("adam_inplace", "eps", 0.0),
    ("adam_inplace", "t", 0), ("rmsprop_inplace", "rho", -0.5), ("momentum", "beta", 1.5),
    ("binary_cross_entropy", "y_hat", 1.5), ("kl_divergence", "Q", -0.25),
]


@pytest.mark.parametrize("kernel,name,value", BAD_VALUES, ids=[f"{k}-{n}" for k, n, _ in BAD_VALUES])
def test_values_the_math_excludes_are_rejected_by_name(kernel, name, value):
    record = next(k for e in MANIFEST["equations"] for k in e["kernels"] if k["name"] == kernel)
    number = next(e["number"] for e in MANIFEST["equations"] if record in e["kernels"])
    eq = CATALOGUE.get(number)
    values = check.sample(eq, 0)
    args = check._args(record, values, np.float64, tuple(record["positions"]), eq)
    i = record["arguments"].index(name)
    args[i] = np.full(np.shape(args[i]), value, dtype=np.asarray(args[i]).dtype)
    f = getattr(generated, kernel)
    with pytest.raises(ValueError, match=rf"^{kernel}: {name} must be .*got {re.escape(repr(value))}"):
        f(*args)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_a_large_array_is_range_checked_entry_by_entry(dtype):
    # rt.within checks a float array of 4096 entries or more in one compiled pass (count_outside),
    # threaded above rt.PARALLEL_MIN: one entry outside at either end, at any position, is named
    rng = np.random.default_rng(5)
    y = (rng.random((5, 1000)) * 0.98 + 0.01).astype(dtype)
    z = rng.standard_normal((5, 1000)).astype(dtype)
    generated.softmax_cross_entropy_grad(z, y)  # inside [0, 1]: accepted
    for at, bad in (((0, 0), 1.25), ((4, 999), -0.5), ((2, 517), np.inf), ((3, 3), -np.inf)):
        wrong = y.copy()
        wrong[at] = bad
        with pytest.raises(ValueError, match=rf"^softmax_cross_entropy_grad: y must be in \[0, 1\], got {re.escape(repr(float(dtype(bad))))}"):
            generated.softmax_cross_entropy_grad(z, wrong)
    ends = y.copy()
    ends[0, :2] = [0.0, 1.0]  # closed ends: accepted
    ends[1, 7] = np.nan       # NaN passes (it propagates)
    generated.softmax_cross_entropy_grad(z, ends)
    from generated import _runtime as rt
    a = np.array([0.0, 0.5, 1.0, np.nan, -1e-30, 2.0] * 1000, dtype)
    for lo_open, hi_open, expect in ((False, False, 2000), (True, False, 3000), (False, True, 3000), (True, True, 4000)):
        assert rt.count_outside(a, 0.0, 1.0, lo_open, hi_open) == expect
        assert rt.count_outside_threads(a, 0.0, 1.0, lo_open, hi_open) == expect


def test_nan_hyperparameters_and_inputs_propagate_instead_of_being_rejected():
    assert np.isnan(generated.binary_cross_entropy(np.array([1.0, 0.0]), np.array([0.5, np.nan])))
    theta = np.ones(3)
    generated.gradient_descent_inplace(theta, np.nan, np.ones(3))
    assert np.isnan(theta).all()


def test_positions_outside_the_table_and_odd_model_widths_are_rejected():
    Q = np.zeros((3, 2))
    with pytest.raises(ValueError, match=r"^q_learning: s holds 0-based positions below 3, got 3"):
        generated.q_learning(3, 0, 1, 1.0, 0.5, 0.9, Q)
    with pytest.raises(ValueError, match=r"^q_learning: a holds 0-based positions below 2, got -1"):
        generated.q_learning(0, -1, 1, 1.0, 0.5, 0.9, Q)
    with pytest.raises(ValueError, match=r"^positional_encoding: d_model must be even, got 5"):
        generated.positional_encoding(3, 5)
    with pytest.raises(ValueError, match=r"^max_pool2d: the inputs .* give an output of shape \(0, 0\)"):
        generated.max_pool2d(np.ones((3, 3)), 4, 1)
    with pytest.raises(ValueError, match=r"^max_pool2d: S must be a positive integer, got 0"):
        generated.max_pool2d(np.ones((3, 3)), 2, 0)


def test_arguments_with_too_few_axes_are_a_value_error_naming_the_kernel():
    # found by the fuzz: the size lines read np.shape(I)[-2] before the gufunc could complain
    with pytest.raises(ValueError, match=r"^conv2d: I needs at least 2 axes, got shape \(5,\)"):
        generated.conv2d(np.zeros(5), np.zeros((3, 3)))
    with pytest.raises(ValueError, match=r"^q_learning: Q needs at least 2 axes, got shape \(3,\)"):
        generated.q_learning(0, 0, 0, 1.0, 0.5, 0.9, np.zeros(3))


def test_in_place_steps_accept_a_read_only_gradient():
    # found by the fuzz: Numba rejected read-only arrays with a message not naming the kernel
    grad = np.full(3, 2.0)
    grad.setflags(write=False)
    theta = np.ones(3)
    generated.gradient_descent_inplace(theta, 0.25, grad)
    assert np.array_equal(theta, np.full(3, 0.5))
    m, v, theta = np.zeros(3), np.zeros(3), np.ones(3)
    generated.adam_inplace(m, v, 0.9, 0.999, 0.1, 1, 1e-8, theta, grad)
    assert np.array_equal(theta, generated.adam(np.zeros(3), np.zeros(3), 0.9, 0.999, 0.1, 1, 1e-8, np.ones(3), grad)[2])


def _singles_and_arrays(record):
    """The float arguments a call passes as single values and those it passes as arrays: a
    gufunc's core () arguments and the others; for an elementwise kernel, all but the first."""
    floats = _float_positions(record)
    if record["signature"] == "elementwise":
        return floats[1:], floats[:1]
    layouts = _core_layouts(record)
    singles = [i for i in floats if layouts[i] == ()]
    return singles, [i for i in floats if i not in singles]


MIXED = [p for p in RECORDS if all(_singles_and_arrays(p.values[1]))]  # single values among arrays


@pytest.mark.parametrize("number,record", MIXED)
def test_python_numbers_take_the_arrays_dtype(number, record):
    """NumPy's rule (NEP 50): a Python number among float32 arrays is a float32 value, the result
    float32, with the bits of the same call given np.float32 scalars; np.float64 makes it float64."""
    eq = CATALOGUE.get(number)
    values = check._extra_inputs(eq, record, check.sample(eq, 0), np.random.default_rng(0))
    args = check._args(record, values, np.float32, tuple(record["positions"]), eq)
    f = check.kernel_function(record)
    singles, arrays = _singles_and_arrays(record)
    if record["signature"] == "elementwise":  # the sample's value, three times
        args = [np.full(3, a) if i in arrays else a for i, a in enumerate(args)]
    assert all(args[i].ndim == 0 for i in singles) and all(args[i].ndim for i in arrays)
    typed = [np.float32(a) if i in singles else a for i, a in enumerate(args)]
    python = [float(a) if i in singles else a for i, a in enumerate(args)]
    wide = [np.float64(a) if i == singles[0] else a for i, a in enumerate(typed)]
    with np.errstate(all="ignore"):
        expect = f(*typed)
        got = f(*python)
        widened = f(*wide)
    assert all(r.dtype == np.float32 for r in _outputs(got)), record["name"]
    assert _same(got, expect)
    assert all(r.dtype == np.float64 for r in _outputs(widened)), record["name"]


@pytest.mark.parametrize("value,what", [(1e300, "overflows"), (1e-50, "underflows to 0")])
def test_a_python_number_float32_cannot_hold_is_an_error(value, what):
    z = np.linspace(-2, 2, 9, dtype=np.float32)
    with pytest.raises(ValueError, match=re.escape(f"elu: the Python number {value!r} {what} in float32")):
        generated.elu(z, value)
    assert generated.elu(z, np.float64(value)).dtype == np.float64  # as float64, it is what was meant


def test_a_subnormal_float32_value_is_kept():
    z = np.linspace(-2, 2, 9, dtype=np.float32)
    got = generated.elu(z, 1e-40)  # below float32's smallest normal, above 0: a float32 subnormal
    assert got.dtype == np.float32 and got[0] < 0


class _Sub(np.ndarray):
    pass


def test_floats_quick_answer_is_its_full_answer(monkeypatch):
    """rt._same_floats answers the common calls (arrays of one float dtype, Python floats and
    integers up to 2^53 among float64 arrays) without floats' conversions: where it answers, the full rule gives the same
    arrays (the very objects, for arrays) of the same dtypes and values; elsewhere it leaves the
    call to the full rule."""
    from generated import _runtime as rt
    x64, x32 = np.linspace(-2, 2, 5), np.linspace(-2, 2, 5, dtype=np.float32)
    common = [(x64,), (x32,), (x64, x64), (x32, x32), (x64, 0.5, 1e300), (np.array(1.5),), (x64, 3, -2**53)]
    others = [(x64, x32), (x32, 0.5), (x32, np.float32(0.5)), (x64, np.float64(0.5)), (x64, 2**53 + 1), (x64, True),
              (x32, 3), (x64, 2**70),
              (0.5,), ([1.0, 2.0],), (np.arange(3),), (x64.astype(np.float16),), (x64.astype(">f8"),),
              (x64.view(_Sub),), (x32, 1e300)]
    for values in common + others:
        quick = rt._same_floats(values)
        assert (quick is not None) == any(values is c for c in common), values
        if quick is None:
            continue
        with monkeypatch.context() as m:
            m.setattr(rt, "_same_floats", lambda values: None)
            full = rt.floats("test", *values)
        assert len(quick) == len(full)
        for v, q, f in zip(values, quick, full):
            assert type(q) is np.ndarray and q.dtype == f.dtype and q.shape == f.shape
            assert np.array_equal(q, f) and ((q is v) == (f is v)), (values, q, f)
