"""The dleq command line, run as a user would: exit codes, messages, no silent overwrites."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.cli import main

ROOT = Path(__file__).resolve().parent.parent


def dleq(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "codegen.cli", *args], cwd=cwd, capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_list_shows_all_equations():
    out = dleq("list")
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    assert len(lines) == 101 and lines[1].split()[:2] == ["1", "mse"]


def test_list_one_family():
    out = dleq("list", "--family", "activation")
    assert out.returncode == 0 and "softmax" in out.stdout and "mse" not in out.stdout


@pytest.mark.parametrize("key", ["4", "softmax"])
def test_show_by_number_or_slug(key):
    out = dleq("show", key)
    assert out.returncode == 0
    assert out.stdout.startswith("#### 4. Softmax Function\n\n$")


def test_unknown_key_suggests_and_exits_2():
    out = dleq("show", "softmx")
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == ["dleq show: error: unknown equation 'softmx'; closest matches: softmax, "
                                               + out.stderr.split("softmax, ", 1)[1].strip()]
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("args", [["show", "0"], ["show", "101"], ["list", "--family", "nope"],
                                  ["export", "--format", "pdf"], ["frobnicate"], []])
def test_bad_input_is_one_line_and_exit_2(args):
    out = dleq(*args)
    assert out.returncode == 2, out
    assert "Traceback" not in out.stderr
    assert len(out.stderr.splitlines()) == 1 and out.stderr.startswith("dleq"), out.stderr


def test_export_json_to_stdout():
    out = dleq("export", "--format", "json")
    assert out.returncode == 0
    assert len(json.loads(out.stdout)["equations"]) == 100


def test_export_refuses_to_overwrite_without_force(tmp_path):
    target = tmp_path / "mine.md"
    target.write_text("my notes")
    out = dleq("export", "--format", "md", "-o", str(target))
    assert out.returncode == 2 and "--force" in out.stderr
    assert target.read_text() == "my notes"
    out = dleq("export", "--format", "md", "-o", str(target), "--force")
    assert out.returncode == 0 and target.read_text().count("\n#### ") == 100


def test_export_to_unwritable_path(tmp_path):
    out = dleq("export", "--format", "tex", "-o", str(tmp_path / "missing" / "x.tex"))
    assert out.returncode == 2 and "cannot write" in out.stderr


@pytest.mark.parametrize("args,says", [
    (["--rounds", "3"], "at least 7"),
    (["--quick", "--only", "no such workload"], "no workload matches"),
    (["--rounds", "many"], "invalid int value"),
    (["--fast"], "unrecognized arguments"),
])
def test_bench_rejects_bad_options_before_timing(args, says):
    out = dleq("bench", *args)
    assert out.returncode == 2 and says in out.stderr and len(out.stderr.strip().splitlines()) <= 2


def test_bench_does_not_overwrite_a_file_it_did_not_write(tmp_path):
    mine = tmp_path / "BENCH.md"
    mine.write_text("my numbers")
    for target, says in ((mine, "--force"), (tmp_path, "a folder"), (tmp_path / "no" / "b.md", "no folder")):
        out = dleq("bench", "--quick", "-o", str(target))
        assert out.returncode == 2 and says in out.stderr
    assert mine.read_text() == "my numbers"


def test_a_partial_bench_run_leaves_the_full_report_alone(tmp_path, monkeypatch):
    # `dleq bench --only X` once replaced the committed BENCHMARKS.md (a full run's) by X's rows
    from codegen import bench, cli
    written = []
    monkeypatch.setattr(bench, "run", lambda **kw: {"only": kw["only"]})
    monkeypatch.setattr(bench, "table", lambda report: "table")
    monkeypatch.setattr(bench, "write", lambda report, path, force: written.append(Path(path)))
    assert cli.main(["bench", "--only", "softmax"]) == 0
    assert cli.main(["bench", "--quick"]) == 0
    assert written == []
    assert cli.main(["bench", "--only", "softmax", "-o", tmp_path / "part.md"]) == 0
    assert cli.main(["bench"]) == 0
    assert written == [tmp_path / "part.md", ROOT / "BENCHMARKS.md"]


def test_generate_check_detects_stale_output(tmp_path):
    import shutil
    shutil.copytree(ROOT / "generated", tmp_path, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__"))  # fresh: test_generated checks it
    fast = dleq("generate", "--check", "--out", str(tmp_path))
    assert fast.returncode == 0 and "SOURCES.sha256" in fast.stdout
    (tmp_path / "NOTES.md").write_text("stale\n")
    out = dleq("generate", "--check", "--out", str(tmp_path))
    assert out.returncode == 1 and "NOTES.md" in out.stderr and "+stale" not in out.stdout


@pytest.mark.parametrize("sub", ["list", "show", "grad", "export", "generate", "check", "bench"])
def test_help_on_each_subcommand(sub):
    out = dleq(sub, "--help")
    assert out.returncode == 0 and "usage: dleq" in out.stdout


def test_grad_prints_derivative_entries():
    out = dleq("grad", "sigmoid")
    assert out.returncode == 0
    assert out.stdout.startswith("#### 5. Sigmoid (Logistic) Function: $\\partial \\sigma(z) / \\partial z$")
    assert r"\sigma(z) \left(1 - \sigma(z)\right)" in out.stdout


def test_grad_unknown_variable_lists_valid_ones():
    out = dleq("grad", "batch_norm_forward", "--wrt", "q")
    assert out.returncode == 2
    assert "valid: x, gamma, beta" in out.stderr and "Traceback" not in out.stderr


def test_check_one_equation_passes_and_prints_a_table(capsys):
    assert main(["check", "sigmoid"]) == 0
    out = capsys.readouterr().out
    assert "sigmoid_grad_z" in out and "2 of 2 kernels pass" in out


def test_check_json_and_a_failing_kernel_exits_nonzero(capsys, monkeypatch):
    from codegen import check
    real = check.check_kernel

    def broken(eq, record, records, seed=0):
        r = real(eq, record, records, seed)
        if record["kind"] == "grad":
            r.problems.append("injected failure")
        return r
    monkeypatch.setattr(check, "check_kernel", broken)
    assert main(["check", "relu", "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert [r["ok"] for r in rows] == [True, False] and rows[1]["problems"] == ["injected failure"]


def test_check_an_identity_or_unknown_key_is_a_user_error(capsys):
    assert main(["check", "chain_rule"]) == 2
    assert "has no kernels: an identity" in capsys.readouterr().err
    assert main(["check", "softmx"]) == 2


def test_stale_without_accuracy_or_with_a_key_is_a_user_error(capsys):
    assert main(["check", "--stale"]) == 2
    assert "--stale works with --accuracy and no KEY" in capsys.readouterr().err
    assert main(["check", "softmax", "--accuracy", "--stale"]) == 2
    assert "--stale works with --accuracy and no KEY" in capsys.readouterr().err



# Every bad input, run in-process: exit code 2, exactly one line on stderr naming what was wrong
# (`dleq <command>: error: ...`), no traceback, and every file under tmp_path byte-identical.
# None of these may render generated/ or run a kernel check: both are replaced by test failures.

def _manifest(cat, **change):
    """A minimal manifest of the catalogue (kernel records only as deep as `dleq check` reads)."""
    entries = [{"number": e.number, "slug": e.slug, "no_kernel": [],
                "kernels": [{"name": f"{e.slug}_k", "kind": "forward", "module": "generated.x"}]}
               for e in cat]
    for number, entry in change.items():
        entries[int(number[1:]) - 1] = entry
    return json.dumps({"schema": 1, "equations": entries}).encode()


@pytest.fixture
def sandbox(tmp_path):
    """A user's folder: files dleq must never change, and broken files in dleq's formats."""
    from codegen import emit
    from symbolic.catalogue import load_catalogue
    cat = load_catalogue()
    files = {
        "user.txt": b"my notes\n",
        "userdir/keep.txt": b"mine\n",
        "mine/manifest.json": b"my own manifest, not JSON\n",
        "mine/losses.py": b"x = 1\n",
        "bad_digest/SOURCES.sha256": (emit.digests_file({}) + "not a digest line\n").encode(),
        "bad_digest/NOTES.md": b"notes\n",
        "binary_digest/SOURCES.sha256": b"\xff\xfe junk\n",
        "m_notjson/manifest.json": b"{not json",
        "m_binary/manifest.json": b"\xff\xfe\x00",
        "m_array/manifest.json": b"[]",
        "m_short/manifest.json": b'{"schema": 1, "equations": []}',
        "m_slug/manifest.json": _manifest(cat, n5={"number": 5, "slug": "nosuch", "kernels": [],
                                                   "no_kernel": []}),
        "m_record/manifest.json": _manifest(cat, n5={"number": 5, "slug": "sigmoid", "no_kernel": [],
                                                     "kernels": [{"kind": "forward"}]}),
        "m_good/manifest.json": _manifest(cat),
    }
    for rel, data in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)
    (tmp_path / "m_missing").mkdir()
    (tmp_path / "link.md").symlink_to(tmp_path / "target.md")  # dangling: writing would create target.md
    return tmp_path


def _snapshot(root):
    return {p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else os.readlink(p) if p.is_symlink()
                                             else None)
            for p in sorted(root.rglob("*"))}


def _no_render(*args, **kwargs):
    pytest.fail("a bad input reached the (slow) render of generated/")


def _no_kernel_check(*args, **kwargs):
    pytest.fail("a bad input reached the kernel checks")


def _no_references(monkeypatch):
    monkeypatch.setitem(sys.modules, "tests.families", None)  # `import tests.families` fails


BAD_INPUTS = [
    # unknown or empty equation keys
    (["show", "999"], "dleq show", ["'999'"], None),
    (["show", "nosuch"], "dleq show", ["'nosuch'"], None),
    (["show", ""], "dleq show", ["empty equation key"], None),
    (["show", "  "], "dleq show", ["empty equation key"], None),
    (["grad", "999"], "dleq grad", ["'999'"], None),
    (["grad", "nosuch"], "dleq grad", ["'nosuch'"], None),
    (["grad", ""], "dleq grad", ["empty equation key"], None),
    (["check", "999"], "dleq check", ["'999'"], None),
    (["check", "nosuch"], "dleq check", ["'nosuch'"], None),
    (["check", ""], "dleq check", ["empty equation key"], None),  # not "check every kernel"
    # bad option values
    (["list", "--family", "nosuch"], "dleq list", ["unknown family 'nosuch'"], None),
    (["list", "--family", ""], "dleq list", ["unknown family ''"], None),
    (["grad", "softmax", "--wrt", "nosuch"], "dleq grad", ["'nosuch'", "valid: z"], None),
    (["grad", "softmax", "--wrt", ""], "dleq grad", ["''", "valid: z"], None),
    (["grad", "softmax", "--wrt"], "dleq grad", ["--wrt", "expected one argument"], None),
    (["export", "--format", "pdf"], "dleq export", ["'pdf'", "md"], None),
    (["export"], "dleq export", ["--format"], None),
    (["show"], "dleq show", ["key"], None),
    # unknown flags and commands
    (["list", "--bogus"], "dleq list", ["--bogus"], None),
    (["show", "softmax", "--bogus"], "dleq show", ["--bogus"], None),
    (["grad", "softmax", "--bogus", "x"], "dleq grad", ["--bogus x"], None),
    (["export", "--format", "md", "--bogus"], "dleq export", ["--bogus"], None),
    (["generate", "--bogus"], "dleq generate", ["--bogus"], None),
    (["check", "sigmoid", "--bogus"], "dleq check", ["--bogus"], None),
    (["--bogus"], "dleq", ["'--bogus'"], None),
    (["--bogus", "list"], "dleq", ["'--bogus'"], None),
    (["frobnicate"], "dleq", ["'frobnicate'"], None),
    ([], "dleq", ["no command given"], None),
    # export: unwritable output paths, and a file that is there already
    (["export", "--format", "md", "-o", "{tmp}/missing/x.md"], "dleq export", ["missing/x.md", "cannot write"], None),
    (["export", "--format", "md", "-o", "{tmp}/user.txt/x.md"], "dleq export", ["user.txt/x.md", "Not a directory"], None),
    (["export", "--format", "md", "-o", "/proc/x"], "dleq export", ["/proc/x", "cannot write"], None),
    (["export", "--format", "tex", "-o", "{tmp}/user.txt"], "dleq export", ["user.txt exists", "--force"], None),
    (["export", "--format", "json", "-o", "{tmp}/link.md"], "dleq export", ["link.md exists", "--force"], None),
    (["export", "--format", "md", "-o", "{tmp}/userdir"], "dleq export", ["userdir", "is a directory"], None),
    (["export", "--format", "md", "-o", ""], "dleq export", ["empty output path"], None),
    # generate: --out that is no folder, cannot be made, or holds the user's files
    (["generate", "--out", "{tmp}/user.txt"], "dleq generate", ["user.txt is a file"], None),
    (["generate", "--out", "{tmp}/user.txt/sub"], "dleq generate", ["user.txt/sub", "not an existing folder"], None),
    (["generate", "--out", "{tmp}/missing/deeper"], "dleq generate", ["missing/deeper", "not an existing folder"], None),
    (["generate", "--out", "/proc/x"], "dleq generate", ["/proc/x", "cannot create"], None),
    (["generate", "--out", ""], "dleq generate", ["empty --out"], None),
    (["generate", "--out", "{tmp}/userdir"], "dleq generate", ["userdir holds files dleq did not write", "keep.txt",
                                                                "--force"], None),
    (["generate", "--out", "{tmp}/mine"], "dleq generate", ["mine holds files", "manifest.json: not JSON",
                                                             "--force"], None),
    (["generate", "--out", "{tmp}/binary_digest"], "dleq generate", ["SOURCES.sha256: not UTF-8", "--force"], None),
    (["generate", "--check", "--out", "{tmp}/nosuch"], "dleq generate", ["nosuch does not exist"], None),
    (["generate", "--check", "--out", "{tmp}/user.txt"], "dleq generate", ["user.txt is a file"], None),
    (["generate", "--check", "--out", "{tmp}/bad_digest"], "dleq generate",
     ["bad_digest/SOURCES.sha256 is not a dleq digest file", "line"], None),
    (["generate", "--check", "--out", "{tmp}/binary_digest"], "dleq generate",
     ["binary_digest/SOURCES.sha256 is not a dleq digest file", "UTF-8"], None),
    # check: generated/manifest.json missing or not a manifest, tests/references not loadable
    (["check", "sigmoid"], "dleq check", ["m_missing/manifest.json does not exist"], "m_missing"),
    (["check", "sigmoid"], "dleq check", ["m_notjson/manifest.json is not a dleq manifest", "JSON"], "m_notjson"),
    (["check", "sigmoid"], "dleq check", ["m_binary/manifest.json is not a dleq manifest", "UTF-8"], "m_binary"),
    (["check", "sigmoid"], "dleq check", ["m_array/manifest.json is not a dleq manifest"], "m_array"),
    (["check", "sigmoid"], "dleq check", ["m_short/manifest.json lists 0 equations"], "m_short"),
    (["check", "sigmoid"], "dleq check", ["m_slug/manifest.json", "equation 5 (sigmoid)"], "m_slug"),
    (["check"], "dleq check", ["m_record/manifest.json", "equation 5 (sigmoid)"], "m_record"),
    (["check", "sigmoid"], "dleq check", ["cannot load the sample inputs of tests/references"],
     ("m_good", _no_references)),
]


def _case_id(argv, prog, names, generated):
    words = " ".join(repr(a) if not a or " " in a else a for a in argv) or "(nothing)"
    if isinstance(generated, tuple):
        generated = f"{generated[0]}, {generated[1].__name__}"
    return words + (f" [{generated}]" if generated else "")


@pytest.mark.parametrize("argv, prog, names, generated", BAD_INPUTS, ids=[_case_id(*c) for c in BAD_INPUTS])
def test_every_bad_input_is_one_line_exit_2_and_changes_no_file(argv, prog, names, generated, sandbox, capsys,
                                                                 monkeypatch):
    from codegen import check, emit
    generated, patch = generated if isinstance(generated, tuple) else (generated, None)
    monkeypatch.setattr(emit, "DEFAULT_OUT", sandbox / (generated or "no_generated"))  # never the real one
    monkeypatch.setattr(emit, "render", _no_render)
    monkeypatch.setattr(check, "check_kernel", _no_kernel_check)
    if patch:
        patch(monkeypatch)
    before = _snapshot(sandbox)
    code = main([a.replace("{tmp}", str(sandbox)) for a in argv])
    out, err = capsys.readouterr()
    assert code == 2, (code, err)
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].strip(), err
    assert lines[0].startswith(f"{prog}: error: "), lines[0]
    assert all(name in lines[0] for name in names), (names, lines[0])
    assert "Traceback" not in err and out == ""
    assert _snapshot(sandbox) == before


def test_a_full_stdout_is_one_line_and_exit_2(capsys, monkeypatch):
    class Full:
        def write(self, text):
            raise OSError(28, "No space left on device")

        def flush(self):
            raise OSError(28, "No space left on device")
    monkeypatch.setattr(sys, "stdout", Full())
    assert main(["list"]) == 2
    assert capsys.readouterr().err == "dleq list: error: cannot write to standard output: No space left on device\n"


def test_dev_full_as_stdout_prints_nothing_more_at_exit():
    with open("/dev/full", "w") as full:
        out = subprocess.run([sys.executable, "-m", "codegen.cli", "list"], cwd=ROOT,
                             stdout=full, stderr=subprocess.PIPE, text=True,
                             env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 2
    assert out.stderr == "dleq list: error: cannot write to standard output: No space left on device\n"


def _fake_render(cat, workers=None):
    from codegen import emit
    files = {"EQUATIONS.md": "# equations\n", "manifest.json": '{"schema": 1, "equations": []}\n'}
    files[emit.DIGESTS] = emit.digests_file(files)
    return files


def test_generate_writes_into_a_new_empty_or_own_folder_and_with_force_only_into_a_users(sandbox, capsys,
                                                                                        monkeypatch):
    from codegen import emit
    monkeypatch.setattr(emit, "render", _fake_render)
    monkeypatch.setattr(emit, "DEFAULT_OUT", sandbox / "no_generated")
    new = sandbox / "new"
    assert main(["generate", "--out", str(new)]) == 0           # made, with its parent existing
    assert sorted(p.name for p in new.iterdir()) == ["EQUATIONS.md", "SOURCES.sha256", "manifest.json"]
    capsys.readouterr()
    assert main(["generate", "--check", "--out", str(new)]) == 0  # its digest file is read: up to date
    assert "SOURCES.sha256" in capsys.readouterr().out
    (new / "EQUATIONS.md").write_text("edited by hand\n")
    assert main(["generate", "--out", str(new)]) == 0           # its own output: rewritten without --force
    assert (new / "EQUATIONS.md").read_text() == "# equations\n"
    (sandbox / "empty").mkdir()
    assert main(["generate", "--out", str(sandbox / "empty")]) == 0
    assert main(["generate", "--out", str(sandbox / "userdir")]) == 2
    assert not (sandbox / "userdir" / "EQUATIONS.md").exists()
    assert main(["generate", "--out", str(sandbox / "userdir"), "--force"]) == 0
    assert (sandbox / "userdir" / "keep.txt").read_bytes() == b"mine\n"  # other files are never touched
    assert (sandbox / "userdir" / "EQUATIONS.md").exists()
    capsys.readouterr()


def test_generate_with_a_binary_or_folder_where_it_writes_a_file(sandbox, capsys, monkeypatch):
    from codegen import emit
    monkeypatch.setattr(emit, "render", _fake_render)
    monkeypatch.setattr(emit, "DEFAULT_OUT", sandbox / "no_generated")
    out = sandbox / "out"
    assert main(["generate", "--out", str(out)]) == 0
    (out / "EQUATIONS.md").write_bytes(b"\xff\xfe binary")
    capsys.readouterr()
    assert main(["generate", "--check", "--full", "--out", str(out)]) == 2   # compares text: one line
    err = capsys.readouterr().err
    assert err.splitlines() == [f"dleq generate: error: {out / 'EQUATIONS.md'} is not UTF-8 text, not a file "
                                "dleq wrote"]
    assert (out / "EQUATIONS.md").read_bytes() == b"\xff\xfe binary"
    assert main(["generate", "--out", str(out)]) == 0                       # dleq's folder: rewritten
    assert (out / "EQUATIONS.md").read_text() == "# equations\n"
    (out / "EQUATIONS.md").unlink()
    (out / "EQUATIONS.md").mkdir()
    (out / "EQUATIONS.md" / "mine.txt").write_text("mine\n")
    capsys.readouterr()
    assert main(["generate", "--out", str(out), "--force"]) == 2           # never removes a folder
    err = capsys.readouterr().err
    assert err.splitlines() == [f"dleq generate: error: {out / 'EQUATIONS.md'} is a folder where dleq writes "
                                "a file; move it away"]
    assert (out / "EQUATIONS.md" / "mine.txt").read_text() == "mine\n"
