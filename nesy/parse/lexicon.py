"""The words that carry no content for a figure, in classes — and the script that derives them.

A text asking for a figure is full of words nesy must account for but not draw: *function* words
("the", "of", "which"), *figure* words ("draw", "depict", "labelled", "diagram") and *question/task*
words ("calculate", "determine", "what is", "how many", "assume", "given"). ``no_content()`` loads
them from ``grammars/common/no_content.yaml`` and ``classify(lemma)`` names a word's class.

The figure and question verbs and nouns come from Open English WordNet (2025+ edition, commit d94538a;
CC BY 4.0 and the WordNet licence, shipped as ``grammars/common/open-english-wordnet.LICENSE.md``):
the members of the seed synsets below and, where a seed says so, of their direct hyponyms, less the
words a science draws (``EXCLUDE``: "image" is an optics concept, "reflection" an optics process,
"plan" and "map" are things one draws). Function words and question phrases are closed classes that
WordNet does not hold; they are listed by hand (``HAND``). Derive with::

    python -m nesy.parse.lexicon [path/to/open-english-wordnet.tar.xz]

which extracts the tarball to a temporary folder, writes the YAML and copies the licence. Nothing
reads ``../shared`` at run time.
"""
from __future__ import annotations

import functools
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["NoContent", "no_content", "derive", "SEEDS", "EXCLUDE", "HAND", "CLASSES", "LEXICON_FILE", "people",
           "documents", "ROLES_FILE", "PERSON"]

LEXICON_FILE = "common/no_content.yaml"
LICENSE_FILE = "common/open-english-wordnet.LICENSE.md"
# words for people ("visitors", "readers", "kids", "the stencil cutter") and for documents ("rubric", "brief",
# "caption"): who a figure is for, who speaks, what the request is written in — never what the figure shows
# (nesy.parse.chat)
ROLES_FILE = "common/roles.yaml"
PERSON = ("00007846-n", "person, individual, someone, somebody: an individual with personhood")
CLASSES = ("function", "figure", "question")
WORDNET = Path(__file__).resolve().parents[3] / "shared" / "data" / "open-english-wordnet.tar.xz"
WORDNET_COMMIT = "d94538a"

# (class, synset id, gloss for the reader, take direct hyponyms too)
SEEDS: tuple[tuple[str, str, str, bool], ...] = (
    ("figure", "01694189-v", "draw: represent by making a drawing of", True),
    ("figure", "01690851-v", "picture, depict, render, show: show in, or as in, a picture", True),
    ("figure", "01692151-v", "portray, depict, limn: make a portrait of", False),
    ("figure", "01701523-v", "sketch, chalk out: make a sketch of", False),
    ("figure", "01691296-v", "illustrate: depict with an illustration", False),
    ("figure", "01031885-v", "label: assign a label to; designate with a label", False),
    ("figure", "01591414-v", "tag, label, mark: attach a tag or label to", False),
    ("figure", "01690027-v", "represent, interpret: create an image or likeness of", True),
    ("figure", "01697348-v", "diagram, plot: make a schematic or technical drawing", True),
    ("figure", "00712751-v", "plot: make a plot of", False),
    ("figure", "01693274-v", "delineate, limn, outline: trace the shape of", False),
    ("figure", "02141597-v", "show: make visible or noticeable", False),
    ("figure", "00837915-v", "symbolize, stand for, represent: express indirectly by an image", False),
    ("figure", "07012307-n", "figure, fig: a diagram or picture illustrating textual material", False),
    ("figure", "03191083-n", "diagram: a drawing intended to explain how something works", True),
    ("figure", "03937282-n", "picture, image: a visual representation", False),
    ("figure", "03566525-n", "illustration: a visual representation used to make something clear", False),
    ("figure", "07011893-n", "illustration: artwork that helps make something clear", False),
    ("figure", "03239009-n", "drawing: a representation of forms or objects on a surface by lines", True),
    ("figure", "04234206-n", "sketch, study: preliminary drawing", False),
    ("figure", "04152643-n", "schematic: diagram of an electrical or mechanical system", True),
    ("figure", "07286877-n", "label: an identifying or descriptive marker", False),
    ("question", "00638921-v", "calculate, compute, work out, reckon, figure: make a calculation", True),
    ("question", "00920843-v", "determine, find, find out, ascertain: establish after a calculation", False),
    ("question", "00674352-v", "estimate, gauge, approximate, guess: judge tentatively", True),
    ("question", "00941308-v", "explain, explicate: make plain and comprehensible", True),
    ("question", "00633898-v", "assume, presume, take for granted", True),
    ("question", "00683348-v", "measure, evaluate, assess, appraise", False),
    ("question", "00638236-v", "deduce, infer, derive: establish by deduction", True),
    ("question", "00636568-v", "solve, work out, figure out: find the solution", False),
    ("question", "00735067-v", "resolve, solve: find the solution", False),
    ("question", "00919743-v", "predict, foretell: make a prediction about", False),
    ("question", "00654571-v", "compare: examine and note the similarities or differences", False),
    ("question", "00667548-v", "prove: demonstrate by a mathematical, formal proof", False),
    ("question", "00666706-v", "prove, demonstrate, establish, show: establish the validity", False),
    ("question", "00620568-v", "identify: recognize as being; establish the identity", False),
    ("question", "01063503-v", "express, state: indicate through a symbol, formula", False),
    ("question", "00967067-v", "report, describe, account: give an account in words", False),
    ("question", "02242867-v", "obtain: come into possession of", False),
)

# Words WordNet puts in those synsets that a science draws or reads as content, or that are too
# general to skip ("make", "give"): never no-content.
EXCLUDE = frozenset({
    "image", "icon", "ikon", "reflection", "reflexion", "plan", "architectural plan", "map", "model", "mock up",
    "capture", "present", "profile", "silhouette", "plate", "inset", "transparency", "scan", "CAT scan",
    "panorama", "cyclorama", "diorama", "design", "study", "draft", "check", "checker", "chequer", "rule",
    "divide", "integrate", "differentiate", "multiply", "subtract", "add", "add together", "deduct",
    "take off", "contain", "count", "number", "locate", "situate", "place", "put", "set", "make", "give",
    "carry", "separate", "distinguish", "tell", "point", "trace", "tracing", "project", "shade", "fill in",
    "contour", "lipstick", "horoscope", "zodiac", "factor", "factor in", "factor out", "extract", "process",
    "fraction", "average", "average out", "quantize", "quantise", "capitalize", "capitalise", "budget",
    "survey", "resolve", "charcoal", "pencil", "chalk", "crayon", "cartoon", "paint", "reckon", "figure",
    "render", "plat", "interpret", "rede", "shine", "comment", "naturalize", "account", "report", "value",
    "valuate", "measure", "limn", "state", "deduct", "work", "stick figure", "likeness", "semblance",
    "graphic", "computer graphic", "iconography", "bitmap", "electronic image", "collage", "montage",
    "foil", "chiaroscuro", "sonogram", "echogram", "fitspo", "scribble", "scrabble", "silverpoint",
    "pen-and-ink", "delineation", "stylize", "stylise", "conventionalize", "sensualize", "carnalize",
    "animalize", "animalise", "check", "cipher", "cypher", "tag", "mark", "rendering", "call", "lick",
    "promise", "forebode", "anticipate",
})

# Closed classes WordNet does not hold, written by hand. Lemmas, lower case; phrases with spaces.
HAND: dict[str, tuple[str, ...]] = {
    "function": (
        # Latin abbreviations that join a restatement or an example ("B2, i.e. CsCl-type")
        "i.e", "i.e.", "e.g", "e.g.", "viz", "viz.",
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "either", "neither",
        "another", "other", "such", "own", "same", "its", "it", "they", "them", "their", "theirs", "he", "him",
        "his", "she", "her", "hers", "we", "us", "our", "you", "your", "i", "me", "my", "one", "ones", "itself",
        "themselves", "which", "who", "whom", "whose", "what", "that", "of", "to", "for", "by", "with", "from",
        "as", "than", "at", "in", "on", "into", "onto", "upon", "about", "and", "or", "but", "nor", "so", "yet",
        "also", "too", "then", "thus", "hence", "therefore", "however", "while", "whereas", "though", "although", "because", "since",
        "if", "when", "where", "whether", "be", "is", "are", "was", "were", "been", "being", "am", "have", "has",
        "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "not", "no", "n't", "there", "here", "very", "quite", "just", "only", "even", "still", "already",
        "respectively", "both", "all", "such", "etc", "e.g.", "i.e.", "'s", "'", "let", "please", "kindly",
        "now", "again", "well", "much", "many", "more", "most", "less", "least", "few", "several", "none",
        # interjections and chat shorthand around a request ("yo so my little brother …", "ugh my lab partner …",
        # "… 3 copies lol", "can u make it"): they carry nothing of the figure
        "yo", "lol", "lmao", "ugh", "omg", "haha", "hehe", "btw", "fyi", "tbh", "idk", "welp", "yay",
    ),
    "figure": (
        "labelled", "labeled", "labelling", "labeling", "annotate", "annotation", "visualize", "visualise",
        "display", "exhibit", "highlight", "indicate", "scheme", "schematically", "panel", "caption",
        "legend", "clearly", "neatly", "accurately", "not to scale", "to scale", "textbook",
        "depiction", "representation", "visual", "view", "drawing", "style", "figure",
        # the task of making the figure ("design a DFA", "generate a micrograph", "construct the diagram")
        "design", "construct", "generate", "create", "produce", "render",
        # what a figure gives its reader ("information about the cell")
        "information",
        # how faithful or general the figure is ("a generic animal cell", "a simplified circuit")
        "generic", "simplified", "idealised", "idealized", "representative", "stylised", "stylized",
        # what the figure is for and who reads it ("for my Year 9 class", "a fake image for testing")
        # (not "slide", "grade" or "year": a block slides, a road's grade, a period of 2 years)
        "lesson", "lecture", "worksheet", "homework", "handout", "exam",
        # a marking guide's own words ("Marking guide, Q2(b).", "the model answer", "Accept circles or ovals")
        "marking guide", "marking scheme", "mark scheme", "model answer", "candidates", "award",
        "quiz", "fake", "synthetic", "simulated", "dummy", "test", "testing", "ground truth", "ground-truth",
        # a figure made again after feedback ("draw the corrected free-body diagram", "the revised schematic")
        "corrected", "revised", "amended", "redraw",
        # the description the figure is made from ("Render this cell spec as a figure: {…}")
        "spec", "specs", "specification",
    ),
    "question": (
        "what", "which", "how", "why", "what is", "what are", "what was", "what will", "how many", "how much",
        "how far", "how long", "how fast", "how big", "how large", "how high", "how does", "how do", "given",
        "suppose", "consider", "imagine", "assuming", "answer", "question", "problem", "approximately",
        "roughly", "nearly", "following", "use", "using", "need", "required", "require", "find", "calculate",
        "determine", "compute", "result", "resulting", "value", "expression", "formula", "equation",
        "neglect", "ignore", "round", "nearest", "significant figure", "significant figures", "decimal place",
        "decimal places", "part", "step", "show that", "in terms of", "express", "sketch", "also",
        # a hedge before a value ("ribosomes (say 10 of them)") or a task ("say how many atoms")
        "say",
    ),
}


@dataclass(frozen=True)
class NoContent:
    """The no-content lexicon: ``words[class]`` single lemmas, ``phrases[class]`` multi-word
    phrases (tuples of lower-case words)."""
    words: dict[str, frozenset[str]]
    phrases: dict[str, tuple[tuple[str, ...], ...]]

    def classify(self, lemma: str, lower: str = "") -> str | None:
        """The class of a word (its lemma, or its lower-case form) or ``None``. Figure words win over
        question words ("show"), both over function words."""
        for cls in ("figure", "question", "function"):
            ws = self.words.get(cls, frozenset())
            if lemma.lower() in ws or (lower and lower in ws):
                return cls
        return None

    def phrase_at(self, lowers: list[str], i: int) -> tuple[str, int] | None:
        """The longest multi-word phrase starting at ``lowers[i]``: (class, length)."""
        best = None
        if i >= len(lowers):
            return None
        # the first word inflected as well: "worked out", "figuring out" read as "work out", "figure out"
        from .lemmas import lemma_table
        heads = {lowers[i], lemma_table().get(lowers[i], lowers[i]).lower()}
        for cls in ("figure", "question", "function"):
            for p in self.phrases.get(cls, ()):
                n = len(p)
                if n > 1 and p[0] in heads and tuple(lowers[i + 1:i + n]) == p[1:] and (best is None or n > best[1]):
                    best = (cls, n)
        return best


@functools.lru_cache(maxsize=1)
def no_content() -> NoContent:
    """The lexicon, loaded once from ``grammars/common/no_content.yaml``."""
    from ..resources import load_yaml
    d = load_yaml("grammars", LEXICON_FILE)
    words, phrases = {}, {}
    for cls in CLASSES:
        entries = [str(w).lower() for w in d["classes"][cls]]
        words[cls] = frozenset(w for w in entries if " " not in w)
        phrases[cls] = tuple(sorted({tuple(w.split()) for w in entries if " " in w}, key=len, reverse=True))
    return NoContent(words, phrases)


# ---------------------------------------------------------------------------------------------
# derivation (a development tool: reads the WordNet tarball, writes grammars/common/)

def read_wordnet(tarball: Path | None = None, parts: tuple[str, ...] = ("verb", "noun")) -> tuple[dict[str, dict], str]:
    """The synsets of the Open English WordNet tarball's ``src/yaml/<part>.*.yaml`` files (by id) and its
    licence text, read from a temporary extraction (a development tool: nothing reads it at run time)."""
    import yaml
    src = Path(tarball) if tarball else WORDNET
    if not src.is_file():
        raise SystemExit(f"Open English WordNet tarball not found: {src}")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(src, "r:xz") as tf:
            tf.extractall(tmp, filter="data")
        ydir = next(Path(tmp).rglob("src/yaml"))
        for f in sorted(ydir.glob("*.yaml")):
            if f.name.split(".")[0] in parts:
                with open(f, encoding="utf-8") as fh:
                    out.update(yaml.load(fh, Loader=loader))  # noqa: S506 - a safe loader
        licence = next(Path(tmp).rglob("LICENSE.md")).read_text(encoding="utf-8")
    return out, licence


def derive(tarball: Path | None = None, out_dir: Path | None = None) -> Path:
    """Write ``no_content.yaml`` and the WordNet licence from the Open English WordNet tarball."""
    from ..resources import data_dir
    out = Path(out_dir) if out_dir else data_dir("grammars")
    syn, licence = read_wordnet(tarball)
    (out / LICENSE_FILE).write_text(licence, encoding="utf-8")
    hyponyms: dict[str, list[str]] = {}
    for sid, s in syn.items():
        for h in s.get("hypernym", []):
            hyponyms.setdefault(h, []).append(sid)
    classes: dict[str, set[str]] = {c: set() for c in CLASSES}
    provenance: dict[str, list[str]] = {c: [] for c in CLASSES}
    for cls, sid, gloss, hypo in SEEDS:
        if sid not in syn:
            raise SystemExit(f"seed synset {sid} ({gloss}) not in this WordNet")
        ids = [sid] + (hyponyms.get(sid, []) if hypo else [])
        for i in ids:
            for m in syn[i].get("members", []):
                if m not in EXCLUDE and m.lower() not in EXCLUDE:
                    classes[cls].add(m.lower())
        provenance[cls].append(f"{sid} ({gloss}){' + direct hyponyms' if hypo else ''}")
    for cls, ws in HAND.items():
        classes[cls].update(w.lower() for w in ws)
    lines = [
        "# Words with no content for a figure, in classes. GENERATED by `python -m nesy.parse.lexicon`;",
        "# edit SEEDS/EXCLUDE/HAND in nesy/parse/lexicon.py, not this file.",
        "# figure/question verbs and nouns: Open English WordNet (github globalwordnet/english-wordnet, commit",
        f"# {WORDNET_COMMIT}), CC BY 4.0 + WordNet licence: see open-english-wordnet.LICENSE.md beside this file.",
        "# function words and the hand-written entries: nesy (lexicon.HAND).",
        "source:",
    ]
    for cls in CLASSES:
        for p in provenance[cls]:
            lines.append(f"  - {_q(cls + ': ' + p)}")
    lines.append("classes:")
    for cls in CLASSES:
        lines.append(f"  {cls}:")
        for w in sorted(classes[cls]):
            lines.append(f"    - {_q(w)}")
    path = out / LEXICON_FILE
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    derive_roles(tarball, out)
    return path


def derive_roles(tarball: Path | None, out: Path) -> Path:
    """Write ``roles.yaml``: single-word nouns at least half of whose WordNet senses are people (the
    hyponyms of ``PERSON``, at any depth) and those at least half of whose senses are in WordNet's
    communication lexicographer file (``noun.communication``: "rubric", "brief", "caption", "text")."""
    import yaml
    src = Path(tarball) if tarball else WORDNET
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    syn: dict[str, dict] = {}
    lexfile: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(src, "r:xz") as tf:
            tf.extractall(tmp, filter="data")
        for f in sorted(next(Path(tmp).rglob("src/yaml")).glob("noun.*.yaml")):
            with open(f, encoding="utf-8") as fh:
                d = yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader
            syn.update(d)
            lexfile.update({k: f.name.split(".")[1] for k in d})
    hyponyms: dict[str, list[str]] = {}
    for sid, s in syn.items():
        for h in s.get("hypernym", []):
            hyponyms.setdefault(h, []).append(sid)
    person, stack = set(), [PERSON[0]]
    while stack:
        x = stack.pop()
        if x not in person:
            person.add(x)
            stack.extend(hyponyms.get(x, []))
    senses: dict[str, list[str]] = {}
    for sid, s in syn.items():
        for m in s.get("members", []):
            senses.setdefault(m.lower(), []).append(sid)
    single = {w: ss for w, ss in senses.items() if " " not in w and w.isascii()}
    people_ = sorted(w for w, ss in single.items() if 2 * sum(x in person for x in ss) >= len(ss))
    documents = sorted(w for w, ss in single.items() if 2 * sum(lexfile[x] == "communication" for x in ss) >= len(ss))
    lines = ["# Nouns for roles around a figure, GENERATED by `python -m nesy.parse.lexicon` (derive_roles); do not edit.",
             f"# From Open English WordNet, commit {WORDNET_COMMIT}, CC BY 4.0 + WordNet licence: see",
             "# open-english-wordnet.LICENSE.md beside this file. Read by nesy.parse.chat. Single words only.",
             f"# people: nouns at least half of whose senses are hyponyms (any depth) of {PERSON[0]} ({PERSON[1]}).",
             "# documents: nouns at least half of whose senses are in the lexicographer file noun.communication.",
             "people:"] + [f"  - {_q(w)}" for w in people_] + ["documents:"] + [f"  - {_q(w)}" for w in documents]
    path = out / ROLES_FILE
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@functools.lru_cache(maxsize=1)
def _roles() -> dict[str, frozenset[str]]:
    from ..resources import load_yaml
    d = load_yaml("grammars", ROLES_FILE)
    return {k: frozenset(str(w).lower() for w in d[k]) for k in ("people", "documents")}


def people() -> frozenset[str]:
    """The nouns for people (``grammars/common/roles.yaml``), lower case."""
    return _roles()["people"]


def documents() -> frozenset[str]:
    """The nouns for written communication (``grammars/common/roles.yaml``): "rubric", "brief", "caption"."""
    return _roles()["documents"]


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    p = derive(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(f"wrote {p}")
