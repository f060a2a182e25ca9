"""Voltage drops listed over a counted plural, for ``nesy.circuits.v1``.

"a 9 V battery drives three resistors in series, and we measured drops of 2 V, 3 V and 5 V across them", "the
voltage drops across the resistors are 2 V, 4 V and 6 V", "with 4 V and 5 V dropped across them": a list of
voltages said to drop across a plural is one voltage per part, in the order the parts were counted — a
distributive reading, as ``circuits_apposed`` reads "one 10 Ω, the other 15 Ω" (Huddleston & Pullum, *The
Cambridge Grammar of the English Language*, 2002, ch. 15 §6). Each value is no component (read as one, every
drop became a further voltage source the text never named, and the figure verified); it is a statement of the
voltage across one part (``circuits_stated.Statement`` with ``member``), checked with Kirchhoff's voltage law
next to the source's value: drops that do not add up to the source across a series chain (2 + 3 + 5 = 10 V
from a 9 V battery) are refused as impossible, naming the phrases (Alexander & Sadiku, *Fundamentals of
Electric Circuits*, 5th ed., §2.4, KVL).

Read only where it is certain: the values form one list (commas, "and"), a drop word says what they are
("drops of", "voltage drops … are", "… dropped across", "p.d.s of"), and "across/over them", "across each",
or "across the (three) resistors" names a counted plural named before. A drop list whose parts nesy cannot
tell, or whose number of values is not the plural's count, is refused naming the phrase — never drawn as
sources.
"""
from __future__ import annotations

import re
from typing import Any

from ..errors import InputError

__all__ = ["listed_drops"]

_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)\s*\Z", re.IGNORECASE)
_SENT = re.compile(r"(?<!\bp\.d)(?<!\be\.m\.f)[.;!?](?:\s|\Z)", re.IGNORECASE)
_DROP_WORD = r"(?:(?:voltage|potential)\s+)?(?:drops?|differences?)|voltages?|p\.\s?d\.?s?|pds?"
# the words before the list that say it is drops: "drops of", "voltage drops across them are", "p.d.s of"
_CUE_BEFORE = re.compile(r"\b(?:" + _DROP_WORD + r")\b[^.;]*?(?:\bof|\bare|\bwere|\bread|=|:)\s*\Z", re.IGNORECASE)
# … or after it: "2 V and 3 V drops", "4 V and 5 V dropped across them", "…, respectively, across them"
_CUE_AFTER = re.compile(r"\s*(?:(?:voltage\s+)?drops?|(?:(?:are|were|is)\s+)?(?:dropped|measured|read))\b",
                        re.IGNORECASE)
# the plural the drops are across: "across them", "across each (one/of them)", "over the (three) resistors"
_TARGET = re.compile(r"\b(?:across|over)\s+(?:(?P<it>them|these|those|each(?:\s+(?:one|of\s+them))?)\b|"
                     r"(?:the|these|those)\s+(?:\w+\s+)?(?P<noun>[a-z]+s)\b)", re.IGNORECASE)


def _plural_before(toks: list, pos: int, kind: str | None = None) -> int | None:
    """The last counted plural component named before ``pos`` (of ``kind`` when given), its token index."""
    from .circuits import SOURCES
    for j in range(len(toks) - 1, -1, -1):
        t = toks[j]
        if t.end > pos or t.tag != "KIND" or not t.value[1] or t.value[0] in SOURCES + ("source",):
            continue
        if kind is None or t.value[0] == kind:
            return j
    return None


def listed_drops(text: str, toks: list) -> tuple[list, list]:
    """``toks`` (``circuits._Tok``) without the listed drops and the words that point at their plural, and the
    drops as ``circuits_stated.Statement`` (``member``: the part's place in the plural; see the module's
    docstring)."""
    from .circuits_stated import Statement
    from ..parse.words import read_count
    out: list = []
    drop: set[int] = set()
    k = 0
    while k < len(toks):
        if not (toks[k].tag == "VALUE" and toks[k].value["unit"] == "V"):
            k += 1
            continue
        run = [k]
        j = k + 1
        while j < len(toks):
            if toks[j].tag == "PUNCT" and toks[j].value == ",":
                j += 1
                continue
            if toks[j].tag == "VALUE" and toks[j].value["unit"] == "V" and _GAP.match(text[toks[run[-1]].end:toks[j].start]):
                run.append(j)
                j += 1
                continue
            break
        k = run[-1] + 1
        if len(run) < 2:
            continue
        first, last = toks[run[0]], toks[run[-1]]
        nxt = next((t for t in toks[run[-1] + 1:] if t.tag != "PUNCT"), None)
        if nxt is not None and nxt.tag == "KIND" and not text[last.end:nxt.start].strip(" -"):
            continue   # "2 V and 3 V batteries": the values of parts
        s0 = max((m.end() for m in _SENT.finditer(text, 0, first.start)), default=0)
        m_end = _SENT.search(text, last.end)
        s1 = m_end.start() if m_end else len(text)
        before, after = text[s0:first.start], text[last.end:s1]
        cue_b = _CUE_BEFORE.search(before)
        cue_a = _CUE_AFTER.match(after)
        if not (cue_b or cue_a):
            continue
        values = [toks[i] for i in run]
        # the target: after the list, else between the cue and the list
        tgt = _TARGET.search(after)
        base = last.end
        if tgt is None and cue_b is not None:
            tgt = _TARGET.search(before, cue_b.start())
            base = s0
        phrase_start = s0 + cue_b.start() if cue_b else first.start
        phrase_end = base + tgt.end() if tgt is not None and base == last.end else last.end
        if cue_a and phrase_end < last.end + cue_a.end():
            phrase_end = last.end + cue_a.end()
        where = f"'{text[phrase_start:phrase_end]}' at {phrase_start}-{phrase_end}"
        if tgt is None:
            raise InputError(f"{where} states {len(values)} voltage drops but not across which parts: say it of "
                             "each part (e.g. '2 V across R1') or of a counted plural ('across the three resistors')")
        t0, t1 = base + tgt.start(), base + tgt.end()
        if tgt.group("it"):
            plural = _plural_before(toks, t0)
        else:
            noun = [i for i, t in enumerate(toks) if t.tag == "KIND" and t0 <= t.start < t1]
            kind = toks[noun[0]].value[0] if noun else None
            plural = _plural_before(toks, toks[noun[0]].start, kind) if kind else None
            if plural is None and noun and toks[noun[0]].value[1]:
                plural = noun[0]   # "the drops across the three resistors are …" naming them first
        if plural is None:
            raise InputError(f"{where} states voltage drops across parts nesy cannot tell: name them before "
                             "('three resistors … drops of 2 V, 3 V and 5 V across them')")
        p = toks[plural]
        cnt = toks[plural - 1] if plural > 0 and toks[plural - 1].tag == "COUNT" else None
        n = cnt.value if cnt is not None and isinstance(cnt.value, int) else (
            read_count(cnt.text) if cnt is not None else None)
        if n != len(values):
            raise InputError(f"{where} states {len(values)} voltage drops for "
                             f"{'an uncounted plural' if n is None else n} '{text[(cnt or p).start:p.end]}': nesy "
                             "gives one drop to each part, in order; state as many as there are parts")
        gstart = (cnt or p).start
        for i, v in enumerate(values):
            out.append(Statement("V", v.value["value"], phrase_start, phrase_end, kind=p.value[0],
                                 value_text=v.text, vstart=v.start, vend=v.end, member=(i, gstart, p.end)))
        drop.update(run)
        # the words that point back at the plural connect nothing ("across them" is the drops' place)
        keep = {plural} | ({plural - 1} if cnt is not None else set())
        drop.update(i for i, t in enumerate(toks) if t0 <= t.start < t1 and i not in keep)
    return [t for i, t in enumerate(toks) if i not in drop], out


def member_of(comps: Any, order: list[str], st: Any) -> list:
    """The part a listed drop is about: the ``member``-th part of its kind named in the plural's span."""
    i, a, b = st.member
    parts = [comps[c] for c in order if comps[c].kind == st.kind and a <= comps[c].span["start"]
             and comps[c].span["end"] <= b]
    return [parts[i]] if i < len(parts) else []
