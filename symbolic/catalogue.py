"""The catalogue: an explicit, ordered registry of equations, looked up by number or slug."""
from __future__ import annotations

import difflib
from typing import Iterable

from symbolic.declare import Equation


class UnknownEquation(KeyError):
    """A key that names no equation; the message lists the closest matches."""

    def __str__(self) -> str:
        return self.args[0]


class Catalogue:
    """Equations in number order. Users build their own from their own lists."""

    def __init__(self, equations: Iterable[Equation]):
        eqs = sorted(equations, key=lambda e: e.number)
        self.by_slug: dict[str, Equation] = {}
        self.by_number: dict[int, Equation] = {}
        for e in eqs:
            if e.slug in self.by_slug:
                raise ValueError(f"duplicate slug {e.slug!r} (equations {self.by_slug[e.slug].number} and {e.number})")
            if e.number in self.by_number:
                raise ValueError(f"duplicate number {e.number} ({self.by_number[e.number].slug} and {e.slug})")
            self.by_slug[e.slug] = e
            self.by_number[e.number] = e
        self.equations: tuple[Equation, ...] = tuple(eqs)

    def __iter__(self):
        return iter(self.equations)

    def __len__(self) -> int:
        return len(self.equations)

    def get(self, key) -> Equation:
        """Look up by number (int or digit string) or slug; raise UnknownEquation with suggestions."""
        text = str(key).strip()
        if text.isdigit() and int(text) in self.by_number:
            return self.by_number[int(text)]
        if text in self.by_slug:
            return self.by_slug[text]
        close = difflib.get_close_matches(text.lower().replace("-", "_"), list(self.by_slug), n=5, cutoff=0.5)
        close += [e.slug for e in self.equations if text.lower() in e.title.lower() and e.slug not in close][:5]
        hint = f"; closest matches: {', '.join(close)}" if close else "; run `dleq list` to see all keys"
        raise UnknownEquation(f"unknown equation {text!r}{hint}")


def family_modules():
    """The catalogue's family modules, in a fixed order (explicit: no discovery by import)."""
    from symbolic import (activations, attention, convolution, graph, linear_algebra, losses,
                          metrics, neuron, normalization, optimizers, probability, recurrent,
                          regularization, reinforcement, svm)
    return (neuron, losses, activations, optimizers, regularization, normalization, convolution,
            recurrent, attention, linear_algebra, probability, metrics, svm, graph, reinforcement)


def load_catalogue() -> Catalogue:
    """The 100 equations of the seed."""
    return Catalogue(eq for module in family_modules() for eq in module.EQUATIONS)
