"""Nuclei counted through the cells that hold them (``nesy.microscopy.v1``): "10 cells, 2 of them binucleate (2 nuclei
each), all others have one nucleus" (2 × 2 + 8 × 1 = 12 nuclei), "40 cells, a quarter of them red cells with no
nucleus; every other cell has exactly one nucleus" (30).

A count of cells, then a share of them ("k of them", "a quarter of them", "half of which") said to hold some number
of nuclei — a multinucleate word (``grammar.yaml`` ``multinucleate``: binucleate 2, trinucleate 3 …), an explicit
"2 nuclei each", or none ("with no nucleus", "anucleate", "enucleated") — and optionally what the others hold ("all
others have one nucleus", "the rest are mononucleate"; unsaid: one, the reader's default for a cell,
``defaults.cell_nuclei``). Read as it stood, the share asked "of which nuclei?" and the text was refused.

``cell_share_items(text)`` gives one ``CELLPART`` item over "10 cells, 2 of them" holding the two groups of cells
(each: how many cells, how many nuclei in each, the phrase that says so), the phrases read into it as ``IMG`` items,
and the description of cells with no nucleus as a blocked span (``ILLUM`` with no value): nesy draws no cell without
a nucleus, so those words stay unread and the figure lists them as not drawn. The nuclei of the cells it draws are
the count: the red cells are not invented, and not silently dropped.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["cell_share_items", "cell_share_of"]

from .microscopy_arith import NUMBER

_FRACTION = {"half": (1, 2), "a half": (1, 2), "one half": (1, 2), "a third": (1, 3), "one third": (1, 3),
             "a quarter": (1, 4), "one quarter": (1, 4), "a fourth": (1, 4), "one fourth": (1, 4), "a fifth": (1, 5),
             "one fifth": (1, 5), "two thirds": (2, 3), "three quarters": (3, 4), "a tenth": (1, 10)}
_FRAC = r"(?:a|one)\s+(?:half|third|quarter|fourth|fifth|tenth)|half|two\s+thirds|three\s+quarters"
_SHARE = rf"(?:{NUMBER}|{_FRAC}|\d{{1,3}}\s*%)"
_HEAD_RX = re.compile(rf"(?i)(?<![\w.-])(?P<N>{NUMBER})\s+(?:[a-z-]+\s+){{0,2}}?cells(?![\w-])\s*[,:;(—–-]?\s*"
                      # "all but one of them", "all except 2", "every cell but one": the cells less the ones excepted
                      rf"(?:(?:all|every\s+(?:one|cell))\s+(?:but|except(?:\s+for)?|save)\s+(?P<but>{NUMBER}|a\s+single)"
                      r"(?:\s+of\s+(?:them|these|those|the\s+cells|which))?(?:\s+(?:cells?|ones?))?|"
                      rf"(?:of\s+which|and\s+of\s+these|of\s+these)\s+(?P<k1>{_SHARE})|(?P<k2>{_SHARE})\s+of\s+(?:them|these|"
                      r"those|which|the\s+cells|all\s+cells)"
                      # "10 cells: 2 binucleate, the rest mononucleate", "10 cells (2 with no nucleus …)": a colon or
                      # bracket lists the cells counted ("5 cells, 2 binucleate cells" may be seven: not read here)
                      rf"|(?<=[:(])\s*(?P<k3>{_SHARE})(?=\s+(?:are\s+|being\s+)?(?:[a-z]*nucleat|[a-z]*nuclear|with|without|"
                      r"having|lacking)))(?=[\s,(:—–-])")
_NONE = r"(?:with\s+no\s+(?:visible\s+)?(?:nucleus|nuclei)|without\s+(?:a\s+|any\s+)?(?:nucleus|nuclei)|" \
        r"(?:lacking|lack|having\s+no|have\s+no|has\s+no)\s+(?:a\s+)?(?:nucleus|nuclei)|anucleated?|enucleated?|" \
        r"non-?nucleated|no\s+nucleus|no\s+nuclei)"
_EACH = rf"(?P<m>{NUMBER}|an?|a\s+single|single)\s+(?:single\s+)?(?P<mn>nucleus|nuclei)(?:\s+each|\s+apiece)?"
_REST_SUBJ = r"(?:all\s+(?:the\s+)?others?|the\s+others?|the\s+rest(?:\s+of\s+them)?|the\s+remaining(?:\s+(?:\d+\s+)?" \
             r"(?:cells?|ones))?|every\s+other\s+cell|each\s+other\s+cell|all\s+other\s+cells|all\s+the\s+other\s+cells|" \
             r"the\s+other\s+(?:\d+\s+)?(?:cells?|ones)|others)"
_REST_RX = re.compile(rf"(?i)(?P<lead>[\s,;.:—–-]*(?:and\s+|while\s+|whereas\s+|but\s+)?)(?P<rest>{_REST_SUBJ}\s+(?:each\s+)?"
                      r"(?:(?:have|has|with|having|contain|contains|carry|carries|hold|holds|show|shows|are|is|being)\s+)?"
                      rf"(?:each\s+)?(?:got\s+)?(?:exactly\s+|just\s+|only\s+|precisely\s+)?(?:{_EACH}|(?P<multi>[a-z-]+)))"
                      r"(?=\s*[.;,)]|\s*$|\s+(?:and|but)\b)")


def _count(word: str, total: int, span: tuple[int, int], text: str) -> int:
    from ..errors import InputError
    from .microscopy_arith import number_value
    w = re.sub(r"\s+", " ", word.strip().lower())
    if w.endswith("%"):
        num, den = int(w[:-1].strip()), 100
    elif w in _FRACTION:
        num, den = _FRACTION[w]
    else:
        return number_value(w)
    if (total * num) % den:
        raise InputError(f"'{text[span[0]:span[1]]}' at {span[0]}-{span[1]}: {w} of {total} cells is no whole number "
                         "of cells")
    return total * num // den


def _per_cell(desc: str, multi: dict[str, Any]) -> tuple[int | None, bool] | None:
    """(nuclei in each cell, said by a multinucleate word) from a description, or None when it says none. 0: no
    nucleus. A multinucleate word with no count ("multinucleate") gives (None, True)."""
    from ..errors import InputError
    from .microscopy_arith import number_value
    if re.search(rf"(?i)(?<![\w-]){_NONE}(?![\w-])", desc):
        return 0, False
    said = [number_value(m.group("m")) if m.group("m").lower() not in ("a", "an", "a single", "single") else 1
            for m in re.finditer(rf"(?i)(?<![\w-]){_EACH}(?![\w-])", desc)]
    words = [multi[w.lower()] for w in re.findall(r"(?i)[a-z]+(?:[\s-][a-z]+)?", desc) if w.lower() in multi] + \
        [multi[w.lower()] for w in re.findall(r"(?i)[a-z]+", desc) if w.lower() in multi]
    vals = set(said) | {v for v in words if v is not None}
    if len(vals) > 1:
        raise InputError(f"'{desc.strip()}' says different numbers of nuclei per cell: {sorted(vals)}")
    if vals:
        return vals.pop(), bool(words)
    if words:
        return None, True
    return None


def cell_share_items(text: str, multi: dict[str, Any], default_multi: int) -> list[tuple[int, int, str, Any]]:
    """Items for a count of cells and a share of them with their nuclei (module docstring); [] when none."""
    from ..errors import InputError
    from .microscopy_arith import number_value
    out: list[tuple[int, int, str, Any]] = []
    for h in _HEAD_RX.finditer(text):
        total = number_value(h.group("N"))
        head_end = h.end()
        but = h.group("but")
        if but is not None:     # "all but one of them": every cell except those excepted
            k = total - (1 if but.lower().startswith("a single") else number_value(but))
        else:
            k = _count(h.group("k1") or h.group("k2") or h.group("k3"), total, (h.start(), head_end), text)
        # the share's description: up to the rest clause, or the end of its sentence
        stop = re.search(r"[.;!?\n]|$", text[head_end:])
        sent_end = head_end + stop.start()
        rest = None
        for r in _REST_RX.finditer(text, head_end):
            if r.start() <= sent_end + 2:
                rest = r
            break
        desc_end = rest.start() if rest is not None else sent_end
        desc = text[head_end:desc_end]
        per = _per_cell(desc, multi)
        if per is None:
            continue       # the share is said to be something else ("3 of them large"): not counted here
        n_k, by_word = per
        if k < 0 or (but is not None and k == 0):
            raise InputError(f"'{text[h.start():head_end]}' at {h.start()}-{head_end} excepts more cells than "
                             f"the {total} counted")
        if k > total:
            from ..errors import UnsatisfiableError
            kg = "k1" if h.group("k1") else "k2" if h.group("k2") else "k3"
            whole = {"text": text[h.start():h.end("N") + len(text[h.end("N"):].split("cells", 1)[0]) + 5],
                     "start": h.start(), "end": h.end("N") + len(text[h.end("N"):].split("cells", 1)[0]) + 5}
            share = {"text": text[h.start(kg):head_end], "start": h.start(kg), "end": head_end}
            raise UnsatisfiableError([whole, share], [{"law": "a share of the cells counted is at most all of them",
                                                       "source": "arithmetic"}], fix=[share],
                                     detail=f"{k} of {total} cells")
        # "all but one of them have a nucleus": the one excepted has none, by the phrase's meaning; otherwise (and
        # for "all but 2 lack a nucleus") the excepted hold what a cell holds when unsaid, one
        n_rest, rest_span = (0 if but is not None and n_k == 1 and not by_word else 1), None
        if rest is not None:
            if rest.group("m"):
                m = rest.group("m").lower()
                n_rest = 1 if m in ("a", "an", "a single", "single") else number_value(m)
            elif rest.group("multi") and rest.group("multi").lower() in multi and multi[rest.group("multi").lower()]:
                n_rest = int(multi[rest.group("multi").lower()])
            elif re.fullmatch(rf"(?i){_NONE}", rest.group("multi") or ""):
                n_rest = 0
            else:
                rest = None
            if rest is not None:
                rest_span = (rest.start("rest"), rest.end("rest"))
        a, b = h.start(), head_end
        d0 = head_end + len(desc) - len(desc.lstrip(" ,:;(—–-"))
        d1 = head_end + len(desc.rstrip(" ,:;—–-"))
        groups = [{"units": k, "n": n_k if n_k is not None else default_multi, "min": 2 if n_k is None else None,
                   "law": "multinucleate" if by_word else "cell_min", "span": (a, d1)},
                  {"units": total - k, "n": n_rest, "min": None, "law": "cell_min",
                   "span": rest_span or (a, b)}]
        out.append((a, b, "CELLPART", {"groups": groups, "total": total}))
        for g in groups:
            if g["n"] == 0 and g["units"] > 0:
                g["unread"] = (d0, d1) if g is groups[0] else rest_span
        if d1 > d0:
            out.append((d0, d1, "ILLUM" if n_k == 0 else "IMG", None))   # no nucleus: not drawn (unread)
        if rest_span is not None:
            out.append((rest_span[0], rest_span[1], "ILLUM" if n_rest == 0 else "IMG", None))
    return out


# the share of the field that cells' discs may fill when nesy picks the field's size: below the random sequential
# packing limit of discs, 0.547 (Feder, J. Theor. Biol. 87:237-254, 1980), which a seeded sequential sample rarely
# reaches (nesy drawing rule: 30 mononucleate cells failed to place in the default 256 px field and placed in 288)
CELL_FILL = 0.3


def cell_field(groups: list[Any], side: int, max_px: int, d50: float, margin: float) -> int:
    """The side (px, a multiple of 32, at most ``max_px``) of a square field the text's cells fit, when the
    text gives no field: ``side`` unless the cells' discs (their nuclei, √n median diameters across, ``margin``
    beyond them) and the other nuclei would fill more than ``CELL_FILL`` of it."""
    import math
    area = 0.0
    for g in groups:
        if g.parent is not None or g.n <= 0:
            continue
        if g.kind == "cell":
            r = math.sqrt(g.n) * d50 / 2 + margin
            area += g.units * math.pi * r * r
        else:
            area += g.units * g.n * math.pi * (d50 / 2 + 1) ** 2
    if not any(g.kind == "cell" for g in groups) or area <= CELL_FILL * side * side:
        return side
    need = math.sqrt(area / CELL_FILL)
    return int(min(max_px, 32 * math.ceil(need / 32)))


def shares_said(text: str) -> bool:
    """Whether the text counts cells and a share of them with their nuclei ("40 cells, a quarter of them with no
    nucleus"): a population of cells, as a micrograph shows (the cell figure draws one cell)."""
    return any(re.search(r"(?i)nucle", text[h.end():h.end() + 200]) for h in _HEAD_RX.finditer(text))


# what a share of counted cells may say of them that nesy draws on their nuclei ("6 of them in mitosis": condensed,
# small and bright; "3 of them out of focus"); anything else (touching, a position, "binucleate") is read elsewhere
# (a size or shape said of cells — "3 of them large" — is the cells', which nesy does not draw: only a mitotic word's
# size, the condensed chromatin's, is their nuclei's)
_NUCLEAR_STATES = ("size", "shape", "focus", "bright", "mitotic")


def cell_share_of(cells: Any, n: int, said: dict[str, Any], span: dict[str, Any], new_gid: Any) -> Any | None:
    """A share of the cells just counted ("40 cells, each with one nucleus, and 6 of them are in mitosis") is no
    new count: "of them" refers back to those cells. When the share says only what their nuclei look like (a size,
    shape, focus, brightness or mitotic word, ``said``), the cell group is split: ``n`` of its cells (each keeping
    its nuclei) carry the state and the others stay as they were, so the number of cells and nuclei is the one the
    text counted. Returns the new group of ``n`` cells (``None`` when all the cells are the share: they carry the
    state themselves), or ``None`` untouched when the share says something else; raises ``InputError`` for a share
    larger than the cells it is of."""
    from dataclasses import replace
    from ..errors import InputError
    if not said or any(k not in _NUCLEAR_STATES for k in said) or cells.units <= 0 or n <= 0:
        return None
    if ("size" in said or "shape" in said) and "mitotic" not in said:
        return None
    if n > cells.units:
        raise InputError(f"'{span['text']}' at {span['start']}-{span['end']} is {n} of "
                         f"'{cells.span['text']}', which counts only {cells.units}")
    state = {"size": said.get("size"), "shape": said.get("shape"),
             "focus": said["focus"].value if said.get("focus") is not None else None,
             "bright": said["bright"].value if said.get("bright") is not None else None}
    for key, val in state.items():
        if val is not None and getattr(cells, key) not in (None, val):
            raise InputError(f"'{span['text']}' at {span['start']}-{span['end']} ({val}) contradicts "
                             f"'{cells.span['text']}' ({getattr(cells, key)}) it is a share of")
    if n == cells.units:
        for key, val in state.items():
            if val is not None:
                setattr(cells, key, val)
        return None
    cells.units -= n
    share = replace(cells, gid=new_gid(), units=n, span=span, claims=list(cells.claims), partitive=False,
                    parent=None, position=None, default=None)
    for key, val in state.items():
        if val is not None:
            setattr(share, key, val)
    return share
