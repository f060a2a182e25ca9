"""Planet-centred systems of ``nesy.astronomy.v1``: a planet with its moons or artificial satellites when the
text names no star ("the Moon going round the Earth", "Saturn and his moon Titan", "a satellite orbiting Earth
at 400 km altitude"). nesy never adds a Sun the text does not name: the planet is drawn at the centre.

parse (called by ``astronomy.parse_astronomy``): ``moon_table`` — every moon nesy knows by name with its
planet and semi-major axis ([JPL-SAT], ``grammars/astronomy/satellites.yaml``); ``resolve_unlisted`` turns
"Mars and its moons", "Jupiter's four major moons" into the planet's named moons when the table says which
they are, and refuses naming the phrase when it cannot ("Jupiter and its moons": 95 known).

solve (``solve_centred``): Z3 over each moon's semi-major axis a (km) as tracked assertions — the text's own
distance, altitude (a = R + h, R the planet's equatorial radius [NASA]) or stationary orbit (Kepler's third
law with the planet's sidereal day), else the [JPL-SAT] value of a named moon; a > R (a satellite orbits
outside its planet); the text's orders. Given values win over the table; conflicting stated facts raise
``UnsatisfiableError`` naming the phrases. Moons with no distance anywhere are drawn on evenly spaced
schematic rings, and the figure says so (``Moons.scale == "schematic"``).

The drawing and the pixel verifier are ``astronomy_centred_draw`` and ``astronomy_centred_verify``.
"""
from __future__ import annotations

import functools
import math
import time
from dataclasses import dataclass
from typing import Any

from ..errors import InputError, UnsatisfiableError
from ..resources import load_yaml
from ..types import SceneGraph

__all__ = ["sat_data", "moon_table", "stationary_km", "resolve_unlisted", "Moons", "solve_centred",
           "is_centred", "centre_of"]


@functools.lru_cache(maxsize=1)
def sat_data() -> dict[str, Any]:
    """``grammars/astronomy/satellites.yaml`` (km, km³/s², s; sources in the file)."""
    return load_yaml("grammars", "astronomy/satellites.yaml")


@functools.lru_cache(maxsize=1)
def moon_table() -> dict[str, dict[str, Any]]:
    """Name → {parent, a_km} of every named moon (the Moon included) [JPL-SAT]."""
    return {str(k): {"parent": str(v["parent"]), "a_km": float(v["a_km"])} for k, v in sat_data()["moons"].items()}


def stationary_km(planet: str) -> float:
    """The radius (km, from the planet's centre) of the orbit whose period is the planet's sidereal day:
    Kepler's third law a³ = GM T² / 4π² ([Kepler], GM and day from [NASA])."""
    p = sat_data()["planets"][planet]
    return (float(p["gm_km3_s2"]) * float(p["day_s"]) ** 2 / (4 * math.pi ** 2)) ** (1 / 3)


def is_centred(scene: SceneGraph) -> bool:
    """Whether the scene is a planet-centred system (no star; ``attributes.centre`` names the planet)."""
    return bool(scene.attr("centre"))


def centre_of(scene: SceneGraph) -> dict[str, Any]:
    cid = scene.attr("centre")
    return next(b for b in scene.attr("bodies", []) if b["id"] == cid)


def resolve_unlisted(planet: dict[str, Any], phrase: dict[str, Any], count: int | None, wants_major: bool,
                     artificial_too: bool = False) -> list[str]:
    """The named moons a phrase without names means, or ``[]`` when it means unnamed moons.

    ``count`` None: "its moons" — all the planet's known moons, when the table holds every one of them
    ([NASA-M] count); otherwise the phrase cannot be drawn without inventing which: ``InputError`` naming it.
    ``wants_major``: "its four major moons", "Jupiter's four moons" — the planet's major moons when the count
    agrees. Unnamed planets have no table: "its moons" without a count is refused naming the phrase.
    ``artificial_too``: the phrase says "satellite(s)", which may be artificial: "a satellite orbiting Earth" is
    not the Moon, so only "its satellite(s)"/"major satellites" name the natural ones."""
    at = f"'{phrase['text']}' at {phrase['start']}-{phrase['end']}"
    ref = planet.get("ref")
    d = sat_data()
    if count is None and artificial_too and not wants_major:
        raise InputError(f"{at}: say how many satellites, or which (e.g. 'two satellites', 'the ISS')")
    if ref is None or ref not in d["planets"]:
        if count is None:
            raise InputError(f"{at}: say how many moons (e.g. 'a planet with two moons')")
        return []
    known = int(d["planets"][ref]["moons_known"])
    major = [str(x) for x in d["major"].get(ref, [])]
    if count is None:
        allm = [k for k, v in moon_table().items() if v["parent"] == ref]
        if known and len(allm) == known and known <= 6:
            return allm
        raise InputError(f"{at}: {ref} has {known} known moons (NASA); say which to draw, by name or as a group "
                         f"(e.g. '{ref}\u2019s {len(major)} major moons')" if known else
                         f"{at}: {ref} has no moons (NASA)")
    allm = [k for k, v in moon_table().items() if v["parent"] == ref]
    if count == known and len(allm) == known and not artificial_too:
        return allm          # "Mars with two moons": Mars has two, so they are Phobos and Deimos
    if wants_major and count == len(major):
        return major
    return []


@dataclass(frozen=True)
class Moons:
    """The solved planet-centred system: per moon (in drawing order, innermost first) its a (km) or None on a
    schematic figure; the planet's equatorial radius (km, None for an unnamed planet); the scale kind."""

    ids: tuple[str, ...]
    a_km: tuple[float | None, ...]
    radius_km: float | None
    scale: str
    solve_s: float


_CACHE: dict[SceneGraph, Moons] = {}


def solve_centred(scene: SceneGraph, timeout_s: float = 10.0) -> Moons:
    """Z3 over every moon's a (km); raises ``UnsatisfiableError`` with the user's phrases (cached per scene)."""
    o = _CACHE.get(scene)
    if o is None:
        o = _solve(scene, timeout_s)
        if len(_CACHE) >= 64:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[scene] = o
    return o


def _laws() -> dict[str, dict[str, str]]:
    return {
        "given": {"law": "given: a distance, altitude (a = R + h) or period the text states holds", "source": "the text"},
        "reference": {"law": "reference: a named moon's semi-major axis", "source":
                      "JPL Solar System Dynamics, Planetary Satellite Mean Elements (ssd.jpl.nasa.gov/sats/elem)"},
        "outside": {"law": "outside: a satellite orbits outside its planet (a > equatorial radius R)",
                    "source": "NASA Planetary Fact Sheet (equatorial radius)"},
        "order": {"law": "order: a stated order of distances holds between the semi-major axes", "source": "the text"},
    }


def _solve(scene: SceneGraph, timeout_s: float) -> Moons:
    import z3

    from .astronomy import _val
    from ..parse.words import z3_real
    t0 = time.perf_counter()
    planet = centre_of(scene)
    moons = [b for b in scene.attr("bodies", []) if b["kind"] == "moon"]
    au = float(load_yaml("solvers", "astronomy.yaml")["au_km"])
    table = moon_table()
    hypo = bool(scene.attr("hypothetical"))
    R = float(sat_data()["planets"][planet["ref"]]["radius_km"]) if planet.get("ref") in sat_data()["planets"] \
        else None
    def ref_km(m: dict[str, Any]) -> float | None:
        if hypo:
            return None
        if m["name"] in table:
            return table[m["name"]]["a_km"]
        if m.get("approx_h_km") is not None and R is not None:
            return R + float(m["approx_h_km"])     # the ISS: R + its approximate altitude [ISS]
        return None
    known = {m["id"]: (m["a"] * au if m.get("a") is not None else ref_km(m)) for m in moons}
    if all(v is None for v in known.values()):
        # no distance anywhere: schematic rings in the order the text's relations allow (text order otherwise)
        order = _schematic_order(scene, [m["id"] for m in moons])
        return Moons(tuple(order), tuple(None for _ in order), R, "schematic", time.perf_counter() - t0)
    missing = [m for m in moons if known[m["id"]] is None]
    if missing:
        sp = missing[0]["span"]
        raise InputError(f"'{sp['text']}' at {sp['start']}-{sp['end']}: its distance from {planet['name']} is not "
                         "given and the other moons are drawn to scale; give it (e.g. 'at 500 000 km')")
    ctx = z3.Context()
    s = z3.Solver(ctx=ctx)
    s.set("timeout", max(1, int(timeout_s * 1000)))
    laws = _laws()
    track: dict[str, tuple[list[dict], list[dict]]] = {}

    def tr(name: str, expr, phrases: list[dict], lw: list[dict]) -> None:
        track[name] = (phrases, lw)
        s.add(z3.Implies(z3.Bool(name, ctx), expr))

    A = {m["id"]: z3.Real(f"a_{m['id']}", ctx) for m in moons}
    for m in moons:
        i = m["id"]
        s.add(A[i] > 0)
        if m.get("a") is not None:
            tr(f"given:{i}", A[i] == z3_real(m["a"] * au, ctx), [m["spans"]["a"]], [laws["given"]])
        else:
            tr(f"ref:{i}", A[i] == z3_real(known[i], ctx), [m["span"]], [laws["reference"]])
        if R is not None:
            tr(f"outside:{i}", A[i] > z3_real(R, ctx), [(m["spans"] or {}).get("a", m["span"]), planet["span"]],
               [laws["outside"]])
    for k, r in enumerate(scene.relations):
        if r.kind == "closer" and r.source in A and r.target in A:
            tr(f"rel:{k}", A[r.source] < A[r.target], [r.span.to_dict()], [laws["order"]])
    flags = [z3.Bool(n, ctx) for n in track]
    res = s.check(*flags)
    if res == z3.unknown:
        from ..errors import SolverTimeoutError
        raise SolverTimeoutError("astronomy solve", timeout_s)
    if res == z3.unsat:
        core = sorted(str(x) for x in s.unsat_core())
        phrases: list[dict] = []
        lws: list[dict] = []
        for n in core:
            p, lw = track[n]
            phrases += [x for x in p if x not in phrases]
            lws += [x for x in lw if x not in lws]
        phrases.sort(key=lambda x: x["start"])
        rels = [track[n][0][0] for n in core if n.startswith(("rel:", "given:"))]
        raise UnsatisfiableError(phrases, lws, fix=rels[-1:] or phrases[-1:],
                                 detail="; ".join(f"{m['name']}: a = {known[m['id']]:,.0f} km" for m in moons
                                                  if any(n.endswith(':' + m['id']) for n in core)))
    mdl = s.model()
    a = {i: _val(mdl, A[i]) for i in A}
    order = sorted(a, key=lambda i: (a[i], [m["id"] for m in moons].index(i)))
    return Moons(tuple(order), tuple(a[i] for i in order), R, "linear", time.perf_counter() - t0)


def _schematic_order(scene: SceneGraph, ids: list[str]) -> list[str]:
    """Moons without distances, innermost first: the text's order, moved only as its 'closer' relations say
    (a cycle of relations is impossible and named)."""
    import networkx as nx
    g = nx.DiGraph()
    g.add_nodes_from(ids)
    spans: dict[tuple[str, str], dict] = {}
    for r in scene.relations:
        if r.kind == "closer" and r.source in ids and r.target in ids:
            g.add_edge(r.source, r.target)
            spans[(r.source, r.target)] = r.span.to_dict()
    try:
        return list(nx.lexicographical_topological_sort(g, key=ids.index))
    except nx.NetworkXUnfeasible:
        cyc = nx.find_cycle(g)
        ph = sorted((spans[e] for e in cyc), key=lambda x: x["start"])
        raise UnsatisfiableError(ph, [_laws()["order"]], fix=ph[-1:], detail="the stated orders form a cycle") from None
