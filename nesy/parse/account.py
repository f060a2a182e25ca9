"""Honest accounting of the words a science's grammar did not read.

Every science's parser returns the spans of the text it could not read (``SceneGraph.unknown``).
Some of those carry nothing a figure could show: *figure* words ("sketch", "labelled", "diagram"),
*question/task* words ("calculate", "what is", "how many", "assume", "given") and the function words
whose loss cannot change a figure ("the", "is", "it", "please"), all from the shared no-content lexicon
(``grammars/common/no_content.yaml``, ``nesy.parse.lexicon``), plus punctuation and the delimiters of
math markup (``{eq}``, ``$``). ``account`` moves those to the scene's *ignored* spans. Everything else
is *not drawn*: merged into phrases, each with its position and why ("a value the optics figure does
not show", "a formula", "not in the circuits vocabulary"), so the caller can draw the rest and say
exactly what is missing, or refuse.

What is never dropped, though the lexicon lists it as a function word: negation ("no", "not",
"neither", "without"), quantifiers and comparison ("all", "each", "both", "only", "more", "than",
"another", "same"), "or", and prepositions ("in", "on", "of", "with", …). A grammar that did not read
them may have missed a relation, a count or a negation, so losing them could change the figure.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..types import NotDrawn, Span

__all__ = ["NotDrawn", "Accounting", "account", "KEPT_FUNCTION_WORDS"]

# Function words (in the lexicon's sense) that can carry a figure's content: never dropped unread.
KEPT_FUNCTION_WORDS = frozenset({
    # negation
    "no", "not", "n't", "none", "neither", "nor", "never", "without",
    # quantifiers, counting and comparison
    "all", "any", "both", "each", "every", "either", "few", "many", "more", "most", "much", "less", "least",
    "several", "some", "one", "ones", "only", "other", "another", "same", "such", "own", "than", "too",
    # alternatives
    "or",
    # prepositions: relations
    "about", "as", "at", "by", "for", "from", "in", "into", "of", "on", "onto", "to", "upon", "with",
})

# Words the lexicon keeps as content because some science draws them ("image" in optics, "model" in
# crystal's ball-and-stick model) but that, unread by the science at hand, only name the figure itself
# ("an image of a triangle", "a model of the cell").
FIGURE_WHEN_UNREAD = frozenset({"image", "images", "model", "models", "picture", "pictures", "render", "rendering"})

_WORD = re.compile(r"\w+(?:['’\-.]\w+)*|\S", re.UNICODE)
_MARKUP = re.compile(r"\{/?eq\}|\$\$?|\\[\[\]()]", re.IGNORECASE)
_FORMULA_REGION = re.compile(r"\{eq\}(.*?)\{/eq\}|\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]",
                             re.IGNORECASE | re.DOTALL)
_CONTRACTION = re.compile(r"(\w+)['’](?:re|m|d|s|ll|ve)")
_SENTENCE_END = re.compile(r"[.;:!?]\s|[.;:!?]$|\n\s*\n")


@dataclass(frozen=True)
class Accounting:
    """``ignored``: spans known to carry no content; ``not_drawn``: phrases the figure does not show;
    ``content_words`` / ``not_drawn_words``: how many words of the whole text carry content, and how many
    of those are not drawn."""

    ignored: tuple[Span, ...]
    not_drawn: tuple[NotDrawn, ...]
    content_words: int = 0
    not_drawn_words: int = 0
    # unread phrases known to carry no content, each with why (the chat of ``nesy.parse.chat``); their words
    # are among ``ignored`` too
    no_content: tuple[NotDrawn, ...] = ()
    # content words of the *aside* sentences: those the science read nothing of ("She'll add the city labels
    # herself with glitter pens, heaven help us."), all of them and the unread ones among them
    aside_words: int = 0
    aside_not_drawn: int = 0
    asides: tuple[tuple[int, int], ...] = ()   # where the asides stand (start, end)
    # not-drawn words that say how the figure looks ("navy", "dashed", "title": ``presentation.is_style_word``),
    # all of them and those in the asides: listed as not drawn, but no science the figure fails to show, so left
    # out of both shares
    style_words: int = 0
    aside_style_words: int = 0

    @property
    def not_drawn_share(self) -> float:
        """The share of the text's content words, style words aside, that the figure does not show (0 to 1)."""
        total = self.content_words - self.style_words
        return (self.not_drawn_words - self.style_words) / total if total > 0 else 0.0

    @property
    def read_share(self) -> float:
        """The share of content words not drawn within the sentences the science read something of (0 to 1):
        how well the figure shows what it draws from. An aside sentence the science read nothing of (a
        parent's story around the request) does not dilute it; its words are listed as not drawn all the same."""
        style = self.style_words - self.aside_style_words
        total = self.content_words - self.aside_words - style
        return (self.not_drawn_words - self.aside_not_drawn - style) / total if total > 0 else 1.0


def _lemma(word: str) -> str:
    from .lemmas import lemma_table
    t = lemma_table()
    return t.get(word, t.get(word.lower(), word.lower())).lower()


def _droppable_word(word: str) -> bool:
    """Whether one word, unread by a grammar, is known to carry nothing a figure shows."""
    from .lexicon import no_content
    if all(unicodedata.category(ch).startswith("P") for ch in word):
        return True  # punctuation alone; a symbol ("=", "∅", "∩", "<", "°", "+") can carry a figure's content
    low = word.lower()
    if low in KEPT_FUNCTION_WORDS or any(ch.isdigit() for ch in word):
        return False
    if low in FIGURE_WHEN_UNREAD:
        return True
    m = _CONTRACTION.fullmatch(low)
    if m:  # a pronoun and its verb in one word ("I'm", "they're", "that's", "we'd"); not "Thursday's", "isn't"
        return m.group(1) not in KEPT_FUNCTION_WORDS and no_content().classify(m.group(1), m.group(1)) == "function"
    cls = no_content().classify(_lemma(word), low)
    return cls is not None


def account(text: str, unknown: Iterable[Span], science: str, passed: Iterable[Span] = ()) -> Accounting:
    """Split the unread spans of ``text`` into no-content spans and not-drawn phrases (see the module).
    ``passed``: the spans the science passed over as filler ("sweep up spills": "up"), which make no sentence
    read (``_asides``)."""
    spans = sorted({(s.start, s.end) for s in unknown})
    if not spans:
        return Accounting((), (), _content_words(text), 0)
    covered = [False] * (len(text) + 1)
    for a, b in spans:
        for i in range(max(0, a), min(len(text), b)):
            covered[i] = True
    formula = [False] * (len(text) + 1)
    for m in _FORMULA_REGION.finditer(text):
        for i in range(m.start(), m.end()):
            formula[i] = True
    markup = [False] * (len(text) + 1)
    for m in _MARKUP.finditer(text):
        for i in range(m.start(), m.end()):
            markup[i] = True
    toks = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    lowers = [w.lower() for _, _, w in toks]
    # multi-word no-content phrases ("what is", "how many", "not to scale") read whole, when unread whole
    from .lexicon import no_content
    lex = no_content()
    drop = [False] * len(toks)
    i = 0
    while i < len(toks):
        hit = lex.phrase_at(lowers, i)
        if hit and all(covered[toks[j][0]] for j in range(i, i + hit[1])):
            for j in range(i, i + hit[1]):
                drop[j] = True
            i += hit[1]
            continue
        i += 1
    # an approximation marker right before a number the science read ("a battery of around 6 V", "just under 5
    # cm"): read with it — the value is held to the marker's precision (nesy.solve.precision) — so no content left out
    from ..solve.precision import approx_rx
    marker = re.compile(approx_rx(), re.IGNORECASE)
    for k, (a, b, w) in enumerate(toks):
        m = marker.match(text, a)
        if m is None or not any(covered[a:b]) or (k and toks[k - 1][1] > a):
            continue
        p = m.end()
        while p < len(text) and text[p].isspace():
            p += 1
        if p < len(text) and text[p].isdigit() and not covered[p]:
            for j in range(k, len(toks)):
                if toks[j][0] < m.end():
                    drop[j] = True
    ignored: list[Span] = []
    content: list[int] = []
    for k, (a, b, w) in enumerate(toks):
        if not any(covered[a:b]):
            continue
        if drop[k] or all(markup[a:b]) or (not formula[a] and _droppable_word(w)):
            ignored.append(Span(a, b, w))
        else:
            content.append(k)
    chat = _chat(text, toks, [k for k in content if not formula[toks[k][0]]], science)
    content = [k for k in content if k not in chat]
    ignored += [Span(*toks[k][:2], toks[k][2]) for k in chat]
    read = {k for k, (a, b, _) in enumerate(toks) if not any(covered[a:b])}
    skipped = list(covered)
    for sp in passed:
        for i in range(max(0, sp.start), min(len(text), sp.end)):
            skipped[i] = True
    aside, aside_unread, where = _asides(text, toks, skipped, set(content), science)
    phrases = _phrases(text, toks, content, covered, formula, science)
    # the words of a not-drawn phrase made only of style words ("soft pastel colours", "thin black outlines"): a
    # phrase that mixes in anything else ("two colours", "union A ∪ B has six elements") keeps every word counted
    from .presentation import is_style_word
    style = []
    for ph in phrases:
        ks = [k for k in content if ph.start <= toks[k][0] < ph.end]
        if ks and all(is_style_word(toks[k][2]) for k in ks):
            style += [toks[k][0] for k in ks]
    return Accounting(tuple(sorted(ignored, key=lambda s: (s.start, s.end))),
                      tuple(phrases),
                      _content_words(text), len(content), _chat_phrases(text, toks, chat, set(content) | read),
                      aside, aside_unread, where, len(style),
                      sum(1 for a in style if any(x <= a < y for x, y in where)))


_UNIT_END = re.compile(r"[.;:!?](?=\s|$)|\n")
# a word that refers back to things named ("Neither contains the other", "Draw it with no box"): a sentence
# that says something of them is never an aside
_ANAPHOR = re.compile(r"(?i)\b(?:it|its|itself|they|them|their|theirs|themselves|neither|either|both|each|other|"
                      r"others|none|these|those|former|latter)\b")
# "Blockers: none.", "Allergies - none": a field's value "none" empties the field named before it, it refers
# to nothing named (an aside's test of reference skips it; whether the field names a thing drawn is the concept test's)
_KEY_NONE = re.compile(r"(?i)(?<=[\w)])[ \t]*[:=–—-][ \t]*(?P<v>none|nil|n/a|nothing)\b")
_NONE_TAIL = re.compile(r"(?i)(?:(?<=[:=–—-])|[ \t]*[:=–—-])[ \t]*(?:none|nil|n/a|nothing)\b")
# a number, in digits or words: a sentence that counts or measures is never an aside
_NUMBER = re.compile(r"\d|(?i:\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                     r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                     r"eighty|ninety|hundred|thousand|million|dozens?|pairs?|single|double|twice|triple|half|quarter)\b)")


@functools.lru_cache(maxsize=1)
def _field_names() -> re.Pattern:
    """The names of the sciences' fields themselves (``concepts.TOPICS``: "crystallography", "electronics",
    "astronomy"): a sentence naming only the field ("Riddle for the crystallography club:") says what the text is
    about, not a thing the figure shows, so it may still be an aside."""
    from .concepts import TOPICS
    names = sorted({n for topics in TOPICS.values() for _s, n in topics}, key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in names) + r")\b")


def _asides(text: str, toks: Sequence[tuple[int, int, str]], covered: list[bool], content: set[int],
            science: str) -> tuple[int, int, tuple[tuple[int, int], ...]]:
    """Content words in the *asides* of ``text`` and how many of those are left not drawn (``content``; the
    rest are chat), and where the asides stand: (all, unread, spans). An aside is a sentence (or line) the science read nothing of — every content
    word unread (``covered``: or passed over) but the function words it may pass over (``KEPT_FUNCTION_WORDS``) — that names no number,
    no concept of the science (``nesy.parse.concepts``), no word the science read elsewhere, and refers to nothing
    named (``_ANAPHOR``): "She'll add the
    city labels herself, heaven help us", never "Three cells were in metaphase" or "Neither contains the other",
    which state what the figure would show."""
    from .concepts import token_scores
    # the words the science read: an aside shares none ("Every square and every blorb is a parallelogram" is
    # about the sets Squares and Parallelograms drawn)
    read = {_lemma(w) for a, b, w in toks if not any(covered[a:b]) and not _droppable_word(w)
            and w.lower() not in KEPT_FUNCTION_WORDS}
    ends = sorted({m.end() for m in _UNIT_END.finditer(text)} | {len(text)})
    emptied = [m.span("v") for m in _KEY_NONE.finditer(text)]
    total = unread = 0
    where = []
    k = 0
    for e in ends:
        unit = []
        while k < len(toks) and toks[k][0] < e:
            unit.append(k)
            k += 1
        words = [j for j in unit if not _droppable_word(toks[j][2])]
        # (a preposition or quantifier the science passed over does not make it read: "with glitter pens")
        said = [j for j in words if toks[j][2].lower() not in KEPT_FUNCTION_WORDS]
        if not (said and all(all(covered[toks[j][0]:toks[j][1]]) for j in said) and any(j in content for j in said)):
            continue
        unit_text = text[toks[unit[0]][0]:toks[unit[-1]][1]]
        at = toks[unit[0]][0]
        refers = any(not any(a <= at + m.start() < b for a, b in emptied) for m in _ANAPHOR.finditer(unit_text))
        if _NUMBER.search(unit_text) or refers or token_scores(_field_names().sub(" ", unit_text)).get(science) \
                or any(_lemma(toks[j][2]) in read for j in said):
            continue
        total += len(words)
        unread += sum(1 for j in words if j in content)
        a, b = toks[unit[0]][0], toks[unit[-1]][1]
        emptied_after = _NONE_TAIL.match(text, b)   # "Blockers: none.": the field's value goes with the aside
        where.append((a, emptied_after.end() if emptied_after else b))
    return total, unread, tuple(where)


def _chat(text: str, toks: Sequence[tuple[int, int, str]], ks: list[int], science: str) -> dict[int, str]:
    """The unread words (token indices) that are chat (``nesy.parse.chat``), with why."""
    if not ks:
        return {}
    from .chat import chat_reasons
    why = chat_reasons(text, [toks[k][:2] for k in ks], science)
    return {k: why[toks[k][:2]] for k in ks if toks[k][:2] in why}


def _chat_phrases(text: str, toks: Sequence[tuple[int, int, str]], chat: dict[int, str],
                  content: Iterable[int]) -> tuple[NotDrawn, ...]:
    """Chat words merged into phrases: neighbours with the same reason, no sentence end and no word between
    them that the science read or that is left not drawn (``content``)."""
    content = set(content)
    out: list[list[int]] = []
    for k in sorted(chat):
        if out and chat[out[-1][-1]] == chat[k] and not _SENTENCE_END.search(text[toks[out[-1][-1]][0]:toks[k][0]]) \
                and not any(j in content for j in range(out[-1][-1] + 1, k)):
            out[-1].append(k)
        else:
            out.append([k])
    return tuple(NotDrawn(toks[g[0]][0], toks[g[-1]][1], text[toks[g[0]][0]:toks[g[-1]][1]], chat[g[0]]) for g in out)


def _content_words(text: str) -> int:
    """Words of ``text`` that may carry content: neither punctuation nor no-content words."""
    return sum(1 for m in _WORD.finditer(text) if not _droppable_word(m.group(0)))


def _phrases(text: str, toks: Sequence[tuple[int, int, str]], content: list[int], covered: list[bool],
             formula: list[bool], science: str) -> list[NotDrawn]:
    """Merge not-drawn words into phrases: neighbours joined when everything between them was unread too
    and no sentence ends there; a formula region stays one phrase of its own."""
    groups: list[list[int]] = []
    for k in content:
        if groups:
            prev = groups[-1][-1]
            a, b = toks[prev][1], toks[k][0]
            gap = text[a:b]
            between = range(prev + 1, k)
            joined = (all(covered[toks[j][0]] for j in between) and not _SENTENCE_END.search(text[toks[prev][0]:b])
                      and formula[toks[prev][0]] == formula[toks[k][0]] and "\n\n" not in gap)
            if joined:
                groups[-1].append(k)
                continue
        groups.append([k])
    out = []
    for g in groups:
        a, b = toks[g[0]][0], toks[g[-1]][1]
        phrase = text[a:b]
        if formula[a]:
            why = "a formula: nesy draws no equations"
        elif any(ch.isdigit() for ch in phrase):
            why = f"a value the {science} figure does not show"
        else:
            why = f"not in the {science} vocabulary"
        out.append(NotDrawn(a, b, phrase, why))
    return out


_SENTENCE = re.compile(r"[^.?!;\n]+(?:[.?!;]+|\n|$)")  # sentences, and clauses after a semicolon
_DIGIT = re.compile(r"(?<![A-Za-z_\d])\d")  # a number; not the digit of a name ("R2", "q0", "C1")


# verbs that set a task after an opener ("Also list three strings it accepts", "Then name the planets"): asked, as
# "Also calculate …" is (a sentence opening with them alone is an instruction about the figure: "Label the nucleus")
_TASKS = frozenset({"list", "name", "give", "write", "state", "identify", "describe", "tell", "explain", "say"})
# the openers that add a task to what came before ("Also list …"; not "Please show …", which asks for the figure)
_ADDITIVE = frozenset({"also", "additionally", "then", "next", "finally", "lastly", "and"})


def _needs_list(s: str) -> bool:
    """Whether ``s`` opens with a heading of what is needed and a colon ("Required organelles: a nucleus, four
    mitochondria …", "Needed: …", "Parts required: …"): a specification that lists what to draw, never a
    question (blanked as one, its organelles were silently lost)."""
    m = re.match(r"\s*([^:.?!\n]{1,40}):", s)
    return bool(m) and len(m.group(1).split()) <= 3 and any(
        w.lower() in _NEEDING for w in re.findall(r"[A-Za-z]+", m.group(1)))


_HEADING = re.compile(r"[ \t]*[A-Za-z][\w\-]*(?:[ \t,]+[\w\-()]+){0,4}[ \t]*:[ \t]+(?=\S)")
# words that make a colon's left side a question of its own ("What is R: …", "Find x: …" stay whole)
_HEADING_WORDS = re.compile(r"(?i)\b(?:what|which|how|why|where|when|who|whose|is|are|does|do|find|calculate|"
                            r"determine|compute|show|prove|draw|sketch)\b(?!\s*\d)")


class _Shifted:
    """A sentence match moved past its heading: ``start()`` and ``group(0)`` of the rest."""

    def __init__(self, start: int, text: str) -> None:
        self._start, self._text = start, text

    def start(self) -> int:
        return self._start

    def group(self, _k: int = 0) -> str:
        return self._text


def questions(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s sentences that only ask: ending in "?" or opening with a question/task word
    of the lexicon ("What is…", "Calculate…", "How long…", "Assume…"), and stating no number. A question
    asks about what the other sentences state ("What is the current in the resistor?"); read as
    statements, its nouns would become new things to draw (a second resistor, a planet named "Earth" out
    of "in Earth days")."""
    from .asked import names_a_result
    from .lexicon import no_content
    lex = no_content()
    out = []
    for m in _SENTENCE.finditer(text):
        s = m.group(0)
        # a heading before a colon ("Answer key: the DFA has …", "Question 3: calculate …") is judged apart: the
        # sentence asks or states by what follows it
        head = _HEADING.match(s)
        if head and _HEADING_WORDS.search(head.group(0)) is None:
            m = _Shifted(m.start() + head.end(), s[head.end():])
            s = m.group(0)
        words = [w.group(0) for w in _WORD.finditer(s) if any(ch.isalnum() for ch in w.group(0))]
        if not words:
            continue
        if _DIGIT.search(s):
            if not _polite_request(words, lex):
                from .asked import asked_clauses
                out.extend(asked_clauses(s, m.start()))
            continue
        # (after an opener: "Also Nissl substance … and four mitochondria" is judged by what follows "Also" — blanked
        # as a question for its opener, its things were silently lost; "Also, calculate …" still asks)
        k = 0
        while k < len(words) - 1 and words[k].lower() in _OPENERS | _ADVERBS:
            k += 1
        low = [w.lower() for w in words]
        first = lex.phrase_at(low, k)
        opens = ((first is not None and first[0] == "question")
                 or lex.classify(_lemma(words[k]), words[k].lower()) == "question"
                 or k > 0 and words[0].lower() in _ADDITIVE and words[k].lower() in _TASKS
                 or names_a_result(low, k)
                 # (after an exam part's label: "(b) List the elements of A ∩ B.", "ii) write down …")
                 or k == 0 and len(words) > 1 and re.match(r"\s*\(?(?:[a-h]|[ivx]{1,4})\)\s", s, re.IGNORECASE)
                 and names_a_result(low, 1)) \
            and words[k].lower() not in _PREMISES and not _needs_figure(words, lex) and not _needs_list(s)
        # a fill-in blank ("The image is ___ (real/virtual)") asks, like a question mark
        asks = opens or re.search(r"_{2,}", s) is not None or (s.rstrip().endswith("?") and not _polite_request(words, lex))
        if asks and not opens:
            from .asked import asked_clauses, opens_with_givens
            part = asked_clauses(s, m.start()) if opens_with_givens(s) else []
            if part:
                # "When the lens is convex, where is the image?": the givens before the question state
                out.extend(part)
                continue
        if asks:
            a = m.start() + (len(s) - len(s.lstrip()))
            out.append((a, m.start() + len(s.rstrip())))
        elif not _polite_request(words, lex):
            # a sentence that gives data and asks ("If R = 11 Ω, find the frequency …"): only its asked
            # clause is blanked (nesy.parse.asked)
            from .asked import asked_clauses
            out.extend(asked_clauses(s, m.start()))
    return out


# A sentence opening with a premise verb sets up what the others are about ("Consider a cell with two
# nuclei.", "Suppose three sets A, B and C.", "Use three states: S the start, …"): it states, unlike an
# interrogative or a task ("What is …", "Find …"). Blanked as a question, its things were lost or its
# names replaced (requests-dev automata-10 drew q0, q1, q2 for S, Y, N). Ending in "?" it still asks.
_PREMISES = frozenset({"consider", "suppose", "supposing", "imagine", "assume", "assuming", "given", "use",
                       "using", "let"})

# "Could you draw …?", "Can you please sketch …?", "Would you make me …?", "Can I get a diagram of …?": a
# request for the figure in the form of a question states what to draw; blanked as a question, its
# things would be lost ("Could you draw three cells …?" drew one cell)
_OPENERS = frozenset({"hi", "hello", "hey", "so", "and", "also", "ok", "okay", "then", "now", "please", "pls",
                      "but", "oh", "well", "lastly", "finally", "next", "additionally"})
_MODALS = frozenset({"could", "can", "would", "will", "might", "may", "cud", "cn", "couldn't", "won't"})
_ADVERBS = frozenset({"please", "pls", "plz", "kindly", "also", "just", "maybe", "perhaps", "possibly", "quickly",
                      "then", "now", "simply", "additionally", "additonally", "pretty"})
_ASKING_VERBS = frozenset({"tell", "say", "check", "confirm", "verify", "work", "figure", "let"})
_I_VERBS = frozenset({"get", "have", "see", "request", "ask"})


# "Need the Venn diagram for the report, with C inside U.", "Requires a ray diagram with the image marked": a
# verb of needing, then (within a few words) the figure itself, asks for the figure and says what it shows —
# blanked as a question, its relations were lost and the figure verified without them (requests-12 sets-09)
_NEEDING = frozenset({"need", "needs", "needed", "require", "requires", "required", "want", "wants"})


def _needs_figure(words: Sequence[str], lex) -> bool:
    """Whether a sentence opens (after an opener such as "so", "ok", "please") with a verb of needing whose
    object is the figure: a figure word ("diagram", "sketch", "figure") among the next four words, before any
    question or task word ("Need to calculate …" asks)."""
    low = [w.lower() for w in words]
    k = 0
    while k < len(low) and k < 2 and low[k] in _OPENERS | _ADVERBS:
        k += 1
    if k >= len(low) or low[k] not in _NEEDING:
        return False
    for j in range(k + 1, min(len(low), k + 5)):
        kind = lex.classify(_lemma(words[j]), low[j])
        if kind == "figure":
            return True
        if kind == "question" or low[j] in ("to", "how", "what", "which", "whether"):
            return False
    return False


def _polite_request(words: Sequence[str], lex) -> bool:
    """Whether a sentence ending in "?" asks for the figure rather than a fact: a modal and "you" (or "I"/"we"
    with get/have/see) opening it, then a verb that is no question/task word ("Could you draw …", not "Could
    you calculate …" or "Can you tell me …")."""
    low = [w.lower() for w in words]
    k = 0
    while k < len(low) and k < 2 and low[k] in _OPENERS:
        k += 1
    if k + 2 >= len(low) or low[k] not in _MODALS:
        return False
    who = low[k + 1]
    k += 2
    while k < len(low) and low[k] in _ADVERBS:
        k += 1
    if k >= len(low):
        return False
    verb = low[k]
    if who in ("i", "we"):
        return verb in _I_VERBS
    if who not in ("you", "u", "ya", "someone", "somebody", "anyone", "anybody"):   # "can someone draw me …?"
        return False
    phrase = lex.phrase_at(low, k)
    if verb in _ASKING_VERBS or (phrase is not None and phrase[0] == "question"):
        return False
    return lex.classify(_lemma(words[k]), verb) != "question"
