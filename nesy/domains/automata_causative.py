"""Transitions said with the symbol as the subject of a causative verb, for ``nesy.automata.v1``: "input 1 moves A
to B, B to C and C back to A", "a takes q0 to q1", "reading b sends S1 to S2"; and "input 0 leaves every state where
it is" / "keeps every state where it is" (a loop on each state). The symbol causes the move (a causative verb with an
object and a goal: Huddleston & Pullum 2002, ch. 4 §6.1); the automata grammar reads the same facts said with the
state as the subject ("on 1, A goes to B, B to C and C to A"; "on 0 each state stays"), so the pipeline reads the
phrase so, reported as a wording. Before, "input 1 moves A to B" was refused as naming no state.

``causative_moves(text)`` gives the edits ``(start, end, plain)``.
"""
from __future__ import annotations

import re

__all__ = ["causative_moves"]

_STATE = r"(?:[A-Za-z][A-Za-z0-9_']{0,11})"
_SYM = r"(?P<sym>[A-Za-z0-9]|'[^']'|\"[^\"]\")"
_LEAD = r"(?:(?:the\s+|an?\s+)?(?:input|symbol|letter|bit|character)\s+|reading\s+(?:an?\s+)?)"
_VERB = r"(?:moves|takes|sends|brings|carries|leads|switches|flips)"
_PAIR = rf"{_STATE}\s+(?:back\s+)?to\s+{_STATE}"
_MOVES = re.compile(rf"(?<![\w'])(?P<lead>{_LEAD}){_SYM}\s+{_VERB}\s+(?P<pairs>{_PAIR}(?:\s*,\s*(?:and\s+)?{_PAIR}|"
                    rf"\s+and\s+{_PAIR})*)")
_KEEPS = re.compile(rf"(?<![\w'])(?P<lead>{_LEAD}){_SYM}\s+(?:leaves|keeps)\s+(?:every|each|all\s+the|all)\s+states?\s+"
                    r"(?:where\s+(?:it\s+is|they\s+are)|unchanged|as\s+(?:it\s+is|they\s+are)|in\s+place|(?:the\s+)?same|"
                    r"alone|put)(?![\w'])")


def causative_moves(text: str) -> list[tuple[int, int, str]]:
    """The edits that say each causative transition with the state as the subject (module docstring)."""
    out = []
    for m in _MOVES.finditer(text):
        pairs = re.findall(rf"({_STATE})\s+(?:back\s+)?to\s+({_STATE})", m.group("pairs"))
        said = [f"{a} goes to {b}" if k == 0 else f"{a} to {b}" for k, (a, b) in enumerate(pairs)]
        body = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
        out.append((m.start(), m.end(), f"on {m.group('sym')}, {body}"))
    for m in _KEEPS.finditer(text):
        out.append((m.start(), m.end(), f"on {m.group('sym')} each state stays"))
    return sorted(out)
