"""Benchmark (not a test): kernel compile times, warm start from the on-disk cache, import cost.

    .venv/bin/python -m codegen.compile_bench      (or `make compile-times`)

Each measurement runs in a fresh process. Cold: an empty NUMBA_CACHE_DIR, every kernel built
(both dtypes where a kernel has two builds; a gufunc has one, float64) one after another,
per-kernel seconds; an elementwise kernel's build is its one-thread loop over contiguous arrays,
and its ufunc (broadcast and strided arguments) is timed apart. Warm: a second fresh process with
the same cache directory loading every kernel. Import: `import generated` and a family module, against `import numpy, numba` alone
(medians of 5 fresh processes).
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BUILD_ALL = """
import importlib, json, time, sys
t0 = time.perf_counter()
import numpy, numba
t1 = time.perf_counter()
import generated
times = {}
for name, module in generated.KERNELS.items():
    m = importlib.import_module("generated." + module)
    t = time.perf_counter()
    loop = getattr(m, "_" + name + "_serial", None)
    if loop is None:  # a gufunc or an in-place step
        getattr(m, "_" + name).get()
        times[name] = [module, time.perf_counter() - t, None]
        continue
    # an elementwise kernel: its one-thread loop over contiguous arrays, both dtypes, then apart
    # the ufunc that broadcast and strided arguments take
    d = loop.get()
    for f in (numba.float32, numba.float64):
        d.compile((f[::1],) * d.py_func.__code__.co_argcount)
    t_loop = time.perf_counter()
    getattr(m, "_" + name).get()
    times[name] = [module, t_loop - t, time.perf_counter() - t_loop]
print(json.dumps({"numpy_numba": t1 - t0, "total": time.perf_counter() - t0, "kernels": times}))
"""

IMPORT = """
import time, sys
t0 = time.perf_counter()
import numpy, numba
t1 = time.perf_counter()
{extra}
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def _run(code: str, env: dict) -> str:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True).stdout


def measure(imports: bool = True) -> dict:
    """Cold and warm build times of every kernel (two fresh processes sharing a new cache), and
    the import costs (medians of 5 fresh processes)."""
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, NUMBA_CACHE_DIR=cache)
        cold = json.loads(_run(BUILD_ALL, env))
        warm = json.loads(_run(BUILD_ALL, env))
        costs = {}
        for label, extra in (("import generated", "import generated"),
                             ("import generated.activations", "import generated.activations")):
            if not imports:
                break
            samples = [tuple(map(float, _run(IMPORT.format(extra=extra), env).split())) for _ in range(5)]
            costs[label] = statistics.median(s[1] for s in samples)
    families: dict = {}
    for name, (module, t, _) in cold["kernels"].items():
        fam = families.setdefault(module, {"kernels": 0, "cold_total_s": 0.0, "cold": [], "warm_total_s": 0.0,
                                           "ufuncs": 0, "warm_ufunc_s": 0.0})
        fam["kernels"] += 1
        fam["cold"].append(t)
        fam["warm_total_s"] += warm["kernels"][name][1]
        if warm["kernels"][name][2] is not None:
            fam["ufuncs"] += 1
            fam["warm_ufunc_s"] += warm["kernels"][name][2]
    for fam in families.values():
        times = fam.pop("cold")
        fam.update(cold_total_s=sum(times), cold_median_s=statistics.median(times), cold_max_s=max(times))
    return {"cold": cold, "warm": warm, "imports": costs, "families": families}


def main() -> int:
    m = measure()
    cold, warm, imports = m["cold"], m["warm"], m["imports"]
    times = [t for _, t, _ in cold["kernels"].values()]
    print(f"kernels: {len(times)}")
    print(f"cold compile per kernel (every build): median {statistics.median(times):.2f} s, "
          f"max {max(times):.2f} s ({max(cold['kernels'], key=lambda k: cold['kernels'][k][1])}), "
          f"total {sum(times):.1f} s")
    print("cold compile per family (s): " + ", ".join(f"{f} {v['cold_total_s']:.1f}"
                                                     for f, v in sorted(m["families"].items())))
    wt = [t for _, t, _ in warm["kernels"].values()]
    ut = [u for _, _, u in warm["kernels"].values() if u is not None]
    print(f"warm start (fresh process, on-disk cache): all {len(wt)} kernels loaded in {sum(wt):.2f} s "
          f"(median {statistics.median(wt) * 1000:.1f} ms per kernel); numpy+numba import {warm['numpy_numba']:.2f} s")
    print(f"the {len(ut)} elementwise kernels' ufuncs (broadcast and strided arguments), warm: {sum(ut):.2f} s "
          f"(median {statistics.median(ut) * 1000:.1f} ms)")
    for label, t in imports.items():
        print(f"{label}: {t * 1000:.1f} ms after numpy and numba (median of 5 fresh processes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
