"""generated/EQUATIONS.md follows the seed's six formatting rules, entry by entry."""
import re

from codegen.documents import markdown_entry
from codegen.emit import DEFAULT_OUT
from tests.families import EQUATIONS

ENTRY = re.compile(
    r"#### (?P<number>\d+)\. (?P<title>[^\n]+)\n"      # 1. name as a level-4 heading
    r"\n"
    r"(?P<math>\$[^\n]+\$)\n"                          # 2-3. the equation between dollar signs
    r"\n"
    r"where:\n"                                         # 4. a where: list
    r"\n"                                               # 5. blank lines around the list
    r"(?P<items>(?:- \$[^\n]+\$ is [^\n]+\n)+)"          # 6. variables in dollar signs
    r"\n$"
)


def test_every_entry_has_the_six_rule_shape():
    for eq in EQUATIONS:
        text = markdown_entry(eq)
        m = ENTRY.match(text)
        assert m, f"#{eq.number} is not in the seed format:\n{text}"
        assert int(m.group("number")) == eq.number
        math = m.group("math")
        if len(eq.lines) > 1:
            assert math.startswith(r"$$\begin{aligned}") and math.endswith(r"\end{aligned}$$")
        else:
            assert not math.startswith("$$")
        assert len(m.group("items").splitlines()) == len(eq.variables)


def test_generated_file_holds_the_entries_in_order():
    text = (DEFAULT_OUT / "EQUATIONS.md").read_text(encoding="utf-8")
    numbers = [int(n) for n in re.findall(r"^#### (\d+)\. ", text, flags=re.M)]
    assert numbers == list(range(1, 101))
    for eq in EQUATIONS:
        assert markdown_entry(eq) in text


def test_update_rules_use_leftarrow():
    for eq in EQUATIONS:
        if eq.kind == "update":
            assert r"\leftarrow" in markdown_entry(eq)
