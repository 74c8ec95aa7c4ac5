"""Domains of variables: what values a symbol may take, how to sample it, its SymPy assumptions.

A domain is used three times: as SymPy assumptions on the symbol (so `sqrt(x**2)` simplifies
correctly for positive x), as the text in the where-list and manifest, and as the distribution
test inputs are drawn from.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Domain:
    """A set of admissible values for one variable (elementwise for arrays)."""

    name: str
    lo: float = -math.inf
    hi: float = math.inf
    lo_open: bool = True
    hi_open: bool = True
    integer: bool = False
    values: tuple = ()
    simplex: bool = False  # the last axis is a probability vector (entries >= 0, sum 1)
    even: bool = False     # integers divisible by 2

    def assumptions(self) -> dict:
        """SymPy assumptions implied by this domain."""
        if self.values:
            integral = all(float(v).is_integer() for v in self.values)
            out = {"integer": True} if integral else {"real": True}
            if all(v >= 0 for v in self.values):
                out["nonnegative"] = True
            return out
        out = {"integer": True} if self.integer else {"real": True}
        if self.lo > 0 or (self.lo == 0 and self.lo_open):
            out["positive"] = True
        elif self.lo >= 0:
            out["nonnegative"] = True
        return out

    def contains(self, x) -> np.ndarray:
        """Elementwise membership test (used to validate test inputs and arguments)."""
        x = np.asarray(x, dtype=float)
        if self.values:
            return np.isin(x, np.asarray(self.values, dtype=float))
        ok = np.isfinite(x) | (np.isinf(x) & ((x > 0) & (self.hi == math.inf) | (x < 0) & (self.lo == -math.inf)))
        ok &= (x > self.lo) if self.lo_open else (x >= self.lo)
        ok &= (x < self.hi) if self.hi_open else (x <= self.hi)
        if self.integer:
            ok &= np.floor(x) == x
        if self.even:
            ok &= np.mod(x, 2) == 0
        return ok

    def sample(self, rng: np.random.Generator, shape=()) -> np.ndarray:
        """Draw moderate test values from the domain (not extreme ones; those are chosen per test)."""
        if self.values:
            return rng.choice(np.asarray(self.values, dtype=float), size=shape)
        if self.simplex:
            raw = rng.uniform(0.05, 1.0, size=shape)
            return raw / raw.sum(axis=-1, keepdims=True)
        if self.integer:
            lo = int(self.lo if not self.lo_open else self.lo + 1)
            hi = int(min(self.hi, lo + 6))
            if self.even:
                return 2.0 * rng.integers((lo + 1) // 2, hi // 2 + 1, size=shape)
            return rng.integers(lo, hi + 1, size=shape).astype(float)
        lo, hi = self.lo, self.hi
        if math.isinf(lo) and math.isinf(hi):
            return rng.normal(0.0, 1.5, size=shape)
        if math.isinf(hi):
            return lo + rng.uniform(0.1, 3.0, size=shape)
        if math.isinf(lo):
            return hi - rng.uniform(0.1, 3.0, size=shape)
        width = hi - lo
        return rng.uniform(lo + 0.02 * width, hi - 0.02 * width, size=shape)


def interval(lo: float, hi: float, *, lo_open: bool = False, hi_open: bool = False) -> Domain:
    """A real interval; its name uses bracket notation, e.g. ``(0, 1]``."""
    def fmt(v: float) -> str:
        if math.isinf(v):
            return "-inf" if v < 0 else "inf"
        return str(int(v)) if float(v).is_integer() else repr(v)

    name = f"{'(' if lo_open else '['}{fmt(lo)}, {fmt(hi)}{')' if hi_open else ']'}"
    return Domain(name, lo, hi, lo_open, hi_open)


REAL = Domain("real")
POSITIVE = Domain("positive real", lo=0.0, lo_open=True)
NONNEGATIVE = Domain("nonnegative real", lo=0.0, lo_open=False)
OPEN_UNIT = interval(0.0, 1.0, lo_open=True, hi_open=True)
UNIT = interval(0.0, 1.0)
HALF_OPEN_UNIT = interval(0.0, 1.0, hi_open=True)
BINARY = Domain("{0, 1}", values=(0, 1))
SIGN = Domain("{-1, 1}", values=(-1, 1))
SIMPLEX = Domain("probability vector", lo=0.0, hi=1.0, lo_open=False, hi_open=False, simplex=True)
POSITIVE_INTEGER = Domain("positive integer", lo=1.0, lo_open=False, integer=True)
NONNEGATIVE_INTEGER = Domain("nonnegative integer", lo=0.0, lo_open=False, integer=True)
INTEGER = Domain("integer", integer=True)
EVEN_POSITIVE_INTEGER = Domain("even positive integer", lo=2.0, lo_open=False, integer=True, even=True)
