"""Kernel files: one module per family in generated/, printed from codegen.kernel_specs plans.

Templates live in codegen/templates/ (one per kind of file: a family module, the runtime, the
package index). Each kernel is a plain Python core function (what Numba compiles), a lazy
compiled object (``vectorize`` for elementwise kernels, ``guvectorize`` with a layout otherwise,
``njit`` for in-place updates; compiled on first call, cached on disk) and a checked entry point.
"""
from __future__ import annotations

import ast
import hashlib
import math
import textwrap
from pathlib import Path
from string import Template

import sympy as sp

from codegen import series
from codegen.kernel_specs import Kernel, code_name
from codegen.lowering import Lowerer, buffers_into_outputs, render, repeated_subexpressions
from codegen.numba_printer import NumbaPrinter, float32_functions

TEMPLATES = Path(__file__).with_name("templates")
FLOATS = ("float32", "float64")

# Elementwise kernels whose float32 form computes in float32 (8 AVX2 lanes, against 4 once
# widened): their cores do not widen and call rt.exp_t, rt.log1p_t, rt.sigmoid_t and
# rt.sigmoid_slope_t (numba_printer.float32_functions), which take the float32 forms for float32
# and are the usual functions for float64 (so the float64 form's bits do not change).
# Every other kernel widens float32 to float64 and rounds once at the store.
# A kernel belongs here only if it is a short chain of those functions with no float32
# overflow on the way, and its float32 error stays within 2 ulps over the whole float32 range
# (tests/test_stable_kernels.py compares each with its float64 form, densely).
NATIVE_FLOAT32 = frozenset({"sigmoid", "sigmoid_grad_z", "softplus", "softplus_grad_z"})


def template(name: str) -> Template:
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


# --- layouts and signatures --------------------------------------------------------------
def layout(k: Kernel, products=()) -> tuple[str, list]:
    """The gufunc layout, and the output core shapes that need a shape-carrier input. ``products``
    (the extents of batch products the entry point computes, see _batch_products) are inputs of
    the compiled gufunc after the arguments and sizes; the public layout has none."""
    names: dict = {}

    def dim(e):
        e = sp.sympify(e)
        if e not in names:
            names[e] = e.name if isinstance(e, sp.Symbol) else f"n{len(names)}"
        return names[e]

    ins = [f"({','.join(dim(s) for s in a.shape)})" for a in k.args]
    ins += ["()" for _ in k.size_args]
    ins += [f"({dim(e)})" for e in products]
    carriers = [o for o in k.outputs if any(sp.sympify(e) not in names for e in o.extents)]
    for o in carriers:
        ins.append(f"({','.join(dim(e) for e in o.extents)})")
    outs = [f"({','.join(names[sp.sympify(e)] for e in o.extents)})" for o in k.outputs]
    return ",".join(ins) + "->" + ",".join(outs), carriers


def signatures(k: Kernel, carriers, products: int = 0) -> list[str]:
    """A ufunc's signatures, float32 and float64; a gufunc's, float64 only (rt.call_gufunc widens
    float32 arguments and rounds the result once: one build, not two)."""
    sigs = []
    for ft in FLOATS:
        if k.elementwise and len(k.outputs) == 1:
            sigs.append(f"{ft}({', '.join('int64' if a.integer else ft for a in k.args)})")
            continue
        if ft != "float64":
            continue
        parts = []
        for a in k.args:
            base = "int64" if a.integer else ft
            parts.append(base if a.ndim == 0 else f"{base}[{', '.join([':'] * a.ndim)}]")
        parts += ["int64"] * len(k.size_args)
        parts += ["float64[:]"] * products  # computed in float64, as the core computes
        parts += [f"{ft}[{', '.join([':'] * len(o.extents))}]" for o in carriers]
        parts += [f"{ft}[{', '.join([':'] * max(1, len(o.extents)))}]" for o in k.outputs]
        parts.append("float64[:]")  # _bad: how many result entries are not finite (core_source)
        sigs.append(f"void({', '.join(parts)})")
    return sigs


# --- the core function ---------------------------------------------------------------------
def _printer(k: Kernel, witness: str, vectorized: bool) -> NumbaPrinter:
    names, arrays, ints = {}, {}, set()
    for a in k.args:
        if a.ndim:
            arrays[a.var.name] = (a.name, a.origins)
            if a.integer:
                ints.add(a.var.symbol)
        else:
            names[a.var.symbol] = a.name
            if a.integer:
                ints.add(a.var.symbol)
    for var in k.table.values():
        if var.role in ("index", "size"):
            names.setdefault(var.symbol, code_name(var.name))
            ints.add(var.symbol)
    for sym, ext, origins in k.locals_:
        arrays[sym.name] = (code_name(sym.name), origins)
    for line_target, _, _ in k.lines:
        if isinstance(line_target, sp.Symbol) and line_target not in names:
            names[line_target] = code_name(line_target.name)
    for o in k.outputs:
        if o.extents:
            label = o.symbol.label.name if isinstance(o.symbol, sp.IndexedBase) else o.symbol.name
            arrays[label] = (o.name, o.origins)
        elif vectorized:
            names[o.symbol] = o.state.name if o.state is not None else "result"
        else:
            names[o.symbol] = f"{o.name}[0]"
    printer = NumbaPrinter(k.name, names, arrays, ints, witness)
    printer.finite_inputs = [f"rt.all_finite({a.name})" if a.ndim else f"np.isfinite({a.name})"
                             for a in k.args if not a.integer]
    return printer


def core_source(k: Kernel, vectorized: bool, carriers, products: list | None = None) -> tuple[str, list[str]]:
    """(parameter list, body lines) of the core function. A gufunc's products of a vector
    argument and a matrix argument are appended to ``products`` (see _batch_products) and read
    from parameters ``_p0, _p1, ...`` placed after the sizes."""
    params = [a.name for a in k.args] + [code_name(s.name) for s in k.size_args]
    hoisted_at = len(params)
    params += [f"_shape{n}" for n in range(len(carriers))]
    if not vectorized:
        params += [o.name for o in k.outputs] + ["_bad"]
    floats = [a.name for a in k.args if not a.integer]
    # float32 arguments are widened on entry (rt.wide: a no-op for float64), so every kernel
    # computes in float64 and a float32 result is rounded once, where it is stored: sums of
    # float32 products do not overflow, and intermediate roundings cost no float32 ulps
    witness = floats[0] if floats else (k.outputs[0].name if not vectorized else None)
    if witness is None:
        raise ValueError(f"kernel {k.name}: no float argument to type its constants")
    pr = _printer(k, witness, vectorized)
    native = vectorized and k.name in NATIVE_FLOAT32
    if native:
        pr.functions = float32_functions()
    body = [] if native else [f"{name} = rt.wide({name})" for name in floats]
    for sym, how in k.sizes.items():
        if how[0] == "axis":
            body.append(f"{code_name(sym.name)} = {how[1]}.shape[{how[2]}]")
    for sym, how in k.sizes.items():
        if how[0] == "solve":
            n = how[4]
            pr.names[n] = f"{how[2]}.shape[{how[3]}]"
            pr.ints.add(n)
            body.append(f"{code_name(sym.name)} = {pr.int_code(how[1])}")
    for o in k.outputs:
        if o.state is not None and not vectorized:
            body.append(f"{o.name}[:] = {o.state.name}" if o.extents else f"{o.name}[0] = {o.state.name}")
    # array outputs are written through a C-contiguous view (a copy where the core slice is not
    # contiguous, written back at the end): LLVM vectorizes no store loop of unknown stride
    contiguous = [o for o in k.outputs if o.extents and not vectorized]
    for o in contiguous:
        label = o.symbol.label.name if isinstance(o.symbol, sp.IndexedBase) else o.symbol.name
        pr.arrays[label] = (f"{o.name}_c", o.origins)
        body.append(f"{o.name}_c = np.ascontiguousarray({o.name})")
    axes = {}
    for a in k.args:
        if a.ndim and not a.integer:
            axes[a.var.name] = tuple((sp.sympify(o), sp.sympify(e)) for o, e in zip(a.origins, a.shape))
    for sym, ext, origins in k.locals_:
        axes[sym.name] = tuple((sp.sympify(o), sp.sympify(e)) for o, e in zip(origins, ext))
    lines = _read_lines(k)
    low = _lowered(lines, axes)
    pr.ints.update(low.indices)
    for name, origins in low.products.items():
        pr.arrays[name] = (name, origins)
    if products is not None and not vectorized:
        found = _batch_products(k, low.root.body)
        products.extend(found)
        params[hoisted_at:hoisted_at] = [f"_p{n}" for n in range(len(found))]
    body_stmts, moved = low.root.body, {}
    if not vectorized:  # a gufunc core: 1-d arrays whose last reader fills a later one live in it
        local_arrays = {sym: (sp.sympify(ext[0]), sp.sympify(origins[0]))
                        for sym, ext, origins in k.locals_ if len(ext) == 1}
        targets = {(o.symbol.label if isinstance(o.symbol, sp.IndexedBase) else o.symbol):
                   (sp.sympify(o.extents[0]), sp.sympify(o.origins[0]))
                   for o in contiguous if len(o.extents) == 1 and o.state is None}
        body_stmts, moved = buffers_into_outputs(
            body_stmts, {**targets, **local_arrays}, local_arrays,
            {sp.Symbol(n): sp.sympify(o[0]) for n, o in low.products.items() if len(o) == 1})
    live = {t.base.label for t, _, _ in lines if isinstance(t, sp.Indexed)}
    body += _local_arrays(k, pr, witness, vectorized, moved, live)
    counted = None if vectorized else _count_in_last_loop(body_stmts, contiguous)
    if counted is not None:
        body_stmts, counted = counted
        body.append("_nbad = 0")
    stmts = render(body_stmts, pr, "    ")
    consts = ["    " + c for c in pr.prelude()]
    tail = [_copy_back(o.name, len(o.extents)) for o in contiguous]
    if not vectorized:
        # the count of result entries that are not finite, per batch element, while they are in
        # cache: rt.call_gufunc sends only flagged batch elements to the extended path, with no
        # second pass over the results (a softmax of 4096 x 1000: 1.6 to 4 ms of 15 to 18)
        checks = ["_nbad" if o is counted else f"rt.nonfinite({o.name}_c)" for o in contiguous]
        checks += [f"(0 if np.abs({o.name}[0]) < np.inf else 1)" for o in k.outputs if not o.extents]
        tail.append(f"    _bad[0] = {' + '.join(checks)}")
    if vectorized:
        o = k.outputs[0]
        tail.append(f"    return {o.state.name if o.state is not None else 'result'}")
    return ", ".join(params), ["    " + b for b in body] + consts + stmts + tail


def _local_arrays(k: Kernel, pr, witness: str, vectorized: bool, moved: dict, live: set) -> list[str]:
    """The lines of the local arrays in ``live`` (those some kept line fills, see _read_lines):
    each its own buffer or, where it moved (``moved``: label -> the label of the array it lives
    in), that array's buffer, after that array's own line."""
    lines, done = [], set()
    for sym, ext, _ in k.locals_:
        if sym not in live:
            continue
        if sym not in moved:
            shape = ", ".join(pr.int_code(e) for e in ext)
            lines.append(f"{code_name(sym.name)} = np.empty(({shape},), {witness}.dtype)" if vectorized is False
                         else f"{code_name(sym.name)} = np.empty(({shape},))")
            done.add(sym)
    local = {sym for sym, _, _ in k.locals_}
    pending = [sym for sym in local if sym in moved]
    while pending:  # a chain (y-hat into d_z; the exps into y-hat): each after the one it lives in
        ready = sorted((sym for sym in pending if moved[sym] in done or moved[sym] not in local), key=str)
        if not ready:
            raise ValueError(f"kernel {k.name}: local arrays {pending} live in one another")
        for sym in ready:
            lines.append(f"{code_name(sym.name)} = {pr.arrays[moved[sym].name][0]}")
            done.add(sym)
        pending = [sym for sym in pending if sym not in ready]
    return lines


def _read_lines(k: Kernel) -> list:
    """k.lines without the lines that no output depends on: a quantity the equation names and its
    stable form does not use (the sigmoid derivative names sigma and computes e / (1 + e)^2 with
    e = exp(-|z|)), or a local array no later line reads (an LSTM gate's VJP computes the gate's
    derivative from the pre-activation, not from the gate's values)."""
    needed = {o.symbol.label if isinstance(o.symbol, sp.IndexedBase) else o.symbol for o in k.outputs}
    local = {sym for sym, _, _ in k.locals_}
    kept = []
    for target, rhs, loops in reversed(k.lines):
        if isinstance(target, sp.Symbol) and not loops and target not in needed:
            continue
        if isinstance(target, sp.Indexed) and target.base.label in local and target.base.label not in needed:
            continue
        kept.append((target, rhs, loops))
        needed |= sp.sympify(rhs).free_symbols
        for _, lo, hi in loops:
            needed |= sp.sympify(lo).free_symbols | sp.sympify(hi).free_symbols
    return kept[::-1]


def _lowered(lines, axes):
    """A kernel's lines (see _read_lines) lowered; lowered again where a call of two loop indices
    is computed in two places or more, with those calls computed once into a matrix
    (Lowerer._as_matrix)."""
    repeated = repeated_subexpressions([r for _, r, _ in lines])
    low = Lowerer(repeated, axes)
    for target, rhs, loops in lines:
        low.line(target, rhs, loops)
    twice = {key for key, n in low.calls.items() if n > 1}
    if twice:
        low = Lowerer(repeated, axes, matrices=twice)
        for target, rhs, loops in lines:
            low.line(target, rhs, loops)
    low.matrix_products()
    return low


def _count_in_last_loop(stmts, contiguous):
    """(stmts, output) where the core ends with a loop that stores every entry of a 1-d output
    (a softmax's scaling by 1 / sum): that loop also counts the entries that are not finite, as
    it stores them (``count_bad`` into ``_nbad``), instead of rt.nonfinite's pass over the output
    afterwards. None where the last statement is anything else."""
    if not stmts or stmts[-1][0] != "loop" or len(stmts[-1][4]) != 1 or stmts[-1][4][0][0] != "store":
        return None
    _, var, lo, hi, ((_, target, value),) = stmts[-1]
    if not isinstance(target, sp.Indexed) or target.indices != (var,):
        return None
    for o in contiguous:
        label = o.symbol.label if isinstance(o.symbol, sp.IndexedBase) else None
        if label != target.base.label or len(o.extents) != 1:
            continue
        origin, extent = sp.sympify(o.origins[0]), sp.sympify(o.extents[0])
        if sp.expand(lo - origin) != 0 or sp.expand(hi - (origin + extent - 1)) != 0:
            return None
        x = sp.Symbol("_t_out", real=True)
        loop = ("loop", var, lo, hi, [("set", x, value), ("store", target, x), ("count_bad", "_nbad", x)])
        return stmts[:-1] + [loop], o
    return None


def _copy_back(name: str, ndim: int) -> str:
    """The contiguous view's values into the output where the view was a copy, in plain loops
    (``out[...] = out_c`` would compile NumPy's general broadcasting assignment: seconds per
    process and array type)."""
    idx = [f"_i{n}" for n in range(ndim)]
    lines = [f"    if {name}_c.ctypes.data != {name}.ctypes.data:"]
    for n, i in enumerate(idx):
        lines.append("    " * (n + 2) + f"for {i} in range({name}.shape[{n}]):")
    lines.append("    " * (ndim + 2) + f"{name}[{', '.join(idx)}] = {name}_c[{', '.join(idx)}]")
    return "\n".join(lines)


def _batch_products(k: Kernel, stmts) -> list:
    """A product of a core vector argument and a core matrix argument (an LSTM gate's W h) is
    one matrix-vector product per batch element in the gufunc; over the batch it is one matrix
    product (BLAS GEMM). Such products are computed by the entry point over the whole batch and
    passed in: each root statement ("dot", R, a, ta, b, tb, True) becomes ("given", R, n, ...),
    which the core reads where every entry is finite and recomputes (without BLAS, so the core
    can run on threads) where not, keeping rt.dot's NaN for an overflowed partial sum.
    Returns (a, ta, b, tb, extent of the result) per product, in parameter order."""
    dims = {a.name: a for a in k.args if a.ndim and not a.integer}
    found = []
    for i, st in enumerate(stmts):
        if st[0] != "dot" or not st[6] or st[2] not in dims or st[4] not in dims:
            continue
        _, R, na, ta, nb, tb, _ = st
        A, B = dims[na], dims[nb]
        if sorted((A.ndim, B.ndim)) != [1, 2]:
            continue
        # np.dot(x, M') with M' = M.T if transposed: the result runs along M' axis 1; np.dot(M', y):
        # along M' axis 0
        if A.ndim == 1:
            extent = B.shape[0] if tb else B.shape[1]
        else:
            extent = A.shape[1] if ta else A.shape[0]
        stmts[i] = ("given", R, len(found), na, ta, nb, tb, "vecmat" if A.ndim == 1 else "matvec")
        found.append((na, ta, nb, tb, extent))
    return found


# --- the module ----------------------------------------------------------------------------
def _docstring(k: Kernel, lay: str) -> str:
    where = "\n".join(f"    - ${sym}$ is {desc}" for sym, desc in k.where)
    ins = ", ".join([a.name for a in k.args] + [code_name(s.name) for s in k.size_args])
    index_note = ""
    shifted = [a.name for a in k.args if a.index_valued]
    if shifted:
        index_note = (f"\n    {', '.join(shifted)}: 0-based positions (the math counts from 1).\n")
    kind = "elementwise ufunc" if lay is None else f"layout {lay}"
    edge = k.equation.edges.get(k.name.removeprefix(k.equation.slug).lstrip("_"))
    if edge:
        index_note += "\n" + textwrap.fill(edge, 96, initial_indent="    ", subsequent_indent="    ") + "\n"
    return (f'    r"""{k.equation.number}. {k.equation.title}: {k.kind} kernel ({kind}).\n\n'
            f"    ${k.latex}$\n\n    where:\n\n{where}\n{index_note}\n"
            f"    Arguments: {ins}; out= an optional preallocated result.\n    \"\"\"")


def kernel_source(k: Kernel) -> tuple[str, dict]:
    """The source of one kernel (core, lazy object, entry point) and its manifest record."""
    vectorized = k.elementwise and len(k.outputs) == 1
    carriers = [] if vectorized else layout(k)[1]
    lay = None if vectorized else layout(k)[0]
    products: list = []
    hoisted = step = None
    params, body = core_source(k, vectorized, carriers, products)
    sigs = signatures(k, carriers, len(products))
    inner = None if vectorized else layout(k, [p[4] for p in products])[0]  # what the gufunc is built with
    core = f"_{k.name}_core"
    sig_text = "[" + ", ".join(f'"{s}"' for s in sigs) + "]"
    if vectorized:
        builder = f"lambda: numba.vectorize({sig_text}, cache=True)({core})"
        staged = _staged(body)
        selects = None if staged else _selects(body)
        threaded = (_staged_loop(k, *staged, k.name in NATIVE_FLOAT32) if staged
                    else _flat_loop(k, core, selects if selects != body else None))
        hoisted = None if staged else _hoisted(k, selects)
        if hoisted:
            threaded += "\n\n" + _hoisted_loop(k, *hoisted)
    else:
        # Lazy builds under rt.compile_lock: Numba 0.68's gufunc cache is unsafe when two processes
        # save one kernel at once (numba issue 10128)
        built = inner + ",()"  # the flag output (_bad), which the entry point reads and drops
        builder = f'lambda: numba.guvectorize({sig_text}, "{built}", cache=True)({core})'
        # a core that calls BLAS runs threaded with the BLAS on one thread (rt.one_blas_thread)
        blas = any(call in line for line in body for call in ("rt.dot(", "rt.vdot(", "np.dot(", "np.linalg."))
        threaded = (f'_{k.name}_threads = Lazy(lambda: numba.guvectorize({sig_text}, "{built}", '
                    f'target="parallel", cache=True)({core}))\n')
        step = _step_body(k, body) if set(lay) <= set("(),->") and not products else None
        if step:
            loops, hoisted = _step_loops(k, step)
            threaded += "\n\n" + loops
    entry_params = [a.name for a in k.args] + [code_name(s.name) for s in k.size_args]
    int_names = [a.name for a in k.args if a.integer] + [code_name(s.name) for s in k.size_args]
    float_names = [a.name for a in k.args if not a.integer]
    entry = []
    options = []
    if not float_names and not vectorized:  # nothing to take the dtype from (positional encoding)
        options.append("dtype")
        entry.append("    dtype = np.dtype(dtype)")
        entry.append("    if dtype not in (np.float32, np.float64):")
        entry.append(f"        raise TypeError(f'{k.name}: dtype must be float32 or float64, got {{dtype}}')")
    if float_names:
        entry.append(f"    {', '.join(float_names)}, = floats({k.name!r}, {', '.join(float_names)})")
    if int_names:
        entry.append(f"    {', '.join(int_names)}, = ints({k.name!r}, {', '.join(int_names)})")
    entry += _argument_checks(k)
    call_args = ", ".join(entry_params) + ("," if len(entry_params) == 1 else "")
    if vectorized:
        once = f", hoisted={_hoisted_spec(k, hoisted)}" if hoisted else ""
        entry.append(f"    return call_ufunc(_{k.name}, {k.name!r}, ({call_args}), out, _{k.name}_flat, _{k.name}_serial{once})")
    else:
        size_lines, shapes = _carrier_shapes(k, carriers) if carriers else ([], "[]")
        entry += ["    " + ln for ln in size_lines]
        extra = ", dtype" if options else ""
        threads = f", parallel=_{k.name}_threads" + (", blas=True" if blas else "")
        if step:
            threads += f", loops=(_{k.name}_flat, _{k.name}_serial, {_hoisted_spec(k, hoisted)})"
        if products:
            index = {a.name: n for n, a in enumerate(k.args)}
            vector = {a.name: a.ndim == 1 for a in k.args}
            spec = ", ".join(f"({index[a]}, {ta}, {index[b]}, {tb}, {vector[a]})" for a, ta, b, tb, _ in products)
            threads += f", products=({spec},), inner={inner!r}"
        entry.append(f"    return call_gufunc(_{k.name}, {core}, {k.name!r}, {lay!r}, ({call_args}), {shapes}, out{extra}"
                     f"{threads})")
    text = template("kernel.py.tmpl").substitute(
        name=k.name, core=core, params=params, body="\n".join(body), builder=builder, threaded=threaded,
        doc=_docstring(k, lay), entry_params=", ".join(entry_params + ["out=None"] + ["dtype=np.float64"] * bool(options)),
        entry_body="\n".join(entry))
    record = {
        "name": k.name, "module": f"generated.{k.family_module}", "kind": k.kind, "wrt": list(k.wrt),
        "signature": lay if lay else "elementwise", "dtypes": list(FLOATS),
        "arguments": entry_params, "outputs": [o.name for o in k.outputs],
        "positions": [a.name for a in k.args if a.index_valued], "integers": int_names, "options": options,
    }
    return text, record


# rt's and _elementary's vectorized series (their loops are long): one of them in another's
# argument is computed in two loops over a block (_staged_loop)
SERIES = {"exp", "exp_t", "exp_neg", "exp_neg_t", "exp32", "exp_neg32", "expm1", "log", "log1p", "log1p_t", "log1p32", "tanh",
          "sigmoid", "sigmoid_t", "sigmoid32", "sigmoid_slope", "sigmoid_slope_t", "sigmoid_slope32"}
STAGE_BLOCK = 1024


def _is_rt_call(node) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "rt")


def _is_series(node) -> bool:
    return _is_rt_call(node) and node.func.attr in SERIES


def _result_at(body: list[str]) -> int | None:
    """The position of an elementwise core's result line."""
    return next((n for n, line in enumerate(body) if line.strip().startswith("result = ")), None)


def _loop_builds(name: str, suffix: str = "") -> str:
    """The threaded and one-thread builds of a kernel's loop _<name><suffix>_loop (rt.call_ufunc,
    rt.call_gufunc's loops=)."""
    loop = f"_{name}{suffix}_loop"
    return (f"_{name}{suffix}_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)({loop}))\n"
            f"_{name}{suffix}_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin({loop}, \"{loop}_serial\")))\n")


def _staged(body: list[str]) -> tuple[str, str] | None:
    """An elementwise core whose result line calls a series inside another series' argument
    (softplus: rt.log1p_t(rt.exp_t(-np.abs(z)))), split in two: the stage core returns the inner
    call, the rest core takes its value as ``_s`` (from a buffer of the type the call returns,
    _staged_loop) and computes the result; None for any other core."""
    at = _result_at(body)
    if at is None:
        return None
    tree = ast.parse(body[at].strip())
    inner = next((node for outer in ast.walk(tree) if _is_series(outer)
                  for arg in outer.args for node in ast.walk(arg)
                  if _is_series(node) and not any(_is_series(d) for a in node.args for d in ast.walk(a))), None)
    if inner is None:
        return None
    stage_call = ast.unparse(inner)

    class Swap(ast.NodeTransformer):
        def visit_Call(self, node):
            return ast.Name("_s", ast.Load()) if node is inner else self.generic_visit(node)

    rest_line = ast.unparse(Swap().visit(tree))
    before, after = body[:at], body[at + 1:]
    needed, kept = {n.id for n in ast.walk(inner) if isinstance(n, ast.Name)}, []
    for line in reversed(before):  # the stage core keeps the lines its call needs
        assign = ast.parse(line.strip()).body[0]
        if isinstance(assign, ast.Assign) and {t.id for t in assign.targets if isinstance(t, ast.Name)} & needed:
            kept.append(line)
            needed |= {n.id for n in ast.walk(assign.value) if isinstance(n, ast.Name)}
    stage = kept[::-1] + [f"    return {stage_call}"]
    rest = before + [f"    {rest_line}"] + after
    return ("\n".join(stage), "\n".join(rest))


def _staged_loop(k: Kernel, stage: str, rest: str, native: bool) -> str:
    """_flat_loop's loops for a core _staged splits: per block of STAGE_BLOCK values the inner
    series into a buffer, then the rest; the same operations as the core, so the same bits. Fused
    in one loop LLVM left softplus's one-thread float64 loop scalar (one thread, 16384 values in
    cache: 22.7 ns a value fused, 3.05 staged; float32 1.54 and 1.34). The buffer has the type the
    inner call returns: the arguments' for a native float32 core, float64 for a core that widens
    (a float64 buffer for float32 values, converted there and back, made float32 slower)."""
    args = [a.name for a in k.args]
    kind = f"{args[0]}.dtype" if native else "np.float64"
    params = ", ".join(args)
    each = ", ".join(f"rt.at({a}, _i)" for a in args)
    b = STAGE_BLOCK
    return (f"def _{k.name}_stage_core({params}):\n{stage}\n\n\n"
            f"def _{k.name}_rest_core({params}, _s):\n{rest}\n\n\n"
            f"_{k.name}_stage = numba.njit(**rt.INLINED)(_{k.name}_stage_core)\n"
            f"_{k.name}_rest = numba.njit(**rt.INLINED)(_{k.name}_rest_core)\n\n\n"
            f"def _{k.name}_loop({params}, result):\n"
            f"    _n = result.size\n"
            f"    for _b in numba.prange((_n + {b - 1}) // {b}):\n"
            f"        _buf = np.empty({b}, {kind})\n"
            f"        _lo = _b * {b}\n"
            f"        _m = min(_lo + {b}, _n) - _lo\n"
            f"        for _j in range(_m):\n"
            f"            _i = np.uint64(_lo) + np.uint64(_j)\n"
            f"            _buf[_j] = _{k.name}_stage({each})\n"
            f"        for _j in range(_m):\n"
            f"            _i = np.uint64(_lo) + np.uint64(_j)\n"
            f"            result[_i] = _{k.name}_rest({each}, _buf[_j])\n\n\n"
            + _loop_builds(k.name))


def _selects(body: list[str]) -> list[str]:
    """An elementwise core's lines with its result line's conditionals made flat selects: each
    series call and each conditional inside a conditional's arm computed before, whichever arm is
    taken. LLVM left a loop scalar where an arm called a series (ELU's z if z >= 0 else alpha
    expm1(z)) or where conditionals nested (ELU's NaN arm, z if z >= 0 else (alpha expm1(z) if
    z == z else nan), even with expm1 computed before): no 512-bit instruction in the loop.
    ELU on one thread, 16384 values: 5.65 to 2.49 ns a value. Not where the line calls another
    of rt's functions: SELU's rt.product3 computed for every value left the loop scalar and
    slower (11.7 to 19.4 ns). The taken arm computes what it computed, so the bits are the
    core's; the arms are floating-point arithmetic, which raises nothing (error_model="numpy")."""
    at = _result_at(body)
    if at is None:
        return body
    hoisted = []

    def temp(node):
        hoisted.append(f"    _h{len(hoisted)} = {ast.unparse(node)}")
        return ast.Name(f"_h{len(hoisted) - 1}", ast.Load())

    class Flatten(ast.NodeTransformer):
        arms = 0

        def visit_IfExp(self, node):
            node.test = self.visit(node.test)
            self.arms += 1
            node.body, node.orelse = self.visit(node.body), self.visit(node.orelse)
            self.arms -= 1
            return temp(node) if self.arms else node

        def visit_Call(self, node):
            node = self.generic_visit(node)
            return temp(node) if self.arms and _is_series(node) else node

    tree = ast.parse(body[at].strip())
    if any(_is_rt_call(node) and not _is_series(node) for node in ast.walk(tree)):
        return body
    arms = [arm for node in ast.walk(tree) if isinstance(node, ast.IfExp) for arm in (node.body, node.orelse)]
    if not any(_is_series(node) for arm in arms for node in ast.walk(arm)):
        return body  # no series in an arm: LLVM vectorized these loops as they were
    line = ast.unparse(Flatten().visit(tree))
    return body if not hoisted else body[:at] + hoisted + [f"    {line}"] + body[at + 1:]


def _names(node) -> set:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


# NumPy functions that are one instruction (or a few) per value in a vectorized loop
CHEAP = {"np.sqrt", "np.abs", "np.maximum", "np.minimum", "np.float64", "np.float32", "rt.wide"}


def _costly(node) -> bool:
    """A call of a series or libm function (of rt or NumPy, not one CHEAP lists, nor lit's
    constant) or a power: worth computing once per call rather than per value."""
    return any((isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                and ast.unparse(n.func) not in CHEAP)
               or (isinstance(n, ast.BinOp) and isinstance(n.op, ast.Pow)) for n in ast.walk(node))


def _hoisted(k: Kernel, body: list[str]) -> tuple[list[str], list[str], list[str], list[str]] | None:
    """An elementwise core split for loops whose hyperparameters (the equation's role
    "hyperparameter": Adam's beta1, beta2, t, ...) are single values: the prelude computes once
    what depends on them alone (whole lines, and in the other lines each largest such
    subexpression), the rest computes each element from the arguments and the prelude's values.
    Returns (prelude params, prelude lines, carried names, rest lines), or None where nothing
    costly (_costly: a series, a libm function, a power) depends on the hyperparameters alone. The same operations on the
    same values as the core, so the same bits. LLVM computed them per element: Adam's gradient
    wrt m, expm1 of xlogy(t, beta) twice per element, took 80 ns a value on one thread, 1.83
    with them computed once (2^20 values, t, the betas, eta and eps single values)."""
    hyper = {a.name for a in k.args if a.var.role == "hyperparameter"}
    if not hyper:
        return None
    witness = sorted(hyper, key=[a.name for a in k.args].index)[0]
    invariant = set(hyper)
    known = {"rt", "np", "lit", "numba"}
    prelude, rest, extra = [], [], []

    def still(node) -> bool:
        return _names(node) - known <= invariant

    class Lift(ast.NodeTransformer):
        def generic_visit(self, node):
            if isinstance(node, ast.expr) and not isinstance(node, (ast.Name, ast.Constant)) \
                    and still(node) and _costly(node):
                name = f"_p{len(extra)}"
                extra.append(f"    {name} = {ast.unparse(node)}")
                invariant.add(name)
                return ast.Name(name, ast.Load())
            return super().generic_visit(node)

    for line in body:
        stmt = _statement(line)
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call) \
                and ast.unparse(stmt.value.func) == "rt.wide":
            target = stmt.targets[0].id
            if target in hyper:
                prelude.append(line)
            rest.append(line)
            continue
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            value = stmt.value
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "lit":
                # a constant of the arguments' one type: the prelude takes it from a hyperparameter
                value.args[0] = ast.Name(witness, ast.Load())
                prelude.append(f"    {stmt.targets[0].id} = {ast.unparse(value)}")
                invariant.add(stmt.targets[0].id)
                rest.append(line)
                continue
            if still(value):
                prelude.append(line)
                invariant.add(stmt.targets[0].id)
                continue
            stmt.value = Lift().visit(value)
            invariant.discard(stmt.targets[0].id)  # a name given a value per element from here on
            prelude += extra
            extra.clear()
            rest.append(f"    {ast.unparse(stmt)}")
            continue
        rest.append(line)
    lifted = [ln for ln in prelude if not _is_wide_or_constant(ln)]
    if not any(_costly(_statement(ln).value) for ln in lifted):
        return None
    rest = _live(rest, set())
    used = set().union(*(_names(_statement(ln)) for ln in rest))
    carried = [t for t in (_statement(ln).targets[0].id for ln in lifted) if t in used]
    prelude = _live(prelude, set(carried))
    needed = set().union(*(_names(_statement(ln).value) for ln in prelude))
    params = [a.name for a in k.args if a.name in hyper and a.name in needed]
    return params, prelude, carried, rest


def _hoisted_spec(k: Kernel, hoisted) -> str:
    """The entry point's (flat, serial, positions) of a kernel's hoisted loops: the positions of
    the arguments its prelude reads, which must be single values for the loops to be taken."""
    if not hoisted:
        return "None"
    where = tuple(n for n, a in enumerate(k.args) if a.name in hoisted[0])
    return f"(_{k.name}_hoisted_flat, _{k.name}_hoisted_serial, {where!r})"


def _statement(line: str):
    return ast.parse(line.strip()).body[0]


def _live(lines: list[str], needed: set) -> list[str]:
    """The lines of a straight-line body that what ``needed`` names depends on (and its return)."""
    needed, kept = set(needed), []
    for line in reversed(lines):
        stmt = _statement(line)
        if isinstance(stmt, ast.Assign) and stmt.targets[0].id not in needed:
            continue
        if isinstance(stmt, ast.Assign):
            needed.discard(stmt.targets[0].id)
        needed |= _names(stmt.value)
        kept.append(line)
    return kept[::-1]


def _is_wide_or_constant(line: str) -> bool:
    value = _statement(line).value
    return isinstance(value, ast.Call) and ast.unparse(value.func) in ("rt.wide", "lit")


def _split_functions(name: str, args: list[str], params, prelude, carried, rest) -> tuple[str, str]:
    """The prelude and rest functions of a core _hoisted splits, and the prelude's call (the
    line a loop starts with)."""
    values = ", ".join(carried) + ("," if len(carried) == 1 else "")
    return (f"def _{name}_prelude_core({', '.join(params)}):\n" + "\n".join(prelude)
            + f"\n    return ({values})\n\n\n"
            f"def _{name}_rest_core({', '.join(args + carried)}):\n" + "\n".join(rest) + "\n\n\n"
            f"_{name}_prelude = numba.njit(**rt.JIT)(_{name}_prelude_core)\n"
            f"_{name}_rest = numba.njit(**rt.INLINED)(_{name}_rest_core)\n\n\n",
            f"    {values} = _{name}_prelude({', '.join(params)})\n")


def _hoisted_loop(k: Kernel, params: list[str], prelude: list[str], carried: list[str], rest: list[str]) -> str:
    """The loops of a core _hoisted splits: the prelude once, then the rest per element
    (rt.call_ufunc takes them when every prelude parameter is a single value)."""
    args = [a.name for a in k.args]
    each = ", ".join(f"rt.at({a}, _i)" for a in args)
    name = k.name
    functions, call = _split_functions(name, args, params, prelude, carried, rest)
    return (functions + f"def _{name}_hoisted_loop({', '.join(args)}, result):\n" + call +
            f"    for _i in numba.prange(result.size):\n"
            f"        result[_i] = _{name}_rest({each}, {', '.join(carried)})\n\n\n"
            + _loop_builds(name, "_hoisted"))


def _step_body(k: Kernel, body: list[str]) -> list[str] | None:
    """A gufunc core of single values only (layout (),()->(),(), the optimizers' steps) as a
    function of scalars: each output X[0] a local _o_X, the flag _bad[0] a local _o__bad, and a
    return of the outputs and the flag. None for a core with any other line."""
    outs = [code_name(o.name) for o in k.outputs] + ["_bad"]

    class Local(ast.NodeTransformer):
        def visit_Subscript(self, node):
            if isinstance(node.value, ast.Name) and node.value.id in outs \
                    and isinstance(node.slice, ast.Constant) and node.slice.value == 0:
                return ast.Name(f"_o_{node.value.id}", ast.Load())
            return self.generic_visit(node)

    lines = []
    for line in body:
        stmt = _statement(line)
        if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
            return None
        stmt = Local().visit(stmt)
        if not isinstance(stmt.targets[0], ast.Name) or any(isinstance(n, ast.Subscript) for n in ast.walk(stmt)):
            return None
        lines.append(f"    {ast.unparse(stmt)}")
    return lines + [f"    return ({', '.join(f'_o_{o}' for o in outs)})"]


def _step_loops(k: Kernel, body: list[str]) -> tuple[str, tuple | None]:
    """Loops over C-contiguous arrays for a core _step_body writes as a function of scalars (the
    optimizers' functional steps, whose gufunc called the core per element: Adam 73 ns a value
    on two threads): a prange loop storing each output (float64 values rounded once to a float32
    result, as the gufunc's float64 results are) and counting the values the flag counts, which
    rt.call_gufunc returns when it is 0 (and otherwise calls the gufunc, which rescues them).
    With the hyperparameters alone's costly part computed once where they are single values
    (_hoisted)."""
    args = [a.name for a in k.args]
    outs = [code_name(o.name) for o in k.outputs]
    each = ", ".join(f"rt.at({a}, _i)" for a in args)
    name = k.name

    def loop(suffix: str, element: str, before: str, extra: str) -> str:
        results = ", ".join(f"_o_{o}" for o in outs)
        stores = "".join(f"        {o}[_i] = _o_{o}\n" for o in outs)
        return (f"def _{name}{suffix}_loop({', '.join(args + outs)}):\n{before}"
                f"    _nbad = 0\n"
                f"    for _i in numba.prange({outs[0]}.size):\n"
                f"        {results}, _o__bad = {element}({each}{extra})\n{stores}"
                f"        _nbad += _o__bad\n"
                f"    return _nbad\n\n\n" + _loop_builds(name, suffix))

    text = (f"def _{name}_step_core({', '.join(args)}):\n" + "\n".join(body) + "\n\n\n"
            f"_{name}_step = numba.njit(**rt.INLINED)(_{name}_step_core)\n\n\n"
            + loop("", f"_{name}_step", "", ""))
    hoisted = _hoisted(k, body)
    if hoisted:
        functions, call = _split_functions(name, args, *hoisted)
        text += "\n\n" + functions + loop("_hoisted", f"_{name}_rest", call, ", " + ", ".join(hoisted[2]))
    return text, hoisted


def _flat_loop(k: Kernel, core: str, selects: list[str] | None = None) -> str:
    """An elementwise kernel's loops over C-contiguous arrays of one shape: the core compiled as a
    function, called per element in a prange loop that LLVM vectorizes where the core has no libm
    call. rt.call_ufunc takes the threaded build above rt.PARALLEL_MIN elements and the one-thread
    build (prange is range there) below it; the ufunc only for what broadcasts or is strided.
    Numba caches a loop whole but rebuilds a ufunc's loop wrapper in every process (100-300 ms),
    so a fresh process loads the loops in about 20 ms."""
    args = [a.name for a in k.args]
    each = ", ".join(f"rt.at({a}, _i)" for a in args)
    element, text = core, ""
    if selects is not None:  # the loops' own form of the core (_selects)
        element = f"_{k.name}_loop_core"
        text = f"def {element}({', '.join(args)}):\n" + "\n".join(selects) + "\n\n\n"
    return (text + f"_{k.name}_element = numba.njit(**rt.INLINED)({element})\n\n\n"
            f"def _{k.name}_loop({', '.join(args)}, result):\n"
            f"    for _i in numba.prange(result.size):\n"
            f"        result[_i] = _{k.name}_element({each})\n\n\n"
            + _loop_builds(k.name))


def _domain_args(dom) -> str:
    lo = "-np.inf" if dom.lo == -math.inf else repr(float(dom.lo))
    hi = "np.inf" if dom.hi == math.inf else repr(float(dom.hi))
    text = f"in {dom.name}" if dom.name[0] in "([" else ("an " if dom.name[0] in "aeiou" else "a ") + dom.name
    return f"{lo}, {hi}, {dom.lo_open}, {dom.hi_open}, {text!r}"


def _axis_code(k: Kernel, arg_name: str, axis: int) -> str:
    """Python for the length of an argument's axis (counted within its core dimensions)."""
    arg = next(a for a in k.args if a.name == arg_name)
    return f"rt.dim({k.name!r}, {arg_name!r}, {arg_name}, {axis - arg.ndim})"


def _size_code(k: Kernel, expr) -> str:
    """Python for a size expression, from the entry point's argument shapes and integers."""
    pr = NumbaPrinter(k.name, {}, {}, set(), "_")
    for sym, how in k.sizes.items():
        if how[0] == "axis":
            pr.names[sym] = _axis_code(k, how[1], how[2])
        elif how[0] == "arg":
            pr.names[sym] = code_name(sym.name)
        pr.ints.add(sym)
    missing = [s for s in sp.sympify(expr).free_symbols if s not in pr.names]
    if missing:
        raise ValueError(f"kernel {k.name}: no size for {missing} to check positions against")
    return pr.int_code(expr)


def _names_in(expr) -> set:
    return {a.base.label.name if isinstance(a, sp.Indexed) else getattr(a, "name", None)
            for a in sp.preorder_traversal(expr)}


def _position_extents(k: Kernel, name: str) -> list:
    """Sizes a position argument must stay below: the array axes and index ranges it selects."""
    found = []
    ranges = {iv.symbol: iv.bounds[1] for iv in k.equation.variables if iv.role == "index" and iv.bounds}
    ranges.update({lp[0]: lp[2] for _, _, loops in k.lines for lp in loops})
    for _, rhs, _ in k.lines:
        for e in sp.preorder_traversal(rhs):
            if isinstance(e, sp.Indexed):
                arg = next((a for a in k.args if a.var.symbol == e.base), None)
                found += [arg.shape[axis] for axis, idx in enumerate(e.indices)
                          if arg is not None and name in _names_in(idx)]
            elif isinstance(e, sp.KroneckerDelta) and name in _names_in(e):
                found += [ranges[other] for other in e.args if other in ranges]
    if not found:
        raise ValueError(f"kernel {k.name}: no range found for the position argument {name}")
    return list(dict.fromkeys(sp.sympify(f) for f in found))


def _argument_checks(k: Kernel) -> list[str]:
    """Entry-point checks of values the math excludes: hyperparameters outside their domain,
    probabilities outside [0, 1], sizes that are not positive (or not even), positions out of
    range. NaN passes (it propagates to the result)."""
    lines = []
    for a in k.args:
        var, dom = a.var, a.var.domain
        if a.index_valued:
            for ext in _position_extents(k, a.name):
                lines.append(f"rt.positions({k.name!r}, {a.name!r}, {a.name}, {_size_code(k, ext)})")
        elif var.role == "hyperparameter" or (a.integer and not dom.values):
            lines += _domain_checks(k.name, a.name, dom, a.integer)
            continue
        elif var.role in ("input", "parameter") and dom.lo >= 0 and dom.hi <= 1 and not a.integer:
            lines.append(f"rt.within({k.name!r}, {a.name!r}, {a.name}, 0.0, 1.0, False, False, 'in [0, 1]')")
        if dom.even:
            lines.append(f"rt.even({k.name!r}, {a.name!r}, {a.name})")
    for sym in k.size_args:
        lines += _domain_checks(k.name, code_name(sym.name), k.equation.table[sym.name].domain, True)
    return ["    " + ln for ln in lines]


def _domain_checks(kernel: str, name: str, dom, integer: bool) -> list[str]:
    """A single integer where one is needed, then the declared domain (and evenness)."""
    lines = [f"rt.single({kernel!r}, {name!r}, {name})"] if integer else []
    if dom.lo != -math.inf or dom.hi != math.inf:
        lines.append(f"rt.within({kernel!r}, {name!r}, {name}, {_domain_args(dom)})")
    if dom.even:
        lines.append(f"rt.even({kernel!r}, {name!r}, {name})")
    return lines


def _carrier_shapes(k: Kernel, carriers) -> str:
    """A lambda from the entry point's arguments to the core shapes of outputs that need one."""
    pr = NumbaPrinter(k.name, {}, {}, set(), "_")
    lines = []
    for sym, how in k.sizes.items():
        if how[0] == "axis":
            lines.append(f"{code_name(sym.name)} = {_axis_code(k, how[1], how[2])}")
        pr.names[sym] = code_name(sym.name)
        pr.ints.add(sym)
    for sym, how in k.sizes.items():
        if how[0] == "solve":
            n = how[4]
            pr.names[n] = _axis_code(k, how[2], how[3])
            pr.ints.add(n)
            lines.append(f"{code_name(sym.name)} = {pr.int_code(how[1])}")
    shapes = ", ".join("(" + "".join(f"{pr.int_code(e)}, " for e in o.extents) + ")" for o in carriers)
    return lines, f"[{shapes}]"


# --- per equation and per file -------------------------------------------------------------
def equation_kernels(eq, derived) -> dict:
    """Sources and manifest records of one equation's kernels, and why any is missing."""
    from codegen.kernel_specs import (FUSED_LOSSES, FUSED_VJPS, OPTIMIZERS, NoKernel, derivative_kernel,
                                      forward_kernel, softmax_cross_entropy_kernel,
                                      softmax_cross_entropy_label_kernel, value_and_grad_kernel,
                                      vjps_kernel)
    from codegen.latex import equation_latex, where_items

    sources, records, missing = [], [], []

    def add(make, name, source=kernel_source):
        try:
            k = make()
            text, rec = source(k)
        except NoKernel as why:
            missing.append({"kernel": name, "reason": str(why)})
            return
        sources.append(text)
        records.append(rec)

    tex, _ = equation_latex(eq) if eq.body.computes else ("", None)
    add(lambda: forward_kernel(eq, tex, where_items(eq)), eq.slug)
    vjp_texts, vjp_where = [], {}
    for d in derived:
        dtex, _ = equation_latex(d.document)
        add(lambda d=d, dtex=dtex: derivative_kernel(d, dtex, where_items(d.document)), d.name)
        if d.kind == "vjp" and d.wrt.name in FUSED_VJPS.get(eq.slug, ()):
            vjp_texts.append(dtex)
            for sym, desc in where_items(d.document):  # an array once (Q_{l,q} and Q_{t,d}), each index
                vjp_where.setdefault(desc if "_{" in sym else sym, (sym, desc))
    if eq.slug in FUSED_LOSSES:
        add(lambda: value_and_grad_kernel(eq, derived, tex, where_items(eq)), f"{eq.slug}_value_and_grad")
    if eq.slug in FUSED_VJPS:
        add(lambda: vjps_kernel(eq, derived, r",\qquad ".join(vjp_texts), list(vjp_where.values())),
            f"{eq.slug}_vjps")
    if eq.slug == "softmax_cross_entropy_grad":
        add(lambda: softmax_cross_entropy_kernel(eq, tex, where_items(eq)), "softmax_cross_entropy_value_and_grad")
        for fused in (False, True):
            add(lambda fused=fused: softmax_cross_entropy_label_kernel(eq, fused, tex, where_items(eq)),
                "softmax_cross_entropy_value_and_grad_labels" if fused else "softmax_cross_entropy_grad_labels")
    if eq.slug in OPTIMIZERS:
        add(lambda: forward_kernel(eq, tex, where_items(eq)), f"{eq.slug}_inplace", update_source)
    return {"sources": sources, "records": records, "missing": missing}


def module_files(cat, results: list[dict]) -> dict[str, str]:
    """generated/<family>.py for every family with kernels, generated/_runtime.py and the
    vectorizable elementary functions it exports, generated/_elementary.py."""
    by_module: dict = {}
    for eq, res in zip(cat, results):
        module = eq.source_module.rsplit(".", 1)[-1]
        by_module.setdefault(module, []).append((eq, res["kernels"]))
    files = {"_runtime.py": template("runtime.py.tmpl").substitute(),
             "_elementary.py": template("elementary.py.tmpl").substitute(exp_tail=series.exp_tail_constants()),
             "_extended.py": template("extended.py.tmpl").substitute()}
    for module, items in by_module.items():
        sources = [s for _, ks in items for s in ks["sources"]]
        if not sources:
            continue
        numbers = ", ".join(str(eq.number) for eq, _ in items)
        title = module.replace("_", " ").capitalize()
        files[f"{module}.py"] = template("module.py.tmpl").substitute(
            source=module, title=title, numbers=numbers, kernels="".join(sources)).rstrip() + "\n"
    return compiled_with(files)


def compiled_with(files: dict[str, str]) -> dict[str, str]:
    """Each module that Numba compiles names the digest of the modules its compiled code takes in:
    _runtime.py that of _elementary.py, each family module that of _runtime.py (which names
    _elementary.py's). Numba's on-disk cache is keyed by a function's own file (its time stamp
    and size), not by what the function calls, so without the line a cached kernel would keep
    an old exp inlined after _elementary.py changed (measured: the cached rt.sigmoid still ran
    the exp of the run before, 3.34 against 2.99 ns a value). With it, the change rewrites every
    file that depends on it, and their caches are rebuilt."""
    def stamp(text: str, line: str) -> str:
        first, rest = text.split("\n", 1)
        return f"{first}\n{line}\n{rest}"

    def digest(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    out = dict(files)
    out["_runtime.py"] = stamp(files["_runtime.py"], f"# Compiled with _elementary.py {digest(files['_elementary.py'])}.")
    for name, text in files.items():
        if not name.startswith("_") and name.endswith(".py"):
            out[name] = stamp(text, f"# Compiled with _runtime.py {digest(out['_runtime.py'])}.")
    return out


def package_init(cat, results: list[dict]) -> str:
    rows = [f'    "{rec["name"]}": "{rec["module"].split(".")[-1]}",'
            for res in results for rec in res["kernels"]["records"]]
    return template("package.py.tmpl").substitute(index="\n".join(rows))


BLOCK = 256  # elements per block of an in-place step with a plain form: 4 arrays of them fit in L1
PARTS = 64  # runs of blocks of an in-place step, one buffer each; prange deals them out to the threads


def _plain_form(pr, loop_body, state_args):
    """The loop body with every guarded form (finite_or, quotient3) in its plain form and the
    states as locals, and the condition under which it gives the guarded forms' bits; None if the
    body has no guarded form."""
    saved = dict(pr.names)
    locals_ = [f"_{a.name}" for a in state_args]
    taken = {str(n) for n in pr.names.values()} & set(locals_ + [f"{n}_old" for n in locals_])
    if taken:
        raise ValueError(f"kernel {pr.kernel}: a state's local name {sorted(taken)} is taken")
    pr.names.update({a.var.symbol: name for a, name in zip(state_args, locals_)})
    pr.plain_conditions = []
    try:
        lines = render(loop_body, pr, "")
        conditions = pr.plain_conditions
    finally:
        pr.plain_conditions = None
        pr.names = saved
    return (lines, " & ".join(conditions)) if conditions else None


def _blocks(witness: str, state_args, plain, guarded: list[str]) -> list[str]:
    """An in-place step's loop in blocks of BLOCK elements. One pass computes the plain form and
    tests, per element, the condition under which it has the guarded form's bits; it stores the
    new states where the condition holds and writes the old ones back where it does not (a
    select: the old values are still in registers), and notes the element in a flag per element.
    Where a block has such elements, the guarded form runs over them alone, from the old values.
    The plain pass vectorizes and computes one arm; the guarded form computes both arms of every
    select (measured, Adam over 1e7 float64 on two threads: 42.6 ms guarded, 30.1 ms with a
    separate checking pass, 26 ms with one pass that kept the old values in a buffer; the plain
    formula alone 18 ms). Flags and selects instead of that buffer (three stores per element, and
    the whole block restored and recomputed): 13.19 to 12.59 ms, bare formula 11.48 (one run,
    15 rounds, 2026-11-29). The index is unsigned: Numba wraps a negative signed index, and that
    test keeps LLVM from vectorizing. The blocks are split into PARTS contiguous runs, each with
    one flag buffer (a constant: numba.get_num_threads() in the core keeps Numba from caching it),
    where a buffer per block cost an allocation per 256 elements (measured, same Adam, 25
    interleaved rounds: 20.4 ms with a buffer per block, 18.8 ms per run; PyTorch's fused step 15.5)."""
    lines, condition = plain
    names = [a.name for a in state_args]
    i = "_i = np.uint64(_lo) + np.uint64(_j)"
    keep = [f"_{n} = {n}[_i]" for n in names] + [f"_{n}_old = _{n}" for n in names]
    store = [f"{n}[_i] = _{n} if _ok else _{n}_old" for n in names]

    def indent(n, ls):
        return [" " * n + ln for ln in ls]
    return ([f"    _n = {witness}.size",
             f"    _blocks = (_n + {BLOCK - 1}) // {BLOCK}",
             f"    _parts = max(min({PARTS}, _blocks), 1)",
             "    for _p in numba.prange(_parts):",
             f"        _exact = np.empty({BLOCK}, np.bool_)",
             "        for _b in range(_p * _blocks // _parts, (_p + 1) * _blocks // _parts):",
             f"            _lo = _b*{BLOCK}",
             f"            _hi = min(_lo + {BLOCK}, _n)",
             "            _inexact = 0",
             "            for _j in range(_hi - _lo):"]
            + indent(16, [i] + keep + lines + [f"_ok = {condition}", "_inexact += 0 if _ok else 1",
                                               "_exact[_j] = _ok"] + store)
            + ["            if _inexact != 0:", "                for _j in range(_hi - _lo):",
               "                    if _exact[_j]:", "                        continue"]
            + indent(20, [i]) + ["            " + ln for ln in guarded])


def update_source(k: Kernel) -> tuple[str, dict]:
    """An optimizer's fused in-place step: one pass over the parameters, no temporaries.

    State variables (updated) and elementwise inputs (the gradient) are arrays of one shape and
    dtype; hyperparameters are scalars. The core loops over the flattened arrays."""
    name = f"{k.name}_inplace"
    states = [o.state for o in k.outputs]
    arrays = [a for a in k.args if a.var in states or a.var.role == "input"]
    scalars = [a for a in k.args if a not in arrays]
    witness = next(a.name for a in arrays if a.var in states)
    pr = _printer(k, witness, vectorized=True)
    pr.eager_selects = True
    for a in arrays:
        pr.names[a.var.symbol] = f"{a.name}[_i]"
    if any(loops for _, _, loops in k.lines):
        raise ValueError(f"kernel {name}: an in-place update must be elementwise")
    low = Lowerer(repeated_subexpressions([r for _, r, _ in k.lines]))
    varying = [a.var.symbol for a in arrays] + [t for t, _, _ in k.lines]  # locals (m-hat) too
    loop = low.loop_body([(t, r) for t, r, _ in k.lines], sp.Symbol("_i"), varying)
    hoisted = render(low.root.body, pr, "    ")
    stmts = render(loop.body, pr, "        ")
    plain = _plain_form(pr, loop.body, [a for a in arrays if a.var in states])
    if plain is None:
        body = hoisted + [f"    for _i in numba.prange({witness}.size):"] + stmts
    else:
        body = hoisted + _blocks(witness, [a for a in arrays if a.var in states], plain, stmts)
    body = ["    " + c for c in pr.prelude()] + body
    params = ", ".join(a.name for a in k.args)
    state_names = [a.name for a in arrays if a.var in states]
    input_names = [a.name for a in arrays if a.var not in states]
    entry = [f"    {', '.join(state_names)}, = rt.states({name!r}, {', '.join(state_names)})",
             f"    dtype = {state_names[0]}.dtype"]
    if input_names:
        entry.append(f"    {', '.join(input_names)}, = rt.like({name!r}, {state_names[0]}, {', '.join(input_names)})")
    if scalars:
        entry.append(f"    {', '.join(a.name for a in scalars)}, = rt.scalars({name!r}, dtype, "
                     f"{', '.join(a.name for a in scalars)})")
    # Both dtypes compile eagerly (under rt.compile_lock, like every kernel); C-contiguous arrays (rt.states
    # and rt.like make them so), which LLVM vectorizes without testing strides
    sigs = ", ".join('"void(' + ", ".join(f"{t}[::1]" if a in arrays else t for a in k.args) + ')"'
                     for t in FLOATS)
    call = ", ".join(f"{a.name}.reshape(-1)" if a in arrays else a.name for a in k.args)
    entry += [ln.replace(repr(k.name), repr(name)) for ln in _argument_checks(k)]
    count = len(arrays)
    entry.append(f"    with rt.threads({state_names[0]}.size * {count}) as threaded:")
    entry.append(f"        (_{name}_threads if threaded else _{name}).get()({call})")
    entry.append(f"    return {', '.join(state_names)}" + ("," if len(state_names) == 1 else ""))
    doc = _docstring(k, None).replace("forward kernel (elementwise ufunc)", "fused in-place update")
    doc = doc.replace("; out= an optional preallocated result.",
                      f".\n    Updates {', '.join(state_names)} in place (one pass) and returns them.")
    text = template("update.py.tmpl").substitute(
        name=name, core=f"_{name}_core", sigs=sigs, params=params, body="\n".join(body), doc=doc,
        entry_params=", ".join(a.name for a in k.args), entry_body="\n".join(entry))
    record = {"name": name, "module": f"generated.{k.family_module}", "kind": "update", "wrt": [],
              "signature": "in-place", "dtypes": list(FLOATS), "arguments": [a.name for a in k.args],
              "outputs": state_names, "positions": [], "integers": [], "options": []}
    return text, record
