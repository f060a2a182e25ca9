"""Sets: drawing and checking a word problem's region counts (``sets_count_scene``).

Each region's count is drawn as nesy draws an element — a dot in exactly the region's sets, with the
number written beside it — and the figure says in words under it what the numbers are: each region's
count ("Physics only 8, both 12, …, neither 4; total 30"), the answers to the questions asked
("at least one: 26", by inclusion–exclusion, Rosen §2.2), and that "?" marks a count the text leaves
free. The verifier reads, from the pixels alone, that each count's dot lies in its region and in no
other set, and that the ink beside it is the number (compared with nesy's own rendering of that
number, ``regionbase.text_mismatch``).
"""
from __future__ import annotations

from ..types import Check, SceneGraph

__all__ = ["count_legend", "count_checks"]

BLANK = "#ffffff"   # the swatch of a key line that names no region
# ``nesy.see.lines.text_mismatch`` below this: the number drawn is the one stated (measured on nesy's own
# PNG: the right number 0.07, one digit changed 0.33–0.47)
TEXT_TOL = 0.2


def _name(scene: SceneGraph, i: str) -> str:
    e = next((e for e in scene.entities if e.id == i), None)
    return (e.name or e.id) if e is not None else i


def count_legend(scene: SceneGraph) -> list[tuple[str, str]]:
    """The key beside a count diagram (empty when the scene has no counts): each region's count with its
    dot's colour, the total, the answers asked, and what '?' means."""
    from ..types import _thaw
    from .sets_draw import colours
    c = scene.attr("counts")
    if not c:
        return []
    c = _thaw(c)
    col = colours(scene, "colour")
    out = []
    sets_n = max((len(r["sets"]) for r in c["regions"]), default=0)
    for r in c["regions"]:
        v = "?" if r["count"] is None else str(r["count"])
        names = [_name(scene, i) for i in r["sets"]]
        if not names:
            where = "neither" if sets_n == 2 else "none of them"
        elif len(names) == 1:
            where = f"{names[0]} only"
        elif len(names) == sets_n:
            where = "both" if sets_n == 2 else "all three"
        else:
            where = " and ".join(names) + " only"
        out.append((f"{where}: {v}", col[r["id"]]))
    if c.get("total") is not None:
        out.append((f"total: {c['total']}", BLANK))
    for q in c.get("asked", []):
        ans = "not fixed by the text" if q["answer"] is None else str(q["answer"])
        qt = q["question"].strip()
        qt = qt[4:] if qt.lower().startswith("and ") else qt
        out.append((f"{qt} → {ans}", BLANK))
    if any(r["count"] is None for r in c["regions"]):
        out.append(("? = a count the text does not fix", BLANK))
        # what the text did state stays on the figure, since the regions alone cannot show it
        out += [(f"given: {s['text']}", BLANK) for s in c.get("statements", [])]
    return out


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
        stray = [s for s in sets if s not in r["sets"] and seen.get(s) is not None and o.overlap(seen[s]) > 0]
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
