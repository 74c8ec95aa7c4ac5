"""Single neurons, linear and logistic models, and the chain rule: seed entries 9, 10, 12, 13,
47, 48, 77, 78, 79."""
from __future__ import annotations

import sympy as sp

from symbolic.declare import Definition, Definitions, Identity, equation
from symbolic.domains import BINARY, OPEN_UNIT

FAMILY = "neuron"


def _affine(v):
    """Declare d, i, w, x, b for one input vector and return sum_i w_i x_i + b."""
    d = v.size("d", "d", "the number of input features")
    i = v.index("i", "i", "the summation index over features")
    w = v.parameter("w", "w_{#1}", "the weight of feature $x_i$", shape=(d,))
    x = v.input("x", "x_{#1}", "the $i$-th input feature", shape=(d,))
    b = v.parameter("b", "b", "the bias term")
    return sp.Sum(w[i] * x[i], (i, 1, d)) + b


def _batch_affine(v):
    """Declare N, d, i, j, k, x, w, b for a batch; return (N, i, j, x, w, sum_k w_k x_k^(i) + b)."""
    N = v.size("N", "N", "the number of training samples")
    d = v.size("d", "d", "the number of input features")
    i = v.index("i", "i", "the sample index")
    j = v.index("j", "j", "the index of the weight the gradient is taken with respect to", lo=1, hi=d)
    k = v.index("k", "k", "the summation index over features")
    x = v.input("x", "x_{#2}^{(#1)}", "feature $k$ of sample $i$ (an $N \\times d$ array)", shape=(N, d))
    w = v.parameter("w", "w_{#1}", "the weight of feature $j$", shape=(d,))
    b = v.parameter("b", "b", "the bias term")
    return N, i, j, x, w, sp.Sum(w[k] * x[i, k], (k, 1, d)) + b


@equation(9, "weighted_sum", "Weighted Sum of Inputs", family=FAMILY)
def weighted_sum(v):
    z = v.output("z", "z", "the weighted sum of the inputs plus the bias (the pre-activation)")
    return Definition(z, _affine(v))


@equation(10, "neuron_output", "Neural Network Output (One Layer)", family=FAMILY)
def neuron_output(v):
    f = v.function("f", "f", "the activation function, applied to the pre-activation (e.g. sigmoid, tanh, ReLU)")
    y_hat = v.output("y_hat", r"\hat{y}", "the output of the neuron")
    return Definition(y_hat, f(_affine(v)))


@equation(12, "chain_rule", "Chain Rule (Single-Variable)", family=FAMILY,
          notes="Holds for differentiable g at x and f differentiable at g(x).")
def chain_rule(v):
    f = v.function("f", "f", "the outer differentiable function; $f'$ is its derivative")
    g = v.function("g", "g", "the inner differentiable function; $g'$ is its derivative")
    x = v.input("x", "x", "the real variable")
    return Identity(sp.Derivative(f(g(x)), x), sp.diff(f(g(x)), x))


@equation(13, "multivariable_chain_rule", "Chain Rule (Multivariable)", family=FAMILY,
          notes="Holds when L depends on x only through the intermediate variables z_1, ..., z_J and "
                "each z_j is a differentiable function of x; the seed's unbounded sum over j runs over j = 1..J.")
def multivariable_chain_rule(v):
    J = v.size("J", "J", "the number of intermediate variables")
    i = v.index("i", "i", "the index of the input variable")
    j = v.index("j", "j", "the summation index over intermediate variables")
    L = v.output("L", "L", "the loss, a scalar that depends on $x$ only through $z_1, \\dots, z_J$")
    n = v.size("n", "n", "the number of input variables")
    x = v.input("x", "x_{#1}", "the $i$-th input variable", shape=(n,))
    z = v.input("z", "z_{#1}", "the $j$-th intermediate variable, a differentiable function of $x$", shape=(J,))
    rhs = sp.Sum(sp.Derivative(L, z[j]) * sp.Derivative(z[j], x[i]), (j, 1, J))
    return Identity(sp.Derivative(L, x[i]), rhs)


@equation(47, "perceptron", "Perceptron Rule", family=FAMILY,
          notes="Threshold convention: a pre-activation of exactly 0 is classified as 1, as the seed states.")
def perceptron(v):
    y_hat = v.output("y_hat", r"\hat{y}", "the predicted class, 0 or 1", domain=BINARY)
    pre = _affine(v)
    return Definition(y_hat, sp.Piecewise((1, pre >= 0), (0, True)))


@equation(48, "activation_forward", "General Activation Forward", family=FAMILY)
def activation_forward(v):
    f = v.function("f", "f", "the activation function (e.g. sigmoid, ReLU)")
    z = v.input("z", "z", "the pre-activation (weighted sum)")
    a = v.output("a", "a", "the activation, the output of the unit")
    return Definition(a, f(z))


@equation(77, "mse_weight_gradient", "Gradient of MSE w.r.t. Weights", family=FAMILY,
          notes="The seed's formula holds for a linear model y_hat = w^T x + b, stated here as the first line; "
                "L_MSE is the mean over the N samples of the squared error of that model.")
def mse_weight_gradient(v):
    N, i, j, x, w, pre = _batch_affine(v)
    y = v.input("y", "y^{(#1)}", "the target of sample $i$", shape=(N,))
    y_hat = v.output("y_hat", r"\hat{y}^{(#1)}", "the prediction of the linear model for sample $i$", shape=(N,))
    loss = v.output("L_MSE", r"L_{\text{MSE}}",
                    r"the mean squared error $\frac{1}{N}\sum_{i=1}^{N}(y^{(i)} - \hat{y}^{(i)})^2$")
    grad = sp.Sum(2 * x[i, j] * (y_hat[i] - y[i]), (i, 1, N)) / N  # 2 x (...): keeps the seed's factor
    return Definitions((y_hat[i], pre), (sp.Derivative(loss, w[j]), grad))


@equation(78, "bce_weight_gradient", "Gradient of Binary Cross-Entropy w.r.t. Weights", family=FAMILY,
          notes="The seed's formula holds for logistic regression, y_hat = sigma(w^T x + b), stated here as "
                "the first line; L_CE is the mean binary cross-entropy over the N samples.")
def bce_weight_gradient(v):
    N, i, j, x, w, pre = _batch_affine(v)
    y = v.input("y", "y^{(#1)}", "the true label of sample $i$", domain=BINARY, shape=(N,))
    y_hat = v.output("y_hat", r"\hat{y}^{(#1)}", "the predicted probability that sample $i$ has label 1",
                     domain=OPEN_UNIT, shape=(N,))
    loss = v.output("L_CE", r"L_{\text{CE}}",
                    r"the mean binary cross-entropy $-\frac{1}{N}\sum_{i=1}^{N}\left(y^{(i)}\log\hat{y}^{(i)} "
                    r"+ (1 - y^{(i)})\log(1 - \hat{y}^{(i)})\right)$")
    grad = sp.Sum((y_hat[i] - y[i]) * x[i, j], (i, 1, N)) / N
    return Definitions((y_hat[i], 1 / (1 + sp.exp(-pre))), (sp.Derivative(loss, w[j]), grad))


@equation(79, "logistic_decision", "Logistic Regression Decision Boundary", family=FAMILY,
          notes="Since the sigmoid is increasing with value 1/2 at 0, y_hat >= 1/2 exactly when w^T x + b >= 0: "
                "thresholding the probability at 1/2 is thresholding the logit at 0.")
def logistic_decision(v):
    pre = _affine(v)
    y_hat = v.output("y_hat", r"\hat{y}", "the predicted probability of class 1", domain=OPEN_UNIT)
    decision = v.output("decision", r"\text{Decision}", "the predicted class, 0 or 1", domain=BINARY)
    return Definitions((y_hat, 1 / (1 + sp.exp(-pre))), (decision, sp.Piecewise((1, pre >= 0), (0, True))))


EQUATIONS = (weighted_sum, neuron_output, chain_rule, multivariable_chain_rule, perceptron,
             activation_forward, mse_weight_gradient, bce_weight_gradient, logistic_decision)
