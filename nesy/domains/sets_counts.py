"""Sets: cardinality word problems — how many members each set has, drawn as counts in the Venn regions.

"In a class of 30, 20 take Physics, 18 take Chemistry and 12 take both" states |U| = 30, |P| = 20,
|C| = 18, |P ∩ C| = 12. Each statement is a linear equation in the counts of the Venn diagram's regions
(each region: the members in exactly some of the sets); the region counts follow by inclusion–exclusion
(Rosen, *Discrete Mathematics and Its Applications*, 7th ed., §2.2 eq. (1) |A ∪ B| = |A| + |B| − |A ∩ B|,
and §8.5 for three sets): P only 8, both 12, C only 6, neither 4. Solved exactly (fractions); a region
the statements do not fix is written "?" (never guessed); statements that contradict each other, or give
a region a negative or fractional count, are impossible, naming the smallest set of phrases that
conflicts. A question ("find how many take at least one subject") is a question, answered from the
region counts beside the figure, never a statement.

Read forms: "N [students] take/study/play/like … X", "N … both [X and Y]", "N … neither [X nor Y]",
"N … none", "N … only X" / "X only" / "X but not Y", "N … at least one" / "X or Y", "n(A) = 20",
"|A ∩ B| = 12", "n(A ∪ B) = 26", "n(U) = 30", "a class/group/survey of 30", "30 students were
surveyed", "there are 30 students", "out of 30".
"""
from __future__ import annotations

import itertools
import re
from fractions import Fraction

__all__ = ["read_counts", "solve_counts", "CountStatement"]

_NUM_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
              "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
              "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
_N = r"(?P<n>\d{1,6}|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")"
_WHO = (r"(?:(?:of\s+(?:them|these|those|the\s+\w+)|students?|pupils?|people|persons?|children|kids|members|"
        r"employees|workers|customers|respondents|voters|girls|boys|men|women|adults|teachers|players|athletes|"
        r"animals|families|households|participants|learners|patients|volunteers|users|fans|readers|viewers|"
        r"residents|visitors|guests|tourists|travellers|travelers|shoppers|clients|applicants|candidates|"
        r"drivers|owners|subscribers|attendees|delegates|staff|of\s+the\s+\w+)\s+)?(?:(?:also|each|all|only\s+(?=\d))\s+)?")
_VERB = (r"(?:(?:do|does|did)\s+)?(?:take|takes|took|taking|study|studies|studied|studying|play|plays|played|like|likes"
         r"|liked|prefer|prefers|preferred|speak|speaks|spoke|read|reads|own|owns|owned|have|has|had|chose|choose"
         r"|chooses|choosing|picked|pick|picks|selected|select|drink|drinks|eat|eats|ate|watch|watches|watched|use|uses"
         r"|used|visit|visits|visited|pass|passes|passed|fail|fails|failed|join|joins|joined|learn|learns|learned"
         r"|learnt|attend|attends|attended|enjoy|enjoys|enjoyed|love|loves|loved|wear|wears|bought|buy|buys|voted\s+for"
         r"|vote\s+for|votes\s+for|signed\s+up\s+for|(?:are|were|is|was)\s+(?:enrolled\s+)?(?:in|on|taking|studying"
         r"|playing|doing)|(?:are|were)\s+members?\s+of|belong\s+to|belongs\s+to|do|does|did|go\s+to|went\s+to"
         r"|opted\s+for|chose\s+to\s+study|(?:are|were|is|was)\s+(?:common\s+to|shared\s+by)|in)")
# (a set's letter too: "10 take E and S" once "English (E)" has named E)
_WORD = r"(?:[A-Z][A-Za-z\-]{1,20}|[a-z][a-z\-]{2,20}|(?-i:[A-Z])(?![\w'’]))"
_STOP = frozenset("""both neither none nothing only either at least one the a an and or nor but not of them these those
    subject subjects sport sports language languages it all any each some class group school survey sample total
    year team club form common""".split())


# a number after these words says which sets ("all three", "these two"), never how many members
_NOT_COUNT = frozenset("""all the these those its their each every any of first last both no not number element member
    integer digit value letter point object""".split())


def _num(s: str) -> int:
    return int(s) if s.isdigit() else _NUM_WORDS[s.lower()]


class CountStatement:
    """One stated count: ``what`` is ("set", X) | ("both", X, Y, …) | ("only", X) | ("neither",) |
    ("universe",) | ("union", X, Y, …) | ("some", X) (names a set, no number); ``span`` its phrase."""

    def __init__(self, what: tuple, n: int | None, start: int, end: int, text: str):
        self.what, self.n, self.start, self.end, self.text = what, n, start, end, text

    def __repr__(self) -> str:
        return f"CountStatement({self.what}, {self.n}, {self.text!r})"


def _formal(text: str) -> list[CountStatement]:
    """n(A) = 20, |A ∩ B| = 12, n(A ∪ B) = 26, #(A) = 5."""
    from .sets_count_compound import universe_letter
    out = []
    uni = universe_letter(text)
    nm = r"[A-Za-zξ][A-Za-z0-9_]{0,15}"
    rx = re.compile(rf"(?:\b[nN]\s*\(|#\s*\(|\|)\s*(?P<e>{nm}(?:\s*[∩∪]\s*{nm})*)\s*(?:\)|\|)\s*=\s*(?P<n>\d{{1,6}})")
    for m in rx.finditer(text):
        e = m.group("e")
        names = re.findall(nm, e)
        if len(names) == 1:
            # the letter the text names its universal set, when it names one (``sets_count_compound``)
            what = ("universe",) if (names[0] == uni if uni else (
                names[0] in ("U", "ξ", "E", "S") and re.search(r"\buniversal|\buniverse", text, re.I)
                or names[0] in ("U", "ξ"))) else ("set", names[0])
        elif "∪" in e and "∩" not in e:
            what = ("union", *names)
        elif "∩" in e and "∪" not in e:
            what = ("both", *names)
        else:
            continue
        out.append(CountStatement(what, int(m.group("n")), m.start(), m.end(), m.group()))
    return out


_NU = _N.replace("(?P<n>", "(")   # the same number, as a plain group (several in one pattern)
_PEOPLE = (r"(?:students?|pupils?|people|persons|children|kids|members|employees|customers|respondents|boys|girls|"
           r"men|women|adults|workers|families|households|teachers|players|athletes|voters|participants|learners|"
           r"patients|visitors|guests|tourists|animals|elements|volunteers|users|fans|readers|viewers|residents|"
           r"travellers|travelers|shoppers|clients|applicants|candidates|drivers|owners|subscribers|attendees)")
_UNIVERSE = re.compile(
    rf"\b(?:(?:in|of|among|from|for)\s+)?(?:a|an|the|one|our|my|this|their|his|her)\s+(?:\w+\s+)?(?:class|group|survey|sample|school|club|team|"
    rf"population|year\s+group|form|office|company|village|hostel|batch|cohort)\s+(?:of|has|had|with|contains|includes)\s+{_NU}(?:\s+\w+)?"
    rf"|\b{_NU}\s+\w+\s+(?:were|was|are)\s+(?:surveyed|asked|questioned|interviewed|polled)"
    # "Of 10 dogs, …", "Among 60 cars: …": the whole the sentence counts within, said before its clauses
    rf"|(?:^|(?<=[.!?:;]\s))(?:of|among|amongst|out\s+of|from)\s+(?:the\s+|these\s+)?{_NU}\s+[a-z]+s\b(?=\s*[,:])"
    rf"|\b(?:(?:we|i|they|a|the|one|this)\s+(?:\w+\s+)?)?(?:asked|surveyed|polled|questioned|interviewed)\s+{_NU}\s+\w+(?:\s+about\s+(?:their\s+)?[a-z]+)?"
    rf"|\bthere\s+(?:are|were)\s+{_NU}\s+\w+(?:\s+(?:in|at)\s+(?:a|an|the|our|my)\s+\w+)?"
    rf"|\b(?:out\s+of|of\s+the|of|a\s+total\s+of|in\s+total\s+there\s+are)\s+{_NU}\s+(?:students?|pupils?|people|persons|"
    rf"children|members|employees|customers|respondents)(?:\s+(?:surveyed|asked|questioned|interviewed|polled))?|\b{_NU}\s+(?:students?|pupils?|people)\s+in\s+(?:total|all)\b"
    rf"|\b(?:in\s+total|altogether)\s+{_NU}\b"
    rf"|\b(?:the\s+)?(?:universal\s+set|universe)(?:\s+[A-Zξ])?\s+(?:has|contains|holds|of|with)\s+{_NU}\s+(?:elements|members)"
    rf"|\bout\s+of\s+{_NU}(?:\s+{_PEOPLE})?"
    # what is left once the statements are read: "for 40 students", "the 30 members of a club"
    rf"|\b{_NU}\s+{_PEOPLE}\b(?:\s+(?:of|in|at)\s+(?:a|an|the|our|my)\s+[a-z]+)?", re.IGNORECASE)


def _statements(text: str) -> list[CountStatement]:
    from .sets_count_verbs import VERB_GROUP, clause_start, verb_ok, zero_statements
    out: list[CountStatement] = []
    # the verb is read by its form (``sets_count_verbs``): "18 own a dog", "9 knit", not only the listed ones
    head = rf"\b{_N}\s+{_WHO}(?:{VERB_GROUP}\s+)?"
    forms = [
        ("neither", rf"{head}(?:neither(?:\s+(?P<a>{_WORD})\s+nor\s+(?P<b>{_WORD})|\s+(?:of\s+(?:them|these|the\s+\w+)|[a-z]+(?=\s*(?:[.,;!?]|$))))?|none(?:\s+of\s+(?:them|these|the\s+\w+))?"
                    rf"|nothing|no\s+(?:subjects?|sports?|languages?)|(?:do|does|did)\s*(?:not|n't)\s+\w+\s+(?:either|any)(?:\s+(?:of\s+them|subject|sport))?)"),
        ("both", rf"{head}(?:both(?:\s+(?P<a>{_WORD})\s+and\s+(?P<b>{_WORD})(?:\s+and\s+(?P<c>{_WORD}))?|\s+(?:of\s+(?:them|these|those)|(?-i:[a-z]{{2,20}}s)\b(?!\s+(?:and|or|nor)\b)))?"
                 rf"|all\s+three(?:\s+(?:subjects|sports|languages))?|(?:in\s+)?common(?:\s+to\s+(?:both|them|all\s+three))?\b|(?P<a2>{_WORD})\s+and\s+(?P<b2>{_WORD})(?=\s*(?:[.,;!?]|$|\s+(?:but|while|and\s+\d))))"),
        ("union", rf"{head}(?:at\s+least\s+one(?:\s+(?:subject|sport|language|of\s+them|of\s+the\s+\w+))?|(?P<a>{_WORD})\s+or\s+(?P<b>{_WORD}))"),
        ("only", rf"{head}(?P<a3>{_WORD})\s+but\s+not\s+(?P<b>{_WORD})"),
        ("only", rf"{head}(?:only|just)\s+(?P<a>{_WORD})"),
        ("only", rf"{head}(?P<a2>{_WORD})\s+(?:only|alone)\b"),
        ("set", rf"{head}(?:(?:the|a|an)\s+)?(?!{_VERB}\b)(?P<a>{_WORD})\b"),
        # a verb with no object names its set itself: "14 can swim", "9 cycle to school" is read above
        ("set", rf"\b{_N}\s+{_WHO}{VERB_GROUP}(?=\s*(?:[.,;!?]|$)|\s+(?:and|but|while|whereas)\b)"),
    ]
    taken: list[tuple[int, int]] = []
    for kind, rx in forms:
        for m in re.finditer(rx, text, re.IGNORECASE):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            before = re.search(r"(\w+)\W*$", text[:m.start()])
            if before and before.group(1).lower() in _NOT_COUNT:
                continue    # "all three have …", "the two sets …": which sets, not how many members
            g = {k: v for k, v in m.groupdict().items() if v}
            verb = g.get("verb")
            ws = (verb or "").lower().split()
            copula = kind == "set" and not any(k in g for k in ("a", "a2", "a3")) and len(ws) >= 2 and \
                ws[-2] in ("are", "is", "were", "was", "be", "being")
            if verb and not re.fullmatch(_VERB, verb, re.IGNORECASE) and not (
                    (copula or verb_ok(verb)) and clause_start(text, m.start())):
                continue    # "from 1 to 10 written in …", "3 sets A and B": no count of members
            names = [g[k] for k in ("a", "a2", "a3", "b", "b2", "c") if k in g]
            if any(w.lower() in _STOP and not re.fullmatch(r"[A-Z]", w) for w in names):   # "A": a set's letter
                continue
            if kind == "set" and names and names[0].lower() in _SURVEYED:
                continue     # "30 students were asked": the whole surveyed, read as the universe
            if kind == "set" and not _has_verb(m.group()) and not verb:
                continue
            if kind == "only" and "b" in g:
                names = [g.get("a3")]
            if kind == "set" and not names:
                if ws and ws[-1] in _SURVEYED:
                    continue     # "30 students were asked": the whole surveyed, read as the universe
                if copula and ws[-1] not in _STOP:
                    names = [ws[-1]]     # "7 are black", "9 were vegetarian": the predicate names the set
                elif not verb or not verb_ok(verb):
                    continue
                else:
                    names = [_lemma(ws[-1])]
            what = (kind, *names) if kind in ("both", "union", "only", "set") else ("neither",)
            if kind in ("both", "union") and not names:
                what = (kind,)
            st = CountStatement(what, _num(m.group("n")), m.start(), m.end(), m.group())
            st.generic = bool(verb) and not re.fullmatch(_VERB, verb, re.IGNORECASE)
            out.append(st)
            taken.append((m.start(), m.end()))
    # "nobody likes both", "no one plays all three", "none of them study only French": a region of 0
    zero = [("both", rf"(?:both(?:\s+(?P<a>{_WORD})\s+and\s+(?P<b>{_WORD})(?:\s+and\s+(?P<c>{_WORD}))?|\s+(?:of\s+(?:them|these|those)|(?-i:[a-z]{{2,20}}s)\b(?!\s+(?:and|or|nor)\b)))?"
                     rf"|all\s+three(?:\s+\w+)?|(?P<a2>{_WORD})\s+and\s+(?P<b2>{_WORD})(?=\s*(?:[.,;!?]|$)))"),
            ("only", rf"(?:only|just)\s+(?P<a>{_WORD})")]
    for kind, m in zero_statements(text, _WORD, zero):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        g = {k: v for k, v in m.groupdict().items() if v}
        names = [g[k] for k in ("a", "a2", "b", "b2", "c") if k in g]
        if any(w.lower() in _STOP and not re.fullmatch(r"[A-Z]", w) for w in names):   # "A": a set's letter
            continue
        st = CountStatement((kind, *names), 0, m.start(), m.end(), m.group())
        st.zero = True
        out.append(st)
        taken.append((m.start(), m.end()))
    return out


_SURVEYED = frozenset("asked surveyed questioned interviewed polled sampled counted tested".split())


def _lemma(w: str) -> str:
    from ..parse.lemmas import lemma_table
    return lemma_table().get(w.lower(), w.lower())


def _has_verb(s: str) -> bool:
    return re.search(rf"\s{_VERB}\s", f" {s} ", re.IGNORECASE) is not None


_QUESTION = re.compile(
    r"(?:\b(?:and|then|also)\s+)?\b(?:find|calculate|compute|determine|work\s+out|figure\s+out|deduce|state|show|say)?\s*"
    r"(?:out\s+)?(?:how\s+many|the\s+number\s+(?:of|who)|what\s+(?:is|are)\s+(?:the\s+)?(?:number|n\s*\(|\|))[^.;?!]*?"
    r"(?=\s+(?:if|given\s+that|when|assuming)\b|\s*[.;?!]|$)"
    r"|\b(?:and\s+)?(?:find|calculate|compute|determine|work\s+out|what\s+is)\s+(?:n\s*\([^)]*\)|\|[^|]*\|)", re.IGNORECASE)


def asked_kind(q: str) -> str | None:
    """Which region sum a question asks for."""
    low = q.lower()
    for kind, rx in (("neither", r"\bneither\b|(?:n't|\bnot)\s+(?:\w+\s+)?(?:either|any)\b"), ("union", r"at\s+least\s+one|\beither\b|\bor\b|∪|union"), ("neither", r"neither|none|no\s+\w+"),
                     ("exactly_one", r"exactly\s+one|only\s+one|just\s+one"), ("only", r"\bonly\b|\balone\b|but\s+not"),
                     ("both", r"\bboth\b|∩|all\s+three")):
        if re.search(rx, low):
            return kind
    return None


def read_counts(text: str) -> tuple[list[CountStatement], list[tuple[int, int]], list[tuple[int, int]]]:
    """The count statements of ``text`` (empty when it states no count of a set's members), the question
    spans, and spans naming a set with no number ("some students take Physics")."""
    stmts = _formal(text)
    cut = [(s.start, s.end) for s in stmts]
    masked = list(text)
    for a, b in cut:
        masked[a:b] = " " * (b - a)
    qs = [(m.start(), m.end()) for m in _QUESTION.finditer("".join(masked)) if m.group().strip()]
    for a, b in qs:
        masked[a:b] = " " * (b - a)
    stmts += [s for s in _statements("".join(masked))]
    from .sets_count_compound import intersective   # "6 are black puppies": |black ∩ puppies| = 6
    intersective(stmts, "".join(masked))
    # a word problem states counts; "nobody plays both" alone is a quantified statement (disjoint sets),
    # read by the clause readers — only beside stated numbers is it a region of 0
    if not any(s.what[0] != "universe" and not getattr(s, "zero", False) for s in stmts):
        return [], [], []
    # a verb read by its form alone counts only among other counts ("as two disjoint regions" is none)
    said = [s for s in stmts if s.what[0] != "universe" and not getattr(s, "zero", False)]
    if len(said) < 2 and all(getattr(s, "generic", False) for s in said):
        return [], [], []
    # one count with no total is no word problem ("7 is in both A and C" places a member)
    if len(said) < 2 and not any(s.what[0] == "universe" for s in stmts) and not _UNIVERSE.search(text):
        return [], [], []
    for s in stmts:
        masked[s.start:s.end] = " " * (s.end - s.start)
    for m in _UNIVERSE.finditer("".join(masked)):
        n = next(v for v in m.groups() if v)
        stmts.append(CountStatement(("universe",), _num(n), m.start(), m.end(), m.group()))
        masked[m.start():m.end()] = " " * (m.end() - m.start())
    some = [(m.start(), m.end()) for m in re.finditer(rf"\bsome\s+(?:\w+\s+)?{_VERB}\s+{_WORD}", "".join(masked))]
    return sorted(stmts, key=lambda s: s.start), qs, some


def _regions(sets: list[str]) -> list[frozenset[str]]:
    return [frozenset(c) for k in range(len(sets) + 1) for c in itertools.combinations(sets, k)]


def _row(s: CountStatement, sets: list[str], regs: list[frozenset[str]]) -> list[Fraction] | None:
    w, names = s.what[0], list(s.what[1:])
    if w == "universe":
        return [Fraction(1)] * len(regs)
    if w == "neither":
        return [Fraction(1 if not r else 0) for r in regs]
    grp = names or sets
    if w == "set":
        return [Fraction(1 if names[0] in r else 0) for r in regs]
    if w == "both":
        return [Fraction(1 if set(grp) <= r else 0) for r in regs]
    if w == "union":
        return [Fraction(1 if r & set(grp) else 0) for r in regs]
    if w == "only":
        return [Fraction(1 if r == frozenset(names[:1]) else 0) for r in regs]
    return None


def _rank(rows: list[list[Fraction]]) -> int:
    m = [list(r) for r in rows]
    rank, cols = 0, len(m[0]) if m else 0
    for c in range(cols):
        p = next((i for i in range(rank, len(m)) if m[i][c] != 0), None)
        if p is None:
            continue
        m[rank], m[p] = m[p], m[rank]
        for i in range(len(m)):
            if i != rank and m[i][c] != 0:
                f = m[i][c] / m[rank][c]
                m[i] = [x - f * y for x, y in zip(m[i], m[rank])]
        rank += 1
    return rank


def _solve(rows: list[list[Fraction]], rhs: list[Fraction], n: int) -> tuple[bool, list[Fraction | None]]:
    """(consistent, value of each variable or None when the equations leave it free)."""
    aug = [r + [b] for r, b in zip(rows, rhs)]
    if rows and _rank(aug) > _rank(rows):
        return False, [None] * n
    vals: list[Fraction | None] = []
    base = _rank(rows) if rows else 0
    for i in range(n):
        e = [Fraction(1 if j == i else 0) for j in range(n)]
        if rows and _rank(rows + [e]) == base:
            # x_i is fixed: solve by least elimination (rref on the augmented system)
            vals.append(_value(aug, i, n))
        else:
            vals.append(None)
    return True, vals


def _value(aug: list[list[Fraction]], i: int, n: int) -> Fraction:
    m = [list(r) for r in aug]
    rank = 0
    piv = {}
    for c in range(n):
        p = next((k for k in range(rank, len(m)) if m[k][c] != 0), None)
        if p is None:
            continue
        m[rank], m[p] = m[p], m[rank]
        m[rank] = [x / m[rank][c] for x in m[rank]]
        for k in range(len(m)):
            if k != rank and m[k][c] != 0:
                f = m[k][c]
                m[k] = [x - f * y for x, y in zip(m[k], m[rank])]
        piv[c] = rank
        rank += 1
    # x_i in the row space: the pivot row of column i has no free column left
    return m[piv[i]][n]


def _bad(stmts: list[CountStatement], sets: list[str], regs) -> str | None:
    rows = [_row(s, sets, regs) for s in stmts]
    ok, vals = _solve(rows, [Fraction(s.n) for s in stmts], len(regs))
    if not ok:
        return "the counts contradict each other"
    for r, v in zip(regs, vals):
        if v is not None and (v < 0 or v.denominator != 1):
            where = " and ".join(sorted(r)) if r else "none of the sets"
            return f"they leave {v} members in {'exactly ' if r else ''}{where}" + (
                " (a count is a whole number ≥ 0)")
    return None


def solve_counts(stmts: list[CountStatement], sets: list[str]) -> tuple[dict[frozenset[str], int | None], bool]:
    """Region → count (None where the statements leave it free), and whether the universe is known
    (the 'neither' region is fixed). Raises ``UnsatisfiableError`` with the smallest conflicting phrases."""
    from ..errors import UnsatisfiableError
    regs = _regions(sets)
    why = _bad(stmts, sets, regs)
    if why is not None:
        core = list(stmts)
        for s in list(core):          # drop every statement the conflict does not need
            trial = [t for t in core if t is not s]
            if _bad(trial, sets, regs) is not None:
                core = trial
        phrases = [{"text": s.text, "start": s.start, "end": s.end} for s in core]
        raise UnsatisfiableError(phrases, [{"law": "inclusion–exclusion: |A ∪ B| = |A| + |B| − |A ∩ B|",
                                            "source": "Rosen, Discrete Mathematics and Its Applications, 7th ed., §2.2"}],
                                 phrases[-1:], _bad(core, sets, regs) or why)
    _, vals = _solve([_row(s, sets, regs) for s in stmts], [Fraction(s.n) for s in stmts], len(regs))
    out = {r: (int(v) if v is not None else None) for r, v in zip(regs, vals)}
    return out, out.get(frozenset()) is not None
