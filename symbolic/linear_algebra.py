"""Linear algebra: seed entries 22 (normal equation), 54-61 (distances, cosine similarity, dot
product, matrix product, 2x2 determinant and inverse, Frobenius norm), 67 (PCA eigendecomposition)
and 68 (SVD), the last two as the reconstruction identities their factors satisfy."""
from __future__ import annotations

import sympy as sp

from symbolic.declare import Definition, equation
from symbolic.domains import NONNEGATIVE, interval
from symbolic.functions import ratio
from symbolic.reductions import MaxOver

FAMILY = "linear algebra"

_SCALED_NOTE = ("Kernels scale by the largest magnitude m (m sqrt(sum (t/m)^2), as hypot does), so "
                "entries near 1e200 do not overflow when squared.")


def l2_norm(term, *limits):
    """sqrt(sum of term^2 over the index ranges): the naive form the seed writes."""
    return sp.sqrt(sp.Sum(term**2, *limits))


def scaled_l2_norm(term, *limits):
    """m sqrt(sum (term/m)^2) with m = max |term|, and 0 when every term is 0; equal to l2_norm."""
    m = MaxOver(sp.Abs(term), *limits)
    return sp.Piecewise((0, sp.Eq(m, 0)), (m * sp.sqrt(sp.Sum(ratio(term, m)**2, *limits)), True))


def unit_component(term, k, *limits):
    """term(k) / ||term||, computed as (term(k)/m) / sqrt(sum (term/m)^2) with m = max |term|: no
    overflow, underflow or subnormal norm on the way (NaN for the zero vector, where it is undefined)."""
    m = MaxOver(sp.Abs(term), *limits)
    at_k = term.xreplace({lim[0]: kk for lim, kk in zip(limits, k)})
    return ratio(at_k, m) / sp.sqrt(sp.Sum(ratio(term, m)**2, *limits))


def _vector_pair(v, d):
    x = v.input("x", "x", r"the $i$-th component of the first vector $x \in \mathbb{R}^{d}$", shape=(d,))
    y = v.input("y", "y", r"the $i$-th component of the second vector $y \in \mathbb{R}^{d}$", shape=(d,))
    return x, y


def _entries_2x2(v):
    """The entries a, b, c, d of the 2x2 matrix (a b; c d)."""
    where = {"a": "row 1, column 1", "b": "row 1, column 2", "c": "row 2, column 1", "d": "row 2, column 2"}
    return tuple(v.input(n, n, f"the entry in {pos} of the $2 \\times 2$ matrix") for n, pos in where.items())


@equation(22, "normal_equation", "Normal Equation (Linear Regression)", family=FAMILY,
          notes="Requires X to have full column rank (X^T X invertible). Kernels should solve the "
                "least-squares problem by QR or lstsq rather than form the inverse, which squares the "
                "condition number.")
def normal_equation(v):
    N = v.size("N", "N", "the number of samples")
    d = v.size("d", "d", "the number of features")
    X = v.input("X", "X", r"the $N \times d$ design matrix, one sample per row, of full column rank $d$",
                shape=(N, d), matrix=True)
    y = v.input("y", "y", r"the $N \times 1$ vector of targets", shape=(N, 1), matrix=True)
    theta = v.output("theta", r"\theta", r"the $d \times 1$ vector of least-squares parameters",
                     shape=(d, 1), matrix=True)
    return Definition(theta, (X.T * X).I * X.T * y)


@equation(54, "euclidean_distance", "L2 Distance (Euclidean)", family=FAMILY, notes=_SCALED_NOTE)
def euclidean_distance(v):
    d = v.size("d", "d", "the number of dimensions")
    i = v.index("i", "i", "the component index")
    x, y = _vector_pair(v, d)
    dist = v.output("d_euclidean", r"d_{\text{Euclidean}}(x, y)", "the Euclidean distance between $x$ and $y$",
                    domain=NONNEGATIVE)
    def grad(sign):  # (x_k - y_k) / ||x - y||, scaled: accurate when the distance is subnormal
        return lambda c: sign * unit_component(x[i] - y[i], c.indices, (i, 1, d))
    return Definition(dist, l2_norm(x[i] - y[i], (i, 1, d)), stable=scaled_l2_norm(x[i] - y[i], (i, 1, d)),
                      stable_grads={"x": grad(1), "y": grad(-1)})


@equation(55, "manhattan_distance", "Manhattan Distance (L1)", family=FAMILY)
def manhattan_distance(v):
    d = v.size("d", "d", "the number of dimensions")
    i = v.index("i", "i", "the component index")
    x, y = _vector_pair(v, d)
    dist = v.output("d_manhattan", r"d_{\text{Manhattan}}(x, y)", "the Manhattan (L1) distance between $x$ and $y$",
                    domain=NONNEGATIVE)
    return Definition(dist, sp.Sum(sp.Abs(x[i] - y[i]), (i, 1, d)))


@equation(56, "cosine_similarity", "Cosine Similarity", family=FAMILY,
          notes="The seed's x . y and norms are written out as sums. Undefined when x or y is the zero vector.",
          edges={"": "Returns NaN where x or y is the zero vector (0/0: the cosine is undefined)."})
def cosine_similarity(v):
    d = v.size("d", "d", "the number of dimensions")
    i = v.index("i", "i", "the component index")
    x, y = _vector_pair(v, d)
    sim = v.output("cos_sim", r"\operatorname{sim}_{\cos}(x, y)",
                   r"the cosine of the angle between nonzero $x$ and $y$, in $[-1, 1]$", domain=interval(-1, 1))
    mx, my = MaxOver(sp.Abs(x[i]), (i, 1, d)), MaxOver(sp.Abs(y[i]), (i, 1, d))
    xs, ys = ratio(x[i], mx), ratio(y[i], my)   # 0/0 = NaN for a zero vector: undefined
    stable = sp.Sum(xs * ys, (i, 1, d)) / (sp.sqrt(sp.Sum(xs**2, (i, 1, d))) * sp.sqrt(sp.Sum(ys**2, (i, 1, d))))

    def grad(a, ma, b):  # d cos / d a_k = (b_k/||b|| - cos a_k/||a||) / ||a||, every norm scaled
        def form(c):
            diff = unit_component(b[i], c.indices, (i, 1, d)) - stable * unit_component(a[i], c.indices, (i, 1, d))
            return ratio(diff, ma) / sp.sqrt(sp.Sum(ratio(a[i], ma)**2, (i, 1, d)))  # ||a|| = ma sqrt(...)
        return form
    return Definition(sim, sp.Sum(x[i] * y[i], (i, 1, d)) / (l2_norm(x[i], (i, 1, d)) * l2_norm(y[i], (i, 1, d))),
                      stable=stable, stable_grads={"x": grad(x, mx, y), "y": grad(y, my, x)})


@equation(57, "dot_product", "Dot Product", family=FAMILY)
def dot_product(v):
    d = v.size("d", "d", "the number of dimensions")
    i = v.index("i", "i", "the component index")
    x, y = _vector_pair(v, d)
    dot = v.output("x_dot_y", r"x \cdot y", "the dot product of $x$ and $y$")
    return Definition(dot, sp.Sum(x[i] * y[i], (i, 1, d)))


@equation(58, "matmul", "Matrix Multiplication", family=FAMILY)
def matmul(v):
    m = v.size("m", "m", "the number of rows of $A$ and of $AB$")
    n = v.size("n", "n", "the number of columns of $A$ and of rows of $B$")
    p = v.size("p", "p", "the number of columns of $B$ and of $AB$")
    i = v.index("i", "i", "the row index, from $1$ to $m$")
    j = v.index("j", "j", "the column index, from $1$ to $p$")
    k = v.index("k", "k", "the summation index, from $1$ to $n$")
    A = v.input("A", "A", r"the entry in row $i$, column $k$ of the $m \times n$ matrix $A$", shape=(m, n))
    B = v.input("B", "B", r"the entry in row $k$, column $j$ of the $n \times p$ matrix $B$", shape=(n, p))
    AB = v.output("AB", "(AB)_{#1#2}", r"the entry in row $i$, column $j$ of the $m \times p$ product $AB$",
                  shape=(m, p))
    return Definition(AB[i, j], sp.Sum(A[i, k] * B[k, j], (k, 1, n)))


@equation(59, "det2x2", "Determinant of a 2×2 Matrix", family=FAMILY)
def det2x2(v):
    a, b, c, d = _entries_2x2(v)
    return Definition(sp.Determinant(sp.ImmutableMatrix([[a, b], [c, d]])), a * d - b * c)


@equation(60, "inverse2x2", "Matrix Inverse (2×2)", family=FAMILY,
          notes="Defined only when the determinant ad - bc is nonzero.")
def inverse2x2(v):
    a, b, c, d = _entries_2x2(v)
    adjugate = sp.ImmutableMatrix([[d, -b], [-c, a]])
    return Definition(sp.Inverse(sp.ImmutableMatrix([[a, b], [c, d]])),
                      sp.MatMul(1 / (a * d - b * c), adjugate, evaluate=False))


@equation(61, "frobenius_norm", "Frobenius Norm", family=FAMILY,
          notes="A is real, so |A_ij|^2 is written A_ij^2. " + _SCALED_NOTE)
def frobenius_norm(v):
    m = v.size("m", "m", "the number of rows of $A$")
    n = v.size("n", "n", "the number of columns of $A$")
    i = v.index("i", "i", "the row index")
    j = v.index("j", "j", "the column index")
    A = v.input("A", "A", r"the element in row $i$, column $j$ of the real $m \times n$ matrix $A$", shape=(m, n))
    norm = v.output("norm_F", r"\|A\|_F", "the Frobenius norm of $A$", domain=NONNEGATIVE)
    limits = ((j, 1, n), (i, 1, m))  # i outermost, as the seed writes it
    return Definition(norm, l2_norm(A[i, j], *limits), stable=scaled_l2_norm(A[i, j], *limits),
                      stable_grads={"A": lambda c: unit_component(A[i, j], c.indices[::-1], *limits)})


@equation(67, "pca_eigendecomposition", "PCA Covariance Eigen-Decomposition", family=FAMILY,
          notes="The seed's C = U Lambda U^T in index notation with the eigenvalues as a vector "
                "(Lambda = diag(lambda)). It states the reconstruction that the factors of a symmetric "
                "eigensolver (eigh) satisfy; the decomposition itself is not a closed form.")
def pca_eigendecomposition(v):
    d = v.size("d", "d", "the number of features (the order of $C$)")
    i = v.index("i", "i", "the row index")
    j = v.index("j", "j", "the column index")
    k = v.index("k", "k", "the index of the eigenpair")
    U = v.input("U", "U", r"the entry in row $i$ of the $k$-th eigenvector: $U$ is the orthogonal "
                r"$d \times d$ matrix of eigenvectors (columns), $U^\top U = I$", shape=(d, d))
    lam = v.input("lam", r"\lambda_{#1}", r"the $k$-th eigenvalue of $C$, nonnegative for a covariance "
                  r"matrix; $\Lambda = \operatorname{diag}(\lambda)$", domain=NONNEGATIVE, shape=(d,))
    C = v.output("C", "C", r"the element in row $i$, column $j$ of the symmetric $d \times d$ covariance matrix",
                 shape=(d, d))
    return Definition(C[i, j], sp.Sum(U[i, k] * lam[k] * U[j, k], (k, 1, d)))


@equation(68, "svd", "Singular Value Decomposition (SVD)", family=FAMILY,
          notes="The seed's A = U Sigma V^T as the thin SVD in index notation, with r = min(m, n) "
                "singular values as a vector (Sigma = diag(sigma)). It states the reconstruction the "
                "factors computed by an SVD routine satisfy.")
def svd(v):
    m = v.size("m", "m", "the number of rows of $A$")
    n = v.size("n", "n", "the number of columns of $A$")
    r = v.size("r", "r", r"the number of singular values, $r = \min(m, n)$")
    i = v.index("i", "i", "the row index")
    j = v.index("j", "j", "the column index")
    k = v.index("k", "k", "the index of the singular triple")
    U = v.input("U", "U", r"the entry in row $i$ of the $k$-th left singular vector: $U$ is the "
                r"$m \times r$ matrix with orthonormal columns, $U^\top U = I$", shape=(m, r))
    sigma = v.input("sigma", r"\sigma_{#1}", r"the $k$-th singular value, $\sigma_1 \ge \dots \ge \sigma_r \ge 0$; "
                    r"$\Sigma = \operatorname{diag}(\sigma)$", domain=NONNEGATIVE, shape=(r,))
    V = v.input("V", "V", r"the entry in row $j$ of the $k$-th right singular vector: $V$ is the "
                r"$n \times r$ matrix with orthonormal columns, $V^\top V = I$", shape=(n, r))
    A = v.output("A", "A", r"the element in row $i$, column $j$ of the $m \times n$ matrix $A$", shape=(m, n))
    return Definition(A[i, j], sp.Sum(U[i, k] * sigma[k] * V[j, k], (k, 1, r)))


EQUATIONS = (normal_equation, euclidean_distance, manhattan_distance, cosine_similarity, dot_product,
             matmul, det2x2, inverse2x2, frobenius_norm, pca_eigendecomposition, svd)
