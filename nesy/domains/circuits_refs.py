"""References in circuit texts, for ``nesy.circuits.v1``'s parser: what a phrase names that was named before.

- ``trailing_values``: a value stated after its component ("across the battery, which is 6 V"; "The battery
  is 12 V.") is that component's, not a further source;
- ``bind_pronouns``: "it"/"its" next to a connecting phrase ("R1 and R2 in parallel with it", "across its
  terminals") as the component it names;
- ``resolve_stated``: the part each stated current, voltage or power (``circuits_stated``) is about.

They work on ``circuits``' mention lists (``(tag, payload, start, end)``) and its builder; ``circuits``
imports this module when it parses, so the names it uses from there are imported inside the functions.
"""
from __future__ import annotations

import re
from typing import Any

from ..errors import InputError

__all__ = ["trailing_values", "attribute_values", "bind_pronouns", "resolve_stated"]


def _c():
    from . import circuits
    return circuits


# (a source's verb of output: "my bench supply gives 5 V", "the cell provides 1.5 V", "a generator that puts out
# 12 V" — the voltage the source gives is its emf, Horowitz & Hill, The Art of Electronics, 3rd ed., §1.2.1)
_TRAILING_GAP = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:is|was|has)|whose\s+(?:value|resistance|capacitance|"
                           r"inductance|voltage|emf|e\.m\.f\.|rating)\s+is|is|has\s+a\s+value\s+of|is\s+rated\s+(?:at\s+)?|"
                           r"(?:(?:which|that)\s+)?(?:gives|gave|provides|provided|outputs|produces|puts\s+out|"
                           r"is\s+set\s+to|was\s+set\s+to)(?:\s+(?:out|exactly|just))?)"
                           r"(?:\s+(?:a\s+)?(?:value\s+of|rated\s+(?:at\s+)?))?\s*", re.IGNORECASE)


def trailing_values(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """A value stated after its component ("across the battery, which is 6 V"; "The battery is 12 V.")
    is that component's, not a further one: the value joins the mention (``assign``: given to the
    component the mention names, when it has none)."""
    C = _c()
    out: list[tuple[str, Any, int, int]] = []
    for it in ms:
        prev = out[-1] if out else None
        comma = False
        if prev is not None and prev[0] == "AND" and prev[1] == "," and len(out) > 1:
            prev, comma = out[-2], True
        m = it[1]
        # ("a cell that gives 1.5 V": the relative "that" is read as a determiner, starting the value's mention)
        rel = it[0] == "COMP" and m.get("det") == "back" and m.get("vtok") is not None and \
            re.match(r"(?i)that\b", text[it[2]:]) is not None
        if (it[0] == "COMP" and prev is not None and prev[0] == "COMP" and m.get("value") is not None
                and not m.get("kind") and not m.get("name") and (not m.get("det") or rel) and not m.get("count")
                and prev[1].get("value") is None and _singular(prev[1])
                and _TRAILING_GAP.fullmatch(text[prev[3]:m["vtok"].start if rel else it[2]])):
            p = prev[1]
            kind = p.get("kind")
            if kind is None and p.get("name"):
                kind = C._name_kind(p["name"])
            if kind == "source" or kind in C._UNIT_KIND.get(m["value"]["unit"], ()):
                q = {**p, "assign": m["value"], "vtok": m["vtok"]}
                if kind == "source":
                    q["kind"] = "source"
                if comma:
                    out.pop()
                out[-1] = ("COMP", q, prev[2], it[3])
                continue
        out.append(it)
    return out


# between a part and the quantity phrase that gives its value: "a lamp with a resistance of 12 Ω", "each bulb
# having a resistance of 3 Ω", "a bulb of resistance 4 Ω", "a coil, which has a resistance of 8 Ω"
_ATTR_GAP = re.compile(r"\s*(?:\(\s*|[,(]?\s*(?:(?:which|that|each)\s+)?(?:with|having|has|of|rated)\s*)", re.IGNORECASE)
# the quantity noun that starts such a phrase (the grammar reads "resistance" as a resistor's name)
_ATTR_NOUN = re.compile(r"(?:(?:a|an|the)\s+)?(?:total\s+|internal\s+|electrical\s+)?(?:resistance|impedance)\b",
                        re.IGNORECASE)


def attribute_values(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """A part followed by a phrase giving its resistance ("a lamp with a resistance of 12 Ω", "two identical
    bulbs, each bulb having a resistance of 3 Ω") is one part with that value: the phrase names a quantity of
    the part, not a further resistor (read as one, the lamp and a 12 Ω resistor were both drawn). The value
    joins the part's mention (``assign``: given to every part the mention names)."""
    C = _c()
    out: list[tuple[str, Any, int, int]] = []
    for it in ms:
        prev = out[-1] if out else None
        comma = False
        if prev is not None and prev[0] == "AND" and prev[1] == "," and len(out) > 1:
            prev, comma = out[-2], True
        m = it[1]
        if (it[0] == "COMP" and prev is not None and prev[0] == "COMP" and m.get("value") is not None
                and m.get("kind") == "resistor" and not m.get("name") and not m.get("count") and not m.get("plural")
                and _ATTR_NOUN.match(text, it[2]) and prev[1].get("value") is None and prev[1].get("assign") is None
                and not prev[1].get("name")
                and prev[1].get("kind") in C._UNIT_KIND[m["value"]["unit"]]
                and _ATTR_GAP.fullmatch(text[prev[3]:it[2]])):
            if comma:
                out.pop()
            out[-1] = ("COMP", {**prev[1], "assign": m["value"], "vtok": m["vtok"], "end": it[3]}, prev[2], it[3])
            continue
        out.append(it)
    return out


def _singular(m: dict) -> bool:
    C = _c()
    return not C._many(m) and not m.get("listed")


def _is_source(m: dict) -> bool:
    C = _c()
    kind = m.get("kind")
    if kind is None and m.get("name"):
        kind = C._name_kind(m["name"])
    if kind is None and m.get("value") is not None:
        kind = C._UNIT_KIND.get(m["value"]["unit"], [None])[0]
    return kind in C.SOURCES + ("source",)


def bind_pronouns(ms: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """Each "it" of the mention list (``_mentions`` keeps only those next to a connecting phrase) as the
    component it names. After a connecting phrase ("R1 and R2 in parallel with it") it is: the one source
    among the components right before that phrase when the others are no sources ("a 24 V battery, R1 and
    R2 across it": the battery); else the last single component mentioned before them ("a 12 V battery;
    R1 and R2 across it"); else the first of them ("a 10 Ω resistor with a 5 Ω resistor in parallel with
    it"). Before a connecting phrase ("it is in series with R2") it is the last single component mentioned.
    A component named inside the run moves to the pronoun's place, so that the run is what is connected
    to it; one mentioned earlier is referred to (``ante``: where its mention starts). An "it" that names
    nothing nesy can tell is refused, naming it."""
    C = _c()
    out = list(ms)
    k = 0
    while k < len(out):
        tag, _v, s, e = out[k]
        if tag != "IT":
            k += 1
            continue
        where = f"'{text[s:e]}' at {s}-{e}"

        def before(limit: int) -> int | None:
            for j in range(limit - 1, -1, -1):
                if out[j][0] == "COMP" and _singular(out[j][1]):
                    return j
            return None
        ante: int | None = None
        if k > 0 and out[k - 1][0] == "OP":
            j = k - 2
            # the run: the parts right before the phrase, through a postfix one ("R1 and R2 in parallel across it")
            while j >= 0 and (out[j][0] in ("COMP", "AND") or out[j][0] == "OP" and C._OPS[out[j][1]][0] == "post"):
                j -= 1
            run = [x for x in range(j + 1, k - 1) if out[x][0] == "COMP"]
            srcs = [x for x in run if _is_source(out[x][1]) and _singular(out[x][1])]
            if len(run) >= 2 and len(srcs) == 1:
                ante = srcs[0]
            else:
                ante = before(j + 1)
                if ante is None and len(run) >= 2 and _singular(out[run[0]][1]):
                    ante = run[0]
            if ante is not None and ante in run:
                item = out.pop(ante)
                k -= 1
                if ante + 1 < len(out) and out[ante][0] == "AND":
                    out.pop(ante)
                    k -= 1
                elif ante > 0 and out[ante - 1][0] == "AND":
                    out.pop(ante - 1)
                    k -= 1
                out[k] = ("COMP", {**item[1], "moved": True}, item[2], item[3])
                k += 1
                continue
        else:
            ante = before(k)
        if ante is None:
            raise InputError(f"{where} names no component nesy can tell: name it (e.g. 'across the battery')")
        m = out[ante][1]
        out[k] = ("COMP", {"start": s, "end": e, "ante": m.get("ante", m["start"])}, s, e)
        k += 1
    return out


_STATED_UNIT = {"I": "A", "V": "V", "P": "W"}


def resolve_stated(b: Any, stated: list, text: str) -> list[dict]:
    """Each statement (``circuits_stated``) with the name of the part it is about: the part named, the
    one part of that kind (and value), or the circuit's one source for its current. A part nesy cannot
    tell is refused, naming the phrase."""
    C = _c()
    out: list[dict] = []
    for st in stated:
        sp = C._sp(st.start, st.end, text)
        while sp["text"][:1].isspace():
            sp = C._sp(sp["start"] + 1, sp["end"], text)
        where = f"'{sp['text']}' at {sp['start']}-{sp['end']}"
        what = {"I": "current", "V": "voltage", "P": "power"}[st.q]
        if st.whole:
            cands = [c for c in b.comps.values() if c.kind in C.SOURCES]
            if len(cands) != 1:
                raise InputError(f"{where} states the circuit's {what}, but the circuit has {len(cands)} sources: "
                                 "say which part carries it (e.g. 'through R1')")
        elif st.member is not None:   # one of a counted plural's drops (circuits_drops), in order
            from .circuits_drops import member_of
            cands = member_of(b.comps, b.order, st)
            if len(cands) != 1:
                raise InputError(f"{where} states a {what} of a part nesy cannot tell: name the parts (R1, R2)")
        elif st.name is not None:
            cands = [c for c in b.comps.values() if c.name == st.name]
            if not cands:
                raise InputError(f"{where} states the {what} of {st.name}, which is no part of the circuit")
            # "two resistors in parallel, 0.5 A flows through R1": R1 is named only here, beside a counted plural of
            # its kind named without names — one of them, or a third part? Never a part made up for the statement
            c0 = cands[0]
            # (the counted parts: numbered by nesy, their names in no text of theirs, two or more from one mention)
            counted = [c for c in b.comps.values() if c.kind == c0.kind and c is not c0
                       and (c.name or "") not in c.span["text"] and sum(
                           x.span == c.span for x in b.comps.values() if x.kind == c0.kind) >= 2]
            if counted and st.start <= c0.span["start"] < st.end:
                sp0 = counted[0].span
                raise InputError(f"{where} names {st.name}, which the text gives nowhere else, while "
                                 f"'{sp0['text']}' at {sp0['start']}-{sp0['end']} counts parts of its kind without "
                                 f"names: name them ('{sp0['text']} R1 and R2') or say which one")
        else:
            cands = [c for c in b.comps.values() if c.kind == st.kind and (
                st.part_value is None or c.value is not None and c.unit == st.part_value["unit"]
                and abs(c.value - st.part_value["value"]) <= 1e-9 * max(1.0, abs(c.value)))]
            if len(cands) > 1 and getattr(st, "place", None):   # "the bottom resistor" of a divider
                cands = [c for c in cands if b.places.get(c.id) == st.place] or cands
            if len(cands) != 1:
                noun = C._style()["kind_names"].get(st.kind, st.kind)
                raise InputError(f"{where} states the {what} of a {noun}, but the circuit has {len(cands)} such: "
                                 "name the part (e.g. R1)")
        out.append({"q": st.q, "value": st.value, "unit": _STATED_UNIT[st.q], "target": cands[0].name,
                    "text": sp["text"], "start": sp["start"], "end": sp["end"]})
    return out
