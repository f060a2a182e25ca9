"""A body's mass said in the text ("a 2110-kg space station", "Cheops5 has a mass of 1.25 x 10^25 kg", "the mass of
the craft is 500 kg", "the mass and mean radius of Earth are 5.98 × 10^24 kg and …"): read by ``astronomy`` as a
``MASS`` claim and handed here once the bodies are known.

``attach_masses`` gives each mass to the body the phrase names — the body noun right after an adjectival mass
("a 500-kg satellite"), the body after "mass of" ("the mass of the craft": a definite artificial satellite is
the one already named), else the subject of the clause (the last body named before it in its sentence). A
figure writes it beside the body's (or the star's) name, as the text writes it ("mass 2110 kg", "mass 5.98 ×
10^24 kg"); a value the figure does not draw, or a mass whose body is unclear, lists the
phrase as not drawn (a planet's day is drawn in the planet-centred figure only). A mass changes no orbit drawn (a satellite's orbit about its planet is independent of its
own mass for m ≪ M: Kepler's third law in Newton's form, T² = 4π² a³ / G(M + m); Goldstein, Poole & Safko,
Classical Mechanics, 3rd ed., §3.7), so nothing is solved from it.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["mass_pattern", "day_pattern", "attach_masses"]

_UNIT = r"kg|kilograms?|kilogrammes?|tonnes?|metric\s+tons?"


def mass_pattern(num: str, craft: str) -> str:
    """The regex source of a mass phrase (``num``: one number; ``craft``: the artificial-satellite words)."""
    who = r"(?:(?:the|its|this|that|our)\s+)?(?P<who>(?:" + craft + r"|moon|planet|star|sun|[A-Z][\w-]*))"
    return (
        # "a 2110-kg space station", "a 500 kg satellite": adjectival, before its noun
        r"(?P<num1>" + num + r")\s*-?\s*(?P<unit1>" + _UNIT + r")(?=\s+(?:[\w-]+\s+){0,2}?(?:" + craft + r"|moon|planet)\b)"
        # "a mass of 500 kg", "the mass of the craft is 500 kg", "mass M = 4.45 × 10^29 kg",
        # "the mass and mean radius of Earth are 5.98 × 10^24 kg and …"
        r"|(?:(?:an?|the|its|whose)\s+)?mass(?:\s+and\s+(?:(?:mean|average|equatorial)\s+)?(?:radius|diameter))?"
        r"(?:\s+of\s+" + who + r")?\s*(?:(?:is|was|are|of|=|:)\s*)?(?:(?-i:[mM])\s*=\s*)?(?P<num2>" + num
        + r")\s*(?P<unit2>" + _UNIT + r")(?![\w/])")


# a planet's day, its rotation period ("a day that lasts 29.7 h", "a rotation period of 10.7 hours", "rotates once
# every 24.6 h"): the sidereal rotation period (NASA Planetary Fact Sheet, "Sidereal rotation period (hrs)"), not
# an orbit's period; written beside the planet's name
_TIME = r"days?|d|hours?|hrs?|h|minutes?|mins?|min|seconds?|secs?|s"


def day_pattern(num: str) -> str:
    """The regex source of a planet's day or rotation period."""
    return (r"(?:(?:an?|its|the)\s+)?(?:(?:sidereal|solar)\s+)?day\s+(?:that\s+|which\s+)?(?:lasts|lasting|is|of|=)\s*"
            r"(?:(?:about|approximately|roughly|nearly)\s+)?(?P<num1>" + num + r")\s*(?P<unit1>" + _TIME + r")(?![\w/])"
            r"|(?:(?:an?|its|the)\s+)?(?:sidereal\s+)?rotation(?:al)?\s+period\s*(?:of|is|=|:)?\s*(?P<num2>" + num
            + r")\s*(?P<unit2>" + _TIME + r")(?![\w/])"
            r"|(?-i:rotates|spins)\s+(?:on\s+its\s+axis\s+)?once\s+every\s+(?P<num3>" + num + r")\s*(?P<unit3>" + _TIME
            + r")(?![\w/])")


def _label(c: Any) -> str:
    m = c.m
    g = next(k for k in ("1", "2", "3") if m.groupdict().get("num" + k))
    num = re.sub(r"\s+", " ", m.group("num" + g))
    unit = re.sub(r"\s+", " ", m.group("unit" + g))
    return f"{num} {unit}"


def attach_masses(claims: list, bodies: list[dict[str, Any]], mentions: list[tuple[int, int, str]], text: str,
                  drawn: bool, unknown: list[tuple[str, int, int]], star: dict[str, Any] | None = None,
                  days: bool = True) -> None:
    """Give each ``MASS`` claim's value to its body (or to ``star``, where the text names it) as ``mass_text``
    when the figure draws it (``drawn``), else list the phrase in ``unknown`` (not drawn)."""
    byid = {b["id"]: b for b in bodies}
    # the star is a mention too: "a planet … orbits a star of mass M = …" gives the star its mass, not the planet
    stars = [(c.start, c.end, "__star__") for c in claims if c.tag == "STAR"]
    if star is not None:
        byid["__star__"] = star
    allm = sorted(list(mentions) + stars)
    for c in (c for c in claims if c.tag in ("MASS", "DAY")):
        m = c.m
        key = "mass_text" if c.tag == "MASS" else "day_text"
        target = None
        if c.tag == "MASS" and m.group("num1"):
            after = [x for x in allm if x[0] >= c.end and not re.search(r"[.;!?](?:\s|$)", text[c.end:x[0]])]
            target = byid.get(after[0][2]) if after and after[0][0] - c.end < 40 else None
        elif c.tag == "MASS" and m.group("who"):
            at = [x for x in allm if x[0] <= m.start("who") < x[1]]
            if at:
                target = byid.get(at[0][2])
            elif re.fullmatch(r"(?i)sun|star", m.group("who")):
                target = star
        else:
            a = max([x.end() for x in re.finditer(r"[.;!?](?:\s|$)", text[:c.start])] or [0])
            before = [x for x in allm if a <= x[0] and x[1] <= c.start]
            if len({x[2] for x in before}) >= 1:
                target = byid.get(before[-1][2])
        if not drawn or target is None or target.get(key) not in (None, _label(c)) or (
                c.tag == "DAY" and (target.get("kind") != "planet" or not days)):
            unknown.append((c.text, c.start, c.end))
            continue
        target[key] = _label(c)
        if not isinstance(target.get("spans"), dict):
            target["spans"] = {}
        target["spans"][key[:-5]] = {"text": c.text, "start": c.start, "end": c.end}
