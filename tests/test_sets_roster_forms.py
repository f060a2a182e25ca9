"""Roster notation as people write it (session 48): the link to the set's name ("A: {…}", "A is {…}",
"A := {…}"), decimal commas with semicolons between members, and a member written as a number in words or
scientific notation — each one element by its value. Every case was refused ("lists members in braces")
before."""
from __future__ import annotations

import subprocess
import sys

import pytest

from nesy.pipeline import parse


def _sets(text: str) -> tuple[set, set, list]:
    d = parse(text, domain="sets", allow_unknown=True).to_dict()
    rel = {(r["kind"], r["source"], r["target"]) for r in d["relations"] if r["kind"] != "element_of"}
    mem = {(r["source"], r["target"]) for r in d["relations"] if r["kind"] == "element_of"}
    return rel, mem, [x["text"] for x in d["not_drawn"]]


@pytest.mark.parametrize("text, rel", [
    ("sets: A, B, C; A: {1, 2, 3, 4}; B: {3, 4, 5}; C: {4, 6}; diagram: Venn, three circles",
     {("overlaps", "A", "B"), ("overlaps", "A", "C"), ("overlaps", "B", "C")}),
    ("A is {1, 2, 3} and B is the set {3, 4}.", {("overlaps", "A", "B")}),
    ("A := {a, b} and B := {c}", {("outside", "A", "B")}),
    (r"Draw a Venn diagram of $A = \{1, 2, 3\}$ and $B = \{2, 3\}$.", {("inside", "B", "A")}),
])
def test_the_link_to_the_name(text: str, rel: set) -> None:
    got, _mem, nd = _sets(text)
    assert got == rel and nd == []


def test_decimal_commas_between_semicolons() -> None:
    """"{0,5; 1; 1,5}": the semicolons part the members, the commas are decimal (ISO 80000-1 §7.1.4); the
    remark on the notation and the writer's origin carry nothing to draw."""
    rel, mem, nd = _sets("Venn diagram please (decimal commas, I'm from Germany): A = {0,5; 1; 1,5; 2}, "
                         "B = {1,5; 2; 2,5} and C = {3; 3,5}.")
    assert rel == {("overlaps", "A", "B"), ("outside", "A", "C"), ("outside", "B", "C")}
    assert ("1.5", "A") in mem and ("1.5", "B") in mem and ("0.5", "A") in mem and len(mem) == 9
    assert nd == []


def test_one_number_written_two_ways_is_one_element() -> None:
    rel, mem, nd = _sets("X = {a dozen, twenty, 3 × 10^1}, Y = {12, 20, 30, 40} and Z = {1e2, 2.0e2}. Draw the "
                         "three as regions with every relation between them shown.")
    assert rel == {("inside", "X", "Y"), ("outside", "X", "Z"), ("outside", "Y", "Z")}
    assert {x for x, s in mem if s == "X"} == {"12", "20", "30"} and {x for x, s in mem if s == "Z"} == {"100", "200"}
    assert nd == []


def test_a_phrase_in_braces_is_still_refused_by_name() -> None:
    """Guard: braces holding no plain members are no roster; the refusal names them."""
    from nesy.errors import InputError
    with pytest.raises(InputError, match="braces"):
        parse("A = {the red fox, a big dog} and B = {cat}.", domain="sets")


def test_cli_draws_and_verifies_the_decimal_comma_roster(tmp_path) -> None:
    """Through the user's door: the figure is written and verified with every member in its region."""
    out = tmp_path / "o"
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", "A = {0,5; 1; 1,5} and B = {1,5; 2}.",
                        "-o", str(out), "--no-controls"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr + r.stdout
    assert "verified" in (r.stdout + r.stderr)
    assert (out / "figure.png").exists()
