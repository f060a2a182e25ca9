"""Scene graphs given directly as YAML/JSON (``--spec FILE``, ``verify --scene``), checked before any
domain code sees them; hands a ``SceneGraph`` to the solver.

Four layers, each raising ``SpecError`` naming the JSON path and the value received:

1. plain data: only JSON types (mappings with string keys, lists, strings, finite numbers of a
   drawable magnitude, booleans, null), nested at most ``MAX_DEPTH`` deep. A YAML file may not use
   anchors or aliases (a few hundred bytes of aliases expand to gigabytes), nor repeat a key.
2. ``configs/scene.schema.json``: the shape every science shares (ids, kinds, spans, limits).
3. ``configs/spec/<science>.schema.json``: that science's entity kinds, relation kinds and
   attributes, checked on the scene exactly as the domain will read it (``SceneGraph`` round trip).
   Besides JSON Schema's keywords they use nesy's own, so the rules stay data: ``nesyRational`` (a
   number written as a string, "981/100", within bounds) and ``nesyRef`` (a string naming an entity
   of the spec, optionally of given kinds); at the root ``nesyContainment`` (which kinds may lie
   inside which: the ``containment`` table of the science's law set, which the text path obeys
   too), ``nesyNoSelfRelations`` and ``nesyRelationsByKind`` (relation rules depend only on kinds,
   so one relation of each class is checked for the 160,000 of a pairwise phrase).
4. small per-science checks of what a schema cannot say (``_CHECKS``): references between a
   science's own tables (astronomy's bodies, automata's states, a circuit's tree) and their agreement
   with the entities.

The limits follow what nesy itself writes: every ``scene.json`` that ``generate`` produces reads back.
"""
from __future__ import annotations

import contextvars
import functools
import json
import math
import re
from fractions import Fraction
from pathlib import Path
from typing import Any, Callable, Iterator

from .errors import SpecError
from .resources import load_json, load_yaml
from .types import SceneGraph

__all__ = ["load_spec", "validate_spec", "science_schema", "MAX_SPEC_BYTES", "MAX_ENTITIES", "MAX_RELATIONS",
           "MAX_DEPTH", "MAX_MAGNITUDE"]

MAX_ENTITIES = 4200          # 2,000 nuclei (solvers/microscopy.yaml max_nuclei) in as many cells, and regions
MAX_RELATIONS = 320_000      # two pairwise phrases over 400 entities each ("400 ribosomes outside 400 vesicles")
MAX_SPEC_BYTES = 64_000_000  # a scene.json of that many relations (nesy writes 31 MB for 160,800)
MAX_DEPTH = 48               # nesting of mappings/lists (a circuit's series/parallel tree is the deepest)
MAX_MAGNITUDE = 1e15         # largest |number| anywhere in a spec; each field has its own drawable bounds
MAX_STRING = 100_000          # characters in one string (a text is at most 20,000)


# ---------------------------------------------------------------------------------------------
# reading a file


def load_spec(path: str | Path) -> SceneGraph:
    """Read and validate a YAML or JSON spec file (``.json``: JSON; anything else: YAML)."""
    p = Path(path)
    if not p.is_file():
        raise SpecError(f"spec file not found: {str(path)!r}")
    size = p.stat().st_size
    if size > MAX_SPEC_BYTES:
        raise SpecError(f"spec file is {size} bytes; the limit is {MAX_SPEC_BYTES}")
    raw = p.read_bytes()
    if not raw.strip():
        raise SpecError("spec must be a mapping, got an empty file", "(top level)")
    try:
        txt = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad = raw[e.start:e.start + 1]
        raise SpecError(f"spec file is not UTF-8 text (byte {bad!r} at offset {e.start})") from None
    data = _parse_json(txt) if p.suffix.lower() == ".json" else _parse_yaml(txt)
    if not isinstance(data, dict):
        raise SpecError(f"spec must be a mapping, got {type(data).__name__}", "(top level)")
    return validate_spec(data)


def _no_dup_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for k, _ in pairs:
            if k in seen:
                raise SpecError(f"key {k!r} appears twice in one mapping")
            seen.add(k)
    return out


def _parse_json(txt: str) -> Any:
    try:
        return json.loads(txt, object_pairs_hook=_no_dup_keys)
    except SpecError:
        raise
    except json.JSONDecodeError as e:
        raise SpecError(f"spec file does not parse as JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    except RecursionError:
        raise SpecError(f"spec file nests deeper than {MAX_DEPTH} levels") from None
    except ValueError as e:  # an integer of more than 4,300 digits
        raise SpecError(f"spec file does not parse: {str(e).splitlines()[0][:200]}") from None


def _parse_yaml(txt: str) -> Any:
    """Safe YAML without anchors or aliases: the events are scanned first (linear in the text), so an
    alias bomb is refused before a single object is built."""
    import yaml
    try:
        depth = 0
        for ev in yaml.parse(txt, Loader=yaml.SafeLoader):
            if isinstance(ev, yaml.AliasEvent):
                raise SpecError(f"YAML aliases (*{ev.anchor}) are not allowed in a spec; write the value out "
                                f"(line {ev.start_mark.line + 1})")
            if getattr(ev, "anchor", None):
                raise SpecError(f"YAML anchors (&{ev.anchor}) are not allowed in a spec "
                                f"(line {ev.start_mark.line + 1})")
            if isinstance(ev, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise SpecError(f"spec file nests deeper than {MAX_DEPTH} levels (line {ev.start_mark.line + 1})")
            elif isinstance(ev, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
        return yaml.load(txt, Loader=_SpecYamlLoader())
    except yaml.YAMLError as e:
        raise SpecError(f"spec file does not parse as YAML: {str(e).splitlines()[0][:200]}") from None
    except RecursionError:
        raise SpecError(f"spec file nests deeper than {MAX_DEPTH} levels") from None


@functools.lru_cache(maxsize=1)
def _SpecYamlLoader() -> type:
    import yaml

    class Loader(yaml.SafeLoader):
        """SafeLoader that refuses a key written twice in one mapping."""

        def construct_mapping(self, node, deep=False):  # type: ignore[override]
            seen: set[Any] = set()
            for k, _ in node.value:
                key = self.construct_object(k, deep=True)
                try:
                    dup = key in seen
                    seen.add(key)
                except TypeError:
                    raise SpecError(f"a mapping key must be a string, got {k.value!r} "
                                    f"(line {k.start_mark.line + 1})") from None
                if dup:
                    raise SpecError(f"key {key!r} appears twice in one mapping (line {k.start_mark.line + 1})")
            return super().construct_mapping(node, deep=deep)
    return Loader


# ---------------------------------------------------------------------------------------------
# validating a mapping


def validate_spec(data: Any) -> SceneGraph:
    """Validate a parsed spec (a dict, as ``json.load`` gives it) and return its ``SceneGraph``.

    Raises ``SpecError`` naming the JSON path and the value received for anything a science could
    not draw exactly: wrong types, missing keys, NaN/inf or huge numbers, unknown kinds, dangling
    references, another science's attributes, containment its laws forbid.
    """
    if not isinstance(data, dict):
        raise SpecError(f"spec must be a mapping, got {type(data).__name__}", "(top level)")
    _check_plain(data)
    by_kind = data.get("domain") in _DOMAINS and bool(science_schema(data["domain"]).get("nesyRelationsByKind"))
    keep = _relation_classes(data) if by_kind else None
    _check_schema(data, "scene", {}, keep)
    ids: dict[str, str] = {}
    for k, e in enumerate(data["entities"]):
        if e["id"] in ids:
            raise SpecError(f"duplicate entity id {e['id']!r}", f"entities/{k}/id")
        ids[e["id"]] = e["kind"]
    if data["domain"] not in _OWN_ENDPOINTS:
        for k, r in enumerate(data.get("relations", [])):
            for end in ("source", "target"):
                if r[end] not in ids:
                    raise SpecError(f"must name an entity of the spec, got {r[end]!r}", f"relations/{k}/{end}")
    scene = SceneGraph.from_dict(data)
    # the science's checks run on the scene as its domain will read it (keys sorted, {} read as [])
    seen = scene.to_dict()
    _check_schema(seen, scene.domain, ids, keep)
    _check_laws(seen, science_schema(scene.domain))
    check = _CHECKS.get(scene.domain)
    if check is not None:
        check(seen, ids)
    return scene


_DOMAINS = ("cell", "sets", "crystal", "astronomy", "optics", "geometry", "mechanics", "circuits", "automata",
            "microscopy")


@functools.lru_cache(maxsize=None)
def science_schema(domain: str) -> dict[str, Any]:
    """The JSON Schema of one science's scene (``configs/spec/<domain>.schema.json``)."""
    return load_json("configs", f"spec/{domain}.schema.json")


def _path(parts: Any) -> str:
    return "/".join(str(p) for p in parts) or "(top level)"


def _show(v: Any, limit: int = 80) -> str:
    s = repr(v)
    return s if len(s) <= limit else s[:limit - 1] + "…"


# characters a figure cannot carry: lone surrogates (not UTF-8) and controls XML 1.0 forbids (SVG labels)
_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _check_plain(data: Any) -> None:
    """Only JSON values, finite numbers of a drawable magnitude, bounded nesting and strings."""
    # a fast pass without paths; the slow pass below finds and names the first offending value
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        v, depth = stack.pop()
        t = type(v)
        if t is dict:
            if depth >= MAX_DEPTH:
                break
            for k, x in v.items():
                if type(k) is not str:
                    break
                stack.append((x, depth + 1))
            else:
                continue
            break
        if t is list:
            if depth >= MAX_DEPTH:
                break
            stack.extend((x, depth + 1) for x in v)
        elif t is str:
            if len(v) > MAX_STRING or _BAD_CHAR.search(v):
                break
        elif t is float or t is int:
            if not -MAX_MAGNITUDE <= v <= MAX_MAGNITUDE:  # False for NaN too
                break
        elif t is not bool and v is not None:
            break
    else:
        return
    _name_plain_error(data)


def _name_plain_error(data: Any) -> None:
    stack: list[tuple[Any, tuple, int]] = [(data, (), 0)]
    while stack:
        v, path, depth = stack.pop()
        if isinstance(v, (dict, list)) and depth >= MAX_DEPTH:
            raise SpecError(f"nests deeper than {MAX_DEPTH} levels", _path(path))
        if isinstance(v, dict):
            for k, x in v.items():
                if not isinstance(k, str):
                    raise SpecError(f"a mapping key must be a string, got {_show(k)}", _path(path))
                stack.append((x, path + (k,), depth + 1))
        elif isinstance(v, list):
            stack.extend((x, path + (i,), depth + 1) for i, x in enumerate(v))
        elif isinstance(v, bool) or v is None:
            pass
        elif isinstance(v, (int, float)):
            if isinstance(v, float) and not math.isfinite(v):
                raise SpecError(f"must be a finite number, got {_show(v)}", _path(path))
            if abs(v) > MAX_MAGNITUDE:
                raise SpecError(f"must be at most {MAX_MAGNITUDE:g} in magnitude, got {_show(v)}", _path(path))
        elif isinstance(v, str):
            if len(v) > MAX_STRING:
                raise SpecError(f"string of {len(v)} characters; the limit is {MAX_STRING}", _path(path))
            bad = _BAD_CHAR.search(v)
            if bad:
                raise SpecError(f"string holds the character {bad.group(0)!r}, which a figure cannot carry (a control "
                                f"character or a lone surrogate): {_show(v)}", _path(path))
        else:
            raise SpecError(f"must be a JSON value (mapping, list, string, number, true/false, null), got "
                            f"{type(v).__name__} {_show(v)}", _path(path))
    # a subclass of dict, list, str, int or float (a caller's own mapping type) is plain enough


# ---- JSON Schema with nesy's own keywords

_IDS: contextvars.ContextVar[dict[str, str]] = contextvars.ContextVar("nesy_spec_ids", default={})


def _rational(validator: Any, spec: dict[str, Any], instance: Any, schema: dict[str, Any]) -> Iterator[Any]:
    """``"nesyRational": {"minimum": 0, "exclusiveMinimum": 0, "maximum": 1e6}``: a string such as
    "9.81", "-3" or "981/100" (how nesy writes exact quantities) whose value lies within bounds."""
    from jsonschema.exceptions import ValidationError
    if not isinstance(instance, str):
        return
    try:
        if len(instance) > 40 or "_" in instance or not instance.strip():
            raise ValueError
        q = Fraction(instance)
    except (ValueError, ZeroDivisionError):
        yield ValidationError(f"must be a number written as a string (\"9.81\", \"981/100\"), got {_show(instance)}")
        return
    for key, bad, word in (("minimum", lambda b: q < b, "≥"), ("exclusiveMinimum", lambda b: q <= b, ">"),
                           ("maximum", lambda b: q > b, "≤"), ("exclusiveMaximum", lambda b: q >= b, "<")):
        if key in spec and bad(Fraction(str(spec[key]))):
            yield ValidationError(f"must be {word} {spec[key]}, got {_show(instance)}")
            return
    if spec.get("nonzero") and q == 0:
        yield ValidationError(f"must not be zero, got {_show(instance)}")


def _ref(validator: Any, spec: Any, instance: Any, schema: dict[str, Any]) -> Iterator[Any]:
    """``"nesyRef": true`` or ``{"kinds": [...]}``: the id of an entity of this spec (of those kinds)."""
    from jsonschema.exceptions import ValidationError
    if not isinstance(instance, str):
        return
    ids = _IDS.get()
    if instance not in ids:
        yield ValidationError(f"must name an entity of the spec, got {_show(instance)}")
        return
    kinds = spec.get("kinds") if isinstance(spec, dict) else None
    if kinds and ids[instance] not in kinds:
        yield ValidationError(f"must name an entity of kind {' or '.join(kinds)}, got {_show(instance)} "
                              f"(a {ids[instance]})")


def _containment(d: dict[str, Any], table: dict[str, Any]) -> None:
    """``"nesyContainment": true``: the science's ``containment`` table (solvers/<science>.yaml, read
    by ``nesy.solve.containment``, which the region solver reads too): ``relations`` that nest (source
    inside target) and ``rules``, each under a law of the law set quoted in the error — ``leaves``:
    kinds nothing may lie inside; ``within``: the only kinds a kind may lie inside; ``roots``: kinds
    that lie inside no other kind, and inside one of which every other kind must lie (an organelle
    inside a cell). Containment in a circle is left to the solver, which reports it with the user's
    phrases."""
    from .solve.containment import article, forbidden
    kind = {e["id"]: e["kind"] for e in d["entities"]}
    nest = set(table.get("relations", []))
    nested = [(k, r) for k, r in enumerate(d["relations"]) if r["kind"] in nest]
    parents: dict[str, list[str]] = {}
    for _, r in nested:
        parents.setdefault(r["source"], []).append(r["target"])
    memo: dict[str, set[str]] = {}

    def above(i: str) -> set[str]:
        """``i`` and every entity it lies inside, directly or not."""
        if i not in memo:
            todo, seen = [i], set()
            while todo:
                j = todo.pop()
                if j not in seen:
                    seen.add(j)
                    todo.extend(parents.get(j, []))
            memo[i] = seen
        return memo[i]
    for k, r in nested:
        s, t = r["source"], r["target"]
        if s in above(t) or s not in kind or t not in kind:
            continue
        hit = forbidden(table, kind[s], kind[t])
        if hit is not None:
            rule, why = hit
            raise SpecError(f"{why} ({_law_text(d['domain'], rule['law'])}), got {r['kind']}({s}, {t})",
                            f"relations/{k}")
    for rule in table.get("rules", []):
        roots = set(rule.get("roots", []))
        for k, e in enumerate(d["entities"]):
            if roots and e["kind"] not in roots and not any(kind.get(i) in roots for i in above(e["id"])):
                raise SpecError(f"{article(e['kind'])} must lie inside {' or '.join(map(article, sorted(roots)))} "
                                f"({_law_text(d['domain'], rule['law'])}): add a relation "
                                f"inside({e['id']}, <{article(sorted(roots)[0])}'s id>)", f"entities/{k}")


def _no_self(d: dict[str, Any], spec: bool) -> None:
    """``"nesyNoSelfRelations": true``: no relation from an entity to itself."""
    for k, r in enumerate(d["relations"]):
        if spec and r["source"] == r["target"]:
            raise SpecError(f"a relation needs two different entities, got {r['kind']}({r['source']}, "
                            f"{r['target']})", f"relations/{k}")


def _law_text(domain: Any, law: str) -> str:
    """A law of the science's law set (solvers/<domain>.yaml) as "name: doc, source"; else ``law`` itself."""
    try:
        entry = load_yaml("solvers", f"{domain}.yaml")["laws"][law]
        return f"{law}: {entry['doc'].rstrip('.')}, {entry['source']}"
    except (FileNotFoundError, KeyError, TypeError):
        return law


@functools.lru_cache(maxsize=1)
def _validator_class() -> Any:
    import jsonschema
    return jsonschema.validators.extend(jsonschema.Draft202012Validator, {"nesyRational": _rational, "nesyRef": _ref})


@functools.lru_cache(maxsize=None)
def _validator(name: str) -> Any:
    """The validator of ``"scene"`` (configs/scene.schema.json) or of a science; a science's schema may
    refer to the shared definitions as ``https://nesy.dev/schema/scene.v1.json#/$defs/span``."""
    from referencing import Registry, Resource
    base = load_json("configs", "scene.schema.json")
    schema = base if name == "scene" else science_schema(name)
    registry = Registry().with_resource(base["$id"], Resource.from_contents(base))
    return _validator_class()(schema, registry=registry)


def _relation_classes(data: dict[str, Any]) -> list[int] | None:
    """The index of one relation per class of (kind, kinds of its ends, span, keys): for a science
    whose relation rules say nothing else (``nesyRelationsByKind``), one relation stands for its
    class, so 160,000 pairwise relations check in a moment. An end that names no entity keeps a class
    of its own (and gets its own error)."""
    rels = data.get("relations")
    if not isinstance(rels, list) or len(rels) < 64:
        return None
    kind: dict[str, Any] = {}
    for e in data.get("entities") or []:
        if isinstance(e, dict) and isinstance(e.get("id"), str):
            kind[e["id"]] = ("kind", repr(e.get("kind")))
    keep: list[int] = []
    seen: set[Any] = set()
    for k, r in enumerate(rels):
        if isinstance(r, dict):
            s, t = r.get("source"), r.get("target")
            key = (tuple(map(repr, r)), repr(r.get("kind")), repr(r.get("span")),
                   kind.get(s, ("id", repr(s))) if isinstance(s, str) else ("raw", repr(s)),
                   kind.get(t, ("id", repr(t))) if isinstance(t, str) else ("raw", repr(t)))
            if key in seen:
                continue
            seen.add(key)
        keep.append(k)
    return keep


def _check_schema(data: Any, name: str, ids: dict[str, str], keep: list[int] | None = None) -> None:
    """Validate ``data`` against the schema ``name``; with ``keep``, only those relations (see
    ``_relation_classes``)."""
    from jsonschema.exceptions import best_match
    view = data if keep is None else {**data, "relations": [data["relations"][k] for k in keep]}
    token = _IDS.set(ids)
    try:
        errs = list(_validator(name).iter_errors(view))
    finally:
        _IDS.reset(token)
    if not errs:
        return
    # the first error in reading order: entities before the relations and attributes that name them,
    # and an item's kind before what its kind decides
    first = min(map(_reading_order, errs))
    err = best_match(e for e in errs if _reading_order(e) == first)
    # the most specific error of a discriminated alternative (if/then, anyOf)
    while err.context:
        err = best_match(err.context)
    path = list(err.absolute_path)
    if keep is not None and len(path) > 1 and path[0] == "relations" and isinstance(path[1], int):
        path[1] = keep[path[1]]
    raise SpecError(_message(err), _path(path))


_SECTIONS = ("domain", "text", "entities", "relations", "attributes", "ignored", "unknown", "not_drawn", "corrections")


def _reading_order(err: Any) -> tuple[int, int, int]:
    p = list(err.absolute_path)
    section = _SECTIONS.index(p[0]) if p and p[0] in _SECTIONS else -1
    item = p[1] if len(p) > 1 and isinstance(p[1], int) else -1
    return section, item, 0 if len(p) == 3 and p[2] == "kind" or err.validator == "required" else 1


def _check_laws(d: dict[str, Any], schema: dict[str, Any]) -> None:
    """The root rules of a science's schema that read every relation: ``nesyNoSelfRelations`` and
    ``nesyContainment``."""
    if "nesyNoSelfRelations" in schema:
        _no_self(d, schema["nesyNoSelfRelations"])
    if schema.get("nesyContainment") is True:
        from .solve.containment import containment_rules
        _containment(d, containment_rules(d["domain"]))


def _message(err: Any) -> str:
    v, kw, inst = err.validator_value, err.validator, err.instance
    if kw == "type":
        want = v if isinstance(v, str) else " or ".join(v)
        return f"must be of type {want}, got {type(inst).__name__} {_show(inst)}"
    if kw == "enum":
        return f"must be one of {v}, got {_show(inst)}"
    if kw == "const":
        return f"must be {v!r}, got {_show(inst)}"
    if kw in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        word = {"minimum": "≥", "maximum": "≤", "exclusiveMinimum": ">", "exclusiveMaximum": "<"}[kw]
        return f"must be {word} {v}, got {_show(inst)}"
    if kw == "pattern":
        return f"must match {v}, got {_show(inst)}"
    if kw == "maxItems" and v == 0:
        return f"must be a mapping (an empty list stands for an empty one), got list {_show(inst)}"
    if kw in ("maxItems", "minItems"):
        return f"must have {'at most' if kw == 'maxItems' else 'at least'} {v} items, got {len(inst)}"
    if kw in ("maxLength", "minLength"):
        return f"must have {'at most' if kw == 'maxLength' else 'at least'} {v} characters, got {_show(inst)}"
    if kw in ("maxProperties", "minProperties"):
        return f"must have {'at most' if kw == 'maxProperties' else 'at least'} {v} keys, got {len(inst)}"
    if kw == "uniqueItems":
        return f"must not repeat an item, got {_show(inst)}"
    if kw == "not":
        if isinstance(v, dict) and list(v) == ["required"]:
            return f"must not have {' or '.join(map(repr, v['required']))}"
        return f"is not allowed here, got {_show(inst)}"
    msg = err.message
    return msg if len(msg) <= 300 else msg[:299] + "…"


# ---------------------------------------------------------------------------------------------
# per-science checks a schema cannot say


_CHECKS: dict[str, Callable[[dict[str, Any], dict[str, str]], None]] = {}
# sciences whose check says which relation ends must be entities (an automaton's declared states)
_OWN_ENDPOINTS = {"automata"}


def _check(domain: str) -> Callable[[Callable], Callable]:
    def deco(fn: Callable) -> Callable:
        _CHECKS[domain] = fn
        return fn
    return deco


def _entities_agree(d: dict[str, Any], want: dict[str, tuple[str, Any, Any]], expected: str) -> None:
    """Each entity of ``d`` must be one of ``want`` (id → (kind, name, attributes); ``...`` means any) and
    agree with it; the ones met are removed from ``want``, so what is left there is missing."""
    for k, e in enumerate(d["entities"]):
        if e["id"] not in want:
            raise SpecError(f"{expected}, got {e['id']!r}", f"entities/{k}/id")
        kind, name, attrs = want.pop(e["id"])
        _agree(f"the kind of {e['id']!r}", e["kind"], kind, f"entities/{k}/kind")
        if name is not ...:
            _agree(f"the name of {e['id']!r}", e["name"], name, f"entities/{k}/name")
        if attrs is not ...:
            _agree(f"the attributes of {e['id']!r}", e["attributes"], attrs, f"entities/{k}/attributes")


def _agree(what: str, got: Any, want: Any, path: str) -> None:
    if got != want:
        raise SpecError(f"{what} must agree with {want!r}, got {_show(got)}", path)


@_check("astronomy")
def _astronomy(d: dict[str, Any], ids: dict[str, str]) -> None:
    """attributes.bodies and the entities describe the same bodies; counts fit the palette."""
    a = d["attributes"]
    ents = {e["id"]: (k, e) for k, e in enumerate(d["entities"])}
    centre = a.get("centre")
    n_star = sum(1 for e in d["entities"] if e["kind"] == "star")
    if centre is not None:
        # a planet-centred system (nesy/domains/astronomy_centred.py): no star; the planet at the centre orbits nothing
        if n_star or a["star"] is not None:
            raise SpecError("a planet-centred scene (attributes.centre) has no star", "attributes/star")
        if centre not in ents or ents[centre][1]["kind"] != "planet":
            raise SpecError(f"attributes.centre must name a planet entity, got {_show(centre)}", "attributes/centre")
    else:
        if n_star != 1 or a["star"] is None:
            raise SpecError("an astronomy scene has exactly one star entity (id 'star')", "entities")
        k_star, star = ents["star"]
        _agree("attributes.star.sun", a["star"]["sun"], star["attributes"]["sun"], "attributes/star/sun")
        _agree("attributes.star.name", a["star"]["name"], star["name"], "attributes/star/name")
        if (a["star"]["name"] == "Sun") != a["star"]["sun"]:
            raise SpecError(f"the star is named 'Sun' exactly when it is the Sun (sun: true: T²/a³ = 1 yr²/AU³), got "
                            f"name {a['star']['name']!r} with sun {a['star']['sun']}", "attributes/star")
    root = None if centre is not None else "star"
    bodies: dict[str, dict[str, Any]] = {}
    refs: dict[str, str] = {}
    for k, b in enumerate(a["bodies"]):
        p = f"attributes/bodies/{k}"
        if b["id"] in bodies:
            raise SpecError(f"duplicate body id {b['id']!r}", f"{p}/id")
        bodies[b["id"]] = b
        ke, e = ents[b["id"]]
        _agree(f"the kind of entity {b['id']!r}", b["kind"], e["kind"], f"{p}/kind")
        _agree(f"the name of entity {b['id']!r}", b["name"], e["name"], f"{p}/name")
        _agree(f"entity {b['id']!r}'s ref", b["ref"], e["attributes"]["ref"], f"{p}/ref")
        _agree(f"entity {b['id']!r}'s parent", b["parent"] or root, e["attributes"]["parent"], f"{p}/parent")
        if b["ref"]:
            _agree(f"the name of {b['ref']} (the reference body drawn)", b["name"], b["ref"], f"{p}/name")
            if b["ref"] in refs:
                raise SpecError(f"{b['ref']} is named twice (bodies {refs[b['ref']]!r} and {b['id']!r})", f"{p}/ref")
            refs[b["ref"]] = b["id"]
    for i, (k, e) in ents.items():
        if e["kind"] != "star" and i not in bodies:
            raise SpecError(f"the {e['kind']} {i!r} has no entry in attributes.bodies", f"entities/{k}/id")
    orbiting = [b for b in bodies.values() if b["kind"] != "moon"]
    counts = {"planets or comets": (len(orbiting), 1, 14),
              "unnamed planets": (sum(1 for b in orbiting if b["kind"] == "planet" and not b["ref"]), 0, 10),
              "comets": (sum(1 for b in orbiting if b["kind"] == "comet"), 0, 3)}
    for what, (n, lo, hi) in counts.items():
        if not lo <= n <= hi:
            raise SpecError(f"an orbit diagram draws {lo} to {hi} {what}, got {n}", "attributes/bodies")
    moons: dict[str, int] = {}
    for k, b in enumerate(a["bodies"]):
        if b["kind"] != "moon":
            continue
        moons[b["parent"]] = moons.get(b["parent"], 0) + 1
        if moons[b["parent"]] > 6:
            raise SpecError(f"at most 6 moons per planet are drawn, {b['parent']!r} has more", f"attributes/bodies/{k}")
        if b["ref"] == "Moon" and bodies[b["parent"]]["ref"] != "Earth":
            raise SpecError(f"the Moon orbits Earth (solvers/astronomy.yaml), got parent {b['parent']!r}",
                            f"attributes/bodies/{k}/parent")
    orbits: dict[str, int] = {}
    ratio_rel: list[tuple[str, str]] = []
    for k, r in enumerate(d["relations"]):
        if r["kind"] == "orbits":
            if r["source"] in orbits:
                raise SpecError(f"{r['source']!r} orbits twice", f"relations/{k}")
            orbits[r["source"]] = k
            _agree(f"the body that {r['source']!r} orbits", r["target"], bodies[r["source"]]["parent"] or root,
                   f"relations/{k}/target")
        elif r["kind"] == "ratio":
            ratio_rel.append((r["source"], r["target"]))
    for i in bodies:
        if i not in orbits and i != centre:
            raise SpecError(f"{i!r} has no 'orbits' relation", "relations")
    ratio_att = [(q["source"], q["target"]) for q in a["ratios"]]
    if sorted(ratio_rel) != sorted(ratio_att):
        raise SpecError(f"each distance ratio is one 'ratio' relation and one attributes.ratios entry; relations "
                        f"{_show(sorted(ratio_rel))} differ from {_show(sorted(ratio_att))}", "attributes/ratios")
    for k, q in enumerate(a["ratios"]):
        if q["source"] == q["target"]:
            raise SpecError("a distance ratio needs two different bodies", f"attributes/ratios/{k}")


@_check("optics")
def _optics(d: dict[str, Any], ids: dict[str, str]) -> None:
    """One element, one object, one image; the element entity and attributes.element agree."""
    el = d["attributes"]["element"]
    kinds = sorted(e["kind"] for e in d["entities"])
    if kinds != sorted([el["kind"], "image", "object"]):
        raise SpecError(f"an optics scene is one {el['kind']} (as attributes.element.kind says), one object and one "
                        f"image, got entities of kinds {kinds}", "entities")
    k, e = next((k, e) for k, e in enumerate(d["entities"]) if e["id"] == "element")
    _agree("the element's type", e["attributes"]["type"], el["type"], f"entities/{k}/attributes/type")
    for k, f in enumerate(d["attributes"]["facts"]):
        if f["what"] == "R" and el["kind"] == "lens":
            raise SpecError("a lens's focal length needs the lensmaker's equation (two radii and the refractive "
                            "index); give the focal length 'f' instead of 'R'", f"attributes/facts/{k}/what")


# force kinds each kind of scene draws (nesy/domains/mechanics.py: _surface, _hanging, _pulley)
_MECH_FORCES = {"horizontal": {"weight", "normal", "friction", "tension", "applied"},
                "incline": {"weight", "normal", "friction", "tension", "applied"},
                "hanging": {"weight", "tension", "spring", "applied"}, "pulley": {"weight", "tension"}}


@_check("mechanics")
def _mechanics(d: dict[str, Any], ids: dict[str, str]) -> None:
    """Quantities fit the kind of scene (nothing stated is left undrawn); entities mirror attributes."""
    a = d["attributes"]
    scene = a["scene"]
    forces = a["forces"] or {}
    surface = scene in ("horizontal", "incline")
    n_mass = len(a["masses"])
    # a block on a table or slope pulled over a pulley at its edge by a hanging mass (mechanics_table)
    table = a.get("table_pulley") is not None
    if table and not surface:
        raise SpecError(f"a pulley at the edge of a table or slope needs a surface scene ('horizontal' or "
                        f"'incline'); scene {scene!r} got {_show(a['table_pulley'])}", "attributes/table_pulley")
    if table and "tension" not in forces:
        raise SpecError("the string over a table's pulley pulls with a tension: give forces.tension",
                        "attributes/forces")
    if (scene == "pulley" or table) != (n_mass == 2) or n_mass > 2:
        raise SpecError(f"a pulley (an Atwood machine, or a table's or slope's edge pulley) has two masses and any "
                        f"other scene at most one; scene {scene!r} got {n_mass}", "attributes/masses")
    syms = a.get("symbols") or {}
    # an incline's angle is a value, or a symbol ("an incline of angle θ"); no other scene has one
    if (a["incline"] is not None or "angle" in syms) != (scene == "incline") or \
            (a["incline"] is not None and "angle" in syms):
        raise SpecError(f"attributes.incline (the slope's angle) or symbols.angle is given exactly when scene is "
                        f"'incline', one of them; scene {scene!r} got {_show(a['incline'])}", "attributes/incline")
    only_on = {"applied_angle": surface, "mu": surface, "frictionless": surface, "rough": surface or not a["rough"],
               "k": scene == "hanging" and "spring" in forces, "extension": scene == "hanging" and "spring" in forces,
               "mu_other": surface and a["mu"] is not None, "slope_length": scene == "incline",
               "ropes": scene == "hanging" and "tension" in forces,
               "applied_dir": scene == "hanging" and "applied" in forces and not a.get("ropes")}
    for key, ok in only_on.items():
        if a.get(key) and not ok:
            where = ("a body hanging from a spring (forces.spring)" if key in ("k", "extension")
                     else "a block on a surface")
            raise SpecError(f"{key} is drawn only for {where}; scene {scene!r} got {_show(a[key])}",
                            f"attributes/{key}")
    for kind, f in forces.items():
        if kind not in _MECH_FORCES[scene] or (scene == "pulley" and kind == "weight" and f["value"] is not None):
            raise SpecError(f"a {scene!r} scene draws the forces {sorted(_MECH_FORCES[scene])} (a pulley's weights "
                            f"follow from the masses); got {kind!r} = {_show(f['value'])}", f"attributes/forces/{kind}")
    if scene == "hanging" and "applied" in forces and not a.get("applied_dir"):
        raise SpecError("a push or pull on a hanging body acts along its rope: give applied_dir (1 up, -1 down)",
                        "attributes/applied_dir")
    if scene == "hanging" and "spring" in forces and "tension" in forces:
        raise SpecError("a body hangs from a rope (tension) or a spring, not both", "attributes/forces")
    if a["accel"] is not None and scene != "pulley" and a["state"] in ("rest", "equilibrium", "constant"):
        raise SpecError(f"an acceleration contradicts state {a['state']!r} (Newton's first law)", "attributes/accel")
    # entities: body1 (body2), the support, one force_<kind> per force
    want: dict[str, tuple[str, Any, Any]] = {
        "body1": ("body", ..., {"mass": a["masses"][0]["value"] if a["masses"] else None})}
    if scene == "pulley":
        want["body2"] = ("body", ..., {"mass": a["masses"][1]["value"]})
        want["pulley"] = ("pulley", ..., ...)
    else:
        want["support"] = (scene, ..., ...)
    if table:
        want["body2"] = ("body", ..., {"mass": a["masses"][1]["value"]})
        want["pulley"] = ("pulley", ..., ...)
    for kind, f in forces.items():
        want[f"force_{kind}"] = ("force", kind, {"value": f["value"]})
    _entities_agree(d, want, f"a {scene!r} scene with forces {sorted(forces)} has the entities {sorted(want)}")
    if want:
        raise SpecError(f"entities {sorted(want)} are missing", "entities")


_GEO_N = {"triangle": (3, 3), "square": (4, 4), "rectangle": (4, 4), "polygon": (4, 12), "segment": (2, 2),
          "circle": (0, 2),   # a circle's named points are a chord's two ends (nesy/domains/geometry_chord.py)
          "parallelogram": (4, 4), "rhombus": (4, 4), "trapezoid": (4, 4), "kite": (4, 4)}   # geometry_quad.py


@_check("geometry")
def _geometry(d: dict[str, Any], ids: dict[str, str]) -> None:
    """Vertices fit the figure; measures name its sides and vertices; entities mirror attributes."""
    a = d["attributes"]
    fig, n, V = a["figure"], a["n"], a["vertices"]
    lo, hi = _GEO_N[fig]
    if not lo <= n <= hi:
        raise SpecError(f"a {fig} has {lo if lo == hi else f'{lo} to {hi}'} vertices, got n = {n}", "attributes/n")
    if len(V) != n:
        raise SpecError(f"must name the figure's {n} vertices, got {_show(V)}", "attributes/vertices")
    if fig == "circle" and n and not a.get("chord"):
        raise SpecError("a circle's named points are a chord's ends: give attributes.chord", "attributes/chord")
    if fig == "trapezoid":   # an isosceles or a right trapezoid (geometry_quad.py): no other kind
        if set(a["flags"]) - {"isosceles", "right"}:
            raise SpecError(f"a trapezoid is isosceles or right, got {_show(sorted(a['flags']))}", "attributes/flags")
    elif fig != "triangle":
        if a["flags"]:
            raise SpecError(f"triangle kinds do not apply to a {fig}, got {_show(sorted(a['flags']))}",
                            "attributes/flags")
        if a["right_at"] is not None:
            raise SpecError(f"a right angle at a vertex applies to a triangle, not a {fig}", "attributes/right_at")
    if a["right_at"] is not None and a["right_at"] not in V:
        raise SpecError(f"must be one of the vertices {V}, got {_show(a['right_at'])}", "attributes/right_at")
    if fig in ("circle", "segment") and (a["incircle"] or a["circumcircle"]):
        raise SpecError(f"an inscribed or circumscribed circle needs a polygon, not a {fig}", "attributes")
    if a["tangents"] and fig != "circle":
        raise SpecError(f"tangent lines are drawn to a circle, not a {fig}", "attributes/tangents")
    named = list(V)
    if a.get("contact_names"):
        # a tangents figure's named points (geometry_tangent): centre, external point, points of contact
        if not a["tangents"]:
            raise SpecError("points of contact need tangents: give attributes.tangents", "attributes/contact_names")
        if {a["centre"], a["point"]} & set(a["contact_names"]) or a["centre"] == a["point"]:
            raise SpecError(f"the points of contact must differ from the centre {a['centre']!r} and the point "
                            f"{a['point']!r}, got {_show(a['contact_names'])}", "attributes/contact_names")
    if a["tangents"]:
        named += [a["centre"], a["point"]] + list(a.get("contact_names") or [])
    if a.get("tangent_count") is not None and len(a.get("contact_names") or []) != 1:
        raise SpecError("one tangent is drawn to its one named point of contact: give attributes.contact_names "
                        f"with one name, got {_show(a.get('contact_names'))}", "attributes/tangent_count")
    for k, g in enumerate(a["given"]):
        t = g["target"]
        if t is not None and g["role"] in ("side_sum", "side_diff"):
            if any(len(set(t[i:i + 2])) != 2 for i in (0, 2)) or set(t) - set(V):   # two sides: "AB + AC"
                raise SpecError(f"must name two sides of {''.join(V)}, got {_show(t)}", f"attributes/given/{k}/target")
            continue
        if t is not None and (len(set(t)) != len(t) or set(t) - set(named)):
            raise SpecError(f"must name {'a side' if len(t) == 2 else 'a vertex'} of {''.join(named) or 'the figure'}, "
                            f"got {_show(t)}", f"attributes/given/{k}/target")
    want: dict[str, tuple[str, Any]] = {"figure": (fig, {"n": n})}
    want.update({f"vertex_{v}": ("point", v) for v in V})
    for key in ("incircle", "circumcircle"):
        if a[key]:
            want[key] = (key, None)
    if a["tangents"]:
        want.update({"point_P": ("point", a["point"]), "tangent_1": ("tangent", None)})
        if a.get("tangent_count", 2) == 2:
            want["tangent_2"] = ("tangent", None)
    for k, e in enumerate(d["entities"]):
        if e["id"] not in want:
            raise SpecError(f"a {fig} with these attributes has the entities {sorted(want)}, got {e['id']!r}",
                            f"entities/{k}/id")
        kind, extra = want.pop(e["id"])
        _agree(f"the kind of {e['id']!r}", e["kind"], kind, f"entities/{k}/kind")
        if e["id"] == "figure":
            _agree("the figure's attributes", e["attributes"], extra, f"entities/{k}/attributes")
        elif extra is not None:
            _agree(f"the name of {e['id']!r}", e["name"], extra, f"entities/{k}/name")
    if want:
        raise SpecError(f"entities {sorted(want)} are missing", "entities")


@_check("circuits")
def _circuits(d: dict[str, Any], ids: dict[str, str]) -> None:
    """Every entity is one node of the tree; 'member' relations are its edges; labels show the values."""
    from .domains.circuits import format_value  # the one formatter of a component's label
    where: dict[str, str] = {}
    edges: set[tuple[str, str]] = set()
    stack: list[tuple[dict[str, Any], str, str | None]] = [(d["attributes"]["tree"], "attributes/tree", None)]
    while stack:
        n, p, parent = stack.pop()
        if n["id"] in where:
            raise SpecError(f"{n['id']!r} appears twice in the circuit (also at {where[n['id']]})", f"{p}/id")
        where[n["id"]] = p
        if parent is not None:
            edges.add((n["id"], parent))
        stack.extend((c, f"{p}/children/{k}", n["id"]) for k, c in enumerate(n.get("children", [])))
    shown: dict[str, list[str]] = {}
    for st in d["attributes"].get("stated", []):   # what the text states a part carries (circuits_stated)
        shown.setdefault(st["target"], []).append(format_value(st["value"], st["unit"]))
    for k, e in enumerate(d["entities"]):
        if e["id"] not in where:
            raise SpecError(f"the {e['kind']} {e['id']!r} is not in the circuit (attributes.tree)", f"entities/{k}/id")
        if e["kind"] in ("series", "parallel"):
            continue
        _agree(f"the name of {e['id']!r}", e["name"], e["id"], f"entities/{k}/name")
        at = e["attributes"]
        if (at["value"] is None) != (at["unit"] is None):
            raise SpecError(f"a value needs its unit and a unit its value, got value {_show(at['value'])} and unit "
                            f"{_show(at['unit'])}", f"entities/{k}/attributes")
        label = f"{e['id']} = {format_value(at['value'], at['unit'])}" if at["value"] is not None else e["id"]
        if e["id"] in shown:   # "R1 = 100 Ω, 2 A": the stated quantities follow the value on the label
            label = ", ".join([label] + shown[e["id"]])
        _agree(f"the label of {e['id']!r}", at["display"], label, f"entities/{k}/attributes/display")
    rel = {(r["source"], r["target"]) for r in d["relations"]}
    if len(rel) != len(d["relations"]) or rel != edges:
        extra, missing = sorted(rel - edges), sorted(edges - rel)
        raise SpecError(f"one 'member' relation per edge of attributes.tree; "
                        + (f"not in the tree: {_show(extra)}" if extra else f"missing: {_show(missing)}"
                           if missing else "a relation is repeated"), "relations")


@_check("automata")
def _automata(d: dict[str, Any], ids: dict[str, str]) -> None:
    """Entities agree with starts/accepts, relations with transitions; without a declaration every
    state named is an entity (with one, the law declared_states refuses an undeclared name)."""
    a = d["attributes"]
    declared = a["declared"] is not None
    if a["implicit_states"] == declared:
        raise SpecError(f"implicit_states is true exactly when no declaration is given (declared is null), got "
                        f"{a['implicit_states']}", "attributes/implicit_states")
    if not d["entities"]:
        raise SpecError("an automaton or graph has at least one state", "entities")
    if declared and sorted(set(a["listed"])) != sorted(ids):
        raise SpecError(f"the declared states are the entities {sorted(ids)}, got {_show(a['listed'])}",
                        "attributes/listed")
    if not declared and a["listed"]:
        raise SpecError(f"states are listed only with a declaration, got {_show(a['listed'])}", "attributes/listed")
    starts = {s["state"] for s in a["starts"]}
    accepts = {s["state"] for s in a["accepts"]}
    for k, e in enumerate(d["entities"]):
        _agree(f"the name of state {e['id']!r}", e["name"], e["id"], f"entities/{k}/name")
        _agree(f"whether {e['id']!r} is a start state (attributes.starts)", e["attributes"]["start"],
               e["id"] in starts, f"entities/{k}/attributes/start")
        _agree(f"whether {e['id']!r} is accepting (attributes.accepts)", e["attributes"]["accepting"],
               e["id"] in accepts, f"entities/{k}/attributes/accepting")
    named = [(f"attributes/transitions/{k}/{end}", t[end]) for k, t in enumerate(a["transitions"])
             for end in ("source", "target")]
    named += [(f"attributes/{key}/{k}/state", s["state"]) for key in ("starts", "accepts")
              for k, s in enumerate(a[key])]
    for p, n in named:
        if not declared and n not in ids:
            raise SpecError(f"must name a state of the spec, got {_show(n)}", p)
    for k, t in enumerate(a["transitions"]):
        if a["kind"] in ("dfa", "nfa") and t["symbol"] is None:
            raise SpecError(f"a transition of a{'n' if a['kind'] == 'nfa' else ''} {a['kind'].upper()} has an input "
                            "symbol", f"attributes/transitions/{k}/symbol")
    rel = [(r["source"], r["target"]) for r in d["relations"]]
    tra = [(t["source"], t["target"]) for t in a["transitions"]]
    if rel != tra:
        raise SpecError(f"one 'transition' relation per entry of attributes.transitions, in order; relations "
                        f"{_show(rel)} differ from {_show(tra)}", "relations")


@_check("crystal")
def _crystal(d: dict[str, Any], ids: dict[str, str]) -> None:
    """Space groups as tabulated, elements with a cited radius, entities mirroring the sites."""
    a = d["attributes"]
    data = load_yaml("solvers", "crystal.yaml")
    elements = set(science_schema("crystal")["$defs"]["element"]["enum"])
    proto = a["structure"]
    if proto is not None:
        _agree("implied_space_group (the structure type's, solvers/crystal.yaml)", a.get("implied_space_group"),
               dict(data["prototypes"][proto]["space_group"]), "attributes/implied_space_group")
    elif "implied_space_group" in a:
        raise SpecError("a space group is implied only by a structure type (attributes.structure)",
                        "attributes/implied_space_group")
    elif a["space_group"] is None:
        raise SpecError("give a structure type (attributes.structure) or a space group", "attributes/space_group")
    if a["material"] is not None and proto is not None and data["materials"][a["material"]]["prototype"] != proto:
        raise SpecError(f"{a['material']} is {data['materials'][a['material']]['prototype']}, not {proto} "
                        "(solvers/crystal.yaml materials)", "attributes/material")
    in_formula = list(dict.fromkeys(re.findall(r"[A-Z][a-z]?", a["formula"] or "")))  # first appearance order
    for el in in_formula:
        if el not in elements:
            raise SpecError(f"{el!r} is not an element symbol", "attributes/formula")
    used: dict[str, list[tuple[str, Any]]] = {}
    for k, s in enumerate(a["sites"]):
        if s["el"] is not None:
            used.setdefault(s["el"], []).append((s["role"], s["wyckoff"]))
            if proto is not None and s["wyckoff"] is None:
                raise SpecError(f"a site of the structure type {proto!r} has its Wyckoff letter",
                                f"attributes/sites/{k}/wyckoff")
    if not used:
        raise SpecError("no site holds an element: nothing to draw", "attributes/sites")
    if a["formula"] is not None and proto is None and set(in_formula) != set(used):
        raise SpecError(f"the formula {a['formula']!r} names the elements of the sites {sorted(used)}",
                        "attributes/formula")
    table = data["prototypes"][proto]["sites"] if proto is not None else []
    if table and all(s["role"] in {t["role"] for t in table} for s in a["sites"]):
        # the structure type's own sites: as tabulated, filled by the formula's elements in order
        want_sites = [{"role": t["role"], "wyckoff": t["wyckoff"], "coords": [float(x) for x in t["coords"]],
                       "el": in_formula[k] if k < len(in_formula) else None} for k, t in enumerate(table)]
        got_sites = [{"role": s["role"], "wyckoff": s["wyckoff"], "coords": [float(x) for x in s["coords"]],
                      "el": s["el"]} for s in a["sites"]]
        _agree(f"the sites of {proto} (solvers/crystal.yaml) filled by {a['formula']!r}", got_sites, want_sites,
               "attributes/sites")
    from pymatgen.core import Element
    from pymatgen.symmetry.groups import SpaceGroup
    for el in used:
        if Element(el).atomic_radius is None:
            raise SpecError(f"{el} has no cited atomic radius, which the minimum-distance law needs "
                            "(solvers/crystal.yaml: Slater 1964 via pymatgen)", "attributes/sites")
    if a["space_group"] is not None:
        sym = SpaceGroup.from_int_number(a["space_group"]["number"]).symbol
        _agree(f"the symbol of space group {a['space_group']['number']}", a["space_group"]["symbol"], sym,
               "attributes/space_group/symbol")
    want = {"structure": ("structure", a["formula"], {"prototype": proto, "material": a["material"]})}
    want.update({el: ("species", el, {"roles": [r for r, _ in rw], "wyckoff": [w for _, w in rw]})
                 for el, rw in used.items()})
    _entities_agree(d, want, f"the entities are 'structure' and one per element of attributes.sites {sorted(used)}")
    if want:
        raise SpecError(f"entities {sorted(want)} are missing", "entities")
    rel = sorted(r["source"] for r in d["relations"])
    if rel != sorted(used):
        raise SpecError(f"one part_of relation per element {sorted(used)}, got {_show(rel)}", "relations")


@_check("microscopy")
def _microscopy(d: dict[str, Any], ids: dict[str, str]) -> None:
    """The drawn entities are exactly what the counted groups ask for (so the law check and the
    figure speak of the same nuclei), and the relations are exactly the groups' clusters, cells and
    positions."""
    a = d["attributes"]
    cls = load_yaml("grammars", "microscopy/grammar.yaml")["modality_class"][a["modality"]]
    _agree(f"the class of modality {a['modality']!r}", a["class"], int(cls), "attributes/class")
    groups: dict[str, dict[str, Any]] = {}
    for k, g in enumerate(a["groups"]):
        if g["id"] in groups:
            raise SpecError(f"duplicate group id {g['id']!r}", f"attributes/groups/{k}/id")
        groups[g["id"]] = g
    kids: dict[str, list[dict[str, Any]]] = {}
    for k, g in enumerate(a["groups"]):
        p, seen = g["parent"], {g["id"]}
        while p is not None:
            if p not in groups:
                raise SpecError(f"must name a group of attributes.groups, got {_show(p)}",
                                f"attributes/groups/{k}/parent")
            if p in seen:
                raise SpecError(f"groups {sorted(seen)} are each other's parent", f"attributes/groups/{k}/parent")
            seen.add(p)
            p = groups[p]["parent"]
        if g["parent"] is not None:
            kids.setdefault(g["parent"], []).append(g)
    ents = {e["id"]: e for e in d["entities"]}
    of_group: dict[str, list[str]] = {}
    for k, e in enumerate(d["entities"]):
        if e["kind"] == "region":
            _agree(f"region {e['id']!r}'s name", e["name"], e["attributes"]["region"], f"entities/{k}/name")
            continue
        gid = e["attributes"]["group"]
        if gid not in groups:
            raise SpecError(f"must name a group of attributes.groups, got {_show(gid)}",
                            f"entities/{k}/attributes/group")
        of_group.setdefault(gid, []).append(e["id"])
    n_nuclei = sum(1 for e in d["entities"] if e["kind"] == "nucleus")
    most = int(load_yaml("solvers", "microscopy.yaml")["max_nuclei"])
    if n_nuclei > most:
        raise SpecError(f"at most {most} nuclei are drawn in one field, got {n_nuclei}", "entities")
    want_at: set[tuple[str, str]] = set()
    want_touch: set[tuple[str, str]] = set()
    want_inside: set[tuple[str, str]] = set()
    region_of: dict[str, str] = {}
    for k, g in enumerate(a["groups"]):
        p = f"attributes/groups/{k}"
        mine = of_group.get(g["id"], [])
        nuc = [i for i in mine if ents[i]["kind"] == "nucleus"]
        cells = [i for i in mine if ents[i]["kind"] == "cell"]
        if g["kind"] == "nuclei":
            own = max(0, g["units"] * g["n"] - sum(c["units"] * c["n"] for c in kids.get(g["id"], [])))
            members, n_want, c_want = nuc, own, 0
        elif g["kind"] == "cluster":
            members, n_want, c_want = nuc, g["units"] * g["n"], 0
        else:
            members, n_want, c_want = cells, g["units"] * g["n"], g["units"]
        if len(nuc) != n_want or len(cells) != c_want:
            raise SpecError(f"a {g['kind']} group of {g['units']} × {g['n']} draws {n_want} nuclei"
                            + (f" in {c_want} cells" if g["kind"] == "cell" else "")
                            + f"; the entities of group {g['id']!r} are {len(nuc)} nuclei and {len(cells)} cells", p)
        if sorted(g["members"]) != sorted(members):
            raise SpecError(f"must list the group's {'cells' if g['kind'] == 'cell' else 'nuclei'} "
                            f"{_show(sorted(members))}, got {_show(g['members'])}", f"{p}/members")
        chains: dict[str, list[str]] = {}
        for i in nuc:
            at = ents[i]["attributes"]
            _agree(f"nucleus {i!r}'s size (its group's)", at["size"], g["size"], p)
            _agree(f"nucleus {i!r}'s shape (its group's)", at["shape"], g["shape"], p)
            if g["kind"] == "cluster":
                if "cluster" not in at:
                    raise SpecError(f"nucleus {i!r} of cluster group {g['id']!r} names its cluster", p)
                chains.setdefault(at["cluster"], []).append(i)
            elif "cluster" in at:
                raise SpecError(f"nucleus {i!r} of a {g['kind']} group is in no cluster", p)
            if g["kind"] == "cell":
                if at.get("cell") not in cells:
                    raise SpecError(f"nucleus {i!r} lies in a cell of its group {_show(cells)}, got "
                                    f"{_show(at.get('cell'))}", p)
                want_inside.add((i, at["cell"]))
            elif "cell" in at:
                raise SpecError(f"nucleus {i!r} of a {g['kind']} group is in no cell", p)
        if g["kind"] == "cluster":
            if len(chains) != g["units"] or any(len(c) != g["n"] for c in chains.values()):
                sizes = {c: len(m) for c, m in chains.items()}
                raise SpecError(f"{g['units']} cluster(s) of {g['n']} nuclei, got {_show(sizes)}", p)
            for c in chains.values():
                want_touch.update(zip(c, c[1:]))
        for c in cells:
            at = ents[c]["attributes"]
            _agree(f"cell {c!r}'s nuclei (its group's n)", at["nuclei"], g["n"], p)
            _agree(f"cell {c!r}'s size (its group's cell_size)", at["size"], g["cell_size"], p)
            if sum(1 for i in nuc if ents[i]["attributes"].get("cell") == c) != g["n"]:
                raise SpecError(f"cell {c!r} holds {g['n']} nuclei", p)
        if (g["position"] is None) != (g["region"] is None):
            raise SpecError("a group has a region entity exactly when it has a position", f"{p}/region")
        if g["region"] is not None:
            if g["region"] in region_of:
                raise SpecError(f"region {g['region']!r} belongs to group {region_of[g['region']]!r} too",
                                f"{p}/region")
            region_of[g["region"]] = g["id"]
            _agree(f"region {g['region']!r}", ents[g["region"]]["attributes"]["region"], g["position"]["region"],
                   f"{p}/position/region")
            todo = [g]
            while todo:
                h = todo.pop()
                todo.extend(kids.get(h["id"], []))
                want_at.update((m, g["region"]) for m in h["members"])
    for i, e in ents.items():
        if e["kind"] == "region" and i not in region_of:
            raise SpecError(f"region {i!r} is the position of no group", "entities")
    got: dict[str, set[tuple[str, str]]] = {"at": set(), "touching": set(), "inside": set()}
    for r in d["relations"]:
        got[r["kind"]].add((r["source"], r["target"]))
    for kind, want in (("at", want_at), ("touching", want_touch), ("inside", want_inside)):
        if got[kind] != want:
            diff = sorted(got[kind] - want) or sorted(want - got[kind])
            raise SpecError(f"the '{kind}' relations must be exactly those the groups give; "
                            f"{'unexpected' if got[kind] - want else 'missing'}: {_show(diff)}", "relations")
