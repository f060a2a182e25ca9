""""Both" after capitalised words that name no set ("Colleague: Hang on, … nobody ticked both") means the
figure's two sets — it crashed (KeyError 'Hang': a relation between words that are no sets)."""
from __future__ import annotations

from nesy.pipeline import parse


def test_both_after_capitalised_non_sets_means_the_two_sets():
    text = ("Me: draw two circles, Coffee and Tea, overlapping.\n"
            "Colleague: Hang on, the survey said nobody ticked both.\n"
            "Me: Right, true. So: Coffee and Tea, completely separate, no overlap.")
    sc = parse(text, allow_unknown=True)
    ids = {e.id for e in sc.entities}
    assert {"Coffee", "Tea"} <= ids
    assert all(r.source in ids and r.target in ids for r in sc.relations)
    assert {(r.kind, frozenset((r.source, r.target))) for r in sc.relations} == {("outside", frozenset(("Coffee", "Tea")))}


def test_generate_draws_it_without_an_internal_error(tmp_path):
    import subprocess, sys
    text = "Colleague: Hang on, nobody ticked both. Draw Coffee and Tea as two sets."
    p = subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(tmp_path), "--no-controls"],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode in (0, 7), p.stderr
    assert "internal error" not in p.stderr
