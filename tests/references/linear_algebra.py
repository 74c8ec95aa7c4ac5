"""References for the linear algebra family (independent NumPy formulas)."""
import numpy as np

from tests.references import Reference


def _full_column_rank(rng, v):
    # a well-conditioned N x d design matrix: random orthonormal columns times singular values in [1, 3]
    q, _ = np.linalg.qr(rng.normal(size=(v["N"], v["d"])))
    r, _ = np.linalg.qr(rng.normal(size=(v["d"], v["d"])))
    return {"X": q @ np.diag(rng.uniform(1.0, 3.0, size=v["d"])) @ r}


def _normal_equation(v):
    X, y = v["X"], v["y"]
    return {"theta": np.linalg.solve(X.T @ X, X.T @ y)}


def _invertible_2x2(rng, v):
    # reject nearly singular draws so the inverse is well conditioned
    while True:
        a, b, c, d = rng.normal(0.0, 1.5, size=4)
        if abs(a * d - b * c) > 0.5:
            return {"a": a, "b": b, "c": c, "d": d}


def _matrix_2x2(v):
    return np.array([[v["a"], v["b"]], [v["c"], v["d"]]])


def _eigh_of_covariance(rng, v):
    # eigendecomposition of the sample covariance of random data, as PCA computes it
    data = rng.normal(size=(4 * v["d"], v["d"])) @ rng.normal(size=(v["d"], v["d"]))
    lam, U = np.linalg.eigh(np.cov(data, rowvar=False))
    return {"U": U, "lam": lam}


def _thin_svd(rng, v):
    U, sigma, Vt = np.linalg.svd(rng.normal(size=(v["m"], v["n"])), full_matrices=False)
    return {"U": U, "sigma": sigma, "V": Vt.T}


REFERENCES = {
    "normal_equation": Reference(_normal_equation, sizes={"N": 5, "d": 2}, inputs=_full_column_rank),
    "euclidean_distance": Reference(lambda v: {"d_euclidean": np.linalg.norm(v["x"] - v["y"])},
                                    sizes={"d": 4}),
    "manhattan_distance": Reference(lambda v: {"d_manhattan": np.linalg.norm(v["x"] - v["y"], 1)},
                                    sizes={"d": 4}),
    "cosine_similarity": Reference(
        lambda v: {"cos_sim": np.dot(v["x"], v["y"]) / (np.linalg.norm(v["x"]) * np.linalg.norm(v["y"]))},
        sizes={"d": 4}),
    "dot_product": Reference(lambda v: {"x_dot_y": np.dot(v["x"], v["y"])}, sizes={"d": 4}),
    "matmul": Reference(lambda v: {"AB": v["A"] @ v["B"]}, sizes={"m": 3, "n": 2, "p": 2}),
    "det2x2": Reference(lambda v: {"det2x2": np.linalg.det(_matrix_2x2(v))}),
    "inverse2x2": Reference(lambda v: {"inverse2x2": np.linalg.inv(_matrix_2x2(v))}, inputs=_invertible_2x2),
    "frobenius_norm": Reference(lambda v: {"norm_F": np.linalg.norm(v["A"], "fro")}, sizes={"m": 3, "n": 2}),
    # the reconstruction U diag(lambda) U^T, in matrix form, of eigh's factors
    "pca_eigendecomposition": Reference(lambda v: {"C": (v["U"] * v["lam"]) @ v["U"].T},
                                        sizes={"d": 3}, inputs=_eigh_of_covariance),
    "svd": Reference(lambda v: {"A": (v["U"] * v["sigma"]) @ v["V"].T},
                     sizes={"m": 3, "n": 2, "r": 2}, inputs=_thin_svd),
}
