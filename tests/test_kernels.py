"""Every generated kernel, checked against the math (registry-driven: a new equation's kernels
are picked up from the manifest, and an equation without kernels must say why).

Each kernel is compared with the SymPy expression evaluated at 50 digits (error in ulps under a
bound stated per kernel in codegen/check.py), float32 and float64, output dtype = input dtype;
gradient kernels also with a fourth-order central difference of the forward kernel; batches
with a loop over calls; out= with a fresh result; fused kernels with their parts.
"""
import json

import numpy as np
import pytest

from codegen.check import check_kernel
from codegen.emit import DEFAULT_OUT
from tests.families import CATALOGUE

MANIFEST = json.loads((DEFAULT_OUT / "manifest.json").read_text())
# an equation's kernels run on one xdist worker, which derives the equation once
RECORDS = [pytest.param(e["number"], k, id=k["name"], marks=pytest.mark.xdist_group(e["slug"]))
           for e in MANIFEST["equations"] for k in e["kernels"]]
BY_NUMBER = {e["number"]: e for e in MANIFEST["equations"]}


@pytest.mark.parametrize("number,record", RECORDS)
def test_kernel_matches_the_math(number, record):
    result = check_kernel(CATALOGUE.get(number), record, BY_NUMBER[number]["kernels"])
    assert result.ok, f"{record['name']}: {result.problems}"
    assert set(result.forward_ulps) == {"float32", "float64"}
    if record["kind"] in ("grad", "jacobian", "vjp", "vjps"):
        assert result.gradient_rel is not None


def test_every_equation_and_derivative_has_a_kernel_or_a_reason():
    for e in MANIFEST["equations"]:
        names = {k["name"] for k in e["kernels"]} | {k["kernel"] for k in e["no_kernel"]}
        assert e["slug"] in names, f"#{e['number']}: no forward kernel and no reason"
        for d in e["derivatives"]:
            assert d["name"] in names, f"{d['name']}: no kernel and no reason"
    reasons = {k["reason"].split(":")[0].split(" (")[0].split(",")[0] for e in MANIFEST["equations"] for k in e["no_kernel"]}
    # only identities, abstract activations f (10, 48) and their derivatives, and NAG's Hessian
    # terms lack a kernel
    assert reasons == {"an identity", "it calls the abstract function f; compose the kernels of a concrete one instead",
                       "it needs the derivative of the abstract function f",
                       "it needs the derivative of the abstract function grad_L"}, reasons


def test_the_promised_fused_kernels_exist():
    names = {k["name"] for e in MANIFEST["equations"] for k in e["kernels"]}
    for loss in ("mse", "binary_cross_entropy", "categorical_cross_entropy", "softmax_cross_entropy",
                 "negative_log_likelihood", "hinge_loss", "knowledge_distillation"):
        assert f"{loss}_value_and_grad" in names
    for opt in ("gradient_descent", "momentum", "nesterov", "rmsprop", "adam"):
        assert f"{opt}_inplace" in names
    assert "scaled_dot_product_attention_vjps" in names


def test_polynomial_kernel_gradient_keeps_its_sign_below_zero():
    # d/dx (x.x' + c)^p = p (x.x' + c)^(p-1) x': negative for x.x' + c < 0 at even p. The derived
    # form once read p K K^(-1/p) x', and K^(1/p) = |x.x' + c| at even p flipped the sign
    import generated
    x, xp = np.array([1.0, -2.0]), np.array([0.5, 1.5])  # x.x' = -2.5
    for p in (2.0, 3.0, 4.0):
        base = float(x @ xp) + 0.5
        want = p * base ** (p - 1) * xp
        np.testing.assert_allclose(generated.polynomial_kernel_grad_x(x, xp, 0.5, p), want, rtol=1e-15)
        np.testing.assert_allclose(generated.polynomial_kernel_grad_x_prime(x, xp, 0.5, p), p * base ** (p - 1) * x,
                                   rtol=1e-15)
