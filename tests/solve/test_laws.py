"""Each primitive law's Z3 face and numeric (shapely) face agree, table-driven."""
import pytest

from nesy.solve.laws import LAWS, Box
from nesy.solve.linear import LinSystem
from nesy.types import Shape


def test_every_law_key_equals_its_name_and_has_a_doc():
    for k, law in LAWS.items():
        assert law.name == k and law.doc and law.doc.strip()


def z3_face(law, boxes, **params):
    """Fix the boxes' coordinates and ask Z3 whether the law's rows hold."""
    s = LinSystem()
    vs = []
    for (x0, y0, x1, y1), shape in boxes:
        b = Box(s.var("x0"), s.var("y0"), s.var("x1"), s.var("y1"), shape)
        for v, val in zip((b.x0, b.y0, b.x1, b.y1), (x0, y0, x1, y1)):
            s.eq({v: 1.0}, val, "fix")
        vs.append(b)
    LAWS[law].z3(s, *vs, "law", **params)
    return s.z3_check(5.0)[0]


def numeric_face(law, boxes, **params):
    geoms = [Shape("s", shape, box).geometry(128) for box, shape in boxes]
    return LAWS[law].check(*geoms, **params)[0]


E = "ellipse"
CASES = [
    ("inside", [((40, 40, 60, 60), E), ((0, 0, 100, 100), E)], {"margin": 4}, True),
    ("inside", [((-5, 40, 15, 60), E), ((0, 0, 100, 100), E)], {"margin": 4}, False),   # pokes out
    ("inside", [((5, 5, 15, 15), "rect"), ((0, 0, 100, 100), "rect")], {"margin": 4}, True),
    ("inside", [((150, 40, 170, 60), E), ((0, 0, 100, 100), E)], {"margin": 4}, False),
    ("left_of", [((0, 0, 10, 10), E), ((20, 0, 30, 10), E)], {"gap": 5}, True),
    ("left_of", [((0, 0, 25, 10), E), ((20, 0, 30, 10), E)], {"gap": 5}, False),
    ("above", [((0, 0, 10, 10), E), ((0, 20, 10, 30), E)], {"gap": 5}, True),
    ("above", [((0, 0, 10, 10), E), ((0, 5, 10, 30), E)], {"gap": 5}, False),
    ("disjoint", [((0, 0, 10, 10), E), ((20, 0, 30, 10), E)], {"gap": 5}, True),
    ("overlaps", [((0, 0, 100, 60), E), ((60, 10, 160, 50), E)], {"depth": 20}, True),
    ("overlaps", [((0, 0, 100, 60), E), ((120, 0, 160, 60), E)], {"depth": 20}, False),
    ("larger", [((0, 0, 100, 100), E), ((0, 0, 50, 50), E)], {"ratio": 1.25}, True),
    ("larger", [((0, 0, 60, 60), E), ((0, 0, 50, 50), E)], {"ratio": 1.25}, False),
    ("size_ratio", [((0, 0, 30, 10), E), ((0, 0, 100, 80), E)], {"lo": 0.2, "hi": 0.5}, True),
    ("size_ratio", [((0, 0, 80, 10), E), ((0, 0, 100, 80), E)], {"lo": 0.2, "hi": 0.5}, False),
    ("aspect", [((0, 0, 30, 10), E)], {"lo": 2.0, "hi": 3.0}, True),
    ("aspect", [((0, 0, 10, 10), E)], {"lo": 2.0, "hi": 3.0}, False),
    ("min_size", [((0, 0, 30, 12), E)], {"w": 24, "h": 10}, True),
    ("min_size", [((0, 0, 20, 12), E)], {"w": 24, "h": 10}, False),
]


@pytest.mark.parametrize("law,boxes,params,expected", CASES)
def test_z3_face_and_numeric_face_agree(law, boxes, params, expected):
    assert z3_face(law, boxes, **params) is expected
    assert numeric_face(law, boxes, **params) is expected


def test_z3_face_is_sound_on_random_configurations():
    """Whatever satisfies a law's rows satisfies its numeric check (never a wrong figure)."""
    import random
    rng = random.Random(7)
    for _ in range(60):
        b = (rng.uniform(0, 50), rng.uniform(0, 50))
        big = (b[0], b[1], b[0] + rng.uniform(40, 120), b[1] + rng.uniform(40, 120))
        sx, sy = rng.uniform(big[0], big[2]), rng.uniform(big[1], big[3])
        small = (sx, sy, sx + rng.uniform(2, 30), sy + rng.uniform(2, 30))
        case = [(small, E), (big, E)]
        if z3_face("inside", case, margin=3):
            assert numeric_face("inside", case, margin=3)
