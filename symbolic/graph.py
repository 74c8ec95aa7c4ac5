"""Graph neural network layers: seed entries 73 (weighted adjacency) and 74 (aggregation).

A graph has n nodes; node features are in index notation, h_{u,k}^{(l)} being feature k of node u
at layer l. Neighbourhoods are encoded by a weight or adjacency matrix indexed (v, u): a sum over
u in N(v) is a sum over all n nodes whose weight is zero off N(v).

Entry 73 maps F input features to F' output features; entry 74 aggregates each of F features.
"""
from __future__ import annotations

import sympy as sp

from symbolic.declare import Definition, Definitions, equation
from symbolic.domains import BINARY, NONNEGATIVE
from symbolic.reductions import MaxOver

FAMILY = "graph"


@equation(73, "gnn_weighted_adjacency", "Weighted Adjacency (Graph Neural Network)", family=FAMILY,
          notes="The seed leaves the activation sigma open; we use ReLU, max(0, .), as in GCN (Kipf and "
                "Welling 2017). The sum over N(v) runs over all nodes with alpha_vu = 0 for u outside N(v).")
def gnn_weighted_adjacency(table):
    n = table.size("n", "n", "the number of nodes in the graph")
    F = table.size("F", "F", "the number of features per node at layer $l$")
    F_out = table.size("F_out", "F'", "the number of features per node at layer $l+1$")
    h_next = table.output("h_next", "h_{#1,#2}^{(l+1)}",
                          "feature $j$ of the representation of node $v$ at layer $l+1$ (nonnegative)",
                          domain=NONNEGATIVE, shape=(n, F_out))
    alpha = table.input("alpha", r"\alpha_{#1#2}",
                        r"the attention or adjacency weight from node $u$ to node $v$, "
                        r"$\alpha_{vu} \ge 0$, and $\alpha_{vu} = 0$ when $u \notin \mathcal{N}(v)$",
                        domain=NONNEGATIVE, shape=(n, n))
    W = table.parameter("W", "W_{#1#2}^{(l)}",
                        r"the trainable weight matrix of layer $l$, $W^{(l)} \in \mathbb{R}^{F' \times F}$",
                        shape=(F_out, F))
    h = table.input("h", "h_{#1,#2}^{(l)}", "feature $k$ of the representation of node $u$ at layer $l$",
                    shape=(n, F))
    v = table.index("v", "v", "the index of the node being updated")
    j = table.index("j", "j", "the index of the output feature")
    u = table.index("u", "u", "the summation index over nodes (the neighbours of $v$)")
    k = table.index("k", "k", "the summation index over input features")
    message = sp.Sum(W[j, k] * h[u, k], (k, 1, F))
    return Definition(h_next[v, j], sp.Max(0, sp.Sum(alpha[v, u] * message, (u, 1, n))))


@equation(74, "gnn_aggregate", "GNN Aggregation", family=FAMILY,
          notes="AGGREGATE is given in its three standard forms, sum, mean and max, over the neighbours "
                "marked by a binary adjacency matrix A; mean and max of an empty set are undefined, so every "
                "node needs at least one neighbour. The seed's attention-based aggregation is entry 73.")
def gnn_aggregate(table):
    n = table.size("n", "n", "the number of nodes in the graph")
    h_sum = table.output("h_sum", r"h_{#1}^{\text{sum}}",
                         "the sum of the neighbours' features of node $v$", shape=(n,))
    h_mean = table.output("h_mean", r"h_{#1}^{\text{mean}}",
                          "the mean of the neighbours' features of node $v$", shape=(n,))
    h_max = table.output("h_max", r"h_{#1}^{\text{max}}",
                         "the maximum of the neighbours' features of node $v$", shape=(n,))
    A = table.input("A", "A_{#1#2}",
                    r"the adjacency matrix, $A_{vu} = 1$ if $u \in \mathcal{N}(v)$ and 0 otherwise; "
                    r"every row has at least one 1", domain=BINARY, shape=(n, n))
    h = table.input("h", "h_{#1}^{(l)}", "one feature of node $u$ at layer $l$ (vector features "
                    "are aggregated feature by feature)", shape=(n,))
    v = table.index("v", "v", "the index of the node being updated")
    u = table.index("u", "u", "the index over nodes (the neighbours of $v$)")
    total = sp.Sum(A[v, u] * h[u], (u, 1, n))
    degree = sp.Sum(A[v, u], (u, 1, n))
    neighbour = sp.Piecewise((h[u], sp.Eq(A[v, u], 1)), (-sp.oo, True))
    return Definitions(
        (h_sum[v], total),
        (h_mean[v], total / degree),
        (h_max[v], MaxOver(neighbour, (u, 1, n))),
    )


EQUATIONS = (gnn_weighted_adjacency, gnn_aggregate)
