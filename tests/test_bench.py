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
