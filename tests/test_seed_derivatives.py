"""The seed's own derivative entries (12, 13, 49-53, 77, 78) are re-derived from their primals."""
import sympy as sp

from symbolic import seed_proofs
from tests.families import CATALOGUE


def test_every_seed_derivative_is_proven():
    proofs = seed_proofs.all_proofs(CATALOGUE)
    assert [p.number for p in proofs] == [12, 13, 49, 50, 51, 52, 53, 77, 78]
    failed = [p for p in proofs if not p.holds]
    assert not failed, failed
    kinds = {p.number: p.kind for p in proofs}
    assert kinds[50] == kinds[52] == kinds[53] == "symbolic"


def test_a_wrong_seed_derivative_is_reported():
    """sigma' = sigma (1 + sigma) is wrong: neither proof kind may accept it."""
    eq5 = CATALOGUE.get("sigmoid")
    z, sigma = eq5.table["z"].symbol, eq5.lines[0].rhs
    derived = seed_proofs._derived(eq5, "z").xreplace({eq5.table["sigma"].symbol: sigma})
    wrong = sigma * (1 + sigma)
    f = sp.lambdify(z, derived, "mpmath")
    g = sp.lambdify(z, wrong, "mpmath")
    proof = seed_proofs._proof(50, "5 sigmoid", derived - wrong,
                               lambda: seed_proofs._numeric_equal(f, g, lambda rng: (rng.uniform(-3, 3),)))
    assert not proof.holds and proof.kind.startswith("numeric")
