"""A voltage divider named without its parts, for ``nesy.circuits.v1``'s parser.

"A voltage divider runs from a 10 V supply. The bottom resistor is 1 kΩ and the output across it must be 2.5 V.
What's the top resistor?": a voltage (potential) divider is two resistors in series across the source, the output
taken across the lower one (Horowitz & Hill, *The Art of Electronics*, 3rd ed., 2015, §1.2.3). The text names the
divider and then its parts only by their place ("the bottom resistor", "the top resistor"), never introducing them.
Read word by word, the divider was nothing ("runs" had nothing before it to connect) and the top resistor, named
only in a question, was missing.

``bare_dividers`` reads such a divider as its two resistors in series (a mention of two resistors and a postfix
"in series"), the first the top one and the second the bottom one (``_Builder.places``), when every resistor the
text names after it is a definite singular with no name, named by its place ("the bottom resistor", "the upper
resistor"), and none is named before it. "the top/upper" and "the bottom/lower resistor" then name the one in that place
(``circuits._refer_back``). A divider whose parts the text introduces ("a divider of R1 = 2 kΩ and R2 = 3 kΩ",
"Divider: 10 V across a 10 kΩ resistor on top and a 4.7 kΩ below it") keeps its reading.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["bare_dividers", "PLACES"]

Mention = tuple[str, Any, int, int]

_DIVIDER = re.compile(r"(?i)\b(?:voltage|potential)[\s\-]+divider\b(?!\s*(?:of|made|formed|using|consisting|built)\b)")
# the place words of a divider's two resistors
PLACES = {"top": "top", "upper": "top", "topmost": "top", "top-most": "top", "high-side": "top",
          "bottom": "bottom", "lower": "bottom", "bottommost": "bottom", "bottom-most": "bottom", "low-side": "bottom"}


def bare_dividers(ms: list[Mention], text: str) -> list[Mention]:
    """``ms`` with a mention of two resistors in series where the text names a divider without its parts (see
    the module's docstring)."""
    from .circuits import _Tok
    for d in _DIVIDER.finditer(text):
        res = [(k, it) for k, it in enumerate(ms) if it[0] == "COMP" and isinstance(it[1], dict)
               and (it[1].get("kind") == "resistor" or it[1].get("name", "")[:1] == "R")]
        before = [x for x in res if x[1][2] < d.start()]
        after = [x for x in res if x[1][2] >= d.end()]
        if not before and len(after) > 1 and _two_introduced(after[0][1][1]) and not any(
                it[1].get("det") != "back" or it[1].get("name") or it[1].get("count") or it[1].get("plural")
                or it[1].get("ref") or not it[1].get("place") for _k, it in after[1:]):
            # "A voltage divider is two resistors connected in series … the upper resistor is 4 kΩ and the lower
            # one 6 kΩ": the divider's two resistors, introduced, then named by their places (top, then bottom)
            k0, it0 = after[0]
            ms = list(ms)
            ms[k0] = (it0[0], {**it0[1], "divider": True}, it0[2], it0[3])
            return ms
        if before or not after or any(
                it[1].get("det") != "back" or it[1].get("name") or it[1].get("count") or it[1].get("plural")
                or it[1].get("ref") or not it[1].get("place") for _k, it in after):
            continue
        at = next((k for k, it in enumerate(ms) if it[2] >= d.end()), len(ms))
        s, e = d.start(), d.end()
        two = {"start": s, "end": e, "kind": "resistor", "plural": True, "divider": True,
               "count": (2, _Tok("COUNT", 2, s, e, "two"))}
        return ms[:at] + [("COMP", two, s, e), ("OP", "ser_post", e, e)] + ms[at:]
    return ms


def _two_introduced(m: dict) -> bool:
    """Whether a mention introduces two resistors with no values or names ("two resistors"): a divider's parts."""
    return bool(m.get("plural") and m.get("count") and m["count"][0] == 2 and m.get("det") != "back"
                and m.get("value") is None and not m.get("name"))
