"""The domain registry: each science is a plug-in registered under a versioned name.

A domain (``nesy.cell.v1``) brings its grammar, law set, drawing style and verifier; the pipeline
looks it up here and never imports a domain directly. Domains never import each other.
"""
from __future__ import annotations

import importlib
from typing import Any, Callable, Protocol

from .errors import InputError
from .types import Layout, Rendering, SceneGraph, Verdict

__all__ = ["Domain", "register", "get_domain", "domain_names", "detect_domain"]


class Domain(Protocol):
    """What a domain plug-in provides. ``key`` is the short name ("cell"), ``name`` the versioned one."""

    name: str
    key: str

    def score(self, text: str) -> float: ...
    # optional: ``fallback_weight`` and ``fallback_score(text)``, a costly weak guess that detection makes
    # only when every science scored below ``fallback_weight``
    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph: ...
    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0,
              feedback: Verdict | None = None, timeout_s: float = 10.0) -> Layout: ...
    def render(self, layout: Layout, scene: SceneGraph, *, controls: bool = True) -> Rendering: ...
    def verify(self, png: bytes, scene: SceneGraph) -> Verdict: ...
    def artifacts(self, layout: Layout, scene: SceneGraph) -> dict[str, bytes]: ...


_REGISTRY: dict[str, Any] = {}
# versioned name → module that registers it (imported on first use, so start-up stays fast)
_MODULES = {
    "nesy.cell.v1": "nesy.domains.cell",
    "nesy.sets.v1": "nesy.domains.sets",
    "nesy.crystal.v1": "nesy.domains.crystal",
    "nesy.astronomy.v1": "nesy.domains.astronomy",
    "nesy.optics.v1": "nesy.domains.optics",
    "nesy.geometry.v1": "nesy.domains.geometry",
    "nesy.mechanics.v1": "nesy.domains.mechanics",
    "nesy.circuits.v1": "nesy.domains.circuits",
    "nesy.automata.v1": "nesy.domains.automata",
    "nesy.microscopy.v1": "nesy.domains.microscopy",
}


def register(name: str) -> Callable[[type], type]:
    """Class decorator: register a domain class under ``name`` (e.g. ``"nesy.cell.v1"``)."""
    def deco(cls: type) -> type:
        _REGISTRY[name] = cls()
        return cls
    return deco


def domain_names() -> list[str]:
    """Versioned names of the domains whose plug-in module is present."""
    import importlib.util
    return sorted(n for n, m in _MODULES.items() if importlib.util.find_spec(m) is not None)


def get_domain(key: str) -> Any:
    """The domain registered as ``key``: a versioned name or its short form ("cell")."""
    name = key if key in _MODULES else f"nesy.{key}.v1"
    if name not in domain_names():
        raise InputError(f"domain must be one of {[n.split('.')[1] for n in domain_names()]}, got {key!r}")
    if name not in _REGISTRY:
        importlib.import_module(_MODULES[name])
        if name not in _REGISTRY:
            raise InputError(f"domain plug-in {_MODULES[name]} did not register {name!r}")
    return _REGISTRY[name]


# one short text per science, for the refusal that lists what nesy draws
EXAMPLES = {
    "astronomy": "the Sun with Mercury, Venus, Earth and Mars",
    "automata": "a DFA with start state q0 and accepting state q1; q0 goes to q1 on a",
    "cell": "a cell with a nucleus and four mitochondria",
    "circuits": "a 9 V battery in series with two 100 Ω resistors",
    "crystal": "the rock salt structure of NaCl with a = 5.64 Å",
    "geometry": "a right triangle with legs 3 cm and 4 cm",
    "mechanics": "a 5 kg block on a 30° frictionless incline",
    "microscopy": "a fluorescence micrograph of 12 nuclei, two touching",
    "optics": "a converging lens of focal length 10 cm, object 25 cm away",
    "sets": "a Venn diagram of sets A and B that overlap",
}
FAST_MIN = 1.0      # the quick word score the cheap detector's choice needs to skip the reading (or CHEAP_FULL)
FAST_RATIO = 0.5    # … with no other science's quick score above this share of it
REFUSE_BELOW = 1.0  # a reading score under this claims nothing
TIE_RATIO = 0.8     # a runner-up within this share of the best: the text is two sciences' at once
CHEAP_WEIGHT = 1.0  # the cheap detector's choice, as evidence: at most this, …
CHEAP_FULL = 0.3    # … reached when its score (a share of the words, or a count of keywords) is this high
ALONE_MIN = 0.75    # a quick score this high, with no word of any other science, claims a text the reading cannot
                    # ("States 1, 2 and 3; 1 is the start, 3 is final. Transitions: …": each word is shared, but
                    # no other science has any); a refusal of the grammar still names what it cannot read


# every science's vocabulary score of the text _cheap last looked at (its runner-up may vote too)
_CHEAP_SCORES: dict[str, float] = {}


def _cheap(text: str) -> tuple[Any, float, bool]:
    """The vocabulary detector: the domain whose ``score`` is highest (ties: first in name order),
    its score, and whether it won only by its ``fallback_score`` (a costly weak guess made only when it could win)."""
    best, best_score = None, 0.0
    fallbacks = []
    _CHEAP_SCORES.clear()
    for name in domain_names():
        d = get_domain(name)
        s = d.score(text)
        _CHEAP_SCORES[d.key] = s
        if s > best_score:
            best, best_score = d, s
        if hasattr(d, "fallback_score"):
            fallbacks.append(d)
    by_fallback = False
    for d in fallbacks:
        if best_score < d.fallback_weight:
            s = d.fallback_score(text)
            if s > best_score:
                best, best_score, by_fallback = d, s, True
    return best, best_score, by_fallback


def _sciences() -> str:
    return ", ".join(f"{k} ({EXAMPLES.get(k, '')})" for k in (n.split(".")[1] for n in domain_names()))


def _read_words(reading: Any, unclaimed: list[str]) -> list[str]:
    """The phrases a refusal names: figure nouns ("bar chart") and mentions no science claims, without
    their leading determiner."""
    from .parse.lexicon import no_content
    lex = no_content()
    out: list[str] = []
    run: list[str] = []
    after_function = False
    for t in list(reading.tokens) + [None]:
        if t is not None and t.kind == "figure" and lex.classify(t.text.lower()) != "function":
            run.append(t.text)
            continue
        if run and after_function:
            out.append(" ".join(run))
        run = []
        after_function = t is not None and (t.kind == "function" or lex.classify(t.text.lower()) == "function")
    for m in unclaimed:
        words = m.split()
        while words and lex.classify(words[0].lower()) == "function":
            words = words[1:]
        if words:
            out.append(" ".join(words))
    return list(dict.fromkeys(out))


_KIND_RX = None


# the least weight of a one-science modifier of a figure noun the science also claims (_figure_kind)
KIND_WEAK = 0.5


def _figure_kind(text: str) -> str | None:
    """The one science whose own kind of figure ``text`` asks for (``_figure_kinds``), else None."""
    found = _figure_kinds(text)
    return next(iter(found)) if len(found) == 1 else None


def _figure_kinds(text: str) -> set[str]:
    """The sciences whose own kind of figure the text asks for: a figure noun ("diagram", "chart", …) with
    the modifier that makes it one science's figure in its concept lexicon ("an Euler diagram of squares,
    rhombuses and quadrilaterals" is a sets figure whose sets are named after shapes; "a state diagram",
    "a free-body diagram"), or a domain's own ``figure_kind`` test ("as nested sets"). One kind decides
    over the words the figure is drawn about; two leave the choice to the words, among them."""
    import re

    from .parse.concepts import FRAMES, concepts
    global _KIND_RX
    if _KIND_RX is None:
        heads = "|".join(sorted(FRAMES | {f + "s" for f in FRAMES} | {"chart", "charts"}, key=len, reverse=True))
        _KIND_RX = re.compile(r"(?i)\b([A-Za-z][\w']*(?:[\s\-][A-Za-z][\w']*)?)[\s\-]+(" + heads + r")\b")
    c = concepts()
    found: set[str] = set()
    for m in _KIND_RX.finditer(text):
        words = re.split(r"[\s\-]+", m.group(1).lower())
        head = m.group(2).lower().rstrip("s") if m.group(2).lower() not in FRAMES else m.group(2).lower()
        for k in range(len(words)):
            # "free-body diagram", then "body diagram"; then the modifier alone: a word one science owns makes
            # the figure that science's ("a fluorescence image of 8 nuclei", "a nuclear stain image")
            cl = c.claims(" ".join(words[k:] + [head])) or c.claims("-".join(words[k:]) + " " + head) \
                or c.claims(" ".join(words[k:]))
            # a modifier one science alone claims, weakly (a word of several senses: "fluorescent"), makes the
            # figure that science's when the figure noun is that science's too ("a fluorescent image")
            strong = [sc for sc, w in cl.items() if w >= 1.0 or (w >= KIND_WEAK and sc in c.claims(head))]
            if len(cl) == 1 and strong:
                found.add(strong[0])
                break
    present = {n.split(".")[1] for n in domain_names()}
    # a science may tell its own kind of figure by how the text speaks of it, whatever the things drawn are
    # named after ("Show this as nested sets: Squares, Rectangles, Quadrilaterals")
    for name in domain_names():
        d = get_domain(name)
        if hasattr(d, "figure_kind") and d.figure_kind(text):
            found.add(d.key)
    return found & present


_FOREIGN_RX = None


def _foreign_kind(text: str) -> tuple[str, str, int, int] | None:
    """The first kind of figure in ``text`` that belongs to a field outside nesy's sciences
    (``grammars/common/foreign_figures.yaml``): its phrase, field and span; None when there is none."""
    import re

    from .resources import load_yaml
    global _FOREIGN_RX
    if _FOREIGN_RX is None:
        figs = load_yaml("grammars", "common/foreign_figures.yaml")["figures"]
        alts = "|".join(re.escape(k).replace(r"\-", "-").replace("–", "-").replace(r"\ ", " ")
                        .replace("-", r"[\s\-–]?").replace(" ", r"[\s\-]+")
                        for k in sorted(figs, key=len, reverse=True))
        _FOREIGN_RX = (re.compile(rf"(?<![\w-])(?:{alts})(?:s|es)?(?![\w-])", re.IGNORECASE),
                       {" ".join(re.split(r"[\s\-–]+", k.lower())): v for k, v in figs.items()})
    rx, fields = _FOREIGN_RX
    m = rx.search(text)
    if m is None:
        return None
    key = " ".join(re.split(r"[\s\-–]+", m.group().lower()))
    field = fields.get(key) or fields.get(key[:-2] if key.endswith("es") else key[:-1], "another field")
    return m.group(), field, m.start(), m.end()


def detect_domain(text: str) -> Any:
    """The science ``text`` is about, by meaning; ``OutOfScopeError`` when none claims it clearly (the
    message lists nesy's sciences with an example each and the words read) or two claim it equally.

    The cheap vocabulary detector (each domain's ``score``) answers alone when a quick look at the
    words agrees with it clearly — nesy's own texts, without loading the parser. Otherwise one shared
    ``read()`` of the text scores every science by its concept lexicon (``grammars/<science>/
    concepts.yaml``: mention heads over modifiers, words one science owns over shared ones, quantities
    by their units), with the cheap detector's choice as one piece of evidence.
    """
    from .errors import OutOfScopeError
    kinds = _figure_kinds(text)
    if len(kinds) == 1:
        return get_domain(next(iter(kinds)))
    dom = _detect_by_words(text)   # refuses, naming the words read, when no science claims the text
    if kinds and dom.key not in kinds:
        # the text asks for the figures of two sciences, and its words choose a third: whatever that one drew
        # would not be the figure asked for
        raise OutOfScopeError(f"this text asks for a figure of {' and of '.join(sorted(kinds))}, and its words read as "
                              f"{dom.key}; pass --domain to choose one", candidates=sorted(kinds))
    foreign = _foreign_kind(text)
    if foreign is not None:
        # a science claims some of the words, but the figure asked for is another field's kind
        phrase, field, a, b = foreign
        raise OutOfScopeError(f"nesy draws: {_sciences()}; '{phrase}' at {a}-{b} is a figure of {field}, which nesy "
                              "does not draw. Rephrase in one of these sciences, or pass --domain to choose one",
                              words=[phrase])
    return dom


def _detect_by_words(text: str) -> Any:
    """``detect_domain`` after the figure-kind check: the cheap detector, then the shared reading."""
    from .errors import OutOfScopeError
    from .parse.concepts import reading_scores, token_scores
    old, old_score, by_fallback = _cheap(text)
    quick: dict[str, float] = {}
    if old is not None:
        if by_fallback:
            return old  # the whole text parsed as named sets and their relations
        quick = token_scores(text)
        top = sorted(quick.values(), reverse=True) + [0.0, 0.0]
        sure = top[0] >= FAST_MIN or old_score >= CHEAP_FULL  # many of its words, or a short text all its own
        if quick.get(old.key, 0.0) == top[0] > 0 and sure and top[1] <= FAST_RATIO * top[0]:
            return old
    from .parse.reading import read
    reading = read(text)
    score, unclaimed = reading_scores(reading)
    if old is not None:
        # a domain's score is a share of the content words (0–1) or a count of keywords (≥ 1). Its vote
        # counts in full only when the words it rests on are its own: a keyword another science shares
        # ("cell": a battery's cell) weighs little in the quick word scores, and so does the vote then
        # ("A simple circuit: one cell, one bulb, one switch" is a circuit)
        # (a science the word lexicon does not score at all keeps its vote: the lexicon is silent on its
        # words, e.g. microscopy's "nuclei touching each other")
        top_quick = max(quick.values(), default=0.0) if quick else 0.0
        cheap = dict(_CHEAP_SCORES)
        # the scores are a share of the words for some sciences and a count of keywords for others, so the
        # highest is no winner over one whose share is full too: a science whose score reaches CHEAP_FULL
        # votes as well when the word lexicon backs it clearly (the top quick score, at least FAST_MIN):
        # "alpha-polonium, the only element with a simple cubic structure" — sets counts "element" as one
        # keyword, crystal reads a third of the words and owns "simple cubic"
        for k, v in cheap.items():
            if k != old.key and v >= CHEAP_FULL and quick.get(k, 0.0) == top_quick >= FAST_MIN:
                score[k] = score.get(k, 0.0) + CHEAP_WEIGHT
        mine = quick.get(old.key, 0.0)
        # (and only against a science whose own words are clearly there: a quick score of FAST_MIN)
        own = 1.0 if top_quick < FAST_MIN or mine <= 0 else min(1.0, mine / (FAST_RATIO * top_quick))
        score[old.key] = score.get(old.key, 0.0) + CHEAP_WEIGHT * min(1.0, old_score / CHEAP_FULL) * own
    present = {n.split(".")[1] for n in domain_names()}
    ranked = sorted(((v, k) for k, v in score.items() if k in present), reverse=True) + [(0.0, "")] * 2
    (best, key), (second, key2) = ranked[0], ranked[1]
    if old is None:
        quick = token_scores(text)   # no science's grammar words at all: what a quick look at the words finds
    q_rank = sorted(quick.values(), reverse=True) + [0.0, 0.0]
    q_key = max(quick, key=lambda k: (quick[k], k)) if quick else ""
    if (best < REFUSE_BELOW and q_key in present
            and (q_rank[0] >= FAST_MIN and q_rank[1] <= FAST_RATIO * q_rank[0]
                 or q_rank[0] >= ALONE_MIN and q_rank[1] == 0.0)):
        # the words a quick look finds are clearly this science's ("a 1.5 V cell connected to a bulb",
        # "a fluorescence microscope picture with fifty nucleus"), though the reading claims little of
        # them (figure nouns claim nothing): its grammar reads the text, or says what it cannot
        return get_domain(q_key)
    if best < REFUSE_BELOW:
        words = _read_words(reading, unclaimed)
        shown = ", ".join(f"'{w if len(w) <= 40 else w[:37] + '...'}'" for w in words[:12])
        more = f" (and {len(words) - 12} more)" if len(words) > 12 else ""
        what = (f"nothing in this text belongs to one of them: {shown}{more}"
                if words else "this text names nothing that belongs to one of them clearly")
        if best > 0:
            what += f" (the closest is {key}, with too few of its words to tell)"
        raise OutOfScopeError(f"nesy draws: {_sciences()}; {what}. Rephrase in one of these sciences, "
                              "or pass --domain to choose one", words=words)
    if second >= TIE_RATIO * best and old is not None and old.key in (key, key2) and old_score >= CHEAP_FULL:
        return old  # a tie the grammar that reads the text surely breaks ("a cell with a flux capacitor")
    if second >= TIE_RATIO * best:
        # two sciences alike, and the vocabulary detector (which knows each grammar) picks neither
        raise OutOfScopeError(f"this text reads as {key} and as {key2} alike (scores {best:.1f} and {second:.1f}); "
                              f"pass --domain {key} or --domain {key2} to choose", candidates=[key, key2])
    return get_domain(key)
