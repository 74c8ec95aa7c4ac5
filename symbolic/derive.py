"""Derivatives of every differentiable equation, closed in index notation and in textbook form.

For an equation's last line (its output) and each continuous input or parameter:
  derivative  scalar output, scalar input            d out / d x
  gradient    scalar output, indexed input           d out / d x_k        (free index k)
  jacobian    vector output, vector input            d y_j / d z_k        (small maps: softmax)
  vjp         indexed output otherwise               d L / d x_k = sum_j G_j d y_j / d x_k
Earlier lines are substituted in, the derivative is taken, Kronecker deltas are eliminated
(symbolic.indexcalc), and the result is rewritten in the equation's own outputs
(symbolic.textbook): sigma (1 - sigma), yhat_j (delta_jk - yhat_k), the batch-norm xhat.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

import sympy as sp
from sympy.core.function import AppliedUndef

from symbolic.declare import Definitions, Equation, Line, Var, symbol_names
from symbolic.domains import INTEGER, REAL
from symbolic.functions import (SIGMOID_VAR, before, finite_or, hypot, product3, quotient3, relentr, sigmoid, times,
                                xlog1py, xlogy)
from symbolic.indexcalc import eliminate_deltas, rename_bound
from symbolic.reductions import InverseGeometricMean, MaxOver
from symbolic.stable import kernel_form
from symbolic.textbook import free_indices, kinks_explicit, scoped, to_textbook

INDEX_POOL = ("k", "l", "q", "r", "a", "b", "p", "u", "v", "w")
LOSS = Var("loss", r"\mathcal{L}", "a scalar loss computed downstream from the output", "output", REAL,
           "scalar", (), sp.Symbol("loss", real=True))


@dataclass(frozen=True)
class Skip:
    """A variable that is not differentiated, and why."""

    var: str
    reason: str


@dataclass
class Derived:
    """One derivative of one equation: its display line and everything needed to evaluate it."""

    primal: Equation
    wrt: Var
    kind: str
    line: Line
    extra: tuple  # Vars the derivative adds (its index, the upstream gradient, the loss)
    # what kernels compute, where it differs from the displayed line: the derivative of the
    # primal's stable form (d/dy xlogy(x, y) = xdivy(x, y), 0 where x = 0: the gradient of the
    # x log x -> 0 convention, finite where the textbook y/x form is 0/0)
    kernel: sp.Expr | None = None

    @property
    def name(self) -> str:
        suffix = {"derivative": "grad", "gradient": "grad"}.get(self.kind, self.kind)
        return f"{self.primal.slug}_{suffix}_{self.wrt.name}"

    def _equation(self, lines, only_used: bool) -> Equation:
        names = set()
        for ln in lines:
            names |= set(symbol_names(ln.lhs)) | set(symbol_names(ln.rhs))
        pool = list(self.primal.variables) + list(self.extra)

        def build(v):
            for var in pool:
                if not only_used or var.name in names or _shapes_used(var, pool, names):
                    v.adopt(var)
            return Definitions(*lines)

        return Equation(self.primal.number, self.primal.slug, self.primal.title, self.primal.family, build)

    @cached_property
    def document(self) -> Equation:
        """The derivative line alone, with a symbol table of what it uses (for documents)."""
        return self._equation([self.line], only_used=True)

    @cached_property
    def evaluable(self) -> Equation:
        """Primal lines then the derivative line (for numeric evaluation of primal outputs it uses)."""
        lines = [ln for ln in self.primal.lines if not isinstance(ln.lhs, AppliedUndef)
                 and self.primal.body.relation == "="] + [self.line]
        return self._equation(lines, only_used=True)

    @cached_property
    def kernel_evaluable(self) -> Equation | None:
        """Primal lines then the kernel's form of the derivative (None where the kernel computes
        the displayed line): equal to ``evaluable`` in exact arithmetic (the kernel check
        compares them), and evaluable where the displayed line cancels beyond any precision (an
        attention VJP at a saturated softmax: 1 - alpha with alpha = 1 - e^(-1e600))."""
        if self.kernel is None:
            return None
        lines = [ln for ln in self.primal.lines if not isinstance(ln.lhs, AppliedUndef)
                 and self.primal.body.relation == "="] + [Line(self.line.lhs, self.kernel)]
        return self._equation(lines, only_used=True)

    @property
    def ops(self) -> int:
        return int(sp.count_ops(self.line.rhs))


def _shapes_used(var: Var, pool, names) -> bool:
    """A size is used when it shapes or bounds a used variable."""
    if var.role != "size":
        return False
    for other in pool:
        if other.name in names:
            for e in tuple(other.shape) + tuple(other.bounds) + tuple(other.origin):
                if var.symbol in sp.sympify(e).free_symbols:
                    return True
    return False


# --- what is differentiated ----------------------------------------------------------------
def skip_reason(eq: Equation, var: Var) -> str | None:
    if var.role == "output" or var.role in ("index", "size"):
        return None  # not a candidate at all
    if var.kind == "function":
        return "an abstract function, not a value"
    if var.role == "hyperparameter":
        return "a hyperparameter (chosen, not learned)"
    if var.domain.integer or var.domain.values:
        return f"discrete ({var.domain.name}): labels, counts and indices have no derivative"
    if var.kind == "matrix":
        return "a matrix-expression input: derivatives of matrix expressions are not derived"
    return ""


def equation_skip_reason(eq: Equation) -> str | None:
    if eq.no_derivative:
        return eq.no_derivative
    if not eq.body.computes:
        return "an identity: it computes no value"
    last = eq.lines[-1].lhs
    if isinstance(last, sp.Derivative):
        return "states a derivative itself; proven against its primal entry (tests/test_seed_derivatives.py)"
    if isinstance(last, (sp.MatrixExpr, sp.MatrixBase)) or isinstance(eq.lines[-1].rhs, sp.MatrixExpr):
        return "a matrix-valued equation: derivatives of matrix expressions are not derived"
    return None


# --- forward substitution ------------------------------------------------------------------
def _fresh(names: set, base: str = "k") -> sp.Symbol:
    for cand in INDEX_POOL + tuple(f"{base}{n}" for n in range(2, 20)):
        if cand not in names:
            names.add(cand)
            return sp.Symbol(cand, integer=True)
    raise RuntimeError("no fresh index name")


def _kernel_indices(kernel, known: set, wrt: str) -> list:
    """Vars for the summation indices a declared kernel form binds beyond the equation's own (the
    pivot of an attention VJP, which needs one more key index than the equation declares). They
    are not shown: documents list only what the displayed line uses."""
    out = {}
    for node in sp.preorder_traversal(kernel):
        for limit in getattr(node, "limits", ()) if isinstance(node, (sp.Sum, MaxOver)) else ():
            i, lo, hi = limit
            if i.name in known:
                continue
            if i.name in out and out[i.name].bounds != (lo, hi):
                raise ValueError(f"the kernel form for {wrt} binds {i.name} over two ranges")
            out[i.name] = Var(i.name, i.name, "a summation index of the kernel's form", "index", INTEGER,
                              "scalar", (), i, (), (lo, hi))
    return list(out.values())


def _substitute_definition(expr, lhs, rhs, free):
    """Replace every occurrence of ``lhs`` (with any indices) in ``expr`` by ``rhs``."""
    if isinstance(lhs, sp.Indexed):
        base = lhs.base

        def repl(e):
            mapping = {}
            for f, idx in zip(lhs.indices, e.indices):
                if f in free:
                    mapping[f] = idx
            return rhs.xreplace(mapping)

        return expr.replace(lambda e: isinstance(e, sp.Indexed) and e.base == base, repl)
    return expr.xreplace({lhs: rhs})


def _rename_bound(expr, names: set, renamed: list):
    """Give every summation index of ``expr`` a fresh name, so substituting it cannot capture."""
    def fresh(var):
        n = 2
        while f"{var.name}{n}" in names:
            n += 1
        names.add(f"{var.name}{n}")
        new = sp.Symbol(f"{var.name}{n}", integer=True)
        renamed.append((new, var))
        return new
    return rename_bound(expr, fresh)


def forward(eq: Equation, use_stable: bool = False, names: set | None = None, renamed: list | None = None):
    """(lhs of the last line, its rhs with every earlier line substituted in, the earlier defs)."""
    names = set(eq.table) if names is None else names
    renamed = [] if renamed is None else renamed
    defs, expr = [], None
    for n, ln in enumerate(eq.lines):
        rhs = ln.stable if (use_stable and ln.stable is not None) else ln.rhs
        olds = {b: sp.Dummy() for b in rhs.atoms(before)}  # before(v) is the input v: not substituted
        rhs = rhs.xreplace(olds)
        for lhs0, rhs0, free0 in defs:
            rhs = _substitute_definition(rhs, lhs0, _rename_bound(rhs0, names, renamed), free0)
        rhs = rhs.xreplace({d: b.args[0] for b, d in olds.items()})
        if n == len(eq.lines) - 1:
            expr = rhs
        else:
            defs.append((ln.lhs, rhs, free_indices(eq, ln.lhs)))
    return eq.lines[-1].lhs, expr, defs


# --- the derivation ------------------------------------------------------------------------
def _axis_range(var: Var, axis: int):
    lo = sp.sympify(var.origin[axis]) if var.origin else sp.S.One
    return lo, lo + sp.sympify(var.shape[axis]) - 1


def _output_ranges(eq: Equation, lhs, free) -> dict:
    ranges = {}
    for f in free:
        var = eq.table[f.name]
        if var.bounds:
            ranges[f] = tuple(sp.sympify(b) for b in var.bounds)
        elif isinstance(lhs, sp.Indexed):
            out = eq.table[lhs.base.label.name]
            for axis, idx in enumerate(lhs.indices):
                if idx == f:
                    ranges[f] = _axis_range(out, axis)
    return ranges


def derive(eq: Equation) -> tuple[list[Derived], list[Skip]]:
    """Every derivative of ``eq``'s output, and the variables skipped with their reasons."""
    reason = equation_skip_reason(eq)
    if reason:
        return [], [Skip("*", reason)]
    names, renamed = set(eq.table) | {"G_up", "loss"}, []
    out_lhs, full, defs = forward(eq, names=names, renamed=renamed)
    has_stable = any(ln.stable is not None for ln in eq.lines)
    stable_full = forward(eq, True, names, renamed)[1] if has_stable else None
    if stable_full is not None and stable_full.has(MaxOver):
        # a form scaled by the largest component (R^2): its derivative routes through the
        # arg-max and is never the shorter form, but costs minutes to put in textbook form
        stable_full = None
    if stable_full is not None and stable_full.has(finite_or, times, product3, quotient3, hypot, InverseGeometricMean):
        # forms written for a kernel's rounding (Adam's overflow-free step): their derivatives are
        # declared (stable_grads) where needed, and documents keep the textbook derivative
        stable_full = None
    kernel_full = kernel_form(stable_full if stable_full is not None else full)
    if kernel_full.has(xlogy, xlog1py, relentr) and not kernel_full.has(MaxOver):
        # the x log x -> 0 convention: kernels differentiate the stable form itself (xdivy where
        # the textbook has x / y), documents keep the textbook derivative
        stable_full = None
    else:
        kernel_full = None
    free = free_indices(eq, out_lhs)
    ranges = _output_ranges(eq, out_lhs, free)
    base_names = set(names)
    # letters already printed in the table's LaTeX (the (l) of a layer) are not index names
    letters = {m for v in eq.variables for m in re.findall(r"(?<![A-Za-z\\])([a-z])(?![A-Za-z])", v.latex)}
    shown = out_lhs
    if eq.body.relation == "<-" and isinstance(out_lhs, (sp.Symbol, sp.Indexed)):
        # the updated value gets a prime: d theta' / d theta, d Q'(s, a) / d Q(k, l)
        old_var = eq.table[out_lhs.name if isinstance(out_lhs, sp.Symbol) else out_lhs.base.label.name]
        cut = min([old_var.latex.find(c) for c in ("(", "_{", "^{") if c in old_var.latex] or [len(old_var.latex)])
        tex = old_var.latex[:cut] + "'" + old_var.latex[cut:]
        if isinstance(out_lhs, sp.Symbol):
            shown = sp.Symbol(f"{old_var.name}_new", real=True)
        else:
            shown = sp.IndexedBase(f"{old_var.name}_new", shape=old_var.shape, real=True)[out_lhs.indices]
        updated = Var(f"{old_var.name}_new", tex, "the value after the update",
                      "output", old_var.domain, old_var.kind, old_var.shape,
                      shown if isinstance(shown, sp.Symbol) else shown.base, old_var.origin)
    derived, skipped = [], []
    for var in eq.variables:
        why = skip_reason(eq, var)
        if why is None:
            continue
        if why:
            skipped.append(Skip(var.name, why))
            continue
        extra, local = [], dict(ranges)
        names = set(base_names) | letters
        if var.kind == "indexed":
            idx = []
            for axis in range(len(var.shape)):
                k = _fresh(names)
                idx.append(k)
                local[k] = _axis_range(var, axis)
                extra.append(Var(k.name, k.name, "the index of the component differentiated by",
                                 "index", INTEGER, "scalar", (), k, (), local[k]))
            target = var.symbol[tuple(idx)]
        else:
            target = var.symbol
        D = sp.diff(full, target)
        if free and len(free) == 1 and var.kind == "indexed" and len(var.shape) == 1 \
                and isinstance(out_lhs, sp.Indexed) and len(out_lhs.indices) == 1 and eq.family == "activation":
            kind, lhs = "jacobian", sp.Derivative(out_lhs, target)
        elif free:
            out = eq.table[out_lhs.base.label.name]
            G = sp.IndexedBase("G_up", shape=out.shape, real=True)
            extra.append(Var("G_up", "G_{%s}" % ",".join(f"#{n + 1}" for n in range(len(out.shape))),
                             "the upstream gradient, the derivative of $\\mathcal{L}$ with respect to the "
                             "output component of the same indices", "input", REAL, "indexed", out.shape, G,
                             out.origin))
            extra.append(LOSS)
            D = sp.Sum(G[tuple(out_lhs.indices)] * D, *[(f, *ranges[f]) for f in free])
            kind, lhs = "vjp", sp.Derivative(LOSS.symbol, target)
        else:
            kind = "gradient" if var.kind == "indexed" else "derivative"
            lhs = sp.Derivative(shown, target)
            if shown is not out_lhs:
                extra.append(updated)
        raw = D
        kernel = None
        declared = dict(eq.body.stable_vjps if kind == "vjp" else eq.body.stable_grads).get(var.name)
        if declared is not None:
            kernel = declared(target, G) if kind == "vjp" else declared(target)
            extra.extend(_kernel_indices(kernel, set(eq.table) | {v.name for v in extra}, var.name))
        elif kernel_full is not None:
            K = sp.diff(kernel_full, target)
            if kind == "vjp":
                K = sp.Sum(G[tuple(out_lhs.indices)] * K, *[(f, *ranges[f]) for f in free])
            kernel = eliminate_deltas(K, local)
        D = to_textbook(eliminate_deltas(D, local), eq)
        if stable_full is not None:
            D2 = sp.diff(stable_full, target)
            if kind == "vjp":
                D2 = sp.Sum(G[tuple(out_lhs.indices)] * D2, *[(f, *ranges[f]) for f in free])
            D2 = to_textbook(eliminate_deltas(D2, local), eq)
            if sp.count_ops(D2) < sp.count_ops(D) and not D2.has(sp.Piecewise):
                D = D2
        if kernel is not None and declared is None and sp.count_ops(kernel) > 2 * sp.count_ops(D):
            # the stable form's derivative still carries terms the textbook form cancelled
            # (JS: P/M + Q/M - 2 = 0), which would cost accuracy where the gradient is small
            kernel = None
        if D.has(sigmoid):
            extra.append(SIGMOID_VAR)
        for new, old in renamed:
            if D.has(new):
                tex = old.name + "'" * (int(new.name[len(old.name):]) - 1)
                extra.append(Var(new.name, tex, "a summation index", "index", REAL, "scalar", (), new))
        D = kinks_explicit(D)
        allowed = {k for k in local if k not in free} | (set(free) if kind == "jacobian" else set())
        if not scoped(D, allowed):
            # a rewrite moved a case split out of the sum its condition needs: use the raw form
            D = kinks_explicit(eliminate_deltas(raw, local))
            if not scoped(D, allowed):
                why = ("the subgradient of a maximum over a window (it routes to the arg-max) has no closed "
                       "form here" if raw.has(MaxOver) else
                       "the closed form moved a case split out of the sum its condition needs")
                skipped.append(Skip(var.name, why))
                continue
        if any(isinstance(d, sp.Derivative) and not isinstance(d.expr, AppliedUndef)
               for d in sp.preorder_traversal(D)):
            skipped.append(Skip(var.name, "SymPy leaves this derivative unevaluated"))
            continue
        derived.append(Derived(eq, var, kind, Line(lhs, D), tuple(extra), kernel))
    if not derived and not skipped:
        skipped.append(Skip("*", "no continuous input or parameter (only indices and sizes)"))
    return derived, skipped
