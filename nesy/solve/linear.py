"""A linear system with tagged rows, solved twice over: Z3 proves it, HiGHS polishes it.

Every row carries a *tag*: the user's phrase or the domain law it encodes. Z3 (exact rational
simplex) decides feasibility with one tracking literal per tag, so an infeasible system yields an
unsat core of tags, i.e. of the user's phrases and laws. HiGHS (through ``scipy.optimize.linprog``)
then optimises the look (compactness) over exactly the same rows, so looks never trade a hard law.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Iterable

from ..errors import SolverTimeoutError

__all__ = ["LinSystem", "Row"]


_NUMS: dict[float, str] = {}


def _smt_num(x: float) -> str:
    """A float as an exact SMT-LIB rational (denominators up to 10^6: coefficients are px and ratios)."""
    out = _NUMS.get(x)
    if out is None:
        from fractions import Fraction
        f = Fraction(x).limit_denominator(10**6)
        p, q = abs(f.numerator), f.denominator
        out = f"{p}.0" if q == 1 else f"(/ {p}.0 {q}.0)"
        if f < 0:
            out = f"(- {out})"
        if len(_NUMS) < 100_000:
            _NUMS[x] = out
    return out


@dataclass(frozen=True)
class Row:
    """``sum(coef * var) (<= | ==) rhs``, from the phrase or law named by ``tag``."""

    coefs: tuple[tuple[int, float], ...]
    op: str
    rhs: float
    tag: str


@dataclass
class LinSystem:
    names: list[str] = field(default_factory=list)
    lb: list[float] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    objective: dict[int, float] = field(default_factory=dict)

    def var(self, name: str, lb: float = 0.0) -> int:
        self.names.append(name)
        self.lb.append(lb)
        return len(self.names) - 1

    def le(self, coefs: dict[int, float] | Iterable[tuple[int, float]], rhs: float, tag: str) -> None:
        """Add ``Σ coef·var ≤ rhs`` tagged ``tag``."""
        items = coefs.items() if isinstance(coefs, dict) else coefs
        merged: dict[int, float] = {}
        for v, c in items:
            merged[v] = merged.get(v, 0.0) + c
        self.rows.append(Row(tuple((v, c) for v, c in merged.items() if c != 0.0), "<=", float(rhs), tag))

    def eq(self, coefs: dict[int, float], rhs: float, tag: str) -> None:
        self.rows.append(Row(tuple((v, c) for v, c in coefs.items() if c != 0.0), "==", float(rhs), tag))

    def tags(self) -> list[str]:
        seen: dict[str, None] = {}
        for r in self.rows:
            seen.setdefault(r.tag, None)
        return list(seen)

    # ---- Z3: exact feasibility and unsat cores over tags
    def z3_check(self, timeout_s: float, dropped: frozenset[str] = frozenset()) -> tuple[bool, list[str]]:
        """``(True, [])`` when feasible, else ``(False, core_tags)`` with a minimised core.

        Rows whose tag is in ``dropped`` are left out (used to search for the smallest fix).
        """
        import z3
        t0 = time.perf_counter()
        ctx = z3.Context()  # fresh per check: deterministic and safe to run in threads
        s = z3.SolverFor("QF_LRA", ctx=ctx)
        s.set("timeout", max(1, int(timeout_s * 1000)))
        # the system goes to Z3 as SMT-LIB text: one parse instead of ~10^5 Python API calls
        num = _smt_num
        out = [f"(declare-const v{i} Real)" for i in range(len(self.names))]
        out += [f"(assert (>= v{i} {num(lb)}))" for i, lb in enumerate(self.lb) if lb is not None]
        tag_id: dict[str, int] = {}
        for r in self.rows:
            if r.tag in dropped:
                continue
            k = tag_id.setdefault(r.tag, len(tag_id))
            terms = " ".join(f"(* {num(c)} v{v})" for v, c in r.coefs) if r.coefs else "0"
            lhs = f"(+ {terms} 0)" if r.coefs else "0"
            op = "<=" if r.op == "<=" else "="
            out.append(f"(assert (=> t{k} ({op} {lhs} {num(r.rhs)})))")
        head = [f"(declare-const t{k} Bool)" for k in range(len(tag_id))]
        s.from_string("\n".join(head + out))
        lits = {t: z3.Bool(f"t{k}", ctx) for t, k in tag_id.items()}
        res = s.check(*lits.values())
        if res == z3.sat:
            return True, []
        if res == z3.unknown:
            raise SolverTimeoutError("Z3 feasibility check", round(time.perf_counter() - t0, 3))
        by_lit = {str(v): k for k, v in lits.items()}
        core = [by_lit[str(c)] for c in s.unsat_core()]
        # deletion-based minimisation: drop each tag that the core does not need
        i = 0
        while i < len(core):
            trial = core[:i] + core[i + 1:]
            if s.check(*[lits[t] for t in trial]) == z3.unsat:
                core = trial
            else:
                i += 1
        return False, core

    # ---- HiGHS: the polished solution
    def highs_solve(self, timeout_s: float) -> list[float]:
        import numpy as np
        from scipy.optimize import linprog
        from scipy.sparse import coo_matrix
        n = len(self.names)
        c = np.zeros(n)
        for v, w in self.objective.items():
            c[v] += w
        ub_r, ub_c, ub_v, ub_b = [], [], [], []
        eq_r, eq_c, eq_v, eq_b = [], [], [], []
        for r in self.rows:
            if r.op == "<=":
                k = len(ub_b)
                for v, w in r.coefs:
                    ub_r.append(k); ub_c.append(v); ub_v.append(w)
                ub_b.append(r.rhs)
            else:
                k = len(eq_b)
                for v, w in r.coefs:
                    eq_r.append(k); eq_c.append(v); eq_v.append(w)
                eq_b.append(r.rhs)
        A_ub = coo_matrix((ub_v, (ub_r, ub_c)), shape=(len(ub_b), n)).tocsr() if ub_b else None
        A_eq = coo_matrix((eq_v, (eq_r, eq_c)), shape=(len(eq_b), n)).tocsr() if eq_b else None
        res = linprog(c, A_ub=A_ub, b_ub=ub_b or None, A_eq=A_eq, b_eq=eq_b or None,
                      bounds=[(lb, None) for lb in self.lb], method="highs",
                      options={"time_limit": float(timeout_s), "presolve": True})
        if res.status == 1:
            raise SolverTimeoutError("LP polish", timeout_s)
        if res.status != 0:
            raise RuntimeError(f"LP polish failed after Z3 proved feasibility: {res.message}")
        return [float(x) for x in res.x]
