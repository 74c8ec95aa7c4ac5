"""The accuracy sweep (codegen/accuracy.py, `dleq check --accuracy`): its inputs cover each domain,
its ulp measure scores what it should, and generated/ACCURACY.md and the manifest carry the
measurements for exactly the kernels that have not changed since."""
import json
import math

import numpy as np
import pytest
import sympy as sp

from codegen import accuracy, emit
from symbolic import domains
from tests.families import CATALOGUE

MANIFEST = json.loads((emit.DEFAULT_OUT / "manifest.json").read_text())


@pytest.mark.parametrize("domain", [domains.REAL, domains.POSITIVE, domains.NONNEGATIVE, domains.OPEN_UNIT,
                                    domains.UNIT, domains.HALF_OPEN_UNIT], ids=lambda d: d.name)
@pytest.mark.parametrize("dtype", [np.float64, np.float32], ids=lambda d: d.__name__)
def test_wide_values_stay_in_the_domain_and_span_it(domain, dtype):
    x = accuracy.wide(domain, np.random.default_rng(1), (4000,), dtype)
    assert domain.contains(x).all()
    assert np.array_equal(x.astype(dtype).astype(np.float64), x)  # representable in the dtype
    mags = np.abs(x[x != 0])
    tiny = float(np.finfo(dtype).tiny)
    assert (mags < tiny).any() or domain.lo > 0 or np.isfinite(domain.hi)  # subnormals where unbounded below
    if np.isinf(domain.hi):
        assert mags.max() > float(np.finfo(dtype).max) / 1e3 and mags.min() < 1e-30
    else:  # both ends of the interval are approached to within a few ulps' worth
        assert (x - domain.lo).min() < 1e-30 and (domain.hi - x).min() < 1e-6
    if domain is domains.REAL:
        assert (x < 0).any() and (x > 0).any() and (np.signbit(x) & (x == 0)).any()


def test_point_ulps_scores_relative_error_overflow_and_false_inf():
    f64 = np.float64
    one = sp.Float(1, 50)
    assert accuracy.point_ulps(1.0, one, f64) == 0
    assert accuracy.point_ulps(np.nextafter(1.0, 2.0), one, f64) == pytest.approx(1.0)
    assert accuracy.point_ulps(np.inf, sp.Float("1e400", 50), f64) == 0       # beyond the range: inf is right
    assert accuracy.point_ulps(1.0, sp.Float("1e400", 50), f64) == accuracy.OVERFLOW_MISS
    assert accuracy.point_ulps(np.nan, sp.Float("-1e400", 50), f64) == accuracy.OVERFLOW_MISS
    assert accuracy.point_ulps(-np.inf, sp.Float("-1e400", 50), f64) == 0
    assert accuracy.point_ulps(np.inf, one, f64) == math.inf                  # a false overflow
    assert accuracy.point_ulps(np.nan, one, f64) == math.inf                  # NaN where the value is 1
    assert accuracy.point_ulps(0.0, sp.Float("1e-320", 50), f64) == pytest.approx(1e-320 / 5e-324, rel=1e-3)
    assert accuracy.point_ulps(1.0, sp.nan, f64) is None                       # undefined: not scored
    assert accuracy.point_ulps(np.array([1.0, 3.0]), np.array([one, 3 * one], dtype=object), f64) == 0


def test_a_sigmoid_derivative_that_cancels_would_be_caught():
    """At z = 40, sigma(1 - sigma) is 0 while the true value is 4.2e-18: infinitely many ulps."""
    z = 40.0
    s = 1 / (1 + math.exp(-z))
    exact = sp.exp(-sp.Float(z, 50)) / (1 + sp.exp(-sp.Float(z, 50))) ** 2
    assert accuracy.point_ulps(s * (1 - s), exact, np.float64) > 1e10


def test_measure_scores_a_kernel_at_the_hard_points_and_across_the_domain():
    eq = CATALOGUE.get("sigmoid")
    record = next(k for e in MANIFEST["equations"] if e["slug"] == "sigmoid" for k in e["kernels"]
                  if k["kind"] == "forward")
    got = accuracy.measure(eq, record, n=6)
    assert got.scored == {"float64": 6 + 5, "float32": 6 + 4}  # 1e-300 is not a float32
    assert got.max_ulps["float64"] <= 4 and got.max_ulps["float32"] <= 8


def test_accuracy_markdown_and_manifest_fields_follow_the_measurements():
    kernels = [k for e in MANIFEST["equations"] for k in e["kernels"]]
    files = {"activations.py": "x = 1\n", "losses.py": "y = 2\n"}
    sig = next(k for k in kernels if k["name"] == "sigmoid")
    mse = next(k for k in kernels if k["name"] == "mse")
    data = {"points_per_dtype": 3, "module_sha256": accuracy.module_digests(files),
            "kernels": [{"kernel": "sigmoid", "number": 5, "kind": "forward", "module": sig["module"],
                         "bound_ulps": 4.0, "max_ulps": {"float64": 0.5, "float32": 0.7},
                         "median_ulps": {"float64": 0.1, "float32": 0.2}, "points": {"float64": 3, "float32": 3},
                         "undefined_points": {"float64": 0, "float32": 0}},
                        {"kernel": "mse", "number": 1, "kind": "forward", "module": mse["module"],
                         "bound_ulps": 8.0, "max_ulps": {"float64": "inf", "float32": 3.0},
                         "median_ulps": {"float64": 1.0, "float32": 1.0}, "points": {"float64": 3, "float32": 3},
                         "undefined_points": {"float64": 0, "float32": 0}}]}
    text = accuracy.accuracy_markdown(data, files, [sig, mse])
    assert "| mse | forward | 8 | inf |" in text and "inf/NaN where finite" in text
    assert "| sigmoid | forward | 4 | 0.5 | 0.1 | 0.7 | 0.2 | - | 3, 0, 0; 3, 0, 0 | ok |" in text
    changed = dict(files, **{"activations.py": "x = 2\n"})  # sigmoid's module changed since measured
    assert set(accuracy.current(data, changed)) == {"mse"}
    # every kernel runs on the runtime and the extended-range path: a change there stales them all
    assert accuracy.current(data, dict(files, **{"_extended.py": "z = 1\n"})) == {}
    assert "| sigmoid | forward | - | - | - | - | - | - | - | stale" in accuracy.accuracy_markdown(data, changed, [sig, mse])
    assert accuracy.accuracy_markdown(None, files, [sig]).endswith("Not measured yet: run `dleq check --accuracy`.\n")


def test_the_verdict_separates_the_conditioning_from_the_kernel():
    row = {"bound_ulps": 16.0, "points": {"float64": 3, "float32": 3}, "max_ulps": {"float64": 50.0, "float32": 1.0},
           "median_ulps": {"float64": 1.0, "float32": 1.0}}
    assert accuracy._verdict(row) == "over bound"
    assert accuracy._verdict(dict(row, beyond_conditioning={"float64": 3.0, "float32": 1.0})) == "ok at its conditioning"
    assert accuracy._verdict(dict(row, beyond_conditioning={"float64": 20.0, "float32": 1.0})) == "over bound"


def test_conditioning_is_what_an_eps_change_of_the_inputs_moves_the_exact_value():
    eq = CATALOGUE.get("sigmoid")
    record = next(k for e in MANIFEST["equations"] if e["slug"] == "sigmoid" for k in e["kernels"]
                  if k["kind"] == "forward")
    rng = np.random.default_rng(0)

    def moved(z):
        values = {"z": np.float64(z)}
        exact = accuracy.reference(eq, record, values)
        return accuracy.conditioning(eq, record, values, exact, np.float64, accuracy.LADDER, rng)
    # sigma(z) ~ e^z at z = -700: a relative change d of z changes sigma by 700 d, about 700 ulps;
    # at z = 0.5 the relative sensitivity z (1 - sigma) is below 1 ulp
    assert 300 < moved(-700.0) < 1500
    assert moved(0.5) < 1.5


def test_reference_entries_passed_through_unchanged_settle():
    """Q-learning changes one entry of the table; the others come back as floats (-0.0 among
    them), which settle at once: before, their string forms were compared with the Floats'."""
    assert accuracy._agree([-0.0, sp.Float("1.5", 60), 2.0e-300], [0.0, sp.Float("1.5", 400), 2.0e-300])
    assert not accuracy._agree([1.0], [sp.Float("1.0000001", 60)])


def _record(name):
    return next((e, k) for e in MANIFEST["equations"] for k in e["kernels"] if k["name"] == name)


@pytest.mark.parametrize("name", ["attention_head_vjp_W_Q", "scaled_dot_product_attention_vjp_K"])
def test_the_kernel_form_reference_equals_the_textbook_where_both_settle(name):
    """The fallback reference (a declared pivot form) is the displayed derivative at the check's
    inputs, where the textbook form settles too: to 40 digits."""
    from codegen import check
    from symbolic.evaluate import evaluate
    e, record = _record(name)
    eq = CATALOGUE.get(e["number"])
    values = check._extra_inputs(eq, record, check.sample(eq, 1000 * eq.number), np.random.default_rng(0))
    textbook, source = accuracy.reference_source(eq, record, values)
    assert source == "textbook"
    form, = accuracy._kernel_forms(eq, record)
    res = evaluate(form, values, exact=True)
    got = np.asarray(res[list(res)[-1]], dtype=object).ravel()
    want = np.asarray(textbook[0], dtype=object).ravel()
    scale = max(abs(x) for x in want)
    assert scale > 0 and all(abs(a - b) <= sp.Float("1e-40") * scale for a, b in zip(got, want))


@pytest.mark.xdist_group("attention_head")  # with the group's other tests that build this kernel
def test_a_saturated_attention_vjp_is_scored_against_the_kernel_form():
    """Scores beyond 1e600: the displayed VJP cancels 1 - alpha beyond 400 digits; the pivot form
    settles (at 1200), and the kernel (which returned inf here before its pivot form) is within
    1 ulp."""
    from codegen import check
    e, record = _record("attention_head_vjp_Q")
    eq = CATALOGUE.get(e["number"])
    values = next(iter(accuracy.points(eq, record, np.float64, 1)))  # settles at 400 and 1200 digits
    assert accuracy._settle(lambda: check._reference(eq, record, values), accuracy.LADDER[:2]) is None
    exact, source = accuracy.reference_source(eq, record, values, accuracy.LADDER[:2])
    assert source == "kernel form"
    with np.errstate(all="ignore"):
        got = check.call(record, values, np.float64, set(record.get("positions", ())), eq)
    assert accuracy.point_ulps(np.asarray(got), exact[0], np.float64) <= 1
