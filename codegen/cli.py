"""The `dleq` command line. Every user error (a bad key, option or path, a file that is not in
its format) prints one line, `dleq <command>: error: <what was wrong>`, to stderr and exits 2;
nothing a user wrote is overwritten without `--force`."""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
import time
from pathlib import Path

USAGE_ERROR = 2


class CliError(Exception):
    """A user error: printed as one line, exit code 2."""


def _catalogue():
    from symbolic.catalogue import load_catalogue
    return load_catalogue()


def _lookup(cat, key):
    from symbolic.catalogue import UnknownEquation
    if not key.strip():
        raise CliError(f"empty equation key; give a number (1-{len(cat)}) or a slug (`dleq list` shows them)")
    try:
        return cat.get(key)
    except UnknownEquation as exc:
        raise CliError(str(exc)) from None


def _os_error(doing: str, exc: OSError) -> CliError:
    """`cannot write x: Permission denied` from an OSError raised on a user's path."""
    where = f" {exc.filename}" if exc.filename is not None else ""
    return CliError(f"cannot {doing}{where}: {exc.strerror or exc}")


def cmd_list(args) -> int:
    cat = _catalogue()
    rows = [(str(e.number), e.slug, e.title, e.family) for e in cat]
    if args.family is not None:
        rows = [r for r in rows if r[3] == args.family]
        if not rows:
            families = sorted({e.family for e in cat})
            raise CliError(f"unknown family {args.family!r}; families: {', '.join(families)}")
    widths = [max(len(r[i]) for r in rows + [("#", "slug", "title", "family")]) for i in range(4)]
    for r in [("#", "slug", "title", "family")] + rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    return 0


def cmd_show(args) -> int:
    from codegen.documents import markdown_entry
    eq = _lookup(_catalogue(), args.key)
    print(markdown_entry(eq), end="")
    if eq.notes:
        print(f"Note: {eq.notes}")
    return 0


def cmd_grad(args) -> int:
    from codegen.derivatives import markdown_entry
    from symbolic.derive import derive
    eq = _lookup(_catalogue(), args.key)
    derived, skipped = derive(eq)
    if args.wrt is not None:
        valid = [d.wrt.name for d in derived]
        if args.wrt not in valid:
            why = {s.var: s.reason for s in skipped}.get(args.wrt)
            if why:
                raise CliError(f"{eq.slug}: {args.wrt!r} is not differentiated ({why}); "
                               f"valid: {', '.join(valid) or 'none'}")
            raise CliError(f"{eq.slug} has no variable {args.wrt!r} to differentiate by; "
                           f"valid: {', '.join(valid) or 'none'}")
        derived = [d for d in derived if d.wrt.name == args.wrt]
    for d in derived:
        print(markdown_entry(d), end="")
    for s in skipped:
        if args.wrt is None:
            print(f"Not differentiated: {'all variables' if s.var == '*' else s.var}: {s.reason}")
    return 0


def _write_output(text: str, path: str | None, force: bool) -> None:
    if path is None or path == "-":
        sys.stdout.write(text)
        return
    if not path.strip():
        raise CliError("empty output path; give a file name, or - for standard output")
    target = Path(path)
    if target.is_dir():
        raise CliError(f"output path {path!r} is a directory; give a file name")
    try:  # "x" creates the file only if nothing (not even a dangling link) is there
        with open(target, "w" if force else "x", encoding="utf-8") as f:
            f.write(text)
    except FileExistsError:
        raise CliError(f"{path} exists; pass --force to overwrite it") from None
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror or exc}") from None
    print(f"wrote {path}", file=sys.stderr)


def cmd_export(args) -> int:
    from codegen.documents import equations_markdown, equations_tex
    from codegen.manifest import manifest_json
    cat = _catalogue()
    text = {"md": equations_markdown, "tex": equations_tex, "json": manifest_json}[args.format](cat)
    _write_output(text, args.output, args.force)
    return 0


def _utf8_text(path: Path) -> str | None:
    """The file's text, or None when it is not UTF-8 (OSError propagates)."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None


_DIGEST_LINE = re.compile(r"[0-9a-f]{64}  \S.*")


def _digest_problem(emit, out: Path) -> str | None:
    """Why ``out``'s digest file is not one `dleq generate` wrote (None when it is, or is absent)."""
    path = out / emit.DIGESTS
    if not path.exists():
        return None
    if path.is_dir():
        return "a folder, not a file"
    text = _utf8_text(path)
    if text is None:
        return "not UTF-8 text"
    lines = text.splitlines()
    header = emit.digests_file({}).splitlines()[0]
    if not lines or lines[0] != header:
        return f"its first line is not {header!r}"
    for n, line in enumerate(lines[1:], 2):
        if not _DIGEST_LINE.fullmatch(line):
            return f"line {n} is not '<sha256>  <file>'"
    return None


def _manifest_problem(path: Path) -> str | None:
    """Why ``path`` is not a manifest dleq wrote (None when it is)."""
    if not path.exists():
        return "no such file"
    if not path.is_file():
        return "not a file"
    text = _utf8_text(path)
    if text is None:
        return "not UTF-8 text"
    try:
        m = json.loads(text)
    except json.JSONDecodeError as exc:
        return f"not JSON ({exc})"
    if not isinstance(m, dict) or "schema" not in m or not isinstance(m.get("equations"), list):
        return "not a JSON object with 'schema' and an 'equations' list"
    return None


def _not_dleq_output(emit, out: Path) -> str | None:
    """Why writing into the folder ``out`` could overwrite files dleq did not write: it is not
    empty and holds neither a digest file nor a manifest of dleq's. None when it is dleq's."""
    if out.resolve() == emit.DEFAULT_OUT.resolve():
        return None  # the package folder: written only by `dleq generate`
    entries = sorted(p.name for p in out.iterdir() if p.name != "__pycache__")
    if not entries:
        return None
    digest, manifest = out / emit.DIGESTS, out / "manifest.json"
    if digest.exists() and _digest_problem(emit, out) is None or _manifest_problem(manifest) is None:
        return None
    why = (f"its manifest.json: {_manifest_problem(manifest)}" if manifest.exists()
           else f"its {emit.DIGESTS}: {_digest_problem(emit, out)}" if digest.exists()
           else f"no dleq manifest.json or {emit.DIGESTS}")
    shown = ", ".join(entries[:3]) + (", ..." if len(entries) > 3 else "")
    return f"{out} holds files dleq did not write ({shown}; {why}); pass --force to write into it"


def _out_folder(emit, args) -> Path:
    """The --out folder, checked before the (slow) render: it is, or can be made, a folder."""
    if args.out is None:
        return emit.DEFAULT_OUT
    if not args.out.strip():
        raise CliError("empty --out folder; give a folder name (default: the generated/ package)")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CliError(f"--out {args.out} is a file, not a folder")
    if not out.exists():
        if args.check:
            raise CliError(f"--out {args.out} does not exist; there is nothing to check")
        if not out.parent.is_dir():
            raise CliError(f"cannot create --out {args.out}: {out.parent} is not an existing folder")
        try:
            out.mkdir()
        except OSError as exc:
            raise _os_error("create", exc) from None
    return out


def _text_files_only(files: dict, out: Path, remove: bool) -> None:
    """Every existing file generate reads (to compare it with what it renders) is UTF-8 text. One
    that is not is a user error, or with ``remove`` (writing into dleq's folder, or --force) is
    removed so that it is rewritten."""
    for rel in files:
        path = out / rel
        if path.is_dir():
            raise CliError(f"{path} is a folder where dleq writes a file; move it away")
        if path.exists() and _utf8_text(path) is None:
            if not remove:
                raise CliError(f"{path} is not UTF-8 text, not a file dleq wrote")
            path.unlink()


def cmd_generate(args) -> int:
    from codegen import emit
    start = time.perf_counter()
    out = _out_folder(emit, args)
    try:
        if args.check:
            return _generate_check(emit, args, out)
        refuse = _not_dleq_output(emit, out)
        if refuse and not args.force:
            raise CliError(refuse)
        cat = _catalogue()
        files = emit.render(cat)
        _text_files_only(files, out, remove=True)
        changed = emit.write(files, out)
    except OSError as exc:
        raise _os_error("read" if args.check else "write", exc) from None
    families = collections.Counter(e.family for e in cat)
    kinds = collections.Counter(e.kind for e in cat)
    print(f"dleq generate: {len(cat)} equations in {len(families)} families "
          f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")
    for fam, n in families.items():
        print(f"  {fam:<24} {n:3d}")
    m = json.loads(files["manifest.json"])
    derivs = [d for e in m["equations"] for d in e["derivatives"]]
    kinds_d = collections.Counter(d["kind"] for d in derivs)
    print(f"  {len(derivs)} derivatives ({', '.join(f'{k} {v}' for k, v in sorted(kinds_d.items()))}) "
          f"for {sum(1 for e in m['equations'] if e['derivatives'])} equations; "
          f"{sum(len(e['not_differentiated']) for e in m['equations'])} variables not differentiated, with reasons")
    print(f"{len(changed)} of {len(files)} files changed in {out}: {', '.join(changed) or '-'}")
    print(f"done in {time.perf_counter() - start:.1f} s")
    return 0


def _generate_check(emit, args, out: Path) -> int:
    problem = _digest_problem(emit, out)
    if problem:
        raise CliError(f"{out / emit.DIGESTS} is not a dleq digest file: {problem}; "
                       f"run `make generate` to rewrite it")
    if not args.full and emit.fresh_by_digest(out):
        print(f"generated/ is up to date: its files and sources match {emit.DIGESTS} "
              f"(use --full to re-render and compare byte for byte)")
        return 0
    if not args.full:
        edited = emit.edited_outputs(out)
        if edited:  # sources unchanged: no need to re-render to know what is stale
            print(f"generated/ is stale: {len(edited)} file(s) differ from what `make generate` wrote "
                  f"({', '.join(edited)}); run `make generate` (--full prints a diff)", file=sys.stderr)
            return 1
    files = emit.render(_catalogue())
    _text_files_only(files, out, remove=False)
    diffs = emit.stale(files, out)
    if diffs:
        for rel, diff in diffs.items():
            sys.stdout.write(diff[:20000])
        print(f"generated/ is stale: {len(diffs)} file(s) differ ({', '.join(diffs)}); "
              f"run `make generate`", file=sys.stderr)
        return 1
    print(f"generated/ is up to date ({len(files)} files)")
    return 0


def _load_manifest(cat, path: Path) -> dict:
    """generated/manifest.json, checked to be a manifest of this catalogue (one clear line if not)."""
    if not path.exists():
        raise CliError(f"{path} does not exist; run `make generate`")
    problem = _manifest_problem(path)
    if problem:
        raise CliError(f"{path} is not a dleq manifest: {problem}; run `make generate`")
    m = json.loads(path.read_text(encoding="utf-8"))
    entries = m["equations"]
    if len(entries) != len(cat):
        raise CliError(f"{path} lists {len(entries)} equations, the catalogue {len(cat)}; run `make generate`")
    for eq, entry in zip(cat, entries):
        ok = (isinstance(entry, dict) and entry.get("number") == eq.number and entry.get("slug") == eq.slug
              and isinstance(entry.get("kernels"), list) and isinstance(entry.get("no_kernel"), list)
              and all(isinstance(k, dict) and isinstance(k.get("name"), str) and isinstance(k.get("kind"), str)
                      and str(k.get("module")).startswith("generated.") for k in entry["kernels"])
              and all(isinstance(k, dict) and isinstance(k.get("reason"), str) for k in entry["no_kernel"]))
        if not ok:
            raise CliError(f"{path} is not a manifest of this catalogue: its entry for equation "
                           f"{eq.number} ({eq.slug}) is missing or malformed; run `make generate`")
    return m


def cmd_check(args) -> int:
    """Verify the generated kernels (all, or one equation's) against the math; print a table."""
    from codegen import check, emit
    cat = _catalogue()
    equations = [_lookup(cat, args.key)] if args.key is not None else list(cat)
    try:
        manifest = _load_manifest(cat, emit.DEFAULT_OUT / "manifest.json")
    except OSError as exc:
        raise _os_error("read", exc) from None
    try:
        check.references()
    except RuntimeError as exc:
        raise CliError(str(exc)) from None
    except (ImportError, SyntaxError) as exc:  # the sample inputs are modules of tests/references
        where = f" ({exc.filename}, line {exc.lineno})" if isinstance(exc, SyntaxError) else ""
        raise CliError(f"cannot load the sample inputs of tests/references: "
                       f"{type(exc).__name__}: {exc.msg}{where}") from None
    if args.stale and (not args.accuracy or args.key is not None):
        raise CliError("--stale works with --accuracy and no KEY (it updates generated/accuracy.json)")
    if args.accuracy:
        return _check_accuracy(args, cat, equations, manifest)
    rows = []
    for eq in equations:
        records = manifest["equations"][eq.number - 1]["kernels"]
        if args.key is not None and not records:
            reasons = "; ".join(k["reason"] for k in manifest["equations"][eq.number - 1]["no_kernel"])
            raise CliError(f"equation {eq.number} ({eq.slug}) has no kernels: {reasons}")
        for rec in records:
            try:
                r = check.check_kernel(eq, rec, records)
            except Exception as exc:  # a kernel that crashes fails its row, the others still run
                r = check.KernelCheck(eq.number, eq.slug, rec["name"], rec["kind"],
                                      problems=[f"{type(exc).__name__}: {exc}"])
            rows.append(r)
            if not args.json:
                f64 = r.forward_ulps.get("float64")
                f32 = r.forward_ulps.get("float32")
                grad = "-" if r.gradient_rel is None else f"{r.gradient_rel:.1e}"
                print(f"{r.number:>3} {r.kernel:<44} {r.kind:<14} "
                      f"{'-' if f64 is None else f'{f64:.2f}':>9} {'-' if f32 is None else f'{f32:.2f}':>9} "
                      f"{r.bound_ulps:>7g} {grad:>8}  {'ok' if r.ok else 'FAIL: ' + '; '.join(r.problems)}",
                      flush=True)
    failed = [r for r in rows if not r.ok]
    if args.json:
        print(json.dumps([{"equation": r.number, "slug": r.equation, "kernel": r.kernel, "kind": r.kind,
                           "forward_ulps": r.forward_ulps, "bound_ulps": r.bound_ulps,
                           "gradient_rel": r.gradient_rel, "ok": r.ok, "problems": r.problems}
                          for r in rows], indent=2))
    else:
        print(f"{len(rows) - len(failed)} of {len(rows)} kernels pass "
              "(columns: equation, kernel, kind, float64 ulps, float32 ulps, float64 bound, "
              "finite-difference relative error, verdict)")
    return 1 if failed else 0


def _check_accuracy(args, cat, equations, manifest) -> int:
    """Measure accuracy across the domains; with no KEY, write generated/accuracy.json and
    re-render generated/ (ACCURACY.md and the manifest's accuracy fields)."""
    from codegen import accuracy, emit
    if args.key is not None and not manifest["equations"][equations[0].number - 1]["kernels"]:
        raise CliError(f"equation {equations[0].number} ({equations[0].slug}) has no kernels")

    def show(a):
        if not args.json:
            print(f"{a.number:>3} {a.kernel:<44} {a.kind:<14} {a.bound:>6g} "
                  + " ".join(f"{accuracy._fmt(a.max_ulps[d]):>9} {accuracy._fmt(a.median_ulps[d]):>7}"
                             for d in ("float64", "float32"))
                  + f"  {'ok' if a.ok else 'OVER'}", flush=True)

    keys = {eq.number for eq in equations} if args.key is not None else None
    measured = {p.name: p.read_text(encoding="utf-8") for p in emit.DEFAULT_OUT.glob("*.py")}
    target = emit.DEFAULT_OUT / accuracy.ACCURACY_JSON
    kept = []
    if args.stale:  # re-measure only the equations with a kernel whose module changed
        fresh = accuracy.current(accuracy.load(target), measured)
        keys = {e["number"] for e in manifest["equations"] for k in e["kernels"]
                if k["kind"] != "update" and k["name"] not in fresh}
        kept = [k for k in fresh.values() if k["number"] not in keys]
        if not args.json:
            print(f"{len(kept)} kernels unchanged since measured; measuring {len(keys)} equations", flush=True)
    results = accuracy.measure_all(cat, manifest, keys, workers=min(os.cpu_count() or 1, 4), progress=show)
    if args.json:
        print(json.dumps([r.as_json() for r in results], indent=1))
    over = [r for r in results if not r.ok]
    if not args.json:
        print(f"{len(results) - len(over)} of {len(results)} kernels within their bound (columns: equation, "
              "kernel, kind, float64 bound, float64 max and median ulps, float32 max and median ulps)")
    if args.key is None:
        # keyed to the kernel modules measured: a later change to one marks its kernels stale
        target.write_text(accuracy.accuracy_json(results, accuracy.module_digests(measured), kept),
                          encoding="utf-8", newline="\n")
        changed = emit.write(emit.render(cat), emit.DEFAULT_OUT)
        print(f"wrote {target} and {', '.join(changed)}", file=sys.stderr)
    return 1 if over else 0


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one clear line and exit 2, as for every user error
        if message.startswith("the following arguments are required: COMMAND"):
            message = f"no command given; commands: {', '.join(COMMANDS)} (dleq COMMAND --help)"
        self.exit(USAGE_ERROR, f"{self.prog}: error: {_one_line(message)}\n")


COMMANDS = ("list", "show", "grad", "export", "generate", "check")


def _one_line(message: str) -> str:
    return message.replace("\r", "\\r").replace("\n", "\\n")


class _StdoutError(CliError):
    """Standard output cannot be written (a full disk, a closed or failing device)."""


class _Stdout:
    """sys.stdout, whose write errors (a full disk, a closed pipe) become one-line user errors."""

    def __init__(self, stream):
        self._stream = stream

    def _guard(self, method, *args):
        try:
            return getattr(self._stream, method)(*args)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _StdoutError(f"cannot write to standard output: {exc.strerror or exc}") from None

    def write(self, text):
        return self._guard("write", text)

    def flush(self):
        return self._guard("flush")

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _silence_stdout(stream) -> None:
    """Drop what stdout still buffers (it cannot be written), so exit prints no second error."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's capture)


def cmd_bench(args) -> int:
    from codegen import bench, emit
    rounds = bench.ROUNDS if args.rounds is None else args.rounds
    if rounds < 7:
        raise CliError(f"--rounds must be at least 7 (got {rounds}): medians of fewer rounds say little")
    # the committed report is a full run's: a quick or partial run writes only where -o says
    full = not (args.quick or args.only)
    output = Path(args.output) if args.output else (emit.DEFAULT_OUT.parent / "BENCHMARKS.md" if full else None)
    if output is not None:
        if output.is_dir():
            raise CliError(f"{output} is a folder, not a file")
        if not output.parent.is_dir():
            raise CliError(f"cannot write {output}: no folder {output.parent}")
        if output.exists() and not args.force and not output.read_text(
                encoding="utf-8", errors="replace").startswith(bench.MARKER):
            raise CliError(f"{output} exists and was not written by `dleq bench`; use --force to replace it")
    say = (lambda m: print(m, file=sys.stderr)) if args.json else print
    try:
        report = bench.run(quick=args.quick, rounds=rounds, only=args.only, say=say)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    if output is not None:
        try:
            bench.write(report, output, force=True)
        except OSError as exc:
            raise CliError(f"cannot write {output}: {exc.strerror or exc}") from exc
    print(bench.as_json(report) if args.json else bench.table(report))
    if output is not None and not args.json:
        print(f"wrote {output}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="dleq", description="dleq: the equations of deep learning as SymPy objects, "
                "exported as LaTeX, derivatives and Numba kernels.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    s = sub.add_parser("list", help="table of equations: number, slug, title, family")
    s.add_argument("--family", help="only this family")
    s.set_defaults(func=cmd_list)

    s = sub.add_parser("show", help="print one equation's markdown entry")
    s.add_argument("key", help="equation number (1-100) or slug, e.g. 4 or softmax")
    s.set_defaults(func=cmd_show)

    s = sub.add_parser("grad", help="print an equation's derivatives (gradients, Jacobians, VJPs)")
    s.add_argument("key", help="equation number (1-100) or slug")
    s.add_argument("--wrt", help="only the derivative with respect to this variable (its Python name)")
    s.set_defaults(func=cmd_grad)

    s = sub.add_parser("export", help="write all equations as markdown, LaTeX or JSON")
    s.add_argument("--format", required=True, choices=("md", "tex", "json"))
    s.add_argument("-o", "--output", help="file to write (default: standard output)")
    s.add_argument("--force", action="store_true", help="overwrite an existing output file")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("generate", help="rebuild generated/ from symbolic/")
    s.add_argument("--check", action="store_true",
                   help="write nothing; exit 1 and show a diff when generated/ is stale")
    s.add_argument("--full", action="store_true",
                   help="with --check: always re-render and compare byte for byte (slow)")
    s.add_argument("--out", help="output folder (default: the generated/ package); one that holds "
                   "other files and no dleq manifest is refused without --force")
    s.add_argument("--force", action="store_true",
                   help="write into an --out folder that holds files dleq did not write")
    s.set_defaults(func=cmd_generate)

    s = sub.add_parser("check", help="verify the generated kernels against the math (ulps, finite differences)")
    s.add_argument("key", nargs="?", help="only this equation's kernels (number or slug)")
    s.add_argument("--json", action="store_true", help="print the results as JSON")
    s.add_argument("--accuracy", action="store_true",
                   help="measure max and median ulps across each input's whole domain; without KEY, "
                        "write generated/accuracy.json, ACCURACY.md and the manifest's accuracy fields")
    s.add_argument("--stale", action="store_true",
                   help="with --accuracy and no KEY: measure only the kernels whose module changed since "
                        "generated/accuracy.json was written, and keep the other measurements")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("bench", help="time the kernels against NumPy, JAX and PyTorch, and the machine's limits")
    s.add_argument("--quick", action="store_true", help="sizes about 16 times smaller; writes no "
                   "BENCHMARKS.md unless -o is given")
    s.add_argument("--json", action="store_true", help="print the report as JSON instead of the table")
    s.add_argument("--rounds", type=int, default=None, help="timed rounds per workload (at least 7; default 7)")
    s.add_argument("--only", help="only the workloads whose name contains this text; writes no BENCHMARKS.md "
                                  "unless -o is given")
    s.add_argument("-o", "--output", help="where to write the markdown report (default: BENCHMARKS.md "
                   "beside the generated/ package, for a full run)")
    s.add_argument("--force", action="store_true", help="overwrite an output file dleq bench did not write")
    s.set_defaults(func=cmd_bench)
    p.commands = sub.choices
    return p


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else [str(a) for a in argv]
    parser = build_parser()
    try:  # argparse exits (2 after its one-line error, 0 after --help): return the code instead
        if argv and argv[0].startswith("-") and argv[0] not in ("-h", "--help"):
            parser.error(f"unrecognized option {argv[0]!r}; options go after the command "
                         f"(dleq COMMAND --help)")
        args, extra = parser.parse_known_args(argv)
        if extra:
            parser.commands[args.command].error(f"unrecognized arguments: {' '.join(extra)}")
    except SystemExit as exc:
        return exc.code
    stdout = sys.stdout
    sys.stdout = _Stdout(stdout)
    try:
        code = args.func(args)
        sys.stdout.flush()
        return code
    except CliError as exc:
        print(f"dleq {args.command}: error: {_one_line(str(exc))}", file=sys.stderr)
        if isinstance(exc, _StdoutError):
            _silence_stdout(stdout)
        return USAGE_ERROR
    except BrokenPipeError:
        _silence_stdout(stdout)
        return 0
    finally:
        sys.stdout = stdout


if __name__ == "__main__":
    sys.exit(main())
