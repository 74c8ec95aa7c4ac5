"""Accuracy of every forward and derivative kernel across its whole domain (``dleq check --accuracy``).

For each kernel and each dtype, POINTS inputs are drawn: every real input and parameter of the
equation is redrawn entrywise across its domain (magnitudes log-uniform between the dtype's
smallest normal number and its largest / 10, both signs where the domain allows, with zeros,
-0.0 and subnormals mixed in; bounded intervals near both ends), while the structured inputs of
the check's sample (sizes, labels, positions, probability vectors, invertible matrices) are
kept. The first points are the equation's hand-picked hard points (HARD below) where it has any.

The exact value is the SymPy expression evaluated by symbolic.evaluate at 60 digits and again at
400 (more than the 330 that separate 1 from the smallest subnormal); where the two differ (the
textbook form cancels: 1 - tanh(z)^2 at large z, tanh as a difference of exponentials at tiny
z) the precision rises to 1200 digits (for kernels of up to 16 input components). Where the
last two precisions do not agree to 30 digits and the kernel computes a declared form of the
derivative (equal to the displayed one, and compared with it where both settle), that form is
evaluated instead, at 400, 1200 and 3000 digits: the displayed form of an attention VJP at a saturated
softmax cancels 1 - alpha with alpha = 1 - e^(-1e600), beyond any precision. Such points are
counted ("by kernel form"). A point neither settles is counted as unresolved and not scored. The error of one point
is max |kernel - exact| / ulp(max |exact|) in the kernel's dtype (normwise for arrays; for a
scalar output the usual relative ulp error), with ulp(x) the spacing of the dtype at x
(the smallest subnormal below the normal range). Where the exact value exceeds the dtype's
range, the right answer is the signed infinity (or the largest finite number). A kernel that
returns inf or NaN where the exact value is finite in its dtype scores inf. Points where the
math is undefined (a 0/0, log 0) are counted apart and not scored.

Where a point's error exceeds the bound, its conditioning is measured too: every nonzero float
input entry is moved to a neighbouring number of the dtype (a relative change below eps, what
rounding the inputs would do), twice at random, and the exact outputs are evaluated again. How
far they move, in ulps, is the error the problem itself amplifies from eps; no algorithm that is
exact up to a relative eps in its inputs (backward stable) does better. The table gives each
kernel's largest error divided by that movement (where it exceeds 1) as "beyond conditioning".
A kernel over its bound only at points where that quotient is within the bound is "ok at its
conditioning" (nearly parallel samples in Pearson's gradient, one dominant activation in the
batch-norm backward pass, exp of a large rounded exponent): float64 cannot do better there
without carrying more digits. Both numbers are shown; the raw maximum is never hidden.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import sympy as sp

from codegen import check

POINTS = 12  # per dtype and kernel, after the hard points; fewer for kernels of many inputs


def point_count(n_inputs: int) -> int:
    """POINTS for up to 16 input components, then fewer (the 50-digit reference of a kernel of
    n components costs about n times as much): at least 4."""
    return max(4, POINTS * 16 // max(n_inputs, 16))


@dataclass
class Accuracy:
    number: int
    equation: str
    kernel: str
    kind: str
    module: str
    bound: float
    max_ulps: dict = field(default_factory=dict)     # dtype -> max over the points
    median_ulps: dict = field(default_factory=dict)  # dtype -> median over the points
    scored: dict = field(default_factory=dict)       # dtype -> points with a finite exact value
    undefined: dict = field(default_factory=dict)    # dtype -> points where the math is undefined
    unresolved: dict = field(default_factory=dict)   # dtype -> points 1200 digits do not settle
    by_kernel_form: dict = field(default_factory=dict)  # dtype -> points scored against the kernel's
                                                        # declared form (the textbook did not settle)
    overflow_miss: dict = field(default_factory=dict)  # dtype -> points whose exact value overflows
                                                       # the dtype where the kernel gave NaN, not +-inf
    conditioned: dict = field(default_factory=dict)  # dtype -> max over the points of the error
                                                     # divided by the conditioning's (when above 1)

    def as_json(self) -> dict:
        """Errors to 3 significant digits; an infinite error as the string "inf" (JSON has no inf)."""
        def ulp(d):
            return {k: "inf" if v == math.inf else float(f"{v:.3g}") for k, v in d.items()}
        return {"kernel": self.kernel, "number": self.number, "kind": self.kind, "module": self.module,
                "bound_ulps": self.bound, "max_ulps": ulp(self.max_ulps), "median_ulps": ulp(self.median_ulps),
                "points": self.scored, "undefined_points": self.undefined,
                "unresolved_points": self.unresolved, "kernel_form_points": self.by_kernel_form,
                "nan_where_overflow": self.overflow_miss,
                "beyond_conditioning": ulp(self.conditioned)}

    @property
    def ok(self) -> bool:
        return (all(v <= self.bound * (2 if d == "float32" else 1) for d, v in self.conditioned.items())
                and not any(self.overflow_miss.values()) and all(self.scored.values()))


def _exponent_range(dtype):
    info = np.finfo(dtype)
    return math.log10(float(info.tiny)), math.log10(float(info.max)) - 1


def wide(domain, rng: np.random.Generator, shape, dtype) -> np.ndarray:
    """Values across a real domain, entrywise: log-uniform magnitudes from the smallest normal
    number to max/10, zeros of both signs and subnormals mixed in, clipped to the domain."""
    lo_e, hi_e = _exponent_range(dtype)
    size = int(np.prod(shape)) if shape else 1
    mag = 10.0 ** rng.uniform(lo_e, hi_e, size)
    pick = rng.random(size)
    tiny = float(np.finfo(dtype).tiny)
    mag = np.where(pick < 0.06, tiny * rng.uniform(2 ** -20, 1, size), mag)  # subnormals
    mag = np.where((pick >= 0.06) & (pick < 0.1), 0.0, mag)
    lo, hi = domain.lo, domain.hi
    if math.isinf(lo) and math.isinf(hi):
        x = mag * rng.choice([-1.0, 1.0], size)
    elif math.isinf(hi):
        x = lo + mag
    elif math.isinf(lo):
        x = hi - mag
    else:  # a bounded interval: near the lower end or near the upper end, relative to the width
        frac = 10.0 ** rng.uniform(lo_e, 0, size)  # log-uniform distance from the end, over (0, 1]
        frac = np.where(pick < 0.1, 0.0, frac)
        near_lo = rng.random(size) < 0.5
        w = hi - lo
        x = np.where(near_lo, lo + w * frac, hi - w * frac)
    x = x.astype(dtype).astype(np.float64)
    ok = domain.contains(x)
    fallback = domain.sample(rng, (size,)).astype(dtype).astype(np.float64)
    x = np.where(ok, x, fallback)
    if math.isinf(lo) and math.isinf(hi):
        x = np.where((pick >= 0.06) & (pick < 0.08), -0.0, x)
    return x.reshape(shape) if shape else x[0]


# Hand-picked hard points per equation (float64 values; a point float32 cannot hold is skipped
# there): where naive formulas overflow, underflow or cancel.
HARD = {
    "sigmoid": [{"z": 40.0}, {"z": -800.0}, {"z": 800.0}, {"z": -40.0}, {"z": 1e-300}],
    "tanh": [{"z": 400.0}, {"z": -400.0}, {"z": 1e-300}, {"z": 20.0}],
    "softplus": [{"z": 800.0}, {"z": -800.0}, {"z": 40.0}, {"z": -40.0}],
    "elu": [{"z": -800.0}, {"z": -1e-300}],
    "selu": [{"z": -800.0}, {"z": -1e-300}],
    "softmax": [{"z": [1000.0, 0.0, -1000.0, 1.0]}, {"z": [-1000.0, -1000.0, -1000.0, -1000.0]}],
    "log_sum_exp": [{"z": [1000.0, 1000.0, 0.0, 1.0]}, {"z": [-1000.0, -1000.0, -1000.0, -1000.0]}],
}


def _redrawable(eq, name, fixed) -> bool:
    var = eq.table.get(name)
    return (var is not None and name not in fixed and var.role in ("input", "parameter", "hyperparameter")
            and var.kind in ("scalar", "indexed", "matrix") and not var.domain.integer
            and not var.domain.values and not var.domain.simplex)


def points(eq, record, dtype, n: int = POINTS, seed: int = 0) -> list[dict]:
    """The hard points, then n points across the domain (see the module docstring)."""
    ref = check.references()[eq.slug]
    out = []
    base = check.sample(eq, 1000 * eq.number)
    fixed = set(ref.inputs(np.random.default_rng(0), dict(base))) if ref.inputs is not None else set()
    for hard in HARD.get(eq.slug, []):
        values = dict(base)
        for k, v in hard.items():
            arr = np.asarray(v, dtype=np.float64)
            if np.shape(values.get(k, arr)) != arr.shape or not np.array_equal(arr.astype(dtype), arr):
                break
            values[k] = arr if arr.ndim else float(arr)
        else:
            out.append(values)
    for i in range(n):
        rng = np.random.default_rng([eq.number, seed, i, np.dtype(dtype).itemsize])
        values = check.sample(eq, 1000 * eq.number + 17 * i + 1)
        for name in list(values):
            if _redrawable(eq, name, fixed):
                values[name] = wide(eq.table[name].domain, rng, np.shape(values[name]), dtype)
        out.append(values)
    rng = np.random.default_rng([eq.number, seed, 99])
    return [check._extra_inputs(eq, record, v, rng) for v in out]


def _float(x) -> float:
    try:
        return float(x)
    except (TypeError, ValueError):
        return math.nan


OVERFLOW_MISS = -1.0


def point_ulps(got, exact, dtype) -> float | None:
    """The error of one output in ulps of dtype (None: the exact value is undefined; OVERFLOW_MISS:
    an exact value beyond the dtype's range came back NaN or with the wrong sign, not +-inf)."""
    got = np.asarray(got, dtype=np.float64)
    exact = np.asarray(exact, dtype=object)
    if got.shape != exact.shape:
        raise ValueError(f"shape {got.shape} != reference shape {exact.shape}")
    if exact.size == 0:
        return 0.0
    flat = exact.ravel()
    if any(not isinstance(e, (sp.Float, sp.Integer, sp.Rational, int, float)) or not math.isfinite(_float(e))
           and abs(_float(e)) != math.inf for e in flat):
        return None  # nan, zoo, a complex number: the math is undefined here
    big = float(np.finfo(dtype).max)
    with np.errstate(over="ignore"):
        rounded = np.array([dtype(_float(e)) for e in flat], dtype=np.float64)
    g = got.ravel()
    finite = np.isfinite(rounded)
    if np.any(~np.isfinite(g) & finite):
        return math.inf  # inf or NaN where the exact value is finite in this dtype
    # an exact value beyond the range: inf of its sign (or the largest number) is correct
    if not finite.all():
        if not np.all((np.sign(g[~finite]) == np.sign(rounded[~finite])) & (np.abs(g[~finite]) >= big)):
            return OVERFLOW_MISS
        if not finite.any():
            return 0.0
        g, flat = g[finite], flat[finite]
    scale = max(abs(_float(e)) for e in flat)
    spacing = float(np.spacing(dtype(scale))) if scale else float(np.finfo(dtype).smallest_subnormal)
    err = max(abs(sp.Float(float(a), 60) - sp.Float(e, 60)) for a, e in zip(g, flat))
    return float(err / sp.Float(spacing, 60))


LADDER = (60, 400, 1200)  # digits
# the kernel's declared form where the displayed one does not settle: an attention head's scores
# are sums of products of entries from 1e-300 to 1e300, and their differences (which the softmax
# needs to 30 digits) settle only past 1200 digits (20-40 s a point)
KERNEL_FORM_LADDER = (400, 1200, 3000)


def _exact_number(x):
    """An entry of a reference output as a SymPy number: entries the expression passes through
    unchanged (an untouched table entry) come back as Python or NumPy floats."""
    return sp.Float(float(x), 60) if isinstance(x, (float, np.floating)) else sp.sympify(x)


def _agree(a, b) -> bool:
    a = [_exact_number(x) for x in np.asarray(a, dtype=object).ravel()]
    b = [_exact_number(x) for x in np.asarray(b, dtype=object).ravel()]
    if any(not (isinstance(x, sp.Number) and x.is_finite) for x in list(a) + list(b)):
        return [str(x) for x in a] == [str(x) for x in b]
    scale = max((abs(x) for x in b), default=0)
    return all(abs(x - y) <= sp.Float("1e-30") * scale for x, y in zip(a, b))


def _settle(evaluate_at, ladder):
    from symbolic import evaluate as ev
    previous = None
    try:
        for digits in ladder:
            ev.DIGITS = digits
            current = evaluate_at()
            if previous is not None and all(_agree(p, c) for p, c in zip(previous, current)):
                return current
            previous = current
    finally:
        ev.DIGITS = LADDER[0]
    return None


def _kernel_forms(eq, record):
    """The derivatives' kernel forms as evaluable equations, one per output, where each has one
    (see reference_source)."""
    if record["kind"] == "vjps":
        parts = check._vjps_parts(eq, record)
    elif record["kind"] in ("grad", "vjp", "jacobian"):
        parts = [check.derived_of(eq).get(record["name"])]
    else:
        return None
    forms = [None if d is None else d.kernel_evaluable for d in parts]
    return None if any(f is None for f in forms) else forms


def reference_source(eq, record, values, ladder=LADDER):
    """(exact outputs, "textbook" or "kernel form"), or (None, None) where nothing settles.

    The displayed (textbook) form first, up the ladder. Where it does not settle and the
    derivative's kernel computes a declared equal form (the pivot form of an attention VJP), that
    form up KERNEL_FORM_LADDER: the textbook form can cancel beyond any precision (1 - alpha at
    alpha = 1 - e^(-1e600)), the kernel form does not. The two are compared at the kernel
    check's inputs, and where both settle (tests/test_accuracy.py)."""
    exact = _settle(lambda: check._reference(eq, record, values), ladder)
    if exact is not None:
        return exact, "textbook"
    forms = _kernel_forms(eq, record)
    if forms is None:
        return None, None
    from symbolic.evaluate import evaluate

    def kernel_value():
        return [res[list(res)[-1]] for res in (evaluate(form, values, exact=True) for form in forms)]
    exact = _settle(kernel_value, KERNEL_FORM_LADDER)
    return (exact, "kernel form") if exact is not None else (None, None)


def reference(eq, record, values, ladder=LADDER):
    """The exact outputs (see reference_source), or None where nothing settles them."""
    return reference_source(eq, record, values, ladder)[0]


def _moved(eq, record, values, dtype, rng) -> dict:
    """``values`` with every nonzero float input entry moved to a neighbouring number of dtype."""
    skip = set(record.get("integers", ())) | set(record.get("positions", ()))
    moved = dict(values)
    for name in record["arguments"]:
        key = name[:-1] if name.endswith("_") and name[:-1] in values else name
        var, v = eq.table.get(key), values.get(key)
        if name in skip or (var is not None and (var.domain.integer or var.domain.values)):
            continue
        if not isinstance(v, (np.ndarray, np.floating, float)) or np.asarray(v).dtype.kind != "f":
            continue
        a = np.asarray(v, dtype=np.float64).astype(dtype)
        with np.errstate(all="ignore"):
            near = np.where(rng.random(a.shape) < 0.5, np.nextafter(a, dtype(np.inf)), np.nextafter(a, dtype(-np.inf)))
        near = np.where((a == 0) | ~np.isfinite(a) | ~np.isfinite(near), a, near).astype(np.float64)
        moved[key] = near if np.ndim(v) else type(v)(near[()]) if isinstance(v, float) else near[()]
    return moved


def conditioning(eq, record, values, exact, dtype, ladder, rng, tries: int = 2) -> float:
    """How many ulps of dtype the exact outputs move when the inputs move by less than eps (see the
    module's docstring); 0 where no moved point settles."""
    worst = 0.0
    for _ in range(tries):
        try:
            other = reference(eq, record, _moved(eq, record, values, dtype, rng), ladder)
        except (ZeroDivisionError, ValueError, TypeError, ArithmeticError):
            continue
        if other is None:
            continue
        moves = []
        for o, e in zip(other, exact):
            flat = np.asarray(o, dtype=object)
            with np.errstate(all="ignore"):
                moves.append(point_ulps(np.array([_float(x) for x in flat.ravel()]).reshape(flat.shape), e, dtype))
        if any(m is None or m == OVERFLOW_MISS for m in moves):
            continue
        worst = max(worst, *moves)
    return worst


def measure(eq, record, n: int | None = None) -> Accuracy:
    """One kernel's accuracy over its points, float64 and float32."""
    values0 = check._extra_inputs(eq, record, check.sample(eq, 1000 * eq.number), np.random.default_rng(0))
    acc = Accuracy(eq.number, eq.slug, record["name"], record["kind"], record["module"],
                   check._bound(record, values0, eq))
    index_args = set(record.get("positions", ()))
    size = sum(int(np.size(v)) for v in values0.values() if not isinstance(v, sp.Basic))
    n = point_count(size) if n is None else n
    ladder = LADDER if size <= 16 else LADDER[:2]  # 1200 digits: minutes per point of a large kernel
    for dtype in (np.float64, np.float32):
        name = np.dtype(dtype).name
        errors, undefined, unresolved, overflow_miss, beyond, by_form = [], 0, 0, 0, [], 0
        rng = np.random.default_rng([eq.number, 7])
        for values in points(eq, record, dtype, n):
            try:
                exact, source = reference_source(eq, record, values, ladder)
            except (ZeroDivisionError, ValueError, TypeError, ArithmeticError):
                undefined += 1
                continue
            if exact is None:
                unresolved += 1
                continue
            by_form += source == "kernel form"
            with np.errstate(all="ignore"):
                got = check.call(record, values, dtype, index_args, eq)
            got = list(got) if isinstance(got, tuple) else [got]
            errs = [point_ulps(g, e, dtype) for g, e in zip(got, exact)]
            if any(e is None for e in errs):
                undefined += 1
                continue
            if OVERFLOW_MISS in errs:
                overflow_miss += 1
                continue
            err = max(errs)
            errors.append(err)
            over = err > acc.bound * (2 if dtype is np.float32 else 1) and err != math.inf
            beyond.append(err / max(1.0, conditioning(eq, record, values, exact, dtype, ladder, rng)) if over else err)
        acc.max_ulps[name] = float(max(errors)) if errors else 0.0
        acc.median_ulps[name] = float(np.median(errors)) if errors else 0.0
        acc.scored[name] = len(errors)
        acc.undefined[name] = undefined
        acc.unresolved[name] = unresolved
        acc.by_kernel_form[name] = by_form
        acc.overflow_miss[name] = overflow_miss
        acc.conditioned[name] = float(max(beyond)) if beyond else 0.0
    return acc


def measure_all(cat, manifest: dict, keys=None, workers: int = 1, progress=None) -> list[Accuracy]:
    """Every forward and derivative kernel (in-place updates are checked equal to their forward
    kernel by `dleq check`), in manifest order."""
    jobs = [(e["number"], k) for e in manifest["equations"] for k in e["kernels"]
            if k["kind"] != "update" and (keys is None or e["number"] in keys)]
    global _CATALOGUE
    _CATALOGUE = cat
    results = []
    if workers > 1:
        import multiprocessing
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for acc in pool.imap(_measure_job, jobs, chunksize=1):
                if progress:
                    progress(acc)
                results.append(acc)
        return results
    for job in jobs:
        acc = _measure_job(job)
        if progress:
            progress(acc)
        results.append(acc)
    return results


_CATALOGUE = None


def _measure_job(job) -> Accuracy:
    number, record = job
    return measure(_CATALOGUE.get(number), record)


def module_digests(files: dict[str, str]) -> dict[str, str]:
    """A digest per family module, of its text and of the shared modules its kernels run on (the
    runtime and the extended-range path): a change to either makes every measurement stale."""
    import hashlib
    shared = "".join(files.get(rel, "") for rel in ("_runtime.py", "_elementary.py", "_extended.py"))
    return {rel: hashlib.sha256((text + shared).encode("utf-8")).hexdigest() for rel, text in sorted(files.items())
            if rel.endswith(".py") and not rel.startswith("_") and rel != "__init__.py"}


def accuracy_json(results: list[Accuracy], digests: dict[str, str], kept: list[dict] = ()) -> str:
    """The measurements, with ``kept``: records of an earlier run whose module is unchanged."""
    import json
    order = {r.kernel: n for n, r in enumerate(results)}
    kernels = sorted([r.as_json() for r in results] + list(kept),
                     key=lambda k: (k["number"], order.get(k["kernel"], -1), k["kernel"]))
    return json.dumps({"method": "codegen/accuracy.py", "points_per_dtype": POINTS,
                       "module_sha256": digests, "kernels": kernels},
                      indent=1, sort_keys=True) + "\n"


ACCURACY_JSON = "accuracy.json"


def _number(x) -> float:
    return math.inf if x == "inf" else float(x)


def _fmt(x) -> str:
    if x is None:
        return "-"
    x = _number(x)
    if x == math.inf:
        return "inf"
    return f"{x:.3g}" if x >= 0.01 or x == 0 else "<0.01"


def load(path) -> dict | None:
    """The measurements in generated/accuracy.json, or None when there are none."""
    import json
    from pathlib import Path
    path = Path(path)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def current(data: dict | None, files: dict[str, str]) -> dict:
    """kernel name -> its record in ``data``, for kernels whose module is unchanged since measured."""
    if not data:
        return {}
    now = module_digests(files)
    return {k["kernel"]: k for k in data["kernels"]
            if now.get(_module_file(k)) == data["module_sha256"].get(_module_file(k))}


def summary(record: dict) -> dict:
    """What the manifest says of a kernel's measured accuracy."""
    return {key: record[key] for key in ("bound_ulps", "max_ulps", "median_ulps", "points")}


def _module_file(record: dict) -> str:
    return record["module"].split(".", 1)[1] + ".py"


def _verdict(k: dict) -> str:
    f64, f32 = _number(k["max_ulps"]["float64"]), _number(k["max_ulps"]["float32"])
    if not all(k["points"].values()):
        return "no point resolved"  # every point unresolved (or undefined): nothing was measured
    if math.inf in (f64, f32):
        return "inf/NaN where finite"
    if any(k.get("nan_where_overflow", {}).values()):
        return "NaN where it overflows"
    if f64 <= k["bound_ulps"] and f32 <= 2 * k["bound_ulps"]:
        return "ok"
    beyond = k.get("beyond_conditioning", k["max_ulps"])
    if _number(beyond["float64"]) <= k["bound_ulps"] and _number(beyond["float32"]) <= 2 * k["bound_ulps"]:
        return "ok at its conditioning"
    return "over bound"


def accuracy_markdown(data: dict | None, files: dict[str, str], kernels: list[dict]) -> str:
    """generated/ACCURACY.md from the measurements (``kernels``: the manifest's kernel records)."""
    head = ("<!-- Generated by `make generate` from generated/accuracy.json, which `dleq check --accuracy` "
            "writes. Do not edit. -->\n\n# Accuracy of the generated kernels\n\n")
    if not data:
        return head + "Not measured yet: run `dleq check --accuracy`.\n"
    fresh = current(data, files)
    rows = [fresh[k["name"]] if k["name"] in fresh else
            {"kernel": k["name"], "kind": k["kind"], "stale": True}
            for k in kernels if k["kind"] != "update"]
    measured = [r for r in rows if not r.get("stale")]
    verdicts = [_verdict(r) for r in measured]
    doc = __doc__.split("\n\n", 1)[1].strip()
    out = [head, "How it is measured (codegen/accuracy.py):\n\n", doc, "\n\n",
           f"{len(measured)} kernels measured at up to {data['points_per_dtype']} points per dtype (fewer for kernels "
           "of more than 16 input components; the count is in the manifest) plus hard points: "
           f"{verdicts.count('ok')} within their bound in both dtypes, {verdicts.count('ok at its conditioning')} "
           "within it at their conditioning (over it only where the problem amplifies an eps change of the "
           f"inputs beyond it), {verdicts.count('over bound')} over it, "
           f"{verdicts.count('inf/NaN where finite')} returning inf or NaN where the exact value is finite, "
           f"{verdicts.count('NaN where it overflows')} returning NaN (not +-inf) where the exact value "
           f"overflows the dtype, {verdicts.count('no point resolved')} with no point resolved in a dtype"
           + (f"; {len(rows) - len(measured)} changed since measured (stale)" if len(rows) > len(measured) else "")
           + ".\n\n## Worst ten (float64, then float32)\n\n"]
    table = ("| kernel | kind | bound | float64 max | float64 median | float32 max | float32 median | "
             "beyond conditioning (float64, float32) | points scored, by kernel form, unresolved "
             "(float64; float32) | verdict |\n"
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n")

    def points(r):
        form, lost = r.get("kernel_form_points", {}), r.get("unresolved_points", {})
        return "; ".join(f"{r['points'][d]}, {form.get(d, 0)}, {lost.get(d, 0)}" for d in ("float64", "float32"))

    def line(r):
        if r.get("stale"):
            return f"| {r['kernel']} | {r['kind']} | - | - | - | - | - | - | - | stale: run `dleq check --accuracy` |\n"
        beyond = r.get("beyond_conditioning")
        shown = f"{_fmt(beyond['float64'])}, {_fmt(beyond['float32'])}" if beyond else "-"
        return (f"| {r['kernel']} | {r['kind']} | {_fmt(r['bound_ulps'])} | {_fmt(r['max_ulps']['float64'])} | "
                f"{_fmt(r['median_ulps']['float64'])} | {_fmt(r['max_ulps']['float32'])} | "
                f"{_fmt(r['median_ulps']['float32'])} | {shown} | {points(r)} | {_verdict(r)} |\n")

    worst = sorted(measured, key=lambda r: (-_number(r["max_ulps"]["float64"]), -_number(r["max_ulps"]["float32"]),
                                            r["kernel"]))
    out += [table, *(line(r) for r in worst[:10]), "\n## Every kernel\n\n", table, *(line(r) for r in rows)]
    return "".join(out)
