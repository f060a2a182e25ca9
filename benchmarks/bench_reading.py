"""Coverage of the generic reading (issue 9): how much of real texts ``nesy.parse.reading.read`` accounts for.

For every SciGenBench dev text (``q``) and every prompt of nesy's own suites (``benchmarks/prompts/``,
``benchmarks/suite/``) it reports the share of tokens that are content (mention, quantity, relation),
no content (function, figure or question word) or not understood; on SciGenBench also how many of the
quantities written inside ``{eq}`` markup were found; and the speed. These are *coverage* numbers:
a token counted as content may still be read wrongly (see the hand check in RESULTS.md).

    python benchmarks/bench_reading.py [--scigen PATH] [--json OUT] [--show N] [--weights DIR]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCIGEN = ROOT.parent / "shared" / "data" / "scigenbench-dev.jsonl"


def suite_texts() -> dict[str, list[str]]:
    import yaml
    out: dict[str, list[str]] = {"prompts": [], "suite": []}
    for f in sorted((ROOT / "benchmarks" / "prompts").glob("*.yaml")):
        for item in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            if isinstance(item, dict) and item.get("text"):
                out["prompts"].append(str(item["text"]))
    seen = set()
    for f in sorted((ROOT / "benchmarks" / "suite").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                t = json.loads(line).get("text")
                if t and t not in seen:
                    seen.add(t)
                    out["suite"].append(t)
    return out


_EQ = re.compile(r"\{eq\}(.*?)\{/eq\}", re.S)


def eq_regions(items: list[dict]) -> dict[str, int]:
    """{eq} regions that hold a digit, and how many of them a found quantity overlaps. (Which of them
    *should* hold a quantity is a hand judgement: see RESULTS.md.)"""
    from nesy.parse.quantities import find_quantities
    with_digit = overlapped = 0
    for x in items:
        qs = find_quantities(x["q"])
        for m in _EQ.finditer(x["q"]):
            if not re.search(r"\d", m.group(1)):
                continue
            with_digit += 1
            a, b = m.span()
            overlapped += any(q.span[0] < b and q.span[1] > a for q in qs)
    return {"eq_regions_with_digit": with_digit, "eq_regions_with_quantity_found": overlapped}


def run(texts: list[str], name: str, show: int = 0) -> dict:
    from nesy.parse.reading import read
    cov = Counter()
    why = Counter()
    n_q = n_m = n_r = 0
    t0 = time.perf_counter()
    readings = []
    for t in texts:
        r = read(t)
        readings.append(r)
        c = r.coverage()
        for k in ("content", "no-content", "not-understood"):
            cov[k] += c[k]
        for x in r.not_understood:
            why[x.why] += 1
        n_q += len(r.quantities)
        n_m += len(r.mentions)
        n_r += len(r.relations)
    dt = time.perf_counter() - t0
    total = sum(cov.values()) or 1
    res = {"set": name, "texts": len(texts), "tokens": total,
           "content": cov["content"] / total, "no_content": cov["no-content"] / total,
           "not_understood": cov["not-understood"] / total, "mentions": n_m, "quantities": n_q,
           "relations": n_r, "seconds": dt, "texts_per_s": len(texts) / dt if dt else 0.0,
           "not_understood_why": dict(why.most_common())}
    for r in readings[:show]:
        print("\n##", r.text[:200].replace("\n", " "))
        for m in r.mentions:
            print("  M", m.id, m.head, repr(m.text), m.count, m.name, m.quantities, m.refers_to)
        for q in r.quantities:
            print("  Q", q.text, "→", q.value, q.unit)
        for x in r.relations:
            print("  R", x.subject, x.predicate, x.object, "NEG" if x.negated else "")
        print("  not understood:", [(n.text, n.span) for n in r.not_understood])
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scigen", default=str(SCIGEN))
    ap.add_argument("--json", default="")
    ap.add_argument("--show", type=int, default=0, help="print the readings of the first N texts of each set")
    ap.add_argument("--weights", default="", help="read with the language pipeline in this folder instead of "
                    "nesy/weights/language (e.g. a `git archive` of a given commit's weights)")
    a = ap.parse_args(argv)
    if a.weights:
        import nesy.parse.nlp as nlp
        nlp.language_path = lambda: Path(a.weights)  # noqa: E731 - a benchmark-only switch
    from nesy.parse.reading import read
    t = time.perf_counter()
    read("warm up: a 5 kg block")
    print(f"load: {time.perf_counter() - t:.1f} s")
    results = []
    sg = [json.loads(x) for x in Path(a.scigen).read_text(encoding="utf-8").splitlines() if x.strip()]
    res = run([x["q"] for x in sg], "scigenbench-dev", a.show)
    res.update(eq_regions(sg))
    results.append(res)
    for name, texts in suite_texts().items():
        results.append(run(texts, name, a.show))
    print()
    print("| set | texts | tokens | content | no content | not understood | mentions | quantities | relations | texts/s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['set']} | {r['texts']} | {r['tokens']} | {r['content']:.1%} | {r['no_content']:.1%} | "
              f"{r['not_understood']:.1%} | {r['mentions']} | {r['quantities']} | {r['relations']} | "
              f"{r['texts_per_s']:.0f} |")
    print(f"\n{{eq}} regions holding a digit: {results[0]['eq_regions_with_digit']}; a found quantity overlaps "
          f"{results[0]['eq_regions_with_quantity_found']} of them")
    for r in results:
        print(f"\n{r['set']}: not understood, why: {r['not_understood_why']}")
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
