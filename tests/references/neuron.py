"""References for the neuron family (independent NumPy formulas)."""
import numpy as np
import sympy as sp

from tests.references import Reference

_s = sp.Symbol("s", real=True)


def _tanh_function(rng, values):
    return {"f": sp.Lambda(_s, sp.tanh(_s))}


def _sigmoid_function(rng, values):
    return {"f": sp.Lambda(_s, 1 / (1 + sp.exp(-_s)))}


def _mse_weight_gradient(v):
    X, y = v["x"], v["y"]
    y_hat = X @ v["w"] + v["b"]
    return {"y_hat": y_hat, "mse_weight_gradient": 2.0 / len(y) * X.T @ (y_hat - y)}


def _bce_weight_gradient(v):
    X, y = v["x"], v["y"]
    y_hat = 1.0 / (1.0 + np.exp(-(X @ v["w"] + v["b"])))
    return {"y_hat": y_hat, "bce_weight_gradient": X.T @ (y_hat - y) / len(y)}


def _logistic_decision(v):
    logit = np.dot(v["w"], v["x"]) + v["b"]
    y_hat = 1.0 / (1.0 + np.exp(-logit))
    return {"y_hat": y_hat, "decision": 1.0 if y_hat >= 0.5 else 0.0}


REFERENCES = {
    "weighted_sum": Reference(lambda v: {"z": np.dot(v["w"], v["x"]) + v["b"]}, sizes={"d": 4}),
    "neuron_output": Reference(lambda v: {"y_hat": np.tanh(np.dot(v["w"], v["x"]) + v["b"])},
                               sizes={"d": 4}, inputs=_tanh_function),
    "perceptron": Reference(lambda v: {"y_hat": float(np.dot(v["w"], v["x"]) + v["b"] >= 0)}, sizes={"d": 4}),
    "activation_forward": Reference(lambda v: {"a": 1.0 / (1.0 + np.exp(-v["z"]))}, inputs=_sigmoid_function),
    "mse_weight_gradient": Reference(_mse_weight_gradient, sizes={"N": 5, "d": 3}),
    "bce_weight_gradient": Reference(_bce_weight_gradient, sizes={"N": 5, "d": 3}),
    "logistic_decision": Reference(_logistic_decision, sizes={"d": 4}),
}
