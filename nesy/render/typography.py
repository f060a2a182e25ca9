"""Math typography of labels (issue 12): a name that is a mathematical variable — a set A, B, a point or
vertex, an element x — is set in italic; numbers, units and words stay upright (ISO 80000-2:2019 §3 and
the IUPAP "Red Book" (Cohen & Giacomo 1987, §1.1): symbols of variables italic, numbers and units roman;
Rosen, *Discrete Mathematics and Its Applications*, §2.1 sets A, B, U and elements x in italic).

The rule reads the name alone, so a verifier recomputes from the scene how nesy set each label.
"""
from __future__ import annotations

import re

__all__ = ["is_variable", "math_runs", "text_markup", "SUB_SCALE"]

SUB_SCALE = 0.75   # a subscript's size, in em of its label

# one letter (Latin or Greek), then at most two digits, a short subscript or primes: A, B2, x, q_0, A′
# (a vector's arrow accent U+20D7 may follow the letter: N⃗, T⃗₁ — Halliday–Resnick–Walker's vectors)
_VARIABLE = re.compile(r"^[A-Za-zα-ωΑ-Ω]\u20d7?(?:\d{1,2}|[₀-₉ₐ-ₜ]{1,2}|_[A-Za-z0-9]{1,3}|[′']{1,2})?$")


def is_variable(name: str | None) -> bool:
    """Whether ``name`` is written as a variable (italic): one letter with an optional index or prime."""
    return bool(name) and bool(_VARIABLE.match(name.strip()))


# a run of letters (Latin or Greek, with subscript digits/letters after them): a symbol or a product of
# symbols ("mg"), or a word; Σ, Δ and ∠ are operators and stay upright
_LETTERS = re.compile(r"[A-Za-zα-ωΑ-ΡΤ-Ωμ][A-Za-zα-ωΑ-ΡΤ-Ωμ₀-₉ₐ-ₜ\u20d7]*")


# a comma-separated list of one-letter symbols: "a, b", "x,y"
_SYMBOLS = re.compile(r"^[A-Za-z](?:\s*,\s*[A-Za-z])+$")


def math_runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (run, italic) pieces as a physics text sets an equation label: every symbol left
    of "=" in italic ("W", "μk", "m"), and right of it the symbols before any number ("mg" in "W = mg");
    numbers, units after a number ("5 kg", "40 N at 30°"), words and signs upright. A label without "="
    is one variable (italic, ``is_variable``) or upright."""
    if "=" not in text:
        if not text:
            return []
        if is_variable(text):
            # the letter italic, its index upright (ISO 80000-2: a numeral subscript is roman)
            return [(text[0], True), (text[1:], False)] if len(text) > 1 and text[1:].isdigit() else [(text, True)]
        if _SYMBOLS.match(text):   # a list of symbols ("a, b" on an automaton's edge): each one italic
            return [(r, bool(r.strip(", "))) for r in re.split(r"(\s*,\s*)", text) if r]
        return [(text, False)]
    out: list[tuple[str, bool]] = []
    eq = text.index("=")
    pos = 0
    seen_number = False
    for m in _LETTERS.finditer(text):
        if m.start() > pos:
            gap = text[pos:m.start()]
            out.append((gap, False))
        if m.start() > eq and re.search(r"\d", text[eq:m.start()]):
            seen_number = True
        italic = (m.start() < eq or not seen_number) and len(m.group().replace("\u20d7", "")) <= 3
        out.append((m.group(), italic))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    merged: list[tuple[str, bool]] = []
    for r, it in out:
        if merged and merged[-1][1] == it:
            merged[-1] = (merged[-1][0] + r, it)
        else:
            merged.append((r, it))
    return merged


def text_markup(text: str, italic: bool = False, math: bool = False) -> tuple[str, str]:
    """(extra attributes of the ``<text>`` element, its escaped content) for a label: all italic, or
    its symbols italic in ``<tspan>``s (``math``), or plain. The renderer and every verifier's text
    template draw a label through this one function, so they draw the same glyphs."""
    from xml.sax.saxutils import escape
    if math and not italic:
        runs = math_runs(text)
        if any(it for _, it in runs):
            out = []
            for k, (r, it) in enumerate(runs):
                if it:
                    out.append(f'<tspan font-style="italic">{escape(r)}</tspan>')
                elif k == 1 and runs[0][1] and r.isascii() and r.isdigit() and len(runs) == 2:
                    # a variable's numeral index ("q0" → q₀): upright, as a subscript
                    out.append(f'<tspan baseline-shift="sub" font-size="{SUB_SCALE:g}em">{escape(r)}</tspan>')
                else:
                    out.append(escape(r))
            return "", "".join(out)
    return (' font-style="italic"' if italic else ""), escape(text)
