"""SciGenBench development texts through ``nesy.generate`` as a user runs it (issue 9).

    python benchmarks/bench_scigen.py [--data ../shared/data/scigenbench-dev.jsonl] [--json out.json] [-v]

Each problem text (``q``, as published, with its ``{eq}`` markup) goes through ``generate`` with the
command line's defaults (no ``--strict``, no ``--domain``). Outcomes per SciGenBench type:
``complete`` (verified, nothing left out), ``omissions`` (verified for what it draws; phrases listed as not
drawn: exit 7), ``failed`` (verification failed), or the error class that refused it (``UnknownWordsError``
for a text more than a third of whose content words the science cannot read, ``OutOfScopeError``,
``InputError`` …). ``-v`` prints each drawn figure's entities, relations and not-drawn phrases, for the hand
check of whether what is drawn is right (the checklists ``el`` are the reference).
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "scigenbench-dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--json")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    from nesy.errors import NesyError
    from nesy.pipeline import generate
    rows = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines() if line.strip()]
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    out = []
    for r in rows:
        try:
            res = generate(r["q"], controls=False, raise_on_fail=False, timeout_s=120)
            k = "failed" if not res.passed else "complete" if res.complete else "omissions"
            rec = {"id": r["id"], "type": r["type"], "outcome": k, "domain": res.scene.domain,
                   "entities": collections.Counter(e.kind for e in res.scene.entities),
                   "relations": [(x.kind, x.source, x.target) for x in res.scene.relations],
                   "not_drawn": [n.text for n in res.not_drawn]}
        except NesyError as e:
            k = type(e).__name__
            rec = {"id": r["id"], "type": r["type"], "outcome": k, "message": str(e)[:300]}
        except Exception as e:  # noqa: BLE001 - a crash is a result to report
            k = "CRASH"
            rec = {"id": r["id"], "type": r["type"], "outcome": k, "message": repr(e)[:300]}
        table[r["type"]][k] += 1
        out.append(rec)
        if args.v and k in ("complete", "omissions", "failed"):
            print(f"\n{r['id']} ({r['type']}) → {k}, {rec['domain']}: {dict(rec['entities'])}\n  {r['q'][:300]!r}"
                  f"\n  relations {rec['relations'][:8]}\n  not drawn {rec['not_drawn']}\n  checklist {r['el']}")
    cols = sorted({k for c in table.values() for k in c}, key=lambda k: (k not in ("complete", "omissions"), k))
    print("| type | texts | " + " | ".join(cols) + " |\n|---|---|" + "---|" * len(cols))
    total: collections.Counter = collections.Counter()
    for t, c in sorted(table.items()):
        total.update(c)
        print(f"| {t} | {sum(c.values())} | " + " | ".join(str(c.get(k, 0)) for k in cols) + " |")
    print(f"| **all** | {sum(total.values())} | " + " | ".join(str(total.get(k, 0)) for k in cols) + " |")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1, default=dict), encoding="utf-8")


if __name__ == "__main__":
    main()
