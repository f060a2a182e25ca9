"""Fuzz ``generate`` with mutated outsider acceptance texts (the measured and development sets): crashes and hangs.

    python benchmarks/fuzz_acceptance.py SEED MINUTES OUT.jsonl

Each input is an acceptance request with 1–3 word-level mutations (a nasty fragment inserted or substituted,
a word deleted, duplicated or swapped, the text truncated, a sentence dropped), run through
``nesy.pipeline.generate`` in a forked process (15 s budget, killed after 60 s). A ``NesyError`` or a figure is
fine; any other exception (``crash``) or a kill (``hang``) is appended to OUT as one JSON line with the text.
Complements ``tests/test_fuzz.py`` (seeded, on nesy's own prompt suites) with the phrasing of other people.
"""
import json, random, sys, traceback, warnings, multiprocessing as mp, time
from pathlib import Path
import yaml
ROOT = Path(__file__).resolve().parents[1]
# every set already measured or used for development (never a held-out set before its one run)
SETS = ['requests.yaml'] + [f'requests-{k}.yaml' for k in range(2, 20)] + ['requests-dev.yaml', 'requests-dev2.yaml']
NASTY = ["999999999999999999999999", "-3", "0", "2.5", "6/2", "3/0", "1e308", "1e-308", "10^9", "1,000", "½", "٥", "∞", "nan",
         "twenty-five", "three hundred", "a million", "zero", "no", "\u200b", "—", "(3)", "3.", "x3", "Å", "Ω", "°", "µm", "×10^8",
         "each", "not", "the", ",", ";", "and", "of them", "both", "neither", "none", "it", "they", "→", "∩", "⊆", ":", "=", "(", ")"]

def texts():
    out = []
    for s in SETS:
        d = yaml.safe_load((ROOT/'benchmarks/acceptance'/s).read_text())
        out += [r['text'] for r in d['requests']]
    return out

def mutate(rng, t):
    w = t.split(' ')
    for _ in range(rng.randint(1, 3)):
        op = rng.choice(['insert','replace','delete','dup','swap','truncate','sentdrop'])
        i = rng.randrange(max(1, len(w)))
        if op == 'insert': w.insert(i, rng.choice(NASTY))
        elif op == 'replace' and w: w[i] = rng.choice(NASTY)
        elif op == 'delete' and len(w) > 1: del w[i]
        elif op == 'dup' and w: w.insert(i, w[i])
        elif op == 'swap' and len(w) > 1:
            j = rng.randrange(len(w)); w[i], w[j] = w[j], w[i]
        elif op == 'truncate' and len(w) > 3: w = w[:max(2, i)]
        elif op == 'sentdrop':
            s = ' '.join(w).split('. ')
            if len(s) > 1: s.pop(rng.randrange(len(s))); w = '. '.join(s).split(' ')
    return ' '.join(w)

def run(text, q):
    warnings.filterwarnings('ignore')
    try:
        from nesy.errors import NesyError
        from nesy.pipeline import generate
        try:
            generate(text, controls=False, raise_on_fail=False, timeout_s=15)
            q.put(('ok', ''))
        except NesyError as e:
            q.put(('nesy', type(e).__name__))
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        fr = [f for f in tb if '/nesy/' in f.filename]
        loc = f"{fr[-1].filename.split('/main/')[-1]}:{fr[-1].lineno}" if fr else '?'
        q.put(('crash', f"{type(e).__name__} at {loc}: {str(e)[:200]}"))

if __name__ == '__main__':
    seed, minutes, out = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
    rng = random.Random(seed); T = texts(); end = time.time() + minutes*60
    ctx = mp.get_context('fork')
    # warm import in parent so forks are cheap
    warnings.filterwarnings('ignore')
    import nesy.pipeline  # noqa
    from nesy.pipeline import parse
    try: parse('a cell with a nucleus')
    except Exception: pass
    n = 0
    with open(out, 'a') as f:
        while time.time() < end:
            t = mutate(rng, rng.choice(T)); n += 1
            q = ctx.Queue(); p = ctx.Process(target=run, args=(t, q)); p.start(); p.join(60)
            if p.is_alive():
                p.kill(); res = ('hang', '>60 s')
            else:
                try: res = q.get(timeout=2)
                except Exception: res = ('crash', f'died rc={p.exitcode}')
            if res[0] in ('crash', 'hang'):
                f.write(json.dumps({'text': t, 'kind': res[0], 'what': res[1]}) + '\n'); f.flush()
    print('ran', n)
