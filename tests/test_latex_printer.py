"""The LaTeX printer, rule by rule: (expression, expected string) pairs."""
import pytest
import sympy as sp

from codegen.latex import DleqLatexPrinter, LatexError
from symbolic.declare import Symbols
from symbolic.reductions import MaxOver

v = Symbols("printer test")
N = v.size("N", "N", "the number of samples")
i = v.index("i", "i", "the sample index")
j = v.index("j", "j", "the class index")
k = v.index("k", "k", "another index")
z = v.input("z", "z", "the input")
alpha = v.hyperparameter("alpha", r"\alpha", "a slope")
y = v.input("y", "y^{(#1)}", "the label", shape=(N,))
y_hat = v.input("y_hat", r"\hat{y}^{(#1)}", "the prediction", shape=(N,))
Y = v.input("Y", "y_{#2}^{(#1)}", "the label matrix", shape=(N, N))
w = v.input("w", "w", "the weights", shape=(N,))
X = v.input("X", "X", "the design matrix", shape=(N, N), matrix=True)
f = v.function("f", "f", "a function")
g = v.function("g", "g", "a function")
p = v.input("p", r"p(y^{(#1)} \mid x^{(#1)})", "a probability", shape=(N,))
L = v.output("L", r"L_{\text{MSE}}", "the loss")

CASES = [
    (sp.Sum((y[i] - y_hat[i]) ** 2, (i, 1, N)) / N,
     r"\frac{1}{N} \sum_{i=1}^{N} \left(y^{(i)} - \hat{y}^{(i)}\right)^{2}"),
    (-sp.Sum(sp.log(p[i]), (i, 1, N)), r"- \sum_{i=1}^{N} \log p(y^{(i)} \mid x^{(i)})"),
    (sp.Max(z, 0), r"\max(0, z)"),
    (sp.Piecewise((z, z >= 0), (alpha * z, True)),
     r"\begin{cases} z & \text{if } z \geq 0 \\ \alpha z & \text{otherwise} \end{cases}"),
    (1 / (1 + sp.exp(-z)), r"\frac{1}{1 + e^{- z}}"),
    (sp.log(1 + sp.exp(z)), r"\log(1 + e^{z})"),
    (y_hat[j] - y[j], r"\hat{y}^{(j)} - y^{(j)}"),
    (y_hat[j] * (sp.KroneckerDelta(j, k) - y_hat[k]), r"\hat{y}^{(j)} \left(\delta_{jk} - \hat{y}^{(k)}\right)"),
    (Y[i, j], r"y_{j}^{(i)}"),
    (w[j], r"w_{j}"),
    (sp.Sum(Y[i, j], (j, 1, N), (i, 1, N)), r"\sum_{i=1}^{N} \sum_{j=1}^{N} y_{j}^{(i)}"),
    (sp.Transpose(X) * X, r"X^\top X"),
    (sp.Derivative(f(g(z)), z), r"\frac{d}{d z} f(g(z))"),
    (sp.diff(f(g(z)), z), r"f'(g(z)) g'(z)"),
    (sp.Derivative(L, w[j]), r"\frac{\partial L_{\text{MSE}}}{\partial w_{j}}"),
    (sp.Derivative(sp.tanh(z), z), r"\frac{d}{d z} \tanh(z)"),
    (1 - sp.tanh(z) ** 2, r"1 - \tanh^{2}(z)"),
    (MaxOver(y[i], (i, 1, N)), r"\max_{1 \le i \le N} y^{(i)}"),
    (sp.Abs(alpha - z), r"\left|\alpha - z\right|"),
    (2 * i + 1, r"2 i + 1"),
]


@pytest.mark.parametrize("expr,expected", CASES, ids=[c[1][:40] for c in CASES])
def test_prints(expr, expected):
    assert DleqLatexPrinter(v.vars, "printer test").doprint(expr) == expected


def test_unknown_symbol_is_an_error():
    with pytest.raises(LatexError, match="printer test: symbol 'q'"):
        DleqLatexPrinter(v.vars, "printer test").doprint(sp.Symbol("q") + z)


def test_unsupported_construct_is_an_error():
    with pytest.raises(LatexError, match="no LaTeX rule"):
        DleqLatexPrinter(v.vars, "printer test").doprint(sp.Subs(z * f(z), z, alpha))
