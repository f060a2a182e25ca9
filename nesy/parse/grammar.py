"""Grammar-driven parser: text → typed ``SceneGraph`` for the region domains (cells, sets).

The grammar (``grammars/<domain>/grammar.yaml`` plus ``grammars/common/grammar.yaml``) lists entity
nouns, attributes, relation phrases and names. Parsing is three steps:

1. *tag*: spaCy tokens are matched, longest phrase first, against the grammar tables (on the lower
   case text or the lemma, so plurals resolve). Tokens that match nothing are *unknown* and are
   reported with their character offsets.
2. *group*: mentions (``[count] [attributes] noun [name]``) become groups; relation phrases link the
   nearest preceding mention (or, after a copula or a floating "each", the whole coordinated subject) to
   the following coordinated mentions; definite or count-less mentions of a known kind refer back.
   Coordinated lists are read once per clause (``_lists``): Oxford commas, and clauses inside an item
   ("a nucleus containing a nucleolus, 3 ribosomes and …") that keep their own objects only.
3. *instantiate*: groups become entities. "Two cells, each with a nucleus" gives each cell its own
   nucleus; relations between groups are expanded to the entities that share a container.

Every entity and relation keeps the character span it came from.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError, UnknownWordsError
from ..resources import load_yaml
from ..types import Entity, Relation, SceneGraph, Span, _freeze
from . import grammar_absent
from .grammar_absent_list import mark_absent_lists
from .grammar_distribute import mark_distributed
from .grammar_located import mark_located_items
from .grammar_fronted import mark_fronted_locations, mark_fronted_objects
from .grammar_negated import mark_negated_subjects
from .grammar_partitive import mark_partitives
from .grammar_predicate import mark_pronoun_predicates, mark_resumptive
from .grammar_refer import holder, merge_into, refer_back
from .grammar_members import Members, mark_members, position_word
from .grammar_paren import mark_all_of_them, mark_asides
from .words import MAX_COUNT, MAX_ENTITIES, Number, read_count, scan_numbers

__all__ = ["SubjectlessRelationError", "parse_text", "Grammar", "load_grammar", "check_text", "MAX_TEXT_CHARS",
           "MAX_COUNT", "MAX_ENTITIES"]

MAX_TEXT_CHARS = 20_000


@dataclass
class Grammar:
    domain: str
    phrases: dict[tuple[str, ...], tuple[str, Any]]  # token tuple → (tag, value)
    max_len: int
    names: dict[str, re.Pattern]
    symmetric: set[str]
    defaults: dict[str, Any]
    outline_of: dict[str, str]
    entity_words: set[str]
    # relation kind → the relation it becomes when its container side is several things ("surrounded by
    # six mitochondria": adjacent to each, not inside them)
    many: dict[str, str] = field(default_factory=dict)
    # a noun's own attributes ("hepatocyte" → a cell of type animal, cell_type hepatocyte), by token tuple
    noun_attrs: dict[tuple[str, ...], dict[str, Any]] = field(default_factory=dict)
    absence: bool = False   # "no X", "without X" are recorded as stated absences (``grammar_absent``)
    # attribute values that cover others when a mention refers back (``grammar_refer``)
    general: dict[str, dict[Any, frozenset]] = field(default_factory=dict)
    # what a refusal of a relation without a subject shows as a way to say it, in the science's own words
    relation_example: str = "'A has 3 elements', 'S2 is contained in S3'"
    # the nouns the science draws its entities as ("circle", "region" for a set: ``drawn_as``)
    drawn_as: set[str] = field(default_factory=set)


def _toks(phrase: str) -> tuple[str, ...]:
    from .nlp import get_nlp
    return tuple(t.lower_ for t in get_nlp().make_doc(str(phrase)))


@functools.lru_cache(maxsize=None)
def load_grammar(domain: str) -> Grammar:
    """Compile ``grammars/<domain>/grammar.yaml`` (with the common grammar) into phrase tables."""
    from .nlp import get_nlp
    common = load_yaml("grammars", "common/grammar.yaml")
    g = load_yaml("grammars", f"{domain}/grammar.yaml")
    nlp = get_nlp()
    phrases: dict[tuple[str, ...], tuple[str, Any]] = {}

    def add(p: str, tag: str, val: Any, lemma: bool = False, force: bool = True) -> None:
        key = _toks(p)
        if force or key not in phrases:
            phrases[key] = (tag, val)
        if lemma:  # plural forms: also the lemma of the last word
            doc = nlp(str(p))
            lk = tuple(t.lower_ for t in doc[:-1]) + (doc[-1].lemma_.lower(),)
            phrases.setdefault(lk, (tag, val))

    for w in common["filler"] + list(g.get("domain_filler", [])):
        add(w, "FILL", None)
    for w in common["copulas"]:
        add(w, "COP", None)
    for w in common["coordinators"] + list(g.get("coordinators") or []):
        add(w, "COORD", None)
    for w in common["pairwise"]:
        add(w, "PAIR", None)
    for w in common["distributive"]:
        add(w, "EACH", None)
    add("the", "DEF", None)
    add("not", "NEG", None)
    add("n't", "NEG", None)
    for w, n in common["numbers"].items():
        add(w, "NUM", int(n))
    # "a cell … another cell", "a nucleus and another nucleus": one more of the kind, an indefinite determiner
    # (Huddleston & Pullum, CGEL 2002, ch. 5 §7: another = an + other), never the one named before; as a
    # filler word the second cell was read as the first again and its organelles drawn in it
    add("another", "NUM", 1)
    for w, attrs in (g.get("attributes") or {}).items():
        add(w, "ATTR", dict(attrs or {}))
    rel_kinds: dict[str, tuple[str, bool]] = {}
    many: dict[str, str] = {}
    for kind, spec in g.get("relations", {}).items():
        if isinstance(spec, list):
            spec = {"phrases": spec}
        canon, inv = spec.get("canonical", kind), bool(spec.get("invert", False))
        rel_kinds[kind] = (canon, inv)
        if spec.get("many"):
            many[kind] = str(spec["many"])
        for p in spec["phrases"]:
            add(p, "REL", (canon, inv, kind))
    entity_words: set[str] = set()
    for kind, syns in g["entities"].items():
        for s in syns:
            add(s, "ENT", kind, lemma=True)
            entity_words.update(_toks(s))
    # nouns listed in a data file of the domain, each naming the kind with attributes of its own
    # (``entity_nouns: {cell: cell_types.yaml}``: "hepatocyte" is a cell whose type is animal)
    noun_attrs: dict[tuple[str, ...], dict[str, Any]] = {}
    for kind, fname in (g.get("entity_nouns") or {}).items():
        table = load_yaml("grammars", f"{domain}/{fname}").get("nouns") or {}
        # the nouns are singular: a plural in the text reaches them through its last word's lemma (``_tag``),
        # so only the tokenizer runs here (a few hundred nouns; the full pipeline would cost seconds)
        for w, attrs in table.items():
            # the file's attributes less its sources (the noun itself is not kept: the spec schema of the
            # science would have to allow it first)
            own = {k: v for k, v in dict(attrs or {}).items() if k != "source"}
            key = _toks(str(w))
            if key in phrases and phrases[key][0] != "ENT":
                continue   # a word the grammar reads otherwise ("yeast" as an attribute) keeps that reading
            phrases[key] = ("ENT", kind)
            noun_attrs[key] = own
            entity_words.update(key)
    return Grammar(
        domain=g["domain"], phrases=phrases, max_len=max(len(k) for k in phrases),
        names={k: re.compile(v) for k, v in (g.get("names") or {}).items()},
        symmetric=set(g.get("symmetric", [])),
        defaults=dict(g.get("defaults") or {}),
        outline_of=dict(g.get("outline_of") or {}),
        entity_words=entity_words,
        drawn_as={str(n).lower() for ns in (g.get("drawn_as") or {}).values() for n in ns},
        many=many,
        noun_attrs=noun_attrs,
        absence=bool(g.get("absence", False)),
        general={k: {gv: frozenset(c) for gv, c in v.items()} for k, v in (g.get("general_attributes") or {}).items()},
        **({"relation_example": str(g["relation_example"])} if g.get("relation_example") else {}),
    )


@dataclass
class Item:
    tag: str
    value: Any
    start: int  # char offsets
    end: int
    plural: bool = False
    quantity: bool = False  # a number with a unit after it ("1.5 V", "5 µm"): never a count
    attrs: dict[str, Any] | None = None  # a noun's own attributes (``Grammar.noun_attrs``)


_MULT_RE = re.compile(r"^(?:[x×]\d+|\d+[x×])$", re.IGNORECASE)  # "x3", "3x": a factor, not a count


@functools.lru_cache(maxsize=4096)
def _lemma(word: str) -> str:
    from .nlp import get_nlp
    return get_nlp()(word)[0].lemma_.lower()


def _tag(text: str, gr: Grammar) -> tuple[list[Item], list[tuple[str, int, int]], list[Span]]:
    from .nlp import get_nlp
    doc = get_nlp()(text)
    toks = list(doc)
    items: list[Item] = []
    unknown: list[tuple[str, int, int]] = []
    ignored: list[Span] = []
    # every numeric expression is read whole, by the one number reader ("twenty-five", "1,000", "6/2")
    numbers = {n.start: n for n in scan_numbers(text, roman=True)}
    # a number with a unit ("5 m/s", "3 µm") is a quantity, which a region science does not draw: its
    # number is read as a number that counts nothing, its unit is reported as not read — never names
    # ("m", "s" are element names in sets)
    from .quantities import find_quantities
    units = {q.unit_span[0]: q for q in find_quantities(text) if q.value is not None and q.unit_span[1] > q.unit_span[0]}

    def before_noun(k: int) -> bool:
        """Is token k a noun of the grammar (so that the number before it is a count)?"""
        while k < len(toks) and toks[k].is_space:
            k += 1
        if k >= len(toks):
            return False
        w = toks[k].lower_
        return w in gr.entity_words or _lemma(w) in gr.entity_words or w.rstrip("s") in gr.entity_words \
            or (w.endswith("es") and w[:-2] in gr.entity_words)

    i = 0
    while i < len(toks):
        t = toks[i]
        nl = text.rfind("\n", 0, t.idx + len(t.text)) if t.is_space else -1
        lm = _LIST_ITEM.match(text, nl + 1) if t.is_space and "\n" in t.text else \
            _LIST_ITEM.match(text, t.idx) if t.idx and text[t.idx - 1] == "\n" else None
        if lm and items and items[-1].tag != "BREAK":
            # a list's items, one a line ("1. U, the universe\n2. A, inside U\n3. B, …", "- a nucleus"): each line
            # is a clause of its own, never one more member of the list the line before ended with
            items.append(Item("BREAK", None, t.idx, t.idx))
        if lm and not t.is_space and lm.group("mark").strip():
            ignored.append(Span(lm.start("mark"), lm.end("mark"), text[lm.start("mark"):lm.end("mark")]))
            while i < len(toks) and toks[i].idx < lm.end("mark"):
                i += 1
            continue
        if t.is_space:
            i += 1
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.lower_ == "both" and items and items[-1].tag == "REL" and not (nxt is not None and nxt.text[:1].isupper()):
            # "x is in both", "x is in both sets": the two things named last, never two new ones ("both A and
            # B" stays a coordinator)
            items.append(Item("BOTH", None, t.idx, t.idx + len(t.text)))
            i += 1
            if nxt is not None and (nxt.lower_, ) in gr.phrases and gr.phrases[(nxt.lower_,)][0] == "ENT" or \
                    nxt is not None and (_lemma(nxt.lower_),) in gr.phrases and gr.phrases[(_lemma(nxt.lower_),)][0] == "ENT":
                ignored.append(Span(nxt.idx, nxt.idx + len(nxt.text), nxt.text))
                i += 1   # "both sets": the noun names the same two
            continue
        if (t.lower_ == "both" and len(items) >= 3 and items[-1].tag in ("NAME", "ENT") and items[-2].tag == "COORD"
                and nxt is not None and not nxt.text[:1].isupper() and nxt.lower_ not in ("and", ",")):
            # "A and B both contain x": a floating quantifier, as "each" — the relation holds for every one
            items.append(Item("EACH", None, t.idx, t.idx + len(t.text)))
            i += 1
            continue
        q = units.get(t.idx)
        if q is not None:
            a, b = q.unit_span
            unknown.append((text[a:b], a, b))
            while i < len(toks) and toks[i].idx < b:
                i += 1
            continue
        num = numbers.get(t.idx)
        if num is not None and items and items[-1].tag == "ENT" and items[-1].end == t.idx - 1 \
                and re.fullmatch(r"\d+", num.text) \
                and not any(q.number_span[0] == num.start for q in units.values()) \
                and not _counts_next(text, toks, i, num, items[-1], before_noun):
            num = None  # "cell 2": a name after its noun, not a count (but "nuclei 3 µm wide": a quantity)
        if num is not None:
            k = i
            while k < len(toks) and toks[k].idx < num.end:
                k += 1
            aligned = toks[k - 1].idx + len(toks[k - 1].text) == num.end
            if aligned and not (num.form == "roman" and num.text.isascii() and not before_noun(k)):
                m = _COMPARATIVE_RE.search(text, max(0, num.start - 20), num.start)
                if m is not None and m.group(0).strip().lower() not in _SPATIAL and before_noun(k):
                    _bound(text, m.start(), num.end)
                items.append(Item("NUM", num, num.start, num.end,
                                  quantity=any(q.number_span[0] == num.start for q in units.values())))
                i = k
                continue
        if _MULT_RE.match(t.text) and before_noun(i + 1):
            raise InputError(f"'{t.text}' at {t.idx}-{t.idx + len(t.text)} is a factor, not a count: write how "
                             f"many, e.g. '{re.sub(r'[^0-9]', '', t.text)} {toks[i + 1].text}'")
        matched = None
        for n in range(min(gr.max_len, len(toks) - i), 0, -1):
            window = toks[i:i + n]
            key_lower = tuple(x.lower_ for x in window)
            key_lemma = key_lower[:-1] + (_lemma(window[-1].lower_),)
            for key in (key_lower, key_lemma):
                hit = gr.phrases.get(key)
                if hit is not None and key is key_lemma and hit[0] != "ENT":
                    hit = None  # lemmas only resolve plurals of nouns ("'d" lemmatises to "would")
                if hit is not None:
                    matched = (n, hit, key is key_lemma and key_lemma != key_lower, key)
                    break
            if matched:
                break
            # a regular plural the lemma table does not know ("peroxisomes"): strip -s / -es
            last = key_lower[-1]
            for stem in ((last[:-2],) if last.endswith("es") else ()) + ((last[:-1],) if last.endswith("s") else ()):
                hit = gr.phrases.get(key_lower[:-1] + (stem,))
                if hit is not None and hit[0] == "ENT":
                    matched = (n, hit, True, key_lower[:-1] + (stem,))
                    break
            if matched:
                break
        start = t.idx
        if matched:
            n, (tag, val), via_lemma, mkey = matched
            last = toks[i + n - 1]
            end = last.idx + len(last.text)
            if (tag == "REL" and n == 1 and items and items[-1].tag == "NUM" and items[-1].end <= start
                    and text[items[-1].start:items[-1].end].lower() in ("a", "an")
                    and t.lower_ not in _PREPOSITIONS and _noun_word(gr, toks, i + 1, _lexicon())):
                # "A separate region labelled P", "an overlapping circle": the relation word is an adjective
                # of the noun after it (the relation, if any, is the sentence's own predicate)
                ignored.append(Span(start, end, text[start:end]))
            elif (tag == "FILL" and n == 1 and len(t.text) == 1 and t.text.isupper() and gr.names
                    and items and items[-1].tag in ("COORD", "NAME", "ENT")
                    and any(rx.match(t.text) for rx in gr.names.values())):
                # a capital letter in a list of names ("G, H, I and J", "set I") is a name, not the pronoun
                items.append(Item("NAME", t.text, start, end))
            elif tag == "FILL" and n == 1 and t.lower_ in ("it", "they") and _opens_sentence(text, items, start):
                # "Draw a cell. It has a nucleus": the sentence's subject is the thing the last one named (after
                # a sentence adverb too: "Also it has two peroxisomes", "And then it has …")
                if items and items[-1].tag == "COORD":
                    items.pop()   # a sentence's opening "And"
                items.append(Item("PRONS", t.lower_, start, end))
            elif tag == "FILL" and n == 1 and t.lower_ in ("it", "they") and items and items[-1].tag == "COORD" \
                    and text[items[-1].start:items[-1].end] == "," and not text[items[-1].end:start].strip():
                # "draw one cell, it has a nucleus" (a comma splice): the pronoun opens a clause of its own
                c = items.pop()
                items.append(Item("BREAK", None, c.start, c.end))
                items.append(Item("PRONS", t.lower_, start, end))
            elif tag == "FILL" and n == 1 and t.lower_ in _PRONOUNS and items and items[-1].tag == "REL" \
                    and items[-1].end <= start:
                # "two mitochondria above it": the pronoun is the relation's object, never dropped
                items.append(Item("PRON", t.lower_, start, end))
            elif tag == "FILL" and n == 1 and t.lower_ in ("this", "that", "these", "those") and items \
                    and items[-1].tag == "REL" and items[-1].end <= start and _noun_word(gr, toks, i + 1, _lexicon()):
                # "a nucleolus inside that nucleus, four mitochondria …": a demonstrative before the relation's
                # noun is its determiner, as "the" is (the list after the noun is no more objects of "inside")
                items.append(Item("DEF", None, start, end))
            elif tag == "FILL" and items and (text[start:end].lower() in _CLAUSE_OPENERS or (
                    t.lower_ == "so" and items[-1].tag == "COORD" and text[items[-1].start:items[-1].end] == ","
                    and not text[items[-1].end:start].strip())):
                # ", so just the one cell": a consequence opens a clause of its own, never one more list item
                # "sets X, Y and Z, where X and Y overlap": a new clause, not more of the list before it
                if items[-1].tag == "COORD":
                    items.pop()
                items.append(Item("BREAK", None, start, end))
                ignored.append(Span(start, end, text[start:end]))
            elif tag == "FILL":
                if (n == 1 and t.lower_ in ("that", "which", "who") and items and items[-1].tag == "COORD"
                        and text[items[-1].start:items[-1].end] == ","):
                    # ", that have nothing in common": a relative clause on the mention, not a list's comma
                    c = items.pop()
                    items.append(Item("WH", None, c.start, end))
                elif n == 1 and t.lower_ in ("that", "which", "who") and items and items[-1].tag in ("ENT", "NAME"):
                    # "a cell with a nucleus that is left of the vacuole": a restrictive relative clause
                    # describes the noun right before it, never the whole list it ends
                    items.append(Item("WH", "restrictive", start, end))
                else:
                    ignored.append(Span(start, end, text[start:end]))
            else:
                plural = via_lemma  # plurals reach a noun through its lemma ("nuclei" → nucleus)
                # an uppercase single letter "A" is a name in a domain with names, not the article — unless
                # a noun phrase follows it ("A Venn diagram of …", "A large set X")
                if tag == "NUM" and n == 1 and t.text in ("A",) and gr.names and not _article_before(gr, toks, i + 1):
                    tag, val = "NAME", t.text
                elif (tag == "NUM" and n == 1 and t.text == "a" and _names_a(gr) and items
                      and items[-1].tag in ("COORD", "NAME", "ENT") and _ends_noun_phrase(toks, i + 1)):
                    # "elements a, b and c": an article has a noun after it, a name in a list does not
                    tag, val = "NAME", t.text
                items.append(Item(tag, val, start, end, plural,
                                  attrs=gr.noun_attrs.get(mkey) if tag == "ENT" else None))
            i += n
            continue
        end = start + len(t.text)
        if gr.names and t.text.endswith(".") and (re.match(r"^[A-Z][A-Za-z0-9]{0,7}\.$", t.text) or any(
                rx.match(t.text[:-1]) for rx in gr.names.values())):  # "… in x." ends on a name
            items.append(Item("NAME", t.text[:-1], start, end - 1))
            items.append(Item("BREAK", None, end - 1, end))
            i += 1
            continue
        if t.is_punct and t.text in ".;!?:":
            items.append(Item("BREAK", None, start, end))
        elif t.is_punct and t.text == ",":
            items.append(Item("COORD", None, start, end))
        elif t.is_punct or t.is_quote or t.text in "()[]-–—/'\"":
            ignored.append(Span(start, end, t.text))
        else:
            kind = next((k for k, rx in gr.names.items() if rx.match(t.text)), None)
            if kind is not None:
                items.append(Item("NAME", t.text, start, end))
            elif (items and items[-1].tag == "ENT" and re.match(r"^[A-Z][A-Za-z0-9]{0,7}$|^\d+$", t.text)
                  and items[-1].end == start - 1):
                items.append(Item("NAME", t.text, start, end))
            else:
                unknown.append((t.text, start, end))
        i += 1
    return items, unknown, ignored


_PRONOUNS = ("it", "them")
_CONTAINING = ("with", "containing", "having", "holding", "including", "enclosing", "housing", "surrounding",
               "in which", "within which", "inside which", "that contains", "which contains", "that has",
               "which has")
_ROSTER_RE = re.compile(r"\{(?!/?eq\})[^{}]*\}")
# "…, ten of them", "(say 10 of these)": a count given after its plural noun
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.IGNORECASE)


# words that open a clause of their own after a list: what follows states something new
_CLAUSE_OPENERS = frozenset({"where", "wherein", "whereby", "such that", "so that"})
# what may stand before a sentence's subject pronoun: nothing, or a sentence adverb ("Also it has …")
_SENTENCE_ADVERB = re.compile(r"(?i)(?:(?:and\s+)?(?:also|then)|and|plus|additionally|moreover|furthermore|besides|"
                              r"finally|lastly|next|now|in\s+addition|on\s+top\s+of\s+that)?\s*,?")


def _opens_sentence(text: str, items: list, start: int) -> bool:
    """Whether a pronoun at ``start`` opens its sentence: nothing but a sentence adverb ("Also", "And then")
    stands between it and the text's start or the last sentence break (an opening "And" may have been read as
    a coordinator)."""
    k = len(items)
    if k and items[-1].tag == "COORD" and (k == 1 or items[-2].tag == "BREAK"):
        k -= 1
    at = items[k - 1].end if k else 0
    if k and items[k - 1].tag != "BREAK":
        return False
    return bool(_SENTENCE_ADVERB.fullmatch(text[at:start].strip()))


def _article_before(gr: Grammar, toks: Any, k: int) -> bool:
    """Whether the words from ``toks[k]`` make a noun phrase, so that a capital "A" before them is the
    article: the next word, or the one after it, is an entity or attribute word of the grammar or a figure
    word of the shared lexicon ("A Venn diagram", "A set X", "A large set"); never after a relation or a
    verb ("A is a subset of B", "A contains B")."""
    from .lexicon import no_content
    lex = no_content()
    for j in (k, k + 1):
        if j >= len(toks) or toks[j].is_punct:
            return False
        w = toks[j].lower_
        tag = gr.phrases.get((w,), ("", None))[0]
        if tag in ("REL", "COORD", "NUM"):
            # "A separate region labelled P": a relation word used as an adjective of the noun right after it
            # (never a preposition: "set A inside set B", "Draw A inside region B")
            return j == k and tag == "REL" and _adjective_rel(toks, k) and _noun_word(gr, toks, k + 1, lex)
        if _noun_word(gr, toks, j, lex) or tag == "ATTR":
            return True
    return False


# English prepositions (a closed class): a relation word among them is no adjective ("A inside set B")
_PREPOSITIONS = frozenset({"inside", "outside", "within", "in", "into", "on", "onto", "under", "over", "above",
                           "below", "beneath", "beside", "besides", "between", "among", "around", "round", "near",
                           "next", "behind", "beyond", "across", "through", "against", "along", "at", "by", "of",
                           "off", "to", "toward", "towards", "from", "with", "without", "underneath", "amid"})


def _adjective_rel(toks: Any, k: int) -> bool:
    """Whether the relation word ``toks[k]`` after a capital "A" can be an adjective of the noun after it: not a
    preposition, and the "A" opens its phrase (not a name after its noun: "set A separate from B")."""
    if toks[k].lower_ in _PREPOSITIONS:
        return False
    j = k - 2   # the word before "A"
    while j >= 0 and toks[j].is_space:
        j -= 1
    return j < 0 or toks[j].is_punct or toks[j].lower_ in ("and", "or", "but", "then", "draw", "show", "with")


def _lexicon() -> Any:
    from .lexicon import no_content
    return no_content()


def _noun_word(gr: Grammar, toks: Any, j: int, lex: Any) -> bool:
    """Whether ``toks[j]`` is a noun a figure draws: an entity word, a figure word of the shared lexicon, or
    a noun the science draws its entities as (``drawn_as``: "region", "circle" for a set)."""
    if j >= len(toks) or toks[j].is_punct:
        return False
    w = toks[j].lower_
    tag = gr.phrases.get((w,), ("", None))[0]
    return tag == "ENT" or w in gr.entity_words or w in gr.drawn_as or lex.classify(toks[j].lemma_ or w, w) == "figure"


def _names_a(gr: Grammar) -> bool:
    return any(rx.match("a") for rx in gr.names.values())


def _ends_noun_phrase(toks: list, k: int) -> bool:
    """Whether the token at ``k`` ends a noun phrase (a comma, a full stop, "and"/"or", the end)."""
    while k < len(toks) and toks[k].is_space:
        k += 1
    return k >= len(toks) or toks[k].text in (",", ".", ";", ":", ")") or toks[k].lower_ in ("and", "or")


def _attributive(items: list[Item], gr: Grammar) -> list[Item]:
    """A one-word symmetric relation before a plural noun ("two overlapping sets A and B", "three mutually
    intersecting sets", "a universe containing two disjoint sets") modifies the noun: it relates the
    things the mention makes. Such items become ``SYM`` (read with the mention's attributes); after a
    copula ("A and B are disjoint sets") it stays a predicate."""
    out: list[Item] = []
    for k, it in enumerate(items):
        if it.tag == "REL" and it.value[0] in gr.symmetric and " " not in it.value[2] and _one_word(it):
            q = k + 1
            while q < len(items) and items[q].tag == "ATTR":
                q += 1
            prev = out[-1] if out else None
            if prev is not None and prev.tag == "PAIR":
                prev = out[-2] if len(out) > 1 else None
            if (q < len(items) and items[q].tag == "ENT" and items[q].plural
                    and (prev is None or prev.tag not in ("COP", "NEG", "NAME", "ENT"))):
                if out and out[-1].tag == "PAIR":
                    out.pop()  # "mutually": the relation is pairwise already
                out.append(Item("SYM", it.value[0], it.start, it.end))
                continue
        out.append(it)
    return out


def _one_word(it: Item) -> bool:
    return it.end - it.start < 40


def _opens_clause(items: list[Item], k: int) -> bool:
    """Whether a named mention at ``k`` is followed by its own verb ("with B ⊇ A", "with A inside B")."""
    if k + 1 < len(items) and items[k].tag == "DEF" and items[k + 1].tag == "ENT":
        # ", with the vacuoles outside the nucleus": a definite mention with its own relation and object
        q = k + 2
        while q < len(items) and items[q].tag in ("COP", "NEG"):
            q += 1
        if q + 1 < len(items) and items[q].tag == "REL" and items[q + 1].tag in ("DEF", "NUM", "ENT", "NAME"):
            return True
    if k < len(items) and items[k].tag == "ENT":
        k += 1
    if not (k < len(items) and items[k].tag == "NAME"):
        return False
    k += 1
    while k < len(items) and items[k].tag in ("COP", "NEG"):
        k += 1
    return k < len(items) and items[k].tag == "REL"


def _relative(cl: list, start: int, text: str) -> bool:
    """Whether the inner list at clause position ``start`` was opened by a relative phrase ("in which",
    "which has"): a verb after it is the relative clause's own, not the item's that owns the list."""
    p = start - 1
    while p >= 0 and cl[p][0] in ("COP", "NEG", "PAIR", "EACH"):
        p -= 1
    return p >= 0 and cl[p][0] == "R" and bool(re.search(r"\b(?:which|whose|that)\b", item_text(text, cl[p][1]),
                                                          re.IGNORECASE))


def _finite(rel: Item, text: str) -> bool:
    """Whether the relation phrase holds a finite verb ("overlaps", "shares nothing with", "is in", "⊂")."""
    said = item_text(text, rel).lower()
    first = said.split()[0] if said.split() else ""
    return ((first.endswith("s") and len(first) > 3 and first not in ("across", "towards", "besides"))
            or first in ("is", "are", "lies", "lie")  # "is in", "lies in": the phrase holds its verb
            or first in ("has", "have")  # "and the cell has two mitochondria": short, but a verb
            or (first != "" and not any(ch.isalpha() for ch in first)))  # "∩", "⊂": a symbol is a verb


def _second_predicate(clause: list, rel: Item, text: str) -> list | None:
    """A second verb phrase of one subject: "D overlaps A but shares nothing with B", "x is in A and is not
    in B" — after the first relation's object, "but" (or "and") and a finite verb start a clause whose subject
    is the first one's (never the object before it, as in a chain "C ⊂ B ⊂ A"). Returns that clause's
    opening (the subject's mentions), or None."""
    t = len(clause)
    while t > 0 and clause[t - 1][0] in ("COP", "NEG"):
        t -= 1   # "… and is disjoint from B", "… but is not in B": the verb's own copula and negation
    body, verb = clause[:t], clause[t:]
    r0 = next((k for k, e in enumerate(body) if e[0] == "R"), None)
    # a contrast after a comma, the verb elided: "the vesicles are in the cytoplasm, not in the nucleus"
    # (or "never": "the lysosomes are in the cytoplasm, never inside the nucleus")
    contrast = text[rel.start:rel.end].lower().startswith(("not ", "never ")) or bool(verb) and verb[0][0] == "NEG"
    if r0 is None and contrast and len(body) >= 2 and body[-1][0] == "C" and body[-1][1] in (",", ";"):
        # the first predicate's place was no thing ("are in the cytoplasm, not in the nucleus": the cytoplasm
        # is the cell's inside): the contrast keeps the subject and its copula
        core = [e for e in body[:-1] if e[0] != "PAIR"]     # ("… are all in the cytoplasm, …")
        if core and core[0][0] == "M" and all(e[0] in ("M", "C", "COP") for e in core) and core[-1][0] == "COP":
            del clause[t:]
            return core + verb
    # two place phrases of one subject joined by "and"/"but", neither with a verb: "four peroxisomes within the
    # cell and outside the nucleus" (coordinated predicative prepositional phrases, Quirk et al. 1985 §13.47)
    rk = max((k for k, e in enumerate(body) if e[0] == "R"), default=None)   # the place phrase before this one
    joined = bool(body) and ((body[-1][0] == "C" and body[-1][1] in ("and", "but")) or (
        body[-1][0] == "M" and re.search(r"\bbut\b", text[body[-1][3]:rel.start].lower()) is not None))
    parallel = (rk is not None and joined and not verb and not _finite(body[rk][1], text) and not _finite(rel, text)
                and isinstance(body[rk][1].value, tuple) and isinstance(rel.value, tuple)
                and not body[rk][1].value[1] and not rel.value[1])
    if parallel and rk != r0 and body[rk - 1][0] == "M" and any(e[0] == "M" for e in body[rk + 1:]) \
            and all(e[0] in ("M", "C") for e in body[rk + 1:]):
        # after more than one relation, the place phrase's own subject, the mention right before it: "a cell with
        # a nucleus and three mitochondria inside the cell but outside the nucleus" (the mitochondria, never the cell)
        del clause[t:]
        return [body[rk - 1]] + verb
    if r0 is None or r0 == 0 or not body or body[-1][0] not in ("M", "C") or not (_finite(rel, text) or verb
                                                                                  or contrast or parallel):
        return None
    k = len(body) - 1
    while k > r0 and body[k][0] in ("M", "C"):
        k -= 1
    if k != r0 or not any(e[0] == "M" for e in body[r0 + 1:]):
        return None   # only "subject R object [and] R2": one relation before this one
    prev_end = body[-1][3] if body[-1][0] == "M" else None
    nxt = verb[0][1].start if verb and verb[0][1] is not None else rel.start
    gap = text[prev_end:nxt].lower() if prev_end is not None else ""
    coordinated = re.search(r"\bbut\b", gap) is not None or (body[-1][0] == "C" and body[-1][1] in ("and", "but"))
    # a contrast after a comma: "the vesicles are in the cytoplasm, not in the nucleus" (the verb elided)
    coordinated = coordinated or (contrast and body[-1][0] == "C" and body[-1][1] in (",", ";")) or parallel
    if not coordinated:
        return None
    subj = body[:r0]
    while subj and subj[-1][0] in ("COP", "NEG"):
        subj = subj[:-1]
    while subj and (subj[0][0] == "C" or (parallel and subj[0][0] == "COP")):
        subj = subj[1:]   # "P is inside Q, and R overlaps Q but is disjoint from P": the clause opened on ", and"
        # (or on a verb of placing: "Put two lysosomes in the cell and outside the nucleus")
    if not subj or subj[0][0] != "M" or any(e[0] not in ("M", "C") for e in subj):
        return None
    del clause[t:]
    return list(subj) + verb


def _new_subject(clause: list, rel: Item, text: str) -> int | None:
    """Where a coordinated clause starts anew: "A is a subset of B and C is disjoint from B" — after an
    earlier relation (not a containment list) and its object, "and C is …" has a verb of its own, so C
    is the subject of a new clause, not a second object. Returns the clause position the new clause
    starts at, or None. A singular verb ("is", "overlaps") takes the last item, a plural one the items
    after the earlier object."""
    j = len(clause)
    verb = None
    while j > 0 and clause[j - 1][0] in ("COP", "NEG"):
        j -= 1
        if clause[j][0] == "COP" and clause[j][1] is not None:
            verb = clause[j][1]
    said = item_text(text, rel).lower()
    first = said.split()[0] if said.split() else ""
    finite = _finite(rel, text)
    if j == len(clause) and not finite:
        return None  # no verb before the relation phrase: "…, and two mitochondria left of the nucleus"
    tail = j
    while tail > 0 and clause[tail - 1][0] in ("M", "C"):
        tail -= 1
    if tail == 0 or clause[tail - 1][0] != "R" or (
            clause[tail - 1][1].value[2] == "contains"
            and item_text(text, clause[tail - 1][1]).lower() in _CONTAINING):
        return None  # "a cell with a nucleus and two mitochondria left of it": a list, not a new clause
    if tail >= j or clause[tail][0] != "M" or clause[j - 1][0] != "M":
        return None
    seps = [p for p in range(tail + 1, j) if clause[p][0] == "C" and clause[p + 1][0] == "M"]
    if not seps:
        return None
    word = text[verb.start:verb.end].lower() if verb is not None else first
    singular = word in ("is", "was", "lies", "sits", "rests", "appears") or (verb is None and finite
                                                                              and first not in ("are", "lie"))
    if singular:
        return seps[-1] + 1
    # a plural verb: its subject starts after ", and" when there is one ("A contains B and C, and B and C
    # are disjoint"), else after the earlier relation's object
    oxford = [p for p in seps if p - 1 > tail and clause[p - 1][0] == "C" and clause[p - 1][1] == ","]
    return (oxford[-1] if oxford else seps[0]) + 1


@dataclass
class Group:
    gid: int
    kind: str
    count: int
    start: int
    end: int
    names: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    count_given: bool = True
    parent: "tuple[int, str, bool, Span] | None" = None  # (group, how, replicate, span)
    members: list[str] = field(default_factory=list)
    member_parent: dict[str, str] = field(default_factory=dict)


@dataclass
class GRel:
    kind: str
    src: int
    dst: int
    span: Span
    replicate: bool = False


def _name_kind(gr: Grammar, name: str) -> str | None:
    for k, rx in gr.names.items():
        if rx.match(name):
            return k
    return None


def parse_text(text: str, domain: str, *, allow_unknown: bool = False) -> SceneGraph:
    """Parse ``text`` with the grammar of ``domain`` into a ``SceneGraph``.

    Raises ``InputError`` for empty/oversized/garbage text, ``UnknownWordsError`` for words the
    grammar does not know (unless ``allow_unknown``), and ``InputError`` for counts over
    ``MAX_COUNT``.
    """
    check_text(text)
    roster = _ROSTER_RE.search(text)
    if roster is not None:  # its members would be dropped as numbers that count nothing
        raise InputError(f"'{roster.group(0)}' at {roster.start()}-{roster.end()} lists members in braces, which nesy "
                         "does not read: name them instead, e.g. 'x and y are in A'")
    gr = load_grammar(domain)
    items, unknown, ignored = _tag(text, gr)
    items = _attributive(items, gr)
    items = mark_asides(text, items, Item)
    items = mark_all_of_them(text, items, Item)
    items, unknown = mark_members(text, items, unknown, Item)
    items, unknown = mark_distributed(text, items, unknown, Item)
    items, unknown = mark_absent_lists(text, items, unknown, Item, gr.absence)
    items, unknown = mark_pronoun_predicates(text, items, unknown, Item)
    items = mark_fronted_locations(text, items, Item)
    items = mark_fronted_objects(text, items, Item, gr.defaults.get("parent"))   # "Lysosomes she does not have"
    items = mark_located_items(text, items, Item)
    items = mark_resumptive(text, items)
    items, unknown = mark_negated_subjects(text, items, unknown, Item, gr.absence)
    items, unknown = mark_partitives(text, items, unknown, allow_unknown=allow_unknown)
    if unknown and not allow_unknown:
        raise UnknownWordsError(unknown, text)
    groups: list[Group] = []
    rels: list[GRel] = []
    by_name: dict[str, int] = {}

    def last_of_kind(kind: str) -> Group | None:
        for g in reversed(groups):
            if g.kind == kind:
                return g
        return None

    def count_of(it: Item) -> int:
        """The count a NUM item asks for: a number read by ``read_count`` or a count word's value."""
        if isinstance(it.value, Number):
            return read_count(it.value, maximum=MAX_COUNT, minimum=0)
        return int(it.value)

    absent: set[int] = set()        # groups the text says are not there ("no mitochondria")
    absent_mode = False             # after "without", "lacking", "does not contain": mentions are absent

    def new_group(kind: str, count: int, start: int, end: int, names: list[str], attrs: dict,
                  given: bool) -> Group:
        if count > MAX_COUNT:
            raise InputError(f"count {count} for '{kind}' at {start}-{end} ('{text[start:end]}') exceeds "
                             f"the drawable maximum of {MAX_COUNT}")
        if count < 1 and gr.absence and not names:
            g = Group(len(groups), kind, 0, start, end, [], attrs, True)
            groups.append(g)
            absent.add(g.gid)
            return g
        if count < 1:
            raise InputError(f"'{text[start:end]}' at {start}-{end} asks for none: nesy draws what is "
                             "there, so leave out what is absent (count must be at least 1)")
        g = Group(len(groups), kind, count, start, end, names, attrs, given)
        groups.append(g)
        for n in names:
            by_name[n] = g.gid
        return g

    # ---- step 2: mentions and relations, clause by clause
    # sequence of ("M", gid, start, end) / ("R", item) / ("C", "," or the coordinator word) / ("COP", item) ...
    clause: list[tuple[str, Any]] = []
    clauses: list[list[tuple[str, Any]]] = [clause]
    i = 0
    n_items = len(items)
    outer: list[list[tuple[str, Any]]] = []   # clauses an aside interrupts (``grammar_paren``)
    members = Members()                       # "the left one", "the second" (``grammar_members``)
    while i < n_items:
        it = items[i]
        if it.tag == "MEMBER":
            gid = members.member(text, it, groups, new_group)
            if gid is not None:
                clause.append(("M", gid, it.start, it.end))
            elif allow_unknown:
                unknown.append(position_word(text, it))   # listed as not drawn, as any word nesy cannot read
            else:
                raise UnknownWordsError([position_word(text, it)], text)
            i += 1
            continue
        if it.tag == "ASIDE":
            # "the nucleus (one nucleolus) is …": a clause of its own about the mention before it
            if clause and clause[-1][0] == "M":
                outer.append(clause)
                clause = [clause[-1]]
                clauses.append(clause)
                if it.value == "holds":
                    clause.append(("R", Item("REL", ("inside", True, "contains"), it.start, it.end)))
            else:
                outer.append(clause)
            i += 1
            continue
        if it.tag == "ALLOF":
            # ", all of them outside the nucleus": the things just counted are the subject
            mentions = [e for c in clauses for e in c if e[0] == "M"]
            if mentions:
                clause.append(("M", mentions[-1][1], it.start, it.end))
            i += 1
            continue
        if it.tag == "ENDASIDE":
            if outer:
                clause = outer.pop()
            i += 1
            continue
        quant = _quantifier_subject(text, items, i)
        if quant is not None:
            # "Three cells. Each of them has a nucleus", "two cells side by side, each one with its own
            # nucleus", "E and O are disjoint, both inside Z": a quantifier that stands for things named
            # before opens a clause whose subject is every one of them
            said_n = count_of(items[i + 1]) if it.tag == "PAIR" and items[i + 1].tag == "NUM" else None
            gids = _antecedents(clauses, groups, text[it.start:it.end].lower() == "both", said_n)
            if gids:
                if clause and clause[-1][0] == "C":
                    clause.pop()
                clause = []
                clauses.append(clause)
                for x, g_ in enumerate(gids):
                    if x:
                        clause.append(("C", "and"))
                    clause.append(("M", g_, it.start, items[quant - 1].end))
                if len(gids) > 1 or groups[gids[0]].count > 1:
                    clause.append(("EACH", None))
                i = quant
                continue
        if it.tag == "BREAK":
            outer.clear()
            absent_mode = False
            clause = []
            clauses.append(clause)
            i += 1
            continue
        if it.tag == "WH":
            # ", which …" opens a clause whose subject is the mention before it (every name of it: "two sets,
            # Cats and Dogs, that …"); after a list of several mentions it could be the last or all of them
            k = len(clause)
            if (not k or clause[-1][0] != "M") and allow_unknown and (i + 1 >= n_items or items[i + 1].tag == "BREAK"):
                # "Osteoclasts are large cells that resorb bone.": a relative clause nesy reads nothing of says
                # nothing it could place; listed as not drawn with its words
                unknown.append((text[it.start:it.end], it.start, it.end))
                i += 1
                continue
            if not k or clause[-1][0] != "M":
                raise SubjectlessRelationError(f"'{text[it.start:it.end]}' at {it.start}-{it.end} follows no thing "
                                               "it can describe: say what it relates, e.g. " + gr.relation_example)
            first = clause[-1]
            k -= 1
            while k >= 2 and clause[k - 1][0] == "C" and clause[k - 2][0] == "M" and clause[k - 2][2] == first[2]:
                k -= 2  # names of one mention
            if it.value != "restrictive" and k >= 2 and clause[k - 1][0] == "C" and clause[k - 2][0] == "M":
                # refused only if the clause relates something ("…, which is a typical example" does not)
                clause = [("WHAMB", (clause[k - 2][2], it.end))]
            else:
                clause = list(clause[k:])
            clauses.append(clause)
            i += 1
            continue
        if it.tag == "PRONS":
            # (never a thing the text says is not there: "no chloroplasts, no cell wall. It has one nucleus" — "it"
            # is the cell named before the absences)
            prev = next((c for c in reversed(clauses[:-1]) if any(e[0] == "M" and e[1] not in absent for e in c)),
                        None)
            gids = list(dict.fromkeys(e[1] for e in prev if e[0] == "M" and e[1] not in absent)) if prev else []
            if it.value == "they" and len(gids) > 1 and len({groups[g_].kind for g_ in gids}) == 1:
                # "Draw sets A and B, they overlap": the plural pronoun is every one of the things just named
                for k_, g_ in enumerate(gids):
                    if k_:
                        clause.append(("C", "and"))
                    clause.append(("M", g_, it.start, it.end))
                i += 1
                continue
            if len(gids) > 1 and it.value == "it":
                # "Draw one cell which has a nucleus with a nucleolus. It has 2 peroxisomes": the one thing
                # named that the things it is said to hold lie in (``grammar_refer.holder``)
                gids = holder(gids, groups, items, i, gr.defaults.get("parent") or {}) or gids
            if len(gids) > 1:
                raise InputError(f"'{text[it.start:it.end]}' at {it.start}-{it.end} may mean any of "
                                 + ", ".join(f"'{groups[g_].kind}'" for g_ in gids)
                                 + ": name it (e.g. 'The nucleus has …')")
            if gids:
                clause.append(("M", gids[0], it.start, it.end))
            else:
                ignored.append(Span(it.start, it.end, text[it.start:it.end]))
            i += 1
            continue
        if it.tag == "BOTH":
            # the last two things mentioned, other than the relation's subject, in order
            mentions = [e for c in clauses for e in c if e[0] == "M"]
            # (a clause that opens with "both" has its subject after it: "apart from both lies the set Birds" —
            # the two are the last two named before it)
            subj = mentions[-1][1] if mentions and any(e[0] == "M" for e in clause) else None
            two = list(dict.fromkeys(e[1] for e in reversed(mentions) if e[1] != subj))[:2][::-1]
            if len(two) < 2:
                raise InputError(f"'both' at {it.start}-{it.end} names no two things mentioned before it: "
                                 "name them (e.g. 'x is in A and B')")
            clause.extend([("M", two[0], it.start, it.end), ("C", "and"), ("M", two[1], it.start, it.end)])
            i += 1
            continue
        if it.tag == "PRON":
            # the relation's subject is the mention before it; the pronoun is the mention before that
            mentions = [e for c in clauses for e in c if e[0] == "M"]
            subj = mentions[-1][1] if mentions else None
            ante = next((e for e in reversed(mentions) if e[1] != subj), None)
            lies_in = gr.defaults.get("parent") or {}
            if (ante is not None and subj is not None and lies_in and i and items[i - 1].tag == "REL"
                    and items[i - 1].value[0] == "adjacent"):
                # "Four mitochondria float in the cytoplasm around it" after "a nucleus holds a nucleolus": the
                # thing beside them is the last one named that lies where they lie (the nucleus, in the cell) or
                # holds them (the cell) — never one shut inside another (the nucleolus, in the nucleus), which
                # nothing in the cytoplasm can be beside; none such: the last named, as before
                home = (lies_in.get(groups[subj].kind) or [None])[0]
                fits = next((e for e in reversed(mentions) if e[1] != subj and (
                    (lies_in.get(groups[e[1]].kind) or [None])[0] == home or groups[e[1]].kind == home)), None)
                ante = fits or ante
            if ante is not None:
                clause.append(("M", ante[1], it.start, it.end))
            else:
                ignored.append(Span(it.start, it.end, text[it.start:it.end]))
            i += 1
            continue
        if it.tag in ("NUM", "ATTR", "ENT", "DEF", "SYM") or (it.tag == "NAME"):
            # mention: [DEF] [NUM] ATTR* ENT [NAME (COORD NAME)*] | NAME
            j = i
            definite = False
            count = None
            num_item: Item | None = None
            attrs: dict[str, Any] = {}
            start = it.start
            if items[j].tag == "DEF":
                definite = True
                j += 1
            if j < n_items and items[j].tag == "NUM":
                nxt = items[j + 1] if j + 1 < n_items else None
                k2 = j + 2
                while k2 < n_items and items[k2].tag == "ATTR":
                    k2 += 1
                # "one cup of a chloroplast": a word between the two numbers is what the first one counts (not
                # read: listed as not drawn with it); the second, one thing ("a", "one"), counts the thing — "two rows
                # of three mitochondria" (three, or six?) is refused as before
                between = nxt is not None and re.search(r"[^\W\d_]{2,}", re.sub(
                    r"(?i)\b(?:of|x|times|or|and)\b", " ", text[items[j].end:nxt.start])) is not None \
                    and text[nxt.start:nxt.end].lower() in ("a", "an", "one", "single")
                if (nxt is not None and nxt.tag == "NUM" and k2 < n_items and items[k2].tag == "ENT"
                        and text[items[j].start:items[j].end].lower() not in ("a", "an")
                        and text[nxt.start:nxt.end].lower() != "single" and not between):
                    a, b = items[j].start, nxt.end
                    raise InputError(f"'{text[a:b]}' at {a}-{b} gives two numbers in a row for one count; "
                                     "write the count once")
                if between and nxt.tag == "NUM" and k2 < n_items and items[k2].tag == "ENT" and all(
                        any(sp.start <= w.start() + items[j].end and w.end() + items[j].end <= sp.end for sp in ignored)
                        for w in re.finditer(r"[^\W\d_]{2,}", text[items[j].end:nxt.start]) if w.group().lower() != "of"):
                    # "an electron micrograph of a liver cell", "a model of a cell": the words between are the
                    # grammar's filler (the picture, not a measure of the thing), and the first article is theirs
                    ignored.append(Span(items[j].start, items[j].end, text[items[j].start:items[j].end]))
                    j += 1
                    if not definite:
                        start = items[j].start
                    between = False
                elif between and allow_unknown and nxt.tag == "NUM" and k2 < n_items and items[k2].tag == "ENT":
                    # (the number with its word, "one cup": a bare "one" would read as a count left out)
                    a = items[j].start
                    b = a + len(re.sub(r"(?i)[\s,]*(?:\bof\b)?[\s,]*$", "", text[a:nxt.start]))
                    unknown.append((text[a:b], a, b))
                    j += 1
                    if not definite:
                        start = items[j].start
                _comparative(text, items, j, clause)
                num_item = items[j]  # a count only when a noun follows: checked there, not here
                j += 1
            sym: list[Item] = []
            while j < n_items and items[j].tag in ("ATTR", "SYM"):
                if items[j].tag == "SYM":
                    sym.append(items[j])
                else:
                    attrs.update(items[j].value)
                j += 1
            if sym and not (j < n_items and items[j].tag == "ENT"):
                raise SubjectlessRelationError(
                    f"'{item_text(text, sym[0])}' at {sym[0].start}-{sym[0].end} has no subject nesy can tell: "
                    "say what it relates, e.g. 'A and B overlap'")
            if j < n_items and items[j].tag == "ENT":
                if num_item is not None and num_item.quantity:
                    a, b = num_item.start, items[j].end
                    raise InputError(f"'{text[a:b]}' at {a}-{b}: '{text[num_item.start:num_item.end]}' is a "
                                     "quantity's number, not a count; nesy draws no quantities here")
                every = num_item is not None and text[num_item.start:num_item.end].lower() in ("both", "all") \
                    or (i > 0 and items[i - 1].tag == "EACH")
                if every and num_item is not None and last_of_kind(items[j].value) is not None:
                    num_item = None   # "both cells", "all cells" after cells were counted: those cells
                if num_item is not None and (definite or (i > 0 and items[i - 1].tag == "PAIR"
                                                          and text[items[i - 1].start:items[i - 1].end].lower() == "all")
                                             or re.search(r"(?i)\b(?:these|those)\s+$", text[:start])):
                    prev_ = last_of_kind(items[j].value)
                    if prev_ is not None and prev_.count >= 2 and prev_.count_given and prev_.count == count_of(num_item):
                        # "the two cells", "all three cells", "these three cells" after two / three cells
                        # were counted: those cells, not more of them
                        num_item = None
                        every = True
                if num_item is not None:
                    count = count_of(num_item)
                if absent_mode and gr.absence:
                    if grammar_absent.absent_count_word(text, num_item):
                        count = 0   # "without a nucleus", "lacking mitochondria": none of them
                    else:
                        absent_mode = False
                ent = items[j]
                kind = ent.value
                end = ent.end
                for k_, v_ in (ent.attrs or {}).items():
                    attrs.setdefault(k_, v_)   # "a prokaryotic bacterium": the adjective and the noun agree
                j += 1
                # "S4 is a set", "A, B and C are sets": a type predicate on the subject, not a new thing
                if (len(clause) >= 2 and clause[-1][0] == "COP" and clause[-2][0] == "M"
                        and groups[clause[-2][1]].kind == kind and not definite
                        and (count in (None, 1)) and not (j < n_items and items[j].tag == "NAME")):
                    subj = groups[clause[-2][1]]
                    subj.attrs.update(attrs)
                    # the copula stays: "A and B are sets inside U" says it of them all, and "A is a set
                    # inside U and B is a set inside A" is two clauses, as without the type noun
                    ignored.append(Span(start, end, text[start:end]))
                    i = j
                    continue
                names: list[str] = []
                seps: list[str] = []  # the coordinator before each name after the first
                while j < n_items and items[j].tag == "NAME":
                    names.append(items[j].value)
                    end = items[j].end
                    j += 1
                    if (j + 1 < n_items and items[j].tag == "COORD" and items[j + 1].tag == "NAME"
                            and ent.plural):
                        seps.append(_sep(text, items[j]))
                        j += 1
                        continue
                    break
                if (not names and ent.plural and count is not None and count >= 2 and j + 1 < n_items
                        and items[j].tag == "COORD" and text[items[j].start:items[j].end] == ","
                        and items[j + 1].tag == "NAME"):
                    # "two sets, Cats and Dogs": the names in apposition, when there are as many as the count
                    q, said = j + 1, []
                    while q < n_items and items[q].tag == "NAME":
                        said.append(items[q])
                        if q + 1 < n_items and items[q + 1].tag == "COORD" and q + 2 < n_items \
                                and items[q + 2].tag == "NAME":
                            q += 2
                            continue
                        q += 1
                        break
                    if len(said) == count:
                        names = [x.value for x in said]
                        seps = [","] * (count - 1)
                        end = said[-1].end
                        j = q
                if kind in gr.outline_of and count == 0 and gr.absence:
                    # "lacking a cell wall": the outline's absence, recorded on the thing it would outline
                    clause.append(("M", new_group(kind, 0, start, end, [], {}, True).gid, start, end))
                    i = j
                    continue
                if kind in gr.outline_of:  # "cell membrane" is the outline of the cell, not a thing
                    host = last_of_kind(gr.outline_of[kind])
                    if host is None:
                        host = new_group(gr.outline_of[kind], 1, start, end, [], {}, False)
                    host.attrs[kind] = True
                    clause.append(("M", host.gid, start, end))
                    i = j
                    continue
                if names:
                    gids = []
                    for nm in names:
                        if nm in by_name:
                            gids.append(by_name[nm])
                        else:
                            gids.append(new_group(kind, 1, start, end, [nm], dict(attrs), True).gid)
                    for sy in sym:
                        if len(gids) < 2:
                            raise SubjectlessRelationError(
                                f"'{text[start:end]}' at {start}-{end} names one thing: "
                                f"'{item_text(text, sy)}' needs two or more")
                        for a in range(len(gids)):
                            for b in range(a + 1, len(gids)):
                                rels.append(GRel(sy.value, gids[a], gids[b], Span(start, end, text[start:end])))
                    for k, gid in enumerate(gids):
                        if k:
                            clause.append(("C", seps[k - 1]))
                        clause.append(("M", gid, groups[gid].start, groups[gid].end))
                    i = j
                    continue
                if count is None and not absent_mode:  # "the nucleus", bare "mitochondria": refer back when known
                    prev = refer_back(groups, kind, attrs, gr.general)   # "the bacterium": the prokaryote
                    if prev is not None and every and (members.parts or members.of):
                        # "each cell", "both cells" after "the left one …": every part of the group
                        fam = members.family(prev.gid, groups)
                        for x, gid_ in enumerate(fam):
                            if x:
                                clause.append(("C", "and"))
                            groups[gid_].attrs.update(attrs)
                            clause.append(("M", gid_, start, end))
                        if len(fam) > 1:
                            clause.append(("EACH", None))   # each has its own ("A and B each have …")
                        i = j
                        continue
                    if prev is not None:
                        merge_into(prev.attrs, attrs, gr.general)
                        clause.append(("M", prev.gid, start, end))
                        if every and prev.count >= 2 and not (i > 0 and items[i - 1].tag == "EACH"):
                            clause.append(("EACH", None))   # "both cells have a nucleus": one each
                        i = j
                        continue
                given = count is not None
                if count is None:
                    count = int(gr.defaults.get("plural_count", 3)) if ent.plural else 1
                g = new_group(kind, count, start, end, [], attrs, given)
                for sy in sym:
                    if count < 2:
                        raise SubjectlessRelationError(
                            f"'{text[start:end]}' at {start}-{end} is one thing: '{item_text(text, sy)}' needs "
                            "two or more")
                    rels.append(GRel(sy.value, g.gid, g.gid, Span(start, end, text[start:end])))
                clause.append(("M", g.gid, start, end))
                i = j
                continue
            if it.tag == "NAME" or (j < n_items and items[j].tag == "NAME" and j == i + (1 if definite else 0)):
                nm_item = items[j] if items[j].tag == "NAME" else it
                nm = nm_item.value
                if nm in by_name:
                    clause.append(("M", by_name[nm], nm_item.start, nm_item.end))
                else:
                    kind = _name_kind(gr, nm)
                    if kind is None:
                        raise UnknownWordsError([(nm, nm_item.start, nm_item.end)], text)
                    clause.append(("M", new_group(kind, 1, nm_item.start, nm_item.end, [nm], {}, True).gid,
                                   nm_item.start, nm_item.end))
                i = j + 1
                continue
            if it.tag == "NUM" and isinstance(it.value, Number) and j == i + 1 and _OF_THEM.match(text, it.end):
                # "ribosomes (say 10 of them)", "nuclei, twenty of them": the count of the plural just named
                mentions = [e for c in clauses for e in c if e[0] == "M"]
                g = groups[mentions[-1][1]] if mentions else None
                n = count_of(it)
                if g is None or g.names or (g.count_given and g.count != n) or n < 1:
                    a, b = it.start, _OF_THEM.match(text, it.end).end()
                    raise InputError(f"'{text[a:b]}' at {a}-{b} counts nothing nesy can tell"
                                     + (f": '{text[g.start:g.end]}' already has a count" if g and g.count_given
                                        else "") + "; put the count before its noun (e.g. '10 ribosomes')")
                if not g.count_given:
                    if n > MAX_COUNT:
                        raise InputError(f"count {n} for '{g.kind}' at {it.start}-{it.end} exceeds the drawable "
                                         f"maximum of {MAX_COUNT}")
                    g.count, g.count_given = n, True
                i += 1
                continue
            if it.tag == "NUM" and j < n_items and items[j].tag == "REL":
                i = j  # "a subset of" – the article belongs to the relation phrase
                continue
            # a number or article with no noun after it
            if it.tag == "NUM" and isinstance(it.value, Number) and (it.value.value is None
                                                                    or abs(it.value.value) > MAX_COUNT) \
                    and not _factor(text, it.start, it.end):
                count_of(it)  # refused with the reason (too large, infinite, undefined)
            if it.tag == "NUM" and isinstance(it.value, Number) and j == i + 1:
                # a number that counts nothing is never silently dropped: refused, or listed as not drawn
                # ("Are there mitochondria? Yes, 4." — the 4 states a count the figure would not show)
                if not allow_unknown:
                    raise InputError(f"'{text[it.start:it.end]}' at {it.start}-{it.end} counts nothing nesy can "
                                     f"draw: put the count before its noun (e.g. '3 mitochondria')")
                unknown.append((text[it.start:it.end], it.start, it.end))
            i = j if j > i else i + 1
            continue
        if it.tag == "REL":
            if i + 1 < n_items and items[i + 1].tag == "REL" and items[i].value[2] in ("contains",):
                i += 1  # "with" followed by another relation phrase: the latter wins
                continue
            if it.value[2] == "contains" and item_text(text, it).lower() in ("with", "where") \
                    and _opens_clause(items, i + 1) and (
                        len(clause) >= 2 and clause[-2][0] == "C" or text[:it.start].rstrip().endswith(",")):
                # "sets A, B and C with B ⊇ A": "with" opens a clause of its own (a "where"), no containment
                clause = []
                clauses.append(clause)
                i += 1
                continue
            if clause and clause[0][0] == "WHAMB":
                a, b = clause[0][1]
                raise InputError(f"'{text[a:b]}' at {a}-{b} is ambiguous: the clause after '{text[b - 5:b].strip(', ')}' "
                                 f"may describe the last item or all of them: say it in a sentence of its own")
            cut = _new_subject(clause, it, text)
            again = _second_predicate(clause, it, text) if cut is None else None
            if again is not None:
                while clause and clause[-1][0] == "C":
                    clause.pop()
                clause = again
                clauses.append(clause)
            if cut is not None:
                while cut > 0 and clause[cut - 1][0] == "C":
                    cut -= 1
                clause, rest = clause[:cut], clause[cut:]
                clauses[-1] = clause
                while rest and rest[0][0] == "C":
                    rest.pop(0)
                clause = rest
                clauses.append(clause)
            absent_mode = False
            if gr.absence and it.value[2] == grammar_absent.LACKS:
                absent_mode = True   # "a cell without a nucleus": what follows is not there
            elif gr.absence and it.value[:2] == ("inside", True) and clause and clause[-1][0] == "NEG":
                clause.pop()         # "a cell that does not contain mitochondria": none there, not outside
                absent_mode = True
            clause.append(("R", it))
        elif it.tag == "NEG":
            clause.append(("NEG", it))
        elif it.tag in ("COORD",):
            clause.append(("C", _sep(text, it)))
        elif it.tag == "COP":
            absent_mode = False
            clause.append(("COP", it))
        elif it.tag == "PAIR":
            clause.append(("PAIR", None))
        elif it.tag == "EACH":
            clause.append(("EACH", None))
        i += 1

    negate = {"inside": "outside", "overlaps": "outside", "outside": "overlaps", "element_of": "outside"}
    for cl in clauses:
        _relate(cl, groups, rels, gr, text, negate, _unknown_subject(items, unknown))
    mentions = sorted({(e[2], e[3], e[1]) for c in clauses for e in c if e[0] == "M" and len(e) > 3})
    for r in [r for r in rels if r.kind == _DANGLING]:
        if any(o.kind == "overlaps" and r.src in (o.src, o.dst) and o.src != o.dst for o in rels):
            continue
        # "so M and F overlap", "Y & Z partial overlap": the clause was broken at the "and" (a rewrite keeps its
        # length: "; " and spaces) or at "&"; the thing named right before, joined only by it, is the other side
        here = [k for k, m in enumerate(mentions) if m[2] == r.src and m[0] == r.span.start]
        prev = mentions[here[0] - 1] if here and here[0] else None
        if prev is not None and prev[2] != r.src and groups[prev[2]].kind == groups[r.src].kind and re.fullmatch(
                r"\s*(?:and|&|\+|;\s{2,}|,\s*and)\s*", text[prev[1]:r.span.start], re.IGNORECASE):
            rels.append(GRel("overlaps", prev[2], r.src, Span(prev[0], r.span.end, text[prev[0]:r.span.end])))
            continue
        g = groups[r.src]
        raise SubjectlessRelationError(
            f"'{r.span.text}' at {r.span.start}-{r.span.end} says '{text[g.start:g.end]}' overlaps, but not "
            "with what; name both sides, e.g. 'A and B overlap'")
    rels = [r for r in rels if r.kind != _DANGLING]
    rels = _merge_generic(text, gr, groups, rels)

    def clone(gid: int) -> int:
        g = groups[gid]
        c = Group(len(groups), g.kind, g.count, g.start, g.end, list(g.names), dict(g.attrs), g.count_given)
        groups.append(c)
        return c.gid
    rels = members.expand(rels, groups, GRel, lambda a, b: Span(a, b, text[a:b]), clone)
    for w in members.unplaced():
        if not allow_unknown:
            raise UnknownWordsError([w], text)
        unknown.append(w)   # a place no relation draws: listed as not drawn
    rels, found = grammar_absent.collect(groups, rels, absent)
    scene = _instantiate(text, gr, groups, rels, ignored, unknown)
    return grammar_absent.apply(scene, groups, found, text)


def _merge_generic(text: str, gr: Grammar, groups: list[Group], rels: list[GRel]) -> list[GRel]:
    """A plural never counted ("Liver cells are packed with mitochondria") followed, in a later sentence, by
    the one counted mention of its kind ("Draw one hepatocyte with 8 mitochondria") speaks of those things in
    general: it is that counted group, not more of them. Its relations move onto the counted group (a
    conflict between the two is then the solver's to report) and it draws nothing itself."""
    default = int(gr.defaults.get("plural_count", 3))
    alias: dict[int, int] = {}
    holders: dict[int, set[int]] = {}
    for r in rels:
        if r.kind in ("inside", "element_of"):
            holders.setdefault(r.src, set()).add(r.dst)
    changed = True
    while changed:   # top down: a thing said in general sits in containers said in general ("Cells have nuclei")
        changed = False
        for g in groups:
            if g.gid in alias or g.count_given or g.names or g.count not in (1, default):
                continue
            if not all(c in alias for c in holders.get(g.gid, ())):
                continue   # "two cells, each with mitochondria": inside counted cells, these are theirs
            later = [h for h in groups if h.kind == g.kind and h.gid != g.gid and h.count_given and not h.names
                     and h.start >= g.end]
            if len(later) != 1 or not re.search(r"[.;?!]", text[g.end:later[0].start]):
                continue
            alias[g.gid] = later[0].gid
            changed = True
    if not alias:
        return rels
    out: list[GRel] = []
    seen: set[tuple[str, int, int]] = set()
    for r in rels:
        a, b = alias.get(r.src, r.src), alias.get(r.dst, r.dst)
        if a == b or (r.kind, a, b) in seen:
            continue
        seen.add((r.kind, a, b))
        out.append(GRel(r.kind, a, b, r.span, r.replicate))
    for gid in alias:
        groups[gid].count = 0          # merged: no entities of its own
    return out


_COMPARATIVE_RE = re.compile(r"(?i)(?:(?:more|fewer|less)\s+than|at\s+(?:least|most)|up\s+to|upwards\s+of|"
                             r"over|under|above|below|beyond|[<>≤≥~])\s*$")


_SPATIAL = ("over", "under", "above", "below", "beyond")


def _comparative(text: str, items: list[Item], j: int, clause: list) -> None:
    """Refuse "over 3 ribosomes", "with at least 3 nuclei": nesy draws exact counts. A spatial "over"
    after a mention ("a nucleus over 3 mitochondria") is a relation, not a bound."""
    a = items[j].start
    m = _COMPARATIVE_RE.search(text, max(0, a - 20), a)
    if m is None:
        return
    spatial = m.group(0).strip().lower() in _SPATIAL
    p = len(clause) - 2
    while p >= 0 and clause[p][0] in ("COP", "NEG"):
        p -= 1  # "the nucleus is above two mitochondria": a copula between the mention and the relation
    if (spatial and p >= 0 and clause[-1][0] == "R" and clause[p][0] == "M"
            and not re.search(r"(?i)\b(?:with|has|have|having|contains?|containing|holding|of)\s+$",
                              text[:m.start()])):
        return
    _bound(text, m.start(), items[j].end)


class SubjectlessRelationError(InputError):
    """A relation phrase names what it relates to, but not what relates ("…, which is contained in S3"):
    refused rather than dropped, since its objects would be drawn unplaced."""



def _counts_next(text: str, toks: Any, i: int, num: Any, ent: Any, before_noun: Any) -> bool:
    """Whether the number right after an entity noun counts the noun after it ("ANIMAL CELL 1 NUCLEUS W/ NUCLEOLUS, 6
    RIBOSOMES": one nucleus) rather than naming the entity ("cell 2"): the next word is a noun of the grammar that
    agrees with the number (1 and a singular, more and a plural), and the text names no other entity of that noun by
    a number ("cell 1 … cell 2" are names)."""
    k = i + 1
    while k < len(toks) and toks[k].idx < num.end:
        k += 1
    if not before_noun(k) or k >= len(toks):
        return False
    w = toks[k].lower_
    plural = w.endswith(("s", "i", "a")) and not w.endswith(("us", "is", "ss"))
    if (num.value == 1) == plural:
        return False
    noun = text[ent.start:ent.end].split()[-1]
    return not re.search(rf"(?i)\b{re.escape(noun)}s?\s+(?!{re.escape(num.text)}\b)\d+\b", text)

def _bound(text: str, a: int, b: int) -> None:
    raise InputError(f"'{text[a:b]}' at {a}-{b} is a bound, not a count: nesy draws exact counts, so give the number")


def _unknown_subject(items: list[Item], unknown: list[tuple[str, int, int]]):
    """Whether an unknown word (ignored under --allow-unknown) stands right before character ``at``, where
    nothing nesy read lies between them: the subject of a relation phrase there was that unknown word."""
    import bisect
    ends = sorted(it.end for it in items)

    def test(at: int) -> bool:
        k = bisect.bisect_right(ends, at)
        prev_end = ends[k - 1] if k else 0
        return any(prev_end <= s and e <= at for _, s, e in unknown)

    def lose(text: str, a: int, b: int) -> None:
        """The relation phrase at a–b went with its unknown subject: a verb ("every pair overlaps") is a
        statement, listed as not drawn together with that subject ('pair overlaps'), never dropped unseen;
        a preposition ("the concentration inside a cell") belongs to the unknown noun's own phrase."""
        from .nlp import get_language
        first = next((t for t in get_language()(text) if t.idx >= a and not t.is_space), None)
        if first is None or first.pos_ in ("ADP", "SCONJ"):
            return
        k = bisect.bisect_right(ends, a)
        prev_end = ends[k - 1] if k else 0
        near = [u for u in unknown if prev_end <= u[1] and u[2] <= a]
        if near:
            u = max(near, key=lambda x: x[2])
            unknown[unknown.index(u)] = (text[u[1]:b], u[1], b)
        else:
            unknown.append((text[a:b], a, b))
    def unread_object(text: str, a: int, b: int) -> bool:
        """Whether an unread word stands right after the relation phrase a–b (an article between at most): its
        object, which nesy did not read. If so the phrase joins that word's unread span."""
        # the determiner may be a possessive one ("a cell in our practical showed …", "in my slide")
        m = re.match(r"[ \t]+(?:(?:the|a|an|its|their|this|that|these|those|our|my|your|his|her)[ \t]+)?", text[b:])
        at = b + (m.end() if m else 0)
        hit = next((u for u in unknown if u[1] == at and re.match(r"[^\W\d_]", u[0])), None)   # a word, no number
        if hit is None:
            return False
        unknown[unknown.index(hit)] = (text[a:hit[2]], a, hit[2])
        return True
    def unread(text: str, a: int, b: int) -> None:
        """The phrase a–b is not drawn (a place nesy has no shape for: "in our practical"): listed as one unread
        span, absorbing the unread words inside it."""
        unknown[:] = [u for u in unknown if not (a <= u[1] and u[2] <= b)]
        unknown.append((text[a:b], a, b))
    test.lose = lose  # type: ignore[attr-defined]
    test.unread = unread  # type: ignore[attr-defined]
    test.unread_object = unread_object  # type: ignore[attr-defined]
    return test


# a number that multiplies, not counts: a magnification or scale factor ("drawn at × 1500", "a magnification
# of 400", "×40 objective", "magnified 1000 times", "1500×") — never refused as a count too large to draw; it
# counts nothing, so it is listed as not drawn (or refused as counting nothing, under --strict)
_FACTOR_BEFORE = re.compile(r"(?:[×✕*]|\\times|\bx|\bmagnification(?:\s+of)?|\bmagnified(?:\s+by)?|\bscale\s+of)\s*$",
                            re.IGNORECASE)
_FACTOR_AFTER = re.compile(r"\s*(?:[×✕]|x\b|times\b)", re.IGNORECASE)


def _factor(text: str, a: int, b: int) -> bool:
    """Whether the number at a–b is a factor (see ``_FACTOR_BEFORE``), by the sign or word right around it."""
    return bool(_FACTOR_BEFORE.search(text[max(0, a - 24):a]) or _FACTOR_AFTER.match(text, b))


def _own_object(text: str, a: int, b: int) -> int | None:
    """Where the object of a place phrase ending at ``a`` ends, when that object is a word nesy does not draw
    and a verb or a new clause's subject stands between it and the end ``b`` of the first thing nesy read after
    it (a mention may have kept an article from before the unread words: "the drawing you can see 6"): "in our
    practical | showed one nucleus", "within my slide | contained a nucleus", "In the drawing | you can see 6
    chloroplasts". None when the gap holds no such noun-then-verb ("in a swollen cell", "in the cell, drawn
    large" — the object comes before any verb)."""
    gap = text[a:b]
    if not gap.strip() or not re.search(r"[^\W\d_]", gap):
        return None
    # only a place's preposition has such an object ("in our practical", "within my slide", "In the drawing")
    if not re.search(r"(?i)(?:^|\s)(?:in|within|inside|on|at|into|onto|under|from)\s*$", text[max(0, a - 12):a]):
        return None
    from .nlp import get_language
    toks = [t for t in get_language()(gap) if not t.is_space]
    for n, t in enumerate(toks):
        # a finite verb or a new subject (never a participle: "overlapping circles labelled A" keeps its object)
        clause_start = t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ in ("i", "you", "we", "they", "he", "she",
                                                                             "there")
        # the place's own word: any content word before it ("practical" may be tagged an adjective,
        # "drawing" a verb)
        own = [u for u in toks[:n] if u.is_alpha and u.pos_ not in ("DET", "PRON", "ADP", "CCONJ", "PART", "NUM")]
        if clause_start and own and not any(u.is_punct for u in toks[:n]):
            return a + own[-1].idx + len(own[-1].text)
    return None


def _relate(cl, groups, rels, gr, text, negate, unknown_subject=lambda at: False) -> None:
    """Turn one clause's sequence of mentions and relation phrases into group relations."""
    runs, member, owner = _lists(cl, groups, gr, text)

    def coordinated(m: int, occ: dict[int, tuple[int, int]]) -> tuple[list[int], int]:
        return _coordinated(cl, m, occ, runs)

    told: dict[int, list[int]] = {}            # each relation's subject, by its place in the clause
    told_at: dict[int, tuple[int, int]] = {}   # … and where each subject was named
    for k, tok in enumerate(cl):
        if tok[0] != "R":
            continue
        item: Item = tok[1]
        canon, inv, raw = item.value
        neg = False
        # look left: copula / negation, then the subject
        j = k - 1
        saw_cop = False
        while j >= 0 and (cl[j][0] in ("COP", "NEG", "PAIR", "EACH")
                          or (cl[j][0] == "C" and j + 1 < len(cl) and cl[j + 1][0] == "EACH")):
            if cl[j][0] == "COP":
                saw_cop = True
            if cl[j][0] == "NEG":
                neg = not neg
            j -= 1
        subj: list[int] = []
        occ: dict[int, tuple[int, int]] = {}
        # "A, B, and C each have 2 elements": a floating "each" before a verb distributes the relation over
        # the whole coordinated subject; "…, each with", "a nucleus and two cells each containing" belong to
        # the last item alone
        said = item_text(text, item).lower()
        each = (j >= 0 and j + 1 < k and cl[j + 1][0] == "EACH" and said != "with"
                and not said.split()[-1].endswith("ing"))
        # "C cuts across A without touching B": a "without …ing" adjunct right after a relation's objects says
        # more of that relation's subject (C), never of its last object
        r_ = _rel_before(cl, j)
        if (said.startswith("without ") and j >= 0 and cl[j][0] == "M" and r_ >= 0 and cl[r_][0] == "R"
                and r_ in told and r_ + 1 <= j and cl[r_][1].value[2] != "contains"):
            subj = list(told[r_])
            occ.update({g: told_at[g] for g in subj})
        elif j >= 0 and cl[j][0] == "M":
            subj.append(cl[j][1])
            occ[cl[j][1]] = cl[j][2:]
            nxt = cl[k + 1][0] if k + 1 < len(cl) else None
            # "A and B contain x": a plural verb (its -s form is the same relation's) has the whole
            # coordinated subject, as a copula does
            w0 = said.split()[0] if said.split() else ""
            plural_verb = bool(w0) and not w0.endswith("s") and gr.phrases.get((w0 + "s",), ("",))[0] == "REL"
            if saw_cop or each or plural_verb or (canon in gr.symmetric and nxt != "M"):
                # "A, B, and C are disjoint", "A nucleus containing a nucleolus and 6 peroxisomes are
                # inside one cell": the whole coordinated subject, as ``_lists`` read it
                o = k + 1
                while o < len(cl) and cl[o][0] in ("NEG", "PAIR", "EACH", "COP"):
                    o += 1
                if saw_cop and o < len(cl) and cl[o][0] == "M":
                    # "…, and one nucleus with a nucleolus lie inside one cell": the verb's subject is the
                    # item that has the clause, not the clause's last object
                    while j in member and member[j] in owner and not _relative(cl, member[j], text):
                        j = owner[member[j]]
                run = runs[member[j]][0] if j in member else [j]
                subj = []
                for p in run[:run.index(j) + 1]:
                    subj.append(cl[p][1])
                    occ.setdefault(cl[p][1], cl[p][2:])
        if subj and not saw_cop and not each and len(subj) == 1:
            # "two sets A and B inside U": the names of one mention are one noun phrase
            same = [p for p in range(j) if cl[p][0] == "M" and cl[p][2:] == cl[j][2:] and cl[p][1] != cl[j][1]]
            for p in same:
                subj.insert(-1, cl[p][1])
                occ.setdefault(cl[p][1], cl[p][2:])
        if subj and not saw_cop and not each and len(subj) == 1 and canon not in gr.symmetric and j in member \
                and not any(c[0] in ("R", "COP", "WHAMB") for c in cl[:j]):
            # "A and B inside U", "M and F inside U": a place after a coordinated list of named things that opens its
            # clause, with no verb, is said of the whole list (only the last was placed, the others drawn anywhere)
            # — never of an object of the place itself; an inventory of things counted ("one nucleus, 5 vesicles
            # just beneath the membrane") places its last item only, as before
            run = runs[member[j]][0]
            objs_ = set(coordinated(k + 1, {})[0])
            if run and run[0] == min(p for p in range(len(cl)) if cl[p][0] == "M") and all(
                    groups[cl[p][1]].names for p in run):
                whole = [cl[p][1] for p in run[:run.index(j) + 1] if cl[p][1] not in objs_]
                if len(set(whole)) > 1:
                    subj = list(dict.fromkeys(whole))
                    for p in run[:run.index(j) + 1]:
                        occ.setdefault(cl[p][1], cl[p][2:])
        if subj and not saw_cop and not each and len(subj) == 1:
            # "A and B are overlapping sets inside U": the predicate's noun ("sets") stands for the whole
            # coordinated subject of the copula before it, so the relation after it is said of them all
            g0 = cl[j][1]
            prev = [p for p in range(j) if cl[p][0] == "M" and cl[p][1] == g0]
            if prev and prev[-1] in member and any(cl[q][0] == "COP" for q in range(prev[-1], j)):
                run = runs[member[prev[-1]]][0]
                subj = []
                for p in run[:run.index(prev[-1]) + 1]:
                    subj.append(cl[p][1])
                    occ.setdefault(cl[p][1], cl[p][2:])
        if not subj and (neg or said.startswith(("not ", "never "))) and j > 0 and cl[j][0] == "C":
            # "a centrosome next to the nucleus and not inside the nucleus": a negated relation after the
            # objects of the relation before it says something more of that relation's subject
            r = _rel_before(cl, j - 1)
            if r >= 0 and cl[r][0] == "R" and r in told and r + 1 < j:
                subj = list(told[r])
                occ.update({g: told_at[g] for g in subj})
        if not subj and raw != "contains" and j > 0 and cl[j][0] == "C" and cl[j][1] in ("and", "but") \
                and cl[j - 1][0] == "M" and k == j + 1:
            # "C drawn entirely inside A and disjoint from B": a relation right after "and" with no subject of its
            # own is a second predicate of the relation before's subject
            r = _rel_before(cl, j - 1)
            if r >= 0 and cl[r][0] == "R" and r in told and cl[r][1].value[2] != "contains":
                objs_ = coordinated(k + 1, {})[0]
                if objs_ and not set(told[r]) & set(objs_):
                    subj = list(told[r])
                    occ.update({g: told_at[g] for g in subj})
        if not subj and raw != "contains" and j > 0 and cl[j][0] == "C" and cl[j][1] == "," and cl[j - 1][0] == "M":
            # a place set off by a comma after a relation and its objects says more of what that relation placed:
            # "One nucleus sits against the cell wall, outside the vacuole" (the nucleus, the relation's subject);
            # "a cell with a vacuole and one nucleus, outside the vacuole" (after a "with", its last object)
            r = _rel_before(cl, j - 1)
            if r >= 0 and cl[r][0] == "R" and r in told and r + 1 < j:
                cand = [cl[j - 1][1]] if cl[r][1].value[2] == "contains" else list(told[r])
                objs = coordinated(k + 1, {})[0]   # a named place; a mutual one ("…, overlapping each other") wants
                if objs and not set(cand) & set(objs):   # a plural subject this cannot tell
                    subj = cand
                    occ.update({g: (told_at[g] if g in told_at else cl[j - 1][2:]) for g in subj})
        if (not subj and raw != "contains" and j >= 1 and cl[j][0] == "C" and cl[j][1] == "," and cl[j - 1][0] == "M"
                and (j == 1 or cl[j - 2][0] == "C" and cl[j - 2][1] == ",")
                and not any(c[0] in ("R", "COP") for c in cl[:j]) and k + 1 < len(cl) and cl[k + 1][0] == "M"):
            # a place set off by a comma after a thing that opens its clause, with no verb: "Then a fourth one, D,
            # inside C but outside A", "… and a nucleolus, inside the nucleus": the place is that thing's
            subj = [cl[j - 1][1]]
            occ[cl[j - 1][1]] = cl[j - 1][2:]
        if subj:
            told[k] = list(subj)
            told_at.update(occ)
        fronted: list[int] = []
        # a fronted place may open a coordinated clause too: "A and B cross each other, and inside A there is a
        # small circle C" (the clause after "and" is its own: the place, then its subject after the copula)
        if not subj and (j < 0 or cl[j][0] == "C" and cl[j][1] in (",", "and", "but", ";") and (
                j == 0 or cl[j - 1][0] != "M" or any(c[0] == "COP" for c in cl[:j])) and _fronted_cop(cl, k)):
            # a fronted place, the subject after the copula: "Inside the nucleus (there) is a cell",
            # "In A are x and y" — never dropped for want of a subject on the left
            fronted, m = coordinated(k + 1, occ)
            own = _own_object(text, item.end, occ[fronted[0]][1]) if fronted and raw != "contains" \
                else None
            if own is not None:
                # "In the drawing you can see 6 chloroplasts, 1 nucleus …": the place is the word nesy does not
                # draw (listed as not drawn with it), never the first thing named after the clause's verb
                if hasattr(unknown_subject, "unread"):
                    unknown_subject.unread(text, item.start, own)
                continue
            if m + 1 < len(cl) and cl[m][0] == "C" and cl[m + 1][0] == "COP":  # "In the cell, there are …"
                m += 1
            if fronted and m < len(cl) and cl[m][0] == "COP":
                m += 1
                while m < len(cl) and cl[m][0] == "NEG":
                    neg = not neg
                    m += 1
                subj, _ = coordinated(m, occ)
        if not subj and raw == "contains" and j >= 0 and cl[j][0] == "C" and cl[j][1] == "," and said in (
                "with", "having", "containing"):
            # "A plant cell surrounded by a cell wall, with a nucleus": a "with" set off by a comma
            # describes the sentence's head, the clause's first thing
            # (not an absolute clause on things named before: "sets P, Q and R, with P and Q overlapping")
            first = next((p for p in range(j) if cl[p][0] == "M"), None)
            named_before = {cl[p][1] for p in range(j) if cl[p][0] == "M"}
            if first is not None and not set(coordinated(k + 1, {})[0]) & named_before:
                subj.append(cl[first][1])
                occ[cl[first][1]] = cl[first][2:]
        if not subj and raw == "contains" and j < 0 and said in ("with", "having", "showing", "containing",
                                                                 "in which", "where"):
            continue  # "(Draw a Venn diagram) with 3 sets …": the figure has them; they are drawn as listed
        if (not subj and j < 0 and canon in gr.symmetric and said.endswith("ing") and k + 1 < len(cl)
                and cl[k + 1][0] == "M" and not any(c[0] == "COP" for c in cl[k + 1:])):
            # "three overlapping circles labelled A, B and Rh": the participle before the things it names says
            # it of each pair of them
            subj, m_ = coordinated(k + 1, occ)
            if len(subj) >= 2:
                for a in range(len(subj)):
                    for b in range(a + 1, len(subj)):
                        sa, sb = min(occ[subj[a]][0], item.start), max(occ[subj[b]][1], item.end)
                        rels.append(GRel(canon, subj[a], subj[b], Span(sa, sb, text[sa:sb])))
                continue
            subj = []
        if not subj and canon == "inside" and not inv and not neg and _FIGURE_BEFORE.search(
                text, 0, item.start) and not any(c[0] in ("M", "R", "COP") for c in cl[:k]):
            # "Draw a Venn diagram inside a universal set U": the place is said of the whole figure, so of
            # everything of the object's kind that the text names (the object itself aside)
            objs_, _ = coordinated(k + 1, {})
            kinds = {groups[o].kind for o in objs_}
            subj = [g.gid for g in groups if g.kind in kinds and g.gid not in objs_]
            if subj and objs_:
                for g in subj + objs_:
                    occ.setdefault(g, (item.start, item.end))
                for g in subj:
                    for o in objs_:
                        rels.append(GRel(canon, g, o, Span(item.start, item.end, text[item.start:item.end])))
                continue
            subj = []
        if not subj:
            # never a silent drop of a relation that names things: its objects would be drawn unplaced
            named, _ = coordinated(k + 1, dict(occ))
            mutual = k + 1 < len(cl) and cl[k + 1][0] == "PAIR"  # "…, overlapping each other": whose?
            if (named or mutual) and not unknown_subject(item.start):  # an unknown subject was ignored on request
                raise SubjectlessRelationError(f"'{item_text(text, item)}' at {item.start}-{item.end} has no subject nesy can "
                                 "tell: say what it relates, e.g. " + gr.relation_example)
            if unknown_subject(item.start) and hasattr(unknown_subject, "lose"):
                unknown_subject.lose(text, item.start, item.end)
            continue
        def span_of(gs: list[int]) -> Span:
            a = min([occ[g][0] for g in gs] + [item.start])
            b = max([occ[g][1] for g in gs] + [item.end])
            return Span(a, b, text[a:b])
        # look right: the coordinated objects
        pair = False
        if fronted:
            objs = fronted
        else:
            m = k + 1
            while m < len(cl) and cl[m][0] in ("NEG", "PAIR", "EACH", "COP"):
                pair = pair or cl[m][0] == "PAIR"
                m += 1
            if (m + 2 < len(cl) and cl[m][0] == "M" and len(cl[m]) >= 4
                    and text[cl[m][2]:cl[m][3]].lower() == "both" and cl[m + 2][0] == "M"):
                # "in both": the two things it names, and no list goes on from it
                objs = [cl[m][1], cl[m + 2][1]]
                for p_ in (m, m + 2):
                    occ.setdefault(cl[p_][1], cl[p_][2:])
                m += 3
            elif (m < len(cl) and cl[m][0] == "M" and len(cl[m]) >= 4
                    and text[cl[m][2]:cl[m][3]].lower() in ("it", "them", "itself")):
                # "a nucleus with a nucleolus inside it, three mitochondria and …": a pronoun names what it
                # stands for and no list goes on from it (the list after it is the sentence's own)
                objs = [cl[m][1]]
                occ.setdefault(cl[m][1], cl[m][2:])
                m += 1
            else:
                objs, m = coordinated(m, occ)
                own = _own_object(text, item.end, occ[objs[0]][1]) if objs and raw != "contains" else None
                if own is not None:
                    # "a yeast cell in our practical showed one nucleus", "a cell within my slide contained …":
                    # the phrase's object is the word nesy does not draw before the verb (listed as not drawn
                    # with it), never the things named after that verb — a cell is not in its own nucleus
                    if hasattr(unknown_subject, "unread"):
                        unknown_subject.unread(text, item.start, own)
                    continue
            while m < len(cl) and cl[m][0] == "PAIR":
                pair = True
                m += 1
            # "C overlaps A but not B", "x is in A and not in B": the relation, negated, to the rest
            q = m + 1 if m < len(cl) and cl[m][0] == "C" else m
            if objs and q < len(cl) and cl[q][0] == "NEG" and q + 1 < len(cl) and cl[q + 1][0] == "M":
                if canon not in negate:
                    from ..errors import UnsupportedError
                    raise UnsupportedError(f"cannot draw the negation 'not' at {cl[q][1].start}-{cl[q][1].end} "
                                           f"of '{item_text(text, item)}'")
                nobjs, _ = coordinated(q + 1, occ)
                ncanon = canon if neg else negate[canon]
                for s_ in subj:
                    for o in nobjs:
                        if s_ != o:
                            src, dst = (o, s_) if inv and ncanon == canon else (s_, o)
                            rels.append(GRel(ncanon, src, dst, span_of([s_, o])))
        if neg:
            if canon not in negate:
                from ..errors import UnsupportedError
                raise UnsupportedError(f"cannot draw the negation 'not {item_text(text, item)}' at "
                                       f"{item.start}-{item.end}")
            canon = negate[canon]
        span = span_of(subj + objs)
        if not objs:
            if canon in gr.symmetric and not pair and hasattr(unknown_subject, "unread_object") \
                    and unknown_subject.unread_object(text, item.start, item.end):
                # "6 lysosomes near the ruffled border": the object was there, unread — the relation goes with it
                # (listed as not drawn), never said of the subject's own things among themselves
                continue
            if canon in gr.symmetric or pair:
                if len(subj) == 1:
                    g = groups[subj[0]]
                    if g.count > 1:
                        rels.append(GRel(canon, g.gid, g.gid, span))
                    elif canon == "overlaps" and len(g.names) < 2:
                        # "Bats are in both so M and F overlap" (the sets grammar broke the clause at "and",
                        # leaving "F overlap"): said of one thing only, it is checked once every clause is read —
                        # kept if another phrase makes that thing overlap something, refused otherwise (never
                        # dropped in silence: the figure would not show it)
                        rels.append(GRel(_DANGLING, g.gid, g.gid, span))
                    continue
                for a in range(len(subj)):
                    for b in range(a + 1, len(subj)):
                        rels.append(GRel(canon, subj[a], subj[b], span_of([subj[a], subj[b]])))
            elif (canon == "inside" and not inv and not neg and j >= 1 and cl[j][0] == "M" and cl[j - 1][0] == "R"
                  and cl[j - 1][1].value[2] == "contains" and re.match(r"\s*(?:and|or|,|;|\.|$)", text[item.end:])):
                # "a nucleus with a nucleolus inside", "a vacuole holding crystals within": the bare place word
                # restates the containment the phrase before it already said (nucleolus in nucleus) — no
                # second relation, and no refusal
                continue
            elif (raw != "contains" and k + 1 < len(cl) and cl[k + 1][0] not in ("R", "BREAK")
                  and re.match(r"\s*(?:and|or|,|;|\.|$)", text[item.end:])):
                # "x is in" followed by nothing nesy can name: the relation is not drawn — say so
                raise SubjectlessRelationError(
                    f"'{item_text(text, item)}' at {item.start}-{item.end} relates "
                    f"'{groups[subj[0]].kind}' to nothing nesy can "
                    "tell: name what (e.g. 'x is in A and B')")
            continue
        replicate = raw == "contains"
        for n_s, s in enumerate(subj):
            if each and replicate and n_s:
                copies = [_copy_group(groups, o, owner, cl, text) for o in objs]
                for o, c in zip(objs, copies):
                    occ.setdefault(c, occ[o])
                objs = copies
            for o in objs:
                if s == o:
                    sp_ = span_of([s, o])
                    nm = groups[o].names[0] if groups[o].names else None
                    said = text[sp_.start:max(sp_.start, item.start)] if sp_ is not None else ""
                    if nm and sp_ is not None and not re.search(rf"(?<![\w-]){re.escape(nm)}(?![\w-])", said) \
                            and re.search(r"(?i)\b(?:sets|circles|they|them|these|those|both)\b", said) \
                            and raw not in ("overlaps", "adjacent", "outside") and gr.domain == "sets":
                        # "the sets is a subset of the Mammals" with "the sets" read as Mammals: a plural subject read
                        # as the set it is related to — a subject nesy read wrongly, never dropped unseen ("the
                        # universal set and B are inside U" names U itself: that self-relation is only dropped)
                        raise InputError(f"'{sp_.text}' at {sp_.start}-{sp_.end} relates '{nm}' to itself: say which "
                                         "set it relates (e.g. 'Dogs is a subset of Mammals')")
                    continue
                src, dst = (o, s) if inv else (s, o)
                kind = gr.many[raw] if raw in gr.many and groups[dst].count > 1 else canon
                rels.append(GRel(kind, src, dst, span_of([s, o]), replicate))


_QUANTIFIERS = {"EACH": ("each", "every"), "NUM": ("both",), "PAIR": ("all",)}


# a list item's mark opening a line: "2. ", "3) ", "- ", "* ", "• "
# (a list's marks blanked by the scaffolding reader leave the line indented: "\n U, the universe")
_LIST_ITEM = re.compile(r"[ \t]*(?P<mark>(?:\d{1,2}[.)]|[-*•])(?=[ \t])|(?<=\n)[ \t]+(?=\S))")

_DANGLING = "_overlaps_one"   # a symmetric relation said of one thing only (``_relate``)

# a figure noun right before a place ("Draw a Venn diagram inside a universal set U"): the place is the figure's
_FIGURE_BEFORE = re.compile(r"(?i)\b(?:diagram|diagramm|figure|drawing|picture|sketch|venn|euler)\s*$")


def _rel_before(cl: list, j: int) -> int:
    """The place of the relation whose objects end at ``cl[j]`` (back over mentions and coordinators), or -1."""
    while j >= 0 and cl[j][0] in ("M", "C"):
        j -= 1
    return j


def _fronted_cop(cl: list, k: int) -> bool:
    """Whether the relation at ``k`` is followed by its objects, then (after an optional comma) a copula and a
    thing: "inside A there is C", "in the cell, there are …" — a place put before its subject."""
    m = k + 1
    while m < len(cl) and cl[m][0] == "M":
        m += 1
        if m + 1 < len(cl) and cl[m][0] == "C" and cl[m + 1][0] == "M" and cl[m][1] in (",", "and"):
            m += 1
    if m == k + 1:
        return False
    if m + 1 < len(cl) and cl[m][0] == "C" and cl[m + 1][0] == "COP":
        m += 1
    return m + 1 < len(cl) and cl[m][0] == "COP" and cl[m + 1][0] in ("M", "NEG")


def _quantifier_subject(text: str, items: list[Item], i: int) -> int | None:
    """The index after a quantifier that is a clause's whole subject ("Each of them has …", "each one with
    …", "both inside Z", "All are subsets of U"), or None. It opens the text or a clause (after a full stop,
    or after a comma or "and" that does not follow a noun: "Two cells, each with a nucleus" is the noun's own
    clause, read as before), and a relation, a copula or "not" follows it ("of them", "of these" are filler)."""
    it = items[i]
    if text[it.start:it.end].lower() not in _QUANTIFIERS.get(it.tag, ()):
        return None
    if i > 0 and items[i - 1].tag != "BREAK" and not (
            items[i - 1].tag == "COORD" and (i < 2 or items[i - 2].tag not in ("ENT", "NAME", "NUM"))):
        return None
    k = i + 1
    if it.tag == "EACH" and k < len(items) and items[k].tag == "NUM" and text[items[k].start:items[k].end].lower() == "one":
        k += 1   # "each one", "every one of them"
    elif it.tag == "PAIR" and k < len(items) and items[k].tag == "NUM" and not items[k].quantity:
        k += 1   # "all three (of them)": as many as named before (``_antecedents``)
    if k < len(items) and items[k].tag in ("REL", "COP", "NEG"):
        return k
    return None


def _antecedents(clauses: list[list[tuple[str, Any]]], groups: list[Group], both: bool,
                 said_n: int | None = None) -> list[int]:
    """What a subject quantifier stands for: in the latest clause that names things, its subject (the
    mentions before its first relation) when that is several things ("Sets E and O are disjoint",
    "three cells"), else its last plural mention ("a cell with two nuclei. Each has …"). "both" needs two.
    "all three" (``said_n``) stands for everything named so far when that is exactly as many ("K overlaps L,
    L overlaps M … All three sit in U"), else for the latest clause's subject of that many; else nothing."""
    if said_n is not None:
        named = list(dict.fromkeys(e[1] for cl in clauses for e in cl if e[0] == "M"))
        if named and sum(max(groups[g].count, 1) for g in named) == said_n:
            return named
        for cl in reversed(clauses):
            run = list(dict.fromkeys(e[1] for e in cl if e[0] == "M"))
            if run:
                return run if sum(max(groups[g].count, 1) for g in run) == said_n else []
        return []
    for cl in reversed(clauses):
        ms = [e for e in cl if e[0] == "M"]
        if not ms:
            continue
        run: list[int] = []
        for e in cl:
            if e[0] in ("R", "COP"):
                break
            if e[0] == "M" and e[1] not in run:
                run.append(e[1])
        def fits(gs: list[int]) -> bool:
            n = sum(max(groups[g].count, 1) for g in gs)
            return n == 2 if both else n >= 2
        if run and fits(run):
            return run
        plural = [e[1] for e in reversed(ms) if fits([e[1]])]
        return plural[:1]
    return []


_ALSO_AFTER = re.compile(r"\s*also\b", re.IGNORECASE)


def _sep(text: str, it: Item) -> str:
    """A coordinator as the clause records it: "," or the lower-case word ("and", "as well as"); a comma
    followed by "also" is ", also" — it adds a new thing to what the sentence is about ("one nucleolus inside the
    nucleus, also the rough ER"), never a second object of the relation before it (``ADDS``)."""
    sep = text[it.start:it.end].lower()
    if sep == "," and _ALSO_AFTER.match(text, it.end):
        return ADDS
    return sep


ADDS = ", also"


def _lists(cl: list, groups: list[Group], gr: Grammar, text: str
           ) -> tuple[dict[int, tuple[list[int], int]], dict[int, int], dict[int, int]]:
    """Read one clause's coordinated lists, the way a careful reader does.

    Returns ``runs`` (clause position of a list's first mention → the positions of its mentions and the
    position after the list), ``member`` (mention position → the start of its list) and ``owner`` (start
    of an item's own list → the position of that item). Three rules:

    - an Oxford comma (", and X") continues a list of two or more items joined by commas; after a
      single item it ends the list ("Two cells, each with a nucleus, and a mitochondrion" gives one
      mitochondrion);
    - a containment phrase right after an item ("a nucleus containing a nucleolus", "that has",
      "with", "two nuclei, each containing") opens a list of its own, which keeps its first item and then the items the domain lets
      lie in that item (``defaults.parent``); the first item that cannot returns, with the rest, to the
      list outside ("each with a nucleus containing a nucleolus, seven centrosomes and a rough ER": the
      centrosomes and the ER are in each cell);
    - where the grammar cannot tell which list an item continues, the text is refused (``InputError``)
      with the phrase quoted: an item after such a return that could also lie in the inner item, or
      ", and X" right after an item with its own clause when the outer list is distributive.
    """
    plaus: dict[str, list[str]] = gr.defaults.get("parent", {}) or {}
    runs: dict[int, tuple[list[int], int]] = {}
    member: dict[int, int] = {}
    owner: dict[int, int] = {}
    n = len(cl)

    def contains_at(p: int) -> bool:
        return p < n and cl[p][0] == "R" and cl[p][1].value[2] == "contains"

    def may_lie_in(g: int, host: list[int]) -> bool:
        kinds = plaus.get(groups[g].kind)
        return not kinds or all(groups[h].kind in kinds for h in host)

    def said_to_lie_in(g: int, h: int) -> bool:  # the domain names h's kind as a place for g's kind
        return groups[h].kind in (plaus.get(groups[g].kind) or ())

    def phrase(a: int, b: int) -> str:
        sa, sb = cl[a][2], cl[b][3]
        return f"'{text[sa:sb]}' at {sa}-{sb}"

    def separator(m: int) -> tuple[str, int] | None:
        """The separator at ``m`` and the position of the mention after it, if the list goes on there."""
        if m + 1 < n and cl[m][0] == "C" and cl[m][1] != ADDS and cl[m + 1][0] == "M":
            return cl[m][1] or ",", m + 1
        if (m + 2 < n and cl[m][0] == "C" and cl[m][1] in (",", None) and cl[m + 1][0] == "C"
                and cl[m + 1][1] not in (",", None) and cl[m + 2][0] == "M"):
            return ", " + cl[m + 1][1], m + 2
        return None

    def read(m: int, host: list[int] | None, many: bool, closed: list[tuple[int, int]]
             ) -> tuple[int, int | None]:
        """Read the list starting at mention ``m``; ``host``: the mentions the list lies in (None: no
        containment). Returns the position after the list and, when it stopped at an item that cannot lie
        in ``host``, the position of the separator it stopped at (the outer list continues there)."""
        start, out, commas = m, [], False
        while True:
            out.append(m)
            member[m] = start
            g = cl[m][1]
            m += 1
            own_clause = False
            stop_inner: int | None = None
            r = m  # "two nuclei, each containing a nucleolus" is a clause on its item too
            if r + 1 < n and cl[r][0] == "C" and cl[r + 1][0] == "EACH":
                r += 2
            elif r < n and cl[r][0] == "EACH":
                r += 1
            if contains_at(r) and r + 1 < n and cl[r + 1][0] == "M":
                own_clause = True
                owner[r + 1] = m - 1
                inner_many = many or (host is not None and any(groups[h].count > 1 for h in host))
                m, stop_inner = read(r + 1, [g], inner_many, closed)
            end = m
            nxt = separator(m)
            if nxt is None:
                break
            sep, q = nxt
            if sep.startswith(", ") and m != stop_inner and not (len(out) >= 2 and commas):
                # an Oxford comma after a single item ends the list, unless an inner list licensed it
                if own_clause and host is not None and (many or any(groups[h].count > 1 for h in host)):
                    raise InputError(
                        f"{phrase(out[-1], q)} is ambiguous: the comma before '{cl[q - 1][1]}' may close the "
                        f"clause on '{text[cl[out[-1]][2]:cl[out[-1]][3]]}' (so {phrase(q, q)} is in each) "
                        f"or end the list (so it is not): drop the comma, or say it in a sentence of its own")
                break
            h = cl[q][1]
            if host is not None and not may_lie_in(h, host):
                closed.append((host[0], start))  # the rest goes back to the list outside
                runs[start] = (out, end)
                return end, m
            for inner_host, inner_start in closed:
                if inner_start > start and said_to_lie_in(h, inner_host):
                    said = text[cl[inner_start - 1][1].start:cl[inner_start - 1][1].end]
                    hk = groups[inner_host].kind
                    raise InputError(
                        f"{phrase(q, q)} is ambiguous: it may continue the list after '{said}' (so it lies in "
                        f"the {hk}) or the list before it (so it lies beside the {hk}): say where it lies "
                        f"in a sentence of its own, e.g. 'Each {hk} contains {text[cl[q][2]:cl[q][3]]}.'")
            commas = commas or sep == ","
            m = q
        runs[start] = (out, end)
        return end, None

    def host_of(r: int) -> list[int] | None:  # the subject a containment phrase at r reads its list into
        j = r - 1
        while j >= 0 and (cl[j][0] in ("COP", "NEG", "PAIR", "EACH")
                          or (cl[j][0] == "C" and j + 1 < n and cl[j + 1][0] == "EACH")):
            j -= 1
        return [cl[j][1]] if j >= 0 and cl[j][0] == "M" else None

    p = 0
    while p < n:
        if cl[p][0] == "M":
            p, _ = read(p, None, False, [])
        elif cl[p][0] == "R":
            m = p + 1
            while m < n and cl[m][0] in ("NEG", "PAIR", "EACH", "COP"):
                m += 1
            if m < n and cl[m][0] == "M":
                host = host_of(p) if contains_at(p) else None
                p, _ = read(m, host, False, [])
            else:
                p += 1
        else:
            p += 1
    return runs, member, owner


def _copy_group(groups: list[Group], gid: int, owner: dict[int, int], cl: list, text: str) -> int:
    """A fresh group like ``gid`` for the next subject of a distributive "each" ("A and B each have 2
    elements": B gets its own two). A named thing is one thing, shared; an item with a clause of its own
    is refused, since its contents would have to be copied too."""
    g = groups[gid]
    if g.names:
        return gid
    if any(cl[p][1] == gid for p in owner.values()):
        raise InputError(f"'{text[g.start:g.end]}' at {g.start}-{g.end} has contents of its own and is given to "
                         "each of several things: say it once per thing, e.g. 'A has …. B has ….'")
    c = Group(len(groups), g.kind, g.count, g.start, g.end, [], dict(g.attrs), g.count_given)
    groups.append(c)
    return c.gid


def _coordinated(cl: list, m: int, occ: dict[int, tuple[int, int]],
                 runs: dict[int, tuple[list[int], int]] | None = None) -> tuple[list[int], int]:
    """The groups of the coordinated mentions starting at clause position ``m`` (their spans recorded in
    ``occ``), and the position after them: the list ``_lists`` read there, else ``M (C M)*``."""
    if runs is not None and m in runs:
        poss, end = runs[m]
        for p in poss:
            occ.setdefault(cl[p][1], cl[p][2:])
        return [cl[p][1] for p in poss], end
    out: list[int] = []
    while m < len(cl) and cl[m][0] == "M":
        out.append(cl[m][1])
        occ.setdefault(cl[m][1], cl[m][2:])
        if m + 2 < len(cl) and cl[m + 1][0] == "C" and cl[m + 1][1] != ADDS and cl[m + 2][0] == "M":
            m += 2
            continue
        m += 1
        break
    return out, m


def item_text(text: str, item: Item) -> str:
    return text[item.start:item.end]


def _instantiate(text, gr, groups, rels, ignored, unknown) -> SceneGraph:
    # containment tree of groups: a group's parent is its innermost container
    contain = [r for r in rels if r.kind in ("inside", "element_of")]
    parents: dict[int, list[GRel]] = {}
    for r in contain:
        parents.setdefault(r.src, []).append(r)

    def ancestors(gid: int, seen=()) -> set[int]:
        out = set()
        for r in parents.get(gid, []):
            if r.dst not in out and r.dst not in seen:
                out.add(r.dst)
                out |= ancestors(r.dst, seen + (gid,))
        return out

    tree_parent: dict[int, GRel] = {}
    for gid, rs in parents.items():
        # innermost: a container that is not an ancestor of another container of this group
        cands = [r for r in rs if not any(r.dst in ancestors(o.dst) for o in rs if o is not r)]
        if len(cands) == 1 and cands[0].dst != gid:
            tree_parent[gid] = cands[0]
    # default containers from the domain (organelles lie inside a cell)
    default_parent: dict[str, list[str]] = gr.defaults.get("parent", {}) or {}
    # a thing stated outside a container of its default kind ("a lysosome outside the cell") is in none: the
    # default would put it inside the very cell the text puts it out of (or in another, which it never says)
    kept_out = {(r.src, groups[r.dst].kind) for r in rels if r.kind == "outside"} \
        | {(r.dst, groups[r.src].kind) for r in rels if r.kind == "outside"}
    for g in groups:
        if g.gid in tree_parent or g.gid in parents:
            continue
        if any((g.gid, pk) in kept_out for pk in default_parent.get(g.kind, [])):
            continue
        for pk in default_parent.get(g.kind, []):
            cands = [p for p in groups if p.kind == pk and p.gid != g.gid and p.gid < g.gid and p.count]
            cands = cands or [p for p in groups if p.kind == pk and p.gid != g.gid and p.count]
            if cands:
                tree_parent[g.gid] = GRel("inside", g.gid, cands[-1].gid, None, replicate=False)
                break
        else:
            implied = gr.defaults.get("implied_root")
            if implied and g.kind != implied and g.kind in default_parent and not any(
                    p.kind == implied for p in groups):
                root = Group(len(groups), implied, 1, g.start, g.end, [], {"implied": True}, False)
                groups.append(root)
                for h in groups[:-1]:
                    if h.gid not in tree_parent and h.kind in default_parent and h.gid not in parents:
                        tree_parent[h.gid] = GRel("inside", h.gid, root.gid, None, replicate=False)
    # cycles are a user conflict for the solver, not for the parser: break them here, keep relations
    def has_cycle(gid: int) -> bool:
        seen = set()
        while gid in tree_parent:
            if gid in seen:
                return True
            seen.add(gid)
            gid = tree_parent[gid].dst
        return False
    for gid in list(tree_parent):
        if has_cycle(gid):
            del tree_parent[gid]

    _check_total(text, groups, tree_parent)

    counters: dict[str, int] = {}
    entities: list[Entity] = []
    ent_parent: dict[str, str | None] = {}

    def make(g: Group, k: int) -> str:
        if g.names:
            eid = re.sub(r"[^A-Za-z0-9_]", "_", g.names[k])
        else:
            counters[g.kind] = counters.get(g.kind, 0) + 1
            eid = f"{g.kind}{counters[g.kind]}"
        while any(e.id == eid for e in entities):
            eid += "_"
        attrs = dict(g.attrs)
        if not g.count_given and g.count > 1:
            attrs["count_default"] = True
        sp = Span(g.start, g.end, text[g.start:g.end])
        entities.append(Entity(eid, g.kind, g.names[k] if g.names else None, _freeze(attrs), sp))
        g.members.append(eid)
        return eid

    children: dict[int, list[int]] = {}
    for gid, r in tree_parent.items():
        children.setdefault(r.dst, []).append(gid)

    def build(gid: int, parent_eids: list[str]) -> None:
        g = groups[gid]
        r = tree_parent.get(gid)
        if not parent_eids:
            eids = [make(g, k) for k in range(g.count)]
            for e in eids:
                ent_parent[e] = None
        elif r is not None and (r.replicate or g.count_given is False and len(parent_eids) > 1) \
                and len(parent_eids) > 1:
            eids = []
            for pe in parent_eids:  # distributive: each container gets its own copy
                for k in range(g.count):
                    e = make(g, k)
                    ent_parent[e] = pe
                    eids.append(e)
        else:
            eids = [make(g, k) for k in range(g.count)]
            for k, e in enumerate(eids):  # shared out over the containers, in order
                ent_parent[e] = parent_eids[k % len(parent_eids)]
        for c in sorted(children.get(gid, [])):
            build(c, eids)

    for g in groups:
        if g.gid not in tree_parent:
            build(g.gid, [])

    def chain(e: str) -> list[str]:
        out = []
        p = ent_parent.get(e)
        while p is not None and p not in out:
            out.append(p)
            p = ent_parent.get(p)
        return out

    relations: list[Relation] = []
    seen_rel: set[tuple[str, str, str]] = set()

    def add_rel(kind: str, s: str, t: str, span: Span | None) -> None:
        key = (kind, s, t)
        if key not in seen_rel and s != t:
            seen_rel.add(key)
            relations.append(Relation(kind, s, t, span))

    for e in entities:
        p = ent_parent.get(e.id)
        if p is not None:
            g_of = next(g for g in groups if e.id in g.members)
            r = tree_parent.get(g_of.gid)
            kind = "element_of" if r is not None and r.kind == "element_of" else "inside"
            add_rel(kind, e.id, p, r.span if r is not None else None)
    for r in rels:
        src, dst = groups[r.src], groups[r.dst]
        if r.kind in ("inside", "element_of") and tree_parent.get(r.src) is r:
            continue
        if r.src == r.dst:  # "the mitochondria are pairwise disjoint"
            ms = src.members
            for a in range(len(ms)):
                for b in range(a + 1, len(ms)):
                    add_rel(r.kind, ms[a], ms[b], r.span)
            continue
        for s in src.members:
            cs = set(chain(s)) | {s}
            best, best_depth = [], -1
            for t in dst.members:
                ct = chain(t) + [None]
                depth = next((len(ct) - i for i, a in enumerate(ct) if a in cs), 0)
                if depth > best_depth:
                    best, best_depth = [t], depth
                elif depth == best_depth:
                    best.append(t)
            for t in best:
                add_rel(r.kind, s, t, r.span)
    unk = tuple(Span(s, e, w) for w, s, e in unknown)
    return SceneGraph(gr.domain, text, tuple(entities), tuple(relations), (), tuple(ignored), unk)


def _check_total(text: str, groups: list[Group], tree_parent: dict[int, GRel]) -> None:
    """Refuse, before any entity is made, a text whose counts multiply past ``MAX_ENTITIES``
    ("400 cells, each with 400 mitochondria, each with 400 ribosomes"), naming the phrases."""
    memo: dict[int, int] = {}

    def made(gid: int) -> int:  # entities ``build`` makes for group gid (see ``_instantiate``)
        if gid not in memo:
            g, r = groups[gid], tree_parent.get(gid)
            n = g.count
            if r is not None:
                np_ = made(r.dst)
                if (r.replicate or not g.count_given) and np_ > 1:
                    n = g.count * np_
            memo[gid] = n
        return memo[gid]
    total = sum(made(g.gid) for g in groups)
    if total > MAX_ENTITIES:
        worst = max(groups, key=lambda g: made(g.gid))
        chain, gid = [], worst.gid
        while gid is not None and gid not in [c.gid for c in chain]:
            chain.append(groups[gid])
            gid = tree_parent[gid].dst if gid in tree_parent else None
        phrases = "; ".join(f"'{text[g.start:g.end]}' at {g.start}-{g.end}" for g in reversed(chain))
        raise InputError(f"the text asks for {total} things in all ({phrases} multiply to {made(worst.gid)}); "
                         f"nesy draws at most {MAX_ENTITIES} in one figure")


def check_text(text: Any) -> None:
    """Reject empty, oversized or binary text before any heavy work."""
    if not isinstance(text, str):
        raise InputError(f"text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError("text is empty: describe the figure, e.g. \"a cell with one nucleus\"")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"text is {len(text)} characters long; the limit is {MAX_TEXT_CHARS}")
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t") or ch == "\ufffd")
    if bad:
        raise InputError(f"text contains {bad} control or undecodable character(s) (binary input?)")
    # a lone surrogate ("\ud800") is not Unicode text: spaCy and every writer of scene.json fail on it
    lone = next((i for i, ch in enumerate(text) if "\ud800" <= ch <= "\udfff"), None)
    if lone is not None:
        raise InputError(f"text contains a lone surrogate {text[lone]!r} at {lone}-{lone + 1}, which is not valid "
                         "Unicode; send the text as UTF-8")
