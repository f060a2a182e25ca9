"""A Z3 problem whose assertions are tracked by name, each standing for the user's phrases and the
domain laws it encodes — shared by the notation domains (geometry, mechanics …).

``check()`` raises ``UnsatisfiableError`` with a minimised core in the user's words, the laws with
their sources, and a smallest fix (one phrase whose removal makes the rest satisfiable). A domain that
hands Z3 only a relaxation of its laws (geometry: the linear laws, with the nonlinear ones added as
lemmas by closed-form constructions) uses ``is_sat``/``core``/``drop`` for its own loop and passes
``check(confirm=...)`` so that a fix is only claimed once its own full solve confirms it.
"""
from __future__ import annotations

import math
from fractions import Fraction
from typing import Any, Callable

from ..errors import InputError, SolverTimeoutError, UnsatisfiableError

__all__ = ["TrackedProblem"]


class TrackedProblem:
    """Tracked Z3 assertions over the reals in a fresh context (deterministic per solve).

    ``law_of(key)`` turns a law key into ``{"law", "source"}``; ``stage`` names the solve in timeout
    messages; ``trig_tolerance`` is the half-width of the interval used for irrational constants.
    """

    def __init__(self, timeout_s: float, *, stage: str, law_of: Callable[[str], dict[str, str]],
                 trig_tolerance: Fraction | str | float = Fraction(1, 10**9)):
        import z3
        self.z3 = z3
        self.ctx = z3.Context()
        self.s = z3.Solver(ctx=self.ctx)
        self.s.set("timeout", int(timeout_s * 1000))
        self.track: dict[str, tuple[list[dict], list[dict]]] = {}
        self.flags: dict[str, Any] = {}
        self.timeout_s = timeout_s
        self.stage = stage
        self.law_of = law_of
        self.tol = Fraction(str(trig_tolerance))

    def real(self, name: str):
        return self.z3.Real(name, self.ctx)

    def val(self, x: Fraction | float | int):
        f = x if isinstance(x, Fraction) else Fraction(x).limit_denominator(10 ** 15)
        return self.z3.RealVal(f"{f.numerator}/{f.denominator}", self.ctx)

    def const(self, x: float, name: str):
        """``x`` (a cosine or sine) as a Z3 term: exact when x or x² is a simple rational, else an
        interval of half-width ``trig_tolerance``; its defining assertions are hard (arithmetic)."""
        f = Fraction(x).limit_denominator(1000)
        if abs(float(f) - x) < 1e-12:
            return self.val(f)
        f2 = Fraction(x * x).limit_denominator(1000)
        v = self.real(name)
        if abs(float(f2) - x * x) < 1e-12:
            self.s.add(v * v == self.val(f2), v > 0 if x > 0 else v < 0)
        else:
            f = Fraction(x).limit_denominator(10 ** 12)
            self.s.add(v >= self.val(f - self.tol), v <= self.val(f + self.tol))
        return v

    trig = const

    def add(self, name: str, expr, phrases=(), laws=()) -> None:
        """Track ``expr`` under ``name``, standing for ``phrases`` (span dicts) and ``laws`` (keys)."""
        b = self.z3.Bool(name, self.ctx)
        self.flags[name] = b
        self.track[name] = ([p for p in phrases if p], [self.law_of(k) for k in laws])
        # plain implications (not assert_and_track, whose literals are always assumed) so that any
        # subset can be checked while minimising the core
        self.s.add(self.z3.Implies(b, expr))

    def is_sat(self, *extra) -> bool:
        """Whether the tracked set (and the Boolean terms ``extra``) is satisfiable; no core, no fix."""
        res = self.s.check(*self.flags.values(), *extra)
        if res == self.z3.unknown:
            raise SolverTimeoutError(self.stage, self.timeout_s)
        return res == self.z3.sat

    def core(self) -> list[str]:
        """The names in Z3's (unminimised) unsat core, after ``is_sat()`` answered False."""
        return [str(x) for x in self.s.unsat_core() if str(x) in self.flags]

    def drop(self, name: str) -> None:
        """Stop assuming the tracked assertion ``name``: its implication stays, but vacuous."""
        self.flags.pop(name, None)
        self.track.pop(name, None)

    def check(self, confirm: Callable[[list[str]], bool] | None = None) -> None:
        """Raise ``UnsatisfiableError`` (phrases, laws, a smallest fix) unless the tracked set is sat.

        ``confirm(names)``, when given, decides whether the tracked assertions ``names`` are
        satisfiable for the smallest fix, in place of Z3's own answer (which may be a relaxation).
        """
        z3 = self.z3
        res = self.s.check(*self.flags.values())
        if res == z3.unknown:
            raise SolverTimeoutError(self.stage, self.timeout_s)
        if res == z3.sat:
            return
        core = [str(x) for x in self.s.unsat_core()]
        # deletion-based minimisation: laws first (so the most elementary one stays), then phrases
        order = sorted(core, key=lambda n: (not n.startswith("law:"), -list(self.flags).index(n)))
        keep = list(core)
        for n in order:
            trial = [x for x in keep if x != n]
            if self.s.check(*[self.flags[x] for x in trial]) == z3.unsat:
                keep = trial
        phrases: list[dict] = []
        laws: list[dict] = []
        for n in keep:
            p, lw = self.track[n]
            phrases += [x for x in p if x not in phrases]
            laws += [x for x in lw if x not in laws]
        phrases.sort(key=lambda x: x["start"])
        fix: list[dict] = []
        user = sorted((n for n in keep if self.track[n][0]), key=lambda n: -max(x["start"] for x in self.track[n][0]))
        for n in user:
            rest = [k for k in self.flags if k != n]
            if (confirm(rest) if confirm is not None else self.s.check(*[self.flags[k] for k in rest]) == z3.sat):
                fix = list(self.track[n][0])
                break
        raise UnsatisfiableError(phrases, laws, fix=fix)

    def try_default(self, expr) -> bool:
        """Add ``expr`` as a hard assertion when it keeps the tracked set satisfiable."""
        self.s.push()
        self.s.add(expr)
        ok = self.s.check(*self.flags.values()) == self.z3.sat
        self.s.pop()
        if ok:
            self.s.add(expr)
        return ok

    def model_values(self, xs: dict[str, Any]) -> dict[str, float]:
        """The model's value of each named term (floats; algebraic numbers to 20 digits)."""
        z3 = self.z3
        if self.s.check(*self.flags.values()) != z3.sat:
            raise SolverTimeoutError(self.stage, self.timeout_s)
        m = self.s.model()
        out = {}
        for k, x in xs.items():
            v = m.eval(x, model_completion=True)
            if z3.is_algebraic_value(v):
                v = v.approx(20)
            out[k] = _float(Fraction(v.as_fraction()) if hasattr(v, "as_fraction") else
                            Fraction(v.as_decimal(20).rstrip("?")), k)
        return out

    values = model_values


def _float(q: Fraction, name: str) -> float:
    """``q`` as a float, or an ``InputError`` naming the term when no float holds it."""
    try:
        x = float(q)
    except OverflowError:
        x = math.inf
    if not math.isfinite(x):
        raise InputError(f"the solved value of '{name}' (about 10^{len(str(abs(q.numerator))) - len(str(q.denominator))}) "
                         "is too large to draw; state smaller measures")
    return x
