"""Asked quantities and stated absences in a circuit text, for ``nesy.circuits.v1``.

A word problem names quantities it asks for besides the parts it describes: "find the total resistance
and the current", "calculate the current through R2", "what is the equivalent resistance of the
network", "Vout = ?", "the students will have to work out the p.d. across each resistor". Such a phrase
names no part — read as one, "the total resistance" became a fourth resistor the text never drew. It is
also no value: nesy draws the circuit, lists the asked phrase as not drawn (never a computed answer), and
leaves the parts the phrase points at ("through R2", "across the 10 Ω resistor") to the references
they are, when the text has named them before; a part named first inside the question ("find the
equivalent resistance of three 10 Ω resistors in parallel") stays a part.

A text may also say what the circuit lacks: "no switch", "no other components", "nothing else", "just
one loop, no switch, nothing else in the circuit". nesy draws only what is named, so an absence is
already what the figure shows; the phrase is taken out of the reading (it counts nothing, and "switch"
is no part) and kept as read (``scene.ignored``).

``split_asked`` runs on the text before the series-parallel reading and hands ``circuits.parse_circuit``
the spans to leave out, each with why.
"""
from __future__ import annotations

import functools
import re

__all__ = ["split_asked", "ASKED_QUANTITY", "formula_spans"]

# a worked formula: a symbol set equal to arithmetic on part names, "R3 = 1/(1/R1+1/R2) gives 20", "R_eq =
# R1*R2/(R1+R2) = 20": it computes a quantity of parts named elsewhere (the parallel rule, Alexander & Sadiku,
# Fundamentals of Electric Circuits, 5th ed., §2.6) and names no part; read as one, "R3 = … R2" gave R2 a second
# value or joined R3 to the circuit. Its result with a unit is left to the reader (an unread measure is refused).
_NAME = r"(?:[A-Z][A-Za-z]?_?\{?[A-Za-z0-9]{0,6}\}?)"
_FORMULA = re.compile(r"(?<![\w])" + _NAME + r"\s*=\s*(?=[^,;.\n]*[*/+^])(?P<expr>[\d\s()*/+^.-]*" + _NAME
                      + r"[\w\s()*/+^.-]*?)(?:\s*(?:=|gives|yields|equals|which\s+gives)\s*\d+(?:\.\d+)?"
                      + r"(?!\s*(?:[pnuµμmkKMG]?(?:Ω|Ω|ohms?|V|A|F|H)\b)))?(?=\s*(?:[,;]|\.(?:\s|$)|$))")

# quantities a circuit problem asks for (electrical quantities of a part or the whole circuit)
_ADJ = (r"(?:total|equivalent|effective|net|combined|overall|resulting|resultant|output|input|terminal|maximum|max|"
         r"peak|final|individual|respective|main|branch|supply|unknown|missing|resistor|load|source|battery)")
_NOUN = (r"(?:resistances?|currents?|voltages?|potential\s+differences?|potential\s+drops?|p\.\s?d\.?s?|pds?|"
         r"powers?|power\s+dissipated|charges?|energy|capacitances?|inductances?|time\s+constants?|impedances?|"
         r"reactances?|frequency|voltage\s+drops?|drops?|e\.?m\.?f\.?|readings?|values?|V_?out|V_?in|I_?(?:total|tot|t)|"
         r"R_?(?:eq|total|tot|t|equiv))(?![A-Za-z])")
ASKED_QUANTITY = re.compile(rf"(?:(?:the|its|their|each|every|all(?:\s+the)?|a|any)\s+)?(?:{_ADJ}\s+){{0,2}}{_NOUN}"
                            r"(?:\s+(?:values?|readings?))?", re.IGNORECASE)
# what asks: a task or question word, with who is to do it ("the students will have to find")
_WHO = (r"(?:(?:the\s+)?(?:students?|pupils?|learners?|class|readers?|you|we|they|one)\s+"
        r"(?:(?:will|should|must|can|could|need\s+to|have\s+to|has\s+to|are\s+(?:asked|going|required|expected)\s+to|"
        r"is\s+(?:asked|going|required)\s+to|will\s+have\s+to|should\s+be\s+able\s+to|then|also|to)\s+)*)")
_VERB = (r"(?:find(?:\s+out)?|calculate|compute|determine|work\s+out|figure\s+out|solve\s+for|evaluate|estimate|"
         r"obtain|derive|deduce|predict|ask(?:s|ed|ing)?\s+(?:(?:the\s+)?(?:class|students?|pupils?|learners?|them|you|us)\s+)?"
         r"(?:for|about)|what(?:'s|\s+is|\s+are|\s+will\s+be|"
         r"\s+would\s+be|\s+was)|how\s+(?:much|large|big|high)(?:\s+is|\s+are|\s+will\s+be)?|and\s+(?:also\s+)?(?:find|"
         r"calculate|compute|determine|work\s+out))")
_CUE = re.compile(rf"\b(?:{_WHO})?{_VERB}\b\s+(?:(?:both|also|then)\s+)?", re.IGNORECASE)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*&\s*|\s+or\s+)",
                   re.IGNORECASE)
# a part the asked quantity is of: "through R2", "across the 10 Ω resistor", "in each branch", "of the circuit"
_PREP = re.compile(r"\s+(?:(?:flowing|passing|dropped|developed|dissipated|delivered|supplied|drawn|measured|stored)\s+)?"
                   r"(?:through|across|in|of|at|from|by|on|over|between|to|into)\s+", re.IGNORECASE)
_PART = (r"(?:resistors?|resistances?|capacitors?|condensers?|inductors?|coils?|chokes?|lamps?|bulbs?|batter(?:y|ies)|"
         r"cells?|sources?|suppl(?:y|ies)|switch(?:es)?|ammeters?|voltmeters?|meters?|wires?|circuit|loop|network|"
         r"combination|branch(?:es)?|arrangement|system|pair|group|parts?|components?|elements?|one|ones)")
_NAME = r"(?:SW|AM|VM|LP|BT|[RCLVBEISAXW])\d{1,3}"
_REF = re.compile(r"(?:(?:the|this|that|these|those|each|every|both|all(?:\s+(?:of\s+)?the)?|its|their)\s+"
                  # (a decimal value is one word of it: "across the 2.2 kΩ resistor")
                  r"(?:(?:\d+\.\d+|[^\s,;.?!]+)\s+){0,3}?" + _PART + "|" + _NAME + r"(?:\s+and\s+" + _NAME + r")?"
                  r"|it|them|each(?:\s+one)?)(?=[\s,;.?!]|$)", re.IGNORECASE)
# "Vout = ?", "R_total = ?", "I = ?": a symbol asked for
_EQ_ASKED = re.compile(r"(?<![\w.])[A-Za-z][\w]{0,7}\s*=\s*\?+")
# a stated absence: "no switch", "no other components", "nothing else (in the circuit)", "without a switch", "no
# galvanometer in this version": any part word of the grammar (``kinds``) after "no", so that an absent part is
# read as nothing drawn, never as a count of none
_ABSENT_TAIL = (r"(?:\s+(?:on|across|at|connected\s+to)\s+(?:the\s+|its\s+)?(?:output|V_?out|R\d{1,3}))?"
                r"(?:\s+(?:(?:in|on|for)\s+(?:this|the|that)\s+(?:version|circuit|loop|diagram|figure|set-?up|case|one|"
                r"design|exercise|problem|question)|here|anywhere|at\s+all|this\s+time|needed|required))?")


@functools.lru_cache(maxsize=1)
def _absent_rx() -> re.Pattern:
    from .circuits import _grammar
    words = {"components?", "parts?", "elements?", "loads?", "meters?", "sources?"}
    for d in _grammar()["kinds"].values():
        words |= {r"\s+".join(map(re.escape, str(w).split())) for w in [*d["one"], *d["many"]] if re.match(r"[a-z]", str(w))}
    noun = "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
    from .circuits_denied import NEITHER   # "contains neither a resistor nor a switch": no resistor, no switch
    return re.compile(r"\b(?:" + NEITHER() + r"|no(?:\s+(?:other|extra|additional|more|further))?\s+(?:[a-z]+\s+)?" + noun
                      # "no switches or meters", "no ammeter nor voltmeter": several absent parts in one phrase
                      + r"(?:\s*(?:,|or|nor|and)\s+(?:any\s+|no\s+)?" + noun + r")*"
                      # "no load on the output", "no load across R2": a divider left unloaded (circuits_output)
                      + _ABSENT_TAIL + r"|nothing\s+else(?:\s+(?:in|on)\s+(?:the|this)\s+(?:circuit|loop|diagram|figure))?"
                      r"|without\s+(?:a|an|any)\s+" + noun
                      # "Resistance there is none" (the noun fronted, as in "Money there was none"), "Capacitors: none"
                      + r"|" + noun + r"(?:\s+there\s+(?:is|are|was|were)\s+none|\s*:\s*none)" + ")(?![A-Za-z])",
                      re.IGNORECASE)


# a part the text models as another: "a bulb that we model as a 10 Ω resistor", "the heater, treated as a
# 20 Ω resistor", "a lamp (modelled as a 5 Ω resistor)": one part, the model's — the words naming what it
# models are left out (kept as read), so the bulb is not drawn a second time beside its resistor
_MODELLED = re.compile(r"\b(?:bulbs?|lamps?|light\s+bulbs?|heaters?|motors?|loads?|speakers?|loudspeakers?|"
                       r"kettles?|toasters?|devices?|appliances?|filaments?|LEDs?)\s*[,(]?\s*"
                       r"(?:(?:that|which)\s+)?(?:(?:we|you|I|one|is|are|can\s+be|may\s+be|will\s+be|to\s+be|be)\s+)?"
                       r"(?:model(?:l?ed|s)?|treat(?:ed|s)?|represent(?:ed|s)?|approximat(?:ed?|es)|regard(?:ed|s)?|"
                       r"consider(?:ed|s)?|thought\s+of|think\s+of|taken?|idealis(?:ed|e)|idealiz(?:ed|e))\s+"
                       r"(?:it\s+|them\s+)?(?:as|by|with)\s+(?:a|an|one)?\s*(?=[\d.]|resistor|resistance)",
                       re.IGNORECASE)


def _named_before(ref: str, text: str, before: int) -> bool:
    """Whether the part a reference names ("R2", "the 10 Ω resistor", "each resistor", "the circuit") was
    named in ``text`` before position ``before`` (then the reference points back and may be left out)."""
    low = ref.lower()
    if low in ("it", "them", "each", "each one") or re.search(r"\b(?:circuit|loop|network|combination|branch(?:es)?|"
                                                               r"whole|arrangement|system)$", low):
        return True
    name = re.fullmatch(r"((?:SW|AM|VM|LP|BT|[RCLVBEISAXW])\d{1,3})(?:\s+and\s+((?:SW|AM|VM|LP|BT|[RCLVBEISAXW])\d{1,3}))?",
                        ref)
    if name:
        return all(re.search(rf"(?<![A-Za-z0-9]){n}(?![A-Za-z0-9])", text[:before]) for n in name.groups() if n)
    noun = re.search(r"([A-Za-z]+?)(?:es|s)?$", ref).group(1).lower()
    stem = noun[:-1] if noun.endswith("ie") else noun
    return bool(re.search(rf"\b{re.escape(stem)}", text[:before], re.IGNORECASE))


# a meter in the sentence measures what the quantity phrase names ("a voltmeter measures the voltage across R2":
# the voltmeter is across R2), so there the phrase stays a connection
_METER = re.compile(r"\b(?:(?:volt|amm?|milliamm?|multi|galvano)?meters?|probes?|(?:oscillo)?scopes?|DMMs?)\b",
                    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_QUANTITY_HEAD = re.compile(rf"(?:{_ADJ}\s+){{0,2}}{_NOUN}", re.IGNORECASE)


def mentioned_quantities(text: str) -> list[tuple[int, int, str]]:
    """Quantity phrases of parts named before, said without a value and with no meter to measure them: "We
    measured the voltage across R2", "I want to show the current through the lamp", "the p.d. over R1 was
    recorded". Such a phrase names what someone measures or wants to know, not a connection ("across R2" in it
    joins nothing to R2); it is left out of the reading like an asked quantity (not drawn, listed). A value in
    the rest of its sentence makes it a statement (``circuits_stated``); a meter in its sentence makes it where
    that meter is connected."""
    out: list[tuple[int, int, str]] = []
    for q in _QUANTITY_HEAD.finditer(text):
        p = _PREP.match(text, q.end())
        r = _REF.match(text, p.end()) if p else None
        if r is None or not _named_before(r.group(0), text, q.start()) or re.fullmatch(r"(?i)it|them|each(?:\s+one)?",
                                                                                          r.group(0)):
            continue
        a = max((m.end() for m in _SENTENCE_END.finditer(text, 0, q.start())), default=0)
        e = _SENTENCE_END.search(text, r.end())
        z = e.start() if e else len(text)
        if _METER.search(text, a, z) or re.search(r"\d", text[r.end():z]):
            continue
        det = re.search(r"(?:\b(?:the|its|their|each|every|a|any)\s+)$", text[a:q.start()], re.IGNORECASE)
        out.append((q.start() - (len(det.group(0)) if det else 0), r.end(), "asked"))
    return out


# a worked calculation in numbers, its result after "=": "I = 24 / 12 = 2.0 A", "P = 12 × 2 = 24 W", "6 / 30 = 0.20"
# (a mark scheme's or a worked answer's arithmetic): the numbers restate values the text gives, none is a part
_WORKED = re.compile(r"(?<![\w.])(?:[A-Za-z](?:_?\{?[A-Za-z0-9]{1,6}\}?|\(\s*[A-Za-z]{1,10}\s*\))?\s*=\s*)?"
                     r"\d+(?:\.\d+)?(?:\s*[*/×+−^-]\s*\d+(?:\.\d+)?)+\s*=\s*\d+(?:\.\d+)?"
                     r"(?:\s*[pnuµμmkKMG]?(?:Ω|Ω|ohms?|V|A|F|H|W)(?![A-Za-z]))?")


def formula_spans(text: str) -> list[tuple[int, int, str]]:
    """The worked formulas of ``text`` (see ``_FORMULA``), each as (start, end, "formula"): an arithmetic
    right side with an operator (* / + ^) and a part name; a plain "R1 = 60 Ω" is a value, no formula. A worked
    calculation in numbers with its result ("I = 24 / 12 = 2.0 A", ``_WORKED``) is one too, as "worked" (listed as not
    drawn by ``parse_circuit``)."""
    out = []
    for m in _FORMULA.finditer(text):
        expr = m.group("expr")
        if re.search(r"[*/+^]", expr) and re.search(_NAME, expr):
            out.append((m.start(), m.end(), "formula"))
    for m in _WORKED.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), "worked"))
    return sorted(out)


def worked_spans(text: str) -> list[tuple[int, int, str]]:
    """The worked calculations in numbers of ``text`` (``_WORKED``), each as (start, end, "worked"): listed as not
    drawn (their result is a quantity of the circuit, not a part), with no default standing in for it."""
    return [(m.start(), m.end(), "worked") for m in _WORKED.finditer(text)]


def split_asked(text: str) -> list[tuple[int, int, str]]:
    """The spans of ``text`` that ask for a quantity or state an absence, each with ``"asked"`` or
    ``"absent"`` (see the module docstring); the caller leaves their words out of the circuit's reading."""
    out: list[tuple[int, int, str]] = []
    for m in _CUE.finditer(text):
        pos, end = m.end(), None
        while True:
            q = ASKED_QUANTITY.match(text, pos)
            if q is None:
                break
            end = q.end()
            # the part it is of, when the text named it before the question
            while True:
                p = _PREP.match(text, end)
                r = _REF.match(text, p.end()) if p else None
                if r is None or not _named_before(r.group(0), text, m.start()):
                    break
                end = r.end()
            j = _JOIN.match(text, end)
            if j is None:
                break
            pos = j.end()
        if end is not None:
            out.append((m.start(), end, "asked"))
    out += mentioned_quantities(text)
    out += [(m.start(), m.end(), "asked") for m in _EQ_ASKED.finditer(text)]
    out += [(m.start(), m.end(), "absent") for m in _absent_rx().finditer(text)]
    out += [(m.start(), m.end(), "modelled") for m in _MODELLED.finditer(text)]
    from .circuits_gloss import glosses   # "a 10 Ω resistor (stand-in for the bulb)": no second part
    out += glosses(text)
    out.sort()
    merged: list[tuple[int, int, str]] = []
    for a, b, why in out:
        if merged and a < merged[-1][1]:
            pa, pb, pw = merged[-1]
            merged[-1] = (pa, max(pb, b), pw)
        else:
            merged.append((a, b, why))
    return merged


# nouns a component word qualifies when it stands right before one (a compound: "capacitor network")
_COMPOUND_HEAD = re.compile(r"\s+(?:networks?|circuits?|ladders?|banks?|problems?|questions?|exercises?|diagrams?|"
                            r"schematics?|arrangements?|set-?ups?|configurations?|examples?|worksheets?|experiments?|"
                            r"demos?|demonstrations?|labs?|topology|topologies)\b", re.IGNORECASE)


def drop_topic_plurals(ms: list, text: str) -> list:
    """The mention stream without the plurals that name a topic, not parts: "My students keep mixing up cells
    and batteries, …", "Resistors in series: a 9 V battery, a 10 Ω resistor and a 20 Ω resistor". A bare
    plural (no count, value, name or determiner) of a kind the text gives parts of elsewhere (a singular,
    counted, valued or named mention) would add two parts the text never gave; a clause left with only
    connecting words (a heading, "Resistors in series:") is dropped with it."""
    def bare(m: dict) -> bool:
        return bool(m.get("plural")) and not m.get("count") and m.get("value") is None and not m.get("name") \
            and not m.get("det") and not m.get("listed") and not m.get("ref") and m.get("ante") is None
    def modifier(it: tuple) -> bool:
        """A component word before a noun it qualifies ("Capacitor network on 12 V: C1 = …", "a resistor
        ladder", "the battery circuit"): it names the topic, not a part."""
        m = it[1]
        return not m.get("count") and m.get("value") is None and not m.get("name") and m.get("det") != "back" \
            and not m.get("listed") and not m.get("ref") and m.get("ante") is None \
            and _COMPOUND_HEAD.match(text, it[3]) is not None
    def kind_of(m: dict) -> str | None:
        from .circuits import _UNIT_KIND, _name_kind
        if m.get("kind"):
            return m["kind"]
        if m.get("name"):
            return _name_kind(m["name"])
        return _UNIT_KIND[m["value"]["unit"]][0] if m.get("value") and m["value"]["unit"] in _UNIT_KIND else None
    given = {it[1].get("kind") for it in ms if it[0] == "COMP" and not bare(it[1]) and not modifier(it)} | {
        kind_of(it[1]) for it in ms if it[0] == "COMP" and not modifier(it) and not bare(it[1])}
    drop = {k for k, it in enumerate(ms) if it[0] == "COMP" and (bare(it[1]) or modifier(it))
            and it[1].get("kind") in given and it[1].get("kind") is not None}
    if not drop:
        return ms
    out: list = []
    clause: list = []
    for k, it in enumerate(ms + [("SEP", None, len(text), len(text))]):
        if it[0] == "SEP":
            if any(x[0] in ("COMP", "GROUP", "IT") for x in clause):
                out.extend(clause)
            if k < len(ms):
                out.append(it)
            clause = []
        elif k not in drop:
            clause.append(it)
    return out


# "two 1.5 V cells in series to make a battery, and that battery drives …": the phrase names the group just
# made; a later "that/this/the battery" is that group, not one of its cells
_MAKES = re.compile(r"\b(?:(?:so\s+as\s+)?to\s+(?:make|form|build|create)|making(?:\s+up)?|forming|which\s+(?:make|form)"
                    r"(?:\s+up)?|that\s+(?:make|form)(?:\s+up)?|together\s+forming|as)\s+(?:a|one|a\s+single)\s+"
                    r"(?:bigger\s+|larger\s+|single\s+|new\s+)?(battery|pack|bank|cell\s+pack)\b", re.IGNORECASE)
_GROUP_NAME = r"\b(?:that|this|the|this\s+new|that\s+new|the\s+new|the\s+whole|that\s+whole)\s+(?:{})\b"


def named_groups(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The phrases that name the group made before them ("to make a battery"), to blank, and the later
    references to that group ("that battery"), to read as a group reference."""
    blanks: list[tuple[int, int, str]] = []
    refs: list[tuple[int, int]] = []
    for m in _MAKES.finditer(text):
        blanks.append((m.start(), m.end(), "group name"))
        rx = re.compile(_GROUP_NAME.format(re.escape(m.group(1))), re.IGNORECASE)
        refs += [(r.start(), r.end()) for r in rx.finditer(text, m.end())]
    return blanks, refs
