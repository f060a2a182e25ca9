"""An exam question's mark scheme, found so that it can be set aside when the science cannot read it.

A mark scheme (also "marking scheme", "marking guide", "model answer", "answer key") follows the question it marks
and says what a correct answer holds, item by item, each with its mark ("✓", "B1", "[1]"): the worked calculation
of what the question asks ("(i) 6 / 30 = 0.20 (20 %) ✓", "R(total) = 12 Ω, I = 24 / 12 = 2.0 A ✓") and the points a
correct drawing earns marks for ("four states ✓; start state not accepting ✓; single accepting state with
self-loops on a and b ✓"). It is written for the examiner, in the terse notation of marking, about the answer to
the question, not as the request itself: the situation to draw is the question's (Ofqual, *GCSE (9 to 1) Subject
Level Conditions and Requirements*, 2016: a mark scheme states the creditworthy responses to each question of the
paper; AQA / OCR / Cambridge mark schemes list each creditworthy point with its mark code or tick).

``nesy.pipeline.parse`` reads the whole text first, mark scheme included (a science that reads it checks what it
says). Only when the science refuses the text it is read again with each mark scheme blanked (offsets kept), and a
figure drawn from the question alone lists every mark scheme as not drawn, with ``WHY`` — never silently dropped.
A mark scheme runs from its heading ("Mark scheme:", "Mark scheme (b):", "MARKING GUIDE", "Model answer -")
at the start of a line to the end of the text or to the next line that opens a new numbered question ("Q4 …",
"5. …", "Question 6"); its own item labels ("(i)", "(b)") do not end it.
"""
from __future__ import annotations

import re

__all__ = ["WHY", "CODE", "mark_scheme_spans", "mark_codes"]

CODE = "a mark scheme's tick or mark code (✓, B1, M1, A1), not content"
WHY = ("an exam question's mark scheme (what a correct answer earns marks for), not read by the science: the figure "
       "is drawn from the question")

_HEAD = re.compile(
    r"(?im)^[ \t]*(?:(?:the[ \t]+)?(?:mark(?:ing)?[ \t-]*scheme|marking[ \t]+(?:guide|key|notes|guidance|criteria)|"
    r"model[ \t]+answers?|answer[ \t]+key|examiner'?s?[ \t]+(?:notes|comments))"
    # the part it marks ("Mark scheme (b):", "Mark scheme for Q3(a)"), then its colon, dash or the line's end
    r"(?:[ \t]*(?:for[ \t]+)?(?:Q(?:uestion)?[ \t]*\d{1,3}[a-z]?)?[ \t]*(?:\([a-z]{1,4}\)|[a-z]{1,4}\))?)"
    r"[ \t]*(?::|[-–—.]|(?=\n)|$))")
# a line opening the next numbered question: "Q4 …", "Question 5", "6. …", "7 (a) …"
_NEXT_Q = re.compile(r"(?m)^[ \t]*(?:Q\d{1,3}[a-z]?\b|Question[ \t]+\d{1,3}\b|\d{1,2}[.)][ \t]+[A-Z]|\d{1,2}[ \t]+\([a-z]\))")


def mark_scheme_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each mark scheme in ``text``: from its heading to the end of the text or to the next
    numbered question; trailing blanks left out."""
    out: list[tuple[int, int]] = []
    for m in _HEAD.finditer(text):
        a = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))
        if out and a < out[-1][1]:
            continue
        if not text[:a].strip():
            continue   # a mark scheme follows the question it marks: one that opens the text is the request itself
        nxt = _NEXT_Q.search(text, m.end())
        b = nxt.start() if nxt else len(text)
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > m.end():
            out.append((a, b))
    return out


# the marks of a mark scheme's items: ticks and crosses, and the codes of the marking conventions (B1 an independent
# mark, M1 a method mark, A1 an accuracy mark, "(1)" one mark; the UK boards' mark schemes), bracketed or bare
_CODE = re.compile(r"[✓✔✗✘]+|[(\[]\s*(?:[BMA]\d|\d)\s*[)\]]|(?<![\w-])[BMA][01](?![\w-])(?!\s*=)")


def mark_codes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each tick and mark code inside a mark scheme of ``text`` (``mark_scheme_spans``): read as the
    scaffolding of marking, never as content ("(B1)" is no battery B1)."""
    out: list[tuple[int, int]] = []
    for a, b in mark_scheme_spans(text):
        out += [(m.start(), m.end()) for m in _CODE.finditer(text, a, b)]
    return out
