"""Sets: drawing and checking a word problem's region counts (``sets_count_scene``).

Each region's count is drawn as nesy draws an element — a dot in exactly the region's sets, with the
number written beside it. When the text gives a total, the universe is the rectangle round them all,
named in its corner with the total ("U  (30 students)"); the answers to the questions asked are written
in a caption line under the figure, said to be answers derived by inclusion–exclusion (Rosen §2.2), not
given data, with what "?" means where the text leaves a count free. No legend panel. The verifier reads,
from the pixels alone, that each count's dot lies in its region and in no other set, and that the ink
beside it is the number (compared with nesy's own rendering of that number, ``regionbase.text_mismatch``).
"""
from __future__ import annotations

from ..types import Check, SceneGraph

__all__ = ["caption_lines", "word_problem_layout", "universe_name", "count_checks", "FRAME_ID"]

# ``nesy.see.lines.text_mismatch`` below this: the number drawn is the one stated (measured on nesy's own
# PNG: the right number 0.07, one digit changed 0.33–0.47)
TEXT_TOL = 0.2


def _name(scene: SceneGraph, i: str) -> str:
    e = next((e for e in scene.entities if e.id == i), None)
    return (e.name or e.id) if e is not None else i


# words that may follow a total and name nothing counted ("30 in all", "30 of them", "30 are asked")
_NOT_NOUNS = frozenset("of in are were is was and or in all total altogether who that which".split())


def _noun(c: dict) -> str:
    """What the total counts ("In a class of 30 students" → "students"), or ""."""
    import re
    for st in c.get("statements", []):
        m = re.search(rf"\b{c['total']}\s+([A-Za-z][a-z]+)\b", st["text"])
        if m and m.group(1).lower() not in _NOT_NOUNS:
            return m.group(1).lower()
    return ""


def universe_name(scene: SceneGraph) -> str:
    """The universe's letter: U (Rosen §2.1), or ξ when a set of the text is already named U."""
    names = {(e.name or e.id) for e in scene.entities if e.kind == "set"}
    return "ξ" if "U" in names else "U"


def caption_lines(scene: SceneGraph) -> list[str]:
    """The line(s) under a count diagram: the answers to the questions asked, said to be answers (derived
    by inclusion–exclusion, not given), and what '?' means with the counts the text did state."""
    from ..types import _thaw
    c = scene.attr("counts")
    if not c:
        return []
    c = _thaw(c)
    out = []
    for q in c.get("asked", []):
        ans = "not fixed by the text" if q["answer"] is None else str(q["answer"])
        qt = q["question"].strip()
        qt = qt[4:] if qt.lower().startswith("and ") else qt
        qt = qt[:1].upper() + qt[1:]
        out.append(f"Answer (derived by inclusion–exclusion): {qt.rstrip('?. ')}? {ans}")
    if any(r["count"] is None for r in c["regions"]):
        given = "; ".join(s["text"] for s in c.get("statements", []))
        out.append("? = a count the text does not fix" + (f" (given: {given})" if given else ""))
    return out


def word_problem_layout(scene: SceneGraph, lay):
    """A count diagram as a textbook draws a word problem (Rosen §2.2, Fig. 3; school texts' "n(U) = 30"):
    when the text gives a total, the universe as a rectangle round every curve and count, named in its
    top-left corner with the total ("U  30 students"); each region's count in its region (the dots
    ``shapes_for`` drew); the answers asked in a caption line under the figure, not as data in a key."""
    from dataclasses import replace
    from ..render.caption import with_caption
    from ..resources import load_yaml
    from ..types import Label, Shape, _freeze, _thaw
    c = _thaw(scene.attr("counts"))
    if c.get("universe_set"):   # the universe is a set of the scene, drawn as such: its total in the caption
        lines = caption_lines(scene)
        if c.get("total") is not None:
            noun = _noun(c)
            lines = [f"{c['universe_set']}: {c['total']} {noun}".rstrip()] + lines
        return with_caption(lay, lines)
    if c.get("total") is not None:
        st = _style()
        size = float(st["label_size"])
        band = size + 10       # room above the drawing for the universe's name
        sh = tuple(replace(s, box=(s.box[0], s.box[1] + band, s.box[2], s.box[3] + band),
                           points=tuple((x, y + band) for x, y in s.points)) for s in lay.shapes)
        lb = tuple(replace(x, y=x.y + band) for x in lay.labels)
        W = lay.extra("figure_width", lay.width)
        H = lay.height + band
        frame = Shape(FRAME_ID, "rect", (6.0, 6.0, W - 6.0, H - 6.0), "none", "#000000",
                      float(st["universe_stroke_width"]), -1, "set")
        noun = _noun(c)
        name = universe_name(scene)
        text = f"({c['total']} {noun})" if noun else f"(total {c['total']})"
        cw = float(load_yaml("layout", "style.yaml")["char_width"])
        uni = (Label(name, 12.0, 6.0 + 4 + size * 0.8, size, italic=True),
               Label(text, 12.0 + size * cw * 2.2, 6.0 + 4 + size * 0.8, size))
        ex = {k: lay.extra(k) for k, _ in lay.extras}
        ex["universe"] = {"name": name, "total": c["total"], "noun": noun}
        lay = replace(lay, height=H, shapes=(frame,) + sh, labels=lb + uni, extras=_freeze(ex))
    return with_caption(lay, caption_lines(scene))


FRAME_ID = "_universe"   # drawn, not a set: "_" keeps it out of layout.json's entities (types.Layout.geojson)


def _style() -> dict:
    from ..render.style import science_style
    return science_style("sets")


def count_checks(dom, scene: SceneGraph, seen: dict) -> list[Check]:
    """Each count's dot in no set outside its region, and its number written beside it."""
    from ..types import _thaw
    from ..see.lines import darkness
    from .regionbase import figure_area, read_png
    c = _thaw(scene.attr("counts"))
    st = dom.style()
    size = float(st["label_size"])
    gap = float(st["element_label_gap"])
    ink = darkness(figure_area(read_png(dom._last_png))) if getattr(dom, "_last_png", None) is not None else None
    sets = [e.id for e in scene.entities if e.kind == "set"]
    out: list[Check] = []
    for r in c["regions"]:
        o = seen.get(r["id"])
        if o is None:
            continue    # reported by "visible"
        e = next(e for e in scene.entities if e.id == r["id"])
        phrase = e.span.text if e.span else "counts"
        stray = [s for s in sets if s not in r["sets"] and s != c.get("universe_set") and seen.get(s) is not None
                 and o.overlap(seen[s]) > 0]   # (every count lies in the universe the text names as a set)
        out.append(Check("count_region", (r["id"],), stray or "its region only", "in exactly " +
                         (" and ".join(r["sets"]) or "no set"), 0, not stray, phrase))
        if ink is None:
            continue
        import numpy as np
        ys, xs = np.nonzero(o.mask)
        cx, cy = o.x0 + xs.mean(), o.y0 + ys.mean()
        bad = _text_mismatch(ink, e.name or "", size, cx + gap, cy + size * 0.35)
        out.append(Check("count_text", (r["id"],), round(bad, 3), f"'{e.name}' beside its dot", TEXT_TOL,
                         bad < TEXT_TOL, phrase))
    return out


def _text_mismatch(ink, text: str, size: float, x: float, y: float) -> float:
    """The smallest mismatch over sub-pixel phases (¼ px) within a pixel of where the number belongs: the
    dot's centroid gives its place to a fraction of a pixel only."""
    from ..see.lines import text_mismatch
    steps = [k / 4 for k in range(-4, 4)]
    return min(text_mismatch(ink, text, size, x + fx, y + fy, "start", search=4)[0] for fx in steps for fy in steps)
