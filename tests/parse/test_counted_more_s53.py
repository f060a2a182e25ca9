"""'Two more' with its noun left out before a place adds to the count ("ten nuclei and two more in the centre": 10
were drawn for 12 — requests-34 microscopy-03 as development data); "the left half of the image" is the left half."""
import pytest

from nesy.pipeline import parse


def _count(text, domain, kind):
    s = parse(text, domain=domain, allow_unknown=True)
    return sum(1 for e in s.entities if e.kind == kind), [n.text for n in s.not_drawn]


@pytest.mark.parametrize("text, domain, kind, n", [
    ("Ten nuclei and two more in the centre.", "microscopy", "nucleus", 12),
    ("Eight nuclei in the top half and two more in the bottom half.", "microscopy", "nucleus", 10),
    ("A ring of ten nuclei around the edge of the image and two more in the middle.", "microscopy", "nucleus", 12),
    ("Two nuclei in the left half of the image and three times as many in the right half.", "microscopy", "nucleus", 8),
    ("A cell with three mitochondria and two more near the nucleus.", "cell", "mitochondrion", 5),
    # the count in the sentence before (requests-33 microscopy-10: 10 drawn for 14 once the step numbers were read)
    ("1. Make a synthetic micrograph. 2. Put in 10 nuclei. 3. Add 4 more near the edge. 4. Nothing else.",
     "microscopy", "nucleus", 14),
])
def test_more_adds(text, domain, kind, n):
    assert _count(text, domain, kind)[0] == n


def test_more_as_a_word_of_the_cell():
    assert _count("A cell with three mitochondria and two more mitochondria near the nucleus.", "cell",
                  "mitochondrion") == (5, [])


def test_has_none_is_no_of_the_counted_noun():
    # requests-34 cell-10 as development data: "the middle one has none" was refused as an unread negation
    s = parse("Three cells in a row, each with its own nucleus. The leftmost cell has two mitochondria, the middle one "
              "has none, and the rightmost has three.", domain="cell", allow_unknown=True)
    per = {}
    for r in s.relations:
        if r.kind == "inside" and r.source.startswith("mitochondrion"):
            per[r.target] = per.get(r.target, 0) + 1
    assert per == {"cell1": 2, "cell3": 3}
