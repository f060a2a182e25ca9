"""Sets: a list of sets introduced by what they are — "the subjects Physics, Chemistry and Biology", "three
languages French, German and Spanish", "the classes Mammals and Birds".

A plural common noun followed at once by a list of capitalised names is an appositive: the names are the
things the noun counts (Quirk et al., *A Comprehensive Grammar of the English Language*, 1985, §17.65:
close apposition, "the poet Burns"). In a sets figure each name is a set and the noun says what kind of
thing the sets are — nothing to draw. The noun is read (blanked for the shared grammar, listed as read),
the names are sets the text defines, so the shared grammar reads the list as it reads "sets A, B and C".
"""
from __future__ import annotations

import re

__all__ = ["read_kind_lists"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,20})"
_LIST = rf"(?P<list>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s*(?:and|&)\s+{_NAME})"
_RX = re.compile(rf"\b(?:the|three|two|four|five|our|my|these|those|with|of|for)\s+(?P<noun>(?-i:[a-z][a-z\-]{{2,20}}s))\s+{_LIST}(?![\w])",
                 re.IGNORECASE)


def read_kind_lists(text: str, chars: list[str], pre, blank, skip: frozenset[str]) -> list[str]:
    """Blank the kind noun before each list of names and return the names (in order) it introduces.
    ``skip``: words that are no kind noun here (the sets grammar's own: "sets", "circles", …)."""
    out: list[str] = []
    for m in _RX.finditer("".join(chars)):
        noun = m.group("noun").lower()
        if noun in skip:
            continue
        names = re.findall(_NAME, m.group("list"))
        pre.ignored.append((m.start("noun"), m.end("noun")))
        blank(chars, m.start("noun"), m.end("noun"))
        for n in names:
            if n not in out:
                out.append(n)
    return out



# "Mammals M, dogs D and birds B", "fruit F, apples A": each set named by a capital letter right after the noun
# that says what it holds (close apposition, Quirk et al. 1985 §17.65), two or more listed with their own nouns
_ITEM = r"(?P<w{k}>(?-i:[A-Za-z][a-z\-]{{2,20}}))\s+(?P<n{k}>(?-i:[A-Z]))(?![\w'])"
_CLASS_LIST = re.compile(rf"(?<![\w-]){_ITEM.format(k=0)}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*;\s*)"
                         rf"(?-i:[A-Za-z][a-z\-]{{2,20}})\s+(?-i:[A-Z])(?![\w']))+")
_ONE = re.compile(_ITEM.format(k=""))


def read_class_names(text: str, chars: list[str], pre, blank, skip: frozenset[str]) -> list[str]:
    """Blank the noun before each lettered set of such a list and return the letters (in order). ``skip``:
    words that are no noun of a set here (the grammar's own words, relation and function words)."""
    out: list[str] = []
    for m in _CLASS_LIST.finditer(text):      # the text as written: another reader may have read a noun already
        items = list(_ONE.finditer(m.group()))
        words = [i.group("w").lower() for i in items]
        if len(set(words)) < len(words) or any(w in skip for w in words):
            continue
        for i in items:
            a, b = m.start() + i.start("w"), m.start() + i.end("w")
            if "".join(chars[a:b]) != i.group("w"):
                continue
            pre.ignored.append((a, b))
            blank(chars, a, b)
            if i.group("n") not in out:
                out.append(i.group("n"))
    return out


# "the standard picture with three sets", "a Venn diagram with 3 overlapping circles": 'with' there says what
# the figure holds — never that one set contains another (the grammar's 'with' is containment)
_FIGURE_WITH = re.compile(r"\b(?:picture|diagram|figure|drawing|image|sketch|illustration|chart)\s+(?P<w>with)\s+"
                          r"(?=(?:the\s+|its\s+)?(?:two|three|four|five|2|3|4|5)\s+(?:[a-z\-]+\s+)?(?:sets|circles|ovals|classes|regions)\b)",
                          re.IGNORECASE)


def read_figure_with(chars: list[str], pre, blank) -> None:
    """Blank the 'with' of "a diagram with three sets" (read, nothing to draw)."""
    for m in _FIGURE_WITH.finditer("".join(chars)):
        pre.ignored.append((m.start("w"), m.end("w")))
        blank(chars, m.start("w"), m.end("w"))


# "T drinks tea, C drinks coffee": a short name at a clause's start with a verb phrase of its own names the
# set of those who do it (the letter stands for the group, as in "Let T be those who drink tea")
_DEF_VERB = re.compile(r"(?:^|(?<=[:;,.])|(?<=\band))\s*(?P<n>(?-i:[A-Z][A-Za-z0-9]{0,2}))\s+"
                       r"(?P<v>(?-i:[a-z]{3,20}s))\s+(?P<o>(?:(?:the|a|an)\s+)?(?-i:[a-z][a-z\-]{2,20})(?:\s+(?-i:[a-z][a-z\-]{2,20}))?)"
                       r"(?=\s*(?:[,;.:]|$|\band\b))")


def read_verb_definitions(chars: list[str], pre, blank, names: set[str]) -> dict[str, set[str]]:
    """Blank each "T drinks tea" and return name → the words that describe its members (for aliases)."""
    from .sets_count_verbs import _AUXILIARIES, is_verb
    from .sets_words import singular
    out: dict[str, set[str]] = {}
    for m in _DEF_VERB.finditer("".join(chars)):
        n, v = m.group("n"), m.group("v")
        if n not in names or v in _AUXILIARIES or not is_verb(v):
            continue
        words = {w for w in re.findall(r"[a-z][a-z\-]+", m.group("o")) if w not in ("the", "a", "an")}
        out.setdefault(n, set()).update(words | {singular(w) for w in words} | {v, singular(v)})
        pre.defined.append((n, m.start("n"), m.end("n")))
        pre.ignored.append((m.start("v"), m.end("o")))
        blank(chars, m.start("v"), m.end("o"))
    return out
