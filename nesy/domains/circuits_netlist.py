"""A SPICE netlist as the text of a circuit, for ``nesy.circuits.v1``.

nesy writes each figure's circuit as a SPICE netlist (``circuit.cir``); this module reads one back, so that
"Can you draw this netlist as a schematic?\\nV1 1 0 DC 24\\nR1 1 2 2k\\nR2 2 0 2k\\n.end" is drawn as the same
circuit the prose reader builds for "a 24 V source in series with two 2 kΩ resistors".

Element lines (Nagel, *SPICE2: A Computer Program to Simulate Semiconductor Circuits*, UCB/ERL M520, 1975,
§2–3; ngspice manual, ch. 2.1–2.3 and 3.1–3.2): ``<name> <node+> <node-> [DC] <value>`` where the name's
first letter is its kind — R resistor (Ω), C capacitor (F), L inductor (H), V voltage source (V), I current
source (A). A value is a number with an optional scale factor, case-insensitive: T = 1e12, G = 1e9,
MEG = 1e6, K = 1e3, M = 1e-3 (milli, not mega), U (or µ) = 1e-6, N = 1e-9, P = 1e-12, F = 1e-15 (femto: "10F"
is 10 fF); letters after it are ignored, as SPICE ignores them ("10uF", "2kohm"). Lines starting with
``*`` are comments, ``.end`` ends the deck; other dot-lines (``.tran``, ``.op``) are simulation commands a
schematic does not show: listed as not drawn. A first line that is no element is the deck's title, as SPICE
reads it, when the text is a deck alone; in a message, the prose around the deck is read for words nesy
does not know.

The circuit is found from the node graph: parts joining the same two nodes are in parallel, two parts
meeting at a node no other part touches are in series; reduced so until one part is left, it is a
series-parallel circuit (Duffin, "Topology of series-parallel networks", *J. Math. Anal. Appl.* 10, 1965).
A netlist that does not reduce so (a bridge), a node only one part touches, parts not connected to the
rest, a source given as a waveform (``SIN(…)``, ``PULSE(…)``, ``AC``) or any other element letter is refused,
naming the line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import InputError, UnknownWordsError, UnsupportedError

__all__ = ["find_netlist", "netlist_scene", "spice_value", "Element"]

_KIND = {"R": ("resistor", "ohm"), "C": ("capacitor", "F"), "L": ("inductor", "H"), "V": ("vsource", "V"),
         "I": ("isource", "A")}
_SCALE = (("meg", 1e6), ("t", 1e12), ("g", 1e9), ("k", 1e3), ("m", 1e-3), ("u", 1e-6), ("µ", 1e-6), ("μ", 1e-6),
          ("n", 1e-9), ("p", 1e-12), ("f", 1e-15))
_NUM = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
# an element line: name, two nodes, then the rest (checked by _element)
_LINE = re.compile(r"^[ \t]*(?P<name>[A-Za-z][A-Za-z0-9_]*)[ \t]+(?P<n1>[A-Za-z0-9_]+)[ \t]+(?P<n2>[A-Za-z0-9_]+)"
                   r"[ \t]+(?P<rest>\S[^\n]*?)[ \t]*$", re.MULTILINE)
_VALUE = re.compile(r"(?:(?P<dc>DC)[ \t]+)?(?P<val>" + _NUM + r"[A-Za-zµμ]*)(?:[ \t]*;.*)?", re.IGNORECASE)
_WAVE = re.compile(r"(?:DC[ \t]+\S+[ \t]+)?(?:AC|SIN|PULSE|PWL|EXP|SFFM)\b.*", re.IGNORECASE)
# another element's line: a name with a digit, then nodes and a model or value ("Q1 c b e BC547", "D1 1 2 1N4148")
_OTHER = re.compile(r"^[ \t]*(?P<name>[DQMJXKEFGHBSWTU][A-Za-z_]*\d\w*)(?:[ \t]+\S+){3,}[ \t]*$", re.MULTILINE)
_END = re.compile(r"^[ \t]*\.end[ \t]*$", re.MULTILINE | re.IGNORECASE)
_DOT = re.compile(r"^[ \t]*\.(?!end[ \t]*$)[A-Za-z].*$", re.MULTILINE | re.IGNORECASE)
_COMMENT = re.compile(r"^[ \t]*\*.*$", re.MULTILINE)


@dataclass(frozen=True)
class Element:
    """One element line: its name, kind, nodes, value (SI units: Ω, F, H, V, A) and characters in the text."""
    name: str
    kind: str
    unit: str
    n1: str
    n2: str
    value: float
    start: int
    end: int


def spice_value(s: str, where: str = "") -> float:
    """``"2k"`` → 2000.0, ``"4.7meg"`` → 4.7e6, ``"100n"`` → 1e-7, ``"10uF"`` → 1e-5 (SPICE scale factors,
    module docstring). Raises ``InputError`` naming ``where`` for anything else."""
    m = re.fullmatch(r"(" + _NUM + r")([A-Za-zµμ]*)", s.strip())
    if m is None:
        raise InputError(f"{where or repr(s)}: '{s}' is no SPICE value")
    num, suffix = float(m.group(1)), m.group(2).lower()
    for key, scale in _SCALE:
        if suffix.startswith(key):
            return num * scale
    return num


def _element(m: re.Match, text: str) -> Element:
    line = m.group(0).strip()
    where = f"'{line}' at {m.start('name')}-{m.end()}"
    letter = m.group("name")[0].upper()
    if letter not in _KIND:
        raise UnsupportedError(f"{where}: a SPICE element of kind '{letter}' — nesy draws R, C, L, V and I elements "
                               "of a netlist only")
    v = _VALUE.fullmatch(m.group("rest"))
    if v is None:
        raise UnsupportedError(f"{where}: nesy reads an element's DC value only ('{m.group('name')} n+ n- [DC] "
                               "value'), not a waveform, an AC source or a model")
    value = spice_value(v.group("val"), where)
    if value <= 0 and letter in "RCL":
        raise InputError(f"{where}: a {_KIND[letter][0]} of {v.group('val')} — its value must be positive")
    kind, unit = _KIND[letter]
    return Element(m.group("name"), kind, unit, m.group("n1"), m.group("n2"), value, m.start("name"), m.end())


def find_netlist(text: str) -> tuple[list[Element], list[tuple[int, int]], list[tuple[str, int, int]]] | None:
    """The netlist in ``text``: its elements, the spans of its lines (elements, comments, ``.end``, title) and
    the simulation commands to list as not drawn; None when the text holds no netlist (fewer than two element
    lines, or neither an ``.end`` line nor a ground node ``0``). Raises for an element line nesy cannot read."""
    lines = list(_LINE.finditer(text))
    cand = [m for m in lines if m.group("name")[0].upper() in _KIND
            and (_VALUE.fullmatch(m.group("rest")) or _WAVE.fullmatch(m.group("rest")))]
    # a deck: two element lines at least, and its ".end" line — or, without one, ground node 0 and names with
    # their number ("R1", "V2"), so that a table of words and numbers ("Venus 0 1 2") is never read as one
    if len(cand) < 2 or not (_END.search(text) or (any("0" in (m.group("n1"), m.group("n2")) for m in cand)
                                                    and all(re.search(r"\d", m.group("name")) for m in cand))):
        return None
    # in a deck, a line of another element (a transistor, a subcircuit) is no part nesy draws: refused by name
    other = next((m for m in _OTHER.finditer(text) if not any(c.start() <= m.start() < c.end() for c in cand)), None)
    if other is not None:
        raise UnsupportedError(f"'{other.group(0).strip()}' at {other.start('name')}-{other.end()}: a SPICE element of "
                               f"kind '{other.group('name')[0].upper()}' — nesy draws R, C, L, V and I elements of a "
                               "netlist only")
    elements = [_element(m, text) for m in cand]
    names = [e.name.upper() for e in elements]
    dup = next((e for k, e in enumerate(elements) if names.index(e.name.upper()) != k), None)
    if dup is not None:
        raise InputError(f"'{dup.name}' at {dup.start}-{dup.start + len(dup.name)} names two elements of the netlist")
    spans = [(m.start(), m.end()) for m in cand] + [(m.start(), m.end()) for m in _END.finditer(text)] \
        + [(m.start(), m.end()) for m in _COMMENT.finditer(text)]
    commands = [(m.group(0).strip(), m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end())
                for m in _DOT.finditer(text)]
    return elements, spans, commands


def _leaves(x: Any) -> list[str]:
    return [x] if isinstance(x, str) else [y for c in x[1] for y in _leaves(c)]


def _reduce(elements: list[Element], closing: Element) -> Any:
    """The series-parallel expression (nested ``("S"|"P", [..])`` with element names at the leaves) of the
    network without ``closing``, between ``closing``'s nodes; raises ``UnsupportedError`` when it has none."""
    edges: list[list[Any]] = [[e.n1, e.n2, e.name] for e in elements if e is not closing]
    a, b = closing.n1, closing.n2
    where = lambda: ", ".join(f"'{e.name}'" for e in elements)   # noqa: E731
    while True:
        changed = False
        # parts joining the same two nodes: in parallel
        seen: dict[frozenset, int] = {}
        for k, (u, v, x) in enumerate(edges):
            if u == v:
                raise UnsupportedError(f"'{', '.join(_leaves(x))}' joins node {u} to itself: "
                                       "it is shorted out; nesy draws no such part")
            key = frozenset((u, v))
            if key in seen:
                j = seen[key]
                ex = edges[j][2]
                edges[j][2] = ("P", (ex[1] if isinstance(ex, tuple) and ex[0] == "P" else [ex]) + [x])
                edges.pop(k)
                changed = True
                break
            seen[key] = k
        if changed:
            continue
        # two parts meeting at a node no other part touches: in series
        deg: dict[str, list[int]] = {}
        for k, (u, v, _x) in enumerate(edges):
            deg.setdefault(u, []).append(k)
            deg.setdefault(v, []).append(k)
        for node, ks in deg.items():
            if node in (a, b):
                continue
            if len(ks) == 1:
                x = edges[ks[0]][2]
                raise UnsupportedError(f"node {node} of the netlist ({where()}) is touched by one element only "
                                       f"(the branch of {', '.join(_leaves(x))}): an open branch carries no current and "
                                       "nesy draws closed loops only")
            if len(ks) == 2:
                (u1, v1, x1), (u2, v2, x2) = edges[ks[0]], edges[ks[1]]
                p = u1 if v1 == node else v1
                q = u2 if v2 == node else v2
                parts = [y for x in (x1, x2) for y in (x[1] if isinstance(x, tuple) and x[0] == "S" else [x])]
                for k in sorted(ks, reverse=True):
                    edges.pop(k)
                edges.append([p, q, ("S", parts)])
                changed = True
                break
        if not changed:
            break
    if len(edges) == 1 and {edges[0][0], edges[0][1]} == {a, b}:
        return edges[0][2]
    if not edges:
        raise UnsupportedError(f"'{closing.name}' is the only element between its nodes: the netlist closes no loop")
    raise UnsupportedError(f"the netlist ({where()}) is no series-parallel circuit: its node graph does not reduce to "
                           "parts in series and in parallel (a bridge, or parts not connected to the rest); nesy draws "
                           "series-parallel circuits only")


def netlist_scene(text: str, net: tuple, *, allow_unknown: bool):
    """The ``SceneGraph`` of the netlist ``net`` (``find_netlist``) found in ``text``."""
    from . import circuits as C
    elements, spans, commands = net
    rest = C._blank(text, [(s, e, "netlist") for s, e in spans] + [(s, e, "command") for _t, s, e in commands])
    toks, unknown, _n = C._tokens(rest, strict=False)
    said = [t for t in toks if t.tag in ("KIND", "VALUE", "NAME") and t.text.strip()]   # ("this one": no part)
    if said:
        t = said[0]
        raise InputError(f"'{t.text}' at {t.start}-{t.end}: the text gives a netlist and describes parts in words as "
                         "well; nesy draws one circuit from one of them — give the netlist alone, or the words alone")
    if unknown and not allow_unknown:
        raise UnknownWordsError(unknown, text)
    unknown = sorted(unknown + list(commands), key=lambda u: u[1])
    sources = [e for e in elements if e.kind in C.SOURCES]
    closing = sources[0] if sources else elements[0]
    expr = _reduce(elements, closing)
    b = C._Builder(text)
    leaf: dict[str, Any] = {}
    for e in elements:
        span = C._sp(e.start, e.end, text)
        cid = b.new_comp(e.kind, e.name, {"value": e.value, "unit": e.unit}, None, span)
        leaf[e.name] = b.leaf[cid]
        leaf[e.name].attach = [span]

    def node(x: Any) -> Any:
        if isinstance(x, str):
            return leaf[x]
        n = C._Node(x[0], children=[node(y) for y in x[1]])
        for c in n.children:
            c.parent = n
        return n
    root = C._Node("P", children=[node(expr), leaf[closing.name]])
    for c in root.children:
        c.parent = root
    return C._scene_of(b, root, text, [], [], unknown)
