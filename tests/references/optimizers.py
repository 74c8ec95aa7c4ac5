"""References for the optimizer family (independent NumPy formulas, one scalar parameter each)."""
import numpy as np
import sympy as sp

from tests.references import Reference

_s = sp.Symbol("s", real=True)
_CURVATURE, _MINIMUM = 2.5, -0.7  # grad of L(s) = curvature/2 (s - minimum)^2


def _quadratic_gradient(rng, values):
    return {"grad_L": sp.Lambda(_s, _CURVATURE * (_s - _MINIMUM))}


def _momentum(v):
    vel = v["beta"] * v["v"] + (1 - v["beta"]) * v["g"]
    return {"v": vel, "theta": v["theta"] - v["eta"] * vel}


def _nesterov(v):
    lookahead = v["theta"] - v["eta"] * v["beta"] * v["v"]
    vel = v["beta"] * v["v"] + (1 - v["beta"]) * _CURVATURE * (lookahead - _MINIMUM)
    return {"v": vel, "theta": v["theta"] - v["eta"] * vel}


def _rmsprop(v):
    avg = v["rho"] * v["E_g2"] + (1 - v["rho"]) * v["g"] ** 2
    return {"E_g2": avg, "theta": v["theta"] - v["eta"] * v["g"] / np.sqrt(avg + v["eps"])}


def _adam(v):
    t = int(v["t"])
    m = v["beta1"] * v["m"] + (1 - v["beta1"]) * v["g"]
    s = v["beta2"] * v["v"] + (1 - v["beta2"]) * v["g"] ** 2
    m_hat, v_hat = m / (1 - v["beta1"] ** t), s / (1 - v["beta2"] ** t)
    return {"m": m, "v": s, "m_hat": m_hat, "v_hat": v_hat,
            "theta": v["theta"] - v["eta"] * m_hat / (np.sqrt(v_hat) + v["eps"])}


def _step_decay(v):
    return {"eta_epoch": v["eta0"] * v["gamma"] ** (int(v["epoch"]) // int(v["k"]))}


REFERENCES = {
    "gradient_descent": Reference(lambda v: {"theta": v["theta"] - v["eta"] * v["g"]}),
    "momentum": Reference(_momentum),
    "nesterov": Reference(_nesterov, inputs=_quadratic_gradient),
    "rmsprop": Reference(_rmsprop),
    "adam": Reference(_adam),
    "rmsprop_update": Reference(
        lambda v: {"theta": v["theta"] - v["eta"] * v["g"] / np.sqrt(v["E_g2"] + v["eps"])}),
    "step_decay": Reference(_step_decay),
}
