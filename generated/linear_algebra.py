# Generated from symbolic/linear_algebra.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Linear algebra: Numba kernels (forward, derivatives, fused) of entries 22, 54, 55, 56, 57, 58, 59, 60, 61, 67, 68.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _normal_equation_core(X, y, out, _bad):
    X = rt.wide(X)
    y = rt.wide(y)
    N = X.shape[0]
    d = X.shape[1]
    out_c = np.ascontiguousarray(out)
    out_c[:, :] = (np.linalg.lstsq(X, y)[0] if np.isfinite(X).all() and np.isfinite(y).all() else np.full((X.shape[1], y.shape[1]), np.nan))
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_normal_equation = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,d),(N,n2)->(d,n2),()", cache=True)(_normal_equation_core))
_normal_equation_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(N,d),(N,n2)->(d,n2),()", target="parallel", cache=True)(_normal_equation_core))


def normal_equation(X, y, out=None):
    r"""22. Normal Equation (Linear Regression): forward kernel (layout (N,d),(N,n2)->(d,n2)).

    $\theta = \left(X^\top X\right)^{-1} X^\top y$

    where:

    - $N$ is the number of samples
    - $d$ is the number of features
    - $X$ is the $N \times d$ design matrix, one sample per row, of full column rank $d$
    - $y$ is the $N \times 1$ vector of targets
    - $\theta$ is the $d \times 1$ vector of least-squares parameters

    Arguments: X, y; out= an optional preallocated result.
    """
    X, y, = floats('normal_equation', X, y)
    return call_gufunc(_normal_equation, _normal_equation_core, 'normal_equation', '(N,d),(N,n2)->(d,n2)', (X, y), [], out, parallel=_normal_equation_threads, blas=True)


def _euclidean_distance_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    d = x.shape[0]
    _c0 = lit(x, -np.inf)
    _zero = lit(x, 0.0)
    _c1 = lit(x, np.nan)
    _t1 = _c0
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
    _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
    for i in range(1, 1 + (d)//4*4, 4):
        _t2_0 = x[i - 1] - y[i - 1]
        _t3_0 = np.abs(_t2_0)
        _t1_x = _t3_0
        _t1_0 = max(_t1_0, _t1_x)
        _t1_n0 |= _t1_x != _t1_x
        _t2_1 = x[i] - y[i]
        _t3_1 = np.abs(_t2_1)
        _t1_x = _t3_1
        _t1_1 = max(_t1_1, _t1_x)
        _t1_n1 |= _t1_x != _t1_x
        _t2_2 = x[i + 1] - y[i + 1]
        _t3_2 = np.abs(_t2_2)
        _t1_x = _t3_2
        _t1_2 = max(_t1_2, _t1_x)
        _t1_n2 |= _t1_x != _t1_x
        _t2_3 = x[i + 2] - y[i + 2]
        _t3_3 = np.abs(_t2_3)
        _t1_x = _t3_3
        _t1_3 = max(_t1_3, _t1_x)
        _t1_n3 |= _t1_x != _t1_x
    if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
        for i in range(1, 1 + (d)//4*4):
            _t2 = x[i - 1] - y[i - 1]
            _t3 = np.abs(_t2)
            _t1 = np.maximum(_t1, _t3)
    else:
        _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
    for i in range(1 + (d)//4*4, d + 1):
        _t2 = x[i - 1] - y[i - 1]
        _t3 = np.abs(_t2)
        _t1 = np.maximum(_t1, _t3)
    if _t1 == _zero:
        _t0 = _zero
    elif not (_t1 == _t1):
        _t0 = _c1
    else:
        _t4 = _zero
        _t4_0 = _t4_1 = _t4_2 = _t4_3 = _zero
        for i in range(1, 1 + (d)//4*4, 4):
            _t5_0 = x[i - 1] - y[i - 1]
            _t4_0 += ((_t5_0/_t1)*(_t5_0/_t1))
            _t5_1 = x[i] - y[i]
            _t4_1 += ((_t5_1/_t1)*(_t5_1/_t1))
            _t5_2 = x[i + 1] - y[i + 1]
            _t4_2 += ((_t5_2/_t1)*(_t5_2/_t1))
            _t5_3 = x[i + 2] - y[i + 2]
            _t4_3 += ((_t5_3/_t1)*(_t5_3/_t1))
        _t4 += (_t4_0 + _t4_1) + (_t4_2 + _t4_3)
        for i in range(1 + (d)//4*4, d + 1):
            _t5 = x[i - 1] - y[i - 1]
            _t4 += ((_t5/_t1)*(_t5/_t1))
        if rt.OVERFLOWS and not np.isfinite(_t4) and rt.all_finite(x) and rt.all_finite(y):
            _t4 = _c1
        _t0 = _t1*np.sqrt(_t4)
    out[0] = _t0
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_euclidean_distance = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(),()", cache=True)(_euclidean_distance_core))
_euclidean_distance_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(),()", target="parallel", cache=True)(_euclidean_distance_core))


def euclidean_distance(x, y, out=None):
    r"""54. L2 Distance (Euclidean): forward kernel (layout (d),(d)->()).

    $d_{\text{Euclidean}}(x, y) = \sqrt{\sum_{i=1}^{d} \left(x_{i} - y_{i}\right)^{2}}$

    where:

    - $d$ is the number of dimensions
    - $i$ is the component index
    - $x_{i}$ is the $i$-th component of the first vector $x \in \mathbb{R}^{d}$
    - $y_{i}$ is the $i$-th component of the second vector $y \in \mathbb{R}^{d}$
    - $d_{\text{Euclidean}}(x, y)$ is the Euclidean distance between $x$ and $y$

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('euclidean_distance', x, y)
    return call_gufunc(_euclidean_distance, _euclidean_distance_core, 'euclidean_distance', '(d),(d)->()', (x, y), [], out, parallel=_euclidean_distance_threads)


def _euclidean_distance_grad_x_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    d = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(x, 0.0)
    _c0 = lit(x, -np.inf)
    _c1 = lit(x, np.nan)
    _one = lit(x, 1.0)
    _t0 = _zero
    _t2 = _c0
    _t2_0 = _t2_1 = _t2_2 = _t2_3 = _t2
    _t2_n0 = _t2_n1 = _t2_n2 = _t2_n3 = False
    for i in range(1, 1 + (d)//4*4, 4):
        _t3_0 = x[i - 1] - y[i - 1]
        _t4_0 = np.abs(_t3_0)
        _t2_x = _t4_0
        _t2_0 = max(_t2_0, _t2_x)
        _t2_n0 |= _t2_x != _t2_x
        _t3_1 = x[i] - y[i]
        _t4_1 = np.abs(_t3_1)
        _t2_x = _t4_1
        _t2_1 = max(_t2_1, _t2_x)
        _t2_n1 |= _t2_x != _t2_x
        _t3_2 = x[i + 1] - y[i + 1]
        _t4_2 = np.abs(_t3_2)
        _t2_x = _t4_2
        _t2_2 = max(_t2_2, _t2_x)
        _t2_n2 |= _t2_x != _t2_x
        _t3_3 = x[i + 2] - y[i + 2]
        _t4_3 = np.abs(_t3_3)
        _t2_x = _t4_3
        _t2_3 = max(_t2_3, _t2_x)
        _t2_n3 |= _t2_x != _t2_x
    if _t2_n0 | _t2_n1 | _t2_n2 | _t2_n3:
        for i in range(1, 1 + (d)//4*4):
            _t3 = x[i - 1] - y[i - 1]
            _t4 = np.abs(_t3)
            _t2 = np.maximum(_t2, _t4)
    else:
        _t2 = np.maximum(_t2, np.maximum(np.maximum(_t2_0, _t2_1), np.maximum(_t2_2, _t2_3)))
    for i in range(1 + (d)//4*4, d + 1):
        _t3 = x[i - 1] - y[i - 1]
        _t4 = np.abs(_t3)
        _t2 = np.maximum(_t2, _t4)
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (d)//4*4, 4):
        _t1_0 = x[i - 1] - y[i - 1]
        _t0_0 += ((_t1_0/_t2)*(_t1_0/_t2))
        _t1_1 = x[i] - y[i]
        _t0_1 += ((_t1_1/_t2)*(_t1_1/_t2))
        _t1_2 = x[i + 1] - y[i + 1]
        _t0_2 += ((_t1_2/_t2)*(_t1_2/_t2))
        _t1_3 = x[i + 2] - y[i + 2]
        _t0_3 += ((_t1_3/_t2)*(_t1_3/_t2))
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (d)//4*4, d + 1):
        _t1 = x[i - 1] - y[i - 1]
        _t0 += ((_t1/_t2)*(_t1/_t2))
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(y):
        _t0 = _c1
    _t5 = _one/np.sqrt(_t0)
    for k in range(1, d + 1):
        _t_out = _t5*((x[k - 1] - y[k - 1])/_t2)
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_euclidean_distance_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", cache=True)(_euclidean_distance_grad_x_core))
_euclidean_distance_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", target="parallel", cache=True)(_euclidean_distance_grad_x_core))


def euclidean_distance_grad_x(x, y, out=None):
    r"""54. L2 Distance (Euclidean): grad kernel (layout (d),(d)->(d)).

    $\frac{\partial d_{\text{Euclidean}}(x, y)}{\partial x_{k}} = \frac{x_{k} - y_{k}}{d_{\text{Euclidean}}(x, y)}$

    where:

    - $d$ is the number of dimensions
    - $x_{k}$ is the $i$-th component of the first vector $x \in \mathbb{R}^{d}$
    - $y_{k}$ is the $i$-th component of the second vector $y \in \mathbb{R}^{d}$
    - $d_{\text{Euclidean}}(x, y)$ is the Euclidean distance between $x$ and $y$
    - $k$ is the index of the component differentiated by

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('euclidean_distance_grad_x', x, y)
    return call_gufunc(_euclidean_distance_grad_x, _euclidean_distance_grad_x_core, 'euclidean_distance_grad_x', '(d),(d)->(d)', (x, y), [], out, parallel=_euclidean_distance_grad_x_threads)


def _euclidean_distance_grad_y_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    d = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(x, 0.0)
    _c0 = lit(x, -np.inf)
    _c1 = lit(x, np.nan)
    _one = lit(x, 1.0)
    _t0 = _zero
    _t2 = _c0
    _t2_0 = _t2_1 = _t2_2 = _t2_3 = _t2
    _t2_n0 = _t2_n1 = _t2_n2 = _t2_n3 = False
    for i in range(1, 1 + (d)//4*4, 4):
        _t3_0 = x[i - 1] - y[i - 1]
        _t4_0 = np.abs(_t3_0)
        _t2_x = _t4_0
        _t2_0 = max(_t2_0, _t2_x)
        _t2_n0 |= _t2_x != _t2_x
        _t3_1 = x[i] - y[i]
        _t4_1 = np.abs(_t3_1)
        _t2_x = _t4_1
        _t2_1 = max(_t2_1, _t2_x)
        _t2_n1 |= _t2_x != _t2_x
        _t3_2 = x[i + 1] - y[i + 1]
        _t4_2 = np.abs(_t3_2)
        _t2_x = _t4_2
        _t2_2 = max(_t2_2, _t2_x)
        _t2_n2 |= _t2_x != _t2_x
        _t3_3 = x[i + 2] - y[i + 2]
        _t4_3 = np.abs(_t3_3)
        _t2_x = _t4_3
        _t2_3 = max(_t2_3, _t2_x)
        _t2_n3 |= _t2_x != _t2_x
    if _t2_n0 | _t2_n1 | _t2_n2 | _t2_n3:
        for i in range(1, 1 + (d)//4*4):
            _t3 = x[i - 1] - y[i - 1]
            _t4 = np.abs(_t3)
            _t2 = np.maximum(_t2, _t4)
    else:
        _t2 = np.maximum(_t2, np.maximum(np.maximum(_t2_0, _t2_1), np.maximum(_t2_2, _t2_3)))
    for i in range(1 + (d)//4*4, d + 1):
        _t3 = x[i - 1] - y[i - 1]
        _t4 = np.abs(_t3)
        _t2 = np.maximum(_t2, _t4)
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (d)//4*4, 4):
        _t1_0 = x[i - 1] - y[i - 1]
        _t0_0 += ((_t1_0/_t2)*(_t1_0/_t2))
        _t1_1 = x[i] - y[i]
        _t0_1 += ((_t1_1/_t2)*(_t1_1/_t2))
        _t1_2 = x[i + 1] - y[i + 1]
        _t0_2 += ((_t1_2/_t2)*(_t1_2/_t2))
        _t1_3 = x[i + 2] - y[i + 2]
        _t0_3 += ((_t1_3/_t2)*(_t1_3/_t2))
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (d)//4*4, d + 1):
        _t1 = x[i - 1] - y[i - 1]
        _t0 += ((_t1/_t2)*(_t1/_t2))
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(y):
        _t0 = _c1
    _t5 = _one/np.sqrt(_t0)
    for k in range(1, d + 1):
        _t_out = -(_t5*((x[k - 1] - y[k - 1])/_t2))
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_euclidean_distance_grad_y = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", cache=True)(_euclidean_distance_grad_y_core))
_euclidean_distance_grad_y_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", target="parallel", cache=True)(_euclidean_distance_grad_y_core))


def euclidean_distance_grad_y(x, y, out=None):
    r"""54. L2 Distance (Euclidean): grad kernel (layout (d),(d)->(d)).

    $\frac{\partial d_{\text{Euclidean}}(x, y)}{\partial y_{k}} = \frac{y_{k} - x_{k}}{d_{\text{Euclidean}}(x, y)}$

    where:

    - $d$ is the number of dimensions
    - $x_{k}$ is the $i$-th component of the first vector $x \in \mathbb{R}^{d}$
    - $y_{k}$ is the $i$-th component of the second vector $y \in \mathbb{R}^{d}$
    - $d_{\text{Euclidean}}(x, y)$ is the Euclidean distance between $x$ and $y$
    - $k$ is the index of the component differentiated by

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('euclidean_distance_grad_y', x, y)
    return call_gufunc(_euclidean_distance_grad_y, _euclidean_distance_grad_y_core, 'euclidean_distance_grad_y', '(d),(d)->(d)', (x, y), [], out, parallel=_euclidean_distance_grad_y_threads)


def _manhattan_distance_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    d = x.shape[0]
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (d)//4*4, 4):
        _t0_0 += np.abs(x[i - 1] - y[i - 1])
        _t0_1 += np.abs(x[i] - y[i])
        _t0_2 += np.abs(x[i + 1] - y[i + 1])
        _t0_3 += np.abs(x[i + 2] - y[i + 2])
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (d)//4*4, d + 1):
        _t0 += np.abs(x[i - 1] - y[i - 1])
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(y):
        _t0 = _c0
    out[0] = _t0
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_manhattan_distance = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(),()", cache=True)(_manhattan_distance_core))
_manhattan_distance_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(),()", target="parallel", cache=True)(_manhattan_distance_core))


def manhattan_distance(x, y, out=None):
    r"""55. Manhattan Distance (L1): forward kernel (layout (d),(d)->()).

    $d_{\text{Manhattan}}(x, y) = \sum_{i=1}^{d} \left|x_{i} - y_{i}\right|$

    where:

    - $d$ is the number of dimensions
    - $i$ is the component index
    - $x_{i}$ is the $i$-th component of the first vector $x \in \mathbb{R}^{d}$
    - $y_{i}$ is the $i$-th component of the second vector $y \in \mathbb{R}^{d}$
    - $d_{\text{Manhattan}}(x, y)$ is the Manhattan (L1) distance between $x$ and $y$

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('manhattan_distance', x, y)
    return call_gufunc(_manhattan_distance, _manhattan_distance_core, 'manhattan_distance', '(d),(d)->()', (x, y), [], out, parallel=_manhattan_distance_threads)


def _manhattan_distance_grad_x_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    d = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _minus_one = lit(x, -1.0)
    _one = lit(x, 1.0)
    for k in range(1, d + 1):
        _t_out = (_one if x[k - 1] - y[k - 1] > _zero else (_minus_one if x[k - 1] - y[k - 1] < _zero else (_zero if x[k - 1] - y[k - 1] == x[k - 1] - y[k - 1] else _c0)))
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_manhattan_distance_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", cache=True)(_manhattan_distance_grad_x_core))
_manhattan_distance_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", target="parallel", cache=True)(_manhattan_distance_grad_x_core))


def manhattan_distance_grad_x(x, y, out=None):
    r"""55. Manhattan Distance (L1): grad kernel (layout (d),(d)->(d)).

    $\frac{\partial d_{\text{Manhattan}}(x, y)}{\partial x_{k}} = \begin{cases} 1 & \text{if } x_{k} - y_{k} > 0 \\ -1 & \text{if } x_{k} - y_{k} < 0 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $d$ is the number of dimensions
    - $x_{k}$ is the $i$-th component of the first vector $x \in \mathbb{R}^{d}$
    - $y_{k}$ is the $i$-th component of the second vector $y \in \mathbb{R}^{d}$
    - $d_{\text{Manhattan}}(x, y)$ is the Manhattan (L1) distance between $x$ and $y$
    - $k$ is the index of the component differentiated by

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('manhattan_distance_grad_x', x, y)
    return call_gufunc(_manhattan_distance_grad_x, _manhattan_distance_grad_x_core, 'manhattan_distance_grad_x', '(d),(d)->(d)', (x, y), [], out, parallel=_manhattan_distance_grad_x_threads)


def _manhattan_distance_grad_y_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    d = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _minus_one = lit(x, -1.0)
    _one = lit(x, 1.0)
    for k in range(1, d + 1):
        _t_out = -(_one if x[k - 1] - y[k - 1] > _zero else (_minus_one if x[k - 1] - y[k - 1] < _zero else (_zero if x[k - 1] - y[k - 1] == x[k - 1] - y[k - 1] else _c0)))
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_manhattan_distance_grad_y = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", cache=True)(_manhattan_distance_grad_y_core))
_manhattan_distance_grad_y_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", target="parallel", cache=True)(_manhattan_distance_grad_y_core))


def manhattan_distance_grad_y(x, y, out=None):
    r"""55. Manhattan Distance (L1): grad kernel (layout (d),(d)->(d)).

    $\frac{\partial d_{\text{Manhattan}}(x, y)}{\partial y_{k}} = - \begin{cases} 1 & \text{if } x_{k} - y_{k} > 0 \\ -1 & \text{if } x_{k} - y_{k} < 0 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $d$ is the number of dimensions
    - $x_{k}$ is the $i$-th component of the first vector $x \in \mathbb{R}^{d}$
    - $y_{k}$ is the $i$-th component of the second vector $y \in \mathbb{R}^{d}$
    - $d_{\text{Manhattan}}(x, y)$ is the Manhattan (L1) distance between $x$ and $y$
    - $k$ is the index of the component differentiated by

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('manhattan_distance_grad_y', x, y)
    return call_gufunc(_manhattan_distance_grad_y, _manhattan_distance_grad_y_core, 'manhattan_distance_grad_y', '(d),(d)->(d)', (x, y), [], out, parallel=_manhattan_distance_grad_y_threads)


def _cosine_similarity_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    d = x.shape[0]
    _zero = lit(x, 0.0)
    _c0 = lit(x, -np.inf)
    _c1 = lit(x, np.nan)
    _t0 = _zero
    _t1 = _c0
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
    _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
    for i in range(1, 1 + (d)//4*4, 4):
        _t2_0 = np.abs(x[i - 1])
        _t1_x = _t2_0
        _t1_0 = max(_t1_0, _t1_x)
        _t1_n0 |= _t1_x != _t1_x
        _t2_1 = np.abs(x[i])
        _t1_x = _t2_1
        _t1_1 = max(_t1_1, _t1_x)
        _t1_n1 |= _t1_x != _t1_x
        _t2_2 = np.abs(x[i + 1])
        _t1_x = _t2_2
        _t1_2 = max(_t1_2, _t1_x)
        _t1_n2 |= _t1_x != _t1_x
        _t2_3 = np.abs(x[i + 2])
        _t1_x = _t2_3
        _t1_3 = max(_t1_3, _t1_x)
        _t1_n3 |= _t1_x != _t1_x
    if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
        for i in range(1, 1 + (d)//4*4):
            _t2 = np.abs(x[i - 1])
            _t1 = np.maximum(_t1, _t2)
    else:
        _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
    for i in range(1 + (d)//4*4, d + 1):
        _t2 = np.abs(x[i - 1])
        _t1 = np.maximum(_t1, _t2)
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (d)//4*4, 4):
        _t3_0 = (x[i - 1]/_t1)
        _t0_0 += (_t3_0*_t3_0)
        _t3_1 = (x[i]/_t1)
        _t0_1 += (_t3_1*_t3_1)
        _t3_2 = (x[i + 1]/_t1)
        _t0_2 += (_t3_2*_t3_2)
        _t3_3 = (x[i + 2]/_t1)
        _t0_3 += (_t3_3*_t3_3)
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (d)//4*4, d + 1):
        _t3 = (x[i - 1]/_t1)
        _t0 += (_t3*_t3)
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(y):
        _t0 = _c1
    _t4 = _zero
    _t5 = _c0
    _t5_0 = _t5_1 = _t5_2 = _t5_3 = _t5
    _t5_n0 = _t5_n1 = _t5_n2 = _t5_n3 = False
    for i in range(1, 1 + (d)//4*4, 4):
        _t6_0 = np.abs(y[i - 1])
        _t5_x = _t6_0
        _t5_0 = max(_t5_0, _t5_x)
        _t5_n0 |= _t5_x != _t5_x
        _t6_1 = np.abs(y[i])
        _t5_x = _t6_1
        _t5_1 = max(_t5_1, _t5_x)
        _t5_n1 |= _t5_x != _t5_x
        _t6_2 = np.abs(y[i + 1])
        _t5_x = _t6_2
        _t5_2 = max(_t5_2, _t5_x)
        _t5_n2 |= _t5_x != _t5_x
        _t6_3 = np.abs(y[i + 2])
        _t5_x = _t6_3
        _t5_3 = max(_t5_3, _t5_x)
        _t5_n3 |= _t5_x != _t5_x
    if _t5_n0 | _t5_n1 | _t5_n2 | _t5_n3:
        for i in range(1, 1 + (d)//4*4):
            _t6 = np.abs(y[i - 1])
            _t5 = np.maximum(_t5, _t6)
    else:
        _t5 = np.maximum(_t5, np.maximum(np.maximum(_t5_0, _t5_1), np.maximum(_t5_2, _t5_3)))
    for i in range(1 + (d)//4*4, d + 1):
        _t6 = np.abs(y[i - 1])
        _t5 = np.maximum(_t5, _t6)
    _t4_0 = _t4_1 = _t4_2 = _t4_3 = _zero
    for i in range(1, 1 + (d)//4*4, 4):
        _t7_0 = (y[i - 1]/_t5)
        _t4_0 += (_t7_0*_t7_0)
        _t7_1 = (y[i]/_t5)
        _t4_1 += (_t7_1*_t7_1)
        _t7_2 = (y[i + 1]/_t5)
        _t4_2 += (_t7_2*_t7_2)
        _t7_3 = (y[i + 2]/_t5)
        _t4_3 += (_t7_3*_t7_3)
    _t4 += (_t4_0 + _t4_1) + (_t4_2 + _t4_3)
    for i in range(1 + (d)//4*4, d + 1):
        _t7 = (y[i - 1]/_t5)
        _t4 += (_t7*_t7)
    if rt.OVERFLOWS and not np.isfinite(_t4) and rt.all_finite(x) and rt.all_finite(y):
        _t4 = _c1
    _t8 = _zero
    _t8_0 = _t8_1 = _t8_2 = _t8_3 = _zero
    for i in range(1, 1 + (d)//4*4, 4):
        _t9_0 = (x[i - 1]/_t1)
        _t10_0 = (y[i - 1]/_t5)
        _t8_0 += _t10_0*_t9_0
        _t9_1 = (x[i]/_t1)
        _t10_1 = (y[i]/_t5)
        _t8_1 += _t10_1*_t9_1
        _t9_2 = (x[i + 1]/_t1)
        _t10_2 = (y[i + 1]/_t5)
        _t8_2 += _t10_2*_t9_2
        _t9_3 = (x[i + 2]/_t1)
        _t10_3 = (y[i + 2]/_t5)
        _t8_3 += _t10_3*_t9_3
    _t8 += (_t8_0 + _t8_1) + (_t8_2 + _t8_3)
    for i in range(1 + (d)//4*4, d + 1):
        _t9 = (x[i - 1]/_t1)
        _t10 = (y[i - 1]/_t5)
        _t8 += _t10*_t9
    if rt.OVERFLOWS and not np.isfinite(_t8) and rt.all_finite(x) and rt.all_finite(y):
        _t8 = _c1
    out[0] = _t8/(np.sqrt(_t0)*np.sqrt(_t4))
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_cosine_similarity = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(),()", cache=True)(_cosine_similarity_core))
_cosine_similarity_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(),()", target="parallel", cache=True)(_cosine_similarity_core))


def cosine_similarity(x, y, out=None):
    r"""56. Cosine Similarity: forward kernel (layout (d),(d)->()).

    $\operatorname{sim}_{\cos}(x, y) = \frac{\sum_{i=1}^{d} x_{i} y_{i}}{\sqrt{\sum_{i=1}^{d} x_{i}^{2}} \sqrt{\sum_{i=1}^{d} y_{i}^{2}}}$

    where:

    - $d$ is the number of dimensions
    - $i$ is the component index
    - $x_{i}$ is the $i$-th component of the first vector $x \in \mathbb{R}^{d}$
    - $y_{i}$ is the $i$-th component of the second vector $y \in \mathbb{R}^{d}$
    - $\operatorname{sim}_{\cos}(x, y)$ is the cosine of the angle between nonzero $x$ and $y$, in $[-1, 1]$

    Returns NaN where x or y is the zero vector (0/0: the cosine is undefined).

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('cosine_similarity', x, y)
    return call_gufunc(_cosine_similarity, _cosine_similarity_core, 'cosine_similarity', '(d),(d)->()', (x, y), [], out, parallel=_cosine_similarity_threads)


def _cosine_similarity_grad_x_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    d = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(x, 0.0)
    _c0 = lit(x, -np.inf)
    _c1 = lit(x, np.nan)
    _one = lit(x, 1.0)
    _t0 = _zero
    _t1 = _c0
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
    _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
    for i in range(1, 1 + (d)//4*4, 4):
        _t2_0 = np.abs(x[i - 1])
        _t1_x = _t2_0
        _t1_0 = max(_t1_0, _t1_x)
        _t1_n0 |= _t1_x != _t1_x
        _t2_1 = np.abs(x[i])
        _t1_x = _t2_1
        _t1_1 = max(_t1_1, _t1_x)
        _t1_n1 |= _t1_x != _t1_x
        _t2_2 = np.abs(x[i + 1])
        _t1_x = _t2_2
        _t1_2 = max(_t1_2, _t1_x)
        _t1_n2 |= _t1_x != _t1_x
        _t2_3 = np.abs(x[i + 2])
        _t1_x = _t2_3
        _t1_3 = max(_t1_3, _t1_x)
        _t1_n3 |= _t1_x != _t1_x
    if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
        for i in range(1, 1 + (d)//4*4):
            _t2 = np.abs(x[i - 1])
            _t1 = np.maximum(_t1, _t2)
    else:
        _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
    for i in range(1 + (d)//4*4, d + 1):
        _t2 = np.abs(x[i - 1])
        _t1 = np.maximum(_t1, _t2)
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (d)//4*4, 4):
        _t3_0 = (x[i - 1]/_t1)
        _t4_0 = (_t3_0*_t3_0)
        _t0_0 += _t4_0
        _t3_1 = (x[i]/_t1)
        _t4_1 = (_t3_1*_t3_1)
        _t0_1 += _t4_1
        _t3_2 = (x[i + 1]/_t1)
        _t4_2 = (_t3_2*_t3_2)
        _t0_2 += _t4_2
        _t3_3 = (x[i + 2]/_t1)
        _t4_3 = (_t3_3*_t3_3)
        _t0_3 += _t4_3
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (d)//4*4, d + 1):
        _t3 = (x[i - 1]/_t1)
        _t4 = (_t3*_t3)
        _t0 += _t4
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(y):
        _t0 = _c1
    _t5 = _one/np.sqrt(_t0)
    _t6 = _zero
    _t7 = _c0
    _t7_0 = _t7_1 = _t7_2 = _t7_3 = _t7
    _t7_n0 = _t7_n1 = _t7_n2 = _t7_n3 = False
    for i in range(1, 1 + (d)//4*4, 4):
        _t8_0 = np.abs(y[i - 1])
        _t7_x = _t8_0
        _t7_0 = max(_t7_0, _t7_x)
        _t7_n0 |= _t7_x != _t7_x
        _t8_1 = np.abs(y[i])
        _t7_x = _t8_1
        _t7_1 = max(_t7_1, _t7_x)
        _t7_n1 |= _t7_x != _t7_x
        _t8_2 = np.abs(y[i + 1])
        _t7_x = _t8_2
        _t7_2 = max(_t7_2, _t7_x)
        _t7_n2 |= _t7_x != _t7_x
        _t8_3 = np.abs(y[i + 2])
        _t7_x = _t8_3
        _t7_3 = max(_t7_3, _t7_x)
        _t7_n3 |= _t7_x != _t7_x
    if _t7_n0 | _t7_n1 | _t7_n2 | _t7_n3:
        for i in range(1, 1 + (d)//4*4):
            _t8 = np.abs(y[i - 1])
            _t7 = np.maximum(_t7, _t8)
    else:
        _t7 = np.maximum(_t7, np.maximum(np.maximum(_t7_0, _t7_1), np.maximum(_t7_2, _t7_3)))
    for i in range(1 + (d)//4*4, d + 1):
        _t8 = np.abs(y[i - 1])
        _t7 = np.maximum(_t7, _t8)
    _t6_0 = _t6_1 = _t6_2 = _t6_3 = _zero
    for i in range(1, 1 + (d)//4*4, 4):
        _t9_0 = (y[i - 1]/_t7)
        _t10_0 = (_t9_0*_t9_0)
        _t6_0 += _t10_0
        _t9_1 = (y[i]/_t7)
        _t10_1 = (_t9_1*_t9_1)
        _t6_1 += _t10_1
        _t9_2 = (y[i + 1]/_t7)
        _t10_2 = (_t9_2*_t9_2)
        _t6_2 += _t10_2
        _t9_3 = (y[i + 2]/_t7)
        _t10_3 = (_t9_3*_t9_3)
        _t6_3 += _t10_3
    _t6 += (_t6_0 + _t6_1) + (_t6_2 + _t6_3)
    for i in range(1 + (d)//4*4, d + 1):
        _t9 = (y[i - 1]/_t7)
        _t10 = (_t9*_t9)
        _t6 += _t10
    if rt.OVERFLOWS and not np.isfinite(_t6) and rt.all_finite(x) and rt.all_finite(y):
        _t6 = _c1
    _t11 = _one/np.sqrt(_t6)
    _t12 = _one/(_t0)
    _t13 = _zero
    _t13_0 = _t13_1 = _t13_2 = _t13_3 = _zero
    for i in range(1, 1 + (d)//4*4, 4):
        _t14_0 = (x[i - 1]/_t1)
        _t15_0 = (y[i - 1]/_t7)
        _t13_0 += _t14_0*_t15_0
        _t14_1 = (x[i]/_t1)
        _t15_1 = (y[i]/_t7)
        _t13_1 += _t14_1*_t15_1
        _t14_2 = (x[i + 1]/_t1)
        _t15_2 = (y[i + 1]/_t7)
        _t13_2 += _t14_2*_t15_2
        _t14_3 = (x[i + 2]/_t1)
        _t15_3 = (y[i + 2]/_t7)
        _t13_3 += _t14_3*_t15_3
    _t13 += (_t13_0 + _t13_1) + (_t13_2 + _t13_3)
    for i in range(1 + (d)//4*4, d + 1):
        _t14 = (x[i - 1]/_t1)
        _t15 = (y[i - 1]/_t7)
        _t13 += _t14*_t15
    if rt.OVERFLOWS and not np.isfinite(_t13) and rt.all_finite(x) and rt.all_finite(y):
        _t13 = _c1
    for k in range(1, d + 1):
        _t_out = _t5*((-(_t11*_t12*_t13*(x[k - 1]/_t1)) + _t11*(y[k - 1]/_t7))/_t1)
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_cosine_similarity_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", cache=True)(_cosine_similarity_grad_x_core))
_cosine_similarity_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", target="parallel", cache=True)(_cosine_similarity_grad_x_core))


def cosine_similarity_grad_x(x, y, out=None):
    r"""56. Cosine Similarity: grad kernel (layout (d),(d)->(d)).

    $\frac{\partial \operatorname{sim}_{\cos}(x, y)}{\partial x_{k}} = \frac{y_{k}}{\sqrt{\sum_{i=1}^{d} x_{i}^{2}} \sqrt{\sum_{i=1}^{d} y_{i}^{2}}} - \frac{\operatorname{sim}_{\cos}(x, y) x_{k}}{\sum_{i=1}^{d} x_{i}^{2}}$

    where:

    - $d$ is the number of dimensions
    - $i$ is the component index
    - $x_{k}$ is the $i$-th component of the first vector $x \in \mathbb{R}^{d}$
    - $y_{k}$ is the $i$-th component of the second vector $y \in \mathbb{R}^{d}$
    - $\operatorname{sim}_{\cos}(x, y)$ is the cosine of the angle between nonzero $x$ and $y$, in $[-1, 1]$
    - $k$ is the index of the component differentiated by

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('cosine_similarity_grad_x', x, y)
    return call_gufunc(_cosine_similarity_grad_x, _cosine_similarity_grad_x_core, 'cosine_similarity_grad_x', '(d),(d)->(d)', (x, y), [], out, parallel=_cosine_similarity_grad_x_threads)


def _cosine_similarity_grad_y_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    d = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(x, 0.0)
    _c0 = lit(x, -np.inf)
    _c1 = lit(x, np.nan)
    _one = lit(x, 1.0)
    _t0 = _zero
    _t1 = _c0
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
    _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
    for i in range(1, 1 + (d)//4*4, 4):
        _t2_0 = np.abs(y[i - 1])
        _t1_x = _t2_0
        _t1_0 = max(_t1_0, _t1_x)
        _t1_n0 |= _t1_x != _t1_x
        _t2_1 = np.abs(y[i])
        _t1_x = _t2_1
        _t1_1 = max(_t1_1, _t1_x)
        _t1_n1 |= _t1_x != _t1_x
        _t2_2 = np.abs(y[i + 1])
        _t1_x = _t2_2
        _t1_2 = max(_t1_2, _t1_x)
        _t1_n2 |= _t1_x != _t1_x
        _t2_3 = np.abs(y[i + 2])
        _t1_x = _t2_3
        _t1_3 = max(_t1_3, _t1_x)
        _t1_n3 |= _t1_x != _t1_x
    if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
        for i in range(1, 1 + (d)//4*4):
            _t2 = np.abs(y[i - 1])
            _t1 = np.maximum(_t1, _t2)
    else:
        _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
    for i in range(1 + (d)//4*4, d + 1):
        _t2 = np.abs(y[i - 1])
        _t1 = np.maximum(_t1, _t2)
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (d)//4*4, 4):
        _t3_0 = (y[i - 1]/_t1)
        _t4_0 = (_t3_0*_t3_0)
        _t0_0 += _t4_0
        _t3_1 = (y[i]/_t1)
        _t4_1 = (_t3_1*_t3_1)
        _t0_1 += _t4_1
        _t3_2 = (y[i + 1]/_t1)
        _t4_2 = (_t3_2*_t3_2)
        _t0_2 += _t4_2
        _t3_3 = (y[i + 2]/_t1)
        _t4_3 = (_t3_3*_t3_3)
        _t0_3 += _t4_3
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (d)//4*4, d + 1):
        _t3 = (y[i - 1]/_t1)
        _t4 = (_t3*_t3)
        _t0 += _t4
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(y):
        _t0 = _c1
    _t5 = _one/np.sqrt(_t0)
    _t6 = _zero
    _t7 = _c0
    _t7_0 = _t7_1 = _t7_2 = _t7_3 = _t7
    _t7_n0 = _t7_n1 = _t7_n2 = _t7_n3 = False
    for i in range(1, 1 + (d)//4*4, 4):
        _t8_0 = np.abs(x[i - 1])
        _t7_x = _t8_0
        _t7_0 = max(_t7_0, _t7_x)
        _t7_n0 |= _t7_x != _t7_x
        _t8_1 = np.abs(x[i])
        _t7_x = _t8_1
        _t7_1 = max(_t7_1, _t7_x)
        _t7_n1 |= _t7_x != _t7_x
        _t8_2 = np.abs(x[i + 1])
        _t7_x = _t8_2
        _t7_2 = max(_t7_2, _t7_x)
        _t7_n2 |= _t7_x != _t7_x
        _t8_3 = np.abs(x[i + 2])
        _t7_x = _t8_3
        _t7_3 = max(_t7_3, _t7_x)
        _t7_n3 |= _t7_x != _t7_x
    if _t7_n0 | _t7_n1 | _t7_n2 | _t7_n3:
        for i in range(1, 1 + (d)//4*4):
            _t8 = np.abs(x[i - 1])
            _t7 = np.maximum(_t7, _t8)
    else:
        _t7 = np.maximum(_t7, np.maximum(np.maximum(_t7_0, _t7_1), np.maximum(_t7_2, _t7_3)))
    for i in range(1 + (d)//4*4, d + 1):
        _t8 = np.abs(x[i - 1])
        _t7 = np.maximum(_t7, _t8)
    _t6_0 = _t6_1 = _t6_2 = _t6_3 = _zero
    for i in range(1, 1 + (d)//4*4, 4):
        _t9_0 = (x[i - 1]/_t7)
        _t10_0 = (_t9_0*_t9_0)
        _t6_0 += _t10_0
        _t9_1 = (x[i]/_t7)
        _t10_1 = (_t9_1*_t9_1)
        _t6_1 += _t10_1
        _t9_2 = (x[i + 1]/_t7)
        _t10_2 = (_t9_2*_t9_2)
        _t6_2 += _t10_2
        _t9_3 = (x[i + 2]/_t7)
        _t10_3 = (_t9_3*_t9_3)
        _t6_3 += _t10_3
    _t6 += (_t6_0 + _t6_1) + (_t6_2 + _t6_3)
    for i in range(1 + (d)//4*4, d + 1):
        _t9 = (x[i - 1]/_t7)
        _t10 = (_t9*_t9)
        _t6 += _t10
    if rt.OVERFLOWS and not np.isfinite(_t6) and rt.all_finite(x) and rt.all_finite(y):
        _t6 = _c1
    _t11 = _one/np.sqrt(_t6)
    _t12 = _one/(_t0)
    _t13 = _zero
    _t13_0 = _t13_1 = _t13_2 = _t13_3 = _zero
    for i in range(1, 1 + (d)//4*4, 4):
        _t14_0 = (x[i - 1]/_t7)
        _t15_0 = (y[i - 1]/_t1)
        _t13_0 += _t14_0*_t15_0
        _t14_1 = (x[i]/_t7)
        _t15_1 = (y[i]/_t1)
        _t13_1 += _t14_1*_t15_1
        _t14_2 = (x[i + 1]/_t7)
        _t15_2 = (y[i + 1]/_t1)
        _t13_2 += _t14_2*_t15_2
        _t14_3 = (x[i + 2]/_t7)
        _t15_3 = (y[i + 2]/_t1)
        _t13_3 += _t14_3*_t15_3
    _t13 += (_t13_0 + _t13_1) + (_t13_2 + _t13_3)
    for i in range(1 + (d)//4*4, d + 1):
        _t14 = (x[i - 1]/_t7)
        _t15 = (y[i - 1]/_t1)
        _t13 += _t14*_t15
    if rt.OVERFLOWS and not np.isfinite(_t13) and rt.all_finite(x) and rt.all_finite(y):
        _t13 = _c1
    for k in range(1, d + 1):
        _t_out = _t5*((-(_t11*_t12*_t13*(y[k - 1]/_t1)) + _t11*(x[k - 1]/_t7))/_t1)
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_cosine_similarity_grad_y = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", cache=True)(_cosine_similarity_grad_y_core))
_cosine_similarity_grad_y_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", target="parallel", cache=True)(_cosine_similarity_grad_y_core))


def cosine_similarity_grad_y(x, y, out=None):
    r"""56. Cosine Similarity: grad kernel (layout (d),(d)->(d)).

    $\frac{\partial \operatorname{sim}_{\cos}(x, y)}{\partial y_{k}} = \frac{x_{k}}{\sqrt{\sum_{i=1}^{d} x_{i}^{2}} \sqrt{\sum_{i=1}^{d} y_{i}^{2}}} - \frac{\operatorname{sim}_{\cos}(x, y) y_{k}}{\sum_{i=1}^{d} y_{i}^{2}}$

    where:

    - $d$ is the number of dimensions
    - $i$ is the component index
    - $x_{k}$ is the $i$-th component of the first vector $x \in \mathbb{R}^{d}$
    - $y_{k}$ is the $i$-th component of the second vector $y \in \mathbb{R}^{d}$
    - $\operatorname{sim}_{\cos}(x, y)$ is the cosine of the angle between nonzero $x$ and $y$, in $[-1, 1]$
    - $k$ is the index of the component differentiated by

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('cosine_similarity_grad_y', x, y)
    return call_gufunc(_cosine_similarity_grad_y, _cosine_similarity_grad_y_core, 'cosine_similarity_grad_y', '(d),(d)->(d)', (x, y), [], out, parallel=_cosine_similarity_grad_y_threads)


def _dot_product_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    d = x.shape[0]
    _t0 = rt.vdot(np.ascontiguousarray(x), np.ascontiguousarray(y))
    out[0] = _t0
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_dot_product = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(),()", cache=True)(_dot_product_core))
_dot_product_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(),()", target="parallel", cache=True)(_dot_product_core))


def dot_product(x, y, out=None):
    r"""57. Dot Product: forward kernel (layout (d),(d)->()).

    $x \cdot y = \sum_{i=1}^{d} x_{i} y_{i}$

    where:

    - $d$ is the number of dimensions
    - $i$ is the component index
    - $x_{i}$ is the $i$-th component of the first vector $x \in \mathbb{R}^{d}$
    - $y_{i}$ is the $i$-th component of the second vector $y \in \mathbb{R}^{d}$
    - $x \cdot y$ is the dot product of $x$ and $y$

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('dot_product', x, y)
    return call_gufunc(_dot_product, _dot_product_core, 'dot_product', '(d),(d)->()', (x, y), [], out, parallel=_dot_product_threads, blas=True)


def _dot_product_grad_x_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    d = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    for k in range(1, d + 1):
        _t_out = y[k - 1]
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_dot_product_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", cache=True)(_dot_product_grad_x_core))
_dot_product_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", target="parallel", cache=True)(_dot_product_grad_x_core))


def dot_product_grad_x(x, y, out=None):
    r"""57. Dot Product: grad kernel (layout (d),(d)->(d)).

    $\frac{\partial x \cdot y}{\partial x_{k}} = y_{k}$

    where:

    - $d$ is the number of dimensions
    - $x_{k}$ is the $i$-th component of the first vector $x \in \mathbb{R}^{d}$
    - $y_{k}$ is the $i$-th component of the second vector $y \in \mathbb{R}^{d}$
    - $x \cdot y$ is the dot product of $x$ and $y$
    - $k$ is the index of the component differentiated by

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('dot_product_grad_x', x, y)
    return call_gufunc(_dot_product_grad_x, _dot_product_grad_x_core, 'dot_product_grad_x', '(d),(d)->(d)', (x, y), [], out, parallel=_dot_product_grad_x_threads)


def _dot_product_grad_y_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    d = x.shape[0]
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


_dot_product_grad_y = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", cache=True)(_dot_product_grad_y_core))
_dot_product_grad_y_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(d),(d)->(d),()", target="parallel", cache=True)(_dot_product_grad_y_core))


def dot_product_grad_y(x, y, out=None):
    r"""57. Dot Product: grad kernel (layout (d),(d)->(d)).

    $\frac{\partial x \cdot y}{\partial y_{k}} = x_{k}$

    where:

    - $d$ is the number of dimensions
    - $x_{k}$ is the $i$-th component of the first vector $x \in \mathbb{R}^{d}$
    - $y_{k}$ is the $i$-th component of the second vector $y \in \mathbb{R}^{d}$
    - $x \cdot y$ is the dot product of $x$ and $y$
    - $k$ is the index of the component differentiated by

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('dot_product_grad_y', x, y)
    return call_gufunc(_dot_product_grad_y, _dot_product_grad_y_core, 'dot_product_grad_y', '(d),(d)->(d)', (x, y), [], out, parallel=_dot_product_grad_y_threads)


def _matmul_core(A, B, out, _bad):
    A = rt.wide(A)
    B = rt.wide(B)
    m = A.shape[0]
    n = A.shape[1]
    p = B.shape[1]
    out_c = np.ascontiguousarray(out)
    _t0 = rt.dot(np.ascontiguousarray(A), np.ascontiguousarray(B))
    for i in range(1, m + 1):
        for j in range(1, p + 1):
            out_c[i - 1, j - 1] = _t0[i - 1, j - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_matmul = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(m,n),(n,p)->(m,p),()", cache=True)(_matmul_core))
_matmul_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(m,n),(n,p)->(m,p),()", target="parallel", cache=True)(_matmul_core))


def matmul(A, B, out=None):
    r"""58. Matrix Multiplication: forward kernel (layout (m,n),(n,p)->(m,p)).

    $(AB)_{ij} = \sum_{k=1}^{n} A_{ik} B_{kj}$

    where:

    - $m$ is the number of rows of $A$ and of $AB$
    - $n$ is the number of columns of $A$ and of rows of $B$
    - $p$ is the number of columns of $B$ and of $AB$
    - $i$ is the row index, from $1$ to $m$
    - $j$ is the column index, from $1$ to $p$
    - $k$ is the summation index, from $1$ to $n$
    - $A_{ik}$ is the entry in row $i$, column $k$ of the $m \times n$ matrix $A$
    - $B_{kj}$ is the entry in row $k$, column $j$ of the $n \times p$ matrix $B$
    - $(AB)_{ij}$ is the entry in row $i$, column $j$ of the $m \times p$ product $AB$

    Arguments: A, B; out= an optional preallocated result.
    """
    A, B, = floats('matmul', A, B)
    return call_gufunc(_matmul, _matmul_core, 'matmul', '(m,n),(n,p)->(m,p)', (A, B), [], out, parallel=_matmul_threads, blas=True)


def _matmul_vjp_A_core(A, B, G_up, out, _bad):
    A = rt.wide(A)
    B = rt.wide(B)
    G_up = rt.wide(G_up)
    m = A.shape[0]
    n = A.shape[1]
    p = B.shape[1]
    out_c = np.ascontiguousarray(out)
    _t0 = rt.dot(np.ascontiguousarray(G_up), np.ascontiguousarray(B).T)
    for l in range(1, m + 1):
        for q in range(1, n + 1):
            out_c[l - 1, q - 1] = _t0[l - 1, q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_matmul_vjp_A = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(m,n),(n,p),(m,p)->(m,n),()", cache=True)(_matmul_vjp_A_core))
_matmul_vjp_A_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(m,n),(n,p),(m,p)->(m,n),()", target="parallel", cache=True)(_matmul_vjp_A_core))


def matmul_vjp_A(A, B, G_up, out=None):
    r"""58. Matrix Multiplication: vjp kernel (layout (m,n),(n,p),(m,p)->(m,n)).

    $\frac{\partial \mathcal{L}}{\partial A_{lq}} = \sum_{j=1}^{p} B_{qj} G_{l,j}$

    where:

    - $m$ is the number of rows of $A$ and of $AB$
    - $n$ is the number of columns of $A$ and of rows of $B$
    - $p$ is the number of columns of $B$ and of $AB$
    - $j$ is the column index, from $1$ to $p$
    - $A_{lq}$ is the entry in row $i$, column $k$ of the $m \times n$ matrix $A$
    - $B_{qj}$ is the entry in row $k$, column $j$ of the $n \times p$ matrix $B$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: A, B, G_up; out= an optional preallocated result.
    """
    A, B, G_up, = floats('matmul_vjp_A', A, B, G_up)
    return call_gufunc(_matmul_vjp_A, _matmul_vjp_A_core, 'matmul_vjp_A', '(m,n),(n,p),(m,p)->(m,n)', (A, B, G_up), [], out, parallel=_matmul_vjp_A_threads, blas=True)


def _matmul_vjp_B_core(A, B, G_up, out, _bad):
    A = rt.wide(A)
    B = rt.wide(B)
    G_up = rt.wide(G_up)
    m = A.shape[0]
    n = A.shape[1]
    p = B.shape[1]
    out_c = np.ascontiguousarray(out)
    _t0 = rt.dot(np.ascontiguousarray(A).T, np.ascontiguousarray(G_up))
    for l in range(1, n + 1):
        for q in range(1, p + 1):
            out_c[l - 1, q - 1] = _t0[l - 1, q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_matmul_vjp_B = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(m,n),(n,p),(m,p)->(n,p),()", cache=True)(_matmul_vjp_B_core))
_matmul_vjp_B_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(m,n),(n,p),(m,p)->(n,p),()", target="parallel", cache=True)(_matmul_vjp_B_core))


def matmul_vjp_B(A, B, G_up, out=None):
    r"""58. Matrix Multiplication: vjp kernel (layout (m,n),(n,p),(m,p)->(n,p)).

    $\frac{\partial \mathcal{L}}{\partial B_{lq}} = \sum_{i=1}^{m} A_{il} G_{i,q}$

    where:

    - $m$ is the number of rows of $A$ and of $AB$
    - $n$ is the number of columns of $A$ and of rows of $B$
    - $p$ is the number of columns of $B$ and of $AB$
    - $i$ is the row index, from $1$ to $m$
    - $A_{il}$ is the entry in row $i$, column $k$ of the $m \times n$ matrix $A$
    - $B_{lq}$ is the entry in row $k$, column $j$ of the $n \times p$ matrix $B$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{i,q}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: A, B, G_up; out= an optional preallocated result.
    """
    A, B, G_up, = floats('matmul_vjp_B', A, B, G_up)
    return call_gufunc(_matmul_vjp_B, _matmul_vjp_B_core, 'matmul_vjp_B', '(m,n),(n,p),(m,p)->(n,p)', (A, B, G_up), [], out, parallel=_matmul_vjp_B_threads, blas=True)


def _det2x2_core(a, b, c, d):
    a = rt.wide(a)
    b = rt.wide(b)
    c = rt.wide(c)
    d = rt.wide(d)
    result = a*d - b*c
    return result


_det2x2 = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32)", "float64(float64, float64, float64, float64)"], cache=True)(_det2x2_core))
_det2x2_element = numba.njit(**rt.INLINED)(_det2x2_core)


def _det2x2_loop(a, b, c, d, result):
    for _i in numba.prange(result.size):
        result[_i] = _det2x2_element(rt.at(a, _i), rt.at(b, _i), rt.at(c, _i), rt.at(d, _i))


_det2x2_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_det2x2_loop))
_det2x2_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_det2x2_loop, "_det2x2_loop_serial")))


def det2x2(a, b, c, d, out=None):
    r"""59. Determinant of a 2×2 Matrix: forward kernel (elementwise ufunc).

    $\det\begin{pmatrix} a & b \\ c & d \end{pmatrix} = a d - b c$

    where:

    - $a$ is the entry in row 1, column 1 of the $2 \times 2$ matrix
    - $b$ is the entry in row 1, column 2 of the $2 \times 2$ matrix
    - $c$ is the entry in row 2, column 1 of the $2 \times 2$ matrix
    - $d$ is the entry in row 2, column 2 of the $2 \times 2$ matrix

    Arguments: a, b, c, d; out= an optional preallocated result.
    """
    a, b, c, d, = floats('det2x2', a, b, c, d)
    return call_ufunc(_det2x2, 'det2x2', (a, b, c, d), out, _det2x2_flat, _det2x2_serial)


def _det2x2_grad_a_core(a, b, c, d):
    a = rt.wide(a)
    b = rt.wide(b)
    c = rt.wide(c)
    d = rt.wide(d)
    result = a*d - b*c
    result = d
    return result


_det2x2_grad_a = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32)", "float64(float64, float64, float64, float64)"], cache=True)(_det2x2_grad_a_core))
_det2x2_grad_a_element = numba.njit(**rt.INLINED)(_det2x2_grad_a_core)


def _det2x2_grad_a_loop(a, b, c, d, result):
    for _i in numba.prange(result.size):
        result[_i] = _det2x2_grad_a_element(rt.at(a, _i), rt.at(b, _i), rt.at(c, _i), rt.at(d, _i))


_det2x2_grad_a_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_det2x2_grad_a_loop))
_det2x2_grad_a_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_det2x2_grad_a_loop, "_det2x2_grad_a_loop_serial")))


def det2x2_grad_a(a, b, c, d, out=None):
    r"""59. Determinant of a 2×2 Matrix: grad kernel (elementwise ufunc).

    $\frac{\partial}{\partial a} \det\begin{pmatrix} a & b \\ c & d \end{pmatrix} = d$

    where:

    - $a$ is the entry in row 1, column 1 of the $2 \times 2$ matrix
    - $b$ is the entry in row 1, column 2 of the $2 \times 2$ matrix
    - $c$ is the entry in row 2, column 1 of the $2 \times 2$ matrix
    - $d$ is the entry in row 2, column 2 of the $2 \times 2$ matrix

    Arguments: a, b, c, d; out= an optional preallocated result.
    """
    a, b, c, d, = floats('det2x2_grad_a', a, b, c, d)
    return call_ufunc(_det2x2_grad_a, 'det2x2_grad_a', (a, b, c, d), out, _det2x2_grad_a_flat, _det2x2_grad_a_serial)


def _det2x2_grad_b_core(a, b, c, d):
    a = rt.wide(a)
    b = rt.wide(b)
    c = rt.wide(c)
    d = rt.wide(d)
    result = a*d - b*c
    result = -c
    return result


_det2x2_grad_b = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32)", "float64(float64, float64, float64, float64)"], cache=True)(_det2x2_grad_b_core))
_det2x2_grad_b_element = numba.njit(**rt.INLINED)(_det2x2_grad_b_core)


def _det2x2_grad_b_loop(a, b, c, d, result):
    for _i in numba.prange(result.size):
        result[_i] = _det2x2_grad_b_element(rt.at(a, _i), rt.at(b, _i), rt.at(c, _i), rt.at(d, _i))


_det2x2_grad_b_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_det2x2_grad_b_loop))
_det2x2_grad_b_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_det2x2_grad_b_loop, "_det2x2_grad_b_loop_serial")))


def det2x2_grad_b(a, b, c, d, out=None):
    r"""59. Determinant of a 2×2 Matrix: grad kernel (elementwise ufunc).

    $\frac{\partial}{\partial b} \det\begin{pmatrix} a & b \\ c & d \end{pmatrix} = - c$

    where:

    - $a$ is the entry in row 1, column 1 of the $2 \times 2$ matrix
    - $b$ is the entry in row 1, column 2 of the $2 \times 2$ matrix
    - $c$ is the entry in row 2, column 1 of the $2 \times 2$ matrix
    - $d$ is the entry in row 2, column 2 of the $2 \times 2$ matrix

    Arguments: a, b, c, d; out= an optional preallocated result.
    """
    a, b, c, d, = floats('det2x2_grad_b', a, b, c, d)
    return call_ufunc(_det2x2_grad_b, 'det2x2_grad_b', (a, b, c, d), out, _det2x2_grad_b_flat, _det2x2_grad_b_serial)


def _det2x2_grad_c_core(a, b, c, d):
    a = rt.wide(a)
    b = rt.wide(b)
    c = rt.wide(c)
    d = rt.wide(d)
    result = a*d - b*c
    result = -b
    return result


_det2x2_grad_c = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32)", "float64(float64, float64, float64, float64)"], cache=True)(_det2x2_grad_c_core))
_det2x2_grad_c_element = numba.njit(**rt.INLINED)(_det2x2_grad_c_core)


def _det2x2_grad_c_loop(a, b, c, d, result):
    for _i in numba.prange(result.size):
        result[_i] = _det2x2_grad_c_element(rt.at(a, _i), rt.at(b, _i), rt.at(c, _i), rt.at(d, _i))


_det2x2_grad_c_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_det2x2_grad_c_loop))
_det2x2_grad_c_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_det2x2_grad_c_loop, "_det2x2_grad_c_loop_serial")))


def det2x2_grad_c(a, b, c, d, out=None):
    r"""59. Determinant of a 2×2 Matrix: grad kernel (elementwise ufunc).

    $\frac{\partial}{\partial c} \det\begin{pmatrix} a & b \\ c & d \end{pmatrix} = - b$

    where:

    - $a$ is the entry in row 1, column 1 of the $2 \times 2$ matrix
    - $b$ is the entry in row 1, column 2 of the $2 \times 2$ matrix
    - $c$ is the entry in row 2, column 1 of the $2 \times 2$ matrix
    - $d$ is the entry in row 2, column 2 of the $2 \times 2$ matrix

    Arguments: a, b, c, d; out= an optional preallocated result.
    """
    a, b, c, d, = floats('det2x2_grad_c', a, b, c, d)
    return call_ufunc(_det2x2_grad_c, 'det2x2_grad_c', (a, b, c, d), out, _det2x2_grad_c_flat, _det2x2_grad_c_serial)


def _det2x2_grad_d_core(a, b, c, d):
    a = rt.wide(a)
    b = rt.wide(b)
    c = rt.wide(c)
    d = rt.wide(d)
    result = a*d - b*c
    result = a
    return result


_det2x2_grad_d = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32)", "float64(float64, float64, float64, float64)"], cache=True)(_det2x2_grad_d_core))
_det2x2_grad_d_element = numba.njit(**rt.INLINED)(_det2x2_grad_d_core)


def _det2x2_grad_d_loop(a, b, c, d, result):
    for _i in numba.prange(result.size):
        result[_i] = _det2x2_grad_d_element(rt.at(a, _i), rt.at(b, _i), rt.at(c, _i), rt.at(d, _i))


_det2x2_grad_d_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_det2x2_grad_d_loop))
_det2x2_grad_d_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_det2x2_grad_d_loop, "_det2x2_grad_d_loop_serial")))


def det2x2_grad_d(a, b, c, d, out=None):
    r"""59. Determinant of a 2×2 Matrix: grad kernel (elementwise ufunc).

    $\frac{\partial}{\partial d} \det\begin{pmatrix} a & b \\ c & d \end{pmatrix} = a$

    where:

    - $a$ is the entry in row 1, column 1 of the $2 \times 2$ matrix
    - $b$ is the entry in row 1, column 2 of the $2 \times 2$ matrix
    - $c$ is the entry in row 2, column 1 of the $2 \times 2$ matrix
    - $d$ is the entry in row 2, column 2 of the $2 \times 2$ matrix

    Arguments: a, b, c, d; out= an optional preallocated result.
    """
    a, b, c, d, = floats('det2x2_grad_d', a, b, c, d)
    return call_ufunc(_det2x2_grad_d, 'det2x2_grad_d', (a, b, c, d), out, _det2x2_grad_d_flat, _det2x2_grad_d_serial)


def _inverse2x2_core(a, b, c, d, _shape0, out, _bad):
    a = rt.wide(a)
    b = rt.wide(b)
    c = rt.wide(c)
    d = rt.wide(d)
    out_c = np.ascontiguousarray(out)
    _one = lit(a, 1.0)
    _t0 = a*d
    _t1 = -(b*c)
    _t2 = _t0 + _t1
    _t3 = _one/(_t2)
    out_c[0, 0] = _t3*d
    out_c[0, 1] = -(_t3*b)
    out_c[1, 0] = -(_t3*c)
    out_c[1, 1] = _t3*a
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_inverse2x2 = Lazy(lambda: numba.guvectorize(["void(float64, float64, float64, float64, float64[:, :], float64[:, :], float64[:])"], "(),(),(),(),(n0,n0)->(n0,n0),()", cache=True)(_inverse2x2_core))
_inverse2x2_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64, float64, float64, float64[:, :], float64[:, :], float64[:])"], "(),(),(),(),(n0,n0)->(n0,n0),()", target="parallel", cache=True)(_inverse2x2_core))


def inverse2x2(a, b, c, d, out=None):
    r"""60. Matrix Inverse (2×2): forward kernel (layout (),(),(),(),(n0,n0)->(n0,n0)).

    $\begin{pmatrix} a & b \\ c & d \end{pmatrix}^{-1} = \frac{1}{a d - b c} \begin{pmatrix} d & - b \\ - c & a \end{pmatrix}$

    where:

    - $a$ is the entry in row 1, column 1 of the $2 \times 2$ matrix
    - $b$ is the entry in row 1, column 2 of the $2 \times 2$ matrix
    - $c$ is the entry in row 2, column 1 of the $2 \times 2$ matrix
    - $d$ is the entry in row 2, column 2 of the $2 \times 2$ matrix

    Arguments: a, b, c, d; out= an optional preallocated result.
    """
    a, b, c, d, = floats('inverse2x2', a, b, c, d)
    return call_gufunc(_inverse2x2, _inverse2x2_core, 'inverse2x2', '(),(),(),(),(n0,n0)->(n0,n0)', (a, b, c, d), [(2, 2, )], out, parallel=_inverse2x2_threads)


def _frobenius_norm_core(A, out, _bad):
    A = rt.wide(A)
    m = A.shape[0]
    n = A.shape[1]
    _c0 = lit(A, -np.inf)
    _zero = lit(A, 0.0)
    _c1 = lit(A, np.nan)
    _t1 = _c0
    for i in range(1, m + 1):
        _t2 = _c0
        _t2_0 = _t2_1 = _t2_2 = _t2_3 = _t2
        _t2_n0 = _t2_n1 = _t2_n2 = _t2_n3 = False
        for j in range(1, 1 + (n)//4*4, 4):
            _t3_0 = np.abs(A[i - 1, j - 1])
            _t2_x = _t3_0
            _t2_0 = max(_t2_0, _t2_x)
            _t2_n0 |= _t2_x != _t2_x
            _t3_1 = np.abs(A[i - 1, j])
            _t2_x = _t3_1
            _t2_1 = max(_t2_1, _t2_x)
            _t2_n1 |= _t2_x != _t2_x
            _t3_2 = np.abs(A[i - 1, j + 1])
            _t2_x = _t3_2
            _t2_2 = max(_t2_2, _t2_x)
            _t2_n2 |= _t2_x != _t2_x
            _t3_3 = np.abs(A[i - 1, j + 2])
            _t2_x = _t3_3
            _t2_3 = max(_t2_3, _t2_x)
            _t2_n3 |= _t2_x != _t2_x
        if _t2_n0 | _t2_n1 | _t2_n2 | _t2_n3:
            for j in range(1, 1 + (n)//4*4):
                _t3 = np.abs(A[i - 1, j - 1])
                _t2 = np.maximum(_t2, _t3)
        else:
            _t2 = np.maximum(_t2, np.maximum(np.maximum(_t2_0, _t2_1), np.maximum(_t2_2, _t2_3)))
        for j in range(1 + (n)//4*4, n + 1):
            _t3 = np.abs(A[i - 1, j - 1])
            _t2 = np.maximum(_t2, _t3)
        _t1 = np.maximum(_t1, _t2)
    if _t1 == _zero:
        _t0 = _zero
    elif not (_t1 == _t1):
        _t0 = _c1
    else:
        _t4 = _zero
        for i in range(1, m + 1):
            _t5 = _zero
            _t5_0 = _t5_1 = _t5_2 = _t5_3 = _zero
            for j in range(1, 1 + (n)//4*4, 4):
                _t5_0 += ((A[i - 1, j - 1]/_t1)*(A[i - 1, j - 1]/_t1))
                _t5_1 += ((A[i - 1, j]/_t1)*(A[i - 1, j]/_t1))
                _t5_2 += ((A[i - 1, j + 1]/_t1)*(A[i - 1, j + 1]/_t1))
                _t5_3 += ((A[i - 1, j + 2]/_t1)*(A[i - 1, j + 2]/_t1))
            _t5 += (_t5_0 + _t5_1) + (_t5_2 + _t5_3)
            for j in range(1 + (n)//4*4, n + 1):
                _t5 += ((A[i - 1, j - 1]/_t1)*(A[i - 1, j - 1]/_t1))
            if rt.OVERFLOWS and not np.isfinite(_t5) and rt.all_finite(A):
                _t5 = _c1
            _t4 += _t5
        if rt.OVERFLOWS and not np.isfinite(_t4) and rt.all_finite(A):
            _t4 = _c1
        _t0 = _t1*np.sqrt(_t4)
    out[0] = _t0
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_frobenius_norm = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:])"], "(m,n)->(),()", cache=True)(_frobenius_norm_core))
_frobenius_norm_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:])"], "(m,n)->(),()", target="parallel", cache=True)(_frobenius_norm_core))


def frobenius_norm(A, out=None):
    r"""61. Frobenius Norm: forward kernel (layout (m,n)->()).

    $\|A\|_F = \sqrt{\sum_{i=1}^{m} \sum_{j=1}^{n} A_{ij}^{2}}$

    where:

    - $m$ is the number of rows of $A$
    - $n$ is the number of columns of $A$
    - $i$ is the row index
    - $j$ is the column index
    - $A_{ij}$ is the element in row $i$, column $j$ of the real $m \times n$ matrix $A$
    - $\|A\|_F$ is the Frobenius norm of $A$

    Arguments: A; out= an optional preallocated result.
    """
    A, = floats('frobenius_norm', A)
    return call_gufunc(_frobenius_norm, _frobenius_norm_core, 'frobenius_norm', '(m,n)->()', (A,), [], out, parallel=_frobenius_norm_threads)


def _frobenius_norm_grad_A_core(A, out, _bad):
    A = rt.wide(A)
    m = A.shape[0]
    n = A.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(A, 0.0)
    _c0 = lit(A, -np.inf)
    _c1 = lit(A, np.nan)
    _one = lit(A, 1.0)
    _t0 = _zero
    _t2 = _c0
    for i in range(1, m + 1):
        _t3 = _c0
        _t3_0 = _t3_1 = _t3_2 = _t3_3 = _t3
        _t3_n0 = _t3_n1 = _t3_n2 = _t3_n3 = False
        for j in range(1, 1 + (n)//4*4, 4):
            _t4_0 = np.abs(A[i - 1, j - 1])
            _t3_x = _t4_0
            _t3_0 = max(_t3_0, _t3_x)
            _t3_n0 |= _t3_x != _t3_x
            _t4_1 = np.abs(A[i - 1, j])
            _t3_x = _t4_1
            _t3_1 = max(_t3_1, _t3_x)
            _t3_n1 |= _t3_x != _t3_x
            _t4_2 = np.abs(A[i - 1, j + 1])
            _t3_x = _t4_2
            _t3_2 = max(_t3_2, _t3_x)
            _t3_n2 |= _t3_x != _t3_x
            _t4_3 = np.abs(A[i - 1, j + 2])
            _t3_x = _t4_3
            _t3_3 = max(_t3_3, _t3_x)
            _t3_n3 |= _t3_x != _t3_x
        if _t3_n0 | _t3_n1 | _t3_n2 | _t3_n3:
            for j in range(1, 1 + (n)//4*4):
                _t4 = np.abs(A[i - 1, j - 1])
                _t3 = np.maximum(_t3, _t4)
        else:
            _t3 = np.maximum(_t3, np.maximum(np.maximum(_t3_0, _t3_1), np.maximum(_t3_2, _t3_3)))
        for j in range(1 + (n)//4*4, n + 1):
            _t4 = np.abs(A[i - 1, j - 1])
            _t3 = np.maximum(_t3, _t4)
        _t2 = np.maximum(_t2, _t3)
    for i in range(1, m + 1):
        _t1 = _zero
        _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
        for j in range(1, 1 + (n)//4*4, 4):
            _t1_0 += ((A[i - 1, j - 1]/_t2)*(A[i - 1, j - 1]/_t2))
            _t1_1 += ((A[i - 1, j]/_t2)*(A[i - 1, j]/_t2))
            _t1_2 += ((A[i - 1, j + 1]/_t2)*(A[i - 1, j + 1]/_t2))
            _t1_3 += ((A[i - 1, j + 2]/_t2)*(A[i - 1, j + 2]/_t2))
        _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
        for j in range(1 + (n)//4*4, n + 1):
            _t1 += ((A[i - 1, j - 1]/_t2)*(A[i - 1, j - 1]/_t2))
        if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(A):
            _t1 = _c1
        _t0 += _t1
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(A):
        _t0 = _c1
    _t5 = _one/np.sqrt(_t0)
    for k in range(1, m + 1):
        for l in range(1, n + 1):
            out_c[k - 1, l - 1] = _t5*(A[k - 1, l - 1]/_t2)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_frobenius_norm_grad_A = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:])"], "(m,n)->(m,n),()", cache=True)(_frobenius_norm_grad_A_core))
_frobenius_norm_grad_A_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:])"], "(m,n)->(m,n),()", target="parallel", cache=True)(_frobenius_norm_grad_A_core))


def frobenius_norm_grad_A(A, out=None):
    r"""61. Frobenius Norm: grad kernel (layout (m,n)->(m,n)).

    $\frac{\partial \|A\|_F}{\partial A_{kl}} = \frac{A_{kl}}{\|A\|_F}$

    where:

    - $m$ is the number of rows of $A$
    - $n$ is the number of columns of $A$
    - $A_{kl}$ is the element in row $i$, column $j$ of the real $m \times n$ matrix $A$
    - $\|A\|_F$ is the Frobenius norm of $A$
    - $k$ is the index of the component differentiated by
    - $l$ is the index of the component differentiated by

    Arguments: A; out= an optional preallocated result.
    """
    A, = floats('frobenius_norm_grad_A', A)
    return call_gufunc(_frobenius_norm_grad_A, _frobenius_norm_grad_A_core, 'frobenius_norm_grad_A', '(m,n)->(m,n)', (A,), [], out, parallel=_frobenius_norm_grad_A_threads)


def _pca_eigendecomposition_core(U, lam, out, _bad):
    U = rt.wide(U)
    lam = rt.wide(lam)
    d = U.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(U, 0.0)
    _c0 = lit(U, np.nan)
    for i in range(1, d + 1):
        for j in range(1, d + 1):
            _t0 = _zero
            _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
            for k in range(1, 1 + (d)//4*4, 4):
                _t0_0 += U[i - 1, k - 1]*U[j - 1, k - 1]*lam[k - 1]
                _t0_1 += U[i - 1, k]*U[j - 1, k]*lam[k]
                _t0_2 += U[i - 1, k + 1]*U[j - 1, k + 1]*lam[k + 1]
                _t0_3 += U[i - 1, k + 2]*U[j - 1, k + 2]*lam[k + 2]
            _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
            for k in range(1 + (d)//4*4, d + 1):
                _t0 += U[i - 1, k - 1]*U[j - 1, k - 1]*lam[k - 1]
            if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(U) and rt.all_finite(lam):
                _t0 = _c0
            out_c[i - 1, j - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_pca_eigendecomposition = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:])"], "(d,d),(d)->(d,d),()", cache=True)(_pca_eigendecomposition_core))
_pca_eigendecomposition_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:])"], "(d,d),(d)->(d,d),()", target="parallel", cache=True)(_pca_eigendecomposition_core))


def pca_eigendecomposition(U, lam, out=None):
    r"""67. PCA Covariance Eigen-Decomposition: forward kernel (layout (d,d),(d)->(d,d)).

    $C_{ij} = \sum_{k=1}^{d} U_{ik} U_{jk} \lambda_{k}$

    where:

    - $d$ is the number of features (the order of $C$)
    - $i$ is the row index
    - $j$ is the column index
    - $k$ is the index of the eigenpair
    - $U_{ik}$ is the entry in row $i$ of the $k$-th eigenvector: $U$ is the orthogonal $d \times d$ matrix of eigenvectors (columns), $U^\top U = I$
    - $\lambda_{k}$ is the $k$-th eigenvalue of $C$, nonnegative for a covariance matrix; $\Lambda = \operatorname{diag}(\lambda)$
    - $C_{ij}$ is the element in row $i$, column $j$ of the symmetric $d \times d$ covariance matrix

    Arguments: U, lam; out= an optional preallocated result.
    """
    U, lam, = floats('pca_eigendecomposition', U, lam)
    return call_gufunc(_pca_eigendecomposition, _pca_eigendecomposition_core, 'pca_eigendecomposition', '(d,d),(d)->(d,d)', (U, lam), [], out, parallel=_pca_eigendecomposition_threads)


def _pca_eigendecomposition_vjp_U_core(U, lam, G_up, out, _bad):
    U = rt.wide(U)
    lam = rt.wide(lam)
    G_up = rt.wide(G_up)
    d = U.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = rt.dot(np.ascontiguousarray(G_up).T, np.ascontiguousarray(U))
    _t1 = rt.dot(np.ascontiguousarray(G_up), np.ascontiguousarray(U))
    for l in range(1, d + 1):
        for q in range(1, d + 1):
            out_c[l - 1, q - 1] = (_t0[l - 1, q - 1] + _t1[l - 1, q - 1])*lam[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_pca_eigendecomposition_vjp_U = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:, :], float64[:])"], "(d,d),(d),(d,d)->(d,d),()", cache=True)(_pca_eigendecomposition_vjp_U_core))
_pca_eigendecomposition_vjp_U_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:, :], float64[:])"], "(d,d),(d),(d,d)->(d,d),()", target="parallel", cache=True)(_pca_eigendecomposition_vjp_U_core))


def pca_eigendecomposition_vjp_U(U, lam, G_up, out=None):
    r"""67. PCA Covariance Eigen-Decomposition: vjp kernel (layout (d,d),(d),(d,d)->(d,d)).

    $\frac{\partial \mathcal{L}}{\partial U_{lq}} = \lambda_{q} \left(\sum_{i=1}^{d} U_{iq} G_{i,l} + \sum_{j=1}^{d} U_{jq} G_{l,j}\right)$

    where:

    - $d$ is the number of features (the order of $C$)
    - $i$ is the row index
    - $j$ is the column index
    - $U_{lq}$ is the entry in row $i$ of the $k$-th eigenvector: $U$ is the orthogonal $d \times d$ matrix of eigenvectors (columns), $U^\top U = I$
    - $\lambda_{q}$ is the $k$-th eigenvalue of $C$, nonnegative for a covariance matrix; $\Lambda = \operatorname{diag}(\lambda)$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{i,l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: U, lam, G_up; out= an optional preallocated result.
    """
    U, lam, G_up, = floats('pca_eigendecomposition_vjp_U', U, lam, G_up)
    return call_gufunc(_pca_eigendecomposition_vjp_U, _pca_eigendecomposition_vjp_U_core, 'pca_eigendecomposition_vjp_U', '(d,d),(d),(d,d)->(d,d)', (U, lam, G_up), [], out, parallel=_pca_eigendecomposition_vjp_U_threads, blas=True)


def _pca_eigendecomposition_vjp_lam_core(U, lam, G_up, out, _bad):
    U = rt.wide(U)
    lam = rt.wide(lam)
    G_up = rt.wide(G_up)
    d = U.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(U, 0.0)
    _c0 = lit(U, np.nan)
    _t1 = rt.dot(np.ascontiguousarray(U).T, np.ascontiguousarray(G_up))
    for l in range(1, d + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (d)//4*4, 4):
            _t0_0 += U[j - 1, l - 1]*_t1[l - 1, j - 1]
            _t0_1 += U[j, l - 1]*_t1[l - 1, j]
            _t0_2 += U[j + 1, l - 1]*_t1[l - 1, j + 1]
            _t0_3 += U[j + 2, l - 1]*_t1[l - 1, j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (d)//4*4, d + 1):
            _t0 += U[j - 1, l - 1]*_t1[l - 1, j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(U) and rt.all_finite(lam) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_pca_eigendecomposition_vjp_lam = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:], float64[:])"], "(d,d),(d),(d,d)->(d),()", cache=True)(_pca_eigendecomposition_vjp_lam_core))
_pca_eigendecomposition_vjp_lam_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:], float64[:])"], "(d,d),(d),(d,d)->(d),()", target="parallel", cache=True)(_pca_eigendecomposition_vjp_lam_core))


def pca_eigendecomposition_vjp_lam(U, lam, G_up, out=None):
    r"""67. PCA Covariance Eigen-Decomposition: vjp kernel (layout (d,d),(d),(d,d)->(d)).

    $\frac{\partial \mathcal{L}}{\partial \lambda_{l}} = \sum_{j=1}^{d} U_{jl} \sum_{i=1}^{d} U_{il} G_{i,j}$

    where:

    - $d$ is the number of features (the order of $C$)
    - $i$ is the row index
    - $j$ is the column index
    - $U_{jl}$ is the entry in row $i$ of the $k$-th eigenvector: $U$ is the orthogonal $d \times d$ matrix of eigenvectors (columns), $U^\top U = I$
    - $\lambda_{l}$ is the $k$-th eigenvalue of $C$, nonnegative for a covariance matrix; $\Lambda = \operatorname{diag}(\lambda)$
    - $l$ is the index of the component differentiated by
    - $G_{i,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: U, lam, G_up; out= an optional preallocated result.
    """
    U, lam, G_up, = floats('pca_eigendecomposition_vjp_lam', U, lam, G_up)
    return call_gufunc(_pca_eigendecomposition_vjp_lam, _pca_eigendecomposition_vjp_lam_core, 'pca_eigendecomposition_vjp_lam', '(d,d),(d),(d,d)->(d)', (U, lam, G_up), [], out, parallel=_pca_eigendecomposition_vjp_lam_threads, blas=True)


def _svd_core(U, sigma, V, out, _bad):
    U = rt.wide(U)
    sigma = rt.wide(sigma)
    V = rt.wide(V)
    m = U.shape[0]
    r = U.shape[1]
    n = V.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(U, 0.0)
    _c0 = lit(U, np.nan)
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            _t0 = _zero
            _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
            for k in range(1, 1 + (r)//4*4, 4):
                _t0_0 += U[i - 1, k - 1]*V[j - 1, k - 1]*sigma[k - 1]
                _t0_1 += U[i - 1, k]*V[j - 1, k]*sigma[k]
                _t0_2 += U[i - 1, k + 1]*V[j - 1, k + 1]*sigma[k + 1]
                _t0_3 += U[i - 1, k + 2]*V[j - 1, k + 2]*sigma[k + 2]
            _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
            for k in range(1 + (r)//4*4, r + 1):
                _t0 += U[i - 1, k - 1]*V[j - 1, k - 1]*sigma[k - 1]
            if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(U) and rt.all_finite(sigma) and rt.all_finite(V):
                _t0 = _c0
            out_c[i - 1, j - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_svd = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:, :], float64[:])"], "(m,r),(r),(n,r)->(m,n),()", cache=True)(_svd_core))
_svd_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:, :], float64[:])"], "(m,r),(r),(n,r)->(m,n),()", target="parallel", cache=True)(_svd_core))


def svd(U, sigma, V, out=None):
    r"""68. Singular Value Decomposition (SVD): forward kernel (layout (m,r),(r),(n,r)->(m,n)).

    $A_{ij} = \sum_{k=1}^{r} U_{ik} V_{jk} \sigma_{k}$

    where:

    - $m$ is the number of rows of $A$
    - $n$ is the number of columns of $A$
    - $r$ is the number of singular values, $r = \min(m, n)$
    - $i$ is the row index
    - $j$ is the column index
    - $k$ is the index of the singular triple
    - $U_{ik}$ is the entry in row $i$ of the $k$-th left singular vector: $U$ is the $m \times r$ matrix with orthonormal columns, $U^\top U = I$
    - $\sigma_{k}$ is the $k$-th singular value, $\sigma_1 \ge \dots \ge \sigma_r \ge 0$; $\Sigma = \operatorname{diag}(\sigma)$
    - $V_{jk}$ is the entry in row $j$ of the $k$-th right singular vector: $V$ is the $n \times r$ matrix with orthonormal columns, $V^\top V = I$
    - $A_{ij}$ is the element in row $i$, column $j$ of the $m \times n$ matrix $A$

    Arguments: U, sigma, V; out= an optional preallocated result.
    """
    U, sigma, V, = floats('svd', U, sigma, V)
    return call_gufunc(_svd, _svd_core, 'svd', '(m,r),(r),(n,r)->(m,n)', (U, sigma, V), [], out, parallel=_svd_threads)


def _svd_vjp_U_core(U, sigma, V, G_up, out, _bad):
    U = rt.wide(U)
    sigma = rt.wide(sigma)
    V = rt.wide(V)
    G_up = rt.wide(G_up)
    m = U.shape[0]
    r = U.shape[1]
    n = V.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = rt.dot(np.ascontiguousarray(G_up), np.ascontiguousarray(V))
    for l in range(1, m + 1):
        for q in range(1, r + 1):
            out_c[l - 1, q - 1] = _t0[l - 1, q - 1]*sigma[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_svd_vjp_U = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(m,r),(r),(n,r),(m,n)->(m,r),()", cache=True)(_svd_vjp_U_core))
_svd_vjp_U_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(m,r),(r),(n,r),(m,n)->(m,r),()", target="parallel", cache=True)(_svd_vjp_U_core))


def svd_vjp_U(U, sigma, V, G_up, out=None):
    r"""68. Singular Value Decomposition (SVD): vjp kernel (layout (m,r),(r),(n,r),(m,n)->(m,r)).

    $\frac{\partial \mathcal{L}}{\partial U_{lq}} = \sigma_{q} \sum_{j=1}^{n} V_{jq} G_{l,j}$

    where:

    - $m$ is the number of rows of $A$
    - $n$ is the number of columns of $A$
    - $r$ is the number of singular values, $r = \min(m, n)$
    - $j$ is the column index
    - $U_{lq}$ is the entry in row $i$ of the $k$-th left singular vector: $U$ is the $m \times r$ matrix with orthonormal columns, $U^\top U = I$
    - $\sigma_{q}$ is the $k$-th singular value, $\sigma_1 \ge \dots \ge \sigma_r \ge 0$; $\Sigma = \operatorname{diag}(\sigma)$
    - $V_{jq}$ is the entry in row $j$ of the $k$-th right singular vector: $V$ is the $n \times r$ matrix with orthonormal columns, $V^\top V = I$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: U, sigma, V, G_up; out= an optional preallocated result.
    """
    U, sigma, V, G_up, = floats('svd_vjp_U', U, sigma, V, G_up)
    return call_gufunc(_svd_vjp_U, _svd_vjp_U_core, 'svd_vjp_U', '(m,r),(r),(n,r),(m,n)->(m,r)', (U, sigma, V, G_up), [], out, parallel=_svd_vjp_U_threads, blas=True)


def _svd_vjp_sigma_core(U, sigma, V, G_up, out, _bad):
    U = rt.wide(U)
    sigma = rt.wide(sigma)
    V = rt.wide(V)
    G_up = rt.wide(G_up)
    m = U.shape[0]
    r = U.shape[1]
    n = V.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(U, 0.0)
    _c0 = lit(U, np.nan)
    _t1 = rt.dot(np.ascontiguousarray(U).T, np.ascontiguousarray(G_up))
    for l in range(1, r + 1):
        _t0 = _zero
        _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
        for j in range(1, 1 + (n)//4*4, 4):
            _t0_0 += V[j - 1, l - 1]*_t1[l - 1, j - 1]
            _t0_1 += V[j, l - 1]*_t1[l - 1, j]
            _t0_2 += V[j + 1, l - 1]*_t1[l - 1, j + 1]
            _t0_3 += V[j + 2, l - 1]*_t1[l - 1, j + 2]
        _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
        for j in range(1 + (n)//4*4, n + 1):
            _t0 += V[j - 1, l - 1]*_t1[l - 1, j - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(U) and rt.all_finite(sigma) and rt.all_finite(V) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_svd_vjp_sigma = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:, :], float64[:], float64[:])"], "(m,r),(r),(n,r),(m,n)->(r),()", cache=True)(_svd_vjp_sigma_core))
_svd_vjp_sigma_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:, :], float64[:], float64[:])"], "(m,r),(r),(n,r),(m,n)->(r),()", target="parallel", cache=True)(_svd_vjp_sigma_core))


def svd_vjp_sigma(U, sigma, V, G_up, out=None):
    r"""68. Singular Value Decomposition (SVD): vjp kernel (layout (m,r),(r),(n,r),(m,n)->(r)).

    $\frac{\partial \mathcal{L}}{\partial \sigma_{l}} = \sum_{j=1}^{n} V_{jl} \sum_{i=1}^{m} U_{il} G_{i,j}$

    where:

    - $m$ is the number of rows of $A$
    - $n$ is the number of columns of $A$
    - $r$ is the number of singular values, $r = \min(m, n)$
    - $i$ is the row index
    - $j$ is the column index
    - $U_{il}$ is the entry in row $i$ of the $k$-th left singular vector: $U$ is the $m \times r$ matrix with orthonormal columns, $U^\top U = I$
    - $\sigma_{l}$ is the $k$-th singular value, $\sigma_1 \ge \dots \ge \sigma_r \ge 0$; $\Sigma = \operatorname{diag}(\sigma)$
    - $V_{jl}$ is the entry in row $j$ of the $k$-th right singular vector: $V$ is the $n \times r$ matrix with orthonormal columns, $V^\top V = I$
    - $l$ is the index of the component differentiated by
    - $G_{i,j}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: U, sigma, V, G_up; out= an optional preallocated result.
    """
    U, sigma, V, G_up, = floats('svd_vjp_sigma', U, sigma, V, G_up)
    return call_gufunc(_svd_vjp_sigma, _svd_vjp_sigma_core, 'svd_vjp_sigma', '(m,r),(r),(n,r),(m,n)->(r)', (U, sigma, V, G_up), [], out, parallel=_svd_vjp_sigma_threads, blas=True)


def _svd_vjp_V_core(U, sigma, V, G_up, out, _bad):
    U = rt.wide(U)
    sigma = rt.wide(sigma)
    V = rt.wide(V)
    G_up = rt.wide(G_up)
    m = U.shape[0]
    r = U.shape[1]
    n = V.shape[0]
    out_c = np.ascontiguousarray(out)
    _t0 = rt.dot(np.ascontiguousarray(G_up).T, np.ascontiguousarray(U))
    for l in range(1, n + 1):
        for q in range(1, r + 1):
            out_c[l - 1, q - 1] = _t0[l - 1, q - 1]*sigma[q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_svd_vjp_V = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(m,r),(r),(n,r),(m,n)->(n,r),()", cache=True)(_svd_vjp_V_core))
_svd_vjp_V_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(m,r),(r),(n,r),(m,n)->(n,r),()", target="parallel", cache=True)(_svd_vjp_V_core))


def svd_vjp_V(U, sigma, V, G_up, out=None):
    r"""68. Singular Value Decomposition (SVD): vjp kernel (layout (m,r),(r),(n,r),(m,n)->(n,r)).

    $\frac{\partial \mathcal{L}}{\partial V_{lq}} = \sigma_{q} \sum_{i=1}^{m} U_{iq} G_{i,l}$

    where:

    - $m$ is the number of rows of $A$
    - $n$ is the number of columns of $A$
    - $r$ is the number of singular values, $r = \min(m, n)$
    - $i$ is the row index
    - $U_{iq}$ is the entry in row $i$ of the $k$-th left singular vector: $U$ is the $m \times r$ matrix with orthonormal columns, $U^\top U = I$
    - $\sigma_{q}$ is the $k$-th singular value, $\sigma_1 \ge \dots \ge \sigma_r \ge 0$; $\Sigma = \operatorname{diag}(\sigma)$
    - $V_{lq}$ is the entry in row $j$ of the $k$-th right singular vector: $V$ is the $n \times r$ matrix with orthonormal columns, $V^\top V = I$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{i,l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: U, sigma, V, G_up; out= an optional preallocated result.
    """
    U, sigma, V, G_up, = floats('svd_vjp_V', U, sigma, V, G_up)
    return call_gufunc(_svd_vjp_V, _svd_vjp_V_core, 'svd_vjp_V', '(m,r),(r),(n,r),(m,n)->(n,r)', (U, sigma, V, G_up), [], out, parallel=_svd_vjp_V_threads, blas=True)
