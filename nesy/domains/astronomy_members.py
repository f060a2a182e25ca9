"""A counted group of bodies whose members the text names, for ``nesy.astronomy.v1`` (session 34).

Rule 1 — a minor planet's catalogue number is part of its name. The Minor Planet Center numbers each minor planet
in the order its orbit was secured and writes the number before the name, "(433) Eros", "433 Eros", "(1) Ceres",
"2 Pallas" (IAU Minor Planet Center, "Minor Planet Names: Rules and Guidelines"; MPC Circulars). Such a number is
the body's designation, never a count and never a value: "three asteroids — 433 Eros (a = 1.458 AU), 3 Juno …"
listed "433" and "3" as values the figure did not show (requests-17 astronomy-06). ``MPNUM`` reads a whole number
of one to six digits (bracketed or not) right before a capitalised name that ends its noun phrase (a bracket,
comma, colon, "and", "at", "is", "orbits" … after it), never before a planet's name or the Sun or Moon ("5 Earth
masses", "2 Jupiter radii": a quantity) and never before a name followed by a noun ("4 Galilean moons": a count).

Rule 2 — a counted group whose members are then named is those members, never more bodies. "three asteroids round
the Sun — 433 Eros (…), 3 Juno (…) and 2 Pallas (…)" is three bodies, Eros, Juno and Pallas; it drew three unnamed
asteroids besides them, verified (requests-17 astronomy-06). The list is the rest of the group's sentence after a
colon, a dash or an opening bracket that follows the group (and, between them, only where the group orbits: "round
the Sun", "orbiting the star"). Its members are the bodies named there: known names and capitalised names nesy has
no data for. A count that disagrees with the names listed is refused: which of them is meant cannot be known.
Near phrasings left alone: "two planets and Mars" (no list mark: three bodies), "three planets at 1, 2 and 3 AU"
(no names), "Mars and two asteroids" (the name comes first).

Rule 3 — a definite counted group refers back to the bodies of its kind the text names. "Both planets round the
Sun" after "Ganymede … round Jupiter … Titan … round Saturn" is Jupiter and Saturn; it drew two unnamed planets
besides them, verified (requests-17 astronomy-10). "both planets", "the two planets", "these three worlds": where
the text names exactly that many planets (a named moon names its planet: Titan's is Saturn, grammars/astronomy/
satellites.yaml), the group is them; where it names some but not that many, the group is refused (which are meant?);
where it names none, the group stands as before.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["MPNUM", "listed_members", "definite_group"]

_MAJOR = r"(?:Mercury|Venus|Earth|Mars|Jupiter|Saturn|Uranus|Neptune|Sun|Moon)"
# Rule 1: "(433) Eros", "433 Eros", "2 Pallas": the catalogue number before a minor planet's name
# (a length's SI unit after a number is no minor planet's name: "527 Mm", "57.9 Gm")
MPNUM = (r"(?-i:(?:\((?P<mpn>\d{1,6})\)|(?P<mpn2>\d{1,6}))[ \u00a0](?=(?!" + _MAJOR + r"\b)(?!(?:Mm|Gm|Tm)\b)[A-Z][a-z]+(?:[-–][A-Z][a-z]+)*"
         r"(?:['’]s)?(?:\s*[(),;:.\u2013\u2014-]|\s+(?:and|at|is|has|with|orbits?|orbiting|lies|sits|circles|"
         r"goes|travels|moves|round|around|on)\b|\s*$)))")

_NAME = re.compile(r"[A-Z][a-z]+(?:[-–][A-Z][a-z]+)*")
# what may stand between a counted group and the mark opening its list: where the group orbits
_ORBIT_GAP = re.compile(r"(?i)\s*(?:(?:that\s+|which\s+)?(?:orbit(?:s|ing)?|circl(?:e|es|ing)|go(?:es|ing)?\s+"
                        r"(?:a)?round|(?:a)?round)\s+(?:the\s+|a\s+|its\s+|our\s+)?(?:sun|star)\b)?\s*"
                        r"(?:[:(\u2013\u2014]|\s-\s|,\s*(?:namely|that\s+is|i\.e\.)\s*[:,]?)")
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)|\n")


def listed_members(c: Any, claims: list[Any], unknown: list[tuple[str, int, int]], text: str,
                   known_tags: tuple[str, ...] = ("NAMED",)) -> list[tuple[str, int, int, bool]]:
    """Rule 2: the bodies named in the list after counted group ``c`` — (name, start, end, known) in text order,
    one per distinct name — or [] where no list mark follows the group."""
    gap = _ORBIT_GAP.match(text, c.end)
    if gap is None:
        return []
    start = gap.end()
    stop = _SENTENCE_END.search(text, start)
    end = stop.start() if stop else len(text)
    if "(" in gap.group(0):
        # "a first planet (Earth) and a second planet (Mars)": a bracket names what is inside it, no more
        close = text.find(")", start)
        if 0 <= close < end:
            end = close
    out: list[tuple[str, int, int, bool]] = []
    seen: set[str] = set()
    for d in claims:
        if start <= d.start and d.end <= end and d.tag in known_tags and d.text.lower() not in seen:
            seen.add(d.text.lower())
            out.append((d.text, d.start, d.end, True))
    for w, s, e in unknown:
        w_ = re.sub(r"['’]s?$", "", w)
        if start <= s and e <= end and _NAME.fullmatch(w_) and w_.lower() not in seen:
            seen.add(w_.lower())
            out.append((w_, s, s + len(w_), False))
    return sorted(out, key=lambda x: x[1])


# Rule 3: a definite determiner before a counted group: "both planets", "the two planets", "these three worlds"
_DEFINITE_COUNT = re.compile(r"(?i)^(?:both|(?:the|these|those|all)\s+(?:two|three|four|five|six|seven|eight|\d))\b")


def definite_group(c: Any, text: str) -> bool:
    """Rule 3: whether counted group ``c`` is definite ("both planets", "the two planets"), so refers back."""
    lead = re.search(r"(?i)(?:the|these|those|all)\s+$", text[:c.start])
    return bool(_DEFINITE_COUNT.match((lead.group(0) if lead else "") + c.text))


def pair_by_place(c: Any, k: int, pair: list[dict[str, Any]], mentions: list[tuple[int, int, str]],
                  data: dict[str, Any], text: str) -> dict[str, Any]:
    """Rule 3: the body "the inner one" (``k`` = 1) or "the outer one" (``k`` = -1) names of two named planets,
    by their reference semi-major axes [JPL-KE]. Where the phrase stands right after the other planet's name in its
    clause ("Saturn (the inner one)", "Saturn, the inner one" — at most four words between), the text says the
    opposite of the reference orbits and is refused (``InputError``)."""
    from ..errors import InputError
    a = {b["id"]: float(data["bodies"][b["ref"]]["a_1e6km"]) for b in pair}
    inner, outer = sorted(pair, key=lambda b: a[b["id"]])
    b = inner if k == 1 else outer
    ids = {x["id"] for x in pair}
    before = [x for x in sorted(mentions) if x[1] <= c.start and x[2] in ids]
    if before and re.fullmatch(r"[\s,(\u2013\u2014-]*(?:[A-Za-z]+[\s,(\u2013\u2014-]+){0,4}", text[before[-1][1]:c.start]) \
            and before[-1][2] != b["id"]:
        other = next(x for x in pair if x["id"] == before[-1][2])
        raise InputError(f"'{c.text}' at {c.start}-{c.end} is said of {other['name']}, but {b['name']} is the "
                         f"{'inner' if k == 1 else 'outer'} one of the two (reference orbits, JPL); say which is meant")
    return b


# Rule 4 — a counted moon phrase named in apposition is that moon: "has one known moon, Dysnomia, circling Eris",
# "two moons, Nix and Hydra", "a moon called Dysnomia". A name nesy has no data for, right after the phrase (after a
# comma, colon, dash or bracket, or "named" / "called"), and as many names as the count, name the moons drawn; the
# name left unread drew "moon 1" and listed "Dysnomia" as not drawn (requests-17 astronomy-09).
_APPOS_LEAD = re.compile(r"\s*(?:[,:(\u2013\u2014]\s*|\s-\s)?(?:(?:that\s+|which\s+)?(?:is\s+)?(?:named|called|"
                         r"known\s+as)\s+)?")


def appositive_names(c: Any, n: int, unknown: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """Rule 4: the ``n`` unread capitalised names in apposition right after the moon phrase ``c``, or []."""
    lead = _APPOS_LEAD.match(text, c.end)
    if lead is None:
        return []
    pos = lead.end()
    out: list[tuple[str, int, int]] = []
    by_start = {s: (w, s, e) for w, s, e in unknown}
    while pos in by_start and _NAME.fullmatch(by_start[pos][0]) and len(out) < n:
        out.append(by_start[pos])
        sep = re.match(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", text[by_start[pos][2]:])
        if sep is None:
            break
        pos = by_start[pos][2] + sep.end()
    return out if len(out) == n else []


# Rule 5 — a distance stated right after "circling P", "orbiting P", "round P" (P a planet or dwarf planet) is
# measured from P: it is the semi-major axis of the body that orbits P, never P's own distance from the Sun.
# "Eris orbits the Sun at about 67.86 AU and has one known moon, Dysnomia, circling Eris roughly 37,300 km away"
# gave Eris two distances and was called impossible (requests-17 astronomy-09). The body is the moon of P the
# sentence names before the value (one only: with none or several, which is meant is not guessed: refused).
_ORBITING_BEFORE = re.compile(r"(?i)(?:orbit(?:s|ing)?|circl(?:es|ing)|(?:goes|going|moves|moving|travels|travelling|"
                              r"traveling|revolves|revolving)\s+(?:a)?round|around|round)\s+(?:the\s+(?:dwarf\s+)?"
                              r"planet\s+|its\s+planet\s+)?$")
_VALUE_GAP = re.compile(r"(?i)[\s,]*(?:at\s+|from\s+it\s+)?(?:a\s+(?:mean\s+|average\s+)?distance\s+of\s+)?")


def orbited_from(pos: int, mentions: list[tuple[int, int, str]], byid: dict[str, dict[str, Any]],
                 text: str) -> tuple[dict[str, Any], dict[str, Any] | None] | None:
    """Rule 5: (P, the body orbiting P) where the value at ``pos`` follows "circling P", or None where it does
    not; the body is None where the sentence names no single moon of P before the value."""
    before = [x for x in sorted(mentions) if x[1] <= pos and byid.get(x[2], {}).get("kind") == "planet"]
    if not before:
        return None
    s0, e0, pid = before[-1]
    if not _ORBITING_BEFORE.search(text[max(0, s0 - 60):s0]) or _VALUE_GAP.fullmatch(text[e0:pos]) is None:
        return None
    sent = max([m.end() for m in re.finditer(r"[.;!?](?:\s|$)", text[:pos])] or [0])
    moons = list(dict.fromkeys(x[2] for x in sorted(mentions) if sent <= x[0] and x[1] <= pos
                               and byid.get(x[2], {}).get("kind") == "moon" and byid[x[2]].get("parent") == pid))
    return byid[pid], (byid[moons[0]] if len(moons) == 1 else None)
