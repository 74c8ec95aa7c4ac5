# Generated from symbolic/attention.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Attention: Numba kernels (forward, derivatives, fused) of entries 40, 41, 42, 43, 44, 45, 46, 76.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _attention_score_core(h, key, out, _bad):
    h = rt.wide(h)
    key = rt.wide(key)
    T = h.shape[0]
    d_k = h.shape[1]
    S = key.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = rt.dot(np.ascontiguousarray(h), np.ascontiguousarray(key).T)
    for t in range(1, T + 1):
        for s in range(1, S + 1):
            out_c[t - 1, s - 1] = _t0[t - 1, s - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_attention_score = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k)->(T,S),()", cache=True)(_attention_score_core))
_attention_score_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k)->(T,S),()", target="parallel", cache=True)(_attention_score_core))


def attention_score(h, key, out=None):
    r"""40. Attention Score (Dot Product): forward kernel (layout (T,d_k),(S,d_k)->(T,S)).

    $e_{t,s} = \sum_{d=1}^{d_{k}} h_{t,d} k_{s,d}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $s$ is the key index
    - $d_{k}$ is the dimensionality of the query and key vectors
    - $d$ is the feature index of the query and key vectors
    - $h_{t,d}$ is the $d$-th component of the query vector $h_t$ of query $t$ ($T \times d_k$ in all)
    - $k_{s,d}$ is the $d$-th component of the key vector $k_s$ of key $s$ ($S \times d_k$ in all)
    - $e_{t,s}$ is the scalar score measuring how well query $t$ aligns with key $s$

    Arguments: h, key; out= an optional preallocated result.
    """
    h, key, = floats('attention_score', h, key)
    return call_gufunc(_attention_score, _attention_score_core, 'attention_score', '(T,d_k),(S,d_k)->(T,S)', (h, key), [], out, parallel=_attention_score_threads, blas=True)


def _attention_score_vjp_h_core(h, key, G_up, out, _bad):
    h = rt.wide(h)
    key = rt.wide(key)
    G_up = rt.wide(G_up)
    T = h.shape[0]
    d_k = h.shape[1]
    S = key.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = rt.dot(np.ascontiguousarray(G_up), np.ascontiguousarray(key))
    for l in range(1, T + 1):
        for q in range(1, d_k + 1):
            out_c[l - 1, q - 1] = _t0[l - 1, q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_attention_score_vjp_h = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(T,S)->(T,d_k),()", cache=True)(_attention_score_vjp_h_core))
_attention_score_vjp_h_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(T,S)->(T,d_k),()", target="parallel", cache=True)(_attention_score_vjp_h_core))


def attention_score_vjp_h(h, key, G_up, out=None):
    r"""40. Attention Score (Dot Product): vjp kernel (layout (T,d_k),(S,d_k),(T,S)->(T,d_k)).

    $\frac{\partial \mathcal{L}}{\partial h_{l,q}} = \sum_{s=1}^{S} k_{s,q} G_{l,s}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $s$ is the key index
    - $d_{k}$ is the dimensionality of the query and key vectors
    - $h_{l,q}$ is the $d$-th component of the query vector $h_t$ of query $t$ ($T \times d_k$ in all)
    - $k_{s,q}$ is the $d$-th component of the key vector $k_s$ of key $s$ ($S \times d_k$ in all)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l,s}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: h, key, G_up; out= an optional preallocated result.
    """
    h, key, G_up, = floats('attention_score_vjp_h', h, key, G_up)
    return call_gufunc(_attention_score_vjp_h, _attention_score_vjp_h_core, 'attention_score_vjp_h', '(T,d_k),(S,d_k),(T,S)->(T,d_k)', (h, key, G_up), [], out, parallel=_attention_score_vjp_h_threads, blas=True)


def _attention_score_vjp_key_core(h, key, G_up, out, _bad):
    h = rt.wide(h)
    key = rt.wide(key)
    G_up = rt.wide(G_up)
    T = h.shape[0]
    d_k = h.shape[1]
    S = key.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = rt.dot(np.ascontiguousarray(G_up).T, np.ascontiguousarray(h))
    for l in range(1, S + 1):
        for q in range(1, d_k + 1):
            out_c[l - 1, q - 1] = _t0[l - 1, q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_attention_score_vjp_key = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(T,S)->(S,d_k),()", cache=True)(_attention_score_vjp_key_core))
_attention_score_vjp_key_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(T,S)->(S,d_k),()", target="parallel", cache=True)(_attention_score_vjp_key_core))


def attention_score_vjp_key(h, key, G_up, out=None):
    r"""40. Attention Score (Dot Product): vjp kernel (layout (T,d_k),(S,d_k),(T,S)->(S,d_k)).

    $\frac{\partial \mathcal{L}}{\partial k_{l,q}} = \sum_{t=1}^{T} h_{t,q} G_{t,l}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $d_{k}$ is the dimensionality of the query and key vectors
    - $h_{t,q}$ is the $d$-th component of the query vector $h_t$ of query $t$ ($T \times d_k$ in all)
    - $k_{l,q}$ is the $d$-th component of the key vector $k_s$ of key $s$ ($S \times d_k$ in all)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{t,l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: h, key, G_up; out= an optional preallocated result.
    """
    h, key, G_up, = floats('attention_score_vjp_key', h, key, G_up)
    return call_gufunc(_attention_score_vjp_key, _attention_score_vjp_key_core, 'attention_score_vjp_key', '(T,d_k),(S,d_k),(T,S)->(S,d_k)', (h, key, G_up), [], out, parallel=_attention_score_vjp_key_threads, blas=True)


def _attention_weights_core(e, out, _bad):
    e = rt.wide(e)
    T = e.shape[0]
    S = e.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(e, 0.0)
    _c0 = lit(e, -np.inf)
    _c1 = lit(e, np.nan)
    _one = lit(e, 1.0)
    for t in range(1, T + 1):
        _t0 = _zero
        _t1 = _c0
        _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
        _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
        for k in range(1, 1 + (S)//4*4, 4):
            _t1_x = e[t - 1, k - 1]
            _t1_0 = max(_t1_0, _t1_x)
            _t1_n0 |= _t1_x != _t1_x
            _t1_x = e[t - 1, k]
            _t1_1 = max(_t1_1, _t1_x)
            _t1_n1 |= _t1_x != _t1_x
            _t1_x = e[t - 1, k + 1]
            _t1_2 = max(_t1_2, _t1_x)
            _t1_n2 |= _t1_x != _t1_x
            _t1_x = e[t - 1, k + 2]
            _t1_3 = max(_t1_3, _t1_x)
            _t1_n3 |= _t1_x != _t1_x
        if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
            for k in range(1, 1 + (S)//4*4):
                _t1 = np.maximum(_t1, e[t - 1, k - 1])
        else:
            _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
        for k in range(1 + (S)//4*4, S + 1):
            _t1 = np.maximum(_t1, e[t - 1, k - 1])
        _t2 = -_t1
        _t3 = np.empty(S)
        for k in range(1, S + 1):
            _t3[k - 1] = rt.exp_neg(_t2 + e[t - 1, k - 1])
        _t0 = rt.total(_t3)
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(e):
            _t0 = _c1
        _t4 = _one/(_t0)
        for s in range(1, S + 1):
            out_c[t - 1, s - 1] = _t4*_t3[s - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_attention_weights = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:])"], "(T,S)->(T,S),()", cache=True)(_attention_weights_core))
_attention_weights_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:])"], "(T,S)->(T,S),()", target="parallel", cache=True)(_attention_weights_core))


def attention_weights(e, out=None):
    r"""41. Attention Weights (Softmax): forward kernel (layout (T,S)->(T,S)).

    $\alpha_{t,s} = \frac{e^{e_{t,s}}}{\sum_{k=1}^{S} e^{e_{t,k}}}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $s$ is the key index
    - $k$ is the summation index over keys
    - $e_{t,s}$ is the attention score for query $t$ and key $s$
    - $\alpha_{t,s}$ is the weight of key $s$ for query $t$, in $(0, 1)$ and summing to $1$ over $s$

    Arguments: e; out= an optional preallocated result.
    """
    e, = floats('attention_weights', e)
    return call_gufunc(_attention_weights, _attention_weights_core, 'attention_weights', '(T,S)->(T,S)', (e,), [], out, parallel=_attention_weights_threads)


def _attention_weights_vjp_e_core(e, G_up, out, _bad):
    e = rt.wide(e)
    G_up = rt.wide(G_up)
    T = e.shape[0]
    S = e.shape[1]
    out_c = np.ascontiguousarray(out)
    alpha = np.empty((T, S,), e.dtype)
    _zero = lit(e, 0.0)
    _c0 = lit(e, -np.inf)
    _c1 = lit(e, np.nan)
    _one = lit(e, 1.0)
    _half = lit(e, 0.5)
    for t in range(1, T + 1):
        _t0 = _zero
        _t1 = _c0
        _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
        _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
        for k in range(1, 1 + (S)//4*4, 4):
            _t1_x = e[t - 1, k - 1]
            _t1_0 = max(_t1_0, _t1_x)
            _t1_n0 |= _t1_x != _t1_x
            _t1_x = e[t - 1, k]
            _t1_1 = max(_t1_1, _t1_x)
            _t1_n1 |= _t1_x != _t1_x
            _t1_x = e[t - 1, k + 1]
            _t1_2 = max(_t1_2, _t1_x)
            _t1_n2 |= _t1_x != _t1_x
            _t1_x = e[t - 1, k + 2]
            _t1_3 = max(_t1_3, _t1_x)
            _t1_n3 |= _t1_x != _t1_x
        if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
            for k in range(1, 1 + (S)//4*4):
                _t1 = np.maximum(_t1, e[t - 1, k - 1])
        else:
            _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
        for k in range(1 + (S)//4*4, S + 1):
            _t1 = np.maximum(_t1, e[t - 1, k - 1])
        _t2 = -_t1
        _t3 = np.empty(S)
        for k in range(1, S + 1):
            _t3[k - 1] = rt.exp_neg(_t2 + e[t - 1, k - 1])
        _t0 = rt.total(_t3)
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(e) and rt.all_finite(G_up):
            _t0 = _c1
        _t4 = _one/(_t0)
        for s in range(1, S + 1):
            alpha[t - 1, s - 1] = _t4*_t3[s - 1]
    for l in range(1, T + 1):
        _t7 = _zero
        _t7_0 = _t7_1 = _t7_2 = _t7_3 = _zero
        for k in range(1, 1 + (S)//4*4, 4):
            _t7_0 += G_up[l - 1, k - 1]*alpha[l - 1, k - 1]
            _t7_1 += G_up[l - 1, k]*alpha[l - 1, k]
            _t7_2 += G_up[l - 1, k + 1]*alpha[l - 1, k + 1]
            _t7_3 += G_up[l - 1, k + 2]*alpha[l - 1, k + 2]
        _t7 += (_t7_0 + _t7_1) + (_t7_2 + _t7_3)
        for k in range(1 + (S)//4*4, S + 1):
            _t7 += G_up[l - 1, k - 1]*alpha[l - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t7) and rt.all_finite(e) and rt.all_finite(G_up):
            _t7 = _c1
        for q in range(1, S + 1):
            if alpha[l - 1, q - 1] > _half:
                _t6 = _zero
                _t6_0 = _t6_1 = _t6_2 = _t6_3 = _zero
                for k in range(1, 1 + (S)//4*4, 4):
                    _t6_0 += (-G_up[l - 1, k - 1] + G_up[l - 1, q - 1])*alpha[l - 1, k - 1]
                    _t6_1 += (-G_up[l - 1, k] + G_up[l - 1, q - 1])*alpha[l - 1, k]
                    _t6_2 += (-G_up[l - 1, k + 1] + G_up[l - 1, q - 1])*alpha[l - 1, k + 1]
                    _t6_3 += (-G_up[l - 1, k + 2] + G_up[l - 1, q - 1])*alpha[l - 1, k + 2]
                _t6 += (_t6_0 + _t6_1) + (_t6_2 + _t6_3)
                for k in range(1 + (S)//4*4, S + 1):
                    _t6 += (-G_up[l - 1, k - 1] + G_up[l - 1, q - 1])*alpha[l - 1, k - 1]
                if rt.OVERFLOWS and not np.isfinite(_t6) and rt.all_finite(e) and rt.all_finite(G_up):
                    _t6 = _c1
                _t5 = _t6
            elif not (alpha[l - 1, q - 1] == alpha[l - 1, q - 1]):
                _t5 = _c1
            else:
                _t5 = -_t7 + G_up[l - 1, q - 1]
            out_c[l - 1, q - 1] = _t5*alpha[l - 1, q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_attention_weights_vjp_e = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,S),(T,S)->(T,S),()", cache=True)(_attention_weights_vjp_e_core))
_attention_weights_vjp_e_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,S),(T,S)->(T,S),()", target="parallel", cache=True)(_attention_weights_vjp_e_core))


def attention_weights_vjp_e(e, G_up, out=None):
    r"""41. Attention Weights (Softmax): vjp kernel (layout (T,S),(T,S)->(T,S)).

    $\frac{\partial \mathcal{L}}{\partial e_{l,q}} = \alpha_{l,q} \left(G_{l,q} - \sum_{s=1}^{S} \alpha_{l,s} G_{l,s}\right)$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $s$ is the key index
    - $e_{l,q}$ is the attention score for query $t$ and key $s$
    - $\alpha_{l,q}$ is the weight of key $s$ for query $t$, in $(0, 1)$ and summing to $1$ over $s$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l,q}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: e, G_up; out= an optional preallocated result.
    """
    e, G_up, = floats('attention_weights_vjp_e', e, G_up)
    return call_gufunc(_attention_weights_vjp_e, _attention_weights_vjp_e_core, 'attention_weights_vjp_e', '(T,S),(T,S)->(T,S)', (e, G_up), [], out, parallel=_attention_weights_vjp_e_threads)


def _context_vector_core(alpha, val, out, _bad):
    alpha = rt.wide(alpha)
    val = rt.wide(val)
    T = alpha.shape[0]
    S = alpha.shape[1]
    d_v = val.shape[1]
    out_c = np.ascontiguousarray(out)
    _t0 = rt.dot(np.ascontiguousarray(alpha), np.ascontiguousarray(val))
    for t in range(1, T + 1):
        for j in range(1, d_v + 1):
            out_c[t - 1, j - 1] = _t0[t - 1, j - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_context_vector = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,S),(S,d_v)->(T,d_v),()", cache=True)(_context_vector_core))
_context_vector_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,S),(S,d_v)->(T,d_v),()", target="parallel", cache=True)(_context_vector_core))


def context_vector(alpha, val, out=None):
    r"""42. Context Vector: forward kernel (layout (T,S),(S,d_v)->(T,d_v)).

    $c_{t,j} = \sum_{s=1}^{S} \alpha_{t,s} v_{s,j}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $s$ is the key index
    - $d_{v}$ is the dimensionality of the value vectors
    - $j$ is the feature index of the value and context vectors
    - $\alpha_{t,s}$ is the attention weight of key $s$ for query $t$ (nonnegative, summing to $1$ over $s$)
    - $v_{s,j}$ is the $j$-th component of the value vector $v_s$ associated with key $s$
    - $c_{t,j}$ is the $j$-th component of the context vector $c_t$, the weighted sum of the values for query $t$

    Arguments: alpha, val; out= an optional preallocated result.
    """
    alpha, val, = floats('context_vector', alpha, val)
    rt.within('context_vector', 'alpha', alpha, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_context_vector, _context_vector_core, 'context_vector', '(T,S),(S,d_v)->(T,d_v)', (alpha, val), [], out, parallel=_context_vector_threads, blas=True)


def _context_vector_vjp_alpha_core(alpha, val, G_up, out, _bad):
    alpha = rt.wide(alpha)
    val = rt.wide(val)
    G_up = rt.wide(G_up)
    T = alpha.shape[0]
    S = alpha.shape[1]
    d_v = val.shape[1]
    out_c = np.ascontiguousarray(out)
    _t0 = rt.dot(np.ascontiguousarray(G_up), np.ascontiguousarray(val).T)
    for k in range(1, T + 1):
        for l in range(1, S + 1):
            out_c[k - 1, l - 1] = _t0[k - 1, l - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_context_vector_vjp_alpha = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,S),(S,d_v),(T,d_v)->(T,S),()", cache=True)(_context_vector_vjp_alpha_core))
_context_vector_vjp_alpha_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,S),(S,d_v),(T,d_v)->(T,S),()", target="parallel", cache=True)(_context_vector_vjp_alpha_core))


def context_vector_vjp_alpha(alpha, val, G_up, out=None):
    r"""42. Context Vector: vjp kernel (layout (T,S),(S,d_v),(T,d_v)->(T,S)).

    $\frac{\partial \mathcal{L}}{\partial \alpha_{k,l}} = \sum_{j=1}^{d_{v}} v_{l,j} G_{k,j}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $d_{v}$ is the dimensionality of the value vectors
    - $j$ is the feature index of the value and context vectors
    - $\alpha_{k,l}$ is the attention weight of key $s$ for query $t$ (nonnegative, summing to $1$ over $s$)
    - $v_{l,j}$ is the $j$-th component of the value vector $v_s$ associated with key $s$
    - $k$ is the index of the component differentiated by
    - $l$ is the index of the component differentiated by
    - $G_{k,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: alpha, val, G_up; out= an optional preallocated result.
    """
    alpha, val, G_up, = floats('context_vector_vjp_alpha', alpha, val, G_up)
    rt.within('context_vector_vjp_alpha', 'alpha', alpha, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_context_vector_vjp_alpha, _context_vector_vjp_alpha_core, 'context_vector_vjp_alpha', '(T,S),(S,d_v),(T,d_v)->(T,S)', (alpha, val, G_up), [], out, parallel=_context_vector_vjp_alpha_threads, blas=True)


def _context_vector_vjp_val_core(alpha, val, G_up, out, _bad):
    alpha = rt.wide(alpha)
    val = rt.wide(val)
    G_up = rt.wide(G_up)
    T = alpha.shape[0]
    S = alpha.shape[1]
    d_v = val.shape[1]
    out_c = np.ascontiguousarray(out)
    _t0 = rt.dot(np.ascontiguousarray(alpha).T, np.ascontiguousarray(G_up))
    for k in range(1, S + 1):
        for l in range(1, d_v + 1):
            out_c[k - 1, l - 1] = _t0[k - 1, l - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_context_vector_vjp_val = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,S),(S,d_v),(T,d_v)->(S,d_v),()", cache=True)(_context_vector_vjp_val_core))
_context_vector_vjp_val_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,S),(S,d_v),(T,d_v)->(S,d_v),()", target="parallel", cache=True)(_context_vector_vjp_val_core))


def context_vector_vjp_val(alpha, val, G_up, out=None):
    r"""42. Context Vector: vjp kernel (layout (T,S),(S,d_v),(T,d_v)->(S,d_v)).

    $\frac{\partial \mathcal{L}}{\partial v_{k,l}} = \sum_{t=1}^{T} \alpha_{t,k} G_{t,l}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $d_{v}$ is the dimensionality of the value vectors
    - $\alpha_{t,k}$ is the attention weight of key $s$ for query $t$ (nonnegative, summing to $1$ over $s$)
    - $v_{k,l}$ is the $j$-th component of the value vector $v_s$ associated with key $s$
    - $k$ is the index of the component differentiated by
    - $l$ is the index of the component differentiated by
    - $G_{t,l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: alpha, val, G_up; out= an optional preallocated result.
    """
    alpha, val, G_up, = floats('context_vector_vjp_val', alpha, val, G_up)
    rt.within('context_vector_vjp_val', 'alpha', alpha, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_context_vector_vjp_val, _context_vector_vjp_val_core, 'context_vector_vjp_val', '(T,S),(S,d_v),(T,d_v)->(S,d_v)', (alpha, val, G_up), [], out, parallel=_context_vector_vjp_val_threads, blas=True)


def _scaled_dot_product_attention_core(Q, K, V, out, _bad):
    Q = rt.wide(Q)
    K = rt.wide(K)
    V = rt.wide(V)
    T = Q.shape[0]
    d_k = Q.shape[1]
    S = K.shape[0]
    d_v = V.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(Q, 1.0)
    _zero = lit(Q, 0.0)
    _c0 = lit(Q, -np.inf)
    _c1 = lit(Q, np.nan)
    _t2 = _one/np.sqrt(lit(Q, d_k))
    _t3 = rt.dot(np.ascontiguousarray(Q), np.ascontiguousarray(K).T)
    _t11 = np.empty((T, S))
    _t13 = np.empty(T)
    for t in range(1, T + 1):
        _t0 = _zero
        _t1 = _c0
        _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
        _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
        for k in range(1, 1 + (S)//4*4, 4):
            _t4_0 = _t2*_t3[t - 1, k - 1]
            _t1_x = _t4_0
            _t1_0 = max(_t1_0, _t1_x)
            _t1_n0 |= _t1_x != _t1_x
            _t4_1 = _t2*_t3[t - 1, k]
            _t1_x = _t4_1
            _t1_1 = max(_t1_1, _t1_x)
            _t1_n1 |= _t1_x != _t1_x
            _t4_2 = _t2*_t3[t - 1, k + 1]
            _t1_x = _t4_2
            _t1_2 = max(_t1_2, _t1_x)
            _t1_n2 |= _t1_x != _t1_x
            _t4_3 = _t2*_t3[t - 1, k + 2]
            _t1_x = _t4_3
            _t1_3 = max(_t1_3, _t1_x)
            _t1_n3 |= _t1_x != _t1_x
        if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
            for k in range(1, 1 + (S)//4*4):
                _t4 = _t2*_t3[t - 1, k - 1]
                _t1 = np.maximum(_t1, _t4)
        else:
            _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
        for k in range(1 + (S)//4*4, S + 1):
            _t4 = _t2*_t3[t - 1, k - 1]
            _t1 = np.maximum(_t1, _t4)
        _t5 = -_t1
        _t7 = _t11[t - 1]
        for k in range(1, S + 1):
            _t6 = _t2*_t3[t - 1, k - 1]
            _t7[k - 1] = rt.exp_neg(_t5 + _t6)
        _t0 = rt.total(_t7)
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V):
            _t0 = _c1
        _t8 = _one/(_t0)
        _t13[t - 1] = _t8
    _t12 = rt.dot(np.ascontiguousarray(_t11), np.ascontiguousarray(V))
    for t in range(1, T + 1):
        _t8 = _t13[t - 1]
        _t10 = _t12[t - 1]
        for j in range(1, d_v + 1):
            out_c[t - 1, j - 1] = _t8*_t10[j - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_scaled_dot_product_attention = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(S,d_v)->(T,d_v),()", cache=True)(_scaled_dot_product_attention_core))
_scaled_dot_product_attention_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(S,d_v)->(T,d_v),()", target="parallel", cache=True)(_scaled_dot_product_attention_core))


def scaled_dot_product_attention(Q, K, V, out=None):
    r"""43. Scaled Dot-Product Attention: forward kernel (layout (T,d_k),(S,d_k),(S,d_v)->(T,d_v)).

    $\operatorname{Attention}(Q,K,V)_{t,j} = \frac{\sum_{s=1}^{S} V_{s,j} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{s,d}\right)}{\sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{k,d}\right)}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $s$ is the key index
    - $d_{k}$ is the dimensionality of the query and key vectors
    - $d_{v}$ is the dimensionality of the value vectors
    - $j$ is the feature index of the value vectors and of the output
    - $k$ is the summation index over keys in the softmax normaliser
    - $d$ is the feature index of the query and key vectors
    - $Q_{t,d}$ is the matrix of query vectors, one per row ($T \times d_k$)
    - $K_{k,d}$ is the matrix of key vectors, one per row ($S \times d_k$)
    - $V_{s,j}$ is the matrix of value vectors, one per row ($S \times d_v$)
    - $\operatorname{Attention}(Q,K,V)_{t,j}$ is the output for query $t$, feature $j$ ($T \times d_v$ in all)

    Arguments: Q, K, V; out= an optional preallocated result.
    """
    Q, K, V, = floats('scaled_dot_product_attention', Q, K, V)
    return call_gufunc(_scaled_dot_product_attention, _scaled_dot_product_attention_core, 'scaled_dot_product_attention', '(T,d_k),(S,d_k),(S,d_v)->(T,d_v)', (Q, K, V), [], out, parallel=_scaled_dot_product_attention_threads, blas=True)


def _scaled_dot_product_attention_vjp_Q_core(Q, K, V, G_up, out, _bad):
    Q = rt.wide(Q)
    K = rt.wide(K)
    V = rt.wide(V)
    G_up = rt.wide(G_up)
    T = Q.shape[0]
    d_k = Q.shape[1]
    S = K.shape[0]
    d_v = V.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(Q, 1.0)
    _zero = lit(Q, 0.0)
    _c0 = lit(Q, -np.inf)
    _c1 = lit(Q, np.nan)
    _half = lit(Q, 0.5)
    _t0 = _one/np.sqrt(lit(Q, d_k))
    _t4 = rt.dot(np.ascontiguousarray(Q), np.ascontiguousarray(K).T)
    _t16 = rt.dot(np.ascontiguousarray(G_up), np.ascontiguousarray(V).T)
    _t20 = np.empty((T, S))
    _t22 = np.empty(T)
    for l in range(1, T + 1):
        _t2 = _zero
        _t3 = _c0
        _t3_0 = _t3_1 = _t3_2 = _t3_3 = _t3
        _t3_n0 = _t3_n1 = _t3_n2 = _t3_n3 = False
        for k in range(1, 1 + (S)//4*4, 4):
            _t5_0 = _t0*_t4[l - 1, k - 1]
            _t3_x = _t5_0
            _t3_0 = max(_t3_0, _t3_x)
            _t3_n0 |= _t3_x != _t3_x
            _t5_1 = _t0*_t4[l - 1, k]
            _t3_x = _t5_1
            _t3_1 = max(_t3_1, _t3_x)
            _t3_n1 |= _t3_x != _t3_x
            _t5_2 = _t0*_t4[l - 1, k + 1]
            _t3_x = _t5_2
            _t3_2 = max(_t3_2, _t3_x)
            _t3_n2 |= _t3_x != _t3_x
            _t5_3 = _t0*_t4[l - 1, k + 2]
            _t3_x = _t5_3
            _t3_3 = max(_t3_3, _t3_x)
            _t3_n3 |= _t3_x != _t3_x
        if _t3_n0 | _t3_n1 | _t3_n2 | _t3_n3:
            for k in range(1, 1 + (S)//4*4):
                _t5 = _t0*_t4[l - 1, k - 1]
                _t3 = np.maximum(_t3, _t5)
        else:
            _t3 = np.maximum(_t3, np.maximum(np.maximum(_t3_0, _t3_1), np.maximum(_t3_2, _t3_3)))
        for k in range(1 + (S)//4*4, S + 1):
            _t5 = _t0*_t4[l - 1, k - 1]
            _t3 = np.maximum(_t3, _t5)
        _t6 = -_t3
        _t10 = np.empty(S)
        for k in range(1, S + 1):
            _t7 = _t0*_t4[l - 1, k - 1]
            _t8 = _t6 + _t7
            _t9 = rt.exp_neg(_t8)
            _t10[k - 1] = _t9
        _t2 = rt.total(_t10)
        if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(G_up):
            _t2 = _c1
        _t11 = _one/(_t2)
        _t12 = np.empty(S)
        _t17 = _zero
        _t17_0 = _t17_1 = _t17_2 = _t17_3 = _zero
        for t in range(1, 1 + (S)//4*4, 4):
            _t17_0 += _t11*_t10[t - 1]*_t16[l - 1, t - 1]
            _t17_1 += _t11*_t10[t]*_t16[l - 1, t]
            _t17_2 += _t11*_t10[t + 1]*_t16[l - 1, t + 1]
            _t17_3 += _t11*_t10[t + 2]*_t16[l - 1, t + 2]
        _t17 += (_t17_0 + _t17_1) + (_t17_2 + _t17_3)
        for t in range(1 + (S)//4*4, S + 1):
            _t17 += _t11*_t10[t - 1]*_t16[l - 1, t - 1]
        if rt.OVERFLOWS and not np.isfinite(_t17) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(G_up):
            _t17 = _c1
        for s in range(1, S + 1):
            if _t11*_t10[s - 1] > _half:
                _t14 = _zero
                _t14_0 = _t14_1 = _t14_2 = _t14_3 = _zero
                for t in range(1, 1 + (S)//4*4, 4):
                    _t14_0 += _t11*(_t16[l - 1, s - 1] - _t16[l - 1, t - 1])*_t10[t - 1]
                    _t14_1 += _t11*(_t16[l - 1, s - 1] - _t16[l - 1, t])*_t10[t]
                    _t14_2 += _t11*(_t16[l - 1, s - 1] - _t16[l - 1, t + 1])*_t10[t + 1]
                    _t14_3 += _t11*(_t16[l - 1, s - 1] - _t16[l - 1, t + 2])*_t10[t + 2]
                _t14 += (_t14_0 + _t14_1) + (_t14_2 + _t14_3)
                for t in range(1 + (S)//4*4, S + 1):
                    _t14 += _t11*(_t16[l - 1, s - 1] - _t16[l - 1, t - 1])*_t10[t - 1]
                if rt.OVERFLOWS and not np.isfinite(_t14) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(G_up):
                    _t14 = _c1
                _t13 = _t14
            elif not (_t11*_t10[s - 1] == _t11*_t10[s - 1]):
                _t13 = _c1
            else:
                _t13 = -_t17 + _t16[l - 1, s - 1]
            _t12[s - 1] = _t13
        _t18 = _t20[l - 1]
        for s in range(1, S + 1):
            _t18[s - 1] = _t10[s - 1]*_t12[s - 1]
        _t22[l - 1] = _t11
    _t21 = rt.dot(np.ascontiguousarray(_t20), np.ascontiguousarray(K))
    for l in range(1, T + 1):
        _t11 = _t22[l - 1]
        _t19 = _t21[l - 1]
        for q in range(1, d_k + 1):
            out_c[l - 1, q - 1] = _t0*_t11*_t19[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_scaled_dot_product_attention_vjp_Q = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(S,d_v),(T,d_v)->(T,d_k),()", cache=True)(_scaled_dot_product_attention_vjp_Q_core))
_scaled_dot_product_attention_vjp_Q_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(S,d_v),(T,d_v)->(T,d_k),()", target="parallel", cache=True)(_scaled_dot_product_attention_vjp_Q_core))


def scaled_dot_product_attention_vjp_Q(Q, K, V, G_up, out=None):
    r"""43. Scaled Dot-Product Attention: vjp kernel (layout (T,d_k),(S,d_k),(S,d_v),(T,d_v)->(T,d_k)).

    $\frac{\partial \mathcal{L}}{\partial Q_{l,q}} = \frac{\sum_{j=1}^{d_{v}} G_{l,j} \sum_{s=1}^{S} K_{s,q} V_{s,j} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{l,d} K_{s,d}\right) - \left(\sum_{k=1}^{S} K_{k,q} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{l,d} K_{k,d}\right)\right) \sum_{j=1}^{d_{v}} \operatorname{Attention}(Q,K,V)_{l,j} G_{l,j}}{\sqrt{d_{k}} \sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{l,d} K_{k,d}\right)}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $s$ is the key index
    - $d_{k}$ is the dimensionality of the query and key vectors
    - $d_{v}$ is the dimensionality of the value vectors
    - $j$ is the feature index of the value vectors and of the output
    - $k$ is the summation index over keys in the softmax normaliser
    - $d$ is the feature index of the query and key vectors
    - $Q_{l,q}$ is the matrix of query vectors, one per row ($T \times d_k$)
    - $K_{k,d}$ is the matrix of key vectors, one per row ($S \times d_k$)
    - $V_{s,j}$ is the matrix of value vectors, one per row ($S \times d_v$)
    - $\operatorname{Attention}(Q,K,V)_{l,j}$ is the output for query $t$, feature $j$ ($T \times d_v$ in all)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: Q, K, V, G_up; out= an optional preallocated result.
    """
    Q, K, V, G_up, = floats('scaled_dot_product_attention_vjp_Q', Q, K, V, G_up)
    return call_gufunc(_scaled_dot_product_attention_vjp_Q, _scaled_dot_product_attention_vjp_Q_core, 'scaled_dot_product_attention_vjp_Q', '(T,d_k),(S,d_k),(S,d_v),(T,d_v)->(T,d_k)', (Q, K, V, G_up), [], out, parallel=_scaled_dot_product_attention_vjp_Q_threads, blas=True)


def _scaled_dot_product_attention_vjp_K_core(Q, K, V, G_up, out, _bad):
    Q = rt.wide(Q)
    K = rt.wide(K)
    V = rt.wide(V)
    G_up = rt.wide(G_up)
    T = Q.shape[0]
    d_k = Q.shape[1]
    S = K.shape[0]
    d_v = V.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(Q, 1.0)
    _c0 = lit(Q, -np.inf)
    _zero = lit(Q, 0.0)
    _c1 = lit(Q, np.nan)
    _half = lit(Q, 0.5)
    _t0 = _one/np.sqrt(lit(Q, d_k))
    _t2 = np.empty(T)
    _t3 = np.empty(T)
    _t5 = np.empty((T, S))
    _t10 = rt.dot(np.ascontiguousarray(Q), np.ascontiguousarray(K).T)
    for _t7 in range(1, T + 1):
        _t6 = _t5[_t7 - 1]
        _t9 = _c0
        _t9_0 = _t9_1 = _t9_2 = _t9_3 = _t9
        _t9_n0 = _t9_n1 = _t9_n2 = _t9_n3 = False
        for k in range(1, 1 + (S)//4*4, 4):
            _t9_x = _t0*_t10[_t7 - 1, k - 1]
            _t9_0 = max(_t9_0, _t9_x)
            _t9_n0 |= _t9_x != _t9_x
            _t9_x = _t0*_t10[_t7 - 1, k]
            _t9_1 = max(_t9_1, _t9_x)
            _t9_n1 |= _t9_x != _t9_x
            _t9_x = _t0*_t10[_t7 - 1, k + 1]
            _t9_2 = max(_t9_2, _t9_x)
            _t9_n2 |= _t9_x != _t9_x
            _t9_x = _t0*_t10[_t7 - 1, k + 2]
            _t9_3 = max(_t9_3, _t9_x)
            _t9_n3 |= _t9_x != _t9_x
        if _t9_n0 | _t9_n1 | _t9_n2 | _t9_n3:
            for k in range(1, 1 + (S)//4*4):
                _t9 = np.maximum(_t9, _t0*_t10[_t7 - 1, k - 1])
        else:
            _t9 = np.maximum(_t9, np.maximum(np.maximum(_t9_0, _t9_1), np.maximum(_t9_2, _t9_3)))
        for k in range(1 + (S)//4*4, S + 1):
            _t9 = np.maximum(_t9, _t0*_t10[_t7 - 1, k - 1])
        for _t8 in range(1, S + 1):
            _t6[_t8 - 1] = rt.exp_neg(_t0*_t10[_t7 - 1, _t8 - 1] - _t9)
    for t in range(1, T + 1):
        _t4 = _zero
        _t4_0 = _t4_1 = _t4_2 = _t4_3 = _zero
        for k in range(1, 1 + (S)//4*4, 4):
            _t4_0 += _t5[t - 1, k - 1]
            _t4_1 += _t5[t - 1, k]
            _t4_2 += _t5[t - 1, k + 1]
            _t4_3 += _t5[t - 1, k + 2]
        _t4 += (_t4_0 + _t4_1) + (_t4_2 + _t4_3)
        for k in range(1 + (S)//4*4, S + 1):
            _t4 += _t5[t - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t4) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(G_up):
            _t4 = _c1
        _t3[t - 1] = _t4
    for t in range(1, T + 1):
        _t11 = _one/(_t3[t - 1])
        _t2[t - 1] = _t11
    _t15 = rt.dot(np.ascontiguousarray(G_up), np.ascontiguousarray(V).T)
    _t16 = np.empty(T)
    for t in range(1, T + 1):
        _t17 = _zero
        _t17_0 = _t17_1 = _t17_2 = _t17_3 = _zero
        for s in range(1, 1 + (S)//4*4, 4):
            _t17_0 += _t15[t - 1, s - 1]*_t2[t - 1]*_t5[t - 1, s - 1]
            _t17_1 += _t15[t - 1, s]*_t2[t - 1]*_t5[t - 1, s]
            _t17_2 += _t15[t - 1, s + 1]*_t2[t - 1]*_t5[t - 1, s + 1]
            _t17_3 += _t15[t - 1, s + 2]*_t2[t - 1]*_t5[t - 1, s + 2]
        _t17 += (_t17_0 + _t17_1) + (_t17_2 + _t17_3)
        for s in range(1 + (S)//4*4, S + 1):
            _t17 += _t15[t - 1, s - 1]*_t2[t - 1]*_t5[t - 1, s - 1]
        if rt.OVERFLOWS and not np.isfinite(_t17) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(G_up):
            _t17 = _c1
        _t16[t - 1] = _t17
    _t20 = np.empty((S, T))
    for l in range(1, S + 1):
        _t12 = np.empty(T)
        for t in range(1, T + 1):
            if _t2[t - 1]*_t5[t - 1, l - 1] > _half:
                _t14 = _zero
                _t14_0 = _t14_1 = _t14_2 = _t14_3 = _zero
                for s in range(1, 1 + (S)//4*4, 4):
                    _t14_0 += (_t15[t - 1, l - 1] - _t15[t - 1, s - 1])*_t2[t - 1]*_t5[t - 1, s - 1]
                    _t14_1 += (_t15[t - 1, l - 1] - _t15[t - 1, s])*_t2[t - 1]*_t5[t - 1, s]
                    _t14_2 += (_t15[t - 1, l - 1] - _t15[t - 1, s + 1])*_t2[t - 1]*_t5[t - 1, s + 1]
                    _t14_3 += (_t15[t - 1, l - 1] - _t15[t - 1, s + 2])*_t2[t - 1]*_t5[t - 1, s + 2]
                _t14 += (_t14_0 + _t14_1) + (_t14_2 + _t14_3)
                for s in range(1 + (S)//4*4, S + 1):
                    _t14 += (_t15[t - 1, l - 1] - _t15[t - 1, s - 1])*_t2[t - 1]*_t5[t - 1, s - 1]
                if rt.OVERFLOWS and not np.isfinite(_t14) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(G_up):
                    _t14 = _c1
                _t13 = _t14
            elif not (_t2[t - 1]*_t5[t - 1, l - 1] == _t2[t - 1]*_t5[t - 1, l - 1]):
                _t13 = _c1
            else:
                _t13 = _t15[t - 1, l - 1] - _t16[t - 1]
            _t12[t - 1] = _t13
        _t18 = _t20[l - 1]
        for t in range(1, T + 1):
            _t18[t - 1] = _t12[t - 1]*_t2[t - 1]*_t5[t - 1, l - 1]
    _t21 = rt.dot(np.ascontiguousarray(_t20), np.ascontiguousarray(Q))
    for l in range(1, S + 1):
        _t19 = _t21[l - 1]
        for q in range(1, d_k + 1):
            out_c[l - 1, q - 1] = _t0*_t19[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_scaled_dot_product_attention_vjp_K = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(S,d_v),(T,d_v)->(S,d_k),()", cache=True)(_scaled_dot_product_attention_vjp_K_core))
_scaled_dot_product_attention_vjp_K_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(S,d_v),(T,d_v)->(S,d_k),()", target="parallel", cache=True)(_scaled_dot_product_attention_vjp_K_core))


def scaled_dot_product_attention_vjp_K(Q, K, V, G_up, out=None):
    r"""43. Scaled Dot-Product Attention: vjp kernel (layout (T,d_k),(S,d_k),(S,d_v),(T,d_v)->(S,d_k)).

    $\frac{\partial \mathcal{L}}{\partial K_{l,q}} = \frac{\sum_{j=1}^{d_{v}} V_{l,j} \sum_{t=1}^{T} \frac{Q_{t,q} G_{t,j} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{l,d}\right)}{\sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{k,d}\right)} - \sum_{j=1}^{d_{v}} \sum_{t=1}^{T} \frac{Q_{t,q} \operatorname{Attention}(Q,K,V)_{t,j} G_{t,j} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{l,d}\right)}{\sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{k,d}\right)}}{\sqrt{d_{k}}}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $d_{k}$ is the dimensionality of the query and key vectors
    - $d_{v}$ is the dimensionality of the value vectors
    - $j$ is the feature index of the value vectors and of the output
    - $k$ is the summation index over keys in the softmax normaliser
    - $d$ is the feature index of the query and key vectors
    - $Q_{t,d}$ is the matrix of query vectors, one per row ($T \times d_k$)
    - $K_{l,q}$ is the matrix of key vectors, one per row ($S \times d_k$)
    - $V_{l,j}$ is the matrix of value vectors, one per row ($S \times d_v$)
    - $\operatorname{Attention}(Q,K,V)_{t,j}$ is the output for query $t$, feature $j$ ($T \times d_v$ in all)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{t,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: Q, K, V, G_up; out= an optional preallocated result.
    """
    Q, K, V, G_up, = floats('scaled_dot_product_attention_vjp_K', Q, K, V, G_up)
    return call_gufunc(_scaled_dot_product_attention_vjp_K, _scaled_dot_product_attention_vjp_K_core, 'scaled_dot_product_attention_vjp_K', '(T,d_k),(S,d_k),(S,d_v),(T,d_v)->(S,d_k)', (Q, K, V, G_up), [], out, parallel=_scaled_dot_product_attention_vjp_K_threads, blas=True)


def _scaled_dot_product_attention_vjp_V_core(Q, K, V, G_up, out, _bad):
    Q = rt.wide(Q)
    K = rt.wide(K)
    V = rt.wide(V)
    G_up = rt.wide(G_up)
    T = Q.shape[0]
    d_k = Q.shape[1]
    S = K.shape[0]
    d_v = V.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(Q, 1.0)
    _c0 = lit(Q, -np.inf)
    _zero = lit(Q, 0.0)
    _c1 = lit(Q, np.nan)
    _t1 = np.empty(T)
    _t2 = np.empty(T)
    _t4 = np.empty((T, S))
    _t9 = _one/np.sqrt(lit(Q, d_k))
    _t10 = rt.dot(np.ascontiguousarray(Q), np.ascontiguousarray(K).T)
    for _t6 in range(1, T + 1):
        _t5 = _t4[_t6 - 1]
        _t8 = _c0
        _t8_0 = _t8_1 = _t8_2 = _t8_3 = _t8
        _t8_n0 = _t8_n1 = _t8_n2 = _t8_n3 = False
        for k in range(1, 1 + (S)//4*4, 4):
            _t8_x = _t9*_t10[_t6 - 1, k - 1]
            _t8_0 = max(_t8_0, _t8_x)
            _t8_n0 |= _t8_x != _t8_x
            _t8_x = _t9*_t10[_t6 - 1, k]
            _t8_1 = max(_t8_1, _t8_x)
            _t8_n1 |= _t8_x != _t8_x
            _t8_x = _t9*_t10[_t6 - 1, k + 1]
            _t8_2 = max(_t8_2, _t8_x)
            _t8_n2 |= _t8_x != _t8_x
            _t8_x = _t9*_t10[_t6 - 1, k + 2]
            _t8_3 = max(_t8_3, _t8_x)
            _t8_n3 |= _t8_x != _t8_x
        if _t8_n0 | _t8_n1 | _t8_n2 | _t8_n3:
            for k in range(1, 1 + (S)//4*4):
                _t8 = np.maximum(_t8, _t9*_t10[_t6 - 1, k - 1])
        else:
            _t8 = np.maximum(_t8, np.maximum(np.maximum(_t8_0, _t8_1), np.maximum(_t8_2, _t8_3)))
        for k in range(1 + (S)//4*4, S + 1):
            _t8 = np.maximum(_t8, _t9*_t10[_t6 - 1, k - 1])
        for _t7 in range(1, S + 1):
            _t5[_t7 - 1] = rt.exp_neg(-_t8 + _t9*_t10[_t6 - 1, _t7 - 1])
    for t in range(1, T + 1):
        _t3 = _zero
        _t3_0 = _t3_1 = _t3_2 = _t3_3 = _zero
        for k in range(1, 1 + (S)//4*4, 4):
            _t3_0 += _t4[t - 1, k - 1]
            _t3_1 += _t4[t - 1, k]
            _t3_2 += _t4[t - 1, k + 1]
            _t3_3 += _t4[t - 1, k + 2]
        _t3 += (_t3_0 + _t3_1) + (_t3_2 + _t3_3)
        for k in range(1 + (S)//4*4, S + 1):
            _t3 += _t4[t - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t3) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(G_up):
            _t3 = _c1
        _t2[t - 1] = _t3
    for t in range(1, T + 1):
        _t1[t - 1] = _one/(_t2[t - 1])
    _t13 = np.empty((S, T))
    for l in range(1, S + 1):
        _t11 = _t13[l - 1]
        for t in range(1, T + 1):
            _t11[t - 1] = _t1[t - 1]*_t4[t - 1, l - 1]
    _t14 = rt.dot(np.ascontiguousarray(_t13), np.ascontiguousarray(G_up))
    for l in range(1, S + 1):
        _t12 = _t14[l - 1]
        for q in range(1, d_v + 1):
            out_c[l - 1, q - 1] = _t12[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_scaled_dot_product_attention_vjp_V = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(S,d_v),(T,d_v)->(S,d_v),()", cache=True)(_scaled_dot_product_attention_vjp_V_core))
_scaled_dot_product_attention_vjp_V_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(S,d_v),(T,d_v)->(S,d_v),()", target="parallel", cache=True)(_scaled_dot_product_attention_vjp_V_core))


def scaled_dot_product_attention_vjp_V(Q, K, V, G_up, out=None):
    r"""43. Scaled Dot-Product Attention: vjp kernel (layout (T,d_k),(S,d_k),(S,d_v),(T,d_v)->(S,d_v)).

    $\frac{\partial \mathcal{L}}{\partial V_{l,q}} = \sum_{t=1}^{T} \frac{G_{t,q} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{l,d}\right)}{\sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{k,d}\right)}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $d_{k}$ is the dimensionality of the query and key vectors
    - $d_{v}$ is the dimensionality of the value vectors
    - $k$ is the summation index over keys in the softmax normaliser
    - $d$ is the feature index of the query and key vectors
    - $Q_{t,d}$ is the matrix of query vectors, one per row ($T \times d_k$)
    - $K_{k,d}$ is the matrix of key vectors, one per row ($S \times d_k$)
    - $V_{l,q}$ is the matrix of value vectors, one per row ($S \times d_v$)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{t,q}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: Q, K, V, G_up; out= an optional preallocated result.
    """
    Q, K, V, G_up, = floats('scaled_dot_product_attention_vjp_V', Q, K, V, G_up)
    return call_gufunc(_scaled_dot_product_attention_vjp_V, _scaled_dot_product_attention_vjp_V_core, 'scaled_dot_product_attention_vjp_V', '(T,d_k),(S,d_k),(S,d_v),(T,d_v)->(S,d_v)', (Q, K, V, G_up), [], out, parallel=_scaled_dot_product_attention_vjp_V_threads, blas=True)


def _scaled_dot_product_attention_vjps_core(Q, K, V, G_up, d_Q, d_K, d_V, _bad):
    Q = rt.wide(Q)
    K = rt.wide(K)
    V = rt.wide(V)
    G_up = rt.wide(G_up)
    T = Q.shape[0]
    d_k = Q.shape[1]
    S = K.shape[0]
    d_v = V.shape[1]
    d_Q_c = np.ascontiguousarray(d_Q)
    d_K_c = np.ascontiguousarray(d_K)
    d_V_c = np.ascontiguousarray(d_V)
    _one = lit(Q, 1.0)
    _c0 = lit(Q, -np.inf)
    _zero = lit(Q, 0.0)
    _c1 = lit(Q, np.nan)
    _half = lit(Q, 0.5)
    _t0 = _one/np.sqrt(lit(Q, d_k))
    _t3 = np.empty((T, S))
    _t8 = rt.dot(np.ascontiguousarray(Q), np.ascontiguousarray(K).T)
    for _t5 in range(1, T + 1):
        _t4 = _t3[_t5 - 1]
        _t7 = _c0
        _t7_0 = _t7_1 = _t7_2 = _t7_3 = _t7
        _t7_n0 = _t7_n1 = _t7_n2 = _t7_n3 = False
        for k in range(1, 1 + (S)//4*4, 4):
            _t7_x = _t0*_t8[_t5 - 1, k - 1]
            _t7_0 = max(_t7_0, _t7_x)
            _t7_n0 |= _t7_x != _t7_x
            _t7_x = _t0*_t8[_t5 - 1, k]
            _t7_1 = max(_t7_1, _t7_x)
            _t7_n1 |= _t7_x != _t7_x
            _t7_x = _t0*_t8[_t5 - 1, k + 1]
            _t7_2 = max(_t7_2, _t7_x)
            _t7_n2 |= _t7_x != _t7_x
            _t7_x = _t0*_t8[_t5 - 1, k + 2]
            _t7_3 = max(_t7_3, _t7_x)
            _t7_n3 |= _t7_x != _t7_x
        if _t7_n0 | _t7_n1 | _t7_n2 | _t7_n3:
            for k in range(1, 1 + (S)//4*4):
                _t7 = np.maximum(_t7, _t0*_t8[_t5 - 1, k - 1])
        else:
            _t7 = np.maximum(_t7, np.maximum(np.maximum(_t7_0, _t7_1), np.maximum(_t7_2, _t7_3)))
        for k in range(1 + (S)//4*4, S + 1):
            _t7 = np.maximum(_t7, _t0*_t8[_t5 - 1, k - 1])
        for _t6 in range(1, S + 1):
            _t4[_t6 - 1] = rt.exp_neg(_t0*_t8[_t5 - 1, _t6 - 1] - _t7)
    _t14 = rt.dot(np.ascontiguousarray(G_up), np.ascontiguousarray(V).T)
    _t33 = np.empty((T, S))
    _t35 = np.empty(T)
    for l_Q in range(1, T + 1):
        _t2 = _zero
        _t2_0 = _t2_1 = _t2_2 = _t2_3 = _zero
        for k in range(1, 1 + (S)//4*4, 4):
            _t2_0 += _t3[l_Q - 1, k - 1]
            _t2_1 += _t3[l_Q - 1, k]
            _t2_2 += _t3[l_Q - 1, k + 1]
            _t2_3 += _t3[l_Q - 1, k + 2]
        _t2 += (_t2_0 + _t2_1) + (_t2_2 + _t2_3)
        for k in range(1 + (S)//4*4, S + 1):
            _t2 += _t3[l_Q - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(G_up):
            _t2 = _c1
        _t9 = _one/(_t2)
        _t10 = np.empty(S)
        _t15 = _zero
        _t15_0 = _t15_1 = _t15_2 = _t15_3 = _zero
        for t in range(1, 1 + (S)//4*4, 4):
            _t15_0 += _t9*_t14[l_Q - 1, t - 1]*_t3[l_Q - 1, t - 1]
            _t15_1 += _t9*_t14[l_Q - 1, t]*_t3[l_Q - 1, t]
            _t15_2 += _t9*_t14[l_Q - 1, t + 1]*_t3[l_Q - 1, t + 1]
            _t15_3 += _t9*_t14[l_Q - 1, t + 2]*_t3[l_Q - 1, t + 2]
        _t15 += (_t15_0 + _t15_1) + (_t15_2 + _t15_3)
        for t in range(1 + (S)//4*4, S + 1):
            _t15 += _t9*_t14[l_Q - 1, t - 1]*_t3[l_Q - 1, t - 1]
        if rt.OVERFLOWS and not np.isfinite(_t15) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(G_up):
            _t15 = _c1
        for s in range(1, S + 1):
            if _t9*_t3[l_Q - 1, s - 1] > _half:
                _t12 = _zero
                _t12_0 = _t12_1 = _t12_2 = _t12_3 = _zero
                for t in range(1, 1 + (S)//4*4, 4):
                    _t12_0 += _t9*(_t14[l_Q - 1, s - 1] - _t14[l_Q - 1, t - 1])*_t3[l_Q - 1, t - 1]
                    _t12_1 += _t9*(_t14[l_Q - 1, s - 1] - _t14[l_Q - 1, t])*_t3[l_Q - 1, t]
                    _t12_2 += _t9*(_t14[l_Q - 1, s - 1] - _t14[l_Q - 1, t + 1])*_t3[l_Q - 1, t + 1]
                    _t12_3 += _t9*(_t14[l_Q - 1, s - 1] - _t14[l_Q - 1, t + 2])*_t3[l_Q - 1, t + 2]
                _t12 += (_t12_0 + _t12_1) + (_t12_2 + _t12_3)
                for t in range(1 + (S)//4*4, S + 1):
                    _t12 += _t9*(_t14[l_Q - 1, s - 1] - _t14[l_Q - 1, t - 1])*_t3[l_Q - 1, t - 1]
                if rt.OVERFLOWS and not np.isfinite(_t12) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(G_up):
                    _t12 = _c1
                _t11 = _t12
            elif not (_t9*_t3[l_Q - 1, s - 1] == _t9*_t3[l_Q - 1, s - 1]):
                _t11 = _c1
            else:
                _t11 = -_t15 + _t14[l_Q - 1, s - 1]
            _t10[s - 1] = _t11
        _t16 = _t33[l_Q - 1]
        for s in range(1, S + 1):
            _t16[s - 1] = _t10[s - 1]*_t3[l_Q - 1, s - 1]
        _t35[l_Q - 1] = _t9
    _t34 = rt.dot(np.ascontiguousarray(_t33), np.ascontiguousarray(K))
    for l_Q in range(1, T + 1):
        _t9 = _t35[l_Q - 1]
        _t17 = _t34[l_Q - 1]
        for q_Q in range(1, d_k + 1):
            d_Q_c[l_Q - 1, q_Q - 1] = _t0*_t9*_t17[q_Q - 1]
    _t19 = np.empty(T)
    _t20 = np.empty(T)
    for t in range(1, T + 1):
        _t21 = _zero
        _t21_0 = _t21_1 = _t21_2 = _t21_3 = _zero
        for k in range(1, 1 + (S)//4*4, 4):
            _t21_0 += _t3[t - 1, k - 1]
            _t21_1 += _t3[t - 1, k]
            _t21_2 += _t3[t - 1, k + 1]
            _t21_3 += _t3[t - 1, k + 2]
        _t21 += (_t21_0 + _t21_1) + (_t21_2 + _t21_3)
        for k in range(1 + (S)//4*4, S + 1):
            _t21 += _t3[t - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t21) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(G_up):
            _t21 = _c1
        _t20[t - 1] = _t21
    for t in range(1, T + 1):
        _t22 = _one/(_t20[t - 1])
        _t19[t - 1] = _t22
    _t26 = np.empty(T)
    for t in range(1, T + 1):
        _t27 = _zero
        _t27_0 = _t27_1 = _t27_2 = _t27_3 = _zero
        for s in range(1, 1 + (S)//4*4, 4):
            _t27_0 += _t14[t - 1, s - 1]*_t19[t - 1]*_t3[t - 1, s - 1]
            _t27_1 += _t14[t - 1, s]*_t19[t - 1]*_t3[t - 1, s]
            _t27_2 += _t14[t - 1, s + 1]*_t19[t - 1]*_t3[t - 1, s + 1]
            _t27_3 += _t14[t - 1, s + 2]*_t19[t - 1]*_t3[t - 1, s + 2]
        _t27 += (_t27_0 + _t27_1) + (_t27_2 + _t27_3)
        for s in range(1 + (S)//4*4, S + 1):
            _t27 += _t14[t - 1, s - 1]*_t19[t - 1]*_t3[t - 1, s - 1]
        if rt.OVERFLOWS and not np.isfinite(_t27) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(G_up):
            _t27 = _c1
        _t26[t - 1] = _t27
    _t36 = np.empty((S, T))
    for l_K in range(1, S + 1):
        _t23 = np.empty(T)
        for t in range(1, T + 1):
            if _t19[t - 1]*_t3[t - 1, l_K - 1] > _half:
                _t25 = _zero
                _t25_0 = _t25_1 = _t25_2 = _t25_3 = _zero
                for s in range(1, 1 + (S)//4*4, 4):
                    _t25_0 += (_t14[t - 1, l_K - 1] - _t14[t - 1, s - 1])*_t19[t - 1]*_t3[t - 1, s - 1]
                    _t25_1 += (_t14[t - 1, l_K - 1] - _t14[t - 1, s])*_t19[t - 1]*_t3[t - 1, s]
                    _t25_2 += (_t14[t - 1, l_K - 1] - _t14[t - 1, s + 1])*_t19[t - 1]*_t3[t - 1, s + 1]
                    _t25_3 += (_t14[t - 1, l_K - 1] - _t14[t - 1, s + 2])*_t19[t - 1]*_t3[t - 1, s + 2]
                _t25 += (_t25_0 + _t25_1) + (_t25_2 + _t25_3)
                for s in range(1 + (S)//4*4, S + 1):
                    _t25 += (_t14[t - 1, l_K - 1] - _t14[t - 1, s - 1])*_t19[t - 1]*_t3[t - 1, s - 1]
                if rt.OVERFLOWS and not np.isfinite(_t25) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(G_up):
                    _t25 = _c1
                _t24 = _t25
            elif not (_t19[t - 1]*_t3[t - 1, l_K - 1] == _t19[t - 1]*_t3[t - 1, l_K - 1]):
                _t24 = _c1
            else:
                _t24 = _t14[t - 1, l_K - 1] - _t26[t - 1]
            _t23[t - 1] = _t24
        _t28 = _t36[l_K - 1]
        for t in range(1, T + 1):
            _t28[t - 1] = _t19[t - 1]*_t23[t - 1]*_t3[t - 1, l_K - 1]
    _t37 = rt.dot(np.ascontiguousarray(_t36), np.ascontiguousarray(Q))
    for l_K in range(1, S + 1):
        _t29 = _t37[l_K - 1]
        for q_K in range(1, d_k + 1):
            d_K_c[l_K - 1, q_K - 1] = _t0*_t29[q_K - 1]
    _t38 = np.empty((S, T))
    for l_V in range(1, S + 1):
        _t31 = _t38[l_V - 1]
        for t in range(1, T + 1):
            _t31[t - 1] = _t19[t - 1]*_t3[t - 1, l_V - 1]
    _t39 = rt.dot(np.ascontiguousarray(_t38), np.ascontiguousarray(G_up))
    for l_V in range(1, S + 1):
        _t32 = _t39[l_V - 1]
        for q_V in range(1, d_v + 1):
            d_V_c[l_V - 1, q_V - 1] = _t32[q_V - 1]
    if d_Q_c.ctypes.data != d_Q.ctypes.data:
        for _i0 in range(d_Q.shape[0]):
            for _i1 in range(d_Q.shape[1]):
                d_Q[_i0, _i1] = d_Q_c[_i0, _i1]
    if d_K_c.ctypes.data != d_K.ctypes.data:
        for _i0 in range(d_K.shape[0]):
            for _i1 in range(d_K.shape[1]):
                d_K[_i0, _i1] = d_K_c[_i0, _i1]
    if d_V_c.ctypes.data != d_V.ctypes.data:
        for _i0 in range(d_V.shape[0]):
            for _i1 in range(d_V.shape[1]):
                d_V[_i0, _i1] = d_V_c[_i0, _i1]
    _bad[0] = rt.nonfinite(d_Q_c) + rt.nonfinite(d_K_c) + rt.nonfinite(d_V_c)


_scaled_dot_product_attention_vjps = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(S,d_v),(T,d_v)->(T,d_k),(S,d_k),(S,d_v),()", cache=True)(_scaled_dot_product_attention_vjps_core))
_scaled_dot_product_attention_vjps_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_k),(S,d_k),(S,d_v),(T,d_v)->(T,d_k),(S,d_k),(S,d_v),()", target="parallel", cache=True)(_scaled_dot_product_attention_vjps_core))


def scaled_dot_product_attention_vjps(Q, K, V, G_up, out=None):
    r"""43. Scaled Dot-Product Attention: vjps kernel (layout (T,d_k),(S,d_k),(S,d_v),(T,d_v)->(T,d_k),(S,d_k),(S,d_v)).

    $\frac{\partial \mathcal{L}}{\partial Q_{l,q}} = \frac{\sum_{j=1}^{d_{v}} G_{l,j} \sum_{s=1}^{S} K_{s,q} V_{s,j} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{l,d} K_{s,d}\right) - \left(\sum_{k=1}^{S} K_{k,q} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{l,d} K_{k,d}\right)\right) \sum_{j=1}^{d_{v}} \operatorname{Attention}(Q,K,V)_{l,j} G_{l,j}}{\sqrt{d_{k}} \sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{l,d} K_{k,d}\right)},\qquad \frac{\partial \mathcal{L}}{\partial K_{l,q}} = \frac{\sum_{j=1}^{d_{v}} V_{l,j} \sum_{t=1}^{T} \frac{Q_{t,q} G_{t,j} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{l,d}\right)}{\sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{k,d}\right)} - \sum_{j=1}^{d_{v}} \sum_{t=1}^{T} \frac{Q_{t,q} \operatorname{Attention}(Q,K,V)_{t,j} G_{t,j} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{l,d}\right)}{\sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{k,d}\right)}}{\sqrt{d_{k}}},\qquad \frac{\partial \mathcal{L}}{\partial V_{l,q}} = \sum_{t=1}^{T} \frac{G_{t,q} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{l,d}\right)}{\sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} Q_{t,d} K_{k,d}\right)}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $s$ is the key index
    - $d_{k}$ is the dimensionality of the query and key vectors
    - $d_{v}$ is the dimensionality of the value vectors
    - $j$ is the feature index of the value vectors and of the output
    - $k$ is the summation index over keys in the softmax normaliser
    - $d$ is the feature index of the query and key vectors
    - $Q_{l,q}$ is the matrix of query vectors, one per row ($T \times d_k$)
    - $K_{k,d}$ is the matrix of key vectors, one per row ($S \times d_k$)
    - $V_{s,j}$ is the matrix of value vectors, one per row ($S \times d_v$)
    - $\operatorname{Attention}(Q,K,V)_{l,j}$ is the output for query $t$, feature $j$ ($T \times d_v$ in all)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output
    - $t$ is the query index

    Arguments: Q, K, V, G_up; out= an optional preallocated result.
    """
    Q, K, V, G_up, = floats('scaled_dot_product_attention_vjps', Q, K, V, G_up)
    return call_gufunc(_scaled_dot_product_attention_vjps, _scaled_dot_product_attention_vjps_core, 'scaled_dot_product_attention_vjps', '(T,d_k),(S,d_k),(S,d_v),(T,d_v)->(T,d_k),(S,d_k),(S,d_v)', (Q, K, V, G_up), [], out, parallel=_scaled_dot_product_attention_vjps_threads, blas=True)


def _multi_head_attention_core(head, W_O, out, _bad):
    head = rt.wide(head)
    W_O = rt.wide(W_O)
    h = head.shape[0]
    T = head.shape[1]
    d_v = head.shape[2]
    d_model = W_O.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(head, 0.0)
    _c0 = lit(head, np.nan)
    for t in range(1, T + 1):
        for j in range(1, d_model + 1):
            _t0 = _zero
            for i in range(1, h + 1):
                _t1 = _zero
                _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
                for c in range(1, 1 + (d_v)//4*4, 4):
                    _t1_0 += W_O[c - d_v + i*d_v - 1, j - 1]*head[i - 1, t - 1, c - 1]
                    _t1_1 += W_O[c - d_v + i*d_v, j - 1]*head[i - 1, t - 1, c]
                    _t1_2 += W_O[c - d_v + i*d_v + 1, j - 1]*head[i - 1, t - 1, c + 1]
                    _t1_3 += W_O[c - d_v + i*d_v + 2, j - 1]*head[i - 1, t - 1, c + 2]
                _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
                for c in range(1 + (d_v)//4*4, d_v + 1):
                    _t1 += W_O[c - d_v + i*d_v - 1, j - 1]*head[i - 1, t - 1, c - 1]
                if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(head) and rt.all_finite(W_O):
                    _t1 = _c0
                _t0 += _t1
            if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(head) and rt.all_finite(W_O):
                _t0 = _c0
            out_c[t - 1, j - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_multi_head_attention = Lazy(lambda: numba.guvectorize(["void(float64[:, :, :], float64[:, :], float64[:, :], float64[:])"], "(h,T,d_v),(n3,d_model)->(T,d_model),()", cache=True)(_multi_head_attention_core))
_multi_head_attention_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :, :], float64[:, :], float64[:, :], float64[:])"], "(h,T,d_v),(n3,d_model)->(T,d_model),()", target="parallel", cache=True)(_multi_head_attention_core))


def multi_head_attention(head, W_O, out=None):
    r"""44. Multi-Head Attention: forward kernel (layout (h,T,d_v),(n3,d_model)->(T,d_model)).

    $\operatorname{MHA}(Q,K,V)_{t,j} = \sum_{i=1}^{h} \sum_{c=1}^{d_{v}} (\text{head}_{i})_{t,c} W^O_{d_{v} \left(i - 1\right) + c,j}$

    where:

    - $T$ is the number of queries (target positions)
    - $h$ is the number of heads
    - $d_{v}$ is the dimensionality of the value vectors of each head
    - $d_{\text{model}}$ is the model dimensionality (columns of the output)
    - $t$ is the query index
    - $j$ is the output feature index
    - $i$ is the head index
    - $c$ is the feature index within a head
    - $(\text{head}_{i})_{t,c}$ is entry $(t, c)$ of the output of head $i$, $\text{head}_i = \operatorname{Attention}(QW_i^Q, KW_i^K, VW_i^V)$ ($T \times d_v$ per head)
    - $W^O_{d_{v} \left(i - 1\right) + c,j}$ is the output projection matrix ($h d_v \times d_{\text{model}}$); rows $(i-1)d_v + 1$ to $i d_v$ act on head $i$
    - $\operatorname{MHA}(Q,K,V)_{t,j}$ is the multi-head attention output for query $t$, feature $j$ ($T \times d_{\text{model}}$ in all)

    Arguments: head, W_O; out= an optional preallocated result.
    """
    head, W_O, = floats('multi_head_attention', head, W_O)
    return call_gufunc(_multi_head_attention, _multi_head_attention_core, 'multi_head_attention', '(h,T,d_v),(n3,d_model)->(T,d_model)', (head, W_O), [], out, parallel=_multi_head_attention_threads)


def _multi_head_attention_vjp_head_core(head, W_O, G_up, out, _bad):
    head = rt.wide(head)
    W_O = rt.wide(W_O)
    G_up = rt.wide(G_up)
    h = head.shape[0]
    T = head.shape[1]
    d_v = head.shape[2]
    d_model = W_O.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(head, 0.0)
    _c0 = lit(head, np.nan)
    for k in range(1, h + 1):
        for l in range(1, T + 1):
            for q in range(1, d_v + 1):
                _t0 = _zero
                _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
                for j in range(1, 1 + (d_model)//4*4, 4):
                    _t0_0 += G_up[l - 1, j - 1]*W_O[-d_v + q + k*d_v - 1, j - 1]
                    _t0_1 += G_up[l - 1, j]*W_O[-d_v + q + k*d_v - 1, j]
                    _t0_2 += G_up[l - 1, j + 1]*W_O[-d_v + q + k*d_v - 1, j + 1]
                    _t0_3 += G_up[l - 1, j + 2]*W_O[-d_v + q + k*d_v - 1, j + 2]
                _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
                for j in range(1 + (d_model)//4*4, d_model + 1):
                    _t0 += G_up[l - 1, j - 1]*W_O[-d_v + q + k*d_v - 1, j - 1]
                if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(head) and rt.all_finite(W_O) and rt.all_finite(G_up):
                    _t0 = _c0
                out_c[k - 1, l - 1, q - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                for _i2 in range(out.shape[2]):
                    out[_i0, _i1, _i2] = out_c[_i0, _i1, _i2]
    _bad[0] = rt.nonfinite(out_c)


_multi_head_attention_vjp_head = Lazy(lambda: numba.guvectorize(["void(float64[:, :, :], float64[:, :], float64[:, :], float64[:, :, :], float64[:])"], "(h,T,d_v),(n3,d_model),(T,d_model)->(h,T,d_v),()", cache=True)(_multi_head_attention_vjp_head_core))
_multi_head_attention_vjp_head_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :, :], float64[:, :], float64[:, :], float64[:, :, :], float64[:])"], "(h,T,d_v),(n3,d_model),(T,d_model)->(h,T,d_v),()", target="parallel", cache=True)(_multi_head_attention_vjp_head_core))


def multi_head_attention_vjp_head(head, W_O, G_up, out=None):
    r"""44. Multi-Head Attention: vjp kernel (layout (h,T,d_v),(n3,d_model),(T,d_model)->(h,T,d_v)).

    $\frac{\partial \mathcal{L}}{\partial (\text{head}_{k})_{l,q}} = \sum_{j=1}^{d_{\text{model}}} W^O_{d_{v} \left(k - 1\right) + q,j} G_{l,j}$

    where:

    - $T$ is the number of queries (target positions)
    - $h$ is the number of heads
    - $d_{v}$ is the dimensionality of the value vectors of each head
    - $d_{\text{model}}$ is the model dimensionality (columns of the output)
    - $j$ is the output feature index
    - $(\text{head}_{k})_{l,q}$ is entry $(t, c)$ of the output of head $i$, $\text{head}_i = \operatorname{Attention}(QW_i^Q, KW_i^K, VW_i^V)$ ($T \times d_v$ per head)
    - $W^O_{d_{v} \left(k - 1\right) + q,j}$ is the output projection matrix ($h d_v \times d_{\text{model}}$); rows $(i-1)d_v + 1$ to $i d_v$ act on head $i$
    - $k$ is the index of the component differentiated by
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: head, W_O, G_up; out= an optional preallocated result.
    """
    head, W_O, G_up, = floats('multi_head_attention_vjp_head', head, W_O, G_up)
    return call_gufunc(_multi_head_attention_vjp_head, _multi_head_attention_vjp_head_core, 'multi_head_attention_vjp_head', '(h,T,d_v),(n3,d_model),(T,d_model)->(h,T,d_v)', (head, W_O, G_up), [], out, parallel=_multi_head_attention_vjp_head_threads)


def _transformer_ffn_core(x, W1, b1, W2, b2, _p0, out, _bad):
    x = rt.wide(x)
    W1 = rt.wide(W1)
    b1 = rt.wide(b1)
    W2 = rt.wide(W2)
    b2 = rt.wide(b2)
    d_model = x.shape[0]
    d_ff = W1.shape[1]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(x, 0.0)
    _t1 = np.empty(d_ff)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(x, W1)
    for k in range(1, d_ff + 1):
        _t1[k - 1] = np.maximum(_zero, _t3[k - 1] + b1[k - 1])
    _t4 = rt.dot(np.ascontiguousarray(_t1), np.ascontiguousarray(W2))
    for j in range(1, d_model + 1):
        _t_out = _t4[j - 1] + b2[j - 1]
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_transformer_ffn = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:], float64[:, :], float64[:], float64[:], float64[:], float64[:])"], "(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_ff)->(d_model),()", cache=True)(_transformer_ffn_core))
_transformer_ffn_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:], float64[:, :], float64[:], float64[:], float64[:], float64[:])"], "(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_ff)->(d_model),()", target="parallel", cache=True)(_transformer_ffn_core))


def transformer_ffn(x, W1, b1, W2, b2, out=None):
    r"""45. Feed-Forward (Transformer): forward kernel (layout (d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model)->(d_model)).

    $\operatorname{FFN}(x)_{j} = \sum_{k=1}^{d_{\text{ff}}} (W_2)_{k,j} \max\left(0, \sum_{m=1}^{d_{\text{model}}} (W_1)_{m,k} x_{m} + (b_1)_{k}\right) + (b_2)_{j}$

    where:

    - $d_{\text{model}}$ is the model dimensionality (input and output features)
    - $d_{\text{ff}}$ is the number of hidden units of the feed-forward layer
    - $j$ is the output feature index
    - $k$ is the hidden unit index
    - $m$ is the input feature index
    - $x_{m}$ is the input at one position (a row vector of $d_{\text{model}}$ features)
    - $(W_1)_{m,k}$ is the first weight matrix ($d_{\text{model}} \times d_{\text{ff}}$)
    - $(b_1)_{k}$ is the first bias ($d_{\text{ff}}$ entries)
    - $(W_2)_{k,j}$ is the second weight matrix ($d_{\text{ff}} \times d_{\text{model}}$)
    - $(b_2)_{j}$ is the second bias ($d_{\text{model}}$ entries)
    - $\operatorname{FFN}(x)_{j}$ is the $j$-th output feature

    Arguments: x, W1, b1, W2, b2; out= an optional preallocated result.
    """
    x, W1, b1, W2, b2, = floats('transformer_ffn', x, W1, b1, W2, b2)
    return call_gufunc(_transformer_ffn, _transformer_ffn_core, 'transformer_ffn', '(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model)->(d_model)', (x, W1, b1, W2, b2), [], out, parallel=_transformer_ffn_threads, blas=True, products=((0, False, 1, False, True),), inner='(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_ff)->(d_model)')


def _transformer_ffn_vjp_W1_core(x, W1, b1, W2, b2, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    W1 = rt.wide(W1)
    b1 = rt.wide(b1)
    W2 = rt.wide(W2)
    b2 = rt.wide(b2)
    G_up = rt.wide(G_up)
    d_model = x.shape[0]
    d_ff = W1.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _one = lit(x, 1.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(G_up, W2.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W1)
    for l in range(1, d_model + 1):
        for q in range(1, d_ff + 1):
            out_c[l - 1, q - 1] = (_one if _t1[q - 1] + b1[q - 1] > _zero else (_zero if _t1[q - 1] + b1[q - 1] == _t1[q - 1] + b1[q - 1] else _c0))*_t0[q - 1]*x[l - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_transformer_ffn_vjp_W1 = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model),(d_ff),(d_ff)->(d_model,d_ff),()", cache=True)(_transformer_ffn_vjp_W1_core))
_transformer_ffn_vjp_W1_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model),(d_ff),(d_ff)->(d_model,d_ff),()", target="parallel", cache=True)(_transformer_ffn_vjp_W1_core))


def transformer_ffn_vjp_W1(x, W1, b1, W2, b2, G_up, out=None):
    r"""45. Feed-Forward (Transformer): vjp kernel (layout (d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model)->(d_model,d_ff)).

    $\frac{\partial \mathcal{L}}{\partial (W_1)_{l,q}} = x_{l} \left(\begin{cases} 1 & \text{if } \sum_{m=1}^{d_{\text{model}}} (W_1)_{m,q} x_{m} + (b_1)_{q} > 0 \\ 0 & \text{otherwise} \end{cases}\right) \sum_{j=1}^{d_{\text{model}}} (W_2)_{q,j} G_{j}$

    where:

    - $d_{\text{model}}$ is the model dimensionality (input and output features)
    - $d_{\text{ff}}$ is the number of hidden units of the feed-forward layer
    - $j$ is the output feature index
    - $m$ is the input feature index
    - $x_{l}$ is the input at one position (a row vector of $d_{\text{model}}$ features)
    - $(W_1)_{l,q}$ is the first weight matrix ($d_{\text{model}} \times d_{\text{ff}}$)
    - $(b_1)_{q}$ is the first bias ($d_{\text{ff}}$ entries)
    - $(W_2)_{q,j}$ is the second weight matrix ($d_{\text{ff}} \times d_{\text{model}}$)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, W1, b1, W2, b2, G_up; out= an optional preallocated result.
    """
    x, W1, b1, W2, b2, G_up, = floats('transformer_ffn_vjp_W1', x, W1, b1, W2, b2, G_up)
    return call_gufunc(_transformer_ffn_vjp_W1, _transformer_ffn_vjp_W1_core, 'transformer_ffn_vjp_W1', '(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model)->(d_model,d_ff)', (x, W1, b1, W2, b2, G_up), [], out, parallel=_transformer_ffn_vjp_W1_threads, products=((5, False, 3, True, True), (0, False, 1, False, True),), inner='(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model),(d_ff),(d_ff)->(d_model,d_ff)')


def _transformer_ffn_vjp_b1_core(x, W1, b1, W2, b2, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    W1 = rt.wide(W1)
    b1 = rt.wide(b1)
    W2 = rt.wide(W2)
    b2 = rt.wide(b2)
    G_up = rt.wide(G_up)
    d_model = x.shape[0]
    d_ff = W1.shape[1]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _one = lit(x, 1.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(G_up, W2.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W1)
    for l in range(1, d_ff + 1):
        _t_out = (_one if _t1[l - 1] + b1[l - 1] > _zero else (_zero if _t1[l - 1] + b1[l - 1] == _t1[l - 1] + b1[l - 1] else _c0))*_t0[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_transformer_ffn_vjp_b1 = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model),(d_ff),(d_ff)->(d_ff),()", cache=True)(_transformer_ffn_vjp_b1_core))
_transformer_ffn_vjp_b1_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model),(d_ff),(d_ff)->(d_ff),()", target="parallel", cache=True)(_transformer_ffn_vjp_b1_core))


def transformer_ffn_vjp_b1(x, W1, b1, W2, b2, G_up, out=None):
    r"""45. Feed-Forward (Transformer): vjp kernel (layout (d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model)->(d_ff)).

    $\frac{\partial \mathcal{L}}{\partial (b_1)_{l}} = \left(\begin{cases} 1 & \text{if } \sum_{m=1}^{d_{\text{model}}} (W_1)_{m,l} x_{m} + (b_1)_{l} > 0 \\ 0 & \text{otherwise} \end{cases}\right) \sum_{j=1}^{d_{\text{model}}} (W_2)_{l,j} G_{j}$

    where:

    - $d_{\text{model}}$ is the model dimensionality (input and output features)
    - $d_{\text{ff}}$ is the number of hidden units of the feed-forward layer
    - $j$ is the output feature index
    - $m$ is the input feature index
    - $x_{m}$ is the input at one position (a row vector of $d_{\text{model}}$ features)
    - $(W_1)_{m,l}$ is the first weight matrix ($d_{\text{model}} \times d_{\text{ff}}$)
    - $(b_1)_{l}$ is the first bias ($d_{\text{ff}}$ entries)
    - $(W_2)_{l,j}$ is the second weight matrix ($d_{\text{ff}} \times d_{\text{model}}$)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, W1, b1, W2, b2, G_up; out= an optional preallocated result.
    """
    x, W1, b1, W2, b2, G_up, = floats('transformer_ffn_vjp_b1', x, W1, b1, W2, b2, G_up)
    return call_gufunc(_transformer_ffn_vjp_b1, _transformer_ffn_vjp_b1_core, 'transformer_ffn_vjp_b1', '(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model)->(d_ff)', (x, W1, b1, W2, b2, G_up), [], out, parallel=_transformer_ffn_vjp_b1_threads, products=((5, False, 3, True, True), (0, False, 1, False, True),), inner='(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model),(d_ff),(d_ff)->(d_ff)')


def _transformer_ffn_vjp_W2_core(x, W1, b1, W2, b2, G_up, _p0, out, _bad):
    x = rt.wide(x)
    W1 = rt.wide(W1)
    b1 = rt.wide(b1)
    W2 = rt.wide(W2)
    b2 = rt.wide(b2)
    G_up = rt.wide(G_up)
    d_model = x.shape[0]
    d_ff = W1.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(x, W1)
    for l in range(1, d_ff + 1):
        for q in range(1, d_model + 1):
            out_c[l - 1, q - 1] = G_up[q - 1]*np.maximum(_zero, _t0[l - 1] + b1[l - 1])
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_transformer_ffn_vjp_W2 = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:], float64[:, :], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model),(d_ff)->(d_ff,d_model),()", cache=True)(_transformer_ffn_vjp_W2_core))
_transformer_ffn_vjp_W2_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:], float64[:, :], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model),(d_ff)->(d_ff,d_model),()", target="parallel", cache=True)(_transformer_ffn_vjp_W2_core))


def transformer_ffn_vjp_W2(x, W1, b1, W2, b2, G_up, out=None):
    r"""45. Feed-Forward (Transformer): vjp kernel (layout (d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model)->(d_ff,d_model)).

    $\frac{\partial \mathcal{L}}{\partial (W_2)_{l,q}} = G_{q} \max\left(0, \sum_{m=1}^{d_{\text{model}}} (W_1)_{m,l} x_{m} + (b_1)_{l}\right)$

    where:

    - $d_{\text{model}}$ is the model dimensionality (input and output features)
    - $d_{\text{ff}}$ is the number of hidden units of the feed-forward layer
    - $m$ is the input feature index
    - $x_{m}$ is the input at one position (a row vector of $d_{\text{model}}$ features)
    - $(W_1)_{m,l}$ is the first weight matrix ($d_{\text{model}} \times d_{\text{ff}}$)
    - $(b_1)_{l}$ is the first bias ($d_{\text{ff}}$ entries)
    - $(W_2)_{l,q}$ is the second weight matrix ($d_{\text{ff}} \times d_{\text{model}}$)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{q}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, W1, b1, W2, b2, G_up; out= an optional preallocated result.
    """
    x, W1, b1, W2, b2, G_up, = floats('transformer_ffn_vjp_W2', x, W1, b1, W2, b2, G_up)
    return call_gufunc(_transformer_ffn_vjp_W2, _transformer_ffn_vjp_W2_core, 'transformer_ffn_vjp_W2', '(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model)->(d_ff,d_model)', (x, W1, b1, W2, b2, G_up), [], out, parallel=_transformer_ffn_vjp_W2_threads, products=((0, False, 1, False, True),), inner='(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model),(d_ff)->(d_ff,d_model)')


def _transformer_ffn_vjp_b2_core(x, W1, b1, W2, b2, G_up, out, _bad):
    x = rt.wide(x)
    W1 = rt.wide(W1)
    b1 = rt.wide(b1)
    W2 = rt.wide(W2)
    b2 = rt.wide(b2)
    G_up = rt.wide(G_up)
    d_model = x.shape[0]
    d_ff = W1.shape[1]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    for l in range(1, d_model + 1):
        _t_out = G_up[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_transformer_ffn_vjp_b2 = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:], float64[:, :], float64[:], float64[:], float64[:], float64[:])"], "(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model)->(d_model),()", cache=True)(_transformer_ffn_vjp_b2_core))
_transformer_ffn_vjp_b2_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:], float64[:, :], float64[:], float64[:], float64[:], float64[:])"], "(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model)->(d_model),()", target="parallel", cache=True)(_transformer_ffn_vjp_b2_core))


def transformer_ffn_vjp_b2(x, W1, b1, W2, b2, G_up, out=None):
    r"""45. Feed-Forward (Transformer): vjp kernel (layout (d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model)->(d_model)).

    $\frac{\partial \mathcal{L}}{\partial (b_2)_{l}} = G_{l}$

    where:

    - $d_{\text{model}}$ is the model dimensionality (input and output features)
    - $(b_2)_{l}$ is the second bias ($d_{\text{model}}$ entries)
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, W1, b1, W2, b2, G_up; out= an optional preallocated result.
    """
    x, W1, b1, W2, b2, G_up, = floats('transformer_ffn_vjp_b2', x, W1, b1, W2, b2, G_up)
    return call_gufunc(_transformer_ffn_vjp_b2, _transformer_ffn_vjp_b2_core, 'transformer_ffn_vjp_b2', '(d_model),(d_model,d_ff),(d_ff),(d_ff,d_model),(d_model),(d_model)->(d_model)', (x, W1, b1, W2, b2, G_up), [], out, parallel=_transformer_ffn_vjp_b2_threads)


def _positional_encoding_core(L, d_model, _shape0, out, _bad):
    out_c = np.ascontiguousarray(out)
    _one = lit(out, 1.0)
    _two = lit(out, 2.0)
    _c0 = lit(out, 10000.0)
    _t0 = _one/(lit(out, d_model))
    for pos in range(0, L):
        for i in range(0, (d_model) // 2):
            _t1 = -(_two*_t0*lit(out, i))
            _t2 = _c0 ** _t1
            _t3 = _t2*lit(out, pos)
            out_c[pos, 2*i] = np.sin(_t3)
    for pos in range(0, L):
        for i in range(0, (d_model) // 2):
            _t4 = -(_two*_t0*lit(out, i))
            _t5 = _c0 ** _t4
            _t6 = _t5*lit(out, pos)
            out_c[pos, 2*i + 1] = np.cos(_t6)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_positional_encoding = Lazy(lambda: numba.guvectorize(["void(int64, int64, float64[:, :], float64[:, :], float64[:])"], "(),(),(L,d_model)->(L,d_model),()", cache=True)(_positional_encoding_core))
_positional_encoding_threads = Lazy(lambda: numba.guvectorize(["void(int64, int64, float64[:, :], float64[:, :], float64[:])"], "(),(),(L,d_model)->(L,d_model),()", target="parallel", cache=True)(_positional_encoding_core))


def positional_encoding(L, d_model, out=None, dtype=np.float64):
    r"""46. Positional Encoding (Sinusoidal): forward kernel (layout (),(),(L,d_model)->(L,d_model)).

    $\begin{aligned} \operatorname{PE}(pos, 2 i) &= \sin\left(\frac{pos}{10000^{\frac{2 i}{d_{\text{model}}}}}\right) \\ \operatorname{PE}(pos, 2 i + 1) &= \cos\left(\frac{pos}{10000^{\frac{2 i}{d_{\text{model}}}}}\right) \end{aligned}$

    where:

    - $L$ is the number of positions (sequence length)
    - $d_{\text{model}}$ is the model dimensionality, an even number
    - $pos$ is the position index, from $0$ to $L - 1$
    - $i$ is the dimension index, from $0$ to $d_{\text{model}}/2 - 1$; columns $2i$ and $2i+1$ share the frequency $10000^{-2i/d_{\text{model}}}$
    - $\operatorname{PE}(pos, 2 i)$ is the encoding of position $pos$ in column $2i$ (sine) or $2i+1$ (cosine) ($L \times d_{\text{model}}$, indexed from $0$)

    Arguments: L, d_model; out= an optional preallocated result.
    """
    dtype = np.dtype(dtype)
    if dtype not in (np.float32, np.float64):
        raise TypeError(f'positional_encoding: dtype must be float32 or float64, got {dtype}')
    L, d_model, = ints('positional_encoding', L, d_model)
    rt.single('positional_encoding', 'L', L)
    rt.within('positional_encoding', 'L', L, 1.0, np.inf, False, True, 'a positive integer')
    rt.single('positional_encoding', 'd_model', d_model)
    rt.within('positional_encoding', 'd_model', d_model, 2.0, np.inf, False, True, 'an even positive integer')
    rt.even('positional_encoding', 'd_model', d_model)
    return call_gufunc(_positional_encoding, _positional_encoding_core, 'positional_encoding', '(),(),(L,d_model)->(L,d_model)', (L, d_model), [(L, d_model, )], out, dtype, parallel=_positional_encoding_threads)


def _attention_head_core(Q, K, V, W_Q, W_K, W_V, out, _bad):
    Q = rt.wide(Q)
    K = rt.wide(K)
    V = rt.wide(V)
    W_Q = rt.wide(W_Q)
    W_K = rt.wide(W_K)
    W_V = rt.wide(W_V)
    T = Q.shape[0]
    d_model = Q.shape[1]
    S = K.shape[0]
    d_k = W_Q.shape[1]
    d_v = W_V.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(Q, 1.0)
    _c0 = lit(Q, -np.inf)
    _zero = lit(Q, 0.0)
    _c1 = lit(Q, np.nan)
    _t1 = np.empty((T, S))
    _t6 = _one/np.sqrt(lit(Q, d_k))
    _t8 = rt.dot(np.ascontiguousarray(K), np.ascontiguousarray(W_K))
    _t10 = rt.dot(np.ascontiguousarray(Q), np.ascontiguousarray(W_Q))
    for _t3 in range(1, T + 1):
        _t2 = _t1[_t3 - 1]
        _t5 = _c0
        for k in range(1, S + 1):
            _t7 = _zero
            _t7_0 = _t7_1 = _t7_2 = _t7_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t7_0 += _t10[_t3 - 1, d - 1]*_t8[k - 1, d - 1]
                _t7_1 += _t10[_t3 - 1, d]*_t8[k - 1, d]
                _t7_2 += _t10[_t3 - 1, d + 1]*_t8[k - 1, d + 1]
                _t7_3 += _t10[_t3 - 1, d + 2]*_t8[k - 1, d + 2]
            _t7 += (_t7_0 + _t7_1) + (_t7_2 + _t7_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t7 += _t10[_t3 - 1, d - 1]*_t8[k - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t7) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V):
                _t7 = _c1
            _t5 = np.maximum(_t5, _t6*_t7)
        for _t4 in range(1, S + 1):
            _t11 = _zero
            _t11_0 = _t11_1 = _t11_2 = _t11_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t11_0 += _t10[_t3 - 1, d - 1]*_t8[_t4 - 1, d - 1]
                _t11_1 += _t10[_t3 - 1, d]*_t8[_t4 - 1, d]
                _t11_2 += _t10[_t3 - 1, d + 1]*_t8[_t4 - 1, d + 1]
                _t11_3 += _t10[_t3 - 1, d + 2]*_t8[_t4 - 1, d + 2]
            _t11 += (_t11_0 + _t11_1) + (_t11_2 + _t11_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t11 += _t10[_t3 - 1, d - 1]*_t8[_t4 - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t11) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V):
                _t11 = _c1
            _t2[_t4 - 1] = rt.exp_neg(_t11*_t6 - _t5)
    _t14 = rt.dot(np.ascontiguousarray(W_V).T, np.ascontiguousarray(V).T)
    for t in range(1, T + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for k in range(1, 1 + (S)//4*4, 4):
            _t0_0 += _t1[t - 1, k - 1]
            _t0_1 += _t1[t - 1, k]
            _t0_2 += _t1[t - 1, k + 1]
            _t0_3 += _t1[t - 1, k + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for k in range(1 + (S)//4*4, S + 1):
            _t0 += _t1[t - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V):
            _t0 = _c1
        _t12 = _one/(_t0)
        for j in range(1, d_v + 1):
            _t13 = _zero
            _t13_0 = _t13_1 = _t13_2 = _t13_3 = _zero
            for s in range(1, 1 + (S)//4*4, 4):
                _t13_0 += _t14[j - 1, s - 1]*_t1[t - 1, s - 1]
                _t13_1 += _t14[j - 1, s]*_t1[t - 1, s]
                _t13_2 += _t14[j - 1, s + 1]*_t1[t - 1, s + 1]
                _t13_3 += _t14[j - 1, s + 2]*_t1[t - 1, s + 2]
            _t13 += (_t13_0 + _t13_1) + (_t13_2 + _t13_3)
            for s in range(1 + (S)//4*4, S + 1):
                _t13 += _t14[j - 1, s - 1]*_t1[t - 1, s - 1]
            if rt.OVERFLOWS and not np.isfinite(_t13) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V):
                _t13 = _c1
            out_c[t - 1, j - 1] = _t12*_t13
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_attention_head = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v)->(T,d_v),()", cache=True)(_attention_head_core))
_attention_head_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v)->(T,d_v),()", target="parallel", cache=True)(_attention_head_core))


def attention_head(Q, K, V, W_Q, W_K, W_V, out=None):
    r"""76. Weighted Combination for Multi-Head: forward kernel (layout (T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v)->(T,d_v)).

    $(\text{head}_i)_{t,j} = \frac{\sum_{s=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{s,n} (W_i^K)_{n,d}\right) \sum_{m=1}^{d_{\text{model}}} V_{s,m} (W_i^V)_{m,j}}{\sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{k,n} (W_i^K)_{n,d}\right)}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $s$ is the key index
    - $d_{\text{model}}$ is the model dimensionality (columns of $Q$, $K$, $V$)
    - $d_{k}$ is the dimensionality of the projected queries and keys of a head
    - $d_{v}$ is the dimensionality of the projected values of a head
    - $j$ is the feature index of the head's output
    - $k$ is the summation index over keys in the softmax normaliser
    - $d$ is the feature index of the projected queries and keys
    - $m$ is the model feature index (projection of queries and values)
    - $n$ is the model feature index (projection of keys)
    - $Q_{t,m}$ is the query matrix, one query per row ($T \times d_{\text{model}}$)
    - $K_{k,n}$ is the key matrix, one key per row ($S \times d_{\text{model}}$)
    - $V_{s,m}$ is the value matrix, one value per row ($S \times d_{\text{model}}$)
    - $(W_i^Q)_{m,d}$ is the query projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^K)_{n,d}$ is the key projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^V)_{m,j}$ is the value projection of head $i$ ($d_{\text{model}} \times d_v$)
    - $(\text{head}_i)_{t,j}$ is the output of head $i$ for query $t$, feature $j$ ($T \times d_v$ in all)

    Arguments: Q, K, V, W_Q, W_K, W_V; out= an optional preallocated result.
    """
    Q, K, V, W_Q, W_K, W_V, = floats('attention_head', Q, K, V, W_Q, W_K, W_V)
    return call_gufunc(_attention_head, _attention_head_core, 'attention_head', '(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v)->(T,d_v)', (Q, K, V, W_Q, W_K, W_V), [], out, parallel=_attention_head_threads, blas=True)


def _attention_head_vjp_Q_core(Q, K, V, W_Q, W_K, W_V, G_up, out, _bad):
    Q = rt.wide(Q)
    K = rt.wide(K)
    V = rt.wide(V)
    W_Q = rt.wide(W_Q)
    W_K = rt.wide(W_K)
    W_V = rt.wide(W_V)
    G_up = rt.wide(G_up)
    T = Q.shape[0]
    d_model = Q.shape[1]
    S = K.shape[0]
    d_k = W_Q.shape[1]
    d_v = W_V.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(Q, 1.0)
    _c0 = lit(Q, -np.inf)
    _zero = lit(Q, 0.0)
    _c1 = lit(Q, np.nan)
    _half = lit(Q, 0.5)
    _t0 = _one/np.sqrt(lit(Q, d_k))
    _t3 = np.empty((T, S))
    _t9 = rt.dot(np.ascontiguousarray(K), np.ascontiguousarray(W_K))
    _t11 = rt.dot(np.ascontiguousarray(Q), np.ascontiguousarray(W_Q))
    for _t5 in range(1, T + 1):
        _t4 = _t3[_t5 - 1]
        _t7 = _c0
        for k in range(1, S + 1):
            _t8 = _zero
            _t8_0 = _t8_1 = _t8_2 = _t8_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t8_0 += _t11[_t5 - 1, d - 1]*_t9[k - 1, d - 1]
                _t8_1 += _t11[_t5 - 1, d]*_t9[k - 1, d]
                _t8_2 += _t11[_t5 - 1, d + 1]*_t9[k - 1, d + 1]
                _t8_3 += _t11[_t5 - 1, d + 2]*_t9[k - 1, d + 2]
            _t8 += (_t8_0 + _t8_1) + (_t8_2 + _t8_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t8 += _t11[_t5 - 1, d - 1]*_t9[k - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t8) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t8 = _c1
            _t7 = np.maximum(_t7, _t0*_t8)
        for _t6 in range(1, S + 1):
            _t12 = _zero
            _t12_0 = _t12_1 = _t12_2 = _t12_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t12_0 += _t11[_t5 - 1, d - 1]*_t9[_t6 - 1, d - 1]
                _t12_1 += _t11[_t5 - 1, d]*_t9[_t6 - 1, d]
                _t12_2 += _t11[_t5 - 1, d + 1]*_t9[_t6 - 1, d + 1]
                _t12_3 += _t11[_t5 - 1, d + 2]*_t9[_t6 - 1, d + 2]
            _t12 += (_t12_0 + _t12_1) + (_t12_2 + _t12_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t12 += _t11[_t5 - 1, d - 1]*_t9[_t6 - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t12) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t12 = _c1
            _t4[_t6 - 1] = rt.exp_neg(_t0*_t12 - _t7)
    _t21 = rt.dot(np.ascontiguousarray(V), np.ascontiguousarray(W_V))
    for l in range(1, T + 1):
        _t2 = _zero
        _t2_0 = _t2_1 = _t2_2 = _t2_3 = _zero
        for k in range(1, 1 + (S)//4*4, 4):
            _t2_0 += _t3[l - 1, k - 1]
            _t2_1 += _t3[l - 1, k]
            _t2_2 += _t3[l - 1, k + 1]
            _t2_3 += _t3[l - 1, k + 2]
        _t2 += (_t2_0 + _t2_1) + (_t2_2 + _t2_3)
        for k in range(1 + (S)//4*4, S + 1):
            _t2 += _t3[l - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
            _t2 = _c1
        _t13 = _one/(_t2)
        _t16 = np.empty(S)
        _t19 = np.empty(S)
        for t in range(1, S + 1):
            _t20 = _zero
            _t20_0 = _t20_1 = _t20_2 = _t20_3 = _zero
            for j in range(1, 1 + (d_v)//4*4, 4):
                _t22_0 = G_up[l - 1, j - 1]*_t21[t - 1, j - 1]
                _t20_0 += _t22_0
                _t22_1 = G_up[l - 1, j]*_t21[t - 1, j]
                _t20_1 += _t22_1
                _t22_2 = G_up[l - 1, j + 1]*_t21[t - 1, j + 1]
                _t20_2 += _t22_2
                _t22_3 = G_up[l - 1, j + 2]*_t21[t - 1, j + 2]
                _t20_3 += _t22_3
            _t20 += (_t20_0 + _t20_1) + (_t20_2 + _t20_3)
            for j in range(1 + (d_v)//4*4, d_v + 1):
                _t22 = G_up[l - 1, j - 1]*_t21[t - 1, j - 1]
                _t20 += _t22
            if rt.OVERFLOWS and not np.isfinite(_t20) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t20 = _c1
            _t19[t - 1] = _t20
        _t23 = _zero
        _t23_0 = _t23_1 = _t23_2 = _t23_3 = _zero
        for t in range(1, 1 + (S)//4*4, 4):
            _t23_0 += _t13*_t19[t - 1]*_t3[l - 1, t - 1]
            _t23_1 += _t13*_t19[t]*_t3[l - 1, t]
            _t23_2 += _t13*_t19[t + 1]*_t3[l - 1, t + 1]
            _t23_3 += _t13*_t19[t + 2]*_t3[l - 1, t + 2]
        _t23 += (_t23_0 + _t23_1) + (_t23_2 + _t23_3)
        for t in range(1 + (S)//4*4, S + 1):
            _t23 += _t13*_t19[t - 1]*_t3[l - 1, t - 1]
        if rt.OVERFLOWS and not np.isfinite(_t23) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
            _t23 = _c1
        for s in range(1, S + 1):
            if _t13*_t3[l - 1, s - 1] > _half:
                _t18 = _zero
                _t18_0 = _t18_1 = _t18_2 = _t18_3 = _zero
                for t in range(1, 1 + (S)//4*4, 4):
                    _t18_0 += _t13*(_t19[s - 1] - _t19[t - 1])*_t3[l - 1, t - 1]
                    _t18_1 += _t13*(_t19[s - 1] - _t19[t])*_t3[l - 1, t]
                    _t18_2 += _t13*(_t19[s - 1] - _t19[t + 1])*_t3[l - 1, t + 1]
                    _t18_3 += _t13*(_t19[s - 1] - _t19[t + 2])*_t3[l - 1, t + 2]
                _t18 += (_t18_0 + _t18_1) + (_t18_2 + _t18_3)
                for t in range(1 + (S)//4*4, S + 1):
                    _t18 += _t13*(_t19[s - 1] - _t19[t - 1])*_t3[l - 1, t - 1]
                if rt.OVERFLOWS and not np.isfinite(_t18) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                    _t18 = _c1
                _t17 = _t18
            elif not (_t13*_t3[l - 1, s - 1] == _t13*_t3[l - 1, s - 1]):
                _t17 = _c1
            else:
                _t17 = -_t23 + _t19[s - 1]
            _t16[s - 1] = _t17
        for q in range(1, d_model + 1):
            _t1 = _zero
            for s in range(1, S + 1):
                _t14 = _zero
                _t14_0 = _t14_1 = _t14_2 = _t14_3 = _zero
                for d in range(1, 1 + (d_k)//4*4, 4):
                    _t15_0 = W_Q[q - 1, d - 1]*_t9[s - 1, d - 1]
                    _t14_0 += _t15_0
                    _t15_1 = W_Q[q - 1, d]*_t9[s - 1, d]
                    _t14_1 += _t15_1
                    _t15_2 = W_Q[q - 1, d + 1]*_t9[s - 1, d + 1]
                    _t14_2 += _t15_2
                    _t15_3 = W_Q[q - 1, d + 2]*_t9[s - 1, d + 2]
                    _t14_3 += _t15_3
                _t14 += (_t14_0 + _t14_1) + (_t14_2 + _t14_3)
                for d in range(1 + (d_k)//4*4, d_k + 1):
                    _t15 = W_Q[q - 1, d - 1]*_t9[s - 1, d - 1]
                    _t14 += _t15
                if rt.OVERFLOWS and not np.isfinite(_t14) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                    _t14 = _c1
                _t1 += _t13*_t14*_t16[s - 1]*_t3[l - 1, s - 1]
            if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t1 = _c1
            out_c[l - 1, q - 1] = _t0*_t1
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_attention_head_vjp_Q = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(T,d_model),()", cache=True)(_attention_head_vjp_Q_core))
_attention_head_vjp_Q_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(T,d_model),()", target="parallel", cache=True)(_attention_head_vjp_Q_core))


def attention_head_vjp_Q(Q, K, V, W_Q, W_K, W_V, G_up, out=None):
    r"""76. Weighted Combination for Multi-Head: vjp kernel (layout (T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(T,d_model)).

    $\frac{\partial \mathcal{L}}{\partial Q_{l,q}} = \frac{\sum_{j=1}^{d_{v}} G_{l,j} \sum_{s=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{l,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{s,n} (W_i^K)_{n,d}\right) \left(\sum_{d=1}^{d_{k}} (W_i^Q)_{q,d} \sum_{n=1}^{d_{\text{model}}} K_{s,n} (W_i^K)_{n,d}\right) \sum_{m=1}^{d_{\text{model}}} V_{s,m} (W_i^V)_{m,j} - \frac{\left(\sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{l,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{k,n} (W_i^K)_{n,d}\right) \sum_{d=1}^{d_{k}} (W_i^Q)_{q,d} \sum_{n=1}^{d_{\text{model}}} K_{k,n} (W_i^K)_{n,d}\right) \sum_{j=1}^{d_{v}} G_{l,j} \sum_{s=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{l,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{s,n} (W_i^K)_{n,d}\right) \sum_{m=1}^{d_{\text{model}}} V_{s,m} (W_i^V)_{m,j}}{\sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{l,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{k,n} (W_i^K)_{n,d}\right)}}{\sqrt{d_{k}} \sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{l,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{k,n} (W_i^K)_{n,d}\right)}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $s$ is the key index
    - $d_{\text{model}}$ is the model dimensionality (columns of $Q$, $K$, $V$)
    - $d_{k}$ is the dimensionality of the projected queries and keys of a head
    - $d_{v}$ is the dimensionality of the projected values of a head
    - $j$ is the feature index of the head's output
    - $k$ is the summation index over keys in the softmax normaliser
    - $d$ is the feature index of the projected queries and keys
    - $m$ is the model feature index (projection of queries and values)
    - $n$ is the model feature index (projection of keys)
    - $Q_{l,q}$ is the query matrix, one query per row ($T \times d_{\text{model}}$)
    - $K_{k,n}$ is the key matrix, one key per row ($S \times d_{\text{model}}$)
    - $V_{s,m}$ is the value matrix, one value per row ($S \times d_{\text{model}}$)
    - $(W_i^Q)_{m,d}$ is the query projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^K)_{n,d}$ is the key projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^V)_{m,j}$ is the value projection of head $i$ ($d_{\text{model}} \times d_v$)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: Q, K, V, W_Q, W_K, W_V, G_up; out= an optional preallocated result.
    """
    Q, K, V, W_Q, W_K, W_V, G_up, = floats('attention_head_vjp_Q', Q, K, V, W_Q, W_K, W_V, G_up)
    return call_gufunc(_attention_head_vjp_Q, _attention_head_vjp_Q_core, 'attention_head_vjp_Q', '(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(T,d_model)', (Q, K, V, W_Q, W_K, W_V, G_up), [], out, parallel=_attention_head_vjp_Q_threads, blas=True)


def _attention_head_vjp_K_core(Q, K, V, W_Q, W_K, W_V, G_up, out, _bad):
    Q = rt.wide(Q)
    K = rt.wide(K)
    V = rt.wide(V)
    W_Q = rt.wide(W_Q)
    W_K = rt.wide(W_K)
    W_V = rt.wide(W_V)
    G_up = rt.wide(G_up)
    T = Q.shape[0]
    d_model = Q.shape[1]
    S = K.shape[0]
    d_k = W_Q.shape[1]
    d_v = W_V.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(Q, 1.0)
    _c0 = lit(Q, -np.inf)
    _zero = lit(Q, 0.0)
    _c1 = lit(Q, np.nan)
    _half = lit(Q, 0.5)
    _t0 = _one/np.sqrt(lit(Q, d_k))
    _t2 = np.empty(T)
    _t3 = np.empty(T)
    _t5 = np.empty((T, S))
    _t11 = rt.dot(np.ascontiguousarray(K), np.ascontiguousarray(W_K))
    _t13 = rt.dot(np.ascontiguousarray(Q), np.ascontiguousarray(W_Q))
    for _t7 in range(1, T + 1):
        _t6 = _t5[_t7 - 1]
        _t9 = _c0
        for k in range(1, S + 1):
            _t10 = _zero
            _t10_0 = _t10_1 = _t10_2 = _t10_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t10_0 += _t11[k - 1, d - 1]*_t13[_t7 - 1, d - 1]
                _t10_1 += _t11[k - 1, d]*_t13[_t7 - 1, d]
                _t10_2 += _t11[k - 1, d + 1]*_t13[_t7 - 1, d + 1]
                _t10_3 += _t11[k - 1, d + 2]*_t13[_t7 - 1, d + 2]
            _t10 += (_t10_0 + _t10_1) + (_t10_2 + _t10_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t10 += _t11[k - 1, d - 1]*_t13[_t7 - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t10) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t10 = _c1
            _t9 = np.maximum(_t9, _t0*_t10)
        for _t8 in range(1, S + 1):
            _t14 = _zero
            _t14_0 = _t14_1 = _t14_2 = _t14_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t14_0 += _t11[_t8 - 1, d - 1]*_t13[_t7 - 1, d - 1]
                _t14_1 += _t11[_t8 - 1, d]*_t13[_t7 - 1, d]
                _t14_2 += _t11[_t8 - 1, d + 1]*_t13[_t7 - 1, d + 1]
                _t14_3 += _t11[_t8 - 1, d + 2]*_t13[_t7 - 1, d + 2]
            _t14 += (_t14_0 + _t14_1) + (_t14_2 + _t14_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t14 += _t11[_t8 - 1, d - 1]*_t13[_t7 - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t14) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t14 = _c1
            _t6[_t8 - 1] = rt.exp_neg(_t0*_t14 - _t9)
    for t in range(1, T + 1):
        _t4 = _zero
        _t4_0 = _t4_1 = _t4_2 = _t4_3 = _zero
        for k in range(1, 1 + (S)//4*4, 4):
            _t4_0 += _t5[t - 1, k - 1]
            _t4_1 += _t5[t - 1, k]
            _t4_2 += _t5[t - 1, k + 1]
            _t4_3 += _t5[t - 1, k + 2]
        _t4 += (_t4_0 + _t4_1) + (_t4_2 + _t4_3)
        for k in range(1 + (S)//4*4, S + 1):
            _t4 += _t5[t - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t4) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
            _t4 = _c1
        _t3[t - 1] = _t4
    for t in range(1, T + 1):
        _t15 = _one/(_t3[t - 1])
        _t2[t - 1] = _t15
    _t22 = rt.dot(np.ascontiguousarray(V), np.ascontiguousarray(W_V))
    _t27 = np.empty(T)
    for t in range(1, T + 1):
        _t28 = _zero
        for s in range(1, S + 1):
            _t29 = _zero
            _t29_0 = _t29_1 = _t29_2 = _t29_3 = _zero
            for j in range(1, 1 + (d_v)//4*4, 4):
                _t30_0 = G_up[t - 1, j - 1]*_t22[s - 1, j - 1]
                _t29_0 += _t30_0
                _t30_1 = G_up[t - 1, j]*_t22[s - 1, j]
                _t29_1 += _t30_1
                _t30_2 = G_up[t - 1, j + 1]*_t22[s - 1, j + 1]
                _t29_2 += _t30_2
                _t30_3 = G_up[t - 1, j + 2]*_t22[s - 1, j + 2]
                _t29_3 += _t30_3
            _t29 += (_t29_0 + _t29_1) + (_t29_2 + _t29_3)
            for j in range(1 + (d_v)//4*4, d_v + 1):
                _t30 = G_up[t - 1, j - 1]*_t22[s - 1, j - 1]
                _t29 += _t30
            if rt.OVERFLOWS and not np.isfinite(_t29) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t29 = _c1
            _t28 += _t29*_t2[t - 1]*_t5[t - 1, s - 1]
        if rt.OVERFLOWS and not np.isfinite(_t28) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
            _t28 = _c1
        _t27[t - 1] = _t28
    for l in range(1, S + 1):
        _t18 = np.empty(T)
        for t in range(1, T + 1):
            if _t2[t - 1]*_t5[t - 1, l - 1] > _half:
                _t20 = _zero
                _t24 = _zero
                _t24_0 = _t24_1 = _t24_2 = _t24_3 = _zero
                for j in range(1, 1 + (d_v)//4*4, 4):
                    _t26_0 = G_up[t - 1, j - 1]*_t22[l - 1, j - 1]
                    _t24_0 += _t26_0
                    _t26_1 = G_up[t - 1, j]*_t22[l - 1, j]
                    _t24_1 += _t26_1
                    _t26_2 = G_up[t - 1, j + 1]*_t22[l - 1, j + 1]
                    _t24_2 += _t26_2
                    _t26_3 = G_up[t - 1, j + 2]*_t22[l - 1, j + 2]
                    _t24_3 += _t26_3
                _t24 += (_t24_0 + _t24_1) + (_t24_2 + _t24_3)
                for j in range(1 + (d_v)//4*4, d_v + 1):
                    _t26 = G_up[t - 1, j - 1]*_t22[l - 1, j - 1]
                    _t24 += _t26
                if rt.OVERFLOWS and not np.isfinite(_t24) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                    _t24 = _c1
                for s in range(1, S + 1):
                    _t21 = _zero
                    _t21_0 = _t21_1 = _t21_2 = _t21_3 = _zero
                    for j in range(1, 1 + (d_v)//4*4, 4):
                        _t23_0 = G_up[t - 1, j - 1]*_t22[s - 1, j - 1]
                        _t21_0 += _t23_0
                        _t23_1 = G_up[t - 1, j]*_t22[s - 1, j]
                        _t21_1 += _t23_1
                        _t23_2 = G_up[t - 1, j + 1]*_t22[s - 1, j + 1]
                        _t21_2 += _t23_2
                        _t23_3 = G_up[t - 1, j + 2]*_t22[s - 1, j + 2]
                        _t21_3 += _t23_3
                    _t21 += (_t21_0 + _t21_1) + (_t21_2 + _t21_3)
                    for j in range(1 + (d_v)//4*4, d_v + 1):
                        _t23 = G_up[t - 1, j - 1]*_t22[s - 1, j - 1]
                        _t21 += _t23
                    if rt.OVERFLOWS and not np.isfinite(_t21) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                        _t21 = _c1
                    _t20 += (-_t21 + _t24)*_t2[t - 1]*_t5[t - 1, s - 1]
                if rt.OVERFLOWS and not np.isfinite(_t20) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                    _t20 = _c1
                _t19 = _t20
            elif not (_t2[t - 1]*_t5[t - 1, l - 1] == _t2[t - 1]*_t5[t - 1, l - 1]):
                _t19 = _c1
            else:
                _t31 = _zero
                _t31_0 = _t31_1 = _t31_2 = _t31_3 = _zero
                for j in range(1, 1 + (d_v)//4*4, 4):
                    _t32_0 = G_up[t - 1, j - 1]*_t22[l - 1, j - 1]
                    _t31_0 += _t32_0
                    _t32_1 = G_up[t - 1, j]*_t22[l - 1, j]
                    _t31_1 += _t32_1
                    _t32_2 = G_up[t - 1, j + 1]*_t22[l - 1, j + 1]
                    _t31_2 += _t32_2
                    _t32_3 = G_up[t - 1, j + 2]*_t22[l - 1, j + 2]
                    _t31_3 += _t32_3
                _t31 += (_t31_0 + _t31_1) + (_t31_2 + _t31_3)
                for j in range(1 + (d_v)//4*4, d_v + 1):
                    _t32 = G_up[t - 1, j - 1]*_t22[l - 1, j - 1]
                    _t31 += _t32
                if rt.OVERFLOWS and not np.isfinite(_t31) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                    _t31 = _c1
                _t19 = _t31 - _t27[t - 1]
            _t18[t - 1] = _t19
        for q in range(1, d_model + 1):
            _t1 = _zero
            for t in range(1, T + 1):
                _t16 = _zero
                _t16_0 = _t16_1 = _t16_2 = _t16_3 = _zero
                for d in range(1, 1 + (d_k)//4*4, 4):
                    _t17_0 = W_K[q - 1, d - 1]*_t13[t - 1, d - 1]
                    _t16_0 += _t17_0
                    _t17_1 = W_K[q - 1, d]*_t13[t - 1, d]
                    _t16_1 += _t17_1
                    _t17_2 = W_K[q - 1, d + 1]*_t13[t - 1, d + 1]
                    _t16_2 += _t17_2
                    _t17_3 = W_K[q - 1, d + 2]*_t13[t - 1, d + 2]
                    _t16_3 += _t17_3
                _t16 += (_t16_0 + _t16_1) + (_t16_2 + _t16_3)
                for d in range(1 + (d_k)//4*4, d_k + 1):
                    _t17 = W_K[q - 1, d - 1]*_t13[t - 1, d - 1]
                    _t16 += _t17
                if rt.OVERFLOWS and not np.isfinite(_t16) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                    _t16 = _c1
                _t1 += _t16*_t18[t - 1]*_t2[t - 1]*_t5[t - 1, l - 1]
            if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t1 = _c1
            out_c[l - 1, q - 1] = _t0*_t1
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_attention_head_vjp_K = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(S,d_model),()", cache=True)(_attention_head_vjp_K_core))
_attention_head_vjp_K_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(S,d_model),()", target="parallel", cache=True)(_attention_head_vjp_K_core))


def attention_head_vjp_K(Q, K, V, W_Q, W_K, W_V, G_up, out=None):
    r"""76. Weighted Combination for Multi-Head: vjp kernel (layout (T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(S,d_model)).

    $\frac{\partial \mathcal{L}}{\partial K_{l,q}} = \frac{\sum_{j=1}^{d_{v}} \left(\sum_{t=1}^{T} \frac{(\text{head}_i)_{t,j} G_{t,j} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{l,n} (W_i^K)_{n,d}\right) \sum_{d=1}^{d_{k}} (W_i^K)_{q,d} \sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}}{\sum_{s=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{s,n} (W_i^K)_{n,d}\right) \sum_{m=1}^{d_{\text{model}}} V_{s,m} (W_i^V)_{m,j}}\right) \sum_{m=1}^{d_{\text{model}}} V_{l,m} (W_i^V)_{m,j} - \sum_{j=1}^{d_{v}} \sum_{t=1}^{T} \frac{\left((\text{head}_i)_{t,j}\right)^{2} G_{t,j} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{l,n} (W_i^K)_{n,d}\right) \sum_{d=1}^{d_{k}} (W_i^K)_{q,d} \sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}}{\sum_{s=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{s,n} (W_i^K)_{n,d}\right) \sum_{m=1}^{d_{\text{model}}} V_{s,m} (W_i^V)_{m,j}}}{\sqrt{d_{k}}}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $s$ is the key index
    - $d_{\text{model}}$ is the model dimensionality (columns of $Q$, $K$, $V$)
    - $d_{k}$ is the dimensionality of the projected queries and keys of a head
    - $d_{v}$ is the dimensionality of the projected values of a head
    - $j$ is the feature index of the head's output
    - $d$ is the feature index of the projected queries and keys
    - $m$ is the model feature index (projection of queries and values)
    - $n$ is the model feature index (projection of keys)
    - $Q_{t,m}$ is the query matrix, one query per row ($T \times d_{\text{model}}$)
    - $K_{l,q}$ is the key matrix, one key per row ($S \times d_{\text{model}}$)
    - $V_{s,m}$ is the value matrix, one value per row ($S \times d_{\text{model}}$)
    - $(W_i^Q)_{m,d}$ is the query projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^K)_{n,d}$ is the key projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^V)_{m,j}$ is the value projection of head $i$ ($d_{\text{model}} \times d_v$)
    - $(\text{head}_i)_{t,j}$ is the output of head $i$ for query $t$, feature $j$ ($T \times d_v$ in all)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{t,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: Q, K, V, W_Q, W_K, W_V, G_up; out= an optional preallocated result.
    """
    Q, K, V, W_Q, W_K, W_V, G_up, = floats('attention_head_vjp_K', Q, K, V, W_Q, W_K, W_V, G_up)
    return call_gufunc(_attention_head_vjp_K, _attention_head_vjp_K_core, 'attention_head_vjp_K', '(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(S,d_model)', (Q, K, V, W_Q, W_K, W_V, G_up), [], out, parallel=_attention_head_vjp_K_threads, blas=True)


def _attention_head_vjp_V_core(Q, K, V, W_Q, W_K, W_V, G_up, out, _bad):
    Q = rt.wide(Q)
    K = rt.wide(K)
    V = rt.wide(V)
    W_Q = rt.wide(W_Q)
    W_K = rt.wide(W_K)
    W_V = rt.wide(W_V)
    G_up = rt.wide(G_up)
    T = Q.shape[0]
    d_model = Q.shape[1]
    S = K.shape[0]
    d_k = W_Q.shape[1]
    d_v = W_V.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(Q, 1.0)
    _c0 = lit(Q, -np.inf)
    _zero = lit(Q, 0.0)
    _c1 = lit(Q, np.nan)
    _t3 = np.empty(T)
    _t4 = np.empty(T)
    _t6 = np.empty((T, S))
    _t11 = _one/np.sqrt(lit(Q, d_k))
    _t13 = rt.dot(np.ascontiguousarray(K), np.ascontiguousarray(W_K))
    _t15 = rt.dot(np.ascontiguousarray(Q), np.ascontiguousarray(W_Q))
    for _t8 in range(1, T + 1):
        _t7 = _t6[_t8 - 1]
        _t10 = _c0
        for k in range(1, S + 1):
            _t12 = _zero
            _t12_0 = _t12_1 = _t12_2 = _t12_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t12_0 += _t13[k - 1, d - 1]*_t15[_t8 - 1, d - 1]
                _t12_1 += _t13[k - 1, d]*_t15[_t8 - 1, d]
                _t12_2 += _t13[k - 1, d + 1]*_t15[_t8 - 1, d + 1]
                _t12_3 += _t13[k - 1, d + 2]*_t15[_t8 - 1, d + 2]
            _t12 += (_t12_0 + _t12_1) + (_t12_2 + _t12_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t12 += _t13[k - 1, d - 1]*_t15[_t8 - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t12) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t12 = _c1
            _t10 = np.maximum(_t10, _t11*_t12)
        for _t9 in range(1, S + 1):
            _t16 = _zero
            _t16_0 = _t16_1 = _t16_2 = _t16_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t16_0 += _t13[_t9 - 1, d - 1]*_t15[_t8 - 1, d - 1]
                _t16_1 += _t13[_t9 - 1, d]*_t15[_t8 - 1, d]
                _t16_2 += _t13[_t9 - 1, d + 1]*_t15[_t8 - 1, d + 1]
                _t16_3 += _t13[_t9 - 1, d + 2]*_t15[_t8 - 1, d + 2]
            _t16 += (_t16_0 + _t16_1) + (_t16_2 + _t16_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t16 += _t13[_t9 - 1, d - 1]*_t15[_t8 - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t16) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t16 = _c1
            _t7[_t9 - 1] = rt.exp_neg(-_t10 + _t11*_t16)
    for t in range(1, T + 1):
        _t5 = _zero
        _t5_0 = _t5_1 = _t5_2 = _t5_3 = _zero
        for k in range(1, 1 + (S)//4*4, 4):
            _t5_0 += _t6[t - 1, k - 1]
            _t5_1 += _t6[t - 1, k]
            _t5_2 += _t6[t - 1, k + 1]
            _t5_3 += _t6[t - 1, k + 2]
        _t5 += (_t5_0 + _t5_1) + (_t5_2 + _t5_3)
        for k in range(1 + (S)//4*4, S + 1):
            _t5 += _t6[t - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t5) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
            _t5 = _c1
        _t4[t - 1] = _t5
    for t in range(1, T + 1):
        _t3[t - 1] = _one/(_t4[t - 1])
    _t19 = np.empty((S, T))
    for l in range(1, S + 1):
        _t17 = _t19[l - 1]
        for t in range(1, T + 1):
            _t17[t - 1] = _t3[t - 1]*_t6[t - 1, l - 1]
    _t20 = rt.dot(np.ascontiguousarray(_t19), np.ascontiguousarray(G_up))
    for l in range(1, S + 1):
        _t18 = _t20[l - 1]
        for q in range(1, d_model + 1):
            _t0 = _zero
            _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
            for j in range(1, 1 + (d_v)//4*4, 4):
                _t0_0 += W_V[q - 1, j - 1]*_t18[j - 1]
                _t0_1 += W_V[q - 1, j]*_t18[j]
                _t0_2 += W_V[q - 1, j + 1]*_t18[j + 1]
                _t0_3 += W_V[q - 1, j + 2]*_t18[j + 2]
            _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
            for j in range(1 + (d_v)//4*4, d_v + 1):
                _t0 += W_V[q - 1, j - 1]*_t18[j - 1]
            if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t0 = _c1
            out_c[l - 1, q - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_attention_head_vjp_V = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(S,d_model),()", cache=True)(_attention_head_vjp_V_core))
_attention_head_vjp_V_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(S,d_model),()", target="parallel", cache=True)(_attention_head_vjp_V_core))


def attention_head_vjp_V(Q, K, V, W_Q, W_K, W_V, G_up, out=None):
    r"""76. Weighted Combination for Multi-Head: vjp kernel (layout (T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(S,d_model)).

    $\frac{\partial \mathcal{L}}{\partial V_{l,q}} = \sum_{j=1}^{d_{v}} (W_i^V)_{q,j} \sum_{t=1}^{T} \frac{G_{t,j} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{l,n} (W_i^K)_{n,d}\right)}{\sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{k,n} (W_i^K)_{n,d}\right)}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $d_{\text{model}}$ is the model dimensionality (columns of $Q$, $K$, $V$)
    - $d_{k}$ is the dimensionality of the projected queries and keys of a head
    - $d_{v}$ is the dimensionality of the projected values of a head
    - $j$ is the feature index of the head's output
    - $k$ is the summation index over keys in the softmax normaliser
    - $d$ is the feature index of the projected queries and keys
    - $m$ is the model feature index (projection of queries and values)
    - $n$ is the model feature index (projection of keys)
    - $Q_{t,m}$ is the query matrix, one query per row ($T \times d_{\text{model}}$)
    - $K_{k,n}$ is the key matrix, one key per row ($S \times d_{\text{model}}$)
    - $V_{l,q}$ is the value matrix, one value per row ($S \times d_{\text{model}}$)
    - $(W_i^Q)_{m,d}$ is the query projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^K)_{n,d}$ is the key projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^V)_{q,j}$ is the value projection of head $i$ ($d_{\text{model}} \times d_v$)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{t,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: Q, K, V, W_Q, W_K, W_V, G_up; out= an optional preallocated result.
    """
    Q, K, V, W_Q, W_K, W_V, G_up, = floats('attention_head_vjp_V', Q, K, V, W_Q, W_K, W_V, G_up)
    return call_gufunc(_attention_head_vjp_V, _attention_head_vjp_V_core, 'attention_head_vjp_V', '(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(S,d_model)', (Q, K, V, W_Q, W_K, W_V, G_up), [], out, parallel=_attention_head_vjp_V_threads, blas=True)


def _attention_head_vjp_W_Q_core(Q, K, V, W_Q, W_K, W_V, G_up, out, _bad):
    Q = rt.wide(Q)
    K = rt.wide(K)
    V = rt.wide(V)
    W_Q = rt.wide(W_Q)
    W_K = rt.wide(W_K)
    W_V = rt.wide(W_V)
    G_up = rt.wide(G_up)
    T = Q.shape[0]
    d_model = Q.shape[1]
    S = K.shape[0]
    d_k = W_Q.shape[1]
    d_v = W_V.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(Q, 1.0)
    _c0 = lit(Q, -np.inf)
    _zero = lit(Q, 0.0)
    _c1 = lit(Q, np.nan)
    _half = lit(Q, 0.5)
    _t0 = _one/np.sqrt(lit(Q, d_k))
    _t3 = np.empty(T)
    _t4 = np.empty(T)
    _t6 = np.empty((T, S))
    _t12 = rt.dot(np.ascontiguousarray(K), np.ascontiguousarray(W_K))
    _t14 = rt.dot(np.ascontiguousarray(Q), np.ascontiguousarray(W_Q))
    for _t8 in range(1, T + 1):
        _t7 = _t6[_t8 - 1]
        _t10 = _c0
        for k in range(1, S + 1):
            _t11 = _zero
            _t11_0 = _t11_1 = _t11_2 = _t11_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t11_0 += _t12[k - 1, d - 1]*_t14[_t8 - 1, d - 1]
                _t11_1 += _t12[k - 1, d]*_t14[_t8 - 1, d]
                _t11_2 += _t12[k - 1, d + 1]*_t14[_t8 - 1, d + 1]
                _t11_3 += _t12[k - 1, d + 2]*_t14[_t8 - 1, d + 2]
            _t11 += (_t11_0 + _t11_1) + (_t11_2 + _t11_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t11 += _t12[k - 1, d - 1]*_t14[_t8 - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t11) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t11 = _c1
            _t10 = np.maximum(_t10, _t0*_t11)
        for _t9 in range(1, S + 1):
            _t15 = _zero
            _t15_0 = _t15_1 = _t15_2 = _t15_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t15_0 += _t12[_t9 - 1, d - 1]*_t14[_t8 - 1, d - 1]
                _t15_1 += _t12[_t9 - 1, d]*_t14[_t8 - 1, d]
                _t15_2 += _t12[_t9 - 1, d + 1]*_t14[_t8 - 1, d + 1]
                _t15_3 += _t12[_t9 - 1, d + 2]*_t14[_t8 - 1, d + 2]
            _t15 += (_t15_0 + _t15_1) + (_t15_2 + _t15_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t15 += _t12[_t9 - 1, d - 1]*_t14[_t8 - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t15) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t15 = _c1
            _t7[_t9 - 1] = rt.exp_neg(_t0*_t15 - _t10)
    for t in range(1, T + 1):
        _t5 = _zero
        _t5_0 = _t5_1 = _t5_2 = _t5_3 = _zero
        for k in range(1, 1 + (S)//4*4, 4):
            _t5_0 += _t6[t - 1, k - 1]
            _t5_1 += _t6[t - 1, k]
            _t5_2 += _t6[t - 1, k + 1]
            _t5_3 += _t6[t - 1, k + 2]
        _t5 += (_t5_0 + _t5_1) + (_t5_2 + _t5_3)
        for k in range(1 + (S)//4*4, S + 1):
            _t5 += _t6[t - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t5) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
            _t5 = _c1
        _t4[t - 1] = _t5
    for t in range(1, T + 1):
        _t16 = _one/(_t4[t - 1])
        _t3[t - 1] = _t16
    _t22 = rt.dot(np.ascontiguousarray(V), np.ascontiguousarray(W_V))
    _t24 = np.empty(T)
    for t in range(1, T + 1):
        _t25 = _zero
        for w in range(1, S + 1):
            _t26 = _zero
            _t26_0 = _t26_1 = _t26_2 = _t26_3 = _zero
            for j in range(1, 1 + (d_v)//4*4, 4):
                _t27_0 = G_up[t - 1, j - 1]*_t22[w - 1, j - 1]
                _t26_0 += _t27_0
                _t27_1 = G_up[t - 1, j]*_t22[w - 1, j]
                _t26_1 += _t27_1
                _t27_2 = G_up[t - 1, j + 1]*_t22[w - 1, j + 1]
                _t26_2 += _t27_2
                _t27_3 = G_up[t - 1, j + 2]*_t22[w - 1, j + 2]
                _t26_3 += _t27_3
            _t26 += (_t26_0 + _t26_1) + (_t26_2 + _t26_3)
            for j in range(1 + (d_v)//4*4, d_v + 1):
                _t27 = G_up[t - 1, j - 1]*_t22[w - 1, j - 1]
                _t26 += _t27
            if rt.OVERFLOWS and not np.isfinite(_t26) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t26 = _c1
            _t25 += _t26*_t3[t - 1]*_t6[t - 1, w - 1]
        if rt.OVERFLOWS and not np.isfinite(_t25) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
            _t25 = _c1
        _t24[t - 1] = _t25
    for l in range(1, d_model + 1):
        for q in range(1, d_k + 1):
            _t1 = _zero
            for t in range(1, T + 1):
                _t2 = _zero
                _t20 = np.empty(S)
                for w in range(1, S + 1):
                    _t21 = _zero
                    _t21_0 = _t21_1 = _t21_2 = _t21_3 = _zero
                    for j in range(1, 1 + (d_v)//4*4, 4):
                        _t23_0 = G_up[t - 1, j - 1]*_t22[w - 1, j - 1]
                        _t21_0 += _t23_0
                        _t23_1 = G_up[t - 1, j]*_t22[w - 1, j]
                        _t21_1 += _t23_1
                        _t23_2 = G_up[t - 1, j + 1]*_t22[w - 1, j + 1]
                        _t21_2 += _t23_2
                        _t23_3 = G_up[t - 1, j + 2]*_t22[w - 1, j + 2]
                        _t21_3 += _t23_3
                    _t21 += (_t21_0 + _t21_1) + (_t21_2 + _t21_3)
                    for j in range(1 + (d_v)//4*4, d_v + 1):
                        _t23 = G_up[t - 1, j - 1]*_t22[w - 1, j - 1]
                        _t21 += _t23
                    if rt.OVERFLOWS and not np.isfinite(_t21) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                        _t21 = _c1
                    _t20[w - 1] = _t21
                for s in range(1, S + 1):
                    if _t3[t - 1]*_t6[t - 1, s - 1] > _half:
                        _t19 = _zero
                        _t19_0 = _t19_1 = _t19_2 = _t19_3 = _zero
                        for w in range(1, 1 + (S)//4*4, 4):
                            _t19_0 += (_t20[s - 1] - _t20[w - 1])*_t3[t - 1]*_t6[t - 1, w - 1]
                            _t19_1 += (_t20[s - 1] - _t20[w])*_t3[t - 1]*_t6[t - 1, w]
                            _t19_2 += (_t20[s - 1] - _t20[w + 1])*_t3[t - 1]*_t6[t - 1, w + 1]
                            _t19_3 += (_t20[s - 1] - _t20[w + 2])*_t3[t - 1]*_t6[t - 1, w + 2]
                        _t19 += (_t19_0 + _t19_1) + (_t19_2 + _t19_3)
                        for w in range(1 + (S)//4*4, S + 1):
                            _t19 += (_t20[s - 1] - _t20[w - 1])*_t3[t - 1]*_t6[t - 1, w - 1]
                        if rt.OVERFLOWS and not np.isfinite(_t19) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                            _t19 = _c1
                        _t18 = _t19
                    elif not (_t3[t - 1]*_t6[t - 1, s - 1] == _t3[t - 1]*_t6[t - 1, s - 1]):
                        _t18 = _c1
                    else:
                        _t18 = _t20[s - 1] - _t24[t - 1]
                    _t2 += _t18*Q[t - 1, l - 1]*_t12[s - 1, q - 1]*_t3[t - 1]*_t6[t - 1, s - 1]
                if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                    _t2 = _c1
                _t1 += _t2
            if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t1 = _c1
            out_c[l - 1, q - 1] = _t0*_t1
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_attention_head_vjp_W_Q = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(d_model,d_k),()", cache=True)(_attention_head_vjp_W_Q_core))
_attention_head_vjp_W_Q_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(d_model,d_k),()", target="parallel", cache=True)(_attention_head_vjp_W_Q_core))


def attention_head_vjp_W_Q(Q, K, V, W_Q, W_K, W_V, G_up, out=None):
    r"""76. Weighted Combination for Multi-Head: vjp kernel (layout (T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(d_model,d_k)).

    $\frac{\partial \mathcal{L}}{\partial (W_i^Q)_{l,q}} = \sum_{j=1}^{d_{v}} \sum_{t=1}^{T} \frac{Q_{t,l} (\text{head}_i)_{t,j} G_{t,j} \left(\sum_{s=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{s,n} (W_i^K)_{n,d}\right) \left(\sum_{n=1}^{d_{\text{model}}} K_{s,n} (W_i^K)_{n,q}\right) \sum_{m=1}^{d_{\text{model}}} V_{s,m} (W_i^V)_{m,j} - (\text{head}_i)_{t,j} \sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{k,n} (W_i^K)_{n,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{k,n} (W_i^K)_{n,q}\right)}{\sqrt{d_{k}} \sum_{s=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{s,n} (W_i^K)_{n,d}\right) \sum_{m=1}^{d_{\text{model}}} V_{s,m} (W_i^V)_{m,j}}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $s$ is the key index
    - $d_{\text{model}}$ is the model dimensionality (columns of $Q$, $K$, $V$)
    - $d_{k}$ is the dimensionality of the projected queries and keys of a head
    - $d_{v}$ is the dimensionality of the projected values of a head
    - $j$ is the feature index of the head's output
    - $k$ is the summation index over keys in the softmax normaliser
    - $d$ is the feature index of the projected queries and keys
    - $m$ is the model feature index (projection of queries and values)
    - $n$ is the model feature index (projection of keys)
    - $Q_{t,m}$ is the query matrix, one query per row ($T \times d_{\text{model}}$)
    - $K_{s,n}$ is the key matrix, one key per row ($S \times d_{\text{model}}$)
    - $V_{s,m}$ is the value matrix, one value per row ($S \times d_{\text{model}}$)
    - $(W_i^Q)_{l,q}$ is the query projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^K)_{n,d}$ is the key projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^V)_{m,j}$ is the value projection of head $i$ ($d_{\text{model}} \times d_v$)
    - $(\text{head}_i)_{t,j}$ is the output of head $i$ for query $t$, feature $j$ ($T \times d_v$ in all)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{t,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: Q, K, V, W_Q, W_K, W_V, G_up; out= an optional preallocated result.
    """
    Q, K, V, W_Q, W_K, W_V, G_up, = floats('attention_head_vjp_W_Q', Q, K, V, W_Q, W_K, W_V, G_up)
    return call_gufunc(_attention_head_vjp_W_Q, _attention_head_vjp_W_Q_core, 'attention_head_vjp_W_Q', '(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(d_model,d_k)', (Q, K, V, W_Q, W_K, W_V, G_up), [], out, parallel=_attention_head_vjp_W_Q_threads, blas=True)


def _attention_head_vjp_W_K_core(Q, K, V, W_Q, W_K, W_V, G_up, out, _bad):
    Q = rt.wide(Q)
    K = rt.wide(K)
    V = rt.wide(V)
    W_Q = rt.wide(W_Q)
    W_K = rt.wide(W_K)
    W_V = rt.wide(W_V)
    G_up = rt.wide(G_up)
    T = Q.shape[0]
    d_model = Q.shape[1]
    S = K.shape[0]
    d_k = W_Q.shape[1]
    d_v = W_V.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(Q, 1.0)
    _c0 = lit(Q, -np.inf)
    _zero = lit(Q, 0.0)
    _c1 = lit(Q, np.nan)
    _half = lit(Q, 0.5)
    _t0 = _one/np.sqrt(lit(Q, d_k))
    _t3 = np.empty(T)
    _t4 = np.empty(T)
    _t6 = np.empty((T, S))
    _t12 = rt.dot(np.ascontiguousarray(K), np.ascontiguousarray(W_K))
    _t14 = rt.dot(np.ascontiguousarray(Q), np.ascontiguousarray(W_Q))
    for _t8 in range(1, T + 1):
        _t7 = _t6[_t8 - 1]
        _t10 = _c0
        for k in range(1, S + 1):
            _t11 = _zero
            _t11_0 = _t11_1 = _t11_2 = _t11_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t11_0 += _t12[k - 1, d - 1]*_t14[_t8 - 1, d - 1]
                _t11_1 += _t12[k - 1, d]*_t14[_t8 - 1, d]
                _t11_2 += _t12[k - 1, d + 1]*_t14[_t8 - 1, d + 1]
                _t11_3 += _t12[k - 1, d + 2]*_t14[_t8 - 1, d + 2]
            _t11 += (_t11_0 + _t11_1) + (_t11_2 + _t11_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t11 += _t12[k - 1, d - 1]*_t14[_t8 - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t11) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t11 = _c1
            _t10 = np.maximum(_t10, _t0*_t11)
        for _t9 in range(1, S + 1):
            _t15 = _zero
            _t15_0 = _t15_1 = _t15_2 = _t15_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t15_0 += _t12[_t9 - 1, d - 1]*_t14[_t8 - 1, d - 1]
                _t15_1 += _t12[_t9 - 1, d]*_t14[_t8 - 1, d]
                _t15_2 += _t12[_t9 - 1, d + 1]*_t14[_t8 - 1, d + 1]
                _t15_3 += _t12[_t9 - 1, d + 2]*_t14[_t8 - 1, d + 2]
            _t15 += (_t15_0 + _t15_1) + (_t15_2 + _t15_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t15 += _t12[_t9 - 1, d - 1]*_t14[_t8 - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t15) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t15 = _c1
            _t7[_t9 - 1] = rt.exp_neg(_t0*_t15 - _t10)
    for t in range(1, T + 1):
        _t5 = _zero
        _t5_0 = _t5_1 = _t5_2 = _t5_3 = _zero
        for k in range(1, 1 + (S)//4*4, 4):
            _t5_0 += _t6[t - 1, k - 1]
            _t5_1 += _t6[t - 1, k]
            _t5_2 += _t6[t - 1, k + 1]
            _t5_3 += _t6[t - 1, k + 2]
        _t5 += (_t5_0 + _t5_1) + (_t5_2 + _t5_3)
        for k in range(1 + (S)//4*4, S + 1):
            _t5 += _t6[t - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t5) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
            _t5 = _c1
        _t4[t - 1] = _t5
    for t in range(1, T + 1):
        _t16 = _one/(_t4[t - 1])
        _t3[t - 1] = _t16
    _t21 = rt.dot(np.ascontiguousarray(V), np.ascontiguousarray(W_V))
    _t23 = np.empty(T)
    for t in range(1, T + 1):
        _t24 = _zero
        for w in range(1, S + 1):
            _t25 = _zero
            _t25_0 = _t25_1 = _t25_2 = _t25_3 = _zero
            for j in range(1, 1 + (d_v)//4*4, 4):
                _t26_0 = G_up[t - 1, j - 1]*_t21[w - 1, j - 1]
                _t25_0 += _t26_0
                _t26_1 = G_up[t - 1, j]*_t21[w - 1, j]
                _t25_1 += _t26_1
                _t26_2 = G_up[t - 1, j + 1]*_t21[w - 1, j + 1]
                _t25_2 += _t26_2
                _t26_3 = G_up[t - 1, j + 2]*_t21[w - 1, j + 2]
                _t25_3 += _t26_3
            _t25 += (_t25_0 + _t25_1) + (_t25_2 + _t25_3)
            for j in range(1 + (d_v)//4*4, d_v + 1):
                _t26 = G_up[t - 1, j - 1]*_t21[w - 1, j - 1]
                _t25 += _t26
            if rt.OVERFLOWS and not np.isfinite(_t25) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t25 = _c1
            _t24 += _t25*_t3[t - 1]*_t6[t - 1, w - 1]
        if rt.OVERFLOWS and not np.isfinite(_t24) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
            _t24 = _c1
        _t23[t - 1] = _t24
    for l in range(1, d_model + 1):
        for q in range(1, d_k + 1):
            _t1 = _zero
            for t in range(1, T + 1):
                _t2 = _zero
                _t19 = np.empty(S)
                for w in range(1, S + 1):
                    _t20 = _zero
                    _t20_0 = _t20_1 = _t20_2 = _t20_3 = _zero
                    for j in range(1, 1 + (d_v)//4*4, 4):
                        _t22_0 = G_up[t - 1, j - 1]*_t21[w - 1, j - 1]
                        _t20_0 += _t22_0
                        _t22_1 = G_up[t - 1, j]*_t21[w - 1, j]
                        _t20_1 += _t22_1
                        _t22_2 = G_up[t - 1, j + 1]*_t21[w - 1, j + 1]
                        _t20_2 += _t22_2
                        _t22_3 = G_up[t - 1, j + 2]*_t21[w - 1, j + 2]
                        _t20_3 += _t22_3
                    _t20 += (_t20_0 + _t20_1) + (_t20_2 + _t20_3)
                    for j in range(1 + (d_v)//4*4, d_v + 1):
                        _t22 = G_up[t - 1, j - 1]*_t21[w - 1, j - 1]
                        _t20 += _t22
                    if rt.OVERFLOWS and not np.isfinite(_t20) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                        _t20 = _c1
                    _t19[w - 1] = _t20
                for s in range(1, S + 1):
                    if _t3[t - 1]*_t6[t - 1, s - 1] > _half:
                        _t18 = _zero
                        _t18_0 = _t18_1 = _t18_2 = _t18_3 = _zero
                        for w in range(1, 1 + (S)//4*4, 4):
                            _t18_0 += (_t19[s - 1] - _t19[w - 1])*_t3[t - 1]*_t6[t - 1, w - 1]
                            _t18_1 += (_t19[s - 1] - _t19[w])*_t3[t - 1]*_t6[t - 1, w]
                            _t18_2 += (_t19[s - 1] - _t19[w + 1])*_t3[t - 1]*_t6[t - 1, w + 1]
                            _t18_3 += (_t19[s - 1] - _t19[w + 2])*_t3[t - 1]*_t6[t - 1, w + 2]
                        _t18 += (_t18_0 + _t18_1) + (_t18_2 + _t18_3)
                        for w in range(1 + (S)//4*4, S + 1):
                            _t18 += (_t19[s - 1] - _t19[w - 1])*_t3[t - 1]*_t6[t - 1, w - 1]
                        if rt.OVERFLOWS and not np.isfinite(_t18) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                            _t18 = _c1
                        _t17 = _t18
                    elif not (_t3[t - 1]*_t6[t - 1, s - 1] == _t3[t - 1]*_t6[t - 1, s - 1]):
                        _t17 = _c1
                    else:
                        _t17 = _t19[s - 1] - _t23[t - 1]
                    _t2 += _t17*K[s - 1, l - 1]*_t14[t - 1, q - 1]*_t3[t - 1]*_t6[t - 1, s - 1]
                if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                    _t2 = _c1
                _t1 += _t2
            if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t1 = _c1
            out_c[l - 1, q - 1] = _t0*_t1
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_attention_head_vjp_W_K = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(d_model,d_k),()", cache=True)(_attention_head_vjp_W_K_core))
_attention_head_vjp_W_K_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(d_model,d_k),()", target="parallel", cache=True)(_attention_head_vjp_W_K_core))


def attention_head_vjp_W_K(Q, K, V, W_Q, W_K, W_V, G_up, out=None):
    r"""76. Weighted Combination for Multi-Head: vjp kernel (layout (T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(d_model,d_k)).

    $\frac{\partial \mathcal{L}}{\partial (W_i^K)_{l,q}} = \sum_{j=1}^{d_{v}} \sum_{t=1}^{T} \frac{(\text{head}_i)_{t,j} G_{t,j} \left(\sum_{s=1}^{S} K_{s,l} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{s,n} (W_i^K)_{n,d}\right) \sum_{m=1}^{d_{\text{model}}} V_{s,m} (W_i^V)_{m,j} - (\text{head}_i)_{t,j} \sum_{k=1}^{S} K_{k,l} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{k,n} (W_i^K)_{n,d}\right)\right) \sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,q}}{\sqrt{d_{k}} \sum_{s=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{s,n} (W_i^K)_{n,d}\right) \sum_{m=1}^{d_{\text{model}}} V_{s,m} (W_i^V)_{m,j}}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $s$ is the key index
    - $d_{\text{model}}$ is the model dimensionality (columns of $Q$, $K$, $V$)
    - $d_{k}$ is the dimensionality of the projected queries and keys of a head
    - $d_{v}$ is the dimensionality of the projected values of a head
    - $j$ is the feature index of the head's output
    - $k$ is the summation index over keys in the softmax normaliser
    - $d$ is the feature index of the projected queries and keys
    - $m$ is the model feature index (projection of queries and values)
    - $n$ is the model feature index (projection of keys)
    - $Q_{t,m}$ is the query matrix, one query per row ($T \times d_{\text{model}}$)
    - $K_{s,n}$ is the key matrix, one key per row ($S \times d_{\text{model}}$)
    - $V_{s,m}$ is the value matrix, one value per row ($S \times d_{\text{model}}$)
    - $(W_i^Q)_{m,d}$ is the query projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^K)_{l,q}$ is the key projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^V)_{m,j}$ is the value projection of head $i$ ($d_{\text{model}} \times d_v$)
    - $(\text{head}_i)_{t,j}$ is the output of head $i$ for query $t$, feature $j$ ($T \times d_v$ in all)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{t,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: Q, K, V, W_Q, W_K, W_V, G_up; out= an optional preallocated result.
    """
    Q, K, V, W_Q, W_K, W_V, G_up, = floats('attention_head_vjp_W_K', Q, K, V, W_Q, W_K, W_V, G_up)
    return call_gufunc(_attention_head_vjp_W_K, _attention_head_vjp_W_K_core, 'attention_head_vjp_W_K', '(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(d_model,d_k)', (Q, K, V, W_Q, W_K, W_V, G_up), [], out, parallel=_attention_head_vjp_W_K_threads, blas=True)


def _attention_head_vjp_W_V_core(Q, K, V, W_Q, W_K, W_V, G_up, out, _bad):
    Q = rt.wide(Q)
    K = rt.wide(K)
    V = rt.wide(V)
    W_Q = rt.wide(W_Q)
    W_K = rt.wide(W_K)
    W_V = rt.wide(W_V)
    G_up = rt.wide(G_up)
    T = Q.shape[0]
    d_model = Q.shape[1]
    S = K.shape[0]
    d_k = W_Q.shape[1]
    d_v = W_V.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(Q, 1.0)
    _c0 = lit(Q, -np.inf)
    _zero = lit(Q, 0.0)
    _c1 = lit(Q, np.nan)
    _t1 = np.empty(T)
    _t2 = np.empty(T)
    _t4 = np.empty((T, S))
    _t9 = _one/np.sqrt(lit(Q, d_k))
    _t11 = rt.dot(np.ascontiguousarray(K), np.ascontiguousarray(W_K))
    _t13 = rt.dot(np.ascontiguousarray(Q), np.ascontiguousarray(W_Q))
    for _t6 in range(1, T + 1):
        _t5 = _t4[_t6 - 1]
        _t8 = _c0
        for k in range(1, S + 1):
            _t10 = _zero
            _t10_0 = _t10_1 = _t10_2 = _t10_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t10_0 += _t11[k - 1, d - 1]*_t13[_t6 - 1, d - 1]
                _t10_1 += _t11[k - 1, d]*_t13[_t6 - 1, d]
                _t10_2 += _t11[k - 1, d + 1]*_t13[_t6 - 1, d + 1]
                _t10_3 += _t11[k - 1, d + 2]*_t13[_t6 - 1, d + 2]
            _t10 += (_t10_0 + _t10_1) + (_t10_2 + _t10_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t10 += _t11[k - 1, d - 1]*_t13[_t6 - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t10) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t10 = _c1
            _t8 = np.maximum(_t8, _t10*_t9)
        for _t7 in range(1, S + 1):
            _t14 = _zero
            _t14_0 = _t14_1 = _t14_2 = _t14_3 = _zero
            for d in range(1, 1 + (d_k)//4*4, 4):
                _t14_0 += _t11[_t7 - 1, d - 1]*_t13[_t6 - 1, d - 1]
                _t14_1 += _t11[_t7 - 1, d]*_t13[_t6 - 1, d]
                _t14_2 += _t11[_t7 - 1, d + 1]*_t13[_t6 - 1, d + 1]
                _t14_3 += _t11[_t7 - 1, d + 2]*_t13[_t6 - 1, d + 2]
            _t14 += (_t14_0 + _t14_1) + (_t14_2 + _t14_3)
            for d in range(1 + (d_k)//4*4, d_k + 1):
                _t14 += _t11[_t7 - 1, d - 1]*_t13[_t6 - 1, d - 1]
            if rt.OVERFLOWS and not np.isfinite(_t14) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t14 = _c1
            _t5[_t7 - 1] = rt.exp_neg(_t14*_t9 - _t8)
    for t in range(1, T + 1):
        _t3 = _zero
        _t3_0 = _t3_1 = _t3_2 = _t3_3 = _zero
        for k in range(1, 1 + (S)//4*4, 4):
            _t3_0 += _t4[t - 1, k - 1]
            _t3_1 += _t4[t - 1, k]
            _t3_2 += _t4[t - 1, k + 1]
            _t3_3 += _t4[t - 1, k + 2]
        _t3 += (_t3_0 + _t3_1) + (_t3_2 + _t3_3)
        for k in range(1 + (S)//4*4, S + 1):
            _t3 += _t4[t - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t3) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
            _t3 = _c1
        _t2[t - 1] = _t3
    for t in range(1, T + 1):
        _t1[t - 1] = _one/(_t2[t - 1])
    _t19 = np.empty((d_model, T))
    for l in range(1, d_model + 1):
        _t15 = np.empty(T)
        for t in range(1, T + 1):
            _t16 = _zero
            _t16_0 = _t16_1 = _t16_2 = _t16_3 = _zero
            for s in range(1, 1 + (S)//4*4, 4):
                _t16_0 += V[s - 1, l - 1]*_t4[t - 1, s - 1]
                _t16_1 += V[s, l - 1]*_t4[t - 1, s]
                _t16_2 += V[s + 1, l - 1]*_t4[t - 1, s + 1]
                _t16_3 += V[s + 2, l - 1]*_t4[t - 1, s + 2]
            _t16 += (_t16_0 + _t16_1) + (_t16_2 + _t16_3)
            for s in range(1 + (S)//4*4, S + 1):
                _t16 += V[s - 1, l - 1]*_t4[t - 1, s - 1]
            if rt.OVERFLOWS and not np.isfinite(_t16) and rt.all_finite(Q) and rt.all_finite(K) and rt.all_finite(V) and rt.all_finite(W_Q) and rt.all_finite(W_K) and rt.all_finite(W_V) and rt.all_finite(G_up):
                _t16 = _c1
            _t15[t - 1] = _t16
        _t17 = _t19[l - 1]
        for t in range(1, T + 1):
            _t17[t - 1] = _t15[t - 1]*_t1[t - 1]
    _t20 = rt.dot(np.ascontiguousarray(_t19), np.ascontiguousarray(G_up))
    for l in range(1, d_model + 1):
        _t18 = _t20[l - 1]
        for q in range(1, d_v + 1):
            out_c[l - 1, q - 1] = _t18[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_attention_head_vjp_W_V = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(d_model,d_v),()", cache=True)(_attention_head_vjp_W_V_core))
_attention_head_vjp_W_V_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(d_model,d_v),()", target="parallel", cache=True)(_attention_head_vjp_W_V_core))


def attention_head_vjp_W_V(Q, K, V, W_Q, W_K, W_V, G_up, out=None):
    r"""76. Weighted Combination for Multi-Head: vjp kernel (layout (T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(d_model,d_v)).

    $\frac{\partial \mathcal{L}}{\partial (W_i^V)_{l,q}} = \sum_{t=1}^{T} \frac{G_{t,q} \sum_{s=1}^{S} V_{s,l} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{s,n} (W_i^K)_{n,d}\right)}{\sum_{k=1}^{S} \exp\left(\frac{1}{\sqrt{d_{k}}} \sum_{d=1}^{d_{k}} \left(\sum_{m=1}^{d_{\text{model}}} Q_{t,m} (W_i^Q)_{m,d}\right) \sum_{n=1}^{d_{\text{model}}} K_{k,n} (W_i^K)_{n,d}\right)}$

    where:

    - $T$ is the number of queries (target positions)
    - $S$ is the number of keys, equal to the number of values (source positions)
    - $t$ is the query index
    - $s$ is the key index
    - $d_{\text{model}}$ is the model dimensionality (columns of $Q$, $K$, $V$)
    - $d_{k}$ is the dimensionality of the projected queries and keys of a head
    - $d_{v}$ is the dimensionality of the projected values of a head
    - $k$ is the summation index over keys in the softmax normaliser
    - $d$ is the feature index of the projected queries and keys
    - $m$ is the model feature index (projection of queries and values)
    - $n$ is the model feature index (projection of keys)
    - $Q_{t,m}$ is the query matrix, one query per row ($T \times d_{\text{model}}$)
    - $K_{k,n}$ is the key matrix, one key per row ($S \times d_{\text{model}}$)
    - $V_{s,l}$ is the value matrix, one value per row ($S \times d_{\text{model}}$)
    - $(W_i^Q)_{m,d}$ is the query projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^K)_{n,d}$ is the key projection of head $i$ ($d_{\text{model}} \times d_k$)
    - $(W_i^V)_{l,q}$ is the value projection of head $i$ ($d_{\text{model}} \times d_v$)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{t,q}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: Q, K, V, W_Q, W_K, W_V, G_up; out= an optional preallocated result.
    """
    Q, K, V, W_Q, W_K, W_V, G_up, = floats('attention_head_vjp_W_V', Q, K, V, W_Q, W_K, W_V, G_up)
    return call_gufunc(_attention_head_vjp_W_V, _attention_head_vjp_W_V_core, 'attention_head_vjp_W_V', '(T,d_model),(S,d_model),(S,d_model),(d_model,d_k),(d_model,d_k),(d_model,d_v),(T,d_v)->(d_model,d_v)', (Q, K, V, W_Q, W_K, W_V, G_up), [], out, parallel=_attention_head_vjp_W_V_threads, blas=True)
