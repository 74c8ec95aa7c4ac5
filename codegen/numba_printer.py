"""The Numba printer: SymPy expressions (after lowering, so no Sum) as Python that Numba compiles.

A subclass of SymPy's Python code printer with one table of functions and strict rules:
anything it does not know is an error naming the kernel. Float literals are never printed
bare (an untyped ``0.5`` would compute float32 input in float64): each is a typed constant
declared once at the top of the kernel (``_half = lit(w, 0.5)``, ``w`` being an argument of
the kernel's float type). Integers keep their type only where they index or count.
"""
from __future__ import annotations

import sympy as sp
from sympy.printing.pycode import PythonCodePrinter

from symbolic.functions import (finite_or, hypot, is_finite, product3, quotient3, relentr, sigmoid, sigmoid_slope,
                                times, xdivy, xlog1py, xlogy)
from symbolic.reductions import MaxOver

from codegen.lowering import exp_neg

FUNCTIONS = {  # SymPy function -> what the kernel calls (numpy ufuncs work on Numba scalars; exp,
    # log and tanh are generated/_elementary.py's, which vectorize where libm's do not)
    sp.exp: "rt.exp", sp.log: "rt.log", sp.sqrt: "np.sqrt", sp.sin: "np.sin", sp.cos: "np.cos",
    sp.tanh: "rt.tanh", sp.cosh: "np.cosh", sp.Abs: "np.abs", sp.sign: "np.sign",
    sp.floor: "np.floor", sigmoid: "rt.sigmoid", sigmoid_slope: "rt.sigmoid_slope", xlogy: "rt.xlogy",
    xdivy: "rt.xdivy", relentr: "rt.relentr", xlog1py: "rt.xlog1py",
    hypot: "rt.hypot", exp_neg: "rt.exp_neg",
}
NAMED = {0: "_zero", 1: "_one", 2: "_two", sp.Rational(1, 2): "_half", -1: "_minus_one"}


class KernelPrintError(ValueError):
    pass


def _codegen_functions():
    from sympy.codegen.cfunctions import expm1, log1p
    return {log1p: "rt.log1p", expm1: "rt.expm1"}


def float32_functions() -> dict:
    """What a native float32 core calls (codegen/kernel_files.py NATIVE_FLOAT32): functions with a
    float32 form (rt.exp_t: exp32 for float32, exp for float64) and NumPy's type-preserving,
    correctly rounded ufuncs. Any other function is a print error: it would compute in float64
    or round worse than its float64 form."""
    from sympy.codegen.cfunctions import log1p
    return {sp.exp: "rt.exp_t", exp_neg: "rt.exp_neg_t", log1p: "rt.log1p_t", sigmoid: "rt.sigmoid_t", sigmoid_slope: "rt.sigmoid_slope_t",
            sp.sqrt: "np.sqrt", sp.Abs: "np.abs", sp.sign: "np.sign", sp.floor: "np.floor"}


class NumbaPrinter(PythonCodePrinter):
    """Prints one kernel's expressions; collects the typed constants it used."""

    printmethod = "_dleq_numba"

    def __init__(self, kernel: str, names: dict, arrays: dict, ints: set, witness: str):
        super().__init__({"strict": True, "fully_qualified_modules": False})
        self.kernel = kernel
        self.names = names          # Symbol -> code name
        self.arrays = arrays        # IndexedBase label name -> (code name, origins per axis)
        self.ints = ints            # symbols holding integers (indices, sizes, integer inputs)
        self.witness = witness      # an argument of the kernel's float type
        self.constants: dict = {}   # value -> name, in order of first use
        self.functions = dict(FUNCTIONS) | _codegen_functions()
        self.finite_inputs: list[str] = []  # code testing that a float input is finite, per input
        self.eager_selects = False  # finite_or computes both arms (in-place steps: see _print_finite_or)
        # None, or (printing an in-place step's plain form) the conditions under which the plain
        # forms printed so far give the safe forms' bits: see kernel_files.update_source
        self.plain_conditions: list[str] | None = None

    # --- errors -----------------------------------------------------------------------
    def _fail(self, expr):
        raise KernelPrintError(f"kernel {self.kernel}: cannot print {type(expr).__name__} ({expr})")

    def emptyPrinter(self, expr):
        self._fail(expr)

    def _print_Basic(self, expr):
        self._fail(expr)

    _print_Sum = _print_Derivative = _print_Integral = _print_Product = _print_Basic
    _print_MatrixBase = _print_Function = _print_Basic

    def _print_MaxOver(self, expr):
        self._fail(expr)

    # --- typing -----------------------------------------------------------------------
    def is_int(self, e) -> bool:
        if isinstance(e, sp.Integer):
            return True
        if isinstance(e, sp.Symbol):
            return e in self.ints
        if isinstance(e, sp.Indexed):
            return e.base in self.ints
        if isinstance(e, (sp.Add, sp.Mul)):
            return all(self.is_int(a) for a in e.args)
        if isinstance(e, sp.floor):
            return self.is_int_ratio(e.args[0])
        if isinstance(e, sp.Pow):
            return self.is_int(e.base) and e.exp.is_Integer and e.exp >= 0
        return False

    def is_int_ratio(self, e) -> bool:
        n, d = sp.fraction(sp.together(e))
        return self.is_int(n) and self.is_int(d)

    def constant(self, value) -> str:
        value = sp.nsimplify(value) if isinstance(value, sp.Float) and value == int(value) else value
        key = sp.sympify(value)
        if key not in self.constants:
            if key in NAMED:
                self.constants[key] = NAMED[key]
            else:
                self.constants[key] = f"_c{len([k for k in self.constants if k not in NAMED])}"
        return self.constants[key]

    def prelude(self) -> list[str]:
        out = []
        for value, name in self.constants.items():
            if value is sp.oo or value == sp.oo:
                text = "np.inf"
            elif value == -sp.oo:
                text = "-np.inf"
            elif value is sp.nan:
                text = "np.nan"
            else:
                text = repr(float(value))
            out.append(f"{name} = lit({self.witness}, {text})")
        return out

    # --- integers (indices, bounds, sizes) --------------------------------------------
    def int_code(self, e) -> str:
        e = sp.sympify(e)
        if not isinstance(e, (sp.floor, sp.Integer)) and any(isinstance(a, sp.Rational) and not a.is_Integer
                                                            for a in sp.preorder_traversal(e)):
            n, d = sp.fraction(sp.together(e))  # an exact quotient (d_model / 2)
            return f"({self.int_code(n)}) // {self._int_factor(d)}"
        if isinstance(e, sp.Integer):
            return str(int(e))
        if isinstance(e, sp.Symbol):
            if e not in self.ints:
                self._fail(e)
            return self.names.get(e, e.name)
        if isinstance(e, sp.Indexed):
            return self._print_Indexed(e)
        if isinstance(e, sp.Add):
            terms = sorted(e.args, key=lambda a: (a.is_Number, sp.default_sort_key(a)))
            out = self.int_code(terms[0])
            for t in terms[1:]:
                if t.could_extract_minus_sign():
                    out += " - " + self._int_factor(-t)
                else:
                    out += " + " + self._int_factor(t)
            return out
        if isinstance(e, sp.Mul):
            c, rest = e.as_coeff_Mul()
            if c == -1:
                return "-" + self._int_factor(rest)
            return "*".join(self._int_factor(a) for a in e.args)
        if isinstance(e, sp.floor):
            n, d = sp.fraction(sp.together(e.args[0]))
            return f"({self.int_code(n)}) // ({self.int_code(d)})"
        if isinstance(e, sp.Pow) and e.exp.is_Integer and e.exp >= 0:
            return f"{self._int_factor(e.base)} ** {int(e.exp)}"
        self._fail(e)

    def _int_factor(self, e) -> str:
        s = self.int_code(e)
        return f"({s})" if isinstance(e, sp.Add) else s

    # --- atoms ------------------------------------------------------------------------
    # --- matrix expressions (np.dot, a least-squares solve) ------------------------------
    def _print_MatrixSymbol(self, expr):
        code, _ = self.arrays.get(expr.name, (None, None))
        if code is None:
            self._fail(expr)
        return code

    def _print_Transpose(self, expr):
        return f"{self._print(expr.arg)}.T"

    def _print_MatMul(self, expr):
        args = list(expr.args)
        if (len(args) == 3 and isinstance(args[0], sp.Inverse) and isinstance(args[1], sp.Transpose)
                and args[0].arg == sp.MatMul(args[1], args[1].arg)):
            # (X^T X)^{-1} X^T y: solved as least squares (SVD), never by forming the inverse,
            # which squares the condition number (the entry's note)
            # NaN or inf in X or y: NaN out (LAPACK would raise on them)
            X, y = self._print(args[1].arg), self._print(args[2])
            return (f"(np.linalg.lstsq({X}, {y})[0] if np.isfinite({X}).all() and np.isfinite({y}).all() "
                    f"else np.full(({X}.shape[1], {y}.shape[1]), np.nan))")
        out = self._print(args[0])
        for a in args[1:]:
            out = f"np.dot({out}, {self._print(a)})"
        return out

    def _print_Inverse(self, expr):
        return f"np.linalg.inv({self._print(expr.arg)})"

    def target(self, expr) -> str:
        """An assignment target: a temporary, a local, an output element."""
        if isinstance(expr, sp.MatrixSymbol):
            return f"{self.arrays[expr.name][0]}[:, :]"
        if isinstance(expr, sp.Indexed):
            code, origins = self.arrays[expr.base.label.name]
            return f"{code}[{', '.join(self.int_code(sp.expand(i - o)) for i, o in zip(expr.indices, origins))}]"
        return self.names.get(expr, expr.name)

    def _print_Symbol(self, expr):
        name = self.names.get(expr)
        if name is None and expr.name.startswith("_t"):
            return expr.name
        if name is None:
            self._fail(expr)
        if expr in self.ints:
            return f"lit({self.witness}, {name})"
        return name

    def _print_Indexed(self, expr):
        code, origins = self.arrays.get(expr.base.label.name, (None, None))
        if code is None:
            self._fail(expr)
        idx = ", ".join(self.int_code(sp.expand(i - o)) for i, o in zip(expr.indices, origins))
        text = f"{code}[{idx}]"
        if expr.base in self.ints:
            return f"lit({self.witness}, {text})"
        return text

    def _print_Integer(self, expr):
        return self.constant(expr)

    _print_Rational = _print_Float = _print_Half = _print_One = _print_Zero = _print_NegativeOne = _print_Integer

    def _print_Infinity(self, expr):
        return self.constant(sp.oo)

    def _print_NegativeInfinity(self, expr):
        return self.constant(-sp.oo)

    def _print_NaN(self, expr):
        return self.constant(sp.nan)

    def _print_Exp1(self, expr):
        return self.constant(sp.Float(sp.E.evalf(30), 30))

    def _print_Pi(self, expr):
        return self.constant(sp.Float(sp.pi.evalf(30), 30))

    # --- arithmetic -------------------------------------------------------------------
    def _paren(self, expr, outer):
        s = self._print(expr)
        from sympy.printing.precedence import precedence
        return f"({s})" if precedence(expr) < outer else s

    def _print_Add(self, expr):
        if self.is_int(expr):
            return f"lit({self.witness}, {self.int_code(expr)})"
        terms = self._as_ordered_terms(expr, order=None)
        out = self._print(terms[0])
        for t in terms[1:]:
            if t.could_extract_minus_sign():
                out += " - " + self._paren(-t, 50)
            elif isinstance(t, sp.UnevaluatedExpr) and isinstance(t.args[0], sp.Add):
                # a grouping the stable form chose ((z_c - max) - lse: the difference is exact
                # near the maximum); Python adds left to right, so it keeps its parentheses
                out += f" + ({self._print(t)})"
            else:
                out += " + " + self._print(t)
        return out

    def _print_Mul(self, expr):
        if self.is_int(expr):
            return f"lit({self.witness}, {self.int_code(expr)})"
        if expr.could_extract_minus_sign():
            return "-" + self._paren(-expr, 60)
        num, den = [], []
        for f in expr.as_ordered_factors():
            if isinstance(f, sp.Pow) and f.exp.is_Number and f.exp < 0:
                den.append(sp.Pow(f.base, -f.exp))
            elif isinstance(f, sp.Rational) and not f.is_Integer and f.p == 1:
                den.append(sp.Integer(f.q))
            else:
                num.append(f)
        ntext = "*".join(self._paren(f, 50) for f in num) if num else self.constant(1)
        if not den:
            return ntext
        dtext = "*".join(self._paren(f, 50) for f in den)
        return f"{ntext}/({dtext})" if len(den) > 1 else f"{ntext}/{self._paren(den[0], 60)}"

    def _print_Pow(self, expr):
        b, e = expr.base, expr.exp
        if e == sp.Rational(1, 2):
            return f"np.sqrt({self._print(b)})"
        if e == -sp.Rational(1, 2):
            return f"{self.constant(1)}/np.sqrt({self._print(b)})"
        if e.is_Integer and 1 <= abs(int(e)) <= 4:
            base = self._paren(b, 60)
            prod = "*".join([base] * abs(int(e)))
            if e > 0:
                return prod if int(e) == 1 else f"({prod})"
            return f"{self.constant(1)}/({prod})"
        return f"{self._paren(b, 60)} ** {self._paren(e, 61)}"

    # --- functions --------------------------------------------------------------------
    def _print_call(self, expr):
        name = self.functions.get(type(expr))
        if name is None:
            if type(expr) in FUNCTIONS or type(expr) in _codegen_functions():
                raise KernelPrintError(f"kernel {self.kernel}: {type(expr).__name__} has no float32 form "
                                       "(the kernel cannot be in NATIVE_FLOAT32)")
            self._fail(expr)
        return f"{name}({', '.join(self._print(a) for a in expr.args)})"

    _print_exp = _print_log = _print_sqrt = _print_sin = _print_cos = _print_tanh = _print_call
    _print_cosh = _print_Abs = _print_sign = _print_sigmoid = _print_xlogy = _print_xdivy = _print_relentr = _print_call
    _print_xlog1py = _print_sigmoid_slope = _print_call
    _print_log1p = _print_expm1 = _print_hypot = _print_exp_neg = _print_call

    def _print_times(self, expr):
        a, b = expr.args
        return f"({self._paren(a, 50)}*{self._paren(b, 51)})"

    def _print_product3(self, expr):
        return f"rt.product3({', '.join(self._print(a) for a in expr.args)})"

    def _print_quotient3(self, expr):
        args = ', '.join(self._print(a) for a in expr.args)
        if self.plain_conditions is not None:
            self.plain_conditions.append(f"rt.quotient3_plain_exact({args})")
            return f"rt.quotient3_plain({args})"
        return f"rt.quotient3({args})"

    def _print_rounding_noise(self, expr):
        return f"rt.noise({self._print(expr.args[0])})"

    def _print_finite_or(self, expr):
        # b only where a is not finite: a conditional expression evaluates one arm. In an in-place
        # step's loop (eager_selects) both arms are computed and one selected, which LLVM
        # vectorizes (a branch around the rare arm keeps the loop scalar); a select in a ufunc
        # would raise the floating-point flags of the unused arm as NumPy warnings.
        a = self._print(expr.args[0])
        if self.plain_conditions is not None:  # the plain form: a, where a is finite
            self.plain_conditions.append(f"(np.abs({a}) < np.inf)")
            return a
        b = self._print(expr.args[1])
        if self.eager_selects:
            return f"rt.finite_or({a}, {b})"
        return f"({a} if np.isfinite({a}) else {b})"

    def _print_ratio(self, expr):
        a, b = expr.args
        return f"({self._paren(a, 50)}/{self._paren(b, 60)})"

    def _print_floor(self, expr):
        if self.is_int(expr):
            return f"lit({self.witness}, {self.int_code(expr)})"
        return f"np.floor({self._print(expr.args[0])})"

    def _print_Max(self, expr):
        args = [self._print(a) for a in expr.args]
        out = args[0]
        for a in args[1:]:
            out = f"np.maximum({out}, {a})"
        return out

    def _print_Min(self, expr):
        args = [self._print(a) for a in expr.args]
        out = args[0]
        for a in args[1:]:
            out = f"np.minimum({out}, {a})"
        return out

    def _print_KroneckerDelta(self, expr):
        i, j = expr.args
        return f"({self.constant(1)} if {self.int_code(i)} == {self.int_code(j)} else {self.constant(0)})"

    def _print_Heaviside(self, expr):
        x = self._print(expr.args[0])
        return (f"({self.constant(1)} if {x} > {self.constant(0)} "
                f"else ({self.constant(0)} if {x} == {x} else {self.constant(sp.nan)}))")

    def _print_Piecewise(self, expr):
        if expr.args[-1].cond != sp.true:
            self._fail(expr)
        out = self._print(expr.args[-1].expr)
        guard = self.nan_guard([c for _, c in expr.args[:-1]])
        if guard:
            out = f"({out} if {guard} else {self.constant(sp.nan)})"
        for e, c in reversed(expr.args[:-1]):
            out = f"({self._print(e)} if {self._print_cond(c)} else {out})"
        return out

    def nan_guard(self, conds) -> str | None:
        """"Every real number the conditions compare is not NaN", or None when they compare only
        integers: a comparison with NaN is false, so without it a NaN input would take the last
        branch and give a number (NaN in must give NaN out)."""
        seen = []
        for c in conds:
            for rel in sp.preorder_traversal(c):
                if isinstance(rel, sp.core.relational.Relational):
                    for side in (rel.lhs, rel.rhs):
                        if not (side.is_number or self.is_int(side)):
                            text = self._print(side)
                            if text not in seen:
                                seen.append(text)
        return " and ".join(f"{t} == {t}" for t in seen) or None

    # --- conditions -------------------------------------------------------------------
    def _print_cond(self, c) -> str:
        if c is sp.true:
            return "True"
        if isinstance(c, sp.And):
            return " and ".join(f"({self._print_cond(a)})" for a in c.args)
        if isinstance(c, sp.Or):
            return " or ".join(f"({self._print_cond(a)})" for a in c.args)
        if isinstance(c, is_finite):
            return f"np.isfinite({self._print(c.args[0])})"
        if isinstance(c, sp.Not):
            return f"not ({self._print_cond(c.args[0])})"
        if isinstance(c, sp.core.relational.Relational):
            ops = {"==": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
            lhs, rhs = c.lhs, c.rhs
            if self.is_int(lhs) and self.is_int(rhs):
                return f"{self.int_code(lhs)} {ops[c.rel_op]} {self.int_code(rhs)}"
            return f"{self._print(lhs)} {ops[c.rel_op]} {self._print(rhs)}"
        self._fail(c)

    def code(self, expr) -> str:
        if isinstance(expr, (sp.Sum, MaxOver)):
            self._fail(expr)
        return self._print(expr)
