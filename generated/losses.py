# Generated from symbolic/losses.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Losses: Numba kernels (forward, derivatives, fused) of entries 1, 2, 3, 20, 21, 53, 80, 96, 100.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _mse_core(y, y_hat, out, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    _zero = lit(y, 0.0)
    _c0 = lit(y, np.nan)
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t0_0 += ((y[i - 1] - y_hat[i - 1])*(y[i - 1] - y_hat[i - 1]))
        _t0_1 += ((y[i] - y_hat[i])*(y[i] - y_hat[i]))
        _t0_2 += ((y[i + 1] - y_hat[i + 1])*(y[i + 1] - y_hat[i + 1]))
        _t0_3 += ((y[i + 2] - y_hat[i + 2])*(y[i + 2] - y_hat[i + 2]))
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t0 += ((y[i - 1] - y_hat[i - 1])*(y[i - 1] - y_hat[i - 1]))
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t0 = _c0
    out[0] = _t0/lit(y, N)
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_mse = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),()", cache=True)(_mse_core))
_mse_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),()", target="parallel", cache=True)(_mse_core))


def mse(y, y_hat, out=None):
    r"""1. Mean Squared Error (MSE): forward kernel (layout (N),(N)->()).

    $L_{\text{MSE}} = \frac{1}{N} \sum_{i=1}^{N} \left(y^{(i)} - \hat{y}^{(i)}\right)^{2}$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $y^{(i)}$ is the true value (target) for the $i$-th sample
    - $\hat{y}^{(i)}$ is the predicted value for the $i$-th sample
    - $L_{\text{MSE}}$ is the mean of the squared errors over the batch

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('mse', y, y_hat)
    return call_gufunc(_mse, _mse_core, 'mse', '(N),(N)->()', (y, y_hat), [], out, parallel=_mse_threads)


def _mse_grad_y_core(y, y_hat, out, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(y, 1.0)
    _two = lit(y, 2.0)
    _t0 = _one/(lit(y, N))
    for k in range(1, N + 1):
        _t_out = _two*_t0*(y[k - 1] - y_hat[k - 1])
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_mse_grad_y = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", cache=True)(_mse_grad_y_core))
_mse_grad_y_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", target="parallel", cache=True)(_mse_grad_y_core))


def mse_grad_y(y, y_hat, out=None):
    r"""1. Mean Squared Error (MSE): grad kernel (layout (N),(N)->(N)).

    $\frac{\partial L_{\text{MSE}}}{\partial y^{(k)}} = \frac{2 \left(y^{(k)} - \hat{y}^{(k)}\right)}{N}$

    where:

    - $N$ is the number of samples
    - $y^{(k)}$ is the true value (target) for the $i$-th sample
    - $\hat{y}^{(k)}$ is the predicted value for the $i$-th sample
    - $L_{\text{MSE}}$ is the mean of the squared errors over the batch
    - $k$ is the index of the component differentiated by

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('mse_grad_y', y, y_hat)
    return call_gufunc(_mse_grad_y, _mse_grad_y_core, 'mse_grad_y', '(N),(N)->(N)', (y, y_hat), [], out, parallel=_mse_grad_y_threads)


def _mse_grad_y_hat_core(y, y_hat, out, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(y, 1.0)
    _two = lit(y, 2.0)
    _t0 = _one/(lit(y, N))
    for k in range(1, N + 1):
        _t_out = _two*_t0*(-y[k - 1] + y_hat[k - 1])
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_mse_grad_y_hat = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", cache=True)(_mse_grad_y_hat_core))
_mse_grad_y_hat_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", target="parallel", cache=True)(_mse_grad_y_hat_core))


def mse_grad_y_hat(y, y_hat, out=None):
    r"""1. Mean Squared Error (MSE): grad kernel (layout (N),(N)->(N)).

    $\frac{\partial L_{\text{MSE}}}{\partial \hat{y}^{(k)}} = \frac{2 \left(\hat{y}^{(k)} - y^{(k)}\right)}{N}$

    where:

    - $N$ is the number of samples
    - $y^{(k)}$ is the true value (target) for the $i$-th sample
    - $\hat{y}^{(k)}$ is the predicted value for the $i$-th sample
    - $L_{\text{MSE}}$ is the mean of the squared errors over the batch
    - $k$ is the index of the component differentiated by

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('mse_grad_y_hat', y, y_hat)
    return call_gufunc(_mse_grad_y_hat, _mse_grad_y_hat_core, 'mse_grad_y_hat', '(N),(N)->(N)', (y, y_hat), [], out, parallel=_mse_grad_y_hat_threads)


def _mse_value_and_grad_core(y, y_hat, L_MSE, d_y_hat, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    d_y_hat_c = np.ascontiguousarray(d_y_hat)
    _nbad = 0
    _one = lit(y, 1.0)
    _zero = lit(y, 0.0)
    _c0 = lit(y, np.nan)
    _two = lit(y, 2.0)
    _t0 = _one/(lit(y, N))
    _t1 = _zero
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t1_0 += ((y[i - 1] - y_hat[i - 1])*(y[i - 1] - y_hat[i - 1]))
        _t1_1 += ((y[i] - y_hat[i])*(y[i] - y_hat[i]))
        _t1_2 += ((y[i + 1] - y_hat[i + 1])*(y[i + 1] - y_hat[i + 1]))
        _t1_3 += ((y[i + 2] - y_hat[i + 2])*(y[i + 2] - y_hat[i + 2]))
    _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t1 += ((y[i - 1] - y_hat[i - 1])*(y[i - 1] - y_hat[i - 1]))
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t1 = _c0
    L_MSE[0] = _t0*_t1
    for k in range(1, N + 1):
        _t_out = _two*_t0*(-y[k - 1] + y_hat[k - 1])
        d_y_hat_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if d_y_hat_c.ctypes.data != d_y_hat.ctypes.data:
        for _i0 in range(d_y_hat.shape[0]):
            d_y_hat[_i0] = d_y_hat_c[_i0]
    _bad[0] = _nbad + (0 if np.abs(L_MSE[0]) < np.inf else 1)


_mse_value_and_grad = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),(N),()", cache=True)(_mse_value_and_grad_core))
_mse_value_and_grad_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),(N),()", target="parallel", cache=True)(_mse_value_and_grad_core))


def mse_value_and_grad(y, y_hat, out=None):
    r"""1. Mean Squared Error (MSE): value_and_grad kernel (layout (N),(N)->(),(N)).

    $L_{\text{MSE}} = \frac{1}{N} \sum_{i=1}^{N} \left(y^{(i)} - \hat{y}^{(i)}\right)^{2}$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $y^{(i)}$ is the true value (target) for the $i$-th sample
    - $\hat{y}^{(i)}$ is the predicted value for the $i$-th sample
    - $L_{\text{MSE}}$ is the mean of the squared errors over the batch

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('mse_value_and_grad', y, y_hat)
    return call_gufunc(_mse_value_and_grad, _mse_value_and_grad_core, 'mse_value_and_grad', '(N),(N)->(),(N)', (y, y_hat), [], out, parallel=_mse_value_and_grad_threads)


def _binary_cross_entropy_core(y, y_hat, out, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    _zero = lit(y, 0.0)
    _one = lit(y, 1.0)
    _c0 = lit(y, np.nan)
    _t0 = _zero
    _t1 = np.empty(N)
    for i in range(1, N + 1):
        _t1[i - 1] = rt.xlog1py(_one - y[i - 1], -y_hat[i - 1]) + rt.xlogy(y[i - 1], y_hat[i - 1])
    _t0 = rt.total(_t1)
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t0 = _c0
    out[0] = -(_t0/lit(y, N))
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_binary_cross_entropy = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),()", cache=True)(_binary_cross_entropy_core))
_binary_cross_entropy_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),()", target="parallel", cache=True)(_binary_cross_entropy_core))


def binary_cross_entropy(y, y_hat, out=None):
    r"""2. Cross-Entropy Loss (Binary): forward kernel (layout (N),(N)->()).

    $L_{\text{CE}} = - \frac{1}{N} \sum_{i=1}^{N} \left(\left(1 - y^{(i)}\right) \log(1 - \hat{y}^{(i)}) + y^{(i)} \log(\hat{y}^{(i)})\right)$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $y^{(i)}$ is the true binary label of the $i$-th sample, $0$ or $1$
    - $\hat{y}^{(i)}$ is the predicted probability of the positive class for the $i$-th sample, in $(0, 1)$
    - $L_{\text{CE}}$ is the binary cross-entropy averaged over the batch

    Returns +inf where a label contradicts a prediction of exactly 0 or 1 (log 0); a prediction
    of 0 or 1 that matches its label contributes 0 (0 log 0 = 0).

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('binary_cross_entropy', y, y_hat)
    rt.within('binary_cross_entropy', 'y_hat', y_hat, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_binary_cross_entropy, _binary_cross_entropy_core, 'binary_cross_entropy', '(N),(N)->()', (y, y_hat), [], out, parallel=_binary_cross_entropy_threads)


def _binary_cross_entropy_grad_y_hat_core(y, y_hat, out, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(y, 1.0)
    _t0 = _one/(lit(y, N))
    for k in range(1, N + 1):
        _t_out = -(_t0*(-rt.xdivy(_one - y[k - 1], _one - y_hat[k - 1]) + rt.xdivy(y[k - 1], y_hat[k - 1])))
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_binary_cross_entropy_grad_y_hat = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", cache=True)(_binary_cross_entropy_grad_y_hat_core))
_binary_cross_entropy_grad_y_hat_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", target="parallel", cache=True)(_binary_cross_entropy_grad_y_hat_core))


def binary_cross_entropy_grad_y_hat(y, y_hat, out=None):
    r"""2. Cross-Entropy Loss (Binary): grad kernel (layout (N),(N)->(N)).

    $\frac{\partial L_{\text{CE}}}{\partial \hat{y}^{(k)}} = \frac{y^{(k)} - \hat{y}^{(k)}}{N \hat{y}^{(k)} \left(\hat{y}^{(k)} - 1\right)}$

    where:

    - $N$ is the number of samples
    - $y^{(k)}$ is the true binary label of the $i$-th sample, $0$ or $1$
    - $\hat{y}^{(k)}$ is the predicted probability of the positive class for the $i$-th sample, in $(0, 1)$
    - $L_{\text{CE}}$ is the binary cross-entropy averaged over the batch
    - $k$ is the index of the component differentiated by

    Returns -inf or +inf where a label contradicts a prediction of exactly 0 or 1 (the slope of
    log at 0); a term whose label weight is 0 contributes 0 there (the derivative of 0 log 0 = 0
    is 0), so a prediction of 0 or 1 that matches its label has a finite gradient.

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('binary_cross_entropy_grad_y_hat', y, y_hat)
    rt.within('binary_cross_entropy_grad_y_hat', 'y_hat', y_hat, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_binary_cross_entropy_grad_y_hat, _binary_cross_entropy_grad_y_hat_core, 'binary_cross_entropy_grad_y_hat', '(N),(N)->(N)', (y, y_hat), [], out, parallel=_binary_cross_entropy_grad_y_hat_threads)


def _binary_cross_entropy_value_and_grad_core(y, y_hat, L_CE, d_y_hat, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    d_y_hat_c = np.ascontiguousarray(d_y_hat)
    _nbad = 0
    _one = lit(y, 1.0)
    _zero = lit(y, 0.0)
    _c0 = lit(y, np.nan)
    _t0 = _one/(lit(y, N))
    _t1 = _zero
    _t2 = np.empty(N)
    for i in range(1, N + 1):
        _t2[i - 1] = rt.xlog1py(_one - y[i - 1], -y_hat[i - 1]) + rt.xlogy(y[i - 1], y_hat[i - 1])
    _t1 = rt.total(_t2)
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t1 = _c0
    L_CE[0] = -(_t0*_t1)
    for k in range(1, N + 1):
        _t_out = -(_t0*(-rt.xdivy(_one - y[k - 1], _one - y_hat[k - 1]) + rt.xdivy(y[k - 1], y_hat[k - 1])))
        d_y_hat_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if d_y_hat_c.ctypes.data != d_y_hat.ctypes.data:
        for _i0 in range(d_y_hat.shape[0]):
            d_y_hat[_i0] = d_y_hat_c[_i0]
    _bad[0] = _nbad + (0 if np.abs(L_CE[0]) < np.inf else 1)


_binary_cross_entropy_value_and_grad = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),(N),()", cache=True)(_binary_cross_entropy_value_and_grad_core))
_binary_cross_entropy_value_and_grad_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),(N),()", target="parallel", cache=True)(_binary_cross_entropy_value_and_grad_core))


def binary_cross_entropy_value_and_grad(y, y_hat, out=None):
    r"""2. Cross-Entropy Loss (Binary): value_and_grad kernel (layout (N),(N)->(),(N)).

    $L_{\text{CE}} = - \frac{1}{N} \sum_{i=1}^{N} \left(\left(1 - y^{(i)}\right) \log(1 - \hat{y}^{(i)}) + y^{(i)} \log(\hat{y}^{(i)})\right)$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $y^{(i)}$ is the true binary label of the $i$-th sample, $0$ or $1$
    - $\hat{y}^{(i)}$ is the predicted probability of the positive class for the $i$-th sample, in $(0, 1)$
    - $L_{\text{CE}}$ is the binary cross-entropy averaged over the batch

    Loss: Returns +inf where a label contradicts a prediction of exactly 0 or 1 (log 0); a
    prediction of 0 or 1 that matches its label contributes 0 (0 log 0 = 0). Gradient: Returns
    -inf or +inf where a label contradicts a prediction of exactly 0 or 1 (the slope of log at
    0); a term whose label weight is 0 contributes 0 there (the derivative of 0 log 0 = 0 is 0),
    so a prediction of 0 or 1 that matches its label has a finite gradient.

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('binary_cross_entropy_value_and_grad', y, y_hat)
    rt.within('binary_cross_entropy_value_and_grad', 'y_hat', y_hat, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_binary_cross_entropy_value_and_grad, _binary_cross_entropy_value_and_grad_core, 'binary_cross_entropy_value_and_grad', '(N),(N)->(),(N)', (y, y_hat), [], out, parallel=_binary_cross_entropy_value_and_grad_threads)


def _categorical_cross_entropy_core(y, y_hat, out, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    C = y.shape[1]
    _zero = lit(y, 0.0)
    _c0 = lit(y, np.nan)
    _t0 = _zero
    for i in range(1, N + 1):
        _t1 = _zero
        _t2 = np.empty(C)
        for c in range(1, C + 1):
            _t2[c - 1] = rt.xlogy(y[i - 1, c - 1], y_hat[i - 1, c - 1])
        _t1 = rt.total(_t2)
        if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(y) and rt.all_finite(y_hat):
            _t1 = _c0
        _t0 += _t1
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t0 = _c0
    out[0] = -(_t0/lit(y, N))
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_categorical_cross_entropy = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:], float64[:])"], "(N,C),(N,C)->(),()", cache=True)(_categorical_cross_entropy_core))
_categorical_cross_entropy_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:], float64[:])"], "(N,C),(N,C)->(),()", target="parallel", cache=True)(_categorical_cross_entropy_core))


def categorical_cross_entropy(y, y_hat, out=None):
    r"""3. Cross-Entropy Loss (Multi-Class): forward kernel (layout (N,C),(N,C)->()).

    $L_{\text{CE}} = - \frac{1}{N} \sum_{i=1}^{N} \sum_{c=1}^{C} y_{c}^{(i)} \log(\hat{y}_{c}^{(i)})$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $C$ is the number of classes
    - $c$ is the class index
    - $y_{c}^{(i)}$ is the target probability of class $c$ for sample $i$: one-hot ($1$ for the true class, $0$ otherwise) or, for soft labels, any probability vector over the $C$ classes
    - $\hat{y}_{c}^{(i)}$ is the predicted probability of class $c$ for sample $i$ (positive, summing to $1$ over $c$)
    - $L_{\text{CE}}$ is the categorical cross-entropy averaged over the batch

    Returns +inf where a class with a positive target has prediction 0 (log 0); a class with
    target 0 contributes 0 (0 log 0 = 0).

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('categorical_cross_entropy', y, y_hat)
    rt.within('categorical_cross_entropy', 'y', y, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('categorical_cross_entropy', 'y_hat', y_hat, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_categorical_cross_entropy, _categorical_cross_entropy_core, 'categorical_cross_entropy', '(N,C),(N,C)->()', (y, y_hat), [], out, parallel=_categorical_cross_entropy_threads)


def _categorical_cross_entropy_grad_y_core(y, y_hat, out, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    C = y.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(y, 1.0)
    _t0 = _one/(lit(y, N))
    for k in range(1, N + 1):
        for l in range(1, C + 1):
            out_c[k - 1, l - 1] = -rt.xlogy(_t0, y_hat[k - 1, l - 1])
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_categorical_cross_entropy_grad_y = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,C),(N,C)->(N,C),()", cache=True)(_categorical_cross_entropy_grad_y_core))
_categorical_cross_entropy_grad_y_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,C),(N,C)->(N,C),()", target="parallel", cache=True)(_categorical_cross_entropy_grad_y_core))


def categorical_cross_entropy_grad_y(y, y_hat, out=None):
    r"""3. Cross-Entropy Loss (Multi-Class): grad kernel (layout (N,C),(N,C)->(N,C)).

    $\frac{\partial L_{\text{CE}}}{\partial y_{l}^{(k)}} = - \frac{\log(\hat{y}_{l}^{(k)})}{N}$

    where:

    - $N$ is the number of samples
    - $C$ is the number of classes
    - $y_{l}^{(k)}$ is the target probability of class $c$ for sample $i$: one-hot ($1$ for the true class, $0$ otherwise) or, for soft labels, any probability vector over the $C$ classes
    - $\hat{y}_{l}^{(k)}$ is the predicted probability of class $c$ for sample $i$ (positive, summing to $1$ over $c$)
    - $L_{\text{CE}}$ is the categorical cross-entropy averaged over the batch
    - $k$ is the index of the component differentiated by
    - $l$ is the index of the component differentiated by

    Returns +inf where a prediction is 0 (-log 0).

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('categorical_cross_entropy_grad_y', y, y_hat)
    rt.within('categorical_cross_entropy_grad_y', 'y', y, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('categorical_cross_entropy_grad_y', 'y_hat', y_hat, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_categorical_cross_entropy_grad_y, _categorical_cross_entropy_grad_y_core, 'categorical_cross_entropy_grad_y', '(N,C),(N,C)->(N,C)', (y, y_hat), [], out, parallel=_categorical_cross_entropy_grad_y_threads)


def _categorical_cross_entropy_grad_y_hat_core(y, y_hat, out, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    C = y.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(y, 1.0)
    _t0 = _one/(lit(y, N))
    for k in range(1, N + 1):
        for l in range(1, C + 1):
            out_c[k - 1, l - 1] = -(_t0*rt.xdivy(y[k - 1, l - 1], y_hat[k - 1, l - 1]))
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_categorical_cross_entropy_grad_y_hat = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,C),(N,C)->(N,C),()", cache=True)(_categorical_cross_entropy_grad_y_hat_core))
_categorical_cross_entropy_grad_y_hat_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,C),(N,C)->(N,C),()", target="parallel", cache=True)(_categorical_cross_entropy_grad_y_hat_core))


def categorical_cross_entropy_grad_y_hat(y, y_hat, out=None):
    r"""3. Cross-Entropy Loss (Multi-Class): grad kernel (layout (N,C),(N,C)->(N,C)).

    $\frac{\partial L_{\text{CE}}}{\partial \hat{y}_{l}^{(k)}} = - \frac{y_{l}^{(k)}}{N \hat{y}_{l}^{(k)}}$

    where:

    - $N$ is the number of samples
    - $C$ is the number of classes
    - $y_{l}^{(k)}$ is the target probability of class $c$ for sample $i$: one-hot ($1$ for the true class, $0$ otherwise) or, for soft labels, any probability vector over the $C$ classes
    - $\hat{y}_{l}^{(k)}$ is the predicted probability of class $c$ for sample $i$ (positive, summing to $1$ over $c$)
    - $L_{\text{CE}}$ is the categorical cross-entropy averaged over the batch
    - $k$ is the index of the component differentiated by
    - $l$ is the index of the component differentiated by

    Returns -inf where a positive target meets a prediction of 0; 0 where the target is 0, also
    at a prediction of 0 (the derivative of 0 log 0 = 0).

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('categorical_cross_entropy_grad_y_hat', y, y_hat)
    rt.within('categorical_cross_entropy_grad_y_hat', 'y', y, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('categorical_cross_entropy_grad_y_hat', 'y_hat', y_hat, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_categorical_cross_entropy_grad_y_hat, _categorical_cross_entropy_grad_y_hat_core, 'categorical_cross_entropy_grad_y_hat', '(N,C),(N,C)->(N,C)', (y, y_hat), [], out, parallel=_categorical_cross_entropy_grad_y_hat_threads)


def _categorical_cross_entropy_value_and_grad_core(y, y_hat, L_CE, d_y_hat, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    C = y.shape[1]
    d_y_hat_c = np.ascontiguousarray(d_y_hat)
    _one = lit(y, 1.0)
    _zero = lit(y, 0.0)
    _c0 = lit(y, np.nan)
    _t0 = _one/(lit(y, N))
    _t1 = _zero
    for i in range(1, N + 1):
        _t2 = _zero
        _t3 = np.empty(C)
        for c in range(1, C + 1):
            _t3[c - 1] = rt.xlogy(y[i - 1, c - 1], y_hat[i - 1, c - 1])
        _t2 = rt.total(_t3)
        if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(y) and rt.all_finite(y_hat):
            _t2 = _c0
        _t1 += _t2
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t1 = _c0
    L_CE[0] = -(_t0*_t1)
    for k in range(1, N + 1):
        for l in range(1, C + 1):
            d_y_hat_c[k - 1, l - 1] = -(_t0*rt.xdivy(y[k - 1, l - 1], y_hat[k - 1, l - 1]))
    if d_y_hat_c.ctypes.data != d_y_hat.ctypes.data:
        for _i0 in range(d_y_hat.shape[0]):
            for _i1 in range(d_y_hat.shape[1]):
                d_y_hat[_i0, _i1] = d_y_hat_c[_i0, _i1]
    _bad[0] = rt.nonfinite(d_y_hat_c) + (0 if np.abs(L_CE[0]) < np.inf else 1)


_categorical_cross_entropy_value_and_grad = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:], float64[:, :], float64[:])"], "(N,C),(N,C)->(),(N,C),()", cache=True)(_categorical_cross_entropy_value_and_grad_core))
_categorical_cross_entropy_value_and_grad_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:], float64[:, :], float64[:])"], "(N,C),(N,C)->(),(N,C),()", target="parallel", cache=True)(_categorical_cross_entropy_value_and_grad_core))


def categorical_cross_entropy_value_and_grad(y, y_hat, out=None):
    r"""3. Cross-Entropy Loss (Multi-Class): value_and_grad kernel (layout (N,C),(N,C)->(),(N,C)).

    $L_{\text{CE}} = - \frac{1}{N} \sum_{i=1}^{N} \sum_{c=1}^{C} y_{c}^{(i)} \log(\hat{y}_{c}^{(i)})$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $C$ is the number of classes
    - $c$ is the class index
    - $y_{c}^{(i)}$ is the target probability of class $c$ for sample $i$: one-hot ($1$ for the true class, $0$ otherwise) or, for soft labels, any probability vector over the $C$ classes
    - $\hat{y}_{c}^{(i)}$ is the predicted probability of class $c$ for sample $i$ (positive, summing to $1$ over $c$)
    - $L_{\text{CE}}$ is the categorical cross-entropy averaged over the batch

    Loss: +inf where a class with a positive target has prediction 0 (log 0). Gradient: -inf
    there; 0 where the target is 0.

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('categorical_cross_entropy_value_and_grad', y, y_hat)
    rt.within('categorical_cross_entropy_value_and_grad', 'y', y, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('categorical_cross_entropy_value_and_grad', 'y_hat', y_hat, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_categorical_cross_entropy_value_and_grad, _categorical_cross_entropy_value_and_grad_core, 'categorical_cross_entropy_value_and_grad', '(N,C),(N,C)->(),(N,C)', (y, y_hat), [], out, parallel=_categorical_cross_entropy_value_and_grad_threads)


def _weighted_cross_entropy_core(alpha, y, y_hat, out, _bad):
    alpha = rt.wide(alpha)
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    _zero = lit(alpha, 0.0)
    _one = lit(alpha, 1.0)
    _c0 = lit(alpha, np.nan)
    _t0 = _zero
    _t1 = np.empty(N)
    for i in range(1, N + 1):
        _t1[i - 1] = rt.xlog1py((_one - alpha)*(_one - y[i - 1]), -y_hat[i - 1]) + rt.xlogy(alpha*y[i - 1], y_hat[i - 1])
    _t0 = rt.total(_t1)
    if rt.OVERFLOWS and not np.isfinite(_t0) and np.isfinite(alpha) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t0 = _c0
    out[0] = -(_t0/lit(alpha, N))
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_weighted_cross_entropy = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:], float64[:])"], "(),(N),(N)->(),()", cache=True)(_weighted_cross_entropy_core))
_weighted_cross_entropy_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:], float64[:])"], "(),(N),(N)->(),()", target="parallel", cache=True)(_weighted_cross_entropy_core))


def weighted_cross_entropy(alpha, y, y_hat, out=None):
    r"""20. Weighted Cross-Entropy (Class Imbalance): forward kernel (layout (),(N),(N)->()).

    $L_{\text{WCE}} = - \frac{1}{N} \sum_{i=1}^{N} \left(\alpha y^{(i)} \log(\hat{y}^{(i)}) + \left(1 - \alpha\right) \left(1 - y^{(i)}\right) \log(1 - \hat{y}^{(i)})\right)$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $\alpha$ is the weight of the positive class, in $(0, 1)$; the negative class is weighted $1 - \alpha$
    - $y^{(i)}$ is the true binary label of the $i$-th sample, $0$ or $1$
    - $\hat{y}^{(i)}$ is the predicted probability of the positive class for the $i$-th sample, in $(0, 1)$
    - $L_{\text{WCE}}$ is the weighted binary cross-entropy averaged over the batch

    Returns +inf where a label contradicts a prediction of exactly 0 or 1 (log 0); a prediction
    of 0 or 1 that matches its label contributes 0 (0 log 0 = 0).

    Arguments: alpha, y, y_hat; out= an optional preallocated result.
    """
    alpha, y, y_hat, = floats('weighted_cross_entropy', alpha, y, y_hat)
    rt.within('weighted_cross_entropy', 'alpha', alpha, 0.0, 1.0, True, True, 'in (0, 1)')
    rt.within('weighted_cross_entropy', 'y_hat', y_hat, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_weighted_cross_entropy, _weighted_cross_entropy_core, 'weighted_cross_entropy', '(),(N),(N)->()', (alpha, y, y_hat), [], out, parallel=_weighted_cross_entropy_threads)


def _weighted_cross_entropy_grad_y_hat_core(alpha, y, y_hat, out, _bad):
    alpha = rt.wide(alpha)
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    out_c = np.ascontiguousarray(out)
    _one = lit(alpha, 1.0)
    _t0 = _one/(lit(alpha, N))
    for k in range(1, N + 1):
        _t1 = alpha*y[k - 1]
        out_c[k - 1] = -(_t0*(rt.xdivy(_t1, y_hat[k - 1]) - rt.xdivy(_t1 - alpha - y[k - 1] + _one, _one - y_hat[k - 1])))
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_weighted_cross_entropy_grad_y_hat = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:], float64[:])"], "(),(N),(N)->(N),()", cache=True)(_weighted_cross_entropy_grad_y_hat_core))
_weighted_cross_entropy_grad_y_hat_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:], float64[:])"], "(),(N),(N)->(N),()", target="parallel", cache=True)(_weighted_cross_entropy_grad_y_hat_core))


def weighted_cross_entropy_grad_y_hat(alpha, y, y_hat, out=None):
    r"""20. Weighted Cross-Entropy (Class Imbalance): grad kernel (layout (),(N),(N)->(N)).

    $\frac{\partial L_{\text{WCE}}}{\partial \hat{y}^{(k)}} = \frac{\alpha y^{(k)} + \alpha \hat{y}^{(k)} + y^{(k)} \hat{y}^{(k)} - 2 \alpha y^{(k)} \hat{y}^{(k)} - \hat{y}^{(k)}}{N \hat{y}^{(k)} \left(\hat{y}^{(k)} - 1\right)}$

    where:

    - $N$ is the number of samples
    - $\alpha$ is the weight of the positive class, in $(0, 1)$; the negative class is weighted $1 - \alpha$
    - $y^{(k)}$ is the true binary label of the $i$-th sample, $0$ or $1$
    - $\hat{y}^{(k)}$ is the predicted probability of the positive class for the $i$-th sample, in $(0, 1)$
    - $L_{\text{WCE}}$ is the weighted binary cross-entropy averaged over the batch
    - $k$ is the index of the component differentiated by

    Returns -inf or +inf where a label contradicts a prediction of exactly 0 or 1 (the slope of
    log at 0); a term whose label weight is 0 contributes 0 there (the derivative of 0 log 0 = 0
    is 0), so a prediction of 0 or 1 that matches its label has a finite gradient.

    Arguments: alpha, y, y_hat; out= an optional preallocated result.
    """
    alpha, y, y_hat, = floats('weighted_cross_entropy_grad_y_hat', alpha, y, y_hat)
    rt.within('weighted_cross_entropy_grad_y_hat', 'alpha', alpha, 0.0, 1.0, True, True, 'in (0, 1)')
    rt.within('weighted_cross_entropy_grad_y_hat', 'y_hat', y_hat, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_weighted_cross_entropy_grad_y_hat, _weighted_cross_entropy_grad_y_hat_core, 'weighted_cross_entropy_grad_y_hat', '(),(N),(N)->(N)', (alpha, y, y_hat), [], out, parallel=_weighted_cross_entropy_grad_y_hat_threads)


def _negative_log_likelihood_core(p, out, _bad):
    p = rt.wide(p)
    N = p.shape[0]
    _zero = lit(p, 0.0)
    _c0 = lit(p, np.nan)
    _t0 = _zero
    _t1 = np.empty(N)
    for i in range(1, N + 1):
        _t1[i - 1] = rt.log(p[i - 1])
    _t0 = rt.total(_t1)
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(p):
        _t0 = _c0
    out[0] = -_t0
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_negative_log_likelihood = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(N)->(),()", cache=True)(_negative_log_likelihood_core))
_negative_log_likelihood_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(N)->(),()", target="parallel", cache=True)(_negative_log_likelihood_core))


def negative_log_likelihood(p, out=None):
    r"""21. Negative Log-Likelihood (NLL): forward kernel (layout (N)->()).

    $L_{\text{NLL}} = - \sum_{i=1}^{N} \log p(y^{(i)} \mid x^{(i)})$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $p(y^{(i)} \mid x^{(i)})$ is the probability the model assigns to the true label $y^{(i)}$ of the $i$-th sample given its input $x^{(i)}$, in $(0, 1]$
    - $L_{\text{NLL}}$ is the negative log-likelihood of the batch (a sum over samples)

    Arguments: p; out= an optional preallocated result.
    """
    p, = floats('negative_log_likelihood', p)
    rt.within('negative_log_likelihood', 'p', p, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_negative_log_likelihood, _negative_log_likelihood_core, 'negative_log_likelihood', '(N)->()', (p,), [], out, parallel=_negative_log_likelihood_threads)


def _negative_log_likelihood_grad_p_core(p, out, _bad):
    p = rt.wide(p)
    N = p.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(p, 1.0)
    for k in range(1, N + 1):
        _t_out = -_one/(p[k - 1])
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_negative_log_likelihood_grad_p = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(N)->(N),()", cache=True)(_negative_log_likelihood_grad_p_core))
_negative_log_likelihood_grad_p_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(N)->(N),()", target="parallel", cache=True)(_negative_log_likelihood_grad_p_core))


def negative_log_likelihood_grad_p(p, out=None):
    r"""21. Negative Log-Likelihood (NLL): grad kernel (layout (N)->(N)).

    $\frac{\partial L_{\text{NLL}}}{\partial p(y^{(k)} \mid x^{(k)})} = - \frac{1}{p(y^{(k)} \mid x^{(k)})}$

    where:

    - $N$ is the number of samples
    - $p(y^{(k)} \mid x^{(k)})$ is the probability the model assigns to the true label $y^{(i)}$ of the $i$-th sample given its input $x^{(i)}$, in $(0, 1]$
    - $L_{\text{NLL}}$ is the negative log-likelihood of the batch (a sum over samples)
    - $k$ is the index of the component differentiated by

    Arguments: p; out= an optional preallocated result.
    """
    p, = floats('negative_log_likelihood_grad_p', p)
    rt.within('negative_log_likelihood_grad_p', 'p', p, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_negative_log_likelihood_grad_p, _negative_log_likelihood_grad_p_core, 'negative_log_likelihood_grad_p', '(N)->(N)', (p,), [], out, parallel=_negative_log_likelihood_grad_p_threads)


def _negative_log_likelihood_value_and_grad_core(p, L_NLL, d_p, _bad):
    p = rt.wide(p)
    N = p.shape[0]
    d_p_c = np.ascontiguousarray(d_p)
    _nbad = 0
    _zero = lit(p, 0.0)
    _c0 = lit(p, np.nan)
    _one = lit(p, 1.0)
    _t0 = _zero
    _t1 = np.empty(N)
    for i in range(1, N + 1):
        _t1[i - 1] = rt.log(p[i - 1])
    _t0 = rt.total(_t1)
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(p):
        _t0 = _c0
    L_NLL[0] = -_t0
    for k in range(1, N + 1):
        _t_out = -_one/(p[k - 1])
        d_p_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if d_p_c.ctypes.data != d_p.ctypes.data:
        for _i0 in range(d_p.shape[0]):
            d_p[_i0] = d_p_c[_i0]
    _bad[0] = _nbad + (0 if np.abs(L_NLL[0]) < np.inf else 1)


_negative_log_likelihood_value_and_grad = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N)->(),(N),()", cache=True)(_negative_log_likelihood_value_and_grad_core))
_negative_log_likelihood_value_and_grad_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N)->(),(N),()", target="parallel", cache=True)(_negative_log_likelihood_value_and_grad_core))


def negative_log_likelihood_value_and_grad(p, out=None):
    r"""21. Negative Log-Likelihood (NLL): value_and_grad kernel (layout (N)->(),(N)).

    $L_{\text{NLL}} = - \sum_{i=1}^{N} \log p(y^{(i)} \mid x^{(i)})$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $p(y^{(i)} \mid x^{(i)})$ is the probability the model assigns to the true label $y^{(i)}$ of the $i$-th sample given its input $x^{(i)}$, in $(0, 1]$
    - $L_{\text{NLL}}$ is the negative log-likelihood of the batch (a sum over samples)

    Arguments: p; out= an optional preallocated result.
    """
    p, = floats('negative_log_likelihood_value_and_grad', p)
    rt.within('negative_log_likelihood_value_and_grad', 'p', p, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_negative_log_likelihood_value_and_grad, _negative_log_likelihood_value_and_grad_core, 'negative_log_likelihood_value_and_grad', '(N)->(),(N)', (p,), [], out, parallel=_negative_log_likelihood_value_and_grad_threads)


def _softmax_cross_entropy_grad_core(z, y, out, _bad):
    z = rt.wide(z)
    y = rt.wide(y)
    C = z.shape[0]
    out_c = np.ascontiguousarray(out)
    y_hat = out_c
    _nbad = 0
    _zero = lit(z, 0.0)
    _c0 = lit(z, -np.inf)
    _c1 = lit(z, np.nan)
    _one = lit(z, 1.0)
    _t0 = _zero
    _t1 = _c0
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
    _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
    for k in range(1, 1 + (C)//4*4, 4):
        _t1_x = z[k - 1]
        _t1_0 = max(_t1_0, _t1_x)
        _t1_n0 |= _t1_x != _t1_x
        _t1_x = z[k]
        _t1_1 = max(_t1_1, _t1_x)
        _t1_n1 |= _t1_x != _t1_x
        _t1_x = z[k + 1]
        _t1_2 = max(_t1_2, _t1_x)
        _t1_n2 |= _t1_x != _t1_x
        _t1_x = z[k + 2]
        _t1_3 = max(_t1_3, _t1_x)
        _t1_n3 |= _t1_x != _t1_x
    if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
        for k in range(1, 1 + (C)//4*4):
            _t1 = np.maximum(_t1, z[k - 1])
    else:
        _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
    for k in range(1 + (C)//4*4, C + 1):
        _t1 = np.maximum(_t1, z[k - 1])
    _t2 = -_t1
    _t3 = y_hat
    for k in range(1, C + 1):
        _t3[k - 1] = rt.exp_neg(_t2 + z[k - 1])
    _t0 = rt.total(_t3)
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(z) and rt.all_finite(y):
        _t0 = _c1
    _t4 = _one/(_t0)
    for j in range(1, C + 1):
        y_hat[j - 1] = _t4*_t3[j - 1]
    for j in range(1, C + 1):
        _t_out = -y[j - 1] + y_hat[j - 1]
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_softmax_cross_entropy_grad = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(C),(C)->(C),()", cache=True)(_softmax_cross_entropy_grad_core))
_softmax_cross_entropy_grad_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(C),(C)->(C),()", target="parallel", cache=True)(_softmax_cross_entropy_grad_core))


def softmax_cross_entropy_grad(z, y, out=None):
    r"""53. Derivative of Cross-Entropy w.r.t. Logits (Softmax): forward kernel (layout (C),(C)->(C)).

    $\begin{aligned} \hat{y}_{j} &= \frac{e^{z_{j}}}{\sum_{k=1}^{C} e^{z_{k}}} \\ \frac{\partial L_{\text{CE}}}{\partial z_{j}} &= \hat{y}_{j} - y_{j} \end{aligned}$

    where:

    - $C$ is the number of classes
    - $j$ is the class index
    - $k$ is the summation index over classes
    - $z_{j}$ is the logit for class $j$
    - $\hat{y}_{j}$ is the predicted probability of class $j$ (softmax output)
    - $L_{\text{CE}}$ is the cross-entropy $-\sum_{k=1}^{C} y_k \log(\hat{y}_k)$ of the sample
    - $y_{j}$ is the target probability of class $j$: one-hot ($1$ for the true class) or any probability vector

    Arguments: z, y; out= an optional preallocated result.
    """
    z, y, = floats('softmax_cross_entropy_grad', z, y)
    rt.within('softmax_cross_entropy_grad', 'y', y, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_softmax_cross_entropy_grad, _softmax_cross_entropy_grad_core, 'softmax_cross_entropy_grad', '(C),(C)->(C)', (z, y), [], out, parallel=_softmax_cross_entropy_grad_threads)


def _softmax_cross_entropy_value_and_grad_core(z, y, L_CE, d_z, _bad):
    z = rt.wide(z)
    y = rt.wide(y)
    C = z.shape[0]
    d_z_c = np.ascontiguousarray(d_z)
    y_hat = d_z_c
    _nbad = 0
    _zero = lit(z, 0.0)
    _c0 = lit(z, -np.inf)
    _c1 = lit(z, np.nan)
    _one = lit(z, 1.0)
    _t0 = _zero
    _t1 = _zero
    _t2 = _c0
    _t2_0 = _t2_1 = _t2_2 = _t2_3 = _t2
    _t2_n0 = _t2_n1 = _t2_n2 = _t2_n3 = False
    for k in range(1, 1 + (C)//4*4, 4):
        _t2_x = z[k - 1]
        _t2_0 = max(_t2_0, _t2_x)
        _t2_n0 |= _t2_x != _t2_x
        _t2_x = z[k]
        _t2_1 = max(_t2_1, _t2_x)
        _t2_n1 |= _t2_x != _t2_x
        _t2_x = z[k + 1]
        _t2_2 = max(_t2_2, _t2_x)
        _t2_n2 |= _t2_x != _t2_x
        _t2_x = z[k + 2]
        _t2_3 = max(_t2_3, _t2_x)
        _t2_n3 |= _t2_x != _t2_x
    if _t2_n0 | _t2_n1 | _t2_n2 | _t2_n3:
        for k in range(1, 1 + (C)//4*4):
            _t2 = np.maximum(_t2, z[k - 1])
    else:
        _t2 = np.maximum(_t2, np.maximum(np.maximum(_t2_0, _t2_1), np.maximum(_t2_2, _t2_3)))
    for k in range(1 + (C)//4*4, C + 1):
        _t2 = np.maximum(_t2, z[k - 1])
    _t3 = -_t2
    _t6 = y_hat
    for k in range(1, C + 1):
        _t4 = _t3 + z[k - 1]
        _t5 = rt.exp_neg(_t4)
        _t6[k - 1] = _t5
    _t1 = rt.total(_t6)
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(z) and rt.all_finite(y):
        _t1 = _c1
    _t7 = rt.log(_t1)
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for j in range(1, 1 + (C)//4*4, 4):
        _t8_0 = _t3 + z[j - 1]
        _t0_0 += y[j - 1]*(-_t7 + _t8_0)
        _t8_1 = _t3 + z[j]
        _t0_1 += y[j]*(-_t7 + _t8_1)
        _t8_2 = _t3 + z[j + 1]
        _t0_2 += y[j + 1]*(-_t7 + _t8_2)
        _t8_3 = _t3 + z[j + 2]
        _t0_3 += y[j + 2]*(-_t7 + _t8_3)
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for j in range(1 + (C)//4*4, C + 1):
        _t8 = _t3 + z[j - 1]
        _t0 += y[j - 1]*(-_t7 + _t8)
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(z) and rt.all_finite(y):
        _t0 = _c1
    L_CE[0] = -_t0
    _t9 = _one/(_t1)
    for j in range(1, C + 1):
        y_hat[j - 1] = _t9*_t6[j - 1]
    for j in range(1, C + 1):
        _t_out = -y[j - 1] + y_hat[j - 1]
        d_z_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if d_z_c.ctypes.data != d_z.ctypes.data:
        for _i0 in range(d_z.shape[0]):
            d_z[_i0] = d_z_c[_i0]
    _bad[0] = _nbad + (0 if np.abs(L_CE[0]) < np.inf else 1)


_softmax_cross_entropy_value_and_grad = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:])"], "(C),(C)->(),(C),()", cache=True)(_softmax_cross_entropy_value_and_grad_core))
_softmax_cross_entropy_value_and_grad_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:], float64[:])"], "(C),(C)->(),(C),()", target="parallel", cache=True)(_softmax_cross_entropy_value_and_grad_core))


def softmax_cross_entropy_value_and_grad(z, y, out=None):
    r"""53. Derivative of Cross-Entropy w.r.t. Logits (Softmax): value_and_grad kernel (layout (C),(C)->(),(C)).

    $\begin{aligned} \hat{y}_{j} &= \frac{e^{z_{j}}}{\sum_{k=1}^{C} e^{z_{k}}} \\ \frac{\partial L_{\text{CE}}}{\partial z_{j}} &= \hat{y}_{j} - y_{j} \end{aligned}$

    where:

    - $C$ is the number of classes
    - $j$ is the class index
    - $k$ is the summation index over classes
    - $z_{j}$ is the logit for class $j$
    - $\hat{y}_{j}$ is the predicted probability of class $j$ (softmax output)
    - $L_{\text{CE}}$ is the cross-entropy $-\sum_{k=1}^{C} y_k \log(\hat{y}_k)$ of the sample
    - $y_{j}$ is the target probability of class $j$: one-hot ($1$ for the true class) or any probability vector

    Arguments: z, y; out= an optional preallocated result.
    """
    z, y, = floats('softmax_cross_entropy_value_and_grad', z, y)
    rt.within('softmax_cross_entropy_value_and_grad', 'y', y, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_softmax_cross_entropy_value_and_grad, _softmax_cross_entropy_value_and_grad_core, 'softmax_cross_entropy_value_and_grad', '(C),(C)->(),(C)', (z, y), [], out, parallel=_softmax_cross_entropy_value_and_grad_threads)


def _softmax_cross_entropy_grad_labels_core(z, label, out, _bad):
    z = rt.wide(z)
    C = z.shape[0]
    out_c = np.ascontiguousarray(out)
    y_hat = out_c
    _nbad = 0
    _zero = lit(z, 0.0)
    _c0 = lit(z, -np.inf)
    _c1 = lit(z, np.nan)
    _one = lit(z, 1.0)
    _t0 = _zero
    _t1 = _c0
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
    _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
    for k in range(1, 1 + (C)//4*4, 4):
        _t1_x = z[k - 1]
        _t1_0 = max(_t1_0, _t1_x)
        _t1_n0 |= _t1_x != _t1_x
        _t1_x = z[k]
        _t1_1 = max(_t1_1, _t1_x)
        _t1_n1 |= _t1_x != _t1_x
        _t1_x = z[k + 1]
        _t1_2 = max(_t1_2, _t1_x)
        _t1_n2 |= _t1_x != _t1_x
        _t1_x = z[k + 2]
        _t1_3 = max(_t1_3, _t1_x)
        _t1_n3 |= _t1_x != _t1_x
    if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
        for k in range(1, 1 + (C)//4*4):
            _t1 = np.maximum(_t1, z[k - 1])
    else:
        _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
    for k in range(1 + (C)//4*4, C + 1):
        _t1 = np.maximum(_t1, z[k - 1])
    _t2 = -_t1
    _t3 = y_hat
    for k in range(1, C + 1):
        _t3[k - 1] = rt.exp_neg(_t2 + z[k - 1])
    _t0 = rt.total(_t3)
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(z):
        _t0 = _c1
    _t4 = _one/(_t0)
    for j in range(1, C + 1):
        y_hat[j - 1] = _t4*_t3[j - 1]
    for j in range(1, C + 1):
        _t_out = -(_one if j == label + 1 else _zero) + y_hat[j - 1]
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_softmax_cross_entropy_grad_labels = Lazy(lambda: numba.guvectorize(["void(float64[:], int64, float64[:], float64[:])"], "(C),()->(C),()", cache=True)(_softmax_cross_entropy_grad_labels_core))
_softmax_cross_entropy_grad_labels_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], int64, float64[:], float64[:])"], "(C),()->(C),()", target="parallel", cache=True)(_softmax_cross_entropy_grad_labels_core))


def softmax_cross_entropy_grad_labels(z, label, out=None):
    r"""53. Derivative of Cross-Entropy w.r.t. Logits (Softmax): forward kernel (layout (C),()->(C)).

    $\begin{aligned} \hat{y}_{j} &= \frac{e^{z_{j}}}{\sum_{k=1}^{C} e^{z_{k}}} \\ \frac{\partial L_{\text{CE}}}{\partial z_{j}} &= \hat{y}_{j} - \delta_{j c} \end{aligned}$

    where:

    - $C$ is the number of classes
    - $j$ is the class index
    - $k$ is the summation index over classes
    - $z_{j}$ is the logit for class $j$
    - $\hat{y}_{j}$ is the predicted probability of class $j$ (softmax output)
    - $L_{\text{CE}}$ is the cross-entropy $-\sum_{k=1}^{C} y_k \log(\hat{y}_k)$ of the sample
    - $c$ is the true class of the sample, an integer in $\{1, \dots, C\}$: the target is one-hot, $y_{j} = 1$ for $j = c$ and $0$ otherwise

    label: 0-based positions (the math counts from 1).

    Arguments: z, label; out= an optional preallocated result.
    """
    z, = floats('softmax_cross_entropy_grad_labels', z)
    label, = ints('softmax_cross_entropy_grad_labels', label)
    rt.positions('softmax_cross_entropy_grad_labels', 'label', label, rt.dim('softmax_cross_entropy_grad_labels', 'z', z, -1))
    return call_gufunc(_softmax_cross_entropy_grad_labels, _softmax_cross_entropy_grad_labels_core, 'softmax_cross_entropy_grad_labels', '(C),()->(C)', (z, label), [], out, parallel=_softmax_cross_entropy_grad_labels_threads)


def _softmax_cross_entropy_value_and_grad_labels_core(z, label, L_CE, d_z, _bad):
    z = rt.wide(z)
    C = z.shape[0]
    d_z_c = np.ascontiguousarray(d_z)
    y_hat = d_z_c
    _nbad = 0
    _zero = lit(z, 0.0)
    _c0 = lit(z, -np.inf)
    _c1 = lit(z, np.nan)
    _one = lit(z, 1.0)
    _t0 = _zero
    _t1 = _c0
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
    _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
    for k in range(1, 1 + (C)//4*4, 4):
        _t1_x = z[k - 1]
        _t1_0 = max(_t1_0, _t1_x)
        _t1_n0 |= _t1_x != _t1_x
        _t1_x = z[k]
        _t1_1 = max(_t1_1, _t1_x)
        _t1_n1 |= _t1_x != _t1_x
        _t1_x = z[k + 1]
        _t1_2 = max(_t1_2, _t1_x)
        _t1_n2 |= _t1_x != _t1_x
        _t1_x = z[k + 2]
        _t1_3 = max(_t1_3, _t1_x)
        _t1_n3 |= _t1_x != _t1_x
    if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
        for k in range(1, 1 + (C)//4*4):
            _t1 = np.maximum(_t1, z[k - 1])
    else:
        _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
    for k in range(1 + (C)//4*4, C + 1):
        _t1 = np.maximum(_t1, z[k - 1])
    _t2 = -_t1
    _t5 = y_hat
    for k in range(1, C + 1):
        _t3 = _t2 + z[k - 1]
        _t4 = rt.exp_neg(_t3)
        _t5[k - 1] = _t4
    _t0 = rt.total(_t5)
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(z):
        _t0 = _c1
    L_CE[0] = -(-rt.log(_t0) + (_t2 + z[label]))
    _t6 = _one/(_t0)
    for j in range(1, C + 1):
        y_hat[j - 1] = _t6*_t5[j - 1]
    for j in range(1, C + 1):
        _t_out = -(_one if j == label + 1 else _zero) + y_hat[j - 1]
        d_z_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if d_z_c.ctypes.data != d_z.ctypes.data:
        for _i0 in range(d_z.shape[0]):
            d_z[_i0] = d_z_c[_i0]
    _bad[0] = _nbad + (0 if np.abs(L_CE[0]) < np.inf else 1)


_softmax_cross_entropy_value_and_grad_labels = Lazy(lambda: numba.guvectorize(["void(float64[:], int64, float64[:], float64[:], float64[:])"], "(C),()->(),(C),()", cache=True)(_softmax_cross_entropy_value_and_grad_labels_core))
_softmax_cross_entropy_value_and_grad_labels_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], int64, float64[:], float64[:], float64[:])"], "(C),()->(),(C),()", target="parallel", cache=True)(_softmax_cross_entropy_value_and_grad_labels_core))


def softmax_cross_entropy_value_and_grad_labels(z, label, out=None):
    r"""53. Derivative of Cross-Entropy w.r.t. Logits (Softmax): value_and_grad kernel (layout (C),()->(),(C)).

    $\begin{aligned} \hat{y}_{j} &= \frac{e^{z_{j}}}{\sum_{k=1}^{C} e^{z_{k}}} \\ \frac{\partial L_{\text{CE}}}{\partial z_{j}} &= \hat{y}_{j} - \delta_{j c} \end{aligned}$

    where:

    - $C$ is the number of classes
    - $j$ is the class index
    - $k$ is the summation index over classes
    - $z_{j}$ is the logit for class $j$
    - $\hat{y}_{j}$ is the predicted probability of class $j$ (softmax output)
    - $L_{\text{CE}}$ is the cross-entropy $-\sum_{k=1}^{C} y_k \log(\hat{y}_k)$ of the sample
    - $c$ is the true class of the sample, an integer in $\{1, \dots, C\}$: the target is one-hot, $y_{j} = 1$ for $j = c$ and $0$ otherwise

    label: 0-based positions (the math counts from 1).

    Arguments: z, label; out= an optional preallocated result.
    """
    z, = floats('softmax_cross_entropy_value_and_grad_labels', z)
    label, = ints('softmax_cross_entropy_value_and_grad_labels', label)
    rt.positions('softmax_cross_entropy_value_and_grad_labels', 'label', label, rt.dim('softmax_cross_entropy_value_and_grad_labels', 'z', z, -1))
    return call_gufunc(_softmax_cross_entropy_value_and_grad_labels, _softmax_cross_entropy_value_and_grad_labels_core, 'softmax_cross_entropy_value_and_grad_labels', '(C),()->(),(C)', (z, label), [], out, parallel=_softmax_cross_entropy_value_and_grad_labels_threads)


def _balanced_cross_entropy_core(beta, y, y_hat, out, _bad):
    beta = rt.wide(beta)
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    _zero = lit(beta, 0.0)
    _one = lit(beta, 1.0)
    _c0 = lit(beta, np.nan)
    _t0 = _zero
    _t1 = np.empty(N)
    for i in range(1, N + 1):
        _t1[i - 1] = rt.xlog1py((_one - beta)*(_one - y[i - 1]), -y_hat[i - 1]) + rt.xlogy(beta*y[i - 1], y_hat[i - 1])
    _t0 = rt.total(_t1)
    if rt.OVERFLOWS and not np.isfinite(_t0) and np.isfinite(beta) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t0 = _c0
    out[0] = -(_t0/lit(beta, N))
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_balanced_cross_entropy = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:], float64[:])"], "(),(N),(N)->(),()", cache=True)(_balanced_cross_entropy_core))
_balanced_cross_entropy_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:], float64[:])"], "(),(N),(N)->(),()", target="parallel", cache=True)(_balanced_cross_entropy_core))


def balanced_cross_entropy(beta, y, y_hat, out=None):
    r"""80. Balanced Cross-Entropy: forward kernel (layout (),(N),(N)->()).

    $L_{\text{bal}} = - \frac{1}{N} \sum_{i=1}^{N} \left(\beta y^{(i)} \log(\hat{y}^{(i)}) + \left(1 - \beta\right) \left(1 - y^{(i)}\right) \log(1 - \hat{y}^{(i)})\right)$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $\beta$ is the weight of the positive class, in $(0, 1)$; the negative class is weighted $1 - \beta$
    - $y^{(i)}$ is the true binary label of the $i$-th sample, $0$ or $1$
    - $\hat{y}^{(i)}$ is the predicted probability of the positive class for the $i$-th sample, in $(0, 1)$
    - $L_{\text{bal}}$ is the weighted binary cross-entropy averaged over the batch

    Returns +inf where a label contradicts a prediction of exactly 0 or 1 (log 0); a prediction
    of 0 or 1 that matches its label contributes 0 (0 log 0 = 0).

    Arguments: beta, y, y_hat; out= an optional preallocated result.
    """
    beta, y, y_hat, = floats('balanced_cross_entropy', beta, y, y_hat)
    rt.within('balanced_cross_entropy', 'beta', beta, 0.0, 1.0, True, True, 'in (0, 1)')
    rt.within('balanced_cross_entropy', 'y_hat', y_hat, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_balanced_cross_entropy, _balanced_cross_entropy_core, 'balanced_cross_entropy', '(),(N),(N)->()', (beta, y, y_hat), [], out, parallel=_balanced_cross_entropy_threads)


def _balanced_cross_entropy_grad_y_hat_core(beta, y, y_hat, out, _bad):
    beta = rt.wide(beta)
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    out_c = np.ascontiguousarray(out)
    _one = lit(beta, 1.0)
    _t0 = _one/(lit(beta, N))
    for k in range(1, N + 1):
        _t1 = beta*y[k - 1]
        out_c[k - 1] = -(_t0*(rt.xdivy(_t1, y_hat[k - 1]) - rt.xdivy(_t1 - beta - y[k - 1] + _one, _one - y_hat[k - 1])))
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_balanced_cross_entropy_grad_y_hat = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:], float64[:])"], "(),(N),(N)->(N),()", cache=True)(_balanced_cross_entropy_grad_y_hat_core))
_balanced_cross_entropy_grad_y_hat_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64[:], float64[:])"], "(),(N),(N)->(N),()", target="parallel", cache=True)(_balanced_cross_entropy_grad_y_hat_core))


def balanced_cross_entropy_grad_y_hat(beta, y, y_hat, out=None):
    r"""80. Balanced Cross-Entropy: grad kernel (layout (),(N),(N)->(N)).

    $\frac{\partial L_{\text{bal}}}{\partial \hat{y}^{(k)}} = \frac{\beta y^{(k)} + \beta \hat{y}^{(k)} + y^{(k)} \hat{y}^{(k)} - 2 \beta y^{(k)} \hat{y}^{(k)} - \hat{y}^{(k)}}{N \hat{y}^{(k)} \left(\hat{y}^{(k)} - 1\right)}$

    where:

    - $N$ is the number of samples
    - $\beta$ is the weight of the positive class, in $(0, 1)$; the negative class is weighted $1 - \beta$
    - $y^{(k)}$ is the true binary label of the $i$-th sample, $0$ or $1$
    - $\hat{y}^{(k)}$ is the predicted probability of the positive class for the $i$-th sample, in $(0, 1)$
    - $L_{\text{bal}}$ is the weighted binary cross-entropy averaged over the batch
    - $k$ is the index of the component differentiated by

    Returns -inf or +inf where a label contradicts a prediction of exactly 0 or 1 (the slope of
    log at 0); a term whose label weight is 0 contributes 0 there (the derivative of 0 log 0 = 0
    is 0), so a prediction of 0 or 1 that matches its label has a finite gradient.

    Arguments: beta, y, y_hat; out= an optional preallocated result.
    """
    beta, y, y_hat, = floats('balanced_cross_entropy_grad_y_hat', beta, y, y_hat)
    rt.within('balanced_cross_entropy_grad_y_hat', 'beta', beta, 0.0, 1.0, True, True, 'in (0, 1)')
    rt.within('balanced_cross_entropy_grad_y_hat', 'y_hat', y_hat, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_balanced_cross_entropy_grad_y_hat, _balanced_cross_entropy_grad_y_hat_core, 'balanced_cross_entropy_grad_y_hat', '(),(N),(N)->(N)', (beta, y, y_hat), [], out, parallel=_balanced_cross_entropy_grad_y_hat_threads)


def _knowledge_distillation_core(t, s, tau, out, _bad):
    t = rt.wide(t)
    s = rt.wide(s)
    tau = rt.wide(tau)
    N = t.shape[0]
    C = t.shape[1]
    p_T = np.empty((N, C,), t.dtype)
    _one = lit(t, 1.0)
    _c0 = lit(t, -np.inf)
    _zero = lit(t, 0.0)
    _c1 = lit(t, np.nan)
    _t1 = np.empty((N, C))
    _t6 = _one/(tau)
    for _t3 in range(1, N + 1):
        _t2 = _t1[_t3 - 1]
        _t5 = _c0
        _t5_0 = _t5_1 = _t5_2 = _t5_3 = _t5
        _t5_n0 = _t5_n1 = _t5_n2 = _t5_n3 = False
        for k in range(1, 1 + (C)//4*4, 4):
            _t5_x = _t6*t[_t3 - 1, k - 1]
            _t5_0 = max(_t5_0, _t5_x)
            _t5_n0 |= _t5_x != _t5_x
            _t5_x = _t6*t[_t3 - 1, k]
            _t5_1 = max(_t5_1, _t5_x)
            _t5_n1 |= _t5_x != _t5_x
            _t5_x = _t6*t[_t3 - 1, k + 1]
            _t5_2 = max(_t5_2, _t5_x)
            _t5_n2 |= _t5_x != _t5_x
            _t5_x = _t6*t[_t3 - 1, k + 2]
            _t5_3 = max(_t5_3, _t5_x)
            _t5_n3 |= _t5_x != _t5_x
        if _t5_n0 | _t5_n1 | _t5_n2 | _t5_n3:
            for k in range(1, 1 + (C)//4*4):
                _t5 = np.maximum(_t5, _t6*t[_t3 - 1, k - 1])
        else:
            _t5 = np.maximum(_t5, np.maximum(np.maximum(_t5_0, _t5_1), np.maximum(_t5_2, _t5_3)))
        for k in range(1 + (C)//4*4, C + 1):
            _t5 = np.maximum(_t5, _t6*t[_t3 - 1, k - 1])
        for _t4 in range(1, C + 1):
            _t2[_t4 - 1] = rt.exp_neg(-_t5 + _t6*t[_t3 - 1, _t4 - 1])
    for i in range(1, N + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for k in range(1, 1 + (C)//4*4, 4):
            _t0_0 += _t1[i - 1, k - 1]
            _t0_1 += _t1[i - 1, k]
            _t0_2 += _t1[i - 1, k + 1]
            _t0_3 += _t1[i - 1, k + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for k in range(1 + (C)//4*4, C + 1):
            _t0 += _t1[i - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
            _t0 = _c1
        _t7 = _one/(_t0)
        for c in range(1, C + 1):
            p_T[i - 1, c - 1] = _t7*_t1[i - 1, c - 1]
    _t8 = _zero
    for i in range(1, N + 1):
        _t9 = _zero
        _t10 = _zero
        _t11 = _c0
        _t11_0 = _t11_1 = _t11_2 = _t11_3 = _t11
        _t11_n0 = _t11_n1 = _t11_n2 = _t11_n3 = False
        for k in range(1, 1 + (C)//4*4, 4):
            _t12_0 = _t6*s[i - 1, k - 1]
            _t11_x = _t12_0
            _t11_0 = max(_t11_0, _t11_x)
            _t11_n0 |= _t11_x != _t11_x
            _t12_1 = _t6*s[i - 1, k]
            _t11_x = _t12_1
            _t11_1 = max(_t11_1, _t11_x)
            _t11_n1 |= _t11_x != _t11_x
            _t12_2 = _t6*s[i - 1, k + 1]
            _t11_x = _t12_2
            _t11_2 = max(_t11_2, _t11_x)
            _t11_n2 |= _t11_x != _t11_x
            _t12_3 = _t6*s[i - 1, k + 2]
            _t11_x = _t12_3
            _t11_3 = max(_t11_3, _t11_x)
            _t11_n3 |= _t11_x != _t11_x
        if _t11_n0 | _t11_n1 | _t11_n2 | _t11_n3:
            for k in range(1, 1 + (C)//4*4):
                _t12 = _t6*s[i - 1, k - 1]
                _t11 = np.maximum(_t11, _t12)
        else:
            _t11 = np.maximum(_t11, np.maximum(np.maximum(_t11_0, _t11_1), np.maximum(_t11_2, _t11_3)))
        for k in range(1 + (C)//4*4, C + 1):
            _t12 = _t6*s[i - 1, k - 1]
            _t11 = np.maximum(_t11, _t12)
        _t13 = -_t11
        _t15 = np.empty(C)
        for k in range(1, C + 1):
            _t14 = _t6*s[i - 1, k - 1]
            _t15[k - 1] = rt.exp_neg(_t13 + _t14)
        _t10 = rt.total(_t15)
        if rt.OVERFLOWS and not np.isfinite(_t10) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
            _t10 = _c1
        _t16 = rt.log(_t10)
        _t17 = _zero
        _t17_0 = _t17_1 = _t17_2 = _t17_3 = _zero
        for k in range(1, 1 + (C)//4*4, 4):
            _t17_0 += _t1[i - 1, k - 1]
            _t17_1 += _t1[i - 1, k]
            _t17_2 += _t1[i - 1, k + 1]
            _t17_3 += _t1[i - 1, k + 2]
        _t17 += (_t17_0 + _t17_1) + (_t17_2 + _t17_3)
        for k in range(1 + (C)//4*4, C + 1):
            _t17 += _t1[i - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t17) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
            _t17 = _c1
        _t18 = rt.log(_t17)
        _t19 = _c0
        _t19_0 = _t19_1 = _t19_2 = _t19_3 = _t19
        _t19_n0 = _t19_n1 = _t19_n2 = _t19_n3 = False
        for k in range(1, 1 + (C)//4*4, 4):
            _t20_0 = _t6*t[i - 1, k - 1]
            _t19_x = _t20_0
            _t19_0 = max(_t19_0, _t19_x)
            _t19_n0 |= _t19_x != _t19_x
            _t20_1 = _t6*t[i - 1, k]
            _t19_x = _t20_1
            _t19_1 = max(_t19_1, _t19_x)
            _t19_n1 |= _t19_x != _t19_x
            _t20_2 = _t6*t[i - 1, k + 1]
            _t19_x = _t20_2
            _t19_2 = max(_t19_2, _t19_x)
            _t19_n2 |= _t19_x != _t19_x
            _t20_3 = _t6*t[i - 1, k + 2]
            _t19_x = _t20_3
            _t19_3 = max(_t19_3, _t19_x)
            _t19_n3 |= _t19_x != _t19_x
        if _t19_n0 | _t19_n1 | _t19_n2 | _t19_n3:
            for k in range(1, 1 + (C)//4*4):
                _t20 = _t6*t[i - 1, k - 1]
                _t19 = np.maximum(_t19, _t20)
        else:
            _t19 = np.maximum(_t19, np.maximum(np.maximum(_t19_0, _t19_1), np.maximum(_t19_2, _t19_3)))
        for k in range(1 + (C)//4*4, C + 1):
            _t20 = _t6*t[i - 1, k - 1]
            _t19 = np.maximum(_t19, _t20)
        _t21 = -_t19
        _t9_0 = _t9_1 = _t9_2 = _t9_3 = _zero
        for c in range(1, 1 + (C)//4*4, 4):
            _t22_0 = _t6*t[i - 1, c - 1]
            _t23_0 = _t21 + _t22_0
            _t9_0 += p_T[i - 1, c - 1]*(-_t18 - (-_t16 + (_t13 + _t6*s[i - 1, c - 1])) + _t23_0)
            _t22_1 = _t6*t[i - 1, c]
            _t23_1 = _t21 + _t22_1
            _t9_1 += p_T[i - 1, c]*(-_t18 - (-_t16 + (_t13 + _t6*s[i - 1, c])) + _t23_1)
            _t22_2 = _t6*t[i - 1, c + 1]
            _t23_2 = _t21 + _t22_2
            _t9_2 += p_T[i - 1, c + 1]*(-_t18 - (-_t16 + (_t13 + _t6*s[i - 1, c + 1])) + _t23_2)
            _t22_3 = _t6*t[i - 1, c + 2]
            _t23_3 = _t21 + _t22_3
            _t9_3 += p_T[i - 1, c + 2]*(-_t18 - (-_t16 + (_t13 + _t6*s[i - 1, c + 2])) + _t23_3)
        _t9 += (_t9_0 + _t9_1) + (_t9_2 + _t9_3)
        for c in range(1 + (C)//4*4, C + 1):
            _t22 = _t6*t[i - 1, c - 1]
            _t23 = _t21 + _t22
            _t9 += p_T[i - 1, c - 1]*(-_t18 - (-_t16 + (_t13 + _t6*s[i - 1, c - 1])) + _t23)
        if rt.OVERFLOWS and not np.isfinite(_t9) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
            _t9 = _c1
        _t8 += _t9
    if rt.OVERFLOWS and not np.isfinite(_t8) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
        _t8 = _c1
    out[0] = _t8*(tau*tau)/lit(t, N)
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_knowledge_distillation = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:], float64[:])"], "(N,C),(N,C),()->(),()", cache=True)(_knowledge_distillation_core))
_knowledge_distillation_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:], float64[:])"], "(N,C),(N,C),()->(),()", target="parallel", cache=True)(_knowledge_distillation_core))


def knowledge_distillation(t, s, tau, out=None):
    r"""96. Knowledge Distillation: forward kernel (layout (N,C),(N,C),()->()).

    $\begin{aligned} p^{\text{T}}_{i,c} &= \frac{\exp\left(\frac{t_{i,c}}{\tau}\right)}{\sum_{k=1}^{C} \exp\left(\frac{t_{i,k}}{\tau}\right)} \\ p^{\text{S}}_{i,c} &= \frac{\exp\left(\frac{s_{i,c}}{\tau}\right)}{\sum_{k=1}^{C} \exp\left(\frac{s_{i,k}}{\tau}\right)} \\ L_{\text{KD}} &= \frac{\tau^{2}}{N} \sum_{i=1}^{N} \sum_{c=1}^{C} p^{\text{T}}_{i,c} \log\left(\frac{p^{\text{T}}_{i,c}}{p^{\text{S}}_{i,c}}\right) \end{aligned}$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $C$ is the number of classes
    - $c$ is the class index
    - $k$ is the summation index over classes in the softmax
    - $t_{i,c}$ is the teacher's logit for class $c$ of sample $i$
    - $s_{i,c}$ is the student's logit for class $c$ of sample $i$
    - $\tau$ is the temperature (positive; larger values soften the distributions)
    - $p^{\text{T}}_{i,c}$ is the teacher's softened probability of class $c$ for sample $i$
    - $p^{\text{S}}_{i,c}$ is the student's softened probability of class $c$ for sample $i$
    - $L_{\text{KD}}$ is the distillation loss: $\tau^2$ times the batch mean of $\operatorname{KL}(p^{\text{T}}_i \,\|\, p^{\text{S}}_i)$

    Arguments: t, s, tau; out= an optional preallocated result.
    """
    t, s, tau, = floats('knowledge_distillation', t, s, tau)
    rt.within('knowledge_distillation', 'tau', tau, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_knowledge_distillation, _knowledge_distillation_core, 'knowledge_distillation', '(N,C),(N,C),()->()', (t, s, tau), [], out, parallel=_knowledge_distillation_threads)


def _knowledge_distillation_grad_t_core(t, s, tau, out, _bad):
    t = rt.wide(t)
    s = rt.wide(s)
    tau = rt.wide(tau)
    N = t.shape[0]
    C = t.shape[1]
    out_c = np.ascontiguousarray(out)
    p_T = np.empty((N, C,), t.dtype)
    _one = lit(t, 1.0)
    _zero = lit(t, 0.0)
    _c0 = lit(t, -np.inf)
    _c1 = lit(t, np.nan)
    _half = lit(t, 0.5)
    _t2 = _one/(tau)
    for i in range(1, N + 1):
        _t0 = _zero
        _t1 = _c0
        _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
        _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
        for k in range(1, 1 + (C)//4*4, 4):
            _t3_0 = _t2*t[i - 1, k - 1]
            _t1_x = _t3_0
            _t1_0 = max(_t1_0, _t1_x)
            _t1_n0 |= _t1_x != _t1_x
            _t3_1 = _t2*t[i - 1, k]
            _t1_x = _t3_1
            _t1_1 = max(_t1_1, _t1_x)
            _t1_n1 |= _t1_x != _t1_x
            _t3_2 = _t2*t[i - 1, k + 1]
            _t1_x = _t3_2
            _t1_2 = max(_t1_2, _t1_x)
            _t1_n2 |= _t1_x != _t1_x
            _t3_3 = _t2*t[i - 1, k + 2]
            _t1_x = _t3_3
            _t1_3 = max(_t1_3, _t1_x)
            _t1_n3 |= _t1_x != _t1_x
        if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
            for k in range(1, 1 + (C)//4*4):
                _t3 = _t2*t[i - 1, k - 1]
                _t1 = np.maximum(_t1, _t3)
        else:
            _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
        for k in range(1 + (C)//4*4, C + 1):
            _t3 = _t2*t[i - 1, k - 1]
            _t1 = np.maximum(_t1, _t3)
        _t4 = -_t1
        _t6 = np.empty(C)
        for k in range(1, C + 1):
            _t5 = _t2*t[i - 1, k - 1]
            _t6[k - 1] = rt.exp_neg(_t4 + _t5)
        _t0 = rt.total(_t6)
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
            _t0 = _c1
        _t7 = _one/(_t0)
        for c in range(1, C + 1):
            p_T[i - 1, c - 1] = _t7*_t6[c - 1]
    _t8 = _one/(lit(t, N))
    for l in range(1, N + 1):
        _t11 = _zero
        _t11_0 = _t11_1 = _t11_2 = _t11_3 = _zero
        for c in range(1, 1 + (C)//4*4, 4):
            _t11_0 += (-s[l - 1, c - 1] + t[l - 1, c - 1])*p_T[l - 1, c - 1]
            _t11_1 += (-s[l - 1, c] + t[l - 1, c])*p_T[l - 1, c]
            _t11_2 += (-s[l - 1, c + 1] + t[l - 1, c + 1])*p_T[l - 1, c + 1]
            _t11_3 += (-s[l - 1, c + 2] + t[l - 1, c + 2])*p_T[l - 1, c + 2]
        _t11 += (_t11_0 + _t11_1) + (_t11_2 + _t11_3)
        for c in range(1 + (C)//4*4, C + 1):
            _t11 += (-s[l - 1, c - 1] + t[l - 1, c - 1])*p_T[l - 1, c - 1]
        if rt.OVERFLOWS and not np.isfinite(_t11) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
            _t11 = _c1
        for q in range(1, C + 1):
            if p_T[l - 1, q - 1] > _half:
                _t10 = _zero
                _t10_0 = _t10_1 = _t10_2 = _t10_3 = _zero
                for c in range(1, 1 + (C)//4*4, 4):
                    _t10_0 += (s[l - 1, c - 1] - s[l - 1, q - 1] - t[l - 1, c - 1] + t[l - 1, q - 1])*p_T[l - 1, c - 1]
                    _t10_1 += (s[l - 1, c] - s[l - 1, q - 1] - t[l - 1, c] + t[l - 1, q - 1])*p_T[l - 1, c]
                    _t10_2 += (s[l - 1, c + 1] - s[l - 1, q - 1] - t[l - 1, c + 1] + t[l - 1, q - 1])*p_T[l - 1, c + 1]
                    _t10_3 += (s[l - 1, c + 2] - s[l - 1, q - 1] - t[l - 1, c + 2] + t[l - 1, q - 1])*p_T[l - 1, c + 2]
                _t10 += (_t10_0 + _t10_1) + (_t10_2 + _t10_3)
                for c in range(1 + (C)//4*4, C + 1):
                    _t10 += (s[l - 1, c - 1] - s[l - 1, q - 1] - t[l - 1, c - 1] + t[l - 1, q - 1])*p_T[l - 1, c - 1]
                if rt.OVERFLOWS and not np.isfinite(_t10) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
                    _t10 = _c1
                _t9 = _t10
            elif not (p_T[l - 1, q - 1] == p_T[l - 1, q - 1]):
                _t9 = _c1
            else:
                _t9 = -_t11 - s[l - 1, q - 1] + t[l - 1, q - 1]
            out_c[l - 1, q - 1] = _t8*_t9*p_T[l - 1, q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_knowledge_distillation_grad_t = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :], float64[:])"], "(N,C),(N,C),()->(N,C),()", cache=True)(_knowledge_distillation_grad_t_core))
_knowledge_distillation_grad_t_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :], float64[:])"], "(N,C),(N,C),()->(N,C),()", target="parallel", cache=True)(_knowledge_distillation_grad_t_core))


def knowledge_distillation_grad_t(t, s, tau, out=None):
    r"""96. Knowledge Distillation: grad kernel (layout (N,C),(N,C),()->(N,C)).

    $\frac{\partial L_{\text{KD}}}{\partial t_{l,q}} = \frac{\tau p^{\text{T}}_{l,q} \left(\log\left(\frac{p^{\text{T}}_{l,q}}{p^{\text{S}}_{l,q}}\right) - \sum_{c=1}^{C} p^{\text{T}}_{l,c} \log\left(\frac{p^{\text{T}}_{l,c}}{p^{\text{S}}_{l,c}}\right)\right)}{N}$

    where:

    - $N$ is the number of samples
    - $C$ is the number of classes
    - $c$ is the class index
    - $t_{l,q}$ is the teacher's logit for class $c$ of sample $i$
    - $\tau$ is the temperature (positive; larger values soften the distributions)
    - $p^{\text{T}}_{l,q}$ is the teacher's softened probability of class $c$ for sample $i$
    - $p^{\text{S}}_{l,q}$ is the student's softened probability of class $c$ for sample $i$
    - $L_{\text{KD}}$ is the distillation loss: $\tau^2$ times the batch mean of $\operatorname{KL}(p^{\text{T}}_i \,\|\, p^{\text{S}}_i)$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by

    Arguments: t, s, tau; out= an optional preallocated result.
    """
    t, s, tau, = floats('knowledge_distillation_grad_t', t, s, tau)
    rt.within('knowledge_distillation_grad_t', 'tau', tau, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_knowledge_distillation_grad_t, _knowledge_distillation_grad_t_core, 'knowledge_distillation_grad_t', '(N,C),(N,C),()->(N,C)', (t, s, tau), [], out, parallel=_knowledge_distillation_grad_t_threads)


def _knowledge_distillation_grad_s_core(t, s, tau, out, _bad):
    t = rt.wide(t)
    s = rt.wide(s)
    tau = rt.wide(tau)
    N = t.shape[0]
    C = t.shape[1]
    out_c = np.ascontiguousarray(out)
    p_T = np.empty((N, C,), t.dtype)
    p_S = np.empty((N, C,), t.dtype)
    _one = lit(t, 1.0)
    _zero = lit(t, 0.0)
    _c0 = lit(t, -np.inf)
    _c1 = lit(t, np.nan)
    _t2 = _one/(tau)
    for i in range(1, N + 1):
        _t0 = _zero
        _t1 = _c0
        _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
        _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
        for k in range(1, 1 + (C)//4*4, 4):
            _t3_0 = _t2*t[i - 1, k - 1]
            _t1_x = _t3_0
            _t1_0 = max(_t1_0, _t1_x)
            _t1_n0 |= _t1_x != _t1_x
            _t3_1 = _t2*t[i - 1, k]
            _t1_x = _t3_1
            _t1_1 = max(_t1_1, _t1_x)
            _t1_n1 |= _t1_x != _t1_x
            _t3_2 = _t2*t[i - 1, k + 1]
            _t1_x = _t3_2
            _t1_2 = max(_t1_2, _t1_x)
            _t1_n2 |= _t1_x != _t1_x
            _t3_3 = _t2*t[i - 1, k + 2]
            _t1_x = _t3_3
            _t1_3 = max(_t1_3, _t1_x)
            _t1_n3 |= _t1_x != _t1_x
        if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
            for k in range(1, 1 + (C)//4*4):
                _t3 = _t2*t[i - 1, k - 1]
                _t1 = np.maximum(_t1, _t3)
        else:
            _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
        for k in range(1 + (C)//4*4, C + 1):
            _t3 = _t2*t[i - 1, k - 1]
            _t1 = np.maximum(_t1, _t3)
        _t4 = -_t1
        _t6 = np.empty(C)
        for k in range(1, C + 1):
            _t5 = _t2*t[i - 1, k - 1]
            _t6[k - 1] = rt.exp_neg(_t4 + _t5)
        _t0 = rt.total(_t6)
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
            _t0 = _c1
        _t7 = _one/(_t0)
        for c in range(1, C + 1):
            p_T[i - 1, c - 1] = _t7*_t6[c - 1]
    for i in range(1, N + 1):
        _t8 = _zero
        _t9 = _c0
        _t9_0 = _t9_1 = _t9_2 = _t9_3 = _t9
        _t9_n0 = _t9_n1 = _t9_n2 = _t9_n3 = False
        for k in range(1, 1 + (C)//4*4, 4):
            _t10_0 = _t2*s[i - 1, k - 1]
            _t9_x = _t10_0
            _t9_0 = max(_t9_0, _t9_x)
            _t9_n0 |= _t9_x != _t9_x
            _t10_1 = _t2*s[i - 1, k]
            _t9_x = _t10_1
            _t9_1 = max(_t9_1, _t9_x)
            _t9_n1 |= _t9_x != _t9_x
            _t10_2 = _t2*s[i - 1, k + 1]
            _t9_x = _t10_2
            _t9_2 = max(_t9_2, _t9_x)
            _t9_n2 |= _t9_x != _t9_x
            _t10_3 = _t2*s[i - 1, k + 2]
            _t9_x = _t10_3
            _t9_3 = max(_t9_3, _t9_x)
            _t9_n3 |= _t9_x != _t9_x
        if _t9_n0 | _t9_n1 | _t9_n2 | _t9_n3:
            for k in range(1, 1 + (C)//4*4):
                _t10 = _t2*s[i - 1, k - 1]
                _t9 = np.maximum(_t9, _t10)
        else:
            _t9 = np.maximum(_t9, np.maximum(np.maximum(_t9_0, _t9_1), np.maximum(_t9_2, _t9_3)))
        for k in range(1 + (C)//4*4, C + 1):
            _t10 = _t2*s[i - 1, k - 1]
            _t9 = np.maximum(_t9, _t10)
        _t11 = -_t9
        _t13 = np.empty(C)
        for k in range(1, C + 1):
            _t12 = _t2*s[i - 1, k - 1]
            _t13[k - 1] = rt.exp_neg(_t11 + _t12)
        _t8 = rt.total(_t13)
        if rt.OVERFLOWS and not np.isfinite(_t8) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
            _t8 = _c1
        _t14 = _one/(_t8)
        for c in range(1, C + 1):
            p_S[i - 1, c - 1] = _t14*_t13[c - 1]
    _t15 = _one/(lit(t, N))
    for l in range(1, N + 1):
        for q in range(1, C + 1):
            out_c[l - 1, q - 1] = _t15*tau*(p_S[l - 1, q - 1] - p_T[l - 1, q - 1])
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_knowledge_distillation_grad_s = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :], float64[:])"], "(N,C),(N,C),()->(N,C),()", cache=True)(_knowledge_distillation_grad_s_core))
_knowledge_distillation_grad_s_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :], float64[:])"], "(N,C),(N,C),()->(N,C),()", target="parallel", cache=True)(_knowledge_distillation_grad_s_core))


def knowledge_distillation_grad_s(t, s, tau, out=None):
    r"""96. Knowledge Distillation: grad kernel (layout (N,C),(N,C),()->(N,C)).

    $\frac{\partial L_{\text{KD}}}{\partial s_{l,q}} = \frac{\tau \left(p^{\text{S}}_{l,q} - p^{\text{T}}_{l,q}\right)}{N}$

    where:

    - $N$ is the number of samples
    - $C$ is the number of classes
    - $s_{l,q}$ is the student's logit for class $c$ of sample $i$
    - $\tau$ is the temperature (positive; larger values soften the distributions)
    - $p^{\text{T}}_{l,q}$ is the teacher's softened probability of class $c$ for sample $i$
    - $p^{\text{S}}_{l,q}$ is the student's softened probability of class $c$ for sample $i$
    - $L_{\text{KD}}$ is the distillation loss: $\tau^2$ times the batch mean of $\operatorname{KL}(p^{\text{T}}_i \,\|\, p^{\text{S}}_i)$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by

    Arguments: t, s, tau; out= an optional preallocated result.
    """
    t, s, tau, = floats('knowledge_distillation_grad_s', t, s, tau)
    rt.within('knowledge_distillation_grad_s', 'tau', tau, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_knowledge_distillation_grad_s, _knowledge_distillation_grad_s_core, 'knowledge_distillation_grad_s', '(N,C),(N,C),()->(N,C)', (t, s, tau), [], out, parallel=_knowledge_distillation_grad_s_threads)


def _knowledge_distillation_value_and_grad_core(t, s, tau, L_KD, d_s, _bad):
    t = rt.wide(t)
    s = rt.wide(s)
    tau = rt.wide(tau)
    N = t.shape[0]
    C = t.shape[1]
    d_s_c = np.ascontiguousarray(d_s)
    p_T = np.empty((N, C,), t.dtype)
    p_S = np.empty((N, C,), t.dtype)
    _one = lit(t, 1.0)
    _c0 = lit(t, -np.inf)
    _zero = lit(t, 0.0)
    _c1 = lit(t, np.nan)
    _t1 = np.empty((N, C))
    _t6 = _one/(tau)
    for _t3 in range(1, N + 1):
        _t2 = _t1[_t3 - 1]
        _t5 = _c0
        _t5_0 = _t5_1 = _t5_2 = _t5_3 = _t5
        _t5_n0 = _t5_n1 = _t5_n2 = _t5_n3 = False
        for k in range(1, 1 + (C)//4*4, 4):
            _t5_x = _t6*t[_t3 - 1, k - 1]
            _t5_0 = max(_t5_0, _t5_x)
            _t5_n0 |= _t5_x != _t5_x
            _t5_x = _t6*t[_t3 - 1, k]
            _t5_1 = max(_t5_1, _t5_x)
            _t5_n1 |= _t5_x != _t5_x
            _t5_x = _t6*t[_t3 - 1, k + 1]
            _t5_2 = max(_t5_2, _t5_x)
            _t5_n2 |= _t5_x != _t5_x
            _t5_x = _t6*t[_t3 - 1, k + 2]
            _t5_3 = max(_t5_3, _t5_x)
            _t5_n3 |= _t5_x != _t5_x
        if _t5_n0 | _t5_n1 | _t5_n2 | _t5_n3:
            for k in range(1, 1 + (C)//4*4):
                _t5 = np.maximum(_t5, _t6*t[_t3 - 1, k - 1])
        else:
            _t5 = np.maximum(_t5, np.maximum(np.maximum(_t5_0, _t5_1), np.maximum(_t5_2, _t5_3)))
        for k in range(1 + (C)//4*4, C + 1):
            _t5 = np.maximum(_t5, _t6*t[_t3 - 1, k - 1])
        for _t4 in range(1, C + 1):
            _t2[_t4 - 1] = rt.exp_neg(-_t5 + _t6*t[_t3 - 1, _t4 - 1])
    for i in range(1, N + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for k in range(1, 1 + (C)//4*4, 4):
            _t0_0 += _t1[i - 1, k - 1]
            _t0_1 += _t1[i - 1, k]
            _t0_2 += _t1[i - 1, k + 1]
            _t0_3 += _t1[i - 1, k + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for k in range(1 + (C)//4*4, C + 1):
            _t0 += _t1[i - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
            _t0 = _c1
        _t7 = _one/(_t0)
        for c in range(1, C + 1):
            p_T[i - 1, c - 1] = _t7*_t1[i - 1, c - 1]
    _t9 = np.empty((N, C))
    for _t11 in range(1, N + 1):
        _t10 = _t9[_t11 - 1]
        _t13 = _c0
        _t13_0 = _t13_1 = _t13_2 = _t13_3 = _t13
        _t13_n0 = _t13_n1 = _t13_n2 = _t13_n3 = False
        for k in range(1, 1 + (C)//4*4, 4):
            _t13_x = _t6*s[_t11 - 1, k - 1]
            _t13_0 = max(_t13_0, _t13_x)
            _t13_n0 |= _t13_x != _t13_x
            _t13_x = _t6*s[_t11 - 1, k]
            _t13_1 = max(_t13_1, _t13_x)
            _t13_n1 |= _t13_x != _t13_x
            _t13_x = _t6*s[_t11 - 1, k + 1]
            _t13_2 = max(_t13_2, _t13_x)
            _t13_n2 |= _t13_x != _t13_x
            _t13_x = _t6*s[_t11 - 1, k + 2]
            _t13_3 = max(_t13_3, _t13_x)
            _t13_n3 |= _t13_x != _t13_x
        if _t13_n0 | _t13_n1 | _t13_n2 | _t13_n3:
            for k in range(1, 1 + (C)//4*4):
                _t13 = np.maximum(_t13, _t6*s[_t11 - 1, k - 1])
        else:
            _t13 = np.maximum(_t13, np.maximum(np.maximum(_t13_0, _t13_1), np.maximum(_t13_2, _t13_3)))
        for k in range(1 + (C)//4*4, C + 1):
            _t13 = np.maximum(_t13, _t6*s[_t11 - 1, k - 1])
        for _t12 in range(1, C + 1):
            _t10[_t12 - 1] = rt.exp_neg(-_t13 + _t6*s[_t11 - 1, _t12 - 1])
    for i in range(1, N + 1):
        _t8 = _zero
        _t8_0 = _t8_1 = _t8_2 = _t8_3 = _zero
        for k in range(1, 1 + (C)//4*4, 4):
            _t8_0 += _t9[i - 1, k - 1]
            _t8_1 += _t9[i - 1, k]
            _t8_2 += _t9[i - 1, k + 1]
            _t8_3 += _t9[i - 1, k + 2]
        _t8 += (_t8_0 + _t8_1) + (_t8_2 + _t8_3)
        for k in range(1 + (C)//4*4, C + 1):
            _t8 += _t9[i - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t8) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
            _t8 = _c1
        _t14 = _one/(_t8)
        for c in range(1, C + 1):
            p_S[i - 1, c - 1] = _t14*_t9[i - 1, c - 1]
    _t15 = _one/(lit(t, N))
    _t16 = _zero
    for i in range(1, N + 1):
        _t17 = _zero
        _t18 = _zero
        _t18_0 = _t18_1 = _t18_2 = _t18_3 = _zero
        for k in range(1, 1 + (C)//4*4, 4):
            _t18_0 += _t9[i - 1, k - 1]
            _t18_1 += _t9[i - 1, k]
            _t18_2 += _t9[i - 1, k + 1]
            _t18_3 += _t9[i - 1, k + 2]
        _t18 += (_t18_0 + _t18_1) + (_t18_2 + _t18_3)
        for k in range(1 + (C)//4*4, C + 1):
            _t18 += _t9[i - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t18) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
            _t18 = _c1
        _t19 = rt.log(_t18)
        _t20 = _c0
        _t20_0 = _t20_1 = _t20_2 = _t20_3 = _t20
        _t20_n0 = _t20_n1 = _t20_n2 = _t20_n3 = False
        for k in range(1, 1 + (C)//4*4, 4):
            _t21_0 = _t6*s[i - 1, k - 1]
            _t20_x = _t21_0
            _t20_0 = max(_t20_0, _t20_x)
            _t20_n0 |= _t20_x != _t20_x
            _t21_1 = _t6*s[i - 1, k]
            _t20_x = _t21_1
            _t20_1 = max(_t20_1, _t20_x)
            _t20_n1 |= _t20_x != _t20_x
            _t21_2 = _t6*s[i - 1, k + 1]
            _t20_x = _t21_2
            _t20_2 = max(_t20_2, _t20_x)
            _t20_n2 |= _t20_x != _t20_x
            _t21_3 = _t6*s[i - 1, k + 2]
            _t20_x = _t21_3
            _t20_3 = max(_t20_3, _t20_x)
            _t20_n3 |= _t20_x != _t20_x
        if _t20_n0 | _t20_n1 | _t20_n2 | _t20_n3:
            for k in range(1, 1 + (C)//4*4):
                _t21 = _t6*s[i - 1, k - 1]
                _t20 = np.maximum(_t20, _t21)
        else:
            _t20 = np.maximum(_t20, np.maximum(np.maximum(_t20_0, _t20_1), np.maximum(_t20_2, _t20_3)))
        for k in range(1 + (C)//4*4, C + 1):
            _t21 = _t6*s[i - 1, k - 1]
            _t20 = np.maximum(_t20, _t21)
        _t22 = -_t20
        _t25 = _zero
        _t25_0 = _t25_1 = _t25_2 = _t25_3 = _zero
        for k in range(1, 1 + (C)//4*4, 4):
            _t25_0 += _t1[i - 1, k - 1]
            _t25_1 += _t1[i - 1, k]
            _t25_2 += _t1[i - 1, k + 1]
            _t25_3 += _t1[i - 1, k + 2]
        _t25 += (_t25_0 + _t25_1) + (_t25_2 + _t25_3)
        for k in range(1 + (C)//4*4, C + 1):
            _t25 += _t1[i - 1, k - 1]
        if rt.OVERFLOWS and not np.isfinite(_t25) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
            _t25 = _c1
        _t26 = rt.log(_t25)
        _t27 = _c0
        _t27_0 = _t27_1 = _t27_2 = _t27_3 = _t27
        _t27_n0 = _t27_n1 = _t27_n2 = _t27_n3 = False
        for k in range(1, 1 + (C)//4*4, 4):
            _t28_0 = _t6*t[i - 1, k - 1]
            _t27_x = _t28_0
            _t27_0 = max(_t27_0, _t27_x)
            _t27_n0 |= _t27_x != _t27_x
            _t28_1 = _t6*t[i - 1, k]
            _t27_x = _t28_1
            _t27_1 = max(_t27_1, _t27_x)
            _t27_n1 |= _t27_x != _t27_x
            _t28_2 = _t6*t[i - 1, k + 1]
            _t27_x = _t28_2
            _t27_2 = max(_t27_2, _t27_x)
            _t27_n2 |= _t27_x != _t27_x
            _t28_3 = _t6*t[i - 1, k + 2]
            _t27_x = _t28_3
            _t27_3 = max(_t27_3, _t27_x)
            _t27_n3 |= _t27_x != _t27_x
        if _t27_n0 | _t27_n1 | _t27_n2 | _t27_n3:
            for k in range(1, 1 + (C)//4*4):
                _t28 = _t6*t[i - 1, k - 1]
                _t27 = np.maximum(_t27, _t28)
        else:
            _t27 = np.maximum(_t27, np.maximum(np.maximum(_t27_0, _t27_1), np.maximum(_t27_2, _t27_3)))
        for k in range(1 + (C)//4*4, C + 1):
            _t28 = _t6*t[i - 1, k - 1]
            _t27 = np.maximum(_t27, _t28)
        _t29 = -_t27
        _t17_0 = _t17_1 = _t17_2 = _t17_3 = _zero
        for c in range(1, 1 + (C)//4*4, 4):
            _t23_0 = _t6*s[i - 1, c - 1]
            _t24_0 = _t22 + _t23_0
            _t30_0 = _t6*t[i - 1, c - 1]
            _t31_0 = _t29 + _t30_0
            _t17_0 += p_T[i - 1, c - 1]*(-_t26 - (-_t19 + _t24_0) + _t31_0)
            _t23_1 = _t6*s[i - 1, c]
            _t24_1 = _t22 + _t23_1
            _t30_1 = _t6*t[i - 1, c]
            _t31_1 = _t29 + _t30_1
            _t17_1 += p_T[i - 1, c]*(-_t26 - (-_t19 + _t24_1) + _t31_1)
            _t23_2 = _t6*s[i - 1, c + 1]
            _t24_2 = _t22 + _t23_2
            _t30_2 = _t6*t[i - 1, c + 1]
            _t31_2 = _t29 + _t30_2
            _t17_2 += p_T[i - 1, c + 1]*(-_t26 - (-_t19 + _t24_2) + _t31_2)
            _t23_3 = _t6*s[i - 1, c + 2]
            _t24_3 = _t22 + _t23_3
            _t30_3 = _t6*t[i - 1, c + 2]
            _t31_3 = _t29 + _t30_3
            _t17_3 += p_T[i - 1, c + 2]*(-_t26 - (-_t19 + _t24_3) + _t31_3)
        _t17 += (_t17_0 + _t17_1) + (_t17_2 + _t17_3)
        for c in range(1 + (C)//4*4, C + 1):
            _t23 = _t6*s[i - 1, c - 1]
            _t24 = _t22 + _t23
            _t30 = _t6*t[i - 1, c - 1]
            _t31 = _t29 + _t30
            _t17 += p_T[i - 1, c - 1]*(-_t26 - (-_t19 + _t24) + _t31)
        if rt.OVERFLOWS and not np.isfinite(_t17) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
            _t17 = _c1
        _t16 += _t17
    if rt.OVERFLOWS and not np.isfinite(_t16) and rt.all_finite(t) and rt.all_finite(s) and np.isfinite(tau):
        _t16 = _c1
    L_KD[0] = _t15*_t16*(tau*tau)
    for l in range(1, N + 1):
        for q in range(1, C + 1):
            d_s_c[l - 1, q - 1] = _t15*tau*(p_S[l - 1, q - 1] - p_T[l - 1, q - 1])
    if d_s_c.ctypes.data != d_s.ctypes.data:
        for _i0 in range(d_s.shape[0]):
            for _i1 in range(d_s.shape[1]):
                d_s[_i0, _i1] = d_s_c[_i0, _i1]
    _bad[0] = rt.nonfinite(d_s_c) + (0 if np.abs(L_KD[0]) < np.inf else 1)


_knowledge_distillation_value_and_grad = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:], float64[:, :], float64[:])"], "(N,C),(N,C),()->(),(N,C),()", cache=True)(_knowledge_distillation_value_and_grad_core))
_knowledge_distillation_value_and_grad_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:], float64[:, :], float64[:])"], "(N,C),(N,C),()->(),(N,C),()", target="parallel", cache=True)(_knowledge_distillation_value_and_grad_core))


def knowledge_distillation_value_and_grad(t, s, tau, out=None):
    r"""96. Knowledge Distillation: value_and_grad kernel (layout (N,C),(N,C),()->(),(N,C)).

    $\begin{aligned} p^{\text{T}}_{i,c} &= \frac{\exp\left(\frac{t_{i,c}}{\tau}\right)}{\sum_{k=1}^{C} \exp\left(\frac{t_{i,k}}{\tau}\right)} \\ p^{\text{S}}_{i,c} &= \frac{\exp\left(\frac{s_{i,c}}{\tau}\right)}{\sum_{k=1}^{C} \exp\left(\frac{s_{i,k}}{\tau}\right)} \\ L_{\text{KD}} &= \frac{\tau^{2}}{N} \sum_{i=1}^{N} \sum_{c=1}^{C} p^{\text{T}}_{i,c} \log\left(\frac{p^{\text{T}}_{i,c}}{p^{\text{S}}_{i,c}}\right) \end{aligned}$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $C$ is the number of classes
    - $c$ is the class index
    - $k$ is the summation index over classes in the softmax
    - $t_{i,c}$ is the teacher's logit for class $c$ of sample $i$
    - $s_{i,c}$ is the student's logit for class $c$ of sample $i$
    - $\tau$ is the temperature (positive; larger values soften the distributions)
    - $p^{\text{T}}_{i,c}$ is the teacher's softened probability of class $c$ for sample $i$
    - $p^{\text{S}}_{i,c}$ is the student's softened probability of class $c$ for sample $i$
    - $L_{\text{KD}}$ is the distillation loss: $\tau^2$ times the batch mean of $\operatorname{KL}(p^{\text{T}}_i \,\|\, p^{\text{S}}_i)$

    Arguments: t, s, tau; out= an optional preallocated result.
    """
    t, s, tau, = floats('knowledge_distillation_value_and_grad', t, s, tau)
    rt.within('knowledge_distillation_value_and_grad', 'tau', tau, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_knowledge_distillation_value_and_grad, _knowledge_distillation_value_and_grad_core, 'knowledge_distillation_value_and_grad', '(N,C),(N,C),()->(),(N,C)', (t, s, tau), [], out, parallel=_knowledge_distillation_value_and_grad_threads)


def _cycle_consistency_loss_core(x, x_rec, y, y_rec, out, _bad):
    x = rt.wide(x)
    x_rec = rt.wide(x_rec)
    y = rt.wide(y)
    y_rec = rt.wide(y_rec)
    N = x.shape[0]
    d_X = x.shape[1]
    M = y.shape[0]
    d_Y = y.shape[1]
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t0 = _zero
    for i in range(1, M + 1):
        _t1 = _zero
        _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
        for j in range(1, 1 + (d_Y)//4*4, 4):
            _t1_0 += np.abs(y[i - 1, j - 1] - y_rec[i - 1, j - 1])
            _t1_1 += np.abs(y[i - 1, j] - y_rec[i - 1, j])
            _t1_2 += np.abs(y[i - 1, j + 1] - y_rec[i - 1, j + 1])
            _t1_3 += np.abs(y[i - 1, j + 2] - y_rec[i - 1, j + 2])
        _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
        for j in range(1 + (d_Y)//4*4, d_Y + 1):
            _t1 += np.abs(y[i - 1, j - 1] - y_rec[i - 1, j - 1])
        if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(x) and rt.all_finite(x_rec) and rt.all_finite(y) and rt.all_finite(y_rec):
            _t1 = _c0
        _t0 += _t1
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(x_rec) and rt.all_finite(y) and rt.all_finite(y_rec):
        _t0 = _c0
    _t2 = _zero
    for i in range(1, N + 1):
        _t3 = _zero
        _t3_0 = _t3_1 = _t3_2 = _t3_3 = _zero
        for j in range(1, 1 + (d_X)//4*4, 4):
            _t3_0 += np.abs(x[i - 1, j - 1] - x_rec[i - 1, j - 1])
            _t3_1 += np.abs(x[i - 1, j] - x_rec[i - 1, j])
            _t3_2 += np.abs(x[i - 1, j + 1] - x_rec[i - 1, j + 1])
            _t3_3 += np.abs(x[i - 1, j + 2] - x_rec[i - 1, j + 2])
        _t3 += (_t3_0 + _t3_1) + (_t3_2 + _t3_3)
        for j in range(1 + (d_X)//4*4, d_X + 1):
            _t3 += np.abs(x[i - 1, j - 1] - x_rec[i - 1, j - 1])
        if rt.OVERFLOWS and not np.isfinite(_t3) and rt.all_finite(x) and rt.all_finite(x_rec) and rt.all_finite(y) and rt.all_finite(y_rec):
            _t3 = _c0
        _t2 += _t3
    if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(x) and rt.all_finite(x_rec) and rt.all_finite(y) and rt.all_finite(y_rec):
        _t2 = _c0
    out[0] = _t2/lit(x, N) + _t0/lit(x, M)
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_cycle_consistency_loss = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:], float64[:])"], "(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(),()", cache=True)(_cycle_consistency_loss_core))
_cycle_consistency_loss_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:], float64[:])"], "(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(),()", target="parallel", cache=True)(_cycle_consistency_loss_core))


def cycle_consistency_loss(x, x_rec, y, y_rec, out=None):
    r"""100. Cycle Consistency Loss (CycleGAN): forward kernel (layout (N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->()).

    $L_{\text{cyc}}(G, F) = \frac{1}{N} \sum_{i=1}^{N} \sum_{j=1}^{d_X} \left|x_{j}^{(i)} - F(G(x^{(i)}))_{j}\right| + \frac{1}{M} \sum_{i=1}^{M} \sum_{j=1}^{d_Y} \left|y_{j}^{(i)} - G(F(y^{(i)}))_{j}\right|$

    where:

    - $N$ is the number of samples from domain $X$
    - $M$ is the number of samples from domain $Y$
    - $d_X$ is the number of features of a sample from $X$
    - $d_Y$ is the number of features of a sample from $Y$
    - $i$ is the sample index
    - $j$ is the feature index
    - $x_{j}^{(i)}$ is feature $j$ of the $i$-th real sample from domain $X$
    - $F(G(x^{(i)}))_{j}$ is feature $j$ of the reconstruction of $x^{(i)}$: the generator $G: X \to Y$ followed by $F: Y \to X$
    - $y_{j}^{(i)}$ is feature $j$ of the $i$-th real sample from domain $Y$
    - $G(F(y^{(i)}))_{j}$ is feature $j$ of the reconstruction of $y^{(i)}$: $F$ followed by $G$
    - $L_{\text{cyc}}(G, F)$ is the cycle-consistency loss of the generators $G$ and $F$

    Arguments: x, x_rec, y, y_rec; out= an optional preallocated result.
    """
    x, x_rec, y, y_rec, = floats('cycle_consistency_loss', x, x_rec, y, y_rec)
    return call_gufunc(_cycle_consistency_loss, _cycle_consistency_loss_core, 'cycle_consistency_loss', '(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->()', (x, x_rec, y, y_rec), [], out, parallel=_cycle_consistency_loss_threads)


def _cycle_consistency_loss_grad_x_core(x, x_rec, y, y_rec, out, _bad):
    x = rt.wide(x)
    x_rec = rt.wide(x_rec)
    y = rt.wide(y)
    y_rec = rt.wide(y_rec)
    N = x.shape[0]
    d_X = x.shape[1]
    M = y.shape[0]
    d_Y = y.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _minus_one = lit(x, -1.0)
    _t0 = _one/(lit(x, N))
    for k in range(1, N + 1):
        for l in range(1, d_X + 1):
            out_c[k - 1, l - 1] = _t0*(_one if x[k - 1, l - 1] - x_rec[k - 1, l - 1] > _zero else (_minus_one if x[k - 1, l - 1] - x_rec[k - 1, l - 1] < _zero else (_zero if x[k - 1, l - 1] - x_rec[k - 1, l - 1] == x[k - 1, l - 1] - x_rec[k - 1, l - 1] else _c0)))
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_cycle_consistency_loss_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(N,d_X),()", cache=True)(_cycle_consistency_loss_grad_x_core))
_cycle_consistency_loss_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(N,d_X),()", target="parallel", cache=True)(_cycle_consistency_loss_grad_x_core))


def cycle_consistency_loss_grad_x(x, x_rec, y, y_rec, out=None):
    r"""100. Cycle Consistency Loss (CycleGAN): grad kernel (layout (N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(N,d_X)).

    $\frac{\partial L_{\text{cyc}}(G, F)}{\partial x_{l}^{(k)}} = \frac{\begin{cases} 1 & \text{if } x_{l}^{(k)} - F(G(x^{(k)}))_{l} > 0 \\ -1 & \text{if } x_{l}^{(k)} - F(G(x^{(k)}))_{l} < 0 \\ 0 & \text{otherwise} \end{cases}}{N}$

    where:

    - $N$ is the number of samples from domain $X$
    - $d_X$ is the number of features of a sample from $X$
    - $x_{l}^{(k)}$ is feature $j$ of the $i$-th real sample from domain $X$
    - $F(G(x^{(k)}))_{l}$ is feature $j$ of the reconstruction of $x^{(i)}$: the generator $G: X \to Y$ followed by $F: Y \to X$
    - $L_{\text{cyc}}(G, F)$ is the cycle-consistency loss of the generators $G$ and $F$
    - $k$ is the index of the component differentiated by
    - $l$ is the index of the component differentiated by

    Arguments: x, x_rec, y, y_rec; out= an optional preallocated result.
    """
    x, x_rec, y, y_rec, = floats('cycle_consistency_loss_grad_x', x, x_rec, y, y_rec)
    return call_gufunc(_cycle_consistency_loss_grad_x, _cycle_consistency_loss_grad_x_core, 'cycle_consistency_loss_grad_x', '(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(N,d_X)', (x, x_rec, y, y_rec), [], out, parallel=_cycle_consistency_loss_grad_x_threads)


def _cycle_consistency_loss_grad_x_rec_core(x, x_rec, y, y_rec, out, _bad):
    x = rt.wide(x)
    x_rec = rt.wide(x_rec)
    y = rt.wide(y)
    y_rec = rt.wide(y_rec)
    N = x.shape[0]
    d_X = x.shape[1]
    M = y.shape[0]
    d_Y = y.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _minus_one = lit(x, -1.0)
    _t0 = _one/(lit(x, N))
    for k in range(1, N + 1):
        for l in range(1, d_X + 1):
            out_c[k - 1, l - 1] = -(_t0*(_one if x[k - 1, l - 1] - x_rec[k - 1, l - 1] > _zero else (_minus_one if x[k - 1, l - 1] - x_rec[k - 1, l - 1] < _zero else (_zero if x[k - 1, l - 1] - x_rec[k - 1, l - 1] == x[k - 1, l - 1] - x_rec[k - 1, l - 1] else _c0))))
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_cycle_consistency_loss_grad_x_rec = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(N,d_X),()", cache=True)(_cycle_consistency_loss_grad_x_rec_core))
_cycle_consistency_loss_grad_x_rec_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(N,d_X),()", target="parallel", cache=True)(_cycle_consistency_loss_grad_x_rec_core))


def cycle_consistency_loss_grad_x_rec(x, x_rec, y, y_rec, out=None):
    r"""100. Cycle Consistency Loss (CycleGAN): grad kernel (layout (N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(N,d_X)).

    $\frac{\partial L_{\text{cyc}}(G, F)}{\partial F(G(x^{(k)}))_{l}} = - \frac{\begin{cases} 1 & \text{if } x_{l}^{(k)} - F(G(x^{(k)}))_{l} > 0 \\ -1 & \text{if } x_{l}^{(k)} - F(G(x^{(k)}))_{l} < 0 \\ 0 & \text{otherwise} \end{cases}}{N}$

    where:

    - $N$ is the number of samples from domain $X$
    - $d_X$ is the number of features of a sample from $X$
    - $x_{l}^{(k)}$ is feature $j$ of the $i$-th real sample from domain $X$
    - $F(G(x^{(k)}))_{l}$ is feature $j$ of the reconstruction of $x^{(i)}$: the generator $G: X \to Y$ followed by $F: Y \to X$
    - $L_{\text{cyc}}(G, F)$ is the cycle-consistency loss of the generators $G$ and $F$
    - $k$ is the index of the component differentiated by
    - $l$ is the index of the component differentiated by

    Arguments: x, x_rec, y, y_rec; out= an optional preallocated result.
    """
    x, x_rec, y, y_rec, = floats('cycle_consistency_loss_grad_x_rec', x, x_rec, y, y_rec)
    return call_gufunc(_cycle_consistency_loss_grad_x_rec, _cycle_consistency_loss_grad_x_rec_core, 'cycle_consistency_loss_grad_x_rec', '(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(N,d_X)', (x, x_rec, y, y_rec), [], out, parallel=_cycle_consistency_loss_grad_x_rec_threads)


def _cycle_consistency_loss_grad_y_core(x, x_rec, y, y_rec, out, _bad):
    x = rt.wide(x)
    x_rec = rt.wide(x_rec)
    y = rt.wide(y)
    y_rec = rt.wide(y_rec)
    N = x.shape[0]
    d_X = x.shape[1]
    M = y.shape[0]
    d_Y = y.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _minus_one = lit(x, -1.0)
    _t0 = _one/(lit(x, M))
    for k in range(1, M + 1):
        for l in range(1, d_Y + 1):
            out_c[k - 1, l - 1] = _t0*(_one if y[k - 1, l - 1] - y_rec[k - 1, l - 1] > _zero else (_minus_one if y[k - 1, l - 1] - y_rec[k - 1, l - 1] < _zero else (_zero if y[k - 1, l - 1] - y_rec[k - 1, l - 1] == y[k - 1, l - 1] - y_rec[k - 1, l - 1] else _c0)))
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_cycle_consistency_loss_grad_y = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(M,d_Y),()", cache=True)(_cycle_consistency_loss_grad_y_core))
_cycle_consistency_loss_grad_y_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(M,d_Y),()", target="parallel", cache=True)(_cycle_consistency_loss_grad_y_core))


def cycle_consistency_loss_grad_y(x, x_rec, y, y_rec, out=None):
    r"""100. Cycle Consistency Loss (CycleGAN): grad kernel (layout (N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(M,d_Y)).

    $\frac{\partial L_{\text{cyc}}(G, F)}{\partial y_{l}^{(k)}} = \frac{\begin{cases} 1 & \text{if } y_{l}^{(k)} - G(F(y^{(k)}))_{l} > 0 \\ -1 & \text{if } y_{l}^{(k)} - G(F(y^{(k)}))_{l} < 0 \\ 0 & \text{otherwise} \end{cases}}{M}$

    where:

    - $M$ is the number of samples from domain $Y$
    - $d_Y$ is the number of features of a sample from $Y$
    - $y_{l}^{(k)}$ is feature $j$ of the $i$-th real sample from domain $Y$
    - $G(F(y^{(k)}))_{l}$ is feature $j$ of the reconstruction of $y^{(i)}$: $F$ followed by $G$
    - $L_{\text{cyc}}(G, F)$ is the cycle-consistency loss of the generators $G$ and $F$
    - $k$ is the index of the component differentiated by
    - $l$ is the index of the component differentiated by

    Arguments: x, x_rec, y, y_rec; out= an optional preallocated result.
    """
    x, x_rec, y, y_rec, = floats('cycle_consistency_loss_grad_y', x, x_rec, y, y_rec)
    return call_gufunc(_cycle_consistency_loss_grad_y, _cycle_consistency_loss_grad_y_core, 'cycle_consistency_loss_grad_y', '(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(M,d_Y)', (x, x_rec, y, y_rec), [], out, parallel=_cycle_consistency_loss_grad_y_threads)


def _cycle_consistency_loss_grad_y_rec_core(x, x_rec, y, y_rec, out, _bad):
    x = rt.wide(x)
    x_rec = rt.wide(x_rec)
    y = rt.wide(y)
    y_rec = rt.wide(y_rec)
    N = x.shape[0]
    d_X = x.shape[1]
    M = y.shape[0]
    d_Y = y.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _minus_one = lit(x, -1.0)
    _t0 = _one/(lit(x, M))
    for k in range(1, M + 1):
        for l in range(1, d_Y + 1):
            out_c[k - 1, l - 1] = -(_t0*(_one if y[k - 1, l - 1] - y_rec[k - 1, l - 1] > _zero else (_minus_one if y[k - 1, l - 1] - y_rec[k - 1, l - 1] < _zero else (_zero if y[k - 1, l - 1] - y_rec[k - 1, l - 1] == y[k - 1, l - 1] - y_rec[k - 1, l - 1] else _c0))))
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_cycle_consistency_loss_grad_y_rec = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(M,d_Y),()", cache=True)(_cycle_consistency_loss_grad_y_rec_core))
_cycle_consistency_loss_grad_y_rec_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(M,d_Y),()", target="parallel", cache=True)(_cycle_consistency_loss_grad_y_rec_core))


def cycle_consistency_loss_grad_y_rec(x, x_rec, y, y_rec, out=None):
    r"""100. Cycle Consistency Loss (CycleGAN): grad kernel (layout (N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(M,d_Y)).

    $\frac{\partial L_{\text{cyc}}(G, F)}{\partial G(F(y^{(k)}))_{l}} = - \frac{\begin{cases} 1 & \text{if } y_{l}^{(k)} - G(F(y^{(k)}))_{l} > 0 \\ -1 & \text{if } y_{l}^{(k)} - G(F(y^{(k)}))_{l} < 0 \\ 0 & \text{otherwise} \end{cases}}{M}$

    where:

    - $M$ is the number of samples from domain $Y$
    - $d_Y$ is the number of features of a sample from $Y$
    - $y_{l}^{(k)}$ is feature $j$ of the $i$-th real sample from domain $Y$
    - $G(F(y^{(k)}))_{l}$ is feature $j$ of the reconstruction of $y^{(i)}$: $F$ followed by $G$
    - $L_{\text{cyc}}(G, F)$ is the cycle-consistency loss of the generators $G$ and $F$
    - $k$ is the index of the component differentiated by
    - $l$ is the index of the component differentiated by

    Arguments: x, x_rec, y, y_rec; out= an optional preallocated result.
    """
    x, x_rec, y, y_rec, = floats('cycle_consistency_loss_grad_y_rec', x, x_rec, y, y_rec)
    return call_gufunc(_cycle_consistency_loss_grad_y_rec, _cycle_consistency_loss_grad_y_rec_core, 'cycle_consistency_loss_grad_y_rec', '(N,d_X),(N,d_X),(M,d_Y),(M,d_Y)->(M,d_Y)', (x, x_rec, y, y_rec), [], out, parallel=_cycle_consistency_loss_grad_y_rec_threads)
