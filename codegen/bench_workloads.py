"""The workloads of `dleq bench` (codegen/bench.py): inputs, and one implementation per library.

Each workload builds its inputs once (seeded), then each implementation turns them into a
callable with no arguments that returns NumPy arrays (the results the cross-check compares).
An implementation factory returns None where its library is not installed. Sizes are issue 6's;
``quick`` shrinks them about 16-fold for a fast look.

What a workload counts as its traffic (bytes that must be read and written once) or work (the
flops of its matrix products) is stated with it: the roofline column of BENCHMARKS.md.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

import numpy as np


@dataclass
class Workload:
    name: str
    dtype: type
    size: str                       # shown in the table
    make: Callable                  # rng -> dict of NumPy inputs
    impls: dict                     # library -> factory(inputs) -> callable or None
    traffic: Callable | None = None  # inputs -> bytes read and written once (memory-bound work)
    flops: Callable | None = None    # inputs -> flops of the matrix products (compute-bound work)
    matmul: Callable | None = None   # inputs -> callable timing NumPy's BLAS at the same shapes
    rtol: float = 0.0               # cross-check tolerance (0: from the dtype)
    notes: list = field(default_factory=list)


# --- optional libraries ---------------------------------------------------------------------------
def torch_module():
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(2)
    return torch


def jax_modules():
    try:
        import jax
    except ImportError:
        return None
    jax.config.update("jax_enable_x64", True)
    import jax.numpy as jnp
    return jax, jnp


def _jax(build):
    """A factory from ``build(jax, jnp, inputs) -> (jitted function, args)``."""
    def factory(inputs):
        mods = jax_modules()
        if mods is None:
            return None
        jax, jnp = mods
        fn, args = build(jax, jnp, inputs)
        args = [jax.device_put(a) for a in args]

        def run():
            out = fn(*args)
            out = jax.block_until_ready(out)
            return tuple(np.asarray(o) for o in out) if isinstance(out, tuple) else np.asarray(out)
        return run
    return factory


def _torch(build):
    """A factory from ``build(torch, inputs) -> callable returning tensors``."""
    def factory(inputs):
        torch = torch_module()
        if torch is None:
            return None
        fn = build(torch, inputs)

        def run():
            with torch.no_grad():
                out = fn()
            return tuple(o.numpy() for o in out) if isinstance(out, tuple) else out.numpy()
        run.reset = getattr(fn, "reset", None)
        return run
    return factory


# --- elementwise ----------------------------------------------------------------------------------
def _logits(n, dtype):
    return lambda rng: {"z": (rng.standard_normal(n) * 4).astype(dtype)}


def _elementwise(name, n, dtype, quick):
    import generated
    n = n // 16 if quick else n
    kernel = {"sigmoid": generated.sigmoid, "softplus": generated.softplus,
              "sigmoid_derivative": generated.sigmoid_grad_z}[name]

    def dleq(inputs):
        z = inputs["z"]
        out = np.empty_like(z)
        return lambda: kernel(z, out=out)

    def numpy(inputs):
        z = inputs["z"]
        if name == "sigmoid":
            return lambda: 1 / (1 + np.exp(-z))
        if name == "softplus":
            return lambda: np.logaddexp(0, z)
        return lambda: (lambda s: s * (1 - s))(1 / (1 + np.exp(-z)))

    def jax_build(jax, jnp, inputs):
        f = {"sigmoid": jax.nn.sigmoid, "softplus": jax.nn.softplus,
             "sigmoid_derivative": jax.vmap(jax.grad(jax.nn.sigmoid))}[name]
        return jax.jit(f), [inputs["z"]]

    def torch_build(torch, inputs):
        z = torch.from_numpy(inputs["z"])
        out = torch.empty_like(z)
        if name == "sigmoid":
            return lambda: torch.sigmoid(z, out=out)
        if name == "softplus":
            return lambda: torch.nn.functional.softplus(z)
        return lambda: (lambda s: s * (1 - s))(torch.sigmoid(z))

    size = f"{n:.0e} values".replace("e+0", "e")
    return Workload(f"{name}", dtype, size, _logits(n, dtype),
                    {"dleq": dleq, "numpy": numpy, "jax": _jax(jax_build), "torch": _torch(torch_build)},
                    traffic=lambda i: 2 * i["z"].nbytes)


# --- rows: softmax and softmax cross-entropy ------------------------------------------------------
def _softmax(quick):
    import generated
    rows = 256 if quick else 4096
    shape = (rows, 1000)

    def make(rng):
        return {"z": rng.standard_normal(shape) * 4}

    def dleq(i):
        out = np.empty_like(i["z"])
        return lambda: generated.softmax(i["z"], out=out)

    def numpy(i):
        def run():
            e = np.exp(i["z"] - i["z"].max(axis=1, keepdims=True))
            return e / e.sum(axis=1, keepdims=True)
        return run

    def jax_build(jax, jnp, i):
        return jax.jit(lambda z: jax.nn.softmax(z, axis=1)), [i["z"]]

    def torch_build(torch, i):
        z = torch.from_numpy(i["z"])
        return lambda: torch.softmax(z, dim=1)

    return Workload("row softmax", np.float64, f"{rows}x1000", make,
                    {"dleq": dleq, "numpy": numpy, "jax": _jax(jax_build), "torch": _torch(torch_build)},
                    traffic=lambda i: 2 * i["z"].nbytes)


def _cross_entropy(quick, backward_only: bool):
    """Loss per row and its gradient wrt the logits, from integer labels (0-based class positions):
    dleq's label kernels of entry 53, which read the class where the one-hot target would be."""
    import generated
    rows = 256 if quick else 4096
    C = 1000

    def make(rng):
        return {"z": rng.standard_normal((rows, C)) * 4, "labels": rng.integers(0, C, rows)}

    def dleq(i):
        if backward_only:
            out = np.empty_like(i["z"])
            return lambda: generated.softmax_cross_entropy_grad_labels(i["z"], i["labels"], out=out)
        loss, grad = np.empty(rows), np.empty_like(i["z"])
        return lambda: generated.softmax_cross_entropy_value_and_grad_labels(i["z"], i["labels"], out=(loss, grad))

    def numpy(i):
        z, labels = i["z"], i["labels"]

        def run():
            shifted = z - z.max(axis=1, keepdims=True)
            lse = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
            logp = shifted - lse
            grad = np.exp(logp)
            grad[np.arange(rows), labels] -= 1
            return grad if backward_only else (-logp[np.arange(rows), labels], grad)
        return run

    def jax_build(jax, jnp, i):
        def f(z, labels):
            logp = jax.nn.log_softmax(z, axis=1)
            grad = jnp.exp(logp).at[jnp.arange(rows), labels].add(-1.0)
            return grad if backward_only else (-logp[jnp.arange(rows), labels], grad)
        return jax.jit(f), [i["z"], i["labels"]]

    def torch_build(torch, i):
        z, labels = torch.from_numpy(i["z"]), torch.from_numpy(i["labels"])
        idx = torch.arange(rows)

        def run():
            logp = torch.log_softmax(z, dim=1)
            grad = logp.exp()
            grad[idx, labels] -= 1
            return grad if backward_only else (-logp[idx, labels], grad)
        return run

    name = "softmax cross-entropy backward" if backward_only else "softmax cross-entropy loss + grad"
    return Workload(name, np.float64, f"{rows}x{C}", make,
                    {"dleq": dleq, "numpy": numpy, "jax": _jax(jax_build), "torch": _torch(torch_build)},
                    traffic=lambda i: 2 * i["z"].nbytes + i["labels"].nbytes)


# --- Adam ----------------------------------------------------------------------------------------
ADAM = dict(beta1=0.9, beta2=0.999, eta=1e-3, t=3.0, eps=1e-8)


def _adam(quick):
    import generated
    n = 10**7 // 16 if quick else 10**7

    def make(rng):
        return {"theta": rng.standard_normal(n), "g": rng.standard_normal(n),
                "m": rng.standard_normal(n) * 0.1, "v": rng.random(n) * 0.01}

    def fresh(i):  # every implementation updates its own copies in place, from the same state
        return {k: v.copy() for k, v in i.items()}

    def restore(s, i):  # before every call, untimed (bench.untimed)
        def reset():
            s["m"][:], s["v"][:], s["theta"][:] = i["m"], i["v"], i["theta"]
        return reset

    def dleq(i):
        s = fresh(i)
        a = ADAM

        def run():
            generated.adam_inplace(s["m"], s["v"], a["beta1"], a["beta2"], a["eta"], a["t"], a["eps"],
                                   s["theta"], s["g"])
            return s["theta"]
        run.reset = restore(s, i)
        return run

    def numpy(i):
        s = fresh(i)
        a = ADAM

        def run():
            m, v, th, g = s["m"], s["v"], s["theta"], s["g"]
            m *= a["beta1"]
            m += (1 - a["beta1"]) * g
            v *= a["beta2"]
            v += (1 - a["beta2"]) * g * g
            mh = m / (1 - a["beta1"] ** a["t"])
            vh = v / (1 - a["beta2"] ** a["t"])
            th -= a["eta"] * mh / (np.sqrt(vh) + a["eps"])
            return th
        run.reset = restore(s, i)
        return run

    def torch_build(torch, i):
        arrays = fresh(i)
        s = {k: torch.from_numpy(v) for k, v in arrays.items()}  # the tensors share these arrays
        a = ADAM
        step = torch.tensor(a["t"], dtype=torch.float64)  # torch.optim.Adam increments it before the call

        def run():
            torch._fused_adam_([s["theta"]], [s["g"]], [s["m"]], [s["v"]], [], [step], lr=a["eta"],
                               beta1=a["beta1"], beta2=a["beta2"], weight_decay=0.0, eps=a["eps"],
                               amsgrad=False, maximize=False)
            return s["theta"]
        run.reset = restore(arrays, i)
        return run

    def jax_build(jax, jnp, i):
        a = ADAM

        def f(theta, m, v, g):
            m = a["beta1"] * m + (1 - a["beta1"]) * g
            v = a["beta2"] * v + (1 - a["beta2"]) * g * g
            mh = m / (1 - a["beta1"] ** a["t"])
            vh = v / (1 - a["beta2"] ** a["t"])
            return theta - a["eta"] * mh / (jnp.sqrt(vh) + a["eps"])
        return jax.jit(f), [i["theta"], i["m"], i["v"], i["g"]]

    # read theta, m, v, g; write theta, m, v
    return Workload("Adam step (in place)", np.float64, f"{n:.0e} parameters".replace("e+0", "e"), make,
                    {"dleq": dleq, "numpy": numpy, "jax": _jax(jax_build), "torch": _torch(torch_build)},
                    traffic=lambda i: 7 * i["theta"].nbytes,
                    notes=["before each call m, v and theta are restored, untimed; "
                           "JAX returns a new theta (no in-place update)"])


# --- batch norm ----------------------------------------------------------------------------------
def _batch_norm(quick, backward: bool):
    import generated
    rows = 256 if quick else 4096
    shape = (rows, 1024)
    eps = 1e-5

    def make(rng):
        return {"x": rng.standard_normal(shape) * 3 + 1, "gamma": rng.random(shape[1]) + 0.5,
                "beta": rng.standard_normal(shape[1]), "G": rng.standard_normal(shape)}

    def dleq(i):
        # entry 26 normalises one channel over the batch: the channel's samples are its last
        # axis, so the (batch, channel) matrix is passed transposed (a strided view, no copy)
        xt, gt = i["x"].T, i["G"].T
        if backward:
            return lambda: generated.batch_norm_forward_vjp_x(xt, eps, i["gamma"], i["beta"], gt).T
        return lambda: generated.batch_norm_forward(xt, eps, i["gamma"], i["beta"]).T

    def numpy(i):
        x, gamma, beta, G = i["x"], i["gamma"], i["beta"], i["G"]

        def run():
            mu = x.mean(axis=0)
            var = x.var(axis=0)
            inv = 1 / np.sqrt(var + eps)
            xh = (x - mu) * inv
            if not backward:
                return gamma * xh + beta
            gx = G * gamma
            return inv * (gx - gx.mean(axis=0) - xh * (gx * xh).mean(axis=0))
        return run

    def jax_build(jax, jnp, i):
        def fwd(x, gamma, beta):
            mu = x.mean(axis=0)
            var = ((x - mu) ** 2).mean(axis=0)
            return gamma * (x - mu) / jnp.sqrt(var + eps) + beta
        if not backward:
            return jax.jit(fwd), [i["x"], i["gamma"], i["beta"]]

        def bwd(x, gamma, beta, G):
            return jax.vjp(lambda x: fwd(x, gamma, beta), x)[1](G)[0]
        return jax.jit(bwd), [i["x"], i["gamma"], i["beta"], i["G"]]

    def torch_build(torch, i):
        x, gamma, beta, G = (torch.from_numpy(i[k]) for k in ("x", "gamma", "beta", "G"))
        F = torch.nn.functional
        if not backward:
            return lambda: F.batch_norm(x, None, None, gamma, beta, training=True, eps=eps)

        def run():
            with torch.enable_grad():
                xr = x.detach().requires_grad_(True)
                y = F.batch_norm(xr, None, None, gamma, beta, training=True, eps=eps)
                (gx,) = torch.autograd.grad(y, xr, G)
            return gx
        return run

    name = "batch-norm backward (dx)" if backward else "batch-norm forward"
    return Workload(name, np.float64, f"{rows}x1024", make,
                    {"dleq": dleq, "numpy": numpy, "jax": _jax(jax_build), "torch": _torch(torch_build)},
                    traffic=lambda i: (3 if backward else 2) * i["x"].nbytes)


# --- LSTM cell -----------------------------------------------------------------------------------
def _lstm(quick):
    import generated
    B, D, H = (32, 128, 128) if quick else (256, 512, 512)

    def make(rng):
        s = 1 / math.sqrt(D + H)
        w = {f"W_x{g}": rng.standard_normal((H, D)) * s for g in "ifoc"}
        w.update({f"W_h{g}": rng.standard_normal((H, H)) * s for g in "ifoc"})
        w.update({f"b_{g}": rng.standard_normal(H) * 0.1 for g in "ifoc"})
        return dict(w, x=rng.standard_normal((B, D)), h=rng.standard_normal((B, H)),
                    c=rng.standard_normal((B, H)))

    def dleq(i):
        def run():
            x, h = i["x"], i["h"]
            it = generated.lstm_input_gate(x, h, i["W_xi"], i["W_hi"], i["b_i"])
            ft = generated.lstm_forget_gate(x, h, i["W_xf"], i["W_hf"], i["b_f"])
            ot = generated.lstm_output_gate(x, h, i["W_xo"], i["W_ho"], i["b_o"])
            c = generated.lstm_cell_state(x, h, ft, i["c"], it, i["W_xc"], i["W_hc"], i["b_c"])
            # the catalogue has no h_t = o_t tanh(c_t) entry: its tanh activation, times o_t
            return c, ot * generated.tanh(c)
        return run

    def numpy(i):
        Wx = np.concatenate([i[f"W_x{g}"] for g in "ifoc"]).T.copy()
        Wh = np.concatenate([i[f"W_h{g}"] for g in "ifoc"]).T.copy()
        b = np.concatenate([i[f"b_{g}"] for g in "ifoc"])

        def run():
            pre = i["x"] @ Wx + i["h"] @ Wh + b
            sig = 1 / (1 + np.exp(-pre[:, :3 * H]))
            ig, fg, og = sig[:, :H], sig[:, H:2 * H], sig[:, 2 * H:]
            c = fg * i["c"] + ig * np.tanh(pre[:, 3 * H:])
            return c, og * np.tanh(c)
        return run

    def jax_build(jax, jnp, i):
        Wx = np.concatenate([i[f"W_x{g}"] for g in "ifoc"]).T.copy()
        Wh = np.concatenate([i[f"W_h{g}"] for g in "ifoc"]).T.copy()
        b = np.concatenate([i[f"b_{g}"] for g in "ifoc"])

        def f(x, h, c, Wx, Wh, b):
            pre = x @ Wx + h @ Wh + b
            sig = jax.nn.sigmoid(pre[:, :3 * H])
            c2 = sig[:, H:2 * H] * c + sig[:, :H] * jnp.tanh(pre[:, 3 * H:])
            return c2, sig[:, 2 * H:] * jnp.tanh(c2)
        return jax.jit(f), [i["x"], i["h"], i["c"], Wx, Wh, b]

    def torch_build(torch, i):
        cell = torch.nn.LSTMCell(D, H, dtype=torch.float64)
        with torch.no_grad():  # PyTorch's gate order is i, f, g, o
            cell.weight_ih.copy_(torch.from_numpy(np.concatenate([i[f"W_x{g}"] for g in "ifco"])))
            cell.weight_hh.copy_(torch.from_numpy(np.concatenate([i[f"W_h{g}"] for g in "ifco"])))
            cell.bias_ih.copy_(torch.from_numpy(np.concatenate([i[f"b_{g}"] for g in "ifco"])))
            cell.bias_hh.zero_()
        x, h, c = (torch.from_numpy(i[k]) for k in ("x", "h", "c"))

        def run():
            h2, c2 = cell(x, (h, c))
            return c2, h2
        return run

    def matmul(i):  # the same products as one BLAS call each: (B, D) x (D, 4H) and (B, H) x (H, 4H)
        Wx = np.concatenate([i[f"W_x{g}"] for g in "ifoc"]).T.copy()
        Wh = np.concatenate([i[f"W_h{g}"] for g in "ifoc"]).T.copy()
        return lambda: (i["x"] @ Wx, i["h"] @ Wh)

    return Workload("LSTM cell step", np.float64, f"batch {B}, input {D}, hidden {H}", make,
                    {"dleq": dleq, "numpy": numpy, "jax": _jax(jax_build), "torch": _torch(torch_build)},
                    flops=lambda i: 2 * B * 4 * H * (D + H), matmul=matmul,
                    notes=["dleq computes h_t = o_t tanh(c_t) as o_t times its tanh kernel (entry 6): the catalogue has no entry for h_t"])


# --- attention -----------------------------------------------------------------------------------
def _too_slow_to_time(vjps, Bh, L, d, budget: float = 30.0) -> str | None:
    """A guard against timing a call that would take minutes: one call per size at L = 32 and
    64 (one head) gives the cost's growth in L; where the full size would take longer than
    ``budget`` seconds a call, the reason (with the extrapolated time) is returned instead. (The
    attention VJPs once recomputed each query's softmax normaliser per output component, L^4 d^2;
    codegen/lowering.py now computes it once per query.)"""
    import time
    rng = np.random.default_rng(0)
    seconds = []
    for n in (32, 64):
        args = [rng.standard_normal((1, n, d)) for _ in range(4)]
        vjps(*args)  # compile or load
        t = time.perf_counter()
        vjps(*args)
        seconds.append(time.perf_counter() - t)
    power = math.log(seconds[1] / seconds[0], 2)
    full = Bh * seconds[1] * (L / 64) ** power
    if full <= budget:
        return None
    return (f"one call would take about {full:.3g} s (one head: {seconds[0]:.3g} s at L = 32, "
            f"{seconds[1]:.3g} s at L = 64, cost ~ L^{power:.1f})")


def _attention(quick, backward: bool):
    import generated
    Bh, L, d = (4, 128, 64) if quick else (32, 256, 64)
    scale = 1 / math.sqrt(d)

    def make(rng):
        return {k: rng.standard_normal((Bh, L, d)) for k in ("Q", "K", "V", "G")}

    def vjps(Q, K, V, G):  # the three gradients in one kernel (the separate ones: about 1.5x the time)
        return generated.scaled_dot_product_attention_vjps(Q, K, V, G)

    def dleq(i):
        Q, K, V, G = i["Q"], i["K"], i["V"], i["G"]
        if backward:
            return _too_slow_to_time(vjps, Bh, L, d) or (lambda: vjps(Q, K, V, G))
        return lambda: generated.scaled_dot_product_attention(Q, K, V)

    def _np_forward(Q, K, V):
        S = Q @ K.transpose(0, 2, 1) * scale
        P = np.exp(S - S.max(axis=2, keepdims=True))
        P /= P.sum(axis=2, keepdims=True)
        return P

    def numpy(i):
        Q, K, V, G = i["Q"], i["K"], i["V"], i["G"]

        def run():
            P = _np_forward(Q, K, V)
            if not backward:
                return P @ V
            dV = P.transpose(0, 2, 1) @ G
            dP = G @ V.transpose(0, 2, 1)
            dS = P * (dP - (dP * P).sum(axis=2, keepdims=True)) * scale
            return dS @ K, dS.transpose(0, 2, 1) @ Q, dV
        return run

    def jax_build(jax, jnp, i):
        def fwd(Q, K, V):
            return jax.nn.softmax(Q @ K.transpose(0, 2, 1) * scale, axis=2) @ V
        if not backward:
            return jax.jit(fwd), [i["Q"], i["K"], i["V"]]

        def bwd(Q, K, V, G):
            return jax.vjp(fwd, Q, K, V)[1](G)
        return jax.jit(bwd), [i["Q"], i["K"], i["V"], i["G"]]

    def torch_build(torch, i):
        Q, K, V, G = (torch.from_numpy(i[k]) for k in ("Q", "K", "V", "G"))
        F = torch.nn.functional
        if not backward:
            return lambda: F.scaled_dot_product_attention(Q, K, V)

        def run():
            with torch.enable_grad():
                q, k, v = (t.detach().requires_grad_(True) for t in (Q, K, V))
                out = F.scaled_dot_product_attention(q, k, v)
                return torch.autograd.grad(out, (q, k, v), G)
        return run

    def matmul(i):
        Q, K, V = i["Q"], i["K"], i["V"]
        Kt = K.transpose(0, 2, 1).copy()
        if backward:
            P = Q @ Kt
            return lambda: (Q @ Kt, P @ V, P.transpose(0, 2, 1) @ V, P @ K, P.transpose(0, 2, 1) @ Q)
        return lambda: (Q @ Kt, (Q @ Kt) @ V)

    products = 5 if backward else 2  # QK^T and PV; backward: QK^T again, dV, dP, dQ, dK
    return Workload("attention backward" if backward else "attention", np.float64,
                    f"{Bh} heads x batch, L = S = {L}, d = {d}", make,
                    {"dleq": dleq, "numpy": numpy, "jax": _jax(jax_build), "torch": _torch(torch_build)},
                    flops=lambda i: products * 2 * Bh * L * L * d, matmul=matmul,
                    notes=["dleq calls scaled_dot_product_attention_vjps (dQ, dK and dV in one kernel, which computes the "
                           "softmax weights from Q and K again); JAX's vjp and PyTorch's autograd run the forward "
                           "pass first"] if backward else [])


def workloads(quick: bool) -> list[Workload]:
    out = []
    for name in ("sigmoid", "softplus", "sigmoid_derivative"):
        for dtype in (np.float64, np.float32):
            out.append(_elementwise(name, 10**7, dtype, quick))
    out += [_softmax(quick), _cross_entropy(quick, False), _adam(quick), _batch_norm(quick, False),
            _lstm(quick), _attention(quick, False), _cross_entropy(quick, True), _batch_norm(quick, True),
            _attention(quick, True)]
    return out
