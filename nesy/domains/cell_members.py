"""An announced number of cells followed by its members (issue 9): "Two cells: a cell with a nucleus and a cell
with two mitochondria", "Three cells: one with a nucleus, one with a vacuole and one with three ribosomes",
"two neighbouring cells, one with a nucleus, the other with two mitochondria", "Two cells. One has a nucleus and
the other has two mitochondria".

The count announces a set; the phrases after it that each introduce one member ("one", "the other",
"another", "the last", "a cell", "one cell") are those members, not more cells: read as new cells, the shared
grammar drew four cells for two, one inside another (a cell is no organelle a "with" list can hold), or refused
"one with" as a relation without a subject. What the grammar reads well is the ordinal form ("the first with a
nucleus, the second with two mitochondria"), so each member is rewritten to its ordinal in the order given, when
the number of members equals the count; the scene's spans are mapped back to the user's words. A count with a
different number of members is left as it is (the grammar's reading, or its refusal, stands).

``lift_coordinated`` separately reads "a cell with a nucleus and a cell with two mitochondria" (no count):
the second cell is coordinated with the first, not inside its "with" list (coordination of like noun phrases;
Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 15).

Hands ``CellDomain.parse`` the rewritten text with its position map, and the scene with spans mapped back.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..types import Correction, NotDrawn, Relation, SceneGraph, Span

__all__ = ["ordinal_members", "map_back", "lift_coordinated", "typed_cell_rx"]

_ORD = ("first", "second", "third", "fourth", "fifth", "sixth")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6,
           "a pair of": 2, "a couple of": 2, "a trio of": 3}
# the count and up to three modifiers before a plural head noun
_ANNOUNCE = re.compile(r"(?i)(?<![\w-])(?P<n>two|three|four|five|six|[2-6]|a\s+pair\s+of|a\s+couple\s+of|a\s+trio\s+of)"
                       r"\s+(?P<mods>(?:[a-z][\w'-]*\s+){0,3}?)(?P<head>[a-z][\w-]*s|bacteria|archaea)(?![\w-])")
# what may stand between the announcement and its first member: a colon, dash, comma, a full stop, "namely"
# (a few words of the set's own may come first: "Two cells touching each other - one has …")
# (and what every member has, said of them all first: "two daughter cells, each with one nucleus; one …")
_LEAD = re.compile(r"(?i)^(?:\s+[a-z][\w'-]*){0,5}?\s*(?:,\s*(?:each|both|all)(?:\s+of\s+them)?\s+(?:with|having|has|have|"
                   r"containing|contains?|holding|holds?)\s+[^;:.!?]{1,60}?\s*)?"
                   r"(?:[:,;.\-–—]\s*)?(?:(?:namely|i\.e\.|that\s+is|e\.g\.)\s*,?\s*)?$")
# a member: a pronoun or an indefinite singular cell noun, with a predicate after it; "a prokaryotic cell",
# "an animal cell", "a bacterium", "a hepatocyte": a member of its own type (``_typed``)
# ("one daughter", "the other daughter cell": a member named by a modifier of the announced noun, ``mod``, kept
# only when the announcement has that word: "two daughter cells")
_MEMBER_RX = (r"(?i)(?<![\w-])(?P<m>one(?:\s+cell)?|1\s+cell|one\s+(?P<mod>[a-z][\w-]*)(?:\s+cell)?|"
              r"the\s+other(?:\s+one|\s+cell|\s+(?P<mod2>[a-z][\w-]*)(?:\s+cell)?)?|another(?:\s+one|\s+cell|\s+(?P<mod3>[a-z][\w-]*)(?:\s+cell)?)?|"
              r"(?:the\s+)?(?P<o>first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|last)(?:\s+one|\s+cell)?|"
              r"an?\s+cell|(?P<ty>an?\s+{typed})|cell\s+(?P<nm>[1-6]|[A-F])(?![\w-]))"
              r"(?=\s*,?\s+(?:of\s+them\s+)?(?:with|has|have|having|contains?|containing|holds?|holding|shows?|"
              r"showing|carries|carrying|should|must|is|gets|got|received|inherited|inherits|ended|ends|needs|"
              r"lacks|lacking|without|does|doesn't|did|has\s+no)\b)")


@functools.lru_cache(maxsize=1)
def typed_cell_rx() -> str:
    """A regex (no groups) of a cell noun with up to two of the grammar's attribute words before it: "cell",
    "prokaryotic cell", "bacterium", "red blood cell" (grammar.yaml ``entities.cell``, cell_types.yaml) — never
    an outline ("cell wall", "cell membrane")."""
    from ..resources import load_yaml
    g = load_yaml("grammars", "cell/grammar.yaml")
    adj = sorted((re.escape(str(w)) for w in g.get("attributes") or {} if str(w)[-1:].isalpha()), key=len, reverse=True)
    nouns = {str(w).lower() for w in g["entities"]["cell"] if str(w).lower() not in ("cell", "body")}
    nouns |= {str(k).lower() for k in load_yaml("grammars", "cell/cell_types.yaml")["nouns"]}
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(nouns, key=len, reverse=True))
    outline = "|".join(re.escape(str(w).split()[-1]) for k in ("cell_wall", "membrane") for w in g["entities"][k])
    return (rf"(?:(?:{'|'.join(adj)})\s+){{0,2}}(?:cell|{alt})(?![\w-])"
            rf"(?!\s+(?:{outline})\b)")


@functools.lru_cache(maxsize=1)
def _member_re() -> re.Pattern:
    """``_MEMBER_RX`` with the typed members (``typed_cell_rx``)."""
    return re.compile(_MEMBER_RX.replace("{typed}", typed_cell_rx()))


# a part of the set counted ("two with a nucleus and two without"): which cells are meant is not read
_SUBSET = re.compile(r"(?i)(?<![\w-])(?P<m>(?:two|three|four|five|[2-5])(?:\s+of\s+them)?)\s+(?:with|without|have|having|"
                     r"contain|containing|lack|lacking|show|showing)\b")
# between two members: a comma, "and", "while", "whereas", a full stop
_BETWEEN = re.compile(r"(?i)(?:[,;.]\s*|\s)(?:(?:and|while|whereas|but)\s+)?(?:also\s+)?$")


@functools.lru_cache(maxsize=1)
def _cell_nouns() -> frozenset[str]:
    from ..resources import load_yaml
    g = load_yaml("grammars", "cell/grammar.yaml")
    out = {str(w).lower() for w in g["entities"]["cell"]}
    out |= {str(k).lower() for k in load_yaml("grammars", "cell/cell_types.yaml")["nouns"]}
    return frozenset(w.split()[-1] for w in out)


def _is_cell_plural(head: str) -> bool:
    from ..parse.nlp import get_nlp
    w = head.lower()
    if w in ("bacteria", "archaea"):
        return True
    lem = get_nlp()(w)[0].lemma_.lower()
    return lem != w and (lem in _cell_nouns() or lem.endswith("cell"))


def _ordinal(word: str, n: int) -> int:
    """The 0-based place an ordinal names among ``n`` ("last" is the n-th)."""
    w = word.lower()
    if w == "last":
        return n - 1
    return {"1st": 0, "2nd": 1, "3rd": 2, "4th": 3, "5th": 4, "6th": 5}.get(w, _ORD.index(w) if w in _ORD else 0)


def _named(name: str, k: int) -> int:
    """The place a member's name gives ("cell 2" the second, "cell B" the second), else its place ``k``."""
    if name.isdigit():
        return int(name) - 1
    return "ABCDEF".index(name) if name in "ABCDEF" else k


def ordinal_members(text: str) -> tuple[str, list[tuple[int, int, int, int]]] | None:
    """``text`` with the members of each announced count of cells rewritten as ordinals, and the map of the
    rewritten chunks ``(new_start, new_end, old_start, old_end)``; None when nothing is rewritten."""
    edits: list[tuple[int, int, str]] = []
    for a in _ANNOUNCE.finditer(text):
        if not _is_cell_plural(a.group("head")):
            continue
        n = _COUNTS[" ".join(a.group("n").lower().split())]
        sub = _SUBSET.match(text, a.end() + len(text[a.end():]) - len(text[a.end():].lstrip(" ,:;-–—")))
        if sub is not None and int(_COUNTS.get(sub.group("m").split()[0].lower(), 0)) < n:
            from ..errors import UnsupportedError
            raise UnsupportedError(f"'{sub.group(0)}' at {sub.start()}-{sub.end()} describes some of the {n} cells of "
                                   f"'{a.group(0)}'; nesy reads what each cell has, said of it: e.g. 'the first and the "
                                   "second have a nucleus, the third and the fourth have none'")
        members: list[re.Match] = []
        pos = a.end()
        mods = {w.lower() for w in a.group("mods").split()}
        for m in _member_re().finditer(text, a.end()):
            mod = m.group("mod") or m.group("mod2") or m.group("mod3")
            if mod is not None and mod.lower() not in mods:
                continue   # "one nucleus has …": no member of the cells announced
            gap = text[pos:m.start()]
            ok = _LEAD.match(gap) if not members else (_BETWEEN.search(gap) and len(gap) < 200)
            if not ok:
                # a member's own words lie between members ("one with a nucleus, one with …"): allowed when no
                # sentence of another subject starts there
                if not members or re.search(r"[.;!?]\s+(?!(?:one|the\s+other|another|the\s+last|an?\s+cell)\b)",
                                            gap, re.I):
                    break
            members.append(m)
            pos = m.end()
            if len(members) == n:
                break
        if 2 <= len(members) < n:
            # "Three cells: one with a nucleus, one with a vacuole": which cell the count adds is not guessed
            from ..errors import InputError
            raise InputError(f"'{a.group(0)}' at {a.start()}-{a.end()} announces {n} cells, but the text describes "
                             f"{len(members)} of them (" + ", ".join(f"'{m.group('m')}' at {m.start('m')}-{m.end('m')}"
                                                                for m in members)
                             + "); describe each, e.g. 'the third has no organelles', or give the count they make")
        if len(members) != n or n > len(_ORD):
            continue
        if re.match(r"(?i)the\s+other|the\s+last|another", members[0].group("m")):
            continue   # the set's first member is never "the other"
        given = [_ordinal(m.group("o"), n) for m in members if m.group("o")] + \
                [_named(m.group("nm"), 0) for m in members if m.group("nm")]
        if len(set(given)) != len(given) or any(x >= n for x in given):
            continue
        for k, m in enumerate(members):
            noun = " cell" if re.search(r"cell$", m.group("m"), re.I) else ""
            if m.group("mod") or m.group("mod2") or m.group("mod3"):    # "one daughter" → "the first": the announcement names its kind
                noun = ""
            # an ordinal keeps its own place ("the second …, the first …"); the others take theirs in order
            place = _ordinal(m.group("o"), n) if m.group("o") else _named(m.group("nm"), k) if m.group("nm") else k
            noun = " cell" if m.group("nm") else noun
            if m.group("ty"):   # "a prokaryotic cell" → "the first prokaryotic cell": its type kept
                noun = " " + re.sub(r"(?i)^an?\s+", "", m.group("ty"))
            word = f"the {_ORD[place]}{noun}"
            if m.group("m")[:1].isupper():
                word = word[0].upper() + word[1:]
            edits.append((m.start("m"), m.end("m"), word))
    if not edits:
        return None
    edits.sort()
    return rewrite(text, edits)


def rewrite(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """``text`` with each ``(start, end, words)`` edit made (in order; one overlapping an earlier edit is
    skipped), and the map of the rewritten chunks ``(new_start, new_end, old_start, old_end)`` for ``map_back``."""
    out, chunks, pos, shift = [], [], 0, 0
    for s, e, w in edits:
        if s < pos:
            continue
        out.append(text[pos:s])
        ns = s + shift
        out.append(w)
        chunks.append((ns, ns + len(w), s, e))
        shift += len(w) - (e - s)
        pos = e
    out.append(text[pos:])
    return "".join(out), chunks


def _old(pos: int, chunks: list[tuple[int, int, int, int]], end: bool) -> int:
    shift = 0
    for ns, ne, os_, oe in chunks:
        if pos < ns or (end and pos == ns):
            break
        if pos < ne or (end and pos == ne):
            return oe if end else os_
        shift = oe - ne
    return pos + shift


def map_back(scene: SceneGraph, said: str, chunks: list[tuple[int, int, int, int]]) -> SceneGraph:
    """``scene`` (read from the rewritten text) with every span mapped to the user's ``said``."""
    def sp(x):
        if x is None:
            return None
        a, b = _old(x.start, chunks, False), _old(x.end, chunks, True)
        return Span(a, b, said[a:b])

    def nd(x: NotDrawn) -> NotDrawn:
        a, b = _old(x.start, chunks, False), _old(x.end, chunks, True)
        return NotDrawn(a, b, said[a:b], x.why)

    def co(x: Correction) -> Correction:
        a, b = _old(x.start, chunks, False), _old(x.end, chunks, True)
        return Correction(a, b, said[a:b], x.read_as)
    return replace(scene, text=said,
                   entities=tuple(replace(e, span=sp(e.span)) for e in scene.entities),
                   relations=tuple(replace(r, span=sp(r.span)) for r in scene.relations),
                   ignored=tuple(sp(x) for x in scene.ignored), unknown=tuple(sp(x) for x in scene.unknown),
                   not_drawn=tuple(nd(x) for x in scene.not_drawn),
                   corrections=tuple(co(x) for x in scene.corrections))


_WITH = re.compile(r"(?i)\b(?:with|having|containing|that\s+has|which\s+has|holding)\b")
_COORD = re.compile(r"(?i)(?:,\s*|\s)(?:and|or|plus|as\s+well\s+as)\s*$|,\s*$")
_INDEF = re.compile(r"(?i)^(?:an?|one|another)\s")


def lift_coordinated(scene: SceneGraph) -> SceneGraph:
    """``scene`` with a cell read inside another cell's "with" list ("a cell with a nucleus and a cell with two
    mitochondria") made its sibling: an indefinite cell after a coordinator, in the span of that one relation."""
    text = scene.text or ""
    ents = {e.id: e for e in scene.entities}
    drop: list[Relation] = []
    for r in scene.relations:
        if r.kind != "inside" or r.span is None:
            continue
        x, y = ents.get(r.source), ents.get(r.target)
        if x is None or y is None or x.kind != "cell" or y.kind != "cell" or x.span is None or y.span is None:
            continue
        if not (r.span.start == y.span.start and r.span.end == x.span.end and x.span.start > y.span.end):
            continue
        gap = text[y.span.end:x.span.start]
        if _WITH.search(gap) and _COORD.search(gap) and _INDEF.match(x.span.text):
            drop.append(r)
    if not drop:
        return scene
    return replace(scene, relations=tuple(r for r in scene.relations if r not in drop))
