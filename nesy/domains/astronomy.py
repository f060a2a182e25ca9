"""Planetary systems (``nesy.astronomy.v1``): a text naming a star, planets, moons and comets → a
top-down orbit diagram.

parse: bodies (the eight planets and Pluto by name, "three planets", "a comet", "two moons", "the
Moon"), quantities ("5.2 AU", "eccentricity 0.3", "a period of 2 years"), distance relations
("closer to the Sun than", "twice as far as", "beyond"), apsides ("perihelion 1 AU and aphelion 3 AU": a and
e, ``astronomy_apsides``) and ordinals ("the second") are read by
regular expressions built from ``grammars/astronomy/grammar.yaml``; every other word must be in the
grammar. The ``SceneGraph`` holds one entity per body with its span, and one relation per stated
order or ratio.

solve: Z3 holds per orbiting body its semi-major axis a (AU), eccentricity e and period T (years)
as tracked assertions: the NASA fact-sheet values of named bodies, Kepler's first law (0 ≤ e < 1)
and third law (T²/a³ shared per star, 1 yr²/AU³ for the Sun), and the text's own numbers, orders
and ratios (``solvers/astronomy.yaml``). An impossible text raises ``UnsatisfiableError`` naming
the user's phrases and the laws with their sources; "hypothetical"/"imagine" turns the reference
values into defaults. Orbits are drawn as ellipses with the star at the right focus (c = e·a), on a
linear scale when it fits and on a clearly labelled log scale otherwise; discs are not to scale
(``astronomy_draw``: textbook line work, every body named on the figure, the scale stated in it).

verify: from the PNG pixels alone (``astronomy_verify``), nesy's own figure in any palette: the star
is the disc where the re-solved layout puts it, each orbit is fitted as an ellipse from the ink along
its solved ellipse, each body is the disc on its own orbit and its label is compared with nesy's own
rendering of its name; the star-at-focus law, the eccentricity, the body on its orbit, the order/ratios
of distances, Kepler's third law (linear scale), the moon counts and the scale bar are checked. A figure
not in nesy's layout (drawn by another tool, in its own colours) is read by shape and label text
instead (``nesy.see.orbits``, ``_verify_by_shape``): orders, counts and placements, which hold on any
scale.

A planet with its moons or satellites and no star named ("the Moon going round the Earth", "a satellite at 400
km altitude") is a planet-centred system: no Sun is added; the planet is drawn at the centre with each moon at
its distance ``astronomy_centred`` (JPL satellite elements, altitudes, stationary orbits), drawn by
``astronomy_centred_draw`` and checked from the pixels by ``astronomy_centred_verify``.
"""
from __future__ import annotations

import functools
import math
import re
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import InputError, UnknownWordsError, UnsatisfiableError, UnsupportedError, NothingToDrawError
from ..registry import register
from ..resources import load_yaml
from .kit import DomainFiles, ExactRender
from .astronomy_apsides import apsis_kind, apsis_patterns, apsis_to_elements
from .astronomy_ordinals import ordinal_pattern, places, solar_context, unread_ordinals
from ..parse.words import (MAX_COUNT, alternation as _alt, common_words as _common_words, count_rx, number_rx, hedge_rx,
                           read_count, read_quantity, scan_numbers, z3_real)
from ..types import Check, Entity, Layout, Relation, SceneGraph, Span, Verdict, _freeze

__all__ = ["AstronomyDomain", "parse_astronomy", "solve_orbits", "layout_astronomy", "verify_astronomy",
           "fit_ellipse", "Orbits"]

_files = DomainFiles("astronomy")
_grammar, _data, _style, _law = _files.grammar, _files.data, _files.style, _files.law

MAX_TEXT_CHARS = 20_000


_NUM = number_rx()                # one whole number: "5.2", "1.5×10^8", "twenty-five" (parse/words.py)
_SNUM = number_rx(signed=True)
# "384 400 km", "35 786 km": thousands grouped by a (thin) space, as SI writes them (BIPM SI Brochure §5.4.4)
_HEDGE = hedge_rx()          # "exactly 1 year", "about 4 AU": the hedge is read with its value
_KNUM = r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|[.,]\d)|" + _SNUM
# any length unit an altitude is written in ("541,000 m", "350 km", "250 miles"), read by the shared unit reader
_LEN_UNIT = r"km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|ft|m(?!\s*(?:/|per\s))"
# every unit a heliocentric distance is written in; "30 km/s" is a speed, not a distance
# (and the light-time of the Solar System's scale: "8.3 light-minutes" = c × 8.3 min, units.yaml)
_DIST_UNIT = (r"(?:AU|au|a\.u\.|astronomical\s+units?|million\s+km|million\s+kilomet(?:re|er)s|million\s+miles|"
              r"(?:×|x)\s*10\^?6\s*km|(?-i:Gm)|gigamet(?:re|er)s?|(?-i:Mm)|megamet(?:re|er)s?|km|kilomet(?:re|er)s?|miles|light[\s-]+(?:seconds?|minutes?|hours?|days?))"
              r"(?!\s*(?:/|per\s)\s*[A-Za-zµ])")


def _sat() -> dict[str, Any]:
    from .astronomy_centred import sat_data
    return sat_data()


def _named_moons() -> dict[str, dict[str, Any]]:
    """Every moon known by name but the Moon (its own phrases, ``the_moon``): {parent, a_km} [JPL-SAT]."""
    from .astronomy_centred import moon_table
    return {k: v for k, v in moon_table().items() if k != "Moon"}


def _moon_names() -> list[str]:
    return list(_named_moons())


@functools.lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    """(tag, regex) in priority order: earlier matches claim their characters first."""
    g = _grammar()
    numbers = {str(k).lower(): v for k, v in load_yaml("grammars", "common/grammar.yaml")["numbers"].items()}
    # a count is read whole ("twenty-five", "1,000", "-3", "(3)", "Ⅳ", "3 three") and checked by read_count
    count = r"(?P<count>" + count_rx(roman=True) + r"|" + _alt([k for k in numbers if " " not in k]) + r")"
    star_ref = r"(?:(?:the|its|their)\s+)?(?:(?:" + _alt(g["star_adjectives"]) + r")\s+)*(?:sun|star)"
    mult = r"(?P<mult>" + _alt(g["multipliers"]) + r"|(?P<times>" + _NUM + r"|" + _alt(
        [k for k in numbers if " " not in k and k not in ("a", "an")]) + r")\s+times)"
    rx = lambda s: re.compile(r"(?<![\w'])(?:" + s + r")(?![\w])", re.IGNORECASE)  # noqa: E731
    orbit_of = r"(?:\s+(?:the\s+)?orbits?\s+of)?"
    groups = _alt([k for k in g["planet_groups"] if k != "planets"])
    # "the four rocky inner planets", "the outer gas giants": group adjectives stacked before one group's noun name
    # the planets in every group named (_group_members)
    group_adj = _alt(sorted({k.split()[0] for k in g["planet_groups"] if k.endswith(" planets") and k != "planets"}))
    groups = r"(?:(?:" + group_adj + r")\s+)+(?:" + groups + r")|" + groups
    of_ss = r"\s+(?:of|in)\s+(?:the|our)\s+solar\s+system"
    # what a distance is measured to: the star, or (a planet-centred system) the planet
    centre_ref = r"(?:" + star_ref + r"|(?:the\s+|its\s+)?planet|it|" + _alt(list(g["named_bodies"])) + r")"
    sat = _sat()
    # any time unit a period is written in ("2 years", "27.3 days", "23,400 s", "1.5 hours"; _period_days)
    period_unit = r"days?|d|(?:earth\s+)?years?|yrs?|y|hours?|hrs?|h|minutes?|mins?|min|seconds?|secs?|s"
    # one trip round: "orbit", "revolution", "circuit", "lap", "trip around the Sun"
    orbit_np = (r"(?:one|an?|each|every|a\s+single|its|the)\s+(?:(?:full|complete|single|whole)\s+)?(?:orbit|revolution|"
                r"circuit|lap|trip)(?:\s+(?:a)?round\s+" + star_ref + r")?")
    per_orbit = (r"\s+(?:per|for|in|on|to\s+(?:complete|make|finish|do))\s+" + orbit_np.replace(r"(?:one|an?|each|every|",
                                                                                              r"(?:(?:one|an?|each|every|")
                 .replace(r"a\s+single|its|the)\s+", r"a\s+single|its|the)\s+)?", 1))
    after_dist = "".join(rf"(?<={u}{sep})" if not sep else rf"(?<={u}{sep})|" for u in ("AU", "au", "km")
                         for sep in (r",\s", ",", r"\sand\s", r",\sand\s"))
    after_dist = "(?:" + after_dist.rstrip("|") + ")"
    from .astronomy_designations import HOST, LETTER, PLANET
    from .astronomy_members import MPNUM
    from .astronomy_masses import day_pattern, mass_pattern
    pats = [
        # "a 2110-kg space station", "the mass of Earth is 5.98 × 10^24 kg": a body's mass (astronomy_masses); the
        # body it names ("of Earth") is left to its own pattern
        ("MASS", rx(mass_pattern(_NUM, _alt(g["craft_words"])))),
        # "a day that lasts 29.7 h", "a rotation period of 10.7 hours": a planet's day, no orbit's period
        ("DAY", rx(day_pattern(_NUM))),
        # "51 Pegasi b", "TRAPPIST-1e": an exoplanet by its designation; "Kepler-62": its host star (astronomy_designations)
        ("EXOPLANET", re.compile(r"(?<![\w'])(?:" + PLANET + r")", re.IGNORECASE)),
        ("HOST", re.compile(r"(?<![\w'])(?:" + HOST + r")(?![\w-])", re.IGNORECASE)),
        # "433 Eros", "(1) Ceres": a minor planet's catalogue number, part of its name (astronomy_members, rule 1)
        ("MPNUM", re.compile(r"(?<![\w'.,])(?:" + MPNUM + r")", re.IGNORECASE)),
        # "hypothetical", "imagine": the reference data stand aside; but "a fictional planet", "an imaginary
        # comet" only says what that one body is (PLANETS / COMETS read the adjective with it)
        ("HYPO", rx(r"(?:" + _alt(g["hypothetical"]) + r")(?!\s+(?:(?:" + _alt(g["planet_adjectives"]) + r")\s+)*(?:"
                    + _alt(g["exoplanet_kinds"] + g["planet_words"] + g["comet_words"]) + r")(?![\w-]))")),
        # "in order outward", "from innermost to outermost": the bodies listed next to it are in that order
        ("ORDER", rx(r"in\s+(?:that\s+|this\s+)?order(?:\s+of\s+(?:increasing\s+)?distance)?(?:\s+(?:going\s+)?"
                     r"outwards?)?|(?:listed\s+|ordered\s+|going\s+)?from\s+(?:the\s+)?innermost\s+to\s+(?:the\s+)?"
                     r"outermost|ordered\s+(?:by|in)\s+(?:increasing\s+)?distance|from\s+the\s+inside\s+out")),
        ("GEO", rx(r"geo[\s\-]?(?:stationary|synchronous)(?:\s+(?:earth\s+)?orbits?)?")),
        ("ALT", rx(r"(?:(?:at\s+)?(?:an?\s+)?(?:orbital\s+)?(?:altitude|height)\s*(?:of|=|:|is)?\s*(?P<num>" + _KNUM
                   + r")\s*(?P<unit>" + _LEN_UNIT + r"))|(?:at\s+)?(?P<lead2>(?:(?:" + _KNUM + r")\s*(?:" + _LEN_UNIT + r")?\s*(?:,(?!\d{3}(?!\d))\s*(?:and\s+)?|and\s+|&\s*))+)?"
                   r"(?P<num2>" + _KNUM + r")\s*(?:-\s*)?(?P<unit2>"
                   + _LEN_UNIT + r")\s*(?:-\s*)?(?:(?:in\s+)?(?:altitude|height)|high|up|above(?:\s+(?:the\s+|its\s+)?"
                   r"(?:planet(?:'s|’s)?\s+)?(?:surface|ground))?)")),
        ("NOTSCALE", rx(r"not\s+to\s+scale")),
        ("LOG", rx(r"(?:on\s+a\s+|in\s+a\s+|with\s+a\s+)?(?:" + _alt(g["log_scale"]) + r")")),
        ("TOSCALE", rx(r"(?:drawn\s+)?(?:" + _alt(g["to_scale"]) + r")")),
        # an orbit's nearest and farthest distances, never a second semi-major axis (astronomy_apsides)
        *[(tag, rx(src)) for tag, src in apsis_patterns(_KNUM, _DIST_UNIT)],
        ("DIST", rx(r"(?:(?:semi[\s\-]*major\s+axis|(?:mean\s+|orbital\s+)?(?:distance|radius))\s*(?:of|=|:|is)?\s*)?" + _HEDGE +
                    r"(?P<lead>(?:(?:" + _KNUM + r")\s*(?:,(?!\d{3}(?!\d))\s*(?:and\s+)?|and\s+|&\s*))+)?"
                    # "57.9 (Gm)": a spreadsheet's or a table's unit, in brackets after its number
                    r"(?P<num>" + _KNUM + r")\s*(?P<upar>\(\s*)?(?P<unit>" + _DIST_UNIT + r")(?(upar)\s*\))")),
        ("ECC", rx(r"(?:(?:an?\s+|orbital\s+)?eccentricit(?:y|ies)\s*(?:of|=|:|is)?\s*|e\s*=\s*)" + _HEDGE + r"(?P<num>" + _SNUM + r")")),
        # "a period of 2 years", "takes 2 years to orbit the Sun"; and where a tail says the time is one orbit's,
        # "taking 2 years for one orbit", "needs 3 years per revolution", "one orbit takes 2 years", "2 years per
        # orbit" (a time with no lead and no such tail — "2 years later" — is not a period)
        ("PERIOD", rx(r"(?:(?:an?\s+)?(?:orbital\s+)?(?:period|year)\s*(?:of|=|:|is|was|were)?\s*(?:only\s+|just\s+)?|takes\s+|every\s+"
                      # "Earth's (1 AU, 1 year)": a time listed right after a body's distance is its period
                      r"|" + after_dist +
                      r"|" + orbit_np + r"\s+(?:takes|took|lasts|lasted|needs|requires|is)\s+"
                      r"|(?=(?:(?:taking|takes|took|needs?|needing|requires?|requiring|spends?|spending)\s+)?"
                      + _HEDGE + _SNUM + r"\s*(?:" + period_unit + r")" + per_orbit + r")"
                      # "a 1-year period", "its 11.9-year orbit": the time as a compound modifier of its noun
                      r"|(?=" + _HEDGE + _SNUM + r"[\s-]*(?:" + period_unit + r")[\s-]+(?:orbital\s+)?(?:period|orbit)\b))"
                      r"(?:(?:taking|takes|took|needs?|needing|requires?|requiring|spends?|spending)\s+)?" + _HEDGE +
                      r"(?P<num>" + _SNUM + r")[\s-]*(?P<unit>" + period_unit + r")"
                      r"(?!\s+(?:later|ago|earlier|after|before|since|old|hence|from\s+now)(?![\w-]))"
                      r"(?:\s+to\s+(?:orbit|go\s+around|circle)(?:\s+" + star_ref + r")?|" + per_orbit
                      + r"|[\s-]+(?:orbital\s+)?(?:period|orbit)\b)?")),
        ("RATIO", rx(mult + r"\s+as\s+far(?:\s+(?:out|away))?(?:\s+from\s+" + star_ref + r")?\s+as")),
        ("RATIO2", rx(r"(?P<times>" + _NUM + r"|" + _alt([k for k in numbers if " " not in k and k not in ("a", "an")])
                      + r")\s+times\s+(?:farther|further)(?:\s+(?:out|away))?(?:\s+from\s+" + star_ref + r")?\s+than")),
        # "sketch both orbiting Jupiter, Callisto inside.": a body's place in a pair, said at its clause's end with no
        # body after it (read as "Callisto is the inner one", ``pair_order``)
        ("PAIR", rx(r"(?<=[A-Za-z]\s)(?:(?:is|lies|orbits|sits|goes)\s+)?(?P<pord>inside|outside)(?P<pcmp>(?!))?"
                    r"(?=\s*(?:[.;!?]|$))")),
        # "the Moon orbited much closer than it does today": one body's orbit then against its orbit now, no order
        # between two bodies (checked against the two orbits drawn, astronomy_centred_parse.check_then_now)
        ("THENNOW", rx(r"(?P<cmp>closer|nearer|farther|further)(?:\s+(?:in|out|away))?\s+than\s+(?:(?:it|they|he|she)\s+"
                       r"(?:does|do|is|are|orbits?)\s+)?(?:today|now|nowadays|at\s+present|currently)")),
        # "a colony outside of our solar system": where the system is (not the Sun's), no order between orbits
        ("EXTRASOLAR", rx(r"(?:outside|beyond)\s+(?:of\s+)?(?:our|the)\s+solar\s+system")),
        # "all planets moving CCW", "orbiting anticlockwise", "in the prograde sense": the sense every planet's
        # arrowhead is drawn in (counter-clockwise seen from the north ecliptic pole, astronomy_draw._arrows),
        # read; "clockwise" alone is no such sense and stays unread
        ("SENSE", rx(r"(?:in\s+(?:the|a)\s+)?(?:(?:counter|anti)[\s-]?clockwise|ccw|prograde)(?:\s+(?:sense|direction))?")),
        ("CLOSER", rx(r"(?:(?:orbits?|lies?|is|are|sits?)\s+)?(?:closer|nearer)(?:\s+(?:to|in\s+to)\s+" + centre_ref
                      + r")?\s+than|(?:orbits?\s+|lies?\s+|is\s+)?(?:inside|within|interior\s+to)" + orbit_of)),
        ("FARTHER", rx(r"(?:(?:orbits?|lies?|is|are|sits?)\s+)?(?:farther|further)(?:\s+(?:out|away))?(?:\s+from\s+"
                       + centre_ref + r")?\s+than|(?:orbits?\s+|lies?\s+|is\s+)?(?:beyond|outside|exterior\s+to)"
                       + orbit_of)),
        # "Mars taking less time than Earth to go round once", "Venus has a shorter year than Earth", "Mercury
        # orbits faster than Venus": about one star, the shorter period is the smaller orbit (Kepler's third law,
        # T² ∝ a³; Murray & Dermott, Solar System Dynamics, 1999, §2.3), so a comparison of periods orders the
        # orbits as "closer than" does — and conflicts with distances that order them the other way
        ("CLOSER", rx(_period_comparison(r"less", r"shorter", r"faster|quicker|more\s+quickly"))),
        ("FARTHER", rx(_period_comparison(r"more|longer", r"longer", r"slower|more\s+slowly"))),
        # "Phobos is the inner one", "Deimos is farther out", "Io lies closer in": said of one of exactly two
        # bodies, the order of the pair (no "than": a comparison with a named body is CLOSER/FARTHER)
        ("PAIR", rx(r"(?:is|lies|orbits|sits|circles|goes\s+round|goes\s+around)\s+(?:the\s+(?P<pord>inner|outer|closer|"
                    r"nearer|farther|further|innermost|outermost)\s+(?:one|moon|planet|world)(?![\w-])|"
                    r"(?P<pcmp>further|farther|more\s+far|more\s+distant|closer|nearer)(?:\s+(?:out|away|in))?"
                    r"(?:\s+(?:from|to)\s+" + centre_ref + r")?(?![\w-]))(?![^.;!?]*\bthan\b)")),
        # "two planets, one at 1 AU and another at 5.2 AU": a pronoun for the next planet of the list
        # "the inner one" / "the outer one" before the bare "one" pronoun (which would take its last word)
        # "the third planet from the Sun", "the innermost two planets": the Solar System's by place (astronomy_ordinals)
        ("SSORD", rx(ordinal_pattern(count))),
        ("ORD2", rx(r"the\s+(?P<ord>inner|outer)\s+(?:one|planet|world)(?!s)")),
        ("ONE", rx(r"(?:the\s+)?(?:one|another|other|a\s+(?:second|third|fourth|fifth))(?=\s+(?:at|with|on|orbiting|has|"
                   r"having|of)\b)")),
        # "the four inner planets (of the Solar System)", "the planets of our solar system", "the gas giants"
        # (definite, or "of the Solar System": "two rocky planets" around "a star" are any two)
        # "no gas giants", "no asteroid belt", "without the outer planets": a group denied (checked against the bodies
        # drawn once they are known: none of them may belong to it; _check_denied)
        ("DENIED", rx(r"(?:no|without(?:\s+any)?|not\s+(?:the|any)|excluding)\s+(?:the\s+)?(?P<dgrp>(?:asteroid|kuiper)\s+belt"
                      r"|" + groups + r"|asteroids?|comets?|dwarf\s+planets?)")),
        ("GROUP", rx(r"(?P<def>the|our)\s+(?:other\s+)?(?:" + count + r"\s+)?(?P<grp>" + groups + r")(?:" + of_ss + r")?"
                     r"|(?:the\s+)?(?:" + count.replace("?P<count>", "?P<count2>") + r"\s+)?(?P<grp2>" + groups
                     + r"|planets)" + of_ss
                     # "all eight planets", "all the planets", "all of the outer planets": the whole group, around
                     # the Sun only (``parse_astronomy`` reads it as planets of another star's system otherwise)
                     + r"|all\s+(?:of\s+)?(?:the\s+)?(?:" + count.replace("?P<count>", "?P<count3>") + r"\s+)?(?P<grp3>"
                     # "all 8 planet" (a learner's singular after a count) is the same group
                     + groups + r"|planets|planet(?=\s|$|[.,;:!?]))(?:" + of_ss + r")?")),
        ("ISS", rx(_alt([str(n) for v in sat["artificial"].values() for n in v["names"]]))),
        ("MOONGROUP", rx(r"(?:" + count + r"\s+)?(?P<mgrp>" + _alt(list(sat["groups"])) + r")\s+(?:moons?|satellites?)")),
        ("THEMOON", rx(_alt(g["the_moon"]))),
        ("NAMEDMOON", rx(_alt(_moon_names()))),
        ("NAMED", rx(_alt(g["named_bodies"]))),
        # "Psyche, the metal-rich asteroid …": a name nesy has no data for, in apposition before its noun
        # (a known name, claimed by NAMED first, is left to APPOS)
        # (not the Sun, never an asteroid: "both orbits about the Sun, the asteroid's outside Earth's" — a mark
        # scheme's words, requests-22 astronomy-05, drew an asteroid named Sun; nor "the asteroid's", a possessive)
        ("NAMEDAST", rx(r"(?P<aname>(?-i:(?!(?:Sun|Star|Moon)\b)[A-Z][a-z]+(?:[-–][A-Z][a-z]+)*)),\s+(?:the|an?)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:asteroid|minor\s+planet)(?![\w-]|['’]s\b)")),
        # "Vesta, the largest asteroid, …": a definite description in apposition after a body's name is that body,
        # never one more (it drew Vesta and an "asteroid 1")
        ("APPOS", rx(r"(?<=[a-z],)\s+the\s+(?:[\w-]+\s+){0,2}?(?:asteroid|minor\s+planet|dwarf\s+planet)(?![\w-]|['’]s\b)")),
        # "the asteroid Pallas", "minor planet Hygiea": an asteroid's proper name (capitalised) names the body drawn
        ("NAMEDAST", rx(r"(?:(?:the|an?)\s+)?(?:asteroid|minor\s+planet)\s+(?P<aname>(?-i:[A-Z][a-z]+(?:[-–][A-Z]"
                        r"[a-z]+)*))")),
        ("ORD", rx(r"the\s+(?P<ord>" + _alt(g["ordinals"]) + r")(?:\s+(?:one|planet|world))?")),
        ("STARS", rx(count + r"\s+(?:(?:" + _alt(g["star_adjectives"]) + r")\s+)*stars")),
        # "No need for the Sun", "without the Sun", "the Sun is not needed": the star left out (``parse_astronomy``)
        ("NOSTAR", rx(r"(?:" + _NO_STAR_LEAD + r")\s+(?:(?:the|a|any|our)\s+)?(?:sun|star)|(?:the\s+|our\s+)?"
                      r"(?:sun|star)" + _NO_STAR_TAIL)),
        # "one star", "1 Sun" (a list of what goes in: a count of one is the one star)
        ("STAR", rx(r"(?:(?:the|a|an|one|1|our)\s+)?(?:(?:" + _alt(g["star_adjectives"]) + r")\s+)*(?:star|sun)")),
        ("PLANETS", rx(r"(?:" + count + r"\s+)?(?:(?:" + _alt(g["planet_adjectives"]) + r")\s+)*(?:"
                       + _alt(g["exoplanet_kinds"] + g["planet_words"]) + r")(?:\s+(?P<pname>[b-h])(?![\w']))?"
                       # "an exoplanet system", "a planet system": the word names the system, not one more planet
                       + r"(?!\s+systems?\b)")),
        # "Comet Encke", "comet 2P/Encke", "Halley's comet", "Encke's Comet": a comet's proper name (capitalised,
        # case-sensitive) is read with it and names the comet drawn
        ("COMETS", rx(r"(?:(?P<cpos>(?-i:[A-Z][a-z]+(?:[-–][A-Z][a-z]+)*))(?:'s|’s)\s+)?(?:" + count + r"\s+)?(?:"
                      + _alt(g["comet_words"]) + r")(?:\s+(?P<cname>(?-i:(?:\d{1,4}[PCDXI]/)?[A-Z][a-z]+(?:[-–][A-Z]"
                      r"[a-z]+)*(?:\s+\d{1,2}(?![\w.]))?)))?")),
        ("MOONS", rx(r"(?:(?:" + count + r"|its|their)\s+(?:(?:of\s+)?(?:its|their)\s+)?)?(?:(?:" + _alt(g["moon_adjectives"])
                     + r")\s+)*(?:" + _alt(g["moon_words"]) + r")")),
        # "b 0.0553 AU, c 0.0929 AU" after "Kepler-62": the host's planets by letter (astronomy_designations)
        ("PLETTER", re.compile(r"(?<![\w'’-])(?:" + LETTER + r")", re.IGNORECASE)),
        ("CIRC", rx(_alt(g["circular"]))),
        ("ELLIP", rx(_alt(g["elliptical"]))),
        # last, where nothing else read it: an order with its verb left out, right after the body's name ("with Deimos
        # closer to Mars", "the latter orbits closer in, the former farther out": checked in ``_claims``); the order
        # words are content (grammar.yaml), so one left unread is listed, never dropped
        # (the centre after it, "to Mars", is read by its own pattern, before this one)
        ("PAIRV", rx(r"(?P<pord>(?!))?(?P<pcmp>further|farther|closer|nearer)(?:\s+(?:out|away|in))?"
                     r"(?![\w-])(?![^.;!?]*\bthan\b)")),
    ]
    return pats


_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d+(?:\.\d+)?")
# what leaves the star out of the figure: before it ("no need for", "without", "leave out") or after it ("is not
# needed")
_NO_STAR_LEAD = (r"no\s+need\s+(?:for|of|to\s+(?:draw|show|include|add))|without|leav(?:e|ing)\s+out|omit(?:ting)?|"
                 r"exclud(?:e|ing)|skip(?:ping)?|(?:do\s+not|don['’]t|need\s+not|needn['’]t)\s+(?:draw|show|include|"
                 r"add|need)|no")
# (and the object fronted, as a learner or a topic-first language puts it: "The Sun do not draw", "the star,
# you needn't show it", "the Sun is not to be drawn")
_NO_STAR_TAIL = (r"(?:\s+(?:is\s+)?(?:not\s+(?:needed|necessary|required|wanted|shown|drawn)|isn['’]t\s+(?:needed|"
                 r"necessary|required)|can\s+be\s+(?:left\s+out|omitted))"
                 r"|\s*,?\s+(?:(?:you|we|please)\s+)?(?:do\s+not|don['’]t|does\s+not|doesn['’]t|need\s+not|needn['’]t|"
                 r"must\s+not|mustn['’]t|should\s+not|shouldn['’]t|please\s+don['’]t)\s+(?:draw|show|include|add|"
                 r"need|put)(?:\s+(?:it|in))?(?=\s*(?:[.;!?)]|$))"
                 r"|\s+(?:is|should|must)\s+(?:not\s+(?:to\s+)?be|n['’]t\s+be|to\s+be\s+left)\s+(?:drawn|shown|"
                 r"included|out|left\s+out))")


@dataclass
class _Claim:
    tag: str
    m: Any
    start: int
    end: int
    text: str


def _sp(start: int, end: int, text: str) -> dict[str, Any]:
    return {"text": text[start:end], "start": start, "end": end}


_APPOSED = re.compile(r"(?:(?:the|our)\s+)?(?:planet|moon|satellite)(\s+)", re.I)


def _apposition(m: re.Match, named_at: set[int]) -> bool:
    """Whether ``m`` is a bare singular "planet"/"the moon" standing right before a named body."""
    a = _APPOSED.match(m.string, m.start())
    return bool(a) and a.end(1) - len(a.group(1)) == m.end() and a.end() in named_at


# a body noun before one of these qualifies the drawing of the bodies ("planet names", "moon labels", "planet dots")
_AS_MODIFIER = re.compile(r"(?i)[ \t]+(?:names?|labels?|labell?ing|symbols?|dots?|markers?|colou?rs?|icons?|sizes?|"
                          r"discs?|disks?|glyphs?|fonts?|text|captions?)\b")


def _claims(text: str) -> tuple[list[_Claim], list[tuple[str, int, int]], int]:
    used = np.zeros(len(text) + 1, dtype=bool)
    claims: list[_Claim] = []
    kinds: list[tuple[int, int]] = []
    named_at = {x.start() for tag, rx in _patterns() if tag in ("NAMED", "NAMEDMOON") for x in rx.finditer(text)}
    # "a hot Jupiter", "two super-Earths": a kind of planet, read by PLANETS, never the named planet in it
    for x in re.finditer(r"(?i)(?<![\w-])(?:" + _alt(_grammar()["exoplanet_kinds"]) + r")(?![\w-])", text):
        kinds.append((x.start(), x.end()))
    from .astronomy_obslog import log_fields, transcript_labels
    for s0, e0 in transcript_labels(text):
        claims.append(_Claim("OBSLOG", re.compile(r"(?s).{%d}" % (e0 - s0)).match(text, s0), s0, e0, text[s0:e0]))
        used[s0:e0] = True
    for s0, e0, field in log_fields(text):
        # an observing log's header: its date, time, instrument and seeing (astronomy_obslog), no body or distance
        if not used[s0:e0].any():
            claims.append(_Claim("OBSLOG", re.compile(r"(?s).{%d}" % (e0 - s0)).match(text, s0), s0, e0, text[s0:e0]))
            used[s0:e0] = True
    from .astronomy_sheet import sheet_spans
    for s0, e0, kind, _v in sheet_spans(text):
        # a spreadsheet's cell references, column names and AU conversion (astronomy_sheet)
        claims.append(_Claim("SHEETCONV" if kind == "CONV" else "SHEET", re.compile(r"(?s).{%d}" % (e0 - s0)).match(text, s0),
                             s0, e0, text[s0:e0]))
        used[s0:e0] = True
    for tag, rx in _patterns():
        for m in rx.finditer(text):
            if used[m.start():m.end()].any():
                continue
            if tag == "NAMED" and any(a <= m.start() and m.end() <= b for a, b in kinds):
                continue
            if tag == "PAIR" and (m.group("pord") or "").lower() in ("inside", "outside") and not (
                    (w := re.search(r"([A-Z][\w'’-]*),?\s+$", text[:m.start()])) and w.start(1) in named_at):
                continue   # "Callisto inside." only after a body's name; "It should be outside" is no pair's order
            if tag == "PAIRV" and not (
                    (w := re.search(r"([A-Z][\w'’-]*),?\s+$", text[:m.start()])) and w.start(1) in named_at
                    or re.search(r"(?i)\b(?:the\s+)?(?:former|latter)\s+$", text[:m.start()])):
                continue   # only right after a body's name (or "the former"/"the latter"): else left unread, listed
            if tag == "PLANETS" and not (m.group("count") or m.group("pname") or
                                         re.search(r"planet|world|jupiter|earth|neptune|asteroid(?!s)", m.group(0), re.I)):
                continue
            if tag in ("PLANETS", "MOONS") and not m.groupdict().get("count") and _AS_MODIFIER.match(text, m.end()):
                # "planet names in 10 pt", "moon labels": the noun qualifies how the bodies are drawn, no body
                used[m.start():m.end()] = True
                continue
            if tag in ("PLANETS", "MOONS", "THEMOON") and _apposition(m, named_at):
                # "planet Mars", "the moon Titan": the common noun names the body after it, not one more body
                used[m.start():m.end()] = True
                continue
            claims.append(_Claim(tag, m, m.start(), m.end(), m.group(0)))
            used[m.start():m.end()] = True
            if tag == "MASS" and m.group("who"):
                used[m.start("who"):m.end("who")] = False   # "the mass of Earth": Earth is read as the body it is
    g = _grammar()
    known = _common_words() | {str(w).lower() for w in g["neutral"]}
    for key in ("star_adjectives", "planet_words", "planet_adjectives", "comet_words", "moon_words", "moon_adjectives", "circular",
                "elliptical"):
        known |= {w for p in g[key] for w in re.split(r"[\s\-]+", str(p).lower())}
    # "station" or "probe" alone ("holding station off Neptune") is no spacecraft: only "space station" is read
    known -= {w for p in g["craft_words"] if " " in str(p) for w in str(p).lower().split()[1:]} - _common_words()
    unknown: list[tuple[str, int, int]] = []
    n_content = 0
    for m in _WORD_RE.finditer(text):
        if used[m.start():m.end()].any():
            n_content += 1
            continue
        w = m.group(0).lower().replace("’", "'")
        if w in _common_words():
            continue
        n_content += 1
        if w in known or w.rstrip("s") in known or re.fullmatch(r"\d+(?:\.\d+)?", w):
            continue
        unknown.append((m.group(0), m.start(), m.end()))
    for n in scan_numbers(text, roman=False):   # a number no phrase reads is reported, never dropped
        if not used[n.start:n.end].any() and not any(s <= n.start < e for _w, s, e in unknown):
            unknown.append((n.text, n.start, n.end))
    unknown.sort(key=lambda u: u[1])
    claims.sort(key=lambda c: c.start)
    return claims, unknown, n_content


# an instrument after a length: its aperture or focal length ("8-inch Dobsonian", "a 102 mm refractor", "10x50
# binoculars"), the observer's gear in an observing log, never a distance in the figure
# a body's own size said before a length in its sentence ("the mean radius of Earth is 6,370 km", "Mars's diameter
# … 6,779 km", "the planet's radius"): no orbit's size; the length is listed as not drawn, never refused or drawn
_BODY_SIZE = re.compile(r"(?i)(?:(?:radius|radii|diameter)\s+of\s+(?:the\s+|its\s+)?(?!orbit)[A-Za-z][\w-]*|"
                        r"(?<!orbit)(?:'s|’s|s'|its)\s+(?:(?:mean|average|equatorial|polar)\s+)?(?:radius|diameter))"
                        r"(?!.*\borbit)(?s:.)*$")   # searched within one sentence (_sentence_start)
_INSTRUMENT = re.compile(r"(?i)[\s-]*(?:(?:f/\d+(?:\.\d+)?|apo(?:chromatic)?|achromatic|newtonian|reflecting|refracting|"
                         r"catadioptric|schmidt[\s-]+cassegrain|maksutov|goto|truss|solar)[\s-]+)*(?:dobsonian|dob|telescope|"
                         r"scope|refractor|reflector|newtonian|sct|mak|binoculars|aperture|mirror|objective|lens|"
                         r"eyepiece|finder)(?![\w-])")


# a plural noun of bodies heading a list: "dwarf planets", "the icy worlds", "Kuiper-belt objects"
_HEAD_NOUN = re.compile(r"(?i)(?<![\w-])(?:planets|dwarf\s+planets|worlds|objects|bodies|comets|asteroids|planetoids|"
                        r"minor\s+planets|TNOs|KBOs)(?![\w-])")


def _headed_list(c: "_Claim", tgt: dict[str, Any] | None, mentions: list[tuple[int, int, str]],
                 byid: dict[str, dict[str, Any]], text: str) -> list[str]:
    """The ids of the bodies listed after a heading that places a plural noun of bodies beyond or inside one
    body ("Dwarf planets beyond Neptune: Haumea (43.1 AU), Makemake (45.8 AU)", "Worlds inside Earth's orbit —
    Mercury, Venus"): the comparison is said of each body of the list. Empty when ``c`` is not such a heading:
    no plural noun of bodies before it in its clause, anything but the compared body between it and the colon
    or dash, or no body listed after it (the list ends at a sentence mark or a spaced dash)."""
    if tgt is None:
        return []
    a = max([m.end() for m in re.finditer(r"[.;!?](?:\s|$)|\n", text[:c.start])] or [0])
    if not _HEAD_NOUN.search(text[a:c.start]) or any(a <= x[0] < c.start for x in mentions):
        return []
    at = [x for x in mentions if x[0] >= c.end and x[2] == tgt["id"]]
    if not at or not re.fullmatch(r"\s*(?:the\s+)?(?:orbits?\s+of\s+(?:the\s+)?)?", text[c.end:at[0][0]], re.I):
        return []
    head = re.match(r"(?:['’]s)?(?:\s+orbit)?\s*[:–—]\s*|\s+-\s+", text[at[0][1]:])
    if head is None:
        return []
    start = at[0][1] + head.end()
    stop = re.search(r"[.;!?](?:\s|$)|\n|\s[-–—]\s", text[start:])
    end = start + stop.start() if stop else len(text)
    out = []
    for x in mentions:
        if start <= x[0] < end and x[2] != tgt["id"] and x[2] not in out and byid[x[2]]["kind"] in ("planet", "comet"):
            out.append(x[2])
    return out


# the words between a moon and its planet that say the one orbits the other
_ORBITS_RX = re.compile(r"\s*(?:,\s*)?(?:(?:is|are|which|that|seen|shown|drawn)\s+)*(?:orbit(?:s|ing|ed)?|"
                        r"(?:go(?:es|ing)?|mov(?:es|ing)|travel(?:s|ling|ing)?|revolv(?:es|ing)|circl(?:es|ing)|"
                        r"spin(?:s|ning)?)(?:\s+(?:a)?round)?|(?:a)?round)\s+(?:(?:the|its|their|planet)\s+)*",
                        re.IGNORECASE)


def _listed_names(c: _Claim, claims: list[_Claim], text: str) -> list[_Claim]:
    """The named planets listed right after a counted phrase ("eight planets: Mercury, Venus and …")."""
    out: list[_Claim] = []
    pos = c.end
    for d in claims:
        if d.start < pos:
            continue
        gap = r"[\s,:;\-–—()]*(?:(?:and|&)\s+)?[\s,]*" if out else r"[\s,:;\-–—(]*"
        if d.tag != "NAMED" or not re.fullmatch(gap, text[pos:d.start], re.I):
            break
        out.append(d)
        pos = d.end
    return out


# Words that set a body apart from one of its kind already named ("another comet", "a second planet")
_DISTINCT = re.compile(r"(?i)\b(?:another|other|second|third|fourth|fifth|new|extra|additional|further|different|"
                       r"two|three|four|five|six|seven|eight|nine|ten|\d+)\b")
# A comparison's yardstick: "compared with a planet", "than a comet's", "unlike a planet", "versus a planet"
_YARDSTICK = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|than|versus|vs\.?|"
                        r"unlike|as\s+opposed\s+to|relative\s+to|like)\s+(?:that\s+of\s+|those\s+of\s+)?(?:an?\s+)?$")


# a definite determiner before a singular body noun: "the comet", "this asteroid", "that moon", "the same comet"
_DEFINITE = re.compile(r"(?i)(?<![\w'])(?:the|this|that|said|our|the\s+same|this\s+same|that\s+same)\s+"
                       r"(?:[a-z\-]+\s+){0,2}$")


def _definite_singular(c: _Claim, text: str) -> bool:
    """Whether ``c`` is a singular mention with a definite determiner and no count ("The comet goes around the Sun",
    "this comet", "the bright comet"): an anaphor, which names a body already introduced when there is one
    (Halliday & Hasan, *Cohesion in English*, 1976, ch. 2: the definite article refers back)."""
    if c.m.groupdict().get("count") or re.search(r"(?i)s$", c.text.rstrip("'’")):
        return False
    pre = text[max(0, c.start - 40):c.start]
    return bool(_DEFINITE.search(pre)) and not _DISTINCT.search(re.split(r"(?i)\b(?:the|this|that|said|our)\s", pre)[-1])


def _predicative(c: _Claim, text: str) -> bool:
    """Whether ``c`` ("a gas giant", "an ice giant") is the complement of a copula ("this planet is a gas giant",
    "Kepler-22b, which is a super-Earth"): it says what its subject is (Huddleston & Pullum 2002, ch. 4)."""
    pre = text[max(0, c.start - 30):c.start]
    cnt = (c.m.groupdict().get("count") or "").lower()
    if cnt in ("a", "an"):
        return bool(re.search(r"(?i)\b(?:is|was|'s|being|as|becomes|seems)\s+$", pre))
    return not cnt and bool(re.search(r"(?i)\b(?:is|was|'s|being|as|becomes|seems)\s+an?\s+$", pre))


def _announced_member(c: _Claim, text: str, groups: dict[tuple[int, int], list[str]],
                      taken: dict[tuple[int, int], int]) -> str | None:
    """The id of the next member of an announced count ("Two planets …: a planet at 1 AU and a planet at 5 AU")
    that the indefinite singular ``c`` names, when it follows the count in the same sentence after a colon or
    dash; None otherwise. ``taken`` counts the members already named per group."""
    if (c.m.groupdict().get("count") or "").lower() not in ("a", "an") or c.m.groupdict().get("pname"):
        return None
    for key in sorted(groups, reverse=True):
        if key[1] > c.start:
            continue
        gap = text[key[1]:c.start]
        if re.search(r"[.;!?](?:\s|$)", gap) or not re.search(r"[:\-–—]", gap):
            return None
        ids = groups[key]
        k = taken.get(key, 0)
        if k >= len(ids):
            return None
        taken[key] = k + 1
        return ids[k]
    return None


def _last_of_kind(bodies: list[dict[str, Any]], mentions: list[tuple[int, int, str]], kind: str, pos: int) -> str | None:
    """The id of the body of ``kind`` mentioned last before ``pos`` (None when none is)."""
    byid = {b["id"]: b for b in bodies}
    for s_, e_, bid in sorted(mentions, reverse=True):
        if e_ <= pos and bid in byid and byid[bid]["kind"] == kind:
            return bid
    return None


def _indefinite_one(c: _Claim, text: str) -> bool:
    """Whether a planet/comet mention is one body named by an indefinite article and nothing else ("a comet",
    "a Jupiter-family comet", "an ordinary planet"): no count, no name, no word that sets it apart."""
    if c.tag not in ("COMETS", "PLANETS") or (c.tag == "PLANETS" and c.m.group("pname")):
        return False
    cnt = (c.m.group("count") or "").lower()
    if cnt and cnt not in ("a", "an"):
        return False
    head = c.text if cnt else text[max(0, c.start - 40):c.start] + c.text
    if not cnt and not re.search(r"(?i)\b(?:a|an)\s+(?:[\w\-]+\s+){0,2}$", text[max(0, c.start - 40):c.start]):
        return False
    return not _DISTINCT.search(head if cnt else c.text) and not re.search(r"(?i)s$", c.text)


# the rest of a sentence that leaves what it names out of the figure: "… is 4.2 ly away but don't draw it", "…, not
# to be drawn", "(no need to show it)"
_UNDRAWN_AFTER = re.compile(r"(?i).*?\b(?:(?:but|and|so|though)\s+)?(?:(?:please\s+)?(?:do\s+not|don['’]?t|no\s+need\s+to|"
                            r"needn['’]t|need\s+not|never)\s+(?:draw|show|include|add|plot|depict)\s+(?:it|this|that|"
                            r"them)|(?:it\s+is\s+|it['’]s\s+)?not\s+(?:to\s+be\s+)?(?:drawn|shown|included|plotted))\b"
                            r"[\s)\]]*$")


# a unit of the distances between stars (IAU 2012 B2 and the IAU's light-year and parsec): no orbit drawn is that long
_INTERSTELLAR = re.compile(r"(?i)(?:\bly|light[\s-]*years?|\bpc|parsecs?|kpc|kiloparsecs?|mpc|megaparsecs?)\s*$")


def _group_members(grp: str, c: _Claim) -> list[str]:
    """The planets of a group phrase ("inner planets", "gas giants"), or of stacked group adjectives ("rocky inner
    planets": those in every group named — inner ∩ rocky), in the Sun's order; ``InputError`` naming the phrase when
    the groups share no planet ("the outer rocky planets")."""
    g = _grammar()
    table = {str(k): [str(x) for x in v] for k, v in g["planet_groups"].items()}
    if grp in table:
        return table[grp]
    words = grp.split()
    head = next((k for k in table if grp.endswith(" " + k) or grp == k), None)
    members = list(table[head]) if head else list(table["planets"])
    for w in words[:len(words) - len(head.split())] if head else words:
        sub = table.get(f"{w} planets")
        if sub is not None:
            members = [x for x in members if x in sub]
    if not members:
        raise InputError(f"'{c.text}' at {c.start}-{c.end}: no planet of the Solar System is all of these "
                         f"({grp}); name the planets")
    return members


def _check_denied(claims: list[_Claim], bodies: list[dict[str, Any]], text: str) -> None:
    """Refuse, naming both phrases, a group the text denies ("no gas giants") that a body drawn belongs to; a
    denied group none of the bodies is in is read as said (nothing of it is drawn)."""
    from ..errors import UnsatisfiableError
    for c in claims:
        if c.tag != "DENIED":
            continue
        d = " ".join(c.m.group("dgrp").lower().split())
        if re.search(r"belt", d):
            continue      # nesy draws no belt of small bodies
        if re.match(r"asteroids?|comets?|dwarf\s+planets?", d):
            kind = "comet" if d.startswith("comet") else "planet"
            hit = [b for b in bodies if b["kind"] == kind and (kind == "comet" or re.search(
                r"(?i)asteroid|minor|dwarf", str(b.get("name", "")) + " " + str(b.get("span", {}).get("text", ""))))]
        else:
            members = set(_group_members(d, c))
            hit = [b for b in bodies if b.get("ref") in members]
        if hit:
            b = hit[0]
            raise UnsatisfiableError([b["span"], _sp(c.start, c.end, text)],
                                     [{"law": "a denied group has no member drawn", "source": "the text"}],
                                     fix=[_sp(c.start, c.end, text)],
                                     detail=f"{b.get('name', b['id'])} is one of the {d} the text leaves out")


# a spacecraft's clause that has it on its way somewhere, not in orbit ("is travelling to", "flew past", "will land
# on", "was launched towards"), and one that has it in orbit
_IN_TRANSIT = re.compile(r"(?i)\b(?:travel\w*|fl(?:y|ies|ying|ew|own)|land(?:s|ed|ing)?|launch\w*|head(?:s|ed|ing)|"
                         r"bound|en\s+route|on\s+its\s+way|approach\w*|visit\w*|sent|send\w*|journey\w*|cruis\w*)\b")
_IN_ORBIT = re.compile(r"(?i)\b(?:orbit\w*|circl\w*|revolv\w*|(?:a)?round|altitude|above|geostationary|geosynchronous|"
                       r"period)\b")


def _period_comparison(time_: str, period: str, speed: str) -> str:
    """The pattern of a comparison of two bodies' periods: "takes {time_} time than", "has a {period} year/period
    than", "orbits/goes round {speed} than" (the words before "than"; the bodies are found as for "closer than")."""
    move = (r"(?:orbits?|orbiting|goes|going|go|moves?|moving|travels?|travell?ing|revolves?|revolving|circles?|"
            r"circling|completes?|completing)")
    return (rf"(?:takes?|taking|took|needs?|needing|requires?|requiring)\s+(?:{time_})\s+time\s+than"
            rf"|(?:has|have|having|with)\s+(?:an?\s+)?(?:{period})\s+(?:orbital\s+)?(?:periods?|years?)\s+than"
            rf"|{move}\s+(?:(?:(?:a)?round\s+)?(?:the\s+|its\s+)?(?:sun|star|it)\s+|(?:its|an?)\s+orbits?\s+)?(?:{speed})\s+than")


# a predicate right after "all (the) planets": "… moving CCW", "… orbit in the same plane", "… are drawn to scale"
_ALL_PREDICATE = re.compile(r"(?i)\s*(?:\(|,\s*)?(?:(?:all|both|each)\s+)?(?:are|is|were|move|moves|moving|orbit|orbits|"
                            r"orbiting|go|going|travel|travell?ing|revolve|revolving|circle|circling|lie|lying|sit|"
                            r"sitting|have|having|share|sharing|shown|drawn|labell?ed|in|on|with|should|must|need)\b")


def _restricted_all(c: _Claim, claims: list[_Claim], text: str, named: dict[str, str]) -> list[str] | None:
    """The planets named before a bare "all (the) planets" that predicates something of them, or None.

    A quantifier's domain is restricted by the context (Stanley & Szabó, "On Quantifier Domain Restriction",
    *Mind & Language* 15, 2000): after "the orbits of Mercury, Venus, Earth and Mars …", "all planets moving
    CCW" says how those four move, it introduces no others. Only a bare "all (the) planets" (no count, no "of the
    Solar System", which name the whole group), after two or more named planets, before a predicate; "draw all the
    planets" (no predicate after it) is the whole Solar System as before."""
    m = c.m
    if not m.group("grp3") or m.group("count3") or re.search(r"(?i)solar\s+system", c.text) \
            or not re.fullmatch(r"planets?", m.group("grp3").lower()):
        return None
    before = []
    for d in claims:
        if d.tag == "NAMED" and d.end <= c.start and not re.match(r"(?i)-(?:family|like|type|class|sized?|twin)",
                                                                   text[d.end:]):
            key = named.get(" ".join(re.split(r"[\s\-]+", d.text.lower())))
            if key is not None and key not in before:
                before.append(key)
    if len(before) < 2 or not _ALL_PREDICATE.match(text, c.end):
        return None
    return before


_QUANTIFIED = re.compile(r"(?i)(?<![\w'])(?:each|every|any|either|neither)\s+(?:[a-z\-]+\s+){0,2}$")


def _reference_only(c: _Claim, claims: list[_Claim], text: str, named: dict[str, str]) -> str | None:
    """Whether the singular planet mention ``c`` refers to planets the text names rather than adding one.

    Two forms: a quantifier ("each planet", "let every planet go around it on its own circle") ranges over the
    planets named, when the text names some (returns "*"); a definite description standing alone in its
    sentence ("Stop 40: The Sideways Planet." — no verb, no value, no other body: a heading) describes the
    planet the text names (its key; "" when it names several and which one is not guessed). None otherwise:
    "a planet", "the planet at 2 AU", "the planet orbits Mars" stay what they were (Halliday & Hasan,
    *Cohesion in English*, 1976, ch. 2: a definite noun phrase refers, back or forward, to a body given)."""
    m = c.m
    if m.group("count") or m.group("pname") or re.search(r"(?i)s$", c.text):
        return None
    planets = {named[" ".join(re.split(r"[\s\-]+", d.text.lower()))] for d in claims
               if d.tag == "NAMED" and not re.match(r"(?i)-(?:family|like|type|class|sized?|twin)", text[d.end:])}
    planets |= {str(_named_moons()[k]["parent"]) for d in claims if d.tag == "NAMEDMOON"
                for k in _named_moons() if k.lower() == d.text.lower()}
    if not planets and not any(d.tag in ("GROUP", "SSORD") or d.tag == "PLANETS" and d is not c for d in claims):
        return None
    if _QUANTIFIED.search(text[max(0, c.start - 40):c.start]):
        return "*"
    if not _definite_singular(c, text):
        return None
    stops = [0] + [x.end() for x in re.finditer(r"[.;:!?](?:\s|$)", text)] + [len(text) + 1]
    a = max(x for x in stops if x <= c.start)
    b = min(x for x in stops if x > c.start)
    if any(d is not c and a <= d.start < b for d in claims) or not planets:
        return None
    # a heading: the determiner, words the grammar does not read (or its adjectives) and the noun, nothing else
    if re.search(r"(?i)\b(?:is|are|was|were|has|have|orbits?|circles?|goes|moves|lies|sits|travels|revolves)\b",
                 text[a:b]):
        return None
    return next(iter(planets)) if len(planets) == 1 else ""


def _generic_mentions(claims: list[_Claim], text: str) -> tuple[set[int], list[_Claim]]:
    """Indefinite planet/comet mentions that name no body of their own.

    (1) One in a sentence stating no number, followed in a later sentence by another indefinite mention of
    the same kind ("… how stretched a comet orbit is. Take a Jupiter-family comet with perihelion 0.5 AU"):
    the writer announces the body, then introduces it; both are one comet (start offsets returned).
    Within one sentence two mentions stay two bodies ("a planet at 1 AU and a planet at 2 AU").
    (2) The yardstick of a comparison ("compared with a planet", "more stretched than a planet's"): a
    kind of body to compare with, not one drawn (returned to be listed as not drawn)."""
    stops = [0] + [mm.end() for mm in re.finditer(r"[.;:!?](?:\s|$)", text)] + [len(text) + 1]
    sent = lambda pos: next(k for k in range(len(stops) - 1) if stops[k] <= pos < stops[k + 1])  # noqa: E731
    ones = [c for c in claims if _indefinite_one(c, text)]
    standards = [c for c in ones if _YARDSTICK.search(text[max(0, c.start - 40):c.start])]
    same: set[int] = set()
    for c in ones:
        if c in standards:
            continue
        k = sent(c.start)
        body = text[stops[k]:stops[k + 1] - 1] if k + 1 < len(stops) else text[stops[k]:]
        if re.search(r"\d", body):
            continue
        if any(d.tag == c.tag and sent(d.start) > k and d not in standards for d in ones):
            same.add(c.start)
    # (3) a scheme before a colon: "A moon around a planet around a star, twice: the Sun at the centre; Earth …": the
    # indefinite bodies of a clause ending with ":" (no number in it) announce the named bodies of their kind after
    # it, none of their own (they drew a planet and a moon more, verified)
    for c in claims:
        if c.tag not in ("PLANETS", "MOONS") or c.start in same or re.search(r"(?i)s$", c.text) \
                or (c.m.group("count") or "a").lower() not in ("a", "an", "one") or \
                (c.tag == "PLANETS" and c.m.groupdict().get("pname")):
            continue
        a = max([0] + [x.end() for x in re.compile(r"[.;!?](?:\s|$)").finditer(text, 0, c.start)])
        colon = re.compile(r"[.;:!?](?:\s|$)").search(text, c.end)
        if colon is None or colon.group(0)[0] != ":" or re.search(r"\d", text[a:colon.start()]):
            continue
        kinds = ("NAMED",) if c.tag == "PLANETS" else ("NAMEDMOON", "THEMOON")
        if any(d.tag in kinds and d.start >= colon.end() for d in claims):
            same.add(c.start)
    return same, standards


# Words that may stand between a moon group and the moons it describes ("Io and Callisto, the innermost and
# outermost Galilean moons", "two of the Galilean moons: Io and Europa", "only Io (a Galilean moon)").
_APPOSITION = re.compile(r"(?i)(?:[\s,:;()\-–—]|\b(?:the|and|or|of|its|jupiter's|saturn's|uranus'|pluto's|"
                         r"just|only|namely|i\.e\.|e\.g\.|are|is|being|both|two|three|four|five|"
                         r"inner|outer|innermost|outermost|largest|smallest|biggest|first|second|third|last)\b)*")
_ONLY = re.compile(r"(?i)\b(?:just|only|solely|exclusively)\b")


def _group_picks(c: _Claim, claims: list[_Claim], text: str, members: list[str]) -> list[str]:
    """The moons of a named group ``c`` that the text names beside it, when the group only describes them.

    Two forms read so: the group's count equals the number named ("two Galilean moons, Io and Europa"), or
    the names and the group stand in apposition (only determiners, conjunctions, ordinals or superlatives
    between them: "Io and Callisto, the innermost and outermost Galilean moons") with a restricting "just" /
    "only" or a count word. Otherwise ([]) the group is all its members. A count that disagrees with both
    the group and the names is left to the caller's check."""
    stop = re.compile(r"[.;!?](?:\s|$)")
    a = max([x.end() for x in stop.finditer(text, 0, c.start)] or [0])
    z = stop.search(text, c.end)
    z = z.start() if z else len(text)
    low = {k.lower(): k for k in members}
    names = [d for d in claims if d.tag == "NAMEDMOON" and a <= d.start and d.end <= z and d.text.lower() in low]
    keys = list(dict.fromkeys(low[d.text.lower()] for d in names))
    if not keys or len(keys) >= len(members):
        return []
    if c.m.group("count"):
        return keys if _count(c.m, "moons") == len(keys) else []
    # the names next to the group: a run of names joined by apposition words, touching the group
    near = [d for d in names if _APPOSITION.fullmatch(text[d.end:c.start] if d.end <= c.start else
                                                       text[c.end:d.start])
            or any(_APPOSITION.fullmatch(text[min(d.end, e.end):max(d.start, e.start)]) for e in names if e is not d)]
    if not near:
        return []
    lo, hi = min([c.start] + [d.start for d in names]), max([c.end] + [d.end for d in names])
    span = text[max(a, lo - 40):hi]
    restricted = _ONLY.search(span) or re.search(r"(?i)\b(?:two|three|both|innermost|outermost|first|last)\b",
                                                  text[max(a, c.start - 40):c.start])
    return keys if restricted else []


@functools.lru_cache(maxsize=1)
def _gate_words() -> frozenset[str]:
    """Every word one of the strong claims below needs (bodies, star/planet/comet/moon words, log scale,
    the distance and period units, eccentricity): a text with none of them cannot score, so science
    detection skips compiling the full patterns for it (start-up time)."""
    g = _grammar()
    words: set[str] = set()
    for key in ("named_bodies", "the_moon", "sun", "planet_words", "comet_words", "moon_words", "log_scale"):
        for phrase in g[key]:  # a phrase matches only with all its words: its longest one is enough
            words.add(max(re.findall(r"[a-z]+", str(phrase).lower()) or [""],
                          key=lambda w: (len(w), w not in ("the", "our", "its", "and", "of"))))
    words.update(w.lower() for w in _moon_names())          # "Deimos orbits closer to Mars than Phobos"
    words.update(str(n).lower() for v in _sat()["artificial"].values() for n in v["names"] if " " not in str(n))
    words.update({"geostationary", "geosynchronous", "altitude", "satellite", "satellites"})
    words.update({"star", "stars", "sun", "au", "astronomical", "km", "kilometre", "kilometres", "kilometer",
                  "kilometers", "gm", "eccentricity", "eccentricities", "period", "year", "years", "yr", "yrs", "y",
                  "day", "days", "d", "takes", "every"})
    return frozenset(words)


def _score(text: str) -> float:
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
        return 0.0
    low = text.lower()
    if not (set(re.findall(r"[a-z]+", low)) & _gate_words()) and not re.search(r"a\.u\.|\be\s*=|10\^?6", low):
        return 0.0
    claims, _u, n = _claims(text)
    strong = {"NAMED", "THEMOON", "STAR", "STARS", "PLANETS", "COMETS", "DIST", "PERIOD", "ECC", "LOG", "NAMEDMOON", "NAMEDAST",
              "MOONGROUP", "ISS", "GEO", "ALT"}
    hits = sum(1 for c in claims if c.tag in strong)
    if not hits:
        return 0.0
    hits += sum(1 for c in claims if c.tag not in strong)
    return min(1.0, hits / max(n, 1)) + 0.01 * hits


def _count(m: Any, what: str) -> int:
    """The count of a matched phrase's ``count`` group (1 when absent), read and checked by ``read_count``."""
    if not m.group("count"):
        return 1
    return read_count(m.group("count"), m.start("count"), what=what, maximum=MAX_COUNT)


def _quantity(m: Any, group: str, what: str, unit: str, **bounds: Any) -> float:
    """A matched number, read exactly and checked for a drawable magnitude (``read_quantity``)."""
    return _quantity_at(m.group(group), m.start(group), what, unit, **bounds)


def _quantity_at(num: str, start: int, what: str, unit: str, **bounds: Any) -> float:
    return float(read_quantity(num, start, what=what, unit=unit, **bounds))


_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|[.,]\d)")


def _lead_numbers(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The numbers of a list before its last value ("100 000, 200 000 and …"): space-grouped thousands read
    whole, the rest by the shared number scanner."""
    out: list[tuple[str, int]] = []
    pos = start
    for g in _GROUPED.finditer(text, start, end):
        out += [(n.text, n.start) for n in scan_numbers(text, start=pos, end=g.start())]
        out.append((g.group(0), g.start()))
        pos = g.end()
    out += [(n.text, n.start) for n in scan_numbers(text, start=pos, end=end)]
    return out


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins (after the last ". ", "; ", "! " or "? " before it)."""
    return max([m.end() for m in re.finditer(r"[.;!?](?:\s|$)", text[:pos])] or [0])


def _period_days(v: float, unit: str) -> float:
    """A period ``v`` written in ``unit`` ("years", "d", "h", "s", any time unit the shared unit reader knows), in
    days; a year is the Julian year of ``solvers/astronomy.yaml`` (year_days, 365.25 d: IAU, Astronomical
    Constants)."""
    u = re.sub(r"\s+", " ", unit.lower().strip())
    if re.fullmatch(r"(?:earth )?(?:years?|yrs?|y)", u):
        return v * float(_data()["year_days"])
    if re.fullmatch(r"days?|d", u):
        return v
    from ..parse.quantities import unit_of, ureg
    return v * float(ureg().Quantity(1.0, unit_of(u)).to("day").magnitude)


def _ungroup(num: str) -> str:
    """"384 400" → "384400": a number whose thousands are grouped by spaces; any other text unchanged."""
    return re.sub(r"[ \u00a0\u202f\u2009]", "", num) if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+", num) else num


def _dist_au(m: Any, ntext: str, nstart: int, unit: str | None = None) -> float:
    """A DIST claim's number in AU (any length unit the shared unit reader knows); ``unit``: another than the
    claim's own ("from 1 to 3 AU": the first number's)."""
    unit = unit or m.group("unit")
    u = unit.lower()
    v = _quantity_at(_ungroup(ntext), nstart, "distance", unit, min_abs=1e-9)
    if u.startswith(("au", "a.u", "astro")):
        return v
    word = re.sub(r"^million\s+|^(?:×|x)\s*10\^?6\s*", "", u)
    from ..parse.quantities import unit_of, ureg
    if word in ("gm", "gigametre", "gigametres", "gigameter", "gigameters"):
        # the gigametre, 10⁹ m = 10⁶ km (SI prefix giga, BIPM SI Brochure, 9th ed., 2019, Table 7); "gm" is the
        # case-folded "Gm" (read case-sensitively: never grams)
        return v * 1e6 / float(_data()["au_km"])
    if unit == "Mm" or word in ("megametre", "megametres", "megameter", "megameters"):
        # the megametre, 10⁶ m = 10³ km (SI prefix mega, the same table); "Mm" read case-sensitively: never mm
        return v * 1e3 / float(_data()["au_km"])
    km = float(ureg().Quantity(1.0, unit_of(word)).to("kilometer").magnitude)
    return v * (1e6 if ("million" in u or "10" in u) else 1.0) * km / float(_data()["au_km"])


# farther from its planet than any moon orbits (Nereid, 5.5 × 10^6 km [JPL-SAT]): a distance from the Sun
_HELIO_KM = 5e7


def _centre(text: str, claims: list[_Claim], bodies: list[dict], star: dict | None,
            mentions: list[tuple[int, int, str]], moon_mentions: list[tuple[int, int, str]],
            au: float) -> dict[str, Any] | None:
    """The planet of a planet-centred system, or None: no star is named, every moon orbits the one planet
    (no comet, no other planet), and no distance, eccentricity or period is said of the planet itself ("Jupiter
    at 5.2 AU with its moons" places Jupiter about the Sun, which the star-centred figure draws)."""
    orbiting = [b for b in bodies if b["kind"] in ("planet", "comet")]
    if star is not None or len(orbiting) != 1 or orbiting[0]["kind"] != "planet" \
            or not any(b["kind"] == "moon" for b in bodies):
        return None
    p = orbiting[0]
    allm = sorted(mentions + moon_mentions)
    for c in claims:
        if c.tag not in ("DIST", "ECC", "PERIOD"):
            continue
        before = [x for x in allm if x[1] <= c.start]
        if not before or before[-1][2] != p["id"]:
            continue
        if c.tag == "DIST":
            if _dist_au(c.m, c.m.group("num"), c.m.start("num")) * au > _HELIO_KM:
                return None
        elif not any(x[2] != p["id"] for x in before):
            return None
    return p


# "And far beyond them both, Iapetus", "Closer in than those, Venus": an order phrase fronted before its subject,
# its object a pronoun for the bodies named before (Quirk et al., A Comprehensive Grammar of the English Language,
# 1985, §18.23 fronting); the subject is the body after the comma
_FRONT_BEFORE = re.compile(r"(?i)(?:^|[.;!?:]\s+|\n)(?:(?:and|then|but|so|far|much|just|even|still|way|well)\s+)*$")
_FRONT_AFTER = re.compile(r"(?i)\s+(?:(?:than|from)\s+)?(?:them(?:\s+(?:both|all))?|it|that|those|these|this\s+one)\s*,")


def _fronted(c: _Claim, text: str) -> _Claim:
    """``c`` with CLOSER and FARTHER swapped when it is fronted with a pronoun object (see ``_FRONT_AFTER``):
    then the body before it is the object and the body after it the subject."""
    if c.tag in ("CLOSER", "FARTHER") and _FRONT_AFTER.match(text, c.end) and _FRONT_BEFORE.search(text[:c.start]):
        import dataclasses
        return dataclasses.replace(c, tag="FARTHER" if c.tag == "CLOSER" else "CLOSER")
    return c


def _between_moons(c: _Claim, allm: list[tuple[int, int, str]], byid: dict[str, dict]) -> bool:
    """Whether an order phrase stands between two moons ("Phobos orbits closer to Mars than Deimos")."""
    before = [x for x in allm if x[1] <= c.start]
    after = [x for x in allm if x[0] >= c.end]
    return bool(before and after) and byid[before[-1][2]]["kind"] == "moon" and byid[after[0][2]]["kind"] == "moon"


# a list of distances joined by slashes ("5.2 / 9.5 / 19.2 / 30.1 AU"): three numbers or more in a chain are a
# list, never a fraction (a fraction has one slash); read as a comma list, characters kept in place
_SLASH_LIST = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?){2,}(?![\w.]|\s*/)")


def _slash_commas(text: str) -> str:
    return _SLASH_LIST.sub(lambda m: m.group(0).replace("/", ","), text)


def _respan(v: Any, src: str) -> Any:
    """``v`` (a frozen scene value) with every span's text read again from ``src`` (same positions)."""
    if isinstance(v, Span):
        return Span(v.start, v.end, src[v.start:v.end])
    if isinstance(v, tuple):
        if v and all(isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], str) for x in v):
            keys = {x[0] for x in v}
            if {"start", "end", "text"} <= keys:
                d = dict(v)
                if isinstance(d["start"], int) and isinstance(d["end"], int):
                    d["text"] = src[d["start"]:d["end"]]
                    return tuple(sorted((k, _respan(x, src) if k != "text" else x) for k, x in d.items()))
        return tuple(_respan(x, src) for x in v)
    return v


# a comet's name right after the word in a text written all in lower case ("comet encke at two point two au"):
# capitalised as the proper name it is (a dictation or a phone writes no capitals), unless an English word
_LOWER_COMET = re.compile(r"\b(?:comet|comets)\s+(?:\d{1,4}p/)?([a-z][a-z]+)\b")


def _lower_case_names(text: str) -> str:
    """``text`` (all lower case) with each comet's name capitalised; same length, so every span stays."""
    from ..parse.concepts import concepts
    from ..parse.nlp import trained_words
    from ..parse.words import common_words
    known = trained_words()   # the words of the treebank nesy's language pipeline learnt from
    lexicon = concepts().words
    out = list(text)
    for m in _LOWER_COMET.finditer(text):
        w = m.group(1)
        if w not in common_words() and w not in known and not any(w in ws for ws in lexicon.values()):
            out[m.start(1)] = m.group(1)[0].upper()
    return "".join(out)


def _one_per_name(bodies: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The bodies with each named body once: a known body ("Halley's Comet", then "comet Halley") read at two
    mentions is one body, whose values are those of either mention; two different values of one quantity
    are refused by name (InputError), never drawn as two bodies of one name."""
    out: list[dict[str, Any]] = []
    byid: dict[str, dict[str, Any]] = {}
    for b in bodies:
        first = byid.get(b["id"])
        if first is None:
            out.append(b)
            byid[b["id"]] = b
            continue
        for k in ("a", "e", "T", "parent"):
            if b.get(k) is None:
                continue
            if first.get(k) is not None and first[k] != b[k]:
                sp = (b.get("spans") or {}).get(k) or b["span"]
                raise InputError(f"'{sp['text']}' at {sp['start']}-{sp['end']} gives {first['name']} a second "
                                 f"{k} ({b[k]} against {first[k]}); give it once")
            first[k] = b[k]
            if isinstance(b.get("spans"), dict) and k in b["spans"]:
                first.setdefault("spans", {})
                if isinstance(first["spans"], dict):
                    first["spans"][k] = b["spans"][k]
    return out


def parse_astronomy(text: str, *, allow_unknown: bool = False) -> SceneGraph:
    """Parse a planetary-system description (a slash list of distances read as a comma list, its spans
    still the text's own; the bodies it takes back, ``astronomy_retract``, not read); see ``_parse_astronomy``."""
    if isinstance(text, str) and text.strip() and not re.search(r"[A-Z]", text) and _LOWER_COMET.search(text):
        import dataclasses
        named = _lower_case_names(text)
        if named != text:
            return dataclasses.replace(parse_astronomy(named, allow_unknown=allow_unknown), text=text)
    if isinstance(text, str) and text.strip():
        from .astronomy_retract import VALUE_WHY, retract
        names = {str(k).lower(): str(v) for k, v in _grammar()["named_bodies"].items()}
        names.update({k.lower(): k for k in _moon_names()})
        kept, gone = retract(text, names)
        if gone:
            import dataclasses
            g = _parse_astronomy_slashes(kept, allow_unknown=allow_unknown)
            # a taken-back value is no measure left unread: it is listed under "retracted" with why only
            spans = tuple(Span(a, b, text[a:b]) for a, b, w in gone if not w.startswith(VALUE_WHY))
            return dataclasses.replace(g, text=text, ignored=tuple(sorted(set(g.ignored) | set(spans),
                                                                        key=lambda x: (x.start, x.end))),
                                       attributes=_freeze({**dict(g.attributes), "retracted": [
                                           {"span": {"start": a, "end": b, "text": text[a:b]}, "why": w} for a, b, w in gone]}))
    return _parse_astronomy_slashes(text, allow_unknown=allow_unknown)


def _parse_astronomy_slashes(text: str, *, allow_unknown: bool = False) -> SceneGraph:
    sub = _slash_commas(text) if isinstance(text, str) and "/" in text else text
    if sub == text:
        return _parse_astronomy(text, allow_unknown=allow_unknown)
    import dataclasses
    g = _parse_astronomy(sub, allow_unknown=allow_unknown)
    return dataclasses.replace(g, text=text, **{f.name: _respan(getattr(g, f.name), text)
                                                 for f in dataclasses.fields(g) if f.name != "text"
                                                 and f.name != "domain"})


def _parse_astronomy(text: str, *, allow_unknown: bool = False) -> SceneGraph:
    """Parse a planetary-system description into a ``SceneGraph`` (domain ``"astronomy"``).

    ``attributes["bodies"]`` lists the orbiting bodies in the order the text names them (id, kind,
    reference key, parent, given a in AU / e / T in years with spans); ``attributes["ratios"]`` the
    stated distance ratios; relations ``closer`` (source orbits inside target) and ``ratio``.
    Raises ``InputError`` for empty/oversized/binary text or a non-positive quantity,
    ``UnknownWordsError`` for words outside the grammar, ``UnsupportedError`` for several stars.
    """
    from ..parse.grammar import check_text
    check_text(text)
    claims, unknown, _ = _claims(text)
    # "all eight planets except Neptune": the group less the bodies named after its exceptive word, which are no
    # bodies to draw (astronomy_except)
    from .astronomy_except import group_exceptions, stray_exception
    excepted, except_spans = group_exceptions(claims, text)
    gone = {d.start for v in excepted.values() for d in v}
    claims = [c for c in claims if not (c.tag == "NAMED" and c.start in gone)]
    unknown = [u for u in unknown if not any(a <= u[1] and u[2] <= b for a, b in except_spans)]
    stray = stray_exception(claims, text, gone)
    if stray is not None:
        raise InputError(f"'{stray.text}' at {stray.start}-{stray.end} is left out of a group nesy does not read here; "
                         "name the bodies to draw, or say 'all the planets except ...'")
    from ..parse.quantities import unread_quantity
    unread_periods: list[tuple[int, int]] = []
    for _w, s0, e0 in unknown:       # a distance given in words nesy cannot read is refused, never drawn at 1 AU
        if (q := unread_quantity(text, s0, e0)) is not None and q.dimensionality in ("[length]", "[time]"):
            if q.dimensionality == "[length]" and _INSTRUMENT.match(text, q[1]):
                continue   # "8-inch Dobsonian", "a 10 cm refractor": a telescope's aperture, no orbit's size (not drawn)
            if q.dimensionality == "[length]" and _BODY_SIZE.search(text[_sentence_start(text, q[0]):q[0]]):
                continue   # "the mean radius of Earth … 6,370,000 m": the planet's size, not an orbit's (not drawn)
            if q.dimensionality == "[length]" and _INTERSTELLAR.search(text[q[0]:q[1]]):
                # "the nearest star is about 4.2 ly away": a distance between stars (1 ly = 63 241 AU, IAU), no
                # orbit of a planetary system's figure: listed as not drawn, never refused as unreadable
                continue
            if re.search(r"(?i)(?<!light[\s-])(?:days?|years?|yrs?|hours?)$", text[q[0]:q[1]]):
                # "circles its star in just over four days": a period changes no orbit whose distance is given;
                # held until the bodies are known (listed as not drawn then, refused otherwise)
                unread_periods.append((q[0], q[1]))
                continue
            raise InputError(f"'{text[q[0]:q[1]]}' at {q[0]}-{q[1]} is a quantity nesy cannot read; write its "
                             "number in digits or words ('0.25 AU', 'a quarter of an AU')")
    if unknown and not allow_unknown:
        raise UnknownWordsError(unknown, text)
    data = _data()
    g = _grammar()
    from .astronomy_sheet import check_conversion
    for c in claims:
        if c.tag == "SHEETCONV":
            f = float(re.search(r"/\s*(\d+(?:\.\d+)?)", c.text).group(1))
            check_conversion(text, (c.start, c.end, f), [d.m.group("unit") for d in claims if d.tag == "DIST"],
                             float(data["au_km"]))
    named = {str(k).lower(): v for k, v in g["named_bodies"].items()}
    bodies: list[dict[str, Any]] = []          # orbiting bodies: planets, comets, moons
    mentions: list[tuple[int, int, str]] = []  # (start, end, body id) in text order
    flags = {"hypothetical": None, "log": None, "to_scale": None, "not_to_scale": None,
             "circular": None, "elliptical": None}
    star: dict[str, Any] | None = None
    ordinal_refs: list[tuple[_Claim, int]] = []
    groups: dict[tuple[int, int], list[str]] = {}   # "three planets" → their ids, for "at 1, 2 and 3 AU"
    pending_moons: list[tuple[_Claim, int]] = []
    group_members: dict[tuple[int, int], int] = {}   # announced group → members already named after it
    order_claims: list[_Claim] = []
    moon_mentions: list[tuple[int, int, str]] = []   # generic moons: mentions in a planet-centred system only
    moonless: list[_Claim] = []                       # "Venus has no moons"
    moonless_of: dict[str, _Claim] = {}               # planet id → the phrase saying it has no moons
    no_star = None                                    # "no need for the Sun": the phrase leaving the star out
    told_out: list[tuple[int, int]] = []              # a second star's sentence that says not to draw it (read)
    ss_named: list[str] = []                          # the Sun's planets named by place (astronomy_ordinals)

    def new_body(kind: str, c: _Claim, ref: str | None = None, name: str | None = None) -> dict[str, Any]:
        n = sum(1 for b in bodies if b["kind"] == kind) + 1
        bid = ref.lower() if ref else f"{kind}{n}"
        same = next((b for b in bodies if ref and b["id"] == bid), None)
        if same is not None:    # "Halley's Comet … comet Halley": one body named twice, another mention of it
            mentions.append((c.start, c.end, bid))
            return same
        b = {"id": bid, "kind": kind, "ref": ref, "name": name or ref or f"{kind} {n}", "parent": None,
             "span": _sp(c.start, c.end, text), "a": None, "e": None, "T": None, "spans": {}}
        bodies.append(b)
        mentions.append((c.start, c.end, bid))
        return b

    def named_moon(key: str, c: _Claim) -> None:
        pkey = str(_named_moons()[key]["parent"])
        if not any(b["id"] == key.lower() for b in bodies):
            b = new_body("moon", c, name=key)
            b["id"], b["parent"], b["named_moon"] = key.lower(), pkey.lower(), True
            mentions[-1] = (c.start, c.end, b["id"])
        else:
            mentions.append((c.start, c.end, key.lower()))

    def last_planet_before(pos: int) -> dict[str, Any] | None:
        cand = [m for m in mentions if m[1] <= pos]
        for s, e, bid in reversed(cand):
            b = next(x for x in bodies if x["id"] == bid)
            if b["kind"] == "planet":
                return b
        return None

    def subject_planet(pos: int) -> dict[str, Any] | None:
        """The planet a pronoun before ``pos`` in its sentence stands for ("And it is the centre for two moons of its
        own"), by the subject chain: the subject of the sentence before, past the sentences that open with "It"
        themselves (Grosz, Joshi & Weinstein 1995, centering: a subject pronoun continues the previous subject).
        None when the sentence names a planet before ``pos``, holds no pronoun, or the chain opens with no planet."""
        ends = [m_.end() for m_ in re.finditer(r"[.;!?](?=\s|$)|\n", text)]   # (never a decimal point: "5.2 AU")

        def sentence_start(at: int) -> int:
            return max([e_ for e_ in ends if e_ <= at], default=0)
        start = sentence_start(pos)
        head = text[start:pos]
        if not re.search(r"(?i)\b(?:it|its|itself)\b", head) or any(start <= x[0] < pos for x in mentions):
            return None
        while start > 0:
            prev = sentence_start(start - 1)
            sent = text[prev:start]
            lead = re.match(r"\s*(?:(?:and|but|so|also|then)\s+)?(?:it|its)\b", sent, re.I)
            if lead is None:
                first = next((x for x in sorted(mentions) if prev <= x[0] < start), None)
                b = next((x for x in bodies if first is not None and x["id"] == first[2]), None)
                if b is not None and b["kind"] == "planet" and not text[prev:first[0]].strip(" \t\n\"'(*-"):
                    return b
                return None
            start = prev
        return None

    n_named = len({named[" ".join(re.split(r"[\s\-]+", c.text.lower()))] for c in claims if c.tag == "NAMED"})
    same_later, standards = _generic_mentions(claims, text)
    for c in standards:
        unknown.append((c.text, c.start, c.end))   # "compared with a planet": a yardstick, not a body to draw
    if standards and not allow_unknown:
        raise UnknownWordsError(unknown, text)
    for c in claims:
        m = c.m
        if c.start in same_later or any(c is d for d in standards):
            continue
        if c.tag == "HYPO":
            flags["hypothetical"] = _sp(c.start, c.end, text)
        elif c.tag in ("LOG", "NOTSCALE", "CIRC", "ELLIP"):
            flags[{"LOG": "log", "NOTSCALE": "not_to_scale", "CIRC": "circular", "ELLIP": "elliptical"}[c.tag]] = \
                _sp(c.start, c.end, text)
        elif c.tag == "TOSCALE":
            flags["to_scale"] = _sp(c.start, c.end, text)
        elif c.tag == "STARS":
            if _count(m, "stars") > 1:
                raise UnsupportedError(f"one star per figure: '{c.text}' at {c.start}-{c.end} names "
                                       f"{_count(m, 'stars')}; binary systems are not drawn yet")
            star = star or {"name": "star", "sun": False, "span": _sp(c.start, c.end, text)}
        elif c.tag == "NOSTAR":
            # "No need for the Sun", "without the Sun", "leave out the Sun": the star is not drawn
            no_star = no_star or _sp(c.start, c.end, text)
        elif c.tag == "STAR":
            is_sun = bool(re.search(r"sun\b", c.text, re.I)) and not re.search(r"star", c.text, re.I)
            rest_ = re.match(r"(?:[^.;!?]|\.(?=\d))*", text[c.end:]).group(0)   # to the sentence's end
            if star is not None and star["sun"] != is_sun and _UNDRAWN_AFTER.match(rest_):
                # "The nearest star is about 4.2 ly away but don't draw it": a second star the text itself leaves
                # out of the figure — listed as not drawn with its sentence, never a second star drawn
                told_out.append((c.start, c.end + len(rest_)))
                continue
            if star is not None and star["sun"] != is_sun and not re.match(r"(the|its)\b", c.text, re.I):
                raise UnsupportedError(f"one star per figure: '{star['span']['text']}' and '{c.text}' "
                                       f"(at {c.start}-{c.end}) are two")
            if star is None:
                star = {"name": "Sun" if is_sun else "star", "sun": is_sun, "span": _sp(c.start, c.end, text)}
        elif c.tag == "GROUP":
            grp = " ".join((m.group("grp") or m.group("grp2") or m.group("grp3")).lower().split())
            grp = "planets" if grp == "planet" else grp   # "all 8 planet": a learner's singular
            if m.group("grp3") and re.search(r"(?i)\b(?:stars?|exoplanets?|dwarf)\b", text):
                # "a red dwarf and all three of its planets": another star's, not the Solar System's
                raise UnsupportedError(f"'{c.text}' at {c.start}-{c.end}: say how many planets the star has, "
                                       "e.g. 'three planets' (all the planets are the Solar System's only around the Sun)")
            members = _group_members(grp, c)
            whole = len(members)
            if c.start in excepted:
                out_ = [named[" ".join(re.split(r"[\s\-]+", d.text.lower()))] for d in excepted[c.start]]
                stray_ = [d for d, k in zip(excepted[c.start], out_) if k not in members]
                if stray_:
                    raise InputError(f"'{stray_[0].text}' at {stray_[0].start}-{stray_[0].end} is not one of "
                                     f"'{c.text}' ({', '.join(members)}): it cannot be left out of them")
                members = [k for k in members if k not in out_]
            restricted = _restricted_all(c, claims, text, named) if c.start not in excepted else None
            if restricted is not None:
                # "Mercury, Venus, Earth and Mars …, all planets moving CCW": the quantifier ranges over the
                # planets just named, it adds none (it drew Jupiter to Neptune as well, requests-19 astronomy-01)
                for key in restricted:
                    ex = next((b for b in bodies if b["ref"] == key), None)
                    if ex is not None:
                        mentions.append((c.start, c.end, ex["id"]))
                continue
            if m.group("grp3") and c.start not in excepted:
                # "all eight planets Mercury Venus … Neptune" listing seven: the group and its list disagree
                stop = re.search(r"[.;!?]", text[c.end:])
                tail = text[c.end:c.end + stop.start()] if stop else text[c.end:]
                listed = {v for k, v in named.items() if re.search(rf"(?i)(?<![\w-]){re.escape(k)}(?![\w-])", tail)}
                if len(listed) >= 2 and listed != set(members):
                    raise InputError(f"'{c.text}' at {c.start}-{c.end} are {len(members)} ({', '.join(members)}), but "
                                     f"the text lists {len(listed)} after it: name them all, or give the count it lists")
            cg = "count" if m.group("count") else "count2" if m.group("count2") else \
                "count3" if m.group("count3") else None
            # (with some excepted, the count is the whole group's or what is left: "all eight … except Neptune",
            # "the seven planets other than Earth")
            if cg and read_count(m.group(cg), m.start(cg), what="planets", maximum=MAX_COUNT) not in (
                    {len(members), whole} if c.start in excepted else {len(members)}):
                raise InputError(f"'{c.text}' at {c.start}-{c.end}: the {grp} of the Solar System are "
                                 f"{len(members)} ({', '.join(members)}), not {m.group(cg)}")
            for key in members:
                ex = next((b for b in bodies if b["ref"] == key), None)
                if ex is None:
                    new_body("planet", c, key)
                else:
                    mentions.append((c.start, c.end, ex["id"]))
        elif c.tag == "NAMED" and re.match(r"(?i)-(?:family|like|type|class|crossing|sized?|mass|analog(?:ue)?|"
                                            r"grazing|twin)(?![A-Za-z])", text[c.end:]):
            continue   # "a Jupiter-family comet", "an Earth-like planet": a kind of body, not Jupiter or Earth
        elif c.tag == "NAMED":
            key = named[" ".join(re.split(r"[\s\-]+", c.text.lower()))]
            ex = next((b for b in bodies if b["ref"] == key), None)
            if ex is None:
                new_body("planet", c, key)
            else:
                mentions.append((c.start, c.end, ex["id"]))
        elif c.tag == "NAMEDMOON" and re.match(r"(?i)-(?:like|type|class|sized?|mass|analog(?:ue)?|twin)(?![A-Za-z])",
                                                text[c.end:]):
            continue   # "an Io-sized moon", "a Titan-like moon": a kind of moon, not Io or Titan
        elif c.tag == "NAMEDMOON":
            # "Io", "Titan": a named moon of another planet; its planet is the reference's ([JPL])
            key = next(k for k in _named_moons() if k.lower() == c.text.lower())
            named_moon(key, c)
        elif c.tag == "MOONGROUP":
            # "the Galilean moons": the group's named moons (grammars/astronomy/satellites.yaml)
            grp = _sat()["groups"][m.group("mgrp").lower()]
            members = [str(x) for x in grp["moons"]]
            picked = _group_picks(c, claims, text, members)
            if picked:
                # "just Io and Callisto, the innermost and outermost Galilean moons", "two Galilean moons, Io
                # and Europa": the group describes the moons named beside it, it adds none of the others
                for key in picked:
                    named_moon(key, c)
                continue
            if m.group("count") and _count(m, "moons") != len(members):
                raise InputError(f"'{c.text}' at {c.start}-{c.end}: the {m.group('mgrp')} moons of {grp['parent']} are "
                                 f"{len(members)} ({', '.join(members)}), not {m.group('count')}")
            for key in members:
                named_moon(key, c)
        elif c.tag == "ISS":
            key = next(k for k, v in _sat()["artificial"].items()
                       if c.text.lower() in {str(n).lower() for n in v["names"]})
            art = _sat()["artificial"][key]
            if not any(b["id"] == key.lower() for b in bodies):
                b = new_body("moon", c, name=key)
                b["id"], b["parent"], b["named_moon"], b["artificial"] = key.lower(), str(art["parent"]).lower(), True, True
                mentions[-1] = (c.start, c.end, b["id"])
            else:
                mentions.append((c.start, c.end, key.lower()))
        elif c.tag == "ORDER":
            order_claims.append(c)
        elif c.tag == "THEMOON" and re.fullmatch(r"(?i)the\s+moon", c.text) and any(
                d.tag == "MOONS" and d.end <= c.start and (d.m.group("count") or "").lower() not in ("no", "zero", "0", "none")
                for d in claims) and not any(b["ref"] == "Earth" for b in bodies) or (
                c.tag == "THEMOON" and re.fullmatch(r"(?i:the)\s+moon", c.text)
                and any(d.tag == "NAMEDMOON" and d.end <= c.start for d in claims)
                and not any(b["ref"] == "Earth" for b in bodies)):
            # "… Titan orbits Saturn …; the moon's orbit can be exaggerated": lower-case "the moon" after a named
            # moon, with no Earth in the text, is that moon
            # "The planet has a moon; the moon is small": the definite noun phrase is that moon, not Earth's Moon
            # (an anaphor, as "the comet" above); nothing new is drawn
            continue
        elif c.tag == "THEMOON" or c.tag == "MOONS" and c.text == "Moon":
            # "the Moon"; and "the Earth and Moon", "the Earth–Moon system": the capitalised name
            # mid-sentence is the Moon
            ex = next((b for b in bodies if b["ref"] == "Moon"), None)
            if ex is None:
                b = new_body("moon", c, "Moon")
                b["parent"] = "earth"
            else:
                mentions.append((c.start, c.end, ex["id"]))
        elif c.tag == "PLANETS":
            n = _count(m, "planets")
            if n > 10:
                raise UnsupportedError(f"at most 10 generic planets are drawn, got {n} ('{c.text}' at "
                                       f"{c.start}-{c.end})")
            if not m.group("count") and not m.group("pname") and re.search(r"planets|worlds", c.text, re.I):
                continue  # "the planets": a reference to the ones named, not new bodies
            ref_ = _reference_only(c, claims, text, named)
            if ref_ is not None:
                # "let each planet go around it", "Stop 40: The Sideways Planet.": a quantifier over the planets
                # the text names, or a heading's description of the one it names: no body of its own
                if ref_ == "":
                    unknown.append((c.text, c.start, c.end))   # a heading over several named planets: which one?
                    if not allow_unknown:
                        raise UnknownWordsError(unknown, text)
                continue
            if (not m.group("count") or n == 1 and re.search(r"(?i)\b(?:this|that)\s+$", text[:c.start])) \
                    and not m.group("pname") and re.search(r"\b(?:the|this|that|its|his|her)\s+$", text[:c.start], re.I):
                # "this one planet": the planet already named, as "this planet" is
                nxt = next((d for d in claims if d.start >= c.end), None)
                if nxt is not None and nxt.tag == "NAMED" and not text[c.end:nxt.start].strip(" ,:"):
                    continue  # "the planet Mars": the named planet
                prev = last_planet_before(c.start)
                # "An asteroid … and Earth … the asteroid's orbit": the last body introduced by the same noun, not the
                # last planet named (requests-22 astronomy-05: "the asteroid's outside Earth's" read as Earth's)
                noun = re.sub(r"s$", "", c.text.split()[-1].lower())
                same = [x for x in mentions if x[1] <= c.start and noun not in ("planet", "world") and re.search(
                    rf"(?i)\b{re.escape(noun)}\b", next(b_ for b_ in bodies if b_["id"] == x[2]).get("span", {}).get(
                        "text", "") or "")]
                if same:
                    prev = next(b_ for b_ in bodies if b_["id"] == same[-1][2])
                if prev is not None:
                    mentions.append((c.start, c.end, prev["id"]))  # "the planet": the one already named
                    continue
            claimed = _announced_member(c, text, groups, group_members)
            if n == 1 and claimed is not None:
                # "Two planets orbit a star: a planet at 1 AU and a planet at 5 AU": the members of the announced
                # count, not two more planets
                mentions.append((c.start, c.end, claimed))
                continue
            if n == 1 and _predicative(c, text) and last_planet_before(c.start) is not None:
                # "this planet is a gas giant": a predicate nominative says what the subject is, it adds no body
                mentions.append((c.start, c.end, last_planet_before(c.start)["id"]))
                continue
            if n > 1 and n == n_named:
                continue  # "the eight planets: Mercury, …": a summary of the ones named
            n_desig = len({d.m.group("pl") for d in claims if d.tag in ("EXOPLANET", "PLETTER")}) if any(
                d.tag in ("HOST", "EXOPLANET") for d in claims) else 0
            if n > 1 and n_desig:
                if n != n_desig:
                    raise InputError(f"'{c.text}' at {c.start}-{c.end} announces {n} planets but the text names "
                                     f"{n_desig} by letter; make them agree")
                continue  # "Kepler-62 has five known planets … b …, c …": the ones named by letter
            if n > 1 and n == len(ss_named) and re.search(r"(?i)\b(?:those|these|the|all|both)\s+$", text[:c.start]):
                continue  # "the third, fourth and fifth from the Sun … those three planets": the ones named by place
            if m.group("count") and re.search(r"(?i)\b(?:those|these)\s+$", text[:c.start]) and not any(
                    b["kind"] == "planet" for b in bodies):
                stop_ = re.search(r"[.;!?](?:\s|$)", text[c.end:])
                rest_ = text[c.end:c.end + stop_.start()] if stop_ else text[c.end:]
                if not re.search(r"\d", rest_) and not re.match(r"\s*:", rest_):
                    # "those three planets" with none before them: a reference to planets the text does not name
                    # (a question left out, say), never as many unnamed planets
                    a_ = re.search(r"(?i)(?:those|these)\s+$", text[:c.start]).start()
                    raise UnsupportedError(f"'{text[a_:c.end]}' at {a_}-{c.end} refers to planets the text does not "
                                           "name: name them")
            from .astronomy_members import definite_group, listed_members
            members = listed_members(c, claims, unknown, text) if m.group("count") or n == 1 else []
            if members:
                # "three asteroids round the Sun — 433 Eros (…), 3 Juno (…) and 2 Pallas (…)": the group is the
                # bodies its list names, never more (astronomy_members, rule 2)
                if len(members) != n:
                    raise InputError(f"'{c.text}' at {c.start}-{c.end} announces {n} but the list after it names "
                                     f"{len(members)} ({', '.join(x[0] for x in members)}); make them agree")
                for w_, s_, e_, known_ in members:
                    if known_:
                        continue   # a known body: drawn where its own name is read
                    bid_ = re.sub(r"[^a-z0-9]+", "_", w_.lower()).strip("_")
                    if not any(b["id"] == bid_ for b in bodies):
                        bodies.append({"id": bid_, "kind": "planet", "ref": None, "name": w_, "parent": None,
                                       "span": _sp(s_, e_, text), "a": None, "e": None, "T": None, "spans": {},
                                       "no_data": True})
                    for u_ in [u for u in unknown if re.sub(r"['’]s?$", "", u[0]).lower() == w_.lower()]:
                        unknown.remove(u_)
                        mentions.append((u_[1], u_[1] + len(w_), bid_))
                mentions.sort()
                continue
            if n > 1 and definite_group(c, text):
                # "Both planets round the Sun" after Jupiter and Saturn are named: those planets (rule 3)
                kind_ = r"(?i)-(?:family|like|type|class|sized?|mass|analog(?:ue)?|twin)(?![A-Za-z])"
                refs_ = {str(named[" ".join(re.split(r"[\s\-]+", d.text.lower()))]) for d in claims
                         if d.tag == "NAMED" and not re.match(kind_, text[d.end:])}
                refs_ |= {str(_named_moons()[k_]["parent"]) for d in claims if d.tag == "NAMEDMOON"
                          and not re.match(kind_, text[d.end:]) for k_ in _named_moons() if k_.lower() == d.text.lower()}
                if len(refs_) == n:
                    continue
                if refs_:
                    raise InputError(f"'{c.text}' at {c.start}-{c.end} refers back to {n} planets but the text names "
                                     f"{len(refs_)} ({', '.join(sorted(refs_))}); say which")
            listed = _listed_names(c, claims, text)
            if n > 1 and len(listed) == n:
                continue  # "two rocky planets, Venus and Earth, and two giants, …": the group is the planets it lists
            if n > 1 and listed:
                # "all eight planets Mercury … Neptune" with seven names: which is meant cannot be known
                raise InputError(f"'{c.text}' at {c.start}-{c.end} announces {n} planets but the list after it "
                                 f"names {len(listed)} ({', '.join(x.text for x in listed)}); make them agree")
            if m.group("pname"):
                nm = f"planet {m.group('pname').lower()}"
                ex = next((b for b in bodies if b["name"] == nm), None)
                if ex is not None:
                    mentions.append((c.start, c.end, ex["id"]))
                else:
                    new_body("planet", c, name=nm)
                continue
            ids = []
            for _ in range(n):
                if re.search(r"(?i)asteroid|minor\s+planet", c.text):
                    # "an asteroid": an unnamed body on a planet's kind of orbit, named as what the text calls it
                    k_ = sum(1 for b in bodies if str(b["id"]).startswith("asteroid")) + 1
                    b_ = new_body("planet", c, name=f"asteroid {k_}")
                    b_["id"] = f"asteroid{k_}"
                    mentions[-1] = (c.start, c.end, b_["id"])
                    ids.append(b_["id"])
                else:
                    ids.append(new_body("planet", c)["id"])
            if n > 1:
                groups[(c.start, c.end)] = ids
        elif c.tag == "NAMEDAST":
            # a named asteroid keeps its name; with no data for it, its orbit is what the text gives
            b_ = new_body("planet", c, name=m.group("aname"))
            b_["id"] = re.sub(r"[^a-z0-9]+", "_", m.group("aname").lower()).strip("_")
            mentions[-1] = (c.start, c.end, b_["id"])
        elif c.tag == "COMETS" and _definite_singular(c, text) and _last_of_kind(bodies, mentions, "comet", c.start):
            # "a comet … The comet goes around the Sun": the definite noun phrase is the comet already introduced;
            # with several comets before it, which one is meant is not guessed
            if sum(1 for b in bodies if b["kind"] == "comet") > 1:
                d0 = c.start - len(_DEFINITE.search(text[max(0, c.start - 40):c.start]).group(0))
                raise UnsupportedError(f"'{text[d0:c.end]}' at {d0}-{c.end} could be any of the "
                                       f"{sum(1 for b in bodies if b['kind'] == 'comet')} comets named before it; "
                                       "say which, e.g. 'the second comet', or give each its values where it is named")
            mentions.append((c.start, c.end, _last_of_kind(bodies, mentions, "comet", c.start)))
        elif c.tag == "COMETS":
            n = _count(m, "comets")
            if n > 3:
                raise UnsupportedError(f"at most 3 comets are drawn, got {n} ('{c.text}')")
            cname = (m.group("cname") or m.group("cpos") or "") if n == 1 else ""
            if cname:
                # a named comet keeps its name: the label, and the id (its designation "2P/" left off)
                b_ = new_body("comet", c, name=cname)
                b_["id"] = re.sub(r"[^a-z0-9]+", "_", cname.split("/")[-1].lower()).strip("_")
                mentions[-1] = (c.start, c.end, b_["id"])
                ids = [b_["id"]]
            else:
                ids = [new_body("comet", c)["id"] for _ in range(n)]
            if n > 1:
                groups[(c.start, c.end)] = ids   # "two comets, one at 2 AU and another at 4 AU"
        elif c.tag == "MOONS" and (m.group("count") or "").lower() in ("no", "zero", "0", "none"):
            # "Venus has no moon", "Mercury and Venus have zero moons": a planet without moons, drawn as such
            # (held below against any moon the text gives that planet)
            moonless.append(c)
        elif c.tag == "MOONS":
            n = _count(m, "moons")
            if n > 6:
                raise UnsupportedError(f"at most 6 moons per planet are drawn, got {n} ('{c.text}')")
            pending_moons.append((c, n))
        elif c.tag in ("HOST", "EXOPLANET", "PLETTER"):
            # "Kepler-62", "51 Pegasi b", "b 0.0553 AU": a host star and its planets by designation (astronomy_designations)
            from .astronomy_designations import slug
            host = m.groupdict().get("host") or (star or {}).get("host") or next(
                (d.m.group("host") for d in claims if d.tag in ("HOST", "EXOPLANET")), None)
            if host is None:        # a lone letter with no host star named: not a planet nesy can name
                unknown.append((c.text, c.start, c.end))
                if not allow_unknown:
                    raise UnknownWordsError(unknown, text)
                continue
            if star is None:
                star = {"name": host, "sun": False, "span": _sp(c.start, c.end, text), "host": host}
            elif star.get("sun"):
                raise UnsupportedError(f"one star per figure: '{star['span']['text']}' and '{host}' (at {c.start}-"
                                       f"{c.end}) are two")
            elif star.get("host") not in (None, host):
                raise UnsupportedError(f"one star per figure: '{star['host']}' and '{host}' (at {c.start}-{c.end}) "
                                       "are two")
            else:
                star.update(name=host, host=host)
            if c.tag == "HOST":
                continue
            nm = f"{host} {m.group('pl')}"
            ex = next((b for b in bodies if b["name"] == nm), None)
            if ex is not None:
                mentions.append((c.start, c.end, ex["id"]))
            else:
                b_ = new_body("planet", c, name=nm)
                b_["id"] = slug(nm)
                mentions[-1] = (c.start, c.end, b_["id"])
        elif c.tag == "SSORD":
            order = [str(x) for x in g["planet_groups"]["planets"]]
            keys, anchored, err = places(m, lambda s_, p_: read_count(s_, p_, what="planets", maximum=MAX_COUNT), order)
            if err:
                raise InputError(err)
            if keys is not None and (anchored or (solar_context(text) and not any(
                    b["kind"] == "planet" and b["ref"] is None for b in bodies))):
                for key in keys:     # the Sun's planets by place (astronomy_ordinals)
                    ex = next((b for b in bodies if b["ref"] == key), None)
                    if ex is None:
                        new_body("planet", c, key)
                    else:
                        mentions.append((c.start, c.end, ex["id"]))
                    ss_named.append(key)
            elif m.group("list"):   # "the second planet" of the unnamed planets listed before it
                for w_ in re.findall(r"(?i)[a-z0-9]+", m.group("list")):
                    if w_.lower() in g["ordinals"]:
                        ordinal_refs.append((c, int(g["ordinals"][w_.lower()])))
            else:
                raise InputError(f"'{c.text}' at {c.start}-{c.end}: which planets these are is clear only around the "
                                 "Sun; name them, or give their distances")
        elif c.tag == "ORD":
            ordinal_refs.append((c, int(g["ordinals"][m.group("ord").lower()])))
        elif c.tag == "ORD2":
            ordinal_refs.append((c, 1 if m.group("ord").lower() == "inner" else -1))
        # quantities and relations are resolved below, once every body is known
    from .astronomy_names import called_planets
    # "a planet called Cheops5", "a world named Webb 13": the planet drawn under the name the text gives it, and
    # every later mention of that name is the same planet (never a word left unread)
    called_planets(bodies, mentions, unknown, text)

    def ordinal_body(k: int) -> dict[str, Any] | None:
        gen = [b for b in bodies if b["kind"] == "planet" and b["ref"] is None] or \
              [b for b in bodies if b["kind"] == "planet"]
        if not gen:
            return None
        idx = k - 1 if k > 0 else len(gen) + k
        return gen[idx] if 0 <= idx < len(gen) else None

    for c, k in ordinal_refs:
        n_gen = sum(1 for b in bodies if b["kind"] == "planet" and b["ref"] is None)
        pair_ = [b for b in bodies if b["kind"] == "planet"]
        pair_ += [{"id": str(p_).lower(), "ref": str(p_), "name": str(p_)} for p_ in dict.fromkeys(
            _named_moons()[b["name"]]["parent"] for b in bodies if b.get("named_moon"))
            if not any(x["id"] == str(p_).lower() for x in pair_)]   # a named moon's planet, added below
        if c.tag == "ORD2" and n_gen == 0 and len(pair_) == 2 and all(
                b["ref"] in data["bodies"] for b in pair_):
            # "Both planets round the Sun, Jupiter in the lead (the inner one)": of two named planets with
            # reference orbits, "the inner one" is the one whose reference a is smaller [JPL-KE]
            # (astronomy_members, rule 3); said of the other one right before it, it is refused, never drawn
            # against the text
            from .astronomy_members import pair_by_place
            b = pair_by_place(c, k, pair_, mentions, data, text)
            mentions.append((c.start, c.end, b["id"]))
            continue
        if c.tag == "ORD2" and n_gen != 2:
            raise InputError(f"'{c.text}' at {c.start}-{c.end} is clear for two planets only, the text has {n_gen}: "
                             "say 'the first', 'the second' …")
        b = ordinal_body(k)
        if b is None:
            raise InputError(f"'{c.text}' at {c.start}-{c.end} refers to a planet the text does not name")
        mentions.append((c.start, c.end, b["id"]))
    if any(b["kind"] == "planet" and b["ref"] is None and re.fullmatch(r"planet\d+", str(b["id"])) for b in bodies):
        # an unnamed planet is never drawn where the text gave a place nesy did not read (astronomy_ordinals)
        lost = unread_ordinals(text, [(c.start, c.end) for c in claims if c.tag in ("ORD", "ORD2", "SSORD")])
        if lost:
            w_, s_, e_ = lost[0]
            raise UnsupportedError(f"'{w_}' at {s_}-{e_}: a planet's place that nesy could not read; unnamed planets "
                                   "are not drawn in its stead: name the planets, or say 'the third planet from the Sun'")
    # "two planets: one at 1 AU …, the other …": each pronoun is the next member of the list before it
    ones: dict[tuple[int, int], int] = {}
    for c in claims:
        if c.tag == "ONE":
            key = max((k for k in groups if k[1] <= c.start), default=None)
            if key is not None and ones.get(key, 0) < len(groups[key]):
                mentions.append((c.start, c.end, groups[key][ones.get(key, 0)]))
                ones[key] = ones.get(key, 0) + 1
            elif key is None and re.match(r"(?i)another|a\s+(?:second|third|fourth|fifth)", c.text):
                # "one planet at 0.5 AU and a second at 2.5 AU", "a comet at 3 AU and another at 5 AU": one more body
                # of the kind just named, never a second value for the first (no list was announced)
                prev = [x for x in sorted(mentions) if x[1] <= c.start]
                last = next((b for b in bodies if prev and b["id"] == prev[-1][2]), None)
                if last is not None and last["kind"] in ("planet", "comet") and last["ref"] is None \
                        and re.fullmatch(r"(?:planet|comet)\d+", str(last["id"])):
                    new_body(last["kind"], c)
    for c, n in pending_moons:
        nm_ = next((d for d in claims if d.tag == "NAMEDMOON" and d.start >= c.end and re.fullmatch(
            r"\s*,?\s*(?:(?:that\s+|which\s+)?(?:is\s+)?(?:named|called|known\s+as)|by\s+the\s+name\s+(?:of\s+)?)\s+",
            text[c.end:d.start], re.I)), None)
        if n == 1 and nm_ is not None and not re.search(r"(?i)(?:" + _alt(g["craft_words"]) + r")$", c.text):
            # "a moon named Ganymede", "one moon called Titan": the named moon itself, whichever planet is named
            # next to it (astronomy_members, rule 2: a counted group whose member is named is that member; it
            # drew one more moon round the next planet named, requests-17 astronomy-10)
            # (said to be another planet's — "Mars has a moon named Titan" — it is refused, never drawn either way)
            own_ = str(_named_moons()[next(k for k in _named_moons() if k.lower() == nm_.text.lower())]["parent"])
            p_ = last_planet_before(c.start)
            if p_ is not None and p_["ref"] != own_ and any(
                    x[2] == p_["id"] and re.fullmatch(r"(?i)(?:['’]s|\s+(?:has|had|have|with|and\s+its))\s+",
                                                      text[x[1]:c.start]) for x in mentions):
                raise InputError(f"'{text[c.start:nm_.end]}' at {c.start}-{nm_.end} is said to be {p_['name']}'s, but "
                                 f"{nm_.text} orbits {own_} (JPL satellite data); say which is meant")
            mentions.append((c.start, c.end, nm_.text.lower()))
            continue
        craft0 = re.search(r"(?i)(?:" + _alt(g["craft_words"]) + r")$", c.text)
        if craft0 and not re.fullmatch(r"(?i)satellites?", craft0.group(0)):
            clause = re.match(r"[^.;:!?,()]*", text[c.end:]).group(0)
            if _IN_TRANSIT.search(clause) and not _IN_ORBIT.search(clause):
                # "NASA's spacecraft of the same name is travelling to [Psyche]": a craft on its way is in no orbit
                # of a body drawn; listed as not drawn, never a satellite with no orbit (it drew one)
                unknown.append((c.text, c.start, c.end))
                continue
        p = subject_planet(c.start) or last_planet_before(c.start)
        if p is None:
            nxt = [x for x in mentions if x[0] >= c.end]
            p = next((b for s, e, bid in sorted(nxt) for b in bodies if b["id"] == bid and b["kind"] == "planet"),
                     None)
        if p is None and any(d.tag == "GEO" for d in claims):
            # "a geostationary satellite": geostationary names Earth's stationary orbit, so the planet is Earth
            p = next((b for b in bodies if b["ref"] == "Earth"), None) or \
                {"id": "earth", "kind": "planet", "ref": "Earth", "name": "Earth", "parent": None,
                 "span": next(_sp(d.start, d.end, text) for d in claims if d.tag == "GEO"), "a": None, "e": None,
                 "T": None, "spans": {}}
            if p not in bodies:
                bodies.append(p)
        if p is None:
            raise InputError(f"'{c.text}' at {c.start}-{c.end}: a moon needs a planet to orbit; name one")
        plural = bool(re.search(r"moons|satellites", c.text, re.I))
        possessive = bool(re.match(r"(?:its|their|his|her)\b", c.text, re.I)
                          or re.search(r"(?:(?:'s|’s|s'|s’)|\b(?:its|their|his|her|the))\s*$", text[:c.start], re.I))
        # "a satellite", "a spacecraft", "the space station": an artificial satellite, named as the text calls it
        craft = re.search(r"(?i)(?:" + _alt(g["craft_words"]) + r")$", c.text)
        sat_word = craft is not None
        noun = (craft.group(0).lower()[:-1] if re.search(r"(?i)(?:satellites|stations|probes)$", craft.group(0))
                else craft.group(0).lower()) if craft else "satellite"
        if sat_word and n == 1 and _definite_singular(c, text):
            # "A spacecraft … The craft has a mass of 500 kg": a definite artificial satellite refers back to the
            # last one introduced (Halliday & Hasan, Cohesion in English, 1976, ch. 2), never one more
            prev_ = [x for x in sorted(moon_mentions) if x[1] <= c.start and any(
                b_["id"] == x[2] and (b_.get("asks") or (0, 0, False))[2] for b_ in bodies)]
            if len({x[2] for x in prev_}) == 1:   # which of several is meant is not guessed
                moon_mentions.append((c.start, c.end, prev_[-1][2]))
                continue
        from .astronomy_members import appositive_names
        # "one known moon, Dysnomia": the moon the text names, though nesy has no data for it (astronomy_members,
        # rule 4); drawn under that name, with the text's values only
        names_ = [] if sat_word else appositive_names(c, n, unknown, text)
        for k in range(n):
            b = new_body("moon", c)
            if names_:
                w_ = names_[k][0]
                b["id"], b["name"], b["parent"], b["no_data"] = re.sub(r"[^a-z0-9]+", "_", w_.lower()).strip("_"), \
                    w_, p["id"], True
                b["span"] = _sp(names_[k][1], names_[k][2], text)
                mentions[-1] = (c.start, c.end, b["id"])
                for u_ in [u for u in unknown if re.sub(r"['’]s?$", "", u[0]) == w_]:
                    unknown.remove(u_)
                    mentions.append((u_[1], u_[1] + len(w_), b["id"]))
                mentions.sort()
                continue
            if sat_word:   # "a satellite", "two satellites", "a spacecraft": named as the text calls them
                slug_ = re.sub(r"[^a-z0-9]+", "_", noun).strip("_")
                b["id"] = slug_ if n == 1 else f"{slug_}{k + 1}"
                b["name"] = noun if n == 1 else f"{noun} {k + 1}"
                if any(x["id"] == b["id"] for x in bodies[:-1]):
                    b["id"], b["name"] = f"{slug_}{len(bodies)}", f"{noun} {len(bodies)}"
                mentions[-1] = (c.start, c.end, b["id"])
            b["parent"] = p["id"]
            b["counted"] = bool(c.m.group("count"))
            # "its moons" (every known one), "its four major moons" (the planet's major moons): see
            # astronomy_centred.resolve_unlisted
            b["asks"] = (None if plural and not c.m.group("count") else n,
                         # "the space station", "its spacecraft": only "satellite" may name a natural moon
                         (possessive or bool(re.search(r"\b(?:major|largest|large|big|main|principal)\b", c.text, re.I)))
                         and noun == "satellite",
                         sat_word)
            moon_mentions.append(mentions.pop())  # generic moons are subjects only in a planet-centred system
    for c in moonless:
        # the planets the absence is said of: those named in its clause before it ("Mercury and Venus have no
        # moons"), else the last one named
        a = max([x.end() for x in re.finditer(r"[.;!?,](?:\s|$)", text[:c.start])] or [0])
        subj = [bid for s_, e_, bid in mentions if a <= s_ and e_ <= c.start
                and any(b["id"] == bid and b["kind"] == "planet" for b in bodies)]
        p = subj or ([last_planet_before(c.start)["id"]] if last_planet_before(c.start) else [])
        if not p:
            raise InputError(f"'{c.text}' at {c.start}-{c.end}: say which planet has no moons")
        for pid in p:
            moonless_of.setdefault(pid, c)
    for mo in [b for b in bodies if b.get("named_moon")]:
        # the named moon's planet, when the text does not name it ("Titan orbits Saturn" names it)
        if not any(b["id"] == mo["parent"] for b in bodies):
            pkey = str(_named_moons()[mo["name"]]["parent"])
            bodies.insert(bodies.index(mo), {"id": pkey.lower(), "kind": "planet", "ref": pkey, "name": pkey,
                                             "parent": None, "span": mo["span"], "a": None, "e": None, "T": None,
                                             "spans": {}})
    for pid in {b["parent"] for b in bodies if b.get("named_moon")}:
        # "Jupiter and its four Galilean moons Io, Europa, Ganymede and Callisto": the count and the names are
        # the same moons
        named_here = [b for b in bodies if b.get("named_moon") and b["parent"] == pid]
        generic = [b for b in bodies if b["kind"] == "moon" and not b.get("named_moon") and b["parent"] == pid
                   and b["ref"] is None]
        # one unnamed moon is a named one only when the name stands beside it ("his moon Titan", "a moon called
        # Io"); "a satellite ... and the ISS" are two
        named_at = [(x[0], x[1]) for x in mentions if x[2] in {b["id"] for b in named_here}]
        generic = [b for b in generic if (b.get("asks") or (2,))[0] != 1 or any(
            (s0 >= b["span"]["end"] and re.fullmatch(r"[\s,:;(\-–—]*(?:(?:named|called)\s+)?",
                                                     text[b["span"]["end"]:s0]))
            or e0 <= b["span"]["start"] and re.fullmatch(r"[\s,:;)\-–—]*(?:(?:is|was)\s+)?(?:(?:a|an|the|its|his|her|their)\s+|\w+(?:'s|’s|')\s+)?",
                            text[e0:b["span"]["start"]]) for s0, e0 in named_at)]
        # each phrase counts the named moons on its own: "three of its moons … Mimas, Titan, Iapetus … the three
        # moons" are the same three moons twice, not six
        by_phrase: dict[int, list[dict[str, Any]]] = {}
        for b in generic:
            by_phrase.setdefault(b["span"]["start"], []).append(b)
        for grp in by_phrase.values():
            if any(b.get("counted") for b in grp) and len(grp) != len(named_here):
                sp = grp[0]["span"]
                raise InputError(f"'{sp['text']}' at {sp['start']}-{sp['end']} counts {len(grp)} moons but the text "
                                 f"names {len(named_here)} ({', '.join(b['name'] for b in named_here)}); make them agree")
        for b in generic:
            bodies.remove(b)
    for pid in {b["parent"] for b in bodies if b["kind"] == "moon" and b.get("asks")}:
        # moons asked for without names: the planet's known moons when the phrase means them, else unnamed
        from .astronomy_centred import resolve_unlisted
        generic = [b for b in bodies if b["kind"] == "moon" and b["parent"] == pid and b.get("asks")]
        count, major, sat_word = generic[0]["asks"]
        keys = resolve_unlisted(next(b for b in bodies if b["id"] == pid), generic[0]["span"], count, major,
                                artificial_too=sat_word)
        if keys:
            c0 = next(c for c in claims if c.start == generic[0]["span"]["start"])
            for b in generic:
                bodies.remove(b)
            moon_mentions[:] = [x for x in moon_mentions if x[2] not in {b["id"] for b in generic}]
            for key in keys:
                if key == "Moon":
                    if not any(b["ref"] == "Moon" for b in bodies):
                        b = new_body("moon", c0, "Moon")
                        b["parent"] = pid
                else:
                    named_moon(key, c0)
    if any(b["ref"] == "Moon" for b in bodies) and not any(b["ref"] == "Earth" for b in bodies):
        mo = next(b for b in bodies if b["ref"] == "Moon")
        e = {"id": "earth", "kind": "planet", "ref": "Earth", "name": "Earth", "parent": None,
             "span": mo["span"], "a": None, "e": None, "T": None, "spans": {}}
        bodies.insert(bodies.index(mo), e)
    mentions.sort()
    st = _style()
    n_orbits = sum(1 for b in bodies if b["kind"] in ("planet", "comet"))
    n_generic = sum(1 for b in bodies if b["kind"] == "planet" and not b["ref"])
    if n_orbits > int(st["max_orbits"]) or n_generic > int(st["max_generic"]):
        raise UnsupportedError(f"the text asks for {n_orbits} orbits ({n_generic} unnamed planets); nesy draws at "
                               f"most {st['max_orbits']} orbits and {st['max_generic']} unnamed "
                               "planets in one figure")
    byid = {b["id"]: b for b in bodies}
    moon_mentions[:] = [x for x in moon_mentions if x[2] in byid]
    au = float(data["au_km"])
    for b in bodies:
        c = moonless_of.get(b["parent"] or "")
        if b["kind"] == "moon" and c is not None:
            raise UnsatisfiableError(
                [_sp(c.start, c.end, text), b["span"]],
                [{"law": "a planet said to have no moons has none", "source": "definition"}],
                fix=[_sp(c.start, c.end, text)], detail=f"'{b['span']['text']}' orbits the planet said to have none")
    centred = _centre(text, claims, bodies, star, mentions, moon_mentions, au)
    if centred is not None:
        # a planet-centred system: the moons are the subjects of distances and orders
        mentions[:] = sorted(mentions + moon_mentions)
        for key in {(x[0], x[1]) for x in moon_mentions}:
            ids = [x[2] for x in moon_mentions if (x[0], x[1]) == key]
            if len(ids) > 1:
                groups[key] = ids
    qk = ("moon",) if centred is not None else ("planet", "comet")

    group_used: dict[tuple[tuple[int, int], str], int] = {}
    reported: list[tuple[dict[str, Any], dict[str, Any], _Claim]] = []   # orders a wrong figure is said to show
    reported_spans: list[dict[str, Any]] = []

    def unknown_body(nm: tuple[str, int, int]) -> dict[str, Any]:
        """The body a name nesy has no data for names (every unread mention of it is that body)."""
        w, a, b_ = nm
        w = re.sub(r"['’]s?$", "", w)      # "Quaoar's semi-major axis": the name without its possessive
        b_ = a + len(w)
        bid = re.sub(r"[^a-z0-9]+", "_", w.lower()).strip("_")
        if bid not in byid:
            name = w.capitalize() if w.isupper() else w
            byid[bid] = {"id": bid, "kind": "planet", "ref": None, "name": name, "parent": None,
                         "span": _sp(a, b_, text), "a": None, "e": None, "T": None, "spans": {}, "no_data": True}
            bodies.append(byid[bid])
        for u in [u for u in unknown if re.sub(r"['’]s?$", "", u[0]).lower() == w.lower()]:
            unknown.remove(u)
            mentions.append((u[1], u[2], bid))
        mentions.sort()
        return byid[bid]

    def subject(pos: int, kinds=("planet", "comet", "moon"), tag: str = "") -> dict[str, Any] | None:
        before = [x for x in mentions if x[1] <= pos and byid[x[2]]["kind"] in kinds]
        from .astronomy_names import unknown_name_between
        nm = unknown_name_between(unknown, before[-1][1] if before else 0, pos, text)
        if nm is not None and before and not text[before[-1][1]:nm[1]].strip() and not byid[before[-1][2]].get("ref"):
            nm = None       # "the comet Encke at 2.2 AU": the name of the body just named (kept as not drawn)
        if nm is None:
            from .astronomy_names import clause_subject_name
            nm = clause_subject_name(unknown, before[-1][1] if before else 0, pos, text)
        if nm is not None:
            # "Mars (1.52 AU) and Sedna (506 AU)", "Bennu's semi-major axis is 1.126 AU": the value follows a name
            # nesy has no data for, never the body named before that name (it gave Mars two distances); the body
            # is drawn under that name with the text's own values only, as a named asteroid is
            return unknown_body(nm)
        after = [x for x in mentions if x[0] >= pos and byid[x[2]]["kind"] in kinds]
        if tag and before and after and re.search(r"[.;!?](?:\s|$)|\n", text[before[-1][1]:pos]) \
                and not re.search(r"[.;!?](?:\s|$)|\n", text[pos:after[0][0]]):
            # "1.52 AU - Mars; 1.00 AU - Earth": a value (a quantity's ``tag``) whose own sentence or list item names
            # a body after it is that body's, never the one named in the item before (that gave Mars two distances);
            # an order phrase is left to its own reading ("Far beyond them both, Jupiter.")
            return byid[after[0][2]]
        if before:
            key = (before[-1][0], before[-1][1])
            if tag and key in groups:  # a list of quantities after "three planets": one each, in order
                k = group_used.get((key, tag), 0)
                group_used[(key, tag)] = k + 1
                return byid[groups[key][min(k, len(groups[key]) - 1)]]
            return byid[before[-1][2]]
        return byid[after[0][2]] if after else None

    orbit_verb = (r"(?:orbits|orbiting|circles|circling|(?:revolves|revolving|goes|going|travels|travelling|traveling|"
                  r"moves|moving)\s+(?:a)?round)")

    def orbit_subject(pos: int) -> dict[str, Any] | None:
        """In "X orbits Y at D" the distance D is X's (the subject's), not Y's, the body named last before it:
        "Titan orbits Saturn at about 1.22 million km". The clause starts after the last sentence mark, ';' or
        'and' before D, so "Saturn orbits the Sun at 9.5 AU and Titan orbits Saturn at …" has two subjects."""
        starts = [x.end() for x in re.finditer(r"[.;!?](?:\s|$)|\band\b|,", text[:pos])]
        a = max(starts or [0])
        everyone = sorted(mentions + moon_mentions)
        for s0, e0, bid in everyone:
            if a <= s0 and e0 <= pos:
                mv = re.match(r"\s+" + orbit_verb + r"\s", text[e0:pos], re.I)
                if mv and any(e0 + mv.end() <= s1 and e1 <= pos for s1, e1, _ in everyone):
                    return byid.get(bid)
                break
        return None

    def moon_before(pos: int) -> dict[str, Any] | None:
        """A moon named right before a distance or period in a star-centred figure: "has a moon at 500,000
        km", "the Moon (384,400 km)", "Phobos, 9,376 km from Mars" (only filler words between)."""
        if centred is not None:
            return None
        before = [x for x in sorted(mentions + moon_mentions) if x[1] <= pos]
        if not before or byid.get(before[-1][2], {}).get("kind") != "moon":
            return None
        gap = text[before[-1][1]:pos]
        ok = re.fullmatch(r"[\s,:(\u2013\u2014-]*(?:(?:is|lies|sits|orbits|orbiting|which|that|at|about|around|"
                          r"approximately|roughly|some|a|distance|of|mean|average|semi-major|axis|its|with|an?|"
                          r"orbital|radius)\s*[,:]?\s*)*", gap, re.I)
        return byid[before[-1][2]] if ok else None

    def obj(pos: int) -> dict[str, Any] | None:
        after = [x for x in mentions if x[0] >= pos and byid[x[2]]["kind"] in ("planet", "comet")]
        return byid[after[0][2]] if after else None

    relations: list[Relation] = []
    ratios: list[dict[str, Any]] = []
    for c in claims:
        m = c.m
        if c.tag == "DIST" and _BODY_SIZE.search(text[_sentence_start(text, m.start("num")):m.start("num")]):
            # "Earth's mean radius is 6,371 km": a body's size, its measure listed as not drawn
            unknown.append((text[m.start("num"):c.end], m.start("num"), c.end))
            continue
        if c.tag in ("DIST", "ECC", "PERIOD"):
            # "at 0.5, 1 and 2 AU": the unit distributes over the list, one value per body in order
            nums = _lead_numbers(text, m.start("lead"), m.end("lead")) if c.tag == "DIST" and m.group("lead") else []
            # "58, 108 and 150 million km": the scale word, like the unit, is every listed number's (Mercury was
            # drawn 58 km from the Sun and the spacing called impossible)
            scale = re.search(r"(?i)\s+(thousand|million|billion)\s*$", m.group("num"))
            if scale:
                nums = [(t_ if re.search(r"(?i)thousand|million|billion", t_) else f"{t_} {scale.group(1)}", a_)
                        for t_, a_ in nums]
            nums.append((m.group("num"), m.start("num")))
            listed: list[str] = []
            if len(nums) > 1:
                before = [x for x in mentions if x[1] <= c.start and byid[x[2]]["kind"] in qk]
                key = (before[-1][0], before[-1][1]) if before else None
                if key not in groups:  # "Mercury, Venus and Earth at 0.4, 0.7 and 1 AU": the last bodies named
                    for x in reversed(before):
                        if x[2] not in listed:
                            listed.insert(0, x[2])
                        if len(listed) == len(nums):
                            break
                    if len(listed) != len(nums):
                        raise InputError(f"'{c.text}' at {c.start}-{c.end} gives {len(nums)} values but "
                                         f"{len(listed)} bodies are named before it")
            for k, (ntext, nstart) in enumerate(nums):
                b = byid[listed[k]] if listed else None
                if b is None and len(nums) == 1 and c.tag in ("DIST", "PERIOD"):
                    b = orbit_subject(c.start)
                    if b is None and (c.tag == "PERIOD" or not re.match(r"(?i)au|a\.u|astro", c.m.group("unit"))):
                        # a length in km or miles (or a period) right after a moon is the moon's; "Earth and its
                        # Moon at 1 AU" places the pair, not the Moon 1 AU from Earth
                        b = moon_before(c.start)
                if b is None and len(nums) == 1 and c.tag == "DIST" and centred is None:
                    # "… Dysnomia, circling Eris roughly 37,300 km away": a distance from the body just circled is
                    # the a of what circles it, never that body's own (astronomy_members, rule 5)
                    from .astronomy_members import orbited_from
                    of_ = orbited_from(c.start, mentions, byid, text)
                    if of_ is not None:
                        if of_[1] is None:
                            raise InputError(f"'{c.text}' at {c.start}-{c.end} is a distance from {of_[0]['name']}: "
                                             f"say which moon of {of_[0]['name']} it is of")
                        b = of_[1]
                if b is None and not listed:
                    b = subject(c.start, *([qk] if centred is not None else []), tag=c.tag)
                if b is None:
                    raise InputError(f"'{c.text}' at {c.start}-{c.end} belongs to no body; name the planet first")
                if b["kind"] == "moon" and centred is not None:
                    from .astronomy_centred_parse import moon_quantity
                    moon_quantity(c, ntext, nstart, b, centred, text)
                    continue
                if b["kind"] == "moon" and c.tag == "DIST" and (b.get("ref") or b.get("named_moon")):
                    # a named moon's stated distance about its planet in a star-centred figure is checked against
                    # its reference distance, then kept (below)
                    from .astronomy_centred import moon_table
                    ref = moon_table().get(str(b["ref"])) or moon_table().get(str(b["name"]))
                    v_km = _dist_au(m, ntext, nstart) * au
                    if ref is not None and abs(v_km - ref["a_km"]) > 0.05 * ref["a_km"]:
                        raise UnsatisfiableError(
                            [_sp(c.start, c.end, text)],
                            [{"law": "a named moon has its tabulated semi-major axis (within 5 %)",
                              "source": "JPL Solar System Dynamics, Planetary Satellite Mean Elements "
                                        "(ssd.jpl.nasa.gov/sats/elem/)"}],
                            fix=[_sp(c.start, c.end, text)],
                            detail=f"{b['name']}: a = {ref['a_km']:,.0f} km, stated {v_km:,.0f} km")
                if b["kind"] == "moon" and c.tag in ("DIST", "PERIOD"):
                    # a moon's distance (or period, by Kepler III with its planet's GM) in a star-centred figure:
                    # kept as its a about the planet, written in orbits.json and beside its name; its ring is
                    # drawn on no scale of the planets' (the caption says so)
                    from .astronomy_centred_parse import moon_quantity
                    moon_quantity(c, ntext, nstart, b, byid.get(b["parent"] or "") or {}, text)
                    continue
                if b["kind"] == "moon":
                    raise UnsupportedError(f"moons are drawn schematically around their planet; '{c.text}' at "
                                           f"{c.start}-{c.end} cannot be drawn to scale")
                if c.tag == "DIST":
                    # any length the shared unit reader knows ("km", "kilometers", "miles"), in AU
                    v = _dist_au(m, ntext, nstart)
                    if v <= 0:
                        raise InputError(f"a distance must be positive, got '{c.text}' at {c.start}-{c.end}")
                    key = "a"
                elif c.tag == "ECC":
                    v = _quantity_at(ntext, nstart, "eccentricity", "", min_abs=1e-9)
                    if v < 0:
                        raise InputError(f"an eccentricity is at least 0, got '{c.text}' at {c.start}-{c.end}")
                    key = "e"
                else:
                    v = _quantity_at(ntext, nstart, "period", m.group("unit"), min_abs=1e-9)
                    if v <= 0:
                        raise InputError(f"a period must be positive, got '{c.text}' at {c.start}-{c.end}")
                    v = _period_days(v, m.group("unit")) / float(data["year_days"])
                    key = "T"
                if b[key] is not None and abs(b[key] - v) > 1e-12:
                    raise UnsatisfiableError([b["spans"][key], _sp(c.start, c.end, text)],
                                             [{"law": "one value per quantity", "source": "definition"}],
                                             fix=[_sp(c.start, c.end, text)],
                                             detail=f"{b['name']}'s {key} is given twice")
                b[key] = v
                b["spans"][key] = _sp(c.start, c.end, text)
        elif c.tag == "CIRC":
            # "the inner one on a circular orbit": said of an unnamed planet in its own clause, its e = 0 is stated
            # (and checked); a named planet keeps its fact-sheet orbit
            near = [x for x in mentions if x[1] <= c.start and byid[x[2]]["kind"] == "planet"
                    and not re.search(r"[.;!?]", text[x[1]:c.start])]
            key = (near[-1][0], near[-1][1]) if near else None
            if near and key in groups and not re.match(r"\s+orbits|\s+paths", text[c.end:], re.I):
                near = []   # "two planets … a circular orbit": which one is not said
            if near and re.fullmatch(r"circular|circles?", c.text, re.I):
                for bid in groups.get(key, [near[-1][2]]):
                    if byid[bid]["ref"] is None and byid[bid]["e"] is None:
                        byid[bid]["e"] = 0.0
                        byid[bid]["spans"]["e"] = _sp(c.start, c.end, text)
        elif c.tag in ("APSIS", "APSES"):
            b = subject(c.start, ("planet", "comet", "moon"))
            if centred is not None or (b is not None and b["kind"] == "moon"):
                raise UnsupportedError(f"'{c.text}' at {c.start}-{c.end}: an eccentric orbit about a planet (perigee "
                                       "and apogee) is not drawn; moons and satellites are drawn on circular orbits "
                                       "at their distance")
            if b is None:
                raise InputError(f"'{c.text}' at {c.start}-{c.end} belongs to no body; name the planet or comet first")
            vals = [("Q", m.group("num"), m.start("num"), None)]
            if c.tag == "APSES":
                vals.insert(0, ("q", m.group("num2"), m.start("num2"), m.group("unit2") or m.group("unit")))
                if m.groupdict().get("rev") is not None:   # "farthest … 9 AU, closest … 1 AU": Q said first
                    vals = [("Q", *vals[0][1:]), ("q", *vals[1][1:])]
            else:
                vals[0] = (apsis_kind(m.group("which")), *vals[0][1:])
            for key, ntext, nstart, unit in vals:
                v = _dist_au(m, ntext, nstart, unit)
                if v <= 0:
                    raise InputError(f"a distance must be positive, got '{c.text}' at {c.start}-{c.end}")
                if b.get(key) is not None and abs(b[key] - v) > 1e-12:
                    raise UnsatisfiableError([b["spans"][key], _sp(c.start, c.end, text)],
                                             [{"law": "one value per quantity", "source": "definition"}],
                                             fix=[_sp(c.start, c.end, text)],
                                             detail=f"{b['name']}'s {'nearest' if key == 'q' else 'farthest'} "
                                                    "distance is given twice")
                b[key] = v
                b["spans"][key] = _sp(c.start, c.end, text)
        elif c.tag in ("ALT", "GEO"):
            from .astronomy_centred_parse import moon_height
            moon_height(c, centred, sorted(mentions + moon_mentions), byid, text)
        elif c.tag in ("PAIR", "PAIRV"):
            from .astronomy_centred_parse import pair_order
            relations += pair_order(c, centred, sorted(mentions + moon_mentions), byid, text)
        elif c.tag in ("CLOSER", "FARTHER", "RATIO", "RATIO2") and _between_moons(c, sorted(mentions + moon_mentions),
                                                                               byid):
            c = _fronted(c, text)
            # "Phobos orbits closer to Mars than Deimos does": an order of two moons of one planet
            from .astronomy_centred_parse import moon_relation
            relations += moon_relation(c, centred, sorted(mentions + moon_mentions), byid, text)
        elif c.tag in ("CLOSER", "FARTHER", "RATIO", "RATIO2"):
            c = _fronted(c, text)
            from .astronomy_reported import correction_of_report, reported_sentence
            if c.tag in ("CLOSER", "FARTHER") and reported and correction_of_report(text, c.start) and (
                    obj(c.end) is None or not re.search(r"[^.!?\n]*?\b(?:than|from|of|inside|outside|beyond)\b",
                                                        text[c.end:c.end + 20])):
                # "It should be just outside": the pair the report ordered, in the corrected order
                src, tgt, _c0 = reported[-1]
                span = Span(c.start, c.end, c.text)
                relations.append(Relation("closer", src["id"], tgt["id"], span) if c.tag == "CLOSER"
                                 else Relation("closer", tgt["id"], src["id"], span))
                continue
            src = subject(c.start, ("planet", "comet"))
            tgt = obj(c.end)
            if c.tag in ("CLOSER", "FARTHER") and src is not None and tgt is not None and src is not tgt \
                    and reported_sentence(text, c.start):
                # "The diagram in this article puts Bennu inside Earth's orbit" (called wrong): not the user's claim
                reported.append((src, tgt, c))
                reported_spans.append(_sp(c.start, c.end, text))
                continue
            listed = _headed_list(c, tgt, mentions, byid, text) if c.tag in ("CLOSER", "FARTHER") else []
            if listed:
                # "DWARF PLANETS BEYOND NEPTUNE: HAUMEA (43.1 AU), MAKEMAKE (45.8 AU)": said of each body listed
                for bid in listed:
                    span = Span(c.start, c.end, c.text)
                    relations.append(Relation("closer", bid, tgt["id"], span) if c.tag == "CLOSER"
                                     else Relation("closer", tgt["id"], bid, span))
                continue
            if src is None or tgt is None or src is tgt:
                raise InputError(f"'{c.text}' at {c.start}-{c.end} needs a body on each side "
                                 "(e.g. 'Mars orbits farther from the Sun than Earth')")
            # the phrase reported in a conflict runs from the subject's mention to the object's
            s0 = max(x[0] for x in mentions if x[2] == src["id"] and x[1] <= c.start) \
                if any(x[2] == src["id"] and x[1] <= c.start for x in mentions) else c.start
            e0 = min(x[1] for x in mentions if x[2] == tgt["id"] and x[0] >= c.end)
            span = Span(s0, e0, text[s0:e0])
            if c.tag == "CLOSER":
                relations.append(Relation("closer", src["id"], tgt["id"], span))
            elif c.tag == "FARTHER":
                relations.append(Relation("closer", tgt["id"], src["id"], span))
            else:
                if m.group("mult") and not m.group("times"):
                    k = float(g["multipliers"][m.group("mult").lower()])
                else:
                    k = _quantity(m, "times", "distance ratio", "", max_abs=1e6, min_abs=1e-6)
                if k <= 0:
                    raise InputError(f"a distance ratio must be positive, got '{c.text}'")
                relations.append(Relation("ratio", src["id"], tgt["id"], span))
                ratios.append({"source": src["id"], "target": tgt["id"], "k": k, "span": span.to_dict()})
    for b in bodies:
        apsis_to_elements(b, text)   # q and Q give a and e; never a second semi-major axis
    for c in order_claims:
        from .astronomy_centred_parse import order_relations
        relations += order_relations(c, claims, centred, sorted(mentions + moon_mentions), byid, text)
    from .astronomy_masses import attach_masses
    # a body's mass is written beside its name; a planet's day only in the planet-centred figure (else not drawn)
    attach_masses(claims, bodies, sorted(mentions + moon_mentions), text, True, unknown, star,
                  days=centred is not None)
    if centred is not None:
        from .astronomy_centred_parse import centred_scene, check_then_now
        check_then_now(claims, bodies, unknown)
        return centred_scene(text, centred, bodies, relations, flags, claims, unknown)
    unknown += [(c.text, c.start, c.end) for c in claims if c.tag == "THENNOW"]   # no two orbits drawn here
    _check_denied(claims, bodies, text)   # "no gas giants": none drawn, or refused naming both
    if not bodies and star is None:
        raise NothingToDrawError("the text names no star, planet, moon or comet to draw")
    if not any(b["kind"] in ("planet", "comet") for b in bodies):
        raise InputError("the text names no planet or comet to orbit the star; name one (e.g. 'a star with "
                         "two planets')")
    if star is None and any(b["kind"] == "moon" for b in bodies):
        # "the Moon going around the Earth": the text says what the moon orbits and names no star, so the
        # figure it asks for is the planet's own system; nesy draws moons only inside a star's system
        # and never adds a Sun the text did not ask for
        for mo in (b for b in bodies if b["kind"] == "moon"):
            par = byid.get(mo["parent"])
            pm = [x for x in mentions if par is not None and x[2] == par["id"] and x[0] >= mo["span"]["end"]]
            if par is None or not pm:
                continue
            between = text[mo["span"]["end"]:pm[0][0]]
            if _ORBITS_RX.fullmatch(between):
                a, b_ = mo["span"]["start"], pm[0][1]
                raise UnsupportedError(f"'{text[a:b_]}' at {a}-{b_} asks for a planet and its moons without a star; "
                                       "nesy draws moons inside a star's system and does not add a Sun the text "
                                       "does not name: say where the planet is (e.g. '… and the Earth orbiting the "
                                       "Sun')")
    bodies = _one_per_name(bodies, text)   # "Halley's Comet … comet Halley": one body, its values together
    refs = [b for b in bodies if b["ref"]]
    moons = [b for b in bodies if b["kind"] == "moon"]
    if star is None and not refs and moons:
        # "a moon of mass m is orbiting a planet of mass M": no star is stated and no Solar-System body
        # implies the Sun; a star would be invented into a figure of the planet's own system
        sp = moons[0]["span"]
        raise UnsupportedError(f"'{sp['text']}' at {sp['start']}-{sp['end']}: a planet and its moons without a "
                               "star; nesy draws moons inside a star's system and does not add a star the text "
                               "does not name: name one (e.g. '… and the planet orbiting a star')")
    if star is None and no_star:
        # the text leaves the star out, yet its planets or comets orbit one: drawn, the figure would show what it
        # denies
        raise UnsupportedError(f"'{no_star['text']}' at {no_star['start']}-{no_star['end']}: bodies orbiting the "
                               "Sun (or a star) are drawn around it; a figure without the star draws a planet with "
                               "its moons")
    if star is None:
        # "a comet takes 76 years to orbit the Sun": the Sun named inside the period phrase is the star
        sunny = bool(refs) or any(c.tag == "PERIOD" and re.search(r"(?i)\bsun\b", c.text) for c in claims)
        star = {"name": "Sun" if sunny else "star", "sun": sunny, "span": None}
    if refs and not star["sun"] and not flags["hypothetical"]:
        star = {**star, "name": "Sun", "sun": True}  # "Mercury and its star": the Solar-System bodies orbit the Sun
    orbiting_ = [b for b in bodies if b["kind"] in ("planet", "comet")]
    # a star of the Sun's mass ("a Sun-like star", "a solar-mass star", "a star like our Sun") obeys the same law
    solar = star["sun"] or re.search(r"(?i)\bsun-?like\b|\bsolar[- ](?:type|mass|analog(?:ue)?|twin)\b|"
                                     r"\blike\s+(?:the|our)\s+sun\b|\b(?:one|1)\s+solar\s+mass\b|\b1\s*M☉",
                                     text) is not None
    if not solar and not any(b["a"] is not None and b["T"] is not None for b in orbiting_):
        # a period alone gives the orbit's size only through Kepler's third law a³ = T² (AU, years), which holds
        # for the Sun (Carroll & Ostlie, An Introduction to Modern Astrophysics, §2.3); about another star, with
        # no mass and no body whose distance and period are both stated, the size is not known and is not invented
        for b in orbiting_:
            if b["T"] is not None and b["a"] is None:
                sp = b["spans"]["T"]
                raise UnsupportedError(f"'{sp['text']}' at {sp['start']}-{sp['end']}: a period alone gives {b['name']}'s "
                                       f"distance only by Kepler's third law, a³ = T² in AU and years for bodies "
                                       f"orbiting the Sun; about {star['name']} (no mass given) its distance is not "
                                       "known: give the distance (e.g. 'at 2 AU') or say it orbits the Sun")
    entities = [Entity("star", "star", star["name"], _freeze({"sun": star["sun"]}),
                       Span(**star["span"]) if star["span"] else None)]
    for b in bodies:
        entities.append(Entity(b["id"], b["kind"], b["name"],
                               _freeze({"ref": b["ref"], "parent": b["parent"] or "star"}),
                               Span(b["span"]["start"], b["span"]["end"], b["span"]["text"])))
        relations.append(Relation("orbits", b["id"], b["parent"] or "star", Span(**b["span"])))
    for b in bodies:
        if b.get("no_data") and b["a"] is None and b["T"] is None and b.get("q") is None:
            # "Sedna is farther out than Mars": a name nesy has no data for, and no size of its orbit in the text
            sp = b["span"]
            raise UnsupportedError(f"'{sp['text']}' at {sp['start']}-{sp['end']}: names a body nesy has no data for "
                                   "and the text gives no distance of it; give its distance (e.g. 'at 2.8 AU') or "
                                   "leave it out")
    bodies = [{k: v for k, v in b.items() if k not in ("named_moon", "counted", "asks", "artificial", "h_km", "h_text", "day_text", "a_from_T",
                                                     "a_slack_km", "no_data")}
              for b in bodies]  # parse-time marks
    # a period is harmless unread only where it could contradict nothing: one body about a star of unknown mass,
    # its distance given. About the Sun (T²/a³ = 1 yr²/AU³), or beside a second body of the same star (one
    # T²/a³ for both), "at 1 AU but taking 2 years for one orbit" may be impossible: never drawn as if it agreed
    if unread_periods and (not bodies or any(b.get("a") is None and b.get("T") is None for b in bodies)
                           or (star or {}).get("sun")
                           or sum(1 for b in bodies if b["kind"] in ("planet", "comet") and not b.get("parent")) > 1):
        a_, b_ = unread_periods[0]
        raise InputError(f"'{text[a_:b_]}' at {a_}-{b_} is a quantity nesy cannot read; write its number in digits "
                         "or words ('4.2 days', 'about four days')")
    if reported_spans:
        flags["reported"] = reported_spans   # what a figure called wrong shows: read, not drawn
    attrs = {"star": star, "bodies": bodies, "ratios": ratios,
             **{k: v for k, v in flags.items()}}
    ignored = tuple(Span(mm.start(), mm.end(), mm.group(0)) for mm in _WORD_RE.finditer(text)
                    if mm.group(0).lower() in _common_words()
                    and not any(c.start <= mm.start() < c.end for c in claims)
                    and not any(a <= mm.start() < b for a, b in except_spans))
    from .astronomy_mnemonic import mnemonic_spans
    mn = mnemonic_spans(text)
    if told_out:
        # "The nearest star is about 4.2 ly away but don't draw it": read as told — nothing of it is drawn
        unknown = [u for u in unknown if not any(a <= u[1] and u[2] <= b for a, b in told_out)]
        ignored += tuple(Span(a, b, text[a:b]) for a, b in told_out)
    if mn and any(b.get("ref") for b in bodies):
        # "My Very Educated Mother Just Served Us Nachos": the planets in order, read, not unknown words
        unknown = [u for u in unknown if not any(a <= u[1] and u[2] <= b for a, b in mn)]
        ignored += tuple(Span(a, b, text[a:b]) for a, b in mn)
    return SceneGraph("astronomy", text, tuple(entities), tuple(relations), _freeze(attrs), ignored,
                      tuple(Span(s, e, w) for w, s, e in unknown))


# ---------------------------------------------------------------------------------------------
# solve


@dataclass(frozen=True)
class Orbits:
    """The solved system: per orbiting body (planets and comets, in text order) a (AU), e, T (years);
    the star's T²/a³ constant K (yr²/AU³); moons per planet id."""

    ids: tuple[str, ...]
    a: tuple[float, ...]
    e: tuple[float, ...]
    T: tuple[float, ...]
    K: float
    moons: tuple[tuple[str, int], ...]
    solve_s: float


def _written_rel(value: float, span: Any) -> float:
    """The relative half-unit of the last digit of the number that states ``value`` ("30.1 AU": 0.05/30.1),
    or 0 where it is not told apart (an integer such as "1 AU" or "19 591 km" is read as exact, and a span
    whose unit is no AU with several numbers in it names no single one)."""
    if not isinstance(span, dict):
        return 0.0
    txt = str(span.get("text", ""))
    nums = re.findall(r"(?<![\d.])\d+\.(\d+)(?![\d.])|(?<![\d.])\d+(?![\d.])", txt)
    toks = [t for t in re.finditer(r"(?<![\d.])(\d+)\.(\d+)(?![\d.])", txt)]
    if not toks or not nums:
        return 0.0
    au = re.search(r"(?i)\bau\b|a\.u\.|astronomical", txt)
    if au:
        toks = [t for t in toks if abs(float(t.group(0)) - value) <= 1e-9 * max(1.0, value)]
    elif len(nums) > 1:
        return 0.0
    if not toks:
        return 0.0
    t = toks[0]
    x = float(t.group(0))
    return 0.5 * 10 ** -len(t.group(2)) / x if x > 0 else 0.0


def _val(m, x) -> float:
    import z3
    v = m.eval(x, model_completion=True)
    if z3.is_rational_value(v):
        return v.numerator_as_long() / v.denominator_as_long()
    return float(v.approx(15).as_decimal(15).rstrip("?"))


_ORBITS: dict[SceneGraph, Orbits] = {}


def solve_orbits(scene: SceneGraph, timeout_s: float = 10.0) -> Orbits:
    """Z3 over a, e, T of every orbiting body (tracked: reference data, Kepler's laws, the text's
    numbers, orders and ratios). Raises ``UnsatisfiableError`` with the user's phrases; cached per scene."""
    o = _ORBITS.get(scene)
    if o is None:
        o = _solve(scene, timeout_s)
        if len(_ORBITS) >= 64:
            _ORBITS.pop(next(iter(_ORBITS)))
        _ORBITS[scene] = o
    return o


def _given(scene: SceneGraph) -> dict[str, dict[str, str]]:
    """Where each solved element of each orbiting body came from, for a reader of ``orbits.json`` who must tell
    what the text stated from what nesy supplied: ``"stated"`` (the text gives it: it is drawn as written),
    ``"reference"`` (a body the text names without it: the tabulated value of ``solvers/astronomy.yaml``,
    JPL Keplerian elements / NASA Planetary Fact Sheet, within the file's tolerances), ``"solved"`` (neither:
    a value the laws and the text's relations allow, e.g. T from a by Kepler's third law)."""
    hypo = bool(scene.attr("hypothetical"))
    out: dict[str, dict[str, str]] = {}
    for b in scene.attr("bodies", []) or []:
        if b.get("kind") not in ("planet", "comet"):
            continue
        out[b["id"]] = {k: ("stated" if b.get(k) is not None else
                            "reference" if b.get("ref") and not hypo else "solved") for k in ("a", "e", "T")}
    return out


def _solve(scene: SceneGraph, timeout_s: float) -> Orbits:
    import z3
    t0 = time.perf_counter()
    if scene.domain != "astronomy":
        raise InputError(f"scene.domain must be 'astronomy', got {scene.domain!r}")
    data = _data()
    laws = data["laws"]
    au = float(data["au_km"])
    yd = float(data["year_days"])
    star = scene.attr("star")
    bodies = [b for b in scene.attr("bodies", []) if b["kind"] in ("planet", "comet")]
    hypo = bool(scene.attr("hypothetical"))
    ctx = z3.Context()
    s = z3.Solver(ctx=ctx)
    s.set("timeout", max(1, int(timeout_s * 1000)))
    track: dict[str, tuple[list[dict], list[dict], str]] = {}

    def R(name: str):
        return z3.Real(name, ctx)

    def num(v: float):
        return z3_real(v, ctx)  # exact "p/q": Z3 cannot parse every float repr ("1e+300")

    def tr(name: str, expr, phrases: list[dict], lw: list[dict], detail: str = "") -> None:
        track[name] = (phrases, lw, detail)
        s.add(z3.Implies(z3.Bool(name, ctx), expr))

    K = R("K")
    s.add(K > 0)
    if star["sun"]:
        tr("law:sun_K", K == 1, [], [_law("kepler_third")], "the Sun: T²/a³ = 1 yr²/AU³")
    A, E, T = {}, {}, {}
    ktol = float(laws["kepler_third"]["rel_tol"])
    for b in bodies:
        i = b["id"]
        A[i], E[i], T[i] = R(f"a_{i}"), R(f"e_{i}"), R(f"T_{i}")
        bsp = b["span"]
        s.add(A[i] > 0, T[i] > 0)
        tr(f"law:first:{i}", z3.And(E[i] >= 0, E[i] < 1),
           [b["spans"]["e"]] if "e" in b["spans"] else [], [_law("kepler_first")],
           f"{b['name']}: a bound orbit has 0 ≤ e < 1")
        tr(f"law:third:{i}", z3.And(T[i] * T[i] >= K * (1 - ktol) * A[i] * A[i] * A[i],
                                   T[i] * T[i] <= K * (1 + ktol) * A[i] * A[i] * A[i]),
           [], [_law("kepler_third")], "")
        for key, var in (("a", A[i]), ("e", E[i]), ("T", T[i])):
            if b[key] is not None:
                rel = _written_rel(b[key], b["spans"][key]) if key == "a" else 0.0
                if rel > 0:
                    # "30.1 AU" holds 30.05–30.15 AU: half a unit in the last digit written (drawn at 30.1)
                    tr(f"phrase:{key}:{i}", z3.And(var >= num(b[key] * (1 - rel)), var <= num(b[key] * (1 + rel))),
                       [b["spans"][key]], [])
                else:
                    tr(f"phrase:{key}:{i}", var == num(b[key]), [b["spans"][key]], [])
        if b["ref"] and not hypo:
            r = data["bodies"][b["ref"]]
            ra, re_, rt = float(r["a_1e6km"]) * 1e6 / au, float(r["e"]), float(r["period_d"]) / yd
            at, et, tt = (float(laws["reference"][k]) for k in ("a_rel_tol", "e_abs_tol", "t_rel_tol"))
            tr(f"ref:{i}", z3.And(A[i] >= num(ra * (1 - at)), A[i] <= num(ra * (1 + at)),
                                  E[i] >= num(max(0.0, re_ - et)), E[i] <= num(re_ + et),
                                  T[i] >= num(rt * (1 - tt)), T[i] <= num(rt * (1 + tt))),
               [bsp], [_law("reference")],
               f"{b['ref']}: a = {ra:.3f} AU ({r['a_1e6km']} × 10^6 km), e = {re_}, T = {r['period_d']} d")
    for k, r in enumerate(scene.relations):
        if r.kind == "closer" and r.source in A and r.target in A:
            tr(f"phrase:rel{k}", A[r.source] < A[r.target], [r.span.to_dict()], [_law("order")])
    for k, q in enumerate(scene.attr("ratios", [])):
        if q["source"] in A and q["target"] in A:
            tr(f"phrase:ratio{k}", A[q["source"]] == num(q["k"]) * A[q["target"]], [q["span"]], [_law("order")])
    flags = {n: z3.Bool(n, ctx) for n in track}
    res = s.check(*flags.values())
    if res == z3.unknown:
        from ..errors import SolverTimeoutError
        raise SolverTimeoutError("astronomy solve", timeout_s)
    if res == z3.unsat:
        core = sorted(str(x) for x in s.unsat_core())
        phrases: list[dict] = []
        lws: list[dict] = []
        details: list[str] = []
        for n in core:
            p, lw, d = track[n]
            phrases += [x for x in p if x not in phrases]
            lws += [x for x in lw if x not in lws]
            if d and d not in details:
                details.append(d)
        phrases.sort(key=lambda x: x["start"])
        fix: list[dict] = []
        for n in sorted((n for n in core if n.startswith("phrase:")),
                        key=lambda n: -max(x["start"] for x in track[n][0])):
            if s.check(*[f for kk, f in flags.items() if kk != n]) == z3.sat:
                fix = list(track[n][0])
                break
        raise UnsatisfiableError(phrases, lws, fix=fix, detail="; ".join(details))
    # defaults, pinned one at a time in text order where they keep the system satisfiable
    d = data["defaults"]
    s.add(*flags.values())

    def pin(var, value: float) -> None:
        s.push()
        s.add(var == num(value))
        ok = s.check() == z3.sat
        s.pop()
        if ok:
            s.add(var == num(value))
        else:
            assert s.check() == z3.sat
            s.add(var == num(_val(s.model(), var)))
    if not star["sun"]:
        pin(K, 1.0)
    prev = 0.0
    planets = [b for b in bodies if b["kind"] == "planet"]
    for b in planets + [b for b in bodies if b["kind"] == "comet"]:
        i = b["id"]
        r = data["bodies"].get(b["ref"]) if b["ref"] else None
        if b["kind"] == "comet":
            top = max([_val(s.model(), A[p["id"]]) for p in planets] or [0.0]) if s.check() == z3.sat else 0.0
            da = float(d["comet_a_factor"]) * top if top else 3.0
            de = float(d["comet_e"])
        elif r is not None:
            da, de = float(r["a_1e6km"]) * 1e6 / au, float(r["e"])
        else:
            da = float(d["first_a_au"]) if prev == 0 else prev * float(d["step"])
            de = float(d["elliptical_e"]) if scene.attr("elliptical") else 0.0
        if b["a"] is not None:
            da = float(b["a"])               # a stated distance is drawn as written (held to its precision)
        pin(A[i], da)
        pin(E[i], de)
        assert s.check() == z3.sat
        av = _val(s.model(), A[i])
        if b["kind"] == "planet":
            prev = max(prev, av)
        if r is not None and b["T"] is None and not hypo:
            pin(T[i], float(r["period_d"]) / yd)
        else:
            pin(T[i], math.sqrt(_val(s.model(), K) * av ** 3))
    assert s.check() == z3.sat
    m = s.model()
    moons: dict[str, int] = {}
    for b in scene.attr("bodies", []):
        if b["kind"] == "moon":
            moons[b["parent"]] = moons.get(b["parent"], 0) + 1
    return Orbits(tuple(b["id"] for b in bodies), tuple(_val(m, A[b["id"]]) for b in bodies),
                  tuple(_val(m, E[b["id"]]) for b in bodies), tuple(_val(m, T[b["id"]]) for b in bodies),
                  _val(m, K), tuple(sorted(moons.items())), time.perf_counter() - t0)


# ---------------------------------------------------------------------------------------------
# layout (nesy/domains/astronomy_draw.py)


def layout_astronomy(scene: SceneGraph, *, seed: int = 0, attempt: int = 0, timeout_s: float = 10.0) -> Layout:
    """Solve the scene and draw it (``astronomy_draw.layout``): orbits as ellipses with the star at the right
    focus (c = e·a), bodies on their orbits named beside them, moons on rings about their planet (px, y down)."""
    if scene.attr("centre"):
        from .astronomy_centred_draw import layout as centred_layout
        return centred_layout(scene, seed=seed, attempt=attempt, timeout_s=timeout_s)
    from .astronomy_draw import layout
    return layout(scene, seed=seed, attempt=attempt, timeout_s=timeout_s)


# ---------------------------------------------------------------------------------------------
# verify (pixels only)


def fit_ellipse(xs: np.ndarray, ys: np.ndarray) -> tuple[float, float, float, float] | None:
    """Least-squares axis-aligned ellipse through the points (``nesy.see.ellipses.fit_ellipse``)."""
    from ..see.ellipses import fit_ellipse as fit
    return fit(xs, ys)


def _blobs(mask: np.ndarray, min_area: int) -> list[tuple[float, float, int]]:
    from scipy import ndimage
    lab, _ = ndimage.label(mask, structure=np.ones((3, 3), bool))
    out = []
    for k, sl in enumerate(ndimage.find_objects(lab), start=1):
        if sl is None:
            continue
        area = int((lab[sl] == k).sum())
        if area >= min_area:
            out.append(((sl[1].start + sl[1].stop - 1) / 2, (sl[0].start + sl[0].stop - 1) / 2, area))
    return out


def verify_astronomy(png: bytes, scene: SceneGraph) -> Verdict:
    """Check the figure's pixels against the laws. nesy's own orbit diagram (any palette variant; recognised by
    its layout, ``astronomy_verify.nesy_drawn``) is read by shape where the re-solved layout says each orbit
    is (``astronomy_verify.verify``): one star at the fitted orbits' focus with c/a = e, each body on its own
    orbit and named by its label, the order/ratios of distances, Kepler's third law on a linear scale, moon
    counts, the scale bar and the scale statement. Any other figure is read by shape and OCR'd labels
    (``_verify_by_shape``)."""
    from ..see.page import figure_of
    from .astronomy_verify import nesy_drawn, verify
    from .regionbase import read_png
    full = read_png(png)
    if scene.attr("centre"):
        # a planet-centred system: nesy's own figure by its layout, another tool's by shape and labels
        from . import astronomy_centred_verify as cv
        return cv.verify(full, scene) if cv.nesy_drawn(full, scene) else _verify_by_shape(figure_of(full, text=scene.text), scene)
    if not nesy_drawn(full, scene):
        # not nesy's layout: a figure drawn by another tool (on a page, a slide: cropped to it), read by
        # shape and labels
        return _verify_by_shape(figure_of(full, text=scene.text), scene)
    return verify(full, scene)


# ---------------------------------------------------------------------------------------------
# verify a figure drawn by another tool (nesy.see.orbits): by shape and label text, not by colour


def _known_names(scene: SceneGraph) -> list[str]:
    """Every body name a label may show: the scene's, the Solar System's planets and named moons, Sun, Moon."""
    names = {str(v) for v in _grammar()["named_bodies"].values()} | {str(k) for k in _named_moons()}
    names |= {"Sun", "Moon"}
    names |= {b["name"] for b in scene.attr("bodies", []) if b.get("ref") or b["kind"] == "moon"}
    return sorted(n for n in names if not re.match(r"(moon|planet|comet) \d", n))


def _verify_by_shape(full: np.ndarray, scene: SceneGraph) -> Verdict:
    """Check a figure drawn by another tool (any palette, layout, fonts) from its shapes and labels.

    Read (``nesy.see.orbits``): the discs, the circles about each, the label lines (OCR). The star is
    the disc whose circles enclose the most other discs; planets are discs on its circles, moons discs on
    a circle about a larger disc; a label names the disc beside it. A text naming no star ("Jupiter with
    four moons") may be drawn as the planet at the centre with its moons' circles about it.

    Checked — only what holds for any reasonable drawing, since other tools rarely draw to scale:
    *order* checks (``distance_order`` of named planets by their reference distances, stated ``closer``
    relations, ``distance_ratio_order`` for stated ratios, ``moon_order`` of labelled named moons) compare
    drawn radii; *counts* (``star_count``, ``body_count``, ``orbit_rings``, ``moon_count``,
    ``stray_bodies``) and *placement* (``on_orbit``, ``label_at_body``, ``label_names``) hold on any scale.
    Distances, eccentricities, the focus and Kepler's third law are not checked here: they need nesy's
    declared scale; a stated ratio's value is (``astronomy_verify.shape_ratio_check``: it is scale-free). A planet is named by its label; an unlabelled disc only when it is the
    one disc left for the one planet left (or generic planets, which the text does not tell apart);
    otherwise the order checks fail naming the planets whose labels could not be read."""
    from ..see.orbits import match_name, read_orbit_figure, roles
    fig = read_orbit_figure(full)
    ro = roles(fig)
    checks: list[Check] = []
    bodies = scene.attr("bodies", [])
    byid = {b["id"]: b for b in bodies}
    star = scene.attr("star") or {"name": "star", "span": None}
    star_phrase = (star.get("span") or {}).get("text", "")
    planets = [b for b in bodies if b["kind"] in ("planet", "comet")]
    moons_of: dict[str, list[dict]] = {}
    for b in bodies:
        if b["kind"] == "moon":
            moons_of.setdefault(b["parent"], []).append(b)
    if ro.centre is None:
        checks.append(Check("orbit_rings", ("star",), "no circles about any disc", len(planets), 0, False,
                            star_phrase))
        return Verdict(tuple(checks), rounds=1)
    known = _known_names(scene)
    by_name = {b["name"].lower(): b["id"] for b in bodies}
    star_names = {"sun", "star", str(star["name"]).lower()}
    # labels read confidently enough to name a body: (body name as known, disc index or None)
    # (a box read twice — lines erased and as drawn — names what its most confident reading of two or more
    # letters names: a clear 'planet 1' is no 'Pluto' because a garbled 'pla.t 1' of it looks like one; two
    # readings about as confident (within 0.1) that name two different bodies name nothing)
    named: list[tuple[str, int | None, str]] = []
    reads: dict[tuple[int, int, int, int], list[tuple[float, str | None, int | None, str]]] = {}
    numbered = {b["name"]: b for b in bodies if re.fullmatch(r"(?:planet|moon|comet) \d+", b["name"])}
    for li, lb in enumerate(fig.labels):
        if lb.score < 0.5:
            continue
        nm = match_name(lb.text, known + ["star"]) or _numbered_name(lb.text, numbered)
        if nm is None and len(re.sub(r"[^A-Za-z]", "", lb.text)) < 2:
            continue
        reads.setdefault(lb.box, []).append((lb.score, nm, ro.label_at[li], lb.text))
    for rs in reads.values():
        rs.sort(key=lambda t: -t[0])
        sc, nm, at, raw = rs[0]
        if nm is not None and all(o[1] in (nm, None) for o in rs[1:] if o[0] >= sc - 0.1):
            named.append((nm, at, raw))
    centre_names = {nm.lower() for nm, at, _ in named if at == ro.centre and nm not in numbered}
    centre_planet = next((b for b in planets if b["name"].lower() in centre_names), None)
    # the planet-at-centre drawing: the text names no star, one planet has moons, and the centre is that
    # planet by its label, or (unlabelled) it has more than one circle or its one circle carries no
    # body with circles of its own
    moon_mode = False
    if not star.get("span") and len(planets) == 1 and planets[0]["id"] in moons_of:
        if centre_planet is not None:
            moon_mode = True
        elif not (centre_names & star_names):
            moon_mode = not (len(ro.orbit_r) == 1 and len(ro.on_ring) == 1
                             and any(m[0] in ro.on_ring for m in ro.moons.values()))
    cdisc = fig.discs[ro.centre]
    dist_c = {j: math.hypot(fig.discs[j].x - cdisc.x, fig.discs[j].y - cdisc.y) for j in range(len(fig.discs))}
    if moon_mode:
        p = planets[0]
        ok = not centre_names or p["name"].lower() in centre_names
        checks.append(Check("body_count", (p["id"],), 1 if ok else f"the centre is labelled {sorted(centre_names)}",
                            1, 0, ok, p["span"]["text"]))
        mo = moons_of[p["id"]]
        found = sorted(ro.on_ring, key=lambda j: dist_c[j])
        extra = sorted(set(ro.moons) | set(ro.stray))
        checks.append(Check("moon_count", (p["id"],), len(found), len(mo), 0, len(found) == len(mo),
                            mo[0]["span"]["text"]))
        checks.append(Check("stray_bodies", (p["id"],), len(extra), 0, 0, not extra, ""))
        checks.append(Check("orbit_rings", (p["id"],), len(ro.orbit_r), len(mo), 0, len(ro.orbit_r) == len(mo),
                            mo[0]["span"]["text"]))
        _moon_checks(checks, p, mo, {j: dist_c[j] for j in found}, named, ro.centre, by_name)
        checks.append(_foreign_labels(named, by_name, star_names, scene))
        return Verdict(tuple(checks), rounds=1)
    # a star at the centre, planets on its circles
    star_ok = not centre_names or bool(centre_names & star_names)
    checks.append(Check("star_count", ("star",), 1 if star_ok else f"the centre is labelled {sorted(centre_names)}",
                        1, 0, star_ok, star_phrase))
    checks.append(Check("orbit_rings", ("star",), len(ro.orbit_r), len(planets), 0, len(ro.orbit_r) == len(planets),
                        star_phrase))
    where: dict[str, int] = {}                       # planet id → its disc
    labelled_elsewhere: dict[str, str] = {}          # planet id → where its label was seen instead
    counts: dict[str, int] = {}
    for nm, at, raw in named:
        bid = by_name.get(nm.lower())
        if bid is None or byid[bid]["kind"] not in ("planet", "comet"):
            continue
        if nm in numbered and (at is None or at not in ro.on_ring):
            continue          # a 'planet 2' written nearer another body tells nothing: generic ones go by order
        if at is not None and at in ro.on_ring:
            if where.get(bid) != at:
                counts[bid] = counts.get(bid, 0) + 1
            where.setdefault(bid, at)
        else:
            labelled_elsewhere[bid] = ("beside the star" if at == ro.centre else "beside a moon" if at in ro.moons
                                       else "beside no body on an orbit")
    taken = set(where.values())
    free_discs = sorted((j for j in ro.on_ring if j not in taken), key=lambda j: dist_c[j])
    free = [b for b in planets if b["id"] not in where and b["id"] not in labelled_elsewhere]
    unread: list[str] = []
    if free and len(free) == len(free_discs):
        if len(free) == 1:
            where[free[0]["id"]] = free_discs[0]
        elif all(not b["ref"] for b in free):
            orb = solve_orbits(scene)
            a = dict(zip(orb.ids, orb.a))
            for b, j in zip(sorted(free, key=lambda b: a.get(b["id"], 0.0)), free_discs):
                where[b["id"]] = j
        else:
            unread = [b["id"] for b in free]
    for b in planets:
        bid = b["id"]
        if bid in labelled_elsewhere and bid not in where:
            checks.append(Check("label_at_body", (bid,), labelled_elsewhere[bid], "beside its disc on an orbit", 0,
                                False, b["span"]["text"]))
            continue
        if bid in unread:
            obs: Any = "on an orbit, label not read"
            ok = True
        elif bid in where:
            obs, ok = counts.get(bid, 1), counts.get(bid, 1) == 1
        else:
            obs = f"not found ({len(free_discs)} unlabelled discs on orbits for {len(free)} planets)"
            ok = False
        checks.append(Check("body_count", (bid,), obs, 1, 0, ok, b["span"]["text"]))
    # every disc on an orbit is one of the text's planets (an unlabelled extra one is a duplicate), and no
    # two planets share an orbit
    others = sorted(set(ro.stray) | {j for j in ro.on_ring if j not in where.values()} if not unread else
                    set(ro.stray))
    checks.append(Check("stray_bodies", ("star",), len(others), 0, 0, not others, ""))
    shared = sorted({ro.on_ring[j] for j in where.values() if j in ro.on_ring
                     and sum(1 for k in where.values() if ro.on_ring.get(k) == ro.on_ring[j]) > 1})
    if shared:
        checks.append(Check("one_body_per_orbit", ("star",), len(shared), 0, 0, False, ""))
    # order: reference distances of named planets; stated relations and ratios (a planet-centred text read
    # as a star's figure has no star to solve about: its planets' reference distances go by name)
    a_ref = ({b["id"]: float(b.get("a") or 0.0) for b in bodies} if scene.attr("centre")
             else dict(zip((orb := solve_orbits(scene)).ids, orb.a)))
    refd = [b["id"] for b in planets if b["ref"]]
    if refd:
        missing = [bid for bid in refd if bid not in where]
        exp = sorted(refd, key=lambda x: a_ref[x])
        if missing:
            checks.append(Check("distance_order", tuple(exp), f"cannot be read: no labelled disc for {missing}",
                                tuple(exp), 0, False, ""))
        else:
            obs_o = tuple(sorted(refd, key=lambda x: dist_c[where[x]]))
            checks.append(Check("distance_order", tuple(exp), obs_o, tuple(exp), 0, obs_o == tuple(exp), ""))
    for r in scene.relations:
        if r.kind == "closer" and r.source in byid and r.target in byid:
            x, y = (dist_c[where[i]] if i in where else None for i in (r.source, r.target))
            checks.append(Check("closer", (r.source, r.target), None if x is None or y is None
                                else [round(x, 1), round(y, 1)], "a_src < a_tgt", 0,
                                x is not None and y is not None and x < y, r.span.text if r.span else ""))
    for q in scene.attr("ratios", []):
        x, y = (dist_c[where[i]] if i in where else None for i in (q["source"], q["target"]))
        exp_s = ">1" if q["k"] > 1 else "<1" if q["k"] < 1 else "1"
        ok = x is not None and y is not None and ((x > y) == (q["k"] > 1) if q["k"] != 1 else abs(x - y) <= 3)
        checks.append(Check("distance_ratio_order", (q["source"], q["target"]),
                            None if x is None or y is None else round(x / y, 3), exp_s, 0, ok, q["span"]["text"]))
        from .astronomy_verify import shape_ratio_check
        rc = shape_ratio_check(x, y, q, scene)     # the stated ratio's value: scale-free (astronomy_verify)
        if rc is not None:
            checks.append(rc)
    # distances the text states ("three planets at 0.5 AU, 1.2 AU and 3 AU"): the ratio of each body's to
    # the next one in is scale-free too, held to its value like a stated ratio (``shape_ratio_check``)
    from .astronomy_verify import shape_ratio_check
    stated = sorted((b for b in planets if b.get("a") and (b.get("spans") or {}).get("a") and b["id"] in where),
                    key=lambda b: b["a"])
    for b_in, b_out in zip(stated, stated[1:]):
        q = {"source": b_out["id"], "target": b_in["id"], "k": b_out["a"] / b_in["a"], "span": b_out["spans"]["a"]}
        rc = shape_ratio_check(dist_c[where[b_out["id"]]], dist_c[where[b_in["id"]]], q, scene)
        if rc is not None:
            checks.append(rc)
    # moons about each planet's disc (and none about a planet the text gives none)
    for b in planets:
        if b["id"] not in where:
            if b["id"] in moons_of:
                checks.append(Check("moon_count", (b["id"],), "planet not found", len(moons_of[b["id"]]), 0, False,
                                    ""))
            continue
        j = where[b["id"]]
        mine = {k: m[1] for k, m in ro.moons.items() if m[0] == j}
        mo = moons_of.get(b["id"], [])
        checks.append(Check("moon_count", (b["id"],), len(mine), len(mo), 0, len(mine) == len(mo),
                            mo[0]["span"]["text"] if mo else b["span"]["text"]))
        if mo:
            _moon_checks(checks, b, mo, mine, named, j, by_name)
    stray_moons = [k for k, m in ro.moons.items() if m[0] not in where.values()]
    if stray_moons:
        checks.append(Check("moon_count", ("star",), len(stray_moons), 0, 0, False, "moons about no planet"))
    checks.append(_foreign_labels(named, by_name, star_names, scene))
    checks.extend(_distance_labels(fig, ro, where, named, planets))
    return Verdict(tuple(checks), rounds=1)


#: km per unit of a distance written on a figure (IAU 2012 Resolution B2: 1 au = 149 597 870 700 m exactly)
_KM_PER = {"au": 149_597_870.7, "km": 1.0, "mkm": 1e6, "gm": 1e6, "mm": 1e3}
_DIST_LABEL = re.compile(r"(?<![\d.])(\d+(?:[.,]\d+)?)\s*(?:(million|mln)\s*km|(?:[x×]\s*10\^?6|×10⁶)\s*km|(au|AU|A\.U\.|km|Gm|Mm))\b",
                         re.IGNORECASE)


def _distance_labels(fig, ro, where: dict[str, int], named: list, planets: list[dict]) -> list[Check]:
    """Distances the figure writes beside a planet ("Jupiter / 6.2 AU") against the distance the text states
    for it: a value label belongs to the body whose name label it stands under or beside (within two label
    heights) or, with no name near, to the disc it is nearest (``roles``' label_at). A value beside no stated
    planet (a scale bar's "5 AU") is no claim about one and is not checked. Equal when they agree to the
    label's printed precision (half its last digit) or 1 %."""
    import dataclasses
    from ..see.orbits import match_name
    out: list[Check] = []
    stated = {b["id"]: b for b in planets if b.get("a") and (b.get("spans") or {}).get("a")}
    if not stated:
        return out
    disc_of = {j: bid for bid, j in where.items()}
    name_boxes = []   # (box, planet id) of the labels that named a stated planet
    for li, lb in enumerate(fig.labels):
        for nm, at, raw in named:
            if raw == lb.text and at is not None and disc_of.get(at) in stated:
                name_boxes.append((lb.box, disc_of[at]))
    # a reader may give a number and its unit as two words ("6.2", "AU"): words side by side on one line
    # (overlapping heights, at most a line height apart) are read together
    words = sorted({lb.box: (li, lb) for li, lb in enumerate(fig.labels) if lb.score >= 0.8}.values(),
                   key=lambda t: (t[1].box[1], t[1].box[0]))
    joined: list[tuple[int, Any]] = []
    for li, lb in words:
        prev = joined[-1][1] if joined else None
        if prev is not None:
            (px0, py0, px1, py1), (x0, y0, x1, y1) = prev.box, lb.box
            if min(py1, y1) - max(py0, y0) >= 0.5 * min(py1 - py0, y1 - y0) and 0 <= x0 - px1 <= (y1 - y0):
                joined[-1] = (joined[-1][0], dataclasses.replace(lb, text=f"{prev.text} {lb.text}",
                                                                 box=(px0, min(py0, y0), x1, max(py1, y1))))
                continue
        joined.append((li, lb))
    for li, lb in joined:
        m = _DIST_LABEL.search(lb.text)
        if m is None:
            continue
        num = m.group(1).replace(",", ".")
        unit = "mkm" if m.group(2) or m.group(3) is None else m.group(3).lower().replace(".", "")
        x0, y0, x1, y1 = lb.box
        hgt = max(1, y1 - y0)
        near = [(max(bx0 - x1, x0 - bx1, 0) + max(by0 - y1, y0 - by1, 0), bid)
                for (bx0, by0, bx1, by1), bid in name_boxes if (bx0, by0, bx1, by1) != lb.box]
        near = sorted(d for d in near if d[0] <= 2 * hgt)
        # a label that writes a name with its value ("Earth 1 AU", read as one word) is that body's, whatever
        # other name stands near it
        rest = lb.text[:m.start()] + " " + lb.text[m.end():]
        own = match_name(rest, [b["name"] for b in stated.values()]) if len(re.sub(r"[^A-Za-z]", "", rest)) >= 3 \
            else None
        own_id = next((i for i, b in stated.items() if b["name"] == own), None)
        bid = own_id or (near[0][1] if near else disc_of.get(ro.label_at.get(li)))
        if bid not in stated:
            continue
        b = stated[bid]
        v_au = float(num) * _KM_PER[unit] / _KM_PER["au"]
        dec = len(num.split(".")[1]) if "." in num else 0
        tol = max(0.5 * 10 ** -dec * _KM_PER[unit] / _KM_PER["au"], 0.01 * float(b["a"]))
        ok = abs(v_au - float(b["a"])) <= tol
        out.append(Check("label_value", (bid, lb.text), round(v_au, 4), float(b["a"]), round(tol, 4), ok,
                         b["spans"]["a"]["text"]))
    return out


def _numbered_name(read: str, numbered: dict[str, dict]) -> str | None:
    """The text's numbered body ('planet 2') a reading shows: a word like its kind ('plianet', difflib
    ≥ 0.75) followed by its number; None otherwise (a garbled reading whose number is a letter is none)."""
    m = re.search(r"([a-z]{3,})\s*[.:]?\s*(\d+)\s*$", read.lower())
    if not m:
        return None
    import difflib
    for name in numbered:
        kind, num = name.split(" ")
        if num == m.group(2) and difflib.SequenceMatcher(None, m.group(1), kind).ratio() >= 0.75:
            return name
    return None


def _foreign_labels(named: list[tuple[str, int | None, str]], by_name: dict[str, str], star_names: set[str],
                    scene: SceneGraph) -> Check:
    """A label beside a body naming a body the text does not have (a changed name) is a wrong figure — but
    the text's unnamed moons ("Jupiter with four moons") may carry their real names (Io …)."""
    generic_of = {b["parent"] for b in scene.attr("bodies", []) if b["kind"] == "moon" and not b.get("ref")
                  and b["name"].lower() not in {str(k).lower() for k in _named_moons()}}
    may = {str(k).lower() for k, v in _named_moons().items() if str(v["parent"]).lower() in generic_of}
    foreign = sorted({nm for nm, at, _ in named if at is not None and nm.lower() not in by_name
                      and nm.lower() not in star_names and nm.lower() not in may})
    return Check("label_names", (), foreign, [], 0, not foreign, "")


def _moon_checks(checks: list[Check], planet: dict, moons: list[dict], found: dict[int, float],
                 named: list[tuple[str, int | None, str]], centre: int, by_name: dict[str, str]) -> None:
    """Labelled named moons: each label beside one of this planet's moon discs, and their drawn distances
    in the reference order (``named_moons`` a_km); a named moon's label beside another body fails."""
    data = _named_moons()
    ids = {m["id"] for m in moons}
    seen: dict[str, float] = {}
    for nm, at, _raw in named:
        bid = by_name.get(nm.lower())
        if bid is None or bid not in ids:
            continue
        if at in found:
            seen.setdefault(bid, found[at])
        elif at is not None and at != centre:
            checks.append(Check("label_at_body", (bid,), "beside a body that is not its planet's moon",
                                "beside a moon of " + planet["name"], 0, False, ""))
    named_moons = [m for m in moons if m["name"] in data and m["id"] in seen]
    if len(named_moons) >= 2:
        exp = tuple(m["id"] for m in sorted(named_moons, key=lambda m: float(data[m["name"]]["a_km"])))
        obs = tuple(m["id"] for m in sorted(named_moons, key=lambda m: seen[m["id"]]))
        checks.append(Check("moon_order", exp, obs, exp, 0, obs == exp, moons[0]["span"]["text"]))


# ---------------------------------------------------------------------------------------------
# the plug-in


@register("nesy.astronomy.v1")
class AstronomyDomain(ExactRender):
    """Planetary systems: orbits with the star at a focus, Kepler's laws and NASA reference data."""

    name = "nesy.astronomy.v1"
    key = "astronomy"
    # the measures this science draws from the text, 1 AU standing in where none is given: an unread one is
    # refused (nesy.parse.quantities.unread_quantities); unread periods are the reader's own (held, then listed)
    drawn_quantities = ("m",)

    def score(self, text: str) -> float:
        """Fraction (0–1, plus a small bonus per hit) of the content words that are astronomy vocabulary."""
        return _score(text)

    def parts_left_out(self, text: str, scene: SceneGraph) -> list[tuple[int, int]]:
        """Spans of lengths that are a body's own size ("the mean radius of Earth … 6,370,000 m", ``_BODY_SIZE``):
        no orbit's size and no default stands in for them, so unread they are listed as not drawn; so are distances
        between stars ("4.2 ly", ``_INTERSTELLAR``), which no orbit of the figure has."""
        from ..parse.quantities import find_quantities
        return [q.span for q in find_quantities(text) if q.dimensionality == "[length]"
                and (_BODY_SIZE.search(text[_sentence_start(text, q.span[0]):q.span[0]])
                     or _INTERSTELLAR.search(text[q.span[0]:q.span[1]]))]

    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        return parse_astronomy(text, allow_unknown=allow_unknown)

    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0, feedback: Verdict | None = None,
              timeout_s: float = 10.0) -> Layout:
        """``seed``/``attempt`` turn where the bodies sit on their orbits; the orbits are exact."""
        return layout_astronomy(scene, seed=seed, attempt=attempt, timeout_s=timeout_s)

    def verify(self, png: bytes, scene: SceneGraph) -> Verdict:
        return verify_astronomy(png, scene)

    def artifacts(self, layout: Layout, scene: SceneGraph) -> dict[str, bytes]:
        """``orbits.json``: the solved a (AU), e, T (years) per body, where each came from (``given``) and the
        scale drawn."""
        import json
        if scene.attr("centre"):
            # a planet-centred system: a (km and AU) of each moon about the planet ``centre``; no star, no K
            return {"orbits.json": json.dumps({"scale": layout.extra("scale"), "centre": layout.extra("centre"),
                                               "solution": layout.extra("solution"), "K_yr2_per_au3": None},
                                              indent=1, sort_keys=True).encode()}
        return {"orbits.json": json.dumps({"scale": layout.extra("scale"), "solution": layout.extra("solution"),
                                           "K_yr2_per_au3": layout.extra("K_yr2_per_au3"),
                                           "given": _given(scene)}, indent=1, sort_keys=True).encode()}
