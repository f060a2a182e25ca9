"""Stated currents, voltages and powers of a circuit's parts, for ``nesy.circuits.v1``.

A circuit text often says what flows or drops, besides what is connected: "a current of 2 A flowing
through the resistor", "2 A flows through R1", "the current in the circuit is 0.5 A", "the voltage across R2
is 3 V", "R1 dissipates 2 W", "the ammeter reads 0.3 A". Such a value is no component (read as one, "2 A"
became a current source the text never named): it is a quantity *of* a named part. ``split_stated`` takes
those values out of the token stream, each with the part it is about; ``circuits.parse_circuit`` resolves
the part and stores the statements (``attributes["stated"]``); ``circuits.check_circuit`` adds each as a
tracked Z3 assertion next to Kirchhoff's and Ohm's laws, so a consistent statement is drawn (and labelled
on its part) and an inconsistent one ("a 9 V battery across a 100 Ω resistor with 2 A through it":
I = V/R = 0.09 A) is refused naming the phrases of the unsat core.

Which values are statements, not parts:

- a current (A) that is no current source's value (not next to a current-source word or an ``I`` name:
  "a 2 A current source", "a current source of 2 A", "I1 = 2 A" stay parts) with a word of flow in its
  clause ("current", "flows", "through", "carries", "reads"); when the text names no source at all the
  value stays a current source (something has to drive the current it states); a current written with a
  voltage source's value ("a 12 V, 2 A supply") is its rating, reported as not drawn;
- a voltage (V) said of a part that is not the source, with a voltage word in its clause ("the voltage
  across R2 is 3 V", "a 3 V drop across R2", "the voltmeter reads 4 V"), when the text has a source
  besides;
- a power (W) said of a part ("R1 dissipates 2 W", "the power in the lamp is 3 W").

The part is the first one named after a preposition following the value ("2 A flows through R1"), else
the one named after a preposition before it ("the current through R1 is 2 A"), else the clause's subject
("R1 dissipates 2 W", "the ammeter reads 3 A"), else the whole circuit ("the current in the circuit",
"a current of 2 A flows"): the current through its one source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["Statement", "split_stated", "QUANTITY_NAMES"]

QUANTITY_NAMES = {"I": "current", "V": "voltage", "P": "power"}
_BOUNDARY = re.compile(r"(?<!\bp\.d)(?<!\be\.m\.f)[.;!?]\s|[.;!?]$|,\s*(?:and\s+|while\s+|with\s+|so\s+)?|\s+and\s+(?=\d)|\bwhen\b|\bwhile\b|\bso\s+that\b|\bsuch\s+that\b",
                       re.IGNORECASE)
_PREP = re.compile(r"\b(?:through|in|across|over|on|by|from|of|to|at|into)\b", re.IGNORECASE)
# a voltage said of a part, not a source's: "the voltage across R2 is 3 V", "the p.d. over the lamp = 2 V",
# "a 3 V drop across R2", "the voltmeter reads 4 V" ("voltage divider: 10 V across R1 …" is the source's)
# (the output of a divider is the voltage across its lower part, Horowitz & Hill, The Art of Electronics, 3rd ed.,
# §1.2.3: "the output across it must be 2.5 V" is the voltage across that part)
_VOLT_BEFORE = re.compile(r"\b(?:voltages?|potential\s+differences?|potential\s+drops?|p\.\s?d\.|pd|drops?|"
                          r"output(?:\s+voltage)?|v_?out)\s+"
                          r"(?:(?:measured|dropped|developed)\s+)?(?:across|over|on|of|at)\b[^,;]*?"
                          r"(?:\bis|=|:|\bof|\bequals|\bwill\s+be|\bbe)\s*$", re.IGNORECASE)
_VOLT_AFTER = re.compile(r"\s*(?:voltage\s+)?(?:drops?|p\.\s?d\.|pd|potential\s+(?:difference|drop))\b|"
                         # "so that 4 V appears across R2", "2 V is dropped across the lamp": a verb of a voltage
                         r"\s*(?:appears?|is\s+dropped|is\s+developed|develops?|is\s+present|exists?)\s+(?:across|over)\b",
                         re.IGNORECASE)
_VOLT_READ = re.compile(r"\b(?:reads?|reading|shows?|showing|measures?|measuring|indicates?)\s*(?:of\s*)?$",
                        re.IGNORECASE)


def _said_of_a_part(before: str, after: str) -> bool:
    """Whether a voltage value is said of a part by the words around it in its clause."""
    return bool(_VOLT_BEFORE.search(before) or _VOLT_AFTER.match(after) or _VOLT_READ.search(before))
_WHOLE = re.compile(r"\b(?:circuit|loop|network|battery|source|supply|cell)\b", re.IGNORECASE)
_DEFINITE = re.compile(r"(?:the|this|that)\s+$", re.IGNORECASE)
_WATT_SI = "kilogram * meter ** 2 / second ** 3"
# a current said to flow: a word of flow in its clause ("a current of 2 A", "2 A flows", "R1 carries 2 A", "the
# ammeter reads 0.3 A", "drives 10 mA through R1"); a bare "2 A" with none stays as before (a current source)
_CURRENT_CUE = re.compile(r"\b(?:currents?|flows?|flowing|carr(?:y|ies|ying|ied)|draws?|drawing|drawn|through|"
                          r"reads?|reading|shows?|measures?|measuring|pass(?:es|ing)?|deliver(?:s|ing)?|"
                          r"suppl(?:ies|ying)|drives?|driving|amperage|takes|taking|took)\b", re.IGNORECASE)
# what follows a part to say something of it: a relative pronoun ("that dissipates", ", which carries") or a
# participle of what a part carries ("dissipating", "carrying"), up to the value with no clause break between
_RELATIVE = re.compile(r"\s*(?:(?:connected\s+|wired\s+)?in\s+(?:series|parallel)\s*)?,?\s*(?:(?:that|which|who)\b|"
                       r"(?:dissipating|carrying|drawing|consuming|taking|using|passing|delivering|conducting)\b)"
                       r"[^,;.!?]*\Z", re.IGNORECASE)
# "a lamp rated 3 W", "a heater with a rating of 2 kW": a rating (what it takes at its rated voltage), no statement
_RATED = re.compile(r"\b(?:rated|rating)\s+(?:at\s+|of\s+)?\Z", re.IGNORECASE)
_CONNECTED_TO = re.compile(r"\b(?:connected|wired|attached|joined|hooked\s+up|plugged\s+in)\s+(?:directly\s+|straight\s+)?"
                           r"(?:to|across|into|with)\s+[^,;]*\Z", re.IGNORECASE)
_ABBREV = re.compile(r"\bp\.\s?d\.|\be\.m\.f\.", re.IGNORECASE)


@dataclass
class Statement:
    """One stated quantity: ``q`` "I", "V" or "P", ``value`` in A, V or W, the phrase that states it
    (``start``/``end`` in the text), and the part it is about: ``name`` (as written, "R1"), or ``kind``
    with the ``part_value`` written with it (None when none), or ``whole`` (the circuit's current)."""
    q: str
    value: float
    start: int
    end: int
    name: str | None = None
    kind: str | None = None
    part_value: dict | None = None
    whole: bool = False
    value_text: str = ""
    vstart: int = 0
    vend: int = 0
    member: tuple[int, int, int] | None = None   # (place, plural's start, end): circuits_drops
    place: str | None = None     # "the bottom resistor": a divider's part by its place (circuits_divider)


def _regions(text: str) -> list[tuple[int, int]]:
    out, a = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.start() > a:
            out.append((a, m.start()))
        a = m.end()
    if a < len(text):
        out.append((a, len(text)))
    return out


def split_stated(text: str, toks: list, unknown: list[tuple[str, int, int]]) -> tuple[list, list, list[Statement]]:
    """``toks`` (``circuits._Tok``) without the stated values and the parts named only to say what they
    carry ("the resistor" in "2 A flows through the resistor": the resistor the text has already named),
    ``unknown`` without the stated powers, and the statements (see the module docstring)."""
    from .circuits import SOURCES, _NAME_KIND
    from ..parse.quantities import find_quantities
    # the dots of "p.d." end no sentence
    dots = {i for m in _ABBREV.finditer(text) for i in range(m.start(), m.end())}
    toks = [t for t in toks if not (t.tag == "PUNCT" and t.start in dots)]
    kinds_named = {t.value[0] for t in toks if t.tag == "KIND"}
    names = [t for t in toks if t.tag == "NAME"]
    volts = [t for t in toks if t.tag == "VALUE" and t.value["unit"] == "V"]

    def name_kind(n: str) -> str | None:
        return _NAME_KIND.get(re.match(r"[A-Z]+", n).group(0)) or _NAME_KIND.get(n[0])
    has_source = bool(kinds_named & {"vsource", "isource", "source"}) or any(
        name_kind(t.value) in SOURCES for t in names) or bool(volts)
    if not has_source:
        return toks, unknown, []
    regions = _regions(text)

    def region(pos: int) -> tuple[int, int]:
        return next(((a, b) for a, b in regions if a <= pos < b), (pos, pos + 1))

    def neighbour(k: int, step: int) -> Any:
        j = k + step
        return toks[j] if 0 <= j < len(toks) else None

    def attached_to_source(k: int) -> bool:
        t = toks[k]
        nxt, prv = neighbour(k, 1), neighbour(k, -1)
        j = k - 1
        while prv is not None and prv.tag == "PUNCT" and prv.value in "=(:":   # "I1 = 2 A", "I1 (2 A)"
            j -= 1
            prv = toks[j] if j >= 0 else None
        if nxt is not None and nxt.tag == "KIND" and re.fullmatch(r"[\s-]*(?:dc\s+|constant\s+)?", text[t.end:nxt.start],
                                                                    re.IGNORECASE):
            return True   # "a 2 A current source", "a 2 A source", "a 9 V battery"
        if prv is not None and re.fullmatch(r"[\s(=:]*(?:(?:of|rated at|rated|valued at|with a value of|with value|"
                                            r"delivering|supplying|giving)[\s(=:]*)?", text[prv.end:t.start],
                                            re.IGNORECASE):
            if prv.tag == "KIND" and prv.value[0] in SOURCES + ("source",):
                return True   # "a current source of 2 A"
            if prv.tag == "NAME" and name_kind(prv.value) in SOURCES:
                return True   # "I1 = 2 A"
        return False

    def rating(k: int) -> bool:
        """A current written with a source's voltage ("a 12 V, 2 A supply", "a 2 A 12 V supply"): the
        source's rating (the most it delivers), not a current the text says flows."""
        for step in (1, -1):
            j = k + step
            while 0 <= j < len(toks) and toks[j].tag == "PUNCT" and toks[j].value in ",/":
                j += step
            if 0 <= j < len(toks) and toks[j].tag == "VALUE" and toks[j].value["unit"] == "V" and \
                    re.fullmatch(r"[\s,/]*", text[min(toks[k].end, toks[j].end):max(toks[k].start, toks[j].start)]) and (
                    attached_to_source(j) or (step == 1 and j + 1 < len(toks) and attached_to_source(j))):
                return True
        return False

    # the candidates: (token index or None for a power, q, value, unit text span)
    cands: list[tuple[int | None, str, float, int, int]] = []
    ratings: set[int] = set()
    said_of: set[int] = set()   # the connecting words of "the voltage across R2 is": no connection
    said_words: list[tuple[int, int]] = []
    for k, t in enumerate(toks):
        if t.tag != "VALUE":
            continue
        nxt = neighbour(k, 1)
        if t.value["unit"] == "A" and (rating(k) or (
                nxt is not None and nxt.tag == "KIND" and nxt.value[0] == "vsource"
                and re.fullmatch(r"[\s-]*(?:dc\s+)?", text[t.end:nxt.start], re.IGNORECASE))):
            ratings.add(k)   # "a 2 A power supply": a voltage source's rating
            continue
        if attached_to_source(k):
            continue
        a, b = region(t.start)
        if t.value["unit"] == "A" and _CURRENT_CUE.search(text[a:b]):
            cands.append((k, "I", t.value["value"], t.start, t.end))
        elif t.value["unit"] == "V" and _said_of_a_part(text[a:t.start], text[t.end:b]):
            prv = neighbour(k, -1)
            if prv is not None and prv.tag == "KIND" and not text[prv.end:t.start].strip(" =:("):
                continue
            cands.append((k, "V", t.value["value"], t.start, t.end))
            vb = _VOLT_BEFORE.search(text[a:t.start])
            if vb is not None:
                # "the output across it must be 2.5 V": "across it" says which part's voltage, it connects nothing
                said_of.update(j for j, u in enumerate(toks) if u.tag in ("OP", "IT") and a + vb.start() <= u.start < t.start)
                said_words.append((a + vb.start(), t.start))   # ("output", the quantity's noun: read with it)
    # (a power written before a part, "a 60 W lamp", is its rating at its rated voltage: no statement)
    powers = [q for q in find_quantities(text) if q.si_unit == _WATT_SI and q.si is not None
              and not any(t.start < q.end and q.start < t.end for t in toks)
              and not any(t.tag == "KIND" and t.start >= q.end and re.fullmatch(r"[\s-]*", text[q.end:t.start])
                          for t in toks)]
    rated = [q for q in powers if _RATED.search(text, 0, q.start)]
    unknown = sorted(unknown + [(q.text, q.start, q.end) for q in rated if not any(u[1] == q.start for u in unknown)],
                     key=lambda u: u[1])   # not drawn, and said so (nesy's schematic shows no ratings)
    for q in powers:
        if q not in rated:
            cands.append((None, "P", float(q.si), q.start, q.end))
    if ratings:   # not drawn, and said so: nesy's schematic shows no ratings (the mention reads on past it)
        unknown = sorted(unknown + [(toks[k].text, toks[k].start, toks[k].end) for k in ratings], key=lambda u: u[1])
        for k in ratings:
            toks[k] = type(toks[k])("RATING", toks[k].value, toks[k].start, toks[k].end, toks[k].text)
        return split_stated(text, toks, unknown)
    if not cands:
        return toks, unknown, []

    targets = [k for k, t in enumerate(toks) if t.tag in ("NAME", "KIND") and not (
        t.tag == "KIND" and t.value[1])]
    drop: set[int] = set()
    drops: list[set[int]] = []
    out: list[Statement] = []
    for k, q, val, vs, ve in sorted(cands, key=lambda c: c[3]):
        a, b = region(vs)
        # within the region, up to the next stated value ("3 A through R1 and 2 A through R2")
        others = [c[3] for c in cands if c[3] > vs and a <= c[3] < b]
        b = min(others) if others else b
        before_starts = [c[4] for c in cands if c[4] <= vs and a <= c[3] < vs]
        a = max(before_starts) if before_starts else a
        inside = [j for j in targets if a <= toks[j].start < b]
        after = [j for j in inside if toks[j].start >= ve and _PREP.search(text[ve:toks[j].start])]
        # (not a part named in a connecting phrase, "a heater connected to a 230 V supply uses 1150 W": the
        # heater uses it, the supply is where it is connected)
        before = [j for j in inside if toks[j].end <= vs and _PREP.search(text[a:toks[j].start])
                  and not _CONNECTED_TO.search(text[a:toks[j].start])]
        subject = [j for j in inside if toks[j].end <= vs]
        # "the p.d. across R1 is 4 V and across R2 is 8 V": after a copula the part is the one named before
        copula = re.search(r"(?:\bis|=|:|\bequals|\bwas|\bbe)\s*$", text[a:vs], re.IGNORECASE) is not None
        # "a heater resistor that dissipates 24 W", "one resistor dissipating 4.5 W": a relative clause or a
        # participle says it of the part right before it, not of the clause's subject (the battery that drives it)
        rel = [j for j in range(len(toks)) if toks[j].tag in ("NAME", "KIND") and a <= toks[j].start
               and toks[j].end <= vs and _RELATIVE.match(text[toks[j].end:vs])]
        if rel and not after and toks[rel[-1]].tag == "KIND" and toks[rel[-1]].value[1]:
            from ..errors import InputError
            raise InputError(f"'{text[toks[rel[-1]].start:ve]}' at {toks[rel[-1]].start}-{ve} states a "
                             f"{QUANTITY_NAMES[q]} of several parts at once: nesy states it of one part; name them "
                             "(R1, R2) and say it of each")
        if copula and before:
            pick = before[-1]
        elif rel and not after:
            pick = rel[-1]
        else:
            pick = after[0] if after else (before[-1] if before else (subject[0] if subject else None))
        if q == "V" and pick is None:
            continue   # "a voltage of 12 V": said of no part, it is the source's (read as before)
        st = Statement(q, val, a, b, value_text=text[vs:ve], vstart=vs, vend=ve)
        st_drop: set[int] = set()   # the part named only to say what it carries ("the resistor" named before)
        if pick is None or (toks[pick].tag == "KIND" and toks[pick].value[0] in SOURCES + ("source",) and q == "I"):
            st.whole = True
            if pick is not None and _DEFINITE.search(text[max(a, toks[pick].start - 8):toks[pick].start]):
                st_drop.update({pick} | _det_before(toks, pick, text))
        else:
            t = toks[pick]
            if q == "V" and ((t.tag == "KIND" and t.value[0] in SOURCES + ("source",))
                             or (t.tag == "NAME" and name_kind(t.value) in SOURCES)):
                continue   # "the voltage of the battery is 9 V": the source's own value (read as before)
            definite = (t.tag == "NAME" and any(n.start < t.start and n.value == t.value for n in names)) or (
                t.tag == "KIND" and _DEFINITE.search(text[max(a, t.start - 14):t.start]) is not None)
            if t.tag == "NAME":
                st.name = t.value
            else:
                st.kind = t.value[0]
                from .circuits_divider import PLACES
                pl = re.search(r"(?<![\w-])(" + "|".join(map(re.escape, PLACES)) + r")\s+$", text[max(a, t.start - 16):t.start],
                               re.IGNORECASE)
                st.place = PLACES[pl.group(1).lower()] if pl else None
                pv = neighbour(pick, -1)
                if pv is not None and pv.tag == "VALUE" and pv.start >= a and not text[pv.end:t.start].strip(" -"):
                    st.part_value = pv.value
            if definite:
                st_drop.update({pick} | _det_before(toks, pick - (1 if st.part_value is not None else 0), text))
                if st.part_value is not None:
                    st_drop.add(pick - 1)
        if k is not None:
            drop.add(k)
        # the phrase: from the clause's start (past a joining "and"/"with") to the value or the part after it
        if pick is not None and toks[pick].start >= ve:
            st.end = toks[pick].end
        else:
            st.end = ve
        lead = re.match(r"[\s,]*(?:(?:and|with|while|so)\s+)?", text[st.start:st.end], re.IGNORECASE)
        st.start += lead.end() if lead else 0
        if k is not None and st.start > vs:
            st.start = vs
        out.append(st)
        drops.append(st_drop)
    if not out:
        return toks, unknown, []
    # a statement that names no new part leaves no connecting phrase behind ("the voltage across R2 is 3 V":
    # "across" connects nothing here); one that does keeps its part ("a voltmeter across the lamp reads 3 V":
    # the voltmeter is across the lamp)
    named = set().union(*drops) if drops else set()
    for st, st_drop in zip(out, drops):
        # (a part named after the value, "… and want it to show the 1 A that flowed through the resistor": the
        # statement is the value and what follows it; the clause before it connects its own parts)
        core = st.vstart if st_drop and st.end > st.vend and all(toks[j].start >= st.vend for j in st_drop) else st.start
        left = [j for j, t in enumerate(toks) if core <= t.start < st.end and j not in drop and j not in named]
        if core != st.start and not any(toks[j].tag in ("KIND", "NAME", "VALUE", "GROUP") for j in left):
            st.start = core   # the phrase that states it: "1 A that flowed through the resistor"
        if not any(toks[j].tag in ("KIND", "NAME", "VALUE", "GROUP") for j in left):
            drop.update(st_drop)
            drop.update(j for j in left if toks[j].tag in ("OP", "IT"))
    drop |= said_of
    unknown = [u for u in unknown if not any(x <= u[1] and u[2] <= y and re.fullmatch(r"(?i)output|v_?out", u[0])
                                             for x, y in said_words)]
    kept = [t for j, t in enumerate(toks) if j not in drop]
    stated_powers = {(s.vstart, s.vend) for s in out if s.q == "P"}
    unknown = [u for u in unknown if (u[1], u[2]) not in stated_powers and not (
        any(s.q == "V" for s in out) and u[1] in dots)]   # "p.d." was read as the voltage it names
    return kept, unknown, out


def _det_before(toks: list, j: int, text: str) -> set[int]:
    """The determiner token right before token ``j`` ("the" of "the resistor"), if any."""
    if j - 1 >= 0 and toks[j - 1].tag == "BACK" and not text[toks[j - 1].end:toks[j].start].strip():
        return {j - 1}
    return set()
