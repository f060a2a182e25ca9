"""A counting chamber's square: the field the nuclei were counted in (``nesy.microscopy.v1``).

"One large square of a haemocytometer holds 1 × 10⁻⁴ mL, and 32 nuclei are counted in it. Generate an image of
that square", "the four corner squares of the Neubauer chamber", "a hemocytometer square with 25 nuclei": a
haemocytometer (a counting chamber: a thick slide ruled into squares of known area under a coverslip at a known
depth; a Neubauer chamber's large square is 1 mm × 1 mm × 0.1 mm = 10⁻⁴ mL: Freshney, *Culture of Animal Cells*,
7th ed., 2016, §21.1.1) is looked at under a microscope, and a square of it is the field whose nuclei are counted.
When a counting chamber is named, its squares ("one large square", "that square", "each corner square") are the
image (``IMG``: read, nothing more drawn) and the chamber's name is a cue of a micrograph. The square's volume is
not drawn: the reader leaves it unread (listed as not drawn). Read as it stood, "One large" asked "of which
nuclei?" (a size of nuclei), and the text was taken for a drawing of one cell.

``chamber_spans(text)`` gives ``_tag`` the spans of the chamber's name and of its squares, [] when no counting
chamber is named. ``volume_spans(text)`` gives the spans of volumes ("a volume of 1 × 10^-4 mL", "10 µL"): a
volume counts no nuclei and is no field's size; the reader leaves it unread (``CTXU``: listed as not drawn).
"""
from __future__ import annotations

import re

__all__ = ["chamber_spans", "volume_spans", "CHAMBER_RX"]

CHAMBER_RX = re.compile(r"(?i)(?<![\w-])(?:(?:improved\s+)?neubauer(?:\s+(?:improved\s+)?(?:counting\s+)?chamber)?|"
                        r"(?:haem|hem)[ao]cytometers?|counting\s+chambers?|counting\s+slides?)(?![\w-])")
_SQUARE_RX = re.compile(r"(?i)(?<![\w-])(?:(?:one|a|an|the|that|this|each|every|its|one\s+of\s+the|\d{1,2}|"
                        r"four|five|nine|25|16)\s+)?(?:(?:large|big|small|central|centre|center|corner|counting|"
                        r"outer|middle|single|ruled)\s+){0,2}(?:grid\s+)?squares?(?![\w-])"
                        r"(?:\s+(?:of|in|on)\s+(?:the|a|an|this|that)\s+" + CHAMBER_RX.pattern[4:] + r")?")


def chamber_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a named counting chamber and of its squares (module docstring); [] when none is named."""
    if not CHAMBER_RX.search(text):
        return []
    out = [(m.start(), m.end()) for m in CHAMBER_RX.finditer(text)]
    for m in _SQUARE_RX.finditer(text):
        if not re.search(r"(?i)\d\s*(?:µm|μm|um|mm|cm|px)[\s-]*$", text[:m.start()]):   # "a 0.2 mm square": a size
            out.append((m.start(), m.end()))
    return out


_VOL_NUM = r"\d+(?:[.,]\d+)?(?:\s*(?:×|x|\*)\s*10\s*\^?\s*[-−–]?\d+)?|10\s*\^\s*[-−–]?\d+"
# "a volume of 1 × 10^-4 mL", "holds 0.1 µL", "10 mL of medium", "0.1 mm³"
_VOLUME_RX = re.compile(r"(?i)(?<![\w.])(?:(?:a\s+|the\s+)?volume\s+(?:of\s+)?)?(?:" + _VOL_NUM + r")\s*"
                        r"(?:ml|µl|μl|ul|nl|mm³|mm3|mm\^3|cm³|cm3|millilit(?:re|er)s?|microlit(?:re|er)s?)(?![\w])")


def volume_spans(text: str) -> list[tuple[int, int]]:
    """The spans of volumes in ``text`` (module docstring)."""
    return [(m.start(), m.end()) for m in _VOLUME_RX.finditer(text)]
