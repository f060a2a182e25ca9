"""A run of the Sun's planets named by its ends, for ``nesy.astronomy.v1``: "every planet out to Mars", "the
planets from Venus to Saturn", "Jupiter through Neptune", less the ones excepted right after it ("… but Venus",
"…, all except Saturn").

Read word by word, "every planet out to Mars but Venus" drew the Sun, Mars and Venus: the range's end as one body
and the excepted one as another — a figure showing what the text leaves out and missing what it asks for
(requests-32 astronomy-01 as development data). ``planet_ranges`` rewrites each such run as the list of its
planets in the Sun's order (IAU 2006 Resolution B5: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus,
Neptune — ``planet_groups.planets`` of ``grammars/astronomy/grammar.yaml``), the excepted ones left out (the
exceptive prepositions of ``astronomy_except``: Huddleston & Pullum 2002, ch. 7 §9.3). An excepted name outside
the run is refused by name: it cannot be left out of it.
"""
from __future__ import annotations

import functools
import re

__all__ = ["planet_ranges", "the_other_planet"]


@functools.lru_cache(maxsize=1)
def _order() -> list[str]:
    from ..resources import load_yaml
    return [str(p) for p in load_yaml("grammars", "astronomy/grammar.yaml")["planet_groups"]["planets"]]


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    name = "(?:" + "|".join(_order()) + ")"
    to = r"(?:out\s+to|up\s+to|(?:out\s+)?as\s+far\s+as|through|thru|to)"
    # "every planet out to Mars", "all the planets from Venus to Saturn", "the planets up to Jupiter"
    group = re.compile(rf"(?i)\b(?:every|each|all(?:\s+(?:of\s+)?the)?|the)\s+(?:[a-z]+\s+)?planets?\s+"
                       rf"(?:from\s+(?P<a>{name})\s+)?{to}\s+(?:and\s+including\s+)?(?P<b>{name})\b")
    # "Jupiter through Neptune", "(the outer planets) Mercury to Mars": the ends named, "through" / "to" between (a
    # bare "X to Y" only right after a group's noun: "from Earth to Mars is 0.5 AU" is a distance)
    ends = re.compile(rf"(?i)(?:\b(?:the\s+)?(?:[a-z]+\s+)?planets\s+(?:from\s+)?(?P<a>{name})\s+(?:through|thru|to|up\s+to)"
                      rf"|\b(?P<a2>{name})\s+(?:through|thru))\s+(?:and\s+including\s+)?(?P<b>{name})\b")
    exc = re.compile(rf"(?i)\s*(?:,\s*|\s+)(?:(?:but|and)\s+)?(?:all\s+|each\s+)?(?:except(?:ing)?(?:\s+for)?|but(?:\s+not)?|"
                     rf"apart\s+from|aside\s+from|other\s+than|excluding|save(?:\s+for)?|minus|leaving\s+out|"
                     rf"without)\s+(?:(?:the\s+)?planet\s+)?(?P<x>{name}(?:\s*(?:,\s*(?:and\s+)?|\s+(?:and|or|nor)\s+)"
                     rf"{name})*)\b(?!['’]s)")
    return group, ends, exc


def planet_ranges(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, list)`` for each run of planets named by its ends (see the module), in order; raises
    ``InputError`` naming an excepted planet the run does not hold."""
    from ..errors import InputError
    if not re.search(r"(?i)\b(?:to|through|thru|as\s+far)\b", text):
        return []
    order = _order()
    low = [p.lower() for p in order]
    group, ends, exc = _patterns()
    out: list[tuple[int, int, str]] = []
    for rx in (group, ends):
        for m in rx.finditer(text):
            if any(x < m.end() and m.start() < y for x, y, _ in out):
                continue
            a = (m.group("a") or (m.groupdict().get("a2") or "") or order[0]).lower()
            b = m.group("b").lower()
            i, j = low.index(a), low.index(b)
            if j <= i:
                continue
            run = order[i:j + 1]
            end = m.end()
            x = exc.match(text, end)
            if x is not None:
                left = [n.lower() for n in re.findall("|".join(order), x.group("x"), re.I)]
                outside = [n for n in left if n not in [r.lower() for r in run]]
                if outside:
                    raise InputError(f"'{text[m.start():x.end()]}' at {m.start()}-{x.end()} leaves out "
                                     f"{outside[0].capitalize()}, which is not one of {', '.join(run)}: name the "
                                     "planets to draw")
                run = [r for r in run if r.lower() not in left]
                end = x.end()
            said = ", ".join(run[:-1]) + " and " + run[-1] if len(run) > 1 else run[0]
            out.append((m.start(), end, said))
    return sorted(out)


def the_other_planet(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` for "the other planet" ("the other moon") where the text names exactly two planets
    (moons) and one of them is named in its sentence before it ("Only the Sun, Earth and Jupiter. Earth at 1 AU, the
    other planet at 5.2 AU": Jupiter) — read as one more, unnamed body, it drew a third one the text excludes
    (requests-32 astronomy-07, -08 as development data)."""
    out = []
    for kind in ("planet", "moon"):
        hits = list(re.finditer(rf"(?i)\bthe\s+other\s+{kind}\b(?!s)", text))
        if not hits:
            continue
        if kind == "planet":
            names = _order()
        else:
            from .astronomy_centred import moon_table
            names = [k for k in moon_table() if k != "Moon"]
        rx = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
        named = list(dict.fromkeys(m.group() for m in rx.finditer(text)))
        if len(named) != 2:
            continue
        for h in hits:
            sent = re.split(r"[.!?]\s", text[:h.start()])[-1]
            before = set(rx.findall(sent))
            if len(before) == 1:
                out.append((h.start(), h.end(), next(n for n in named if n not in before)))
    return sorted(out)
