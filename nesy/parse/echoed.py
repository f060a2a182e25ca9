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
"""
from __future__ import annotations

import re

__all__ = ["bracket_echoes"]

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
