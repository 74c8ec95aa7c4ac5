# Generated from symbolic/metrics.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Metrics: Numba kernels (forward, derivatives, fused) of entries 23, 81, 82, 83, 84, 99.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _r_squared_core(y, y_hat, out, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    _zero = lit(y, 0.0)
    _c0 = lit(y, np.nan)
    _c1 = lit(y, -np.inf)
    _one = lit(y, 1.0)
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t0_0 += y[i - 1]
        _t0_1 += y[i]
        _t0_2 += y[i + 1]
        _t0_3 += y[i + 2]
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t0 += y[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t0 = _c0
    y_bar = _t0/lit(y, N)
    _t1 = _zero
    _t2 = _c1
    _t2_0 = _t2_1 = _t2_2 = _t2_3 = _t2
    _t2_n0 = _t2_n1 = _t2_n2 = _t2_n3 = False
    for i in range(1, 1 + (N)//4*4, 4):
        _t3_0 = y_bar - y[i - 1]
        _t4_0 = np.abs(_t3_0)
        _t5_0 = y[i - 1] - y_hat[i - 1]
        _t6_0 = np.abs(_t5_0)
        _t7_0 = np.maximum(_t4_0, _t6_0)
        _t2_x = _t7_0
        _t2_0 = max(_t2_0, _t2_x)
        _t2_n0 |= _t2_x != _t2_x
        _t3_1 = y_bar - y[i]
        _t4_1 = np.abs(_t3_1)
        _t5_1 = y[i] - y_hat[i]
        _t6_1 = np.abs(_t5_1)
        _t7_1 = np.maximum(_t4_1, _t6_1)
        _t2_x = _t7_1
        _t2_1 = max(_t2_1, _t2_x)
        _t2_n1 |= _t2_x != _t2_x
        _t3_2 = y_bar - y[i + 1]
        _t4_2 = np.abs(_t3_2)
        _t5_2 = y[i + 1] - y_hat[i + 1]
        _t6_2 = np.abs(_t5_2)
        _t7_2 = np.maximum(_t4_2, _t6_2)
        _t2_x = _t7_2
        _t2_2 = max(_t2_2, _t2_x)
        _t2_n2 |= _t2_x != _t2_x
        _t3_3 = y_bar - y[i + 2]
        _t4_3 = np.abs(_t3_3)
        _t5_3 = y[i + 2] - y_hat[i + 2]
        _t6_3 = np.abs(_t5_3)
        _t7_3 = np.maximum(_t4_3, _t6_3)
        _t2_x = _t7_3
        _t2_3 = max(_t2_3, _t2_x)
        _t2_n3 |= _t2_x != _t2_x
    if _t2_n0 | _t2_n1 | _t2_n2 | _t2_n3:
        for i in range(1, 1 + (N)//4*4):
            _t3 = y_bar - y[i - 1]
            _t4 = np.abs(_t3)
            _t5 = y[i - 1] - y_hat[i - 1]
            _t6 = np.abs(_t5)
            _t7 = np.maximum(_t4, _t6)
            _t2 = np.maximum(_t2, _t7)
    else:
        _t2 = np.maximum(_t2, np.maximum(np.maximum(_t2_0, _t2_1), np.maximum(_t2_2, _t2_3)))
    for i in range(1 + (N)//4*4, N + 1):
        _t3 = y_bar - y[i - 1]
        _t4 = np.abs(_t3)
        _t5 = y[i - 1] - y_hat[i - 1]
        _t6 = np.abs(_t5)
        _t7 = np.maximum(_t4, _t6)
        _t2 = np.maximum(_t2, _t7)
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t1_0 += (((-y_bar + y[i - 1])/_t2)*((-y_bar + y[i - 1])/_t2))
        _t1_1 += (((-y_bar + y[i])/_t2)*((-y_bar + y[i])/_t2))
        _t1_2 += (((-y_bar + y[i + 1])/_t2)*((-y_bar + y[i + 1])/_t2))
        _t1_3 += (((-y_bar + y[i + 2])/_t2)*((-y_bar + y[i + 2])/_t2))
    _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t1 += (((-y_bar + y[i - 1])/_t2)*((-y_bar + y[i - 1])/_t2))
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t1 = _c0
    _t8 = _zero
    _t8_0 = _t8_1 = _t8_2 = _t8_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t9_0 = y[i - 1] - y_hat[i - 1]
        _t8_0 += ((_t9_0/_t2)*(_t9_0/_t2))
        _t9_1 = y[i] - y_hat[i]
        _t8_1 += ((_t9_1/_t2)*(_t9_1/_t2))
        _t9_2 = y[i + 1] - y_hat[i + 1]
        _t8_2 += ((_t9_2/_t2)*(_t9_2/_t2))
        _t9_3 = y[i + 2] - y_hat[i + 2]
        _t8_3 += ((_t9_3/_t2)*(_t9_3/_t2))
    _t8 += (_t8_0 + _t8_1) + (_t8_2 + _t8_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t9 = y[i - 1] - y_hat[i - 1]
        _t8 += ((_t9/_t2)*(_t9/_t2))
    if rt.OVERFLOWS and not np.isfinite(_t8) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t8 = _c0
    out[0] = _one - _t8/_t1
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_r_squared = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),()", cache=True)(_r_squared_core))
_r_squared_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),()", target="parallel", cache=True)(_r_squared_core))


def r_squared(y, y_hat, out=None):
    r"""23. Coefficient of Determination ($R^2$): forward kernel (layout (N),(N)->()).

    $\begin{aligned} \bar{y} &= \frac{1}{N} \sum_{i=1}^{N} y^{(i)} \\ R^2 &= 1 - \frac{\sum_{i=1}^{N} \left(y^{(i)} - \hat{y}^{(i)}\right)^{2}}{\sum_{i=1}^{N} \left(y^{(i)} - \bar{y}\right)^{2}} \end{aligned}$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $y^{(i)}$ is the actual value of the $i$-th sample
    - $\hat{y}^{(i)}$ is the predicted value of the $i$-th sample
    - $\bar{y}$ is the mean of the actual values $y^{(i)}$
    - $R^2$ is the coefficient of determination (at most 1; 1 for a perfect fit)

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('r_squared', y, y_hat)
    return call_gufunc(_r_squared, _r_squared_core, 'r_squared', '(N),(N)->()', (y, y_hat), [], out, parallel=_r_squared_threads)


def _r_squared_grad_y_core(y, y_hat, out, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(y, 0.0)
    _c0 = lit(y, np.nan)
    _c1 = lit(y, -np.inf)
    _two = lit(y, 2.0)
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t0_0 += y[i - 1]
        _t0_1 += y[i]
        _t0_2 += y[i + 1]
        _t0_3 += y[i + 2]
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t0 += y[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t0 = _c0
    y_bar = _t0/lit(y, N)
    _t1 = _c1
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
    _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
    for i in range(1, 1 + (N)//4*4, 4):
        _t2_0 = y_bar - y[i - 1]
        _t3_0 = np.abs(_t2_0)
        _t4_0 = y[i - 1] - y_hat[i - 1]
        _t5_0 = np.abs(_t4_0)
        _t6_0 = np.maximum(_t3_0, _t5_0)
        _t1_x = _t6_0
        _t1_0 = max(_t1_0, _t1_x)
        _t1_n0 |= _t1_x != _t1_x
        _t2_1 = y_bar - y[i]
        _t3_1 = np.abs(_t2_1)
        _t4_1 = y[i] - y_hat[i]
        _t5_1 = np.abs(_t4_1)
        _t6_1 = np.maximum(_t3_1, _t5_1)
        _t1_x = _t6_1
        _t1_1 = max(_t1_1, _t1_x)
        _t1_n1 |= _t1_x != _t1_x
        _t2_2 = y_bar - y[i + 1]
        _t3_2 = np.abs(_t2_2)
        _t4_2 = y[i + 1] - y_hat[i + 1]
        _t5_2 = np.abs(_t4_2)
        _t6_2 = np.maximum(_t3_2, _t5_2)
        _t1_x = _t6_2
        _t1_2 = max(_t1_2, _t1_x)
        _t1_n2 |= _t1_x != _t1_x
        _t2_3 = y_bar - y[i + 2]
        _t3_3 = np.abs(_t2_3)
        _t4_3 = y[i + 2] - y_hat[i + 2]
        _t5_3 = np.abs(_t4_3)
        _t6_3 = np.maximum(_t3_3, _t5_3)
        _t1_x = _t6_3
        _t1_3 = max(_t1_3, _t1_x)
        _t1_n3 |= _t1_x != _t1_x
    if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
        for i in range(1, 1 + (N)//4*4):
            _t2 = y_bar - y[i - 1]
            _t3 = np.abs(_t2)
            _t4 = y[i - 1] - y_hat[i - 1]
            _t5 = np.abs(_t4)
            _t6 = np.maximum(_t3, _t5)
            _t1 = np.maximum(_t1, _t6)
    else:
        _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
    for i in range(1 + (N)//4*4, N + 1):
        _t2 = y_bar - y[i - 1]
        _t3 = np.abs(_t2)
        _t4 = y[i - 1] - y_hat[i - 1]
        _t5 = np.abs(_t4)
        _t6 = np.maximum(_t3, _t5)
        _t1 = np.maximum(_t1, _t6)
    _t7 = _zero
    _t7_0 = _t7_1 = _t7_2 = _t7_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t8_0 = y[i - 1] - y_hat[i - 1]
        _t7_0 += ((_t8_0/_t1)*(_t8_0/_t1))
        _t8_1 = y[i] - y_hat[i]
        _t7_1 += ((_t8_1/_t1)*(_t8_1/_t1))
        _t8_2 = y[i + 1] - y_hat[i + 1]
        _t7_2 += ((_t8_2/_t1)*(_t8_2/_t1))
        _t8_3 = y[i + 2] - y_hat[i + 2]
        _t7_3 += ((_t8_3/_t1)*(_t8_3/_t1))
    _t7 += (_t7_0 + _t7_1) + (_t7_2 + _t7_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t8 = y[i - 1] - y_hat[i - 1]
        _t7 += ((_t8/_t1)*(_t8/_t1))
    if rt.OVERFLOWS and not np.isfinite(_t7) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t7 = _c0
    _t9 = _zero
    _t9_0 = _t9_1 = _t9_2 = _t9_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t10_0 = -y_bar + y[i - 1]
        _t11_0 = (_t10_0/_t1)
        _t12_0 = (_t11_0*_t11_0)
        _t9_0 += _t12_0
        _t10_1 = -y_bar + y[i]
        _t11_1 = (_t10_1/_t1)
        _t12_1 = (_t11_1*_t11_1)
        _t9_1 += _t12_1
        _t10_2 = -y_bar + y[i + 1]
        _t11_2 = (_t10_2/_t1)
        _t12_2 = (_t11_2*_t11_2)
        _t9_2 += _t12_2
        _t10_3 = -y_bar + y[i + 2]
        _t11_3 = (_t10_3/_t1)
        _t12_3 = (_t11_3*_t11_3)
        _t9_3 += _t12_3
    _t9 += (_t9_0 + _t9_1) + (_t9_2 + _t9_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t10 = -y_bar + y[i - 1]
        _t11 = (_t10/_t1)
        _t12 = (_t11*_t11)
        _t9 += _t12
    if rt.OVERFLOWS and not np.isfinite(_t9) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t9 = _c0
    _t13 = (_t7/_t9)
    for k in range(1, N + 1):
        _t_out = (((_two*_t13*((-y_bar + y[k - 1])/_t1) - _two*((y[k - 1] - y_hat[k - 1])/_t1))/_t9)/_t1)
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_r_squared_grad_y = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", cache=True)(_r_squared_grad_y_core))
_r_squared_grad_y_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", target="parallel", cache=True)(_r_squared_grad_y_core))


def r_squared_grad_y(y, y_hat, out=None):
    r"""23. Coefficient of Determination ($R^2$): grad kernel (layout (N),(N)->(N)).

    $\frac{\partial R^2}{\partial y^{(k)}} = \frac{2 \left(\left(y^{(k)} - \bar{y}\right) \left(1 - R^2\right) + \hat{y}^{(k)} - y^{(k)}\right)}{\sum_{i=1}^{N} \left(y^{(i)} - \bar{y}\right)^{2}}$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $y^{(k)}$ is the actual value of the $i$-th sample
    - $\hat{y}^{(k)}$ is the predicted value of the $i$-th sample
    - $\bar{y}$ is the mean of the actual values $y^{(i)}$
    - $R^2$ is the coefficient of determination (at most 1; 1 for a perfect fit)
    - $k$ is the index of the component differentiated by

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('r_squared_grad_y', y, y_hat)
    return call_gufunc(_r_squared_grad_y, _r_squared_grad_y_core, 'r_squared_grad_y', '(N),(N)->(N)', (y, y_hat), [], out, parallel=_r_squared_grad_y_threads)


def _r_squared_grad_y_hat_core(y, y_hat, out, _bad):
    y = rt.wide(y)
    y_hat = rt.wide(y_hat)
    N = y.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(y, 0.0)
    _c0 = lit(y, np.nan)
    _c1 = lit(y, -np.inf)
    _two = lit(y, 2.0)
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t0_0 += y[i - 1]
        _t0_1 += y[i]
        _t0_2 += y[i + 1]
        _t0_3 += y[i + 2]
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t0 += y[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t0 = _c0
    y_bar = _t0/lit(y, N)
    _t1 = _c1
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
    _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
    for i in range(1, 1 + (N)//4*4, 4):
        _t2_0 = y_bar - y[i - 1]
        _t3_0 = np.abs(_t2_0)
        _t4_0 = y[i - 1] - y_hat[i - 1]
        _t5_0 = np.abs(_t4_0)
        _t6_0 = np.maximum(_t3_0, _t5_0)
        _t1_x = _t6_0
        _t1_0 = max(_t1_0, _t1_x)
        _t1_n0 |= _t1_x != _t1_x
        _t2_1 = y_bar - y[i]
        _t3_1 = np.abs(_t2_1)
        _t4_1 = y[i] - y_hat[i]
        _t5_1 = np.abs(_t4_1)
        _t6_1 = np.maximum(_t3_1, _t5_1)
        _t1_x = _t6_1
        _t1_1 = max(_t1_1, _t1_x)
        _t1_n1 |= _t1_x != _t1_x
        _t2_2 = y_bar - y[i + 1]
        _t3_2 = np.abs(_t2_2)
        _t4_2 = y[i + 1] - y_hat[i + 1]
        _t5_2 = np.abs(_t4_2)
        _t6_2 = np.maximum(_t3_2, _t5_2)
        _t1_x = _t6_2
        _t1_2 = max(_t1_2, _t1_x)
        _t1_n2 |= _t1_x != _t1_x
        _t2_3 = y_bar - y[i + 2]
        _t3_3 = np.abs(_t2_3)
        _t4_3 = y[i + 2] - y_hat[i + 2]
        _t5_3 = np.abs(_t4_3)
        _t6_3 = np.maximum(_t3_3, _t5_3)
        _t1_x = _t6_3
        _t1_3 = max(_t1_3, _t1_x)
        _t1_n3 |= _t1_x != _t1_x
    if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
        for i in range(1, 1 + (N)//4*4):
            _t2 = y_bar - y[i - 1]
            _t3 = np.abs(_t2)
            _t4 = y[i - 1] - y_hat[i - 1]
            _t5 = np.abs(_t4)
            _t6 = np.maximum(_t3, _t5)
            _t1 = np.maximum(_t1, _t6)
    else:
        _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
    for i in range(1 + (N)//4*4, N + 1):
        _t2 = y_bar - y[i - 1]
        _t3 = np.abs(_t2)
        _t4 = y[i - 1] - y_hat[i - 1]
        _t5 = np.abs(_t4)
        _t6 = np.maximum(_t3, _t5)
        _t1 = np.maximum(_t1, _t6)
    _t7 = _zero
    _t7_0 = _t7_1 = _t7_2 = _t7_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t7_0 += (((-y_bar + y[i - 1])/_t1)*((-y_bar + y[i - 1])/_t1))
        _t7_1 += (((-y_bar + y[i])/_t1)*((-y_bar + y[i])/_t1))
        _t7_2 += (((-y_bar + y[i + 1])/_t1)*((-y_bar + y[i + 1])/_t1))
        _t7_3 += (((-y_bar + y[i + 2])/_t1)*((-y_bar + y[i + 2])/_t1))
    _t7 += (_t7_0 + _t7_1) + (_t7_2 + _t7_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t7 += (((-y_bar + y[i - 1])/_t1)*((-y_bar + y[i - 1])/_t1))
    if rt.OVERFLOWS and not np.isfinite(_t7) and rt.all_finite(y) and rt.all_finite(y_hat):
        _t7 = _c0
    for k in range(1, N + 1):
        _t_out = ((_two*((y[k - 1] - y_hat[k - 1])/_t1)/_t7)/_t1)
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_r_squared_grad_y_hat = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", cache=True)(_r_squared_grad_y_hat_core))
_r_squared_grad_y_hat_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", target="parallel", cache=True)(_r_squared_grad_y_hat_core))


def r_squared_grad_y_hat(y, y_hat, out=None):
    r"""23. Coefficient of Determination ($R^2$): grad kernel (layout (N),(N)->(N)).

    $\frac{\partial R^2}{\partial \hat{y}^{(k)}} = \frac{2 \left(y^{(k)} - \hat{y}^{(k)}\right)}{\sum_{i=1}^{N} \left(y^{(i)} - \bar{y}\right)^{2}}$

    where:

    - $N$ is the number of samples
    - $i$ is the sample index
    - $y^{(k)}$ is the actual value of the $i$-th sample
    - $\hat{y}^{(k)}$ is the predicted value of the $i$-th sample
    - $\bar{y}$ is the mean of the actual values $y^{(i)}$
    - $R^2$ is the coefficient of determination (at most 1; 1 for a perfect fit)
    - $k$ is the index of the component differentiated by

    Arguments: y, y_hat; out= an optional preallocated result.
    """
    y, y_hat, = floats('r_squared_grad_y_hat', y, y_hat)
    return call_gufunc(_r_squared_grad_y_hat, _r_squared_grad_y_hat_core, 'r_squared_grad_y_hat', '(N),(N)->(N)', (y, y_hat), [], out, parallel=_r_squared_grad_y_hat_threads)


def _f1_score_core(TP, FP, FN):
    TP = rt.wide(TP)
    FP = rt.wide(FP)
    FN = rt.wide(FN)
    _two = lit(TP, 2.0)
    precision = TP/(FP + TP)
    recall = TP/(FN + TP)
    result = _two*precision*recall/(precision + recall)
    return result


_f1_score = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_f1_score_core))
_f1_score_element = numba.njit(**rt.INLINED)(_f1_score_core)


def _f1_score_loop(TP, FP, FN, result):
    for _i in numba.prange(result.size):
        result[_i] = _f1_score_element(rt.at(TP, _i), rt.at(FP, _i), rt.at(FN, _i))


_f1_score_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_f1_score_loop))
_f1_score_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_f1_score_loop, "_f1_score_loop_serial")))


def f1_score(TP, FP, FN, out=None):
    r"""81. F1 Score: forward kernel (elementwise ufunc).

    $\begin{aligned} \text{precision} &= \frac{\mathit{TP}}{\mathit{TP} + \mathit{FP}} \\ \text{recall} &= \frac{\mathit{TP}}{\mathit{TP} + \mathit{FN}} \\ \text{F1} &= \frac{2 \cdot \text{precision} \cdot \text{recall}}{\text{precision} + \text{recall}} \end{aligned}$

    where:

    - $\mathit{TP}$ is the number of true positives: positive samples predicted positive (a nonnegative integer)
    - $\mathit{FP}$ is the number of false positives: negative samples predicted positive (a nonnegative integer)
    - $\mathit{FN}$ is the number of false negatives: positive samples predicted negative (a nonnegative integer)
    - $\text{precision}$ is the fraction of the samples predicted positive that are positive
    - $\text{recall}$ is the fraction of the positive samples that are predicted positive (the true positive rate)
    - $\text{F1}$ is the harmonic mean of precision and recall, in $[0, 1]$

    Arguments: TP, FP, FN; out= an optional preallocated result.
    """
    TP, FP, FN, = floats('f1_score', TP, FP, FN)
    return call_ufunc(_f1_score, 'f1_score', (TP, FP, FN), out, _f1_score_flat, _f1_score_serial)


def _precision_core(TP, FP):
    TP = rt.wide(TP)
    FP = rt.wide(FP)
    result = TP/(FP + TP)
    return result


_precision = Lazy(lambda: numba.vectorize(["float32(float32, float32)", "float64(float64, float64)"], cache=True)(_precision_core))
_precision_element = numba.njit(**rt.INLINED)(_precision_core)


def _precision_loop(TP, FP, result):
    for _i in numba.prange(result.size):
        result[_i] = _precision_element(rt.at(TP, _i), rt.at(FP, _i))


_precision_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_precision_loop))
_precision_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_precision_loop, "_precision_loop_serial")))


def precision(TP, FP, out=None):
    r"""82. Precision: forward kernel (elementwise ufunc).

    $\text{precision} = \frac{\mathit{TP}}{\mathit{TP} + \mathit{FP}}$

    where:

    - $\mathit{TP}$ is the number of true positives: positive samples predicted positive (a nonnegative integer)
    - $\mathit{FP}$ is the number of false positives: negative samples predicted positive (a nonnegative integer)
    - $\text{precision}$ is the fraction of the samples predicted positive that are positive

    Arguments: TP, FP; out= an optional preallocated result.
    """
    TP, FP, = floats('precision', TP, FP)
    return call_ufunc(_precision, 'precision', (TP, FP), out, _precision_flat, _precision_serial)


def _recall_core(TP, FN):
    TP = rt.wide(TP)
    FN = rt.wide(FN)
    result = TP/(FN + TP)
    return result


_recall = Lazy(lambda: numba.vectorize(["float32(float32, float32)", "float64(float64, float64)"], cache=True)(_recall_core))
_recall_element = numba.njit(**rt.INLINED)(_recall_core)


def _recall_loop(TP, FN, result):
    for _i in numba.prange(result.size):
        result[_i] = _recall_element(rt.at(TP, _i), rt.at(FN, _i))


_recall_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_recall_loop))
_recall_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_recall_loop, "_recall_loop_serial")))


def recall(TP, FN, out=None):
    r"""83. Recall: forward kernel (elementwise ufunc).

    $\text{recall} = \frac{\mathit{TP}}{\mathit{TP} + \mathit{FN}}$

    where:

    - $\mathit{TP}$ is the number of true positives: positive samples predicted positive (a nonnegative integer)
    - $\mathit{FN}$ is the number of false negatives: positive samples predicted negative (a nonnegative integer)
    - $\text{recall}$ is the fraction of the positive samples that are predicted positive (the true positive rate)

    Arguments: TP, FN; out= an optional preallocated result.
    """
    TP, FN, = floats('recall', TP, FN)
    return call_ufunc(_recall, 'recall', (TP, FN), out, _recall_flat, _recall_serial)


def _auc_core(y, s, out, _bad):
    y = rt.wide(y)
    s = rt.wide(s)
    N = y.shape[0]
    H = np.empty((N, N,), y.dtype)
    _zero = lit(y, 0.0)
    _c0 = lit(y, np.nan)
    _half = lit(y, 0.5)
    _one = lit(y, 1.0)
    for i in range(1, N + 1):
        for j in range(1, N + 1):
            H[i - 1, j - 1] = (_one if s[i - 1] > s[j - 1] else (_half if s[i - 1] == s[j - 1] else (_zero if s[i - 1] == s[i - 1] and s[j - 1] == s[j - 1] else _c0)))
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t0_0 += y[i - 1]
        _t0_1 += y[i]
        _t0_2 += y[i + 1]
        _t0_3 += y[i + 2]
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t0 += y[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(y) and rt.all_finite(s):
        _t0 = _c0
    N_pos = _t0
    _t1 = _zero
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
    for j in range(1, 1 + (N)//4*4, 4):
        _t1_0 += _one - y[j - 1]
        _t1_1 += _one - y[j]
        _t1_2 += _one - y[j + 1]
        _t1_3 += _one - y[j + 2]
    _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
    for j in range(1 + (N)//4*4, N + 1):
        _t1 += _one - y[j - 1]
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(y) and rt.all_finite(s):
        _t1 = _c0
    N_neg = _t1
    _t2 = _zero
    for i in range(1, N + 1):
        _t3 = _zero
        _t3_0 = _t3_1 = _t3_2 = _t3_3 = _zero
        for j in range(1, 1 + (N)//4*4, 4):
            _t3_0 += (_one - y[j - 1])*H[i - 1, j - 1]*y[i - 1]
            _t3_1 += (_one - y[j])*H[i - 1, j]*y[i - 1]
            _t3_2 += (_one - y[j + 1])*H[i - 1, j + 1]*y[i - 1]
            _t3_3 += (_one - y[j + 2])*H[i - 1, j + 2]*y[i - 1]
        _t3 += (_t3_0 + _t3_1) + (_t3_2 + _t3_3)
        for j in range(1 + (N)//4*4, N + 1):
            _t3 += (_one - y[j - 1])*H[i - 1, j - 1]*y[i - 1]
        if rt.OVERFLOWS and not np.isfinite(_t3) and rt.all_finite(y) and rt.all_finite(s):
            _t3 = _c0
        _t2 += _t3
    if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(y) and rt.all_finite(s):
        _t2 = _c0
    out[0] = _t2/(N_neg*N_pos)
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_auc = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),()", cache=True)(_auc_core))
_auc_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),()", target="parallel", cache=True)(_auc_core))


def auc(y, s, out=None):
    r"""84. AUC (Area Under ROC Curve): forward kernel (layout (N),(N)->()).

    $\begin{aligned} H_{ij} &= \begin{cases} 1 & \text{if } s_{i} > s_{j} \\ \frac{1}{2} & \text{if } s_{i} = s_{j} \\ 0 & \text{otherwise} \end{cases} \\ N_{+} &= \sum_{i=1}^{N} y_{i} \\ N_{-} &= \sum_{j=1}^{N} \left(1 - y_{j}\right) \\ \text{AUC} &= \frac{1}{N_{+} N_{-}} \sum_{i=1}^{N} \sum_{j=1}^{N} H_{ij} y_{i} \left(1 - y_{j}\right) \end{aligned}$

    where:

    - $N$ is the number of samples
    - $i$ is the index of a (candidate positive) sample
    - $j$ is the index of a (candidate negative) sample
    - $y_{i}$ is the true label of sample $i$: $1$ positive, $0$ negative
    - $s_{i}$ is the classifier's score of sample $i$ (higher means more likely positive)
    - $N_{+}$ is the number of positive samples (at least 1)
    - $N_{-}$ is the number of negative samples (at least 1)
    - $H_{ij}$ is the ranking score of the pair $(i, j)$: $1$ if $s_i > s_j$, $\frac{1}{2}$ on a tie, $0$ otherwise (the step function of $s_i - s_j$ with value $\frac{1}{2}$ at $0$)
    - $\text{AUC}$ is the area under the ROC curve (true positive rate against false positive rate over all thresholds), in $[0, 1]$

    Arguments: y, s; out= an optional preallocated result.
    """
    y, s, = floats('auc', y, s)
    return call_gufunc(_auc, _auc_core, 'auc', '(N),(N)->()', (y, s), [], out, parallel=_auc_threads)


def _perplexity_core(p, out, _bad):
    p = rt.wide(p)
    N = p.shape[0]
    _one = lit(p, 1.0)
    _t1 = _one
    _t2 = 0
    for i in range(1, N + 1):
        _t1, _t2 = rt.renormalize(_t1*p[i - 1], _t2)
    _t0 = rt.inverse_root(_t1, _t2, N)
    out[0] = _t0
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_perplexity = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(N)->(),()", cache=True)(_perplexity_core))
_perplexity_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(N)->(),()", target="parallel", cache=True)(_perplexity_core))


def perplexity(p, out=None):
    r"""99. Perplexity (Language Modeling): forward kernel (layout (N)->()).

    $\text{PPL} = \exp\left(\frac{1}{N} \sum_{i=1}^{N} - \log p(w_{i})\right)$

    where:

    - $N$ is the total number of tokens in the sequence
    - $i$ is the token position
    - $p(w_{i})$ is the probability the model assigns to the $i$-th token $w_i$ of the sequence given the preceding tokens, in $(0, 1]$
    - $\text{PPL}$ is the perplexity of the sequence (at least 1)

    Arguments: p; out= an optional preallocated result.
    """
    p, = floats('perplexity', p)
    rt.within('perplexity', 'p', p, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_perplexity, _perplexity_core, 'perplexity', '(N)->()', (p,), [], out, parallel=_perplexity_threads)


def _perplexity_grad_p_core(p, out, _bad):
    p = rt.wide(p)
    N = p.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(p, 1.0)
    _t1 = _one
    _t2 = 0
    for i in range(1, N + 1):
        _t1, _t2 = rt.renormalize(_t1*p[i - 1], _t2)
    _t0 = rt.inverse_root(_t1, _t2, N)
    PPL = _t0
    _t3 = _one/(lit(p, N))
    for k in range(1, N + 1):
        _t_out = -(PPL*_t3/p[k - 1])
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_perplexity_grad_p = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(N)->(N),()", cache=True)(_perplexity_grad_p_core))
_perplexity_grad_p_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(N)->(N),()", target="parallel", cache=True)(_perplexity_grad_p_core))


def perplexity_grad_p(p, out=None):
    r"""99. Perplexity (Language Modeling): grad kernel (layout (N)->(N)).

    $\frac{\partial \text{PPL}}{\partial p(w_{k})} = - \frac{\text{PPL}}{N p(w_{k})}$

    where:

    - $N$ is the total number of tokens in the sequence
    - $p(w_{k})$ is the probability the model assigns to the $i$-th token $w_i$ of the sequence given the preceding tokens, in $(0, 1]$
    - $\text{PPL}$ is the perplexity of the sequence (at least 1)
    - $k$ is the index of the component differentiated by

    Arguments: p; out= an optional preallocated result.
    """
    p, = floats('perplexity_grad_p', p)
    rt.within('perplexity_grad_p', 'p', p, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_perplexity_grad_p, _perplexity_grad_p_core, 'perplexity_grad_p', '(N)->(N)', (p,), [], out, parallel=_perplexity_grad_p_threads)
