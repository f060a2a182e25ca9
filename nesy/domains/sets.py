"""nesy.sets.v1 — set (Euler) diagrams: subset, disjoint, intersects, element of.

Each set is an ellipse outline in its own exact colour (from the scene's entity order and the
style in ``layout/sets.yaml``, never from the layout), labelled in its header; elements are dots.
The same primitive laws as cell containment; sets the text does not relate are drawn apart.

Verifying reads nesy's own figures by their exact outline colours. A figure in which the palette's
colours are not what most of the coloured ink shows (drawn by another tool: black outlines, its own
colours, translucent fills) is read by shape instead (``nesy.see.curves``): closed curves fitted to the
colour boundaries, each named from the OCR'd word nearest its own region, element dots named likewise;
then the same relation checks run on the curves' filled regions. Names that could not be read are
recovered from structure only when exactly one naming (up to the scene's symmetries) fits.
"""
from __future__ import annotations

import colorsys
import functools
import re

from ..registry import register
from ..resources import load_yaml
from ..solve.regions import RegionRules, RegionSolution
from ..types import Check, Label, SceneGraph, Shape
from .regionbase import Observed, RegionDomain, components, figure_area, legend_scale, read_png

__all__ = ["SetsDomain", "palette"]


@functools.lru_cache(maxsize=64)
def palette(n: int) -> tuple[str, ...]:
    """``n`` distinct exact colours on golden-angle hues (none equal to black, white or the frame)."""
    st = load_yaml("layout", "sets.yaml")
    frame = load_yaml("layout", "style.yaml")["frame"].lower()
    out: list[str] = []
    seen = {"#000000", "#ffffff", frame}
    k = 0
    while len(out) < n:
        h = (k * st["hue_step"]) % 1.0
        s = st["saturations"][(k // 7) % len(st["saturations"])]
        v = st["values"][(k // 3) % len(st["values"])]
        r, g, b = colorsys.hsv_to_rgb(h, s, v)
        c = "#%02x%02x%02x" % (round(r * 255), round(g * 255), round(b * 255))
        if c not in seen:
            seen.add(c)
            out.append(c)
        k += 1
    return tuple(out)


def _label(e) -> str:
    return e.name or e.id


@functools.lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every word written anywhere in the common and the sets grammar (keys and values), and every
    number word the shared number reader knows: a superset of what the region parser can read."""
    from ..parse import words as W
    out: set[str] = set()

    def walk(o: object) -> None:
        if isinstance(o, dict):
            for k, v in o.items():
                walk(k)
                walk(v)
        elif isinstance(o, (list, tuple)):
            for v in o:
                walk(v)
        elif isinstance(o, str):
            out.update(w.lower() for w in re.findall(r"\w+", o))
    walk(load_yaml("grammars", "common/grammar.yaml"))
    walk(load_yaml("grammars", "sets/grammar.yaml"))
    walk([list(W._UNIT_WORDS), list(W._TEN_WORDS), list(W._SCALES), ["hundred", "dozen", "dozens", "half", "and"]])
    return frozenset(out)


def _maybe_all_known(text: str) -> bool:
    """False when some word of ``text`` is surely unknown to the sets grammar, so the full parse (which
    refuses unknown words) would fail: skips loading spaCy for other sciences' texts. Conservative: a
    word counts as known if it, its lookup lemma or a plural stem is in the vocabulary, if it could be a
    name (any capitalised word, a letter with digits), or if it holds a digit."""
    from ..parse.lemmas import lemma_table
    vocab, lemmas = _vocabulary(), lemma_table()
    names = [re.compile(rx) for rx in load_yaml("grammars", "sets/grammar.yaml").get("names", {}).values()]
    for w in re.findall(r"\w+", text):
        low = w.lower()
        if (low in vocab or lemmas.get(low, low).lower() in vocab or low[:-1] in vocab or low[:-2] in vocab
                or w[:1].isupper() or any(ch.isdigit() for ch in w) or any(rx.match(w) for rx in names)):
            continue
        return False
    return True


@register("nesy.sets.v1")
class SetsDomain(RegionDomain):
    key = "sets"
    name = "nesy.sets.v1"

    def rules(self, scene: SceneGraph) -> RegionRules:
        data = self.law_data()
        st = self.style()
        size = st["label_size"]
        cw = load_yaml("layout", "style.yaml")["char_width"]

        def room(e) -> tuple[float, float]:
            w = len(_label(e)) * size * cw
            return (w + 6, size + 6) if e.kind == "set" else (w + 16, 0.0)
        laws = dict(data["laws"])
        laws["layout"] = {"doc": "sets are laid out in rows and columns inside their container",
                          "source": "nesy layout rule"}
        laws["label_room"] = {"doc": "every outline has room for its label", "source": "layout legibility rule"}
        laws["contained"] = laws["subset_is_containment"]
        for k in data["sizes"]:
            laws[f"min_size.{k}"] = {"doc": f"a {k} is drawn at least {data['sizes'][k]['min_px']} px",
                                     "source": "layout legibility rule"}
            laws[f"aspect.{k}"] = {"doc": f"a {k}'s width/height lies in {data['sizes'][k].get('aspect')}",
                                   "source": "layout rule"}
        return RegionRules(shape_of=lambda k: "point" if k == "element" else st["set_shape"],
                           sizes=data["sizes"], margins=data["margins"], laws=laws, label_room=room,
                           default_inside_law="contained", corner_radius=float(st["corner_radius"]),
                           containment=data.get("containment", {}))

    # the score ``fallback_score`` gives; detection asks for it only when no science scores this high
    fallback_weight = 0.5

    def score(self, text: str) -> float:
        """Set keywords (a count of them)."""
        return super().score(text)

    def fallback_score(self, text: str) -> float:
        """With no set keyword: a weak ``fallback_weight`` when the whole text parses as named sets and
        their relations ("A is left of B"). It needs a full parse (spaCy), so detection asks for it only
        when every science scored below it."""
        if super().score(text) or not _maybe_all_known(text):
            return 0.0
        from ..errors import NesyError
        from ..parse.grammar import SubjectlessRelationError
        try:
            sg = self.parse(text)
        except SubjectlessRelationError:
            return self.fallback_weight  # a sets text with a relation to refuse clearly (by its own error)
        except (NesyError, RecursionError):
            return 0.0
        return self.fallback_weight if sg.entities and sg.relations else 0.0

    def colors(self, scene: SceneGraph) -> dict[str, str]:
        pal = palette(len(scene.entities))
        return {e.id: pal[k] for k, e in enumerate(scene.entities)}

    def shapes_for(self, scene: SceneGraph, sol: RegionSolution) -> tuple[list[Shape], list[Label]]:
        st = self.style()
        col = self.colors(scene)
        size = st["label_size"]
        shapes: list[Shape] = []
        labels: list[Label] = []
        k = 2 ** -0.5
        for e in scene.entities:
            x0, y0, x1, y1 = sol.boxes[e.id]
            if e.kind == "element":
                cx, cy = x0 + 5, (y0 + y1) / 2
                shapes.append(Shape(e.id, "point", (cx, cy, cx, cy), col[e.id], "none",
                                    st["element_radius"], 100, "element"))
                labels.append(Label(_label(e), cx + 8, cy + size * 0.35, size))
                continue
            d = _depth(e.id, sol.parent)
            shapes.append(Shape(e.id, st["set_shape"], (x0, y0, x1, y1), "none", col[e.id],
                                st["set_stroke_width"], d, "set", float(st["corner_radius"])))
            # label at the top of the inner rectangle (the room the solver reserved for it)
            if st["set_shape"] == "ellipse":
                cx, cy, hw, hh = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
                lx0, lx1, ly0 = cx - hw * k, cx + hw * k, cy - hh * k
            else:
                inset = float(st["corner_radius"]) * (1 - k)
                lx0, lx1, ly0 = x0 + inset, x1 - inset, y0 + inset
            if e.id in sol.right_members:  # the left part of this outline is shared: label on the right
                labels.append(Label(_label(e), lx1 - 6, ly0 + 6 + size * 0.8, size, "end"))
            else:
                labels.append(Label(_label(e), lx0 + 6, ly0 + 6 + size * 0.8, size))
        return shapes, labels

    def observe(self, png: bytes, scene: SceneGraph) -> dict[str, Observed | None]:
        import numpy as np
        from ..see import classify, drop_small, majority
        full = read_png(png)
        rgb = figure_area(full)
        col = self.colors(scene)
        # one pass: every pixel read as the entity whose colour it shows (nesy.see: exact on nesy's own
        # PNG, nearest colour / blurred mix otherwise), then one box per entity
        from scipy import ndimage as ndi
        ents = list(scene.entities)
        lm = classify(rgb, {e.id: col[e.id] for e in ents})
        self._curve_checks: list[Check] = []
        if not _palette_figure(lm.labels):
            # drawn by another tool (its own colours or none): closed curves read by shape, named by OCR
            return self._observe_curves(full, scene)
        lab = np.where(lm.labels > 0, lm.labels, 0).astype(np.int32)
        if not lm.exact:
            lab = majority(lab, 5)
            # specks that blur/JPEG leave where two outlines cross or near text would stretch a convex
            # hull: pieces under 6 canvas px² (an outline piece or a dot is far larger) are dropped
            s = legend_scale(full, self.legend_for(scene))
            for k in range(1, len(ents) + 1):
                m = lab == k
                lab[m & ~drop_small(m, 6 * min(s, 1.0) ** 2)] = 0
        boxes = ndi.find_objects(lab, max_label=len(ents))
        seen: dict[str, Observed | None] = {}
        self._multi: list[str] = []
        for k, e in enumerate(ents):
            sl = boxes[k]
            if sl is None:
                seen[e.id] = None
                continue
            y0, x0 = sl[0].start, sl[1].start
            crop = lab[sl] == k + 1
            if e.kind == "element":
                comps = [_shift(o, x0, y0) for o in components(crop) if o.area >= 4]
                comps.sort(key=lambda o: -o.area)
                if len(comps) > 1:
                    self._multi.append(e.id)
                seen[e.id] = comps[0] if comps else None
                continue
            # a set's outline is an ellipse (convex): its region is the convex hull of its pixels,
            # which stays exact where another outline crosses it and cuts a few pixels out
            seen[e.id] = _hull_region(crop, int(x0), int(y0))
        return seen

    def _observe_curves(self, rgb, scene: SceneGraph) -> dict[str, Observed | None]:
        """Another tool's figure: every closed curve and element dot read by shape (``nesy.see.curves``),
        named from the OCR'd word nearest its own region; names that could not be read are recovered from
        structure only when one naming (up to the scene's symmetries) fits the stated relations."""
        from ..see.curves import assign_names, foreign_names, read_curves
        self._multi = []
        rd = read_curves(rgb)
        sets = {_label(e): e.id for e in scene.entities if e.kind != "element"}
        elems = {_label(e): e.id for e in scene.entities if e.kind == "element"}
        unused = assign_names(rd, list(sets), list(elems))
        foreign = foreign_names(rd, unused)
        seen: dict[str, Observed | None] = {e.id: None for e in scene.entities}
        loose: list[tuple[str, Observed]] = []   # (kind, object) read without a name
        frames = []
        wrong_names: list[str] = []
        for j, c in enumerate(rd.curves):
            o = Observed(c.region, 0, 0)
            frame = c.kind == "rect" and all((d.region <= c.region).all() for d in rd.curves)
            if c.name is not None and seen.get(sets[c.name]) is None:
                seen[sets[c.name]] = o
            elif j in foreign and not frame:
                wrong_names.append(foreign[j])   # a name was read, and the text has no such set
            else:
                loose.append(("set", o))
                frames.append(frame)
        for d in rd.dots:
            o = Observed(d.mask, 0, 0)
            if d.name is not None and seen.get(elems[d.name]) is None:
                seen[elems[d.name]] = o
            else:
                loose.append(("element", o))
                frames.append(False)
        # a rectangle holding every curve and named by nothing of the text is the page's universe frame
        loose = [lo for lo, fr in zip(loose, frames) if not fr]
        self._curve_checks = self._by_structure(scene, seen, loose, rd)
        if wrong_names:
            self._curve_checks.append(Check("names_read", (), wrong_names, "names of the text", "-", False,
                                            "a curve is named by a word the text does not name"))
        return seen

    def _by_structure(self, scene: SceneGraph, seen: dict, loose: list, rd) -> list[Check]:
        """Give the objects whose names were not read to the scene's unseen entities when exactly one
        naming (up to the scene's own symmetries) satisfies every stated relation; checks saying so."""
        import itertools
        kind_of = {e.id: ("element" if e.kind == "element" else "set") for e in scene.entities}
        missing = [i for i, o in seen.items() if o is None]
        out: list[Check] = []
        if loose and missing and len(loose) <= 7:
            m = self.law_data().get("margins", {})
            rels = list(scene.relations)
            fits = []
            for perm in itertools.permutations(range(len(loose)), min(len(missing), len(loose))):
                if any(loose[j][0] != kind_of[i] for i, j in zip(missing, perm)):
                    continue
                trial = dict(seen)
                for i, j in zip(missing, perm):
                    trial[i] = loose[j][1]
                if all(self._relation_check(r, trial, m).passed for r in rels):
                    fits.append(dict(zip(missing, perm)))
            if fits and all(_symmetric(scene, fits[0], f) for f in fits[1:]):
                for i, j in fits[0].items():
                    seen[i] = loose[j][1]
                used = set(fits[0].values())
                loose = [lo for j, lo in enumerate(loose) if j not in used]
                out.append(Check("names_read", tuple(sorted(fits[0])), "by structure (names not read)",
                                 "names read", "-", True, "the one naming that fits the relations"))
            elif fits:
                out.append(Check("names_read", tuple(sorted(missing)), f"{len(fits)} namings fit",
                                 "names read", "-", False,
                                 "the names could not be read and several namings fit the figure"))
        if loose:
            out.append(Check("extra_curve", (), f"{len(loose)} curve(s)/dot(s) no name of the text was read for",
                             0, 0, False, "every closed curve is one set of the text"))
        return out

    def domain_checks(self, scene: SceneGraph, seen: dict[str, Observed | None]) -> list[Check]:
        import numpy as np
        data = self.law_data()
        checks = [Check("one_object", (i,), "several pieces", "one dot", 0, False, "")
                  for i in getattr(self, "_multi", [])]
        checks += getattr(self, "_curve_checks", [])
        # which pairs may share pixels: nested pairs, stated/implied overlaps and their contents
        cont: dict[str, set[str]] = {}
        for r in scene.relations:
            if r.kind in ("inside", "element_of"):
                cont.setdefault(r.source, set()).add(r.target)

        def anc(i: str, depth: int = 0) -> set[str]:
            out: set[str] = set()
            for t in cont.get(i, ()):  # noqa: B007
                if depth < 64:
                    out |= {t} | anc(t, depth + 1)
            return out
        A = {e.id: anc(e.id) for e in scene.entities}
        over = {frozenset((r.source, r.target)) for r in scene.relations if r.kind == "overlaps"}
        for i, ps in cont.items():  # an element of two sets implies they meet
            ps = sorted(ps)
            for a in range(len(ps)):
                for b in range(a + 1, len(ps)):
                    over.add(frozenset((ps[a], ps[b])))
        ids = [e.id for e in scene.entities if seen.get(e.id) is not None]
        if len(ids) > 1:
            bb = np.array([[seen[i].x0, seen[i].y0, seen[i].x1, seen[i].y1] for i in ids])
            ox = (bb[:, None, 0] < bb[None, :, 2]) & (bb[None, :, 0] < bb[:, None, 2])
            oy = (bb[:, None, 1] < bb[None, :, 3]) & (bb[None, :, 1] < bb[:, None, 3])
            cand = np.argwhere(np.triu(ox & oy, 1))
        else:
            cand = []
        bad: list[str] = []
        for a, b in cand:
            i, j = ids[a], ids[b]
            if i in A[j] or j in A[i]:
                continue
            if frozenset((i, j)) in over or any(frozenset((x, y)) in over
                                                for x in A[i] | {i} for y in A[j] | {j}) and \
                    (frozenset((i, j)) in over):
                continue
            if frozenset((i, j)) in over:
                continue
            if seen[i].overlap(seen[j]) > 0:
                bad.append(f"{i}&{j}")
        checks.append(Check("unrelated_apart", tuple(sorted({e.id for e in scene.entities if e.kind == 'set'}))[:0],
                            bad[:10] if bad else 0, 0, 0, not bad, data["laws"]["unrelated_apart"]["source"]))
        return checks


def _palette_figure(labels) -> bool:
    """Whether a figure is nesy's own: at least as many pixels show the scene's palette colours as show
    colours nothing explains. nesy's outlines are palette-coloured (measured ≥ 1.9× the unexplained
    pixels, clean or degraded); another tool's figure has black outlines or its own colours (palette
    share ≤ 0.2 %)."""
    from ..see import UNKNOWN
    pal = int((labels > 0).sum())
    return pal > 0 and pal >= int((labels == UNKNOWN).sum())


def _symmetric(scene: SceneGraph, f: dict, g: dict) -> bool:
    """Whether two namings differ by a symmetry of the scene: the renaming f(i) → g(i) maps every stated
    relation onto a stated relation of the same kind."""
    inv = {v: k for k, v in f.items()}
    ren = {i: i for i in (e.id for e in scene.entities)}
    for j, i in inv.items():
        k = next((x for x, y in g.items() if y == j), None)
        if k is not None:
            ren[i] = k
    rels = {(r.kind, r.source, r.target) for r in scene.relations}
    sym = {"overlaps", "outside"}
    for kind, a, b in rels:
        t = (kind, ren.get(a, a), ren.get(b, b))
        if t not in rels and not (kind in sym and (kind, t[2], t[1]) in rels):
            return False
    return True


def _hull_region(crop, x0: int, y0: int) -> Observed | None:
    """The region of a convex outline: each row filled between its outermost outline pixels, and
    each column likewise. Both fills stay inside a convex outline, and their union bridges the
    pixels another outline drawn on top hides."""
    import numpy as np
    if crop.sum() < 8:
        return None

    def span_fill(m):
        any_ = m.any(axis=1)
        first = np.argmax(m, axis=1)
        last = m.shape[1] - 1 - np.argmax(m[:, ::-1], axis=1)
        cols = np.arange(m.shape[1])[None, :]
        return any_[:, None] & (cols >= first[:, None]) & (cols <= last[:, None])
    m = span_fill(crop) | span_fill(crop.T).T  # each is inside a convex outline, so their union is
    return Observed(m | crop, x0, y0)


def _shift(o: Observed, x0: int, y0: int) -> Observed:
    o.x0 += int(x0)
    o.x1 += int(x0)
    o.y0 += int(y0)
    o.y1 += int(y0)
    return o


def _depth(i: str, parent: dict) -> int:
    d, n = 0, parent.get(i)
    while n is not None and n != "__lens__" and d < 64:
        d, n = d + 1, parent.get(n)
    return d
