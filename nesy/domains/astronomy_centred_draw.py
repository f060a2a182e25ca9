"""The drawing of a planet-centred system (``astronomy_centred``): the planet at the centre, each moon on a
circle of radius a about it, innermost first, named beside its disc with its distance from the planet's centre
in km ("Titan 1,221,870 km"; "satellite 6,778 km, alt. 400 km"), and at the foot a scale bar in km and the
scale statement — as the star-centred figure (``astronomy_draw``; textbook sources in ``layout/astronomy.yaml``).

Linear when every ring stays apart (``min_gap``) and clear of the planet's disc; otherwise a log scale of a,
said on the figure. The planet's disc is drawn to the same scale when that leaves room (a satellite in low
orbit), else at the star's disc size and the statement says bodies are not to scale. Moons with no distance
given are drawn on evenly spaced rings in the text's order, and the figure says so ("schematic").

``frame`` is everything the verifier re-solves (canvas, centre, ring radii, scale bar, fixed labels, label
lines); ``layout`` places each moon on its ring for a seed.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ..errors import UnsupportedError
from ..types import Label, Layout, SceneGraph, Shape, _freeze
from .astronomy_centred import Moons, centre_of, solve_centred

__all__ = ["CFrame", "frame", "layout", "moon_lines", "bar_for"]


@dataclass(frozen=True)
class CFrame:
    """Canvas ``W`` × ``H`` px; the planet's centre and disc radius (px) and whether that radius is to scale;
    per moon (innermost first) its ring radius (px); scale ("linear" | "log" | "schematic"), px per km
    (linear, else 0); the scale bar (x0, y, length px, km) or None; fixed labels with roles; decoration
    shapes; each moon's label line; the scale statement."""

    W: int
    H: int
    centre: tuple[float, float]
    planet_r: float
    planet_to_scale: bool
    rings: tuple[tuple[str, float], ...]
    scale: str
    px_per_km: float
    bar: tuple[float, float, float, float] | None
    labels: tuple[tuple[str, Label], ...]
    marks: tuple[Shape, ...]
    moon_text: tuple[tuple[str, str], ...]
    note: str
    # per ring with an arrowhead: (moon id, x, y, ux, uy) as ``astronomy_draw.Frame.arrows``
    arrows: tuple[tuple[str, float, float, float, float], ...] = ()


def _style() -> dict[str, Any]:
    from .astronomy_draw import style
    return style()


def _km(v: float) -> str:
    return f"{v:,.0f}" if v >= 100 else f"{v:,.1f}"


def moon_lines(scene: SceneGraph, sol: Moons) -> dict[str, str]:
    """Per moon its label: its name and, on a drawn scale, a (km from the planet's centre) and any altitude."""
    bodies = {b["id"]: b for b in scene.attr("bodies", [])}
    out: dict[str, str] = {}
    for i, a in zip(sol.ids, sol.a_km):
        b = bodies[i]
        nm = b["name"] if b["ref"] or b["name"][0].isupper() else str(b["name"]).capitalize()
        # a mass the text gives the body, as it writes it (astronomy_masses)
        mass = f", mass {b['mass_text']}" if b.get("mass_text") else ""
        if a is None:
            out[i] = nm + mass
            continue
        t = f"{nm} {_km(a)} km"
        if b.get("h_km") is not None:
            t += f", alt. {b['h_text']}" if b.get("h_text") else f", alt. {_km(b['h_km'])} km"
        elif b.get("approx_h_km") is not None and b.get("a") is None:
            t += f", alt. \u2248{_km(b['approx_h_km'])} km"
        out[i] = t + mass
    return out


def bar_for(ppk: float) -> tuple[float, float]:
    """(km, px) of the scale bar: the round number of km (1, 2, 2.5, 5 × 10^k) nearest 100 px within
    ``bar_px``."""
    lo, hi = (float(v) for v in _style()["bar_px"])
    cands = [m * 10.0 ** k for k in range(0, 10) for m in (1, 2, 2.5, 5)]
    ok = [c for c in cands if lo <= c * ppk <= hi] or cands
    km = min(ok, key=lambda c: abs(math.log(c * ppk / 100.0)))
    return km, km * ppk


def _radii(scene: SceneGraph, sol: Moons) -> tuple[list[float], str, float, float, bool]:
    """Ring radii (px), scale, px per km, the planet's disc radius (px) and whether it is to scale."""
    st = _style()
    R = float(st["max_orbit"])
    gap = float(st["min_gap"])
    base = float(st["star_radius"])
    mr = float(st["moon_radius"])
    n = len(sol.ids)
    if sol.scale == "schematic":
        inner = base + mr + gap
        return [inner + (R - inner) * (k + 1) / n for k in range(n)], "schematic", 0.0, base, False
    a = [float(x) for x in sol.a_km]
    s = R / max(a)
    lin = [x * s for x in a]
    pr = (sol.radius_km or 0.0) * s
    to_scale = pr >= base and lin[0] - pr >= mr + gap
    pr = pr if to_scale else base
    ok = lin[0] >= pr + mr + gap and all(y - x >= gap for x, y in zip(lin, lin[1:]))
    if ok and not scene.attr("log"):
        return lin, "linear", s, pr, to_scale
    r_in = base + mr + gap + 20
    if max(a) / min(a) < 1 + 1e-9:
        return [R] * n, "log", 0.0, base, False
    return ([r_in + (R - r_in) * math.log(x / min(a)) / math.log(max(a) / min(a)) for x in a], "log", 0.0, base,
            False)


def note_for(scene: SceneGraph, scale: str, planet: str, to_scale: bool) -> str:
    """The scale statement at the figure's foot."""
    if scale == "schematic":
        s = "distances from the planet not given: rings schematic, evenly spaced; bodies not to scale"
    elif scale == "linear":
        s = (f"{planet} and orbits to scale, moons not to scale" if to_scale else
             "orbits to scale, bodies not to scale") + f"; a from {planet}'s centre"
    else:
        s = f"orbit radii on a log scale of a (from {planet}'s centre), bodies not to scale"
    return ("Hypothetical system: " if scene.attr("hypothetical") else "") + s + "; orbits drawn as circles"


def frame(scene: SceneGraph, sol: Moons | None = None) -> CFrame:
    """The seed-independent geometry of a planet-centred figure."""
    from .astronomy_draw import label_width
    sol = sol if sol is not None else solve_centred(scene)
    st = _style()
    planet = centre_of(scene)
    radii, scale, ppk, pr, to_scale = _radii(scene, sol)
    lines = moon_lines(scene, sol)
    pad = float(st["pad"])
    ls = float(st["label_size"])
    lw = max([label_width(t, ls) for t in lines.values()] + [0.0]) + float(st["moon_radius"]) + float(st["label_gap"])
    note = note_for(scene, scale, str(planet["name"]).capitalize() if not planet["ref"] else planet["name"], to_scale)
    ns = float(st["note_size"])
    Rm = max(radii)
    cx, cy = pad + lw + Rm, pad + Rm + float(st["moon_radius"])
    W = int(math.ceil(max(2 * (pad + lw + Rm), 2 * pad + label_width(note, ns) + 2 * pad)))
    cx = W / 2.0
    band_top = cy + Rm + float(st["moon_radius"]) + pad
    H = int(math.ceil(band_top + float(st["band_h"])))
    labels: list[tuple[str, Label]] = []
    marks: list[Shape] = []
    ink = st["mark_color"]
    pname = planet["name"] if planet["ref"] else str(planet["name"]).capitalize()
    if planet.get("mass_text"):
        pname += f", mass {planet['mass_text']}"    # the planet's mass as the text writes it (astronomy_masses)
    if planet.get("day_text"):
        pname += f", day {planet['day_text']}"      # its rotation period as the text writes it (astronomy_masses)
    # the planet's name under its disc, or inside a large (to-scale) disc's lower half on the page colour
    labels.append(("planet", Label(pname, cx, cy + pr + 15 if not to_scale else cy + Rm + float(st["moon_radius"]) + 16,
                                   ls, "middle")))
    bar = None
    tk = float(st["tick"])
    y_bar = band_top + 10
    if scale == "linear":
        km, L = bar_for(ppk)
        x0 = pad
        bar = (x0, y_bar, L, km)
        marks.append(Shape("_scale_bar", "line", (x0, y_bar, x0 + L, y_bar), stroke=ink, stroke_width=2.0, z=3,
                           cls="mark"))
        for k, x in enumerate((x0, x0 + L)):
            marks.append(Shape(f"_scale_tick{k}", "line", (x, y_bar - tk, x, y_bar + tk), stroke=ink,
                               stroke_width=1.5, z=3, cls="mark"))
        labels.append(("bar", Label(f"{km:,.0f} km", x0 + L + 8, y_bar + ns * 0.35, ns, "start")))
    labels.append(("note", Label(note, pad, y_bar + 26, ns, "start")))
    arrows = _ring_arrows(scene, sol, (cx, cy), radii, [lb for _r, lb in labels], st)
    from .astronomy_draw import _arrow_shape
    marks += [_arrow_shape(mid, x, y, ux, uy, st) for mid, x, y, ux, uy in arrows]
    return CFrame(W, H, (cx, cy), pr, to_scale, tuple(zip(sol.ids, radii)), scale, ppk, bar, tuple(labels),
                  tuple(marks), tuple((i, lines[i]) for i in sol.ids), note, tuple(arrows))


def _ring_arrows(scene: SceneGraph, sol: Moons, centre: tuple[float, float], radii: list[float], labels: list[Label],
                 st: dict[str, Any]) -> list[tuple[str, float, float, float, float]]:
    """An arrowhead on the ring of each named moon whose sense of revolution is known: counter-clockwise
    (prograde: the Galilean moons, Titan, the Moon …) or clockwise where the table marks the moon retrograde
    (Triton) — seen from the pole about which the planet spins counter-clockwise, as the star-centred figure
    is seen from the north ecliptic pole (``astronomy_draw._arrows``). An
    unnamed moon or an artificial satellite gets none: its sense is not in the text."""
    from .astronomy_centred import sat_data
    from .astronomy_draw import _arrows_on, label_box
    table = sat_data()["moons"]
    bodies = {b["id"]: b for b in scene.attr("bodies", [])}
    cx, cy = centre
    rings, sense = [], []
    for mid, r in zip(sol.ids, radii):
        row = table.get(bodies[mid]["name"]) if bodies[mid]["kind"] == "moon" else None
        if row is None:
            continue
        rings.append((mid, cx, cy, r, r))
        sense.append(-1 if row.get("retrograde") else 1)
    all_rings = [(mid, cx, cy, r, r) for mid, r in zip(sol.ids, radii)]
    return _arrows_on(rings, sense, all_rings, [label_box(lb) for lb in labels], st)


def layout(scene: SceneGraph, *, seed: int = 0, attempt: int = 0, timeout_s: float = 10.0) -> Layout:
    """Solve and draw: the planet's disc at the centre, each moon's ring about it and the moon on its ring at the
    first angle (a golden-angle spread turned by ``seed``/``attempt``) where its disc and label keep clear of
    every other disc and label and stay on the canvas."""
    import time
    from ..resources import load_yaml
    from .astronomy_draw import _crosses, _overlaps, body_labels, label_box
    t0 = time.perf_counter()
    sol = solve_centred(scene, timeout_s)
    st = _style()
    fr = frame(scene, sol)
    planet = centre_of(scene)
    cx, cy = fr.centre
    pr = fr.planet_r
    mr = float(st["moon_radius"])
    from .astronomy_draw import body_colours
    fill, edge = body_colours(planet, st)
    shapes: list[Shape] = [Shape(planet["id"], "circle", (cx - pr, cy - pr, cx + pr, cy + pr), fill=fill,
                                 stroke=edge, stroke_width=1.0, z=5, cls="planet")]
    labels: list[Label] = [lb for _r, lb in fr.labels]
    boxes = [label_box(lb) for lb in labels]
    discs: list[tuple[float, float, float]] = [(cx, cy, pr)]
    hl = float((st.get("arrow") or {}).get("length", 10)) / 2
    discs += [(x, y, hl) for _m, x, y, _ux, _uy in fr.arrows]   # no moon over an arrowhead
    band_top = fr.H - float(st["band_h"])
    golden = math.radians(137.50776)
    lines = dict(fr.moon_text)
    circles = tuple((i, cx, cy, r, r) for i, r in fr.rings)
    for k, (mid, r) in enumerate(fr.rings):
        shapes.append(Shape(f"orbit_{mid}", "circle", (cx - r, cy - r, cx + r, cy + r), stroke=st["orbit_color"],
                            stroke_width=float(st["orbit_width"]), z=1, cls="orbit"))
        base_t = -math.pi / 4 + golden * (k + attempt + seed)
        first = fallback = None
        for j in range(144):
            t = base_t + math.radians(12.5) * ((j + 1) // 2) * (1 if j % 2 else -1)
            px, py = cx + r * math.cos(t), cy + r * math.sin(t)
            if not (all(math.hypot(px - x, py - y) >= mr + rr + 6 for x, y, rr in discs)
                    and 4 < px - mr and px + mr < fr.W - 4 and 4 < py - mr and py + mr < band_top
                    and not any(_overlaps((px - mr, py - mr, px + mr, py + mr), o) for o in boxes)):
                continue
            first = first or (px, py)
            lbs = body_labels((lines[mid],), px, py, mr, px >= cx)
            bx = [label_box(lb) for lb in lbs]
            if all(4 <= q[0] and q[2] <= fr.W - 4 and 2 <= q[1] and q[3] <= band_top for q in bx) and \
                    not any(_overlaps(q, o) for q in bx for o in boxes) and \
                    not any(_overlaps(q, (x - rr, y - rr, x + rr, y + rr)) for q in bx for x, y, rr in discs):
                fallback = fallback or (px, py)
                if not any(_crosses(q, e) for q in bx for e in circles):   # its own ring too
                    break
        else:
            if fallback is None and first is None:
                raise UnsupportedError(f"no room to draw {mid} apart from the other bodies; use fewer moons")
            px, py = fallback or first
            lbs = body_labels((lines[mid],), px, py, mr, px >= cx)
        discs.append((px, py, mr))
        labels.extend(lbs)
        boxes.extend(label_box(lb) for lb in lbs)
        shapes.append(Shape(mid, "circle", (px - mr, py - mr, px + mr, py + mr), fill=st["moon_color"],
                            stroke=st["moon_color"], stroke_width=1.0, z=6, cls="moon"))
    shapes.extend(fr.marks)
    au = float(load_yaml("solvers", "astronomy.yaml")["au_km"])
    extras = {"figure_width": fr.W, "scale": fr.scale, "px_per_km": fr.px_per_km, "centre": planet["id"],
              "centre_px": [cx, cy], "r_px": {i: r for i, r in fr.rings},
              "solution": {i: ({"a_km": a, "a_au": a / au} if a is not None else {"a_km": None})
                           for i, a in zip(sol.ids, sol.a_km)}}
    stats = {"solve_s": round(time.perf_counter() - t0, 4), "z3_s": round(sol.solve_s, 4),
             "bodies": len(sol.ids) + 1, "scale": fr.scale}
    return Layout("astronomy", fr.W, fr.H, tuple(shapes), tuple(labels), (), tuple(sorted(stats.items())),
                  _freeze(extras))
