"""Science detection (issue 9): the old vocabulary detector against detection by meaning.

Reports, per SciGenBench dev type, how many items each detector sends to the right science, to a wrong
one, or refuses — on the part tuned on (items whose index is not a multiple of 3) and the held-out part
(every third item, never looked at while tuning); out-of-scope texts (none may get a science); and every
answer that changed on nesy's own texts (benchmarks/suite/*.jsonl, benchmarks/prompts/*.yaml).

    python benchmarks/bench_detect.py [--scigen /work/shared/data/scigenbench-dev.jsonl] [--changes]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TYPES = {"Biology - Cell Diagram": "cell", "Math - Plane Geometric": "geometry", "Math - Set & Probability": "sets",
         "Physics - Astronomical": "astronomy", "Physics - Circuit": "circuits", "Physics - Mechanical": "mechanics",
         "Physics - Optical Ray": "optics"}

# texts about things nesy does not draw, in varied styles: none may be given a science
OUT_OF_SCOPE = [
    "A bar chart of sales",
    "Draw a pie chart of market share by region for 2023.",
    "A line graph of monthly revenue from January to December",
    "a portrait of a woman with a red hat",
    "Paint a landscape with mountains, a lake and pine trees at sunset.",
    "Recipe: mix 200 g flour, 2 eggs and 300 ml milk, then bake for 30 minutes.",
    "A map of Europe showing the capitals of France, Spain and Italy",
    "A weather map with a cold front, a warm front and a low pressure system over Scotland",
    "A login screen mock-up with a username field, a password field and a blue sign-in button",
    "A wireframe of a shopping app: a search bar on top, product cards in a grid, a cart icon",
    "def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)",
    "A flowchart of the hiring process: apply, interview, offer, onboarding",
    "The combustion of methane: CH4 + 2 O2 -> CO2 + 2 H2O, with the enthalpy of reaction",
    "Balance the redox reaction between permanganate and iron(II) in acidic solution",
    "A food web: grass is eaten by rabbits, rabbits by foxes, and foxes by eagles",
    "The life cycle of a butterfly: egg, caterpillar, chrysalis and adult",
    "A family tree with grandparents, parents and three grandchildren",
    "An organisational chart of a company with a CEO, two directors and six managers",
    "A cartoon of a cat chasing a mouse around a kitchen",
    "Draw the logo of a coffee shop with a steaming cup",
    "A timeline of the Roman Empire from Augustus to the fall of Constantinople",
    "The water cycle: evaporation, condensation, precipitation and collection",
    "A floor plan of a two-bedroom apartment with a kitchen and a balcony",
    "How do I centre a div in CSS?",
    "A histogram of the heights of 500 adult men",
    "A sketch of the human heart with its four chambers and valves",
    "A poster for a jazz concert on Friday night",
    "Show the stock price of ACME over the last five years",
    "A mind map about climate change with causes and effects",
    "A subway map with three lines crossing at the central station",
    "The structure of a haiku poem about autumn leaves",
    "A football pitch with 22 players in a 4-4-2 formation",
    "the tectonic plates of the Pacific ring of fire with volcanoes",
    "Write a SQL query that joins the orders table with customers",
    "A diagram of the digestive system: mouth, stomach and intestines",
]


def _nesy_texts() -> list[tuple[str, str, str]]:
    """(source, domain it belongs to, text) for every text of nesy's suites and prompt files."""
    out = []
    for f in sorted((ROOT / "benchmarks" / "suite").glob("*.jsonl")):
        for line in f.read_text().splitlines():
            if line.strip():
                d = json.loads(line)
                out.append((f"{f.name}:{d['id']}", d["domain"], d["text"]))
    for f in sorted((ROOT / "benchmarks" / "prompts").glob("*.yaml")):
        for i, item in enumerate(yaml.safe_load(f.read_text())):
            out.append((f"{f.name}:{i}", f.stem, item["text"]))
    return out


def _answer(fn, text: str) -> str:
    from nesy.errors import NesyError
    try:
        return fn(text).key
    except NesyError as e:
        return "refused" + (f"({'/'.join(e.candidates)})" if getattr(e, "candidates", None) else "")


def _old(text: str):
    from nesy.errors import InputError
    from nesy.registry import _cheap
    d, _, _ = _cheap(text)
    if d is None:
        raise InputError("no science")
    return d


def _matrix(rows, fn) -> dict[str, Counter]:
    m: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        want = TYPES[r["type"]]
        got = _answer(fn, r["q"])
        m[want]["right" if got == want else "refused" if got.startswith("refused") else "wrong"] += 1
        if got != want and not got.startswith("refused"):
            m[want]["wrong:" + got] += 1
    return m


def _show(title: str, m: dict[str, Counter]) -> None:
    print(f"\n{title}\n| science | items | right | wrong science | refused |\n|---|---|---|---|---|")
    tot = Counter()
    for k in sorted(m):
        c = m[k]
        n = c["right"] + c["wrong"] + c["refused"]
        wrong = ", ".join(f"{x.split(':')[1]} {v}" for x, v in sorted(c.items()) if x.startswith("wrong:"))
        print(f"| {k} | {n} | {c['right']} | {c['wrong']}{' (' + wrong + ')' if wrong else ''} | {c['refused']} |")
        tot.update({"n": n, "right": c["right"], "wrong": c["wrong"], "refused": c["refused"]})
    print(f"| **all** | {tot['n']} | {tot['right']} | {tot['wrong']} | {tot['refused']} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scigen", default="/work/shared/data/scigenbench-dev.jsonl")
    ap.add_argument("--changes", action="store_true", help="also run nesy's own texts and list changed answers")
    args = ap.parse_args()
    from nesy.registry import detect_domain
    rows = [json.loads(x) for x in Path(args.scigen).read_text().splitlines() if x.strip()]
    tuned = [r for i, r in enumerate(rows) if i % 3]
    held = [r for i, r in enumerate(rows) if i % 3 == 0]
    for name, part in (("tuned part (index % 3 != 0)", tuned), ("held-out part (every third item)", held)):
        _show(f"SciGenBench dev, {name}, before (vocabulary detector)", _matrix(part, _old))
        t = time.perf_counter()
        _show(f"SciGenBench dev, {name}, after (detection by meaning)", _matrix(part, detect_domain))
        print(f"({(time.perf_counter() - t) / len(part) * 1000:.0f} ms per item)")
    print("\nOut-of-scope texts (none may get a science):")
    assigned = []
    for t in OUT_OF_SCOPE:
        old, new = _answer(_old, t), _answer(detect_domain, t)
        if not new.startswith("refused"):
            assigned.append((t, new))
        print(f"- before {old:10s} after {new:10s} | {t}")
    print(f"out of scope: {len(OUT_OF_SCOPE)} texts; before {sum(not _answer(_old, t).startswith('refused') for t in OUT_OF_SCOPE)}"
          f" given a science, after {len(assigned)}")
    if args.changes:
        changed = []
        texts = _nesy_texts()
        for src, dom, text in texts:
            old, new = _answer(_old, text), _answer(detect_domain, text)
            if old != new:
                changed.append((src, dom, old, new, text))
        print(f"\nnesy's own texts: {len(texts)}; changed answers: {len(changed)}")
        for src, dom, old, new, text in changed:
            print(f"- {src} (belongs to {dom}): {old} -> {new} | {text[:120]}")


if __name__ == "__main__":
    main()
