"""Sets: one member placed by a sentence of its own — "the number 7 is an element of both A and C", "7 lies in
A", "the element x belongs to A and to B", "the point p is inside P" — or numbers a set is said to hold: "T also
has 7 and 9", "S and T, both containing 3 and 5".

A member said to be in several sets is in each of them (Rosen, *Discrete Mathematics and Its Applications*,
7th ed., §2.2 Def. 3: x ∈ A ∩ B iff x ∈ A and x ∈ B), and its sets then share it — a stated fact the layout
must meet (an element of two disjoint sets is impossible). Unlike a roster (``sets_roster``), such a
sentence does not list *all* of a set's members: nothing follows about how the sets relate beyond that
they share this one. A number or a lower-case letter, with or without "the number/element …" before it,
names the member; the clause is read whole and blanked for the shared grammar, whose element names are
letters only (a number there would be read as nothing, or worse, as a set).
"""
from __future__ import annotations

import re

__all__ = ["read_loose_members"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_RX = re.compile(
    rf"(?:\b(?:the\s+)?(?:number|element|member|integer|letter|point|value|digit|object)\s+)?"
    rf"(?<![\w{{,.=])(?P<x>\d{{1,6}}|(?-i:[a-z]\d{{0,3}}))(?![\w}}])\s+"
    rf"(?:(?:is|lies|sits|belongs|falls|appears)\s+(?:also\s+)?)"
    rf"(?:(?:an?\s+)?(?:element|member)s?\s+of|in(?:side)?|to|within|into)\s+"
    rf"(?P<sets>(?:both\s+|each\s+of\s+|all\s+of\s+)?{_NAME}(?:\s*(?:,|and|&)\s*(?:(?:of|in|to)\s+)?{_NAME})*)(?![\w])",
    re.IGNORECASE)


# the set first, then the numbers it holds: "S also has 1", "T contains 7 and 9", "S and T, both containing 3 and
# 5", "F has exactly the elements 2 and 4" — numbers, and words a roster named as members ("X = {red, green}. Y
# contains green"); never letters (the shared grammar reads letters as members already, and a number there is read
# as a count of nothing)
_N = r"-?\d{1,6}(?:\.\d+)?"


def _has(member: str) -> re.Pattern:
    return re.compile(
        rf"(?<![\w{{,.=])(?P<sets>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*,?\s+(?:(?:both|each|also|all|too)\s+)*"
        r"(?:contains?|containing|has|have|having|holds?|holding|includes?|including|gets?|getting)\s+"
        r"(?:(?:both|also|only|just|exactly|precisely)\s+)*(?:the\s+(?:numbers?|elements?|members?|values?|integers?)\s+)?"
        # ("B has two more elements, 6 and 7")
        r"(?:(?:one|two|three|four|five|six|\d{1,2})\s+(?:more|other|further|additional|extra)\s+(?:elements?|members?|"
        r"numbers?)\s*[,:]?\s*)?"
        r"(?:(?:only|just|exactly)\s+)?"
        # (never a count or a measure: "A has 3 elements", "S has 2 cm")
        rf"(?P<xs>{member}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){member})*)(?![\w%°]|\.\d|\s*(?:elements?|members?|items?|"
        r"things?|numbers?|values?|objects?|people|persons?|students?|pupils?|of\b|%|[µΩÅ°]|(?:mm|cm|km|kg|m|g|s)\b))",
        re.IGNORECASE)


_HAS = _has(_N)


def _has_rx(words: tuple[str, ...]) -> re.Pattern:
    """``_HAS`` with the word members a roster named ("X = {red, green, blue}. Y contains green and blue") as members
    too, beside numbers."""
    if not words:
        return _HAS
    alt = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    # (and, where members are words, a new lower-case word among them: "Z also contains black", "B has pear and plum")
    return _has(rf"(?:{_N}|(?:{alt})(?![\w'-])|(?!{_NOT_MEMBER}(?![\w'-]))(?-i:[a-z][a-z'-]{{1,20}})(?![\w'-]))")


_NOT_MEMBER = (r"(?:nothing|everything|anything|something|elements?|members?|numbers?|values?|items?|things?|only|all|"
               r"some|no|none|more|less|the|a|an|other|others|it|them|both|each|also|just|exactly|precisely|else|"
               r"neither|either|any|every|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)")
# "Y contains nothing else", "…, and nothing more": the members said of the set are all of its members
_CLOSED = re.compile(rf"(?<![\w{{])(?P<s>{_NAME})\s+(?:contains|has|holds|includes)\s+(?:nothing|no\s+other\s+"
                     rf"(?:elements?|members?))\s+(?:else|more)\b|(?P<tail>\s*,?\s+and\s+nothing\s+(?:else|more))\b")


def _close(name: str, pre) -> bool:
    """The members said of ``name`` are all its members (a roster), when no roster gave it members already."""
    if any(s_ == name for _, s_, *_ in pre.members):
        return False
    own = [t for t in pre.loose_members if t[1] == name]
    if not own:
        return False
    pre.loose_members[:] = [t for t in pre.loose_members if t[1] != name]
    pre.members.extend(own)
    return True


def read_loose_members(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add (member, set, member span, clause span) to ``pre.loose_members`` and blank the clause."""
    for m in _RX.finditer("".join(chars)):
        sets = [s for s in re.findall(_NAME, m.group("sets"))]
        if not sets or any(s not in names for s in sets) or m.group("x") in names:
            continue
        for s in sets:
            pre.loose_members.append((m.group("x"), s, m.start("x"), m.end("x"), m.start(), m.end()))
        blank(chars, m.start(), m.end())
    # (word members a roster named: "X = {red, green, blue}" — read by name here, as numbers are)
    words = tuple(sorted({x for x, *_ in pre.members if re.fullmatch(r"[A-Za-z][\w'-]+", x) and x not in names}))
    has = _has_rx(words)
    for m in has.finditer("".join(chars)):
        sets = re.findall(_NAME, m.group("sets"))
        if not sets or any(s not in names for s in sets):
            continue
        # ("F has exactly the elements 2 and 4": all of F's members — a roster, which fixes how F relates to others)
        whole = re.search(r"(?i)\b(?:exactly|only|just|precisely)\b", m.group()) and len(sets) == 1 and not any(
            s_ == sets[0] for _, s_, *_ in pre.members + pre.loose_members)
        canon = {w.lower(): w for w in words}
        for x in re.finditer(rf"{_N}|[A-Za-z][\w'-]+", m.group("xs")):
            if x.group().lower() == "and":
                continue
            for s in sets:
                a = m.start("xs") + x.start()
                (pre.members if whole else pre.loose_members).append((canon.get(x.group().lower(), x.group()), s, a,
                                                                      a + len(x.group()), m.start(), m.end()))
        blank(chars, m.end("sets"), m.end())   # (the sets' names stay for the grammar)
        last = m.end()
        tail = _CLOSED.match("".join(chars), last)
        if tail and tail.group("tail") and len(sets) == 1:
            _close(sets[0], pre)
            blank(chars, tail.start(), tail.end())
    for m in _CLOSED.finditer("".join(chars)):
        if m.group("s") and m.group("s") in names and _close(m.group("s"), pre):
            blank(chars, m.end("s"), m.end())
    # "G is the rest of H", "G holds the remaining elements of H": H's roster less the members of the other sets
    for m in _REST.finditer("".join(chars)):
        g, h = m.group("g"), m.group("h")
        own = {x for x, s_, *_ in pre.members if s_ == h}
        if g not in names or h not in names or not own or any(s_ == g for _, s_, *_ in pre.members + pre.loose_members):
            continue
        taken = {x for x, s_, *_ in pre.members + pre.loose_members if s_ not in (g, h)}
        for x in sorted(own - taken, key=lambda v: (len(v), v)):
            pre.members.append((x, g, m.start("h"), m.end("h"), m.start(), m.end()))
        blank(chars, m.end("g"), m.end())


# "every element of A except 4 is also in B" (B holds A's members but those; it may hold more), "Y contains every
# letter of X but e, and nothing more" (Y's members are exactly those): an exceptive phrase takes the named members
# out of the other set's (Huddleston & Pullum 2002, ch. 7 §9.3)
_MEMBERS_OF = r"(?:every|each|all(?:\s+the)?|all\s+of\s+the)\s+(?:elements?|members?|numbers?|letters?|items?)\s+of\s+"
_EXC = r"\s*,?\s+(?:except(?:\s+for)?|but(?:\s+not)?|other\s+than|apart\s+from|save|excluding)\s+"
_LIST = r"(?P<ex>(?:\d{1,6}|(?-i:[a-z]\d{0,3}))(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:\d{1,6}|(?-i:[a-z]\d{0,3})))*)"
_ALL_BUT_IN = re.compile(
    rf"(?i){_MEMBERS_OF}(?P<a>{_NAME}){_EXC}{_LIST}\s*,?\s+(?:is|are)\s+(?:also\s+)?(?:in|inside|(?:an?\s+)?"
    rf"(?:elements?|members?)\s+of)\s+(?P<b>{_NAME})(?![\w])")
_HOLDS_ALL_BUT = re.compile(
    rf"(?i)(?<![\w{{])(?P<b>{_NAME})\s+(?:contains?|has|holds?|includes?|consists\s+of)\s+{_MEMBERS_OF}(?P<a>{_NAME})"
    rf"{_EXC}{_LIST}(?P<closed>\s*,?\s*(?:and\s+)?(?:nothing|no\s+other\s+(?:elements?|members?))\s+(?:else|more)?)?(?![\w])")


def read_all_but(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """The members of a set less the excepted ones, said to be in another set (``_ALL_BUT_IN``, ``_HOLDS_ALL_BUT``):
    added as that set's members (its whole roster where "nothing else" closes it); the phrase blanked."""
    for rx in (_ALL_BUT_IN, _HOLDS_ALL_BUT):
        for m in rx.finditer("".join(chars)):
            a, b = m.group("a"), m.group("b")
            own = [x for x, s_, *_ in pre.members if s_ == a]
            if a not in names or b not in names or not own:
                continue
            ex = set(re.findall(r"\d{1,6}|[a-z]\d{0,3}", m.group("ex")))
            if not ex <= set(own):
                continue
            whole = rx is _HOLDS_ALL_BUT and m.groupdict().get("closed")
            for x in dict.fromkeys(own):
                if x not in ex:
                    (pre.members if whole else pre.loose_members).append(
                        (x, b, m.start("a"), m.end("a"), m.start(), m.end()))
            blank(chars, m.start(), m.end()) if rx is _ALL_BUT_IN else blank(chars, m.end("b"), m.end())


_REST = re.compile(
    rf"(?<![\w{{])(?P<g>{_NAME})\s+(?:is|are|holds?|contains?|has|have|=|gets?|takes?)\s+(?:made\s+up\s+of\s+)?"
    rf"(?:the\s+rest\s+of|the\s+remaining\s+(?:elements|members|numbers)\s+of|(?:all\s+)?the\s+other\s+(?:elements|"
    rf"members|numbers)\s+of|everything\s+else\s+(?:in|of))\s+(?P<h>{_NAME})(?![\w])", re.IGNORECASE)
