"""Microscopy: the figure's caption, ``caption.txt`` (issue 12: where nesy assumes a value the text does not
give, the figure says so briefly).

A micrograph carries no text in its pixels beyond a scale bar and the stain's name (``microscopy_marks``; a
paper states its imaging conditions in the figure legend under the panel), and nesy's micrograph is the data a verifier and a segmentation model read, so the caption is a text file beside
``figure.png``: one line per value nesy assumed — the illumination's strength or place, the scale when
no pixel size is stated, what a vague count ("some", "many") was read as — each from the ``assumed``
notes the reader and the layout recorded in ``imaging``. No file when nothing was assumed.
"""
from __future__ import annotations

from typing import Any

__all__ = ["assumed_lines", "caption_text"]


def assumed_lines(imaging: dict[str, Any] | None) -> list[str]:
    """Each ``assumed`` note of ``imaging`` (the scene's, with the layout's ``drawn`` part), in a fixed
    order, each once."""
    out: list[str] = []

    def add(s: str) -> None:
        s = " ".join(str(s).split())
        if s and s not in out:
            out.append(s)

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for k in sorted(v):
                x = v[k]
                if k == "assumed" and isinstance(x, str):
                    add(x)
                elif k == "assumed" and isinstance(x, list):
                    for it in x:
                        if isinstance(it, dict) and "read_as" in it:
                            sp = it.get("span")
                            word = sp.get("text") if isinstance(sp, dict) else sp
                            add(f"'{word}' is read as {it['read_as']}")
                        elif isinstance(it, str):
                            add(it)
                else:
                    walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
    walk(imaging or {})
    return out


def caption_text(imaging: dict[str, Any] | None, more: list[str] = ()) -> str | None:
    """The caption file's text, or None when nothing was assumed. ``more``: further lines (what the scale bar
    rests on, ``microscopy_marks.assumed_lines``)."""
    lines = assumed_lines(imaging)
    lines += [s for s in more if s not in lines]
    if not lines:
        return None
    return "Assumed (not stated in the text):\n" + "".join(f"- {s}\n" for s in lines)
