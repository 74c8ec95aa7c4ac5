# Generated from symbolic/probability.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Probability: Numba kernels (forward, derivatives, fused) of entries 62, 63, 64, 65, 66, 69, 70, 71, 72.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _kl_divergence_core(P, Q, out, _bad):
    P = rt.wide(P)
    Q = rt.wide(Q)
    n = P.shape[0]
    _zero = lit(P, 0.0)
    _c0 = lit(P, np.nan)
    _t0 = _zero
    _t1 = np.empty(n)
    for i in range(1, n + 1):
        _t1[i - 1] = rt.relentr(P[i - 1], Q[i - 1])
    _t0 = rt.total(_t1)
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(P) and rt.all_finite(Q):
        _t0 = _c0
    out[0] = _t0
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_kl_divergence = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(n),(n)->(),()", cache=True)(_kl_divergence_core))
_kl_divergence_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(n),(n)->(),()", target="parallel", cache=True)(_kl_divergence_core))


def kl_divergence(P, Q, out=None):
    r"""62. KL Divergence: forward kernel (layout (n),(n)->()).

    $D_{\text{KL}}(P \| Q) = \sum_{i=1}^{n} P_{i} \log\left(\frac{P_{i}}{Q_{i}}\right)$

    where:

    - $n$ is the number of possible outcomes
    - $i$ is the outcome index
    - $P_{i}$ is the probability of outcome $i$ under the distribution $P$ (a probability vector over the $n$ outcomes)
    - $Q_{i}$ is the probability of outcome $i$ under the distribution $Q$ (a probability vector over the $n$ outcomes)
    - $D_{\text{KL}}(P \| Q)$ is the Kullback-Leibler divergence of $Q$ from $P$ (in nats; nonnegative, zero only when $P = Q$)

    Returns +inf where some P_i > 0 = Q_i; a component with P_i = 0 contributes 0, also where
    Q_i = 0 (0 log(0/q) = 0).

    Arguments: P, Q; out= an optional preallocated result.
    """
    P, Q, = floats('kl_divergence', P, Q)
    rt.within('kl_divergence', 'P', P, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('kl_divergence', 'Q', Q, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_kl_divergence, _kl_divergence_core, 'kl_divergence', '(n),(n)->()', (P, Q), [], out, parallel=_kl_divergence_threads)


def _kl_divergence_grad_P_core(P, Q, out, _bad):
    P = rt.wide(P)
    Q = rt.wide(Q)
    n = P.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(P, 1.0)
    for k in range(1, n + 1):
        _t_out = rt.log(P[k - 1]/Q[k - 1]) + _one
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_kl_divergence_grad_P = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(n),(n)->(n),()", cache=True)(_kl_divergence_grad_P_core))
_kl_divergence_grad_P_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(n),(n)->(n),()", target="parallel", cache=True)(_kl_divergence_grad_P_core))


def kl_divergence_grad_P(P, Q, out=None):
    r"""62. KL Divergence: grad kernel (layout (n),(n)->(n)).

    $\frac{\partial D_{\text{KL}}(P \| Q)}{\partial P_{k}} = 1 + \log\left(\frac{P_{k}}{Q_{k}}\right)$

    where:

    - $n$ is the number of possible outcomes
    - $P_{k}$ is the probability of outcome $i$ under the distribution $P$ (a probability vector over the $n$ outcomes)
    - $Q_{k}$ is the probability of outcome $i$ under the distribution $Q$ (a probability vector over the $n$ outcomes)
    - $D_{\text{KL}}(P \| Q)$ is the Kullback-Leibler divergence of $Q$ from $P$ (in nats; nonnegative, zero only when $P = Q$)
    - $k$ is the index of the component differentiated by

    Returns -inf where P_k = 0 (the slope of P log P at 0) and +inf where P_k > 0 = Q_k.

    Arguments: P, Q; out= an optional preallocated result.
    """
    P, Q, = floats('kl_divergence_grad_P', P, Q)
    rt.within('kl_divergence_grad_P', 'P', P, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('kl_divergence_grad_P', 'Q', Q, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_kl_divergence_grad_P, _kl_divergence_grad_P_core, 'kl_divergence_grad_P', '(n),(n)->(n)', (P, Q), [], out, parallel=_kl_divergence_grad_P_threads)


def _kl_divergence_grad_Q_core(P, Q, out, _bad):
    P = rt.wide(P)
    Q = rt.wide(Q)
    n = P.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    for k in range(1, n + 1):
        _t_out = -rt.xdivy(P[k - 1], Q[k - 1])
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_kl_divergence_grad_Q = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(n),(n)->(n),()", cache=True)(_kl_divergence_grad_Q_core))
_kl_divergence_grad_Q_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(n),(n)->(n),()", target="parallel", cache=True)(_kl_divergence_grad_Q_core))


def kl_divergence_grad_Q(P, Q, out=None):
    r"""62. KL Divergence: grad kernel (layout (n),(n)->(n)).

    $\frac{\partial D_{\text{KL}}(P \| Q)}{\partial Q_{k}} = - \frac{P_{k}}{Q_{k}}$

    where:

    - $n$ is the number of possible outcomes
    - $P_{k}$ is the probability of outcome $i$ under the distribution $P$ (a probability vector over the $n$ outcomes)
    - $Q_{k}$ is the probability of outcome $i$ under the distribution $Q$ (a probability vector over the $n$ outcomes)
    - $D_{\text{KL}}(P \| Q)$ is the Kullback-Leibler divergence of $Q$ from $P$ (in nats; nonnegative, zero only when $P = Q$)
    - $k$ is the index of the component differentiated by

    Returns -inf where P_k > 0 = Q_k; 0 where P_k = 0, also where Q_k = 0.

    Arguments: P, Q; out= an optional preallocated result.
    """
    P, Q, = floats('kl_divergence_grad_Q', P, Q)
    rt.within('kl_divergence_grad_Q', 'P', P, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('kl_divergence_grad_Q', 'Q', Q, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_kl_divergence_grad_Q, _kl_divergence_grad_Q_core, 'kl_divergence_grad_Q', '(n),(n)->(n)', (P, Q), [], out, parallel=_kl_divergence_grad_Q_threads)


def _js_divergence_core(P, Q, out, _bad):
    P = rt.wide(P)
    Q = rt.wide(Q)
    n = P.shape[0]
    M = np.empty((n,), P.dtype)
    _two = lit(P, 2.0)
    _zero = lit(P, 0.0)
    _c0 = lit(P, np.nan)
    for i in range(1, n + 1):
        M[i - 1] = P[i - 1]/_two + Q[i - 1]/_two
    _t0 = _zero
    _t1 = np.empty(n)
    for i in range(1, n + 1):
        _t1[i - 1] = rt.relentr(P[i - 1], M[i - 1])
    _t0 = rt.total(_t1)
    if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(P) and rt.all_finite(Q):
        _t0 = _c0
    _t2 = _zero
    _t3 = np.empty(n)
    for i in range(1, n + 1):
        _t3[i - 1] = rt.relentr(Q[i - 1], M[i - 1])
    _t2 = rt.total(_t3)
    if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(P) and rt.all_finite(Q):
        _t2 = _c0
    out[0] = _t0/_two + _t2/_two
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_js_divergence = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(n),(n)->(),()", cache=True)(_js_divergence_core))
_js_divergence_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(n),(n)->(),()", target="parallel", cache=True)(_js_divergence_core))


def js_divergence(P, Q, out=None):
    r"""63. Jensen-Shannon Divergence: forward kernel (layout (n),(n)->()).

    $\begin{aligned} M_{i} &= \frac{P_{i} + Q_{i}}{2} \\ D_{\text{JS}}(P \| Q) &= \frac{1}{2} \sum_{i=1}^{n} P_{i} \log\left(\frac{P_{i}}{M_{i}}\right) + \frac{1}{2} \sum_{i=1}^{n} Q_{i} \log\left(\frac{Q_{i}}{M_{i}}\right) \end{aligned}$

    where:

    - $n$ is the number of possible outcomes
    - $i$ is the outcome index
    - $P_{i}$ is the probability of outcome $i$ under the distribution $P$ (a probability vector over the $n$ outcomes)
    - $Q_{i}$ is the probability of outcome $i$ under the distribution $Q$ (a probability vector over the $n$ outcomes)
    - $M_{i}$ is the probability of outcome $i$ under the mixture $M = \frac{1}{2}(P + Q)$
    - $D_{\text{JS}}(P \| Q)$ is the Jensen-Shannon divergence of $P$ and $Q$ (in nats, between $0$ and $\log 2$)

    Arguments: P, Q; out= an optional preallocated result.
    """
    P, Q, = floats('js_divergence', P, Q)
    rt.within('js_divergence', 'P', P, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('js_divergence', 'Q', Q, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_js_divergence, _js_divergence_core, 'js_divergence', '(n),(n)->()', (P, Q), [], out, parallel=_js_divergence_threads)


def _js_divergence_grad_P_core(P, Q, out, _bad):
    P = rt.wide(P)
    Q = rt.wide(Q)
    n = P.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(P, 0.0)
    _two = lit(P, 2.0)
    _c0 = lit(P, np.nan)
    for k in range(1, n + 1):
        if P[k - 1] + Q[k - 1] == _zero:
            _t0 = rt.log(_two)/_two
        elif not (P[k - 1] + Q[k - 1] == P[k - 1] + Q[k - 1]):
            _t0 = _c0
        else:
            _t1 = P[k - 1] + Q[k - 1]
            _t0 = rt.log((_two*P[k - 1]/_t1))/_two
        out_c[k - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_js_divergence_grad_P = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(n),(n)->(n),()", cache=True)(_js_divergence_grad_P_core))
_js_divergence_grad_P_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(n),(n)->(n),()", target="parallel", cache=True)(_js_divergence_grad_P_core))


def js_divergence_grad_P(P, Q, out=None):
    r"""63. Jensen-Shannon Divergence: grad kernel (layout (n),(n)->(n)).

    $\frac{\partial D_{\text{JS}}(P \| Q)}{\partial P_{k}} = \frac{\log\left(\frac{P_{k}}{M_{k}}\right)}{2}$

    where:

    - $n$ is the number of possible outcomes
    - $P_{k}$ is the probability of outcome $i$ under the distribution $P$ (a probability vector over the $n$ outcomes)
    - $M_{k}$ is the probability of outcome $i$ under the mixture $M = \frac{1}{2}(P + Q)$
    - $D_{\text{JS}}(P \| Q)$ is the Jensen-Shannon divergence of $P$ and $Q$ (in nats, between $0$ and $\log 2$)
    - $k$ is the index of the component differentiated by

    Arguments: P, Q; out= an optional preallocated result.
    """
    P, Q, = floats('js_divergence_grad_P', P, Q)
    rt.within('js_divergence_grad_P', 'P', P, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('js_divergence_grad_P', 'Q', Q, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_js_divergence_grad_P, _js_divergence_grad_P_core, 'js_divergence_grad_P', '(n),(n)->(n)', (P, Q), [], out, parallel=_js_divergence_grad_P_threads)


def _js_divergence_grad_Q_core(P, Q, out, _bad):
    P = rt.wide(P)
    Q = rt.wide(Q)
    n = P.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(P, 0.0)
    _two = lit(P, 2.0)
    _c0 = lit(P, np.nan)
    for k in range(1, n + 1):
        if P[k - 1] + Q[k - 1] == _zero:
            _t0 = rt.log(_two)/_two
        elif not (P[k - 1] + Q[k - 1] == P[k - 1] + Q[k - 1]):
            _t0 = _c0
        else:
            _t1 = P[k - 1] + Q[k - 1]
            _t0 = rt.log((_two*Q[k - 1]/_t1))/_two
        out_c[k - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_js_divergence_grad_Q = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(n),(n)->(n),()", cache=True)(_js_divergence_grad_Q_core))
_js_divergence_grad_Q_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(n),(n)->(n),()", target="parallel", cache=True)(_js_divergence_grad_Q_core))


def js_divergence_grad_Q(P, Q, out=None):
    r"""63. Jensen-Shannon Divergence: grad kernel (layout (n),(n)->(n)).

    $\frac{\partial D_{\text{JS}}(P \| Q)}{\partial Q_{k}} = \frac{\log\left(\frac{Q_{k}}{M_{k}}\right)}{2}$

    where:

    - $n$ is the number of possible outcomes
    - $Q_{k}$ is the probability of outcome $i$ under the distribution $Q$ (a probability vector over the $n$ outcomes)
    - $M_{k}$ is the probability of outcome $i$ under the mixture $M = \frac{1}{2}(P + Q)$
    - $D_{\text{JS}}(P \| Q)$ is the Jensen-Shannon divergence of $P$ and $Q$ (in nats, between $0$ and $\log 2$)
    - $k$ is the index of the component differentiated by

    Arguments: P, Q; out= an optional preallocated result.
    """
    P, Q, = floats('js_divergence_grad_Q', P, Q)
    rt.within('js_divergence_grad_Q', 'P', P, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('js_divergence_grad_Q', 'Q', Q, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_js_divergence_grad_Q, _js_divergence_grad_Q_core, 'js_divergence_grad_Q', '(n),(n)->(n)', (P, Q), [], out, parallel=_js_divergence_grad_Q_threads)


def _bayes_rule_core(likelihood, prior, evidence):
    likelihood = rt.wide(likelihood)
    prior = rt.wide(prior)
    evidence = rt.wide(evidence)
    result = likelihood*prior/evidence
    return result


_bayes_rule = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_bayes_rule_core))
_bayes_rule_element = numba.njit(**rt.INLINED)(_bayes_rule_core)


def _bayes_rule_loop(likelihood, prior, evidence, result):
    for _i in numba.prange(result.size):
        result[_i] = _bayes_rule_element(rt.at(likelihood, _i), rt.at(prior, _i), rt.at(evidence, _i))


_bayes_rule_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_bayes_rule_loop))
_bayes_rule_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_bayes_rule_loop, "_bayes_rule_loop_serial")))


def bayes_rule(likelihood, prior, evidence, out=None):
    r"""64. Bayes' Rule: forward kernel (elementwise ufunc).

    $P(A \mid B) = \frac{P(B \mid A) P(A)}{P(B)}$

    where:

    - $P(B \mid A)$ is the probability of event $B$ given that event $A$ occurred (the likelihood)
    - $P(A)$ is the probability of event $A$ (the prior)
    - $P(B)$ is the probability of event $B$ (the evidence), at least $P(B \mid A)\,P(A)$
    - $P(A \mid B)$ is the probability of event $A$ given that event $B$ occurred (the posterior)

    Arguments: likelihood, prior, evidence; out= an optional preallocated result.
    """
    likelihood, prior, evidence, = floats('bayes_rule', likelihood, prior, evidence)
    rt.within('bayes_rule', 'likelihood', likelihood, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('bayes_rule', 'prior', prior, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('bayes_rule', 'evidence', evidence, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_ufunc(_bayes_rule, 'bayes_rule', (likelihood, prior, evidence), out, _bayes_rule_flat, _bayes_rule_serial)


def _bayes_rule_grad_likelihood_core(likelihood, prior, evidence):
    likelihood = rt.wide(likelihood)
    prior = rt.wide(prior)
    evidence = rt.wide(evidence)
    result = prior/evidence
    return result


_bayes_rule_grad_likelihood = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_bayes_rule_grad_likelihood_core))
_bayes_rule_grad_likelihood_element = numba.njit(**rt.INLINED)(_bayes_rule_grad_likelihood_core)


def _bayes_rule_grad_likelihood_loop(likelihood, prior, evidence, result):
    for _i in numba.prange(result.size):
        result[_i] = _bayes_rule_grad_likelihood_element(rt.at(likelihood, _i), rt.at(prior, _i), rt.at(evidence, _i))


_bayes_rule_grad_likelihood_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_bayes_rule_grad_likelihood_loop))
_bayes_rule_grad_likelihood_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_bayes_rule_grad_likelihood_loop, "_bayes_rule_grad_likelihood_loop_serial")))


def bayes_rule_grad_likelihood(likelihood, prior, evidence, out=None):
    r"""64. Bayes' Rule: grad kernel (elementwise ufunc).

    $\frac{\partial P(A \mid B)}{\partial P(B \mid A)} = \frac{P(A)}{P(B)}$

    where:

    - $P(B \mid A)$ is the probability of event $B$ given that event $A$ occurred (the likelihood)
    - $P(A)$ is the probability of event $A$ (the prior)
    - $P(B)$ is the probability of event $B$ (the evidence), at least $P(B \mid A)\,P(A)$
    - $P(A \mid B)$ is the probability of event $A$ given that event $B$ occurred (the posterior)

    Arguments: likelihood, prior, evidence; out= an optional preallocated result.
    """
    likelihood, prior, evidence, = floats('bayes_rule_grad_likelihood', likelihood, prior, evidence)
    rt.within('bayes_rule_grad_likelihood', 'likelihood', likelihood, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('bayes_rule_grad_likelihood', 'prior', prior, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('bayes_rule_grad_likelihood', 'evidence', evidence, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_ufunc(_bayes_rule_grad_likelihood, 'bayes_rule_grad_likelihood', (likelihood, prior, evidence), out, _bayes_rule_grad_likelihood_flat, _bayes_rule_grad_likelihood_serial)


def _bayes_rule_grad_prior_core(likelihood, prior, evidence):
    likelihood = rt.wide(likelihood)
    prior = rt.wide(prior)
    evidence = rt.wide(evidence)
    result = likelihood/evidence
    return result


_bayes_rule_grad_prior = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_bayes_rule_grad_prior_core))
_bayes_rule_grad_prior_element = numba.njit(**rt.INLINED)(_bayes_rule_grad_prior_core)


def _bayes_rule_grad_prior_loop(likelihood, prior, evidence, result):
    for _i in numba.prange(result.size):
        result[_i] = _bayes_rule_grad_prior_element(rt.at(likelihood, _i), rt.at(prior, _i), rt.at(evidence, _i))


_bayes_rule_grad_prior_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_bayes_rule_grad_prior_loop))
_bayes_rule_grad_prior_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_bayes_rule_grad_prior_loop, "_bayes_rule_grad_prior_loop_serial")))


def bayes_rule_grad_prior(likelihood, prior, evidence, out=None):
    r"""64. Bayes' Rule: grad kernel (elementwise ufunc).

    $\frac{\partial P(A \mid B)}{\partial P(A)} = \frac{P(B \mid A)}{P(B)}$

    where:

    - $P(B \mid A)$ is the probability of event $B$ given that event $A$ occurred (the likelihood)
    - $P(A)$ is the probability of event $A$ (the prior)
    - $P(B)$ is the probability of event $B$ (the evidence), at least $P(B \mid A)\,P(A)$
    - $P(A \mid B)$ is the probability of event $A$ given that event $B$ occurred (the posterior)

    Arguments: likelihood, prior, evidence; out= an optional preallocated result.
    """
    likelihood, prior, evidence, = floats('bayes_rule_grad_prior', likelihood, prior, evidence)
    rt.within('bayes_rule_grad_prior', 'likelihood', likelihood, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('bayes_rule_grad_prior', 'prior', prior, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('bayes_rule_grad_prior', 'evidence', evidence, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_ufunc(_bayes_rule_grad_prior, 'bayes_rule_grad_prior', (likelihood, prior, evidence), out, _bayes_rule_grad_prior_flat, _bayes_rule_grad_prior_serial)


def _bayes_rule_grad_evidence_core(likelihood, prior, evidence):
    likelihood = rt.wide(likelihood)
    prior = rt.wide(prior)
    evidence = rt.wide(evidence)
    result = -(likelihood*prior/(evidence*evidence))
    return result


_bayes_rule_grad_evidence = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_bayes_rule_grad_evidence_core))
_bayes_rule_grad_evidence_element = numba.njit(**rt.INLINED)(_bayes_rule_grad_evidence_core)


def _bayes_rule_grad_evidence_loop(likelihood, prior, evidence, result):
    for _i in numba.prange(result.size):
        result[_i] = _bayes_rule_grad_evidence_element(rt.at(likelihood, _i), rt.at(prior, _i), rt.at(evidence, _i))


_bayes_rule_grad_evidence_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_bayes_rule_grad_evidence_loop))
_bayes_rule_grad_evidence_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_bayes_rule_grad_evidence_loop, "_bayes_rule_grad_evidence_loop_serial")))


def bayes_rule_grad_evidence(likelihood, prior, evidence, out=None):
    r"""64. Bayes' Rule: grad kernel (elementwise ufunc).

    $\frac{\partial P(A \mid B)}{\partial P(B)} = - \frac{P(B \mid A) P(A)}{\left(P(B)\right)^{2}}$

    where:

    - $P(B \mid A)$ is the probability of event $B$ given that event $A$ occurred (the likelihood)
    - $P(A)$ is the probability of event $A$ (the prior)
    - $P(B)$ is the probability of event $B$ (the evidence), at least $P(B \mid A)\,P(A)$
    - $P(A \mid B)$ is the probability of event $A$ given that event $B$ occurred (the posterior)

    Arguments: likelihood, prior, evidence; out= an optional preallocated result.
    """
    likelihood, prior, evidence, = floats('bayes_rule_grad_evidence', likelihood, prior, evidence)
    rt.within('bayes_rule_grad_evidence', 'likelihood', likelihood, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('bayes_rule_grad_evidence', 'prior', prior, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('bayes_rule_grad_evidence', 'evidence', evidence, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_ufunc(_bayes_rule_grad_evidence, 'bayes_rule_grad_evidence', (likelihood, prior, evidence), out, _bayes_rule_grad_evidence_flat, _bayes_rule_grad_evidence_serial)


def _covariance_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    N = x.shape[0]
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t0 = _one/(lit(x, N))
    _t1 = _zero
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t1_0 += x[i - 1]
        _t1_1 += x[i]
        _t1_2 += x[i + 1]
        _t1_3 += x[i + 2]
    _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t1 += x[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(x) and rt.all_finite(y):
        _t1 = _c0
    x_bar = _t0*_t1
    _t2 = _zero
    _t2_0 = _t2_1 = _t2_2 = _t2_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t2_0 += y[i - 1]
        _t2_1 += y[i]
        _t2_2 += y[i + 1]
        _t2_3 += y[i + 2]
    _t2 += (_t2_0 + _t2_1) + (_t2_2 + _t2_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t2 += y[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(x) and rt.all_finite(y):
        _t2 = _c0
    y_bar = _t0*_t2
    _t3 = _zero
    _t3_0 = _t3_1 = _t3_2 = _t3_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t3_0 += (-x_bar + x[i - 1])*(-y_bar + y[i - 1])
        _t3_1 += (-x_bar + x[i])*(-y_bar + y[i])
        _t3_2 += (-x_bar + x[i + 1])*(-y_bar + y[i + 1])
        _t3_3 += (-x_bar + x[i + 2])*(-y_bar + y[i + 2])
    _t3 += (_t3_0 + _t3_1) + (_t3_2 + _t3_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t3 += (-x_bar + x[i - 1])*(-y_bar + y[i - 1])
    if rt.OVERFLOWS and not np.isfinite(_t3) and rt.all_finite(x) and rt.all_finite(y):
        _t3 = _c0
    out[0] = _t0*_t3
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_covariance = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),()", cache=True)(_covariance_core))
_covariance_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),()", target="parallel", cache=True)(_covariance_core))


def covariance(x, y, out=None):
    r"""65. Covariance: forward kernel (layout (N),(N)->()).

    $\begin{aligned} \bar{x} &= \frac{1}{N} \sum_{i=1}^{N} x_{i} \\ \bar{y} &= \frac{1}{N} \sum_{i=1}^{N} y_{i} \\ \operatorname{Cov}(X, Y) &= \frac{1}{N} \sum_{i=1}^{N} \left(x_{i} - \bar{x}\right) \left(y_{i} - \bar{y}\right) \end{aligned}$

    where:

    - $N$ is the number of paired samples
    - $i$ is the sample index
    - $x_{i}$ is the $i$-th observation of the random variable $X$
    - $y_{i}$ is the $i$-th observation of the random variable $Y$, paired with $x_i$
    - $\bar{x}$ is the sample mean of $X$, the estimate of $E[X]$
    - $\bar{y}$ is the sample mean of $Y$, the estimate of $E[Y]$
    - $\operatorname{Cov}(X, Y)$ is the covariance of $X$ and $Y$ under the empirical distribution of the $N$ pairs

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('covariance', x, y)
    return call_gufunc(_covariance, _covariance_core, 'covariance', '(N),(N)->()', (x, y), [], out, parallel=_covariance_threads)


def _covariance_grad_x_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    N = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t0 = _one/(lit(x, N))
    _t1 = _zero
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t1_0 += y[i - 1]
        _t1_1 += y[i]
        _t1_2 += y[i + 1]
        _t1_3 += y[i + 2]
    _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t1 += y[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(x) and rt.all_finite(y):
        _t1 = _c0
    y_bar = _t0*_t1
    for k in range(1, N + 1):
        _t_out = _t0*(-y_bar + y[k - 1])
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_covariance_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", cache=True)(_covariance_grad_x_core))
_covariance_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", target="parallel", cache=True)(_covariance_grad_x_core))


def covariance_grad_x(x, y, out=None):
    r"""65. Covariance: grad kernel (layout (N),(N)->(N)).

    $\frac{\partial \operatorname{Cov}(X, Y)}{\partial x_{k}} = \frac{y_{k} - \bar{y}}{N}$

    where:

    - $N$ is the number of paired samples
    - $x_{k}$ is the $i$-th observation of the random variable $X$
    - $y_{k}$ is the $i$-th observation of the random variable $Y$, paired with $x_i$
    - $\bar{y}$ is the sample mean of $Y$, the estimate of $E[Y]$
    - $\operatorname{Cov}(X, Y)$ is the covariance of $X$ and $Y$ under the empirical distribution of the $N$ pairs
    - $k$ is the index of the component differentiated by

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('covariance_grad_x', x, y)
    return call_gufunc(_covariance_grad_x, _covariance_grad_x_core, 'covariance_grad_x', '(N),(N)->(N)', (x, y), [], out, parallel=_covariance_grad_x_threads)


def _covariance_grad_y_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    N = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _nbad = 0
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _t0 = _one/(lit(x, N))
    _t1 = _zero
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t1_0 += x[i - 1]
        _t1_1 += x[i]
        _t1_2 += x[i + 1]
        _t1_3 += x[i + 2]
    _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t1 += x[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(x) and rt.all_finite(y):
        _t1 = _c0
    x_bar = _t0*_t1
    for k in range(1, N + 1):
        _t_out = _t0*(-x_bar + x[k - 1])
        out_c[k - 1] = _t_out
        _nbad += not (np.abs(_t_out) < np.inf)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = _nbad


_covariance_grad_y = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", cache=True)(_covariance_grad_y_core))
_covariance_grad_y_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", target="parallel", cache=True)(_covariance_grad_y_core))


def covariance_grad_y(x, y, out=None):
    r"""65. Covariance: grad kernel (layout (N),(N)->(N)).

    $\frac{\partial \operatorname{Cov}(X, Y)}{\partial y_{k}} = \frac{x_{k} - \bar{x}}{N}$

    where:

    - $N$ is the number of paired samples
    - $x_{k}$ is the $i$-th observation of the random variable $X$
    - $y_{k}$ is the $i$-th observation of the random variable $Y$, paired with $x_i$
    - $\bar{x}$ is the sample mean of $X$, the estimate of $E[X]$
    - $\operatorname{Cov}(X, Y)$ is the covariance of $X$ and $Y$ under the empirical distribution of the $N$ pairs
    - $k$ is the index of the component differentiated by

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('covariance_grad_y', x, y)
    return call_gufunc(_covariance_grad_y, _covariance_grad_y_core, 'covariance_grad_y', '(N),(N)->(N)', (x, y), [], out, parallel=_covariance_grad_y_threads)


def _pearson_correlation_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    N = x.shape[0]
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _c1 = lit(x, -np.inf)
    _t0 = _one/(lit(x, N))
    _t1 = _zero
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t1_0 += x[i - 1]
        _t1_1 += x[i]
        _t1_2 += x[i + 1]
        _t1_3 += x[i + 2]
    _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t1 += x[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(x) and rt.all_finite(y):
        _t1 = _c0
    x_bar = _t0*_t1
    _t2 = _zero
    _t2_0 = _t2_1 = _t2_2 = _t2_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t2_0 += y[i - 1]
        _t2_1 += y[i]
        _t2_2 += y[i + 1]
        _t2_3 += y[i + 2]
    _t2 += (_t2_0 + _t2_1) + (_t2_2 + _t2_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t2 += y[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(x) and rt.all_finite(y):
        _t2 = _c0
    y_bar = _t0*_t2
    _t3 = _zero
    _t5 = _c1
    _t5_0 = _t5_1 = _t5_2 = _t5_3 = _t5
    _t5_n0 = _t5_n1 = _t5_n2 = _t5_n3 = False
    for i in range(1, 1 + (N)//4*4, 4):
        _t6_0 = x_bar - x[i - 1]
        _t7_0 = np.abs(_t6_0)
        _t5_x = _t7_0
        _t5_0 = max(_t5_0, _t5_x)
        _t5_n0 |= _t5_x != _t5_x
        _t6_1 = x_bar - x[i]
        _t7_1 = np.abs(_t6_1)
        _t5_x = _t7_1
        _t5_1 = max(_t5_1, _t5_x)
        _t5_n1 |= _t5_x != _t5_x
        _t6_2 = x_bar - x[i + 1]
        _t7_2 = np.abs(_t6_2)
        _t5_x = _t7_2
        _t5_2 = max(_t5_2, _t5_x)
        _t5_n2 |= _t5_x != _t5_x
        _t6_3 = x_bar - x[i + 2]
        _t7_3 = np.abs(_t6_3)
        _t5_x = _t7_3
        _t5_3 = max(_t5_3, _t5_x)
        _t5_n3 |= _t5_x != _t5_x
    if _t5_n0 | _t5_n1 | _t5_n2 | _t5_n3:
        for i in range(1, 1 + (N)//4*4):
            _t6 = x_bar - x[i - 1]
            _t7 = np.abs(_t6)
            _t5 = np.maximum(_t5, _t7)
    else:
        _t5 = np.maximum(_t5, np.maximum(np.maximum(_t5_0, _t5_1), np.maximum(_t5_2, _t5_3)))
    for i in range(1 + (N)//4*4, N + 1):
        _t6 = x_bar - x[i - 1]
        _t7 = np.abs(_t6)
        _t5 = np.maximum(_t5, _t7)
    _t3_0 = _t3_1 = _t3_2 = _t3_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t4_0 = -x_bar + x[i - 1]
        _t8_0 = (_t4_0/_t5)
        _t3_0 += (_t8_0*_t8_0)
        _t4_1 = -x_bar + x[i]
        _t8_1 = (_t4_1/_t5)
        _t3_1 += (_t8_1*_t8_1)
        _t4_2 = -x_bar + x[i + 1]
        _t8_2 = (_t4_2/_t5)
        _t3_2 += (_t8_2*_t8_2)
        _t4_3 = -x_bar + x[i + 2]
        _t8_3 = (_t4_3/_t5)
        _t3_3 += (_t8_3*_t8_3)
    _t3 += (_t3_0 + _t3_1) + (_t3_2 + _t3_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t4 = -x_bar + x[i - 1]
        _t8 = (_t4/_t5)
        _t3 += (_t8*_t8)
    if rt.OVERFLOWS and not np.isfinite(_t3) and rt.all_finite(x) and rt.all_finite(y):
        _t3 = _c0
    _t9 = _zero
    _t11 = _c1
    _t11_0 = _t11_1 = _t11_2 = _t11_3 = _t11
    _t11_n0 = _t11_n1 = _t11_n2 = _t11_n3 = False
    for i in range(1, 1 + (N)//4*4, 4):
        _t12_0 = y_bar - y[i - 1]
        _t13_0 = np.abs(_t12_0)
        _t11_x = _t13_0
        _t11_0 = max(_t11_0, _t11_x)
        _t11_n0 |= _t11_x != _t11_x
        _t12_1 = y_bar - y[i]
        _t13_1 = np.abs(_t12_1)
        _t11_x = _t13_1
        _t11_1 = max(_t11_1, _t11_x)
        _t11_n1 |= _t11_x != _t11_x
        _t12_2 = y_bar - y[i + 1]
        _t13_2 = np.abs(_t12_2)
        _t11_x = _t13_2
        _t11_2 = max(_t11_2, _t11_x)
        _t11_n2 |= _t11_x != _t11_x
        _t12_3 = y_bar - y[i + 2]
        _t13_3 = np.abs(_t12_3)
        _t11_x = _t13_3
        _t11_3 = max(_t11_3, _t11_x)
        _t11_n3 |= _t11_x != _t11_x
    if _t11_n0 | _t11_n1 | _t11_n2 | _t11_n3:
        for i in range(1, 1 + (N)//4*4):
            _t12 = y_bar - y[i - 1]
            _t13 = np.abs(_t12)
            _t11 = np.maximum(_t11, _t13)
    else:
        _t11 = np.maximum(_t11, np.maximum(np.maximum(_t11_0, _t11_1), np.maximum(_t11_2, _t11_3)))
    for i in range(1 + (N)//4*4, N + 1):
        _t12 = y_bar - y[i - 1]
        _t13 = np.abs(_t12)
        _t11 = np.maximum(_t11, _t13)
    _t9_0 = _t9_1 = _t9_2 = _t9_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t10_0 = -y_bar + y[i - 1]
        _t14_0 = (_t10_0/_t11)
        _t9_0 += (_t14_0*_t14_0)
        _t10_1 = -y_bar + y[i]
        _t14_1 = (_t10_1/_t11)
        _t9_1 += (_t14_1*_t14_1)
        _t10_2 = -y_bar + y[i + 1]
        _t14_2 = (_t10_2/_t11)
        _t9_2 += (_t14_2*_t14_2)
        _t10_3 = -y_bar + y[i + 2]
        _t14_3 = (_t10_3/_t11)
        _t9_3 += (_t14_3*_t14_3)
    _t9 += (_t9_0 + _t9_1) + (_t9_2 + _t9_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t10 = -y_bar + y[i - 1]
        _t14 = (_t10/_t11)
        _t9 += (_t14*_t14)
    if rt.OVERFLOWS and not np.isfinite(_t9) and rt.all_finite(x) and rt.all_finite(y):
        _t9 = _c0
    _t15 = _zero
    _t15_0 = _t15_1 = _t15_2 = _t15_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t16_0 = -x_bar + x[i - 1]
        _t17_0 = (_t16_0/_t5)
        _t18_0 = -y_bar + y[i - 1]
        _t19_0 = (_t18_0/_t11)
        _t15_0 += _t17_0*_t19_0
        _t16_1 = -x_bar + x[i]
        _t17_1 = (_t16_1/_t5)
        _t18_1 = -y_bar + y[i]
        _t19_1 = (_t18_1/_t11)
        _t15_1 += _t17_1*_t19_1
        _t16_2 = -x_bar + x[i + 1]
        _t17_2 = (_t16_2/_t5)
        _t18_2 = -y_bar + y[i + 1]
        _t19_2 = (_t18_2/_t11)
        _t15_2 += _t17_2*_t19_2
        _t16_3 = -x_bar + x[i + 2]
        _t17_3 = (_t16_3/_t5)
        _t18_3 = -y_bar + y[i + 2]
        _t19_3 = (_t18_3/_t11)
        _t15_3 += _t17_3*_t19_3
    _t15 += (_t15_0 + _t15_1) + (_t15_2 + _t15_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t16 = -x_bar + x[i - 1]
        _t17 = (_t16/_t5)
        _t18 = -y_bar + y[i - 1]
        _t19 = (_t18/_t11)
        _t15 += _t17*_t19
    if rt.OVERFLOWS and not np.isfinite(_t15) and rt.all_finite(x) and rt.all_finite(y):
        _t15 = _c0
    out[0] = _t15/(np.sqrt(_t3)*np.sqrt(_t9))
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_pearson_correlation = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),()", cache=True)(_pearson_correlation_core))
_pearson_correlation_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(),()", target="parallel", cache=True)(_pearson_correlation_core))


def pearson_correlation(x, y, out=None):
    r"""66. Pearson Correlation: forward kernel (layout (N),(N)->()).

    $\begin{aligned} \bar{x} &= \frac{1}{N} \sum_{i=1}^{N} x_{i} \\ \bar{y} &= \frac{1}{N} \sum_{i=1}^{N} y_{i} \\ \rho_{X,Y} &= \frac{\sum_{i=1}^{N} \left(x_{i} - \bar{x}\right) \left(y_{i} - \bar{y}\right)}{\sqrt{\sum_{i=1}^{N} \left(x_{i} - \bar{x}\right)^{2}} \sqrt{\sum_{i=1}^{N} \left(y_{i} - \bar{y}\right)^{2}}} \end{aligned}$

    where:

    - $N$ is the number of paired samples
    - $i$ is the sample index
    - $x_{i}$ is the $i$-th observation of the random variable $X$
    - $y_{i}$ is the $i$-th observation of the random variable $Y$, paired with $x_i$
    - $\bar{x}$ is the sample mean of $X$, the estimate of $E[X]$
    - $\bar{y}$ is the sample mean of $Y$, the estimate of $E[Y]$
    - $\rho_{X,Y}$ is the Pearson correlation coefficient of $X$ and $Y$, in $[-1, 1]$

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('pearson_correlation', x, y)
    return call_gufunc(_pearson_correlation, _pearson_correlation_core, 'pearson_correlation', '(N),(N)->()', (x, y), [], out, parallel=_pearson_correlation_threads)


def _pearson_correlation_grad_x_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    N = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _c1 = lit(x, -np.inf)
    _c2 = lit(x, 4.0)
    _t0 = _one/(lit(x, N))
    _t1 = _zero
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t1_0 += x[i - 1]
        _t1_1 += x[i]
        _t1_2 += x[i + 1]
        _t1_3 += x[i + 2]
    _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t1 += x[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(x) and rt.all_finite(y):
        _t1 = _c0
    x_bar = _t0*_t1
    _t2 = _zero
    _t2_0 = _t2_1 = _t2_2 = _t2_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t2_0 += y[i - 1]
        _t2_1 += y[i]
        _t2_2 += y[i + 1]
        _t2_3 += y[i + 2]
    _t2 += (_t2_0 + _t2_1) + (_t2_2 + _t2_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t2 += y[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(x) and rt.all_finite(y):
        _t2 = _c0
    y_bar = _t0*_t2
    _t4 = np.abs(x_bar)
    _t5 = _c1
    _t5_0 = _t5_1 = _t5_2 = _t5_3 = _t5
    _t5_n0 = _t5_n1 = _t5_n2 = _t5_n3 = False
    for i in range(1, 1 + (N)//4*4, 4):
        _t6_0 = x_bar - x[i - 1]
        _t7_0 = np.abs(_t6_0)
        _t5_x = _t7_0
        _t5_0 = max(_t5_0, _t5_x)
        _t5_n0 |= _t5_x != _t5_x
        _t6_1 = x_bar - x[i]
        _t7_1 = np.abs(_t6_1)
        _t5_x = _t7_1
        _t5_1 = max(_t5_1, _t5_x)
        _t5_n1 |= _t5_x != _t5_x
        _t6_2 = x_bar - x[i + 1]
        _t7_2 = np.abs(_t6_2)
        _t5_x = _t7_2
        _t5_2 = max(_t5_2, _t5_x)
        _t5_n2 |= _t5_x != _t5_x
        _t6_3 = x_bar - x[i + 2]
        _t7_3 = np.abs(_t6_3)
        _t5_x = _t7_3
        _t5_3 = max(_t5_3, _t5_x)
        _t5_n3 |= _t5_x != _t5_x
    if _t5_n0 | _t5_n1 | _t5_n2 | _t5_n3:
        for i in range(1, 1 + (N)//4*4):
            _t6 = x_bar - x[i - 1]
            _t7 = np.abs(_t6)
            _t5 = np.maximum(_t5, _t7)
    else:
        _t5 = np.maximum(_t5, np.maximum(np.maximum(_t5_0, _t5_1), np.maximum(_t5_2, _t5_3)))
    for i in range(1 + (N)//4*4, N + 1):
        _t6 = x_bar - x[i - 1]
        _t7 = np.abs(_t6)
        _t5 = np.maximum(_t5, _t7)
    _t8 = (_t4/_t5)
    _t9 = np.abs(y_bar)
    _t10 = _c1
    _t10_0 = _t10_1 = _t10_2 = _t10_3 = _t10
    _t10_n0 = _t10_n1 = _t10_n2 = _t10_n3 = False
    for i in range(1, 1 + (N)//4*4, 4):
        _t11_0 = y_bar - y[i - 1]
        _t12_0 = np.abs(_t11_0)
        _t10_x = _t12_0
        _t10_0 = max(_t10_0, _t10_x)
        _t10_n0 |= _t10_x != _t10_x
        _t11_1 = y_bar - y[i]
        _t12_1 = np.abs(_t11_1)
        _t10_x = _t12_1
        _t10_1 = max(_t10_1, _t10_x)
        _t10_n1 |= _t10_x != _t10_x
        _t11_2 = y_bar - y[i + 1]
        _t12_2 = np.abs(_t11_2)
        _t10_x = _t12_2
        _t10_2 = max(_t10_2, _t10_x)
        _t10_n2 |= _t10_x != _t10_x
        _t11_3 = y_bar - y[i + 2]
        _t12_3 = np.abs(_t11_3)
        _t10_x = _t12_3
        _t10_3 = max(_t10_3, _t10_x)
        _t10_n3 |= _t10_x != _t10_x
    if _t10_n0 | _t10_n1 | _t10_n2 | _t10_n3:
        for i in range(1, 1 + (N)//4*4):
            _t11 = y_bar - y[i - 1]
            _t12 = np.abs(_t11)
            _t10 = np.maximum(_t10, _t12)
    else:
        _t10 = np.maximum(_t10, np.maximum(np.maximum(_t10_0, _t10_1), np.maximum(_t10_2, _t10_3)))
    for i in range(1 + (N)//4*4, N + 1):
        _t11 = y_bar - y[i - 1]
        _t12 = np.abs(_t11)
        _t10 = np.maximum(_t10, _t12)
    _t13 = (_t9/_t10)
    _t14 = rt.noise(lit(x, 4*N) + _c2*_t13 + _c2*_t8)
    _t15 = _c1
    _t16 = _zero
    _t16_0 = _t16_1 = _t16_2 = _t16_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t17_0 = -y_bar + y[i - 1]
        _t18_0 = (_t17_0/_t10)
        _t19_0 = (_t18_0*_t18_0)
        _t16_0 += _t19_0
        _t17_1 = -y_bar + y[i]
        _t18_1 = (_t17_1/_t10)
        _t19_1 = (_t18_1*_t18_1)
        _t16_1 += _t19_1
        _t17_2 = -y_bar + y[i + 1]
        _t18_2 = (_t17_2/_t10)
        _t19_2 = (_t18_2*_t18_2)
        _t16_2 += _t19_2
        _t17_3 = -y_bar + y[i + 2]
        _t18_3 = (_t17_3/_t10)
        _t19_3 = (_t18_3*_t18_3)
        _t16_3 += _t19_3
    _t16 += (_t16_0 + _t16_1) + (_t16_2 + _t16_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t17 = -y_bar + y[i - 1]
        _t18 = (_t17/_t10)
        _t19 = (_t18*_t18)
        _t16 += _t19
    if rt.OVERFLOWS and not np.isfinite(_t16) and rt.all_finite(x) and rt.all_finite(y):
        _t16 = _c0
    _t20 = _one/np.sqrt(_t16)
    _t21 = _zero
    _t21_0 = _t21_1 = _t21_2 = _t21_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t22_0 = -x_bar + x[i - 1]
        _t23_0 = (_t22_0/_t5)
        _t24_0 = (_t23_0*_t23_0)
        _t21_0 += _t24_0
        _t22_1 = -x_bar + x[i]
        _t23_1 = (_t22_1/_t5)
        _t24_1 = (_t23_1*_t23_1)
        _t21_1 += _t24_1
        _t22_2 = -x_bar + x[i + 1]
        _t23_2 = (_t22_2/_t5)
        _t24_2 = (_t23_2*_t23_2)
        _t21_2 += _t24_2
        _t22_3 = -x_bar + x[i + 2]
        _t23_3 = (_t22_3/_t5)
        _t24_3 = (_t23_3*_t23_3)
        _t21_3 += _t24_3
    _t21 += (_t21_0 + _t21_1) + (_t21_2 + _t21_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t22 = -x_bar + x[i - 1]
        _t23 = (_t22/_t5)
        _t24 = (_t23*_t23)
        _t21 += _t24
    if rt.OVERFLOWS and not np.isfinite(_t21) and rt.all_finite(x) and rt.all_finite(y):
        _t21 = _c0
    _t25 = _one/(_t21)
    _t26 = _zero
    _t26_0 = _t26_1 = _t26_2 = _t26_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t27_0 = -x_bar + x[i - 1]
        _t28_0 = (_t27_0/_t5)
        _t29_0 = -y_bar + y[i - 1]
        _t30_0 = (_t29_0/_t10)
        _t31_0 = _t28_0*_t30_0
        _t26_0 += _t31_0
        _t27_1 = -x_bar + x[i]
        _t28_1 = (_t27_1/_t5)
        _t29_1 = -y_bar + y[i]
        _t30_1 = (_t29_1/_t10)
        _t31_1 = _t28_1*_t30_1
        _t26_1 += _t31_1
        _t27_2 = -x_bar + x[i + 1]
        _t28_2 = (_t27_2/_t5)
        _t29_2 = -y_bar + y[i + 1]
        _t30_2 = (_t29_2/_t10)
        _t31_2 = _t28_2*_t30_2
        _t26_2 += _t31_2
        _t27_3 = -x_bar + x[i + 2]
        _t28_3 = (_t27_3/_t5)
        _t29_3 = -y_bar + y[i + 2]
        _t30_3 = (_t29_3/_t10)
        _t31_3 = _t28_3*_t30_3
        _t26_3 += _t31_3
    _t26 += (_t26_0 + _t26_1) + (_t26_2 + _t26_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t27 = -x_bar + x[i - 1]
        _t28 = (_t27/_t5)
        _t29 = -y_bar + y[i - 1]
        _t30 = (_t29/_t10)
        _t31 = _t28*_t30
        _t26 += _t31
    if rt.OVERFLOWS and not np.isfinite(_t26) and rt.all_finite(x) and rt.all_finite(y):
        _t26 = _c0
    _t15_0 = _t15_1 = _t15_2 = _t15_3 = _t15
    _t15_n0 = _t15_n1 = _t15_n2 = _t15_n3 = False
    for p in range(1, 1 + (N)//4*4, 4):
        _t15_x = np.abs(_t20*_t25*_t26*((-x_bar + x[p - 1])/_t5) - _t20*((-y_bar + y[p - 1])/_t10))
        _t15_0 = max(_t15_0, _t15_x)
        _t15_n0 |= _t15_x != _t15_x
        _t15_x = np.abs(_t20*_t25*_t26*((-x_bar + x[p])/_t5) - _t20*((-y_bar + y[p])/_t10))
        _t15_1 = max(_t15_1, _t15_x)
        _t15_n1 |= _t15_x != _t15_x
        _t15_x = np.abs(_t20*_t25*_t26*((-x_bar + x[p + 1])/_t5) - _t20*((-y_bar + y[p + 1])/_t10))
        _t15_2 = max(_t15_2, _t15_x)
        _t15_n2 |= _t15_x != _t15_x
        _t15_x = np.abs(_t20*_t25*_t26*((-x_bar + x[p + 2])/_t5) - _t20*((-y_bar + y[p + 2])/_t10))
        _t15_3 = max(_t15_3, _t15_x)
        _t15_n3 |= _t15_x != _t15_x
    if _t15_n0 | _t15_n1 | _t15_n2 | _t15_n3:
        for p in range(1, 1 + (N)//4*4):
            _t15 = np.maximum(_t15, np.abs(_t20*_t25*_t26*((-x_bar + x[p - 1])/_t5) - _t20*((-y_bar + y[p - 1])/_t10)))
    else:
        _t15 = np.maximum(_t15, np.maximum(np.maximum(_t15_0, _t15_1), np.maximum(_t15_2, _t15_3)))
    for p in range(1 + (N)//4*4, N + 1):
        _t15 = np.maximum(_t15, np.abs(_t20*_t25*_t26*((-x_bar + x[p - 1])/_t5) - _t20*((-y_bar + y[p - 1])/_t10)))
    for k in range(1, N + 1):
        if _t14 > _t15:
            _t3 = _c0
        elif not (_t14 == _t14 and _t15 == _t15):
            _t3 = _c0
        else:
            _t3 = ((-(_t20*_t25*_t26*((-x_bar + x[k - 1])/_t5)) + _t20*((-y_bar + y[k - 1])/_t10))/_t5)/np.sqrt(_t21)
        out_c[k - 1] = _t3
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_pearson_correlation_grad_x = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", cache=True)(_pearson_correlation_grad_x_core))
_pearson_correlation_grad_x_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", target="parallel", cache=True)(_pearson_correlation_grad_x_core))


def pearson_correlation_grad_x(x, y, out=None):
    r"""66. Pearson Correlation: grad kernel (layout (N),(N)->(N)).

    $\frac{\partial \rho_{X,Y}}{\partial x_{k}} = \frac{y_{k} - \frac{\left(x_{k} - \bar{x}\right) \left(\sum_{i=1}^{N} x_{i} y_{i} - \bar{x} \bar{y} N\right)}{\sum_{i=1}^{N} \left(x_{i} - \bar{x}\right)^{2}} - \bar{y}}{\sqrt{\sum_{i=1}^{N} \left(x_{i} - \bar{x}\right)^{2}} \sqrt{\sum_{i=1}^{N} \left(y_{i} - \bar{y}\right)^{2}}}$

    where:

    - $N$ is the number of paired samples
    - $i$ is the sample index
    - $x_{k}$ is the $i$-th observation of the random variable $X$
    - $y_{k}$ is the $i$-th observation of the random variable $Y$, paired with $x_i$
    - $\bar{x}$ is the sample mean of $X$, the estimate of $E[X]$
    - $\bar{y}$ is the sample mean of $Y$, the estimate of $E[Y]$
    - $\rho_{X,Y}$ is the Pearson correlation coefficient of $X$ and $Y$, in $[-1, 1]$
    - $k$ is the index of the component differentiated by

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('pearson_correlation_grad_x', x, y)
    return call_gufunc(_pearson_correlation_grad_x, _pearson_correlation_grad_x_core, 'pearson_correlation_grad_x', '(N),(N)->(N)', (x, y), [], out, parallel=_pearson_correlation_grad_x_threads)


def _pearson_correlation_grad_y_core(x, y, out, _bad):
    x = rt.wide(x)
    y = rt.wide(y)
    N = x.shape[0]
    out_c = np.ascontiguousarray(out)
    _one = lit(x, 1.0)
    _zero = lit(x, 0.0)
    _c0 = lit(x, np.nan)
    _c1 = lit(x, -np.inf)
    _c2 = lit(x, 4.0)
    _t0 = _one/(lit(x, N))
    _t1 = _zero
    _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t1_0 += x[i - 1]
        _t1_1 += x[i]
        _t1_2 += x[i + 1]
        _t1_3 += x[i + 2]
    _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t1 += x[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(x) and rt.all_finite(y):
        _t1 = _c0
    x_bar = _t0*_t1
    _t2 = _zero
    _t2_0 = _t2_1 = _t2_2 = _t2_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t2_0 += y[i - 1]
        _t2_1 += y[i]
        _t2_2 += y[i + 1]
        _t2_3 += y[i + 2]
    _t2 += (_t2_0 + _t2_1) + (_t2_2 + _t2_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t2 += y[i - 1]
    if rt.OVERFLOWS and not np.isfinite(_t2) and rt.all_finite(x) and rt.all_finite(y):
        _t2 = _c0
    y_bar = _t0*_t2
    _t4 = np.abs(x_bar)
    _t5 = _c1
    _t5_0 = _t5_1 = _t5_2 = _t5_3 = _t5
    _t5_n0 = _t5_n1 = _t5_n2 = _t5_n3 = False
    for i in range(1, 1 + (N)//4*4, 4):
        _t6_0 = x_bar - x[i - 1]
        _t7_0 = np.abs(_t6_0)
        _t5_x = _t7_0
        _t5_0 = max(_t5_0, _t5_x)
        _t5_n0 |= _t5_x != _t5_x
        _t6_1 = x_bar - x[i]
        _t7_1 = np.abs(_t6_1)
        _t5_x = _t7_1
        _t5_1 = max(_t5_1, _t5_x)
        _t5_n1 |= _t5_x != _t5_x
        _t6_2 = x_bar - x[i + 1]
        _t7_2 = np.abs(_t6_2)
        _t5_x = _t7_2
        _t5_2 = max(_t5_2, _t5_x)
        _t5_n2 |= _t5_x != _t5_x
        _t6_3 = x_bar - x[i + 2]
        _t7_3 = np.abs(_t6_3)
        _t5_x = _t7_3
        _t5_3 = max(_t5_3, _t5_x)
        _t5_n3 |= _t5_x != _t5_x
    if _t5_n0 | _t5_n1 | _t5_n2 | _t5_n3:
        for i in range(1, 1 + (N)//4*4):
            _t6 = x_bar - x[i - 1]
            _t7 = np.abs(_t6)
            _t5 = np.maximum(_t5, _t7)
    else:
        _t5 = np.maximum(_t5, np.maximum(np.maximum(_t5_0, _t5_1), np.maximum(_t5_2, _t5_3)))
    for i in range(1 + (N)//4*4, N + 1):
        _t6 = x_bar - x[i - 1]
        _t7 = np.abs(_t6)
        _t5 = np.maximum(_t5, _t7)
    _t8 = (_t4/_t5)
    _t9 = np.abs(y_bar)
    _t10 = _c1
    _t10_0 = _t10_1 = _t10_2 = _t10_3 = _t10
    _t10_n0 = _t10_n1 = _t10_n2 = _t10_n3 = False
    for i in range(1, 1 + (N)//4*4, 4):
        _t11_0 = y_bar - y[i - 1]
        _t12_0 = np.abs(_t11_0)
        _t10_x = _t12_0
        _t10_0 = max(_t10_0, _t10_x)
        _t10_n0 |= _t10_x != _t10_x
        _t11_1 = y_bar - y[i]
        _t12_1 = np.abs(_t11_1)
        _t10_x = _t12_1
        _t10_1 = max(_t10_1, _t10_x)
        _t10_n1 |= _t10_x != _t10_x
        _t11_2 = y_bar - y[i + 1]
        _t12_2 = np.abs(_t11_2)
        _t10_x = _t12_2
        _t10_2 = max(_t10_2, _t10_x)
        _t10_n2 |= _t10_x != _t10_x
        _t11_3 = y_bar - y[i + 2]
        _t12_3 = np.abs(_t11_3)
        _t10_x = _t12_3
        _t10_3 = max(_t10_3, _t10_x)
        _t10_n3 |= _t10_x != _t10_x
    if _t10_n0 | _t10_n1 | _t10_n2 | _t10_n3:
        for i in range(1, 1 + (N)//4*4):
            _t11 = y_bar - y[i - 1]
            _t12 = np.abs(_t11)
            _t10 = np.maximum(_t10, _t12)
    else:
        _t10 = np.maximum(_t10, np.maximum(np.maximum(_t10_0, _t10_1), np.maximum(_t10_2, _t10_3)))
    for i in range(1 + (N)//4*4, N + 1):
        _t11 = y_bar - y[i - 1]
        _t12 = np.abs(_t11)
        _t10 = np.maximum(_t10, _t12)
    _t13 = (_t9/_t10)
    _t14 = rt.noise(lit(x, 4*N) + _c2*_t13 + _c2*_t8)
    _t15 = _c1
    _t16 = _zero
    _t16_0 = _t16_1 = _t16_2 = _t16_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t17_0 = -x_bar + x[i - 1]
        _t18_0 = (_t17_0/_t5)
        _t19_0 = (_t18_0*_t18_0)
        _t16_0 += _t19_0
        _t17_1 = -x_bar + x[i]
        _t18_1 = (_t17_1/_t5)
        _t19_1 = (_t18_1*_t18_1)
        _t16_1 += _t19_1
        _t17_2 = -x_bar + x[i + 1]
        _t18_2 = (_t17_2/_t5)
        _t19_2 = (_t18_2*_t18_2)
        _t16_2 += _t19_2
        _t17_3 = -x_bar + x[i + 2]
        _t18_3 = (_t17_3/_t5)
        _t19_3 = (_t18_3*_t18_3)
        _t16_3 += _t19_3
    _t16 += (_t16_0 + _t16_1) + (_t16_2 + _t16_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t17 = -x_bar + x[i - 1]
        _t18 = (_t17/_t5)
        _t19 = (_t18*_t18)
        _t16 += _t19
    if rt.OVERFLOWS and not np.isfinite(_t16) and rt.all_finite(x) and rt.all_finite(y):
        _t16 = _c0
    _t20 = _one/np.sqrt(_t16)
    _t21 = _zero
    _t21_0 = _t21_1 = _t21_2 = _t21_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t22_0 = -y_bar + y[i - 1]
        _t23_0 = (_t22_0/_t10)
        _t24_0 = (_t23_0*_t23_0)
        _t21_0 += _t24_0
        _t22_1 = -y_bar + y[i]
        _t23_1 = (_t22_1/_t10)
        _t24_1 = (_t23_1*_t23_1)
        _t21_1 += _t24_1
        _t22_2 = -y_bar + y[i + 1]
        _t23_2 = (_t22_2/_t10)
        _t24_2 = (_t23_2*_t23_2)
        _t21_2 += _t24_2
        _t22_3 = -y_bar + y[i + 2]
        _t23_3 = (_t22_3/_t10)
        _t24_3 = (_t23_3*_t23_3)
        _t21_3 += _t24_3
    _t21 += (_t21_0 + _t21_1) + (_t21_2 + _t21_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t22 = -y_bar + y[i - 1]
        _t23 = (_t22/_t10)
        _t24 = (_t23*_t23)
        _t21 += _t24
    if rt.OVERFLOWS and not np.isfinite(_t21) and rt.all_finite(x) and rt.all_finite(y):
        _t21 = _c0
    _t25 = _one/(_t21)
    _t26 = _zero
    _t26_0 = _t26_1 = _t26_2 = _t26_3 = _zero
    for i in range(1, 1 + (N)//4*4, 4):
        _t27_0 = -x_bar + x[i - 1]
        _t28_0 = (_t27_0/_t5)
        _t29_0 = -y_bar + y[i - 1]
        _t30_0 = (_t29_0/_t10)
        _t31_0 = _t28_0*_t30_0
        _t26_0 += _t31_0
        _t27_1 = -x_bar + x[i]
        _t28_1 = (_t27_1/_t5)
        _t29_1 = -y_bar + y[i]
        _t30_1 = (_t29_1/_t10)
        _t31_1 = _t28_1*_t30_1
        _t26_1 += _t31_1
        _t27_2 = -x_bar + x[i + 1]
        _t28_2 = (_t27_2/_t5)
        _t29_2 = -y_bar + y[i + 1]
        _t30_2 = (_t29_2/_t10)
        _t31_2 = _t28_2*_t30_2
        _t26_2 += _t31_2
        _t27_3 = -x_bar + x[i + 2]
        _t28_3 = (_t27_3/_t5)
        _t29_3 = -y_bar + y[i + 2]
        _t30_3 = (_t29_3/_t10)
        _t31_3 = _t28_3*_t30_3
        _t26_3 += _t31_3
    _t26 += (_t26_0 + _t26_1) + (_t26_2 + _t26_3)
    for i in range(1 + (N)//4*4, N + 1):
        _t27 = -x_bar + x[i - 1]
        _t28 = (_t27/_t5)
        _t29 = -y_bar + y[i - 1]
        _t30 = (_t29/_t10)
        _t31 = _t28*_t30
        _t26 += _t31
    if rt.OVERFLOWS and not np.isfinite(_t26) and rt.all_finite(x) and rt.all_finite(y):
        _t26 = _c0
    _t15_0 = _t15_1 = _t15_2 = _t15_3 = _t15
    _t15_n0 = _t15_n1 = _t15_n2 = _t15_n3 = False
    for p in range(1, 1 + (N)//4*4, 4):
        _t15_x = np.abs(_t20*_t25*_t26*((-y_bar + y[p - 1])/_t10) - _t20*((-x_bar + x[p - 1])/_t5))
        _t15_0 = max(_t15_0, _t15_x)
        _t15_n0 |= _t15_x != _t15_x
        _t15_x = np.abs(_t20*_t25*_t26*((-y_bar + y[p])/_t10) - _t20*((-x_bar + x[p])/_t5))
        _t15_1 = max(_t15_1, _t15_x)
        _t15_n1 |= _t15_x != _t15_x
        _t15_x = np.abs(_t20*_t25*_t26*((-y_bar + y[p + 1])/_t10) - _t20*((-x_bar + x[p + 1])/_t5))
        _t15_2 = max(_t15_2, _t15_x)
        _t15_n2 |= _t15_x != _t15_x
        _t15_x = np.abs(_t20*_t25*_t26*((-y_bar + y[p + 2])/_t10) - _t20*((-x_bar + x[p + 2])/_t5))
        _t15_3 = max(_t15_3, _t15_x)
        _t15_n3 |= _t15_x != _t15_x
    if _t15_n0 | _t15_n1 | _t15_n2 | _t15_n3:
        for p in range(1, 1 + (N)//4*4):
            _t15 = np.maximum(_t15, np.abs(_t20*_t25*_t26*((-y_bar + y[p - 1])/_t10) - _t20*((-x_bar + x[p - 1])/_t5)))
    else:
        _t15 = np.maximum(_t15, np.maximum(np.maximum(_t15_0, _t15_1), np.maximum(_t15_2, _t15_3)))
    for p in range(1 + (N)//4*4, N + 1):
        _t15 = np.maximum(_t15, np.abs(_t20*_t25*_t26*((-y_bar + y[p - 1])/_t10) - _t20*((-x_bar + x[p - 1])/_t5)))
    for k in range(1, N + 1):
        if _t14 > _t15:
            _t3 = _c0
        elif not (_t14 == _t14 and _t15 == _t15):
            _t3 = _c0
        else:
            _t3 = ((-(_t20*_t25*_t26*((-y_bar + y[k - 1])/_t10)) + _t20*((-x_bar + x[k - 1])/_t5))/_t10)/np.sqrt(_t21)
        out_c[k - 1] = _t3
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_pearson_correlation_grad_y = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", cache=True)(_pearson_correlation_grad_y_core))
_pearson_correlation_grad_y_threads = Lazy(lambda: numba.guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(N),(N)->(N),()", target="parallel", cache=True)(_pearson_correlation_grad_y_core))


def pearson_correlation_grad_y(x, y, out=None):
    r"""66. Pearson Correlation: grad kernel (layout (N),(N)->(N)).

    $\frac{\partial \rho_{X,Y}}{\partial y_{k}} = \frac{x_{k} - \frac{\left(\sum_{i=1}^{N} x_{i} y_{i} - \bar{x} \bar{y} N\right) \left(y_{k} - \bar{y}\right)}{\sum_{i=1}^{N} \left(y_{i} - \bar{y}\right)^{2}} - \bar{x}}{\sqrt{\sum_{i=1}^{N} \left(x_{i} - \bar{x}\right)^{2}} \sqrt{\sum_{i=1}^{N} \left(y_{i} - \bar{y}\right)^{2}}}$

    where:

    - $N$ is the number of paired samples
    - $i$ is the sample index
    - $x_{k}$ is the $i$-th observation of the random variable $X$
    - $y_{k}$ is the $i$-th observation of the random variable $Y$, paired with $x_i$
    - $\bar{x}$ is the sample mean of $X$, the estimate of $E[X]$
    - $\bar{y}$ is the sample mean of $Y$, the estimate of $E[Y]$
    - $\rho_{X,Y}$ is the Pearson correlation coefficient of $X$ and $Y$, in $[-1, 1]$
    - $k$ is the index of the component differentiated by

    Arguments: x, y; out= an optional preallocated result.
    """
    x, y, = floats('pearson_correlation_grad_y', x, y)
    return call_gufunc(_pearson_correlation_grad_y, _pearson_correlation_grad_y_core, 'pearson_correlation_grad_y', '(N),(N)->(N)', (x, y), [], out, parallel=_pearson_correlation_grad_y_threads)


def _gaussian_pdf_core(x, mu, sigma):
    x = rt.wide(x)
    mu = rt.wide(mu)
    sigma = rt.wide(sigma)
    _two = lit(x, 2.0)
    _c0 = lit(x, 3.141592653589793)
    result = (rt.exp_neg(-((((-mu + x)/sigma)*((-mu + x)/sigma))/_two))/(np.sqrt(_two)*np.sqrt(_c0)*sigma))
    return result


_gaussian_pdf = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_gaussian_pdf_core))
_gaussian_pdf_element = numba.njit(**rt.INLINED)(_gaussian_pdf_core)


def _gaussian_pdf_loop(x, mu, sigma, result):
    for _i in numba.prange(result.size):
        result[_i] = _gaussian_pdf_element(rt.at(x, _i), rt.at(mu, _i), rt.at(sigma, _i))


_gaussian_pdf_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_gaussian_pdf_loop))
_gaussian_pdf_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_gaussian_pdf_loop, "_gaussian_pdf_loop_serial")))


def gaussian_pdf(x, mu, sigma, out=None):
    r"""69. Gaussian Distribution (1D): forward kernel (elementwise ufunc).

    $\mathcal{N}(x \mid \mu, \sigma^2) = \frac{\exp\left(- \frac{\left(x - \mu\right)^{2}}{2 \sigma^{2}}\right)}{\sqrt{2 \pi \sigma^{2}}}$

    where:

    - $x$ is the point at which the density is evaluated
    - $\mu$ is the mean
    - $\sigma$ is the standard deviation (positive; $\sigma^2$ is the variance)
    - $\mathcal{N}(x \mid \mu, \sigma^2)$ is the density of the normal distribution with mean $\mu$ and variance $\sigma^2$ at $x$

    Arguments: x, mu, sigma; out= an optional preallocated result.
    """
    x, mu, sigma, = floats('gaussian_pdf', x, mu, sigma)
    return call_ufunc(_gaussian_pdf, 'gaussian_pdf', (x, mu, sigma), out, _gaussian_pdf_flat, _gaussian_pdf_serial)


def _gaussian_pdf_grad_x_core(x, mu, sigma):
    x = rt.wide(x)
    mu = rt.wide(mu)
    sigma = rt.wide(sigma)
    _two = lit(x, 2.0)
    _c0 = lit(x, 3.141592653589793)
    _t0 = -mu + x
    _t1 = (_t0/sigma)
    result = (((-(_t1*rt.exp_neg(-((_t1*_t1)/_two))))/sigma)/(np.sqrt(_two)*np.sqrt(_c0)*sigma))
    return result


_gaussian_pdf_grad_x = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_gaussian_pdf_grad_x_core))
_gaussian_pdf_grad_x_element = numba.njit(**rt.INLINED)(_gaussian_pdf_grad_x_core)


def _gaussian_pdf_grad_x_loop(x, mu, sigma, result):
    for _i in numba.prange(result.size):
        result[_i] = _gaussian_pdf_grad_x_element(rt.at(x, _i), rt.at(mu, _i), rt.at(sigma, _i))


_gaussian_pdf_grad_x_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_gaussian_pdf_grad_x_loop))
_gaussian_pdf_grad_x_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_gaussian_pdf_grad_x_loop, "_gaussian_pdf_grad_x_loop_serial")))


def gaussian_pdf_grad_x(x, mu, sigma, out=None):
    r"""69. Gaussian Distribution (1D): grad kernel (elementwise ufunc).

    $\frac{\partial \mathcal{N}(x \mid \mu, \sigma^2)}{\partial x} = \frac{\mathcal{N}(x \mid \mu, \sigma^2) \left(\mu - x\right)}{\sigma^{2}}$

    where:

    - $x$ is the point at which the density is evaluated
    - $\mu$ is the mean
    - $\sigma$ is the standard deviation (positive; $\sigma^2$ is the variance)
    - $\mathcal{N}(x \mid \mu, \sigma^2)$ is the density of the normal distribution with mean $\mu$ and variance $\sigma^2$ at $x$

    Arguments: x, mu, sigma; out= an optional preallocated result.
    """
    x, mu, sigma, = floats('gaussian_pdf_grad_x', x, mu, sigma)
    return call_ufunc(_gaussian_pdf_grad_x, 'gaussian_pdf_grad_x', (x, mu, sigma), out, _gaussian_pdf_grad_x_flat, _gaussian_pdf_grad_x_serial)


def _gaussian_pdf_grad_mu_core(x, mu, sigma):
    x = rt.wide(x)
    mu = rt.wide(mu)
    sigma = rt.wide(sigma)
    _two = lit(x, 2.0)
    _c0 = lit(x, 3.141592653589793)
    _t0 = -mu + x
    _t1 = (_t0/sigma)
    result = ((_t1*rt.exp_neg(-((_t1*_t1)/_two))/sigma)/(np.sqrt(_two)*np.sqrt(_c0)*sigma))
    return result


_gaussian_pdf_grad_mu = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_gaussian_pdf_grad_mu_core))
_gaussian_pdf_grad_mu_element = numba.njit(**rt.INLINED)(_gaussian_pdf_grad_mu_core)


def _gaussian_pdf_grad_mu_loop(x, mu, sigma, result):
    for _i in numba.prange(result.size):
        result[_i] = _gaussian_pdf_grad_mu_element(rt.at(x, _i), rt.at(mu, _i), rt.at(sigma, _i))


_gaussian_pdf_grad_mu_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_gaussian_pdf_grad_mu_loop))
_gaussian_pdf_grad_mu_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_gaussian_pdf_grad_mu_loop, "_gaussian_pdf_grad_mu_loop_serial")))


def gaussian_pdf_grad_mu(x, mu, sigma, out=None):
    r"""69. Gaussian Distribution (1D): grad kernel (elementwise ufunc).

    $\frac{\partial \mathcal{N}(x \mid \mu, \sigma^2)}{\partial \mu} = \frac{\mathcal{N}(x \mid \mu, \sigma^2) \left(x - \mu\right)}{\sigma^{2}}$

    where:

    - $x$ is the point at which the density is evaluated
    - $\mu$ is the mean
    - $\sigma$ is the standard deviation (positive; $\sigma^2$ is the variance)
    - $\mathcal{N}(x \mid \mu, \sigma^2)$ is the density of the normal distribution with mean $\mu$ and variance $\sigma^2$ at $x$

    Arguments: x, mu, sigma; out= an optional preallocated result.
    """
    x, mu, sigma, = floats('gaussian_pdf_grad_mu', x, mu, sigma)
    return call_ufunc(_gaussian_pdf_grad_mu, 'gaussian_pdf_grad_mu', (x, mu, sigma), out, _gaussian_pdf_grad_mu_flat, _gaussian_pdf_grad_mu_serial)


def _gaussian_pdf_grad_sigma_core(x, mu, sigma):
    x = rt.wide(x)
    mu = rt.wide(mu)
    sigma = rt.wide(sigma)
    _one = lit(x, 1.0)
    _two = lit(x, 2.0)
    _c0 = lit(x, 3.141592653589793)
    _t0 = -mu + x
    _t1 = (_t0/sigma)
    _t2 = (_t1*_t1)
    result = (((_t2 - _one)*rt.exp_neg(-(_t2/_two))/sigma)/(np.sqrt(_two)*np.sqrt(_c0)*sigma))
    return result


_gaussian_pdf_grad_sigma = Lazy(lambda: numba.vectorize(["float32(float32, float32, float32)", "float64(float64, float64, float64)"], cache=True)(_gaussian_pdf_grad_sigma_core))
_gaussian_pdf_grad_sigma_element = numba.njit(**rt.INLINED)(_gaussian_pdf_grad_sigma_core)


def _gaussian_pdf_grad_sigma_loop(x, mu, sigma, result):
    for _i in numba.prange(result.size):
        result[_i] = _gaussian_pdf_grad_sigma_element(rt.at(x, _i), rt.at(mu, _i), rt.at(sigma, _i))


_gaussian_pdf_grad_sigma_flat = Lazy(lambda: numba.njit(parallel=True, **rt.JIT)(_gaussian_pdf_grad_sigma_loop))
_gaussian_pdf_grad_sigma_serial = Lazy(lambda: numba.njit(**rt.JIT)(rt.twin(_gaussian_pdf_grad_sigma_loop, "_gaussian_pdf_grad_sigma_loop_serial")))


def gaussian_pdf_grad_sigma(x, mu, sigma, out=None):
    r"""69. Gaussian Distribution (1D): grad kernel (elementwise ufunc).

    $\frac{\partial \mathcal{N}(x \mid \mu, \sigma^2)}{\partial \sigma} = \frac{\mathcal{N}(x \mid \mu, \sigma^2) \left(\frac{\left(x - \mu\right)^{2}}{\sigma^{2}} - 1\right)}{\sigma}$

    where:

    - $x$ is the point at which the density is evaluated
    - $\mu$ is the mean
    - $\sigma$ is the standard deviation (positive; $\sigma^2$ is the variance)
    - $\mathcal{N}(x \mid \mu, \sigma^2)$ is the density of the normal distribution with mean $\mu$ and variance $\sigma^2$ at $x$

    Arguments: x, mu, sigma; out= an optional preallocated result.
    """
    x, mu, sigma, = floats('gaussian_pdf_grad_sigma', x, mu, sigma)
    return call_ufunc(_gaussian_pdf_grad_sigma, 'gaussian_pdf_grad_sigma', (x, mu, sigma), out, _gaussian_pdf_grad_sigma_flat, _gaussian_pdf_grad_sigma_serial)


def _exponential_family_core(h_x, eta, suff_stat, A, out, _bad):
    h_x = rt.wide(h_x)
    eta = rt.wide(eta)
    suff_stat = rt.wide(suff_stat)
    A = rt.wide(A)
    K = eta.shape[0]
    _t0 = rt.vdot(np.ascontiguousarray(eta), np.ascontiguousarray(suff_stat))
    out[0] = h_x*rt.exp(-A + _t0)
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_exponential_family = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64, float64[:], float64[:])"], "(),(K),(K),()->(),()", cache=True)(_exponential_family_core))
_exponential_family_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64, float64[:], float64[:])"], "(),(K),(K),()->(),()", target="parallel", cache=True)(_exponential_family_core))


def exponential_family(h_x, eta, suff_stat, A, out=None):
    r"""72. Exponential Family (General Form): forward kernel (layout (),(K),(K),()->()).

    $p(x \mid \theta) = h(x) \exp\left(\sum_{k=1}^{K} \eta_{k}(\theta) T_{k}(x) - A(\theta)\right)$

    where:

    - $K$ is the number of natural parameters and sufficient statistics
    - $k$ is the component index
    - $h(x)$ is the base measure at $x$ (positive)
    - $\eta_{k}(\theta)$ is the $k$-th natural parameter, a known function of the parameters $\theta$
    - $T_{k}(x)$ is the $k$-th sufficient statistic, a known function of $x$
    - $A(\theta)$ is the log-partition function at $\theta$, $\log \int h(x) \exp\left(\sum_{k=1}^{K} \eta_k(\theta) T_k(x)\right) dx$
    - $p(x \mid \theta)$ is the probability density (or mass) of $x$ under the parameters $\theta$

    Arguments: h_x, eta, suff_stat, A; out= an optional preallocated result.
    """
    h_x, eta, suff_stat, A, = floats('exponential_family', h_x, eta, suff_stat, A)
    return call_gufunc(_exponential_family, _exponential_family_core, 'exponential_family', '(),(K),(K),()->()', (h_x, eta, suff_stat, A), [], out, parallel=_exponential_family_threads, blas=True)


def _exponential_family_grad_h_x_core(h_x, eta, suff_stat, A, out, _bad):
    h_x = rt.wide(h_x)
    eta = rt.wide(eta)
    suff_stat = rt.wide(suff_stat)
    A = rt.wide(A)
    K = eta.shape[0]
    _t0 = rt.vdot(np.ascontiguousarray(eta), np.ascontiguousarray(suff_stat))
    p = h_x*rt.exp(-A + _t0)
    out[0] = p/h_x
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_exponential_family_grad_h_x = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64, float64[:], float64[:])"], "(),(K),(K),()->(),()", cache=True)(_exponential_family_grad_h_x_core))
_exponential_family_grad_h_x_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64, float64[:], float64[:])"], "(),(K),(K),()->(),()", target="parallel", cache=True)(_exponential_family_grad_h_x_core))


def exponential_family_grad_h_x(h_x, eta, suff_stat, A, out=None):
    r"""72. Exponential Family (General Form): grad kernel (layout (),(K),(K),()->()).

    $\frac{\partial p(x \mid \theta)}{\partial h(x)} = \frac{p(x \mid \theta)}{h(x)}$

    where:

    - $h(x)$ is the base measure at $x$ (positive)
    - $p(x \mid \theta)$ is the probability density (or mass) of $x$ under the parameters $\theta$

    Arguments: h_x, eta, suff_stat, A; out= an optional preallocated result.
    """
    h_x, eta, suff_stat, A, = floats('exponential_family_grad_h_x', h_x, eta, suff_stat, A)
    return call_gufunc(_exponential_family_grad_h_x, _exponential_family_grad_h_x_core, 'exponential_family_grad_h_x', '(),(K),(K),()->()', (h_x, eta, suff_stat, A), [], out, parallel=_exponential_family_grad_h_x_threads, blas=True)


def _exponential_family_grad_eta_core(h_x, eta, suff_stat, A, out, _bad):
    h_x = rt.wide(h_x)
    eta = rt.wide(eta)
    suff_stat = rt.wide(suff_stat)
    A = rt.wide(A)
    K = eta.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(h_x, 0.0)
    _c0 = lit(h_x, np.nan)
    _two = lit(h_x, 2.0)
    _t0 = rt.vdot(np.ascontiguousarray(eta), np.ascontiguousarray(suff_stat))
    _t1 = rt.exp(-A + _t0)
    for l in range(1, K + 1):
        if suff_stat[l - 1] == _zero:
            _t2 = _zero
        elif not (suff_stat[l - 1] == suff_stat[l - 1]):
            _t2 = _c0
        else:
            _t3 = _t0/_two
            _t4 = -(A/_two)
            _t5 = _t3 + _t4
            _t6 = rt.exp(_t5)
            _t2 = (((suff_stat[l - 1]*_t6)*h_x)*_t6)
        out_c[l - 1] = (_t1*h_x*suff_stat[l - 1] if np.isfinite(_t1*h_x*suff_stat[l - 1]) else _t2)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_exponential_family_grad_eta = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64, float64[:], float64[:])"], "(),(K),(K),()->(K),()", cache=True)(_exponential_family_grad_eta_core))
_exponential_family_grad_eta_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64, float64[:], float64[:])"], "(),(K),(K),()->(K),()", target="parallel", cache=True)(_exponential_family_grad_eta_core))


def exponential_family_grad_eta(h_x, eta, suff_stat, A, out=None):
    r"""72. Exponential Family (General Form): grad kernel (layout (),(K),(K),()->(K)).

    $\frac{\partial p(x \mid \theta)}{\partial \eta_{l}(\theta)} = p(x \mid \theta) T_{l}(x)$

    where:

    - $K$ is the number of natural parameters and sufficient statistics
    - $\eta_{l}(\theta)$ is the $k$-th natural parameter, a known function of the parameters $\theta$
    - $T_{l}(x)$ is the $k$-th sufficient statistic, a known function of $x$
    - $p(x \mid \theta)$ is the probability density (or mass) of $x$ under the parameters $\theta$
    - $l$ is the index of the component differentiated by

    Arguments: h_x, eta, suff_stat, A; out= an optional preallocated result.
    """
    h_x, eta, suff_stat, A, = floats('exponential_family_grad_eta', h_x, eta, suff_stat, A)
    return call_gufunc(_exponential_family_grad_eta, _exponential_family_grad_eta_core, 'exponential_family_grad_eta', '(),(K),(K),()->(K)', (h_x, eta, suff_stat, A), [], out, parallel=_exponential_family_grad_eta_threads, blas=True)


def _exponential_family_grad_suff_stat_core(h_x, eta, suff_stat, A, out, _bad):
    h_x = rt.wide(h_x)
    eta = rt.wide(eta)
    suff_stat = rt.wide(suff_stat)
    A = rt.wide(A)
    K = eta.shape[0]
    out_c = np.ascontiguousarray(out)
    _zero = lit(h_x, 0.0)
    _c0 = lit(h_x, np.nan)
    _two = lit(h_x, 2.0)
    _t0 = rt.vdot(np.ascontiguousarray(eta), np.ascontiguousarray(suff_stat))
    _t1 = rt.exp(-A + _t0)
    for l in range(1, K + 1):
        if eta[l - 1] == _zero:
            _t2 = _zero
        elif not (eta[l - 1] == eta[l - 1]):
            _t2 = _c0
        else:
            _t3 = _t0/_two
            _t4 = -(A/_two)
            _t5 = _t3 + _t4
            _t6 = rt.exp(_t5)
            _t2 = (((eta[l - 1]*_t6)*h_x)*_t6)
        out_c[l - 1] = (_t1*h_x*eta[l - 1] if np.isfinite(_t1*h_x*eta[l - 1]) else _t2)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_exponential_family_grad_suff_stat = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64, float64[:], float64[:])"], "(),(K),(K),()->(K),()", cache=True)(_exponential_family_grad_suff_stat_core))
_exponential_family_grad_suff_stat_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64, float64[:], float64[:])"], "(),(K),(K),()->(K),()", target="parallel", cache=True)(_exponential_family_grad_suff_stat_core))


def exponential_family_grad_suff_stat(h_x, eta, suff_stat, A, out=None):
    r"""72. Exponential Family (General Form): grad kernel (layout (),(K),(K),()->(K)).

    $\frac{\partial p(x \mid \theta)}{\partial T_{l}(x)} = p(x \mid \theta) \eta_{l}(\theta)$

    where:

    - $K$ is the number of natural parameters and sufficient statistics
    - $\eta_{l}(\theta)$ is the $k$-th natural parameter, a known function of the parameters $\theta$
    - $T_{l}(x)$ is the $k$-th sufficient statistic, a known function of $x$
    - $p(x \mid \theta)$ is the probability density (or mass) of $x$ under the parameters $\theta$
    - $l$ is the index of the component differentiated by

    Arguments: h_x, eta, suff_stat, A; out= an optional preallocated result.
    """
    h_x, eta, suff_stat, A, = floats('exponential_family_grad_suff_stat', h_x, eta, suff_stat, A)
    return call_gufunc(_exponential_family_grad_suff_stat, _exponential_family_grad_suff_stat_core, 'exponential_family_grad_suff_stat', '(),(K),(K),()->(K)', (h_x, eta, suff_stat, A), [], out, parallel=_exponential_family_grad_suff_stat_threads, blas=True)


def _exponential_family_grad_A_core(h_x, eta, suff_stat, A, out, _bad):
    h_x = rt.wide(h_x)
    eta = rt.wide(eta)
    suff_stat = rt.wide(suff_stat)
    A = rt.wide(A)
    K = eta.shape[0]
    _t0 = rt.vdot(np.ascontiguousarray(eta), np.ascontiguousarray(suff_stat))
    p = h_x*rt.exp(-A + _t0)
    out[0] = -p
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_exponential_family_grad_A = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64, float64[:], float64[:])"], "(),(K),(K),()->(),()", cache=True)(_exponential_family_grad_A_core))
_exponential_family_grad_A_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64[:], float64[:], float64, float64[:], float64[:])"], "(),(K),(K),()->(),()", target="parallel", cache=True)(_exponential_family_grad_A_core))


def exponential_family_grad_A(h_x, eta, suff_stat, A, out=None):
    r"""72. Exponential Family (General Form): grad kernel (layout (),(K),(K),()->()).

    $\frac{\partial p(x \mid \theta)}{\partial A(\theta)} = - p(x \mid \theta)$

    where:

    - $A(\theta)$ is the log-partition function at $\theta$, $\log \int h(x) \exp\left(\sum_{k=1}^{K} \eta_k(\theta) T_k(x)\right) dx$
    - $p(x \mid \theta)$ is the probability density (or mass) of $x$ under the parameters $\theta$

    Arguments: h_x, eta, suff_stat, A; out= an optional preallocated result.
    """
    h_x, eta, suff_stat, A, = floats('exponential_family_grad_A', h_x, eta, suff_stat, A)
    return call_gufunc(_exponential_family_grad_A, _exponential_family_grad_A_core, 'exponential_family_grad_A', '(),(K),(K),()->()', (h_x, eta, suff_stat, A), [], out, parallel=_exponential_family_grad_A_threads, blas=True)
