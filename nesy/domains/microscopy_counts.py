"""How a micrograph request counts its nuclei when the count is not "N nuclei" (``nesy.microscopy.v1``).

People write the count after the noun ("nuclei x7", "nuclei: 6", "Hoechst nuclei (n = 12)", "DAPI nuclei,
total 14", "nuclei, 8 in total"), use "one" for the image rather than for nuclei ("one DAPI image with 12
nuclei", "Make one."), say that nuclei form "one cluster", or leave "some" without "of them" ("some clumped
together"). The microscopy reader (``parse_microscopy``) asks this module:

* ``postfix_items(text)``: (start, end, value) of count notations the shared number reader does not read
  ("x7", "×7", "n = 12") — only right after a nucleus noun;
* ``postfix_count(text, noun, num, after)``: whether a number right after a count-less plural nucleus noun is
  that noun's count;
* ``image_one(items, k)``: whether the count of one at ``items[k]`` counts the image ("one 20x field of view");
* ``pronoun_one(text, num)``: "make one." — a pronoun, not a count;
* ``unattached_numbers(unknown, defaulted)``: a number nesy could not attach while the nuclei got the
  default count — a refusal, never a figure with the wrong count;
* ``grid_items(text)``: nuclei counted per site of a grid ("islands in a 4 by 5 grid, one nucleus per island":
  20), and a count per site with no grid to multiply it refused by name; nuclei counted by the grid they are
  arranged in ("nuclei arranged in two rows of eight": 16, "a 3 × 4 grid of nuclei": 12), the arrangement listed
  as not drawn.

It hands the reader booleans and items; the scene it builds is unchanged in form.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["postfix_items", "postfix_count", "image_one", "pronoun_one", "unattached_numbers", "cluster_glue",
           "each_restatements", "in_total", "NOT_COUNTED_AFTER", "added_count", "grid_items"]

_NOUN = r"(?:nuclei|nucleuses|nucleus|cell\s+nuclei)"
# "nuclei x7", "nuclei ×7", "nuclei x 7", "nuclei (n = 12)", "nuclei, n=12": the number part, as one NUM item
_POSTFIX_RX = re.compile(r"(?<![\w.])" + _NOUN + r"\s*[:,(\[]?\s*((?:[x×]\s*|n\s*=\s*)(\d{1,4}))(?!\w|\.\d)", re.I)
# what may stand between a count-less plural noun and its count: punctuation, "total", "count", "number", "n"
# and a hedge before the count ("nuclei, exactly seventeen", "nuclei: about 20"; parse/words.hedge_rx)
_GLUE_RX = re.compile(r"(?:[\s:=(\[,;—–\-]|\b(?:total|count|number|in\s+total|altogether|n|of|exactly|precisely|"
                      r"about|around|approximately|approx|roughly|circa|ca|some|nearly|almost)\b|[~≈])*", re.I)
# a count in brackets right after its noun ("nuclei (n = 18)"): the opening and the closing bracket
_BRACKETED_RX = re.compile(r"\s*[(\[]\s*(?:(?:n|total|count|number)\s*[=:]?\s*)?(?:(?:approx\.?|approximately|about|around|"
                           r"roughly|ca\.?|circa|~|≈)\s*)?", re.I)
_CLOSE_RX = re.compile(r"\s*[)\]]")
# a number followed by one of these counts that thing, not the noun before it
NOT_COUNTED_AFTER = ("NUC", "CELL", "CLUSTER", "PAIRS", "PART", "POS", "TOUCH", "SEP", "SIZE", "SHAPE", "FOCUS",
                     "BRIGHT", "MITO", "CLNOUN", "MULTI", "OTHER", "NUM")
# image-wide items that may stand between "one" and the image word it counts ("one DAPI-stained image")
_IMAGE_WORDS = ("MOD", "IMG", "FIELD", "CHAN", "FLUOR", "DENS", "NOISE", "CONTRAST", "LINE")
# between the nuclei just named and "one cluster" ("3 nuclei touching each other in one cluster")
_CLUSTER_GLUE_RX = re.compile(r"(?:[\s,;:\-–—]|\b(?:all|in|as|forming|form|forms|that|which|into|together|"
                              r"grouped|arranged|lying|sitting|are|is|they|them|of|making|make|makes)\b)*", re.I)


# "n = 22 nuclei", "N=15 nuclei": the statistician's count notation before its noun
_PREFIX_N_RX = re.compile(r"(?<![\w.])(n\s*=\s*(\d{1,4}))(?=\s+(?:(?:cell\s+)?nuclei|nucleus)\b)", re.I)


def postfix_items(text: str) -> list[tuple[int, int, int]]:
    """(start, end, count) of count notations around a nucleus noun that the shared reader leaves unread
    ("nuclei x7", "nuclei (n = 12)", "n = 22 nuclei")."""
    return [(m.start(1), m.end(1), int(m.group(2))) for rx in (_POSTFIX_RX, _PREFIX_N_RX) for m in rx.finditer(text)]


def postfix_count(text: str, noun: Any, num: Any, after: Any) -> bool:
    """Whether ``num`` (a NUM item right after the count-less plural nucleus noun ``noun``) is its count:
    only glue between them ("nuclei: 6", "nuclei, total 14") and nothing after it that the number would
    count instead ("nuclei, 3 of them touching", "nuclei, 2 clusters of 3")."""
    if num is None or num.tag != "NUM" or num.weak:
        return False
    if _BRACKETED_RX.fullmatch(text[noun.end:num.start]) and _CLOSE_RX.match(text, num.end):
        # "HeLa nuclei (n = 18) on a dark background", "nuclei [N=40] in a confocal image": the bracket closes
        # the count off, so what follows it ("a dark background") is no thing it counts
        return True
    if isinstance(num.value, GridCount):
        # "nuclei arranged in two rows of eight", "nuclei in a 3 × 4 grid": the grid counts them (grid_items)
        return bool(_ARRANGED_GLUE.fullmatch(text[noun.end:num.value.phrase]))
    if after is not None and after.tag in NOT_COUNTED_AFTER:
        return False
    return bool(_GLUE_RX.fullmatch(text[noun.end:num.start]))


def image_one(items: list[Any], k: int) -> bool:
    """Whether the NUM item ``items[k]`` is the one image ("one DAPI image", "a single 20x field of view"):
    a count of one followed, past image-wide words only, by an image word."""
    it = items[k]
    if it.tag != "NUM" or it.text.lower() not in ("one", "a single", "single", "only one", "just one"):
        return False
    for nxt in items[k + 1:]:
        if nxt.tag == "IMG" and nxt.value is None:
            return True
        if nxt.tag not in _IMAGE_WORDS:
            return False
    return False


def pronoun_one(text: str, num: Any) -> bool:
    """"Make one.", "Can you draw one? …": a bare "one" closing its sentence stands for the image asked for."""
    return num.text.lower() == "one" and bool(re.match(r"\s*(?:please\s*)?(?:[.?!;]|$)", text[num.end:], re.I))


def cluster_glue(text: str, a: int, b: int) -> bool:
    """Whether only linking words lie between the nuclei just named (ending at ``a``) and "one cluster" at ``b``."""
    return bool(_CLUSTER_GLUE_RX.fullmatch(text[a:b]))


_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "dozen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred"}


def unattached_numbers(unknown: list[tuple[str, int, int]], defaulted: bool) -> tuple[str, int, int] | None:
    """The first unread word holding a number ("x7", "#12", "n12") when some nuclei got the default count: that
    number was probably the count, and drawing the default instead would draw a figure with the wrong count."""
    if not defaulted:
        return None
    for w, s, e in unknown:
        low = w.lower()
        if re.search(r"\d", low) or any(t in _NUMBER_WORDS for t in re.findall(r"[a-z]+", low)):
            return w, s, e
    return None


_EACH_RX = re.compile(r"\b(?:each|every|either|both)\s+$", re.I)


def each_restatements(items: list[Any], text: str, make: Any) -> list[Any]:
    """Drop what restates pairs or clusters already named: "(the two nuclei of) each pair (touching)", "the
    nuclei in every cluster touching" — a pair or cluster noun after "each/every" names no new nuclei, and
    nor do the count and noun before it or the touching word after it."""
    out: list[Any] = []
    named = False
    k = 0
    while k < len(items):
        it = items[k]
        if it.tag in ("PAIRS", "CLUSTER", "CLNOUN") and not _EACH_RX.search(text[:it.start]):
            named = True
        if named and it.tag in ("PAIRS", "CLNOUN") and _EACH_RX.search(text[:it.start]):
            # the count and noun just before ("the two nuclei of each pair")
            if out and out[-1].tag == "NUC" and re.fullmatch(r"\s*(?:of|in|within|from)\s+(?:each|every|either|both)\s+",
                                                              text[out[-1].end:it.start], re.I):
                out.pop()
                if out and out[-1].tag == "NUM" and not text[out[-1].end:items[k - 1].start].strip():
                    out.pop()
            k += 1
            if k < len(items) and items[k].tag == "TOUCH" and not text[items[k - 1].end:items[k].start].strip(" ,"):
                k += 1
            continue
        out.append(it)
        k += 1
    return out


_TOTAL_AFTER_RX = re.compile(r"\s*,?\s*(?:in\s+total|total|altogether|overall|in\s+all)\b", re.I)
_TOTAL_BEFORE_RX = re.compile(r"(?:\b(?:a\s+)?total\s+of|\bin\s+total|\baltogether|\boverall)\s*:?\s*$", re.I)


def in_total(text: str, span: dict[str, Any]) -> bool:
    """Whether a counted phrase is called the total ("10 nuclei in total", "a total of 12 nuclei")."""
    return bool(_TOTAL_AFTER_RX.match(text[span["end"]:]) or _TOTAL_BEFORE_RX.search(text[:span["start"]]))


_SIDE = r"(?:centre|center|middle|edges?|corners?|borders?|periphery|sides?|rim)"
# "uneven illumination that is brighter in the centre than at the edges", "vignetting (darker toward the corners)":
# how the field is lit; nesy draws an even background, so the whole phrase is one phrase not drawn
ILLUM_RX = re.compile(
    r"(?<![\w-])(?:(?:uneven|non[\s-]?uniform|inhomogeneous|patchy|varying|vignetted|graded)\s+"
    r"(?:illumination|lighting|background|brightness|intensity)|vignetting|shading|illumination\s+gradient|"
    r"(?:background\s+)?gradient)"
    r"(?:\s*[,(]?\s*(?:that\s+is\s+|which\s+is\s+|being\s+|so\s+the\s+image\s+is\s+)?(?:brighter|darker|dimmer|lighter)"
    r"\s+(?:in|at|toward|towards|near|on)\s+the\s+" + _SIDE + r"(?:\s+than\s+(?:in|at|on|near|toward|towards)\s+the\s+"
    + _SIDE + r")?\s*\)?)?", re.I)


def illumination_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of phrases about uneven illumination: read whole, listed as not drawn."""
    return [(m.start(), m.end()) for m in ILLUM_RX.finditer(text)]


# "cell nucleus, number is 7", "nucleus stained by DAPI, quantity fifteen", "count: 12", "the total number of
# nuclei should be 9", "nuclei, number of them is 8" (the pronoun: the nuclei just named): the count stated as the value of a count noun, after the nuclei were named without one
# … with the place counted between ("number of nuclei in the field of Fig. 4 — a baker's dozen (13)", "the count of
# nuclei in this image: 12"): the field or image the count is of, and its label, then a dash, colon or verb
_COUNTED_IN = (r"(?:\s+(?:in|on|within|of)\s+(?:the|this|that|each|one|a|our|my)\s+(?:field|image|micrograph|frame|slide|"
               r"view|sample|well|picture)(?:\s+of\s+(?:view|(?:the\s+)?(?:fig(?:ure)?\.?|panel|image)(?:\s*[A-Za-z]?\d{1,3}[A-Za-z]?)?))?)?")
_COUNT_STMT_RX = re.compile(r"(?<![\w-])(?:(?:the|a|their|its|total|overall|nuclear)\s+)*(?:number|quantity|count|amount|"
                            r"total|n|no\.|#)(?:\s+of\s+(?:the\s+)?(?:nuclei|nucleus|cell\s+nuclei|objects|them|these|those)"
                            + _COUNTED_IN + r")?"
                            r"\s*(?:is|are|=|:|—|–|\s-|should\s+be|must\s+be|will\s+be|equals?|of|about|around|approximately|"
                            r"roughly|exactly|\s)*\s*$", re.I)


def count_statement(text: str, at: int) -> bool:
    """Whether the number starting at ``at`` is stated as a count ("number is 7", "quantity fifteen")."""
    return bool(_COUNT_STMT_RX.search(text[max(0, at - 80):at]))


# a count's noun misspelt beyond what the shared corrector restores ("30 nucelli", "12 nucluei"): right after a
# count the noun is the science's counted object far more often than anything else, so two edits (Damerau's
# transposition among them) are read as the nucleus noun when its first two letters stand (typing errors
# rarely hit a word's first letters: Yannakoudakis & Fawthrop, Inf. Process. Manag. 19(2):87-99, 1983)
_NUC_NOUNS = ("nuclei", "nucleus", "nucleuses")


def misspelt_nouns(items: list[Any], unknown: list[tuple[str, int, int]], text: str,
                   make: Any) -> tuple[list[Any], list[tuple[str, int, int]]]:
    """``items`` with an unknown word right after a count that is two edits or fewer from a nucleus noun read as
    that noun (a ``NUC`` item); it leaves ``unknown``."""
    from ..parse.spelling import _distance
    nums = {it.end: it for it in items if it.tag == "NUM" and not it.weak}
    out, keep = list(items), []
    for w, s, e in unknown:
        lw = w.lower()
        before = text[:s].rstrip(" -")
        if len(lw) >= 5 and lw[:2] == "nu" and len(before) in nums and lw not in _NUC_NOUNS:
            d = {n: _distance(lw, n, 2) for n in _NUC_NOUNS}
            best = min(d.values())
            if best <= 2:
                n = "nucleus" if d["nucleus"] == best and d["nuclei"] > best else "nuclei"
                out.append(make("NUC", n, s, e, w))
                continue
        keep.append((w, s, e))
    out.sort(key=lambda it: it.start)
    return out, keep


def restated_numbers(items: list[Any], text: str, make: Any) -> list[Any]:
    """``items`` with a number restated in brackets right after it ("eighteen (18) nuclei", "12 (twelve)") as one
    count: the bracket repeats the number, it counts nothing of its own. Two different numbers stay apart."""
    from numbers import Number
    # the full stop of an abbreviation ("approx. 18", "ca. 40") ends no sentence
    out = [it for it in items if not (it.tag == "BR" and it.text == "." and re.search(
        r"(?<![\w-])(?:approx|ca|appr|est|resp|incl)\s*$", text[:it.start], re.I))]
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        if a.tag == b.tag == "NUM" and not a.weak and not b.weak and isinstance(a.value, Number) is isinstance(
                b.value, Number) and re.fullmatch(r"\s*[(\[]\s*", text[a.end:b.start]) and \
                re.match(r"\s*[)\]]", text[b.end:]):
            try:
                same = float(getattr(a.value, "value", a.value)) == float(getattr(b.value, "value", b.value))
            except (TypeError, ValueError):
                same = False
            if same:
                end = b.end + re.match(r"\s*[)\]]", text[b.end:]).end()
                out[k:k + 2] = [make("NUM", a.value, a.start, end, text[a.start:end])]
        k += 1
    return out


# "plus 3 small ones", "and another 4", "in addition, 2 tiny ones": a count of nuclei besides those named
_ADDED_BEFORE_RX = re.compile(r"(?<![\w-])(?:plus|another|in\s+addition(?:\s+to\s+(?:these|those|them))?|additionally|"
                              r"besides(?:\s+(?:these|those|them))?|as\s+well\s+as|along\s+with|with\s+another)\s*[,:]?\s*$",
                              re.I)


def added_count(text: str, count_it: Any, parent: Any, grp: dict[str, Any]) -> bool:
    """Whether a count with no noun of its own after nuclei already named ("plus 3 small ones", "and 4 more",
    "9 large nuclei, 3 small ones") counts nuclei besides them rather than a share of them: said so ("plus",
    "another", "more", "additional"), or its size or shape contradicts theirs (three small of nine large cannot
    be). An explicit "of them" is read elsewhere and never reaches here."""
    if _ADDED_BEFORE_RX.search(text[:count_it.start]) or grp.get("other"):
        return True
    return any(grp.get(key) is not None and getattr(parent, key, None) is not None and grp[key] != getattr(parent, key)
               for key in ("size", "shape"))


# "islands in a 4 by 5 grid", "a 3 × 4 array of wells", "a grid of 6x6 micropatterns": a grid of sites
_GRID_RX = re.compile(r"(?i)(?<![\w.])(?P<dims>(?P<a>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                      r"\s*(?:by|x|×|\*)\s*(?P<b>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
                      r"(?:\s+|-)(?:grid|array|lattice|matrix|layout)\b")
_DIM = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# a grid stated by its rows and columns: "6 rows × 8 columns", "4 rows, 5 columns", "five columns by four rows",
# "6 rows and 8 columns" (a and b: rows and columns, either order; the product is what counts)
_ROWCOL_RX = re.compile(rf"(?i)(?<![\w.])(?P<dims>(?P<a>{_DIM})\s+(?:rows?|columns?|cols?)\s*(?:×|x|\*|by|and|,|;|/)\s*"
                        rf"(?P<b>{_DIM})\s+(?:rows?|columns?|cols?))(?![\w-])")


def _grids(text: str, a0: int = 0, b0: int | None = None) -> list[tuple[int, int, int, int]]:
    """The grids stated from ``a0`` to ``b0``, as (start, end, first, second): "a 4 × 5 grid" and "6 rows × 8
    columns"; a rows-and-columns phrase that restates the grid just before it ("a 4 × 5 grid (4 rows, 5
    columns)") is the same grid, not a second one."""
    from ..parse.words import read_number
    b0 = len(text) if b0 is None else b0
    out = [(g.start("dims"), g.end(), int(read_number(g.group("a"))), int(read_number(g.group("b"))))
           for g in _GRID_RX.finditer(text, a0, b0)]
    for m in _ROWCOL_RX.finditer(text, a0, b0):
        dims = (int(read_number(m.group("a"))), int(read_number(m.group("b"))))
        if any(re.fullmatch(r"[\s,:;(—–-]*(?:i\.e\.|that\s+is|namely)?[\s,:;(]*", text[e:m.start()]) for _s, e, *_ in out):
            continue      # restates the grid before it (grid_restatements)
        out.append((m.start(), m.end(), *dims))
    return sorted(out)


def grid_restatements(text: str) -> list[tuple[int, int, str, Any]]:
    """``GRID`` items (read, nothing more drawn) for a rows-and-columns phrase that restates the grid just before it
    ("nuclei in a 4 × 5 grid (4 rows, 5 columns)"); a restatement that gives another grid ("a 4 × 5 grid (3 rows,
    5 columns)") is refused, naming both."""
    from ..errors import InputError
    from ..parse.words import read_number
    out: list[tuple[int, int, str, Any]] = []
    for m in _ROWCOL_RX.finditer(text):
        for g in _GRID_RX.finditer(text, 0, m.start()):
            if not re.fullmatch(r"[\s,:;(—–-]*(?:i\.e\.|that\s+is|namely)?[\s,:;(]*", text[g.end():m.start()]):
                continue
            ga, gb = int(read_number(g.group("a"))), int(read_number(g.group("b")))
            ma, mb = int(read_number(m.group("a"))), int(read_number(m.group("b")))
            if {ga, gb} != {ma, mb}:
                raise InputError(f"'{m.group(0)}' at {m.start()}-{m.end()} does not restate '{g.group(0)}' at "
                                 f"{g.start()}-{g.end()}: {ma} × {mb} is another grid than {ga} × {gb}; give one grid")
            out.append((m.start("dims"), m.end("dims"), "GRID", None))
    return out


# "exactly one nucleus per island", "two nuclei on each pattern", "one nucleus in every well": a count per site
_PER_SITE_RX = re.compile(r"(?i)(?<![\w,.-])(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                          r"(?:nucleus|nuclei)\s+(?P<site>(?:per|in\s+each|on\s+each|for\s+each|in\s+every|on\s+every|"
                          r"at\s+each)\s+(?:single\s+)?(?P<u>[a-z][a-z-]*)(?![\w²³]))")
# sites that are the image itself or a cell: "one nucleus per cell" is no grid's count
_NOT_SITES = ("cell", "image", "field", "frame", "picture", "micrograph", "view", "tile", "panel", "mm", "µm", "um",
              "cm", "micron", "square", "px", "pixel", "area", "unit")


# "five nuclei in each of the four quadrants", "2 nuclei in each of 6 wells": the count per site with the number of
# sites said in the same phrase — n per site × k sites (the distributive "each of the k", Huddleston & Pullum 2002,
# ch. 5 §9.2); no grid is needed. Sites that are a cell or an image are not counted so (nesy draws one field, and a
# cell's nuclei are read by microscopy_each): refused naming the phrase
_EACH_OF_RX = re.compile(r"(?i)(?<![\w,.-])(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                         r"(?:nucleus|nuclei)\s+(?P<site>(?:in|on|at|within|inside)\s+each\s+of\s+(?:the\s+|these\s+|those\s+|its\s+)?"
                         r"(?P<k>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                         r"(?P<u>[a-z][a-z-]*))(?![\w²³])")


def _each_of_items(text: str) -> list[tuple[int, int, str, Any]]:
    """``NUM`` (the total, n × k) and ``SITE`` (the sites, read into it) items for "n nuclei in each of the k <sites>"."""
    from ..errors import InputError
    from ..parse.words import read_number
    out: list[tuple[int, int, str, Any]] = []
    for m in _EACH_OF_RX.finditer(text):
        if m.group("u").lower().rstrip("s") in _NOT_SITES:
            raise InputError(f"'{m.group(0)}' at {m.start()}-{m.end()} counts nuclei in each of several "
                             f"{m.group('u')}, and nesy draws one field: give the number of nuclei in the image")
        n = read_number(m.group("n")) if m.group("n").lower() not in ("a", "an") else 1
        out.append((m.start("n"), m.end("n"), "NUM", int(n * read_number(m.group("k")))))
        # "in each of the four": read into the count; the sites' noun ("quadrants") stays unread, so the figure lists
        # it as not drawn — nesy counts the nuclei, it does not place them site by site
        out.append((m.start("site"), m.end("k"), "SITE", None))
    return out


def grid_items(text: str) -> list[tuple[int, int, str, Any]]:
    """Items for nuclei counted per site of a grid ("islands in a 4 by 5 grid, one nucleus per island": 20):
    the grid's dimensions as a ``GRID`` item (read, not a field size), the per-site count as a ``NUM`` item
    holding the total (rows × columns × the count per site), in one sentence, and its "per island" as a ``SITE``
    item (read into that count). The grid's arrangement is not
    drawn: its other words ("islands", "grid") stay unread and are listed as such. A count per site with no
    grid to multiply it ("one nucleus per island") is refused, naming it: read as it stands it counts one."""
    from ..errors import InputError
    from ..parse.words import read_number
    out: list[tuple[int, int, str, Any]] = _each_of_items(text)
    for per in _PER_SITE_RX.finditer(text):
        if per.group("u").lower().rstrip("s") in _NOT_SITES or any(o[0] <= per.start() < o[1] for o in out):
            continue
        a0 = max(text.rfind(c, 0, per.start()) for c in ".;!?\n") + 1
        b0 = min([i for i in (text.find(c, per.end()) for c in ".;!?\n") if i >= 0] or [len(text)])
        grids = _grids(text, a0, b0)
        if not grids:
            # the grid laid out in a sentence of its own ("Step 1: a grid, 6 rows × 8 columns. Step 2: one nucleus
            # in every slot"): the text's one grid
            grids = _grids(text)
        if len(grids) != 1:
            raise InputError(f"'{per.group(0)}' at {per.start()}-{per.end()} counts nuclei per "
                             f"{per.group('u')}, but the text gives no one grid of them to count (e.g. 'in a 4 by 5 "
                             f"grid'): give the number of nuclei")
        g0, g1, ga, gb = grids[0]
        n = read_number(per.group("n")) if per.group("n").lower() not in ("a", "an") else 1
        total = int(ga * gb * n)
        for ex in _empty_sites(text, per.group("u"), per.end(), b0):
            # "except two wells that are empty": those sites hold none of the nuclei counted per site
            k_ex = ex[2]
            if k_ex >= ga * gb:
                raise InputError(f"'{text[ex[0]:ex[1]]}' at {ex[0]}-{ex[1]} leaves {k_ex} of the {int(ga * gb)} "
                                 f"{per.group('u')}s of the grid empty: no nuclei would be left")
            total -= int(k_ex * n)
            out.append((ex[0], ex[1], "GRID", None))     # read into the count
        d = _GRID_RX.match(text, g0) or _ROWCOL_RX.match(text, g0)
        out.append((d.start("dims"), d.end("dims"), "GRID", None))   # "4 by 5", "6 rows × 8 columns": read
        out.append((per.start("n"), per.end("n"), "NUM", total))
        out.append((per.start("site"), per.end("site"), "SITE", None))   # "per island": read into the count
    return out + _arranged_items(text, [o for o in out if o[2] == "GRID"]) + _bullet_items(text) + \
        [r for r in grid_restatements(text) if not any(o[0] <= r[0] < o[1] for o in out)]


_EMPTY = r"(?:empty|unoccupied|vacant|blank|unfilled|without\s+(?:a\s+|any\s+)?(?:nucleus|nuclei)|with\s+no\s+(?:nucleus|nuclei))"


def _empty_sites(text: str, unit: str, a: int, b: int) -> list[tuple[int, int, int]]:
    """(start, end, how many) of the sites a per-site count leaves empty, said in the same sentence: "except two
    wells that are empty", "but 3 empty wells", "apart from two wells with no nucleus", "two of the wells are empty"."""
    from ..parse.words import read_number
    from .microscopy_arith import NUMBER
    u = re.escape(unit.lower().rstrip("s")) + r"s?"
    rx = re.compile(rf"(?i)(?<![\w-])(?:(?:except(?:\s+for)?|but|apart\s+from|save\s+for|other\s+than|minus|with|and)\s+)?"
                    rf"(?:the\s+)?(?P<k>{NUMBER})\s+(?:(?:of\s+the(?:m|\s+{u}))\s+|{_EMPTY}\s+)?(?:{u}\s+)?"
                    rf"(?:(?:that|which)\s+(?:are|is|were|stay|remain)\s+|(?:are|is|were|being|left|stay|remain)\s+)?"
                    rf"(?:{_EMPTY}(?![\w-])|(?<=empty\s){u}|(?<=unoccupied\s){u}|(?<=vacant\s){u}|(?<=blank\s){u})")
    out = []
    for m in rx.finditer(text, a, b):
        k = m.group("k")
        out.append((m.start(), m.end(), 2 if k.lower().startswith("a couple") else int(read_number(k))))
    return out


class GridCount(int):
    """The number of nuclei a grid of them holds (rows × columns), read from the phrase that starts at
    ``phrase``: "two rows of eight" (16), "a 3 × 4 grid" (12)."""
    phrase: int = 0
    phrase_end: int | None = None   # where the grid's phrase ends, when past the count ("a 3 × 4 grid")
    full: bool = False     # every place filled: "rows of eight" (each row holds eight), "a full 4 × 4 grid"


# a grid said to have every place filled: its rows × columns is the count, not only a bound on it
_FULL_RX = re.compile(r"(?i)(?<![\w-])(?:full|filled|fully|complete(?:ly)?|no\s+gaps?|no\s+empty|nothing\s+left\s+over|"
                      r"every\s+(?:position|site|slot|place|spot|well|square|cell)|all\s+(?:positions|sites|slots|places|spots|wells))"
                      r"(?![\w-])")


def _full_said(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` says the grid is full ("every position filled", "no gaps")."""
    a = max(text.rfind(c, 0, at) for c in ".;!?\n") + 1
    b = min([i for i in (text.find(c, at) for c in ".;!?\n") if i >= 0] or [len(text)])
    return bool(_FULL_RX.search(text, a, b))


_N = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# "two rows of eight", "four columns of five nuclei", "3 lines of 6": rows × members, the members' count last
_ROWS_RX = re.compile(rf"(?i)(?<![\w.-])(?P<lead>(?P<a>{_N})\s+(?:(?:neat|even|evenly\s+spaced|regular|straight|"
                      rf"horizontal|vertical|parallel|full|complete|filled|whole|equal)\s+)?(?:rows|columns|lines|ranks|files)\s+of)\s+(?P<b>{_N})(?!\w|\.\d)"
                      r"(?!\s*(?:clusters?|pairs?|groups?|clumps?|chains?|cells?|rows?|columns?)\b)")
# between the nuclei and the grid that counts them: "nuclei arranged in two rows of eight", "nuclei in a 3 × 4 grid"
_ARRANGED_GLUE = re.compile(r"(?i)(?:[\s,:;—–-]|\b(?:arranged|laid\s+out|placed|set\s+out|lined\s+up|organi[sz]ed|"
                            r"positioned|distributed|spaced|evenly|regularly|neatly|in|into|as|on|a|an|forming|that|"
                            r"form|are|is)\b)*")


def _arranged_items(text: str, taken: list[tuple[int, int, str, Any]]) -> list[tuple[int, int, str, Any]]:
    """Nuclei counted by the grid they are arranged in ("nuclei arranged in two rows of eight": 16; "a 3 × 4 grid
    of nuclei": 12): the total as a ``NUM`` item (a ``GridCount``) on the last number, and the arrangement's words
    ("two rows of", "grid") as unread (blocked ``ILLUM``) items, listed as not drawn: the count is drawn and
    checked, the rows are not. Read as it stood, "rows of eight" was a touching cluster of eight, and the nuclei
    named without a count got the default count besides (34 nuclei drawn for 16, verified)."""
    from ..parse.words import read_number
    out: list[tuple[int, int, str, Any]] = []

    def of_nuclei(start: int, end: int) -> bool:
        """The grid is said of nuclei: nuclei named without a count before it ("nuclei arranged in"), or its
        members named after it ("… of eight nuclei", "a 3 × 4 grid of nuclei")."""
        before = re.search(rf"(?i)\b{_NOUN}(?P<g>[^.;:!?\n]*)$", text[:start])
        return bool(re.match(rf"(?i)\s+(?:of\s+)?(?:[a-z-]+\s+){{0,2}}?{_NOUN}\b", text[end:])) or bool(
            before and _ARRANGED_GLUE.fullmatch(before.group("g")))
    for m in _ROWS_RX.finditer(text):
        if not of_nuclei(m.start(), m.end()):
            continue
        v = GridCount(int(read_number(m.group("a")) * read_number(m.group("b"))))
        v.phrase, v.full = m.start(), True
        # the rows' number is read into the count (GRID); "rows of" is the arrangement, not drawn (unread)
        out += [(m.start("a"), m.end("a"), "GRID", None), (m.end("a"), m.end("lead"), "ILLUM", None),
                (m.start("b"), m.end("b"), "NUM", v)]
    for m in _ROWCOL_RX.finditer(text):
        # "nuclei laid out in 6 rows and 8 columns": rows × columns (a restatement of a grid: grid_restatements)
        if any(a <= m.start("a") < b for a, b, _, _ in taken) or not any(s_ == m.start() for s_, *_ in _grids(text)):
            continue
        if not of_nuclei(m.start(), m.end()):
            continue
        v = GridCount(int(read_number(m.group("a")) * read_number(m.group("b"))))
        v.phrase, v.full = m.start(), _full_said(text, m.start())
        # the count on the first number, the second read into it; "rows", "columns": the arrangement, not drawn
        out += [(m.start("a"), m.end("a"), "NUM", v), (m.start("b"), m.end("b"), "GRID", None)]
    for g in _GRID_RX.finditer(text):
        if any(a <= g.start("dims") < b for a, b, _, _ in taken):
            continue     # counted per site ("one nucleus per island"): grid_items
        if not of_nuclei(g.start(), g.end()):
            continue
        v = GridCount(int(read_number(g.group("a")) * read_number(g.group("b"))))
        art = re.search(r"(?i)(?<![\w-])an?\s+$", text[:g.start()])   # "in a 3 × 4 grid": the article is the grid's
        v.phrase = art.start() if art else g.start()
        v.full = _full_said(text, g.start())
        v.phrase_end = g.end()
        out += [(v.phrase, g.end("dims"), "NUM", v), (g.end("dims"), g.end(), "ILLUM", None)]
    return out


_WORD_N = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# a list item that names the nuclei with no count ("- nuclei", "nuclei:"), its sub-items below it, more indented
_PARENT_RX = re.compile(r"(?im)^(?P<ind>[ \t]*)(?:(?P<dash>[-*•])[ \t]+)?(?P<noun>(?:cell\s+)?nuclei|nucleuses)[ \t]*"
                        r"(?P<colon>:)?[ \t]*$")
_CHILD_RX = re.compile(rf"(?i)^(?P<ind>[ \t]*)(?:[-*•][ \t]*)?(?P<n>{_WORD_N})(?![\w.,])")


def _bullet_items(text: str) -> list[tuple[int, int, str, Any]]:
    """Nuclei counted by the sub-items of their list item ("- nuclei / - 3 large / - 4 small": 7): a list item
    that names the nuclei without a count, whose more indented sub-items each start with a count, has the sum
    of those counts, as a ``NUM`` item on its bullet (or its colon: a count after the noun). The sub-items are
    then read as shares of them ("7 nuclei: 3 large, 4 small"). Read without it, the nuclei got the default
    count and the sub-items were drawn besides (34 nuclei for 7)."""
    from ..parse.words import read_number
    out: list[tuple[int, int, str, Any]] = []
    for m in _PARENT_RX.finditer(text):
        if not (m.group("dash") or m.group("colon")):
            continue
        depth = len(m.group("ind").expandtabs(4))
        total, n_children = 0, 0
        pos = m.end() + 1
        for line in text[pos:].split("\n"):
            if not line.strip():
                break
            ind = len(line) - len(line.lstrip(" \t"))
            if len(line[:ind].expandtabs(4)) <= depth:
                break
            c = _CHILD_RX.match(line)
            if c is None:
                n_children = 0      # a sub-item with no count: the parent's count is not their sum
                break
            total += int(read_number(c.group("n")))
            n_children += 1
        if n_children < 1 or total < 1:
            continue
        v = GridCount(total)
        if m.group("dash"):
            v.phrase = m.start("dash")
            out.append((m.start("dash"), m.end("dash"), "NUM", v))
        else:
            v.phrase = m.end("noun")
            out.append((m.start("colon"), m.end("colon"), "NUM", v))
    return out


# a key of a settings list that gives the image's size in pixels ("size_px: 512", "image_size: 1024 px",
# "width: 512" with "height: 256"; as the settings reader words them, "512 size px", "width 512"): the field, not a
# count of nuclei. Only a whole list item: "nuclei of size 12" is no setting
_SIZE_KEY = (r"(?:image[ _-]?|img[ _-]?|field[ _-]?|canvas[ _-]?)?(?P<key{i}>size|side|width|height|dims?|dimensions?|"
             r"resolution|res)(?:[ _-]?(?:px|pixels?|in[ _]px))?")
_PX = r"(?:[ \t]*(?:px|pixels?))?"
_SIZE_KEY_RX = re.compile(r"(?im)(?:^|(?<=[;{\n]))[ \t\"'*•-]*(?:" + _SIZE_KEY.format(i=1) + r"[\"']?[ \t]*[:=]?[ \t]*"
                          r"(?P<n1>\d{1,5})" + _PX + r"|(?P<n2>\d{1,5})" + _PX + r"[ \t]+" + _SIZE_KEY.format(i=2) +
                          r")(?=[ \t]*(?:[;,.}\n#]|$))")


def size_keys(text: str) -> list[tuple[int, int, str, Any]]:
    """``FIELD`` items for the image size given as keys of a settings list: a size or side key (a square field,
    "size_px: 512" is 512 × 512), or a width key and a height key together (the width's item holds both; the
    height's is read into it as an ``IMG`` item). A width or height alone gives no field and is left as it is
    (its number then counts nothing, and is refused by name)."""
    out: list[tuple[int, int, str, Any]] = []
    found: dict[str, tuple[int, int, int]] = {}
    for m in _SIZE_KEY_RX.finditer(text):
        i = 1 if m.group("key1") else 2
        n = "n1" if i == 1 else "n2"
        said = m.group(0).lower()
        if not re.search(r"[:=]|image|img|field|canvas|px|pixel", said) and m.group(f"key{i}").lower() not in (
                "width", "height"):
            continue    # "size 30": a bare size may be the nuclei's; a setting says what it sizes, or its unit
        a, b = min(m.start(f"key{i}"), m.start(n)), max(m.end(f"key{i}"), m.end(n))
        found[m.group(f"key{i}").lower()] = (a, b, int(m.group(n)))
    for key in ("size", "side", "dim", "dims", "dimension", "dimensions", "resolution", "res"):
        if key in found:
            a, b, side = found[key]
            out.append((a, b, "FIELD", (side, side)))
    w, h = found.get("width"), found.get("height")
    if w is not None and h is not None and not out:
        out.append((w[0], w[1], "FIELD", (w[2], h[2])))
        out.append((h[0], h[1], "IMG", None))
    return out


def arranged_glue(text: str, a: int, b: int) -> bool:
    """Whether only arranging words lie between nuclei named without a count (ending at ``a``) and the clusters
    or grid that count them (starting at ``b``): "nuclei arranged in", "nuclei forming", "nuclei, laid out as"."""
    return bool(_ARRANGED_GLUE.fullmatch(text[a:b]))


# "No problem, 16 it is.", "so 16 then", "OK, 16 — got it": a bare number in an acknowledgement restates the count the
# text gave (a reply in a chat, an echo of the request): read, nothing added. A different number is refused naming
# both (never a second count, never a silent choice)
_ACK_AFTER = re.compile(r"(?i)\s*(?:nuclei\s+|nucleus\s+)?(?:it\s+is|it's|it\s+will\s+be|then|(?:is\s+)?(?:fine|right|"
                        r"correct)|,?\s*(?:got\s+it|noted|confirmed|understood))(?![\w-])")
_ACK_BEFORE = re.compile(r"(?i)(?<![\w-])(?:so|ok|okay|right|fine|sure|yes|yep|noted|understood|confirmed|got\s+it|"
                         r"no\s+problem)\s*[,:—–-]?\s*(?:then\s*,?\s*)?(?:that's\s+|that\s+is\s+|it's\s+|it\s+is\s+)?$")


def acknowledged_count(text: str, start: int, end: int, value: int, said: list[tuple[int, dict]]) -> bool:
    """Whether the bare number at ``start``-``end`` (``value``) restates, in an acknowledgement, the one count of
    nuclei the text gave before it (``said``: (total, span) of each group counted so far). False when it is no
    acknowledgement; ``InputError`` when it acknowledges another number than the one stated."""
    from ..errors import InputError
    if not (_ACK_AFTER.match(text, end) and re.match(r"\s*(?:[.,;:!?)—–]|\s-\s|$)", text[_ACK_AFTER.match(text, end).end():])
            or _ACK_BEFORE.search(text[:start]) and re.match(r"\s*(?:nuclei|nucleus)?\s*(?:[.,;:!?)—–]|\s-\s|$)",
                                                              text[end:])):
        return False
    if len(said) != 1:
        return False
    total, span = said[0]
    if total != value:
        raise InputError(f"'{text[start:end]}' at {start}-{end} restates the count as {value}, but '{span['text']}' at "
                         f"{span['start']}-{span['end']} says {total}: keep one")
    return True


# "SELECT COUNT(*) … -- returns 21 … make the image with exactly that many nuclei", "the counter gave 14; simulate that
# number of nuclei": a bare number stated as a result, then referred to as the count of the nuclei asked for — the
# anaphor "that many N" takes its number from the quantity just stated (Huddleston & Pullum 2002, ch. 17 §8, "that"
# as a degree anaphor). Only one such number may stand between; a bare number with no later "that many" is no count
_RESULT_BEFORE = re.compile(r"(?i)(?:\b(?:returns?|returned|gives?|gave|yields?|yielded|outputs?|prints?|printed|reports?|"
                            r"reported|came\s+(?:back|out)(?:\s+(?:as|with|at))?|(?:result|answer|output|count|total|(?:answer\s+)?key)s?"
                            r"(?:\s+(?:is|was|of))?)|=|==|->|→|=>)\s*:?\s*$")
_THAT_MANY_RX = re.compile(r"(?i)(?<![\w-])(?:(?:exactly|precisely|just)\s+)?(?:that\s+many|that\s+number\s+of|"
                           r"the\s+same\s+number\s+of)\s+(?:\w+\s+)?(?:nuclei|nucleuses)(?![\w-])")


def result_count(text: str, start: int, end: int) -> bool:
    """Whether the bare number at ``start``-``end`` is a result the text then asks for as the count of nuclei
    ("… returns 21 … exactly that many nuclei"): stated as a result, and the next number after it, if any, comes
    after the anaphor or is a label ("field 7")."""
    from .microscopy_context import label_id_spans
    if not _RESULT_BEFORE.search(text[max(0, start - 40):start]):
        return False
    m = _THAT_MANY_RX.search(text, end)
    if m is None:
        return False
    labels = label_id_spans(text)
    for d in re.finditer(r"\d+", text[end:m.start()]):
        at = end + d.start()
        if not any(a <= at < b for a, b in labels):
            return False
    return True

