"""Evaluation metrics: seed entries 23 (coefficient of determination), 81-83 (F1 score, precision,
recall), 84 (area under the ROC curve) and 99 (perplexity)."""
from __future__ import annotations

import sympy as sp

from symbolic.declare import Definition, Definitions, Line, equation
from symbolic.domains import BINARY, NONNEGATIVE_INTEGER, POSITIVE, REAL, UNIT, Domain, interval
from symbolic.functions import ratio
from symbolic.reductions import InverseGeometricMean, MaxOver

FAMILY = "metric"
AT_MOST_ONE = Domain("real at most 1", hi=1.0, hi_open=False)


def _count(v, name, what):
    return v.input(name, rf"\mathit{{{name}}}", f"the number of {what} (a nonnegative integer)",
                   domain=NONNEGATIVE_INTEGER)


def true_positives(v):
    return _count(v, "TP", "true positives: positive samples predicted positive")


def false_positives(v):
    return _count(v, "FP", "false positives: negative samples predicted positive")


def false_negatives(v):
    return _count(v, "FN", "false negatives: positive samples predicted negative")


def precision_line(v, TP, FP):
    """precision = TP / (TP + FP): the fraction of predicted positives that are positive."""
    out = v.output("precision", r"\text{precision}", "the fraction of the samples predicted positive "
                   "that are positive", domain=UNIT)
    return out, Line(out, TP / (TP + FP))


def recall_line(v, TP, FN):
    """recall = TP / (TP + FN): the fraction of positive samples predicted positive."""
    out = v.output("recall", r"\text{recall}", "the fraction of the positive samples that are predicted "
                   "positive (the true positive rate)", domain=UNIT)
    return out, Line(out, TP / (TP + FN))


_UNDEFINED_NOTE = "Undefined (0/0) when {}; libraries such as scikit-learn then report 0."


@equation(23, "r_squared", "Coefficient of Determination ($R^2$)", family=FAMILY,
          notes="Undefined when all y_i are equal; negative for a model worse than predicting the mean. "
                "Kernels divide every residual and deviation by the largest of them before squaring, "
                "which leaves the ratio unchanged and keeps the sums of squares from overflowing.")
def r_squared(v):
    N = v.size("N", "N", "the number of samples")
    i = v.index("i", "i", "the sample index")
    y = v.input("y", "y^{(#1)}", r"the actual value of the $i$-th sample", shape=(N,))
    y_hat = v.input("y_hat", r"\hat{y}^{(#1)}", r"the predicted value of the $i$-th sample", shape=(N,))
    y_bar = v.output("y_bar", r"\bar{y}", r"the mean of the actual values $y^{(i)}$")
    r2 = v.output("R2", "R^2", "the coefficient of determination (at most 1; 1 for a perfect fit)",
                  domain=AT_MOST_ONE)
    ss_res = sp.Sum((y[i] - y_hat[i]) ** 2, (i, 1, N))
    ss_tot = sp.Sum((y[i] - y_bar) ** 2, (i, 1, N))
    scale = MaxOver(sp.Max(sp.Abs(y[i] - y_hat[i]), sp.Abs(y[i] - y_bar)), (i, 1, N))
    scaled = 1 - (sp.Sum(ratio(y[i] - y_hat[i], scale) ** 2, (i, 1, N))
                  / sp.Sum(ratio(y[i] - y_bar, scale) ** 2, (i, 1, N)))

    def grad(wrt_y):
        # dR2/dy_hat_k = 2 (y_k - y_hat_k) / SS_tot and dR2/dy_k = 2 (SS_res/SS_tot (y_k - y_bar) -
        # (y_k - y_hat_k)) / SS_tot (the deviations sum to 0), with every deviation divided by the
        # scale s first: SS = s^2 A, so each is (2 (...)/A) / s and no square overflows or underflows
        def form(component):
            (at,) = component.indices
            dev, res = ratio(y[at] - y_bar, scale), ratio(y[at] - y_hat[at], scale)
            A = sp.Sum(ratio(y[i] - y_bar, scale) ** 2, (i, 1, N))
            Rr = sp.Sum(ratio(y[i] - y_hat[i], scale) ** 2, (i, 1, N))
            top = 2 * (ratio(Rr, A) * dev - res) if wrt_y else 2 * res
            return ratio(ratio(top, A), scale)
        return form

    return Definitions(Line(y_bar, sp.Sum(y[i], (i, 1, N)) / N), Line(r2, 1 - ss_res / ss_tot, scaled),
                       stable_grads={"y": grad(True), "y_hat": grad(False)})


@equation(81, "f1_score", "F1 Score", family=FAMILY,
          notes="Written as the harmonic mean 2 / (1/precision + 1/recall), equal to the seed's "
                "2 precision recall / (precision + recall) and to 2 TP / (2 TP + FP + FN) when TP > 0. "
                + _UNDEFINED_NOTE.format("TP + FP = 0 or TP + FN = 0"))
def f1_score(v):
    TP, FP, FN = true_positives(v), false_positives(v), false_negatives(v)
    precision, p_line = precision_line(v, TP, FP)
    recall, r_line = recall_line(v, TP, FN)
    f1 = v.output("F1", r"\text{F1}", "the harmonic mean of precision and recall, in $[0, 1]$", domain=UNIT)
    return Definitions(p_line, r_line, Line(f1, 2 * precision * recall / (precision + recall)))


@equation(82, "precision", "Precision", family=FAMILY,
          notes=_UNDEFINED_NOTE.format("nothing is predicted positive (TP + FP = 0)"))
def precision(v):
    TP, FP = true_positives(v), false_positives(v)
    _, line = precision_line(v, TP, FP)
    return Definitions(line)


@equation(83, "recall", "Recall", family=FAMILY,
          notes=_UNDEFINED_NOTE.format("there are no positive samples (TP + FN = 0)"))
def recall(v):
    TP, FN = true_positives(v), false_negatives(v)
    _, line = recall_line(v, TP, FN)
    return Definitions(line)


@equation(84, "auc", "AUC (Area Under ROC Curve)", family=FAMILY,
          no_derivative="piecewise constant in the scores: the derivative is 0 where it exists and undefined at "
                        "ties, so AUC is not trained by gradients",
          notes="The seed's integral of TPR(FPR^-1(x)) is only conceptual (FPR is a step function with no "
                "inverse). This is the exact trapezoidal area under the empirical ROC curve, written in its "
                "equal Mann-Whitney form: the fraction of (positive, negative) pairs ranked correctly, ties "
                "counting 1/2. Needs at least one positive and one negative sample.")
def auc(v):
    N = v.size("N", "N", "the number of samples")
    i = v.index("i", "i", "the index of a (candidate positive) sample")
    j = v.index("j", "j", "the index of a (candidate negative) sample")
    y = v.input("y", "y_{#1}", r"the true label of sample $i$: $1$ positive, $0$ negative", domain=BINARY,
                shape=(N,))
    s = v.input("s", "s_{#1}", r"the classifier's score of sample $i$ (higher means more likely positive)",
                domain=REAL, shape=(N,))
    n_pos = v.output("N_pos", "N_{+}", "the number of positive samples (at least 1)",
                     domain=NONNEGATIVE_INTEGER)
    n_neg = v.output("N_neg", "N_{-}", "the number of negative samples (at least 1)",
                     domain=NONNEGATIVE_INTEGER)
    H = v.output("H", "H_{#1#2}", r"the ranking score of the pair $(i, j)$: $1$ if $s_i > s_j$, "
                 r"$\frac{1}{2}$ on a tie, $0$ otherwise (the step function of $s_i - s_j$ with value "
                 r"$\frac{1}{2}$ at $0$)", domain=UNIT, shape=(N, N))
    out = v.output("AUC", r"\text{AUC}", "the area under the ROC curve (true positive rate against false "
                   "positive rate over all thresholds), in $[0, 1]$", domain=UNIT)
    step = sp.Piecewise((1, s[i] > s[j]), (sp.S.Half, sp.Eq(s[i], s[j])), (0, True))
    pairs = sp.Sum(y[i] * (1 - y[j]) * H[i, j], (j, 1, N), (i, 1, N))
    return Definitions(Line(H[i, j], step),
                       Line(n_pos, sp.Sum(y[i], (i, 1, N))),
                       Line(n_neg, sp.Sum(1 - y[j], (j, 1, N))),
                       Line(out, pairs / (n_pos * n_neg)))


@equation(99, "perplexity", "Perplexity (Language Modeling)", family=FAMILY,
          notes="The exponential of the mean negative log-likelihood per token (natural log; any base gives "
                "the same value if exp is replaced by that base's power).")
def perplexity(v):
    N = v.size("N", "N", "the total number of tokens in the sequence")
    i = v.index("i", "i", "the token position")
    p = v.input("p", "p(w_{#1})", r"the probability the model assigns to the $i$-th token $w_i$ of the "
                r"sequence given the preceding tokens, in $(0, 1]$", domain=interval(0, 1, lo_open=True),
                shape=(N,))
    ppl = v.output("PPL", r"\text{PPL}", "the perplexity of the sequence (at least 1)", domain=POSITIVE)
    # kernels: the n-th root of 1 / prod p, the product kept as mantissa and binary exponent; exp of
    # the mean log would turn the mean's rounding into |mean| ulps of PPL (690 at p = 1e-300)
    return Definition(ppl, sp.exp(sp.Sum(-sp.log(p[i]), (i, 1, N)) / N),
                      stable=InverseGeometricMean(p[i], (i, 1, N)))


EQUATIONS = (r_squared, f1_score, precision, recall, auc, perplexity)
