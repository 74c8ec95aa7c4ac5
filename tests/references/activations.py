"""References for the activation family (independent NumPy formulas)."""
import numpy as np

from tests.references import Reference


def _softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


REFERENCES = {
    "softmax": Reference(lambda v: {"y_hat": _softmax(v["z"])}, sizes={"C": 5}),
    "sigmoid": Reference(lambda v: {"sigma": 1.0 / (1.0 + np.exp(-v["z"]))}),
    "tanh": Reference(lambda v: {"tanh_z": np.tanh(v["z"])}),
    "relu": Reference(lambda v: {"relu_z": np.maximum(0.0, v["z"])}),
}
