"""Keys that carry their unit in their name, for ``nesy.mechanics.v1``: a JSON object or a config-style list
(``{"mass_kg": 5, "push_N": 30, "mu_k": 0.4}``, ``incline_deg = 30``, ``speed_m_s: 2``).

A programmer's record names each value's unit by a suffix of its key, the SI unit symbol (BIPM, *The
International System of Units*, 9th ed. 2019, Table 2 and 4: kg, g, N, m, s; m/s, m/s², N/m written with
``_`` for the solidus) or ``deg`` for the degree; ``mu``, ``mu_k``, ``mu_s`` are the coefficients of friction
μ, μk, μs (Halliday, Resnick & Walker, *Fundamentals of Physics*, §6-1). Each such ``key: number`` pair is
rewritten, before the words are read, as the quantity it states (``mass: 5 kg``, ``push: 30 N``,
``μk = 0.4``); every position still maps back to the user's text (``nesy.parse.markup.replace_spans``).
A key without a unit suffix ("count": 3) is left as written (requests-14 mechanics-02 drew the forces as
symbols and listed 5, 0.4 and 30 as values the figure does not show).
"""
from __future__ import annotations

import re

__all__ = ["unit_key_edits", "kilo_edits", "label_and_instant_spans", "support_pushes"]

# the key's unit suffix → the unit as nesy reads it
_UNITS = {"kg": "kg", "g": "g", "n": "N", "kn": "kN", "m": "m", "cm": "cm", "mm": "mm", "s": "s",
          "deg": "°", "degs": "°", "degrees": "°", "m_s": "m/s", "mps": "m/s", "m_s2": "m/s²", "mps2": "m/s²",
          "m_s_2": "m/s²", "ms2": "m/s²", "n_m": "N/m", "npm": "N/m", "j": "J"}
_MU = {"mu": "μ", "mu_k": "μk", "mu_s": "μs", "muk": "μk", "mus": "μs", "mu_kinetic": "μk", "mu_static": "μs",
       "μ": "μ", "μ_k": "μk", "μ_s": "μs"}
_NUM = r"(?P<num>-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)"
_PAIR = re.compile(r"(?P<q>[\"']?)(?P<key>[A-Za-zμ][A-Za-z0-9μ]*(?:_[A-Za-z0-9]+)*)(?P=q)\s*[:=]\s*" + _NUM
                   + r"(?![\w.])")
_SUFFIX = re.compile(r"(?i)^(?P<name>[a-zμ][a-z0-9μ]*(?:_[a-z0-9]+)*?)_(?P<unit>" +
                     "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")$")


# the same record as the shared front end hands it on, flattened to "value key words" items between semicolons
# ("crate; 4 mass kg; 0.25 mu k; 20 push n; sliding."): the key's last word is its unit
_FLAT = re.compile(r"(?:(?<=^)|(?<=;\s))" + _NUM + r"\s+(?P<name>[a-zμ]+(?:\s+[a-z0-9]+)*?)\s+(?P<unit>"
                   + "|".join(sorted((re.escape(u).replace("_", r"\s+") for u in _UNITS), key=len, reverse=True))
                   + r")(?=\s*(?:;|\.?\s*$))", re.IGNORECASE)
_FLAT_MU = re.compile(r"(?:(?<=^)|(?<=;\s))" + _NUM + r"\s+(?P<mu>mu|μ)(?:\s+(?P<k>[ks]|kinetic|static))?"
                      r"(?=\s*(?:;|\.?\s*$))", re.IGNORECASE)


def unit_key_edits(t: str) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` for each ``key: number`` pair of ``t`` whose key names a unit or a friction
    coefficient (or each such item of the flattened record, "4 mass kg; 0.25 mu k"); [] when there is none."""
    edits = []
    if t.count(";") >= 2:
        for m in _FLAT_MU.finditer(t):
            k = (m.group("k") or "").lower()[:1]
            edits.append((m.start(), m.end(), f"μ{k} = {m.group('num')}"))
        for m in _FLAT.finditer(t):
            if any(a <= m.start() < b for a, b, _ in edits):
                continue
            unit = _UNITS[re.sub(r"\s+", "_", m.group("unit").lower())]
            sep = "" if unit == "°" else " "
            edits.append((m.start(), m.end(), f"{m.group('name')}: {m.group('num')}{sep}{unit}"))
    for m in _PAIR.finditer(t):
        if any(a < m.end() and m.start() < b for a, b, _ in edits):
            continue
        key, num = m.group("key"), m.group("num")
        if key.lower() in _MU:
            edits.append((m.start(), m.end(), f"{_MU[key.lower()]} = {num}"))
            continue
        s = _SUFFIX.match(key)
        if not s:
            continue
        unit = _UNITS[s.group("unit").lower()]
        name = s.group("name").replace("_", " ")
        sep = "" if unit == "°" else " "
        edits.append((m.start(), m.end(), f"{name}: {num}{sep}{unit}"))
    return sorted(edits)


# numbers that label, not measure: "Claim #44-1902", "section 5", "photo 3", "No. 7", "problem 4b"
_LABELS = re.compile(r"(?i)(?:(?<![A-Za-z])(?:claim|case|ref|reference|ticket|order|item|photo|picture|image|fig|figure|"
                     r"step|page|question|problem|exercise|example|section|part|chapter|task|slide|lot|no|nos|nr)\.?\s*)?"
                     r"#\s*\d+(?:[\-/.]\d+)*"
                     r"|(?<![A-Za-z])(?:claim|case|ticket|photo|picture|image|fig\.?|figure|step|page|question|problem|"
                     r"exercise|example|section|part|chapter|task|slide)\s+(?:no\.\s*)?\d+[a-z]?(?![\w.%]|\.\d|\s*(?:kg|g|N|m|s|cm|°))")
# the instant the diagram shows: "at that moment", "at the time of the incident", "at this instant"
_INSTANT = re.compile(r"(?i)(?<![\w-])(?:at|in)\s+(?:the|that|this)\s+(?:very\s+|same\s+)?(?:moment|instant|time)"
                      r"(?:\s+of\s+(?:the\s+)?[a-z]+)?(?![\w-])")


def label_and_instant_spans(t: str) -> list[tuple[int, int]]:
    """Spans of ``t`` that carry nothing to draw: numbers that label something (with the word that says so) and
    phrases naming the instant the diagram shows (a free-body diagram is of one instant: Knight, §5.7)."""
    return sorted([(m.start(), m.end()) for m in _LABELS.finditer(t)]
                  + [(m.start(), m.end()) for m in _INSTANT.finditer(t)])


# "seventy kilos", "a 70-kilo man": the colloquial kilo is the kilogram (Oxford English Dictionary, "kilo, n.":
# short for kilogram); read as the unit's full name after a number
def kilo_edits(t: str) -> list[tuple[int, int, str]]:
    """``(start, end, "kilograms")`` for each ``kilo``/``kilos`` of ``t`` that follows a number."""
    from ..parse.words import number_rx
    rx = re.compile(r"(?i)(?<![\w.])(?:" + number_rx() + r")[\s\-]*(?P<k>kilos?)(?![\w-])")
    return [(m.start("k"), m.end("k"), "kilograms" if m.group("k").lower().endswith("s") else "kilogram")
            for m in rx.finditer(t)]


# active forms only, the support their subject: "the floor pushes up", never "a floor pushed by a 40 N force"
_PUSH_VERB = re.compile(r"(?i)^(?:pushes|pushing|presses|pressing|supports|supporting)$")


def support_pushes(t: str, claims: list, make) -> list:
    """``claims`` with each push whose subject is the body's support ("the scale pushing up on his toes", "the floor
    pushes up on the box") read as that support's normal force, not an applied force: the push of a surface on a body
    resting on it is the normal force (Halliday, Resnick & Walker, §6-1; Knight, §5.3). ``make``: the claim class.
    The direction word after the verb ("up") is part of the phrase."""
    out = []
    skip: set[int] = set()
    for i, c in enumerate(claims):
        if i in skip:
            continue
        prev = out[-1] if out else None
        if (c.tag == "FORCE" and c.value == "applied" and _PUSH_VERB.match(c.text) and prev is not None
                and prev.tag == "SCENE" and prev.value in ("horizontal", "incline")
                and re.fullmatch(r"\s*", t[prev.end:c.start])
                and re.search(r"(?i)\b(?:the|its|his|her|their|this|that)\s+$", t[max(0, prev.start - 8):prev.start])
                and re.match(r"(?i)\s+(?:up|upward|upwards|on|against)\b", t[c.end:])):
            end = c.end
            nxt = claims[i + 1] if i + 1 < len(claims) else None
            if nxt is not None and nxt.tag in ("UP",) and re.fullmatch(r"\s*", t[c.end:nxt.start]):
                end = nxt.end
                skip.add(i + 1)
            out.append(make("FORCE", "normal", c.start, end, t[c.start:end]))
            continue
        out.append(c)
    return out
