# Generated from symbolic/optimizers.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Optimizers: Numba kernels (forward, derivatives, fused) of entries 11, 14, 15, 16, 17, 75, 85.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _gradient_descent_core(theta, eta, g):
    theta = rt.wide(theta)
    eta = rt.wide(eta)
    g = rt.wide(g)
    theta = -(eta*g) + theta
    return theta


_gradient_descent = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_gradient_descent_core))
_gradient_descent_element = numba.njit(**rt.INLINED)(_gradient_descent_core)


def _gradient_descent_loop(theta, eta, g, result):
    for _i in numba.prange(result.size):
        result[_i] = _gradient_descent_element(rt.at(theta, _i), rt.at(eta, _i), rt.at(g, _i))


_gradient_descent_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_gradient_descent_loop))
_gradient_descent_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_gradient_descent_loop, "_gradient_descent_loop_serial")))


def gradient_descent(theta, eta, g, out=None):
    r"""11. Gradient Descent (Parameter Update): forward kernel (elementwise ufunc).

    $\theta \leftarrow \theta - \eta \nabla_\theta L(\theta)$

    where:

    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\eta$ is the learning rate
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters

    Arguments: theta, eta, g; out= an optional preallocated result.
    """
    theta, eta, g, = floats('gradient_descent', theta, eta, g)
    rt.within('gradient_descent', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_gradient_descent, 'gradient_descent', (theta, eta, g), out, _gradient_descent_flat, _gradient_descent_serial)


def _gradient_descent_grad_theta_core(theta, eta, g):
    theta = rt.wide(theta)
    eta = rt.wide(eta)
    g = rt.wide(g)
    _one = lit(theta, 1.0)
    result = _one
    return result


_gradient_descent_grad_theta = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_gradient_descent_grad_theta_core))
_gradient_descent_grad_theta_element = numba.njit(**rt.INLINED)(_gradient_descent_grad_theta_core)


def _gradient_descent_grad_theta_loop(theta, eta, g, result):
    for _i in numba.prange(result.size):
        result[_i] = _gradient_descent_grad_theta_element(rt.at(theta, _i), rt.at(eta, _i), rt.at(g, _i))


_gradient_descent_grad_theta_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_gradient_descent_grad_theta_loop))
_gradient_descent_grad_theta_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_gradient_descent_grad_theta_loop, "_gradient_descent_grad_theta_loop_serial")))


def gradient_descent_grad_theta(theta, eta, g, out=None):
    r"""11. Gradient Descent (Parameter Update): grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial \theta} = 1$

    where:

    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\theta'$ is the value after the update

    Arguments: theta, eta, g; out= an optional preallocated result.
    """
    theta, eta, g, = floats('gradient_descent_grad_theta', theta, eta, g)
    rt.within('gradient_descent_grad_theta', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_gradient_descent_grad_theta, 'gradient_descent_grad_theta', (theta, eta, g), out, _gradient_descent_grad_theta_flat, _gradient_descent_grad_theta_serial)


def _gradient_descent_grad_g_core(eta, g, theta):
    eta = rt.wide(eta)
    g = rt.wide(g)
    theta = rt.wide(theta)
    result = -eta
    return result


_gradient_descent_grad_g = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_gradient_descent_grad_g_core))
_gradient_descent_grad_g_element = numba.njit(**rt.INLINED)(_gradient_descent_grad_g_core)


def _gradient_descent_grad_g_loop(eta, g, theta, result):
    for _i in numba.prange(result.size):
        result[_i] = _gradient_descent_grad_g_element(rt.at(eta, _i), rt.at(g, _i), rt.at(theta, _i))


_gradient_descent_grad_g_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_gradient_descent_grad_g_loop))
_gradient_descent_grad_g_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_gradient_descent_grad_g_loop, "_gradient_descent_grad_g_loop_serial")))


def gradient_descent_grad_g(eta, g, theta, out=None):
    r"""11. Gradient Descent (Parameter Update): grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial \nabla_\theta L(\theta)} = - \eta$

    where:

    - $\eta$ is the learning rate
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters
    - $\theta'$ is the value after the update

    Arguments: eta, g, theta; out= an optional preallocated result.
    """
    eta, g, theta, = floats('gradient_descent_grad_g', eta, g, theta)
    rt.within('gradient_descent_grad_g', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_gradient_descent_grad_g, 'gradient_descent_grad_g', (eta, g, theta), out, _gradient_descent_grad_g_flat, _gradient_descent_grad_g_serial)


def _gradient_descent_inplace_core(theta, eta, g):
    for _i in numba.prange(theta.size):
        theta[_i] = -(eta*g[_i]) + theta[_i]


_gradient_descent_inplace = Lazy(lambda: numba.njit(["void(float32[::1], float32, float32[::1])", "void(float64[::1], float64, float64[::1])"], **rt.JIT)(_gradient_descent_inplace_core))
_gradient_descent_inplace_threads = Lazy(lambda: numba.njit(["void(float32[::1], float32, float32[::1])", "void(float64[::1], float64, float64[::1])"], parallel=True, **rt.JIT)(rt.twin(_gradient_descent_inplace_core, "_gradient_descent_inplace_core_threads")))


def gradient_descent_inplace(theta, eta, g):
    r"""11. Gradient Descent (Parameter Update): fused in-place update.

    $\theta \leftarrow \theta - \eta \nabla_\theta L(\theta)$

    where:

    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\eta$ is the learning rate
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters

    Arguments: theta, eta, g.
    Updates theta in place (one pass) and returns them.
    """
    theta, = rt.states('gradient_descent_inplace', theta)
    dtype = theta.dtype
    g, = rt.like('gradient_descent_inplace', theta, g)
    eta, = rt.scalars('gradient_descent_inplace', dtype, eta)
    rt.within('gradient_descent_inplace', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    with rt.threads(theta.size * 2) as threaded:
        (_gradient_descent_inplace_threads if threaded else _gradient_descent_inplace).get()(theta.reshape(-1), eta, g.reshape(-1))
    return theta,


def _momentum_core(v, beta, theta, eta, g, v_new, theta_new, _bad):
    v = rt.wide(v)
    beta = rt.wide(beta)
    theta = rt.wide(theta)
    eta = rt.wide(eta)
    g = rt.wide(g)
    v_new[0] = v
    theta_new[0] = theta
    _one = lit(v, 1.0)
    v_new[0] = beta*v_new[0] + g*(_one - beta)
    theta_new[0] = -(eta*v_new[0]) + theta_new[0]
    _bad[0] = (0 if np.abs(v_new[0]) < np.inf else 1) + (0 if np.abs(theta_new[0]) < np.inf else 1)


_momentum = Lazy(lambda: numba.guvectorize(["void(float64, float64, float64, float64, float64, float64[:], float64[:], float64[:])"], "(),(),(),(),()->(),(),()", cache=True)(_momentum_core))
_momentum_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64, float64, float64, float64, float64[:], float64[:], float64[:])"], "(),(),(),(),()->(),(),()", target="parallel", cache=True)(_momentum_core))


def _momentum_step_core(v, beta, theta, eta, g):
    v = rt.wide(v)
    beta = rt.wide(beta)
    theta = rt.wide(theta)
    eta = rt.wide(eta)
    g = rt.wide(g)
    _o_v_new = v
    _o_theta_new = theta
    _one = lit(v, 1.0)
    _o_v_new = beta * _o_v_new + g * (_one - beta)
    _o_theta_new = -(eta * _o_v_new) + _o_theta_new
    _o__bad = (0 if np.abs(_o_v_new) < np.inf else 1) + (0 if np.abs(_o_theta_new) < np.inf else 1)
    return (_o_v_new, _o_theta_new, _o__bad)


_momentum_step = numba.njit(**rt.INLINED)(_momentum_step_core)


def _momentum_loop(v, beta, theta, eta, g, v_new, theta_new):
    _nbad = 0
    for _i in numba.prange(v_new.size):
        _o_v_new, _o_theta_new, _o__bad = _momentum_step(rt.at(v, _i), rt.at(beta, _i), rt.at(theta, _i), rt.at(eta, _i), rt.at(g, _i))
        v_new[_i] = _o_v_new
        theta_new[_i] = _o_theta_new
        _nbad += _o__bad
    return _nbad


_momentum_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_momentum_loop))
_momentum_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_momentum_loop, "_momentum_loop_serial")))


def momentum(v, beta, theta, eta, g, out=None):
    r"""14. Momentum Update: forward kernel (layout (),(),(),(),()->(),()).

    $\begin{aligned} v &\leftarrow \beta v + \left(1 - \beta\right) \nabla_\theta L(\theta) \\ \theta &\leftarrow \theta - \eta v \end{aligned}$

    where:

    - $v$ is the velocity, an exponential moving average of past gradients (0 at the first step)
    - $\beta$ is the momentum coefficient (e.g. 0.9)
    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\eta$ is the learning rate
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters

    Arguments: v, beta, theta, eta, g; out= an optional preallocated result.
    """
    v, beta, theta, eta, g, = floats('momentum', v, beta, theta, eta, g)
    rt.within('momentum', 'beta', beta, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('momentum', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_momentum, _momentum_core, 'momentum', '(),(),(),(),()->(),()', (v, beta, theta, eta, g), [], out, parallel=_momentum_threads, loops=(_momentum_flat, _momentum_serial, None))


def _momentum_grad_v_core(v, beta, eta, theta, g):
    v = rt.wide(v)
    beta = rt.wide(beta)
    eta = rt.wide(eta)
    theta = rt.wide(theta)
    g = rt.wide(g)
    result = -(beta*eta)
    return result


_momentum_grad_v = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64)"], cache=True)(_momentum_grad_v_core))
_momentum_grad_v_element = numba.njit(**rt.INLINED)(_momentum_grad_v_core)


def _momentum_grad_v_loop(v, beta, eta, theta, g, result):
    for _i in numba.prange(result.size):
        result[_i] = _momentum_grad_v_element(rt.at(v, _i), rt.at(beta, _i), rt.at(eta, _i), rt.at(theta, _i), rt.at(g, _i))


_momentum_grad_v_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_momentum_grad_v_loop))
_momentum_grad_v_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_momentum_grad_v_loop, "_momentum_grad_v_loop_serial")))


def momentum_grad_v(v, beta, eta, theta, g, out=None):
    r"""14. Momentum Update: grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial v} = - \beta \eta$

    where:

    - $v$ is the velocity, an exponential moving average of past gradients (0 at the first step)
    - $\beta$ is the momentum coefficient (e.g. 0.9)
    - $\eta$ is the learning rate
    - $\theta'$ is the value after the update

    Arguments: v, beta, eta, theta, g; out= an optional preallocated result.
    """
    v, beta, eta, theta, g, = floats('momentum_grad_v', v, beta, eta, theta, g)
    rt.within('momentum_grad_v', 'beta', beta, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('momentum_grad_v', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_momentum_grad_v, 'momentum_grad_v', (v, beta, eta, theta, g), out, _momentum_grad_v_flat, _momentum_grad_v_serial)


def _momentum_grad_theta_core(theta, v, beta, eta, g):
    theta = rt.wide(theta)
    v = rt.wide(v)
    beta = rt.wide(beta)
    eta = rt.wide(eta)
    g = rt.wide(g)
    _one = lit(theta, 1.0)
    result = _one
    return result


_momentum_grad_theta = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64)"], cache=True)(_momentum_grad_theta_core))
_momentum_grad_theta_element = numba.njit(**rt.INLINED)(_momentum_grad_theta_core)


def _momentum_grad_theta_loop(theta, v, beta, eta, g, result):
    for _i in numba.prange(result.size):
        result[_i] = _momentum_grad_theta_element(rt.at(theta, _i), rt.at(v, _i), rt.at(beta, _i), rt.at(eta, _i), rt.at(g, _i))


_momentum_grad_theta_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_momentum_grad_theta_loop))
_momentum_grad_theta_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_momentum_grad_theta_loop, "_momentum_grad_theta_loop_serial")))


def momentum_grad_theta(theta, v, beta, eta, g, out=None):
    r"""14. Momentum Update: grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial \theta} = 1$

    where:

    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\theta'$ is the value after the update

    Arguments: theta, v, beta, eta, g; out= an optional preallocated result.
    """
    theta, v, beta, eta, g, = floats('momentum_grad_theta', theta, v, beta, eta, g)
    rt.within('momentum_grad_theta', 'beta', beta, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('momentum_grad_theta', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_momentum_grad_theta, 'momentum_grad_theta', (theta, v, beta, eta, g), out, _momentum_grad_theta_flat, _momentum_grad_theta_serial)


def _momentum_grad_g_core(beta, eta, g, v, theta):
    beta = rt.wide(beta)
    eta = rt.wide(eta)
    g = rt.wide(g)
    v = rt.wide(v)
    theta = rt.wide(theta)
    _one = lit(beta, 1.0)
    result = eta*(beta - _one)
    return result


_momentum_grad_g = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64)"], cache=True)(_momentum_grad_g_core))
_momentum_grad_g_element = numba.njit(**rt.INLINED)(_momentum_grad_g_core)


def _momentum_grad_g_loop(beta, eta, g, v, theta, result):
    for _i in numba.prange(result.size):
        result[_i] = _momentum_grad_g_element(rt.at(beta, _i), rt.at(eta, _i), rt.at(g, _i), rt.at(v, _i), rt.at(theta, _i))


_momentum_grad_g_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_momentum_grad_g_loop))
_momentum_grad_g_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_momentum_grad_g_loop, "_momentum_grad_g_loop_serial")))


def momentum_grad_g(beta, eta, g, v, theta, out=None):
    r"""14. Momentum Update: grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial \nabla_\theta L(\theta)} = \left(\beta - 1\right) \eta$

    where:

    - $\beta$ is the momentum coefficient (e.g. 0.9)
    - $\eta$ is the learning rate
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters
    - $\theta'$ is the value after the update

    Arguments: beta, eta, g, v, theta; out= an optional preallocated result.
    """
    beta, eta, g, v, theta, = floats('momentum_grad_g', beta, eta, g, v, theta)
    rt.within('momentum_grad_g', 'beta', beta, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('momentum_grad_g', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_momentum_grad_g, 'momentum_grad_g', (beta, eta, g, v, theta), out, _momentum_grad_g_flat, _momentum_grad_g_serial)


def _momentum_inplace_core(v, beta, theta, eta, g):
    _one = lit(v, 1.0)
    for _i in numba.prange(v.size):
        v[_i] = beta*v[_i] + g[_i]*(_one - beta)
        theta[_i] = -(eta*v[_i]) + theta[_i]


_momentum_inplace = Lazy(lambda: numba.njit(["void(float32[::1], float32, float32[::1], float32, float32[::1])", "void(float64[::1], float64, float64[::1], float64, float64[::1])"], **rt.JIT)(_momentum_inplace_core))
_momentum_inplace_threads = Lazy(lambda: numba.njit(["void(float32[::1], float32, float32[::1], float32, float32[::1])", "void(float64[::1], float64, float64[::1], float64, float64[::1])"], parallel=True, **rt.JIT)(rt.twin(_momentum_inplace_core, "_momentum_inplace_core_threads")))


def momentum_inplace(v, beta, theta, eta, g):
    r"""14. Momentum Update: fused in-place update.

    $\begin{aligned} v &\leftarrow \beta v + \left(1 - \beta\right) \nabla_\theta L(\theta) \\ \theta &\leftarrow \theta - \eta v \end{aligned}$

    where:

    - $v$ is the velocity, an exponential moving average of past gradients (0 at the first step)
    - $\beta$ is the momentum coefficient (e.g. 0.9)
    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\eta$ is the learning rate
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters

    Arguments: v, beta, theta, eta, g.
    Updates v, theta in place (one pass) and returns them.
    """
    v, theta, = rt.states('momentum_inplace', v, theta)
    dtype = v.dtype
    g, = rt.like('momentum_inplace', v, g)
    beta, eta, = rt.scalars('momentum_inplace', dtype, beta, eta)
    rt.within('momentum_inplace', 'beta', beta, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('momentum_inplace', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    with rt.threads(v.size * 3) as threaded:
        (_momentum_inplace_threads if threaded else _momentum_inplace).get()(v.reshape(-1), beta, theta.reshape(-1), eta, g.reshape(-1))
    return v, theta


def _nesterov_core(v, beta, theta, eta, grad_L, v_new, theta_new, _bad):
    v = rt.wide(v)
    beta = rt.wide(beta)
    theta = rt.wide(theta)
    eta = rt.wide(eta)
    grad_L = rt.wide(grad_L)
    v_new[0] = v
    theta_new[0] = theta
    _one = lit(v, 1.0)
    v_new[0] = beta*v_new[0] + grad_L*(_one - beta)
    theta_new[0] = -(eta*v_new[0]) + theta_new[0]
    _bad[0] = (0 if np.abs(v_new[0]) < np.inf else 1) + (0 if np.abs(theta_new[0]) < np.inf else 1)


_nesterov = Lazy(lambda: numba.guvectorize(["void(float64, float64, float64, float64, float64, float64[:], float64[:], float64[:])"], "(),(),(),(),()->(),(),()", cache=True)(_nesterov_core))
_nesterov_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64, float64, float64, float64, float64[:], float64[:], float64[:])"], "(),(),(),(),()->(),(),()", target="parallel", cache=True)(_nesterov_core))


def _nesterov_step_core(v, beta, theta, eta, grad_L):
    v = rt.wide(v)
    beta = rt.wide(beta)
    theta = rt.wide(theta)
    eta = rt.wide(eta)
    grad_L = rt.wide(grad_L)
    _o_v_new = v
    _o_theta_new = theta
    _one = lit(v, 1.0)
    _o_v_new = beta * _o_v_new + grad_L * (_one - beta)
    _o_theta_new = -(eta * _o_v_new) + _o_theta_new
    _o__bad = (0 if np.abs(_o_v_new) < np.inf else 1) + (0 if np.abs(_o_theta_new) < np.inf else 1)
    return (_o_v_new, _o_theta_new, _o__bad)


_nesterov_step = numba.njit(**rt.INLINED)(_nesterov_step_core)


def _nesterov_loop(v, beta, theta, eta, grad_L, v_new, theta_new):
    _nbad = 0
    for _i in numba.prange(v_new.size):
        _o_v_new, _o_theta_new, _o__bad = _nesterov_step(rt.at(v, _i), rt.at(beta, _i), rt.at(theta, _i), rt.at(eta, _i), rt.at(grad_L, _i))
        v_new[_i] = _o_v_new
        theta_new[_i] = _o_theta_new
        _nbad += _o__bad
    return _nbad


_nesterov_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_nesterov_loop))
_nesterov_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_nesterov_loop, "_nesterov_loop_serial")))


def nesterov(v, beta, theta, eta, grad_L, out=None):
    r"""15. Nesterov Accelerated Gradient (NAG): forward kernel (layout (),(),(),(),()->(),()).

    $\begin{aligned} v &\leftarrow \beta v + \left(1 - \beta\right) \nabla_\theta L(\theta - \beta \eta v) \\ \theta &\leftarrow \theta - \eta v \end{aligned}$

    where:

    - $v$ is the velocity, an exponential moving average of past gradients (0 at the first step)
    - $\beta$ is the momentum coefficient (e.g. 0.9)
    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\eta$ is the learning rate
    - $\nabla_\theta L$ is the gradient of the loss $L$ with respect to $\theta$, evaluated at the point in parentheses

    Arguments: v, beta, theta, eta, grad_L; out= an optional preallocated result.
    """
    v, beta, theta, eta, grad_L, = floats('nesterov', v, beta, theta, eta, grad_L)
    rt.within('nesterov', 'beta', beta, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('nesterov', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_nesterov, _nesterov_core, 'nesterov', '(),(),(),(),()->(),()', (v, beta, theta, eta, grad_L), [], out, parallel=_nesterov_threads, loops=(_nesterov_flat, _nesterov_serial, None))


def _nesterov_inplace_core(v, beta, theta, eta, grad_L):
    _one = lit(v, 1.0)
    for _i in numba.prange(v.size):
        v[_i] = beta*v[_i] + grad_L[_i]*(_one - beta)
        theta[_i] = -(eta*v[_i]) + theta[_i]


_nesterov_inplace = Lazy(lambda: numba.njit(["void(float32[::1], float32, float32[::1], float32, float32[::1])", "void(float64[::1], float64, float64[::1], float64, float64[::1])"], **rt.JIT)(_nesterov_inplace_core))
_nesterov_inplace_threads = Lazy(lambda: numba.njit(["void(float32[::1], float32, float32[::1], float32, float32[::1])", "void(float64[::1], float64, float64[::1], float64, float64[::1])"], parallel=True, **rt.JIT)(rt.twin(_nesterov_inplace_core, "_nesterov_inplace_core_threads")))


def nesterov_inplace(v, beta, theta, eta, grad_L):
    r"""15. Nesterov Accelerated Gradient (NAG): fused in-place update.

    $\begin{aligned} v &\leftarrow \beta v + \left(1 - \beta\right) \nabla_\theta L(\theta - \beta \eta v) \\ \theta &\leftarrow \theta - \eta v \end{aligned}$

    where:

    - $v$ is the velocity, an exponential moving average of past gradients (0 at the first step)
    - $\beta$ is the momentum coefficient (e.g. 0.9)
    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\eta$ is the learning rate
    - $\nabla_\theta L$ is the gradient of the loss $L$ with respect to $\theta$, evaluated at the point in parentheses

    Arguments: v, beta, theta, eta, grad_L.
    Updates v, theta in place (one pass) and returns them.
    """
    v, theta, = rt.states('nesterov_inplace', v, theta)
    dtype = v.dtype
    grad_L, = rt.like('nesterov_inplace', v, grad_L)
    beta, eta, = rt.scalars('nesterov_inplace', dtype, beta, eta)
    rt.within('nesterov_inplace', 'beta', beta, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('nesterov_inplace', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    with rt.threads(v.size * 3) as threaded:
        (_nesterov_inplace_threads if threaded else _nesterov_inplace).get()(v.reshape(-1), beta, theta.reshape(-1), eta, grad_L.reshape(-1))
    return v, theta


def _rmsprop_core(E_g2, rho, theta, eta, g, eps, E_g2_new, theta_new, _bad):
    E_g2 = rt.wide(E_g2)
    rho = rt.wide(rho)
    theta = rt.wide(theta)
    eta = rt.wide(eta)
    g = rt.wide(g)
    eps = rt.wide(eps)
    E_g2_new[0] = E_g2
    theta_new[0] = theta
    _one = lit(E_g2, 1.0)
    E_g2_before = E_g2_new[0]
    _t0 = _one - rho
    E_g2_new[0] = E_g2_new[0]*rho + (_t0*g*g)
    theta_new[0] = theta_new[0] - rt.quotient3(eta, g, (np.sqrt(E_g2_new[0] + eps) if np.isfinite(np.sqrt(E_g2_new[0] + eps)) else rt.hypot(np.sqrt(E_g2_before*rho + eps), np.sqrt(_t0)*np.abs(g))))
    _bad[0] = (0 if np.abs(E_g2_new[0]) < np.inf else 1) + (0 if np.abs(theta_new[0]) < np.inf else 1)


_rmsprop = Lazy(lambda: numba.guvectorize(["void(float64, float64, float64, float64, float64, float64, float64[:], float64[:], float64[:])"], "(),(),(),(),(),()->(),(),()", cache=True)(_rmsprop_core))
_rmsprop_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64, float64, float64, float64, float64, float64[:], float64[:], float64[:])"], "(),(),(),(),(),()->(),(),()", target="parallel", cache=True)(_rmsprop_core))


def _rmsprop_step_core(E_g2, rho, theta, eta, g, eps):
    E_g2 = rt.wide(E_g2)
    rho = rt.wide(rho)
    theta = rt.wide(theta)
    eta = rt.wide(eta)
    g = rt.wide(g)
    eps = rt.wide(eps)
    _o_E_g2_new = E_g2
    _o_theta_new = theta
    _one = lit(E_g2, 1.0)
    E_g2_before = _o_E_g2_new
    _t0 = _one - rho
    _o_E_g2_new = _o_E_g2_new * rho + _t0 * g * g
    _o_theta_new = _o_theta_new - rt.quotient3(eta, g, np.sqrt(_o_E_g2_new + eps) if np.isfinite(np.sqrt(_o_E_g2_new + eps)) else rt.hypot(np.sqrt(E_g2_before * rho + eps), np.sqrt(_t0) * np.abs(g)))
    _o__bad = (0 if np.abs(_o_E_g2_new) < np.inf else 1) + (0 if np.abs(_o_theta_new) < np.inf else 1)
    return (_o_E_g2_new, _o_theta_new, _o__bad)


_rmsprop_step = numba.njit(**rt.INLINED)(_rmsprop_step_core)


def _rmsprop_loop(E_g2, rho, theta, eta, g, eps, E_g2_new, theta_new):
    _nbad = 0
    for _i in numba.prange(E_g2_new.size):
        _o_E_g2_new, _o_theta_new, _o__bad = _rmsprop_step(rt.at(E_g2, _i), rt.at(rho, _i), rt.at(theta, _i), rt.at(eta, _i), rt.at(g, _i), rt.at(eps, _i))
        E_g2_new[_i] = _o_E_g2_new
        theta_new[_i] = _o_theta_new
        _nbad += _o__bad
    return _nbad


_rmsprop_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_rmsprop_loop))
_rmsprop_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_rmsprop_loop, "_rmsprop_loop_serial")))


def rmsprop(E_g2, rho, theta, eta, g, eps, out=None):
    r"""16. RMSProp Update: forward kernel (layout (),(),(),(),(),()->(),()).

    $\begin{aligned} E[g^2] &\leftarrow \rho E[g^2] + \left(1 - \rho\right) \left(\nabla_\theta L(\theta)\right)^{2} \\ \theta &\leftarrow \theta - \frac{\eta \nabla_\theta L(\theta)}{\sqrt{E[g^2] + \epsilon}} \end{aligned}$

    where:

    - $E[g^2]$ is the running average of squared gradients (0 at the first step)
    - $\rho$ is the decay rate (e.g. 0.9)
    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\eta$ is the learning rate
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters
    - $\epsilon$ is a small constant for numerical stability

    Arguments: E_g2, rho, theta, eta, g, eps; out= an optional preallocated result.
    """
    E_g2, rho, theta, eta, g, eps, = floats('rmsprop', E_g2, rho, theta, eta, g, eps)
    rt.within('rmsprop', 'rho', rho, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('rmsprop', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('rmsprop', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_rmsprop, _rmsprop_core, 'rmsprop', '(),(),(),(),(),()->(),()', (E_g2, rho, theta, eta, g, eps), [], out, parallel=_rmsprop_threads, loops=(_rmsprop_flat, _rmsprop_serial, None))


def _rmsprop_grad_E_g2_core(E_g2, rho, eta, g, eps, theta):
    E_g2 = rt.wide(E_g2)
    rho = rt.wide(rho)
    eta = rt.wide(eta)
    g = rt.wide(g)
    eps = rt.wide(eps)
    theta = rt.wide(theta)
    _one = lit(E_g2, 1.0)
    _two = lit(E_g2, 2.0)
    _t0 = E_g2*rho
    _t1 = _t0 + eps
    _t2 = np.sqrt(_t1)
    _t3 = _one - rho
    _t4 = np.sqrt(_t3)
    _t5 = np.abs(g)
    _t6 = _t4*_t5
    _t7 = rt.hypot(_t2, _t6)
    result = eta*rho*(((g/_t7)/_t7)/_t7)/_two
    return result


_rmsprop_grad_E_g2 = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64, float64)"], cache=True)(_rmsprop_grad_E_g2_core))
_rmsprop_grad_E_g2_element = numba.njit(**rt.INLINED)(_rmsprop_grad_E_g2_core)


def _rmsprop_grad_E_g2_loop(E_g2, rho, eta, g, eps, theta, result):
    for _i in numba.prange(result.size):
        result[_i] = _rmsprop_grad_E_g2_element(rt.at(E_g2, _i), rt.at(rho, _i), rt.at(eta, _i), rt.at(g, _i), rt.at(eps, _i), rt.at(theta, _i))


_rmsprop_grad_E_g2_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_rmsprop_grad_E_g2_loop))
_rmsprop_grad_E_g2_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_rmsprop_grad_E_g2_loop, "_rmsprop_grad_E_g2_loop_serial")))


def rmsprop_grad_E_g2(E_g2, rho, eta, g, eps, theta, out=None):
    r"""16. RMSProp Update: grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial E[g^2]} = \frac{\rho \eta \nabla_\theta L(\theta)}{2 \left(\rho E[g^2] + \left(1 - \rho\right) \left(\nabla_\theta L(\theta)\right)^{2} + \epsilon\right)^{\frac{3}{2}}}$

    where:

    - $E[g^2]$ is the running average of squared gradients (0 at the first step)
    - $\rho$ is the decay rate (e.g. 0.9)
    - $\eta$ is the learning rate
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters
    - $\epsilon$ is a small constant for numerical stability
    - $\theta'$ is the value after the update

    Arguments: E_g2, rho, eta, g, eps, theta; out= an optional preallocated result.
    """
    E_g2, rho, eta, g, eps, theta, = floats('rmsprop_grad_E_g2', E_g2, rho, eta, g, eps, theta)
    rt.within('rmsprop_grad_E_g2', 'rho', rho, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('rmsprop_grad_E_g2', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('rmsprop_grad_E_g2', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_rmsprop_grad_E_g2, 'rmsprop_grad_E_g2', (E_g2, rho, eta, g, eps, theta), out, _rmsprop_grad_E_g2_flat, _rmsprop_grad_E_g2_serial)


def _rmsprop_grad_theta_core(theta, E_g2, rho, eta, g, eps):
    theta = rt.wide(theta)
    E_g2 = rt.wide(E_g2)
    rho = rt.wide(rho)
    eta = rt.wide(eta)
    g = rt.wide(g)
    eps = rt.wide(eps)
    _one = lit(theta, 1.0)
    result = _one
    return result


_rmsprop_grad_theta = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64, float64)"], cache=True)(_rmsprop_grad_theta_core))
_rmsprop_grad_theta_element = numba.njit(**rt.INLINED)(_rmsprop_grad_theta_core)


def _rmsprop_grad_theta_loop(theta, E_g2, rho, eta, g, eps, result):
    for _i in numba.prange(result.size):
        result[_i] = _rmsprop_grad_theta_element(rt.at(theta, _i), rt.at(E_g2, _i), rt.at(rho, _i), rt.at(eta, _i), rt.at(g, _i), rt.at(eps, _i))


_rmsprop_grad_theta_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_rmsprop_grad_theta_loop))
_rmsprop_grad_theta_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_rmsprop_grad_theta_loop, "_rmsprop_grad_theta_loop_serial")))


def rmsprop_grad_theta(theta, E_g2, rho, eta, g, eps, out=None):
    r"""16. RMSProp Update: grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial \theta} = 1$

    where:

    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\theta'$ is the value after the update

    Arguments: theta, E_g2, rho, eta, g, eps; out= an optional preallocated result.
    """
    theta, E_g2, rho, eta, g, eps, = floats('rmsprop_grad_theta', theta, E_g2, rho, eta, g, eps)
    rt.within('rmsprop_grad_theta', 'rho', rho, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('rmsprop_grad_theta', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('rmsprop_grad_theta', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_rmsprop_grad_theta, 'rmsprop_grad_theta', (theta, E_g2, rho, eta, g, eps), out, _rmsprop_grad_theta_flat, _rmsprop_grad_theta_serial)


def _rmsprop_grad_g_core(E_g2, rho, eta, g, eps, theta):
    E_g2 = rt.wide(E_g2)
    rho = rt.wide(rho)
    eta = rt.wide(eta)
    g = rt.wide(g)
    eps = rt.wide(eps)
    theta = rt.wide(theta)
    _one = lit(E_g2, 1.0)
    _t0 = E_g2*rho
    _t1 = _t0 + eps
    _t2 = np.sqrt(_t1)
    _t3 = _one - rho
    _t4 = np.sqrt(_t3)
    _t5 = np.abs(g)
    _t6 = _t4*_t5
    _t7 = rt.hypot(_t2, _t6)
    result = -(eta*(((_t1/_t7)/_t7)/_t7))
    return result


_rmsprop_grad_g = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64, float64)"], cache=True)(_rmsprop_grad_g_core))
_rmsprop_grad_g_element = numba.njit(**rt.INLINED)(_rmsprop_grad_g_core)


def _rmsprop_grad_g_loop(E_g2, rho, eta, g, eps, theta, result):
    for _i in numba.prange(result.size):
        result[_i] = _rmsprop_grad_g_element(rt.at(E_g2, _i), rt.at(rho, _i), rt.at(eta, _i), rt.at(g, _i), rt.at(eps, _i), rt.at(theta, _i))


_rmsprop_grad_g_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_rmsprop_grad_g_loop))
_rmsprop_grad_g_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_rmsprop_grad_g_loop, "_rmsprop_grad_g_loop_serial")))


def rmsprop_grad_g(E_g2, rho, eta, g, eps, theta, out=None):
    r"""16. RMSProp Update: grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial \nabla_\theta L(\theta)} = \frac{\eta \left(- \rho E[g^2] - \epsilon\right)}{\left(\rho E[g^2] + \left(\nabla_\theta L(\theta)\right)^{2} + \epsilon - \rho \left(\nabla_\theta L(\theta)\right)^{2}\right)^{\frac{3}{2}}}$

    where:

    - $E[g^2]$ is the running average of squared gradients (0 at the first step)
    - $\rho$ is the decay rate (e.g. 0.9)
    - $\eta$ is the learning rate
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters
    - $\epsilon$ is a small constant for numerical stability
    - $\theta'$ is the value after the update

    Arguments: E_g2, rho, eta, g, eps, theta; out= an optional preallocated result.
    """
    E_g2, rho, eta, g, eps, theta, = floats('rmsprop_grad_g', E_g2, rho, eta, g, eps, theta)
    rt.within('rmsprop_grad_g', 'rho', rho, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('rmsprop_grad_g', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('rmsprop_grad_g', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_rmsprop_grad_g, 'rmsprop_grad_g', (E_g2, rho, eta, g, eps, theta), out, _rmsprop_grad_g_flat, _rmsprop_grad_g_serial)


def _rmsprop_inplace_core(E_g2, rho, theta, eta, g, eps):
    _one = lit(E_g2, 1.0)
    _t0 = _one - rho
    _t1 = np.sqrt(_t0)
    _n = E_g2.size
    _blocks = (_n + 255) // 256
    _parts = max(min(64, _blocks), 1)
    for _p in numba.prange(_parts):
        _exact = np.empty(256, np.bool_)
        for _b in range(_p * _blocks // _parts, (_p + 1) * _blocks // _parts):
            _lo = _b*256
            _hi = min(_lo + 256, _n)
            _inexact = 0
            for _j in range(_hi - _lo):
                _i = np.uint64(_lo) + np.uint64(_j)
                _E_g2 = E_g2[_i]
                _theta = theta[_i]
                _E_g2_old = _E_g2
                _theta_old = _theta
                E_g2_before = _E_g2
                _E_g2 = _E_g2*rho + (_t0*g[_i]*g[_i])
                _theta = _theta - rt.quotient3_plain(eta, g[_i], np.sqrt(_E_g2 + eps))
                _ok = (np.abs(np.sqrt(_E_g2 + eps)) < np.inf) & rt.quotient3_plain_exact(eta, g[_i], np.sqrt(_E_g2 + eps))
                _inexact += 0 if _ok else 1
                _exact[_j] = _ok
                E_g2[_i] = _E_g2 if _ok else _E_g2_old
                theta[_i] = _theta if _ok else _theta_old
            if _inexact != 0:
                for _j in range(_hi - _lo):
                    if _exact[_j]:
                        continue
                    _i = np.uint64(_lo) + np.uint64(_j)
                    E_g2_before = E_g2[_i]
                    E_g2[_i] = E_g2[_i]*rho + (_t0*g[_i]*g[_i])
                    theta[_i] = theta[_i] - rt.quotient3(eta, g[_i], rt.finite_or(np.sqrt(E_g2[_i] + eps), rt.hypot(np.sqrt(E_g2_before*rho + eps), _t1*np.abs(g[_i]))))


_rmsprop_inplace = Lazy(lambda: numba.njit(["void(float32[::1], float32, float32[::1], float32, float32[::1], float32)", "void(float64[::1], float64, float64[::1], float64, float64[::1], float64)"], **rt.JIT)(_rmsprop_inplace_core))
_rmsprop_inplace_threads = Lazy(lambda: numba.njit(["void(float32[::1], float32, float32[::1], float32, float32[::1], float32)", "void(float64[::1], float64, float64[::1], float64, float64[::1], float64)"], parallel=True, **rt.JIT)(rt.twin(_rmsprop_inplace_core, "_rmsprop_inplace_core_threads")))


def rmsprop_inplace(E_g2, rho, theta, eta, g, eps):
    r"""16. RMSProp Update: fused in-place update.

    $\begin{aligned} E[g^2] &\leftarrow \rho E[g^2] + \left(1 - \rho\right) \left(\nabla_\theta L(\theta)\right)^{2} \\ \theta &\leftarrow \theta - \frac{\eta \nabla_\theta L(\theta)}{\sqrt{E[g^2] + \epsilon}} \end{aligned}$

    where:

    - $E[g^2]$ is the running average of squared gradients (0 at the first step)
    - $\rho$ is the decay rate (e.g. 0.9)
    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\eta$ is the learning rate
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters
    - $\epsilon$ is a small constant for numerical stability

    Arguments: E_g2, rho, theta, eta, g, eps.
    Updates E_g2, theta in place (one pass) and returns them.
    """
    E_g2, theta, = rt.states('rmsprop_inplace', E_g2, theta)
    dtype = E_g2.dtype
    g, = rt.like('rmsprop_inplace', E_g2, g)
    rho, eta, eps, = rt.scalars('rmsprop_inplace', dtype, rho, eta, eps)
    rt.within('rmsprop_inplace', 'rho', rho, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('rmsprop_inplace', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('rmsprop_inplace', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    with rt.threads(E_g2.size * 3) as threaded:
        (_rmsprop_inplace_threads if threaded else _rmsprop_inplace).get()(E_g2.reshape(-1), rho, theta.reshape(-1), eta, g.reshape(-1), eps)
    return E_g2, theta


def _adam_core(m, v, beta1, beta2, eta, t, eps, theta, g, m_new, v_new, theta_new, _bad):
    m = rt.wide(m)
    v = rt.wide(v)
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    eta = rt.wide(eta)
    t = rt.wide(t)
    eps = rt.wide(eps)
    theta = rt.wide(theta)
    g = rt.wide(g)
    m_new[0] = m
    v_new[0] = v
    theta_new[0] = theta
    _one = lit(m, 1.0)
    v_before = v_new[0]
    m_new[0] = beta1*m_new[0] + g*(_one - beta1)
    _t0 = _one - beta2
    v_new[0] = beta2*v_new[0] + (_t0*g*g)
    m_hat = -(m_new[0]/rt.expm1(rt.xlogy(t, beta1)))
    _t1 = rt.xlogy(t, beta2)
    _t2 = rt.expm1(_t1)
    v_hat = -(v_new[0]/_t2)
    theta_new[0] = theta_new[0] - rt.quotient3(eta, m_hat, eps + (np.sqrt(v_hat) if np.isfinite(np.sqrt(v_hat)) else rt.hypot(np.sqrt(beta2)*np.sqrt(v_before), np.sqrt(_t0)*np.abs(g))/np.sqrt(-_t2)))
    _bad[0] = (0 if np.abs(m_new[0]) < np.inf else 1) + (0 if np.abs(v_new[0]) < np.inf else 1) + (0 if np.abs(theta_new[0]) < np.inf else 1)


_adam = Lazy(lambda: numba.guvectorize(["void(float64, float64, float64, float64, float64, float64, float64, float64, float64, float64[:], float64[:], float64[:], float64[:])"], "(),(),(),(),(),(),(),(),()->(),(),(),()", cache=True)(_adam_core))
_adam_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64, float64, float64, float64, float64, float64, float64, float64, float64[:], float64[:], float64[:], float64[:])"], "(),(),(),(),(),(),(),(),()->(),(),(),()", target="parallel", cache=True)(_adam_core))


def _adam_step_core(m, v, beta1, beta2, eta, t, eps, theta, g):
    m = rt.wide(m)
    v = rt.wide(v)
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    eta = rt.wide(eta)
    t = rt.wide(t)
    eps = rt.wide(eps)
    theta = rt.wide(theta)
    g = rt.wide(g)
    _o_m_new = m
    _o_v_new = v
    _o_theta_new = theta
    _one = lit(m, 1.0)
    v_before = _o_v_new
    _o_m_new = beta1 * _o_m_new + g * (_one - beta1)
    _t0 = _one - beta2
    _o_v_new = beta2 * _o_v_new + _t0 * g * g
    m_hat = -(_o_m_new / rt.expm1(rt.xlogy(t, beta1)))
    _t1 = rt.xlogy(t, beta2)
    _t2 = rt.expm1(_t1)
    v_hat = -(_o_v_new / _t2)
    _o_theta_new = _o_theta_new - rt.quotient3(eta, m_hat, eps + (np.sqrt(v_hat) if np.isfinite(np.sqrt(v_hat)) else rt.hypot(np.sqrt(beta2) * np.sqrt(v_before), np.sqrt(_t0) * np.abs(g)) / np.sqrt(-_t2)))
    _o__bad = (0 if np.abs(_o_m_new) < np.inf else 1) + (0 if np.abs(_o_v_new) < np.inf else 1) + (0 if np.abs(_o_theta_new) < np.inf else 1)
    return (_o_m_new, _o_v_new, _o_theta_new, _o__bad)


_adam_step = numba.njit(**rt.INLINED)(_adam_step_core)


def _adam_loop(m, v, beta1, beta2, eta, t, eps, theta, g, m_new, v_new, theta_new):
    _nbad = 0
    for _i in numba.prange(m_new.size):
        _o_m_new, _o_v_new, _o_theta_new, _o__bad = _adam_step(rt.at(m, _i), rt.at(v, _i), rt.at(beta1, _i), rt.at(beta2, _i), rt.at(eta, _i), rt.at(t, _i), rt.at(eps, _i), rt.at(theta, _i), rt.at(g, _i))
        m_new[_i] = _o_m_new
        v_new[_i] = _o_v_new
        theta_new[_i] = _o_theta_new
        _nbad += _o__bad
    return _nbad


_adam_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_adam_loop))
_adam_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_adam_loop, "_adam_loop_serial")))


def _adam_prelude_core(beta1, beta2, t):
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    t = rt.wide(t)
    _one = lit(beta1, 1.0)
    _t0 = _one - beta2
    _p0 = rt.expm1(rt.xlogy(t, beta1))
    _t1 = rt.xlogy(t, beta2)
    _t2 = rt.expm1(_t1)
    return (_t0, _p0, _t2)


def _adam_rest_core(m, v, beta1, beta2, eta, t, eps, theta, g, _t0, _p0, _t2):
    m = rt.wide(m)
    v = rt.wide(v)
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    eta = rt.wide(eta)
    eps = rt.wide(eps)
    theta = rt.wide(theta)
    g = rt.wide(g)
    _o_m_new = m
    _o_v_new = v
    _o_theta_new = theta
    _one = lit(m, 1.0)
    v_before = _o_v_new
    _o_m_new = beta1 * _o_m_new + g * (_one - beta1)
    _o_v_new = beta2 * _o_v_new + _t0 * g * g
    m_hat = -(_o_m_new / _p0)
    v_hat = -(_o_v_new / _t2)
    _o_theta_new = _o_theta_new - rt.quotient3(eta, m_hat, eps + (np.sqrt(v_hat) if np.isfinite(np.sqrt(v_hat)) else rt.hypot(np.sqrt(beta2) * np.sqrt(v_before), np.sqrt(_t0) * np.abs(g)) / np.sqrt(-_t2)))
    _o__bad = (0 if np.abs(_o_m_new) < np.inf else 1) + (0 if np.abs(_o_v_new) < np.inf else 1) + (0 if np.abs(_o_theta_new) < np.inf else 1)
    return (_o_m_new, _o_v_new, _o_theta_new, _o__bad)


_adam_prelude = numba.njit(**rt.JIT)(_adam_prelude_core)
_adam_rest = numba.njit(**rt.INLINED)(_adam_rest_core)


def _adam_hoisted_loop(m, v, beta1, beta2, eta, t, eps, theta, g, m_new, v_new, theta_new):
    _t0, _p0, _t2 = _adam_prelude(beta1, beta2, t)
    _nbad = 0
    for _i in numba.prange(m_new.size):
        _o_m_new, _o_v_new, _o_theta_new, _o__bad = _adam_rest(rt.at(m, _i), rt.at(v, _i), rt.at(beta1, _i), rt.at(beta2, _i), rt.at(eta, _i), rt.at(t, _i), rt.at(eps, _i), rt.at(theta, _i), rt.at(g, _i), _t0, _p0, _t2)
        m_new[_i] = _o_m_new
        v_new[_i] = _o_v_new
        theta_new[_i] = _o_theta_new
        _nbad += _o__bad
    return _nbad


_adam_hoisted_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_adam_hoisted_loop))
_adam_hoisted_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_adam_hoisted_loop, "_adam_hoisted_loop_serial")))


def adam(m, v, beta1, beta2, eta, t, eps, theta, g, out=None):
    r"""17. Adam Optimizer: forward kernel (layout (),(),(),(),(),(),(),(),()->(),(),()).

    $\begin{aligned} m &\leftarrow \beta_1 m + \left(1 - \beta_1\right) \nabla_\theta L(\theta) \\ v &\leftarrow \beta_2 v + \left(1 - \beta_2\right) \left(\nabla_\theta L(\theta)\right)^{2} \\ \hat{m} &\leftarrow \frac{m}{1 - \beta_1^{t}} \\ \hat{v} &\leftarrow \frac{v}{1 - \beta_2^{t}} \\ \theta &\leftarrow \theta - \frac{\eta \hat{m}}{\sqrt{\hat{v}} + \epsilon} \end{aligned}$

    where:

    - $m$ is the first moment estimate, a moving average of gradients (0 at the first step)
    - $v$ is the second moment estimate, a moving average of squared gradients (0 at the first step)
    - $\beta_1$ is the decay rate of the first moment (e.g. 0.9)
    - $\beta_2$ is the decay rate of the second moment (e.g. 0.999)
    - $\eta$ is the learning rate
    - $t$ is the current time step, counted from 1
    - $\epsilon$ is a small constant for numerical stability
    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters
    - $\hat{m}$ is the bias-corrected first moment estimate
    - $\hat{v}$ is the bias-corrected second moment estimate

    Arguments: m, v, beta1, beta2, eta, t, eps, theta, g; out= an optional preallocated result.
    """
    m, v, beta1, beta2, eta, t, eps, theta, g, = floats('adam', m, v, beta1, beta2, eta, t, eps, theta, g)
    rt.within('adam', 'beta1', beta1, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('adam', 'beta2', beta2, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('adam', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('adam', 't', t, 1.0, np.inf, False, True, 'a positive integer')
    rt.within('adam', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_adam, _adam_core, 'adam', '(),(),(),(),(),(),(),(),()->(),(),()', (m, v, beta1, beta2, eta, t, eps, theta, g), [], out, parallel=_adam_threads, loops=(_adam_flat, _adam_serial, (_adam_hoisted_flat, _adam_hoisted_serial, (2, 3, 5))))


def _adam_grad_m_core(m, v, beta1, beta2, eta, t, eps, g, theta):
    m = rt.wide(m)
    v = rt.wide(v)
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    eta = rt.wide(eta)
    t = rt.wide(t)
    eps = rt.wide(eps)
    g = rt.wide(g)
    theta = rt.wide(theta)
    _one = lit(m, 1.0)
    _t0 = rt.xlogy(t, beta2)
    _t1 = rt.expm1(_t0)
    _t2 = -_t1
    result = -(eta*(beta1/(-((eps + rt.hypot(np.sqrt((beta2*v/_t2)), np.sqrt(((_one - beta2)/_t2))*np.abs(g)))*rt.expm1(rt.xlogy(t, beta1))))))
    return result


_adam_grad_m = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64, float64, float64, float64, float64)"], cache=True)(_adam_grad_m_core))
_adam_grad_m_element = numba.njit(**rt.INLINED)(_adam_grad_m_core)


def _adam_grad_m_loop(m, v, beta1, beta2, eta, t, eps, g, theta, result):
    for _i in numba.prange(result.size):
        result[_i] = _adam_grad_m_element(rt.at(m, _i), rt.at(v, _i), rt.at(beta1, _i), rt.at(beta2, _i), rt.at(eta, _i), rt.at(t, _i), rt.at(eps, _i), rt.at(g, _i), rt.at(theta, _i))


_adam_grad_m_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_adam_grad_m_loop))
_adam_grad_m_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_adam_grad_m_loop, "_adam_grad_m_loop_serial")))


def _adam_grad_m_prelude_core(beta1, beta2, t):
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    t = rt.wide(t)
    _t0 = rt.xlogy(t, beta2)
    _t1 = rt.expm1(_t0)
    _t2 = -_t1
    _p0 = rt.expm1(rt.xlogy(t, beta1))
    return (_t2, _p0)


def _adam_grad_m_rest_core(m, v, beta1, beta2, eta, t, eps, g, theta, _t2, _p0):
    m = rt.wide(m)
    v = rt.wide(v)
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    eta = rt.wide(eta)
    eps = rt.wide(eps)
    g = rt.wide(g)
    _one = lit(m, 1.0)
    result = -(eta * (beta1 / -((eps + rt.hypot(np.sqrt(beta2 * v / _t2), np.sqrt((_one - beta2) / _t2) * np.abs(g))) * _p0)))
    return result


_adam_grad_m_prelude = numba.njit(**rt.JIT)(_adam_grad_m_prelude_core)
_adam_grad_m_rest = numba.njit(**rt.INLINED)(_adam_grad_m_rest_core)


def _adam_grad_m_hoisted_loop(m, v, beta1, beta2, eta, t, eps, g, theta, result):
    _t2, _p0 = _adam_grad_m_prelude(beta1, beta2, t)
    for _i in numba.prange(result.size):
        result[_i] = _adam_grad_m_rest(rt.at(m, _i), rt.at(v, _i), rt.at(beta1, _i), rt.at(beta2, _i), rt.at(eta, _i), rt.at(t, _i), rt.at(eps, _i), rt.at(g, _i), rt.at(theta, _i), _t2, _p0)


_adam_grad_m_hoisted_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_adam_grad_m_hoisted_loop))
_adam_grad_m_hoisted_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_adam_grad_m_hoisted_loop, "_adam_grad_m_hoisted_loop_serial")))


def adam_grad_m(m, v, beta1, beta2, eta, t, eps, g, theta, out=None):
    r"""17. Adam Optimizer: grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial m} = - \frac{\beta_1 \eta}{\left(\sqrt{\frac{\beta_2 v + \left(1 - \beta_2\right) \left(\nabla_\theta L(\theta)\right)^{2}}{1 - \beta_2^{t}}} + \epsilon\right) \left(1 - \beta_1^{t}\right)}$

    where:

    - $m$ is the first moment estimate, a moving average of gradients (0 at the first step)
    - $v$ is the second moment estimate, a moving average of squared gradients (0 at the first step)
    - $\beta_1$ is the decay rate of the first moment (e.g. 0.9)
    - $\beta_2$ is the decay rate of the second moment (e.g. 0.999)
    - $\eta$ is the learning rate
    - $t$ is the current time step, counted from 1
    - $\epsilon$ is a small constant for numerical stability
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters
    - $\theta'$ is the value after the update

    Arguments: m, v, beta1, beta2, eta, t, eps, g, theta; out= an optional preallocated result.
    """
    m, v, beta1, beta2, eta, t, eps, g, theta, = floats('adam_grad_m', m, v, beta1, beta2, eta, t, eps, g, theta)
    rt.within('adam_grad_m', 'beta1', beta1, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('adam_grad_m', 'beta2', beta2, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('adam_grad_m', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('adam_grad_m', 't', t, 1.0, np.inf, False, True, 'a positive integer')
    rt.within('adam_grad_m', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_adam_grad_m, 'adam_grad_m', (m, v, beta1, beta2, eta, t, eps, g, theta), out, _adam_grad_m_flat, _adam_grad_m_serial, hoisted=(_adam_grad_m_hoisted_flat, _adam_grad_m_hoisted_serial, (2, 3, 5)))


def _adam_grad_v_core(m, v, beta1, beta2, eta, t, eps, g, theta):
    m = rt.wide(m)
    v = rt.wide(v)
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    eta = rt.wide(eta)
    t = rt.wide(t)
    eps = rt.wide(eps)
    g = rt.wide(g)
    theta = rt.wide(theta)
    _one = lit(m, 1.0)
    _two = lit(m, 2.0)
    _t0 = rt.xlogy(t, beta2)
    _t1 = rt.expm1(_t0)
    _t2 = beta2*v
    _t3 = -_t1
    _t4 = (_t2/_t3)
    _t5 = np.sqrt(_t4)
    _t6 = _one - beta2
    _t7 = (_t6/_t3)
    _t8 = np.sqrt(_t7)
    _t9 = np.abs(g)
    _t10 = _t8*_t9
    _t11 = rt.hypot(_t5, _t10)
    _t12 = _t11 + eps
    result = ((beta2*rt.quotient3(eta, beta1*m + g*(_one - beta1), _t12)/(_two*_t1*rt.expm1(rt.xlogy(t, beta1)))/_t12)/_t11)
    return result


_adam_grad_v = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64, float64, float64, float64, float64)"], cache=True)(_adam_grad_v_core))
_adam_grad_v_element = numba.njit(**rt.INLINED)(_adam_grad_v_core)


def _adam_grad_v_loop(m, v, beta1, beta2, eta, t, eps, g, theta, result):
    for _i in numba.prange(result.size):
        result[_i] = _adam_grad_v_element(rt.at(m, _i), rt.at(v, _i), rt.at(beta1, _i), rt.at(beta2, _i), rt.at(eta, _i), rt.at(t, _i), rt.at(eps, _i), rt.at(g, _i), rt.at(theta, _i))


_adam_grad_v_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_adam_grad_v_loop))
_adam_grad_v_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_adam_grad_v_loop, "_adam_grad_v_loop_serial")))


def _adam_grad_v_prelude_core(beta1, beta2, t):
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    t = rt.wide(t)
    _one = lit(beta1, 1.0)
    _two = lit(beta1, 2.0)
    _t0 = rt.xlogy(t, beta2)
    _t1 = rt.expm1(_t0)
    _t3 = -_t1
    _t6 = _one - beta2
    _t7 = (_t6/_t3)
    _t8 = np.sqrt(_t7)
    _p0 = _two * _t1 * rt.expm1(rt.xlogy(t, beta1))
    return (_t3, _t8, _p0)


def _adam_grad_v_rest_core(m, v, beta1, beta2, eta, t, eps, g, theta, _t3, _t8, _p0):
    m = rt.wide(m)
    v = rt.wide(v)
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    eta = rt.wide(eta)
    eps = rt.wide(eps)
    g = rt.wide(g)
    _one = lit(m, 1.0)
    _t2 = beta2 * v
    _t4 = _t2 / _t3
    _t5 = np.sqrt(_t4)
    _t9 = np.abs(g)
    _t10 = _t8 * _t9
    _t11 = rt.hypot(_t5, _t10)
    _t12 = _t11 + eps
    result = beta2 * rt.quotient3(eta, beta1 * m + g * (_one - beta1), _t12) / _p0 / _t12 / _t11
    return result


_adam_grad_v_prelude = numba.njit(**rt.JIT)(_adam_grad_v_prelude_core)
_adam_grad_v_rest = numba.njit(**rt.INLINED)(_adam_grad_v_rest_core)


def _adam_grad_v_hoisted_loop(m, v, beta1, beta2, eta, t, eps, g, theta, result):
    _t3, _t8, _p0 = _adam_grad_v_prelude(beta1, beta2, t)
    for _i in numba.prange(result.size):
        result[_i] = _adam_grad_v_rest(rt.at(m, _i), rt.at(v, _i), rt.at(beta1, _i), rt.at(beta2, _i), rt.at(eta, _i), rt.at(t, _i), rt.at(eps, _i), rt.at(g, _i), rt.at(theta, _i), _t3, _t8, _p0)


_adam_grad_v_hoisted_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_adam_grad_v_hoisted_loop))
_adam_grad_v_hoisted_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_adam_grad_v_hoisted_loop, "_adam_grad_v_hoisted_loop_serial")))


def adam_grad_v(m, v, beta1, beta2, eta, t, eps, g, theta, out=None):
    r"""17. Adam Optimizer: grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial v} = \frac{\beta_2 \eta \left(\beta_1 m + \left(1 - \beta_1\right) \nabla_\theta L(\theta)\right) \sqrt{\frac{\beta_2 v + \left(1 - \beta_2\right) \left(\nabla_\theta L(\theta)\right)^{2}}{1 - \beta_2^{t}}}}{2 \left(\sqrt{\frac{\beta_2 v + \left(1 - \beta_2\right) \left(\nabla_\theta L(\theta)\right)^{2}}{1 - \beta_2^{t}}} + \epsilon\right)^{2} \left(\beta_2 v + \left(1 - \beta_2\right) \left(\nabla_\theta L(\theta)\right)^{2}\right) \left(1 - \beta_1^{t}\right)}$

    where:

    - $m$ is the first moment estimate, a moving average of gradients (0 at the first step)
    - $v$ is the second moment estimate, a moving average of squared gradients (0 at the first step)
    - $\beta_1$ is the decay rate of the first moment (e.g. 0.9)
    - $\beta_2$ is the decay rate of the second moment (e.g. 0.999)
    - $\eta$ is the learning rate
    - $t$ is the current time step, counted from 1
    - $\epsilon$ is a small constant for numerical stability
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters
    - $\theta'$ is the value after the update

    Arguments: m, v, beta1, beta2, eta, t, eps, g, theta; out= an optional preallocated result.
    """
    m, v, beta1, beta2, eta, t, eps, g, theta, = floats('adam_grad_v', m, v, beta1, beta2, eta, t, eps, g, theta)
    rt.within('adam_grad_v', 'beta1', beta1, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('adam_grad_v', 'beta2', beta2, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('adam_grad_v', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('adam_grad_v', 't', t, 1.0, np.inf, False, True, 'a positive integer')
    rt.within('adam_grad_v', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_adam_grad_v, 'adam_grad_v', (m, v, beta1, beta2, eta, t, eps, g, theta), out, _adam_grad_v_flat, _adam_grad_v_serial, hoisted=(_adam_grad_v_hoisted_flat, _adam_grad_v_hoisted_serial, (2, 3, 5)))


def _adam_grad_theta_core(theta, m, v, beta1, beta2, eta, t, eps, g):
    theta = rt.wide(theta)
    m = rt.wide(m)
    v = rt.wide(v)
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    eta = rt.wide(eta)
    t = rt.wide(t)
    eps = rt.wide(eps)
    g = rt.wide(g)
    _one = lit(theta, 1.0)
    result = _one
    return result


_adam_grad_theta = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64, float64, float64, float64, float64)"], cache=True)(_adam_grad_theta_core))
_adam_grad_theta_element = numba.njit(**rt.INLINED)(_adam_grad_theta_core)


def _adam_grad_theta_loop(theta, m, v, beta1, beta2, eta, t, eps, g, result):
    for _i in numba.prange(result.size):
        result[_i] = _adam_grad_theta_element(rt.at(theta, _i), rt.at(m, _i), rt.at(v, _i), rt.at(beta1, _i), rt.at(beta2, _i), rt.at(eta, _i), rt.at(t, _i), rt.at(eps, _i), rt.at(g, _i))


_adam_grad_theta_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_adam_grad_theta_loop))
_adam_grad_theta_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_adam_grad_theta_loop, "_adam_grad_theta_loop_serial")))


def adam_grad_theta(theta, m, v, beta1, beta2, eta, t, eps, g, out=None):
    r"""17. Adam Optimizer: grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial \theta} = 1$

    where:

    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\theta'$ is the value after the update

    Arguments: theta, m, v, beta1, beta2, eta, t, eps, g; out= an optional preallocated result.
    """
    theta, m, v, beta1, beta2, eta, t, eps, g, = floats('adam_grad_theta', theta, m, v, beta1, beta2, eta, t, eps, g)
    rt.within('adam_grad_theta', 'beta1', beta1, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('adam_grad_theta', 'beta2', beta2, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('adam_grad_theta', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('adam_grad_theta', 't', t, 1.0, np.inf, False, True, 'a positive integer')
    rt.within('adam_grad_theta', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_adam_grad_theta, 'adam_grad_theta', (theta, m, v, beta1, beta2, eta, t, eps, g), out, _adam_grad_theta_flat, _adam_grad_theta_serial)


def _adam_grad_g_core(m, v, beta1, beta2, eta, t, eps, g, theta):
    m = rt.wide(m)
    v = rt.wide(v)
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    eta = rt.wide(eta)
    t = rt.wide(t)
    eps = rt.wide(eps)
    g = rt.wide(g)
    theta = rt.wide(theta)
    _one = lit(m, 1.0)
    _t0 = rt.xlogy(t, beta2)
    _t1 = rt.expm1(_t0)
    _t2 = _one/(_t1)
    _t3 = beta2*v
    _t4 = -_t1
    _t5 = (_t3/_t4)
    _t6 = np.sqrt(_t5)
    _t7 = _one - beta2
    _t8 = (_t7/_t4)
    _t9 = np.sqrt(_t8)
    _t10 = np.abs(g)
    _t11 = _t10*_t9
    _t12 = rt.hypot(_t6, _t11)
    _t13 = _t12 + eps
    result = -(eta*((_t2*_t7*beta1*m*((g/_t12)/_t13) + (_one - beta1)*((eps + ((-(_t2*beta2*v))/_t12))/_t13))/(-(_t13*rt.expm1(rt.xlogy(t, beta1))))))
    return result


_adam_grad_g = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64, float64, float64, float64, float64)"], cache=True)(_adam_grad_g_core))
_adam_grad_g_element = numba.njit(**rt.INLINED)(_adam_grad_g_core)


def _adam_grad_g_loop(m, v, beta1, beta2, eta, t, eps, g, theta, result):
    for _i in numba.prange(result.size):
        result[_i] = _adam_grad_g_element(rt.at(m, _i), rt.at(v, _i), rt.at(beta1, _i), rt.at(beta2, _i), rt.at(eta, _i), rt.at(t, _i), rt.at(eps, _i), rt.at(g, _i), rt.at(theta, _i))


_adam_grad_g_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_adam_grad_g_loop))
_adam_grad_g_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_adam_grad_g_loop, "_adam_grad_g_loop_serial")))


def _adam_grad_g_prelude_core(beta1, beta2, t):
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    t = rt.wide(t)
    _one = lit(beta1, 1.0)
    _t0 = rt.xlogy(t, beta2)
    _t1 = rt.expm1(_t0)
    _t2 = _one/(_t1)
    _t4 = -_t1
    _t7 = _one - beta2
    _t8 = (_t7/_t4)
    _t9 = np.sqrt(_t8)
    _p0 = rt.expm1(rt.xlogy(t, beta1))
    return (_t2, _t4, _t7, _t9, _p0)


def _adam_grad_g_rest_core(m, v, beta1, beta2, eta, t, eps, g, theta, _t2, _t4, _t7, _t9, _p0):
    m = rt.wide(m)
    v = rt.wide(v)
    beta1 = rt.wide(beta1)
    beta2 = rt.wide(beta2)
    eta = rt.wide(eta)
    eps = rt.wide(eps)
    g = rt.wide(g)
    _one = lit(m, 1.0)
    _t3 = beta2 * v
    _t5 = _t3 / _t4
    _t6 = np.sqrt(_t5)
    _t10 = np.abs(g)
    _t11 = _t10 * _t9
    _t12 = rt.hypot(_t6, _t11)
    _t13 = _t12 + eps
    result = -(eta * ((_t2 * _t7 * beta1 * m * (g / _t12 / _t13) + (_one - beta1) * ((eps + -(_t2 * beta2 * v) / _t12) / _t13)) / -(_t13 * _p0)))
    return result


_adam_grad_g_prelude = numba.njit(**rt.JIT)(_adam_grad_g_prelude_core)
_adam_grad_g_rest = numba.njit(**rt.INLINED)(_adam_grad_g_rest_core)


def _adam_grad_g_hoisted_loop(m, v, beta1, beta2, eta, t, eps, g, theta, result):
    _t2, _t4, _t7, _t9, _p0 = _adam_grad_g_prelude(beta1, beta2, t)
    for _i in numba.prange(result.size):
        result[_i] = _adam_grad_g_rest(rt.at(m, _i), rt.at(v, _i), rt.at(beta1, _i), rt.at(beta2, _i), rt.at(eta, _i), rt.at(t, _i), rt.at(eps, _i), rt.at(g, _i), rt.at(theta, _i), _t2, _t4, _t7, _t9, _p0)


_adam_grad_g_hoisted_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_adam_grad_g_hoisted_loop))
_adam_grad_g_hoisted_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_adam_grad_g_hoisted_loop, "_adam_grad_g_hoisted_loop_serial")))


def adam_grad_g(m, v, beta1, beta2, eta, t, eps, g, theta, out=None):
    r"""17. Adam Optimizer: grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial \nabla_\theta L(\theta)} = \frac{\eta \left(\frac{\left(1 - \beta_2\right) \nabla_\theta L(\theta) \left(\beta_1 m + \left(1 - \beta_1\right) \nabla_\theta L(\theta)\right) \sqrt{\frac{\beta_2 v + \left(1 - \beta_2\right) \left(\nabla_\theta L(\theta)\right)^{2}}{1 - \beta_2^{t}}}}{\left(\sqrt{\frac{\beta_2 v + \left(1 - \beta_2\right) \left(\nabla_\theta L(\theta)\right)^{2}}{1 - \beta_2^{t}}} + \epsilon\right) \left(\beta_2 v + \left(1 - \beta_2\right) \left(\nabla_\theta L(\theta)\right)^{2}\right)} + \beta_1 - 1\right)}{\left(\sqrt{\frac{\beta_2 v + \left(1 - \beta_2\right) \left(\nabla_\theta L(\theta)\right)^{2}}{1 - \beta_2^{t}}} + \epsilon\right) \left(1 - \beta_1^{t}\right)}$

    where:

    - $m$ is the first moment estimate, a moving average of gradients (0 at the first step)
    - $v$ is the second moment estimate, a moving average of squared gradients (0 at the first step)
    - $\beta_1$ is the decay rate of the first moment (e.g. 0.9)
    - $\beta_2$ is the decay rate of the second moment (e.g. 0.999)
    - $\eta$ is the learning rate
    - $t$ is the current time step, counted from 1
    - $\epsilon$ is a small constant for numerical stability
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters
    - $\theta'$ is the value after the update

    Arguments: m, v, beta1, beta2, eta, t, eps, g, theta; out= an optional preallocated result.
    """
    m, v, beta1, beta2, eta, t, eps, g, theta, = floats('adam_grad_g', m, v, beta1, beta2, eta, t, eps, g, theta)
    rt.within('adam_grad_g', 'beta1', beta1, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('adam_grad_g', 'beta2', beta2, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('adam_grad_g', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('adam_grad_g', 't', t, 1.0, np.inf, False, True, 'a positive integer')
    rt.within('adam_grad_g', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_adam_grad_g, 'adam_grad_g', (m, v, beta1, beta2, eta, t, eps, g, theta), out, _adam_grad_g_flat, _adam_grad_g_serial, hoisted=(_adam_grad_g_hoisted_flat, _adam_grad_g_hoisted_serial, (2, 3, 5)))


def _adam_inplace_core(m, v, beta1, beta2, eta, t, eps, theta, g):
    _one = lit(m, 1.0)
    _t0 = _one - beta2
    _t1 = rt.xlogy(t, beta1)
    _t2 = rt.expm1(_t1)
    _t3 = _one/(_t2)
    _t4 = rt.xlogy(t, beta2)
    _t5 = rt.expm1(_t4)
    _t6 = _one/(_t5)
    _t7 = _one/np.sqrt(-_t5)
    _t8 = np.sqrt(beta2)
    _t9 = np.sqrt(_t0)
    _n = m.size
    _blocks = (_n + 255) // 256
    _parts = max(min(64, _blocks), 1)
    for _p in numba.prange(_parts):
        _exact = np.empty(256, np.bool_)
        for _b in range(_p * _blocks // _parts, (_p + 1) * _blocks // _parts):
            _lo = _b*256
            _hi = min(_lo + 256, _n)
            _inexact = 0
            for _j in range(_hi - _lo):
                _i = np.uint64(_lo) + np.uint64(_j)
                _m = m[_i]
                _v = v[_i]
                _theta = theta[_i]
                _m_old = _m
                _v_old = _v
                _theta_old = _theta
                v_before = _v
                _m = beta1*_m + g[_i]*(_one - beta1)
                _v = beta2*_v + (_t0*g[_i]*g[_i])
                m_hat = -(_t3*_m)
                v_hat = -(_t6*_v)
                _theta = _theta - rt.quotient3_plain(eta, m_hat, eps + np.sqrt(v_hat))
                _ok = (np.abs(np.sqrt(v_hat)) < np.inf) & rt.quotient3_plain_exact(eta, m_hat, eps + np.sqrt(v_hat))
                _inexact += 0 if _ok else 1
                _exact[_j] = _ok
                m[_i] = _m if _ok else _m_old
                v[_i] = _v if _ok else _v_old
                theta[_i] = _theta if _ok else _theta_old
            if _inexact != 0:
                for _j in range(_hi - _lo):
                    if _exact[_j]:
                        continue
                    _i = np.uint64(_lo) + np.uint64(_j)
                    v_before = v[_i]
                    m[_i] = beta1*m[_i] + g[_i]*(_one - beta1)
                    v[_i] = beta2*v[_i] + (_t0*g[_i]*g[_i])
                    m_hat = -(_t3*m[_i])
                    v_hat = -(_t6*v[_i])
                    theta[_i] = theta[_i] - rt.quotient3(eta, m_hat, eps + rt.finite_or(np.sqrt(v_hat), _t7*rt.hypot(_t8*np.sqrt(v_before), _t9*np.abs(g[_i]))))


_adam_inplace = Lazy(lambda: numba.njit(["void(float32[::1], float32[::1], float32, float32, float32, float32, float32, float32[::1], float32[::1])", "void(float64[::1], float64[::1], float64, float64, float64, float64, float64, float64[::1], float64[::1])"], **rt.JIT)(_adam_inplace_core))
_adam_inplace_threads = Lazy(lambda: numba.njit(["void(float32[::1], float32[::1], float32, float32, float32, float32, float32, float32[::1], float32[::1])", "void(float64[::1], float64[::1], float64, float64, float64, float64, float64, float64[::1], float64[::1])"], parallel=True, **rt.JIT)(rt.twin(_adam_inplace_core, "_adam_inplace_core_threads")))


def adam_inplace(m, v, beta1, beta2, eta, t, eps, theta, g):
    r"""17. Adam Optimizer: fused in-place update.

    $\begin{aligned} m &\leftarrow \beta_1 m + \left(1 - \beta_1\right) \nabla_\theta L(\theta) \\ v &\leftarrow \beta_2 v + \left(1 - \beta_2\right) \left(\nabla_\theta L(\theta)\right)^{2} \\ \hat{m} &\leftarrow \frac{m}{1 - \beta_1^{t}} \\ \hat{v} &\leftarrow \frac{v}{1 - \beta_2^{t}} \\ \theta &\leftarrow \theta - \frac{\eta \hat{m}}{\sqrt{\hat{v}} + \epsilon} \end{aligned}$

    where:

    - $m$ is the first moment estimate, a moving average of gradients (0 at the first step)
    - $v$ is the second moment estimate, a moving average of squared gradients (0 at the first step)
    - $\beta_1$ is the decay rate of the first moment (e.g. 0.9)
    - $\beta_2$ is the decay rate of the second moment (e.g. 0.999)
    - $\eta$ is the learning rate
    - $t$ is the current time step, counted from 1
    - $\epsilon$ is a small constant for numerical stability
    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters
    - $\hat{m}$ is the bias-corrected first moment estimate
    - $\hat{v}$ is the bias-corrected second moment estimate

    Arguments: m, v, beta1, beta2, eta, t, eps, theta, g.
    Updates m, v, theta in place (one pass) and returns them.
    """
    m, v, theta, = rt.states('adam_inplace', m, v, theta)
    dtype = m.dtype
    g, = rt.like('adam_inplace', m, g)
    beta1, beta2, eta, t, eps, = rt.scalars('adam_inplace', dtype, beta1, beta2, eta, t, eps)
    rt.within('adam_inplace', 'beta1', beta1, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('adam_inplace', 'beta2', beta2, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('adam_inplace', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('adam_inplace', 't', t, 1.0, np.inf, False, True, 'a positive integer')
    rt.within('adam_inplace', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    with rt.threads(m.size * 4) as threaded:
        (_adam_inplace_threads if threaded else _adam_inplace).get()(m.reshape(-1), v.reshape(-1), beta1, beta2, eta, t, eps, theta.reshape(-1), g.reshape(-1))
    return m, v, theta


def _rmsprop_update_core(theta, eta, E_g2, eps, g):
    theta = rt.wide(theta)
    eta = rt.wide(eta)
    E_g2 = rt.wide(E_g2)
    eps = rt.wide(eps)
    g = rt.wide(g)
    theta = theta - rt.quotient3(eta, g, np.sqrt(E_g2 + eps))
    return theta


_rmsprop_update = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64)"], cache=True)(_rmsprop_update_core))
_rmsprop_update_element = numba.njit(**rt.INLINED)(_rmsprop_update_core)


def _rmsprop_update_loop(theta, eta, E_g2, eps, g, result):
    for _i in numba.prange(result.size):
        result[_i] = _rmsprop_update_element(rt.at(theta, _i), rt.at(eta, _i), rt.at(E_g2, _i), rt.at(eps, _i), rt.at(g, _i))


_rmsprop_update_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_rmsprop_update_loop))
_rmsprop_update_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_rmsprop_update_loop, "_rmsprop_update_loop_serial")))


def rmsprop_update(theta, eta, E_g2, eps, g, out=None):
    r"""75. RMSProp (Repeated for Emphasis): forward kernel (elementwise ufunc).

    $\theta \leftarrow \theta - \frac{\eta \nabla_\theta L(\theta)}{\sqrt{E[g^2] + \epsilon}}$

    where:

    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\eta$ is the learning rate
    - $E[g^2]$ is the running average of squared gradients
    - $\epsilon$ is a small constant that prevents division by zero
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters

    Arguments: theta, eta, E_g2, eps, g; out= an optional preallocated result.
    """
    theta, eta, E_g2, eps, g, = floats('rmsprop_update', theta, eta, E_g2, eps, g)
    rt.within('rmsprop_update', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('rmsprop_update', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_rmsprop_update, 'rmsprop_update', (theta, eta, E_g2, eps, g), out, _rmsprop_update_flat, _rmsprop_update_serial)


def _rmsprop_update_grad_theta_core(theta, eta, E_g2, eps, g):
    theta = rt.wide(theta)
    eta = rt.wide(eta)
    E_g2 = rt.wide(E_g2)
    eps = rt.wide(eps)
    g = rt.wide(g)
    _one = lit(theta, 1.0)
    result = _one
    return result


_rmsprop_update_grad_theta = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64)"], cache=True)(_rmsprop_update_grad_theta_core))
_rmsprop_update_grad_theta_element = numba.njit(**rt.INLINED)(_rmsprop_update_grad_theta_core)


def _rmsprop_update_grad_theta_loop(theta, eta, E_g2, eps, g, result):
    for _i in numba.prange(result.size):
        result[_i] = _rmsprop_update_grad_theta_element(rt.at(theta, _i), rt.at(eta, _i), rt.at(E_g2, _i), rt.at(eps, _i), rt.at(g, _i))


_rmsprop_update_grad_theta_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_rmsprop_update_grad_theta_loop))
_rmsprop_update_grad_theta_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_rmsprop_update_grad_theta_loop, "_rmsprop_update_grad_theta_loop_serial")))


def rmsprop_update_grad_theta(theta, eta, E_g2, eps, g, out=None):
    r"""75. RMSProp (Repeated for Emphasis): grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial \theta} = 1$

    where:

    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\theta'$ is the value after the update

    Arguments: theta, eta, E_g2, eps, g; out= an optional preallocated result.
    """
    theta, eta, E_g2, eps, g, = floats('rmsprop_update_grad_theta', theta, eta, E_g2, eps, g)
    rt.within('rmsprop_update_grad_theta', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('rmsprop_update_grad_theta', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_rmsprop_update_grad_theta, 'rmsprop_update_grad_theta', (theta, eta, E_g2, eps, g), out, _rmsprop_update_grad_theta_flat, _rmsprop_update_grad_theta_serial)


def _rmsprop_update_grad_E_g2_core(eta, E_g2, eps, g, theta):
    eta = rt.wide(eta)
    E_g2 = rt.wide(E_g2)
    eps = rt.wide(eps)
    g = rt.wide(g)
    theta = rt.wide(theta)
    _two = lit(eta, 2.0)
    _t0 = E_g2 + eps
    _t1 = np.sqrt(_t0)
    result = ((eta*(g/_t1)/_two/_t1)/_t1)
    return result


_rmsprop_update_grad_E_g2 = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64)"], cache=True)(_rmsprop_update_grad_E_g2_core))
_rmsprop_update_grad_E_g2_element = numba.njit(**rt.INLINED)(_rmsprop_update_grad_E_g2_core)


def _rmsprop_update_grad_E_g2_loop(eta, E_g2, eps, g, theta, result):
    for _i in numba.prange(result.size):
        result[_i] = _rmsprop_update_grad_E_g2_element(rt.at(eta, _i), rt.at(E_g2, _i), rt.at(eps, _i), rt.at(g, _i), rt.at(theta, _i))


_rmsprop_update_grad_E_g2_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_rmsprop_update_grad_E_g2_loop))
_rmsprop_update_grad_E_g2_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_rmsprop_update_grad_E_g2_loop, "_rmsprop_update_grad_E_g2_loop_serial")))


def rmsprop_update_grad_E_g2(eta, E_g2, eps, g, theta, out=None):
    r"""75. RMSProp (Repeated for Emphasis): grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial E[g^2]} = \frac{\eta \nabla_\theta L(\theta)}{2 \left(E[g^2] + \epsilon\right)^{\frac{3}{2}}}$

    where:

    - $\eta$ is the learning rate
    - $E[g^2]$ is the running average of squared gradients
    - $\epsilon$ is a small constant that prevents division by zero
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters
    - $\theta'$ is the value after the update

    Arguments: eta, E_g2, eps, g, theta; out= an optional preallocated result.
    """
    eta, E_g2, eps, g, theta, = floats('rmsprop_update_grad_E_g2', eta, E_g2, eps, g, theta)
    rt.within('rmsprop_update_grad_E_g2', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('rmsprop_update_grad_E_g2', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_rmsprop_update_grad_E_g2, 'rmsprop_update_grad_E_g2', (eta, E_g2, eps, g, theta), out, _rmsprop_update_grad_E_g2_flat, _rmsprop_update_grad_E_g2_serial)


def _rmsprop_update_grad_g_core(eta, E_g2, eps, g, theta):
    eta = rt.wide(eta)
    E_g2 = rt.wide(E_g2)
    eps = rt.wide(eps)
    g = rt.wide(g)
    theta = rt.wide(theta)
    result = -(eta/np.sqrt(E_g2 + eps))
    return result


_rmsprop_update_grad_g = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32, float32)", "float64(float64, float64, float64, float64, float64)"], cache=True)(_rmsprop_update_grad_g_core))
_rmsprop_update_grad_g_element = numba.njit(**rt.INLINED)(_rmsprop_update_grad_g_core)


def _rmsprop_update_grad_g_loop(eta, E_g2, eps, g, theta, result):
    for _i in numba.prange(result.size):
        result[_i] = _rmsprop_update_grad_g_element(rt.at(eta, _i), rt.at(E_g2, _i), rt.at(eps, _i), rt.at(g, _i), rt.at(theta, _i))


_rmsprop_update_grad_g_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_rmsprop_update_grad_g_loop))
_rmsprop_update_grad_g_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_rmsprop_update_grad_g_loop, "_rmsprop_update_grad_g_loop_serial")))


def rmsprop_update_grad_g(eta, E_g2, eps, g, theta, out=None):
    r"""75. RMSProp (Repeated for Emphasis): grad kernel (elementwise ufunc).

    $\frac{\partial \theta'}{\partial \nabla_\theta L(\theta)} = - \frac{\eta}{\sqrt{E[g^2] + \epsilon}}$

    where:

    - $\eta$ is the learning rate
    - $E[g^2]$ is the running average of squared gradients
    - $\epsilon$ is a small constant that prevents division by zero
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters
    - $\theta'$ is the value after the update

    Arguments: eta, E_g2, eps, g, theta; out= an optional preallocated result.
    """
    eta, E_g2, eps, g, theta, = floats('rmsprop_update_grad_g', eta, E_g2, eps, g, theta)
    rt.within('rmsprop_update_grad_g', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('rmsprop_update_grad_g', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    return call_ufunc(_rmsprop_update_grad_g, 'rmsprop_update_grad_g', (eta, E_g2, eps, g, theta), out, _rmsprop_update_grad_g_flat, _rmsprop_update_grad_g_serial)


def _rmsprop_update_inplace_core(theta, eta, E_g2, eps, g):
    _n = theta.size
    _blocks = (_n + 255) // 256
    _parts = max(min(64, _blocks), 1)
    for _p in numba.prange(_parts):
        _exact = np.empty(256, np.bool_)
        for _b in range(_p * _blocks // _parts, (_p + 1) * _blocks // _parts):
            _lo = _b*256
            _hi = min(_lo + 256, _n)
            _inexact = 0
            for _j in range(_hi - _lo):
                _i = np.uint64(_lo) + np.uint64(_j)
                _theta = theta[_i]
                _theta_old = _theta
                _theta = _theta - rt.quotient3_plain(eta, g[_i], np.sqrt(E_g2[_i] + eps))
                _ok = rt.quotient3_plain_exact(eta, g[_i], np.sqrt(E_g2[_i] + eps))
                _inexact += 0 if _ok else 1
                _exact[_j] = _ok
                theta[_i] = _theta if _ok else _theta_old
            if _inexact != 0:
                for _j in range(_hi - _lo):
                    if _exact[_j]:
                        continue
                    _i = np.uint64(_lo) + np.uint64(_j)
                    theta[_i] = theta[_i] - rt.quotient3(eta, g[_i], np.sqrt(E_g2[_i] + eps))


_rmsprop_update_inplace = Lazy(lambda: numba.njit(["void(float32[::1], float32, float32[::1], float32, float32[::1])", "void(float64[::1], float64, float64[::1], float64, float64[::1])"], **rt.JIT)(_rmsprop_update_inplace_core))
_rmsprop_update_inplace_threads = Lazy(lambda: numba.njit(["void(float32[::1], float32, float32[::1], float32, float32[::1])", "void(float64[::1], float64, float64[::1], float64, float64[::1])"], parallel=True, **rt.JIT)(rt.twin(_rmsprop_update_inplace_core, "_rmsprop_update_inplace_core_threads")))


def rmsprop_update_inplace(theta, eta, E_g2, eps, g):
    r"""75. RMSProp (Repeated for Emphasis): fused in-place update.

    $\theta \leftarrow \theta - \frac{\eta \nabla_\theta L(\theta)}{\sqrt{E[g^2] + \epsilon}}$

    where:

    - $\theta$ is one parameter (a weight or a bias); the update is applied elementwise
    - $\eta$ is the learning rate
    - $E[g^2]$ is the running average of squared gradients
    - $\epsilon$ is a small constant that prevents division by zero
    - $\nabla_\theta L(\theta)$ is the gradient of the loss $L$ with respect to $\theta$ at the current parameters

    Arguments: theta, eta, E_g2, eps, g.
    Updates theta in place (one pass) and returns them.
    """
    theta, = rt.states('rmsprop_update_inplace', theta)
    dtype = theta.dtype
    E_g2, g, = rt.like('rmsprop_update_inplace', theta, E_g2, g)
    eta, eps, = rt.scalars('rmsprop_update_inplace', dtype, eta, eps)
    rt.within('rmsprop_update_inplace', 'eta', eta, 0.0, np.inf, True, True, 'a positive real')
    rt.within('rmsprop_update_inplace', 'eps', eps, 0.0, np.inf, True, True, 'a positive real')
    with rt.threads(theta.size * 3) as threaded:
        (_rmsprop_update_inplace_threads if threaded else _rmsprop_update_inplace).get()(theta.reshape(-1), eta, E_g2.reshape(-1), eps, g.reshape(-1))
    return theta,


def _step_decay_core(eta0, gamma, epoch, k):
    eta0 = rt.wide(eta0)
    gamma = rt.wide(gamma)
    epoch = rt.wide(epoch)
    k = rt.wide(k)
    result = eta0*gamma ** np.floor(epoch/k)
    return result


_step_decay = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32, float32)", "float64(float64, float64, float64, float64)"], cache=True)(_step_decay_core))
_step_decay_element = numba.njit(**rt.INLINED)(_step_decay_core)


def _step_decay_loop(eta0, gamma, epoch, k, result):
    for _i in numba.prange(result.size):
        result[_i] = _step_decay_element(rt.at(eta0, _i), rt.at(gamma, _i), rt.at(epoch, _i), rt.at(k, _i))


_step_decay_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_step_decay_loop))
_step_decay_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_step_decay_loop, "_step_decay_loop_serial")))


def step_decay(eta0, gamma, epoch, k, out=None):
    r"""85. Step Decay (Learning Rate Scheduling): forward kernel (elementwise ufunc).

    $\eta_{\text{epoch}} = \eta_0 \gamma^{\left\lfloor{\frac{\text{epoch}}{k}}\right\rfloor}$

    where:

    - $\eta_{\text{epoch}}$ is the learning rate used in epoch $\text{epoch}$
    - $\eta_0$ is the initial learning rate
    - $\gamma$ is the decay factor
    - $\text{epoch}$ is the index of the current epoch, counted from 0
    - $k$ is the step size in epochs: the rate drops by $\gamma$ every $k$ epochs

    Arguments: eta0, gamma, epoch, k; out= an optional preallocated result.
    """
    eta0, gamma, epoch, k, = floats('step_decay', eta0, gamma, epoch, k)
    rt.within('step_decay', 'eta0', eta0, 0.0, np.inf, True, True, 'a positive real')
    rt.within('step_decay', 'gamma', gamma, 0.0, 1.0, True, True, 'in (0, 1)')
    rt.within('step_decay', 'k', k, 1.0, np.inf, False, True, 'a positive integer')
    return call_ufunc(_step_decay, 'step_decay', (eta0, gamma, epoch, k), out, _step_decay_flat, _step_decay_serial)
