"""References for the attention family (independent NumPy formulas, Transformer-paper style)."""
import numpy as np

from tests.references import Reference


def _softmax_rows(scores):
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _attention(Q, K, V):
    """softmax(QK^T / sqrt(d_k)) V with matrix products."""
    return _softmax_rows(Q @ K.T / np.sqrt(Q.shape[1])) @ V


def _multi_head(v):
    concat = np.concatenate(list(v["head"]), axis=1)  # [head_1, ..., head_h]: T x h d_v
    return {"MHA": concat @ v["W_O"]}


def _ffn(v):
    hidden = np.maximum(0.0, v["x"] @ v["W1"] + v["b1"])
    return {"FFN": hidden @ v["W2"] + v["b2"]}


def _positional_encoding(v):
    L, d_model = int(v["L"]), int(v["d_model"])
    pe = np.zeros((L, d_model))
    position = np.arange(L)[:, None]
    div = np.power(10000.0, np.arange(0, d_model, 2) / d_model)
    pe[:, 0::2] = np.sin(position / div)
    pe[:, 1::2] = np.cos(position / div)
    return {"PE": pe}


def _head(v):
    return {"head": _attention(v["Q"] @ v["W_Q"], v["K"] @ v["W_K"], v["V"] @ v["W_V"])}


REFERENCES = {
    "attention_score": Reference(lambda v: {"e": v["h"] @ v["key"].T},
                                 sizes={"T": 2, "S": 3, "d_k": 2}),
    "attention_weights": Reference(lambda v: {"alpha": _softmax_rows(v["e"])}, sizes={"T": 2, "S": 3}),
    "context_vector": Reference(lambda v: {"c": v["alpha"] @ v["val"]}, sizes={"T": 2, "S": 3, "d_v": 2}),
    "scaled_dot_product_attention": Reference(
        lambda v: {"attention": _attention(v["Q"], v["K"], v["V"])},
        sizes={"T": 2, "S": 3, "d_k": 2, "d_v": 2}),
    "multi_head_attention": Reference(_multi_head, sizes={"T": 2, "h": 2, "d_v": 2, "d_model": 3}),
    "transformer_ffn": Reference(_ffn, sizes={"d_model": 2, "d_ff": 3}),
    "positional_encoding": Reference(_positional_encoding, sizes={"L": 3, "d_model": 4}),
    "attention_head": Reference(_head, sizes={"T": 2, "S": 3, "d_model": 3, "d_k": 2, "d_v": 2}),
}
