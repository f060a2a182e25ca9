"""A patent's register read as plain English (issue 9: people write requests as they write at work). Patent
drafting has its own function words (USPTO, MPEP §2111.03 on "comprising", §2173.05(e) on "said" as the definite
article; Faber, *Landis on Mechanics of Patent Claim Drafting*, ch. 2): "said nucleus" is "the nucleus",
"comprising" is "with", "wherein" is "where", "disposed" is "placed", "therein" is "in it". The sciences read the
plain words; the patent's words were unknown to all of them ("a eukaryotic cell (100) comprising a nucleus (110)").

``patent_register(text)`` gives the edits ``(start, end, plain)``, only in a text written as a patent — two or
more of its marks ("FIG. n", "wherein", "said" before a part, "comprising", "therein", …), so that "she said the
cell…" or one "comprising" in an ordinary sentence is left alone. The reference numerals in brackets are set aside
by ``incidental`` (``REFERENCE``). The pipeline reports each edit as a correction of kind "wording".
"""
from __future__ import annotations

import re

__all__ = ["patent_register", "PLAIN"]

# the patent's word → the plain word the sciences read
PLAIN = {
    "said": "the", "comprising": "with", "comprises": "has", "comprise": "have", "wherein": "where",
    "whereby": "so that", "therein": "in it", "thereby": "by it", "thereof": "of it", "thereto": "to it",
    "disposed": "placed", "is disposed": "is placed", "are disposed": "are placed",
}
_WORDS = re.compile(r"(?i)(?<![\w-])(?:said(?=\s+[a-z(])|comprising|comprises|comprise|wherein|whereby|therein|"
                    r"thereby|thereof|thereto|disposed)(?![\w-])")
_MARKS = re.compile(r"(?<![\w.])(?:FIGS?\.\s*\d|(?i:wherein|whereby|therein|thereby|thereof|thereto|comprising|"
                    r"said\s+(?:first|second|third|plurality|[a-z]+(?:\s+[a-z]+)?\s*\(\d)))")


def patent_register(text: str) -> list[tuple[int, int, str]]:
    """The edits that read ``text``'s patent words as plain English (module docstring); [] for other text."""
    marks = {re.sub(r"\s+.*", "", m.group(0).lower()) for m in _MARKS.finditer(text)}
    if len(marks) < 2:
        return []
    out = []
    for m in _WORDS.finditer(text):
        w = m.group(0)
        plain = PLAIN[w.lower()]
        if w[0].isupper():
            plain = plain[0].upper() + plain[1:]
        out.append((m.start(), m.end(), plain))
    return out
