"""Sites of one element given in two phrases ("… on all eight corners. … more aluminium on the six face centres")
fill both positions; a count said with a position ("the six face centres") is part of the position's words.

(requests-33 crystal-10 as development data: drawn as simple cubic, 'more' and 'centres' not drawn.)
"""
import pytest

from nesy.pipeline import parse


def _structure(text):
    s = parse(text, domain="crystal")
    assert not s.not_drawn and not s.unknown
    st = next(e for e in s.entities if e.id == "structure")
    return dict(st.attributes)["prototype"]


@pytest.mark.parametrize("text, want", [
    ("Step 1: a cubic cell, edge 4.05 Å. Step 2: aluminium atoms on all eight corners. Step 3: more aluminium on the "
     "six face centres. That's the whole crystal.", "fcc"),
    ("Iron, a = 2.87 Å: Fe at the corners; Fe also at the body centre.", "bcc"),
    ("A cubic cell of copper, a = 3.61 Å, with Cu on the eight corners and on the six face centres.", "fcc"),
])
def test_sites_said_in_steps(text, want):
    assert _structure(text) == want
