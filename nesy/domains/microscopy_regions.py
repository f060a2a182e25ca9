"""Counts of nuclei given per part of one image, or per moment of one field (``nesy.microscopy.v1``).

* ``region_sum_items(text)``: nuclei counted in the parts of one image ("counts nuclei in the four quadrants … and
  finds 4, 6, 5 and 7", "the two halves hold 9 and 11 nuclei"): the parts tile the image, so the image holds their
  sum (counting is additive over a partition of the field: a count is a measure, and a measure of disjoint parts
  adds; Halmos, *Measure Theory*, 1950, §7). The list becomes one ``KWCOUNT`` item (the sum, nuclei understood); the
  number of parts ("four") is read as their number, no count of its own (an ``IMG`` item); the parts' words
  ("quadrants") stay unread — the figure lists them as not drawn (nesy draws the total, not the split). A list
  whose length differs from the number of parts stated is refused, naming both. So is a keyed list under a heading
  ("Nuclei per quadrant - Q1 = 4; Q2 = 6; …", asked for the whole field): their sum.
* ``time_items(text)``: one field counted at several times ("5 nuclei at 0 h; after 48 h … 20 nuclei. Draw the
  field at 48 h"): the figure is of the time the text asks to draw; the count at that time is read, the others are
  left unread (``CTXU``: listed as not drawn, never counted) with their times. Several times with none asked for are
  refused, naming the counts: nesy draws one moment.
"""
from __future__ import annotations

import re
from typing import Any

from .microscopy_arith import NUMBER, number_value

__all__ = ["region_sum_items", "time_items"]

_PARTS = r"(?:quadrants?|halves|half|thirds|quarters|sectors?|regions?|tiles?|areas?|parts?|squares?|zones?|corners?)"
# "in the four quadrants", "the two halves", "each of the 4 tiles"
_PARTS_RX = re.compile(rf"(?i)(?<![\w-])(?:in\s+|across\s+|over\s+|of\s+)?(?:the\s+|its\s+|each\s+of\s+the\s+|all\s+)?"
                       rf"(?:(?P<k>{NUMBER})\s+)?(?P<parts>{_PARTS})(?![\w-])")
# "4, 6, 5 and 7", "4, 6, 5, 7", "9 and 11", optionally "nuclei" and "respectively" after
_LIST_RX = re.compile(rf"(?i)(?<![\w.,])(?P<list>(?:{NUMBER})(?:\s*,\s*(?:{NUMBER}))*\s*(?:,\s*)?(?:and|&|,)\s*(?:{NUMBER}))"
                      r"(?![\w.]|,\d)(?P<noun>\s+(?:cell\s+)?nuclei)?(?:\s*,?\s*respectively)?")


# the same counts as a keyed list under a heading that names what is counted per part, the whole image asked for:
# "Nuclei per quadrant - Q1 = 4; Q2 = 6; Q3 = 3; Q4 = 5. Make one image of the whole field" (a one-line table
# "Q1 | 4; …" reaches the reader so, written out by the shared front end)
_KEYED_RX = re.compile(r"(?i)(?P<head>(?:cell\s+)?nuclei\s+(?:per|by|in\s+each)\s+(?:quadrant|half|third|quarter|sector|region|"
                       r"tile|area|part|square|zone|corner))\s*[-–—:,]?\s*"
                       r"(?P<recs>(?:[A-Za-z]{1,3}\s*\d{1,2}\s*(?:=|:|\|)\s*\d{1,4}\s*[;,]\s*)+[A-Za-z]{1,3}\s*\d{1,2}\s*(?:=|:|\|)\s*\d{1,4})")
_WHOLE_RX = re.compile(r"(?i)\b(?:whole|entire|full|complete)\s+(?:field|image|view)|\ball\s+of\s+them\b|\bin\s+total\b|"
                       r"\ball\s+(?:the\s+|four\s+|the\s+four\s+)?(?:quadrants|parts|regions|tiles|sectors)\b")


def _keyed_sum(text: str) -> list[tuple[int, int, str, Any]]:
    """Items for a keyed list of counts per part under a heading of nuclei, when the whole image is asked for."""
    m = _KEYED_RX.search(text)
    if m is None or not _WHOLE_RX.search(text, m.end()):
        return []
    vals = [int(v) for v in re.findall(r"(?:=|:|\|)\s*(\d{1,4})", m.group("recs"))]
    return [(m.start("head"), m.end("head"), "IMG", None), (m.start("recs"), m.end("recs"), "KWCOUNT", sum(vals))]


def region_sum_items(text: str) -> list[tuple[int, int, str, Any]]:
    """(start, end, tag, value) items for counts given per part of one image (module docstring)."""
    from ..errors import InputError
    keyed = _keyed_sum(text)
    if keyed:
        return keyed
    out: list[tuple[int, int, str, Any]] = []
    for sm in re.finditer(r"[^.;!?\n]+", text):
        sent = sm.group(0)
        if not re.search(r"(?i)(?<![\w-])nucle(?:i|us)(?![\w-])", sent):
            continue
        pm = next((p for p in _PARTS_RX.finditer(sent) if p.group("k") or re.search(r"(?i)s$", p.group("parts"))), None)
        if pm is None:
            continue
        lm = next((m for m in _LIST_RX.finditer(sent, pm.end())), None)
        if lm is None or re.search(r"\d", sent[pm.end():lm.start()]):
            continue
        vals = [number_value(v) for v in re.split(r"(?i)\s*(?:,\s*and|,|and|&)\s*", lm.group("list").strip()) if v]
        base = sm.start()
        if pm.group("k"):
            k = number_value(pm.group("k"))
            if k != len(vals):
                raise InputError(f"'{pm.group(0).strip()}' at {base + pm.start()}-{base + pm.end()} names {k} parts but "
                                 f"'{lm.group('list')}' at {base + lm.start('list')}-{base + lm.end('list')} gives "
                                 f"{len(vals)} counts; give one count per part")
            out.append((base + pm.start("k"), base + pm.end("k"), "IMG", None))
        end = lm.end("noun") if lm.group("noun") else lm.end("list")
        out.append((base + lm.start("list"), base + end, "KWCOUNT", sum(vals)))
    return out


_HOURS = {"h": 1.0, "hr": 1.0, "hrs": 1.0, "hour": 1.0, "hours": 1.0, "min": 1 / 60, "mins": 1 / 60, "minute": 1 / 60,
          "minutes": 1 / 60, "d": 24.0, "day": 24.0, "days": 24.0, "week": 168.0, "weeks": 168.0}
_TIME = r"(?P<t>\d+(?:\.\d+)?)\s*(?P<u>h|hrs?|hours?|mins?|minutes?|d|days?|weeks?)(?![\w])"
_TIME_RX = re.compile(rf"(?i)(?<![\w-])(?:(?:at|after|on|by|from)\s+)?(?:t\s*=\s*)?{_TIME}|(?<![\w-])(?:on\s+)?(?P<du>day|week|hour)\s+(?P<dt>\d+)(?!\w|\.\d)")
_COUNT_RX = re.compile(rf"(?i)(?<![\w-])(?P<n>{NUMBER})\s+(?:[a-z-]+\s+){{0,2}}?(?:cell\s+)?(?:nuclei|nucleus|cells)(?![\w-])")
_DRAW_RX = re.compile(r"(?i)(?<![\w-])(?:draw|show|render|generate|make|simulate|depict|sketch|image|picture|illustrate)\b")


def _hours(m: re.Match) -> float:
    if m.group("t") is not None:
        return float(m.group("t")) * _HOURS[m.group("u").lower()]
    return float(m.group("dt")) * _HOURS[m.group("du").lower()]


def time_items(text: str) -> list[tuple[int, int, str, Any]]:
    """(start, end, tag, value) items for one field counted at several times (module docstring); [] when the text
    counts at most one time."""
    from ..errors import InputError
    said: list[tuple[float, re.Match, re.Match]] = []          # (hours, count, time) of each counted clause
    asked: list[tuple[float, re.Match, int]] = []
    for cm in re.finditer(r"[^.;!?\n]+", text):
        clause, base = cm.group(0), cm.start()
        times = [(_hours(t), t) for t in _TIME_RX.finditer(clause)]
        if not times:
            continue
        if _DRAW_RX.search(clause) and not _COUNT_RX.search(clause):
            asked += [(h, t, base) for h, t in times]
            continue
        counts = list(_COUNT_RX.finditer(clause))
        if counts and len(counts) == len(times):     # "8 nuclei on day 1, 16 nuclei on day 3": in order
            said += [(h, c, t, base) for c, (h, t) in zip(counts, times)]
    if len(said) == 1 and not asked:       # "12 nuclei after 24 h of culture": when the one field was imaged
        _, c, t, b = said[0]
        return [(b + t.start(), b + t.end(), "IMG", None)]
    if len({h for h, *_ in said}) < 2:
        return []
    want = {h for h, *_ in asked}
    if len(want) != 1:
        names = ", ".join(f"'{c.group(0)}' at {b + c.start()}-{b + c.end()}" for _, c, _t, b in said)
        raise InputError(f"{names} count one field at {len(said)} times; nesy draws one moment: say which to draw "
                         "(e.g. 'draw the field at 48 h')")
    h0 = want.pop()
    if not any(h == h0 for h, *_ in said):
        return []
    out: list[tuple[int, int, str, Any]] = [(b + t.start(), b + t.end(), "IMG", None) for _, t, b in asked]
    for h, c, t, b in said:
        if h != h0:        # another moment's count and its time: context, listed as not drawn
            out.append((b + min(c.start(), t.start()), b + max(c.end(), t.end()), "CTXU", None))
        else:
            out.append((b + t.start(), b + t.end(), "IMG", None))
    return out
