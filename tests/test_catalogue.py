"""The catalogue: 100 equations in seed order, each declared once with a complete symbol table."""
import re
from pathlib import Path

import pytest
import sympy as sp

from codegen.latex import equation_latex, latex_of, where_items
from symbolic.declare import ROLES, DeclarationError, Definition, Symbols, equation, symbol_names
from tests.families import CATALOGUE, EQUATIONS, IDS

SEED = Path(__file__).with_name("data") / "seed.txt"


def seed_titles() -> dict[int, str]:
    titles = {}
    text = SEED.read_text(encoding="utf-8")
    for line in text[text.index("100 Common Equations in Deep Learning\n"):].splitlines():
        m = re.match(r"^(\d{1,3})\. (.+)$", line.strip())
        if m and 1 <= int(m.group(1)) <= 100 and int(m.group(1)) not in titles:
            titles[int(m.group(1))] = m.group(2)
    return titles


def normalise_title(t: str) -> str:
    return t.replace("\u2019", "'").replace(r"\(", "$").replace(r"\)", "$")


def test_one_hundred_equations_in_seed_order():
    assert [e.number for e in EQUATIONS] == list(range(1, 101))


def test_titles_are_the_seeds():
    titles = seed_titles()
    assert len(titles) == 100
    for e in EQUATIONS:
        assert e.title == normalise_title(titles[e.number]), f"#{e.number}"


def test_slugs_unique_and_snake_case():
    assert len({e.slug for e in EQUATIONS}) == 100
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", e.slug) for e in EQUATIONS)


def test_each_family_module_is_small():
    from symbolic.catalogue import family_modules
    for module in family_modules():
        n = len(Path(module.__file__).read_text().splitlines())
        assert n <= 420, f"{module.__name__} has {n} lines"


@pytest.mark.parametrize("eq", EQUATIONS, ids=IDS)
def test_symbol_table_complete_and_exact(eq):
    used = []
    for line in eq.lines:
        used += symbol_names(line.lhs) + symbol_names(line.rhs)
    for name in list(used):  # sizes that shape or bound an occurring variable occur too
        var = eq.table.get(name)
        if var is not None:
            for e in var.shape + var.bounds + var.origin:
                used += symbol_names(sp.sympify(e))
    assert set(used) == set(eq.table), "declared symbols must be exactly the ones that occur"
    for var in eq.variables:
        assert var.role in ROLES
        assert var.description and not var.description.endswith(".")
        assert var.latex
    for line in eq.lines:
        if line.stable is not None:
            assert set(symbol_names(line.stable)) <= set(eq.table)


@pytest.mark.parametrize("eq", EQUATIONS, ids=IDS)
def test_where_list_defines_every_symbol_once(eq):
    items = where_items(eq)
    assert len(items) == len(eq.variables)
    assert len({tex for tex, _ in items}) == len(items), "two where-items print the same symbol"


# SymPy artefacts that must never reach a document
ARTEFACTS = [
    (r"\\mathrel\{\.\.\}", "SymPy's range notation"),
    (r"_\{hat\}|_\{bar\}|_\{tilde\}", "a raw accent name as subscript"),
    (r"\\operatorname\{[^}]*_", "an underscore inside \\operatorname"),
    (r"_\{[A-Za-z]{3,}\}", "a multi-letter subscript outside \\text"),
    (r"\\text\{for\}", "SymPy's Piecewise wording"),
    (r" \\right\)\}", "SymPy's function-call braces"),
    (r"\\limits", "SymPy's integral limits"),
]


@pytest.mark.parametrize("eq", EQUATIONS, ids=IDS)
def test_latex_reads_like_the_seed(eq):
    tex, _ = equation_latex(eq)
    texts = [tex] + [t for t, _ in where_items(eq)]
    for t in texts:
        for pattern, what in ARTEFACTS:
            assert not re.search(pattern, t), f"{what} in {t}"
        for var in eq.variables:
            if "_" in var.name and len(var.name) > 2 and var.name not in var.latex:
                assert var.name not in t.replace("\\", " "), f"python name {var.name} leaked into {t}"


def test_repeated_entries_reuse_the_expression():
    rms, rms_again = CATALOGUE.get("rmsprop"), CATALOGUE.get("rmsprop_update")
    assert sp.srepr(rms.lines[-1].rhs) == sp.srepr(rms_again.lines[0].rhs)
    wce, bal = CATALOGUE.get("weighted_cross_entropy"), CATALOGUE.get("balanced_cross_entropy")
    alpha, beta = wce.table["alpha"].symbol, bal.table["beta"].symbol
    assert wce.lines[0].rhs.xreplace({alpha: beta}) == bal.lines[0].rhs


def test_loose_entries_carry_a_note():
    for key in (29, 74, 84, 91, 92, 100, 12, 13, 70, 71):
        assert CATALOGUE.get(key).notes, f"#{key} needs a note on its precise definition"


def test_identities_are_marked():
    identities = {e.number for e in EQUATIONS if e.kind == "identity"}
    assert {12, 13, 70, 71} <= identities


def test_user_declares_an_equation_with_the_public_api():
    @equation(1, "my_cube", "My Cube", family="mine")
    def my_cube(v):
        x = v.input("x", "x", "the input")
        out = v.output("c", r"c(x)", "the cube of $x$")
        return Definition(out, x ** 3)

    assert equation_latex(my_cube) == ("c(x) = x^{3}", False)
    assert [v.name for v in my_cube.variables] == ["x", "c"]


def test_undeclared_and_unused_symbols_are_errors_naming_the_equation():
    @equation(7, "bad", "Bad", family="mine")
    def bad(v):
        x = v.input("x", "x", "the input")
        v.input("unused", "u", "an unused input")
        return Definition(sp.Symbol("out"), x)

    with pytest.raises(DeclarationError, match=r"equation 7 \(bad\).*not declared"):
        bad.variables


def test_bad_declarations_are_rejected():
    v = Symbols("equation 0 (t)")
    with pytest.raises(DeclarationError, match="not a Python identifier"):
        v.input("not valid", "x", "the input")
    with pytest.raises(DeclarationError, match="lower-case phrase"):
        v.input("x", "x", "The input.")
    v.input("y", "y", "the input")
    with pytest.raises(DeclarationError, match="declared twice"):
        v.input("y", "y", "the input")


def test_latex_printer_is_strict():
    from codegen.latex import LatexError
    eq = CATALOGUE.get("sigmoid")
    with pytest.raises(LatexError, match=r"equation 5 \(sigmoid\).*'q'"):
        latex_of(eq, sp.Symbol("q"))
