"""Attention and the Transformer block: seed entries 40-46 (dot-product score, softmax weights,
context vector, scaled dot-product attention, multi-head attention, position-wise feed-forward,
sinusoidal positional encoding) and 76 (one attention head, a repeat of 44's head_i).

Index notation throughout: queries t = 1..T, keys and values s = 1..S, query/key features
d = 1..d_k, value features j = 1..d_v. Matrices hold one vector per row (row-vector convention
of the Transformer paper: QK^T, xW_1).
"""
from __future__ import annotations

import sympy as sp

from symbolic.activations import softmax_over, softmax_parts
from symbolic.declare import Definition, Definitions, equation
from symbolic.domains import EVEN_POSITIVE_INTEGER, OPEN_UNIT, SIMPLEX, interval

FAMILY = "attention"
PE_BASE = sp.Integer(10000)


def scaled_dot_product(query, key, value, t, j, s, k, d, S, d_k):
    """sum_s softmax_s(sum_d query(t, d) key(s, d) / sqrt(d_k)) value(s, j): entries 43 and 76.

    ``query``, ``key`` and ``value`` map (row, feature) to an entry of Q, K, V (plain entries for
    43, projected ones such as (QW^Q)_{t,d} for a head in 44/76). The softmax normaliser does
    not depend on s, so it stands outside the sum over s (prints as one fraction).
    """
    def score(u):
        return sp.Sum(query(t, d) * key(u, d), (d, 1, d_k)) / sp.sqrt(d_k)
    numerator, normaliser = softmax_parts(score, s, k, S)
    return sp.Sum(numerator * value(s, j), (s, 1, S)) / normaliser


def _score_grad(query, key, value, j, k, d, S, d_k, d_v):
    """For the kernels' attention VJPs: score_grad(a, u, pivot, G) is dL/dS_au, the gradient at
    the score of query a and key u, with S = query key^T / sqrt(d_k) and the output P value.

    dS_au = P_au (g_au - sum_w P_aw g_aw) with g = G value^T: at a dominant weight (P_au > 1/2)
    the difference cancels, so there sum_w P_aw (g_au - g_aw), whose w = u term is exactly 0.
    ``pivot`` is the bound key index w: one not used inside the scores, g or the softmax."""
    def weight(a, u):  # P_au, the softmax over keys of query a's scores
        return softmax_over(lambda w: sp.Sum(query(a, d) * key(w, d), (d, 1, d_k)) / sp.sqrt(d_k), u, k, S)

    def score_grad(a, u, pivot, G):
        g = lambda w: sp.Sum(G[a, j] * value(w, j), (j, 1, d_v))  # noqa: E731
        dominant = weight(a, u) * sp.Sum(weight(a, pivot) * (g(u) - g(pivot)), (pivot, 1, S))
        spread = weight(a, u) * (g(u) - sp.Sum(weight(a, pivot) * g(pivot), (pivot, 1, S)))
        return sp.Piecewise((dominant, weight(a, u) > sp.Rational(1, 2)), (spread, True))
    return score_grad


def _queries_keys(v):
    T = v.size("T", "T", "the number of queries (target positions)")
    S = v.size("S", "S", "the number of keys, equal to the number of values (source positions)")
    t = v.index("t", "t", "the query index")
    s = v.index("s", "s", "the key index")
    return T, S, t, s


@equation(40, "attention_score", "Attention Score (Dot Product)", family=FAMILY,
          notes="The seed's key vector s_s is written k_s, so that it is not confused with the key "
                "index s; the dot product h_t^T k_s is written as the sum over its d_k components.")
def attention_score(v):
    T, S, t, s = _queries_keys(v)
    d_k = v.size("d_k", "d_{k}", "the dimensionality of the query and key vectors")
    d = v.index("d", "d", "the feature index of the query and key vectors")
    h = v.input("h", "h_{#1,#2}", r"the $d$-th component of the query vector $h_t$ of query $t$ "
                r"($T \times d_k$ in all)", shape=(T, d_k))
    key = v.input("key", "k_{#1,#2}", r"the $d$-th component of the key vector $k_s$ of key $s$ "
                  r"($S \times d_k$ in all)", shape=(S, d_k))
    e = v.output("e", "e_{#1,#2}", r"the scalar score measuring how well query $t$ aligns with key $s$",
                 shape=(T, S))
    return Definition(e[t, s], sp.Sum(h[t, d] * key[s, d], (d, 1, d_k)))


@equation(41, "attention_weights", "Attention Weights (Softmax)", family=FAMILY,
          notes="Kernels subtract the maximum score of the row first: the same weights, no overflow.")
def attention_weights(v):
    T, S, t, s = _queries_keys(v)
    k = v.index("k", "k", "the summation index over keys")
    e = v.input("e", "e_{#1,#2}", r"the attention score for query $t$ and key $s$", shape=(T, S))
    alpha = v.output("alpha", r"\alpha_{#1,#2}", r"the weight of key $s$ for query $t$, in $(0, 1)$ "
                     r"and summing to $1$ over $s$", domain=OPEN_UNIT, shape=(T, S))

    def vjp_e(component, G):
        # alpha_b (G_b - sum_k alpha_k G_k) cancels at a dominant weight (alpha_b near 1, the sum
        # near G_b): there sum_k alpha_k (G_b - G_k), whose k = b term is exactly 0 (as in 96)
        a, b = component.indices
        dominant = alpha[a, b] * sp.Sum(alpha[a, k] * (G[a, b] - G[a, k]), (k, 1, S))
        spread = alpha[a, b] * (G[a, b] - sp.Sum(alpha[a, k] * G[a, k], (k, 1, S)))
        return sp.Piecewise((dominant, alpha[a, b] > sp.Rational(1, 2)), (spread, True))

    return Definition(alpha[t, s], softmax_over(lambda u: e[t, u], s, k, S), stable_vjps={"e": vjp_e})


@equation(42, "context_vector", "Context Vector", family=FAMILY)
def context_vector(v):
    T, S, t, s = _queries_keys(v)
    d_v = v.size("d_v", "d_{v}", "the dimensionality of the value vectors")
    j = v.index("j", "j", "the feature index of the value and context vectors")
    alpha = v.input("alpha", r"\alpha_{#1,#2}", r"the attention weight of key $s$ for query $t$ "
                    r"(nonnegative, summing to $1$ over $s$)", domain=SIMPLEX, shape=(T, S))
    val = v.input("val", "v_{#1,#2}", r"the $j$-th component of the value vector $v_s$ associated "
                  r"with key $s$", shape=(S, d_v))
    c = v.output("c", "c_{#1,#2}", r"the $j$-th component of the context vector $c_t$, the weighted "
                 r"sum of the values for query $t$", shape=(T, d_v))
    return Definition(c[t, j], sp.Sum(alpha[t, s] * val[s, j], (s, 1, S)))


@equation(43, "scaled_dot_product_attention", "Scaled Dot-Product Attention", family=FAMILY,
          notes="The softmax is taken over the keys s separately for each query t (row-wise) and is "
                "written out; kernels subtract each row's maximum score first.")
def scaled_dot_product_attention(v):
    T, S, t, s = _queries_keys(v)
    d_k = v.size("d_k", "d_{k}", "the dimensionality of the query and key vectors")
    d_v = v.size("d_v", "d_{v}", "the dimensionality of the value vectors")
    j = v.index("j", "j", "the feature index of the value vectors and of the output")
    k = v.index("k", "k", "the summation index over keys in the softmax normaliser")
    d = v.index("d", "d", "the feature index of the query and key vectors")
    Q = v.input("Q", "Q_{#1,#2}", r"the matrix of query vectors, one per row ($T \times d_k$)", shape=(T, d_k))
    K = v.input("K", "K_{#1,#2}", r"the matrix of key vectors, one per row ($S \times d_k$)", shape=(S, d_k))
    V = v.input("V", "V_{#1,#2}", r"the matrix of value vectors, one per row ($S \times d_v$)", shape=(S, d_v))
    out = v.output("attention", r"\operatorname{Attention}(Q,K,V)_{#1,#2}",
                   r"the output for query $t$, feature $j$ ($T \times d_v$ in all)", shape=(T, d_v))
    query, key, value = (lambda a, b: Q[a, b]), (lambda a, b: K[a, b]), (lambda a, b: V[a, b])
    body = scaled_dot_product(query, key, value, t, j, s, k, d, S, d_k)
    score_grad = _score_grad(query, key, value, j, k, d, S, d_k, d_v)

    def vjp_Q(component, G):
        a, b = component.indices
        return sp.Sum(score_grad(a, s, t, G) * K[s, b], (s, 1, S)) / sp.sqrt(d_k)

    def vjp_K(component, G):
        a, b = component.indices
        return sp.Sum(score_grad(t, a, s, G) * Q[t, b], (t, 1, T)) / sp.sqrt(d_k)

    return Definition(out[t, j], body, stable_vjps={"Q": vjp_Q, "K": vjp_K})


@equation(44, "multi_head_attention", "Multi-Head Attention", family=FAMILY,
          notes="The concatenation [head_1, ..., head_h] W^O is written as the equal block sum over "
                "heads i and their d_v features c; head_i is the attention head of entry 76.")
def multi_head_attention(v):
    T = v.size("T", "T", "the number of queries (target positions)")
    h = v.size("h", "h", "the number of heads")
    d_v = v.size("d_v", "d_{v}", "the dimensionality of the value vectors of each head")
    d_model = v.size("d_model", r"d_{\text{model}}", "the model dimensionality (columns of the output)")
    t = v.index("t", "t", "the query index")
    j = v.index("j", "j", "the output feature index")
    i = v.index("i", "i", "the head index")
    c = v.index("c", "c", "the feature index within a head")
    head = v.input("head", r"(\text{head}_{#1})_{#2,#3}", r"entry $(t, c)$ of the output of head $i$, "
                   r"$\text{head}_i = \operatorname{Attention}(QW_i^Q, KW_i^K, VW_i^V)$ "
                   r"($T \times d_v$ per head)", shape=(h, T, d_v))
    W_O = v.parameter("W_O", "W^O_{#1,#2}", r"the output projection matrix ($h d_v \times d_{\text{model}}$); "
                      r"rows $(i-1)d_v + 1$ to $i d_v$ act on head $i$", shape=(h * d_v, d_model))
    out = v.output("MHA", r"\operatorname{MHA}(Q,K,V)_{#1,#2}", r"the multi-head attention output for "
                   r"query $t$, feature $j$ ($T \times d_{\text{model}}$ in all)", shape=(T, d_model))
    body = sp.Sum(head[i, t, c] * W_O[(i - 1) * d_v + c, j], (c, 1, d_v), (i, 1, h))
    return Definition(out[t, j], body)


@equation(45, "transformer_ffn", "Feed-Forward (Transformer)", family=FAMILY,
          notes="Applied to each position separately; x is one row (row-vector convention, xW_1). "
                "The activation is ReLU as written; some models use GELU instead.")
def transformer_ffn(v):
    d_model = v.size("d_model", r"d_{\text{model}}", "the model dimensionality (input and output features)")
    d_ff = v.size("d_ff", r"d_{\text{ff}}", "the number of hidden units of the feed-forward layer")
    j = v.index("j", "j", "the output feature index")
    k = v.index("k", "k", "the hidden unit index")
    m = v.index("m", "m", "the input feature index")
    x = v.input("x", "x_{#1}", r"the input at one position (a row vector of $d_{\text{model}}$ features)",
                shape=(d_model,))
    W1 = v.parameter("W1", "(W_1)_{#1,#2}", r"the first weight matrix ($d_{\text{model}} \times d_{\text{ff}}$)",
                     shape=(d_model, d_ff))
    b1 = v.parameter("b1", "(b_1)_{#1}", r"the first bias ($d_{\text{ff}}$ entries)", shape=(d_ff,))
    W2 = v.parameter("W2", "(W_2)_{#1,#2}", r"the second weight matrix ($d_{\text{ff}} \times d_{\text{model}}$)",
                     shape=(d_ff, d_model))
    b2 = v.parameter("b2", "(b_2)_{#1}", r"the second bias ($d_{\text{model}}$ entries)", shape=(d_model,))
    out = v.output("FFN", r"\operatorname{FFN}(x)_{#1}", r"the $j$-th output feature", shape=(d_model,))
    hidden = sp.Max(0, sp.Sum(x[m] * W1[m, k], (m, 1, d_model)) + b1[k])
    return Definition(out[j], sp.Sum(hidden * W2[k, j], (k, 1, d_ff)) + b2[j])


@equation(46, "positional_encoding", "Positional Encoding (Sinusoidal)", family=FAMILY,
          notes="Positions and dimensions count from 0 as in the Transformer paper; d_model is even, so "
                "i runs over 0..d_model/2 - 1 and the two lines fill the even and odd columns.")
def positional_encoding(v):
    L = v.size("L", "L", "the number of positions (sequence length)")
    d_model = v.size("d_model", r"d_{\text{model}}", "the model dimensionality, an even number",
                     domain=EVEN_POSITIVE_INTEGER)
    pos = v.index("pos", "pos", r"the position index, from $0$ to $L - 1$", lo=0, hi=L - 1)
    i = v.index("i", "i", r"the dimension index, from $0$ to $d_{\text{model}}/2 - 1$; columns $2i$ and "
                r"$2i+1$ share the frequency $10000^{-2i/d_{\text{model}}}$", lo=0, hi=d_model / 2 - 1)
    PE = v.output("PE", r"\operatorname{PE}(#1, #2)", r"the encoding of position $pos$ in column $2i$ "
                  r"(sine) or $2i+1$ (cosine) ($L \times d_{\text{model}}$, indexed from $0$)",
                  domain=interval(-1, 1), shape=(L, d_model), origin=(0, 0))
    # pos / 10000^(2i/d_model), kept unevaluated so that it prints as a fraction (SymPy would
    # otherwise fold it into pos * 10000^(-2i/d_model))
    angle = sp.Mul(pos, sp.Pow(sp.Pow(PE_BASE, 2 * i / d_model), -1, evaluate=False), evaluate=False)
    return Definitions((PE[pos, 2 * i], sp.sin(angle)), (PE[pos, 2 * i + 1], sp.cos(angle)))


@equation(76, "attention_head", "Weighted Combination for Multi-Head", family=FAMILY,
          notes="One head of entry 44: scaled dot-product attention (entry 43) applied to the projected "
                "queries QW_i^Q, keys KW_i^K and values VW_i^V, with the projections written out.")
def attention_head(v):
    T, S, t, s = _queries_keys(v)
    d_model = v.size("d_model", r"d_{\text{model}}", "the model dimensionality (columns of $Q$, $K$, $V$)")
    d_k = v.size("d_k", "d_{k}", "the dimensionality of the projected queries and keys of a head")
    d_v = v.size("d_v", "d_{v}", "the dimensionality of the projected values of a head")
    j = v.index("j", "j", "the feature index of the head's output")
    k = v.index("k", "k", "the summation index over keys in the softmax normaliser")
    d = v.index("d", "d", "the feature index of the projected queries and keys")
    m = v.index("m", "m", "the model feature index (projection of queries and values)")
    n = v.index("n", "n", "the model feature index (projection of keys)")
    Q = v.input("Q", "Q_{#1,#2}", r"the query matrix, one query per row ($T \times d_{\text{model}}$)",
                shape=(T, d_model))
    K = v.input("K", "K_{#1,#2}", r"the key matrix, one key per row ($S \times d_{\text{model}}$)",
                shape=(S, d_model))
    V = v.input("V", "V_{#1,#2}", r"the value matrix, one value per row ($S \times d_{\text{model}}$)",
                shape=(S, d_model))
    W_Q = v.parameter("W_Q", "(W_i^Q)_{#1,#2}", r"the query projection of head $i$ "
                      r"($d_{\text{model}} \times d_k$)", shape=(d_model, d_k))
    W_K = v.parameter("W_K", "(W_i^K)_{#1,#2}", r"the key projection of head $i$ "
                      r"($d_{\text{model}} \times d_k$)", shape=(d_model, d_k))
    W_V = v.parameter("W_V", "(W_i^V)_{#1,#2}", r"the value projection of head $i$ "
                      r"($d_{\text{model}} \times d_v$)", shape=(d_model, d_v))
    head = v.output("head", r"(\text{head}_i)_{#1,#2}", r"the output of head $i$ for query $t$, "
                    r"feature $j$ ($T \times d_v$ in all)", shape=(T, d_v))
    query = lambda a, b: sp.Sum(Q[a, m] * W_Q[m, b], (m, 1, d_model))  # noqa: E731  (Q W^Q)_ab
    key = lambda a, b: sp.Sum(K[a, n] * W_K[n, b], (n, 1, d_model))  # noqa: E731
    value = lambda a, b: sp.Sum(V[a, m] * W_V[m, b], (m, 1, d_model))  # noqa: E731
    body = scaled_dot_product(query, key, value, t, j, s, k, d, S, d_k)

    # kernels: the score gradient of entry 43 with its pivot form at a dominant weight. Every
    # declared index is bound inside the scores, g or the softmax, so the VJPs in W^Q and W^K,
    # which sum over queries and keys both, pivot over one more key index, w (kernels only)
    score_grad = _score_grad(query, key, value, j, k, d, S, d_k, d_v)
    w = sp.Symbol("w", integer=True)

    def vjp_Q(component, G):
        a, b = component.indices
        return sp.Sum(score_grad(a, s, t, G) * sp.Sum(key(s, d) * W_Q[b, d], (d, 1, d_k)), (s, 1, S)) / sp.sqrt(d_k)

    def vjp_K(component, G):
        a, b = component.indices
        return sp.Sum(score_grad(t, a, s, G) * sp.Sum(query(t, d) * W_K[b, d], (d, 1, d_k)), (t, 1, T)) / sp.sqrt(d_k)

    def vjp_W_Q(component, G):
        a, b = component.indices
        return sp.Sum(score_grad(t, s, w, G) * Q[t, a] * key(s, b), (s, 1, S), (t, 1, T)) / sp.sqrt(d_k)

    def vjp_W_K(component, G):
        a, b = component.indices
        return sp.Sum(score_grad(t, s, w, G) * query(t, b) * K[s, a], (s, 1, S), (t, 1, T)) / sp.sqrt(d_k)

    return Definition(head[t, j], body,
                      stable_vjps={"Q": vjp_Q, "K": vjp_K, "W_Q": vjp_W_Q, "W_K": vjp_W_K})


EQUATIONS = (attention_score, attention_weights, context_vector, scaled_dot_product_attention,
             multi_head_attention, transformer_ffn, positional_encoding, attention_head)
