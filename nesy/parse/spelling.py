"""Misspelt science words, read as the word the science knows ("mitocondria" → "mitochondria").

A word a science did not read is corrected only when all of these hold, so that a correction never
changes what a text says:

- it is not an English word (not in the lemma table ``grammars/common/lemma_lookup.json.gz`` as a form or
  a lemma, nor in any grammar or the no-content lexicon), has letters only and at least ``MIN_LEN`` of them
  (or ``SHORT_LEN``, when the only edit is one letter it dropped: "cel" → "cell");
- exactly one word of the science's own vocabulary (every word of ``grammars/<science>/grammar.yaml``,
  with the inflected forms the lemma table gives it) lies within the allowed Damerau–Levenshtein distance
  (1 edit for words up to 7 letters, 2 from 8), and no other of a different lemma is as close.

Every correction is reported with its position (``Correction``), beside the figure.
"""
from __future__ import annotations

import functools
import re
from typing import Any, Iterable

from ..types import Correction

__all__ = ["Correction", "corrections", "vocabulary", "MIN_LEN"]

MIN_LEN = 5
OWN_CONCEPT = 1.0  # the concept weight of a science's own seed words (``nesy.parse.concepts``)
SHORT_LEN = 3  # shorter than MIN_LEN (3 or 4 letters): corrected only by restoring one dropped letter


def _leaves(v: Any) -> Iterable[str]:
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for k, x in v.items():
            yield str(k)
            yield from _leaves(x)
    elif isinstance(v, (list, tuple)):
        for x in v:
            yield from _leaves(x)


@functools.lru_cache(maxsize=None)
def vocabulary(science: str) -> dict[str, str]:
    """The science's words (≥ ``MIN_LEN`` - 1 letters: "lens" for "lense") and their inflected forms → lemma."""
    from ..resources import load_yaml
    from .lemmas import lemma_table
    g = load_yaml("grammars", f"{science}/grammar.yaml")
    words = {w.lower() for leaf in _leaves(g) for w in re.findall(r"[A-Za-z]+", leaf) if len(w) >= MIN_LEN - 1}
    # the science's own one-word concepts (its detection lexicon, ``nesy.parse.concepts``: weight 1 = a seed
    # word the science owns): a science whose grammar names its figures in code ("parallelogram") has them
    # there ("paralellogram" → "parallelogram")
    try:
        concepts = load_yaml("grammars", f"{science}/concepts.yaml").get("words") or {}
    except (FileNotFoundError, OSError):
        concepts = {}
    own = {str(w).lower() for w, wt in concepts.items()
           if re.fullmatch(r"[A-Za-z]+", str(w)) and len(str(w)) >= MIN_LEN and float(wt) >= OWN_CONCEPT}
    # a variant spelling WordNet lists beside a grammar word ("lense" beside "lens") would make the grammar
    # word's own misspellings ambiguous: only concepts no grammar word is close to
    words |= {w for w in own if w in words or not any(abs(len(w) - len(x)) <= 2 and _distance(w, x, 2) <= 2
                                                       for x in words)}
    # number words count in every science ("thre sets", "fourty nuclei"), read by the shared number reader
    words |= {w.lower() for w in (load_yaml("grammars", "common/grammar.yaml").get("numbers") or {})
              if re.fullmatch(r"[A-Za-z]+", str(w)) and len(str(w)) >= MIN_LEN - 1}
    table = lemma_table()
    lemma = {w: table.get(w, w).lower() for w in words}
    # a grammar's synonym group ("rhombus: [rhombus, rhombi, rhomb, rhombs]": a key listed among its own words)
    # is one word for spelling: "rhombis" is one edit from "rhombus", "rhombi" and "rhombs", all the same figure
    for key, group in _synonym_groups(g):
        for w in group:
            if w in lemma:
                lemma[w] = lemma.get(key, key)
    out = dict(lemma)
    lemmas = set(lemma.values())
    for form, lem in table.items():
        lo = form.lower()
        if lem.lower() in lemmas and lo.isalpha() and len(lo) >= MIN_LEN - 1:
            out.setdefault(lo, lem.lower())
    return out


def _synonym_groups(v: Any) -> Iterable[tuple[str, list[str]]]:
    """The grammar's lists headed by one of their own words (``key: [key, synonym, plural …]``), lower-cased
    one-word members only; a list under any other key (units, measures) is no synonym group."""
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, list) and all(isinstance(i, str) for i in x):
                lo = [i.lower() for i in x]
                if str(k).lower() in lo:
                    yield str(k).lower(), [i for i in lo if i.isalpha()]
            else:
                yield from _synonym_groups(x)
    elif isinstance(v, list):
        for x in v:
            yield from _synonym_groups(x)


@functools.lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """Words known to be English: the lemma table's forms and lemmas, the common grammar (number words
    among them), every science's grammar and the no-content lexicon. None of these is ever corrected."""
    from ..resources import load_yaml
    from ..registry import domain_names
    from .lemmas import lemma_table
    from .lexicon import no_content
    words = {w.lower() for kv in lemma_table().items() for w in kv}
    words |= {w.lower() for leaf in _leaves(load_yaml("grammars", "common/grammar.yaml"))
              for w in re.findall(r"[A-Za-z]+", leaf)}
    for n in domain_names():
        g = load_yaml("grammars", f"{n.split('.')[1]}/grammar.yaml")
        words |= {w.lower() for leaf in _leaves(g) for w in re.findall(r"[A-Za-z]+", leaf)}
    lex = no_content()
    for ws in lex.words.values():
        words |= set(ws)
    return frozenset(words)


# a negating prefix (Quirk et al. 1985, App. I.21 "negative prefixes"): a word that is another with one of these
# before it is its opposite, never a typo of it
_NEG_PREFIXES = ("un", "in", "im", "il", "ir", "non", "non-", "dis")


def _negated_form(word: str, other: str) -> bool:
    """Whether ``word`` is ``other`` with a negating prefix, or ``other`` is ``word`` with one."""
    return any(word == p + other or other == p + word for p in _NEG_PREFIXES)


def _distance(a: str, b: str, cap: int) -> int:
    """Damerau–Levenshtein (optimal string alignment) distance, stopping above ``cap``."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > cap:
            return cap + 1
        prev2, prev = prev, cur
    return prev[-1]


@functools.lru_cache(maxsize=1)
def _all_vocabulary() -> dict[str, str]:
    """Every science's words and forms → lemma (for a text whose science is not known yet)."""
    from ..registry import domain_names
    out: dict[str, str] = {}
    for n in domain_names():
        for w, lem in vocabulary(n.split(".")[1]).items():
            out.setdefault(w, lem)
    return out


_SOUND = {**dict.fromkeys("bfpv", "1"), **dict.fromkeys("cgjkqsxz", "2"), **dict.fromkeys("dt", "3"), "l": "4",
          **dict.fromkeys("mn", "5"), "r": "6"}


def _soundex(w: str) -> str:
    """American Soundex (Knuth, The Art of Computer Programming vol. 3, 2nd ed., §6 "Searching", Soundex; U.S.
    National Archives, "The Soundex Indexing System"): the first letter and the codes of the next three
    consonant sounds; h and w do not separate two equal codes, vowels do."""
    w = w.lower()
    out, last = w[:1], _SOUND.get(w[:1], "")
    for c in w[1:]:
        code = _SOUND.get(c, "")
        if code and code != last:
            out += code
        if c not in "hw":
            last = code
    return (out + "000")[:4]


def _dropped_double(w: str, v: str) -> bool:
    """Whether ``w`` is ``v`` with one letter of a doubled pair left out ("cel" / "cell")."""
    return len(v) == len(w) + 1 and any(v[i] == v[i - 1] and v[:i] + v[i + 1:] == w for i in range(1, len(v)))


@functools.lru_cache(maxsize=None)
def _drawn_nouns(science: str) -> frozenset[str]:
    """The one-word nouns of the things the science draws (``entities`` of its grammar), with their forms."""
    from ..resources import load_yaml
    from .lemmas import lemma_table
    ents = load_yaml("grammars", f"{science}/grammar.yaml").get("entities") or {}
    words = {w.lower() for leaf in _leaves(ents) if re.fullmatch(r"[A-Za-z]+", leaf) for w in [leaf]}
    table = lemma_table()
    return frozenset(words | {f.lower() for f, lem in table.items() if lem.lower() in words and f.isalpha()})


def _transposed(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two adjacent letters swapped ("angels" / "angles")."""
    if len(a) != len(b) or a == b:
        return False
    d = [i for i in range(len(a)) if a[i] != b[i]]
    return len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]]


def corrections(text: str, spans: Iterable[tuple[int, int]], science: str | None,
                real_words: bool = False, doubled: bool = False) -> list[Correction]:
    """The corrections (see the module) of the words in ``spans`` of ``text``; with ``science`` None,
    against every science's vocabulary at once (a misspelling that hides which science a text is
    about: "fluorecence image with 9 nucleii"). ``real_words`` (only once the science could not read the
    text): an English word that is not the science's but is one of its words with two adjacent letters
    swapped is corrected as well ("the angels at X and Y" → "angles"), the commonest typo that makes
    another real word. ``doubled`` (only for words the science left unread, listed as not drawn): an English
    word that is one of the things the science draws with one letter of a doubled pair left out is corrected
    too ("a cel with a nucleus" → "cell"; a rare real word, the animation "cel", in a slot where the science's
    noun stands), never into any other of its words ("met" is no misspelt "meet")."""
    english = _english()
    vocab = vocabulary(science) if science is not None else _all_vocabulary()
    out: list[Correction] = []
    for a, b in spans:
        for m in re.finditer(r"[A-Za-z]+", text[a:b]):
            w = m.group(0)
            lo = w.lower()
            if real_words and science is not None and len(lo) >= MIN_LEN and lo in english and lo not in vocab:
                swapped = sorted(v for v in vocab if _transposed(lo, v))
                if len({vocab[v] for v in swapped}) == 1:
                    read = swapped[0] if not w[0].isupper() else swapped[0][0].upper() + swapped[0][1:]
                    out.append(Correction(a + m.start(), a + m.end(), w, read))
                continue
            if doubled and science is not None and lo in english and lo not in vocab:
                hits = sorted(v for v in _drawn_nouns(science) if _dropped_double(lo, v))
                if len(hits) == 1:
                    read = hits[0] if not w[0].isupper() else hits[0][0].upper() + hits[0][1:]
                    out.append(Correction(a + m.start(), a + m.end(), w, read))
                continue
            if len(lo) < SHORT_LEN or lo in english or lo in vocab:
                continue
            short = len(lo) < MIN_LEN  # "cel": only a dropped letter is restored ("cell"), never a change,
            # or, in the science's own words, two adjacent letters swapped back ("boht" → "both"), the commonest
            # slip of a short word (never while detecting: "E. coli" is no misspelt "coil" of some science)
            cap = 1 if len(lo) <= 7 else 2
            best, lemmas, cands = cap + 1, set(), []
            for v, lem in vocab.items():
                if short and len(v) != len(lo) + 1 and not (science is not None and _transposed(lo, v)):
                    continue
                if _negated_form(lo, v):
                    continue    # "unchanged" is no misspelt "changed": the prefix makes the opposite word
                d = _distance(lo, v, cap)
                if d < best:
                    best, lemmas, cands = d, {lem}, [v]
                elif d == best and d <= cap:
                    lemmas.add(lem)
                    cands.append(v)
            if best <= cap and len(lemmas) > 1:
                # a tie between words of different lemmas ("nucleous": one edit from "nucleus" and from
                # "nucleolus") is broken only by sound: the one lemma whose candidates sound as the word does
                # (Soundex) is what the writer heard ("-ous" and "-us" sound alike); else no correction
                heard = {vocab[v] for v in cands if _soundex(v) == _soundex(lo)}
                if len(heard) == 1:
                    cands = [v for v in cands if vocab[v] in heard]
                    lemmas = heard
            if best <= cap and len(lemmas) == 1:
                # of several forms of the one word equally near, its base form: "reticulm" is one edit from
                # "reticulum" and from the plural "reticula", and a plural read into the text would draw a
                # count nobody stated (three ER for one); then the nearest in length ("lense" → "lens")
                pick = min(cands, key=lambda v: (vocab.get(v) != v, abs(len(v) - len(lo)), v))
                read = pick if not w[0].isupper() else pick[0].upper() + pick[1:]
                out.append(Correction(a + m.start(), a + m.end(), w, read))
    return out
