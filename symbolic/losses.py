"""Loss functions: seed entries 1-3 (MSE, binary and multi-class cross-entropy), 20 and 80
(weighted / balanced cross-entropy), 21 (negative log-likelihood), 53 (cross-entropy gradient
w.r.t. the logits), 96 (knowledge distillation) and 100 (cycle consistency)."""
from __future__ import annotations

import sympy as sp

from symbolic.activations import softmax_expr, softmax_over
from symbolic.declare import Definition, Definitions, Line, equation
from symbolic.domains import BINARY, NONNEGATIVE, OPEN_UNIT, POSITIVE, SIMPLEX, interval

FAMILY = "loss"

_XLOGY_NOTE = ("Kernels compute it from probabilities with the convention 0 log 0 = 0 (xlogy), so a "
               "prediction of exactly 0 or 1 that matches its label gives a finite loss.")


_BCE_EDGES = {
    "": "Returns +inf where a label contradicts a prediction of exactly 0 or 1 (log 0); a prediction "
        "of 0 or 1 that matches its label contributes 0 (0 log 0 = 0).",
    "grad_y_hat": "Returns -inf or +inf where a label contradicts a prediction of exactly 0 or 1 (the "
                  "slope of log at 0); a term whose label weight is 0 contributes 0 there (the derivative "
                  "of 0 log 0 = 0 is 0), so a prediction of 0 or 1 that matches its label has a finite "
                  "gradient.",
}
_BCE_EDGES["value_and_grad"] = "Loss: " + _BCE_EDGES[""] + " Gradient: " + _BCE_EDGES["grad_y_hat"]


def _batch(v):
    """The batch size N and the sample index i shared by the per-sample losses."""
    N = v.size("N", "N", "the number of samples")
    i = v.index("i", "i", "the sample index")
    return N, i


def _binary_labels(v, N):
    y = v.input("y", "y^{(#1)}", r"the true binary label of the $i$-th sample, $0$ or $1$",
                domain=BINARY, shape=(N,))
    y_hat = v.input("y_hat", r"\hat{y}^{(#1)}", r"the predicted probability of the positive class "
                    r"for the $i$-th sample, in $(0, 1)$", domain=OPEN_UNIT, shape=(N,))
    return y, y_hat


def weighted_bce_body(v, weight_name, weight_latex, weight_description, loss_name, loss_latex):
    """-1/N sum_i [w y log(y_hat) + (1 - w)(1 - y) log(1 - y_hat)]: entries 20 and 80 alike."""
    N, i = _batch(v)
    w = v.hyperparameter(weight_name, weight_latex, weight_description, domain=OPEN_UNIT)
    y, y_hat = _binary_labels(v, N)
    loss = v.output(loss_name, loss_latex, "the weighted binary cross-entropy averaged over the batch",
                    domain=NONNEGATIVE)
    term = w * y[i] * sp.log(y_hat[i]) + (1 - w) * (1 - y[i]) * sp.log(1 - y_hat[i])
    return Definition(loss, -sp.Sum(term, (i, 1, N)) / N)


def softmax_rows(logits, i, c, k, C, tau):
    """Row-wise softmax of logits / tau: exp(l_ic / tau) / sum_k exp(l_ik / tau)."""
    return softmax_over(lambda u: logits[i, u] / tau, c, k, C)


@equation(1, "mse", "Mean Squared Error (MSE)", family=FAMILY)
def mse(v):
    N, i = _batch(v)
    y = v.input("y", "y^{(#1)}", r"the true value (target) for the $i$-th sample", shape=(N,))
    y_hat = v.input("y_hat", r"\hat{y}^{(#1)}", r"the predicted value for the $i$-th sample", shape=(N,))
    loss = v.output("L_MSE", r"L_{\text{MSE}}", "the mean of the squared errors over the batch",
                    domain=NONNEGATIVE)
    return Definition(loss, sp.Sum((y[i] - y_hat[i]) ** 2, (i, 1, N)) / N)


@equation(2, "binary_cross_entropy", "Cross-Entropy Loss (Binary)", family=FAMILY, notes=_XLOGY_NOTE,
          edges=_BCE_EDGES)
def binary_cross_entropy(v):
    N, i = _batch(v)
    y, y_hat = _binary_labels(v, N)
    loss = v.output("L_CE", r"L_{\text{CE}}", "the binary cross-entropy averaged over the batch",
                    domain=NONNEGATIVE)
    term = y[i] * sp.log(y_hat[i]) + (1 - y[i]) * sp.log(1 - y_hat[i])
    return Definition(loss, -sp.Sum(term, (i, 1, N)) / N)


@equation(3, "categorical_cross_entropy", "Cross-Entropy Loss (Multi-Class)", family=FAMILY,
          notes="The seed's one-hot labels are a special case: the formula holds for any target "
                "probability vector (soft labels), and kernels use 0 log 0 = 0 for absent classes.",
          edges={"": "Returns +inf where a class with a positive target has prediction 0 (log 0); a class "
                     "with target 0 contributes 0 (0 log 0 = 0).",
                 "grad_y": "Returns +inf where a prediction is 0 (-log 0).",
                 "grad_y_hat": "Returns -inf where a positive target meets a prediction of 0; 0 where the "
                               "target is 0, also at a prediction of 0 (the derivative of 0 log 0 = 0).",
                 "value_and_grad": "Loss: +inf where a class with a positive target has prediction 0 (log "
                                   "0). Gradient: -inf there; 0 where the target is 0."})
def categorical_cross_entropy(v):
    N, i = _batch(v)
    C = v.size("C", "C", "the number of classes")
    c = v.index("c", "c", "the class index")
    y = v.input("y", "y_{#2}^{(#1)}", r"the target probability of class $c$ for sample $i$: one-hot "
                r"($1$ for the true class, $0$ otherwise) or, for soft labels, any probability vector "
                r"over the $C$ classes", domain=SIMPLEX, shape=(N, C))
    y_hat = v.input("y_hat", r"\hat{y}_{#2}^{(#1)}", r"the predicted probability of class $c$ for "
                    r"sample $i$ (positive, summing to $1$ over $c$)", domain=SIMPLEX, shape=(N, C))
    loss = v.output("L_CE", r"L_{\text{CE}}", "the categorical cross-entropy averaged over the batch",
                    domain=NONNEGATIVE)
    return Definition(loss, -sp.Sum(y[i, c] * sp.log(y_hat[i, c]), (c, 1, C), (i, 1, N)) / N)


@equation(20, "weighted_cross_entropy", "Weighted Cross-Entropy (Class Imbalance)", family=FAMILY,
          notes="Same form as the balanced cross-entropy (entry 80). " + _XLOGY_NOTE, edges=_BCE_EDGES)
def weighted_cross_entropy(v):
    return weighted_bce_body(v, "alpha", r"\alpha", r"the weight of the positive class, in $(0, 1)$; "
                             r"the negative class is weighted $1 - \alpha$", "L_WCE", r"L_{\text{WCE}}")


@equation(21, "negative_log_likelihood", "Negative Log-Likelihood (NLL)", family=FAMILY,
          notes="The seed sums over the samples (no 1/N), and so does this entry; PyTorch's NLLLoss "
                "averages by default (reduction='mean') and takes log-probabilities as input.")
def negative_log_likelihood(v):
    N, i = _batch(v)
    p = v.input("p", r"p(y^{(#1)} \mid x^{(#1)})", r"the probability the model assigns to the true label "
                r"$y^{(i)}$ of the $i$-th sample given its input $x^{(i)}$, in $(0, 1]$",
                domain=interval(0, 1, lo_open=True), shape=(N,))
    loss = v.output("L_NLL", r"L_{\text{NLL}}", "the negative log-likelihood of the batch (a sum over "
                    "samples)", domain=NONNEGATIVE)
    return Definition(loss, -sp.Sum(sp.log(p[i]), (i, 1, N)))


@equation(53, "softmax_cross_entropy_grad", "Derivative of Cross-Entropy w.r.t. Logits (Softmax)",
          family=FAMILY,
          notes="Stated for one sample with the softmax it differentiates and "
                "L_CE = -sum_k y_k log(y_hat_k); the identity holds for any target y whose entries sum to 1, one-hot or soft.")
def softmax_cross_entropy_grad(v):
    C = v.size("C", "C", "the number of classes")
    j = v.index("j", "j", "the class index", lo=1, hi=C)
    k = v.index("k", "k", "the summation index over classes")
    z = v.input("z", "z_{#1}", "the logit for class $j$", shape=(C,))
    y_hat = v.output("y_hat", r"\hat{y}_{#1}", "the predicted probability of class $j$ (softmax output)",
                     domain=OPEN_UNIT, shape=(C,))
    loss = v.output("L_CE", r"L_{\text{CE}}", r"the cross-entropy $-\sum_{k=1}^{C} y_k \log(\hat{y}_k)$ "
                    "of the sample")
    y = v.input("y", "y_{#1}", r"the target probability of class $j$: one-hot ($1$ for the true class) "
                r"or any probability vector", domain=SIMPLEX, shape=(C,))
    return Definitions(Line(y_hat[j], softmax_expr(z, j, k, C)),
                       Line(sp.Derivative(loss, z[j]), y_hat[j] - y[j]))


@equation(80, "balanced_cross_entropy", "Balanced Cross-Entropy", family=FAMILY,
          notes="Same form as the weighted cross-entropy (entry 20). In HED (Xie and Tu, 2015) beta is "
                "set per image to the fraction of negative labels; here it is a given weight.",
          edges=_BCE_EDGES)
def balanced_cross_entropy(v):
    return weighted_bce_body(v, "beta", r"\beta", r"the weight of the positive class, in $(0, 1)$; the "
                             r"negative class is weighted $1 - \beta$", "L_bal", r"L_{\text{bal}}")


@equation(96, "knowledge_distillation", "Knowledge Distillation", family=FAMILY,
          notes="The seed writes tau^2 KL(p_teacher || p_student) without saying that both are softmaxes of "
                "logits divided by tau or how samples combine; here the per-sample KL is averaged over "
                "the batch (Hinton et al., 2015).")
def knowledge_distillation(v):
    N, i = _batch(v)
    C = v.size("C", "C", "the number of classes")
    c = v.index("c", "c", "the class index")
    k = v.index("k", "k", "the summation index over classes in the softmax")
    t = v.input("t", "t_{#1,#2}", r"the teacher's logit for class $c$ of sample $i$", shape=(N, C))
    s = v.input("s", "s_{#1,#2}", r"the student's logit for class $c$ of sample $i$", shape=(N, C))
    tau = v.hyperparameter("tau", r"\tau", "the temperature (positive; larger values soften the "
                           "distributions)", domain=POSITIVE)
    p_t = v.output("p_T", r"p^{\text{T}}_{#1,#2}", r"the teacher's softened probability of class $c$ "
                   r"for sample $i$", domain=OPEN_UNIT, shape=(N, C))
    p_s = v.output("p_S", r"p^{\text{S}}_{#1,#2}", r"the student's softened probability of class $c$ "
                   r"for sample $i$", domain=OPEN_UNIT, shape=(N, C))
    loss = v.output("L_KD", r"L_{\text{KD}}", r"the distillation loss: $\tau^2$ times the batch mean of "
                    r"$\operatorname{KL}(p^{\text{T}}_i \,\|\, p^{\text{S}}_i)$", domain=NONNEGATIVE)
    kl = sp.Sum(p_t[i, c] * sp.log(p_t[i, c] / p_s[i, c]), (c, 1, C), (i, 1, N))
    # log(p_T / p_S) as a difference of log-softmaxes ((a - M) - log S each): p_S underflows to 0
    # at logits 1000 apart while its logarithm is finite
    log_ratio = sp.log(softmax_rows(t, i, c, k, C, tau)) - sp.log(softmax_rows(s, i, c, k, C, tau))
    stable = tau ** 2 * sp.Sum(p_t[i, c] * log_ratio, (c, 1, C), (i, 1, N)) / N

    def grad_t(component):
        # tau / N p_T (log(p_T / p_S) - KL) = p_T,b / N sum_c p_T,c (u_b - u_c) with u = t - s: the
        # log-softmax normalisers cancel in log(p_T / p_S)_b - log(p_T / p_S)_c, so no log p_S is
        # taken (log 0 where p_S underflows at logits 1000 apart). At the class whose p_T exceeds
        # 1/2 (one per row at most) the sum is taken as written, its c = b term exactly 0;
        # elsewhere u_b - sum_c p_T,c u_c, one sum per row. The difference of the two sums cancels
        # at the dominant class: 1e-5 in float32 where the entry is 1e-68.
        a, b = component.indices
        u = lambda col: t[a, col] - s[a, col]  # noqa: E731
        dominant = p_t[a, b] * sp.Sum(p_t[a, c] * (u(b) - u(c)), (c, 1, C)) / N
        spread = p_t[a, b] * (u(b) - sp.Sum(p_t[a, c] * u(c), (c, 1, C))) / N
        return sp.Piecewise((dominant, p_t[a, b] > sp.Rational(1, 2)), (spread, True))

    return Definitions(Line(p_t[i, c], softmax_rows(t, i, c, k, C, tau)),
                       Line(p_s[i, c], softmax_rows(s, i, c, k, C, tau)),
                       Line(loss, tau ** 2 * kl / N, stable),
                       stable_grads={"t": grad_t})


@equation(100, "cycle_consistency_loss", "Cycle Consistency Loss (CycleGAN)", family=FAMILY,
          notes="The seed's expectations are estimated by sample means over N real X samples and M real "
                "Y samples, and its unspecified distance is the L1 norm (summed over features) as "
                "CycleGAN uses; the reconstructions F(G(x)) and G(F(y)) are given as inputs.")
def cycle_consistency_loss(v):
    N = v.size("N", "N", r"the number of samples from domain $X$")
    M = v.size("M", "M", r"the number of samples from domain $Y$")
    d_x = v.size("d_X", "d_X", r"the number of features of a sample from $X$")
    d_y = v.size("d_Y", "d_Y", r"the number of features of a sample from $Y$")
    i = v.index("i", "i", "the sample index")
    j = v.index("j", "j", "the feature index")
    x = v.input("x", "x_{#2}^{(#1)}", r"feature $j$ of the $i$-th real sample from domain $X$",
                shape=(N, d_x))
    x_rec = v.input("x_rec", "F(G(x^{(#1)}))_{#2}", r"feature $j$ of the reconstruction of $x^{(i)}$: "
                    r"the generator $G: X \to Y$ followed by $F: Y \to X$", shape=(N, d_x))
    y = v.input("y", "y_{#2}^{(#1)}", r"feature $j$ of the $i$-th real sample from domain $Y$",
                shape=(M, d_y))
    y_rec = v.input("y_rec", "G(F(y^{(#1)}))_{#2}", r"feature $j$ of the reconstruction of $y^{(i)}$: "
                    r"$F$ followed by $G$", shape=(M, d_y))
    loss = v.output("L_cyc", r"L_{\text{cyc}}(G, F)", "the cycle-consistency loss of the generators $G$ "
                    "and $F$", domain=NONNEGATIVE)
    forward = sp.Sum(sp.Abs(x_rec[i, j] - x[i, j]), (j, 1, d_x), (i, 1, N)) / N
    backward = sp.Sum(sp.Abs(y_rec[i, j] - y[i, j]), (j, 1, d_y), (i, 1, M)) / M
    return Definition(loss, forward + backward)


EQUATIONS = (mse, binary_cross_entropy, categorical_cross_entropy, weighted_cross_entropy,
             negative_log_likelihood, softmax_cross_entropy_grad, balanced_cross_entropy,
             knowledge_distillation, cycle_consistency_loss)
