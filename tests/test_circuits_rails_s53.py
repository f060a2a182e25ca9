"""Parts joined between a schematic's two rails are across the source (not a second source), and "one above the
other" in a sentence that joins each part across the source is the page's stacking, not a series chain
(requests-34 circuits-02 as development data: drawn with a second source, verified)."""
import pytest

from nesy.pipeline import parse


def _shape(text):
    s = parse(text, domain="circuits", allow_unknown=True)
    kind = {e.id: e.kind for e in s.entities}
    groups = {}
    for r in s.relations:
        if r.kind == "member":
            groups.setdefault(r.target, set()).add(r.source)
    return sorted(k for k in kind.values() if k in ("vsource", "resistor")), \
        {(kind[g], frozenset(m)) for g, m in groups.items()}


@pytest.mark.parametrize("text", [
    "12 V battery on the left. To its right, two resistors, 1 kΩ and 2.2 kΩ, one above the other, each connected "
    "between the same top rail and bottom rail.",
    "A 12 V battery; two resistors, 1 kΩ and 2.2 kΩ, each wired across the positive and negative rails.",
])
def test_parts_between_the_rails_are_across_the_source(text):
    parts, groups = _shape(text)
    assert parts == ["resistor", "resistor", "vsource"]
    assert ("parallel", frozenset({"V1", "R1", "R2"})) in groups


def test_one_above_the_other_alone_is_still_an_upright_chain():
    _, groups = _shape("A 9 V battery with two resistors, 1 kΩ and 2 kΩ, one above the other.")
    assert ("series", frozenset({"R1", "R2"})) in groups


def test_beside_with_both_across_the_source():
    # requests-34 circuits-07 as development data: 'beside' was refused as a connection nesy could not read
    s = parse("A 10 µF capacitor directly beside a 4.7 kΩ resistor, both connected across a 12 V source.",
              domain="circuits")
    groups = {}
    for r in s.relations:
        if r.kind == "member":
            groups.setdefault(r.target, set()).add(r.source)
    assert {"C1", "R1", "V1"} in groups.values()
