"""Dataset configs: read YAML/JSON (or a dict), fill defaults, validate, name every bad key or value.

``configs/dataset/default.yaml`` is the default job (every symbolic science). A user config is merged
over it: top-level keys replace the default's; ``sciences`` chooses which sciences (each one's sampling
parameters are merged over that science's defaults). ``configs/dataset/dataset.schema.json`` is the
JSON schema the merged config must satisfy; ranges are also checked for order (``[lo, hi]`` with lo ≤ hi).
"""
from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

from ..errors import InputError, UnsupportedError

__all__ = ["default_config", "load_config", "config_digest", "SCHEMA_NAME"]

SCHEMA_NAME = "dataset/dataset.schema.json"


def default_config() -> dict[str, Any]:
    """The default job (a fresh copy of ``configs/dataset/default.yaml``)."""
    from ..resources import load_yaml
    return copy.deepcopy(load_yaml("configs", "dataset/default.yaml"))


def _read(path: str | Path) -> dict[str, Any]:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"config must be an existing YAML or JSON file, got {str(path)!r}")
    text = p.read_text(encoding="utf-8")
    try:
        if p.suffix == ".json":
            data = json.loads(text)
        else:
            import yaml
            data = yaml.safe_load(text)
    except Exception as e:  # noqa: BLE001 - any parser error is the user's file
        raise InputError(f"config {str(path)!r} is not valid {'JSON' if p.suffix == '.json' else 'YAML'}: {e}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(f"config {str(path)!r} must hold a mapping, got {type(data).__name__}")
    return data


def load_config(config: str | Path | dict[str, Any] | None = None, **overrides: Any) -> dict[str, Any]:
    """The validated, complete config: the default, then ``config`` (a file or a dict), then ``overrides``
    (top-level keys; ``None`` values are ignored)."""
    base = default_config()
    user = {} if config is None else (copy.deepcopy(config) if isinstance(config, dict) else _read(config))
    if not isinstance(user, dict):
        raise InputError(f"config must be a mapping or a file path, got {type(config).__name__}")
    user.update({k: v for k, v in overrides.items() if v is not None})
    renderers = user.get("renderers")
    if isinstance(renderers, dict) and "diffusion" in renderers:
        raise UnsupportedError(
            "config field 'renderers/diffusion': not offered for datasets — nesy's only diffusion model draws "
            "microscopy, which this dataset job does not sample; use 'exact' and 'styled'")
    merged = {**base, **{k: v for k, v in user.items() if k != "sciences"}}
    if "sciences" in user:
        sc = user["sciences"]
        if not isinstance(sc, dict):
            raise InputError(f"config field 'sciences': must be a mapping of science → parameters, got {sc!r}")
        merged["sciences"] = {}
        for name, params in sc.items():
            if params is not None and not isinstance(params, dict):
                raise InputError(f"config field 'sciences/{name}': must be a mapping of parameters, got {params!r}")
            merged["sciences"][name] = {**base["sciences"].get(name, {}), **(params or {})}
    for key in ("image", "style", "qa", "variants"):
        if isinstance(user.get(key), dict):
            merged[key] = {**base.get(key, {}), **user[key]}
    validate(merged)
    return merged


def validate(cfg: dict[str, Any]) -> None:
    """Raise ``InputError`` naming the first bad field of ``cfg`` (JSON-schema errors, then range order)."""
    import jsonschema
    from ..resources import load_json
    schema = load_json("configs", SCHEMA_NAME)
    v = jsonschema.Draft202012Validator(schema)
    errs = sorted(v.iter_errors(cfg), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if errs:
        e = errs[0]
        where = "/".join(str(p) for p in e.absolute_path) or "(top level)"
        msg = e.message
        if e.validator == "additionalProperties":
            allowed = sorted(e.schema.get("properties", {}))
            msg += f"; allowed keys: {', '.join(allowed)}"
        raise InputError(f"config field '{where}': {msg}")
    for name, params in cfg["sciences"].items():
        for k, val in params.items():
            if isinstance(val, list) and len(val) == 2 and all(isinstance(x, (int, float)) for x in val) \
                    and k not in ("volts",) and val[0] > val[1]:
                raise InputError(f"config field 'sciences/{name}/{k}': range [lo, hi] needs lo ≤ hi, got {val}")
    for k, val in cfg["style"].items():
        if val[0] > val[1]:
            raise InputError(f"config field 'style/{k}': range [lo, hi] needs lo ≤ hi, got {val}")
    if "sets" in cfg["sciences"] and sum(cfg["sciences"]["sets"]["relations"].values()) <= 0:
        raise InputError(f"config field 'sciences/sets/relations': needs a positive weight, got "
                         f"{cfg['sciences']['sets']['relations']}")
    for axis, w in (cfg.get("variants") or {}).items():
        if sum(w.values()) <= 0:
            raise InputError(f"config field 'variants/{axis}': needs a positive weight, got {w}")
    if sum(cfg["renderers"].values()) <= 0:
        raise InputError(f"config field 'renderers': needs a positive weight, got {cfg['renderers']}")
    if sum(p.get("weight", 1) for p in cfg["sciences"].values()) <= 0:
        raise InputError("config field 'sciences': every weight is 0")
    if "optics" in cfg["sciences"]:
        o = cfg["sciences"]["optics"]
        if o["do_cm"][0] == o["do_cm"][1] == o["f_cm"][0] == o["f_cm"][1]:
            raise InputError("config field 'sciences/optics': an object at the focal point forms no image")


def config_digest(cfg: dict[str, Any]) -> str:
    """SHA-256 of the config's canonical JSON, without ``n`` (a run may be extended to more items)."""
    body = {k: v for k, v in cfg.items() if k != "n"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
