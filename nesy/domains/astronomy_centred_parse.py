"""Reading a planet-centred system (``astronomy_centred``): what ``astronomy.parse_astronomy`` hands here once
it knows the text names no star and every moon orbits one planet, and the order phrases between moons in
either kind of figure.

- ``moon_quantity``: a distance ("a moon at 400 000 km") or period ("a period of 27.3 days": a from Kepler's
  third law with the planet's GM) said of a moon; an eccentricity is refused (moon orbits are drawn circular).
- ``moon_height``: "at 400 km altitude", "35 786 km above the surface" (a = R + h, R the planet's equatorial
  radius) and "geostationary" (the stationary orbit of Earth, ``astronomy_centred.stationary_km``).
- ``moon_relation`` / ``order_relations``: "Phobos orbits closer to Mars than Deimos", "in order outward: Io,
  Europa, …" — ``closer`` relations the solver and the verifier check; in a star-centred figure (moons on
  schematic rings) they are checked against the reference table here and refused when they contradict it.
- ``centred_scene``: the ``SceneGraph`` — no star entity; ``attributes.centre`` names the planet.
"""
from __future__ import annotations

import math
import re
from typing import Any

from ..errors import InputError, UnsatisfiableError, UnsupportedError
from ..types import Entity, Relation, SceneGraph, Span, _freeze
from .astronomy_centred import moon_table, sat_data, stationary_km

__all__ = ["moon_quantity", "moon_height", "moon_relation", "order_relations", "centred_scene"]

MAX_MOONS = 6          # moons one planet-centred figure draws at most (as a star-centred one, per planet)
_BODY_TAGS = ("NAMEDMOON", "THEMOON", "ISS", "NAMED")


def _au() -> float:
    from ..resources import load_yaml
    return float(load_yaml("solvers", "astronomy.yaml")["au_km"])


def _at(c) -> str:
    return f"'{c.text}' at {c.start}-{c.end}"


def _sp(c) -> dict[str, Any]:
    return {"text": c.text, "start": c.start, "end": c.end}


# a distance and a period of one moon agree when Kepler's third law holds within this (the star-centred law's
# tolerance, solvers/astronomy.yaml kepler_third.rel_tol: texts round periods, and GM leaves out the moon's mass)
_KEPLER_REL = 0.05


# what says one body moved from one orbit to another, or had another orbit at another time ("needs to be moved into
# a circular orbit", "transferred to a higher orbit", "one billion years ago … today"): two orbits of one body,
# each drawn (Vallado, Fundamentals of Astrodynamics and Applications, 4th ed., §6.3: a transfer joins an initial
# and a final orbit), never one orbit with two values
_CHANGE = re.compile(r"(?i)\b(?:mov(?:e|ed|es|ing)|transferr?(?:ed|ing|s)?|transfer|boost(?:ed|s|ing)?|rais(?:e|ed|ing)|"
                     r"lower(?:ed|ing)|chang(?:e|ed|es|ing)|manoeuvr\w*|maneuver\w*|ago|today|now|nowadays|"
                     r"present(?:ly)?|currently|previously|formerly|used\s+to|initial(?:ly)?|parking|final|target)\b")
# the words that say which of the two orbits a value is ("initial", "parking", "today", "one billion years ago")
_STAGE = re.compile(r"(?i)\b(?:(?:(?:about|approximately|some|roughly)\s+)?(?:(?:a|one|two|three|four|five|\d[\d.,]*)\s+"
                    r"(?:(?:hundred|thousand|million|billion)\s+)?years|long)\s+ago|initial|parking|original|final|target|"
                    r"ancient|present|today|now|current)\b")


def _stage(text: str, start: int) -> str:
    """The stage words of the clause a value at ``start`` stands in ("initial parking"; "" when none)."""
    a = max([m.end() for m in re.finditer(r"[.;!?](?:\s|$)|\band\b", text[:start])] or [0])
    return " ".join(dict.fromkeys(m.group(0).lower() for m in _STAGE.finditer(text, a, start)))


def _same_stage(s1: str, s2: str) -> bool:
    """Whether two stage phrases name the same orbit ("present" and "today" both say now)."""
    return bool(s1) and (s1 == s2 or bool(_NOW_WORD.search(s1)) and bool(_NOW_WORD.search(s2)))


_NOW_WORD = re.compile(r"(?i)\b(?:today|now|present|current)\b")


def _second_orbit(b: dict[str, Any], v: float, c) -> dict[str, Any] | None:
    """The second orbit of ``b`` that a differing value ``v`` (AU) at claim ``c`` states, when the text says the body
    changed orbit (``_CHANGE``) between or around the two phrases; else None."""
    text = c.m.string if hasattr(c, "m") and c.m is not None else ""
    first = b["spans"].get("a") if isinstance(b.get("spans"), dict) else None
    if not text or first is None or b.get("orbit2") is not None or b.get("a_from_T"):
        return None
    lo = max([m.end() for m in re.finditer(r"[.;!?](?:\s|$)", text[:first["start"]])] or [0])
    hi = next((m.start() for m in re.finditer(r"[.;!?](?:\s|$)", text[c.end:])), len(text) - c.end) + c.end
    if not _CHANGE.search(text, lo, hi) and not _CHANGE.search(text[:lo]):
        return None
    b["stage"] = _stage(text, first["start"])
    b["orbit2"] = {"a": v, "spans": {"a": _sp(c)}, "stage": _stage(text, c.start)}
    return b["orbit2"]


def _set_a(b: dict[str, Any], a_km: float, c, from_period: bool = False, slack_km: float = 0.0) -> dict[str, Any]:
    """Give moon ``b`` its semi-major axis (stored in AU as every body's ``a``); a second, different value is
    an impossible text naming both phrases, unless the text says the body changed orbit (``_second_orbit``: the
    value is its second orbit's, returned). A distance stated outright is kept over one from a period or from
    an altitude. ``slack_km``: how far a value read from an altitude may honestly lie from the centre distance
    it stands for (``altitude_slack_km``); two values agree within both sides' slack. Returns the orbit given
    the value (``b`` or its second orbit)."""
    v = a_km / _au()
    if from_period and b.get("orbit2") is not None and hasattr(c, "m") and _same_stage(
            _stage(c.m.string, c.start), b["orbit2"].get("stage") or ""):
        b = b["orbit2"]   # "The present period is …": checked against the orbit of that stage
        b.setdefault("a_from_T", False)
    tol = _KEPLER_REL if from_period or b.get("a_from_T") else 1e-3
    slack = (slack_km + float(b.get("a_slack_km") or 0.0)) / _au()
    if b["a"] is not None and abs(b["a"] - v) > tol * max(b["a"], v) + slack and not from_period \
            and (two := _second_orbit(b, v, c)) is not None:
        return two
    if b["a"] is not None and abs(b["a"] - v) > tol * max(b["a"], v) + slack:
        law = ({"law": "Kepler's third law a³ = GM T² / 4π²", "source": "NASA Planetary Fact Sheet (GM)"}
               if tol > 1e-3 else {"law": "one value per quantity", "source": "definition"})
        raise UnsatisfiableError([b["spans"]["a"], _sp(c)], [law], fix=[_sp(c)],
                                 detail=f"{b['name']}'s distance from its planet: {b['a'] * _au():,.0f} km and "
                                        f"{a_km:,.0f} km")
    if b["a"] is None or (b.get("a_from_T") and not from_period) or \
            (b.get("a_slack_km") and not slack_km and not from_period):
        b["a"] = v
        b["spans"]["a"] = _sp(c)
        b["a_from_T"] = from_period
        b["a_slack_km"] = slack_km
    return b


# a hedge right before an altitude's number: "(that's ≈400 km up)", "about 400 km above the surface"
_HEDGED = re.compile(r"(?i)(?:≈|~|∼|≃|\babout|\baround|\bapproximately|\bapprox\.?|\broughly|\bnearly|\balmost|"
                     r"\bsome|\bcirca|\bca\.|\bclose\s+to)\s*$")


def altitude_slack_km(p: dict[str, Any], num: str, start: int, text: str, per_km: float) -> float:
    """How far the centre distance of an altitude may lie from equatorial radius + altitude and still be the
    same orbit. An altitude is measured from the surface, which lies between the polar and the equatorial
    radius ([NASA]: Earth 6 356.8 and 6 378.1 km), so "6,771 km from the centre" is 400 km up from a mean
    surface; and a hedged altitude ("≈400 km", "about 400 km") is as exact as its last non-zero digit (half
    a step of it: ≈400 is 350–450). An unhedged one is exact to its digits."""
    spread = float(p["radius_km"]) - float(p.get("polar_radius_km") or p["radius_km"])
    if not _HEDGED.search(text[:start]):
        return spread
    digits = re.sub(r"[^\d.]", "", num)
    whole = digits.split(".")[0].lstrip("0")
    if "." in digits and digits.split(".")[1].rstrip("0"):
        step = 10.0 ** -len(digits.split(".")[1].rstrip("0"))
    else:
        step = 10.0 ** (len(whole) - len(whole.rstrip("0"))) if whole else 1.0
    return spread + 0.5 * step * per_km


def moon_quantity(c, ntext: str, nstart: int, b: dict[str, Any], centre: dict[str, Any], text: str) -> None:
    """A DIST / PERIOD / ECC claim said of moon ``b`` of the planet ``centre``."""
    from .astronomy import _dist_au, _quantity_at
    if c.tag == "DIST":
        v = _dist_au(c.m, ntext, nstart) * _au()
        if v <= 0:
            raise InputError(f"a distance must be positive, got {_at(c)}")
        p = sat_data()["planets"].get(centre.get("ref") or "")
        if p is not None and v < float(p["radius_km"]) and not re.match(
                r"\s*(?:from|to)\s+(?:the\s+|its\s+)?(?:\w+(?:'s|’s)\s+)?cent(?:re|er)", text[c.end:], re.I):
            # "the ISS at 400 km": nearer the centre than the planet's surface, so the height above it; the label
            # says "alt." ("… from the centre" keeps its word and is impossible: a satellite orbits outside)
            R = float(p["radius_km"])
            digits = re.sub(r"[^\d.]", "", ntext)
            per = v / float(digits) if re.fullmatch(r"\d+(?:\.\d+)?", digits) and float(digits) else 0.0
            _set_a(b, R + v, c, slack_km=altitude_slack_km(p, ntext, nstart, text, per))["h_km"] = v
            return
        _set_a(b, v, c)
    elif c.tag == "PERIOD":
        t = _quantity_at(ntext, nstart, "period", c.m.group("unit"), min_abs=1e-9)
        if t <= 0:
            raise InputError(f"a period must be positive, got {_at(c)}")
        from .astronomy import _period_days
        days = _period_days(t, c.m.group("unit"))
        p = sat_data()["planets"].get(centre.get("ref") or "")
        if p is None:
            raise InputError(f"{_at(c)}: a moon's period places it only about a planet of known mass; name the "
                             "planet or give the moon's distance")
        # Kepler's third law, Newton's form: a³ = GM T² / 4π² ([Kepler] in satellites.yaml)
        a_km = (float(p["gm_km3_s2"]) * (days * 86400.0) ** 2 / (4 * math.pi ** 2)) ** (1 / 3)
        _set_a(b, a_km, c, from_period=True)
    else:
        raise UnsupportedError(f"{_at(c)}: moon orbits are drawn as circles about their planet; an eccentricity "
                               f"for {b['name']} is not drawn")


def _moon_near(c, allm: list[tuple[int, int, str]], byid: dict[str, dict], text: str, adjective: bool) -> dict | None:
    after = [x for x in allm if x[0] >= c.end and byid[x[2]]["kind"] == "moon"]
    if adjective and after and re.fullmatch(r"\s*", text[c.end:after[0][0]]):
        return byid[after[0][2]]        # "a geostationary satellite"
    before = [x for x in allm if x[1] <= c.start and byid[x[2]]["kind"] == "moon"]
    if before:
        return byid[before[-1][2]]
    return byid[after[0][2]] if after else None


def moon_height(c, centre: dict[str, Any] | None, allm: list[tuple[int, int, str]], byid: dict[str, dict],
                text: str) -> None:
    """An ALT ("400 km altitude") or GEO ("geostationary") claim: the moon's a from its planet's radius."""
    if centre is None:
        raise UnsupportedError(f"{_at(c)}: a satellite's altitude is drawn in a figure centred on its planet; this "
                               "text also names a star or other planets")
    vals: list[tuple[str, int]] = []
    if c.tag == "ALT":
        g = "num" if c.m.group("num") else "num2"
        if g == "num2" and c.m.group("lead2"):
            # "at 400 km and 35 786 km altitude": one altitude per satellite, in the order they were named
            vals = [(x.group(0), c.m.start("lead2") + x.start()) for x in
                    re.finditer(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|[.,]\d)|\d[\d,]*(?:\.\d+)?", c.m.group("lead2"))]
        vals.append((c.m.group(g), c.m.start(g)))
    if len(vals) > 1:
        before: list[str] = []
        for x in reversed([x for x in allm if x[1] <= c.start and byid[x[2]]["kind"] == "moon"]):
            if x[2] not in before:
                before.insert(0, x[2])
            if len(before) == len(vals):
                break
        if len(before) != len(vals):
            raise InputError(f"{_at(c)} gives {len(vals)} altitudes but {len(before)} satellites are named before it")
        targets = [byid[i] for i in before]
    else:
        b = _moon_near(c, allm, byid, text, adjective=c.tag == "GEO")
        if b is None:
            raise InputError(f"{_at(c)} belongs to no satellite; name one (e.g. 'a satellite')")
        targets = [b]
    ref = centre.get("ref")
    p = sat_data()["planets"].get(ref or "")
    if p is None:
        raise InputError(f"{_at(c)}: an altitude is measured from the planet's surface; {centre['name']} has no "
                         "known radius, so give the distance from its centre")
    R = float(p["radius_km"])
    if c.tag == "GEO":
        if ref != "Earth":
            raise InputError(f"{_at(c)} names Earth's stationary orbit; {centre['name']} is not Earth")
        a_km = stationary_km("Earth")
        _set_a(targets[0], a_km, c)
        targets[0]["h_km"] = a_km - R
        return
    from .astronomy import _quantity_at
    from ..parse.quantities import unit_of, ureg
    unit = c.m.group("unit") or c.m.group("unit2")
    per = float(ureg().Quantity(1.0, unit_of(unit.lower())).to("kilometer").magnitude)
    for b, (num, start) in zip(targets, vals):
        from .astronomy import _ungroup
        h = _quantity_at(_ungroup(num), start, "altitude", unit, min_abs=1e-9) * per
        if h <= 0:
            raise InputError(f"an altitude must be positive, got {_at(c)}")
        o = _set_a(b, R + h, c, slack_km=altitude_slack_km(p, num, start, text, per))
        o["h_km"] = h
        if not re.fullmatch(r"(?i)km|kilomet(?:re|er)s?", unit):
            o["h_text"] = f"{num} {unit}"   # "541,000 m": labelled as the text writes it, beside its km


def _pair_check(ids: list[str], byid: dict[str, dict], span: dict[str, Any]) -> None:
    """In a star-centred figure moons sit on schematic rings in their reference order: a stated order of
    moons is checked here against the table ([JPL-SAT]); unnamed moons cannot be ordered there."""
    tab = moon_table()
    for x, y in zip(ids, ids[1:]):
        nx, ny = byid[x]["name"], byid[y]["name"]
        if nx not in tab or ny not in tab:
            raise UnsupportedError(f"'{span['text']}' at {span['start']}-{span['end']}: the order of unnamed moons is "
                                   "drawn only in a figure centred on their planet (leave out the star, or name "
                                   "the moons)")
        if tab[nx]["a_km"] >= tab[ny]["a_km"]:
            raise UnsatisfiableError([span], [{"law": "reference: a named moon's semi-major axis", "source":
                                               "JPL Solar System Dynamics, Planetary Satellite Mean Elements"}],
                                     fix=[span], detail=f"{nx}: a = {tab[nx]['a_km']:,.0f} km, {ny}: a = "
                                                        f"{tab[ny]['a_km']:,.0f} km")


def moon_relation(c, centre: dict[str, Any] | None, allm: list[tuple[int, int, str]], byid: dict[str, dict],
                  text: str) -> list[Relation]:
    """"Phobos orbits closer to Mars than Deimos (does)": src inside tgt."""
    before = [x for x in allm if x[1] <= c.start]
    after = [x for x in allm if x[0] >= c.end]
    s, t = before[-1], after[0]
    if c.tag in ("RATIO", "RATIO2"):
        raise UnsupportedError(f"{_at(c)}: distance ratios between moons are not drawn; give their distances")
    if byid[s[2]]["parent"] != byid[t[2]]["parent"]:
        raise InputError(f"{_at(c)} compares moons of two planets; their distances are from different centres")
    inner, outer = (s[2], t[2]) if c.tag == "CLOSER" else (t[2], s[2])
    span = Span(s[0], t[1], text[s[0]:t[1]])
    if inner == outer:
        raise InputError(f"{_at(c)} needs a moon on each side")
    if centre is None:
        _pair_check([inner, outer], byid, span.to_dict())
        return []
    return [Relation("closer", inner, outer, span)]


_INNER_WORDS = frozenset({"inner", "closer", "nearer", "innermost", "inside"})


def pair_order(c, centre: dict[str, Any] | None, allm: list[tuple[int, int, str]], byid: dict[str, dict],
               text: str) -> list[Relation]:
    """"Phobos is the inner one", "Deimos is farther out": the body named just before the phrase (same
    sentence) orbits inside (or outside) the one other body of its kind about the same centre; with more or
    fewer than two such bodies which other is meant is not guessed."""
    before = [x for x in allm if x[1] <= c.start and not re.search(r"[.;!?](?:\s|$)", text[x[1]:c.start])]
    if not before:
        raise InputError(f"{_at(c)} says which of two bodies is inner or outer, but names none before it; "
                         "e.g. 'Phobos is the inner one'")
    s = before[-1]
    b = byid[s[2]]
    peers = [x for x in byid.values() if x["kind"] == b["kind"] and x.get("parent") == b.get("parent")
             and (centre is None or x["id"] != centre["id"])]
    if len(peers) != 2:
        raise InputError(f"{_at(c)} is clear for two {b['kind']}s only, the text has {len(peers)} around "
                         f"the same centre: say which one it is closer or farther than")
    other = next(x for x in peers if x["id"] != b["id"])
    word = (c.m.group("pord") or c.m.group("pcmp")).lower()
    inner, outer = (b["id"], other["id"]) if word in _INNER_WORDS else (other["id"], b["id"])
    span = Span(s[0], c.end, text[s[0]:c.end])
    if b["kind"] == "moon" and centre is None:
        _pair_check([inner, outer], byid, span.to_dict())
        return []
    return [Relation("closer", inner, outer, span)]


def order_relations(c, claims: list, centre: dict[str, Any] | None, allm: list[tuple[int, int, str]],
                    byid: dict[str, dict], text: str) -> list[Relation]:
    """"in order outward (from the planet): Io, Europa, Ganymede, Callisto" or the list before the phrase: one
    ``closer`` relation per neighbouring pair."""
    gap = r"[\s,:;\-–—()]*(?:(?:and|then|&)\s+)?[\s,]*"
    at = {x[0]: x[2] for x in allm}

    def member(d) -> bool:
        return d.tag in _BODY_TAGS and d.start in at and (centre is None or at[d.start] != centre["id"])
    seq: list = []
    pos = c.end
    for d in (d for d in claims if d.start >= c.end):
        if re.search(r"[.;!?](?:\s|$)", text[pos:d.start]):
            break
        if member(d):
            if seq and not re.fullmatch(gap, text[pos:d.start], re.I):
                break
            seq.append(d)
            pos = d.end
        elif seq:
            break
        elif d.tag in ("PLANETS", "STAR", "NAMED"):
            pos = d.end          # "from the planet:", "from the Sun:", "from Jupiter:"
        else:
            break
    if len(seq) < 2:
        seq, pos = [], c.start
        for d in sorted((d for d in claims if d.end <= c.start), key=lambda d: -d.start):
            if not member(d) or not re.fullmatch(gap if seq else r"[\s,:;\-–—(]*", text[d.end:pos], re.I):
                break
            seq.insert(0, d)
            pos = d.start
    if len(seq) < 2:
        return []
    ids = [at[d.start] for d in seq]
    span = Span(min(c.start, seq[0].start), max(c.end, seq[-1].end), "")
    span = Span(span.start, span.end, text[span.start:span.end])
    kinds = {byid[i]["kind"] for i in ids}
    if kinds == {"moon"}:
        if centre is None:
            _pair_check(ids, byid, span.to_dict())
            return []
        return [Relation("closer", x, y, span) for x, y in zip(ids, ids[1:])]
    if "moon" in kinds:
        raise InputError(f"'{span.text}' at {span.start}-{span.end} orders moons and planets together; their "
                         "distances are from different centres")
    return [Relation("closer", x, y, span) for x, y in zip(ids, ids[1:])]


_NOW = re.compile(r"(?i)\b(?:today|now|present|current)\b")


def check_then_now(claims: list, bodies: list[dict[str, Any]], unknown: list[tuple[str, int, int]]) -> None:
    """"closer than it does today" (a ``THENNOW`` claim): of the one body with two orbits, the one not said to be
    today's lies inside (``closer``) or outside today's; a text that says otherwise is impossible. With no such
    body, or no orbit said to be today's, the phrase is listed as not drawn."""
    twins = [b for b in bodies if b.get("orbit2") is not None]
    for c in (c for c in claims if c.tag == "THENNOW"):
        if len(twins) != 1:
            unknown.append((c.text, c.start, c.end))
            continue
        b = twins[0]
        o1, o2 = (b.get("stage") or ""), (b["orbit2"].get("stage") or "")
        if bool(_NOW.search(o1)) == bool(_NOW.search(o2)):
            unknown.append((c.text, c.start, c.end))
            continue
        now, then = (b, b["orbit2"]) if _NOW.search(o1) else (b["orbit2"], b)
        inside = c.m.group("cmp").lower() in ("closer", "nearer")
        if (then["a"] < now["a"]) != inside:
            raise UnsatisfiableError([_sp(c), then["spans"]["a"], now["spans"]["a"]],
                                     [{"law": "one body's orbit then and now, as compared", "source": "definition"}],
                                     fix=[_sp(c)], detail=f"{b['name']}: {then['a'] * _au():,.0f} km then, "
                                                          f"{now['a'] * _au():,.0f} km today")


def _two_orbits(moons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each moon with a second orbit (``_second_orbit``) as two bodies, one per orbit, named by the text's stage
    words ("satellite (initial parking)", "Moon (today)") or, where the clause has none, "orbit 1" / "orbit 2"."""
    out: list[dict[str, Any]] = []
    for b in moons:
        two = b.get("orbit2")
        if two is None:
            out.append(b)
            continue
        s1, s2 = b.get("stage") or "orbit 1", two.get("stage") or "orbit 2"
        if s1 == s2:
            s1, s2 = "orbit 1", "orbit 2"
        first = {k: v for k, v in b.items() if k not in ("orbit2", "stage")}
        first["name"] = f"{b['name']} ({s1})"
        second = {**{k: v for k, v in first.items() if k not in ("h_km", "h_text", "a_slack_km", "a_from_T")},
                  **{k: v for k, v in two.items() if k != "stage"}}
        second["id"] = f"{b['id']}_2"
        second["name"] = f"{b['name']} ({s2})"
        second["spans"] = {**(b["spans"] if isinstance(b.get("spans"), dict) else {}), **two["spans"]}
        out += [first, second]
    return out


def centred_scene(text: str, centre: dict[str, Any], bodies: list[dict[str, Any]], relations: list[Relation],
                  flags: dict[str, Any], claims: list, unknown: list[tuple[str, int, int]]) -> SceneGraph:
    """The planet-centred ``SceneGraph``: the planet (no parent) and its moons; no star entity."""
    from .astronomy import _WORD_RE, _common_words
    moons = [b for b in bodies if b["kind"] == "moon"]
    if len(moons) > MAX_MOONS:
        sp = moons[MAX_MOONS]["span"]
        raise UnsupportedError(f"the text asks for {len(moons)} moons of {centre['name']} ('{sp['text']}' at "
                               f"{sp['start']}-{sp['end']} is one too many); nesy draws at most {MAX_MOONS}")
    moons = _two_orbits(moons)
    art = sat_data()["artificial"]
    keep = ("id", "kind", "ref", "name", "parent", "span", "a", "e", "T", "spans", "h_km", "h_text", "mass_text", "day_text")
    out: list[dict[str, Any]] = []
    for b in [centre] + moons:
        d = {k: b.get(k) for k in keep if k in b}
        if b["name"] in art and b["kind"] == "moon":
            d["approx_h_km"] = float(art[b["name"]]["altitude_km"])   # the ISS: an approximate altitude [ISS]
        out.append(d)
    entities = [Entity(centre["id"], "planet", centre["name"], _freeze({"ref": centre["ref"], "parent": None}),
                       Span(centre["span"]["start"], centre["span"]["end"], centre["span"]["text"]))]
    rels = list(relations)
    for b in moons:
        entities.append(Entity(b["id"], "moon", b["name"], _freeze({"ref": b["ref"], "parent": centre["id"]}),
                               Span(b["span"]["start"], b["span"]["end"], b["span"]["text"])))
        rels.append(Relation("orbits", b["id"], centre["id"], Span(**b["span"])))
    attrs = {"star": None, "centre": centre["id"], "bodies": out, "ratios": [], **flags}
    ignored = tuple(Span(mm.start(), mm.end(), mm.group(0)) for mm in _WORD_RE.finditer(text)
                    if mm.group(0).lower() in _common_words()
                    and not any(c.start <= mm.start() < c.end for c in claims))
    return SceneGraph("astronomy", text, tuple(entities), tuple(rels), _freeze(attrs), ignored,
                      tuple(Span(s, e, w) for w, s, e in unknown))
