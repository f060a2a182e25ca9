"""Forms a request is written in, read by their structure: a screenplay, a formal letter, a Gherkin feature
file and a user story.

The form's own furniture — a screenplay's scene headings, character cues, parentheticals, transitions and
action lines; a letter's salutation, formulae, deadline and closing; Gherkin's step keywords and titles; a user
story's role and benefit clauses and its tracker fields — says who speaks, where, to whom and by when, never
what the figure shows. Each reader recognises its form only by several of its marks together (never one line),
blanks the furniture (recorded among ``no_content`` with why) and ends each kept line with a full stop, so
that the dialogue, the letter's body or the steps reach the science as plain statements.

Sources for the formats: screenplay — the Hollywood standard as Final Draft writes it (Riley, *The Hollywood
Standard*, 3rd ed., 2021: scene heading "INT./EXT. PLACE – TIME", character cue in capitals, parentheticals
"(beat)", "(V.O.)", "(O.S.)", "(CONT'D)", transitions "CUT TO:"); Gherkin — Cucumber's reference
(cucumber.io/docs/gherkin/reference: "Feature:", "Rule:", "Background:", "Scenario:"/"Example:",
"Scenario Outline:", "Examples:", steps "Given/When/Then/And/But", "*"); user story — Cohn, *User Stories
Applied* (2004): "As a <role>, I want <goal> so that <benefit>", with acceptance criteria and story points.

Hands on ``(edits, records)`` for ``nesy.parse.structured.read_scaffolding`` to apply.
"""
from __future__ import annotations

import re

from ..types import NotDrawn
from .markup import Normalized

__all__ = ["screenplay", "letter", "gherkin", "SCENE", "CUE", "PAREN", "ACTION", "TRANSITION", "LETTER",
           "DEADLINE", "REASON", "STEP", "STORY"]

SCENE = "a screenplay's scene heading (where and when the scene plays), not content"
CUE = "a screenplay's character cue (who speaks)"
PAREN = "a screenplay's parenthetical (how a line is spoken)"
ACTION = "a screenplay's action line (what the scene shows happening), not what the figure shows"
TRANSITION = "a screenplay's transition"
LETTER = "a letter's salutation, formula or closing"
DEADLINE = "when the figure is wanted, not what it shows"
REASON = "a reason given for what is left out (the negation itself is read)"
STEP = "a Gherkin keyword or title (the step's words are the statement)"
STORY = "a user story's role, benefit or tracker field, not content"

Edit = tuple[int, int, list]


def _rec(norm: Normalized, a: int, b: int, why: str) -> NotDrawn:
    while a < b and norm.text[a].isspace():
        a += 1
    while b > a and norm.text[b - 1].isspace():
        b -= 1
    s, e = norm.span(a, b)
    return NotDrawn(s, e, norm.original[s:e], why)


def _line_spans(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for ln in text.split("\n"):
        out.append((at, at + len(ln)))
        at += len(ln) + 1
    return out


def _end_stop(text: str, a: int, b: int) -> list[Edit]:
    """A full stop after a kept line's last character, where it has none."""
    s = text[a:b].rstrip()
    if s and s[-1] not in ".!?;:,)":
        e = a + len(s)
        return [(e - 1, e, [(e - 1, e), "."])]
    return []


# ------------------------------------------------------------------------------------------- screenplay
_SCENE = re.compile(r"^[ \t]*(?:INT\.?/EXT|EXT\.?/INT|I/E|INT|EXT|EST)\.?[ \t]+[A-Z0-9][^\n]*$")
_TRANSITION = re.compile(r"^[ \t]*(?:(?:SMASH[ \t]+|MATCH[ \t]+|JUMP[ \t]+|HARD[ \t]+)?CUT[ \t]+TO|DISSOLVE[ \t]+TO|"
                         r"FADE[ \t]+(?:IN|OUT|TO(?:[ \t]+BLACK)?)|WIPE[ \t]+TO|BACK[ \t]+TO[ \t]+SCENE|THE[ \t]+END)"
                         r"[ \t]*[:.]?[ \t]*$")
_EXT = r"\((?:V\.?O\.?|O\.?S\.?|O\.?C\.?|CONT['’]?D|cont['’]?d|CONTINUING|continuing|INTO[ \t]+PHONE|PRE-?LAP)\)"
# a cue: a name in capitals (titles "MS.", "DR." allowed), an extension, then a colon or the line's end
_NAME = r"(?:(?:MR|MRS|MS|DR|PROF|SGT|CAPT)\.?[ \t]+)?[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){0,2}"
_CUE = re.compile(r"^[ \t]*(?P<name>" + _NAME + r")(?:[ \t]*" + _EXT + r")*[ \t]*(?P<colon>:)?[ \t]*", re.M)
_COUNTS = re.compile(r"(?i)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|no|single|"
                     r"pair|dozen)\b")
_PAREN_LINE = re.compile(r"^[ \t]*\([a-zA-Z][^()\n]{0,40}\)[ \t]*$")
_PAREN_IN = re.compile(r"[ \t]*(?:" + _EXT + r"|\((?:beat|pause|a[ \t]+beat|sighs?|beat;?[ \t]+then|then|smiling|"
                       r"quietly|to[ \t]+\w+|re:?[ \t]+\w+)\))", re.I)


def screenplay(norm: Normalized) -> tuple[list[Edit], list[NotDrawn]]:
    """A script: at least one scene heading or transition and one character cue. Headings, transitions,
    parentheticals and cues blanked; lines that are no character's dialogue (the action) blanked; each line
    of dialogue ended with a full stop."""
    text = norm.text
    spans = _line_spans(text)
    heads = [i for i, (a, b) in enumerate(spans) if _SCENE.match(text[a:b]) or _TRANSITION.match(text[a:b])]
    cues: dict[int, re.Match] = {}
    for i, (a, b) in enumerate(spans):
        if i in heads:
            continue
        m = _CUE.match(text, a, b)
        if not m or m.end() > b:
            continue
        rest = text[m.end():b].strip()
        name_words = re.findall(r"[A-Z][A-Z'’\-]+", m.group("name"))
        if not name_words or all(len(w) < 2 for w in name_words):
            continue
        if (m.group("colon") and rest) or (not m.group("colon") and not rest and text[a:b].strip().isupper()):
            cues[i] = m
    if not heads or not cues:
        return [], []
    names = {re.sub(r"\s+", " ", m.group("name")) for m in cues.values()}
    edits: list[Edit] = []
    rec: list[NotDrawn] = []
    speaking = False   # after a cue on a line of its own, its dialogue runs until a blank line or the next cue
    for i, (a, b) in enumerate(spans):
        line = text[a:b]
        if not line.strip():
            speaking = False
            continue
        if i in heads:
            edits.append((a, b, []))
            rec.append(_rec(norm, a, b, SCENE if _SCENE.match(line) else TRANSITION))
            speaking = False
            continue
        if _PAREN_LINE.match(line):
            edits.append((a, b, []))
            rec.append(_rec(norm, a, b, PAREN))
            continue
        if i in cues:
            m = cues[i]
            edits.append((a, m.end(), []))
            rec.append(_rec(norm, a, m.end(), CUE))
            if m.group("colon"):
                edits += _inline_parens(norm, m.end(), b, rec)
                edits += _end_stop(text, m.end(), b)
                speaking = False
            else:
                speaking = True
            continue
        if speaking:
            edits += _inline_parens(norm, a, b, rec)
            edits += _end_stop(text, a, b)
            continue
        # an action line: the scene's business ("MS. OKAFOR taps the whiteboard."); one that counts things
        # ("On the whiteboard she has drawn one cell with one nucleus …") describes a figure and is read
        if _COUNTS.search(line):
            edits += _end_stop(text, a, b)
        elif any(line.lstrip().startswith(n) for n in names) or line.strip()[:1].isupper():
            edits.append((a, b, []))
            rec.append(_rec(norm, a, b, ACTION))
    return edits, rec


def _inline_parens(norm: Normalized, a: int, b: int, rec: list[NotDrawn]) -> list[Edit]:
    out = []
    for p in _PAREN_IN.finditer(norm.text, a, b):
        out.append((p.start(), p.end(), []))
        rec.append(_rec(norm, p.start(), p.end(), PAREN))
    return out


# ------------------------------------------------------------------------------------------- letters
# a formal letter's formulae (the salutations and closings of business letters; in Indian English "Respected
# Sir", "do the needful", "Thanking you", "Yours faithfully"): each is recognised only at a letter's edges or as
# a fixed formula, never a free word
_SALUTE = re.compile(r"(?im)\A[ \t]*(?:(?:Respected|Dear|Hello|Hi|Good[ \t]+(?:morning|afternoon|evening))"
                     r"[ \t]+(?:Sir[ \t]*/[ \t]*Madam|Sir[ \t]+or[ \t]+Madam|Sir|Madam|Ma['’]?am|Teacher|Professor|"
                     r"(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+[A-Z][\w'’-]+|All|Team|Colleagues)"
                     r"|To[ \t]+whom[ \t]+it[ \t]+may[ \t]+concern)[ \t]*[,:!.]?[ \t]*")
_CLOSE = re.compile(r"(?im)(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:Thanking[ \t]+you(?:[ \t]+in[ \t]+(?:advance|anticipation))?|"
                    r"Thanks[ \t]+(?:and|&)[ \t]+regards|(?:With[ \t]+)?(?:kind|best|warm)?[ \t]*regards|"
                    r"Yours[ \t]+(?:faithfully|sincerely|truly|obediently|lovingly)|(?:Sincerely|Faithfully)[ \t]+yours|"
                    r"Your(?:s)?[ \t]+(?:obedient|faithful|sincere)[ \t]+(?:student|pupil|servant)|Sincerely)"
                    r"[ \t]*[,.!]?")
# a sentence that only asks for an answer or action ("Please do the needful.", "I wait your answer.")
_FORMULA = re.compile(r"(?i)(?:please[ \t]+|kindly[ \t]+)?(?:do[ \t]+the[ \t]+needful|"
                      r"I[ \t]+(?:a?wait|am[ \t]+(?:a?waiting|looking[ \t]+forward[ \t]+to))[ \t]+(?:for[ \t]+)?"
                      r"your[ \t]+(?:kind[ \t]+)?(?:answer|reply|response)|"
                      r"(?:looking[ \t]+forward[ \t]+to|awaiting)[ \t]+your[ \t]+(?:kind[ \t]+)?(?:answer|reply|response))")
_DEADLINE = re.compile(r"(?i)[ \t,]*(?:\b(?:by|before|till|until)[ \t]+(?:tomorrow|today|tonight|(?:this|next)[ \t]+"
                       r"(?:week|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|end[ \t]+of[ \t]+(?:the[ \t]+)?"
                       r"(?:day|week)|eod|eow)(?:[ \t]+(?:morning|evening|night|afternoon))?(?:[ \t]+itself)?|"
                       r"\bat[ \t]+the[ \t]+earliest|\bas[ \t]+soon[ \t]+as[ \t]+possible|\basap\b)")
# "prepare / make a diagram of": a figure verb, as "draw"
_PREPARE = re.compile(r"(?i)\b(?P<v>prepare|make)(?=[ \t]+(?:(?:a|an|the|one|me[ \t]+a)[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
                      r"(?:diagram|figure|sketch|drawing|picture|illustration)s?\b)")
# "a neat diagram" (the school formula "draw a neat labelled diagram"): how carefully it is drawn
_NEAT = re.compile(r"(?i)\bneat(?:ly)?[ \t]+(?=(?:[\w-]+[ \t]+)?(?:diagram|figure|sketch|drawing)s?\b)")
# a reason clause after a negation ("no chloroplast as it is from the bulb", "no chloroplasts since it is a root")
_REASON = re.compile(r"(?i)(?<=\w)[ \t]*,?[ \t]+(?:as|since|because)[ \t]+(?:it|this|that|they)[ \t]+(?:is|are|was|'s|comes?)"
                     r"\b[^.;!?\n]*")
_NEG_BEFORE = re.compile(r"(?i)\b(?:no|not|without|nor|zero)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?[ \t]*$")


def letter(norm: Normalized) -> tuple[list[Edit], list[NotDrawn]]:
    """A formal letter: a salutation at the start or a closing formula, with its body. Salutation, formulae,
    closing (and the signature after it), deadlines, "prepare a diagram" (read as "draw") and a reason clause
    after a negation ("no chloroplast as it is from the bulb": the reason) — the body's statements stay."""
    text = norm.text
    sal = _SALUTE.match(text)
    closes = [m for m in _CLOSE.finditer(text) if m.end() > m.start() and m.group(0).strip()]
    formulae = list(_FORMULA.finditer(text))
    if not sal and not (closes and formulae):
        return [], []
    edits: list[Edit] = []
    rec: list[NotDrawn] = []
    if sal and sal.end() > sal.start():
        edits.append((sal.start(), sal.end(), []))
        rec.append(_rec(norm, sal.start(), sal.end(), LETTER))
    end = len(text)
    for c in closes:   # the first closing after which only closings and a signature follow
        rest = text[c.end():]
        for d in closes:
            if d.start() >= c.end():
                rest = rest.replace(d.group(0).strip(), " ")
        if c.start() > (sal.end() if sal else 0) and len(rest.split()) <= 8:
            edits.append((c.start(), end, []))   # the closing and the signature under it
            rec.append(_rec(norm, c.start(), end, LETTER))
            end = c.start()
            break
    for m in _NEAT.finditer(text, 0, end):
        edits.append((m.start(), m.end(), []))
        rec.append(_rec(norm, m.start(), m.end(), LETTER))
    for m in formulae:
        if m.end() <= end:
            edits.append((m.start(), m.end(), []))
            rec.append(_rec(norm, m.start(), m.end(), LETTER))
    for m in _DEADLINE.finditer(text, 0, end):
        edits.append((m.start(), m.end(), []))
        rec.append(_rec(norm, m.start(), m.end(), DEADLINE))
    for m in _PREPARE.finditer(text, 0, end):
        edits.append((m.start("v"), m.end("v"), ["draw"]))
    for m in _REASON.finditer(text, 0, end):
        if _NEG_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            edits.append((m.start(), m.end(), []))
            rec.append(_rec(norm, m.start(), m.end(), REASON))
    return edits, rec


# ------------------------------------------------------------------------------------------- gherkin / stories
_GH_HEAD = re.compile(r"(?im)^[ \t]*(?:Feature|Rule|Background|Scenario(?:[ \t]+Outline|[ \t]+Template)?|Example|"
                      r"Examples|Scenarios|Story|User[ \t]+story|Acceptance[ \t]+criteria|Narrative)[ \t]*:[^\n]*$")
_GH_STEP = re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]+)?(?P<kw>Given|When|Then|And|But|\*)(?=[ \t]+\S)[ \t]+")
# tracker fields of a story card ("Story points: 3", "Priority: High", "Estimate: 2 days", "Sprint: 14")
_FIELD = re.compile(r"(?im)^[ \t]*(?:Story[ \t]+points?|Points|Priority|Estimate|Sprint|Assignee|Reporter|Status|"
                    r"Labels?|Epic|Component|Due(?:[ \t]+date)?|Owner)[ \t]*:[^\n]*$")
# "As a teacher, I want …": the role; "… so that my students …" / "in order that …": the benefit
_ROLE = re.compile(r"(?im)(?:^|(?<=[.:])[ \t]+)[ \t]*(?:[-*•][ \t]+)?As[ \t]+(?:an?|the)[ \t]+[^,\n]{1,60}?,?[ \t]+I[ \t]+"
                   r"(?:want|would[ \t]+like|need|wish)(?:[ \t]+(?:to[ \t]+(?:see|have|get|show|draw|be[ \t]+shown)|"
                   r"nesy[ \t]+to[ \t]+(?:draw|show)))?[ \t]*:?[ \t]*")
_BENEFIT = re.compile(r"(?i),?[ \t]+(?:so[ \t]+that|in[ \t]+order[ \t]+(?:that|to))[ \t]+[^.\n]*")
_GH_KW = {"given", "when", "then", "and", "but", "*"}


def gherkin(norm: Normalized) -> tuple[list[Edit], list[NotDrawn]]:
    """A Gherkin feature or a user story: at least two step lines under a "Feature:"/"Scenario:" heading, or
    a story's "As a …, I want …" with a story heading, acceptance criteria, a field or steps. Headings (their
    titles too: the steps state the figure), step keywords, role and benefit clauses and tracker fields
    blanked; each step ended with a full stop."""
    text = norm.text
    heads = list(_GH_HEAD.finditer(text))
    steps = list(_GH_STEP.finditer(text))
    roles = list(_ROLE.finditer(text))
    fields = list(_FIELD.finditer(text))
    is_gherkin = bool(heads) and len(steps) >= 2 and any(s.group("kw") in ("Given", "Then", "When") for s in steps)
    is_story = bool(roles) and bool(heads or fields or len(steps) >= 2)
    if not (is_gherkin or is_story):
        return [], []
    edits: list[Edit] = []
    rec: list[NotDrawn] = []
    for m in heads + fields:
        edits.append((m.start(), m.end(), []))
        rec.append(_rec(norm, m.start(), m.end(), STEP if m in heads else STORY))
    for m in steps:
        edits.append((m.start(), m.end(), []))
        rec.append(_rec(norm, m.start(), m.end(), STEP))
        eol = text.find("\n", m.end())
        edits += _end_stop(text, m.end(), len(text) if eol < 0 else eol)
    for m in roles:
        edits.append((m.start(), m.end(), []))
        rec.append(_rec(norm, m.start(), m.end(), STORY))
        eol = text.find("\n", m.end())
        b = _BENEFIT.search(text, m.end(), len(text) if eol < 0 else eol)
        if b:
            edits.append((b.start(), b.end(), []))
            rec.append(_rec(norm, b.start(), b.end(), STORY))
    return edits, rec
