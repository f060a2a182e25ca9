"""One measure for all the sides (angles) of a named figure but some, for ``nesy.geometry.v1``: "Rectangle ABCD with
every side 6 cm except BC and DA, which are 4 cm", "Triangle ABC whose angles are all 45° except the one at C, which is
a right angle".

An exceptive phrase (Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 7 §9.3) takes
the named sides or angles out of the universal measure. Read word by word, "except" was a negation the grammar does
not read, or "BC and DA, which are" one value for two sides (refused; requests-32 geometry-01, -02 as development
data). ``all_but`` rewrites the phrase as each side (angle) of the figure with its measure — "AB = 6 cm, BC = 4 cm,
CD = 6 cm, DA = 4 cm" — the sides of a polygon named by its vertices in order being its consecutive pairs (Euclid
I, def. 19), its angles one at each vertex.
"""
from __future__ import annotations

import re

__all__ = ["all_but"]

_LEN = r"\d+(?:\.\d+)?\s*(?:mm|cm|m|in|inches)\b"
_ANG = r"\d+(?:\.\d+)?\s*(?:°|degrees?\b)|a\s+right\s+angle"
_FIG = re.compile(r"(?i)\b(?:triangle|rectangle|square|quadrilateral|parallelogram|rhombus|trapezium|trapezoid|kite|"
                  r"pentagon|hexagon|polygon)\s+(?P<v>(?-i:[A-Z]{3,8}))\b")
_SIDES = re.compile(
    rf"(?i)(?P<phrase>(?:with\s+|whose\s+)?(?:every\s+side|each\s+side|all\s+(?:(?:three|four|five|six)\s+)?(?:of\s+its\s+)?sides|"
    rf"(?:its\s+)?sides)\s+(?:are\s+|is\s+|of\s+|measuring\s+)?(?:all\s+)?(?P<v>{_LEN})\s*,?\s+(?:except(?:\s+for)?|but|apart\s+from|save)\s+"
    rf"(?P<ex>(?-i:[A-Z]{{2}})(?:\s*(?:,|and)\s*(?-i:[A-Z]{{2}}))*)\s*,?\s*(?:which|that)\s+(?:are|is)\s+(?:each\s+|both\s+)?"
    rf"(?P<w>{_LEN}))")
_ANGLES = re.compile(
    rf"(?i)(?P<phrase>(?:with\s+|whose\s+)?(?:every\s+angle|each\s+angle|all\s+(?:(?:three|four)\s+)?(?:of\s+its\s+)?angles|"
    rf"(?:its\s+)?angles)\s+(?:are\s+|is\s+|of\s+|measuring\s+)?(?:all\s+)?(?P<v>{_ANG})\s*,?\s+(?:except(?:\s+for)?|but|apart\s+from|"
    rf"save)\s+(?:the\s+(?:one|angle)\s+at\s+|angle\s+|∠\s*)(?P<ex>(?-i:[A-Z]))\s*,?\s*(?:which|that)\s+is\s+(?P<w>{_ANG}))")


def _angle(s: str) -> str:
    return "90°" if re.search(r"(?i)right", s) else re.sub(r"\s*degrees?", "°", s.strip())


def all_but(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, measures)`` for each "every side V except XY, which is W" (the same for angles) of a figure
    named by its vertices before it."""
    if not re.search(r"(?i)\b(?:except|but|apart\s+from|save)\b", text):
        return []
    out = []
    for rx, sides in ((_SIDES, True), (_ANGLES, False)):
        for m in rx.finditer(text):
            fig = [f for f in _FIG.finditer(text, 0, m.start())]
            if not fig:
                continue
            vs = fig[-1].group("v")
            if sides:
                names = [vs[k] + vs[(k + 1) % len(vs)] for k in range(len(vs))]
                ex = re.findall(r"[A-Z]{2}", m.group("ex"))
                norm = {n: n for n in names} | {n[::-1]: n for n in names}
                if any(e not in norm for e in ex):
                    continue
                ex = {norm[e] for e in ex}
                said = ", ".join(f"{n} = {m.group('w').strip() if n in ex else m.group('v').strip()}" for n in names)
            else:
                if m.group("ex") not in vs:
                    continue
                said = ", ".join(f"angle {v} = {_angle(m.group('w')) if v == m.group('ex') else _angle(m.group('v'))}"
                                 for v in vs)
            a = m.start("phrase")
            lead = re.match(r"(?i)(?:with|whose)\s+", m.group("phrase"))
            out.append((a, m.end("phrase"), (lead.group() if lead else "") + said))
    return sorted(out)
