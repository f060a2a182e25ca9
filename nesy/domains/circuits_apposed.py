"""Values given one by one after a counted plural, for ``nesy.circuits.v1``.

"Two resistors, one banded brown-black-red and the other yellow-violet-orange, in series with a 9 V battery";
"two resistors in parallel across a 12 V battery, one 10 Ω, the other 15 Ω": the values after "one … the other"
(a distributive apposition: Huddleston & Pullum, The Cambridge Grammar of the English Language, 2002, ch. 15
§6) are the members of the plural before them, one each, in order — not further parts joined to the list (read
so, "two resistors, one 1 kΩ and the other 47 kΩ" became four parts, or a part in a group with itself).

``apposed_values`` rewrites the mention stream: a run of value-only mentions (no kind word, no name), the first
said with "one" (or "the first"), each value in a unit of the plural's kind, and exactly as many as the plural
counts, becomes that plural's ``listed`` values. Any other number of values is left to the reading as before
(which of the parts a value is then is not said).
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["apposed_values", "bracketed_restatements", "one_of_values", "punctuated_values", "restated_values",
           "deferred_values"]

_FIRST = re.compile(r"(?i)\s*(?:one|the\s+first|1st)\b")


def apposed_values(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """The mention stream with each apposed run of values moved onto its plural (see the module docstring)."""
    from .circuits import _UNIT_KIND
    k = 0
    while k < len(ms):
        tag, m, s, _e = ms[k]
        if not (tag == "COMP" and m.get("value") is not None and not m.get("kind") and not m.get("name")
                and _FIRST.match(text, s) and (k == 0 or ms[k - 1][0] in ("AND", "SEP"))):
            k += 1
            continue
        run = [k]
        j = k + 1
        while j < len(ms):
            if ms[j][0] == "AND":
                j += 1
                continue
            x = ms[j]
            if x[0] == "COMP" and x[1].get("value") is not None and not x[1].get("kind") and not x[1].get("name") \
                    and not x[1].get("count"):
                run.append(j)
                j += 1
                continue
            break
        if j < len(ms) and ms[j][0] not in ("SEP", "OP"):
            k += 1
            continue
        units = {ms[r][1]["value"]["unit"] for r in run}
        hosts = [h for h in range(k) if ms[h][0] == "COMP" and ms[h][1].get("kind") and ms[h][1].get("count")
                 and ms[h][1]["count"][0] == len(run) and ms[h][1].get("value") is None
                 and not ms[h][1].get("listed") and not ms[h][1].get("name")
                 and all(ms[h][1]["kind"] in _UNIT_KIND.get(u, ()) for u in units)]
        if not hosts or len(run) < 2:
            k += 1
            continue
        h = hosts[-1]
        hm = ms[h][1]
        listed = [(ms[r][1]["value"], None) for r in run]
        drop = set(run) | {r - 1 for r in run if ms[r - 1][0] == "AND"}
        # the comma or "and" after the last value goes with the run when a connection follows ("…, in series with")
        if k + len(run) < len(ms) and j - 1 not in run and ms[j - 1][0] == "AND":
            drop.add(j - 1)
        ms = [("COMP", {**hm, "listed": listed, "end": hm["end"]}, ms[h][2], ms[h][3]) if q == h else x
              for q, x in enumerate(ms) if q not in drop]
        k = h + 1
    return ms


# "One of them is 10 Ω", "one resistor has 4.7 kΩ", "One of the resistors measures 10 Ω": a value said of one
# member of a counted plural named before (a partitive, Huddleston & Pullum 2002, ch. 5 §9); the copula between
_COPULA = re.compile(r"(?i)\s*(?:is|was|has|had|measures|reads|=|:|equals|is\s+rated\s+at|has\s+a\s+(?:value|"
                     r"resistance|capacitance|inductance)\s+of|of)\s*(?:a\s+value\s+of\s+|just\s+|exactly\s+)?\Z")
_ONE_OF = re.compile(r"(?i)\bone\s+of\s+(?:(?:the|these|those|all)\s+)?\Z")
_ONE = re.compile(r"(?i)\s*one\b")


def one_of_values(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """The mention stream with "one of them is 10 Ω" / "one resistor is 10 Ω" read as a value of one member of
    the counted plural of that kind named before (``circuits._resolve`` gives it to the first member still
    without a value), never as a further part; unchanged where no such plural waits."""
    from .circuits import _UNIT_KIND
    out = list(ms)
    k = 0
    while k < len(out):
        tag, m, s, e = out[k]
        if tag == "COMP" and m.get("assign") is not None and m.get("kind") and not m.get("name") and (
                (not m.get("plural") and _ONE.match(text, s)) or (m.get("plural") and _ONE_OF.search(text, 0, s))):
            # (read already as "the battery, which is 6 V" is: the part and the value it is given, one mention)
            unit = m["assign"]["unit"]
            if any(x[0] == "COMP" and x[1].get("count") and x[1]["count"][0] >= 2 and x[1].get("kind") == m["kind"]
                   and x[1].get("value") is None and not x[1].get("listed") and m["kind"] in _UNIT_KIND.get(unit, ())
                   for x in out[:k]):
                out[k] = ("COMP", {"start": s, "end": e, "value": m["assign"], "vtok": m.get("vtok")}, s, e)
            k += 1
            continue
        if k + 1 >= len(out):
            break
        nxt = out[k + 1]
        if nxt[0] != "COMP" or nxt[1].get("kind") or nxt[1].get("name") or nxt[1].get("value") is None \
                or not _COPULA.match(text[e:nxt[2]]):
            k += 1
            continue
        unit = nxt[1]["value"]["unit"]
        if tag == "GROUP" and _ONE_OF.search(text, 0, s):
            kind = None                                   # "one of them is 10 Ω"
        elif tag == "COMP" and m.get("kind") and m.get("value") is None and not m.get("name") and (
                (not m.get("plural") and _ONE.match(text, s)) or (m.get("plural") and _ONE_OF.search(text, 0, s))):
            kind = m["kind"]                              # "one resistor is …", "one of the resistors is …"
        else:
            k += 1
            continue
        waits = [x for x in out[:k] if x[0] == "COMP" and x[1].get("count") and x[1]["count"][0] >= 2
                 and x[1].get("kind") and x[1].get("value") is None and not x[1].get("listed")
                 and (kind is None or x[1]["kind"] == kind) and x[1]["kind"] in _UNIT_KIND.get(unit, ())]
        if not waits:
            k += 1
            continue
        val = {kk: v for kk, v in nxt[1].items() if kk not in ("count", "det")}
        out[k:k + 2] = [("COMP", {**val, "start": s}, s, nxt[3])]
        k += 1
    return out


# "R1 — 4 Ω —", "R2, 6 Ω, and R3, 12 Ω", "R1: 1 kΩ", "a resistor, 47 kΩ,": a value set off by punctuation right
# after the part it belongs to is that part's (an appositive, Huddleston & Pullum 2002, ch. 15 §5: the value
# renames the part), not a further, unnamed part; the punctuation between is all there is
_SET_OFF = re.compile(r"\s*(?:[,:(—–]|--|-\s)\s*\Z")
_AFTER = re.compile(r"\s*(?:[,;:.)—–]|--|-\s|and\b|\Z)")


def _kind_of(m: dict) -> str | None:
    """The kind of a part mention: said, or read from its name's letters ("R2" a resistor)."""
    if m.get("kind"):
        return m["kind"]
    name = m.get("name") or ""
    from .circuits import _style
    pre = re.match(r"[A-Za-z]+", name)
    for kind, p in _style()["name_prefix"].items():
        if pre and pre.group(0).upper() == p:
            return kind
    return None


def punctuated_values(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """The mention stream with each value set off by punctuation right after a single part without a value
    (see the comment above) moved onto that part; the value's unit must be one of the part's kind. Unchanged
    elsewhere ("two resistors, 4 Ω and 6 Ω" — a plural — is left to ``apposed_values``' reading)."""
    from .circuits import _UNIT_KIND
    out = list(ms)
    k = 0
    while k < len(out):
        tag, m, s, e = out[k]
        j = k + 1
        if j < len(out) and out[j][0] in ("AND", "SEP") and text[out[j][2]:out[j][3]] in (",", ":"):
            j += 1
        if not (tag == "COMP" and isinstance(m, dict) and m.get("value") is None and not m.get("plural")
                and not m.get("count") and not m.get("listed") and m.get("assign") is None and j < len(out)):
            k += 1
            continue
        t2, v, s2, e2 = out[j]
        kind = _kind_of(m)
        if not (t2 == "COMP" and isinstance(v, dict) and v.get("value") is not None and not v.get("kind")
                and not v.get("name") and not v.get("plural") and not v.get("count")
                and kind in _UNIT_KIND.get(v["value"]["unit"], ())
                and _SET_OFF.match(text[e:s2]) and _AFTER.match(text, e2)):
            k += 1
            continue
        merged = {**m, "value": v["value"], "vtok": v.get("vtok"), "end": e2}
        out[k] = ("COMP", merged, s, e2)
        del out[k + 1:j + 1]
        k += 1
    return out


# "a single cell (battery) of 1.5 V", "a 12 V battery (the only source)": a part of one kind named again in
# brackets right after it is the same part (a parenthetical restatement), never a second one
_OPEN = re.compile(r"\s*\(\s*(?:(?:the|a|an|its|only|single|one|main|sole)\s+)*\Z", re.IGNORECASE)


def bracketed_restatements(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """The mention stream with a part restated in brackets right after a part of the same kind (see the
    comment above) folded into it (its value, when the first has none); a second value is left as it is."""
    out = list(ms)
    k = 0
    while k + 1 < len(out):
        tag, m, s, e = out[k]
        t2, v, s2, e2 = out[k + 1]
        if not (tag == "COMP" and t2 == "COMP" and isinstance(m, dict) and isinstance(v, dict)
                and m.get("kind") and v.get("kind") == m["kind"] and not m.get("plural") and not v.get("plural")
                and not v.get("name") and not v.get("count") and _OPEN.match(text[e:s2])
                and ")" in text[s2:min(len(text), e2 + 1)]
                and (m.get("value") is None or v.get("value") is None)):
            k += 1
            continue
        merged = dict(m)
        if m.get("value") is None and v.get("value") is not None:
            merged.update(value=v["value"], vtok=v.get("vtok"))
        merged["end"] = e2
        out[k] = ("COMP", merged, s, e2)
        del out[k + 1]
    return out


# "a resistor banded brown-black-orange (that's 10 kΩ)", "a 10k resistor (10 kΩ)", "…, i.e. 10 kΩ,": the part's own
# value said again, in brackets or between commas after it — a gloss, never a second part (two resistors were
# drawn). Only a value that agrees is folded: a different one is left to the reading as before.
_GLOSS = re.compile(r"(?i)\s*(?:\(|,|—|–|-)\s*(?:(?:that['’]?s|that\s+is|which\s+is|which['’]s|i\.?\s*e\.?|"
                    r"aka|so|ie|meaning|=)[\s,:]*)?\Z")
_GLOSS_END = re.compile(r"\s*(?:\)|,|—|–|;|\.|$)")


def restated_values(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """The mention stream with a value that restates the part right before it dropped (see the comment above)."""
    from .circuits_chain import _same_value
    out = list(ms)
    k = 0
    while k + 1 < len(out):
        tag, m, s, e = out[k]
        t2, v, s2, e2 = out[k + 1]
        if tag == "COMP" and t2 == "COMP" and isinstance(m, dict) and isinstance(v, dict) and m.get("kind") \
                and m.get("value") is not None and not v.get("kind") and not v.get("name") and not v.get("count") \
                and not v.get("plural") and v.get("det") is None and _same_value(m["value"], v.get("value")) \
                and _GLOSS.match(text[e:s2]) and (text[s2:e2].rstrip().endswith(")") or _GLOSS_END.match(text, e2)):
            end = _GLOSS_END.match(text, e2)
            close = end.end() if end and text[end.start():end.end()].strip() == ")" else e2
            out[k] = ("COMP", {**m, "end": close}, s, close)
            del out[k + 1]
            continue
        k += 1
    return out


def _takes(kind: str | None, unit: str) -> bool:
    """Whether a part of ``kind`` can have a value in ``unit`` ("the source" of either unit a source has)."""
    from .circuits import _UNIT_KIND
    return kind in _UNIT_KIND.get(unit, ()) or kind == "source" and unit in ("V", "A")


def _anchor(it: tuple[str, Any, int, int]) -> bool:
    """A mention of the one part a connecting phrase names: "a 6 V cell", "the battery", "V1" (no plural, no list)."""
    m = it[1]
    return it[0] == "COMP" and isinstance(m, dict) and _kind_of(m) is not None and not m.get("plural") \
        and not m.get("count") and not m.get("listed")


def _values_run(ms: list[tuple[str, Any, int, int]], q: int) -> tuple[list[int], int]:
    """The indices of the value-only mentions from ``q`` on ("10 Ω, 22 Ω and 47 Ω"), and the index after them
    (a comma after the last value stays: "…, 10 Ω and 47 Ω, and a lamp")."""
    def value(x: int) -> bool:
        return x < len(ms) and ms[x][0] == "COMP" and isinstance(ms[x][1], dict) \
            and ms[x][1].get("value") is not None and not ms[x][1].get("kind") and not ms[x][1].get("name") \
            and not ms[x][1].get("count")
    run = []
    while value(q):
        run.append(q)
        q += 1
        while q < len(ms) and ms[q][0] == "AND" and (ms[q][1] == "and" or ms[q][1] == "," and value(q + 1)):
            q += 1
    return run, q


# "2 resistors in parallel, 10 ohm each", "two resistors in series with it, 1 MΩ and 470 kΩ": the values of a counted
# plural said after the phrase that connects it — one value with "each" for every member, or exactly as many values as
# the count, in order (a postposed apposition: Huddleston & Pullum 2002, ch. 15 §6). Read as parts of their own, the
# values were more resistors joined to the group they belong to (refused as no series-parallel circuit).
# "two resistors in parallel across a 6 V cell, 10 Ω and 47 Ω", "three capacitors in series with the battery: 1 µF,
# 2 µF and 3 µF": the phrase may name the one part the plural is joined to; the values after it are still the
# plural's when that part's kind takes none of their units (a cell has no value in Ω), so they cannot be its own.
def deferred_values(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """The mention stream with each run of values after a counted plural's connection given to that plural
    (see the comment above). The connection is operators ("in parallel across") and "it", or operators and one
    part (an anchor) whose kind takes none of the values' units; a comma opens the values (or, after an anchor, a
    colon). A run that ends its clause with another number of values than the count (two or more of them, in
    the plural's units) is refused, naming the phrase — never drawn as further parts or parts without a value."""
    from ..errors import InputError
    from .circuits import _UNIT_KIND
    for h, (tag, m, s, e) in enumerate(ms):
        if not (tag == "COMP" and isinstance(m, dict) and m.get("kind") and m.get("count") and m["count"][0] >= 2
                and m.get("value") is None and not m.get("listed") and not m.get("name")):
            continue
        j = h + 1
        while j < len(ms) and ms[j][0] in ("OP", "IT"):
            j += 1
        if j == h + 1 or j >= len(ms):
            continue
        anchor = ms[j][0] != "IT" and ms[j - 1][0] == "OP" and _anchor(ms[j]) and j + 1 < len(ms)
        if anchor:   # "… across a 6 V cell, 10 Ω and 47 Ω": the cell is what the plural is joined to
            j += 1
        opens = ms[j][0] == "AND" and ms[j][1] == "," or anchor and ms[j][0] == "SEP" and text[ms[j][2]:ms[j][3]] == ":"
        if not opens:
            continue
        run, q = _values_run(ms, j + 1)
        if not run or q < len(ms) and ms[q][0] not in ("SEP", "AND", "OP"):
            continue
        n = m["count"][0]
        vals = [ms[r][1]["value"] for r in run]
        if not all(m["kind"] in _UNIT_KIND.get(v["unit"], ()) for v in vals):
            continue
        if anchor and any(_takes(_kind_of(ms[j - 1][1]), v["unit"]) for v in vals):
            continue   # "two lamps in series with a resistor, 10 Ω and 47 Ω": the resistor's value, maybe
        if len(run) == 1 and ms[run[0]][1].get("value_each"):
            listed = [(vals[0], None)] * n
        elif len(run) == n:
            listed = [(v, None) for v in vals]
        elif len(run) >= 2 and (q == len(ms) or ms[q][0] == "SEP"):
            # "two resistors in parallel across a 6 V cell, 10 Ω, 22 Ω and 47 Ω.": which two the text means is not said
            raise InputError(f"'{text[s:ms[run[-1]][3]]}' at {s}-{ms[run[-1]][3]} announces {n} but lists "
                             f"{len(run)}: make them agree")
        else:
            continue
        drop = set(range(j, run[-1] + 1))
        return deferred_values([("COMP", {**m, "listed": listed}, s, e) if k == h else x
                                for k, x in enumerate(ms) if k not in drop], text)
    return ms
