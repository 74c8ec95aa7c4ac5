"""Activation functions and the seed's stated derivatives of them: entries 4-8, 49-52, 93-95, 97."""
from __future__ import annotations

import sympy as sp
from sympy.codegen.cfunctions import expm1, log1p

from symbolic.declare import Definition, Definitions, Line, equation
from symbolic.domains import OPEN_UNIT, POSITIVE
from symbolic.functions import product3

FAMILY = "activation"
SELU_ALPHA = "1.6732632423543772848170429916717"
SELU_LAMBDA = "1.0507009873554804934193349852946"


def softmax_parts(score, j, k, C):
    """(exp(score(j)), sum_{k=1}^{C} exp(score(k))): numerator and normaliser of a softmax over j.

    ``score`` maps an index to its unnormalised score (a logit, a scaled dot product, a logit
    over a temperature). Kernels shift every score by the maximum first (same value, no overflow).
    """
    return sp.exp(score(j)), sp.Sum(sp.exp(score(k)), (k, 1, C))


def softmax_over(score, j, k, C):
    """exp(score(j)) / sum_k exp(score(k)): the one softmax every family uses (4, 41, 52, 53, 92, 96)."""
    numerator, normaliser = softmax_parts(score, j, k, C)
    return numerator / normaliser


def softmax_expr(z, j, k, C):
    """exp(z_j) / sum_k exp(z_k) for a logit vector z."""
    return softmax_over(lambda u: z[u], j, k, C)


def sigmoid_expr(z):
    return 1 / (1 + sp.exp(-z))


def sigmoid_stable(z):
    """Evaluates exp only at -|z|: no overflow at either tail, full relative accuracy."""
    return sp.Piecewise((1 / (1 + sp.exp(-z)), z >= 0), (sp.exp(z) / (1 + sp.exp(z)), True))


def elu_expr(z, alpha):
    return sp.Piecewise((z, z >= 0), (alpha * (sp.exp(z) - 1), True))


def elu_stable(z, alpha):
    """expm1 keeps full relative accuracy for small negative z, where exp(z) - 1 cancels."""
    return sp.Piecewise((z, z >= 0), (alpha * expm1(z), True))


def _logits(v):
    C = v.size("C", "C", "the total number of classes")
    j = v.index("j", "j", "the class index of the output", lo=1, hi=C)
    return C, j


@equation(4, "softmax", "Softmax Function", family=FAMILY,
          notes="Kernels shift by max_k z_k first: the same value, without overflow at large logits.")
def softmax(v):
    C, j = _logits(v)
    k = v.index("k", "k", "the summation index over classes")
    z = v.input("z", "z_{#1}", "the logit for class $j$", shape=(C,))
    y_hat = v.output("y_hat", r"\hat{y}_{#1}", "the probability assigned to class $j$", domain=OPEN_UNIT, shape=(C,))
    return Definition(y_hat[j], softmax_expr(z, j, k, C),
                      stable_grads={"z": lambda c: jacobian_entry(y_hat, j, c.indices[0], k, C)})


def jacobian_entry(y_hat, j, l, c, C):
    """y_j (delta_jl - y_l) for kernels: on the diagonal 1 - y_j is summed from the other classes,
    so it keeps its relative accuracy where y_j rounds to 1 (1 - y_j would be 0)."""
    rest = sp.Sum(sp.Piecewise((y_hat[c], sp.Ne(c, j)), (0, True)), (c, 1, C))
    return y_hat[j] * sp.Piecewise((rest, sp.Eq(j, l)), (-y_hat[l], True))


@equation(5, "sigmoid", "Sigmoid (Logistic) Function", family=FAMILY,
          notes="Kernels evaluate exp only at -|z|, so neither tail overflows.")
def sigmoid(v):
    z = v.input("z", "z", "the input or logit")
    out = v.output("sigma", r"\sigma(z)", "the output, in the open interval $(0, 1)$", domain=OPEN_UNIT)
    return Definition(out, sigmoid_expr(z), stable=sigmoid_stable(z))


@equation(6, "tanh", "Tanh Function", family=FAMILY,
          notes="The seed gives the range as [-1, 1]; for finite z it is the open interval (-1, 1). "
                "Kernels call tanh itself, which is equal and does not overflow.")
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


@equation(8, "leaky_relu", "Leaky ReLU", family=FAMILY)
def leaky_relu(v):
    z = v.input("z", "z", "the input")
    alpha = v.hyperparameter("alpha", r"\alpha", "a small positive slope for negative $z$ (e.g. 0.01)",
                             domain=POSITIVE)
    out = v.output("leaky_relu_z", r"\operatorname{LeakyReLU}(z)", "the output")
    return Definition(out, sp.Piecewise((z, z >= 0), (alpha * z, True)))


@equation(49, "relu_derivative", "Derivative of ReLU", family=FAMILY,
          notes="ReLU is not differentiable at 0; the convention ReLU'(0) = 0 (the seed's, JAX's and "
                "PyTorch's) is stated by the case split.")
def relu_derivative(v):
    z = v.input("z", "z", "the input")
    relu_f = v.function("ReLU", r"\operatorname{ReLU}", "the rectified linear unit", role="output")
    return Definitions(Line(relu_f(z), sp.Max(0, z)),
                       Line(sp.Derivative(relu_f(z), z), sp.Piecewise((1, z > 0), (0, True))))


@equation(50, "sigmoid_derivative", "Derivative of Sigmoid", family=FAMILY,
          notes="Kernels compute the equal form sigma(z) sigma(-z), which keeps full relative accuracy "
                "for large z where 1 - sigma(z) rounds to 0.")
def sigmoid_derivative(v):
    z = v.input("z", "z", "the input")
    sigma = v.function("sigma", r"\sigma", "the sigmoid function", role="output")
    return Definitions(Line(sigma(z), sigmoid_expr(z), sigmoid_stable(z)),
                       Line(sp.Derivative(sigma(z), z), sigma(z) * (1 - sigma(z)),
                            sigmoid_stable(z) * sigmoid_stable(-z)))


@equation(51, "tanh_derivative", "Derivative of Tanh", family=FAMILY)
def tanh_derivative(v):
    z = v.input("z", "z", "the input")
    return Definition(sp.Derivative(sp.tanh(z), z), 1 - sp.tanh(z) ** 2)


@equation(52, "softmax_jacobian", "Derivative of Softmax (Vector Form)", family=FAMILY,
          notes="Stated with the softmax it differentiates, so the Jacobian is a function of the logits.")
def softmax_jacobian(v):
    C, j = _logits(v)
    k = v.index("k", "k", "the class index of the logit differentiated by", lo=1, hi=C)
    c = v.index("c", "c", "the summation index over classes")
    z = v.input("z", "z_{#1}", "the logit for class $j$", shape=(C,))
    y_hat = v.output("y_hat", r"\hat{y}_{#1}", "the softmax output for class $j$", domain=OPEN_UNIT, shape=(C,))
    return Definitions(Line(y_hat[j], softmax_expr(z, j, c, C)),
                       Line(sp.Derivative(y_hat[j], z[k]), y_hat[j] * (sp.KroneckerDelta(j, k) - y_hat[k]),
                            jacobian_entry(y_hat, j, k, c, C)))


@equation(93, "softplus", "Softplus Activation", family=FAMILY,
          notes="Kernels compute max(z, 0) + log1p(exp(-|z|)): equal, finite at z = 800, exact for large |z|.")
def softplus(v):
    z = v.input("z", "z", "the input")
    out = v.output("softplus_z", r"\operatorname{Softplus}(z)", "the output, a smooth approximation of "
                   r"$\max(0, z)$", domain=POSITIVE)
    return Definition(out, sp.log(1 + sp.exp(z)), stable=sp.Max(z, 0) + log1p(sp.exp(-sp.Abs(z))))


@equation(94, "elu", "ELU (Exponential Linear Unit)", family=FAMILY,
          notes="Kernels use expm1(z) for z < 0, equal to exp(z) - 1 without cancellation near 0.")
def elu(v):
    z = v.input("z", "z", "the input")
    alpha = v.hyperparameter("alpha", r"\alpha", "a positive constant (e.g. 1)", domain=POSITIVE)
    out = v.output("elu_z", r"\operatorname{ELU}(z)", "the output")
    return Definition(out, elu_expr(z, alpha), stable=elu_stable(z, alpha))


@equation(95, "selu", "SELU (Scaled ELU)", family=FAMILY,
          notes=f"Self-normalisation (Klambauer et al. 2017) holds only for the fixed constants "
                f"alpha = {SELU_ALPHA[:12]}... and lambda = {SELU_LAMBDA[:12]}..., the kernels' defaults; "
                f"the seed's 1.673 and 1.051 are roundings.")
def selu(v):
    z = v.input("z", "z", "the input")
    alpha = v.hyperparameter("alpha", r"\alpha", r"a constant, $\alpha \approx 1.6733$", domain=POSITIVE)
    lam = v.hyperparameter("lam", r"\lambda", r"a scale constant, $\lambda \approx 1.0507$", domain=POSITIVE)
    out = v.output("selu_z", r"\operatorname{SELU}(z)", "the output")
    return Definition(out, lam * elu_expr(z, alpha),
                      stable=sp.Piecewise((lam * z, z >= 0), (product3(lam, alpha, expm1(z)), True)))


@equation(97, "binary_step", "Threshold Function (Binary Step)", family=FAMILY,
          notes="Its derivative is 0 everywhere except at 0, where it does not exist; dleq uses 0 there.")
def binary_step(v):
    z = v.input("z", "z", "the input")
    out = v.output("step_z", r"\theta(z)", "the output, 1 for $z \\ge 0$ and 0 otherwise")
    return Definition(out, sp.Piecewise((1, z >= 0), (0, True)))


EQUATIONS = (softmax, sigmoid, tanh, relu, leaky_relu, relu_derivative, sigmoid_derivative,
             tanh_derivative, softmax_jacobian, softplus, elu, selu, binary_step)
