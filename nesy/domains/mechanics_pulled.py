"""Whether a pull the text names on a table's (or slope's) body is the string over the pulley.

"pulled over a pulley by a 1 kg hanging mass", "the hanging 2 kg block pulls the cart via a string over a
pulley", "dragged along by a string that passes over a pulley": in a table-and-pulley system the only pull
on the body on the table is the string's tension (Halliday, Resnick & Walker, *Fundamentals of Physics*,
10th ed., ch. 5, sample problem 5.04: the block on the table, the hanging block, one string over a
massless frictionless pulley). A pull verb is read from the dependency parse of nesy's own English
pipeline (``nesy.parse.nlp.get_language``): its agent (the passive's ``obl:agent``, the active verb's
``nsubj``, or an instrument ``obl`` with "via/by/through/with") is the hanging body or the string when
that noun or its modifiers name hanging (hanging, hangs, suspended, dangling …) or a string (string, rope,
cord, cable, thread), or when the pull is "over a pulley". Then the word is the tension's phrase, not a
second force; any other agent ("a worker pulls the block …") stays another pull, refused as before.
"""
from __future__ import annotations

__all__ = ["pull_is_the_string"]

_HANG = {"hang", "hanging", "hangs", "hung", "suspend", "suspended", "dangle", "dangling", "fall", "falling",
         "descend", "descending"}
_STRING = {"string", "rope", "cord", "cable", "thread", "line", "wire", "pulley"}
_INSTR = {"by", "via", "through", "with"}


def _words(tok) -> set[str]:
    """The lower-case words and lemmas of the noun phrase headed by ``tok`` (its modifiers and relative
    clause included)."""
    out = set()
    for x in tok.subtree:
        out.add(x.text.lower())
        out.add(x.lemma_.lower())
    return out


def pull_is_the_string(t: str, start: int, end: int) -> bool:
    """Whether the pull verb at ``t[start:end]`` is exerted by the hanging body or the string over the
    pulley (see the module docstring)."""
    from ..parse.nlp import get_language
    doc = get_language()(t)
    verb = next((x for x in doc if x.idx <= start < x.idx + len(x.text) or start <= x.idx < end), None)
    if verb is None:
        return False
    agents = []
    for ch in verb.children:
        dep = ch.dep_.lower()
        if dep in ("obl:agent", "nsubj", "agent"):
            agents.append(ch)
        elif dep.startswith("obl") or dep.startswith("nmod"):
            case = {c.text.lower() for c in ch.children if c.dep_ == "case"}
            if case & _INSTR or ch.lemma_.lower() == "pulley" or ch.text.lower() == "pulley":
                agents.append(ch)
    for a in agents:
        w = _words(a)
        if a.text.lower() in ("pulley", "pulleys") or w & _HANG or w & _STRING:
            return True
    if not agents or verb.pos_ not in ("VERB", "AUX"):
        # the parse found no agent (or no verb: "a 2 kg mass hanging over a pulley pulls a 3 kg block" is
        # parsed with "pulls" a noun): the clause's words before the verb are its subject
        import re
        clause = re.split(r"[.;,:!?]", t[:start])[-1]
        return bool(set(re.findall(r"[a-z]+", clause.lower())) & (_HANG | _STRING))
    return False
