"""Several fields listed with their counts, one of them asked for (``nesy.microscopy.v1``).

A lab note lists what was counted ("Field 1: 31 nuclei. Field 2: 22 nuclei. Field 3: 27.") and asks for one of them
("reproduce field 2 as a synthetic image"): the image is that field, with its count (22); the other fields are what
the note says besides: context, not drawn, and listed in the scene (``imaging.other_fields``), as a figure's
purpose is. Read as it stood, the field numbers "counted nothing" and the text was refused; summed, the figure would
have drawn 80 nuclei for 22. A list of several counted fields with none chosen is refused, naming them: nesy
draws one field. A record may be a clause with a verb of having or showing ("field 1 had 9 nuclei, field 2 had 7",
"image 1 showed 14 nuclei, image 2 showed 22"): the later parallel clauses leave the noun out, understood from the
first, as "Field 3: 27" does in a list.

The records may be named by their order instead of a label, after a count of them ("Two fields: the first has 14
nuclei, the second 9. Draw the latter.", "three images — the first showed 12 nuclei, the second 20, the third 7;
simulate the third one"): the ordinals are the labels (first = 1 …), and "the former" / "the latter" choose the
first / the last of two (Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 17 §7).

``field_items(text)`` gives the reader's items: the chosen record's count (a ``NUM`` item before its noun, or a
``KWCOUNT`` item, the count with its noun understood, when the record names none: "Field 3: 27"), its label and the
choosing phrase (``IMG``: read, nothing more drawn), and each other record as context (``CTX``: read as what the
note says besides, drawn nothing; the scene lists them, ``imaging.other_fields``).
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["field_items"]

_KIND = r"(?:fields?\s+of\s+view|fovs?|fields?|images?|frames?|samples?|wells?|panels?|tiles?|slides?|regions?|" \
        r"positions?|stacks?|views?|replicates?|coverslips?|dish(?:es)?|conditions?|crops?|snaps?|shots?)"
_ID = r"(?:#\s*|no\.?\s*|number\s+)?(?P<id>\d{1,3}|[A-Ha-h]\d{1,2}|[A-Za-z](?![\w']))"
# a record's count joined by a verb of having or showing, as a clause ("field 1 had 9 nuclei, field 2 had 7"): in
# parallel clauses the later ones leave the noun out, understood from the first (ellipsis in coordinated clauses,
# Quirk, Greenbaum, Leech & Svartvik, *A Comprehensive Grammar of the English Language*, 1985, §12.31 and §13.92)
_HAS = r"(?:had|has|have|showed|shows|contained|contains|held|holds|gave|gives|yielded|yields|revealed|reveals)"
# "Field 1: 31 nuclei", "FOV 2 - 22 nuclei", "well B3 = 40", "image #4: n=18 nuclei", "field 2 had 7"
_RECORD_RX = re.compile(rf"(?i)(?<![\w-])(?P<lab>(?P<kind>{_KIND})\s*{_ID})\s*(?:[:=—–-]|\(\s*|,\s*|\s{_HAS}\s+)\s*"
                        r"(?:n\s*=\s*)?(?P<n>\d{1,4})(?![\w.,/]\d|[\w/])(?P<noun>\s+(?:cell\s+)?(?:nuclei|nucleus))?")
_CHOOSE = r"(?:reproduce|recreate|re-create|redraw|re-draw|draw|simulate|render|generate|make|use|show|copy|mimic|" \
          r"match|imitate|emulate|model|base\s+it\s+on|based\s+on|like|pick|choose|take|want|need|only|just|of)"


def _norm(kind: str) -> str:
    k = kind.lower()
    k = re.sub(r"\s+", " ", k)
    if k.startswith("field") and "view" in k or k.startswith("fov"):
        return "fov"
    return re.sub(r"(?:es|s)$", "", k) if k not in ("fov",) else k


_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
        "5th": 5, "sixth": 6, "6th": 6}
_ORD_W = "|".join(_ORD)
# "Two fields: the first has 14 nuclei, the second 9" (the kind counted before the records)
_ORD_HEAD_RX = re.compile(rf"(?i)(?<![\w-])(?:two|three|four|five|six|\d)\s+(?:\w+\s+)?(?P<kind>{_KIND})(?![\w-])")
_ORD_REC_RX = re.compile(rf"(?i)(?<![\w-])the\s+(?P<ord>{_ORD_W})(?:\s+(?:one|(?P<kind>{_KIND})))?\s*(?:[:=—–-]|,|\(|"
                         rf"\s{_HAS}|\s(?:is|was|with|at))?\s*(?:n\s*=\s*)?(?P<n>\d{{1,4}})(?![\w.,/]\d|[\w/])"
                         r"(?P<noun>\s+(?:cell\s+)?(?:nuclei|nucleus))?")
_ORD_CHOOSE_RX = re.compile(rf"(?i)(?<![\w-]){_CHOOSE}\s+(?:me\s+|us\s+)?(?:only\s+|just\s+)?the\s+(?P<which>{_ORD_W}|former|"
                            rf"latter|last)(?:\s+(?:one|{_KIND}))?(?![\w-])")


def _ordinal_items(text: str) -> list[tuple[int, int, str, Any]]:
    """Items for records named by their order after a count of them, and the one chosen (module docstring)."""
    from ..errors import InputError
    head = _ORD_HEAD_RX.search(text)
    if head is None:
        return []
    recs = [r for r in _ORD_REC_RX.finditer(text, head.end())
            if r.group("kind") is None or _norm(r.group("kind")) == _norm(head.group("kind"))]
    if len(recs) < 2 or len({r.group("ord").lower() for r in recs}) < len(recs) or not any(r.group("noun") for r in recs):
        return []
    ch = [m for m in _ORD_CHOOSE_RX.finditer(text, recs[-1].end())]
    if not ch:
        listed = ", ".join(f"'{r.group(0)}' at {r.start()}-{r.end()}" for r in recs)
        raise InputError(f"the text lists several counted {head.group('kind')} ({listed}); nesy draws one: say which "
                         f"(e.g. 'draw the {recs[-1].group('ord')}')")
    ords = {_ORD[r.group("ord").lower()]: r for r in recs}
    picks = set()
    for m in ch:
        w = m.group("which").lower()
        if w in ("former", "latter") and len(recs) != 2:
            raise InputError(f"'{m.group(0)}' at {m.start()}-{m.end()}: the former or the latter of {len(recs)} "
                             f"{head.group('kind')}? name it (e.g. 'draw the second')")
        picks.add(1 if w == "former" else max(ords) if w in ("latter", "last") else _ORD[w])
    if len(picks) > 1 or not picks <= set(ords):
        raise InputError(f"'{ch[0].group(0)}' at {ch[0].start()}-{ch[0].end()} asks for a {head.group('kind')} the "
                         "list does not give, or for several; nesy draws one")
    pick = ords[picks.pop()]
    out: list[tuple[int, int, str, Any]] = [(head.start(), head.end(), "IMG", None)]
    for r in recs:
        if r is pick:
            out.append((r.start(), r.start("n"), "IMG", None))
            out.append((r.start("n"), r.end("n"), "NUM" if r.group("noun") else "KWCOUNT", int(r.group("n"))))
        else:
            out.append((r.start(), r.end(), "CTX", None))
    out += [(m.start(), m.end(), "IMG", None) for m in ch]
    return out


# the fields' nuclei asked for together, in one image: "one image that contains all the nuclei counted in the three
# fields together", "the nuclei of all three fields combined", "pool the counts of the fields", "the total over the
# four fields" — counting is additive over disjoint fields (a count is a measure: Halmos, *Measure Theory*, 1950, §7),
# so the image holds the records' sum
_POOL_RX = re.compile(
    rf"(?i)(?<![\w-])(?:all|every\s+one\s+of)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:cell\s+)?(?:nuclei|counts)"
    rf"\b[^.;\n]{{0,60}}?\b(?:together|combined|pooled|in\s+total|summed|added\s+(?:up|together))(?![\w-])"
    rf"|(?<![\w-])(?:the\s+)?(?:cell\s+)?nuclei\s+(?:of|from|in)\s+(?:all|both|each\s+of)\s+(?:the\s+)?(?:\w+\s+)?{_KIND}"
    rf"(?:\s+(?:together|combined|pooled))?(?![\w-])"
    rf"|(?<![\w-])pool(?:ed|ing)?\s+(?:all\s+)?(?:the\s+)?(?:counts|nuclei)\s+(?:of|from|over|across)\s+(?:all\s+)?(?:the\s+)?"
    rf"(?:\w+\s+)?{_KIND}(?![\w-])"
    rf"|(?<![\w-])(?:the\s+)?(?:sum|total)\s+(?:of|over|across)\s+(?:all\s+)?(?:the\s+)?(?:\w+\s+)?{_KIND}(?![\w-])")
# the number of fields said around the records: "in each of the three fields of view"
_FIELDS_N_RX = re.compile(rf"(?i)(?<![\w-])(?:each\s+of\s+|all\s+|of\s+)?(?:the\s+)?(?P<k>two|three|four|five|six|seven|eight|"
                          rf"nine|ten|\d{{1,2}})\s+(?:[A-Za-z][\w-]*\s+)?(?P<kind>{_KIND})(?![\w-])")


def _same(a: str, b: str) -> bool:
    """Whether two normalised record kinds name the same thing ("field 1" of "the three fields of view")."""
    return a == b or {a, b} == {"fov", "field"} or a.startswith(b) or b.startswith(a)   # ("images" → "imag")


def _pooled_items(text: str) -> list[tuple[int, int, str, Any]]:
    """Items for counted records whose nuclei are asked for together (``_POOL_RX``): every record read (``IMG``),
    the number of fields said with them read as theirs, and the pooling phrase the sum (``KWCOUNT``, nuclei
    understood). The records count nuclei when one of them names the noun or the nuclei are named before them
    ("Count the nuclei in each field … (field 1: 7, field 2: 5, field 3: 8)"). A number of fields other than the
    records' is refused, naming both; so is a single field chosen besides the pooling ("reproduce field 2")."""
    from ..errors import InputError
    from .microscopy_arith import number_value
    recs = list(_RECORD_RX.finditer(text))
    by: dict[str, list[re.Match]] = {}
    for r in recs:
        by.setdefault(_norm(r.group("kind")), []).append(r)
    for kind, rs in by.items():
        if len(rs) < 2 or len({r.group("id").lower() for r in rs}) < len(rs):
            continue
        if not any(r.group("noun") for r in rs) and \
                not re.search(r"(?i)(?<![\w-])(?:cell\s+)?nucle(?:i|us)(?![\w-])", text[:rs[0].start()]):
            continue
        pool = next((m for m in _POOL_RX.finditer(text, rs[-1].end())), None)
        if pool is None:
            continue
        ids = {r.group("id").lower() for r in rs}
        one = [m for m in re.finditer(rf"(?i)(?<![\w-])(?:reproduce|recreate|redraw|simulate|copy|mimic|only|just)\s+"
                                      rf"(?:the\s+)?(?P<kind>{_KIND})\s*{_ID}", text)
               if _norm(m.group("kind")) == kind and m.group("id").lower() in ids]
        if one:
            raise InputError(f"'{pool.group(0)}' at {pool.start()}-{pool.end()} asks for the nuclei of all the {kind}s "
                             f"together, '{one[0].group(0)}' at {one[0].start()}-{one[0].end()} for one of them: keep one")
        out: list[tuple[int, int, str, Any]] = [(r.start(), r.end(), "IMG", None) for r in rs]
        for m in _FIELDS_N_RX.finditer(text):
            if not _same(_norm(m.group("kind")), kind) or any(r.start() <= m.start() < r.end() for r in rs) or \
                    pool.start() <= m.start() < pool.end():
                continue
            k = number_value(m.group("k"))
            if k != len(rs):
                listed = ", ".join(f"'{r.group(0)}'" for r in rs)
                raise InputError(f"'{m.group(0).strip()}' at {m.start()}-{m.end()} names {k} {kind}s but the text "
                                 f"gives {len(rs)} counts ({listed}); give one count per {kind}")
            out.append((m.start(), m.end(), "IMG", None))
        for m in _FIELDS_N_RX.finditer(text, pool.start(), pool.end()):
            if _same(_norm(m.group("kind")), kind) and number_value(m.group("k")) != len(rs):
                raise InputError(f"'{m.group(0).strip()}' at {m.start()}-{m.end()} names {number_value(m.group('k'))} "
                                 f"{kind}s but the text gives {len(rs)} counts; give one count per {kind}")
        out.append((pool.start(), pool.end(), "KWCOUNT", sum(int(r.group("n")) for r in rs)))
        return out
    return []


def field_items(text: str) -> list[tuple[int, int, str, Any]]:
    """Items for a list of counted fields and the one asked for (module docstring); [] when there is no list.
    Counted fields whose nuclei are asked for together give their sum (``_pooled_items``)."""
    from ..errors import InputError
    ordinal = _ordinal_items(text)
    if ordinal:
        return ordinal
    pooled = _pooled_items(text)
    if pooled:
        return pooled
    recs = list(_RECORD_RX.finditer(text))
    by: dict[str, list[re.Match]] = {}
    for r in recs:
        by.setdefault(_norm(r.group("kind")), []).append(r)
    out: list[tuple[int, int, str, Any]] = []
    for kind, rs in by.items():
        if len(rs) == 1 and rs[0].group("noun"):
            out.append((rs[0].start("lab"), rs[0].start("n"), "IMG", None))   # "Field 1: 31 nuclei": its label, read
            continue
        if len({r.group("id").lower() for r in rs}) < 2 or not any(r.group("noun") for r in rs):
            continue
        ids = {r.group("id").lower(): r for r in rs}
        ch = [m for m in re.finditer(rf"(?i)(?<![\w-]){_CHOOSE}\s+(?:me\s+|us\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:one|count|"
                                     rf"image|numbers?)\s+(?:from|of|in|for)\s+(?:the\s+)?)?(?P<kind>{_KIND})\s*{_ID}",
                                     text)
              if _norm(m.group("kind")) == kind and m.group("id").lower() in ids
              and not any(r.start() <= m.start("kind") < r.end() for r in rs)]
        chosen = {m.group("id").lower() for m in ch}
        if not chosen:
            listed = ", ".join(f"'{r.group(0)}' at {r.start()}-{r.end()}" for r in rs)
            raise InputError(f"the text lists several counted {kind}s ({listed}); nesy draws one: say which (e.g. "
                             f"'reproduce {rs[0].group('lab')}')")
        if len(chosen) > 1:
            raise InputError(f"'{ch[0].group(0)}' and '{ch[-1].group(0)}' ask for different {kind}s; nesy draws one")
        pick = ids[chosen.pop()]
        for r in rs:
            if r is pick:
                out.append((r.start("lab"), r.start("n"), "IMG", None))       # "Field 2:": which field, read
                if r.group("noun"):
                    out.append((r.start("n"), r.end("n"), "NUM", int(r.group("n"))))
                else:          # "Field 3: 27" in a list of nuclei counts: 27 nuclei
                    out.append((r.start("n"), r.end("n"), "KWCOUNT", int(r.group("n"))))
            else:
                out.append((r.start(), r.end(), "CTX", None))      # another field's count: context, not drawn
        for m in ch:
            out.append((m.start(), m.end(), "IMG", None))          # "reproduce field 2": read
    return out
