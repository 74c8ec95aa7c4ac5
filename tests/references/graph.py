"""References for the graph family (independent NumPy formulas)."""
import numpy as np

from tests.references import Reference


def _sparse_weights(rng, values):
    """Attention/adjacency weights with some entries zeroed: those u are not neighbours of v."""
    alpha = np.asarray(values["alpha"], dtype=float)
    return {"alpha": alpha * (rng.uniform(size=alpha.shape) < 0.6)}


def _weighted_adjacency(v):
    messages = v["h"] @ v["W"].T  # row u: W^{(l)} h_u
    return {"h_next": np.maximum(0.0, v["alpha"] @ messages)}


def _adjacency(rng, values):
    """A random binary adjacency in which every node has at least one neighbour."""
    n = int(values["n"])
    A = (rng.uniform(size=(n, n)) < 0.4).astype(float)
    for row in range(n):
        if not A[row].any():
            A[row, rng.integers(n)] = 1.0
    return {"A": A}


def _aggregate(v):
    A, h = v["A"], v["h"]
    n = A.shape[0]
    neighbours = [np.flatnonzero(A[node]) for node in range(n)]
    return {
        "h_sum": np.array([h[nb].sum() for nb in neighbours]),
        "h_mean": np.array([h[nb].mean() for nb in neighbours]),
        "h_max": np.array([h[nb].max() for nb in neighbours]),
    }


REFERENCES = {
    "gnn_weighted_adjacency": Reference(_weighted_adjacency, sizes={"n": 4, "F": 3, "F_out": 2},
                                        inputs=_sparse_weights),
    "gnn_aggregate": Reference(_aggregate, sizes={"n": 4}, inputs=_adjacency),
}
