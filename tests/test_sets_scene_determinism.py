"""The same text gives the same scene.json in every process: a word problem's region relations were listed in
the order of a frozenset, which follows Python's per-process string hashing (PYTHONHASHSEED)."""
from __future__ import annotations

import os
import subprocess
import sys

TEXT = "Of 30 students, 12 play basketball, 15 play football and 5 play both. Draw the Venn diagram."
CODE = ("import json, sys; from nesy.pipeline import parse; "
        "print(json.dumps(parse(sys.argv[1], allow_unknown=True).to_dict(), sort_keys=True, default=str))")


def _scene(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", CODE, TEXT], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip().splitlines()[-1]


def test_a_word_problems_scene_is_the_same_under_any_hash_seed() -> None:
    assert _scene("0") == _scene("7") == _scene("1234")
