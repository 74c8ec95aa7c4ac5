# Generated from symbolic/convolution.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Convolution: Numba kernels (forward, derivatives, fused) of entries 28, 29, 30, 31.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _conv2d_core(I, K, _shape0, out, _bad):
    I = rt.wide(I)
    K = rt.wide(K)
    H = I.shape[0]
    W = I.shape[1]
    r = (K.shape[0] - 1) // (2)
    s = (K.shape[1] - 1) // (2)
    out_c = np.ascontiguousarray(out)
    _zero = lit(I, 0.0)
    _c0 = lit(I, np.nan)
    for x in range(r + 1, H - r + 1):
        for y in range(s + 1, W - s + 1):
            _t0 = _zero
            for u in range(-r, r + 1):
                _t1 = _zero
                _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
                for v in range(-s, -s + (2*s + 1)//4*4, 4):
                    _t1_0 += I[u + x - 1, v + y - 1]*K[r + u, s + v]
                    _t1_1 += I[u + x - 1, v + y]*K[r + u, s + v + 1]
                    _t1_2 += I[u + x - 1, v + y + 1]*K[r + u, s + v + 2]
                    _t1_3 += I[u + x - 1, v + y + 2]*K[r + u, s + v + 3]
                _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
                for v in range(-s + (2*s + 1)//4*4, s + 1):
                    _t1 += I[u + x - 1, v + y - 1]*K[r + u, s + v]
                if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(I) and rt.all_finite(K):
                    _t1 = _c0
                _t0 += _t1
            if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(I) and rt.all_finite(K):
                _t0 = _c0
            out_c[-r + x - 1, -s + y - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_conv2d = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(H,W),(n2,n3),(n4,n5)->(n4,n5),()", cache=True)(_conv2d_core))
_conv2d_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(H,W),(n2,n3),(n4,n5)->(n4,n5),()", target="parallel", cache=True)(_conv2d_core))


def conv2d(I, K, out=None):
    r"""28. 2D Convolution (Without Stride/Padding): forward kernel (layout (H,W),(n2,n3),(n4,n5)->(n4,n5)).

    $(I * K)(x, y) = \sum_{u=- r}^{r} \sum_{v=- s}^{s} I(u + x, v + y) K(u, v)$

    where:

    - $H$ is the height of the input image
    - $W$ is the width of the input image
    - $r$ is the vertical half-size of the kernel, which has $2r + 1$ rows
    - $s$ is the horizontal half-size of the kernel, which has $2s + 1$ columns
    - $x$ is the output row, from $r + 1$ to $H - r$
    - $y$ is the output column, from $s + 1$ to $W - s$
    - $u$ is the vertical kernel offset
    - $v$ is the horizontal kernel offset
    - $(I * K)(x, y)$ is the output feature map at row $x$ and column $y$
    - $I(u + x, v + y)$ is the input image (one channel), $H \times W$, indexed from $(1, 1)$
    - $K(u, v)$ is the kernel, $(2r + 1) \times (2s + 1)$, indexed from $(-r, -s)$ to $(r, s)$

    Arguments: I, K; out= an optional preallocated result.
    """
    I, K, = floats('conv2d', I, K)
    H = rt.dim('conv2d', 'I', I, -2)
    W = rt.dim('conv2d', 'I', I, -1)
    r = (rt.dim('conv2d', 'K', K, -2) - 1) // (2)
    s = (rt.dim('conv2d', 'K', K, -1) - 1) // (2)
    return call_gufunc(_conv2d, _conv2d_core, 'conv2d', '(H,W),(n2,n3),(n4,n5)->(n4,n5)', (I, K), [(H - 2*r, W - 2*s, )], out, parallel=_conv2d_threads)


def _conv2d_vjp_I_core(I, K, G_up, out, _bad):
    I = rt.wide(I)
    K = rt.wide(K)
    G_up = rt.wide(G_up)
    H = I.shape[0]
    W = I.shape[1]
    r = (K.shape[0] - 1) // (2)
    s = (K.shape[1] - 1) // (2)
    out_c = np.ascontiguousarray(out)
    _zero = lit(I, 0.0)
    _one = lit(I, 1.0)
    _c0 = lit(I, np.nan)
    for k in range(1, H + 1):
        for l in range(1, W + 1):
            _t0 = _zero
            for y in range(s + 1, W - s + 1):
                _t1 = _zero
                for x in range(r + 1, H - r + 1):
                    if (s >= -l + y) and (s >= l - y):
                        _t3 = _zero
                        _t3_0 = _t3_1 = _t3_2 = _t3_3 = _zero
                        for u in range(-r, -r + (2*r + 1)//4*4, 4):
                            _t3_0 += (_one if k == u + x else _zero)*K[r + u, l + s - y]
                            _t3_1 += (_one if k == u + x + 1 else _zero)*K[r + u + 1, l + s - y]
                            _t3_2 += (_one if k == u + x + 2 else _zero)*K[r + u + 2, l + s - y]
                            _t3_3 += (_one if k == u + x + 3 else _zero)*K[r + u + 3, l + s - y]
                        _t3 += (_t3_0 + _t3_1) + (_t3_2 + _t3_3)
                        for u in range(-r + (2*r + 1)//4*4, r + 1):
                            _t3 += (_one if k == u + x else _zero)*K[r + u, l + s - y]
                        if rt.OVERFLOWS and not np.isfinite(_t3) and rt.all_finite(I) and rt.all_finite(K) and rt.all_finite(G_up):
                            _t3 = _c0
                        _t2 = _t3*G_up[-r + x - 1, -s + y - 1]
                    else:
                        _t2 = _zero
                    _t1 += _t2
                if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(I) and rt.all_finite(K) and rt.all_finite(G_up):
                    _t1 = _c0
                _t0 += _t1
            if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(I) and rt.all_finite(K) and rt.all_finite(G_up):
                _t0 = _c0
            out_c[k - 1, l - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_conv2d_vjp_I = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(H,W),(n2,n3),(n4,n5)->(H,W),()", cache=True)(_conv2d_vjp_I_core))
_conv2d_vjp_I_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(H,W),(n2,n3),(n4,n5)->(H,W),()", target="parallel", cache=True)(_conv2d_vjp_I_core))


def conv2d_vjp_I(I, K, G_up, out=None):
    r"""28. 2D Convolution (Without Stride/Padding): vjp kernel (layout (H,W),(n2,n3),(n4,n5)->(H,W)).

    $\frac{\partial \mathcal{L}}{\partial I(k, l)} = \sum_{y=s + 1}^{W - s} \sum_{x=r + 1}^{H - r} \begin{cases} G_{x,y} \sum_{u=- r}^{r} K(u, l - y) \delta_{k,u + x} & \text{if } s \geq y - l \wedge s \geq l - y \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $H$ is the height of the input image
    - $W$ is the width of the input image
    - $r$ is the vertical half-size of the kernel, which has $2r + 1$ rows
    - $s$ is the horizontal half-size of the kernel, which has $2s + 1$ columns
    - $x$ is the output row, from $r + 1$ to $H - r$
    - $y$ is the output column, from $s + 1$ to $W - s$
    - $u$ is the vertical kernel offset
    - $I(k, l)$ is the input image (one channel), $H \times W$, indexed from $(1, 1)$
    - $K(u, l - y)$ is the kernel, $(2r + 1) \times (2s + 1)$, indexed from $(-r, -s)$ to $(r, s)$
    - $k$ is the index of the component differentiated by
    - $l$ is the index of the component differentiated by
    - $G_{x,y}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: I, K, G_up; out= an optional preallocated result.
    """
    I, K, G_up, = floats('conv2d_vjp_I', I, K, G_up)
    return call_gufunc(_conv2d_vjp_I, _conv2d_vjp_I_core, 'conv2d_vjp_I', '(H,W),(n2,n3),(n4,n5)->(H,W)', (I, K, G_up), [], out, parallel=_conv2d_vjp_I_threads)


def _conv2d_vjp_K_core(I, K, G_up, out, _bad):
    I = rt.wide(I)
    K = rt.wide(K)
    G_up = rt.wide(G_up)
    H = I.shape[0]
    W = I.shape[1]
    r = (K.shape[0] - 1) // (2)
    s = (K.shape[1] - 1) // (2)
    out_c = np.ascontiguousarray(out)
    _zero = lit(I, 0.0)
    _c0 = lit(I, np.nan)
    for k in range(-r, r + 1):
        for l in range(-s, s + 1):
            _t0 = _zero
            for y in range(s + 1, W - s + 1):
                _t1 = _zero
                _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
                for x in range(r + 1, r + 1 + (H - 2*r)//4*4, 4):
                    _t1_0 += G_up[-r + x - 1, -s + y - 1]*I[k + x - 1, l + y - 1]
                    _t1_1 += G_up[-r + x, -s + y - 1]*I[k + x, l + y - 1]
                    _t1_2 += G_up[-r + x + 1, -s + y - 1]*I[k + x + 1, l + y - 1]
                    _t1_3 += G_up[-r + x + 2, -s + y - 1]*I[k + x + 2, l + y - 1]
                _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
                for x in range(r + 1 + (H - 2*r)//4*4, H - r + 1):
                    _t1 += G_up[-r + x - 1, -s + y - 1]*I[k + x - 1, l + y - 1]
                if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(I) and rt.all_finite(K) and rt.all_finite(G_up):
                    _t1 = _c0
                _t0 += _t1
            if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(I) and rt.all_finite(K) and rt.all_finite(G_up):
                _t0 = _c0
            out_c[k + r, l + s] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_conv2d_vjp_K = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(H,W),(n2,n3),(n4,n5)->(n2,n3),()", cache=True)(_conv2d_vjp_K_core))
_conv2d_vjp_K_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(H,W),(n2,n3),(n4,n5)->(n2,n3),()", target="parallel", cache=True)(_conv2d_vjp_K_core))


def conv2d_vjp_K(I, K, G_up, out=None):
    r"""28. 2D Convolution (Without Stride/Padding): vjp kernel (layout (H,W),(n2,n3),(n4,n5)->(n2,n3)).

    $\frac{\partial \mathcal{L}}{\partial K(k, l)} = \sum_{y=s + 1}^{W - s} \sum_{x=r + 1}^{H - r} I(k + x, l + y) G_{x,y}$

    where:

    - $H$ is the height of the input image
    - $W$ is the width of the input image
    - $r$ is the vertical half-size of the kernel, which has $2r + 1$ rows
    - $s$ is the horizontal half-size of the kernel, which has $2s + 1$ columns
    - $x$ is the output row, from $r + 1$ to $H - r$
    - $y$ is the output column, from $s + 1$ to $W - s$
    - $I(k + x, l + y)$ is the input image (one channel), $H \times W$, indexed from $(1, 1)$
    - $K(k, l)$ is the kernel, $(2r + 1) \times (2s + 1)$, indexed from $(-r, -s)$ to $(r, s)$
    - $k$ is the index of the component differentiated by
    - $l$ is the index of the component differentiated by
    - $G_{x,y}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: I, K, G_up; out= an optional preallocated result.
    """
    I, K, G_up, = floats('conv2d_vjp_K', I, K, G_up)
    return call_gufunc(_conv2d_vjp_K, _conv2d_vjp_K_core, 'conv2d_vjp_K', '(H,W),(n2,n3),(n4,n5)->(n2,n3)', (I, K, G_up), [], out, parallel=_conv2d_vjp_K_threads)


def _conv_transpose2d_core(z, K, S, _shape0, out, _bad):
    z = rt.wide(z)
    K = rt.wide(K)
    H = z.shape[0]
    W = z.shape[1]
    kh = K.shape[0]
    kw = K.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(z, 0.0)
    _one = lit(z, 1.0)
    _c0 = lit(z, np.nan)
    for p in range(1, -S + kh + H*S + 1):
        for q in range(1, -S + kw + S*W + 1):
            _t0 = _zero
            for u in range(1, H + 1):
                _t1 = _zero
                for v in range(1, W + 1):
                    _t2 = _zero
                    for a in range(1, kh + 1):
                        _t3 = _zero
                        _t3_0 = _t3_1 = _t3_2 = _t3_3 = _zero
                        for b in range(1, 1 + (kw)//4*4, 4):
                            _t3_0 += (_one if p == a + S*(u - 1) else _zero)*(_one if q == b + S*(v - 1) else _zero)*K[a - 1, b - 1]*z[u - 1, v - 1]
                            _t3_1 += (_one if p == a + S*(u - 1) else _zero)*(_one if q == b + S*(v - 1) + 1 else _zero)*K[a - 1, b]*z[u - 1, v - 1]
                            _t3_2 += (_one if p == a + S*(u - 1) else _zero)*(_one if q == b + S*(v - 1) + 2 else _zero)*K[a - 1, b + 1]*z[u - 1, v - 1]
                            _t3_3 += (_one if p == a + S*(u - 1) else _zero)*(_one if q == b + S*(v - 1) + 3 else _zero)*K[a - 1, b + 2]*z[u - 1, v - 1]
                        _t3 += (_t3_0 + _t3_1) + (_t3_2 + _t3_3)
                        for b in range(1 + (kw)//4*4, kw + 1):
                            _t3 += (_one if p == a + S*(u - 1) else _zero)*(_one if q == b + S*(v - 1) else _zero)*K[a - 1, b - 1]*z[u - 1, v - 1]
                        if rt.OVERFLOWS and not np.isfinite(_t3) and rt.all_finite(z) and rt.all_finite(K):
                            _t3 = _c0
                        _t2 += _t3
                    if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(z) and rt.all_finite(K):
                        _t2 = _c0
                    _t1 += _t2
                if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(z) and rt.all_finite(K):
                    _t1 = _c0
                _t0 += _t1
            if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(z) and rt.all_finite(K):
                _t0 = _c0
            out_c[p - 1, q - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_conv_transpose2d = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], int64, float64[:, :], float64[:, :], float64[:])"], "(H,W),(kh,kw),(),(n4,n5)->(n4,n5),()", cache=True)(_conv_transpose2d_core))
_conv_transpose2d_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], int64, float64[:, :], float64[:, :], float64[:])"], "(H,W),(kh,kw),(),(n4,n5)->(n4,n5),()", target="parallel", cache=True)(_conv_transpose2d_core))


def conv_transpose2d(z, K, S, out=None):
    r"""29. Transposed Convolution: forward kernel (layout (H,W),(kh,kw),(),(n4,n5)->(n4,n5)).

    $Y(p, q) = \sum_{u=1}^{H} \sum_{v=1}^{W} \sum_{a=1}^{k_h} \sum_{b=1}^{k_w} z(u, v) K(a, b) \delta_{p,S \left(u - 1\right) + a} \delta_{q,S \left(v - 1\right) + b}$

    where:

    - $H$ is the height of the input map
    - $W$ is the width of the input map
    - $k_h$ is the height of the kernel
    - $k_w$ is the width of the kernel
    - $S$ is the stride, the factor by which the output is upsampled
    - $p$ is the output row, from 1 to $S(H - 1) + k_h$
    - $q$ is the output column, from 1 to $S(W - 1) + k_w$
    - $u$ is the input row
    - $v$ is the input column
    - $a$ is the kernel row
    - $b$ is the kernel column
    - $Y(p, q)$ is the output map $\operatorname{ConvTranspose}(z, K)$, of size $(S(H - 1) + k_h) \times (S(W - 1) + k_w)$
    - $z(u, v)$ is the input activation map, $H \times W$
    - $K(a, b)$ is the kernel, $k_h \times k_w$

    Arguments: z, K, S; out= an optional preallocated result.
    """
    z, K, = floats('conv_transpose2d', z, K)
    S, = ints('conv_transpose2d', S)
    rt.single('conv_transpose2d', 'S', S)
    rt.within('conv_transpose2d', 'S', S, 1.0, np.inf, False, True, 'a positive integer')
    H = rt.dim('conv_transpose2d', 'z', z, -2)
    W = rt.dim('conv_transpose2d', 'z', z, -1)
    kh = rt.dim('conv_transpose2d', 'K', K, -2)
    kw = rt.dim('conv_transpose2d', 'K', K, -1)
    return call_gufunc(_conv_transpose2d, _conv_transpose2d_core, 'conv_transpose2d', '(H,W),(kh,kw),(),(n4,n5)->(n4,n5)', (z, K, S), [(kh + S*(H - 1), kw + S*(W - 1), )], out, parallel=_conv_transpose2d_threads)


def _conv_transpose2d_vjp_K_core(z, K, G_up, out, _bad):
    z = rt.wide(z)
    K = rt.wide(K)
    G_up = rt.wide(G_up)
    H = z.shape[0]
    W = z.shape[1]
    kh = K.shape[0]
    kw = K.shape[1]
    S = (G_up.shape[0] - kh) // (H - 1)
    out_c = np.ascontiguousarray(out)
    _zero = lit(z, 0.0)
    _one = lit(z, 1.0)
    _c0 = lit(z, np.nan)
    for l in range(1, kh + 1):
        for r in range(1, kw + 1):
            _t0 = _zero
            for q in range(1, -S + kw + S*W + 1):
                _t1 = _zero
                _t3 = np.empty(H)
                for u in range(1, H + 1):
                    _t4 = _zero
                    _t4_0 = _t4_1 = _t4_2 = _t4_3 = _zero
                    for v in range(1, 1 + (W)//4*4, 4):
                        _t4_0 += (_one if q == -S + r + v*S else _zero)*z[u - 1, v - 1]
                        _t4_1 += (_one if q == -S + r + S*(v + 1) else _zero)*z[u - 1, v]
                        _t4_2 += (_one if q == -S + r + S*(v + 2) else _zero)*z[u - 1, v + 1]
                        _t4_3 += (_one if q == -S + r + S*(v + 3) else _zero)*z[u - 1, v + 2]
                    _t4 += (_t4_0 + _t4_1) + (_t4_2 + _t4_3)
                    for v in range(1 + (W)//4*4, W + 1):
                        _t4 += (_one if q == -S + r + v*S else _zero)*z[u - 1, v - 1]
                    if rt.OVERFLOWS and not np.isfinite(_t4) and rt.all_finite(z) and rt.all_finite(K) and rt.all_finite(G_up):
                        _t4 = _c0
                    _t3[u - 1] = _t4
                for p in range(1, -S + kh + H*S + 1):
                    _t2 = _zero
                    _t2_0 = _t2_1 = _t2_2 = _t2_3 = _zero
                    for u in range(1, 1 + (H)//4*4, 4):
                        _t2_0 += (_one if p == -S + l + u*S else _zero)*_t3[u - 1]
                        _t2_1 += (_one if p == -S + l + S*(u + 1) else _zero)*_t3[u]
                        _t2_2 += (_one if p == -S + l + S*(u + 2) else _zero)*_t3[u + 1]
                        _t2_3 += (_one if p == -S + l + S*(u + 3) else _zero)*_t3[u + 2]
                    _t2 += (_t2_0 + _t2_1) + (_t2_2 + _t2_3)
                    for u in range(1 + (H)//4*4, H + 1):
                        _t2 += (_one if p == -S + l + u*S else _zero)*_t3[u - 1]
                    if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(z) and rt.all_finite(K) and rt.all_finite(G_up):
                        _t2 = _c0
                    _t1 += _t2*G_up[p - 1, q - 1]
                if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(z) and rt.all_finite(K) and rt.all_finite(G_up):
                    _t1 = _c0
                _t0 += _t1
            if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(z) and rt.all_finite(K) and rt.all_finite(G_up):
                _t0 = _c0
            out_c[l - 1, r - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_conv_transpose2d_vjp_K = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(H,W),(kh,kw),(n4,n5)->(kh,kw),()", cache=True)(_conv_transpose2d_vjp_K_core))
_conv_transpose2d_vjp_K_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64[:, :], float64[:, :], float64[:])"], "(H,W),(kh,kw),(n4,n5)->(kh,kw),()", target="parallel", cache=True)(_conv_transpose2d_vjp_K_core))


def conv_transpose2d_vjp_K(z, K, G_up, out=None):
    r"""29. Transposed Convolution: vjp kernel (layout (H,W),(kh,kw),(n4,n5)->(kh,kw)).

    $\frac{\partial \mathcal{L}}{\partial K(l, r)} = \sum_{q=1}^{S W + k_w - S} \sum_{p=1}^{H S + k_h - S} G_{p,q} \sum_{u=1}^{H} \left(\sum_{v=1}^{W} z(u, v) \delta_{q,S v + r - S}\right) \delta_{p,S u + l - S}$

    where:

    - $H$ is the height of the input map
    - $W$ is the width of the input map
    - $k_h$ is the height of the kernel
    - $k_w$ is the width of the kernel
    - $S$ is the stride, the factor by which the output is upsampled
    - $p$ is the output row, from 1 to $S(H - 1) + k_h$
    - $q$ is the output column, from 1 to $S(W - 1) + k_w$
    - $u$ is the input row
    - $v$ is the input column
    - $z(u, v)$ is the input activation map, $H \times W$
    - $K(l, r)$ is the kernel, $k_h \times k_w$
    - $l$ is the index of the component differentiated by
    - $r$ is the index of the component differentiated by
    - $G_{p,q}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: z, K, G_up; out= an optional preallocated result.
    """
    z, K, G_up, = floats('conv_transpose2d_vjp_K', z, K, G_up)
    return call_gufunc(_conv_transpose2d_vjp_K, _conv_transpose2d_vjp_K_core, 'conv_transpose2d_vjp_K', '(H,W),(kh,kw),(n4,n5)->(kh,kw)', (z, K, G_up), [], out, parallel=_conv_transpose2d_vjp_K_threads)


def _max_pool2d_core(I, k, S, _shape0, out, _bad):
    I = rt.wide(I)
    H = I.shape[0]
    W = I.shape[1]
    out_c = np.ascontiguousarray(out)
    _c0 = lit(I, -np.inf)
    for x in range(1, (H - k) // (S) + 2):
        for y in range(1, (W - k) // (S) + 2):
            _t0 = _c0
            for p in range(1, k + 1):
                _t1 = _c0
                _t1_0 = _t1_1 = _t1_2 = _t1_3 = _t1
                _t1_n0 = _t1_n1 = _t1_n2 = _t1_n3 = False
                for q in range(1, 1 + (k)//4*4, 4):
                    _t1_x = I[-S + p + x*S - 1, -S + q + y*S - 1]
                    _t1_0 = max(_t1_0, _t1_x)
                    _t1_n0 |= _t1_x != _t1_x
                    _t1_x = I[-S + p + x*S - 1, -S + q + y*S]
                    _t1_1 = max(_t1_1, _t1_x)
                    _t1_n1 |= _t1_x != _t1_x
                    _t1_x = I[-S + p + x*S - 1, -S + q + y*S + 1]
                    _t1_2 = max(_t1_2, _t1_x)
                    _t1_n2 |= _t1_x != _t1_x
                    _t1_x = I[-S + p + x*S - 1, -S + q + y*S + 2]
                    _t1_3 = max(_t1_3, _t1_x)
                    _t1_n3 |= _t1_x != _t1_x
                if _t1_n0 | _t1_n1 | _t1_n2 | _t1_n3:
                    for q in range(1, 1 + (k)//4*4):
                        _t1 = np.maximum(_t1, I[-S + p + x*S - 1, -S + q + y*S - 1])
                else:
                    _t1 = np.maximum(_t1, np.maximum(np.maximum(_t1_0, _t1_1), np.maximum(_t1_2, _t1_3)))
                for q in range(1 + (k)//4*4, k + 1):
                    _t1 = np.maximum(_t1, I[-S + p + x*S - 1, -S + q + y*S - 1])
                _t0 = np.maximum(_t0, _t1)
            out_c[x - 1, y - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_max_pool2d = Lazy(lambda: numba.guvectorize(["void(float64[:, :], int64, int64, float64[:, :], float64[:, :], float64[:])"], "(H,W),(),(),(n2,n3)->(n2,n3),()", cache=True)(_max_pool2d_core))
_max_pool2d_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], int64, int64, float64[:, :], float64[:, :], float64[:])"], "(H,W),(),(),(n2,n3)->(n2,n3),()", target="parallel", cache=True)(_max_pool2d_core))


def max_pool2d(I, k, S, out=None):
    r"""30. Max Pooling (2D): forward kernel (layout (H,W),(),(),(n2,n3)->(n2,n3)).

    $\operatorname{MaxPool}(x, y) = \max_{1 \le p \le k} \max_{1 \le q \le k} I(S \left(x - 1\right) + p, S \left(y - 1\right) + q)$

    where:

    - $H$ is the height of the input feature map
    - $W$ is the width of the input feature map
    - $k$ is the side of the square pooling window
    - $S$ is the stride between windows
    - $x$ is the output row, from 1 to $\lfloor (H - k)/S \rfloor + 1$
    - $y$ is the output column, from 1 to $\lfloor (W - k)/S \rfloor + 1$
    - $p$ is the row offset inside the window
    - $q$ is the column offset inside the window
    - $\operatorname{MaxPool}(x, y)$ is the maximum of the $k \times k$ window of $I$ whose top-left entry is $I(S(x - 1) + 1, S(y - 1) + 1)$
    - $I(S \left(x - 1\right) + p, S \left(y - 1\right) + q)$ is the input feature map (one channel), $H \times W$; rows and columns after the last full window are not read

    Arguments: I, k, S; out= an optional preallocated result.
    """
    I, = floats('max_pool2d', I)
    k, S, = ints('max_pool2d', k, S)
    rt.single('max_pool2d', 'k', k)
    rt.within('max_pool2d', 'k', k, 1.0, np.inf, False, True, 'a positive integer')
    rt.single('max_pool2d', 'S', S)
    rt.within('max_pool2d', 'S', S, 1.0, np.inf, False, True, 'a positive integer')
    H = rt.dim('max_pool2d', 'I', I, -2)
    W = rt.dim('max_pool2d', 'I', I, -1)
    return call_gufunc(_max_pool2d, _max_pool2d_core, 'max_pool2d', '(H,W),(),(),(n2,n3)->(n2,n3)', (I, k, S), [((H - k) // (S) + 1, (W - k) // (S) + 1, )], out, parallel=_max_pool2d_threads)


def _avg_pool2d_core(I, k, S, _shape0, out, _bad):
    I = rt.wide(I)
    H = I.shape[0]
    W = I.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(I, 1.0)
    _zero = lit(I, 0.0)
    _c0 = lit(I, np.nan)
    _t0 = _one/(lit(I, k)*lit(I, k))
    for x in range(1, (H - k) // (S) + 2):
        for y in range(1, (W - k) // (S) + 2):
            _t1 = _zero
            for p in range(1, k + 1):
                _t2 = _zero
                _t2_0 = _t2_1 = _t2_2 = _t2_3 = _zero
                for q in range(1, 1 + (k)//4*4, 4):
                    _t2_0 += I[-S + p + x*S - 1, -S + q + y*S - 1]
                    _t2_1 += I[-S + p + x*S - 1, -S + q + y*S]
                    _t2_2 += I[-S + p + x*S - 1, -S + q + y*S + 1]
                    _t2_3 += I[-S + p + x*S - 1, -S + q + y*S + 2]
                _t2 += (_t2_0 + _t2_1) + (_t2_2 + _t2_3)
                for q in range(1 + (k)//4*4, k + 1):
                    _t2 += I[-S + p + x*S - 1, -S + q + y*S - 1]
                if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(I):
                    _t2 = _c0
                _t1 += _t2
            if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(I):
                _t1 = _c0
            out_c[x - 1, y - 1] = _t0*_t1
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_avg_pool2d = Lazy(lambda: numba.guvectorize(["void(float64[:, :], int64, int64, float64[:, :], float64[:, :], float64[:])"], "(H,W),(),(),(n2,n3)->(n2,n3),()", cache=True)(_avg_pool2d_core))
_avg_pool2d_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], int64, int64, float64[:, :], float64[:, :], float64[:])"], "(H,W),(),(),(n2,n3)->(n2,n3),()", target="parallel", cache=True)(_avg_pool2d_core))


def avg_pool2d(I, k, S, out=None):
    r"""31. Average Pooling (2D): forward kernel (layout (H,W),(),(),(n2,n3)->(n2,n3)).

    $\operatorname{AvgPool}(x, y) = \frac{1}{k^{2}} \sum_{p=1}^{k} \sum_{q=1}^{k} I(S \left(x - 1\right) + p, S \left(y - 1\right) + q)$

    where:

    - $H$ is the height of the input feature map
    - $W$ is the width of the input feature map
    - $k$ is the side of the square pooling window
    - $S$ is the stride between windows
    - $x$ is the output row, from 1 to $\lfloor (H - k)/S \rfloor + 1$
    - $y$ is the output column, from 1 to $\lfloor (W - k)/S \rfloor + 1$
    - $p$ is the row offset inside the window
    - $q$ is the column offset inside the window
    - $\operatorname{AvgPool}(x, y)$ is the mean of the $k \times k$ window of $I$ whose top-left entry is $I(S(x - 1) + 1, S(y - 1) + 1)$
    - $I(S \left(x - 1\right) + p, S \left(y - 1\right) + q)$ is the input feature map (one channel), $H \times W$; rows and columns after the last full window are not read

    Arguments: I, k, S; out= an optional preallocated result.
    """
    I, = floats('avg_pool2d', I)
    k, S, = ints('avg_pool2d', k, S)
    rt.single('avg_pool2d', 'k', k)
    rt.within('avg_pool2d', 'k', k, 1.0, np.inf, False, True, 'a positive integer')
    rt.single('avg_pool2d', 'S', S)
    rt.within('avg_pool2d', 'S', S, 1.0, np.inf, False, True, 'a positive integer')
    H = rt.dim('avg_pool2d', 'I', I, -2)
    W = rt.dim('avg_pool2d', 'I', I, -1)
    return call_gufunc(_avg_pool2d, _avg_pool2d_core, 'avg_pool2d', '(H,W),(),(),(n2,n3)->(n2,n3)', (I, k, S), [((H - k) // (S) + 1, (W - k) // (S) + 1, )], out, parallel=_avg_pool2d_threads)


def _avg_pool2d_vjp_I_core(I, G_up, k, S, out, _bad):
    I = rt.wide(I)
    G_up = rt.wide(G_up)
    H = I.shape[0]
    W = I.shape[1]
    out_c = np.ascontiguousarray(out)
    _one = lit(I, 1.0)
    _zero = lit(I, 0.0)
    _c0 = lit(I, np.nan)
    _t0 = _one/(lit(I, k)*lit(I, k))
    for l in range(1, H + 1):
        _t4 = np.empty((H - k) // (S) + 1)
        for x in range(1, (H - k) // (S) + 2):
            _t5 = _zero
            _t5_0 = _t5_1 = _t5_2 = _t5_3 = _zero
            for p in range(1, 1 + (k)//4*4, 4):
                _t5_0 += (_one if l == -S + p + x*S else _zero)
                _t5_1 += (_one if l == -S + p + x*S + 1 else _zero)
                _t5_2 += (_one if l == -S + p + x*S + 2 else _zero)
                _t5_3 += (_one if l == -S + p + x*S + 3 else _zero)
            _t5 += (_t5_0 + _t5_1) + (_t5_2 + _t5_3)
            for p in range(1 + (k)//4*4, k + 1):
                _t5 += (_one if l == -S + p + x*S else _zero)
            if rt.OVERFLOWS and not np.isfinite(_t5) and rt.all_finite(I) and rt.all_finite(G_up):
                _t5 = _c0
            _t4[x - 1] = _t5
        for r in range(1, W + 1):
            _t1 = _zero
            for y in range(1, (W - k) // (S) + 2):
                _t2 = _zero
                for x in range(1, (H - k) // (S) + 2):
                    if (k >= S + r - y*S) and (S + r - y*S >= 1):
                        _t3 = G_up[x - 1, y - 1]*_t4[x - 1]
                    else:
                        _t3 = _zero
                    _t2 += _t3
                if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(I) and rt.all_finite(G_up):
                    _t2 = _c0
                _t1 += _t2
            if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(I) and rt.all_finite(G_up):
                _t1 = _c0
            out_c[l - 1, r - 1] = _t0*_t1
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_avg_pool2d_vjp_I = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], int64, int64, float64[:, :], float64[:])"], "(H,W),(n2,n3),(),()->(H,W),()", cache=True)(_avg_pool2d_vjp_I_core))
_avg_pool2d_vjp_I_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], int64, int64, float64[:, :], float64[:])"], "(H,W),(n2,n3),(),()->(H,W),()", target="parallel", cache=True)(_avg_pool2d_vjp_I_core))


def avg_pool2d_vjp_I(I, G_up, k, S, out=None):
    r"""31. Average Pooling (2D): vjp kernel (layout (H,W),(n2,n3),(),()->(H,W)).

    $\frac{\partial \mathcal{L}}{\partial I(l, r)} = \frac{1}{k^{2}} \sum_{y=1}^{1 + \left\lfloor{\frac{W - k}{S}}\right\rfloor} \sum_{x=1}^{1 + \left\lfloor{\frac{H}{S} - \frac{k}{S}}\right\rfloor} \begin{cases} G_{x,y} \sum_{p=1}^{k} \delta_{l,S x + p - S} & \text{if } k \geq S + r - S y \wedge S + r - S y \geq 1 \\ 0 & \text{otherwise} \end{cases}$

    where:

    - $H$ is the height of the input feature map
    - $W$ is the width of the input feature map
    - $k$ is the side of the square pooling window
    - $S$ is the stride between windows
    - $x$ is the output row, from 1 to $\lfloor (H - k)/S \rfloor + 1$
    - $y$ is the output column, from 1 to $\lfloor (W - k)/S \rfloor + 1$
    - $p$ is the row offset inside the window
    - $I(l, r)$ is the input feature map (one channel), $H \times W$; rows and columns after the last full window are not read
    - $l$ is the index of the component differentiated by
    - $r$ is the index of the component differentiated by
    - $G_{x,y}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: I, G_up, k, S; out= an optional preallocated result.
    """
    I, G_up, = floats('avg_pool2d_vjp_I', I, G_up)
    k, S, = ints('avg_pool2d_vjp_I', k, S)
    rt.single('avg_pool2d_vjp_I', 'k', k)
    rt.within('avg_pool2d_vjp_I', 'k', k, 1.0, np.inf, False, True, 'a positive integer')
    rt.single('avg_pool2d_vjp_I', 'S', S)
    rt.within('avg_pool2d_vjp_I', 'S', S, 1.0, np.inf, False, True, 'a positive integer')
    return call_gufunc(_avg_pool2d_vjp_I, _avg_pool2d_vjp_I_core, 'avg_pool2d_vjp_I', '(H,W),(n2,n3),(),()->(H,W)', (I, G_up, k, S), [], out, parallel=_avg_pool2d_vjp_I_threads)
