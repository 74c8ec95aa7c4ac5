"""References for the kernel-method family (independent NumPy formulas)."""
import numpy as np

from tests.references import Reference


def _hinge(v):
    scores = v["x"] @ v["w"] + v["b"]
    return np.maximum(0.0, 1.0 - v["y"] * scores)


REFERENCES = {
    "polynomial_kernel": Reference(lambda v: {"K": (np.dot(v["x"], v["x_prime"]) + v["c"]) ** v["p"]},
                                   sizes={"d": 3}),
    "rbf_kernel": Reference(lambda v: {"K": np.exp(-np.linalg.norm(v["x"] - v["x_prime"]) ** 2
                                                   / (2.0 * v["sigma"] ** 2))}, sizes={"d": 3}),
    "hinge_loss": Reference(lambda v: {"L_hinge": _hinge(v)}, sizes={"N": 6, "d": 3}),
    "svm_margin": Reference(lambda v: {"margin": 2.0 / np.linalg.norm(v["w"])}, sizes={"d": 3}),
    "weighted_hinge_loss": Reference(lambda v: {"L_whinge": v["omega"] * _hinge(v)}, sizes={"N": 6, "d": 3}),
}
