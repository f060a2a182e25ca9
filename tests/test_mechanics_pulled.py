"""A pull named on the table's body whose agent is the hanging body or the string over the pulley is the
string's tension, not a second force (mechanics_pulled). Phrasings of the kind — passive with "by", active
with the hanging body as subject, an instrument "via a string", a get-passive, a mis-parsed noun "pulls" —
and the other agent that stays refused."""
from __future__ import annotations

import pytest

from nesy.errors import UnsupportedError
from nesy.pipeline import parse

G = 9.80665


def _forces(text: str) -> dict[str, list[float]]:
    from nesy.domains.mechanics import mechanics_solution
    sol = mechanics_solution(parse(text, allow_unknown=True))
    out: dict[str, list[float]] = {}
    for _b, _m, _a, fs in sol.bodies:
        for k, mag, _ang in fs:
            out.setdefault(k, []).append(mag)
    return out


@pytest.mark.parametrize("text, m1, m2", [
    ("A 4 kg cart on a frictionless table is pulled over a pulley by a 1 kg hanging mass.", 4, 1),
    ("The hanging 2 kg block pulls the 5 kg cart across the frictionless table via a string over a pulley.", 5, 2),
    ("a 3 kg block on a smooth table is dragged along by a string that passes over a pulley to a hanging 1 kg mass",
     3, 1),
    ("A 6 kg box on a frictionless horizontal surface gets pulled by a 2 kg weight hanging from a cord over a "
     "pulley at the edge.", 6, 2),
    ("a 2kg mass hanging over a pulley pulls a 3kg block on a table without friction", 3, 2),
])
def test_pull_by_the_hanging_body_is_the_tension(text, m1, m2):
    f = _forces(text)
    assert "applied" not in f
    T = m1 * m2 * G / (m1 + m2)           # frictionless table: T = m1·a, a = m2 g / (m1 + m2)
    assert f["tension"][0] == pytest.approx(T, rel=1e-6)


def test_another_agent_is_still_another_pull():
    with pytest.raises(UnsupportedError, match="pulls"):
        parse("A worker pulls the 6 kg block on the table, which is also tied over a pulley to a hanging 2 kg mass.",
              allow_unknown=True)
