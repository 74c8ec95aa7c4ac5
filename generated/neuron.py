# Generated from symbolic/neuron.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Neuron: Numba kernels (forward, derivatives, fused) of entries 9, 10, 12, 13, 47, 48, 77, 78, 79.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _weighted_sum_core(w, x, b, out, _bad):
    w = rt.wide(w)
    x = rt.wide(x)
    b = rt.wide(b)
    d = w.shape[0]
    _t0 = rt.vdot(np.ascontiguousarray(w), np.ascontiguousarray(x))
    out[0] = _t0 + b
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_weighted_sum = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", cache=True)(_weighted_sum_core))
_weighted_sum_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", target="parallel", cache=True)(_weighted_sum_core))


def weighted_sum(w, x, b, out=None):
    r"""9. Weighted Sum of Inputs: forward kernel (layout (d),(d),()->()).

    $z = \sum_{i=1}^{d} w_{i} x_{i} + b$

    where:

    - $z$ is the weighted sum of the inputs plus the bias (the pre-activation)
    - $d$ is the number of input features
    - $i$ is the summation index over features
    - $w_{i}$ is the weight of feature $x_i$
    - $x_{i}$ is the $i$-th input feature
    - $b$ is the bias term

    Arguments: w, x, b; out= an optional preallocated result.
    """
    w, x, b, = floats('weighted_sum', w, x, b)
    return call_gufunc(_weighted_sum, _weighted_sum_core, 'weighted_sum', '(d),(d),()->()', (w, x, b), [], out, parallel=_weighted_sum_threads, blas=True)


def _weighted_sum_grad_w_core(w, x, b, out, _bad):
    w = rt.wide(w)
    x = rt.wide(x)
    b = rt.wide(b)
    d = w.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    for k in range(1, d + 1):
        _t_out = x[k - 1]
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_weighted_sum_grad_w = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", cache=True)(_weighted_sum_grad_w_core))
_weighted_sum_grad_w_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", target="parallel", cache=True)(_weighted_sum_grad_w_core))


def weighted_sum_grad_w(w, x, b, out=None):
    r"""9. Weighted Sum of Inputs: grad kernel (layout (d),(d),()->(d)).

    $\frac{\partial z}{\partial w_{k}} = x_{k}$

    where:

    - $z$ is the weighted sum of the inputs plus the bias (the pre-activation)
    - $d$ is the number of input features
    - $w_{k}$ is the weight of feature $x_i$
    - $x_{k}$ is the $i$-th input feature
    - $k$ is the index of the component differentiated by

    Arguments: w, x, b; out= an optional preallocated result.
    """
    w, x, b, = floats('weighted_sum_grad_w', w, x, b)
    return call_gufunc(_weighted_sum_grad_w, _weighted_sum_grad_w_core, 'weighted_sum_grad_w', '(d),(d),()->(d)', (w, x, b), [], out, parallel=_weighted_sum_grad_w_threads)


def _weighted_sum_grad_x_core(w, x, b, out, _bad):
    w = rt.wide(w)
    x = rt.wide(x)
    b = rt.wide(b)
    d = w.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    for k in range(1, d + 1):
        _t_out = w[k - 1]
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_weighted_sum_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", cache=True)(_weighted_sum_grad_x_core))
_weighted_sum_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", target="parallel", cache=True)(_weighted_sum_grad_x_core))


def weighted_sum_grad_x(w, x, b, out=None):
    r"""9. Weighted Sum of Inputs: grad kernel (layout (d),(d),()->(d)).

    $\frac{\partial z}{\partial x_{k}} = w_{k}$

    where:

    - $z$ is the weighted sum of the inputs plus the bias (the pre-activation)
    - $d$ is the number of input features
    - $w_{k}$ is the weight of feature $x_i$
    - $x_{k}$ is the $i$-th input feature
    - $k$ is the index of the component differentiated by

    Arguments: w, x, b; out= an optional preallocated result.
    """
    w, x, b, = floats('weighted_sum_grad_x', w, x, b)
    return call_gufunc(_weighted_sum_grad_x, _weighted_sum_grad_x_core, 'weighted_sum_grad_x', '(d),(d),()->(d)', (w, x, b), [], out, parallel=_weighted_sum_grad_x_threads)


def _weighted_sum_grad_b_core(w, x, b, out, _bad):
    w = rt.wide(w)
    x = rt.wide(x)
    b = rt.wide(b)
    d = w.shape[0]
    _one = lit(w, 1.0)
    out[0] = _one
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_weighted_sum_grad_b = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", cache=True)(_weighted_sum_grad_b_core))
_weighted_sum_grad_b_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", target="parallel", cache=True)(_weighted_sum_grad_b_core))


def weighted_sum_grad_b(w, x, b, out=None):
    r"""9. Weighted Sum of Inputs: grad kernel (layout (d),(d),()->()).

    $\frac{\partial z}{\partial b} = 1$

    where:

    - $z$ is the weighted sum of the inputs plus the bias (the pre-activation)
    - $b$ is the bias term

    Arguments: w, x, b; out= an optional preallocated result.
    """
    w, x, b, = floats('weighted_sum_grad_b', w, x, b)
    return call_gufunc(_weighted_sum_grad_b, _weighted_sum_grad_b_core, 'weighted_sum_grad_b', '(d),(d),()->()', (w, x, b), [], out, parallel=_weighted_sum_grad_b_threads)


def _perceptron_core(w, x, b, out, _bad):
    w = rt.wide(w)
    x = rt.wide(x)
    b = rt.wide(b)
    d = w.shape[0]
    _zero = lit(w, 0.0)
    _c0 = lit(w, np.nan)
    _one = lit(w, 1.0)
    _t0 = rt.vdot(np.ascontiguousarray(w), np.ascontiguousarray(x))
    out[0] = (_one if _t0 + b >= _zero else (_zero if _t0 + b == _t0 + b else _c0))
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_perceptron = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", cache=True)(_perceptron_core))
_perceptron_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", target="parallel", cache=True)(_perceptron_core))


def perceptron(w, x, b, out=None):
    r"""47. Perceptron Rule: forward kernel (layout (d),(d),()->()).

    $\hat{y} = \begin{cases} 1 & \text{if } \sum_{i=1}^{d} w_{i} x_{i} + b \geq 0 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $\hat{y}$ is the predicted class, 0 or 1
    - $d$ is the number of input features
    - $i$ is the summation index over features
    - $w_{i}$ is the weight of feature $x_i$
    - $x_{i}$ is the $i$-th input feature
    - $b$ is the bias term

    Arguments: w, x, b; out= an optional preallocated result.
    """
    w, x, b, = floats('perceptron', w, x, b)
    return call_gufunc(_perceptron, _perceptron_core, 'perceptron', '(d),(d),()->()', (w, x, b), [], out, parallel=_perceptron_threads, blas=True)


def _perceptron_grad_w_core(w, x, b, out, _bad):
    w = rt.wide(w)
    x = rt.wide(x)
    b = rt.wide(b)
    d = w.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(w, 0.0)
    for k in range(1, d + 1):
        _t_out = _zero
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_perceptron_grad_w = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", cache=True)(_perceptron_grad_w_core))
_perceptron_grad_w_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", target="parallel", cache=True)(_perceptron_grad_w_core))


def perceptron_grad_w(w, x, b, out=None):
    r"""47. Perceptron Rule: grad kernel (layout (d),(d),()->(d)).

    $\frac{\partial \hat{y}}{\partial w_{k}} = 0$

    where:

    - $\hat{y}$ is the predicted class, 0 or 1
    - $d$ is the number of input features
    - $w_{k}$ is the weight of feature $x_i$
    - $k$ is the index of the component differentiated by

    Arguments: w, x, b; out= an optional preallocated result.
    """
    w, x, b, = floats('perceptron_grad_w', w, x, b)
    return call_gufunc(_perceptron_grad_w, _perceptron_grad_w_core, 'perceptron_grad_w', '(d),(d),()->(d)', (w, x, b), [], out, parallel=_perceptron_grad_w_threads)


def _perceptron_grad_x_core(w, x, b, out, _bad):
    w = rt.wide(w)
    x = rt.wide(x)
    b = rt.wide(b)
    d = w.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(w, 0.0)
    for k in range(1, d + 1):
        _t_out = _zero
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_perceptron_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", cache=True)(_perceptron_grad_x_core))
_perceptron_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", target="parallel", cache=True)(_perceptron_grad_x_core))


def perceptron_grad_x(w, x, b, out=None):
    r"""47. Perceptron Rule: grad kernel (layout (d),(d),()->(d)).

    $\frac{\partial \hat{y}}{\partial x_{k}} = 0$

    where:

    - $\hat{y}$ is the predicted class, 0 or 1
    - $d$ is the number of input features
    - $x_{k}$ is the $i$-th input feature
    - $k$ is the index of the component differentiated by

    Arguments: w, x, b; out= an optional preallocated result.
    """
    w, x, b, = floats('perceptron_grad_x', w, x, b)
    return call_gufunc(_perceptron_grad_x, _perceptron_grad_x_core, 'perceptron_grad_x', '(d),(d),()->(d)', (w, x, b), [], out, parallel=_perceptron_grad_x_threads)


def _perceptron_grad_b_core(w, x, b, out, _bad):
    w = rt.wide(w)
    x = rt.wide(x)
    b = rt.wide(b)
    d = w.shape[0]
    _zero = lit(w, 0.0)
    out[0] = _zero
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_perceptron_grad_b = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", cache=True)(_perceptron_grad_b_core))
_perceptron_grad_b_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", target="parallel", cache=True)(_perceptron_grad_b_core))


def perceptron_grad_b(w, x, b, out=None):
    r"""47. Perceptron Rule: grad kernel (layout (d),(d),()->()).

    $\frac{\partial \hat{y}}{\partial b} = 0$

    where:

    - $\hat{y}$ is the predicted class, 0 or 1
    - $b$ is the bias term

    Arguments: w, x, b; out= an optional preallocated result.
    """
    w, x, b, = floats('perceptron_grad_b', w, x, b)
    return call_gufunc(_perceptron_grad_b, _perceptron_grad_b_core, 'perceptron_grad_b', '(d),(d),()->()', (w, x, b), [], out, parallel=_perceptron_grad_b_threads)


def _mse_weight_gradient_core(x, w, b, y, _p0, out, _bad):
    x = rt.wide(x)
    w = rt.wide(w)
    b = rt.wide(b)
    y = rt.wide(y)
    N = x.shape[0]
    d = x.shape[1]
    out_c = np.ascontiguousarray(out)
    y_hat = np.empty((N,), x.dtype)
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _two = lit(x, 2.0)
    _c0 = lit(x, np.nan)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(w, x.T)
    for i in range(1, N + 1):
        y_hat[i - 1] = b + _t0[i - 1]
    _t1 = _one/(lit(x, N))
    for j in range(1, d + 1):
        _t2 = _zero
        _t2_0 = _t2_1 = _t2_2 = _t2_3 = _zero
        for i in range(1, 1 + (N)//4*4, 4):
            _t2_0 += _two*(-y[i - 1] + y_hat[i - 1])*x[i - 1, j - 1]
            _t2_1 += _two*(-y[i] + y_hat[i])*x[i, j - 1]
            _t2_2 += _two*(-y[i + 1] + y_hat[i + 1])*x[i + 1, j - 1]
            _t2_3 += _two*(-y[i + 2] + y_hat[i + 2])*x[i + 2, j - 1]
        _t2 += (_t2_0 + _t2_1) + (_t2_2 + _t2_3)
        for i in range(1 + (N)//4*4, N + 1):
            _t2 += _two*(-y[i - 1] + y_hat[i - 1])*x[i - 1, j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(x) and rt.all_finite(w) and np.isfinite(b) and rt.all_finite(y):
            _t2 = _c0
        out_c[j - 1] = _t1*_t2
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_mse_weight_gradient = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64, float64[:], float64[:], float64[:], float64[:])"], "(N,d),(d),(),(N),(N)->(d),()", cache=True)(_mse_weight_gradient_core))
_mse_weight_gradient_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64, float64[:], float64[:], float64[:], float64[:])"], "(N,d),(d),(),(N),(N)->(d),()", target="parallel", cache=True)(_mse_weight_gradient_core))


def mse_weight_gradient(x, w, b, y, out=None):
    r"""77. Gradient of MSE w.r.t. Weights: forward kernel (layout (N,d),(d),(),(N)->(d)).

    $\begin{aligned} \hat{y}^{(i)} &= \sum_{k=1}^{d} x_{k}^{(i)} w_{k} + b \\ \frac{\partial L_{\text{MSE}}}{\partial w_{j}} &= \frac{1}{N} \sum_{i=1}^{N} 2 x_{j}^{(i)} \left(\hat{y}^{(i)} - y^{(i)}\right) \end{aligned}$

    where:

    - $N$ is the number of training samples
    - $d$ is the number of input features
    - $i$ is the sample index
    - $j$ is the index of the weight the gradient is taken with respect to
    - $k$ is the summation index over features
    - $x_{k}^{(i)}$ is feature $k$ of sample $i$ (an $N \times d$ array)
    - $w_{j}$ is the weight of feature $j$
    - $b$ is the bias term
    - $y^{(i)}$ is the target of sample $i$
    - $\hat{y}^{(i)}$ is the prediction of the linear model for sample $i$
    - $L_{\text{MSE}}$ is the mean squared error $\frac{1}{N}\sum_{i=1}^{N}(y^{(i)} - \hat{y}^{(i)})^2$

    Arguments: x, w, b, y; out= an optional preallocated result.
    """
    x, w, b, y, = floats('mse_weight_gradient', x, w, b, y)
    return call_gufunc(_mse_weight_gradient, _mse_weight_gradient_core, 'mse_weight_gradient', '(N,d),(d),(),(N)->(d)', (x, w, b, y), [], out, parallel=_mse_weight_gradient_threads, products=((1, False, 0, True, True),), inner='(N,d),(d),(),(N),(N)->(d)')


def _bce_weight_gradient_core(x, w, b, y, _p0, out, _bad):
    x = rt.wide(x)
    w = rt.wide(w)
    b = rt.wide(b)
    y = rt.wide(y)
    N = x.shape[0]
    d = x.shape[1]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(x, 1.0)
    _t0 = _one/(lit(x, N))
    _t2 = np.empty(N)
    _t4 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(w, x.T)
    for i in range(1, N + 1):
        _t2[i - 1] = rt.sigmoid(b + _t4[i - 1]) - y[i - 1]
    _t5 = rt.dot(np.ascontiguousarray(_t2), np.ascontiguousarray(x))
    for j in range(1, d + 1):
        _t_out = _t0*_t5[j - 1]
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_bce_weight_gradient = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64, float64[:], float64[:], float64[:], float64[:])"], "(N,d),(d),(),(N),(N)->(d),()", cache=True)(_bce_weight_gradient_core))
_bce_weight_gradient_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64, float64[:], float64[:], float64[:], float64[:])"], "(N,d),(d),(),(N),(N)->(d),()", target="parallel", cache=True)(_bce_weight_gradient_core))


def bce_weight_gradient(x, w, b, y, out=None):
    r"""78. Gradient of Binary Cross-Entropy w.r.t. Weights: forward kernel (layout (N,d),(d),(),(N)->(d)).

    $\begin{aligned} \hat{y}^{(i)} &= \frac{1}{1 + \exp\left(-\left(\sum_{k=1}^{d} x_{k}^{(i)} w_{k} + b\right)\right)} \\ \frac{\partial L_{\text{CE}}}{\partial w_{j}} &= \frac{1}{N} \sum_{i=1}^{N} x_{j}^{(i)} \left(\hat{y}^{(i)} - y^{(i)}\right) \end{aligned}$

    where:

    - $N$ is the number of training samples
    - $d$ is the number of input features
    - $i$ is the sample index
    - $j$ is the index of the weight the gradient is taken with respect to
    - $k$ is the summation index over features
    - $x_{k}^{(i)}$ is feature $k$ of sample $i$ (an $N \times d$ array)
    - $w_{j}$ is the weight of feature $j$
    - $b$ is the bias term
    - $y^{(i)}$ is the true label of sample $i$
    - $\hat{y}^{(i)}$ is the predicted probability that sample $i$ has label 1
    - $L_{\text{CE}}$ is the mean binary cross-entropy $-\frac{1}{N}\sum_{i=1}^{N}\left(y^{(i)}\log\hat{y}^{(i)} + (1 - y^{(i)})\log(1 - \hat{y}^{(i)})\right)$

    Arguments: x, w, b, y; out= an optional preallocated result.
    """
    x, w, b, y, = floats('bce_weight_gradient', x, w, b, y)
    return call_gufunc(_bce_weight_gradient, _bce_weight_gradient_core, 'bce_weight_gradient', '(N,d),(d),(),(N)->(d)', (x, w, b, y), [], out, parallel=_bce_weight_gradient_threads, blas=True, products=((1, False, 0, True, True),), inner='(N,d),(d),(),(N),(N)->(d)')


def _logistic_decision_core(w, x, b, out, _bad):
    w = rt.wide(w)
    x = rt.wide(x)
    b = rt.wide(b)
    d = w.shape[0]
    _zero = lit(w, 0.0)
    _c0 = lit(w, np.nan)
    _one = lit(w, 1.0)
    _t0 = rt.vdot(np.ascontiguousarray(w), np.ascontiguousarray(x))
    out[0] = (_one if _t0 + b >= _zero else (_zero if _t0 + b == _t0 + b else _c0))
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_logistic_decision = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", cache=True)(_logistic_decision_core))
_logistic_decision_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", target="parallel", cache=True)(_logistic_decision_core))


def logistic_decision(w, x, b, out=None):
    r"""79. Logistic Regression Decision Boundary: forward kernel (layout (d),(d),()->()).

    $\begin{aligned} \hat{y} &= \frac{1}{1 + \exp\left(-\left(\sum_{i=1}^{d} w_{i} x_{i} + b\right)\right)} \\ \text{Decision} &= \begin{cases} 1 & \text{if } \sum_{i=1}^{d} w_{i} x_{i} + b \geq 0 \\ 0 & \text{otherwise} \end{cases} \end{aligned}$

    where:

    - $d$ is the number of input features
    - $i$ is the summation index over features
    - $w_{i}$ is the weight of feature $x_i$
    - $x_{i}$ is the $i$-th input feature
    - $b$ is the bias term
    - $\hat{y}$ is the predicted probability of class 1
    - $\text{Decision}$ is the predicted class, 0 or 1

    Arguments: w, x, b; out= an optional preallocated result.
    """
    w, x, b, = floats('logistic_decision', w, x, b)
    return call_gufunc(_logistic_decision, _logistic_decision_core, 'logistic_decision', '(d),(d),()->()', (w, x, b), [], out, parallel=_logistic_decision_threads, blas=True)


def _logistic_decision_grad_w_core(w, x, b, out, _bad):
    w = rt.wide(w)
    x = rt.wide(x)
    b = rt.wide(b)
    d = w.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(w, 0.0)
    for k in range(1, d + 1):
        _t_out = _zero
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_logistic_decision_grad_w = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", cache=True)(_logistic_decision_grad_w_core))
_logistic_decision_grad_w_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", target="parallel", cache=True)(_logistic_decision_grad_w_core))


def logistic_decision_grad_w(w, x, b, out=None):
    r"""79. Logistic Regression Decision Boundary: grad kernel (layout (d),(d),()->(d)).

    $\frac{\partial \text{Decision}}{\partial w_{k}} = 0$

    where:

    - $d$ is the number of input features
    - $w_{k}$ is the weight of feature $x_i$
    - $\text{Decision}$ is the predicted class, 0 or 1
    - $k$ is the index of the component differentiated by

    Arguments: w, x, b; out= an optional preallocated result.
    """
    w, x, b, = floats('logistic_decision_grad_w', w, x, b)
    return call_gufunc(_logistic_decision_grad_w, _logistic_decision_grad_w_core, 'logistic_decision_grad_w', '(d),(d),()->(d)', (w, x, b), [], out, parallel=_logistic_decision_grad_w_threads)


def _logistic_decision_grad_x_core(w, x, b, out, _bad):
    w = rt.wide(w)
    x = rt.wide(x)
    b = rt.wide(b)
    d = w.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(w, 0.0)
    for k in range(1, d + 1):
        _t_out = _zero
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_logistic_decision_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", cache=True)(_logistic_decision_grad_x_core))
_logistic_decision_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", target="parallel", cache=True)(_logistic_decision_grad_x_core))


def logistic_decision_grad_x(w, x, b, out=None):
    r"""79. Logistic Regression Decision Boundary: grad kernel (layout (d),(d),()->(d)).

    $\frac{\partial \text{Decision}}{\partial x_{k}} = 0$

    where:

    - $d$ is the number of input features
    - $x_{k}$ is the $i$-th input feature
    - $\text{Decision}$ is the predicted class, 0 or 1
    - $k$ is the index of the component differentiated by

    Arguments: w, x, b; out= an optional preallocated result.
    """
    w, x, b, = floats('logistic_decision_grad_x', w, x, b)
    return call_gufunc(_logistic_decision_grad_x, _logistic_decision_grad_x_core, 'logistic_decision_grad_x', '(d),(d),()->(d)', (w, x, b), [], out, parallel=_logistic_decision_grad_x_threads)


def _logistic_decision_grad_b_core(w, x, b, out, _bad):
    w = rt.wide(w)
    x = rt.wide(x)
    b = rt.wide(b)
    d = w.shape[0]
    _zero = lit(w, 0.0)
    out[0] = _zero
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_logistic_decision_grad_b = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", cache=True)(_logistic_decision_grad_b_core))
_logistic_decision_grad_b_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", target="parallel", cache=True)(_logistic_decision_grad_b_core))


def logistic_decision_grad_b(w, x, b, out=None):
    r"""79. Logistic Regression Decision Boundary: grad kernel (layout (d),(d),()->()).

    $\frac{\partial \text{Decision}}{\partial b} = 0$

    where:

    - $b$ is the bias term
    - $\text{Decision}$ is the predicted class, 0 or 1

    Arguments: w, x, b; out= an optional preallocated result.
    """
    w, x, b, = floats('logistic_decision_grad_b', w, x, b)
    return call_gufunc(_logistic_decision_grad_b, _logistic_decision_grad_b_core, 'logistic_decision_grad_b', '(d),(d),()->()', (w, x, b), [], out, parallel=_logistic_decision_grad_b_threads)
