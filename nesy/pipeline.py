"""The pipeline: parse → solve → render → verify, and the one loop that re-solves on a failed verdict.

``generate`` returns a ``Result`` (scene, layout, rendering, verdict) and, given ``out_dir``, writes
the files of the command-line contract: figure.svg, figure.png, scene.json, layout.json,
verdict.json, control/, the domain's artifacts (structure.cif for crystals) and manifest.json (every
file of the run with its SHA-256). A reused output folder loses the previous run's files first.

``timeout_s`` is the wall-clock budget of the whole run (every solve of every round); a run past it
raises ``SolverTimeoutError`` with the seconds actually spent.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import shutil
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import InputError, MissingExtraError, SolverTimeoutError, VerificationFailedError
from .render.export import check_export
from .repair import MARGIN_PX, composite, plan
from .resources import load_yaml
from .types import Layout, NotDrawn, Rendering, SceneGraph, Span, Verdict, _freeze, _thaw, plain

__all__ = ["Result", "generate", "parse", "explain", "verify_image", "load_spec", "write_outputs",
           "check_out_dir", "check_timeout", "MAX_TIMEOUT_S"]

MAX_TIMEOUT_S = 3600.0
# A text more than a third of whose content words a science cannot read is refused rather than drawn with
# omissions: on SciGenBench's development texts every figure drawn from less than two thirds of the text
# misread what it drew (26 cells drawn as 56; one resistor as two); figure requests with a typo or an
# unknown word or two leave 5-38 % unread (benchmarks/RESULTS.md, "Honest accounting"). The share is taken
# over the sentences the science reads something of: an aside it reads nothing of ("She'll add the city
# labels herself with glitter pens.") is listed as not drawn but does not make the rest unreadable.
MAX_NOT_DRAWN_SHARE = 1 / 3
# ... and over the whole text, asides included (above it the text is likely about none of nesy's sciences)
MAX_NOT_DRAWN_SHARE_ALL = 1 / 2
# words that deny what follows them; a text with one the science cannot read is refused, never drawn
NEGATION = re.compile(r"(?i)(?<![\w'])(?:no|not|none|nobody|no-one|never|neither|nor|without|w/o|cannot|can't|n't|isn't|aren't|"
                      r"doesn't|don't|lacks?|lacking|absent|except|excluding)(?![\w'])")
MAX_IMAGE_BYTES = 64 * 1024 * 1024  # an image file given to ``verify``
# Files a run of any science may write; cleared from a reused output folder (with what manifest.json lists).
_OUTPUT_NAMES = ("figure.svg", "figure.png", "scene.json", "layout.json", "verdict.json", "rounds.json",
                 "manifest.json", "structure.cif", "orbits.json", "optics.json", "figure.json", "forces.json",
                 "circuit.cir", "automaton.json", "ellipses.json", "labels.png", "figure.pdf", "figure-print.png")
_OUTPUT_DIRS = ("control", "rounds")


@dataclass(frozen=True)
class Result:
    scene: SceneGraph
    layout: Layout
    rendering: Rendering
    verdict: Verdict
    timings: dict[str, float]
    # Every round's verdict and, when a renderer other than the exact one drew it, its image (PNG bytes).
    rounds: tuple[tuple[Verdict, bytes | None], ...] = ()
    # What each round did and why (nesy.repair): {"kind": draw | redraw | resolve, "entities", "reasons",
    # "how", "improved"}
    actions: tuple[dict[str, Any], ...] = ()
    # The style variants the figure was drawn with (nesy.render.style: palette, symbols)
    style: tuple[tuple[str, str], ...] = ()

    @property
    def passed(self) -> bool:
        """Whether the figure passed every check of its verdict (of what it draws: see ``complete``)."""
        return self.verdict.passed

    @property
    def not_drawn(self) -> tuple[NotDrawn, ...]:
        """The phrases of the text the figure does not show, each with its position and why."""
        return self.scene.not_drawn

    @property
    def complete(self) -> bool:
        """Whether the figure shows everything the text states (nothing in ``not_drawn``). Only a passed
        and complete figure is fully verified."""
        return not self.scene.not_drawn

    def save(self, out_dir: str | Path, *, pdf: bool = False, dpi: float | None = None,
             width: int | None = None) -> Path:
        """Write the command-line contract's files (figure.svg/png, scene.json, …) into ``out_dir``;
        ``pdf``: also figure.pdf; ``dpi``/``width``: also figure-print.png (``nesy.render.export``)."""
        check_out_dir(out_dir)
        check_export(dpi, width)
        write_outputs(self, out_dir, pdf=pdf, dpi=dpi, width=width)
        return Path(out_dir)


def _profile(name: str = "default") -> dict[str, Any]:
    profs = load_yaml("solvers", "profiles.yaml")
    if name not in profs:
        raise InputError(f"profile must be one of {sorted(profs)}, got {name!r}")
    return profs[name]


def parse(text: str, *, domain: str | None = None, allow_unknown: bool = False,
          strict: bool | None = None) -> SceneGraph:
    """Text → SceneGraph with the named domain, or the one whose vocabulary fits best.

    Every word the science's grammar did not read is accounted for (``nesy.parse.account``): words known
    to carry nothing a figure shows ("calculate", "labelled", "what is", "the") join ``scene.ignored``;
    the rest are ``scene.not_drawn``, phrases with their position and why. ``strict`` (default: ``not
    allow_unknown``) refuses any not-drawn phrase with ``UnknownWordsError``; otherwise the scene carries
    them and a figure drawn from it is not complete.
    """
    from .errors import NesyError, NothingToDrawError, OutOfScopeError, UnknownWordsError
    from .parse.account import account
    from .parse.grammar import check_text
    from .parse.markup import Normalized, normalize, replace_spans
    from .parse.repairs import read_as_meant
    from .parse.spelling import corrections
    from .parse.documents import read_documents
    from .parse.structured import read_scaffolding
    from .types import Correction
    from .registry import detect_domain, get_domain
    check_text(text)
    # math markup ({eq}…{/eq}, $…$, LaTeX commands) is read as the plain notation it stands for
    # ("8 {eq}\\mu{/eq}F" → "8 μF"); every position is mapped back to the user's text
    norm = normalize(text)
    from .parse.named_standards import named_standards
    from .parse.patent import patent_register
    # "an A4 sheet": a 21.0 cm by 29.7 cm rectangle (ISO 216); "said nucleus … comprising": "the nucleus … with"
    named = [(*e, "standard") for e in named_standards(norm.text)]
    named += [(*e, "wording") for e in patent_register(norm.text)
              if not any(a < e[1] and e[0] < b for a, b, _n, _k in named)]
    if named:
        back0 = norm.span if norm.text != text else (lambda a, b: (a, b))
        named_read = [Correction(*back0(a, b), text[slice(*back0(a, b))], new, kind) for a, b, new, kind in named]
        norm = replace_spans(norm, [e[:3] for e in named])
    else:
        named_read = []
    from .parse.set_aside_clauses import set_aside_clauses
    # "Unlike silicon, which is diamond cubic, …", "If B were {1, 2} it would …, but …": another thing's words (before
    # the documents' readers, which take a thing named only in a denial — "(not a mirror)" — for no thing drawn)
    aside = set_aside_clauses(norm.text)
    aside_read: list[Any] = []
    if aside:
        aside_read = [Correction(*norm.span(a, b), text[slice(*norm.span(a, b))], "", "context")
                      for a, b, _ in aside]
        norm = replace_spans(norm, aside)
    norm, said, reread = read_documents(norm)  # e-mail quotes, EDIT:, footnotes, CSV, a tutor's correction
    norm, scaffold = read_scaffolding(norm)  # chat stamps, "Step 6:", tables, JSON and key: value specs
    scaffold = said.merged(scaffold)
    norm, meant = read_as_meant(norm)  # self-repairs ("five — no, six — nuclei"), "dont" → "don't"
    from .parse.former_latter import former_latter
    norm = replace_spans(norm, former_latter(norm.text))  # "KCl and CsCl. The former …": "KCl …"
    from .parse.coordinate_adjectives import coordinate_adjectives
    norm = replace_spans(norm, coordinate_adjectives(norm.text))  # "eleven blue, oval nuclei": one count
    from .parse.ones_anaphora import counted_more, counted_none, counted_ones, ditto_counts
    norm = replace_spans(norm, counted_ones(norm.text))  # "six bright nuclei and six dim ones": "… six dim nuclei"
    norm = replace_spans(norm, ditto_counts(norm.text))  # "Two mitochondria, and ditto for chloroplasts": "two …"
    norm = replace_spans(norm, counted_more(norm.text))  # "ten nuclei and two more in the centre": "… more nuclei …"
    norm = replace_spans(norm, counted_none(norm.text))  # "… has two mitochondria, the middle one has none": "no …"
    from .parse.verb_ellipsis import verb_ellipsis   # "Y contains 2 and 3, as does Z": "…, and Z contains 2 and 3"
    norm = replace_spans(norm, verb_ellipsis(norm.text))
    if not norm.text.strip():
        norm = Normalized(text, text, tuple(range(len(text))), tuple(range(1, len(text) + 1)))
    plain = norm.text
    back = norm.span if plain != text else (lambda a, b: (a, b))  # plain-text span → the user's text
    early: list[Any] = list(reread) + list(meant) + named_read + aside_read
    set_aside: list[tuple[int, int]] = []   # mark schemes read around (nesy.parse.mark_scheme)
    try:
        dom = get_domain(domain) if domain else None
        if dom is None:
            try:
                dom = detect_domain(plain)
            except OutOfScopeError as e0:
                # misspellings may hide which science a text is about ("fluorecence image with 9 nucleii"):
                # detect again with every science's own words, reporting each correction
                seen = corrections(plain, [(0, len(plain))], None)
                if not seen:
                    raise
                norm2 = replace_spans(norm, [(c.start, c.end, c.read_as) for c in seen])
                try:
                    dom = detect_domain(norm2.text)
                except OutOfScopeError:
                    raise e0 from None
                early += [Correction(*back(c.start, c.end), text[slice(*back(c.start, c.end))], c.read_as)
                          for c in seen]
                norm, plain = norm2, norm2.text
                back = norm.span
        # each science's readings of wording (``_WORDINGS``): "on 1, A goes to B", "… in each cell", each side with
        # its measure, the listed values, "four clusters of 3 nuclei", "Mercury, Earth and Mars"
        worded = _wordings(dom.key, plain)
        if worded:
            early += [Correction(*back(a, b), text[slice(*back(a, b))], new, "wording") for a, b, new in worded]
            norm = replace_spans(norm, worded)
            plain, back = norm.text, norm.span
        if dom.key == "sets":
            # "nothing touches C", "C is disjoint from the others": the others named (nesy.parse.set_others)
            from .parse.set_others import set_others
            from .parse.set_cardinalities import set_cardinalities
            sizes = set_cardinalities(plain)   # "A ∩ B: 2 elements": |A ∩ B| = 2 (nesy.parse.set_cardinalities)
            if sizes:
                early += [Correction(*back(a, b), text[slice(*back(a, b))], new, "wording") for a, b, new in sizes]
                norm = replace_spans(norm, sizes)
                plain, back = norm.text, norm.span
            others = set_others(plain)
            if others:
                norm = replace_spans(norm, others)
                plain, back = norm.text, norm.span
        try:
            scene, asked = _parse_statements(dom, plain)
        except NesyError as e0:
            # an exam question's mark scheme the science cannot read: the question alone is drawn, each mark
            # scheme listed as not drawn (nesy.parse.mark_scheme)
            marked = _without_mark_scheme(dom, e0, plain)
            if marked is not None:
                scene, asked, plain, set_aside = marked
                norm = Normalized(norm.original, plain, norm.src_start, norm.src_end, norm.math)
            else:
                # a misspelt word may be why the science could not read the text at all ("a convex lense")
                more = corrections(plain, [(0, len(plain))], dom.key)
                # then a typo that makes another English word ("the angels at X"), swapped letters only
                more = more or corrections(plain, [(0, len(plain))], dom.key, real_words=True)
                if not more:
                    raise
                norm2 = replace_spans(norm, [(c.start, c.end, c.read_as) for c in more])
                try:
                    scene, asked = _parse_statements(dom, norm2.text)
                except NesyError:
                    raise e0 from None
                early += [Correction(*back(c.start, c.end), text[slice(*back(c.start, c.end))], c.read_as)
                          for c in more]
                norm, plain = norm2, norm2.text
                back = norm.span
    except NothingToDrawError as e:
        if domain:
            raise
        # the science detected finds nothing of its own in the text: the text may be about none of nesy's
        # sciences ("a supply and demand diagram showing the equilibrium price" read as mechanics)
        from .registry import _sciences
        raise OutOfScopeError(f"{e} (is the text about one of nesy's sciences? nesy draws: {_sciences()})",
                              candidates=()) from None
    except NesyError as e:
        if plain != text:
            _errors_to_original(e, text, back)
        raise
    from .parse.stray_numbers import restated_counts
    scene = restated_counts(scene, plain)   # "three circles labelled A, B and C": a count the figure shows
    acc = account(plain, scene.unknown + _lost_scope(plain, scene.ignored), scene.domain, scene.ignored)
    spans_nd = [(n.start, n.end) for n in acc.not_drawn]
    # (then a typo that makes another English word, swapped letters only: "the angels at X and Y are 40° and 60°"
    # — kept, as every correction here, only if more of the text is then read)
    fixes = (corrections(plain, spans_nd, scene.domain, doubled=True)
             or corrections(plain, spans_nd, scene.domain, real_words=True)) if acc.not_drawn else []
    if fixes:
        # misspelt science words ("mitocondria"): read again with the science's own words, kept only if
        # more of the text is then read; every position still maps back to the user's text
        norm2 = replace_spans(norm, [(c.start, c.end, c.read_as) for c in fixes])
        try:
            scene2, asked2 = _parse_statements(dom, norm2.text)
            scene2 = restated_counts(scene2, norm2.text)
            acc2 = account(norm2.text, scene2.unknown, scene2.domain, scene2.ignored)
        except NesyError:
            acc2 = None
        if acc2 is not None and acc2.not_drawn_words < acc.not_drawn_words:
            fixes = [Correction(*back(c.start, c.end), text[slice(*back(c.start, c.end))], c.read_as) for c in fixes]
            norm, plain, scene, asked, acc = norm2, norm2.text, scene2, asked2, acc2
            back = norm.span
        else:
            fixes = []
    from .parse.comparatives import comparative_readings, unread_comparisons
    compared, compared_as = comparative_readings(plain)
    # "three times as far from the lens as the object" with "times" unread: the rest would be drawn as an equality
    # (and "2 cm longer than QR" with "longer than" unread as PQ = 2 cm): refused by name, never a wrong figure
    lost = unread_comparisons(compared, [(n.start, n.end) for n in acc.not_drawn]
                              + [(s.start, s.end) for s in tuple(scene.ignored) + tuple(acc.ignored)])
    if lost:
        raise UnknownWordsError([(text[slice(*back(a, b))], *back(a, b)) for a, b in lost], text, why=(
            f"a value stated by comparison that the {scene.domain} grammar does not read and nesy cannot work out "
            "(drawn without it, the rest would be read as the plain value or as an equality); state the value "
            "itself ('60 cm from the lens', 'PQ is 7 cm')"))
    from .parse.negated_reads import negated_reads
    # "but not equilateral", "no circumscribed circle": a negation passed over right before words read as stated
    denied = negated_reads(scene, plain, NEGATION, acc.ignored)
    if denied:
        raise UnknownWordsError([(text[slice(*back(a, b))], *back(a, b)) for a, b in denied], text, why=(
            f"a negation the {scene.domain} grammar does not read, before words it read as stated: drawn, the figure "
            "would show what the text denies; say what is there instead"))
    from .parse.revisions import WHY as _REVISED_WHY, unread_revisions
    from .parse.repairs import kind_of
    # "… Jupiter at 5.2 AU — sorry, not Jupiter: Saturn", "Actually, leave Venus out.": a correction no reader
    # applied (its marker not drawn, or read as politeness) is refused by name, never drawn as written
    revised = unread_revisions(plain, [(n.start, n.end) for n in acc.not_drawn]
                               + [(n.start, n.end) for n in acc.no_content],
                               [(x.start, x.end) for x in tuple(scene.ignored) + tuple(acc.ignored)])
    # (a marker with a repair applied right after it is read: "Sorry, I miscounted - make it ten mitochondria")
    revised = [(a, b) for a, b in revised if not any(
        0 <= c.start - back(a, b)[0] <= 150 and kind_of(c) in ("self-repair", "correction") for c in early)]
    if revised:
        raise UnknownWordsError([(text[slice(*back(a, b))], *back(a, b)) for a, b in revised], text,
                                why=_REVISED_WHY)
    not_drawn = tuple(NotDrawn(*back(n.start, n.end), text[slice(*back(n.start, n.end))], n.why)
                      for n in acc.not_drawn) + scaffold.not_drawn
    # (a mark scheme set aside is not drawn at all, its negations included: listed after the negation check)
    from .parse.mark_scheme import WHY as _MARKS_WHY
    marks_nd = tuple(NotDrawn(*back(a, b), text[slice(*back(a, b))], _MARKS_WHY) for a, b in set_aside)
    strict = (not allow_unknown) if strict is None else strict
    # (a negation the science vouches denies nothing it draws — "Why gold never rusts" — is listed as not drawn)
    # (the words themselves, as the science was given them: a phrase mapped back through a rewritten line spans
    # the whole line, whose other words — a read "nobody ticked both" — are not the phrase's)
    said = [p.text for p in acc.not_drawn] + [n.text for n in scaffold.not_drawn]
    # (nor does one in an aside the science reads nothing of: "do not breathe the dust" on a safety sheet)
    aside = [any(a <= p.start and p.end <= b for a, b in acc.asides) for p in acc.not_drawn] \
        + [False] * len(scaffold.not_drawn)
    # (nor one that denies only the figure's presentation: "no title", "no labels on the lysosomes")
    from .parse.presentation import denies_only_presentation
    negated = [n for n, w, in_aside in zip(not_drawn, said, aside) if NEGATION.search(w) and not in_aside
               and not (hasattr(dom, "denies_nothing_drawn") and dom.denies_nothing_drawn(w))
               and not denies_only_presentation(w)]
    if negated and not strict:
        # "a cell w/o a nucleus": unread, the negation would leave the rest drawing what the text denies
        raise UnknownWordsError([(n.text, n.start, n.end) for n in negated], text, why=(
            f"a negation the {scene.domain} grammar does not read: drawn without it, the figure would show what "
            "the text denies"))
    not_drawn = tuple(sorted(not_drawn + marks_nd, key=lambda n: (n.start, n.end)))
    rates = _unread_rates(plain, acc.not_drawn)
    if rates:
        # "two mitochondria per nucleus" with "per" unread: drawn, the rate would be two more mitochondria
        raise UnknownWordsError([(text[slice(*back(a, b))], *back(a, b)) for a, b in rates], text, why=(
            f"a count per another thing that the {scene.domain} grammar does not read (drawn, the rate would be "
            "drawn as that many more); give the total ('4 mitochondria')"))
    uncounted = _unread_counts(scene, plain, acc.not_drawn)
    if uncounted:
        # "chloroplasts evenly spread, tallied at 6" with the tally unread: drawn, the plural's default count would
        # stand in for the number the text gives — a figure that looks complete and is wrong
        raise UnknownWordsError([(text[slice(*back(a, b))], *back(a, b)) for a, b in uncounted], text, why=(
            f"a number the {scene.domain} grammar does not read, in the sentence of a plural it would draw at its "
            "default count; put the count right before the noun ('6 chloroplasts')"))
    measures = _unread_measures(dom, plain, list(acc.not_drawn) + list(scene.ignored) + list(acc.ignored))
    # (a measure the science leaves out on purpose — of "a 30 Ω resistor" only a question names — has no default)
    spared = dom.parts_left_out(plain, scene) if hasattr(dom, "parts_left_out") else []
    measures = [q for q in measures if not any(a <= q[0] and q[1] <= b for a, b in spared)]
    if measures:
        # "a frame of three quarters of a kilogram" unread: drawn, the science's default (5 kg) would stand in for it
        raise UnknownWordsError([(text[slice(*back(a, b))], *back(a, b)) for a, b, _ in measures], text, why=(
            f"a measure the {scene.domain} grammar cannot read (drawn without it, a default value would stand in "
            "for it); write it as a number in digits and its unit ('0.75 kg', '2.5 AU')"))
    # (asides only ever spare a text: the share over the read sentences counts only where the whole text's does)
    too_little = (acc.read_share > MAX_NOT_DRAWN_SHARE and acc.not_drawn_share > MAX_NOT_DRAWN_SHARE) \
        or acc.not_drawn_share > MAX_NOT_DRAWN_SHARE_ALL
    if not_drawn and (strict or too_little):
        words = [(n.text, n.start, n.end) for n in not_drawn]
        if strict:
            raise UnknownWordsError(words, text)
        from .registry import _sciences
        if acc.not_drawn_share > MAX_NOT_DRAWN_SHARE_ALL:
            why = (f"{acc.not_drawn_words - acc.style_words} of the text's {acc.content_words - acc.style_words} "
                   f"content words (style words aside) are not understood by "
                   f"the {scene.domain} grammar (more than {MAX_NOT_DRAWN_SHARE_ALL:.0%}), too little to draw a "
                   f"figure of it (is it about one of nesy's sciences? nesy draws: {_sciences()})")
        else:
            style = acc.style_words - acc.aside_style_words
            n, m = acc.not_drawn_words - acc.aside_not_drawn - style, acc.content_words - acc.aside_words - style
            why = (f"{n} of the {m} content words of the sentences the {scene.domain} grammar reads are not "
                   f"understood (more than {MAX_NOT_DRAWN_SHARE:.0%}), too little to draw a figure of it")
        raise UnknownWordsError(words, text, why=why)
    ignored = tuple(sorted(set(scene.ignored) | set(acc.ignored) | set(asked), key=lambda s: (s.start, s.end)))
    unknown = tuple(s for s in scene.unknown if any(n.start < s.end and s.start < n.end for n in acc.not_drawn))
    scene = replace(scene, ignored=ignored, unknown=unknown)
    if plain != text:
        scene = _scene_to_original(scene, text, back)
    no_content = tuple(NotDrawn(*back(n.start, n.end), text[slice(*back(n.start, n.end))], n.why)
                       for n in acc.no_content)
    scene = scaffold.add_to(scene)  # the scaffolding blanked: ignored, each with why among no_content
    # each value worked out from a comparison, as the science read it ("'three times as far from the lens as' read as
    # '60 cm from the lens'")
    compared_as = [Correction(*back(a, b), text[slice(*back(a, b))], said) for a, b, said in compared_as]
    return replace(scene, not_drawn=not_drawn, no_content=no_content + scaffold.no_content,
                   corrections=tuple(sorted(early + fixes + compared_as, key=lambda c: c.start)))


def _unread_measures(dom: Any, text: str, not_drawn: Any) -> list[tuple[int, int, str]]:
    """The quantity phrases among ``not_drawn`` (spans the science did not read, or passed over as carrying
    nothing) — a number with its unit — of a kind the science ``dom`` draws from the text (its
    ``drawn_quantities``): (start, end, dimensionality) in ``text``. A quantity whose value the science read
    where it was stated ("the output across the 4.7 kΩ" after "a 4.7 kΩ resistor") is not one."""
    units = getattr(dom, "drawn_quantities", ())
    if not units or not not_drawn:
        return []
    from .parse.quantities import dimension_of, find_quantities, unread_quantities
    spans = [(n.start, n.end) for n in not_drawn]
    out = unread_quantities(text, spans, {dimension_of(u) for u in units})
    if out:
        # "the output across the 4.7 kΩ": a value read where it was stated, named again to point at its part
        unread = bytearray(len(text) + 1)          # 1 where a span the science did not read lies
        for a, b in spans:
            unread[a:b] = b"\x01" * (b - a)
        read: dict[tuple, list[tuple[int, int]]] = {}  # each value read, and where it stands
        for f in find_quantities(text):
            if not any(unread[f.span[0]:f.span[1]]):
                read.setdefault((f.si, f.dimensionality), []).append(f.span)
        out = [q for q in out if not any(
            not (q.start < e and s < q.end)
            for r in find_quantities(text[q.start:q.end]) for s, e in read.get((r.si, r.dimensionality), ()))]
    return [tuple(q) for q in out]


# a scope word a grammar passed over as filler where it changes what a relation says: "x is in both",
# "inside all three" (which things?), "y only in A" (and in no other) — reported as not drawn, never dropped
_SCOPE_LOST = re.compile(r"(?i)\b(?:in|inside|within|of|to|from|between|across|around|outside)\s+(both|all)\b"
                         r"(?!\s+(?:of\s+)?(?:the|these|those|them|\w+s)\b)|\b(only)\s+(?:in|inside|within)\b")


def _lost_scope(text: str, ignored: Any) -> tuple[Span, ...]:
    """The spans of ``ignored`` that are scope words ``_SCOPE_LOST`` finds in a place where they carry meaning."""
    spots = set()
    for m in _SCOPE_LOST.finditer(text):
        g = 1 if m.group(1) else 2
        spots.add((m.start(g), m.end(g)))
    return tuple(sp for sp in ignored if (sp.start, sp.end) in spots)


def _without_mark_scheme(dom: Any, err: Exception, plain: str) -> tuple[SceneGraph, list[Span], str,
                                                                       list[tuple[int, int]]] | None:
    """When the science refused ``plain`` (``err``, bad input, never an impossibility) and ``plain`` holds an exam
    question's mark scheme (``nesy.parse.mark_scheme``): the scene and asked spans of the text with every mark
    scheme blanked (offsets kept), that text, and the mark schemes' spans. None when there is none, or the
    question alone is refused too."""
    from .errors import InputError, NesyError, OutOfScopeError
    from .parse.mark_scheme import mark_scheme_spans
    if not isinstance(err, InputError) or isinstance(err, OutOfScopeError):
        return None
    spans = mark_scheme_spans(plain)
    if not spans:
        return None
    masked = list(plain)
    for a, b in spans:
        masked[a:b] = [c if c == "\n" else " " for c in plain[a:b]]
    blanked = "".join(masked)
    if not blanked.strip():
        return None
    try:
        scene, asked = _parse_statements(dom, blanked)
    except NesyError:
        return None
    return scene, asked, blanked, spans


def _parse_statements(dom: Any, plain: str) -> tuple[SceneGraph, list[Span]]:
    """The science's scene of what ``plain`` states, and the spans it was not given: the question sentences
    (``nesy.parse.account.questions``) and the remarks about the drawing itself ("It doesn't need to be to
    scale.", ``nesy.parse.remarks``). A science that reads questions itself (``reads_questions``: mechanics
    marks the asked quantity) gets its questions. The spans are blanked out (offsets kept), unless nothing
    would be left to draw."""
    from .errors import NesyError
    from .parse.account import questions
    from .parse.comparatives import read_comparatives
    from .parse.remarks import figure_remarks
    # "twice as many X as Y" → "6 X", "2 cm longer than QR, and QR is 5 cm" → "7 cm" (offsets kept)
    told, plain = plain, read_comparatives(plain)
    qs = [] if getattr(dom, "reads_questions", False) else questions(plain)
    rs = figure_remarks(plain)
    tries = [sorted(set(qs) | set(rs))] + ([rs] if qs and rs else [])
    for blank in tries:
        if not blank:
            continue
        masked = list(plain)
        for a, b in blank:
            masked[a:b] = " " * (b - a)
        try:
            scene = dom.parse("".join(masked), allow_unknown=True)
            if scene.entities:
                return replace(scene, text=told), [Span(a, b, told[a:b]) for a, b in blank]
        except NesyError:
            pass
    scene = dom.parse(plain, allow_unknown=True)
    return (scene if plain == told else replace(scene, text=told)), []


# Each science's readings of wording before it reads the text, in order (module:function, each giving
# (start, end, new) edits; an edit overlapping one an earlier reader gave is dropped):
_WORDINGS: dict[str, tuple[str, ...]] = {
    # "input 1 moves A to B, B to C": "on 1, A goes to B, B to C"; "two languages …: A and B. Draw a DFA for the
    # former": A alone; "the leftmost symbol", "to the right of": "the first symbol", "after"
    "automata": ("domains.automata_causative:causative_moves", "domains.automata_former:chosen_language",
                 "domains.automata_positions:position_words", "domains.automata_positions:gapped_moves",
                 "domains.automata_roles:verbless_roles"),
    # "four chloroplasts per cell", "one vacuole apiece": "… in each cell"; "the second cell is the same as the first"
    "cell": ("domains.cell_distributive:postposed_each", "domains.cell_distributive:same_as_first",
             "domains.cell_distributive:per_side", "domains.cell_distributive:fronted_each"),
    # "every side 6 cm except BC and DA, which are 4 cm": each side with its measure; "A at the bottom left, B 8 cm to
    # the right of A, C 6 cm above B": the vertices' coordinates
    "geometry": ("domains.geometry_except:all_but", "domains.geometry_directions:direction_coordinates"),
    # "four resistors, all 100 Ω except the last one, which is 470 Ω": the values listed; "R2 is the same as R1": R1's
    # value; "across the load": the one resistor; "between the top rail and the bottom rail": across the source
    "circuits": ("domains.circuits_except:all_but", "domains.circuits_except:same_values",
                 "domains.circuits_except:the_load", "domains.circuits_rails:between_rails",
                 "domains.circuits_after:fronted_after"),
    # "four clusters of nuclei, each cluster with three nuclei": "four clusters of 3 nuclei"; "three clusters …: 3, 4
    # and 5 nuclei": "a cluster of 3 nuclei, a cluster of 4 nuclei and a cluster of 5 nuclei"
    # "each 1.0e-5 m across", "7000 nm", "pixel size 6.5e-7 m": the lengths in µm, as plain decimals
    "microscopy": ("domains.microscopy_groups:group_counts", "domains.microscopy_groups:listed_groups",
                   "domains.microscopy_groups:side_halves", "domains.microscopy_lengths:lengths_in_um"),
    # "overlapping F's lower right edge": F
    # "They share 3 of the 13 elements" (two rosters): a count, read as the relation it implies, checked against them
    "sets": ("domains.sets_edges:edge_possessives", "domains.sets_shared_counts:shared_counts"),
    # "both radii 20 cm", "radii of curvature 18 cm and 13 cm": "R1 = 20 cm and R2 = 20 cm" (the lensmaker's equation)
    "optics": ("domains.optics_lensmaker:plural_radii",),
    # "every planet out to Mars but Venus": "Mercury, Earth and Mars"; "the other planet" of two named; "Mars further
    # out at 1.52 AU" (after Earth at 1 AU): the distances say it
    "astronomy": ("domains.astronomy_ranges:planet_ranges", "domains.astronomy_ranges:the_other_planet",
                  "domains.astronomy_compared:checked_comparisons"),
}


def _wordings(key: str, plain: str) -> list[tuple[int, int, str]]:
    """The edits of the science ``key``'s readings of wording (``_WORDINGS``) on ``plain``, disjoint, in order."""
    import importlib
    out: list[tuple[int, int, str]] = []
    for ref in _WORDINGS.get(key, ()):
        mod, fn = ref.split(":")
        edits = getattr(importlib.import_module(f".{mod}", __package__), fn)(plain)
        out = sorted(out + [e for e in edits if not any(a < e[1] and e[0] < b for a, b, _ in out)])
    return out


def _unread_rates(plain: str, not_drawn: Any) -> list[tuple[int, int]]:
    """The phrases "<count> <noun> per <noun>" of ``plain`` whose "per" is not drawn ("two mitochondria per
    nucleus"): (start, end) from the count to the noun after "per"."""
    from .parse.words import number_rx
    out = []
    for n in not_drawn:
        if not re.fullmatch(r"(?i)per", plain[n.start:n.end].strip()):
            continue
        before = re.search(rf"(?i)(?<![\w.])(?:{number_rx()})\s+(?:[^\W\d_][\w-]*\s+){{0,2}}[^\W\d_][\w-]*\s+$",
                           plain[:n.start])
        after = re.match(r"\s*(?:[^\W\d_][\w-]*\s+)?[^\W\d_][\w-]*", plain[n.end:])
        if before and after:
            out.append((before.start(), n.end + after.end()))
    return out


def _unread_counts(scene: SceneGraph, plain: str, not_drawn: Any) -> list[tuple[int, int]]:
    """The not-drawn phrases of ``plain`` holding a bare number ("counted 6", "6 of them") in the sentence of a
    plural drawn at the grammar's default count (no count given): each may be that plural's count."""
    from .parse.words import number_rx
    plurals = [e.span for e in scene.entities if dict(e.attributes).get("count_default") and e.span is not None]
    if not plurals:
        return []
    ends = [m.end() for m in re.finditer(r"[.;!?\n]", plain)]

    def sentence(at: int) -> int:
        return sum(1 for x in ends if x <= at)
    from .parse.quantities import find_quantities
    quantities = find_quantities(plain)
    out = []
    for n in not_drawn:
        num = re.search(rf"(?i)(?<![\w.]){number_rx()}(?![\w.])", plain[n.start:n.end])
        if num is None or not any(sentence(p.start) == sentence(n.start) for p in plurals):
            continue
        at = n.start + num.start()
        # (a measure is no count: "approx. 20 µm across"; nor is a list of numbers, which names: "Elements in A: 1, 2")
        if any(q.start <= at < q.end for q in quantities) or re.search(
                r"\d\s*(?:,|\band\b|&)\s*$", plain[max(0, at - 12):at]) or re.match(
                rf"(?i){number_rx()}\s*(?:,|\band\b|&)\s*\d", plain[at:at + 20]):
            continue
        out.append((n.start, n.end))
    return out


def _span_back(sp: Span | None, text: str, back: Any) -> Span | None:
    if sp is None:
        return None
    a, b = back(sp.start, sp.end)
    return Span(a, b, text[a:b])


def _attrs_back(v: Any, text: str, back: Any) -> Any:
    """Every span inside a scene's attributes (a mapping with exactly start, end and text) mapped back."""
    if isinstance(v, dict):
        if set(v) == {"start", "end", "text"} and isinstance(v["start"], int) and isinstance(v["end"], int):
            a, b = back(v["start"], v["end"])
            return {"start": a, "end": b, "text": text[a:b]}
        if {"start", "end", "phrase"} <= set(v) and isinstance(v["start"], int) and isinstance(v["end"], int) \
                and isinstance(v["phrase"], str):
            # a statement's attribute with its phrase ("fills", "measured": nesy.domains.cell_size)
            a, b = back(v["start"], v["end"])
            return {**{k: _attrs_back(x, text, back) for k, x in v.items() if k not in ("start", "end", "phrase")},
                    "start": a, "end": b, "phrase": text[a:b]}
        return {k: _attrs_back(x, text, back) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return type(v)(_attrs_back(x, text, back) for x in v)
    return v


def _scene_to_original(scene: SceneGraph, text: str, back: Any) -> SceneGraph:
    """A scene parsed from the plain reading of ``text``, with every span pointing into ``text``."""
    from .types import Entity, Relation
    ents = tuple(Entity(e.id, e.kind, e.name, _freeze(_attrs_back(_thaw(e.attributes), text, back)),
                        _span_back(e.span, text, back)) for e in scene.entities)
    rels = tuple(Relation(r.kind, r.source, r.target, _span_back(r.span, text, back)) for r in scene.relations)
    return replace(scene, text=text, entities=ents, relations=rels,
                   attributes=_freeze(_attrs_back(_thaw(scene.attributes), text, back)),
                   ignored=tuple(_span_back(s, text, back) for s in scene.ignored),
                   unknown=tuple(_span_back(s, text, back) for s in scene.unknown))


_AT = re.compile(r"(?<=' at )(\d+)-(\d+)")


def _errors_to_original(e: Any, text: str, back: Any) -> None:
    """Positions in an error raised on the plain reading, mapped back to the user's text (in place)."""
    from .errors import UnknownWordsError, UnsatisfiableError
    if isinstance(e, UnknownWordsError):
        e.words = [(text[slice(*back(s, t))], *back(s, t)) for _, s, t in e.words]
    if isinstance(e, UnsatisfiableError):
        said = [(p.get("text"), q.get("text")) for p, q in zip(e.phrases + e.fix, [
            _attrs_back(p, text, back) for p in e.phrases + e.fix]) if isinstance(p, dict) and isinstance(q, dict)]
        e.phrases = [_attrs_back(p, text, back) for p in e.phrases]
        e.fix = [_attrs_back(p, text, back) for p in e.fix]
        if e.args and isinstance(e.args[0], str):
            # the message quotes the user's words, not the reading's ("A ∩ B: 2 elements", not "n(A ∩ B) = 2")
            msg = e.args[0]
            for old, new in said:
                if old and new and old != new:
                    msg = msg.replace(f'"{old}"', f'"{new}"')
            e.args = (msg, *e.args[1:])
    if e.args and isinstance(e.args[0], str):
        # a phrase quoted with its place ("the phrase '… no b before an a' at 16-120"): the user's words at the
        # place it maps back to, not the reading's ("… no b anywhere to the left of an a")
        def _quote(m: re.Match) -> str:
            a, b = int(m.group(2)), int(m.group(3))
            if len(m.group(1)) != b - a:
                return m.group(0)
            s0, s1 = back(a, b)
            # (the words quoted stand a few characters off in the user's text where the science normalised its own
            # reading — "&" read as "and": the user's words where they are, never a slice at the reading's place;
            # "\0" keeps the place, already the user's, from being mapped again below)
            near = text.find(m.group(1), max(0, s0 - 12), s1 + 12)
            if near >= 0 and text[s0:s1] != m.group(1):
                return f"'{m.group(1)}' at\0{near}-{near + len(m.group(1))}"
            return f"'{text[s0:s1]}' at {a}-{b}"
        msg = re.sub(r"'([^'\n]{1,400})' at (\d+)-(\d+)", _quote, e.args[0])
        msg = _AT.sub(lambda m: "%d-%d" % back(int(m.group(1)), int(m.group(2))), msg).replace("at\0", "at ")
        e.args = (msg, *e.args[1:])


def generate(text: str | None = None, *, scene: SceneGraph | None = None, domain: str | None = None,
             seed: int = 0, rounds: int | None = None, timeout_s: float | None = None,
             allow_unknown: bool = False, controls: bool = True, out_dir: str | Path | None = None,
             profile: str = "default", raise_on_fail: bool = True, renderer: Any = None, pdf: bool = False,
             dpi: float | None = None, width: int | None = None, strict: bool = False,
             palette: str | None = None, symbols: str | None = None) -> Result:
    """Make a verified figure from ``text`` (or a ready ``scene``).

    Words of the text the science does not read are accounted for (``parse``): the figure shows the
    rest, ``Result.not_drawn`` lists each phrase left out with its position and why, and the result is
    not ``complete``; ``strict`` refuses such a text instead (``UnknownWordsError``). ``allow_unknown``
    is accepted for compatibility (the text's unread words are drawn around either way).

    Solves, renders and verifies; on a failed verdict re-solves with another arrangement and wider
    margins, up to ``rounds`` rounds. Raises ``UnsatisfiableError`` for impossible specifications,
    ``VerificationFailedError`` when no round passes (after writing the outputs, when ``out_dir``).

    ``renderer``: an object with ``render(layout, scene, *, seed, attempt) -> Rendering`` that draws
    the figure instead of the domain's exact renderer (e.g. a diffusion model conditioned on the
    layout's control maps); its pixels are verified the same way, and a failed round is re-solved
    and re-rendered with the next attempt number.

    Publication copies (with ``out_dir``): ``pdf`` writes figure.pdf (vector, text as text), ``dpi`` or
    ``width`` writes figure-print.png (anti-aliased, that resolution); both are drawn from the verified SVG.

    Style variants (``nesy.render.style``): ``palette`` ``colour`` (colour-blind safe, the default) or
    ``grey``; ``symbols`` ``ieee`` (the default) or ``iec`` circuit symbols. They change how the figure
    looks, never what it shows; the verifier reads every variant from the pixels alone.
    """
    from .render.style import variant
    with variant(palette=palette, symbols=symbols) as style:
        return _generate(text, scene=scene, domain=domain, seed=seed, rounds=rounds, timeout_s=timeout_s,
                         allow_unknown=allow_unknown, controls=controls, out_dir=out_dir, profile=profile,
                         raise_on_fail=raise_on_fail, renderer=renderer, pdf=pdf, dpi=dpi, width=width,
                         strict=strict, style=tuple(sorted(style.items())))


def _generate(text: str | None, *, scene: SceneGraph | None, domain: str | None, seed: int,
              rounds: int | None, timeout_s: float | None, allow_unknown: bool, controls: bool,
              out_dir: str | Path | None, profile: str, raise_on_fail: bool, renderer: Any, pdf: bool,
              dpi: float | None, width: int | None, strict: bool, style: tuple[tuple[str, str], ...]) -> Result:
    """``generate`` inside its style variant."""
    from .registry import get_domain
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2 ** 32:
        raise InputError(f"seed must be an integer from 0 to 2**32 - 1, got {seed!r}")
    prof = _profile(profile)
    rounds = prof["rounds"] if rounds is None else rounds
    if isinstance(rounds, bool) or not isinstance(rounds, int) or not 1 <= rounds <= 20:
        raise InputError(f"rounds must be an integer from 1 to 20, got {rounds!r}")
    timeout_s = check_timeout(prof["timeout_s"] if timeout_s is None else timeout_s)
    if out_dir is not None:
        check_out_dir(out_dir)
    check_export(dpi, width)
    t0 = time.perf_counter()
    if scene is None:
        if text is None:
            raise InputError("give either text or a scene")
        scene = parse(text, domain=domain, allow_unknown=allow_unknown, strict=strict)
    else:
        # a scene from the caller gets the checks a --spec file gets (nesy.spec), before any domain reads it
        from .spec import validate_spec
        if not isinstance(scene, SceneGraph):
            raise InputError(f"scene must be a nesy.SceneGraph, got {type(scene).__name__}")
        scene = validate_spec(scene.to_dict())
    dom = get_domain(scene.domain)
    t_parse = time.perf_counter() - t0
    history: list[tuple[int, int]] = []
    kept: list[tuple[Verdict, bytes | None]] = []
    actions: list[dict[str, Any]] = []
    verdict: Verdict | None = None
    layout: Layout | None = None
    t_solve = t_render = t_verify = 0.0
    bar = _progress(rounds, "nesy rounds", force=renderer is not None)
    try:
        for attempt in range(rounds):
            # the budget is the run's solving (parse, solve, verify): a model renderer's drawing time (a
            # diffusion model on the CPU takes minutes) does not count against it
            spent = time.perf_counter() - t0 - (t_render if renderer is not None else 0.0)
            left = timeout_s - spent
            if left <= 0:
                raise SolverTimeoutError(f"{dom.key} round {attempt + 1}", spent, timeout_s)
            # what this round changes, from the last verdict (nesy.repair): redraw the failed regions of a
            # renderer's image, or re-solve and redraw everything
            rep = plan(verdict, layout) if verdict is not None and layout is not None else None
            action: dict[str, Any] | None = None
            if rep is not None and renderer is not None and rep.entities and kept and kept[-1][1] and \
                    not (actions and actions[-1]["kind"] == "redraw" and not actions[-1].get("improved")):
                t = time.perf_counter()
                bar.set_postfix_str("redraw")
                new = renderer.render(layout, scene, seed=seed, attempt=attempt)
                comp = composite(kept[-1][1], new.png, layout, rep.entities)
                t_render += time.perf_counter() - t
                if comp is not None:
                    rendering = replace(new, png=comp)
                    action = {"kind": "redraw", **rep.to_dict(),
                              "how": f"the same layout drawn again (render attempt {attempt}"
                                     + (f", conditioning scale {renderer.scale_for(attempt):g}"
                                        if hasattr(renderer, "scale_for") else "")
                                     + f"); pixels within {MARGIN_PX} px of these entities replaced, the rest kept"}
            if action is None:
                t = time.perf_counter()
                bar.set_postfix_str("solve")
                try:
                    layout = dom.solve(scene, seed=seed, attempt=attempt, feedback=verdict, timeout_s=left)
                except SolverTimeoutError as e:
                    raise SolverTimeoutError(e.stage, time.perf_counter() - t0, timeout_s) from None
                t_solve += time.perf_counter() - t
                t = time.perf_counter()
                bar.set_postfix_str("render")
                if renderer is None:
                    rendering = dom.render(layout, scene, controls=False)
                else:
                    rendering = renderer.render(layout, scene, seed=seed, attempt=attempt)
                t_render += time.perf_counter() - t
                action = {"kind": "draw"} if rep is None else {
                    "kind": "resolve", **rep.to_dict(),
                    "how": f"re-solved (attempt {attempt}: another arrangement, the failed verdict as feedback) "
                           "and the whole figure drawn again"}
            t = time.perf_counter()
            bar.set_postfix_str("verify")
            before = None if verdict is None else len(verdict.failed())
            verdict = _verify_png(dom, rendering.png, scene, layout)
            t_verify += time.perf_counter() - t
            if before is not None:
                action["improved"] = len(verdict.failed()) < before
            history.append((attempt + 1, len(verdict.failed())))
            kept.append((verdict, None if renderer is None else rendering.png))
            actions.append(action)
            bar.update(1)
            if verdict.passed:
                break
    finally:
        bar.close()
    assert verdict is not None
    verdict = Verdict(verdict.checks, len(history), tuple(history))
    if controls and renderer is None:
        t = time.perf_counter()
        rendering = dom.render(layout, scene, controls=True)
        t_render += time.perf_counter() - t
    timings = {"parse_s": t_parse, "solve_s": t_solve, "render_s": t_render, "verify_s": t_verify,
               "total_s": time.perf_counter() - t0}
    result = Result(scene, layout, rendering, verdict, timings, tuple(kept), tuple(actions), style)
    if out_dir is not None:
        write_outputs(result, out_dir, dom, pdf=pdf, dpi=dpi, width=width)
    if raise_on_fail and not verdict.passed:
        raise VerificationFailedError(verdict)
    return result


def _verify_png(dom: Any, png: bytes, scene: SceneGraph, layout: Layout) -> Verdict:
    """The science's verdict on ``png`` (sciences that measure against the solved layout get it)."""
    if getattr(dom, "verify_uses_layout", False):
        return dom.verify(png, scene, layout=layout)
    return dom.verify(png, scene)


def check_timeout(timeout_s: Any) -> float:
    """``timeout_s`` as a float of seconds in (0, MAX_TIMEOUT_S], or an InputError naming the value."""
    try:
        t = float(timeout_s)
    except (TypeError, ValueError):
        raise InputError(f"timeout must be a number of seconds, got {timeout_s!r}") from None
    if isinstance(timeout_s, bool) or not math.isfinite(t) or not 0 < t <= MAX_TIMEOUT_S:
        raise InputError(f"timeout must be a finite number of seconds in (0, {MAX_TIMEOUT_S:g}], got {timeout_s!r}")
    return t


def check_out_dir(out_dir: str | Path) -> Path:
    """The output folder, checked before any work: a path that exists must be a writable folder."""
    out = Path(out_dir)
    if str(out_dir).strip() == "":
        raise InputError("output folder must be a path, got ''")
    if out.exists() and not out.is_dir():
        raise InputError(f"output folder {str(out_dir)!r} exists and is not a folder; choose another -o")
    parent = out if out.exists() else next((p for p in out.parents if p.exists()), Path("."))
    if not parent.is_dir():
        raise InputError(f"output folder {str(out_dir)!r} cannot be made: {str(parent)!r} is not a folder")
    import os
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(f"output folder {str(out_dir)!r} is not writable")
    return out


def _clear_previous(out: Path) -> None:
    """Remove the files a previous nesy run wrote into ``out`` (and nothing else of the user's)."""
    names = set(_OUTPUT_NAMES)
    try:
        listed = json.loads((out / "manifest.json").read_text(encoding="utf-8")).get("files", {})
        names.update(str(n) for n in listed if isinstance(n, str))
    except (OSError, ValueError, AttributeError):
        pass
    root = out.resolve()
    for n in sorted(names):
        p = (out / n)
        try:
            inside = p.resolve().is_relative_to(root) and p.resolve() != root
        except (OSError, ValueError):
            inside = False
        if inside and (p.is_file() or p.is_symlink()):
            p.unlink()
    for d in _OUTPUT_DIRS:
        if (out / d).is_dir() and not (out / d).is_symlink():
            shutil.rmtree(out / d)


def write_outputs(result: Result, out_dir: str | Path, dom: Any = None, *, pdf: bool = False,
                  dpi: float | None = None, width: int | None = None) -> None:
    """Write the command-line contract's files into ``out_dir`` (previous nesy files there are removed),
    then ``manifest.json``: every file written, with its SHA-256. ``pdf``, ``dpi``, ``width``: the
    publication copies (``nesy.render.export``), recorded in the manifest with their resolution. Files
    drawn here (artifacts, print copies) use the style variants the result was drawn with."""
    from .render.style import variant
    with variant(**dict(result.style)):
        _write_outputs(result, out_dir, dom, pdf=pdf, dpi=dpi, width=width)


def _write_outputs(result: Result, out_dir: str | Path, dom: Any, *, pdf: bool, dpi: float | None,
                   width: int | None) -> None:
    from .registry import get_domain
    out = check_out_dir(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _clear_previous(out)
    dom = dom or get_domain(result.scene.domain)
    files: dict[str, bytes] = {
        "figure.svg": result.rendering.svg.encode("utf-8"),
        "figure.png": result.rendering.png,
        "scene.json": _json_bytes(result.scene.to_dict()),
        "layout.json": _json_bytes(result.layout.geojson()),
        "verdict.json": _json_bytes(verdict_dict(result)),
    }
    for name, data in result.rendering.controls:
        files[f"control/{name}"] = data
    exports: dict[str, Any] = {}
    if pdf or dpi is not None or width is not None:
        from .render.export import export_pdf, export_png
        if pdf:
            files["figure.pdf"] = export_pdf(result.rendering.svg)
            exports["figure.pdf"] = {"format": "pdf", "text": "text (embedded DejaVu Sans)"}
        if dpi is not None or width is not None:
            png, info = export_png(result.rendering.svg, dpi=dpi, width=width)
            files["figure-print.png"] = png
            # the print copy is read and checked like any image (nesy.see: any scale, anti-aliased); its own
            # verdict is recorded, so a copy the reader cannot confirm is never reported as verified
            try:
                pv = _verify_png(dom, png, result.scene, result.layout)
                exports["figure-print.png"] = {"format": "png", **info, "verified": pv.passed,
                                               "failed_checks": [f"{c.law}({', '.join(c.args)})" for c in pv.failed()]}
            except MissingExtraError as e:  # e.g. circuit labels on a smoothed copy need OCR: not checked, said so
                exports["figure-print.png"] = {"format": "png", **info, "verified": False,
                                               "failed_checks": [], "not_checked": str(e)}
    for name, data in dom.artifacts(result.layout, result.scene).items():
        files[name] = data
    if result.rounds:
        # rounds.json: every round's verdict; rounds/round-N.png: what a non-exact renderer drew in round N.
        acts = list(result.actions) + [{}] * (len(result.rounds) - len(result.actions))
        files["rounds.json"] = _json_bytes([{"round": i + 1, "action": acts[i], **v.to_dict()}
                                            for i, (v, _) in enumerate(result.rounds)])
        for i, (_, png) in enumerate(result.rounds):
            if png:
                files[f"rounds/round-{i + 1}.png"] = png
    for name, data in files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    (out / "manifest.json").write_bytes(_json_bytes({
        "nesy": _version(), "domain": result.scene.domain, "passed": result.verdict.passed,
        "complete": result.complete, **({"style": dict(result.style)} if result.style else {}),
        "files": {n: hashlib.sha256(d).hexdigest() for n, d in sorted(files.items())},
        **({"exports": exports} if exports else {})}))


def verdict_dict(result: Result) -> dict[str, Any]:
    """verdict.json: the checks of what is drawn, and whether that is all the text states. ``status``:
    ``verified`` (passed and complete), ``verified_with_omissions`` (what is drawn passed; ``not_drawn``
    lists the rest), or ``failed``."""
    v = result.verdict
    status = "failed" if not v.passed else "verified" if result.complete else "verified_with_omissions"
    return {"status": status, "complete": result.complete, **v.to_dict(),
            "not_drawn": [n.to_dict() for n in result.not_drawn],
            "corrections": [c.to_dict() for c in result.scene.corrections]}


def _version() -> str:
    from . import __version__
    return __version__


def _json_bytes(obj: Any) -> bytes:
    """Strict JSON (numpy values unwrapped, no NaN), one space indent, UTF-8, newline-terminated."""
    return (json.dumps(plain(obj), indent=1, ensure_ascii=False, sort_keys=False, allow_nan=False) + "\n").encode()


class _NoBar:
    def set_postfix_str(self, s: str) -> None: ...
    def update(self, n: int = 1) -> None: ...
    def close(self) -> None: ...


def _progress(total: int, desc: str, *, force: bool = False) -> Any:
    """A tqdm bar on stderr for work that may take more than ~2 s (shown only on a terminal, and only
    once 2 s have passed unless ``force``)."""
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return _NoBar()
    return tqdm(total=total, desc=desc, unit="round", delay=0 if force else 2.0, disable=None, leave=False)


def explain(text: str, *, domain: str | None = None, allow_unknown: bool = False,
            timeout_s: float = 20.0, strict: bool = False) -> dict[str, Any]:
    """Solve without rendering: ``{"satisfiable": True, summary...}`` or the conflict and its fix; both
    with ``not_drawn``, the phrases a figure would leave out (``strict`` refuses them instead). A conflict
    found by the solver also gets ``fixed_text`` (``nesy.fix``): the text with the words of the smallest fix
    deleted so that it still reads as English, checked satisfiable, or None when no such edit was found."""
    from .errors import UnsatisfiableError
    from .registry import get_domain
    timeout_s = check_timeout(timeout_s)
    t0 = time.perf_counter()
    try:  # some laws are proved while reading (a circuit's two values for one resistor)
        scene = parse(text, domain=domain, allow_unknown=allow_unknown, strict=strict)
    except UnsatisfiableError as e:
        from .fix import fixed_text
        return {"satisfiable": False, "message": str(e), **e.to_dict(),
                "fixed_text": fixed_text(text, SceneGraph(domain or "", text), e.fix, e.phrases, timeout_s=timeout_s)}
    dom = get_domain(scene.domain)
    nd = {"not_drawn": [n.to_dict() for n in scene.not_drawn], "no_content": [n.to_dict() for n in scene.no_content],
          "corrections": [c.to_dict() for c in scene.corrections]}
    try:
        layout = dom.solve(scene, timeout_s=max(1e-3, timeout_s - (time.perf_counter() - t0)))
    except SolverTimeoutError as e:
        raise SolverTimeoutError(e.stage, time.perf_counter() - t0, timeout_s) from None
    except UnsatisfiableError as e:
        from .fix import fixed_text
        left = max(0.5, timeout_s - (time.perf_counter() - t0))
        return {"satisfiable": False, "message": str(e), **e.to_dict(), **nd,
                "fixed_text": fixed_text(text, scene, e.fix, e.phrases, timeout_s=left)}
    kinds: dict[str, int] = {}
    for e in scene.entities:
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    return {"satisfiable": True, "domain": scene.domain, "entities": kinds,
            "relations": len(scene.relations), "canvas": [layout.width, layout.height],
            "solve": dict(layout.stats), **nd}


def load_spec(path: str | Path) -> SceneGraph:
    """Read a scene graph from YAML/JSON, validated against ``configs/scene.schema.json``."""
    from .spec import load_spec as _load
    return _load(path)


def verify_image(image: str | Path, scene_path: str | Path) -> Verdict:
    """Check an existing image against a scene.json; returns the verdict."""
    from .registry import get_domain
    from .spec import load_spec as _load
    p = Path(image)
    if not p.is_file():
        raise InputError(f"image must be an existing file, got {str(image)!r}")
    size = p.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise InputError(f"image {str(image)!r} is {size} bytes; the limit is {MAX_IMAGE_BYTES}")
    scene = _load(scene_path)
    return get_domain(scene.domain).verify(p.read_bytes(), scene)
