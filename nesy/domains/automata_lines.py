"""Automata: a specification written one statement per line ("states: EVEN, ODD", "start: EVEN", "EVEN -a-> ODD"),
as in a YAML block, a lecture slide or a code comment.

The automata reader takes a line break for a space, so "EVEN -a-> ODD⏎ODD -a-> EVEN" reads as an arrow to the
two-word state "ODD ODD", and "states: EVEN, ODD⏎start: EVEN" as the list "EVEN, ODD start". A line that is a
statement of its own — it holds an arrow between two names, or it is a "key: value" line whose key is a word of
the automaton (states, start, accepting, alphabet, transitions, type …) — ends at its line break: ``line_clauses``
writes that break as ';' (same length, so every position still points at the user's text). A line that ends in
punctuation already, or that continues a sentence, is left as written. A YAML list marker "- " before such a
statement and the brackets of a flow list ("[a, b]") are blanked, and a line that is only a "#" or "//" comment
is blanked (a comment says nothing the diagram shows).

``code_marks``: text quoted as inline code ("`// accepts 0*10*`", "`(a|b)*abb`") is read as its words; the
backticks and a comment marker opening the code ("//", "#", "--", "/*" … "*/") are blanked (same length); a
comment is a statement of its own, so its closing backtick ends the clause (written ';').
"""
from __future__ import annotations

import re

__all__ = ["line_clauses", "code_marks", "comment_block"]

_ARROW = re.compile(r"(?:-[^\s>-]{1,6}->|--[^\s>-]{1,6}-->|→|->|-->|⟶)")
_KEYS = (r"type|kind|automaton|machine|dfa|nfa|states|state\s+set|q|alphabet|sigma|σ|symbols|inputs?|start(?:\s+state)?|"
         r"initial(?:\s+state)?|accept(?:ing)?(?:\s+states)?|final(?:\s+states)?|f|transitions?|delta|δ|edges")
_KEY_LINE = re.compile(rf"(?i)^\s*(?:-\s+)?(?:{_KEYS})\s*:")
_COMMENT = re.compile(r"^\s*(?:#|//)")


def line_clauses(text: str) -> str:
    """``text`` with each statement line closed by ';' in place of its line break (see the module); ``text``
    itself when it is not written a statement per line (fewer than three such lines)."""
    lines = text.split("\n")
    kinds = []
    for ln in lines:
        if _COMMENT.match(ln):
            kinds.append("comment")
        elif _KEY_LINE.match(ln) or (_ARROW.search(ln) and len(ln.split()) <= 6):
            kinds.append("stmt")
        else:
            kinds.append("")
    if sum(k == "stmt" for k in kinds) < 3:
        return text
    out = []
    for ln, k in zip(lines, kinds):
        if k == "comment":
            out.append(" " * len(ln))
            continue
        if k == "stmt":
            ln = re.sub(r"^(\s*)-(\s+)", lambda m: m.group(1) + " " + m.group(2), ln)       # "- EVEN -a-> ODD"
            ln = re.sub(r"\[([^\[\]]*)\]", lambda m: " " + m.group(1) + " ", ln)            # "[a, b]"
            if re.fullmatch(rf"(?i)\s*(?:{_KEYS})\s*:\s*", ln):
                ln = re.sub(r":", " ", ln)       # "transitions:" heads the lines below it
        out.append(ln)
    res = []
    for i, (ln, k) in enumerate(zip(out, kinds)):
        res.append(ln)
        if i < len(out) - 1:
            end = ln.rstrip()
            res.append(";" if k == "stmt" and end and end[-1] not in ".;,:" else "\n")
    return "".join(res)


_MARKER = re.compile(r"^[ \t]*(?://+|#+|--|\*|/\*+)[ \t]?")


def comment_block(text: str) -> str:
    """``text`` with the comment markers at the starts of its lines blanked (same length) where every line that
    holds anything is a comment ("// validate reports whether …⏎// it must start with a …"): the request was
    written as a code comment, and its markers say nothing; a text with one comment among other lines is left."""
    lines = text.split("\n")
    full = [ln for ln in lines if ln.strip()]
    if len(full) < 2 or not all(_MARKER.match(ln) and ln.strip() not in ("*", "--") for ln in full):
        return text
    return "\n".join(_MARKER.sub(lambda m: " " * len(m.group(0)), ln) if ln.strip() else ln for ln in lines)


_CODE = re.compile(r"`(?P<body>[^`\n]{1,200})`")
_CODE_COMMENT = re.compile(r"^\s*(?://+|#+|--|/\*)\s*|\s*\*/\s*$")


def code_marks(text: str) -> str:
    """``text`` with its inline code spans' backticks and leading comment markers blanked (see the module)."""
    def blank(m: re.Match) -> str:
        body = _CODE_COMMENT.sub(lambda c: " " * len(c.group(0)), m.group("body"))
        # a code comment is a statement of its own ("`// accepts 0*10*` - could you …"): it ends at its backtick
        return " " + body + (";" if _CODE_COMMENT.match(m.group("body")).group(0) else " ")
    return _CODE.sub(blank, text)
