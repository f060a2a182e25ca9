"""Sets: classes named by common nouns in statements of class inclusion — "every square is both a rectangle and a
rhombus", "all dogs are mammals", "no fish is a mammal", with the classes listed in the plural ("how squares,
rectangles and rhombuses relate").

The grammar reads a set's name by its capital (``sets_lower`` capitalises lower-case words standing where a
relation between sets puts its sets). A class inclusion names its classes in the singular after "every" and in
the plural after "all", and the text may list the same classes in the plural: one class, two forms of its noun.
Read as written, "square" and "squares" were no set, or two. ``class_names`` rewrites each class noun of such a
statement (and every other use of it, singular or plural) as one capitalised name — the plural when the text uses
it, so the set is named as the user lists it — drops the "both" of "is both a rectangle and a rhombus" (a
coordination marker: the class lies in each of the two, Rosen, *Discrete Mathematics and Its Applications*, 7th
ed., §2.1–2.2), and the brackets around a statement that stands alone ("… relate? (every square is …)"). It returns
the new text with, for each of its characters, the user's character it comes from (``sets_symbols.unspace`` maps
the scene's spans back).

Only in a text that asks for sets (``sets_kind.asks_for_sets``) or names a Venn/Euler diagram or sets, and names
none of them otherwise (by letters, or by capitalised names inside a sentence: the grammar reads those).
"""
from __future__ import annotations

import re

__all__ = ["class_names"]

_CUE = re.compile(r"(?i)\b(?:venn|euler|sets?)\b")
_C = r"[a-z][a-z-]{2,}"
_STATEMENTS = (
    # "every square is (also) (both) a rectangle (and a rhombus)"
    re.compile(rf"\b(?:[Ee]very|[Ee]ach|[Aa]ny)\s+(?P<x>{_C})\s+is\s+(?:also\s+)?(?:both\s+)?an?\s+(?P<y>{_C})"
               rf"(?:\s*,?\s+and\s+(?:also\s+)?an?\s+(?P<z>{_C}))?\b"),
    # "all squares are (both) rectangles (and rhombuses)"
    re.compile(rf"\b[Aa]ll\s+(?P<x>{_C}s)\s+are\s+(?:also\s+)?(?:both\s+)?(?P<y>{_C}s)(?:\s*,?\s+and\s+(?:also\s+)?(?P<z>{_C}s))?\b"),
    # "no fish is a mammal"
    re.compile(rf"\b[Nn]o\s+(?P<x>{_C})\s+is\s+an?\s+(?P<y>{_C})\b"),
    # "the set of squares": a class named by what it gathers (its words are dropped, ``_SET_OF``)
    re.compile(rf"\b[Tt]he\s+set\s+of\s+(?:all\s+)?(?P<x>{_C}s)\b"),
)
# "the set of (all) squares is contained in the set of rectangles" (requests-22 sets-08): the class is named by
# its noun ("Squares"), as in a class inclusion; "the set of" before it is the naming and is dropped
_SET_OF = re.compile(rf"\b[Tt]he\s+set\s+of\s+(?:all\s+)?(?={_C}s\b)")
_NOT_CLASSES = frozenset({"thing", "things", "one", "ones", "member", "members", "element", "elements", "set", "sets",
                          "kind", "type", "sort", "bit", "lot", "little", "few", "part", "subset", "superset",
                          "other", "others", "same", "different", "also", "both", "member", "example", "instance"})
_BOTH = re.compile(r"\b(?:is|are)\s+(?:also\s+)?(?P<b>both)\s+(?=(?:an?\s+)?[A-Z][\w-]*\s*,?\s+and\s+)")
# a bracketed statement standing alone after a sentence's end: "… relate? (every square is …)"
_ALONE = re.compile(r"(?<=[.?!:])\s*(?P<o>\()(?P<body>[^()]{6,200})(?P<c>\))\s*(?=$|[A-Z\n])")


def _plural(word: str) -> tuple[str, ...]:
    w = word.lower()
    if w.endswith("y") and len(w) > 3 and w[-2] not in "aeiou":
        return (w[:-1] + "ies",)
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return (w + "es",)
    return (w + "s",)


def _singular(word: str) -> tuple[str, ...]:
    w = word.lower()
    if w.endswith("ies"):
        return (w[:-3] + "y",)
    if w.endswith("es"):
        return (w[:-2], w[:-1])
    if w.endswith("s"):
        return (w[:-1],)
    return ()


def class_names(text: str) -> tuple[str, list[int]] | None:
    """``text`` with the class nouns of its inclusion statements named as sets (see the module), and for each
    character of the result the index of the user's character it comes from; None when there is nothing to do."""
    from .sets_kind import asks_for_sets
    if re.search(r"(?<![\w'’])(?![AI]\s+[a-z])[A-Z](?![\w'’])", text):
        return None     # the text names its sets by letters: its nouns are what they hold ("A diagram": an article)
    if any(not re.search(r"(?:^|[.!?:;(\n]\s*|[\"“'‘]\s*)$", text[:m.start()]) for m in re.finditer(r"\b[A-Z][a-z]{2,}", text)):
        return None     # a name in capitals inside a sentence ("as sets Squares, Rhombi and …"): the text names its sets
    found: list[str] = []
    for rx in _STATEMENTS:
        for m in rx.finditer(text):
            for g in ("x", "y", "z"):
                w = m.groupdict().get(g)
                if w and w.lower() not in _NOT_CLASSES and w.lower() not in found:
                    found.append(w.lower())
    if len(found) < 2 or not (_CUE.search(text) or asks_for_sets(text)):
        return None
    words = set(re.findall(r"[a-z][a-z-]+", text.lower()))
    names: dict[str, str] = {}          # every form of a class noun → the set's name
    for w in found:
        forms = {w, *_plural(w), *_singular(w)}
        plural = next((f for f in sorted(forms, key=len, reverse=True) if f in words and f.endswith("s")), None)
        name = plural or w
        for f in forms:
            if f in words:
                names.setdefault(f, name[0].upper() + name[1:])
    if len(set(names.values())) < 2:
        return None
    edits: list[tuple[int, int, str]] = []
    alt = "|".join(sorted((re.escape(f) for f in names), key=len, reverse=True))
    for m in re.finditer(rf"(?i)(?<![\w-])(?:{alt})(?![\w-])", text):
        new = names[m.group(0).lower()]
        if new != m.group(0):
            edits.append((m.start(), m.end(), new))
    # "(how) squares, rectangles and rhombuses relate?": the classes listed and the question of how they relate —
    # the figure answers it; the verb draws nothing of its own
    lst = rf"(?:{alt})(?:\s*,\s*(?:{alt}))*\s*,?\s+and\s+(?:{alt})"
    for m in re.finditer(rf"(?i)(?<![\w-]){lst}\s+(?P<v>relate(?:\s+to\s+(?:each\s+other|one\s+another))?|are\s+related|"
                         r"fit\s+together|are\s+connected|compare)(?=\s*[?.!,;)]|\s*$)", text):
        edits.append((m.start("v"), m.end("v"), " " * (m.end("v") - m.start("v"))))
    for m in _ALONE.finditer(text):
        edits += [(m.start("o"), m.end("o"), " "), (m.start("c"), m.end("c"), " ")]
    for m in _SET_OF.finditer(text):
        if text[m.end():].split(None, 1)[0].lower().strip(".,;:") in names:
            edits.append((m.start(), m.end(), ""))
    if not edits:
        return None
    return _apply(text, edits)


def _apply(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """``text`` with the edits made, "is both a" read without its "both", and the character map back."""
    out: list[str] = []
    back: list[int] = []
    pos = 0
    for a, b, new in sorted(edits):
        if a < pos:
            continue
        out.append(text[pos:a])
        back += list(range(pos, a))
        out.append(new)
        back += [min(a + k, b - 1) for k in range(len(new))]
        pos = b
    out.append(text[pos:])
    back += list(range(pos, len(text)))
    new_text = "".join(out)
    for m in _BOTH.finditer(new_text):
        a, b = m.span("b")
        new_text = new_text[:a] + " " * (b - a) + new_text[b:]
    return new_text, back
