"""What another figure shows, reported to be corrected (``nesy.astronomy.v1``).

"The diagram in this article puts Bennu inside Earth's orbit. It should be just outside": the first sentence
reports what a wrong figure shows, the second corrects it. A report is not the user's claim (Quirk et al.,
A Comprehensive Grammar of the English Language, 1985, §14.31, reported speech: the reporter vouches for the
report, not for its content); the figure nesy draws shows the correction. A sentence reports another figure when
its subject is a figure ("the diagram / figure / image / drawing … puts / shows / has / places") and the text
says that figure is wrong ("wrong", "incorrect", "should be", "a mistake"). A correction whose subject is a
pronoun ("It should be just outside") orders the same two bodies the report did.
"""
from __future__ import annotations

import re

__all__ = ["reported_sentence", "correction_of_report"]

_FIGURE = (r"(?:diagram|figure|image|picture|drawing|illustration|chart|plot|graphic|animation|sketch|poster|"
           r"slide|model|map)")
_REPORT = re.compile(rf"(?i)\b(?:the|this|that|your|their|its|an?|our|my)\s+(?:\w+\s+){{0,2}}{_FIGURE}\b[^.!?]*?"
                     r"\b(?:puts|put|places|placed|shows|showed|shown|draws|drew|drawn|has|had|gives|gave|depicts|"
                     r"depicted|makes|made|displays|displayed)\b")
_WRONG = re.compile(r"(?i)\b(?:wrong|incorrect|mistaken|mistake|error|erroneous|should\s+be|ought\s+to\s+be|"
                    r"needs\s+to\s+be|is\s+not\s+right|isn['’]t\s+right)\b")
_CORRECTION = re.compile(r"(?i)(?:^|[.!?:;]\s+|\n)(?:(?:but|no|instead|actually)\s*,?\s*)?(?:it|this|that|they)\s+"
                         r"(?:should|ought\s+to|needs?\s+to|must)\s+(?:really\s+)?be\b[^.!?:;]*$")


def _sentence(text: str, pos: int) -> tuple[int, int]:
    a = max([m.end() for m in re.finditer(r"[.!?](?:\s|$)|\n", text[:pos])] or [0])
    e = re.search(r"[.!?](?:\s|$)|\n|$", text[pos:])
    return a, pos + e.start()


def reported_sentence(text: str, pos: int) -> bool:
    """Whether offset ``pos`` lies in a sentence that reports what a figure the text calls wrong shows."""
    a, b = _sentence(text, pos)
    m = _REPORT.search(text, a, b)
    if m is None or m.end() > pos:
        return False
    return bool(_WRONG.search(text[:a]) or _WRONG.search(text[b:]))


def correction_of_report(text: str, pos: int) -> bool:
    """Whether offset ``pos`` (an order word) ends a pronoun's correction ("It should be just outside")."""
    return bool(_CORRECTION.search(text[:pos]))
