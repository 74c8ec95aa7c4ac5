"""Lowering: ordered lines ``lhs = rhs`` (SymPy, with Sum, MaxOver, Piecewise) to loop statements.

Every output index becomes a loop; every Sum becomes an accumulator loop placed at the outermost
loop level its free symbols allow (so a softmax denominator is computed once, not per
component); a subexpression used more than once becomes one temporary (``_t0, _t1, ...``, in
order of first use, so the names are deterministic). A Piecewise whose branches read arrays
becomes an ``if`` statement, and nothing under a guard is hoisted above it: a guarded index is
only read where its guard holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp
from sympy.core.function import AppliedUndef

from symbolic.indexcalc import free_symbols
from symbolic.reductions import InverseGeometricMean, MaxOver


@dataclass
class Scope:
    var: sp.Symbol | None
    body: list = field(default_factory=list)
    guard: bool = False
    lo: sp.Basic = None
    hi: sp.Basic = None
    reduction: bool = False  # the loop of a Sum or MaxOver (not an output loop)
    vector: bool = False     # the loop filling a vector temporary (Lowerer._as_vector)


class exp_neg(sp.Function):  # noqa: N801 - SymPy function classes are lower case
    """exp of an argument that cannot be positive (rt.exp_neg: exp's bits, a cheaper scale)."""


def nonpositive(arg, stack) -> bool:
    """arg <= 0 for every value of its symbols (or NaN): SymPy knows it (-|a|, -2|a|), or it is
    n terms f(i) less n times M = max_k f(k), each i a loop index over M's range or part of it
    (softmax's z_j - max_k z_k, attention's s_tj - max_u s_tu; each term f(i) - M <= 0, exactly
    so in floating point: max is exact and a rounded subtraction keeps the sign)."""
    if arg.is_nonpositive:
        return True
    if not isinstance(arg, sp.Add):
        return False
    maxima = [t for t in arg.args if isinstance(t, sp.Mul) and len(t.args) == 2 and t.args[0].is_Integer
              and t.args[0] < 0 and isinstance(t.args[1], MaxOver)]  # -M is Mul(-1, M) too
    if len(maxima) != 1 or len(maxima[0].args[1].limits) != 1:
        return False
    n, m = -maxima[0].args[0], maxima[0].args[1]
    var, lo, hi = m.limits[0]
    ranges = {sc.var: (sc.lo, sc.hi) for sc in stack if sc.var is not None and sc.lo is not None}
    count = 0
    for term in arg.args:
        if term is maxima[0]:
            continue
        coeff, rest = term.as_coeff_Mul()
        within = [i for i, (a, b) in ranges.items()
                  if sp.sympify(a - lo).is_nonnegative and sp.sympify(hi - b).is_nonnegative
                  and m.function.xreplace({var: i}) == rest]
        if not (coeff.is_Integer and coeff > 0 and within):
            return False
        count += int(coeff)
    return count == n


def _plain_sets(body) -> bool:
    """A loop body of assignments to temporaries only (no store, branch, loop or vector)."""
    return all(st[0] == "set" for st in body)


def _worth_a_temporary(e) -> bool:
    return not (e.is_Atom or isinstance(e, (sp.Indexed, sp.core.relational.Relational, sp.logic.boolalg.Boolean))
                or (isinstance(e, sp.Mul) and len(e.args) == 2 and e.args[0] == -1 and e.args[1].is_Atom))


def _reads_arrays(e) -> bool:
    return any(isinstance(a, (sp.Indexed, sp.Sum, MaxOver)) for a in sp.preorder_traversal(e))


class Lowerer:
    def __init__(self, repeated: set, axes: dict | None = None, matrices: set | None = None):
        self.axes = axes or {}       # array name -> ((origin, extent) per axis), for matrix products
        self.matrices = matrices     # keys of the calls to compute once into a matrix (_as_matrix)
        self.calls: dict = {}        # key of a call of two loop indices -> the places it is computed
        self.filled: dict = {}       # key -> its matrix, once filled
        self.indices: set = set()    # loop indices the lowering adds (a matrix's fill)
        self.ranges: dict = {}       # name of a filled matrix -> the ranges of its rows and columns
        self.keys: dict = {}         # (call, i, j, ranges) -> _matrix_key's answer (() for None)
        self.products: dict = {}     # name of a product array -> origins of its axes
        self.dots: dict = {}         # operands of a matrix product -> its array (computed once)
        self.vectors: dict = {}      # name of a vector temporary -> the depth of the scope holding it
        self.terms: dict = {}        # (term with its index blanked, range) -> (vector, scope body)
        self.filling: set = set()    # expressions whose vector is being filled (not vectorized again)
        self.n = 0
        self.memo: dict = {}
        self.level_of: dict = {}
        self.repeated = repeated
        self.root = Scope(None)

    def temp(self) -> sp.Symbol:
        t = sp.Symbol(f"_t{self.n}", real=True)
        self.n += 1
        return t

    def level(self, expr, stack, guarded: bool = True) -> int:
        """The outermost scope expr can be computed in: below its loop variables and temporaries,
        and (guarded) below every guard."""
        p = max([i for i, s in enumerate(stack) if s.guard], default=0) if guarded else 0
        return max(p, self._depth(free_symbols(expr), stack))

    def _remember(self, expr, t, p, stack):
        self.memo[expr] = (t, p, stack[p].body)
        self.level_of[t] = p

    def emit(self, expr, stack):
        if not isinstance(expr, sp.Basic) or expr.is_Atom or isinstance(expr, (sp.Indexed, sp.MatrixExpr)):
            return expr
        hit = self.memo.get(expr)
        if hit is not None and hit[1] < len(stack) and stack[hit[1]].body is hit[2]:
            return hit[0]
        if isinstance(expr, sp.Piecewise):
            pulled = common_factors_out(expr)
            if pulled is not expr:
                return self.emit(pulled, stack)
        matrix = self._as_matrix(expr, stack)
        if matrix is not None:
            return matrix
        vector = self._as_vector(expr, stack)
        if vector is not None:
            return vector
        if isinstance(expr, (sp.Sum, MaxOver, InverseGeometricMean)):
            return self._reduction(expr, stack)
        if isinstance(expr, sp.Piecewise) and any(_reads_arrays(e) for e, _ in expr.args):
            return self._branches(expr, stack)
        if isinstance(expr, (sp.core.relational.Relational, sp.logic.boolalg.Boolean)):
            if not any(isinstance(a, (sp.Sum, MaxOver)) for a in sp.preorder_traversal(expr)):
                return expr
        # a case split's operands last: what its arms and conditions share with the other
        # operands (an attention VJP's softmax weight, a vector over the queries) is then computed
        # once, as the other operand's vector, and read in the split
        found = self._matrix_key(expr, stack)
        if found is not None:
            key = self._canonical(found[0], found[1])
            self.calls[key] = self.calls.get(key, 0) + 1
        later = [isinstance(a, sp.Piecewise) for a in expr.args]
        done = {i: self.emit(a, stack) for i, a in sorted(enumerate(expr.args), key=lambda ia: later[ia[0]])}
        func = exp_neg if isinstance(expr, sp.exp) and nonpositive(expr.args[0], stack) else expr.func
        new = func(*[done[i] for i in range(len(expr.args))])
        invariant_call = (isinstance(expr, (sp.Function, sp.Pow)) and len(stack) > 1
                          and self.level(new, stack) < len(stack) - 1)  # hoist a loop-invariant call
        if (expr in self.repeated or invariant_call) and _worth_a_temporary(expr) and not expr.is_integer:
            p = self.level(new, stack)
            t = self.temp()
            stack[p].body.append(("set", t, new))
            self._remember(expr, t, p, stack)
            return t
        return new

    def _matrix_key(self, expr, stack):
        """(key, other, (i, j)) for a call of an elementary function (exp, log, ...) whose value
        depends on exactly two loop indices of ``stack``, i outside j, and on nothing else the loops
        or temporaries bind, over ranges fixed at the top of the kernel, reading arrays only at
        plain indices (so in bounds at every (i, j) of those ranges, whatever a guard around it
        says); else None. ``key`` is the call with i and j blanked (i as the row) and their ranges,
        ``other`` the same with the roles swapped: an attention weight's exp has the same key whether
        its indices are named (t, k), (t, s) or (t, l)."""
        if type(expr).__name__ not in ELEMENTARY or len(stack) < 3:
            return None
        depth = {sc.var: n for n, sc in enumerate(stack) if sc.var is not None}
        syms = {x for x in free_symbols(expr) if isinstance(x, sp.Symbol)}
        idx = sorted((x for x in syms if x in depth), key=lambda x: depth[x])
        if len(idx) != 2 or any(x in self.level_of for x in syms):
            return None
        ranges = []
        for x in idx:
            sc = stack[depth[x]]
            if sc.lo is None:
                return None
            lo, hi = sp.sympify(sc.lo), sp.sympify(sc.hi)
            if (free_symbols(lo) | free_symbols(hi)) & (set(depth) | set(self.level_of)):
                return None
            ranges.append((lo, hi))
        (i, j), (ri, rj) = idx, ranges
        hit = self.keys.get((expr, i, j, ri, rj))
        if hit is not None:
            return hit or None
        inner = {lim[0] for a in sp.preorder_traversal(expr) if isinstance(a, (sp.Sum, MaxOver)) for lim in a.limits}
        if not all(isinstance(x, sp.Symbol) and x in inner | {i, j}
                   for a in sp.preorder_traversal(expr) if isinstance(a, sp.Indexed) for x in a.indices):
            self.keys[(expr, i, j, ri, rj)] = ()
            return None
        key = (_rename_free(expr, {i: _ROW, j: _COL}), ri, rj)
        other = (_rename_free(expr, {i: _COL, j: _ROW}), rj, ri)
        self.keys[(expr, i, j, ri, rj)] = (key, other, (i, j))
        return key, other, (i, j)

    @staticmethod
    def _canonical(key, other):
        return min(key, other, key=sp.default_sort_key)

    def _as_matrix(self, expr, stack):
        """A call of two loop indices computed in two places or more (first pass: self.calls)
        is computed once into a matrix over their whole ranges, at the top of the kernel, and read
        in each place: attention's K and V gradients computed exp(score_ts - max_t) in three and
        two loops (the normaliser, the weighted row sums, the walk down a key's column), now in
        one. The first place fixes the matrix's orientation (its outer loop's index is the row).
        Each entry is the same expression on the same operands, so the values are unchanged."""
        if not self.matrices:
            return None
        found = self._matrix_key(expr, stack)
        if found is None or self._canonical(found[0], found[1]) not in self.matrices:
            return None
        key, other, (i, j) = found
        if key in self.filled:
            return self.filled[key][i, j]
        if other in self.filled:
            return self.filled[other][j, i]
        if key in self.filling:
            return None  # the fill itself computes the call
        ri, rj = key[1], key[2]
        M, row = sp.IndexedBase(f"_t{self.n}"), sp.IndexedBase(f"_t{self.n + 1}")
        a, b = sp.Symbol(f"_t{self.n + 2}", integer=True), sp.Symbol(f"_t{self.n + 3}", integer=True)
        self.n += 4  # the fill's own loop indices: a name of the call's may be bound inside it
        self.indices |= {a, b}
        self.root.body.append(("matrix", M, sp.expand(ri[1] - ri[0] + 1), sp.expand(rj[1] - rj[0] + 1)))
        outer, inner = [("row", row, M, sp.expand(a - ri[0]))], []
        self.filling.add(key)
        value = self.emit(expr.subs({i: a, j: b}, simultaneous=True),
                          [self.root, Scope(a, outer, lo=ri[0], hi=ri[1]), Scope(b, inner, lo=rj[0], hi=rj[1])])
        self.filling.discard(key)
        inner.append(("store", row[b], value))
        outer.append(("loop", b, rj[0], rj[1], inner))
        self.root.body.append(("loop", a, ri[0], ri[1], outer))
        self.products[M.label.name] = (ri[0], rj[0])
        self.products[row.label.name] = (rj[0],)
        self.filled[key] = M
        self.ranges[M.label.name] = (ri, rj)
        return M[i, j]

    def _depth(self, syms, stack) -> int:
        """The innermost scope that binds one of ``syms`` (a loop variable or a temporary)."""
        p = 0
        for s in syms:
            for i, sc in enumerate(stack):
                if sc.var == s:
                    p = max(p, i)
            if s in self.level_of:
                p = max(p, self.level_of[s])
        return p

    def _as_vector(self, expr, stack):
        """A costly expression (a call, a reduction) of a summation index s and of outer
        quantities only, inside output loops that it does not depend on (attention's
        exp(score_ts - max_t) in the sum over s of the output (t, j), or a VJP's softmax weight
        P_ts in its sum over t): computed once per value of s into a vector, in a loop placed
        above those output loops, and read there; not once per output component. A reduction
        per element of a vector becomes a vector too, and a vector already computed above is
        read, not recomputed. Nothing under a guard moves, except a reduction that reads in
        bounds whatever the guard says (_in_bounds_anywhere)."""
        if len(stack) < 2 or expr.is_integer or isinstance(
                expr, (sp.core.relational.Relational, sp.logic.boolalg.Boolean)):
            return None
        if isinstance(expr, InverseGeometricMean) or not any(
                isinstance(a, (sp.Function, sp.Sum, MaxOver)) for a in sp.preorder_traversal(expr)):
            return None
        syms = free_symbols(expr)
        d = self._depth(syms, stack)
        sc = stack[d]
        if sc.var is None or sc.var not in syms or sc.lo is None:
            return None
        key = _term_key(expr, sc.var, sc.lo, sc.hi)
        known = self.terms.get(key)
        if known is not None and any(x.body is known[1] for x in stack[:d]):
            # the same vector computed above (a softmax's numerators, in its normaliser's sum and
            # again per output entry; or a query's normaliser per query)
            return known[0][sc.var]
        if not sc.reduction:
            return None
        outer = self._depth((syms - {sc.var}) | free_symbols(sp.sympify(sc.lo)) | free_symbols(sp.sympify(sc.hi)),
                            stack)
        guards = [i for i, x in enumerate(stack) if x.guard]
        # a reduction reading its arrays only at loop and summation indices is in bounds whatever a
        # guard says, so it may leave the guard where that saves its recomputation per iteration
        # of a loop (attention's K gradient: the weighted row sum in the common arm of its case
        # split depends on the query alone, not on the key); a rarely taken arm stays guarded
        movable = (any(g > outer for g in guards) and any(x.var is not None for x in stack[outer + 1:d])
                   and self._in_bounds_anywhere(expr, stack[:outer + 1] + [Scope(sc.var)]))
        if not movable:
            outer = max([outer] + guards)
        between = stack[outer + 1:d]
        # a reduction per element of a vector is a vector of its own (a query's row maximum and
        # normaliser, which every other vector over the queries then reads instead of recomputing)
        own = isinstance(expr, (sp.Sum, MaxOver)) and sc.vector and not between and expr not in self.filling
        if outer >= d or not (own or any(x.var is not None for x in between)) or (
                not movable and any(x.guard for x in stack[outer + 1:d + 1])):
            return None
        if any(x.var == sc.var for x in stack[:outer + 1]):
            return None
        arr = sp.IndexedBase(f"_t{self.n}")
        self.n += 1
        stack[outer].body.append(("vector", arr, sp.expand(sc.hi - sc.lo + 1)))
        body = []
        self.filling.add(expr)
        value = self.emit(expr, stack[:outer + 1] + [Scope(sc.var, body, lo=sc.lo, hi=sc.hi, reduction=True,
                                                           vector=True)])
        self.filling.discard(expr)
        if not body and (value.is_Atom or isinstance(value, sp.Indexed)):
            stack[outer].body.remove(("vector", arr, sp.expand(sc.hi - sc.lo + 1)))
            return value  # a read of an array (an element of a matrix product): no vector needed
        body.append(("store", arr[sc.var], value))
        stack[outer].body.append(("loop", sc.var, sc.lo, sc.hi, body))
        self.products[arr.label.name] = (sc.lo,)
        self.vectors[arr.label.name] = outer
        self.terms[key] = (arr, stack[outer].body)
        self.memo[expr] = (arr[sc.var], d, stack[d].body)
        return arr[sc.var]

    def _full_axis(self, name, axis, lo, hi) -> bool:
        axes = self.axes.get(name)
        if axes is None or axis >= len(axes):
            return False
        origin, extent = axes[axis]
        return sp.simplify(lo - origin) == 0 and sp.simplify(hi - (origin + extent - 1)) == 0

    def _as_product(self, expr, stack):
        """sum_k A[i, k] B[k, j] over whole axes, i and j being output loops: one np.dot at the
        top of the kernel (BLAS), read per element, instead of a loop per element."""
        # (under a guard too: the product reads whole axes, in bounds whatever the guard says)
        if not isinstance(expr, sp.Sum) or len(expr.limits) != 1:
            return None
        k, lo, hi = expr.limits[0]
        coeff, factors = expr.function.as_coeff_mul()
        if len(factors) != 2 or not all(isinstance(f, sp.Indexed) for f in factors):
            return None
        A, B = factors
        loops = {s.var: s for s in stack if s.var is not None}
        plan = []
        for X in (A, B):
            name = X.base.label.name
            if X.indices.count(k) != 1 or len(X.indices) > 2 or name not in self.axes:
                return None
            kaxis = X.indices.index(k)
            if not self._full_axis(name, kaxis, lo, hi):
                return None
            other = [(a, i) for a, i in enumerate(X.indices) if a != kaxis]
            for a, i in other:
                sc = loops.get(i)
                if not isinstance(i, sp.Symbol) or sc is None or not self._full_axis(name, a, sc.lo, sc.hi):
                    return None
            plan.append((name, kaxis, other))
        (na, ka, oa), (nb, kb, ob) = plan
        if [i for _, i in oa] and [i for _, i in ob] and oa[0][1] == ob[0][1]:
            return None
        def key_of(na, ka, oa, nb, kb, ob):
            ta = len(oa) == 1 and ka == 0   # A's contracted axis must be its last
            tb = len(ob) == 1 and kb == 1   # B's contracted axis must be its first
            return (na, ta, nb, tb, bool(oa or ob))

        if (oa and ob and stack.index(loops[oa[0][1]]) > stack.index(loops[ob[0][1]])
                and key_of(na, ka, oa, nb, kb, ob) not in self.dots):
            # the inner loop's index last: the loops read the product along its rows (attention's
            # scores as Q K^T, read per query, not K Q^T read down its columns), unless the
            # product is already computed the other way round
            (na, ka, oa), (nb, kb, ob) = (nb, kb, ob), (na, ka, oa)
        elif oa and ob and key_of(nb, kb, ob, na, ka, oa) in self.dots:
            (na, ka, oa), (nb, kb, ob) = (nb, kb, ob), (na, ka, oa)  # computed the other way round
        idx = [i for _, i in oa] + [i for _, i in ob]
        key = key_of(na, ka, oa, nb, kb, ob)
        R = self.dots.get(key)
        if R is None:
            R = self.dots[key] = sp.IndexedBase(f"_t{self.n}")
            self.n += 1
            self.root.body.append(("dot", R, *key))
        self.products[R.label.name] = tuple(self.axes[na][a][0] for a, _ in oa) + tuple(
            self.axes[nb][a][0] for a, _ in ob)
        value = R[tuple(idx)] if idx else sp.Symbol(R.label.name, real=True)
        return coeff * value

    def _reduction(self, expr, stack):
        product = self._as_product(expr, stack)
        if product is not None:
            self.memo[expr] = (product, 0, self.root.body)
            return product
        limits = expr.limits
        var, lo, hi = limits[-1]
        inner = expr.func(expr.function, *limits[:-1]) if len(limits) > 1 else expr.function
        p = self.level(expr, stack)
        p = self._above_guard(expr, stack, p)
        t = self.temp()
        is_max = isinstance(expr, MaxOver)
        if not isinstance(expr, InverseGeometricMean):
            stack[p].body.append(("set", t, -sp.oo if is_max else sp.S.Zero))
        body = []
        value = self.emit(inner, stack[:p + 1] + [Scope(var, body, lo=lo, hi=hi, reduction=True)])
        product = None if is_max or body else self._vector_times_matrix(value, var, lo, hi, stack[:p + 1])
        if product is not None:
            stack[p].body.remove(("set", t, sp.S.Zero))  # the product replaces the accumulator
            self.memo[expr] = (product, p, stack[p].body)
            return product
        if isinstance(expr, InverseGeometricMean):  # mantissa and integer exponent, then the root
            m, e = self.temp(), self.temp()
            stack[p].body.append(("product_start", m, e))
            body.append(("product_step", m, e, value))
            stack[p].body.append(("loop", var, lo, hi, body))
            stack[p].body.append(("inverse_root", t, m, e, hi - lo + 1))
            self._remember(expr, t, p, stack)
            return t
        if not is_max and _vectorizable_apart(body, value):
            # the terms first, into a vector (a loop LLVM vectorizes: no sum carried through it),
            # then their sum (rt.total: four partial sums, which LLVM vectorizes); summed in the
            # same loop, the exp of every term would be computed one at a time (a float sum is not
            # reassociated without fastmath)
            terms = sp.IndexedBase(f"_t{self.n}")
            self.n += 1
            self.products[terms.label.name] = (lo,)
            stack[p].body.append(("vector", terms, sp.expand(hi - lo + 1)))
            self.terms[_term_key(inner, var, lo, hi)] = (terms, stack[p].body)
            self.vectors[terms.label.name] = p
            body.append(("store", terms[var], value))
            stack[p].body.append(("loop", var, lo, hi, body))
            stack[p].body.append(("total", t, terms))
        elif not is_max and _plain_sets(body):
            # a sum of one expression and nothing else: four partial sums (the terms 4i, 4i + 1,
            # 4i + 2, 4i + 3 of each step), added pairwise, then the remaining terms: LLVM
            # vectorizes the four independent additions, where one running sum waits on each
            # addition (a batch's mean and variance, a squared error, a dot product). A loop body
            # that names parts of the term (cross-entropy's shifted logit z_j - max) keeps them,
            # one copy per partial sum, so each is rounded as it was
            stack[p].body.append(("sum4", t, var, lo, hi, value, tuple((st[1], st[2]) for st in body)))
        elif is_max and (not body or (_plain_sets(body) and not any(s.guard for s in stack[:p + 1]))):
            # a running maximum of one expression: four partial maxima, as sum4 (a maximum is
            # exact, so only NaN's propagation and a zero's sign could depend on the order: a NaN
            # gives NaN either way (_max4); a tie of -0 and +0 may give either). A body that names
            # parts of the term (attention's scaled score) keeps them, one copy per partial
            # maximum; not in a branch (the rescaling paths' maxima of |x| run where a sum
            # overflowed: four copies there would lengthen every compile for nothing)
            stack[p].body.append(("max4", t, var, lo, hi, value, tuple((st[1], st[2]) for st in body)))
        else:
            body.append(("max" if is_max else "acc", t, value))
            stack[p].body.append(("loop", var, lo, hi, body))
        if not is_max:
            stack[p].body.append(("overflow", t))
        self._remember(expr, t, p, stack)
        return t

    def _vector_times_matrix(self, value, var, lo, hi, stack):
        """sum_s x[s] B[s, j] (or B[j, s]) over whole axes, x a vector computed above (attention's
        softmax weights of one query) or a product of such vectors (its VJPs' weights times the
        score gradients), j an output loop over B's other axis: one np.dot (BLAS matrix-vector
        product) where x is, read per j, instead of a scalar loop per j. Factors free of s stay
        outside the product."""
        coeff, factors = value.as_coeff_mul()
        mats = [f for f in factors if isinstance(f, sp.Indexed) and f.base.label.name in self.axes
                and len(f.indices) == 2 and f.indices.count(var) == 1]
        if len(mats) != 1:
            return None
        B = mats[0]
        rest = [f for f in factors if f is not B]
        vecs = [f for f in rest if var in free_symbols(f)]
        scalars = [f for f in rest if var not in free_symbols(f)]
        depths = [self._vector_over(f, var, lo, hi, stack) for f in vecs]
        if not vecs or None in depths:
            return None
        name = B.base.label.name
        kb = B.indices.index(var)
        j = B.indices[1 - kb]
        loop = next((s for s in stack if s.var == j), None)
        if (loop is None or not isinstance(j, sp.Symbol) or not self._full_axis(name, kb, lo, hi)
                or not self._full_axis(name, 1 - kb, loop.lo, loop.hi)):
            return None
        if any(j in free_symbols(f) for f in scalars):
            return None
        where = max(depths)
        if where >= len(stack) or stack.index(loop) <= where:
            return None
        if len(vecs) == 1 and vecs[0].indices == (var,):
            xn = vecs[0].base.label.name
        else:  # the product of the vectors, as one vector
            x = sp.IndexedBase(f"_t{self.n}")
            self.n += 1
            xn = x.label.name
            stack[where].body.append(("vector", x, sp.expand(hi - lo + 1)))
            stack[where].body.append(("loop", var, lo, hi, [("store", x[var], sp.Mul(*vecs))]))
            self.products[xn] = (lo,)
            self.vectors[xn] = where
        R = sp.IndexedBase(f"_t{self.n}")
        self.n += 1
        # np.dot(x, B) contracts B's first axis, np.dot(B, x) its last
        stmt = ("dot", R, xn, False, name, False, True) if kb == 0 else ("dot", R, name, False, xn, False, True)
        stack[where].body.append(stmt)
        self.products[R.label.name] = (self.axes[name][1 - kb][0],)
        return coeff * sp.Mul(*scalars) * R[j]

    def _vector_over(self, f, var, lo, hi, stack):
        """The depth of the scope where ``f`` is a whole vector over ``var`` in [lo, hi], or None:
        a vector temporary f[var], or a column or row of a filled matrix (_as_matrix) at var and
        a loop index of ``stack`` (the K gradient's weights of key l, M[t, l] over the queries t)."""
        if not isinstance(f, sp.Indexed):
            return None
        name = f.base.label.name
        if f.indices == (var,):
            return self.vectors[name] if name in self.vectors and self.products.get(name) == (lo,) else None
        if name not in self.ranges or len(f.indices) != 2 or f.indices.count(var) != 1:
            return None
        axis = f.indices.index(var)
        first, last = self.ranges[name][axis]
        if sp.expand(first - lo) != 0 or sp.expand(last - hi) != 0:
            return None
        other = f.indices[1 - axis]
        return next((n for n, sc in enumerate(stack) if sc.var is not None and sc.var == other), None)

    def _above_guard(self, expr, stack, p) -> int:
        """A reduction in a branch that is invariant in the loop around the guard, and that reads
        its arrays only at loop and summation indices (in bounds whatever the guard says), is
        computed once per iteration of the outer loops, above the guard: the row sum a branch
        needs then costs O(C) per row, not per entry."""
        guards = [i for i, s in enumerate(stack) if s.guard]
        if not guards:
            return p
        loops = [i for i, s in enumerate(stack[:guards[0]]) if s.var is not None]
        free = self.level(expr, stack, guarded=False)
        if not loops or free >= loops[-1]:
            return p
        return free if self._in_bounds_anywhere(expr, stack[:free + 1]) else p

    @staticmethod
    def _in_bounds_anywhere(expr, stack) -> bool:
        """A reduction that reads its arrays only at the loop indices of ``stack`` and at its own
        summation indices: computed there, it reads in bounds whatever the guards inside say."""
        if not isinstance(expr, (sp.Sum, MaxOver, InverseGeometricMean)):
            return False
        bound = {s.var for s in stack if s.var is not None} | {lim[0] for lim in expr.limits}
        for a in sp.preorder_traversal(expr):
            if isinstance(a, (sp.Sum, MaxOver)):
                bound |= {lim[0] for lim in a.limits}
        reads = [a for a in sp.preorder_traversal(expr) if isinstance(a, sp.Indexed)]
        return all(isinstance(i, sp.Symbol) and i in bound for r in reads for i in r.indices)

    def _branches(self, expr, stack):
        p = self.level(expr, stack)
        t = self.temp()
        arms = []
        conds = [self.emit(c, stack[:p + 1]) for _, c in expr.args]
        for (e, _), c in zip(expr.args, conds):
            body = []
            value = self.emit(e, stack[:p + 1] + [Scope(None, body, guard=True)])
            body.append(("set", t, value))
            arms.append((c, body))
        stack[p].body.append(("if", arms))
        self._remember(expr, t, p, stack)
        return t

    def line(self, target, rhs, loops):
        """``target = rhs`` for every value of ``loops`` [(index, lo, hi)], outermost first."""
        stack = [self.root]
        for var, lo, hi in loops:
            stack.append(Scope(var, lo=lo, hi=hi))
        value = self.emit(rhs, stack)
        stack[-1].body.append(("store", target, value))
        for depth in range(len(loops), 0, -1):
            var, lo, hi = loops[depth - 1]
            stack[depth - 1].body.append(("loop", var, lo, hi, stack[depth].body))


    def loop_body(self, lines, var, varying):
        """All ``lines`` in one loop over ``var`` (an in-place update's single pass); the symbols
        in ``varying`` are read per iteration (array elements), so nothing using them is hoisted."""
        scope = Scope(var)
        for sym in varying:
            self.level_of[sym] = 1
        for target, rhs in lines:
            value = self.emit(rhs, [self.root, scope])
            scope.body.append(("store", target, value))
        return scope


    def matrix_products(self):
        """Per-row matrix-vector products as one matrix product: a loop over rows t whose body
        fills a vector x (attention's softmax weights of query t) and then takes np.dot(x, B)
        with a matrix B the loop does not write (the weights times V) is split in two. The first
        loop fills row t of a matrix X (x is that row, a view) and keeps the scalars the rest of
        the body reads (the normaliser) in vectors; then np.dot(X, B), one BLAS matrix product;
        then a second loop over t runs the rest, reading row t of the product. One BLAS call of
        T x S x d instead of T calls of S x d: BLAS's per-call cost and its matrix-vector speed
        bound the per-row form."""
        self.root.body = self._split_rows(self.root.body)

    def _split_rows(self, stmts):
        out = []
        for st in stmts:
            if st[0] == "loop":
                st = ("loop", st[1], st[2], st[3], self._split_rows(st[4]))
                out += self._split_loop(st) or [st]
            elif st[0] == "if":
                out.append(("if", [(c, self._split_rows(b)) for c, b in st[1]]))
            else:
                out.append(st)
        return out

    def _split_loop(self, loop):
        _, t, lo, hi, body = loop
        vectors = {st[1].label.name: (i, st) for i, st in enumerate(body) if st[0] == "vector"}
        at = next((i for i, st in enumerate(body) if st[0] == "dot" and st[6] and
                   (st[2] in vectors and not st[3] or st[4] in vectors and not st[5])), None)
        if at is None or at == len(body) - 1:
            return None
        _, R, na, ta, nb, tb, _ = body[at]
        x, B, first = (na, nb, True) if na in vectors else (nb, na, False)
        head, tail = body[:at], body[at + 1:]
        if B in _written(head + tail) or B in vectors:
            return None
        set_in_head, set_in_tail = _assigned(head), _assigned(tail)
        if set_in_head is None or set_in_tail is None:
            return None
        reads = _read(tail)
        if any(name in reads for name in (_written(head) | set(vectors)) - {x}):
            return None  # another array of the row crosses the split: not handled
        if (_written(tail) | set_in_tail) & _read(head):
            return None  # the rows depend on each other: the tail of row t feeds row t + 1
        crossing = sorted((v for v in set_in_head if v in reads), key=lambda v: v.name)
        X = sp.IndexedBase(f"_t{self.n}")
        P = sp.IndexedBase(f"_t{self.n + 1}")
        self.n += 2
        rows = sp.expand(hi - lo + 1)
        xst = vectors[x][1]
        self.products[X.label.name] = (lo,) + tuple(self.products[x])
        self.products[P.label.name] = (lo,) + tuple(self.products[R.label.name])
        before = [("matrix", X, rows, xst[2])]
        kept = []
        for v in crossing:
            V = sp.IndexedBase(f"_t{self.n}")
            self.n += 1
            self.products[V.label.name] = (lo,)
            before.append(("vector", V, rows))
            kept.append((v, V))
        row = sp.expand(t - lo)
        head = [("row", xst[1], X, row) if st is xst else st for st in head]
        head += [("store", V[t], v) for v, V in kept]
        product = (("dot", P, X.label.name, False, B, False, True) if first
                   else ("dot", P, X.label.name, False, B, True, True))
        tail = ([("set", v, V[t]) for v, V in kept] + [("row", R, P, row)]
                + ([("row", xst[1], X, row)] if x in reads else []) + tail)
        return before + [("loop", t, lo, hi, head), product, ("loop", t, lo, hi, tail)]


def _walk(stmts):
    for st in stmts:
        yield st
        if st[0] == "loop":
            yield from _walk(st[4])
        elif st[0] == "if":
            for _, b in st[1]:
                yield from _walk(b)


def _written(stmts) -> set:
    """Names of the arrays that ``stmts`` store into or create (vectors, products, row views)."""
    out = set()
    for st in _walk(stmts):
        if st[0] == "store" and isinstance(st[1], sp.Indexed):
            out.add(st[1].base.label.name)
        elif st[0] in ("vector", "matrix", "row", "dot", "given"):
            out.add(st[1].label.name)
    return out


def _assigned(stmts):
    """The scalars ``stmts`` assign (None if one is an integer: a product's binary exponent)."""
    out = set()
    for st in _walk(stmts):
        if st[0] in ("product_start", "product_step"):
            return None
        if st[0] in ("set", "total", "sum4", "max4", "acc", "max", "inverse_root") and isinstance(st[1], sp.Symbol):
            out.add(st[1])
    return out


def _read(stmts) -> set:
    """The symbols and array names that ``stmts`` read."""
    out = set()

    def visit(v):
        if isinstance(v, str):
            out.add(v)
        elif isinstance(v, sp.IndexedBase):
            out.add(v.label.name)
        elif isinstance(v, sp.Basic):
            for a in sp.preorder_traversal(v):
                if isinstance(a, sp.Indexed):
                    out.add(a.base.label.name)
                elif isinstance(a, sp.Symbol):
                    out.add(a)
        elif isinstance(v, (tuple, list)):
            for w in v:
                visit(w)
    visit(list(stmts))
    return out


# functions the kernels compute by a series (exp, log and what is built on them), by class name
ELEMENTARY = {"exp", "exp_neg", "log", "log1p", "expm1", "tanh", "cosh", "sin", "cos", "sigmoid", "sigmoid_slope", "xlogy", "xlog1py",
              "relentr"}


_BLANK = sp.Dummy("blank", integer=True)
_ROW, _COL = sp.Dummy("row", integer=True), sp.Dummy("col", integer=True)


def _rename_free(e, names: dict):
    """e with its free occurrences of the symbols in ``names`` renamed (a sum's or maximum's own
    index of the same name stays): what ``subs`` does here, without its cost on a large
    expression (an attention VJP's)."""
    if not names or not e.args:
        return names.get(e, e)
    if isinstance(e, (sp.Sum, MaxOver)):
        inner = {k: v for k, v in names.items() if k not in {lim[0] for lim in e.limits}}
        limits = [(lim[0], _rename_free(lim[1], inner), _rename_free(lim[2], inner)) for lim in e.limits]
        return e.func(_rename_free(e.function, inner), *limits)
    if not (free_symbols(e) & set(names)):
        return e
    return e.func(*[_rename_free(a, names) for a in e.args])


def _term_key(term, var, lo, hi):
    return (term.subs(var, _BLANK), sp.sympify(lo), sp.sympify(hi))  # bound indices stay


def _vectorizable_apart(body, value) -> bool:
    """A sum's terms are worth computing apart from the sum when they call an elementary function
    (exp, log, tanh, a stable helper) and the loop holds nothing but assignments (no branch, no
    inner loop) that could keep it from vectorizing."""
    if any(st[0] not in ("set", "store") for st in body):
        return False
    exprs = [value] + [st[2] for st in body]
    return any(type(a).__name__ in ELEMENTARY
               for e in exprs if isinstance(e, sp.Basic) for a in sp.preorder_traversal(e))


def common_factors_out(pw):
    """Piecewise((a x, c), (b x, True)) as x Piecewise((a, c), (b, True)): a factor every arm
    shares (a VJP's Q[t, b] beside its score gradient) leaves the case split, which then depends
    on fewer loops and can be computed once per value of the others (Lowerer._as_vector). Done
    while lowering, not on the expression: SymPy folds a product back into a Piecewise when it
    builds the Sum around it."""
    arms = [sp.Mul.make_args(e) for e, _ in pw.args]
    shared = [f for f in arms[0] if all(f in a for a in arms[1:]) and not f.is_Number]
    if not shared:
        return pw
    rest = [(sp.Mul(*[f for f in a if f not in shared]), c) for a, (_, c) in zip(arms, pw.args)]
    return sp.Mul(*shared) * sp.Piecewise(*rest)


def repeated_subexpressions(exprs) -> set:
    """Subexpressions occurring more than once across ``exprs`` (candidates for temporaries)."""
    counts: dict = {}
    for e in exprs:
        for sub in sp.preorder_traversal(e):
            counts[sub] = counts.get(sub, 0) + 1
    return {s for s, c in counts.items() if c > 1}


def inline_functions(lines):
    """Lines defining a function (``sigma(z) = ...``) are substituted into the later lines."""
    out, defs = [], []
    for lhs, rhs in lines:
        for f, body in defs:
            rhs = rhs.replace(lambda e, f=f: isinstance(e, AppliedUndef) and type(e) is type(f),
                              lambda e, f=f, body=body: body.xreplace(dict(zip(f.args, e.args))))
        if isinstance(lhs, AppliedUndef):
            defs.append((lhs, rhs))
            continue
        out.append((lhs, rhs))
    return out


def _mentions(node, label) -> bool:
    """Whether a statement (or any part of it: expressions, nested statements) refers to the
    array named by the Symbol ``label``."""
    if isinstance(node, sp.Basic):
        return node.has(label)
    if isinstance(node, (tuple, list)):
        return any(_mentions(x, label) for x in node)
    return False


def buffers_into_outputs(stmts, targets: dict, locals_: dict, vector_origins: dict) -> tuple[list, dict]:
    """1-d arrays moved into a later array's buffer: a vector of terms (softmax's exps) or a local
    array (cross-entropy's y-hat) whose last reader is a top-level loop ``O[j] = f(V[j])`` storing
    array O elementwise at the same offsets (same extent and origin), where O is not mentioned
    before that loop, lives in O's buffer. Each iteration reads V[j] before it writes O[j], the same
    element, so nothing is read after it is overwritten, and O's own values start there. A gufunc
    core allocated such an array once per batch element (measured, row softmax 4096 x 1000 on one
    thread: 20.4 ms with its vector, 16.7 ms without).

    ``targets``: label Symbol -> (extent, origin) of the 1-d arrays a buffer may move into (the
    outputs that start from nothing, and the locals); ``locals_``: the same for the local arrays,
    which may move too; ``vector_origins``: a vector's label -> its origin. Returns the
    statements, each moved vector's ("vector", V, n) replaced by ("in_output", V, O), and
    {local label: O's label} for the locals that moved."""
    out, moved = list(stmts), {}
    candidates = [(i, st[1].label, st[2], vector_origins.get(st[1].label))
                  for i, st in enumerate(stmts) if st[0] == "vector"]
    candidates += [(None, label, extent, origin) for label, (extent, origin) in locals_.items()]
    for i, label, extent, own in candidates:
        readers = [m for m, st in enumerate(stmts) if _mentions(st, label)]
        if not readers:
            continue
        last = stmts[readers[-1]]
        if last[0] != "loop" or len(last[4]) != 1 or last[4][0][0] != "store":
            continue
        var, (_, target, value) = last[1], last[4][0]
        if not isinstance(target, sp.Indexed) or target.indices != (var,):
            continue
        O = target.base.label
        if O == label or O not in targets:
            continue
        o_extent, o_origin = targets[O]
        if own is None or sp.expand(o_extent - extent) != 0 or sp.expand(o_origin - own) != 0:
            continue
        if any(r.base.label == label and r.indices != (var,) for r in value.atoms(sp.Indexed)):
            continue
        if any(_mentions(st, O) for st in stmts[:readers[-1]]):
            continue
        if i is None:
            moved[label] = O
        else:
            out[i] = ("in_output", stmts[i][1], target.base)
    return out, moved


def _term_k(named, value, var, k, printer) -> tuple[list[str], str]:
    """The term k places on (var + k) of a sum4 or max4 as code, and the lines that set its named
    temporaries first (``named``: (name, value) in order), in copies of their own (name_k) so
    each partial sum or maximum rounds them as one running loop did; k None: the term at var
    itself, into the plain names (the loops over the remaining terms)."""
    if k is None:
        return [f"{printer.target(name)} = {printer.code(v)}" for name, v in named], printer.code(value)
    own = {name: sp.Symbol(f"{name.name}_{k}", real=True) for name, _ in named}
    sets = [f"{printer.target(own[name])} = {printer.code(v.xreplace(own).subs(var, var + k))}" for name, v in named]
    return sets, printer.code(value.xreplace(own).subs(var, var + k))


def _max4(t, v, start, split, end, value, var, named, printer, indent) -> list[str]:
    """A running maximum in four partial maxima (the terms 4i, 4i + 1, 4i + 2, 4i + 3) with
    Python's max, which LLVM vectorizes as a compare and a select (np.maximum adds a NaN test of
    both operands to every step: 0.79 against 0.21 ns a term, one thread; 1.9 against 0.2 for
    attention's scaled scores, a 256 x 256 matrix of them). A NaN term is noted apart (x != x)
    and, when there is one, np.maximum's loop runs over the terms again, so the result is NaN as
    before. Between numbers both keep the running value on a tie, as np.maximum did: the same
    bits. ``named``: the temporaries the term reads, (name, value) in order, set again for each
    term (one copy per partial maximum)."""
    parts = [f"{t}_{k}" for k in range(4)]
    seen = [f"{t}_n{k}" for k in range(4)]
    x = f"{t}_x"
    plain = _term_k(named, value, var, None, printer)[0]
    out = [f"{indent}{' = '.join(parts)} = {t}", f"{indent}{' = '.join(seen)} = False",
           f"{indent}for {v} in range({start}, {split}, 4):"]
    for k in range(4):
        sets, term = _term_k(named, value, var, k, printer)
        out += [f"{indent}    {line}" for line in sets]
        out += [f"{indent}    {x} = {term}",
                f"{indent}    {parts[k]} = max({parts[k]}, {x})",
                f"{indent}    {seen[k]} |= {x} != {x}"]
    out += [f"{indent}if {' | '.join(seen)}:",
            f"{indent}    for {v} in range({start}, {split}):"]
    out += [f"{indent}        {line}" for line in plain]
    out += [f"{indent}        {t} = np.maximum({t}, {printer.code(value)})",
            f"{indent}else:",
            f"{indent}    {t} = np.maximum({t}, np.maximum(np.maximum({parts[0]}, {parts[1]}), "
            f"np.maximum({parts[2]}, {parts[3]})))",
            f"{indent}for {v} in range({split}, {end}):"]
    out += [f"{indent}    {line}" for line in plain]
    out.append(f"{indent}    {t} = np.maximum({t}, {printer.code(value)})")
    return out


def render(stmts, printer, indent: str) -> list[str]:
    """Statements as Python source lines (``printer`` prints expressions and targets)."""
    out = []
    for s in stmts:
        kind = s[0]
        if kind == "set":
            out.append(f"{indent}{printer.target(s[1])} = {printer.code(s[2])}")
        elif kind == "total":
            out.append(f"{indent}{printer.target(s[1])} = rt.total({s[2].label.name})")
        elif kind in ("sum4", "max4"):
            _, t, var, lo, hi, value, *named = s
            named = named[0] if named else ()  # a sum4's temporaries set per term, in order
            t, v = printer.target(t), printer.names.get(var, var.name)
            parts = [f"{t}_{k}" for k in range(4)]
            start, end = printer.int_code(lo), printer.int_code(sp.expand(hi + 1))
            split = f"{start} + ({printer.int_code(sp.expand(hi - lo + 1))})//4*4"
            if kind == "max4":
                out += _max4(t, v, start, split, end, value, var, named, printer, indent)
                continue
            step = lambda acc, x: f"{acc} += {x}"  # noqa: E731
            both = f"({parts[0]} + {parts[1]}) + ({parts[2]} + {parts[3]})"
            out.append(f"{indent}{' = '.join(parts)} = {printer.code(sp.S.Zero)}")
            out.append(f"{indent}for {v} in range({start}, {split}, 4):")
            for k, part in enumerate(parts):
                sets, term = _term_k(named, value, var, k, printer)
                out += [f"{indent}    {line}" for line in sets] + [f"{indent}    {step(part, term)}"]
            out.append(f"{indent}{step(t, both)}")
            out.append(f"{indent}for {v} in range({split}, {end}):")
            out += [f"{indent}    {line}" for line in _term_k(named, value, var, None, printer)[0]]
            out.append(f"{indent}    {step(t, printer.code(value))}")
        elif kind == "acc":
            out.append(f"{indent}{printer.target(s[1])} += {printer.code(s[2])}")
        elif kind == "vector":
            out.append(f"{indent}{s[1].label.name} = np.empty({printer.int_code(s[2])})")
        elif kind == "in_output":  # buffers_into_outputs: the vector lives in a later array's buffer
            out.append(f"{indent}{s[1].label.name} = {printer.arrays[s[2].label.name][0]}")
        elif kind == "matrix":
            out.append(f"{indent}{s[1].label.name} = np.empty(({printer.int_code(s[2])}, {printer.int_code(s[3])}))")
        elif kind == "row":  # a vector that is row i of a matrix (a view: writes go to the matrix)
            out.append(f"{indent}{s[1].label.name} = {s[2].label.name}[{printer.int_code(s[3])}]")
        elif kind == "overflow":
            # a sum that is not finite although every float input is: a partial sum overflowed
            # (its true value may be finite, and exp(-inf) = 0 or tanh(inf) = 1 downstream would
            # make a finite wrong number of it). NaN, so the entry point recomputes the element
            # on the extended-range path. The inputs are only tested in that rare case; on the
            # extended path itself (rt.OVERFLOWS false) a sum that is not finite is the true value.
            t = printer.target(s[1])
            if printer.finite_inputs:
                out += [f"{indent}if rt.OVERFLOWS and not np.isfinite({t}) and {' and '.join(printer.finite_inputs)}:",
                        f"{indent}    {t} = {printer.code(sp.nan)}"]
        elif kind == "count_bad":  # kernel_files._count_in_last_loop: the stored entry, counted if not finite
            out.append(f"{indent}{s[1]} += not (np.abs({printer.code(s[2])}) < np.inf)")
        elif kind == "max":
            t = printer.target(s[1])
            out.append(f"{indent}{t} = np.maximum({t}, {printer.code(s[2])})")
        elif kind == "product_start":
            out += [f"{indent}{printer.target(s[1])} = {printer.code(sp.S.One)}", f"{indent}{printer.target(s[2])} = 0"]
        elif kind == "product_step":
            m, e = printer.target(s[1]), printer.target(s[2])
            out.append(f"{indent}{m}, {e} = rt.renormalize({m}*{printer._paren(s[3], 50)}, {e})")
        elif kind == "inverse_root":
            t, m, e = printer.target(s[1]), printer.target(s[2]), printer.target(s[3])
            out.append(f"{indent}{t} = rt.inverse_root({m}, {e}, {printer.int_code(s[4])})")
        elif kind == "store":
            out.append(f"{indent}{printer.target(s[1])} = {printer.code(s[2])}")
        elif kind == "loop":
            _, var, lo, hi, body = s
            out.append(f"{indent}for {printer.names.get(var, var.name)} in range("
                       f"{printer.int_code(lo)}, {printer.int_code(sp.expand(hi + 1))}):")
            out.extend(render(body, printer, indent + "    ") or [indent + "    pass"])
        elif kind == "dot":
            _, R, na, ta, nb, tb, matrix = s
            a = f"np.ascontiguousarray({printer.arrays[na][0]})" + (".T" if ta else "")
            b = f"np.ascontiguousarray({printer.arrays[nb][0]})" + (".T" if tb else "")
            fn = "dot" if matrix else "vdot"
            out.append(f"{indent}{R.label.name} = rt.{fn}({a}, {b})")
        elif kind == "given":
            # a product the entry point computed over the batch (kernel_files._batch_products),
            # recomputed here where it is not finite (rt.dot's NaN for an overflowed partial sum)
            _, R, n, na, ta, nb, tb, fn = s
            a = printer.arrays[na][0] + (".T" if ta else "")
            b = printer.arrays[nb][0] + (".T" if tb else "")
            # typed C-contiguous (no copy: a core slice of the product is contiguous), so the loops
            # reading it vectorize; as a gufunc argument it is typed of any stride, and a loop of
            # sigmoids over it ran one lane at a time (an LSTM gate: 2.8 ms for 256 x 512)
            out.append(f"{indent}{R.label.name} = np.ascontiguousarray(_p{n}) if rt.given(_p{n}) else rt.{fn}({a}, {b})")
        elif kind == "if":
            arms = s[1]
            guard = printer.nan_guard([c for c, _ in arms if c is not sp.true])
            for n, (cond, body) in enumerate(arms):
                if cond is sp.true:
                    if n and guard:  # a NaN compared takes no branch: the result is NaN
                        out.append(f"{indent}elif not ({guard}):")
                        out.append(f"{indent}    {printer.target(body[-1][1])} = {printer.code(sp.nan)}")
                    out.append(f"{indent}else:" if n else f"{indent}if True:")
                else:
                    out.append(f"{indent}{'elif' if n else 'if'} {printer._print_cond(cond)}:")
                out.extend(render(body, printer, indent + "    "))
        else:
            raise ValueError(f"unknown statement {kind}")
    return out
