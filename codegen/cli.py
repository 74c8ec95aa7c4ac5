"""The `dleq` command line. Every user error prints one line to stderr and exits 2."""
from __future__ import annotations

import argparse
import collections
import json
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
    try:
        return cat.get(key)
    except UnknownEquation as exc:
        raise CliError(str(exc)) from None


def cmd_list(args) -> int:
    cat = _catalogue()
    rows = [(str(e.number), e.slug, e.title, e.family) for e in cat]
    if args.family:
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
    target = Path(path)
    if target.is_dir():
        raise CliError(f"output path {path!r} is a directory; give a file name")
    if target.exists() and not force:
        raise CliError(f"{path} exists; pass --force to overwrite it")
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror}") from None
    print(f"wrote {path}", file=sys.stderr)


def cmd_export(args) -> int:
    from codegen.documents import equations_markdown, equations_tex
    from codegen.manifest import manifest_json
    cat = _catalogue()
    text = {"md": equations_markdown, "tex": equations_tex, "json": manifest_json}[args.format](cat)
    _write_output(text, args.output, args.force)
    return 0


def cmd_generate(args) -> int:
    from codegen import emit
    start = time.perf_counter()
    out = Path(args.out) if args.out else emit.DEFAULT_OUT
    if args.check and not args.full and emit.fresh_by_digest(out):
        print(f"generated/ is up to date: its files and sources match {emit.DIGESTS} "
              f"(use --full to re-render and compare byte for byte)")
        return 0
    if args.check and not args.full:
        edited = emit.edited_outputs(out)
        if edited:  # sources unchanged: no need to re-render to know what is stale
            print(f"generated/ is stale: {len(edited)} file(s) differ from what `make generate` wrote "
                  f"({', '.join(edited)}); run `make generate` (--full prints a diff)", file=sys.stderr)
            return 1
    cat = _catalogue()
    files = emit.render(cat)
    if args.check:
        diffs = emit.stale(files, out)
        if diffs:
            for rel, diff in diffs.items():
                sys.stdout.write(diff[:20000])
            print(f"generated/ is stale: {len(diffs)} file(s) differ ({', '.join(diffs)}); "
                  f"run `make generate`", file=sys.stderr)
            return 1
        print(f"generated/ is up to date ({len(files)} files)")
        return 0
    changed = emit.write(files, out)
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


def cmd_check(args) -> int:
    """Verify the generated kernels (all, or one equation's) against the math; print a table."""
    from codegen import check
    from codegen.emit import DEFAULT_OUT
    try:
        check.references()
    except RuntimeError as exc:
        raise CliError(str(exc)) from None
    cat = _catalogue()
    manifest = json.loads((DEFAULT_OUT / "manifest.json").read_text(encoding="utf-8"))
    equations = [_lookup(cat, args.key)] if args.key else list(cat)
    rows = []
    for eq in equations:
        records = manifest["equations"][eq.number - 1]["kernels"]
        if args.key and not records:
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


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one clear line and exit 2, as for every user error
        self.exit(USAGE_ERROR, f"dleq: error: {message}\n")


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
    s.add_argument("--out", help="output folder (default: the generated/ package)")
    s.set_defaults(func=cmd_generate)

    s = sub.add_parser("check", help="verify the generated kernels against the math (ulps, finite differences)")
    s.add_argument("key", nargs="?", help="only this equation's kernels (number or slug)")
    s.add_argument("--json", action="store_true", help="print the results as JSON")
    s.set_defaults(func=cmd_check)
    return p


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CliError as exc:
        print(f"dleq: error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
