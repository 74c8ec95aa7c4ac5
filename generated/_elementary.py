# Generated from codegen/templates/elementary.py.tmpl by `make generate`. Do not edit.
"""exp, expm1, log, log1p and tanh in float64 that LLVM vectorizes: the kernels call these
(through generated._runtime) instead of NumPy's, which Numba lowers to scalar libm calls, so a
loop with a transcendental runs on AVX2 lanes (4 float64 at a time).

Each is a range reduction and a series rounded to float64 (for exp, expm1 and tanh ten
coefficients interpolating (e^r - 1 - r - r^2/2) / r^3 at Chebyshev nodes, codegen/series.py;
the Taylor coefficients 2/(2j+1) for log's atanh series), evaluated in Estrin's scheme, with the
low-order parts carried as a pair of doubles; no branch (selects only), no table. Within 1 ulp: at the last measurement
0.57 expm1, 0.57 log, 0.55 log1p, 0.54 tanh against mpmath at 50 digits (tests/test_elementary.py
checks all five within 1 ulp); exp, which carries less for speed, 0.67 ulp for normal results and
0.78 for subnormal ones, the maxima over 1e7 uniform points per range against x87 long double.
Special values (inf, NaN, -0.0, subnormals) are libm's.
"""
import numba
import numpy as np
from llvmlite import ir
from numba import types
from numba.extending import intrinsic

_JIT = dict(fastmath=False, error_model="numpy", cache=True)


# ----------------------------------------------------------------- intrinsics
@intrinsic
def f2i(typingctx, x):
    """Bitcast float64 -> int64."""
    if not isinstance(x, types.Float):
        return None
    sig = types.int64(types.float64)

    def codegen(context, builder, signature, args):
        return builder.bitcast(args[0], ir.IntType(64))
    return sig, codegen


@intrinsic
def i2f(typingctx, k):
    """Bitcast int64 -> float64."""
    if not isinstance(k, types.Integer):
        return None
    sig = types.float64(types.int64)

    def codegen(context, builder, signature, args):
        return builder.bitcast(args[0], ir.DoubleType())
    return sig, codegen


@intrinsic
def fma(typingctx, a, b, c):
    """Fused multiply-add a*b+c (llvm.fma.f64, single rounding)."""
    sig = types.float64(types.float64, types.float64, types.float64)

    def codegen(context, builder, signature, args):
        d = ir.DoubleType()
        fn = builder.module.declare_intrinsic(
            "llvm.fma", [d], ir.FunctionType(d, [d, d, d]))
        return builder.call(fn, args)
    return sig, codegen


# ------------------------------------------------------------------ constants
_MAGIC = 6755399441055744.0          # 1.5 * 2**52, round-to-integer shifter
_MAGIC_BITS = 0x4338000000000000     # f2i(_MAGIC)
_INF = float("inf")
_NAN = float("nan")
_ABS_MASK = 0x7FFFFFFFFFFFFFFF
_SIGN_MASK = -0x8000000000000000

_LN2HI = float.fromhex('0x1.62e42fee00000p-1')   # 32 significant bits
_LN2LO = float.fromhex('0x1.a39ef35793c76p-33')
_INVLN2 = float.fromhex('0x1.71547652b82fep+0')

# exp's series: q(r) = (e^r - 1 - r - r^2/2) / r^3 ~ sum_j _Qj r^j on |r| <= ln2/2, the polynomial
# interpolating q at 10 Chebyshev nodes (codegen/series.py, fitted in 60 digits at generation)
_Q0 = float.fromhex('0x1.5555555555556p-3')
_Q1 = float.fromhex('0x1.5555555555555p-5')
_Q2 = float.fromhex('0x1.11111111109b5p-7')
_Q3 = float.fromhex('0x1.6c16c16c167e2p-10')
_Q4 = float.fromhex('0x1.a01a01a7c2f2cp-13')
_Q5 = float.fromhex('0x1.a01a01a47a5abp-16')
_Q6 = float.fromhex('0x1.71de0db2eb873p-19')
_Q7 = float.fromhex('0x1.27e4e1f71bcbbp-22')
_Q8 = float.fromhex('0x1.af389eea54156p-26')
_Q9 = float.fromhex('0x1.1f66d957d0ef0p-29')

# 2/(2j+1), j = 1..11  (2*atanh(s) = 2s + s*sum_j 2/(2j+1) s^(2j))
_L1 = float.fromhex('0x1.5555555555555p-1')
_L2 = float.fromhex('0x1.999999999999ap-2')
_L3 = float.fromhex('0x1.2492492492492p-2')
_L4 = float.fromhex('0x1.c71c71c71c71cp-3')
_L5 = float.fromhex('0x1.745d1745d1746p-3')
_L6 = float.fromhex('0x1.3b13b13b13b14p-3')
_L7 = float.fromhex('0x1.1111111111111p-3')
_L8 = float.fromhex('0x1.e1e1e1e1e1e1ep-4')
_L9 = float.fromhex('0x1.af286bca1af28p-4')
_L10 = float.fromhex('0x1.8618618618618p-4')
_L11 = float.fromhex('0x1.642c8590b2164p-4')

_EXP_HI = 710.0          # above overflow threshold 709.78...
_EXP_LO = -746.0         # below underflow-to-zero threshold -745.13...
_EXPM1_LO = -40.0        # expm1(x) rounds to -1 for x < -37.43
_TANH_BIG = 20.0         # tanh(x) rounds to 1 for x > 19.06
_SQRT2_BITS = 0x3FE6A09E667F3BCD   # f2i(sqrt(0.5))
_LOG_SHIFT = 0x3FF0000000000000 - 0x3FE6A09E667F3BCD
_MANT_MASK = 0x000FFFFFFFFFFFFF
_TWO54 = 18014398509481984.0
_DBL_MIN = 2.2250738585072014e-308


# ------------------------------------------------------------------ functions
# The series are evaluated in Estrin's scheme (pairs, then pairs of pairs by r^2, r^4): the same
# terms as Horner's, with a dependency chain of 4 fmas instead of 11, so a vectorized loop keeps
# more lanes in flight. Their rounding errors stay far below the final one (the series enter
# exp as r^3 q, |r^3| <= 0.042, and log as s z R, |s z| <= 0.0051).
@numba.njit(**_JIT)
def _exp_series(r):
    """q(r) ~ (e^r - 1 - r - r^2/2) / r^3: sum_{j=0..9} _Qj r^j"""
    r2 = r * r
    r4 = r2 * r2
    a = fma(fma(_Q3, r, _Q2), r2, fma(_Q1, r, _Q0))
    b = fma(fma(_Q7, r, _Q6), r2, fma(_Q5, r, _Q4))
    c = fma(_Q9, r, _Q8)
    return fma(fma(c, r4, b), r4, a)


@numba.njit(**_JIT)
def _log_series(z):
    """sum_{j=1..11} 2/(2j+1) z^(j-1)"""
    z2 = z * z
    z4 = z2 * z2
    a = fma(fma(_L4, z, _L3), z2, fma(_L2, z, _L1))
    b = fma(fma(_L8, z, _L7), z2, fma(_L6, z, _L5))
    c = fma(_L11, z2, fma(_L10, z, _L9))
    return fma(fma(c, z4, b), z4, a)


@numba.njit(**_JIT)
def _exp_parts(xc):
    """exp(xc) = p 2^k for a clamped xc: p near 1, rounded once, and the integer k."""
    # fmas in the reduction: n is x/ln2 rounded once (not twice) to an integer and rhi is exact
    # either way, for 2 operations and two roundings' latency less on the dependency chain
    t = fma(xc, _INVLN2, _MAGIC)
    n = t - _MAGIC                       # nearest integer to x/ln2 (as float)
    rhi = fma(-n, _LN2HI, xc)            # exact (Cody-Waite)
    rlo = -(n * _LN2LO)
    r = rhi + rlo
    dr = (rhi - r) + rlo                 # r's rounding error (Fast2Sum)
    q = _exp_series(r)
    # exp(r + dr) = (1 + r) + [dr + r^2 (1/2 + r q)], 1 + r as an exact pair (Fast2Sum): one
    # rounding of note, the last. Carrying r^2/2 as a pair too (the form before 2026-11-29)
    # measured 0.53 ulp against 0.67 here, and cost 25% more time (2.33 against 1.83 ns a value
    # on one thread): sigmoid, softmax and the losses spend most of their time in exp.
    hi = 1.0 + r
    lo = ((r - (hi - 1.0)) + dr) + (r * r) * fma(r, q, 0.5)
    return hi + lo, f2i(t) - _MAGIC_BITS


@numba.njit(**_JIT)
def exp(x):
    # clamp; Numba's min/max lower to fcmp+select and keep a NaN first argument
    p, k = _exp_parts(min(max(x, _EXP_LO), _EXP_HI))
    k1 = k >> 1
    k2 = k - k1
    # split scale: gradual underflow to subnormals (p*2^k1 stays normal, one
    # final rounding up to a double rounding of p: <= 0.75 ulp for subnormal
    # results) and overflow to inf for k = 1024.
    return p * i2f((k1 + 1023) << 52) * i2f((k2 + 1023) << 52)


_TWO_M64 = 2.0**-64


@numba.njit(**_JIT)
def exp_neg(x):
    """exp for x <= 0 (or NaN), as the stable forms call it: exp(-|a|) in the sigmoids and
    softplus, exp(z - max z) in softmax and log-sum-exp. exp's reduction, series and leading pair
    (_exp_parts), so the same rounding, with no upper clamp and one scale: p 2^(k + 64) is normal
    for every k >= -1076 (exact) and one multiplication by 2^-64 rounds it once into the
    subnormals, where exp splits 2^k in two (a shift, two additions and a multiplication more).
    Bit for bit exp's on x <= 0 (tests/test_elementary.py); 1.05 ns a value against exp's 1.21 on
    one thread in cache. A positive x is outside its domain: the scale overflows the exponent
    field above 665."""
    p, k = _exp_parts(max(x, _EXP_LO))
    return p * i2f((k + (1023 + 64)) << 52) * _TWO_M64


@numba.njit(**_JIT)
def expm1(x):
    xc = min(max(x, _EXPM1_LO), _EXP_HI)
    t = fma(xc, _INVLN2, _MAGIC)
    n = t - _MAGIC
    rhi = fma(-n, _LN2HI, xc)
    rlo = -(n * _LN2LO)
    r = rhi + rlo
    q = _exp_series(r)
    k = f2i(t) - _MAGIC_BITS
    kk = 64 if k > 64 else k
    p2 = i2f((1023 - kk) << 52)          # 2^-n
    a = 1.0 - p2                         # TwoSum: a + ae = 1 - 2^-n exactly
    bv = a - 1.0
    ae = (1.0 - (a - bv)) + (-p2 - bv)
    # expm1(x) = 2^n * (a + rhi + rhi^2/2 + [ae + rlo + rhi*rlo + rlo^2/2 + r^3 q])
    h = 0.5 * rhi
    hr = h * rhi
    hre = fma(h, rhi, -hr)
    s1 = a + rhi                         # Fast2Sum: |a| >= |rhi| or a == 0
    e1 = rhi - (s1 - a)
    s2 = s1 + hr                         # Fast2Sum: |s1| >= |hr|
    e2 = hr - (s2 - s1)
    lo = e1 + e2 + hre + ae + rlo + rlo * (rhi + 0.5 * rlo) + (r * r) * (r * q)
    p = s2 + lo
    k1 = k >> 1
    k2 = k - k1
    res = p * i2f((k1 + 1023) << 52) * i2f((k2 + 1023) << 52)
    return x if x == 0.0 else res        # keep sign of zero


@numba.njit(**_JIT)
def log(x):
    sub = x < _DBL_MIN
    xs = x * _TWO54 if sub else x
    ix = f2i(xs) + _LOG_SHIFT
    k = (ix >> 52) - (1023 + 54 if sub else 1023)
    m = i2f((ix & _MANT_MASK) + _SQRT2_BITS)    # in [sqrt(1/2), sqrt(2))
    kf = i2f(k + _MAGIC_BITS) - _MAGIC             # exact int64 -> float64
    f = m - 1.0
    s = f / (2.0 + f)
    z = s * s
    R = _log_series(z) * z
    # log(1+f) = f - f^2/2 + s*(f^2/2 + R)
    hf = 0.5 * f
    hh = hf * f
    hhe = fma(hf, f, -hh)
    khi = kf * _LN2HI                              # exact
    a1 = khi + f                                   # TwoSum
    bv = a1 - khi
    ea = (khi - (a1 - bv)) + (f - bv)
    a2 = a1 - hh                                   # TwoSum
    bv2 = a2 - a1
    eb = (a1 - (a2 - bv2)) + (-hh - bv2)
    lo = ea + eb - hhe + s * (hh + R) + kf * _LN2LO
    res = a2 + lo
    res = _NAN if x < 0.0 else res
    res = -_INF if x == 0.0 else res
    res = x if (x != x or x == _INF) else res
    return res


@numba.njit(**_JIT)
def log1p(x):
    u = 1.0 + x                                    # TwoSum(1, x)
    bu = u - x
    c = (x - (u - bu)) + (1.0 - bu)                # exact: (1 + x) - u
    ix = f2i(u) + _LOG_SHIFT
    k = (ix >> 52) - 1023
    m = i2f((ix & _MANT_MASK) + _SQRT2_BITS)
    kf = i2f(k + _MAGIC_BITS) - _MAGIC
    k0 = k == 0
    f = x if k0 else m - 1.0                       # k == 0: 1 + x = 1 + f exactly
    cu = 0.0 if k0 else c / u                      # log(1 + c/u) ~ c/u
    s = f / (2.0 + f)
    z = s * s
    R = _log_series(z) * z
    hf = 0.5 * f
    hh = hf * f
    hhe = fma(hf, f, -hh)
    khi = kf * _LN2HI
    a1 = khi + f
    bv = a1 - khi
    ea = (khi - (a1 - bv)) + (f - bv)
    a2 = a1 - hh
    bv2 = a2 - a1
    eb = (a1 - (a2 - bv2)) + (-hh - bv2)
    lo = ea + eb - hhe + s * (hh + R) + (kf * _LN2LO + cu)
    res = a2 + lo
    res = _NAN if x < -1.0 else res
    res = -_INF if x == -1.0 else res
    res = x if (x != x or x == _INF or x == 0.0) else res
    return res


@numba.njit(**_JIT)
def tanh(x):
    ax = abs(x)
    y = 2.0 * ax
    y = min(y, 2.0 * _TANH_BIG)
    # e = expm1(y) as a double-double (eh, el); y in [0, 40]
    t = fma(y, _INVLN2, _MAGIC)
    n = t - _MAGIC
    rhi = fma(-n, _LN2HI, y)
    rlo = -(n * _LN2LO)
    r = rhi + rlo
    q = _exp_series(r)
    k = f2i(t) - _MAGIC_BITS                       # 0 <= k <= 58
    a = 1.0 - i2f((1023 - k) << 52)
    h = 0.5 * rhi
    hr = h * rhi
    hre = fma(h, rhi, -hr)
    s1 = a + rhi
    e1 = rhi - (s1 - a)
    s2 = s1 + hr
    e2 = hr - (s2 - s1)
    lo = e1 + e2 + hre + rlo + rlo * (rhi + 0.5 * rlo) + (r * r) * (r * q)
    sc = i2f((k + 1023) << 52)
    eh = s2 + lo
    el = (lo - (eh - s2)) * sc
    eh = eh * sc
    # tanh = e / (e + 2), double-double division
    dh = eh + 2.0                                  # TwoSum: dh + dl = e + 2
    bv = dh - eh
    dl = ((eh - (dh - bv)) + (2.0 - bv)) + el
    inv = 1.0 / dh                                 # single division
    qh = eh * inv                                  # within ~1 ulp of eh/dh
    rem = fma(-qh, dh, eh)                         # exact remainder
    rem = rem + (el - qh * dl)
    res = qh + rem * inv
    res = 1.0 if ax > _TANH_BIG else res
    return i2f((f2i(res) & _ABS_MASK) | (f2i(x) & _SIGN_MASK))


# ====================================================================== float32
# exp and log1p computed in float32 lanes (8 per AVX2 register, against 4 for float64), for
# the elementwise kernels whose float32 form computes in float32 (codegen/kernel_files.py
# NATIVE_FLOAT32; rt.exp and rt.log1p pick these for float32 arguments). Same structure as the
# float64 ones: Cody-Waite reduction, a Taylor series, the leading sum carried exactly. Within
# 1 float32 ulp (tests/test_elementary.py measures them against float64 references).
@intrinsic
def f2i32(typingctx, x):
    """Bitcast float32 -> int32."""
    if x != types.float32:
        return None

    def codegen(context, builder, signature, args):
        return builder.bitcast(args[0], ir.IntType(32))
    return types.int32(types.float32), codegen


@intrinsic
def i2f32(typingctx, k):
    """Bitcast the low 32 bits of an integer -> float32."""
    if not isinstance(k, types.Integer):
        return None

    def codegen(context, builder, signature, args):
        v = args[0]
        if signature.args[0].bitwidth != 32:
            v = builder.trunc(v, ir.IntType(32))
        return builder.bitcast(v, ir.FloatType())
    return types.float32(k), codegen


@intrinsic
def fma32(typingctx, a, b, c):
    """Fused multiply-add a*b+c in float32 (llvm.fma.f32, single rounding)."""
    sig = types.float32(types.float32, types.float32, types.float32)

    def codegen(context, builder, signature, args):
        f = ir.FloatType()
        fn = builder.module.declare_intrinsic(
            "llvm.fma", [f], ir.FunctionType(f, [f, f, f]))
        return builder.call(fn, args)
    return sig, codegen


_F0 = np.float32(0.0)
_F1 = np.float32(1.0)
_F2 = np.float32(2.0)
_FHALF = np.float32(0.5)
_FNAN = np.float32("nan")
_FINF = np.float32("inf")
_FMAGIC = np.float32(12582912.0)                 # 1.5 * 2**23, round-to-integer shifter
_FMAGIC_BITS = np.int32(0x4B400000)              # f2i32(_FMAGIC)
_FINVLN2 = np.float32(1.4426950408889634)
_FLN2HI = np.float32(float.fromhex('0x1.62e4p-1'))            # 16 significant bits: n*_FLN2HI exact
_FLN2LO = np.float32(float.fromhex('0x1.62e42fefa39efp-1') - float.fromhex('0x1.62e4p-1'))
_FEXP_HI = np.float32(89.0)                      # above float32's overflow threshold 88.72...
_FEXP_LO = np.float32(-104.0)                    # below its underflow-to-zero threshold -103.97...
# 1/j!, j = 2..8 (the truncation r^9/9! < 2^-31 of the result for |r| <= ln2/2)
_FE2 = np.float32(1 / 2)
_FE3 = np.float32(1 / 6)
_FE4 = np.float32(1 / 24)
_FE5 = np.float32(1 / 120)
_FE6 = np.float32(1 / 720)
_FE7 = np.float32(1 / 5040)
_FE8 = np.float32(1 / 40320)
# 2/(2j+1), j = 1..4 (s^2 <= 0.0295: the truncation is below 2^-28 relative)
_FL1 = np.float32(2 / 3)
_FL2 = np.float32(2 / 5)
_FL3 = np.float32(2 / 7)
_FL4 = np.float32(2 / 9)
_FSQRT2_BITS = np.int32(0x3F3504F3)              # f2i32(sqrt(0.5))
_FLOG_SHIFT = np.int32(0x3F800000 - 0x3F3504F3)
_FMANT_MASK = np.int32(0x007FFFFF)
_FBIAS = np.int32(127)


@numba.njit(**_JIT)
def _exp32_parts(xc):
    """exp(xc) = p 2^k for a clamped float32 xc: p near 1, rounded once, and the integer k."""
    t = fma32(xc, _FINVLN2, _FMAGIC)
    n = t - _FMAGIC                       # nearest integer to x/ln2, |n| <= 150
    rhi = fma32(-n, _FLN2HI, xc)          # exact (Cody-Waite)
    rlo = -(n * _FLN2LO)
    r = rhi + rlo
    r2 = r * r                            # Estrin's scheme, as _exp_series
    a = fma32(fma32(_FE5, r, _FE4), r2, fma32(_FE3, r, _FE2))
    q = fma32(fma32(_FE8, r2, fma32(_FE7, r, _FE6)), r2 * r2, a)
    # exp(r) = (1 + rhi) + [rlo + r^2 q], 1 + rhi as an exact pair (Fast2Sum)
    s = _F1 + rhi
    e = rhi - (s - _F1)
    return s + fma32(r2, q, e + rlo), f2i32(t) - _FMAGIC_BITS


@numba.njit(**_JIT)
def exp32(x):
    p, k = _exp32_parts(min(max(x, _FEXP_LO), _FEXP_HI))
    k1 = k >> 1
    k2 = k - k1
    # split scale, as in exp: gradual underflow with one final rounding, overflow to inf
    return p * i2f32((k1 + _FBIAS) << 23) * i2f32((k2 + _FBIAS) << 23)


_FTWO_M64 = np.float32(2.0**-64)


@numba.njit(**_JIT)
def exp_neg32(a):
    """exp32 for a <= 0 (or NaN), as the float32 sigmoids need it (e^{-|x|}): the same reduction,
    series and exact leading sum (_exp32_parts), so the same rounding, with no upper clamp and a
    cheaper scale: p * 2^(k + 64) is normal for every k >= -150 (exact), and one multiplication
    by 2^-64 rounds it once into the subnormals, where exp32 splits 2^k in two (two integer shifts
    and a multiplication more). Measured (5e6 float32 points, tests/test_elementary.py): the same
    results as exp32 on a <= 0, 0.78 float32 ulps at most; 0.27 ns a value on one thread in cache
    against exp32's 0.37."""
    p, k = _exp32_parts(max(a, _FEXP_LO))
    return p * i2f32((k + (_FBIAS + 64)) << 23) * _FTWO_M64


@numba.njit(**_JIT)
def log1p32(x):
    u = _F1 + x                           # TwoSum(1, x)
    bu = u - x
    c = (x - (u - bu)) + (_F1 - bu)       # exact: (1 + x) - u
    ix = f2i32(u) + _FLOG_SHIFT
    k = (ix >> 23) - _FBIAS
    m = i2f32((ix & _FMANT_MASK) + _FSQRT2_BITS)   # in [sqrt(1/2), sqrt(2))
    kf = np.float32(k)
    k0 = k == 0
    f = x if k0 else m - _F1              # k == 0: 1 + x = 1 + f exactly
    cu = _F0 if k0 else c / u             # log(1 + c/u) ~ c/u
    s = f / (_F2 + f)
    z = s * s
    R = fma32(_FL4, z, _FL3)
    R = fma32(R, z, _FL2)
    R = fma32(R, z, _FL1)
    R = R * z
    # log1p = k ln2 + f - f^2/2 + s (f^2/2 + R), summed small to large (fdlibm's order)
    hh = _FHALF * f * f
    res = kf * _FLN2HI + ((s * (hh + R) + (kf * _FLN2LO + cu)) - hh + f)
    res = _FNAN if x < -_F1 else res
    res = -_FINF if x == -_F1 else res
    res = x if (x != x or x == _FINF or x == _F0) else res
    return res
