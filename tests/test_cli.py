"""The dleq command line, run as a user would: exit codes, messages, no silent overwrites."""
import json
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
    assert out.stderr.strip().splitlines() == ["dleq: error: unknown equation 'softmx'; closest matches: softmax, "
                                               + out.stderr.split("softmax, ", 1)[1].strip()]
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("args", [["show", "0"], ["show", "101"], ["list", "--family", "nope"],
                                  ["export", "--format", "pdf"], ["frobnicate"], []])
def test_bad_input_is_one_line_and_exit_2(args):
    out = dleq(*args)
    assert out.returncode == 2, out
    assert "Traceback" not in out.stderr
    assert out.stderr.strip().count("\n") <= 1 or args == [], out.stderr


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


def test_generate_check_detects_stale_output(tmp_path):
    import shutil
    shutil.copytree(ROOT / "generated", tmp_path, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__"))  # fresh: test_generated checks it
    fast = dleq("generate", "--check", "--out", str(tmp_path))
    assert fast.returncode == 0 and "SOURCES.sha256" in fast.stdout
    (tmp_path / "NOTES.md").write_text("stale\n")
    out = dleq("generate", "--check", "--out", str(tmp_path))
    assert out.returncode == 1 and "NOTES.md" in out.stderr and "+stale" not in out.stdout


@pytest.mark.parametrize("sub", ["list", "show", "grad", "export", "generate"])
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
