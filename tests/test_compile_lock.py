"""Kernels build one process at a time per Numba cache (generated/_runtime.py: compile_lock).

Numba 0.68's gufunc cache is unsafe when two processes save one kernel at once (numba issue
10128: the next load crashes), so every Lazy kernel build holds a per-cache file lock. Here one
process holds the lock; another, building a kernel with the same cache, must wait for it.
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HOLDER = """
import sys
from generated import _runtime as rt
with rt.compile_lock():
    print("held", flush=True)
    sys.stdin.readline()
print("released", flush=True)
"""

BUILDER = """
import threading
from generated import activations
t = threading.Thread(target=activations._sigmoid.get)
t.start()
t.join(timeout={wait})
print("blocked" if t.is_alive() else "built early", flush=True)
t.join()
print("built" if activations._sigmoid._compiled is not None else "not built", flush=True)
"""


def _python(code, env):
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_kernel_build_waits_for_the_process_holding_the_compile_lock(tmp_path):
    env = dict(os.environ, NUMBA_CACHE_DIR=str(tmp_path / "cache"))
    holder = _python(HOLDER, env)
    try:
        assert holder.stdout.readline().strip() == "held", holder.stderr.read()
        # Unlocked, this build (a vectorize kernel, both dtypes) takes about a second
        builder = _python(BUILDER.format(wait=8), env)
        first = builder.stdout.readline().strip()
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
        rest, err = builder.communicate(timeout=120)
        assert builder.returncode == 0, err
        assert first == "blocked"
        assert rest.split() == ["built"]
    finally:
        holder.kill()


def test_another_numba_cache_has_its_own_lock(tmp_path):
    holder = _python(HOLDER, dict(os.environ, NUMBA_CACHE_DIR=str(tmp_path / "one")))
    try:
        assert holder.stdout.readline().strip() == "held", holder.stderr.read()
        builder = _python(BUILDER.format(wait=120), dict(os.environ, NUMBA_CACHE_DIR=str(tmp_path / "two")))
        out, err = builder.communicate(timeout=180)
        assert builder.returncode == 0, err
        assert out.split() == ["built", "early", "built"]
    finally:
        holder.kill()


def test_each_xdist_worker_compiles_into_its_own_numba_cache():
    """Workers sharing one cache would also share its compile lock and take turns compiling (the
    controller's NUMBA_CACHE_DIR, inherited by the workers, once made them do so)."""
    import numba
    caches = Path(__file__).resolve().parent.parent / ".numba_cache"
    here = Path(numba.config.CACHE_DIR)
    if here.parent == caches:  # not a NUMBA_CACHE_DIR the user set elsewhere
        assert here.name == os.environ.get("PYTEST_XDIST_WORKER", "main")
