"""Corpus regression of the front end: parse every text of every acceptance set, prompt suite and the
SciGenBench development slice as ``nesy generate`` reads them, one signature line each (the scene graph as
JSON, or the error), so two versions can be compared line by line.

    python benchmarks/bench_corpus.py OUT.tsv                 # this checkout's reading
    python benchmarks/bench_corpus.py --compare OLD.tsv NEW.tsv   # the texts whose reading changed
(for the old version: ``git worktree add /tmp/base <rev>`` and run with ``PYTHONPATH=/tmp/base``).
"""
from __future__ import annotations

import glob
import json
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def texts() -> list[tuple[str, str]]:
    import yaml
    out = []
    for f in sorted(glob.glob(str(ROOT / "benchmarks/acceptance/requests*.yaml"))):
        for r in yaml.safe_load(open(f))["requests"]:
            out.append((Path(f).name + ":" + r["id"], r["text"]))
    for f in sorted(glob.glob(str(ROOT / "benchmarks/prompts/*.yaml"))):
        d = yaml.safe_load(open(f))
        items = d.get("prompts", d) if isinstance(d, dict) else d
        for i, r in enumerate(items):
            t = r.get("text") if isinstance(r, dict) else r
            if isinstance(t, str):
                out.append((Path(f).name + ":" + str(i), t))
    dev = ROOT.parent / "shared/data/scigenbench-dev.jsonl"
    if dev.exists():
        for line in open(dev):
            j = json.loads(line)
            out.append(("scigen:" + str(j["id"]), j["q"]))
    return out


def run(path: str) -> None:
    from nesy.pipeline import parse

    def alarm(*_):
        raise TimeoutError("timeout")
    signal.signal(signal.SIGALRM, alarm)
    with open(path, "w") as out:
        for key, text in texts():
            signal.alarm(20)
            try:
                d = parse(text, allow_unknown=True).to_dict()
                d.pop("text", None)
                sig = json.dumps(d, sort_keys=True, default=str)
            except Exception as e:  # noqa: BLE001 — a refusal is the reading
                sig = "ERR " + type(e).__name__ + ": " + str(e)[:300]
            signal.alarm(0)
            out.write(key + "\t" + sig.replace("\n", " ") + "\n")


def compare(old: str, new: str) -> None:
    a = dict(line.rstrip("\n").split("\t", 1) for line in open(old))
    b = dict(line.rstrip("\n").split("\t", 1) for line in open(new))
    changed = [k for k in a if k in b and a[k] != b[k]]
    print(f"{len(a)} texts, {len(changed)} read differently")
    for k in changed:
        print("==", k)
        print("  before:", a[k][:400])
        print("  after: ", b[k][:400])


if __name__ == "__main__":
    if sys.argv[1:2] == ["--compare"]:
        compare(sys.argv[2], sys.argv[3])
    else:
        run(sys.argv[1])
