"""Frozen, typed values passed between the stages: parse → solve → render → verify.

``SceneGraph`` (what the text says) → ``Layout`` (where everything is, in figure pixels) →
``Rendering`` (SVG text and PNG bytes) → ``Verdict`` (one ``Check`` per constraint, as seen in the
pixels). Each has ``to_dict``/``from_dict`` so it can be written to and read from JSON.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

__all__ = ["plain", "Span", "NotDrawn", "Correction", "Entity", "Relation", "SceneGraph", "Shape", "Label", "Layout", "Rendering",
           "Check", "Verdict"]


def _freeze(d: dict[str, Any] | None) -> tuple[tuple[str, Any], ...]:
    def fz(v: Any) -> Any:
        if isinstance(v, list):
            return tuple(fz(x) for x in v)
        if isinstance(v, dict):
            return tuple(sorted((k, fz(x)) for k, x in v.items()))
        return v
    return tuple(sorted((k, fz(v)) for k, v in (d or {}).items()))


def plain(v: Any) -> Any:
    """``v`` as plain JSON values: numpy scalars and arrays unwrapped (``numpy.bool_`` → ``bool``),
    tuples as lists, non-finite floats as their names ("inf", "nan"); strict JSON can hold the result."""
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        return float(v) if math.isfinite(v) else str(v)
    if isinstance(v, dict):
        return {str(k): plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    tolist = getattr(v, "tolist", None)  # numpy scalar or array
    if callable(tolist):
        return plain(tolist())
    return str(v)


def _thaw(v: Any) -> Any:
    if isinstance(v, tuple):
        if all(isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], str) for x in v) and v:
            return {k: _thaw(x) for k, x in v}
        return [_thaw(x) for x in v]
    return v


@dataclass(frozen=True)
class Span:
    """A character span of the input text: ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Span | None":
        return None if d is None else cls(int(d["start"]), int(d["end"]), str(d["text"]))


@dataclass(frozen=True)
class NotDrawn:
    """A phrase of the text that the figure does not show, and why."""

    start: int
    end: int
    text: str
    why: str

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "why": self.why}

    @classmethod
    def from_dict(cls, d: dict) -> "NotDrawn":
        return cls(int(d["start"]), int(d["end"]), str(d["text"]), str(d.get("why", "")))

    def __str__(self) -> str:
        return f"'{self.text}' at {self.start}-{self.end} ({self.why})"


@dataclass(frozen=True)
class Correction:
    """``text[start:end]`` (as the user wrote it) is read as ``read_as``."""

    start: int
    end: int
    text: str
    read_as: str
    kind: str = ""      # what kind of reading, where the step that made it says ("wording", "standard"); else
    #                     ``nesy.parse.repairs.kind_of`` tells it from the texts

    def to_dict(self) -> dict[str, Any]:
        d = {"start": self.start, "end": self.end, "text": self.text, "read_as": self.read_as}
        if self.kind:
            d["kind"] = self.kind
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Correction":
        return cls(int(d["start"]), int(d["end"]), str(d["text"]), str(d["read_as"]), str(d.get("kind", "")))

    def __str__(self) -> str:
        return f"'{self.text}' at {self.start}-{self.end} read as '{self.read_as}'"


@dataclass(frozen=True)
class Entity:
    """One thing to draw: ``kind`` from the domain vocabulary, optional user ``name`` ("S2", "Mars")."""

    id: str
    kind: str
    name: str | None = None
    attributes: tuple[tuple[str, Any], ...] = ()
    span: Span | None = None

    def attr(self, key: str, default: Any = None) -> Any:
        return _thaw(dict(self.attributes).get(key, default)) if self.attributes else default

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "name": self.name,
                "attributes": _thaw(self.attributes) if self.attributes else {},
                "span": self.span.to_dict() if self.span else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Entity":
        return cls(str(d["id"]), str(d["kind"]), d.get("name"), _freeze(d.get("attributes")),
                   Span.from_dict(d.get("span")))


@dataclass(frozen=True)
class Relation:
    """A typed relation ``kind(source, target)`` between entity ids, with the phrase it came from."""

    kind: str
    source: str
    target: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "source": self.source, "target": self.target,
                "span": self.span.to_dict() if self.span else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Relation":
        return cls(str(d["kind"]), str(d["source"]), str(d["target"]), Span.from_dict(d.get("span")))


@dataclass(frozen=True)
class SceneGraph:
    """What the text says, typed: entities, relations and scene-wide attributes, with spans.

    ``attributes`` holds scene-wide facts (a crystal's zone axis, lattice constants …) and
    ``phrases`` the spans of every phrase that carries a constraint (counts, quantities), so an
    unsat core can always be reported in the user's words.
    """

    domain: str
    text: str = ""
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    attributes: tuple[tuple[str, Any], ...] = ()
    ignored: tuple[Span, ...] = ()
    unknown: tuple[Span, ...] = ()
    # the phrases the figure does not show, with why (``nesy.parse.account``); a figure drawn from a scene
    # with any is not complete, and is never reported as fully verified
    not_drawn: tuple[NotDrawn, ...] = ()
    # misspelt words read as the science's own (``nesy.parse.spelling``), each with its position
    corrections: tuple[Correction, ...] = ()
    # unread phrases known to carry no content, with why (``nesy.parse.chat``: "Hi", "I'm teaching", "for my
    # class"); their words are among ``ignored`` too
    no_content: tuple[NotDrawn, ...] = ()

    def entity(self, eid: str) -> Entity:
        for e in self.entities:
            if e.id == eid:
                return e
        raise KeyError(eid)

    def attr(self, key: str, default: Any = None) -> Any:
        return _thaw(dict(self.attributes).get(key, default)) if self.attributes else default

    def containers(self, kinds: tuple[str, ...] = ("inside",)) -> dict[str, str]:
        """Each entity's first container: the target of its first relation of one of ``kinds``."""
        parent: dict[str, str] = {}
        for r in self.relations:
            if r.kind in kinds:
                parent.setdefault(r.source, r.target)
        return parent

    def to_networkx(self):
        """A ``networkx.MultiDiGraph``: nodes are entity ids (with kind/name/attrs), edges relations."""
        import networkx as nx
        g = nx.MultiDiGraph(domain=self.domain, text=self.text)
        for e in self.entities:
            g.add_node(e.id, kind=e.kind, name=e.name, **(_thaw(e.attributes) if e.attributes else {}))
        for r in self.relations:
            g.add_edge(r.source, r.target, key=r.kind, kind=r.kind,
                       span=r.span.to_dict() if r.span else None)
        return g

    def to_dict(self) -> dict[str, Any]:
        return {"domain": self.domain, "text": self.text,
                "entities": [e.to_dict() for e in self.entities],
                "relations": [r.to_dict() for r in self.relations],
                "attributes": _thaw(self.attributes) if self.attributes else {},
                "ignored": [s.to_dict() for s in self.ignored],
                "unknown": [s.to_dict() for s in self.unknown],
                "not_drawn": [n.to_dict() for n in self.not_drawn],
                "corrections": [c.to_dict() for c in self.corrections],
                "no_content": [n.to_dict() for n in self.no_content]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "SceneGraph":
        return cls(str(d["domain"]), str(d.get("text", "")),
                   tuple(Entity.from_dict(e) for e in d.get("entities", [])),
                   tuple(Relation.from_dict(r) for r in d.get("relations", [])),
                   _freeze(d.get("attributes")),
                   tuple(Span.from_dict(s) for s in d.get("ignored", [])),
                   tuple(Span.from_dict(s) for s in d.get("unknown", [])),
                   tuple(NotDrawn.from_dict(n) for n in d.get("not_drawn", [])),
                   tuple(Correction.from_dict(c) for c in d.get("corrections", [])),
                   tuple(NotDrawn.from_dict(n) for n in d.get("no_content", [])))


@dataclass(frozen=True)
class Shape:
    """A drawn outline in figure pixels (y down).

    ``kind``: ellipse | rect | rounded | circle | line | point | polyline | polygon.
    ``box`` is ``(x0, y0, x1, y1)``: the bounding box of an ellipse/rect/circle; the two end points
    of a line; a point's ``(x, y, x, y)``; the bounding box of a polyline/polygon, whose vertices are
    ``points``. ``radius``: the corner radius of a rounded rectangle (px).
    """

    id: str
    kind: str
    box: tuple[float, float, float, float]
    fill: str = "none"
    stroke: str = "#000000"
    stroke_width: float = 2.0
    z: int = 0
    cls: str = ""
    radius: float = 0.0
    points: tuple[tuple[float, float], ...] = ()

    def geometry(self, resolution: int = 64):
        """The outline as a shapely geometry (ellipses as polygons of ``4*resolution`` vertices)."""
        from shapely import affinity
        from shapely.geometry import LineString, Point, Polygon, box
        x0, y0, x1, y1 = self.box
        if self.kind == "polyline":
            return LineString(self.points)
        if self.kind == "polygon":
            return Polygon(self.points)
        if self.kind == "rect":
            return box(x0, y0, x1, y1)
        if self.kind == "rounded":
            r = min(self.radius, (x1 - x0) / 2, (y1 - y0) / 2)
            return box(x0 + r, y0 + r, x1 - r, y1 - r).buffer(r, quad_segs=max(4, resolution // 4))
        if self.kind in ("ellipse", "circle"):
            c = Point((x0 + x1) / 2, (y0 + y1) / 2).buffer(1.0, quad_segs=resolution)
            return affinity.scale(c, (x1 - x0) / 2, (y1 - y0) / 2)
        if self.kind == "line":
            return LineString([(x0, y0), (x1, y1)])
        return Point(x0, y0)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["box"] = list(self.box)
        d["points"] = [list(p) for p in self.points]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Shape":
        return cls(**{**d, "box": tuple(float(v) for v in d["box"]),
                      "points": tuple(tuple(float(c) for c in p) for p in d.get("points", ()))})


@dataclass(frozen=True)
class Label:
    """A text label at ``(x, y)`` (pixels, baseline-left unless ``anchor`` says otherwise)."""

    text: str
    x: float
    y: float
    size: float = 14.0
    anchor: str = "start"
    color: str = "#000000"
    # set in the oblique face: a variable's or a set's name (ISO 80000-2 §3; Rosen §2.1 writes sets A, B
    # in italic); numbers, units and words stay upright
    italic: bool = False
    # drawn without anti-aliasing (pure ink pixels): a caption line the verifier must not take for a
    # colour it does not know
    crisp: bool = False
    # an equation label ("W = mg", "m = 5 kg"): its symbols italic, numbers and units upright
    # (``render.typography.math_runs``)
    math: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("italic", "crisp", "math"):   # written only when set: layout.json as before for upright labels
            if not d[k]:
                del d[k]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Label":
        return cls(**d)


@dataclass(frozen=True)
class Layout:
    """Where everything is, in figure pixels: shapes, labels, the legend, and solve statistics."""

    domain: str
    width: int
    height: int
    shapes: tuple[Shape, ...] = ()
    labels: tuple[Label, ...] = ()
    legend: tuple[tuple[str, str], ...] = ()
    stats: tuple[tuple[str, Any], ...] = ()
    extras: tuple[tuple[str, Any], ...] = ()

    def shape(self, sid: str) -> Shape:
        for s in self.shapes:
            if s.id == sid:
                return s
        raise KeyError(sid)

    def stat(self, key: str, default: Any = None) -> Any:
        return dict(self.stats).get(key, default)

    def extra(self, key: str, default: Any = None) -> Any:
        return _thaw(dict(self.extras).get(key, default)) if self.extras else default

    def geojson(self) -> dict[str, Any]:
        """``{"canvas": {...}, "entities": {id: GeoJSON geometry}}`` — the layout.json contract."""
        from shapely.geometry import mapping

        def rnd(o: Any) -> Any:
            if isinstance(o, float):
                return round(o, 3)
            if isinstance(o, (list, tuple)):
                return [rnd(x) for x in o]
            if isinstance(o, dict):
                return {k: rnd(v) for k, v in o.items()}
            return o
        return {"canvas": {"width": self.width, "height": self.height},
                "entities": {s.id: rnd(mapping(s.geometry(16))) for s in self.shapes
                             if not s.id.startswith("_")}}

    def to_dict(self) -> dict[str, Any]:
        return {"domain": self.domain, "width": self.width, "height": self.height,
                "shapes": [s.to_dict() for s in self.shapes],
                "labels": [lb.to_dict() for lb in self.labels],
                "legend": [list(x) for x in self.legend],
                "stats": dict(self.stats), "extras": _thaw(self.extras) if self.extras else {}}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Layout":
        return cls(d["domain"], int(d["width"]), int(d["height"]),
                   tuple(Shape.from_dict(s) for s in d.get("shapes", [])),
                   tuple(Label.from_dict(x) for x in d.get("labels", [])),
                   tuple(tuple(x) for x in d.get("legend", [])),
                   tuple(sorted(d.get("stats", {}).items())), _freeze(d.get("extras")))


@dataclass(frozen=True)
class Rendering:
    """The exact figure: SVG text, PNG bytes and named control maps (PNG bytes)."""

    svg: str
    png: bytes
    width: int
    height: int
    controls: tuple[tuple[str, bytes], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        import base64
        return {"svg": self.svg, "png": base64.b64encode(self.png).decode(), "width": self.width,
                "height": self.height,
                "controls": {k: base64.b64encode(v).decode() for k, v in self.controls}}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Rendering":
        import base64
        return cls(d["svg"], base64.b64decode(d["png"]), int(d["width"]), int(d["height"]),
                   tuple((k, base64.b64decode(v)) for k, v in d.get("controls", {}).items()))


@dataclass(frozen=True)
class Check:
    """One constraint checked on what the image shows: observed value, tolerance, pass/fail."""

    law: str
    args: tuple[str, ...]
    observed: Any
    expected: Any
    tolerance: Any
    passed: bool
    phrase: str = ""

    def __post_init__(self) -> None:
        # Verifiers compute with numpy: a numpy.bool_ verdict or float64 observation would make the
        # verdict unserialisable, so every check holds plain values from the start.
        object.__setattr__(self, "passed", bool(self.passed))
        object.__setattr__(self, "args", tuple(str(a) for a in self.args))
        for name in ("observed", "expected", "tolerance"):
            v = getattr(self, name)
            if not (v is None or isinstance(v, (bool, int, float, str))):
                v = plain(v)
            elif isinstance(v, float) and not math.isfinite(v):
                v = str(v)
            object.__setattr__(self, name, v)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["args"] = list(self.args)
        return plain(d)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Check":
        return cls(**{**d, "args": tuple(d["args"])})


@dataclass(frozen=True)
class Verdict:
    """All checks of one figure; ``passed`` only when every check passed and there was one."""

    checks: tuple[Check, ...]
    rounds: int = 1
    history: tuple[tuple[int, int], ...] = field(default=())  # (round, failing checks) per round

    @property
    def passed(self) -> bool:
        return bool(self.checks) and all(c.passed for c in self.checks)

    def failed(self) -> list[Check]:
        return [c for c in self.checks if not c.passed]

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "rounds": self.rounds,
                "history": [{"round": r, "failed": f} for r, f in self.history],
                "checks": [c.to_dict() for c in self.checks]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Verdict":
        return cls(tuple(Check.from_dict(c) for c in d["checks"]), int(d.get("rounds", 1)),
                   tuple((h["round"], h["failed"]) for h in d.get("history", [])))


def finite(x: float, what: str) -> float:
    """Return ``x`` as float if finite, else raise InputError naming ``what``."""
    from .errors import InputError
    try:
        v = float(x)
    except (TypeError, ValueError):
        raise InputError(f"{what} must be a number, got {x!r}") from None
    if not math.isfinite(v):
        raise InputError(f"{what} must be finite, got {x!r}")
    return v


def dedupe(xs: Iterable[Any]) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def is_under(parent: dict[str, str], eid: str, host: str) -> bool:
    """Whether ``host`` is among ``eid``'s containers, walking ``parent`` (``SceneGraph.containers``) up
    (at most 64 steps, so a cyclic map ends)."""
    p, n = parent.get(eid), 0
    while p is not None and n < 64:
        if p == host:
            return True
        p, n = parent.get(p), n + 1
    return False
