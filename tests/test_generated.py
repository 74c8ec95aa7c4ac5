"""generated/ is fresh, reproducible byte for byte, and imports nothing from symbolic or codegen."""
import functools
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import emit
from tests.families import CATALOGUE

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.xdist_group("render")  # one worker renders once for all these tests
DIGEST = ("import hashlib, json; from codegen.emit import render; from symbolic.catalogue import load_catalogue;"
          "print(json.dumps({k: hashlib.sha256(v.encode()).hexdigest() for k, v in render(load_catalogue()).items()}))")


@functools.lru_cache(maxsize=None)
def rendered() -> dict:
    return emit.render(CATALOGUE)


def test_generated_is_up_to_date():
    diffs = emit.stale(rendered(), emit.DEFAULT_OUT)
    assert not diffs, "generated/ is stale; run `make generate`:\n" + "".join(diffs.values())[:5000]


def test_generation_is_independent_of_hash_seed():
    """Renders under two hash seeds give byte-identical files. `make generate` runs with a random
    hash seed, so with this process's own random seed test_generated_is_up_to_date already
    compares two seeds' renders; only when PYTHONHASHSEED fixes this process's seed (possibly to
    the one generated/ was made with) is a second render under another seed needed."""
    fixed = os.environ.get("PYTHONHASHSEED", "random") != "random"
    if not fixed:
        assert sys.flags.hash_randomization
        assert not emit.stale(rendered(), emit.DEFAULT_OUT)
        return
    seed = "1" if os.environ["PYTHONHASHSEED"] == "4242" else "4242"
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-c", DIGEST], env=env, cwd=ROOT, capture_output=True,
                         text=True, check=True)
    here = {k: hashlib.sha256(v.encode()).hexdigest() for k, v in rendered().items()}
    assert json.loads(out.stdout) == here


def test_stale_check_reports_a_diff(tmp_path):
    files = rendered()
    emit.write(files, tmp_path)
    assert emit.stale(files, tmp_path) == {}
    (tmp_path / "EQUATIONS.md").write_text("edited by hand\n")
    diffs = emit.stale(files, tmp_path)
    assert list(diffs) == ["EQUATIONS.md"] and "-edited by hand" in diffs["EQUATIONS.md"]


def test_generated_imports_without_symbolic_or_codegen():
    code = ("import sys\n"
            "class Block:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name.split('.')[0] in ('symbolic', 'codegen', 'sympy'):\n"
            "            raise ImportError('blocked: ' + name)\n"
            "sys.meta_path.insert(0, Block())\n"
            "import generated\n"
            "assert 'numba' not in sys.modules, 'import generated must not import numba'\n"
            "m = generated.load_manifest()\n"
            "import numpy as np\n"
            "from generated import activations, linear_algebra\n"
            "print(len(m['equations']), float(activations.sigmoid(0.0)), generated.softmax(np.zeros(4))[0])\n")
    assert _python(code).split() == ["100", "0.5", "0.25"]


def _python(code: str) -> str:
    """What a fresh Python prints running ``code`` in the project root (it must succeed)."""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_a_kernel_reached_by_name_is_its_modules_and_stays_found():
    # generated.<kernel> imports the family module once; the kernel then sits in the package's
    # namespace, so later look-ups do not run the package's __getattr__ again
    code = ("import generated\n"
            "assert 'sigmoid' not in vars(generated)\n"
            "f = generated.sigmoid\n"
            "from generated import activations\n"
            "assert f is activations.sigmoid and vars(generated)['sigmoid'] is f\n"
            "assert dir(generated).count('sigmoid') == 1 and 'softmax' in dir(generated)\n"
            "try:\n"
            "    generated.no_such_kernel\n"
            "except AttributeError as err:\n"
            "    print(err)\n")
    assert _python(code).strip() == "module 'generated' has no kernel or attribute 'no_such_kernel'"


def test_manifest_keys_are_the_contract():
    m = json.loads((emit.DEFAULT_OUT / "manifest.json").read_text())
    assert set(m) == {"schema", "versions", "equations"}
    assert set(m["versions"]) == {"dleq", "sympy", "numba"}
    assert [e["number"] for e in m["equations"]] == list(range(1, 101))
    for e in m["equations"]:
        assert set(e) == {"number", "slug", "title", "family", "kind", "latex", "variables", "notes", "ops",
                          "derivatives", "not_differentiated", "kernels", "no_kernel"}
        for k in e["kernels"]:
            assert set(k) == {"name", "module", "kind", "wrt", "signature", "dtypes", "arguments", "outputs",
                              "positions", "integers", "options", "accuracy"}
            assert k["kind"] in ("forward", "grad", "jacobian", "vjp", "vjps", "value_and_grad", "update")
            assert k["dtypes"] == ["float32", "float64"]
        for k in e["no_kernel"]:
            assert set(k) == {"kernel", "reason"} and k["reason"]
        for v in e["variables"]:
            assert set(v) == {"name", "latex", "description", "role", "kind", "domain", "shape"}
        for d in e["derivatives"]:
            assert set(d) == {"name", "kind", "wrt", "latex", "ops"}
            assert d["kind"] in ("derivative", "gradient", "jacobian", "vjp")
        assert e["derivatives"] or e["not_differentiated"], f"#{e['number']}: no derivative and no reason"


def test_derivative_sizes_stay_bounded():
    """A derivative may cost at most 3x its primal's operations + 12 (and the softmax Jacobian a
    handful): reverse mode evaluates a gradient in a small constant multiple of the function's
    cost, so a closed form far past that is expression swell left unsimplified."""
    m = json.loads((emit.DEFAULT_OUT / "manifest.json").read_text())
    too_big = [(e["slug"], d["name"], d["ops"], e["ops"]) for e in m["equations"] for d in e["derivatives"]
               if d["ops"] > 3 * e["ops"] + 12]
    assert not too_big, too_big
    softmax = next(e for e in m["equations"] if e["slug"] == "softmax")
    assert softmax["derivatives"][0]["ops"] <= 4


def test_digest_check_notices_edited_files_and_changed_sources(tmp_path):
    files = rendered()
    emit.write(files, tmp_path)
    assert emit.fresh_by_digest(tmp_path)
    lines = (tmp_path / emit.DIGESTS).read_text().splitlines()
    lines[1] = "0" * 64 + lines[1][64:]  # as if symbolic/ had changed since
    (tmp_path / emit.DIGESTS).write_text("\n".join(lines) + "\n")
    assert not emit.fresh_by_digest(tmp_path)
    emit.write(files, tmp_path)
    (tmp_path / "EQUATIONS.md").write_text("edited\n")
    assert not emit.fresh_by_digest(tmp_path)


def test_xdist_keeps_this_group_on_one_worker(request):
    """With pytest 9.2 and pytest-xdist 3.8 the xdist_group marks are silently ignored
    (pytest-xdist#1386): every worker then renders generated/ and derives each equation again,
    and the suite takes minutes longer. xdist marks a grouped test by suffixing its node id."""
    if getattr(request.config.option, "loadgroup", False):
        assert request.node.nodeid.endswith("@render"), "loadgroup ignores xdist_group; use the pinned pytest"


def test_each_compiled_module_names_the_digest_of_what_its_compiled_code_takes_in():
    # Numba's on-disk cache is keyed by a function's own file, not by what it calls: a change to
    # _elementary.py must change _runtime.py's text, and a change to _runtime.py every family's
    def digest(name):
        return hashlib.sha256((ROOT / "generated" / name).read_bytes()).hexdigest()[:16]

    def second_line(name):
        return (ROOT / "generated" / name).read_text(encoding="utf-8").split("\n")[1]

    assert second_line("_runtime.py") == f"# Compiled with _elementary.py {digest('_elementary.py')}."
    families = [p.name for p in (ROOT / "generated").glob("*.py") if not p.name.startswith("_")]
    assert len(families) == 15
    for name in families:
        assert second_line(name) == f"# Compiled with _runtime.py {digest('_runtime.py')}.", name


def test_a_changed_elementary_module_changes_the_runtime_and_every_family_module():
    from codegen.kernel_files import compiled_with
    files = {"_elementary.py": "# a\nexp\n", "_runtime.py": "# b\nrt\n", "_extended.py": "# c\n",
             "activations.py": "# d\nk\n", "losses.py": "# e\nk\n"}
    before = compiled_with(files)
    after = compiled_with({**files, "_elementary.py": "# a\nexp, changed\n"})
    assert all(before[n] != after[n] for n in ("_runtime.py", "activations.py", "losses.py"))
    assert before["_extended.py"] == after["_extended.py"] == "# c\n"  # not compiled by Numba


def unread_names(source: str) -> dict:
    """{core: names it assigns or fills (``a[i] = ...``) and never reads} for the kernel cores in a
    module's source; a size read from a shape (``d = x.shape[0]``) is left out: it is one load, and
    every size has one. An output is read: the core's last line counts its entries."""
    import ast
    found = {}
    for fn in ast.parse(source).body:
        if not (isinstance(fn, ast.FunctionDef) and fn.name.endswith("_core")):
            continue
        sizes = {t.id for node in ast.walk(fn) if isinstance(node, ast.Assign)
                 and isinstance(node.value, ast.Subscript) and isinstance(node.value.value, ast.Attribute)
                 and node.value.value.attr == "shape" for t in node.targets}
        # a[i] = ... fills a, it does not read it; unless a is a view (a = b[t], a row of b, or
        # a = b, a buffer that lives in b): filling it fills b
        views = {t.id for n in ast.walk(fn)
                 if isinstance(n, ast.Assign) and isinstance(n.value, (ast.Subscript, ast.Name))
                 for t in n.targets if isinstance(t, ast.Name)}
        filled = {id(n.value) for n in ast.walk(fn) if isinstance(n, ast.Subscript) and isinstance(n.ctx, ast.Store)
                  and not (isinstance(n.value, ast.Name) and n.value.id in views)}
        stored = {n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        read = {n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Store)
                and id(n) not in filled}
        if stored - read - sizes:
            found[fn.name] = sorted(stored - read - sizes)
    return found


def test_unread_names_finds_a_dead_line():
    core = "def _k_core(z):\n    z = rt.wide(z)\n    sigma = rt.sigmoid(z)\n    d = z.shape[0]\n    return z\n"
    assert unread_names(core) == {"_k_core": ["sigma"]}
    core = ("def _k_core(z, out, _bad):\n    a = np.empty(3)\n    for j in range(3):\n        a[j] = z[j]\n"
            "        out[j] = z[j]\n    _bad[0] = rt.nonfinite(out)\n")
    assert unread_names(core) == {"_k_core": ["a"]}


@pytest.mark.parametrize("name", sorted({p.name for p in (ROOT / "generated").glob("*.py")}))
def test_no_core_computes_what_nothing_reads(name):
    """A named quantity the stable form does not use (sigmoid' names sigma and computes
    e / (1 + e)^2) is not computed: kernel_files._read_lines drops its line."""
    assert unread_names((ROOT / "generated" / name).read_text()) == {}
