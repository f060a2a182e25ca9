"""The answer options of a multiple-choice question, for ``nesy.circuits.v1``.

A textbook or test problem often ends with its answer options: "What is the RC time for the combination?
(a) 13.3 × 10^-3 s (b) 2.5 × 10^-3 s (c) 4 × 10^-3 s (d) 4 s^-1". The options are candidate answers to the
question, not the situation: at most one of them is true, so none is a fact the figure may show (drawing one
would claim it), and read as content their numbers became parts, counts or unknown words. They are taken out of
the reading and kept as read (``scene.ignored``), the way an asked quantity is (``circuits_asked``).

Options are read only where certain: two or more markers lettered in order from "a" ("(a)", "a)", "A.", "(A)"),
after the text's last question mark (or opening its lines), running to the end of the text, each option a value
(a number) naming no part ("(a) two resistors in series" is a part of a problem in several parts, read as before).
"""
from __future__ import annotations

import re

__all__ = ["answer_options"]

# an option's marker after a space, a line break or the question: "(a)", "a)", "A.", "(A)"
_MARKER = re.compile(r"(?:(?<=\s)|(?<=\?)|(?<=\A))[ \t]*(?:\(\s*(?P<p>[a-hA-H])\s*\)|(?P<q>[a-hA-H])\s*[).])(?=\s)")


def answer_options(text: str) -> list[tuple[int, int, str]]:
    """The span (start, end, "options") of the multiple-choice options ending ``text``, or ``[]``."""
    q = max(text.rfind("?"), 0)
    run: list[re.Match] = []
    for m in _MARKER.finditer(text, q):
        letter = (m.group("p") or m.group("q")).lower()
        if ord(letter) - ord("a") == len(run) and (not run or letter_case(run[0]) == letter_case(m)):
            run.append(m)
        elif letter == "a":
            run = [m]
        else:
            run = []
    if len(run) < 2:
        return []
    end = len(text.rstrip())
    bodies = [text[m.end():n.start()] for m, n in zip(run, run[1:])] + [text[run[-1].end():end]]
    from .circuits import _kind_words
    part = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(_kind_words(), key=len, reverse=True))
                      + r")\b", re.IGNORECASE)
    if not all(re.search(r"\d", b) and not part.search(b) for b in bodies):
        return []
    start = run[0].start() + len(run[0].group(0)) - len(run[0].group(0).lstrip())
    return [(start, end, "options")]


def letter_case(m: re.Match) -> bool:
    """Whether the option's letter is upper case (a run of options keeps one case)."""
    return (m.group("p") or m.group("q")).isupper()
