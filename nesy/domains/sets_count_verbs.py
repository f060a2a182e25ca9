"""Sets: the verb of a word problem's count statement, read by its form rather than from a list.

"18 play football", "15 like tea", "23 own a dog", "9 are vegetarian", "7 went to the cinema", "12 knit":
after the count (and "of them", "students"), the next word is the statement's verb and what follows it
names the set — whatever the activity is. A word is taken as a verb when English inflects it as one:
the shipped lookup lemma table (spaCy's English ``lemma_lookup``, derived from WordNet 3.0; see
``nesy.parse.lemmas``) maps the word to a lemma that has an *-ing* form ("plays" → play ← "playing"),
or the word is itself such a form. Nouns ("football", "tea", "students") have none, so "30 students"
is no statement. The sets grammar's own words ("overlapping circles", "3 sets") are never the verb of
a count.

``zero_statements`` reads counts stated as nobody: "nobody likes both", "no one plays all three",
"none of them study both French and German" — a region (or the intersection) with 0 members, a stated
fact like any other (Rosen, *Discrete Mathematics and Its Applications*, 7th ed., §2.2: |A ∩ B| = 0 is
A ∩ B = ∅).
"""
from __future__ import annotations

import functools
import re

__all__ = ["is_verb", "VERB_GROUP", "verb_ok", "zero_statements", "clause_start"]

# auxiliaries and adverbs before the verb ("do also play", "have been to", "can swim")
_AUX = r"(?:(?:do|does|did|are|is|were|was|have|has|had|can|could|will|would|also|each|all|regularly|usually|often)\s+)"
# the verb, then a particle or preposition it takes ("go to", "voted for", "signed up for", "are in")
VERB_GROUP = (rf"(?P<verb>{_AUX}{{0,3}}[a-z][a-z\-']{{1,20}}(?:\s+(?:up\s+for|out\s+for|up|to|for|in|on|at|into|with|"
              r"about|of|from|by))?)")

# not verbs of a count however they inflect: the sets grammar's own nouns and relation verbs, and words
# that follow a number as a noun or a unit ("30 circles", "2 sets", "5 elements")
_NEVER = frozenset("""set sets circle circles ring rings overlap overlaps overlapping intersect intersects intersecting
    meet meets meeting touch touches touching contain contains containing include includes including draw draws
    drawing drawn label labelled labeled show shows showing shade shaded element elements member members region
    regions subset subsets more less than fewer percent per times out""".split())


_AUXILIARIES = frozenset("do does did done doing is are was were be been being am have has had having can could will "
                         "would shall should may might must".split())


@functools.lru_cache(maxsize=1)
def _grammar_words() -> frozenset[str]:
    """Every word of the sets grammar (its nouns, relation phrases, keywords): never a count's verb."""
    from ..resources import load_yaml
    g = load_yaml("grammars", "sets/grammar.yaml")
    words: set[str] = set()
    for v in g["relations"].values():
        for p in (v["phrases"] if isinstance(v, dict) else v):
            words.update(re.findall(r"[a-z]+", str(p).lower()))
    for ws in g["entities"].values():
        words.update(w.lower() for w in ws)
    words.update(str(w).lower() for w in g.get("keywords", []) + g.get("domain_filler", []))
    return frozenset(words - {"in", "is", "are", "has", "have", "with", "to", "of", "a", "an", "the", "that", "which",
                              "do", "does", "not", "don't", "doesn't", "belong", "belongs", "hold", "holds", "part"}) | _NEVER


@functools.lru_cache(maxsize=1)
def _ing_lemmas() -> frozenset[str]:
    """Lemmas the lookup table gives an -ing form: English verbs (and a few nouns used as verbs)."""
    from ..parse.lemmas import lemma_table
    return frozenset(v.lower() for k, v in lemma_table().items() if k.endswith("ing") and k[:1].islower())


def is_verb(word: str) -> bool:
    """Whether English inflects ``word`` as a verb (see the module docstring)."""
    from ..parse.lemmas import lemma_table
    w = word.lower()
    if w in _grammar_words():
        return False
    if w in _AUXILIARIES:    # a closed class the lookup table mislemmatises ("does" → "doe", a deer)
        return True
    lem = lemma_table().get(w, w).lower()
    return lem in _ing_lemmas() or w in _ing_lemmas() or (w.endswith("ed") and lem != w)


def verb_ok(group: str | None) -> bool:
    """A verb group matched by ``VERB_GROUP``: its last word before the particle is a verb."""
    if not group:
        return True
    words = [w for w in re.findall(r"[a-z][a-z\-']*", group.lower())]
    particles = {"up", "out", "to", "for", "in", "on", "at", "into", "with", "about", "of", "from", "by"}
    core = [w for w in words if w not in particles] or words
    return is_verb(core[-1]) and not any(w in _grammar_words() for w in words)


def clause_start(text: str, at: int) -> bool:
    """Whether a count at ``at`` opens a clause: after the start, a punctuation mark, or a conjunction
    ("…, 12 play basketball", "and 5 play both", "while 7 play neither", "of whom 4 …")."""
    before = text[:at].rstrip()
    if not before or before[-1] in ".,;:!?(—–-\n":
        return True
    last = re.search(r"([A-Za-z]+)$", before)
    if last is None:
        return False
    # "In a vaccine trial 22 volunteers reported …": a fronted setting (a preposition, a determiner, a few
    # nouns) ends where the count opens the clause, the comma left out; its last noun may inflect as a verb
    sent = re.split(r"[.;:!?\n]", before)[-1].strip()
    if re.fullmatch(r"(?i:in|among|amongst|at|during|within|across|throughout)\s+(?i:a|an|the|our|my|this|one|last|each)"
                    r"(?:\s+[a-z][a-z\-']*){1,4}", sent):
        return True
    w = last.group(1).lower()
    if w in ("and", "but", "while", "whilst", "whereas", "whom", "these", "them", "where", "that"):
        return True
    # "a group of 32 tourists 17 had visited Paris": after a noun the count opens the clause; after a
    # preposition, a determiner or a verb ("from 1 to 10 written", "draw 3 …") it is no subject
    return w not in _NOT_OPENERS and not is_verb(w)


_NOT_OPENERS = frozenset("""to from of than by at in on with for about into the a an these those each every all
    any some only just about around nearly almost over under between among per and or nor""".split())


_ZERO = (r"(?P<z>nobody|no\s*one|no-one|not\s+(?:a\s+single\s+)?(?:one|person|student|pupil|member|child)(?:\s+(?:member|person|student|pupil|child|of\s+them))?|none(?:\s+of\s+(?:them|these|those|the\s+\w+))?"
         r"|no\s+(?:students?|pupils?|people|persons?|children|members|respondents|employees|customers|kids|one))")


def zero_statements(text: str, word: str, forms: list[tuple[str, str]]) -> list[tuple[str, re.Match]]:
    """Count statements whose subject is nobody, as ``(kind, match)`` for the caller's forms: each form's
    pattern is tried with the zero subject in place of the number."""
    out = []
    for kind, tail in forms:
        rx = re.compile(rf"\b{_ZERO}\s+{VERB_GROUP}\s+{tail}", re.IGNORECASE)
        out += [(kind, m) for m in rx.finditer(text) if verb_ok(m.group("verb"))]
    return out
