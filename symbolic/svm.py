"""Kernel methods and support vector machines: seed entries 86-87 (polynomial and RBF kernels),
88 and 98 (hinge loss, weighted hinge loss) and 89 (hard-SVM margin)."""
from __future__ import annotations

import sympy as sp

from symbolic.declare import Definition, equation
from symbolic.domains import NONNEGATIVE, POSITIVE, POSITIVE_INTEGER, SIGN, interval
from symbolic.functions import ratio
from symbolic.linear_algebra import unit_component
from symbolic.reductions import MaxOver

FAMILY = "kernel method"


def _feature_vectors(v):
    """The dimension d, the feature index k and the two feature vectors x, x' a kernel compares."""
    d = v.size("d", "d", "the number of features")
    k = v.index("k", "k", "the feature index")
    x = v.input("x", "x_{#1}", r"the $k$-th feature of the first feature vector $x$", shape=(d,))
    x_prime = v.input("x_prime", "x'_{#1}", r"the $k$-th feature of the second feature vector $x'$",
                      shape=(d,))
    return d, k, x, x_prime


def hinge_terms(v):
    """max(0, 1 - y_i (sum_k w_k x_ik + b)) for each sample i of a batch (shared by entries 88, 98)."""
    N = v.size("N", "N", "the number of samples")
    d = v.size("d", "d", "the number of features")
    i = v.index("i", "i", "the sample index", lo=1, hi=N)
    k = v.index("k", "k", "the feature index")
    x = v.input("x", "x_{#1,#2}", r"the $k$-th feature of the $i$-th input $x_i$", shape=(N, d))
    y = v.input("y", "y_{#1}", r"the true label of the $i$-th sample, $-1$ or $+1$", domain=SIGN, shape=(N,))
    w = v.parameter("w", "w_{#1}", r"the $k$-th component of the weight vector $w$", shape=(d,))
    b = v.parameter("b", "b", "the bias")
    margin = y[i] * (sp.Sum(w[k] * x[i, k], (k, 1, d)) + b)
    return N, i, sp.Max(0, 1 - margin)


_PER_SAMPLE_NOTE = ("Per sample, as the seed writes it: the loss is a vector over the N samples, with "
                    "w^T x_i written as sum_k w_k x_ik; training minimises its mean (plus a regulariser).")


@equation(86, "polynomial_kernel", "Polynomial Kernel (SVM)", family=FAMILY,
          notes="x^T x' is written as sum_k x_k x'_k; with c >= 0 and integer p >= 1 the kernel is positive "
                "semidefinite.")
def polynomial_kernel(v):
    d, k, x, x_prime = _feature_vectors(v)
    c = v.hyperparameter("c", "c", "a constant trading off higher- against lower-order terms (nonnegative, "
                         "often $1$)", domain=NONNEGATIVE)
    p = v.hyperparameter("p", "p", "the polynomial degree (a positive integer)", domain=POSITIVE_INTEGER)
    K = v.output("K", "K(x, x')", r"the kernel value: the inner product of $x$ and $x'$ in the kernel's "
                 "feature space")
    base = sp.Sum(x[k] * x_prime[k], (k, 1, d)) + c

    def grad(other):
        # p (x.x' + c)^(p-1) x'_l: as derived, p K K^(-1/p) x'_l rounds K and takes a root of it
        # (48 ulps), and K overflows where (x.x' + c)^(p-1) does not
        def form(component):
            return p * base ** (p - 1) * other[component.indices[0]]
        return form

    return Definition(K, base ** p, stable_grads={"x": grad(x_prime), "x_prime": grad(x)})


@equation(87, "rbf_kernel", "Radial Basis Function Kernel (RBF)", family=FAMILY,
          notes="The squared Euclidean distance ||x - x'||^2 is written as sum_k (x_k - x'_k)^2.")
def rbf_kernel(v):
    d, k, x, x_prime = _feature_vectors(v)
    sigma = v.hyperparameter("sigma", r"\sigma", "the kernel width (positive)", domain=POSITIVE)
    K = v.output("K", "K(x, x')", r"the kernel value, in $(0, 1]$ ($1$ when $x = x'$)",
                 domain=interval(0, 1, lo_open=True))
    # kernels divide each difference by sigma before squaring: the squares and sigma^2 overflow
    # (inf / inf) where their ratio does not
    return Definition(K, sp.exp(-sp.Sum((x[k] - x_prime[k]) ** 2, (k, 1, d)) / (2 * sigma ** 2)),
                      stable=sp.exp(-sp.Sum(ratio(x[k] - x_prime[k], sigma) ** 2, (k, 1, d)) / 2),
                      stable_grads={"x": lambda c: K * ratio(ratio(x_prime[c.indices[0]] - c, sigma), sigma),
                                    "x_prime": lambda c: K * ratio(ratio(x[c.indices[0]] - c, sigma), sigma)})


@equation(88, "hinge_loss", "Hinge Loss (SVM)", family=FAMILY, notes=_PER_SAMPLE_NOTE)
def hinge_loss(v):
    N, i, term = hinge_terms(v)
    L = v.output("L_hinge", r"L_{\text{hinge}, #1}", r"the hinge loss of the $i$-th sample (zero when it is "
                 "classified correctly with functional margin at least $1$)", domain=NONNEGATIVE, shape=(N,))
    return Definition(L[i], term)


@equation(89, "svm_margin", "Margin (Hard-SVM)", family=FAMILY,
          notes="||w|| is written as sqrt(sum_k w_k^2). The width of the band between the hyperplanes "
                "w^T x + b = -1 and +1 of the canonical hard-margin SVM.")
def svm_margin(v):
    d = v.size("d", "d", "the number of features")
    k = v.index("k", "k", "the feature index")
    w = v.parameter("w", "w_{#1}", r"the $k$-th component of $w$, the normal vector to the decision boundary",
                    shape=(d,))
    margin = v.output("margin", r"\text{Margin}", "the distance between the two margin hyperplanes "
                      r"$w^\top x + b = \pm 1$", domain=POSITIVE)
    # kernels: ||w|| = s sqrt(sum (w/s)^2) with s = max |w_k|, so neither the squares nor the margin
    # overflow or underflow where the result does not
    s = MaxOver(sp.Abs(w[k]), (k, 1, d))
    S = sp.Sum(ratio(w[k], s) ** 2, (k, 1, d))
    return Definition(margin, 2 / sp.sqrt(sp.Sum(w[k] ** 2, (k, 1, d))), stable=ratio(ratio(2, s), sp.sqrt(S)),
                      stable_grads={"w": lambda c: -ratio(ratio(2 * unit_component(w[k], c.indices, (k, 1, d)), s), s) / S})


@equation(98, "weighted_hinge_loss", "Weighted Hinge Loss", family=FAMILY,
          notes="The seed writes the sample weight as w_i, the same letter as the weight vector w; here "
                "it is omega_i. " + _PER_SAMPLE_NOTE)
def weighted_hinge_loss(v):
    N, i, term = hinge_terms(v)
    omega = v.input("omega", r"\omega_{#1}", r"the weight of the $i$-th sample (a sample or class weight, "
                    "nonnegative)", domain=NONNEGATIVE, shape=(N,))
    L = v.output("L_whinge", r"L_{\text{whinge}, #1}", r"the weighted hinge loss of the $i$-th sample",
                 domain=NONNEGATIVE, shape=(N,))
    return Definition(L[i], omega[i] * term)


EQUATIONS = (polynomial_kernel, rbf_kernel, hinge_loss, svm_margin, weighted_hinge_loss)
