# Generated from symbolic/reinforcement.py by `make generate`. Do not edit.
# Compiled with _runtime.py 029c5af3b7403741.
"""Reinforcement: Numba kernels (forward, derivatives, fused) of entries 90, 91, 92.

Every kernel compiles on its first call (float32 and float64) and is cached on disk.
"""
import numba
import numpy as np

from generated import _runtime as rt
from generated._runtime import Lazy, call_gufunc, call_ufunc, floats, ints, lit


def _q_learning_core(s, a, s2, r, alpha, gamma, Q, Q_new, _bad):
    r = rt.wide(r)
    alpha = rt.wide(alpha)
    gamma = rt.wide(gamma)
    Q = rt.wide(Q)
    n_S = Q.shape[0]
    n_A = Q.shape[1]
    Q_new[:] = Q
    Q_new_c = np.ascontiguousarray(Q_new)
    _c0 = lit(r, -np.inf)
    _one = lit(r, 1.0)
    _t0 = _c0
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _t0
    _t0_n0 = _t0_n1 = _t0_n2 = _t0_n3 = False
    for a2 in range(1, 1 + (n_A)//4*4, 4):
        _t0_x = Q_new_c[s2, a2 - 1]
        _t0_0 = max(_t0_0, _t0_x)
        _t0_n0 |= _t0_x != _t0_x
        _t0_x = Q_new_c[s2, a2]
        _t0_1 = max(_t0_1, _t0_x)
        _t0_n1 |= _t0_x != _t0_x
        _t0_x = Q_new_c[s2, a2 + 1]
        _t0_2 = max(_t0_2, _t0_x)
        _t0_n2 |= _t0_x != _t0_x
        _t0_x = Q_new_c[s2, a2 + 2]
        _t0_3 = max(_t0_3, _t0_x)
        _t0_n3 |= _t0_x != _t0_x
    if _t0_n0 | _t0_n1 | _t0_n2 | _t0_n3:
        for a2 in range(1, 1 + (n_A)//4*4):
            _t0 = np.maximum(_t0, Q_new_c[s2, a2 - 1])
    else:
        _t0 = np.maximum(_t0, np.maximum(np.maximum(_t0_0, _t0_1), np.maximum(_t0_2, _t0_3)))
    for a2 in range(1 + (n_A)//4*4, n_A + 1):
        _t0 = np.maximum(_t0, Q_new_c[s2, a2 - 1])
    Q_new_c[s, a] = alpha*(_t0*gamma + r) + (_one - alpha)*Q_new_c[s, a]
    if Q_new_c.ctypes.data != Q_new.ctypes.data:
        for _i0 in range(Q_new.shape[0]):
            for _i1 in range(Q_new.shape[1]):
                Q_new[_i0, _i1] = Q_new_c[_i0, _i1]
    _bad[0] = rt.nonfinite(Q_new_c)


_q_learning = Lazy(lambda: numba.guvectorize(["void(int64, int64, int64, float64, float64, float64, float64[:, :], float64[:, :], float64[:])"], "(),(),(),(),(),(),(n_S,n_A)->(n_S,n_A),()", cache=True)(_q_learning_core))
_q_learning_threads = Lazy(lambda: numba.guvectorize(["void(int64, int64, int64, float64, float64, float64, float64[:, :], float64[:, :], float64[:])"], "(),(),(),(),(),(),(n_S,n_A)->(n_S,n_A),()", target="parallel", cache=True)(_q_learning_core))


def q_learning(s, a, s2, r, alpha, gamma, Q, out=None):
    r"""90. Q-Learning Update (RL): forward kernel (layout (),(),(),(),(),(),(n_S,n_A)->(n_S,n_A)).

    $Q(s, a) \leftarrow Q(s, a) + \alpha \left(\gamma \max_{1 \le a' \le n_{A}} Q(s', a') + r - Q(s, a)\right)$

    where:

    - $n_{S}$ is the number of states
    - $n_{A}$ is the number of actions
    - $s$ is the current state, an integer in $\{1, \dots, n_S\}$
    - $a$ is the action taken in state $s$, an integer in $\{1, \dots, n_A\}$
    - $s'$ is the next state observed after taking $a$ in $s$, an integer in $\{1, \dots, n_S\}$
    - $a'$ is the next action, ranging over all $n_A$ actions in state $s'$
    - $r$ is the reward received for taking action $a$ in state $s$
    - $\alpha$ is the learning rate, in $(0, 1]$
    - $\gamma$ is the discount factor, in $[0, 1)$
    - $Q(s, a)$ is the current Q-value (action-value estimate) of action $a$ in state $s$; the Q-table has $n_S \times n_A$ entries

    s, a, s2: 0-based positions (the math counts from 1).

    Arguments: s, a, s2, r, alpha, gamma, Q; out= an optional preallocated result.
    """
    r, alpha, gamma, Q, = floats('q_learning', r, alpha, gamma, Q)
    s, a, s2, = ints('q_learning', s, a, s2)
    rt.positions('q_learning', 's', s, rt.dim('q_learning', 'Q', Q, -2))
    rt.positions('q_learning', 'a', a, rt.dim('q_learning', 'Q', Q, -1))
    rt.positions('q_learning', 's2', s2, rt.dim('q_learning', 'Q', Q, -2))
    rt.within('q_learning', 'alpha', alpha, 0.0, 1.0, True, False, 'in (0, 1]')
    rt.within('q_learning', 'gamma', gamma, 0.0, 1.0, False, True, 'in [0, 1)')
    return call_gufunc(_q_learning, _q_learning_core, 'q_learning', '(),(),(),(),(),(),(n_S,n_A)->(n_S,n_A)', (s, a, s2, r, alpha, gamma, Q), [], out, parallel=_q_learning_threads)


def _q_learning_grad_r_core(s, a, r, alpha, s2, gamma, Q, out, _bad):
    s = rt.wide(s)
    a = rt.wide(a)
    r = rt.wide(r)
    alpha = rt.wide(alpha)
    s2 = rt.wide(s2)
    gamma = rt.wide(gamma)
    Q = rt.wide(Q)
    n_S = Q.shape[0]
    n_A = Q.shape[1]
    out[0] = alpha
    _bad[0] = (0 if np.abs(out[0]) < np.inf else 1)


_q_learning_grad_r = Lazy(lambda: numba.guvectorize(["void(float64, float64, float64, float64, float64, float64, float64[:, :], float64[:], float64[:])"], "(),(),(),(),(),(),(n_S,n_A)->(),()", cache=True)(_q_learning_grad_r_core))
_q_learning_grad_r_threads = Lazy(lambda: numba.guvectorize(["void(float64, float64, float64, float64, float64, float64, float64[:, :], float64[:], float64[:])"], "(),(),(),(),(),(),(n_S,n_A)->(),()", target="parallel", cache=True)(_q_learning_grad_r_core))


def q_learning_grad_r(s, a, r, alpha, s2, gamma, Q, out=None):
    r"""90. Q-Learning Update (RL): grad kernel (layout (),(),(),(),(),(),(n_S,n_A)->()).

    $\frac{\partial Q'(s, a)}{\partial r} = \alpha$

    where:

    - $n_{S}$ is the number of states
    - $n_{A}$ is the number of actions
    - $s$ is the current state, an integer in $\{1, \dots, n_S\}$
    - $a$ is the action taken in state $s$, an integer in $\{1, \dots, n_A\}$
    - $r$ is the reward received for taking action $a$ in state $s$
    - $\alpha$ is the learning rate, in $(0, 1]$
    - $Q'(s, a)$ is the value after the update

    Arguments: s, a, r, alpha, s2, gamma, Q; out= an optional preallocated result.
    """
    s, a, r, alpha, s2, gamma, Q, = floats('q_learning_grad_r', s, a, r, alpha, s2, gamma, Q)
    rt.within('q_learning_grad_r', 'alpha', alpha, 0.0, 1.0, True, False, 'in (0, 1]')
    rt.within('q_learning_grad_r', 'gamma', gamma, 0.0, 1.0, False, True, 'in [0, 1)')
    return call_gufunc(_q_learning_grad_r, _q_learning_grad_r_core, 'q_learning_grad_r', '(),(),(),(),(),(),(n_S,n_A)->()', (s, a, r, alpha, s2, gamma, Q), [], out, parallel=_q_learning_grad_r_threads)


def _q_learning_grad_Q_core(s, a, s2, alpha, gamma, Q, r, out, _bad):
    alpha = rt.wide(alpha)
    gamma = rt.wide(gamma)
    Q = rt.wide(Q)
    r = rt.wide(r)
    n_S = Q.shape[0]
    n_A = Q.shape[1]
    out_c = np.ascontiguousarray(out)
    _c0 = lit(alpha, -np.inf)
    _zero = lit(alpha, 0.0)
    _c1 = lit(alpha, np.nan)
    _one = lit(alpha, 1.0)
    _t0 = _c0
    _t0_0 = _t0_1 = _t0_2 = _t0_3 = _t0
    _t0_n0 = _t0_n1 = _t0_n2 = _t0_n3 = False
    for a2 in range(1, 1 + (n_A)//4*4, 4):
        _t0_x = Q[s2, a2 - 1]
        _t0_0 = max(_t0_0, _t0_x)
        _t0_n0 |= _t0_x != _t0_x
        _t0_x = Q[s2, a2]
        _t0_1 = max(_t0_1, _t0_x)
        _t0_n1 |= _t0_x != _t0_x
        _t0_x = Q[s2, a2 + 1]
        _t0_2 = max(_t0_2, _t0_x)
        _t0_n2 |= _t0_x != _t0_x
        _t0_x = Q[s2, a2 + 2]
        _t0_3 = max(_t0_3, _t0_x)
        _t0_n3 |= _t0_x != _t0_x
    if _t0_n0 | _t0_n1 | _t0_n2 | _t0_n3:
        for a2 in range(1, 1 + (n_A)//4*4):
            _t0 = np.maximum(_t0, Q[s2, a2 - 1])
    else:
        _t0 = np.maximum(_t0, np.maximum(np.maximum(_t0_0, _t0_1), np.maximum(_t0_2, _t0_3)))
    for a2 in range(1 + (n_A)//4*4, n_A + 1):
        _t0 = np.maximum(_t0, Q[s2, a2 - 1])
    for k in range(1, n_S + 1):
        for l in range(1, n_A + 1):
            out_c[k - 1, l - 1] = alpha*(gamma*((_one if k == s2 + 1 else _zero) if _t0 == Q[s2, l - 1] else (_zero if _t0 == _t0 and Q[s2, l - 1] == Q[s2, l - 1] else _c1)) - (_one if k == s + 1 else _zero)*(_one if l == a + 1 else _zero)) + (_one if k == s + 1 else _zero)*(_one if l == a + 1 else _zero)
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_q_learning_grad_Q = Lazy(lambda: numba.guvectorize(["void(int64, int64, int64, float64, float64, float64[:, :], float64, float64[:, :], float64[:])"], "(),(),(),(),(),(n_S,n_A),()->(n_S,n_A),()", cache=True)(_q_learning_grad_Q_core))
_q_learning_grad_Q_threads = Lazy(lambda: numba.guvectorize(["void(int64, int64, int64, float64, float64, float64[:, :], float64, float64[:, :], float64[:])"], "(),(),(),(),(),(n_S,n_A),()->(n_S,n_A),()", target="parallel", cache=True)(_q_learning_grad_Q_core))


def q_learning_grad_Q(s, a, s2, alpha, gamma, Q, r, out=None):
    r"""90. Q-Learning Update (RL): grad kernel (layout (),(),(),(),(),(n_S,n_A),()->(n_S,n_A)).

    $\frac{\partial Q'(s, a)}{\partial Q(k, l)} = \alpha \left(\gamma \begin{cases} \delta_{k,s'} & \text{if } Q(s', l) = \max_{1 \le a' \le n_{A}} Q(s', a') \\ 0 & \text{otherwise} \end{cases} - \delta_{ks} \delta_{al}\right) + \delta_{ks} \delta_{al}$

    where:

    - $n_{S}$ is the number of states
    - $n_{A}$ is the number of actions
    - $s$ is the current state, an integer in $\{1, \dots, n_S\}$
    - $a$ is the action taken in state $s$, an integer in $\{1, \dots, n_A\}$
    - $s'$ is the next state observed after taking $a$ in $s$, an integer in $\{1, \dots, n_S\}$
    - $a'$ is the next action, ranging over all $n_A$ actions in state $s'$
    - $\alpha$ is the learning rate, in $(0, 1]$
    - $\gamma$ is the discount factor, in $[0, 1)$
    - $Q(k, l)$ is the current Q-value (action-value estimate) of action $a$ in state $s$; the Q-table has $n_S \times n_A$ entries
    - $k$ is the index of the component differentiated by
    - $l$ is the index of the component differentiated by
    - $Q'(s, a)$ is the value after the update

    s, a, s2: 0-based positions (the math counts from 1).

    Arguments: s, a, s2, alpha, gamma, Q, r; out= an optional preallocated result.
    """
    alpha, gamma, Q, r, = floats('q_learning_grad_Q', alpha, gamma, Q, r)
    s, a, s2, = ints('q_learning_grad_Q', s, a, s2)
    rt.positions('q_learning_grad_Q', 's', s, rt.dim('q_learning_grad_Q', 'Q', Q, -2))
    rt.positions('q_learning_grad_Q', 'a', a, rt.dim('q_learning_grad_Q', 'Q', Q, -1))
    rt.positions('q_learning_grad_Q', 's2', s2, rt.dim('q_learning_grad_Q', 'Q', Q, -2))
    rt.within('q_learning_grad_Q', 'alpha', alpha, 0.0, 1.0, True, False, 'in (0, 1]')
    rt.within('q_learning_grad_Q', 'gamma', gamma, 0.0, 1.0, False, True, 'in [0, 1)')
    return call_gufunc(_q_learning_grad_Q, _q_learning_grad_Q_core, 'q_learning_grad_Q', '(),(),(),(),(),(n_S,n_A),()->(n_S,n_A)', (s, a, s2, alpha, gamma, Q, r), [], out, parallel=_q_learning_grad_Q_threads)


def _bellman_expectation_core(pi, r, gamma, P, V, out, _bad):
    pi = rt.wide(pi)
    r = rt.wide(r)
    gamma = rt.wide(gamma)
    P = rt.wide(P)
    V = rt.wide(V)
    n_S = pi.shape[0]
    n_A = pi.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(pi, 0.0)
    _c0 = lit(pi, np.nan)
    for s in range(1, n_S + 1):
        _t0 = _zero
        for a in range(1, n_A + 1):
            _t1 = _zero
            _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
            for s2 in range(1, 1 + (n_S)//4*4, 4):
                _t1_0 += P[s - 1, a - 1, s2 - 1]*V[s2 - 1]
                _t1_1 += P[s - 1, a - 1, s2]*V[s2]
                _t1_2 += P[s - 1, a - 1, s2 + 1]*V[s2 + 1]
                _t1_3 += P[s - 1, a - 1, s2 + 2]*V[s2 + 2]
            _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
            for s2 in range(1 + (n_S)//4*4, n_S + 1):
                _t1 += P[s - 1, a - 1, s2 - 1]*V[s2 - 1]
            if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(pi) and rt.all_finite(r) and np.isfinite(gamma) and rt.all_finite(P) and rt.all_finite(V):
                _t1 = _c0
            _t0 += (_t1*gamma + r[s - 1, a - 1])*pi[s - 1, a - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(pi) and rt.all_finite(r) and np.isfinite(gamma) and rt.all_finite(P) and rt.all_finite(V):
            _t0 = _c0
        out_c[s - 1] = _t0
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_bellman_expectation = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :, :], float64[:], float64[:], float64[:])"], "(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S)->(n_S),()", cache=True)(_bellman_expectation_core))
_bellman_expectation_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :, :], float64[:], float64[:], float64[:])"], "(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S)->(n_S),()", target="parallel", cache=True)(_bellman_expectation_core))


def bellman_expectation(pi, r, gamma, P, V, out=None):
    r"""91. Bellman Equation (Value Function): forward kernel (layout (n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S)->(n_S)).

    $V_{k+1}(s) = \sum_{a=1}^{n_{A}} \pi(a \mid s) \left(\gamma \sum_{s'=1}^{n_{S}} P(s' \mid s, a) V_k(s') + r(s, a)\right)$

    where:

    - $n_{S}$ is the number of states
    - $n_{A}$ is the number of actions
    - $s$ is the state whose value is backed up
    - $a$ is the summation index over actions
    - $s'$ is the summation index over next states
    - $\pi(a \mid s)$ is the probability that policy $\pi$ takes action $a$ in state $s$ (summing to $1$ over $a$)
    - $r(s, a)$ is the expected immediate reward for taking action $a$ in state $s$
    - $\gamma$ is the discount factor, in $[0, 1)$
    - $P(s' \mid s, a)$ is the probability of moving to state $s'$ after taking action $a$ in state $s$ (summing to $1$ over $s'$)
    - $V_k(s')$ is the current estimate of the value of state $s'$ (after $k$ backups)
    - $V_{k+1}(s)$ is the backed-up value of state $s$; iterating from any $V_0$ converges to $V^\pi(s)$, the value of $s$ under policy $\pi$, when $\gamma < 1$

    Arguments: pi, r, gamma, P, V; out= an optional preallocated result.
    """
    pi, r, gamma, P, V, = floats('bellman_expectation', pi, r, gamma, P, V)
    rt.within('bellman_expectation', 'pi', pi, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('bellman_expectation', 'gamma', gamma, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('bellman_expectation', 'P', P, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_bellman_expectation, _bellman_expectation_core, 'bellman_expectation', '(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S)->(n_S)', (pi, r, gamma, P, V), [], out, parallel=_bellman_expectation_threads)


def _bellman_expectation_vjp_pi_core(pi, r, gamma, P, V, G_up, out, _bad):
    pi = rt.wide(pi)
    r = rt.wide(r)
    gamma = rt.wide(gamma)
    P = rt.wide(P)
    V = rt.wide(V)
    G_up = rt.wide(G_up)
    n_S = pi.shape[0]
    n_A = pi.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(pi, 0.0)
    _c0 = lit(pi, np.nan)
    for l in range(1, n_S + 1):
        for q in range(1, n_A + 1):
            _t0 = _zero
            _t0_0 = _t0_1 = _t0_2 = _t0_3 = _zero
            for s2 in range(1, 1 + (n_S)//4*4, 4):
                _t0_0 += P[l - 1, q - 1, s2 - 1]*V[s2 - 1]
                _t0_1 += P[l - 1, q - 1, s2]*V[s2]
                _t0_2 += P[l - 1, q - 1, s2 + 1]*V[s2 + 1]
                _t0_3 += P[l - 1, q - 1, s2 + 2]*V[s2 + 2]
            _t0 += (_t0_0 + _t0_1) + (_t0_2 + _t0_3)
            for s2 in range(1 + (n_S)//4*4, n_S + 1):
                _t0 += P[l - 1, q - 1, s2 - 1]*V[s2 - 1]
            if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(pi) and rt.all_finite(r) and np.isfinite(gamma) and rt.all_finite(P) and rt.all_finite(V) and rt.all_finite(G_up):
                _t0 = _c0
            out_c[l - 1, q - 1] = (_t0*gamma + r[l - 1, q - 1])*G_up[l - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_bellman_expectation_vjp_pi = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :, :], float64[:], float64[:], float64[:, :], float64[:])"], "(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S,n_A),()", cache=True)(_bellman_expectation_vjp_pi_core))
_bellman_expectation_vjp_pi_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :, :], float64[:], float64[:], float64[:, :], float64[:])"], "(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S,n_A),()", target="parallel", cache=True)(_bellman_expectation_vjp_pi_core))


def bellman_expectation_vjp_pi(pi, r, gamma, P, V, G_up, out=None):
    r"""91. Bellman Equation (Value Function): vjp kernel (layout (n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S,n_A)).

    $\frac{\partial \mathcal{L}}{\partial \pi(q \mid l)} = G_{l} \left(\gamma \sum_{s'=1}^{n_{S}} P(s' \mid l, q) V_k(s') + r(l, q)\right)$

    where:

    - $n_{S}$ is the number of states
    - $n_{A}$ is the number of actions
    - $s'$ is the summation index over next states
    - $\pi(q \mid l)$ is the probability that policy $\pi$ takes action $a$ in state $s$ (summing to $1$ over $a$)
    - $r(l, q)$ is the expected immediate reward for taking action $a$ in state $s$
    - $\gamma$ is the discount factor, in $[0, 1)$
    - $P(s' \mid l, q)$ is the probability of moving to state $s'$ after taking action $a$ in state $s$ (summing to $1$ over $s'$)
    - $V_k(s')$ is the current estimate of the value of state $s'$ (after $k$ backups)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: pi, r, gamma, P, V, G_up; out= an optional preallocated result.
    """
    pi, r, gamma, P, V, G_up, = floats('bellman_expectation_vjp_pi', pi, r, gamma, P, V, G_up)
    rt.within('bellman_expectation_vjp_pi', 'pi', pi, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('bellman_expectation_vjp_pi', 'gamma', gamma, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('bellman_expectation_vjp_pi', 'P', P, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_bellman_expectation_vjp_pi, _bellman_expectation_vjp_pi_core, 'bellman_expectation_vjp_pi', '(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S,n_A)', (pi, r, gamma, P, V, G_up), [], out, parallel=_bellman_expectation_vjp_pi_threads)


def _bellman_expectation_vjp_r_core(pi, r, gamma, P, V, G_up, out, _bad):
    pi = rt.wide(pi)
    r = rt.wide(r)
    gamma = rt.wide(gamma)
    P = rt.wide(P)
    V = rt.wide(V)
    G_up = rt.wide(G_up)
    n_S = pi.shape[0]
    n_A = pi.shape[1]
    out_c = np.ascontiguousarray(out)
    for l in range(1, n_S + 1):
        for q in range(1, n_A + 1):
            out_c[l - 1, q - 1] = G_up[l - 1]*pi[l - 1, q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_bellman_expectation_vjp_r = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :, :], float64[:], float64[:], float64[:, :], float64[:])"], "(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S,n_A),()", cache=True)(_bellman_expectation_vjp_r_core))
_bellman_expectation_vjp_r_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :, :], float64[:], float64[:], float64[:, :], float64[:])"], "(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S,n_A),()", target="parallel", cache=True)(_bellman_expectation_vjp_r_core))


def bellman_expectation_vjp_r(pi, r, gamma, P, V, G_up, out=None):
    r"""91. Bellman Equation (Value Function): vjp kernel (layout (n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S,n_A)).

    $\frac{\partial \mathcal{L}}{\partial r(l, q)} = \pi(q \mid l) G_{l}$

    where:

    - $n_{S}$ is the number of states
    - $n_{A}$ is the number of actions
    - $\pi(q \mid l)$ is the probability that policy $\pi$ takes action $a$ in state $s$ (summing to $1$ over $a$)
    - $r(l, q)$ is the expected immediate reward for taking action $a$ in state $s$
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: pi, r, gamma, P, V, G_up; out= an optional preallocated result.
    """
    pi, r, gamma, P, V, G_up, = floats('bellman_expectation_vjp_r', pi, r, gamma, P, V, G_up)
    rt.within('bellman_expectation_vjp_r', 'pi', pi, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('bellman_expectation_vjp_r', 'gamma', gamma, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('bellman_expectation_vjp_r', 'P', P, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_bellman_expectation_vjp_r, _bellman_expectation_vjp_r_core, 'bellman_expectation_vjp_r', '(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S,n_A)', (pi, r, gamma, P, V, G_up), [], out, parallel=_bellman_expectation_vjp_r_threads)


def _bellman_expectation_vjp_P_core(pi, r, gamma, P, V, G_up, out, _bad):
    pi = rt.wide(pi)
    r = rt.wide(r)
    gamma = rt.wide(gamma)
    P = rt.wide(P)
    V = rt.wide(V)
    G_up = rt.wide(G_up)
    n_S = pi.shape[0]
    n_A = pi.shape[1]
    out_c = np.ascontiguousarray(out)
    for l in range(1, n_S + 1):
        for q in range(1, n_A + 1):
            for b in range(1, n_S + 1):
                out_c[l - 1, q - 1, b - 1] = gamma*G_up[l - 1]*V[b - 1]*pi[l - 1, q - 1]
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                for _i2 in range(out.shape[2]):
                    out[_i0, _i1, _i2] = out_c[_i0, _i1, _i2]
    _bad[0] = rt.nonfinite(out_c)


_bellman_expectation_vjp_P = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :, :], float64[:], float64[:], float64[:, :, :], float64[:])"], "(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S,n_A,n_S),()", cache=True)(_bellman_expectation_vjp_P_core))
_bellman_expectation_vjp_P_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :, :], float64[:], float64[:], float64[:, :, :], float64[:])"], "(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S,n_A,n_S),()", target="parallel", cache=True)(_bellman_expectation_vjp_P_core))


def bellman_expectation_vjp_P(pi, r, gamma, P, V, G_up, out=None):
    r"""91. Bellman Equation (Value Function): vjp kernel (layout (n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S,n_A,n_S)).

    $\frac{\partial \mathcal{L}}{\partial P(b \mid l, q)} = \gamma \pi(q \mid l) V_k(b) G_{l}$

    where:

    - $n_{S}$ is the number of states
    - $n_{A}$ is the number of actions
    - $\pi(q \mid l)$ is the probability that policy $\pi$ takes action $a$ in state $s$ (summing to $1$ over $a$)
    - $\gamma$ is the discount factor, in $[0, 1)$
    - $P(b \mid l, q)$ is the probability of moving to state $s'$ after taking action $a$ in state $s$ (summing to $1$ over $s'$)
    - $V_k(b)$ is the current estimate of the value of state $s'$ (after $k$ backups)
    - $l$ is the index of the component differentiated by
    - $q$ is the index of the component differentiated by
    - $b$ is the index of the component differentiated by
    - $G_{l}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: pi, r, gamma, P, V, G_up; out= an optional preallocated result.
    """
    pi, r, gamma, P, V, G_up, = floats('bellman_expectation_vjp_P', pi, r, gamma, P, V, G_up)
    rt.within('bellman_expectation_vjp_P', 'pi', pi, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('bellman_expectation_vjp_P', 'gamma', gamma, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('bellman_expectation_vjp_P', 'P', P, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_bellman_expectation_vjp_P, _bellman_expectation_vjp_P_core, 'bellman_expectation_vjp_P', '(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S,n_A,n_S)', (pi, r, gamma, P, V, G_up), [], out, parallel=_bellman_expectation_vjp_P_threads)


def _bellman_expectation_vjp_V_core(pi, r, gamma, P, V, G_up, out, _bad):
    pi = rt.wide(pi)
    r = rt.wide(r)
    gamma = rt.wide(gamma)
    P = rt.wide(P)
    V = rt.wide(V)
    G_up = rt.wide(G_up)
    n_S = pi.shape[0]
    n_A = pi.shape[1]
    out_c = np.ascontiguousarray(out)
    _zero = lit(pi, 0.0)
    _c0 = lit(pi, np.nan)
    for l in range(1, n_S + 1):
        _t0 = _zero
        for s in range(1, n_S + 1):
            _t1 = _zero
            _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
            for a in range(1, 1 + (n_A)//4*4, 4):
                _t1_0 += P[s - 1, a - 1, l - 1]*pi[s - 1, a - 1]
                _t1_1 += P[s - 1, a, l - 1]*pi[s - 1, a]
                _t1_2 += P[s - 1, a + 1, l - 1]*pi[s - 1, a + 1]
                _t1_3 += P[s - 1, a + 2, l - 1]*pi[s - 1, a + 2]
            _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
            for a in range(1 + (n_A)//4*4, n_A + 1):
                _t1 += P[s - 1, a - 1, l - 1]*pi[s - 1, a - 1]
            if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(pi) and rt.all_finite(r) and np.isfinite(gamma) and rt.all_finite(P) and rt.all_finite(V) and rt.all_finite(G_up):
                _t1 = _c0
            _t0 += _t1*G_up[s - 1]
        if rt.OVERFLOWS and not np.isfinite(_t0) and rt.all_finite(pi) and rt.all_finite(r) and np.isfinite(gamma) and rt.all_finite(P) and rt.all_finite(V) and rt.all_finite(G_up):
            _t0 = _c0
        out_c[l - 1] = _t0*gamma
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            out[_i0] = out_c[_i0]
    _bad[0] = rt.nonfinite(out_c)


_bellman_expectation_vjp_V = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :, :], float64[:], float64[:], float64[:], float64[:])"], "(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S),()", cache=True)(_bellman_expectation_vjp_V_core))
_bellman_expectation_vjp_V_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], float64[:, :], float64, float64[:, :, :], float64[:], float64[:], float64[:], float64[:])"], "(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S),()", target="parallel", cache=True)(_bellman_expectation_vjp_V_core))


def bellman_expectation_vjp_V(pi, r, gamma, P, V, G_up, out=None):
    r"""91. Bellman Equation (Value Function): vjp kernel (layout (n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S)).

    $\frac{\partial \mathcal{L}}{\partial V_k(l)} = \gamma \sum_{s=1}^{n_{S}} G_{s} \sum_{a=1}^{n_{A}} \pi(a \mid s) P(l \mid s, a)$

    where:

    - $n_{S}$ is the number of states
    - $n_{A}$ is the number of actions
    - $s$ is the state whose value is backed up
    - $a$ is the summation index over actions
    - $\pi(a \mid s)$ is the probability that policy $\pi$ takes action $a$ in state $s$ (summing to $1$ over $a$)
    - $\gamma$ is the discount factor, in $[0, 1)$
    - $P(l \mid s, a)$ is the probability of moving to state $s'$ after taking action $a$ in state $s$ (summing to $1$ over $s'$)
    - $V_k(l)$ is the current estimate of the value of state $s'$ (after $k$ backups)
    - $l$ is the index of the component differentiated by
    - $G_{s}$ is the upstream gradient, the derivative of $\mathcal{L}$ with respect to the output component of the same indices
    - $\mathcal{L}$ is a scalar loss computed downstream from the output

    Arguments: pi, r, gamma, P, V, G_up; out= an optional preallocated result.
    """
    pi, r, gamma, P, V, G_up, = floats('bellman_expectation_vjp_V', pi, r, gamma, P, V, G_up)
    rt.within('bellman_expectation_vjp_V', 'pi', pi, 0.0, 1.0, False, False, 'in [0, 1]')
    rt.within('bellman_expectation_vjp_V', 'gamma', gamma, 0.0, 1.0, False, True, 'in [0, 1)')
    rt.within('bellman_expectation_vjp_V', 'P', P, 0.0, 1.0, False, False, 'in [0, 1]')
    return call_gufunc(_bellman_expectation_vjp_V, _bellman_expectation_vjp_V_core, 'bellman_expectation_vjp_V', '(n_S,n_A),(n_S,n_A),(),(n_S,n_A,n_S),(n_S),(n_S)->(n_S)', (pi, r, gamma, P, V, G_up), [], out, parallel=_bellman_expectation_vjp_V_threads)


def _actor_critic_gradient_core(phi, actions, theta, Q_w, baseline, out, _bad):
    phi = rt.wide(phi)
    theta = rt.wide(theta)
    Q_w = rt.wide(Q_w)
    baseline = rt.wide(baseline)
    N = phi.shape[0]
    K = phi.shape[1]
    n_A = theta.shape[0]
    out_c = np.ascontiguousarray(out)
    _one = lit(phi, 1.0)
    _c0 = lit(phi, -np.inf)
    _zero = lit(phi, 0.0)
    _c1 = lit(phi, np.nan)
    _t0 = _one/(lit(phi, N))
    _t3 = np.empty(N)
    _t4 = np.empty(N)
    _t6 = np.empty((N, n_A))
    _t11 = rt.dot(np.ascontiguousarray(phi), np.ascontiguousarray(theta).T)
    for _t8 in range(1, N + 1):
        _t7 = _t6[_t8 - 1]
        _t10 = _c0
        _t10_0 = _t10_1 = _t10_2 = _t10_3 = _t10
        _t10_n0 = _t10_n1 = _t10_n2 = _t10_n3 = False
        for a2 in range(1, 1 + (n_A)//4*4, 4):
            _t10_x = _t11[_t8 - 1, a2 - 1]
            _t10_0 = max(_t10_0, _t10_x)
            _t10_n0 |= _t10_x != _t10_x
            _t10_x = _t11[_t8 - 1, a2]
            _t10_1 = max(_t10_1, _t10_x)
            _t10_n1 |= _t10_x != _t10_x
            _t10_x = _t11[_t8 - 1, a2 + 1]
            _t10_2 = max(_t10_2, _t10_x)
            _t10_n2 |= _t10_x != _t10_x
            _t10_x = _t11[_t8 - 1, a2 + 2]
            _t10_3 = max(_t10_3, _t10_x)
            _t10_n3 |= _t10_x != _t10_x
        if _t10_n0 | _t10_n1 | _t10_n2 | _t10_n3:
            for a2 in range(1, 1 + (n_A)//4*4):
                _t10 = np.maximum(_t10, _t11[_t8 - 1, a2 - 1])
        else:
            _t10 = np.maximum(_t10, np.maximum(np.maximum(_t10_0, _t10_1), np.maximum(_t10_2, _t10_3)))
        for a2 in range(1 + (n_A)//4*4, n_A + 1):
            _t10 = np.maximum(_t10, _t11[_t8 - 1, a2 - 1])
        for _t9 in range(1, n_A + 1):
            _t7[_t9 - 1] = rt.exp_neg(-_t10 + _t11[_t8 - 1, _t9 - 1])
    for i in range(1, N + 1):
        _t5 = _zero
        _t5_0 = _t5_1 = _t5_2 = _t5_3 = _zero
        for a2 in range(1, 1 + (n_A)//4*4, 4):
            _t5_0 += _t6[i - 1, a2 - 1]
            _t5_1 += _t6[i - 1, a2]
            _t5_2 += _t6[i - 1, a2 + 1]
            _t5_3 += _t6[i - 1, a2 + 2]
        _t5 += (_t5_0 + _t5_1) + (_t5_2 + _t5_3)
        for a2 in range(1 + (n_A)//4*4, n_A + 1):
            _t5 += _t6[i - 1, a2 - 1]
        if rt.OVERFLOWS and not np.isfinite(_t5) and rt.all_finite(phi) and rt.all_finite(theta) and rt.all_finite(Q_w) and rt.all_finite(baseline):
            _t5 = _c1
        _t4[i - 1] = _t5
    for i in range(1, N + 1):
        _t3[i - 1] = _one/(_t4[i - 1])
    for a in range(1, n_A + 1):
        _t2 = np.empty(N)
        for i in range(1, N + 1):
            _t2[i - 1] = (_one if a == lit(phi, actions[i - 1]) + 1 else _zero) - _t3[i - 1]*_t6[i - 1, a - 1]
        for k in range(1, K + 1):
            _t1 = _zero
            _t1_0 = _t1_1 = _t1_2 = _t1_3 = _zero
            for i in range(1, 1 + (N)//4*4, 4):
                _t1_0 += (Q_w[i - 1] - baseline[i - 1])*_t2[i - 1]*phi[i - 1, k - 1]
                _t1_1 += (Q_w[i] - baseline[i])*_t2[i]*phi[i, k - 1]
                _t1_2 += (Q_w[i + 1] - baseline[i + 1])*_t2[i + 1]*phi[i + 1, k - 1]
                _t1_3 += (Q_w[i + 2] - baseline[i + 2])*_t2[i + 2]*phi[i + 2, k - 1]
            _t1 += (_t1_0 + _t1_1) + (_t1_2 + _t1_3)
            for i in range(1 + (N)//4*4, N + 1):
                _t1 += (Q_w[i - 1] - baseline[i - 1])*_t2[i - 1]*phi[i - 1, k - 1]
            if rt.OVERFLOWS and not np.isfinite(_t1) and rt.all_finite(phi) and rt.all_finite(theta) and rt.all_finite(Q_w) and rt.all_finite(baseline):
                _t1 = _c1
            out_c[a - 1, k - 1] = _t0*_t1
    if out_c.ctypes.data != out.ctypes.data:
        for _i0 in range(out.shape[0]):
            for _i1 in range(out.shape[1]):
                out[_i0, _i1] = out_c[_i0, _i1]
    _bad[0] = rt.nonfinite(out_c)


_actor_critic_gradient = Lazy(lambda: numba.guvectorize(["void(float64[:, :], int64[:], float64[:, :], float64[:], float64[:], float64[:, :], float64[:])"], "(N,K),(N),(n_A,K),(N),(N)->(n_A,K),()", cache=True)(_actor_critic_gradient_core))
_actor_critic_gradient_threads = Lazy(lambda: numba.guvectorize(["void(float64[:, :], int64[:], float64[:, :], float64[:], float64[:], float64[:, :], float64[:])"], "(N,K),(N),(n_A,K),(N),(N)->(n_A,K),()", target="parallel", cache=True)(_actor_critic_gradient_core))


def actor_critic_gradient(phi, actions, theta, Q_w, baseline, out=None):
    r"""92. Actor-Critic Gradient: forward kernel (layout (N,K),(N),(n_A,K),(N),(N)->(n_A,K)).

    $\widehat{\nabla}_{\theta_{a,k}} J(\theta) = \frac{1}{N} \sum_{i=1}^{N} \phi_{k}(s_{i}) \left(\delta_{a,a_{i}} - \frac{\exp\left(\sum_{l=1}^{K} \phi_{l}(s_{i}) \theta_{a,l}\right)}{\sum_{a'=1}^{n_{A}} \exp\left(\sum_{l=1}^{K} \phi_{l}(s_{i}) \theta_{a',l}\right)}\right) \left(Q_{w}(s_{i}, a_{i}) - b(s_{i})\right)$

    where:

    - $N$ is the number of sampled state-action pairs
    - $n_{A}$ is the number of actions
    - $K$ is the number of state features
    - $i$ is the sample index
    - $a$ is the action index of the gradient's row
    - $k$ is the feature index of the gradient's column
    - $l$ is the summation index over features in the action preferences
    - $a'$ is the summation index over actions in the policy's normaliser
    - $\phi_{l}(s_{i})$ is a feature of the $i$-th sampled state $s_i$ ($K$ features per sample, $N \times K$ in all)
    - $a_{i}$ is the action taken in the $i$-th sample, an integer in $\{1, \dots, n_A\}$
    - $\theta_{a',l}$ is a policy (actor) parameter, the weight of one feature in the linear preference for one action ($n_A \times K$ in all)
    - $Q_{w}(s_{i}, a_{i})$ is the critic's estimate of the action value of the $i$-th sampled pair
    - $b(s_{i})$ is the baseline at the $i$-th sampled state (e.g. a state-value estimate), subtracted to reduce variance
    - $\widehat{\nabla}_{\theta_{a,k}} J(\theta)$ is the sample estimate of the gradient of the expected return $J(\theta)$ with respect to $\theta_{a,k}$

    actions: 0-based positions (the math counts from 1).

    Arguments: phi, actions, theta, Q_w, baseline; out= an optional preallocated result.
    """
    phi, theta, Q_w, baseline, = floats('actor_critic_gradient', phi, theta, Q_w, baseline)
    actions, = ints('actor_critic_gradient', actions)
    rt.positions('actor_critic_gradient', 'actions', actions, rt.dim('actor_critic_gradient', 'theta', theta, -2))
    return call_gufunc(_actor_critic_gradient, _actor_critic_gradient_core, 'actor_critic_gradient', '(N,K),(N),(n_A,K),(N),(N)->(n_A,K)', (phi, actions, theta, Q_w, baseline), [], out, parallel=_actor_critic_gradient_threads, blas=True)
