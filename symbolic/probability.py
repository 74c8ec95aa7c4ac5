"""Probability: seed entries 62-63 (KL and Jensen-Shannon divergences), 64 (Bayes' rule),
65-66 (covariance, Pearson correlation), 69 (1-D Gaussian density), 70-71 (normalisation of a
discrete distribution and of a density) and 72 (exponential family)."""
from __future__ import annotations

import sympy as sp

from symbolic.declare import Definition, Definitions, Identity, Line, equation
from symbolic.domains import NONNEGATIVE, POSITIVE, SIMPLEX, interval
from symbolic.functions import finite_or, ratio, rounding_noise, times
from symbolic.linear_algebra import unit_component
from symbolic.reductions import MaxOver

FAMILY = "probability"
PROBABILITY = interval(0, 1, lo_open=True)  # (0, 1]: a conditioning event has positive probability


def _distributions(v, names=("P", "Q")):
    """n outcomes, the outcome index i and two probability vectors over them."""
    n = v.size("n", "n", "the number of possible outcomes")
    i = v.index("i", "i", "the outcome index")
    vectors = [v.input(name, name + "_{#1}", rf"the probability of outcome $i$ under the distribution "
                       rf"${name}$ (a probability vector over the $n$ outcomes)", domain=SIMPLEX, shape=(n,))
               for name in names]
    return n, i, vectors


def kl_sum(P, Q, i, n):
    """sum_i P_i log(P_i / Q_i): the KL divergence of two probability vectors."""
    return sp.Sum(P[i] * sp.log(P[i] / Q[i]), (i, 1, n))


def sample_means(v):
    """N paired samples x_i, y_i and the lines defining their means (shared by entries 65 and 66)."""
    N = v.size("N", "N", "the number of paired samples")
    i = v.index("i", "i", "the sample index")
    x = v.input("x", "x_{#1}", r"the $i$-th observation of the random variable $X$", shape=(N,))
    y = v.input("y", "y_{#1}", r"the $i$-th observation of the random variable $Y$, paired with $x_i$",
                shape=(N,))
    x_bar = v.output("x_bar", r"\bar{x}", r"the sample mean of $X$, the estimate of $E[X]$")
    y_bar = v.output("y_bar", r"\bar{y}", r"the sample mean of $Y$, the estimate of $E[Y]$")
    lines = (Line(x_bar, sp.Sum(x[i], (i, 1, N)) / N), Line(y_bar, sp.Sum(y[i], (i, 1, N)) / N))
    return N, i, x, y, x_bar, y_bar, lines


_EMPIRICAL_NOTE = ("The seed's expectations are taken over the empirical distribution of the N pairs "
                   "(population form, 1/N); the unbiased sample covariance divides by N - 1 instead.")


@equation(62, "kl_divergence", "KL Divergence", family=FAMILY,
          notes="The sum runs over the n outcomes. By convention 0 log(0/q) = 0, and the divergence is "
                "infinite when some P_i > 0 = Q_i.",
          edges={"": "Returns +inf where some P_i > 0 = Q_i; a component with P_i = 0 contributes 0, "
                     "also where Q_i = 0 (0 log(0/q) = 0).",
                 "grad_P": "Returns -inf where P_k = 0 (the slope of P log P at 0) and +inf where "
                           "P_k > 0 = Q_k.",
                 "grad_Q": "Returns -inf where P_k > 0 = Q_k; 0 where P_k = 0, also where Q_k = 0."})
def kl_divergence(v):
    n, i, (P, Q) = _distributions(v)
    d = v.output("D_KL", r"D_{\text{KL}}(P \| Q)", r"the Kullback-Leibler divergence of $Q$ from $P$ "
                 r"(in nats; nonnegative, zero only when $P = Q$)", domain=NONNEGATIVE)
    return Definition(d, kl_sum(P, Q, i, n))


@equation(63, "js_divergence", "Jensen-Shannon Divergence", family=FAMILY,
          notes="Both KL terms are written out over the n outcomes; the result lies in [0, log 2] and is "
                "finite for any P and Q since M_i > 0 wherever P_i or Q_i is.")
def js_divergence(v):
    n, i, (P, Q) = _distributions(v)
    M = v.output("M", "M_{#1}", r"the probability of outcome $i$ under the mixture $M = \frac{1}{2}(P + Q)$",
                 domain=SIMPLEX, shape=(n,))
    d = v.output("D_JS", r"D_{\text{JS}}(P \| Q)", r"the Jensen-Shannon divergence of $P$ and $Q$ "
                 r"(in nats, between $0$ and $\log 2$)", domain=NONNEGATIVE)
    def grad(a, b):  # log(a_k / M_k) / 2, and log(2) / 2 where a_k = b_k = 0: the limit along a_k
        return lambda c: sp.Piecewise((sp.log(2) / 2, sp.Eq(a[c.indices] + b[c.indices], 0)),
                                      (sp.log(ratio(2 * a[c.indices], a[c.indices] + b[c.indices])) / 2, True))
    return Definitions(Line(M[i], sp.Mul(sp.S.Half, P[i] + Q[i], evaluate=False)),
                       Line(d, kl_sum(P, M, i, n) / 2 + kl_sum(Q, M, i, n) / 2),
                       stable_grads={"P": grad(P, Q), "Q": grad(Q, P)})


@equation(64, "bayes_rule", "Bayes' Rule", family=FAMILY,
          notes="Needs P(B) > 0; the three inputs must be consistent, P(B) >= P(B|A) P(A), for the "
                "result to be a probability.")
def bayes_rule(v):
    likelihood = v.input("likelihood", r"P(B \mid A)", r"the probability of event $B$ given that event "
                          r"$A$ occurred (the likelihood)", domain=PROBABILITY)
    prior = v.input("prior", "P(A)", r"the probability of event $A$ (the prior)", domain=PROBABILITY)
    evidence = v.input("evidence", "P(B)", r"the probability of event $B$ (the evidence), at least "
                  r"$P(B \mid A)\,P(A)$", domain=PROBABILITY)
    posterior = v.output("posterior", r"P(A \mid B)", r"the probability of event $A$ given that event $B$ "
                    r"occurred (the posterior)", domain=interval(0, 1))
    return Definition(posterior, likelihood * prior / evidence)


@equation(65, "covariance", "Covariance", family=FAMILY, notes=_EMPIRICAL_NOTE)
def covariance(v):
    N, i, x, y, x_bar, y_bar, means = sample_means(v)
    cov = v.output("cov", r"\operatorname{Cov}(X, Y)", r"the covariance of $X$ and $Y$ under the "
                   r"empirical distribution of the $N$ pairs")
    return Definitions(*means, Line(cov, sp.Sum((x[i] - x_bar) * (y[i] - y_bar), (i, 1, N)) / N))


@equation(66, "pearson_correlation", "Pearson Correlation", family=FAMILY,
          notes="Cov(X, Y) / (sigma_X sigma_Y) over the N pairs, with the normalising factors (1/N or "
                "1/(N - 1), the same in all three) cancelled; undefined when either sample is constant.")
def pearson_correlation(v):
    N, i, x, y, x_bar, y_bar, means = sample_means(v)
    rho = v.output("rho", r"\rho_{X,Y}", r"the Pearson correlation coefficient of $X$ and $Y$, in $[-1, 1]$",
                   domain=interval(-1, 1))
    cross = sp.Sum((x[i] - x_bar) * (y[i] - y_bar), (i, 1, N))
    spread_x = sp.sqrt(sp.Sum((x[i] - x_bar) ** 2, (i, 1, N)))
    spread_y = sp.sqrt(sp.Sum((y[i] - y_bar) ** 2, (i, 1, N)))
    # kernels: the cosine of the centred samples, each divided by its largest deviation first (the
    # products and squares overflow at samples near 1e154, the ratio does not)
    dx, dy = x[i] - x_bar, y[i] - y_bar
    mx, my = MaxOver(sp.Abs(dx), (i, 1, N)), MaxOver(sp.Abs(dy), (i, 1, N))
    ux, uy = ratio(dx, mx), ratio(dy, my)
    stable = sp.Sum(ux * uy, (i, 1, N)) / (sp.sqrt(sp.Sum(ux**2, (i, 1, N))) * sp.sqrt(sp.Sum(uy**2, (i, 1, N))))

    mean_x, mean_y = ratio(sp.Abs(x_bar), mx), ratio(sp.Abs(y_bar), my)  # |mean| / largest deviation
    p = sp.Symbol("p", integer=True)  # kernels only: the component index of the guard's maximum

    def grad(a, ma, ua, b):
        # d rho / d a_k = (b~_k/||b~|| - rho a~_k/||a~||) / ||a~|| for the centred samples a~, b~:
        # the mean's share, -1/N times the sum of that over k, is 0. Every norm is scaled as in
        # cosine similarity (entry 58)
        def diff(at):
            return unit_component(b, at, (i, 1, N)) - stable * unit_component(a, at, (i, 1, N))

        def form(component):
            # Guard: where every |diff| is below its rounding error, about eps (N + |x-bar|/max |x~|
            # + |y-bar|/||y~||), the result is all noise (nearly collinear samples; or samples
            # spanning 1e-309 to 1e290, whose centring rounds away the 1e-24 differences the
            # gradient depends on). NaN there, so the entry point recomputes it with 60 digits.
            noisy = MaxOver(sp.Abs(diff((p,))), (p, 1, N)) < rounding_noise(4 * (N + mean_x + mean_y))
            return sp.Piecewise((sp.nan, noisy),
                                (ratio(diff(component.indices), ma) / sp.sqrt(sp.Sum(ua ** 2, (i, 1, N))), True))
        return form

    return Definitions(*means, Line(rho, cross / (spread_x * spread_y), stable),
                       stable_grads={"x": grad(dx, mx, ux, dy), "y": grad(dy, my, uy, dx)})


@equation(69, "gaussian_pdf", "Gaussian Distribution (1D)", family=FAMILY)
def gaussian_pdf(v):
    x = v.input("x", "x", "the point at which the density is evaluated")
    mu = v.input("mu", r"\mu", "the mean")
    sigma = v.input("sigma", r"\sigma", r"the standard deviation (positive; $\sigma^2$ is the variance)",
                    domain=POSITIVE)
    pdf = v.output("pdf", r"\mathcal{N}(x \mid \mu, \sigma^2)", r"the density of the normal distribution "
                   r"with mean $\mu$ and variance $\sigma^2$ at $x$", domain=POSITIVE)
    # kept unevaluated: SymPy would otherwise rewrite 1/sqrt(2 pi sigma^2) as sqrt(2)/(2 sqrt(pi) sigma)
    norm = sp.Pow(sp.Mul(2, sp.pi, sigma ** 2, evaluate=False), sp.S.Half, evaluate=False)
    u = ratio(x - mu, sigma)   # rounded before it is squared: sigma^2 underflows at sigma = 1e-200
    e, root = sp.exp(-u ** 2 / 2), sp.sqrt(2 * sp.pi) * sigma
    # the derivatives divide by sigma twice, never by sigma^2 (0 at sigma = 1e-200, so 0/0 at x = mu)
    return Definition(pdf, sp.Mul(sp.Pow(norm, -1, evaluate=False),
                                  sp.exp(-(x - mu) ** 2 / (2 * sigma ** 2)), evaluate=False),
                      stable=ratio(e, root),
                      stable_grads={"x": lambda c: ratio(ratio(-u * e, sigma), root),
                                    "mu": lambda c: ratio(ratio(u * e, sigma), root),
                                    "sigma": lambda c: ratio(ratio((u ** 2 - 1) * e, sigma), root)})


@equation(70, "discrete_normalization", "Probability Integral (Discrete)", family=FAMILY,
          notes="A constraint on P rather than a computation: any probability vector satisfies it.")
def discrete_normalization(v):
    n = v.size("n", "n", "the number of possible outcomes")
    i = v.index("i", "i", "the outcome index, ranging over all possible outcomes")
    P = v.input("P", "P_{#1}", r"the probability of outcome $i$ (nonnegative)", domain=SIMPLEX, shape=(n,))
    return Identity(sp.Sum(P[i], (i, 1, n)), sp.Integer(1))


@equation(71, "continuous_normalization", "Probability Integral (Continuous)", family=FAMILY,
          notes="A constraint on p rather than a computation: any probability density satisfies it.")
def continuous_normalization(v):
    x = v.input("x", "x", "the value of the real random variable, integrated over the whole real line")
    p = v.function("p", "p", "a probability density function (nonnegative) on the real line",
                   domain=NONNEGATIVE)
    return Identity(sp.Integral(p(x), (x, -sp.oo, sp.oo)), sp.Integer(1))


@equation(72, "exponential_family", "Exponential Family (General Form)", family=FAMILY,
          notes="The inner product eta(theta)^T T(x) is written over the K natural parameters; h(x), "
                "eta_k(theta), T_k(x) and A(theta) enter as their values at the given x and theta, and "
                "the density normalises only when A is the family's log-partition function.")
def exponential_family(v):
    K = v.size("K", "K", "the number of natural parameters and sufficient statistics")
    k = v.index("k", "k", "the component index")
    h = v.input("h_x", "h(x)", "the base measure at $x$ (positive)", domain=POSITIVE)
    eta = v.input("eta", r"\eta_{#1}(\theta)", r"the $k$-th natural parameter, a known function of the "
                  r"parameters $\theta$", shape=(K,))
    T = v.input("suff_stat", "T_{#1}(x)", r"the $k$-th sufficient statistic, a known function of $x$",
                shape=(K,))
    A = v.input("A", r"A(\theta)", r"the log-partition function at $\theta$, "
                r"$\log \int h(x) \exp\left(\sum_{k=1}^{K} \eta_k(\theta) T_k(x)\right) dx$")
    p = v.output("p", r"p(x \mid \theta)", r"the probability density (or mass) of $x$ under the parameters "
                 r"$\theta$", domain=POSITIVE)
    exponent = sp.Sum(eta[k] * T[k], (k, 1, K)) - A

    def grad(other):
        # dp/d eta_l = T_l p (and dp/dT_l = eta_l p). Where p overflows the product is computed as
        # ((T_l exp(exponent / 2)) h) exp(exponent / 2), finite where the entry is (T_l = 1e-300,
        # p = 1e400), and 0 where T_l = 0 (0 times an overflowed p is NaN)
        def entry(component):
            x = other[component.indices[0]]
            half = sp.exp(exponent / 2)
            big = times(times(times(x, half), h), half)
            return finite_or(x * h * sp.exp(exponent), sp.Piecewise((0, sp.Eq(x, 0)), (big, True)))
        return entry

    return Definition(p, h * sp.exp(exponent), stable_grads={"eta": grad(T), "suff_stat": grad(eta)})


EQUATIONS = (kl_divergence, js_divergence, bayes_rule, covariance, pearson_correlation, gaussian_pdf,
             discrete_normalization, continuous_normalization, exponential_family)
