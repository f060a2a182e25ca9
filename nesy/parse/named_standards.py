"""Things named by a standard that fixes the figure they are: "an A4 sheet" is a 21.0 cm by 29.7 cm rectangle
(ISO 216), "a stop sign" a regular octagon (MUTCD §2B.05). Each science may list such things in
``grammars/<science>/standard_objects.yaml`` (names, what they are read as, the standard). Before this an A4 sheet
was taken for the medium the figure is printed on (``incidental._PAPER``) and a 3 × 5 rectangle drawn with exit 0.

``named_standards(text)`` gives the edits ``(start, end, read_as)``: each name (case as listed for names with
capitals, e.g. "A4"; otherwise any case), with its article, read as the figure's words ("an A4 sheet" → "a 21.0
cm by 29.7 cm rectangle"). A name after a word that makes the thing the medium or the size of the page ("print on
an A4 sheet", "to fit an A4 page", "for A4 paper", "in A4") is left as it is. The pipeline reports each reading
as a correction of kind "standard", so the user sees what the name was taken to mean.
"""
from __future__ import annotations

import functools
import re

__all__ = ["named_standards", "standard_objects"]

# the thing is the medium, not the figure: "on", "onto", "for", "in", "fit(s)", "fill(s)", "printed on"
_MEDIUM = re.compile(r"(?i)(?:\b(?:on|onto|upon|for|in|into|fits?|fitting|fill(?:s|ing)?|across|over|use|using|"
                     r"printed|printable|print|printing)\s+)(?:(?:an?|the|one|a\s+single|a\s+whole|whole|full)\s+)?"
                     # ("on a landscape A4 page": the page's orientation or look between the article and the name)
                     r"(?:(?:landscape|portrait|blank|plain|white|standard|normal|single|printed)\s+)*$")


@functools.lru_cache(maxsize=1)
def standard_objects() -> tuple[tuple[str, str, str, str], ...]:
    """(science, name, read_as, source) for every science's ``standard_objects.yaml``, longest names first."""
    from ..resources import data_dir, load_yaml
    out = []
    for p in sorted(data_dir("grammars").glob("*/standard_objects.yaml")):
        for e in load_yaml("grammars", f"{p.parent.name}/standard_objects.yaml")["objects"]:
            out += [(p.parent.name, str(n), str(e["read_as"]), str(e["source"])) for n in e["names"]]
    return tuple(sorted(out, key=lambda x: -len(x[1])))


@functools.lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    table = {}
    alts = []
    for _sci, name, read_as, _src in standard_objects():
        table[re.sub(r"[\s-]+", " ", name).lower()] = read_as
        rx = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", name))
        alts.append(rx if any(c.isupper() for c in name) else f"(?i:{rx})")
    return re.compile(rf"(?<![\w-])(?P<det>(?i:an?|the)\s+)?(?P<name>{'|'.join(alts)})(?![\w-])"), table


def named_standards(text: str) -> list[tuple[int, int, str]]:
    """The edits that read each standard thing ``text`` names as its figure (module docstring)."""
    rx, table = _pattern()
    out = []
    for m in rx.finditer(text):
        if _MEDIUM.search(text, 0, m.start()):
            continue
        key = re.sub(r"[\s-]+", " ", m.group("name")).lower()
        read_as = table[key]
        if m.group("det"):
            det = "an" if read_as[0] in "aeiou8" else "a"
            det = "the" if m.group("det").strip().lower() == "the" else det
            det = det.capitalize() if m.group("det")[0].isupper() else det
            out.append((m.start(), m.end(), f"{det} {read_as}"))
        else:
            out.append((m.start("name"), m.end(), read_as))
    return out

