"""Sets: sets of numbers (``sets_numbers``) read into the pre-reader's findings (``sets_words.PreRead``).

* A set described by numbers ("E is the set of even numbers in U", "P = primes below 20", "the
  integers Z") is a defined set; its description is blanked for the shared grammar.
* One with finitely many members — bounded, factors of k, taken from a listed set ("in U"), or any
  description when the text lists a universal set (the members of a Venn diagram's sets come from its
  universe, Rosen §2.1) — becomes a roster: its members are drawn as dots and its relations follow from
  them (``sets_roster``).
* Between two sets with infinitely many members, and between such a set and a roster of integers, the
  relation follows from the numbers (``sets_numbers.relation``) and joins the scene with the span of both
  descriptions, so a stated relation that contradicts it is impossible, naming both.
* "6 is in both", "1, 5 and 7 are in neither", "9 is only in M" said of the members of such sets is a
  claim about them, never a count: checked against the members (it holds: read, the figure shows it;
  it does not: impossible, naming the claim and the definitions).
"""
from __future__ import annotations

import re

from .sets_numbers import MAX_DOTS, _INT, _num, expand_roster, find_definitions, relation
from .sets_roster import LINK, roster_items

__all__ = ["read_numbers", "claims"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15}|ξ)"
_LIST = rf"(?P<xs>{_INT}(?:\s*,\s*{_INT})*(?:\s*,?\s*(?:and|&)\s+{_INT})?)"
_CLAIM = re.compile(
    rf"(?<![\w.,]){_LIST}\s+(?:is|are|lies|lie|belongs?|appears?|goes|go|sits?)\s+(?:(?:in|to|inside)\s+)?(?:(?:the\s+)?(?:region\s+(?:of\s+)?)?)?"
    rf"(?P<where>both(?:\s+(?:sets|circles|of\s+them))?|neither(?:\s+(?:set|circle|of\s+them))?|none(?:\s+of\s+them)?"
    rf"|all\s+three|only\s+(?:in\s+)?(?P<o1>{_NAME})|(?P<o2>{_NAME})\s+only|(?P<s1>{_NAME})(?:\s+(?:and|but)\s+(?P<not>not\s+(?:in\s+)?)?(?P<s2>{_NAME}))?)"
    rf"(?![\w])", re.IGNORECASE)


# "they share the element 15", "M and F have 15 and 30 in common", "both share the number 15": members in each
# of the two sets (Rosen §2.2 Def. 3, x ∈ A ∩ B); a pronoun stands for the two sets of the text beside its universe
_SHARED = re.compile(
    rf"(?:(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})|\b(?:they|both(?:\s+sets)?|the\s+two(?:\s+sets)?))\s+(?:both\s+)?"
    rf"(?:share|have)\s+(?:(?:the|a|an)\s+)?(?:(?:common\s+)?(?:elements?|members?|numbers?)\s+)?"
    rf"(?P<xs>{_INT}(?:\s*,\s*{_INT})*(?:\s*,?\s*(?:and|&)\s+{_INT})?)(?:\s+in\s+common)?(?![\w])", re.IGNORECASE)


def claims(text: str) -> list[tuple[list[str], str, tuple[str, ...], int, int]]:
    """Membership claims: (members, 'both'|'neither'|'all'|'only'|'in'|'in_not'|'shared', sets named, span);
    'shared' with no set named is said of the text's two sets."""
    out = []
    for m in _SHARED.finditer(text):
        xs = [str(_num(x)) for x in re.findall(_INT, m.group("xs"))]
        out.append((xs, "shared", tuple(n for n in (m.group("a"), m.group("b")) if n), m.start(), m.end()))
    for m in _CLAIM.finditer(text):
        xs = [str(_num(x)) for x in re.findall(_INT, m.group("xs"))]
        w = m.group("where").lower()
        if w.startswith("both"):
            kind, named = "both", ()
        elif w.startswith(("neither", "none")):
            kind, named = "neither", ()
        elif w.startswith("all"):
            kind, named = "all", ()
        elif m.group("o1") or m.group("o2"):
            kind, named = "only", (m.group("o1") or m.group("o2"),)
        elif m.group("not"):
            kind, named = "in_not", (m.group("s1"), m.group("s2"))
        else:
            kind, named = "in", tuple(n for n in (m.group("s1"), m.group("s2")) if n)
        out.append((xs, kind, named, m.start(), m.end()))
    return out


def _universe(text: str, listed: dict[str, list[str]]) -> str | None:
    """The listed set the text calls universal (or names U / ξ)."""
    for n in listed:
        if n in ("U", "ξ") or re.search(rf"\buniver\w*\s+(?:set\s+)?(?:is\s+|=\s*|:\s*|be\s+)?{re.escape(n)}\b", text, re.I):
            return n
    return None


_SYS = {"ℕ": "natural numbers", "N": "natural numbers", "ℤ": "integers", "Z": "integers", "ℚ": "rational numbers",
        "Q": "rational numbers", "ℝ": "real numbers", "R": "real numbers"}
_BUILDER = re.compile(rf"(?<![\w{{])({_NAME})\s*=\s*\{{\s*(?P<v>[a-z])\s*(?:∈|\bin\b)\s*(?P<sys>[ℕℤℚℝNZQR])\s*(?:[:|∣]|\bwith\b)"
                      r"\s*(?P<cond>[^{}]*)\}")


def _builder_description(v: str, sys_: str, cond: str) -> str | None:
    """Set-builder conditions on ``v`` ("x < 10", "1 ≤ x ≤ 20", "x is even", "3 | x") as the words of a
    description of numbers (``sets_numbers.parse_description``); None for a condition not read."""
    c = " " + cond.strip() + " "
    n = r"(-?\d{1,5})"
    for rx, rep in ((rf"{n}\s*<\s*{v}\s*<\s*{n}", lambda m: f" from {int(m[1]) + 1} to {int(m[2]) - 1} "),
                    (rf"{n}\s*(?:≤|<=)\s*{v}\s*(?:≤|<=)\s*{n}", lambda m: f" from {m[1]} to {m[2]} "),
                    (rf"{n}\s*(?:≤|<=)\s*{v}\s*<\s*{n}", lambda m: f" from {m[1]} to {int(m[2]) - 1} "),
                    (rf"{n}\s*<\s*{v}\s*(?:≤|<=)\s*{n}", lambda m: f" from {int(m[1]) + 1} to {m[2]} "),
                    (rf"\b{v}\s*<\s*{n}", lambda m: f" less than {m[1]} "),
                    (rf"\b{v}\s*(?:≤|<=)\s*{n}", lambda m: f" at most {m[1]} "),
                    (rf"\b{v}\s*>\s*{n}", lambda m: f" greater than {m[1]} "),
                    (rf"\b{v}\s*(?:≥|>=)\s*{n}", lambda m: f" at least {m[1]} "),
                    (rf"{n}\s*[|∣]\s*{v}\b", lambda m: f" multiples of {m[1]} "),
                    (rf"\b{v}\s+is\s+(?:an?\s+)?", lambda m: " "),
                    (r"\s(?:and|∧|,)\s", lambda m: " ")):
        c = re.sub(rx, rep, c)
    if re.search(rf"\b{v}\b|[<>≤≥=]", c):
        return None
    return c.strip() + " " + _SYS[sys_]


def read_numbers(text: str, chars: list[str], pre, blank) -> None:
    """Add the number sets of ``text`` to ``pre`` (members, relations, defined, unknown, ignored) and blank
    what was read in ``chars``. Rosters with an ellipsis are expanded here (``sets_words._roster`` leaves
    them)."""
    defs = find_definitions(text)
    from .sets_numbers import Definition, parse_description
    builders: set[str] = set()
    for m in _BUILDER.finditer(text):   # "A = {x ∈ ℕ : x < 10}": read, its members not drawn (is 0 in ℕ?)
        desc = _builder_description(m.group("v"), m.group("sys"), m.group("cond"))
        ns = parse_description(desc) if desc else None
        if ns is not None:
            defs.append(Definition(m.group(1), ns, (m.start(1), m.end(1)), (m.end(1), m.end())))
            builders.add(m.group(1))
    listed: dict[str, list[str]] = {}
    spans: dict[str, tuple[int, int]] = {}
    for m in re.finditer(rf"(?<![\w{{])({_NAME}){LINK}\{{([^{{}}]*)\}}", text):
        read = roster_items(m.group(2))
        items = [x for x, _a, _b in read] if read is not None else [x.strip() for x in m.group(2).split(",")]
        if any(x in ("...", "…", "..", "....") for x in items):
            got = expand_roster(items)
            if got is None:
                pre.unknown.append((m.start(), m.end()))
                blank(chars, m.end(1), m.end())
                continue
            if isinstance(got, list):
                pre.defined.append((m.group(1), m.start(1), m.end(1)))
                for x in got:
                    pre.members.append((x, m.group(1), m.start(2), m.end(2), m.start(), m.end()))
                listed[m.group(1)] = got
            else:
                from .sets_numbers import Definition
                defs.append(Definition(m.group(1), got, (m.start(1), m.end(1)), (m.start(2), m.end(2))))
            blank(chars, m.end(1), m.end())
        elif all(re.fullmatch(r"[+-]?\d{1,6}", x) for x in items):
            listed[m.group(1)] = items
        spans[m.group(1)] = (m.start(), m.end())
    if not defs:
        if listed:
            _check_claims(text, chars, pre, listed, [], spans, blank)
        return
    uni = _universe(text, listed)
    infinite = []
    for d in defs:
        a, b = d.desc_span
        pre.defined.append((d.name, *d.name_span))
        if a >= d.name_span[1]:
            blank(chars, d.name_span[1], b)       # "E is the set of even numbers": the name stays
        else:
            blank(chars, a, d.name_span[0])       # "the even numbers (E)"
            if text[d.name_span[1]:d.name_span[1] + 1] == ")":
                blank(chars, d.name_span[1], d.name_span[1] + 1)
        spans[d.name] = (min(d.name_span[0], a), max(d.name_span[1], b))
        src = d.numbers.within or (uni if not d.numbers.finite() and d.name != uni else None)
        if src is not None and src not in listed:
            pre.unknown.append((a, b))     # "the even numbers in A" with A not listed: which numbers is not said
            continue
        if src is not None:
            ms = [x for x in listed[src] if d.numbers.holds(int(x))]
        elif d.numbers.finite() and d.name not in builders:
            ms = sorted((str(x) for x in d.numbers.window()), key=int)
        else:
            infinite.append(d)
            continue
        if len(ms) > MAX_DOTS:
            pre.unknown.append((a, b))     # too many members to draw one by one
            continue
        listed[d.name] = ms
        for x in ms:
            pre.members.append((x, d.name, a, b, *spans[d.name]))
        if not ms:
            pre.unknown.append((a, b))     # an empty set: drawn as nothing, said by name
    for i, d in enumerate(infinite):
        for e in infinite[i + 1:]:
            _relate(pre, d.name, e.name, relation(d.numbers, e.numbers), spans)
        for n, xs in listed.items():
            inn = [x for x in xs if d.numbers.holds(int(x))]
            kind = "inside" if len(inn) == len(xs) else ("overlaps" if inn else "outside")
            _relate(pre, n, d.name, kind, spans)
            pre.number_members += [(x, d.name, *spans[d.name]) for x in inn]
    _check_claims(text, chars, pre, listed, infinite, spans, blank)


def _relate(pre, a: str, b: str, kind: str | None, spans: dict) -> None:
    lo, hi = min(spans[a][0], spans[b][0]), max(spans[a][1], spans[b][1])
    if kind is None:
        return
    if kind == "equal":
        pre.unknown.append((lo, hi))      # one set named twice: an Euler diagram gives each set its own curve
    elif kind == "contains":
        pre.relations.append(("inside", b, a, lo, hi))
    else:
        pre.relations.append((kind, a, b, lo, hi))


def _check_claims(text: str, chars: list[str], pre, listed: dict, infinite: list, spans: dict, blank) -> None:
    from ..errors import UnsatisfiableError
    uni = _universe(text, listed)
    sets = [n for n in listed if n != uni] + [d.name for d in infinite]
    if not sets:
        return

    def holds(x: str, n: str) -> bool:
        if n in listed:
            return x in listed[n]
        d = next(d for d in infinite if d.name == n)
        return d.numbers.holds(int(x))
    for xs, kind, named, a, b in claims(text):
        if any(n not in sets and n != uni for n in named):
            continue
        if kind == "shared":
            if not named and len(sets) != 2:
                continue   # "they share 15" with other than two sets: which two is not said — left unread
            kind, named = "in", named or tuple(sets)
        bad = []
        for x in xs:
            inn = {n for n in sets if holds(x, n)}
            ok = {"both": len(sets) == 2 and inn == set(sets), "all": len(sets) == 3 and inn == set(sets),
                  "neither": not inn and (uni is None or x in listed[uni]),
                  "only": inn == set(named), "in": all(holds(x, n) for n in named),
                  "in_not": len(named) == 2 and holds(x, named[0]) and not holds(x, named[1])}[kind]
            if not ok:
                bad.append(x)
        if bad:
            phrases = [{"text": text[a:b], "start": a, "end": b}] + [
                {"text": text[s:e], "start": s, "end": e} for s, e in sorted({spans[n] for n in sets if n in spans})]
            raise UnsatisfiableError(sorted(phrases, key=lambda p: p["start"]), [], [phrases[0]],
                                     f"{', '.join(bad)}: not where the sets' own members put "
                                     f"{'it' if len(bad) == 1 else 'them'} (Rosen §2.1: a set is its members)")
        pre.ignored.append((a, b))
        blank(chars, a, b)
