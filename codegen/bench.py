"""`dleq bench` (`make bench`): the generated kernels against NumPy, JAX (jit) and PyTorch (eager),
and against the machine's own limits, in one run. A benchmark, not a test: nothing here asserts
a time.

For each workload (codegen/bench_workloads.py) every installed implementation is built and
called once (its first call, which includes JIT compilation or loading from Numba's cache, is
reported apart), cross-checked against NumPy's result, then timed: ROUNDS rounds, each calling
every implementation once in an order rotated from round to round (interleaved, so a slow
moment of the shared machine falls on all of them). The report gives each implementation's
median and, per round, the paired ratio of the faster of JAX and PyTorch to dleq (> 1: dleq is
faster); its median is the workload's verdict.

The machine's limits are measured in the same run: memory bandwidth by a parallel triad
a = b + s c over 1e8 float64 (3 x 8 bytes per element), and NumPy's matmul GFLOP/s at each
compute-bound workload's shapes.
"""
from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from codegen.bench_workloads import Workload, jax_modules, torch_module, workloads

ROUNDS = 7
LIBRARIES = ("dleq", "numpy", "jax", "torch")
MARKER = "<!-- Written by `dleq bench`"


# --- the machine ---------------------------------------------------------------------------------
def _triad_kernel():
    import numba

    @numba.njit(parallel=True, cache=False)
    def triad(a, b, c, s):
        for i in numba.prange(a.shape[0]):
            a[i] = b[i] + s * c[i]
    return triad


def bandwidth(n: int, rounds: int) -> float:
    """GB/s of a parallel triad over n float64 (median of ``rounds``; the first call compiles)."""
    triad = _triad_kernel()
    a, b, c = np.empty(n), np.random.default_rng(0).random(n), np.random.default_rng(1).random(n)
    triad(a, b, c, 3.0)
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        triad(a, b, c, 3.0)
        times.append(time.perf_counter() - t)
    return 3 * 8 * n / statistics.median(times) / 1e9


def machine() -> dict:
    facts = {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                facts["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                facts["memory_gib"] = round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    return facts


def versions() -> dict:
    import llvmlite
    import numba
    out = {"numpy": np.__version__, "numba": numba.__version__, "llvmlite": llvmlite.__version__}
    torch = torch_module()
    if torch is not None:
        out["torch"] = torch.__version__
    mods = jax_modules()
    if mods is not None:
        import jaxlib
        out["jax"] = mods[0].__version__
        out["jaxlib"] = jaxlib.__version__
    return out


# --- one workload --------------------------------------------------------------------------------
def _flat(result) -> list[np.ndarray]:
    items = result if isinstance(result, tuple) else (result,)
    return [np.asarray(r, dtype=np.float64) for r in items]


def agree(got, want, dtype) -> float:
    """Normwise relative difference of two results (max over their arrays)."""
    worst = 0.0
    for g, w in zip(_flat(got), _flat(want)):
        if g.shape != w.shape:
            raise ValueError(f"shapes differ: {g.shape} and {w.shape}")
        scale = float(np.max(np.abs(w))) or 1.0
        worst = max(worst, float(np.max(np.abs(g - w))) / scale)
    return worst


def tolerance(dtype) -> float:
    return 1e-9 if dtype == np.float64 else 2e-5


# untimed pause before every timed call: the thread pools of the implementation timed just before
# (GNU OpenMP's in PyTorch and Numba, Eigen's in JAX) spin for a while after their work, and
# spinning threads take the cores from the next implementation's BLAS calls (attention timed
# right after PyTorch: 46.9 ms in a full run, 28 to 30 ms alone)
SETTLE = 0.05


def untimed(fn):
    """Run the implementation's ``reset`` (if it has one) outside the timed region (the in-place
    steps restore their state before every call), then let the other pools go idle."""
    reset = getattr(fn, "reset", None)
    if reset is not None:
        reset()
    time.sleep(SETTLE)


def run_workload(w: Workload, rounds: int, say=print) -> dict:
    rng = np.random.default_rng(0)
    inputs = w.make(rng)
    calls, first, errors, skipped = {}, {}, {}, {}
    for lib in LIBRARIES:
        factory = w.impls.get(lib)
        fn = factory(inputs) if factory is not None else None
        if fn is None or isinstance(fn, str):
            skipped[lib] = fn or "not installed"
            continue
        untimed(fn)
        t = time.perf_counter()
        result = fn()
        first[lib] = time.perf_counter() - t
        calls[lib] = (fn, result)
    reference = calls["numpy"][1]
    for lib, (fn, result) in list(calls.items()):
        errors[lib] = agree(result, reference, w.dtype)
        if errors[lib] > tolerance(w.dtype):
            say(f"  {w.name}: {lib} differs from NumPy by {errors[lib]:.2g} (relative): not timed")
            skipped[lib] = f"differs from NumPy by {errors[lib]:.2g}"
            del calls[lib]
    times = {lib: [] for lib in calls}
    order = list(calls)
    for r in range(rounds):
        for lib in order[r % len(order):] + order[:r % len(order)]:
            untimed(calls[lib][0])
            t = time.perf_counter()
            calls[lib][0]()
            times[lib].append(time.perf_counter() - t)
    out = {"workload": w.name, "dtype": np.dtype(w.dtype).name, "size": w.size, "rounds": rounds,
           "median_ms": {lib: 1e3 * statistics.median(ts) for lib, ts in times.items()},
           "first_call_ms": {lib: 1e3 * t for lib, t in first.items()},
           "difference_from_numpy": errors, "skipped": skipped, "notes": w.notes}
    rivals = [lib for lib in ("jax", "torch") if lib in times]
    if "dleq" in times:
        for lib in [lib for lib in times if lib != "dleq"]:
            out.setdefault("ratio", {})[lib] = statistics.median(
                a / b for a, b in zip(times[lib], times["dleq"]))
        if rivals:
            out["ratio_vs_best"] = statistics.median(
                min(times[lib][r] for lib in rivals) / times["dleq"][r] for r in range(rounds))
    if w.traffic is not None:
        out["bytes"] = w.traffic(inputs)
    if w.flops is not None:
        out["flops"] = w.flops(inputs)
        mm = w.matmul(inputs)
        mm()
        ts = []
        for _ in range(rounds):
            t = time.perf_counter()
            mm()
            ts.append(time.perf_counter() - t)
        out["numpy_matmul_gflops"] = out["flops"] / statistics.median(ts) / 1e9
    return out


# --- scaling: cost per value from 1e3 to 1e8, one thread and threaded ----------------------------
def _timed(fn, n: int, rounds: int) -> float:
    """Median seconds of one call; calls too short to time alone are repeated within a sample."""
    fn()
    reps = max(1, 10**6 // n)
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        for _ in range(reps):
            fn()
        times.append((time.perf_counter() - t) / reps)
    return statistics.median(times)


def scaling(quick: bool, rounds: int) -> list[dict]:
    """sigmoid (elementwise) and row softmax (rows of 1000) over 1e3 .. 1e8 float64 values (1e6 with
    --quick), on one thread and on the threads: the time per value (linear cost is a flat column)
    and where the threads start to pay. Both runs force their path (rt.PARALLEL_MIN)."""
    import generated
    from generated import _runtime as rt
    rng = np.random.default_rng(0)
    rows = []
    top = 6 if quick else 8
    saved = rt.PARALLEL_MIN
    try:
        for kernel in ("sigmoid", "softmax"):
            for e in range(3, top + 1):
                n = 10**e
                z = rng.standard_normal(n if kernel == "sigmoid" else (n // 1000, 1000)) * 4
                out = np.empty_like(z)
                fn = getattr(generated, kernel)
                row = {"kernel": kernel, "values": n}
                for label, threshold in (("one_thread", 1 << 62), ("threads", 0)):
                    rt.PARALLEL_MIN = threshold
                    row[label + "_s"] = _timed(lambda: fn(z, out=out), n, rounds)
                rows.append(row)
                del z, out
    finally:
        rt.PARALLEL_MIN = saved
    return rows


# --- the report ----------------------------------------------------------------------------------
def _ms(x) -> str:
    return "-" if x is None else (f"{x:.3g}" if x < 100 else f"{x:.0f}")


def _roofline(r: dict, gbs: float) -> str:
    dleq = r["median_ms"].get("dleq")
    if dleq is None:
        return "-"
    if "bytes" in r:
        got = r["bytes"] / (dleq / 1e3) / 1e9
        return f"{got:.1f} GB/s = {100 * got / gbs:.0f}% of bandwidth"
    if "flops" in r:
        got = r["flops"] / (dleq / 1e3) / 1e9
        return f"{got:.1f} GFLOP/s = {100 * got / r['numpy_matmul_gflops']:.0f}% of NumPy matmul"
    return "-"


def markdown(report: dict) -> str:
    gbs = report["bandwidth_gbs"]
    lines = [f"{MARKER} (codegen/bench.py). Do not edit; run `make bench` to measure again. -->", "",
             "# Benchmarks", "",
             f"Measured {report['date']} on {report['machine'].get('cpu', 'an unknown CPU')}, "
             f"{report['machine']['cpus']} cores, {report['machine'].get('memory_gib', '?')} GiB; "
             f"Python {report['machine']['python']}; "
             + ", ".join(f"{k} {v}" for k, v in report["versions"].items()) + ".", "",
             f"Machine limits in this run: memory bandwidth {gbs:.1f} GB/s (parallel triad over "
             f"{report['triad_n']:.0e} float64); NumPy's matmul GFLOP/s at each compute-bound "
             "workload's shapes is in its row.", "",
             f"Medians of {report['rounds']} interleaved rounds, in ms. Ratio: the faster of JAX and "
             "PyTorch divided by dleq, per round, then the median (above 1: dleq is faster). First "
             "calls (compilation, or loading from the cache) are not timed; they are listed below.", "",
             "| workload | dtype | size | dleq | NumPy | JAX jit | PyTorch | ratio vs best | dleq against the machine |",
             "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for r in report["results"]:
        m = r["median_ms"]
        ratio = r.get("ratio_vs_best")
        lines.append(f"| {r['workload']} | {r['dtype']} | {r['size']} | {_ms(m.get('dleq'))} | "
                     f"{_ms(m.get('numpy'))} | {_ms(m.get('jax'))} | {_ms(m.get('torch'))} | "
                     f"{'-' if ratio is None else f'{ratio:.2f}'} | {_roofline(r, gbs)} |")
    lines += ["", "## First calls (ms: compilation or cache load, and the first run)", "",
              "| workload | dtype | dleq | JAX jit | PyTorch |", "| --- | --- | ---: | ---: | ---: |"]
    for r in report["results"]:
        f = r["first_call_ms"]
        lines.append(f"| {r['workload']} | {r['dtype']} | {_ms(f.get('dleq'))} | {_ms(f.get('jax'))} | "
                     f"{_ms(f.get('torch'))} |")
    lines += _scaling_lines(report) + _compile_lines(report)
    notes = [(r["workload"], n) for r in report["results"] for n in r["notes"]]
    skipped = [(r["workload"], r["dtype"], lib, why) for r in report["results"] for lib, why in r["skipped"].items()]
    if notes or skipped:
        lines += ["", "## Notes", ""]
        lines += [f"- {w}: {n}" for w, n in dict.fromkeys(notes)]
        lines += [f"- {w} ({d}): {lib} not timed: {why}" for w, d, lib, why in skipped]
    return "\n".join(lines) + "\n"


def _scaling_lines(report: dict) -> list[str]:
    rows = report.get("scaling")
    if not rows:
        return []
    from generated import _runtime as rt
    out = ["", "## Scaling (float64)", "",
           "Time per value in ns, one thread and on the threads (each path forced), medians of "
           f"{report['rounds']} samples. The kernels take the threads from rt.PARALLEL_MIN = "
           f"{rt.PARALLEL_MIN} elements read and written (inputs and outputs).", "",
           "| kernel | values | one thread ns/value | threads ns/value | one thread ms | threads ms | threads pay |",
           "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for r in rows:
        one, par = r["one_thread_s"], r["threads_s"]
        out.append(f"| {r['kernel']} | {r['values']:.0e} | {1e9 * one / r['values']:.2f} | "
                   f"{1e9 * par / r['values']:.2f} | {_ms(1e3 * one)} | {_ms(1e3 * par)} | "
                   f"{'yes' if par < one else 'no'} ({one / par:.2f}x) |")
    return out


def _compile_lines(report: dict) -> list[str]:
    c = report.get("compile")
    if not c:
        return []
    fams = c["families"]
    out = ["", "## Compile latency", "",
           "Per family: every kernel's one-thread build (float32 and float64 for elementwise loops "
           "and in-place steps; float64 for gufuncs, which float32 calls share) in a fresh process "
           "with an empty Numba cache (cold), then in a second fresh process from that cache (warm "
           "start). An elementwise kernel's build is its loop over C-contiguous arrays of one shape; "
           "the ufunc that broadcast or strided arguments take is built apart, and its warm load "
           "(Numba rebuilds a ufunc's loop wrapper in every process) is the last column. The "
           "threaded builds compile on a kernel's first call above rt.PARALLEL_MIN; the workloads' "
           "first calls above include them.", "",
           "| family | kernels | cold total s | cold median s | cold max s | warm start s | ufuncs, warm s |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, f in sorted(fams.items()):
        ufuncs = f"{f['ufuncs']}: {f['warm_ufunc_s']:.2f}" if f.get("ufuncs") else "-"
        out.append(f"| {name} | {f['kernels']} | {f['cold_total_s']:.1f} | {f['cold_median_s']:.2f} | "
                   f"{f['cold_max_s']:.2f} | {f['warm_total_s']:.2f} | {ufuncs} |")
    out += ["", f"numpy and numba import in {c['warm']['numpy_numba']:.2f} s; "
            + "; ".join(f"`{k}` {1e3 * v:.0f} ms more" for k, v in c["imports"].items()) + "."]
    return out


def table(report: dict) -> str:
    rows = [("workload", "dtype", "dleq ms", "numpy", "jax", "torch", "ratio")]
    for r in report["results"]:
        m = r["median_ms"]
        ratio = r.get("ratio_vs_best")
        rows.append((r["workload"], r["dtype"], _ms(m.get("dleq")), _ms(m.get("numpy")), _ms(m.get("jax")),
                     _ms(m.get("torch")), "-" if ratio is None else f"{ratio:.2f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
                     for row in rows)


def run(quick: bool = False, rounds: int = ROUNDS, only: str | None = None, say=print) -> dict:
    chosen = [w for w in workloads(quick) if only is None or only in w.name]
    if not chosen:
        raise ValueError(f"no workload matches {only!r}")
    n = 10**7 if quick else 10**8
    say(f"memory bandwidth: parallel triad over {n:.0e} float64 ...")
    report = {"date": time.strftime("%Y-%m-%d"), "quick": quick, "rounds": rounds, "machine": machine(),
              "versions": versions(), "triad_n": n, "bandwidth_gbs": bandwidth(n, rounds), "results": []}
    for w in chosen:
        say(f"{w.name} ({np.dtype(w.dtype).name}, {w.size}) ...")
        report["results"].append(run_workload(w, rounds, say))
    if only is None:
        say("scaling: sigmoid and softmax from 1e3 values, one thread and threaded ...")
        report["scaling"] = scaling(quick, rounds)
    if only is None and not quick:
        from codegen import compile_bench
        say("compile latency: every kernel cold, then warm from the cache (fresh processes) ...")
        m = compile_bench.measure()
        report["compile"] = {"families": m["families"], "imports": m["imports"],
                             "warm": {"numpy_numba": m["warm"]["numpy_numba"]}}
    return report


def write(report: dict, path: Path, force: bool) -> None:
    """BENCHMARKS.md; a file there that `dleq bench` did not write is kept unless ``force``."""
    if path.exists() and not force and not path.read_text(encoding="utf-8").startswith(MARKER):
        raise FileExistsError(f"{path} exists and was not written by `dleq bench`; use --force to replace it")
    path.write_text(markdown(report), encoding="utf-8")


def as_json(report: dict) -> str:
    return json.dumps(report, indent=1, sort_keys=True)


if __name__ == "__main__":
    sys.exit("run `dleq bench` (or `make bench`)")
