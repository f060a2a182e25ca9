"""Plain readable text out of WebInstruct/LaTeX/Unicode notation, with a map back to what the user wrote.

Problem texts are written with ``{eq}…{/eq}`` (WebInstruct), ``$…$``, ``\\(…\\)`` and ``\\[…\\]``
markup and LaTeX commands (``\\times``, ``\\frac{a}{b}``, ``\\mathrm{kg}``, ``\\mu F``, ``10^{8}``,
``R_{1}``, ``^\\circ``). ``normalize`` turns them into the plain notation the number reader
(``nesy.parse.words``) and the unit reader (``nesy.parse.quantities``) read — "5.98 × 10^24 kg",
"6.0 µF", "R1", "30°", "m^3/(kg · s^2)" — and keeps, for every character of the result, the span of
the original text it came from. Every later position (a quantity, a mention, a word nesy did not
understand) is mapped back through ``Normalized.span`` so that messages point into the user's text.

Text without markup is returned unchanged, character for character. Outside math regions only
backslash commands and braced super/subscripts (``^{…}``, ``_{…}``) are rewritten; inside a math
region whitespace runs become one space and braces are dropped (LaTeX groups).

Hands on: ``Normalized`` (``text``, ``original``, ``span(start, end)``) to ``quantities`` and
``reading``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

__all__ = ["Normalized", "normalize", "replace_spans", "GREEK"]

GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
    "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ",
    "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ",
    "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
}
# LaTeX commands with a symbol of their own (amsmath/amssymb names; the symbols are their Unicode forms)
_SYMBOLS = {
    "times": "×", "cdot": "·", "div": "÷", "pm": "±", "mp": "∓", "approx": "≈", "sim": "~", "simeq": "≃",
    "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "neq": "≠", "ne": "≠", "equiv": "≡", "propto": "∝",
    "infty": "∞", "circ": "°", "degree": "°", "deg": "°", "to": "→", "rightarrow": "→", "leftarrow": "←",
    "Rightarrow": "⇒", "leftrightarrow": "↔", "rightleftharpoons": "⇌", "angle": "∠", "triangle": "△",
    "parallel": "∥", "perp": "⊥", "cap": "∩", "cup": "∪", "subset": "⊂", "subseteq": "⊆", "supset": "⊃",
    "in": "∈", "notin": "∉", "emptyset": "∅", "varnothing": "∅", "setminus": "∖", "int": "∫", "sum": "Σ",
    "partial": "∂", "nabla": "∇", "hbar": "ħ", "ell": "ℓ", "AA": "Å", "odot": "⊙", "oplus": "⊕",
    "langle": "⟨", "rangle": "⟩", "mid": "|", "vert": "|", "lvert": "|", "rvert": "|", "cdots": "…",
    "ldots": "…", "dots": "…", "prime": "′", "%": "%", "&": "&", "#": "#", "$": "$", "_": "_", "{": "{",
    "}": "}", "lbrace": "{", "rbrace": "}",
}
# commands that only change the look (or open a group) and carry nothing: their argument is read on
_STYLE = {"rm", "bf", "it", "sf", "tt", "cal", "displaystyle", "textstyle", "scriptstyle", "large", "Large",
          "LARGE", "small", "normalsize", "huge", "Huge", "left", "right", "big", "Big", "bigg", "Bigg",
          "bigl", "bigr", "Bigl", "Bigr", "limits", "nolimits", "quad", "qquad", "noindent", "hfill"}
_TEXT_ARG = {"mathrm", "text", "textrm", "textit", "textbf", "mathbf", "mathit", "mathsf", "mathcal",
             "mathbb", "operatorname", "mbox", "hbox", "boldsymbol", "bm", "vec", "overline", "underline",
             "hat", "bar", "tilde", "dot", "ddot", "overrightarrow", "mathring", "unit", "si", "textnormal"}
_SPACES = {",": " ", ";": " ", ":": " ", " ": " ", "!": "", "\n": " ", "\t": " ", "\\": " "}
_OPEN = (("{eq}", "{/eq}"), ("$$", "$$"), ("$", "$"), ("\\(", "\\)"), ("\\[", "\\]"))
_MAX_DEPTH = 40


@dataclass(frozen=True)
class Normalized:
    """Plain text and, for each of its characters, the span ``[src_start[i], src_end[i])`` of
    ``original`` it stands for. ``span`` maps a span of ``text`` to one of ``original``."""
    original: str
    text: str
    src_start: tuple[int, ...] = field(repr=False)
    src_end: tuple[int, ...] = field(repr=False)
    math: tuple[tuple[int, int], ...] = ()   # spans of ``text`` that were math regions ({eq}, $…$, \(…\))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that ``text[start:end]`` came from (``0 ≤ start ≤ end``)."""
        n = len(self.text)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if end <= start:
            if start < n:
                p = self.src_start[start]
            else:
                p = self.src_end[n - 1] if n else len(self.original)
            return p, p
        return self.src_start[start], max(self.src_start[start], self.src_end[end - 1])

    def original_text(self, start: int, end: int) -> str:
        """The user's characters behind ``text[start:end]``."""
        a, b = self.span(start, end)
        return self.original[a:b]

    def to_dict(self) -> dict:
        return {"original": self.original, "text": self.text}


class _Out:
    """The growing plain text and its map back to the source."""

    def __init__(self, n: int) -> None:
        self.n = n  # length of the source: every span lies in [0, n]
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def copy(self, src: str, a: int, b: int) -> None:
        for i in range(a, b):
            self.chars.append(src[i])
            self.starts.append(i)
            self.ends.append(i + 1)

    def emit(self, s: str, a: int, b: int) -> None:
        a = max(0, min(a, self.n - 1))
        b = max(a + 1, min(b, self.n))
        for ch in s:
            self.chars.append(ch)
            self.starts.append(a)
            self.ends.append(b)

    def extend(self, other: "_Out") -> None:
        self.chars += other.chars
        self.starts += other.starts
        self.ends += other.ends

    def text(self) -> str:
        return "".join(self.chars)

    def last(self) -> str:
        return self.chars[-1] if self.chars else ""

    def strip(self) -> tuple[bool, bool]:
        """Drop leading and trailing spaces; say whether there were any."""
        lead = trail = False
        while self.chars and self.chars[-1] == " ":
            self.chars.pop(); self.starts.pop(); self.ends.pop()
            trail = True
        k = 0
        while k < len(self.chars) and self.chars[k] == " ":
            k += 1
        if k:
            lead = True
            del self.chars[:k], self.starts[:k], self.ends[:k]
        return lead, trail


# an exponent or subscript that needs no parentheses ("24", "-11", "3+", "RMS"); a fraction's part
_SIMPLE = re.compile(r"[+\-−]?[\w.′]+[+\-−]?")
_SIMPLE_PART = re.compile(r"[\w.′]+(?:\^[+\-−]?[\w.]+)?|\((?:[^()]*)\)")


class _Reader:
    def __init__(self, src: str) -> None:
        self.s = src
        self.n = len(src)
        self.regions: list[tuple[int, int]] = []

    # -- one region ----------------------------------------------------------------------------
    def run(self, i: int, math: bool, close: str | None, depth: int) -> tuple[_Out, int]:
        """Read from ``i`` up to ``close`` (a closing delimiter, "}" for a group, None for the end);
        return the output and the index after the closing delimiter."""
        s, n, out = self.s, self.n, _Out(self.n)
        while i < n:
            if close is not None and s.startswith(close, i):
                return out, i + len(close)
            ch = s[i]
            if not math and close is None:
                opened = self._math_open(i)
                if opened:
                    i = self._math(out, i, opened, depth)
                    continue
            if ch == "\\":
                i = self._command(out, i, math, depth)
                continue
            if ch in "^_" and i + 1 < n and (math or s[i + 1] == "{"):
                i = self._script(out, i, math, depth)
                continue
            if math and (s.startswith("{eq}", i) or s.startswith("{/eq}", i)):
                i += 4 if s[i + 1] == "e" else 5  # a stray marker inside a region
                continue
            if math and ch == "{" and depth < _MAX_DEPTH:
                inner, j = self.run(i + 1, math, "}", depth + 1)
                out.extend(inner)
                i = j
                continue
            if math and ch == "}":
                i += 1  # a stray closing brace of a group opened before the region
                continue
            if math and ch in " \t\r\n~&":
                j = i
                while j < n and s[j] in " \t\r\n~&":
                    j += 1
                if out.last() != " ":
                    out.emit(" ", i, j)
                i = j
                continue
            out.copy(s, i, i + 1)
            i += 1
        return out, n

    def _math_open(self, i: int) -> tuple[str, str] | None:
        s = self.s
        for o, c in _OPEN:
            if s.startswith(o, i):
                k = s.find(c, i + len(o))
                if o == "$" and not _dollar_math(s, i, k):
                    continue  # "$5 and $10" is money, not math
                if k < 0:
                    # an unclosed {eq} still opens math: WebInstruct texts are sometimes cut
                    if o != "{eq}":
                        continue
                return o, c
        return None

    def _math(self, out: _Out, i: int, oc: tuple[str, str], depth: int) -> int:
        o, c = oc
        inner, j = self.run(i + len(o), True, c, depth + 1)
        lead, trail = inner.strip()
        if lead and out.last() not in ("", " ", "\n", "\t", "(") and inner.chars:
            out.emit(" ", i, i + len(o))
        a = len(out.chars)
        out.extend(inner)
        if inner.chars and depth == 0:
            self.regions.append((a, len(out.chars)))
        nxt = self.s[j] if j < self.n else ""
        if trail and inner.chars and nxt and not nxt.isspace() and nxt not in ".,;:!?)]":
            out.emit(" ", j - len(c), j)
        return j

    def _group(self, i: int, math: bool, depth: int) -> tuple[_Out, int]:
        """One argument: a braced group, or a single character/command."""
        s, n = self.s, self.n
        while i < n and s[i] == " ":
            i += 1
        if i < n and s[i] == "{" and depth < _MAX_DEPTH:
            return self.run(i + 1, True, "}", depth + 1)
        out = _Out(self.n)
        if i < n and s[i] == "\\":
            j = self._command(out, i, True, depth)
            return out, j
        if i < n:
            out.copy(s, i, i + 1)
            return out, i + 1
        return out, i

    def _script(self, out: _Out, i: int, math: bool, depth: int) -> int:
        mark = self.s[i]
        arg, j = self._group(i + 1, math, depth + 1)
        arg.strip()
        t = arg.text()
        if t == "°":
            out.extend(arg)  # ^\circ, ^{\circ}: a degree sign
            return j
        if not t:
            return j
        if mark == "_":
            if re.fullmatch(r"\d+", t) or out.last() == "":
                out.extend(arg)  # R_1 → R1
            else:
                out.emit("_", i, i + 1)
                out.extend(arg)
            return j
        if _SIMPLE.fullmatch(t):
            out.emit("^", i, i + 1)
            out.extend(arg)
        else:
            out.emit("^(", i, i + 1)
            out.extend(arg)
            out.emit(")", j - 1, j)
        return j

    def _command(self, out: _Out, i: int, math: bool, depth: int) -> int:
        s, n = self.s, self.n
        if i + 1 >= n:
            out.copy(s, i, i + 1)
            return i + 1
        nxt = s[i + 1]
        if not nxt.isalpha():
            if nxt in "()[]" and not math and close_ok(s, i):
                return self._math(out, i, ("\\" + nxt, "\\" + {"(": ")", "[": "]"}[nxt]), depth) \
                    if nxt in "([" else i + 2
            if nxt in _SPACES:
                sp = _SPACES[nxt]
                if sp and out.last() != " ":
                    out.emit(sp, i, i + 2)
                return i + 2
            if nxt in _SYMBOLS:
                out.emit(_SYMBOLS[nxt], i, i + 2)
                return i + 2
            out.copy(s, i + 1, i + 2)  # "\|", "\)" outside math: keep the character
            return i + 2
        j = i + 1
        while j < n and s[j].isalpha():
            j += 1
        name = s[i + 1:j]
        if not math and i > 0 and s[i - 1].isalnum() and name[:1].isupper() and name not in GREEK \
                and name not in _SYMBOLS:
            out.emit("∖", i, i + 1)   # "A\B" between two names: the set difference A ∖ B (Rosen §2.2)
            return i + 1
        if depth > _MAX_DEPTH:
            out.copy(s, i, j)  # "\frac\frac\frac…": past this depth the commands stay as written
            return j
        # TeX skips spaces after a control word
        k = j
        while k < n and s[k] in " \t":
            k += 1
        if name in ("frac", "dfrac", "tfrac", "cfrac"):
            a, j2 = self._group(j, True, depth + 1)
            b, j3 = self._group(j2, True, depth + 1)
            a.strip(); b.strip()
            if not a.chars and not b.chars:
                return j3
            for part, (p0, p1), last in ((a, (i, j2), False), (b, (j2, j3), True)):
                simple = bool(_SIMPLE_PART.fullmatch(part.text()))
                if not simple:
                    out.emit("(", p0, p0 + 1)
                out.extend(part)
                if not simple:
                    out.emit(")", p1 - 1, p1)
                if not last:
                    out.emit("/", j2 - 1, j2)
            return j3
        if name == "sqrt":
            if k < n and s[k] == "[":
                e = s.find("]", k)
                k = e + 1 if e > 0 else k
            a, j2 = self._group(k, True, depth + 1)
            a.strip()
            out.emit("√", i, j)
            if _SIMPLE_PART.fullmatch(a.text()):
                out.extend(a)
            else:
                out.emit("(", j, j + 1)
                out.extend(a)
                out.emit(")", j2 - 1, j2)
            return j2
        if name in ("begin", "end"):
            if k < n and s[k] == "{":
                e = s.find("}", k)
                return e + 1 if e > 0 else k
            return k
        if name in _TEXT_ARG:
            if k < n and s[k] == "{":
                a, j2 = self.run(k + 1, name not in ("text", "textrm", "mbox", "hbox", "textit", "textbf",
                                                     "textnormal"), "}", depth + 1)
                if name == "mathring" and a.text() == "A":
                    out.emit("Å", i, j2)
                else:
                    out.extend(a)
                return j2
            return k
        if name in _STYLE:
            return k
        if name == "mu" and k < n and re.match(r"[A-Za-z]", s[k]) and (math or k == j):
            out.emit("µ", i, j)  # \mu F, \mu m: the micro prefix (U+00B5), joined to its unit
            return k
        # in math, TeX joins "\Delta x" into Δx; before a non-letter the space stays readable ("λ = 5")
        joined = k if math and k < n and s[k].isalpha() else j
        if name in GREEK:
            out.emit(GREEK[name], i, j)
            return joined
        if name in _SYMBOLS:
            out.emit(_SYMBOLS[name], i, j)
            return joined if name not in ("times", "cdot") else j
        # \sin, \log, \ohm …: the name itself, as a word
        out.emit({"ohm": "Ω", "micro": "µ", "celsius": "°C", "angstrom": "Å"}.get(name, name), i, j)
        return j


def _dollar_math(s: str, i: int, k: int) -> bool:
    """Pandoc's rule: "$" opens math when a non-space follows it and a closing "$" comes that has a
    non-space before it and no digit after it ("$5 and $10" is money)."""
    if k < 0 or i + 1 >= len(s) or s[i + 1].isspace() or s[k - 1].isspace():
        return False
    return not (k + 1 < len(s) and s[k + 1].isdigit())


def close_ok(s: str, i: int) -> bool:
    """``\\(`` / ``\\[`` opens math only when its closing partner follows."""
    c = {"(": "\\)", "[": "\\]"}[s[i + 1]] if s[i + 1] in "([" else None
    return c is None or s.find(c, i + 2) >= 0


def normalize(text: str) -> Normalized:
    """``text`` as plain notation, with every character mapped back to its span of ``text``.

    Never raises on a string; a ``TypeError`` names any other argument."""
    if not isinstance(text, str):
        raise TypeError(f"normalize needs a str, got {type(text).__name__}")
    if not any(c in text for c in "\\{$^_"):
        norm = Normalized(text, text, tuple(range(len(text))), tuple(range(1, len(text) + 1)))
    else:
        reader = _Reader(text)
        out, _ = reader.run(0, False, None, 0)
        # a region nested in another (\(…\) inside {eq}) is inside its parent's span already
        regions = tuple(sorted(set(reader.regions)))
        norm = Normalized(text, out.text(), tuple(out.starts), tuple(out.ends), regions)
    return _statements(norm)


# Notation that states a relation between two named things, said in words the sciences read:
# "A ∩ B = ∅" (their intersection is empty) is "A disjoint from B"; "A ∩ B ≠ ∅" is "A intersects B".
_NAME = r"[A-Za-z][A-Za-z0-9_]{0,15}"
_STATEMENTS = (
    # (not the last two names of a longer intersection "A ∩ B ∩ C = ∅", which says something else)
    (re.compile(rf"(?<!∩)(?<!∩\s)\b({_NAME})\s*∩\s*({_NAME})\s*=\s*(?:∅|\{{\s*\}}|Ø|the empty set)"),
     r"\1 disjoint from \2"),
    (re.compile(rf"(?<!∩)(?<!∩\s)\b({_NAME})\s*∩\s*({_NAME})\s*(?:≠|!=)\s*(?:∅|\{{\s*\}}|Ø|the empty set)"),
     r"\1 intersects \2"),
)


# Written shorthand for words the sciences read: "w/" (with), "w/o" (without), "ea." (each: "6 V across ea.
# resistor", a lab notebook's and a price list's abbreviation; left unread, the drops were dropped and an impossible
# circuit drawn).
_SHORTHAND = (
    (re.compile(r"(?<![\w/])w/o(?![\w/])", re.IGNORECASE), "without"),
    (re.compile(r"(?<![\w/])w/(?=\s)", re.IGNORECASE), "with"),
)
_EACH = re.compile(r"(?<![\w.])ea\.(?=\s+[a-z])", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _shorthand() -> tuple[re.Pattern, dict[str, list[dict]]]:
    """The shorthand of ``grammars/common/shorthand.yaml``: one pattern for every form, and each form's entries."""
    from ..resources import load_yaml
    table: dict[str, list[dict]] = {}
    for e in load_yaml("grammars", "common/shorthand.yaml")["shorthand"]:
        table.setdefault(e["abbr"].lower(), []).append(e)
    forms = sorted(table, key=len, reverse=True)
    return re.compile(r"(?i)(?<![\w./-])(?:" + "|".join(
        re.escape(f) + (r"(?=[\s,;:)]|$)" if f.endswith(".") else r"(?![\w.'’/-])") for f in forms) + ")"), table


def _shorthand_word(text: str, m: re.Match, table: dict[str, list[dict]]) -> tuple[int, int, str] | None:
    """The edit reading one shorthand ``m`` as its word, or None where the words after it say it is not that."""
    for e in table[m.group().lower()]:
        if e.get("case") and m.group() != e["abbr"]:
            continue
        if e.get("then") and not re.match(e["then"], text[m.end():]):
            continue
        word = e["word"]
        count = re.search(r"(?i)(?:^|[\s(])(\d+|two|three|four|five|six|seven|eight|nine|ten)\s*(?:x\s*)?$", text[:m.start()])
        if e.get("plural") and count and count.group(1).lower() not in ("1", "one"):
            word = e["plural"]
        return m.start(), m.end(), word
    return None


# a total written as a subscripted symbol: "R_total = 300 Ω", "R_eq = 50 Ω", "R_T: 1.2 kΩ", "C_tot = 3 µF" — the
# circuit's equivalent resistance (capacitance), which the circuits grammar reads in words ("the total resistance is
# 300 Ω") and checks against the parts (series: the sum; parallel: the reciprocal sum — Horowitz & Hill, The Art of
# Electronics, 3rd ed., §1.2)
_TOTAL = re.compile(r"(?<![\w])(?P<q>R|C)\s*_\s*\{?\s*(?:total|tot|eq|equiv|equivalent|T|eff)\s*\}?\s*(?:=|:|is)\s*(?=\d)")


def total_symbols(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "the total resistance is ")`` for each total written as a subscripted symbol."""
    return [(m.start(), m.end(), "the total " + ("resistance" if m.group("q") == "R" else "capacitance") + " is ")
            for m in _TOTAL.finditer(text)]


# A fraction word joined to a unit as one compound modifier: "a half-year orbit", "a quarter-hour walk", "a half hour",
# "a half-inch bolt" — half (a quarter) of one unit, read as the number it is ("a 0.5-year orbit"); the readers
# know "half a year", and the compound was a quantity nesy could not read. Only before a unit word of time or
# length: "half-life", "half-wave", "half-moon" stay words, and "third" is left alone ("a third-year student")
_FRACTION_COMPOUND = re.compile(r"(?i)(?<![\w-])(?P<f>half|quarter)"
                                r"(?:(?=-)|(?<=\ba half)(?= )|(?<=\ba quarter)(?= ))(?=[- ](?:year|month|week|day|hour|"
                                r"minute|second|decade|century|millennium|inch|foot|mile|metre|meter|kilometre|"
                                r"kilometer|yard)s?(?![\w-]))")
_FRACTION_DIGITS = {"half": "0.5", "quarter": "0.25"}


# The diameter sign before a length ("circle ⌀ 10 cm", "∅ 8 mm", "Ø 2.5 in"; ISO 129-1 / DIN 406 write it
# ⌀, typed as ∅ or Ø): "diameter". Before no length it stays (the empty set "A ∩ B = ∅").
_DIAMETER = re.compile(r"[⌀∅Øø]\s*(?=\d[\d.,]*\s*(?:mm|cm|dm|m|km|in|inch(?:es)?|ft|µm|um|nm)(?![\w]))")


# A caption's own label at the start of the text or of a sentence: "Figure 6:", "Fig. 3 —", "FIGURE 2b.",
# "Figure S1 |". Its number numbers the figure, not a thing in it: read as the figure word alone
# ("Figure 6: a micrograph of 30 nuclei" must not count 6 of anything).
_CAPTION = re.compile(r"(?:^|(?<=[.!?;]\s)|(?<=\n))\s*((?:Figure|FIGURE|figure|Fig|FIG|fig)\.?\s*"
                      r"S?\d{1,3}[A-Za-z]?(?:\s*\([A-Za-z]\))?)(?=\s*[:.|\-–—)])")


# A number that numbers a part of the document or course around the figure ("Year 9", "Grade 7", "Lesson
# 4", "Problem 2.3", "Question 5b", "Chapter 12"), or a dye's catalogue name ("Hoechst 33342", "Alexa Fluor
# 488", "DyLight 650", "ATTO 647N"): it counts nothing in the figure. A course label is read as the figure
# word, as a caption's is; a dye keeps its name. Not before a unit ("a table 2 m long").
_LABELS = ("year|grade|form|lesson|unit|chapter|section|module|week|lecture|exercise|problem|question|"
           "worksheet|quiz|assignment|homework|lab|task|slide|page")
_LABEL_NUMBER = re.compile(r"(?i)\b(?:" + _LABELS + r")\s+\d{1,3}(?:\.\d{1,2})?[a-z]?(?:\([a-z]\)|\b)(?![ \t]*(?:%|°|[kcmµun]?(?:m|g|s|V|A|Ω|N|W|J|Hz)"
                           r"|AU|in|ft|ohms?|volts?|amps?|kΩ|Å)\b)")
_DYE_NUMBER = re.compile(r"\b(Hoechst|Alexa(?:\s+Fluor)?|DyLight|ATTO|Atto|Janelia\s+Fluor|CF|SYTO)\s*(\d{2,5}[A-Z]?)\b")


def _labels(norm: Normalized) -> Normalized:
    """``norm`` with course and document labels (``_LABEL_NUMBER``) read as the figure word and dye
    catalogue numbers (``_DYE_NUMBER``) folded into the dye's name."""
    edits = [(m.start(), m.end(), "Figure") for m in _LABEL_NUMBER.finditer(norm.text)]
    taken = [(a, b) for a, b, _ in edits]
    edits += [(m.start(), m.end(), m.group(1)) for m in _DYE_NUMBER.finditer(norm.text)
              if not any(a < m.end() and m.start() < b for a, b in taken)]
    return replace_spans(norm, edits)


# HTML pasted from a web page or a learning platform: character references ("5.64 &Aring;", "10&nbsp;&Omega;",
# "&minus;3", "&#8745;") are the characters they name (HTML Living Standard §13.5, named character references);
# inline tags are markup around the text ("R<sub>1</sub>" is R1, "10<sup>8</sup>" is 10^8, "<br>" a line break)
_HTML_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HTML_SUP = re.compile(r"(?i)<sup\s*>\s*(?P<x>[-+−]?[0-9]{1,3}|&minus;[0-9]{1,3})\s*</sup\s*>")
_HTML_TAG = re.compile(r"(?i)<(?P<close>/)?(?P<tag>sup|sub|b|i|em|strong|u|span|small|big|font|code|mark|br|p|div|li|ul|ol)"
                       r"(?:\s+[^<>]{0,200})?\s*/?>")


def _html(norm: Normalized) -> Normalized:
    """``norm`` with HTML character references and inline tags read (``_HTML_REF``, ``_HTML_TAG``)."""
    import html
    t = norm.text
    edits = [(m.start(), m.end(), "^" + html.unescape(m.group("x"))) for m in _HTML_SUP.finditer(t)]
    taken = [(a, b) for a, b, _ in edits]

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)
    for m in _HTML_TAG.finditer(t):
        if free(m.start(), m.end()):
            block = m.group("tag").lower() in ("br", "p", "div", "li", "ul", "ol")
            edits.append((m.start(), m.end(), "\n" if block and (m.group("close") or m.group("tag").lower() == "br")
                          else ""))
    for m in _HTML_REF.finditer(t):
        if free(m.start(), m.end()):
            ch = html.unescape(m.group(0))
            if ch != m.group(0):
                edits.append((m.start(), m.end(), ch.replace("\xa0", " ").replace("\u2009", " ")))
    return replace_spans(norm, edits)


def _statements(norm: Normalized) -> Normalized:
    """``norm`` with HTML read (``_html``), a caption's label (``_CAPTION``), the set-notation statements of
    ``_STATEMENTS`` and the shorthand of ``_SHORTHAND`` rewritten in words; each rewritten character maps to the
    whole original phrase."""
    if "&" in norm.text or "<" in norm.text:
        norm = _html(norm)
    if "fig" in norm.text.lower():
        norm = replace_spans(norm, [(m.start(1), m.end(1), "Figure") for m in _CAPTION.finditer(norm.text)])
    if re.search(r"\d", norm.text):
        norm = _labels(norm)
    if any(c in norm.text for c in "⌀∅Øø"):
        norm = replace_spans(norm, [(m.start(), m.end(), "diameter ") for m in _DIAMETER.finditer(norm.text)])
    if "half" in norm.text.lower() or "quarter" in norm.text.lower():
        norm = replace_spans(norm, [(m.start("f"), m.end("f"), _FRACTION_DIGITS[m.group("f").lower()])
                                    for m in _FRACTION_COMPOUND.finditer(norm.text)])
    if "w/" in norm.text.lower():
        for rx, repl in _SHORTHAND:
            norm = replace_spans(norm, [(m.start(), m.end(), repl) for m in rx.finditer(norm.text)])
    if "ea." in norm.text.lower():
        norm = replace_spans(norm, [(m.start(), m.end(), "each") for m in _EACH.finditer(norm.text)])
    if "_" in norm.text:
        # "R_total = 300 Ω": the total resistance, in words (before a key = value reader takes it for a count)
        norm = replace_spans(norm, total_symbols(norm.text))
    rx, table = _shorthand()
    if rx.search(norm.text):
        norm = replace_spans(norm, [e for m in rx.finditer(norm.text) for e in [_shorthand_word(norm.text, m, table)] if e])
    if "∩" not in norm.text:
        return norm
    # "B ∩ C ≠ ∅ and A ∩ C = ∅": a statement is complete at its ∅, so the "and" after it opens the next one
    # (in words, "B intersects C and A disjoint from C" made "C and A" one list: B overlapped A)
    norm = replace_spans(norm, [(m.start(1), m.end(1), ";") for m in _AND_NEXT.finditer(norm.text)])
    for rx, repl in _STATEMENTS:
        norm = replace_spans(norm, [(m.start(), m.end(), m.expand(repl)) for m in rx.finditer(norm.text)])
    return norm


_AND_NEXT = re.compile(rf"(?:=|≠|!=)\s*(?:∅|\{{\s*\}}|Ø|the empty set)(\s*,?\s+and)(?=\s+{_NAME}\s*(?:∩|∪|⊆|⊂|⊇|⊃|∈|∉|=)"
                       rf"|\s+{_NAME}(?:\s*,\s*{_NAME})*\s+and\s+{_NAME}\s+(?:are\s+|both\s+|also\s+)*"
                       rf"(?:overlap|intersect|meet|share|disjoint|nested|subsets?)\b)")


def replace_spans(norm: Normalized, edits: list[tuple[int, int, str]]) -> Normalized:
    """``norm`` with ``norm.text[a:b]`` replaced by ``new`` for each ``(a, b, new)`` (disjoint, any order);
    every character of a replacement maps to the original span of what it replaces."""
    if not edits:
        return norm
    text = norm.text
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for a, b, new in sorted(edits):
        out.append(text[at:a])
        starts += norm.src_start[at:a]
        ends += norm.src_end[at:a]
        sa, sb = norm.src_start[a], norm.src_end[b - 1]
        out.append(new)
        starts += [sa] * len(new)
        ends += [sb] * len(new)
        at = b
    out.append(text[at:])
    starts += norm.src_start[at:]
    ends += norm.src_end[at:]
    return Normalized(norm.original, "".join(out), tuple(starts), tuple(ends), norm.math)
