"""Counts of nuclei stated through arithmetic, a parity or a line of code (``nesy.microscopy.v1``).

* ``minus_items(text)``: a count with some taken away after it ("a dozen nuclei minus the two I cropped out": 10,
  "20 nuclei except for 3 of them", "15 nuclei, less the 2 that were out of frame"): a ``MINUS`` item over the
  whole phrase, holding the number taken away; the reader subtracts it from the nuclei named just before. Read as
  it stood, the number taken away "counted nothing" and the text was refused.
* ``drop_items(text)``: some of the nuclei counted, then said to stay out of the figure ("of the 23 nuclei, 4 are out
  of focus and should be left out of the drawing", "20 nuclei, 3 of them blurred — don't draw those", "… 2 are debris;
  omit them"): a ``DROP`` item over the instruction; the reader takes the share named just before it away from the
  nuclei it is a share of (23 − 4). Read as it stood, the share was drawn (with its property) and the instruction
  listed as not understood: a figure of 23 nuclei for a text that asks for 19.
* ``parity_items(text)``: "an odd number of nuclei", "an even count of nuclei": a ``PARITY`` item ("odd" | "even"),
  a constraint on the total the law check proves against the count stated ("an odd number of nuclei — fourteen of
  them" is impossible, naming both phrases). Parity is arithmetic: a whole number n is even iff n = 2k.
* ``code_items(text)``: a count given as a keyword argument of a call ("make_image(n_nuclei=0x10, stain='DAPI',
  labels=True)"): the value read as a Python integer literal (decimal, 0x hexadecimal, 0o octal, 0b binary,
  digits grouped by "_"; The Python Language Reference, 2.4.5 "Integer literals"), the stain as the modality, a
  true labels/mask flag as the label image nesy always writes. A key nesy does not know stays unread (not drawn).
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["minus_items", "drop_items", "drop_from", "parity_items", "code_items", "NUMBER"]

_UNIT = r"one|two|three|four|five|six|seven|eight|nine"
NUMBER = (r"\d{1,4}|a\s+couple(?:\s+of)?|a\s+dozen|dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          r"(?:[\s-](?:" + _UNIT + r")(?![\w-]))?|" + _UNIT + r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          r"seventeen|eighteen|nineteen")


def number_value(s: str) -> int:
    """The whole number ``s`` names ("two", "a dozen", "12", "a couple of")."""
    from ..parse.words import read_number
    low = re.sub(r"\s+", " ", s.strip().lower())
    if low.startswith("a couple"):
        return 2
    if low == "dozen":
        return 12
    return int(read_number(low))


# "minus the two I cropped out", "except (for) 3 of them", "less the 2 that were out of frame", "but not the 4 dim
# ones": the operator, the number taken away, what it is (the nuclei: "of them", "ones", "nuclei") and a short
# clause saying why (read with it: the nuclei it describes are not drawn, by the phrase's own meaning)
_MINUS_RX = re.compile(
    r"(?i)(?<![\w-])(?P<op>minus|less|excluding|except(?:\s+for)?|but\s+not|apart\s+from|other\s+than|save\s+for|"
    r"take\s+away|subtract(?:ing)?|without)\s+(?:the\s+|those\s+|these\s+)?(?P<n>" + NUMBER + r")(?![\w.,]\d)"
    r"(?:\s+(?:(?:dim|faint|cut|cropped|clipped|partial|edge|border|extra|bad|blurry|blurred|damaged|out[\s-]of[\s-]"
    r"focus)\s+)?(?:of\s+them|ones?|nuclei|nucleus|of\s+those|of\s+these))?"
    r"(?P<rel>\s+(?:that|which|who|I|we|you|they|he|she|I've|we've|I'd)\b[^,.;:!?\n()]{0,48}?)?"
    r"(?=\s*(?:[,.;:!?)\n]|$|and\b|so\b|then\b|please\b))")


# "9 nuclei, then add the same number again", "… plus as many again", "12 nuclei, then double it": the count said once
# more, added to itself (the nuclei named right before it, as a subtraction takes from them)
_AGAIN_RX = re.compile(
    r"(?i)(?<![\w-])(?:(?:and\s+|,\s*)?then\s+|and\s+)?(?:(?:add|adding|plus|with)\s+(?:the\s+same\s+(?:number|count|"
    r"amount)(?:\s+of\s+(?:nuclei|them))?|as\s+many(?:\s+nuclei)?)\s+(?:again|more|over\s+again|once\s+more)|"
    r"double\s+(?:it|that|them|the\s+(?:count|number|total)))(?![\w-])")


def again_items(text: str) -> list[tuple[int, int, str, Any]]:
    """(start, end, "AGAIN", 2) for each "add the same number again" after a count of nuclei."""
    return [(m.start(), m.end(), "AGAIN", 2) for m in _AGAIN_RX.finditer(text)
            if re.search(r"(?i)(?:n[eu]{1,2}c\w*|nucleus|nuclei)\s*[,;(]?\s*$", text[:m.start()])]


def again_from(group: Any, item: Any, text: str, sp: Any) -> None:
    """Add ``group``'s count to itself (the ``AGAIN`` item right after it); refused by name with no such count."""
    from ..errors import InputError
    if not _right_after(group, item, text):
        raise InputError(f"'{item.text}' at {item.start}-{item.end}: the same number as which nuclei? give their "
                         "count right before it (e.g. '9 nuclei, then add 9 more')")
    group.n = group.n * int(item.value)
    group.span = sp(group.span["start"], item.end, text)


def minus_items(text: str) -> list[tuple[int, int, str, Any]]:
    """(start, end, "MINUS", number taken away) for each subtraction after a count."""
    out = []
    for m in _MINUS_RX.finditer(text):
        # only right after the nuclei it takes from ("12 nuclei minus 2", "a dozen neuclei minus …"); after a
        # property ("all separated except 2 of them") it excepts from the property, not from the count
        if re.search(r"(?i)(?:n[eu]{1,2}c\w*|nucleus|nuclei)\s*[,;(]?\s*$", text[:m.start()]):
            out.append((m.start(), m.end(), "MINUS", number_value(m.group("n"))))
    return out


# what keeps something out of a figure: a passive ("should be left out (of the drawing)", "are to be omitted", "must
# not be drawn", "are excluded from the image") or an order about them ("leave them out", "don't draw those", "omit
# them"), after the share it is said of ("4 are out of focus and …", "3 of them blurred —"). "should not be left out"
# (keep them) never matches: "not" stands between the modal and "be" only with a verb of showing.
_PLACE = r"(?:\s+(?:of|from|in|on)\s+(?:the\s+|my\s+|your\s+|this\s+|that\s+)?(?:final\s+)?(?:drawing|image|figure|picture|" \
         r"render(?:ing)?|micrograph|illustration|sketch|plot|output|field|count))?"
_LEAVE = r"(?:left\s+out|left\s+off|omitted|excluded|removed|dropped|ignored|discarded|skipped|not\s+drawn|not\s+shown|" \
         r"not\s+included|not\s+depicted|not\s+rendered|not\s+counted)"
_SHOW = r"(?:drawn|shown|included|depicted|rendered|displayed|counted|painted)"
_THEM = r"(?:them|those|these|it|those\s+ones|these\s+ones)"
_DROP_RX = re.compile(
    r"(?i)(?<![\w-])(?P<drop>(?:(?:should|must|shall|will|need\s+to|have\s+to|has\s+to|ought\s+to|are\s+to|is\s+to|can)\s+"
    rf"(?:all\s+|both\s+)?be\s+{_LEAVE}|(?:should|must|shall|will|can|are\s+to|is\s+to)\s*(?:not|n't)\s+be\s+{_SHOW}|"
    rf"(?:are|is|were|get|got)\s+(?:to\s+be\s+)?{_LEAVE}|(?:are|is)\s+not\s+to\s+be\s+{_SHOW}|"
    rf"(?:please\s+)?(?:leave\s+{_THEM}\s+out|omit\s+{_THEM}|exclude\s+{_THEM}|"
    rf"(?:do\s+not|don'?t|dont|never)\s+(?:draw|show|include|paint|render|depict)\s+{_THEM}|"
    rf"skip\s+{_THEM}|drop\s+{_THEM}|remove\s+{_THEM})))"
    + _PLACE + r"(?=\s*(?:[,.;:!?)\n]|$|and\b|but\b|so\b|please\b))")


def drop_items(text: str) -> list[tuple[int, int, str, Any]]:
    """(start, end, "DROP", None) for each instruction that keeps the share named before it out of the figure."""
    return [(m.start("drop"), m.end(), "DROP", None) for m in _DROP_RX.finditer(text)]


def drop_from(groups: list[Any], item: Any, text: str, sp: Any) -> None:
    """Take the share named right before the ``DROP`` ``item`` out of the figure: ``groups[-1]`` must be a share
    ("4 are out of focus") of nuclei with a stated count ("of the 23 nuclei"); its nuclei are taken from that count
    and the share is not drawn. Refused by name when there is no such share or nothing would be left."""
    from ..errors import InputError
    share = groups[-1] if groups else None
    if share is None or not share.partitive or share.parent is None or share.kind != "nuclei" \
            or not re.fullmatch(r"[\s,;:—–()-]*(?:(?:and|but|so|which|that|they|these|those|please)[\s,]+){0,3}",
                                text[share.span["end"]:item.start], re.I):
        raise InputError(f"'{item.text}' at {item.start}-{item.end}: left out of which nuclei? say how many of the "
                         "nuclei counted (e.g. 'of the 20 nuclei, 3 are blurred and should be left out')")
    whole = groups[share.parent]
    if whole.n == -1 or whole.units != 1 or whole.kind != "nuclei":
        raise InputError(f"'{item.text}' at {item.start}-{item.end} leaves '{share.span['text']}' out of "
                         f"'{whole.span['text']}', which has no count of its own: give the nuclei's count")
    left = whole.n - share.units * share.n
    if left < 1:
        raise InputError(f"'{item.text}' at {item.start}-{item.end} leaves out all {whole.n} nuclei of "
                         f"'{whole.span['text']}': no nuclei would be left")
    whole.n = left
    groups.pop()


# "an odd number of nuclei", "an even count of DAPI nuclei", "odd-numbered nuclei": the parity of their total
_PARITY_RX = re.compile(r"(?i)(?<![\w-])(?:an?\s+)?(?P<p>odd|even)(?:\s+(?:number|count|total|amount)\s+of|[\s-]+numbered)"
                        r"(?=\s+(?:[\w-]+\s+){0,3}?(?:cell\s+)?(?:nuclei|nucleuses)\b)")
# "nuclei …, odd in number", "the number of nuclei must be odd": said after the nuclei
_PARITY_AFTER_RX = re.compile(r"(?i)(?<=nuclei)(?P<all>[\s,;:(—–-]+(?:(?:which|that)\s+(?:is|are|makes?)\s+|being\s+|so\s+|"
                              r"i\.e\.\s+|making\s+)?(?:an?\s+)?(?P<p>odd|even)\s+(?:in\s+number|number(?:\s+of\s+them)?|"
                              r"count|total|amount))(?![\w-])"
                              # "the number of nuclei must be odd", "the nuclei count is even": the count's parity
                              r"|(?<![\w-])(?:number|count|total)(?:\s+of\s+(?:the\s+)?nuclei)?\s+(?P<all2>(?:is|must\s+be|"
                              r"should\s+be|has\s+to\s+be|will\s+be|being)\s+(?P<p2>odd|even))(?![\w-])")


def parity_items(text: str) -> list[tuple[int, int, str, Any]]:
    """(start, end, "PARITY", "odd" | "even") for each parity said of the nuclei."""
    out = [(m.start(), m.end(), "PARITY", m.group("p").lower()) for m in _PARITY_RX.finditer(text)]
    for m in _PARITY_AFTER_RX.finditer(text):
        g = "all" if m.group("all") else "all2"
        lead = len(m.group(g)) - len(m.group(g).lstrip(" ,;:(—–-\t\n"))
        out.append((m.start(g) + lead, m.end(g), "PARITY", (m.group("p") or m.group("p2")).lower()))
    return out


def parity_agrees(parity: str, n: int) -> bool:
    return (n % 2 == 1) == (parity == "odd")


_INT_LIT = r"0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|[1-9](?:_?\d)*|0+"
# keys that count nuclei ("n_nuclei", "num_nuclei", "nuclei_count", "number_of_nuclei", "n_objects", "count")
# (the shared front end may have spelt "n_nuclei" out as "number of nuclei", offsets kept)
_COUNT_KEY = r"(?:n[_ ]?nuclei|num[_ ]?nuclei|number[_ ]+of[_ ]+nuclei|nuclei[_ ]?(?:count|n|num|number)|n[_ ]?nucs?|" \
             r"n[_ ]?objects|num[_ ]?objects|number[_ ]+of[_ ]+objects|count|n)"
_CALL_RX = re.compile(r"(?<![\w.])(?P<fn>[A-Za-z_][\w.]*)\((?P<args>[^()]*)\)")
_KW_RX = re.compile(r"(?<![\w])(?P<key>[A-Za-z_]\w*(?:[ ]+[A-Za-z_]\w*){0,2}?)\s*=\s*(?P<val>\"[^\"]*\"|'[^']*'|[\w.+-]+)")
_LABEL_KEYS = re.compile(r"(?i)(?:return_?|save_?|with_?|make_?|instance_?)?(?:labels?|masks?|label_?(?:image|mask)|"
                         r"instance_?labels|segmentation)")


def code_items(text: str, stain_of) -> list[tuple[int, int, str, Any]]:
    """Items for a call whose keyword arguments describe the image: ``KWCOUNT`` (the count of nuclei, over the
    key and its value), ``MOD`` (a stain named by ``stain_of(value) -> (tag, value) | None``), ``IMG`` (a true
    labels/mask flag, the function's name: read, nothing more drawn). A count key whose value is no integer literal
    is refused by name."""
    from ..errors import InputError
    out: list[tuple[int, int, str, Any]] = []
    for c in _CALL_RX.finditer(text):
        kws = list(_KW_RX.finditer(text, c.start("args"), c.end("args")))
        if not kws:
            continue
        counted = False
        for kw in kws:
            key, val = kw.group("key"), kw.group("val")
            if re.fullmatch(_COUNT_KEY, key, re.I):
                if not re.fullmatch(_INT_LIT, val):
                    raise InputError(f"'{kw.group(0)}' at {kw.start()}-{kw.end()}: the count of nuclei must be a "
                                     f"whole number, got '{val}'")
                out.append((kw.start(), kw.end(), "KWCOUNT", int(val, 0)))
                counted = True
            elif val.strip("\"'") and re.fullmatch(r"(?i)stain|dye|marker|channel|fluorophore|label_?dye", key):
                hit = stain_of(val.strip("\"'"))
                if hit is not None:
                    out.append((kw.start(), kw.end(), hit[0], hit[1]))
            elif _LABEL_KEYS.fullmatch(key) and val in ("True", "true", "1"):
                out.append((kw.start(), kw.end(), "IMG", None))
        if counted:
            out.append((c.start("fn"), c.start("args"), "IMG", None))   # "make_image(": the call asks for the image
    return out


def _stated_nuclei(group: Any) -> bool:
    """Whether ``group`` is plain nuclei with a count the text states (no partitive, default or per-unit count):
    what a subtraction or a later change may act on."""
    return group is not None and group.kind == "nuclei" and not group.partitive and group.default is None \
        and group.units == 1


def _right_after(group: Any, item: Any, text: str) -> bool:
    """Whether ``item`` (a subtraction or a repetition) acts on ``group``: stated nuclei, named right before it."""
    return _stated_nuclei(group) and re.fullmatch(r"[\s,;:(—–-]*", text[group.span["end"]:item.start]) is not None


def minus_from(group: Any, item: Any, text: str, sp: Any) -> None:
    """Take ``item.value`` nuclei away from ``group``, the nuclei named (with a stated count) right before the
    ``MINUS`` item; refused by name when there is no such count or nothing would be left."""
    from ..errors import InputError
    if not _right_after(group, item, text):
        raise InputError(f"'{item.text}' at {item.start}-{item.end}: taken away from which nuclei? give their count "
                         "right before it (e.g. '12 nuclei minus 2')")
    left = group.n - int(item.value)
    if left < 1:
        raise InputError(f"'{item.text}' at {item.start}-{item.end} takes {item.value} away from "
                         f"'{group.span['text']}' ({group.n}): no nuclei would be left")
    group.n = left
    group.span = sp(group.span["start"], item.end, text)


# Counts given by name: "B2 = 7, B3 = 9, B4 = 4, and B5 = SUM(B2:B4) … a field with B5 nuclei", "let n = 12; draw n
# nuclei", "k = 3 + 4 … k nuclei". A name is assigned a whole number, a sum of names and numbers, or a spreadsheet
# SUM over a list or a range of cells ("SUM(B2:B4)" is B2 + B3 + B4: a range of one column or one row, as every
# spreadsheet reads it; ISO/IEC 29500-1:2016 §18.17.2.3 cell references). The name used as a count right before a
# nucleus noun is that number. Nothing is read unless a name is so used; an unknown name or a cycle is refused,
# naming it.
_NAME = r"[A-Za-z][A-Za-z_]{0,3}\d{0,4}"
_ASSIGN_RX = re.compile(rf"(?<![\w.])(?:let\s+)?(?P<name>{_NAME})\s*(?:=|:=|is)\s*(?P<expr>=?\s*(?:SUM\s*\([^()]*\)|"
                        rf"[\w]+)(?:\s*[+*]\s*(?:SUM\s*\([^()]*\)|[\w]+))*)(?![\w(])", re.I)
_CELL_RX = re.compile(r"(?i)([A-Z]{1,3})(\d{1,5})")


def _cells(a: str, b: str) -> list[str] | None:
    """The cells of the range a:b, one column or one row ("B2:B4" → B2, B3, B4), or None."""
    ma, mb = _CELL_RX.fullmatch(a), _CELL_RX.fullmatch(b)
    if not ma or not mb:
        return None
    if ma.group(1).upper() == mb.group(1).upper():
        lo, hi = sorted((int(ma.group(2)), int(mb.group(2))))
        return [f"{ma.group(1).upper()}{r}" for r in range(lo, hi + 1)]
    if ma.group(2) == mb.group(2) and len(ma.group(1)) == len(mb.group(1)) == 1:
        lo, hi = sorted((ord(ma.group(1).upper()), ord(mb.group(1).upper())))
        return [f"{chr(c)}{ma.group(2)}" for c in range(lo, hi + 1)]
    return None


def named_count_items(text: str) -> list[tuple[int, int, str, Any]]:
    """``NUM`` items (the number) over a name used as a count of nuclei, and ``IMG`` items (read, no count) over the
    assignments it rests on (see above)."""
    from ..errors import InputError
    defs: dict[str, tuple[str, int, int]] = {}
    for m in _ASSIGN_RX.finditer(text):
        if not re.fullmatch(r"(?i)an?|the|no|is|it|[a-z]{4,}", m.group("name")):
            defs.setdefault(m.group("name").upper(), (m.group("expr"), m.start(), m.end()))
    if not defs:
        return []
    uses = sorted((u for nm in defs for u in re.finditer(
        r"(?i)(?<![\w.=])(?P<name>" + re.escape(nm) + r")\s+(?:[\w-]+\s+)?(?:nuclei|nucleus|nucleuses)(?![\w-])", text)
        if u.start() >= defs[nm][2] or u.end() <= defs[nm][1]), key=lambda u: u.start())
    out: list[tuple[int, int, str, Any]] = []
    for u in uses:
        name = u.group("name").upper()
        if name not in defs:
            continue
        read: set[str] = set()

        def value(nm: str, stack: tuple[str, ...]) -> int:
            if nm in stack:
                raise InputError(f"'{nm}' is defined through itself; give the number of nuclei")
            if nm not in defs:
                raise InputError(f"'{nm}' (used in '{text[defs[stack[-1]][1]:defs[stack[-1]][2]]}') is given no "
                                 "value; give the number of nuclei")
            read.add(nm)
            return expr_value(defs[nm][0], stack + (nm,))

        def expr_value(expr: str, stack: tuple[str, ...]) -> int:
            total = 0
            for term in re.split(r"\s*\+\s*", expr.strip().lstrip("=").strip()):
                prod = 1
                for f in re.split(r"\s*\*\s*", term):
                    sm = re.fullmatch(r"(?i)SUM\s*\((?P<args>[^()]*)\)", f)
                    if sm:
                        v = 0
                        for arg in re.split(r"\s*[,;]\s*", sm.group("args").strip()):
                            rng = re.fullmatch(r"\s*(\w+)\s*:\s*(\w+)\s*", arg)
                            if rng:
                                cells = _cells(rng.group(1), rng.group(2))
                                if cells is None:
                                    raise InputError(f"the range '{arg}' is not one row or one column; give the "
                                                     "number of nuclei")
                                v += sum(value(c, stack) for c in cells)
                            elif arg:
                                v += expr_value(arg, stack)
                        prod *= v
                    elif re.fullmatch(r"\d+", f):
                        prod *= int(f)
                    else:
                        prod *= value(f.upper(), stack)
                total += prod
            return total
        n = value(name, ())
        out.append((u.start("name"), u.end("name"), "NUM", n))
        out += [(defs[nm][1], defs[nm][2], "IMG", None) for nm in sorted(read)]
    return out


# A count changed by what happened after it (a time-lapse: "there were 11 nuclei in frame 39, and between the frames
# exactly one of them completed division into two daughter nuclei … Generate frame 40"). A nucleus that has divided
# is two daughter nuclei (mitosis gives two nuclei from one: Alberts et al., Molecular Biology of the Cell, 6th ed.,
# ch. 17), so k divisions add k; k nuclei that died, vanished or left the field take k away; k new ones that came
# into the field add k. Only completed events (past tense) change a count, and only a count said of an earlier
# moment ("there were", "had", "initially", "at first", "in the previous frame"): after a count said of now
# ("there are 11 nuclei; one of them has divided") it cannot be told whether the daughters are in the 11, and the
# event is refused by name, never guessed.
_K = r"(?P<k>" + NUMBER + r"|a\s+single|exactly\s+(?:" + NUMBER + r")|only\s+(?:" + NUMBER + r")|just\s+(?:" + \
     NUMBER + r"))"
_OF_THEM = r"(?:\s+of\s+(?:them|those|these|the\s+(?:" + NUMBER + r"\s+)?(?:cell\s+)?nuclei))"
# "one of them", "two of the nuclei", "3 nuclei", or the number alone right before the verb ("and one left the field")
_SUBJ = r"(?:" + _K + r"(?:" + _OF_THEM + r"|\s+(?:of\s+the\s+)?(?:cell\s+)?(?:nuclei|nucleus))?)"
_DIVIDED = (r"(?:(?:has|have|had)\s+)?(?:(?:completed|finished|underwent|undergone|gone\s+through|went\s+through)\s+"
            r"(?:a\s+|its\s+|their\s+|nuclear\s+|cell\s+)?(?:division|mitosis|nuclear\s+division|cell\s+division)"
            r"|(?:divided|split)(?!\s+(?:evenly|equally|among|between|over|across)))"
            r"(?:\s+(?:in\s+two|into\s+two(?:\s+daughter)?(?:\s+(?:nuclei|cells))?|into\s+(?:a\s+pair\s+of\s+)?"
            r"daughter\s+(?:nuclei|cells)))?")
_LOST = (r"(?:(?:has|have|had)\s+)?(?:died|disappeared|vanished|(?:left|drifted\s+out\s+of|moved\s+out\s+of|"
         r"migrated\s+out\s+of)\s+(?:the\s+)?(?:field(?:\s+of\s+view)?|frame|view|image)|(?:was|were)\s+lost)")
_CAME = (r"(?P<n2>" + NUMBER + r")\s+(?:new\s+|more\s+|additional\s+|other\s+)?(?:cell\s+)?(?:nuclei|nucleus)\s+"
         r"(?:(?:has|have|had)\s+)?(?:appeared|entered(?:\s+the\s+(?:field(?:\s+of\s+view)?|frame|view|image))?|"
         r"(?:drifted|moved|migrated|came)\s+in(?:to\s+(?:the\s+)?(?:field(?:\s+of\s+view)?|frame|view|image))?)")
_CHANGE_RX = re.compile(r"(?i)(?<![\w-])(?:" + _SUBJ + r"\s+(?:(?P<div>" + _DIVIDED + r")|(?P<lost>" + _LOST +
                        r"))|" + _CAME + r")(?![\w-])")
_EARLIER_RX = re.compile(r"(?i)(?<![\w-])(?:there\s+(?:were|was|had\s+been)|were|had|initially|originally|at\s+first|"
                         r"at\s+the\s+(?:start|beginning)|earlier|previously|previous\s+frame|last\s+frame|before|"
                         r"started\s+(?:with|out\s+with)|began\s+with|at\s+t\s*=\s*0)(?![\w-])")


# the words that place a change in time, read with it (only in a text that states one): "time-lapse", "initially",
# "at first", "then", "between the frames", "(and) nothing else changed", "now"
_WHEN_RX = re.compile(r"(?i)(?<![\w-])(?:time[\s-]?lapse(?:\s+(?:movie|series|sequence|imaging|recording))?|initially|"
                      r"(?:(?:the\s+)?(?:movie|video|recording|series|sequence)\s+)?(?:started|began)(?:\s+out)?\s+with|"
                      r"originally|at\s+first|at\s+the\s+(?:start|beginning)|then|since\s+then|afterwards|after\s+that|"
                      r"later|now|between\s+(?:the\s+|those\s+|these\s+)?(?:two\s+)?(?:frames|time\s*points|images)|"
                      r"(?:and\s+)?nothing\s+else\s+(?:has\s+)?changed|no\s+other\s+changes?)(?![\w-])")


def change_items(text: str) -> list[tuple[int, int, str, Any]]:
    """(start, end, "CHANGE", signed change of the count) for each completed event said after a count of nuclei,
    and (start, end, "IMG", None) — read, nothing drawn — over the words that place it in time."""
    out: list[tuple[int, int, str, Any]] = []
    for m in _CHANGE_RX.finditer(text):
        if m.group("n2"):
            out.append((m.start(), m.end(), "CHANGE", number_value(m.group("n2"))))
            continue
        k = re.sub(r"(?i)^(?:exactly|only|just)\s+", "", m.group("k"))
        n = 1 if k.lower().startswith("a single") else number_value(k)
        out.append((m.start(), m.end(), "CHANGE", n if m.group("div") else -n))
    if out:
        out += [(m.start(), m.end(), "IMG", None) for m in _WHEN_RX.finditer(text)
                if not any(a < m.end() and m.start() < b for a, b, _t, _v in out)]
    return out


def change_from(group: Any, item: Any, text: str, sp: Any) -> None:
    """Apply the ``CHANGE`` ``item`` (an event after the count, see above) to ``group``, the nuclei counted before
    it; refused by name when there is no such count, when it was said of now, or when nothing would be left."""
    from ..errors import InputError
    if not _stated_nuclei(group) \
            or group.span["end"] > item.start:
        raise InputError(f"'{item.text}' at {item.start}-{item.end}: a change of which nuclei? give their count "
                         "before it (e.g. 'there were 11 nuclei, and one of them divided')")
    a = max(text.rfind(c, 0, group.span["start"]) for c in ".!?;\n") + 1
    ends = [i for i in (text.find(c, group.span["end"]) for c in ".!?;\n") if i >= 0]
    if not _EARLIER_RX.search(text, a, min(ends + [len(text)])):
        raise InputError(f"'{item.text}' at {item.start}-{item.end}: is '{group.span['text']}' the count before it "
                         "happened or after? say 'there were … before' or give the count now")
    left = group.n + int(item.value)
    if left < 1:
        raise InputError(f"'{item.text}' at {item.start}-{item.end} leaves no nuclei of "
                         f"'{group.span['text']}' ({group.n})")
    group.n = left
