"""References for the loss family (independent NumPy formulas)."""
import numpy as np

from tests.references import Reference

N, C = 4, 3


def _softmax_rows(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _bce(y, p, w_pos=0.5):
    """Binary cross-entropy with class weights w_pos, 1 - w_pos (0.5 gives half the usual loss)."""
    return -np.mean(w_pos * y * np.log(p) + (1 - w_pos) * (1 - y) * np.log(1 - p))


def _one_hot_rows(rng, values):
    """Half of the points use one-hot targets (the seed's case), the others soft labels."""
    if rng.random() < 0.5:
        return {}
    return {"y": np.eye(C)[rng.integers(0, C, size=N)]}


def _one_hot(rng, values):
    if rng.random() < 0.5:
        return {}
    return {"y": np.eye(C)[rng.integers(0, C)]}


def _kd(v):
    tau = v["tau"]
    p_t, p_s = _softmax_rows(v["t"] / tau), _softmax_rows(v["s"] / tau)
    kl = np.sum(p_t * (np.log(p_t) - np.log(p_s)), axis=1)
    return {"p_T": p_t, "p_S": p_s, "L_KD": tau ** 2 * kl.mean()}


def _cycle(v):
    forward = np.abs(v["x_rec"] - v["x"]).sum(axis=1).mean()
    backward = np.abs(v["y_rec"] - v["y"]).sum(axis=1).mean()
    return {"L_cyc": forward + backward}


def _softmax_ce_grad(v):
    """dL/dz_j by the complex-step method (exact to rounding), not by the closed form y_hat - y."""
    z, y = v["z"], v["y"]

    def loss(w):  # -sum_k y_k log softmax(w)_k, valid for complex w
        shift = w - w.real.max()
        return -np.sum(y * (shift - np.log(np.sum(np.exp(shift)))))

    h = 1e-30
    grad = np.array([loss(z + 1j * h * np.eye(len(z))[j]).imag / h for j in range(len(z))])
    return {"y_hat": _softmax_rows(z), "softmax_cross_entropy_grad": grad}


REFERENCES = {
    "mse": Reference(lambda v: {"L_MSE": np.mean((v["y"] - v["y_hat"]) ** 2)}, sizes={"N": N}),
    "binary_cross_entropy": Reference(lambda v: {"L_CE": 2 * _bce(v["y"], v["y_hat"])}, sizes={"N": N}),
    "categorical_cross_entropy": Reference(
        lambda v: {"L_CE": -np.mean(np.sum(v["y"] * np.log(v["y_hat"]), axis=1))},
        sizes={"N": N, "C": C}, inputs=_one_hot_rows),
    "weighted_cross_entropy": Reference(lambda v: {"L_WCE": _bce(v["y"], v["y_hat"], v["alpha"])},
                                        sizes={"N": N}),
    "negative_log_likelihood": Reference(lambda v: {"L_NLL": -np.sum(np.log(v["p"]))}, sizes={"N": N}),
    "softmax_cross_entropy_grad": Reference(_softmax_ce_grad, sizes={"C": C}, inputs=_one_hot),
    "balanced_cross_entropy": Reference(lambda v: {"L_bal": _bce(v["y"], v["y_hat"], v["beta"])},
                                        sizes={"N": N}),
    "knowledge_distillation": Reference(_kd, sizes={"N": N, "C": C}),
    "cycle_consistency_loss": Reference(_cycle, sizes={"N": N, "M": 3, "d_X": C, "d_Y": 2}),
}
