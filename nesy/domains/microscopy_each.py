"""Cells counted with their nuclei in a micrograph (``nesy.microscopy.v1``): "three cells, each with two nuclei",
"two cells in late telophase, each showing two daughter nuclei", "nine nuclei plus three cells, each showing its two
daughter nuclei" — N cells each holding M nuclei are N × M nuclei, besides any nuclei counted apart from them.

parse: ``each_with`` rewrites the items of the microscopy reader so that "cells, each showing its two nuclei" reads
as "cells with two nuclei" (a ``WITH`` item spanning "each showing its"): the distributive "each" after a comma (or
after a cell-cycle stage, "cells just after division, each …") ties the count to every cell, not to one more group of
nuclei (read as such, three cells got one nucleus each and the two nuclei were drawn besides: 14 for 15).
``added_cells`` says whether a counted group of cells is added to the nuclei named before it ("nine nuclei plus three
cells …": 9 + 6, not 6 of the 9). ``heading_nuclei`` says whether the nuclei named first without a count are only the
heading of groups counted in later sentences ("Micrograph of stained nuclei. Two cells …, each showing two daughter
nuclei, and nine cells with one nucleus each": 13, not the fitted density's 30 more).
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["each_with", "per_cell", "apply_per_cell", "added_cells", "heading_nuclei", "stage_of", "grid_agrees",
           "answers_how_many"]

# between the cells and the count of each one's nuclei, once the stage words ("just after division") and the imaging
# verbs ("showing") are blanked: ", each", "— every one of them with", ", all of them containing their"
_EACH_GAP_RX = re.compile(r"\s*(?:(?:are|is|being|were|all)\b\s*)?(?:[,;:—–-]|\()?\s*(?:each|every\s+one|all)(?:\s+of\s+(?:them|these|those))?"
                          r"\s*(?:with|having|has|have|containing|contains|contain|holding|holds|hold|carrying|carries|"
                          r"bearing|bears|displaying|displays|that\s+has|which\s+has|that\s+have|which\s+have|)\s*"
                          r"(?:its|their)?\s*(?:own\s+)?$", re.I)


# "… one nucleus each", "… 2 nuclei apiece": the distributive after the count of each cell's nuclei, ending its phrase
# ("per cell" names a cell again, read by the cell reader as before)
_POST_EACH_RX = re.compile(r"\s*(?:each|apiece)"
                           r"(?=\s*(?:[,;:.!?)—–]|\s-\s|$|\s+(?:and|but|no|none|with)\b))", re.I)
# between the cells and that count: a comma, colon, dash or bracket (a "with" there is read as it stands)
_POST_GAP_RX = re.compile(r"\s*(?:[,;:—–(]|\s-)?\s*", re.I)


def each_with(items: list[Any], text: str, skipped: list[tuple[int, int]], make: Any) -> list[Any]:
    """Items with "CELL , each (with|showing) (its) NUM NUC" read as "CELL WITH NUM NUC". ``skipped`` holds the
    spans of the words the reader dropped as drawing nothing (stages, imaging verbs), blanked before the gap is
    matched; ``make`` builds an item (tag, value, start, end, text)."""
    out: list[Any] = []
    k = 0
    while k < len(items):
        it = items[k]
        out.append(it)
        k += 1
        if it.tag != "CELL":
            continue
        j = k
        while j < len(items) and (items[j].tag in ("WITH", "PART") or (items[j].tag == "BR" and items[j].text in (",", ";", ":"))
                                  or (items[j].tag == "NUM" and items[j].text.lower() == "one"
                                      and re.search(r"(?i)\bevery\s+$", text[:items[j].start]))):
            j += 1     # ("every one showing …": the pronoun, no count)
        if j >= len(items) or items[j].tag != "NUM" or j + 1 >= len(items) or items[j + 1].tag != "NUC":
            continue
        if _POST_EACH_RX.match(text, items[j + 1].end) and _POST_GAP_RX.fullmatch(text[it.end:items[j].start]) and \
                not any(items[q].tag == "WITH" for q in range(k, j)):   # ("cells with one nucleus each": read as is)
            # the distributive after the count ("eleven cells, one nucleus each", "5 cells: 2 nuclei apiece"): a
            # floating quantifier (Huddleston & Pullum 2002, ch. 5 §9.2, "each" after its noun phrase) ties the count
            # to every cell, as "each with" before it does; read as one more group, the nuclei were drawn besides the
            # cells' own (12 for 11)
            out.append(make("WITH", None, it.end, items[j].start, text[it.end:items[j].start]))
            k = j
            continue
        gap = list(text[it.end:items[j].start])
        for a, b in skipped:
            for q in range(max(a, it.end), min(b, items[j].start)):
                gap[q - it.end] = " "
        gap_s = "".join(gap)
        if not re.search(r"(?i)\b(?:each|every|all)\b", gap_s) or not _EACH_GAP_RX.fullmatch(gap_s):
            continue
        m = re.search(r"(?i)\b(?:each|every|all)\b", text[it.end:items[j].start])
        a = it.end + m.start()
        out.append(make("WITH", None, a, items[j].start, text[a:items[j].start]))
        k = j
    return out


# "one nucleus for each cell", "two nuclei per cell", "a nucleus in every cell counted": between the nuclei and a
# singular cell noun, a distributive preposition and determiner — the cell noun names no cell of its own, it ranges
# over the cells counted elsewhere (a distributive quantifier phrase: Huddleston & Pullum 2002, ch. 5 §9.2 "each",
# ch. 7 §2 "per"); after the noun, a participle or place that says which cells ("counted", "in the field")
_PER_GAP_RX = re.compile(r"\s+(?:per|a|for\s+(?:each|every)(?:\s+single)?|in\s+(?:each|every)|inside\s+(?:each|every)|"
                         r"to\s+(?:each|every)|within\s+(?:each|every))\s+$", re.I)
_PER_TAIL_RX = re.compile(r"(?:\s+(?:that\s+(?:was|were|is|are)\s+|which\s+(?:was|were|is|are)\s+)?(?:counted|named|listed|"
                          r"seen|observed|present|described|mentioned|shown|recorded|scored|above|in\s+(?:the|that|this)\s+"
                          r"field(?:\s+of\s+view)?))?(?![\w-])", re.I)


# "every cell has one nucleus", "each cell containing two nuclei", "every single cell with a nucleus": the distributive
# determiner before a singular cell noun, then the verb or preposition that gives it its nuclei
_EACH_BEFORE_RX = re.compile(r"(?<![\w-])(?:each|every)\s+(?:single\s+)?$", re.I)
# "each of the cells has two nuclei", "each of the cells' nuclei": the partitive before the plural cell noun
_EACH_OF_RX = re.compile(r"(?<![\w-])(?:each|every\s+one)\s+of\s+(?:the|these|those)\s+$", re.I)
_EACH_HAS_RX = re.compile(r"\s*(?:has|have|had|contains?|containing|holds?|holding|shows?|showing|carries|carrying|"
                          r"possesses|with|having|gets|getting|is\s+given|bears?|bearing)?\s*", re.I)
# "each cell's nucleus", "the nucleus of every cell": the nucleus the cells counted elsewhere have, named again
_POSSESSIVE_RX = re.compile(r"\s*['’]s?\s+", re.I)
_NUC_OF_EACH_RX = re.compile(r"\s+(?:of|in|inside|within)\s+(?:each|every)\s+(?:single\s+)?$", re.I)


_POST_EACH_END_RX = re.compile(r"(?:\s+(?:each|apiece))?", re.I)


def _counted_cells(out: list[Any]) -> bool:
    """Whether a group of cells with a count of its own came before ("20 cells", "a dozen cells")."""
    return any(out[q].tag == "CELL" and out[q - 1].tag == "NUM" and out[q - 1].text.lower() not in ("a", "an", "one")
               for q in range(1, len(out)))


def per_cell(items: list[Any], text: str, make: Any) -> list[Any]:
    """Items with "[with] NUM NUC <per | for each | in every> CELL" (a singular cell noun with no count of its own)
    made one ``PERCELL`` item, its value the item of the count: how many nuclei each of the cells counted elsewhere
    holds ("30 cells were counted … draw one nucleus for each cell counted"). Read as they stood, the cell noun was
    one more cell and the nuclei one more group (32 nuclei for 30 cells).

    After cells counted elsewhere, the distributive determiner before a singular cell noun does the same (Huddleston &
    Pullum 2002, ch. 5 §9.2): "20 cells. Every cell has one nucleus" is a ``PERCELL`` of one (21 cells and 22 nuclei
    were drawn), and "… with each cell's nucleus stained", "the nucleus of every cell" name the counted cells' nuclei
    again (an ``EACHREF`` item: nothing more drawn)."""
    out: list[Any] = []
    k = 0
    while k < len(items):
        it = items[k]
        if it.tag == "CELL" and it.text.lower() in ("cell", "cells") and _counted_cells(out):
            before = (_EACH_BEFORE_RX if it.text.lower() == "cell" else _EACH_OF_RX).search(text, 0, it.start)
            if before is not None:
                a = before.start()
                while out and out[-1].start >= a:
                    out.pop()              # ("every single cell": "single" is read as a count word)
                if k + 2 < len(items) and items[k + 1].tag == "NUM" and items[k + 2].tag == "NUC" or \
                        k + 3 < len(items) and items[k + 1].tag == "WITH" and items[k + 2].tag == "NUM" and \
                        items[k + 3].tag == "NUC":
                    q = k + 1 if items[k + 1].tag == "NUM" else k + 2
                    if _EACH_HAS_RX.fullmatch(text[it.end:items[q].start]) or items[k + 1].tag == "WITH":
                        b = _POST_EACH_END_RX.match(text, items[q + 1].end).end()
                        out.append(make("PERCELL", items[q], a, b, text[a:b]))
                        k = q + 2
                        continue
                if k + 1 < len(items) and items[k + 1].tag == "NUC" and \
                        _POSSESSIVE_RX.fullmatch(text[it.end:items[k + 1].start]):
                    out.append(make("EACHREF", None, a, items[k + 1].end, text[a:items[k + 1].end]))
                    k += 2
                    continue
                out.append(it)     # "every cell" said otherwise: as it stood
                k += 1
                continue
        if it.tag == "NUC" and k + 1 < len(items) and items[k + 1].tag == "CELL" and \
                items[k + 1].text.lower() == "cell" and _counted_cells(out) and \
                _NUC_OF_EACH_RX.fullmatch(text[it.end:items[k + 1].start]) and \
                not (out and out[-1].tag == "NUM" and not text[out[-1].end:it.start].strip()):
            out.append(make("EACHREF", None, it.start, items[k + 1].end, text[it.start:items[k + 1].end]))
            k += 2
            continue
        if it.tag == "NUM" and k + 2 < len(items) and items[k + 1].tag == "NUC" and items[k + 2].tag == "CELL" and \
                items[k + 2].text.lower() == "cell" and _PER_GAP_RX.fullmatch(text[items[k + 1].end:items[k + 2].start]) \
                and not text[it.end:items[k + 1].start].strip():
            a = it.start
            if out and out[-1].tag == "WITH" and not text[out[-1].end:a].strip():
                a = out.pop().start        # "with one nucleus for each cell": the with is the phrase's
            b = _PER_TAIL_RX.match(text, items[k + 2].end).end()
            k += 3
            while k < len(items) and items[k].start < b:
                k += 1                     # ("in the field of view": the cells' place, part of the phrase)
            out.append(make("PERCELL", it, a, b, text[a:b]))
            continue
        out.append(it)
        k += 1
    return out


def apply_per_cell(groups: list[Any], per: list[tuple[int, dict[str, Any]]]) -> None:
    """Give every counted cell group the number of nuclei each holds that a ``PERCELL`` phrase says (``per``: the
    count and its span). A cell group whose own phrase already says another number, or a multinucleate word more,
    is refused naming both; with no cells counted, the phrase names no cells to give them to and is refused."""
    from ..errors import InputError
    for n, span in per:
        cells = [g for g in groups if g.kind == "cell" and g.units > 0]
        if not cells:
            raise InputError(f"'{span['text']}' at {span['start']}-{span['end']}: which cells? count them "
                             "(e.g. '12 cells, one nucleus per cell')")
        for g in cells:
            said = [c for c in g.claims if c.get("span") and c.get("n") is not None]
            low = [c for c in g.claims if c.get("min") is not None]
            if any(c["n"] != n for c in said) or any(n < c["min"] for c in low):
                other = (said or low)[0]["span"]
                raise InputError(f"'{span['text']}' at {span['start']}-{span['end']} says {n} nuclei in each cell; "
                                 f"'{other['text']}' at {other['start']}-{other['end']} says otherwise")
            if said:
                continue
            g.claims = [c for c in g.claims if c.get("n") is None] + [
                {"n": n, "min": None, "span": span, "law": "multinucleate" if low else "cell_min"}]
            g.n = n


_ADDED_RX = re.compile(r"(?<![\w-])(?:plus|and\s+also|in\s+addition\s+to\s+(?:these|those|them)|besides\s+(?:these|those|"
                       r"them)|as\s+well\s+as|along\s+with|together\s+with|and\s+another|with\s+another)\s*[,:]?\s*$", re.I)


def stage_of(text: str, start: int, end: int, stages: list[tuple[int, int]]) -> str | None:
    """The cell-cycle stage said of the phrase from ``start`` to ``end`` (``stages``: the spans of the stage words):
    "interphase", "division" (telophase, just after division, daughter nuclei) or None."""
    said = {"interphase" if "interphase" in text[a:b].lower() else "division" for a, b in stages
            if start <= a < end and "mitosis" not in text[a:b].lower()}
    return next(iter(said)) if len(said) == 1 else None


def added_cells(text: str, start: int, total_stage: str | None = None, cell_stage: str | None = None) -> bool:
    """Whether the cells counted from ``start`` are said besides the nuclei named before ("nine nuclei plus three
    cells", "12 nuclei as well as two binucleate cells"), or are in another stage of the cell cycle than those
    ("12 nuclei in interphase and two cells in telophase"): their nuclei are added, never drawn from that count."""
    if total_stage is not None and cell_stage is not None and total_stage != cell_stage:
        return True
    return bool(_ADDED_RX.search(text[:start]))


def heading_nuclei(groups: list[Any], text: str) -> bool:
    """Whether the first group, nuclei named without a count ("Micrograph of stained nuclei."), is the heading of
    the groups counted after it: it is alone in its sentence (or before a colon), and every later group is counted in full — nuclei
    with a number, cells with a stated number of nuclei each — none of them a share of it ("three of them").
    Drawn besides them, the heading added the fitted density's count to the nuclei the text counts."""
    if len(groups) < 2:
        return False
    g0 = groups[0]
    if not (g0.kind == "nuclei" and g0.default == "default_count" and not g0.partitive and g0.parent is None):
        return False
    # (a colon opens the list that counts the heading's nuclei: "Synthetic image of nuclei: seven large ones, five
    # small ones …" — drawn besides them, the heading's fitted 20 had made 34 of 14)
    if not re.search(r"[.;:!?\n]", text[g0.span["end"]:groups[1].span["start"]]):
        return False
    for g in groups[1:]:
        if g.partitive or g.default is not None or g.n <= 0 or getattr(g, "vague", None) is not None:
            return False
        if g.kind == "cell" and not any(c.get("n") is not None and c.get("span") for c in g.claims):
            return False     # "two cells" with no count of their nuclei: the heading's count is still unknown
    return True


def grid_agrees(count: int, count_span: dict[str, Any], grid: int, grid_span: dict[str, Any], text: str,
                full: bool = True) -> None:
    """Check a grid said of nuclei already counted ("24 nuclei, arranged in 3 rows of 8"): a full grid's rows ×
    columns must be the count, and no grid holds more than its places; "exactly 20 nuclei, arranged in 3 full rows
    of 8" cannot be drawn (``UnsatisfiableError`` naming both phrases: a grid of r full rows of c holds r × c). A
    grid not said full ("15 nuclei in a 4 × 4 grid") may leave places empty."""
    if count == grid or (count < grid and not full):
        return
    from ..errors import UnsatisfiableError
    a = count_span["start"]
    m = re.search(r"(?i)(?:\b(?:exactly|precisely|just|only)\s+)$", text[:a])
    first = dict(count_span, start=m.start(), text=text[m.start():count_span["end"]]) if m else count_span
    raise UnsatisfiableError(
        [first, grid_span],
        [{"law": "a grid of r full rows of c places holds r × c nuclei", "source": "arithmetic (a full grid)"}],
        fix=[grid_span],
        detail=f"'{grid_span['text']}' holds {grid} nuclei; '{first['text']}' says {count}")


# a question for the number of nuclei, then its answer: "How many nuclei should the image contain? 20", "how many
# nuclei? — 12"; the answer is a bare number after the question mark (an answer key's chosen option, once the front
# end has dropped the others, reads so too)
_HOW_MANY_RX = re.compile(r"(?i)(?<![\w-])how\s+many\s+(?:[\w-]+\s+){0,2}?(?:nuclei|nucleuses|nucleus)\b[^?]*\?"
                          r"[\s\-–—:]*(?:(?:the\s+)?answer\s*(?:is|:|=)?\s*)?$")


def answers_how_many(text: str, at: int, next_tag: str) -> bool:
    """Whether the number at ``at`` answers a question for the count of the nuclei just before it ("How many nuclei
    should the test image contain? 20."): nothing but the question mark between them, and the number counts no
    noun of its own (``next_tag``, the item after it, is no noun)."""
    return next_tag in ("BR", "END") and bool(_HOW_MANY_RX.search(text[:at]))
