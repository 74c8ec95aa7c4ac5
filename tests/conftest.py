"""Shared fixtures: the catalogue, loaded once.

Each pytest-xdist worker keeps its own Numba cache (.numba_cache/<worker>): kernel builds hold
a lock per cache (generated/_runtime.py: compile_lock), so workers sharing one would take turns.
"""
import os
from pathlib import Path

import pytest

_CACHES = Path(__file__).resolve().parent.parent / ".numba_cache"
# Set before anything imports numba. The xdist controller's conftest runs first and its
# environment is inherited by the workers, so a value under _CACHES is ours and each worker
# replaces it with its own; a NUMBA_CACHE_DIR the user set elsewhere is left alone.
if "NUMBA_CACHE_DIR" not in os.environ or Path(os.environ["NUMBA_CACHE_DIR"]).parent == _CACHES:
    os.environ["NUMBA_CACHE_DIR"] = str(_CACHES / os.environ.get("PYTEST_XDIST_WORKER", "main"))

# The suite builds its kernels without LLVM's optimisation passes: they are most of every kernel's
# compile time (half or more), and without fastmath they change no result. tests/test_opt_levels.py
# checks that claim bit for bit against builds at Numba's default level 3 (what users get), and
# the accuracy sweep measures every kernel at that level. Set NUMBA_OPT to test another level.
os.environ.setdefault("NUMBA_OPT", "0")

from generated import _runtime as rt  # noqa: E402 (after NUMBA_CACHE_DIR is set)
from symbolic.catalogue import load_catalogue  # noqa: E402

# Every test runs the one-thread builds: each threaded build is a second compilation of its kernel
# (a parallel one, slower), which would cost the suite minutes. tests/test_threads.py lowers the
# threshold itself and checks that the threaded builds give the one-thread bits.
rt.PARALLEL_MIN = 1 << 62


def pytest_configure(config):
    if os.environ["NUMBA_OPT"] == "0":
        # unoptimised, many kernels keep the address of a global in their code, so Numba does not
        # cache them (NumbaWarning "uses dynamic globals"); at the default level they cache
        # (`make compile-times` measures the warm start). Shown, that would be one warning per kernel.
        config.addinivalue_line("filterwarnings", "ignore:Cannot cache compiled function:numba.core.errors.NumbaWarning")


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()



# Long groups and tests (seconds from a clean clone, run ci26 with --durations): each is handed
# out before the many short ones, so that none starts last while the other worker idles. A name is
# a group's, or the start of an ungrouped test's node id.
FIRST = ("render",                      # a full render of generated/ and the imports (about 60 s)
         "threads",                     # threaded builds in fresh processes (about 90 s)
         "opt_levels",                  # two fresh processes building a sample (about 67 s)
         "tests/test_accuracy.py::test_the_kernel_form_reference_equals_the_textbook",  # 15 s
         "tests/test_compile_lock.py")  # 15 s


def _first(group: str) -> int:
    return next((i for i, name in enumerate(FIRST) if group == name or group.startswith(name)), len(FIRST))


def pytest_collection_modifyitems(config, items):
    """Hand xdist the groups longest first, so that no long group starts last while the other
    worker idles: the groups and tests of FIRST, then the rest by number of tests (xdist's own
    reordering, switched off in pyproject.toml, would put the 8-test render group late)."""
    def group(item):
        mark = item.get_closest_marker("xdist_group")
        return mark.args[0] if mark else item.nodeid

    sizes = {}
    for item in items:
        sizes[group(item)] = sizes.get(group(item), 0) + 1
    items.sort(key=lambda item: (_first(group(item)), -sizes[group(item)]))
