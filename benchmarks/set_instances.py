"""Random set-diagram instances for benchmarking nesy against Penrose.

An instance is ``n`` sets ``S1..Sn`` forming a random forest of subset relations plus a few explicit
"disjoint" relations between siblings. Semantics shared by both engines: a set is drawn inside its
parent (and so inside every ancestor); any two sets not related by (transitive) subset are drawn
apart (disjoint circles/regions).

    python3 benchmarks/set_instances.py [N] [SEED] [--text]   # prints one instance as JSON (or English)
"""

from __future__ import annotations

import json
import random
import sys

MAX_DEPTH = 4  # at most 4 levels of nesting: a root is level 1
ROOT_PROB = 0.5


def random_forest(n: int, seed: int) -> dict:
    """A deterministic random instance with ``n`` sets (see the module docstring)."""
    rng = random.Random(seed)
    sets = [f"S{i}" for i in range(1, n + 1)]
    parent: dict[str, str | None] = {}
    level: dict[str, int] = {}
    subset: list[list[str]] = []
    for i, s in enumerate(sets):
        candidates = [p for p in sets[:i] if level[p] < MAX_DEPTH]
        if not candidates or rng.random() < ROOT_PROB:
            parent[s], level[s] = None, 1
        else:
            p = rng.choice(candidates)
            parent[s], level[s] = p, level[p] + 1
            subset.append([s, p])
    siblings = [[a, b] for i, a in enumerate(sets) for b in sets[i + 1:] if parent[a] == parent[b]]
    k = min(len(siblings), max(1, n // 4)) if n >= 2 else 0
    disjoint = sorted(rng.sample(siblings, k), key=lambda ab: (int(ab[0][1:]), int(ab[1][1:])))
    return {"n": n, "seed": seed, "sets": sets, "subset": subset, "disjoint": disjoint}


def to_text(inst: dict) -> str:
    """The instance as English for the nesy parser: one sentence per relation.

    Sets with no relation at all are introduced by one closing sentence ("Set S4." or
    "S4, S5 and S8 are sets.") so that every set is mentioned. ("S4 is a set." is avoided: the nesy
    parser reads "a set" there as a second, anonymous set.)
    """
    sentences = [f"{c} is a subset of {p}." for c, p in inst["subset"]]
    sentences += [f"{a} and {b} are disjoint." for a, b in inst["disjoint"]]
    mentioned = {x for rel in inst["subset"] + inst["disjoint"] for x in rel}
    lone = [s for s in inst["sets"] if s not in mentioned]
    if len(lone) == 1:
        sentences.append(f"Set {lone[0]}.")
    elif lone:
        sentences.append(f"{', '.join(lone[:-1])} and {lone[-1]} are sets.")
    return " ".join(sentences)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 10
    seed = int(args[1]) if len(args) > 1 else 0
    inst = random_forest(n, seed)
    print(to_text(inst) if "--text" in sys.argv else json.dumps(inst))
