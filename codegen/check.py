"""Verification of the generated kernels against the math (``dleq check`` and the test suite).

For every kernel in the manifest, at sample inputs drawn from the equation's domains (the test
references in tests/references give sizes and constrained inputs):
  forward error   max |kernel - exact| / spacing(max |exact|), in ulps of the kernel's dtype,
                  float64 and float32, the exact value being the SymPy expression at 50 digits;
  symbolic error  the same for derivative kernels, against the derived expression at 50 digits;
  gradient check  relative difference between the derivative kernel contracted with a random
                  direction and a central finite difference of the forward kernel (float64).
The ulp bound is stated per kernel: 4 for elementwise kernels; for kernels that reduce, 4 + n
where n is the number of input components (rounding errors of a sum of n terms grow like n eps);
twice that in float32 (float32 libm functions are accurate to about 2 ulps, not 1); the few
kernels in CANCELLING have a larger bound, with the reason beside it.
"""
from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import sympy as sp

from symbolic.derive import derive
from symbolic.evaluate import evaluate, sample_inputs

ROOT = Path(__file__).resolve().parent.parent
FD_TOLERANCE = 1e-6


@dataclass
class KernelCheck:
    number: int
    equation: str
    kernel: str
    kind: str
    forward_ulps: dict = field(default_factory=dict)   # dtype -> ulps
    bound_ulps: float = 4.0
    gradient_rel: float | None = None
    problems: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def references():
    if not (ROOT / "tests" / "references").is_dir():
        raise RuntimeError("dleq check needs the repository's tests/references (the sample inputs); "
                           "run it from a checkout of dleq")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.families import REFERENCES
    return REFERENCES


@lru_cache(maxsize=None)
def derived_of(eq):
    return {d.name: d for d in derive(eq)[0]}


def sample(eq, seed: int) -> dict:
    ref = references()[eq.slug]
    rng = np.random.default_rng(seed)
    values = sample_inputs(eq, ref.sizes, rng)
    if ref.inputs is not None:
        values.update(ref.inputs(rng, values))
    return values


def _sizes(eq, values):
    return {v.symbol: sp.Integer(int(values[v.name])) for v in eq.variables
            if v.role == "size" and v.name in values}


def kernel_function(record):
    return getattr(importlib.import_module(record["module"]), record["name"])


def _function_value(eq, name, values):
    """The value of an abstract function at the point where the equation applies it (NAG)."""
    sizes = _sizes(eq, values)
    scalars = {v.symbol: sp.Float(float(values[v.name]), 50) for v in eq.variables
               if v.kind == "scalar" and v.role not in ("size", "index") and v.name in values}
    for ln in eq.lines:
        for e in sp.preorder_traversal(ln.rhs):
            if type(e).__name__ == name and e.args:
                point = e.args[0].xreplace(sizes).xreplace(scalars)
                return float(sp.N(values[name](point), 50))
    raise KeyError(name)


def call(record, values, dtype, index_args=(), eq=None):
    """Call a kernel with values by variable name; positions (index arguments) become 0-based."""
    args = _args(record, values, dtype, index_args, eq)
    options = {"dtype": dtype} if "dtype" in record.get("options", ()) else {}
    return kernel_function(record)(*args, **options)


def _args(record, values, dtype, index_args=(), eq=None):
    args = []
    for name in record["arguments"]:
        key = name[:-1] if name.endswith("_") and name[:-1] in values else name
        v = values[key]
        if isinstance(v, sp.Lambda):
            v = _function_value(eq, key, values)
        if name in index_args:
            args.append(np.asarray(v, dtype=np.int64) - 1)
        elif name in record.get("integers", ()):
            args.append(np.asarray(v, dtype=np.int64))
        else:
            args.append(np.asarray(v, dtype=np.float64).astype(dtype))
    return args


def _exact(x):
    return np.asarray(x, dtype=object)


def ulps(got, exact, dtype) -> float:
    """max |got - exact| in units of the last place of max |exact| (normwise)."""
    got = np.asarray(got, dtype=np.float64)
    exact = _exact(exact)
    if got.shape != exact.shape:
        raise ValueError(f"shape {got.shape} != reference shape {exact.shape}")
    ex = np.array([float(v) for v in exact.ravel()]).reshape(exact.shape)
    if not np.all(np.isfinite(got)) and not np.array_equal(np.isfinite(got), np.isfinite(ex)):
        return float("inf")
    diff = max([abs(sp.Float(float(g), 50) - e) for g, e in zip(got.ravel(), exact.ravel())] or [0])
    scale = float(np.max(np.abs(ex))) if ex.size else 0.0
    spacing = float(np.spacing(dtype(scale))) if scale else float(np.finfo(dtype).tiny)
    return float(diff) / spacing


# Kernels whose error is set by cancellation in the math, not by the kernel: their VJPs sum
# products of gates or attention weights with terms of both signs, so an error of n eps relative
# to the sum of |terms| is many ulps of the (smaller) result. Measured at the check's inputs.
CANCELLING = {  # measured at the check's inputs: up to 1.2e4 ulps (2.6e-12 relative) for attention
    "gru_hidden_vjp_x": 2048, "gru_hidden_vjp_r_t": 2048, "gru_hidden_vjp_W_xh": 2048,
    "gru_hidden_vjp_W_hh": 2048, "attention_head_vjp_Q": 32768, "attention_head_vjp_K": 32768,
    "attention_head_vjp_W_Q": 32768, "attention_head_vjp_W_K": 32768,
}


def _bound(record, values, eq) -> float:
    if record["kind"] == "vjps":  # the largest of its parts' bounds
        return max(_bound(dict(record, kind="vjp", name=d.name), values, eq) for d in _vjps_parts(eq, record))
    if record["name"] in CANCELLING:
        return float(CANCELLING[record["name"]])
    if record["signature"] == "elementwise":
        return 4.0
    n = sum(int(np.size(values[v.name])) for v in eq.variables
            if v.role in ("input", "parameter") and v.name in values and not isinstance(values[v.name], sp.Basic))
    return 4.0 + n


def _forward_record(eq, records):
    return next((r for r in records if r["kind"] == "forward"), None)


def _output_of(eq, record, result, values=None):
    """The forward kernel's value for the equation's last line: an update's state output, and of
    it the element the line assigns (Q'(s, a)) when the indices are inputs."""
    last = eq.lines[-1].lhs
    if isinstance(result, tuple):
        name = last.base.label.name if isinstance(last, sp.Indexed) else last.name
        result = result[record["outputs"].index(name + "_new")]
    if isinstance(last, sp.Indexed) and values is not None and all(
            isinstance(i, sp.Symbol) and eq.table[i.name].role == "input" for i in last.indices):
        result = np.asarray(result)[tuple(int(values[i.name]) - 1 for i in last.indices)]
    return result


def _vjps_parts(eq, record):
    """The derivatives a vjps kernel computes together, in its outputs' order."""
    return [next(d for d in derived_of(eq).values() if d.kind == "vjp" and d.wrt.name == w) for w in record["wrt"]]


def _reference(eq, record, values):
    if record["kind"] == "vjps":
        return [res[list(res)[-1]] for res in (evaluate(d.evaluable, values, exact=True)
                                                 for d in _vjps_parts(eq, record))]
    if record["kind"] == "value_and_grad":
        res = evaluate(eq, values, exact=True)
        value = res[list(res)[-1]]
        if eq.slug == "softmax_cross_entropy_grad":  # the loss is not a line of entry 53
            y, yh = _exact(values["y"]), _exact(res["y_hat"])
            value = -sum(a * sp.log(b) for a, b in zip(y, yh) if a != 0)
            return [value, res[list(res)[-1]]]
        grads = [evaluate(derived_of(eq)[f"{eq.slug}_{_suffix(eq, w)}_{w}"].evaluable, values, exact=True)
                 for w in record["wrt"]]
        return [value] + [g[list(g)[-1]] for g in grads]
    if record["kind"] == "forward":
        res = evaluate(eq, values, exact=True)
        if eq.body.relation == "<-":
            outs = []
            for o in record["outputs"]:
                outs.append(res[o.removesuffix("_new")])
            return outs
        return [res[list(res)[-1]]]
    d = derived_of(eq)[record["name"]]
    res = evaluate(d.evaluable, values, exact=True)
    return [res[list(res)[-1]]]


def _suffix(eq, wrt):
    return next(d.name for d in derived_of(eq).values() if d.wrt.name == wrt).rsplit("_" + wrt, 1)[0].split(
        eq.slug + "_", 1)[1]


def _one_hot_labels(values, rng):
    """The label kernels of entry 53 (kernel_specs.softmax_cross_entropy_label_kernel): a class per
    row of z, counted from 1 as the math counts, and the one-hot target y it stands for, so the
    equation's own reference (with y) gives their exact outputs."""
    z = np.asarray(values["z"])
    label = rng.integers(1, z.shape[-1] + 1, size=z.shape[:-1])
    y = (np.arange(1, z.shape[-1] + 1) == label[..., None]).astype(np.float64)
    return dict(values, label=label if label.ndim else int(label), y=y)


def _extra_inputs(eq, record, values, rng):
    if "label" in record["arguments"] and "label" not in eq.table:
        values = _one_hot_labels(values, rng)
    if record["kind"] in ("forward", "update"):
        return values
    if record["kind"] in ("value_and_grad", "vjps"):
        extra = [v for w in record["wrt"] for d in derived_of(eq).values() if d.wrt.name == w for v in d.extra]
    else:
        extra = derived_of(eq)[record["name"]].extra
    values = dict(values)
    sizes = _sizes(eq, values)
    for var in extra:
        if var.name == "G_up":
            shape = tuple(int(sp.sympify(s).xreplace(sizes)) for s in var.shape)
            values["G_up"] = rng.standard_normal(shape)
    return values


def check_update(eq, record, records, values, out: KernelCheck) -> KernelCheck:
    """An in-place step equals the out-of-place forward kernel, on arrays of 7 parameters."""
    fwd = _forward_record(eq, records)
    rng = np.random.default_rng(eq.number)
    batch = {}
    for k, v in values.items():
        var = eq.table.get(k)
        if isinstance(v, sp.Lambda):
            v = _function_value(eq, k, values)
        if var is not None and var.role in ("input", "parameter") and k in record["arguments"]:
            batch[k] = np.asarray(v, dtype=np.float64) * (1 + 0.1 * rng.random(7))
        else:
            batch[k] = v
    for dtype in (np.float64, np.float32):
        want = call(fwd, batch, dtype, (), eq)
        want = want if isinstance(want, tuple) else (want,)
        args = [np.array(batch[a], dtype=dtype) if np.ndim(batch[a]) else batch[a] for a in record["arguments"]]
        got = kernel_function(record)(*args)
        for name, g in zip(record["outputs"], got):
            w = want[fwd["outputs"].index(name + "_new")]
            if g.dtype != dtype:
                out.problems.append(f"{np.dtype(dtype).name} state became {g.dtype}")
            err = float(np.max(np.abs(g - w) / np.spacing(np.abs(w).astype(dtype))))
            out.forward_ulps[np.dtype(dtype).name] = max(out.forward_ulps.get(np.dtype(dtype).name, 0.0), err)
        if not out.forward_ulps[np.dtype(dtype).name] <= 2:
            out.problems.append(f"{np.dtype(dtype).name}: in place differs from the forward kernel by "
                                f"{out.forward_ulps[np.dtype(dtype).name]:.3g} ulps (bound 2)")
    out.bound_ulps = 2.0
    return out


def fused_check(eq, record, records, values, index_args) -> list[str]:
    """value_and_grad equals its separate kernels (the loss kernel and each gradient kernel); vjps
    its vjp kernels, to 16 eps of each output's largest entry (they share terms, rounded once)."""
    got = call(record, values, np.float64, index_args, eq)
    parts = []
    if record["kind"] == "vjps":
        problems = []
        for n, d in enumerate(_vjps_parts(eq, record)):
            want = call(next(r for r in records if r["name"] == d.name), values, np.float64, index_args, eq)
            if not np.max(np.abs(got[n] - want)) <= 16 * np.finfo(np.float64).eps * np.max(np.abs(want)):
                problems.append(f"output {n} differs from kernel {d.name}")
        return problems
    if eq.slug == "softmax_cross_entropy_grad":
        parts = [None, next(r for r in records if r["kind"] == "forward")]
    else:
        parts = [_forward_record(eq, records)] + [
            next(r for r in records if r["kind"] in ("grad", "vjp") and r["wrt"] == [w])
            for w in record["wrt"]]
    problems = []
    for n, (g, part) in enumerate(zip(got, parts)):
        if part is None:
            continue
        want = call(part, values, np.float64, index_args, eq)
        if not np.allclose(g, want, rtol=4e-16 * 8, atol=0):
            problems.append(f"output {n} differs from kernel {part['name']}")
    return problems


def check_kernel(eq, record, records, seed: int = 0) -> KernelCheck:
    out = KernelCheck(eq.number, eq.slug, record["name"], record["kind"])
    rng = np.random.default_rng(1000 * eq.number + seed + 500)  # not the sample's stream
    values = _extra_inputs(eq, record, sample(eq, 1000 * eq.number + seed), rng)
    if record["kind"] == "update":
        return check_update(eq, record, records, values, out)
    index_args = set(record.get("positions", ()))
    exact = _reference(eq, record, values)
    out.bound_ulps = _bound(record, values, eq)
    for dtype in (np.float64, np.float32):
        got = call(record, values, dtype, index_args, eq)
        got = list(got) if isinstance(got, tuple) else [got]
        for g in got:
            if np.asarray(g).dtype != dtype:
                out.problems.append(f"{np.dtype(dtype).name} input gave {np.asarray(g).dtype} output")
        err = max(ulps(g, e, dtype) for g, e in zip(got, exact))
        out.forward_ulps[np.dtype(dtype).name] = err
        bound = out.bound_ulps * (2 if dtype is np.float32 else 1)
        if not err <= bound:
            out.problems.append(f"{np.dtype(dtype).name}: {err:.3g} ulps > bound {bound:g}")
    out.problems += batch_and_out_check(eq, record, values, index_args)
    if record["kind"] in ("value_and_grad", "vjps"):
        out.problems += fused_check(eq, record, records, values, index_args)
    if record["kind"] in ("grad", "jacobian", "vjp", "vjps"):
        fwd = _forward_record(eq, records)
        if fwd is not None:
            out.gradient_rel = max(gradient_check(eq, record, fwd, values, rng, index_args, n)
                                   for n in range(len(record["wrt"])))
            if not out.gradient_rel <= FD_TOLERANCE:
                out.problems.append(f"finite-difference relative error {out.gradient_rel:.3g} > {FD_TOLERANCE:g}")
    return out


def batch_and_out_check(eq, record, values, index_args) -> list[str]:
    """A batch of 3 along a new leading axis equals 3 calls; out= is filled and returned."""
    problems = []
    values = {k: (_function_value(eq, k, values) if isinstance(v, sp.Lambda) else v) for k, v in values.items()}
    if all(a in record.get("integers", ()) for a in record["arguments"]):
        return problems  # sizes only (positional encoding): nothing to batch
    single = call(record, values, np.float64, index_args, eq)
    single = single if isinstance(single, tuple) else (single,)
    shifted = []
    for b in range(3):
        vals = {}
        for k, v in values.items():
            var = eq.table.get(k)
            moves = (var is not None and var.role in ("input", "parameter") and var.kind != "function"
                     and not var.domain.integer and not var.domain.values and not isinstance(v, sp.Basic))
            # bounded values (probabilities) shrink towards 0 so that they stay in their domain
            factor = 1 - 0.01 * b if moves and np.isfinite(var.domain.hi) else 1 + 0.01 * b
            vals[k] = np.asarray(v, dtype=np.float64) * factor if moves else v
        shifted.append(vals)
    loop = [call(record, v, np.float64, index_args, eq) for v in shifted]
    loop = [r if isinstance(r, tuple) else (r,) for r in loop]
    batched_values = {}
    for k in values:
        first = shifted[0][k]
        if isinstance(first, sp.Basic) or (eq.table.get(k) is not None and eq.table[k].role == "size"):
            batched_values[k] = first
        else:
            batched_values[k] = np.stack([np.asarray(s[k]) for s in shifted])
    batched = call(record, batched_values, np.float64, index_args, eq)
    batched = batched if isinstance(batched, tuple) else (batched,)
    for n in range(len(single)):
        want = np.stack([np.asarray(r[n]) for r in loop])
        if np.asarray(batched[n]).shape != want.shape or not np.allclose(batched[n], want, rtol=1e-13, atol=0,
                                                                          equal_nan=True):
            problems.append(f"a batch of 3 differs from 3 calls (output {n})")
    outs = tuple(np.full(np.shape(r), np.nan) for r in single)
    options = {"dtype": np.float64} if "dtype" in record.get("options", ()) else {}
    args = _args(record, values, np.float64, index_args, eq)
    got = kernel_function(record)(*args, out=outs if len(outs) > 1 else outs[0], **options)
    got = got if isinstance(got, tuple) else (got,)
    for g, o, s1 in zip(got, outs, single):
        if g is not o and not (np.ndim(o) == 0):
            problems.append("out= was not returned")
        if not np.allclose(o, s1, rtol=0, atol=0, equal_nan=True):
            problems.append("out= holds a different result")
    return problems


def gradient_check(eq, record, fwd, values, rng, index_args, n: int = 0) -> float:
    """Derivative kernel . direction vs a central difference of the forward kernel (float64);
    for a vjps kernel, its n-th output against the difference along its n-th input."""
    wrt = record["wrt"][n]
    x = np.asarray(values[wrt], dtype=np.float64)
    dx = rng.standard_normal(x.shape)
    h = 1e-4 * max(1.0, float(np.max(np.abs(x))) if x.size else 1.0)  # fourth-order stencil
    dom = next((v.domain for v in eq.variables if v.name == wrt), None)
    if dom is not None and np.isfinite(dom.lo) and np.isfinite(dom.hi) and x.size:
        # a point on a bound (one-hot labels) moves inside, so that x +- 2h dx stays in the domain
        # the entry points accept; both the kernel and the difference are taken at the moved point
        d = 2.5 * h * float(np.max(np.abs(dx))) / (dom.hi - dom.lo)
        x = dom.lo + (x - dom.lo) * (1 - 2 * d) + d * (dom.hi - dom.lo)
        values = dict(values, **{wrt: x})

    def F(xv):
        vals = dict(values)
        vals[wrt] = xv
        return np.asarray(_output_of(eq, fwd, call(fwd, vals, np.float64, set(fwd.get("positions", ())), eq),
                                     values), dtype=np.float64)

    fd = (8 * (F(x + h * dx) - F(x - h * dx)) - (F(x + 2 * h * dx) - F(x - 2 * h * dx))) / (12 * h)
    D = call(record, values, np.float64, index_args, eq)
    D = np.asarray(D[n] if record["kind"] == "vjps" else D, dtype=np.float64)
    if record["kind"] in ("vjp", "vjps"):
        G = np.asarray(values["G_up"], dtype=np.float64)
        an, fd = float(np.sum(D * dx)), float(np.sum(G * fd))
    elif record["kind"] == "jacobian":
        an = D @ dx
    elif x.ndim == 0:
        an = D * dx
    else:
        an = float(np.sum(D * dx))
    an, fd = np.asarray(an, dtype=np.float64), np.asarray(fd, dtype=np.float64)
    scale = max(float(np.max(np.abs(fd))) if fd.size else 0.0, float(np.max(np.abs(an))) if an.size else 0.0, 1e-12)
    return float(np.max(np.abs(an - fd)) / scale) if an.size else 0.0


def check_equation(eq, records) -> list[KernelCheck]:
    return [check_kernel(eq, r, records) for r in records]
