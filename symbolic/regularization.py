"""Regularization: weight penalties and dropout, seed entries 18, 19 and 27."""
from __future__ import annotations

import sympy as sp

from symbolic.declare import Definition, equation
from symbolic.domains import BINARY, NONNEGATIVE, interval
from symbolic.functions import ratio
from symbolic.reductions import MaxOver

FAMILY = "regularization"


def _weights(v, strength: str):
    """The n weights w_j and the coefficient lambda shared by the L1 and L2 penalties."""
    n = v.size("n", "n", "the number of penalised weights")
    j = v.index("j", "j", "the weight index")
    lam = v.hyperparameter("lam", r"\lambda", f"the regularization {strength}, $\\lambda \\ge 0$",
                           domain=NONNEGATIVE)
    w = v.parameter("w", "w_{#1}", "the $j$-th weight of the model", shape=(n,))
    return n, j, lam, w


@equation(18, "l1_regularization", "L1 Regularization", family=FAMILY,
          notes="The seed leaves the range of j implicit; here it runs over all n penalised weights "
                "(biases are usually excluded).")
def l1_regularization(v):
    R = v.output("R_L1", r"R_{L1}", "the L1 penalty added to the loss", domain=NONNEGATIVE)
    n, j, lam, w = _weights(v, "coefficient")
    return Definition(R, lam * sp.Sum(sp.Abs(w[j]), (j, 1, n)))


@equation(19, "l2_regularization", "L2 Regularization", family=FAMILY,
          notes="The factor 1/2 is a convention that makes the gradient lambda w_j; without it the "
                "gradient is 2 lambda w_j. The range of j is made explicit as 1..n. Kernels compute "
                "(lambda/2 s)(s sum (w_j/s)^2) with s = max |w_j|, so that no square overflows where "
                "the penalty is finite.")
def l2_regularization(v):
    R = v.output("R_L2", r"R_{L2}", "the L2 penalty (weight decay) added to the loss", domain=NONNEGATIVE)
    n, j, lam, w = _weights(v, "strength")
    s = MaxOver(sp.Abs(w[j]), (j, 1, n))
    scaled = sp.Mul(sp.UnevaluatedExpr(lam / 2 * s), sp.UnevaluatedExpr(s * sp.Sum(ratio(w[j], s) ** 2, (j, 1, n))),
                    evaluate=False)
    return Definition(R, lam / 2 * sp.Sum(w[j] ** 2, (j, 1, n)), stable=sp.Piecewise((0, sp.Eq(s, 0)), (scaled, True)))


@equation(27, "dropout", "Dropout (Forward Pass)", family=FAMILY,
          notes="Inverted dropout, as modern frameworks implement it: kept units are scaled by 1/p during "
                "training so that inference is the identity. The seed's unscaled m * h is the original "
                "formulation (Srivastava et al. 2014), whose test-time outputs are multiplied by p instead; "
                "the seed's Bernoulli(p) does not say whether p is the keep or the drop probability, here it "
                "is the keep probability.")
def dropout(v):
    d = v.size("d", "d", "the number of units in layer $l$")
    j = v.index("j", "j", "the unit index")
    h_tilde = v.output("h_tilde", r"\tilde{h}_{#1}^{(l)}",
                       "the activation of unit $j$ of layer $l$ after dropout", shape=(d,))
    m = v.input("m", r"m_{#1}^{(l)}", "the random mask entry of unit $j$, drawn independently for each unit "
                "from $\\operatorname{Bernoulli}(p)$ (1 keeps the unit, 0 drops it)",
                domain=BINARY, shape=(d,))
    h = v.input("h", r"h_{#1}^{(l)}", "the activation of unit $j$ of layer $l$ before dropout", shape=(d,))
    p = v.hyperparameter("p", "p", "the keep probability, in $(0, 1]$ ($1 - p$ is the dropout rate)",
                         domain=interval(0, 1, lo_open=True))
    # kernels divide by p (1/p overflows for a subnormal p)
    return Definition(h_tilde[j], m[j] * h[j] / p, stable=ratio(m[j] * h[j], p))


EQUATIONS = (l1_regularization, l2_regularization, dropout)
