"""Proofs that the seed's own derivative entries (12, 13, 49-53, 77, 78) follow from its primals.

Each proof derives the derivative from the primal entry with symbolic.derive (or, for the two
chain rules, checks the rule on concrete functions) and compares it with the seed entry:
symbolically when SymPy closes ``simplify(derived - seed) == 0``, otherwise numerically at 50
random points in 50-digit arithmetic. A wrong seed derivative would be reported as failed.
"""
from __future__ import annotations

from dataclasses import dataclass

import mpmath
import numpy as np
import sympy as sp

from symbolic import activations
from symbolic.catalogue import Catalogue
from symbolic.declare import Definitions, Line, equation
from symbolic.derive import derive
from symbolic.domains import OPEN_UNIT, SIMPLEX

POINTS = 50


@dataclass(frozen=True)
class Proof:
    number: int
    primal: str
    kind: str  # "symbolic" or "numeric (50 points, 50 digits)"
    holds: bool
    detail: str


def _symbolic_zero(expr) -> bool:
    try:
        return sp.simplify(expr) == 0
    except Exception:  # SymPy may raise (StopIteration on KroneckerDelta sums): fall back  # noqa: BLE001
        return False


def _numeric_equal(f, g, sample, points=POINTS) -> tuple[bool, float]:
    """max relative difference of two callables at ``points`` random inputs, 50 digits."""
    rng = np.random.default_rng(2024)
    worst = 0.0
    with mpmath.workdps(50):
        for _ in range(points):
            args = sample(rng)
            a, b = f(*args), g(*args)
            worst = max(worst, float(abs(a - b) / max(1, abs(b))))
    return worst < 1e-40, worst


def _derived(eq, wrt):
    d = next(x for x in derive(eq)[0] if x.wrt.name == wrt)
    return d.line.rhs


def _proof(number, primal, difference, numeric=None) -> Proof:
    if _symbolic_zero(difference):
        return Proof(number, primal, "symbolic", True, "simplify(derived - seed) = 0")
    holds, worst = numeric()
    return Proof(number, primal, f"numeric ({POINTS} points, 50 digits)", holds, f"max relative difference {worst:.1e}")


def prove_relu(cat: Catalogue) -> Proof:
    got = _derived(cat.get("relu"), "z")
    return _proof(49, "7 relu", got - cat.get("relu_derivative").lines[-1].rhs)


def prove_sigmoid(cat: Catalogue) -> Proof:
    eq5, eq50 = cat.get("sigmoid"), cat.get("sigmoid_derivative")
    got = _derived(eq5, "z").xreplace({eq5.table["sigma"].symbol: eq5.lines[0].rhs})
    z = eq50.table["z"].symbol
    seed = eq50.lines[-1].rhs.replace(eq50.table["sigma"].symbol, sp.Lambda(z, eq50.lines[0].rhs))
    return _proof(50, "5 sigmoid", got - seed)


def prove_tanh(cat: Catalogue) -> Proof:
    eq6 = cat.get("tanh")
    got = _derived(eq6, "z").xreplace({eq6.table["tanh_z"].symbol: eq6.lines[0].rhs})
    return _proof(51, "6 tanh", got - cat.get("tanh_derivative").lines[-1].rhs)


def prove_softmax_jacobian(cat: Catalogue) -> Proof:
    d = next(x for x in derive(cat.get("softmax"))[0] if x.kind == "jacobian")
    seed = cat.get("softmax_jacobian")
    k = seed.table["k"].symbol
    got = d.line.rhs.xreplace({d.line.lhs.variables[0].indices[0]: k})
    return _proof(52, "4 softmax", got - seed.lines[-1].rhs)


@equation(3053, "softmax_then_cross_entropy", "Softmax followed by Cross-Entropy (one sample)", family="loss")
def _softmax_ce(v):
    C = v.size("C", "C", "the total number of classes")
    j = v.index("j", "j", "the class index of the output", lo=1, hi=C)
    c = v.index("c", "c", "the summation index over classes")
    k = v.index("k", "k", "the summation index of the softmax")
    z = v.input("z", "z_{#1}", "the logit for class $j$", shape=(C,))
    y = v.input("y", "y_{#1}", "the one-hot target", domain=SIMPLEX, shape=(C,))
    y_hat = v.output("y_hat", r"\hat{y}_{#1}", "the softmax output", domain=OPEN_UNIT, shape=(C,))
    L = v.output("L_CE", r"L_{\text{CE}}", "the cross-entropy loss")
    return Definitions(Line(y_hat[j], activations.softmax_expr(z, j, k, C)),
                       Line(L, -sp.Sum(y[c] * sp.log(y_hat[c]), (c, 1, C))))


def prove_softmax_ce(cat: Catalogue) -> Proof:
    d = next(x for x in derive(_softmax_ce)[0] if x.wrt.name == "z")
    seed = cat.get("softmax_cross_entropy_grad")
    y = _softmax_ce.table["y"].symbol
    # y is a probability vector: sum_c y_c = 1
    got = d.line.rhs.replace(lambda e: isinstance(e, sp.Sum) and e.function.func == sp.Indexed
                             and e.function.base == y, lambda e: sp.S.One)
    got = got.xreplace({d.line.lhs.variables[0].indices[0]: seed.table["j"].symbol})
    return _proof(53, "3 cross-entropy composed with 4 softmax", sp.expand(got - seed.lines[-1].rhs))


def _regression_proof(number, cat: Catalogue, loss_slug: str, model) -> Proof:
    """#77 / #78: the loss of #1 / #2 composed with a linear / logistic model, derived by w_j."""
    seed = cat.get(number)
    t = seed.table
    N, d, i, k, j = (t[n].symbol for n in ("N", "d", "i", "k", "j"))
    x, y, w, b, y_hat = (t[n].symbol for n in ("x", "y", "w", "b", "y_hat"))
    primal = cat.get(loss_slug)

    @equation(9000 + number, f"composed_{number}", "composed", family="proof")
    def composed(v):
        for var in seed.variables:
            if var.name not in ("L_MSE", "L_CE", "j"):
                v.adopt(var)
        out = v.output("L", "L", "the loss")
        loss = primal.lines[-1].rhs.xreplace({primal.table["y_hat"].symbol: y_hat,
                                             primal.table["y"].symbol: y,
                                             primal.table["N"].symbol: N,
                                             primal.table["i"].symbol: i})
        return Definitions(Line(y_hat[i], model(sp.Sum(w[k] * x[i, k], (k, 1, d)) + b)), Line(out, loss))

    dd = next(x_ for x_ in derive(composed)[0] if x_.wrt.name == "w")
    got = dd.line.rhs.xreplace({dd.line.lhs.variables[0].indices[0]: j})
    diff = got - seed.lines[-1].rhs

    def numeric():
        from symbolic.evaluate import evaluate, sample_inputs

        def run(rng):
            vals = sample_inputs(seed, {"N": 3, "d": 2}, rng)
            if "y" in vals and number == 78:
                vals["y"] = rng.integers(0, 2, size=3).astype(float)
            return (vals,)

        def seed_value(vals):
            return mpmath.mpf(str(evaluate(seed, vals, exact=True)[seed.slug][0]))

        def derived_value(vals):
            return mpmath.mpf(str(evaluate(dd.evaluable, vals, exact=True)[composed.slug][0]))

        return _numeric_equal(derived_value, seed_value, run)

    return _proof(number, f"{loss_slug} composed with the model of #{number}", diff, numeric)


def prove_mse_weights(cat):
    return _regression_proof(77, cat, "mse", lambda a: a)


def prove_bce_weights(cat):
    return _regression_proof(78, cat, "binary_cross_entropy", lambda a: 1 / (1 + sp.exp(-a)))


def prove_chain_rules(cat: Catalogue) -> list[Proof]:
    """#12 and #13 are rules, not results: checked on concrete functions against mpmath's diff."""
    x = sp.Symbol("x", real=True)
    eq12 = cat.get("chain_rule")
    f, g = eq12.table["f"].symbol, eq12.table["g"].symbol
    pairs = [(sp.sin(x), sp.exp(x)), (sp.log(1 + x ** 2), sp.tanh(x)), (x ** 3, sp.cos(x))]

    def numeric12():
        worst, ok = 0.0, True
        for fx, gx in pairs:
            u = sp.Dummy("u")
            rhs = eq12.lines[0].rhs.xreplace({eq12.table["x"].symbol: x})
            rhs = rhs.subs({f: sp.Lambda(u, fx.xreplace({x: u})), g: sp.Lambda(u, gx.xreplace({x: u}))}).doit()
            comp = sp.lambdify(x, fx.xreplace({x: gx}), "mpmath")
            rule = sp.lambdify(x, rhs, "mpmath")
            holds, w = _numeric_equal(lambda a: mpmath.diff(comp, a), lambda a: rule(a),
                                      lambda rng: (mpmath.mpf(rng.uniform(-2, 2)),), points=POINTS // len(pairs) + 1)
            ok, worst = ok and holds, max(worst, w)
        return ok, worst

    ok12, w12 = numeric12()
    p12 = Proof(12, "f, g in {sin, exp, log(1+x^2), tanh, x^3, cos}", f"numeric ({POINTS} points, 50 digits)",
                ok12, f"max relative difference {w12:.1e} against mpmath.diff")

    eq13 = cat.get("multivariable_chain_rule")
    J = 2
    xs = sp.symbols("x1:3", real=True)

    def numeric13():
        # L(z1, z2) = z1 z2 + sin z1, z1 = x1^2 + x2, z2 = exp(x1) x2; d/dx1 both ways
        z = [xs[0] ** 2 + xs[1], sp.exp(xs[0]) * xs[1]]
        zs = sp.symbols("z1:3", real=True)
        Lz = zs[0] * zs[1] + sp.sin(zs[0])
        rule = sum(sp.diff(Lz, zs[jj]).xreplace(dict(zip(zs, z))) * sp.diff(z[jj], xs[0]) for jj in range(J))
        comp = sp.lambdify(xs, Lz.xreplace(dict(zip(zs, z))), "mpmath")
        rule_f = sp.lambdify(xs, rule, "mpmath")
        return _numeric_equal(lambda a, b: mpmath.diff(lambda t: comp(t, b), a), rule_f,
                              lambda rng: (mpmath.mpf(rng.uniform(-1, 1)), mpmath.mpf(rng.uniform(-1, 1))))

    assert eq13.kind == "identity"
    ok13, w13 = numeric13()
    p13 = Proof(13, "L(z(x)) with J = 2", f"numeric ({POINTS} points, 50 digits)", ok13,
                f"max relative difference {w13:.1e} against mpmath.diff")
    return [p12, p13]


def all_proofs(cat: Catalogue) -> list[Proof]:
    proofs = prove_chain_rules(cat) + [prove_relu(cat), prove_sigmoid(cat), prove_tanh(cat),
                                       prove_softmax_jacobian(cat), prove_softmax_ce(cat),
                                       prove_mse_weights(cat), prove_bce_weights(cat)]
    return sorted(proofs, key=lambda p: p.number)

