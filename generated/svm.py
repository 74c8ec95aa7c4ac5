# Generated from symbolic/svm.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Svm: Numba kernels (forward, derivatives, fused) of entries 86, 87, 88, 89, 98.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _polynomial_kernel_core(x, x_prime, c, p, out, _bad):
    x = rt.wide(x)
    x_prime = rt.wide(x_prime)
    c = rt.wide(c)
    p = rt.wide(p)
    d = x.shape[0]
    _t0 = rt.vdot(np.ascontiguousarray(x), np.ascontiguousarray(x_prime))
    out[0] = (_t0 + c) ** p
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_polynomial_kernel = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64, float64[:], float64[:])"], "(d),(d),(),()->(),()", cache=True)(_polynomial_kernel_core))
_polynomial_kernel_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64, float64[:], float64[:])"], "(d),(d),(),()->(),()", target="parallel", cache=True)(_polynomial_kernel_core))


def polynomial_kernel(x, x_prime, c, p, out=None):
    r"""86. Polynomial Kernel (SVM): forward kernel (layout (d),(d),(),()->()).

    $K(x, x') = \left(\sum_{k=1}^{d} x_{k} x'_{k} + c\right)^{p}$

    where:

    - $d$ is the number of features
    - $k$ is the feature index
    - $x_{k}$ is the $k$-th feature of the first feature vector $x$
    - $x'_{k}$ is the $k$-th feature of the second feature vector $x'$
    - $c$ is a constant trading off higher- against lower-order terms (nonnegative, often $1$)
    - $p$ is the polynomial degree (a positive integer)
    - $K(x, x')$ is the kernel value: the inner product of $x$ and $x'$ in the kernel's feature space

    Arguments: x, x_prime, c, p; out= an optional preallocated result.
    """
    x, x_prime, c, p, = floats('polynomial_kernel', x, x_prime, c, p)
    rt.within('polynomial_kernel', 'c', c, 0.0, np.inf, False, True, 'a nonnegative real')
    rt.within('polynomial_kernel', 'p', p, 1.0, np.inf, False, True, 'a positive integer')
    return call_gufunc(_polynomial_kernel, _polynomial_kernel_core, 'polynomial_kernel', '(d),(d),(),()->()', (x, x_prime, c, p), [], out, parallel=_polynomial_kernel_threads, blas=True)


def _polynomial_kernel_grad_x_core(x, x_prime, c, p, out, _bad):
    x = rt.wide(x)
    x_prime = rt.wide(x_prime)
    c = rt.wide(c)
    p = rt.wide(p)
    d = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(x, 1.0)
    _t0 = rt.vdot(np.ascontiguousarray(x), np.ascontiguousarray(x_prime))
    _t1 = (_t0 + c) ** (p - _one)
    for l in range(1, d + 1):
        _t_out = _t1*p*x_prime[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_polynomial_kernel_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64, float64[:], float64[:])"], "(d),(d),(),()->(d),()", cache=True)(_polynomial_kernel_grad_x_core))
_polynomial_kernel_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64, float64[:], float64[:])"], "(d),(d),(),()->(d),()", target="parallel", cache=True)(_polynomial_kernel_grad_x_core))


def polynomial_kernel_grad_x(x, x_prime, c, p, out=None):
    r"""86. Polynomial Kernel (SVM): grad kernel (layout (d),(d),(),()->(d)).

    $\frac{\partial K(x, x')}{\partial x_{l}} = p x'_{l} \left(\sum_{k=1}^{d} x_{k} x'_{k} + c\right)^{p - 1}$

    where:

    - $d$ is the number of features
    - $k$ is the feature index
    - $x_{l}$ is the $k$-th feature of the first feature vector $x$
    - $x'_{l}$ is the $k$-th feature of the second feature vector $x'$
    - $c$ is a constant trading off higher- against lower-order terms (nonnegative, often $1$)
    - $p$ is the polynomial degree (a positive integer)
    - $K(x, x')$ is the kernel value: the inner product of $x$ and $x'$ in the kernel's feature space
    - $l$ is the index of the component differentiated by

    Arguments: x, x_prime, c, p; out= an optional preallocated result.
    """
    x, x_prime, c, p, = floats('polynomial_kernel_grad_x', x, x_prime, c, p)
    rt.within('polynomial_kernel_grad_x', 'c', c, 0.0, np.inf, False, True, 'a nonnegative real')
    rt.within('polynomial_kernel_grad_x', 'p', p, 1.0, np.inf, False, True, 'a positive integer')
    return call_gufunc(_polynomial_kernel_grad_x, _polynomial_kernel_grad_x_core, 'polynomial_kernel_grad_x', '(d),(d),(),()->(d)', (x, x_prime, c, p), [], out, parallel=_polynomial_kernel_grad_x_threads, blas=True)


def _polynomial_kernel_grad_x_prime_core(x, x_prime, c, p, out, _bad):
    x = rt.wide(x)
    x_prime = rt.wide(x_prime)
    c = rt.wide(c)
    p = rt.wide(p)
    d = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(x, 1.0)
    _t0 = rt.vdot(np.ascontiguousarray(x), np.ascontiguousarray(x_prime))
    _t1 = (_t0 + c) ** (p - _one)
    for l in range(1, d + 1):
        _t_out = _t1*p*x[l - 1]
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_polynomial_kernel_grad_x_prime = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64, float64[:], float64[:])"], "(d),(d),(),()->(d),()", cache=True)(_polynomial_kernel_grad_x_prime_core))
_polynomial_kernel_grad_x_prime_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64, float64[:], float64[:])"], "(d),(d),(),()->(d),()", target="parallel", cache=True)(_polynomial_kernel_grad_x_prime_core))


def polynomial_kernel_grad_x_prime(x, x_prime, c, p, out=None):
    r"""86. Polynomial Kernel (SVM): grad kernel (layout (d),(d),(),()->(d)).

    $\frac{\partial K(x, x')}{\partial x'_{l}} = p x_{l} \left(\sum_{k=1}^{d} x_{k} x'_{k} + c\right)^{p - 1}$

    where:

    - $d$ is the number of features
    - $k$ is the feature index
    - $x_{l}$ is the $k$-th feature of the first feature vector $x$
    - $x'_{l}$ is the $k$-th feature of the second feature vector $x'$
    - $c$ is a constant trading off higher- against lower-order terms (nonnegative, often $1$)
    - $p$ is the polynomial degree (a positive integer)
    - $K(x, x')$ is the kernel value: the inner product of $x$ and $x'$ in the kernel's feature space
    - $l$ is the index of the component differentiated by

    Arguments: x, x_prime, c, p; out= an optional preallocated result.
    """
    x, x_prime, c, p, = floats('polynomial_kernel_grad_x_prime', x, x_prime, c, p)
    rt.within('polynomial_kernel_grad_x_prime', 'c', c, 0.0, np.inf, False, True, 'a nonnegative real')
    rt.within('polynomial_kernel_grad_x_prime', 'p', p, 1.0, np.inf, False, True, 'a positive integer')
    return call_gufunc(_polynomial_kernel_grad_x_prime, _polynomial_kernel_grad_x_prime_core, 'polynomial_kernel_grad_x_prime', '(d),(d),(),()->(d)', (x, x_prime, c, p), [], out, parallel=_polynomial_kernel_grad_x_prime_threads, blas=True)


def _rbf_kernel_core(x, x_prime, sigma, out, _bad):
    x = rt.wide(x)
    x_prime = rt.wide(x_prime)
    sigma = rt.wide(sigma)
    d = x.shape[0]
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _two = lit(x, 2.0)
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for k in range(1, 1 + (d)//4*4, 4):
        _t0_0 += (((x[k - 1] - x_prime[k - 1])/sigma)*((x[k - 1] - x_prime[k - 1])/sigma))
        _t0_1 += (((x[k] - x_prime[k])/sigma)*((x[k] - x_prime[k])/sigma))
        _t0_2 += (((x[k + 1] - x_prime[k + 1])/sigma)*((x[k + 1] - x_prime[k + 1])/sigma))
        _t0_3 += (((x[k + 2] - x_prime[k + 2])/sigma)*((x[k + 2] - x_prime[k + 2])/sigma))
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for k in range(1 + (d)//4*4, d + 1):
        _t0 += (((x[k - 1] - x_prime[k - 1])/sigma)*((x[k - 1] - x_prime[k - 1])/sigma))
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(x_prime) and np.isfinite(sigma):
        _t0 = _c0
    out[0] = rt.exp_neg(-(_t0/_two))
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_rbf_kernel = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", cache=True)(_rbf_kernel_core))
_rbf_kernel_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(),()", target="parallel", cache=True)(_rbf_kernel_core))


def rbf_kernel(x, x_prime, sigma, out=None):
    r"""87. Radial Basis Function Kernel (RBF): forward kernel (layout (d),(d),()->()).

    $K(x, x') = \exp\left(- \frac{1}{2 \sigma^{2}} \sum_{k=1}^{d} \left(x_{k} - x'_{k}\right)^{2}\right)$

    where:

    - $d$ is the number of features
    - $k$ is the feature index
    - $x_{k}$ is the $k$-th feature of the first feature vector $x$
    - $x'_{k}$ is the $k$-th feature of the second feature vector $x'$
    - $\sigma$ is the kernel width (positive)
    - $K(x, x')$ is the kernel value, in $(0, 1]$ ($1$ when $x = x'$)

    Arguments: x, x_prime, sigma; out= an optional preallocated result.
    """
    x, x_prime, sigma, = floats('rbf_kernel', x, x_prime, sigma)
    rt.within('rbf_kernel', 'sigma', sigma, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_rbf_kernel, _rbf_kernel_core, 'rbf_kernel', '(d),(d),()->()', (x, x_prime, sigma), [], out, parallel=_rbf_kernel_threads)


def _rbf_kernel_grad_x_core(x, x_prime, sigma, out, _bad):
    x = rt.wide(x)
    x_prime = rt.wide(x_prime)
    sigma = rt.wide(sigma)
    d = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _two = lit(x, 2.0)
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for k in range(1, 1 + (d)//4*4, 4):
        _t0_0 += (((x[k - 1] - x_prime[k - 1])/sigma)*((x[k - 1] - x_prime[k - 1])/sigma))
        _t0_1 += (((x[k] - x_prime[k])/sigma)*((x[k] - x_prime[k])/sigma))
        _t0_2 += (((x[k + 1] - x_prime[k + 1])/sigma)*((x[k + 1] - x_prime[k + 1])/sigma))
        _t0_3 += (((x[k + 2] - x_prime[k + 2])/sigma)*((x[k + 2] - x_prime[k + 2])/sigma))
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for k in range(1 + (d)//4*4, d + 1):
        _t0 += (((x[k - 1] - x_prime[k - 1])/sigma)*((x[k - 1] - x_prime[k - 1])/sigma))
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(x_prime) and np.isfinite(sigma):
        _t0 = _c0
    K = rt.exp_neg(-(_t0/_two))
    for l in range(1, d + 1):
        _t_out = K*(((-x[l - 1] + x_prime[l - 1])/sigma)/sigma)
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_rbf_kernel_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", cache=True)(_rbf_kernel_grad_x_core))
_rbf_kernel_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", target="parallel", cache=True)(_rbf_kernel_grad_x_core))


def rbf_kernel_grad_x(x, x_prime, sigma, out=None):
    r"""87. Radial Basis Function Kernel (RBF): grad kernel (layout (d),(d),()->(d)).

    $\frac{\partial K(x, x')}{\partial x_{l}} = \frac{K(x, x') \left(x'_{l} - x_{l}\right)}{\sigma^{2}}$

    where:

    - $d$ is the number of features
    - $x_{l}$ is the $k$-th feature of the first feature vector $x$
    - $x'_{l}$ is the $k$-th feature of the second feature vector $x'$
    - $\sigma$ is the kernel width (positive)
    - $K(x, x')$ is the kernel value, in $(0, 1]$ ($1$ when $x = x'$)
    - $l$ is the index of the component differentiated by

    Arguments: x, x_prime, sigma; out= an optional preallocated result.
    """
    x, x_prime, sigma, = floats('rbf_kernel_grad_x', x, x_prime, sigma)
    rt.within('rbf_kernel_grad_x', 'sigma', sigma, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_rbf_kernel_grad_x, _rbf_kernel_grad_x_core, 'rbf_kernel_grad_x', '(d),(d),()->(d)', (x, x_prime, sigma), [], out, parallel=_rbf_kernel_grad_x_threads)


def _rbf_kernel_grad_x_prime_core(x, x_prime, sigma, out, _bad):
    x = rt.wide(x)
    x_prime = rt.wide(x_prime)
    sigma = rt.wide(sigma)
    d = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _two = lit(x, 2.0)
    _t0 = _zero
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for k in range(1, 1 + (d)//4*4, 4):
        _t0_0 += (((x[k - 1] - x_prime[k - 1])/sigma)*((x[k - 1] - x_prime[k - 1])/sigma))
        _t0_1 += (((x[k] - x_prime[k])/sigma)*((x[k] - x_prime[k])/sigma))
        _t0_2 += (((x[k + 1] - x_prime[k + 1])/sigma)*((x[k + 1] - x_prime[k + 1])/sigma))
        _t0_3 += (((x[k + 2] - x_prime[k + 2])/sigma)*((x[k + 2] - x_prime[k + 2])/sigma))
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for k in range(1 + (d)//4*4, d + 1):
        _t0 += (((x[k - 1] - x_prime[k - 1])/sigma)*((x[k - 1] - x_prime[k - 1])/sigma))
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(x_prime) and np.isfinite(sigma):
        _t0 = _c0
    K = rt.exp_neg(-(_t0/_two))
    for l in range(1, d + 1):
        _t_out = K*(((x[l - 1] - x_prime[l - 1])/sigma)/sigma)
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_rbf_kernel_grad_x_prime = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", cache=True)(_rbf_kernel_grad_x_prime_core))
_rbf_kernel_grad_x_prime_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64, float64[:], float64[:])"], "(d),(d),()->(d),()", target="parallel", cache=True)(_rbf_kernel_grad_x_prime_core))


def rbf_kernel_grad_x_prime(x, x_prime, sigma, out=None):
    r"""87. Radial Basis Function Kernel (RBF): grad kernel (layout (d),(d),()->(d)).

    $\frac{\partial K(x, x')}{\partial x'_{l}} = \frac{K(x, x') \left(x_{l} - x'_{l}\right)}{\sigma^{2}}$

    where:

    - $d$ is the number of features
    - $x_{l}$ is the $k$-th feature of the first feature vector $x$
    - $x'_{l}$ is the $k$-th feature of the second feature vector $x'$
    - $\sigma$ is the kernel width (positive)
    - $K(x, x')$ is the kernel value, in $(0, 1]$ ($1$ when $x = x'$)
    - $l$ is the index of the component differentiated by

    Arguments: x, x_prime, sigma; out= an optional preallocated result.
    """
    x, x_prime, sigma, = floats('rbf_kernel_grad_x_prime', x, x_prime, sigma)
    rt.within('rbf_kernel_grad_x_prime', 'sigma', sigma, 0.0, np.inf, True, True, 'a positive real')
    return call_gufunc(_rbf_kernel_grad_x_prime, _rbf_kernel_grad_x_prime_core, 'rbf_kernel_grad_x_prime', '(d),(d),()->(d)', (x, x_prime, sigma), [], out, parallel=_rbf_kernel_grad_x_prime_threads)


def _hinge_loss_core(x, y, w, b, _p0, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    w = rt.wide(w)
    b = rt.wide(b)
    N = x.shape[0]
    d = x.shape[1]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(x, 0.0)
    _one = lit(x, 1.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(w, x.T)
    for i in range(1, N + 1):
        _t_out = np.maximum(_zero, -((b + _t0[i - 1])*y[i - 1]) + _one)
        out_c[i - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_hinge_loss = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N)->(N),()", cache=True)(_hinge_loss_core))
_hinge_loss_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N)->(N),()", target="parallel", cache=True)(_hinge_loss_core))


def hinge_loss(x, y, w, b, out=None):
    r"""88. Hinge Loss (SVM): forward kernel (layout (N,d),(N),(d),()->(N)).

    $L_{\text{hinge}, i} = \max\left(0, 1 - y_{i} \left(\sum_{k=1}^{d} x_{i,k} w_{k} + b\right)\right)$

    where:

    - $N$ is the number of samples
    - $d$ is the number of features
    - $i$ is the sample index
    - $k$ is the feature index
    - $x_{i,k}$ is the $k$-th feature of the $i$-th input $x_i$
    - $y_{i}$ is the true label of the $i$-th sample, $-1$ or $+1$
    - $w_{k}$ is the $k$-th component of the weight vector $w$
    - $b$ is the bias
    - $L_{\text{hinge}, i}$ is the hinge loss of the $i$-th sample (zero when it is classified correctly with functional margin at least $1$)

    Arguments: x, y, w, b; out= an optional preallocated result.
    """
    x, y, w, b, = floats('hinge_loss', x, y, w, b)
    return call_gufunc(_hinge_loss, _hinge_loss_core, 'hinge_loss', '(N,d),(N),(d),()->(N)', (x, y, w, b), [], out, parallel=_hinge_loss_threads, products=((2, False, 0, True, True),), inner='(N,d),(N),(d),(),(N)->(N)')


def _hinge_loss_vjp_x_core(x, y, w, b, G_up, _p0, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    w = rt.wide(w)
    b = rt.wide(b)
    G_up = rt.wide(G_up)
    N = x.shape[0]
    d = x.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _one = lit(x, 1.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(w, x.T)
    for l in range(1, N + 1):
        for q in range(1, d + 1):
            out_c[l - 1, q - 1] = -((_one if b*y[l - 1] + _t0[l - 1]*y[l - 1] < _one else (_zero if b*y[l - 1] + _t0[l - 1]*y[l - 1] == b*y[l - 1] + _t0[l - 1]*y[l - 1] else _c0))*G_up[l - 1]*w[q - 1]*y[l - 1])
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_hinge_loss_vjp_x = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:, :], float64[:])"], "(N,d),(N),(d),(),(N),(N)->(N,d),()", cache=True)(_hinge_loss_vjp_x_core))
_hinge_loss_vjp_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:, :], float64[:])"], "(N,d),(N),(d),(),(N),(N)->(N,d),()", target="parallel", cache=True)(_hinge_loss_vjp_x_core))


def hinge_loss_vjp_x(x, y, w, b, G_up, out=None):
    r"""88. Hinge Loss (SVM): vjp kernel (layout (N,d),(N),(d),(),(N)->(N,d)).

    $\frac{\partial \mathcal{L}}{\partial x_{l,q}} = - y_{l} w_{q} G_{l} \begin{cases} 1 & \text{if } y_{l} \sum_{k=1}^{d} x_{l,k} w_{k} + b y_{l} < 1 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $N$ is the number of samples
    - $d$ is the number of features
    - $k$ is the feature index
    - $x_{l,q}$ is the $k$-th feature of the $i$-th input $x_i$
    - $y_{l}$ is the true label of the $i$-th sample, $-1$ or $+1$
    - $w_{q}$ is the $k$-th component of the weight vector $w$
    - $b$ is the bias
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, y, w, b, G_up; out= an optional preallocated result.
    """
    x, y, w, b, G_up, = floats('hinge_loss_vjp_x', x, y, w, b, G_up)
    return call_gufunc(_hinge_loss_vjp_x, _hinge_loss_vjp_x_core, 'hinge_loss_vjp_x', '(N,d),(N),(d),(),(N)->(N,d)', (x, y, w, b, G_up), [], out, parallel=_hinge_loss_vjp_x_threads, products=((2, False, 0, True, True),), inner='(N,d),(N),(d),(),(N),(N)->(N,d)')


def _hinge_loss_vjp_w_core(x, y, w, b, G_up, _p0, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    w = rt.wide(w)
    b = rt.wide(b)
    G_up = rt.wide(G_up)
    N = x.shape[0]
    d = x.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _one = lit(x, 1.0)
    _c0 = lit(x, np.nan)
    _t2 = np.empty(N)
    _t4 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(w, x.T)
    for i in range(1, N + 1):
        _t2[i - 1] = b*y[i - 1] + _t4[i - 1]*y[i - 1]
    for l in range(1, d + 1):
        _t0 = _zero
        for i in range(1, N + 1):
            if _t2[i - 1] < _one:
                _t1 = G_up[i - 1]*x[i - 1, l - 1]*y[i - 1]
            elif not (_t2[i - 1] == _t2[i - 1]):
                _t1 = _c0
            else:
                _t1 = _zero
            _t0 += _t1
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(y) and rt.all_finite(w) and np.isfinite(b) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = -_t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_hinge_loss_vjp_w = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N)->(d),()", cache=True)(_hinge_loss_vjp_w_core))
_hinge_loss_vjp_w_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N)->(d),()", target="parallel", cache=True)(_hinge_loss_vjp_w_core))


def hinge_loss_vjp_w(x, y, w, b, G_up, out=None):
    r"""88. Hinge Loss (SVM): vjp kernel (layout (N,d),(N),(d),(),(N)->(d)).

    $\frac{\partial \mathcal{L}}{\partial w_{l}} = - \sum_{i=1}^{N} \begin{cases} x_{i,l} y_{i} G_{i} & \text{if } y_{i} \sum_{k=1}^{d} x_{i,k} w_{k} + b y_{i} < 1 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $N$ is the number of samples
    - $d$ is the number of features
    - $i$ is the sample index
    - $k$ is the feature index
    - $x_{i,l}$ is the $k$-th feature of the $i$-th input $x_i$
    - $y_{i}$ is the true label of the $i$-th sample, $-1$ or $+1$
    - $w_{l}$ is the $k$-th component of the weight vector $w$
    - $b$ is the bias
    - $l$ is the index of the component differentiated by
    - $G_{i}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, y, w, b, G_up; out= an optional preallocated result.
    """
    x, y, w, b, G_up, = floats('hinge_loss_vjp_w', x, y, w, b, G_up)
    return call_gufunc(_hinge_loss_vjp_w, _hinge_loss_vjp_w_core, 'hinge_loss_vjp_w', '(N,d),(N),(d),(),(N)->(d)', (x, y, w, b, G_up), [], out, parallel=_hinge_loss_vjp_w_threads, products=((2, False, 0, True, True),), inner='(N,d),(N),(d),(),(N),(N)->(d)')


def _hinge_loss_vjp_b_core(x, y, w, b, G_up, _p0, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    w = rt.wide(w)
    b = rt.wide(b)
    G_up = rt.wide(G_up)
    N = x.shape[0]
    d = x.shape[1]
    _zero = lit(x, 0.0)
    _one = lit(x, 1.0)
    _c0 = lit(x, np.nan)
    _t0 = _zero
    _t2 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(w, x.T)
    for i in range(1, N + 1):
        if b*y[i - 1] + _t2[i - 1]*y[i - 1] < _one:
            _t1 = G_up[i - 1]*y[i - 1]
        elif not (b*y[i - 1] + _t2[i - 1]*y[i - 1] == b*y[i - 1] + _t2[i - 1]*y[i - 1]):
            _t1 = _c0
        else:
            _t1 = _zero
        _t0 += _t1
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(y) and rt.all_finite(w) and np.isfinite(b) and rt.all_finite(G_up):
        _t0 = _c0
    out[0] = -_t0
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_hinge_loss_vjp_b = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N)->(),()", cache=True)(_hinge_loss_vjp_b_core))
_hinge_loss_vjp_b_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N)->(),()", target="parallel", cache=True)(_hinge_loss_vjp_b_core))


def hinge_loss_vjp_b(x, y, w, b, G_up, out=None):
    r"""88. Hinge Loss (SVM): vjp kernel (layout (N,d),(N),(d),(),(N)->()).

    $\frac{\partial \mathcal{L}}{\partial b} = - \sum_{i=1}^{N} \begin{cases} y_{i} G_{i} & \text{if } y_{i} \sum_{k=1}^{d} x_{i,k} w_{k} + b y_{i} < 1 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $N$ is the number of samples
    - $d$ is the number of features
    - $i$ is the sample index
    - $k$ is the feature index
    - $x_{i,k}$ is the $k$-th feature of the $i$-th input $x_i$
    - $y_{i}$ is the true label of the $i$-th sample, $-1$ or $+1$
    - $w_{k}$ is the $k$-th component of the weight vector $w$
    - $b$ is the bias
    - $G_{i}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, y, w, b, G_up; out= an optional preallocated result.
    """
    x, y, w, b, G_up, = floats('hinge_loss_vjp_b', x, y, w, b, G_up)
    return call_gufunc(_hinge_loss_vjp_b, _hinge_loss_vjp_b_core, 'hinge_loss_vjp_b', '(N,d),(N),(d),(),(N)->()', (x, y, w, b, G_up), [], out, parallel=_hinge_loss_vjp_b_threads, products=((2, False, 0, True, True),), inner='(N,d),(N),(d),(),(N),(N)->()')


def _hinge_loss_value_and_grad_core(x, y, w, b, G_up, _p0, L_hinge, d_w, d_b, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    w = rt.wide(w)
    b = rt.wide(b)
    G_up = rt.wide(G_up)
    N = x.shape[0]
    d = x.shape[1]
    L_hinge_c = np.ascontiguousarray(L_hinge)
    d_w_c = np.ascontiguousarray(d_w)
    _zero = lit(x, 0.0)
    _one = lit(x, 1.0)
    _c0 = lit(x, np.nan)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(w, x.T)
    for i in range(1, N + 1):
        L_hinge_c[i - 1] = np.maximum(_zero, -((b + _t0[i - 1])*y[i - 1]) + _one)
    _t3 = np.empty(N)
    for i in range(1, N + 1):
        _t4 = b*y[i - 1]
        _t5 = _t0[i - 1]*y[i - 1]
        _t6 = _t4 + _t5
        _t3[i - 1] = _t6
    for l in range(1, d + 1):
        _t1 = _zero
        for i in range(1, N + 1):
            if _t3[i - 1] < _one:
                _t2 = G_up[i - 1]*x[i - 1, l - 1]*y[i - 1]
            elif not (_t3[i - 1] == _t3[i - 1]):
                _t2 = _c0
            else:
                _t2 = _zero
            _t1 += _t2
        if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(x) and rt.all_finite(y) and rt.all_finite(w) and np.isfinite(b) and rt.all_finite(G_up):
            _t1 = _c0
        d_w_c[l - 1] = -_t1
    _t7 = _zero
    for i in range(1, N + 1):
        if _t3[i - 1] < _one:
            _t8 = G_up[i - 1]*y[i - 1]
        elif not (_t3[i - 1] == _t3[i - 1]):
            _t8 = _c0
        else:
            _t8 = _zero
        _t7 += _t8
    if rt.OVERFLOWS and not np.isfinite(_t7) and rt.all_finite(x) and rt.all_finite(y) and rt.all_finite(w) and np.isfinite(b) and rt.all_finite(G_up):
        _t7 = _c0
    d_b[0] = -_t7
    if L_hinge_c.ctypes.data != L_hinge.ctypes.data:
        for _i0 in range(L_hinge.shape[0]):
            L_hinge[_i0] = L_hinge_c[_i0]
    if d_w_c.ctypes.data != d_w.ctypes.data:
        for _i0 in range(d_w.shape[0]):
            d_w[_i0] = d_w_c[_i0]
    _bad[0] = rt.nonfinite(L_hinge_c) + rt.nonfinite(d_w_c) + (0 if np.abs(d_b[0]) < np.inf else 1)


_hinge_loss_value_and_grad = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N)->(N),(d),(),()", cache=True)(_hinge_loss_value_and_grad_core))
_hinge_loss_value_and_grad_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N)->(N),(d),(),()", target="parallel", cache=True)(_hinge_loss_value_and_grad_core))


def hinge_loss_value_and_grad(x, y, w, b, G_up, out=None):
    r"""88. Hinge Loss (SVM): value_and_grad kernel (layout (N,d),(N),(d),(),(N)->(N),(d),()).

    $L_{\text{hinge}, i} = \max\left(0, 1 - y_{i} \left(\sum_{k=1}^{d} x_{i,k} w_{k} + b\right)\right)$

    where:

    - $N$ is the number of samples
    - $d$ is the number of features
    - $i$ is the sample index
    - $k$ is the feature index
    - $x_{i,k}$ is the $k$-th feature of the $i$-th input $x_i$
    - $y_{i}$ is the true label of the $i$-th sample, $-1$ or $+1$
    - $w_{k}$ is the $k$-th component of the weight vector $w$
    - $b$ is the bias
    - $L_{\text{hinge}, i}$ is the hinge loss of the $i$-th sample (zero when it is classified correctly with functional margin at least $1$)

    Arguments: x, y, w, b, G_up; out= an optional preallocated result.
    """
    x, y, w, b, G_up, = floats('hinge_loss_value_and_grad', x, y, w, b, G_up)
    return call_gufunc(_hinge_loss_value_and_grad, _hinge_loss_value_and_grad_core, 'hinge_loss_value_and_grad', '(N,d),(N),(d),(),(N)->(N),(d),()', (x, y, w, b, G_up), [], out, parallel=_hinge_loss_value_and_grad_threads, products=((2, False, 0, True, True),), inner='(N,d),(N),(d),(),(N),(N)->(N),(d),()')


def _svm_margin_core(w, out, _bad):
    w = rt.wide(w)
    d = w.shape[0]
    _c0 = lit(w, -np.inf)
    _zero = lit(w, 0.0)
    _c1 = lit(w, np.nan)
    _two = lit(w, 2.0)
    _t0 = _c0
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _t0
    _t0_n0 = _t0_n1 = _t0_n2 = _t0_n3 = False
    for k in range(1, 1 + (d)//4*4, 4):
        _t1_0 = np.abs(w[k - 1])
        _t0_x = _t1_0
        _t0_0 = max(_t0_0, _t0_x)
        _t0_n0 |= _t0_x != _t0_x
        _t1_1 = np.abs(w[k])
        _t0_x = _t1_1
        _t0_1 = max(_t0_1, _t0_x)
        _t0_n1 |= _t0_x != _t0_x
        _t1_2 = np.abs(w[k + 1])
        _t0_x = _t1_2
        _t0_2 = max(_t0_2, _t0_x)
        _t0_n2 |= _t0_x != _t0_x
        _t1_3 = np.abs(w[k + 2])
        _t0_x = _t1_3
        _t0_3 = max(_t0_3, _t0_x)
        _t0_n3 |= _t0_x != _t0_x
    if _t0_n0 | _t0_n1 | _t0_n2 | _t0_n3:
        for k in range(1, 1 + (d)//4*4):
            _t1 = np.abs(w[k - 1])
            _t0 = np.maximum(_t0, _t1)
    else:
        _t0 = np.maximum(_t0, np.maximum(np.maximum(_t0_0, _t0_1), np.maximum(_t0_2, _t0_3)))
    for k in range(1 + (d)//4*4, d + 1):
        _t1 = np.abs(w[k - 1])
        _t0 = np.maximum(_t0, _t1)
    _t2 = _zero
    _t2_0 = _t2_1 = _t2_2 = _t2_3 = _zero
    for k in range(1, 1 + (d)//4*4, 4):
        _t2_0 += ((w[k - 1]/_t0)*(w[k - 1]/_t0))
        _t2_1 += ((w[k]/_t0)*(w[k]/_t0))
        _t2_2 += ((w[k + 1]/_t0)*(w[k + 1]/_t0))
        _t2_3 += ((w[k + 2]/_t0)*(w[k + 2]/_t0))
    _t2 += (_t2_0 + _t2_1) + (_t2_2 + _t2_3)
    for k in range(1 + (d)//4*4, d + 1):
        _t2 += ((w[k - 1]/_t0)*(w[k - 1]/_t0))
    if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(w):
        _t2 = _c1
    out[0] = ((_two/_t0)/np.sqrt(_t2))
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_svm_margin = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(d)->(),()", cache=True)(_svm_margin_core))
_svm_margin_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(d)->(),()", target="parallel", cache=True)(_svm_margin_core))


def svm_margin(w, out=None):
    r"""89. Margin (Hard-SVM): forward kernel (layout (d)->()).

    $\text{Margin} = \frac{2}{\sqrt{\sum_{k=1}^{d} w_{k}^{2}}}$

    where:

    - $d$ is the number of features
    - $k$ is the feature index
    - $w_{k}$ is the $k$-th component of $w$, the normal vector to the decision boundary
    - $\text{Margin}$ is the distance between the two margin hyperplanes $w^\top x + b = \pm 1$

    Arguments: w; out= an optional preallocated result.
    """
    w, = floats('svm_margin', w)
    return call_gufunc(_svm_margin, _svm_margin_core, 'svm_margin', '(d)->()', (w,), [], out, parallel=_svm_margin_threads)


def _svm_margin_grad_w_core(w, out, _bad):
    w = rt.wide(w)
    d = w.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(w, 0.0)
    _c0 = lit(w, -np.inf)
    _c1 = lit(w, np.nan)
    _one = lit(w, 1.0)
    _two = lit(w, 2.0)
    _t0 = _zero
    _t1 = _c0
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
    _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
    for k in range(1, 1 + (d)//4*4, 4):
        _t2_0 = np.abs(w[k - 1])
        _t1_x = _t2_0
        _t1_0 = max(_t1_0, _t1_x)
        _t1_n0 |= _t1_x != _t1_x
        _t2_1 = np.abs(w[k])
        _t1_x = _t2_1
        _t1_1 = max(_t1_1, _t1_x)
        _t1_n1 |= _t1_x != _t1_x
        _t2_2 = np.abs(w[k + 1])
        _t1_x = _t2_2
        _t1_2 = max(_t1_2, _t1_x)
        _t1_n2 |= _t1_x != _t1_x
        _t2_3 = np.abs(w[k + 2])
        _t1_x = _t2_3
        _t1_3 = max(_t1_3, _t1_x)
        _t1_n3 |= _t1_x != _t1_x
    if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
        for k in range(1, 1 + (d)//4*4):
            _t2 = np.abs(w[k - 1])
            _t1 = np.maximum(_t1, _t2)
    else:
        _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
    for k in range(1 + (d)//4*4, d + 1):
        _t2 = np.abs(w[k - 1])
        _t1 = np.maximum(_t1, _t2)
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
    for k in range(1, 1 + (d)//4*4, 4):
        _t3_0 = (w[k - 1]/_t1)
        _t4_0 = (_t3_0*_t3_0)
        _t0_0 += _t4_0
        _t3_1 = (w[k]/_t1)
        _t4_1 = (_t3_1*_t3_1)
        _t0_1 += _t4_1
        _t3_2 = (w[k + 1]/_t1)
        _t4_2 = (_t3_2*_t3_2)
        _t0_2 += _t4_2
        _t3_3 = (w[k + 2]/_t1)
        _t4_3 = (_t3_3*_t3_3)
        _t0_3 += _t4_3
    _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
    for k in range(1 + (d)//4*4, d + 1):
        _t3 = (w[k - 1]/_t1)
        _t4 = (_t3*_t3)
        _t0 += _t4
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(w):
        _t0 = _c1
    _t5 = _one/(_t0)
    _t6 = _one/np.sqrt(_t0)
    for l in range(1, d + 1):
        _t_out = -(_t5*((_two*_t6*(w[l - 1]/_t1)/_t1)/_t1))
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_svm_margin_grad_w = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(d)->(d),()", cache=True)(_svm_margin_grad_w_core))
_svm_margin_grad_w_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(d)->(d),()", target="parallel", cache=True)(_svm_margin_grad_w_core))


def svm_margin_grad_w(w, out=None):
    r"""89. Margin (Hard-SVM): grad kernel (layout (d)->(d)).

    $\frac{\partial \text{Margin}}{\partial w_{l}} = - \frac{\text{Margin}^{3} \cdot w_{l}}{4}$

    where:

    - $d$ is the number of features
    - $w_{l}$ is the $k$-th component of $w$, the normal vector to the decision boundary
    - $\text{Margin}$ is the distance between the two margin hyperplanes $w^\top x + b = \pm 1$
    - $l$ is the index of the component differentiated by

    Arguments: w; out= an optional preallocated result.
    """
    w, = floats('svm_margin_grad_w', w)
    return call_gufunc(_svm_margin_grad_w, _svm_margin_grad_w_core, 'svm_margin_grad_w', '(d)->(d)', (w,), [], out, parallel=_svm_margin_grad_w_threads)


def _weighted_hinge_loss_core(x, y, w, b, omega, _p0, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    w = rt.wide(w)
    b = rt.wide(b)
    omega = rt.wide(omega)
    N = x.shape[0]
    d = x.shape[1]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(x, 0.0)
    _one = lit(x, 1.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(w, x.T)
    for i in range(1, N + 1):
        _t_out = omega[i - 1]*np.maximum(_zero, -((b + _t0[i - 1])*y[i - 1]) + _one)
        out_c[i - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_weighted_hinge_loss = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N)->(N),()", cache=True)(_weighted_hinge_loss_core))
_weighted_hinge_loss_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N)->(N),()", target="parallel", cache=True)(_weighted_hinge_loss_core))


def weighted_hinge_loss(x, y, w, b, omega, out=None):
    r"""98. Weighted Hinge Loss: forward kernel (layout (N,d),(N),(d),(),(N)->(N)).

    $L_{\text{whinge}, i} = \omega_{i} \max\left(0, 1 - y_{i} \left(\sum_{k=1}^{d} x_{i,k} w_{k} + b\right)\right)$

    where:

    - $N$ is the number of samples
    - $d$ is the number of features
    - $i$ is the sample index
    - $k$ is the feature index
    - $x_{i,k}$ is the $k$-th feature of the $i$-th input $x_i$
    - $y_{i}$ is the true label of the $i$-th sample, $-1$ or $+1$
    - $w_{k}$ is the $k$-th component of the weight vector $w$
    - $b$ is the bias
    - $\omega_{i}$ is the weight of the $i$-th sample (a sample or class weight, nonnegative)
    - $L_{\text{whinge}, i}$ is the weighted hinge loss of the $i$-th sample

    Arguments: x, y, w, b, omega; out= an optional preallocated result.
    """
    x, y, w, b, omega, = floats('weighted_hinge_loss', x, y, w, b, omega)
    return call_gufunc(_weighted_hinge_loss, _weighted_hinge_loss_core, 'weighted_hinge_loss', '(N,d),(N),(d),(),(N)->(N)', (x, y, w, b, omega), [], out, parallel=_weighted_hinge_loss_threads, products=((2, False, 0, True, True),), inner='(N,d),(N),(d),(),(N),(N)->(N)')


def _weighted_hinge_loss_vjp_x_core(x, y, w, b, omega, G_up, _p0, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    w = rt.wide(w)
    b = rt.wide(b)
    omega = rt.wide(omega)
    G_up = rt.wide(G_up)
    N = x.shape[0]
    d = x.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _one = lit(x, 1.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(w, x.T)
    for l in range(1, N + 1):
        for q in range(1, d + 1):
            out_c[l - 1, q - 1] = -((_one if b*y[l - 1] + _t0[l - 1]*y[l - 1] < _one else (_zero if b*y[l - 1] + _t0[l - 1]*y[l - 1] == b*y[l - 1] + _t0[l - 1]*y[l - 1] else _c0))*G_up[l - 1]*omega[l - 1]*w[q - 1]*y[l - 1])
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_weighted_hinge_loss_vjp_x = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(N,d),(N),(d),(),(N),(N),(N)->(N,d),()", cache=True)(_weighted_hinge_loss_vjp_x_core))
_weighted_hinge_loss_vjp_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:, :], float64[:])"], "(N,d),(N),(d),(),(N),(N),(N)->(N,d),()", target="parallel", cache=True)(_weighted_hinge_loss_vjp_x_core))


def weighted_hinge_loss_vjp_x(x, y, w, b, omega, G_up, out=None):
    r"""98. Weighted Hinge Loss: vjp kernel (layout (N,d),(N),(d),(),(N),(N)->(N,d)).

    $\frac{\partial \mathcal{L}}{\partial x_{l,q}} = - y_{l} w_{q} \omega_{l} G_{l} \begin{cases} 1 & \text{if } y_{l} \sum_{k=1}^{d} x_{l,k} w_{k} + b y_{l} < 1 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $N$ is the number of samples
    - $d$ is the number of features
    - $k$ is the feature index
    - $x_{l,q}$ is the $k$-th feature of the $i$-th input $x_i$
    - $y_{l}$ is the true label of the $i$-th sample, $-1$ or $+1$
    - $w_{q}$ is the $k$-th component of the weight vector $w$
    - $b$ is the bias
    - $\omega_{l}$ is the weight of the $i$-th sample (a sample or class weight, nonnegative)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, y, w, b, omega, G_up; out= an optional preallocated result.
    """
    x, y, w, b, omega, G_up, = floats('weighted_hinge_loss_vjp_x', x, y, w, b, omega, G_up)
    return call_gufunc(_weighted_hinge_loss_vjp_x, _weighted_hinge_loss_vjp_x_core, 'weighted_hinge_loss_vjp_x', '(N,d),(N),(d),(),(N),(N)->(N,d)', (x, y, w, b, omega, G_up), [], out, parallel=_weighted_hinge_loss_vjp_x_threads, products=((2, False, 0, True, True),), inner='(N,d),(N),(d),(),(N),(N),(N)->(N,d)')


def _weighted_hinge_loss_vjp_w_core(x, y, w, b, omega, G_up, _p0, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    w = rt.wide(w)
    b = rt.wide(b)
    omega = rt.wide(omega)
    G_up = rt.wide(G_up)
    N = x.shape[0]
    d = x.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(x, 0.0)
    _one = lit(x, 1.0)
    _c0 = lit(x, np.nan)
    _t2 = np.empty(N)
    _t4 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(w, x.T)
    for i in range(1, N + 1):
        _t2[i - 1] = b*y[i - 1] + _t4[i - 1]*y[i - 1]
    for l in range(1, d + 1):
        _t0 = _zero
        for i in range(1, N + 1):
            if _t2[i - 1] < _one:
                _t1 = G_up[i - 1]*omega[i - 1]*x[i - 1, l - 1]*y[i - 1]
            elif not (_t2[i - 1] == _t2[i - 1]):
                _t1 = _c0
            else:
                _t1 = _zero
            _t0 += _t1
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(y) and rt.all_finite(w) and np.isfinite(b) and rt.all_finite(omega) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = -_t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_weighted_hinge_loss_vjp_w = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N),(N)->(d),()", cache=True)(_weighted_hinge_loss_vjp_w_core))
_weighted_hinge_loss_vjp_w_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N),(N)->(d),()", target="parallel", cache=True)(_weighted_hinge_loss_vjp_w_core))


def weighted_hinge_loss_vjp_w(x, y, w, b, omega, G_up, out=None):
    r"""98. Weighted Hinge Loss: vjp kernel (layout (N,d),(N),(d),(),(N),(N)->(d)).

    $\frac{\partial \mathcal{L}}{\partial w_{l}} = - \sum_{i=1}^{N} \begin{cases} x_{i,l} y_{i} \omega_{i} G_{i} & \text{if } y_{i} \sum_{k=1}^{d} x_{i,k} w_{k} + b y_{i} < 1 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $N$ is the number of samples
    - $d$ is the number of features
    - $i$ is the sample index
    - $k$ is the feature index
    - $x_{i,l}$ is the $k$-th feature of the $i$-th input $x_i$
    - $y_{i}$ is the true label of the $i$-th sample, $-1$ or $+1$
    - $w_{l}$ is the $k$-th component of the weight vector $w$
    - $b$ is the bias
    - $\omega_{i}$ is the weight of the $i$-th sample (a sample or class weight, nonnegative)
    - $l$ is the index of the component differentiated by
    - $G_{i}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, y, w, b, omega, G_up; out= an optional preallocated result.
    """
    x, y, w, b, omega, G_up, = floats('weighted_hinge_loss_vjp_w', x, y, w, b, omega, G_up)
    return call_gufunc(_weighted_hinge_loss_vjp_w, _weighted_hinge_loss_vjp_w_core, 'weighted_hinge_loss_vjp_w', '(N,d),(N),(d),(),(N),(N)->(d)', (x, y, w, b, omega, G_up), [], out, parallel=_weighted_hinge_loss_vjp_w_threads, products=((2, False, 0, True, True),), inner='(N,d),(N),(d),(),(N),(N),(N)->(d)')


def _weighted_hinge_loss_vjp_b_core(x, y, w, b, omega, G_up, _p0, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    w = rt.wide(w)
    b = rt.wide(b)
    omega = rt.wide(omega)
    G_up = rt.wide(G_up)
    N = x.shape[0]
    d = x.shape[1]
    _zero = lit(x, 0.0)
    _one = lit(x, 1.0)
    _c0 = lit(x, np.nan)
    _t0 = _zero
    _t2 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(w, x.T)
    for i in range(1, N + 1):
        if b*y[i - 1] + _t2[i - 1]*y[i - 1] < _one:
            _t1 = G_up[i - 1]*omega[i - 1]*y[i - 1]
        elif not (b*y[i - 1] + _t2[i - 1]*y[i - 1] == b*y[i - 1] + _t2[i - 1]*y[i - 1]):
            _t1 = _c0
        else:
            _t1 = _zero
        _t0 += _t1
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(x) and rt.all_finite(y) and rt.all_finite(w) and np.isfinite(b) and rt.all_finite(omega) and rt.all_finite(G_up):
        _t0 = _c0
    out[0] = -_t0
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_weighted_hinge_loss_vjp_b = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N),(N)->(),()", cache=True)(_weighted_hinge_loss_vjp_b_core))
_weighted_hinge_loss_vjp_b_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N),(N)->(),()", target="parallel", cache=True)(_weighted_hinge_loss_vjp_b_core))


def weighted_hinge_loss_vjp_b(x, y, w, b, omega, G_up, out=None):
    r"""98. Weighted Hinge Loss: vjp kernel (layout (N,d),(N),(d),(),(N),(N)->()).

    $\frac{\partial \mathcal{L}}{\partial b} = - \sum_{i=1}^{N} \begin{cases} y_{i} \omega_{i} G_{i} & \text{if } y_{i} \sum_{k=1}^{d} x_{i,k} w_{k} + b y_{i} < 1 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $N$ is the number of samples
    - $d$ is the number of features
    - $i$ is the sample index
    - $k$ is the feature index
    - $x_{i,k}$ is the $k$-th feature of the $i$-th input $x_i$
    - $y_{i}$ is the true label of the $i$-th sample, $-1$ or $+1$
    - $w_{k}$ is the $k$-th component of the weight vector $w$
    - $b$ is the bias
    - $\omega_{i}$ is the weight of the $i$-th sample (a sample or class weight, nonnegative)
    - $G_{i}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, y, w, b, omega, G_up; out= an optional preallocated result.
    """
    x, y, w, b, omega, G_up, = floats('weighted_hinge_loss_vjp_b', x, y, w, b, omega, G_up)
    return call_gufunc(_weighted_hinge_loss_vjp_b, _weighted_hinge_loss_vjp_b_core, 'weighted_hinge_loss_vjp_b', '(N,d),(N),(d),(),(N),(N)->()', (x, y, w, b, omega, G_up), [], out, parallel=_weighted_hinge_loss_vjp_b_threads, products=((2, False, 0, True, True),), inner='(N,d),(N),(d),(),(N),(N),(N)->()')


def _weighted_hinge_loss_vjp_omega_core(x, y, w, b, omega, G_up, _p0, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    w = rt.wide(w)
    b = rt.wide(b)
    omega = rt.wide(omega)
    G_up = rt.wide(G_up)
    N = x.shape[0]
    d = x.shape[1]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _zero = lit(x, 0.0)
    _one = lit(x, 1.0)
    _t0 = np.ascontiguousarray(_p0) if rt.given(_p0) else rt.vecmat(w, x.T)
    for l in range(1, N + 1):
        _t_out = G_up[l - 1]*np.maximum(_zero, -(b*y[l - 1]) - _t0[l - 1]*y[l - 1] + _one)
        out_c[l - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_weighted_hinge_loss_vjp_omega = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N),(N)->(N),()", cache=True)(_weighted_hinge_loss_vjp_omega_core))
_weighted_hinge_loss_vjp_omega_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:], float64[:], float64, float64[:], float64[:], float64[:], float64[:], float64[:])"], "(N,d),(N),(d),(),(N),(N),(N)->(N),()", target="parallel", cache=True)(_weighted_hinge_loss_vjp_omega_core))


def weighted_hinge_loss_vjp_omega(x, y, w, b, omega, G_up, out=None):
    r"""98. Weighted Hinge Loss: vjp kernel (layout (N,d),(N),(d),(),(N),(N)->(N)).

    $\frac{\partial \mathcal{L}}{\partial \omega_{l}} = G_{l} \max\left(0, 1 - y_{l} \sum_{k=1}^{d} x_{l,k} w_{k} - b y_{l}\right)$

    where:

    - $N$ is the number of samples
    - $d$ is the number of features
    - $k$ is the feature index
    - $x_{l,k}$ is the $k$-th feature of the $i$-th input $x_i$
    - $y_{l}$ is the true label of the $i$-th sample, $-1$ or $+1$
    - $w_{k}$ is the $k$-th component of the weight vector $w$
    - $b$ is the bias
    - $\omega_{l}$ is the weight of the $i$-th sample (a sample or class weight, nonnegative)
    - $l$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: x, y, w, b, omega, G_up; out= an optional preallocated result.
    """
    x, y, w, b, omega, G_up, = floats('weighted_hinge_loss_vjp_omega', x, y, w, b, omega, G_up)
    return call_gufunc(_weighted_hinge_loss_vjp_omega, _weighted_hinge_loss_vjp_omega_core, 'weighted_hinge_loss_vjp_omega', '(N,d),(N),(d),(),(N),(N)->(N)', (x, y, w, b, omega, G_up), [], out, parallel=_weighted_hinge_loss_vjp_omega_threads, products=((2, False, 0, True, True),), inner='(N,d),(N),(d),(),(N),(N),(N)->(N)')
