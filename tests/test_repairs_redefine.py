"""A self-repair that defines a name again ("B = {4, 5} — wait, no, B = {3, 4, 5}") replaces that definition's value
whole (session 48; refused as an unread correction before)."""
from __future__ import annotations

from nesy.pipeline import parse


def _rel(text: str) -> set:
    d = parse(text, domain="sets", allow_unknown=True).to_dict()
    return {(r["kind"], r["source"], r["target"]) for r in d["relations"]}


def test_a_roster_defined_again_replaces_the_first() -> None:
    got = _rel("A = {1, 2, 3} and B = {4, 5} — wait, no, B = {3, 4, 5}, I copied it wrong.")
    assert ("overlaps", "A", "B") in got and ("element_of", "3", "B") in got
    assert ("outside", "A", "B") not in got


def test_a_value_defined_again_in_a_circuit() -> None:
    s = parse("A 9 V battery with R1 = 470 Ω and R2 = 1 kΩ in series — sorry, R1 = 220 Ω.", domain="circuits")
    shown = {e.id: dict(e.attributes).get("display") for e in s.entities if e.kind == "resistor"}
    assert shown == {"R1": "R1 = 220 Ω", "R2": "R2 = 1 kΩ"}


def test_a_name_not_defined_before_replaces_nothing() -> None:
    """Guard: the repair names a set the request never defined — no earlier definition is replaced (the set is
    read as one more, as before)."""
    d = parse("A = {1, 2} and B = {2, 3} — sorry, C = {3, 4}.", domain="sets", allow_unknown=True).to_dict()
    assert d["corrections"] == []
    assert {r["source"] for r in d["relations"] if r["kind"] == "element_of" and r["target"] == "B"} == {"2", "3"}
