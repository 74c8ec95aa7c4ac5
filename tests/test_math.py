"""The math is right: each SymPy body, evaluated at random domain points, equals an independent
NumPy formula written from the textbook definition (tests/references/)."""
import numpy as np
import pytest

from symbolic.evaluate import evaluate, sample_inputs
from tests.families import CATALOGUE, EQUATIONS, IDS, REFERENCES

POINTS = 4


def test_references_name_real_equations():
    unknown = sorted(set(REFERENCES) - set(CATALOGUE.by_slug))
    assert not unknown, f"references for unknown slugs: {unknown}"


def test_at_least_90_equations_checked_against_numpy():
    computing = [e for e in EQUATIONS if e.body.computes]
    checked = [e for e in computing if e.slug in REFERENCES]
    assert len(checked) >= 90, f"only {len(checked)} equations have a NumPy reference"


@pytest.mark.parametrize("eq", [e for e in EQUATIONS if e.slug in REFERENCES],
                         ids=[i for e, i in zip(EQUATIONS, IDS) if e.slug in REFERENCES])
def test_sympy_body_matches_numpy_reference(eq):
    ref = REFERENCES[eq.slug]
    rng = np.random.default_rng(eq.number)
    for _ in range(POINTS):
        values = sample_inputs(eq, ref.sizes, rng)
        if ref.inputs is not None:
            values.update(ref.inputs(rng, values))
        got = evaluate(eq, values)
        want = ref.formula(dict(values))
        assert want, f"{eq.slug}: the reference checks no output"
        for name, expected in want.items():
            assert name in got, f"{eq.slug}: reference output {name!r} is not computed (have {list(got)})"
            np.testing.assert_allclose(got[name], expected, rtol=ref.rtol, atol=1e-12,
                                       err_msg=f"{eq.slug}: {name} at {values}")
