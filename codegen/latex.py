"""LaTeX printer: SymPy expressions to the seed's notation, through an equation's symbol table.

Strict: a symbol, indexed base, matrix or function that is not in the table is an error naming
the equation, never printed as SymPy's raw name (``y_{hat}``, ``L_{MSE}``).
"""
from __future__ import annotations

import re

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.printing.latex import LatexPrinter

from symbolic.declare import Equation, Var, symbol_names


class LatexError(ValueError):
    """An expression cannot be printed (unknown symbol or construct); names the equation."""


def _fill(template: str, args: list[str]) -> str:
    """Substitute ``#1``, ``#2``, ... in ``template`` by ``args``."""
    return re.sub(r"#(\d)", lambda m: args[int(m.group(1)) - 1], template)


class DleqLatexPrinter(LatexPrinter):
    """LatexPrinter that reads names from a symbol table and prints textbook forms."""

    def __init__(self, table: dict[str, Var], owner: str = "<expression>"):
        super().__init__({"mul_symbol": None})
        self.table = table
        self.owner = owner
        self.lead = None  # the left-hand side of an update line, printed first in its right-hand side

    def _var(self, name: str) -> Var:
        try:
            return self.table[name]
        except KeyError:
            raise LatexError(f"{self.owner}: symbol {name!r} is not in the symbol table") from None

    # --- atoms ---------------------------------------------------------------------------
    def _print_Symbol(self, expr, style="plain"):
        return self._var(expr.name).latex

    _print_Dummy = _print_Symbol

    def _print_IndexedBase(self, expr):
        return re.sub(r"[_^]\{[^{}]*#\d[^{}]*\}|[_^]#\d|\(#\d\)", "", self._var(expr.label.name).latex)

    def _print_Indexed(self, expr):
        var = self._var(expr.base.label.name)
        idx = [self._print(i) for i in expr.indices]
        if "#" in var.latex:
            return _fill(var.latex, idx)
        return "%s_{%s}" % (var.latex, "".join(idx) if all(len(i) == 1 for i in idx) else ",".join(idx))

    def _print_MatrixSymbol(self, expr):
        return self._var(expr.name).latex

    def _print_Function(self, expr, exp=None):
        if isinstance(expr, AppliedUndef):
            var = self._var(type(expr).__name__)
            args = [self._print(a) for a in expr.args]
            tex = _fill(var.latex, args) if "#" in var.latex else var.latex + self._paren(", ".join(args))
            return tex if exp is None else r"\left(%s\right)^{%s}" % (tex, exp)
        return super()._print_Function(expr, exp)

    def _print_sigmoid(self, expr, exp=None):
        tex = self._var("sigmoid").latex + self._paren(self._print(expr.args[0]))
        return tex if exp is None else r"%s^{%s}" % (tex, exp)

    def _print_UndefinedFunction(self, expr):
        return self._var(expr.__name__).latex

    def _print_Pow(self, expr):
        base = expr.base
        if isinstance(base, (sp.Symbol, sp.Indexed, AppliedUndef)) and expr.exp.is_positive \
                and expr.exp != sp.S.Half:
            btex = self._print(base)
            if any(c in btex for c in "^( [") or (btex.startswith("\\") and " " in btex):
                btex = r"\left(%s\right)" % btex  # (\nabla_\theta L(\theta))^{2}, (\hat{y}^{(i)})^{2}
            return "%s^{%s}" % (btex, self._print(expr.exp))
        return super()._print_Pow(expr)

    # --- functions in the seed's style: \max(0, z), \log(x) -------------------------------
    def _paren(self, tex: str) -> str:
        if any(s in tex for s in (r"\frac", r"\sum", r"\left", r"\prod", r"\begin")):
            return r"\left(%s\right)" % tex
        return "(%s)" % tex

    def _minmax(self, name, expr, exp=None):
        args = sorted(expr.args, key=lambda a: (not a.is_number, sp.default_sort_key(a)))
        tex = "\\%s%s" % (name, self._paren(", ".join(self._print(a) for a in args)))
        return tex if exp is None else r"%s^{%s}" % (tex, exp)

    def _print_Max(self, expr, exp=None):
        return self._minmax("max", expr, exp)

    def _print_Min(self, expr, exp=None):
        return self._minmax("min", expr, exp)

    def _print_log(self, expr, exp=None):
        arg = expr.args[0]
        if exp is None and isinstance(arg, (sp.Indexed, AppliedUndef)) and self._print(arg).endswith(")"):
            return r"\log " + self._print(arg)  # \log p(y \mid x), not \log(p(y \mid x))
        tex = r"\log" + self._paren(self._print(arg))
        return tex if exp is None else r"\log^{%s}%s" % (exp, self._paren(self._print(expr.args[0])))

    def _print_exp(self, expr, exp=None):
        a = expr.args[0]
        if isinstance(a, sp.Add) and all(t.could_extract_minus_sign() for t in a.args):
            # e^{-(W x + b)} rather than SymPy's distributed e^{-b - W x}
            tex = r"\exp\left(-\left(%s\right)\right)" % self._print(-a)
            return tex if exp is None else r"\left(%s\right)^{%s}" % (tex, exp)
        arg = self._print(a)
        if r"\frac" in arg or r"\sum" in arg or len(arg) > 40:
            tex = r"\exp%s" % self._paren(arg)
        else:
            tex = "e^{%s}" % arg
        return tex if exp is None else r"\left(%s\right)^{%s}" % (tex, exp)

    def _trig(self, name, expr, exp=None):
        arg = self._paren(self._print(expr.args[0]))
        return "\\%s%s%s" % (name, "" if exp is None else "^{%s}" % exp, arg)

    def _print_tanh(self, expr, exp=None):
        return self._trig("tanh", expr, exp)

    def _print_sin(self, expr, exp=None):
        return self._trig("sin", expr, exp)

    def _print_cos(self, expr, exp=None):
        return self._trig("cos", expr, exp)

    def _print_Integral(self, expr):
        if len(expr.limits) == 1 and len(expr.limits[0]) == 3:
            var, lo, hi = expr.limits[0]
            return r"\int_{%s}^{%s} %s\, d%s" % (self._print(lo), self._print(hi),
                                                  self._print(expr.function), self._print(var))
        raise LatexError(f"{self.owner}: no LaTeX rule for a multiple or indefinite integral: {expr}")

    def _print_Abs(self, expr, exp=None):
        tex = r"\left|%s\right|" % self._print(expr.args[0])
        return tex if exp is None else r"%s^{%s}" % (tex, exp)

    def _print_Piecewise(self, expr):
        rows = []
        for e, c in expr.args:
            cond = r"\text{otherwise}" if c == sp.true else r"\text{if } %s" % self._print(c)
            rows.append(r"%s & %s" % (self._print(e), cond))
        return r"\begin{cases} %s \end{cases}" % r" \\ ".join(rows)

    def _print_KroneckerDelta(self, expr, exp=None):
        i, j = (self._print(a) for a in expr.args)
        sep = "" if len(i) == 1 and len(j) == 1 else ","
        tex = r"\delta_{%s%s%s}" % (i, sep, j)
        return tex if exp is None else r"\delta_{%s%s%s}^{%s}" % (i, sep, j, exp)

    # --- sums: nested \sum_{i=1}^{N}\sum_{c=1}^{C} rather than a substack ----------------
    def _print_Sum(self, expr):
        tex = ""
        for var, lo, hi in reversed(expr.limits):
            tex += r"\sum_{%s=%s}^{%s} " % (self._print(var), self._print(lo), self._print(hi))
        body = expr.function
        inner = self._print(body)
        if isinstance(body, sp.Add):
            inner = r"\left(%s\right)" % inner
        return tex + inner

    def _print_MaxOver(self, expr):
        tex = ""
        for var, lo, hi in reversed(expr.limits):
            tex += r"\max_{%s \le %s \le %s} " % (self._print(lo), self._print(var), self._print(hi))
        inner = self._print(expr.function)
        if isinstance(expr.function, sp.Add):
            inner = r"\left(%s\right)" % inner
        return tex + inner

    # --- derivatives of abstract functions: f'(g(x)), g'(x) ---------------------------------
    def _prime(self, fn_expr, arg_tex: str, order: int) -> str:
        var = self._var(type(fn_expr).__name__)
        return "%s%s(%s)" % (var.latex, "'" * order if order <= 3 else "^{(%d)}" % order, arg_tex)

    def _print_Derivative(self, expr):
        f = expr.expr
        if (isinstance(f, AppliedUndef) and len(f.args) == 1 and len(expr.variable_count) == 1
                and expr.variable_count[0][0] == f.args[0]):
            return self._prime(f, self._print(f.args[0]), int(expr.variable_count[0][1]))
        if isinstance(f, (sp.Symbol, sp.Indexed)):
            # \frac{\partial L}{\partial z_j}, as the seed writes derivatives of named quantities
            order = sum(int(n) for _, n in expr.variable_count)
            top = r"\partial%s %s" % ("" if order == 1 else "^{%d}" % order, self._print(f))
            bottom = " ".join(r"\partial %s%s" % (self._print(v), "" if n == 1 else "^{%d}" % n)
                              for v, n in expr.variable_count)
            return r"\frac{%s}{%s}" % (top, bottom)
        return super()._print_Derivative(expr)

    def _print_Subs(self, subs):
        expr, old, new = subs.args
        if (isinstance(expr, sp.Derivative) and isinstance(expr.expr, AppliedUndef) and len(old) == 1
                and expr.expr.args == (old[0],) and len(expr.variable_count) == 1
                and expr.variable_count[0][0] == old[0]):
            return self._prime(expr.expr, self._print(new[0]), int(expr.variable_count[0][1]))
        raise LatexError(f"{self.owner}: no LaTeX rule for this substitution: {subs}")

    # --- sums and products in textbook order --------------------------------------------
    def _print_Add(self, expr, order=None):
        terms = self._ordered_add_terms(expr, order)
        tex = ""
        for i, term in enumerate(terms):
            if i == 0:
                pass
            elif term.could_extract_minus_sign():
                tex += " - "
                term = -term
            else:
                tex += " + "
            term_tex = self._print(term)
            if self._needs_add_brackets(term):
                term_tex = r"\left(%s\right)" % term_tex
            tex += term_tex
        return tex

    def _is_setting(self, e) -> bool:
        """A hyperparameter, or a number, or a sum of these: such factors print first (rho E, (1 - beta) g)."""
        if e.is_number:
            return True
        if isinstance(e, sp.Symbol):
            var = self.table.get(e.name)
            return var is not None and var.role == "hyperparameter"
        if isinstance(e, (sp.Add, sp.Mul)) or (isinstance(e, sp.Pow) and e.exp.is_number):
            return all(self._is_setting(a) for a in e.args)
        return False

    def _declared_at(self, e) -> int:
        """Position of the earliest-declared symbol in ``e``: ties print in the author's reading order."""
        order = {name: n for n, name in enumerate(self.table)}
        if isinstance(e, sp.Derivative):  # dL/dz before dz/dx: by what is differentiated
            e = e.expr
        names = [n for n in symbol_names(e)
                 if n not in self.table or self.table[n].role not in ("index", "size")]
        return min((order.get(n, len(order)) for n in names), default=len(order))

    def _factor_rank(self, f) -> int:
        """Textbook order of factors: 2 lambda y (1 - y) log(y): numbers, settings, names, sums, functions."""
        base = f.base if isinstance(f, sp.Pow) else f
        if f.is_number:
            return 0
        if self._is_setting(f):
            return 1
        if isinstance(base, (sp.Symbol, AppliedUndef)):
            return 2  # gamma x_i, sigma(z) (1 - sigma(z))
        if isinstance(base, sp.Indexed):
            return 5 - min(len(base.indices), 2)  # matrix before vector: W_{jk} x_k
        if isinstance(base, sp.Add):
            return 5
        if isinstance(base, sp.KroneckerDelta):
            return 7
        return 6

    def _needs_mul_brackets(self, expr, first=False, last=False):
        if isinstance(expr, sp.Piecewise) and last:
            return False
        if isinstance(expr, sp.Pow) and expr.exp == sp.S.Half:
            return False  # \sqrt{...} delimits itself
        if isinstance(expr, (sp.exp, sp.log, sp.Max, sp.Min, sp.tanh, sp.sin, sp.cos, sp.Abs)):
            return False  # printed with their own delimiters: \exp\left(...\right), \max(...)
        return super()._needs_mul_brackets(expr, first=first, last=last)

    def _ordered_add_terms(self, expr, order=None):
        """Positive terms before negative ones; a constant leads when the other terms hold
        functions (1 + e^{-z}) and trails in polynomials (2i + 1)."""
        terms = self._as_ordered_terms(expr, order=order)
        if self.lead is not None and self.lead in terms:
            # in an update x <- x + ..., the old value leads: Q(s, a) + alpha (...)
            rest = [t for t in terms if t != self.lead]
            return [self.lead] + self._ordered_add_terms(sp.Add(*rest), order) if rest else [self.lead]
        numbers = [t for t in terms if t.is_number]
        others = [t for t in terms if not t.is_number]
        polynomial = all(not t.atoms(sp.Function) and not t.has(sp.Sum) for t in others)
        # sums, then compound terms, then lone names: \sum_i w_i x_i + b, \sqrt{v} + \epsilon
        def rank(t):
            if t.has(sp.Sum):
                return 0
            if self._is_setting(t):
                return 3  # sigma^2 + epsilon, x^T x' + c
            return 2 if isinstance(t, (sp.Symbol, sp.Indexed)) else 1
        others = sorted(others, key=lambda t: (rank(t), self._declared_at(t)))
        terms = others + numbers if polynomial else numbers + others
        return [t for t in terms if not t.could_extract_minus_sign()] + \
               [t for t in terms if t.could_extract_minus_sign()]

    def _print_Mul(self, expr):
        # \frac{1}{N} \sum ... : pull a constant denominator in front of a sum
        from sympy.simplify import fraction
        sign = ""
        e = expr
        if e.could_extract_minus_sign():
            sign, e = "- ", -e
        numer, denom = fraction(e, exact=True)
        if denom is not sp.S.One and isinstance(e, sp.Mul) and not denom.has(sp.Sum) \
                and any(isinstance(f, sp.Sum) for f in sp.Mul.make_args(numer)):
            coeff = [f for f in sp.Mul.make_args(numer) if not isinstance(f, sp.Sum)]
            sums = [f for f in sp.Mul.make_args(numer) if isinstance(f, sp.Sum)]
            c = sp.Mul(*coeff)
            return sign + r"\frac{%s}{%s} %s" % (self._print(c), self._print(denom),
                                                 " ".join(self._print(s) for s in sums))
        if denom is sp.S.One and isinstance(e, sp.Mul) and e.is_commutative:
            # numbers, then plain factors, then sums: sigma(z) (1 - sigma(z)), y_j (delta_jk - y_k)
            factors = list(e.as_ordered_factors())
            factors.sort(key=lambda f: (self._factor_rank(f), self._declared_at(f)))
            parts = []
            for n, f in enumerate(factors):
                tex = self._print(f)
                if self._needs_mul_brackets(f, first=(n == 0), last=(n == len(factors) - 1)):
                    tex = r"\left(%s\right)" % tex
                parts.append(tex)
            tex = parts[0]
            for prev, part in zip(parts, parts[1:]):
                # 2 \cdot \text{precision} \cdot \text{recall}: words need a visible product
                wordy = part.startswith(r"\text") or prev.endswith("}") and prev.startswith(r"\text")
                tex += (r" \cdot " if wordy else " ") + part
            return sign + tex
        if denom is not sp.S.One and e.is_commutative:
            return sign + r"\frac{%s}{%s}" % (self._print(numer), self._print(denom))
        return super()._print_Mul(expr)

    # --- matrices -----------------------------------------------------------------------
    def _print_Transpose(self, expr):
        arg = expr.arg
        tex = self._print(arg)
        if not isinstance(arg, sp.MatrixSymbol):
            tex = r"\left(%s\right)" % tex
        return r"%s^\top" % tex

    def _print_HadamardProduct(self, expr):
        return r" \odot ".join(self._print(a) for a in expr.args)

    def _print_Determinant(self, expr):
        return r"\det%s" % self._print(expr.arg)

    def _print_ImmutableMatrix(self, expr):
        rows = [" & ".join(self._print(x) for x in expr.row(i)) for i in range(expr.rows)]
        return r"\begin{pmatrix} %s \end{pmatrix}" % r" \\ ".join(rows)

    _print_Matrix = _print_MutableDenseMatrix = _print_ImmutableDenseMatrix = _print_ImmutableMatrix

    def emptyPrinter(self, expr):
        raise LatexError(f"{self.owner}: no LaTeX rule for {type(expr).__name__}: {expr}")


def latex_of(eq: Equation, expr) -> str:
    """Print one expression with ``eq``'s symbol table."""
    return DleqLatexPrinter(eq.table, owner=f"equation {eq.number} ({eq.slug})").doprint(expr)


def equation_latex(eq: Equation) -> tuple[str, bool]:
    """The equation's LaTeX and whether it is a multi-line (aligned) display."""
    arrow = r"\leftarrow" if eq.body.relation == "<-" else "="
    lines = []
    for ln in eq.lines:
        printer = DleqLatexPrinter(eq.table, owner=f"equation {eq.number} ({eq.slug})")
        printer.lead = ln.lhs if eq.body.relation == "<-" else None
        lines.append((printer.doprint(ln.lhs), printer.doprint(ln.rhs)))
    if len(lines) == 1:
        lhs, rhs = lines[0]
        return f"{lhs} {arrow} {rhs}", False
    rows = [f"{lhs} &{arrow} {rhs}" for lhs, rhs in lines]
    return r"\begin{aligned} " + r" \\ ".join(rows) + r" \end{aligned}", True


def where_items(eq: Equation) -> list[tuple[str, str]]:
    """(LaTeX, description) of every declared variable, each printed as it first occurs."""
    first: dict[str, sp.Basic] = {}
    free_first: dict[str, sp.Basic] = {}

    def visit(e, bound):
        if isinstance(e, (sp.Indexed, AppliedUndef)):
            name = e.base.label.name if isinstance(e, sp.Indexed) else type(e).__name__
            first.setdefault(name, e)
            if not (e.free_symbols & bound):
                free_first.setdefault(name, e)
        if isinstance(e, (sp.Sum, sp.Product, sp.Integral)):
            bound = bound | {lim[0] for lim in e.limits}
        if isinstance(e, sp.Basic) and not isinstance(e, sp.MatrixSymbol):
            for a in e.args:
                visit(a, bound)

    for ln in eq.lines:
        visit(ln.lhs, frozenset())
        visit(ln.rhs, frozenset())
    first.update(free_first)
    # declaration order is the author's reading order; keep it
    items = []
    for var in eq.variables:
        if var.kind == "function" and var.name in first:
            tex = latex_of(eq, first[var.name]) if "#" in var.latex else var.latex
        elif var.kind == "indexed" and var.name in first:
            tex = latex_of(eq, first[var.name])
        else:
            tex = var.latex
        items.append((tex, var.description))
    return items
