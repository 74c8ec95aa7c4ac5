"""Independent NumPy formulas, written from textbook definitions, one module per family.

Each family module defines ``REFERENCES: dict[slug, Reference]``. The registry-driven test
``tests/test_math.py`` evaluates the SymPy body (``symbolic.evaluate``) at random points of
each input's domain and compares with ``formula``. None of these formulas is derived from the
SymPy objects: they are what a textbook (or NumPy) would compute.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable


@dataclass(frozen=True)
class Reference:
    """``formula(values) -> {output name: value}`` for every output it checks.

    ``sizes`` fixes the size variables; ``inputs(rng, values)`` may override sampled inputs
    (structured ones: functions as SymPy Lambdas, probability vectors, invertible matrices)
    and returns a dict merged into the sampled values.
    """

    formula: Callable[[dict], dict]
    sizes: dict = field(default_factory=dict)
    inputs: Callable | None = None
    rtol: float = 1e-10
