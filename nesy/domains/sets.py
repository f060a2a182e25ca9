"""nesy.sets.v1 — set (Euler/Venn) diagrams: subset, disjoint, intersects, element of.

Drawn as textbooks draw them (``sets_draw``; Rosen, *Discrete Mathematics and Its Applications* §2.1;
Rodgers, JVLC 2014): each set an unfilled ellipse, its name inside its own region under the top of its
curve, elements as dots with their names, a universal set as a rectangle named in its corner; no legend.
Outline colours are colour-blind safe (Paul Tol's schemes, away from other tools' default palettes;
``layout/sets.yaml``) and only a second cue; the ``grey`` variant draws everything black. The same
primitive laws as cell containment; sets the text does not relate are drawn apart.

Verifying reads nesy's colour figures by their exact outline colours (from the scene's entity order
and the default style, never from the layout or the variant). A figure in which those colours are not
what most of the coloured ink shows — nesy's grey variant, or a figure drawn by another tool (black
outlines, its own colours, translucent fills) — is read by shape instead (``nesy.see.curves``): closed
curves fitted to the colour boundaries; each word is named by comparing its ink with each scene name
drawn by nesy's own renderer (no OCR: how nesy's grey figure is named), else by OCR; each curve takes
the name nearest its own region, element dots likewise; then the same relation checks run on the
curves' filled regions. Names that could not be read are recovered from structure only when exactly
one naming (up to the scene's symmetries) fits — and never when words were left unread because no OCR
is installed.
"""
from __future__ import annotations

import functools
import re

from ..registry import register
from ..resources import load_yaml
from ..solve.regions import RegionRules, RegionSolution
from ..types import Check, Label, SceneGraph, Shape
from .regionbase import Observed, RegionDomain, components, figure_area, legend_scale, read_png
from .sets_roster import LINK, ROSTER_NAME

__all__ = ["SetsDomain", "palette"]


# "Vegetables stays separate from Fruit, right? — Right, no overlap at all.", "Is K apart from L? Yes.": a yes/no
# question the next turn confirms is asserted by that answer (a "yes" answer asserts the proposition the polar
# question asks: Quirk et al. 1985 §11.4-11.5), so it is read as a statement, not masked as a mere question; a
# denial ("No, …") or any other reply leaves the question masked (it states nothing)
_CONFIRMED = re.compile(r"[\s>*•\-–—]*(?:yes|yeah|yep|right|correct|exactly|indeed|that'?s\s+right|that'?s\s+correct)"
                        r"(?![\w'])", re.IGNORECASE)
_TAG = re.compile(r",?\s*\b(?:right|correct|yes|yeah|ok(?:ay)?|isn'?t\s+it|aren'?t\s+they|doesn'?t\s+it|don'?t\s+they|"
                  r"won'?t\s+it|is\s+that\s+right)\s*(?P<q>\?)\s*$", re.IGNORECASE)


def palette(n: int) -> tuple[str, ...]:
    """``n`` exact colours of the default (colour) variant: the colour-blind-safe list, then golden-angle hues."""
    from .sets_draw import palette as _p
    return _p(n, "colour")


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
    return _surely_unknown(text) == 0


def _surely_unknown(text: str) -> int:
    """How many words of ``text`` are surely unknown to the sets grammar (``_maybe_all_known``)."""
    from ..parse.lemmas import lemma_table
    # quantified statements about things named by letters in brackets ("Everyone who takes Chemistry (C)
    # also takes Physics (P)"): the sets reader may read them whatever the nouns; the full parse decides
    if len(re.findall(r"\(\s*[A-Z][A-Za-z0-9]?\s*\)", text)) >= 2 and \
            re.search(r"\b(?:every(?:one|body)?|all|no|nobody|some|each)\b", text, re.IGNORECASE):
        return 0
    from .sets_adverbials import ADVERBIAL   # "which in turn sits in R": an idiom, no unknown word
    text = ADVERBIAL.sub(" ", text)
    vocab, lemmas = _vocabulary(), lemma_table()
    from .sets_words import singular
    names = [re.compile(rx) for rx in load_yaml("grammars", "sets/grammar.yaml").get("names", {}).values()]
    # a lower-case word that is a named set's singular or plural ("no cat is a pet" with Cats and Pets)
    named = {f(w.lower()) for w in re.findall(r"\b[A-Z][a-z]{2,}\b", text) for f in (str, singular)}
    n = 0
    for w in re.findall(r"\w+", text):
        low = w.lower()
        if (low in vocab or low in named or singular(low) in named or lemmas.get(low, low).lower() in vocab or low[:-1] in vocab or low[:-2] in vocab
                or w[:1].isupper() or any(ch.isdigit() for ch in w) or any(rx.match(w) for rx in names)):
            continue
        n += 1
    return n


_ROSTER = re.compile(rf"(?<![\w{{]){ROSTER_NAME}{LINK}(?:(?![A-Z][A-Za-z0-9_]{{0,15}}\s*=)"
                     r"[A-Za-z](?:[A-Za-z \-/]|\d|[<>≤≥]|\.(?!\s*[A-Z])){1,48}?(?:\s*=\s*|\s+(?=\{)))?\{[^{}]*[,;][^{}]*\}")
# classes each named by a capital letter right after its plural noun, two or more listed: "Mammals M, dogs D
# and birds B", "cats C and pets P" — the notation of named sets (Rosen §2.1: a set is named by a capital
# letter); one noun over several letters ("points A and B", "nodes A, B") is no such list
_CLASS = r"[A-Za-z][a-z]{2,20}s\s+[A-Z](?![\w'])"
_NAMED_CLASSES = re.compile(rf"(?<![\w-]){_CLASS}(?:\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+){_CLASS})+")
# a counting word problem without the word "set": groups counted by bare numbers, with "both"/"neither" and a
# question or a "nobody"/"everyone" statement about them ("In a class of 20, 12 like tea and 9 like coffee;
# nobody likes both") — counts of a union and its parts (inclusion–exclusion, Rosen §2.2 and §8.5)
_BOTH = re.compile(r"(?i)\b(?:both|neither)\b")
_ASKED = re.compile(r"(?i)\b(?:how\s+many|nobody|no\s+one|none\s+of\s+them|every(?:one|body)|all\s+of\s+them)\b")
_BARE_COUNT = re.compile(r"(?<![\w.,])\d{1,4}(?![\w.,%°])(?!\s*(?:[A-Za-zΩµμ]{1,3}\b|°|%|/|\^))(?=\s+(?:of\s+them\s+|"
                         r"(?:people|persons|students|pupils|children|kids|members|employees|customers|players|"
                         r"respondents|visitors|guests|workers|adults|boys|girls|men|women|others)\s+)?[a-z]{3,})")
# … or one that asks for the picture of it: "Draw the two circles with 13, 9 and 6 in the regions"
_VENN_WORDS = re.compile(r"(?i)\b(?:venn|(?:two|three)\s+circles|regions)\b")
_MACHINE = re.compile(r"(?i)\b(?:dfa|nfa|automat\w*|states?|transitions?|accept\w*|initial|final)\b|δ|→|->")

# the speaker's "I" before a verb of the speaker's own ("I copied it wrong", "I think", "I'm not sure"): a
# pronoun, never a set named I ("I and J overlap", "I is inside J", "I = {1, 2}" stay names)
_SPEAKER_I = re.compile(r"(?<![\w{,(=])I(?=['’](?:m|ve|d|ll)\b|\s+(?:am|was|have|had|think|thought|mean|meant|copied|"
                        r"wrote|typed|want|wanted|need|needed|guess|hope|know|knew|got|made|did|do|don['’]t|didn['’]t|"
                        r"just|really|also|forgot|misread|mistyped|would|will|can|could|should|believe|feel|like|love|"
                        r"tried|made|messed|mixed|said|put|wonder|suppose|reckon|realise|realize|noticed)\b)")


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
        """Set keywords (a count of them), and each set written in roster notation ("A = {a, b}", Rosen §2.1):
        no other science writes a name equal to a braced list."""
        rosters = len(_ROSTER.findall(text)) if not _MACHINE.search(text) else 0   # "Q = {q0, q1}" is an automaton's
        # the symbols of set algebra (Rosen §2.1-2.2): "Squares ⊂ Rectangles ⊂ Parallelograms" is about sets,
        # whatever its names are the names of
        from .sets_symbols import operator_count   # "A \\ B = ∅", "Aᶜ"
        symbols = len(re.findall(r"[⊂⊆⊃⊇⊊⊋∩∪∅∖]", text)) + operator_count(text) if not _MACHINE.search(text) else 0
        # sets named by letters and defined by their numbers ("the integers Z", "E = even numbers"), and
        # lettered sets said to share members ("A and B share genes"): statements only set diagrams make
        from .sets_negation import _SHARE
        from .sets_numbers import find_definitions
        # (a sharing statement counts only with both of its sets named: "Silicon has the diamond structure" is
        # no sets statement)
        named = 0 if _MACHINE.search(text) else len(find_definitions(text)) + sum(
            1 for m in _SHARE.finditer(text) if m.group("b") or m.group("c"))
        classes = sum(len(re.findall(_CLASS, m.group())) for m in _NAMED_CLASSES.finditer(text)
                      if len({w.lower() for w in re.findall(r"[A-Za-z]{3,}", m.group()) if w.lower() != "and"}) >= 2)
        counted = 2 if (_BOTH.search(text) and (_ASKED.search(text) or _VENN_WORDS.search(text))
                        and len(_BARE_COUNT.findall(text)) >= 2 and not _MACHINE.search(text)) else 0
        return super().score(text) + rosters + symbols + named + classes + counted

    def figure_kind(self, text: str) -> bool:
        """Whether ``text`` asks for a set diagram by how it speaks of sets ("as nested sets", "the sets
        Metals and Conductors", "every X is a Y and every Y is a Z"), whatever science its set names are
        words of (``sets_kind``): detection's evidence that decides over those words."""
        from .sets_kind import asks_for_sets
        return not _MACHINE.search(text) and asks_for_sets(text)

    def fallback_score(self, text: str) -> float:
        """With no set keyword: a weak ``fallback_weight`` when the whole text parses as named sets and
        their relations ("A is left of B"). It needs a full parse (spaCy), so detection asks for it only
        when every science scored below it."""
        if super().score(text):
            return 0.0
        words = len(re.findall(r"\w+", text))
        odd = _surely_unknown(text)
        # an aside in words of no science ("is a whale a fish?? my teachr says no. draw Whales inside Mammals and
        # Sharks inside Fish, …"): the rest still reads whole as named sets and their relations — a few words,
        # at most a fifth of the text, and at least two relations between sets named in capitals
        if odd > max(2, words // 5):
            return 0.0
        from ..errors import NesyError
        from ..parse.grammar import SubjectlessRelationError
        try:
            sg = self.parse(text, allow_unknown=bool(odd))
        except SubjectlessRelationError:
            return self.fallback_weight if not odd else 0.0  # a sets text with a relation to refuse clearly
        except (NesyError, RecursionError):
            return 0.0
        if odd:
            unread = sum(len(re.findall(r"\w+", s.text)) for s in sg.unknown)
            sets = {e.id for e in sg.entities if e.kind == "set" and len(e.name or e.id) > 2
                    and (e.name or e.id)[:1].isupper()}
            between = [r for r in sg.relations if r.kind in ("inside", "outside", "overlaps")
                       and r.source in sets and r.target in sets]
            if unread > max(2, words // 5) or len(between) < 2 or len(between) < len(sg.relations):
                return 0.0
        return self.fallback_weight if sg.entities and sg.relations else 0.0

    # a word problem's "how many …" is answered beside the figure (``sets_count_scene``): the pipeline hands
    # the whole text over, and ``parse`` sets aside the other questions as the pipeline would
    reads_questions = True

    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        """``_parse``; a set named by the first part of a hyphenated name ("Indo" of "Indo-European") is refused,
        naming the whole name — the figure would label the set with half of it."""
        sg = self._parse(text, allow_unknown=allow_unknown)
        if "-" in text:
            for e in sg.entities:
                if e.kind != "set" or not e.name:
                    continue
                m = re.search(r"(?<![\w-])" + re.escape(str(e.name)) + r"-[A-Z][\w]*(?:-[A-Z][\w]*)*", text)
                if m and not re.search(r"(?<![\w-])" + re.escape(str(e.name)) + r"(?![\w-])", text):
                    from ..errors import InputError
                    raise InputError(f"'{m.group(0)}' at {m.start()}-{m.end()}: a hyphenated name would be drawn as its "
                                     f"first part ('{e.name}'); write it as one word (e.g. "
                                     f"'{m.group(0).replace('-', '')}')")
        return sg

    def _parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        """``_read``, and once more with the speaker's "I" blanked where the reading made it a set ("… B = {3, 4, 5},
        I copied it wrong" drew a set I)."""
        from dataclasses import replace
        sg = self._read(text, allow_unknown=allow_unknown)
        me = [m.span() for m in _SPEAKER_I.finditer(text)]
        if not any(e.id == "I" and e.span is not None and any(a <= e.span.start < b for a, b in me)
                   for e in sg.entities):
            return sg
        from ..types import Span
        blanked = "".join(" " if any(a <= k < b for a, b in me) else ch for k, ch in enumerate(text))
        sg = self._read(blanked, allow_unknown=allow_unknown)
        ign = tuple(sorted(tuple(sg.ignored) + tuple(Span(a, b, text[a:b]) for a, b in me),
                           key=lambda x: (x.start, x.end)))
        return replace(sg, text=text, ignored=ign)

    def _read(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        """Quantified clauses, definitions and appositions (``sets_words``), then the shared grammar. The
        questions the shared reader finds (``nesy.parse.account.questions``) are read as nothing to draw,
        except a count question of a word problem, which the counts reader answers."""
        from dataclasses import replace

        from ..errors import NesyError
        from ..parse.account import questions
        from .sets_symbols import spaced, unspace
        pad = spaced(text)   # "A∩B", "A\\B", "Aᶜ": read as their spaced forms, spans back on the user's text
        if pad is not None:
            return unspace(self.parse(pad[0], allow_unknown=allow_unknown), text, pad[1])
        from .sets_classes import class_names   # "every square is both a rectangle and a rhombus"
        named = class_names(text)
        if named is not None:
            return unspace(self.parse(named[0], allow_unknown=allow_unknown), text, named[1])
        from .sets_lower import capitalised, figure_with   # "a venn diagram with chess and drama overlapping"
        cap = capitalised(text) or text
        cap = figure_with(cap) or cap
        cap = None if cap == text else cap
        if cap is not None:
            sg = self.parse(cap, allow_unknown=allow_unknown)
            return replace(sg, text=text) if getattr(sg, "text", None) == cap else sg
        from ..types import Span
        from .sets_counts import _QUESTION
        from .sets_venn_asked import venn_asked   # "Draw a Venn diagram of A and B": their common region shown
        from .sets_words import read
        counted = [(m.start(), m.end()) for m in _QUESTION.finditer(text) if m.group().strip()]
        qs = []
        for a, b in questions(text):
            if any(a < d and c < b for c, d in counted):
                continue
            tag = _TAG.search(text, a, b) if _CONFIRMED.match(text, b) else None
            if tag:   # a tagged question the next turn confirms is read as said; only its tag is no statement
                qs.append((tag.start(), tag.start("q")))   # its "?" still ends the sentence
            else:     # (an untagged one as before: a Q./A. transcript's questions are read by the fallback below)
                qs.append((a, b))
        if qs:
            masked = list(text)
            for a, b in qs:
                masked[a:b] = [" " if ch != "\n" else ch for ch in masked[a:b]]
            try:
                sg = read("".join(masked), allow_unknown=allow_unknown)
                if sg.entities:
                    ign = tuple(sorted(tuple(sg.ignored) + tuple(Span(a, b, text[a:b]) for a, b in qs),
                                       key=lambda x: (x.start, x.end)))
                    return venn_asked(replace(sg, text=text, ignored=ign))
            except NesyError:
                pass
        return venn_asked(read(text, allow_unknown=allow_unknown))

    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0, feedback=None,
              timeout_s: float = 20.0, margin_growth: float = 0.5):
        """Three sets that pairwise overlap: the classic three-circle Venn diagram (``sets_venn``);
        anything else: the region solver."""
        from .sets_venn import venn3_sets, venn3_solution
        _check_some_not(scene)
        from .sets_cross import cross_sets, cross_solution   # "R crosses both P and its superset Q"
        pair = cross_sets(scene)
        if pair is not None:
            sol = cross_solution(scene, pair, seed=seed + attempt)
            if sol is not None:
                return self.to_layout(scene, sol)
        v = venn3_sets(scene)
        if v is None:
            return super().solve(scene, seed=seed, attempt=attempt, feedback=feedback, timeout_s=timeout_s,
                                 margin_growth=margin_growth)
        return self.to_layout(scene, venn3_solution(scene, v))

    def style(self) -> dict:
        from ..render.style import science_style
        return science_style("sets")

    def legend_for(self, scene: SceneGraph) -> list[tuple[str, str]]:
        """No legend: every curve and dot is named on the figure; a word problem's counts are written in
        their regions, its total on the universe's rectangle and its answers in a caption line
        (``sets_count_draw.word_problem_layout``)."""
        return []

    def to_layout(self, scene: SceneGraph, sol: RegionSolution):
        lay = super().to_layout(scene, sol)
        if scene.attr("described"):   # "E = {2, 4, 6} (even numbers)": the set's description under the figure
            from ..render.caption import with_caption
            from ..types import _thaw
            names = {e.id: e.name or e.id for e in scene.entities}
            lay = with_caption(lay, ["; ".join(f"{names.get(d['set'], d['set'])}: {d['words']}"
                                               for d in _thaw(scene.attr("described")))])
        if not scene.attr("counts"):
            return lay
        from .sets_count_draw import word_problem_layout
        return word_problem_layout(scene, lay)

    def artifacts(self, layout, scene: SceneGraph) -> dict[str, bytes]:
        """``counts.json`` for a word problem: each region's count, the total and the answers asked."""
        import json
        c = scene.attr("counts")
        if not c:
            return {}
        from ..types import _thaw
        return {"counts.json": json.dumps(_thaw(c), indent=1, ensure_ascii=False, sort_keys=True).encode()}

    def colors(self, scene: SceneGraph) -> dict[str, str]:
        """The default variant's colours: the verifier is not told the variant a figure was drawn in."""
        from .sets_draw import colours
        return colours(scene, "colour")

    def shapes_for(self, scene: SceneGraph, sol: RegionSolution) -> tuple[list[Shape], list[Label]]:
        from .sets_draw import shapes_for
        return shapes_for(scene, sol)

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
        self._last_png = None
        if not _palette_figure(lm.labels, [k + 1 for k, e in enumerate(ents) if e.kind != "element"]):
            # drawn by another tool (its own colours or none; on a page, a slide: cropped to it): closed
            # curves read by shape, named by OCR
            from ..see.page import figure_of
            from ..see.paper import unrule   # a sketch on squared paper: the grid is no curve
            return self._observe_curves(unrule(figure_of(full, text=scene.text)), scene)
        self._last_png = png   # nesy's own figure: the count numbers are read beside their dots
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
        self._cut: list[str] = []
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
            # an outline that runs into the image's edge is no closed curve the figure shows whole (nesy
            # keeps every curve ≥ 20 px inside; a set grown past the page is cut there)
            if sl[0].start == 0 or sl[1].start == 0 or sl[0].stop == lab.shape[0] or sl[1].stop == lab.shape[1]:
                self._cut.append(e.id)
        return seen

    def _observe_curves(self, rgb, scene: SceneGraph) -> dict[str, Observed | None]:
        """Another tool's figure: every closed curve and element dot read by shape (``nesy.see.curves``),
        named from the OCR'd word nearest its own region; names that could not be read are recovered from
        structure only when one naming (up to the scene's symmetries) fits the stated relations."""
        from ..see.curves import assign_names, foreign_dots, foreign_names, read_curves
        self._multi = []
        self._cut = []
        sets = {_label(e): e.id for e in scene.entities if e.kind != "element"}
        elems = {_label(e): e.id for e in scene.entities if e.kind == "element"}
        st = self.style()
        # nesy's own grey figure is named by its labels' ink against nesy's rendering of each name (no
        # OCR); other tools' words, and degraded copies', fall to OCR
        rd = read_curves(rgb, names=list(sets) + list(elems), size=float(st["label_size"]),
                         tol=float(st["template_tolerance"]))
        seen: dict[str, Observed | None] = {e.id: None for e in scene.entities}
        bound = MAX_CURVES_PER_SET * len(sets) + MAX_CURVES_EXTRA
        if len(rd.curves) > bound:
            # far more closed curves than the text has sets (a page tiled with boxes, a grid, a textured
            # photograph): no naming of them can be the figure, and matching each against the rest grows with
            # their number — the figure fails at once on the count
            self._curve_checks = [Check("curves_seen", (), len(rd.curves), bound, "at most", False,
                                        f"the figure shows {len(rd.curves)} closed curves; the text has "
                                        f"{len(sets)} sets")]
            return seen
        # (a rectangle round every curve may be a set the text puts every other set in — its universe —
        # and no other: "D and E are disjoint" drawn in a frame names the two circles, not the frame)
        ins = {(r.source, r.target) for r in scene.relations if r.kind == "inside"}
        set_ids = list(sets.values())
        frame_names = {n for n, i in sets.items() if all((o, i) in ins for o in set_ids if o != i)}
        unused = assign_names(rd, list(sets), list(elems), frame_names=frame_names)
        foreign = foreign_names(rd, unused)
        foreign_dot = foreign_dots(rd, unused)
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
        for j, d in enumerate(rd.dots):
            o = Observed(d.mask, 0, 0)
            if d.name is not None and seen.get(elems[d.name]) is None:
                seen[elems[d.name]] = o
            elif j in foreign_dot:
                wrong_names.append(foreign_dot[j])   # its label names an element the text does not have
            else:
                loose.append(("element", o))
                frames.append(False)
        # members written as bare words in their regions (no dots): each word is its element's mark
        from ..see.curves import word_elements, word_mask
        worded = word_elements(rd, list(sets), list(elems))
        lost = [n for n in elems if n not in worded and seen.get(elems[n]) is None]
        if worded and lost:
            # members are written as words and some were not among the words read: a word written close to an
            # outline merges with it once blurred and is not cut out as a word — the text detector finds it
            from ..see.curves import Reading, Word
            from ..see.ocr import available, read_page
            if available():
                page = Reading(curves=rd.curves, dots=rd.dots,
                               words=[Word(t, b, sc) for t, b, sc in read_page(rgb)])
                for name, ws in word_elements(page, list(sets), lost).items():
                    worded[name] = ws
        for name, ws in worded.items():
            if seen.get(elems[name]) is None:
                seen[elems[name]] = Observed(word_mask(ws[0], rgb.shape[:2]), 0, 0)
                if len(ws) > 1:
                    self._multi.append(elems[name])   # written twice: two marks for one element
        if worded:
            # where members are written as words, a surely read word inside a curve that names nothing of
            # the text is a member the text does not have ("purple" written in Q)
            # — and so is a short word written like the members (as tall, ≤ 3 letters), read less surely: a
            # member's mark the text does not have ("v" read "V" at 0.67 once blurred)
            import numpy as np
            mh = float(np.median([w.box[3] - w.box[1] for ws in worded.values() for w in ws]))
            for w in unused:
                x0, y0, x1, y1 = w.box
                cx, cy = int((x0 + x1) // 2), int((y0 + y1) // 2)
                # (letters and digits of the alphabets labels are written in; the OCR's CJK readings of a
                # stray dash — "一" — are no letters)
                n_ch = sum(ch.isalnum() and ord(ch) < 0x2E80 for ch in w.text)
                member_like = 1 <= n_ch <= 3 and w.score >= 0.5 and 0.6 * mh <= y1 - y0 <= 1.6 * mh
                if ((w.score >= 0.9 and n_ch or member_like) and w.text not in wrong_names
                        and any(c.region[cy, cx] for c in rd.curves if c.kind == "ellipse")):
                    wrong_names.append(w.text)
        # a rectangle holding every curve and named by nothing of the text is the page's universe frame
        loose = [lo for lo, fr in zip(loose, frames) if not fr]
        self._curve_checks = self._by_structure(scene, seen, loose, rd)
        if wrong_names:
            self._curve_checks.append(Check("names_read", (), wrong_names, "names of the text", "-", False,
                                            "a curve or dot is named by a word the text does not name"))
        return seen

    def _by_structure(self, scene: SceneGraph, seen: dict, loose: list, rd) -> list[Check]:
        """Give the objects whose names were not read to the scene's unseen entities when exactly one
        naming (up to the scene's own symmetries) satisfies every stated relation; checks saying so."""
        import itertools
        kind_of = {e.id: ("element" if e.kind == "element" else "set") for e in scene.entities}
        missing = [i for i, o in seen.items() if o is None]
        out: list[Check] = []
        if rd.unread and missing:
            # words on the page were left unread (no OCR installed): a naming by structure could hide a
            # wrong name, so none is guessed
            out.append(Check("names_read", tuple(sorted(missing)), f"{rd.unread} word(s) not read",
                             "names read", "-", False, "names not matched by nesy's own rendering need OCR "
                             "(pip install nesy[ocr])"))
            loose = []
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
        checks += [Check("closed_curve", (i,), "cut by the image's edge", "a closed curve", 0, False,
                         "Rodgers 2014, §2: each set is one closed curve") for i in getattr(self, "_cut", [])]
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
        for grp in scene.attr("common", []) or []:
            # "some are in all three": the sets' common region is drawn (Venn 1880: every region shown)
            regs = [seen.get(i) for i in grp["sets"]]
            common = _common_pixels(regs) if all(r is not None for r in regs) else 0
            checks.append(Check("common_region", tuple(grp["sets"]), common, "> 0 px", 0, common > 0,
                                grp["span"]["text"] if grp.get("span") else "common members"))
        for sn in scene.attr("some_not", []) or []:
            # "some A are not B": part of A's region lies outside B's
            a, b = (seen.get(i) for i in sn["sets"])
            out_px = a.area - a.overlap(b) if a is not None and b is not None else 0
            checks.append(Check("part_outside", tuple(sn["sets"]), out_px, "> 2 % of its area", 0,
                                a is not None and out_px > 0.02 * a.area, sn["span"]["text"]))
        if scene.attr("counts"):
            from .sets_count_draw import count_checks
            checks += count_checks(self, scene, seen)
        from .sets_stated import stated_subset_checks   # "with C, P and B drawn inside U", read a second time
        checks += stated_subset_checks(scene, seen)
        checks.append(Check("unrelated_apart", tuple(sorted({e.id for e in scene.entities if e.kind == 'set'}))[:0],
                            bad[:10] if bad else 0, 0, 0, not bad, data["laws"]["unrelated_apart"]["source"]))
        return checks


def _check_some_not(scene: SceneGraph) -> None:
    """'Some A are not B' when the text makes A a subset of B (directly or through a chain): impossible,
    with the phrases (Rosen §1.4: "some A are not B" negates "all A are B")."""
    from ..errors import UnsatisfiableError
    up: dict[str, list] = {}
    for r in scene.relations:
        if r.kind == "inside":
            up.setdefault(r.source, []).append(r)
    for sn in scene.attr("some_not", []) or []:
        a, b = sn["sets"]
        stack, seen = [(a, [])], {a}
        while stack:
            node, path = stack.pop()
            if node == b:
                phrases = [{"text": r.span.text, "start": r.span.start, "end": r.span.end} for r in path if r.span]
                me = dict(sn["span"])
                raise UnsatisfiableError(sorted(phrases + [me], key=lambda p: p["start"]), [], [me],
                                         f"'{a}' is inside '{b}', so none of it lies outside '{b}'")
            for r in up.get(node, []):
                if r.target not in seen:
                    seen.add(r.target)
                    stack.append((r.target, path + [r]))


def _common_pixels(regs: list) -> int:
    """Pixels every one of the observed regions covers."""
    x0, y0 = max(r.x0 for r in regs), max(r.y0 for r in regs)
    x1, y1 = min(r.x1 for r in regs), min(r.y1 for r in regs)
    if x0 >= x1 or y0 >= y1:
        return 0
    m = None
    for r in regs:
        c = r.mask[y0 - r.y0: y1 - r.y0, x0 - r.x0: x1 - r.x0]
        m = c if m is None else (m & c)
    return int(m.sum())


def _palette_figure(labels, set_labels=()) -> bool:
    """Whether a figure is nesy's own: at least as many pixels show the scene's palette colours as show
    colours nothing explains. nesy's outlines are palette-coloured (measured ≥ 1.9× the unexplained
    pixels, clean or degraded); another tool's figure has black outlines or its own colours (palette
    share ≤ 0.2 %).

    And nesy draws every set in its own palette colour, so each set's colour shows (each set's class
    holds ≥ 0.6 of the mean per set in nesy's figures, clean or degraded; 0.2 is required): another tool's dark
    outlines or pastel fills that happen to lie near one or two palette colours (slate ≈ #004488,
    pastel ≈ #ddaa33) fill those classes and leave the others (nearly) empty — such a figure is
    another tool's, whatever its share (``set_labels``: the label of each set entity)."""
    from ..see import UNKNOWN
    pal = int((labels > 0).sum())
    if not (pal > 0 and pal >= int((labels == UNKNOWN).sum())):
        return False
    if len(set_labels) >= 2:
        per = [int((labels == k).sum()) for k in set_labels]
        if min(per) < 0.2 * (sum(per) / len(per)):
            return False
    # nesy draws each set as an unfilled ellipse (Rodgers 2014): a set's class is a band a stroke wide along
    # its outline. A class as thick as a fill (its pixels over its box's perimeter above OUTLINE_BAND px) is
    # another tool's translucent fill that lies near a palette colour — most of all once blurred
    import numpy as np
    for k in set_labels:
        ys, xs = np.nonzero(labels == k)
        if len(xs) and len(xs) > OUTLINE_BAND * 2 * ((xs.max() - xs.min() + 1) + (ys.max() - ys.min() + 1)):
            return False
    return True


# a sets figure draws one closed curve per set and perhaps a universe frame; a reading may add a few
# more (a thick outline's two rims, a word's box, a legend's swatches): beyond 3 per set + 6 the page is
# no drawing of these sets
MAX_CURVES_PER_SET = 3
MAX_CURVES_EXTRA = 6
OUTLINE_BAND = 8.0   # px: nesy's outlines, blurred or resized, measure ≤ 3 px across; a filled set ≥ 20


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
    """The region of a convex outline (ellipse, rectangle): the convex hull of its pixels. It stays
    exact where another outline drawn on top hides a few pixels, and where a degraded copy loses a
    stretch of a thin stroke (at half size, the top and bottom of an ellipse's 2-px stroke fall between
    two pixel rows and come out too light to read) — a row/column fill between the outermost pixels
    lost every row and column such a gap opened. Specks that would stretch the hull are dropped before
    (``observe``)."""
    from skimage.morphology import convex_hull_image
    if crop.sum() < 8:
        return None
    return Observed(convex_hull_image(crop) | crop, x0, y0)


def _shift(o: Observed, x0: int, y0: int) -> Observed:
    o.x0 += int(x0)
    o.x1 += int(x0)
    o.y0 += int(y0)
    o.y1 += int(y0)
    return o

