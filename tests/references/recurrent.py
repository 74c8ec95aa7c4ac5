"""References for the recurrent family (independent NumPy formulas, one time step)."""
import numpy as np

from tests.references import Reference

SIZES = {"D": 3, "H": 2}


def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def _gate(g, out):
    """sigma(W_xg @ x + W_hg @ h_prev + b_g) for the gate letter g."""
    def formula(v):
        return {out: _sigmoid(v[f"W_x{g}"] @ v["x"] + v[f"W_h{g}"] @ v["h_prev"] + v[f"b_{g}"])}
    return Reference(formula, sizes=SIZES)


def _rnn(v):
    return {"h_t": np.tanh(v["W_hh"] @ v["h_prev"] + v["W_xh"] @ v["x"] + v["b_h"])}


def _lstm_cell(v):
    c_tilde = np.tanh(v["W_xc"] @ v["x"] + v["W_hc"] @ v["h_prev"] + v["b_c"])
    return {"c_tilde": c_tilde, "c_t": v["f_t"] * v["c_prev"] + v["i_t"] * c_tilde}


def _gru_hidden(v):
    h_tilde = np.tanh(v["W_xh"] @ v["x"] + v["r_t"] * (v["W_hh"] @ v["h_prev"]))
    return {"h_tilde": h_tilde, "h_t": v["z_t"] * v["h_prev"] + (1.0 - v["z_t"]) * h_tilde}


REFERENCES = {
    "rnn_hidden": Reference(_rnn, sizes=SIZES),
    "lstm_input_gate": _gate("i", "i_t"),
    "lstm_forget_gate": _gate("f", "f_t"),
    "lstm_output_gate": _gate("o", "o_t"),
    "lstm_cell_state": Reference(_lstm_cell, sizes=SIZES),
    "gru_update_gate": _gate("z", "z_t"),
    "gru_reset_gate": _gate("r", "r_t"),
    "gru_hidden": Reference(_gru_hidden, sizes=SIZES),
}
