"""Convolution and pooling on one channel: seed entries 28-31."""
from __future__ import annotations

import sympy as sp

from symbolic.declare import Definition, equation
from symbolic.reductions import MaxOver

FAMILY = "convolution"


@equation(28, "conv2d", "2D Convolution (Without Stride/Padding)", family=FAMILY,
          notes="As in the seed and in deep-learning libraries, this is cross-correlation (the kernel is "
                "not flipped); true convolution would read I(x - u, y - v). The output is defined at the "
                "valid positions only, where the kernel lies inside the image.")
def conv2d(v):
    H = v.size("H", "H", "the height of the input image")
    W = v.size("W", "W", "the width of the input image")
    r = v.size("r", "r", "the vertical half-size of the kernel, which has $2r + 1$ rows")
    s = v.size("s", "s", "the horizontal half-size of the kernel, which has $2s + 1$ columns")
    x = v.index("x", "x", "the output row, from $r + 1$ to $H - r$")
    y = v.index("y", "y", "the output column, from $s + 1$ to $W - s$")
    u = v.index("u", "u", "the vertical kernel offset")
    w = v.index("v", "v", "the horizontal kernel offset")
    S = v.output("S", r"(I * K)(#1, #2)", "the output feature map at row $x$ and column $y$",
                 shape=(H - 2 * r, W - 2 * s), origin=(r + 1, s + 1))
    I = v.input("I", "I(#1, #2)", "the input image (one channel), $H \\times W$, indexed from $(1, 1)$",
                shape=(H, W))
    K = v.parameter("K", "K(#1, #2)", "the kernel, $(2r + 1) \\times (2s + 1)$, indexed from "
                    "$(-r, -s)$ to $(r, s)$", shape=(2 * r + 1, 2 * s + 1), origin=(-r, -s))
    return Definition(S[x, y], sp.Sum(I[x + u, y + w] * K[u, w], (w, -s, s), (u, -r, r)))


@equation(29, "conv_transpose2d", "Transposed Convolution", family=FAMILY,
          notes="The seed's Upsample(K, stride) is not a definition; this is the standard scatter form: each "
                "input value z(u, v) adds z(u, v) K to the output window at (S(u - 1) + 1, S(v - 1) + 1). "
                "Equivalently Y(p, q) = sum_u sum_v z(u, v) K(p - S(u - 1), q - S(v - 1)) with K zero "
                "outside its support; no padding, output padding or dilation.")
def conv_transpose2d(v):
    H = v.size("H", "H", "the height of the input map")
    W = v.size("W", "W", "the width of the input map")
    k_h = v.size("kh", "k_h", "the height of the kernel")
    k_w = v.size("kw", "k_w", "the width of the kernel")
    S = v.size("S", "S", "the stride, the factor by which the output is upsampled")
    p = v.index("p", "p", "the output row, from 1 to $S(H - 1) + k_h$")
    q = v.index("q", "q", "the output column, from 1 to $S(W - 1) + k_w$")
    u = v.index("u", "u", "the input row")
    w = v.index("v", "v", "the input column")
    a = v.index("a", "a", "the kernel row")
    b = v.index("b", "b", "the kernel column")
    Y = v.output("Y", "Y(#1, #2)", "the output map $\\operatorname{ConvTranspose}(z, K)$, of size "
                 "$(S(H - 1) + k_h) \\times (S(W - 1) + k_w)$",
                 shape=(S * (H - 1) + k_h, S * (W - 1) + k_w))
    z = v.input("z", "z(#1, #2)", "the input activation map, $H \\times W$", shape=(H, W))
    K = v.parameter("K", "K(#1, #2)", "the kernel, $k_h \\times k_w$", shape=(k_h, k_w))
    scatter = (z[u, w] * K[a, b] * sp.KroneckerDelta(p, S * (u - 1) + a)
               * sp.KroneckerDelta(q, S * (w - 1) + b))
    # the kernel indices are innermost, so summing a delta out solves it with a unit coefficient
    return Definition(Y[p, q], sp.Sum(scatter, (b, 1, k_w), (a, 1, k_h), (w, 1, W), (u, 1, H)))


def _pooling(v, name, latex, what):
    """The shared declarations of 2-D pooling: k x k windows at stride S, no padding."""
    H = v.size("H", "H", "the height of the input feature map")
    W = v.size("W", "W", "the width of the input feature map")
    k = v.size("k", "k", "the side of the square pooling window")
    S = v.size("S", "S", "the stride between windows")
    x = v.index("x", "x", "the output row, from 1 to $\\lfloor (H - k)/S \\rfloor + 1$")
    y = v.index("y", "y", "the output column, from 1 to $\\lfloor (W - k)/S \\rfloor + 1$")
    p = v.index("p", "p", "the row offset inside the window")
    q = v.index("q", "q", "the column offset inside the window")
    out = v.output(name, latex, f"the {what} of the $k \\times k$ window of $I$ whose top-left entry is "
                   "$I(S(x - 1) + 1, S(y - 1) + 1)$",
                   shape=(sp.floor((H - k) / S) + 1, sp.floor((W - k) / S) + 1))
    I = v.input("I", "I(#1, #2)", "the input feature map (one channel), $H \\times W$; rows and columns "
                "after the last full window are not read", shape=(H, W))
    return out[x, y], I[S * (x - 1) + p, S * (y - 1) + q], k, (p, 1, k), (q, 1, k)


_WINDOW_NOTE = ("The seed's receptive field R_{x,y} around (x, y) is made precise as the k x k window at "
                "stride S without padding (the usual setting S = k gives non-overlapping windows).")


@equation(30, "max_pool2d", "Max Pooling (2D)", family=FAMILY, notes=_WINDOW_NOTE)
def max_pool2d(v):
    lhs, window, _, rows, cols = _pooling(v, "max_pool", r"\operatorname{MaxPool}(#1, #2)", "maximum")
    return Definition(lhs, MaxOver(window, cols, rows))


@equation(31, "avg_pool2d", "Average Pooling (2D)", family=FAMILY,
          notes=_WINDOW_NOTE + " The region size |R_{x,y}| is then k^2.")
def avg_pool2d(v):
    lhs, window, k, rows, cols = _pooling(v, "avg_pool", r"\operatorname{AvgPool}(#1, #2)", "mean")
    return Definition(lhs, sp.Sum(window, cols, rows) / k ** 2)


EQUATIONS = (conv2d, conv_transpose2d, max_pool2d, avg_pool2d)
