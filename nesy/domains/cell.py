"""nesy.cell.v1 — cell biology: cells, membranes, walls and organelles, with cited size laws.

Data: ``grammars/cell/grammar.yaml`` (vocabulary), ``solvers/cell.yaml`` (laws with sources),
``layout/cell.yaml`` (colours, names, organelle detail; drawn by ``cell_draw``: textbook organelles, one
label per kind with a leader line, no legend panel). Hands the pipeline a ``Layout`` of nested outlines and
verifies a PNG by the exact fill/outline colour of each organelle kind in either palette variant (colour,
grey: ``_own_palette``) — or, for a figure in no palette of nesy's (drawn by another tool, or nesy's own
recoloured), by shape: the closed regions ``nesy.see.regions`` reads and their nesting, matched to the
scene by containment, count, size and shape (``_observe_other``).
"""
from __future__ import annotations

import math
from dataclasses import replace

from ..registry import register
from ..solve.regions import RegionRules, RegionSolution
from ..types import Check, Label, Layout, SceneGraph, Shape, _freeze
from ..parse.grammar_absent import absences_of
from .regionbase import Observed, RegionDomain, components, label_collisions, read_png, _natkey

__all__ = ["CellDomain"]


@register("nesy.cell.v1")
class CellDomain(RegionDomain):
    key = "cell"
    name = "nesy.cell.v1"
    legend_panel = False

    def style(self) -> dict:
        """``layout/cell.yaml`` with the active style variant (``palette: grey``) merged in."""
        from ..render.style import science_style
        return science_style("cell")

    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        """Statements about every organelle of some kinds ("all organelles other than the nucleoli sit in
        the cytoplasm", ``cell_collective``), then the shared grammar on the rest of the text, read with its
        asides, comma splices and "+" lists made plain (``cell_clauses``); one set named twice, uncounted and
        counted, is one set (``cell_merge``), a cell the text states as one is one however often it is named
        (``cell_corefer``), a count said twice names the same things (``cell_restate``), and a contrast with
        another figure ("not the one with the huge vacuole") states no absence (``cell_contrast``)."""
        from .cell_each import each_lists
        from .cell_members import map_back, ordinal_members
        from .cell_nuclei import apply_nucleate
        # "each guard cell: 1 nucleus, 5 chloroplasts" is "each guard cell has …" (cell_each)
        ew = each_lists(text)
        said = ew[0] if ew is not None else text
        rw = ordinal_members(said)
        if rw is not None:
            # "Two cells: one with a nucleus, the other with …": the members of the announced count, read as
            # ordinals ("the first …, the second …"), spans mapped back to the user's words (cell_members)
            scene = map_back(self._parse(rw[0], allow_unknown), said, rw[1])
        else:
            scene = self._parse(said, allow_unknown)
        if ew is not None:
            scene = map_back(scene, text, ew[1])
        from .cell_clauses import check_postfix_left
        check_postfix_left(scene, text)      # "3 vacuoles 4": a number no reading attached is refused, named
        return apply_nucleate(scene, text)   # "a binucleate hepatocyte": two nuclei (cell_nuclei)

    def _parse(self, text: str, allow_unknown: bool) -> SceneGraph:
        from .cell_clauses import plain_clauses
        from .cell_merge import merge_of, merge_restated, restated_alone
        from ..errors import NesyError
        said = text
        try:
            scene = self._read(plain_clauses(text), said, allow_unknown)   # same offsets: asides, splices, "+" lists
        except NesyError:
            # what the rewritten text could not say, the user's own words say in the refusal (or read)
            scene = self._read(text, said, allow_unknown)
        alone = restated_alone(merge_of(scene))
        if alone:
            # an uncounted mention of what a count names later, saying nothing else: read without it, so
            # "them" and "each of them" point back to the counted things alone
            chars = list(plain_clauses(text))
            for a, b in alone:
                chars[a:b] = " " * (b - a)
            try:
                again = self._read("".join(chars), said, allow_unknown)
            except NesyError:
                again = None   # the first reading stands, merged below
            if again is not None and again.entities:
                scene = again
        from .cell_contrast import drop_contrasts
        from .cell_restate import distribute_per, drop_elided_per, merge_restated_counts, split_shared
        scene = drop_elided_per(merge_restated_counts(distribute_per(split_shared(merge_restated(scene)))))
        from .cell_recount import recount   # "4 mitochondria. … 5 mitochondria": corrected, or refused; never 9
        from .cell_apart import named_apart    # "macronucleus + micronucleus": two nuclei (cell_apart)
        from .cell_total import summed_totals   # "… (so 2 nuclei in total)": those two, not two more (cell_total)
        from .cell_measures import measured_fills   # "nucleus 8 µm across" in "a cell 25 µm across": in proportion
        return measured_fills(summed_totals(named_apart(recount(drop_contrasts(scene)))))   # "not the textbook one with the huge vacuole: give it two"

    def _read(self, text: str, said: str, allow_unknown: bool) -> SceneGraph:
        """The shared grammar on ``text`` (``said`` with some characters rewritten or blanked, same offsets),
        after the statements of ``cell_collective`` and ``cell_size``; spans read from ``said``."""
        from ..parse.grammar import parse_text
        from .cell_collective import apply_collective, blank, find_collective
        from .cell_size import apply_sizes, find_sizes, blank as blank_sizes
        found = find_collective(text)
        sized = find_sizes(blank(text, found) if found else text)
        plain = blank_sizes(blank(text, found), sized) if sized else blank(text, found)
        scene = parse_text(plain if (found or sized) else text, self.key, allow_unknown=allow_unknown)
        if found:
            scene = apply_collective(scene, text, found)
        if sized:
            scene = apply_sizes(scene, text, sized)
        if found or sized or said != text:
            from .cell_size import restore_spans
            scene = restore_spans(replace(scene, text=said), said)
        from .cell_members import lift_coordinated
        return lift_coordinated(scene)   # "a cell with a nucleus and a cell with …": two cells side by side

    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0, feedback=None,
              timeout_s: float = 20.0, margin_growth: float = 0.5) -> Layout:
        """The region solver, after the laws on a cell's type (``cell_types.check_types``: no nucleus in a
        bacterium, no chloroplast in an animal cell) have refused what no cell of that type holds. A plant
        cell's central vacuole is drawn large (``layout/cell.yaml`` ``central_vacuole``) where the text
        allows it; a text that rules that out (a vacuole smaller than the nucleus) is drawn, or refused,
        under the cited laws alone, so the look never makes a text impossible."""
        from ..errors import InputError, NothingToDrawError, SolverTimeoutError, UnsatisfiableError, UnsupportedError
        from ..parse.grammar_absent import conflicts
        from ..solve.regions import solve_regions
        from .cell_types import check_types
        if not scene.entities:
            raise NothingToDrawError("the text names nothing to draw (no entity of the cell vocabulary was found)")
        from .cell_parts import check_centrosome, paired_scene
        check_types(scene)
        conflicts(scene, {"cell_wall": "cell"})
        check_centrosome(scene, self.rules(scene))
        kw = dict(seed=seed, attempt=attempt, timeout_s=timeout_s, margin_scale=1.0 + margin_growth * attempt)
        from .cell_fill import box_shape, central_view, dim_ratios, eccentric_view, fill_targets, tissue_view
        targets = fill_targets(scene)
        shapes = box_shape(scene, targets)
        stated = dim_ratios(scene, targets, shapes)   # what the text says: kept in every try below
        base = tissue_view(eccentric_view(scene), shapes)
        sol = None
        # looks first (the central vacuole filling the middle of its cell with the rest around it, centrioles
        # side by side in pairs), then the cited laws and the stated sizes alone: a look never makes a text
        # impossible
        big = _central_vacuoles(scene)
        vac = _big_vacuole(scene, targets) if big or targets else None
        looks = []
        centred = [e.id for e in scene.entities if e.attr("centre")]
        if vac is not None:
            if len(centred) == 1:
                # a stated middle ("a central vacuole in the middle") is kept in every try, the look's too
                base = central_view(base, centred[0], ring=False)
            cv = self.style()["central_vacuole"]
            look = {vac: tuple(cv["area"])} if big and vac not in targets else {}
            dims = dim_ratios(scene, targets, shapes, look)
            looks.append((paired_scene(central_view(base, vac)), big, dims))
            looks.append((paired_scene(central_view(base, vac, ring=False)), big, dims))
        elif len(centred) == 1:
            # "the nucleus in the centre": in the middle of its cell, the rest around it (a look); the middle
            # itself is stated, so it is kept in every try
            looks.append((paired_scene(central_view(base, centred[0])), big, stated))
            base = central_view(base, centred[0], ring=False)
        looks.append((paired_scene(base), big, stated))
        if looks[-1][0] is not base:
            looks.append((base, big, stated))
        used = None
        # room for an ER drawn as a network round its nucleus (cell_er; layout/cell.yaml er_network.cell_min):
        # a look, tried first in each arrangement and dropped when it cannot hold
        room = [self._room(scene), None] if self._room(scene) is not None else [None]
        # (each try here with a share of the budget: the stated scene is solved again below with all of it)
        look_kw = {**kw, "timeout_s": timeout_s * float(self.style().get("look_budget", 1.0))}
        for view, bv, dims in looks:
            for cm in room:
                if sol is None and (bv or view is not scene or dims):
                    try:
                        sol = solve_regions(view, self.rules(scene, big_vacuole=bv, dims=dims, shapes=shapes,
                                                             cell_min=cm), **look_kw)
                        used = (view, bv, dims)
                    except (UnsatisfiableError, SolverTimeoutError, UnsupportedError):
                        sol = None
        if sol is None:
            used = (base, False, stated)
            if room[0] is not None:
                try:
                    sol = solve_regions(base, self.rules(scene, dims=stated, shapes=shapes, cell_min=room[0]), **kw)
                except (UnsatisfiableError, SolverTimeoutError, UnsupportedError):
                    sol = None
            if sol is None:
                try:
                    sol = solve_regions(base, self.rules(scene, dims=stated, shapes=shapes), **kw)
                except UnsatisfiableError as e:
                    _drawing_limit(scene, e)
                    raise
        # the small organelles nothing pins down, scattered through the cytoplasm (cell_scatter); a cell too
        # crowded to scatter them is solved again larger (layout/cell.yaml scatter.grow), else kept as solved
        from .cell_scatter import scatter
        kinds = self.style()["kinds"]
        shape_of = {e.id: shapes.get(e.id, kinds[e.kind].get("shape", "ellipse")) for e in scene.entities}
        sc = self.style().get("scatter") or {}
        sol, turns, sstats = scatter(used[0], sol, self.style(), self.law_data()["margins"], shape_of,
                                     seed=seed, attempt=attempt)
        for _ in range(int(sc.get("regrow", 0))):
            if not sstats.get("scatter_kept"):
                break
            cells = [sol.boxes[e.id] for e in scene.entities if e.kind == "cell" and e.id in sol.boxes]
            f = float(sc.get("grow", 1.2))
            room = (f * max(b[2] - b[0] for b in cells), f * max(b[3] - b[1] for b in cells))
            view, bv, dims = used
            try:
                big = solve_regions(view, self.rules(scene, big_vacuole=bv, dims=dims, shapes=shapes,
                                                     cell_min=room), **kw)
            except (UnsatisfiableError, SolverTimeoutError, UnsupportedError):
                break
            s2, t2, st2 = scatter(view, big, self.style(), self.law_data()["margins"], shape_of,
                                  seed=seed, attempt=attempt)
            if st2["scatter_kept"] >= sstats["scatter_kept"]:
                break
            sol, turns, sstats = s2, t2, st2
        if sstats:
            sol = replace(sol, stats={**sol.stats, **sstats})
        return self.to_layout(scene, sol, turns)

    def _room(self, scene: SceneGraph) -> tuple[float, float] | None:
        """The least cell size (px) tried first: room for an ER network (``_er_room``), else, for a figure of
        one or two cells, the size of a figure on a page (layout/cell.yaml ``page_cell_min``: a cell drawn
        140 px across is too small to print or to read its organelles); None when neither applies."""
        er = self._er_room(scene)
        if er is not None:
            # a cell holding an ER network keeps the ER's room: larger, the nucleus (a fixed share of its cell)
            # grows, the ER's sheets round it grow longer and thinner, and on a JPEG copy (quality 75) the
            # reader took them apart or merged them with the nucleus (bench_reader cell jpeg75: 5/5 → 3/5)
            return er
        page = self.style().get("page_cell_min") or {}
        n_cells = sum(1 for e in scene.entities if e.kind == "cell")
        if page and 1 <= n_cells <= int(page.get("cells_at_most", 0)):
            return tuple(float(v) for v in page["size"])
        return None

    def _er_room(self, scene: SceneGraph) -> tuple[float, float] | None:
        """The least cell size (px) that leaves room for an ER drawn as a network round its nucleus
        (``cell_er``), when some cell holds such an ER and a nucleus; else None."""
        from .cell_er import eligible_er
        net = self.style().get("detail", {}).get("er_network") or {}
        if "cell_min" not in net:
            return None
        parent = _parents(scene)
        nuc_cells = {parent.get(e.id) for e in scene.entities if e.kind == "nucleus"}
        if any(e.kind == "er" and parent.get(e.id) is not None and parent.get(e.id) in nuc_cells
               and eligible_er(scene, e.id, parent) for e in scene.entities):
            w, h = net["cell_min"]
            return float(w), float(h)
        return None

    def rules(self, scene: SceneGraph, big_vacuole: bool = False, dims: dict | None = None,
              shapes: dict[str, str] | None = None, cell_min: tuple[float, float] | None = None) -> RegionRules:
        """The laws of ``solvers/cell.yaml`` as the region solver takes them; with ``big_vacuole`` also the
        look of ``layout/cell.yaml`` ``central_vacuole`` (a larger least size for the vacuole, and the nucleus
        at most a fraction of it); with ``cell_min`` (px) a larger least size for each cell (room to scatter
        its organelles, ``cell_scatter``)."""
        data = self.law_data()
        from .cell_many import many_sizes
        data = {**data, "sizes": many_sizes(scene, data["sizes"])}   # many of a kind in a cell: small (cell_many)
        if cell_min is not None:
            data = dict(data)
            sizes = {k: dict(v) for k, v in data["sizes"].items()}
            mw, mh = sizes["cell"].get("min_px", [0, 0])
            sizes["cell"]["min_px"] = [max(float(mw), cell_min[0]), max(float(mh), cell_min[1])]
            data["sizes"] = sizes
        if big_vacuole:
            cv = self.style()["central_vacuole"]
            data = dict(data)
            sizes = {k: dict(v) for k, v in data["sizes"].items()}
            lo, hi = sizes["vacuole"]["ratio"]
            sizes["vacuole"]["ratio"] = [max(lo, float(cv["ratio_min"])), hi]
            data["sizes"] = sizes
            data["size_order"] = list(data.get("size_order", [])) + [
                {"small": "nucleus", "large": "vacuole", "max": float(cv["nucleus_max"]), "source": cv["source"]}]
            if "inside_margin" in cv:   # a band of cytoplasm round the large vacuole that a blurred copy still shows
                data["margins"] = {**data["margins"],
                                   "inside": max(float(data["margins"].get("inside", 6)), float(cv["inside_margin"]))}
        kinds = self.style()["kinds"]
        laws: dict[str, dict[str, str]] = {k: dict(v) for k, v in data["laws"].items()}
        for k, v in data["sizes"].items():
            src = v.get("source", "solvers/cell.yaml")
            laws[f"size_ratio.{k}"] = {"doc": f"a {k}'s size relative to its {v.get('ref', 'cell')} "
                                              f"lies in {v.get('ratio')}", "source": src}
            laws[f"aspect.{k}"] = {"doc": f"a {k}'s width/height lies in {v.get('aspect')}", "source": src}
            laws[f"min_size.{k}"] = {"doc": f"a {k} is drawn at least {v.get('min_px')} px (legibility)",
                                     "source": "layout legibility rule"}
        for so in data.get("size_order", []):
            laws[f"size_order.{so['small']}"] = {"doc": f"a {so['small']} is at most {so['max']}× the "
                                                        f"{so['large']}", "source": so["source"]}
        laws["layout"] = {"doc": "contents are laid out in rows and columns inside their container",
                          "source": "nesy layout rule"}
        # the implied pairing of centrioles (cell_parts.paired_scene) is tagged by its relation kind
        laws["adjacent"] = {"doc": "the two centrioles of a centrosome lie side by side",
                            "source": "[MBoC] ch. 16, Fig. 16-47 (a look: tried first, dropped when it cannot hold)"}
        return RegionRules(
            shape_of=lambda k: kinds.get(k, {}).get("shape", "ellipse"),
            sizes=data["sizes"], margins=data["margins"], laws=laws,
            size_order=data.get("size_order", []), default_inside_law="organelle_inside_cell",
            exempt_nucleus=tuple(data.get("nucleus_exempt", [])),
            containment=data.get("containment", {}), boundary_band=float(self.style()["boundary_band"]),
            shape_of_entity=(lambda e: shapes.get(e.id)) if shapes else None, dim_ratio=dict(dims or {}),
            shared_wall=float(kinds["cell_wall"].get("thickness", 6)))

    def shapes_for(self, scene: SceneGraph, sol: RegionSolution,
                   turns: dict[str, float] | None = None) -> tuple[list[Shape], list[Label]]:
        """Every entity's solved outline in its kind's colours, and the detail inside it
        (``cell_draw.detail_shapes``). The Golgi apparatus and the ER are drawn by their detail alone
        (a stack of cisternae, a folded band): their own outline stays in the layout, unpainted."""
        from .cell_draw import detail_shapes
        from .cell_parts import is_end_on, part_detail
        st = self.style()
        named_parts = {r.target for r in scene.relations if r.kind == "inside"
                       and any(e.id == r.source and e.kind == "centriole" for e in scene.entities)}
        from .cell_fill import box_shape, fill_targets
        outline = box_shape(scene, fill_targets(scene))
        kinds = st["kinds"]
        shapes: list[Shape] = []
        boxes, folds = _on_er_bands(scene, sol, turns or {}, st)   # "ER w/ 10 ribosomes": on its drawn band
        for e in scene.entities:
            k = kinds[e.kind]
            box = boxes[e.id]
            form, radius = outline.get(e.id, k["shape"]), 0.0
            if e.kind == "vacuole" and sol.parent.get(e.id) in outline:
                # a vacuole in a boxy plant cell follows its shape (layout/cell.yaml vacuole_corner)
                form = "rounded"
                radius = float(st.get("vacuole_corner", 0.3)) * min(box[2] - box[0], box[3] - box[1])
            if e.kind == "cell" and e.attr("cell_wall"):
                w = kinds["cell_wall"]
                t = float(w.get("thickness", 6))
                shapes.append(Shape(f"{e.id}_wall", outline.get(e.id, "ellipse"), box, w["fill"], w["stroke"],
                                    w["stroke_width"], w["z"], "cell_wall"))
                box = (box[0] + t, box[1] + t, box[2] - t, box[3] - t)
            z = k["z"] + 10 * _depth(e.id, sol.parent)
            hidden = e.kind in ("golgi", "er", "centriole")
            ang = (turns or {}).get(e.id, 0.0)
            if ang:
                # turned by the scatter (cell_scatter): its outline and its detail turned about its centre
                from .cell_scatter import turn_shape, turned_outline
                pts = turned_outline(box, ang)
                xs, ys = [p[0] for p in pts], [p[1] for p in pts]
                shapes.append(Shape(e.id, "polygon", (min(xs), min(ys), max(xs), max(ys)), k["fill"], k["stroke"],
                                    k["stroke_width"], z, e.kind, points=pts))
                c = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
                shapes.extend(turn_shape(d, c, ang) for d in detail_shapes(e.id, e.kind, box, st, z))
                continue
            shapes.append(Shape(e.id, form, box, "none" if hidden else k["fill"],
                                "none" if hidden else k["stroke"], k["stroke_width"], z, e.kind, radius=radius))
            shapes.extend(detail_shapes(e.id, e.kind, box, st if e.id not in folds else
                                        {**st, "detail": {**st["detail"], "er_folds": folds[e.id]}}, z))
            if e.kind == "centriole" or (e.kind == "centrosome" and e.id not in named_parts):
                shapes.extend(part_detail(e.id, e.kind, box, st, z, is_end_on(scene, e.id)))
        return shapes, []

    def legend_for(self, scene: SceneGraph) -> list[tuple[str, str]]:
        return []   # every kind is labelled on the figure (cell_draw.arrange)

    def not_to_scale(self, scene: SceneGraph) -> bool:
        """Whether the figure shows a kind drawn above scale (size ratio below 1 %: ribosomes, vesicles)."""
        sizes = self.law_data()["sizes"]
        return any(sizes.get(e.kind, {}).get("ratio", [1, 1])[0] < 0.01 for e in scene.entities)

    def to_layout(self, scene: SceneGraph, sol: RegionSolution, turns: dict[str, float] | None = None) -> Layout:
        from .cell_draw import arrange
        shapes, _ = self.shapes_for(scene, sol, turns)
        shapes, labels, W, H, lstats = arrange(scene, shapes, sol.parent, self.style(), self.not_to_scale(scene))
        stats = dict(sol.stats)
        stats.update(lstats)
        stats["numeric_violations"] = self.numeric_violations(scene, shapes)
        stats["label_collisions"] = label_collisions([s for s in shapes if not s.id.startswith("_")], labels)
        return Layout(self.key, W, H, tuple(shapes), tuple(labels), (), tuple(sorted(stats.items())),
                      _freeze({"figure_width": W}))

    # ---- verify: every organelle kind has an exact fill and outline colour
    def observe(self, png: bytes, scene: SceneGraph) -> dict[str, Observed | None]:
        """Entity → its filled region. nesy's own figure (in either palette variant, ``_own_palette``) is
        read by the exact colours of each kind — the organelle detail is drawn in the kind's own outline
        colour, so it is part of its region; labels are black text on the page and leader lines a grey
        no kind has, and the 1-px slit a leader cuts into the regions it crosses is closed before regions
        are filled. Anything else is read by shape (``_observe_other``)."""
        import numpy as np
        from ..see import INK, UNKNOWN, classify, drop_small
        from .cell_draw import scale_from_margins
        rgb = read_png(png)
        self._axis = {}
        self._ring, self._colours = {}, {}   # set by _observe_other only
        which = _own_palette(rgb, _drawn_kinds(scene))
        if which is None:
            # another tool's figure (on a page, a slide: cropped to it)
            from ..see.page import figure_of
            return self._observe_other(figure_of(rgb, text=scene.text), scene)
        from ..render.style import science_style
        kinds = science_style("cell", palette=which)["kinds"]
        # every kind's fill and outline colour is a class (the whole style, so a blurred pixel is
        # given the nearest colour that is really drawn, not the nearest of the scene's few)
        pal = {f"{k}.{part}": v[part] for k, v in kinds.items() for part in ("fill", "stroke")}
        lm = classify(rgb, pal, core=12.0)
        if which == "grey":
            # black label text is anti-aliased through every grey, the fills among them: the page within
            # 2 px of pure black ink is no organelle (outlines and leaders are never pure black)
            from scipy import ndimage as ndi
            zone = ndi.binary_dilation(lm.labels == INK, iterations=2)
            lm.labels[zone & (lm.labels > 0)] = UNKNOWN
        # image px per canvas px (resized copies): the white left and right of the cells against the
        # label margins nesy draws for this scene
        if lm.exact:
            self._scale = 1.0
        else:
            body = drop_small(lm.mask("cell.fill", "cell.stroke", "cell_wall.fill", "cell_wall.stroke"), 50)
            cols = np.flatnonzero(body.any(axis=0))
            self._scale = (scale_from_margins(rgb.shape[1], float(cols[-1] - cols[0] + 1), scene, self.style())
                           if len(cols) else 1.0)
        comps: dict[str, list[Observed]] = {}
        sizes_ = self.law_data()["sizes"]
        want_n: dict[str, int] = {}
        for e in scene.entities:
            want_n[e.kind] = want_n.get(e.kind, 0) + 1
        surplus: dict[str, list[Observed]] = {}
        for k in {e.kind for e in scene.entities}:
            st = kinds[k]
            mask = lm.mask(f"{k}.fill", f"{k}.stroke")
            if not lm.exact:
                # a blurred leader line (or a 1-px membrane drawn over a fill) mixes into colours near some
                # class along a thin trail, joined to the organelle it points at: an opening with a square
                # of 2 canvas px (× scale) removes such 1-px trails and keeps every organelle
                # (the thinnest nesy draws, the ER band and a ribosome, are ≥ 6 canvas px across; a wider
                # square cuts a mitochondrion's matrix between its cristae on a JPEG copy)
                from scipy import ndimage as ndi
                side = int(round(2 * self._scale))
                # (not the ER: its folded band is thin enough for JPEG noise and an opening to cut it, and
                # a trail only lengthens it, within its size range)
                if side >= 2 and k != "er":   # on a copy shrunk below 0.75× a leader leaves no trail
                    mask = ndi.binary_opening(mask, structure=np.ones((side, side), bool))
                mask = drop_small(mask, 12 * min(self._scale, 1.0) ** 2)
            # 12 canvas px² is the smallest organelle nesy draws less a blurred rim; × scale²
            # a degraded outline may break for a pixel or two where JPEG/blur moved its colour, and a
            # 1-px leader line cuts a slit through the regions it crosses: bridge gaps of up to ~2 px ×
            # scale (the solver keeps distinct organelles ≥ 4 px apart)
            close = max(1, int(round(self._scale)))
            # a filled organelle covers at least a tenth of the ellipse of its kind's least drawn size
            # (solvers/cell.yaml min_px): a smaller piece of its colours is a JPEG/blur fragment of an
            # outline (a 13-px sliver of a cell's membrane is no third cell); the Golgi and the ER are drawn
            # as thin cisternae and bands, not filled boxes: only the 12-px floor
            least = 12.0
            if k not in ("golgi", "er"):
                mw_, mh_ = sizes_.get(k, {}).get("min_px", [0, 0])
                least = max(least, 0.1 * math.pi / 4 * float(mw_) * float(mh_))
            cs = [c for c in components(mask, close) if c.area >= least * min(self._scale, 1.0) ** 2]
            # matching is quadratic in the objects seen: far more than the scene has are counted, not matched
            cap = 4 * want_n[k] + 16
            if len(cs) > cap:
                cs.sort(key=lambda c: -c.area)
                cs, surplus[k] = cs[:cap], cs[cap:]
            cs.sort(key=lambda c: (c.y0 // 8, c.x0))
            comps[k] = cs
        # kinds the text says are absent somewhere ("no mitochondria"): every region of their colours
        self._absent_seen = {}
        for k in sorted({a["kind"] for e in scene.entities for a in absences_of(e)}):
            if k in kinds:
                mask = lm.mask(f"{k}.fill", f"{k}.stroke")
                if not lm.exact:
                    mask = drop_small(mask, 12 * min(self._scale, 1.0) ** 2)
                self._absent_seen[k] = [c for c in components(mask, max(1, int(round(self._scale))))
                                        if c.area >= 12 * min(self._scale, 1.0) ** 2]
        parent = _parents(scene)
        kids: dict[str, dict[str, int]] = {}
        for e in scene.entities:
            p = parent.get(e.id)
            if p is not None:
                kids.setdefault(p, {}).setdefault(e.kind, 0)
                kids[p][e.kind] += 1

        # memoised: matching asks the same containment questions once per candidate and entity, which
        # made verifying 400 cells with contents take minutes (cubic in the objects seen)
        inside_memo: dict[tuple[int, int], bool] = {}
        count_memo: dict[tuple[int, str], int] = {}

        def inside(o: Observed, c: Observed) -> bool:
            key = (id(o), id(c))
            v = inside_memo.get(key)
            if v is None:
                v = inside_memo[key] = o.inside_fraction(c) >= 0.9
            return v

        def seen_inside(c: Observed, k: str) -> int:
            key = (id(c), k)
            v = count_memo.get(key)
            if v is None:
                v = count_memo[key] = sum(1 for o in comps.get(k, []) if o is not c and inside(o, c))
            return v

        def mismatch(eid: str, c: Observed) -> int:
            """How far the objects seen inside ``c`` are from ``eid``'s expected contents."""
            return sum(abs(n - seen_inside(c, k)) for k, n in kids.get(eid, {}).items())
        seen: dict[str, Observed | None] = {}
        used: set[int] = set()
        order = sorted(scene.entities, key=lambda e: (_depth_scene(e.id, parent), _natkey(e.id)))
        for e in order:
            p = parent.get(e.id)
            host = seen.get(p) if p else None
            cands = [c for c in comps.get(e.kind, []) if id(c) not in used
                     and (p is None or (host is not None and inside(c, host)))]
            pick = min(cands, key=lambda c: mismatch(e.id, c)) if cands else None  # first of the best
            if pick is not None:
                used.add(id(pick))
            seen[e.id] = pick
        self._extra = {k: [c for c in cs if id(c) not in used] + surplus.get(k, []) for k, cs in comps.items()}
        return seen

    def _absence_checks(self, scene: SceneGraph, seen: dict[str, Observed | None]) -> list[Check]:
        """A stated absence ("no mitochondria", "a cell without a nucleus") holds when no object of that kind
        is seen inside the thing it is said of. In nesy's palette an object of a kind is a region of the
        kind's colours; in another tool's figure any region left unmatched inside it counts against it."""
        checks: list[Check] = []
        for e in scene.entities:
            for a in absences_of(e):
                k, host = a["kind"], seen.get(e.id)
                if host is None:
                    checks.append(Check("absent", (e.id, k), "host not found", 0, 0, False, a["phrase"]))
                    continue
                own = getattr(self, "_absent_seen", None)
                objs = own.get(k, []) if own is not None else \
                    [o for os_ in getattr(self, "_extra", {}).values() for o in os_]
                n = _absent_hits(host, k, objs)
                checks.append(Check("absent", (e.id, k), n, 0, 0, n == 0, a["phrase"]))
        return checks

    def _colour_checks(self, scene: SceneGraph) -> list[Check]:
        """In another tool's coloured figure each kind is drawn in one colour (its legend's swatch), which
        kinds may share: the objects matched to the scene must fall into colour groups (ΔRGB ≤ 40 chained)
        that the kinds fill exactly, each kind wholly in one group (``_colour_partition``). Three green
        and three orange objects cannot be four chloroplasts and two mitochondria, whichever way the
        matcher paired them; two pink and three green ones can be two lysosomes and three peroxisomes even
        where alike sizes let it pair them across. Black-and-white figures form one group and pass."""
        own = getattr(self, "_colours", {})
        members = [(e.kind, own[e.id]) for e in scene.entities if e.id in own]
        if len(members) < 2:
            return []
        groups = _colour_groups([c for _, c in members])
        counts: dict[str, int] = {}
        for k, _ in members:
            counts[k] = counts.get(k, 0) + 1
        seen = sorted(groups.values(), reverse=True)
        ok = _colour_partition(seen, counts)
        return [Check("kind_colours", tuple(sorted(counts)), seen, dict(sorted(counts.items())),
                      "each kind one colour", ok, "one colour per kind")]

    def _wall_checks(self, scene: SceneGraph, seen: dict[str, Observed | None]) -> list[Check]:
        """A cell said to have a wall shows one in another tool's figure: across its outline a second line
        (a double outline) or a band of ink at least ``WALL_MIN`` of its major axis and 4 px thick (a
        thick ring, in any colour), in most directions (``cell_figure.wall_profile``); a single membrane
        line is no wall. (nesy's own palette draws the wall in its own colours and is read by them.)
        Source: [Taiz] ch. 1, the primary wall (0.1–1 µm) lies outside the plasma membrane of every plant
        cell; textbooks draw it as a second, thicker outline."""
        out = []
        for e in scene.entities:
            got = getattr(self, "_ring", {}).get(e.id)
            if e.kind != "cell" or not e.attr("cell_wall") or seen.get(e.id) is None or got is None:
                continue
            runs, width, major = got
            need = max(4.0, WALL_MIN * major)
            ok = runs >= 2 or width >= need
            out.append(Check("cell_wall", (e.id,), f"{runs} line(s), {width:.0f} px of ink",
                             f"2 lines or ≥ {need:.0f} px", 0, ok, e.span.text if e.span else "cell wall"))
        return out

    def _observe_other(self, rgb, scene: SceneGraph) -> dict[str, Observed | None]:
        """Entity → region for a figure in colours of its own: ``nesy.see.regions`` gives the closed
        regions and their nesting; the scene's containment tree is matched to it level by level (an
        optimal assignment per container), each pairing costed by how far the region's size relative
        to its reference (``solvers/cell.yaml`` ``sizes``: ratio, aspect) and its number of children
        are from the entity's kind, then again with each kind's colour (the median colour of the
        regions the first pass gave it) as a cue. Regions left over are counted as extra objects of
        the nearest kind, so a duplicated or moved organelle fails ``count_exact`` and ``visible``."""
        import numpy as np
        from ..see.regions import read_regions
        from .cell_figure import decorations, drop_axes, legend_boxes, merge_stacks
        rr = read_regions(rgb)
        drop_axes(rr)   # a plot's frame, background and tick labels left on by the tool: no cell
        if any(e.kind in _STACKED for e in scene.entities):
            merge_stacks(rr)   # the ER's or the Golgi's cisternae drawn as parallel bands: one object
        legend = legend_boxes(rr)
        decor = decorations(rr)
        self._scale = 1.0
        self._absent_seen = None   # colours name no kind here: every region left over counts against an absence
        sizes = self.law_data()["sizes"]
        parent = _parents(scene)
        kind = {e.id: e.kind for e in scene.entities}
        byid_ = {e.id: e for e in scene.entities}
        kids: dict[str | None, list[str]] = {}
        for e in scene.entities:
            kids.setdefault(parent.get(e.id), []).append(e.id)
        regs = rr.regions
        colour_of: dict[str, tuple] = {}

        def prior(k: str, r, ref: float) -> float:
            sz = sizes.get(k, {})
            lo, hi = sz.get("ratio", [0.5, 1.0]) if "ref" in sz else (0.5, 1.0)
            # kinds drawn above scale (ribosomes, vesicles) are drawn near the top of their range
            centre = math.sqrt(lo * hi) if lo >= 0.01 else hi * 0.4
            # squared: when two kinds' ranges overlap (nucleus, vacuole) the larger region goes to
            # the kind of larger range (a convex cost keeps the assignment in size order)
            cost = math.log(max(r.major, 1.0) / max(ref, 1.0) / centre) ** 2
            alo, ahi = sz.get("aspect", [1.0, 3.0])
            asp = r.aspect
            cost += 2 * max(0.0, math.log(alo / 1.2 / asp), math.log(asp / (ahi * 1.2)))
            if k in colour_of:
                c = colour_of[k]
                cost += min(math.dist(c, r.colour) / 80.0, 1.5)
            return cost

        def ref_len(k: str, anc: dict[str, float], top: float) -> float:
            sz = sizes.get(k, {})
            return anc.get(sz["ref"], top) if "ref" in sz else top

        def inside_of(e: str, n: int) -> list[int]:
            """The regions in ``n`` that may be ``e``'s contents: without its inner decoration
            (``cell_figure.decorations``) where that is nearer the number of things ``e`` holds."""
            allk = [c for c in regs[n].children if c not in legend]
            # with the decoration, the pieces of its own inside a stroke drawn across it cut off (a
            # mitochondrion's zigzag drawn from rim to rim): faces of its colour with no outline of their
            # own, which an object drawn inside it has (its holder's face goes round it: a hole)
            d = set(decor.get(n, ())) | {c for c in allk if _piece_of(regs[c], regs[n])}
            if not d:
                return allk
            want = len(kids.get(e, []))
            plain = [c for c in allk if c not in d]
            return plain if abs(want - len(plain)) < abs(want - len(allk)) else allk

        def match(ents: list[str], nodes: list[int], anc: dict[str, float], top: float,
                  seen: dict, extra: list) -> float:
            from scipy.optimize import linear_sum_assignment
            import numpy as np
            if not ents or not nodes:
                extra.extend((n, ents, anc, top) for n in nodes)
                return 2.0 * (len(ents) + len(nodes))
            C = np.zeros((len(ents), len(nodes)))
            for i, e in enumerate(ents):
                for j, n in enumerate(nodes):
                    C[i, j] = prior(kind[e], regs[n], ref_len(kind[e], anc, top)) + \
                        abs(len(kids.get(e, [])) - len(inside_of(e, n)))
            rows, cols = linear_sum_assignment(C)
            total = float(C[rows, cols].sum()) + 2.0 * abs(len(ents) - len(nodes))
            used = set()
            for i, j in zip(rows, cols):
                e, n = ents[i], nodes[j]
                seen[e] = n
                used.add(n)
                sub = dict(anc)
                sub[kind[e]] = regs[n].major
                sub["@in"] = kind[e]   # the kind of the entity whose inside is matched next
                total += match(kids.get(e, []), inside_of(e, n), sub, top, seen, extra)
            extra.extend((n, ents, anc, top) for n in nodes if n not in used)
            return total

        roots = [n for n in rr.roots if n not in legend]
        top = max((regs[n].major for n in roots), default=1.0)
        seen: dict[str, int] = {}
        extra: list = []
        for _ in range(2):   # the second pass knows each kind's colour
            seen, extra = {}, []
            match(kids.get(None, []), list(roots), {}, top, seen, extra)
            by_kind: dict[str, list] = {}
            for e, n in seen.items():
                by_kind.setdefault(kind[e], []).append(regs[n].colour)
            colour_of = {k: tuple(float(v) for v in np.median(cs, axis=0))
                         for k, cs in by_kind.items() if len(cs) >= 1}
            if len({c for c in colour_of.values()}) <= 1:
                colour_of = {}   # black and white: colour tells no kind from another
        out: dict[str, Observed | None] = {e.id: None for e in scene.entities}
        self._colours = {e: regs[n].colour for e, n in seen.items()}   # entity → its region's colour
        from .cell_figure import wall_profile
        self._ring = {e: wall_profile(rgb, regs[n].obs, regs[n].major) + (regs[n].major,)
                      for e, n in seen.items() if kind[e] == "cell" and byid_[e].attr("cell_wall")}
        for e, n in seen.items():
            out[e] = regs[n].obs
            self._axis[id(regs[n].obs)] = regs[n].major
        # what is left over is an extra object of the nearest of the kinds expected there
        allk = sorted({e.kind for e in scene.entities})
        self._extra = {}
        for n, ents, anc, top_ in extra:
            if _unstated_nucleolus(regs[n], anc, sizes, allk):
                continue
            ks = sorted({kind[e] for e in ents}) or allk
            k = min(ks, key=lambda k: prior(k, regs[n], ref_len(k, anc, top_)))
            self._extra.setdefault(k, []).append(regs[n].obs)
        return out

    def interchangeable(self, scene: SceneGraph) -> list[list[str]]:
        parent = _parents(scene)
        groups: dict[tuple[str, str | None], list[str]] = {}
        for e in scene.entities:
            groups.setdefault((e.kind, parent.get(e.id)), []).append(e.id)
        return list(groups.values())

    def check_relation(self, kind: str, sa: str, sb: str, a: Observed, b: Observed, m: dict, phrase: str) -> Check:
        """The shared region checks, except ``outside`` said of contact ("should not touch", "kept apart
        from"): a visible gap of ``margins.contact_gap`` px (× the copy's scale), and ``adjacent`` to the
        thing it lies in ("near the plasma membrane"): within the band next to its outline
        (``cell_relations``)."""
        from .cell_relations import contact_check, rim_check, says_contact
        if kind in ("adjacent", "above"):   # next to, above or beneath the outline of what it lies in
            inner = (sa, sb, a, b) if a.inside_fraction(b) >= 0.9 else \
                (sb, sa, b, a) if b.inside_fraction(a) >= 0.9 else None
            if inner is not None:
                sc = getattr(self, "_scale", 1.0)
                return rim_check(*inner, float(self.style()["boundary_band"]), 3.0 * sc, phrase)
            if kind == "adjacent" and getattr(self, "_axis", {}):
                return _adjacent_scale_free(sa, sb, a, b, phrase)
        if kind == "outside" and says_contact(phrase):
            g = float(m.get("contact_gap", 2)) * min(getattr(self, "_scale", 1.0), 1.0)
            return contact_check(sa, sb, a, b, g, phrase)
        return RegionDomain.check_relation(kind, sa, sb, a, b, m, phrase)

    def domain_checks(self, scene: SceneGraph, seen: dict[str, Observed | None]) -> list[Check]:
        data = self.law_data()
        checks: list[Check] = []
        counts: dict[str, int] = {}
        for e in scene.entities:
            counts[e.kind] = counts.get(e.kind, 0) + 1
        for k, n in sorted(counts.items()):
            extra = len(getattr(self, "_extra", {}).get(k, []))
            found = sum(1 for e in scene.entities if e.kind == k and seen.get(e.id) is not None)
            obs = found + extra
            phrase = next((e.span.text for e in scene.entities if e.kind == k and e.span), "")
            checks.append(Check("count_exact", (k,), obs, n, 0, obs == n, phrase))
        parent = _parents(scene)
        stated = {(r.source, r.target) for r in scene.relations} | {(r.target, r.source) for r in scene.relations}
        exempt = set(data.get("nucleus_exempt", []))
        for e in scene.entities:
            if e.kind in ("cell", "nucleus") or e.kind in exempt:
                continue
            for nuc in scene.entities:
                if nuc.kind != "nucleus" or (e.id, nuc.id) in stated or _root(e.id, parent) != _root(nuc.id, parent):
                    continue
                if _is_anc(nuc.id, e.id, parent):
                    continue
                a, b = seen.get(e.id), seen.get(nuc.id)
                if a is None or b is None:
                    continue
                ov = a.overlap(b)
                checks.append(Check("organelle_not_in_nucleus", (e.id, nuc.id), ov, 0, 0, ov == 0,
                                    data["laws"]["organelle_not_in_nucleus"]["source"]))
        checks.extend(self._absence_checks(scene, seen))
        checks.extend(self._wall_checks(scene, seen))
        checks.extend(self._colour_checks(scene))
        from .cell_fill import fill_checks, fill_targets
        checks.extend(fill_checks(scene, seen, fill_targets(scene)))
        from .cell_many import many_sizes
        sizes = many_sizes(scene, data["sizes"])   # as laid out (rules)
        turned = set((self.style().get("scatter") or {}).get("turn", []))
        byid = {e.id: e for e in scene.entities}
        for e in scene.entities:
            sz = sizes.get(e.kind, {})
            if "ref" not in sz:
                continue
            ref = _nearest(e.id, sz["ref"], parent, scene)
            if ref and _is_plant(byid.get(ref)) and e.kind in data.get("plant_sizes", {}):
                sz = {**sz, **data["plant_sizes"][e.kind]}   # a plant cell's own range (solvers/cell.yaml)
            a, b = seen.get(e.id), seen.get(ref) if ref else None
            if a is None or b is None:
                continue
            lo, hi = sz["ratio"]
            mw = sz.get("min_px", [0, 0])[0]
            axis = getattr(self, "_axis", {})
            aw, by_axis = a.x1 - a.x0, False
            if id(a) in axis and id(b) in axis:
                # another tool's figure: organelles may be turned, so their major axes are compared
                r = axis[id(a)] / max(axis[id(b)], 1)
            else:
                if e.kind in turned:   # nesy draws these at an angle (cell_scatter): its length, not its width
                    aw, by_axis = _major_axis(a), True
                r = aw / max(b.x1 - b.x0, 1)
            # drawn-above-scale organelles may sit at their minimum pixel size
            ok = (lo * 0.93 - 3 / max(b.x1 - b.x0, 1) <= r <= size_ratio_top(hi, b.x1 - b.x0, by_axis,
                                                                          getattr(self, "_scale", 1.0))) or \
                 (r > hi and aw <= (mw + 3) * getattr(self, "_scale", 1.0))
            checks.append(Check("size_ratio", (e.id, ref), round(r, 3), [lo, hi], "7% + 3 px", ok,
                                sz.get("source", "")))
        if getattr(self, "_axis", {}):
            # another tool's figure: every matched region has its kind's outline and, for kinds of one
            # size (ribosomes), its fellows' size — else a mitochondrion matched to a lysosome passes
            from ..see.kinds import kind_checks
            matched = [(e.id, e.kind, seen[e.id].mask) for e in scene.entities
                       if seen.get(e.id) is not None and id(seen[e.id]) in self._axis]
            checks.extend(Check(*c) for c in kind_checks(matched, sizes))
        return checks


# the least band (× the cell's major axis) read as a drawn wall rather than a membrane's line (_wall_checks)
WALL_MIN = 0.008

# kinds textbooks draw as a stack of parallel cisternae (cell_figure.merge_stacks)
_STACKED = ("er", "golgi")

# laws of the drawing (legible sizes, rows and columns) and the per-kind size ratios: what a figure can hold
_DRAWING_LAWS = ("layout", "size_ratio.", "min_size.", "aspect.")


def _drawing_limit(scene: SceneGraph, e) -> None:
    """Raise ``UnsupportedError`` for a conflict that only the drawing makes: every phrase of it a count of things
    (a mention, no stated relation or size) and every law one of the drawing's or a kind's usual size
    ("a muscle fibre, 40 nuclei along the edge": more than fit at a legible size). A text that says nothing
    contradictory is never called impossible; a conflict with a stated relation or size stays one."""
    from ..errors import UnsupportedError
    laws = [str(x.get("law", "")) for x in e.laws]
    mentions = {(x.span.start, x.span.end) for x in scene.entities if x.span is not None}
    phrases = list(e.phrases)
    if not laws or not phrases or not all(l == "layout" or l.startswith(_DRAWING_LAWS[1:]) for l in laws):
        return
    if not all((p.get("start"), p.get("end")) in mentions for p in phrases):
        return
    said = ", ".join(f"'{p['text']}'" for p in phrases)
    raise UnsupportedError(f"{said}: nesy cannot lay out this many in one figure at a legible size (a limit of "
                           "its drawing, not a contradiction in the text); draw fewer, or split them over "
                           "several cells")


def _major_axis(o: Observed) -> float:
    """Length (px) of a region's major axis from its second moments: 4·σ along its principal direction,
    the full length of a filled ellipse at any angle (its bounding box's width only when it lies level)."""
    import numpy as np
    ys, xs = np.nonzero(o.mask)
    if len(xs) < 3:
        return float(o.x1 - o.x0)
    cov = np.cov(np.vstack([xs, ys]).astype(float))
    lam = float(np.linalg.eigvalsh(cov)[-1])
    return 4.0 * math.sqrt(max(lam + 1.0 / 12.0, 0.0))   # + a pixel's own variance


def _big_vacuole(scene: SceneGraph, targets: dict[str, dict]) -> str | None:
    """The one organelle drawn in the middle of its cell with the rest around it: a vacuole said (or, in a
    plant cell, known) to fill much of it — the largest such, when it is its cell's only one."""
    cands = [e for e in scene.entities if e.kind == "vacuole"
             and (e.id not in targets or float(targets[e.id]["lo"]) >= 0.3)]
    par = _parents(scene)
    cands = [e for e in cands if sum(1 for f in cands if par.get(f.id) == par.get(e.id)) == 1]
    return cands[0].id if cands else None


def _central_vacuoles(scene: SceneGraph) -> bool:
    """Whether every vacuole of the scene is the one vacuole of a plant cell (walled, or typed plant), the
    central vacuole that textbooks draw filling most of the cell."""
    parent = _parents(scene)
    kinds = {e.id: e for e in scene.entities}
    per: dict[str, int] = {}
    for e in scene.entities:
        if e.kind != "vacuole":
            continue
        c = parent.get(e.id)
        cell = kinds.get(c) if c else None
        if cell is None or cell.kind != "cell" or not (cell.attr("cell_wall") or cell.attr("type") == "plant"):
            return False
        per[c] = per.get(c, 0) + 1
    return bool(per) and all(n == 1 for n in per.values())


def _absent_hits(host: Observed, kind: str, objs: list[Observed]) -> int:
    """How many of ``objs`` lie in ``host``: mostly inside it, or — for the wall, which rings the cell —
    holding most of it."""
    if kind == "cell_wall":
        return sum(1 for o in objs if host.inside_fraction(o) >= 0.5)
    return sum(1 for o in objs if o is not host and o.inside_fraction(host) >= 0.5)


def _drawn_kinds(scene: SceneGraph) -> set[str]:
    """The kinds whose colours nesy paints for ``scene``: its entities' kinds and a wall where a cell has one."""
    ks = {e.kind for e in scene.entities}
    if any(e.kind == "cell" and e.attr("cell_wall") for e in scene.entities):
        ks.add("cell_wall")
    return ks


def _colour_groups(colours: list) -> dict[int, int]:
    """Group index → size: ``colours`` chained into groups where two lie within ΔRGB 40 (max channel)."""
    n = len(colours)
    root = list(range(n))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i
    for a in range(n):
        for b in range(a + 1, n):
            if max(abs(float(x) - float(y)) for x, y in zip(colours[a], colours[b])) <= 40:
                root[find(a)] = find(b)
    out: dict[int, int] = {}
    for i in range(n):
        out[find(i)] = out.get(find(i), 0) + 1
    return out


def _colour_partition(sizes: list[int], counts: dict[str, int]) -> bool:
    """Whether the kinds' ``counts`` can be shared out among colour groups of ``sizes`` so each group holds
    exactly its size, each kind wholly in one group (backtracking; kinds and groups are few)."""
    ks = sorted(counts.values(), reverse=True)
    left = list(sizes)

    def place(i: int) -> bool:
        if i == len(ks):
            return all(v == 0 for v in left)
        tried = set()
        for g in range(len(left)):
            if left[g] >= ks[i] and left[g] not in tried:
                tried.add(left[g])
                left[g] -= ks[i]
                if place(i + 1):
                    return True
                left[g] += ks[i]
        return False
    return sum(sizes) == sum(ks) and place(0)


def _unstated_nucleolus(r, anc: dict, sizes: dict, kinds: list[str]) -> bool:
    """Whether the region ``r``, left over inside a nucleus the text gives no contents, is the nucleolus
    every textbook nucleus shows (drawn unasked): round and of a nucleolus's size against its nucleus
    (``solvers/cell.yaml`` sizes.nucleolus, 7 % and 20 % on the aspect of tolerance). Where the text names
    nucleoli they are matched as entities, never skipped."""
    if anc.get("@in") != "nucleus" or "nucleolus" in kinds or "nucleus" not in anc:
        return False
    sz = sizes.get("nucleolus", {})
    lo, hi = sz.get("ratio", [0.15, 0.45])
    r_ = r.major / max(anc["nucleus"], 1.0)
    return lo * 0.93 <= r_ <= hi * 1.07 and r.aspect <= sz.get("aspect", [1.0, 1.2])[1] * 1.2


def _piece_of(c, p) -> bool:
    """Whether region ``c`` inside ``p`` is a face of ``p``'s own colour (ΔRGB ≤ 30) with no outline, dot
    or contents of its own (``nesy.see.regions``: not a hole): a piece of ``p``'s inside, not an object."""
    return not c.hole and not c.dot and not c.children and \
        max(abs(x - y) for x, y in zip(c.colour, p.colour)) <= 30


def _is_plant(e) -> bool:
    """Whether entity ``e`` is a cell with a wall or said to be a plant's."""
    return e is not None and e.kind == "cell" and bool(e.attr("cell_wall") or e.attr("type") == "plant")


def _own_palette(rgb, kinds_drawn: set[str] | None = None) -> str | None:
    """Which of nesy's palette variants drew the figure ('colour', 'grey'), or None (another tool's, or
    nesy's recoloured: read by shape). Colour: most of its coloured pixels (not page, not grey) lie within
    ΔRGB 12 of the palette colour of a kind nesy paints for the scene (``kinds_drawn``; every kind when
    None) — the inside of every filled shape keeps its colour that closely through blur σ ≤ 1.5, JPEG
    q ≥ 75 and resizing; another tool's palette does not, even where it shares some hues with nesy's (an
    Okabe–Ito figure's blue nucleus is nesy's ribosome colour, its sky-blue vacuole nesy's ER). Grey: the crisp
    figure's cytoplasm grey covers ≥ 3 % of it and ≥ 60 % of what is not page is exactly a grey of the
    variant (a black-and-white drawing by another tool has white fills and anti-aliased outlines)."""
    import numpy as np
    from ..render.style import science_style
    from ..render.svg import hex_rgb
    a = rgb[::2, ::2].reshape(-1, 3).astype(np.int16)
    coloured = a[(a.max(axis=1) - a.min(axis=1)) >= 16]
    if len(coloured) >= 0.01 * len(a):
        kinds = science_style("cell", palette="colour")["kinds"]
        cols = np.array([hex_rgb(v[p]) for k, v in kinds.items() for p in ("fill", "stroke")
                         if kinds_drawn is None or k in kinds_drawn], np.int16)
        if not len(cols):
            return None
        d = np.abs(coloured[:, None, :] - cols[None, :, :]).max(axis=2).min(axis=1)
        return "colour" if float((d <= 12).mean()) >= 0.5 else None
    kinds = science_style("cell", palette="grey")["kinds"]
    cols = np.array([hex_rgb(v[p]) for v in kinds.values() for p in ("fill", "stroke")], np.int16)
    cyto = np.array(hex_rgb(kinds["cell"]["fill"]), np.int16)
    if float((a == cyto).all(axis=1).mean()) < 0.03:
        return None
    ink = a[(a != 255).any(axis=1)]
    hit = (ink[:, None, :] == cols[None, :, :]).all(axis=2).any(axis=1)
    return "grey" if float(hit.mean()) >= 0.6 else None


def size_ratio_top(hi: float, ref_px: float, by_axis: bool, scale: float = 1.0) -> float:
    """The largest size ratio the verifier accepts for a law's top ``hi`` (``size_ratio``), its reference
    ``ref_px`` wide: 7 % over, plus 4 px (× the copy's scale) for a turned organelle's length — read from its
    moments, within its outline's width and a blurred rim of the drawn length — or 16 px for a box's width
    (leader trails, rims). ``bench.perturb`` enlarges an organelle past it."""
    up = 4 * max(scale, 1.0) if by_axis else 16
    return hi * 1.07 + up / max(ref_px, 1)


def _parents(scene: SceneGraph) -> dict[str, str | None]:
    cont: dict[str, list[str]] = {}
    for r in scene.relations:
        if r.kind in ("inside", "element_of"):
            cont.setdefault(r.source, []).append(r.target)
    par: dict[str, str | None] = {}

    def anc(i: str) -> set[str]:
        # every container above ``i``, each visited once: a cycle the text was misread into ("a cell …
        # showed a nucleus" read as the cell in the nucleus while the nucleus is also in the cell) ends
        # the walk instead of branching through it again and again (a depth-capped recursion over a
        # cycle with two targets per node is 2^depth calls — a hang, not an answer)
        out: set[str] = set()
        todo = list(cont.get(i, []))
        while todo:
            t = todo.pop()
            if t in out:
                continue
            out.add(t)
            todo.extend(cont.get(t, []))
        return out
    for e in scene.entities:
        cs = cont.get(e.id, [])
        inner = [c for c in cs if not any(c in anc(o) for o in cs if o != c)]
        par[e.id] = inner[0] if inner else None
    return par


def _depth_scene(i: str, parent: dict[str, str | None]) -> int:
    d, n = 0, parent.get(i)
    while n is not None and d < 64:
        d, n = d + 1, parent.get(n)
    return d


def _depth(i: str, parent: dict[str, str | None]) -> int:
    return _depth_scene(i, {k: (v if v != "__lens__" else None) for k, v in parent.items()})


def _root(i: str, parent: dict[str, str | None]) -> str:
    n = i
    while parent.get(n) is not None:
        n = parent[n]
    return n


def _is_anc(a: str, i: str, parent: dict[str, str | None]) -> bool:
    n = parent.get(i)
    while n is not None:
        if n == a:
            return True
        n = parent.get(n)
    return False


def _nearest(i: str, kind: str, parent: dict[str, str | None], scene: SceneGraph) -> str | None:
    kinds = {e.id: e.kind for e in scene.entities}
    n = parent.get(i)
    while n is not None:
        if kinds[n] == kind:
            return n
        n = parent.get(n)
    return None


def _adjacent_scale_free(sa: str, sb: str, a, b, phrase: str) -> Check:
    """``adjacent`` (side by side) read in another tool's figure, which is not drawn to nesy's canvas scale:
    the gap between the two outlines' boxes is at most half the smaller object's narrower extent (two cells
    side by side with a gap of a quarter of a cell between them are next to each other; two cells across
    the page are not), and they do not overlap."""
    gx = max(b.x0 - a.x1, a.x0 - b.x1, 0)
    gy = max(b.y0 - a.y1, a.y0 - b.y1, 0)
    d = max(gx, gy)
    amax = 0.5 * min(a.x1 - a.x0, a.y1 - a.y0, b.x1 - b.x0, b.y1 - b.y0)
    ok = d <= amax and a.overlap(b) == 0
    return Check("adjacent", (sa, sb), d, f"<= {amax:.0f} px apart (half the smaller's width), not overlapping",
                 1, ok, phrase)


def _on_er_bands(scene: SceneGraph, sol: RegionSolution, turns: dict[str, float], st: dict) -> tuple[dict, dict]:
    """``sol.boxes`` with the things inside each ER that the drawing keeps as its folded band moved onto the band
    (``cell_draw.on_band``): the solver places them in the ER's box, whose folds leave gaps the band does not
    cover. Only things the text relates to nothing but their ER, in an ER neither turned nor drawn as a network
    (``cell_er.eligible_er``: one that holds things is never one). Also the folds each such ER is drawn with."""
    from .cell_draw import on_band
    boxes = dict(sol.boxes)
    folds: dict[str, float] = {}
    related = {x for r in scene.relations if not (r.kind == "inside" and sol.parent.get(r.source) == r.target)
               for x in (r.source, r.target)}
    for er in (e.id for e in scene.entities if e.kind == "er" and not turns.get(e.id)):
        kids = {c: boxes[c] for c, p in sol.parent.items() if p == er}
        if not kids or any(c in related or turns.get(c) or c in sol.parent.values() for c in kids):
            continue
        got = on_band(boxes[er], kids, st.get("detail", {}))
        if got is not None:
            boxes.update(got[0])
            folds[er] = got[1]
    return boxes, folds
