# Generated from codegen/templates/runtime.py.tmpl by `make generate`. Do not edit.
# Compiled with _elementary.py c67672aec0571538.
"""What every generated kernel module shares: typed constants, stable helpers, lazy compilation
and the checks of the entry points. Imports only NumPy and Numba.

Compiled kernels use fastmath off; Numba's ufunc builder always compiles vectorize and
guvectorize kernels with error_model="numpy" (x/0 gives inf or nan, never an exception), and
the njit kernels here ask for it explicitly.
"""
import contextlib
import functools
import hashlib
import math
import os
import tempfile
import threading
import time
import types as types_module

import numba
import numpy as np
from numba import types
from numba.extending import overload

from generated._elementary import _SIGN_MASK, exp, exp32, exp_neg, exp_neg32, expm1, f2i, fma, fma32, i2f, log, log1p, log1p32, tanh  # noqa: F401

JIT = dict(cache=True, fastmath=False, error_model="numpy")
# float64 sums can overflow here (a compile-time constant in the kernels); not on the extended path
OVERFLOWS = True


def lit(like, value):
    """``value`` as a number of the float type of ``like`` (a scalar or an array)."""
    return np.asarray(like).dtype.type(value)


@overload(lit, jit_options=JIT)
def _lit(like, value):
    dtype = like.dtype if isinstance(like, types.Array) else like

    def impl(like, value):
        return dtype(value)
    return impl


def wide(x):
    """``x`` in float64: kernels compute in float64 and round a float32 result once, at the store."""
    return np.asarray(x, dtype=np.float64)


@overload(wide, jit_options=JIT)
def _wide(x):
    # arrays come out C-contiguous (a view where the core slice already is: a gufunc passes
    # any-layout arrays, and LLVM vectorizes no loop over an array of unknown stride)
    if isinstance(x, types.Array):
        if x.dtype == types.float64:
            return lambda x: np.ascontiguousarray(x)
        return lambda x: x.astype(np.float64)
    if x == types.float64:
        return lambda x: x
    return lambda x: np.float64(x)


def at(a, i):
    """Entry i of an elementwise loop's argument: a[i] of a flat array, a itself of a scalar (an
    argument that call_ufunc passes as one value, as ELU's alpha)."""
    return a if np.ndim(a) == 0 else a[i]


@overload(at, jit_options=JIT)
def _at(a, i):
    if isinstance(a, types.Array):
        return lambda a, i: a[i]
    return lambda a, i: a


@numba.njit(**JIT)
def all_finite(a):
    """Every entry of the array a is finite."""
    for v in a.flat:
        if not np.isfinite(v):
            return False
    return True


@numba.njit(**JIT)
def total(x):
    """The sum of the vector x in four partial sums (entries 4i, 4i + 1, 4i + 2, 4i + 3), added
    pairwise at the end, then the last n mod 4 entries: independent additions, which LLVM
    vectorizes, where one running sum waits on each addition. Its rounding error bound is that of
    a running sum over n / 4 + 2 terms, not n - 1."""
    n = x.size
    s0 = s1 = s2 = s3 = x.dtype.type(0)
    i = 0
    while i + 4 <= n:
        s0 += x[i]
        s1 += x[i + 1]
        s2 += x[i + 2]
        s3 += x[i + 3]
        i += 4
    s = (s0 + s1) + (s2 + s3)
    for k in range(i, n):
        s += x[k]
    return s


def twin(f, name):
    """f under another name, for a second build of it with other options (an in-place step's
    parallel=True build). Numba keys its on-disk cache by the function's name and bytecode, not by
    the build's options: built from f itself, the two builds would load each other's code."""
    code = f.__code__.replace(co_name=name)
    if hasattr(code, "co_qualname"):
        code = code.replace(co_qualname=name)
    g = types_module.FunctionType(code, f.__globals__, name, f.__defaults__, f.__closure__)
    g.__qualname__ = name
    g.__module__ = f.__module__
    return g


def _count_nonfinite(a):
    """How many entries of the 1-d array a are inf or NaN: one compare per entry and an integer
    sum, which LLVM vectorizes (all_finite's early exit keeps it scalar). prange is range in the
    one-thread build; the threaded one is for results of at least PARALLEL_MIN entries."""
    n = 0
    for i in numba.prange(a.size):
        n += not (np.abs(a[i]) < np.inf)
    return n


count_nonfinite = numba.njit(**JIT)(_count_nonfinite)
count_nonfinite_threads = numba.njit(parallel=True, **JIT)(twin(_count_nonfinite, "_count_nonfinite_threads"))


@numba.njit(**JIT)
def nonfinite(a):
    """How many entries of the C-contiguous array a are inf or NaN (a gufunc core's results, counted
    into its flag output while they are in cache)."""
    return count_nonfinite(a.reshape(a.size))


def _tiled_copy(a, out):
    """out[i, j] = a[i, j] for a 2-d float array a of any strides, in tiles of 256 rows and 8
    columns, into out (float64, C-contiguous): a transposed view is read 2 KiB at a time along
    its contiguous first axis and written 64 bytes (a cache line) at a time, where a row-by-row
    copy reads one cache line, and one page, per element. 256 x 8 measured 7.7 ms for 4096 x 1024
    float64 on two threads; 32 x 32 12.3 ms, 128 x 16 10.1 ms."""
    n, m = a.shape
    for b in numba.prange((n + 255) // 256):
        i0 = b * 256
        i1 = min(i0 + 256, n)
        for j0 in range(0, m, 8):
            j1 = min(j0 + 8, m)
            for i in range(i0, i1):
                for j in range(j0, j1):
                    out[i, j] = a[i, j]


tiled_copy = numba.njit(**JIT)(_tiled_copy)
tiled_copy_threads = numba.njit(parallel=True, **JIT)(twin(_tiled_copy, "_tiled_copy_threads"))


SCRATCH_MIN = 1 << 17  # float64 entries (1 MiB): below it NumPy reuses freed memory anyway
_scratch = threading.local()


def scratch(slot, shape):
    """A float64 array of ``shape`` for the copy of a call's argument ``slot`` (c_order), kept per
    thread and slot while the shape stays the same. A fresh array of 1 MiB or more is fresh memory
    that the kernel zeroes page by page on first touch: 6.0 ms for 32 MB, against 10.8 ms for the
    whole transposing copy into a buffer already touched (a batch norm of 4096 x 1024 takes 20).
    Retained: one buffer per argument that needed a copy, per calling thread."""
    size = math.prod(shape)
    if size < SCRATCH_MIN:
        return np.empty(shape)
    bufs = getattr(_scratch, "bufs", None)
    if bufs is None:
        bufs = _scratch.bufs = {}
    buf = bufs.get(slot)
    if buf is None or buf.shape != tuple(shape):
        buf = bufs[slot] = np.empty(shape)
    return buf


def c_order(a, slot=0):
    """a as a C-contiguous float64 array: for a gufunc argument whose last axis is strided (a
    transposed view, as batch norm's (batch, channel) data passed as (channel, batch)), one tiled
    copy of the whole array, where each core call would gather its strided slice (measured in the
    README's Contiguous views). Other arrays: as they are, or widened to float64. A copy goes into
    the buffer ``scratch(slot, ...)``: it lives until the call returns, and the next call of the
    same thread reuses it."""
    if a.ndim == 2 and a.size >= 4096 and a.strides[1] != a.itemsize:
        out = scratch(slot, a.shape)
        with threads(a.size) as threaded:
            (tiled_copy_threads if threaded else tiled_copy)(a, out)
        return out
    if a.dtype != np.float64:
        out = scratch(slot, a.shape)
        np.copyto(out, a)
        return out
    return a


@numba.njit(**JIT)
def dot(a, b):
    """np.dot of matrices or a matrix and a vector, with NaN for the whole product where it is not
    finite although a and b are: a partial sum that overflowed (inf - inf, or an inf whose true
    value is finite, which tanh or a sigmoid would turn into a finite wrong number). The NaN
    reaches the result, and the entry point recomputes that batch element on the extended-range
    path. A plain compiled function, not an overload: compiled once per signature and cached,
    where an overload is compiled again into every kernel that calls it."""
    r = np.dot(a, b)
    if not all_finite(r) and all_finite(a) and all_finite(b):
        r.reshape(-1)[:] = np.nan
    return r


@numba.njit(**JIT)
def given(p):
    """A batch product the entry point computed (call_gufunc's products) is used where every
    entry is finite; elsewhere the core recomputes it (vecmat, matvec) with rt.dot's NaN rule.
    Counted (count_nonfinite vectorizes; all_finite's early exit does not): 256 rows of 512,
    66 to 20 us on one thread, the work of one LSTM gate's two products."""
    return nonfinite(np.ascontiguousarray(p)) == 0


@numba.njit(**JIT)
def vecmat(x, m):
    """np.dot of a vector and a matrix in plain loops (no BLAS: the core may run on threads),
    NaN for the whole product where it is not finite although x and m are (see dot)."""
    r = np.zeros(m.shape[1])
    for k in range(m.shape[0]):
        for j in range(m.shape[1]):
            r[j] += x[k] * m[k, j]
    if not all_finite(r) and all_finite(x) and all_finite(m):
        r[:] = np.nan
    return r


@numba.njit(**JIT)
def matvec(m, x):
    """np.dot of a matrix and a vector in plain loops: see vecmat."""
    r = np.zeros(m.shape[0])
    for i in range(m.shape[0]):
        for k in range(m.shape[1]):
            r[i] += m[i, k] * x[k]
    if not all_finite(r) and all_finite(x) and all_finite(m):
        r[:] = np.nan
    return r


def batch_product(a, ta, b, tb, vector_first):
    """The products np.dot(a', b') of every batch element (a' = a.T where ta, likewise b'), a'
    a core vector and b' a core matrix when ``vector_first``, else the other way round, in
    float64 as the cores compute: one BLAS matrix product when the matrix has no batch axes (an
    LSTM's weights), else a stack of matrix-vector products."""
    # C-contiguous operands: BLAS's summation order must not depend on the caller's strides (a
    # view gives the bits its copy gives)
    a = np.ascontiguousarray(a, dtype=np.float64)
    b = np.ascontiguousarray(b, dtype=np.float64)
    with np.errstate(all="ignore"):  # an overflow here is recomputed in the core
        if vector_first:  # x (..., k) times m' (..., k, j)
            m = np.swapaxes(b, -1, -2) if tb else b
            if m.ndim == 2:
                return _blas_spins(a @ m, m.shape[0])
            return np.matmul(a[..., None, :], m)[..., 0, :]
        m = np.swapaxes(a, -1, -2) if ta else a  # m' (..., i, k) times y (..., k)
        if m.ndim == 2:
            return _blas_spins(b @ m.T, m.shape[1])
        return np.matmul(m, b[..., None])[..., 0]


def _blas_spins(product, k):
    """A matrix product of ``k`` terms a value just made: where OpenBLAS ran it on its threads
    (from m n k >= 2^18 on: its gemm's threshold, 65536 times GEMM_MULTITHREAD_THRESHOLD = 4),
    threads() keeps the next calls on one thread for BLAS_SPIN seconds."""
    global _blas_busy_until
    if product.size * k >= 1 << 18:
        _blas_busy_until = time.perf_counter() + BLAS_SPIN
    return product


@numba.njit(**JIT)
def vdot(a, b):
    """np.dot of two vectors (a scalar), NaN where it is not finite although a and b are: see dot."""
    r = np.dot(a, b)
    if not np.isfinite(r) and all_finite(a) and all_finite(b):
        return r * np.nan
    return r


@numba.njit(**JIT)
def sigmoid(x):
    """1 / (1 + e^{-x}) without overflow: e^{x} / (1 + e^{x}) for x < 0; one exp and one
    division, no branch (so a loop of it vectorizes)."""
    e = exp_neg(-np.abs(x))
    return (lit(x, 1) if x >= 0 else e) / (lit(x, 1) + e)


@numba.njit(**JIT)
def sigmoid32(x):
    """sigmoid in float32 for a float32 x (a native float32 core: codegen/kernel_files.py
    NATIVE_FLOAT32), through exp_neg32; the rounding of 1 + e is carried and the quotient
    corrected once: at most 1.45 float32 ulps, where the plain quotient reaches 2.3. One division:
    the reciprocal of d serves the quotient and its correction (the form with num / d and rem / d
    measured 0.56 ns a value on one thread in cache with exp32, this one 0.45, the same 1.45 ulps
    at most over 5e6 points)."""
    one = np.float32(1)
    e = exp_neg32(-np.abs(x))
    num = one if x >= 0 else e
    d = one + e
    de = e - (d - one)                   # exact: (1 + e) - d (Fast2Sum)
    rd = one / d
    q = num * rd
    rem = fma32(-q, de, fma32(-q, d, num))   # num - q (d + de), to first order
    return fma32(rem, rd, q)


@numba.njit(**JIT)
def sigmoid_slope(x):
    """sigma(x) sigma(-x), the sigmoid's derivative: e / (1 + e)^2 with e = exp(-|x|) <= 1, one
    division and no overflow."""
    e = exp_neg(-np.abs(x))
    return e / ((e + lit(x, 1)) * (e + lit(x, 1)))


@numba.njit(**JIT)
def sigmoid_slope32(x):
    """sigmoid_slope in float32 for a float32 x (a native float32 core), through exp_neg32: d = 1 + e
    and its rounding carried (d^2 as d*d plus its fma error and 2 d de), the quotient corrected
    once, with one division (the reciprocal of d^2, as in sigmoid32). At most 1.46 float32 ulps
    over 4e6 points against float64's e / (1 + e)^2 in x87 long double; the plain float32 quotient
    e / (d*d) reaches 4.04."""
    one = np.float32(1)
    e = exp_neg32(-np.abs(x))
    d = one + e
    de = e - (d - one)                   # exact: (1 + e) - d (Fast2Sum)
    dd = d * d
    dde = fma32(d, d, -dd) + np.float32(2) * d * de  # (1 + e)^2 - dd, to first order
    rdd = one / dd
    q = e * rdd
    rem = fma32(-q, dde, fma32(-q, dd, e))   # e - q (1 + e)^2, to first order
    return fma32(rem, rdd, q)


# exp, log1p, sigmoid and sigmoid_slope of either float type: the float32 forms for a float32
# argument, the float64 ones otherwise. Only native float32 cores call these (codegen/kernel_files.py
# NATIVE_FLOAT32): one core serves both dtypes. Overloads are compiled into each kernel that calls
# them, so the other kernels call exp, log1p, sigmoid and sigmoid_slope directly.
def exp_t(x):
    return exp32(x) if isinstance(x, np.float32) else exp(x)


def exp_neg_t(x):
    return exp_neg32(x) if isinstance(x, np.float32) else exp_neg(x)


def log1p_t(x):
    return log1p32(x) if isinstance(x, np.float32) else log1p(x)


def sigmoid_t(x):
    return sigmoid32(x) if isinstance(x, np.float32) else sigmoid(x)


def sigmoid_slope_t(x):
    return sigmoid_slope32(x) if isinstance(x, np.float32) else sigmoid_slope(x)


def _either(f32, f64):
    def typer(x):
        return (lambda x: f32(x)) if x == types.float32 else (lambda x: f64(x))
    return typer


overload(exp_t, jit_options=JIT)(_either(exp32, exp))
overload(exp_neg_t, jit_options=JIT)(_either(exp_neg32, exp_neg))
overload(log1p_t, jit_options=JIT)(_either(log1p32, log1p))
overload(sigmoid_t, jit_options=JIT)(_either(sigmoid32, sigmoid))
overload(sigmoid_slope_t, jit_options=JIT)(_either(sigmoid_slope32, sigmoid_slope))


@numba.njit(**JIT)
def xlogy(x, y):
    """x log y, and 0 when x = 0 (x log x -> 0); NaN in y stays NaN."""
    r = x * log(y)
    return lit(x, 0) if (x == 0) & (y == y) else r


@numba.njit(**JIT)
def renormalize(m, e):
    """m 2^e as (f, e') with f in [0.5, 1) (0, inf and NaN unchanged): a running product that
    cannot overflow or underflow, its binary exponent kept apart as an integer."""
    f, x = math.frexp(m)
    return lit(m, f), e + x


@numba.njit(**JIT)
def inverse_root(m, e, n):
    """(m 2^e)^(-1/n) for the renormalized product m 2^e of n terms: -e = q n + r exactly in
    integers, so 2^(-e/n) = 2^q 2^(r/n) and no rounded exponent is multiplied by a large power."""
    if n == 0:
        return lit(m, 1)
    if not (m > 0) or m == np.inf:  # NaN stays NaN; a zero factor gives inf, an inf factor 0
        return lit(m, 1) / m if m == m else m
    q, r = divmod(-e, n)
    scale = np.exp2(np.float64(r) / n) * np.exp(-np.log(np.float64(m)) / n)
    return lit(m, math.ldexp(scale, q))


@numba.njit(**JIT)
def split(x):
    """x as (m, e) with x = m 2^e and m in [0.5, 1), like math.frexp ((x, 0) for 0, inf and NaN),
    from the bits (subnormals scaled by 2^54 first): no libm call, so a loop using it vectorizes.
    The scaling multiplies min(|x|, 1), its sign put back from x's bits: LLVM computes both arms
    of the select, and x * 2^54 overflowed for |x| >= 2^970 where it was not even used, which
    NumPy reported after a ufunc call as "overflow encountered" (selu at lambda = 1e300, a
    finite result). Exact, so the same bits."""
    x = np.float64(x)
    tiny = np.abs(x) < 2.2250738585072014e-308
    b = (f2i(min(np.abs(x), 1.0) * 18014398509481984.0) | (f2i(x) & _SIGN_MASK)) if tiny else f2i(x)
    e = ((b >> 52) & 0x7ff) - (1022 + 54 if tiny else 1022)
    m = i2f((b & -0x7ff0000000000001) | 0x3fe0000000000000)
    plain = (x == 0) | ~(np.abs(x) < np.inf)
    return (x if plain else m), (0 if plain else e)


@numba.njit(**JIT)
def pow2(k):
    """2^k for an integer k in [-1074, 1023] (subnormal below -1022), from the bits."""
    normal = i2f((max(k, -1022) + 1023) << 52)
    subnormal = i2f(np.int64(1) << min(max(k + 1074, 0), 51))
    return normal if k >= -1022 else subnormal


@numba.njit(**JIT)
def scale(r, e):
    """r 2^e rounded once, for r in (0.25, 2) (or 0, inf, NaN) and any integer e, like
    math.ldexp: r 2^e1 is exact (normal), the second factor rounds, underflows or overflows."""
    e = min(max(e, -2094), 2046)
    e1 = min(max(e, -1020), 1023)
    return r * pow2(e1) * pow2(e - e1)


# Inlined in Numba's IR where they are called: LLVM's inliner left a call to each in the loops
# (SELU's, RMSProp's, Adam's), and a loop with a call in it stays scalar. quotient3 in a loop
# over 16384 values: 12.95 ns a value called, 1.59 inlined (512-bit instructions); same bits.
INLINED = dict(JIT, inline="always")


@numba.njit(**INLINED)
def product3(a, b, c):
    """a b c rounded once in magnitude: mantissas in [0.5, 1) multiplied, exponents added, so no
    partial product overflows or underflows."""
    ma, ea = split(a)
    mb, eb = split(b)
    mc, ec = split(c)
    return lit(a, scale(ma * mb * mc, ea + eb + ec))


@numba.njit(**INLINED)
def quotient3(a, b, c):
    """a b / c from mantissas in [0.5, 1) (two roundings) and exponents added and subtracted, so
    neither a b nor b / c overflows or underflows on the way; c = 0 gives inf (0 b / 0 NaN)."""
    ma, ea = split(a)
    mb, eb = split(b)
    mc, ec = split(c)
    return lit(a, scale(ma * mb / mc, ea + eb - ec))


@numba.njit(**JIT)
def quotient3_plain(a, b, c):
    """a b / c in float64, rounded to a's type: quotient3's bits wherever quotient3_plain_exact
    holds (the in-place steps' plain form, see codegen/kernel_files.update_source)."""
    return lit(a, np.float64(a) * np.float64(b) / np.float64(c))


@numba.njit(**JIT)
def quotient3_plain_exact(a, b, c):
    """Whether quotient3_plain(a, b, c) has quotient3's bits: a b and a b / c are normal float64
    numbers (or a b is an exact 0), so scaling by powers of two, which is all that quotient3 adds,
    is exact; both round the same two operations. Always true for float32 values but c = 0."""
    p = np.float64(a) * np.float64(b)
    q = p / np.float64(c)
    tiny, huge = 2.2250738585072014e-308, 1.7976931348623157e308
    p_ok = ((np.abs(p) >= tiny) & (np.abs(p) <= huge)) | ((p == 0) & ((a == 0) | (b == 0)))
    q_ok = ((np.abs(q) >= tiny) & (np.abs(q) <= huge)) | ((q == 0) & (p == 0))
    return p_ok & q_ok


@numba.njit(**INLINED)
def hypot(a, b):
    """sqrt(a^2 + b^2) with no overflow or underflow in the squares: both scaled by the power of
    two of the larger (exact), the sum of squares with one fused multiply-add. inf wins over NaN,
    as in C's hypot. No libm call, so a loop using it vectorizes."""
    x = np.abs(np.float64(a))
    y = np.abs(np.float64(b))
    big = max(x, y)
    small = min(x, y)
    k = min(max(((f2i(big) >> 52) & 0x7ff) - 1023, -1000), 1000)
    down = pow2(-k)
    u = big * down
    v = small * down
    h = np.sqrt(fma(u, u, v * v)) * pow2(k)
    h = big if small == 0 else h
    h = x + y if (x != x) | (y != y) else h
    h = np.inf if (x == np.inf) | (y == np.inf) else h
    return lit(a, h)


@numba.njit(**JIT)
def finite_or(a, b):
    """a where it is finite, else b; both already computed (a select, which vectorizes)."""
    return a if np.abs(a) < np.inf else b


@numba.njit(**JIT)
def noise(x):
    """x times float64's unit roundoff 2^-53 (kernels compute in float64): see
    symbolic.functions.rounding_noise."""
    return x * 1.1102230246251565e-16


@numba.njit(**JIT)
def xlog1py(x, y):
    """x log(1 + y), and 0 when x = 0 (also at y = -1); NaN in y stays NaN."""
    r = x * log1p(y)
    return lit(x, 0) if (x == 0) & (y == y) else r


@numba.njit(**JIT)
def xdivy(x, y):
    """x / y, and 0 when x = 0 (the derivative of xlogy in y); NaN in y stays NaN."""
    r = x / y
    return lit(x, 0) if (x == 0) & (y == y) else r


@numba.njit(**JIT)
def relentr(x, y):
    """x log(x / y), and 0 when x = 0 (also at y = 0); NaN in y stays NaN."""
    r = x * log(x / y)
    return lit(x, 0) if (x == 0) & (y == y) else r


try:
    import fcntl
except ImportError:  # not POSIX: builds are serialised within the process only
    fcntl = None

_IN_PROCESS = threading.RLock()


@contextlib.contextmanager
def compile_lock():
    """Hold while building kernels: one thread, and one process per Numba cache, at a time.

    Numba 0.68 caches a gufunc's loop wrapper apart from its kernel, and names the kernel with a
    per-process counter. Two processes that compile and save the same gufunc at once can leave a
    wrapper that calls the other's kernel, and the next process to load them crashes (numba issue
    10128). Holding this lock, a process either loads a whole consistent entry or writes one.
    """
    key = f"{os.path.dirname(os.path.abspath(__file__))}|{numba.config.CACHE_DIR}"
    name = f"dleq-numba-{hashlib.sha256(key.encode()).hexdigest()[:16]}.lock"
    with _IN_PROCESS:
        try:
            fd = os.open(os.path.join(tempfile.gettempdir(), name), os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:  # no writable temporary directory: the process lock alone
            fd = None
        try:
            if fd is not None and fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            if fd is not None:
                os.close(fd)  # closing the descriptor releases the file lock


class Lazy:
    """A compiled kernel built on first use (nothing compiles when a module is imported)."""

    def __init__(self, build):
        self._build = build
        self._compiled = None

    def get(self):
        if self._compiled is None:
            with compile_lock():
                if self._compiled is None:
                    self._compiled = self._build()
        return self._compiled


def floats(kernel, *values):
    """The arguments as arrays of one float dtype, NumPy's (NEP 50): the arrays' and NumPy
    scalars' type, float32 when all of them are float32 (or float16), float64 when one is float64
    or an integer array; Python numbers (a learning rate, ELU's alpha) take that type, as in
    NumPy's x * 0.9, and the in-place steps' hyperparameters (scalars()); float64 when every
    argument is a Python number. Other dtypes are a TypeError."""
    quick = _same_floats(values)
    if quick is not None:
        return quick
    arrays = [np.asarray(v) for v in values]
    for a in arrays:
        if a.dtype.kind not in "biuf":
            raise TypeError(f"{kernel}: expected real numbers, got an array of dtype {a.dtype}")
    typed = [a.dtype for a, v in zip(arrays, values) if type(v) not in (bool, int, float)]  # np.float64 is strong
    dtype = np.result_type(*typed, np.float32) if typed else np.dtype(np.float64)
    if dtype.kind != "f" or dtype.itemsize > 8:
        dtype = np.dtype(np.float64)
    with np.errstate(over="ignore"):
        out = [a.astype(dtype, copy=False) for a in arrays]
    for v, a in zip(values, out):  # a Python number that float32 cannot hold: an error, not inf or 0
        if type(v) is float and dtype == np.float32 and np.isfinite(v) and (not np.isfinite(a) or (v != 0 and a == 0)):
            raise ValueError(f"{kernel}: the Python number {v!r} {'overflows' if not np.isfinite(a) else 'underflows to 0'} "
                             f"in float32, the arrays' dtype; pass it as np.float64({v!r}) for float64 results")
    return out


_F64, _F32 = np.dtype(np.float64), np.dtype(np.float32)
_EXACT = 2 ** 53


def _same_floats(values):
    """floats' answer without its conversions, for the common call: NumPy arrays (not
    subclasses) of one float dtype, and Python floats and integers (up to 2^53) among float64
    arrays (float32 ones take the overflow check). None otherwise. A call of sigmoid over 1000
    values spent 3.4 us in floats, where the kernel's loop takes 1.3."""
    dtype, numbers = None, False
    for v in values:
        if type(v) is np.ndarray:
            if dtype is None:
                dtype = v.dtype
                if dtype != _F64 and dtype != _F32:
                    return None
            elif v.dtype != dtype:
                return None
        elif type(v) is float or (type(v) is int and -_EXACT <= v <= _EXACT):  # exact in float64
            numbers = True
        else:
            return None
    if dtype is None or (numbers and dtype != _F64):
        return None
    return [v if type(v) is np.ndarray else np.asarray(v, dtype) for v in values] if numbers else list(values)


def ints(kernel, *values):
    """Integer arguments (positions, sizes) as int64; a fractional value is a TypeError."""
    out = []
    for v in values:
        a = np.asarray(v)
        if a.dtype.kind == "f" and np.all(a == np.floor(a)):
            a = a.astype(np.int64)
        if a.dtype.kind not in "biu":
            raise TypeError(f"{kernel}: expected integers, got dtype {a.dtype}")
        out.append(a.astype(np.int64, copy=False))
    return out


def _first_bad(a, bad):
    return (a[bad].flat[0] if a.ndim else a[()]).item()


def _count_outside(a, lo, hi, lo_open, hi_open):
    """How many entries of the 1-d array a lie outside [lo, hi] (an open end excludes its bound);
    NaN is not counted. One pass, no temporaries; prange is range in the one-thread build."""
    n = 0
    for i in numba.prange(a.size):
        x = a[i]
        n += (x < lo) | (lo_open & (x == lo)) | (x > hi) | (hi_open & (x == hi))
    return n


count_outside = numba.njit(**JIT)(_count_outside)
count_outside_threads = numba.njit(parallel=True, **JIT)(twin(_count_outside, "_count_outside_threads"))


def within(kernel, name, value, lo, hi, lo_open, hi_open, text):
    """Reject values the math excludes (a negative learning rate, beta outside [0, 1), a
    probability above 1) with a ValueError naming the kernel and the argument; NaN passes. A large
    float array is checked in one compiled pass (a 4096 x 1000 one-hot matrix: NumPy's compares
    and their temporaries took 19 ms, more than the kernel)."""
    a = np.asarray(value)
    if a.size == 0:
        return
    if a.ndim == 0:  # a hyperparameter: the same compares on the scalar (on the 0-d array: 5 us a call)
        x = a[()]
        if not ((x <= lo) if lo_open else (x < lo)) and not ((x >= hi) if hi_open else (x > hi)):
            return  # within, or NaN
    if a.size >= 4096 and a.dtype.kind == "f" and a.flags.c_contiguous:
        with threads(a.size) as threaded:
            outside = (count_outside_threads if threaded else count_outside)(
                a.reshape(-1), float(lo), float(hi), bool(lo_open), bool(hi_open))
        if outside == 0:
            return
    below = (a <= lo) if lo_open else (a < lo)
    above = (a >= hi) if hi_open else (a > hi)
    bad = below | above
    if np.any(bad):
        raise ValueError(f"{kernel}: {name} must be {text}, got {_first_bad(a, bad)!r}")


def dim(kernel, name, value, axis):
    """The length of a (negative) axis of an argument, which must have that many axes."""
    shape = np.shape(value)
    if len(shape) < -axis:
        raise ValueError(f"{kernel}: {name} needs at least {-axis} axes, got shape {shape}")
    return shape[axis]


def single(kernel, name, value):
    """Sizes, strides and window widths shape the result: one integer, not an array."""
    if np.ndim(value) != 0:
        raise ValueError(f"{kernel}: {name} must be a single integer, got an array of shape {np.shape(value)}")


def even(kernel, name, value):
    a = np.asarray(value)
    bad = np.mod(a, 2) != 0
    if np.any(bad):
        raise ValueError(f"{kernel}: {name} must be even, got {_first_bad(a, bad)!r}")


def positions(kernel, name, value, size):
    """0-based positions must select an existing entry: 0 <= value < size."""
    a = np.asarray(value)
    bad = (a < 0) | (a >= size)
    if np.any(bad):
        raise ValueError(f"{kernel}: {name} holds 0-based positions below {size}, got {_first_bad(a, bad)!r}")


def _check_out(kernel, out, count, dtype):
    """out= must hold `count` writable NumPy arrays of the result dtype (no silent casting)."""
    if out is None:
        return None
    outs = out if isinstance(out, tuple) else (out,)
    if len(outs) != count:
        raise ValueError(f"{kernel}: out= needs {count} array(s), got {len(outs)}")
    for o in outs:
        if not isinstance(o, np.ndarray) or o.dtype != dtype:
            raise TypeError(f"{kernel}: out= must be {dtype} NumPy arrays (the inputs' float type), got "
                            f"{type(o).__name__} {getattr(o, 'dtype', '')}".rstrip())
        if not o.flags.writeable:
            raise ValueError(f"{kernel}: out= arrays must be writable")
    return outs


def _shapes(args):
    return ", ".join(str(np.shape(a)) for a in args)


# NumPy's floating-point warnings ("overflow encountered in ...") are not the kernels' to give: their
# stable forms overflow on the way by design (z - max = -inf, whose exp is the exact 0), the
# extended-range path recomputes what overflowed where the result is finite, and an inf or NaN left
# in a result is the true value (or the math undefined there). NumPy reads the processor's flags
# after every ufunc and gufunc call, so those warned, after a correct finite result too, and the
# compiled loops over contiguous arrays never did: the same call warned or not by memory layout.
# The ufunc and gufunc calls run with NumPy's floating-point error handling off (np.errstate),
# whatever np.seterr says; the compiled loops need nothing (np.errstate costs about 1.5 us a call:
# sigmoid over 10 values 8.6 us, softmax of 4 x 10 17.7 to 19.7 us).
def call_ufunc(lazy, kernel, args, out, flat=None, serial=None, hoisted=None):
    """An elementwise kernel: C-contiguous arrays of one shape, with single values (0-d) among
    them, take its loops (``flat`` on the threads above PARALLEL_MIN elements, ``serial`` below;
    a single value passed as a scalar, read by rt.at), anything else the ufunc ``lazy``.
    ``hoisted``: (flat, serial, positions), the loops that compute once what depends on the
    hyperparameters alone (kernel_files._hoisted), taken when the arguments at those positions
    are all single values."""
    dtype = next((a.dtype for a in args if a.dtype.kind == "f"), None)
    outs = _check_out(kernel, out, 1, dtype)
    if flat is not None and _flat(args, outs):
        shape = next(a.shape for a in args if a.ndim)
        if hoisted is not None and all(args[n].ndim == 0 for n in hoisted[2]):
            flat, serial = hoisted[0], hoisted[1]
        work = math.prod(shape) * (sum(a.ndim > 0 for a in args) + 1)
        result = outs[0] if outs else np.empty(shape, dtype)
        loop_args = [(a if a.ndim == 1 else a.reshape(-1)) if a.ndim else a[()] for a in args]
        loop_args.append(result if result.ndim == 1 else result.reshape(-1))
        if work < PARALLEL_MIN and serial is not None:  # what threads() would answer, without its bookkeeping
            serial.get()(*loop_args)
            return result
        with threads(work) as parallel:
            loop = flat if parallel else serial
            if loop is not None:
                loop.get()(*loop_args)
                return result
    ufunc = lazy.get()
    try:
        with np.errstate(all="ignore"):
            if outs is None:
                return ufunc(*args)
            return ufunc(*args, out=outs[0])
    except ValueError as err:  # shapes that do not broadcast (with each other or with out=)
        raise ValueError(f"{kernel}: the arguments' shapes {_shapes(args)} do not broadcast ({err})") from None


def _flat(args, outs) -> bool:
    """The elementwise loops take C-contiguous arrays of one shape (no other broadcasting) and
    single values of the kernel's float dtype (floats() gives every float argument one), and an
    out= that is either one of the arrays (in place) or shares no memory with them. Plain loops,
    as it runs on every call (2.6 us a call with generators and any())."""
    first = dtype = None
    for a in args:
        if dtype is None and a.dtype.kind == "f":
            dtype = a.dtype
        if first is None and a.ndim:
            first = a
    if first is None or dtype is None:
        return False
    for a in args:
        if a.ndim:
            if a.shape != first.shape or not a.flags.c_contiguous:
                return False
        elif a.dtype != dtype:
            return False
    if outs is None:
        return True
    o = outs[0]
    if o.shape != first.shape or not o.flags.c_contiguous:
        return False
    for a in args:
        if a is o or (a.base is None and o.base is None):
            continue  # in place, or two arrays that each own their memory: no overlap
        if np.may_share_memory(o, a) and not (a.ctypes.data == o.ctypes.data and a.dtype == o.dtype):
            return False
    return True


def call_gufunc(lazy, core, kernel, layout, args, shapes, out, dtype=None, parallel=None, products=(),
                inner=None, blas=False, loops=None):
    """Check, call and rescue a gufunc kernel. ``layout`` is the public one; with ``products``
    ((a, ta, b, tb, vector_first): positions in ``args``) the entry computes those batch
    products first and the gufunc, built with the ``inner`` layout, takes them after the args.
    A core that calls BLAS (``blas``) runs threaded only with the BLAS on one thread
    (one_blas_thread).

    The gufuncs are built for float64 only: every core computes in float64 (rt.wide), so float32
    arguments are widened here, once, and the float64 result is rounded to float32 once, as a
    float32 build would round it at its store; one build instead of two halves the compile time.

    ``loops``: (flat, serial, hoisted) of a layout of single values only (the optimizers'
    steps), taken as call_ufunc takes an elementwise kernel's (see _step_loops)."""
    with np.errstate(all="ignore"):  # see call_ufunc
        if loops is not None:
            results = _step_loops(loops, kernel, layout, args, out)
            if results is not None:
                return results
        return _call_gufunc(lazy, core, kernel, layout, args, shapes, out, dtype, parallel, products, inner, blas)


def _step_loops(loops, kernel, layout, args, out):
    """The loops of a kernel whose layout has single values only ((),()->(),()), over C-contiguous
    arrays of one shape with single values among them (call_ufunc's case), into fresh results or
    an out= that shares no memory with the arguments: each output rounded once from the core's
    float64 value, as the gufunc's are. None, for the gufunc to run, where the arguments are
    not of that kind, or where a result is inf or NaN (the gufunc rescues what it can)."""
    count = _outputs(layout)[0]
    dtype = next((a.dtype for a in args if a.dtype.kind == "f"), None)
    outs = _check_out(kernel, out, count, dtype)
    if dtype is None or not _flat(args, None):
        return None
    shape = next(a.shape for a in args if a.ndim)
    if outs is not None and any(o.shape != shape or not o.flags.c_contiguous
                                or any(np.may_share_memory(o, a) for a in args) for o in outs):
        return None
    results = outs if outs is not None else tuple(np.empty(shape, dtype) for _ in range(count))
    flat, serial, hoisted = loops
    if hoisted is not None and all(args[n].ndim == 0 for n in hoisted[2]):
        flat, serial = hoisted[0], hoisted[1]
    with threads(math.prod(shape) * (sum(a.ndim > 0 for a in args) + count)) as parallel:
        bad = (flat if parallel else serial).get()(*[a.reshape(-1) if a.ndim else a[()] for a in args],
                                                    *[r.reshape(-1) for r in results])
    return None if bad else results


def _call_gufunc(lazy, core, kernel, layout, args, shapes, out, dtype, parallel, products, inner, blas):
    if dtype is None:
        dtype = next((a.dtype for a in args if a.dtype.kind == "f"), np.dtype(np.float64))
    for s in shapes:
        if any(n < 1 for n in s):
            raise ValueError(f"{kernel}: the inputs (shapes {_shapes(args)}) give an output of shape "
                             f"{tuple(int(n) for n in s)}; the layout {layout} needs every dimension >= 1")
    count, first_out_dims = _outputs(layout)
    outs = _check_out(kernel, out, count, dtype)
    narrow = np.dtype(dtype) != np.float64
    carriers = tuple(np.lib.stride_tricks.as_strided(np.zeros(1), shape=s, strides=(0,) * len(s))
                     for s in shapes)
    args = tuple(c_order(a, slot) if a.dtype.kind == "f" else a for slot, a in enumerate(args))
    if products:
        try:
            args = args + tuple(batch_product(args[a], ta, args[b], tb, first) for a, ta, b, tb, first in products)
        except ValueError as err:
            raise ValueError(f"{kernel}: expected layout {layout}, got shapes {_shapes(args)} ({err})") from None
    public, layout = layout, (inner if products else layout)
    wide_outs = outs if outs is None or not narrow else tuple(np.empty(o.shape) for o in outs)
    # the gufunc's last output (not public): per batch element, how many results are not finite
    flags = None if outs is None else np.empty(wide_outs[0].shape[:wide_outs[0].ndim - first_out_dims])
    # after batch products, one thread: BLAS's threads spin for a while after a product (OpenBLAS:
    # 2^28 cycles by default) and take a core from Numba's; an LSTM step of four gates (256 x 512
    # x 512 products) took 20.6 to 31 ms with the gates' sigmoids on threads, 15.6 to 17.2 without
    # (16.5 to 17 threaded with OPENBLAS_THREAD_TIMEOUT=4). Not a core that calls BLAS itself: its
    # products per batch element are most of its work (transformer FFN, 512 x 512 x 2048: 102 ms
    # threaded, 151 on one thread)
    spread = parallel is not None and (blas or not products)
    work = _gufunc_work(layout, args) if spread else 0
    try:
        if work < PARALLEL_MIN:  # one thread, as threads() would answer, without its bookkeeping
            wide, flags = _run(lazy.get(), args + carriers, wide_outs, flags)
        else:
            with threads(work) as threaded, \
                    (one_blas_thread() if threaded and blas else contextlib.nullcontext(True)) as lone:
                wide, flags = _run((parallel if threaded and lone else lazy).get(), args + carriers, wide_outs, flags)
    except ValueError as err:
        shown = _shapes(args[:len(args) - len(products)])
        raise ValueError(f"{kernel}: expected layout {public}, got shapes {shown} ({err})") from None
    derived = range(len(args) - len(products), len(args))  # the batch products
    wide = _finite_where_possible(core, layout, args + carriers, tuple(wide) if count > 1 else wide[0],
                                  derived, flags)
    if not narrow:
        return wide if outs is None else (outs if count > 1 else outs[0])
    # one rounding, float64 to float32
    wide = wide if count > 1 else (wide,)
    if outs is None:
        narrowed = tuple(w.astype(dtype) for w in wide)
        return narrowed if count > 1 else narrowed[0]
    for o, w in zip(outs, wide):
        o[...] = w
    return outs if count > 1 else outs[0]


def _run(gufunc, inputs, outs, flags):
    """The gufunc's results (as a list) and its flags output, into ``outs`` (and ``flags``) if given."""
    if outs is None:
        *wide, flags = gufunc(*inputs)
        return wide, flags
    gufunc(*inputs, out=outs + (flags,))
    return list(outs), flags


@functools.lru_cache(maxsize=None)
def _outputs(layout):
    """A layout's number of outputs and its first output's number of core dimensions:
    "(C)->(C),()" gives (2, 1)."""
    outputs = layout.split("->")[1]
    first = outputs.split(")")[0]
    return outputs.count("("), (0 if first == "(" else first.count(",") + 1)


@functools.lru_cache(maxsize=None)
def _input_dims(layout):
    return tuple(0 if g == "" else g.count(",") + 1 for g in layout.split("->")[0].replace(")", "(").split("(")[1::2])


def _gufunc_work(layout, args) -> int:
    """The elements a gufunc call reads, when its batch has at least two elements (0 otherwise:
    the threads split the batch); 0 below PARALLEL_MIN, where the answer makes no difference."""
    work = sum(a.size for a in args)
    if work < PARALLEL_MIN:
        return 0
    dims = _input_dims(layout)
    try:
        batch = np.broadcast_shapes(*[a.shape[:a.ndim - d] for a, d in zip(args, dims) if a.ndim >= d])
    except ValueError:
        return 0  # the gufunc reports shapes that do not broadcast
    if math.prod(batch) < 2:
        return 0
    return work


# --- threads ---------------------------------------------------------------------------------------
# A call runs on Numba's threads (NUMBA_NUM_THREADS) when it reads and writes at least this many
# elements: below it the threads' start costs more than they save (`dleq bench` measures where
# they start to pay; BENCHMARKS.md, scaling). Set it to a huge number to run everything on one thread.
PARALLEL_MIN = 1 << 13


def _blas_spin_seconds(setting) -> float:
    """OpenBLAS's spin in seconds for an OPENBLAS_THREAD_TIMEOUT value (its rule: a positive
    integer clamped to [4, 30], else 28), at 2.6e9 cycles a second."""
    try:
        power = int(setting)
    except (TypeError, ValueError):
        power = 0
    return 2.0 ** (min(max(power, 4), 30) if power > 0 else 28) / 2.6e9


# For this many seconds after a batch product that OpenBLAS runs on its threads, calls stay on one
# thread: OpenBLAS's idle threads spin for 2^28 clock cycles after a product (0.1 s at 2.6 GHz;
# OPENBLAS_THREAD_TIMEOUT sets the power of two) and keep a core busy. A threaded call meanwhile
# waits for its second thread: tanh of 1.3e5 values right after a 256 x 512 x 512 product 0.76 ms
# on two threads, 0.35 on one; 1e6 values 2.65 against 2.21; 1e7 32.5 against 32.4 (medians of 15,
# one run). Set it to 0 to take the threads whatever BLAS did.
BLAS_SPIN = _blas_spin_seconds(os.environ.get("OPENBLAS_THREAD_TIMEOUT"))
_blas_busy_until = 0.0  # time.perf_counter() until which BLAS's threads spin
_ONE_AT_A_TIME = threading.Lock()
_FORKED = []


def _forked():
    _FORKED.append(True)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked)


def _start_threads_with_short_spins():
    """Start Numba's thread pool now, with GNU OpenMP told to spin 10,000 times (not 300,000)
    before its idle threads sleep. After a threaded kernel, spinning threads take both cores from
    whatever runs next: an LSTM step's BLAS products ran at half speed (LSTM bench 71 to 77 ms,
    with short spins 43 to 50; OMP_WAIT_POLICY=PASSIVE gave 45 to 48 but made a threaded call of
    1e4 values 20 to 40 us slower). The environment is restored at once, so no other OpenMP
    library loaded later (PyTorch's) sees the change; a user's own OMP_WAIT_POLICY or
    GOMP_SPINCOUNT wins, and an OpenMP already loaded keeps its setting."""
    if "OMP_WAIT_POLICY" in os.environ or "GOMP_SPINCOUNT" in os.environ:
        return
    from numba.np.ufunc import parallel
    os.environ["GOMP_SPINCOUNT"] = "10000"
    try:
        parallel._launch_threads()
    finally:
        del os.environ["GOMP_SPINCOUNT"]


_start_threads_with_short_spins()


_BLAS = []  # [controller or None]: the process's BLAS libraries, found on the first threaded BLAS call


def _blas_libraries():
    """threadpoolctl's controller of the BLAS libraries loaded (SciPy's, which Numba's np.dot
    calls, and NumPy's), or None where threadpoolctl finds none it can set."""
    if not _BLAS:
        try:
            import scipy.linalg.cython_blas  # noqa: F401  (loads SciPy's BLAS before the search)
            from threadpoolctl import ThreadpoolController
        except ImportError:  # neither is optional (pyproject.toml); without one, stay on one thread
            _BLAS.append(None)
            return None
        found = ThreadpoolController().select(user_api="blas")
        _BLAS.append(found if found.lib_controllers else None)
    return _BLAS[0]


@contextlib.contextmanager
def one_blas_thread():
    """True (and every BLAS library on one thread until the block ends, then as before) where
    the BLAS can be set; False where not, and the caller then runs its core on one thread. A core
    that calls BLAS runs on Numba's threads, one batch element (an attention head) per thread,
    each calling a one-thread BLAS: BLAS's own threads inside OpenMP's can hang (OpenBLAS warns
    "Detect OpenMP Loop"), and a core that leaves its exps and loops on one thread while BLAS
    threads only its products keeps one core idle (attention forward 29.6 ms, threaded this way
    18.7; its three VJPs 211 ms, threaded 125)."""
    found = _blas_libraries()
    if found is None:
        yield False
        return
    with found.limit(limits=1):
        yield True


@contextlib.contextmanager
def threads(work):
    """True when a call of ``work`` elements runs threaded: at least PARALLEL_MIN elements, not
    within BLAS_SPIN seconds of a threaded batch product, one threaded call at a time (another
    thread's call meanwhile runs on its own thread, serially), and never in a process forked from
    this one (GNU OpenMP's threads do not survive a fork)."""
    if (work < max(PARALLEL_MIN, 1) or _FORKED or time.perf_counter() < _blas_busy_until
            or not _ONE_AT_A_TIME.acquire(blocking=False)):
        yield False
        return
    try:
        yield True
    finally:
        _ONE_AT_A_TIME.release()


def finite(r) -> bool:
    """Every entry of a result is finite (a compiled pass with no temporary array)."""
    if isinstance(r, np.ndarray) and r.flags.c_contiguous and r.size >= 1024:
        with threads(r.size) as threaded:
            return (count_nonfinite_threads if threaded else count_nonfinite)(r.reshape(-1)) == 0
    return bool(np.isfinite(r).all())


def _finite_where_possible(core, layout, inputs, result, derived=(), flags=None):
    """Batch elements with inf or NaN in the result are recomputed on the extended-range path
    (generated/_extended.py) when their inputs are finite: a float64 partial sum that overflows
    must not turn a finite value into NaN. The ``derived`` inputs (batch products) are not the
    caller's: the extended path recomputes them from the others, so they are not tested.
    ``flags``: the cores' counts of results that are not finite, per batch element; none set
    means nothing to rescue, with no pass over the results."""
    if flags is not None and not flags.any():  # an array or a NumPy scalar (np.any: 3.5 us a call)
        return result
    results = result if isinstance(result, tuple) else (result,)
    if all(finite(r) for r in results):
        return result
    inputs = tuple(np.nan_to_num(a, nan=0.0, posinf=0.0, neginf=0.0) if n in derived else a
                   for n, a in enumerate(inputs))
    from generated import _extended
    arrays = tuple(r if isinstance(r, np.ndarray) else np.array(r) for r in results)
    _extended.rescue(core, layout, inputs, arrays if isinstance(result, tuple) else arrays[0])
    arrays = tuple(a if isinstance(r, np.ndarray) else a[()] for a, r in zip(arrays, results))
    return arrays if isinstance(result, tuple) else arrays[0]


def states(kernel, *arrays):
    """An in-place update's state: writable C-contiguous float arrays of one shape and dtype."""
    first = arrays[0]
    for a in arrays:
        if not isinstance(a, np.ndarray) or a.dtype not in (np.float32, np.float64):
            raise TypeError(f"{kernel}: state arrays must be float32 or float64 NumPy arrays, got "
                            f"{type(a).__name__} {getattr(a, 'dtype', '')}")
        if a.dtype != first.dtype or a.shape != first.shape:
            raise ValueError(f"{kernel}: state arrays must share one shape and dtype, got "
                             f"{a.shape} {a.dtype} and {first.shape} {first.dtype}")
        if not a.flags.c_contiguous or not a.flags.writeable:
            raise ValueError(f"{kernel}: state arrays must be writable and C-contiguous (updated in place)")
    return arrays


def like(kernel, state, *values):
    """Inputs read elementwise with the state (the gradient): same shape, cast to its dtype."""
    out = []
    for v in values:
        a = np.asarray(v)
        if a.dtype.kind not in "biuf":
            raise TypeError(f"{kernel}: expected real numbers, got dtype {a.dtype}")
        if a.shape != state.shape:
            raise ValueError(f"{kernel}: expected shape {state.shape} like the state, got {a.shape}")
        a = np.ascontiguousarray(a, dtype=state.dtype)
        out.append(a if a.flags.writeable else a.copy())  # the compiled step takes writable arrays
    return out


def scalars(kernel, dtype, *values):
    """Hyperparameters as scalars of the state's dtype."""
    out = []
    for v in values:
        a = np.asarray(v)
        if a.ndim or a.dtype.kind not in "biuf":
            raise TypeError(f"{kernel}: hyperparameters must be real scalars, got {v!r}")
        out.append(dtype.type(a))
    return out
