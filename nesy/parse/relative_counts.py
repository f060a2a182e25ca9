"""Counts given relative to another count: "twice as many mitochondria as lysosomes, and it has 3 lysosomes".

Read word by word, "twice" and "many" are no counts, and the plural "mitochondria" alone would be drawn
with the grammar's default for an uncounted plural: a figure with a wrong number that still looks complete.
``relative_counts`` finds "<factor> as many <noun> as <other noun>" (factor: "twice", "thrice", "half",
"N times", or none: "as many … as" is one), looks up the other noun's stated count in the text ("3
lysosomes", "three lysosomes"; it must be stated exactly once), and rewrites the phrase as "<n> <noun>",
padded with spaces so that every later offset is unchanged. A relative count whose base is not stated
once, or whose result is not a whole number, is refused naming the phrase.

The other side may be a member of a group instead of a noun: "the cell on the left has one nucleus; the cell
on the right has twice as many nuclei as the left one" counts the nuclei of the right cell against those of
the left one ("the left one", "the first", "the other cell", "the cell on the left"). The base is then the
count of the same noun the text states, said of that member where it states it more than once.

A count may also be given by difference: "four mitochondria and one more lysosome than there are mitochondria"
(5 lysosomes), "two fewer ribosomes than lysosomes" ("less" too). And the counted noun may be left out when it
is the one just counted: "12 nuclei in the left half and twice as many in the right half" (24 nuclei in the
right half): the base is then the last count before it in its sentence, and the noun that count names.

Counts chain ("three more mitochondria than lysosomes, and twice as many ribosomes, floating in the cytoplasm,
as mitochondria": 5 mitochondria, then 10 ribosomes — a phrase between the counted noun and "as" stays that
noun's), fractions count ("a third as many"), and a difference may follow ("as many mitochondria as lysosomes,
plus two"). A count against a total over several things ("as many chloroplasts as there are nuclei in the two
cells together") is refused: the total is not worked out.

The other side's count may be given in a relative clause on it ("twice as many nuclei as the control image,
which had 9"; "one more state than the even-parity checker, which has two": the clause is written over with the
phrase), after its noun ("the mitochondria, let's say five of them"), or by the kind of a figure ("two more sides
than a hexagon": 6, ``polygon_sides`` of ``grammars/common/comparisons.yaml``); the counted noun may be said
before the difference ("lysosomes, one fewer than the mitochondria"). Measures stated by comparison, and the one
entry point for both: ``nesy.parse.comparatives``.
"""
from __future__ import annotations

import re
from fractions import Fraction

__all__ = ["relative_counts"]

_FACTOR = (r"(?P<f>twice|thrice|half|double|triple|(?P<n>(?<![\d.,])\d+(?:[.,]\d+)?[½¼¾⅓⅔⅛]?|\w+)\s+times|(?P<frn>a|an|one|two|three|four)[\s-]+"
           r"(?P<frd>thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?))?")
_RX = re.compile(rf"(?i)\b{_FACTOR}\s*\bas\s+many\s+(?P<x>[^\W\d_][\w-]*)"
                 # ("twice as many ribosomes, floating in the cytoplasm, as mitochondria": a phrase between)
                 r"(?P<inter>\s*,(?:\s+[^\W\d_][\w'-]*){1,6}\s*,)?\s+as\s+(?:there\s+are\s+)?"
                 rf"(?:(?:the|an?)\s+)?(?P<y>[^\W\d_][\w-]*)\b"
                 # "as the left one", "as the first cell", "as the cell on the left" (a member: ``_MEMBER``)
                 rf"(?P<tail>\s+(?:one|cell|cells)\b|\s+(?:on|at)\s+the\s+(?P<side>left|right|top|bottom)\b)?")
# a member of a group, named by its place or order ("the left one", "the first", "the other")
_MEMBER = frozenset({"left", "right", "top", "bottom", "upper", "lower", "middle", "first", "second", "third",
                     "fourth", "last", "other", "former", "latter", "left-hand", "right-hand", "leftmost",
                     "rightmost"})
# "one more lysosome than there are mitochondria", "two fewer ribosomes than lysosomes" (the number: ``_diff_rx``)
_DIFF = (r"\s+(?P<dir>more|fewer|less)\s+(?P<x>[^\W\d_][\w-]*)\s+than\s+(?:there\s+are\s+)?(?:(?:the|an?)\s+)?"
         r"(?P<y>[^\W\d_][\w-]*)\b")
# "lysosomes, one fewer than the mitochondria": the counted noun said first, the difference after it
_DIFF_AFTER = (r"(?P<x>[^\W\d_][\w-]*)\s*,\s*(?:(?:um|uhm?|er|erm|so|say|like|then)\s*,?\s*)*(?P<d>{n})"
               r"\s+(?P<dir>more|fewer|less)\s+than\s+(?:there\s+are\s+)?(?:(?:the|an?)\s+)?(?P<y>[^\W\d_][\w-]*)\b")
# "as the control image, which had 9", "than the even-parity checker, which has two": the other side's count
# given in a relative clause on it (up to three more words of its noun phrase first)
_CLAUSE = (r"(?P<np>(?:\s+[^\W\d_][\w-]*){{0,3}}?)\s*,?\s*(?:which|that|who)\s+(?:only\s+)?"
           r"(?:has|had|have|holds?|held|contains?|contained|shows?|showed|needs?|needed|is|was)\s+"
           r"(?:only\s+|just\s+)?(?P<n>{n})(?:\s+(?P<noun>[^\W\d_][\w-]*))?(?=\s*(?:$|[,.;:)!?]|and\b|but\b))")
# "twice as many in the right half": no noun after "many"; the last count before it names what is counted
# ("twice that many", "half that many": the same, "that" the count just stated)
_ELIDED = re.compile(rf"(?i)\b{_FACTOR}\s*\b(?:as|(?P<that>that|this))\s+many(?:\s+(?P<x>[^\W\d_][\w-]*))??\b"
                     r"(?=\s*(?:$|[,.;:()]|(?:in|on|at|inside|within|around|near|along|across|per|for|towards?)\b))")
# "dividing nuclei numbering a third of the resting ones", "red cells totalling half the blue ones": a count as a
# share of a group the text counts by a word of its own ("9 resting nuclei")
_SHARE = re.compile(rf"(?i)\b(?P<pre>(?!(?:and|or|but|with|of|the|a|an)\s)[^\W\d_][\w-]*\s+)?(?P<x>[^\W\d_][\w-]*)\s*,?\s+(?:numbering|totall?ing|amounting\s+to|equal\s+in\s+number\s+to)"
                    rf"\s+{_FACTOR.replace('(?P<f>', '(?P<f>').rstrip('?')}\s+(?:of\s+)?(?:the|those)\s+(?P<adj>[^\W\d_][\w-]*)"
                    r"\s+(?P<y>ones|[^\W\d_][\w-]*)\b")
_FUNCTION = frozenset({"in", "on", "at", "inside", "within", "around", "near", "along", "across", "per", "for",
                       "toward", "towards", "and", "or", "of", "with", "each", "the", "a", "an", "to", "is", "are"})
_VERBS = frozenset({"has", "have", "had", "is", "are", "was", "were", "also", "gets", "got", "holds", "contains",
                    "shows", "needs"})
_NOT_A_NOUN = frozenset({"possible", "needed", "necessary", "required", "you", "we", "i", "they", "shown", "drawn",
                         "there", "fit", "will", "can", "before", "usual", "likes", "like"})
_WORD_FACTORS = {"twice": 2, "double": 2, "thrice": 3, "triple": 3, "half": Fraction(1, 2), None: 1}


def _stem(word: str) -> str:
    """A crude common stem of a noun's forms for finding its count ("lysosomes"/"lysosome",
    "mitochondria"/"mitochondrion", "nuclei"/"nucleus")."""
    w = word.lower()
    for suf in ("ia", "ion", "ei", "eus", "es", "s", "a", "um", "us", "i"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[:-len(suf)]
    return w


def relative_counts(text: str, readings: list[tuple[int, int, str]] | None = None) -> str:
    """``text`` with each relative count rewritten as an absolute one (see the module); raises
    ``InputError`` naming a relative count nesy cannot resolve. Each rewrite is added to ``readings`` as
    (start, end, what it is read as).

    A count may be relative to one itself relative ("three more mitochondria than lysosomes, and twice as many
    ribosomes as mitochondria"): the text is read again over its rewriting, a count whose base is not yet worked
    out waiting for the next reading; what is still unresolved after that is refused."""
    out = text
    for _ in range(3):
        new = _one_reading(out, readings, defer=True)
        if new == out:
            break
        out = new
    return _one_reading(out, readings, defer=False)


def _one_reading(text: str, readings: list[tuple[int, int, str]] | None, defer: bool) -> str:
    from ..errors import InputError
    from .words import number_rx, read_number
    out = text
    done: list[tuple[int, int]] = []
    for m in _RX.finditer(text):
        if m.group("y").lower() in _NOT_A_NOUN:
            continue              # "as many cells as possible", "as many as you like"
        factor = _factor(m)
        if factor is None:
            continue              # "many times as many": no factor nesy can read; left to the grammar
        member = _member(m)
        end = m.end() if member else m.end("y")   # a noun's words after it are not the count's
        scope = re.match(r"[^,.;:!?]{0,40}?\b(?:together|combined|altogether|in\s+total|in\s+all|between\s+them|"
                         r"overall|summed)\b", text[end:])
        if scope:
            a = m.start() + len(m.group()) - len(m.group().lstrip())
            raise InputError(f"'{text[a:end + scope.end()]}' at {a}-{end + scope.end()} counts '{m.group('x')}' "
                             "against a total nesy does not work out: give the number of " + m.group("x"))
        said = None if member else _clause_count(text, end, m.group("x"))
        if said is not None:
            base, end = said
        else:
            base = _base(text, m.group("x") if member else m.group("y"), m.start(), end, member, m.group("x"))
        if not base and defer and _pending(text, m.group("y")):
            done.append((m.start(), end))
            continue
        # "as many chloroplasts as nuclei, plus one": a difference after the factor
        add = 0
        tail = re.match(rf"(?i)\s*,?\s*(?P<op>plus|minus)\s+(?P<k>{number_rx()})(?=\s*(?:$|[,.;:)!?]|and\b|but\b))",
                        text[end:])
        if tail is not None:
            try:
                add = read_number(tail.group("k")) * (1 if tail.group("op").lower() == "plus" else -1)
                end += tail.end()
            except InputError:
                pass
        if m.group("inter"):
            # the phrase between stays the counted noun's ("10 ribosomes, floating in the cytoplasm,")
            out = _put(out, text, m.start(), m.end("x"), m.group("x"), m.group("y"), base, factor, add, readings)
            out = out[:m.end("inter")] + " " * (end - m.end("inter")) + out[end:]
        else:
            out = _put(out, text, m.start(), end, m.group("x"), m.group("y"), base, factor, add, readings)
        done.append((m.start(), end))
    diffs = [(m, m.group("x")) for m in re.finditer(rf"(?i)(?<![\w.])(?P<d>{number_rx()}){_DIFF}", text)]
    diffs += [(m, m.group("x")) for m in re.finditer(rf"(?i)(?<![\w.]){_DIFF_AFTER.format(n=number_rx())}", text)]
    for m, x in diffs:
        if m.group("y").lower() in _NOT_A_NOUN or x.lower() in _FUNCTION:
            continue
        try:
            d = read_number(m.group("d"))
        except InputError:
            continue
        sign = 1 if m.group("dir").lower() == "more" else -1
        said = _clause_count(text, m.end(), x)
        if said is not None:
            base, end = said
        else:
            base, end = _base(text, m.group("y"), m.start(), m.end(), None, x), m.end()
        if not base and defer and _pending(text, m.group("y")):
            continue
        out = _put(out, text, m.start("d"), end, x, m.group("y"), base, 1, sign * d, readings)
        done.append((m.start(), end))
    for m in _SHARE.finditer(text):
        factor = _factor(m)
        if factor is None or any(a < m.end() and m.start() < b for a, b in done):
            continue
        noun = m.group("x") if m.group("y").lower() == "ones" else m.group("y")
        base = [b for b in re.finditer(rf"(?i)(?<![\w.])({number_rx()})\s+{re.escape(m.group('adj'))}\s+"
                                       rf"{re.escape(_stem(noun))}\w*\b", text)]
        out = _put(out, text, m.start(), m.end(), (m.group("pre") or "") + m.group("x"), f"{m.group('adj')} {noun}",
                   base, factor, 0, readings)
        done.append(m.span())
    for m in _ELIDED.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in done):
            continue              # (part of a comparison read above: "twice as many ribosomes, floating …, as")
        factor = _factor(m)
        if factor is None or (m.group("that") and not (m.group("f") or m.group("n"))):
            continue              # ("that many" alone is no comparison: "I didn't expect that many")
        if m.group("x") and m.group("x").lower() in _FUNCTION:
            continue              # "as many in the right half" is read with x empty (the lazy group)
        pieces = re.split(r"([.;!?](?:\s|$))", text[:m.start()])
        # ("The left one has 3. The right one has twice that many": "that" may be in the sentence before)
        # (only "that many" looks back a sentence: "The first field had 30 nuclei. … the second field, which has half
        # as many nuclei" counts against a field the reader would not tell apart from the one drawn — refused)
        heads = [pieces[-1]] + (["".join(pieces[-3:])] if m.group("that") and len(pieces) >= 3 else [])
        prior: list[re.Match] = []
        for head in heads:
            prior = [p for p in re.finditer(rf"(?i)(?<![\w.])({number_rx()})\s+([^\W\d_][\w-]*)"
                                            rf"(?:\s+([^\W\d_][\w-]*))?", head)]
            # ("the right one has", "each one also has": "one" a pronoun, no count of anything)
            prior = [p for p in prior if p.group(2).lower() not in _FUNCTION | _VERBS and not (
                p.group(1).lower() == "one" and re.search(r"(?i)\b(?:the|this|that|each|every|which|any|no|other|left|"
                                                          r"right|top|bottom|first|second|last|middle)\s+$",
                                                          head[:p.start()]))]
            if m.group("that") and m.group("x") and m.group("x").lower() not in _FUNCTION:
                # "twice that many mitochondria": the count of the same noun
                prior = [p for p in prior if _stem(m.group("x")) in (_stem(p.group(2)), _stem(p.group(3) or ""))]
            if prior:
                break
        at = f"'{text[m.start():m.end()]}' at {m.start()}-{m.end()}"
        if not prior:
            if m.group("f") or m.group("n"):
                raise InputError(f"{at} counts against a number the text does not give before it: give the count")
            continue
        last = prior[-1]
        # "12 nuclei in …" (the noun right after the number) or "12 bright nuclei" (one word before it)
        noun = last.group(3) if last.group(3) and last.group(3).lower() not in _FUNCTION else last.group(2)
        # (another noun after "many" is counted against the last count all the same: "2 lysosomes and three
        # times as many ribosomes" is 6 ribosomes — read as it stood, "three" counted 3 ribosomes, verified)
        out = _put(out, text, m.start(), m.end(), m.group("x") or noun, noun, [last], factor, 0, readings)
    return out


def _pending(text: str, noun: str) -> bool:
    """Whether ``text`` gives the count of ``noun`` by a comparison not yet worked out ("three more mitochondria
    than", "twice as many mitochondria as")."""
    from .words import number_rx
    stem = re.escape(_stem(noun))
    return bool(re.search(rf"(?i)(?:(?<![\w.])(?:{number_rx()})\s+(?:more|fewer|less)\s+{stem}\w*\s+than\b|"
                          rf"\bas\s+many\s+{stem}\w*\b)", text))


def _clause_count(text: str, at: int, x: str) -> tuple[list[Fraction], int] | None:
    """The count a relative clause right after the other side gives ("… as the control image, which had 9":
    9) and where the clause ends, or None. A noun after the number must be the counted one ("which had 9
    nuclei"); "which has two" counts the same things."""
    from ..errors import InputError
    from .words import number_rx, read_number
    c = re.match(_CLAUSE.format(n=number_rx()), text[at:], re.I)
    if c is None or any(w.lower() in _FUNCTION for w in c.group("np").split()):
        return None
    if c.group("noun") and _stem(c.group("noun")) != _stem(x) and c.group("noun").lower() not in ("of", "in"):
        return None
    try:
        return [read_number(c.group("n"))], at + c.end()
    except InputError:
        return None


def _factor(m: re.Match) -> Fraction | int | None:
    """The factor of "<factor> as many": 2 for "twice", 3 for "three times", 1 for none; None when it cannot
    be read ("many times")."""
    from ..errors import InputError
    from .words import read_number
    if m.group("n"):
        try:
            return read_number(m.group("n"))
        except InputError:
            return None
    if m.group("frd"):
        num = m.group("frn").lower()
        den = {"third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}[
            m.group("frd").lower().removesuffix("s")]
        return Fraction(1 if num in ("a", "an") else read_number(num), den)
    f = m.group("f")
    return _WORD_FACTORS[f.lower() if f else None]


def _base(text: str, noun: str, start: int, end: int, member: str | None,
          counted: str | None = None) -> list[re.Match | Fraction]:
    """The counts of ``noun`` the text states outside ``start``-``end`` ("3 lysosomes", "three lysosomes",
    "the mitochondria, let's say five of them"), narrowed to the one said of ``member`` where there are
    several; for a figure named by its kind, the number of its sides ("two more sides than a hexagon": 6)."""
    from ..resources import load_yaml
    from .words import number_rx
    data = load_yaml("grammars", "common/comparisons.yaml")
    if counted is not None and counted.lower() in data["polygon_parts"] and noun.lower() in data["polygon_sides"]:
        return [Fraction(data["polygon_sides"][noun.lower()])]
    stem = _stem(noun)
    # (never the number of a difference: "three more mitochondria than lysosomes" gives no count of mitochondria
    # until it is worked out)
    base = [b for b in re.finditer(rf"(?i)(?<![\w.])({number_rx()})\s+(?!(?:more|fewer|less)\s)(?:[a-z-]+\s+)?"
                                   rf"({re.escape(stem)}\w*)\b", text) if not (start <= b.start() < end)]
    # "the mitochondria, let's say five of them": the count after its noun, in the same clause
    base += [b for b in re.finditer(rf"(?i)\b{re.escape(stem)}\w*\b[^.;!?\d]{{0,40}}?(?<![\w.])({number_rx()})"
                                    r"\s+of\s+them\b", text) if not (start <= b.start() < end)]
    if member is not None and len(base) > 1:
        # the count said of that member: in the clause that names it ("the left one has 2 nuclei")
        said = [b for b in base if _owner(text, b.start()) == member]
        base = said if len(said) == 1 else base
    return base


def _put(out: str, text: str, start: int, end: int, x: str, y: str, base: list[re.Match | Fraction],
         factor: Fraction | int, add: Fraction | int, readings: list | None = None) -> str:
    """``out`` with ``text[start:end]`` rewritten as "<n> <x>", n = factor × (the one base count) + add, padded
    to the same length; refused (``InputError``) when the base is not stated exactly once or n is no count."""
    from ..errors import InputError
    from .words import read_number
    start += len(text[start:end]) - len(text[start:end].lstrip())   # " as many …" with no factor: the word only
    at = f"'{text[start:end]}' at {start}-{end}"
    values = {b if isinstance(b, Fraction) else _value(b.group(1)) for b in base}
    if len(values) == 1:
        base = base[:1]           # one count, said again ("five mitochondria … the five of them")
    if len(base) != 1:
        raise InputError(f"{at} counts '{x}' against the number of '{y}', which the text "
                         f"{'does not give' if not base else 'gives more than once'}: give the number of {x}")
    b0 = base[0] if isinstance(base[0], Fraction) else read_number(base[0].group(1))
    n = Fraction(b0) * Fraction(factor) + Fraction(add)
    if n.denominator != 1 or n < 1:
        raise InputError(f"{at} gives {n} {x}, not a whole number of at least one: give the number")
    new = f"{int(n)} {_plural(x) if n != 1 else x}"
    if len(new) > end - start:
        # "… and as many in the right half": the coordinator before it becomes the comma of a list, so that the
        # count fits in the same characters ("…, 12 nuclei in the right half")
        co = re.search(r"(?:\s*,\s*|\s+and\s+)$", text[:start])
        if co is not None and len(new) + 2 <= end - co.start():
            start, new = co.start(), ", " + new
    if len(new) > end - start:
        raise InputError(f"{at} gives {int(n)} {x}, which nesy cannot write in its place: give the number")
    if readings is not None:
        a = start + len(text[start:end]) - len(text[start:end].lstrip(" ,"))
        a += len(text[a:end]) - len(re.sub(r"^and\s+", "", text[a:end])) if new.startswith(", ") else 0
        readings.append((a, a + len(text[a:end].rstrip(" ,")), new.lstrip(", ")))
    return out[:start] + new.ljust(end - start) + out[end:]


def _value(number: str) -> Fraction | None:
    from ..errors import InputError
    from .words import read_number
    try:
        return read_number(number)
    except InputError:
        return None


def _plural(noun: str) -> str:
    """The plural of a counted noun said in the singular ("one more state than": "3 states"); a plural
    ("mitochondria", "nuclei", "lysosomes") as it is."""
    w = noun.lower()
    if re.search(r"(?:s|ia|ei|i|ae|a)$", w):
        return noun
    if re.search(r"[^aeiou]y$", w):
        return noun[:-1] + "ies"
    if re.search(r"(?:x|ch|sh)$", w):
        return noun + "es"
    return noun + "s"


def _member(m: re.Match) -> str | None:
    """The place or order word of a member the relative count is taken against ("the left one": 'left'),
    or None when the other side is a noun."""
    if m.group("side"):
        return m.group("side").lower() if m.group("y").lower() in ("cell", "one") else None
    y = m.group("y").lower()
    return y if y in _MEMBER else None


def _owner(text: str, at: int) -> str | None:
    """The member a count at ``at`` is said of: the last place or order word before it in its sentence
    ("the first has 1 nucleus, the second 2 nuclei": 'second' for "2 nuclei")."""
    head = re.split(r"[.;!?]", text[:at])[-1]
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", head) if w.lower() in _MEMBER]
    return words[-1] if words else None
