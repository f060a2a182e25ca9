"""A language given only by strings it must accept or reject, with a stated number of states: "a DFA over {a}
with just one state that accepts the string a but rejects aa", "a two-state DFA accepting ab and ba and
rejecting aa", "with 2 states, which accepts 0 and 00 but does not accept 000".

Examples alone do not define a language (infinitely many regular languages hold any finite sample), so nesy
never draws one from them. But with a number of states stated, whether any DFA of that many states separates
them is decidable, and when none does the text is impossible: refused naming the count and the examples that
conflict (``UnsatisfiableError``, exit 3). The search is exhaustive (finding the smallest DFA consistent with a
sample is NP-hard in general, Gold 1978, "Complexity of automaton identification from given data", Inf. Control
37; the samples of a text are a handful of short strings): each example is run through a transition function
built on demand, states numbered in order of first use (so no renaming of one machine is searched twice), each
undefined move tried to every state used so far, one new state, or to no state (a partial DFA,
HMU §2.2.3 — nesy draws a partial DFA for a count one below the complete one, ``automata_lang_count``); a
state may not be both where an accepted string ends and where a rejected one ends. A DFA with fewer states is
one of n states with the rest unreachable, so "n states" and "at most n states" ask the same question here.

An NFA is not searched (its n states decide more samples than a DFA's); a search too large (``MAX_NODES``)
decides nothing: both leave the text to the refusal it had ("no condition nesy builds").

Example, the one-state case (Sipser §1.1: a DFA's state after w depends on w only through its run): one
state q0 must loop on a; a accepted makes q0 accepting, and then aa, ending in q0 too, is accepted.
"""
from __future__ import annotations

import re

__all__ = ["examples", "check_examples", "MAX_NODES"]

MAX_NODES = 200_000    # search steps before the question is left undecided
_DEAD = -1

# "accepts the string a", "rejects aa", "accepting ab and ba", "but does not accept 000", "and rejects the strings
# 0, 00 and 000", "accepts ε"; the verb, then an optional noun, then a list of strings
_W = (r"(?:'[^'\s]*'|\"[^\"\s]*\"|ε|(?!(?i:does|do|must|should|not|ac{1,2}ept\w*|reject\w*|but|that|which|the)(?![A-Za-z0-9]))"
      r"[A-Za-z0-9]+)")
_CLAUSE = re.compile(
    r"(?i)(?P<v>ac{1,2}ept(?:s|ing)?|reject(?:s|ing)?|(?:does|do|must|should)\s*(?:n['’]?t|\s+not)\s+accept)"
    r"(?:\s+(?:the|both(?:\s+the)?|each\s+of\s+the|all\s+of\s+the))?(?:\s+(?:strings?|words?|inputs?))?"
    r"\s+(?P<ws>" + _W + r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _W + r")*)(?![A-Za-z0-9])")
_FILLER = re.compile(r"(?i)\b(?:that|which|it|and|but|also|while|whereas|yet)\b|[,;]")
_ALPHABET = re.compile(r"(?i)\b(?:over|on)\s+(?:the\s+)?(?:(?:input\s+)?alphabet\s+)?(?:Σ\s*=\s*)?\{[^{}]*\}")
_EMPTY = re.compile(r"(?i)the\s+empty\s+(?:string|word)")


def examples(desc: str) -> list[tuple[str, bool, dict]] | None:
    """The strings ``desc`` (a language phrase's text) says are accepted (True) or rejected (False), each with its
    clause ``{text, start, end}`` (positions in ``desc``); None unless the description is made of such clauses
    and nothing else."""
    desc = _EMPTY.sub(lambda m: "ε".ljust(len(m.group(0))), desc)
    out: list[tuple[str, bool, dict]] = []
    rest = desc
    for m in _CLAUSE.finditer(desc):
        # a list ends before the next clause's verb ("accepts a and rejects aa": 'rejects' is no string)
        ws = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("ws"))
        if any(re.fullmatch(r"(?i)ac{1,2}ept\w*|reject\w*|does|do|must|should|not", w) for w in ws):
            return None
        yes = not re.search(r"(?i)reject|n['’]?t\b|\bnot\b", m.group("v"))
        where = {"text": m.group(0), "start": m.start(), "end": m.end()}
        for w in ws:
            w = w.strip("'\"")
            out.append(("" if w == "ε" else w, yes, where))
        rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    if not out or re.search(r"[A-Za-z0-9]", _FILLER.sub(" ", rest)):
        return None
    return out


def _fits(sample: list[tuple[str, bool]], n: int) -> bool | None:
    """Whether some DFA of at most ``n`` states (partial allowed) accepts the accepted strings and rejects the
    rejected ones; None when the search passes ``MAX_NODES``."""
    delta: dict[tuple[int, str], int] = {}
    steps = [0]

    def run(w: str) -> tuple[int, int | None]:
        q = 0
        for i, c in enumerate(w):
            if (q, c) not in delta:
                return q, i
            q = delta[(q, c)]
            if q == _DEAD:
                return _DEAD, None
        return q, None

    def solve(used: int) -> bool | None:
        steps[0] += 1
        if steps[0] > MAX_NODES:
            return None
        label: dict[int, bool] = {}
        for w, yes in sample:
            q, i = run(w)
            if i is not None:
                key = (q, w[i])
                undecided = False
                for r in list(range(min(n, used + 1))) + [_DEAD]:
                    delta[key] = r
                    got = solve(max(used, r + 1))
                    del delta[key]
                    if got:
                        return True
                    undecided = undecided or got is None
                return None if undecided else False
            if q == _DEAD:
                if yes:
                    return False
                continue
            if label.setdefault(q, yes) != yes:
                return False
        return True
    return solve(1)


def check_examples(text: str, ph: dict, kind: str) -> None:
    """Raise ``UnsatisfiableError`` when the language phrase ``ph`` is made only of accepted and rejected strings,
    the text states a number of states, and no DFA of that many states separates them; the phrases named are the
    count and a smallest set of example clauses that still conflict. Otherwise nothing (the caller refuses the
    description as it would)."""
    from ..errors import UnsatisfiableError
    from .automata_lang_count import stated_counts
    if kind != "dfa":
        return
    counts = stated_counts(text)
    # the alphabet and the count may stand inside the phrase ("over {0,1} with exactly one state which accepts 01"):
    # read already, they are blanked (same length, so positions hold)
    desc = ph["text"]
    for c in counts:
        a, b = c.phrase["start"] - ph["start"], c.phrase["end"] - ph["start"]
        if 0 <= a < b <= len(desc):
            desc = desc[:a] + " " * (b - a) + desc[b:]
    desc = _ALPHABET.sub(lambda m: " " * len(m.group(0)), desc)
    ex = examples(desc)
    if ex is None or len(counts) != 1:
        return
    n = counts[0].n
    sample = [(w, yes) for w, yes, _ in ex]
    if n < 1 or _fits(sample, n) is not False:
        return
    # a smallest conflicting set: drop each example whose removal still leaves no DFA of n states
    core = list(range(len(ex)))
    for k in list(core):
        trial = [j for j in core if j != k]
        if trial and _fits([sample[j] for j in trial], n) is False:
            core = trial
    off = ph["start"]
    clauses: list[dict] = []
    for j in core:
        c = ex[j][2]
        p = {"text": c["text"], "start": off + c["start"], "end": off + c["end"]}
        if p not in clauses:
            clauses.append(p)
    said = "; ".join(f"'{w or 'ε'}' {'accepted' if yes else 'rejected'}" for w, yes in (sample[j] for j in core))
    raise UnsatisfiableError(
        [counts[0].phrase] + clauses,
        [{"law": "a DFA's state after a string is fixed by the string: strings ending in the same state are all "
                 "accepted or all rejected",
          "source": "Sipser, Introduction to the Theory of Computation, 3rd ed., §1.1 (formal definition of "
                    "computation); Gold 1978, identification of automata from given data"}],
        detail=(f"no DFA with {'at most ' if counts[0].bound == 'max' else ''}{n} state{'s' if n != 1 else ''} "
                f"(complete or partial; all {'of them were' if n > 1 else 'were'} searched) has {said}"),
        fix=[counts[0].phrase])
