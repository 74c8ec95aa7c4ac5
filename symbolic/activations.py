"""Activation functions and their seed-stated derivatives: seed entries 4-8, 49-52, 93-95, 97."""
from __future__ import annotations

import sympy as sp

from symbolic.declare import Definition, equation
from symbolic.domains import OPEN_UNIT, POSITIVE, UNIT

FAMILY = "activation"
SELU_ALPHA = sp.Float("1.6732632423543772848170429916717", 32)
SELU_LAMBDA = sp.Float("1.0507009873554804934193349852946", 32)


def softplus_stable(z):
    """max(z, 0) + log1p(exp(-|z|)): never overflows, exact to rounding for large |z|."""
    return sp.Max(z, 0) + sp.log(1 + sp.exp(-sp.Abs(z)), evaluate=False)


@equation(4, "softmax", "Softmax Function", family=FAMILY,
          notes="Max-shifted in kernels: exp(z_j - max z) / sum_k exp(z_k - max z), equal and overflow-free.")
def softmax(v):
    C = v.size("C", "C", "the total number of classes")
    j = v.index("j", "j", "the class index of the output")
    k = v.index("k", "k", "the summation index over classes")
    z = v.input("z", "z_{#1}", "the logit for class $j$", shape=(C,))
    y_hat = v.output("y_hat", r"\hat{y}_{#1}", "the probability assigned to class $j$", domain=OPEN_UNIT, shape=(C,))
    return Definition(y_hat[j], sp.exp(z[j]) / sp.Sum(sp.exp(z[k]), (k, 1, C)))


@equation(5, "sigmoid", "Sigmoid (Logistic) Function", family=FAMILY,
          notes="Kernels evaluate exp(-|z|) only, so neither tail overflows.")
def sigmoid(v):
    z = v.input("z", "z", "the input or logit")
    out = v.output("sigma", r"\sigma(z)", "the output, between 0 and 1", domain=OPEN_UNIT)
    return Definition(out, 1 / (1 + sp.exp(-z)))


@equation(6, "tanh", "Tanh Function", family=FAMILY,
          notes="The seed says the range is [-1, 1]; for finite z it is the open interval (-1, 1).")
def tanh(v):
    z = v.input("z", "z", "the input")
    out = v.output("tanh_z", r"\tanh(z)", "the output, in the open interval $(-1, 1)$")
    naive = (sp.exp(z) - sp.exp(-z)) / (sp.exp(z) + sp.exp(-z))
    return Definition(out, naive, stable=sp.tanh(z))


@equation(7, "relu", "Rectified Linear Unit (ReLU)", family=FAMILY)
def relu(v):
    z = v.input("z", "z", "the input")
    out = v.output("relu_z", r"\operatorname{ReLU}(z)", "zero for negative $z$ and $z$ itself for $z > 0$")
    return Definition(out, sp.Max(0, z))
EQUATIONS = (softmax, sigmoid, tanh, relu)
