"""Shared fixtures: the catalogue, loaded once.

Each pytest-xdist worker keeps its own Numba cache (.numba_cache/<worker>): kernel builds hold
a lock per cache (generated/_runtime.py: compile_lock), so workers sharing one would take turns.
"""
import os
from pathlib import Path

import pytest

if "NUMBA_CACHE_DIR" not in os.environ:  # set before anything imports numba
    _worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    os.environ["NUMBA_CACHE_DIR"] = str(Path(__file__).resolve().parent.parent / ".numba_cache" / _worker)

from symbolic.catalogue import load_catalogue


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()

