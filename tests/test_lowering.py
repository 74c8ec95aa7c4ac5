"""Shapes of code codegen/lowering.py emits, checked on the generated cores."""
import inspect
import re

from generated import losses


def test_a_sum_whose_body_names_parts_of_its_term_is_four_partial_sums_with_a_copy_each():
    # cross-entropy's loss: sum_j y_j (z_j - max - lse), with z_j - max named (it is read again
    # for the exps). One running sum waits on each addition; four partial sums do not. Each partial
    # sum computes its own z_j - max first, so the term is rounded as the named form rounds it
    # ((z_j - max) first, then - lse), not as (-lse - max) + z_j
    src = inspect.getsource(losses._softmax_cross_entropy_value_and_grad_core)
    parts = re.findall(r"^        (_t\d+)_(\d) = (_t\d+) \+ z\[j(?: ([+-]) (\d))?\]$", src, re.M)
    assert [int(p[1]) for p in parts] == [0, 1, 2, 3], src
    name, shift = parts[0][0], parts[0][2]
    for k in range(4):
        acc = re.search(rf"^        (_t\d+)_{k} \+= y\[j(?: [+-] \d)?\]\*\(-_t\d+ \+ {name}_{k}\)$", src, re.M)
        assert acc, (k, src)
    assert re.search(rf"^        {name} = {shift} \+ z\[j - 1\]$", src, re.M)  # the remaining terms
