"""The suite's kernels are the shipped kernels, bit for bit, at every LLVM optimisation level.

tests/conftest.py builds the suite's kernels at NUMBA_OPT=0: LLVM's optimisation of every kernel
is most of the suite's compile time, and without fastmath it changes no result (no reassociation,
no contraction into FMA: IEEE semantics are kept). This test holds that claim to account: a
sample of kernels covering every route (series exp/log/tanh in vectorized loops, stable helpers,
case splits, batch products, BLAS products, attention's shared row vectors, an in-place step)
runs in two fresh processes, at NUMBA_OPT=0 and at 3 (Numba's default, what users get), each
with a Numba cache of its own, on the checker's samples scaled by 1, 1e-3 and 300, in float32
and float64; every call must return, and every output must have the same bits. The accuracy sweep (`dleq check --accuracy`) measures every
kernel at the default level.
"""
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ("sigmoid", "softplus_grad_z", "tanh_derivative", "softmax", "softmax_cross_entropy_value_and_grad",
          "binary_cross_entropy", "kl_divergence_grad_P", "lstm_cell_state_vjp_x", "gru_hidden",
          "scaled_dot_product_attention_vjp_K", "batch_norm_forward_vjp_x", "adam_inplace", "hinge_loss_vjp_w")
SCALES = (1.0, 1e-3, 300.0)


def digests() -> dict:
    """Per kernel, dtype and input scale: a digest of every output's bytes."""
    import generated
    from codegen import check
    from symbolic.domains import REAL
    from tests.families import CATALOGUE

    manifest = generated.load_manifest()
    records = {k["name"]: (e, k) for e in manifest["equations"] for k in e["kernels"]}
    out = {}
    for name in SAMPLE:
        e, record = records[name]
        eq = CATALOGUE.get(e["number"])
        values = check._extra_inputs(eq, record, check.sample(eq, 1000 * eq.number), np.random.default_rng(7))
        index_args = set(record.get("positions", ()))
        for scale in SCALES:
            # only inputs whose domain is all of the reals are scaled (a probability stays one)
            scaled = {k: (v * scale if isinstance(v, np.ndarray) and v.dtype.kind == "f" and k not in index_args
                          and (k == "G_up" or (k in eq.table and eq.table[k].domain == REAL))
                          and record["kind"] != "update" else v) for k, v in values.items()}
            for dtype in (np.float64, np.float32):
                h = hashlib.sha256()
                key = f"{name} {np.dtype(dtype).name} x{scale:g}"
                if record["kind"] == "update":
                    args = check._args(record, scaled, dtype, index_args, eq)
                    states = [a.copy() for a in args]
                    try:
                        check.kernel_function(record)(*states)
                    except (ValueError, TypeError) as err:
                        out[key] = f"error: {err}"
                        continue
                    for a in states:
                        h.update(np.ascontiguousarray(a).tobytes())
                else:
                    try:
                        got = check.call(record, scaled, dtype, index_args, eq)
                    except (ValueError, TypeError) as err:
                        out[key] = f"error: {err}"
                        continue
                    for g in (got if isinstance(got, tuple) else (got,)):
                        h.update(np.ascontiguousarray(g).tobytes())
                out[key] = h.hexdigest()
    return out


def _digests_at(level: int) -> dict:
    """digests() in a fresh process at NUMBA_OPT=level, with a Numba cache of its own (a cache
    holds no record of the level its kernels were built at)."""
    env = dict(os.environ, NUMBA_OPT=str(level), NUMBA_CACHE_DIR=str(ROOT / ".numba_cache" / f"opt{level}"))
    code = ("import json, numba; from tests.test_opt_levels import digests; "
            "print(json.dumps({'opt': numba.config.OPT, 'digests': digests()}))")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert got["opt"] == level
    return got["digests"]


@pytest.mark.xdist_group("opt_levels")
def test_the_suites_optimisation_level_changes_no_bit():
    suite, shipped = _digests_at(0), _digests_at(3)
    assert set(suite) == set(shipped) and len(suite) == len(SAMPLE) * len(SCALES) * 2
    # a call that raised at both levels would compare equal and prove nothing: every call returns
    assert not [v for v in suite.values() if v.startswith("error")], suite
    differ = [k for k in suite if suite[k] != shipped[k]]
    assert not differ, f"outputs differ between NUMBA_OPT=0 and 3: {differ}"
