"""What kernels exist: one forward kernel per computing equation, one per derivative, fused ones.

A Kernel is the plan a template prints: its arguments (with dtypes and core shapes), its
outputs, its sizes (read from argument shapes, solved from them, or passed as integers) and
its lowered lines. Nothing here knows Python syntax; codegen.kernel_files prints it.
"""
from __future__ import annotations

import keyword
from dataclasses import dataclass, field, replace

import sympy as sp
from sympy.core.function import AppliedUndef

from codegen.lowering import inline_functions
from symbolic.declare import Equation, Var, symbol_names
from symbolic.domains import REAL
from symbolic.derive import Derived
from symbolic.functions import before
from symbolic.stable import inline_named, kernel_form


class NoKernel(Exception):
    """Why an equation or derivative has no kernel (recorded in the manifest)."""


@dataclass
class Arg:
    name: str
    var: Var
    integer: bool
    shape: tuple = ()
    origins: tuple = ()
    index_valued: bool = False  # holds 0-based positions used as indices

    @property
    def ndim(self) -> int:
        return len(self.shape)


@dataclass
class Output:
    name: str
    symbol: sp.Basic          # Symbol or IndexedBase the lines store into
    extents: tuple = ()
    origins: tuple = ()
    state: Arg | None = None  # an update's state variable this output starts from


@dataclass
class Kernel:
    name: str
    kind: str                 # forward, grad, jacobian, vjp, vjps, value_and_grad, update
    equation: Equation
    wrt: tuple
    args: list
    outputs: list
    lines: list               # (target, rhs, loops)
    locals_: list             # (symbol, extents, origins) arrays computed by earlier lines
    sizes: dict               # size Symbol -> ("axis", arg, axis) | ("solve", expr) | ("arg",)
    size_args: list           # sizes passed as integers
    latex: str = ""
    where: list = field(default_factory=list)
    table: dict = field(default_factory=dict)

    @property
    def elementwise(self) -> bool:
        return (not self.size_args and all(a.ndim == 0 for a in self.args)
                and all(not o.extents for o in self.outputs) and not self.locals_)

    @property
    def family_module(self) -> str:
        return self.equation.source_module.rsplit(".", 1)[-1]


def code_name(name: str) -> str:
    return name + "_" if keyword.iskeyword(name) or name in ("np", "numba", "lit", "out") else name


# --- indices and ranges ------------------------------------------------------------------
def _axis_range(var: Var, axis: int):
    lo = sp.sympify(var.origin[axis]) if var.origin else sp.S.One
    return lo, lo + sp.sympify(var.shape[axis]) - 1


def _indexed_in(expr):
    return [e for e in sp.preorder_traversal(expr) if isinstance(e, sp.Indexed)]


def free_loops(table: dict, lhs) -> list:
    """[(index, lo, hi)] for the free indices of a left-hand side, in order of appearance."""
    shown = lhs
    if isinstance(lhs, sp.Derivative):
        shown = sp.Tuple(lhs.expr, *lhs.variables)
    loops = []
    for e in _indexed_in(shown):
        var = table.get(e.base.label.name)
        for axis, idx in enumerate(e.indices):
            for s in sorted(idx.free_symbols, key=lambda s: s.name):
                iv = table.get(s.name)
                if iv is None or iv.role != "index" or any(lp[0] == s for lp in loops):
                    continue
                if iv.bounds:
                    lo, hi = (sp.sympify(b) for b in iv.bounds)
                elif idx == s and var is not None:
                    lo, hi = _axis_range(var, axis)
                else:
                    raise NoKernel(f"index {s} of {lhs} has no range")
                loops.append((s, lo, hi))
    return loops


# --- building ----------------------------------------------------------------------------
def _used(lines) -> set:
    names = set()
    for target, rhs, loops in lines:
        for e in (target, rhs, *[x for lp in loops for x in lp[1:]]):
            for a in sp.preorder_traversal(e):
                if isinstance(a, sp.MatrixSymbol):
                    names.add(a.name)
                elif isinstance(a, sp.Symbol):
                    names.add(a.name)
                elif isinstance(a, sp.IndexedBase):
                    names.add(a.label.name)
    return names


def _index_valued(table, lines) -> set:
    """Integer inputs whose values index arrays (Q[s, a], theta[actions[i], k])."""
    found = set()
    for target, rhs, _ in lines:
        for e in _indexed_in(sp.Tuple(target, rhs)):
            for idx in e.indices:
                for a in sp.preorder_traversal(idx):
                    name = a.base.label.name if isinstance(a, sp.Indexed) else getattr(a, "name", None)
                    var = table.get(name)
                    if var is not None and var.role in ("input", "parameter") and var.domain.integer:
                        found.add(name)
        for d in (e for e in sp.preorder_traversal(rhs) if isinstance(e, sp.KroneckerDelta)):
            for a in sp.preorder_traversal(d):
                name = a.base.label.name if isinstance(a, sp.Indexed) else getattr(a, "name", None)
                var = table.get(name)
                if var is not None and var.role in ("input", "parameter") and var.domain.integer:
                    found.add(name)
    return found


def _shift_index_valued(expr, table, names: set):
    """Positions are 0-based in kernels, 1-based in the math: the math value is position + 1."""
    for name in names:
        var = table[name]
        if var.kind == "indexed":
            expr = expr.replace(lambda e, b=var.symbol: isinstance(e, sp.Indexed) and e.base == b,
                                lambda e: sp.Indexed(e.base, *e.indices) + 1)
        else:
            expr = expr.xreplace({var.symbol: var.symbol + 1})
    return expr


def _sizes(kernel_name: str, table: dict, args: list, needed: set):
    sizes, known = {}, set()
    for arg in args:
        for axis, e in enumerate(arg.shape):
            e = sp.sympify(e)
            if isinstance(e, sp.Symbol) and e not in known:
                sizes[e] = ("axis", arg.name, axis)
                known.add(e)
    progress = True
    while progress:
        progress = False
        for arg in args:
            for axis, e in enumerate(arg.shape):
                e = sp.sympify(e)
                unknown = [s for s in e.free_symbols if s not in known]
                if len(unknown) == 1 and sp.degree(e, unknown[0]) == 1:
                    n = sp.Symbol(f"_n_{arg.name}_{axis}", integer=True)
                    sol = sp.solve(sp.Eq(e, n), unknown[0])[0]
                    sizes[unknown[0]] = ("solve", sp.floor(sol), arg.name, axis, n)
                    known.add(unknown[0])
                    progress = True
    size_args = []
    for name, var in table.items():
        if var.role == "size" and var.symbol in needed and var.symbol not in known:
            sizes[var.symbol] = ("arg",)
            size_args.append(var.symbol)
    return sizes, size_args


def build(name: str, kind: str, eq: Equation, table: dict, lines_in, outputs_in, wrt=(),
          latex: str = "", where=(), also_used=()) -> Kernel:
    """``lines_in`` [(lhs, rhs)]; ``outputs_in`` the left-hand sides returned (the others are local)."""
    lines_in = inline_named(inline_functions(lines_in))
    for lhs, rhs in lines_in:
        for e in sp.preorder_traversal(rhs):
            if isinstance(e, AppliedUndef):
                raise NoKernel(f"it calls the abstract function {type(e).__name__}; compose the kernels of "
                               f"a concrete one instead")
            if isinstance(e, sp.Derivative):
                fn = next((type(a).__name__ for a in sp.preorder_traversal(e) if isinstance(a, AppliedUndef)), e)
                what = " (a Hessian: the function is itself a gradient)" if str(fn).startswith("grad") else ""
                raise NoKernel(f"it needs the derivative of the abstract function {fn}{what}, "
                               f"which a kernel's caller does not supply")
    relation = eq.body.relation
    out_syms, outputs, lines, locals_ = {}, [], [], []
    output_keys = list(outputs_in)
    for n, (lhs, rhs) in enumerate(lines_in):
        if isinstance(rhs, (sp.MatrixExpr, sp.MatrixBase)) and not rhs.free_symbols & {
                v.symbol for v in table.values() if v.kind == "matrix"}:
            # an explicit matrix of scalars (the 2x2 inverse): one store per entry
            M = sp.ImmutableMatrix(rhs.as_explicit())
            out_base = sp.IndexedBase("out")
            outputs.append(Output("out", out_base, tuple(sp.Integer(x) for x in M.shape), (sp.S.Zero, sp.S.Zero)))
            for r in range(M.shape[0]):
                for c in range(M.shape[1]):
                    lines.append((out_base[r, c], M[r, c], []))
            continue
        if isinstance(lhs, sp.MatrixSymbol):  # a matrix expression of matrix inputs (normal equation)
            var = table[lhs.name]
            outputs.append(Output("out", lhs, tuple(sp.sympify(x) for x in var.shape), (sp.S.One,) * 2))
            lines.append((lhs, rhs, []))
            continue
        loops = free_loops(table, lhs)
        if not isinstance(lhs, (sp.Symbol, sp.Indexed)):  # a derivative, a determinant
            key = lhs
            idx = [lp[0] for lp in loops]
            base_name = "out" if len(output_keys) == 1 else f"d_{_wrt_name(lhs)}"
            if idx:
                target = sp.IndexedBase(base_name)[tuple(idx)]
                extents = tuple(sp.expand(hi - lo + 1) for _, lo, hi in loops)
                origins = tuple(lo for _, lo, _ in loops)
            else:
                target, extents, origins = sp.Symbol(base_name, real=True), (), ()
            if key in output_keys:
                outputs.append(Output(base_name, target.base if idx else target, extents, origins))
            lines.append((target, rhs, loops))
            continue
        var_name = lhs.base.label.name if isinstance(lhs, sp.Indexed) else lhs.name
        var = table[var_name]
        is_output = lhs in output_keys or var_name in [(k.base.label.name if isinstance(k, sp.Indexed) else
                                                        getattr(k, "name", None)) for k in output_keys]
        if relation == "<-" and var.role != "output":
            if var_name not in out_syms:
                out_syms[var_name] = True
                outputs.append(Output(code_name(var_name) + "_new", var.symbol,
                                      tuple(sp.sympify(s) for s in var.shape),
                                      tuple(sp.sympify(o) for o in (var.origin or (1,) * len(var.shape))),
                                      state=var))
            lines.append((lhs, rhs, loops))
            continue
        if isinstance(lhs, sp.Indexed) and var_name not in [l[0].name for l in locals_] and not is_output:
            locals_.append((var.symbol.label, tuple(sp.sympify(s) for s in var.shape),
                            tuple(sp.sympify(o) for o in (var.origin or (1,) * len(var.shape)))))
        if is_output and var_name not in out_syms:
            out_syms[var_name] = True
            shape = tuple(sp.sympify(s) for s in var.shape) if isinstance(lhs, sp.Indexed) else ()
            outputs.append(Output("out" if len(output_keys) == 1 else code_name(var_name),
                                  var.symbol, shape,
                                  tuple(sp.sympify(o) for o in (var.origin or (1,) * len(shape)))))
        lines.append((lhs, rhs, loops))
    used = _used(lines) | set(also_used)
    shifted = _index_valued(table, lines)
    if shifted:
        lines = [(_shift_index_valued(t, table, shifted) if not isinstance(t, sp.Symbol) else t,
                  _shift_index_valued(r, table, shifted), lp) for t, r, lp in lines]
    args = []
    for vname, var in table.items():
        if var.role not in ("input", "parameter", "hyperparameter") or vname not in used:
            continue
        if var.kind == "function":
            raise NoKernel(f"{vname} is an abstract function")
        integer = vname in shifted
        shape = tuple(sp.sympify(s) for s in var.shape)
        args.append(Arg(code_name(vname), var, integer, shape,
                        tuple(sp.sympify(o) for o in (var.origin or (1,) * len(shape))), vname in shifted))
    needed = set()
    for a in args:
        for s in a.shape:
            needed |= sp.sympify(s).free_symbols
    for o in outputs:
        for s in o.extents:
            needed |= s.free_symbols
    for _, ext, _ in locals_:
        for s in ext:
            needed |= sp.sympify(s).free_symbols
    for t, r, loops in lines:
        needed |= {s for s in sp.Tuple(t, r).free_symbols}
        for _, lo, hi in loops:
            needed |= sp.Tuple(lo, hi).free_symbols
    needed = {s for s in needed if s.name in table and table[s.name].role == "size"}
    sizes, size_args = _sizes(name, table, args, needed)
    return Kernel(name, kind, eq, tuple(wrt), args, outputs, lines, locals_, sizes, size_args,
                  latex, list(where), table)


def _lhs_name(lhs) -> str:
    return lhs.base.label.name if isinstance(lhs, sp.Indexed) else lhs.name


def _wrt_name(lhs) -> str:
    if not isinstance(lhs, sp.Derivative):
        return "value"
    v = lhs.variables[0]
    return v.base.label.name if isinstance(v, sp.Indexed) else v.name


def _kernel_lines(eq: Equation):
    lines = [(ln.lhs, kernel_form(ln.stable if ln.stable is not None else ln.rhs, ln.lhs)) for ln in eq.lines]
    olds = sorted({b for _, rhs in lines for b in rhs.atoms(before)}, key=str)
    if not olds:
        return lines
    # an update's stable form reads a state before it is overwritten: copy it first (v_before = v)
    copies = {b: sp.Symbol(f"{b.args[0].name}_before", real=True) for b in olds}
    return [(copies[b], b.args[0]) for b in olds] + [(lhs, rhs.xreplace(copies)) for lhs, rhs in lines]


def _evaluated_functions(eq: Equation, table: dict, lines):
    """In an update, an abstract function's value (NAG's gradient at the look-ahead point) is an
    input the caller evaluates: grad_L(theta - eta beta v) becomes the scalar input grad_L."""
    if eq.body.relation != "<-":
        return lines
    out = []
    for lhs, rhs in lines:
        for e in [a for a in sp.preorder_traversal(rhs) if isinstance(a, AppliedUndef)]:
            var = table.get(type(e).__name__)
            if var is not None and var.kind == "function":
                value = Var(var.name, var.latex, var.description + ", evaluated by the caller at the point shown",
                            "input", var.domain, "scalar", (), sp.Symbol(var.name, real=True))
                table[var.name] = value
                rhs = rhs.xreplace({e: value.symbol})
        out.append((lhs, rhs))
    return out


def forward_kernel(eq: Equation, latex: str, where) -> Kernel:
    if not eq.body.computes:
        raise NoKernel("an identity: it computes no value")
    table = dict(eq.table)
    lines = _evaluated_functions(eq, table, _kernel_lines(eq))
    for lhs, _ in lines:
        if isinstance(lhs, sp.Symbol) and lhs.name not in table:  # a state's copy (v_before): local
            table[lhs.name] = Var(lhs.name, lhs.name, "the value before the update", "output", REAL,
                                  "scalar", (), lhs)
    if eq.body.relation == "<-":  # the updated state; declared outputs (Adam's m-hat) stay local
        outputs = [ln.lhs for ln in eq.lines if table[_lhs_name(ln.lhs)].role != "output"]
    else:
        outputs = [eq.lines[-1].lhs]
    return build(eq.slug, "forward", eq, table, lines, outputs, latex=latex, where=where)


def _kernel_rhs(d: Derived):
    """What a derivative's kernel computes: its stable form where derive() made one."""
    return d.kernel if d.kernel is not None else d.line.rhs


def _needed(lines):
    """The last line and the earlier lines it uses, directly or through others, in order (a
    derivative written with the inputs alone computes none of the primal's lines)."""
    need = set(symbol_names(lines[-1][1]))
    keep = [lines[-1]]
    for lhs, rhs in reversed(lines[:-1]):
        named = isinstance(lhs, (sp.Symbol, sp.Indexed, sp.MatrixSymbol))
        if not named or _lhs_name(lhs) in need:  # a line defining det(A) or the like: kept
            keep.append((lhs, rhs))
            need |= set(symbol_names(rhs))
    return keep[::-1]


def derivative_kernel(d: Derived, latex: str, where) -> Kernel:
    ev = d.evaluable
    lines = _kernel_lines(d.primal) if d.primal.body.relation == "=" else []
    lines = _needed(lines + [(d.line.lhs, kernel_form(_kernel_rhs(d), d.line.lhs))])
    table = dict(ev.table)
    for v in tuple(d.primal.variables) + tuple(d.extra):
        table.setdefault(v.name, v)
    primal_used = _used([(ln.lhs, ln.rhs, ()) for ln in d.primal.lines])
    kind = {"derivative": "grad", "gradient": "grad"}.get(d.kind, d.kind)
    return build(d.name, kind, d.primal, table, lines, [d.line.lhs], wrt=(d.wrt.name,), latex=latex,
                 where=where, also_used=primal_used)


# --- fused kernels -------------------------------------------------------------------------
FUSED_LOSSES = {  # slug -> the variables its value_and_grad kernel differentiates
    "mse": ("y_hat",), "binary_cross_entropy": ("y_hat",), "categorical_cross_entropy": ("y_hat",),
    "negative_log_likelihood": ("p",), "hinge_loss": ("w", "b"), "knowledge_distillation": ("s",),
}
FUSED_VJPS = {  # slug -> the inputs whose vector-Jacobian products one vjps kernel computes together
    "scaled_dot_product_attention": ("Q", "K", "V"),
}
OPTIMIZERS = ("gradient_descent", "momentum", "nesterov", "rmsprop", "adam", "rmsprop_update")


def _merge_tables(eq: Equation, derived) -> dict:
    table = dict(eq.table)
    for d in derived:
        for name, var in d.evaluable.table.items():
            if name in table and table[name] != var and var.role == "index":
                raise NoKernel(f"the derivatives use the index {name} with different ranges")
            table.setdefault(name, var)
    return table


def value_and_grad_kernel(eq: Equation, derived: list, latex: str, where) -> Kernel:
    """The loss and its gradients in one kernel (the loss's lines are computed once)."""
    wrts = FUSED_LOSSES[eq.slug]
    chosen = [d for w in wrts for d in derived if d.wrt.name == w]
    if len(chosen) != len(wrts):
        raise NoKernel(f"not every derivative of {wrts} was derived")
    lines = _kernel_lines(eq) + [(d.line.lhs, kernel_form(_kernel_rhs(d), d.line.lhs)) for d in chosen]
    outputs = [eq.lines[-1].lhs] + [d.line.lhs for d in chosen]
    return build(f"{eq.slug}_value_and_grad", "value_and_grad", eq, _merge_tables(eq, chosen), lines, outputs,
                 wrt=wrts, latex=latex, where=where)


def softmax_cross_entropy_kernel(eq: Equation, latex: str, where) -> Kernel:
    """Entry 53 fused with its loss: L = -sum_j y_j log softmax(z)_j, computed from the logits
    through log-softmax (z_j - log-sum-exp z), and dL/dz = softmax(z) - y."""
    from symbolic.activations import softmax_expr
    table = dict(eq.table)
    z, y, loss = table["z"].symbol, table["y"].symbol, table["L_CE"].symbol
    j, k, C = table["j"].symbol, table["k"].symbol, table["C"].symbol
    value = -sp.Sum(y[j] * sp.log(softmax_expr(z, j, k, C)), (j, 1, C))
    lines = [(loss, kernel_form(value))] + _kernel_lines(eq)
    return build("softmax_cross_entropy_value_and_grad", "value_and_grad", eq, table, lines,
                 [loss, eq.lines[-1].lhs], wrt=("z",), latex=latex, where=where)


LABEL = ("label", "c", r"the true class of the sample, an integer in $\{1, \dots, C\}$: the target is "
         r"one-hot, $y_{j} = 1$ for $j = c$ and $0$ otherwise")


def softmax_cross_entropy_label_kernel(eq: Equation, fused: bool, latex: str, where) -> Kernel:
    """Entry 53 with a one-hot target given by its class, as frameworks take it (integer labels):
    y_j = [j = c], so dL/dz_j = softmax(z)_j - [j = c] and, fused, L = -log softmax(z)_c. The
    same math as the kernels that take y; no C-vector of targets is read or range-checked."""
    from symbolic.activations import softmax_expr
    from symbolic.domains import POSITIVE_INTEGER
    name, tex, description = LABEL
    table = {}
    label = sp.Symbol(name, integer=True)
    for key, var in eq.table.items():  # the label where y was: the arguments keep their order
        table[name if key == "y" else key] = (Var(name, tex, description, "input", POSITIVE_INTEGER, symbol=label)
                                              if key == "y" else var)
    z, y, loss = eq.table["z"].symbol, eq.table["y"].symbol, eq.table["L_CE"].symbol
    k, C = table["k"].symbol, table["C"].symbol

    def one_hot(e):
        return e.replace(lambda a: isinstance(a, sp.Indexed) and a.base == y,
                         lambda a: sp.KroneckerDelta(a.indices[0], label))
    lines = [(lhs, one_hot(rhs)) for lhs, rhs in _kernel_lines(eq)]
    outputs = [eq.lines[-1].lhs]
    if fused:
        lines = [(loss, kernel_form(-sp.log(softmax_expr(z, label, k, C))))] + lines
        outputs = [loss] + outputs
    y_tex = eq.table["y"].latex.replace("#1", "j")
    if "- y_{j}" not in latex or y_tex not in [t for t, _ in where]:
        raise ValueError("entry 53's LaTeX no longer shows - y_{j}: the label kernels' docstrings need it")
    label_where = [(tex, description) if t == y_tex else (t, d) for t, d in where]
    kernel = "softmax_cross_entropy_value_and_grad_labels" if fused else "softmax_cross_entropy_grad_labels"
    return build(kernel, "value_and_grad" if fused else "forward", eq, table, lines, outputs,
                 wrt=("z",) if fused else (), latex=latex.replace("- y_{j}", r"- \delta_{j c}"),
                 where=label_where)


def vjps_kernel(eq: Equation, derived: list, latex: str, where) -> Kernel:
    """The vector-Jacobian products of several inputs in one kernel: what they share (attention's
    scores, its softmax weights, G V^T) is computed once. Each derivative's declared index ranges
    differ (l runs over T for Q, over S for K), so its bounded indices are renamed per input (l_Q,
    l_K)."""
    wrts = FUSED_VJPS[eq.slug]
    chosen = [d for w in wrts for d in derived if d.kind == "vjp" and d.wrt.name == w]
    if len(chosen) != len(wrts):
        raise NoKernel(f"not every vector-Jacobian product of {wrts} was derived")
    table = dict(eq.table)
    lines = []
    for d in chosen:
        renamed = {}
        for name, var in d.evaluable.table.items():
            if var.role == "index" and var.bounds:
                fresh = sp.Symbol(f"{name}_{d.wrt.name}", integer=True)
                renamed[var.symbol] = fresh
                table[fresh.name] = replace(var, name=fresh.name, symbol=fresh)
            elif name in table and table[name] != var and var.role == "index":
                raise NoKernel(f"the derivatives use the index {name} with different ranges")
            else:
                table.setdefault(name, var)
        lines.append((d.line.lhs.xreplace(renamed), kernel_form(_kernel_rhs(d), d.line.lhs).xreplace(renamed)))
    return build(f"{eq.slug}_vjps", "vjps", eq, table, lines, [lhs for lhs, _ in lines], wrt=wrts,
                 latex=latex, where=where)
