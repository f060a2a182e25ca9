"""The conversation around a request, read as what it is: forwarded e-mail, forum edits, footnotes, CSV
tables, a student's attempt with a tutor's correction, and "X, not Y" contrasts.

A sibling of ``nesy.parse.structured`` (which reads chat transcripts, labels, Markdown tables, JSON and
``key: value`` blocks), run right before it on the normalised text:

- **Forwarded e-mail** ("Fwd: figure for the handout\\n> Can you make a cartoon of a macrophage?\\n> It should
  show …\\nSure - here's the spec above, please draw it."): the subject line and the "> " quote markers are
  the e-mail's scaffolding, the quoted request is the content, a reply line made only of conversation words
  ("Sure - here's the spec above, please draw it") is conversation. "> " is a quote marker only at the start
  of a line, on two such lines or under a Fwd:/Re: subject ("f > 10 cm" is a comparison).
- **Footnotes**: a reference line "[1] Borucki et al., Science 340, 587 (2013)." and its markers "[1]" in the
  text cite a source; their numbers count nothing. A "[100]" with no reference line stays (a Miller index).
- **CSV tables** ("set_a,relation,set_b\\nMammals,subset,Animals\\n…", "part,value,connection\\nR1,1 kΩ,series"):
  a header line of names and at least two rows of as many cells; each row becomes one statement, its cells in
  order ("R1 1 kΩ series"), a relation column read as the relation between the cells on either side
  ("Mammals is a subset of Animals"), two columns read as ``nesy.parse.structured`` reads a table's pairs.
- **Forum edits** ("EDIT: actually make it 14 nuclei - 10 turned out too sparse."): the label is scaffolding; an
  edit that gives a new value for one item of the post ("make it 14 nuclei", "change it to 5 cm") replaces that
  item where the post states it (a ``Correction``), and the edit sentence, with its reason that names the old
  value, is read into it. An edit whose item matches several of the post's items is refused naming it.
  An edit that only clarifies ("to be clear, it's a diverging lens") keeps its statement.
- **A student's attempt and a tutor's correction** ("My guess: bcc with only Ag, a = 3.28 Å.\\nTA: Not quite -
  … make it CsCl type, not bcc."): a line opened by a tutor ("TA:", "Tutor:", "Teacher:") that rejects ("No",
  "Not quite", "Careful") supersedes the attempt ("My guess: …", "My FBD had …", "I drew …") on an earlier line:
  the attempt is not drawn (ignored, with why), the tutor's label and rejection are conversation, the rest of
  the correction is content. When the correction says "X, not Y" and the attempt holds X with Y in X's last
  item's place ("q1 -a-> q0, not q1" and the attempt's "q1 -a-> q1"), the attempt is what gets drawn, with that
  item replaced (a ``Correction``), and the correction's clause is read into it.
- **Contrasts** "X, not Y" / "X rather than Y" / "X instead of Y" where X and Y are values of one property
  (``grammars/common/alternatives.yaml``: "a diverging lens, not a converging one", "CsCl type, not bcc"): X is
  what is drawn, ", not Y" says what it is not (ignored, with why). A "not" between words of different
  properties ("a nucleus, not a vacuole") stays a negation, read or refused as before.

Hands on: the rewritten ``Normalized``, a ``Scaffolding`` (what was blanked, with why) and the corrections.
"""
from __future__ import annotations

import re
from typing import Any

from ..types import Correction, NotDrawn
from .markup import Normalized
from .structured import Scaffolding, _record, _rewrite, _strip, state_table

__all__ = ["read_documents"]

SUBJECT = "an e-mail's subject line"
QUOTE = "an e-mail's quote marker"
REPLY = "a reply in the e-mail conversation, not part of the request"
FOOTNOTE = "a footnote citing a source, not a quantity"
CSV_HEAD = "a CSV table's header line"
EDIT_LABEL = "a forum post's edit label"
EDIT_READ = "an edit read into the post it corrects"
EDIT_TALK = "a forum edit's discourse words"
ATTEMPT = "a student's attempt that the tutor's correction supersedes (not drawn)"
TUTOR = "a tutor's label and rejection of the attempt"
OPENER = "the opening words of a student's attempt"
MERGED = "a tutor's correction read into the attempt it corrects"
NOT_Y = "what the text says it is not (the value before it is drawn)"
NOT_THERE = "a thing the text names only to say it is not there or not meant (not drawn)"


# ------------------------------------------------------------------------------------------- e-mail
_SUBJECT = re.compile(r"\A[ \t]*(?P<mark>(?:Subject|SUBJECT|Subj)[ \t]*:[ \t]*(?:(?:Fwd?|FWD?|Re|RE|AW|WG|TR)[ \t]*:[ \t]*)*"
                      r"|(?:(?:Fwd?|FWD?|Re|RE|AW|WG|TR)[ \t]*:[ \t]*)+)(?P<rest>[^\n]*)\n")
TITLE = "an e-mail's subject line that names what its body describes (a title, not one more thing)"
_QUOTED = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
_TALK = frozenset({"sure", "ok", "okay", "yes", "yep", "thanks", "thank", "you", "thx", "ty", "cheers", "hi",
                   "hello", "hey", "here", "here's", "heres", "is", "are", "the", "this", "that", "these", "it",
                   "spec", "specs", "specification", "request", "requests", "above", "below", "please", "pls",
                   "draw", "make", "do", "can", "could", "would", "you", "me", "for", "fyi", "see", "forwarding",
                   "forwarded", "forward", "quoted", "original", "message", "email", "e-mail", "mail", "what",
                   "they", "she", "he", "asked", "want", "wants", "sent", "as", "per", "below", "attached",
                   "best", "regards", "a", "figure", "of", "to", "from", "just", "so", "and", "on", "it's",
                   "its", "great", "will", "i", "i'll", "we", "need", "needs", "needed", "one", "thing",
                   "something", "like", "with", "again", "quick", "got", "let", "know", "if", "works", "help"})


def _email(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    text = norm.text
    subj = _SUBJECT.match(text)
    quoted = [m for m in _QUOTED.finditer(text) if m.group(0).strip()]
    edits: list = []
    rec: list[NotDrawn] = []
    if subj and text[subj.end():].strip():
        # the marker is scaffolding; the subject's words may say what the figure is ("Re: plant cell"), so
        # they stay, ended as a statement of their own — unless the body names the same thing ("Subject: heart
        # cell figure" over "… draw a cardiac muscle cell with …"): then the subject is its title, and read as
        # a statement it would be one more cell
        body_words = set(re.findall(r"[a-z]{3,}", text[subj.end():].lower()))
        own = [w for w in re.findall(r"[a-z]{3,}", subj.group("rest").lower()) if w not in _TALK
               and w not in ("figure", "diagram", "drawing", "sketch", "image", "picture", "request", "slide")]
        if own and any(w in body_words for w in own):
            edits.append((subj.start("mark"), subj.end("rest"), []))
            rec.append(_record(norm, *_strip(text, subj.start("mark"), subj.end("mark")), SUBJECT))
            rec.append(_record(norm, *_strip(text, subj.start("rest"), subj.end("rest")), TITLE))
        else:
            edits += _subject(norm, subj)
            rec.append(_record(norm, *_strip(text, subj.start("mark"), subj.end("mark")), SUBJECT))
    if not (len(quoted) >= 2 or (subj and quoted)):
        return edits, rec
    for m in quoted:
        edits.append((m.start(), m.end(), []))
        rec.append(_record(norm, *_strip(text, m.start(), m.end()), QUOTE))
    # unquoted lines after the subject: a reply made only of conversation words is no part of the request
    body = subj.end() if subj else 0
    starts = {m.start() for m in quoted}
    for line in re.finditer(r"[^\n]+", text[body:]):
        a, b = body + line.start(), body + line.end()
        if any(a <= s < b for s in starts) or re.search(r"\d", text[a:b]):
            continue
        words = re.findall(r"[\w'’]+", text[a:b].lower().replace("’", "'"))
        if words and all(w in _TALK for w in words):
            edits.append((a, min(len(text), b + 1), []))
            rec.append(_record(norm, *_strip(text, a, b), REPLY))
    return edits, rec


def _subject(norm: Normalized, subj: re.Match) -> list:
    """The subject's marker blanked ("Fwd: ", "Re: Fwd: "), its line ended with a full stop."""
    out: list = [(subj.start("mark"), subj.end("mark"), [])]
    a, b = _strip(norm.text, subj.start("rest"), subj.end("rest"))
    if b > a and norm.text[b - 1] not in ".!?:;,":
        out.append((b - 1, b, [(b - 1, b), "."]))
    return out


# ------------------------------------------------------------------------------------------- footnotes
_REFLINE = re.compile(r"(?m)^[ \t]*\[(\d{1,2})\][ \t]+\S[^\n]*(?:\n|\Z)")


def _footnotes(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    text = norm.text
    refs = [m for m in _REFLINE.finditer(text) if m.start() > 0 and text[:m.start()].strip()]
    if not refs:
        return [], []
    edits, rec = [], []
    nums = {m.group(1) for m in refs}
    for m in refs:
        edits.append((m.start(), m.end(), []))
        rec.append(_record(norm, *_strip(text, m.start(), m.end() - text[m.start():m.end()].endswith("\n")),
                           FOOTNOTE))
    for m in re.finditer(r"[ \t]?\[(\d{1,2}(?:[,–-]\s?\d{1,2})*)\]", text):
        if any(r.start() <= m.start() < r.end() for r in refs):
            continue
        if set(re.split(r"[,–-]\s?", m.group(1))) <= nums:  # a marker of the reference lines
            edits.append((m.start(), m.end(), []))
            rec.append(_record(norm, *_strip(text, m.start(), m.end()), FOOTNOTE))
    return edits, rec


# ------------------------------------------------------------------------------------------- references
# a reference to another figure, equation or table of the document inside a sentence ("the ray diagram in
# Fig. 4 has …", "as in Eq. 3", "see Table 2"): its number numbers a part of the document. Capitalised or
# abbreviated only: "a figure 8 orbit" and "a table 2 m long" stay.
_REF = re.compile(r"(?<![\w.])(?P<w>Figs?\.|Figures?|FIGS?\.|Eqs?\.|Eqns?\.|Equations?|Tables?|Refs?\.)[ \t]*"
                  r"S?\d{1,3}(?:[a-z]|[A-Z](?!\w))?(?:[ \t]*\([a-z]\))?(?![\w.,]*[ \t]*(?:mm|cm|m|km|kg|g|s|V|A|Ω|N|Hz|°|%|AU|Å)\b)"
                  r"(?!\.\d)")
REFERENCE = "a reference to a part of the document, not a quantity"


def _references(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    text = norm.text
    edits, rec = [], []
    for m in _REF.finditer(text):
        if not text[:m.start()].strip() or re.search(r"(?:^|[.!?\n])[ \t]*$", text[:m.start()]):
            continue  # a caption's own label ("Figure 6: …"): markup reads it
        w = m.group("w").lower()
        word = "figure" if w.startswith("fig") else "equation" if w.startswith("eq") else \
            "table" if w.startswith("tab") else "reference"
        edits.append((m.start(), m.end(), [word]))
        rec.append(_record(norm, m.start(), m.end(), REFERENCE))
    return edits, rec


# ------------------------------------------------------------------------------------------- headings
# a heading that labels the document at the start of a line, ending in a word that names a part of a
# document ("Quiz night question:", "Poster caption, panel A:", "Reviewer 3, minor point:", "MUSEUM LABEL -
# Case 7.", "Answer slide:"): no content, its number or letter counts nothing
_HEAD_NOUNS = (r"question|caption|label|note|comment|remark|slide|prompt|panel|exhibit|reviewer|referee|notice|"
               r"placard|handout|worksheet|(?:minor|major|main|key|general|first|second|last|final)[ \t]+point")
_HEADING = re.compile(r"(?im)(?:^|(?<=[.!?][ \t]))[ \t]*(?P<h>(?:[\w'’-]+[ \t]+){0,3}?(?:" + _HEAD_NOUNS + r")"
                      r"(?:[ \t]+\d{1,3}[a-z]?)?"
                      r"(?:[ \t]*,[ \t]*(?:(?:minor|major|general|specific|first|second|last|final)[ \t]+)?"
                      r"(?:panel|part|section|case|item|point|comment|remark|question|figure|fig\.)"
                      r"(?:[ \t]+[A-Z0-9]{1,3})?)?"
                      r"(?:[ \t]*,?[ \t]*['‘\"“][^'’\"”\n]{1,80}['’\"”](?:[ \t]*\(\d{4}\))?)?)"
                      r"(?P<p>[ \t]*:[ \t]*|[ \t]+[—–-][ \t]+"
                      r"(?:case|item|panel|part|no\.|#)?[ \t]*(?:\d{1,3}[a-z]?)?[ \t]*[.:]?[ \t]*)")
_PLAIN = frozenset({"with", "has", "have", "a", "an", "the", "of", "in", "on", "and", "is", "are", "its", "each",
                    "every", "to", "for", "at", "by", "it", "this", "that", "draw", "show", "make"})
HEADING = "a heading that labels the document, not content"


def _headings(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    text = norm.text
    edits, rec = [], []
    for m in _HEADING.finditer(text):
        words = re.findall(r"[A-Za-z]+", m.group("h"))
        # an upper-case heading ("MUSEUM LABEL - Case 7.") or one whose last words name the part ("Quiz
        # night question:"); a key of a key: value line ("label: nucleus") is one word, left to that reader
        if len(words) < 2 and not re.search(r"\d", m.group("h")):
            continue
        if re.match(r"[-+−]?\.?\d|[=≈]", text[m.end():]):
            continue  # "Focal point: 10 cm", "Label: 3": a key and its value
        head = re.split(r"['‘\"“]", m.group("h"))[0]
        if set(w.lower() for w in re.findall(r"[A-Za-z]+", head)) & _PLAIN:
            continue  # "Cell with label: N", "Each one has a note:" are sentences, not headings
        edits.append((m.start("h"), m.end(), []))
        rec.append(_record(norm, *_strip(text, m.start("h"), m.end()), HEADING))
    return edits, rec


# ------------------------------------------------------------------------------------------- CSV
_RELATION_HEADS = frozenset({"relation", "relationship", "rel", "relation type", "predicate", "relation_type"})
_REL_PHRASES = {"subset": "is a subset of", "proper subset": "is a proper subset of", "superset": "contains",
                "member": "is a member of", "element": "is an element of", "part": "is part of",
                "disjoint": "is disjoint from", "separate": "is disjoint from", "overlap": "overlaps",
                "overlaps": "overlaps", "intersects": "intersects", "intersect": "intersects",
                "equal": "is equal to", "equals": "equals", "inside": "is inside", "in": "is inside",
                "contains": "contains", "includes": "includes"}


def _csv_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out, at = [], a
    for i in range(a, b + 1):
        if i == b or text[i] == ",":
            out.append(_strip(text, at, i))
            at = i + 1
    return out


def _csv(norm: Normalized) -> tuple[list, list[NotDrawn], list[NotDrawn]]:
    """A header line of names and at least two rows with as many comma-separated cells, no sentence among
    them: the header blanked, each row one statement."""
    text = norm.text
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for k, (ha, hb) in enumerate(lines):
        head = _csv_cells(text, ha, hb)
        names = [text[a:b] for a, b in head]
        if len(head) < 2 or not all(re.fullmatch(r"[A-Za-z][A-Za-z_ ./()#-]{0,30}", n) and len(n.split()) <= 2
                                    for n in names) or len(set(n.lower() for n in names)) < len(names):
            continue
        if state_table(names):
            continue    # an automaton's state table ("state,a,b,initial,final"): the automata science reads it
        rows = []
        for a, b in lines[k + 1:]:
            cells = _csv_cells(text, a, b)
            if len(cells) != len(head) or any(x == y for x, y in cells) or \
                    any(len(text[x:y].split()) > 6 for x, y in cells) or text[a:b].rstrip().endswith("."):
                break
            rows.append((a, b, cells))
        if len(rows) < 2:
            continue
        heads = [n.strip().lower().replace("_", " ") for n in names]
        edits: list = [(ha, min(len(text), hb + 1), [])]
        rec = [_record(norm, *_strip(text, ha, hb), CSV_HEAD)]
        bad: list[NotDrawn] = []
        rel = next((i for i, h in enumerate(heads) if h in _RELATION_HEADS), None)
        for n, (a, b, cells) in enumerate(rows):
            end = ";" if n + 1 < len(rows) else "."
            st = _csv_row(text, head, heads, cells, rel)
            if st is None:
                bad.append(_record(norm, *_strip(text, a, b), "a CSV row nesy could not read"))
                edits.append((a, b, []))
                continue
            edits.append((a, b, st + [end]))
        return edits, rec, bad
    return [], [], []


def _csv_row(text: str, head: list, heads: list[str], cells: list, rel: int | None) -> list | None:
    from .structured import _COUNT_HEADERS, _VALUE_HEADERS, _pair
    role = {h: i for i, h in enumerate(heads)}
    src = next((role[h] for h in ("from", "source", "src", "state", "from state") if h in role), None)
    dst = next((role[h] for h in ("to", "target", "dst", "next", "next state", "to state") if h in role), None)
    sym = next((role[h] for h in ("on", "symbol", "input", "read", "label", "letter") if h in role), None)
    if len(cells) == 3 and None not in (src, dst, sym):
        # an automaton's transition list, as ``nesy.parse.structured`` reads a JSON one
        return [cells[src], " goes to ", cells[dst], " on ", cells[sym]]
    if rel is not None and 0 < rel < len(cells) - 1 and len(cells) == 3:
        word = text[cells[rel][0]:cells[rel][1]].strip().lower()
        phrase = _REL_PHRASES.get(word, word)
        return [cells[0], " " + phrase + " ", cells[2]]
    if len(cells) == 2 and (heads[1] in _COUNT_HEADERS or heads[1] in _VALUE_HEADERS):
        return _pair(cells[0], cells[1], text, count=heads[1] in _COUNT_HEADERS)
    out: list = []
    for i, c in enumerate(cells):
        unit = _head_unit(heads[i])
        bare = unit and re.fullmatch(r"[-−+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-−+]?\d+)?", text[c[0]:c[1]].strip())
        out += ([" "] if i else []) + [c] + ([" " + unit] if bare else [])
    return out


def _head_unit(head: str) -> str:
    """The unit a column's header gives its numbers: "semi_major_axis_km", "mass (kg)", "a [pm]" (as written
    after the front end's "_" → " "); "" when it names none (pint must know the unit)."""
    m = re.search(r"(?:\s|^)(?:\((?P<p>[^()]{1,6})\)|\[(?P<b>[^\[\]]{1,6})\]|(?P<w>[a-zµΩ°]{1,4}))\s*$", head)
    if m is None or not head[:m.start()].strip():
        return ""
    unit = m.group("p") or m.group("b") or m.group("w")
    if m.group("w") and len(unit) < 2:
        return ""   # a bare letter ("set b", "side a") names, it measures nothing
    from .quantities import find_quantities
    q = find_quantities(f"1 {unit}")
    return unit if q and q[0].span == (0, len(unit) + 2) and q[0].dimensionality != "dimensionless" else ""


# ------------------------------------------------------------------------------------------- contrasts
_NOT = re.compile(r"(?i)(?:,[ \t]*(?:and[ \t]+)?not|[ \t]+rather[ \t]+than|,?[ \t]+instead[ \t]+of)[ \t]+"
                  r"(?:an?[ \t]+|the[ \t]+)?")


def _contrasts(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """"X, not Y" with X and Y values of one property: ", not Y" blanked (X is drawn)."""
    from .repairs import _classes
    text = norm.text
    rx, table = _classes()
    words = [(m.start(), m.end(), table[re.sub(r"\s+", " ", m.group().lower())]) for m in rx.finditer(text)]
    edits, rec = [], []
    for m in _NOT.finditer(text):
        y = next((w for w in words if w[0] == m.end()), None)
        if y is None:
            task = _task_contrast(text, m)   # "image height computed, not guessed": how the answer is had
            if task:
                edits.append((m.start(), task, []))
                rec.append(_record(norm, *_strip(text, m.start() + (text[m.start()] == ","), task), NOT_Y))
            continue
        # X: the nearest word of Y's class before the marker, at most three words (or a parenthesis) back
        xs = [w for w in words if w[1] <= m.start() and w[2] & y[2]]
        if not xs:
            continue
        x = xs[-1]
        gap = text[x[1]:m.start()]
        if re.search(r"[.;!?:]", gap) or len(re.findall(r"[\w-]+", re.sub(r"\([^)]*\)", " ", gap))) > 3 or \
                text[x[0]:x[1]].lower() == text[y[0]:y[1]].lower():
            continue
        end = y[1]
        # "a diverging lens, not a converging one" / "CsCl type, not bcc type": the noun after Y goes with it
        tail = re.match(r"[ \t]+(?:ones?|type|kind|structure|lattice|lens|mirror|cell)\b", text[end:])
        if tail:
            end += tail.end()
        if not re.match(r"[ \t]*(?:$|[.,;:!?)\n]|[—–]|[ \t]-[ \t])", text[end:]):
            continue
        edits.append((m.start(), end, []))
        rec.append(_record(norm, *_strip(text, m.start() + (1 if text[m.start()] == "," else 0), end), NOT_Y))
    return edits, rec


def _task_contrast(text: str, m: re.Match) -> int:
    """Where ", not Y" ends when the words on both sides of it are task words of the no-content lexicon ("computed,
    not guessed", "derived rather than assumed"): it says how the answer is to be had, nothing of the figure; 0
    otherwise."""
    from .account import _lemma
    from .lexicon import no_content
    x = re.search(r"([A-Za-z]+)[ \t]*$", text[:m.start()])
    y = re.match(r"([A-Za-z]+)(?=[ \t]*(?:$|[.,;:!?)\n]))", text[m.end():])
    if not (x and y):
        return 0
    lex = no_content()
    if all(lex.classify(_lemma(w), w.lower()) == "question" for w in (x.group(1), y.group(1))):
        return m.end() + y.end()
    return 0


# ------------------------------------------------------------------------------------------- denials
# "a cell (not a plant cell)", "sets A and B but not C", "R1 = 10 Ω (not 20 Ω)", "a nucleus, not a vacuole",
# "Mars and Venus, not Earth": a thing the text names ONLY in a denial — after "not" in brackets, after a comma or
# a dash, in "but not", "rather than", "instead of", "as opposed to" — is not there, so it is not drawn. Every
# science read the denied noun phrase as one more thing (sets drew C, circuits a capacitor, both verified; cell
# put the vacuole outside the cell it was said to be in and called the text impossible). A thing named elsewhere
# in the text is left to the science's relation reader ("A overlaps B but not C", with C named before); so is a
# "but not" after a place word ("in A but not B": a region) or a count ("12 take French but not German"); a
# property claim on another thing ("a lens …, not a real image") stays a negation, read or refused. A place
# denied ("three mitochondria inside the cell, not the nucleus") names a thing only to keep others out of it:
# it is not drawn either.
_DENY = re.compile(r"(?P<mark>(?:^|(?<=[.!?;:\n]))[ \t]*(?:please[ \t]+)?(?:avoid|omit|exclude|leave[ \t]+out)|[ \t]*\([ \t]*(?:but[ \t]+)?(?:not|never)|,[ \t]*(?:and[ \t]+|but[ \t]+)?not|[ \t]+but[ \t]+not"
                   r"|[ \t]*[—–][ \t]*not|[ \t]+-[ \t]+not|[ \t]+rather[ \t]+than|,?[ \t]+instead[ \t]+of"
                   r"|,?[ \t]+as[ \t]+opposed[ \t]+to)[ \t]+"
                   r"(?P<y>(?:(?P<det>a|an|the|any|one)[ \t]+)?(?P<w1>[\w°Ωµμ'’+-]+(?:\.\d+)?)"
                   r"(?:[ \t]+[\w°Ωµμ'’+-]+(?:\.\d+)?){0,3}?)"
                   r"(?:(?P<close>[ \t]*\))|(?=[ \t]*(?:$|[.,;:!?)\n]|[—–]|[ \t]-[ \t])))", re.IGNORECASE)
# words that open no noun phrase: "not in it", "not only", "not to scale", "not all", "not shown"
_NOT_NP = frozenset("""in inside within outside into on onto at to from of by with without for near beside next around
    over under above below between through across along than as like only just even yet too so very quite really
    necessarily always ever all every each both either neither more less much many most enough that this these those
    it them shown drawn labelled labeled needed required included present visible necessary sure exactly quite
    overlapping touching connected inside equal same different true false""".split())

# a "but not" after these is a region or a place ("in A but not B", "elements of A but not of B")
_REGION = frozenset("in inside within outside into on onto at of from to between than only".split())


def _noun(word: str) -> bool:
    """Whether ``word`` can end a noun phrase naming something drawn: a word of a science's concept lexicon
    (``grammars/<science>/concepts.yaml``, through its lemma: "mitochondria"), a name (a capital letter first), or
    a number or unit symbol (a value)."""
    from .concepts import _lemma_table, concepts
    w = word.lower()
    if concepts().claims(w) or concepts().claims(_lemma_table().get(w, w)):
        return True
    return bool(re.match(r"[A-Z]", word) or re.search(r"\d", word) or re.fullmatch(r"[kMmµμnpG]?(?:Ω|ohms?|V|F|A)", word))


def _plural(word: str) -> bool:
    """Whether ``word`` is a plural noun form ("vacuoles", "mitochondria": its lemma differs)."""
    from .concepts import _lemma_table
    w = word.lower()
    lemma = _lemma_table().get(w, w).lower()
    return lemma != w and _noun(lemma)


def _named_elsewhere(text: str, a: int, b: int, phrase: str) -> bool:
    """Whether ``phrase`` (a noun phrase, its last word in any plural) occurs in ``text`` outside ``[a, b)``."""
    words = phrase.split()
    last = re.escape(words[-1].rstrip("s") if len(words[-1]) > 2 else words[-1])
    rx = re.compile(r"(?<![\w-])" + r"[ \t]+".join(re.escape(w) for w in words[:-1]) + (r"[ \t]+" if words[:-1] else "")
                    + last + r"(?:s|es|ies|a)?(?![\w-])", re.IGNORECASE)
    return any(m.end() <= a or m.start() >= b for m in rx.finditer(text))


def _denials(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """A thing named only in a denial blanked, with why (see above)."""
    from .repairs import _classes
    text = norm.text
    rx, _ = _classes()
    edits, rec = [], []
    for m in _DENY.finditer(text):
        mark, y = m.group("mark"), m.group("y")
        if mark.strip().startswith("(") != bool(m.group("close")):
            continue   # "(not" closes its bracket; ", not Y)" inside someone else's bracket is not read here
        rest = y.split()[1:] if m.group("det") else y.split()
        # (a noun phrase with its post-modifier: "not a rhombus with slanted corners" — the head is its first word)
        head_np = bool(m.group("det")) and len(rest) >= 3 and rest[1].lower() in ("with", "of") and _noun(rest[0]) \
            and m.group("close") is None
        if not head_np and (any(w.lower() in _NOT_NP for w in rest) or re.search(r"(?:ing|ed)$", rest[0].lower())
                            or not _noun(y.split()[-1])):
            continue   # "not intersecting with K", "not inside B": a relation denied, the science's to read
        if not m.group("det") and not re.search(r"[A-Z\d]", y) and not _plural(y.split()[-1]):
            continue   # "cubic, not hexagonal", "real, not virtual": a bare word is a property, not a thing
        core = y[len(m.group("det")):].strip() if m.group("det") else y
        if _named_elsewhere(text, m.start(), m.end(), core):
            continue
        clause = re.split(r"[.;!?\n]", text[:m.start()])[-1]
        if re.search(r"(?i)\b(?:all|every|each|entire|whole)\b", clause) or \
                re.search(r"(?i)\b(?:planets|giants|moons)\s*$", text[:m.start()]):
            continue   # "all the planets, but not Saturn": an exception to a group, the science's to read
        before = re.findall(r"[\w°Ωµμ'’.+-]+", text[max(0, m.start() - 60):m.start()])[-3:]
        if "but" in mark.lower() and "," not in mark and \
                any(w.lower() in _REGION or re.search(r"\d", w) for w in before):
            continue   # "in A but not B", "12 take French but not German": a region or a count, not a denial
        if not head_np and any(v.end() < len(core) for v in rx.finditer(core)):
            # a property value before the noun ("not a plant cell", "not a real image": not "not Neptune") is
            # a claim about the thing it names; denied only of the thing just named ("a cell (not a plant cell)")
            head = before[-1].lower() if before else ""
            if not head or head.rstrip("s") != core.split()[-1].lower().rstrip("s"):
                continue
        a = m.start() + (len(mark) - len(mark.lstrip(" \t,")))
        edits.append((m.start(), m.end(), []))
        rec.append(_record(norm, *_strip(text, a, m.end()), NOT_THERE))
    return edits, rec


# ------------------------------------------------------------------------------------------- edits
_EDIT = re.compile(r"(?m)^[ \t]*(?:EDIT|Edit|edit|UPDATE|Update|update|ETA|Edited|EDITED|Addendum|ADDENDUM)"
                   r"(?:[ \t]*\d{1,2})?[ \t]*:[ \t]*")
_CLARIFY = re.compile(r"(?i)(?:just[ \t]+)?(?:to[ \t]+be[ \t]+clear|to[ \t]+clarify|for[ \t]+clarity|"
                      r"to[ \t]+be[ \t]+precise|clarification)[ \t]*[,:—–-]?[ \t]*")
_NEWVAL = re.compile(r"(?i)(?:(?:oh[ \t]+|oops[ \t]*,?[ \t]+|sorry[ \t]*,?[ \t]+)?(?:actually|correction)"
                     r"[ \t]*,?[ \t]*)?"
                     r"(?:(?:please[ \t]+)?(?:make|change)[ \t]+(?:it|that|this)(?:[ \t]+to)?|it[ \t]+should[ \t]+be|"
                     r"should[ \t]+be|I[ \t]+meant|I[ \t]+need|use)[ \t]+(?:an?[ \t]+|the[ \t]+)?")


def _edits(norm: Normalized) -> tuple[list, list[NotDrawn], list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Forum edits: the label blanked, a clarification's opening words blanked, an edit giving a new value
    for one item of the post read into the post (the post's item replaced, the edit sentence blanked)."""
    from .repairs import _items, _same_type
    text = norm.text
    edits, rec, repl, unclear = [], [], [], []
    for m in _EDIT.finditer(text):
        if not text[:m.start()].strip():
            continue  # an edit label opening the text labels nothing
        edits.append((m.start(), m.end(), []))
        rec.append(_record(norm, *_strip(text, m.start(), m.end()), EDIT_LABEL))
        pos = m.end()
        c = _CLARIFY.match(text, pos)
        if c and c.end() > pos:
            edits.append((pos, c.end(), []))
            rec.append(_record(norm, *_strip(text, pos, c.end()), EDIT_TALK))
            continue
        nv = _NEWVAL.match(text, pos)
        if not nv:
            continue
        items = _items(text)
        new = next((i for i in items if i.start == nv.end()), None)
        if new is None or new.kind == "w":
            continue
        noun = _noun_after(text, new.end)
        body = [i for i in items if i.end <= m.start() and i.kind in ("n", "q")]
        if new.kind == "q":
            old = [i for i in body if _same_type(new, i)]
        elif noun and any(_noun_after(text, i.end) == noun for i in body if i.kind == "n"):
            old = [i for i in body if i.kind == "n" and _noun_after(text, i.end) == noun]
        else:
            noun = ""  # a bare number ("make it 5"): any one number of the post
            old = body
        sent_end = _sentence_end(text, new.end)
        after = new.end
        if noun:
            after += re.match(r"[ \t]+[A-Za-z][\w-]*", text[after:]).end()
        rest = text[after:sent_end]

        def number(i: Any) -> str:
            return re.sub(r"\s+", "", text[i.number[0]:i.number[1]] if i.kind == "q" and i.number else
                          text[i.start:i.end])
        if len(old) > 1:
            # the edit's reason names the value it replaces ("change it to 6 cm, not 4")
            named = [i for i in old if re.search(r"(?<![\d.])" + re.escape(number(i)) + r"(?!\d|\.\d)", rest)]
            if len(named) == 1:
                old = named
        if len(old) != 1:
            if len(old) > 1:
                unclear.append((nv.start(), new.end))
            continue
        o = old[0]
        # the edit may repeat the words after the old value ("a 330 Ω resistor" for "a 220 Ω resistor")
        if new.kind == "q":
            w_old = re.match(r"[ \t]+([A-Za-z][\w-]*)", text[o.end:])
            w_new = re.match(r"[ \t]+([A-Za-z][\w-]*)", rest)
            if w_old and w_new and w_old.group(1).lower() == w_new.group(1).lower():
                rest = rest[w_new.end():]
        # what may follow the new value: its reason, naming the old value ("- 10 turned out too sparse")
        if rest.strip(" \t.!") and not (
                re.match(r"[ \t]*(?:[—–,;(]|-[ \t]|since\b|because\b|as\b|instead\b|rather\b|not\b)", rest)
                and re.search(r"(?<![\d.])" + re.escape(number(o)) + r"(?!\d|\.\d)", rest)):
            continue
        new_text = text[new.start:new.end]
        if new.kind == "n" and o.kind == "q":
            a, b = o.number  # a bare number keeps the old value's unit ("make it 5" for "4 cm")
            repl.append((a, b, new_text))
        else:
            repl.append((o.start, o.end, new_text))
        edits.append((pos, sent_end, []))
        rec.append(_record(norm, *_strip(text, pos, sent_end), EDIT_READ))
    return edits, rec, repl, unclear


def _noun_after(text: str, at: int) -> str:
    w = re.match(r"[ \t]+([A-Za-z][\w-]*)", text[at:])
    return w.group(1).lower() if w else ""


def _sentence_end(text: str, at: int) -> int:
    m = re.compile(r"[.!?](?=\s|$)|\n").search(text, at)
    return m.end() if m and text[m.start()] != "\n" else (m.start() if m else len(text))


# ------------------------------------------------------------------------------------------- attempt + tutor
_TUTOR = re.compile(r"(?mi)^[ \t]*(?P<who>TA|T\.A\.|tutor|teacher|instructor|prof(?:essor)?|lecturer|marker|grader|"
                    r"demonstrator|teaching[ \t]+assistant|mentor|supervisor|feedback)[ \t]*:[ \t]*"
                    r"(?P<rej>(?:not[ \t]+quite|not[ \t]+really|not[ \t]+exactly|nope|no|careful|almost|close|wrong|"
                    r"incorrect|nearly|unfortunately[ \t]+not|hmm+|partly[ \t]+right|half[ \t]+right)\b[ \t]*"
                    r"(?:[-—–,.!:;][ \t]*)*)")
_ATTEMPT = re.compile(r"(?i)\b(?:my[ \t]+(?:first[ \t]+|own[ \t]+|original[ \t]+)?(?:guess|answer|attempt|solution|try|"
                      r"working|work|result|fbd|free-body[ \t]+diagram|diagram|drawing|sketch|figure|version|dfa|nfa|"
                      r"circuit|schematic|cell|venn[ \t]+diagram)|I[ \t]+(?:got|drew|guessed|said|put|answered|wrote|"
                      r"thought|tried|had))\b")
_XNOTY = re.compile(r",[ \t]*not[ \t]+(?P<y>[\w-]+)(?=[ \t]*[.;,!)]|[ \t]*$)", re.M)


def _tutor(norm: Normalized) -> tuple[list, list[NotDrawn], list[tuple[int, int, str]]]:
    text = norm.text
    t = _TUTOR.search(text)
    if not t:
        return [], [], []
    line0 = text.rfind("\n", 0, t.start())
    att = None
    for m in _ATTEMPT.finditer(text, 0, max(0, line0)):
        att = m  # the last attempt before the tutor's line
    if att is None:
        return [], [], []
    a_end = text.find("\n", att.start())
    a_end = t.start() if a_end < 0 or a_end > t.start() else a_end
    edits: list = [(t.start(), t.end(), [])]
    rec = [_record(norm, *_strip(text, t.start(), t.end()), TUTOR)]
    repl: list[tuple[int, int, str]] = []
    # "X, not Y": the attempt holds X with Y in its last item's place → the attempt is drawn, patched
    c_end = _line_end(text, t.end())
    for x in _XNOTY.finditer(text, t.end(), c_end):
        x0 = max(text.rfind(":", t.end(), x.start()), text.rfind(". ", t.end(), x.start()) + 1, t.end() - 1) + 1
        xa, xb = _strip(text, x0, x.start())
        xs = text[xa:xb]
        last = re.search(r"[\w-]+$", xs)
        if not last or len(xs.split()) > 6:
            continue
        wrong = xs[:last.start()] + x.group("y")
        hits = [h for h in re.finditer(re.escape(wrong) + r"(?![\w-])", text[:a_end]) if h.start() >= att.start()]
        if len(hits) != 1:
            continue
        h = hits[0]
        repl.append((h.start(), h.end(), xs))
        # the clause that leads to the corrected item ("after a b, reading an a must send you back:") and the
        # item itself are read into the attempt
        lead = x0 if x0 > t.end() and text[x0 - 1] == ":" else xa
        lead_a = t.end() if lead != xa else xa
        stop = x.end()
        stop += len(re.match(r"[ \t]*[.;,]?[ \t]*", text[stop:]).group(0))
        edits.append((lead_a, stop, []))
        rec.append(_record(norm, *_strip(text, lead_a, x.end()), MERGED))
    if repl:
        # the attempt stays: only its opener ("My answer:") is conversation
        op = re.match(r"[^:\n]{0,40}:[ \t]*", text[att.start():a_end])
        if op:
            edits.append((att.start(), att.start() + op.end(), []))
            rec.append(_record(norm, *_strip(text, att.start(), att.start() + op.end()), OPENER))
        return edits, rec, repl
    s = _sentence_start(text, att.start())
    edits.append((s, a_end, []))
    rec.append(_record(norm, *_strip(text, s, a_end), ATTEMPT))
    return edits, rec, []


def _line_end(text: str, at: int) -> int:
    e = text.find("\n", at)
    return len(text) if e < 0 else e


def _sentence_start(text: str, at: int) -> int:
    m = None
    for m in re.finditer(r"(?:[.!?]['’\"]?|\n)[ \t]*", text[:at]):
        pass
    return m.end() if m else 0


# ------------------------------------------------------------------------------------------- entry
def _mark_codes(norm: Normalized) -> tuple[list, list[NotDrawn]]:
    """A mark scheme's ticks and mark codes ("✓", "(B1)", "M1") blanked (``nesy.parse.mark_scheme``)."""
    from .mark_scheme import CODE, mark_codes
    spans = mark_codes(norm.text)
    return [(a, b, []) for a, b in spans], [_record(norm, a, b, CODE) for a, b in spans]


def read_documents(norm: Normalized) -> tuple[Normalized, Scaffolding, list[Correction]]:
    """``norm`` with the conversation around its request read (see the module), what was blanked, and the
    corrections made (positions in the user's text); ``norm`` itself when the text has none of it."""
    from .structured import _disjoint
    text, given = norm.text, norm
    if not text.strip():
        return norm, Scaffolding(), []
    rec: list[NotDrawn] = []
    bad: list[NotDrawn] = []
    fixes: list[Correction] = []
    steps: list[Any] = [_email, _footnotes, _headings, _references, _csv, _tutor, _edits, _contrasts, _denials,
                        _mark_codes]
    for step in steps:
        out = step(norm)
        edits, r = out[0], out[1]
        if step is _csv:
            bad += out[2]
        repl = out[2] if step in (_tutor, _edits) else []
        if step is _edits and out[3]:
            from ..errors import UnknownWordsError
            spans = [norm.span(a, b) for a, b in out[3]]
            raise UnknownWordsError([(norm.original[a:b], a, b) for a, b in spans], norm.original, why=(
                "an edit that gives a new value for one of several things the post states: say which one it "
                "replaces"))
        if not edits and not repl:
            continue
        for a, b, new in repl:
            s, e = norm.span(a, b)
            fixes.append(Correction(s, e, norm.original[s:e], new))
        all_edits = _disjoint(list(edits) + [(a, b, [new]) for a, b, new in repl])
        norm = _rewrite(norm, all_edits)
        rec += r
    if not rec and not bad and not fixes:
        return norm, Scaffolding(), []
    if not norm.text.strip():
        return given, Scaffolding(), []  # nothing but scaffolding: the science reads the text as it came
    key = lambda n: (n.start, n.end)  # noqa: E731
    return norm, Scaffolding(tuple(sorted(set(rec), key=key)), tuple(sorted(set(bad), key=key))), fixes
