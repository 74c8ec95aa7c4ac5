"""Fuzz every generated kernel with arbitrary arguments: nothing crashes (``make fuzz``).

Not collected by ``make test`` (the file name does not match test_*.py); run it explicitly:
    .venv/bin/python -m pytest -n 0 tests/fuzz.py
FUZZ_CASES (default 10,000) cases are spread evenly over the kernels in the manifest. Each case
starts from a valid call (codegen.check's sample) and hypothesis changes any of its arguments:
values (NaN, +-inf, -0.0, subnormals, huge and tiny numbers), shapes (other, extra, missing or
empty axes), dtypes (integers, bool, float16, long double, complex, object, strings), layouts
(non-contiguous, reversed, Fortran-ordered, read-only, broadcast views), Python scalars, lists
and None, and out= arrays that do not fit. A case passes when the kernel returns float arrays
(finite, inf or NaN) or raises a ValueError or TypeError whose message starts with its name;
anything else (another exception, a message not naming the kernel, a non-float result) is a
crash, and hypothesis prints the smallest arguments that cause it.
"""
import math
import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import generated
from codegen import check
from tests.families import CATALOGUE

MANIFEST = generated.load_manifest()
KERNELS = [(e["number"], k) for e in MANIFEST["equations"] for k in e["kernels"]]
CASES = int(os.environ.get("FUZZ_CASES", "10000"))
PER_KERNEL = math.ceil(CASES / len(KERNELS))
COUNT = {"cases": 0, "raised": 0}

SPECIAL = [math.nan, math.inf, -math.inf, -0.0, 0.0, 5e-324, 1e-310, 2.2250738585072014e-308, 1e-300,
           1.4e-45, 1e-8, 0.5, 1.0, -1.0, 2.0, 3.4028235e38, 1e300, -1e300, 1.7976931348623157e308,
           -1.7976931348623157e308]
ANY_FLOAT = st.one_of(st.sampled_from(SPECIAL), st.floats(), st.floats(-10, 10))
DTYPES = [np.int8, np.int64, np.uint8, np.bool_, np.float16, np.float32, np.float64, np.longdouble,
          np.complex128, object, "U3"]
VALID = {}


def valid_call(number, record):
    """The arguments of a valid call (the sample codegen.check verifies the kernel at)."""
    if record["name"] not in VALID:
        eq = CATALOGUE.get(number)
        values = check._extra_inputs(eq, record, check.sample(eq, 0), np.random.default_rng(0))
        VALID[record["name"]] = check._args(record, values, np.float64, tuple(record["positions"]), eq)
    return VALID[record["name"]]


def integer_range(record, name):
    """Positions take any int64; sizes, strides and windows stay small (a size of 2**40 would
    allocate the result before anything could refuse it); None: a real argument."""
    if name in record["positions"]:
        return (-2**63, 2**63 - 1)
    return (-5, 1000) if name in record["integers"] else None


def cast(value, dtype):
    with np.errstate(all="ignore"):
        return np.asarray(value).astype(dtype)


@st.composite
def argument(draw, valid, integers):
    """The valid argument, or one changed in value, shape, dtype, layout or type."""
    a = np.asarray(valid)
    how = draw(st.sampled_from(["keep", "keep", "values", "shape", "batch", "dtype", "layout", "python"]))
    if how == "keep":
        return a.copy()
    if how == "values":
        if integers:
            return np.full(a.shape, draw(st.integers(*integers)), dtype=np.int64)
        return draw(hnp.arrays(np.float64, a.shape, elements=ANY_FLOAT))
    if how == "shape":
        shape = draw(hnp.array_shapes(min_dims=0, max_dims=4, min_side=0, max_side=5))
        if integers:
            return draw(hnp.arrays(np.int64, shape, elements=st.integers(-3, 9)))
        return draw(hnp.arrays(np.float64, shape, elements=ANY_FLOAT))
    if how == "batch":  # extra leading axes, empty ones included
        batch = draw(hnp.array_shapes(min_dims=1, max_dims=2, min_side=0, max_side=3))
        return np.broadcast_to(a, batch + a.shape).copy()
    if how == "dtype":
        return cast(a, draw(st.sampled_from(DTYPES)))
    if how == "layout":
        view = draw(st.sampled_from(["strided", "reversed", "fortran", "read-only", "broadcast"]))
        if view == "strided":
            wide = np.zeros(a.shape + (2,), a.dtype)
            wide[..., 0] = a
            return wide[..., 0]
        if view == "reversed":
            return np.flip(np.flip(a).copy())
        if view == "fortran":
            return np.asfortranarray(a)
        if view == "read-only":
            a = a.copy()
            a.setflags(write=False)
            return a
        return np.broadcast_to(a, a.shape)  # a read-only view
    return draw(st.sampled_from([a.tolist(), None, "x", [a.tolist()], 1, 2.5]))


@st.composite
def out_argument(draw):
    """No out= mostly; else arrays of any shape and dtype, alone or in a tuple of 1 to 3."""
    kind = draw(st.sampled_from(["none", "none", "none", "array", "tuple"]))
    if kind == "none":
        return {}
    count = draw(st.integers(1, 3)) if kind == "tuple" else 1
    arrays = [draw(hnp.arrays(draw(st.sampled_from([np.float64, np.float32, np.int64])),
                              hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=4)))
              for _ in range(count)]
    return {"out": tuple(arrays) if kind == "tuple" else arrays[0]}


@pytest.fixture(scope="module", autouse=True)
def report(request):
    yield
    with request.config.pluginmanager.get_plugin("capturemanager").global_and_fixture_disabled():
        print(f"\nfuzz: {COUNT['cases']} cases over {len(KERNELS)} kernels, {COUNT['raised']} of them a "
              "ValueError or TypeError naming the kernel")


@pytest.mark.parametrize("number,record", [pytest.param(n, k, id=k["name"]) for n, k in KERNELS])
@settings(max_examples=PER_KERNEL, deadline=None, database=None, print_blob=True,
          suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_no_crash(number, record, data):
    name = record["name"]
    valid = valid_call(number, record)
    args = [data.draw(argument(v, integer_range(record, a)), label=a) for v, a in zip(valid, record["arguments"])]
    options = data.draw(out_argument(), label="out") if record["kind"] != "update" else {}
    if "dtype" in record["options"]:
        options["dtype"] = data.draw(st.sampled_from([np.float64, np.float32, np.int32, "float16", None, object]),
                                     label="dtype")
    COUNT["cases"] += 1
    try:
        with np.errstate(all="ignore"):
            result = check.kernel_function(record)(*args, **options)
    except (ValueError, TypeError) as err:
        assert str(err).startswith(f"{name}: "), f"{name} raised {type(err).__name__} not naming it: {err}"
        COUNT["raised"] += 1
        return
    for r in result if isinstance(result, tuple) else (result,):
        assert isinstance(r, (np.ndarray, np.floating)) and r.dtype in (np.float32, np.float64), \
            f"{name} returned {type(r).__name__} {getattr(r, 'dtype', '')}"
