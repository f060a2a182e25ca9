"""A plot's axis scales among a figure's words: the tick labels a plotting library writes along its axes
(matplotlib, ggplot2, MATLAB, gnuplot, GeoGebra's axes through the origin) are numbers of the plot's
coordinates, not values the figure states — read as lengths, forces or masses they fail a correct figure.

``tick_labels`` finds them among OCR'd words: plain numbers (no unit, no name), three or more on one row or one
column, whose values step evenly (a step may be skipped: an origin's 0 left out, a label hidden under the
drawing; a minus sign the recogniser dropped is restored on one side of the axis's 0) and whose positions
step in proportion to the values (one scale, one offset — a linear axis); and lines made only of three or
more such numbers ("-20 -15 -10 -5 0", a row the recogniser read as one line)."""
from __future__ import annotations

import re

import numpy as np

_NUMBER = r"[-−–]?\d+(?:[.,]\d+)?"
_PLAIN = re.compile(rf"\s*{_NUMBER}\s*")
_ROW = re.compile(rf"\s*{_NUMBER}(?:\s+{_NUMBER}){{2,}}\s*")


def _value(t: str) -> float:
    return float(t.strip().replace("−", "-").replace("–", "-").replace(",", "."))


def _even(vs: np.ndarray) -> bool:
    """Values (in order along the axis) that step evenly: every step the same sign, a whole multiple (1 or
    2) of the smallest."""
    steps = np.diff(vs)
    unit = float(np.min(np.abs(steps))) if len(steps) else 0.0
    if unit <= 0 or np.any(np.sign(steps) != np.sign(steps[0])):
        return False
    k = steps / unit
    return bool(np.allclose(k, np.round(k), atol=0.02) and np.max(np.abs(np.round(k))) <= 2)


def tick_labels(words: list[tuple[str, tuple[float, float, float, float]]]) -> set[int]:
    """The indices of ``words`` ((text, (x0, y0, x1, y1)) each) that are an axis's tick labels."""
    nums = []
    out: set[int] = set()
    for j, (text, box) in enumerate(words):
        if _PLAIN.fullmatch(text):
            nums.append((j, _value(text), (box[0] + box[2]) / 2, (box[1] + box[3]) / 2, box[3] - box[1]))
        elif _ROW.fullmatch(text):
            vs = np.array([_value(t) for t in re.findall(_NUMBER, text)])
            if len(set(vs.tolist())) == len(vs) and _even(vs):
                out.add(j)
    for along, across in ((2, 3), (3, 2)):      # a row (x varies, y alike), then a column
        for a in nums:
            group = sorted((b for b in nums if abs(b[across] - a[across]) <= 0.5 * max(a[4], b[4])),
                           key=lambda b: b[along])
            if len(group) < 3:
                continue
            # (the other axis's end label may stand in the row's corner: the row is also tried without it)
            for part in (group, group[1:], group[:-1]):
                if len(part) >= 3 and _scale(part, along):
                    out |= {b[0] for b in part}
                    break
    return out


def _scale(group: list, along: int) -> bool:
    """Whether the numbers of ``group`` (in order along the axis) are a linear scale."""
    vs = np.array([b[1] for b in group])
    ps = np.array([b[along] for b in group])
    if np.ptp(ps) <= 0:
        return False
    tries = [vs]
    zero = [p for v, p in zip(vs, ps) if v == 0]
    if len(zero) == 1:
        # a minus sign the recogniser dropped ("0.4 0.3 0.2 -0.1 0.0 0.1"): the numbers on one side of
        # the axis's 0 are negative
        side = np.sign(ps - zero[0])
        tries += [side * np.abs(vs), -side * np.abs(vs)]
    for ws in tries:
        if len(set(ws.tolist())) < len(ws) or not _even(ws):
            continue
        A = np.vstack([ws, np.ones_like(ws)]).T
        (m, c), *_ = np.linalg.lstsq(A, ps, rcond=None)
        if np.max(np.abs(A @ np.array([m, c]) - ps)) <= 0.02 * np.ptp(ps) + 2:
            return True
    return False
