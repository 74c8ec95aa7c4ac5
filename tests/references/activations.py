"""References for the activation family (independent NumPy formulas)."""
import numpy as np

from tests.references import Reference

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_LAMBDA = 1.0507009873554804934193349852946


def _softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _softmax_jacobian(v):
    p = _softmax(v["z"])
    return {"y_hat": p, "softmax_jacobian": np.diag(p) - np.outer(p, p)}


REFERENCES = {
    "softmax": Reference(lambda v: {"y_hat": _softmax(v["z"])}, sizes={"C": 5}),
    "sigmoid": Reference(lambda v: {"sigma": _sigmoid(v["z"])}),
    "tanh": Reference(lambda v: {"tanh_z": np.tanh(v["z"])}),
    "relu": Reference(lambda v: {"relu_z": np.maximum(0.0, v["z"])}),
    "leaky_relu": Reference(lambda v: {"leaky_relu_z": np.where(v["z"] >= 0, v["z"], v["alpha"] * v["z"])}),
    "relu_derivative": Reference(lambda v: {"ReLU": max(v["z"], 0.0),
                                            "relu_derivative": float(v["z"] > 0)}),
    "sigmoid_derivative": Reference(lambda v: {"sigma": _sigmoid(v["z"]),
                                               "sigmoid_derivative": np.exp(-v["z"]) / (1 + np.exp(-v["z"])) ** 2}),
    "tanh_derivative": Reference(lambda v: {"tanh_derivative": 1.0 / np.cosh(v["z"]) ** 2}),
    "softmax_jacobian": Reference(_softmax_jacobian, sizes={"C": 4}),
    "softplus": Reference(lambda v: {"softplus_z": np.logaddexp(0.0, v["z"])}),
    "elu": Reference(lambda v: {"elu_z": v["z"] if v["z"] >= 0 else v["alpha"] * np.expm1(v["z"])}),
    "selu": Reference(lambda v: {"selu_z": v["lam"] * (v["z"] if v["z"] >= 0 else v["alpha"] * np.expm1(v["z"]))}),
    "binary_step": Reference(lambda v: {"step_z": float(v["z"] >= 0)}),
}
