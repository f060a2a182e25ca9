"""Math typography of labels (issue 12): a name that is a mathematical variable — a set A, B, a point or
vertex, an element x — is set in italic; numbers, units and words stay upright (ISO 80000-2:2019 §3 and
the IUPAP "Red Book" (Cohen & Giacomo 1987, §1.1): symbols of variables italic, numbers and units roman;
Rosen, *Discrete Mathematics and Its Applications*, §2.1 sets A, B, U and elements x in italic).

The rule reads the name alone, so a verifier recomputes from the scene how nesy set each label.
"""
from __future__ import annotations

import re

__all__ = ["is_variable", "math_pieces", "math_runs", "text_markup", "SUB_SCALE"]

SUB_SCALE = 0.75   # a subscript's size, in em of its label

# one letter (Latin or Greek), then at most two digits, a short subscript or primes: A, B2, x, q_0, A′
# (a vector's arrow accent U+20D7 may follow the letter: N⃗, T⃗₁ — Halliday–Resnick–Walker's vectors)
_VARIABLE = re.compile(r"^[A-Za-zα-ωΑ-Ω]\u20d7?(?:\d{1,2}|[₀-₉ₐ-ₜᵢ-ᵥ]{1,2}|_[A-Za-z0-9]{1,3}|[′']{1,2})?$")

# Unicode subscript characters (₀–₉, ₐ … ₜ, ᵢ ᵣ ᵤ ᵥ) and the plain characters a subscript is drawn with
_SUBS = "₀₁₂₃₄₅₆₇₈₉ₐₑₒₓₔₕₖₗₘₙₚₛₜᵢᵣᵤᵥ"
_SUB_PLAIN = str.maketrans(_SUBS, "0123456789aeoxəhklmnpstiruv")


def is_variable(name: str | None) -> bool:
    """Whether ``name`` is written as a variable (italic): one letter with an optional index or prime."""
    return bool(name) and bool(_VARIABLE.match(name.strip()))


# a run of letters (Latin or Greek, with subscript digits/letters after them): a symbol or a product of
# symbols ("mg"), or a word; Σ, Δ and ∠ are operators and stay upright
_LETTERS = re.compile(r"[A-Za-zα-ωΑ-ΡΤ-Ωμ][A-Za-zα-ωΑ-ΡΤ-Ωμ₀-₉ₐ-ₜᵢ-ᵥ\u20d7]*")


# a comma-separated list of one-letter symbols: "a, b", "x,y"
_SYMBOLS = re.compile(r"^[A-Za-z](?:\s*,\s*[A-Za-z])+$")


def _clause_runs(text: str) -> list[tuple[str, bool]]:
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


# a clause of a line of several equations: "converging lens: f = 10 cm, dₒ = 25 cm, m = −0.667"
_CLAUSE_SEP = re.compile(r"(,\s+|;\s+|:\s+)")
# a symbol's numeral index written on the line after it ("R1 = 100 Ω", "q0"): 1–2 digits ending the word
_INDEX = re.compile(r"\d{1,2}(?![\d.,]\d|[A-Za-zα-ωΑ-Ω])")


def math_runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (run, italic) pieces as a physics text sets an equation label: every symbol left
    of "=" in italic ("W", "μk", "m"), and right of it the symbols before any number ("mg" in "W = mg");
    numbers, units after a number ("5 kg", "40 N at 30°"), words and signs upright. A line of several
    equations ("f = 10 cm, dₒ = 25 cm") is set clause by clause. A label without "=" is one variable
    (italic, ``is_variable``) or upright. A symbol's index is its own upright run (``math_pieces``)."""
    return [(r, st == "italic") for r, st in math_pieces(text)]


def math_pieces(text: str) -> list[tuple[str, str]]:
    """``math_runs`` with each symbol's index apart: (run, style), style "italic", "sub" (an upright
    subscript, drawn smaller and lowered: ISO 80000-2 §3 — a numeral or descriptive index such as the
    o of dₒ, object, is roman) or "" (upright). An index is the Unicode subscript characters after a
    symbol's letter ("dₒ", "W₁"; drawn as their plain characters), 1–2 digits ending the word of an
    italic symbol ("R1 = 100 Ω" → R₁, "q0" → q₀), or "_x" after a lone variable ("q_0")."""
    if "=" in text and _CLAUSE_SEP.search(text):
        # clause by clause: a words-only clause before an equation ("chosen for the drawing: f = 10 cm") stays
        # upright rather than left of the one "="
        parts = _CLAUSE_SEP.split(text)
        runs: list[tuple[str, bool]] = []
        for k, p in enumerate(parts):
            runs += [(p, False)] if k % 2 else _clause_runs(p)
    else:
        runs = _clause_runs(text)
    out: list[tuple[str, str]] = []
    prev_italic = False
    for r, it in runs:
        if it:
            m_ = re.fullmatch(r"([A-Za-zα-ωΑ-Ω])_([A-Za-z0-9]{1,3})", r)
            if m_:   # "q_0": the letter, its index
                out += [(m_.group(1), "italic"), (m_.group(2), "sub")]
            else:
                for piece in re.split(f"([{_SUBS}]+)", r):
                    if piece:
                        out.append((piece.translate(_SUB_PLAIN), "sub") if piece[0] in _SUBS else (piece, "italic"))
        else:
            m_ = _INDEX.match(r) if prev_italic else None
            if m_:
                out.append((m_.group(), "sub"))
                r = r[m_.end():]
            if r:
                out.append((r, ""))
        prev_italic = it
    merged: list[tuple[str, str]] = []
    for r, st in out:
        if merged and merged[-1][1] == st and st != "sub":
            merged[-1] = (merged[-1][0] + r, st)
        else:
            merged.append((r, st))
    return merged


def text_markup(text: str, italic: bool = False, math: bool = False) -> tuple[str, str]:
    """(extra attributes of the ``<text>`` element, its escaped content) for a label: all italic, or
    its symbols italic in ``<tspan>``s (``math``), or plain. The renderer and every verifier's text
    template draw a label through this one function, so they draw the same glyphs."""
    from xml.sax.saxutils import escape
    if math and not italic:
        pieces = math_pieces(text)
        if any(st_ == "italic" for _, st_ in pieces):
            out = []
            for r, st_ in pieces:
                if st_ == "italic":
                    out.append(f'<tspan font-style="italic">{escape(r)}</tspan>')
                elif st_ == "sub":
                    # a symbol's index ("q0" → q₀, "dₒ", "R1" → R₁): upright, as a subscript
                    out.append(f'<tspan baseline-shift="sub" font-size="{SUB_SCALE:g}em">{escape(r)}</tspan>')
                else:
                    out.append(escape(r))
            return "", "".join(out)
    return (' font-style="italic"' if italic else ""), escape(text)
