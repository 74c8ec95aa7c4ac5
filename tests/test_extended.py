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

    def spy(core, layout, inputs, result):
        seen.update(core=core, layout=layout, inputs=inputs)
        return real(core, layout, inputs, result)

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
        assert np.isnan(np.dot(x, y))  # the float64 partial sums: inf - inf
    import generated
    assert generated.dot_product(x, y) == 6.0
    assert list(generated.dot_product(np.stack([x, 2 * x, [1e300, 1e300, 0.0]]), y)) == [6.0, 12.0, np.inf]
    assert generated.dot_product(np.array([np.nan, 1.0, 1.0]), y) != generated.dot_product(x, y)  # NaN in: NaN out


def test_nan_in_stays_nan():
    import generated
    x = np.array([1e300, -1e300, np.nan])
    y = np.array([1e300, 1e300, 2.0])
    assert np.isnan(generated.dot_product(x, y))



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
