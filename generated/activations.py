# Generated from symbolic/activations.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Activations: Numba kernels (forward, derivatives, fused) of entries 4, 5, 6, 7, 8, 49, 50, 51, 52, 93, 94, 95, 97.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _softmax_core(z, out, _bad):
    z = rt.wide(z)
    C = z.shape[0]
    out_c = np.ascontiguousarray(out)
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
    _t3 = out_c
    for k in range(1, C + 1):
        _t3[k - 1] = rt.exp_neg(_t2 + z[k - 1])
    _t0 = rt.total(_t3)
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(z):
        _t0 = _c1
    _t4 = _one/(_t0)
    for j in range(1, C + 1):
        _t_out = _t4*_t3[j - 1]
        out_c[j - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_softmax = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(C)->(C),()", cache=True)(_softmax_core))
_softmax_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(C)->(C),()", target="parallel", cache=True)(_softmax_core))


def softmax(z, out=None):
    r"""4. Softmax Function: forward kernel (layout (C)->(C)).

    $\hat{y}_{j} = \frac{e^{z_{j}}}{\sum_{k=1}^{C} e^{z_{k}}}$

    where:

    - $C$ is the total number of classes
    - $j$ is the class index of the output
    - $k$ is the summation index over classes
    - $z_{j}$ is the logit for class $j$
    - $\hat{y}_{j}$ is the probability assigned to class $j$

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('softmax', z)
    return call_gufunc(_softmax, _softmax_core, 'softmax', '(C)->(C)', (z,), [], out, parallel=_softmax_threads)


def _softmax_jacobian_z_core(z, out, _bad):
    z = rt.wide(z)
    C = z.shape[0]
    out_c = np.ascontiguousarray(out)
    y_hat = np.empty((C,), z.dtype)
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
        _t6 = _zero
        for k in range(1, C + 1):
            if j != k:
                _t7 = y_hat[k - 1]
            else:
                _t7 = _zero
            _t6 += _t7
        if rt.OVERFLOWS and not np.isfinite(_t6) and rt.all_finite(z):
            _t6 = _c1
        for l in range(1, C + 1):
            if j == l:
                _t5 = _t6
            else:
                _t5 = -y_hat[l - 1]
            out_c[j - 1, l - 1] = _t5*y_hat[j - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_softmax_jacobian_z = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:])"], "(C)->(C,C),()", cache=True)(_softmax_jacobian_z_core))
_softmax_jacobian_z_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:])"], "(C)->(C,C),()", target="parallel", cache=True)(_softmax_jacobian_z_core))


def softmax_jacobian_z(z, out=None):
    r"""4. Softmax Function: jacobian kernel (layout (C)->(C,C)).

    $\frac{\partial \hat{y}_{j}}{\partial z_{l}} = \hat{y}_{j} \left(\delta_{jl} - \hat{y}_{l}\right)$

    where:

    - $C$ is the total number of classes
    - $j$ is the class index of the output
    - $z_{l}$ is the logit for class $j$
    - $\hat{y}_{j}$ is the probability assigned to class $j$
    - $l$ is the index of the component differentiated by

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('softmax_jacobian_z', z)
    return call_gufunc(_softmax_jacobian_z, _softmax_jacobian_z_core, 'softmax_jacobian_z', '(C)->(C,C)', (z,), [], out, parallel=_softmax_jacobian_z_threads)


def _sigmoid_core(z):
    result = rt.sigmoid_t(z)
    return result


_sigmoid = Lazy(lambda: numba.vectorize(["float32(float32)", "float64(float64)"], cache=True)(_sigmoid_core))
_sigmoid_element = numba.njit(**rt.INLINED)(_sigmoid_core)


def _sigmoid_loop(z, result):
    for _i in numba.prange(result.size):
        result[_i] = _sigmoid_element(rt.at(z, _i))


_sigmoid_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_sigmoid_loop))
_sigmoid_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_sigmoid_loop, "_sigmoid_loop_serial")))


def sigmoid(z, out=None):
    r"""5. Sigmoid (Logistic) Function: forward kernel (elementwise ufunc).

    $\sigma(z) = \frac{1}{1 + e^{- z}}$

    where:

    - $z$ is the input or logit
    - $\sigma(z)$ is the output, in the open interval $(0, 1)$

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('sigmoid', z)
    return call_ufunc(_sigmoid, 'sigmoid', (z,), out, _sigmoid_flat, _sigmoid_serial)


def _sigmoid_grad_z_core(z):
    result = rt.sigmoid_slope_t(z)
    return result


_sigmoid_grad_z = Lazy(lambda: numba.vectorize(["float32(float32)", "float64(float64)"], cache=True)(_sigmoid_grad_z_core))
_sigmoid_grad_z_element = numba.njit(**rt.INLINED)(_sigmoid_grad_z_core)


def _sigmoid_grad_z_loop(z, result):
    for _i in numba.prange(result.size):
        result[_i] = _sigmoid_grad_z_element(rt.at(z, _i))


_sigmoid_grad_z_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_sigmoid_grad_z_loop))
_sigmoid_grad_z_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_sigmoid_grad_z_loop, "_sigmoid_grad_z_loop_serial")))


def sigmoid_grad_z(z, out=None):
    r"""5. Sigmoid (Logistic) Function: grad kernel (elementwise ufunc).

    $\frac{\partial \sigma(z)}{\partial z} = \sigma(z) \left(1 - \sigma(z)\right)$

    where:

    - $z$ is the input or logit
    - $\sigma(z)$ is the output, in the open interval $(0, 1)$

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('sigmoid_grad_z', z)
    return call_ufunc(_sigmoid_grad_z, 'sigmoid_grad_z', (z,), out, _sigmoid_grad_z_flat, _sigmoid_grad_z_serial)


def _tanh_core(z):
    z = rt.wide(z)
    result = rt.tanh(z)
    return result


_tanh = Lazy(lambda: numba.vectorize(["float32(float32)", "float64(float64)"], cache=True)(_tanh_core))
_tanh_element = numba.njit(**rt.INLINED)(_tanh_core)


def _tanh_loop(z, result):
    for _i in numba.prange(result.size):
        result[_i] = _tanh_element(rt.at(z, _i))


_tanh_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_tanh_loop))
_tanh_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_tanh_loop, "_tanh_loop_serial")))


def tanh(z, out=None):
    r"""6. Tanh Function: forward kernel (elementwise ufunc).

    $\tanh(z) = \frac{e^{z} - e^{- z}}{e^{z} + e^{- z}}$

    where:

    - $z$ is the input
    - $\tanh(z)$ is the output, in the open interval $(-1, 1)$

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('tanh', z)
    return call_ufunc(_tanh, 'tanh', (z,), out, _tanh_flat, _tanh_serial)


def _tanh_grad_z_core(z):
    z = rt.wide(z)
    _c0 = lit(z, 4.0)
    _two = lit(z, 2.0)
    result = _c0*rt.sigmoid_slope(_two*z)
    return result


_tanh_grad_z = Lazy(lambda: numba.vectorize(["float32(float32)", "float64(float64)"], cache=True)(_tanh_grad_z_core))
_tanh_grad_z_element = numba.njit(**rt.INLINED)(_tanh_grad_z_core)


def _tanh_grad_z_loop(z, result):
    for _i in numba.prange(result.size):
        result[_i] = _tanh_grad_z_element(rt.at(z, _i))


_tanh_grad_z_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_tanh_grad_z_loop))
_tanh_grad_z_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_tanh_grad_z_loop, "_tanh_grad_z_loop_serial")))


def tanh_grad_z(z, out=None):
    r"""6. Tanh Function: grad kernel (elementwise ufunc).

    $\frac{\partial \tanh(z)}{\partial z} = 1 - \left(\tanh(z)\right)^{2}$

    where:

    - $z$ is the input
    - $\tanh(z)$ is the output, in the open interval $(-1, 1)$

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('tanh_grad_z', z)
    return call_ufunc(_tanh_grad_z, 'tanh_grad_z', (z,), out, _tanh_grad_z_flat, _tanh_grad_z_serial)


def _relu_core(z):
    z = rt.wide(z)
    _zero = lit(z, 0.0)
    result = np.maximum(_zero, z)
    return result


_relu = Lazy(lambda: numba.vectorize(["float32(float32)", "float64(float64)"], cache=True)(_relu_core))
_relu_element = numba.njit(**rt.INLINED)(_relu_core)


def _relu_loop(z, result):
    for _i in numba.prange(result.size):
        result[_i] = _relu_element(rt.at(z, _i))


_relu_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_relu_loop))
_relu_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_relu_loop, "_relu_loop_serial")))


def relu(z, out=None):
    r"""7. Rectified Linear Unit (ReLU): forward kernel (elementwise ufunc).

    $\operatorname{ReLU}(z) = \max(0, z)$

    where:

    - $z$ is the input
    - $\operatorname{ReLU}(z)$ is zero for negative $z$ and $z$ itself for $z > 0$

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('relu', z)
    return call_ufunc(_relu, 'relu', (z,), out, _relu_flat, _relu_serial)


def _relu_grad_z_core(z):
    z = rt.wide(z)
    _zero = lit(z, 0.0)
    _c0 = lit(z, np.nan)
    _one = lit(z, 1.0)
    result = (_one if z > _zero else (_zero if z == z else _c0))
    return result


_relu_grad_z = Lazy(lambda: numba.vectorize(["float32(float32)", "float64(float64)"], cache=True)(_relu_grad_z_core))
_relu_grad_z_element = numba.njit(**rt.INLINED)(_relu_grad_z_core)


def _relu_grad_z_loop(z, result):
    for _i in numba.prange(result.size):
        result[_i] = _relu_grad_z_element(rt.at(z, _i))


_relu_grad_z_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_relu_grad_z_loop))
_relu_grad_z_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_relu_grad_z_loop, "_relu_grad_z_loop_serial")))


def relu_grad_z(z, out=None):
    r"""7. Rectified Linear Unit (ReLU): grad kernel (elementwise ufunc).

    $\frac{\partial \operatorname{ReLU}(z)}{\partial z} = \begin{cases} 1 & \text{if } z > 0 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $z$ is the input
    - $\operatorname{ReLU}(z)$ is zero for negative $z$ and $z$ itself for $z > 0$

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('relu_grad_z', z)
    return call_ufunc(_relu_grad_z, 'relu_grad_z', (z,), out, _relu_grad_z_flat, _relu_grad_z_serial)


def _leaky_relu_core(z, alpha):
    z = rt.wide(z)
    alpha = rt.wide(alpha)
    _c0 = lit(z, np.nan)
    _one = lit(z, 1.0)
    _zero = lit(z, 0.0)
    result = z*(_one if z >= _zero else (alpha if z == z else _c0))
    return result


_leaky_relu = Lazy(lambda: numba.vectorize(["float32(float32, float32)", "float64(float64, float64)"], cache=True)(_leaky_relu_core))
_leaky_relu_element = numba.njit(**rt.INLINED)(_leaky_relu_core)


def _leaky_relu_loop(z, alpha, result):
    for _i in numba.prange(result.size):
        result[_i] = _leaky_relu_element(rt.at(z, _i), rt.at(alpha, _i))


_leaky_relu_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_leaky_relu_loop))
_leaky_relu_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_leaky_relu_loop, "_leaky_relu_loop_serial")))


def leaky_relu(z, alpha, out=None):
    r"""8. Leaky ReLU: forward kernel (elementwise ufunc).

    $\operatorname{LeakyReLU}(z) = \begin{cases} z & \text{if } z \geq 0 \\ \alpha z & \text{otherwise} \end{cases}$

    where:

    - $z$ is the input
    - $\alpha$ is a small positive slope for negative $z$ (e.g. 0.01)
    - $\operatorname{LeakyReLU}(z)$ is the output

    Arguments: z, alpha; out= an optional preallocated result.
    """
    z, alpha, = floats('leaky_relu', z, alpha)
    rt.within('leaky_relu', 'alpha', alpha, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_leaky_relu, 'leaky_relu', (z, alpha), out, _leaky_relu_flat, _leaky_relu_serial)


def _leaky_relu_grad_z_core(z, alpha):
    z = rt.wide(z)
    alpha = rt.wide(alpha)
    _c0 = lit(z, np.nan)
    _one = lit(z, 1.0)
    _zero = lit(z, 0.0)
    result = (_one if z >= _zero else (alpha if z == z else _c0))
    return result


_leaky_relu_grad_z = Lazy(lambda: numba.vectorize(["float32(float32, float32)", "float64(float64, float64)"], cache=True)(_leaky_relu_grad_z_core))
_leaky_relu_grad_z_element = numba.njit(**rt.INLINED)(_leaky_relu_grad_z_core)


def _leaky_relu_grad_z_loop(z, alpha, result):
    for _i in numba.prange(result.size):
        result[_i] = _leaky_relu_grad_z_element(rt.at(z, _i), rt.at(alpha, _i))


_leaky_relu_grad_z_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_leaky_relu_grad_z_loop))
_leaky_relu_grad_z_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_leaky_relu_grad_z_loop, "_leaky_relu_grad_z_loop_serial")))


def leaky_relu_grad_z(z, alpha, out=None):
    r"""8. Leaky ReLU: grad kernel (elementwise ufunc).

    $\frac{\partial \operatorname{LeakyReLU}(z)}{\partial z} = \begin{cases} 1 & \text{if } z \geq 0 \\ \alpha & \text{otherwise} \end{cases}$

    where:

    - $z$ is the input
    - $\alpha$ is a small positive slope for negative $z$ (e.g. 0.01)
    - $\operatorname{LeakyReLU}(z)$ is the output

    Arguments: z, alpha; out= an optional preallocated result.
    """
    z, alpha, = floats('leaky_relu_grad_z', z, alpha)
    rt.within('leaky_relu_grad_z', 'alpha', alpha, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_leaky_relu_grad_z, 'leaky_relu_grad_z', (z, alpha), out, _leaky_relu_grad_z_flat, _leaky_relu_grad_z_serial)


def _relu_derivative_core(z):
    z = rt.wide(z)
    _zero = lit(z, 0.0)
    _c0 = lit(z, np.nan)
    _one = lit(z, 1.0)
    result = (_one if z > _zero else (_zero if z == z else _c0))
    return result


_relu_derivative = Lazy(lambda: numba.vectorize(["float32(float32)", "float64(float64)"], cache=True)(_relu_derivative_core))
_relu_derivative_element = numba.njit(**rt.INLINED)(_relu_derivative_core)


def _relu_derivative_loop(z, result):
    for _i in numba.prange(result.size):
        result[_i] = _relu_derivative_element(rt.at(z, _i))


_relu_derivative_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_relu_derivative_loop))
_relu_derivative_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_relu_derivative_loop, "_relu_derivative_loop_serial")))


def relu_derivative(z, out=None):
    r"""49. Derivative of ReLU: forward kernel (elementwise ufunc).

    $\begin{aligned} \operatorname{ReLU}(z) &= \max(0, z) \\ \operatorname{ReLU}'(z) &= \begin{cases} 1 & \text{if } z > 0 \\ 0 & \text{otherwise} \end{cases} \end{aligned}$

    where:

    - $z$ is the input
    - $\operatorname{ReLU}$ is the rectified linear unit

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('relu_derivative', z)
    return call_ufunc(_relu_derivative, 'relu_derivative', (z,), out, _relu_derivative_flat, _relu_derivative_serial)


def _sigmoid_derivative_core(z):
    z = rt.wide(z)
    result = rt.sigmoid_slope(z)
    return result


_sigmoid_derivative = Lazy(lambda: numba.vectorize(["float32(float32)", "float64(float64)"], cache=True)(_sigmoid_derivative_core))
_sigmoid_derivative_element = numba.njit(**rt.INLINED)(_sigmoid_derivative_core)


def _sigmoid_derivative_loop(z, result):
    for _i in numba.prange(result.size):
        result[_i] = _sigmoid_derivative_element(rt.at(z, _i))


_sigmoid_derivative_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_sigmoid_derivative_loop))
_sigmoid_derivative_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_sigmoid_derivative_loop, "_sigmoid_derivative_loop_serial")))


def sigmoid_derivative(z, out=None):
    r"""50. Derivative of Sigmoid: forward kernel (elementwise ufunc).

    $\begin{aligned} \sigma(z) &= \frac{1}{1 + e^{- z}} \\ \sigma'(z) &= \sigma(z) \left(1 - \sigma(z)\right) \end{aligned}$

    where:

    - $z$ is the input
    - $\sigma$ is the sigmoid function

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('sigmoid_derivative', z)
    return call_ufunc(_sigmoid_derivative, 'sigmoid_derivative', (z,), out, _sigmoid_derivative_flat, _sigmoid_derivative_serial)


def _tanh_derivative_core(z):
    z = rt.wide(z)
    _c0 = lit(z, 4.0)
    _two = lit(z, 2.0)
    result = _c0*rt.sigmoid_slope(_two*z)
    return result


_tanh_derivative = Lazy(lambda: numba.vectorize(["float32(float32)", "float64(float64)"], cache=True)(_tanh_derivative_core))
_tanh_derivative_element = numba.njit(**rt.INLINED)(_tanh_derivative_core)


def _tanh_derivative_loop(z, result):
    for _i in numba.prange(result.size):
        result[_i] = _tanh_derivative_element(rt.at(z, _i))


_tanh_derivative_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_tanh_derivative_loop))
_tanh_derivative_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_tanh_derivative_loop, "_tanh_derivative_loop_serial")))


def tanh_derivative(z, out=None):
    r"""51. Derivative of Tanh: forward kernel (elementwise ufunc).

    $\frac{d}{d z} \tanh(z) = 1 - \tanh^{2}(z)$

    where:

    - $z$ is the input

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('tanh_derivative', z)
    return call_ufunc(_tanh_derivative, 'tanh_derivative', (z,), out, _tanh_derivative_flat, _tanh_derivative_serial)


def _softmax_jacobian_core(z, out, _bad):
    z = rt.wide(z)
    C = z.shape[0]
    out_c = np.ascontiguousarray(out)
    y_hat = np.empty((C,), z.dtype)
    _zero = lit(z, 0.0)
    _c0 = lit(z, -np.inf)
    _c1 = lit(z, np.nan)
    _one = lit(z, 1.0)
    _t0 = _zero
    _t1 = _c0
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
    _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
    for c in range(1, 1 + (C)//4*4, 4):
        _t1_x = z[c - 1]
        _t1_0 = max(_t1_0, _t1_x)
        _t1_n0 |= _t1_x != _t1_x
        _t1_x = z[c]
        _t1_1 = max(_t1_1, _t1_x)
        _t1_n1 |= _t1_x != _t1_x
        _t1_x = z[c + 1]
        _t1_2 = max(_t1_2, _t1_x)
        _t1_n2 |= _t1_x != _t1_x
        _t1_x = z[c + 2]
        _t1_3 = max(_t1_3, _t1_x)
        _t1_n3 |= _t1_x != _t1_x
    if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
        for c in range(1, 1 + (C)//4*4):
            _t1 = np.maximum(_t1, z[c - 1])
    else:
        _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
    for c in range(1 + (C)//4*4, C + 1):
        _t1 = np.maximum(_t1, z[c - 1])
    _t2 = -_t1
    _t3 = y_hat
    for c in range(1, C + 1):
        _t3[c - 1] = rt.exp_neg(_t2 + z[c - 1])
    _t0 = rt.total(_t3)
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(z):
        _t0 = _c1
    _t4 = _one/(_t0)
    for j in range(1, C + 1):
        y_hat[j - 1] = _t4*_t3[j - 1]
    for j in range(1, C + 1):
        _t6 = _zero
        for c in range(1, C + 1):
            if c != j:
                _t7 = y_hat[c - 1]
            else:
                _t7 = _zero
            _t6 += _t7
        if rt.OVERFLOWS and not np.isfinite(_t6) and rt.all_finite(z):
            _t6 = _c1
        for k in range(1, C + 1):
            if j == k:
                _t5 = _t6
            else:
                _t5 = -y_hat[k - 1]
            out_c[j - 1, k - 1] = _t5*y_hat[j - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_softmax_jacobian = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:])"], "(C)->(C,C),()", cache=True)(_softmax_jacobian_core))
_softmax_jacobian_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:, :], float64[:])"], "(C)->(C,C),()", target="parallel", cache=True)(_softmax_jacobian_core))


def softmax_jacobian(z, out=None):
    r"""52. Derivative of Softmax (Vector Form): forward kernel (layout (C)->(C,C)).

    $\begin{aligned} \hat{y}_{j} &= \frac{e^{z_{j}}}{\sum_{c=1}^{C} e^{z_{c}}} \\ \frac{\partial \hat{y}_{j}}{\partial z_{k}} &= \hat{y}_{j} \left(\delta_{jk} - \hat{y}_{k}\right) \end{aligned}$

    where:

    - $C$ is the total number of classes
    - $j$ is the class index of the output
    - $k$ is the class index of the logit differentiated by
    - $c$ is the summation index over classes
    - $z_{j}$ is the logit for class $j$
    - $\hat{y}_{j}$ is the softmax output for class $j$

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('softmax_jacobian', z)
    return call_gufunc(_softmax_jacobian, _softmax_jacobian_core, 'softmax_jacobian', '(C)->(C,C)', (z,), [], out, parallel=_softmax_jacobian_threads)


def _softplus_core(z):
    _zero = lit(z, 0.0)
    result = rt.log1p_t(rt.exp_neg_t(-np.abs(z))) + np.maximum(_zero, z)
    return result


_softplus = Lazy(lambda: numba.vectorize(["float32(float32)", "float64(float64)"], cache=True)(_softplus_core))
def _softplus_stage_core(z):
    return rt.exp_neg_t(-np.abs(z))


def _softplus_rest_core(z, _s):
    _zero = lit(z, 0.0)
    result = rt.log1p_t(_s) + np.maximum(_zero, z)
    return result


_softplus_stage = numba.njit(**rt.INLINED)(_softplus_stage_core)
_softplus_rest = numba.njit(**rt.INLINED)(_softplus_rest_core)


def _softplus_loop(z, result):
    _n = result.size
    for _b in numba.prange((_n + 1023) // 1024):
        _buf = np.empty(1024, z.dtype)
        _lo = _b * 1024
        _m = min(_lo + 1024, _n) - _lo
        for _j in range(_m):
            _i = np.uint64(_lo) + np.uint64(_j)
            _buf[_j] = _softplus_stage(rt.at(z, _i))
        for _j in range(_m):
            _i = np.uint64(_lo) + np.uint64(_j)
            result[_i] = _softplus_rest(rt.at(z, _i), _buf[_j])


_softplus_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_softplus_loop))
_softplus_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_softplus_loop, "_softplus_loop_serial")))


def softplus(z, out=None):
    r"""93. Softplus Activation: forward kernel (elementwise ufunc).

    $\operatorname{Softplus}(z) = \log(1 + e^{z})$

    where:

    - $z$ is the input
    - $\operatorname{Softplus}(z)$ is the output, a smooth approximation of $\max(0, z)$

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('softplus', z)
    return call_ufunc(_softplus, 'softplus', (z,), out, _softplus_flat, _softplus_serial)


def _softplus_grad_z_core(z):
    result = rt.sigmoid_t(z)
    return result


_softplus_grad_z = Lazy(lambda: numba.vectorize(["float32(float32)", "float64(float64)"], cache=True)(_softplus_grad_z_core))
_softplus_grad_z_element = numba.njit(**rt.INLINED)(_softplus_grad_z_core)


def _softplus_grad_z_loop(z, result):
    for _i in numba.prange(result.size):
        result[_i] = _softplus_grad_z_element(rt.at(z, _i))


_softplus_grad_z_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_softplus_grad_z_loop))
_softplus_grad_z_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_softplus_grad_z_loop, "_softplus_grad_z_loop_serial")))


def softplus_grad_z(z, out=None):
    r"""93. Softplus Activation: grad kernel (elementwise ufunc).

    $\frac{\partial \operatorname{Softplus}(z)}{\partial z} = \sigma(z)$

    where:

    - $z$ is the input
    - $\operatorname{Softplus}(z)$ is the output, a smooth approximation of $\max(0, z)$
    - $\sigma$ is the logistic sigmoid, $\sigma(x) = 1 / (1 + e^{-x})$

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('softplus_grad_z', z)
    return call_ufunc(_softplus_grad_z, 'softplus_grad_z', (z,), out, _softplus_grad_z_flat, _softplus_grad_z_serial)


def _elu_core(z, alpha):
    z = rt.wide(z)
    alpha = rt.wide(alpha)
    _c0 = lit(z, np.nan)
    _zero = lit(z, 0.0)
    result = (z if z >= _zero else (alpha*rt.expm1(z) if z == z else _c0))
    return result


_elu = Lazy(lambda: numba.vectorize(["float32(float32, float32)", "float64(float64, float64)"], cache=True)(_elu_core))
def _elu_loop_core(z, alpha):
    z = rt.wide(z)
    alpha = rt.wide(alpha)
    _c0 = lit(z, np.nan)
    _zero = lit(z, 0.0)
    _h0 = rt.expm1(z)
    _h1 = alpha * _h0 if z == z else _c0
    result = z if z >= _zero else _h1
    return result


_elu_element = numba.njit(**rt.INLINED)(_elu_loop_core)


def _elu_loop(z, alpha, result):
    for _i in numba.prange(result.size):
        result[_i] = _elu_element(rt.at(z, _i), rt.at(alpha, _i))


_elu_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_elu_loop))
_elu_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_elu_loop, "_elu_loop_serial")))


def elu(z, alpha, out=None):
    r"""94. ELU (Exponential Linear Unit): forward kernel (elementwise ufunc).

    $\operatorname{ELU}(z) = \begin{cases} z & \text{if } z \geq 0 \\ \alpha \left(e^{z} - 1\right) & \text{otherwise} \end{cases}$

    where:

    - $z$ is the input
    - $\alpha$ is a positive constant (e.g. 1)
    - $\operatorname{ELU}(z)$ is the output

    Arguments: z, alpha; out= an optional preallocated result.
    """
    z, alpha, = floats('elu', z, alpha)
    rt.within('elu', 'alpha', alpha, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_elu, 'elu', (z, alpha), out, _elu_flat, _elu_serial)


def _elu_grad_z_core(z, alpha):
    z = rt.wide(z)
    alpha = rt.wide(alpha)
    _c0 = lit(z, np.nan)
    _one = lit(z, 1.0)
    _zero = lit(z, 0.0)
    result = (_one if z >= _zero else (alpha*rt.exp(z) if z == z else _c0))
    return result


_elu_grad_z = Lazy(lambda: numba.vectorize(["float32(float32, float32)", "float64(float64, float64)"], cache=True)(_elu_grad_z_core))
def _elu_grad_z_loop_core(z, alpha):
    z = rt.wide(z)
    alpha = rt.wide(alpha)
    _c0 = lit(z, np.nan)
    _one = lit(z, 1.0)
    _zero = lit(z, 0.0)
    _h0 = rt.exp(z)
    _h1 = alpha * _h0 if z == z else _c0
    result = _one if z >= _zero else _h1
    return result


_elu_grad_z_element = numba.njit(**rt.INLINED)(_elu_grad_z_loop_core)


def _elu_grad_z_loop(z, alpha, result):
    for _i in numba.prange(result.size):
        result[_i] = _elu_grad_z_element(rt.at(z, _i), rt.at(alpha, _i))


_elu_grad_z_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_elu_grad_z_loop))
_elu_grad_z_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_elu_grad_z_loop, "_elu_grad_z_loop_serial")))


def elu_grad_z(z, alpha, out=None):
    r"""94. ELU (Exponential Linear Unit): grad kernel (elementwise ufunc).

    $\frac{\partial \operatorname{ELU}(z)}{\partial z} = \begin{cases} 1 & \text{if } z \geq 0 \\ \alpha e^{z} & \text{otherwise} \end{cases}$

    where:

    - $z$ is the input
    - $\alpha$ is a positive constant (e.g. 1)
    - $\operatorname{ELU}(z)$ is the output

    Arguments: z, alpha; out= an optional preallocated result.
    """
    z, alpha, = floats('elu_grad_z', z, alpha)
    rt.within('elu_grad_z', 'alpha', alpha, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_elu_grad_z, 'elu_grad_z', (z, alpha), out, _elu_grad_z_flat, _elu_grad_z_serial)


def _selu_core(z, alpha, lam):
    z = rt.wide(z)
    alpha = rt.wide(alpha)
    lam = rt.wide(lam)
    _c0 = lit(z, np.nan)
    _zero = lit(z, 0.0)
    result = (lam*z if z >= _zero else (rt.product3(lam, alpha, rt.expm1(z)) if z == z else _c0))
    return result


_selu = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_selu_core))
_selu_element = numba.njit(**rt.INLINED)(_selu_core)


def _selu_loop(z, alpha, lam, result):
    for _i in numba.prange(result.size):
        result[_i] = _selu_element(rt.at(z, _i), rt.at(alpha, _i), rt.at(lam, _i))


_selu_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_selu_loop))
_selu_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_selu_loop, "_selu_loop_serial")))


def selu(z, alpha, lam, out=None):
    r"""95. SELU (Scaled ELU): forward kernel (elementwise ufunc).

    $\operatorname{SELU}(z) = \lambda \begin{cases} z & \text{if } z \geq 0 \\ \alpha \left(e^{z} - 1\right) & \text{otherwise} \end{cases}$

    where:

    - $z$ is the input
    - $\alpha$ is a constant, $\alpha \approx 1.6733$
    - $\lambda$ is a scale constant, $\lambda \approx 1.0507$
    - $\operatorname{SELU}(z)$ is the output

    Arguments: z, alpha, lam; out= an optional preallocated result.
    """
    z, alpha, lam, = floats('selu', z, alpha, lam)
    rt.within('selu', 'alpha', alpha, 0.0, np.inf, True, True, 'a positive real')
    rt.within('selu', 'lam', lam, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_selu, 'selu', (z, alpha, lam), out, _selu_flat, _selu_serial)


def _selu_grad_z_core(z, alpha, lam):
    z = rt.wide(z)
    alpha = rt.wide(alpha)
    lam = rt.wide(lam)
    _c0 = lit(z, np.nan)
    _one = lit(z, 1.0)
    _zero = lit(z, 0.0)
    result = lam*(_one if z >= _zero else (alpha*rt.exp(z) if z == z else _c0))
    return result


_selu_grad_z = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_selu_grad_z_core))
def _selu_grad_z_loop_core(z, alpha, lam):
    z = rt.wide(z)
    alpha = rt.wide(alpha)
    lam = rt.wide(lam)
    _c0 = lit(z, np.nan)
    _one = lit(z, 1.0)
    _zero = lit(z, 0.0)
    _h0 = rt.exp(z)
    _h1 = alpha * _h0 if z == z else _c0
    result = lam * (_one if z >= _zero else _h1)
    return result


_selu_grad_z_element = numba.njit(**rt.INLINED)(_selu_grad_z_loop_core)


def _selu_grad_z_loop(z, alpha, lam, result):
    for _i in numba.prange(result.size):
        result[_i] = _selu_grad_z_element(rt.at(z, _i), rt.at(alpha, _i), rt.at(lam, _i))


_selu_grad_z_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_selu_grad_z_loop))
_selu_grad_z_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_selu_grad_z_loop, "_selu_grad_z_loop_serial")))


def selu_grad_z(z, alpha, lam, out=None):
    r"""95. SELU (Scaled ELU): grad kernel (elementwise ufunc).

    $\frac{\partial \operatorname{SELU}(z)}{\partial z} = \lambda \begin{cases} 1 & \text{if } z \geq 0 \\ \alpha e^{z} & \text{otherwise} \end{cases}$

    where:

    - $z$ is the input
    - $\alpha$ is a constant, $\alpha \approx 1.6733$
    - $\lambda$ is a scale constant, $\lambda \approx 1.0507$
    - $\operatorname{SELU}(z)$ is the output

    Arguments: z, alpha, lam; out= an optional preallocated result.
    """
    z, alpha, lam, = floats('selu_grad_z', z, alpha, lam)
    rt.within('selu_grad_z', 'alpha', alpha, 0.0, np.inf, True, True, 'a positive real')
    rt.within('selu_grad_z', 'lam', lam, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_selu_grad_z, 'selu_grad_z', (z, alpha, lam), out, _selu_grad_z_flat, _selu_grad_z_serial)


def _binary_step_core(z):
    z = rt.wide(z)
    _zero = lit(z, 0.0)
    _c0 = lit(z, np.nan)
    _one = lit(z, 1.0)
    result = (_one if z >= _zero else (_zero if z == z else _c0))
    return result


_binary_step = Lazy(lambda: numba.vectorize(["float32(float32)", "float64(float64)"], cache=True)(_binary_step_core))
_binary_step_element = numba.njit(**rt.INLINED)(_binary_step_core)


def _binary_step_loop(z, result):
    for _i in numba.prange(result.size):
        result[_i] = _binary_step_element(rt.at(z, _i))


_binary_step_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_binary_step_loop))
_binary_step_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_binary_step_loop, "_binary_step_loop_serial")))


def binary_step(z, out=None):
    r"""97. Threshold Function (Binary Step): forward kernel (elementwise ufunc).

    $\theta(z) = \begin{cases} 1 & \text{if } z \geq 0 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $z$ is the input
    - $\theta(z)$ is the output, 1 for $z \ge 0$ and 0 otherwise

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('binary_step', z)
    return call_ufunc(_binary_step, 'binary_step', (z,), out, _binary_step_flat, _binary_step_serial)


def _binary_step_grad_z_core(z):
    z = rt.wide(z)
    _zero = lit(z, 0.0)
    result = _zero
    return result


_binary_step_grad_z = Lazy(lambda: numba.vectorize(["float32(float32)", "float64(float64)"], cache=True)(_binary_step_grad_z_core))
_binary_step_grad_z_element = numba.njit(**rt.INLINED)(_binary_step_grad_z_core)


def _binary_step_grad_z_loop(z, result):
    for _i in numba.prange(result.size):
        result[_i] = _binary_step_grad_z_element(rt.at(z, _i))


_binary_step_grad_z_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_binary_step_grad_z_loop))
_binary_step_grad_z_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_binary_step_grad_z_loop, "_binary_step_grad_z_loop_serial")))


def binary_step_grad_z(z, out=None):
    r"""97. Threshold Function (Binary Step): grad kernel (elementwise ufunc).

    $\frac{\partial \theta(z)}{\partial z} = 0$

    where:

    - $z$ is the input
    - $\theta(z)$ is the output, 1 for $z \ge 0$ and 0 otherwise

    Arguments: z; out= an optional preallocated result.
    """
    z, = floats('binary_step_grad_z', z)
    return call_ufunc(_binary_step_grad_z, 'binary_step_grad_z', (z,), out, _binary_step_grad_z_flat, _binary_step_grad_z_serial)
