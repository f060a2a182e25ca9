"""Circuit schematics drawn by other tools: schemdraw (IEEE zigzag and IEC box resistors, its own battery
and label placement) and hand-scripted matplotlib line drawings (black textbook style and a colour one),
each laid out from the text's facts the way a person would script it — battery on the left, series parts
along the top rail, parallel branches as rungs — never with nesy's solver or palette.

A figure is described by a small spec: ``{"src": battery label, "items": [...]}``, drawn as a loop
(battery left, items along the top rail, the last one optionally down the right side) where each item is
``("R", label)`` (one resistor) or ``("P", [labels])`` (a parallel group), or as a ladder (``"ladder": True``:
every resistor a rung across the battery). Wrongs edit the spec: a value changed, a resistor dropped,
series↔parallel swapped, two labels swapped where that changes the topology, a resistor duplicated.
"""
from __future__ import annotations

import copy
import io

SCIENCE = "circuits"


# ---------------------------------------------------------------------------------------------
# schemdraw


def _schemdraw(spec: dict, *, iec: bool = False, dpi: int = 150, fontsize: int = 14, unit: float = 3.0) -> bytes:
    import matplotlib
    matplotlib.use("Agg")
    import schemdraw
    import schemdraw.elements as elm
    schemdraw.use("matplotlib")
    RES = elm.ResistorIEC if iec else elm.Resistor
    KIND = {"R": RES, "C": elm.Capacitor, "LAMP": elm.Lamp}

    def R(kind="R"):
        return KIND[kind]()
    SRC = elm.SourceV if spec.get("srcv") else elm.Battery
    d = schemdraw.Drawing(show=False)
    d.config(fontsize=fontsize, unit=unit)
    u = unit
    if spec.get("ladder"):
        rungs = spec["items"]
        h = u * 1.0
        d.add(SRC().at((0, 0)).up().length(h).label(spec["src"], loc="bottom"))
        x = 0.0
        for k, lbl in enumerate(rungs):
            kind, lbl = lbl if isinstance(lbl, tuple) else ("R", lbl)
            x1 = x + u * 0.9
            d.add(elm.Line().at((x, h)).to((x1, h)))
            d.add(elm.Line().at((x, 0)).to((x1, 0)))
            d.add(R(kind).at((x1, h)).down().length(h).label(lbl, loc="bottom"))
            if k < len(rungs) - 1:
                d.add(elm.Dot().at((x1, h)))
                d.add(elm.Dot().at((x1, 0)))
            x = x1
        return _png(d, dpi)
    items = spec["items"]
    h = u * 1.0 if not any(it[0] == "P" for it in items) else u * 1.4
    d.add(SRC().at((0, 0)).up().length(h).label(spec["src"], loc="bottom"))
    x = 0.0
    right = spec.get("right")          # the last item drawn down the right-hand side
    top = items[:-1] if right else items
    for it in top:
        if it[0] != "P":
            d.add(R(it[0]).at((x, h)).right().length(u).label(it[1]))
            x += u
        else:
            labels = it[1]
            x0, x1 = x + u * 0.3, x + u * 1.3
            d.add(elm.Line().at((x, h)).to((x0, h)))
            d.add(elm.Dot().at((x0, h)))
            d.add(elm.Dot().at((x1, h)))
            for j, lbl in enumerate(labels):
                y = h - j * u * 0.55
                if j:
                    d.add(elm.Line().at((x0, y + u * 0.55)).to((x0, y)))
                    d.add(elm.Line().at((x1, y + u * 0.55)).to((x1, y)))
                d.add(R().at((x0, y)).to((x1, y)).label(lbl, loc="top" if j == 0 else "bottom"))
            x = x1 + u * 0.3
            d.add(elm.Line().at((x1, h)).to((x, h)))
    if right:
        d.add(R(items[-1][0]).at((x, h)).down().length(h).label(items[-1][1], loc="bottom"))
    else:
        d.add(elm.Line().at((x, h)).to((x, 0)))
    d.add(elm.Line().at((x, 0)).to((0, 0)))
    return _png(d, dpi)


def _schemdraw_flow(spec: dict) -> bytes:
    """schemdraw as its documentation writes it: elements chained by direction (``push``/``pop`` for a branch,
    ``tox`` to close the loop), labels where schemdraw puts them, the PNG of ``get_imagedata`` (72 dpi)."""
    import matplotlib
    matplotlib.use("Agg")
    import schemdraw
    import schemdraw.elements as elm
    schemdraw.use("matplotlib")
    src_el = elm.SourceV if spec.get("srcv") else elm.Battery
    items = list(spec["items"]) if not spec.get("ladder") else [("P", list(spec["items"]))]
    with schemdraw.Drawing(show=False) as d:
        src = src_el().up().label(spec["src"])
        d += src
        tail = items[-1]
        for it in items[:-1]:
            d += (elm.Resistor().right().label(it[1]) if it[0] == "R" else elm.Line().right())
        if tail[0] == "P":
            rungs = tail[1]
            for k, lbl in enumerate(rungs):
                if spec.get("ladder") or k:
                    d += elm.Line().right()
                if k < len(rungs) - 1:
                    d += elm.Dot()
                    d.push()
                    d += elm.Resistor().down().label(lbl, loc="bottom")
                    d += elm.Dot()
                    d.pop()
                else:
                    d += elm.Resistor().down().label(lbl, loc="bottom")
        elif spec.get("right"):
            d += elm.Resistor().down().label(tail[1], loc="bottom")
        else:
            d += elm.Resistor().right().label(tail[1])
            d += elm.Line().down()
        d += elm.Line().left().tox(src.start)
    return d.get_imagedata("png")


def _png(d, dpi: int) -> bytes:
    """The drawing as an opaque RGB PNG at ``dpi`` (schemdraw's own PNG is 72 dpi and transparent)."""
    import matplotlib.pyplot as plt
    d.draw(show=False)
    fig = d.fig.fig
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight", pad_inches=0.15, facecolor="white")
    plt.close(fig)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# matplotlib by hand


def _mpl(spec: dict, *, colours: dict | None = None, dpi: int = 110, fontsize: float = 12, family: str = "serif",
         lw: float = 1.6) -> bytes:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    c = {"wire": "black", "res": "black", "bat": "black", "text": "black", **(colours or {})}
    fig, ax = plt.subplots(figsize=(6.4, 4.2), dpi=dpi)
    ax.set_aspect("equal")
    ax.axis("off")
    tx = dict(fontsize=fontsize, family=family, color=c["text"])

    def wire(p, q):
        ax.plot([p[0], q[0]], [p[1], q[1]], color=c["wire"], lw=lw, solid_capstyle="round")

    def resistor(p, q, label, side):
        p, q = np.array(p, float), np.array(q, float)
        L = np.linalg.norm(q - p)
        t = (q - p) / L
        n = np.array([-t[1], t[0]])
        a, b = p + t * L * 0.3, p + t * L * 0.7
        wire(p, a)
        wire(b, q)
        k = np.linspace(0, 1, 13)
        amp = np.array([0] + [0.18 * (1 if i % 2 else -1) for i in range(1, 12)] + [0])
        pts = a[None] + (b - a)[None] * k[:, None] + n[None] * amp[:, None]
        ax.plot(pts[:, 0], pts[:, 1], color=c["res"], lw=lw)
        m = (p + q) / 2
        off = n * 0.42 * side
        ax.text(m[0] + off[0], m[1] + off[1], label, ha="center", va="center", **tx)

    def battery(p, q, label):
        p, q = np.array(p, float), np.array(q, float)
        t = (q - p) / np.linalg.norm(q - p)
        n = np.array([-t[1], t[0]])
        m = (p + q) / 2
        a, b = m - t * 0.08, m + t * 0.08
        wire(p, a)
        wire(b, q)
        for cpt, half, w in ((b, 0.32, lw), (a, 0.16, lw * 2.2)):
            e1, e2 = cpt - n * half, cpt + n * half
            ax.plot([e1[0], e2[0]], [e1[1], e2[1]], color=c["bat"], lw=w, solid_capstyle="butt")
        ax.text(m[0] + n[0] * 0.75, m[1] + n[1] * 0.75, label, ha="center", va="center", **tx)

    if spec.get("ladder"):
        h, dx = 2.0, 1.6
        battery((0, 0), (0, h), spec["src"])
        x = 0.0
        for k, lbl in enumerate(spec["items"]):
            x1 = x + dx
            wire((x, h), (x1, h))
            wire((x, 0), (x1, 0))
            resistor((x1, h), (x1, 0), lbl, -1)
            if k < len(spec["items"]) - 1:
                ax.plot([x1, x1], [h, 0], "o", color=c["wire"], ms=lw * 2.5)
            x = x1
    else:
        items = spec["items"]
        h = 2.0 if not any(it[0] == "P" for it in items) else 2.6
        battery((0, 0), (0, h), spec["src"])
        x = 0.0
        right = spec.get("right")
        for it in (items[:-1] if right else items):
            if it[0] == "R":
                resistor((x, h), (x + 2.0, h), it[1], 1)
                x += 2.0
            else:
                x0, x1 = x + 0.5, x + 2.5
                wire((x, h), (x0, h))
                for j, lbl in enumerate(it[1]):
                    y = h - j * 1.1
                    if j:
                        wire((x0, y + 1.1), (x0, y))
                        wire((x1, y + 1.1), (x1, y))
                    resistor((x0, y), (x1, y), lbl, 1 if j == 0 else -1)
                ax.plot([x0, x1], [h, h], "o", color=c["wire"], ms=lw * 2.5)
                wire((x1, h), (x1 + 0.5, h))
                x = x1 + 0.5
        if right:
            resistor((x, h), (x, 0), items[-1][1], -1)
        else:
            wire((x, h), (x, 0))
        wire((x, 0), (0, 0))
    ax.margins(0.12)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    plt.close(fig)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# wrongs: edits of the spec


def _labels(spec: dict) -> list:
    """Every part of the spec in order: a resistor's label, or (kind, label) for another kind of part."""
    out = []
    for it in spec["items"]:
        if isinstance(it, str):
            out.append(it)
        elif it[0] == "P":
            out += it[1]
        else:
            out.append(it[1] if it[0] == "R" else it)
    return out


def _map_labels(spec: dict, f) -> dict:
    s = copy.deepcopy(spec)
    items = []
    for it in s["items"]:
        if isinstance(it, str):
            items.append(f(it))
        elif it[0] == "P":
            items.append(("P", [f(x) for x in it[1]]))
        else:
            items.append((it[0], f(it[1])))
    s["items"] = items
    return s


def _wrong(spec: dict, wrong: str | None, w: dict) -> dict:
    """The spec with the one error ``wrong`` (its parameters in ``w``)."""
    if wrong is None:
        return spec
    if wrong == "value":                       # one resistor's value changed
        old, new = w["value"]
        return _map_labels(spec, lambda t: t.replace(old, new))
    if wrong == "source_value":
        s = copy.deepcopy(spec)
        s["src"] = w["source_value"]
        return s
    if wrong == "swap":                        # two labels exchanged (moves a named value across the topology)
        a, b = w["swap"]
        return _map_labels(spec, lambda t: b if t == a else a if t == b else t)
    if wrong in ("drop", "duplicate"):
        s = copy.deepcopy(spec)
        if s.get("ladder"):
            if wrong == "drop":
                s["items"] = s["items"][:-1]
            else:
                s["items"] = s["items"] + [s["items"][-1]]
            return s
        it = s["items"]
        if wrong == "drop":
            k = w.get("drop", len(it) - 1)
            if it[k][0] == "P":
                it[k] = ("P", it[k][1][:-1]) if len(it[k][1]) > 2 else ("R", it[k][1][0])
            else:
                del it[k]
                s["right"] = False if k == len(it) else s.get("right")
        else:
            k = w.get("duplicate", 0)
            it[k] = ("P", [it[k][1], it[k][1]] if it[k][0] == "R" else it[k][1] + [it[k][1][-1]])
        return s
    if wrong == "parallel":                    # series → every resistor a rung across the battery
        return {**spec, "ladder": True, "items": _labels(spec)}
    if wrong == "series":                      # parallel → every resistor in one series chain
        return {**spec, "ladder": False, "items": [t if isinstance(t, tuple) else ("R", t) for t in _labels(spec)],
                "right": True}
    raise ValueError(f"unknown wrong {wrong!r}")


def _case(cid: str, text: str, tool: str, style: str, spec: dict, wrongs: dict, draw) -> dict:
    def make(wrong: str | None, spec=spec, wrongs=wrongs, draw=draw) -> bytes:
        return draw(_wrong(spec, wrong, wrongs))
    names = [k for k in ("value", "source_value", "swap", "drop", "duplicate", "parallel", "series") if k in wrongs]
    return {"id": cid, "text": text, "tool": tool, "style": style, "draw": make, "wrongs": names}


def cases() -> list[dict]:
    out = []
    sd = lambda **kw: (lambda s: _schemdraw(s, **kw))       # noqa: E731
    mp = lambda **kw: (lambda s: _mpl(s, **kw))             # noqa: E731
    out.append(_case(
        "sd-series", "a 9 V battery in series with resistors R1 = 100 Ω and R2 = 220 Ω", "schemdraw", "ieee",
        {"src": "9 V", "items": [("R", "R1\n100 Ω"), ("R", "R2\n220 Ω")], "right": True},
        {"value": ("220", "470"), "drop": 1, "parallel": True, "duplicate": 0}, sd()))
    out.append(_case(
        "sd-parallel", "two 10 Ω resistors in parallel across a 6 V battery", "schemdraw", "ieee",
        {"src": "6 V", "ladder": True, "items": ["R1\n10 Ω", "R2\n10 Ω"]},
        {"value": ("R2\n10", "R2\n47"), "drop": True, "series": True, "duplicate": True}, sd(dpi=130)))
    out.append(_case(
        "sd-series-parallel", "a 12 V battery with R1 = 4 Ω in series with R2 = 6 Ω and R3 = 3 Ω in parallel",
        "schemdraw", "ieee",
        {"src": "12 V", "items": [("R", "R1 = 4 Ω"), ("P", ["R2 = 6 Ω", "R3 = 3 Ω"])]},
        {"value": ("6 Ω", "8 Ω"), "swap": ("R1 = 4 Ω", "R3 = 3 Ω"), "drop": 1, "series": True}, sd(dpi=140)))
    out.append(_case(
        "sd-iec-series", "a 24 V battery in series with R1 = 1 kΩ, R2 = 2.2 kΩ and R3 = 4.7 kΩ", "schemdraw", "iec",
        {"src": "24 V", "items": [("R", "R1\n1 kΩ"), ("R", "R2\n2.2 kΩ"), ("R", "R3\n4.7 kΩ")], "right": True},
        {"value": ("2.2", "3.3"), "drop": 1, "parallel": True, "source_value": "12 V"}, sd(iec=True, dpi=120)))
    out.append(_case(
        "sd-iec-parallel-series", "R1 = 10 Ω and R2 = 20 Ω in parallel, in series with R3 = 5 Ω, across a 9 V battery",
        "schemdraw", "iec",
        {"src": "9 V", "items": [("P", ["R1 = 10 Ω", "R2 = 20 Ω"]), ("R", "R3 = 5 Ω")], "right": True},
        {"value": ("20 Ω", "50 Ω"), "swap": ("R2 = 20 Ω", "R3 = 5 Ω"), "drop": 0, "series": True},
        sd(iec=True, dpi=160, fontsize=12)))
    out.append(_case(
        "mpl-bw-series", "a 6 V battery in series with R1 = 2 Ω and R2 = 4 Ω", "matplotlib", "bw",
        {"src": "6 V", "items": [("R", "R1 = 2 Ω"), ("R", "R2 = 4 Ω")]},
        {"value": ("4 Ω", "9 Ω"), "drop": 1, "parallel": True, "duplicate": 0}, mp()))
    out.append(_case(
        "mpl-colour-parallel", "three resistors R1 = 10 Ω, R2 = 20 Ω and R3 = 30 Ω in parallel across a 12 V battery",
        "matplotlib", "colour",
        {"src": "12 V", "ladder": True, "items": ["R1\n10 Ω", "R2\n20 Ω", "R3\n30 Ω"]},
        {"value": ("30", "80"), "drop": True, "series": True, "source_value": "9 V"},
        mp(colours={"wire": "#2a7f62", "res": "#8e44ad", "bat": "#c0392b", "text": "#1f3a93"}, family="sans-serif",
           dpi=120, lw=2.0)))
    out.append(_case(
        "mpl-bw-series-parallel", "R1 = 330 Ω in series with R2 = 470 Ω and R3 = 680 Ω in parallel across a 5 V battery",
        "matplotlib", "bw",
        {"src": "5 V", "items": [("R", "R1 = 330 Ω"), ("P", ["R2 = 470 Ω", "R3 = 680 Ω"])]},
        {"value": ("680", "860"), "swap": ("R1 = 330 Ω", "R3 = 680 Ω"), "drop": 1, "series": True},
        mp(dpi=130, fontsize=11)))
    out.append(_case(
        "sd72-series-parallel", "a 12 V battery with R1 = 4 Ω in series with R2 = 6 Ω and R3 = 3 Ω in parallel",
        "schemdraw", "default72",
        {"src": "12 V", "items": [("R", "R1\n4 Ω"), ("P", ["R2\n6 Ω", "R3\n3 Ω"])]},
        {"value": ("3 Ω", "5 Ω"), "swap": ("R1\n4 Ω", "R3\n3 Ω"), "drop": 1, "series": True}, _schemdraw_flow))
    out.append(_case(
        "sd72-parallel", "two 10 Ω resistors in parallel across a 6 V battery", "schemdraw", "default72",
        {"src": "6 V", "srcv": True, "ladder": True, "items": ["10 Ω", "10 Ω"]},
        {"value": ("10 Ω", "22 Ω"), "drop": True, "series": True, "duplicate": True}, _schemdraw_flow))
    out.append(_case(
        "sd-source-capacitor", "a 12 V source in series with a 100 Ω resistor and a 10 µF capacitor", "schemdraw",
        "ieee",
        {"src": "12 V", "srcv": True, "items": [("R", "100 Ω"), ("C", "10 µF")], "right": True},
        {"value": ("100 Ω", "150 Ω"), "drop": 0, "parallel": True}, sd(dpi=120)))
    out.append(_case(
        "sd-lamp", "a 9 V battery in series with a 1 kΩ resistor and a lamp", "schemdraw", "ieee",
        {"src": "9 V", "items": [("R", "1 kΩ"), ("LAMP", "lamp")], "right": True},
        {"value": ("1 kΩ", "4 kΩ"), "drop": 0, "parallel": True, "source_value": "6 V"}, sd(dpi=110, fontsize=16)))
    return out
