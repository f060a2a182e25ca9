"""Names of bodies nesy does not know, in a list of bodies and their values (``nesy.astronomy.v1``).

"Earth (1.00 AU), Mars (1.52 AU) and the asteroid Pallas (2.77 AU)", "Ceres 2.77 AU, Pluto 39.5 AU, Sedna
506 AU": a capitalised word nesy left unread right before a value names the body the value is of. The value
must never go to the body named before that name (requests-9 astronomy-01/-04: "Mars's a is given twice").

A name that opens the clause of a value is that value's subject too ("… just outside: Bennu's semi-major axis is
1.126 AU", a telegram's "STOP SEDNA MUCH FARTHER OUT AT ABOUT 506 AU"): a capitalised word (in an all-capitals
text, any word) nesy left unread, at the clause's start, with a predicate after it (a possessive, "at", "is",
"orbits", a comparison), never an imperative with its object ("Imagine a planet at 2 AU").
"""
from __future__ import annotations

import re

__all__ = ["unknown_name_between", "clause_subject_name", "called_planets"]

_NAME_RX = re.compile(r"[A-Z][\w'’-]*\d*[a-z\d]")


def unknown_name_between(unknown: list[tuple[str, int, int]], a: int, b: int,
                         text: str) -> tuple[str, int, int] | None:
    """The last unread capitalised word (not at a sentence's start) between offsets ``a`` and ``b``, or None."""
    found = None
    caps = _shouted(text)
    for w, s, e in unknown:
        if _number_word(w) or _CONTRACTION.fullmatch(w):
            continue   # "'Two dwarf planets beyond Neptune": a count, never a body's name; "I'll": a pronoun
        if caps and a <= s and e <= b and re.fullmatch(r"[A-Z][A-Z'’-]{2,}", w) and w not in _AGENCIES \
                and re.fullmatch(r"\s*(?:\(\s*|:\s*|,\s*|=\s*|AT\s+)?", text[e:b]):
            # an all-capitals headline ("MAKEMAKE (45.8 AU), GONGGONG (67.5 AU)"): every word is capitals, so a
            # name is the unread word right before its value (nothing but a bracket, colon or AT between)
            found = (w, s, e)
            continue
        if a <= s and e <= b and _NAME_RX.fullmatch(w) and not _acronym(w):
            if not re.search(r"(?:^|[.!?:]\s*)$", text[:s].rstrip(" \t") if text[:s].strip() else ""):
                found = (w, s, e)
            elif s > 0 and not re.search(r"[.!?:]\s*$", text[:s]):
                found = (w, s, e)
    return found


# agencies and missions an all-capitals text names beside bodies: never a body's name
_AGENCIES = frozenset({"NASA", "ESA", "JPL", "JAXA", "ISRO", "CNSA", "IAU", "MPC", "STOP", "NOTE", "FYI", "ASAP"})


def _shouted(text: str) -> bool:
    """Whether ``text`` is written in capitals (a telegram, a headline): over twice as many capitals as lower case."""
    return sum(c.isupper() for c in text) > 2 * sum(c.islower() for c in text)


def _acronym(w: str) -> bool:
    """An acronym, possessive or not ("NASA's spacecraft", "ESA", "JPL"): an agency or a mission, never the name of
    a body (a shouted text's capitals are read by ``clause_subject_name``)."""
    return re.sub(r"['’]s?$", "", w).isupper()


# a pronoun with its verb ("I'll see it in 2061", "It's at 5 AU"): capitalised as a sentence's or "I"'s are, never a name
_CONTRACTION = re.compile(r"(?i)(?:I|you|we|they|he|she|it|that|there|here|what|who|let)['’](?:ll|m|ve|d|re|s)")


def _number_word(w: str) -> bool:
    from ..parse.words import count_words
    return w.lower() in count_words()


# what follows a body's name as the subject of its value's clause
_PREDICATE = re.compile(r"(?i)(?:['’]s?\b|\s*\(|\s*:|\s+(?:(?:is|lies|sits|orbits?|circles|goes|travels|moves|has|at|"
                        r"with|much|far|way|even|still|farther|further|beyond|out)\b))")
# a clause opens after a sentence mark, a colon or semicolon, or a telegram's STOP
_CLAUSE = re.compile(r"[.!?;:]\s+|\bSTOP\b\s*")


def clause_subject_name(unknown: list[tuple[str, int, int]], a: int, b: int,
                        text: str) -> tuple[str, int, int] | None:
    """The unread name opening the clause that holds offset ``b`` (after ``a``), as its subject, or None."""
    starts = [m.end() for m in _CLAUSE.finditer(text, 0, b)]
    start = max(starts or [0])
    if start < a:
        return None
    caps = sum(c.isupper() for c in text) > 2 * sum(c.islower() for c in text)   # a telegram, a shouted text
    for w, s, e in unknown:
        if s < start or e > b:
            continue
        if _number_word(w) or _CONTRACTION.fullmatch(w):
            return None
        if text[start:s].strip() or w == "STOP":
            return None
        if not ((_NAME_RX.fullmatch(w) and not _acronym(w)) or (caps and re.fullmatch(r"[A-Z][A-Z'’-]+", w))) \
                or not _PREDICATE.match(text, e):
            return None
        return (w, s, e)
    return None


# "a planet called Cheops5", "a world named Webb 13", "a planet, known as Zorb,": a proper name given to the planet
# just named (Quirk et al., A Comprehensive Grammar of the English Language, 1985, §17.93: the naming
# construction "called/named X" identifies its head); a name is capitalised, with an optional number after it
_CALLED = re.compile(r"\s*,?\s*(?:(?:that|which)\s+(?:is|was)\s+)?(?:called|named|known\s+as|dubbed)\s+"
                     r"[\"“'‘]?(?P<nm>(?-i:[A-Z][\w-]*)(?:\s+\d+[a-z]?(?![\w.,]\d))?)[\"”'’]?")


def called_planets(bodies: list[dict], mentions: list[tuple[int, int, str]], unknown: list[tuple[str, int, int]],
                   text: str) -> None:
    """Rename each unnamed planet ("planet3") the text names with "called X" right after it, and make every
    unread occurrence of X a mention of it (removed from ``unknown``). Changes ``bodies``, ``mentions`` and
    ``unknown`` in place."""
    for b in bodies:
        if b["kind"] != "planet" or b.get("ref") or not re.fullmatch(r"planet\d+", str(b["id"])):
            continue
        m = _CALLED.match(text, b["span"]["end"])
        if m is None:
            continue
        nm = m.group("nm")
        if any(x["name"].lower() == nm.lower() for x in bodies):
            continue       # a name nesy knows ("a planet called Mars") is that planet, read already
        spots = [(x.start(), x.end()) for x in re.finditer(r"(?<![\w-])" + re.escape(nm) + r"(?![\w-]|\.\d)", text)]
        if not any(m.start("nm") == a for a, _e in spots):
            continue
        old, new = b["id"], re.sub(r"[^a-z0-9]+", "_", nm.lower()).strip("_")
        if any(x["id"] == new for x in bodies):
            continue
        b["id"], b["name"] = new, nm
        mentions[:] = [(s0, e0, new if i == old else i) for s0, e0, i in mentions]
        for a, e in spots:
            hit = [u for u in unknown if u[1] < e and a < u[2]]
            if not hit and a != m.start("nm"):
                continue      # read as something else: left to that reading
            for u in hit:
                unknown.remove(u)
            if a != m.start("nm"):
                mentions.append((a, e, new))
        mentions.sort()
