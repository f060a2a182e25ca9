"""Counts said again, a share put first, and a state left open, in micrograph requests (``nesy.microscopy.v1``).

Three ways English names nuclei it has already counted, which the reader took for new ones:

* a share put before its whole ("4 of the 23 nuclei are out of focus", "a third of the 36 cells are in mitosis",
  "5 out of 20 nuclei touching"): the same statement as "23 nuclei, 4 of them out of focus" (Huddleston & Pullum,
  *The Cambridge Grammar of the English Language*, 2002, ch. 5 §9: the partitive "k of the N"). ``fronted_shares``
  reorders the items so: the whole first, then the share. Read as it stood, the share's number "counted nothing".
* "all N nuclei", "all the N nuclei", "the whole N nuclei" after the nuclei or cells were counted: the totality
  of what was counted, said again ("36 cells, 12 of them in mitosis; draw all 36 nuclei"). ``all_restated`` drops
  the group when N is the total counted before it and refuses, naming both, when it is another number. Read as it
  stood, it was drawn besides them: 72 nuclei for 36, verified.
* a state with "or not" ("mitotic or not", "touching or not", "whether in focus or not"): no constraint, the text
  leaves it open. ``either_way`` reads the words and draws nothing for them. Read as they stood, "mitotic" was
  drawn on every nucleus.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["fronted_shares", "all_restated", "either_way", "or_not_spans", "field_of_cells", "physics_field_only"]

# what stands between a share and its whole: "4 of the 23", "4 out of 23", "a third of the 36", "4 of all 23"
_OF_THE = re.compile(r"(?i)\s*(?:(?:out\s+)?of\s+)?(?:the|these|those|all(?:\s+the)?|my|our)?\s*")
_HEAD_TAGS = ("NUC", "CELL")
_ADJ_TAGS = ("SIZE", "SHAPE", "MOD", "LINE", "FLUOR", "FOCUS", "BRIGHT")


def fronted_shares(items: list[Any], text: str, make: Any) -> list[Any]:
    """``items`` with "k of the N <nuclei|cells> …" reordered as "N <nuclei|cells>, k …" (see the module)."""
    out = list(items)
    k = 0
    while k + 2 < len(out):
        a, b = out[k], out[k + 1]
        share = a.tag == "NUM" and b.tag == "NUM" and not b.weak and (
            re.fullmatch(r"(?i)\s*(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?|all\s+)?", text[a.end:b.start])
            # "a third of the 36": the vague word holds its "of"
            or re.search(r"(?i)\bof\s*$", a.text) and re.fullmatch(r"(?i)\s*(?:the|these|those|all(?:\s+the)?)?\s*",
                                                                    text[a.end:b.start]))
        if not share or (k > 0 and out[k - 1].tag == "NUM"):
            k += 1
            continue
        h = k + 2
        while h < len(out) and out[h].tag in _ADJ_TAGS and not text[out[h - 1].end:out[h].start].strip(" -"):
            h += 1
        if h >= len(out) or out[h].tag not in _HEAD_TAGS:
            k += 1
            continue
        whole = out[k + 1:h + 1]
        comma = make("BR", None, out[h].end, out[h].end, ",")
        out[k:h + 1] = whole + [comma, a]
        k = h + 2
    return out


_ALL_BEFORE = re.compile(r"(?i)(?<![\w-])(?:all|all\s+(?:of\s+)?(?:the|these|those|my)|the\s+(?:whole|full|entire)|"
                         r"every\s+one\s+of\s+(?:the|these|those)|each\s+of\s+the)\s+$")


# a total said with its noun left out, after the groups it sums: "…, so draw the whole lot, all fifteen", "fifteen
# in all", "15 altogether" — noun ellipsis, the head noun recovered from the nuclei counted before (Huddleston &
# Pullum 2002, ch. 5 §9.4, fused-head "all fifteen"); the count stands alone before the clause's end
_TOTAL_AFTER = re.compile(r"(?i)\s*(?:in\s+all|in\s+total|altogether|all\s+told|all\s+together|total)\s*(?=[,;.!?)]|$)")
_TAIL_IN = re.compile(r"(?i)\s(?:in\s+all|in\s+total|altogether|all\s+told|all\s+together|total)$")   # (taken in)
_BREAK_AFTER = re.compile(r"\s*(?:[,;.!?)]|$)")


def elliptic_total(text: str, start: int, end: int) -> bool:
    """Whether the bare count from ``start`` to ``end`` restates a total with its noun left out: "all fifteen",
    "the whole lot, all 15" (``_ALL_BEFORE`` right before it, a break after it) or "fifteen in all"."""
    if _TOTAL_AFTER.match(text, end) or _TAIL_IN.search(text[start:end]):
        return True
    return bool(_ALL_BEFORE.search(text[:start]) and _BREAK_AFTER.match(text, end))


def total_tails(items: list[Any], unknown: list, ignored: list, text: str, make: Any) -> tuple[list, list, list]:
    """``items`` with a bare count's total tail ("fifteen in all", "15 altogether") taken into the count's item,
    its words read (not left as filler or unread)."""
    out = []
    for k, it in enumerate(items):
        m = _TOTAL_AFTER.match(text, it.end) if it.tag == "NUM" and not it.weak else None
        nxt = items[k + 1] if k + 1 < len(items) else None
        if m and m.end() > it.end and (nxt is None or nxt.start >= m.end()):
            b = it.end + len(m.group().rstrip())
            it = make("NUM", it.value, it.start, b, text[it.start:b])
            unknown = [u for u in unknown if not (it.start <= u[1] and u[2] <= b)]
            ignored = [u for u in ignored if not (it.start <= u[1] and u[2] <= b)]
        out.append(it)
    return out, unknown, ignored


def all_restated(groups: list[Any], text: str) -> list[Any]:
    """``groups`` without a later "all N nuclei" that restates the total counted before it (module docstring);
    ``InputError`` naming both phrases when N differs from that total. A bare total ("all fifteen",
    ``elliptic_total``) is always such a restatement: refused when the nuclei before it are not all counted."""
    from ..errors import InputError
    k = 1 if not (groups and groups[0].restates) else 0
    while k < len(groups):
        g = groups[k]
        if not g.restates and (g.kind != "nuclei" or g.partitive or g.parent is not None or g.default is not None
                               or g.other or g.units != 1 or not _ALL_BEFORE.search(text[:g.span["start"]])):
            k += 1
            continue
        before = [q for q in groups[:k] if q.parent is None and q.n > 0 and q.kind in ("nuclei", "cluster", "cell")]
        if not before or any(q.n == -1 for q in groups[:k]):
            if g.restates:
                raise InputError(f"'{g.span['text']}' at {g.span['start']}-{g.span['end']} restates a total of nuclei "
                                 "the text does not count before it: give the count with its noun ('15 nuclei')")
            k += 1
            continue
        total = sum(q.units * q.n for q in before)
        if total != g.n:
            first = before[0].span
            raise InputError(f"'{g.span['text']}' at {g.span['start']}-{g.span['end']} says all the nuclei are "
                             f"{g.n}, but the text counted {total} before it (from '{first['text']}' at "
                             f"{first['start']}-{first['end']}): keep one count")
        if any(getattr(g, key, None) is not None for key in ("size", "shape", "focus", "bright", "position")):
            raise InputError(f"'{g.span['text']}' at {g.span['start']}-{g.span['end']} names again the {total} "
                             "nuclei counted before it and says how they look: say it with the first count")
        for q in before[1:]:
            q.other = True      # the total is their sum: each group is besides the others, none drawn from the first
        groups.pop(k)
        for q in groups:
            if q.parent is not None and q.parent > k:
                q.parent -= 1
    return groups


# "mitotic or not", "touching or not", "whether in focus or not", "in mitosis or not": left open
_OR_NOT = re.compile(r"(?i)\s*,?\s*or\s+not(?![\w-])")
_OR_NOT_TAGS = ("MITO", "TOUCH", "FOCUS", "BRIGHT", "SIZE", "SHAPE", "STAGE")


def or_not_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "or not" after a word, and of "whether" before it: read as words that draw nothing
    (the state they leave open is dropped by ``either_way``)."""
    out = []
    for m in re.finditer(r"(?i)(?<=[\w)])\s*,?\s*(or\s+not)(?![\w-])", text):
        out.append(m.span(1))
        w = re.search(r"(?i)(?<![\w-])whether(?=\s+(?:[\w-]+\s+){0,3}$)", text[max(0, m.start() - 60):m.start()])
        if w:
            off = max(0, m.start() - 60)
            out.append((off + w.start(), off + w.end()))
    return out


def either_way(items: list[Any], text: str, skipped: list[tuple[int, int]]) -> list[Any]:
    """``items`` without a state followed by "or not" (module docstring); its words and "or not" are added to
    ``skipped`` (read, nothing drawn)."""
    out = []
    for it in items:
        m = _OR_NOT.match(text, it.end)
        if it.tag in _OR_NOT_TAGS and m:
            w = re.search(r"(?i)(?<![\w-])whether\s+$", text[:it.start])
            skipped.append((w.start() if w else it.start, m.end()))
            continue
        out.append(it)
    return out


# a microscope's field: "field(s) of view", "FOV", or "field(s)" not of physics ("electric field", "field lines") nor of
# farming ("a field of wheat"); with cells or nuclei counted in the text (a plural count, or nuclei at all)
_FOV_RX = re.compile(r"(?i)(?<![\w-])(?:fields?\s+of\s+view|fovs?)(?![\w-])")
_FIELD_RX = re.compile(r"(?i)(?<![\w-])(?P<pre>[\w-]+\s+)?fields?(?![\w-])(?!\s+(?:lines?|strength|vectors?|of\s+(?:force|wheat|"
                       r"corn|grass|crops?|flowers?|study|play)))")
_PHYSICS = {"electric", "magnetic", "gravitational", "electrostatic", "electromagnetic", "vector", "scalar", "force",
            "velocity", "flow", "uniform", "e", "b", "potential", "playing", "football", "corn", "wheat", "oil", "mine",
            "rice", "magnetic-field", "radiation", "quantum", "far", "near", "visual", "depth", "text", "form"}
_COUNTED_RX = re.compile(r"(?i)(?<![\w-])(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                         r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|many|several)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:cells|nuclei)(?![\w-])|(?<![\w-])nuclei(?![\w-])")


def field_of_cells(text: str) -> bool:
    """Whether ``text`` speaks of a microscope's field holding counted cells or nuclei (``MicroscopyDomain.
    figure_kind``)."""
    if not _COUNTED_RX.search(text):
        return False
    if _FOV_RX.search(text):
        return True
    return any(not (m.group("pre") or "").strip().lower() in _PHYSICS for m in _FIELD_RX.finditer(text))


def physics_field_only(text: str) -> bool:
    """Whether every "field" of ``text`` is one of physics or of farming ("electric field lines", "a magnetic field",
    "a field of wheat"), none a microscope's."""
    hits = list(re.finditer(r"(?i)(?<![\w-])(?P<pre>[\w-]+\s+)?fields?(?![\w-])", text))
    return bool(hits) and all((m.group("pre") or "").strip().lower() in _PHYSICS or not _FIELD_RX.match(text, m.start())
                              for m in hits)
