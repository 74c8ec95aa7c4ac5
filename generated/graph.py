# Generated from symbolic/graph.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Graph: Numba kernels (forward, derivatives, fused) of entries 73, 74.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _gnn_weighted_adjacency_core(alpha, W, h, out, _bad):
    alpha = rt.wide(alpha)
    W = rt.wide(W)
    h = rt.wide(h)
    n = alpha.shape[0]
    F_out = W.shape[0]
    F = W.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(alpha, 0.0)
    _c0 = lit(alpha, np.nan)
    _t1 = rt.dot(np.ascontiguousarray(W), np.ascontiguousarray(h).T)
    for v in range(1, n + 1):
        for j in range(1, F_out + 1):
            _t0 = _zero
            _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
            for u in range(1, 1 + (n)//4*4, 4):
                _t0_0 += _t1[j - 1, u - 1]*alpha[v - 1, u - 1]
                _t0_1 += _t1[j - 1, u]*alpha[v - 1, u]
                _t0_2 += _t1[j - 1, u + 1]*alpha[v - 1, u + 1]
                _t0_3 += _t1[j - 1, u + 2]*alpha[v - 1, u + 2]
            _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
            for u in range(1 + (n)//4*4, n + 1):
                _t0 += _t1[j - 1, u - 1]*alpha[v - 1, u - 1]
            if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(alpha) and rt.all_finite(W) and rt.all_finite(h):
                _t0 = _c0
            out_c[v - 1, j - 1] = np.maximum(_zero, _t0)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_gnn_weighted_adjacency = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(n,n),(F_out,F),(n,F)->(n,F_out),()", cache=True)(_gnn_weighted_adjacency_core))
_gnn_weighted_adjacency_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(n,n),(F_out,F),(n,F)->(n,F_out),()", target="parallel", cache=True)(_gnn_weighted_adjacency_core))


def gnn_weighted_adjacency(alpha, W, h, out=None):
    r"""73. Weighted Adjacency (Graph Neural Network): forward kernel (layout (n,n),(F_out,F),(n,F)->(n,F_out)).

    $h_{v,j}^{(l+1)} = \max\left(0, \sum_{u=1}^{n} \alpha_{vu} \sum_{k=1}^{F} W_{jk}^{(l)} h_{u,k}^{(l)}\right)$

    where:

    - $n$ is the number of nodes in the graph
    - $F$ is the number of features per node at layer $l$
    - $F'$ is the number of features per node at layer $l+1$
    - $h_{v,j}^{(l+1)}$ is feature $j$ of the representation of node $v$ at layer $l+1$ (nonnegative)
    - $\alpha_{vu}$ is the attention or adjacency weight from node $u$ to node $v$, $\alpha_{vu} \ge 0$, and $\alpha_{vu} = 0$ when $u \notin \mathcal{N}(v)$
    - $W_{jk}^{(l)}$ is the trainable weight matrix of layer $l$, $W^{(l)} \in \mathbb{R}^{F' \times F}$
    - $h_{u,k}^{(l)}$ is feature $k$ of the representation of node $u$ at layer $l$
    - $v$ is the index of the node being updated
    - $j$ is the index of the output feature
    - $u$ is the summation index over nodes (the neighbours of $v$)
    - $k$ is the summation index over input features

    Arguments: alpha, W, h; out= an optional preallocated result.
    """
    alpha, W, h, = floats('gnn_weighted_adjacency', alpha, W, h)
    return call_gufunc(_gnn_weighted_adjacency, _gnn_weighted_adjacency_core, 'gnn_weighted_adjacency', '(n,n),(F_out,F),(n,F)->(n,F_out)', (alpha, W, h), [], out, parallel=_gnn_weighted_adjacency_threads, blas=True)


def _gnn_weighted_adjacency_vjp_alpha_core(alpha, W, h, G_up, out, _bad):
    alpha = rt.wide(alpha)
    W = rt.wide(W)
    h = rt.wide(h)
    G_up = rt.wide(G_up)
    n = alpha.shape[0]
    F_out = W.shape[0]
    F = W.shape[1]
    out_c = np.ascontiguousarray(out)
    h_next = np.empty((n, F_out,), alpha.dtype)
    _zero = lit(alpha, 0.0)
    _c0 = lit(alpha, np.nan)
    _t1 = rt.dot(np.ascontiguousarray(W), np.ascontiguousarray(h).T)
    for v in range(1, n + 1):
        for j in range(1, F_out + 1):
            _t0 = _zero
            _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
            for u in range(1, 1 + (n)//4*4, 4):
                _t0_0 += _t1[j - 1, u - 1]*alpha[v - 1, u - 1]
                _t0_1 += _t1[j - 1, u]*alpha[v - 1, u]
                _t0_2 += _t1[j - 1, u + 1]*alpha[v - 1, u + 1]
                _t0_3 += _t1[j - 1, u + 2]*alpha[v - 1, u + 2]
            _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
            for u in range(1 + (n)//4*4, n + 1):
                _t0 += _t1[j - 1, u - 1]*alpha[v - 1, u - 1]
            if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(alpha) and rt.all_finite(W) and rt.all_finite(h) and rt.all_finite(G_up):
                _t0 = _c0
            h_next[v - 1, j - 1] = np.maximum(_zero, _t0)
    for q in range(1, n + 1):
        for r in range(1, n + 1):
            _t2 = _zero
            for j in range(1, F_out + 1):
                if h_next[q - 1, j - 1] > _zero:
                    _t3 = G_up[q - 1, j - 1]*_t1[j - 1, r - 1]
                elif not (h_next[q - 1, j - 1] == h_next[q - 1, j - 1]):
                    _t3 = _c0
                else:
                    _t3 = _zero
                _t2 += _t3
            if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(alpha) and rt.all_finite(W) and rt.all_finite(h) and rt.all_finite(G_up):
                _t2 = _c0
            out_c[q - 1, r - 1] = _t2
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_gnn_weighted_adjacency_vjp_alpha = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(n,n),(F_out,F),(n,F),(n,F_out)->(n,n),()", cache=True)(_gnn_weighted_adjacency_vjp_alpha_core))
_gnn_weighted_adjacency_vjp_alpha_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(n,n),(F_out,F),(n,F),(n,F_out)->(n,n),()", target="parallel", cache=True)(_gnn_weighted_adjacency_vjp_alpha_core))


def gnn_weighted_adjacency_vjp_alpha(alpha, W, h, G_up, out=None):
    r"""73. Weighted Adjacency (Graph Neural Network): vjp kernel (layout (n,n),(F_out,F),(n,F),(n,F_out)->(n,n)).

    $\frac{\partial \mathcal{L}}{\partial \alpha_{qr}} = \sum_{j=1}^{F'} \begin{cases} G_{q,j} \sum_{k=1}^{F} W_{jk}^{(l)} h_{r,k}^{(l)} & \text{if } h_{q,j}^{(l+1)} > 0 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $n$ is the number of nodes in the graph
    - $F$ is the number of features per node at layer $l$
    - $F'$ is the number of features per node at layer $l+1$
    - $h_{q,j}^{(l+1)}$ is feature $j$ of the representation of node $v$ at layer $l+1$ (nonnegative)
    - $\alpha_{qr}$ is the attention or adjacency weight from node $u$ to node $v$, $\alpha_{vu} \ge 0$, and $\alpha_{vu} = 0$ when $u \notin \mathcal{N}(v)$
    - $W_{jk}^{(l)}$ is the trainable weight matrix of layer $l$, $W^{(l)} \in \mathbb{R}^{F' \times F}$
    - $h_{r,k}^{(l)}$ is feature $k$ of the representation of node $u$ at layer $l$
    - $j$ is the index of the output feature
    - $k$ is the summation index over input features
    - $q$ is the index of the component differentiated by
    - $r$ is the index of the component differentiated by
    - $G_{q,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: alpha, W, h, G_up; out= an optional preallocated result.
    """
    alpha, W, h, G_up, = floats('gnn_weighted_adjacency_vjp_alpha', alpha, W, h, G_up)
    return call_gufunc(_gnn_weighted_adjacency_vjp_alpha, _gnn_weighted_adjacency_vjp_alpha_core, 'gnn_weighted_adjacency_vjp_alpha', '(n,n),(F_out,F),(n,F),(n,F_out)->(n,n)', (alpha, W, h, G_up), [], out, parallel=_gnn_weighted_adjacency_vjp_alpha_threads, blas=True)


def _gnn_weighted_adjacency_vjp_W_core(alpha, W, h, G_up, out, _bad):
    alpha = rt.wide(alpha)
    W = rt.wide(W)
    h = rt.wide(h)
    G_up = rt.wide(G_up)
    n = alpha.shape[0]
    F_out = W.shape[0]
    F = W.shape[1]
    out_c = np.ascontiguousarray(out)
    h_next = np.empty((n, F_out,), alpha.dtype)
    _zero = lit(alpha, 0.0)
    _c0 = lit(alpha, np.nan)
    _t1 = rt.dot(np.ascontiguousarray(W), np.ascontiguousarray(h).T)
    for v in range(1, n + 1):
        for j in range(1, F_out + 1):
            _t0 = _zero
            _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
            for u in range(1, 1 + (n)//4*4, 4):
                _t0_0 += _t1[j - 1, u - 1]*alpha[v - 1, u - 1]
                _t0_1 += _t1[j - 1, u]*alpha[v - 1, u]
                _t0_2 += _t1[j - 1, u + 1]*alpha[v - 1, u + 1]
                _t0_3 += _t1[j - 1, u + 2]*alpha[v - 1, u + 2]
            _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
            for u in range(1 + (n)//4*4, n + 1):
                _t0 += _t1[j - 1, u - 1]*alpha[v - 1, u - 1]
            if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(alpha) and rt.all_finite(W) and rt.all_finite(h) and rt.all_finite(G_up):
                _t0 = _c0
            h_next[v - 1, j - 1] = np.maximum(_zero, _t0)
    _t4 = rt.dot(np.ascontiguousarray(h).T, np.ascontiguousarray(alpha).T)
    for q in range(1, F_out + 1):
        for r in range(1, F + 1):
            _t2 = _zero
            for v in range(1, n + 1):
                if h_next[v - 1, q - 1] > _zero:
                    _t3 = G_up[v - 1, q - 1]*_t4[r - 1, v - 1]
                elif not (h_next[v - 1, q - 1] == h_next[v - 1, q - 1]):
                    _t3 = _c0
                else:
                    _t3 = _zero
                _t2 += _t3
            if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(alpha) and rt.all_finite(W) and rt.all_finite(h) and rt.all_finite(G_up):
                _t2 = _c0
            out_c[q - 1, r - 1] = _t2
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_gnn_weighted_adjacency_vjp_W = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(n,n),(F_out,F),(n,F),(n,F_out)->(F_out,F),()", cache=True)(_gnn_weighted_adjacency_vjp_W_core))
_gnn_weighted_adjacency_vjp_W_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(n,n),(F_out,F),(n,F),(n,F_out)->(F_out,F),()", target="parallel", cache=True)(_gnn_weighted_adjacency_vjp_W_core))


def gnn_weighted_adjacency_vjp_W(alpha, W, h, G_up, out=None):
    r"""73. Weighted Adjacency (Graph Neural Network): vjp kernel (layout (n,n),(F_out,F),(n,F),(n,F_out)->(F_out,F)).

    $\frac{\partial \mathcal{L}}{\partial W_{qr}^{(l)}} = \sum_{v=1}^{n} \begin{cases} G_{v,q} \sum_{u=1}^{n} \alpha_{vu} h_{u,r}^{(l)} & \text{if } h_{v,q}^{(l+1)} > 0 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $n$ is the number of nodes in the graph
    - $F$ is the number of features per node at layer $l$
    - $F'$ is the number of features per node at layer $l+1$
    - $h_{v,q}^{(l+1)}$ is feature $j$ of the representation of node $v$ at layer $l+1$ (nonnegative)
    - $\alpha_{vu}$ is the attention or adjacency weight from node $u$ to node $v$, $\alpha_{vu} \ge 0$, and $\alpha_{vu} = 0$ when $u \notin \mathcal{N}(v)$
    - $W_{qr}^{(l)}$ is the trainable weight matrix of layer $l$, $W^{(l)} \in \mathbb{R}^{F' \times F}$
    - $h_{u,r}^{(l)}$ is feature $k$ of the representation of node $u$ at layer $l$
    - $v$ is the index of the node being updated
    - $u$ is the summation index over nodes (the neighbours of $v$)
    - $q$ is the index of the component differentiated by
    - $r$ is the index of the component differentiated by
    - $G_{v,q}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: alpha, W, h, G_up; out= an optional preallocated result.
    """
    alpha, W, h, G_up, = floats('gnn_weighted_adjacency_vjp_W', alpha, W, h, G_up)
    return call_gufunc(_gnn_weighted_adjacency_vjp_W, _gnn_weighted_adjacency_vjp_W_core, 'gnn_weighted_adjacency_vjp_W', '(n,n),(F_out,F),(n,F),(n,F_out)->(F_out,F)', (alpha, W, h, G_up), [], out, parallel=_gnn_weighted_adjacency_vjp_W_threads, blas=True)


def _gnn_aggregate_core(A, h, out, _bad):
    A = rt.wide(A)
    h = rt.wide(h)
    n = A.shape[0]
    out_c = np.ascontiguousarray(out)
    _c0 = lit(A, -np.inf)
    _one = lit(A, 1.0)
    _c1 = lit(A, np.nan)
    for v in range(1, n + 1):
        _t0 = _c0
        for u in range(1, n + 1):
            if A[v - 1, u - 1] == _one:
                _t1 = h[u - 1]
            elif not (A[v - 1, u - 1] == A[v - 1, u - 1]):
                _t1 = _c1
            else:
                _t1 = _c0
            _t0 = np.maximum(_t0, _t1)
        out_c[v - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_gnn_aggregate = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64[:])"], "(n,n),(n)->(n),()", cache=True)(_gnn_aggregate_core))
_gnn_aggregate_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64[:])"], "(n,n),(n)->(n),()", target="parallel", cache=True)(_gnn_aggregate_core))


def gnn_aggregate(A, h, out=None):
    r"""74. GNN Aggregation: forward kernel (layout (n,n),(n)->(n)).

    $\begin{aligned} h_{v}^{\text{sum}} &= \sum_{u=1}^{n} A_{vu} h_{u}^{(l)} \\ h_{v}^{\text{mean}} &= \frac{\sum_{u=1}^{n} A_{vu} h_{u}^{(l)}}{\sum_{u=1}^{n} A_{vu}} \\ h_{v}^{\text{max}} &= \max_{1 \le u \le n} \begin{cases} h_{u}^{(l)} & \text{if } A_{vu} = 1 \\ -\infty & \text{otherwise} \end{cases} \end{aligned}$

    where:

    - $n$ is the number of nodes in the graph
    - $h_{v}^{\text{sum}}$ is the sum of the neighbours' features of node $v$
    - $h_{v}^{\text{mean}}$ is the mean of the neighbours' features of node $v$
    - $h_{v}^{\text{max}}$ is the maximum of the neighbours' features of node $v$
    - $A_{vu}$ is the adjacency matrix, $A_{vu} = 1$ if $u \in \mathcal{N}(v)$ and 0 otherwise; every row has at least one 1
    - $h_{u}^{(l)}$ is one feature of node $u$ at layer $l$ (vector features are aggregated feature by feature)
    - $v$ is the index of the node being updated
    - $u$ is the index over nodes (the neighbours of $v$)

    Arguments: A, h; out= an optional preallocated result.
    """
    A, h, = floats('gnn_aggregate', A, h)
    return call_gufunc(_gnn_aggregate, _gnn_aggregate_core, 'gnn_aggregate', '(n,n),(n)->(n)', (A, h), [], out, parallel=_gnn_aggregate_threads)
