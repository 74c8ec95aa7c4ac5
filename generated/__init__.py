# Generated from symbolic/ by `make generate`. Do not edit.
"""dleq's generated artefacts: documents, the manifest and (later) Numba kernels.

Imports only the standard library, NumPy and Numba: copy this folder into a project without SymPy.
"""
import json as _json
from pathlib import Path as _Path

MANIFEST_PATH = _Path(__file__).with_name("manifest.json")


def load_manifest() -> dict:
    """The manifest (see the README for its keys)."""
    return _json.loads(MANIFEST_PATH.read_text(encoding="utf-8"))
