"""The asked clause of a sentence that both gives and asks (issue 9, word problems).

A word problem often puts its data and its question in one sentence: "If R = 11 Ω and L = 5.4 mH, find
the frequency at which …", "Find the current, given that the battery is 9 V", "When the object is 20 cm
from the lens, where is the image formed?", "A 5 kg block rests on a 30° incline; calculate its
acceleration". The sentence as a whole states a number, so ``account.questions`` (which blanks only
sentences that state none) reads all of it — and the question's nouns ("zero frequency", "the image")
become things to draw or errors. ``asked_clauses`` finds the clause that only asks:

* it opens with a verb that asks for a result (WordNet's calculate, determine/find, estimate, solve,
  deduce, predict, evaluate synsets; not "identify" or "describe", which ask to show), in its base
  form and not tagged a noun or participle by nesy's trained English pipeline (an imperative: "find", not
  "found" or the noun "estimate"), or — in a sentence ending in "?" — with a question word ("what is", "where is", "how
  many" …);
* or it opens with a verb of telling followed by a question word ("state how many …", "tell me which …");
* it begins the sentence or follows a clause boundary (a comma, colon, dash, or "and"/"then"/"so" there);
* it ends at the sentence's end or where a clause of givens starts ("given that …", "if …", "assuming
  …", "when …", "where …", "with …" after a comma);
* it states no number (a number in it is data, read as such: "find the cell with 3 mitochondria").

A premise verb ("consider", "suppose", "use", "let", "given") opens a statement, never an asked clause.
The givens stay in the text the science reads; only the asked clause is blanked.
"""
from __future__ import annotations

import re

__all__ = ["asked_clauses", "opens_with_givens", "names_a_result"]

_WORD = re.compile(r"\w+(?:['’\-.]\w+)*|\S", re.UNICODE)
_DIGIT = re.compile(r"(?<![A-Za-z_\d])\d")
# words that join a task clause to what precedes it ("…, and then find …", "…; so calculate …")
_LINKS = frozenset({"and", "then", "so", "now", "please", "also", "next", "finally", "hence", "thus", "therefore"})
_BOUNDARY_PUNCT = frozenset({",", ";", ":", "—", "–", "-", "("})
# where a clause of givens starts inside the asked sentence: "…, given that …", "… if …"
_GIVENS = re.compile(r"(?i)(?:,\s*|\s+)(?:given(?:\s+that)?|if|assuming(?:\s+that)?|provided(?:\s+that)?|"
                     r"when|whenever|where|knowing(?:\s+that)?|so\s+that|such\s+that|since|because)\b"
                     r"|,\s*(?:with|for)\b")
_PREMISES = frozenset({"consider", "suppose", "supposing", "imagine", "assume", "assuming", "given", "use",
                       "using", "let"})
# question-class words of the lexicon that do not open a question clause (nouns, adverbs, helpers)
_WH = frozenset({"what", "where", "which", "how", "why", "when", "who", "whom", "whose"})
# verbs that ask for a result, not for something to be shown ("identify the nucleus", "describe the
# orbit" ask to draw them): the lemmas of Open English WordNet's synsets 00638921-v (calculate, compute,
# work out, reckon), 00920843-v (determine, find, find out, ascertain), 00674352-v (estimate, approximate),
# 00636568-v and 00735067-v (solve, resolve, work out, figure out), 00638236-v (deduce, infer, derive),
# 00919743-v (predict), 00683348-v (evaluate, assess); "round" asks how to write a result
_COMPUTE = frozenset({"calculate", "compute", "recalculate", "reckon", "work", "figure", "determine", "find",
                      "ascertain", "estimate", "approximate", "solve", "resolve", "deduce", "infer", "derive",
                      "predict", "evaluate", "assess", "round"})
_NOT_IMPERATIVE = frozenset({"NN", "NNS", "NNP", "NNPS", "VBN", "VBD", "VBG", "VBZ"})
_SUBORDINATING_WH = frozenset({"when", "where", "why"})
_AUX = frozenset({"is", "are", "was", "were", "do", "does", "did", "will", "would", "can", "could", "should",
                  "has", "have", "had", "must", "shall", "may", "might"})


# verbs of telling that ask for a result when a question word follows them ("then state how many organelles
# lie outside the nucleus", "and tell me which planet is closest", "explain why the image is virtual"): Open
# English WordNet's 01009240-v (state, say, tell), 00939857-v (explain), 01011031-v (report), 01000214-v
# (write down, note); "show how many" is left out: "show" asks to draw
_TELL = frozenset({"state", "say", "tell", "explain", "report", "write", "note", "mention", "indicate", "give",
                   "list", "decide", "check", "count"})
_TELL_OBJ = frozenset({"me", "us", "them", "down", "out"})


def _tells_asked(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a verb of telling followed by a question word ("state how many …")."""
    k = _told(low, i)
    return k is not None and (k < len(low) and (low[k] in _WH or low[k] == "whether") or names_a_result(low, i))


def _told(low: list[str], i: int) -> int | None:
    """Where the object of the verb of telling ``low[i]`` starts, past "me", "down" …; None when it is no such verb."""
    if low[i] not in _TELL:
        return None
    k = i + 1
    while k < len(low) and low[k] in _TELL_OBJ:
        k += 1
    return k


# what a verb of telling asks for when it names a result: "List the elements of A ∩ B", "write down the members of
# A′", "state the probability that …" (an exam's part (b); read as a statement, "List" became a set of the figure)
_RESULTS = frozenset({"elements", "members", "numbers", "values", "value", "probability", "number", "answer",
                      "answers", "result", "results"})


def names_a_result(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a verb of telling whose object names a result ("list the elements of …")."""
    k = _told(low, i)
    return k is not None and k + 1 < len(low) and low[k] in ("the", "all") and low[k + 1] in _RESULTS


def _opener(low: list[str], i: int, tags: list[str], lemma) -> bool:
    """Whether ``low[i]`` opens a task or question clause (see the module)."""
    w = low[i]
    if w in _PREMISES:
        return False
    if _tells_asked(low, i):
        return True
    if w in _WH:
        # "where is the image?", not the subordinator of "When the object is 20 cm away, …"
        return w not in _SUBORDINATING_WH or (i + 1 < len(low) and low[i + 1] in _AUX)
    if lemma(w) in ("work", "figure") and (i + 1 >= len(low) or low[i + 1] != "out"):
        return False  # "work out", "figure out"; not "the work done"
    # an imperative: not a participle ("the value found by …", "derived from …") nor a noun ("an estimate");
    # the tagger may call a terse imperative an adjective ("…, compute current please")
    return lemma(w) in _COMPUTE and w == lemma(w) and tags[i] not in _NOT_IMPERATIVE


def asked_clauses(sentence: str, offset: int = 0) -> list[tuple[int, int]]:
    """The spans (shifted by ``offset``) of ``sentence``'s clauses that only ask (see the module)."""
    from .account import _lemma
    toks = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(sentence)]
    if not toks:
        return []
    low = [w.lower() for _, _, w in toks]
    ends_q = sentence.rstrip().endswith("?")
    cands = [i for i in range(len(toks)) if low[i] in _WH or _lemma(low[i]) in _COMPUTE or _tells_asked(low, i)]
    if not cands:
        return []
    tags = _tags(sentence, toks)
    out: list[tuple[int, int]] = []
    for i in cands:
        if out and toks[i][0] < out[-1][1]:
            continue
        if not _opener(low, i, tags, _lemma):
            continue
        if low[i] in _WH and not ends_q:
            continue  # "a battery, which charges the capacitors": a relative clause states
        j = i - 1
        while j >= 0 and low[j] in _LINKS:
            j -= 1
        if j >= 0 and toks[j][2] not in _BOUNDARY_PUNCT:
            continue  # inside a clause ("the value found by …"), not the start of one
        a = toks[i][0]
        rest = sentence[toks[i][1]:]
        g = _GIVENS.search(rest)
        b = toks[i][1] + g.start() if g and g.start() > 0 else len(sentence.rstrip())
        span = sentence[a:b]
        if _DIGIT.search(span) or not span.strip():
            continue
        if j < 0 and b >= len(sentence.rstrip()):
            continue  # the whole sentence: the sentence-level rule decides it
        out.append((offset + a, offset + a + len(span.rstrip())))
    return out


def _tags(sentence: str, toks: list[tuple[int, int, str]]) -> list[str]:
    """Penn tags of ``toks`` from nesy's trained pipeline (a token's tag by its start offset)."""
    from .nlp import get_language
    doc = get_language()(sentence)
    by_start = {t.idx: t.tag_ for t in doc}
    return [by_start.get(a, "") for a, _, _ in toks]


_GIVEN_OPENERS = frozenset({"if", "when", "whenever", "once", "given", "assuming", "provided", "since", "because",
                            "after", "before", "while", "where"})


def opens_with_givens(sentence: str) -> bool:
    """Whether ``sentence`` opens with a clause of givens ("When the lens is convex, where is …?", "If the
    battery is 9 V, what …?"), not with a question ("Where is the image, is it real, …?")."""
    low = [m.group(0).lower() for m in _WORD.finditer(sentence) if any(ch.isalnum() for ch in m.group(0))]
    if not low or low[0] not in _GIVEN_OPENERS:
        return False
    return not (low[0] in _WH and len(low) > 1 and low[1] in _AUX)
