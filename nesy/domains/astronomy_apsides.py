"""Apsides of ``nesy.astronomy.v1``: an orbit given by its nearest and farthest distances from what it orbits.

"periastron 1 AU and apoastron 3 AU", "perihelion 0.59 AU, aphelion 35 AU", "its closest approach is 2 AU",
"it comes within 0.3 AU of the star", "its distance ranges from 1 to 3 AU": the pericentre distance q and the
apocentre distance Q of a Keplerian ellipse with semi-major axis a and eccentricity e are

    q = a (1 − e),   Q = a (1 + e),   so   a = (q + Q) / 2,   e = (Q − q) / (Q + q)

(Murray & Dermott, *Solar System Dynamics*, 1999, §2.4, eqs. 2.20–2.21; Carroll & Ostlie, *An Introduction
to Modern Astrophysics*, 2nd ed., §2.3). Every word names the same two points about any centre: peri-/apo- with
-helion (the Sun), -astron/-apsis/-centre (any star or body), -gee (the Earth). An apsis is never a second
semi-major axis: ``parse_astronomy`` hands each body's q and Q here (``apsis_to_elements``), which gives a and
e, or an ``UnsatisfiableError`` naming the phrases when they contradict the a or e the text states, or an
``InputError`` naming the phrase when one apsis alone leaves the orbit open.

Hands back the body's ``a`` (AU) and ``e`` with the phrases they came from.
"""
from __future__ import annotations

import re
from typing import Any

from ..errors import InputError, UnsatisfiableError

__all__ = ["PERI_WORDS", "APO_WORDS", "apsis_patterns", "apsis_kind", "apsis_to_elements"]

PERI_WORDS = ["perihelion", "periastron", "perigee", "pericentre", "pericenter", "periapsis", "periapse", "perijove",
              "closest approach", "nearest approach", "closest distance", "nearest distance", "closest point",
              "nearest point", "minimum distance", "smallest distance", "shortest distance", "least distance"]
APO_WORDS = ["aphelion", "apastron", "apoastron", "apogee", "apocentre", "apocenter", "apoapsis", "apoapse", "apojove",
             "farthest distance", "furthest distance", "farthest point", "furthest point", "greatest distance",
             "maximum distance", "largest distance", "longest distance"]
_LAW = {"law": "apsides: q = a(1 − e), Q = a(1 + e)", "source": "Murray & Dermott, Solar System Dynamics, §2.4"}
_TOL = 1e-6   # relative: the text's own numbers, read exactly, agree or they do not


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def apsis_patterns(num: str, unit: str) -> list[tuple[str, str]]:
    """(tag, regex source) for the apsis phrases, ``num``/``unit``: the DIST pattern's number and unit
    alternations. Tags: ``APSIS`` (one apsis: group ``which`` holds its word or verb), ``APSES`` (a range:
    groups ``num`` and ``num2``, the unit after the second or both)."""
    both = _alt(PERI_WORDS + APO_WORDS)
    the = r"(?:(?:its|the|a|an|at)\s+)*"
    val = r"(?P<num>" + num + r")\s*(?P<unit>" + unit + r")"
    # the two ends said with the bare superlatives, one after the other: "closest to the Sun at 1.0 AU, farthest at
    # 9.0 AU", "at its nearest 0.3 AU and at its furthest 5 AU", "farthest 9 AU, closest 1 AU" (``rev``). Only the
    # pair: "Mercury, closest to the Sun at 0.39 AU" alone ranks a planet among others and gives its distance
    near, far = r"(?:closest|nearest)", r"(?:farthest|furthest|most\s+distant)"
    about = r"(?:\s+(?:(?:to|from)\s+)?(?:the|its)\s+\w+)?"
    link = r"\s*,?\s*(?:(?:at|is|of|lies\s+at|gets\s+to|reaching)\s+|[=:]\s*)?(?:only\s+|about\s+|some\s+)?"
    gap = r"\s*(?:[,;\u2013\u2014]|\s-)?\s*(?:(?:and|but|while|whereas)\s+)?(?:(?:it\s+is\s+|is\s+)?(?:at\s+)?(?:its\s+|the\s+)?)"
    first = r"(?P<num2>" + num + r")\s*(?:(?P<unit2>" + unit + r"))?"
    return [
        ("APSES", r"(?:at\s+(?:its|the)\s+)?" + near + about + link + first + gap + far + about + link + val),
        ("APSES", r"(?P<rev>)(?:at\s+(?:its|the)\s+)?" + far + about + link + first + gap + near + about + link + val),
        # "its distance ranges from 1 to 3 AU", "between 1 AU and 3 AU from the star", "varies from 1 to 3 AU"
        ("APSES", r"(?:(?:its\s+|the\s+)?distance\s+(?:from\s+(?:the|its)\s+\w+\s+)?)?(?:rang(?:es|ing)|var(?:ies|ying)"
                  r"|goes|going|swings?|swinging)\s+(?:from|between)\s+(?P<num2>" + num + r")\s*(?:(?P<unit2>" + unit
                  + r")\s*)?(?:to|and)\s+" + val),
        # "periastron 1 AU", "with perihelion at 0.59 AU", "a closest approach of 2 AU", "aphelion distance = 35 AU"
        # (the standard symbols after the word: "perihelion distance q = 0.5 AU", "aphelion Q: 5.5 AU")
        ("APSIS", the + r"(?P<which>" + both + r")(?:\s+distance)?(?:\s+(?:to|from)\s+(?:the|its)\s+\w+)?"
                  r"(?:\s*,?\s*(?-i:[qQ]|r_?\{?(?:p|a|min|max|peri|apo)\}?)(?=\s*[=:]))?"
                  r"\s*(?:of|=|:|is|at|lies\s+at|of\s+only)?\s*" + val),
        # "q = 0.5 AU and Q = 5.5 AU": the symbols alone, q the pericentre and Q the apocentre distance (Murray &
        # Dermott §2.4; Carroll & Ostlie §2.3), only in upper/lower case as written and before "=" and a distance
        ("APSIS", r"(?<![\w'])(?P<which>(?-i:q|Q))\s*=\s*" + val),
        # "1 AU at periastron", "3 AU from the star at its farthest point"
        ("APSIS", val + r"(?:\s+from\s+(?:the|its)\s+\w+)?\s+at\s+(?:its\s+|the\s+)?(?P<which>" + both + r")"),
        # "it comes within 0.3 AU of the star", "gets as close as 1 AU", "recedes to 3 AU", "goes out as far as 3 AU"
        ("APSIS", r"(?P<which>(?:comes|coming|gets|getting|approaches|approaching)\s+(?:to\s+)?(?:within|as\s+close"
                  r"\s+as)|(?:recedes|receding|goes\s+out|going\s+out|swings\s+out|moves\s+out)\s+(?:to|as\s+far\s+as))"
                  r"\s+" + val),
    ]


def apsis_kind(which: str) -> str:
    """"q" (pericentre) or "Q" (apocentre) for an APSIS claim's ``which`` group."""
    if which in ("q", "Q"):      # the symbols themselves, by their case
        return which
    return "q" if re.match(r"peri|closest|nearest|minimum|smallest|shortest|least|com|get|approach", which.lower()) \
        else "Q"


def apsis_to_elements(b: dict[str, Any], text: str) -> None:
    """Set body ``b``'s ``a`` and ``e`` from its ``q``/``Q`` (AU; spans in ``b["spans"]``), in place.

    A stated a or e must agree with the apsides (``UnsatisfiableError`` naming the phrases); one apsis with
    neither a nor e leaves the orbit open (``InputError`` naming it)."""
    q, Q = b.get("q"), b.get("Q")
    if q is None and Q is None:
        return
    sp = b["spans"]
    spans = [sp[k] for k in ("q", "Q") if k in sp]
    if q is not None and Q is not None:
        if q > Q:
            raise UnsatisfiableError([sp["q"], sp["Q"]], [{"law": "the pericentre is the nearest point: q ≤ Q",
                                                           "source": "definition"}], fix=[sp["Q"]],
                                     detail=f"{b['name']}'s nearest distance is larger than its farthest")
        a, e = (q + Q) / 2, (Q - q) / (Q + q)
    elif b.get("a") is not None:
        a = b["a"]
        e = 1 - q / a if q is not None else Q / a - 1
        if not 0 <= e < 1:
            key = "q" if q is not None else "Q"
            raise UnsatisfiableError([sp["a"], sp[key]], [_LAW, {"law": "Kepler's first law: 0 ≤ e < 1",
                                                              "source": "Kepler (1609)"}], fix=[sp[key]],
                                     detail=f"{b['name']}'s {'nearest' if key == 'q' else 'farthest'} distance does "
                                            "not fit its semi-major axis")
    elif b.get("e") is not None:
        e = b["e"]
        if e >= 1:
            return   # Kepler's first law refuses it with the stated phrase, in the solver
        a = q / (1 - e) if q is not None else Q / (1 + e)
    else:
        s = spans[0]
        raise InputError(f"'{s['text']}' at {s['start']}-{s['end']} gives one end of {b['name']}'s orbit only; give "
                         "the other end, the semi-major axis or the eccentricity too")
    s0, s1 = min(s["start"] for s in spans), max(s["end"] for s in spans)
    joined = {"text": text[s0:s1], "start": s0, "end": s1}
    for key, v in (("a", a), ("e", e)):
        if b.get(key) is not None and abs(b[key] - v) > _TOL * max(1.0, abs(v)):
            raise UnsatisfiableError([sp[key], *spans], [_LAW], fix=[sp[key]],
                                     detail=f"{b['name']}'s {key} = {b[key]:g} does not fit its apsides ({v:.4g})")
        if b.get(key) is None:
            b[key] = v
            sp[key] = joined
