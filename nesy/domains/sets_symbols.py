"""Sets: operator expressions written without spaces ("A∩B", "A∪B∪C", "A⊂B⊂C", "A\\B", "A−B", "Aᶜ", "A'")
read exactly as their spaced forms ("A ∩ B", …).

The shared tokenizer keeps "A∩B" as one word, which no grammar reads. ``spaced`` pads each operator that
touches a name with spaces and keeps a map back to the user's characters; ``unspace`` moves every span of
the scene read from the padded text back onto the user's text, so that phrases are quoted and accounted
as the user wrote them. Notation: Rosen, *Discrete Mathematics and Its Applications* 7th ed., §2.1–2.2
(∩ ∪ ⊂ ⊆ ⊃ ⊇ ∈; A − B and A \\ B the difference; Ā, Aᶜ, A′ the complement).
"""
from __future__ import annotations

import re

__all__ = ["spaced", "unspace", "read_differences", "operator_count"]

_NAME = r"[A-Z][A-Za-z0-9_]{0,15}"
# symbols no other reading of a set text gives to a letter: padded wherever they touch a word or a bracket
_ALGEBRA = re.compile(r"(?<=[\w)}])[∩∪⊂⊆⊃⊇⊊⊋⊄⊅∖∈∉]|[∩∪⊂⊆⊃⊇⊊⊋⊄⊅∖∈∉](?=[\w({])")
# a difference between two names ("A\B", "A−B", "A-B" is a hyphenated word and stays), and a complement
# mark right after a name ("Aᶜ", "A'", "A′"; never "A's", a possessive)
_DIFF = re.compile(rf"(?<![\w{{])(?:{_NAME})(?P<op>[\\−∖])(?={_NAME}(?![\w}}]))")
_COMPL = re.compile(rf"(?<![\w{{])(?:{_NAME})(?P<op>ᶜ|′|'(?![A-Za-z]))")


def spaced(text: str) -> tuple[str, list[int]] | None:
    """``text`` with every operator that touches a name padded with spaces, and for each character of the
    result the index of the user's character it is (-1 for an added space); None when nothing needs it."""
    at: set[int] = {m.start() for m in _ALGEBRA.finditer(text)}
    at |= {m.start("op") for m in _DIFF.finditer(text)}
    at |= {m.start("op") for m in _COMPL.finditer(text)}
    if not at:
        return None
    out: list[str] = []
    back: list[int] = []
    for i, ch in enumerate(text):
        pad = i in at
        if pad and out and not out[-1].isspace():
            out.append(" ")
            back.append(-1)
        out.append(ch)
        back.append(i)
        if pad and i + 1 < len(text) and not text[i + 1].isspace():
            out.append(" ")
            back.append(-1)
    return "".join(out), back


def _span(d: dict, text: str, back: list[int]) -> None:
    """Move one span dict ({start, end, text}) from the padded text onto the user's ``text``."""
    a, b = int(d["start"]), int(d["end"])
    a = max(0, min(a, len(back)))
    b = max(a, min(b, len(back)))
    inner = [back[k] for k in range(a, b) if back[k] >= 0]
    if inner:
        d["start"], d["end"] = inner[0], inner[-1] + 1
    else:   # an added space only: the user's character after it
        nxt = next((back[k] for k in range(a, len(back)) if back[k] >= 0), len(text))
        d["start"] = d["end"] = nxt
    d["text"] = text[d["start"]:d["end"]]


def _walk(o, text: str, back: list[int]) -> None:
    if isinstance(o, dict):
        if {"start", "end", "text"} <= set(o) and isinstance(o.get("start"), int) and isinstance(o.get("end"), int):
            _span(o, text, back)
        for v in o.values():
            _walk(v, text, back)
    elif isinstance(o, list):
        for v in o:
            _walk(v, text, back)


def unspace(scene, text: str, back: list[int]):
    """The scene read from the padded text, with its text and every span on the user's ``text``."""
    from ..types import SceneGraph
    d = scene.to_dict()
    _walk(d, text, back)
    d["text"] = text
    return SceneGraph.from_dict(d)


# "A − B = ∅", "A \ B is empty": no member of A outside B, so A ⊆ B; "A − B ≠ ∅", "A \ B is non-empty": some
# member of A lies outside B (Rosen §2.2 Def. 4: A − B = {x | x ∈ A ∧ x ∉ B})
_EMPTY = r"(?:=|is|are)\s*(?:∅|Ø|\{\s*\}|empty|the\s+empty\s+set)"
_FILLED = r"(?:(?:≠|!=)\s*(?:∅|Ø|\{\s*\}|the\s+empty\s+set)|is\s+(?:non-?\s?empty|not\s+empty)|has\s+(?:some\s+)?(?:members|elements))"
_DIFFERENCE = re.compile(rf"(?<![\w{{])(?P<a>{_NAME})\s*[\\−∖]\s*(?P<b>{_NAME})(?![\w}}])"
                         rf"(?:\s*(?:(?P<empty>{_EMPTY})|(?P<filled>{_FILLED}))(?![\w]))?")
_COMPLEMENT = re.compile(rf"(?<![\w{{])(?:{_NAME})\s*(?:ᶜ|′|'(?![A-Za-z]))|\b(?:the\s+)?complement\s+of\s+{_NAME}\b")


# "the complement A' is the part of U outside A", "Aᶜ = everything in U not in A", "the complement of A is the
# region of U that lies outside A": the complement's definition (Rosen §2.2 Def. 5: Ā = {x ∈ U | x ∉ A}) — it
# describes a region, it is not a relation between U and A; the complement itself stays not drawn (unshaded)
_COMPLEMENT_DEFINED = re.compile(
    rf"(?:(?<![\w{{])(?P<x>{_NAME})\s*(?:ᶜ|′|'(?![A-Za-z]))|\b(?:the\s+)?complement\s+of\s+(?P<x2>{_NAME})\b)"
    rf"(?P<d>\s*(?:is|=|means|contains|consists\s+of)\s+(?:just\s+|simply\s+)?(?:the\s+|all\s+(?:the\s+)?)?"
    rf"(?:part|parts|region|area|rest|portion|set|everything|elements?|members?|points?)\s+(?:of|in|inside)\s+"
    rf"(?P<u>{_NAME})\s*,?\s*(?:(?:that|which)\s+(?:is|are|lies?)\s+|lying\s+|but\s+)?"
    rf"(?:outside(?:\s+of)?|not\s+in|not\s+inside|beyond)\s+(?P<y>{_NAME}))(?![\w}}])")


def read_differences(chars: list[str], pre, names: set[str], blank) -> None:
    """A difference said empty (A inside B) or non-empty (some of A outside B); any other difference or
    complement expression is listed as not drawn (no region of a Venn diagram is shaded), never dropped."""
    masked = "".join(chars)
    for m in _DIFFERENCE.finditer(masked):
        a, b = m.group("a"), m.group("b")
        if m.group("empty") and a != b:
            pre.relations.append(("inside", a, b, m.start(), m.end()))
        elif m.group("filled") and a != b:
            pre.some_not.append((a, b, m.start(), m.end()))
        else:
            k = m.start() + len(a)
            pre.unknown.append((k, m.end()))
            blank(chars, k, m.end())
            continue
        blank(chars, m.start() + len(a), m.end())   # "A   B" would read as one name
    for m in _COMPLEMENT_DEFINED.finditer("".join(chars)):
        if (m.group("x") or m.group("x2")) == m.group("y"):   # what the complement is, by its definition: no relation of U and A
            pre.ignored.append((m.start("d"), m.end()))   # read: true of every complement, nothing to draw
            blank(chars, m.start("d"), m.end())
    masked = "".join(chars)
    for m in _COMPLEMENT.finditer(masked):
        if m.group().endswith("'") and _closes_quote(masked, m.end() - 1):
            continue   # "'NOT EVERY NATO STATE IS IN THE EU'": the quote's closing mark, no prime
        pre.unknown.append((m.start(), m.end()))


def _closes_quote(text: str, at: int) -> bool:
    """Whether the ' at ``at`` closes a quotation: the last ' before it on its line opens one (after a space,
    a bracket or a colon, before a letter), as in "HEADLINE: 'NOT … IN THE EU'"."""
    line = text.rfind("\n", 0, at) + 1
    k = text.rfind("'", line, at)
    return k >= 0 and (k == 0 or text[k - 1] in " \t([:=,") and at > k + 1 and text[k + 1].isalpha()


def operator_count(text: str) -> int:
    """How many differences and complements of named sets ``text`` writes (a sign that it is about sets)."""
    return len(_DIFFERENCE.findall(text)) + len(_COMPLEMENT.findall(text))


# "A ∩ B, B ∩ C and A ∩ B ∩ C are all non-empty": the sets of an intersection of three or more said non-empty
# share members (a common region is drawn); the pairs are read by the shared grammar
_TRIPLE = re.compile(rf"(?<![\w{{])(?P<g>{_NAME}\s*∩\s*{_NAME}(?:\s*∩\s*{_NAME})+)(?![\w}}])"
                     rf"(?=[^.;:!?]*?(?:\b(?:is|are)\s+(?:all\s+|each\s+|both\s+)?(?:non-?\s?empty|not\s+empty)\b"
                     rf"|\s*(?:≠|!=)\s*(?:∅|Ø|\{{\s*\}})))")


def read_nonempty_triples(chars: list[str], pre) -> None:
    """Add each intersection of three or more sets said non-empty to ``pre.common``."""
    for m in _TRIPLE.finditer("".join(chars)):
        tail = "".join(chars[m.end():m.end() + 80])
        if re.match(r"\s*(?:=|is\s+empty)", tail):
            continue   # this one is said empty; the non-empty statement is another's
        names = tuple(dict.fromkeys(re.findall(_NAME, m.group("g"))))
        if len(names) >= 3:
            pre.common.append((names, m.start(), m.end(), True))
