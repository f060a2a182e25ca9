"""Sets: a set diagram written as markup — ``<venn><set id='Days'/><set id='Weekdays' within='Days'/>…</venn>``.

Each ``<set>`` element is one set, named by its ``id`` (or ``name``/``label``) attribute as written; its
relation attributes relate it to the sets they name (``within``/``in``/``inside``/``subset_of``/``parent``:
a subset, Rosen, *Discrete Mathematics and Its Applications*, 7th ed., §2.1; ``overlaps``/``intersects``:
the two meet; ``disjoint``/``outside``: they share nothing, §2.2), a list of names relating it to each.
An ``<element id='x' in='A'/>`` is a member of the set it names. A comment ``<!-- … -->`` is prose: its
words are read as the text's own ("Weekdays and Weekend share no day"); the tags and their markers are
read as nothing to draw. An attribute nesy does not read (a colour, a size) and the figure's title are
listed as not drawn; an element nesy does not know is refused by name (XML 1.0, W3C 2008, §3.1: an
element's attributes are its name="value" pairs).
"""
from __future__ import annotations

import re

__all__ = ["read_markup"]

_TAG = re.compile(r"<\s*(?P<close>/)?\s*(?P<tag>[A-Za-z][\w\-]*)(?P<attrs>(?:\s+[\w\-:]+\s*=\s*(?:'[^']*'|\"[^\"]*\"))*)"
                  r"\s*/?\s*>")
_ATTR = re.compile(r"(?P<k>[\w\-:]+)\s*=\s*(?P<q>['\"])(?P<v>[^'\"]*)(?P=q)")
_NAMES = ("id", "name", "label")
_KIND = {"within": "inside", "in": "inside", "inside": "inside", "subset_of": "inside", "subsetof": "inside",
         "subset-of": "inside", "parent": "inside", "overlaps": "overlaps", "intersects": "overlaps",
         "overlap": "overlaps", "disjoint": "outside", "outside": "outside", "disjoint_from": "outside"}
_WRAPPERS = ("venn", "euler", "diagram", "sets", "figure", "svg-venn")


def read_markup(text: str, chars: list[str], pre, blank) -> None:
    """Read the ``<set>``/``<element>`` tags of ``text`` (see the module docstring) into ``pre``; blank them,
    and the comment markers, for the grammar. Nothing is read unless some ``<set>`` tag names a set."""
    from ..errors import UnsupportedError
    tags = list(_TAG.finditer(text))
    if not any(m.group("tag").lower() == "set" and not m.group("close") and
               any(a.group("k").lower() in _NAMES for a in _ATTR.finditer(m.group("attrs"))) for m in tags):
        return
    for m in tags:
        tag = m.group("tag").lower()
        attrs = list(_ATTR.finditer(m.group("attrs")))
        off = m.start("attrs")
        if tag in _WRAPPERS or m.group("close"):
            for a in attrs:   # a wrapper's title, or any other attribute: not drawn
                pre.unknown.append((off + a.start(), off + a.end()))
            pre.ignored.append((m.start(), m.end()))
            blank(chars, m.start(), m.end())
            continue
        if tag not in ("set", "element", "member"):
            raise UnsupportedError(f"'{m.group()}' at {m.start()}-{m.end()}: nesy reads <set> and <element> tags of a "
                                   f"set diagram, not <{m.group('tag')}>")
        name = next((a for a in attrs if a.group("k").lower() in _NAMES), None)
        if name is None or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,30}", name.group("v").strip()):
            raise UnsupportedError(f"'{m.group()}' at {m.start()}-{m.end()} names no set: give it an id ('<set id=\"A\"/>')")
        me = name.group("v").strip()
        if tag == "set":
            pre.defined.append((me, off + name.start("v"), off + name.end("v")))
        for a in attrs:
            if a is name:
                continue
            k = a.group("k").lower()
            targets = [t for t in re.split(r"[\s,;]+", a.group("v").strip()) if t]
            if tag == "set" and k in _KIND and targets:
                for t in targets:
                    pre.relations.append((_KIND[k], me, t, m.start(), m.end()))
                    pre.defined.append((t, off + a.start("v"), off + a.end("v")))
            elif tag != "set" and k in ("in", "of", "within", "set", "sets") and targets:
                for t in targets:
                    pre.loose_members.append((me, t, off + name.start("v"), off + name.end("v"), m.start(), m.end()))
            else:
                pre.unknown.append((off + a.start(), off + a.end()))
        blank(chars, m.start(), m.end())
    # a comment's words are the text's own; its markers are nothing to draw
    for m in re.finditer(r"<!--|-->", text):
        pre.ignored.append((m.start(), m.end()))
        blank(chars, m.start(), m.end())
