"""Later corrections that restate the request's items, or take one back, read as the request the user meant.

``nesy.parse.repairs`` reads a repair of ONE item right after its marker ("three — sorry, five — chloroplasts").
A correction written after the sentence it corrects often restates several items, names what it takes back, or
drops a thing (requests-24):

- "… and Jupiter at 5.2 AU — sorry, not Jupiter: Saturn, at 9.58 AU." → "… and Saturn at 9.58 AU";
- "a bcc cell of iron with a = 2.87 Å — wait, I meant tungsten, a = 3.165 Å." → tungsten, a = 3.165 Å;
- "Draw a 6 V battery across two 4 Ω resistors in series. Actually make them parallel instead." → in parallel;
- "Instead of the concave mirror use a convex one, same focal length and object distance." → a convex mirror;
- "Triangle PQR … angle Q = 60°; sorry, make angle Q 90°." → angle Q = 90°;
- "… divisible by 3. Correction: divisible by 2, not 3." → divisible by 2;
- "…, six chloroplasts and three lysosomes. Actually, scratch the lysosomes and put in a Golgi body instead." →
  "…, six chloroplasts and a Golgi body";
- "Orbits of Venus (0.72 AU) and Mars (1.52 AU) around the Sun, … Actually, leave Venus out." → "Orbits of Mars …".

**Restatement.** After a marker (an editing term after a pause, "On second thought", a sentence opening "Instead
of"), the rest of its sentence is the repair. Its items (``repairs._items``: quantities, numbers, words of one
class of ``grammars/common/alternatives.yaml``) each replace the nearest earlier item of their type; an item after
"not" / "instead of" names the one taken back (it picks which earlier item is replaced, and is not itself a
replacement). It is read only when every other word of the repair is an editing word or one the request said
before ("make angle Q 90°", "same focal length and object distance"): a repair that says anything new ("…, and it
must not touch P") is left to the refusal of unread corrections (``nesy.parse.revisions``). Two or more bare
numbers are never matched by nearness (which of "{5, 6, 7}" replaces which earlier number is not known).

**Taking back.** "leave X out", "scratch / remove / drop / delete / take out (the) X" with no replacement, X a word
of one class the request named before: that earlier mention goes, with its count ("three lysosomes"), the bracket
after it ("Venus (0.72 AU)") and one coordinator ("and", ","), so the rest still reads as a list. With a
replacement ("scratch the lysosomes and put in a Golgi body instead"), the replacement takes the mention's place.

Every change is a ``Correction`` shown beside the figure and by ``nesy explain`` (``repairs.read_as_meant``).
Self-repair: Levelt 1983, "Monitoring and self-repair in speech", Cognition 14:41-104 (the repair restates the
reparandum's constituent).
"""
from __future__ import annotations

import re

__all__ = ["restated_repairs"]

# words a restating repair may hold besides its items: editing terms, light verbs, determiners, pronouns
_EDITING = frozenset("""no nope wait sorry actually oops whoops i we meant mean make made it them that this those these use
using instead one ones a an the same please of for with and be should must to is are was rather correction
change changed set put in just edit typo all both on second thought thoughts my bad mistake not but only at
then ok okay so yes swap switch replace replaced by let's lets go here there copied copy typed wrote written
wrong wrongly misread mistyped earlier above before""".split())
# a repair that adds ("actually, Venus too") takes nothing back
_ADDS = re.compile(r"(?i)\b(?:too|also|as\s+well|another|more|extra|plus)\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n|$")
_OPENERS = re.compile(r"(?i)(?:^|(?<=[.!?;])|(?<=[.!?;]\s)|(?<=[.!?;]\s\s))\s*(?P<marks>on\s+second\s+thoughts?"
                      r"|instead(?=\s+of\b))(?P<sep>\s*,?\s*)")
_NOT_BEFORE = re.compile(r"(?i)(?:\bnot|\bno|\binstead\s+of|\brather\s+than)\s+(?:the\s+|a\s+|an\s+)?$")
_TAKE_BACK = re.compile(r"(?i)\b(?:leave\s+(?:the\s+)?(?P<l>[\w'’ -]{2,40}?)\s+out|(?:scratch|remove|drop|delete|"
                        r"take\s+out|get\s+rid\s+of|lose)\s+(?:the\s+)?(?P<x>[\w'’ -]{2,40}?))(?=\s*(?:[.,;!?]|$|and\b))")
_COUNT_BEFORE = re.compile(r"(?i)(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+)$")
_ARTICLE_BEFORE = re.compile(r"(?i)(?:\b(?:a|an|one|the)\s+)$")


def _words_ok(clause: str, said_before: str) -> bool:
    """Every word of ``clause`` (its items masked) is an editing word or one said before the marker; "same …" up to
    the next comma says the rest is unchanged ("use a convex one, same focal length and object distance")."""
    clause = re.sub(r"(?i)\b(?:the\s+)?same\s+[^,;.!?]*", " ", clause)
    before = {w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", said_before)}
    for w in re.findall(r"[^\W\d_][\w'’-]*", clause):
        low = w.lower()
        if low in _EDITING or low in before or low.rstrip("s") in before or low + "s" in before:
            continue
        return False
    return True


def _mask(text: str, spans: list[tuple[int, int]], a: int, b: int) -> str:
    out = list(text[a:b])
    for s, e in spans:
        for k in range(max(s, a), min(e, b)):
            out[k - a] = " "
    return "".join(out)


def _restate(text: str, items: list, at: int, start: int, end: int) -> list[tuple[int, int, str]]:
    """The edits of a restating repair ``text[start:end]`` whose marker begins at ``at``; [] when it is none."""
    from .repairs import _same_type
    # ("a convex one": "one" standing for a noun is no number)
    inside = [i for i in items if start <= i.start and i.end <= end and text[i.start:i.end].lower() not in ("one", "ones")]
    if not inside or _ADDS.search(text, start, end):
        return []
    gone = [i for i in inside if _NOT_BEFORE.search(text[at:i.start])]
    new = [i for i in inside if i not in gone]
    if not new or sum(i.kind == "n" for i in new) > 1 and not gone:
        return []
    if not _words_ok(_mask(text, [(i.start, i.end) for i in inside], start, end), text[:at]):
        return []
    earlier = [i for i in items if i.end <= at]
    # a word the repair says again ("… use a convex one" after "the concave mirror": "mirror") anchors it: it
    # replaces nothing, and the items beside it in the repair replace those beside its earlier mention
    anchors = {}
    for r in new:
        same = [e for e in earlier if r.kind == "w" and e.kind == "w" and _same_noun(text[e.start:e.end], text[r.start:r.end])]
        if same:
            anchors[id(r)] = same[-1]
    new = [r for r in new if id(r) not in anchors]
    if not new:
        return []
    named_back = {text[g.start:g.end].lower() for g in gone}
    # each new item's reparandum: the one earlier item of its type; the one "not X" names; else, among several, the
    # one beside a reparandum already found ("Jupiter at 5.2 AU — sorry, not Jupiter: Saturn, at 9.58 AU": 5.2 AU,
    # beside Jupiter); several and nothing to tell them apart ("make that one 150 Ω") is no reading
    chosen: dict[int, object] = {}
    earlier = [e for e in earlier if all(e is not a for a in anchors.values())]   # (an anchor's mention stays)
    for k, r in enumerate(new):
        cands = [e for e in earlier if _same_type(r, e)]
        named = [e for e in cands if text[e.start:e.end].lower() in named_back]
        if len(named) == 1 or len(cands) == 1:
            chosen[k] = (named or cands)[-1]
    beside = list(chosen.values()) + list(anchors.values())
    for k, r in enumerate(new):
        if k in chosen:
            continue
        cands = [e for e in earlier if _same_type(r, e) and all(e is not c for c in chosen.values())]
        dist = sorted((min(abs(e.start - c.end), abs(c.start - e.end)), n) for n, e in enumerate(cands) for c in beside)
        if not dist or dist[0][0] > 24 or len(dist) > 1 and dist[1][0] == dist[0][0] and dist[1][1] != dist[0][1]:
            return []
        chosen[k] = cands[dist[0][1]]
    if len({id(e) for e in chosen.values()}) != len(chosen):
        return []
    edits: list[tuple[int, int, str]] = []
    for k, r in enumerate(new):
        e = chosen[k]
        if text[e.start:e.end] != text[r.start:r.end]:
            edits.append((e.start, e.end, text[r.start:r.end]))
    return edits


def _take_back(text: str, items: list, at: int, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """The edits of a repair that takes a thing back ("leave Venus out", "scratch the lysosomes and put in a Golgi
    body instead"); None when the repair is not of that form."""
    from .repairs import _same_type
    m = _TAKE_BACK.search(text, start, end)
    if not m:
        return None
    name = (m.group("l") or m.group("x")).strip()
    earlier = [i for i in items if i.end <= at and i.kind == "w"
               and _same_noun(text[i.start:i.end], name)]
    if not earlier:
        return None
    e = earlier[-1]
    rest_items = [i for i in items if m.end() <= i.start and i.end <= end and i.kind == "w"]
    repl = [i for i in rest_items if _same_type(i, e)]
    taken = [i for i in items if m.start() <= i.start and i.end <= m.end()]
    if not _words_ok(_mask(text, [(i.start, i.end) for i in taken + repl] + [m.span()], start, end), text[:at]):
        return None
    a, b = e.start, e.end
    cnt = _COUNT_BEFORE.search(text[:a])
    if cnt:
        a = cnt.start()
    if len(repl) == 1:
        r = repl[0]
        art = _ARTICLE_BEFORE.search(text[:r.start]) or _COUNT_BEFORE.search(text[:r.start])
        rs = art.start() if art and art.start() >= m.end() else r.start
        return [(a, b, text[rs:r.end])]
    if repl:
        return None
    br = re.match(r"\s*\([^()\n]{0,40}\)", text[b:])
    if br:
        b += br.end()
    after = re.match(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[b:])
    before = re.search(r"(?:,\s*|\s+and)\s*$", text[:a])
    if after:
        b += after.end()
    elif before:
        a = before.start()
    else:
        return None
    return [(a, b, "")]


# "B = {4, 5} — wait, no, B = {3, 4, 5}", "R2: 470 Ω — sorry, R2: 4.7 kΩ": a repair that defines again a name the
# request defined (a symbol: a capital letter with letters, digits or a prime after it) replaces the value of that
# definition whole — the reparandum is the constituent the repair restates (Levelt 1983), here "B = …"
_DEFINE = re.compile(r"(?<![\w{])(?P<name>[A-Z][A-Za-z0-9_′']{0,5})\s*(?:==|:=|≔|=|:(?!:))\s*"
                     r"(?P<value>\{[^{}\n]*\}|[^\s,;!?{}\n](?:[^,;!?{}\n—–]*?[^\s,;!?{}\n.])?)(?=\s*(?:[,;!?\n—–]|\.(?!\d)|$))")


def _redefine(text: str, at: int, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """The edit of a repair ``text[start:end]`` that defines again a name defined before the marker at ``at``
    (``_DEFINE``); None when the repair is not of that form."""
    m = _DEFINE.search(text, start, end)
    if m is None or not _words_ok(text[start:m.start()] + " " + text[m.end():end], ""):
        return None
    olds = [d for d in _DEFINE.finditer(text, 0, at) if d.group("name") == m.group("name")]
    if not olds:
        return None
    old = olds[-1]
    if old.group("value").startswith("{") != m.group("value").startswith("{"):
        return None   # a roster corrected by a number (or the reverse) is no restatement of it
    return [(old.start("value"), old.end("value"), m.group("value"))]


def _same_noun(a: str, b: str) -> bool:
    a, b = a.lower().strip(), b.lower().strip()
    return a == b or a.rstrip("s") == b.rstrip("s") or a.rstrip("es") == b.rstrip("es")


def restated_repairs(text: str, items: list, marks: list[tuple[int, int]]) -> tuple[list[tuple[int, int, str]],
                                                                                    list[tuple[int, int]]]:
    """The edits of the restating and taking-back repairs after each marker ``(start, end)`` in ``marks`` (the
    editing terms ``repairs`` found and could not read), and the markers read: ``(edits, read)``."""
    found = [(a, b) for a, b in marks] + [(m.start("marks"), m.end()) for m in _OPENERS.finditer(text)]
    edits: list[tuple[int, int, str]] = []
    read: list[tuple[int, int]] = []
    for at, b in sorted(set(found)):
        if re.fullmatch(r"(?i)no+|nope", text[at:b].strip()):
            continue   # "3 mitochondria, no nucleus": "no" with no pause after it denies, it corrects nothing
        end = _SENTENCE_END.search(text, b).start()
        if end <= b:
            continue
        got = _take_back(text, items, at, b, end)
        if got is None:
            got = _redefine(text, at, b, end)
        if got is None:
            got = _restate(text, items, at, b, end)
        if not got:
            continue
        edits += got + [(at, end, "")]
        read.append((at, b))
    return edits, read
