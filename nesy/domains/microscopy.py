"""Fluorescence micrographs of nuclei (``nesy.microscopy.v1``): a text about nuclei, touching clusters,
separation, multinucleate cells, positions and the imaging modality → a schematic micrograph whose
every nucleus is an exact ellipse, checked on its pixels by classical image analysis.

parse: spaCy tokens (the shared blank English pipeline) are matched against ``grammars/microscopy/``
with a ``PhraseMatcher`` (lower case, hyphenated variants), counts in digits or words; a small
left-to-right reader turns them into groups: "25 nuclei" (a total), "three of them touching" (a
touching cluster drawn from it), "two pairs of touching nuclei", "a cell with 3 nuclei" / "a binucleate
cell" (a multinucleate cell; its nuclei count towards the total), "the rest well separated", "no two
touching", "large/small/elongated/round", positions ("in the centre", "top left corner", "near the
left edge"), the modality ("fluorescence" → class 0, "hematoxylin"/"IHC" → class 1) and the field
("in a 512 × 512 field"). The ``SceneGraph`` has one entity per nucleus and per cell, ``touching``
relations between the neighbours of a cluster, ``inside`` (nucleus → its cell), ``at`` (object → a
``region`` entity); "well separated" is the scene attribute ``separated`` (one phrase for every pair).

solve: first a tracked Z3 problem over the counts and the necessary area laws (``solvers/
microscopy.yaml``) proves an impossible text impossible, naming the user's phrases. Then each nucleus'
size and shape are sampled from the fitted distributions (``solvers/microscopy_fitted.yaml``, seeded
per (seed, attempt)), clusters become straight chains of tangent ellipses, cells ellipses around their
nuclei; a seeded sequential sample places everything, fixes one separating direction per close pair,
and the resulting linear system (separation, tangency, containment, field, positions, a trust region
around the sample) is proved feasible by Z3 (QF_LRA) and polished by HiGHS (``nesy/solve/linear.py``).
A placement that fails after several re-samples raises ``SolverTimeoutError`` — never a claim of
impossibility.

render: a painted micrograph (``nesy/micro/paint.py``: the real training region's background, contrast and
camera noise, nuclei with a chromatin texture, blurred by a Gaussian point-spread function), seeded by the
layout; the control maps and figure.svg's hidden outlines are the exact layout (black field, cells faint
grey, nuclei in the fitted foreground grey, each a 48-gon; no labels). Over the image, as journals ask of a
micrograph, a scale bar and the stain the text names (``microscopy_marks``; the layout keeps nuclei out of
their boxes; off by the style switch for training data).

verify: ``nesy/micro/segment.py`` segments the pixels (smoothing, a per-object half-maximum threshold,
distance-transform watershed); the checks are the count, touching clusters, separation gaps, cells and
positions — and, when the layout is given, every nucleus matched (Hungarian) within a position and
size tolerance; and that the image is a micrograph at all (background, contrast, noise and texture within
the range of the real training crops: a bare mask or a washed-out copy fails). The scale bar's length is
measured on the pixels and its label and the stain's name read back; their boxes are blanked before the
nuclei are segmented, so no mark is counted as a nucleus.
"""
from __future__ import annotations

import functools
import json
import math
import re
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import InputError, SolverTimeoutError, UnknownWordsError, UnsupportedError, NothingToDrawError
from ..registry import register
from ..resources import load_yaml
from ..types import Check, Entity, Layout, Relation, Rendering, SceneGraph, Shape, Span, Verdict, _freeze
from .kit import DomainFiles, ExactRender
from .microscopy_conditions import cue_words
from ..parse.words import Number, read_count

__all__ = ["MicroscopyDomain", "parse_microscopy", "check_laws", "layout_microscopy", "verify_microscopy",
           "fitted", "size_window", "ellipse_polygon", "support"]

_files = DomainFiles("microscopy")
_grammar, _data, _style, _law = _files.grammar, _files.data, _files.style, _files.law

MAX_TEXT_CHARS = 20_000


def fitted() -> dict[str, Any]:
    """The fitted nucleus distributions (``solvers/microscopy_fitted.yaml``, key ``nuclei``)."""
    return load_yaml("solvers", _data()["fitted"])["nuclei"]


def _sp(start: int, end: int, text: str) -> dict[str, Any]:
    return {"text": text[start:end], "start": start, "end": end}


# ---------------------------------------------------------------------------------------------
# parse: spaCy tokens → tagged items → groups → SceneGraph


@dataclass
class _Item:
    tag: str
    value: Any
    start: int
    end: int
    text: str
    weak: bool = False          # "a"/"an" read as a count: an article unless a noun follows


def _variants(phrase: str) -> list[str]:
    """A phrase and its hyphenated spellings ("top left" → "top-left")."""
    words = str(phrase).lower().split()
    if len(words) < 2 or len(words) > 5:
        return [" ".join(words)]
    out = []
    for mask in range(2 ** (len(words) - 1)):
        s = words[0]
        for k, w in enumerate(words[1:]):
            s += ("-" if mask >> k & 1 else " ") + w
        out.append(s)
    return out


@functools.lru_cache(maxsize=1)
def _matcher():
    """(PhraseMatcher, label → (tag, value)) over the grammar's tables and the common number words."""
    from spacy.matcher import PhraseMatcher
    from ..parse.nlp import get_nlp
    nlp = get_nlp()
    g = _grammar()
    m = PhraseMatcher(nlp.vocab, attr="LOWER")
    table: dict[str, tuple[str, Any]] = {}

    def add(tag: str, value: Any, phrases) -> None:
        label = f"{tag}|{json.dumps(value)}"
        pats = [nlp.make_doc(v) for p in phrases for v in _variants(p)]
        m.add(label, pats)
        table[label] = (tag, value)
    for tag, key in (("NUC", "nucleus"), ("CELL", "cell"), ("CLUSTER", "cluster"), ("PAIRS", "pairs"),
                     ("PART", "partitive"), ("TOUCH", "touching"), ("SEP", "separated"), ("REST", "rest"),
                     ("NOTOUCH", "no_touching"), ("OTHER", "other"), ("WITH", "with"), ("IMG", "image"),
                     ("VAGUE", "vague_partitive"), ("CLNOUN", "cluster_noun"), ("NOOVER", "no_overlap"),
                     ("OVEROK", "overlap_allowed")):
        add(tag, None, g[key])
    for tag, key in (("MULTI", "multinucleate"), ("SIZE", "size"), ("SHAPE", "shape"), ("MOD", "modality"),
                     ("POS", "position_words")):
        by: dict[Any, list[str]] = {}
        for p, v in g[key].items():
            by.setdefault(v, []).append(str(p))
        for v, ps in by.items():
            add(tag, v, ps)
    for region, ps in g["positions"].items():
        add("POS", region, ps)
    for p, spec in (g.get("vague_counts") or {}).items():   # "a few", "many", "most", "half of" (microscopy_vague)
        add("QUANT", spec, [str(p)])
    from .microscopy_conditions import phrase_tables
    for tag, v, ps in phrase_tables():     # imaging conditions and specimens (grammars/microscopy/conditions.yaml)
        add(tag, v, ps)
    numbers = {**load_yaml("grammars", "common/grammar.yaml")["numbers"], **g.get("counts", {})}
    by_n: dict[Any, list[str]] = {}
    for p, v in numbers.items():
        by_n.setdefault(v, []).append(str(p))
    for v, ps in by_n.items():
        add("NUM", v, ps)
    return m, table


# (never a count times an electrical value: "3 × 330 Ω in parallel" is three resistors)
_FIELD_RX = re.compile(r"(?<![\w.])(\d{1,5})\s*(?:px|pixels?)?\s*(?:×|x|X|\*|by)\s*(\d{1,5})(?!\w|\.\d)"
                       r"(?!\s*[kMGmµμunp]?(?:Ω|ohms?\b|[VAFHW]\b))"
                       # (nor a size in stitches or in lengths no micrograph's field is given in: "a 20 by 20 stitch
                       # motif", "a 20 by 30 cm board")
                       r"(?!\s*(?i:stitch(?:es)?|knit|rows?\b|cm\b|mm\b|m\b|km\b|in\b|inch(?:es)?|ft\b|feet|foot|"
                       r"yards?|met(?:re|er)s?|centimet(?:re|er)s?|millimet(?:re|er)s?))")
# "2048 pixels square", "512 px on a side", "a 1024-pixel square image": a square field
_SQUARE_RX = re.compile(r"(?<![\w.])(\d{1,5})[\s-]*(?:px|pixels?)[\s-]*(?:square|squared|on\s+a\s+side|a\s+side|per\s+side|"
                        r"on\s+each\s+side|each\s+side)(?!\w|\.\d)"
                        # "2048²", "1024^2 px": a side squared
                        r"|(?<![\w.])(\d{1,5})\s*(?:px|pixels?)?\s*(?:²|\^\s?2)(?![\w.²])(?:\s*(?:px|pixels?)(?!\w|\.\d))?", re.I)


@dataclass
class _Tagged:
    items: list[_Item]
    unknown: list[tuple[str, int, int]]
    ignored: list[tuple[str, int, int]]
    n_words: int


@functools.lru_cache(maxsize=256)
def _tag(text: str) -> _Tagged:
    """Tag ``text``: grammar phrases, counts and field sizes (longest match first), unknown words."""
    from ..parse.nlp import get_nlp
    from ..parse.words import common_words, scan_numbers
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    m, table = _matcher()
    cands: list[tuple[int, int, int, str, Any]] = []   # (priority, start tok, end tok, tag, value)

    def tok_span(s: int, e: int):
        return doc.char_span(s, e, alignment_mode="expand")
    for mm in _FIELD_RX.finditer(text):
        if re.match(r"(?:\s+|-)(?:grid|array|lattice|matrix|layout)\b", text[mm.end():], re.I):
            continue                 # "a 4 by 5 grid": the sites' rows and columns, not the field (grid_items)
        sp = tok_span(mm.start(), mm.end())
        if sp is not None:
            cands.append((2, sp.start, sp.end, "FIELD", (int(mm.group(1)), int(mm.group(2)))))
    from .microscopy_counts import size_keys
    for a, b, tag, val in size_keys(text):       # "size_px: 512", "width: 512 / height: 256": the field's size
        sp = tok_span(a, b)
        if sp is not None:
            cands.append((3, sp.start, sp.end, tag, val))
    for mm in _SQUARE_RX.finditer(text):
        sp = tok_span(mm.start(), mm.end())
        if sp is not None:
            side = int(mm.group(1) or mm.group(2))
            cands.append((2, sp.start, sp.end, "FIELD", (side, side)))
    from .microscopy_context import figure_label_spans
    from .microscopy_chamber import chamber_spans   # "one large square of a haemocytometer": the field counted
    from ..parse.chemical_names import chemical_name_spans   # "4′,6-diamidino-2-phenylindole": locants, no count
    for a, b in [(mm.start(), mm.end()) for mm in _MAGNIF_RX.finditer(text)] + figure_label_spans(text) + \
            chamber_spans(text) + chemical_name_spans(text):
        sp = tok_span(a, b)        # "at 40x magnification", "63× oil", "Figure 2A:": how and what, no count
        if sp is not None:
            cands.append((2, sp.start, sp.end, "IMG", None))
    from .microscopy_conditions import merge_specimen, pattern_items
    from .microscopy_counts import illumination_spans, postfix_items
    from .microscopy_vary import vary_spans
    varies = vary_spans(text)
    for a, b, props in varies:                   # "of varying size and shape": a spread, read and checked
        sp = tok_span(a, b)
        if sp is not None:
            cands.append((4, sp.start, sp.end, "VARY", props))
    from .microscopy_context import scale_bar_items
    for a, b, val in scale_bar_items(text):      # a scale bar: drawn (microscopy_marks), its length if stated
        sp = tok_span(a, b)
        if sp is not None and not any(a < vb and va < b for va, vb, _ in varies):
            cands.append((3, sp.start, sp.end, "SCALEBAR", val))
    from .microscopy_illumination import illumination_items
    for a, b, val in illumination_items(text):    # uneven illumination: drawn and checked (microscopy_illumination)
        sp = tok_span(a, b)
        if sp is not None and not any(a < vb and va < b for va, vb, _ in varies):
            cands.append((3, sp.start, sp.end, "ILLUM", val))
    for a, b, val in postfix_items(text):        # "nuclei x7", "nuclei (n = 12)": the count after its noun
        sp = tok_span(a, b)
        if sp is not None:
            cands.append((2, sp.start, sp.end, "NUM", val))
    from .microscopy_counts import grid_items
    grid = grid_items(text)                      # "in a 4 by 5 grid, one nucleus per island": 20 nuclei
    for a, b, tag, val in grid:
        sp = tok_span(a, b)
        if sp is not None:
            cands.append((5, sp.start, sp.end, tag, val))
    from .microscopy_arith import change_items, code_items, drop_items, minus_items, named_count_items, parity_items
    from .microscopy_vague import fraction_items  # "⅓ of the 36 cells", "25 % of them", "two-thirds of"
    # "a dozen nuclei minus the two I cropped out", "an odd number of nuclei", "make_image(n_nuclei=0x10)"
    from .microscopy_fields import field_items   # "Field 1: 31 nuclei. Field 2: 22 nuclei … reproduce field 2"
    from .microscopy_cellparts import cell_share_items   # "10 cells, 2 of them binucleate, all others have one nucleus"
    shares = cell_share_items(text, {str(k).lower(): v for k, v in _grammar()["multinucleate"].items()},
                              int(_grammar()["defaults"]["multinucleate_nuclei"]))
    from .microscopy_arith import again_items   # "9 nuclei, then add the same number again": 18
    for a, b, tag, val in minus_items(text) + again_items(text) + parity_items(text) + code_items(text, _stain_of) + field_items(text) + \
            shares + named_count_items(text) + change_items(text) + drop_items(text) + fraction_items(text):  # "B5 = SUM(B2:B4) … B5 nuclei"; "… one of them divided" (a time-lapse)
        sp = tok_span(a, b)
        if sp is not None:
            cands.append((5, sp.start, sp.end, tag, val))
    from .microscopy_restate import or_not_spans   # "mitotic or not": the state left open (either_way)
    for a, b in or_not_spans(text):
        sp = tok_span(a, b)
        if sp is not None:
            cands.append((5, sp.start, sp.end, "IMG", None))
    from .microscopy_regions import region_sum_items, time_items
    # "finds 4, 6, 5 and 7 in the four quadrants": the image's sum; "5 nuclei at 0 h … draw it at 48 h": one moment
    for a, b, tag, val in region_sum_items(text) + time_items(text):
        sp = tok_span(a, b)
        if sp is not None:
            cands.append((5, sp.start, sp.end, tag, val))
    for a, b, tag, val in pattern_items(text):     # "SNR 10", "a blur of 2 px", "63x/1.4 oil objective"
        sp = tok_span(a, b)
        if sp is not None:
            cands.append((2, sp.start, sp.end, tag, val))
    from .microscopy_respectively import respectively_items   # "three clusters of 4, 5 and 6 nuclei respectively"
    for a, b, tag, val in respectively_items(text):
        sp = tok_span(a, b)
        if sp is not None:
            cands.append((5, sp.start, sp.end, tag, val))
    from .microscopy_split import split_items   # "16 nuclei split evenly over 3 wells": the total's divisibility
    for a, b, tag, val in split_items(text):
        sp = tok_span(a, b)
        if sp is not None:
            cands.append((5, sp.start, sp.end, tag, val))
    from .microscopy_density import density_items   # "a 200 µm × 200 µm field, 500 nuclei per mm²"
    for a, b, tag, val in density_items(text):
        sp = tok_span(a, b)
        if sp is not None:
            cands.append((3, sp.start, sp.end, tag, val))
    from .microscopy_asked import asked_quantity_spans   # "What percentage of a 1 cm² coverslip …?": asked, unread
    from .microscopy_chamber import volume_spans   # "holds a volume of 1 × 10^-4 mL": no count, listed as not drawn
    for a, b in volume_spans(text):
        sp = tok_span(a, b)
        if sp is not None:
            cands.append((5, sp.start, sp.end, "CTXU", None))
    asked_qty, asked_q = asked_quantity_spans(text)
    for a, b in asked_qty:
        sp = tok_span(a, b)
        if sp is not None:
            cands.append((5, sp.start, sp.end, "ASKQ", None))
    # every numeric expression read whole by the shared reader ("twenty-five", "1,000", "6/2", "-3")
    for num in scan_numbers(text):
        sp = tok_span(num.start, num.end)
        if sp is not None and (sp.end - sp.start > 1 or num.text.lower() not in ("one",)):
            cands.append((1, sp.start, sp.end, "NUM", num))
    for label, s, e in m(doc):
        tag, val = table[nlp.vocab.strings[label]]
        if tag == "POS" and (re.match(r"-of-\w", text[doc[e - 1].idx + len(doc[e - 1].text):])
                             or re.search(r"\w-of-$", text[:doc[s].idx])):
            continue    # "an edge-of-wound effect", "a centre-of-mass shift": a noun's part, not a place
        # a cell line's name holds digits ("HEK 293", "NIH/3T3"): the name, not a count
        cands.append((2 if tag in ("LINE", "QUANT") or val == "imaging" else 1, s, e, tag, val))
    from .microscopy_context import label_id_spans   # "Poster M-08", "sample A-12": a name, no count
    named_by = [(s_, e_) for _, s_, e_, tg_, _ in cands if tg_ in ("LINE", "FLUOR", "MOD", "NUC", "CELL", "POS", "FIELD",
                                                                  "KWCOUNT", "GRID", "SCALEBAR")]
    for a, b in label_id_spans(text):
        sp = tok_span(a, b)
        if sp is not None and not any(sp.start < e_ and s_ < sp.end for s_, e_ in named_by):
            cands.append((2, sp.start, sp.end, "IMG", None))
    # longest first (then higher priority, then earlier): the same rule as spaCy's filter_spans
    cands.sort(key=lambda c: (-(c[2] - c[1]), -c[0], c[1]))
    used = np.zeros(len(doc) + 1, bool)
    items: list[_Item] = []
    # uneven illumination: its words are read as nothing else ("brighter in the centre" is the light's, not the
    # nuclei's) and stay unread, so the figure lists them as not drawn
    blocked = np.zeros(len(doc) + 1, bool)
    for pr, s, e, tag, val in cands:
        if tag == "ILLUM" and val is None:
            blocked[s:e] = True
    # "… so we can see how the watershed copes with clusters": why the image is wanted, read as nothing
    from .microscopy_context import context_spans, exact_spans, purpose_spans, safety_spans
    purpose = np.zeros(len(doc) + 1, bool)
    # (an article read as a count of one, "a segmentation practical", names nothing)
    named = [(s_, e_) for _, s_, e_, tg_, _ in cands if tg_ not in ("IMG", "NUC", "CELL", "LINE", "FLUOR", "MOD")
             and not (tg_ == "NUM" and doc[s_:e_].text.lower() in ("a", "an"))]
    for a, b, ctx in [(a, b, False) for a, b in purpose_spans(text) + exact_spans(text) + safety_spans(text)
                      + asked_q] + \
            [(a, b, True) for a, b in context_spans(text)]:
        sp = tok_span(a, b)
        # a context clause that names a property of the image ("testing our counter on dense nuclei") is read
        if sp is not None and not (ctx and any(sp.start < e_ and s_ < sp.end for s_, e_ in named)):
            blocked[sp.start:sp.end] = purpose[sp.start:sp.end] = True
    for pr, s, e, tag, val in cands:
        if tag == "CTX":           # another field's count, when one field is asked for (microscopy_fields): context
            blocked[s:e] = purpose[s:e] = True
        if tag == "CTXU":          # another moment's count (microscopy_regions.time_items): unread, listed as not drawn
            blocked[s:e] = True
        if tag == "ASKQ":          # a quantity asked about ("a 1 cm² coverslip?", microscopy_asked): never a count
            blocked[s:e] = True
    for pr, s, e, tag, val in cands:
        if used[s:e].any() or blocked[s:e].any():
            continue
        used[s:e] = True
        a, b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        weak = tag == "NUM" and doc[s:e].text.lower() in ("a", "an")
        items.append(_Item(tag, val, a, b, text[a:b], weak))
    g = _grammar()
    filler = common_words() | {str(w).lower() for w in g["domain_filler"]} | \
        {w for p in g["position_prefixes"] for w in str(p).lower().split()}
    unknown, ignored = [], []
    n_words = 0
    for t in doc:
        if t.is_space or t.is_punct:
            if not used[t.i] and t.text in (",", ";", ".", ":"):
                items.append(_Item("BR", None, t.idx, t.idx + len(t.text), t.text))
            continue
        n_words += 1
        if used[t.i]:
            continue
        w = t.lower_.replace("’", "'")
        if w in ("and", "but", "while", "whereas"):
            items.append(_Item("BR", None, t.idx, t.idx + len(t.text), t.text))
            ignored.append((t.text, t.idx, t.idx + len(t.text)))
        elif w in filler or t.is_stop and w in common_words() or purpose[t.i]:
            ignored.append((t.text, t.idx, t.idx + len(t.text)))
        else:
            unknown.append((t.text, t.idx, t.idx + len(t.text)))
    items.sort(key=lambda it: it.start)
    # a nucleus or cell word right before an image word, with no count of its own, modifies it ("my nucleus
    # segmentation pipeline", "a cell monolayer", "a cell culture"): a kind of image, not one more nucleus
    for k, it in enumerate(items[:-1]):
        nxt = items[k + 1]
        p = k - 1
        while p > 0 and items[p].tag == "LINE":     # "9 A549 nuclei": the count before the cell line's name
            p -= 1
        counted = p >= 0 and k > 0 and items[p].tag == "NUM" and not items[p].weak \
            and all(items[q].tag == "LINE" for q in range(p + 1, k)) \
            and not "".join(text[a:b] for a, b in zip([items[p].end] + [items[q].end for q in range(p + 1, k)],
                                                       [items[q].start for q in range(p + 1, k)] + [it.start])).strip()
        if it.tag in ("NUC", "CELL") and nxt.tag == "IMG" and nxt.value is None and not counted \
                and re.fullmatch(r"[\s\-]+", text[it.end:nxt.start] or "-") \
                and not re.match(r"(?:stained|imaged|labell?ed|visuali[sz]ed)\b", nxt.text, re.I):
            items[k] = _Item("IMG", None, it.start, it.end, it.text)
    # "my nucleus counter", "a nucleus counting tool", "nuclei detection": a count-less nucleus noun right before an
    # unread agent or action noun (-er/-or/-ing/-ion) names a kind of tool or task, not a nucleus to draw
    unread_at = {s: w for w, s, e in unknown}
    def counted_noun(k: int) -> bool:
        """A count right before the noun, past its adjectives only ("seven bright nuclei glowing blue")."""
        p = k - 1
        while p >= 0 and items[p].tag in _ADJ + ("LINE",) and not text[items[p].end:items[p + 1].start].strip():
            p -= 1
        return p >= 0 and items[p].tag == "NUM" and not items[p].weak and not text[items[p].end:items[p + 1].start].strip()
    for k, it in enumerate(items):
        if it.tag in ("NUC", "CELL") and not counted_noun(k):
            m_ = re.match(r"[\s-]+", text[it.end:])
            nxt_w = unread_at.get(it.end + (m_.end() if m_ else 0)) if m_ else None
            if nxt_w and re.search(r"(?:ers?|ors?|ing|ion|ions)$", nxt_w.lower()) and len(nxt_w) > 4:
                items[k] = _Item("IMG", None, it.start, it.end, it.text)
                # the tool or task it names ("counter", "detection") is context, kept as ignored
                at = it.end + m_.end()
                unknown = [u for u in unknown if u[1] != at]
                ignored.append((nxt_w, at, at + len(nxt_w)))
    # "eight PI-positive (dead-cell) nuclei", "cell-free areas": a cell or nucleus word joined by a hyphen to
    # another word is part of a compound modifier, not a thing to draw (it counted 8 cells and drew 34 default nuclei)
    for k in range(len(items) - 1, -1, -1):
        it = items[k]
        if it.tag in ("NUC", "CELL") and (re.search(r"[^\W\d_]-$", text[max(0, it.start - 2):it.start])
                                          or re.match(r"-[^\W\d_]", text[it.end:it.end + 2])):
            head = re.match(r"\S+\s+", it.text)
            if it.tag == "NUC" and head and not re.match(r"-[^\W\d_]", text[it.end:it.end + 2]):
                # "apoptotic-cell nuclei": the compound takes "cell"; "nuclei" stays the noun
                a = it.start + head.end()
                items[k] = _Item("NUC", it.value, a, it.end, text[a:it.end])
                unknown.append((head.group().strip(), it.start, it.start + len(head.group().strip())))
                continue
            del items[k]
            unknown.append((it.text, it.start, it.end))
    # "the 'small field' case", "a large image": a size word right before an image noun sizes the image, not the
    # nuclei (read as theirs it asked "which nuclei are small?"); nesy sizes the field in pixels only: not drawn
    for k in range(len(items) - 2, -1, -1):
        it, nxt = items[k], items[k + 1]
        if it.tag == "SIZE" and nxt.tag == "IMG" and nxt.value is None and \
                re.fullmatch(r"(?i)field|fields|image|images|frame|picture|view|field of view|canvas", nxt.text) and \
                not text[it.end:nxt.start].strip():
            del items[k]
            unknown.append((it.text, it.start, it.end))
    unknown.sort(key=lambda u: u[1])
    items = merge_specimen(items, text, _Item)
    # "Hoechst 33342": the stain's catalogue number is part of its name
    from .microscopy_context import name_number
    k = 0
    while k + 1 < len(items):
        a, b = items[k], items[k + 1]
        if a.tag in ("MOD", "FLUOR") and name_number(text, a.end, b):
            items[k:k + 2] = [_Item(a.tag, a.value, a.start, b.end, text[a.start:b.end])]
        k += 1
    # "one single nucleus", "only one single nucleus": "single" repeats the count of one before it
    k = 0
    while k + 1 < len(items):
        a, b = items[k], items[k + 1]
        if (a.tag == b.tag == "NUM" and b.text.lower() == "single" and a.text.lower() in ("one", "1", "a", "an")
                and not text[a.end:b.start].strip()):
            items[k:k + 2] = [_Item("NUM", b.value, a.start, b.end, text[a.start:b.end])]
        k += 1
    # "they are not touching each other", "none of which touch": no two touch (microscopy_negation)
    from .microscopy_negation import negated_touching
    items, unknown = negated_touching(items, unknown, text, _Item)
    from .microscopy_negation import reciprocals     # "none of them touching one another": no count of one
    items, unknown = reciprocals(items, unknown, text, _Item)
    from .microscopy_counts import misspelt_nouns, restated_numbers   # "30 nucelli", "eighteen (18) nuclei"
    items, unknown = misspelt_nouns(items, unknown, text, _Item)
    from .microscopy_measures import measure_names   # "a mitotic index measurement": a measure's name, no nuclei
    items, unknown = measure_names(items, unknown, ignored, text, _Item)
    from .microscopy_nouns import renamed_nouns      # "9 purple blobs … they are nuclei", "plus 3 stragglers"
    items, unknown = renamed_nouns(items, unknown, text, _Item)
    items = restated_numbers(items, text, _Item)
    from .microscopy_nouns import compound_modifiers  # "an intact cell membrane": a membrane, no cell to draw
    items, unknown = compound_modifiers(items, unknown, text)
    from .microscopy_context import correlative_both   # "to stain both live and fixed cells": no count of two
    items, ignored = correlative_both(items, ignored, text)
    from .microscopy_restate import total_tails       # "fifteen in all": the tail is the bare total's
    items, unknown, ignored = total_tails(items, unknown, ignored, text, _Item)
    from .microscopy_each import per_cell            # "one nucleus for each cell counted": each cell's nuclei
    items = per_cell(items, text, _Item)
    per = [(it.start, it.end) for it in items if it.tag in ("PERCELL", "EACHREF")]
    unknown = [u for u in unknown if not any(a <= u[1] and u[2] <= b for a, b in per)]
    return _Tagged(items, unknown, ignored, n_words)


def _stain_of(value: str) -> tuple[str, Any] | None:
    """The (tag, value) of a stain or modality named alone ("DAPI", "Hoechst"), else None."""
    from ..parse.nlp import get_nlp
    m, table = _matcher()
    doc = get_nlp().make_doc(value)
    for label, s, e in m(doc):
        tag, val = table[get_nlp().vocab.strings[label]]
        if tag in ("MOD", "FLUOR") and s == 0 and e == len(doc):
            return tag, val
    return None


# nuclei counted ("11 nuclei", "twelve round nuclei"): with no cell named, a micrograph's population (``_score``)
_COUNTED_NUCLEI_RX = re.compile(r"(?i)(?<![\w.,-])(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                r"twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                                r"dozens?)\s+(?:[a-z-]+,?\s+){0,2}?nucle(?:i|uses)(?![\w-])")


def _score(text: str) -> float:
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
        return 0.0
    cues = {str(c).lower() for c in _grammar()["cues"]}
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    from .microscopy_restate import physics_field_only
    if words & cues <= {"field", "fields"} and physics_field_only(text):
        # "the electric field lines around two charges": a field of physics, no microscope's (it was read as a
        # micrograph's and refused for "two" counting nothing, instead of listing what nesy draws)
        words = words - {"field", "fields"}
    # a plain word test first: texts of other sciences never load spaCy for this domain
    from .microscopy_vary import vary_spans
    from .microscopy_illumination import illumination_items
    from .microscopy_cellparts import shares_said
    if not (words & cues or _FIELD_RX.search(text) or shares_said(text) or ({"nuclei", "nucleuses"} & words and vary_spans(text)) or
            ({"nuclei", "nucleuses"} & words and _COUNTED_NUCLEI_RX.search(text)) or
            ({"nuclei", "nucleuses"} & words and _illum_said(text, illumination_items)) or re.search(r"(?<!\w)h\s?&\s?e(?!\w)", text, re.I) or ({"nuclei", "nucleuses"} & words and words & {
            "touching", "touch", "separated", "apart", "isolated", "cluster", "clusters", "clump", "pair", "odd", "even",
            "pairs", "contact", "spaced", "rest", "others", "remaining", "none", "objective", "imaged",
            "magnification", "microscope", "microscopes", "microscopic", "evenly", "equally", "equal", "same", "overlap", "overlaps", "overlapping",
            "image", "images", "picture", "photo", "photograph", "synthetic"} | cue_words())):
        return 0.0
    tg = _tag(text)
    plural_nuclei = any(it.tag == "NUC" and it.text.lower() != "nucleus" for it in tg.items)
    # nuclei with how they were imaged ("20 nuclei, green (GFP), low noise") or what ("35 HeLa nuclei")
    # (a density of nuclei per area, "4 nuclei per 100 µm²", is a count of nuclei in a field: a micrograph's)
    cue = bool(words & cues) or any(it.tag in ("MOD", "MULTI", "FIELD", "NOTOUCH", "CELLPART", "AREAL") for it in tg.items) or (
        plural_nuclei and any(it.tag in ("TOUCH", "SEP", "CLUSTER", "PAIRS", "REST", "NOISE", "FOCUS", "CHAN",
                                         "CONTRAST", "DENS", "FLUOR", "LINE", "MITO", "STAGE", "GRID", "BRIGHT", "NOOVER", "OVEROK", "CLNOUN",
                                         "VARY", "QUANT", "ILLUM", "PARITY", "MINUS", "DROP", "CELLPART", "SPLIT", "CHANGE",
                                         "RESPECT")
                              or it.tag == "IMG" and _OPTICS_CUE_RX.search(it.text)
                              for it in tg.items)) or (plural_nuclei and any(u[0].lower() in _not_drawn() for u in tg.unknown)) or (
        # "a synthetic image with 12 nuclei", "Draw 11 nuclei, 6 µm across": nuclei counted, with no cell named —
        # a population of nuclei is a micrograph's (a cell's nuclei are counted in the cell that holds them: "a
        # muscle cell with 12 nuclei")
        plural_nuclei and not any(it.tag == "CELL" for it in tg.items)
        and any(it.tag == "NUM" and _counts_nuclei(tg.items, k) for k, it in enumerate(tg.items[:-1])))
    if not cue:
        return 0.0
    from ..parse.lexicon import no_content
    lex = no_content()
    # words no science draws ("a fake image", "please") are no sign of another science
    # (a question's words — "What is the mitotic index?" — ask about the figure, are never drawn and so are no sign
    # of another science: the pipeline blanks them before it reads the text)
    from ..parse.account import questions
    asked = questions(text)
    from .microscopy_chamber import volume_spans      # "a volume of 1 × 10^-4 mL": a micrograph's context, not drawn
    asked = asked + volume_spans(text)
    foreign = [u for u in tg.unknown if not all(lex.classify(w.lower()) for w in str(u[0]).split())
               and not _a_not_drawn_word(u[0]) and not _in_illum(text, u[1]) and not _in_share(text, u[1])
               and not any(a <= u[1] < b for a, b in asked) and not _misspelt_cue(u[0], cues)
               and not _misspelt_filler(u[0], lex)]
    if foreign:
        return 0.5      # a cue, but words of another science: any domain that knows them wins
    return 10.0 + sum(1 for it in tg.items if it.tag != "BR")


def _counts_nuclei(items: list, k: int) -> bool:
    """Whether the count at ``items[k]`` counts nuclei: the noun after it, past its adjectives ("nine round
    nuclei", "12 bright, blurred nuclei")."""
    j = k + 1
    while j < len(items) and (items[j].tag in _ADJ or items[j].tag == "BR" and items[j].text in (",", "and")):
        j += 1
    return j < len(items) and items[j].tag == "NUC"


def _misspelt_filler(word: str, lex: Any) -> bool:
    """Whether ``word`` is a word of no content for any figure misspelt by one letter ("roughtly", "aproximately"):
    a typo of a word no science draws is no sign of another science either."""
    from ..parse.spelling import _distance
    w = word.lower()
    return len(w) >= 6 and " " not in w and any(len(c) >= 6 and abs(len(c) - len(w)) <= 1 and _distance(w, c, 1) <= 1
                                                 for ws in lex.words.values() for c in ws)


def _misspelt_cue(word: str, cues: set[str]) -> bool:
    """Whether ``word`` is a micrograph cue misspelt by one letter or two swapped ("flourescence", "micrograh"): a
    typo of this science's own word is no sign of another science (the pipeline corrects it once chosen)."""
    from ..parse.spelling import _distance
    w = word.lower()
    return len(w) >= 6 and any(len(c) >= 6 and _distance(w, c, 1) <= 1 for c in cues)


def _illum_said(text: str, find) -> bool:
    """Whether the text describes an uneven illumination (a refused reading of it counts too: it is the light's)."""
    from ..errors import NesyError
    try:
        return bool(find(text))
    except NesyError:
        return True


def _in_share(text: str, at: int) -> bool:
    """Whether ``at`` lies in the description of cells with no nucleus (``microscopy_cellparts``): left unread on
    purpose, and listed as not drawn; no sign of another science."""
    from .microscopy_cellparts import cell_share_items
    from ..errors import NesyError
    try:
        spans = cell_share_items(text, {str(k).lower(): v for k, v in _grammar()["multinucleate"].items()},
                                 int(_grammar()["defaults"]["multinucleate_nuclei"]))
    except NesyError:
        return False
    return any(a <= at < b for a, b, tg_, v in spans if tg_ == "ILLUM" and v is None)


def _in_illum(text: str, at: int) -> bool:
    from .microscopy_counts import illumination_spans
    return any(a <= at < b for a, b in illumination_spans(text))


def _a_not_drawn_word(word: str) -> bool:
    """Whether ``word`` is one of ``_not_drawn``, or one misspelt by a letter or two swapped ("substarte")."""
    from ..parse.spelling import _distance
    w = word.lower()
    return w in _not_drawn() or len(w) >= 5 and any(len(n) >= 5 and _distance(w, n, 1) <= 1 for n in _not_drawn())


def _not_drawn() -> frozenset[str]:
    """Words of nuclei that nesy reads as a micrograph's but does not draw (``grammar.yaml`` ``not_drawn``): left
    unknown, so the figure lists them as not drawn, and no sign of another science."""
    return frozenset(str(w).lower() for w in _grammar().get("not_drawn", []))


@dataclass
class _Group:
    gid: str
    kind: str                        # nuclei | cluster | cell
    units: int                       # clusters / cells named by the phrase (1 for nuclei)
    n: int                           # nuclei per unit
    span: dict[str, Any]
    size: str | None = None          # of the nuclei
    shape: str | None = None
    cell_size: str | None = None     # of a cell
    partitive: bool = False
    other: bool = False
    parent: int | None = None
    position: dict[str, Any] | None = None
    claims: list[dict[str, Any]] = field(default_factory=list)   # {"n", "min", "span", "law"}: per cell
    default: str | None = None       # the law a default count came from
    plural: bool = True              # a total is a plural count ("25 nuclei"), never "a nucleus"
    focus: Any = None                # of the nuclei: a focus level ("slight") or {"sigma_px": …}
    bright: str | None = None        # of the nuclei: a brightness level ("much_brighter")
    vague: Any = None                # a vague count ("many of them") still to be read against its total
    restates: bool = False           # a bare total said again ("…, all fifteen"): checked, never drawn besides


# parts of the field that together are all of it: its two halves either way, its four quadrants
_PARTITIONS = ({"top_edge", "bottom_edge"}, {"left_edge", "right_edge"},
               {"top_left", "top_right", "bottom_left", "bottom_right"})


def _shares_fill_the_field(groups: list, text: str) -> None:
    """Nuclei named without a count, then counted by the parts of the field they lie in, parts that together are
    the whole field ("nuclei: 12 in the top half and 9 in the bottom half", or one count per quadrant): the nuclei are
    those, 21, not the fitted density's count with 21 of them placed (requests-27 microscopy-10 drew 544). A share
    "near the top edge" leaves the rest of the field open, so the count stays the default there."""
    for k, pg in enumerate(groups):
        kids = [g for g in groups if g.parent == k and g.partitive]
        if pg.default != "default_count" or not kids or any(g.position is None for g in kids):
            continue
        regions = [g.position["region"] for g in kids]
        word = r"half|halves" if len(regions) == 2 else r"quadrants?|quarters?"
        whole = all(re.search(rf"(?i)\b(?:{word})\b", text[g.position["span"]["start"]:g.position["span"]["end"] + 14])
                    for g in kids)
        if whole and len(set(regions)) == len(regions) and set(regions) in _PARTITIONS:
            pg.n, pg.default = sum(g.units * g.n for g in kids), None


def _unlike(first: Any, later: Any) -> bool:
    """Whether the nuclei of group ``later`` cannot be some of ``first``'s: a size, shape, focus or brightness
    that differs from the one ``first`` states ("3 large nuclei and 4 small nuclei" are seven: four small ones
    are none of three large ones; drawn from them, the figure showed four nuclei and passed)."""
    return any(getattr(first, key, None) is not None and getattr(later, key, None) is not None
               and getattr(first, key) != getattr(later, key) for key in ("size", "shape", "focus", "bright"))


def _covers(first: Any, later: Any) -> bool:
    """Whether the nuclei of group ``later`` may be some of ``first``'s by what ``first`` states: every size, shape,
    focus or brightness ``first`` gives, ``later`` gives too ("12 nuclei, 3 large and 2 oval": a plain total covers
    both). A qualified first group covers no group that leaves its qualifier out: "seven large nuclei, five small
    ones and two oval ones" are fourteen (drawn from the large ones, the two oval ones had made twelve, verified)."""
    return all(getattr(first, key, None) is None or getattr(later, key, None) == getattr(first, key)
               for key in ("size", "shape", "focus", "bright"))


def _count_text(it: _Item) -> int:
    from .microscopy_vague import Vague
    if isinstance(it.value, Vague):      # "a few": 3; "many nuclei": the fitted density's count (-1)
        return it.value.alone()
    if isinstance(it.value, Number):  # read and checked once, by the shared reader
        mx = int(_data()["max_nuclei"])
        v = it.value.value
        if v is not None and v.denominator == 1 and v > mx:
            shown = v if v < 10 ** 15 else f"a number of {len(str(v))} digits"
            raise UnsupportedError(f"at most {mx} nuclei are drawn in one field; '{it.text[:40]}' at "
                                   f"{it.start}-{it.end} asks for {shown}")
        return read_count(it.value, what="nuclei", maximum=mx, minimum=0)  # zero: refused below, by name
    v = float(it.value)
    if v != int(v) or v < 0:
        raise InputError(f"a count must be a whole number, got '{it.text}' at {it.start}-{it.end}")
    return int(v)


_ADJ = ("SIZE", "SHAPE", "FOCUS", "BRIGHT", "MITO")
# (plural nuclei "as seen under the microscope", "like in a microscope photo": a micrograph of nuclei; a cell
# figure draws one cell with its one nucleus, never many nuclei seen through a microscope)
_OPTICS_CUE_RX = re.compile(r"\d\s*[x×]|objective|imaged|magnif|confocal|widefield|slice|immersion|microscop", re.IGNORECASE)
# what may stand between nuclei and the adjectives that follow them ("one nucleus is much brighter")
_ADJ_GLUE_RX = re.compile(r"(?:[\s,;:\-–—]|\b(?:all|are|is|of|them|which|that|and|appear|appears|look|looks|seem|seems|"
                          r"being|both|each|these|those|they|it|was|were|be|slightly|somewhat|also|should|must|will|would|"
                          r"could|can|to|rather|quite|fairly|very|a\s+bit|a\s+little|look\s+like|"
                          r"have\s+to\s+be|need\s+to\s+be)\b)*", re.IGNORECASE)
_GLUE_RX = re.compile(r"[\s,]*(?:(?:all|are|of|them|which|that|is|and)[\s,]+)*", re.IGNORECASE)
# "at 40x magnification", "a 63× objective": how it was imaged, no count and no constraint
_MAGNIF_RX = re.compile(r"(?<![\w.])(?:\d{1,4}\s*[x×X]\s+(?:magnification|objective|lens|zoom)|"
                        r"magnification\s+(?:of\s+)?\d{1,4}\s*[x×X]|"
                        # "imaged at 40×", "a 63× oil objective", "(DAPI, 20×)": a magnification alone (no second
                        # number: "4 × 5" is a field or a grid); never right after a nucleus noun ("nuclei x7")
                        r"(?<!nuclei\s)(?<!nucleus\s)(?<!nuclei)(?<!nucleus)\d{1,3}(?:\.\d)?\s?[×xX](?!\s*[\d(])(?=[\s,.;:)/]|$))",
                        re.IGNORECASE)


# "every nucleus", "each nucleus", "any nucleus": all the nuclei named, not one more
_EVERY_RX = re.compile(r"(?<![\w-])(?:every|each|any|no)\s+(?:single\s+|individual\s+|one\s+)?$", re.I)


def _unsharp_agrees(old: Any, new: Any) -> bool:
    """Whether two focus words say one thing: "not crisp"/"not sharp" ("unsharp") with any blurred level."""
    return old is not None and old != new and "unsharp" in (old, new) and "sharp" not in (old, new) and \
        all(isinstance(v, str) for v in (old, new))


def _only_glue(text: str, grp: Any, at: int) -> bool:
    """Whether only glue words and the group's own position lie between the group and ``at``: "6 nuclei
    in the right half, all touching" says the six touch."""
    a = grp.span["end"]
    if grp.position is not None and grp.position["span"]["start"] >= a:
        a = max(a, grp.position["span"]["end"])
    return at - a <= 3 or bool(_GLUE_RX.fullmatch(text[a:at]))


def _unread_count(groups: list, unknown: list[tuple[str, int, int]], text: str) -> None:
    """Refuse a count written in a number form nesy does not read ("XXIV nuclei", "Number of nuclei: XXIV") where
    the group would get the default count: drawn, the fitted density's count would stand in for the stated one and
    be verified (requests-15 microscopy-02 drew 34 nuclei for "a score of nuclei"). The word must read as a number
    (a Roman numeral, digits) and sit in the group's phrase or right before its noun."""
    from ..parse.words import scan_numbers
    for gr in groups:
        if gr.default != "default_count":
            continue
        a, b = gr.span["start"], gr.span["end"]
        for w, s0, e0 in unknown:
            nums = scan_numbers(w, roman=True)
            if not (len(nums) == 1 and nums[0].text.strip() == w.strip()):
                continue
            if a <= s0 and e0 <= b or e0 <= a and re.fullmatch(r"[\s:=]*(?:of\s+)?(?:the\s+)?", text[e0:a]) \
                    or b <= s0 and re.fullmatch(r"\s*[:=]\s*", text[b:s0]):   # "nuclei: XXIV"
                raise InputError(f"'{w}' at {s0}-{e0} stands where the count of '{gr.span['text']}' would, in a form "
                                 "nesy does not read; drawn without it the nuclei would get the default count: write "
                                 "the count in digits or words ('24 nuclei')")


def parse_microscopy(text: str, *, allow_unknown: bool = False) -> SceneGraph:
    """Parse a micrograph description into a ``SceneGraph`` (domain ``"microscopy"``).

    Raises ``InputError`` for empty/oversized text, a count that counts nothing or a field outside
    the allowed sizes, ``UnknownWordsError`` (with offsets) for words outside the grammar.
    """
    from ..parse.grammar import check_text
    check_text(text)
    tg = _tag(text)
    from . import microscopy_marks as marks
    if not marks.enabled("scale_bar") and any(it.tag == "SCALEBAR" for it in tg.items):
        # scale bars turned off (training data): a requested one is not drawn, and the figure lists it
        from dataclasses import replace as _replace
        bar_words = [(mm.group(), it.start + mm.start(), it.start + mm.end()) for it in tg.items
                     if it.tag == "SCALEBAR" for mm in re.finditer(r"\S+", it.text)]
        tg = _replace(tg, items=[it for it in tg.items if it.tag != "SCALEBAR"],
                      unknown=sorted(tg.unknown + bar_words, key=lambda u: u[1]))
    if tg.unknown and not allow_unknown:
        raise UnknownWordsError(tg.unknown, text)
    g = _grammar()
    laws = _data()["laws"]
    fld = laws["field"]
    W = H = int(fld["default_px"])
    field_span = None
    modality, mod_span = "fluorescence", None
    items: list[_Item] = []
    from .microscopy_conditions import image_items
    imaging, tagged = image_items(list(tg.items), text)
    vague: list[dict[str, Any]] = []
    # what the figure's marks say (microscopy_marks): a requested scale bar, the stains named, a magnification
    figure: dict[str, Any] = {}
    for fl in imaging.get("fluorophore", []) if isinstance(imaging, dict) else []:
        if marks.stain_name(fl["text"]):
            figure.setdefault("stains", []).append({"name": marks.stain_name(fl["text"]), "span": fl})
    from .microscopy_counts import image_one
    skipped: list[tuple[int, int]] = []      # words read as drawing nothing (imaging verbs, cell-cycle stages)
    for q, it in enumerate(tagged):
        if it.tag == "NUM" and image_one(tagged, q):    # "one DAPI image with 12 nuclei": the one image
            continue
        if it.tag == "SCALEBAR":
            if figure.get("scale_bar") and figure["scale_bar"]["value"] != it.value and it.value.get("length"):
                if figure["scale_bar"]["value"].get("length"):
                    raise InputError(f"one scale bar per image: '{figure['scale_bar']['span']['text']}' and "
                                     f"'{it.text}' (at {it.start}-{it.end}) differ")
            if not (figure.get("scale_bar") and not it.value.get("length")):
                figure["scale_bar"] = {"value": it.value, "span": _sp(it.start, it.end, text)}
            continue
        if it.tag == "MOD" and marks.stain_name(it.text):
            figure.setdefault("stains", []).append({"name": marks.stain_name(it.text),
                                                    "span": _sp(it.start, it.end, text)})
        if it.tag == "IMG" and marks.magnification(it.text) and _MAGNIF_RX.search(it.text) \
                and "magnification" not in figure:
            figure["magnification"] = {"value": marks.magnification(it.text), "span": _sp(it.start, it.end, text)}
        if it.tag == "ILLUM":            # "uneven illumination (brighter in the centre)": drawn and checked
            if imaging.get("illumination") is not None and imaging["illumination"]["value"] != it.value:
                raise InputError(f"one illumination per image: '{imaging['illumination']['span']['text']}' and "
                                 f"'{it.text}' (at {it.start}-{it.end}) differ")
            imaging["illumination"] = {"value": it.value, "span": _sp(it.start, it.end, text)}
            from .microscopy_illumination import assumed_note
            if assumed_note(it.value):
                imaging["illumination"]["assumed"] = assumed_note(it.value)
            continue
        if it.tag == "PARITY":           # "an odd number of nuclei": the total's parity, proved by the law check
            if imaging.get("parity") is not None and imaging["parity"]["value"] != it.value:
                raise InputError(f"'{imaging['parity']['span']['text']}' and '{it.text}' (at {it.start}-{it.end}) "
                                 "say different parities of one count")
            imaging["parity"] = {"value": it.value, "span": _sp(it.start, it.end, text)}
            continue
        if it.tag == "SPLITK":           # "3 wells": the number of sites of a split, read into it
            continue
        if it.tag == "SPLIT":            # "split evenly": the total is a whole multiple of the sites (microscopy_split)
            if imaging.get("split") is not None and imaging["split"]["value"] != it.value["k"]:
                raise InputError(f"'{imaging['split']['span']['text']}' and '{it.text}' (at {it.start}-{it.end}) "
                                 "split the nuclei over different numbers of sites")
            imaging.setdefault("split", {"value": it.value["k"], "span": _sp(it.start, it.end, text),
                                         "sites": it.value["sites"], "also": [],
                                         "note": "the sites are not drawn: the total's even split over them is checked"})
            if imaging["split"]["span"]["start"] != it.start:   # "split evenly, so that every well holds the same number"
                imaging["split"]["also"].append(_sp(it.start, it.end, text))
            continue
        if it.tag == "KWCOUNT":          # "make_image(n_nuclei=0x10)": the count, of the nuclei its key names
            items += [_Item("NUM", it.value, it.start, it.end, it.text), _Item("NUC", None, it.end, it.end, "")]
            continue
        if it.tag == "NOOVER":           # "none of them overlapping": checked, never drawn otherwise
            imaging.setdefault("no_overlap", _sp(it.start, it.end, text))
            continue
        if it.tag == "OVEROK":           # "overlaps allowed": a permission nesy's separate nuclei satisfy
            imaging.setdefault("overlap_allowed", _sp(it.start, it.end, text))
            continue
        if it.tag == "VAGUE" and " " not in it.text.strip():
            # a bare "some": vague partitive before a property ("nuclei, some clumped together"), else filler
            nxt = tagged[q + 1] if q + 1 < len(tagged) else None
            if nxt is not None and nxt.tag in ("TOUCH", "SEP", "POS") + _ADJ:
                items.append(_Item("NUM", int(g["defaults"]["vague_partitive"]), it.start, it.end, it.text))
                items.append(_Item("PART", None, it.end, it.end, ""))
                vague.append(_sp(it.start, it.end, text))
            continue
        if it.tag == "QUANT" and re.search(r"(?i)(?<![\w-])(?:how|that|this)\s+$", text[:it.start]):
            # ("simulate that many": the count just stated, referred to)
            skipped.append((it.start, it.end))   # "how many nuclei …?": a question, answered by a count after it
            continue
        if it.tag == "QUANT":            # "a few", "many of", "most": a count read against the total named
            from .microscopy_vague import Vague
            words = re.sub(r"\s+of$", "", it.text.strip(), flags=re.I)
            items.append(_Item("NUM", Vague.make(it.value, words, it.start, it.start + len(words)), it.start, it.end,
                               it.text))
            continue
        if it.tag == "VARY":             # "nuclei of varying size": the fitted spread, checked on the pixels
            for prop in it.value:
                imaging.setdefault("vary", {}).setdefault(prop, _sp(it.start, it.end, text))
            continue
        if it.tag == "FIELD":
            w, h = it.value
            for v in (w, h):
                if not int(fld["min_px"]) <= v <= int(fld["max_px"]):
                    raise InputError(f"the field must be {fld['min_px']}–{fld['max_px']} px a side, got "
                                     f"'{it.text}' at {it.start}-{it.end}")
            W, H, field_span = int(w), int(h), _sp(it.start, it.end, text)
        elif it.tag == "MOD":
            if mod_span is not None and it.value != modality:
                raise InputError(f"one modality per image: '{mod_span['text']}' and '{it.text}' (at "
                                 f"{it.start}-{it.end}) differ")
            modality, mod_span = it.value, _sp(it.start, it.end, text)
        elif it.tag == "VAGUE":          # "some of them": a count (the default, said so) and the partitive
            cut = it.start + len(it.text.split()[0])
            items.append(_Item("NUM", int(g["defaults"]["vague_partitive"]), it.start, cut, it.text[:cut - it.start]))
            items.append(_Item("PART", None, cut + 1, it.end, it.text[cut + 1 - it.start:]))
            vague.append(_sp(it.start, it.end, text))
        elif it.tag not in ("IMG", "STAGE"):   # a cell-cycle stage drawn as ordinary nuclei: nothing more
            items.append(it)
        else:
            skipped.append((it.start, it.end))
    from .microscopy_fields import field_items
    others = [_sp(a, b, text) for a, b, tg_, _ in field_items(text) if tg_ == "CTX"]
    if others:           # "Field 1: 31 nuclei … reproduce field 2": the fields not drawn, said in the scene
        imaging["other_fields"] = others
    if imaging.get("field_um"):        # "a field of view 120 µm wide": the image's scale (microscopy_density)
        from .microscopy_density import field_scale
        from .microscopy_marks import style as _marks_style
        W, H, field_span = field_scale(imaging, W, H, field_span, int(fld["min_px"]), int(fld["max_px"]),
                                       float(fitted()["diameter_px"]["p2_5_p50_p97_5"][1]),
                                       float(_marks_style()["assumed_nucleus_um"]))
    if imaging.get("areal_density"):   # "at a density of 500 nuclei per mm²": density × the field's area
        from .microscopy_density import density_count
        n_dens, W, H, note = density_count(imaging, W, H, field_span is not None, int(fld["min_px"]),
                                           int(fld["max_px"]))
        ds = imaging["areal_density"]["span"]
        imaging["areal_density"].update({"count": n_dens, "note": note})
        items += [_Item("NUM", n_dens, ds["start"], ds["end"], ds["text"]), _Item("NUC", None, ds["end"], ds["end"], "")]
        items.sort(key=lambda it: (it.start, it.end))
    groups: list[_Group] = []
    sep_span: dict | None = None
    notouch_span: dict | None = None
    pending_pos: list[dict[str, Any]] = []
    defaults = g["defaults"]

    def new_gid() -> str:
        return f"g{len(groups) + 1}"

    def said_as(v: Any, n: int) -> None:
        """Record what a vague count was read as, for the figure to say."""
        vague.append({"span": _sp(v.start, v.end, text), "read_as": n})

    def noun_count(count_it: _Item) -> int:
        """The count of "N nuclei"; a vague one ("most nuclei are round") out of the nuclei named before."""
        from .microscopy_vague import Vague
        v = count_it.value
        if not isinstance(v, Vague):
            return _count_text(count_it)
        ref = last_nuclei_group()
        tot = groups[ref].units * groups[ref].n if ref is not None else -1
        n = v.of(tot) if tot > 0 else v.alone()
        if n > 0 and v.fixed is None:
            said_as(v, n)
        return n

    def tag(k: int) -> str:
        return items[k].tag if k < len(items) else "END"

    def pos_span(k: int) -> dict[str, Any]:
        """A position phrase's span, widened over its prefix words ("near the left edge")."""
        it = items[k]
        s = it.start
        pre = sorted((str(p) for p in g["position_prefixes"]), key=len, reverse=True)
        for p in pre:
            rx = re.compile(r"(?:^|(?<=\s))" + r"\s+".join(map(re.escape, p.split())) + r"\s+$", re.I)
            mm = rx.search(text[:s])
            if mm:
                s = mm.start()
                break
        return {"region": it.value, "span": _sp(s, it.end, text)}

    def attrs(k: int, grp: dict[str, Any]) -> int:
        """Consume adjectives (size, shape, touching, separated, other, multinucleate) from item k."""
        while True:
            t = tag(k)
            if t in ("SIZE", "SHAPE"):
                key = "size" if t == "SIZE" else "shape"
                if grp.get(key) and grp[key] != items[k].value:
                    raise InputError(f"'{items[k].text}' at {items[k].start}-{items[k].end} contradicts "
                                     f"'{grp[key]}' in the same phrase")
                grp[key] = items[k].value
            elif t == "TOUCH":
                grp["touch"] = items[k]
            elif t == "SEP":
                grp["sep"] = items[k]
            elif t == "OTHER":
                grp["other"] = True
            elif t == "MULTI":
                grp["multi"] = items[k]
            elif t in ("FOCUS", "BRIGHT"):
                grp["focus" if t == "FOCUS" else "bright"] = items[k]
            elif t == "MITO":              # condensed chromatin: small and bright (conditions.yaml `mitotic`)
                if grp.get("size") not in (None, "small"):
                    raise InputError(f"'{items[k].text}' at {items[k].start}-{items[k].end} (condensed, small) "
                                     f"contradicts '{grp['size']}' in the same phrase")
                grp["size"] = "small"
                grp["bright"] = _Item("BRIGHT", "bright", items[k].start, items[k].end, items[k].text)
                grp["mitotic"] = items[k]   # the size is the nuclei's own (microscopy_cellparts.cell_share_of)
            elif t == "BR" and items[k].text.lower() == "and" and tag(k + 1) in _ADJ and \
                    any(grp.get(a) for a in ("size", "shape", "focus", "bright")):
                pass
            elif t == "BR" and items[k].text.lower() == "and" and tag(k + 1) == "TOUCH" and grp.get("touch"):
                pass                       # "some clumped together and touching": one statement
            else:
                return k
            k += 1

    def last_nuclei_group() -> int | None:
        for k in range(len(groups) - 1, -1, -1):
            if groups[k].kind == "nuclei" and not groups[k].partitive:
                return k
        return None

    def _acknowledged(count_it: _Item) -> bool:
        """Whether the bare number ``count_it`` restates, in an acknowledgement, the one count of nuclei read so far
        (microscopy_counts.acknowledged_count: "No problem, 16 it is.")."""
        from .microscopy_counts import acknowledged_count
        said = [(g.units * g.n, g.span) for g in groups if not g.partitive and g.parent is None]
        if any(g.kind != "nuclei" or g.default is not None for g in groups):
            return False
        v = count_it.value.value if isinstance(count_it.value, Number) else count_it.value
        if v is None or int(v) != v:
            return False
        return acknowledged_count(text, count_it.start, count_it.end, int(v), said)

    def mention(i: int) -> tuple[_Group | None, int]:
        """Read a counted (or count-less) mention starting at item i: (group or None, next item)."""
        start = items[i].start
        count_it = items[i] if tag(i) == "NUM" else None
        k = i + 1 if count_it else i
        while count_it is not None and count_it.weak and tag(k) == "NUM":  # "a 25 …": the article is filler
            count_it = items[k]
            start = count_it.start
            k += 1
        grp: dict[str, Any] = {}
        last_grp[0] = grp
        if count_it is not None and tag(k) == "PART":
            k += 1
            if tag(k) == "CELL" and groups and groups[-1].kind == "cell" and items[k].text.lower() == "cells" and \
                    re.fullmatch(r"\s*", text[items[k - 1].end:items[k].start]):
                k += 1            # "5 of these cells are dividing": the cells just counted, named again
            k = attrs(k, grp)
            pos = None
            if tag(k) == "POS":
                pos = pos_span(k)
                k += 1
            return _partitive(count_it, grp, pos, start, k), k
        k = attrs(k, grp)
        t = tag(k)
        if t == "NUC" and count_it is not None and not count_it.weak and tag(k + 1) == "PART" \
                and last_nuclei_group() is not None and re.fullmatch(r"\s*", text[items[k].end:items[k + 1].start]):
            # "(a) 12 interphase nuclei; (b) 3 mitotic nuclei among them": the partitive after the noun makes the
            # count a share of the nuclei named, as "3 of them" before it does — never 3 more
            k = attrs(k + 2, grp)
            pos = None
            if tag(k) == "POS":
                pos = pos_span(k)
                k += 1
            return _partitive(count_it, grp, pos, start, k), k
        if t == "NUC":
            noun = items[k]
            k += 1
            if tag(k) == "TOUCH":          # "3 nuclei touching each other"
                grp["touch"] = items[k]
                k += 1
            plural = noun.text.lower() != "nucleus"
            if count_it is not None and not (count_it.weak and plural):
                n = noun_count(count_it)
                # "a picture of a nucleus …, number is 7": an article's one may be a generic noun's
                default = None if n != -1 else "default_count"
                default = "singular" if count_it.weak and not plural else default
            elif not plural and _EVERY_RX.search(text[:noun.start]) and (last_nuclei_group() is not None or any(
                    gq.kind == "cell" and gq.n > 0 for gq in groups)):
                # "every nucleus must have its own label", "15 cells with one nucleus each …, every nucleus
                # shown": all the nuclei named (or the counted cells'), no new one
                return None, k
            elif not plural:        # "an image of cell nucleus": one, unless a count statement follows
                n, default = 1, ("singular" if count_it is None else None)
            elif grp.get("touch"):
                n, default = int(defaults["touching_plural"]), "cluster_min"
            elif postfix_count(text, noun, items[kp] if (kp := _past_colon(k)) < len(items) else None,
                               items[kp + 1] if kp + 1 < len(items) else None):
                n, default = _count_text(items[kp]), None     # "nuclei x7", "nuclei: 6", "nuclei (n = 12)"
                k = kp + 1
            else:
                ref = last_nuclei_group()
                cells = [q for q, gq in enumerate(groups) if gq.kind == "cell" and gq.n > 0]
                # "3 cells with two nuclei each. The nuclei are large.", "40 cells …; only the nuclei go in the label
                # image": the nuclei of the cells already counted, no more (they drew the fitted density's 34); "the
                # nuclei are large": the nuclei already named
                # ("Draw the field with DAPI-stained nuclei": how the counted cells' nuclei are shown, none more)
                # ("a dozen HeLa cells, nuclei in blue": right after the cells, a comma between, their nuclei)
                targets = cells if ref is None and cells and (re.search(
                    r"(?i)(?<![\w-])(?:the|these|those|their|its|with)\s+(?:[\w-]+[\s-](?:stained|labell?ed|"
                    r"counterstained)\s+)?$", text[:start]) or cells[-1] == len(groups) - 1 and groups[cells[-1]].span
                    and re.fullmatch(r"[\s,;:]*", text[groups[cells[-1]].span["end"]:start])) else \
                    [ref] if ref is not None else []
                if targets:
                    if tag(k) in ("SIZE", "SHAPE") and _ADJ_GLUE_RX.fullmatch(text[items[k - 1].end:items[k].start]):
                        # "… 45 nuclei. Make the nuclei slightly elliptical": what they are, said after the noun
                        k = attrs(k, grp)
                    for q in targets:
                        for key in ("size", "shape"):
                            if grp.get(key):
                                old = getattr(groups[q], key)
                                if old is not None and old != grp[key]:
                                    raise InputError(f"'{text[start:items[k - 1].end]}' at {start}-{items[k - 1].end} "
                                                     f"contradicts what '{groups[q].span['text']}' already says")
                                setattr(groups[q], key, grp[key])
                    if grp.get("sep") is not None:
                        nonlocal_sep(grp["sep"])
                    return None, k
                n, default = -1, "default_count"   # the fitted density, filled in below
            span = _sp(start, items[k - 1].end, text)
            if grp.get("sep") is not None:
                nonlocal_sep(grp["sep"])
            if grp.get("touch") is not None:
                return _Group(new_gid(), "cluster", 1, n, span, grp.get("size"), grp.get("shape"),
                              other=bool(grp.get("other")), default=default), k
            return _Group(new_gid(), "nuclei", 1, n, span, grp.get("size"), grp.get("shape"),
                          other=bool(grp.get("other")), default=default, plural=plural and n != 1), k
        if t == "CELL":
            noun = items[k]
            k += 1
            units = _count_text(count_it) if count_it is not None else 1
            plural = noun.text.lower() == "cells"
            if (count_it is None or count_it.weak) and plural and grp.get("multi") is None and not (
                    tag(k) == "WITH" and tag(k + 1) == "NUM" and tag(k + 2) == "NUC" and items[k + 2].text.lower() == "nucleus"):
                # "a field of cultured cells stained with Hoechst", "cells stained with DAPI": the specimen the
                # nuclei belong to, no count of drawn cells (drawn as two, they invented two cells and two nuclei)
                return None, k
            if count_it is not None and count_it.weak and plural:
                units = 2
            cg = _Group(new_gid(), "cell", units, 0, {}, cell_size=grp.get("size"), other=bool(grp.get("other")))
            if grp.get("shape"):
                cg.shape = grp["shape"]
            if grp.get("multi") is not None:      # "binucleate": exactly 2; "multinucleate": at least 2
                mi = grp["multi"]
                cg.claims.append({"n": None if mi.value is None else int(mi.value),
                                  "min": 2 if mi.value is None else None,
                                  "span": _sp(mi.start, mi.end, text), "law": "multinucleate"})
            if tag(k) == "WITH":
                w0 = items[k].start
                k2 = k + 1
                cnt = items[k2] if tag(k2) == "NUM" else None
                k2 = k2 + 1 if cnt else k2
                sub: dict[str, Any] = {}
                k2 = attrs(k2, sub)
                if tag(k2) == "NUC":
                    plural_n = items[k2].text.lower() != "nucleus"
                    if cnt is not None and not (cnt.weak and plural_n):
                        kk = _count_text(cnt)
                    elif not plural_n:
                        kk = 1
                    elif plural and units > 1:
                        # "25 cells with Hoechst-stained nuclei": the plural is the cells' (one each), not a count
                        kk = int(defaults.get("cell_nuclei", 1))
                    else:
                        kk = int(defaults["multinucleate_nuclei"])
                    cg.claims.append({"n": kk, "min": None, "span": _sp(w0, items[k2].end, text),
                                      "law": "cell_min"})
                    cg.size, cg.shape = sub.get("size"), sub.get("shape") or cg.shape
                    if sub.get("touch") is not None:
                        raise UnsupportedError(f"touching nuclei inside a cell are not drawn yet: "
                                               f"'{text[w0:items[k2].end]}' at {w0}-{items[k2].end}")
                    k = k2 + 1
            if not any(c["n"] is not None for c in cg.claims):   # a default count, as a law (no phrase)
                multi = any(c["law"] == "multinucleate" for c in cg.claims)
                cg.claims.append({"n": int(defaults["multinucleate_nuclei" if multi else "cell_nuclei"]),
                                  "min": None, "span": None, "law": "multinucleate" if multi else "cell_min"})
            cg.n = next(c["n"] for c in cg.claims if c["n"] is not None)
            cg.span = _sp(start, items[k - 1].end, text)
            if units == 0 and grp.get("multi") is not None:
                _denied_multi(grp["multi"], cg.span)      # "…, 2 nuclei each, no binucleate cells": refused
            return cg, k
        from .microscopy_vague import Vague
        if t == "PAIRS" and count_it is not None and isinstance(count_it.value, Vague) and grp.get("touch") is not None and \
                items[k].text.lower().strip().endswith("pairs"):
            # "half of them clumped into touching pairs", "8 of them arranged in pairs": those nuclei, in pairs
            gr = _partitive(count_it, grp, None, start, k + 1)
            if gr is not None:
                tot = gr.units * gr.n
                if tot % 2:
                    raise InputError(f"'{text[start:items[k].end]}' at {start}-{items[k].end}: {tot} nuclei do not "
                                     "make whole pairs; give an even count")
                gr.units, gr.n = tot // 2, 2
            return gr, k + 1
        if t in ("CLUSTER", "PAIRS"):
            units = _count_text(count_it) if count_it is not None else 1
            cl_end = items[k].end
            # "10 nuclei in five pairs", "20 nuclei in touching pairs": pairs of the nuclei already named
            bare = t == "PAIRS" and not re.search(r"\bof$", items[k].text.lower().strip())
            if bare and count_it is None and groups and groups[-1].kind == "cluster" and \
                    cluster_glue(text, groups[-1].span["end"], items[k].start) and \
                    (groups[-1].units * groups[-1].n) % 2 == 0:
                # "half of them clumped into touching pairs": how the touching nuclei just named are grouped
                gl = groups[-1]
                gl.units, gl.n = gl.units * gl.n // 2, 2
                gl.span = _sp(gl.span["start"], items[k].end, text)
                return None, k + 1
            if bare and count_it is None and items[k].text.lower().endswith("s"):
                ref = last_nuclei_group()
                tot = groups[ref].units * groups[ref].n if ref is not None else -1
                if tot <= 0 or tot % 2:
                    raise InputError(f"'{items[k].text}' at {items[k].start}-{items[k].end}: how many pairs? (e.g. "
                                     "'10 nuclei in five touching pairs')")
                units = tot // 2
            k += 1
            size_it = items[k] if tag(k) == "NUM" and not bare else None
            k = k + 1 if size_it else k
            k = attrs(k, grp)
            if tag(k) != "NUC" and last_nuclei_group() is not None and (
                    tag(k) == "PART" or (size_it is not None and not size_it.weak) or bare
                    or re.match(r"\s*(?:them|these|those)\b", text[cl_end:], re.I)):
                # "18 nuclei in three clusters of 6", "2 pairs of them touching": the nuclei already named
                # (a later group is drawn from the first total below)
                k = attrs(k + 1 if tag(k) == "PART" else k, grp)
            elif tag(k) != "NUC":
                it = items[k - 1]
                raise InputError(f"'{text[start:it.end]}' at {start}-{it.end} needs the nuclei it groups "
                                 "(e.g. 'a cluster of 3 touching nuclei')")
            else:
                k += 1
            if t == "PAIRS":
                if size_it is not None and _count_text(size_it) != 2:
                    n = _count_text(size_it)
                else:
                    n = 2
            else:
                n = _count_text(size_it) if size_it is not None and not size_it.weak else \
                    int(defaults["cluster_size"])
            span = _sp(start, items[k - 1].end, text)
            return _Group(new_gid(), "cluster", units, n, span, grp.get("size"), grp.get("shape"),
                          other=bool(grp.get("other"))), k
        from .microscopy_counts import GridCount, added_count
        if count_it is not None and isinstance(count_it.value, GridCount) and t != "POS" and \
                (ref := last_nuclei_group()) is not None and groups[ref].default is None:
            # "24 nuclei, arranged in 3 rows of 8": the grid restates the count named; another count cannot be
            from .microscopy_each import grid_agrees
            grid_agrees(groups[ref].units * groups[ref].n, groups[ref].span, int(count_it.value),
                        _sp(count_it.value.phrase, count_it.value.phrase_end or count_it.end, text), text,
                        count_it.value.full)
            return None, k
        if count_it is not None and not count_it.weak and last_nuclei_group() is not None and t != "POS" and \
                added_count(text, count_it, groups[last_nuclei_group()], grp):
            # "9 large nuclei plus 3 small ones", "… and 4 more": nuclei besides those named, never a share of them
            span = _sp(start, items[k - 1].end if k > i + 1 else count_it.end, text)
            return _Group(new_gid(), "nuclei", 1, _count_text(count_it), span, grp.get("size"), grp.get("shape"),
                          other=True), k
        if count_it is not None and not count_it.weak and (any(key != "other" for key in grp) or t == "POS"):
            pos = None
            if t == "POS":                  # "one in the top left corner"
                pos = pos_span(k)
                k += 1
            return _partitive(count_it, grp, pos, start, k), k
        if count_it is not None and pronoun_one(text, count_it):
            return None, k          # "Make one.": the image asked for
        from .microscopy_counts import count_statement
        from .microscopy_vague import Vague
        from .microscopy_each import answers_how_many
        from .microscopy_counts import result_count
        if count_it is not None and not count_it.weak and (count_statement(text, count_it.start)
                                                            or answers_how_many(text, count_it.start, t)
                                                            or result_count(text, count_it.start, count_it.end)):
            # "cell nucleus, number is 7": the count of the nuclei named without one
            cands = [q for q, gq in enumerate(groups) if gq.kind == "nuclei" and gq.default in ("singular",
                                                                                              "default_count")]
            if len(cands) == 1 and not isinstance(count_it.value, Vague):
                gq = groups[cands[0]]
                gq.n, gq.default, gq.plural = _count_text(count_it), None, True
                gq.span = _sp(gq.span["start"], count_it.end, text)
                return None, k
            if not groups and not isinstance(count_it.value, Vague) and \
                    re.search(r"(?<![\w-])nucle(?:i|us|uses)(?![\w-])", text[:count_it.start], re.I):
                # "nucleus image, amount = 5": the nuclei the image is of, named as its kind
                return _Group(new_gid(), "nuclei", 1, _count_text(count_it), _sp(count_it.start, count_it.end, text)), k
        if count_it is not None and (isinstance(count_it.value, Vague) or
                                     (not isinstance(count_it.value, Number) and count_it.value == 0)):
            return None, k          # "lots of shot noise", "no other objects": counts what is not a nucleus
        if count_it is not None and not count_it.weak and isinstance(count_it.value, (int, Number)) and \
                t in ("BR", "END") and _acknowledged(count_it):
            return None, k          # "I meant 16 nuclei. — No problem, 16 it is.": the count said again
        if count_it is not None and not count_it.weak and not groups and \
                not isinstance(count_it.value, Vague) and result_count(text, count_it.start, count_it.end):
            # "… -- returns 21 … with exactly that many nuclei": the result stated, then asked for as the count
            return _Group(new_gid(), "nuclei", 1, _count_text(count_it), _sp(count_it.start, count_it.end, text)), k
        from .microscopy_restate import elliptic_total
        if count_it is not None and not count_it.weak and groups and t in ("BR", "END") and \
                not isinstance(count_it.value, Vague) and elliptic_total(text, count_it.start, count_it.end):
            # "a dozen nuclei, and then three more …, all fifteen": the nuclei counted before, said again as a total
            return _Group(new_gid(), "nuclei", 1, _count_text(count_it), _sp(count_it.start, count_it.end, text),
                          restates=True), k
        if count_it is not None and not count_it.weak and count_it.text.lower() == "one" and \
                re.search(r"(?i)\b(?:every|each|any|no|which|this|that)\s+$", text[:count_it.start]):
            return None, k          # "every one labelled separately", "each one round": a pronoun, no count
        if count_it is not None and not count_it.weak:
            raise InputError(f"the number '{count_it.text}' at {count_it.start}-{count_it.end} counts nothing; "
                             f"write e.g. '{count_it.text} nuclei'")
        if count_it is not None and any(items[q].tag in _ADJ for q in range(i + 1, k)):
            return None, i + 1      # "a blurry DAPI image of …": the article; the adjectives are read on their own
        return None, max(k, i + 1)

    sep_holder: list[dict] = []
    last_grp: list[dict | None] = [None]

    def _past_colon(k: int) -> int:
        """The item after the ':' or ',' items at k ("nuclei: 6", "nuclei, total 14")."""
        while (tag(k) == "BR" and items[k].text in (":", ",")) or tag(k) == "GRID":
            k += 1     # (a grid's row count, read into the count after it: "nuclei in two rows of eight")
        return k

    def one_cluster(i: int) -> int:
        """"3 nuclei touching each other in one cluster", "12 nuclei, 4 of them in a clump": the nuclei just
        named form one touching cluster. The next item."""
        j = i + 1 if items[i].tag == "NUM" else i
        cnt = items[i] if items[i].tag == "NUM" else None
        phrase = text[items[i].start:items[j].end]
        gr = groups[-1] if groups else None
        if cnt is None and items[j].text.lower().endswith("s") and sum(1 for g in groups if g.kind == "cluster") >= 2 \
                and re.search(r"(?i)\b(?:the|these|those|both|all|the\s+two|both\s+of\s+the)\s+$", text[:items[i].start]):
            # "…; the clusters are spaced apart": the clusters counted before, named again (their places are read
            # as said of them: clusters apart from one another are how nesy draws them)
            return j + 1
        if gr is None or not cluster_glue(text, max(gr.span["end"], (gr.position or {}).get("span", {}).get("end", 0)),
                                          items[i].start):
            raise InputError(f"'{phrase}' at {items[i].start}-{items[j].end}: which nuclei form it? (e.g. "
                             "'3 nuclei touching each other in one cluster', 'a cluster of 3 touching nuclei')")
        many = (cnt is not None and not cnt.weak and _count_text(cnt) != 1) or \
            items[j].text.lower().rstrip().endswith("s") and cnt is None
        if many or gr.kind == "cell" or (gr.kind == "cluster" and gr.units != 1) or gr.n == 1:
            raise InputError(f"'{phrase}' at {items[i].start}-{items[j].end}: how many nuclei in each? (e.g. "
                             "'two clusters of 3 touching nuclei')")
        gr.kind = "cluster"
        if gr.default == "default_count":      # "nuclei in one clump": a cluster's own default size
            gr.n, gr.default = int(defaults["cluster_size"]), "cluster_min"
        gr.span = _sp(gr.span["start"], items[j].end, text)
        return j + 1

    def set_cond(gr: _Group, grp: dict[str, Any]) -> None:
        """The focus and brightness words read with a group's phrase."""
        if grp.get("focus") is not None:
            gr.focus = grp["focus"].value
        if grp.get("bright") is not None:
            gr.bright = grp["bright"].value

    def standalone(i: int) -> int | None:
        """Adjectives that qualify no noun of their own ("15 nuclei, slightly blurred", "one nucleus is much
        brighter", "with a bit of blur"): the group just named, else (focus, brightness) the whole image.
        The next item, or None when a noun follows (an ordinary mention)."""
        j = i
        while tag(j) in _ADJ or (tag(j) == "BR" and items[j].text.lower() == "and" and tag(j + 1) in _ADJ):
            j += 1
        if tag(j) in ("NUC", "CELL", "CLUSTER", "PAIRS") or (tag(j) == "TOUCH" and tag(j + 1) == "NUC"):
            return None
        adj = [items[k] for k in range(i, j) if items[k].tag in _ADJ]
        gr = groups[-1] if groups and _ADJ_GLUE_RX.fullmatch(text[groups[-1].span["end"]:items[i].start]) else None
        if gr is None and groups and groups[-1].position is not None and \
                _ADJ_GLUE_RX.fullmatch(text[groups[-1].position["span"]["end"]:items[i].start]):
            gr = groups[-1]
        for it in adj:
            if gr is not None:
                pairs = [("size", "small"), ("bright", "bright")] if it.tag == "MITO" else \
                    [({"SIZE": "size", "SHAPE": "shape", "FOCUS": "focus", "BRIGHT": "bright"}[it.tag], it.value)]
                for key, val in pairs:
                    old = getattr(gr, key)
                    if key == "focus" and _unsharp_agrees(old, val):
                        val = old if val == "unsharp" else val       # "blurred, edges not crisp": one statement
                    elif old is not None and old != val:
                        raise InputError(f"'{it.text}' at {it.start}-{it.end} contradicts what '{gr.span['text']}' "
                                         "already says")
                    setattr(gr, key, val)
                gr.span = _sp(gr.span["start"], max(gr.span["end"], it.end), text)
            elif it.tag in ("FOCUS", "BRIGHT"):
                key = "focus" if it.tag == "FOCUS" else "brightness"
                old = imaging.get(key)
                if key == "focus" and old is not None and _unsharp_agrees(old["value"], it.value):
                    if it.value == "unsharp":        # "a bit of blur, so that the edges are not crisp"
                        old["also"] = _sp(it.start, it.end, text)
                        continue
                elif old is not None and old["value"] != it.value:
                    raise InputError(f"one {key} per image: '{old['span']['text']}' and '{it.text}' (at "
                                     f"{it.start}-{it.end}) differ")
                imaging[key] = {"value": it.value, "span": _sp(it.start, it.end, text)}
            else:
                raise InputError(f"'{it.text}' at {it.start}-{it.end}: which nuclei? (e.g. 'three of them "
                                 f"{it.text}', '{it.text} nuclei')")
        return j

    def nonlocal_sep(it: _Item) -> None:
        if not sep_holder:
            sep_holder.append(_sp(it.start, it.end, text))

    def _denied_multi(mi: _Item, denial: dict[str, Any]) -> None:
        """A multinucleate word denied of the cells ("no binucleate forms", "no multinucleate cells"): ``UnsatisfiableError``
        when the last cells counted hold that many nuclei each ("3 cells, 2 nuclei each, no binucleate cells"); else
        it agrees with them (nothing drawn)."""
        cgq = next((g_ for g_ in reversed(groups) if g_.kind == "cell" and g_.units > 0), None)
        if cgq is None:
            return
        if cgq.n == mi.value if mi.value is not None else cgq.n >= 2:
            from ..errors import UnsatisfiableError
            raise UnsatisfiableError(
                [cgq.span, denial],
                [{"law": f"'{mi.text}' means {mi.value if mi.value is not None else 'two or more'} nuclei",
                  "source": "[OED] (binucleate, multinucleate)"}],
                fix=[denial],
                detail=f"'{cgq.span['text']}' gives each cell {cgq.n} nuclei; '{denial['text']}' says none is {mi.text}")

    def _partitive(count_it: _Item, grp: dict[str, Any], pos: dict | None, start: int, k: int) -> _Group | None:
        parent = last_nuclei_group()
        # "eleven nuclei … one nucleus is out of focus and two are very bright": the two are of a group that
        # holds two, not of the one nucleus just named (number agreement; else the last group, as before)
        from .microscopy_vague import Vague, touching_split
        vg = count_it.value if isinstance(count_it.value, Vague) else None
        n_part = 1 if vg is not None else _count_text(count_it)
        for q in range(len(groups) - 1, -1, -1):
            gq = groups[q]
            if gq.kind == "nuclei" and not gq.partitive and (gq.n == -1 or gq.units * gq.n >= n_part):
                if parent is not None and groups[parent].n != -1 and groups[parent].units * groups[parent].n < n_part:
                    parent = q
                break
        end = items[k - 1].end
        if parent is None and vg is None and pos is None and not grp and \
                re.search(r"(?<![\w-])nucle(?:i|us|uses)(?![\w-])", text[:start], re.I):
            # "a nuclei image, 35 of them": the nuclei the image is of, named as its kind, counted here
            return _Group(new_gid(), "nuclei", 1, _count_text(count_it), _sp(start, end, text))
        if parent is None and groups and groups[-1].kind == "cell" and grp.get("multi") is not None and vg is None and \
                _count_text(count_it) == 0 and not any(grp.get(key) is not None for key in ("touch", "size", "shape", "sep")):
            # "eleven cells, one nucleus each, no binucleate forms", "8 cells with one nucleus, none multinucleate": a
            # negated attribute of the cells counted — none of them has that many nuclei. It agrees with their count
            # of nuclei (read, nothing more drawn) or contradicts it ("3 cells, 2 nuclei each, no binucleate cells":
            # refused naming both), never drawn as a group of its own
            _denied_multi(grp["multi"], _sp(start, end, text))
            return None
        if parent is None and groups and groups[-1].kind == "cell" and pos is None and \
                (vg is None or vg.fixed is None and groups[-1].units > 0):
            from .microscopy_cellparts import cell_share_of
            n_cells = _count_text(count_it) if vg is None else vg.of(groups[-1].units)   # "a third of the 36 cells"
            if vg is not None:
                said_as(vg, n_cells)
            share = cell_share_of(groups[-1], n_cells, grp, _sp(start, end, text), new_gid)
            if share is not None:      # "40 cells, each with one nucleus, 6 of them in mitosis": 34 + 6 cells
                return share
        if parent is None and groups and groups[-1].kind == "cell":
            # "10 cells, 3 of them large": a share of cells is read by the nuclei it holds (microscopy_cellparts)
            raise InputError(f"'{text[start:end]}' at {start}-{end}: a share of the cells is read by the nuclei each "
                             "holds (e.g. '10 cells, 3 of them binucleate', '… 2 of them with no nucleus'); nesy "
                             "cannot read what this one says")
        if parent is None:
            raise InputError(f"'{text[start:end]}' at {start}-{end}: of which nuclei? name them first "
                             "(e.g. '25 nuclei, three of them touching')")
        pg = groups[parent]
        for key in ("size", "shape"):     # "9 large nuclei, 3 of them small": a share cannot contradict its whole
            if grp.get(key) is not None and getattr(pg, key) is not None and grp[key] != getattr(pg, key):
                raise InputError(f"'{text[start:items[k - 1].end]}' at {start}-{items[k - 1].end} ({grp[key]}) "
                                 f"contradicts '{pg.span['text']}' ({getattr(pg, key)}) it is a share of")
        tot = pg.units * pg.n
        n = _count_text(count_it) if vg is None else (vg.of(tot) if tot > 0 else 2)
        span = _sp(start, end, text)
        if pg.default == "default_count" and vg is None and not any(grp.get(key) is not None for key in
                                                     ("touch", "size", "shape", "sep", "focus", "bright")) and pos is None:
            # "DAPI-stained nuclei, twenty of them": the count of the nuclei just named, not a subgroup
            # (they were drawn at the fitted density, as if no count were given)
            pg.n, pg.default, pg.span = n, None, _sp(pg.span["start"], end, text)
            return None
        if grp.get("sep") is not None:
            nonlocal_sep(grp["sep"])
        kind = "cluster" if grp.get("touch") is not None else "nuclei"
        units = 1
        if vg is not None and tot > 0:
            said_as(vg, n)
            if kind == "cluster":      # "many of them touching": touching pairs
                units, n = touching_split(n, True)
        gr = _Group(new_gid(), kind, units, n, span, grp.get("size"), grp.get("shape"), partitive=True,
                    parent=parent, position=pos)
        if vg is not None and tot <= 0:
            gr.vague = vg               # out of nuclei drawn at the fitted density: read once it is known
        return gr

    from .microscopy_counts import cluster_glue, each_restatements, postfix_count, pronoun_one
    items = each_restatements(items, text, _Item)
    from .microscopy_each import each_with
    items = each_with(items, text, skipped, _Item)   # "three cells, each showing its two nuclei": 2 per cell
    from .microscopy_each import apply_per_cell
    per_cells: list[tuple[int, dict]] = []           # "… one nucleus for each cell counted" (``_tag``): the cells' own
    from .microscopy_restate import either_way, fronted_shares
    items = either_way(items, text, skipped)          # "mitotic or not": left open, nothing drawn
    items = fronted_shares(items, text, _Item)        # "4 of the 23 nuclei are …": "23 nuclei, 4 …"
    i = 0
    while i < len(items):
        t = items[i].tag
        if t == "CLNOUN" or (t == "NUM" and tag(i + 1) == "CLNOUN"):
            i = one_cluster(i)
            continue
        if t == "CELLPART":              # "10 cells, 2 of them binucleate, all others have one nucleus"
            for cp in items[i].value["groups"]:
                if cp["units"] <= 0 or cp["n"] <= 0:
                    continue          # cells with no nucleus: not drawn (their words unread, listed)
                span = _sp(cp["span"][0], cp["span"][1], text)
                claims = [{"n": int(cp["n"]), "min": None, "span": span, "law": cp["law"]}]
                if cp["min"] is not None:
                    claims = [{"n": None, "min": int(cp["min"]), "span": span, "law": "multinucleate"},
                              {"n": int(cp["n"]), "min": None, "span": None, "law": "multinucleate"}]
                groups.append(_Group(new_gid(), "cell", int(cp["units"]), int(cp["n"]), span, claims=claims))
            i += 1
            continue
        if t == "EACHREF":               # "each cell's nucleus": the counted cells' nuclei named again
            i += 1
            continue
        if t == "PERCELL":               # how many nuclei each cell counted holds, given to them after the loop
            per_cells.append((_count_text(items[i].value), _sp(items[i].start, items[i].end, text)))
            i += 1
            continue
        if t == "RESPECT":               # "three clusters containing 4, 5 and 6 nuclei respectively": one each
            span = _sp(items[i].start, items[i].end, text)
            for size in items[i].value["sizes"]:
                groups.append(_Group(new_gid(), "cluster", 1, int(size), span))
            i += 1
            continue
        if t == "CHANGE":                # "there were 11 nuclei …, one of them divided into two": 11 + 1
            from .microscopy_arith import change_from
            change_from(next((g for g in reversed(groups) if g.kind == "nuclei"), None), items[i], text, _sp)
            i += 1
            continue
        if t == "DROP":                  # "of the 23 nuclei, 4 are out of focus and should be left out": 23 − 4
            from .microscopy_arith import drop_from
            drop_from(groups, items[i], text, _sp)
            i += 1
            continue
        if t == "AGAIN":                 # "9 nuclei, then add the same number again": 9 + 9
            from .microscopy_arith import again_from
            again_from(groups[-1] if groups else None, items[i], text, _sp)
            i += 1
            continue
        if t == "MINUS":                 # "a dozen nuclei minus the two I cropped out": 12 − 2
            from .microscopy_arith import minus_from
            minus_from(groups[-1] if groups else None, items[i], text, _sp)
            i += 1
            continue
        if t in _ADJ:
            j = standalone(i)
            if j is not None:
                i = j
                continue
        if t in ("NUM", "NUC", "CELL", "CLUSTER", "PAIRS", "SIZE", "SHAPE", "MULTI", "OTHER", "FOCUS", "BRIGHT",
                 "MITO") or \
                (t == "TOUCH" and tag(i + 1) in ("NUC",) + _ADJ):
            last_grp[0] = None
            gr, j = mention(i)
            if gr is not None and last_grp[0] is not None:
                set_cond(gr, last_grp[0])
            if gr is not None:
                if pending_pos and gr.position is None:
                    gr.position = pending_pos.pop()
                groups.append(gr)
            i = j
            continue
        if t == "REST" and re.match(r"(?i)\s+(?:of\s+the\s+)?(?:area|space|background|field|image|region|part|pixels?|frame)\b",
                                    text[items[i].end:]):
            i += 1      # "the remaining area is empty background": the field around the nuclei, not nuclei
            continue
        if t == "REST":
            j = i + 1
            while tag(j) == "BR" and items[j].text in (",",):
                j += 1
            if tag(j) == "SEP":
                if not sep_holder:
                    sep_holder.append(_sp(items[i].start, items[j].end, text))
                i = j + 1
                continue
            if tag(j) == "NOTOUCH" or (tag(j) == "TOUCH" and False):
                i = j
                continue
            raise InputError(f"'{items[i].text}' at {items[i].start}-{items[i].end} needs a property "
                             "(e.g. 'the rest well separated')")
        if t == "SEP":
            nonlocal_sep(items[i])
        elif t == "NOTOUCH":
            notouch_span = notouch_span or _sp(items[i].start, items[i].end, text)
        elif t == "POS":
            ps = pos_span(i)
            # a place that opens a clause and is followed by its count ("top-right with 4 nuclei;", "; in the centre
            # 3 nuclei") places the nuclei counted next, not those before the clause boundary
            opens = i == 0 or (tag(i - 1) == "BR" and items[i - 1].text in (";", ".", ":")) or \
                "\n" in text[items[i - 1].end:items[i].start]
            # ("In the top left, 4 nuclei", "top-left: 3 nuclei")
            nxt = i + 2 if tag(i + 1) == "BR" and items[i + 1].text in (",", ":") else i + 1
            if (opens or tag(i - 1) == "BR") and (tag(nxt) == "WITH" or opens and tag(nxt) == "NUM") \
                    and not pending_pos:
                pending_pos.append(ps)
            elif groups and groups[-1].position is None:
                groups[-1].position = ps
            elif groups:
                raise InputError(f"'{ps['span']['text']}' at {ps['span']['start']}-{ps['span']['end']}: "
                                 f"'{groups[-1].span['text']}' already has a position")
            else:
                pending_pos.append(ps)
        elif t == "TOUCH":
            # "… nuclei, touching": a touching statement after a group of nuclei makes it a cluster
            if groups and groups[-1].kind == "nuclei" and not groups[-1].partitive and \
                    _only_glue(text, groups[-1], items[i].start):
                gr = groups[-1]
                gr.kind = "cluster"
                gr.span = _sp(gr.span["start"], items[i].end, text)
            elif groups and groups[-1].kind == "cluster" and _only_glue(text, groups[-1], items[i].start):
                # "6 pairs, touching": the pairs already touch; the word restates them
                groups[-1].span = _sp(groups[-1].span["start"], items[i].end, text)
            else:
                raise InputError(f"'{items[i].text}' at {items[i].start}-{items[i].end}: which nuclei touch? "
                                 "(e.g. 'three of them touching', 'a pair of touching nuclei')")
        elif t in ("PART", "WITH", "BR"):
            pass
        i += 1
    if pending_pos:
        ps = pending_pos[0]
        raise InputError(f"'{ps['span']['text']}' at {ps['span']['start']}-{ps['span']['end']} places nothing")
    apply_per_cell(groups, per_cells)
    sep_span = sep_holder[0] if sep_holder else None
    from .microscopy_counts import unattached_numbers
    loose = unattached_numbers(tg.unknown, any(gr.default == "default_count" for gr in groups))
    if loose is not None:
        w, a, b = loose
        raise InputError(f"'{w}' at {a}-{b} holds a number nesy cannot attach: drawn without it the nuclei would get "
                         "the default count; put the count before its noun, e.g. '7 nuclei'")
    from .microscopy_restate import all_restated
    groups = all_restated(groups, text)   # "36 cells …; draw all 36 nuclei": those nuclei, said again
    if not groups:
        raise NothingToDrawError("the text names no nuclei or cells to draw (e.g. 'a fluorescence micrograph of 25 nuclei')")
    _unread_count(groups, tg.unknown, text)
    _shares_fill_the_field(groups, text)
    plain = lambda g: (g.kind == "nuclei" and not g.partitive and not g.other and g.parent is None  # noqa: E731
                       and g.position is None and not any((g.size, g.shape, g.focus, g.bright)))
    from .microscopy_counts import in_total, _ADDED_BEFORE_RX
    tot_k = [k for k, g in enumerate(groups) if k > 0 and plain(g) and g.n > 0 and g.default is None
             and in_total(text, g.span)]
    if groups[0].default == "default_count" and groups[0].kind == "nuclei" and not groups[0].partitive \
            and groups[0].parent is None and len(tot_k) == 1 and len(groups) > 2:
        # "the nuclei come in five pairs …; 10 nuclei in total": the nuclei named first, counted by the total
        g1 = groups.pop(tot_k[0])
        groups[0].n, groups[0].default = g1.n, None
        for g in groups:
            if g.parent is not None and g.parent > tot_k[0]:
                g.parent -= 1
    from .microscopy_each import added_cells, heading_nuclei, stage_of
    stages = [(it.start, it.end) for it in tg.items if it.tag == "STAGE"]
    if heading_nuclei(groups, text):
        # "Micrograph of stained nuclei. Two cells …, each showing two daughter nuclei, and nine cells with one
        # nucleus each": the nuclei named first are those counted after, not the fitted density's more
        groups.pop(0)
    if len(groups) == 2 and all(plain(g) for g in groups) and groups[0].default == "default_count" \
            and groups[1].n > 0 and groups[1].default is None:
        # "DAPI-stained HeLa nuclei imaged at 60x (8 nuclei in the field of view)": the nuclei named without a
        # count, then counted, are one group (they drew 26 + 8)
        g0, g1 = groups
        g0.n, g0.default, g0.plural = g1.n, None, g1.plural
        g0.span = _sp(g0.span["start"], g1.span["end"], text)
        groups.pop()
    from .microscopy_counts import arranged_glue
    if len(groups) == 2 and plain(groups[0]) and groups[0].default == "default_count" and \
            groups[1].kind == "cluster" and groups[1].default is None and not groups[1].other and \
            groups[1].parent is None and arranged_glue(text, groups[0].span["end"], groups[1].span["start"]):
        # "nuclei arranged in two clusters of eight", "nuclei forming three chains of four": the clusters are
        # those nuclei, counted; the nuclei named first get no default count besides (they drew 18 + 16)
        groups.pop(0)
    # "4 nuclei in the top-left quadrant, 3 in the top-right, 5 in the bottom-left": a count placed in a region apart
    # from the one its noun's count is placed in counts nuclei of its own — none of those can lie there (the
    # regions' boxes, solvers/microscopy.yaml positions, do not meet); read as a share, the text was called
    # impossible. A share said as one ("3 of them in the top-right") stays one, and so impossible.
    boxes = _data()["laws"]["positions"]["boxes"]
    for gr in groups:
        par = groups[gr.parent] if gr.partitive and isinstance(gr.parent, int) else None
        if par is None or not gr.position or not par.position or \
                re.search(r"(?i)\bof\s+(?:them|these|those|which|the)\b", gr.span["text"]):
            continue
        a, b = boxes.get(gr.position["region"]), boxes.get(par.position["region"])
        if a and b and (a[1] <= b[0] or b[1] <= a[0] or a[3] <= b[2] or b[3] <= a[2]):
            gr.partitive, gr.parent, gr.other = False, None, True
    # a plain count first is the total: later groups are drawn from it unless "other/more/additional"
    total = 0 if groups[0].kind == "nuclei" and not groups[0].partitive and groups[0].plural else None
    for k, gr in enumerate(groups):
        if k == 0 or gr.partitive:
            continue
        if gr.kind == "cell" and added_cells(
                text, gr.span["start"], None if total is None else stage_of(
                    text, groups[total].span["start"], groups[total + 1].span["start"], stages),
                stage_of(text, gr.span["start"], groups[k + 1].span["start"] if k + 1 < len(groups) else len(text),
                         stages)):
            gr.other = True     # "nine nuclei plus three cells, each with two nuclei": 9 + 6
        if total is not None and groups[total].position is not None and gr.position is not None and \
                gr.position["region"] != groups[total].position["region"]:
            continue    # "12 nuclei in the left half and 24 in the right half": each region its own count
        if gr.kind == "nuclei" and not gr.other and _ADDED_BEFORE_RX.search(text[:gr.span["start"]]):
            gr.other = True     # "a 4 × 4 array of nuclei plus 3 stragglers", "20 nuclei plus 2 small nuclei": 16 + 3
        if total is not None and not gr.other and not _unlike(groups[total], gr) and _covers(groups[total], gr):
            gr.parent = total
    density = float(fitted()["density_per_256px2"]["value"])
    if imaging.get("density"):      # "a dense field", "confluent": the count, or the field, that covers it
        from .microscopy_conditions import dense_field
        W, H, dens = dense_field(imaging, sum(gr.units * gr.n for gr in groups if gr.parent is None and gr.n >= 0),
                                 any(gr.n == -1 for gr in groups), W, H, field_span is not None, fitted(),
                                 int(fld["min_px"]), int(fld["max_px"]))
        density = dens if dens is not None else density
    if field_span is None and not imaging.get("density") and W == H and not any(gr.n == -1 for gr in groups):
        # "40 cells, …, every other cell has one nucleus": a field the cells fit, when the text gives none
        from .microscopy_cellparts import cell_field
        side = cell_field(groups, W, int(fld["max_px"]), float(fitted()["diameter_px"]["p2_5_p50_p97_5"][1]),
                          float(laws["cell_size"]["margin_px"]))
        if side != W:
            imaging["field_for_cells"] = {"side_px": side, "note": f"no field given: {side} × {side} px, so the cells fit"}
            W = H = side
    for gr in groups:
        if gr.n == -1:
            gr.n = max(1, int(round(density * W * H / 256.0 / 256.0)))
    par = imaging.get("parity")
    defaulted = [gr for gr in groups if gr.default == "default_count" and gr.parent is None]
    from .microscopy_counts import _THAT_MANY_RX
    anaphor = _THAT_MANY_RX.search(text)
    if anaphor is not None and defaulted:
        # "draw exactly that many nuclei" whose number nesy found nowhere: never the fitted density's count
        raise InputError(f"'{anaphor.group(0)}' at {anaphor.start()}-{anaphor.end()} refers to a count nesy could not "
                         "find in the text: state the number (e.g. 'draw 12 nuclei')")
    if par and defaulted:
        # "an odd number of nuclei" with no count: the fitted density's count, one more when its parity differs
        # (said so, as the other assumed counts are)
        from .microscopy_arith import parity_agrees
        tot = sum(gr.units * gr.n for gr in groups if gr.parent is None)
        if not parity_agrees(par["value"], tot):
            defaulted[0].n += 1
        vague.append({"span": par["span"], "read_as": sum(gr.units * gr.n for gr in groups if gr.parent is None)})
    spl = imaging.get("split")
    if spl and defaulted:
        # "nuclei split evenly over 3 wells" with no count: the fitted density's count, raised to the next multiple
        tot = sum(gr.units * gr.n for gr in groups if gr.parent is None)
        defaulted[0].n += (-tot) % int(spl["value"])
        vague.append({"span": spl["span"], "read_as": sum(gr.units * gr.n for gr in groups if gr.parent is None)})
    for gr in groups:
        if gr.vague is not None and gr.parent is not None:     # "nuclei, many of them touching"
            from .microscopy_vague import touching_split
            par = groups[gr.parent]
            n = gr.vague.of(par.units * par.n)
            vague.append({"span": _sp(gr.vague.start, gr.vague.end, text), "read_as": n})
            gr.units, gr.n = touching_split(n, True) if gr.kind == "cluster" else (1, n)
            gr.vague = None
        if gr.parent is not None:
            par = groups[gr.parent]
            gr.size = gr.size or par.size
            gr.shape = gr.shape or par.shape
            gr.focus = gr.focus or par.focus
            gr.bright = gr.bright or par.bright
    # "not crisp", "not sharp" said alone: the blurred level (grammars/microscopy/conditions.yaml focus)
    for gr in groups:
        gr.focus = "blurred" if gr.focus == "unsharp" else gr.focus
    if (imaging.get("focus") or {}).get("value") == "unsharp":
        imaging["focus"]["value"] = "blurred"
    if imaging.get("diameter_px"):      # "nuclei 25 px across", "8 µm (≈ 25 px)": a size, or the pixel size
        from .microscopy_conditions import px_diameter
        cls = px_diameter(imaging, fitted())
        for gr in groups:
            gr.size = gr.size or cls
    if imaging.get("diameter"):         # "nuclei about 10 µm across": every nucleus not otherwise sized
        from .microscopy_conditions import diameter_class
        cls = diameter_class(imaging, fitted())
        for gr in groups:
            gr.size = gr.size or cls
    if imaging.get("brightness"):       # "… nuclei; bright": every nucleus not otherwise qualified
        for gr in groups:
            gr.bright = gr.bright or imaging["brightness"]["value"]
    if sum(gr.units * gr.n for gr in groups if gr.parent is None) == 0:
        raise InputError("the text asks for no nuclei; name at least one")
    if sum(gr.units * gr.n for gr in groups if gr.parent is None) > int(_data()["max_nuclei"]):
        raise UnsupportedError(f"at most {_data()['max_nuclei']} nuclei are drawn in one field")
    if vague:     # what "some", "a few", "many", "most" were read as, for the figure to say
        imaging["assumed"] = [v if "read_as" in v else {"span": v, "read_as": int(g["defaults"]["vague_partitive"])}
                              for v in vague]
    from .microscopy_vague import split_border
    sides = split_border(groups, lambda ps, side: {"region": side, "span": ps["span"]})
    if sides:     # "near the border": the side each nucleus was drawn near
        imaging["border_sides"] = sides
    if figure.get("stains"):
        figure["stains"].sort(key=lambda d: d["span"]["start"])
    return _build_scene(text, groups, W, H, field_span, modality, mod_span, sep_span, notouch_span, tg, imaging,
                        figure)


def _cond(gr: _Group) -> dict[str, Any]:
    """A group's focus and brightness, as nucleus attributes (only those stated)."""
    return {k: v for k, v in (("focus", gr.focus), ("brightness", gr.bright)) if v is not None}


def _build_scene(text: str, groups: list[_Group], W: int, H: int, field_span, modality: str, mod_span,
                 sep_span, notouch_span, tg: _Tagged, imaging: dict[str, Any] | None = None,
                 figure: dict[str, Any] | None = None) -> SceneGraph:
    entities: list[Entity] = []
    relations: list[Relation] = []
    nid = 0
    cid = 0
    kid = 0
    regions: list[Entity] = []
    gdicts: list[dict[str, Any]] = []
    children: dict[int, list[int]] = {}
    for k, gr in enumerate(groups):
        if gr.parent is not None:
            children.setdefault(gr.parent, []).append(k)
    members: dict[int, list[str]] = {k: [] for k in range(len(groups))}

    def sp(d: dict | None) -> Span | None:
        return Span(d["start"], d["end"], d["text"]) if d else None

    def region(ps: dict | None) -> str | None:
        if ps is None:
            return None
        rid = f"region{len(regions) + 1}"
        regions.append(Entity(rid, "region", ps["region"], _freeze({"region": ps["region"]}), sp(ps["span"])))
        return rid
    order = sorted(range(len(groups)), key=lambda k: (groups[k].parent is not None, k))
    for k in order:
        gr = groups[k]
        rid = region(gr.position)
        own = gr.units * gr.n - sum(groups[c].units * groups[c].n for c in children.get(k, []))
        if gr.kind == "nuclei":
            for _ in range(max(0, own)):
                nid += 1
                eid = f"nucleus{nid}"
                entities.append(Entity(eid, "nucleus", None, _freeze({"size": gr.size, "shape": gr.shape,
                                                                       "group": gr.gid, **_cond(gr)}), sp(gr.span)))
                members[k].append(eid)
        elif gr.kind == "cluster":
            for _ in range(gr.units):
                kid += 1
                chain = []
                for _ in range(gr.n):
                    nid += 1
                    eid = f"nucleus{nid}"
                    entities.append(Entity(eid, "nucleus", None, _freeze(
                        {"size": gr.size, "shape": gr.shape, "group": gr.gid, "cluster": f"cluster{kid}", **_cond(gr)}),
                        sp(gr.span)))
                    chain.append(eid)
                members[k] += chain
                for a, b in zip(chain, chain[1:]):
                    relations.append(Relation("touching", a, b, sp(gr.span)))
        else:
            for _ in range(gr.units):
                cid += 1
                cell = f"cell{cid}"
                entities.append(Entity(cell, "cell", None, _freeze(
                    {"size": gr.cell_size, "nuclei": gr.n, "group": gr.gid}), sp(gr.span)))
                for _ in range(gr.n):
                    nid += 1
                    eid = f"nucleus{nid}"
                    entities.append(Entity(eid, "nucleus", None, _freeze(
                        {"size": gr.size, "shape": gr.shape, "group": gr.gid, "cell": cell, **_cond(gr)}), sp(gr.span)))
                    relations.append(Relation("inside", eid, cell, sp(gr.span)))
                members[k].append(cell)
                if rid:
                    relations.append(Relation("at", cell, rid, sp(gr.position["span"])))
        if rid and gr.kind != "cell":
            for eid in members[k]:
                relations.append(Relation("at", eid, rid, sp(gr.position["span"])))
        gdicts.append({"id": gr.gid, "kind": gr.kind, "units": gr.units, "n": gr.n, "span": gr.span,
                       "size": gr.size, "shape": gr.shape, "cell_size": gr.cell_size,
                       "parent": groups[gr.parent].gid if gr.parent is not None else None,
                       "partitive": gr.partitive, "other": gr.other, "default": gr.default,
                       "position": gr.position, "region": rid, "claims": gr.claims, "members": members[k],
                       **_cond(gr)})
    # a position given to a group also holds for the nuclei drawn from it ("25 nuclei in the centre, …")
    for k in order:
        gr = groups[k]
        gd = next(d for d in gdicts if d["id"] == gr.gid)
        if gd["region"]:
            stack = list(children.get(k, []))
            while stack:
                c = stack.pop()
                stack += children.get(c, [])
                for eid in members[c]:
                    relations.append(Relation("at", eid, gd["region"], sp(gr.position["span"])))
    gdicts.sort(key=lambda d: int(d["id"][1:]))
    attrs = {"modality": modality, "class": int(_grammar()["modality_class"][modality]),
             "modality_span": mod_span, "field": {"width": W, "height": H, "span": field_span},
             "separated": sep_span, "no_touching": notouch_span, "groups": gdicts, "imaging": imaging or {}}
    if figure:
        attrs["figure"] = figure        # what the figure's marks say (microscopy_marks)
    ignored = tuple(Span(s, e, w) for w, s, e in tg.ignored)
    return SceneGraph("microscopy", text, tuple(entities + regions), tuple(relations), _freeze(attrs), ignored,
                      tuple(Span(s, e, w) for w, s, e in tg.unknown))


# ---------------------------------------------------------------------------------------------
# solve: the necessary laws (tracked Z3), sizes from the fitted distributions, a seeded sample, and the
# linear system it linearises (Z3 proves it, HiGHS polishes it)


def _ndtr(x: float) -> float:
    from scipy.special import ndtr
    return float(ndtr(x))


def _ndtri(u: float | np.ndarray):
    from scipy.special import ndtri
    return ndtri(u)


def scale_of(scene: SceneGraph | None) -> float:
    """The drawing scale of the nuclei against the reference image's (1: the fitted sizes as measured; > 1
    when a stated dense field needs larger nuclei and no pixel size fixes them, ``imaging.scale``)."""
    sc = ((scene.attr("imaging") or {}).get("scale") or {}) if scene is not None else {}
    return float(sc.get("factor", 1.0))


def size_window(size: str | None, scale: float = 1.0) -> tuple[float, float, float, float]:
    """(d_lo, d_hi, u_lo, u_hi): the diameter window (px) of a size class ("large", "small" or None) and
    its window in the fitted lognormal's CDF (truncated to the fitted p2.5–p97.5); ``scale`` multiplies the
    diameters (the image's scale against the reference image, ``scale_of``), not a stated "d_px" range."""
    f = fitted()["diameter_px"]
    mu, sg = float(f["mu"]), float(f["sigma"])
    lo, _, hi = (float(v) for v in f["p2_5_p50_p97_5"])
    f0, f1 = _ndtr((math.log(lo) - mu) / sg), _ndtr((math.log(hi) - mu) / sg)
    if isinstance(size, str) and size.startswith("d_px:"):   # a stated diameter ("10 µm" at 0.5 µm/px)
        a, b = (float(v) for v in size[5:].split("-"))
        return a, b, _ndtr((math.log(a) - mu) / sg), _ndtr((math.log(b) - mu) / sg)
    c = _data()["laws"]["nucleus_size"]["classes"].get(size, [0.0, 1.0]) if size else [0.0, 1.0]
    u0, u1 = f0 + float(c[0]) * (f1 - f0), f0 + float(c[1]) * (f1 - f0)
    d0 = lo if c[0] == 0 else math.exp(mu + sg * float(_ndtri(u0)))
    d1 = hi if c[1] == 1 else math.exp(mu + sg * float(_ndtri(u1)))
    return d0 * scale, d1 * scale, u0, u1


def ratio_window(shape: str | None) -> tuple[float, float, float, float]:
    """(q_lo, q_hi, v_lo, v_hi): the minor/major axis-ratio window of a shape class and its CDF window."""
    f = fitted()["axis_ratio"]
    m, sd = float(f["mean"]), float(f["sd"])
    lo, _, hi = (float(v) for v in f["p2_5_p50_p97_5"])
    f0, f1 = _ndtr((lo - m) / sd), _ndtr((hi - m) / sd)
    c = _data()["laws"]["axis_ratio"]["classes"].get(shape, [0.0, 1.0]) if shape else [0.0, 1.0]
    v0, v1 = f0 + float(c[0]) * (f1 - f0), f0 + float(c[1]) * (f1 - f0)
    q0 = lo if c[0] == 0 else m + sd * float(_ndtri(v0))
    q1 = hi if c[1] == 1 else m + sd * float(_ndtri(v1))
    return q0, q1, v0, v1


def gaps(scene: SceneGraph | None = None) -> tuple[float, float]:
    """(distinct gap, well-separated gap) in px: the drawing rule and factor × the fitted median diameter.
    With a ``scene`` whose nuclei are drawn blurred beyond the painter's 1 px, the distinct gap grows with
    the blur (the same gap in units of the total blur sd, the verifier's 1 px smoothing included), so a
    gap between two blurred nuclei still dips below half their level."""
    laws = _data()["laws"]
    g0 = float(laws["distinct_gap"]["gap_px"])
    if scene is not None:
        from .microscopy_conditions import blur_of, max_blur
        s, s0 = max_blur(scene), blur_of(None)
        if s > s0:
            g0 *= math.sqrt(s * s + 1.0) / math.sqrt(s0 * s0 + 1.0)
    gs = float(laws["well_separated"]["factor"]) * float(fitted()["diameter_px"]["p2_5_p50_p97_5"][1]) * \
        scale_of(scene)
    return g0, max(g0, gs)


def _region_box(region: str, W: int, H: int) -> tuple[float, float, float, float]:
    x0, x1, y0, y1 = (float(v) for v in _data()["laws"]["positions"]["boxes"][region])
    return x0 * W, x1 * W, y0 * H, y1 * H


def _field(scene: SceneGraph) -> tuple[int, int]:
    f = scene.attr("field") or {}
    d = int(_data()["laws"]["field"]["default_px"])
    return int(f.get("width", d)), int(f.get("height", d))


def _groups(scene: SceneGraph) -> list[dict[str, Any]]:
    return list(scene.attr("groups", []) or [])


def check_laws(scene: SceneGraph, timeout_s: float = 10.0) -> None:
    """Prove the text possible under the necessary laws, or raise ``UnsatisfiableError`` naming the
    user's phrases: counts (clusters need two nuclei, a binucleate cell two, groups drawn from their
    total), "no two touching", and the area bounds of the field and of every position region."""
    from ..solve.tracked import TrackedProblem
    if scene.domain != "microscopy":
        raise InputError(f"scene.domain must be 'microscopy', got {scene.domain!r}")
    p = TrackedProblem(timeout_s, stage="microscopy law check", law_of=_law)
    z3 = p.z3
    groups = _groups(scene)
    byid = {g["id"]: g for g in groups}
    W, H = _field(scene)
    g0, gs = gaps(scene)
    sc = scale_of(scene)
    N = {g["id"]: p.real(f"n_{g['id']}") for g in groups}
    for gd in groups:
        v, gid = N[gd["id"]], gd["id"]
        if gd["kind"] == "cell":
            for j, c in enumerate(gd["claims"]):
                expr = v == int(c["n"]) if c["n"] is not None else v >= int(c["min"])
                if c["span"] is None:
                    p.add(f"law:{gid}:claim{j}", expr, [], [c["law"]])
                else:
                    p.add(f"phrase:{gid}:claim{j}", expr, [c["span"]],
                          ["multinucleate"] if c["law"] == "multinucleate" else [])
            p.add(f"law:cell_min:{gid}", v >= 1, [], ["cell_min"])
            continue
        if gd["default"] == "default_count":
            p.add(f"law:default:{gid}", v == int(gd["n"]), [], ["default_count"])
        else:
            p.add(f"phrase:{gid}", v == int(gd["n"]), [gd["span"]], [])
        if gd["kind"] == "cluster":
            # the phrase that makes the cluster is named with the law: a cluster exists because of it
            p.add(f"law:cluster_min:{gid}", v >= 2, [gd["span"]], ["cluster_min"])
    kids: dict[str, list[dict]] = {}
    for gd in groups:
        if gd["parent"]:
            kids.setdefault(gd["parent"], []).append(gd)
    for pid, cs in kids.items():
        par = byid[pid]
        p.add(f"law:drawn:{pid}", z3.Sum([int(c["units"]) * N[c["id"]] for c in cs]) <= int(par["units"]) * N[pid],
              [], ["drawn_from_total"])
    par = (scene.attr("imaging") or {}).get("parity")
    if par:     # "an odd number of nuclei": the total is 2k + 1 (even: 2k) for a whole k (microscopy_arith)
        k_par = z3.Int("parity_k", p.ctx)
        tot = z3.Sum([int(gd["units"]) * N[gd["id"]] for gd in groups if not gd["parent"]])
        p.add("phrase:parity", tot == 2 * z3.ToReal(k_par) + (1 if par["value"] == "odd" else 0), [par["span"]], [])
    spl = (scene.attr("imaging") or {}).get("split")
    if spl:     # "16 nuclei split evenly over 3 wells": the total is k · m for a whole m (microscopy_split)
        m_spl = z3.Int("split_m", p.ctx)
        tot = z3.Sum([int(gd["units"]) * N[gd["id"]] for gd in groups if not gd["parent"]])
        p.add("phrase:split", tot == int(spl["value"]) * z3.ToReal(m_spl), [spl["sites"], spl["span"]] + list(spl.get("also") or []), [])
    clusters = [gd for gd in groups if gd["kind"] == "cluster"]
    if scene.attr("no_touching") and clusters:
        p.add("phrase:no_touching", z3.And(*[N[c["id"]] <= 1 for c in clusters]), [scene.attr("no_touching")],
              ["no_touching"])
    # the area laws: per nucleus π(r_min + δ)², δ the half-gap it keeps (0 inside a touching cluster)

    def area(gd: dict, delta: float) -> float:
        r = size_window(gd["size"], sc)[0] / 2
        d = 0.0 if gd["kind"] == "cluster" else min(delta, g0 / 2) if gd["kind"] == "cell" else delta
        return math.pi * (r + d) ** 2

    def nuclei_term(gd: dict, delta: float):
        own = int(gd["units"]) * N[gd["id"]]
        if gd["kind"] == "nuclei":
            own = own - z3.Sum([int(c["units"]) * N[c["id"]] for c in kids.get(gd["id"], [])]) \
                if kids.get(gd["id"]) else own
        return own * p.val(area(gd, delta))
    K0, Ks = p.real("K0"), p.real("Ks")
    caps = [K0 == p.val((W + g0) * (H + g0)), Ks == p.val((W + gs) * (H + gs))]
    regions: dict[str, Any] = {}
    for gd in groups:
        if gd.get("position") and gd["kind"] != "cell":
            sub = [gd]
            stack = list(kids.get(gd["id"], []))
            while stack:
                c = stack.pop()
                stack += kids.get(c["id"], [])
                if c["kind"] != "cell":
                    sub.append(c)
            amax = max(size_window(c["size"], sc)[1] / 2 / math.sqrt(ratio_window(c["shape"])[0]) for c in sub)
            x0, x1, y0, y1 = _region_box(gd["position"]["region"], W, H)
            e = amax + g0 / 2
            w = min(x1 + e, W + g0 / 2) - max(x0 - e, -g0 / 2)
            h = min(y1 + e, H + g0 / 2) - max(y0 - e, -g0 / 2)
            cap = p.real(f"cap_{gd['id']}")
            caps.append(cap == p.val(w * h))
            regions[gd["id"]] = (cap, sub)
    fspan = (scene.attr("field") or {}).get("span")
    if fspan:
        p.add("phrase:field", z3.And(*caps), [fspan], [])
    else:
        p.add("law:field", z3.And(*caps), [], ["field"])
    p.add("law:area_bound", z3.Sum([nuclei_term(gd, g0 / 2) for gd in groups]) <= K0, [], ["area_bound"])
    sep = scene.attr("separated")
    if sep:
        S = z3.Bool("separated", p.ctx)
        p.add("phrase:separated", S, [sep], [])
        p.add("law:area_bound_separated",
              z3.Implies(S, z3.Sum([nuclei_term(gd, gs / 2) for gd in groups]) <= Ks), [], ["area_bound"])
    from .microscopy_conditions import density_min
    cmin = density_min(scene.attr("imaging"))
    if cmin is not None:     # "dense": the stated nuclei, at the largest fitted size, can cover that share
        dmax = size_window(None, sc)[1]
        tot = z3.Sum([int(gd["units"]) * N[gd["id"]] for gd in groups if not gd["parent"]])
        p.add("phrase:density", tot * p.val(math.pi * dmax * dmax / 4) >= p.val(cmin * W * H),
              [scene.attr("imaging")["density"]["span"]] + ([fspan] if fspan else []), [] if fspan else ["field"])
    for gid, (cap, sub) in regions.items():
        p.add(f"phrase:position:{gid}", z3.Sum([nuclei_term(c, g0 / 2) for c in sub]) <= cap,
              [byid[gid]["position"]["span"]], ["region_area_bound"])
    p.check()


@dataclass
class _Sample:
    """Sampled nuclei (arrays over the scene's nucleus entities) and cells."""

    ids: list[str]
    r: np.ndarray
    a: np.ndarray
    b: np.ndarray
    th: np.ndarray            # radians, major axis, y down
    sep: np.ndarray           # bool: keeps the well-separated gap
    cluster: list[str | None]
    cell: np.ndarray          # index into cell_ids or -1
    cell_ids: list[str]
    cA: np.ndarray
    cB: np.ndarray
    cth: np.ndarray
    pos: dict[str, tuple[float, float, float, float]]   # entity id → region box (px)
    contact: dict[str, str] = field(default_factory=dict)  # cluster id → "minor" | "major" contact axis
    gaps_px: tuple[float, float] = (0.0, 0.0)              # (distinct, well-separated) gaps of this scene


def _sample_shapes(scene: SceneGraph, rng: np.random.Generator, W: int, H: int) -> _Sample:
    """Sizes and shapes of every nucleus from the fitted distributions (crowded fields: from a lower
    part of the size window), orientations uniform."""
    nucs = [e for e in scene.entities if e.kind == "nucleus"]
    cells = [e for e in scene.entities if e.kind == "cell"]
    n = len(nucs)
    f = fitted()["diameter_px"]
    mu, sg = float(f["mu"]), float(f["sigma"])
    fr = fitted()["axis_ratio"]
    m_q, sd_q = float(fr["mean"]), float(fr["sd"])
    g0, gs = gaps(scene)
    sep_on = bool(scene.attr("separated"))
    sep = np.array([sep_on and not e.attr("cluster") for e in nucs], bool)
    cl = [e.attr("cluster") for e in nucs]
    half = np.where(sep, gs / 2, np.array([0.0 if c else g0 / 2 for c in cl]))
    sc = scale_of(scene)
    wins = [size_window(e.attr("size"), sc) for e in nucs]
    mult = np.array([1.0 if str(e.attr("size") or "").startswith("d_px:") else sc for e in nucs])
    # touching nuclei: the round part of the axis-ratio window unless the text says otherwise, so the
    # side-by-side contact stays short enough to see two nuclei; elongated ones meet end to end
    tl = _data()["laws"]["touching"]
    rwin = [ratio_window(e.attr("shape") or (tl["shape_class"] if e.attr("cluster") else None)) for e in nucs]
    contact = {e.attr("cluster"): ("major" if e.attr("shape") == "elongated" else "minor")
               for e in nucs if e.attr("cluster")}
    free = np.array([not e.attr("size") for e in nucs], bool)
    u = rng.random(n)
    v = rng.random(n)
    th = rng.random(n) * math.pi
    max_fill = float(_data()["laws"]["crowding"]["max_fill"])
    regions = {e.id: e.name for e in scene.entities if e.kind == "region"}
    pos: dict[str, tuple[float, float, float, float]] = {}
    for rel in scene.relations:
        if rel.kind == "at" and rel.target in regions:
            pos[rel.source] = _region_box(regions[rel.target], W, H)
    by_box: dict[tuple, list[int]] = {}
    for i, e in enumerate(nucs):
        if e.id in pos:
            by_box.setdefault(pos[e.id], []).append(i)
    # crowding: unstated sizes move to a lower part of the window while the field, or a position
    # region (its box grown by a mean diameter), would be filled beyond max_fill
    top = np.ones(n)
    for _ in range(25):
        uu = np.array([w[2] + (w[3] - w[2]) * x * t_ for w, x, t_ in zip(wins, u, top)])
        d = np.exp(mu + sg * _ndtri(uu)) * mult
        area = np.pi * (d / 2 + half) ** 2
        shrink = np.zeros(n, bool)
        if float(np.sum(area)) / ((W + g0) * (H + g0)) > max_fill:
            shrink[:] = True
        for (x0, x1, y0, y1), idx in by_box.items():
            dm = float(np.mean(d[idx]))
            avail = (min(x1 + dm / 2, W) - max(x0 - dm / 2, 0)) * (min(y1 + dm / 2, H) - max(y0 - dm / 2, 0))
            if float(np.sum(area[idx])) / max(avail, 1.0) > max_fill:
                shrink[idx] = True
        shrink &= free & (top >= 0.05)
        if not shrink.any():
            break
        top[shrink] *= 0.85
    if sc != 1.0:
        # a dense field drawn at a larger scale: few nuclei sample a mean area off the distribution's, so the
        # sample is scaled up to the level's target share (microscopy_conditions.dense_scale)
        from .microscopy_conditions import density_target
        want = density_target(scene.attr("imaging")) * W * H
        got = float(np.sum(np.pi * d * d / 4))
        if want > got > 0:
            d = d * np.where(mult == 1.0, 1.0, math.sqrt(want / got))
    vv = np.array([w[2] + (w[3] - w[2]) * x for w, x in zip(rwin, v)])
    q = np.clip(m_q + sd_q * _ndtri(vv), 0.05, 1.0)
    r = d / 2
    a, b = r / np.sqrt(q), r * np.sqrt(q)
    cell_idx = {c.id: k for k, c in enumerate(cells)}
    cell = np.array([cell_idx.get(e.attr("cell"), -1) for e in nucs], int)
    return _Sample([e.id for e in nucs], r, a, b, th, sep, cl, cell, [c.id for c in cells],
                   np.zeros(len(cells)), np.zeros(len(cells)), np.zeros(len(cells)), pos, contact, (g0, gs))


def support(a: np.ndarray | float, b: np.ndarray | float, th: np.ndarray | float, ux, uy):
    """Support function of an ellipse (semi-axes a, b, major-axis angle th in radians, y down) in the
    direction (ux, uy): max over the ellipse of (x − c)·u (px when u is a unit vector)."""
    c, s = np.cos(th), np.sin(th)
    p1 = ux * c + uy * s
    p2 = -ux * s + uy * c
    return np.sqrt((a * p1) ** 2 + (b * p2) ** 2)


def _polygon_edges(A: float, B: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Outward unit normals (k, 2) and offsets (k,) of the k-gon inscribed in the axis-aligned ellipse."""
    t = np.arange(k) * 2 * math.pi / k
    P = np.stack([A * np.cos(t), B * np.sin(t)], 1)
    Q = np.roll(P, -1, axis=0)
    e = Q - P
    nrm = np.stack([e[:, 1], -e[:, 0]], 1)
    nrm /= np.linalg.norm(nrm, axis=1, keepdims=True)
    return nrm, np.sum(nrm * P, axis=1)


@dataclass
class _Body:
    members: list[tuple[str, int]]       # ("nuc", i) or ("cell", c)
    off: np.ndarray                       # (m, 2) offsets from the reference point (px)
    order: float


def _build_bodies(smp: _Sample, scene: SceneGraph, rng: np.random.Generator) -> list[_Body]:
    """Rigid groups for the sample: a cluster is a straight chain of tangent nuclei; a cell an ellipse
    around its nuclei (rows, gaps ≥ the distinct gap); every other nucleus alone."""
    laws = _data()["laws"]
    pl = _data()["placement"]
    g0, _gs = gaps(scene)
    mrg = float(pl["sample_margin_px"])
    bodies: list[_Body] = []
    done: set[int] = set()
    chains: dict[str, list[int]] = {}
    for i, c in enumerate(smp.cluster):
        if c:
            chains.setdefault(c, []).append(i)
    for cid, idx in chains.items():
        t = float(rng.random() * math.pi)
        smp.th[idx] = t
        major = smp.contact.get(cid) == "major"
        e2 = np.array([math.cos(t), math.sin(t)]) if major else np.array([-math.sin(t), math.cos(t)])
        ext = smp.a if major else smp.b
        s = [0.0]
        for p_, q_ in zip(idx, idx[1:]):
            s.append(s[-1] + ext[p_] + ext[q_])
        s = np.array(s) - np.mean(s)
        bodies.append(_Body([("nuc", i) for i in idx], s[:, None] * e2[None, :], 1.0 + len(idx)))
        done.update(idx)
    cm = laws["cell_size"]
    cont = laws["containment"]
    for c, cid in enumerate(smp.cell_ids):
        idx = [i for i in range(len(smp.ids)) if smp.cell[i] == c]
        ent = scene.entity(cid)
        m_c = float(cm["margin_px"]) * {"large": float(cm["large_factor"]),
                                        "small": float(cm["small_factor"])}.get(ent.attr("size"), 1.0)
        k = len(idx)
        nrow = 1 if k <= 3 else 2 if k <= 8 else int(math.ceil(math.sqrt(k)))
        rows = [idx[j::nrow] for j in range(nrow)]
        hx = {i: float(support(smp.a[i], smp.b[i], smp.th[i], 1.0, 0.0)) for i in idx}
        hy = {i: float(support(smp.a[i], smp.b[i], smp.th[i], 0.0, 1.0)) for i in idx}
        loc: dict[int, np.ndarray] = {}
        y = 0.0
        prev_h = 0.0
        for rk, row in enumerate(rows):
            rh = max(hy[i] for i in row) if row else 0.0
            if rk:
                y += prev_h + rh + g0 + 2 * mrg
            x = 0.0
            xs = []
            for j, i in enumerate(row):
                if j:
                    x += hx[row[j - 1]] + hx[i] + g0 + 2 * mrg
                xs.append(x)
            xs = np.array(xs) - (np.mean(xs) if xs else 0.0)
            for i, xx in zip(row, xs):
                loc[i] = np.array([xx, y])
            prev_h = rh
        if loc:
            cy = np.mean([v[1] for v in loc.values()])
            for i in loc:
                loc[i][1] -= cy
        # siblings: the separating condition along their centre line, with room for the LP
        for _ in range(40):
            bad = False
            for p_ in idx:
                for q_ in idx:
                    if p_ < q_:
                        d = loc[q_] - loc[p_]
                        L = float(np.hypot(*d))
                        u_ = d / max(L, 1e-9)
                        need = float(support(smp.a[p_], smp.b[p_], smp.th[p_], *u_) +
                                     support(smp.a[q_], smp.b[q_], smp.th[q_], *u_)) + g0 + 2 * mrg
                        if L < need:
                            bad = True
            if not bad:
                break
            for i in loc:
                loc[i] = loc[i] * 1.1
        A = max([abs(loc[i][0]) + hx[i] for i in idx] or [0.0]) + m_c
        B = max([abs(loc[i][1]) + hy[i] for i in idx] or [0.0]) + m_c
        for _ in range(200):
            nrm, dk = _polygon_edges(A, B, int(cont["edges"]))
            ok = all(np.all(nrm @ loc[i] + support(smp.a[i], smp.b[i], smp.th[i], nrm[:, 0], nrm[:, 1])
                            <= dk - float(cont["margin_px"]) - 2 * mrg) for i in idx)
            if ok:
                break
            A, B = A * 1.04, B * 1.04
        if B > A:   # keep a ≥ b: the major axis along local y
            A, B = B, A
            for i in idx:
                loc[i] = np.array([loc[i][1], -loc[i][0]])
                smp.th[i] -= math.pi / 2
        phi = float(rng.random() * math.pi)
        R = np.array([[math.cos(phi), -math.sin(phi)], [math.sin(phi), math.cos(phi)]])
        smp.cA[c], smp.cB[c], smp.cth[c] = A, B, phi
        mem = [("cell", c)] + [("nuc", i) for i in idx]
        off = np.array([[0.0, 0.0]] + [R @ loc[i] for i in idx])
        for i in idx:
            smp.th[i] += phi
        bodies.append(_Body(mem, off, 100.0 + A))
        done.update(idx)
    for i in range(len(smp.ids)):
        if i not in done:
            bodies.append(_Body([("nuc", i)], np.zeros((1, 2)), float(smp.r[i]) / 100.0))
    return bodies


class _Geo:
    """Every drawn ellipse of a sample (nuclei first, then cells) as arrays, for vectorised checks."""

    def __init__(self, smp: _Sample):
        n, m = len(smp.ids), len(smp.cell_ids)
        self.n = n
        self.a = np.concatenate([smp.a, smp.cA])
        self.b = np.concatenate([smp.b, smp.cB])
        self.th = np.concatenate([smp.th, smp.cth])
        self.kind = np.array([0] * n + [1] * m)
        self.sep = np.concatenate([smp.sep, np.zeros(m, bool)])
        self.cell = np.concatenate([smp.cell, np.arange(m)])  # a cell "belongs" to itself
        self.cluster = list(smp.cluster) + [None] * m
        self.gaps_px = smp.gaps_px

    def idx(self, member: tuple[str, int]) -> int:
        return member[1] if member[0] == "nuc" else self.n + member[1]

    def gap(self, i, j):
        """Required gap (px) between ellipses i and j (arrays): well-separated, distinct, or none."""
        g0, gs = self.gaps_px
        both_nuc = (self.kind[i] == 0) & (self.kind[j] == 0)
        well = both_nuc & (self.sep[i] | self.sep[j]) & ~((self.cell[i] == self.cell[j]) & (self.cell[i] >= 0))
        return np.where(well, gs, g0)


def _place(smp: _Sample, bodies: list[_Body], W: int, H: int, rng: np.random.Generator,
           keep: list[tuple[float, float, float, float]] = ()) -> np.ndarray | None:
    """Seeded sequential placement: each body at the first of K random positions that keeps every
    required gap (+ margin) to what is already placed, and every ellipse's bounding box out of the figure
    marks' boxes ``keep`` (x0, y0, x1, y1 px). Centres (ellipses of ``_Geo``) or None."""
    geo = _Geo(smp)
    pl = _data()["placement"]
    border = float(_data()["laws"]["inside_field"]["border_px"])
    mrg = float(pl["sample_margin_px"])
    K = int(pl["candidates"])
    step = float(pl["grid_step_px"])
    centre = np.full((len(geo.a), 2), np.nan)
    placed: list[int] = []
    hx = support(geo.a, geo.b, geo.th, 1.0, 0.0)
    hy = support(geo.a, geo.b, geo.th, 0.0, 1.0)

    def region_of(gi: int) -> tuple[float, float, float, float] | None:
        eid = smp.ids[gi] if gi < geo.n else smp.cell_ids[gi - geo.n]
        return smp.pos.get(eid)
    for body in sorted(bodies, key=lambda bd: (not any(region_of(geo.idx(mm)) for mm in bd.members), -bd.order)):
        gi = np.array([geo.idx(mm) for mm in body.members])
        lo_x = np.max(border + hx[gi] - body.off[:, 0])
        hi_x = np.min(W - border - hx[gi] - body.off[:, 0])
        lo_y = np.max(border + hy[gi] - body.off[:, 1])
        hi_y = np.min(H - border - hy[gi] - body.off[:, 1])
        for k, g_ in enumerate(gi):
            box = region_of(int(g_))
            if box is not None:
                lo_x, hi_x = max(lo_x, box[0] - body.off[k, 0]), min(hi_x, box[1] - body.off[k, 0])
                lo_y, hi_y = max(lo_y, box[2] - body.off[k, 1]), min(hi_y, box[3] - body.off[k, 1])
        if lo_x > hi_x or lo_y > hi_y:
            return None

        def feasible(cand: np.ndarray) -> np.ndarray:
            ok = np.ones(len(cand), bool)
            for k, g_ in enumerate(gi):       # clear of the scale bar and the labels
                C = cand + body.off[k]
                for x0, y0, x1, y1 in keep:
                    ok &= ~((C[:, 0] + hx[g_] + mrg > x0) & (C[:, 0] - hx[g_] - mrg < x1)
                            & (C[:, 1] + hy[g_] + mrg > y0) & (C[:, 1] - hy[g_] - mrg < y1))
            if not placed:
                return ok
            P = np.array(placed)
            for k, g_ in enumerate(gi):
                C = cand + body.off[k]
                d = C[:, None, :] - centre[P][None, :, :]
                L = np.hypot(d[..., 0], d[..., 1])
                need = geo.gap(np.full(len(P), g_), P)[None, :] + mrg
                near = L < geo.a[g_] + geo.a[P][None, :] + need
                if not near.any():
                    continue
                Ls = np.maximum(L, 1e-9)
                ux, uy = d[..., 0] / Ls, d[..., 1] / Ls
                h = support(geo.a[g_], geo.b[g_], geo.th[g_], ux, uy) + support(
                    geo.a[P][None, :], geo.b[P][None, :], geo.th[P][None, :], ux, uy)
                ok &= ~np.any(near & (L < h + need), axis=1)
            return ok
        cand = np.stack([lo_x + rng.random(K) * (hi_x - lo_x), lo_y + rng.random(K) * (hi_y - lo_y)], 1)
        hit = np.flatnonzero(feasible(cand))
        if not len(hit):
            # random darts missed: scan a fine grid of the allowed box for the holes that are left
            gx = np.arange(lo_x, hi_x + 1e-9, step)
            gy = np.arange(lo_y, hi_y + 1e-9, step)
            cand = np.stack(np.meshgrid(gx, gy), -1).reshape(-1, 2)
            cand = cand[rng.permutation(len(cand))]
            for s0 in range(0, len(cand), 2048):
                part = cand[s0:s0 + 2048]
                h_ = np.flatnonzero(feasible(part))
                if len(h_):
                    cand, hit = part, h_
                    break
        if not len(hit):
            return None
        c0 = cand[hit[0]]
        for k, g_ in enumerate(gi):
            centre[g_] = c0 + body.off[k]
            placed.append(int(g_))
    return centre


def _linear_system(smp: _Sample, centre0: np.ndarray, W: int, H: int, scene: SceneGraph,
                   keep: list[tuple[float, float, float, float]] = ()):
    """The placement as tagged linear rows around the sample (``LinSystem``): variables x, y per
    ellipse and a common clearance t; returns (system, variable index of each ellipse's x). An ellipse
    within reach of a figure mark's box (``keep``) stays on the side of it the sample put it on."""
    from scipy.spatial import cKDTree
    from ..solve.linear import LinSystem
    geo = _Geo(smp)
    laws = _data()["laws"]
    pl = _data()["placement"]
    border = float(laws["inside_field"]["border_px"])
    trust = float(pl["trust_px"])
    m = len(geo.a)
    ls = LinSystem()
    X = [ls.var(f"x{i}", None) for i in range(m) for _ in (0,)]
    Y = [ls.var(f"y{i}", None) for i in range(m)]
    t = ls.var("t", 0.0)
    ls.le({t: 1.0}, float(pl["clearance_max_px"]), "solver:clearance")
    ls.objective[t] = -1.0
    hx = support(geo.a, geo.b, geo.th, 1.0, 0.0)
    hy = support(geo.a, geo.b, geo.th, 0.0, 1.0)
    for i in range(m):
        x0, y0 = centre0[i]
        ls.le({X[i]: 1.0}, x0 + trust, "solver:trust_region")
        ls.le({X[i]: -1.0}, -(x0 - trust), "solver:trust_region")
        ls.le({Y[i]: 1.0}, y0 + trust, "solver:trust_region")
        ls.le({Y[i]: -1.0}, -(y0 - trust), "solver:trust_region")
        ls.le({X[i]: -1.0}, -(border + hx[i]), "law:inside_field")
        ls.le({X[i]: 1.0}, W - border - hx[i], "law:inside_field")
        ls.le({Y[i]: -1.0}, -(border + hy[i]), "law:inside_field")
        ls.le({Y[i]: 1.0}, H - border - hy[i], "law:inside_field")
        for bx0, by0, bx1, by1 in keep:
            sides = [(bx0 - (x0 + hx[i]), {X[i]: 1.0}, bx0 - hx[i]), ((x0 - hx[i]) - bx1, {X[i]: -1.0}, -(bx1 + hx[i])),
                     (by0 - (y0 + hy[i]), {Y[i]: 1.0}, by0 - hy[i]), ((y0 - hy[i]) - by1, {Y[i]: -1.0}, -(by1 + hy[i]))]
            slack, row, rhs = max(sides, key=lambda sd: sd[0])
            if slack < 2 * trust + 1.0:
                ls.le(row, rhs, "style:clear_of_figure_marks")
        eid = smp.ids[i] if i < geo.n else smp.cell_ids[i - geo.n]
        box = smp.pos.get(eid)
        if box is not None:
            tag = "phrase:position:" + eid
            ls.le({X[i]: -1.0}, -box[0], tag)
            ls.le({X[i]: 1.0}, box[1], tag)
            ls.le({Y[i]: -1.0}, -box[2], tag)
            ls.le({Y[i]: 1.0}, box[3], tag)
    # tangency: a chain's neighbours stay (b₁ + b₂) apart along their common minor axis
    for rel in scene.relations:
        if rel.kind == "touching":
            i, j = smp.ids.index(rel.source), smp.ids.index(rel.target)
            if smp.contact.get(smp.cluster[i]) == "major":
                e2 = np.array([math.cos(geo.th[i]), math.sin(geo.th[i])])
                d = geo.a[i] + geo.a[j]
            else:
                e2 = np.array([-math.sin(geo.th[i]), math.cos(geo.th[i])])
                d = geo.b[i] + geo.b[j]
            if float(np.dot(centre0[j] - centre0[i], e2)) < 0:
                e2 = -e2
            ls.eq({X[j]: 1.0, X[i]: -1.0}, d * e2[0], "law:touching")
            ls.eq({Y[j]: 1.0, Y[i]: -1.0}, d * e2[1], "law:touching")
    # containment: a cell's nuclei inside the 16-gon inscribed in its ellipse
    cont = laws["containment"]
    for i in range(geo.n):
        c = int(smp.cell[i])
        if c < 0:
            continue
        ci = geo.n + c
        nrm, dk = _polygon_edges(float(smp.cA[c]), float(smp.cB[c]), int(cont["edges"]))
        ph = float(smp.cth[c])
        R = np.array([[math.cos(ph), -math.sin(ph)], [math.sin(ph), math.cos(ph)]])
        nw = nrm @ R.T
        h = support(geo.a[i], geo.b[i], geo.th[i], nw[:, 0], nw[:, 1])
        for k in range(len(dk)):
            ls.le({X[i]: nw[k, 0], Y[i]: nw[k, 1], X[ci]: -nw[k, 0], Y[ci]: -nw[k, 1]},
                  dk[k] - h[k] - float(cont["margin_px"]), "law:containment")
    # separation: one separating direction per close pair, fixed by the sample
    reach = 2 * float(np.max(geo.a)) + gaps(scene)[1] + 2 * math.sqrt(2) * trust + 1.0
    pairs = cKDTree(centre0).query_pairs(reach, output_type="ndarray")
    if len(pairs):
        i, j = pairs[:, 0], pairs[:, 1]
        keep = np.ones(len(i), bool)
        for k in range(len(i)):
            a_, b_ = int(i[k]), int(j[k])
            if geo.cluster[a_] is not None and geo.cluster[a_] == geo.cluster[b_]:
                keep[k] = False
            elif (geo.kind[a_] == 1) != (geo.kind[b_] == 1):
                nuc, cel = (a_, b_) if geo.kind[a_] == 0 else (b_, a_)
                if smp.cell[nuc] == cel - geo.n:
                    keep[k] = False
        i, j = i[keep], j[keep]
        g = geo.gap(i, j)
        d = centre0[j] - centre0[i]
        L = np.hypot(d[:, 0], d[:, 1])
        near = L < geo.a[i] + geo.a[j] + g + 2 * math.sqrt(2) * trust + 0.5
        i, j, g, d, L = i[near], j[near], g[near], d[near], L[near]
        ux, uy = d[:, 0] / L, d[:, 1] / L
        need = support(geo.a[i], geo.b[i], geo.th[i], ux, uy) + support(geo.a[j], geo.b[j], geo.th[j], ux, uy) + g
        for k in range(len(i)):
            ls.le({X[i[k]]: ux[k], Y[i[k]]: uy[k], X[j[k]]: -ux[k], Y[j[k]]: -uy[k], t: 1.0}, -need[k],
                  "law:separation_linear")
    return ls, X, Y


def layout_microscopy(scene: SceneGraph, *, seed: int = 0, attempt: int = 0, timeout_s: float = 10.0) -> Layout:
    """Prove the necessary laws, sample, place and polish; the ``Layout`` of the micrograph (px, y down).

    Deterministic per (seed, attempt). Raises ``UnsatisfiableError`` (impossible text, with the user's
    phrases), ``UnsupportedError`` (a chain longer than the field), ``SolverTimeoutError`` (the
    placement failed on every re-sample: not proven impossible)."""
    t0 = time.perf_counter()
    check_laws(scene, timeout_s)
    t_laws = time.perf_counter() - t0
    W, H = _field(scene)
    pl = _data()["placement"]
    g0, gs = gaps(scene)
    diag = math.hypot(W, H) - 4 * float(_data()["laws"]["inside_field"]["border_px"])
    for gd in _groups(scene):
        if gd["kind"] == "cluster":
            bmin = size_window(gd["size"], scale_of(scene))[0] / 2 * math.sqrt(ratio_window(gd["shape"])[0])
            if 2 * bmin * int(gd["n"]) > diag:
                raise UnsupportedError(f"'{gd['span']['text']}': a cluster is drawn as a straight chain of tangent "
                                       f"nuclei and {gd['n']} do not fit across a {W} × {H} field; use fewer")
    from . import microscopy_marks
    marks = microscopy_marks.plan(scene)          # the scale bar and the stain's name: no nucleus under them
    keep = microscopy_marks.keep_out(marks)
    subs = int(pl["sub_attempts"])
    tries = [(marks, keep)]
    if marks and not (marks.get("scale_bar") or {}).get("requested"):
        tries.append((None, []))     # a field too full for the marks nobody asked for: drawn without them
    for marks, keep in tries:
        for sub in range(subs):
            if time.perf_counter() - t0 > timeout_s:
                break
            rng = np.random.default_rng([int(seed), int(attempt), sub])
            smp = _sample_shapes(scene, rng, W, H)
            bodies = _build_bodies(smp, scene, rng)
            centre0 = _place(smp, bodies, W, H, rng, keep)
            if centre0 is None:
                continue
            ls, X, Y = _linear_system(smp, centre0, W, H, scene, keep)
            left = max(0.5, timeout_s - (time.perf_counter() - t0))
            tz = time.perf_counter()
            ok, _core = ls.z3_check(left)
            t_z3 = time.perf_counter() - tz
            if not ok:      # the sample itself satisfies every row; only rounding could get here
                continue
            sol = ls.highs_solve(left)
            centre = np.array([[sol[x], sol[y]] for x, y in zip(X, Y)])
            stats = {"solve_s": round(time.perf_counter() - t0, 4), "laws_s": round(t_laws, 4),
                     "z3_s": round(t_z3, 4), "rows": len(ls.rows), "sub_attempt": sub,
                     "clearance_px": round(float(sol[-1]), 3), "nuclei": len(smp.ids)}
            return _to_layout(scene, smp, centre, W, H, stats, marks)
    n = sum(1 for e in scene.entities if e.kind == "nucleus")
    raise SolverTimeoutError(f"microscopy placement (could not place {n} nuclei after {subs} seeded samples; "
                             "the necessary area laws hold, so this is not proven impossible)",
                             round(time.perf_counter() - t0, 3))


def ellipse_polygon(cx: float, cy: float, a: float, b: float, th: float, k: int) -> tuple[tuple[float, float], ...]:
    """k vertices of the ellipse (th in radians, y down), starting at a major-axis end: for k divisible
    by 4 both minor-axis ends are vertices, so tangent nuclei stay tangent as polygons."""
    t = np.arange(k) * 2 * math.pi / k
    c, s = math.cos(th), math.sin(th)
    x = cx + a * np.cos(t) * c - b * np.sin(t) * s
    y = cy + a * np.cos(t) * s + b * np.sin(t) * c
    return tuple((float(p), float(q)) for p, q in zip(x, y))


def _grey(v: int) -> str:
    v = int(max(0, min(255, v)))
    return f"#{v:02x}{v:02x}{v:02x}"


def nucleus_grey() -> int:
    """The nuclei's grey level (0-255): the fitted foreground mean v as (v + 1) × 127.5, or the style's number."""
    g = _style()["nucleus_grey"]
    if g == "fitted":
        return int(round((float(fitted()["intensity"]["foreground_mean"]) + 1.0) * 127.5))
    return int(g)


def _to_layout(scene: SceneGraph, smp: _Sample, centre: np.ndarray, W: int, H: int,
               stats: dict[str, Any], marks: dict[str, Any] | None = None) -> Layout:
    st = _style()
    k = int(_data()["placement"]["polygon_vertices"])
    z = st["z"]
    n = len(smp.ids)
    shapes = [Shape("_field", "rect", (0.0, 0.0, float(W), float(H)), st["background"], "none", 0.0,
                    int(z["background"]), "background")]
    ells: list[dict[str, Any]] = []
    cg, ng = _grey(int(st["cell_grey"])), _grey(nucleus_grey())
    # Cells first, then nuclei, so nuclei draw over their cells (the ellipses contract of nesy/micro/masks.py).
    bodies = [(cid, "cell", cg, centre[n + c], smp.cA[c], smp.cB[c], smp.cth[c])
              for c, cid in enumerate(smp.cell_ids)]
    bodies += [(eid, "nucleus", ng, centre[i], smp.a[i], smp.b[i], smp.th[i]) for i, eid in enumerate(smp.ids)]
    from .microscopy_conditions import plan
    img_plan, per = plan(scene, fitted()["realism"]["painter"])
    any_obj = any(v["level"] != 1.0 or v["blur_px"] != img_plan["blur_px"] for v in per.values())
    for eid, kind, grey, (cx, cy), a, b, th in bodies:
        cx, cy, a, b, th = float(cx), float(cy), float(a), float(b), float(th)
        pts = ellipse_polygon(cx, cy, a, b, th, k)
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        shapes.append(Shape(eid, "polygon", (min(xs), min(ys), max(xs), max(ys)), grey, "none", 0.0,
                            int(z[kind]), kind, points=pts))
        ells.append({"id": eid, "kind": kind, "cx": cx, "cy": cy, "a": a, "b": b,
                     "theta": math.degrees(th) % 180.0})
        if eid in per and (img_plan["stated"] or any_obj):
            ells[-1].update(per[eid])     # how this nucleus is painted: its blur sd (px) and level factor
    g0, gs = gaps(scene)
    regions = {e.id: list(_region_box(e.name, W, H)) for e in scene.entities if e.kind == "region"}
    extras = {"ellipses": ells, "class": int(scene.attr("class", 0)), "field": [W, H],
              "gaps": {"distinct_px": g0, "well_separated_px": gs},
              "well_separated": [eid for eid, s in zip(smp.ids, smp.sep) if s], "regions": regions}
    if img_plan["stated"] or any_obj:
        extras["imaging"] = img_plan     # the painter's noise sd, base blur, contrast factor and channel
    if marks:
        extras["marks"] = marks          # the scale bar and the channel label (microscopy_marks), drawn over the image
    return Layout("microscopy", W, H, tuple(shapes), (), (), tuple(sorted(stats.items())), _freeze(extras))


# ---------------------------------------------------------------------------------------------
# verify (pixels only: the layout, when given, says where each nucleus should be, never what is seen)


def _read_gray(png: bytes, W: int, H: int) -> np.ndarray:
    from PIL import Image
    from .regionbase import read_png
    rgb = read_png(png, dark_page="keep")     # a fluorescence field is dark by nature
    if rgb.shape[0] != H or rgb.shape[1] != W:     # another generator's size: compare in field pixels
        rgb = np.asarray(Image.fromarray(rgb).resize((W, H), Image.BILINEAR))
    return rgb


def _phrase(scene: SceneGraph, eid: str) -> str:
    try:
        e = scene.entity(eid)
    except KeyError:
        return ""
    return e.span.text if e.span else ""


def _count_phrase(scene: SceneGraph) -> str:
    gs_ = _groups(scene)
    top = [g for g in gs_ if not g["parent"]]
    return "; ".join(g["span"]["text"] for g in top if g.get("span"))


def _in_box(x: float, y: float, box, tol: float) -> tuple[bool, float]:
    """(inside, distance outside the box in px)."""
    dx = max(box[0] - x, 0.0, x - box[1])
    dy = max(box[2] - y, 0.0, y - box[3])
    d = math.hypot(dx, dy)
    return d <= tol, d


def verify_microscopy(png: bytes, scene: SceneGraph, layout: Layout | None = None) -> Verdict:
    """Check the micrograph's pixels: the nucleus count, touching clusters, separation gaps, cells and
    positions; with the ``layout`` also every nucleus matched (Hungarian) within the position and size
    tolerances, each touching pair adjacent, each required gap open and each cell's nuclei inside it."""
    from ..micro.segment import analyse, gaps_between, measure
    W, H = _field(scene)
    tol = _data()["tolerances"]
    g0, gs = gaps(scene)
    gray = _read_gray(png, W, H)
    # the scale bar and the stain's name: measured and read back, then blanked so that no mark is read as a
    # nucleus or counted in the image's statistics (microscopy_marks)
    from . import microscopy_marks
    if layout is not None:               # nesy's own figure: the marks its layout planned must be there
        marks = layout.extra("marks")
    else:                                # an image alone: nesy's marks if its bar is there, else only what the text asks
        marks = microscopy_marks.present(gray, microscopy_marks.plan(scene), float(tol.get("scale_bar_px", 2.0)))
    mark_checks = microscopy_marks.checks(gray, marks, float(tol.get("scale_bar_px", 2.0)))
    gray, blanked = microscopy_marks.blank(gray, marks)
    rgb = gray
    if gray.ndim == 3 and not ((gray[..., 0] == gray[..., 1]).all() and (gray[..., 1] == gray[..., 2]).all()):
        gray = gray[..., :3].max(axis=2)     # a pseudo-coloured channel: its signal, whatever the colour
    an = analyse(gray)
    labels = an.nuclei
    obj = measure(labels)
    nuc_ents = [e for e in scene.entities if e.kind == "nucleus"]
    checks: list[Check] = [Check("nucleus_count", ("nucleus",), int(len(obj.labels)), len(nuc_ents),
                                 int(tol["count"]), abs(len(obj.labels) - len(nuc_ents)) <= int(tol["count"]),
                                 _count_phrase(scene))]
    pair_gap = gaps_between(labels, pad=int(math.ceil(gs)) + 6)

    def gap_of(la: int, lb: int) -> float:
        return pair_gap.get((min(la, lb), max(la, lb)), math.inf)
    if layout is not None:
        checks += _layout_checks(scene, layout, labels, obj, gap_of, tol)
    else:
        checks += _scene_checks(scene, an, obj, gap_of, tol)
    from ..micro.realism import image_stats
    from ..micro.segment import match
    from .microscopy_conditions import checks as condition_checks
    st = image_stats(gray, labels, ignore=blanked if blanked.any() else None)
    cond: list[Check] = []
    if scene.attr("imaging") or any(e.attr("focus") or e.attr("brightness") for e in nuc_ents):
        seen = {i: lab for i, lab, d in match(labels, layout) if lab > 0 and d <= float(tol["position_px"])} \
            if layout is not None else {}
        cond = condition_checks(rgb, gray, labels, scene, layout, seen, st, fitted()["realism"]["painter"])
    # a stated condition's own check replaces the real crops' range of what it changes ("no noise": the
    # noise is 0, which no real crop has)
    replaced = {"noise": "noise_sd", "contrast": "image_contrast"}
    skip = {k for k, name in replaced.items() if any(c.law == name for c in cond)}
    from .microscopy_vary import checks as vary_checks
    checks += _realism_checks(st, skip) + cond + vary_checks(scene, obj) + mark_checks
    return Verdict(tuple(checks), rounds=1)


def _realism_checks(st: dict[str, float], skip: set[str] = frozenset()) -> list[Check]:
    """The image is a micrograph: background level, nucleus contrast, camera noise and nucleus texture
    within the range of the real training crops (``nesy.micro.realism``; tolerances ``realism`` in
    ``solvers/microscopy.yaml``). A bare mask or a washed-out copy fails here. ``st``: the image's
    ``image_stats``; ``skip``: statistics the text states, checked against what it states instead."""
    from ..micro.realism import allowed
    rng = allowed(fitted()["realism"], _data()["realism"])
    return [Check(f"micrograph_{k}", ("image",), round(st[k], 2), [round(rng[k][0], 2), round(rng[k][1], 2)],
                  "real crops' range", rng[k][0] <= st[k] <= rng[k][1],
                  "fluorescence micrograph") for k in ("background", "contrast", "noise", "texture") if k not in skip]


def _layout_checks(scene: SceneGraph, layout: Layout, labels: np.ndarray, obj, gap_of, tol) -> list[Check]:
    from ..micro.segment import match
    checks: list[Check] = []
    g0, gs = gaps(scene)
    ptol = float(tol["position_px"])
    lo, hi = (float(v) for v in tol["area_ratio"])
    ells = {e["id"]: e for e in layout.extra("ellipses", []) or []}
    m = {i: (lab, d) for i, lab, d in match(labels, layout)}
    xy = {int(l_): (float(x), float(y), float(a)) for l_, x, y, a in zip(obj.labels, obj.x, obj.y, obj.area)}
    ok_lab: dict[str, int] = {}
    for eid, (lab, d) in m.items():
        ph = _phrase(scene, eid)
        good = lab > 0 and d <= ptol
        checks.append(Check("nucleus_at", (eid,), round(d, 2) if math.isfinite(d) else "not found", 0.0, ptol,
                            good, ph))
        if good:
            ok_lab[eid] = lab
            e = ells[eid]
            ratio = xy[lab][2] / (math.pi * float(e["a"]) * float(e["b"]))
            checks.append(Check("nucleus_size", (eid,), round(ratio, 3), 1.0, [lo, hi], lo <= ratio <= hi, ph))
    touching = set()
    for r in scene.relations:
        if r.kind == "touching":
            touching.add((r.source, r.target))
            la, lb = ok_lab.get(r.source), ok_lab.get(r.target)
            gp = gap_of(la, lb) if la and lb and la != lb else math.inf
            checks.append(Check("touching", (r.source, r.target), round(gp, 2) if math.isfinite(gp) else "not seen",
                                0.0, float(tol["touch_gap_px"]), gp <= float(tol["touch_gap_px"]),
                                r.span.text if r.span else ""))
    # every other close pair keeps its gap: well separated or distinct
    well = set(layout.extra("well_separated", []) or [])
    cell_of = {r.source: r.target for r in scene.relations if r.kind == "inside"}
    clus = {e.id: e.attr("cluster") for e in scene.entities if e.kind == "nucleus"}
    sep_phrase = (scene.attr("separated") or {}).get("text", "")
    ids = [i for i in ells if ells[i]["kind"] == "nucleus"]
    C = np.array([[ells[i]["cx"], ells[i]["cy"]] for i in ids]) if ids else np.zeros((0, 2))
    A = np.array([ells[i]["a"] for i in ids]) if ids else np.zeros(0)
    gtol = float(tol["gap_px"])
    if len(ids) > 1:
        from scipy.spatial import cKDTree
        for p_, q_ in cKDTree(C).query_pairs(2 * float(A.max()) + gs + 8.0):
            a_, b_ = ids[p_], ids[q_]
            if (a_, b_) in touching or (b_, a_) in touching or (clus[a_] and clus[a_] == clus[b_]):
                continue
            same_cell = cell_of.get(a_) is not None and cell_of.get(a_) == cell_of.get(b_)
            need = gs if (a_ in well or b_ in well) and not same_cell else g0
            if float(np.hypot(*(C[p_] - C[q_]))) - A[p_] - A[q_] >= need + 4.0:
                continue       # far apart in the layout: only a displaced nucleus could close it (nucleus_at)
            la, lb = ok_lab.get(a_), ok_lab.get(b_)
            gp = gap_of(la, lb) if la and lb and la != lb else -1.0
            law = "well_separated" if need == gs else "distinct"
            checks.append(Check(law, (a_, b_), round(gp, 2) if math.isfinite(gp) else "far", round(need, 2), gtol,
                                gp >= need - gtol, sep_phrase if law == "well_separated" else ""))
    # cells: their nuclei seen inside the cell's ellipse
    ci = float(tol["cell_inside"])
    for n_, c_ in cell_of.items():
        e = ells.get(c_)
        lab = ok_lab.get(n_)
        if e is None:
            continue
        if lab:
            x, y, _ = xy[lab]
            t = math.radians(float(e["theta"]))
            u = (x - e["cx"]) * math.cos(t) + (y - e["cy"]) * math.sin(t)
            v = -(x - e["cx"]) * math.sin(t) + (y - e["cy"]) * math.cos(t)
            rho = math.hypot(u / e["a"], v / e["b"])
        else:
            rho = math.inf
        checks.append(Check("inside_cell", (n_, c_), round(rho, 3) if math.isfinite(rho) else "not seen", "≤ 1",
                            ci, rho <= ci, _phrase(scene, c_)))
    # positions: each object's centre (a cell's from its nuclei as seen) in its region box
    regions = {e.id: e for e in scene.entities if e.kind == "region"}
    W, H = _field(scene)
    rtol = float(tol["region_px"])
    for r in scene.relations:
        if r.kind != "at" or r.target not in regions:
            continue
        box = _region_box(regions[r.target].name, W, H)
        if r.source in ells and ells[r.source]["kind"] == "cell":
            kids = [n_ for n_, c_ in cell_of.items() if c_ == r.source]
            seen = [xy[ok_lab[k]][:2] for k in kids if k in ok_lab]
            if len(seen) == len(kids) and kids:
                lx = np.mean([ells[k]["cx"] for k in kids]) - ells[r.source]["cx"]
                ly = np.mean([ells[k]["cy"] for k in kids]) - ells[r.source]["cy"]
                x, y = float(np.mean([s[0] for s in seen]) - lx), float(np.mean([s[1] for s in seen]) - ly)
                ok, d = _in_box(x, y, box, rtol)
            else:
                ok, d = False, math.inf
        else:
            lab = ok_lab.get(r.source)
            ok, d = _in_box(*xy[lab][:2], box, rtol) if lab else (False, math.inf)
        checks.append(Check("at_" + regions[r.target].name, (r.source, r.target),
                            round(d, 2) if math.isfinite(d) else "not seen", 0.0, rtol, ok,
                            r.span.text if r.span else ""))
    return checks


def _scene_checks(scene: SceneGraph, an, obj, gap_of, tol) -> list[Check]:
    """Checks from the scene graph alone (``nesy verify IMAGE --scene scene.json``)."""
    import networkx as nx
    checks: list[Check] = []
    g0, gs = gaps(scene)
    ttol, gtol = float(tol["touch_gap_px"]), float(tol["gap_px"])
    labs = [int(v) for v in obj.labels]
    xy = {int(l_): (float(x), float(y)) for l_, x, y in zip(obj.labels, obj.x, obj.y)}
    G = nx.Graph()
    G.add_nodes_from(labs)
    close: list[tuple[int, int, float]] = []
    for i, a in enumerate(labs):
        for b in labs[i + 1:]:
            gp = gap_of(a, b)
            if gp <= ttol:
                G.add_edge(a, b)
            elif math.isfinite(gp):
                close.append((a, b, gp))
    comp = {n: k for k, cc in enumerate(nx.connected_components(G)) for n in cc}
    seen_clusters = sorted(len(cc) for cc in nx.connected_components(G) if len(cc) > 1)
    want: dict[str, int] = {}
    for e in scene.entities:
        if e.kind == "nucleus" and e.attr("cluster"):
            want[e.attr("cluster")] = want.get(e.attr("cluster"), 0) + 1
    want_sizes = sorted(want.values())
    tphr = "; ".join(dict.fromkeys(r.span.text for r in scene.relations if r.kind == "touching" and r.span))
    checks.append(Check("touching_clusters", ("nucleus",), seen_clusters, want_sizes, ttol,
                        seen_clusters == want_sizes, tphr))
    # cells seen as faint regions: which nuclei lie in each
    cl = an.cells
    in_cell = {a: int(cl[min(int(xy[a][1]), cl.shape[0] - 1), min(int(xy[a][0]), cl.shape[1] - 1)]) for a in labs}
    cells = [e for e in scene.entities if e.kind == "cell"]
    if cells:
        per: dict[int, int] = {}
        for a, c in in_cell.items():
            if c:
                per[c] = per.get(c, 0) + 1
        seen_cells = sorted(per.values())
        want_cells = sorted(int(e.attr("nuclei", 1)) for e in cells)
        checks.append(Check("cells", ("cell",), seen_cells, want_cells, 0, seen_cells == want_cells,
                            "; ".join(dict.fromkeys(e.span.text for e in cells if e.span))))
    sep = scene.attr("separated")
    bad_sep, bad_dis = 0, 0
    for a, b, gp in close:
        if comp[a] == comp[b]:
            continue
        if gp < g0 - gtol:
            bad_dis += 1
        same_cell = in_cell[a] and in_cell[a] == in_cell[b]
        both_clustered = G.degree(a) > 0 and G.degree(b) > 0
        if sep and not same_cell and not both_clustered and gp < gs - gtol:
            bad_sep += 1
    checks.append(Check("distinct", ("nucleus",), bad_dis, 0, gtol, bad_dis == 0, ""))
    if sep:
        checks.append(Check("well_separated", ("nucleus",), bad_sep, 0, gtol, bad_sep == 0, sep.get("text", "")))
    # positions: enough nuclei (or a cell) in each region named
    W, H = _field(scene)
    rtol = float(tol["region_px"])
    for reg in (e for e in scene.entities if e.kind == "region"):
        box = _region_box(reg.name, W, H)
        srcs = [r.source for r in scene.relations if r.kind == "at" and r.target == reg.id]
        n_nuc = sum(1 for s_ in srcs if scene.entity(s_).kind == "nucleus")
        n_cell = sum(1 for s_ in srcs if scene.entity(s_).kind == "cell")
        if n_nuc:
            k = sum(1 for a in labs if _in_box(*xy[a], box, rtol)[0])
            checks.append(Check("at_" + reg.name, (reg.id,), k, f"≥ {n_nuc}", rtol, k >= n_nuc,
                                reg.span.text if reg.span else ""))
        if n_cell:
            from ..micro.segment import measure
            co = measure(cl)
            k = sum(1 for x, y in zip(co.x, co.y) if _in_box(x, y, box, rtol)[0])
            checks.append(Check("at_" + reg.name, (reg.id,), k, f"≥ {n_cell} cell(s)", rtol, k >= n_cell,
                                reg.span.text if reg.span else ""))
    return checks


# ---------------------------------------------------------------------------------------------
# the plug-in


@register("nesy.microscopy.v1")
class MicroscopyDomain(ExactRender):
    """Fluorescence micrographs of nuclei: fitted sizes, proven area laws, a pixel-only verifier."""

    name = "nesy.microscopy.v1"
    key = "microscopy"
    verify_uses_layout = True      # the pipeline passes the layout: every nucleus is matched to its place

    def score(self, text: str) -> float:
        """0 without a microscopy cue (micrograph, fluorescence, binucleate, field, nuclei touching …);
        0.5 when another science's words are present; else 10 + the number of phrases read."""
        return _score(text)

    def figure_kind(self, text: str) -> bool:
        """Whether ``text`` asks for a micrograph by how it speaks of what it shows: a microscope's field (of
        view) holding counted cells or nuclei ("a field of 25 cells", "36 cells in this field", "two fields: the
        first has 14 nuclei") — a population seen through a microscope, whatever cell words it names them with
        ("a red blood cell", "mitosis"): detection's evidence that decides over those words
        (``microscopy_restate.field_of_cells``)."""
        from .microscopy_restate import field_of_cells
        return field_of_cells(text)

    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        return parse_microscopy(text, allow_unknown=allow_unknown)

    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0, feedback: Verdict | None = None,
              timeout_s: float = 10.0) -> Layout:
        """Deterministic per (seed, attempt); another attempt samples other sizes and places."""
        return layout_microscopy(scene, seed=seed, attempt=attempt, timeout_s=timeout_s)

    def verify(self, png: bytes, scene: SceneGraph, layout: Layout | None = None) -> Verdict:
        return verify_microscopy(png, scene, layout)

    def render(self, layout: Layout, scene: SceneGraph, *, controls: bool = True) -> Rendering:
        """The exact figure is a micrograph painted from the layout (``nesy.micro.paint``: the real
        background, contrast and noise, seeded by the layout); figure.svg holds it as an image over the
        exact outlines (hidden, kept for the record); the control maps come from the exact outlines."""
        import base64
        import io
        from dataclasses import replace
        from PIL import Image
        from ..micro.paint import paint
        from ..render.svg import render_layout
        exact = render_layout(layout, controls=controls)
        buf = io.BytesIO()
        from .microscopy_marks import burn
        gray = paint(layout, fitted()["realism"])
        rgb = (layout.extra("imaging") or {}).get("rgb")
        img = (gray[..., None] * np.array(rgb, np.uint8)[None, None, :]).astype(np.uint8) \
            if rgb and list(rgb) != [1.0, 1.0, 1.0] else gray     # a pseudo-coloured channel ("in the blue channel")
        Image.fromarray(img, mode="RGB" if img.ndim == 3 else "L").save(buf, format="PNG")
        uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
        # the scale bar and the stain's name (microscopy_marks): burned into figure.png, vector marks in the SVG
        marked, frag = burn(img, layout.extra("marks"))
        if frag:
            buf = io.BytesIO()
            Image.fromarray(marked, mode="RGB" if marked.ndim == 3 else "L").save(buf, format="PNG")
        png = buf.getvalue()
        w, h = exact.width, exact.height
        open_end = exact.svg.index(">", exact.svg.index("<svg")) + 1
        svg = (exact.svg[:open_end] + '<g visibility="hidden">' + exact.svg[open_end:exact.svg.rindex("</svg>")]
               + f'</g><image x="0" y="0" width="{w}" height="{h}" href="{uri}"/>{frag}</svg>')
        return replace(exact, svg=svg, png=png)

    def artifacts(self, layout: Layout, scene: SceneGraph) -> dict[str, bytes]:
        """``ellipses.json`` (the exact nuclei and cells, the ControlNet contract) and ``labels.png``
        (16-bit instance labels of the nuclei, label i+1 = ``ids[i]`` of ellipses.json)."""
        import io as _io
        from PIL import Image
        from ..micro.masks import label_image
        lab, ids = label_image(layout)
        buf = _io.BytesIO()
        Image.fromarray(lab.astype(np.uint16)).save(buf, format="PNG")
        meta = {"class": layout.extra("class"), "field": layout.extra("field"),
                "ellipses": layout.extra("ellipses"), "label_ids": ids,
                "imaging": {**(scene.attr("imaging") or {}), **({"drawn": layout.extra("imaging")}
                                                               if layout.extra("imaging") else {})}}
        if layout.extra("marks"):
            meta["marks"] = layout.extra("marks")     # the scale bar and the stain's name drawn over the image
        out = {"ellipses.json": json.dumps(meta, indent=1).encode(), "labels.png": buf.getvalue()}
        from .microscopy_caption import caption_text
        from .microscopy_marks import assumed_lines
        # what nesy assumed, said beside the micrograph (issue 12), with what the scale bar rests on
        cap = caption_text(meta["imaging"], assumed_lines(layout.extra("marks")))
        if cap:
            out["caption.txt"] = cap.encode()
        return out
