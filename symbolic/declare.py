"""How an equation is declared: the public API used by the catalogue and by users alike.

An equation is a function decorated with :func:`equation`. It receives a :class:`Symbols`
table, declares every variable on it (name, LaTeX, where-list sentence, role, domain, shape)
and returns a body: :func:`Definition`, :func:`Definitions`, :func:`Update` or :func:`Identity`.

    @equation(93, "softplus", "Softplus Activation", family="activation")
    def softplus(v):
        z = v.input("z", "z", "the input")
        out = v.output("softplus", r"\\operatorname{Softplus}(z)", "the output")
        return Definition(out, sp.log(1 + sp.exp(z)), stable=...)

Nothing is registered by import: a family module lists its equations in ``EQUATIONS`` and a
:class:`~symbolic.catalogue.Catalogue` is built from explicit lists.
"""
from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

import sympy as sp
from sympy.core.function import AppliedUndef, UndefinedFunction

from symbolic.domains import INTEGER, POSITIVE_INTEGER, REAL, Domain

ROLES = ("input", "parameter", "hyperparameter", "output", "index", "size")
KINDS = ("scalar", "indexed", "matrix", "function")


class DeclarationError(ValueError):
    """An equation's declaration is inconsistent (the message names the equation)."""


@dataclass(frozen=True)
class Var:
    """One row of a symbol table.

    ``latex`` is the symbol's LaTeX. For indexed variables it is a template in which ``#1``,
    ``#2``, ... stand for the printed indices (``y_{#2}^{(#1)}`` prints ``y[i, c]`` as
    ``y_{c}^{(i)}``); without placeholders the indices are appended as a subscript.
    """

    name: str
    latex: str
    description: str
    role: str
    domain: Domain
    kind: str = "scalar"
    shape: tuple = ()
    symbol: object = field(default=None, compare=False, repr=False)
    origin: tuple = ()  # first math index per axis of an indexed variable (default 1)
    bounds: tuple = ()  # (lo, hi) of an index variable, inclusive, when declared

    @property
    def differentiable(self) -> bool:
        """Continuous inputs and parameters are differentiated; labels, counts, indices are not."""
        return (self.role in ("input", "parameter") and self.kind != "function"
                and not self.domain.integer and not self.domain.values)


class Symbols:
    """The symbol table an equation declares its variables on, in declaration order."""

    def __init__(self, owner: str = "<equation>"):
        self.owner = owner
        self.vars: dict[str, Var] = {}

    def _add(self, name, latex, description, role, domain, kind, shape, symbol, origin=(), bounds=()):
        if not name.isidentifier() or keyword.iskeyword(name):
            raise DeclarationError(f"{self.owner}: variable name {name!r} is not a Python identifier")
        if name in self.vars:
            raise DeclarationError(f"{self.owner}: variable {name!r} declared twice")
        if role not in ROLES:
            raise DeclarationError(f"{self.owner}: unknown role {role!r} for {name!r}; use one of {ROLES}")
        if not description or description[0].isupper() and not description.split()[0].isupper():
            raise DeclarationError(
                f"{self.owner}: description of {name!r} must be a lower-case phrase "
                f"completing '{name} is ...', got {description!r}")
        self.vars[name] = Var(name, latex, description, role, domain, kind, tuple(shape), symbol,
                              tuple(sp.sympify(o) for o in origin), tuple(sp.sympify(b) for b in bounds))
        return symbol

    def _make(self, name, latex, description, role, domain, shape, matrix, origin=None):
        shape = tuple(shape)
        if matrix:
            if len(shape) != 2:
                raise DeclarationError(f"{self.owner}: matrix {name!r} needs a 2-D shape")
            sym = sp.MatrixSymbol(name, *shape)
            return self._add(name, latex, description, role, domain, "matrix", shape, sym)
        if shape:
            sym = sp.IndexedBase(name, shape=shape, **domain.assumptions())
            origin = tuple(origin) if origin is not None else (1,) * len(shape)
            if len(origin) != len(shape):
                raise DeclarationError(f"{self.owner}: origin of {name!r} needs one entry per axis")
            return self._add(name, latex, description, role, domain, "indexed", shape, sym, origin)
        sym = sp.Symbol(name, **domain.assumptions())
        return self._add(name, latex, description, role, domain, "scalar", shape, sym)

    # ``origin`` gives the first index of each axis of an indexed variable (default 1; use 0 for
    # positions counted from 0, ``-r`` for a kernel centred on 0, as in ``K(u, v)`` with u = -r..r).

    def input(self, name, latex, description, domain: Domain = REAL, shape=(), matrix=False, origin=None):
        """A data input (differentiated when continuous)."""
        return self._make(name, latex, description, "input", domain, shape, matrix, origin)

    def parameter(self, name, latex, description, domain: Domain = REAL, shape=(), matrix=False, origin=None):
        """A learned parameter (weights, biases)."""
        return self._make(name, latex, description, "parameter", domain, shape, matrix, origin)

    def hyperparameter(self, name, latex, description, domain: Domain = REAL, shape=(), matrix=False, origin=None):
        """A setting chosen by the user (learning rate, epsilon, temperature)."""
        return self._make(name, latex, description, "hyperparameter", domain, shape, matrix, origin)

    def output(self, name, latex, description, domain: Domain = REAL, shape=(), matrix=False, origin=None):
        """The quantity the equation defines."""
        return self._make(name, latex, description, "output", domain, shape, matrix, origin)

    def adopt(self, var: Var):
        """Add an existing Var (from another table) unchanged: derived entries reuse the primal's."""
        if var.name in self.vars and self.vars[var.name] != var:
            raise DeclarationError(f"{self.owner}: variable {var.name!r} adopted with a different definition")
        self.vars[var.name] = var
        return var.symbol

    def size(self, name, latex, description, domain: Domain = POSITIVE_INTEGER):
        """A dimension (number of samples, classes, features); ``domain`` may narrow it (even)."""
        sym = sp.Symbol(name, integer=True, positive=True)
        return self._add(name, latex, description, "size", domain, "scalar", (), sym)

    def index(self, name, latex, description, lo=None, hi=None):
        """A summation or component index; documents print 1-based bounds.

        ``lo`` and ``hi`` (inclusive) are needed when the index is free in a left-hand side
        whose range is not simply the output's shape (``PE(pos, 2i)``, ``dL/dz_j``).
        """
        sym = sp.Symbol(name, integer=True)
        bounds = () if lo is None else (lo, hi)
        return self._add(name, latex, description, "index", INTEGER, "scalar", (), sym, (), bounds)

    def function(self, name, latex, description, role="input", domain: Domain = REAL):
        """An abstract function (an activation f, a density p); ``latex`` may use ``#1`` for arguments."""
        fn = sp.Function(name, real=True)
        return self._add(name, latex, description, role, domain, "function", (), fn)


@dataclass(frozen=True)
class Line:
    """One line of a body: ``lhs = rhs`` (or ``lhs <- rhs`` in an update).

    ``stable`` is an expression equal to ``rhs`` that kernels compute instead (proven equal
    by the tests); documents always show ``rhs``.
    """

    lhs: sp.Basic
    rhs: sp.Basic
    stable: sp.Basic | None = None


@dataclass(frozen=True)
class Body:
    """What an equation states: ordered lines, how they read, whether they compute a value."""

    lines: tuple[Line, ...]
    relation: str  # "=" or "<-"
    computes: bool
    # stable forms of derivatives, for kernels: (name of the variable differentiated by, a function
    # of the differentiated component (x[k]) giving an expression equal to the derived derivative,
    # proven equal by the tests); documents show the derived form
    stable_grads: tuple = ()
    # the same for vector-Jacobian products: a function of the component and the upstream gradient
    # G (an IndexedBase shaped like the output) giving sum over the output of G times its derivative
    stable_vjps: tuple = ()

    @property
    def kind(self) -> str:
        if not self.computes:
            return "identity"
        return "update" if self.relation == "<-" else "definition"


def _line(pair) -> Line:
    if isinstance(pair, Line):
        return pair
    return Line(*pair)


def Definition(lhs, rhs, stable=None, stable_grads=None, stable_vjps=None) -> Body:
    """``lhs = rhs``: the equation computes lhs from the inputs; ``stable_grads`` maps a variable's
    name to a function of its differentiated component giving the derivative's stable form
    (``stable_vjps``: of the component and the upstream gradient, giving the VJP's)."""
    return Body((Line(lhs, rhs, stable),), "=", True, tuple(sorted((stable_grads or {}).items())),
                tuple(sorted((stable_vjps or {}).items())))


def Definitions(*lines, stable_grads=None, stable_vjps=None) -> Body:
    """Several ``=`` lines evaluated in order (later lines may use earlier left-hand sides)."""
    return Body(tuple(_line(p) for p in lines), "=", True, tuple(sorted((stable_grads or {}).items())),
                tuple(sorted((stable_vjps or {}).items())))


def Update(*lines, stable_grads=None) -> Body:
    """In-place assignments ``lhs <- rhs`` evaluated in order (optimizers, Q-learning). A line's
    stable form may read a state's value before the update as ``before(v)``."""
    return Body(tuple(_line(p) for p in lines), "<-", True, tuple(sorted((stable_grads or {}).items())))


def Identity(lhs, rhs) -> Body:
    """A statement that holds for all inputs (chain rule, normalisation); computes nothing."""
    return Body((Line(lhs, rhs),), "=", False)


_SLUG = re.compile(r"^[a-z][a-z0-9_]*$")


class Equation:
    """A declared equation. Building (calling the declaring function) happens on first use."""

    def __init__(self, number: int, slug: str, title: str, family: str,
                 build: Callable[[Symbols], Body], notes: str = "", refs: tuple = (),
                 no_derivative: str = "", edges: dict | None = None):
        if not _SLUG.match(slug):
            raise DeclarationError(f"equation {number}: slug {slug!r} must be lower_snake_case")
        self.number, self.slug, self.title, self.family = number, slug, title, family
        self.notes, self.refs = notes, tuple(refs)
        self.no_derivative = no_derivative  # why derivatives of this output are not derived, if so
        # kernel name suffix ("" for the forward kernel, "grad_y_hat", "value_and_grad") -> the IEEE
        # value it returns where the true value is infinite or undefined; kernel docstrings say it
        self.edges = dict(edges or {})
        self._build = build
        self.source_module = getattr(build, "__module__", "")

    def __repr__(self) -> str:
        return f"<Equation {self.number} {self.slug}>"

    @cached_property
    def _built(self) -> tuple[Symbols, Body]:
        table = Symbols(owner=f"equation {self.number} ({self.slug})")
        body = self._build(table)
        if not isinstance(body, Body):
            raise DeclarationError(f"{table.owner}: the declaring function must return a Body, "
                                   f"got {type(body).__name__}")
        _check_symbols(table, body)
        return table, body

    @property
    def body(self) -> Body:
        return self._built[1]

    @property
    def lines(self) -> tuple[Line, ...]:
        return self.body.lines

    @property
    def table(self) -> dict[str, Var]:
        return self._built[0].vars

    @property
    def variables(self) -> tuple[Var, ...]:
        return tuple(self.table.values())

    @property
    def kind(self) -> str:
        return self.body.kind


def equation(number: int, slug: str, title: str, *, family: str, notes: str = "", refs=(),
             no_derivative: str = "", edges: dict | None = None):
    """Decorator turning a declaring function ``f(v: Symbols) -> Body`` into an :class:`Equation`.

    ``no_derivative`` states why the output is not differentiated (e.g. it is itself a gradient);
    ``edges`` what a kernel returns where the true value is infinite or undefined (log 0, 0/0)."""
    def wrap(fn):
        return Equation(number, slug, title, family, fn, notes=notes, refs=refs, no_derivative=no_derivative,
                        edges=edges)
    return wrap


def symbol_names(expr) -> list[str]:
    """Names of the declared-kind symbols occurring in ``expr``, in first-occurrence order.

    Counts Symbols, the bases of Indexed objects, MatrixSymbols and undefined functions; does
    not descend into a MatrixSymbol's shape.
    """
    seen: dict[str, None] = {}

    def walk(e):
        if isinstance(e, sp.Indexed):
            seen.setdefault(e.base.label.name, None)
            for i in e.indices:
                walk(i)
        elif isinstance(e, sp.IndexedBase):
            seen.setdefault(e.label.name, None)
        elif isinstance(e, sp.MatrixSymbol):
            seen.setdefault(e.name, None)
        elif isinstance(e, sp.Dummy):
            pass  # bound by SymPy itself (the xi of a Subs)
        elif isinstance(e, sp.Symbol):
            seen.setdefault(e.name, None)
        elif isinstance(e, AppliedUndef):
            seen.setdefault(type(e).__name__, None)
            for a in e.args:
                walk(a)
        elif isinstance(e, UndefinedFunction):
            seen.setdefault(e.__name__, None)
        elif isinstance(e, sp.Function) and hasattr(type(e), "dleq_name"):
            seen.setdefault(type(e).dleq_name, None)  # a named function such as the sigmoid
            for a in e.args:
                walk(a)
        elif isinstance(e, sp.Basic):
            for a in e.args:
                walk(a)
        elif isinstance(e, (tuple, list)):
            for a in e:
                walk(a)

    walk(expr)
    return list(seen)


def _check_symbols(table: Symbols, body: Body) -> None:
    used: dict[str, None] = {}
    for line in body.lines:
        for e in (line.lhs, line.rhs):
            for n in symbol_names(e):
                used.setdefault(n, None)
    # a size that shapes a used variable, or bounds a used index, is used too (F' in W: F' x F)
    for n in list(used):
        var = table.vars.get(n)
        if var is not None:
            for e in tuple(var.shape) + tuple(var.bounds) + tuple(var.origin):
                for m in symbol_names(sp.sympify(e)):
                    used.setdefault(m, None)
    undeclared = [n for n in used if n not in table.vars]
    unused = [n for n in table.vars if n not in used]
    if undeclared:
        raise DeclarationError(f"{table.owner}: symbols used but not declared: {undeclared}")
    if unused:
        raise DeclarationError(f"{table.owner}: symbols declared but not used: {unused}")
