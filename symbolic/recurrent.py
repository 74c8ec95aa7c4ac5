"""Recurrent cells, one time step of one sequence: seed entries 32-39 (RNN, LSTM, GRU).

Vectors are in index notation: the input x_t has D components x_{t,k}, hidden states have H
components, a weight matrix W_{xg} (H x D) or W_{hg} (H x H) has entries (W_{xg})_{jk}, and each
equation defines component j of its output. The logistic sigmoid is written out as
1 / (1 + e^{-a}) so that no abstract function remains.
"""
from __future__ import annotations

import sympy as sp

from symbolic.declare import Definition, Definitions, equation
from symbolic.domains import OPEN_UNIT, interval

FAMILY = "recurrent"
TANH_RANGE = interval(-1.0, 1.0, lo_open=True, hi_open=True)


def _step_inputs(v):
    """Declare the sizes, x_t and h_{t-1} shared by every cell; return them with the indices."""
    D = v.size("D", "D", "the dimension of the input vector")
    H = v.size("H", "H", "the dimension of the hidden state (the number of hidden units)")
    x = v.input("x", "x_{t,#1}", r"the input vector at time $t$, $x_t \in \mathbb{R}^{D}$", shape=(D,))
    h_prev = v.input("h_prev", "h_{t-1,#1}",
                     r"the previous hidden state, $h_{t-1} \in \mathbb{R}^{H}$", shape=(H,))
    return D, H, x, h_prev


def _indices(v):
    j = v.index("j", "j", "the index of the hidden unit (the output component)")
    k = v.index("k", "k", "the summation index over input or hidden components")
    return j, k


def _weights(v, D, H, gate: str, what: str, bias: bool = True):
    """Declare W_{x<gate>} (H x D), W_{h<gate>} (H x H) and, if asked, b_<gate> (H)."""
    W_x = v.parameter(f"W_x{gate}", rf"(W_{{x{gate}}})_{{#1#2}}",
                      rf"the input-to-{what} weight matrix, $W_{{x{gate}}} \in \mathbb{{R}}^{{H \times D}}$",
                      shape=(H, D))
    W_h = v.parameter(f"W_h{gate}", rf"(W_{{h{gate}}})_{{#1#2}}",
                      rf"the hidden-to-{what} weight matrix, $W_{{h{gate}}} \in \mathbb{{R}}^{{H \times H}}$",
                      shape=(H, H))
    b = (v.parameter(f"b_{gate}", rf"b_{{{gate},#1}}",
                     rf"the {what} bias vector, $b_{{{gate}}} \in \mathbb{{R}}^{{H}}$", shape=(H,))
         if bias else None)
    return W_x, W_h, b


def _matvec(W, vec, j, k, n):
    """Component j of the matrix-vector product W vec, with vec of length n."""
    return sp.Sum(W[j, k] * vec[k], (k, 1, n))


def _affine(W_x, x, W_h, h_prev, b, j, k, D, H):
    """Component j of W_x x_t + W_h h_{t-1} + b."""
    return _matvec(W_x, x, j, k, D) + _matvec(W_h, h_prev, j, k, H) + b[j]


def _sigmoid(a):
    return 1 / (1 + sp.exp(-a))


def _gate(v, gate: str, name: str, what: str):
    """A sigmoid gate g_t = sigma(W_{xg} x_t + W_{hg} h_{t-1} + b_g), component j (entries 33-35, 37, 38)."""
    D, H, x, h_prev = _step_inputs(v)
    out = v.output(name, f"{gate}_{{t,#1}}", f"the {what} activation at time $t$, in $(0, 1)$",
                   domain=OPEN_UNIT, shape=(H,))
    W_x, W_h, b = _weights(v, D, H, gate, what)
    j, k = _indices(v)
    return Definition(out[j], _sigmoid(_affine(W_x, x, W_h, h_prev, b, j, k, D, H)))


@equation(32, "rnn_hidden", "RNN Hidden State Update", family=FAMILY,
          notes="The seed leaves the activation f open; we use tanh, the standard Elman-network choice.")
def rnn_hidden(v):
    D, H, x, h_prev = _step_inputs(v)
    h = v.output("h_t", "h_{t,#1}", r"the hidden state at time $t$, in $(-1, 1)^{H}$",
                 domain=TANH_RANGE, shape=(H,))
    W_x, W_h, b = _weights(v, D, H, "h", "hidden")
    j, k = _indices(v)
    return Definition(h[j], sp.tanh(_affine(W_x, x, W_h, h_prev, b, j, k, D, H)))


@equation(33, "lstm_input_gate", "LSTM Input Gate", family=FAMILY)
def lstm_input_gate(v):
    return _gate(v, "i", "i_t", "input gate")


@equation(34, "lstm_forget_gate", "LSTM Forget Gate", family=FAMILY)
def lstm_forget_gate(v):
    return _gate(v, "f", "f_t", "forget gate")


@equation(35, "lstm_output_gate", "LSTM Output Gate", family=FAMILY)
def lstm_output_gate(v):
    return _gate(v, "o", "o_t", "output gate")


@equation(36, "lstm_cell_state", "LSTM Cell State", family=FAMILY,
          notes="The candidate is computed first, then mixed with the old cell state; f_t and i_t are "
                "the gate values of entries 34 and 33.")
def lstm_cell_state(v):
    D, H, x, h_prev = _step_inputs(v)
    c = v.output("c_t", "c_{t,#1}", r"the cell state at time $t$, $c_t \in \mathbb{R}^{H}$", shape=(H,))
    f = v.input("f_t", "f_{t,#1}", "the forget gate activation at time $t$, in $(0, 1)$",
                domain=OPEN_UNIT, shape=(H,))
    c_prev = v.input("c_prev", "c_{t-1,#1}", r"the previous cell state, $c_{t-1} \in \mathbb{R}^{H}$",
                     shape=(H,))
    i = v.input("i_t", "i_{t,#1}", "the input gate activation at time $t$, in $(0, 1)$",
                domain=OPEN_UNIT, shape=(H,))
    c_tilde = v.output("c_tilde", r"\tilde{c}_{t,#1}", r"the candidate cell state, in $(-1, 1)^{H}$",
                       domain=TANH_RANGE, shape=(H,))
    W_x, W_h, b = _weights(v, D, H, "c", "cell")
    j, k = _indices(v)
    return Definitions(
        (c_tilde[j], sp.tanh(_affine(W_x, x, W_h, h_prev, b, j, k, D, H))),
        (c[j], f[j] * c_prev[j] + i[j] * c_tilde[j]),
    )


@equation(37, "gru_update_gate", "GRU Update Gate", family=FAMILY)
def gru_update_gate(v):
    return _gate(v, "z", "z_t", "update gate")


@equation(38, "gru_reset_gate", "GRU Reset Gate", family=FAMILY)
def gru_reset_gate(v):
    return _gate(v, "r", "r_t", "reset gate")


@equation(39, "gru_hidden", "GRU Hidden State", family=FAMILY,
          notes="Exactly the seed's form, the convention of Cho et al. (2014) in which z_t keeps the old "
                "state (some texts swap z_t and 1 - z_t); the seed's candidate has no biases, whereas "
                "PyTorch adds b_in and b_hn inside the tanh.")
def gru_hidden(v):
    D, H, x, h_prev = _step_inputs(v)
    h = v.output("h_t", "h_{t,#1}", r"the updated hidden state at time $t$, $h_t \in \mathbb{R}^{H}$",
                 shape=(H,))
    z = v.input("z_t", "z_{t,#1}", "the update gate activation at time $t$, in $(0, 1)$",
                domain=OPEN_UNIT, shape=(H,))
    r = v.input("r_t", "r_{t,#1}", "the reset gate activation at time $t$, in $(0, 1)$",
                domain=OPEN_UNIT, shape=(H,))
    h_tilde = v.output("h_tilde", r"\tilde{h}_{t,#1}", r"the candidate hidden state, in $(-1, 1)^{H}$",
                       domain=TANH_RANGE, shape=(H,))
    W_x, W_h, _ = _weights(v, D, H, "h", "hidden", bias=False)
    j, k = _indices(v)
    candidate = sp.tanh(_matvec(W_x, x, j, k, D) + r[j] * _matvec(W_h, h_prev, j, k, H))
    return Definitions(
        (h_tilde[j], candidate),
        (h[j], z[j] * h_prev[j] + (1 - z[j]) * h_tilde[j]),
    )


EQUATIONS = (rnn_hidden, lstm_input_gate, lstm_forget_gate, lstm_output_gate, lstm_cell_state,
             gru_update_gate, gru_reset_gate, gru_hidden)
