"""A source noun used as a verb, for ``nesy.circuits.v1``: "Two 6 V batteries in parallel supply a 3 Ω resistor",
"the cells supply the lamps".

"supply" is a source ("a 12 V supply") and a verb ("the batteries supply a resistor"). Read as a noun after a
plural subject it made a third source, without a value, in series with the load — a circuit the text does not
describe, which the verifier would still pass (it checks the figure against nesy's reading). English marks the
verb by agreement: after a plural subject the verb takes its plain form, and a noun "supply" there would need a
determiner or a value of its own ("a 5 V supply"). So the word is the verb — a link, like "supplies" — when it
stands, with no determiner, value or count of its own, right after a plural component or a postfix operator that
closes the subject ("… in parallel supply …"), and right before the object's determiner, count, value or name
(Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 3 §1.1: agreement of the
present-tense verb with a plural subject is shown by its plain form).
"""
from __future__ import annotations

from typing import Any, Callable

__all__ = ["source_verbs"]

_VERBS = frozenset({"supply"})
_OBJECT_START = ("NEW", "BACK", "COUNT", "VALUE", "NAME", "KIND")


def source_verbs(toks: list[Any], make: Callable[..., Any]) -> list[Any]:
    """``toks`` (sorted by position) with each verb use of a source noun made a link operator token."""
    out = list(toks)
    for k in range(1, len(out) - 1):
        t, prev, nxt = out[k], out[k - 1], out[k + 1]
        if t.tag != "KIND" or t.text.lower() not in _VERBS or t.value[1]:
            continue
        plural_subject = (prev.tag == "KIND" and prev.value[1]) or (prev.tag == "OP" and prev.value in ("par_post",
                                                                                                         "ser_post"))
        if plural_subject and nxt.tag in _OBJECT_START:
            out[k] = make("OP", "link", t.start, t.end, t.text)
    return out
