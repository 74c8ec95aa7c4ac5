"""The benchmark harness (codegen/bench.py) on a toy workload: it checks every implementation
against NumPy before timing it, leaves out one that differs, and reports medians, paired ratios
and the roofline. No time is asserted: `dleq bench` is a benchmark, not a test."""
import numpy as np

from codegen import bench
from codegen.bench_workloads import Workload


def _toy(wrong_torch: bool) -> Workload:
    def make(rng):
        return {"z": rng.standard_normal(1000)}

    impls = {
        "dleq": lambda i: (lambda: np.tanh(i["z"])),
        "numpy": lambda i: (lambda: np.tanh(i["z"])),
        "jax": lambda i: None,  # not installed
        "torch": lambda i: (lambda: np.tanh(i["z"]) * (1.01 if wrong_torch else 1.0)),
    }
    return Workload("toy tanh", np.float64, "1e3 values", make, impls, traffic=lambda i: 2 * i["z"].nbytes)


def test_a_result_that_differs_from_numpy_is_not_timed():
    r = bench.run_workload(_toy(wrong_torch=True), rounds=7, say=lambda m: None)
    assert set(r["median_ms"]) == {"dleq", "numpy"}
    assert "differs from NumPy" in r["skipped"]["torch"] and r["skipped"]["jax"] == "not installed"
    assert "ratio_vs_best" not in r  # no rival was timed


def test_medians_ratios_and_the_report():
    r = bench.run_workload(_toy(wrong_torch=False), rounds=7, say=lambda m: None)
    assert set(r["median_ms"]) == {"dleq", "numpy", "torch"} and r["ratio_vs_best"] > 0
    assert r["bytes"] == 16000 and r["difference_from_numpy"]["dleq"] == 0
    report = {"date": "2026-11-27", "quick": True, "rounds": 7, "machine": {"cpus": 2, "python": "3.11"},
              "versions": {"numpy": np.__version__}, "triad_n": 10**7, "bandwidth_gbs": 30.0, "results": [r]}
    text = bench.markdown(report)
    assert text.startswith(bench.MARKER) and "| toy tanh | float64 | 1e3 values |" in text
    assert "% of bandwidth" in text and "jax not timed: not installed" in text
    assert "toy tanh" in bench.table(report)


def test_the_scaling_and_compile_sections():
    report = {"rounds": 7,
              "scaling": [{"kernel": "sigmoid", "values": 1000, "one_thread_s": 2e-6, "threads_s": 8e-6},
                          {"kernel": "sigmoid", "values": 10**7, "one_thread_s": 0.04, "threads_s": 0.02}],
              "compile": {"families": {"activations": {"kernels": 3, "cold_total_s": 6.0, "cold_median_s": 2.0,
                                                       "cold_max_s": 2.5, "warm_total_s": 0.05,
                                                       "ufuncs": 2, "warm_ufunc_s": 0.4},
                                       "graph": {"kernels": 1, "cold_total_s": 1.0, "cold_median_s": 1.0,
                                                 "cold_max_s": 1.0, "warm_total_s": 0.01,
                                                 "ufuncs": 0, "warm_ufunc_s": 0.0}},
                          "imports": {"import generated": 0.004}, "warm": {"numpy_numba": 0.3}}}
    lines = bench._scaling_lines(report) + bench._compile_lines(report)
    assert "| sigmoid | 1e+03 | 2.00 | 8.00 | 0.002 | 0.008 | no (0.25x) |" in lines
    assert "| sigmoid | 1e+07 | 4.00 | 2.00 | 40 | 20 | yes (2.00x) |" in lines
    assert "| activations | 3 | 6.0 | 2.00 | 2.50 | 0.05 | 2: 0.40 |" in lines
    assert "| graph | 1 | 1.0 | 1.00 | 1.00 | 0.01 | - |" in lines
    assert bench._scaling_lines({}) == [] and bench._compile_lines({}) == []


def test_scaling_runs_both_paths_and_restores_the_threshold():
    from generated import _runtime as rt
    before = rt.PARALLEL_MIN
    rows = bench.scaling(quick=True, rounds=1)
    assert rt.PARALLEL_MIN == before
    assert [(r["kernel"], r["values"]) for r in rows] == [(k, 10**e) for k in ("sigmoid", "softmax") for e in (3, 4, 5, 6)]
    assert all(r["one_thread_s"] > 0 and r["threads_s"] > 0 for r in rows)
