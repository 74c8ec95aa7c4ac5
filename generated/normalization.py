# Generated from symbolic/normalization.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Normalization: Numba kernels (forward, derivatives, fused) of entries 24, 25, 26.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _batch_norm_mean_core(x, out, _bad):
    x = rt.wide(x)
    m = x.shape[0]
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (m)//4*4, 4):
        _t0_0 += x[i - 1]
        _t0_1 += x[i]
        _t0_2 += x[i + 1]
        _t0_3 += x[i + 2]
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (m)//4*4, m + 1):
        _t0 += x[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x):
        _t0 = _c0
    out[0] = _t0/lit(x, m)
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_batch_norm_mean = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(m)->(),()", cache=True)(_batch_norm_mean_core))
_batch_norm_mean_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(m)->(),()", target="parallel", cache=True)(_batch_norm_mean_core))


def batch_norm_mean(x, out=None):
    r"""24. Batch Normalization (Mean): forward kernel (layout (m)->()).

    $\mu_B = \frac{1}{m} \sum_{i=1}^{m} x_{i}$

    where:

    - $\mu_B$ is the batch mean of the channel
    - $m$ is the number of samples in the mini-batch
    - $i$ is the sample index within the mini-batch
    - $x_{i}$ is the $i$-th activation of the channel in the mini-batch

    Arguments: x; out= an optional preallocated result.
    """
    x, = floats('batch_norm_mean', x)
    return call_gufunc(_batch_norm_mean, _batch_norm_mean_core, 'batch_norm_mean', '(m)->()', (x,), [], out, parallel=_batch_norm_mean_threads)


def _batch_norm_mean_grad_x_core(x, out, _bad):
    x = rt.wide(x)
    m = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(x, 1.0)
    _t0 = _one/(lit(x, m))
    for k in range(1, m + 1):
        _t_out = _t0
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_batch_norm_mean_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(m)->(m),()", cache=True)(_batch_norm_mean_grad_x_core))
_batch_norm_mean_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(m)->(m),()", target="parallel", cache=True)(_batch_norm_mean_grad_x_core))


def batch_norm_mean_grad_x(x, out=None):
    r"""24. Batch Normalization (Mean): grad kernel (layout (m)->(m)).

    $\frac{\partial \mu_B}{\partial x_{k}} = \frac{1}{m}$

    where:

    - $\mu_B$ is the batch mean of the channel
    - $m$ is the number of samples in the mini-batch
    - $x_{k}$ is the $i$-th activation of the channel in the mini-batch
    - $k$ is the index of the component differentiated by

    Arguments: x; out= an optional preallocated result.
    """
    x, = floats('batch_norm_mean_grad_x', x)
    return call_gufunc(_batch_norm_mean_grad_x, _batch_norm_mean_grad_x_core, 'batch_norm_mean_grad_x', '(m)->(m)', (x,), [], out, parallel=_batch_norm_mean_grad_x_threads)


def _batch_norm_variance_core(x, mu, out, _bad):
    x = rt.wide(x)
    mu = rt.wide(mu)
    m = x.shape[0]
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (m)//4*4, 4):
        _t0_0 += ((-mu + x[i - 1])*(-mu + x[i - 1]))
        _t0_1 += ((-mu + x[i])*(-mu + x[i]))
        _t0_2 += ((-mu + x[i + 1])*(-mu + x[i + 1]))
        _t0_3 += ((-mu + x[i + 2])*(-mu + x[i + 2]))
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (m)//4*4, m + 1):
        _t0 += ((-mu + x[i - 1])*(-mu + x[i - 1]))
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and np.isfinite(mu):
        _t0 = _c0
    out[0] = _t0/lit(x, m)
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_batch_norm_variance = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64[:], float64[:])"], "(m),()->(),()", cache=True)(_batch_norm_variance_core))
_batch_norm_variance_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64[:], float64[:])"], "(m),()->(),()", target="parallel", cache=True)(_batch_norm_variance_core))


def batch_norm_variance(x, mu, out=None):
    r"""25. Batch Normalization (Variance): forward kernel (layout (m),()->()).

    $\sigma_B^2 = \frac{1}{m} \sum_{i=1}^{m} \left(x_{i} - \mu_B\right)^{2}$

    where:

    - $\sigma_B^2$ is the batch variance of the channel
    - $m$ is the number of samples in the mini-batch
    - $i$ is the sample index within the mini-batch
    - $x_{i}$ is the $i$-th activation of the channel in the mini-batch
    - $\mu_B$ is the batch mean of the channel, $\frac{1}{m}\sum_{i=1}^{m} x_i$

    Arguments: x, mu; out= an optional preallocated result.
    """
    x, mu, = floats('batch_norm_variance', x, mu)
    return call_gufunc(_batch_norm_variance, _batch_norm_variance_core, 'batch_norm_variance', '(m),()->()', (x, mu), [], out, parallel=_batch_norm_variance_threads)


def _batch_norm_variance_grad_x_core(x, mu, out, _bad):
    x = rt.wide(x)
    mu = rt.wide(mu)
    m = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(x, 1.0)
    _two = lit(x, 2.0)
    _t0 = _one/(lit(x, m))
    for k in range(1, m + 1):
        _t_out = _two*_t0*(-mu + x[k - 1])
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_batch_norm_variance_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64[:], float64[:])"], "(m),()->(m),()", cache=True)(_batch_norm_variance_grad_x_core))
_batch_norm_variance_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64[:], float64[:])"], "(m),()->(m),()", target="parallel", cache=True)(_batch_norm_variance_grad_x_core))


def batch_norm_variance_grad_x(x, mu, out=None):
    r"""25. Batch Normalization (Variance): grad kernel (layout (m),()->(m)).

    $\frac{\partial \sigma_B^2}{\partial x_{k}} = \frac{2 \left(x_{k} - \mu_B\right)}{m}$

    where:

    - $\sigma_B^2$ is the batch variance of the channel
    - $m$ is the number of samples in the mini-batch
    - $x_{k}$ is the $i$-th activation of the channel in the mini-batch
    - $\mu_B$ is the batch mean of the channel, $\frac{1}{m}\sum_{i=1}^{m} x_i$
    - $k$ is the index of the component differentiated by

    Arguments: x, mu; out= an optional preallocated result.
    """
    x, mu, = floats('batch_norm_variance_grad_x', x, mu)
    return call_gufunc(_batch_norm_variance_grad_x, _batch_norm_variance_grad_x_core, 'batch_norm_variance_grad_x', '(m),()->(m)', (x, mu), [], out, parallel=_batch_norm_variance_grad_x_threads)


def _batch_norm_variance_grad_mu_core(x, mu, out, _bad):
    x = rt.wide(x)
    mu = rt.wide(mu)
    m = x.shape[0]
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _two = lit(x, 2.0)
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (m)//4*4, 4):
        _t0_0 += x[i - 1]
        _t0_1 += x[i]
        _t0_2 += x[i + 1]
        _t0_3 += x[i + 2]
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (m)//4*4, m + 1):
        _t0 += x[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and np.isfinite(mu):
        _t0 = _c0
    out[0] = _two*(-_t0 + lit(x, m)*mu)/lit(x, m)
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_batch_norm_variance_grad_mu = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64[:], float64[:])"], "(m),()->(),()", cache=True)(_batch_norm_variance_grad_mu_core))
_batch_norm_variance_grad_mu_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64[:], float64[:])"], "(m),()->(),()", target="parallel", cache=True)(_batch_norm_variance_grad_mu_core))


def batch_norm_variance_grad_mu(x, mu, out=None):
    r"""25. Batch Normalization (Variance): grad kernel (layout (m),()->()).

    $\frac{\partial \sigma_B^2}{\partial \mu_B} = \frac{2 \left(\mu_B m - \sum_{i=1}^{m} x_{i}\right)}{m}$

    where:

    - $\sigma_B^2$ is the batch variance of the channel
    - $m$ is the number of samples in the mini-batch
    - $i$ is the sample index within the mini-batch
    - $x_{i}$ is the $i$-th activation of the channel in the mini-batch
    - $\mu_B$ is the batch mean of the channel, $\frac{1}{m}\sum_{i=1}^{m} x_i$

    Arguments: x, mu; out= an optional preallocated result.
    """
    x, mu, = floats('batch_norm_variance_grad_mu', x, mu)
    return call_gufunc(_batch_norm_variance_grad_mu, _batch_norm_variance_grad_mu_core, 'batch_norm_variance_grad_mu', '(m),()->()', (x, mu), [], out, parallel=_batch_norm_variance_grad_mu_threads)


def _batch_norm_forward_core(x, epsilon, gamma, beta, out, _bad):
    x = rt.wide(x)
    epsilon = rt.wide(epsilon)
    gamma = rt.wide(gamma)
    beta = rt.wide(beta)
    m = x.shape[0]
    out_c = np.ascontiguousarray(out)
    x_hat = out_c
    _nbad = 0
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _c1 = lit(x, -np.inf)
    _t0 = _one/(lit(x, m))
    _t1 = _zero
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
    for i in range(1, 1 + (m)//4*4, 4):
        _t1_0 += x[i - 1]
        _t1_1 += x[i]
        _t1_2 += x[i + 1]
        _t1_3 += x[i + 2]
    _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
    for i in range(1 + (m)//4*4, m + 1):
        _t1 += x[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta):
        _t1 = _c0
    mu = _t0*_t1
    _t2 = _zero
    _t2_0 = _t2_1 = _t2_2 = _t2_3 = _zero
    for i in range(1, 1 + (m)//4*4, 4):
        _t2_0 += ((-mu + x[i - 1])*(-mu + x[i - 1]))
        _t2_1 += ((-mu + x[i])*(-mu + x[i]))
        _t2_2 += ((-mu + x[i + 1])*(-mu + x[i + 1]))
        _t2_3 += ((-mu + x[i + 2])*(-mu + x[i + 2]))
    _t2 += (_t2_0 + _t2_1) + (_t2_2 + _t2_3)
    for i in range(1 + (m)//4*4, m + 1):
        _t2 += ((-mu + x[i - 1])*(-mu + x[i - 1]))
    if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta):
        _t2 = _c0
    sigma2 = _t0*_t2
    if np.isfinite(sigma2):
        _t3 = mu
    else:
        _t4 = _zero
        _t5 = _c1
        for i in range(1, m + 1):
            _t6 = np.abs(x[i - 1])
            _t5 = np.maximum(_t5, _t6)
        _t4_0 = _t4_1 = _t4_2 = _t4_3 = _zero
        for i in range(1, 1 + (m)//4*4, 4):
            _t7_0 = (x[i - 1]/_t5)
            _t4_0 += _t7_0
            _t7_1 = (x[i]/_t5)
            _t4_1 += _t7_1
            _t7_2 = (x[i + 1]/_t5)
            _t4_2 += _t7_2
            _t7_3 = (x[i + 2]/_t5)
            _t4_3 += _t7_3
        _t4 += (_t4_0 + _t4_1) + (_t4_2 + _t4_3)
        for i in range(1 + (m)//4*4, m + 1):
            _t7 = (x[i - 1]/_t5)
            _t4 += _t7
        if rt.OVERFLOWS and not np.isfinite(_t4) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta):
            _t4 = _c0
        _t3 = _t0*_t4
    if np.isfinite(sigma2):
        _t8 = _one
    else:
        _t9 = _c1
        for i in range(1, m + 1):
            _t10 = np.abs(x[i - 1])
            _t9 = np.maximum(_t9, _t10)
        _t8 = _one/(_t9)
    if np.isfinite(sigma2):
        _t11 = _one/np.sqrt(epsilon + sigma2)
    else:
        _t12 = _zero
        _t13 = _zero
        _t14 = _c1
        for i in range(1, m + 1):
            _t15 = np.abs(x[i - 1])
            _t14 = np.maximum(_t14, _t15)
        _t13_0 = _t13_1 = _t13_2 = _t13_3 = _zero
        for i in range(1, 1 + (m)//4*4, 4):
            _t16_0 = (x[i - 1]/_t14)
            _t13_0 += _t16_0
            _t16_1 = (x[i]/_t14)
            _t13_1 += _t16_1
            _t16_2 = (x[i + 1]/_t14)
            _t13_2 += _t16_2
            _t16_3 = (x[i + 2]/_t14)
            _t13_3 += _t16_3
        _t13 += (_t13_0 + _t13_1) + (_t13_2 + _t13_3)
        for i in range(1 + (m)//4*4, m + 1):
            _t16 = (x[i - 1]/_t14)
            _t13 += _t16
        if rt.OVERFLOWS and not np.isfinite(_t13) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta):
            _t13 = _c0
        _t12_0 = _t12_1 = _t12_2 = _t12_3 = _zero
        for i in range(1, 1 + (m)//4*4, 4):
            _t17_0 = (x[i - 1]/_t14)
            _t12_0 += ((-(_t0*_t13) + _t17_0)*(-(_t0*_t13) + _t17_0))
            _t17_1 = (x[i]/_t14)
            _t12_1 += ((-(_t0*_t13) + _t17_1)*(-(_t0*_t13) + _t17_1))
            _t17_2 = (x[i + 1]/_t14)
            _t12_2 += ((-(_t0*_t13) + _t17_2)*(-(_t0*_t13) + _t17_2))
            _t17_3 = (x[i + 2]/_t14)
            _t12_3 += ((-(_t0*_t13) + _t17_3)*(-(_t0*_t13) + _t17_3))
        _t12 += (_t12_0 + _t12_1) + (_t12_2 + _t12_3)
        for i in range(1 + (m)//4*4, m + 1):
            _t17 = (x[i - 1]/_t14)
            _t12 += ((-(_t0*_t13) + _t17)*(-(_t0*_t13) + _t17))
        if rt.OVERFLOWS and not np.isfinite(_t12) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta):
            _t12 = _c0
        _t11 = _one/np.sqrt(_t0*_t12 + ((epsilon/_t14)/_t14))
    for i in range(1, m + 1):
        x_hat[i - 1] = _t11*(-_t3 + _t8*x[i - 1])
    for i in range(1, m + 1):
        _t_out = beta + gamma*x_hat[i - 1]
        out_c[i - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_batch_norm_forward = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64, float64, float64[:], float64[:])"], "(m),(),(),()->(m),()", cache=True)(_batch_norm_forward_core))
_batch_norm_forward_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64, float64, float64[:], float64[:])"], "(m),(),(),()->(m),()", target="parallel", cache=True)(_batch_norm_forward_core))


def batch_norm_forward(x, epsilon, gamma, beta, out=None):
    r"""26. Batch Normalization (Forward Pass): forward kernel (layout (m),(),(),()->(m)).

    $\begin{aligned} \mu_B &= \frac{1}{m} \sum_{i=1}^{m} x_{i} \\ \sigma_B^2 &= \frac{1}{m} \sum_{i=1}^{m} \left(x_{i} - \mu_B\right)^{2} \\ \hat{x}_{i} &= \frac{x_{i} - \mu_B}{\sqrt{\sigma_B^2 + \epsilon}} \\ y_{i} &= \gamma \hat{x}_{i} + \beta \end{aligned}$

    where:

    - $\mu_B$ is the batch mean of the channel
    - $m$ is the number of samples in the mini-batch
    - $i$ is the sample index within the mini-batch
    - $x_{i}$ is the $i$-th activation of the channel in the mini-batch
    - $\sigma_B^2$ is the (biased) batch variance of the channel
    - $\hat{x}_{i}$ is the normalized $i$-th activation
    - $\epsilon$ is a small positive constant for numerical stability (e.g. $10^{-5}$)
    - $y_{i}$ is the $i$-th output of the layer
    - $\gamma$ is the learnable scale of the channel
    - $\beta$ is the learnable shift of the channel

    Arguments: x, epsilon, gamma, beta; out= an optional preallocated result.
    """
    x, epsilon, gamma, beta, = floats('batch_norm_forward', x, epsilon, gamma, beta)
    rt.within('batch_norm_forward', 'epsilon', epsilon, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_batch_norm_forward, _batch_norm_forward_core, 'batch_norm_forward', '(m),(),(),()->(m)', (x, epsilon, gamma, beta), [], out, parallel=_batch_norm_forward_threads)


def _batch_norm_forward_vjp_x_core(x, epsilon, gamma, beta, G_up, out, _bad):
    x = rt.wide(x)
    epsilon = rt.wide(epsilon)
    gamma = rt.wide(gamma)
    beta = rt.wide(beta)
    G_up = rt.wide(G_up)
    m = x.shape[0]
    out_c = np.ascontiguousarray(out)
    x_hat = out_c
    _nbad = 0
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _c1 = lit(x, -np.inf)
    _t0 = _one/(lit(x, m))
    _t1 = _zero
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
    for i in range(1, 1 + (m)//4*4, 4):
        _t1_0 += x[i - 1]
        _t1_1 += x[i]
        _t1_2 += x[i + 1]
        _t1_3 += x[i + 2]
    _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
    for i in range(1 + (m)//4*4, m + 1):
        _t1 += x[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
        _t1 = _c0
    mu = _t0*_t1
    _t2 = _zero
    _t2_0 = _t2_1 = _t2_2 = _t2_3 = _zero
    for i in range(1, 1 + (m)//4*4, 4):
        _t2_0 += ((-mu + x[i - 1])*(-mu + x[i - 1]))
        _t2_1 += ((-mu + x[i])*(-mu + x[i]))
        _t2_2 += ((-mu + x[i + 1])*(-mu + x[i + 1]))
        _t2_3 += ((-mu + x[i + 2])*(-mu + x[i + 2]))
    _t2 += (_t2_0 + _t2_1) + (_t2_2 + _t2_3)
    for i in range(1 + (m)//4*4, m + 1):
        _t2 += ((-mu + x[i - 1])*(-mu + x[i - 1]))
    if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
        _t2 = _c0
    sigma2 = _t0*_t2
    if np.isfinite(sigma2):
        _t3 = mu
    else:
        _t4 = _zero
        _t5 = _c1
        for i in range(1, m + 1):
            _t6 = np.abs(x[i - 1])
            _t5 = np.maximum(_t5, _t6)
        _t4_0 = _t4_1 = _t4_2 = _t4_3 = _zero
        for i in range(1, 1 + (m)//4*4, 4):
            _t7_0 = (x[i - 1]/_t5)
            _t4_0 += _t7_0
            _t7_1 = (x[i]/_t5)
            _t4_1 += _t7_1
            _t7_2 = (x[i + 1]/_t5)
            _t4_2 += _t7_2
            _t7_3 = (x[i + 2]/_t5)
            _t4_3 += _t7_3
        _t4 += (_t4_0 + _t4_1) + (_t4_2 + _t4_3)
        for i in range(1 + (m)//4*4, m + 1):
            _t7 = (x[i - 1]/_t5)
            _t4 += _t7
        if rt.OVERFLOWS and not np.isfinite(_t4) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
            _t4 = _c0
        _t3 = _t0*_t4
    if np.isfinite(sigma2):
        _t8 = _one
    else:
        _t9 = _c1
        for i in range(1, m + 1):
            _t10 = np.abs(x[i - 1])
            _t9 = np.maximum(_t9, _t10)
        _t8 = _one/(_t9)
    if np.isfinite(sigma2):
        _t12 = epsilon + sigma2
        _t13 = _one/np.sqrt(_t12)
        _t11 = _t13
    else:
        _t14 = _zero
        _t15 = _zero
        _t16 = _c1
        for i in range(1, m + 1):
            _t17 = np.abs(x[i - 1])
            _t16 = np.maximum(_t16, _t17)
        _t15_0 = _t15_1 = _t15_2 = _t15_3 = _zero
        for i in range(1, 1 + (m)//4*4, 4):
            _t18_0 = (x[i - 1]/_t16)
            _t15_0 += _t18_0
            _t18_1 = (x[i]/_t16)
            _t15_1 += _t18_1
            _t18_2 = (x[i + 1]/_t16)
            _t15_2 += _t18_2
            _t18_3 = (x[i + 2]/_t16)
            _t15_3 += _t18_3
        _t15 += (_t15_0 + _t15_1) + (_t15_2 + _t15_3)
        for i in range(1 + (m)//4*4, m + 1):
            _t18 = (x[i - 1]/_t16)
            _t15 += _t18
        if rt.OVERFLOWS and not np.isfinite(_t15) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
            _t15 = _c0
        _t19 = -(_t0*_t15)
        _t14_0 = _t14_1 = _t14_2 = _t14_3 = _zero
        for i in range(1, 1 + (m)//4*4, 4):
            _t20_0 = (x[i - 1]/_t16)
            _t21_0 = _t19 + _t20_0
            _t22_0 = (_t21_0*_t21_0)
            _t14_0 += _t22_0
            _t20_1 = (x[i]/_t16)
            _t21_1 = _t19 + _t20_1
            _t22_1 = (_t21_1*_t21_1)
            _t14_1 += _t22_1
            _t20_2 = (x[i + 1]/_t16)
            _t21_2 = _t19 + _t20_2
            _t22_2 = (_t21_2*_t21_2)
            _t14_2 += _t22_2
            _t20_3 = (x[i + 2]/_t16)
            _t21_3 = _t19 + _t20_3
            _t22_3 = (_t21_3*_t21_3)
            _t14_3 += _t22_3
        _t14 += (_t14_0 + _t14_1) + (_t14_2 + _t14_3)
        for i in range(1 + (m)//4*4, m + 1):
            _t20 = (x[i - 1]/_t16)
            _t21 = _t19 + _t20
            _t22 = (_t21*_t21)
            _t14 += _t22
        if rt.OVERFLOWS and not np.isfinite(_t14) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
            _t14 = _c0
        _t23 = _t0*_t14
        _t24 = (epsilon/_t16)
        _t25 = (_t24/_t16)
        _t26 = _t23 + _t25
        _t27 = _one/np.sqrt(_t26)
        _t11 = _t27
    for i in range(1, m + 1):
        x_hat[i - 1] = _t11*(-_t3 + _t8*x[i - 1])
    _t28 = rt.vdot(np.ascontiguousarray(G_up), np.ascontiguousarray(x_hat))
    _t29 = _zero
    _t29_0 = _t29_1 = _t29_2 = _t29_3 = _zero
    for i in range(1, 1 + (m)//4*4, 4):
        _t29_0 += G_up[i - 1]
        _t29_1 += G_up[i]
        _t29_2 += G_up[i + 1]
        _t29_3 += G_up[i + 2]
    _t29 += (_t29_0 + _t29_1) + (_t29_2 + _t29_3)
    for i in range(1 + (m)//4*4, m + 1):
        _t29 += G_up[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t29) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
        _t29 = _c0
    if np.isfinite(sigma2):
        _t31 = epsilon + sigma2
        _t32 = _one/np.sqrt(_t31)
        _t30 = _t32
    else:
        _t33 = _zero
        _t34 = _zero
        _t35 = _c1
        for i in range(1, m + 1):
            _t36 = np.abs(x[i - 1])
            _t35 = np.maximum(_t35, _t36)
        _t34_0 = _t34_1 = _t34_2 = _t34_3 = _zero
        for i in range(1, 1 + (m)//4*4, 4):
            _t37_0 = (x[i - 1]/_t35)
            _t34_0 += _t37_0
            _t37_1 = (x[i]/_t35)
            _t34_1 += _t37_1
            _t37_2 = (x[i + 1]/_t35)
            _t34_2 += _t37_2
            _t37_3 = (x[i + 2]/_t35)
            _t34_3 += _t37_3
        _t34 += (_t34_0 + _t34_1) + (_t34_2 + _t34_3)
        for i in range(1 + (m)//4*4, m + 1):
            _t37 = (x[i - 1]/_t35)
            _t34 += _t37
        if rt.OVERFLOWS and not np.isfinite(_t34) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
            _t34 = _c0
        _t38 = -(_t0*_t34)
        _t33_0 = _t33_1 = _t33_2 = _t33_3 = _zero
        for i in range(1, 1 + (m)//4*4, 4):
            _t39_0 = (x[i - 1]/_t35)
            _t40_0 = _t38 + _t39_0
            _t41_0 = (_t40_0*_t40_0)
            _t33_0 += _t41_0
            _t39_1 = (x[i]/_t35)
            _t40_1 = _t38 + _t39_1
            _t41_1 = (_t40_1*_t40_1)
            _t33_1 += _t41_1
            _t39_2 = (x[i + 1]/_t35)
            _t40_2 = _t38 + _t39_2
            _t41_2 = (_t40_2*_t40_2)
            _t33_2 += _t41_2
            _t39_3 = (x[i + 2]/_t35)
            _t40_3 = _t38 + _t39_3
            _t41_3 = (_t40_3*_t40_3)
            _t33_3 += _t41_3
        _t33 += (_t33_0 + _t33_1) + (_t33_2 + _t33_3)
        for i in range(1 + (m)//4*4, m + 1):
            _t39 = (x[i - 1]/_t35)
            _t40 = _t38 + _t39
            _t41 = (_t40*_t40)
            _t33 += _t41
        if rt.OVERFLOWS and not np.isfinite(_t33) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
            _t33 = _c0
        _t42 = _t0*_t33
        _t43 = (epsilon/_t35)
        _t44 = (_t43/_t35)
        _t45 = _t42 + _t44
        _t46 = _one/np.sqrt(_t45)
        _t30 = (_t46/_t35)
    for k in range(1, m + 1):
        _t_out = (gamma*(_t30*(-(_t0*(_t28*x_hat[k - 1] + _t29)) + G_up[k - 1])))
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_batch_norm_forward_vjp_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64, float64, float64[:], float64[:], float64[:])"], "(m),(),(),(),(m)->(m),()", cache=True)(_batch_norm_forward_vjp_x_core))
_batch_norm_forward_vjp_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64, float64, float64[:], float64[:], float64[:])"], "(m),(),(),(),(m)->(m),()", target="parallel", cache=True)(_batch_norm_forward_vjp_x_core))


def batch_norm_forward_vjp_x(x, epsilon, gamma, beta, G_up, out=None):
    r"""26. Batch Normalization (Forward Pass): vjp kernel (layout (m),(),(),(),(m)->(m)).

    $\frac{\partial \mathcal{L}}{\partial x_{k}} = \frac{\gamma \left(G_{k} - \frac{\hat{x}_{k} \sum_{i=1}^{m} \hat{x}_{i} G_{i} + \sum_{i=1}^{m} G_{i}}{m}\right)}{\sqrt{\sigma_B^2 + \epsilon}}$

    where:

    - $m$ is the number of samples in the mini-batch
    - $i$ is the sample index within the mini-batch
    - $x_{k}$ is the $i$-th activation of the channel in the mini-batch
    - $\sigma_B^2$ is the (biased) batch variance of the channel
    - $\hat{x}_{k}$ is the normalized $i$-th activation
    - $\epsilon$ is a small positive constant for numerical stability (e.g. $10^{-5}$)
    - $\gamma$ is the learnable scale of the channel
    - $k$ is the index of the component differentiated by
    - $G_{k}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, epsilon, gamma, beta, G_up; out= an optional preallocated result.
    """
    x, epsilon, gamma, beta, G_up, = floats('batch_norm_forward_vjp_x', x, epsilon, gamma, beta, G_up)
    rt.within('batch_norm_forward_vjp_x', 'epsilon', epsilon, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_batch_norm_forward_vjp_x, _batch_norm_forward_vjp_x_core, 'batch_norm_forward_vjp_x', '(m),(),(),(),(m)->(m)', (x, epsilon, gamma, beta, G_up), [], out, parallel=_batch_norm_forward_vjp_x_threads, blas=True)


def _batch_norm_forward_vjp_gamma_core(x, epsilon, gamma, beta, G_up, out, _bad):
    x = rt.wide(x)
    epsilon = rt.wide(epsilon)
    gamma = rt.wide(gamma)
    beta = rt.wide(beta)
    G_up = rt.wide(G_up)
    m = x.shape[0]
    x_hat = np.empty((m,), x.dtype)
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _c1 = lit(x, -np.inf)
    _t0 = _one/(lit(x, m))
    _t1 = _zero
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
    for i in range(1, 1 + (m)//4*4, 4):
        _t1_0 += x[i - 1]
        _t1_1 += x[i]
        _t1_2 += x[i + 1]
        _t1_3 += x[i + 2]
    _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
    for i in range(1 + (m)//4*4, m + 1):
        _t1 += x[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
        _t1 = _c0
    mu = _t0*_t1
    _t2 = _zero
    _t2_0 = _t2_1 = _t2_2 = _t2_3 = _zero
    for i in range(1, 1 + (m)//4*4, 4):
        _t2_0 += ((-mu + x[i - 1])*(-mu + x[i - 1]))
        _t2_1 += ((-mu + x[i])*(-mu + x[i]))
        _t2_2 += ((-mu + x[i + 1])*(-mu + x[i + 1]))
        _t2_3 += ((-mu + x[i + 2])*(-mu + x[i + 2]))
    _t2 += (_t2_0 + _t2_1) + (_t2_2 + _t2_3)
    for i in range(1 + (m)//4*4, m + 1):
        _t2 += ((-mu + x[i - 1])*(-mu + x[i - 1]))
    if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
        _t2 = _c0
    sigma2 = _t0*_t2
    if np.isfinite(sigma2):
        _t3 = mu
    else:
        _t4 = _zero
        _t5 = _c1
        for i in range(1, m + 1):
            _t6 = np.abs(x[i - 1])
            _t5 = np.maximum(_t5, _t6)
        _t4_0 = _t4_1 = _t4_2 = _t4_3 = _zero
        for i in range(1, 1 + (m)//4*4, 4):
            _t7_0 = (x[i - 1]/_t5)
            _t4_0 += _t7_0
            _t7_1 = (x[i]/_t5)
            _t4_1 += _t7_1
            _t7_2 = (x[i + 1]/_t5)
            _t4_2 += _t7_2
            _t7_3 = (x[i + 2]/_t5)
            _t4_3 += _t7_3
        _t4 += (_t4_0 + _t4_1) + (_t4_2 + _t4_3)
        for i in range(1 + (m)//4*4, m + 1):
            _t7 = (x[i - 1]/_t5)
            _t4 += _t7
        if rt.OVERFLOWS and not np.isfinite(_t4) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
            _t4 = _c0
        _t3 = _t0*_t4
    if np.isfinite(sigma2):
        _t8 = _one
    else:
        _t9 = _c1
        for i in range(1, m + 1):
            _t10 = np.abs(x[i - 1])
            _t9 = np.maximum(_t9, _t10)
        _t8 = _one/(_t9)
    if np.isfinite(sigma2):
        _t11 = _one/np.sqrt(epsilon + sigma2)
    else:
        _t12 = _zero
        _t13 = _zero
        _t14 = _c1
        for i in range(1, m + 1):
            _t15 = np.abs(x[i - 1])
            _t14 = np.maximum(_t14, _t15)
        _t13_0 = _t13_1 = _t13_2 = _t13_3 = _zero
        for i in range(1, 1 + (m)//4*4, 4):
            _t16_0 = (x[i - 1]/_t14)
            _t13_0 += _t16_0
            _t16_1 = (x[i]/_t14)
            _t13_1 += _t16_1
            _t16_2 = (x[i + 1]/_t14)
            _t13_2 += _t16_2
            _t16_3 = (x[i + 2]/_t14)
            _t13_3 += _t16_3
        _t13 += (_t13_0 + _t13_1) + (_t13_2 + _t13_3)
        for i in range(1 + (m)//4*4, m + 1):
            _t16 = (x[i - 1]/_t14)
            _t13 += _t16
        if rt.OVERFLOWS and not np.isfinite(_t13) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
            _t13 = _c0
        _t12_0 = _t12_1 = _t12_2 = _t12_3 = _zero
        for i in range(1, 1 + (m)//4*4, 4):
            _t17_0 = (x[i - 1]/_t14)
            _t12_0 += ((-(_t0*_t13) + _t17_0)*(-(_t0*_t13) + _t17_0))
            _t17_1 = (x[i]/_t14)
            _t12_1 += ((-(_t0*_t13) + _t17_1)*(-(_t0*_t13) + _t17_1))
            _t17_2 = (x[i + 1]/_t14)
            _t12_2 += ((-(_t0*_t13) + _t17_2)*(-(_t0*_t13) + _t17_2))
            _t17_3 = (x[i + 2]/_t14)
            _t12_3 += ((-(_t0*_t13) + _t17_3)*(-(_t0*_t13) + _t17_3))
        _t12 += (_t12_0 + _t12_1) + (_t12_2 + _t12_3)
        for i in range(1 + (m)//4*4, m + 1):
            _t17 = (x[i - 1]/_t14)
            _t12 += ((-(_t0*_t13) + _t17)*(-(_t0*_t13) + _t17))
        if rt.OVERFLOWS and not np.isfinite(_t12) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
            _t12 = _c0
        _t11 = _one/np.sqrt(_t0*_t12 + ((epsilon/_t14)/_t14))
    for i in range(1, m + 1):
        x_hat[i - 1] = _t11*(-_t3 + _t8*x[i - 1])
    _t18 = rt.vdot(np.ascontiguousarray(G_up), np.ascontiguousarray(x_hat))
    out[0] = _t18
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_batch_norm_forward_vjp_gamma = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64, float64, float64[:], float64[:], float64[:])"], "(m),(),(),(),(m)->(),()", cache=True)(_batch_norm_forward_vjp_gamma_core))
_batch_norm_forward_vjp_gamma_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64, float64, float64[:], float64[:], float64[:])"], "(m),(),(),(),(m)->(),()", target="parallel", cache=True)(_batch_norm_forward_vjp_gamma_core))


def batch_norm_forward_vjp_gamma(x, epsilon, gamma, beta, G_up, out=None):
    r"""26. Batch Normalization (Forward Pass): vjp kernel (layout (m),(),(),(),(m)->()).

    $\frac{\partial \mathcal{L}}{\partial \gamma} = \sum_{i=1}^{m} \hat{x}_{i} G_{i}$

    where:

    - $m$ is the number of samples in the mini-batch
    - $i$ is the sample index within the mini-batch
    - $\hat{x}_{i}$ is the normalized $i$-th activation
    - $\gamma$ is the learnable scale of the channel
    - $G_{i}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, epsilon, gamma, beta, G_up; out= an optional preallocated result.
    """
    x, epsilon, gamma, beta, G_up, = floats('batch_norm_forward_vjp_gamma', x, epsilon, gamma, beta, G_up)
    rt.within('batch_norm_forward_vjp_gamma', 'epsilon', epsilon, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_batch_norm_forward_vjp_gamma, _batch_norm_forward_vjp_gamma_core, 'batch_norm_forward_vjp_gamma', '(m),(),(),(),(m)->()', (x, epsilon, gamma, beta, G_up), [], out, parallel=_batch_norm_forward_vjp_gamma_threads, blas=True)


def _batch_norm_forward_vjp_beta_core(x, epsilon, gamma, beta, G_up, out, _bad):
    x = rt.wide(x)
    epsilon = rt.wide(epsilon)
    gamma = rt.wide(gamma)
    beta = rt.wide(beta)
    G_up = rt.wide(G_up)
    m = x.shape[0]
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for i in range(1, 1 + (m)//4*4, 4):
        _t0_0 += G_up[i - 1]
        _t0_1 += G_up[i]
        _t0_2 += G_up[i + 1]
        _t0_3 += G_up[i + 2]
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for i in range(1 + (m)//4*4, m + 1):
        _t0 += G_up[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and np.isfinite(epsilon) and np.isfinite(gamma) and np.isfinite(beta) and rt.all_finite(G_up):
        _t0 = _c0
    out[0] = _t0
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_batch_norm_forward_vjp_beta = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64, float64, float64[:], float64[:], float64[:])"], "(m),(),(),(),(m)->(),()", cache=True)(_batch_norm_forward_vjp_beta_core))
_batch_norm_forward_vjp_beta_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64, float64, float64, float64[:], float64[:], float64[:])"], "(m),(),(),(),(m)->(),()", target="parallel", cache=True)(_batch_norm_forward_vjp_beta_core))


def batch_norm_forward_vjp_beta(x, epsilon, gamma, beta, G_up, out=None):
    r"""26. Batch Normalization (Forward Pass): vjp kernel (layout (m),(),(),(),(m)->()).

    $\frac{\partial \mathcal{L}}{\partial \beta} = \sum_{i=1}^{m} G_{i}$

    where:

    - $m$ is the number of samples in the mini-batch
    - $i$ is the sample index within the mini-batch
    - $\beta$ is the learnable shift of the channel
    - $G_{i}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, epsilon, gamma, beta, G_up; out= an optional preallocated result.
    """
    x, epsilon, gamma, beta, G_up, = floats('batch_norm_forward_vjp_beta', x, epsilon, gamma, beta, G_up)
    rt.within('batch_norm_forward_vjp_beta', 'epsilon', epsilon, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_batch_norm_forward_vjp_beta, _batch_norm_forward_vjp_beta_core, 'batch_norm_forward_vjp_beta', '(m),(),(),(),(m)->()', (x, epsilon, gamma, beta, G_up), [], out, parallel=_batch_norm_forward_vjp_beta_threads)
