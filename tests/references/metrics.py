"""References for the metric family (independent NumPy formulas)."""
import numpy as np

from tests.references import Reference

_trapezoid = getattr(np, "trapezoid", None) or np.trapz


def _r_squared(v):
    y, y_hat = v["y"], v["y_hat"]
    ss_res = np.sum((y - y_hat) ** 2)
    ss_tot = np.sum((y - y.mean()) ** 2)
    return {"y_bar": y.mean(), "R2": 1.0 - ss_res / ss_tot}


def _counts(rng, values):
    # at least one true positive, so that no denominator is zero
    return {"TP": float(rng.integers(1, 8))}


def _precision(v):
    return v["TP"] / (v["TP"] + v["FP"])


def _recall(v):
    return v["TP"] / (v["TP"] + v["FN"])


def _f1(v):
    return {"precision": _precision(v), "recall": _recall(v),
            "F1": 2 * v["TP"] / (2 * v["TP"] + v["FP"] + v["FN"])}


def _roc_inputs(rng, values):
    n = int(values["N"])
    y = rng.integers(0, 2, size=n).astype(float)
    y[:2] = (1.0, 0.0)  # at least one positive and one negative
    rng.shuffle(y)
    s = rng.integers(0, 3, size=n).astype(float) if rng.random() < 0.5 else rng.normal(size=n)
    return {"y": y, "s": s}  # small integer scores make ties likely


def _roc_auc(v):
    """Trapezoidal area under the ROC curve, one ROC point per distinct score threshold."""
    y, s = v["y"], v["s"]
    pos, neg = y == 1, y == 0
    thresholds = np.unique(s)[::-1]
    tpr = [0.0] + [np.sum(pos & (s >= t)) / pos.sum() for t in thresholds]
    fpr = [0.0] + [np.sum(neg & (s >= t)) / neg.sum() for t in thresholds]
    return {"N_pos": pos.sum(), "N_neg": neg.sum(), "AUC": _trapezoid(tpr, fpr)}


REFERENCES = {
    "r_squared": Reference(_r_squared, sizes={"N": 6}),
    "f1_score": Reference(_f1, inputs=_counts),
    "precision": Reference(lambda v: {"precision": _precision(v)}, inputs=_counts),
    "recall": Reference(lambda v: {"recall": _recall(v)}, inputs=_counts),
    "auc": Reference(_roc_auc, sizes={"N": 6}, inputs=_roc_inputs),
    "perplexity": Reference(lambda v: {"PPL": np.exp(-np.mean(np.log(v["p"])))}, sizes={"N": 6}),
}
