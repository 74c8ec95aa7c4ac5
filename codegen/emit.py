"""Write (or check) everything in generated/ from the catalogue, byte for byte reproducibly."""
from __future__ import annotations

import difflib
from pathlib import Path

from codegen.derivatives import all_derivatives, derivatives_markdown, derivatives_tex, proofs_markdown
from codegen.documents import MD_HEADER, equations_markdown, equations_tex
from codegen.manifest import manifest_json
from symbolic.catalogue import Catalogue

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "generated"

PACKAGE_INIT = '''# Generated from symbolic/ by `make generate`. Do not edit.
"""dleq's generated artefacts: documents, the manifest and (later) Numba kernels.

Imports only the standard library, NumPy and Numba: copy this folder into a project without SymPy.
"""
import json as _json
from pathlib import Path as _Path

MANIFEST_PATH = _Path(__file__).with_name("manifest.json")


def load_manifest() -> dict:
    """The manifest (see the README for its keys)."""
    return _json.loads(MANIFEST_PATH.read_text(encoding="utf-8"))
'''


def notes_markdown(cat: Catalogue) -> str:
    body = "".join(f"#### {e.number}. {e.title}\n\n{e.notes}\n\n" for e in cat if e.notes)
    return MD_HEADER + "# Notes: where dleq makes the seed precise\n\n" + body


def render(cat: Catalogue, workers: int | None = None) -> dict[str, str]:
    """Every generated file: relative path -> text."""
    derived = all_derivatives(cat, workers)
    return {
        "__init__.py": PACKAGE_INIT,
        "EQUATIONS.md": equations_markdown(cat),
        "NOTES.md": notes_markdown(cat),
        "equations.tex": equations_tex(cat),
        "DERIVATIVES.md": derivatives_markdown(cat, derived, proofs_markdown(cat)),
        "derivatives.tex": derivatives_tex(derived),
        "manifest.json": manifest_json(cat, derived),
    }


def stale(files: dict[str, str], out: Path) -> dict[str, str]:
    """Unified diffs of the files in ``out`` that differ from ``files`` (empty when fresh)."""
    diffs = {}
    for rel, text in files.items():
        path = out / rel
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if old != text:
            diffs[rel] = "".join(difflib.unified_diff(
                old.splitlines(keepends=True), text.splitlines(keepends=True),
                fromfile=f"generated/{rel} (on disk)", tofile=f"generated/{rel} (from symbolic/)", n=1))
    return diffs


def write(files: dict[str, str], out: Path) -> list[str]:
    """Write the files that changed; return their relative paths."""
    out.mkdir(parents=True, exist_ok=True)
    changed = []
    for rel, text in files.items():
        path = out / rel
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            changed.append(rel)
    return changed
