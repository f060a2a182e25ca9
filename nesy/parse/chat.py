"""The chat around a request for a figure: words left unread that are known to carry no content.

"Hi! I'm putting together slides for my Year 9 class …", "… the kids get confused", "For Thursday's
lecture I'd like …", "Circular orbits are fine", "that's optional", "pls", "…, and calculate how many
formula units it contains" speak about the speaker, the audience, the occasion, politeness, what the drawing
may leave out, or what is asked — never about what the figure shows. A science's grammar rightly leaves
them unread; reported as *not drawn* they would call a complete figure incomplete.

``chat_reasons`` reads the dependency parse of nesy's trained English pipeline clause by clause (a clause:
a predicate and its dependents, less the clauses nested in it) and names, for each unread word it is given,
why it is chat — or nothing. A word is chat only by its *role* (the words of
``grammars/common/chat.yaml``) and only when its clause (or phrase) names no concept of the science
(``nesy.parse.concepts``), states no number (other than a level: "Year 9"), holds no negation or
quantifier, and no relation (a preposition other than "for"/"on"/"to" …, a comparative). Roles:

* a greeting, thanks or politeness word ("Hi", "thanks", "pls");
* a clause whose subject is the speaker, the addressee or the audience ("I know", "the kids get
  confused", "my students always forget"); where that clause also names content ("I'd like one hexagon"),
  only its subject, auxiliaries, framing verb ("like", "teaching") and its time ("on Monday") are chat;
* a purpose phrase "for <occasion>" ("for my theory of computation tutorial", "It's for a revision slide");
* a tolerance predicate ("… are fine", "that's optional") — its own words only, not its subject;
* "keep"/"leave" whose complement the science read ("please keep them clearly separate");
* an asked clause: an imperative that asks for a result, stating no number ("… and calculate how many
  formula units it contains"; ``nesy.parse.asked``);
* a negated ability verb with a person as its subject ("she says she can't draw to save her life", "my prof
  (who honestly can't draw a circle …)"): the clause and all it governs (``abilities``);
* an instruction verb whose object the science read whole ("Then add a scale bar.", "Please add four
  mitochondria."): the verb alone, when it governs nothing but that object (``_instructions``).

The pipeline records these words as known to carry no content, each with its reason (``nesy explain``
shows them); everything else stays not drawn.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

__all__ = ["chat_reasons", "GREETING", "SPEAKER", "OCCASION", "TOLERANCE", "KEEPER", "ASKED", "INSTRUCTION",
           "ABILITY", "HEADING", "CLOSED"]

GREETING = "a greeting or politeness"
SPEAKER = "about the speaker or the audience, not the figure"
OCCASION = "the occasion or purpose of the figure"
TOLERANCE = "a remark that a drawing choice is acceptable"
KEEPER = "a verb that keeps what its complement states (read)"
ASKED = "an asked clause: the figure shows the givens, not the answer"
INSTRUCTION = "an instruction to draw what its object names (read)"
ABILITY = "a remark on what a person cannot do, not on the figure"
CLOSED = "says the figure shows only what the text lists, as nesy draws it (nothing unstated is drawn)"
HEADING = "a heading that names the document or its part (alt text, rubric, brief, card), not content"

_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "parataxis", "csubj", "acl:relcl", "acl", "list"})
_SUBJ = ("nsubj", "nsubj:pass", "csubj", "expl")
# kept words of nesy.parse.account that a chat clause may not hold: a negation or a quantifier changes what
# the text says about the figure
_NEVER = frozenset({"no", "not", "n't", "none", "neither", "nor", "never", "without", "all", "any", "both",
                    "each", "every", "either", "few", "many", "more", "most", "much", "less", "least",
                    "several", "some", "only", "other", "another", "same", "such", "than", "too", "or",
                    "nothing", "nobody", "except"})


@lru_cache(maxsize=1)
def _vocab() -> dict[str, frozenset[str]]:
    from ..resources import load_yaml
    return {k: frozenset(str(w).lower() for w in v) for k, v in load_yaml("grammars", "common/chat.yaml").items()}


def _low(t: Any) -> str:
    return t.text.lower().replace("’", "'")


def _lem(t: Any) -> str:
    return t.lemma_.lower()


def _is_predicate(t: Any) -> bool:
    return t.pos_ in ("VERB", "AUX") or any(c.dep_ in _SUBJ or c.dep_ == "cop" for c in t.children)


def _clause_heads(doc: Any) -> set[int]:
    return {t.i for t in doc if t.dep_ in _CLAUSE_DEPS or (t.dep_ == "conj" and _is_predicate(t))}


def _own(t: Any, heads: set[int]) -> list[Any]:
    """The tokens of ``t``'s subtree less the subtrees of the clauses nested in it."""
    out, stack = [], [t]
    while stack:
        x = stack.pop()
        out.append(x)
        stack.extend(c for c in x.children if c.i not in heads)
    return sorted(out, key=lambda x: x.i)


def _concept(toks: list[Any], science: str) -> bool:
    from .concepts import concepts
    ws = concepts().words.get(science, {})
    from .account import _lemma
    words = [(_lemma(_low(t)) if _lem(t) == _low(t) else _lem(t), _low(t)) for t in toks if t.is_alpha]
    for i, (lem, low) in enumerate(words):
        if lem in ws or low in ws:
            return True
        if i and (f"{words[i - 1][0]} {lem}" in ws or f"{words[i - 1][1]} {low}" in ws):
            return True
    return False


def _plain(toks: list[Any], science: str) -> bool:
    """Whether ``toks`` name no concept of the science, no number (but a level, "Year 9"), no negation or
    quantifier, no relation: nothing a figure could show."""
    v = _vocab()
    for t in toks:
        low = _low(t)
        if low in _NEVER or t.dep_ == "neg":
            return False
        if t.like_num or any(ch.isdigit() for ch in t.text):
            prev = t.doc[t.i - 1] if t.i else None
            if prev is None or _low(prev) not in v["levels"]:
                return False
        if t.pos_ == "ADP" and _lem(t) not in v["prepositions"] and t.dep_ != "compound:prt":
            return False
        if t.tag_ in ("JJR", "JJS", "RBR", "RBS"):
            return False
    return not _concept(toks, science)


def _subject(head: Any) -> Any | None:
    return next((c for c in head.children if c.dep_ in _SUBJ), None)


def _person(subj: Any) -> bool:
    v = _vocab()
    helper = _low(subj) in v["helpers"] and _lem(subj.head) in v["requests"]  # "can someone make a venn"
    return _low(subj) in v["speakers"] or helper or (subj.pos_ in ("NOUN", "PROPN") and _people(subj))


def _people(t: Any) -> bool:
    """Whether ``t`` is a noun for people: the audience words of ``chat.yaml`` or WordNet's people
    (``nesy.parse.lexicon.people``: "visitors", "readers", "the stencil cutter")."""
    from .lexicon import people
    return _lem(t) in _vocab()["audience"] or _lem(t) in people() or _low(t) in people()


def _time(t: Any) -> bool:
    """Whether ``t``'s subtree is a time ("on Monday", "Thursday's", "next week")."""
    v = _vocab()
    sub = list(t.subtree)
    return (_low(t) in v["times"] or _lem(t) in v["times"]) and all(
        _low(x) in v["times"] or x.dep_ in ("case", "det") or x.is_punct or _low(x) in ("'s", "’s") for x in sub)


def _ability_remark(head: Any, subj: Any | None) -> bool:
    """Whether the clause of ``head`` says what a person cannot do (``abilities``: "she can't draw to save her
    life", "my prof, who honestly can't draw a circle"): a negated ability verb whose subject is the speaker,
    a third person ("he", "she", "they") or a person named by an audience word, also through "who"."""
    v = _vocab()
    if subj is None or _lem(head) not in v["abilities"]:
        return False
    if not any(c.dep_ == "neg" or _low(c) in ("not", "n't", "never", "cannot") for c in head.children):
        return False
    low = _low(subj)
    if low == "who":
        ante = head.head if head.dep_ == "acl:relcl" else None
        if ante is None:     # (the parser may not attach it: the noun right before "who", past "(" or ",")
            ante = next((t for t in reversed(subj.doc[max(0, subj.i - 3):subj.i]) if not t.is_punct), None)
        return ante is not None and (_lem(ante) in v["audience"] or ante.pos_ == "PROPN")
    return low in v["speakers"] or low in ("he", "she", "they") or (
        subj.pos_ in ("NOUN", "PROPN") and _lem(subj) in v["audience"])


def _clause_reasons(head: Any, own: list[Any], science: str, unread: set[int]) -> dict[int, str]:
    v = _vocab()
    out: dict[int, str] = {}
    subj = _subject(head)
    if _ability_remark(head, subj):
        return {t.i: ABILITY for t in head.subtree}
    plain = _plain(own, science)
    imperative = subj is None and head.tag_ == "VB" and all(
        x.dep_ in ("cc", "punct", "advmod", "discourse") or _low(x) in v["greetings"] for x in own if x.i < head.i)
    # an asked clause (nesy.parse.asked's verbs): the whole clause, when it states no number
    from .asked import _COMPUTE
    asks = _lem(head) in _COMPUTE and _low(head) == _lem(head) and (
        _lem(head) not in ("work", "figure", "round") or any(_low(c) == "out" for c in head.children))
    if imperative and asks and not any(t.like_num or any(ch.isdigit() for ch in t.text)
                                                         for t in own):
        return {t.i: ASKED for t in own}
    if subj is not None and _person(subj):
        asked_for = [c for c in head.children if c.dep_ in ("obj", "xcomp", "ccomp", "iobj")]
        if plain and (_lem(head) not in v["requests"] and not _figure_word(head) or all(
                _lem(c) in v["occasions"] for c in asked_for)):
            return {t.i: SPEAKER for t in own}
        frame = [*subj.subtree] if _plain([*subj.subtree], science) else []
        frame += [c for c in head.children if c.dep_ in ("aux", "aux:pass")]
        if _lem(head) in v["frames"] or (asked_for and all(_lem(c) in v["occasions"] for c in asked_for)):
            frame.append(head)  # "I'd like …", "I'm teaching …", "I'm putting together slides …"
        out.update({t.i: SPEAKER for t in frame})
        for c in head.children:
            if c.dep_ in ("obl", "obl:tmod", "nmod:tmod", "obl:npmod", "obl:unmarked") and _time(c):
                out.update({t.i: OCCASION for t in c.subtree})
    if _lem(head) in v["tolerance"] and any(c.dep_ == "cop" for c in head.children) and \
            not any(c.dep_ == "neg" or _low(c) in _NEVER for c in head.children):
        out[head.i] = TOLERANCE
        for c in head.children:
            if c.dep_ in ("cop", "aux", "punct", "cc") or (c.dep_ == "advmod" and _plain([c], science)) or (
                    c.dep_ in _SUBJ and c.pos_ == "PRON"):
                out[c.i] = TOLERANCE
    governed = [t for c in head.children if c.dep_ not in _SUBJ + ("punct", "discourse", "cc", "aux", "advmod")
                for t in c.subtree]
    if _lem(head) in v["keepers"] and (subj is None or _person(subj)) and governed and \
            any(c.dep_ in ("xcomp", "obj") for c in head.children) and not any(t.i in unread for t in governed):
        out[head.i] = KEEPER
    return out


_APART = frozenset({"appos", "conj", "parataxis", "list", "punct", "cc", "dep"})


def _hyphened(t: Any) -> bool:
    """Whether ``t`` is joined by a hyphen to the word after it ("battery" of "battery-holder")."""
    d = t.doc
    return t.i + 1 < len(d) and d[t.i + 1].text in ("-", "‐") and d[t.i + 1].idx == t.idx + len(t.text)


class _Part:
    """A piece of a hyphenated word, as ``_concept`` reads a token."""

    is_alpha = True

    def __init__(self, text: str) -> None:
        self.text = text
        self.lemma_ = text.lower()


def _records(head: str) -> bool:
    """Whether ``head`` holds a word a lab notebook or a log heads its entries with (``chat.yaml: records``)."""
    return any(w.lower() in _vocab()["records"] for w in re.findall(r"[A-Za-z]+", head))


def _role_word(t: Any) -> bool:
    """Whether ``t`` (or the last part of a hyphenated word: "microscope-station brief", "screen-reader") is a
    word for a document, an occasion, a person or a figure."""
    from .lexicon import documents, no_content, people
    v = _vocab()
    forms = {_lem(t), _low(t), _low(t).rsplit("-", 1)[-1]}
    return bool(forms & (documents() | people() | v["occasions"] | v["levels"] | v["records"])) or any(
        no_content().classify(f, f) == "figure" for f in forms)


def _function(t: Any) -> bool:
    from .lexicon import no_content
    return no_content().classify(_lem(t), _low(t)) == "function"


def _figure_word(t: Any) -> bool:
    from .lexicon import no_content
    return no_content().classify(_lem(t), _low(t)) == "figure"


def _occasions(doc: Any, heads: set[int], science: str) -> dict[int, str]:
    """"for <occasion>" phrases ("for my Year 9 biology class", "For my theory of computation tutorial",
    "It's for a revision slide"): from the "for" to the end of the occasion noun's own phrase."""
    v = _vocab()
    out: dict[int, str] = {}
    for t in doc:
        if _lem(t) not in v["occasions"] and _low(t) not in v["occasions"] and not (t.pos_ in ("NOUN", "PROPN")
                                                                                     and _people(t)):
            continue
        top = t
        while not _for(top) and top.dep_ in ("nmod", "compound") and top.head.i != top.i:
            top = top.head
        case = _for(top)
        if case is None or case.i > t.i:
            continue
        end = t.i
        for c in t.children:
            if c.i > t.i and c.dep_ not in _APART and c.i not in heads:
                end = max(end, max(x.i for x in c.subtree))
        span = [x for x in doc[case.i:end + 1]]
        cut = next((k for k, x in enumerate(span) if x.is_punct and x.i > t.i), len(span))
        span = span[:cut]
        if not _plain(span, science):
            continue
        out.update({x.i: OCCASION for x in span})
        if top.i in heads:  # "It's for a … slide": the pronoun and the copula too
            out.update({c.i: OCCASION for c in top.children if c.dep_ == "cop" or (c.dep_ in _SUBJ and c.pos_ == "PRON")})
    return out


def _for(t: Any) -> Any | None:
    return next((c for c in t.children if c.dep_ == "case" and _lem(c) == "for"), None)


def _asked(doc: Any) -> dict[int, str]:
    """A verb that asks for a result (``nesy.parse.asked``), in its base form right after "and"/"then" ("Draw
    the cell and calculate how many …"; the parser may call it a noun), to the sentence's end: an asked
    clause when it states no number and no givens follow."""
    from .asked import _COMPUTE, _GIVENS
    out: dict[int, str] = {}
    for t in doc:
        low = _low(t)
        if low not in _COMPUTE or low in ("work", "figure", "round") or t.i == 0:
            continue
        if _low(doc[t.i - 1]) not in ("and", "then"):
            continue
        sent = t.sent
        rest = doc[t.i:sent.end]
        if any(x.like_num or any(ch.isdigit() for ch in x.text) for x in rest) or _GIVENS.search(rest.text):
            continue
        out.update({x.i: ASKED for x in rest})
    return out


def _instructions(doc: Any, unread: set[int]) -> dict[int, str]:
    """Imperative instruction verbs ("add", "include" …; ``chat.yaml: instructions``) whose object the science
    read whole: "Draw 12 nuclei. Then add a scale bar." The verb is chat only when it has no subject, is in its
    base form, and governs nothing but its object(s), punctuation, a coordinator, "please" and step-ordering
    adverbs ("then", "also"): an argument of its own ("add x to A", "add an object 25 cm away"), an auxiliary
    or a negation ("don't add …") keeps it not drawn, since what it says there the object alone does not."""
    v = _vocab()
    out: dict[int, str] = {}
    for t in doc:
        if _lem(t) not in v["instructions"] or t.tag_ != "VB" or t.dep_ not in ("ROOT", "conj", "parataxis", "list"):
            continue
        if t.i in unread and t.i > 0 and _low(doc[t.i - 1]) in ("to", "will", "would", "can", "should", "must"):
            continue
        objs, ok = [], True
        for c in t.children:
            if c.dep_ == "obj":
                objs.append(c)
            elif c.is_space or c.dep_ in ("punct", "cc", "conj") or (c.dep_ in ("advmod", "discourse") and _low(c) in
                                                         v["sequencers"] | v["greetings"]):
                continue
            else:
                ok = False
                break
        # the object, read whole (its words the science read; function words are kept apart by the caller)
        if ok and objs and not any(x.i in unread for o in objs for x in o.subtree) and \
                not any(_low(x) in _NEVER for o in objs for x in o.subtree):
            out[t.i] = INSTRUCTION
    return out


def _greetings(doc: Any, science: str) -> dict[int, str]:
    v = _vocab()
    out = {t.i: GREETING for t in doc
           if (_low(t) in v["greetings"] or _lem(t) in v["greetings"]) and not _concept([t], science)
           and (t.pos_ == "INTJ" or _lem(t) in ("please", "pls", "plz", "thank", "thanks", "thx", "kindly")
                or t.dep_ in ("discourse", "ROOT", "vocative"))}
    for t in doc:
        # "Good afternoon", "good morning": the greeting phrase, whatever the tagger makes of its adjective
        if _low(t) == "good" and t.i + 1 < len(doc) and _low(doc[t.i + 1]) in ("morning", "afternoon", "evening", "day"):
            out[t.i] = out[t.i + 1] = GREETING
        # "Thank you very much", "thanks so much", "thanks a lot": the thanks' intensifiers are the thanks
        if _lem(t) in ("thank", "thanks") or _low(t) in ("thank", "thanks"):
            for k in range(t.i + 1, min(len(doc), t.i + 5)):
                if _low(doc[k]) not in ("you", "very", "much", "so", "a", "lot", "again", "in", "advance"):
                    break
                out[k] = GREETING
    return out


# where a heading may stand: the start of a line (after a list bullet or an opening quote) or of a sentence
_SENTENCE_STOP = re.compile(r"[.!](?=[ \t]+\S)")
_HEAD_START = re.compile(r"(?m)(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:[-*•+][ \t]+)?['‘\"“]?(?=\S)")
# the words of nesy's relation phrases ("to the left of", "at the centre of"), and places said alone: a
# "Left:" or "Inner ring:" heading places what follows
_PLACES = frozenset({"left", "right", "top", "bottom", "front", "back", "centre", "center", "middle", "side",
                     "inner", "outer", "upper", "lower", "near", "far", "end", "edge", "corner", "surface",
                     "before", "after", "first", "second", "third", "last", "next", "previous", "above", "below"})


def _headings(doc: Any, text: str, science: str, unread: set[int]) -> dict[int, str]:
    """Headings that open a line or a sentence and end at a colon before the content they head ("Alt text
    for Figure 2: '…'", "Answer key, part (c): …", "Outreach electronics club, week 3 poster: …", "Figure
    description for visually impaired readers: …"). A heading is at most ten words with no verb of its own,
    no quantity, no negation, quantifier or comparative, no relation or place ("Left:", "Inside:") and no
    concept of the science it is not also read as; a colon with fewer than two words after it on its line is
    a key and its value ("Shape: hexagon"), read by the science."""
    from .quantities import find_quantities
    out: dict[int, str] = {}
    v = _vocab()
    for m in _HEAD_START.finditer(text):
        a = m.end()
        eol = text.find("\n", a)
        eol = len(text) if eol < 0 else eol
        c = text.find(":", a, eol)
        full = _SENTENCE_STOP.search(text, a, eol)   # or a verbless sentence opening a line
        line_start = not text[:m.start()].strip(" \t") or text[:m.start()].rstrip(" \t").endswith("\n")
        if full and line_start and (c < 0 or full.start() < c):
            c = full.start()
        if c <= a or c - a > 90 or not text[c + 1:c + 2] in (" ", "\t"):
            continue
        rest = text[c + 1:eol] if text[c] == ":" else text[c + 1:]
        if len(re.findall(r"[A-Za-z]{2,}", rest)) < 2 and not re.match(r"[ \t]*['‘\"“]", rest) and not (
                re.search(r"[A-Za-z]{2,}", rest) and _records(text[a:c])):
            continue   # (a record's heading may head a short entry: "Imaging log 3/8, field 2: 12 nuclei.")
        head = text[a:c]
        if re.search(r"[.!?;=]", head) or find_quantities(head):
            continue
        toks = [t for t in doc if a <= t.idx < c and not t.is_space]
        # a title in quotes inside the heading ("Brief for the 'Inside You' gallery panel") is the heading's
        # own name: its words are not tested
        titled = {t.i for q in re.finditer(r"(?<!\w)['‘\"“][^'’\"”\n]{1,40}['’\"”](?!\w)", head)
                  for t in toks if a + q.start() <= t.idx < a + q.end()}
        words = [t for t in toks if not t.is_punct and t.i not in titled]
        if not words or len(words) > 10:
            continue
        if text[c] != ":" and (len(words) > 8 or any(t.pos_ == "AUX" for t in words)):
            continue   # a sentence with an auxiliary (or a finite verb, below) says something
        if any(_low(t) in _NEVER or t.dep_ == "neg" or t.tag_ in ("JJR", "JJS", "RBR", "RBS", "MD") or (
                t.tag_ in ("VBZ", "VBP", "VBD") and not _role_word(t))   # (the tagger's "log" in "Imaging log")
               or _low(t) in _PLACES and not (
                t.i and doc[t.i - 1].text in ("-", "‐") and doc[t.i - 1].idx + 1 == t.idx) for t in words):
            continue
        if any((t.like_num or any(ch.isdigit() for ch in t.text)) and not (
                k and words[k - 1].is_alpha and _low(words[k - 1]) not in _NEVER and not _function(words[k - 1]))
               for k, t in enumerate(words)):
            continue  # a number that is no label's ("Materials 101", "week 3", "Figure 2") counts something
        if words[0].tag_ == "VB" and (_figure_word(words[0]) or _lem(words[0]) in v["instructions"]):
            continue  # "Draw it like this: …": an instruction, not a heading
        if not any(_role_word(t) for t in words):
            continue   # a heading names a document, an occasion, a person or a figure ("Frobnitz:" is unknown)
        if any("-" in t.text and _concept([_Part(p) for p in t.text.split("-") if p], science)
               for t in words if t.i in unread):
            continue   # "battery-holder check:": a part's word inside a compound stays not drawn
        # (a concept that only says what the document is of — "Imaging log", "Optics figure" — modifies it)
        if any(t.pos_ == "ADP" and _lem(t) not in v["prepositions"] for t in words) or _concept(
                [t for t in words if t.i in unread and not (t.dep_ in ("compound", "amod") and _role_word(t.head)
                                                            and t.head.i > t.i and not _hyphened(t))], science):
            continue
        out.update({t.i: HEADING for t in toks})
        out.update({t.i: HEADING for t in doc if t.idx == c})
    return out


def chat_reasons(text: str, words: Iterable[tuple[int, int]], science: str) -> dict[tuple[int, int], str]:
    """For each unread word ``(start, end)`` of ``text`` that is chat (see the module), why; a word the
    parse splits ("I'm", "they're") is chat when every piece is."""
    words = list(words)
    if not words:
        return {}
    from .nlp import get_language
    doc = get_language()(text)
    unread = {t.i for t in doc for a, b in words if t.idx < b and a < t.idx + len(t.text)}
    heads = _clause_heads(doc)
    why: dict[int, str] = {}
    why.update(_asked(doc))
    why.update(_occasions(doc, heads, science))
    for i, r in _instructions(doc, unread).items():
        why.setdefault(i, r)
    for h in sorted(heads):
        for i, r in _clause_reasons(doc[h], _own(doc[h], heads - {h}), science, unread).items():
            why.setdefault(i, r)
    for i, r in _greetings(doc, science).items():
        why.setdefault(i, r)
    for t in doc:   # ", nothing else." / "- and nothing more": a closing remark of its own
        if _low(t) in ("nothing", "none") and t.i + 1 < len(doc) and _low(doc[t.i + 1]) in ("else", "more") and (
                t.i + 2 == len(doc) or doc[t.i + 2].is_punct) and t.i and (
                doc[t.i - 1].is_punct or _low(doc[t.i - 1]) in ("and", "but")):
            for k in range(t.i - (0 if doc[t.i - 1].is_punct else 1), t.i + 2):
                why.setdefault(k, CLOSED)
    for i, r in _headings(doc, text, science, unread).items():   # (what no other role names)
        why.setdefault(i, r)
    out: dict[tuple[int, int], str] = {}
    for a, b in words:
        pieces = [t for t in doc if t.idx < b and a < t.idx + len(t.text) and not t.is_space]
        if pieces and all(t.i in why for t in pieces):
            out[(a, b)] = why[pieces[0].i]
    return out
