"""Scene graphs given directly as YAML/JSON (``--spec FILE``), validated against the published
JSON Schema ``configs/scene.schema.json``; every error names the offending field."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import SpecError
from .resources import load_json
from .types import SceneGraph

__all__ = ["load_spec", "validate_spec"]

MAX_SPEC_BYTES = 5_000_000


def validate_spec(data: Any) -> SceneGraph:
    """Validate a parsed spec (dict) and return its SceneGraph."""
    import jsonschema
    schema = load_json("configs", "scene.schema.json")
    v = jsonschema.Draft202012Validator(schema)
    errs = sorted(v.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errs:
        e = errs[0]
        field = "/".join(str(p) for p in e.absolute_path) or "(top level)"
        raise SpecError(e.message, field)
    ids = [e["id"] for e in data["entities"]]
    seen: set[str] = set()
    for k, i in enumerate(ids):
        if i in seen:
            raise SpecError(f"duplicate entity id {i!r}", f"entities/{k}/id")
        seen.add(i)
    if data["domain"] in ("cell", "sets"):  # the region domains; other plug-ins check their own kinds
        from .resources import load_yaml
        known = set(load_yaml("grammars", f"{data['domain']}/grammar.yaml")["entities"])
        for k, e in enumerate(data["entities"]):
            if e["kind"] not in known:
                raise SpecError(f"kind must be one of {sorted(known)}, got {e['kind']!r}", f"entities/{k}/kind")
        rkinds = {"inside", "element_of", "outside", "overlaps", "adjacent", "left_of", "above", "larger"}
        for k, r in enumerate(data.get("relations", [])):
            if r["kind"] not in rkinds:
                raise SpecError(f"kind must be one of {sorted(rkinds)}, got {r['kind']!r}", f"relations/{k}/kind")
    for k, r in enumerate(data.get("relations", [])):
        for end in ("source", "target"):
            if r[end] not in seen:
                raise SpecError(f"unknown entity id {r[end]!r}", f"relations/{k}/{end}")
    return SceneGraph.from_dict(data)


def load_spec(path: str | Path) -> SceneGraph:
    """Read and validate a YAML or JSON spec file."""
    import yaml
    p = Path(path)
    if not p.is_file():
        raise SpecError(f"spec file not found: {str(path)!r}")
    raw = p.read_bytes()
    if len(raw) > MAX_SPEC_BYTES:
        raise SpecError(f"spec file is {len(raw)} bytes; the limit is {MAX_SPEC_BYTES}")
    try:
        txt = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SpecError("spec file is not UTF-8 text (binary?)") from None
    try:
        data = json.loads(txt) if p.suffix.lower() == ".json" else yaml.safe_load(txt)
    except (json.JSONDecodeError, yaml.YAMLError) as e:
        raise SpecError(f"spec file does not parse: {str(e).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise SpecError(f"spec must be a mapping, got {type(data).__name__}", "(top level)")
    return validate_spec(data)
