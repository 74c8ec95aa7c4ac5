"""generated/_elementary.py: the vectorizable exp, expm1, log, log1p and tanh the kernels call.

Each is checked within 1 ulp of mpmath at 50 digits, at points log-uniform in magnitude over its
whole domain and dense in its hard regions (subnormal results, near 0, near 1, near -1, the
overflow threshold); special values equal libm's bit for bit (the sign of zero too), through a
compiled loop long enough to run in vector lanes; and such a loop compiles to AVX2 (ymm) code on
a machine that has it.
"""
import ast
import math
import os
import subprocess
import sys
from pathlib import Path

import mpmath
import numba
import numpy as np
import pytest

from generated import _elementary as el

ROOT = Path(__file__).resolve().parent.parent
NAMES = ("exp", "expm1", "log", "log1p", "tanh")
REFERENCE = {"exp": mpmath.exp, "expm1": mpmath.expm1, "log": mpmath.log, "log1p": mpmath.log1p,
             "tanh": mpmath.tanh}
INF, NAN = math.inf, math.nan


def _loop(f):
    @numba.njit(fastmath=False, error_model="numpy")
    def loop(a, o):
        for i in range(a.size):
            o[i] = f(a[i])
    return loop


LOOPS = {name: _loop(getattr(el, name)) for name in NAMES}


def run(name, x):
    x = np.ascontiguousarray(x, dtype=np.float64)
    out = np.empty_like(x)
    LOOPS[name](x, out)
    return out


def logu(rng, lo, hi, n):
    return 10.0 ** rng.uniform(math.log10(lo), math.log10(hi), n)


def points(name):
    rng = np.random.default_rng(NAMES.index(name))
    if name == "exp":
        parts = [logu(rng, 1e-310, 709.78, 600), -logu(rng, 1e-310, 745.1, 600),
                 rng.uniform(709.0, 709.78, 200), rng.uniform(-745.1, -708.0, 300), rng.uniform(-2, 2, 300)]
    elif name == "expm1":
        parts = [logu(rng, 1e-310, 709.78, 600), -logu(rng, 1e-310, 745.0, 600),
                 logu(rng, 1e-12, 0.5, 200), -logu(rng, 1e-12, 0.5, 200), rng.uniform(-1, 1, 300)]
    elif name == "log":
        d = logu(rng, 1e-16, 1e-2, 200)
        parts = [logu(rng, 1e-310, 1.79e308, 1200), logu(rng, 4.95e-324, 2.2e-308, 200),
                 1 + d, 1 - d, rng.uniform(0.5, 2.0, 300)]
    elif name == "log1p":
        parts = [logu(rng, 1e-310, 1.79e308, 600), -logu(rng, 1e-310, 1.0, 600),
                 -1.0 + logu(rng, 1.2e-16, 0.5, 300), rng.uniform(-0.5, 1.5, 300)]
    else:
        parts = [logu(rng, 1e-310, 1e3, 600), -logu(rng, 1e-310, 1e3, 600),
                 rng.uniform(0.4, 0.7, 300), rng.uniform(-3, 3, 300), rng.uniform(3, 25, 200)]
    return np.concatenate(parts)


def ulps(got, exact, digits=53) -> float:
    """|got - exact| in units of the last place of exact, in float64 (digits 53) or float32
    (digits 24); below the normal range the subnormals' spacing (2^-1074, 2^-149)."""
    emin = -1021 if digits == 53 else -125
    if exact == 0:
        return abs(got) / 2.0 ** (emin - digits)
    e = max(mpmath.frexp(exact)[1], emin)
    return float(abs((mpmath.mpf(got) - exact) / mpmath.ldexp(1, e - digits)))


@pytest.mark.parametrize("name", NAMES)
def test_within_one_ulp_of_mpmath(name):
    x = points(name)
    got = run(name, x)
    worst = 0.0
    with mpmath.workdps(50):
        for xi, gi in zip(x.tolist(), got.tolist()):
            exact = REFERENCE[name](mpmath.mpf(xi))
            assert math.isfinite(gi), (name, xi, gi)
            worst = max(worst, ulps(gi, exact))
    assert worst <= 1.0, (name, worst)


SPECIALS = [-INF, INF, NAN, 0.0, -0.0, 5e-324, -5e-324, 1e-300, -1e-300, 1.0, -1.0, -1.5, 20.0, -19.5,
            -40.0, 709.8, 1000.0, -745.0, -745.2, -1000.0, 2.2250738585072009e-308, 1.7976931348623157e308,
            -0.9999999999999999]


@pytest.mark.parametrize("name", NAMES)
def test_special_values_are_libms(name):
    x = np.array(SPECIALS)
    reps = -(-1024 // x.size)
    got = run(name, np.tile(x, reps)).reshape(reps, x.size)  # through the vector loop body
    with np.errstate(all="ignore"):
        want = getattr(np, name)(x)
    for j, w in enumerate(want):
        for g in got[:, j]:
            if np.isnan(w):
                assert np.isnan(g), (name, x[j], g)
            else:
                same = g == w and np.signbit(g) == np.signbit(w)
                # finite non-special values: only their rounding may differ from libm (1 ulp)
                assert same or (math.isfinite(w) and w != 0 and abs(g - w) <= math.ulp(w)), (name, x[j], g, w)


VECTOR_IR = '''
import re, sys, numpy as np
from tests.test_elementary import LOOPS, LOOPS32, NAMES32, run, run32
found = {}
for name in sys.argv[1:]:
    run(name, np.zeros(8))
    found[name] = bool(re.search(r"fmul <\\d+ x double>", next(iter(LOOPS[name].inspect_llvm().values()))))
for name in NAMES32:  # the float32 forms: vectors of at least 8 floats (8 with AVX2, 16 with AVX-512)
    run32(name, np.zeros(16, np.float32))
    found[name] = bool(re.search(r"fmul <(8|16|32) x float>", next(iter(LOOPS32[name].inspect_llvm().values()))))
print(found)
'''


def test_a_loop_of_them_vectorizes():
    # at Numba's default optimisation level, in a fresh process (the suite builds at NUMBA_OPT=0,
    # tests/conftest.py): arithmetic on LLVM vectors of doubles, the loop runs in SIMD lanes (a loop
    # of np.exp has none: each element is a scalar libm call)
    env = dict(os.environ, NUMBA_OPT="3", NUMBA_CACHE_DIR=str(ROOT / ".numba_cache" / "opt3"))
    run_ = subprocess.run([sys.executable, "-c", VECTOR_IR, *NAMES], cwd=ROOT, env=env, capture_output=True,
                          text=True)
    assert run_.returncode == 0, run_.stderr[-3000:]
    found = ast.literal_eval(run_.stdout.strip().splitlines()[-1])
    assert found == {name: True for name in NAMES + NAMES32}, found


# --- the float32 forms (exp32, log1p32): native float32 cores call them through rt.exp, rt.log1p ---
NAMES32 = ("exp32", "log1p32", "exp_neg32")
BASE32 = {"exp32": "exp", "log1p32": "log1p", "exp_neg32": "exp"}  # the float64 form each rounds
LOOPS32 = {name: _loop(getattr(el, name)) for name in NAMES32}


def run32(name, x):
    x = np.ascontiguousarray(x, dtype=np.float32)
    out = np.empty_like(x)
    LOOPS32[name](x, out)
    return out


def points32(name, n):
    rng = np.random.default_rng(10 + NAMES32.index(name))
    if name == "exp32":  # overflow above 88.72, subnormal results below -87.34, 0 below -103.97
        parts = [rng.uniform(-103.9, 88.72, n), logu(rng, 1e-45, 88.72, n // 4), -logu(rng, 1e-45, 103.9, n // 4),
                 rng.uniform(-103.9, -87.3, n // 4), rng.uniform(-1, 1, n // 4)]
    elif name == "exp_neg32":  # its domain: a <= 0, as the float32 sigmoids call it (e^{-|x|})
        parts = [rng.uniform(-110.0, 0.0, n), -logu(rng, 1e-45, 110.0, n // 2), rng.uniform(-103.9, -87.3, n // 4),
                 rng.uniform(-1, 0, n // 4)]
    else:
        parts = [logu(rng, 1e-45, 3.4e38, n), -logu(rng, 1e-45, 1.0, n // 2), -1.0 + logu(rng, 6e-8, 0.5, n // 4),
                 rng.uniform(-0.5, 1.5, n // 4)]
    return np.concatenate(parts).astype(np.float32)


@pytest.mark.parametrize("name", NAMES32)
def test_float32_forms_within_one_ulp_of_mpmath(name):
    x = points32(name, 2000)
    got = run32(name, x)
    worst = 0.0
    with mpmath.workdps(30):
        for xi, gi in zip(x.tolist(), got.tolist()):
            exact = REFERENCE[BASE32[name]](mpmath.mpf(xi))
            worst = max(worst, ulps(gi, exact, digits=24))
    assert worst <= 1.0, (name, worst)


@pytest.mark.parametrize("name", NAMES32)
def test_float32_forms_within_one_ulp_densely(name):
    # two million points against the float64 forms (each within 1 float64 ulp of mpmath above):
    # the reference's own error is below 2^-28 float32 ulps
    x = points32(name, 1_000_000)
    got = run32(name, x).astype(np.float64)
    exact = run(BASE32[name], x.astype(np.float64))
    keep = np.abs(exact) <= float(np.finfo(np.float32).max)  # a float32 overflow: checked below
    spacing = np.maximum(np.spacing(np.abs(exact[keep]).astype(np.float32)).astype(np.float64), 2.0**-149)
    worst = np.max(np.abs(got[keep] - exact[keep]) / spacing)
    assert worst <= 1.0, (name, worst, x[keep][np.argmax(np.abs(got[keep] - exact[keep]) / spacing)])
    assert np.all(got[~keep] == np.inf), (name, x[~keep][got[~keep] != np.inf])


def test_exp_neg32_is_exp32_where_it_is_defined():
    # the same reduction, series and leading sum; only the scale by 2^k differs (one rounding in
    # both): the same bits for every a <= 0, subnormal results and 0 included
    x = np.concatenate([points32("exp_neg32", 1_000_000), -np.abs(np.array(SPECIALS32, dtype=np.float32))])
    assert np.array_equal(run32("exp_neg32", x), run32("exp32", x), equal_nan=True)


def test_exp_neg_is_exp_where_it_is_defined():
    # exp_neg (the stable forms' exp(-|a|), softmax's exp(z - max z)): exp's reduction, series and
    # pair, another scale by 2^k (one rounding in both): the same bits for every x <= 0, subnormal
    # results, the underflow to 0, -inf and NaN included
    rng = np.random.default_rng(20)
    x = np.concatenate([-logu(rng, 1e-310, 760.0, 1_000_000), rng.uniform(-746.0, -707.0, 500_000),
                        rng.uniform(-1.0, 0.0, 100_000), [-0.0, 0.0, -INF, NAN, -745.1332191019411,
                                                          -745.1332191019412, -708.3964185322641]])
    loop = _loop(el.exp_neg)
    got = np.empty_like(x)
    loop(x, got)
    assert np.array_equal(got, run("exp", x), equal_nan=True)


SPECIALS32 = [-INF, INF, NAN, 0.0, -0.0, 1e-45, -1e-45, 1e-30, -1e-30, 1.0, -1.0, -1.5, 20.0, -19.5, -40.0,
              88.7, 88.8, 1000.0, -103.0, -104.0, -1000.0, 1.1754942e-38, 3.4028235e38, -0.99999994]


@pytest.mark.parametrize("name", NAMES32)
def test_float32_special_values_are_libms(name):
    x = np.array(SPECIALS32, dtype=np.float32)
    if name == "exp_neg32":
        x = x[~(x > 0)]  # its domain: a <= 0 and NaN
    reps = -(-1024 // x.size)
    got = run32(name, np.tile(x, reps)).reshape(reps, x.size)  # through the vector loop body
    with np.errstate(all="ignore"):
        want = getattr(np, BASE32[name])(x)
    for j, w in enumerate(want):
        for g in got[:, j]:
            if np.isnan(w):
                assert np.isnan(g), (name, x[j], g)
            else:
                same = g == w and np.signbit(g) == np.signbit(w)
                near = math.isfinite(w) and w != 0 and abs(float(g) - float(w)) <= float(np.spacing(np.abs(w)))
                assert same or near, (name, x[j], g, w)


# --- the runtime's bit-level helpers (generated/_runtime.py): frexp, ldexp and hypot without libm ---
def _magnitudes(rng, n):
    return 10.0 ** rng.uniform(-323, 308, n) * rng.choice([-1.0, 1.0], n)


EDGES = [0.0, -0.0, INF, -INF, NAN, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
         1.7976931348623157e308, 1.0, 0.5, 0.75]


def test_split_and_scale_are_frexp_and_ldexp():
    from generated import _runtime as rt
    rng = np.random.default_rng(3)
    for x in list(_magnitudes(rng, 3000)) + EDGES:
        m, e = rt.split(x)
        fm, fe = math.frexp(x)
        assert (m == fm or (math.isnan(m) and math.isnan(fm))) and e == fe, (x, m, e, fm, fe)
    for _ in range(3000):
        r, e = rng.uniform(0.25, 2.0), int(rng.integers(-3300, 3300))
        try:
            want = math.ldexp(r, e)
        except OverflowError:
            want = INF
        assert rt.scale(r, e) == want, (r, e)


def test_product3_and_quotient3_round_like_frexp_and_ldexp():
    from generated import _runtime as rt

    def exact(a, b, c, divide):
        (ma, ea), (mb, eb), (mc, ec) = math.frexp(a), math.frexp(b), math.frexp(c)
        with np.errstate(all="ignore"):
            r = float(np.float64(ma) * mb / mc if divide else np.float64(ma) * mb * mc)
        if math.isnan(r) or math.isinf(r) or r == 0:
            return r
        try:
            return math.ldexp(r, ea + eb - ec if divide else ea + eb + ec)
        except OverflowError:
            return math.copysign(INF, r)

    rng = np.random.default_rng(4)
    for a, b, c in _magnitudes(rng, 9000).reshape(-1, 3).tolist() + [(1e300, 1e300, 1e-300), (0.0, 1.0, 0.0)]:
        for fn, divide in ((rt.quotient3, True), (rt.product3, False)):
            got, want = fn(a, b, c), exact(a, b, c, divide)
            assert got == want or (math.isnan(got) and math.isnan(want)), (fn, a, b, c, got, want)


def test_hypot_within_one_ulp_and_cs_special_values():
    from generated import _runtime as rt
    rng = np.random.default_rng(5)
    pairs = _magnitudes(rng, 4000).reshape(-1, 2)
    pairs[::3, 1] = pairs[::3, 0] * rng.uniform(1e-3, 1e3, len(pairs[::3]))
    with mpmath.workdps(50):
        for a, b in pairs.tolist():
            exact = mpmath.sqrt(mpmath.mpf(a) ** 2 + mpmath.mpf(b) ** 2)
            got = rt.hypot(a, b)
            if exact > mpmath.mpf(1.7976931348623157e308):
                assert got == INF
                continue
            assert ulps(got, exact) <= 1.0, (a, b, got)
    for a, b in [(NAN, INF), (INF, NAN), (-INF, 1.0), (NAN, 1.0), (0.0, 0.0), (-3.0, 4.0), (5e-324, 0.0)]:
        want = math.hypot(a, b)
        got = rt.hypot(a, b)
        assert got == want or (math.isnan(got) and math.isnan(want)), (a, b, got, want)


def test_exps_series_is_the_fitted_one_and_its_error_stays_far_below_the_last_rounding():
    # codegen/series.py fits q(r) = (e^r - 1 - r - r^2/2) / r^3 at 10 Chebyshev nodes in 60 digits;
    # the module holds those float64 coefficients, and their error in r^3 q is under 1% of 2^-52
    # relative to e^r (the Taylor polynomial with the same 10 terms: 0.77, too much to keep exp's
    # maximum at 0.67 ulp)
    from codegen import series
    fitted = series.exp_tail_coefficients()
    assert [getattr(el, f"_Q{j}") for j in range(series.COUNT)] == fitted
    assert series.exp_tail_error(fitted, points=401) < 0.01
    taylor = [1.0 / math.factorial(j + 3) for j in range(series.COUNT)]
    assert series.exp_tail_error(taylor, points=401) > 0.5
