"""One member of a counted group, for the grammar parser: "Two plant cells. The left one has a nucleus,
the right one five chloroplasts", "three cells: the first has …, the second …, the other one …".

``mark_members`` turns "the left one", "the first", "the right cell", "the other one" into ``MEMBER`` items
(the position word is not an unknown word any more), and restores an elided verb ("…, the right one [has] a
nucleus": gapping) by repeating the relation phrase the previous member took in the same sentence.
``Members`` splits a group off its counted group when a member is named: the member is a group of one
with the group's attributes; what the text says of the whole group holds for every part (``expand``);
"left"/"right" ("top"/"bottom") between two members is a stated relation (``left_of``/``above``), which
the verifier checks. "each cell", "both cells" after a split mean every part (``parts``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError

__all__ = ["mark_members", "Members", "position_word"]

# position word → (axis relation, rank on it); ordinals name a member without placing it
_PLACE = {"left": ("left_of", 0), "left-hand": ("left_of", 0), "leftmost": ("left_of", 0),
          "right": ("left_of", 1), "right-hand": ("left_of", 1), "rightmost": ("left_of", 1),
          "top": ("above", 0), "upper": ("above", 0), "bottom": ("above", 1), "lower": ("above", 1),
          # between the two ends, on the axis the other members name ("the left one …, the middle one …")
          "middle": (None, 0.5), "centre": (None, 0.5), "center": (None, 0.5), "central": (None, 0.5)}
_ORDINAL = {"first", "second", "third", "fourth", "fifth", "last", "other", "former", "latter"}


def mark_members(text: str, items: list, unknown: list, item_cls: Any) -> tuple[list, list]:
    """(items with ``MEMBER`` items, unknown words less the position words read)."""
    out: list = []
    used: list[tuple[int, int]] = []
    k = 0
    last_rel: Any = None           # the relation phrase the previous member took in this sentence
    while k < len(items):
        it = items[k]
        if it.tag == "BREAK":
            last_rel = None
        nxt = items[k + 1] if k + 1 < len(items) else None
        word = text[it.end:nxt.start].strip().lower() if (it.tag == "DEF" and nxt is not None) else \
            (text[it.end:].split(None, 1)[0].lower().strip(",.;:") if it.tag == "DEF" and text[it.end:].strip() else "")
        if it.tag == "DEF" and (word in _PLACE or word in _ORDINAL):
            end, kind, skip = it.end + text[it.end:].lower().index(word) + len(word), None, 1
            q, said = k + 1, {}
            while q < len(items) and items[q].tag == "ATTR":   # "the first prokaryotic cell": its own type
                said.update(items[q].value)
                q += 1
            if nxt is not None and nxt.tag == "NUM" and text[nxt.start:nxt.end].lower() == "one":
                end, skip = nxt.end, 2
            elif q < len(items) and items[q].tag == "ENT" and not items[q].plural:
                end, kind, skip = items[q].end, items[q].value, q - k + 1
                said = {**(items[q].attrs or {}), **said}   # "the second bacterium": a prokaryotic cell
            elif nxt is None or nxt.tag not in ("REL", "COP"):
                # a bare position word names a member only as a verb's subject ("the first has …"); "on the
                # left." is a place, not a member
                out.append(it)
                k += 1
                continue
            since = next((x for x in range(len(out) - 1, -1, -1) if out[x].tag == "BREAK"), -1)
            if out and out[-1].tag == "COORD" and any(o.tag == "MEMBER" for o in out[since + 1:]):
                # ", the right one …" / "and the second …": a new clause about another member
                c = out.pop()
                out.append(item_cls("BREAK", None, c.start, c.end))
            out.append(item_cls("MEMBER", (word, kind), it.start, end, attrs=said or None))
            used.append((it.start, end))
            k += skip
            after = items[k] if k < len(items) else None
            if after is not None and after.tag in ("REL", "COP"):
                last_rel = after
            elif after is not None and after.tag in ("NUM", "ENT", "ATTR") and last_rel is not None:
                out.append(item_cls(last_rel.tag, last_rel.value, end, end))   # gapping: the verb repeated
            continue
        out.append(it)
        k += 1
    if not used:
        return items, unknown
    left = [u for u in unknown if not any(a <= u[1] and u[2] <= b for a, b in used)]
    return out, left


@dataclass
class Members:
    """The members split off counted groups while a text is read (see the module docstring)."""

    parts: dict[int, dict[str, int]] = field(default_factory=dict)   # group → {position word: member group}
    of: dict[int, int] = field(default_factory=dict)                 # member group → its group
    spans: dict[int, Any] = field(default_factory=dict)

    def member(self, text: str, it: Any, groups: list, new_group: Any) -> int | None:
        """The group for the member ``it`` names (split off the last counted group of two or more), or
        None when no such group comes before it ("sets A, B and C. The first …": names, not a count)."""
        word, kind = it.value
        def fits(g: Any) -> bool:
            return (g.gid not in self.of and g.count_given and not g.names and (kind is None or g.kind == kind)
                    and (g.count + len(self.parts.get(g.gid, {}))) >= 2)
        # "the first has 3 mitochondria, the second …": the group whose members are being named, before
        # the last group counted ("3 mitochondria" is no group "the second" picks from)
        host = next((groups[h] for h in reversed(list(self.parts)) if fits(groups[h])), None) or \
            next((g for g in reversed(groups) if fits(g)), None)
        phrase = text[it.start:it.end]
        if host is None:
            return None   # no counted group to pick from: the position word is left unread, and said so
        known = self.parts.setdefault(host.gid, {})
        if word in known:
            groups[known[word]].attrs.update(it.attrs or {})
            return known[word]
        if host.count < 1:
            raise InputError(f"'{phrase}' at {it.start}-{it.end} names one more than the "
                             f"{len(known)} counted: say how many there are")
        host.count -= 1
        g = new_group(host.kind, 1, it.start, it.end, [], {**host.attrs, **(it.attrs or {})}, True)
        known[word] = g.gid
        if word in _PLACE:
            self.spans[g.gid] = position_word(text, it)
        self.of[g.gid] = host.gid
        return g.gid

    def family(self, gid: int, groups: list) -> list[int]:
        """Every part of the group ``gid`` is a member of (or that is ``gid``): members and what is left."""
        host = self.of.get(gid, gid)
        if host not in self.parts:
            return [gid]
        return ([host] if groups[host].count > 0 else []) + list(self.parts[host].values())

    def expand(self, rels: list, groups: list, grel: Any, span_of: Any, clone: Any) -> list:
        """What the text said of a split group holds for each of its parts; left/right between members.
        ``clone(gid)`` copies a group (for the copy each part holds of what the whole group held each)."""
        if not self.parts:
            return rels
        out = []
        for r in rels:
            srcs = self.family(r.src, groups) if r.src in self.parts else [r.src]
            dsts = self.family(r.dst, groups) if r.dst in self.parts else [r.dst]
            if r.src == r.dst and r.src in self.parts:     # "two neighbouring cells": between every two parts
                fam = self.family(r.src, groups)
                out += [grel(r.kind, a, b, r.span, r.replicate) for x, a in enumerate(fam) for b in fam[x + 1:]]
                continue
            if r.kind in ("inside", "element_of") and r.dst in self.parts and len(dsts) > 1:
                if not r.replicate:
                    raise InputError(f"'{r.span.text}' at {r.span.start}-{r.span.end} shares things out over a "
                                     "group whose members the text then names one by one: say which member "
                                     "holds them")
                # "two cells, each with a vacuole" and then "the left one …": each part has its own copy
                for x, b_ in enumerate(dsts):
                    out.append(grel(r.kind, r.src if x == 0 else clone(r.src), b_, r.span, False))
                continue
            for a in srcs:
                for b in dsts:
                    out.append(grel(r.kind, a, b, r.span, r.replicate))
        self.placed = set()
        for host, known in self.parts.items():
            placed = [(w, g) for w, g in known.items() if w in _PLACE]
            for x, (w1, g1) in enumerate(placed):
                for w2, g2 in placed[x + 1:]:
                    (rel, r1), (rel2, r2) = _PLACE[w1], _PLACE[w2]
                    rel, rel2 = rel or rel2, rel2 or rel
                    if rel is None or rel != rel2 or r1 == r2:
                        continue
                    self.placed |= {g1, g2}
                    a, b = (g1, g2) if r1 < r2 else (g2, g1)
                    sa, sb = groups[a], groups[b]
                    out.append(grel(rel, a, b, span_of(min(sa.start, sb.start), max(sa.end, sb.end)), False))
        return out


    def unplaced(self) -> list[tuple[str, int, int]]:
        """The position words of members that no other member places them against ("three cells; the top
        one has …" with no bottom one): read as a name only, their place is not drawn, and said so."""
        return [w for g, w in self.spans.items() if g not in getattr(self, "placed", set())]


def position_word(text: str, it: Any) -> tuple[str, int, int]:
    """The position word of a ``MEMBER`` item as an unknown word ``(word, start, end)``."""
    word = it.value[0]
    at = it.start + text[it.start:it.end].lower().index(word)
    return text[at:at + len(word)], at, at + len(word)
