"""Batch normalization for one feature channel over a mini-batch: seed entries 24, 25 and 26."""
from __future__ import annotations

import sympy as sp

from symbolic.declare import Definition, Definitions, Line, equation
from symbolic.domains import NONNEGATIVE, POSITIVE
from symbolic.functions import is_finite, ratio, times
from symbolic.reductions import MaxOver

FAMILY = "normalization"


def batch_mean(x, i, m):
    """mu_B = (1/m) sum_i x_i."""
    return sp.Sum(x[i], (i, 1, m)) / m


def batch_variance(x, mu, i, m):
    """sigma_B^2 = (1/m) sum_i (x_i - mu_B)^2: the biased variance used in the forward pass."""
    return sp.Sum((x[i] - mu) ** 2, (i, 1, m)) / m


def _batch(v):
    """The mini-batch of one channel: its size m, the sample index i and the activations x_i."""
    m = v.size("m", "m", "the number of samples in the mini-batch")
    i = v.index("i", "i", "the sample index within the mini-batch")
    x = v.input("x", "x_{#1}", "the $i$-th activation of the channel in the mini-batch", shape=(m,))
    return m, i, x


@equation(24, "batch_norm_mean", "Batch Normalization (Mean)", family=FAMILY)
def batch_norm_mean(v):
    mu = v.output("mu", r"\mu_B", "the batch mean of the channel")
    m, i, x = _batch(v)
    return Definition(mu, batch_mean(x, i, m))


@equation(25, "batch_norm_variance", "Batch Normalization (Variance)", family=FAMILY,
          notes="This is the biased (1/m) variance that batch normalization uses in the forward pass; "
                "running estimates for inference often use the unbiased m/(m-1) correction instead.")
def batch_norm_variance(v):
    sigma2 = v.output("sigma2", r"\sigma_B^2", "the batch variance of the channel", domain=NONNEGATIVE)
    m, i, x = _batch(v)
    mu = v.input("mu", r"\mu_B", "the batch mean of the channel, $\\frac{1}{m}\\sum_{i=1}^{m} x_i$")
    return Definition(sigma2, batch_variance(x, mu, i, m))


@equation(26, "batch_norm_forward", "Batch Normalization (Forward Pass)", family=FAMILY,
          notes="The batch statistics are computed as the first two lines (entries 24 and 25), so the "
                "forward pass is self-contained and its derivative with respect to x is the true batch-norm "
                "backward pass, which flows through mu_B and sigma_B^2. At inference, running estimates "
                "replace mu_B and sigma_B^2.")
def batch_norm_forward(v):
    mu = v.output("mu", r"\mu_B", "the batch mean of the channel")
    m, i, x = _batch(v)
    sigma2 = v.output("sigma2", r"\sigma_B^2", "the (biased) batch variance of the channel",
                      domain=NONNEGATIVE)
    x_hat = v.output("x_hat", r"\hat{x}_{#1}", "the normalized $i$-th activation", shape=(m,))
    eps = v.hyperparameter("epsilon", r"\epsilon", "a small positive constant for numerical stability "
                           "(e.g. $10^{-5}$)", domain=POSITIVE)
    y = v.output("y", "y_{#1}", "the $i$-th output of the layer", shape=(m,))
    gamma = v.parameter("gamma", r"\gamma", "the learnable scale of the channel")
    beta = v.parameter("beta", r"\beta", "the learnable shift of the channel")

    def vjp_x(component, G):
        # gamma (G_b - (x-hat_b sum_i x-hat_i G_i + sum_i G_i) / m) / sqrt(sigma2 + eps), with the
        # root scaled as in x-hat where sigma2 overflows (it was 1/sqrt(inf) = 0: every entry 0)
        (b,) = component.indices
        bracket = G[b] - (x_hat[b] * sp.Sum(x_hat[i] * G[i], (i, 1, m)) + sp.Sum(G[i], (i, 1, m))) / m
        return times(gamma, times(inverse_root(x, sigma2, eps, i, m), bracket))

    return Definitions((mu, batch_mean(x, i, m)),
                       (sigma2, batch_variance(x, mu, i, m)),
                       Line(x_hat[i], (x[i] - mu) / sp.sqrt(sigma2 + eps), scaled_x_hat(x, mu, sigma2, eps, i, m)),
                       (y[i], gamma * x_hat[i] + beta),
                       stable_vjps={"x": vjp_x})


def _scaled_batch(x, i, m):
    """s = max |x_i|, and the mean and biased variance of x_i / s."""
    s = MaxOver(sp.Abs(x[i]), (i, 1, m))
    mu_s = sp.Sum(ratio(x[i], s), (i, 1, m)) / m
    return s, mu_s, sp.Sum((ratio(x[i], s) - mu_s) ** 2, (i, 1, m)) / m


def inverse_root(x, sigma2, eps, i, m):
    """1 / sqrt(sigma2 + eps); where sigma2 overflows, (1 / sqrt(var_s + eps/s^2)) / s with the
    batch divided by s = max |x_i| first (as in scaled_x_hat)."""
    s, mu_s, var_s = _scaled_batch(x, i, m)
    return sp.Piecewise((1 / sp.sqrt(sigma2 + eps), is_finite(sigma2)),
                        (ratio(1 / sp.sqrt(var_s + ratio(ratio(eps, s), s)), s), True))


def scaled_x_hat(x, mu, sigma2, eps, i, m):
    """(x_i - mu) / sqrt(sigma2 + eps) for kernels: where sigma2 overflows (activations near 1e154
    and up, whose normalized values are finite), the batch divided by s = max |x_i| first. The
    per-batch factors are chosen once, so the common case costs one multiplication more."""
    fine = is_finite(sigma2)
    s, mu_s, var_s = _scaled_batch(x, i, m)
    inv_s = sp.Piecewise((1, fine), (1 / s, True))
    shift = sp.Piecewise((mu, fine), (mu_s, True))
    inv_root = sp.Piecewise((1 / sp.sqrt(sigma2 + eps), fine), (1 / sp.sqrt(var_s + ratio(ratio(eps, s), s)), True))
    return (x[i] * inv_s - shift) * inv_root


EQUATIONS = (batch_norm_mean, batch_norm_variance, batch_norm_forward)
