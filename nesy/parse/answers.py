"""A yes/no question about where something goes, answered in the next turn of a dialogue, read as the statement the
answer makes.

In a chat, an interview or a help-desk transcript the request is often settled by a question and its answer:

    Agent: Should the centrioles be inside the nucleus?
    Customer: no, outside it, in the cytoplasm near the nucleus

The answer alone is elliptical ("outside it" has no subject a science can tell, and "it" is the question's thing);
the question alone is no statement. Together they say "the centrioles are outside the nucleus, in the cytoplasm
near the nucleus". ``answered_questions`` finds a polar question whose predicate is a place ("Should/Are/Will X be
inside Y?", "Do X sit next to Y?") followed by an answer that opens with yes or no, and rewrites the pair:

* "yes" (and nothing more, or anything that is no place): the question's subject and place said as a statement;
* "no" and nothing more: the place denied ("X are not inside Y");
* "no" and a place ("no, outside it, …"): the answer's place said of the question's subject, its pronoun "it" /
  "them" standing for the question's place object.

The question itself is blanked (its content now stands in the answer) and recorded as carrying none. A question
that is no polar question about a place, or an answer that does not open with yes/no, is left as it was: the
sciences' own readers still see it. Each rewritten statement copies the user's words (subject, place, object) so
what a science reports points back at them (``structured._rewrite``).

Grammar of polar questions and their elliptical answers: Huddleston & Pullum, *The Cambridge Grammar of the
English Language* (2002), ch. 10 §4 (polar questions, answers "yes"/"no" plus a correction).
"""
from __future__ import annotations

import re

from ..types import NotDrawn
from .markup import Normalized

__all__ = ["answered_questions", "ANSWERED"]

ANSWERED = "a yes/no question its answer settles (read with the answer)"

# the place prepositions a question's predicate and an answer's correction open with
_PLACE = (r"(?:inside|in|within|into|outside(?:\s+of)?|out\s+of|next\s+to|near(?:\s+to)?|beside|besides|around|"
          r"touching|against|along|above|below|under|over|on|to\s+the\s+(?:left|right)\s+of|left\s+of|right\s+of|"
          r"between|away\s+from|apart\s+from|close\s+to|far\s+from)")
_AUX = r"(?:should|shall|do|does|did|are|is|were|was|will|would|can|could|must|may|might)"
_VERB = r"(?:be|lie|sit|go|stay|appear|get|end\s+up|remain|float|be\s+drawn|be\s+placed|be\s+put|be\s+shown)"
# "Should the centrioles be inside the nucleus?" — the question within its line (after a speaker's tag, blanked)
_QUESTION = re.compile(r"(?i)(?<![\w'])(?P<q>(?:and\s+|so\s+|also\s+)?" + _AUX + r"\s+(?P<subj>(?:the|those|these|both|all"
                       r"(?:\s+the)?|its|their|any|every|each)\s+[^?\n.;:!]{1,40}?|(?-i:[A-Z][\w'-]{0,15})(?:\s+and\s+"
                       r"(?-i:[A-Z][\w'-]{0,15}))?)\s+(?:(?:" + _VERB + r")\s+)?"
                       r"(?P<place>(?P<prep>" + _PLACE + r")\s+(?P<obj>[^?\n.;:!]{1,40}?))\s*\?)")
_ANSWER = re.compile(r"(?i)[ \t]*(?:[\w .'\-]{1,30}:[ \t]*)?(?P<yn>yes|yeah|yep|yup|correct|right|no|nope|nah|not\s+really)"
                     r"(?![\w'])[ \t]*[,.!;:—–-]?[ \t]*(?P<rest>[^\n]*)")
_PRON = re.compile(r"(?i)^(?P<prep>" + _PLACE + r")\s+(?P<pron>it|them)(?![\w'])")
_SINGULAR_S = re.compile(r"(?i)(?:us|ss|is|sis)$")


def _plural(subj: str) -> bool:
    last = subj.split()[-1].lower() if subj.split() else ""
    return subj.lower().startswith(("both", "all", "those", "these")) or " and " in subj.lower() or (
        last.endswith("s") and not _SINGULAR_S.search(last)) or last in ("mitochondria", "bacteria", "nuclei", "them")


def answered_questions(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """Edits (``structured._rewrite``'s) for each place question answered in the next non-empty line, and the
    questions recorded as carrying no content of their own."""
    from .structured import _record
    text = norm.text
    edits: list = []
    rec: list[NotDrawn] = []
    for m in _QUESTION.finditer(text):
        if not re.search(r"(?:^|[.!?:;\n])[ \t]*$", text[:m.start("q")]):
            continue          # "Where is the picture on the screen?": a question opening with its verb only
        eol = text.find("\n", m.end())
        if eol < 0 or text[m.end():eol].strip():
            continue          # the question ends its line; the answer is the next one
        nxt = re.compile(r"\n(?:[ \t]*\n)*").match(text, eol)
        a = _ANSWER.match(text, nxt.end()) if nxt else None
        if a is None:
            continue
        yes = a.group("yn").lower() in ("yes", "yeah", "yep", "yup", "correct", "right")
        rest = a.group("rest")
        ra = a.start("rest")
        be = " are " if _plural(m.group("subj")) else " is "
        subj, place, obj = m.span("subj"), m.span("place"), m.span("obj")
        pron = _PRON.match(rest)
        corrected = re.match(r"(?i)" + _PLACE + r"\s", rest)
        if yes and not corrected:
            stmt: list = [subj, be, place, ". "]
            edits.append((a.start("yn"), ra, stmt))
        elif not yes and corrected:
            stmt = [subj, be.rstrip() + " "]
            edits.append((a.start("yn"), ra, stmt))
            if pron:
                edits.append((ra + pron.start("pron"), ra + pron.end("pron"), [obj]))
        elif not yes and not rest.strip(" .!"):
            edits.append((a.start("yn"), a.end(), [subj, be + "not ", place, "."]))
        else:
            continue
        edits.append((m.start("q"), m.end("q"), []))
        rec.append(_record(norm, m.start("q"), m.end("q"), ANSWERED))
    return edits, rec
