"""References for the normalization family (independent NumPy formulas)."""
import numpy as np

from tests.references import Reference

BATCH = {"m": 8}


def _batch_norm(v):
    x = v["x"]
    mu = x.mean()
    var = x.var()  # ddof=0: the biased batch variance
    x_hat = (x - mu) / np.sqrt(var + v["epsilon"])
    return {"mu": mu, "sigma2": var, "x_hat": x_hat, "y": v["gamma"] * x_hat + v["beta"]}


REFERENCES = {
    "batch_norm_mean": Reference(lambda v: {"mu": np.mean(v["x"])}, sizes=BATCH),
    "batch_norm_variance": Reference(lambda v: {"sigma2": np.mean((v["x"] - v["mu"]) ** 2)},
                                     sizes=BATCH),
    "batch_norm_forward": Reference(_batch_norm, sizes=BATCH),
}
