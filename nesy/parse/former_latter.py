""""The former" and "the latter": the first and the second of the two things named together just before.

"There are also four chloroplasts and a vacuole. The latter should be big; the former must stay outside the nucleus",
"two salts, KCl and CsCl. The former has the rock-salt structure", "Venus and Mars. The former is at 0.72 AU and the
latter at 1.52 AU": English refers back to the two members of the last coordination by order (Huddleston & Pullum,
*The Cambridge Grammar of the English Language*, 2002, ch. 17 §2.3, "the former … the latter"). No science's grammar
knows the words, so the reference was refused as unknown, or its sentence read of nothing.

``former_latter`` finds, with nesy's dependency parser (``nesy.parse.nlp.get_language``), the last pair of nouns
coordinated before each reference (UD ``conj``: the second conjunct's head is the first) and gives the edit that
writes the noun in the reference's place ("the vacuole", "KCl", "Venus"); the pipeline applies the edits with every
position still mapped to the user's text. A reference with no such pair before it is left as written.
"""
from __future__ import annotations

import re

__all__ = ["former_latter"]

_REF = re.compile(r"(?i)\bthe\s+(?P<which>former|latter)\b(?:\s+ones?\b)?(?!\s+(?:half|part|parts|case|cases|stage|"
                  r"stages|phase|phases|type|types|kind|kinds|approach|method|option|one\s+of)\b)")


def _noun(t) -> str | None:
    """"name" for a name (a proper noun, or a word in capitals or with digits: "KCl", "H2O"), "noun" for a common
    noun, None for anything else."""
    if t.pos_ == "PROPN" or (t.pos_ in ("NOUN", "X", "SYM") and re.match(r"[A-Z]|.*\d", t.text) and not t.is_sent_start):
        return "name"
    return "noun" if t.pos_ == "NOUN" else None


def former_latter(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each "the former" / "the latter" in ``text`` whose pair is named before it."""
    refs = list(_REF.finditer(text))
    if not refs:
        return []
    from .nlp import get_language
    doc = get_language()(text)
    out: list[tuple[int, int, str]] = []
    for m in refs:
        # (two of one kind: "KCl and CsCl", "Venus and Mars", "four chloroplasts and a vacuole"; not "two sets, F
        # and G" read as the noun "sets" and the name "G")
        pairs = [(t.head, t) for t in doc
                 if t.dep_ == "conj" and t.head.i < t.i and t.idx + len(t.text) <= m.start()
                 and _noun(t) and _noun(t.head) and _noun(t) == _noun(t.head)
                 and t.head.lower_ not in ("former", "latter") and t.lower_ not in ("former", "latter")]
        # (the parser may hang both on another word: "mixing up, KCl and CsCl"; two names side by side with "and"
        # between are a pair all the same)
        pairs += [(doc[i], doc[i + 2]) for i in range(len(doc) - 2)
                  if doc[i + 1].lower_ in ("and", "or") and doc[i + 2].idx + len(doc[i + 2].text) <= m.start()
                  and _noun(doc[i]) == "name" and _noun(doc[i + 2]) == "name"]
        if not pairs:
            continue
        x, y = max(pairs, key=lambda p: p[1].i)
        # (a word in quotes is a string a phrase names, never the pair itself: "the strings containing 'aa' and the
        # strings containing 'bb' … the former" is the first phrase, which this head-noun copy cannot write)
        if any(re.match(r"['‘\"“]", text[max(0, w.idx - 1):w.idx]) for w in (x, y)):
            continue
        tok = x if m.group("which").lower() == "former" else y
        left = [w for w in tok.lefts if w.dep_ in ("compound", "flat", "amod") and w.i == tok.i - 1]
        name = " ".join([w.text for w in left] + [tok.text.rstrip(".,;:")])
        out.append((m.start(), m.end(), name if _noun(tok) == "name" else f"the {name}"))
    return out
