"""Derivatives of every differentiable equation, closed in index notation and in textbook form.

For an equation's last line (its output) and each continuous input or parameter:
  derivative  scalar output, scalar input            d out / d x
  gradient    scalar output, indexed input           d out / d x_k        (free index k)
  jacobian    vector output, vector input            d y_j / d z_k        (small maps: softmax)
  vjp         indexed output otherwise               d L / d x_k = sum_j G_j d y_j / d x_k
Earlier lines are substituted in, the derivative is taken, Kronecker deltas are eliminated
(symbolic.indexcalc), and the result is rewritten in terms of the equation's own outputs
(``sigma (1 - sigma)``, ``yhat_j (delta_jk - yhat_k)``, ``xhat``) where that makes it smaller.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

import sympy as sp
from sympy.core.function import AppliedUndef

from symbolic.declare import Definitions, Equation, Line, Var
from symbolic.domains import INTEGER, REAL
from symbolic.functions import SIGMOID_VAR, recognise_sigmoid, sigmoid
from symbolic.indexcalc import canonical_bound, eliminate_deltas
from symbolic.reductions import MaxOver

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

    @property
    def name(self) -> str:
        suffix = {"derivative": "grad", "gradient": "grad"}.get(self.kind, self.kind)
        return f"{self.primal.slug}_{suffix}_{self.wrt.name}"

    @property
    def output(self) -> str:
        lhs = self.primal.lines[-1].lhs
        return getattr(lhs, "name", None) or getattr(getattr(lhs, "base", None), "label", self.primal.slug).__str__()

    def _equation(self, lines, only_used: bool) -> Equation:
        names = set()
        for ln in lines:
            from symbolic.declare import symbol_names
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
    if any(isinstance(ln.rhs, MaxOver) or ln.rhs.has(MaxOver) for ln in eq.lines):
        return "a maximum over a range: only a subgradient exists (it routes to the arg-max); not derived"
    return None


# --- forward substitution ------------------------------------------------------------------
def _fresh(names: set, base: str = "k") -> sp.Symbol:
    for cand in INDEX_POOL + tuple(f"{base}{n}" for n in range(2, 20)):
        if cand not in names:
            names.add(cand)
            return sp.Symbol(cand, integer=True)
    raise RuntimeError("no fresh index name")


def _free_indices(eq: Equation, lhs) -> list:
    from symbolic.declare import symbol_names
    return [eq.table[n].symbol for n in symbol_names(lhs)
            if n in eq.table and eq.table[n].role == "index" and isinstance(lhs, sp.Indexed)]


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
    def visit(e):
        if isinstance(e, sp.Sum):
            f, limits = e.function, []
            for var, lo, hi in e.limits:
                n = 2
                while f"{var.name}{n}" in names:
                    n += 1
                names.add(f"{var.name}{n}")
                new = sp.Symbol(f"{var.name}{n}", integer=True)
                renamed.append((new, var))
                f = f.xreplace({var: new})
                limits.append((new, lo, hi))
            return sp.Sum(visit(f), *limits)
        if isinstance(e, sp.Basic) and e.args and not isinstance(e, (sp.Indexed, sp.MatrixSymbol)):
            return e.func(*[visit(a) for a in e.args])
        return e
    return visit(expr)


def forward(eq: Equation, use_stable: bool = False, names: set | None = None, renamed: list | None = None):
    """(lhs of the last line, its rhs with every earlier line substituted in, the earlier defs)."""
    names = set(eq.table) if names is None else names
    renamed = [] if renamed is None else renamed
    defs, expr = [], None
    for n, ln in enumerate(eq.lines):
        rhs = ln.stable if (use_stable and ln.stable is not None) else ln.rhs
        for lhs0, rhs0, free0 in defs:
            rhs = _substitute_definition(rhs, lhs0, _rename_bound(rhs0, names, renamed), free0)
        if n == len(eq.lines) - 1:
            expr = rhs
        else:
            defs.append((ln.lhs, rhs, _free_indices(eq, ln.lhs)))
    return eq.lines[-1].lhs, expr, defs


# --- rewriting in terms of outputs ---------------------------------------------------------
def _leaves(rhs, free, inputs) -> list:
    """Atoms of a definition to solve for: its sums, its one exp, or its one indexed input."""
    out = [e for e in sp.preorder_traversal(rhs) if isinstance(e, sp.Sum) and e.has(*inputs)]
    def outside_sums(e):
        if isinstance(e, sp.Sum):
            return
        yield e
        for a in e.args:
            yield from outside_sums(a)

    exps = {e for e in outside_sums(rhs)
            if isinstance(e, sp.exp) and e.has(*inputs) and (not free or e.has(*free))}
    if len(exps) == 1:
        out += list(exps)
    if free:
        ind = {e for e in sp.preorder_traversal(rhs) if isinstance(e, sp.Indexed)
               and e.base.label in inputs and set(free) <= e.free_symbols}
        if len(ind) == 1:
            out += list(ind)
    return out


def _rewrite_with(expr, lhs, rhs, free, inputs) -> list:
    """Forms of ``expr`` written through ``lhs``, one per leaf that lhs = rhs can be solved for."""
    out = []
    for leaf in _leaves(rhs, free, inputs):
        new = _rewrite_leaf(expr, lhs, rhs, free, leaf)
        if new is not None:
            out.append(new)
    return out


def _wilds(free):
    return {f: sp.Wild(f"w_{f}", properties=[lambda x: x.is_integer is not False]) for f in free}


def _replace_family(expr, pattern_of, make, wild, kind):
    """Replace each subexpression of type ``kind`` matching ``pattern_of`` (modulo the names of
    summation indices) by ``make(match)``."""
    pattern = canonical_bound(pattern_of)

    def matches(e):
        return isinstance(e, kind) and canonical_bound(e).match(pattern) is not None

    needed = [w for w in wild.values() if pattern.has(w)]

    def repl(e):
        m = canonical_bound(e).match(pattern)
        if m is None or any(w not in m for w in needed):
            return e
        return make(m)

    return expr.replace(matches, repl)


@lru_cache(maxsize=None)
def _solve_for_leaf(lhs, rhs, leaf):
    """The leaf as a function of the left-hand side (lhs = rhs solved for leaf), or None."""
    u = sp.Dummy("u")
    try:
        sols = sp.solve(sp.Eq(lhs, rhs.xreplace({leaf: u})), u, check=False, simplify=False)
    except (NotImplementedError, ValueError):
        return None
    return sols[0] if len(sols) == 1 else None


def _rewrite_leaf(expr, lhs, rhs, free, leaf):
    sol = _solve_for_leaf(lhs, rhs, leaf)
    if sol is None:
        return None
    if not free and isinstance(leaf, sp.exp):
        # exp(c a) = leaf^c for a number c: e^{z} = 1 / e^{-z}
        def scalar_repl(e):
            ratio = sp.cancel(e.args[0] / leaf.args[0])
            return sol ** ratio if ratio.is_Rational else e
        return sp.expand_power_exp(expr).replace(lambda e: isinstance(e, sp.exp), scalar_repl)
    expr = sp.expand_power_exp(expr)
    wild = _wilds(free)
    # the sums of the definition become functions of its free indices, S(t), so that a leaf
    # exp(e_{t,s}) -> alpha_{t,s} S(t) keeps the row it belongs to
    sums = [e for e in sp.preorder_traversal(rhs) if isinstance(e, sp.Sum)]
    atoms = {}
    for n, s_ in enumerate(sums):
        sfree = tuple(f for f in free if s_.has(f))
        fn = sp.Function(f"_S{n}")
        atoms[fn] = (s_, sfree)
        expr = _replace_family(expr, s_.xreplace(wild), lambda m, fn=fn, sf=sfree: fn(*[m[wild[f]] for f in sf]),
                               wild, sp.Sum)
        sol = sol.xreplace({s_: fn(*sfree)})
    if isinstance(leaf, sp.Sum):
        out = expr
        for fn, (s_, sfree) in atoms.items():
            if s_ == leaf:
                out = out.replace(lambda e, fn=fn: isinstance(e, fn),
                                  lambda e, sf=sfree: sol.xreplace(dict(zip(sf, e.args))))
    else:
        out = _replace_family(expr, leaf.xreplace(wild),
                              lambda m: sol.xreplace({f: m[w] for f, w in wild.items() if w in m}),
                              wild, type(leaf))
    for fn, (s_, sfree) in atoms.items():
        out = out.replace(lambda e, fn=fn: isinstance(e, fn),
                          lambda e, s_=s_, sf=sfree: s_.xreplace(dict(zip(sf, e.args))))
    return out


def _replace_definition(expr, lhs, rhs, free):
    """Occurrences of a definition's right-hand side (any indices) become its left-hand side."""
    wild = _wilds(free)
    target = lhs.xreplace(wild)
    for pattern in {rhs, recognise_sigmoid(rhs)}:
        if isinstance(pattern, (sp.Symbol, sp.Indexed)) or pattern.is_number:
            continue
        expr = _replace_family(recognise_sigmoid(expr) if pattern != rhs else expr, pattern.xreplace(wild),
                               lambda m: target.xreplace(m), wild, type(pattern))
    return expr


def _tidy(expr):
    """Smallest of a few equal forms; Heaviside -> the ReLU'(0) = 0 convention; signs into sums."""
    cands = [expr]
    small = sp.count_ops(expr) <= 40
    cands.append(_merge_sums(expr))
    for f in (sp.factor_terms, sp.cancel, sp.factor) if small else (sp.factor_terms,):
        try:
            cands.append(f(expr))
        except Exception:  # a form SymPy cannot factor stays as it is  # noqa: BLE001
            pass
    return min((_signs_into_sums(c) for c in cands), key=_size)


def _merge_sums(expr):
    """sum_j a_j + sum_j b_j -> sum_j (a_j + b_j), factored: sum_j W_jl G_j (1 - h_j^2)."""
    if not isinstance(expr, sp.Add):
        return expr
    groups, rest = {}, []
    for term in expr.args:
        sums = [f for f in sp.Mul.make_args(term) if isinstance(f, sp.Sum)]
        if len(sums) == 1:
            coeff = sp.Mul(*[f for f in sp.Mul.make_args(term) if f is not sums[0]])
            groups.setdefault(sums[0].limits, []).append(coeff * sums[0].function)
        else:
            rest.append(term)
    merged = [sp.Sum(sp.factor_terms(sp.Add(*fs)), *lim) if len(fs) > 1 else sp.Sum(fs[0], *lim)
              for lim, fs in groups.items()]
    return sp.Add(*rest, *merged)


def _scoped(expr, free: set) -> bool:
    """Every index symbol is free (allowed) or bound by an enclosing sum."""
    def ok(e, bound):
        if isinstance(e, sp.Sum):
            bound = bound | {lim[0] for lim in e.limits}
            return ok(e.function, bound) and all(ok(x, bound) for lim in e.limits for x in lim[1:])
        if isinstance(e, sp.Indexed):  # its base is a name, not an index; integer labels are data
            return all(ok(i, bound) for i in e.indices)
        if isinstance(e, sp.Symbol):
            return not e.is_integer or e in bound or e in free or bool(e.is_positive)  # sizes are positive
        return all(ok(a, bound) for a in e.args) if isinstance(e, sp.Basic) else True
    return ok(expr, frozenset())


def _kinks_explicit(expr):
    """Heaviside and sign as cases, with the conventions H(0) = 0 (ReLU'(0) = 0) and sign(0) = 0.

    Done last: SymPy's piecewise folding may move a case split out of a sum whose index its
    condition uses, so no rewriting runs after it."""
    expr = expr.replace(lambda e: isinstance(e, sp.Heaviside),
                        lambda e: sp.Piecewise((1, e.args[0] > 0), (0, True)))
    return expr.replace(lambda e: isinstance(e, sp.sign),
                        lambda e: sp.Piecewise((1, e.args[0] > 0), (-1, e.args[0] < 0), (0, True)))


def _signs_into_sums(expr):
    """-x (y - 1) -> x (1 - y): the textbook sign placement."""
    if isinstance(expr, sp.Mul) and expr.could_extract_minus_sign():
        factors = list(sp.Mul.make_args(-expr))
        adds = [f for f in factors if isinstance(f, sp.Add)]
        if len(adds) == 1:
            return sp.Mul(*[(-f if f is adds[0] else f) for f in factors])
    return expr


def to_textbook(expr, eq: Equation):
    """The smallest equal form of ``expr`` written with the equation's own outputs where possible."""
    inputs = {v.symbol.label if v.kind == "indexed" else v.symbol
              for v in eq.variables if v.role in ("input", "parameter")}
    best = _tidy(expr)
    for ln in (eq.lines if eq.body.relation == "=" else ()):  # an update's lhs is also its input
        if isinstance(ln.lhs, (sp.Symbol, sp.Indexed)):
            free = _free_indices(eq, ln.lhs)
            for form in (ln.rhs, ln.stable):
                if form is None:
                    continue
                direct = _tidy(_replace_definition(best, ln.lhs, form, free))
                if _size(direct) <= _size(best):
                    best = direct
            for start in (best, expr):
                for new in _rewrite_with(start, ln.lhs, ln.rhs, free, inputs):
                    new = _tidy(eliminate_deltas(new))
                    marker = ln.lhs.base if isinstance(ln.lhs, sp.Indexed) else ln.lhs
                    if _size(new) <= _size(best) and new.has(marker):
                        best = new
    for start in (expr, best):
        sig = _tidy(recognise_sigmoid(start))
        if sig.has(sigmoid) and _size(sig) < _size(best):
            best = sig
    return best


def _size(e) -> tuple:
    """Order of preference among equal forms: fewer operations, then a product over a sum."""
    return (int(sp.count_ops(e)), 0 if isinstance(e, sp.Mul) else 1, len(str(e)))


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
    free = _free_indices(eq, out_lhs)
    ranges = _output_ranges(eq, out_lhs, free)
    base_names = set(names)
    # letters already printed in the table's LaTeX (the (l) of a layer) are not index names
    letters = {m for v in eq.variables for m in re.findall(r"(?<![A-Za-z\\])([a-z])(?![A-Za-z])", v.latex)}
    shown = out_lhs
    if eq.body.relation == "<-" and isinstance(out_lhs, sp.Symbol):
        old_var = eq.table[out_lhs.name]
        shown = sp.Symbol(f"{out_lhs.name}_new", real=True)
        updated = Var(shown.name, old_var.latex + "'", f"the updated value of ${old_var.latex}$", "output",
                      old_var.domain, "scalar", (), shown)
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
        D = to_textbook(eliminate_deltas(D, local), eq)
        if stable_full is not None:
            D2 = sp.diff(stable_full, target)
            if kind == "vjp":
                D2 = sp.Sum(G[tuple(out_lhs.indices)] * D2, *[(f, *ranges[f]) for f in free])
            D2 = to_textbook(eliminate_deltas(D2, local), eq)
            if sp.count_ops(D2) < sp.count_ops(D) and not D2.has(sp.Piecewise):
                D = D2
        if D.has(sigmoid):
            extra.append(SIGMOID_VAR)
        for new, old in renamed:
            if D.has(new):
                tex = old.name + "'" * (int(new.name[len(old.name):]) - 1)
                extra.append(Var(new.name, tex, "a summation index", "index", REAL, "scalar", (), new))
        D = _kinks_explicit(D)
        allowed = {k for k in local if k not in free} | (set(free) if kind == "jacobian" else set())
        if not _scoped(D, allowed):
            # a rewrite moved a case split out of the sum its condition needs: use the raw form
            D = _kinks_explicit(eliminate_deltas(raw, local))
            if not _scoped(D, allowed):
                skipped.append(Skip(var.name, "the closed form could not be kept in scope"))
                continue
        if any(isinstance(d, sp.Derivative) and not isinstance(d.expr, AppliedUndef)
               for d in sp.preorder_traversal(D)):
            skipped.append(Skip(var.name, "SymPy leaves this derivative unevaluated"))
            continue
        derived.append(Derived(eq, var, kind, Line(lhs, D), tuple(extra)))
    if not derived and not skipped:
        skipped.append(Skip("*", "no continuous input or parameter (only indices and sizes)"))
    return derived, skipped
