"""A part named only in a question about a circuit already described, for ``nesy.circuits.v1``.

A word problem first states its circuit, then asks about it: "A 5 Ω, a 7 Ω and a 13 Ω resistor are in series
with a 23 V battery. What is the current in a 30 Ω resistor?". A part the question brings in for the first time
("a 30 Ω resistor"), joined to nothing by any connecting phrase of the question, is no part of the circuit the
statements built: where it would go the text does not say, so drawing it (in series, say) would claim a
connection nobody made. It is not drawn and listed as not drawn, so the reader sees it was read.

A question that describes its own circuit ("What is the equivalent resistance of three 10 Ω resistors in
parallel?", or a question after no statement of parts) keeps its parts: there the question is the description.

``question_parts`` hands ``circuits.parse_circuit`` the spans of such parts, each with why "question".
"""
from __future__ import annotations

import re

__all__ = ["question_parts"]

# a question sentence: from the end of the sentence before it to its question mark
_QUESTION = re.compile(r"(?:(?<=[.!?:;])|(?<=\n)|\A)[^.!?:;\n]*\?")


def question_parts(text: str) -> list[tuple[int, int, str]]:
    """The spans (start, end, "question") of the parts a question of ``text`` names first and connects to nothing,
    when the statements before it already describe parts."""
    from .circuits import _kind_words, _vocab
    _pat, table, _single = _vocab()
    kinds = sorted(_kind_words(), key=len, reverse=True)
    kind_rx = r"(?:" + "|".join(re.escape(k) for k in kinds) + r")"
    ops = sorted((k for k, v in table.items() if v[0] == "OP"), key=len, reverse=True)
    op_rx = re.compile(r"(?<![A-Za-z])(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in ops)
                       + r")(?![A-Za-z])", re.IGNORECASE)
    # a new part: an indefinite article, at most three words (its value), its part word
    new_part = re.compile(r"(?<![A-Za-z])(?:a|an|another)\s+(?:[^\s,;?]+\s+){0,3}?" + kind_rx + r"(?![A-Za-z])",
                          re.IGNORECASE)
    part_word = re.compile(r"(?<![A-Za-z])" + kind_rx + r"(?![A-Za-z])", re.IGNORECASE)
    out: list[tuple[int, int, str]] = []
    for q in _QUESTION.finditer(text):
        before = text[:q.start()]
        if not part_word.search(before) or op_rx.search(q.group(0)):
            continue
        for m in new_part.finditer(text, q.start(), q.end()):
            out.append((m.start(), m.end(), "question"))
    return out
