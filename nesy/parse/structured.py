"""The scaffolding of real documents, read as what it is: chat transcripts, enumeration labels, Markdown
tables, JSON and ``key: value`` specifications.

Requests arrive inside documents: a chat log ("[10:42] maria: can someone make a venn …\\n[10:43] tom: 👍"),
a lab sheet ("Experiment 7, step 2: sketch …", "Quiz 6 answer key, Q3: …", "(Aim 2)"), a table
("| organelle | count |\\n|---|---|\\n| nucleus | 1 |"), a JSON object ('{"type": "animal cell", "nucleus": 1}',
'{"states": […], "delta": {"q0": {"0": "q1"}}}') or a block of ``key: value`` lines ("a: 3.97 Å\\nview:
conventional cell"). Timestamps, speaker names, emoji, acknowledgements ("yes exactly"), label numbers,
header and rule rows, braces and quotes carry nothing a figure shows; read as content they count nothing
("the number '6' counts nothing") or stop a science ("lists members in braces").

``read_scaffolding`` recognises such a document with the json module or a strict line reader (never by
guessing at one line), blanks the scaffolding and rewrites rows and members into the plain statements the
sciences read — "<n> <key>" for a count, the value of a "type"/"kind" key as the main noun, "<key> = <value>"
for a symbol, "<value> <key>" for a description ("Poisson noise"), "<state> goes to <target> on <symbol>" for
an automaton's table. Every character written keeps a map back to the user's text (``Normalized``), so what
a science reports points at the cell or member it came from.

Hands on: the rewritten ``Normalized`` and a ``Scaffolding``: the blanked spans (recorded by the pipeline as
ignored, with why, among ``no_content``) and the rows or members it could not read (``not_drawn``, with
their position): a row that carries content is never dropped.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Union

from ..types import NotDrawn
from .markup import Normalized

__all__ = ["Scaffolding", "read_scaffolding", "state_table"]

CHAT = "a chat transcript's timestamp and speaker"
ACK = "an acknowledgement in a chat"
EMOJI = "an emoji"
LABEL = "a label that numbers a part of the document, not a quantity"
TABLE = "a table's header or rule row"


@dataclass(frozen=True)
class Scaffolding:
    """What ``read_scaffolding`` blanked (``no_content``) and could not read (``not_drawn``), in the
    user's text."""
    no_content: tuple[NotDrawn, ...] = ()
    not_drawn: tuple[NotDrawn, ...] = ()

    def merged(self, other: "Scaffolding") -> "Scaffolding":
        """Both readers' records together, in the user's text."""
        if not (self.no_content or self.not_drawn):
            return other
        key = lambda n: (n.start, n.end)  # noqa: E731
        return Scaffolding(tuple(sorted(set(self.no_content + other.no_content), key=key)),
                           tuple(sorted(set(self.not_drawn + other.not_drawn), key=key)))

    def add_to(self, scene: Any) -> Any:
        """``scene`` (in the user's text) with the blanked spans among its ignored spans."""
        if not self.no_content:
            return scene
        from dataclasses import replace
        from ..types import Span
        ignored = {(s.start, s.end): s for s in scene.ignored}
        ignored.update({(n.start, n.end): Span(n.start, n.end, n.text) for n in self.no_content})
        return replace(scene, ignored=tuple(ignored[k] for k in sorted(ignored)))


# a piece of rewritten text: a literal (mapped to the whole edit's span) or a span of the current text, copied
Piece = Union[str, tuple[int, int]]


def _rewrite(norm: Normalized, edits: list[tuple[int, int, list[Piece]]]) -> Normalized:
    """``norm`` with ``text[a:b]`` replaced by its pieces for each disjoint ``(a, b, pieces)``; a copied
    span keeps its own map back to the original, a literal maps to the nearest copied span or the edit's."""
    text, out, starts, ends, at = norm.text, [], [], [], 0
    for a, b, pieces in sorted(edits, key=lambda e: (e[0], e[1])):
        out.append(text[at:a]); starts += norm.src_start[at:a]; ends += norm.src_end[at:a]
        sa, sb = norm.src_start[a], norm.src_end[max(a, b - 1)]
        copied = [p for p in pieces if not isinstance(p, str)]
        # reordered ("| ribosomes | 7 |" → "7 ribosomes"): every character stands for the whole row, so that
        # any span of the statement maps back to a span of the user's text (``Normalized.span`` reads the
        # first and the last character)
        whole = any(q[0] < p[1] for p, q in zip(copied, copied[1:]))
        for p in pieces:
            if isinstance(p, str) or whole:
                n = len(p) if isinstance(p, str) else p[1] - p[0]
                out.append(p if isinstance(p, str) else text[p[0]:p[1]]); starts += [sa] * n; ends += [sb] * n
            else:
                out.append(text[p[0]:p[1]]); starts += norm.src_start[p[0]:p[1]]; ends += norm.src_end[p[0]:p[1]]
        at = b
    out.append(text[at:]); starts += norm.src_start[at:]; ends += norm.src_end[at:]
    return Normalized(norm.original, "".join(out), tuple(starts), tuple(ends), norm.math)


def _record(norm: Normalized, a: int, b: int, why: str) -> NotDrawn:
    s, e = norm.span(a, b)
    return NotDrawn(s, e, norm.original[s:e], why)


# ------------------------------------------------------------------------------------------- pairs
# keys whose value names the thing itself ("type": "animal cell", "compound: thallium(I) bromide")
_NAME_KEYS = frozenset({"type", "kind", "name", "object", "compound", "material", "substance", "element",
                        "structure", "structure type", "system", "shape", "organism", "cell", "cell type",
                        "specimen", "sample", "mineral", "molecule", "diagram", "figure", "subject", "circuit",
                        "component", "thing", "item", "entity", "crystal", "lattice", "body",
                        # what to draw of it ("output: ray diagram", "view: conventional cell, ball-and-stick")
                        "output", "view", "format", "style", "display", "plot", "render", "show", "draw",
                        # the body a system is built around ("star: Sun", "planet: Saturn" above its moons)
                        "star", "central star", "host star", "planet", "central body", "primary", "parent body"})
# keys whose value says the thing's state in words of its own ("state": "at rest", "motion: constant velocity")
_STATE_KEYS = frozenset({"state", "status", "condition", "motion", "situation", "observation", "observations",
                         "result", "outcome",
                         # and how the parts are joined, in the words of a sentence ("topology: R1 in series with
                         # (R2 || R3)", "arrangement: A inside B")
                         "topology", "arrangement", "configuration", "connection", "connections", "wiring",
                         "relation", "relations", "relationship", "relationships", "layout"})
# a table's value column under one of these headers names no property of its own ("| parameter | value |")
_VALUE_HEADERS = frozenset({"value", "values", "setting", "settings", "", "val", "spec", "specification",
                            "details", "detail", "description", "entry"})
# keys that name a quantity: a bare number stays after its key ("radius 3"), never a count of it
_QUANTITY_KEYS = frozenset({"mass", "length", "width", "height", "depth", "radius", "diameter", "angle", "speed",
                            "velocity", "acceleration", "force", "weight", "voltage", "current", "resistance",
                            "capacitance", "inductance", "temperature", "time", "distance", "focal length",
                            "wavelength", "size", "sigma", "lattice constant", "lattice parameter", "period",
                            "frequency", "magnification", "power", "energy", "charge", "emf", "area", "volume",
                            "density", "pressure", "tension", "friction", "coefficient", "incline", "slope",
                            "image size", "width px", "height px", "resolution", "scale", "zoom", "seed",
                            "object distance", "image distance", "radius of curvature", "brightness",
                            "contrast", "intensity", "snr", "exposure"})
_COUNT_HEADERS = frozenset({"count", "counts", "number", "no.", "n", "#", "quantity", "qty", "amount", "copies",
                            "how many", "total"})
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)")
_BRACES = re.compile(r"\{[^{}\n]*\}")          # a set's members in braces: "{a, b, c}", "{}"
_PRODUCT = re.compile(r"\d{1,3}\s*[x×*]\s*\d{1,3}")  # a grid's rows × columns: "4 x 6"
_QUANTITY = re.compile(r"[-+−]?(?:\d+(?:[.,]\d*)?|\.\d+)(?:\s*(?:×|x)\s*10\^?[-−]?\d+)?\s*\S.*")
_SYMBOL = re.compile(r"[A-Za-z](?:[A-Za-z]?\d{0,2}|_\w{1,3})")
_WORDS = frozenset({"do", "di", "on", "in", "at", "to", "of", "is", "as", "an", "be", "by", "if", "or", "it",
                    "id", "no", "up"})


def _key_words(key: str) -> str:
    """"radius_of_curvature_cm" → "radius of curvature cm", "focalLength" → "focal Length": a code key's words."""
    return re.sub(r"[_\s]+", " ", re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", key)).strip()


def _compound(key: str) -> bool:
    """A key written as one code identifier (snake_case or camelCase), read by its words, not as it stands."""
    return "_" in key or bool(re.search(r"[a-z][A-Z][a-z]", key))


def _is_symbol(key: str) -> bool:
    return bool(_SYMBOL.fullmatch(key)) and key.lower() not in _WORDS


# Greek letters spelled out in a key ("mu_k", "theta_i"): what follows the underscore is the symbol's subscript
_GREEK = frozenset({"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
                    "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega"})


def _unit_key(key: str) -> tuple[str, str] | None:
    """"a_au" → ("a", "au"), "mass_kg" → ("mass", "kg"), "focal_length_cm" → ("focal length", "cm"): a key whose
    last part, after an underscore, is a unit the shared quantity reader (pint) knows; None otherwise. The unit goes
    with the value ("a = 5.20 au", "mass 5 kg"), as a table header's bracketed unit does."""
    if "_" not in key:
        return None
    name, _, unit = key.strip().rpartition("_")
    if not name or not re.fullmatch(r"[A-Za-zΩµμ°]{1,6}", unit) or unit.lower() in ("n", "no", "num", "id", "x", "y"):
        return None
    if len(unit) == 1 and (len(name) == 1 or name.lower() in _GREEK):
        return None   # a subscript, not a unit: "mu_s" is the static friction coefficient μs, "v_s" a named speed
    from .quantities import find_quantities
    q = find_quantities(f"1 {unit}")
    if not q or q[0].span != (0, len(unit) + 2) or \
            (q[0].dimensionality == "dimensionless" and unit.lower() not in ("deg", "degree", "degrees", "rad")):
        return None
    return _key_words(name), unit


def _count_key(key: str) -> str | None:
    """"num_nuclei", "number of nuclei", "nuclei count", "n nuclei" → "nuclei"; None when ``key`` names no count."""
    k = _key_words(key).lower()
    m = re.fullmatch(r"(?:num|number of|number|no of|n|count of|count|#)\s+(.+)", k) or \
        re.fullmatch(r"(.+?)\s+(?:count|number|num|total)", k)
    return m.group(1) if m else None


def _pair(key: tuple[int, int], val: tuple[int, int], text: str, count: bool = False) -> list[Piece] | None:
    """The statement for one member ``key: value`` (spans of ``text``), or None when it cannot be read."""
    k, v = text[key[0]:key[1]].strip(), text[val[0]:val[1]].strip()
    if not k or not v:
        return None
    kw = _key_words(k).lower()
    if _IDENT_VALUE.fullmatch(v):    # "type = ray_diagram": a code value's words
        v = v.replace("_", " ")
        val = v       # type: ignore[assignment]  (a written piece, not a span)
    if _BRACES.fullmatch(v) and _is_symbol(k) and not count:
        return [key, " = ", val]    # "X: {a, b, c}": a set listed by its members, as "X = {a, b, c}"
    if _PRODUCT.fullmatch(v) and not count and _count_key(k) is not None:
        # "n_nuclei": "4 x 6": a count given as the product of a grid's rows and columns
        n = 1
        for x in re.findall(r"\d+", v):
            n *= int(x)
        return [str(n) + " " + _count_key(k)]
    if _NUMBER.fullmatch(v):
        uk = _unit_key(k) if not count else None
        if uk is not None:   # "a_au": 5.20 → "a = 5.20 au"; "mass_kg": 5 → "mass 5 kg"
            return [uk[0] + (" = " if _is_symbol(uk[0]) else " "), val, " " + uk[1]]
        if _is_symbol(k) and not count:
            return [key, " = ", val]
        noun = _count_key(k)
        if noun is not None:
            return [val, " " + noun]
        if kw in _QUANTITY_KEYS and not count:
            return [key, " ", val]
        return [val, " ", key] if not _compound(k) else [val, " " + kw]
    if count:
        return None  # a count column holding no number
    low = v.lower()
    if low in ("true", "yes", "y"):
        return [key] if not _compound(k) else [kw]
    if low in ("false", "no", "n", "none"):
        return ["no ", key] if not _compound(k) else ["no " + kw]
    head = re.fullmatch(r"([a-z]+)\s+(?:type|kind)", kw)
    if head:   # "cell_type": "animal" → "animal cell": the value is the kind, the key's first word the noun
        return [val] if re.search(rf"(?i)\b{re.escape(head.group(1))}", v) else [val, " " + head.group(1)]
    if kw in _NAME_KEYS:
        return [val]
    if kw in _STATE_KEYS:
        return [val]   # "state": "at rest" → "at rest"
    if _QUANTITY.fullmatch(v) and re.match(r"[-+−]?[\d.]", v):
        return [key, " = ", val] if _is_symbol(k) else ([key, " ", val] if not _compound(k) else [kw + " ", val])
    kp: Piece = key if not _compound(k) else kw
    cut = v.find(", ")
    if cut > 0 and all(len(x.split()) <= 3 and not re.search(r"\d", x) for x in v.split(", ")):
        return [kp, " ", val]  # a list ("vertices: A, B, C, D"): its key first
    if cut > 0:  # "blur: Gaussian, sigma 2 px" → "Gaussian blur sigma 2 px": its kind first, then the rest
        a = val[0] + (len(text[val[0]:val[1]]) - len(text[val[0]:val[1]].lstrip()))
        return [(a, a + cut), " ", kp, " ", (a + cut + 2, val[1])]
    return [val, " ", kp]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t":
        a += 1
    while b > a and text[b - 1] in " \t":
        b -= 1
    return a, b


# ------------------------------------------------------------------------------------------- chat
_CHAT_LINE = re.compile(r"(?m)^[ \t]*(?:\[\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\s*\][ \t]*"
                        r"(?:<[\w .\-']{1,30}>|[@\w][\w.\-']{0,30}(?:[ \t][\w.\-']{1,30})?[ \t]*:)?"
                        r"|\d{1,2}:\d{2}(?::\d{2})?[ \t]+(?:<[\w .\-']{1,30}>|[@\w][\w.\-']{0,30}[ \t]*:))[ \t]*")
_ACK_WORDS = frozenset({"yes", "yeah", "yep", "yup", "ya", "exactly", "ok", "okay", "k", "kk", "sure", "thanks",
                        "thank", "you", "thx", "ty", "cheers", "great", "perfect", "cool", "nice", "agreed",
                        "right", "correct", "lgtm", "+1", "noted", "done", "will", "do", "got", "it", "sounds",
                        "good", "awesome", "np", "haha", "lol", "on", "it", "ack", "roger", "that", "so",
                        "much", "a", "lot", "brilliant", "amazing", "excellent", "alright", "fine", "works",
                        "for", "me", "too", "same", "here", "true", "indeed", "definitely", "absolutely"})
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2705\u2714\u2728\u2764\u2B50\u263A\uFE0F\u200D]+")
_EMOJI_RUN = re.compile(_EMOJI.pattern + "[ \t]*")


def _chat(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """Timestamps and speakers of a chat transcript blanked, messages that only acknowledge blanked, a
    message that ends without punctuation ended with a full stop (the next speaker starts a new statement)."""
    text = norm.text
    lines = list(_CHAT_LINE.finditer(text))
    edits: list = []
    rec: list[NotDrawn] = []
    for i, m in enumerate(lines):
        if m.end() == m.start():
            continue
        edits.append((m.start(), m.end(), []))
        rec.append(_record(norm, *_strip(text, m.start(), m.end()), CHAT))
        eol = text.find("\n", m.end())
        eol = len(text) if eol < 0 else eol
        body_a, body_b = _strip(text, m.end(), eol)
        body = text[body_a:body_b]
        words = re.findall(r"[+\w']+", _EMOJI.sub(" ", body).lower())
        if body and len(words) <= 6 and all(w in _ACK_WORDS for w in words):
            edits.append((body_a, min(len(text), eol + 1), []))  # the whole line
            rec.append(_record(norm, body_a, body_b, ACK))
        elif body and body[-1] not in ".!?;:,)" and i + 1 < len(lines):
            edits.append((body_b - 1, body_b, [(body_b - 1, body_b), "."]))
    return edits, rec


# ------------------------------------------------------------------------------------------- telegrams
TELEGRAM = "a telegram's STOP (a full stop)"
_STOP = re.compile(r"(?<![\w'])[ \t]*STOP(?![\w'])")


def _telegram(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """A telegram ("NEED FIGURE CHLAMYDOMONAS STOP ONE CELL STOP TWO CONTRACTILE VACUOLES STOP"): STOP, written
    at least twice in capitals, ends a sentence. The capitals stay: a science reads its own words in any case,
    and crystal restores formulas from them ("ALPHA SN" is tin, ``crystal_names``)."""
    text = norm.text
    stops = list(_STOP.finditer(text))
    if len(stops) < 2:
        return [], []
    edits, rec = [], []
    for m in stops:
        edits.append((m.start(), m.end(), ["."]))
        rec.append(_record(norm, *_strip(text, m.start(), m.end()), TELEGRAM))
    return edits, rec


# ------------------------------------------------------------------------------------------- dictation
DICTATED = "a dictated punctuation mark (a spoken 'comma', 'full stop')"
# the punctuation a dictation names aloud (the spoken commands of dictation software: "comma", "full stop" /
# "period", "new line"), after the word it follows; "period" only at the text's end or before another mark
# ("an orbital period of 2 years" is a period)
_SPOKEN = re.compile(r"(?i)[ \t]*(?<![\w'])(?P<mark>comma|full[ \t]+stop|semi-?colon|colon|question[ \t]+mark|"
                     r"exclamation[ \t]+(?:mark|point)|new[ \t]+(?:line|paragraph)|period(?=[ \t]*$|[ \t]+(?:new[ \t]+"
                     r"(?:line|paragraph)|full[ \t]+stop)\b))(?![\w'])")
_SPOKEN_AS = {"comma": ",", "full stop": ".", "period": ".", "semicolon": ";", "semi-colon": ";", "colon": ":",
              "question mark": "?", "exclamation mark": "!", "exclamation point": "!", "new line": "\n",
              "new paragraph": "\n\n"}


def _dictation(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """A dictated text ("draw triangle a b c comma right angle at c comma … full stop"): the punctuation it
    names aloud is written as the mark. Only in a text that names at least two marks aloud, in lower case, a
    comma or a full stop among them, and writes fewer marks than it speaks — a text punctuated as written keeps
    its words."""
    text = norm.text
    spoken = [m for m in _SPOKEN.finditer(text) if m.group("mark").islower()]  # "sets Comma and Colon" are names
    said = [re.sub(r"[ \t]+", " ", m.group("mark").lower()) for m in spoken]
    if len(spoken) < 2 or not {"comma", "full stop"} & set(said):
        return [], []
    if len(re.findall(r"[.,;:!?](?=\s|$)", text)) >= len(spoken):
        return [], []
    edits, rec = [], []
    for m, w in zip(spoken, said):
        edits.append((m.start(), m.end(), [_SPOKEN_AS[w]]))
        rec.append(_record(norm, *_strip(text, m.start(), m.end()), DICTATED))
    return edits, rec


# ------------------------------------------------------------------------------------------- contrasts
# "a centrosome next to (not inside) the nucleus", "Q outside (but not around) P": a negated place in brackets
# between a place word and its object says the same thing is not so placed — written out as a clause of its own
# after the object ("next to the nucleus and not inside it"), which every science's relation reader reads
_CONTRAST = re.compile(r"(?<=[A-Za-z])[ \t]*\([ \t]*(?:but[ \t]+)?(?:not|never)[ \t]+(?P<rel>(?!(?:the|a|an|any)\b)[A-Za-z]"
                       r"[A-Za-z \t-]{0,24}?)[ \t]*\)[ \t]*(?P<obj>(?P<det>the|a|an|its|that|this)[ \t]+(?P<noun>[A-Za-z][\w-]*)|it"
                       r"|[A-Z][\w-]*)(?![\w-])")


def _contrasts(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    text = norm.text
    edits = []
    for m in _CONTRAST.finditer(text):
        again = ["the ", m.span("noun")] if m.group("det") else [m.span("obj")]   # the same thing, named again
        edits.append((m.start(), m.end(), [" ", m.span("obj"), " and not ", m.span("rel"), " "] + again))
    return edits, []


# ------------------------------------------------------------------------------------------- light time
# "Sunlight takes roughly 1.32 hours to reach Saturn and about 2.66 hours to reach Uranus": a distance given as the
# time light takes to cover it — the light-hour, c × 1 h (grammars/common/units.yaml, BIPM SI Brochure 9th ed.):
# "Saturn at 1.32 light-hours"
_ABOUT = r"(?:(?:about|roughly|around|approximately|nearly|some|almost|just\s+(?:over|under))\s+)?"
_LIGHT_TIME = re.compile(r"(?i)\b(?:the\s+)?(?:sun)?light(?:\s+from\s+the\s+sun)?\s+takes\s+" + _ABOUT
                         + r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>seconds?|minutes?|hours?|days?|secs?|mins?|hrs?|h)\s+to\s+"
                         r"(?:reach|get\s+to|arrive\s+at|travel\s+to)\s+(?P<body>(?-i:[A-Z][a-z]+))")
_LIGHT_MORE = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _ABOUT + r"(?P<n>\d+(?:\.\d+)?)\s*"
                         r"(?P<u>seconds?|minutes?|hours?|days?|secs?|mins?|hrs?|h)\s+to\s+(?:reach|get\s+to|arrive\s+at)\s+"
                         r"(?P<body>(?-i:[A-Z][a-z]+))")
_LIGHT_UNIT = {"s": "second", "m": "minute", "h": "hour", "d": "day"}


def _light_times(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    text = norm.text
    edits = []
    for m in _LIGHT_TIME.finditer(text):
        clauses = [m]
        at = m.end()
        while True:
            more = _LIGHT_MORE.match(text, at)
            if not more:
                break
            clauses.append(more)
            at = more.end()
        pieces: list[Piece] = []
        for k, c in enumerate(clauses):
            u = _LIGHT_UNIT[c.group("u")[0].lower()]
            pieces += ([", "] if k else []) + [c.span("body"), " at ", c.span("n"), f" light-{u}s"]
        edits.append((m.start(), at, pieces))
    return edits, []


# ------------------------------------------------------------------------------------------- speakers
SPEAKER = "a transcript's speaker tag"
# "Me: …", "Colleague: …", "Student: …", "NARRATOR (warm): …", "A: …" / "B: …", "Q. …" / "A. …": a name (one or
# two capitalised words, or one letter) and a colon — or, for a one-letter tag, a full stop — opening a line
_SPEAKER_LINE = re.compile(r"(?m)^[ \t]*(?P<who>(?-i:[A-Z][\w\-']{1,20}(?:[ \t][A-Z][\w\-']{1,20})?|[A-Z])"
                           r"(?:[ \t]*\([^)\n]{1,24}\))?)(?P<sep>[ \t]*:|(?<=\b[A-Z])\.)[ \t]+(?=\S)")


def _speakers(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """A dialogue without timestamps ("Me: draw two circles …\nColleague: Hang on …\nMe: Right, so …", an
    interview's "Q. … / A. …"): at least three lines open with a speaker's tag, at least two speakers take turns
    and one speaks again, and such lines are most of the text's lines. The tags are blanked (a one-letter tag
    "A:" read as content would be a set or a lattice constant), a line's message ended with a full stop."""
    text = norm.text
    lines = [ln for ln in re.finditer(r"[^\n]+", text) if ln.group().strip()]
    tagged = [m for m in _SPEAKER_LINE.finditer(text)]
    if len(tagged) < 3 or 2 * len(tagged) < len(lines):
        return [], []
    who = [re.sub(r"\s*\(.*\)", "", m.group("who")).lower() for m in tagged]
    turns = sum(1 for a, b in zip(who, who[1:]) if a != b)
    if len(set(who)) < 2 or len(set(who)) == len(who) or turns < len(who) // 2:
        return [], []
    # a block of key: value lines ("AB: 12 cm", "Shape: square") is no dialogue: its keys do not speak twice
    edits, rec = [], []
    for m in tagged:
        edits.append((m.start(), m.end(), []))
        rec.append(_record(norm, *_strip(text, m.start(), m.end()), SPEAKER))
        eol = text.find("\n", m.end())
        eol = len(text) if eol < 0 else eol
        a, b = _strip(text, m.end(), eol)
        if b > a and text[b - 1] not in ".!?;:,)":
            edits.append((b - 1, b, [(b - 1, b), "."]))
    return edits, rec


# ------------------------------------------------------------------------------------------- labels
_LABEL_WORDS = (r"problem[ \t]+set|problem[ \t]+sheet|exercise[ \t]+sheet|step|experiment|expt|aim|objective|"
                r"table|appendix|activity|example|part|item|task|exercise|question|problem|quiz|lab|lesson|section|"
                r"slide|stage|trial|case|reviewer|referee|homework|hw|assignment|worksheet|panel|exhibit|comment|"
                r"remark|note|point|figure|fig|chapter|ch|chap|page|slide|equation|eq|lecture|week|module|"
                r"ticket|issue|goal|deliverable|milestone|scene|episode|entry|card|sheet|test|exam|paper|"
                r"version|rev|draft|option|choice|claim")
# a label also stands before a parenthesis ("Aim 2 (draft wording):") or before a verb of what the labelled
# part does ("Figure 3 will show …", "Fig. 2 shows …"): never a unit, so "a step 2 m high" stays a quantity
_LABEL_VERB = (r"will|shall|should|must|would|could|can|may|might|is|was|has|needs?|shows?|showing|illustrates?|"
               r"depicts?|displays?|presents?|gives?|asks?|says?|reads?|wants?")
_LABEL = re.compile(r"(?i:(\()?(?<![\w\-])(?:" + _LABEL_WORDS + r")\.?[ \t]*)(?:no\.?\s*|#\s*)?\d{1,3}(?:\.\d{1,2})?"
                    r"[a-z]?(?:\([a-z]\))?(?(1)\)|(?=[ \t]*(?:[:,.;)\]]|[ \t][—–-][ \t]|$)"
                    r"|[ \t]+\((?!\s*\d)|(?i:[ \t]+(?:" + _LABEL_VERB + r")\b)))"
                    r"|(?<![\w\-])Q\d{1,3}[a-z]?(?:\([a-z]{1,4}\))?(?=[ \t]*[:.)][ \t]*(?![ \t\d])|[ \t]+[—–-][ \t])",
                    re.MULTILINE)
# an issue tracker's key ("OPT-77", "BIO-412": a project's capitals, a hyphen, the issue number; Atlassian Jira's
# key format) opening a line or after the word for the issue: it names a ticket, its number counts nothing
_TRACKER_KEY = re.compile(r"(?i:\b(?:ticket|issue|story|bug|task|jira)[ \t]*:?[ \t]+)(?P<k>[A-Z]{2,10}-\d{1,6})(?![\w-])[ \t]*:?"
                          r"|^[ \t]*(?P<k2>[A-Z]{2,10}-\d{1,6})(?=[ \t]*(?::|[ \t]{2,}|$)|[ \t]+[—–-][ \t])[ \t]*:?", re.MULTILINE)
# a wiki template ("{{edit request}}", "{{cite book|…}}"; MediaWiki markup): how the page is kept, not content
_WIKI_TEMPLATE = re.compile(r"\{\{[^{}\n]{1,80}\}\}")
WIKI = "a wiki template's markup, not content"
# a list's item number opening a line before a capitalised word ("3. The apparatus of claim 1 …", "2) Draw …")
_ITEM = re.compile(r"(?m)^[ \t]*\d{1,2}[.)](?=[ \t]+[A-Z])")
# a task list's checkbox opening a line ("- [x] buy a card", "* [ ] draw the triangle …"; GitHub-flavoured Markdown)
_CHECKBOX = re.compile(r"(?m)^[ \t]*(?:[-*+][ \t]+)?\[[ xX✓✔]\](?=[ \t]+\S)")
# numbered steps inside a sentence ("Procedure: 1) take …; 2) put …; 3) set …", "1. Let A = {1, 2}. 2. Add B …",
# "(1) place …; (2) add …", "Step 1: … Step 2: …"): each style read only as a run from 1, 2, 3 …
_OPENS = r"(?:(?<=^)|(?<=[:;.!?,(][ \t])|(?<=\n))[ \t]*"
_STEPS = [re.compile(rx, re.MULTILINE) for rx in (
    rf"{_OPENS}(?P<n>\d{{1,2}})\)(?=[ \t]+[A-Za-z])",
    r"(?:(?<=^)|(?<=[:;.!?][ \t])|(?<=\n))[ \t]*(?P<n>\d{1,2})\.(?=[ \t]+[A-Za-z])",
    rf"{_OPENS}\((?P<n>\d{{1,2}})\)(?=[ \t]+[A-Za-z])",
    r"(?:(?<=^)|(?<=[:;.!?,(][ \t])|(?<=\n))[ \t]*(?i:step)[ \t]+(?P<n>\d{1,2})[ \t]*[:.)—–-](?=[ \t]+\S)")]
# a mark scheme's marks and a text's reference numbers: "N inside Z [1]", "Award [1] for …", "as in [12]", "(4 marks)"
_MARK = re.compile(r"(?<![\w\[])\[\d{1,2}\](?![\w\[])|[(\[]\s*\d{1,2}\s+marks?\s*[)\]]")
# a question's number opening a line before its words ("Q4 mark scheme (4 marks).", "Q12 Draw …")
_QLINE = re.compile(r"(?m)^[ \t]*Q\d{1,3}[a-z]?(?:\([a-z]{1,4}\))?(?=[ \t]+[A-Za-z])")
# a thread's post numbers opening its lines: "1/3 …", "2/3 …", "3/3 …" (every k of 1..N, at least two)
_THREAD = re.compile(r"(?m)^[ \t]*(?P<k>\d{1,2})/(?P<n>\d{1,2})(?=[ \t]+\S)")
# a day/month date opening a line, written with a zero ("12/05 HeLa …", "14/03 obs."): fractions have none
_DAY_MONTH = re.compile(r"(?m)^[ \t]*(?P<a>\d{1,2})[/.](?P<b>\d{2})(?![\d/.])(?=[ \t]+\S)")
MARK = "a mark scheme's mark or a reference number in brackets, not a quantity"
# a rubric's credit for what follows ("Full marks if the ray diagram shows …", "2 marks for the structure, 1 mark
# for labelling …", "Award 1 mark each for: …", "Total 4 marks."): how the answer is marked, never a count of the
# figure; the condition after it is the content. Only with its cue (full, award, total, each, for/if/when)
_NUM_WORD = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|half(?:[ \t]+a)?)"
_CREDIT = re.compile(
    rf"(?i)(?<![\w-])(?:(?:award(?:ed)?|give|gives|earns?|scores?|gets?)[ \t]+)?(?:"
    rf"(?:full|all[ \t]+the|maximum)[ \t]+marks?(?:[ \t]+(?:are[ \t]+)?(?:awarded|given))?(?:[ \t]+(?:only[ \t]+)?(?:if|for|when|where)\b)?"
    rf"|(?:{_NUM_WORD}|a)[ \t]+marks?(?:[ \t]+each)?[ \t]+(?:is[ \t]+|are[ \t]+)?(?:awarded[ \t]+)?(?:for|if|when|where)\b"
    rf"|{_NUM_WORD}[ \t]+marks?[ \t]+each\b"
    rf"|total(?:[ \t]+of)?:?[ \t]+{_NUM_WORD}[ \t]+marks?\b\.?"
    rf"|(?<=award[ \t]){_NUM_WORD}[ \t]+marks?\b)[ \t]*:?")
THREAD = "a thread's post number, not a quantity"
DATE = "a date, not a quantity"


# a rubric's penalty for drawing a thing ("Deduct a mark if any chloroplast is drawn.", "lose 1 mark for drawing a
# cell wall"): the thing must be absent — read as "no <thing>"
_PENALTY = re.compile(
    rf"(?i)(?<![\w-])(?P<cue>(?:deduct|lose|minus|subtract|take[ \t]+off)[ \t]+(?:{_NUM_WORD}|a)[ \t]+marks?[ \t]+"
    r"(?:if|when|for)[ \t]+(?:(?:drawing|including|showing|adding|there[ \t]+(?:is|are))[ \t]+)?(?:any|a|an|the)?[ \t]*)"
    r"(?P<x>[A-Za-z][^.;:,\n]{0,50}?)"
    r"(?P<tail>[ \t]+(?:is|are|was|were|gets?)[ \t]+(?:drawn|shown|included|present|visible|added)"
    r"|[ \t]+appears?|[ \t]+(?:is|are)[ \t]+there)?(?=[ \t]*(?:[.;\n]|$))")
PENALTY = "a rubric's penalty: the thing it penalises is read as absent"


# a heading's own number before its colon ("Answer key 4(c):", "Outreach card 5:", "Rubric, item 2:"): the words
# before it name the document (nesy.parse.lexicon.documents, chat.yaml's occasions and levels), so the number
# numbers a part of it
# (a number, a date "5/2", "19.3", a time "10:15", a part "4(c)")
_HEAD_ID = r"\d{1,4}(?:[/.:]\d{1,2}){0,2}[a-z]?(?:\([a-z]{1,4}\))?"
_HEAD_NUMBER = re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]+)?(?P<head>[A-Za-z][\w'.-]*(?:[ \t,]+(?:[A-Za-z][\w'.-]*|"
                          + _HEAD_ID + r")){0,7})(?=[ \t]*:[ \t]+\S)")


def _heading_numbers(text: str) -> list[tuple[int, int]]:
    """The numbers, dates and times of a line's heading before its colon ("Answer key 4(c):", "Bench nb 2/5:",
    "Slide 7, 10:15:", "Imaging log 3/8, field 2:"), when a word of it names a document, an occasion or a
    record (``chat.yaml``'s occasions, levels and records; ``lexicon.documents``) and no number is followed by
    a unit: they number or date the entry, never a quantity of the figure."""
    from .chat import _vocab
    from .lexicon import documents
    from .concepts import token_scores
    from .quantities import find_quantities
    v = _vocab()
    roles = documents() | v["occasions"] | v["levels"] | v["records"]
    out = []
    for m in _HEAD_NUMBER.finditer(text):
        head = m.group("head")
        words = [w.lower().rstrip(".") for w in re.findall(r"[A-Za-z][\w'.-]*", head)]
        if not any(w in roles or w.rsplit("-", 1)[-1] in roles for w in words) or find_quantities(head):
            continue
        for n in re.finditer(rf"(?<![\w/.:]){_HEAD_ID}(?![\w/.:])", head):
            after = head[n.end():].lstrip(" \t")
            if after and not after.startswith(","):
                continue   # "a field of 12 cells:", "32 pupils:": a count of the noun after it
            before = re.findall(r"[A-Za-z][\w'-]*", head[:n.start()])
            if before and any(v > 0 for v in token_scores(before[-1]).values()) and not any(
                    w.lower() in roles or w.lower().rsplit("-", 1)[-1] in roles for w in before):
                continue   # "Field 1:", "Planet 3:": the number of a thing the science draws or selects
            out.append((m.start("head") + n.start(), m.start("head") + n.end()))
    return out


def _penalties(text: str) -> tuple[list, list]:
    """Edits reading each rubric penalty as "no <thing>", and the spans of its cue and tail."""
    edits, spans = [], []
    for m in _PENALTY.finditer(text):
        edits.append((m.start("cue"), m.end("cue"), ["no "]))
        spans.append((m.start("cue"), m.end("cue")))
        if m.group("tail"):
            edits.append((m.start("tail"), m.end("tail"), []))
            spans.append((m.start("tail"), m.end("tail")))
    return edits, spans


def _labels(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """"Step 6:", "Experiment 7, step 2:", "Q3:", "(Aim 2)", "Table 2." blanked: the number names a part
    of the document. Only before punctuation (or in parentheses): "a step 2 m high" is a quantity. With them the
    document's other own numbers inside its sentences (``nesy.parse.incidental``): times of day, dates, versions,
    pages, section numbers, a question's points, hashtags, counting out loud."""
    edits, spans = _penalties(norm.text)
    rec = [_record(norm, a, b, PENALTY) for a, b in spans]
    labels = list(_LABEL.finditer(norm.text))
    for m in labels:
        if m.group(0).endswith(".") and re.match(r"\d", norm.text[m.end():m.end() + 1] or " "):
            continue
        # the label goes with the punctuation that closes it ("Experiment 7, step 2: sketch …" → "sketch …") —
        # but for the colon of a heading whose words stand before it on its line ("Answer key, Q2: …"): the
        # heading keeps its colon (``nesy.parse.chat`` reads it as a heading)
        line = norm.text[norm.text.rfind("\n", 0, m.start()) + 1:m.start()]
        for o in labels:
            if o is not m and o.end() <= m.start() and o.start() >= m.start() - len(line):
                k = o.start() - (m.start() - len(line))
                line = line[:k] + " " * (o.end() - o.start()) + line[k + o.end() - o.start():]
        headed = bool(re.search(r"[A-Za-z]{2,}", line))
        tail = re.match(r"[ \t]*[:,.][ \t]*" if not m.group(1) else r"[ \t]*", norm.text[m.end():])
        if tail and headed and ":" in tail.group(0):
            tail = None
        edits.append((m.start(), m.end() + len(tail.group(0)) if tail else m.end(), []))
        rec.append(_record(norm, m.start(), m.end(), LABEL))
    text = norm.text
    found = [(m.start(), m.end(), LABEL) for m in _ITEM.finditer(text)]
    found += [(m.start(), m.end(), LABEL) for m in _CHECKBOX.finditer(text)]
    for rx in _STEPS:
        steps = list(rx.finditer(text))
        if len(steps) >= 2 and [int(m.group("n")) for m in steps] == list(range(1, len(steps) + 1)):
            found += [(m.start(), m.end(), LABEL) for m in steps]
    found += [(m.start(), m.end(), MARK) for m in _MARK.finditer(text)]
    found += [(m.start(), m.end(), MARK) for m in _CREDIT.finditer(text)   # ("deduct a mark if …" says what
              if not re.search(r"(?i)\b(?:deduct|lose|loses|minus|subtract|take[ \t]+off)[ \t]+$", text[:m.start()])]  # must be absent)
    found += [(m.start(), m.end(), LABEL) for m in _QLINE.finditer(text)]
    from .incidental import incidental_numbers   # dates, clock times, versions, pages, points inside the text
    incidental = incidental_numbers(text)
    _said = [(a, b) for a, b, _w in incidental]
    found += [(a, b, LABEL) for a, b in _heading_numbers(text) if not any(x < b and a < y for x, y in _said)]
    found += [(m.start("k") if m.group("k") else m.start("k2"), m.end(), LABEL) for m in _TRACKER_KEY.finditer(text)]
    found += [(m.start(), m.end(), WIKI) for m in _WIKI_TEMPLATE.finditer(text)]
    posts = list(_THREAD.finditer(text))
    if len(posts) >= 2 and len({m.group("n") for m in posts}) == 1 and \
            sorted(int(m.group("k")) for m in posts) == list(range(1, len(posts) + 1)) and \
            len(posts) <= int(posts[0].group("n")):
        found += [(m.start(), m.end(), THREAD) for m in posts]
    for m in _DAY_MONTH.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if m.group("b").startswith("0") and 1 <= a <= 31 and 1 <= b <= 12:
            found.append((m.start(), m.end(), DATE))
    found = _disjoint(found + [f for f in incidental
                               if not any(a < f[1] and f[0] < b for a, b, _ in edits)])
    for a, b, why in found:
        a += len(text[a:b]) - len(text[a:b].lstrip())
        edits.append((a, b, []))
        rec.append(_record(norm, a, b, why))
    return edits, rec


# ------------------------------------------------------------------------------------------- choices
CHOICE = "an answer option the answer key does not choose"
ANSWER_KEY = "the answer key of a multiple-choice question"
# "(a) virtual and upright (b) real, inverted (c) …", "(A) rock salt (B) caesium chloride", "a) … b) …": the
# option markers of one question, consecutive letters from a/A
_OPTION = re.compile(r"(?<![\w(])\((?P<p>[a-eA-E])\)(?=\s)|(?<![\w(.])(?P<b>[a-eA-E])\)(?=\s)")
# "Answer: (b)", "Correct answer: B", "Ans - b", "The answer is (b)", "Key: B": the option chosen
_ANSWER = re.compile(r"(?i)(?<![\w])(?:the\s+)?(?:correct\s+|right\s+)?(?:answer|ans|key)\s*(?:is\s*|:\s*|=\s*|-\s*|—\s*)"
                     r"(?:option\s+)?\(?(?P<x>[a-e])\)?(?![\w])[ \t]*[.!]?")


# the wh-phrase of the question the options answer: "What is/are X?" (X is …), "which <noun>" (the answer's
# words in its place), ending at the question mark
_WH = re.compile(r"(?i)(?P<what>\bwhat\s+(?:is|are|was|were)\s+)(?P<x>[^?\n]{1,40}?)\s*(?P<q>\?)"
                 r"|(?P<which>\bwhich\s+[a-z][\w-]*)(?P<rest>[^?\n]{0,80}?)\s*(?P<q2>\?)")


def _wh_fill(text: str, wh: re.Match, ans: tuple[int, int]) -> list | None:
    """Edits putting the chosen answer in its question: "What is R? … 200 Ω" → "R is 200 Ω"; "X adopts which
    structure?" → "X adopts <answer> structure."; "Which structure takes up most of …?" → "<answer> takes up
    most of …." None when the question has no such phrase."""
    if wh.group("what"):
        # (a value is stated as "R = 200 Ω", the form every science reads for a symbol)
        cop = " = " if re.match(r"[-−+]?\.?\d", text[ans[0]:ans[1]]) else " is "
        return [(wh.start("what"), wh.end("what"), []),
                (wh.start("q"), wh.end("q"), [cop, ans, "."])]
    a, b = wh.start("which"), wh.end("which")
    noun = wh.group("which").split(None, 1)[1]
    opens = not text[max(0, text.rfind("\n", 0, a) + 1, max(text.rfind(c, 0, a) for c in ".!?") + 1):a].strip()
    return [(a, b, [ans] if opens else [ans, " " + noun]), (wh.start("q2"), wh.end("q2"), ["."])]


def _choices(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """A multiple-choice question with its answer key ("The image is (a) virtual and upright (b) real,
    inverted and half-size (c) real and enlarged. Answer: (b).") states the chosen option as a fact: the
    other options and the key are blanked (what the options say that is not chosen is not true of the
    figure), the chosen option's words stay where they stand. Without a key, or with a key naming no option,
    nothing changes."""
    text = norm.text
    marks = [(m.start(), m.end(), (m.group("p") or m.group("b"))) for m in _OPTION.finditer(text)]
    edits, rec = [], []
    i = 0
    while i < len(marks):
        # a run of markers a, b, c … (or A, B, C …) within one paragraph
        run = [marks[i]]
        j = i + 1
        while (j < len(marks) and ord(marks[j][2]) == ord(run[-1][2]) + 1
               and "\n\n" not in text[run[-1][1]:marks[j][0]]):
            run.append(marks[j])
            j += 1
        i = j if len(run) > 1 else i + 1
        if len(run) < 2 or run[0][2].lower() != "a":
            continue
        # the last option ends with its sentence (or line)
        m_end = re.compile(r"[.?!](?=\s|$)|\n").search(text, run[-1][1])
        last_end = m_end.start() if m_end else len(text)
        key = _ANSWER.search(text, last_end, min(len(text), last_end + 120))
        if key is None or "\n\n" in text[last_end:key.start()] or text[last_end:key.start()].strip(" \t.?!\n") \
                and not re.fullmatch(r"[\s.?!]*", text[last_end:key.start()]):
            continue
        chosen = key.group("x").lower()
        letters = [r[2].lower() for r in run]
        if chosen not in letters:
            continue
        # the question the options answer, in the same sentence or the one before ("What is R?", "Caesium
        # bromide adopts which structure?", "Which structure takes up most of …?"): its wh-phrase takes the answer
        q0 = max(text.rfind(c, 0, max(0, run[0][0] - 1)) for c in ".!\n") + 1
        wh = _WH.search(text, q0, run[0][0])
        for k, (a, b, x) in enumerate(run):
            end = run[k + 1][0] if k + 1 < len(run) else last_end
            if x.lower() == chosen:
                ans = _strip(text, b, end)
                ans = (ans[0], ans[1] - len(text[ans[0]:ans[1]]) + len(text[ans[0]:ans[1]].rstrip(" ,;")))
                fill = _wh_fill(text, wh, ans) if wh and ans[1] > ans[0] else None
                if fill:
                    edits.extend(fill)
                    edits.append((a, end, []))     # the answer moved into its question
                else:
                    edits.append((a, b, []))       # the marker only: its words are the answer
                rec.append(_record(norm, a, b, ANSWER_KEY))
            else:
                edits.append((a, end, []))
                rec.append(_record(norm, a, a + len(text[a:end].rstrip(" \t,;")), CHOICE))
        edits.append((key.start(), key.end(), []))
        rec.append(_record(norm, key.start(), key.start() + len(key.group(0).rstrip()), ANSWER_KEY))
    return edits, rec


# ------------------------------------------------------------------------------------------- stamps
# The wrappers a request arrives in, recognised by shape and place only (the start of the text or of a line,
# a sentence start for a speaker, each before a separator): a notebook or ticket stamp ("2026-02-09 - M.R. -",
# "Jan 14, 2026 - D.K. -", "Worksheet key, 11/02:", "Lecture notes, Nov 12 (A.B.):"), a transcript's speaker
# tags and cues ("[transcript, ep. 31] CO-HOST:", "Narrator: '…'"), a museum or slide label ("Stop 5, The
# Magic Mirror.") and a code comment's or commit's wrapper ("# TODO:", "// FIXME:", "/* … */", "feat(x): ").
# A date or number anywhere else ("a 4/2 ratio", "Stop the block with a 5 N force") is content.
STAMP = "a notebook or ticket stamp (its date and author's initials), not content"
SPEAKER = "a transcript's speaker tag or cue, not content"
QUOTES = "the quotation marks around a speaker's words"
EXHIBIT = "a museum or slide label (its stop number and title), not content"
CODE = "a code comment's or commit message's wrapper, not content"

_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![A-Za-z])")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
_DATE = (rf"(?P<iso>{_YEAR}[-/.](?:1[0-2]|0?[1-9])[-/.](?:3[01]|[12]\d|0?[1-9])(?!\d))"
         rf"|(?P<dmy>(?P<n1>\d{{1,2}})(?P<s>[/.\-])(?P<n2>\d{{1,2}})(?P=s)(?:{_YEAR}|\d{{2}}(?!\d)))"
         rf"|(?P<dm>(?P<m1>\d{{1,2}})/(?P<m2>\d{{1,2}})(?![\d/]|\.\d))"
         rf"|{_MONTH}[ \t]+{_DAY}(?:,?[ \t]+{_YEAR})?|{_DAY}[ \t]+{_MONTH}(?:,?[ \t]+{_YEAR})?|{_MONTH}[ \t]+{_YEAR}")
_TIME = r"(?:[ \t]*,?[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?![\d:]))?"
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+)?"
_INIT = r"(?:[A-Z]\.(?:[ \t]?[A-Z]\.){1,2}|[A-Z]{2,3}(?![\w.]))"
_INITS = rf"{_INIT}(?:[ \t]*(?:&|\+|/|and)[ \t]*{_INIT})*"
# a document's own name before the stamp ("Worksheet key, 11/02:", "Lab notebook: Feb 2 -")
_DOC_WORDS = (r"lab|laboratory|notebook|notes?|lecture|class|worksheet|answer|key|log|logbook|entry|journal|diary|"
              r"memo|minutes|ticket|field|sheet|handout|draft|meeting|session|seminar|lesson|homework|my|our|daily|"
              r"weekly|group|bench|project|todo|to-do|reminder")
_STAMP = re.compile(rf"(?P<head>(?i:(?:{_DOC_WORDS})(?:[ \t]+(?:{_DOC_WORDS})){{0,2}})[ \t]*[,:][ \t]*)?"
                    rf"{_WEEKDAY}(?P<date>{_DATE}){_TIME}"
                    rf"(?:(?:[ \t]*[,;:|][ \t]*|[ \t]+[-—–]{{1,2}}[ \t]+|[ \t]+)(?P<inits>{_INITS}|\({_INITS}\)))?"
                    rf"(?P<sep>[ \t]*[,;:|]|[ \t]+[-—–]{{1,2}}|[ \t]*[—–])(?!\d)[ \t]*")
_INITIALS = re.compile(rf"(?P<inits>[A-Z]\.(?:[ \t]?[A-Z]\.){{1,2}}(?:[ \t]*(?:&|\+|/|and)[ \t]*{_INIT})*)"
                       r"(?P<sep>[ \t]*:|[ \t]+[-—–]{1,2})(?!\d)[ \t]*")
_SPEAKER = re.compile(r"(?P<who>(?i:co-?host|host|guest|narrator|interviewer|interviewee|moderator|presenter|"
                      r"announcer|voice-?over|v\.o\.|panell?ist|caller|reporter|speaker[ \t]*\d{1,2})"
                      r"(?:[ \t]*\d{1,2})?)(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:[ \t]*(?![\d.+−-])")
_CUE_WORDS = (r"transcript|transcription|episode|ep\.?|podcast|recording|audio|video|interview|clip|excerpt|"
              r"segment|scene|laughter|laughs|music|applause|crosstalk|inaudible|pause|silence|intro|outro|"
              r"continued|cont'?d")
_CUE = re.compile(rf"\[(?:(?i:(?:{_CUE_WORDS})(?![\w]))[^\[\]\n]{{0,50}}|(?P<clock>\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
                  r"(?:\.\d+)?))\][ \t]*")
_TITLE_WORD = r"(?:[A-Z][\w'’-]*|the|of|a|an|and|in|on|to|for|with|at|from|or)"
_EXHIBIT = re.compile(r"(?P<label>(?:Stop|STOP|Station|STATION|Gallery|Booth|Slide|SLIDE|Panel|Exhibit|Case)"
                      r"[ \t]*(?:#|[Nn]o\.)?[ \t]*\d{1,3}[a-z]?)"
                      r"(?P<sep>[ \t]*[,:.]|[ \t]+[-—–]{1,2})[ \t]*"
                      rf"(?:(?P<title>(?P<q>['‘\"“])?[A-Z][\w'’-]*(?:[ \t]+{_TITLE_WORD}){{0,7}}(?(q)['’\"”]))"
                      r"[ \t]*[.:!][ \t]+(?=\S))?")
_TAG = r"(?:TODO|FIXME|XXX|HACK|NOTE|BUG|NB)\b(?:\([^()\n]{0,20}\))?[ \t]*:?"
# a commit's type: with its scope ("feat(automata): ") at a line's start, without one only opening the text
# ("fix: …"; "style: flat colours" on a later line is a key and its value)
_COMMENT = re.compile(rf"(?:#+[ \t]*{_TAG}|(?://+|/\*+|<!--)(?:[ \t]*{_TAG})?"
                      r"|(?:feat|fix|docs|chore|refactor|test|tests|style|perf|build|ci|revert|wip)"
                      r"\([\w\-./ ]{1,30}\)!?:|\A(?:feat|fix|chore|refactor|perf|revert|wip)!?:)[ \t]*(?=\S)")
_CLOSE = {"/*": re.compile(r"[ \t]*\*+/[ \t]*(?=\n|$)"), "<!--": re.compile(r"[ \t]*-->[ \t]*(?=\n|$)")}
_PAIRS = {"'": "'’", "‘": "'’", '"': '"”', "“": '"”'}


def _date_ok(m: re.Match) -> bool:
    """A numeric date names a day and a month (either order); one without its year only with the author's
    initials or a dash or colon after it ("4/2 - K.T. -", "11/02:"), never a bare "3/4, …"; a date without
    its year and initials is no stamp before a number ("1/2 - 1/3", "Feb 2 - 3 nuclei": a sum, a range)."""
    if not (m.group("iso") or m.group("dmy") or m.group("inits")) and \
            re.match(r"[\d.+−-]", m.string[m.end():m.end() + 1]):
        return False
    pair = (m.group("n1"), m.group("n2")) if m.group("dmy") else \
        (m.group("m1"), m.group("m2")) if m.group("dm") else None
    if pair is None:
        return True
    a, b = int(pair[0]), int(pair[1])
    if not (1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12):
        return False
    return bool(m.group("dmy") or m.group("inits") or m.group("head") or m.group("sep").strip() not in (",", ";"))


def _stamp_at(text: str, p: int, line: bool) -> tuple[int, str, list] | None:
    """The wrapper that starts at ``p`` (a line's start when ``line``, else a sentence's): its end, why, and
    any further edit it implies (the closing quote of a speaker's words, the close of a block comment)."""
    if line:
        m = _STAMP.match(text, p)
        if m and _date_ok(m):
            return m.end(), STAMP, []
        m = _INITIALS.match(text, p)
        if m:
            return m.end(), STAMP, []
        m = _COMMENT.match(text, p)
        if m:
            opener = next((o for o in _CLOSE if text.startswith(o, p)), None)
            more = []
            if opener:
                eol = text.find("\n", p)
                c = _CLOSE[opener].search(text, p, len(text) if eol < 0 else eol)
                more = [(c.start(), c.end())] if c else []
            return m.end(), CODE, more
        m = _EXHIBIT.match(text, p)
        if m:
            # the exhibit's title names it when a narrator's words follow ("Stop 5, The Magic Mirror. Narrator:
            # '…'"); otherwise it may be all that says what the figure is ("Slide 3: Convex Lens. f = 10 cm")
            sp = _SPEAKER.match(text, m.end())
            told = (sp and sp.group("who")[0].isupper()) or text[m.end():m.end() + 1] in tuple(_PAIRS)
            return (m.end() if told or not m.group("title") else m.start("title")), EXHIBIT, []
    m = _CUE.match(text, p)
    if m and not (line and m.group("clock")):  # a clock at a line's start opens a chat line (``_chat``)
        return m.end(), SPEAKER, []
    m = _SPEAKER.match(text, p)
    if m and m.group("who")[0].isupper():
        return m.end(), SPEAKER, _quoted(text, m.end())
    return None


def _quoted(text: str, p: int) -> list:
    """The quotation marks around a speaker's words that open at ``p`` and close at the end of its line or
    before the next speaker."""
    if p >= len(text) or text[p] not in _PAIRS:
        return []
    eol = text.find("\n", p)
    eol = len(text) if eol < 0 else eol
    nxt = [m.start() for m in _SPEAKER.finditer(text, p + 1, eol)
           if m.group("who")[0].isupper() and re.search(r"(?:^|[.!?'’\"”])[ \t]*$", text[p + 1:m.start()])]
    stop = min(nxt + [eol])
    close = _PAIRS[text[p]]
    # the words end where a closing mark follows a sentence's end ("… in all.' Press 8 to continue."), or at
    # the end of the line or before the next speaker
    for m in re.finditer("[.!?…][" + close + r"](?=\s|$)", text[p + 1:stop]):
        return [(p, p + 1), (p + 1 + m.end() - 1, p + 1 + m.end())]
    body = text[p + 1:stop].rstrip()
    if len(body) > 1 and body[-1] in close:
        return [(p, p + 1), (p + len(body), p + len(body) + 1)]
    return []


def _stamps(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """Notebook and ticket stamps, speaker tags and cues, exhibit labels and code-comment wrappers blanked
    where a line (or, for a speaker, a sentence) starts; several in a row are read one after another."""
    text = norm.text
    edits: list = []
    rec: list[NotDrawn] = []
    starts = [(0, True)] + [(m.end(), True) for m in re.finditer(r"\n", text)] + \
        [(m.end(), False) for m in re.finditer(r"[.!?]['’\"”)]?[ \t]+(?=\S)", text)]
    done, comment = -1, ""
    for p, line in sorted(starts):
        while p < len(text) and text[p] in " \t":
            p += 1
        if p < done:
            continue
        if line:
            # the next lines of a comment opened by "# TODO:" / "// FIXME:" keep its marker ("# start = q0")
            cont = re.match(re.escape(comment) + r"+[ \t]+(?=\S)", text[p:]) if comment else None
            comment = ""
            if cont:
                edits.append((p, p + cont.end(), []))
                rec.append(_record(norm, *_strip(text, p, p + cont.end()), CODE))
                comment = cont.group(0)[0] if cont.group(0)[0] == "#" else "//"
                continue
        while True:
            hit = _stamp_at(text, p, line)
            if hit is None:
                break
            end, why, more = hit
            if why == CODE and text[p] in "#/" and not text.startswith("/*", p):
                comment = text[p] * (1 if text[p] == "#" else 2)
            edits.append((p, end, []))
            rec.append(_record(norm, *_strip(text, p, end), why))
            for a, b in more:
                edits.append((a, b, []))
                rec.append(_record(norm, *_strip(text, a, b), QUOTES if why == SPEAKER else why))
            done = p = end
    return edits, rec


# ------------------------------------------------------------------------------------------- tables
_ROW = re.compile(r"(?m)^[ \t]*\|.*\|[ \t]*$")
_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?\|?[ \t]*")


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of the row ``text[a:b]`` (``| x | y |``) as stripped spans."""
    a = text.index("|", a) + 1
    b = text.rindex("|", a - 1, b)
    out, at = [], a
    for i in range(a, b + 1):
        if i == b or (text[i] == "|" and text[i - 1] != "\\"):
            out.append(_strip(text, at, i))
            at = i + 1
    return out


def _tables(norm: Normalized) -> tuple[list, list[NotDrawn], list[NotDrawn]]:
    """Markdown tables: the header and rule rows blanked; each data row rewritten as a statement ("<n>
    <key>", "<value> <key>", "<key> = <value>"; more columns: "<first cell> with <header> <value>, …")."""
    text = norm.text
    rows = list(_ROW.finditer(text))
    edits, rec, bad = [], [], []
    i = 0
    while i + 1 < len(rows):
        head, rule = rows[i], rows[i + 1]
        between = text[head.end():rule.start()]
        if between.strip("\r\n") or not _RULE.fullmatch(rule.group(0)):
            i += 1
            continue
        hcells = _cells(text, head.start(), head.end())
        if any(b - a <= 2 for a, b in hcells[1:]) or state_table([text[a:b] for a, b in hcells]):
            # columns headed by symbols ("| state | a | b |"): a transition table, which automata reads itself
            i += 1
            continue
        body = []
        j = i + 2
        while j < len(rows) and not text[rows[j - 1].end():rows[j].start()].strip("\r\n") \
                and text[rows[j - 1].end():rows[j].start()].count("\n") == 1:
            body.append(rows[j])
            j += 1
        for r in (head, rule):
            edits.append((r.start(), min(len(text), r.end() + 1), []))  # the row and its line end
            rec.append(_record(norm, *_strip(text, r.start(), r.end()), TABLE))
        heads = [text[a:b].strip().lower() for a, b in hcells]
        stmts = [_braces(text, _cells(text, r.start(), r.end()), heads) or _row(text, hcells, heads,
                                                                            _cells(text, r.start(), r.end()))
                 for r in body]
        last = max((n for n, st in enumerate(stmts) if st is not None), default=-1)
        for n, (r, stmt) in enumerate(zip(body, stmts)):
            cells = _cells(text, r.start(), r.end())
            end = ";" if n < last else "."
            if stmt is None:
                why = (f"a table row nesy could not read ({len(cells)} cells under {len(hcells)} headers)"
                       if len(cells) != len(hcells) else "a table row nesy could not read (an empty or unreadable cell)")
                bad.append(_record(norm, *_strip(text, r.start(), r.end()), why))
                edits.append((r.start(), r.end(), []))
                continue
            edits.append((r.start(), r.end(), stmt + [end]))
        i = j
    return edits, rec, bad


# ------------------------------------------------------------------------------------------- inline tables
# a table written on one line, its rows separated by ";" and its cells by "|" ("side | length: DE | 5 cm; EF | 12 cm",
# "R1 | 100 Ω; R2 | 220 Ω - all three in parallel"): an optional header ended by ":", then rows of as many cells
_ROW_END = re.compile(r"\.(?:\s|$)|\s[-–—]\s|\)|\s*$")
_ROW_START = re.compile(r"(?:^|[.?!]\s|\s[-–—]\s|:\s|,\s|\()(?!.*(?:[.?!]\s|\s[-–—]\s|:\s|,\s|\())", re.S)


def _inline_tables(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """Edits for each one-line table (see above): its header blanked (recorded as no content), each row
    rewritten as a markdown table's row is (``_row``; two cells and no header: ``_pair``, "A | {1, 2}" as
    "A = {1, 2}"). A table with a row nesy cannot say as a statement is left as written."""
    text = norm.text
    edits: list = []
    rec: list[NotDrawn] = []
    for line in re.finditer(r"[^\n]+", text):
        a0, b0 = line.span()
        if text.count("|", a0, b0) < 2 or ";" not in text[a0:b0]:
            continue
        cuts = [a0] + [a0 + m.end() for m in re.finditer(";", text[a0:b0])] + [b0 + 1]
        items = [(cuts[i], cuts[i + 1] - 1) for i in range(len(cuts) - 1)]
        if len(items) < 2:
            continue
        k = text.count("|", *items[1])         # a data row's; the first item may hold the header too
        if k < 1 or text.count("|", *items[0]) not in (k, 2 * k) or any(text.count("|", a, b) != k for a, b in items[1:]):
            continue
        rows: list[tuple[int, int]] = []
        head: tuple[int, int] | None = None
        a, b = items[0]
        first_pipe = text.index("|", a, b)
        st = max((m.end() for m in _ROW_START.finditer(text, a, first_pipe)), default=a)
        colon = text.find(":", first_pipe, b)
        if text.count("|", a, b) == 2 * k:
            if not (colon > 0 and text.count("|", first_pipe + 1, colon) == k - 1 and text.count("|", colon, b) == k):
                continue
            head = (st, colon)
            st = colon + 1
        rows.append((st, b))
        rows += items[1:-1]
        if len(items) > 1:
            a, b = items[-1]
            last_pipe = text.rindex("|", a, b)
            e = _ROW_END.search(text, last_pipe, b)
            rows.append((a, e.start() if e else b))
        cells = [_split_cells(text, *r) for r in rows]
        if any(len(c) != k + 1 or any(x == y for x, y in c) or len(text[slice(*c[0])].split()) > 4 for c in cells):
            continue               # an empty cell, or a first cell that is a sentence, not a row's key
        if head is not None:
            hcells = _split_cells(text, *head)
            heads = [text[x:y].strip().lower() for x, y in hcells]
            if state_table([text[x:y] for x, y in hcells]):
                continue           # an automaton's state table: automata reads it itself
            stmts = [_braces(text, c, heads) or _row(text, hcells, heads, c) for c in cells]
        else:
            if k != 1 or state_table([text[x:y] for x, y in cells[0]]):
                continue
            stmts = [_braces(text, c) or _pair(c[0], c[1], text) for c in cells]
        if any(x is None for x in stmts):
            continue
        if head is not None:
            edits.append((head[0], head[1] + 1, []))
            rec.append(_record(norm, *_strip(text, *head), TABLE))
        for (x, y), stmt in zip(rows, stmts):
            x, y = _strip(text, x, y)
            edits.append((x, y, stmt))
    return edits, rec


_MEMBER_HEADERS = frozenset({"elements", "element", "members", "member", "contents", "items", "roster",
                             "elements of the set", "members of the set"})
_MEMBER_LIST = re.compile(r"[\w'’-]+(?:[ \t]*,[ \t]*[\w'’-]+)*")


def _braces(text: str, cells: list[tuple[int, int]], heads: list[str] | None = None) -> list[Piece] | None:
    """"A | {1, 2}": the set's assignment "A = {1, 2}" (a symbol, then its members in braces); "A | 2, 4, 6" under
    an "elements" (members) header: "A = {2, 4, 6}" — the roster a set's row lists; else None."""
    if len(cells) == 2 and _is_symbol(text[slice(*cells[0])]) and text[cells[1][0]] == "{":
        return [cells[0], " = ", cells[1]]
    if heads and len(cells) == 2 and len(heads) == 2 and heads[1] in _MEMBER_HEADERS and \
            _is_symbol(text[slice(*cells[0])]) and _MEMBER_LIST.fullmatch(text[slice(*cells[1])].strip()):
        return [cells[0], " = {", cells[1], "}"]
    return None


def _split_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The "|"-separated cells of ``text[a:b]`` as stripped spans."""
    out, at = [], a
    for m in list(re.finditer(r"\|", text[a:b])) + [None]:
        end = a + m.start() if m else b
        out.append(_strip(text, at, end))
        at = a + m.end() if m else b
    return out


# a state table's header ("state | on_0 | on_1 | start | accepting", "state,a,b,initial,final"): a state column, then
# columns of the move on a symbol and yes/no start or accepting flags — the automata science reads it itself
_STATE_COL = re.compile(r"(?i)states?|current(?:[_\s-]*state)?|q|δ|delta")
_MOVE_COL = re.compile(r"(?i)(?:(?:on|input|read|next|δ)[_\s:=-]*(?:on[_\s-]*)?)?(?P<sym>[A-Za-z0-9ε])|(?:is[_\s-]*)?(?:start(?:ing)?|initial|"
                       r"accept(?:ing)?|final)(?:[_\s-]*state)?\??")


def state_table(heads: list[str]) -> bool:
    """Whether a table's header cells are an automaton's state table (see ``_STATE_COL``)."""
    cols = [_MOVE_COL.fullmatch(h.strip()) for h in heads[1:]]
    return len(heads) >= 2 and bool(_STATE_COL.fullmatch(heads[0].strip())) and all(cols) and \
        any(m.group("sym") for m in cols if m)


def _row(text: str, hcells: list, heads: list[str], cells: list) -> list[Piece] | None:
    if len(cells) != len(hcells) or len(cells) < 2 or any(a == b for a, b in cells):
        return None
    if len(cells) == 2 and (heads[1] in _COUNT_HEADERS or heads[1] in _VALUE_HEADERS):
        return _pair(cells[0], cells[1], text, count=heads[1] in _COUNT_HEADERS)
    out: list[Piece] = [cells[0]]
    said = 0   # columns said with their header
    for k in range(1, len(cells)):
        if heads[k] in _PLAIN_HEADERS or heads[k] in _NAME_KEYS or heads[k] in _VALUE_HEADERS:
            out += [" ", cells[k]]   # "| BT1 | battery | 12 V |" under "Ref | Part | Value": "BT1 battery 12 V"
            continue
        if heads[k] in _STATE_KEYS:
            # "| R1 | 1 kΩ | across V1 |" under "connection": "R1 1 kΩ across V1", the cell said as written (read
            # "with across V1 connection", the source V1 was drawn twice: requests-13 circuits-03)
            out += [" ", cells[k]]
            continue
        unit = _HEADER_UNIT.fullmatch(text[hcells[k][0]:hcells[k][1]].strip())
        v = text[cells[k][0]:cells[k][1]].strip()
        if not unit and _bare_number(v) and _unit_header(heads[k]):
            # a column headed by its unit alone ("| side | cm |" over "8"): "8 cm"
            out += ([", "] if said else [" with "]) + [cells[k], " ", hcells[k]]
            said += 1
            continue
        if unit and re.fullmatch(r"[-+−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+−]?\d+(?:\.\d+)?", v):
            # "distance from Jupiter's centre (km)" over "181,400": the unit goes with each number
            a = hcells[k][0] + (len(text[hcells[k][0]:hcells[k][1]]) - len(text[hcells[k][0]:hcells[k][1]].lstrip()))
            p = [(a, a + unit.end("key")), " ", cells[k], " " + unit.group("unit")]
        else:
            p = _pair(hcells[k], cells[k], text, count=heads[k] in _COUNT_HEADERS)
        if p is None:
            return None
        out += ([", "] if said else [" with "]) + p
        said += 1
    return out


def _bare_number(v: str) -> bool:
    return bool(re.fullmatch(r"[-+−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+−]?\d+(?:\.\d+)?", v))


def _unit_header(head: str) -> bool:
    """Whether a column's header is a unit alone ("cm", "Ω", "kg"), not a word that names a quantity."""
    from .quantities import unit_of
    h = head.strip()
    return 0 < len(h) <= 6 and " " not in h and unit_of(h) is not None


# column headers that only say what a cell is ("| Ref | Part | Value |"): the cell is said alone
_PLAIN_HEADERS = frozenset({"part", "parts", "ref", "ref.", "reference", "designator", "id", "label", "symbol",
                            "device", "unit", "units"})
# a header that gives its column's unit: "distance (km)", "a [pm]"
_HEADER_UNIT = re.compile(r"(?P<key>.*?\S)\s*[(\[](?P<unit>[^()\[\]\d]{1,12})[)\]]")


# ------------------------------------------------------------------------------------------- key: value
_KV = re.compile(r"[ \t]*(?:[-*•][ \t]+)?([A-Za-z][A-Za-z0-9_ ()/\-.']{0,40}?)[ \t]*:[ \t]+(\S.*?)[ \t]*")
# the same member in a configuration file or code ("radius_of_curvature_cm = 24", "focalLength: '80 mm',"): one
# identifier, "=" or ":", a value, perhaps quoted and ended by "," or ";"
_KV_EQ = re.compile(r"[ \t]*([A-Za-z][A-Za-z0-9_.]{0,40})[ \t]*=[ \t]*(\S.*?)[ \t]*")
# the lines around members that carry nothing: an INI section ("[figure]"), an object literal's opening and
# closing ("const fig = {", "};", "}"), a YAML document marker
_WRAPPER = re.compile(r"[ \t]*(?:\[[A-Za-z][\w .\-]{0,40}\]|(?:(?:const|let|var)[ \t]+\w+[ \t]*=[ \t]*|\w+[ \t]*=[ \t]*)?\{"
                      r"|\}[ \t]*[;,]?|---)[ \t]*")
# a line comment in code ("// image distance: let the tool work it out", "# units in cm"): read as a sentence
_LINE_COMMENT = re.compile(r"[ \t]*(?://+|#+|;+)[ \t]*(\S.*?)[ \t]*")
_IDENT_VALUE = re.compile(r"[A-Za-z]+(?:_[A-Za-z]+)+")
WRAPPER = "a configuration file's or code object's framing (section header, braces)"
# line heads that label parts of a task, not members of a specification ("Given: …", "Find: …")
_NOT_KEYS = frozenset({"given", "find", "note", "notes", "task", "question", "answer", "hint", "solution",
                       "problem", "context", "request", "goal", "aim", "objective", "step", "part", "comment",
                       "example", "draw", "show", "sketch", "plot", "please", "ps", "p.s", "todo", "update",
                       "edit", "ps.", "instructions", "description", "caption", "title", "label", "labels"})


def _key_ok(key: str) -> bool:
    k = key.strip()
    words = _key_words(k).split()
    if _is_symbol(k):
        return True
    return 1 <= len(words) <= 4 and not re.search(r"\d", k.replace("(", "").replace(")", "")) and \
        k.lower() not in _NOT_KEYS and words[0].lower() not in ("a", "an", "the", "this", "these", "my", "i", "we")


def _key_values(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """A document made of ``key: value`` lines (at least two; a heading line ending in ":" may precede them):
    each line rewritten as a statement, ended with ";" (the last with ".")."""
    text = norm.text
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if text[m.start():m.end()].strip()]
    kv, frame, notes = [], [], []
    for k, (a, b) in enumerate(lines):
        m = _KV.fullmatch(text, a, b)
        if not (m and _key_ok(m.group(1))):
            m = _KV_EQ.fullmatch(text, a, b)
        if m and _key_ok(m.group(1)):
            kv.append((m.span(1), _value_span(text, *m.span(2))))
        elif _WRAPPER.fullmatch(text, a, b):
            frame.append((a, b))
        elif c := _LINE_COMMENT.fullmatch(text, a, b):
            notes.append(c.span(1))
        elif k == 0 and text[a:b].rstrip().endswith(":") and len(lines) > 2:
            kv.append(None)
        else:
            return [], []
    members = [x for x in kv if x is not None]
    eq = [k for k, v in members if "=" in text[k[1]:v[0]]]
    if len(members) < 2 or (frame or notes) and not any(eq or _compound(text[k[0]:k[1]]) for k, v in members):
        return [], []   # framing and comments make a configuration only around code-like members
    if eq and not frame and not notes and not any(_compound(text[k[0]:k[1]]) for k, v in members):
        return [], []   # "A = {1, 2, 3}\nB = {3, 4}", "f = 10 cm\nu = 30 cm": equations the sciences read as written
    edits, rec = [], []
    for a, b in frame:
        sec = re.fullmatch(r"[ \t]*\[([^\]]*)\][ \t]*", text[a:b])
        if sec:   # "[lens]": the section's name is read, as a heading ("[figure]" is a figure word)
            edits.append((a, b, [(a + sec.start(1), a + sec.end(1)), "."]))
        else:
            rec.append(_record(norm, a, b, WRAPPER))
            edits.append((a, b, []))
    for n, (key, val) in enumerate(members):
        stmt = [key, " = ", val] if "=" in text[key[1]:val[0]] and _is_symbol(text[key[0]:key[1]]) \
            else _pair(key, val, text)   # "A = {1, 2}" stays an assignment
        if stmt is None:
            return [], []
        edits.append((key[0], _line_end(text, val[1]), stmt + [";" if n + 1 < len(members) else "."]))
    edits += [(a, b, [(a, b), "."]) for a, b in notes]   # a comment: a sentence of its own, its marker dropped
    return sorted(edits), rec


def _value_span(text: str, a: int, b: int) -> tuple[int, int]:
    """A member's value without a code line's ending "," or ";" and without its quotes ("'80 mm',")."""
    while b > a and text[b - 1] in ",;":
        b -= 1
    if b - a >= 2 and text[a] == text[b - 1] and text[a] in "'\"`":
        a, b = a + 1, b - 1
    return a, b


def _line_end(text: str, at: int) -> int:
    """``at`` moved past a closing quote and a code line's "," or ";" (they go with the member's rewrite)."""
    while at < len(text) and text[at] in "'\"`,;":
        at += 1
    return at


# ------------------------------------------------------------------------------------------- nested key: value
# YAML-like blocks: a "key:" line heading the more-indented lines under it, "- " list items whose members
# continue on the lines below ("planets:\n  - name: Earth\n    a: 1.00 AU"), and a heading that distributes
# what it heads ("cells: 2\nper cell:\n  nucleus: 1\n  mitochondria: 3": two cells, each with those counts).
# Read flat, the heading's words were lost or counted on their own: requests-22 cell-10 drew one cell with a
# nucleus, a vacuole and three mitochondria where the text asked for two cells with those each (verified though
# wrong), astronomy-02 read "star: Sun" as two stars, sets-05 refused "X: {a, b, c}" under "sets:".
_DASH = re.compile(r"[-*•+][ \t]+")
_HEAD = re.compile(r"([A-Za-z][A-Za-z0-9_ ()/\-.']{0,40}?)[ \t]*:[ \t]*")
_PER = re.compile(r"(?i)(?:per|each|every|for[ \t]+each|for[ \t]+every|in[ \t]+each|in[ \t]+every)[ \t]+"
                  r"(?P<n>[A-Za-z][A-Za-z\- ]{0,30}?)")
# a figure verb and its object on a line of their own ("draw: venn", "output: ray diagram"): read as said
_SAY_KEYS = frozenset({"draw", "show", "sketch", "plot", "render", "make", "generate", "produce"})


@dataclass
class _Line:
    start: int      # the line's first character (its indentation included)
    a: int          # its content's start (a list item's dash included)
    b: int          # its end
    lead: int       # the end of the line before it (where a continuation's edit starts)
    indent: float   # a list item's is half a column deeper than its dash, so "key:\n- item" nests
    kind: str       # kv | say | head | item (a list item's bare value)
    key: tuple[int, int] | None = None
    val: tuple[int, int] | None = None
    dash: bool = False
    children: list = None  # type: ignore[assignment]
    note: tuple[int, int] | None = None   # a comment after the member, read as its aside


def _nested_lines(text: str) -> list[_Line] | None:
    out: list[_Line] = []
    prev = 0
    for m in re.finditer(r"[^\n]+", text):
        a, b = m.span()
        line = text[a:b]
        if not line.strip():
            continue
        b = a + len(line.rstrip())
        ind = len(line) - len(line.lstrip(" \t"))
        d = _DASH.match(text, a + ind, b)
        ca = d.end() if d else a + ind
        L = _Line(a, a + ind, b, prev if out else a + ind, ind + (0.5 if d else 0), "", dash=bool(d), children=[])
        # a comment after the member ("nucleolus: 1   # inside the nucleus"): read after the member's statement
        c = re.search(r"[ \t]+#[ \t]*(\S[^#\n]*?)[ \t]*$", text[ca:b])
        if c:
            L.note = (ca + c.start(1), ca + c.end(1))
            b = ca + c.start()
        kv = _KV.fullmatch(text, ca, b)
        h = _HEAD.fullmatch(text, ca, b)
        if kv and _key_ok(kv.group(1)):
            L.kind, L.key, L.val = "kv", kv.span(1), _value_span(text, *kv.span(2))
        elif kv and kv.group(1).strip().lower() in _SAY_KEYS:
            L.kind, L.key, L.val = "say", kv.span(1), _value_span(text, *kv.span(2))
        elif h and 1 <= len(_key_words(h.group(1)).split()) <= 4 and h.group(1).strip().lower() not in _NOT_KEYS:
            L.kind, L.key = "head", h.span(1)
        elif d and not re.search(r"[.!?]\s*\S", text[ca:b]):
            L.kind, L.val = "item", (ca, b)
        else:
            return None
        out.append(L)
        prev = b
    return out


def _nested_shape(text: str) -> bool:
    """Whether ``text`` has a "key:" line or a list item with more-indented lines under it."""
    return bool(re.search(r"(?m)^[ \t]*(?:[-*•+][ \t]+)?[A-Za-z][^\n:]{0,40}:[ \t]*\n(?:[ \t]*\n)*[ \t]+\S", text)
                or re.search(r"(?m)^([ \t]*)[-*•+][ \t]+[^\n]*:[^\n]*\n\1[ \t]+[^-*•+\s]", text))


def _nested_key_values(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """A YAML-like block (see above) rewritten as statements: each top-level line or heading with what it heads
    one statement; a heading with plural key a list of its members ("planets: Earth with a = 1.00 AU; Jupiter
    with …"), a distributive heading "each <noun> with <members>", another heading "<key> with <members>"."""
    text = norm.text
    lines = _nested_lines(text)
    if not lines or len(lines) < 2:
        return [], []
    root: list[_Line] = []
    stack: list[_Line] = []
    for L in lines:
        while stack and stack[-1].indent >= L.indent:
            stack.pop()
        if stack and stack[-1].kind in ("kv", "say") and not stack[-1].dash:
            return [], []   # lines indented under a member with a value: not a block nesy reads
        (stack[-1].children if stack else root).append(L)
        stack.append(L)
    if not any(L.children for L in lines):
        return [], []
    if any(L.kind == "head" and not L.children for L in lines if L is not lines[0]):
        return [], []
    members = sum(1 for L in lines if L.kind in ("kv", "item"))
    if members < 2:
        return [], []
    # read nested only where the nesting says something the lines alone do not: a heading that distributes its
    # lines ("per cell:"), list items whose members continue below ("- name: Earth\n  a: 1.00 AU"), or a heading
    # over sets named by their letters ("sets:\n  X: {a, b}"); any other block is read as flat lines, as before
    # ("organelles:\n  nucleus: 1\n  mitochondria: 7" says what "nucleus: 1" says alone)
    def _letters(L: _Line) -> bool:
        return bool(L.children) and all(c.kind == "kv" and _is_symbol(text[c.key[0]:c.key[1]].strip())
                                         for c in L.children)
    if not any(L.kind == "head" and _PER.fullmatch(text[L.key[0]:L.key[1]].strip()) or L.dash and L.children
               or L.kind == "head" and _letters(L) for L in lines):
        return [], []

    def own(L: _Line) -> list[Piece] | None:
        st = _own(L)
        if st is not None and L.note is not None:
            st = st + [" (", L.note, ")"]   # "1 nucleolus (inside the nucleus)"
        return st

    def _own(L: _Line) -> list[Piece] | None:
        if L.kind == "kv":
            k = text[L.key[0]:L.key[1]].strip()
            return [L.key, " = ", L.val] if ("=" in text[L.key[1]:L.val[0]] or text[L.val[0]:L.val[0] + 1] == "{") \
                and _is_symbol(k) else _pair(L.key, L.val, text)   # ("A: {1, 2, 3}": the set's roster)
        if L.kind == "say":
            return [L.key, " ", L.val]
        if L.kind == "item":
            return [L.val]
        return None

    def stmt(L: _Line) -> list[tuple[_Line, list[Piece]]] | None:
        """The statement of ``L`` and what it heads: (line, pieces) in the text's order."""
        if L.kind != "head":
            first = own(L)
            if first is None:
                return None
            if not L.children:
                return [(L, first)]
            subs = [stmt(c) for c in L.children]
            if any(s is None for s in subs):
                return None
            # a list item's members: its name first when the item opens with it ("- name: Earth\n  a: 1 AU")
            named = L.kind == "kv" and _key_words(text[L.key[0]:L.key[1]]).lower() in _NAME_KEYS
            said = "".join(p if isinstance(p, str) else text[p[0]:p[1]] for sub in subs for _, ps in sub for p in ps)
            if not named and re.search(r"(?i)\b(?:it|its)\b", said):
                # "- Nucleus: 1\n  - with 1 nucleolus inside it": a sub-item's "it" is its parent item — in
                # brackets after the parent, as a sentence says it ("1 Nucleus (with 1 nucleolus inside it)")
                out = [(L, first + [" ("])] + _joined(subs, ", ")
                last, ps = out[-1]
                return out[:-1] + [(last, ps + [")"])]
            return [(L, first + [" with" if named else ","])] + _joined(subs, ", ")
        subs = [stmt(c) for c in L.children]
        if any(s is None for s in subs) or not subs:
            return None
        key = text[L.key[0]:L.key[1]].strip()
        per = _PER.fullmatch(key)
        if per:   # "per cell:" → "each cell with 1 nucleus, 1 vacuole, 3 mitochondria"
            return [(L, ["each ", (L.key[0] + per.start("n"), L.key[0] + per.end("n")), " with"])] + \
                _joined(subs, ", ")
        if re.search(r"[a-z](?<![usi])s$", key) or all(c.dash for c in L.children) or \
                all(c.kind == "kv" and _is_symbol(text[c.key[0]:c.key[1]].strip()) for c in L.children):
            # "sets:\n  X: {a, b}\n  Y: {c}", "planets:\n  - name: Earth …": a list of members, each its own
            return [(L, [L.key, ":"])] + _joined(subs, "; ")
        return [(L, [L.key, " with"])] + _joined(subs, ", ")   # "nucleus:\n  nucleolus: 1"

    tops = [stmt(L) for L in root]
    if any(s is None for s in tops):
        return [], []
    edits = []
    for n, st in enumerate(tops):
        for j, (L, pieces) in enumerate(st):
            last = j + 1 == len(st)
            end = ([";"] if n + 1 < len(tops) else ["."]) if last else []
            if j == 0:
                edits.append((L.a, L.b, pieces + end))
            else:   # a line continuing its statement: the line break and indentation before it read as a space
                edits.append((L.lead, L.b, [" "] + pieces + end))
    return edits, []


def _joined(subs: list, sep: str) -> list:
    """Statements one after another, ``sep`` after each but the last."""
    out: list = []
    for i, s in enumerate(subs):
        if i + 1 < len(subs):
            L, pieces = s[-1]
            s = s[:-1] + [(L, pieces + [sep.rstrip()] if pieces and pieces[-1] not in (" with", ":", ",")
                                else pieces)]
        out += s
    return out


# ------------------------------------------------------------------------------------------- named subscripts
# an orbit's quantity subscripted with its body's name or astronomical symbol ("$a_{\\mathrm{Venus}} = 0.72$ AU",
# "$a_{\\oplus} = 1.00$ AU", read by nesy.parse.markup as "a_Venus", "a_⊕"): "a of Venus", "a of Earth" (⊕ is
# the Earth's symbol, ⊙ the Sun's: IAU Style Manual 1989, §5.14). Left as one symbol, both values were Venus's
# (requests-22 astronomy-07: refused as impossible).
_BODY_SYMBOLS = {"⊕": "Earth", "♁": "Earth", "⊙": "Sun", "☉": "Sun"}
_NAMED_SUB = re.compile(r"(?<![\w])(?P<sym>[adrTPev])_(?P<name>[A-Z][a-z]{2,}|[⊕♁⊙☉])(?=[ \t]*(?:=|≈|≃|:[ \t]))")


# a count written inline as a member "key = n" or "key: n" in running text: "$n_{\\text{chloroplast}} = 6$" (read
# by nesy.parse.markup as "n_chloroplast = 6"), "number of ribosomes = 8", "lysosome count: 2" — a key that names a
# count (``_count_key``). Rewritten "<n> <noun>" as in a block of key: value lines; left as it stood, the number
# counted nothing and the thing was drawn once (requests-27 cell-04: one chloroplast for six).
_INLINE_COUNT = re.compile(r"(?<![\w.=:])(?P<key>[A-Za-z][A-Za-z_ ]{0,30}?[A-Za-z])[ \t]*(?:=|:)[ \t]*"
                           r"(?P<val>\d{1,4})(?![\w.,/]\d|[ \t]*(?:[×x*/^]|[A-Za-zµμΩÅ°%]))")
# a specification written on one line, its members "key: value" between semicolons ("cell type: animal; cells: 1;
# mitochondria: 4; lysosomes: none; Golgi: 1 — next to the nucleus"): each member read as a line of a key: value
# block (``_pair``), its value up to a bracket or a dash after it (a note, read on as written); every part of the
# line must be such a member
_SPEC_MEMBER = re.compile(r"[ \t]*(?P<key>[A-Za-z][A-Za-z0-9_ ()/\-.']{0,40}?)[ \t]*:[ \t]+"
                          r"(?P<val>[^;()\n—–]*?[^;()\n—–\s])(?=[ \t]*(?:[;(\n—–]|$|\.[ \t]*$))")


# a count key whose noun names no kind ("Object count: 25", "item count"): the science reads it with its own words
_GENERIC_COUNTED = frozenset({"object", "objects", "item", "items", "thing", "things", "entity", "entities",
                              "element", "elements", "instance", "instances"})


def _spec_value_ok(key: str, val: str) -> bool:
    """Whether a one-line specification's member says what ``_pair`` rewrites exactly: a count ("mitochondria: 4"),
    an absence or presence ("lysosomes: none"), a kind ("cell type: animal"), a name ("material: MgO"), a state or
    arrangement ("topology: R1 in series with R2"), or a quantity with its unit ("R1: 1 kΩ"); never a value in words
    under a label ("Image A: 8 nuclei", a field the microscopy reader names)."""
    k, v = key.strip(), val.strip()
    kw = _key_words(k).lower()
    return bool(_NUMBER.fullmatch(v) or v.lower() in ("none", "no", "yes", "true", "false", "zero")
                or re.fullmatch(r"[a-z]+\s+(?:type|kind)", kw) or kw in _NAME_KEYS or kw in _STATE_KEYS
                or _unit_quantity(v))


def _unit_quantity(v: str) -> bool:
    """Whether ``v`` opens with a number and its unit ("24 V DC", "1 kΩ", "4.21 Å"), not a count ("8 nuclei")."""
    if not re.match(r"[-+−]?[\d.]", v):
        return False
    from .quantities import find_quantities
    q = find_quantities(v)
    return bool(q) and q[0].span[0] == 0 and q[0].dimensionality != "dimensionless"


def _inline_counts(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """The inline count members of ``_INLINE_COUNT`` and the one-line specifications of ``_SPEC_MEMBER``, each
    member rewritten as its statement."""
    text = norm.text
    members = []
    for m in _INLINE_COUNT.finditer(text):
        key = m.group("key")
        words = key.replace("_", " ").split()
        for n in ([len(words)] if "_" in key else range(min(4, len(words)), 0, -1)):
            k = " ".join(words[-n:])   # the key's last words: "Plant cell with 1 nucleus; lysosome count: 2"
            if _count_key(k) is not None and _count_key(k) not in _GENERIC_COUNTED:
                members.append(((m.start("key") + len(key) - len(k) if "_" not in key else m.start("key"),
                                 m.end("key")), m.span("val")))
                break
    for line in re.finditer(r"(?:[^\n.!?]|\.(?!\s|$))+", text):   # each sentence of each line
        segs, at = [], line.start()
        for part in line.group().split(";"):
            segs.append((at, at + len(part)))
            at += len(part) + 1
        segs = [(a, b) for a, b in segs if text[a:b].strip(" \t.")]
        found = [m for a, b in segs if (m := _SPEC_MEMBER.match(text, a, b)) and _key_ok(m.group("key"))
                 and _spec_value_ok(m.group("key"), m.group("val"))]
        if len(found) >= 2 and len(found) == len(segs):   # every part a member ("…; start s; acc: t" is no spec)
            members += [(m.span("key"), m.span("val")) for m in found]
    edits, seen = [], set()
    for key, val in sorted(members):
        if key[0] in seen:
            continue
        seen.add(key[0])
        st = _pair(key, val, text)
        if st is not None:
            edits.append((key[0], val[1], st))
    return edits, []


def _named_subscripts(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    text = norm.text
    edits = []
    for m in _NAMED_SUB.finditer(text):
        name = m.group("name")
        edits.append((m.start(), m.end(), [m.span("sym"), " of ",
                                           _BODY_SYMBOLS[name] if name in _BODY_SYMBOLS else m.span("name")]))
    return edits, []


# ------------------------------------------------------------------------------------------- JSON
class _Node:
    """A JSON value with its span of the text (a string's span without its quotes)."""
    __slots__ = ("kind", "a", "b", "items", "value")

    def __init__(self, kind: str, a: int, b: int, items: Any = None, value: Any = None) -> None:
        self.kind, self.a, self.b, self.items, self.value = kind, a, b, items, value


class _JsonSpans:
    """A reader of text the json module accepted, that keeps each value's position."""

    def __init__(self, text: str) -> None:
        self.s = text
        self.dec = json.JSONDecoder()

    def ws(self, i: int) -> int:
        while i < len(self.s) and self.s[i] in " \t\r\n":
            i += 1
        return i

    def value(self, i: int) -> tuple[_Node, int]:
        i = self.ws(i)
        c = self.s[i]
        if c == "{":
            items, i = [], self.ws(i + 1)
            if self.s[i] == "}":
                return _Node("dict", i, i + 1, items), i + 1
            while True:
                k, i = self.value(i)
                i = self.ws(i) + 1  # ":"
                v, i = self.value(i)
                items.append((k, v))
                i = self.ws(i)
                if self.s[i] == "}":
                    return _Node("dict", k.a, i, items), i + 1
                i += 1  # ","
        if c == "[":
            items, i = [], self.ws(i + 1)
            if self.s[i] == "]":
                return _Node("list", i, i + 1, items), i + 1
            while True:
                v, i = self.value(i)
                items.append(v)
                i = self.ws(i)
                if self.s[i] == "]":
                    return _Node("list", items[0].a, i, items), i + 1
                i += 1
        val, j = self.dec.raw_decode(self.s, i)
        if isinstance(val, str):
            return _Node("str", i + 1, j - 1, value=val), j
        return _Node("num" if isinstance(val, (int, float)) and not isinstance(val, bool) else "lit", i, j,
                     value=val), j


_AUTOMATON = {"states": "states", "state": "states", "q": "states", "alphabet": "alphabet", "sigma": "alphabet",
              "symbols": "alphabet", "input alphabet": "alphabet", "start": "start", "start state": "start",
              "initial": "start", "initial state": "start", "q0": "start", "accept": "accept",
              "accepting": "accept", "accept states": "accept", "accepting states": "accept", "final": "accept",
              "final states": "accept", "f": "accept", "delta": "delta", "δ": "delta", "transitions": "delta",
              "transition": "delta", "transition function": "delta"}


def _scalar(n: _Node) -> bool:
    return n.kind in ("str", "num")


# a member of a JSON object: its key and value, its statements, and whether its value names the thing itself
_Member = tuple[_Node, _Node, list[list[Piece]], bool]


def _members(root: _Node, s: str, bad: list[tuple[int, int]] | None = None) -> list[_Member] | None:
    """The statements of each member of a JSON object: an automaton's members, or generic ``key: value``
    members. A member that cannot be read (a null, a list of objects) is added to ``bad`` (its span, quotes
    included) when it is given; otherwise the object cannot be read."""
    keys = {_key_words(k.value).lower(): (k, v) for k, v in root.items}
    roles = {_AUTOMATON.get(k): kv for k, kv in keys.items() if _AUTOMATON.get(k)}
    if "delta" in roles or ("states" in roles and ("start" in roles or "accept" in roles)):
        return _automaton(root, s)
    out: list[_Member] = []
    for k, v in root.items:
        if k.value.strip().lower() in ("type", "kind") and v.kind == "str":
            out.append((k, v, [[(v.a, v.b)]], True))
            continue
        if re.fullmatch(r"[a-z]+\s+(?:type|kind)", _key_words(k.value).lower()) and v.kind == "str":
            st = _pair((k.a, k.b), (v.a, v.b), s)   # "cell_type": "animal" → "animal cell", the thing itself
            if st:
                out.append((k, v, [st], True))
                continue
        st = _member(k, v, s)
        if st is None:
            if bad is None:
                return None
            bad.append(_member_span(k, v))
        out.append((k, v, [st] if st else [], False))
    return out


def _member_span(k: _Node, v: _Node) -> tuple[int, int]:
    return k.a - 1, v.b + (1 if v.kind == "str" else 0)


def _json_statements(root: _Node, s: str) -> list[list[Piece]] | None:
    """The statements of a nested JSON object, its type's value first ("cell with 1 nucleus, …")."""
    ms = _members(root, s)
    if ms is None:
        return None
    noun = [st for m in ms if m[3] for st in m[2]]
    out = [st for m in ms if not m[3] for st in m[2]]
    if noun:
        out = [noun[0] + [" with "] + out[0]] + out[1:] if out else noun[:1]
    return out


def _member(k: _Node, v: _Node, s: str) -> list[Piece] | None:
    if _scalar(v):
        return _pair((k.a, k.b), (v.a, v.b), s)
    if v.kind == "lit":
        if v.value is True:
            return _pair((k.a, k.b), (v.a, v.b), s)
        if v.value is False:
            return _pair((k.a, k.b), (v.a, v.b), s)
        return None  # null: a key without a value
    if v.kind == "list":
        if v.items and all(x.kind == "dict" for x in v.items):
            # "bodies": [{"name": "Jupiter", "a_au": 5.20}, …]: each object a statement of its own, its name first
            parts = [_json_statements(x, s) for x in v.items]
            if not all(parts):
                return None
            out = []
            for i, st in enumerate(parts):
                out += (["; "] if i else []) + [p for j, one in enumerate(st) for p in ([", "] if j else []) + one]
            return out
        if not v.items or not all(_scalar(x) for x in v.items):
            return None
        if _is_symbol(k.value) and len(k.value) <= 2 and k.value[:1].isupper():
            # "A": [1, 2, 3] → "A = {1, 2, 3}": a set named by its letter, listed by its members
            out: list[Piece] = [(k.a, k.b), " = {"]
            for i, x in enumerate(v.items):
                out += ([", "] if i else []) + [(x.a, x.b)]
            return out + ["}"]
        px = re.fullmatch(r"(.+?)_(px|pixels?)", k.value.strip())
        uk = (_key_words(px.group(1)), "px") if px else _unit_key(k.value)
        if uk is not None and len(v.items) in (2, 3) and all(x.kind == "num" for x in v.items) and \
                re.search(r"(?i)size|dimension|resolution|extent|field|frame|image|canvas", uk[0]):
            # "image_size_px": [512, 512] → "image 512 × 512 px": one quantity's extents (the size is the extents)
            name = re.sub(r"\s*\b(?:size|dimensions?|extents?)\b", "", uk[0]).strip()
            out = [name + " "] if name else []
            for i, x in enumerate(v.items):
                out += ([" × "] if i else []) + [(x.a, x.b)]
            return out + [" " + uk[1]]
        out = [(k.a, k.b), " "]
        for i, x in enumerate(v.items):
            out += ([", "] if i else []) + [(x.a, x.b)]
        return out
    inner = _json_statements(v, s)
    if not inner:
        return None
    out = [(k.a, k.b), " with "]
    for i, st in enumerate(inner):
        out += ([", "] if i else []) + st
    return out


def _automaton(root: _Node, s: str) -> list[_Member] | None:
    """An automaton's members: "states …", "start state …", "accepting state …", "<p> goes to <q> on <a>"."""
    members: list[_Member] = []
    for k, v in root.items:
        out: list[list[Piece]] = []
        members.append((k, v, out, False))
        role = _AUTOMATON.get(_key_words(k.value).lower())
        if role in ("states", "alphabet", "accept") and v.kind == "list" and all(_scalar(x) for x in v.items):
            if not v.items:
                if role == "accept":
                    out.append(["no accepting states"])
                continue
            word = {"states": "states ", "alphabet": "alphabet ",
                    "accept": "accepting state " if len(v.items) == 1 else "accepting states "}[role]
            st: list[Piece] = [word]
            for i, x in enumerate(v.items):
                st += ([", "] if i else []) + [(x.a, x.b)]
            out.append(st)
        elif role in ("start", "accept") and _scalar(v):
            out.append([("start state " if role == "start" else "accepting state "), (v.a, v.b)])
        elif role == "delta" and v.kind == "dict":
            for src, row in v.items:
                if row.kind != "dict":
                    return None
                for sym, dst in row.items:
                    targets = dst.items if dst.kind == "list" else [dst]
                    if not targets or not all(_scalar(t) for t in targets):
                        return None
                    for t in targets:
                        out.append([(src.a, src.b), " goes to ", (t.a, t.b), " on ", (sym.a, sym.b)])
        elif role == "delta" and v.kind == "list":
            for t in v.items:
                trip = _triple(t)
                if trip is None:
                    return None
                a, sym, b = trip
                out.append([(a.a, a.b), " goes to ", (b.a, b.b), " on ", (sym.a, sym.b)])
        else:
            st = _member(k, v, s)
            if st is None:
                return None
            out.append(st)
    return members


def _triple(t: _Node) -> tuple[_Node, _Node, _Node] | None:
    """A transition written ``["q0", "a", "q1"]`` or ``{"from": "q0", "on": "a", "to": "q1"}``."""
    if t.kind == "list" and len(t.items) == 3 and all(_scalar(x) for x in t.items):
        return t.items[0], t.items[1], t.items[2]
    if t.kind == "dict":
        d = {k.value.lower(): v for k, v in t.items}
        a = d.get("from") or d.get("source") or d.get("src")
        sym = d.get("on") or d.get("symbol") or d.get("input") or d.get("read") or d.get("label")
        b = d.get("to") or d.get("target") or d.get("dst")
        if a and sym and b and all(_scalar(x) for x in (a, sym, b)):
            return a, sym, b
    return None


def _json(norm: Normalized) -> tuple[list, list[NotDrawn]] | None:
    """A text that is one JSON object: rewritten whole as its statements (and the members it could not
    read), or None."""
    text = norm.text
    a, b = _strip(text.replace("\n", " "), 0, len(text))
    tail: list = []
    if text[a:a + 1] == "{" and text[b - 1:b] != "}":
        # the object and a comment after it ('{…}  // draw exactly this DFA', '{…} # from the lab sheet'): the
        # comment's marker and words are a remark on the object; an arrow pointing back at it ('{…}  <- a
        # free-body diagram from this please') opens words that are read as written
        try:
            _, e = json.JSONDecoder().raw_decode(text[a:b])
        except ValueError:
            return None
        rest = re.match(r"\s*(?P<m>//|#|<-+|←|--)", text[a + e:b])
        if rest is None:
            return None
        if rest.group("m") in ("//", "#"):
            tail = [(a + e, b, [])]
        else:
            tail = [(a + e, a + e + rest.end(), [". "])]
        b = a + e
    if not (text[a:a + 1] == "{" and text[b - 1:b] == "}"):
        return None
    try:
        data = json.loads(text[a:b])
    except ValueError:
        return None
    if not isinstance(data, dict) or not data:
        return None
    edits = _object_edits(norm, a, b, ".")
    if edits is None:
        return None
    return edits[0] + tail, edits[1]


def _object_edits(norm: Normalized, a: int, b: int, end: str) -> tuple[list, list[NotDrawn]] | None:
    """The edits that rewrite the JSON object at ``text[a:b]`` as its statements, the last ended with ``end``,
    and the members it could not read; None when it states nothing."""
    text = norm.text
    root, _ = _JsonSpans(text).value(a)
    bad: list[tuple[int, int]] = []
    ms = _members(root, text, bad)
    said = [i for i, m in enumerate(ms or []) if m[2]]
    if not said:
        return None
    # one edit per member, so that each statement maps back to its own member; braces and commas go
    edits, at = [], a
    for i, (k, v, stmts, noun) in enumerate(ms):
        ma, mb = _member_span(k, v)
        if at < ma:
            edits.append((at, ma, []))
        pieces: list[Piece] = []
        for j, st in enumerate(stmts):
            pieces += (["; "] if j else []) + st
        if stmts:
            pieces.append(end if i == said[-1] else " with " if noun and i == said[0] else "; ")
        edits.append((ma, mb, pieces))
        at = mb
    if at < b:
        edits.append((at, b, []))
    return edits, [_record(norm, x, y, "a member nesy could not read (no value, or values it cannot "
                                               "state)") for x, y in bad]


def _json_inline(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """JSON objects written inside a sentence ('Render this cell spec as a figure: {"cell_type": "animal",
    "nucleus": 1}', 'Free-body diagram for {"object": "3.0 kg mass", …}, with g = 9.8 m/s²'): each rewritten in
    place as its statements, the words around it read as written. Only what the json module accepts as an
    object is read ("{a, b, c}", a set's members, is no JSON and stays)."""
    text = norm.text
    dec = json.JSONDecoder()
    edits: list = []
    bad: list[NotDrawn] = []
    i = text.find("{")
    while i >= 0:
        try:
            data, e = dec.raw_decode(text, i)
        except ValueError:
            i = text.find("{", i + 1)
            continue
        if isinstance(data, dict) and data:
            # its statements end a clause: a comma after the object ('{…}, B is a subset of A') ends it as a
            # semicolon (read as a list, "C = {7, 8}, B is …" made C a subset of A), a full stop or nothing after
            # it as a full stop
            after = text[e:].lstrip(" \t")
            end = e
            if after[:1] == ",":
                end = text.index(",", e) + 1
            got = _object_edits(norm, i, end, ";" if after[:1] == "," else
                                "" if after[:1] in (".", ";", ":", "!", "?", ")") else ".")
            if got is not None:
                edits += got[0]
                bad += got[1]
        i = text.find("{", e)
    return edits, bad


# ------------------------------------------------------------------------------------------- entry
# ------------------------------------------------------------------------------------------- subtitles, diffs
SUBTITLE = "a subtitle file's cue number and times, not content"
DIFF_OLD = "a line the diff removes (its '+' line replaces it)"
DIFF_MARK = "a diff's marker or header, not content"
# SubRip (.srt) and WebVTT cues: "14\n00:02:11,200 --> 00:02:15,000", "WEBVTT"
_CUE_TIMES = re.compile(r"(?m)^[ \t]*(?:\d{1,5}[ \t]*\n[ \t]*)?(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*"
                        r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}[^\n]*$|^[ \t]*WEBVTT[^\n]*$")
# a unified diff's lines: "- mitochondria: 4" / "+ mitochondria: 7", its "---"/"+++" file and "@@" hunk headers
_DIFF_LINE = re.compile(r"(?m)^(?P<sign>[-+])(?![-+])[ \t]*(?P<key>[^:\n]{1,40}?)[ \t]*:(?P<rest>[^\n]*)$")
_DIFF_HEAD = re.compile(r"(?m)^(?:---|\+\+\+)[ \t][^\n]*$|^@@[^\n]*@@[^\n]*$")


def _subtitles(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """A subtitle file's cue numbers and times blanked; its lines are the text."""
    edits, rec = [], []
    for m in _CUE_TIMES.finditer(norm.text):
        a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        edits.append((a, m.end(), []))
        rec.append(_record(norm, a, m.end(), SUBTITLE))
    return edits, rec


def _diff(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """A unified diff of a "key: value" spec: a "-" line whose key a "+" line gives again is removed (the
    edit replaces it), every "+"/"-" marker and header blanked. Only when some key is both removed and
    added: a list of "- item: value" bullets alone is no diff."""
    text = norm.text
    lines = list(_DIFF_LINE.finditer(text))
    key = lambda m: m.group("key").strip().lower()  # noqa: E731
    added = {key(m) for m in lines if m.group("sign") == "+"}
    removed = {key(m) for m in lines if m.group("sign") == "-"}
    if not added & removed:
        return [], []
    edits, rec = [], []
    for m in lines:
        if m.group("sign") == "-" and key(m) in added:
            edits.append((m.start(), m.end(), []))
            rec.append(_record(norm, m.start(), m.end(), DIFF_OLD))
        else:
            edits.append((m.start(), m.start() + 1, []))
            rec.append(_record(norm, m.start(), m.start() + 1, DIFF_MARK))
    for m in _DIFF_HEAD.finditer(text):
        edits.append((m.start(), m.end(), []))
        rec.append(_record(norm, m.start(), m.end(), DIFF_MARK))
    return edits, rec


# ------------------------------------------------------------------------------------------- role prompts
ROLE = "a chatbot prompt's role or format instruction, not content"
# the framing of a prompt written for a chatbot ("You are a figure assistant for a histology course.", "Your task:",
# "Respond with the figure only.", "Subject: a plasma cell."): sentences that cast the reader or fix the answer's
# form; the sentences between them state the figure
_ROLE = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))[ \t]*(?:"
    r"You\s+are\s+(?:an?|the|my)\s+(?:[\w-]+\s+){0,4}?(?:assistant|bot|chatbot|AI|model|expert|illustrator|designer|"
    r"generator|helper|tutor|artist|engine|agent)\b[^.!?\n]{0,80}[.!?]"
    r"|(?:Respond|Reply|Answer|Output|Return)\s+(?:only\s+)?with\s+[^.!?\n\d]{0,60}[.!?]"
    r"|(?:Your|The)\s+(?:task|job|goal|role|assignment)\s*(?:is\s*)?:[ \t]*"
    r"(?:(?:produce|create|generate|make|draw|render)\s+(?:one|a|an|the)\s+(?:diagram|figure|image|drawing|picture)\s*[.!]"
    r")?"
    r"|(?:Subject|Topic|Theme)\s*:[ \t]*(?=\S))")


def _role_prompt(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """A chatbot prompt's framing blanked (see ``_ROLE``); only in a text that casts its reader ("You are a …")
    or fixes the answer's form, so "Subject:" elsewhere stays for the e-mail reader."""
    text = norm.text
    if not re.search(r"(?i)\bYou\s+are\s+(?:an?|the|my)\b|\b(?:Respond|Reply)\s+(?:only\s+)?with\b", text):
        return [], []
    edits, rec = [], []
    for m in _ROLE.finditer(text):
        a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if m.end() > a:
            edits.append((a, m.end(), []))
            rec.append(_record(norm, a, len(text[:m.end()].rstrip()), ROLE))
    return edits, rec


INTRO = "the writer introducing themselves, not content"
# a post's opening self-introduction ("Stamp collector here.", "Physics teacher here!", "Long-time lurker here."):
# a short noun phrase and "here", no number, opening the text before what it asks
_INTRO = re.compile(r"\A[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,3}[ \t]+here[ \t]*[.!](?=\s+\S)")


def _intro(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    m = _INTRO.match(norm.text)
    if not m:
        return [], []
    from .concepts import token_scores
    if any(v > 0 for v in token_scores(m.group(0)).values()):
        return [], []   # "Nucleus here.", "The Sun is here.": a thing a science draws, placed
    return [(m.start(), m.end(), [])], [_record(norm, *_strip(norm.text, m.start(), m.end()), INTRO)]


def read_scaffolding(norm: Normalized) -> tuple[Normalized, Scaffolding]:
    """``norm`` with the scaffolding of its document read (see the module), and what was blanked or left
    unread; ``norm`` itself when the text has none."""
    text, given = norm.text, norm
    if not text.strip():
        return norm, Scaffolding()
    rec: list[NotDrawn] = []
    bad: list[NotDrawn] = []
    edits, r = _telegram(norm)  # "ONE CELL STOP ONE NUCLEUS STOP": the sentences of a telegram
    if edits:
        norm = _rewrite(norm, edits)
        rec += r
        text = norm.text
    edits, r = _dictation(norm)  # "one nucleus comma two mitochondria full stop": the marks said aloud
    if edits:
        norm = _rewrite(norm, edits)
        rec += r
        text = norm.text
    from .forms import gherkin, letter, screenplay   # the furniture of a script, a letter, a feature file or story
    for step in (_subtitles, _diff, _role_prompt, _intro, screenplay, letter, gherkin):  # cue times; a diff's removed lines (before key: value); a prompt's frame
        edits, r = step(norm)
        if edits:
            norm = _rewrite(norm, _disjoint(sorted(edits)))
            rec += r
            text = norm.text
    edits, r = _stamps(norm)  # first: a stamp before a table or a key: value block is no row of it
    if edits:
        norm = _rewrite(norm, _disjoint(edits))
        rec += r
        text = norm.text
    if re.search("[|｜ǀ𝍷卌𝍸]", text):   # "quadrant 1: |||": tally marks, read as their total (nesy.parse.tally)
        from .tally import read_tallies
        edits, blank, unread = read_tallies(text)
        if edits:
            rec += [_record(norm, *_strip(text, a, b), why) for a, b, why in blank]
            bad += [_record(norm, a, b, why) for a, b, why in unread]
            norm = _rewrite(norm, _disjoint(edits))
            text = norm.text
    edits, r = _speakers(norm)  # a dialogue's tags, before its lines could be read as "key: value" pairs
    if edits:
        norm = _rewrite(norm, _disjoint(edits))
        rec += r
        text = norm.text
    j = _json(norm) if "{" in text else None
    if j is None and '{"' in text.replace("{ ", "{").replace("{\n", "{"):
        # objects inside a sentence ("Draw this automaton: {…}"): each read in place, the sentence around it kept
        edits, bad = _json_inline(norm)
        j = (edits, bad) if edits else None
    if j is not None:
        edits, bad = j
        norm = _rewrite(norm, edits)
    else:
        if "|" in text:
            edits, r, bad = _tables(norm)
            if edits:
                norm = _rewrite(norm, edits)
                rec += r
            edits, r = _inline_tables(norm)
            if edits:
                norm = _rewrite(norm, _disjoint(edits))
                rec += r
        if (":" in norm.text or "=" in norm.text) and "\n" in norm.text:
            # a YAML-like block with headings over indented lines and list items (nested), else flat lines
            edits, r = _nested_key_values(norm) if _nested_shape(norm.text) else ([], [])
            if not edits:
                edits, r = _key_values(norm)
            if edits:
                norm = _rewrite(norm, edits)
                rec += r
    if "_" in norm.text:   # "a_Venus = 0.72 AU", "a_⊕ = 1.00 AU": the quantity of the body named
        edits, _ = _named_subscripts(norm)
        if edits:
            norm = _rewrite(norm, edits)
            text = norm.text
    if ":" in norm.text or "=" in norm.text:   # "n_chloroplast = 6", "mitochondria: 4; ribosomes: 8": counts inline
        edits, _ = _inline_counts(norm)
        if edits:
            norm = _rewrite(norm, _disjoint(edits))
            text = norm.text
    edits, _ = _light_times(norm)  # "light takes 1.32 hours to reach Saturn": Saturn at 1.32 light-hours
    if edits:
        norm = _rewrite(norm, edits)
        text = norm.text
    edits, _ = _contrasts(norm)  # "next to (not inside) the nucleus": the negated place as a clause of its own
    if edits:
        norm = _rewrite(norm, edits)
        text = norm.text
    from .counted_after import counts_after, former_latter
    for step in (former_latter, counts_after):   # "the former numbering 4": "the 4 mitochondria"
        edits, _ = step(norm)
        if edits:
            norm = _rewrite(norm, _disjoint(sorted(edits)))
            text = norm.text
    for step in (_chat, _labels, _choices):
        edits, r = step(norm)
        if edits:
            norm = _rewrite(norm, _disjoint(edits))
            rec += r
    if "?" in norm.text:   # "Should the centrioles be inside the nucleus?\nno, outside it": the answer's statement
        from .answers import answered_questions
        edits, r = answered_questions(norm)
        if edits:
            norm = _rewrite(norm, _disjoint(sorted(edits)))
            rec += r
    # an emoji between a word and a capitalised word or hashtag ends the sentence before it ("Poll results are in 🎶
    # #Jazz and #Blues overlap"): read as a full stop, so the two sentences are not run into one
    emoji = [(m.start(), m.end(), [". "] if re.search(r"\w[ \t]*$", norm.text[:m.start()])
              and re.match(r"#?[A-Z]", norm.text[m.end():]) else []) for m in _EMOJI_RUN.finditer(norm.text)]
    if emoji:
        rec += [_record(norm, a, a + len(norm.text[a:b].rstrip()), EMOJI) for a, b, _ in emoji]
        norm = _rewrite(norm, emoji)
    if not rec and not bad:
        return norm, Scaffolding()
    if not norm.text.strip():
        return given, Scaffolding()  # nothing but scaffolding: the science reads the text as it came
    key = lambda n: (n.start, n.end)  # noqa: E731
    return norm, Scaffolding(tuple(sorted(set(rec), key=key)), tuple(sorted(set(bad), key=key)))


def _disjoint(edits: list) -> list:
    """The edits that do not overlap an earlier one (by start)."""
    out, end = [], -1
    for e in sorted(edits, key=lambda e: (e[0], e[1])):
        if e[0] >= end:
            out.append(e)
            end = e[1]
    return out
