"""Counts that sum up what the text has already listed: a cross-check, never new things (issue 9).

People restate a request's size after listing it, to be sure it is read right (requests-36):

- "a 9 V battery and a 330 Ω resistor, that is, one resistor only and nothing else";
- "three resistors in series: 100 Ω, 220 Ω and 330 Ω. So 3 resistors and one battery, nothing else.";
- "A on a -> B, …, C on b -> C. 3 states, 6 transitions in all."

Read as they stood, each count became more parts (a resistor without a value, a state named "6"): a figure of
another circuit or machine, verified against the misreading. Such a clause says how many there are of each kind
the text has named; it is held against the figure read, like a compound count ("a three-resistor divider").

``summary_counts(text, nouns)`` finds the clauses made only of counted nouns — "<number> <noun>", joined by
commas, "and", "plus", "+" — with a restating opener before them ("that is", "i.e.", "so", "in other words",
"namely", "in all", "altogether", "total:") or a closer after them ("in all", "in total", "altogether", "total",
"overall", "between them", "nothing else", "only", "exactly"), the clause standing alone between punctuation (a
sentence, a bracket, a clause after a comma or a dash). ``nouns`` maps the science's count nouns (singular and
plural: "resistor", "resistors", "batteries") to the kind they count. A clause with neither opener nor closer
("3 resistors and a battery") is a request, not a summary, and is left to the science's reader.

Each found clause is ``{"start", "end", "text", "items": [(n, kind, start, end), …]}``; the science blanks it
before reading and then calls ``check_summary_counts`` with the counts it read: an agreeing count is read (the
figure shows it), a disagreeing one is refused naming both the summary and what the text listed
(``UnsatisfiableError``: the text says two things of one circuit) — never a count dropped while the figure verifies.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

__all__ = ["summary_counts", "check_summary_counts"]

_OPEN = (r"(?:that\s+is(?:\s+to\s+say)?|i\.\s?e\.?|ie|so|thus|hence|in\s+other\s+words|namely|meaning|in\s+all|"
         r"altogether|overall|in\s+total|total|totals?\s+of|which\s+(?:makes|is|gives)|making|giving|i\.\s?e\.,?)")
_CLOSE = (r"(?:in\s+all|in\s+total|altogether|total|overall|between\s+them|(?:and\s+|with\s+)?nothing\s+else|only|"
          r"exactly|no\s+more(?:\s+and\s+no\s+less)?|combined|all\s+told)")
# where a clause may begin and end: the text's start or end, a sentence's, a bracket's, a comma's, a dash's
_BEFORE = r"(?:^|(?<=[.;:!?(\[,—–])|(?<=[.;:!?(\[,—–]\s)|(?<=\s[-–—]\s)|(?<=\n))"
_AFTER = r"(?=\s*(?:[.;!?)\],—–]|\s-\s|$|\n))"


@lru_cache(maxsize=32)
def _pattern(nouns_key: tuple[str, ...]) -> re.Pattern:
    from .words import number_rx
    noun = "|".join(sorted((re.escape(n) for n in nouns_key), key=len, reverse=True))
    num = rf"(?:{number_rx()}|an?|one|a\s+single)"
    item = rf"(?:exactly\s+|just\s+|only\s+)?{num}\s+(?:{noun})(?![\w-])(?:\s+only)?"
    sep = r"(?:\s*,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+|\s*[+&]\s*)"
    return re.compile(
        rf"(?i){_BEFORE}\s*(?P<open>{_OPEN}\s*[,:]?\s+)?(?P<items>{item}(?:{sep}{item})*)"
        rf"(?P<close>\s*,?\s*{_CLOSE}(?:\s*,?\s*{_CLOSE})*)?{_AFTER}")


def summary_counts(text: str, nouns: dict[str, str], *, earlier: bool = True) -> list[dict]:
    """Each summing-up clause of ``text`` over the count ``nouns`` (module text), with its items. ``earlier``: a
    clause sums up only kinds the text named before it (a noun of each of its kinds occurs earlier: "one battery
    only" opening a text is a request); a science whose every text lists its kinds (a machine's states and
    transitions, written as "A on a -> B") passes False."""
    from .words import number_rx, read_number
    if not nouns:
        return []
    rx = _pattern(tuple(sorted(nouns)))
    noun_rx = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
    item_rx = re.compile(rf"(?i)(?P<n>{number_rx()}|an?|one|a\s+single)\s+(?P<noun>{noun_rx})(?![\w-])")
    out = []
    for m in rx.finditer(text):
        if not (m.group("open") or m.group("close")):
            continue
        items = []
        for it in item_rx.finditer(text, m.start("items"), m.end("items")):
            w = it.group("n").lower()
            if w in ("a", "an", "one") or w.startswith("a "):
                n = 1
            else:
                try:
                    v = read_number(it.group("n"))
                except Exception:  # noqa: BLE001 — not one number: no summary
                    items = []
                    break
                if v.denominator != 1 or v < 0:
                    items = []
                    break
                n = int(v)
            items.append((n, nouns[it.group("noun").lower()], it.start(), it.end()))
        if earlier and items:
            before = text[:m.start()]
            kinds_before = {nouns[w.group(0).lower()] for w in re.finditer(rf"(?i)(?<![\w-])(?:{noun_rx})(?![\w-])", before)}
            if any(k not in kinds_before for _n, k, _a, _b in items):
                items = []
        if items:
            s = m.start("open") if m.group("open") else m.start("items")
            e = m.end("close") if m.group("close") else m.end("items")
            out.append({"start": s, "end": e, "text": text[s:e], "items": items})
    return out


def check_summary_counts(found: list[dict], count: Callable[[str], tuple[int | set[int], list[dict]]], text: str) -> None:
    """Raises ``UnsatisfiableError`` for a summary whose count of a kind is not the number read: ``count(kind)``
    gives that number (or the set of numbers a count may fairly mean) and the phrases that named them."""
    from ..errors import UnsatisfiableError
    for f in found:
        for n, kind, a, b in f["items"]:
            have, phrases = count(kind)
            if n not in (have if isinstance(have, set) else {have}):
                have = " or ".join(str(h) for h in sorted(have)) if isinstance(have, set) else have
                ph = [{"text": text[a:b], "start": a, "end": b}] + [
                    {"text": p["text"], "start": p["start"], "end": p["end"]} for p in phrases]
                raise UnsatisfiableError(
                    ph, [{"law": "a count restated agrees with the things listed", "source": "the text itself"}],
                    fix=[ph[0]], detail=f"'{text[a:b]}' at {a}-{b} says {n} {kind}(s), but the text lists {have}")
