"""Tabular reinforcement learning: seed entries 90 (Q-learning update), 91 (Bellman expectation
equation) and 92 (actor-critic policy gradient).

A finite MDP with states 1..n_S and actions 1..n_A; the Q-table, value function, policy,
transition probabilities and rewards are indexed arrays (Q(s, a) is row s, column a).
"""
from __future__ import annotations

import sympy as sp

from symbolic.activations import softmax_over
from symbolic.declare import Definition, Line, Update, equation
from symbolic.domains import HALF_OPEN_UNIT, POSITIVE_INTEGER, SIMPLEX, interval
from symbolic.reductions import MaxOver

FAMILY = "reinforcement learning"


def _states_actions(v):
    n_S = v.size("n_S", "n_{S}", "the number of states")
    n_A = v.size("n_A", "n_{A}", "the number of actions")
    return n_S, n_A


def _discount(v):
    return v.hyperparameter("gamma", r"\gamma", r"the discount factor, in $[0, 1)$", domain=HALF_OPEN_UNIT)


@equation(90, "q_learning", "Q-Learning Update (RL)", family=FAMILY,
          notes="One update of the Q-table after the transition (s, a, r, s'); only the entry (s, a) "
                "changes. The usual terminal-state convention (target r alone when s' is terminal) "
                "is not part of the seed's form and is not included. The kernel computes the same "
                "value as the weighted mean (1 - alpha) Q(s, a) + alpha (r + gamma max Q(s', a')).")
def q_learning(v):
    n_S, n_A = _states_actions(v)
    s = v.input("s", "s", r"the current state, an integer in $\{1, \dots, n_S\}$", domain=POSITIVE_INTEGER)
    a = v.input("a", "a", r"the action taken in state $s$, an integer in $\{1, \dots, n_A\}$",
                domain=POSITIVE_INTEGER)
    s2 = v.input("s2", "s'", r"the next state observed after taking $a$ in $s$, an integer in "
                 r"$\{1, \dots, n_S\}$", domain=POSITIVE_INTEGER)
    a2 = v.index("a2", "a'", r"the next action, ranging over all $n_A$ actions in state $s'$")
    r = v.input("r", "r", r"the reward received for taking action $a$ in state $s$")
    alpha = v.hyperparameter("alpha", r"\alpha", r"the learning rate, in $(0, 1]$",
                             domain=interval(0, 1, lo_open=True))
    gamma = _discount(v)
    Q = v.parameter("Q", "Q(#1, #2)", r"the current Q-value (action-value estimate) of action $a$ in "
                    r"state $s$; the Q-table has $n_S \times n_A$ entries", shape=(n_S, n_A))
    target = r + gamma * MaxOver(Q[s2, a2], (a2, 1, n_A))
    # kernels: the weighted mean (1 - alpha) Q + alpha target, not Q + alpha (target - Q), whose
    # difference loses target where |Q| >> |target| (at alpha = 1 it returned 0 for Q = 3e201,
    # target = -4e-51); 1 - alpha is exact for alpha >= 1/2, and both weights are nonnegative
    old = Q[s, a]
    return Update(Line(old, old + alpha * (target - old), (1 - alpha) * old + alpha * target))


@equation(91, "bellman_expectation", "Bellman Equation (Value Function)", family=FAMILY,
          notes="The seed's expectation over a ~ pi leaves the expectation over the next state "
                "s' ~ P(.|s, a) implicit; both are written out for a finite MDP. This is one backup of "
                "iterative policy evaluation; V^pi is its unique fixed point when gamma < 1.")
def bellman_expectation(v):
    n_S, n_A = _states_actions(v)
    s = v.index("s", "s", "the state whose value is backed up")
    a = v.index("a", "a", "the summation index over actions")
    s2 = v.index("s2", "s'", "the summation index over next states")
    pi = v.input("pi", r"\pi(#2 \mid #1)", r"the probability that policy $\pi$ takes action $a$ in "
                 r"state $s$ (summing to $1$ over $a$)", domain=SIMPLEX, shape=(n_S, n_A))
    r = v.input("r", "r(#1, #2)", r"the expected immediate reward for taking action $a$ in state $s$",
                shape=(n_S, n_A))
    gamma = _discount(v)
    P = v.input("P", r"P(#3 \mid #1, #2)", r"the probability of moving to state $s'$ after taking "
                r"action $a$ in state $s$ (summing to $1$ over $s'$)", domain=SIMPLEX, shape=(n_S, n_A, n_S))
    V = v.input("V", "V_k(#1)", r"the current estimate of the value of state $s'$ (after $k$ backups)",
                shape=(n_S,))
    V_next = v.output("V_next", "V_{k+1}(#1)", r"the backed-up value of state $s$; iterating from any "
                      r"$V_0$ converges to $V^\pi(s)$, the value of $s$ under policy $\pi$, when "
                      r"$\gamma < 1$", shape=(n_S,))
    backup = r[s, a] + gamma * sp.Sum(P[s, a, s2] * V[s2], (s2, 1, n_S))
    return Definition(V_next[s], sp.Sum(pi[s, a] * backup, (a, 1, n_A)))


@equation(92, "actor_critic_gradient", "Actor-Critic Gradient", family=FAMILY,
          no_derivative="itself a policy-gradient estimate; its derivative (a second-order term) is not "
                        "part of any backward pass",
          notes="Made precise for a softmax policy with linear preferences, pi(a|s) proportional to "
                "exp(sum_l theta_{a,l} phi_l(s)), whose score is d log pi(a_i|s_i) / d theta_{a,k} = "
                "phi_k(s_i)(delta_{a_i a} - pi(a|s_i)); the expectation is the average over N sampled "
                "state-action pairs, with the critic and baseline evaluated at the samples.")
def actor_critic_gradient(v):
    N = v.size("N", "N", "the number of sampled state-action pairs")
    n_A = v.size("n_A", "n_{A}", "the number of actions")
    K = v.size("K", "K", "the number of state features")
    i = v.index("i", "i", "the sample index")
    a = v.index("a", "a", "the action index of the gradient's row")
    k = v.index("k", "k", "the feature index of the gradient's column")
    l = v.index("l", "l", "the summation index over features in the action preferences")  # noqa: E741
    a2 = v.index("a2", "a'", "the summation index over actions in the policy's normaliser")
    phi = v.input("phi", r"\phi_{#2}(s_{#1})", r"a feature of the $i$-th sampled state $s_i$ ($K$ features per "
                  r"sample, $N \times K$ in all)",
                  shape=(N, K))
    actions = v.input("actions", "a_{#1}", r"the action taken in the $i$-th sample, an integer in "
                      r"$\{1, \dots, n_A\}$", domain=POSITIVE_INTEGER, shape=(N,))
    theta = v.parameter("theta", r"\theta_{#1,#2}", r"a policy (actor) parameter, the weight of one feature "
                        r"in the linear preference for one action ($n_A \times K$ in all)", shape=(n_A, K))
    Q_w = v.input("Q_w", "Q_{w}(s_{#1}, a_{#1})", r"the critic's estimate of the action value of the "
                  r"$i$-th sampled pair", shape=(N,))
    baseline = v.input("baseline", "b(s_{#1})", r"the baseline at the $i$-th sampled state (e.g. a "
                       r"state-value estimate), subtracted to reduce variance", shape=(N,))
    grad = v.output("grad_J", r"\widehat{\nabla}_{\theta_{#1,#2}} J(\theta)", r"the sample estimate of "
                    r"the gradient of the expected return $J(\theta)$ with respect to $\theta_{a,k}$",
                    shape=(n_A, K))

    def preference(b):
        return sp.Sum(theta[b, l] * phi[i, l], (l, 1, K))

    policy = softmax_over(preference, a, a2, n_A)  # pi_theta(a | s_i)
    score = phi[i, k] * (sp.KroneckerDelta(actions[i], a) - policy)
    return Definition(grad[a, k], sp.Sum(score * (Q_w[i] - baseline[i]), (i, 1, N)) / N)


EQUATIONS = (q_learning, bellman_expectation, actor_critic_gradient)
