"""Which kinds may lie inside which: the containment rules of a region science's law set.

``solvers/<science>.yaml`` states them under ``containment``::

    containment:
      relations: [inside, element_of]     # the relation kinds that nest (source inside target)
      rules:                              # each under a law of the same file's ``laws``
        - {law: organelle_inside_cell, roots: [cell]}
        - {law: ..., leaves: [ribosome]}
        - {law: ..., within: {nucleolus: [nucleus, cell]}}

``roots``: kinds that lie inside no other kind (and, for a spec file, inside one of which every other
kind lies); ``leaves``: kinds nothing lies inside; ``within``: a kind → the only kinds it may lie
inside. One table, two readers: the region solver refuses a text that breaks a rule with the user's
phrase (``UnsatisfiableError``), and ``nesy/spec.py`` refuses a spec file with the JSON path
(``SpecError``), both naming the same law. Every rule is about the kinds of one nesting pair.
"""
from __future__ import annotations

from typing import Any

from ..resources import load_yaml

__all__ = ["containment_rules", "forbidden", "article"]


def containment_rules(domain: str) -> dict[str, Any]:
    """The ``containment`` table of ``solvers/<domain>.yaml`` (empty when it states none)."""
    try:
        data = load_yaml("solvers", f"{domain}.yaml")
    except FileNotFoundError:
        return {}
    return dict(data.get("containment") or {})


def article(kind: str) -> str:
    """``kind`` with its indefinite article, underscores as spaces ("an element", "a golgi")."""
    word = kind.replace("_", " ")
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def forbidden(table: dict[str, Any], inner: str, outer: str) -> tuple[dict[str, Any], str] | None:
    """The first rule of ``table`` that forbids a ``inner`` kind inside a ``outer`` kind, with the
    reason in words ("a cell lies inside no nucleus"); None when every rule allows it."""
    for rule in table.get("rules", []):
        if outer in rule.get("leaves", []):
            return rule, f"nothing lies inside {article(outer)}"
        roots = rule.get("roots", [])
        if inner in roots and outer not in roots:
            return rule, f"{article(inner)} lies inside no {outer.replace('_', ' ')}"
        allowed = rule.get("within", {}).get(inner)
        if allowed is not None and outer not in allowed:
            return rule, f"{article(inner)} lies only inside " + " or ".join(article(k) for k in allowed)
    return None
