"""Optimizers and learning-rate schedules: seed entries 11, 14, 15, 16, 17, 75, 85.

Every update is written for one scalar parameter and applied elementwise to every parameter
(each weight and bias keeps its own velocity or moment estimates).
"""
from __future__ import annotations

import sympy as sp
from sympy.codegen.cfunctions import expm1

from symbolic.declare import Definition, Line, Update, equation
from symbolic.domains import (HALF_OPEN_UNIT, NONNEGATIVE, NONNEGATIVE_INTEGER, POSITIVE,
                              POSITIVE_INTEGER, interval)
from symbolic.functions import before, finite_or, hypot, quotient3, ratio, times

FAMILY = "optimizer"
ELEMENTWISE = "Applied elementwise to every parameter."


def _theta(v):
    return v.parameter("theta", r"\theta", "one parameter (a weight or a bias); the update is applied elementwise")


def _eta(v):
    return v.hyperparameter("eta", r"\eta", "the learning rate", domain=POSITIVE)


def _grad(v):
    return v.input("g", r"\nabla_\theta L(\theta)",
                   r"the gradient of the loss $L$ with respect to $\theta$ at the current parameters")


def _eps(v, text="a small constant for numerical stability"):
    return v.hyperparameter("eps", r"\epsilon", text, domain=POSITIVE)


def rmsprop_step(theta, eta, E_g2, eps, g):
    """The RMSProp parameter line as the seed writes it: eps inside the square root."""
    return theta - eta / sp.sqrt(E_g2 + eps) * g


@equation(11, "gradient_descent", "Gradient Descent (Parameter Update)", family=FAMILY, notes=ELEMENTWISE)
def gradient_descent(v):
    theta, eta, g = _theta(v), _eta(v), _grad(v)
    return Update((theta, theta - eta * g))


@equation(14, "momentum", "Momentum Update", family=FAMILY,
          notes=ELEMENTWISE + " This is the dampened (exponential moving average) form; PyTorch's SGD momentum "
                "omits the factor (1 - beta); from v = 0 it takes the same steps with learning rate eta (1 - beta).")
def momentum(v):
    vel = v.input("v", "v", "the velocity, an exponential moving average of past gradients (0 at the first step)")
    beta = v.hyperparameter("beta", r"\beta", "the momentum coefficient (e.g. 0.9)", domain=HALF_OPEN_UNIT)
    theta, eta, g = _theta(v), _eta(v), _grad(v)
    return Update((vel, beta * vel + (1 - beta) * g), (theta, theta - eta * vel))


@equation(15, "nesterov", "Nesterov Accelerated Gradient (NAG)", family=FAMILY,
          notes=ELEMENTWISE + " The gradient is evaluated at the look-ahead point theta - eta beta v, where the "
                "momentum part of the step would take theta; the seed's theta - beta v drops the learning rate eta.")
def nesterov(v):
    vel = v.input("v", "v", "the velocity, an exponential moving average of past gradients (0 at the first step)")
    beta = v.hyperparameter("beta", r"\beta", "the momentum coefficient (e.g. 0.9)", domain=HALF_OPEN_UNIT)
    theta, eta = _theta(v), _eta(v)
    grad_L = v.function("grad_L", r"\nabla_\theta L",
                        r"the gradient of the loss $L$ with respect to $\theta$, evaluated at the point in parentheses")
    lookahead = theta - eta * beta * vel
    return Update((vel, beta * vel + (1 - beta) * grad_L(lookahead)), (theta, theta - eta * vel))


@equation(16, "rmsprop", "RMSProp Update", family=FAMILY,
          notes=ELEMENTWISE + " As in the seed, epsilon is inside the square root; PyTorch and Keras divide by "
                "sqrt(E[g^2]) + epsilon instead.")
def rmsprop(v):
    E_g2 = v.input("E_g2", "E[g^2]", "the running average of squared gradients (0 at the first step)",
                   domain=NONNEGATIVE)
    rho = v.hyperparameter("rho", r"\rho", "the decay rate (e.g. 0.9)", domain=HALF_OPEN_UNIT)
    theta, eta, g, eps = _theta(v), _eta(v), _grad(v), _eps(v)
    # Kernels: where E[g^2] overflows (gradients near 1e154 and up), the root from the old E[g^2]
    # without squaring g; the step eta g / root with neither eta g nor g / root under- or
    # overflowing on the way (quotient3, as Adam's: g / root first underflowed to 0 at float32
    # g = 6.2e-39, E[g^2] = 5.2e35, eta = 1e36, where the step is -9.0e-21); the derivatives
    # divide step by step (ratio), with no cancellation
    root = finite_or(sp.sqrt(E_g2 + eps), hypot(sp.sqrt(rho * before(E_g2) + eps), sp.sqrt(1 - rho) * sp.Abs(g)))
    S = hypot(sp.sqrt(rho * E_g2 + eps), sp.sqrt(1 - rho) * sp.Abs(g))  # sqrt(E[g^2]' + eps), from the old E[g^2]
    grads = {"E_g2": lambda _: eta * rho / 2 * ratio(ratio(ratio(g, S), S), S),
             "g": lambda _: -eta * ratio(ratio(ratio(rho * E_g2 + eps, S), S), S)}
    return Update(Line(E_g2, rho * E_g2 + (1 - rho) * g**2, rho * E_g2 + times((1 - rho) * g, g)),
                  Line(theta, rmsprop_step(theta, eta, E_g2, eps, g), theta - quotient3(eta, g, root)),
                  stable_grads=grads)


@equation(17, "adam", "Adam Optimizer", family=FAMILY,
          notes=ELEMENTWISE + " m and v start at 0 and t counts steps from 1, so the bias corrections "
                "divide by 1 - beta^t > 0.")
def adam(v):
    m = v.input("m", "m", "the first moment estimate, a moving average of gradients (0 at the first step)")
    vel = v.input("v", "v", "the second moment estimate, a moving average of squared gradients (0 at the first step)",
                  domain=NONNEGATIVE)
    beta1 = v.hyperparameter("beta1", r"\beta_1", "the decay rate of the first moment (e.g. 0.9)",
                             domain=HALF_OPEN_UNIT)
    beta2 = v.hyperparameter("beta2", r"\beta_2", "the decay rate of the second moment (e.g. 0.999)",
                             domain=HALF_OPEN_UNIT)
    eta = _eta(v)
    t = v.hyperparameter("t", "t", "the current time step, counted from 1", domain=POSITIVE_INTEGER)
    eps = _eps(v)
    theta, g = _theta(v), _grad(v)
    m_hat = v.output("m_hat", r"\hat{m}", "the bias-corrected first moment estimate")
    v_hat = v.output("v_hat", r"\hat{v}", "the bias-corrected second moment estimate", domain=NONNEGATIVE)
    # kernels: 1 - beta^t as -expm1(t log beta), which keeps its relative accuracy where beta^t is
    # near 1 (beta1 = 0.99996 loses 660 ulps in float32 to the subtraction)
    c1, c2 = -expm1(t * sp.log(beta1)), -expm1(t * sp.log(beta2))
    # Kernels: sqrt(v-hat) where v-hat is finite; where it overflows (gradients near 1e154 and
    # up), the same root from the old v without squaring g. The step divides m-hat first (the
    # normalized step is about 1; eta m-hat alone under- or overflows), and the derivatives divide
    # step by step (ratio) so that no partial product overflows or underflows where they do not.
    root = finite_or(sp.sqrt(v_hat), hypot(sp.sqrt(beta2 * before(vel)), sp.sqrt(1 - beta2) * sp.Abs(g)) / sp.sqrt(c2))
    u = hypot(sp.sqrt(ratio(beta2 * vel, c2)), sp.sqrt(ratio(1 - beta2, c2)) * sp.Abs(g))  # sqrt(v-hat), old v
    moment = beta1 * m + (1 - beta1) * g                                        # c1 m-hat
    # d theta'/d g = -eta / (c1 (u + eps)) [(1 - beta1) - moment (1 - beta2) g / (c2 u (u + eps))]:
    # with u^2 = B + (1 - beta2) g^2 / c2, B = beta2 v / c2, the bracket is
    # (1 - beta1) (B / u + eps) / (u + eps) - beta1 m (1 - beta2) / c2 g / (u (u + eps)),
    # which no longer subtracts two nearly equal terms where v is small (the first step)
    d_bracket = ((1 - beta1) * ratio(ratio(beta2 * vel / c2, u) + eps, u + eps)
                 - beta1 * m * ((1 - beta2) / c2) * ratio(ratio(g, u), u + eps))
    grads = {"m": lambda _: -eta * ratio(beta1, c1 * (u + eps)),
             # eta moment / (u + eps) first, from mantissas and exponents: moment / (u + eps) alone
             # underflows where eta = 1e306 makes the product normal
             "v": lambda _: ratio(ratio(beta2 / (2 * c1 * c2) * quotient3(eta, moment, u + eps), u + eps), u),
             "g": lambda _: -eta * ratio(d_bracket, c1 * (u + eps))}
    return Update((m, beta1 * m + (1 - beta1) * g),
                  Line(vel, beta2 * vel + (1 - beta2) * g**2, beta2 * vel + times((1 - beta2) * g, g)),
                  Line(m_hat, m / (1 - beta1**t), m / c1),
                  Line(v_hat, vel / (1 - beta2**t), vel / c2),
                  Line(theta, theta - eta * m_hat / (sp.sqrt(v_hat) + eps), theta - quotient3(eta, m_hat, root + eps)),
                  stable_grads=grads)


@equation(75, "rmsprop_update", "RMSProp (Repeated for Emphasis)", family=FAMILY,
          notes=ELEMENTWISE + " The parameter line of entry 16, with the running average as an input.")
def rmsprop_update(v):
    theta, eta = _theta(v), _eta(v)
    E_g2 = v.input("E_g2", "E[g^2]", "the running average of squared gradients", domain=NONNEGATIVE)
    eps = _eps(v, "a small constant that prevents division by zero")
    g = _grad(v)
    # kernels: eta g / S with neither eta g nor g / S under- or overflowing (quotient3, as entry
    # 16's step); the derivative divided step by step
    S = sp.sqrt(E_g2 + eps)
    return Update(Line(theta, rmsprop_step(theta, eta, E_g2, eps, g), theta - quotient3(eta, g, S)),
                  stable_grads={"E_g2": lambda _: ratio(ratio(eta / 2 * ratio(g, S), S), S)})


@equation(85, "step_decay", "Step Decay (Learning Rate Scheduling)", family=FAMILY,
          notes="The rate is computed from the initial rate eta_0; the seed's eta_old (the current rate) "
                "would compound the decay at every epoch instead of once every k epochs.")
def step_decay(v):
    eta_epoch = v.output("eta_epoch", r"\eta_{\text{epoch}}", r"the learning rate used in epoch $\text{epoch}$",
                         domain=POSITIVE)
    eta0 = v.hyperparameter("eta0", r"\eta_0", "the initial learning rate", domain=POSITIVE)
    gamma = v.hyperparameter("gamma", r"\gamma", "the decay factor", domain=interval(0, 1, lo_open=True, hi_open=True))
    epoch = v.input("epoch", r"\text{epoch}", "the index of the current epoch, counted from 0",
                    domain=NONNEGATIVE_INTEGER)
    k = v.hyperparameter("k", "k", "the step size in epochs: the rate drops by $\\gamma$ every $k$ epochs",
                         domain=POSITIVE_INTEGER)
    return Definition(eta_epoch, eta0 * gamma**sp.floor(epoch / k))


EQUATIONS = (gradient_descent, momentum, nesterov, rmsprop, adam, rmsprop_update, step_decay)
