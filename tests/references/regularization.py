"""References for the regularization family (independent NumPy formulas)."""
import numpy as np

from tests.references import Reference


def _inverted_dropout(v):
    # training-time output of inverted dropout: kept units scaled by 1/keep_prob
    return {"h_tilde": np.where(v["m"] == 1.0, v["h"] / v["p"], 0.0)}


REFERENCES = {
    "l1_regularization": Reference(lambda v: {"R_L1": v["lam"] * np.linalg.norm(v["w"], 1)},
                                   sizes={"n": 6}),
    "l2_regularization": Reference(lambda v: {"R_L2": 0.5 * v["lam"] * np.dot(v["w"], v["w"])},
                                   sizes={"n": 6}),
    "dropout": Reference(_inverted_dropout, sizes={"d": 7}),
}
