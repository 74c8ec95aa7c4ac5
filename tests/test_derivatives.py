"""Every derived derivative equals a central finite difference of its primal, in 50-digit arithmetic.

For each equation, each derivative is contracted with a random direction dx and compared with
(F(x + h dx) - F(x - h dx)) / 2h, h = 1e-15, all evaluated from the SymPy objects at 50 digits
(so the difference quotient is exact to ~1e-30). VJPs are checked with a random upstream gradient G.
"""
import numpy as np
import pytest
import sympy as sp

from symbolic.derive import derive
from symbolic.evaluate import evaluate, sample_inputs
from tests.families import EQUATIONS, IDS, REFERENCES

H = sp.Float("1e-15", 50)
COMPUTING = [(e, i) for e, i in zip(EQUATIONS, IDS) if e.body.computes]


def exact(x):
    if isinstance(x, np.ndarray):
        return np.vectorize(lambda v: sp.Float(float(v), 50), otypes=[object])(x)
    return x if isinstance(x, (int, sp.Basic)) else sp.Float(float(x), 50)


def element_origin(eq, indexed):
    name = indexed.base.label.name.removesuffix("_new")
    var = eq.table[name]
    return var.origin or (1,) * len(var.shape)


def directional(D, dx, kind):
    D = np.asarray(D, dtype=object)
    dx = np.asarray(dx, dtype=object)
    if kind == "jacobian":
        return np.array([sum(D[j, k] * dx[k] for k in range(dx.shape[0])) for j in range(D.shape[0])], dtype=object)
    return sum((D * dx).ravel()) if D.shape else D * dx


def primal_output(eq, values):
    res = evaluate(eq, values, exact=True)
    return res[list(res)[-1]]


# in the xdist group of the equation's kernel tests: one worker derives each equation once
@pytest.mark.parametrize("eq", [pytest.param(e, id=i, marks=pytest.mark.xdist_group(e.slug)) for e, i in COMPUTING])
def test_derivatives_match_finite_differences(eq):
    derived, skipped = derive(eq)
    assert derived or skipped, f"{eq.slug}: neither derived nor skipped with a reason"
    if not derived:
        return
    ref = REFERENCES[eq.slug]
    rng = np.random.default_rng(7000 + eq.number)
    values = sample_inputs(eq, ref.sizes, rng)
    if ref.inputs is not None:
        values.update(ref.inputs(rng, values))
    def discrete(name):
        var = eq.table.get(name)
        return var is not None and (var.domain.integer or bool(var.domain.values))

    values = {k: v if isinstance(v, sp.Lambda) or discrete(k) else exact(v) for k, v in values.items()}
    sizes = {v.symbol: int(values[v.name]) for v in eq.variables if v.role == "size" and v.name in values}
    for d in derived:
        point = dict(values)
        if d.kind == "vjp":
            out = next(v for v in d.extra if v.name == "G_up")
            shape = tuple(int(sp.sympify(s).xreplace(sizes)) for s in out.shape)
            point["G_up"] = exact(rng.normal(size=shape))
        x = np.asarray(values[d.wrt.name], dtype=object) if d.wrt.kind == "indexed" else values[d.wrt.name]
        dx = exact(rng.normal(size=np.shape(x))) if d.wrt.kind == "indexed" else exact(rng.normal())
        plus, minus = dict(values), dict(values)
        plus[d.wrt.name], minus[d.wrt.name] = x + H * dx, x - H * dx
        f_plus, f_minus = primal_output(eq, plus), primal_output(eq, minus)
        fd = (np.asarray(f_plus, dtype=object) - np.asarray(f_minus, dtype=object)) / (2 * H)
        if d.kind == "vjp":
            fd = sum((fd * point["G_up"]).ravel())
        shown = d.line.lhs.expr
        if isinstance(shown, sp.Indexed) and np.ndim(fd) and all(str(i) in values for i in shown.indices):
            # an update of one element picked by inputs (Q(s, a)): compare that element
            origin = [int(o) for o in element_origin(eq, shown)]
            fd = fd[tuple(int(values[str(i)]) - o for i, o in zip(shown.indices, origin))]
        got = evaluate(d.evaluable, point, exact=True)[eq.slug]
        sym = directional(got, dx, d.kind)
        err = np.max(np.abs(np.asarray(sym, dtype=float) - np.asarray(fd, dtype=float)))
        scale = max(1.0, float(np.max(np.abs(np.asarray(fd, dtype=float)))))
        assert err <= 1e-12 * scale, f"{d.name}: symbolic {sym} vs finite difference {fd}"
