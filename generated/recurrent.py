# Generated from symbolic/recurrent.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Recurrent: Numba kernels (forward, derivatives, fused) of entries 32, 33, 34, 35, 36, 37, 38, 39.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _rnn_hidden_core(x, h_prev, W_xh, W_hh, b_h, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xh = rt.wide(W_xh)
    W_hh = rt.wide(W_hh)
    b_h = rt.wide(b_h)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hh.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xh.T)
    for j in range(1, H + 1):
        _t_out = rt.tanh(_t0[j - 1] + _t1[j - 1] + b_h[j - 1])
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_rnn_hidden = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H)->(H),()", cache=True)(_rnn_hidden_core))
_rnn_hidden_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_rnn_hidden_core))


def rnn_hidden(x, h_prev, W_xh, W_hh, b_h, out=None):
    r"""32. RNN Hidden State Update: forward kernel (layout (D),(H),(H,D),(H,H),(H)->(H)).

    $h_{t,j} = \tanh\left(\sum_{k=1}^{D} (W_{xh})_{jk} x_{t,k} + \sum_{k=1}^{H} (W_{hh})_{jk} h_{t-1,k} + b_{h,j}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,k}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $h_{t-1,k}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $h_{t,j}$ is the hidden state at time $t$, in $(-1, 1)^{H}$
    - $(W_{xh})_{jk}$ is the input-to-hidden weight matrix, $W_{xh} \in \mathbb{R}^{H \times D}$
    - $(W_{hh})_{jk}$ is the hidden-to-hidden weight matrix, $W_{hh} \in \mathbb{R}^{H \times H}$
    - $b_{h,j}$ is the hidden bias vector, $b_{h} \in \mathbb{R}^{H}$
    - $j$ is the index of the hidden unit (the output component)
    - $k$ is the summation index over input or hidden components

    Arguments: x, h_prev, W_xh, W_hh, b_h; out= an optional preallocated result.
    """
    x, h_prev, W_xh, W_hh, b_h, = floats('rnn_hidden', x, h_prev, W_xh, W_hh, b_h)
    return call_gufunc(_rnn_hidden, _rnn_hidden_core, 'rnn_hidden', '(D),(H),(H,D),(H,H),(H)->(H)', (x, h_prev, W_xh, W_hh, b_h), [], out, parallel=_rnn_hidden_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H)->(H)')


def _rnn_hidden_vjp_x_core(x, h_prev, W_xh, W_hh, b_h, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xh = rt.wide(W_xh)
    W_hh = rt.wide(W_hh)
    b_h = rt.wide(b_h)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _two = lit(x, 2.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, 4.0)
    _c1 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hh.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xh.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_two*_t3[j - 1] + _two*_t5[j - 1] + _two*b_h[j - 1])
    for l in range(1, D + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += _c0*G_up[j - 1]*W_xh[j - 1, l - 1]*_t1[j - 1]
            _t0_1 += _c0*G_up[j]*W_xh[j, l - 1]*_t1[j]
            _t0_2 += _c0*G_up[j + 1]*W_xh[j + 1, l - 1]*_t1[j + 1]
            _t0_3 += _c0*G_up[j + 2]*W_xh[j + 2, l - 1]*_t1[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += _c0*G_up[j - 1]*W_xh[j - 1, l - 1]*_t1[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(W_xh) and rt.all_finite(W_hh) and rt.all_finite(b_h) and rt.all_finite(G_up):
            _t0 = _c1
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_rnn_hidden_vjp_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", cache=True)(_rnn_hidden_vjp_x_core))
_rnn_hidden_vjp_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", target="parallel", cache=True)(_rnn_hidden_vjp_x_core))


def rnn_hidden_vjp_x(x, h_prev, W_xh, W_hh, b_h, G_up, out=None):
    r"""32. RNN Hidden State Update: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(D)).

    $\frac{\partial \mathcal{L}}{\partial x_{t,l}} = \sum_{j=1}^{H} (W_{xh})_{jl} G_{j} \left(1 - h_{t,j}^{2}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,l}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $h_{t,j}$ is the hidden state at time $t$, in $(-1, 1)^{H}$
    - $(W_{xh})_{jl}$ is the input-to-hidden weight matrix, $W_{xh} \in \mathbb{R}^{H \times D}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xh, W_hh, b_h, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xh, W_hh, b_h, G_up, = floats('rnn_hidden_vjp_x', x, h_prev, W_xh, W_hh, b_h, G_up)
    return call_gufunc(_rnn_hidden_vjp_x, _rnn_hidden_vjp_x_core, 'rnn_hidden_vjp_x', '(D),(H),(H,D),(H,H),(H),(H)->(D)', (x, h_prev, W_xh, W_hh, b_h, G_up), [], out, parallel=_rnn_hidden_vjp_x_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D)')


def _rnn_hidden_vjp_h_prev_core(x, h_prev, W_xh, W_hh, b_h, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xh = rt.wide(W_xh)
    W_hh = rt.wide(W_hh)
    b_h = rt.wide(b_h)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _two = lit(x, 2.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, 4.0)
    _c1 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hh.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xh.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_two*_t3[j - 1] + _two*_t5[j - 1] + _two*b_h[j - 1])
    for l in range(1, H + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += _c0*G_up[j - 1]*W_hh[j - 1, l - 1]*_t1[j - 1]
            _t0_1 += _c0*G_up[j]*W_hh[j, l - 1]*_t1[j]
            _t0_2 += _c0*G_up[j + 1]*W_hh[j + 1, l - 1]*_t1[j + 1]
            _t0_3 += _c0*G_up[j + 2]*W_hh[j + 2, l - 1]*_t1[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += _c0*G_up[j - 1]*W_hh[j - 1, l - 1]*_t1[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(W_xh) and rt.all_finite(W_hh) and rt.all_finite(b_h) and rt.all_finite(G_up):
            _t0 = _c1
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_rnn_hidden_vjp_h_prev = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_rnn_hidden_vjp_h_prev_core))
_rnn_hidden_vjp_h_prev_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_rnn_hidden_vjp_h_prev_core))


def rnn_hidden_vjp_h_prev(x, h_prev, W_xh, W_hh, b_h, G_up, out=None):
    r"""32. RNN Hidden State Update: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial h_{t-1,l}} = \sum_{j=1}^{H} (W_{hh})_{jl} G_{j} \left(1 - h_{t,j}^{2}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,l}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $h_{t,j}$ is the hidden state at time $t$, in $(-1, 1)^{H}$
    - $(W_{hh})_{jl}$ is the hidden-to-hidden weight matrix, $W_{hh} \in \mathbb{R}^{H \times H}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xh, W_hh, b_h, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xh, W_hh, b_h, G_up, = floats('rnn_hidden_vjp_h_prev', x, h_prev, W_xh, W_hh, b_h, G_up)
    return call_gufunc(_rnn_hidden_vjp_h_prev, _rnn_hidden_vjp_h_prev_core, 'rnn_hidden_vjp_h_prev', '(D),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, W_xh, W_hh, b_h, G_up), [], out, parallel=_rnn_hidden_vjp_h_prev_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _rnn_hidden_vjp_W_xh_core(x, h_prev, W_xh, W_hh, b_h, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xh = rt.wide(W_xh)
    W_hh = rt.wide(W_hh)
    b_h = rt.wide(b_h)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _two = lit(x, 2.0)
    _c0 = lit(x, 4.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hh.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xh.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_two*_t0[l - 1] + _two*_t1[l - 1] + _two*b_h[l - 1])
        for q in range(1, D + 1):
            out_c[l - 1, q - 1] = _c0*_t2*G_up[l - 1]*x[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_rnn_hidden_vjp_W_xh = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", cache=True)(_rnn_hidden_vjp_W_xh_core))
_rnn_hidden_vjp_W_xh_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", target="parallel", cache=True)(_rnn_hidden_vjp_W_xh_core))


def rnn_hidden_vjp_W_xh(x, h_prev, W_xh, W_hh, b_h, G_up, out=None):
    r"""32. RNN Hidden State Update: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H,D)).

    $\frac{\partial \mathcal{L}}{\partial (W_{xh})_{lq}} = x_{t,q} G_{l} \left(1 - h_{t,l}^{2}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,q}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $h_{t,l}$ is the hidden state at time $t$, in $(-1, 1)^{H}$
    - $(W_{xh})_{lq}$ is the input-to-hidden weight matrix, $W_{xh} \in \mathbb{R}^{H \times D}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xh, W_hh, b_h, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xh, W_hh, b_h, G_up, = floats('rnn_hidden_vjp_W_xh', x, h_prev, W_xh, W_hh, b_h, G_up)
    return call_gufunc(_rnn_hidden_vjp_W_xh, _rnn_hidden_vjp_W_xh_core, 'rnn_hidden_vjp_W_xh', '(D),(H),(H,D),(H,H),(H),(H)->(H,D)', (x, h_prev, W_xh, W_hh, b_h, G_up), [], out, parallel=_rnn_hidden_vjp_W_xh_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D)')


def _rnn_hidden_vjp_W_hh_core(x, h_prev, W_xh, W_hh, b_h, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xh = rt.wide(W_xh)
    W_hh = rt.wide(W_hh)
    b_h = rt.wide(b_h)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _two = lit(x, 2.0)
    _c0 = lit(x, 4.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hh.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xh.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_two*_t0[l - 1] + _two*_t1[l - 1] + _two*b_h[l - 1])
        for q in range(1, H + 1):
            out_c[l - 1, q - 1] = _c0*_t2*G_up[l - 1]*h_prev[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_rnn_hidden_vjp_W_hh = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", cache=True)(_rnn_hidden_vjp_W_hh_core))
_rnn_hidden_vjp_W_hh_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", target="parallel", cache=True)(_rnn_hidden_vjp_W_hh_core))


def rnn_hidden_vjp_W_hh(x, h_prev, W_xh, W_hh, b_h, G_up, out=None):
    r"""32. RNN Hidden State Update: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H,H)).

    $\frac{\partial \mathcal{L}}{\partial (W_{hh})_{lq}} = h_{t-1,q} G_{l} \left(1 - h_{t,l}^{2}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,q}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $h_{t,l}$ is the hidden state at time $t$, in $(-1, 1)^{H}$
    - $(W_{hh})_{lq}$ is the hidden-to-hidden weight matrix, $W_{hh} \in \mathbb{R}^{H \times H}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xh, W_hh, b_h, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xh, W_hh, b_h, G_up, = floats('rnn_hidden_vjp_W_hh', x, h_prev, W_xh, W_hh, b_h, G_up)
    return call_gufunc(_rnn_hidden_vjp_W_hh, _rnn_hidden_vjp_W_hh_core, 'rnn_hidden_vjp_W_hh', '(D),(H),(H,D),(H,H),(H),(H)->(H,H)', (x, h_prev, W_xh, W_hh, b_h, G_up), [], out, parallel=_rnn_hidden_vjp_W_hh_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H)')


def _rnn_hidden_vjp_b_h_core(x, h_prev, W_xh, W_hh, b_h, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xh = rt.wide(W_xh)
    W_hh = rt.wide(W_hh)
    b_h = rt.wide(b_h)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _c0 = lit(x, 4.0)
    _two = lit(x, 2.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hh.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xh.T)
    for l in range(1, H + 1):
        _t_out = _c0*rt.sigmoid_slope(_two*_t0[l - 1] + _two*_t1[l - 1] + _two*b_h[l - 1])*G_up[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_rnn_hidden_vjp_b_h = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_rnn_hidden_vjp_b_h_core))
_rnn_hidden_vjp_b_h_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_rnn_hidden_vjp_b_h_core))


def rnn_hidden_vjp_b_h(x, h_prev, W_xh, W_hh, b_h, G_up, out=None):
    r"""32. RNN Hidden State Update: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial b_{h,l}} = G_{l} \left(1 - h_{t,l}^{2}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t,l}$ is the hidden state at time $t$, in $(-1, 1)^{H}$
    - $b_{h,l}$ is the hidden bias vector, $b_{h} \in \mathbb{R}^{H}$
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xh, W_hh, b_h, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xh, W_hh, b_h, G_up, = floats('rnn_hidden_vjp_b_h', x, h_prev, W_xh, W_hh, b_h, G_up)
    return call_gufunc(_rnn_hidden_vjp_b_h, _rnn_hidden_vjp_b_h_core, 'rnn_hidden_vjp_b_h', '(D),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, W_xh, W_hh, b_h, G_up), [], out, parallel=_rnn_hidden_vjp_b_h_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _lstm_input_gate_core(x, h_prev, W_xi, W_hi, b_i, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xi = rt.wide(W_xi)
    W_hi = rt.wide(W_hi)
    b_i = rt.wide(b_i)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hi.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xi.T)
    for j in range(1, H + 1):
        _t_out = rt.sigmoid(_t0[j - 1] + _t1[j - 1] + b_i[j - 1])
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_lstm_input_gate = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H)->(H),()", cache=True)(_lstm_input_gate_core))
_lstm_input_gate_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_input_gate_core))


def lstm_input_gate(x, h_prev, W_xi, W_hi, b_i, out=None):
    r"""33. LSTM Input Gate: forward kernel (layout (D),(H),(H,D),(H,H),(H)->(H)).

    $i_{t,j} = \frac{1}{1 + \exp\left(-\left(\sum_{k=1}^{D} (W_{xi})_{jk} x_{t,k} + \sum_{k=1}^{H} (W_{hi})_{jk} h_{t-1,k} + b_{i,j}\right)\right)}$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,k}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $h_{t-1,k}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $i_{t,j}$ is the input gate activation at time $t$, in $(0, 1)$
    - $(W_{xi})_{jk}$ is the input-to-input gate weight matrix, $W_{xi} \in \mathbb{R}^{H \times D}$
    - $(W_{hi})_{jk}$ is the hidden-to-input gate weight matrix, $W_{hi} \in \mathbb{R}^{H \times H}$
    - $b_{i,j}$ is the input gate bias vector, $b_{i} \in \mathbb{R}^{H}$
    - $j$ is the index of the hidden unit (the output component)
    - $k$ is the summation index over input or hidden components

    Arguments: x, h_prev, W_xi, W_hi, b_i; out= an optional preallocated result.
    """
    x, h_prev, W_xi, W_hi, b_i, = floats('lstm_input_gate', x, h_prev, W_xi, W_hi, b_i)
    return call_gufunc(_lstm_input_gate, _lstm_input_gate_core, 'lstm_input_gate', '(D),(H),(H,D),(H,H),(H)->(H)', (x, h_prev, W_xi, W_hi, b_i), [], out, parallel=_lstm_input_gate_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H)->(H)')


def _lstm_input_gate_vjp_x_core(x, h_prev, W_xi, W_hi, b_i, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xi = rt.wide(W_xi)
    W_hi = rt.wide(W_hi)
    b_i = rt.wide(b_i)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hi.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xi.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_t3[j - 1] + _t5[j - 1] + b_i[j - 1])
    for l in range(1, D + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += G_up[j - 1]*W_xi[j - 1, l - 1]*_t1[j - 1]
            _t0_1 += G_up[j]*W_xi[j, l - 1]*_t1[j]
            _t0_2 += G_up[j + 1]*W_xi[j + 1, l - 1]*_t1[j + 1]
            _t0_3 += G_up[j + 2]*W_xi[j + 2, l - 1]*_t1[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += G_up[j - 1]*W_xi[j - 1, l - 1]*_t1[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(W_xi) and rt.all_finite(W_hi) and rt.all_finite(b_i) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_lstm_input_gate_vjp_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", cache=True)(_lstm_input_gate_vjp_x_core))
_lstm_input_gate_vjp_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", target="parallel", cache=True)(_lstm_input_gate_vjp_x_core))


def lstm_input_gate_vjp_x(x, h_prev, W_xi, W_hi, b_i, G_up, out=None):
    r"""33. LSTM Input Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(D)).

    $\frac{\partial \mathcal{L}}{\partial x_{t,l}} = \sum_{j=1}^{H} (W_{xi})_{jl} i_{t,j} G_{j} \left(1 - i_{t,j}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,l}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $i_{t,j}$ is the input gate activation at time $t$, in $(0, 1)$
    - $(W_{xi})_{jl}$ is the input-to-input gate weight matrix, $W_{xi} \in \mathbb{R}^{H \times D}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xi, W_hi, b_i, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xi, W_hi, b_i, G_up, = floats('lstm_input_gate_vjp_x', x, h_prev, W_xi, W_hi, b_i, G_up)
    return call_gufunc(_lstm_input_gate_vjp_x, _lstm_input_gate_vjp_x_core, 'lstm_input_gate_vjp_x', '(D),(H),(H,D),(H,H),(H),(H)->(D)', (x, h_prev, W_xi, W_hi, b_i, G_up), [], out, parallel=_lstm_input_gate_vjp_x_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D)')


def _lstm_input_gate_vjp_h_prev_core(x, h_prev, W_xi, W_hi, b_i, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xi = rt.wide(W_xi)
    W_hi = rt.wide(W_hi)
    b_i = rt.wide(b_i)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hi.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xi.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_t3[j - 1] + _t5[j - 1] + b_i[j - 1])
    for l in range(1, H + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += G_up[j - 1]*W_hi[j - 1, l - 1]*_t1[j - 1]
            _t0_1 += G_up[j]*W_hi[j, l - 1]*_t1[j]
            _t0_2 += G_up[j + 1]*W_hi[j + 1, l - 1]*_t1[j + 1]
            _t0_3 += G_up[j + 2]*W_hi[j + 2, l - 1]*_t1[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += G_up[j - 1]*W_hi[j - 1, l - 1]*_t1[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(W_xi) and rt.all_finite(W_hi) and rt.all_finite(b_i) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_lstm_input_gate_vjp_h_prev = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_lstm_input_gate_vjp_h_prev_core))
_lstm_input_gate_vjp_h_prev_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_input_gate_vjp_h_prev_core))


def lstm_input_gate_vjp_h_prev(x, h_prev, W_xi, W_hi, b_i, G_up, out=None):
    r"""33. LSTM Input Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial h_{t-1,l}} = \sum_{j=1}^{H} (W_{hi})_{jl} i_{t,j} G_{j} \left(1 - i_{t,j}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,l}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $i_{t,j}$ is the input gate activation at time $t$, in $(0, 1)$
    - $(W_{hi})_{jl}$ is the hidden-to-input gate weight matrix, $W_{hi} \in \mathbb{R}^{H \times H}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xi, W_hi, b_i, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xi, W_hi, b_i, G_up, = floats('lstm_input_gate_vjp_h_prev', x, h_prev, W_xi, W_hi, b_i, G_up)
    return call_gufunc(_lstm_input_gate_vjp_h_prev, _lstm_input_gate_vjp_h_prev_core, 'lstm_input_gate_vjp_h_prev', '(D),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, W_xi, W_hi, b_i, G_up), [], out, parallel=_lstm_input_gate_vjp_h_prev_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _lstm_input_gate_vjp_W_xi_core(x, h_prev, W_xi, W_hi, b_i, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xi = rt.wide(W_xi)
    W_hi = rt.wide(W_hi)
    b_i = rt.wide(b_i)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hi.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xi.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_i[l - 1])
        for q in range(1, D + 1):
            out_c[l - 1, q - 1] = _t2*G_up[l - 1]*x[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_lstm_input_gate_vjp_W_xi = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", cache=True)(_lstm_input_gate_vjp_W_xi_core))
_lstm_input_gate_vjp_W_xi_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", target="parallel", cache=True)(_lstm_input_gate_vjp_W_xi_core))


def lstm_input_gate_vjp_W_xi(x, h_prev, W_xi, W_hi, b_i, G_up, out=None):
    r"""33. LSTM Input Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H,D)).

    $\frac{\partial \mathcal{L}}{\partial (W_{xi})_{lq}} = x_{t,q} i_{t,l} G_{l} \left(1 - i_{t,l}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,q}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $i_{t,l}$ is the input gate activation at time $t$, in $(0, 1)$
    - $(W_{xi})_{lq}$ is the input-to-input gate weight matrix, $W_{xi} \in \mathbb{R}^{H \times D}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xi, W_hi, b_i, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xi, W_hi, b_i, G_up, = floats('lstm_input_gate_vjp_W_xi', x, h_prev, W_xi, W_hi, b_i, G_up)
    return call_gufunc(_lstm_input_gate_vjp_W_xi, _lstm_input_gate_vjp_W_xi_core, 'lstm_input_gate_vjp_W_xi', '(D),(H),(H,D),(H,H),(H),(H)->(H,D)', (x, h_prev, W_xi, W_hi, b_i, G_up), [], out, parallel=_lstm_input_gate_vjp_W_xi_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D)')


def _lstm_input_gate_vjp_W_hi_core(x, h_prev, W_xi, W_hi, b_i, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xi = rt.wide(W_xi)
    W_hi = rt.wide(W_hi)
    b_i = rt.wide(b_i)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hi.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xi.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_i[l - 1])
        for q in range(1, H + 1):
            out_c[l - 1, q - 1] = _t2*G_up[l - 1]*h_prev[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_lstm_input_gate_vjp_W_hi = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", cache=True)(_lstm_input_gate_vjp_W_hi_core))
_lstm_input_gate_vjp_W_hi_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", target="parallel", cache=True)(_lstm_input_gate_vjp_W_hi_core))


def lstm_input_gate_vjp_W_hi(x, h_prev, W_xi, W_hi, b_i, G_up, out=None):
    r"""33. LSTM Input Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H,H)).

    $\frac{\partial \mathcal{L}}{\partial (W_{hi})_{lq}} = h_{t-1,q} i_{t,l} G_{l} \left(1 - i_{t,l}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,q}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $i_{t,l}$ is the input gate activation at time $t$, in $(0, 1)$
    - $(W_{hi})_{lq}$ is the hidden-to-input gate weight matrix, $W_{hi} \in \mathbb{R}^{H \times H}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xi, W_hi, b_i, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xi, W_hi, b_i, G_up, = floats('lstm_input_gate_vjp_W_hi', x, h_prev, W_xi, W_hi, b_i, G_up)
    return call_gufunc(_lstm_input_gate_vjp_W_hi, _lstm_input_gate_vjp_W_hi_core, 'lstm_input_gate_vjp_W_hi', '(D),(H),(H,D),(H,H),(H),(H)->(H,H)', (x, h_prev, W_xi, W_hi, b_i, G_up), [], out, parallel=_lstm_input_gate_vjp_W_hi_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H)')


def _lstm_input_gate_vjp_b_i_core(x, h_prev, W_xi, W_hi, b_i, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xi = rt.wide(W_xi)
    W_hi = rt.wide(W_hi)
    b_i = rt.wide(b_i)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hi.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xi.T)
    for l in range(1, H + 1):
        _t_out = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_i[l - 1])*G_up[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_lstm_input_gate_vjp_b_i = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_lstm_input_gate_vjp_b_i_core))
_lstm_input_gate_vjp_b_i_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_input_gate_vjp_b_i_core))


def lstm_input_gate_vjp_b_i(x, h_prev, W_xi, W_hi, b_i, G_up, out=None):
    r"""33. LSTM Input Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial b_{i,l}} = i_{t,l} G_{l} \left(1 - i_{t,l}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $i_{t,l}$ is the input gate activation at time $t$, in $(0, 1)$
    - $b_{i,l}$ is the input gate bias vector, $b_{i} \in \mathbb{R}^{H}$
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xi, W_hi, b_i, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xi, W_hi, b_i, G_up, = floats('lstm_input_gate_vjp_b_i', x, h_prev, W_xi, W_hi, b_i, G_up)
    return call_gufunc(_lstm_input_gate_vjp_b_i, _lstm_input_gate_vjp_b_i_core, 'lstm_input_gate_vjp_b_i', '(D),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, W_xi, W_hi, b_i, G_up), [], out, parallel=_lstm_input_gate_vjp_b_i_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _lstm_forget_gate_core(x, h_prev, W_xf, W_hf, b_f, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xf = rt.wide(W_xf)
    W_hf = rt.wide(W_hf)
    b_f = rt.wide(b_f)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hf.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xf.T)
    for j in range(1, H + 1):
        _t_out = rt.sigmoid(_t0[j - 1] + _t1[j - 1] + b_f[j - 1])
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_lstm_forget_gate = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H)->(H),()", cache=True)(_lstm_forget_gate_core))
_lstm_forget_gate_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_forget_gate_core))


def lstm_forget_gate(x, h_prev, W_xf, W_hf, b_f, out=None):
    r"""34. LSTM Forget Gate: forward kernel (layout (D),(H),(H,D),(H,H),(H)->(H)).

    $f_{t,j} = \frac{1}{1 + \exp\left(-\left(\sum_{k=1}^{D} (W_{xf})_{jk} x_{t,k} + \sum_{k=1}^{H} (W_{hf})_{jk} h_{t-1,k} + b_{f,j}\right)\right)}$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,k}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $h_{t-1,k}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $f_{t,j}$ is the forget gate activation at time $t$, in $(0, 1)$
    - $(W_{xf})_{jk}$ is the input-to-forget gate weight matrix, $W_{xf} \in \mathbb{R}^{H \times D}$
    - $(W_{hf})_{jk}$ is the hidden-to-forget gate weight matrix, $W_{hf} \in \mathbb{R}^{H \times H}$
    - $b_{f,j}$ is the forget gate bias vector, $b_{f} \in \mathbb{R}^{H}$
    - $j$ is the index of the hidden unit (the output component)
    - $k$ is the summation index over input or hidden components

    Arguments: x, h_prev, W_xf, W_hf, b_f; out= an optional preallocated result.
    """
    x, h_prev, W_xf, W_hf, b_f, = floats('lstm_forget_gate', x, h_prev, W_xf, W_hf, b_f)
    return call_gufunc(_lstm_forget_gate, _lstm_forget_gate_core, 'lstm_forget_gate', '(D),(H),(H,D),(H,H),(H)->(H)', (x, h_prev, W_xf, W_hf, b_f), [], out, parallel=_lstm_forget_gate_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H)->(H)')


def _lstm_forget_gate_vjp_x_core(x, h_prev, W_xf, W_hf, b_f, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xf = rt.wide(W_xf)
    W_hf = rt.wide(W_hf)
    b_f = rt.wide(b_f)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hf.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xf.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_t3[j - 1] + _t5[j - 1] + b_f[j - 1])
    for l in range(1, D + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += G_up[j - 1]*W_xf[j - 1, l - 1]*_t1[j - 1]
            _t0_1 += G_up[j]*W_xf[j, l - 1]*_t1[j]
            _t0_2 += G_up[j + 1]*W_xf[j + 1, l - 1]*_t1[j + 1]
            _t0_3 += G_up[j + 2]*W_xf[j + 2, l - 1]*_t1[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += G_up[j - 1]*W_xf[j - 1, l - 1]*_t1[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(W_xf) and rt.all_finite(W_hf) and rt.all_finite(b_f) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_lstm_forget_gate_vjp_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", cache=True)(_lstm_forget_gate_vjp_x_core))
_lstm_forget_gate_vjp_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", target="parallel", cache=True)(_lstm_forget_gate_vjp_x_core))


def lstm_forget_gate_vjp_x(x, h_prev, W_xf, W_hf, b_f, G_up, out=None):
    r"""34. LSTM Forget Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(D)).

    $\frac{\partial \mathcal{L}}{\partial x_{t,l}} = \sum_{j=1}^{H} (W_{xf})_{jl} f_{t,j} G_{j} \left(1 - f_{t,j}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,l}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $f_{t,j}$ is the forget gate activation at time $t$, in $(0, 1)$
    - $(W_{xf})_{jl}$ is the input-to-forget gate weight matrix, $W_{xf} \in \mathbb{R}^{H \times D}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xf, W_hf, b_f, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xf, W_hf, b_f, G_up, = floats('lstm_forget_gate_vjp_x', x, h_prev, W_xf, W_hf, b_f, G_up)
    return call_gufunc(_lstm_forget_gate_vjp_x, _lstm_forget_gate_vjp_x_core, 'lstm_forget_gate_vjp_x', '(D),(H),(H,D),(H,H),(H),(H)->(D)', (x, h_prev, W_xf, W_hf, b_f, G_up), [], out, parallel=_lstm_forget_gate_vjp_x_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D)')


def _lstm_forget_gate_vjp_h_prev_core(x, h_prev, W_xf, W_hf, b_f, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xf = rt.wide(W_xf)
    W_hf = rt.wide(W_hf)
    b_f = rt.wide(b_f)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hf.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xf.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_t3[j - 1] + _t5[j - 1] + b_f[j - 1])
    for l in range(1, H + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += G_up[j - 1]*W_hf[j - 1, l - 1]*_t1[j - 1]
            _t0_1 += G_up[j]*W_hf[j, l - 1]*_t1[j]
            _t0_2 += G_up[j + 1]*W_hf[j + 1, l - 1]*_t1[j + 1]
            _t0_3 += G_up[j + 2]*W_hf[j + 2, l - 1]*_t1[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += G_up[j - 1]*W_hf[j - 1, l - 1]*_t1[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(W_xf) and rt.all_finite(W_hf) and rt.all_finite(b_f) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_lstm_forget_gate_vjp_h_prev = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_lstm_forget_gate_vjp_h_prev_core))
_lstm_forget_gate_vjp_h_prev_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_forget_gate_vjp_h_prev_core))


def lstm_forget_gate_vjp_h_prev(x, h_prev, W_xf, W_hf, b_f, G_up, out=None):
    r"""34. LSTM Forget Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial h_{t-1,l}} = \sum_{j=1}^{H} (W_{hf})_{jl} f_{t,j} G_{j} \left(1 - f_{t,j}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,l}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $f_{t,j}$ is the forget gate activation at time $t$, in $(0, 1)$
    - $(W_{hf})_{jl}$ is the hidden-to-forget gate weight matrix, $W_{hf} \in \mathbb{R}^{H \times H}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xf, W_hf, b_f, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xf, W_hf, b_f, G_up, = floats('lstm_forget_gate_vjp_h_prev', x, h_prev, W_xf, W_hf, b_f, G_up)
    return call_gufunc(_lstm_forget_gate_vjp_h_prev, _lstm_forget_gate_vjp_h_prev_core, 'lstm_forget_gate_vjp_h_prev', '(D),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, W_xf, W_hf, b_f, G_up), [], out, parallel=_lstm_forget_gate_vjp_h_prev_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _lstm_forget_gate_vjp_W_xf_core(x, h_prev, W_xf, W_hf, b_f, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xf = rt.wide(W_xf)
    W_hf = rt.wide(W_hf)
    b_f = rt.wide(b_f)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hf.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xf.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_f[l - 1])
        for q in range(1, D + 1):
            out_c[l - 1, q - 1] = _t2*G_up[l - 1]*x[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_lstm_forget_gate_vjp_W_xf = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", cache=True)(_lstm_forget_gate_vjp_W_xf_core))
_lstm_forget_gate_vjp_W_xf_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", target="parallel", cache=True)(_lstm_forget_gate_vjp_W_xf_core))


def lstm_forget_gate_vjp_W_xf(x, h_prev, W_xf, W_hf, b_f, G_up, out=None):
    r"""34. LSTM Forget Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H,D)).

    $\frac{\partial \mathcal{L}}{\partial (W_{xf})_{lq}} = x_{t,q} f_{t,l} G_{l} \left(1 - f_{t,l}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,q}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $f_{t,l}$ is the forget gate activation at time $t$, in $(0, 1)$
    - $(W_{xf})_{lq}$ is the input-to-forget gate weight matrix, $W_{xf} \in \mathbb{R}^{H \times D}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xf, W_hf, b_f, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xf, W_hf, b_f, G_up, = floats('lstm_forget_gate_vjp_W_xf', x, h_prev, W_xf, W_hf, b_f, G_up)
    return call_gufunc(_lstm_forget_gate_vjp_W_xf, _lstm_forget_gate_vjp_W_xf_core, 'lstm_forget_gate_vjp_W_xf', '(D),(H),(H,D),(H,H),(H),(H)->(H,D)', (x, h_prev, W_xf, W_hf, b_f, G_up), [], out, parallel=_lstm_forget_gate_vjp_W_xf_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D)')


def _lstm_forget_gate_vjp_W_hf_core(x, h_prev, W_xf, W_hf, b_f, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xf = rt.wide(W_xf)
    W_hf = rt.wide(W_hf)
    b_f = rt.wide(b_f)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hf.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xf.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_f[l - 1])
        for q in range(1, H + 1):
            out_c[l - 1, q - 1] = _t2*G_up[l - 1]*h_prev[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_lstm_forget_gate_vjp_W_hf = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", cache=True)(_lstm_forget_gate_vjp_W_hf_core))
_lstm_forget_gate_vjp_W_hf_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", target="parallel", cache=True)(_lstm_forget_gate_vjp_W_hf_core))


def lstm_forget_gate_vjp_W_hf(x, h_prev, W_xf, W_hf, b_f, G_up, out=None):
    r"""34. LSTM Forget Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H,H)).

    $\frac{\partial \mathcal{L}}{\partial (W_{hf})_{lq}} = h_{t-1,q} f_{t,l} G_{l} \left(1 - f_{t,l}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,q}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $f_{t,l}$ is the forget gate activation at time $t$, in $(0, 1)$
    - $(W_{hf})_{lq}$ is the hidden-to-forget gate weight matrix, $W_{hf} \in \mathbb{R}^{H \times H}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xf, W_hf, b_f, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xf, W_hf, b_f, G_up, = floats('lstm_forget_gate_vjp_W_hf', x, h_prev, W_xf, W_hf, b_f, G_up)
    return call_gufunc(_lstm_forget_gate_vjp_W_hf, _lstm_forget_gate_vjp_W_hf_core, 'lstm_forget_gate_vjp_W_hf', '(D),(H),(H,D),(H,H),(H),(H)->(H,H)', (x, h_prev, W_xf, W_hf, b_f, G_up), [], out, parallel=_lstm_forget_gate_vjp_W_hf_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H)')


def _lstm_forget_gate_vjp_b_f_core(x, h_prev, W_xf, W_hf, b_f, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xf = rt.wide(W_xf)
    W_hf = rt.wide(W_hf)
    b_f = rt.wide(b_f)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hf.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xf.T)
    for l in range(1, H + 1):
        _t_out = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_f[l - 1])*G_up[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_lstm_forget_gate_vjp_b_f = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_lstm_forget_gate_vjp_b_f_core))
_lstm_forget_gate_vjp_b_f_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_forget_gate_vjp_b_f_core))


def lstm_forget_gate_vjp_b_f(x, h_prev, W_xf, W_hf, b_f, G_up, out=None):
    r"""34. LSTM Forget Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial b_{f,l}} = f_{t,l} G_{l} \left(1 - f_{t,l}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $f_{t,l}$ is the forget gate activation at time $t$, in $(0, 1)$
    - $b_{f,l}$ is the forget gate bias vector, $b_{f} \in \mathbb{R}^{H}$
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xf, W_hf, b_f, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xf, W_hf, b_f, G_up, = floats('lstm_forget_gate_vjp_b_f', x, h_prev, W_xf, W_hf, b_f, G_up)
    return call_gufunc(_lstm_forget_gate_vjp_b_f, _lstm_forget_gate_vjp_b_f_core, 'lstm_forget_gate_vjp_b_f', '(D),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, W_xf, W_hf, b_f, G_up), [], out, parallel=_lstm_forget_gate_vjp_b_f_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _lstm_output_gate_core(x, h_prev, W_xo, W_ho, b_o, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xo = rt.wide(W_xo)
    W_ho = rt.wide(W_ho)
    b_o = rt.wide(b_o)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_ho.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xo.T)
    for j in range(1, H + 1):
        _t_out = rt.sigmoid(_t0[j - 1] + _t1[j - 1] + b_o[j - 1])
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_lstm_output_gate = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H)->(H),()", cache=True)(_lstm_output_gate_core))
_lstm_output_gate_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_output_gate_core))


def lstm_output_gate(x, h_prev, W_xo, W_ho, b_o, out=None):
    r"""35. LSTM Output Gate: forward kernel (layout (D),(H),(H,D),(H,H),(H)->(H)).

    $o_{t,j} = \frac{1}{1 + \exp\left(-\left(\sum_{k=1}^{D} (W_{xo})_{jk} x_{t,k} + \sum_{k=1}^{H} (W_{ho})_{jk} h_{t-1,k} + b_{o,j}\right)\right)}$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,k}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $h_{t-1,k}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $o_{t,j}$ is the output gate activation at time $t$, in $(0, 1)$
    - $(W_{xo})_{jk}$ is the input-to-output gate weight matrix, $W_{xo} \in \mathbb{R}^{H \times D}$
    - $(W_{ho})_{jk}$ is the hidden-to-output gate weight matrix, $W_{ho} \in \mathbb{R}^{H \times H}$
    - $b_{o,j}$ is the output gate bias vector, $b_{o} \in \mathbb{R}^{H}$
    - $j$ is the index of the hidden unit (the output component)
    - $k$ is the summation index over input or hidden components

    Arguments: x, h_prev, W_xo, W_ho, b_o; out= an optional preallocated result.
    """
    x, h_prev, W_xo, W_ho, b_o, = floats('lstm_output_gate', x, h_prev, W_xo, W_ho, b_o)
    return call_gufunc(_lstm_output_gate, _lstm_output_gate_core, 'lstm_output_gate', '(D),(H),(H,D),(H,H),(H)->(H)', (x, h_prev, W_xo, W_ho, b_o), [], out, parallel=_lstm_output_gate_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H)->(H)')


def _lstm_output_gate_vjp_x_core(x, h_prev, W_xo, W_ho, b_o, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xo = rt.wide(W_xo)
    W_ho = rt.wide(W_ho)
    b_o = rt.wide(b_o)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_ho.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xo.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_t3[j - 1] + _t5[j - 1] + b_o[j - 1])
    for l in range(1, D + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += G_up[j - 1]*W_xo[j - 1, l - 1]*_t1[j - 1]
            _t0_1 += G_up[j]*W_xo[j, l - 1]*_t1[j]
            _t0_2 += G_up[j + 1]*W_xo[j + 1, l - 1]*_t1[j + 1]
            _t0_3 += G_up[j + 2]*W_xo[j + 2, l - 1]*_t1[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += G_up[j - 1]*W_xo[j - 1, l - 1]*_t1[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(W_xo) and rt.all_finite(W_ho) and rt.all_finite(b_o) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_lstm_output_gate_vjp_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", cache=True)(_lstm_output_gate_vjp_x_core))
_lstm_output_gate_vjp_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", target="parallel", cache=True)(_lstm_output_gate_vjp_x_core))


def lstm_output_gate_vjp_x(x, h_prev, W_xo, W_ho, b_o, G_up, out=None):
    r"""35. LSTM Output Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(D)).

    $\frac{\partial \mathcal{L}}{\partial x_{t,l}} = \sum_{j=1}^{H} (W_{xo})_{jl} o_{t,j} G_{j} \left(1 - o_{t,j}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,l}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $o_{t,j}$ is the output gate activation at time $t$, in $(0, 1)$
    - $(W_{xo})_{jl}$ is the input-to-output gate weight matrix, $W_{xo} \in \mathbb{R}^{H \times D}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xo, W_ho, b_o, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xo, W_ho, b_o, G_up, = floats('lstm_output_gate_vjp_x', x, h_prev, W_xo, W_ho, b_o, G_up)
    return call_gufunc(_lstm_output_gate_vjp_x, _lstm_output_gate_vjp_x_core, 'lstm_output_gate_vjp_x', '(D),(H),(H,D),(H,H),(H),(H)->(D)', (x, h_prev, W_xo, W_ho, b_o, G_up), [], out, parallel=_lstm_output_gate_vjp_x_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D)')


def _lstm_output_gate_vjp_h_prev_core(x, h_prev, W_xo, W_ho, b_o, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xo = rt.wide(W_xo)
    W_ho = rt.wide(W_ho)
    b_o = rt.wide(b_o)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_ho.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xo.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_t3[j - 1] + _t5[j - 1] + b_o[j - 1])
    for l in range(1, H + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += G_up[j - 1]*W_ho[j - 1, l - 1]*_t1[j - 1]
            _t0_1 += G_up[j]*W_ho[j, l - 1]*_t1[j]
            _t0_2 += G_up[j + 1]*W_ho[j + 1, l - 1]*_t1[j + 1]
            _t0_3 += G_up[j + 2]*W_ho[j + 2, l - 1]*_t1[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += G_up[j - 1]*W_ho[j - 1, l - 1]*_t1[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(W_xo) and rt.all_finite(W_ho) and rt.all_finite(b_o) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_lstm_output_gate_vjp_h_prev = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_lstm_output_gate_vjp_h_prev_core))
_lstm_output_gate_vjp_h_prev_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_output_gate_vjp_h_prev_core))


def lstm_output_gate_vjp_h_prev(x, h_prev, W_xo, W_ho, b_o, G_up, out=None):
    r"""35. LSTM Output Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial h_{t-1,l}} = \sum_{j=1}^{H} (W_{ho})_{jl} o_{t,j} G_{j} \left(1 - o_{t,j}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,l}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $o_{t,j}$ is the output gate activation at time $t$, in $(0, 1)$
    - $(W_{ho})_{jl}$ is the hidden-to-output gate weight matrix, $W_{ho} \in \mathbb{R}^{H \times H}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xo, W_ho, b_o, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xo, W_ho, b_o, G_up, = floats('lstm_output_gate_vjp_h_prev', x, h_prev, W_xo, W_ho, b_o, G_up)
    return call_gufunc(_lstm_output_gate_vjp_h_prev, _lstm_output_gate_vjp_h_prev_core, 'lstm_output_gate_vjp_h_prev', '(D),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, W_xo, W_ho, b_o, G_up), [], out, parallel=_lstm_output_gate_vjp_h_prev_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _lstm_output_gate_vjp_W_xo_core(x, h_prev, W_xo, W_ho, b_o, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xo = rt.wide(W_xo)
    W_ho = rt.wide(W_ho)
    b_o = rt.wide(b_o)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_ho.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xo.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_o[l - 1])
        for q in range(1, D + 1):
            out_c[l - 1, q - 1] = _t2*G_up[l - 1]*x[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_lstm_output_gate_vjp_W_xo = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", cache=True)(_lstm_output_gate_vjp_W_xo_core))
_lstm_output_gate_vjp_W_xo_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", target="parallel", cache=True)(_lstm_output_gate_vjp_W_xo_core))


def lstm_output_gate_vjp_W_xo(x, h_prev, W_xo, W_ho, b_o, G_up, out=None):
    r"""35. LSTM Output Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H,D)).

    $\frac{\partial \mathcal{L}}{\partial (W_{xo})_{lq}} = x_{t,q} o_{t,l} G_{l} \left(1 - o_{t,l}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,q}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $o_{t,l}$ is the output gate activation at time $t$, in $(0, 1)$
    - $(W_{xo})_{lq}$ is the input-to-output gate weight matrix, $W_{xo} \in \mathbb{R}^{H \times D}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xo, W_ho, b_o, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xo, W_ho, b_o, G_up, = floats('lstm_output_gate_vjp_W_xo', x, h_prev, W_xo, W_ho, b_o, G_up)
    return call_gufunc(_lstm_output_gate_vjp_W_xo, _lstm_output_gate_vjp_W_xo_core, 'lstm_output_gate_vjp_W_xo', '(D),(H),(H,D),(H,H),(H),(H)->(H,D)', (x, h_prev, W_xo, W_ho, b_o, G_up), [], out, parallel=_lstm_output_gate_vjp_W_xo_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D)')


def _lstm_output_gate_vjp_W_ho_core(x, h_prev, W_xo, W_ho, b_o, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xo = rt.wide(W_xo)
    W_ho = rt.wide(W_ho)
    b_o = rt.wide(b_o)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_ho.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xo.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_o[l - 1])
        for q in range(1, H + 1):
            out_c[l - 1, q - 1] = _t2*G_up[l - 1]*h_prev[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_lstm_output_gate_vjp_W_ho = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", cache=True)(_lstm_output_gate_vjp_W_ho_core))
_lstm_output_gate_vjp_W_ho_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", target="parallel", cache=True)(_lstm_output_gate_vjp_W_ho_core))


def lstm_output_gate_vjp_W_ho(x, h_prev, W_xo, W_ho, b_o, G_up, out=None):
    r"""35. LSTM Output Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H,H)).

    $\frac{\partial \mathcal{L}}{\partial (W_{ho})_{lq}} = h_{t-1,q} o_{t,l} G_{l} \left(1 - o_{t,l}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,q}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $o_{t,l}$ is the output gate activation at time $t$, in $(0, 1)$
    - $(W_{ho})_{lq}$ is the hidden-to-output gate weight matrix, $W_{ho} \in \mathbb{R}^{H \times H}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xo, W_ho, b_o, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xo, W_ho, b_o, G_up, = floats('lstm_output_gate_vjp_W_ho', x, h_prev, W_xo, W_ho, b_o, G_up)
    return call_gufunc(_lstm_output_gate_vjp_W_ho, _lstm_output_gate_vjp_W_ho_core, 'lstm_output_gate_vjp_W_ho', '(D),(H),(H,D),(H,H),(H),(H)->(H,H)', (x, h_prev, W_xo, W_ho, b_o, G_up), [], out, parallel=_lstm_output_gate_vjp_W_ho_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H)')


def _lstm_output_gate_vjp_b_o_core(x, h_prev, W_xo, W_ho, b_o, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xo = rt.wide(W_xo)
    W_ho = rt.wide(W_ho)
    b_o = rt.wide(b_o)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_ho.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xo.T)
    for l in range(1, H + 1):
        _t_out = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_o[l - 1])*G_up[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_lstm_output_gate_vjp_b_o = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_lstm_output_gate_vjp_b_o_core))
_lstm_output_gate_vjp_b_o_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_output_gate_vjp_b_o_core))


def lstm_output_gate_vjp_b_o(x, h_prev, W_xo, W_ho, b_o, G_up, out=None):
    r"""35. LSTM Output Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial b_{o,l}} = o_{t,l} G_{l} \left(1 - o_{t,l}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $o_{t,l}$ is the output gate activation at time $t$, in $(0, 1)$
    - $b_{o,l}$ is the output gate bias vector, $b_{o} \in \mathbb{R}^{H}$
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xo, W_ho, b_o, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xo, W_ho, b_o, G_up, = floats('lstm_output_gate_vjp_b_o', x, h_prev, W_xo, W_ho, b_o, G_up)
    return call_gufunc(_lstm_output_gate_vjp_b_o, _lstm_output_gate_vjp_b_o_core, 'lstm_output_gate_vjp_b_o', '(D),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, W_xo, W_ho, b_o, G_up), [], out, parallel=_lstm_output_gate_vjp_b_o_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _lstm_cell_state_core(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    f_t = rt.wide(f_t)
    c_prev = rt.wide(c_prev)
    i_t = rt.wide(i_t)
    W_xc = rt.wide(W_xc)
    W_hc = rt.wide(W_hc)
    b_c = rt.wide(b_c)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hc.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xc.T)
    for j in range(1, H + 1):
        _t_out = rt.tanh(_t0[j - 1] + _t1[j - 1] + b_c[j - 1])*i_t[j - 1] + c_prev[j - 1]*f_t[j - 1]
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_lstm_cell_state = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H),()", cache=True)(_lstm_cell_state_core))
_lstm_cell_state_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_cell_state_core))


def lstm_cell_state(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, out=None):
    r"""36. LSTM Cell State: forward kernel (layout (D),(H),(H),(H),(H),(H,D),(H,H),(H)->(H)).

    $\begin{aligned} \tilde{c}_{t,j} &= \tanh\left(\sum_{k=1}^{D} (W_{xc})_{jk} x_{t,k} + \sum_{k=1}^{H} (W_{hc})_{jk} h_{t-1,k} + b_{c,j}\right) \\ c_{t,j} &= f_{t,j} c_{t-1,j} + i_{t,j} \tilde{c}_{t,j} \end{aligned}$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,k}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $h_{t-1,k}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $c_{t,j}$ is the cell state at time $t$, $c_t \in \mathbb{R}^{H}$
    - $f_{t,j}$ is the forget gate activation at time $t$, in $(0, 1)$
    - $c_{t-1,j}$ is the previous cell state, $c_{t-1} \in \mathbb{R}^{H}$
    - $i_{t,j}$ is the input gate activation at time $t$, in $(0, 1)$
    - $\tilde{c}_{t,j}$ is the candidate cell state, in $(-1, 1)^{H}$
    - $(W_{xc})_{jk}$ is the input-to-cell weight matrix, $W_{xc} \in \mathbb{R}^{H \times D}$
    - $(W_{hc})_{jk}$ is the hidden-to-cell weight matrix, $W_{hc} \in \mathbb{R}^{H \times H}$
    - $b_{c,j}$ is the cell bias vector, $b_{c} \in \mathbb{R}^{H}$
    - $j$ is the index of the hidden unit (the output component)
    - $k$ is the summation index over input or hidden components

    Arguments: x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c; out= an optional preallocated result.
    """
    x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, = floats('lstm_cell_state', x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c)
    rt.within('lstm_cell_state', 'f_t', f_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('lstm_cell_state', 'i_t', i_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_lstm_cell_state, _lstm_cell_state_core, 'lstm_cell_state', '(D),(H),(H),(H),(H),(H,D),(H,H),(H)->(H)', (x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c), [], out, parallel=_lstm_cell_state_threads, products=((1, False, 6, True, True), (0, False, 5, True, True),), inner='(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H)')


def _lstm_cell_state_vjp_x_core(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    f_t = rt.wide(f_t)
    c_prev = rt.wide(c_prev)
    i_t = rt.wide(i_t)
    W_xc = rt.wide(W_xc)
    W_hc = rt.wide(W_hc)
    b_c = rt.wide(b_c)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _two = lit(x, 2.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, 4.0)
    _c1 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hc.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xc.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_two*_t3[j - 1] + _two*_t5[j - 1] + _two*b_c[j - 1])
    for l in range(1, D + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += _c0*G_up[j - 1]*W_xc[j - 1, l - 1]*_t1[j - 1]*i_t[j - 1]
            _t0_1 += _c0*G_up[j]*W_xc[j, l - 1]*_t1[j]*i_t[j]
            _t0_2 += _c0*G_up[j + 1]*W_xc[j + 1, l - 1]*_t1[j + 1]*i_t[j + 1]
            _t0_3 += _c0*G_up[j + 2]*W_xc[j + 2, l - 1]*_t1[j + 2]*i_t[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += _c0*G_up[j - 1]*W_xc[j - 1, l - 1]*_t1[j - 1]*i_t[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(f_t) and rt.all_finite(c_prev) and rt.all_finite(i_t) and rt.all_finite(W_xc) and rt.all_finite(W_hc) and rt.all_finite(b_c) and rt.all_finite(G_up):
            _t0 = _c1
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_lstm_cell_state_vjp_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", cache=True)(_lstm_cell_state_vjp_x_core))
_lstm_cell_state_vjp_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", target="parallel", cache=True)(_lstm_cell_state_vjp_x_core))


def lstm_cell_state_vjp_x(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, out=None):
    r"""36. LSTM Cell State: vjp kernel (layout (D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(D)).

    $\frac{\partial \mathcal{L}}{\partial x_{t,l}} = \sum_{j=1}^{H} (W_{xc})_{jl} i_{t,j} G_{j} \left(1 - \tilde{c}_{t,j}^{2}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,l}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $i_{t,j}$ is the input gate activation at time $t$, in $(0, 1)$
    - $\tilde{c}_{t,j}$ is the candidate cell state, in $(-1, 1)^{H}$
    - $(W_{xc})_{jl}$ is the input-to-cell weight matrix, $W_{xc} \in \mathbb{R}^{H \times D}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up; out= an optional preallocated result.
    """
    x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, = floats('lstm_cell_state_vjp_x', x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up)
    rt.within('lstm_cell_state_vjp_x', 'f_t', f_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('lstm_cell_state_vjp_x', 'i_t', i_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_lstm_cell_state_vjp_x, _lstm_cell_state_vjp_x_core, 'lstm_cell_state_vjp_x', '(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(D)', (x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up), [], out, parallel=_lstm_cell_state_vjp_x_threads, products=((1, False, 6, True, True), (0, False, 5, True, True),), inner='(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(D)')


def _lstm_cell_state_vjp_h_prev_core(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    f_t = rt.wide(f_t)
    c_prev = rt.wide(c_prev)
    i_t = rt.wide(i_t)
    W_xc = rt.wide(W_xc)
    W_hc = rt.wide(W_hc)
    b_c = rt.wide(b_c)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _two = lit(x, 2.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, 4.0)
    _c1 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hc.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xc.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_two*_t3[j - 1] + _two*_t5[j - 1] + _two*b_c[j - 1])
    for l in range(1, H + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += _c0*G_up[j - 1]*W_hc[j - 1, l - 1]*_t1[j - 1]*i_t[j - 1]
            _t0_1 += _c0*G_up[j]*W_hc[j, l - 1]*_t1[j]*i_t[j]
            _t0_2 += _c0*G_up[j + 1]*W_hc[j + 1, l - 1]*_t1[j + 1]*i_t[j + 1]
            _t0_3 += _c0*G_up[j + 2]*W_hc[j + 2, l - 1]*_t1[j + 2]*i_t[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += _c0*G_up[j - 1]*W_hc[j - 1, l - 1]*_t1[j - 1]*i_t[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(f_t) and rt.all_finite(c_prev) and rt.all_finite(i_t) and rt.all_finite(W_xc) and rt.all_finite(W_hc) and rt.all_finite(b_c) and rt.all_finite(G_up):
            _t0 = _c1
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_lstm_cell_state_vjp_h_prev = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_lstm_cell_state_vjp_h_prev_core))
_lstm_cell_state_vjp_h_prev_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_cell_state_vjp_h_prev_core))


def lstm_cell_state_vjp_h_prev(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, out=None):
    r"""36. LSTM Cell State: vjp kernel (layout (D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial h_{t-1,l}} = \sum_{j=1}^{H} (W_{hc})_{jl} i_{t,j} G_{j} \left(1 - \tilde{c}_{t,j}^{2}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,l}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $i_{t,j}$ is the input gate activation at time $t$, in $(0, 1)$
    - $\tilde{c}_{t,j}$ is the candidate cell state, in $(-1, 1)^{H}$
    - $(W_{hc})_{jl}$ is the hidden-to-cell weight matrix, $W_{hc} \in \mathbb{R}^{H \times H}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up; out= an optional preallocated result.
    """
    x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, = floats('lstm_cell_state_vjp_h_prev', x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up)
    rt.within('lstm_cell_state_vjp_h_prev', 'f_t', f_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('lstm_cell_state_vjp_h_prev', 'i_t', i_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_lstm_cell_state_vjp_h_prev, _lstm_cell_state_vjp_h_prev_core, 'lstm_cell_state_vjp_h_prev', '(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up), [], out, parallel=_lstm_cell_state_vjp_h_prev_threads, products=((1, False, 6, True, True), (0, False, 5, True, True),), inner='(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _lstm_cell_state_vjp_f_t_core(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    f_t = rt.wide(f_t)
    c_prev = rt.wide(c_prev)
    i_t = rt.wide(i_t)
    W_xc = rt.wide(W_xc)
    W_hc = rt.wide(W_hc)
    b_c = rt.wide(b_c)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    for l in range(1, H + 1):
        _t_out = G_up[l - 1]*c_prev[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_lstm_cell_state_vjp_f_t = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H),()", cache=True)(_lstm_cell_state_vjp_f_t_core))
_lstm_cell_state_vjp_f_t_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_cell_state_vjp_f_t_core))


def lstm_cell_state_vjp_f_t(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, out=None):
    r"""36. LSTM Cell State: vjp kernel (layout (D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial f_{t,l}} = c_{t-1,l} G_{l}$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $f_{t,l}$ is the forget gate activation at time $t$, in $(0, 1)$
    - $c_{t-1,l}$ is the previous cell state, $c_{t-1} \in \mathbb{R}^{H}$
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up; out= an optional preallocated result.
    """
    x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, = floats('lstm_cell_state_vjp_f_t', x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up)
    rt.within('lstm_cell_state_vjp_f_t', 'f_t', f_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('lstm_cell_state_vjp_f_t', 'i_t', i_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_lstm_cell_state_vjp_f_t, _lstm_cell_state_vjp_f_t_core, 'lstm_cell_state_vjp_f_t', '(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up), [], out, parallel=_lstm_cell_state_vjp_f_t_threads)


def _lstm_cell_state_vjp_c_prev_core(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    f_t = rt.wide(f_t)
    c_prev = rt.wide(c_prev)
    i_t = rt.wide(i_t)
    W_xc = rt.wide(W_xc)
    W_hc = rt.wide(W_hc)
    b_c = rt.wide(b_c)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    for l in range(1, H + 1):
        _t_out = G_up[l - 1]*f_t[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_lstm_cell_state_vjp_c_prev = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H),()", cache=True)(_lstm_cell_state_vjp_c_prev_core))
_lstm_cell_state_vjp_c_prev_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_cell_state_vjp_c_prev_core))


def lstm_cell_state_vjp_c_prev(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, out=None):
    r"""36. LSTM Cell State: vjp kernel (layout (D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial c_{t-1,l}} = f_{t,l} G_{l}$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $f_{t,l}$ is the forget gate activation at time $t$, in $(0, 1)$
    - $c_{t-1,l}$ is the previous cell state, $c_{t-1} \in \mathbb{R}^{H}$
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up; out= an optional preallocated result.
    """
    x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, = floats('lstm_cell_state_vjp_c_prev', x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up)
    rt.within('lstm_cell_state_vjp_c_prev', 'f_t', f_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('lstm_cell_state_vjp_c_prev', 'i_t', i_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_lstm_cell_state_vjp_c_prev, _lstm_cell_state_vjp_c_prev_core, 'lstm_cell_state_vjp_c_prev', '(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up), [], out, parallel=_lstm_cell_state_vjp_c_prev_threads)


def _lstm_cell_state_vjp_i_t_core(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    f_t = rt.wide(f_t)
    c_prev = rt.wide(c_prev)
    i_t = rt.wide(i_t)
    W_xc = rt.wide(W_xc)
    W_hc = rt.wide(W_hc)
    b_c = rt.wide(b_c)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hc.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xc.T)
    for l in range(1, H + 1):
        _t_out = rt.tanh(_t0[l - 1] + _t1[l - 1] + b_c[l - 1])*G_up[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_lstm_cell_state_vjp_i_t = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_lstm_cell_state_vjp_i_t_core))
_lstm_cell_state_vjp_i_t_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_cell_state_vjp_i_t_core))


def lstm_cell_state_vjp_i_t(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, out=None):
    r"""36. LSTM Cell State: vjp kernel (layout (D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial i_{t,l}} = \tilde{c}_{t,l} G_{l}$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $i_{t,l}$ is the input gate activation at time $t$, in $(0, 1)$
    - $\tilde{c}_{t,l}$ is the candidate cell state, in $(-1, 1)^{H}$
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up; out= an optional preallocated result.
    """
    x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, = floats('lstm_cell_state_vjp_i_t', x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up)
    rt.within('lstm_cell_state_vjp_i_t', 'f_t', f_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('lstm_cell_state_vjp_i_t', 'i_t', i_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_lstm_cell_state_vjp_i_t, _lstm_cell_state_vjp_i_t_core, 'lstm_cell_state_vjp_i_t', '(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up), [], out, parallel=_lstm_cell_state_vjp_i_t_threads, products=((1, False, 6, True, True), (0, False, 5, True, True),), inner='(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _lstm_cell_state_vjp_W_xc_core(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    f_t = rt.wide(f_t)
    c_prev = rt.wide(c_prev)
    i_t = rt.wide(i_t)
    W_xc = rt.wide(W_xc)
    W_hc = rt.wide(W_hc)
    b_c = rt.wide(b_c)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _two = lit(x, 2.0)
    _c0 = lit(x, 4.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hc.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xc.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_two*_t0[l - 1] + _two*_t1[l - 1] + _two*b_c[l - 1])
        for q in range(1, D + 1):
            out_c[l - 1, q - 1] = _c0*_t2*G_up[l - 1]*i_t[l - 1]*x[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_lstm_cell_state_vjp_W_xc = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", cache=True)(_lstm_cell_state_vjp_W_xc_core))
_lstm_cell_state_vjp_W_xc_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", target="parallel", cache=True)(_lstm_cell_state_vjp_W_xc_core))


def lstm_cell_state_vjp_W_xc(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, out=None):
    r"""36. LSTM Cell State: vjp kernel (layout (D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H,D)).

    $\frac{\partial \mathcal{L}}{\partial (W_{xc})_{lq}} = x_{t,q} i_{t,l} G_{l} \left(1 - \tilde{c}_{t,l}^{2}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,q}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $i_{t,l}$ is the input gate activation at time $t$, in $(0, 1)$
    - $\tilde{c}_{t,l}$ is the candidate cell state, in $(-1, 1)^{H}$
    - $(W_{xc})_{lq}$ is the input-to-cell weight matrix, $W_{xc} \in \mathbb{R}^{H \times D}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up; out= an optional preallocated result.
    """
    x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, = floats('lstm_cell_state_vjp_W_xc', x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up)
    rt.within('lstm_cell_state_vjp_W_xc', 'f_t', f_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('lstm_cell_state_vjp_W_xc', 'i_t', i_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_lstm_cell_state_vjp_W_xc, _lstm_cell_state_vjp_W_xc_core, 'lstm_cell_state_vjp_W_xc', '(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H,D)', (x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up), [], out, parallel=_lstm_cell_state_vjp_W_xc_threads, products=((1, False, 6, True, True), (0, False, 5, True, True),), inner='(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D)')


def _lstm_cell_state_vjp_W_hc_core(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    f_t = rt.wide(f_t)
    c_prev = rt.wide(c_prev)
    i_t = rt.wide(i_t)
    W_xc = rt.wide(W_xc)
    W_hc = rt.wide(W_hc)
    b_c = rt.wide(b_c)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _two = lit(x, 2.0)
    _c0 = lit(x, 4.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hc.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xc.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_two*_t0[l - 1] + _two*_t1[l - 1] + _two*b_c[l - 1])
        for q in range(1, H + 1):
            out_c[l - 1, q - 1] = _c0*_t2*G_up[l - 1]*h_prev[q - 1]*i_t[l - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_lstm_cell_state_vjp_W_hc = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", cache=True)(_lstm_cell_state_vjp_W_hc_core))
_lstm_cell_state_vjp_W_hc_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", target="parallel", cache=True)(_lstm_cell_state_vjp_W_hc_core))


def lstm_cell_state_vjp_W_hc(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, out=None):
    r"""36. LSTM Cell State: vjp kernel (layout (D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H,H)).

    $\frac{\partial \mathcal{L}}{\partial (W_{hc})_{lq}} = h_{t-1,q} i_{t,l} G_{l} \left(1 - \tilde{c}_{t,l}^{2}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,q}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $i_{t,l}$ is the input gate activation at time $t$, in $(0, 1)$
    - $\tilde{c}_{t,l}$ is the candidate cell state, in $(-1, 1)^{H}$
    - $(W_{hc})_{lq}$ is the hidden-to-cell weight matrix, $W_{hc} \in \mathbb{R}^{H \times H}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up; out= an optional preallocated result.
    """
    x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, = floats('lstm_cell_state_vjp_W_hc', x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up)
    rt.within('lstm_cell_state_vjp_W_hc', 'f_t', f_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('lstm_cell_state_vjp_W_hc', 'i_t', i_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_lstm_cell_state_vjp_W_hc, _lstm_cell_state_vjp_W_hc_core, 'lstm_cell_state_vjp_W_hc', '(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H,H)', (x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up), [], out, parallel=_lstm_cell_state_vjp_W_hc_threads, products=((1, False, 6, True, True), (0, False, 5, True, True),), inner='(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H)')


def _lstm_cell_state_vjp_b_c_core(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    f_t = rt.wide(f_t)
    c_prev = rt.wide(c_prev)
    i_t = rt.wide(i_t)
    W_xc = rt.wide(W_xc)
    W_hc = rt.wide(W_hc)
    b_c = rt.wide(b_c)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _c0 = lit(x, 4.0)
    _two = lit(x, 2.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hc.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xc.T)
    for l in range(1, H + 1):
        _t_out = _c0*rt.sigmoid_slope(_two*_t0[l - 1] + _two*_t1[l - 1] + _two*b_c[l - 1])*G_up[l - 1]*i_t[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_lstm_cell_state_vjp_b_c = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_lstm_cell_state_vjp_b_c_core))
_lstm_cell_state_vjp_b_c_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_lstm_cell_state_vjp_b_c_core))


def lstm_cell_state_vjp_b_c(x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, out=None):
    r"""36. LSTM Cell State: vjp kernel (layout (D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial b_{c,l}} = i_{t,l} G_{l} \left(1 - \tilde{c}_{t,l}^{2}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $i_{t,l}$ is the input gate activation at time $t$, in $(0, 1)$
    - $\tilde{c}_{t,l}$ is the candidate cell state, in $(-1, 1)^{H}$
    - $b_{c,l}$ is the cell bias vector, $b_{c} \in \mathbb{R}^{H}$
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up; out= an optional preallocated result.
    """
    x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up, = floats('lstm_cell_state_vjp_b_c', x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up)
    rt.within('lstm_cell_state_vjp_b_c', 'f_t', f_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('lstm_cell_state_vjp_b_c', 'i_t', i_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_lstm_cell_state_vjp_b_c, _lstm_cell_state_vjp_b_c_core, 'lstm_cell_state_vjp_b_c', '(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, f_t, c_prev, i_t, W_xc, W_hc, b_c, G_up), [], out, parallel=_lstm_cell_state_vjp_b_c_threads, products=((1, False, 6, True, True), (0, False, 5, True, True),), inner='(D),(H),(H),(H),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _gru_update_gate_core(x, h_prev, W_xz, W_hz, b_z, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xz = rt.wide(W_xz)
    W_hz = rt.wide(W_hz)
    b_z = rt.wide(b_z)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hz.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xz.T)
    for j in range(1, H + 1):
        _t_out = rt.sigmoid(_t0[j - 1] + _t1[j - 1] + b_z[j - 1])
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_gru_update_gate = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H)->(H),()", cache=True)(_gru_update_gate_core))
_gru_update_gate_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_gru_update_gate_core))


def gru_update_gate(x, h_prev, W_xz, W_hz, b_z, out=None):
    r"""37. GRU Update Gate: forward kernel (layout (D),(H),(H,D),(H,H),(H)->(H)).

    $z_{t,j} = \frac{1}{1 + \exp\left(-\left(\sum_{k=1}^{D} (W_{xz})_{jk} x_{t,k} + \sum_{k=1}^{H} (W_{hz})_{jk} h_{t-1,k} + b_{z,j}\right)\right)}$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,k}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $h_{t-1,k}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $z_{t,j}$ is the update gate activation at time $t$, in $(0, 1)$
    - $(W_{xz})_{jk}$ is the input-to-update gate weight matrix, $W_{xz} \in \mathbb{R}^{H \times D}$
    - $(W_{hz})_{jk}$ is the hidden-to-update gate weight matrix, $W_{hz} \in \mathbb{R}^{H \times H}$
    - $b_{z,j}$ is the update gate bias vector, $b_{z} \in \mathbb{R}^{H}$
    - $j$ is the index of the hidden unit (the output component)
    - $k$ is the summation index over input or hidden components

    Arguments: x, h_prev, W_xz, W_hz, b_z; out= an optional preallocated result.
    """
    x, h_prev, W_xz, W_hz, b_z, = floats('gru_update_gate', x, h_prev, W_xz, W_hz, b_z)
    return call_gufunc(_gru_update_gate, _gru_update_gate_core, 'gru_update_gate', '(D),(H),(H,D),(H,H),(H)->(H)', (x, h_prev, W_xz, W_hz, b_z), [], out, parallel=_gru_update_gate_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H)->(H)')


def _gru_update_gate_vjp_x_core(x, h_prev, W_xz, W_hz, b_z, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xz = rt.wide(W_xz)
    W_hz = rt.wide(W_hz)
    b_z = rt.wide(b_z)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hz.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xz.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_t3[j - 1] + _t5[j - 1] + b_z[j - 1])
    for l in range(1, D + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += G_up[j - 1]*W_xz[j - 1, l - 1]*_t1[j - 1]
            _t0_1 += G_up[j]*W_xz[j, l - 1]*_t1[j]
            _t0_2 += G_up[j + 1]*W_xz[j + 1, l - 1]*_t1[j + 1]
            _t0_3 += G_up[j + 2]*W_xz[j + 2, l - 1]*_t1[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += G_up[j - 1]*W_xz[j - 1, l - 1]*_t1[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(W_xz) and rt.all_finite(W_hz) and rt.all_finite(b_z) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_gru_update_gate_vjp_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", cache=True)(_gru_update_gate_vjp_x_core))
_gru_update_gate_vjp_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", target="parallel", cache=True)(_gru_update_gate_vjp_x_core))


def gru_update_gate_vjp_x(x, h_prev, W_xz, W_hz, b_z, G_up, out=None):
    r"""37. GRU Update Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(D)).

    $\frac{\partial \mathcal{L}}{\partial x_{t,l}} = \sum_{j=1}^{H} (W_{xz})_{jl} z_{t,j} G_{j} \left(1 - z_{t,j}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,l}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $z_{t,j}$ is the update gate activation at time $t$, in $(0, 1)$
    - $(W_{xz})_{jl}$ is the input-to-update gate weight matrix, $W_{xz} \in \mathbb{R}^{H \times D}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xz, W_hz, b_z, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xz, W_hz, b_z, G_up, = floats('gru_update_gate_vjp_x', x, h_prev, W_xz, W_hz, b_z, G_up)
    return call_gufunc(_gru_update_gate_vjp_x, _gru_update_gate_vjp_x_core, 'gru_update_gate_vjp_x', '(D),(H),(H,D),(H,H),(H),(H)->(D)', (x, h_prev, W_xz, W_hz, b_z, G_up), [], out, parallel=_gru_update_gate_vjp_x_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D)')


def _gru_update_gate_vjp_h_prev_core(x, h_prev, W_xz, W_hz, b_z, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xz = rt.wide(W_xz)
    W_hz = rt.wide(W_hz)
    b_z = rt.wide(b_z)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hz.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xz.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_t3[j - 1] + _t5[j - 1] + b_z[j - 1])
    for l in range(1, H + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += G_up[j - 1]*W_hz[j - 1, l - 1]*_t1[j - 1]
            _t0_1 += G_up[j]*W_hz[j, l - 1]*_t1[j]
            _t0_2 += G_up[j + 1]*W_hz[j + 1, l - 1]*_t1[j + 1]
            _t0_3 += G_up[j + 2]*W_hz[j + 2, l - 1]*_t1[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += G_up[j - 1]*W_hz[j - 1, l - 1]*_t1[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(W_xz) and rt.all_finite(W_hz) and rt.all_finite(b_z) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_gru_update_gate_vjp_h_prev = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_gru_update_gate_vjp_h_prev_core))
_gru_update_gate_vjp_h_prev_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_gru_update_gate_vjp_h_prev_core))


def gru_update_gate_vjp_h_prev(x, h_prev, W_xz, W_hz, b_z, G_up, out=None):
    r"""37. GRU Update Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial h_{t-1,l}} = \sum_{j=1}^{H} (W_{hz})_{jl} z_{t,j} G_{j} \left(1 - z_{t,j}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,l}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $z_{t,j}$ is the update gate activation at time $t$, in $(0, 1)$
    - $(W_{hz})_{jl}$ is the hidden-to-update gate weight matrix, $W_{hz} \in \mathbb{R}^{H \times H}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xz, W_hz, b_z, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xz, W_hz, b_z, G_up, = floats('gru_update_gate_vjp_h_prev', x, h_prev, W_xz, W_hz, b_z, G_up)
    return call_gufunc(_gru_update_gate_vjp_h_prev, _gru_update_gate_vjp_h_prev_core, 'gru_update_gate_vjp_h_prev', '(D),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, W_xz, W_hz, b_z, G_up), [], out, parallel=_gru_update_gate_vjp_h_prev_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _gru_update_gate_vjp_W_xz_core(x, h_prev, W_xz, W_hz, b_z, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xz = rt.wide(W_xz)
    W_hz = rt.wide(W_hz)
    b_z = rt.wide(b_z)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hz.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xz.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_z[l - 1])
        for q in range(1, D + 1):
            out_c[l - 1, q - 1] = _t2*G_up[l - 1]*x[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_gru_update_gate_vjp_W_xz = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", cache=True)(_gru_update_gate_vjp_W_xz_core))
_gru_update_gate_vjp_W_xz_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", target="parallel", cache=True)(_gru_update_gate_vjp_W_xz_core))


def gru_update_gate_vjp_W_xz(x, h_prev, W_xz, W_hz, b_z, G_up, out=None):
    r"""37. GRU Update Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H,D)).

    $\frac{\partial \mathcal{L}}{\partial (W_{xz})_{lq}} = x_{t,q} z_{t,l} G_{l} \left(1 - z_{t,l}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,q}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $z_{t,l}$ is the update gate activation at time $t$, in $(0, 1)$
    - $(W_{xz})_{lq}$ is the input-to-update gate weight matrix, $W_{xz} \in \mathbb{R}^{H \times D}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xz, W_hz, b_z, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xz, W_hz, b_z, G_up, = floats('gru_update_gate_vjp_W_xz', x, h_prev, W_xz, W_hz, b_z, G_up)
    return call_gufunc(_gru_update_gate_vjp_W_xz, _gru_update_gate_vjp_W_xz_core, 'gru_update_gate_vjp_W_xz', '(D),(H),(H,D),(H,H),(H),(H)->(H,D)', (x, h_prev, W_xz, W_hz, b_z, G_up), [], out, parallel=_gru_update_gate_vjp_W_xz_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D)')


def _gru_update_gate_vjp_W_hz_core(x, h_prev, W_xz, W_hz, b_z, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xz = rt.wide(W_xz)
    W_hz = rt.wide(W_hz)
    b_z = rt.wide(b_z)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hz.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xz.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_z[l - 1])
        for q in range(1, H + 1):
            out_c[l - 1, q - 1] = _t2*G_up[l - 1]*h_prev[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_gru_update_gate_vjp_W_hz = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", cache=True)(_gru_update_gate_vjp_W_hz_core))
_gru_update_gate_vjp_W_hz_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", target="parallel", cache=True)(_gru_update_gate_vjp_W_hz_core))


def gru_update_gate_vjp_W_hz(x, h_prev, W_xz, W_hz, b_z, G_up, out=None):
    r"""37. GRU Update Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H,H)).

    $\frac{\partial \mathcal{L}}{\partial (W_{hz})_{lq}} = h_{t-1,q} z_{t,l} G_{l} \left(1 - z_{t,l}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,q}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $z_{t,l}$ is the update gate activation at time $t$, in $(0, 1)$
    - $(W_{hz})_{lq}$ is the hidden-to-update gate weight matrix, $W_{hz} \in \mathbb{R}^{H \times H}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xz, W_hz, b_z, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xz, W_hz, b_z, G_up, = floats('gru_update_gate_vjp_W_hz', x, h_prev, W_xz, W_hz, b_z, G_up)
    return call_gufunc(_gru_update_gate_vjp_W_hz, _gru_update_gate_vjp_W_hz_core, 'gru_update_gate_vjp_W_hz', '(D),(H),(H,D),(H,H),(H),(H)->(H,H)', (x, h_prev, W_xz, W_hz, b_z, G_up), [], out, parallel=_gru_update_gate_vjp_W_hz_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H)')


def _gru_update_gate_vjp_b_z_core(x, h_prev, W_xz, W_hz, b_z, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xz = rt.wide(W_xz)
    W_hz = rt.wide(W_hz)
    b_z = rt.wide(b_z)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hz.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xz.T)
    for l in range(1, H + 1):
        _t_out = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_z[l - 1])*G_up[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_gru_update_gate_vjp_b_z = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_gru_update_gate_vjp_b_z_core))
_gru_update_gate_vjp_b_z_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_gru_update_gate_vjp_b_z_core))


def gru_update_gate_vjp_b_z(x, h_prev, W_xz, W_hz, b_z, G_up, out=None):
    r"""37. GRU Update Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial b_{z,l}} = z_{t,l} G_{l} \left(1 - z_{t,l}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $z_{t,l}$ is the update gate activation at time $t$, in $(0, 1)$
    - $b_{z,l}$ is the update gate bias vector, $b_{z} \in \mathbb{R}^{H}$
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xz, W_hz, b_z, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xz, W_hz, b_z, G_up, = floats('gru_update_gate_vjp_b_z', x, h_prev, W_xz, W_hz, b_z, G_up)
    return call_gufunc(_gru_update_gate_vjp_b_z, _gru_update_gate_vjp_b_z_core, 'gru_update_gate_vjp_b_z', '(D),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, W_xz, W_hz, b_z, G_up), [], out, parallel=_gru_update_gate_vjp_b_z_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _gru_reset_gate_core(x, h_prev, W_xr, W_hr, b_r, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xr = rt.wide(W_xr)
    W_hr = rt.wide(W_hr)
    b_r = rt.wide(b_r)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hr.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xr.T)
    for j in range(1, H + 1):
        _t_out = rt.sigmoid(_t0[j - 1] + _t1[j - 1] + b_r[j - 1])
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_gru_reset_gate = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H)->(H),()", cache=True)(_gru_reset_gate_core))
_gru_reset_gate_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_gru_reset_gate_core))


def gru_reset_gate(x, h_prev, W_xr, W_hr, b_r, out=None):
    r"""38. GRU Reset Gate: forward kernel (layout (D),(H),(H,D),(H,H),(H)->(H)).

    $r_{t,j} = \frac{1}{1 + \exp\left(-\left(\sum_{k=1}^{D} (W_{xr})_{jk} x_{t,k} + \sum_{k=1}^{H} (W_{hr})_{jk} h_{t-1,k} + b_{r,j}\right)\right)}$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,k}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $h_{t-1,k}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $r_{t,j}$ is the reset gate activation at time $t$, in $(0, 1)$
    - $(W_{xr})_{jk}$ is the input-to-reset gate weight matrix, $W_{xr} \in \mathbb{R}^{H \times D}$
    - $(W_{hr})_{jk}$ is the hidden-to-reset gate weight matrix, $W_{hr} \in \mathbb{R}^{H \times H}$
    - $b_{r,j}$ is the reset gate bias vector, $b_{r} \in \mathbb{R}^{H}$
    - $j$ is the index of the hidden unit (the output component)
    - $k$ is the summation index over input or hidden components

    Arguments: x, h_prev, W_xr, W_hr, b_r; out= an optional preallocated result.
    """
    x, h_prev, W_xr, W_hr, b_r, = floats('gru_reset_gate', x, h_prev, W_xr, W_hr, b_r)
    return call_gufunc(_gru_reset_gate, _gru_reset_gate_core, 'gru_reset_gate', '(D),(H),(H,D),(H,H),(H)->(H)', (x, h_prev, W_xr, W_hr, b_r), [], out, parallel=_gru_reset_gate_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H)->(H)')


def _gru_reset_gate_vjp_x_core(x, h_prev, W_xr, W_hr, b_r, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xr = rt.wide(W_xr)
    W_hr = rt.wide(W_hr)
    b_r = rt.wide(b_r)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hr.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xr.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_t3[j - 1] + _t5[j - 1] + b_r[j - 1])
    for l in range(1, D + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += G_up[j - 1]*W_xr[j - 1, l - 1]*_t1[j - 1]
            _t0_1 += G_up[j]*W_xr[j, l - 1]*_t1[j]
            _t0_2 += G_up[j + 1]*W_xr[j + 1, l - 1]*_t1[j + 1]
            _t0_3 += G_up[j + 2]*W_xr[j + 2, l - 1]*_t1[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += G_up[j - 1]*W_xr[j - 1, l - 1]*_t1[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(W_xr) and rt.all_finite(W_hr) and rt.all_finite(b_r) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_gru_reset_gate_vjp_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", cache=True)(_gru_reset_gate_vjp_x_core))
_gru_reset_gate_vjp_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D),()", target="parallel", cache=True)(_gru_reset_gate_vjp_x_core))


def gru_reset_gate_vjp_x(x, h_prev, W_xr, W_hr, b_r, G_up, out=None):
    r"""38. GRU Reset Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(D)).

    $\frac{\partial \mathcal{L}}{\partial x_{t,l}} = \sum_{j=1}^{H} (W_{xr})_{jl} r_{t,j} G_{j} \left(1 - r_{t,j}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,l}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $r_{t,j}$ is the reset gate activation at time $t$, in $(0, 1)$
    - $(W_{xr})_{jl}$ is the input-to-reset gate weight matrix, $W_{xr} \in \mathbb{R}^{H \times D}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xr, W_hr, b_r, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xr, W_hr, b_r, G_up, = floats('gru_reset_gate_vjp_x', x, h_prev, W_xr, W_hr, b_r, G_up)
    return call_gufunc(_gru_reset_gate_vjp_x, _gru_reset_gate_vjp_x_core, 'gru_reset_gate_vjp_x', '(D),(H),(H,D),(H,H),(H),(H)->(D)', (x, h_prev, W_xr, W_hr, b_r, G_up), [], out, parallel=_gru_reset_gate_vjp_x_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(D)')


def _gru_reset_gate_vjp_h_prev_core(x, h_prev, W_xr, W_hr, b_r, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xr = rt.wide(W_xr)
    W_hr = rt.wide(W_hr)
    b_r = rt.wide(b_r)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hr.T)
    _t5 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xr.T)
    for j in range(1, H + 1):
        _t1[j - 1] = rt.sigmoid_slope(_t3[j - 1] + _t5[j - 1] + b_r[j - 1])
    for l in range(1, H + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += G_up[j - 1]*W_hr[j - 1, l - 1]*_t1[j - 1]
            _t0_1 += G_up[j]*W_hr[j, l - 1]*_t1[j]
            _t0_2 += G_up[j + 1]*W_hr[j + 1, l - 1]*_t1[j + 1]
            _t0_3 += G_up[j + 2]*W_hr[j + 2, l - 1]*_t1[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += G_up[j - 1]*W_hr[j - 1, l - 1]*_t1[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(W_xr) and rt.all_finite(W_hr) and rt.all_finite(b_r) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_gru_reset_gate_vjp_h_prev = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_gru_reset_gate_vjp_h_prev_core))
_gru_reset_gate_vjp_h_prev_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_gru_reset_gate_vjp_h_prev_core))


def gru_reset_gate_vjp_h_prev(x, h_prev, W_xr, W_hr, b_r, G_up, out=None):
    r"""38. GRU Reset Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial h_{t-1,l}} = \sum_{j=1}^{H} (W_{hr})_{jl} r_{t,j} G_{j} \left(1 - r_{t,j}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,l}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $r_{t,j}$ is the reset gate activation at time $t$, in $(0, 1)$
    - $(W_{hr})_{jl}$ is the hidden-to-reset gate weight matrix, $W_{hr} \in \mathbb{R}^{H \times H}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xr, W_hr, b_r, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xr, W_hr, b_r, G_up, = floats('gru_reset_gate_vjp_h_prev', x, h_prev, W_xr, W_hr, b_r, G_up)
    return call_gufunc(_gru_reset_gate_vjp_h_prev, _gru_reset_gate_vjp_h_prev_core, 'gru_reset_gate_vjp_h_prev', '(D),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, W_xr, W_hr, b_r, G_up), [], out, parallel=_gru_reset_gate_vjp_h_prev_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _gru_reset_gate_vjp_W_xr_core(x, h_prev, W_xr, W_hr, b_r, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xr = rt.wide(W_xr)
    W_hr = rt.wide(W_hr)
    b_r = rt.wide(b_r)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hr.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xr.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_r[l - 1])
        for q in range(1, D + 1):
            out_c[l - 1, q - 1] = _t2*G_up[l - 1]*x[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_gru_reset_gate_vjp_W_xr = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", cache=True)(_gru_reset_gate_vjp_W_xr_core))
_gru_reset_gate_vjp_W_xr_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D),()", target="parallel", cache=True)(_gru_reset_gate_vjp_W_xr_core))


def gru_reset_gate_vjp_W_xr(x, h_prev, W_xr, W_hr, b_r, G_up, out=None):
    r"""38. GRU Reset Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H,D)).

    $\frac{\partial \mathcal{L}}{\partial (W_{xr})_{lq}} = x_{t,q} r_{t,l} G_{l} \left(1 - r_{t,l}\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,q}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $r_{t,l}$ is the reset gate activation at time $t$, in $(0, 1)$
    - $(W_{xr})_{lq}$ is the input-to-reset gate weight matrix, $W_{xr} \in \mathbb{R}^{H \times D}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xr, W_hr, b_r, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xr, W_hr, b_r, G_up, = floats('gru_reset_gate_vjp_W_xr', x, h_prev, W_xr, W_hr, b_r, G_up)
    return call_gufunc(_gru_reset_gate_vjp_W_xr, _gru_reset_gate_vjp_W_xr_core, 'gru_reset_gate_vjp_W_xr', '(D),(H),(H,D),(H,H),(H),(H)->(H,D)', (x, h_prev, W_xr, W_hr, b_r, G_up), [], out, parallel=_gru_reset_gate_vjp_W_xr_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,D)')


def _gru_reset_gate_vjp_W_hr_core(x, h_prev, W_xr, W_hr, b_r, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xr = rt.wide(W_xr)
    W_hr = rt.wide(W_hr)
    b_r = rt.wide(b_r)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hr.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xr.T)
    for l in range(1, H + 1):
        _t2 = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_r[l - 1])
        for q in range(1, H + 1):
            out_c[l - 1, q - 1] = _t2*G_up[l - 1]*h_prev[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_gru_reset_gate_vjp_W_hr = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", cache=True)(_gru_reset_gate_vjp_W_hr_core))
_gru_reset_gate_vjp_W_hr_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H),()", target="parallel", cache=True)(_gru_reset_gate_vjp_W_hr_core))


def gru_reset_gate_vjp_W_hr(x, h_prev, W_xr, W_hr, b_r, G_up, out=None):
    r"""38. GRU Reset Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H,H)).

    $\frac{\partial \mathcal{L}}{\partial (W_{hr})_{lq}} = h_{t-1,q} r_{t,l} G_{l} \left(1 - r_{t,l}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,q}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $r_{t,l}$ is the reset gate activation at time $t$, in $(0, 1)$
    - $(W_{hr})_{lq}$ is the hidden-to-reset gate weight matrix, $W_{hr} \in \mathbb{R}^{H \times H}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xr, W_hr, b_r, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xr, W_hr, b_r, G_up, = floats('gru_reset_gate_vjp_W_hr', x, h_prev, W_xr, W_hr, b_r, G_up)
    return call_gufunc(_gru_reset_gate_vjp_W_hr, _gru_reset_gate_vjp_W_hr_core, 'gru_reset_gate_vjp_W_hr', '(D),(H),(H,D),(H,H),(H),(H)->(H,H)', (x, h_prev, W_xr, W_hr, b_r, G_up), [], out, parallel=_gru_reset_gate_vjp_W_hr_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H,H)')


def _gru_reset_gate_vjp_b_r_core(x, h_prev, W_xr, W_hr, b_r, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    W_xr = rt.wide(W_xr)
    W_hr = rt.wide(W_hr)
    b_r = rt.wide(b_r)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hr.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xr.T)
    for l in range(1, H + 1):
        _t_out = rt.sigmoid_slope(_t0[l - 1] + _t1[l - 1] + b_r[l - 1])*G_up[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_gru_reset_gate_vjp_b_r = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", cache=True)(_gru_reset_gate_vjp_b_r_core))
_gru_reset_gate_vjp_b_r_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_gru_reset_gate_vjp_b_r_core))


def gru_reset_gate_vjp_b_r(x, h_prev, W_xr, W_hr, b_r, G_up, out=None):
    r"""38. GRU Reset Gate: vjp kernel (layout (D),(H),(H,D),(H,H),(H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial b_{r,l}} = r_{t,l} G_{l} \left(1 - r_{t,l}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $r_{t,l}$ is the reset gate activation at time $t$, in $(0, 1)$
    - $b_{r,l}$ is the reset gate bias vector, $b_{r} \in \mathbb{R}^{H}$
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, W_xr, W_hr, b_r, G_up; out= an optional preallocated result.
    """
    x, h_prev, W_xr, W_hr, b_r, G_up, = floats('gru_reset_gate_vjp_b_r', x, h_prev, W_xr, W_hr, b_r, G_up)
    return call_gufunc(_gru_reset_gate_vjp_b_r, _gru_reset_gate_vjp_b_r_core, 'gru_reset_gate_vjp_b_r', '(D),(H),(H,D),(H,H),(H),(H)->(H)', (x, h_prev, W_xr, W_hr, b_r, G_up), [], out, parallel=_gru_reset_gate_vjp_b_r_threads, products=((1, False, 3, True, True), (0, False, 2, True, True),), inner='(D),(H),(H,D),(H,H),(H),(H),(H),(H)->(H)')


def _gru_hidden_core(x, h_prev, z_t, r_t, W_xh, W_hh, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    z_t = rt.wide(z_t)
    r_t = rt.wide(r_t)
    W_xh = rt.wide(W_xh)
    W_hh = rt.wide(W_hh)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(x, 1.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hh.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xh.T)
    for j in range(1, H + 1):
        _t_out = (_one - z_t[j - 1])*rt.tanh(_t0[j - 1]*r_t[j - 1] + _t1[j - 1]) + h_prev[j - 1]*z_t[j - 1]
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_gru_hidden = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H)->(H),()", cache=True)(_gru_hidden_core))
_gru_hidden_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H)->(H),()", target="parallel", cache=True)(_gru_hidden_core))


def gru_hidden(x, h_prev, z_t, r_t, W_xh, W_hh, out=None):
    r"""39. GRU Hidden State: forward kernel (layout (D),(H),(H),(H),(H,D),(H,H)->(H)).

    $\begin{aligned} \tilde{h}_{t,j} &= \tanh\left(\sum_{k=1}^{D} (W_{xh})_{jk} x_{t,k} + r_{t,j} \sum_{k=1}^{H} (W_{hh})_{jk} h_{t-1,k}\right) \\ h_{t,j} &= h_{t-1,j} z_{t,j} + \tilde{h}_{t,j} \left(1 - z_{t,j}\right) \end{aligned}$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,k}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $h_{t-1,j}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $h_{t,j}$ is the updated hidden state at time $t$, $h_t \in \mathbb{R}^{H}$
    - $z_{t,j}$ is the update gate activation at time $t$, in $(0, 1)$
    - $r_{t,j}$ is the reset gate activation at time $t$, in $(0, 1)$
    - $\tilde{h}_{t,j}$ is the candidate hidden state, in $(-1, 1)^{H}$
    - $(W_{xh})_{jk}$ is the input-to-hidden weight matrix, $W_{xh} \in \mathbb{R}^{H \times D}$
    - $(W_{hh})_{jk}$ is the hidden-to-hidden weight matrix, $W_{hh} \in \mathbb{R}^{H \times H}$
    - $j$ is the index of the hidden unit (the output component)
    - $k$ is the summation index over input or hidden components

    Arguments: x, h_prev, z_t, r_t, W_xh, W_hh; out= an optional preallocated result.
    """
    x, h_prev, z_t, r_t, W_xh, W_hh, = floats('gru_hidden', x, h_prev, z_t, r_t, W_xh, W_hh)
    rt.within('gru_hidden', 'z_t', z_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('gru_hidden', 'r_t', r_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_gru_hidden, _gru_hidden_core, 'gru_hidden', '(D),(H),(H),(H),(H,D),(H,H)->(H)', (x, h_prev, z_t, r_t, W_xh, W_hh), [], out, parallel=_gru_hidden_threads, products=((1, False, 5, True, True), (0, False, 4, True, True),), inner='(D),(H),(H),(H),(H,D),(H,H),(H),(H)->(H)')


def _gru_hidden_vjp_x_core(x, h_prev, z_t, r_t, W_xh, W_hh, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    z_t = rt.wide(z_t)
    r_t = rt.wide(r_t)
    W_xh = rt.wide(W_xh)
    W_hh = rt.wide(W_hh)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hh.T)
    _t6 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xh.T)
    for j in range(1, H + 1):
        _t4 = _t3[j - 1]*r_t[j - 1]
        _t7 = _t4 + _t6[j - 1]
        _t8 = rt.tanh(_t7)
        _t1[j - 1] = _t8 + _one
    _t9 = np.empty(H)
    for j in range(1, H + 1):
        _t10 = _t3[j - 1]*r_t[j - 1]
        _t11 = _t10 + _t6[j - 1]
        _t12 = rt.tanh(_t11)
        _t9[j - 1] = _t12 - _one
    for l in range(1, D + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += (z_t[j - 1] - _one)*G_up[j - 1]*W_xh[j - 1, l - 1]*_t1[j - 1]*_t9[j - 1]
            _t0_1 += (z_t[j] - _one)*G_up[j]*W_xh[j, l - 1]*_t1[j]*_t9[j]
            _t0_2 += (z_t[j + 1] - _one)*G_up[j + 1]*W_xh[j + 1, l - 1]*_t1[j + 1]*_t9[j + 1]
            _t0_3 += (z_t[j + 2] - _one)*G_up[j + 2]*W_xh[j + 2, l - 1]*_t1[j + 2]*_t9[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += (z_t[j - 1] - _one)*G_up[j - 1]*W_xh[j - 1, l - 1]*_t1[j - 1]*_t9[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(z_t) and rt.all_finite(r_t) and rt.all_finite(W_xh) and rt.all_finite(W_hh) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_gru_hidden_vjp_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(D),()", cache=True)(_gru_hidden_vjp_x_core))
_gru_hidden_vjp_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(D),()", target="parallel", cache=True)(_gru_hidden_vjp_x_core))


def gru_hidden_vjp_x(x, h_prev, z_t, r_t, W_xh, W_hh, G_up, out=None):
    r"""39. GRU Hidden State: vjp kernel (layout (D),(H),(H),(H),(H,D),(H,H),(H)->(D)).

    $\frac{\partial \mathcal{L}}{\partial x_{t,l}} = \sum_{j=1}^{H} (W_{xh})_{jl} G_{j} \left(z_{t,j} - 1\right) \left(\tilde{h}_{t,j} - 1\right) \left(\tilde{h}_{t,j} + 1\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,l}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $z_{t,j}$ is the update gate activation at time $t$, in $(0, 1)$
    - $\tilde{h}_{t,j}$ is the candidate hidden state, in $(-1, 1)^{H}$
    - $(W_{xh})_{jl}$ is the input-to-hidden weight matrix, $W_{xh} \in \mathbb{R}^{H \times D}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, z_t, r_t, W_xh, W_hh, G_up; out= an optional preallocated result.
    """
    x, h_prev, z_t, r_t, W_xh, W_hh, G_up, = floats('gru_hidden_vjp_x', x, h_prev, z_t, r_t, W_xh, W_hh, G_up)
    rt.within('gru_hidden_vjp_x', 'z_t', z_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('gru_hidden_vjp_x', 'r_t', r_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_gru_hidden_vjp_x, _gru_hidden_vjp_x_core, 'gru_hidden_vjp_x', '(D),(H),(H),(H),(H,D),(H,H),(H)->(D)', (x, h_prev, z_t, r_t, W_xh, W_hh, G_up), [], out, parallel=_gru_hidden_vjp_x_threads, products=((1, False, 5, True, True), (0, False, 4, True, True),), inner='(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(D)')


def _gru_hidden_vjp_h_prev_core(x, h_prev, z_t, r_t, W_xh, W_hh, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    z_t = rt.wide(z_t)
    r_t = rt.wide(r_t)
    W_xh = rt.wide(W_xh)
    W_hh = rt.wide(W_hh)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t1 = np.empty(H)
    _t3 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hh.T)
    _t6 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xh.T)
    for j in range(1, H + 1):
        _t4 = _t3[j - 1]*r_t[j - 1]
        _t7 = _t4 + _t6[j - 1]
        _t8 = rt.tanh(_t7)
        _t9 = (_t8*_t8)
        _t1[j - 1] = _t9*z_t[j - 1] - _t9 - z_t[j - 1] + _one
    for l in range(1, H + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (H)//4*4, 4):
            _t0_0 += G_up[j - 1]*W_hh[j - 1, l - 1]*_t1[j - 1]*r_t[j - 1]
            _t0_1 += G_up[j]*W_hh[j, l - 1]*_t1[j]*r_t[j]
            _t0_2 += G_up[j + 1]*W_hh[j + 1, l - 1]*_t1[j + 1]*r_t[j + 1]
            _t0_3 += G_up[j + 2]*W_hh[j + 2, l - 1]*_t1[j + 2]*r_t[j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (H)//4*4, H + 1):
            _t0 += G_up[j - 1]*W_hh[j - 1, l - 1]*_t1[j - 1]*r_t[j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(h_prev) and rt.all_finite(z_t) and rt.all_finite(r_t) and rt.all_finite(W_xh) and rt.all_finite(W_hh) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0 + G_up[l - 1]*z_t[l - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_gru_hidden_vjp_h_prev = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H),()", cache=True)(_gru_hidden_vjp_h_prev_core))
_gru_hidden_vjp_h_prev_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_gru_hidden_vjp_h_prev_core))


def gru_hidden_vjp_h_prev(x, h_prev, z_t, r_t, W_xh, W_hh, G_up, out=None):
    r"""39. GRU Hidden State: vjp kernel (layout (D),(H),(H),(H),(H,D),(H,H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial h_{t-1,l}} = \sum_{j=1}^{H} (W_{hh})_{jl} r_{t,j} G_{j} \left(z_{t,j} \tilde{h}_{t,j}^{2} + 1 - z_{t,j} - \tilde{h}_{t,j}^{2}\right) + z_{t,l} G_{l}$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,l}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $z_{t,l}$ is the update gate activation at time $t$, in $(0, 1)$
    - $r_{t,j}$ is the reset gate activation at time $t$, in $(0, 1)$
    - $\tilde{h}_{t,j}$ is the candidate hidden state, in $(-1, 1)^{H}$
    - $(W_{hh})_{jl}$ is the hidden-to-hidden weight matrix, $W_{hh} \in \mathbb{R}^{H \times H}$
    - $j$ is the index of the hidden unit (the output component)
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, z_t, r_t, W_xh, W_hh, G_up; out= an optional preallocated result.
    """
    x, h_prev, z_t, r_t, W_xh, W_hh, G_up, = floats('gru_hidden_vjp_h_prev', x, h_prev, z_t, r_t, W_xh, W_hh, G_up)
    rt.within('gru_hidden_vjp_h_prev', 'z_t', z_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('gru_hidden_vjp_h_prev', 'r_t', r_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_gru_hidden_vjp_h_prev, _gru_hidden_vjp_h_prev_core, 'gru_hidden_vjp_h_prev', '(D),(H),(H),(H),(H,D),(H,H),(H)->(H)', (x, h_prev, z_t, r_t, W_xh, W_hh, G_up), [], out, parallel=_gru_hidden_vjp_h_prev_threads, products=((1, False, 5, True, True), (0, False, 4, True, True),), inner='(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H)')


def _gru_hidden_vjp_z_t_core(x, h_prev, z_t, r_t, W_xh, W_hh, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    z_t = rt.wide(z_t)
    r_t = rt.wide(r_t)
    W_xh = rt.wide(W_xh)
    W_hh = rt.wide(W_hh)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hh.T)
    _t1 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xh.T)
    for l in range(1, H + 1):
        _t_out = (-rt.tanh(_t0[l - 1]*r_t[l - 1] + _t1[l - 1]) + h_prev[l - 1])*G_up[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_gru_hidden_vjp_z_t = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H),()", cache=True)(_gru_hidden_vjp_z_t_core))
_gru_hidden_vjp_z_t_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_gru_hidden_vjp_z_t_core))


def gru_hidden_vjp_z_t(x, h_prev, z_t, r_t, W_xh, W_hh, G_up, out=None):
    r"""39. GRU Hidden State: vjp kernel (layout (D),(H),(H),(H),(H,D),(H,H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial z_{t,l}} = G_{l} \left(h_{t-1,l} - \tilde{h}_{t,l}\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,l}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $z_{t,l}$ is the update gate activation at time $t$, in $(0, 1)$
    - $\tilde{h}_{t,l}$ is the candidate hidden state, in $(-1, 1)^{H}$
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, z_t, r_t, W_xh, W_hh, G_up; out= an optional preallocated result.
    """
    x, h_prev, z_t, r_t, W_xh, W_hh, G_up, = floats('gru_hidden_vjp_z_t', x, h_prev, z_t, r_t, W_xh, W_hh, G_up)
    rt.within('gru_hidden_vjp_z_t', 'z_t', z_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('gru_hidden_vjp_z_t', 'r_t', r_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_gru_hidden_vjp_z_t, _gru_hidden_vjp_z_t_core, 'gru_hidden_vjp_z_t', '(D),(H),(H),(H),(H,D),(H,H),(H)->(H)', (x, h_prev, z_t, r_t, W_xh, W_hh, G_up), [], out, parallel=_gru_hidden_vjp_z_t_threads, products=((1, False, 5, True, True), (0, False, 4, True, True),), inner='(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H)')


def _gru_hidden_vjp_r_t_core(x, h_prev, z_t, r_t, W_xh, W_hh, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    z_t = rt.wide(z_t)
    r_t = rt.wide(r_t)
    W_xh = rt.wide(W_xh)
    W_hh = rt.wide(W_hh)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _one = lit(x, 1.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hh.T)
    _t2 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xh.T)
    for l in range(1, H + 1):
        _t1 = _t0[l - 1]*r_t[l - 1]
        _t3 = _t1 + _t2[l - 1]
        _t4 = rt.tanh(_t3)
        out_c[l - 1] = (_t4 - _one)*(_t4 + _one)*(z_t[l - 1] - _one)*G_up[l - 1]*_t0[l - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_gru_hidden_vjp_r_t = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H),()", cache=True)(_gru_hidden_vjp_r_t_core))
_gru_hidden_vjp_r_t_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H),()", target="parallel", cache=True)(_gru_hidden_vjp_r_t_core))


def gru_hidden_vjp_r_t(x, h_prev, z_t, r_t, W_xh, W_hh, G_up, out=None):
    r"""39. GRU Hidden State: vjp kernel (layout (D),(H),(H),(H),(H,D),(H,H),(H)->(H)).

    $\frac{\partial \mathcal{L}}{\partial r_{t,l}} = G_{l} \left(z_{t,l} - 1\right) \left(\tilde{h}_{t,l} - 1\right) \left(\tilde{h}_{t,l} + 1\right) \sum_{k'=1}^{H} (W_{hh})_{lk'} h_{t-1,k'}$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,k'}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $z_{t,l}$ is the update gate activation at time $t$, in $(0, 1)$
    - $r_{t,l}$ is the reset gate activation at time $t$, in $(0, 1)$
    - $\tilde{h}_{t,l}$ is the candidate hidden state, in $(-1, 1)^{H}$
    - $(W_{hh})_{lk'}$ is the hidden-to-hidden weight matrix, $W_{hh} \in \mathbb{R}^{H \times H}$
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output
    - $k'$ is a summation index

    Arguments: x, h_prev, z_t, r_t, W_xh, W_hh, G_up; out= an optional preallocated result.
    """
    x, h_prev, z_t, r_t, W_xh, W_hh, G_up, = floats('gru_hidden_vjp_r_t', x, h_prev, z_t, r_t, W_xh, W_hh, G_up)
    rt.within('gru_hidden_vjp_r_t', 'z_t', z_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('gru_hidden_vjp_r_t', 'r_t', r_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_gru_hidden_vjp_r_t, _gru_hidden_vjp_r_t_core, 'gru_hidden_vjp_r_t', '(D),(H),(H),(H),(H,D),(H,H),(H)->(H)', (x, h_prev, z_t, r_t, W_xh, W_hh, G_up), [], out, parallel=_gru_hidden_vjp_r_t_threads, products=((1, False, 5, True, True), (0, False, 4, True, True),), inner='(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H)')


def _gru_hidden_vjp_W_xh_core(x, h_prev, z_t, r_t, W_xh, W_hh, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    z_t = rt.wide(z_t)
    r_t = rt.wide(r_t)
    W_xh = rt.wide(W_xh)
    W_hh = rt.wide(W_hh)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _one = lit(x, 1.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hh.T)
    _t2 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xh.T)
    for l in range(1, H + 1):
        _t1 = _t0[l - 1]*r_t[l - 1]
        _t3 = _t1 + _t2[l - 1]
        _t4 = rt.tanh(_t3)
        for q in range(1, D + 1):
            out_c[l - 1, q - 1] = (_t4 - _one)*(_t4 + _one)*(z_t[l - 1] - _one)*G_up[l - 1]*x[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_gru_hidden_vjp_W_xh = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H,D),()", cache=True)(_gru_hidden_vjp_W_xh_core))
_gru_hidden_vjp_W_xh_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H,D),()", target="parallel", cache=True)(_gru_hidden_vjp_W_xh_core))


def gru_hidden_vjp_W_xh(x, h_prev, z_t, r_t, W_xh, W_hh, G_up, out=None):
    r"""39. GRU Hidden State: vjp kernel (layout (D),(H),(H),(H),(H,D),(H,H),(H)->(H,D)).

    $\frac{\partial \mathcal{L}}{\partial (W_{xh})_{lq}} = x_{t,q} G_{l} \left(z_{t,l} - 1\right) \left(\tilde{h}_{t,l} - 1\right) \left(\tilde{h}_{t,l} + 1\right)$

    where:

    - $D$ is the dimension of the input vector
    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $x_{t,q}$ is the input vector at time $t$, $x_t \in \mathbb{R}^{D}$
    - $z_{t,l}$ is the update gate activation at time $t$, in $(0, 1)$
    - $\tilde{h}_{t,l}$ is the candidate hidden state, in $(-1, 1)^{H}$
    - $(W_{xh})_{lq}$ is the input-to-hidden weight matrix, $W_{xh} \in \mathbb{R}^{H \times D}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, z_t, r_t, W_xh, W_hh, G_up; out= an optional preallocated result.
    """
    x, h_prev, z_t, r_t, W_xh, W_hh, G_up, = floats('gru_hidden_vjp_W_xh', x, h_prev, z_t, r_t, W_xh, W_hh, G_up)
    rt.within('gru_hidden_vjp_W_xh', 'z_t', z_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('gru_hidden_vjp_W_xh', 'r_t', r_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_gru_hidden_vjp_W_xh, _gru_hidden_vjp_W_xh_core, 'gru_hidden_vjp_W_xh', '(D),(H),(H),(H),(H,D),(H,H),(H)->(H,D)', (x, h_prev, z_t, r_t, W_xh, W_hh, G_up), [], out, parallel=_gru_hidden_vjp_W_xh_threads, products=((1, False, 5, True, True), (0, False, 4, True, True),), inner='(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H,D)')


def _gru_hidden_vjp_W_hh_core(x, h_prev, z_t, r_t, W_xh, W_hh, G_up, _p0, _p1, out, _bad):
    x = rt.wide(x)
    h_prev = rt.wide(h_prev)
    z_t = rt.wide(z_t)
    r_t = rt.wide(r_t)
    W_xh = rt.wide(W_xh)
    W_hh = rt.wide(W_hh)
    G_up = rt.wide(G_up)
    D = x.shape[0]
    H = h_prev.shape[0]
    out_c = np.ascontiguousarray(out)
    _one = lit(x, 1.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(h_prev, W_hh.T)
    _t2 = np.ascontiguousarray(_p1) if rt.given(_p1) else rt.vecmat(x, W_xh.T)
    for l in range(1, H + 1):
        _t1 = _t0[l - 1]*r_t[l - 1]
        _t3 = _t1 + _t2[l - 1]
        _t4 = rt.tanh(_t3)
        for q in range(1, H + 1):
            out_c[l - 1, q - 1] = (_t4 - _one)*(_t4 + _one)*(z_t[l - 1] - _one)*G_up[l - 1]*h_prev[q - 1]*r_t[l - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_gru_hidden_vjp_W_hh = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H,H),()", cache=True)(_gru_hidden_vjp_W_hh_core))
_gru_hidden_vjp_W_hh_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:, :], float64[:, :], float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H,H),()", target="parallel", cache=True)(_gru_hidden_vjp_W_hh_core))


def gru_hidden_vjp_W_hh(x, h_prev, z_t, r_t, W_xh, W_hh, G_up, out=None):
    r"""39. GRU Hidden State: vjp kernel (layout (D),(H),(H),(H),(H,D),(H,H),(H)->(H,H)).

    $\frac{\partial \mathcal{L}}{\partial (W_{hh})_{lq}} = h_{t-1,q} r_{t,l} G_{l} \left(z_{t,l} - 1\right) \left(\tilde{h}_{t,l} - 1\right) \left(\tilde{h}_{t,l} + 1\right)$

    where:

    - $H$ is the dimension of the hidden state (the number of hidden units)
    - $h_{t-1,q}$ is the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$
    - $z_{t,l}$ is the update gate activation at time $t$, in $(0, 1)$
    - $r_{t,l}$ is the reset gate activation at time $t$, in $(0, 1)$
    - $\tilde{h}_{t,l}$ is the candidate hidden state, in $(-1, 1)^{H}$
    - $(W_{hh})_{lq}$ is the hidden-to-hidden weight matrix, $W_{hh} \in \mathbb{R}^{H \times H}$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, h_prev, z_t, r_t, W_xh, W_hh, G_up; out= an optional preallocated result.
    """
    x, h_prev, z_t, r_t, W_xh, W_hh, G_up, = floats('gru_hidden_vjp_W_hh', x, h_prev, z_t, r_t, W_xh, W_hh, G_up)
    rt.within('gru_hidden_vjp_W_hh', 'z_t', z_t, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('gru_hidden_vjp_W_hh', 'r_t', r_t, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_gru_hidden_vjp_W_hh, _gru_hidden_vjp_W_hh_core, 'gru_hidden_vjp_W_hh', '(D),(H),(H),(H),(H,D),(H,H),(H)->(H,H)', (x, h_prev, z_t, r_t, W_xh, W_hh, G_up), [], out, parallel=_gru_hidden_vjp_W_hh_threads, products=((1, False, 5, True, True), (0, False, 4, True, True),), inner='(D),(H),(H),(H),(H,D),(H,H),(H),(H),(H)->(H,H)')
