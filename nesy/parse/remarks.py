"""Remarks about the figure itself, found before a science reads the text.

"It doesn't need to be to scale, just correct.", "Keep it simple.", "Nothing fancy.", "Not to scale." say
how the figure is drawn, never what it shows. Read by a science, their words would be misread: "it" as a
pronoun for one of its things, "to scale" as a request to draw to scale, "doesn't" as a negation it cannot
place (a refusal). ``figure_remarks`` finds them, sentence by sentence and clause by clause, from the words
of ``grammars/common/figure_remarks.yaml`` and the function/figure classes of the no-content lexicon; the
pipeline blanks them (offsets kept) and records them as ignored, like the questions of
``nesy.parse.account.questions``. So is a phrase that places everything in one figure ("Put both in one
sketch", "on a single diagram"): nesy draws one figure per text, and "one" there counts nothing drawn. So is
whom or what the figure is for ("it's for 12-year-olds", "this is for my Year 9 class"): its "it" is the figure.
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["figure_remarks"]

_SENTENCE = re.compile(r"[^.?!;\n]+(?:[.?!;]+|\n|$)")
_CLAUSE = re.compile(r"[^,:;()\u2013\u2014]+")
_WORD = re.compile(r"\w+(?:['’]\w+)*|\S")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _vocab() -> dict[str, frozenset[str]]:
    from ..resources import load_yaml
    d = load_yaml("grammars", "common/figure_remarks.yaml")
    heads = {k: frozenset(v) for k, v in d["heads"].items()}
    return {**heads, "relaxers": frozenset(d["relaxers"]), "words": frozenset(d["words"])}


def _is_remark(s: str) -> bool:
    """Whether the sentence or clause ``s`` is a remark about the drawing only (see the module)."""
    if _DIGIT.search(s):
        return False
    from .account import _lemma
    from .lexicon import no_content
    v, lex = _vocab(), no_content()
    words = [w.lower() for w in _WORD.findall(s) if any(ch.isalnum() for ch in w)]
    if not words:
        return False
    for w in words:
        if w in v["words"] or w in v["relaxers"] or any(w in v[h] for h in ("relaxed", "exact", "correct", "notation")):
            continue
        if lex.classify(_lemma(w), w) not in ("function", "figure"):
            return False
    relaxed = any(w in v["relaxed"] or w in v["relaxers"] or w.endswith(("n't", "n’t")) for w in words)
    return (any(w in v["relaxed"] or w in v["correct"] or w in v["notation"] for w in words)
            or (relaxed and any(w in v["exact"] for w in words)))


# "Put both in one sketch", "on a single diagram", "in the same figure": where things are drawn, said of the
# figure itself (nesy draws one figure per text); the count word is no count of anything drawn
_ONE_FIGURE = re.compile(r"(?i)\b(?:in|on|into|within)\s+(?:one|a\s+single|the\s+same|a\s+common|just\s+one|"
                         r"only\s+one)\s+(?:sketch|figure|diagram|drawing|picture|image|illustration|graphic|"
                         r"plot|panel|frame|view)\b(?!\s+(?:of|per|for|each|with)\b)")


# "it's for 12-year-olds", "this is for my Year 9 class", "they're meant for a poster": whom or what the figure is
# for, said of the figure itself ("it", "this"), never of a thing drawn; its number (an age, a school year) counts
# nothing. Read by a science, "it" was a pronoun for one of its things ("may mean any of 'nucleus', 'nucleolus'")
_AUDIENCE = re.compile(
    r"(?i)(?<![\w-])(?:it'?s|it’s|it\s+is|it\s+will\s+be|this\s+is|this'?s|that'?s|that\s+is|they'?re|they\s+are|these\s+are|"
    r"the\s+(?:figure|drawing|diagram|picture|image|sketch)\s+is)\s+(?:(?:meant|intended|made|needed)\s+for|aimed\s+at|"
    r"going\s+(?:to|in|on|into)|for)\s+(?:a\s+|an\s+|my\s+|our\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:\d{1,2}[\s-]*(?:year|yr)[\s-]*olds?|kids|children|students|pupils|learners|beginners|class(?:es)?|lessons?|"
    r"lectures?|slides?|slide\s+deck|poster|presentation|worksheet|handout|homework|exam|test|quiz|revision|school|"
    r"teachers?|parents?|audience|talk|seminar|report|thesis|paper|course|tutorial|textbook|website|blog|newsletter|"
    r"(?:year|grade|class)\s+\d{1,2}|gcse|a[\s-]level|ks[1-5]|key\s+stage\s+\d)(?![\w-])[^.;!?\n]{0,30}?(?=[.;!?\n)]|$)")


def figure_remarks(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` (sentences, or clauses between commas, colons and dashes) that only remark on
    how the figure is drawn. Each span is trimmed of surrounding space and punctuation-free at its ends
    except a sentence's own full stop."""
    out: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        s = m.group(0)
        if _is_remark(s):
            a = m.start() + len(s) - len(s.lstrip())
            out.append((a, m.start() + len(s.rstrip())))
            continue
        for c in _CLAUSE.finditer(s):
            part = c.group(0).rstrip(".?!; \n")
            if part.strip() and _is_remark(part):
                a = m.start() + c.start() + len(part) - len(part.lstrip())
                out.append((a, m.start() + c.start() + len(part)))
    out += [m.span() for m in _AUDIENCE.finditer(text) if not any(a <= m.start() < b for a, b in out)]
    return out + [m.span() for m in _ONE_FIGURE.finditer(text) if not any(a <= m.start() < b for a, b in out)]
