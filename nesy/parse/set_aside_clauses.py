"""Clauses that speak of another thing than the figure: a contrast ("Unlike silicon, which is diamond cubic, lead
is plain fcc") and a counterfactual taken back ("If B were {1, 2} it would sit inside A, but B is actually {2, 9}").

Read word by word, the other thing's words are drawn as the figure's: the lead cell drawn as diamond cubic, the
micrograph with yesterday's 30 nuclei, sets drawn from the hypothetical roster — figures that look complete and
are wrong. ``set_aside_clauses`` finds them and sets them aside, so that each science reads only what the text
says of the figure:

- a contrast opening its sentence: "Unlike <noun phrase>[, which/who … ,]," — "unlike", "in contrast to", "as
  opposed to" (Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 7 §2 on
  prepositions of contrast: the complement names what the subject is compared against, not the subject);
- a counterfactual conditional with its consequence, taken back by "but": "If <clause with were / had been>
  <… would / 'd / could / might …>, but" (the remote conditional, ibid. ch. 11 §4.2: its protasis is presented as
  false), and right after "but" a bare denial of it ("it isn't -", "there isn't one:"); "Were it …, … but" the same.

Each is read as nothing (``(start, end, "")``), shown beside the figure as context set aside. A clause that
carries no "but" after its consequence ("If the object were at 20 cm, where would the image be?") is left as it is.
"""
from __future__ import annotations

import re

__all__ = ["set_aside_clauses"]

_START = r"(?:^|(?<=[.;:!?\n])\s*|(?<=[.;:!?]\s))"
# "Unlike silicon, which is diamond cubic," / "Unlike yesterday's slide, which had 30 nuclei," / "Unlike a plant
# cell," — the noun phrase up to six words, a relative clause on it, and the comma that ends the contrast
_CONTRAST = re.compile(
    _START + r"(?P<c>(?:Unlike|In\s+contrast\s+(?:to|with)|As\s+opposed\s+to)\s+(?:[^\s,.;:!?]+\s+){0,5}?[^\s,.;:!?]+"
    r"(?:\s*,\s*(?:which|who|whose|that|where)\s+[^,.;:!?]{1,100})?\s*,\s*)(?=[^\s.;:!?])", re.IGNORECASE)
# the consequence of a remote conditional: a modal of the unreal
_MODAL = r"(?:would|could|might|should|['’]d)\b"
_COUNTERFACTUAL = re.compile(
    _START + r"(?P<c>(?:If\s+[^.;:!?]{1,100}?\b(?:were|had\s+been|had)\b|Were\s+(?:it|this|they|there|the\s+\w+)\b)"
    rf"[^.;!?]{{0,160}}?(?:\b{_MODAL}|\s{_MODAL})[^.;!?]{{0,120}}?(?:,|;|\s+-|\s+—|\s+–)?\s+but\s+"
    # a bare denial of the supposition right after "but": "it isn't -", "there isn't one:", "it's not,"
    r"(?:(?:it|this|they|there|that|he|she)\s*(?:['’]s|is|are|was|were|does|do|did|has|have)(?:n['’]t|\s+not)"
    r"(?:\s+(?:one|any|so|true|the\s+case))?\s*(?:[-—–:;,]\s*)(?:so\s+)?)?)", re.IGNORECASE)


def set_aside_clauses(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "")`` for each contrast or counterfactual clause of ``text`` (see the module), in order."""
    if not re.search(r"(?i)\b(?:unlike|contrast|opposed|if|were)\b", text):
        return []
    out: list[tuple[int, int, str]] = []
    for rx in (_CONTRAST, _COUNTERFACTUAL):
        for m in rx.finditer(text):
            a, b = m.span("c")
            if not any(x < b and a < y for x, y, _ in out):
                out.append((a, b, ""))
    return sorted(out)
