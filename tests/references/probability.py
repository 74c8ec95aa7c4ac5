"""References for the probability family (independent NumPy formulas)."""
import numpy as np

from tests.references import Reference


def _kl(p, q):
    return float(np.sum(p * np.log(p / q)))


def _js(v):
    p, q = v["P"], v["Q"]
    m = 0.5 * (p + q)
    return {"M": m, "D_JS": 0.5 * _kl(p, m) + 0.5 * _kl(q, m)}


def _bayes_inputs(rng, values):
    # a consistent triple: P(B) by the law of total probability from P(B|A), P(B|not A), P(A)
    p_a = rng.uniform(0.05, 0.95)
    p_b_given_a = rng.uniform(0.05, 1.0)
    p_b_given_not_a = rng.uniform(0.05, 1.0)
    return {"prior": p_a, "likelihood": p_b_given_a,
            "evidence": p_b_given_a * p_a + p_b_given_not_a * (1.0 - p_a)}


def _covariance(v):
    x, y = v["x"], v["y"]
    return {"x_bar": np.mean(x), "y_bar": np.mean(y), "cov": np.cov(x, y, bias=True)[0, 1]}


def _pearson(v):
    x, y = v["x"], v["y"]
    return {"x_bar": np.mean(x), "y_bar": np.mean(y), "rho": np.corrcoef(x, y)[0, 1]}


def _gaussian(v):
    x, mu, s = v["x"], v["mu"], v["sigma"]
    return {"pdf": np.exp(-0.5 * ((x - mu) / s) ** 2) / (s * np.sqrt(2.0 * np.pi))}


def _exponential_family(v):
    return {"p": v["h_x"] * np.exp(np.dot(v["eta"], v["suff_stat"]) - v["A"])}


REFERENCES = {
    "kl_divergence": Reference(lambda v: {"D_KL": _kl(v["P"], v["Q"])}, sizes={"n": 4}),
    "js_divergence": Reference(_js, sizes={"n": 4}),
    "bayes_rule": Reference(lambda v: {"posterior": v["likelihood"] * v["prior"] / v["evidence"]},
                            inputs=_bayes_inputs),
    "covariance": Reference(_covariance, sizes={"N": 6}),
    "pearson_correlation": Reference(_pearson, sizes={"N": 6}),
    "gaussian_pdf": Reference(_gaussian),
    "exponential_family": Reference(_exponential_family, sizes={"K": 3}),
}
