"""A number said again in brackets right after it: one count, not two.

Two habits of writing restate a number in parentheses. Legal and patent drafting writes a count in words and
then in digits ("four (4) peroxisomes", "one (1) nucleus", "3 (three) lamps"); a lab notebook confirms a
corrected or recounted value beside it ("~~4~~ 7 mitochondria (recounted, 7 is right)", "12 nuclei (checked
twice: 12)"). Either way the bracket says the number once more: read as a second number it was "two numbers in
a row for one count" or a count of nothing.

``bracket_echoes`` finds them for ``nesy.parse.repairs.echoes`` (the reader of numbers said again to confirm
them), which reads them as nothing. Only when the bracket's number equals the one right before it and, for a
remark, every other word of the bracket is a word of checking ("recounted", "is right", "correct", "confirmed",
"verified"). "four (5) peroxisomes" and "7 mitochondria (3 of them swollen)" are left as written.

A measure is restated the same way in another unit: "1 AU (about 149.6 million km)", "a 2 kg (4.4 lb) block",
"focal length 10 cm (0.1 m)", "a 100 µF capacitor (0.1 mF)". ``unit_echoes`` finds brackets holding one quantity of the same dimension as the
measure right before them (and only hedges: "about", "≈", "i.e." …; several, each restating it: "100 µF (= 1.0 ×
10^-4 F, i.e. 0.1 mF)") whose value agrees with it within 3 % — the
rounding of a conversion (NIST SP 811, 2008, App. B.8: 1 lb = 0.453 592 37 kg; IAU 2012 Resolution B2: 1 au =
149 597 870 700 m). Read as a second value, the bracket was a conflict ("Earth's a is given twice") or a second
body. A bracket that disagrees is left as written, for the science to refuse as the conflict it is.

The same restatement is written without brackets, after "=", "i.e.", "that is", "or", "≈" (requests-36): "Mercury
at 0.39 AU = 58 million km", "a = 6.29 Å, i.e. 629 pm", "8.3 light-minutes, i.e. 499 s". ``inline_unit_echoes``
finds a quantity right after such a word that agrees with the quantity right before it (same dimension, within
3 %, or 5 % after a hedge: "about", "≈"); what disagrees, or follows any other word, is left to the science.
"""
from __future__ import annotations

import re

__all__ = ["bracket_echoes", "unit_echoes", "inline_unit_echoes"]

# the words a remark that confirms a value may hold besides its number
_CHECKING = frozenset({"recounted", "rechecked", "re-checked", "checked", "double-checked", "double", "verified",
                       "confirmed", "counted", "again", "twice", "right", "correct", "correctly", "sic", "yes",
                       "is", "was", "that's", "thats", "it's", "its", "it", "this", "that", "the", "number",
                       "count", "value", "total", "indeed", "ok", "okay", "so", "and", "really", "definitely"})
_CONFIRMING = frozenset({"recounted", "rechecked", "re-checked", "checked", "double-checked", "verified",
                         "confirmed", "right", "correct", "correctly", "sic", "yes", "indeed"})
_BRACKET = re.compile(r"[ \t]*\((?P<body>[^()\n]{1,60})\)")


def bracket_echoes(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "")`` for each bracket of ``text`` that only says again the number right before it."""
    from .words import scan_numbers
    out: list[tuple[int, int, str]] = []
    for m in _BRACKET.finditer(text):
        inner = scan_numbers(m.group("body"))
        if not inner or any(n.value is None for n in inner):
            continue
        clause = re.split(r"[.;!?\n]", text[:m.start()])[-1]
        before = [n for n in scan_numbers(clause) if n.value is not None]
        if not before:
            continue
        last = before[-1]
        gap = clause[last.end:]
        words = re.findall(r"[\w'’-]+", re.sub(r"[\d.,/]+", " ", m.group("body")).lower())
        if not all(n.value == last.value for n in inner):
            continue
        if not gap.strip() and len(inner) == 1 and inner[0].text.strip() == m.group("body").strip() \
                and inner[0].form != last.form:
            out.append((m.start(), m.end(), ""))   # "four (4) peroxisomes": the count in words, then in digits
        elif words and all(w in _CHECKING for w in words) and any(w in _CONFIRMING for w in words) \
                and len(re.findall(r"[\w'’-]+", gap)) <= 3:
            out.append((m.start(), m.end(), ""))   # "7 mitochondria (recounted, 7 is right)"
    return out


# the words a bracket restating a measure may hold besides its quantity
_HEDGES = frozenset({"about", "approx", "approx.", "approximately", "roughly", "around", "nearly", "almost", "some",
                     "circa", "ca", "ca.", "c.", "~", "≈", "≃", "≅", "=", "i.e.", "ie", "i.e", "that", "is", "or", "so",
                     "just", "over", "under", "equivalently", "equal", "to", "equals", "in", "si", "units", "metric",
                     "imperial", "which", "exactly",
                     # an instruction to draw the value as written ("a roughly 5 V supply (draw it as 5 V)")
                     "draw", "drawn", "show", "shown", "label", "labelled", "labeled", "mark", "marked", "use", "take",
                     "treat", "call", "write", "written", "it", "as", "nominal", "nominally", "please"})
_AGREE = 0.03     # relative: the rounding of a conversion to two or three significant figures


def unit_echoes(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "")`` for each bracket that restates the measure right before it in another unit."""
    if "(" not in text:
        return []
    from .quantities import find_quantities
    qs = [q for q in find_quantities(text) if q.si is not None]
    out: list[tuple[int, int, str]] = []
    for m in _BRACKET.finditer(text):
        inside = [q for q in qs if m.start("body") <= q.start and q.end <= m.end("body")]
        before = [q for q in qs if q.end <= m.start()]
        gap = text[before[-1].end:m.start()] if before else ""
        # (the measured thing may stand between: "a 100 µF capacitor (= 0.1 mF)" — one or two words, no list)
        if not inside or not before or not re.fullmatch(r"(?:\s*[A-Za-z][A-Za-z-]*){0,2}\s*", gap) or \
                re.search(r"(?i)\b(?:and|or|with|plus|then|than|of|in|on|at|to|from|by)\b", gap):
            continue
        q1 = before[-1]
        # (several restatements in one bracket: "100 µF (= 1.0 × 10^-4 F, i.e. 0.1 mF)", each agreeing)
        rest, at = "", m.start("body")
        for q2 in inside:
            rest += " " + text[at:q2.start]
            at = q2.end
        rest += " " + text[at:m.end("body")]
        if any(w not in _HEDGES for w in re.findall(r"[^\s,;:]+", rest.lower())):
            continue
        if any(q1.dimensionality != q2.dimensionality or not q1.si or not q2.si for q2 in inside):
            continue
        if all(abs(q1.si - q2.si) <= _AGREE * max(abs(q1.si), abs(q2.si)) for q2 in inside):
            out.append((m.start(), m.end(), ""))
    return out


# between a measure and its restatement: "=", "≈", "i.e.", "that is", "or", "which is", with an optional hedge
# (the measured thing may stand between, before a comma: "a 1 kΩ resistor, i.e. 1000 Ω")
_INLINE_GAP = re.compile(r"(?i)^\s*(?:=|≈|≃|~|,?\s*(?:i\.\s?e\.?|ie|that\s+is|that['’]s|or|which\s+is|namely|"
                         r"equivalently|in\s+other\s+words)\s*,?|,?\s*(?:i\.\s?e\.?|that\s+is)\s*,?\s*=|"
                         r"(?:\s*[A-Za-z][A-Za-z-]*){1,2}\s*,\s*(?:i\.\s?e\.?|ie|that\s+is|which\s+is|namely|"
                         r"equivalently)\s*,?)\s*"
                         r"(?P<hedge>(?:about|approx\.?|approximately|roughly|around|nearly|some|≈|~)\s*)?$")


def inline_unit_echoes(text: str, *, disagreeing: bool = False) -> list[tuple[int, int, str]]:
    """``(start, end, "")`` for each measure restated in another unit right after "=", "i.e." … (module text):
    the restating word and the second measure. ``disagreeing``: instead, each such restatement (after "=",
    "i.e.", "that is" — not "or", which may offer a choice) whose value is not the first's, as ``(start of the
    first measure, end of the second, "")``: one value said as two, for the science to refuse."""
    from .quantities import find_quantities
    qs = [q for q in find_quantities(text) if q.si is not None]
    out: list[tuple[int, int, str]] = []
    for q1, q2 in zip(qs, qs[1:]):
        m = _INLINE_GAP.match(text[q1.end:q2.start])
        if m is None or q1.dimensionality != q2.dimensionality or not q1.si or not q2.si:
            continue
        # (a restatement names another unit: "5 cm = 5 cm" is no conversion, "2 kg, or 3 kg" a choice)
        if q1.unit == q2.unit:
            continue
        tol = 0.05 if m.group("hedge") else _AGREE
        agree = abs(q1.si - q2.si) <= tol * max(abs(q1.si), abs(q2.si))
        if agree and not disagreeing:
            out.append((q1.end, q2.end, ""))
        elif not agree and disagreeing and not re.match(r"(?i)\s*,?\s*or\b", text[q1.end:q2.start]):
            out.append((q1.start, q2.end, ""))
    return out
