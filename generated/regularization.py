# Generated from symbolic/regularization.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Regularization: Numba kernels (forward, derivatives, fused) of entries 18, 19, 27.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _l1_regularization_core(lam, w, out, _bad):
    lam = rt.wide(lam)
    w = rt.wide(w)
    n = w.shape[0]
    _zero = lit(lam, 0.0)
    _c0 = lit(lam, np.nan)
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for j in range(1, 1 + (n)//4*4, 4):
        _t0_0 += np.abs(w[j - 1])
        _t0_1 += np.abs(w[j])
        _t0_2 += np.abs(w[j + 1])
        _t0_3 += np.abs(w[j + 2])
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for j in range(1 + (n)//4*4, n + 1):
        _t0 += np.abs(w[j - 1])
    if rt.OVERFLOWS and not np.isfinite(_t0) and np.isfinite(lam) and rt.all_finite(w):
        _t0 = _c0
    out[0] = _t0*lam
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_l1_regularization = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:])"], "(),(n)->(),()", cache=True)(_l1_regularization_core))
_l1_regularization_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:])"], "(),(n)->(),()", target="parallel", cache=True)(_l1_regularization_core))


def l1_regularization(lam, w, out=None):
    r"""18. L1 Regularization: forward kernel (layout (),(n)->()).

    $R_{L1} = \lambda \sum_{j=1}^{n} \left|w_{j}\right|$

    where:

    - $R_{L1}$ is the L1 penalty added to the loss
    - $n$ is the number of penalised weights
    - $j$ is the weight index
    - $\lambda$ is the regularization coefficient, $\lambda \ge 0$
    - $w_{j}$ is the $j$-th weight of the model

    Arguments: lam, w; out= an optional preallocated result.
    """
    lam, w, = floats('l1_regularization', lam, w)
    rt.within('l1_regularization', 'lam', lam, 0.0, np.inf, False, True, 'a nonnegative real')
    return call_gufunc(_l1_regularization, _l1_regularization_core, 'l1_regularization', '(),(n)->()', (lam, w), [], out, parallel=_l1_regularization_threads)


def _l1_regularization_grad_w_core(lam, w, out, _bad):
    lam = rt.wide(lam)
    w = rt.wide(w)
    n = w.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(lam, 0.0)
    _c0 = lit(lam, np.nan)
    _minus_one = lit(lam, -1.0)
    _one = lit(lam, 1.0)
    for k in range(1, n + 1):
        _t_out = lam*(_one if w[k - 1] > _zero else (_minus_one if w[k - 1] < _zero else (_zero if w[k - 1] == w[k - 1] else _c0)))
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_l1_regularization_grad_w = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:])"], "(),(n)->(n),()", cache=True)(_l1_regularization_grad_w_core))
_l1_regularization_grad_w_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:])"], "(),(n)->(n),()", target="parallel", cache=True)(_l1_regularization_grad_w_core))


def l1_regularization_grad_w(lam, w, out=None):
    r"""18. L1 Regularization: grad kernel (layout (),(n)->(n)).

    $\frac{\partial R_{L1}}{\partial w_{k}} = \lambda \begin{cases} 1 & \text{if } w_{k} > 0 \\ -1 & \text{if } w_{k} < 0 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $R_{L1}$ is the L1 penalty added to the loss
    - $n$ is the number of penalised weights
    - $\lambda$ is the regularization coefficient, $\lambda \ge 0$
    - $w_{k}$ is the $j$-th weight of the model
    - $k$ is the index of the component differentiated by

    Arguments: lam, w; out= an optional preallocated result.
    """
    lam, w, = floats('l1_regularization_grad_w', lam, w)
    rt.within('l1_regularization_grad_w', 'lam', lam, 0.0, np.inf, False, True, 'a nonnegative real')
    return call_gufunc(_l1_regularization_grad_w, _l1_regularization_grad_w_core, 'l1_regularization_grad_w', '(),(n)->(n)', (lam, w), [], out, parallel=_l1_regularization_grad_w_threads)


def _l2_regularization_core(lam, w, out, _bad):
    lam = rt.wide(lam)
    w = rt.wide(w)
    n = w.shape[0]
    _c0 = lit(lam, -np.inf)
    _zero = lit(lam, 0.0)
    _c1 = lit(lam, np.nan)
    _two = lit(lam, 2.0)
    _t1 = _c0
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
    _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
    for j in range(1, 1 + (n)//4*4, 4):
        _t2_0 = np.abs(w[j - 1])
        _t1_x = _t2_0
        _t1_0 = max(_t1_0, _t1_x)
        _t1_n0 |= _t1_x != _t1_x
        _t2_1 = np.abs(w[j])
        _t1_x = _t2_1
        _t1_1 = max(_t1_1, _t1_x)
        _t1_n1 |= _t1_x != _t1_x
        _t2_2 = np.abs(w[j + 1])
        _t1_x = _t2_2
        _t1_2 = max(_t1_2, _t1_x)
        _t1_n2 |= _t1_x != _t1_x
        _t2_3 = np.abs(w[j + 2])
        _t1_x = _t2_3
        _t1_3 = max(_t1_3, _t1_x)
        _t1_n3 |= _t1_x != _t1_x
    if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
        for j in range(1, 1 + (n)//4*4):
            _t2 = np.abs(w[j - 1])
            _t1 = np.maximum(_t1, _t2)
    else:
        _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
    for j in range(1 + (n)//4*4, n + 1):
        _t2 = np.abs(w[j - 1])
        _t1 = np.maximum(_t1, _t2)
    if _t1 == _zero:
        _t0 = _zero
    elif not (_t1 == _t1):
        _t0 = _c1
    else:
        _t3 = _zero
        _t3_0 = _t3_1 = _t3_2 = _t3_3 = _zero
        for j in range(1, 1 + (n)//4*4, 4):
            _t3_0 += ((w[j - 1]/_t1)*(w[j - 1]/_t1))
            _t3_1 += ((w[j]/_t1)*(w[j]/_t1))
            _t3_2 += ((w[j + 1]/_t1)*(w[j + 1]/_t1))
            _t3_3 += ((w[j + 2]/_t1)*(w[j + 2]/_t1))
        _t3 += (_t3_0 + _t3_1) + (_t3_2 + _t3_3)
        for j in range(1 + (n)//4*4, n + 1):
            _t3 += ((w[j - 1]/_t1)*(w[j - 1]/_t1))
        if rt.OVERFLOWS and not np.isfinite(_t3) and np.isfinite(lam) and rt.all_finite(w):
            _t3 = _c1
        _t0 = (_t1*lam/_two)*(_t1*_t3)
    out[0] = _t0
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_l2_regularization = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:])"], "(),(n)->(),()", cache=True)(_l2_regularization_core))
_l2_regularization_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:])"], "(),(n)->(),()", target="parallel", cache=True)(_l2_regularization_core))


def l2_regularization(lam, w, out=None):
    r"""19. L2 Regularization: forward kernel (layout (),(n)->()).

    $R_{L2} = \frac{\lambda}{2} \sum_{j=1}^{n} w_{j}^{2}$

    where:

    - $R_{L2}$ is the L2 penalty (weight decay) added to the loss
    - $n$ is the number of penalised weights
    - $j$ is the weight index
    - $\lambda$ is the regularization strength, $\lambda \ge 0$
    - $w_{j}$ is the $j$-th weight of the model

    Arguments: lam, w; out= an optional preallocated result.
    """
    lam, w, = floats('l2_regularization', lam, w)
    rt.within('l2_regularization', 'lam', lam, 0.0, np.inf, False, True, 'a nonnegative real')
    return call_gufunc(_l2_regularization, _l2_regularization_core, 'l2_regularization', '(),(n)->()', (lam, w), [], out, parallel=_l2_regularization_threads)


def _l2_regularization_grad_w_core(lam, w, out, _bad):
    lam = rt.wide(lam)
    w = rt.wide(w)
    n = w.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    for k in range(1, n + 1):
        _t_out = lam*w[k - 1]
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_l2_regularization_grad_w = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:])"], "(),(n)->(n),()", cache=True)(_l2_regularization_grad_w_core))
_l2_regularization_grad_w_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:])"], "(),(n)->(n),()", target="parallel", cache=True)(_l2_regularization_grad_w_core))


def l2_regularization_grad_w(lam, w, out=None):
    r"""19. L2 Regularization: grad kernel (layout (),(n)->(n)).

    $\frac{\partial R_{L2}}{\partial w_{k}} = \lambda w_{k}$

    where:

    - $R_{L2}$ is the L2 penalty (weight decay) added to the loss
    - $n$ is the number of penalised weights
    - $\lambda$ is the regularization strength, $\lambda \ge 0$
    - $w_{k}$ is the $j$-th weight of the model
    - $k$ is the index of the component differentiated by

    Arguments: lam, w; out= an optional preallocated result.
    """
    lam, w, = floats('l2_regularization_grad_w', lam, w)
    rt.within('l2_regularization_grad_w', 'lam', lam, 0.0, np.inf, False, True, 'a nonnegative real')
    return call_gufunc(_l2_regularization_grad_w, _l2_regularization_grad_w_core, 'l2_regularization_grad_w', '(),(n)->(n)', (lam, w), [], out, parallel=_l2_regularization_grad_w_threads)


def _dropout_core(m, h, p, out, _bad):
    m = rt.wide(m)
    h = rt.wide(h)
    p = rt.wide(p)
    d = m.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    for j in range(1, d + 1):
        _t_out = (h[j - 1]*m[j - 1]/p)
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_dropout = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", cache=True)(_dropout_core))
_dropout_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", target="parallel", cache=True)(_dropout_core))


def dropout(m, h, p, out=None):
    r"""27. Dropout (Forward Pass): forward kernel (layout (d),(d),()->(d)).

    $\tilde{h}_{j}^{(l)} = \frac{m_{j}^{(l)} h_{j}^{(l)}}{p}$

    where:

    - $d$ is the number of units in layer $l$
    - $j$ is the unit index
    - $\tilde{h}_{j}^{(l)}$ is the activation of unit $j$ of layer $l$ after dropout
    - $m_{j}^{(l)}$ is the random mask entry of unit $j$, drawn independently for each unit from $\operatorname{Bernoulli}(p)$ (1 keeps the unit, 0 drops it)
    - $h_{j}^{(l)}$ is the activation of unit $j$ of layer $l$ before dropout
    - $p$ is the keep probability, in $(0, 1]$ ($1 - p$ is the dropout rate)

    Arguments: m, h, p; out= an optional preallocated result.
    """
    m, h, p, = floats('dropout', m, h, p)
    rt.within('dropout', 'p', p, 0.0, 1.0, True, False, 'in (0, 1]')
    return call_gufunc(_dropout, _dropout_core, 'dropout', '(d),(d),()->(d)', (m, h, p), [], out, parallel=_dropout_threads)


def _dropout_vjp_h_core(m, h, p, G_up, out, _bad):
    m = rt.wide(m)
    h = rt.wide(h)
    p = rt.wide(p)
    G_up = rt.wide(G_up)
    d = m.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(m, 1.0)
    _t0 = _one/(p)
    for k in range(1, d + 1):
        _t_out = _t0*G_up[k - 1]*m[k - 1]
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_dropout_vjp_h = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:], float64[:])"], "(d),(d),(),(d)->(d),()", cache=True)(_dropout_vjp_h_core))
_dropout_vjp_h_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:], float64[:])"], "(d),(d),(),(d)->(d),()", target="parallel", cache=True)(_dropout_vjp_h_core))


def dropout_vjp_h(m, h, p, G_up, out=None):
    r"""27. Dropout (Forward Pass): vjp kernel (layout (d),(d),(),(d)->(d)).

    $\frac{\partial \mathcal{L}}{\partial h_{k}^{(l)}} = \frac{m_{k}^{(l)} G_{k}}{p}$

    where:

    - $d$ is the number of units in layer $l$
    - $m_{k}^{(l)}$ is the random mask entry of unit $j$, drawn independently for each unit from $\operatorname{Bernoulli}(p)$ (1 keeps the unit, 0 drops it)
    - $h_{k}^{(l)}$ is the activation of unit $j$ of layer $l$ before dropout
    - $p$ is the keep probability, in $(0, 1]$ ($1 - p$ is the dropout rate)
    - $k$ is the index of the component differentiated by
    - $G_{k}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: m, h, p, G_up; out= an optional preallocated result.
    """
    m, h, p, G_up, = floats('dropout_vjp_h', m, h, p, G_up)
    rt.within('dropout_vjp_h', 'p', p, 0.0, 1.0, True, False, 'in (0, 1]')
    return call_gufunc(_dropout_vjp_h, _dropout_vjp_h_core, 'dropout_vjp_h', '(d),(d),(),(d)->(d)', (m, h, p, G_up), [], out, parallel=_dropout_vjp_h_threads)
