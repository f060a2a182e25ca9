"""A negation passed over right before words a science read as stated: "but not equilateral", "no circumscribed circle".

Most sciences pass over "not" and "no" (they carry nothing a figure shows in "not to scale", "do not label it"), and
read their negations where their grammars know them ("not touching", "without a nucleus", "no friction"). A negator
the science passed over while reading the very next words as stated is a reading of the opposite of the text: "an
isosceles triangle … but not equilateral" was read as equilateral and called impossible (requests-25 geometry-06),
"a regular pentagon … - no circumscribed circle" drew the circle (requests-20 geometry-10).

``negated_reads`` finds each such negator: an ignored "not"/"no"/"never"/"n't" (``NEGATION``) followed, past
determiners and adverbs only ("not a", "not quite", "no longer"), by a word inside a span the scene read, where
that span neither holds the negator (the science read the negation with it) nor records an absence or a denial
(attribute keys such as ``absent``, relation kinds such as ``not_touching``). The pipeline refuses them by name.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

__all__ = ["negated_reads"]

# between a negator and what it denies: "not a square", "not quite equilateral", "no longer a", "not exactly 5"
_SKIP = re.compile(r"(?i)\s*(?:(?:a|an|the|quite|exactly|be|being|any|really|very|so|necessarily|just|only|too|all|"
                   r"even|entirely|completely|fully|perfectly|longer|more|single)\s+)*")
# a read span under one of these keys (or a relation of one of these kinds) records the negation itself
_DENIAL = re.compile(r"(?i)absent|absence|negat|denied|deny|without|lack|exclu|except|no_|not_|disjoint|apart|outside|"
                     r"retract|removed|missing|free")
_LONGEST = 60      # a whole clause's span (a circuit's "attach") says where a reading came from, not what was read


def _spans(x: Any, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if isinstance(x, dict):
        if isinstance(x.get("start"), int) and isinstance(x.get("end"), int) and x["end"] - x["start"] <= _LONGEST:
            out.append((x["start"], x["end"]))
        for k, v in x.items():
            if not (isinstance(k, str) and _DENIAL.search(k)) and not (isinstance(v, str) and k == "kind"
                                                                        and _DENIAL.search(v)):
                _spans(v, out)
    elif isinstance(x, (list, tuple)):
        for v in x:
            _spans(v, out)
    return out


def negated_reads(scene: Any, text: str, negation: re.Pattern,
                  ignored: Iterable[Any] = ()) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each passed-over negator with the word it denies that ``scene`` read as stated
    (see the module); ``ignored``: spans passed over besides ``scene.ignored``."""
    d = scene.to_dict()
    read = _spans({k: v for k, v in d.items() if k in ("entities", "relations", "attributes")}, [])
    out: list[tuple[int, int]] = []
    for ig in list(scene.ignored) + list(ignored):
        if not negation.fullmatch(ig.text.strip()):
            continue
        m = _SKIP.match(text, ig.end)
        w = re.match(r"[^\W\d_][\w-]*", text[m.end():])
        if w is None:
            continue
        a, b = m.end(), m.end() + w.end()
        if any(s <= a and b <= e and not (s <= ig.start < e) for s, e in read):
            out.append((ig.start, b))
    return sorted(set(out))
