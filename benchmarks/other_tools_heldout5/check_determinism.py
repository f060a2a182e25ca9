"""Determinism and interface check for held-out set 5 (does not run any nesy reader or verifier).

    python benchmarks/other_tools_heldout5/check_determinism.py            # full check, prints a summary
    python benchmarks/other_tools_heldout5/check_determinism.py --hashes   # (internal) one pass, JSON hashes

For every case of every module: draw(None) and draw(w) for each wrong are called twice in this process and once
in a second process; all three must give identical bytes. Each PNG must hold only IHDR, IDAT and IEND chunks
and be RGB; every wrong must differ from its correct figure, and the wrongs from each other. The interface is
checked too: SCIENCE, 3 cases, ids starting with h5-<science>-, 4 wrongs each.
"""
import hashlib
import importlib.util
import io
import json
import os
import struct
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = ["cell", "sets", "crystal", "astronomy", "optics", "geometry", "mechanics", "circuits", "automata"]


def load(name):
    spec = importlib.util.spec_from_file_location("h5_" + name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def chunks(png):
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    out, i = [], 8
    while i < len(png):
        n = struct.unpack(">I", png[i:i + 4])[0]
        out.append(png[i + 4:i + 8].decode("ascii"))
        i += 12 + n
    return out


def one_pass(calls=1):
    """{case_id/wrong: [sha256 per call]} and per-image facts."""
    from PIL import Image
    res, facts = {}, {}
    for name in MODULES:
        mod = load(name)
        for case in mod.cases():
            for w in [None] + list(case["wrongs"]):
                key = "%s/%s" % (case["id"], w or "correct")
                hs = []
                for _ in range(calls):
                    b = case["draw"](w)
                    hs.append(hashlib.sha256(b).hexdigest())
                with Image.open(io.BytesIO(b)) as im:
                    facts[key] = {"chunks": sorted(set(chunks(b))), "mode": im.mode, "size": im.size}
                res[key] = hs
    return res, facts


def main():
    if "--hashes" in sys.argv:
        res, _ = one_pass(1)
        json.dump({k: v[0] for k, v in res.items()}, sys.stdout)
        return 0
    problems = []
    t0 = time.time()
    # interface
    for name in MODULES:
        mod = load(name)
        if getattr(mod, "SCIENCE", None) != name:
            problems.append("%s: SCIENCE is %r" % (name, getattr(mod, "SCIENCE", None)))
        cs = mod.cases()
        if len(cs) != 3:
            problems.append("%s: %d cases" % (name, len(cs)))
        for c in cs:
            for k in ("id", "text", "tool", "style", "draw", "wrongs"):
                if k not in c:
                    problems.append("%s: case lacks %s" % (name, k))
            if not c["id"].startswith("h5-%s-" % name):
                problems.append("%s: id %s" % (name, c["id"]))
            if len(c["wrongs"]) != 4 or len(set(c["wrongs"])) != 4:
                problems.append("%s: wrongs %r" % (c["id"], c["wrongs"]))
    res, facts = one_pass(2)
    t1 = time.time()
    for key, hs in res.items():
        if hs[0] != hs[1]:
            problems.append("two calls differ: " + key)
        f = facts[key]
        if f["chunks"] != ["IDAT", "IEND", "IHDR"]:
            problems.append("%s chunks %s" % (key, f["chunks"]))
        if f["mode"] != "RGB":
            problems.append("%s mode %s" % (key, f["mode"]))
    other = subprocess.run([sys.executable, os.path.abspath(__file__), "--hashes"], capture_output=True, text=True,
                           check=True)
    res2 = json.loads(other.stdout)
    t2 = time.time()
    for key, hs in res.items():
        if res2.get(key) != hs[0]:
            problems.append("two processes differ: " + key)
    # wrongs differ from the correct figure and from each other
    by_case = {}
    for key, hs in res.items():
        cid, w = key.split("/")
        by_case.setdefault(cid, {})[w] = hs[0]
    for cid, d in by_case.items():
        for w, h in d.items():
            if w != "correct" and h == d["correct"]:
                problems.append("%s/%s equals the correct figure" % (cid, w))
        hs = [h for w, h in d.items() if w != "correct"]
        if len(set(hs)) != len(hs):
            problems.append("%s: two wrongs are identical" % cid)
    n_cases = len(by_case)
    n_img = len(res)
    print("modules: %d, cases: %d, images: %d (%d correct + %d wrong)"
          % (len(MODULES), n_cases, n_img, n_cases, n_img - n_cases))
    print("two calls in one process identical: %d/%d" % (sum(h[0] == h[1] for h in res.values()), n_img))
    print("second process identical:           %d/%d" % (sum(res2.get(k) == h[0] for k, h in res.items()), n_img))
    print("PNG chunks only IHDR/IDAT/IEND, RGB: %d/%d" % (
        sum(f["chunks"] == ["IDAT", "IEND", "IHDR"] and f["mode"] == "RGB" for f in facts.values()), n_img))
    print("wrong != correct: %d/%d; wrongs pairwise distinct in %d/%d cases" % (
        sum(1 for cid, d in by_case.items() for w, h in d.items() if w != "correct" and h != d["correct"]),
        n_img - n_cases,
        sum(1 for d in by_case.values() if len({h for w, h in d.items() if w != "correct"}) == len(d) - 1),
        n_cases))
    sizes = sorted({tuple(f["size"]) for k, f in facts.items() if k.endswith("/correct")})
    print("correct-figure sizes (px): " + ", ".join("%dx%d" % s for s in sizes))
    print("time: first process (2 calls) %.0f s, second process %.0f s" % (t1 - t0, t2 - t1))
    print("sha256 of all %d images (first process, sorted by key): %s" % (
        n_img, hashlib.sha256("".join(res[k][0] for k in sorted(res)).encode()).hexdigest()))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
