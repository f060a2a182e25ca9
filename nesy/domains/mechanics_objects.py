"""The body of a free-body diagram named by any concrete noun: "a 250 g bird feeder", "a 70 kg skydiver", "an
apple of mass 0.5 kg".

A free-body diagram draws one body whatever it is (Halliday, Resnick & Walker, *Fundamentals of Physics*, 10th
ed., §5-7: the body is isolated and drawn as a dot or a box); the grammar's ``bodies`` list names the common
ones, and any other concrete noun in the place of the body is the body too. That place is structural: the noun
phrase right after the body's mass ("a 250 g bird feeder hangs …") or right before "of mass", "with a mass of",
"(mass …)" ("an apple of mass 0.5 kg"). What may stand there is a noun WordNet files under *object, physical
object* (synset 00002684-n: "a tangible and visible entity; an entity that can cast a shadow" — artifacts,
people, animals, natural objects): ``grammars/mechanics/objects.txt.gz``, one lower-case lemma a line (common
nouns only; proper names and lemmas with digits left out), derived by::

    python -m nesy.domains.mechanics_objects [path/to/open-english-wordnet.tar.xz]

from Open English WordNet (2025+ edition, commit d94538a; CC BY 4.0 and the WordNet licence,
``grammars/common/open-english-wordnet.LICENSE.md``). Nothing reads WordNet at run time. A later mention of
the head noun ("draw the forces on the feeder") is the same body.
"""
from __future__ import annotations

import functools
import gzip
import re
import sys
from pathlib import Path
from typing import Any

__all__ = ["object_nouns", "body_phrases", "derive", "OBJECT_SYNSET", "OBJECTS_FILE"]

OBJECT_SYNSET = "00002684-n"          # object, physical object
OBJECTS_FILE = "mechanics/objects.txt.gz"


@functools.lru_cache(maxsize=1)
def object_nouns() -> frozenset[str]:
    """The lemmas (lower case, multi-word with one space) of WordNet's physical objects."""
    from ..resources import data_dir
    with gzip.open(data_dir("grammars") / OBJECTS_FILE, "rt", encoding="utf-8") as fh:
        return frozenset(w.strip() for w in fh if w.strip())


_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_OF_MASS = re.compile(r"(?i)^\s*(?:of\s+(?:mass|weight)|with\s+(?:a\s+)?mass\s+of|\(\s*(?:mass|m)\b|weighing|"
                      r"that\s+(?:has\s+a\s+mass\s+of|weighs))")


def _plural(w: str, nouns: frozenset[str]) -> str | None:
    if w in nouns:
        return w
    for suf, rep in (("ies", "y"), ("es", ""), ("s", "")):
        if w.endswith(suf) and w[: len(w) - len(suf)] + rep in nouns:
            return w[: len(w) - len(suf)] + rep
    return None


def body_phrases(t: str, masses: list[Any], used: Any) -> list[tuple[int, int]]:
    """(start, end) in ``t`` of the noun phrases that name the body — after its mass or before "of mass" — and
    of each later mention of that phrase's head noun, where no claim reads those characters yet (``used``)."""
    nouns = object_nouns()
    out: list[tuple[int, int]] = []
    heads: set[str] = set()
    for c in masses:
        # after the mass: up to three words, the longest run that is a WordNet object ("bird feeder")
        ws = [m for m in _WORD.finditer(t, c.end, min(len(t), c.end + 60))]
        ws = [m for m in ws if not re.search(r"[.;:,!?()]", t[c.end:m.start()])][:3]
        if ws and re.fullmatch(r"[\s-]*", t[c.end:ws[0].start()]) and not used[ws[0].start():ws[0].end()].any():
            for k in range(len(ws), 0, -1):
                run = ws[:k]
                if any(not re.fullmatch(r"\s+", t[a.end():b.start()]) for a, b in zip(run, run[1:])):
                    continue
                phrase = " ".join(m.group(0).lower() for m in run)
                head = _plural(run[-1].group(0).lower(), nouns)
                if (phrase in nouns or (k == 1 and head)) and not used[run[0].start():run[-1].end()].any():
                    out.append((run[0].start(), run[-1].end()))
                    heads.add(run[-1].group(0).lower())
                    break
        # before "of mass …": the noun just before the lead ("an apple of mass 0.5 kg")
        lo = max(0, c.start - 40)
        lead = None
        for m in re.finditer(r"(?i)(?:of\s+(?:mass|weight)|with\s+(?:a\s+)?mass\s+of|\(\s*(?:mass|m)\s*=?|weighing)"
                             r"\s*$", t[lo:c.start]):
            lead = lo + m.start()
        if lead is not None:
            m = re.search(r"([a-z]+)\s*$", t[max(0, lead - 30):lead])
            if m:
                s_ = max(0, lead - 30) + m.start(1)
                e_ = s_ + len(m.group(1))
                if _plural(m.group(1).lower(), nouns) and not used[s_:e_].any():
                    out.append((s_, e_))
                    heads.add(m.group(1).lower())
    for h in heads:
        for m in re.finditer(r"(?i)(?<![\w-])" + re.escape(h) + r"(?![\w-])", t):
            if not used[m.start():m.end()].any() and not any(a <= m.start() < b for a, b in out):
                out.append((m.start(), m.end()))
    return sorted(out)


def derive(tarball: Path | None = None, out_dir: Path | None = None) -> Path:
    """Write ``objects.txt.gz``: the common-noun lemmas of WordNet's physical objects (all hyponyms of
    ``OBJECT_SYNSET``)."""
    from ..parse.lexicon import read_wordnet
    from ..resources import data_dir
    syn, _ = read_wordnet(tarball, ("noun",))
    kids: dict[str, list[str]] = {}
    for sid, s in syn.items():
        for h in s.get("hypernym", []):
            kids.setdefault(h, []).append(sid)
    seen: set[str] = set()
    stack = [OBJECT_SYNSET]
    while stack:
        x = stack.pop()
        if x not in seen:
            seen.add(x)
            stack += kids.get(x, [])
    words = sorted({m.lower() for sid in seen for m in syn[sid].get("members", [])
                    if not m[:1].isupper() and not any(ch.isdigit() for ch in m)})
    out = (Path(out_dir) if out_dir else data_dir("grammars")) / OBJECTS_FILE
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:   # byte-stable
        fh.write(("\n".join(words) + "\n").encode("utf-8"))
    return out


if __name__ == "__main__":
    print(derive(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
