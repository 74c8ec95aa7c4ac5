"""Properties of every generated kernel, with inputs drawn by hypothesis (issue points 3 and 4).

Registry-driven: every kernel in the manifest gets each of
  finite   finite inputs in the domain give finite outputs, where the math's value is finite
           (checked against symbolic.evaluate only when an output is not finite);
  nan      a NaN in a real input entry gives a NaN in an output entry that depends on that entry
           (an entry depends on it when replacing the input entry by other values changes it);
  batch    a call on stacked (and broadcast) batch axes equals a Python loop over the batch;
  float32  the float32 result agrees with the float64 result on the same (float32) inputs to a
           few eps of float32, relative to the result plus the spread the float64 result shows
           when every input moves by eps of float32 (the problem's own condition).
Inputs are codegen.check's samples at a drawn seed, every real input redrawn entrywise by
hypothesis across its domain: 0 or magnitudes 1e-3 to 1e3 (extremes are tests/test_extremes.py's).
Then named identities between kernels (softmax sums to 1, sigmoid(-z) = 1 - sigmoid(z), ...).

Every kernel must hold every property: there is no list of known defects to xfail, and no
property is weakened or skipped.
"""
import math
import os

import numpy as np
import pytest
import sympy as sp
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from hypothesis.internal.conjecture import providers as _providers

import generated
from codegen import accuracy, check
from symbolic.domains import REAL
from tests.families import CATALOGUE

# Hypothesis also draws numbers written in the project's modules loaded so far, which differ by
# worker and by the tests run before: examples would differ between runs. Off (hypothesis is pinned).
_providers._get_local_constants = lambda: _providers._local_constants

MANIFEST = generated.load_manifest()
BY_NUMBER = {e["number"]: e for e in MANIFEST["equations"]}
# No shrinking in the suite (a failing run stops at the first example found): set
# PROPERTIES_SHRINK=1 for the smallest failing example.
EXAMPLES = settings(max_examples=4, deadline=None, derandomize=True, database=None,
                    phases=list(Phase) if os.environ.get("PROPERTIES_SHRINK") else [Phase.explicit, Phase.generate],
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                           HealthCheck.data_too_large])
EPS = {np.float64: float(np.finfo(np.float64).eps), np.float32: float(np.finfo(np.float32).eps)}

KERNELS = [pytest.param(e["number"], k, id=k["name"], marks=pytest.mark.xdist_group(e["slug"]))
           for e in MANIFEST["equations"] for k in e["kernels"]]


# --- inputs --------------------------------------------------------------------------------------

def moderate(domain):
    """Entries of a real domain: 0 or magnitudes 1e-3 to 1e3 (both signs where it allows)."""
    if domain.values:
        return st.sampled_from([float(v) for v in domain.values])
    if domain.integer:
        lo = int(domain.lo) + (1 if domain.lo_open else 0) if math.isfinite(domain.lo) else -6
        return st.integers(lo, lo + 6).map(float).filter(lambda v: bool(domain.contains(v)))
    size = st.one_of(st.just(0.0), st.floats(1e-3, 1e3))
    lo, hi = domain.lo, domain.hi
    if math.isinf(lo) and math.isinf(hi):
        x = st.builds(lambda m, s: s * m, size, st.sampled_from([1.0, -1.0]))
    elif math.isinf(hi):
        x = size.map(lambda m: lo + m)
    elif math.isinf(lo):
        x = size.map(lambda m: hi - m)
    else:
        x = st.one_of(st.sampled_from([0.0, 1.0]), st.floats(1e-3, 1 - 1e-3)).map(lambda u: lo + (hi - lo) * u)
    return x.filter(lambda v: bool(domain.contains(v)))


def domain_of(eq, name):
    name = name[:-1] if name.endswith("_") and name[:-1] in eq.table else name
    return REAL if name == "G_up" else eq.table[name].domain


def kept(eq):
    """The structured inputs the reference fixes (probability vectors, invertible matrices...)."""
    ref = check.references()[eq.slug]
    return set(ref.inputs(np.random.default_rng(0), check.sample(eq, 0))) if ref.inputs else set()


def inputs(data, eq, record, state_shape=(3,)):
    """check.sample's values at a drawn seed with every real input redrawn by hypothesis; an
    in-place update's inputs and parameters are state arrays of state_shape."""
    seed = data.draw(st.integers(0, 10_000), label="seed")
    values = check._extra_inputs(eq, record, check.sample(eq, seed), np.random.default_rng(seed))
    fixed = kept(eq)
    for name, v in list(values.items()):
        var = eq.table.get(name)
        if record["kind"] == "update" and var is not None and var.role in ("input", "parameter"):
            shape = state_shape
        elif name == "G_up" or accuracy._redrawable(eq, name, fixed):
            shape = np.shape(v)
        else:
            continue
        values[name] = data.draw(hnp.arrays(np.float64, shape, elements=moderate(domain_of(eq, name))), label=name)
    for name, v in list(values.items()):  # an abstract function's value where it is applied
        if isinstance(v, sp.Lambda):
            values[name] = check._function_value(eq, name, values)
    return values


def arguments(eq, record, values, dtype=np.float64):
    return check._args(record, values, dtype, tuple(record["positions"]), eq)


def call(record, args, dtype=np.float64):
    """The kernel's outputs as arrays; the arguments are copied (updates write their states)."""
    options = {"dtype": dtype} if "dtype" in record["options"] else {}
    with np.errstate(all="ignore"):
        result = check.kernel_function(record)(*[np.array(a) for a in args], **options)
    return [np.asarray(r) for r in (result if isinstance(result, tuple) else (result,))]


def run(eq, record, values, dtype=np.float64):
    return call(record, arguments(eq, record, values, dtype), dtype)


def reals(record):
    return [i for i, name in enumerate(record["arguments"]) if name not in record["integers"]]


def shown(values):
    return {k: np.asarray(v).tolist() for k, v in values.items() if not isinstance(v, sp.Basic)}


def same(a, b):
    return (a == b) | (np.isnan(a) & np.isnan(b))


# --- (a) finite in, finite out ---------------------------------------------------------------------

def exact(eq, record, values):
    """The math's outputs at values (None where undefined or unsettled); an update's entry by entry."""
    try:
        if record["kind"] != "update":
            return accuracy.reference(eq, record, values, ladder=(60, 400))
        fwd = next(k for k in BY_NUMBER[eq.number]["kernels"] if k["kind"] == "forward")
        states = {n for n in values if eq.table.get(n) is not None and eq.table[n].role in ("input", "parameter")}
        shape = np.shape(values[next(iter(states))])
        columns = []
        for i in range(int(np.prod(shape))):
            one = {k: (np.ravel(v)[i] if k in states else v) for k, v in values.items()}
            ref = accuracy.reference(eq, fwd, one, ladder=(60, 400))
            if ref is None:
                return None
            columns.append([ref[fwd["outputs"].index(o + "_new")] for o in record["outputs"]])
        return [np.array(c, dtype=object).reshape(shape) for c in zip(*columns)]
    except (ZeroDivisionError, ValueError, TypeError, ArithmeticError):
        return None


# 3 examples, not 4: the extreme draws of this property send many batch elements through the
# extended-range path (Python speed), and the suite must stay under 10 minutes on 2 cores
@pytest.mark.parametrize("number,record", KERNELS)
@settings(EXAMPLES, max_examples=3)
@given(data=st.data())
def test_finite_inputs_give_finite_outputs(number, record, data):
    eq = CATALOGUE.get(number)
    values = inputs(data, eq, record)
    got = run(eq, record, values)
    if all(np.isfinite(g).all() for g in got):
        return
    want = exact(eq, record, values)
    if want is None:
        return  # the math is undefined here (a 0/0, log 0)
    for n, (g, w) in enumerate(zip(got, want)):
        assert accuracy.point_ulps(g, w, np.float64) != math.inf, \
            f"{record['name']}: output {n} is {g.tolist()} where the math is finite, at {shown(values)}"


# --- (b) NaN in, NaN out ---------------------------------------------------------------------------

@pytest.mark.parametrize("number,record", KERNELS)
@EXAMPLES
@given(data=st.data())
def test_nan_in_gives_nan_out(number, record, data):
    eq = CATALOGUE.get(number)
    args = arguments(eq, record, inputs(data, eq, record))
    candidates = [i for i in reals(record) if np.size(args[i])]
    if not candidates:  # sizes only (positional encoding): no real input to make NaN
        assert not reals(record)
        return
    i = data.draw(st.sampled_from(candidates), label="argument")
    j = data.draw(st.integers(0, np.size(args[i]) - 1), label="entry")
    name = record["arguments"][i]

    def with_entry(value, dtype=np.float64):
        changed = [np.array(a, dtype=dtype) if k in reals(record) else a for k, a in enumerate(args)]
        changed[i].reshape(-1)[j] = value  # a 0-d array reshapes to a view too
        return changed

    base = call(record, args)
    depends = [np.zeros(np.shape(b), bool) for b in base]
    for other in data.draw(st.lists(moderate(domain_of(eq, name)), min_size=2, max_size=2), label="others"):
        depends = [d | ~same(o, b) for d, o, b in zip(depends, call(record, with_entry(other)), base)]
    if not any(d.any() for d in depends):
        return  # no output depends on this entry
    for dtype in (np.float64, np.float32):
        got = call(record, with_entry(np.nan, dtype), dtype)
        assert any(np.isnan(g)[d].any() for g, d in zip(got, depends)), \
            f"{record['name']}: NaN in {name}[{j}] ({np.dtype(dtype).name}) gave {[g.tolist() for g in got]}"


# --- (c) a batch equals a loop over it -------------------------------------------------------------

@pytest.mark.parametrize("number,record", KERNELS)
@EXAMPLES
@given(data=st.data())
def test_a_batch_equals_a_loop(number, record, data):
    eq = CATALOGUE.get(number)
    batch = data.draw(hnp.array_shapes(min_dims=1, max_dims=2, max_side=3), label="batch")
    if record["kind"] == "update":  # states of the batch's shape, updated entry by entry
        args = arguments(eq, record, inputs(data, eq, record, state_shape=batch))
        got = call(record, args)
        for idx in np.ndindex(batch):
            one = call(record, [a[idx].reshape(1) if np.shape(a) == batch else a for a in args])
            for g, o in zip(got, one):
                assert same(g[idx], o[0]), f"{record['name']}: state entry {idx} differs from its own update"
        return
    batched = [i for i, name in enumerate(record["arguments"])
               if name not in record["integers"] or name in record["positions"]]
    if not batched:  # sizes only (positional encoding): they shape the result, nothing to batch
        return
    elements = [arguments(eq, record, inputs(data, eq, record)) for _ in range(int(np.prod(batch)))]
    args = list(elements[0])
    for i in batched:
        core = np.shape(elements[0][i])
        full = np.stack([e[i] for e in elements]).reshape(batch + core)
        varies = data.draw(st.lists(st.booleans(), min_size=len(batch), max_size=len(batch)),
                           label=f"{record['arguments'][i]} varies along")
        if not any(varies) and data.draw(st.booleans(), label="without batch axes"):
            args[i] = full[(0,) * len(batch)]
        else:  # size-1 axes where it does not vary: broadcast against the others
            args[i] = full[tuple(slice(None) if v else slice(0, 1) for v in varies)]
    got = call(record, args)
    cores = {i: np.shape(elements[0][i]) for i in batched}
    shape = np.broadcast_shapes(*[np.shape(args[i])[:np.ndim(args[i]) - len(cores[i])] for i in batched])
    for idx in np.ndindex(shape):
        one = call(record, [np.broadcast_to(a, shape + cores[i])[idx] if i in batched else a
                            for i, a in enumerate(args)])
        for n, (g, o) in enumerate(zip(got, one)):
            assert g[idx].shape == o.shape and same(g[idx], o).all(), \
                f"{record['name']}: output {n} at batch index {idx} differs from a call on that element"


# --- (d) float32 agrees with float64 ----------------------------------------------------------------

def moves(eq, name, v):
    """Whether a value is a real input that may move by a rounding error (not a size, label, count)."""
    if isinstance(v, sp.Basic) or (name != "G_up" and name not in eq.table):
        return False
    domain = domain_of(eq, name)
    return (name == "G_up" or eq.table[name].role != "size") and not domain.integer and not domain.values


def rounded(eq, values):
    """The values on the float32 grid (a value rounded onto an open bound steps back inside)."""
    out = dict(values)
    for name, v in values.items():
        if moves(eq, name, v):
            x = np.asarray(v, dtype=np.float64)
            r = x.astype(np.float32)
            r = np.where(domain_of(eq, name).contains(r), r, np.nextafter(r, x.astype(np.float32)))
            out[name] = r.astype(np.float64)
    return out


def jiggled(eq, values, rng):
    """Every real input times (1 + u), |u| <= eps of float32, kept where it would leave the domain."""
    out = dict(values)
    for name, v in values.items():
        if moves(eq, name, v):
            x = np.asarray(v, dtype=np.float64)
            y = x * (1 + rng.uniform(-EPS[np.float32], EPS[np.float32], x.shape))
            out[name] = np.where(domain_of(eq, name).contains(y), y, x)
    return out


@pytest.mark.parametrize("number,record", KERNELS)
@EXAMPLES
@given(data=st.data())
def test_float32_agrees_with_float64(number, record, data):
    eq = CATALOGUE.get(number)
    values = rounded(eq, inputs(data, eq, record))
    r64, r32 = run(eq, record, values, np.float64), run(eq, record, values, np.float32)
    rng = np.random.default_rng(data.draw(st.integers(0, 1000), label="jiggle seed"))
    spread = [np.zeros(np.shape(r)) for r in r64]
    for _ in range(3):
        for s, r, m in zip(spread, r64, run(eq, record, jiggled(eq, values, rng))):
            with np.errstate(invalid="ignore"):  # inf - inf where the result overflows: fmax drops it
                np.fmax(s, np.abs(m - r), out=s)
    big = float(np.finfo(np.float32).max)
    for n, (a, b, s) in enumerate(zip(r32, r64, spread)):
        ok = np.isfinite(b) & (np.abs(b) <= big)  # beyond float32's range inf is right
        if not ok.any():
            continue
        with np.errstate(all="ignore"):
            err = float(np.max(np.abs(a[ok].astype(np.float64) - b[ok])))
        tol = 8 * (EPS[np.float32] * float(np.max(np.abs(b[ok]))) + float(np.max(s[ok]))
                   + float(np.finfo(np.float32).tiny))
        assert err <= tol, (f"{record['name']}: output {n} float32 {a.tolist()} vs float64 {b.tolist()}: "
                            f"{err:.3g} > {tol:.3g}, at {shown(values)}")


# --- (e) identities ------------------------------------------------------------------------------

IDENTITY = settings(EXAMPLES, max_examples=25)
DTYPES = [pytest.param(np.float64, id="float64"), pytest.param(np.float32, id="float32")]


def group(kernel):
    """The xdist group of a kernel's equation: its kernels compile on one worker."""
    return pytest.mark.xdist_group(next(e["slug"] for e in MANIFEST["equations"]
                                        for k in e["kernels"] if k["name"] == kernel))


def k(name, *args):
    with np.errstate(all="ignore"):
        return getattr(generated, name)(*args)


def reals_in(lo, hi, shape):
    return hnp.arrays(np.float64, shape, elements=st.floats(lo, hi))


def probability_vectors(n):
    """Probability vectors of length n, zeros included."""
    weights = st.lists(st.one_of(st.just(0.0), st.floats(1e-3, 1.0)), min_size=n, max_size=n)
    return weights.filter(lambda w: sum(w) > 0).map(lambda w: np.array(w) / np.sum(w))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name,min_dims", [pytest.param("softmax", 1, marks=group("softmax")),
                                           pytest.param("attention_weights", 2, marks=group("attention_weights"))])
@IDENTITY
@given(data=st.data())
def test_softmax_sums_to_one(name, min_dims, dtype, data):
    z = data.draw(reals_in(-1e3, 1e3, hnp.array_shapes(min_dims=min_dims, max_dims=3, max_side=6))).astype(dtype)
    total = np.sum(k(name, z).astype(np.float64), axis=-1)
    assert np.all(np.abs(total - 1) <= (z.shape[-1] + 4) * EPS[dtype]), f"{name}({z.tolist()}) sums to {total}"


@pytest.mark.xdist_group("sigmoid")
@pytest.mark.parametrize("dtype", DTYPES)
@IDENTITY
@given(z=reals_in(-1e3, 1e3, hnp.array_shapes(max_dims=1, max_side=8)))
def test_sigmoid_of_minus_z_is_one_minus_sigmoid_of_z(z, dtype):
    z = z.astype(dtype)
    gap = np.abs(k("sigmoid", -z).astype(np.float64) - (1 - k("sigmoid", z).astype(np.float64)))
    assert np.all(gap <= 3 * EPS[dtype]), f"z = {z.tolist()}: {gap.tolist()}"


@pytest.mark.xdist_group("tanh")
@pytest.mark.parametrize("dtype", DTYPES)
@IDENTITY
@given(z=reals_in(-1e3, 1e3, hnp.array_shapes(max_dims=1, max_side=8)))
def test_tanh_is_twice_sigmoid_of_twice_z_minus_one(z, dtype):
    z = z.astype(dtype)
    gap = np.abs(k("tanh", z).astype(np.float64) - (2 * k("sigmoid", 2 * z).astype(np.float64) - 1))
    assert np.all(gap <= 4 * EPS[dtype]), f"z = {z.tolist()}: {gap.tolist()}"


@pytest.mark.xdist_group("kl_divergence")
@pytest.mark.parametrize("dtype", DTYPES)
@IDENTITY
@given(data=st.data())
def test_kl_divergence_is_nonnegative_and_zero_from_itself(dtype, data):
    n = data.draw(st.integers(1, 6), label="n")
    P, Q = data.draw(probability_vectors(n), label="P"), data.draw(probability_vectors(n), label="Q")
    P, Q = P.astype(dtype), Q.astype(dtype)
    with np.errstate(all="ignore"):
        terms = np.where(P > 0, P * np.log(P.astype(np.float64) / Q), 0.0)
    kl = float(k("kl_divergence", P, Q))
    assert kl >= -4 * n * EPS[dtype] * float(np.sum(np.abs(terms))), f"KL({P.tolist()} || {Q.tolist()}) = {kl}"
    assert float(k("kl_divergence", P, P)) == 0, f"KL(P || P) = {k('kl_divergence', P, P)} for P = {P.tolist()}"


@pytest.mark.xdist_group("js_divergence")
@pytest.mark.parametrize("dtype", DTYPES)
@IDENTITY
@given(data=st.data())
def test_js_divergence_is_between_zero_and_log_2(dtype, data):
    n = data.draw(st.integers(1, 6), label="n")
    P, Q = data.draw(probability_vectors(n), label="P"), data.draw(probability_vectors(n), label="Q")
    js = float(k("js_divergence", P.astype(dtype), Q.astype(dtype)))
    tol = 4 * n * EPS[dtype]
    assert -tol <= js <= math.log(2) * (1 + tol), f"JS({P.tolist()} || {Q.tolist()}) = {js}"
    if not np.any((P > 0) & (Q > 0)):  # disjoint supports: exactly log 2
        assert abs(js - math.log(2)) <= tol, f"JS of disjoint {P.tolist()}, {Q.tolist()} = {js}"


@pytest.mark.xdist_group("svd")
@pytest.mark.parametrize("dtype", DTYPES)
@IDENTITY
@given(data=st.data())
def test_svd_reconstructs_the_matrix(dtype, data):
    A = data.draw(reals_in(-1e3, 1e3, hnp.array_shapes(min_dims=2, max_dims=2, max_side=5)), label="A")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    got = k("svd", U.astype(dtype), s.astype(dtype), Vt.T.astype(dtype)).astype(np.float64)
    tol = 8 * max(A.shape) * EPS[dtype] * s[0] + float(np.finfo(dtype).tiny)
    assert np.max(np.abs(got - A)) <= tol, f"A = {A.tolist()}: {got.tolist()}"


@pytest.mark.xdist_group("pca_eigendecomposition")
@pytest.mark.parametrize("dtype", DTYPES)
@IDENTITY
@given(data=st.data())
def test_eigendecomposition_reconstructs_the_matrix(dtype, data):
    d = data.draw(st.integers(1, 5), label="d")
    B = data.draw(reals_in(-1e3, 1e3, (d, d)), label="B")
    C = (B + B.T) / 2
    lam, U = np.linalg.eigh(C)
    got = k("pca_eigendecomposition", U.astype(dtype), lam.astype(dtype)).astype(np.float64)
    tol = 8 * d * EPS[dtype] * float(np.max(np.abs(lam), initial=0)) + float(np.finfo(dtype).tiny)
    assert np.max(np.abs(got - C)) <= tol, f"C = {C.tolist()}: {got.tolist()}"


@pytest.mark.xdist_group("bayes_rule")
@pytest.mark.parametrize("dtype", DTYPES)
@IDENTITY
@given(p_a=st.floats(1e-3, 1 - 1e-3), b_given_a=st.floats(1e-3, 1.0), b_given_not_a=st.floats(1e-3, 1.0))
def test_bayes_posteriors_of_a_and_of_not_a_sum_to_one(p_a, b_given_a, b_given_not_a, dtype):
    evidence = min(1.0, b_given_a * p_a + b_given_not_a * (1 - p_a))  # total probability
    a = k("bayes_rule", dtype(b_given_a), dtype(p_a), dtype(evidence))
    not_a = k("bayes_rule", dtype(b_given_not_a), dtype(1 - p_a), dtype(evidence))
    assert abs(float(a) + float(not_a) - 1) <= 8 * EPS[dtype], f"P(A|B) = {a}, P(not A|B) = {not_a}"


PAIRS = [("sigmoid_derivative", "sigmoid_grad_z"), ("tanh_derivative", "tanh_grad_z"),
         ("relu_derivative", "relu_grad_z"), ("softplus_grad_z", "sigmoid"),
         ("softmax_jacobian", "softmax_jacobian_z")]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("first,second", [pytest.param(a, b, id=f"{a}={b}", marks=group(a)) for a, b in PAIRS])
@IDENTITY
@given(z=reals_in(-1e3, 1e3, hnp.array_shapes(min_dims=1, max_dims=1, max_side=6)))
def test_two_kernels_of_one_function_agree(first, second, dtype, z):
    """Equal functions in two kernels (softplus' = sigmoid; the derivatives declared as equations
    and derived from the activations), each within 4 ulps: 8 ulps apart at most."""
    z = z.astype(dtype)
    a, b = k(first, z).astype(np.float64), k(second, z).astype(np.float64)
    assert np.all(np.abs(a - b) <= 8 * EPS[dtype] * np.max(np.abs(b), initial=0) * (b.ndim > 1)
                  + 8 * EPS[dtype] * np.abs(b) + float(np.finfo(dtype).smallest_subnormal)), \
        f"z = {z.tolist()}: {first} {a.tolist()}, {second} {b.tolist()}"


@pytest.mark.xdist_group("softmax_cross_entropy_grad")
@pytest.mark.parametrize("dtype", DTYPES)
@IDENTITY
@given(data=st.data())
def test_softmax_cross_entropy_gradient_is_softmax_minus_labels(dtype, data):
    C = data.draw(st.integers(1, 6), label="C")
    z = data.draw(reals_in(-1e3, 1e3, (C,)), label="z").astype(dtype)
    y = data.draw(probability_vectors(C), label="y").astype(dtype)
    gap = np.abs(k("softmax_cross_entropy_grad", z, y).astype(np.float64)
                 - (k("softmax", z).astype(np.float64) - y))
    assert np.all(gap <= (C + 6) * EPS[dtype]), f"z = {z.tolist()}, y = {y.tolist()}: {gap.tolist()}"


@pytest.mark.xdist_group("f1_score")
@pytest.mark.parametrize("dtype", DTYPES)
@IDENTITY
@given(tp=st.integers(1, 10**6), fp=st.integers(0, 10**6), fn=st.integers(0, 10**6))
def test_f1_is_the_harmonic_mean_of_precision_and_recall(tp, fp, fn, dtype):
    tp, fp, fn = dtype(tp), dtype(fp), dtype(fn)
    p, r = float(k("precision", tp, fp)), float(k("recall", tp, fn))
    f1 = float(k("f1_score", tp, fp, fn))
    assert abs(f1 - 2 * p * r / (p + r)) <= 8 * EPS[dtype] * f1, f"TP {tp}, FP {fp}, FN {fn}: F1 {f1}, P {p}, R {r}"


@pytest.mark.xdist_group("inverse2x2")
@pytest.mark.parametrize("dtype", DTYPES)
@IDENTITY
@given(entries=st.lists(st.floats(-1e3, 1e3), min_size=4, max_size=4))
def test_inverse2x2_times_the_matrix_is_the_identity(entries, dtype):
    a, b, c, d = [dtype(v) for v in entries]
    M = np.array([[a, b], [c, d]], dtype=np.float64)
    cond = np.linalg.cond(M)
    assume_finite = math.isfinite(cond) and cond < 1e3
    if not assume_finite:
        return  # singular or nearly: the product is not a test of the kernel
    inv = k("inverse2x2", a, b, c, d).astype(np.float64)
    assert np.max(np.abs(inv @ M - np.eye(2))) <= 16 * EPS[dtype] * cond, f"M = {M.tolist()}: inverse {inv.tolist()}"
