"""References for the reinforcement-learning family (independent NumPy formulas, tabular MDPs)."""
import numpy as np

from tests.references import Reference


def _q_learning(v):
    Q = np.array(v["Q"], dtype=float)
    s, a, s2 = int(v["s"]) - 1, int(v["a"]) - 1, int(v["s2"]) - 1
    target = v["r"] + v["gamma"] * Q[s2].max()
    Q[s, a] += v["alpha"] * (target - Q[s, a])
    return {"Q": Q}


def _q_learning_inputs(rng, v):
    n_S, n_A = int(v["n_S"]), int(v["n_A"])
    return {"s": rng.integers(1, n_S + 1), "a": rng.integers(1, n_A + 1), "s2": rng.integers(1, n_S + 1)}


def _bellman(v):
    # T^pi V = r_pi + gamma P_pi V, with r_pi(s) = sum_a pi(a|s) r(s,a), P_pi(s, s') = sum_a pi(a|s) P(s'|s,a)
    pi, P = v["pi"], v["P"]
    r_pi = (pi * v["r"]).sum(axis=1)
    P_pi = np.einsum("sa,sat->st", pi, P)
    return {"V_next": r_pi + v["gamma"] * P_pi @ v["V"]}


def _actor_critic(v):
    phi, theta = v["phi"], v["theta"]
    n_A = theta.shape[0]
    logits = phi @ theta.T                                  # N x n_A preferences
    pi = np.exp(logits - logits.max(axis=1, keepdims=True))
    pi /= pi.sum(axis=1, keepdims=True)
    onehot = np.eye(n_A)[v["actions"].astype(int) - 1]
    advantage = v["Q_w"] - v["baseline"]
    # grad log pi(a_i|s_i) w.r.t. theta is outer(onehot_i - pi_i, phi_i)
    return {"grad_J": ((onehot - pi) * advantage[:, None]).T @ phi / len(phi)}


def _actor_critic_inputs(rng, v):
    return {"actions": rng.integers(1, int(v["n_A"]) + 1, size=int(v["N"])).astype(float)}


REFERENCES = {
    "q_learning": Reference(_q_learning, sizes={"n_S": 3, "n_A": 2}, inputs=_q_learning_inputs),
    "bellman_expectation": Reference(_bellman, sizes={"n_S": 3, "n_A": 2}),
    "actor_critic_gradient": Reference(_actor_critic, sizes={"N": 3, "n_A": 2, "K": 2},
                                       inputs=_actor_critic_inputs),
}
