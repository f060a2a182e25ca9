"""Sets: names said beside the words around them — "two circles: Tea and Coffee", "Jazz fans", "overlap a lot",
"each inside the next", ", both inside X", 'the region hereinafter "X"'.

* A list of names after a count of sets and a colon, dash or comma — "Two circles: Tea and Coffee", "Three
  circles - Maths, Physics and Chemistry", "two circles, Chess and Drama" — names those sets (an appositive
  list, Quirk et al. 1985 §17.65), as "three circles labelled Maths, Physics and Chemistry" does. The
  punctuation is read as nothing to draw.
* A plural or singular noun right after a set's name (or a list of names) and before what is said of it —
  "#Jazz and #Blues fans overlap", "Tea drinkers and Coffee drinkers overlap", "no #Rock fan voted #Jazz" —
  says what the members are (the name modifies the noun: Quirk §17.108, a noun premodifier); the set is
  the name's. The noun is read as nothing to draw; a noun the sets grammar reads itself (sets, elements,
  members) is left to it.
* A degree said of an overlap — "overlap a lot", "intersect a little", "overlap heavily" — does not change
  that the two sets share members (A ∩ B ≠ ∅, Rosen §2.2), which is what the figure draws: read as
  nothing more to draw.
* "A, B and C, each inside the next": each set listed before it inside the one listed after it.
* "Insects and Spiders, both inside Arthropods": a relation said of "both"/"each" after a list holds for
  each of its sets (distributive "both", Quirk §6.49).
* 'the region hereinafter "X"': a contract's defining phrase gives the set its name (Garner, *A Dictionary of
  Modern Legal Usage*, "hereinafter": "in the rest of this document").

Hands ``pre_read`` the blanked text, the relations read (``pre.relations``) and the spans read with nothing
to draw (``pre.ignored``).
"""
from __future__ import annotations

import functools
import re

__all__ = ["read_both_after_list", "read_each_next", "read_heads", "read_hereinafter"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_LIST = rf"#?{_NAME}(?:\s*,\s*#?{_NAME})*(?:\s*,?\s*(?:and|&)\s+#?{_NAME})?"
_COUNT = r"(?:two|three|four|five|2|3|4|5)"
# "Two circles: Tea and Coffee", "Three circles - Maths, …", "Sets — Cats, Dogs" (the list up to its clause's end
# or a relation said of it)
_INTRO_LIST = re.compile(
    rf"(?i)\b(?:{_COUNT}\s+(?:[a-z\-]+\s+)?)?(?:sets|circles|ovals|ellipses|regions|rings|classes)\s*"
    rf"(?P<p>:|[-–—]{{1,2}}|,)\s*(?=(?P<list>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s*(?:and|&)\s+{_NAME})(?![\w]))")
# a noun after a name (or a list of names): "#Jazz and #Blues fans", "no #Rock fan"
_HEAD = re.compile(rf"(?<![\w]){_LIST}\s+(?P<n>(?-i:[a-z][a-z\-]{{2,20}}))(?![\w'’-])")
# the overlap verbs a degree may follow, and the degrees ("a lot", "a bit", "heavily", "slightly", "loads")
_DEGREE = re.compile(
    r"(?i)\b(?:overlap|overlaps|overlapping|intersect|intersects|intersecting)\s+(?P<d>a\s+(?:lot|little|bit|fair\s+bit"
    r"|great\s+deal|tad)|(?:quite\s+)?(?:a\s+)?(?:lot|lots|loads|heaps|plenty)|heavily|hugely|massively|greatly|slightly"
    r"|somewhat|partly|partially|considerably|substantially|significantly|a\s+lot\s+too)(?=\s*(?:[.,;:!?)]|$|\s+(?:and|but|too|as)\b))")


# "A, B, C and D, each inside the next", "Naturals inside Integers inside Rationals, each region inside the next":
# each set listed before it (in its sentence) inside the one listed after it
_EACH_NEXT = re.compile(r"(?i)(?:,\s*)?\b(?:each|every)\s+(?:(?:one|region|set|circle|class|curve)\s+)?(?:(?:is|lies|sits)\s+)?"
                        r"(?:drawn\s+)?(?:inside|within|in|contained\s+in|nested\s+in(?:side)?)\s+the\s+next(?:\s+one)?\b")


def read_each_next(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Read "each inside the next" (``_EACH_NEXT``) over the sets its sentence lists before it: each inside
    the next one listed (``pre.relations``); blanked."""
    masked = "".join(chars)
    for m in _EACH_NEXT.finditer(masked):
        s0 = max(masked.rfind(p, 0, m.start()) for p in ".;!?\n:") + 1
        listed: list[str] = []
        for n in re.finditer(_NAME, text[s0:m.start()]):
            if n.group() in names and n.group() not in listed:
                listed.append(n.group())
        if len(listed) < 2:
            continue
        for x, y in zip(listed, listed[1:]):
            pre.relations.append(("inside", x, y, m.start(), m.end()))
        blank(chars, m.start(), m.end())


def read_heads(text: str, chars: list[str], pre, blank, skip: frozenset[str], relation: re.Pattern,
               names: set[str]) -> None:
    """Read the three phrasings of the module docstring in ``chars`` (blanked; spans to ``pre.ignored``).
    ``skip``: words the sets grammar reads itself (its nouns, stop and function words); ``relation``: the
    sets grammar's relation phrases; ``names``: the text's set names (a capitalised word opening a sentence,
    "All whales are mammals", names none)."""
    masked = "".join(chars)
    for m in _INTRO_LIST.finditer(masked):
        pre.ignored.append((m.start("p"), m.end("p")))
        blank(chars, m.start("p"), m.end("p"))
    masked = "".join(chars)
    for m in _HEAD.finditer(masked):
        noun = m.group("n").lower()
        if not set(re.findall(_NAME, m.group()[:m.start("n") - m.start()])) <= names:
            continue
        if noun in skip or relation.fullmatch(noun) or noun.endswith("ly") or noun in _CLOSED or noun in _copulas():
            continue
        before = masked[:m.start()].rstrip()
        # a singular noun only after a quantifier ("no #Rock fan", "every Tea drinker"); else a plural one
        # ("Jazz fans"): a verb after a plural subject ("Cats hunt birds") is no head
        quantified = re.search(r"(?i)\b(?:no|not\s+a\s+single|not\s+one|every|each|any|a|an|one)$", before)
        if not (quantified or re.fullmatch(r"[a-z\-]+[^s]s|[a-z\-]+ies", noun)):
            continue
        # what follows is said of the set: a relation phrase, a verb in the past or a copula ("voted", "are"),
        # or the second set's name with its own noun ("Tea drinkers and Coffee drinkers")
        after = masked[m.end("n"):]
        if not (relation.match(after.lstrip())
                or re.match(r"\s*(?:and|&|,)\s+#?" + _NAME + r"\w*\s+" + re.escape(m.group("n")), after)
                or re.match(r"\s+(?:is|are|was|were|do|does|did|don'?t|doesn'?t|never|all|also|both|each|too|"
                            r"(?-i:[a-z]+ed))\b", after)):
            continue
        # (the name opens its phrase: after a clause break, a conjunction, a quantifier or a determiner)
        if before and not re.search(r"(?:[.,;:!?(\n]|\b(?:and|but|no|not\s+a\s+single|not\s+one|every|each|all|any|"
                                    r"some|most|many|few|the|of|between|with|both|only|a|an|one)|[\-–—])$", before,
                                    re.IGNORECASE):
            continue
        pre.ignored.append((m.start("n"), m.end("n")))
        blank(chars, m.start("n"), m.end("n"))
    masked = "".join(chars)
    for m in _DEGREE.finditer(masked):
        pre.ignored.append((m.start("d"), m.end("d")))
        blank(chars, m.start("d"), m.end("d"))


@functools.lru_cache(maxsize=1)
def _copulas() -> frozenset[str]:
    """The shared grammar's copulas and glue verbs ("lies", "sits", "falls" are no head nouns)."""
    from ..resources import load_yaml
    g = load_yaml("grammars", "common/grammar.yaml")
    return frozenset(str(w).lower() for w in g.get("copulas", [])) | frozenset(
        "belongs falls goes stays remains fits lives crosses touches meets cuts".split())


_CLOSED = frozenset("""are is was were be been being do does did have has had will would can could shall should may
    might must not never also too both each every all some any none only even just very so then than that this these
    those there here who whom whose which what when where why how and or but nor yet if because while although though
    in on at of to for with by from into onto over under about above below between among through during after before
    inside outside within without against across around near beside besides like unlike as per via overlap overlaps
    intersect intersects meet meets share shares contain contains include includes""".split())


@functools.lru_cache(maxsize=1)
def _phrase_kinds() -> dict[str, tuple[str, bool]]:
    """Each relation phrase of the sets grammar → (its kind, whether it is said the other way round)."""
    from ..resources import load_yaml
    out: dict[str, tuple[str, bool]] = {}
    for kind, v in load_yaml("grammars", "sets/grammar.yaml")["relations"].items():
        phrases, canon, inv = (v["phrases"], v.get("canonical", kind), bool(v.get("invert"))) if isinstance(v, dict) \
            else (v, kind, False)
        for p in phrases:
            if p[:1].isalpha() and kind in ("inside", "contains", "outside", "overlaps"):
                out[p.lower()] = (canon, inv)
    return out


def read_both_after_list(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """"Insects and Spiders, both inside Arthropods", "show A and B as two circles, each within U": a relation
    said after a comma of "both"/"each" of the list before it holds for each of them (distributive "both",
    Quirk et al. 1985 §6.49). Adds the relations (``pre.relations``) and blanks the part after the comma; the
    list stays for the grammar."""
    kinds = _phrase_kinds()
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(kinds, key=len, reverse=True))
    rx = re.compile(
        rf"(?P<list>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s*(?:and|&)\s+{_NAME})(?P<as>\s+as\s+[^,.;:!?\n]{{1,60}}?)?"
        rf"(?P<tail>\s*,\s*(?:both|each|all(?:\s+(?:two|three|of\s+them))?|each\s+of\s+them)\s+(?:(?:is|are|lying|lie|sitting|"
        rf"sit|drawn|placed|wholly|entirely|completely|fully|properly|strictly|also)\s+)*(?P<rel>{alts})\s+(?:the\s+)?"
        rf"(?P<obj>{_NAME}))(?![\w])", re.IGNORECASE)
    masked = "".join(chars)
    for m in rx.finditer(masked):
        listed = re.findall(_NAME, m.group("list"))
        obj = m.group("obj")
        if obj not in names or any(n not in names or n == obj for n in listed):
            continue
        kind, inv = kinds[re.sub(r"\s+", " ", m.group("rel").lower())]
        for n in listed:
            pre.relations.append((kind, obj, n, m.start("tail"), m.end()) if inv
                                 else (kind, n, obj, m.start("tail"), m.end()))
        blank(chars, m.start("tail"), m.end())


# 'the region hereinafter "X"', 'a set (hereinafter referred to as "S")', 'hereinafter called "Y"': a name given in a
# contract's defining phrase (Garner, *A Dictionary of Modern Legal Usage*, "hereinafter": "in the rest of this
# document" — the quoted word is the name used from then on)
_HEREINAFTER = re.compile(
    r"(?i)(?P<lead>(?:\(\s*)?hereinafter\s+(?:(?:called|named|termed|designated|known\s+as|referred\s+to\s+as|defined\s+as"
    r"|the)\s+)?[\"“'‘])(?P<n>(?-i:[A-Z][A-Za-z0-9_]{0,15}))(?P<tail>[\"”'’](?:\s*\))?)")


def read_hereinafter(chars: list[str], pre, blank) -> None:
    """Blank the defining phrase around each name ``_HEREINAFTER`` finds (read, nothing to draw); the name stays."""
    for m in _HEREINAFTER.finditer("".join(chars)):
        for a, b in ((m.start("lead"), m.end("lead")), (m.start("tail"), m.end("tail"))):
            pre.ignored.append((a, b))
            blank(chars, a, b)
