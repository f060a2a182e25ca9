"""A stated equivalent (total) resistance, for ``nesy.circuits.v1``.

"…, giving an equivalent resistance of 15 Ω", "the total resistance is 12 Ω", "R_eq = 6 Ω", "R(total) = 12 Ω"
(a mark scheme's notation; "R(parallel) = 6 Ω" is the one parallel group's, "R(series)" the one series chain's): the text
states what the network of resistors amounts to. The value names no part (read as one, it became a
fourth resistor the text never gave); it is a fact about the parts, checked with the laws of series and
parallel resistors (R = R1 + R2 + … in series, 1/R = 1/R1 + 1/R2 + … in parallel; Alexander & Sadiku,
Fundamentals of Electric Circuits, 5th ed., §2.5-2.6):

- the stated value agrees with the network the source sees (or the whole network, without a source) to
  1 % (a stated value is rounded: "6.67 Ω"): kept in ``attributes["equivalent"]``, drawn as nothing more;
- it disagrees: ``UnsatisfiableError`` naming the statement and the resistors' phrases (exit 3);
- the network holds a part without a resistance (a capacitor, a lamp without a value, a switch): the
  statement cannot be checked and is reported as not drawn (never silently dropped).

One resistor of the network without a value, or several one phrase says are identical ("three identical resistors
… their total resistance is 3.3 kΩ": one unknown value r shared by all, 3r = 3.3 kΩ in series), is determined the
same way. One resistor of the network without a value ("Two resistors in parallel have an equivalent resistance of 6 Ω.
One of them is 10 Ω"): the stated value and the others' determine it (``derive_from_equivalent``: 1/6 = 1/10 +
1/R2 gives R2 = 15 Ω, the same laws solved for the one unknown; the network's resistance grows strictly with
that resistor's, so one value at most fits). It is drawn on the resistor's label, marked ``derived`` like a value
Ohm's law derives (``circuits_derived``); a stated value outside what the network can reach (below the others'
parallel resistance, say) is refused as a disagreement.
"""
from __future__ import annotations

import re
from typing import Any

from ..solve.precision import approx_rx

__all__ = ["split_equivalent", "check_equivalent", "derive_from_equivalent", "split_current", "check_current",
           "TOLERANCE"]

TOLERANCE = 0.01   # relative; stated values are rounded ("6.67 Ω"); wider for one marked approximate
# ("≈ 688 Ω", "about 690 Ω": nesy/solve/precision.py)
_APPROX = approx_rx()
_N = r"(?:\d+(?:\.\d+)?[¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]?|[¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"     # "4.7", "4½", "½"


def _num(x: str) -> float:
    from ..parse.words import number_value
    return number_value(x)


def _ohm(k: str) -> str:
    return rf"(?P<num{k}>{_N})\s*(?P<pre{k}>[kKM]|kilo|mega)?\s*(?:Ω|Ω|ohms?|Ohms?)(?![A-Za-z])"
_EQ = re.compile(
    r"(?:(?:the|an?|its|their)\s+)?(?:total|equivalent|effective|combined|net|overall|resultant|resulting)\s+"
    r"resistance(?:\s+of\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:circuit|network|arrangement|combination|resistors))?"
    r"\s*(?:is|=|≈|≃|~|:|of|equals|equal\s+to|will\s+be|would\s+be|comes\s+to|becomes|being)?\s*(?:only\s+|exactly\s+|"
    + _APPROX + r")?" + _ohm("1") + r"|\bR_?(?:eq|total|tot|T|equiv)\s*(?:=|≈|≃)\s*" + _APPROX + "?" + _ohm("2")
    # "two resistors in parallel give 4 Ω total", "… have 25 Ω in total", "… add up to 30 Ω altogether"
    + r"|\b(?:give|gives|giving|gave|have|has|make|makes|combine\s+to|add\s+up\s+to|amount\s+to|come\s+to)\s+"
    + _ohm("3") + r"\s+(?:in\s+total|total|altogether|overall|combined|equivalent|between\s+them)\b"
    # a mark scheme's or a worked answer's notation, the network named in brackets: "R(total) = 12 Ω", "R (eq) = 4 Ω",
    # "R(parallel) = 6.0 Ω" (the parallel group's), "R(series) = 30 Ω" (the series chain's)
    + r"|\bR\s*\(\s*(?:(?P<whole>total|tot|eq|equiv|equivalent|net|T)|(?P<grp>parallel|series))\s*\)\s*(?:=|is)\s*"
    + _ohm("4"), re.IGNORECASE)
# the same fact written as a value and a word after a pause ("… 330 Ω - 650 Ω in total", "(1.65 kΩ equivalent)",
# "i.e. 1 kΩ equivalent, so the total is 2 kΩ"): a bare total is the whole network's; a bare "equivalent" right
# after a group may be that group's ("near": the whole network's, or else one group of resistors of that value)
_EQ_BARE = re.compile(
    r"(?:(?<=[(\[,;:—–-])|(?<=[(\[,;:—–-]\s)|\b(?:i\.\s?e\.|ie|that\s+is|so|thus|hence|which\s+is|or|giving|making)\s*,?\s*)"
    + _ohm("1") + r"\s+(?P<kw>in\s+total|total|altogether|overall|combined|all\s+told|equivalent|equiv\.?)"
    r"(?!\w|\s+(?:resistors?|loads?|parts?|each)\b)"
    r"|(?:\b(?:the|its|their|a)\s+|(?<=[(\[,;:—–-])\s*|(?<=[(\[,;:—–-]\s))(?:total|equivalent|combined|net|overall|effective)\s*"
    r"(?:(?:is|=|≈|≃|~|:|comes\s+to|of|being)\s*(?:only\s+|exactly\s+|" + _APPROX + r")?|only\s+|exactly\s+|"
    + _APPROX + r")"
    + _ohm("2"),
    re.IGNORECASE)
_SCALE = {None: 1.0, "": 1.0, "k": 1e3, "K": 1e3, "kilo": 1e3, "M": 1e6, "mega": 1e6}
# a stated total capacitance (series: 1/C = 1/C1 + 1/C2 + …; parallel: C = C1 + C2 + …; Alexander & Sadiku,
# Fundamentals of Electric Circuits, 5th ed., §6.4): "the total capacitance is 5 µF", "C_eq = 5 µF", "the pair, wired
# in series …, 20 µF in total" — read as a third capacitor before, a figure of another circuit
_FARAD = r"(?P<cnum{k}>\d+(?:\.\d+)?)\s*(?P<cpre{k}>[pnuµμm]?)F(?![A-Za-z])"
_CEQ = re.compile(
    r"(?:(?:the|an?|its|their)\s+)?(?:total|equivalent|effective|combined|net|overall|resultant|resulting)\s+"
    r"capacitance(?:\s+of\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:circuit|network|arrangement|combination|capacitors|pair))?"
    r"\s*(?:is|=|:|of|equals|equal\s+to|will\s+be|would\s+be|comes\s+to|becomes|being)?\s*(?:only\s+|exactly\s+)?"
    + _FARAD.format(k="1") + r"|\bC_?(?:eq|total|tot|T|equiv)\s*=\s*" + _FARAD.format(k="2")
    + r"|(?<![\w.])" + _FARAD.format(k="3") + r"\s+(?:in\s+total|total|altogether|overall|combined|between\s+them)\b",
    re.IGNORECASE)
_CSCALE = {"": 1.0, "p": 1e-12, "n": 1e-9, "u": 1e-6, "µ": 1e-6, "μ": 1e-6, "m": 1e-3}


def _tol(st: dict[str, Any]) -> float:
    """The relative tolerance a stated total or current is checked to: ``TOLERANCE`` (rounded values), or its
    written precision when wider ("≈ 688 Ω", "about 8.2 mA": nesy/solve/precision.py)."""
    from ..solve.precision import half_width
    v = st["value"]
    return max(TOLERANCE, float(half_width(st, repr(float(v)))) / v) if v else TOLERANCE


def split_equivalent(text: str) -> list[dict[str, Any]]:
    """Each stated equivalent resistance (``value`` in Ω) or capacitance (``unit`` "farad", ``value`` in F) and the
    phrase (``text``, ``start``, ``end``)."""
    out = []
    for m in _EQ.finditer(text):
        k = next(k for k in "1234" if m.group("num" + k) is not None)
        num, pre = m.group("num" + k), m.group("pre" + k)
        st = {"value": _num(num) * _SCALE[pre], "unit": "ohm", "text": m.group(0), "start": m.start(), "end": m.end()}
        if m.group("grp"):
            st["scope"] = "P" if m.group("grp").lower() == "parallel" else "S"
        out.append(st)
    for m in _EQ_BARE.finditer(text):
        if any(o["start"] < m.end() and m.start() < o["end"] for o in out):
            continue
        k = "1" if m.group("num1") is not None else "2"
        st = {"value": _num(m.group("num" + k)) * _SCALE[m.group("pre" + k)], "unit": "ohm",
              "text": m.group(0), "start": m.start(), "end": m.end()}
        if k == "1" and m.group("kw").lower().startswith("equiv"):
            st["scope"] = "near"
        out.append(st)
    for m in _CEQ.finditer(text):
        if any(o["start"] < m.end() and m.start() < o["end"] for o in out):
            continue
        k = next(k for k in "123" if m.group("cnum" + k) is not None)
        out.append({"value": float(m.group("cnum" + k)) * _CSCALE[m.group("cpre" + k)], "unit": "farad",
                    "text": m.group(0), "start": m.start(), "end": m.end()})
    return sorted(out, key=lambda st: st["start"])


def _ceq(d: dict, comps: dict) -> float | None:
    """The capacitance of a tree node in F, or None when a part of it is no capacitor with a value."""
    if d["op"] == "C":
        e = comps[d["id"]]
        v = e.attr("value") if e.kind == "capacitor" else None
        return float(v) if v is not None else None
    parts = [_ceq(c, comps) for c in d["children"]]
    if any(p is None or p <= 0 for p in parts):
        return None
    return sum(parts) if d["op"] == "P" else 1.0 / sum(1.0 / p for p in parts)


def _scoped(tree: dict, op: str) -> list[dict]:
    """The nodes of ``tree`` that join parts with ``op`` (a series chain "S", a parallel group "P")."""
    out = [tree] if tree["op"] == op else []
    for c in tree.get("children", []):
        out += _scoped(c, op)
    return out


def _req(d: dict, comps: dict, given: dict | None = None) -> float | None:
    """The resistance of a tree node in Ω, or None when a part of it has none (``given``: values to use for
    parts by id)."""
    if d["op"] == "C":
        if given and d["id"] in given:
            return given[d["id"]]
        e = comps[d["id"]]
        if e.kind not in ("resistor", "lamp", "wire"):
            return None
        if e.kind == "wire":
            return 0.0
        v = e.attr("value")
        return float(v) if v is not None else None
    parts = [_req(c, comps, given) for c in d["children"]]
    if any(p is None for p in parts):
        return None
    if d["op"] == "S":
        return sum(parts)
    if any(p == 0.0 for p in parts):
        return 0.0
    return 1.0 / sum(1.0 / p for p in parts)


def _network(scene: Any) -> tuple[dict | None, dict]:
    """The tree node of the network the source sees (the whole tree without a source; None with a source inside
    it) and the entities by id."""
    comps = {e.id: e for e in scene.entities}
    tree = scene.attr("tree")
    sources = ("vsource", "isource")
    if tree["op"] == "P" and any(c["op"] == "C" and comps[c["id"]].kind in sources for c in tree["children"]):
        loads = [c for c in tree["children"] if not (c["op"] == "C" and comps[c["id"]].kind in sources)]
        return (loads[0] if len(loads) == 1 else {"op": "P", "children": loads}), comps
    if any(e.kind in sources for e in scene.entities):
        return None, comps
    return tree, comps


def _leaves(d: dict) -> list[str]:
    return [d["id"]] if d["op"] == "C" else [x for c in d["children"] for x in _leaves(c)]


def derive_from_equivalent(scene: Any, stated: list[dict[str, Any]], text: str) -> Any:
    """``scene`` with the one resistor of no value that a stated equivalent resistance determines given that value
    (see the module docstring); unchanged when none, or more than one, lacks a value. Raises
    ``UnsatisfiableError`` when no resistance of that resistor gives the stated value."""
    from ..errors import UnsatisfiableError
    from .circuits import format_value
    from .circuits_derived import _with_value
    net, comps = _network(scene)
    if net is None or len(stated) != 1 or stated[0].get("scope") or stated[0].get("unit") == "farad":
        return scene
    ids = _leaves(net)
    free = [i for i in ids if comps[i].kind == "resistor" and comps[i].attr("value") is None]
    if len(free) > 1 and _identical(free, comps):
        free = [free]        # "three identical resistors": one unknown value, shared by all of them
    elif len(free) == 1:
        free = [[free[0]]]
    else:
        return scene
    if any(comps[i].kind not in ("resistor", "lamp", "wire") or (
            comps[i].kind == "lamp" and comps[i].attr("value") is None) for i in ids):
        return scene
    xs, want = free[0], stated[0]["value"]
    lo_r, hi_r = _req(net, comps, {x: 0.0 for x in xs}), _req(net, comps, {x: 1e18 for x in xs})
    if lo_r is None or hi_r is None:
        return scene
    if not lo_r < want < hi_r:
        sp = {"text": stated[0]["text"], "start": stated[0]["start"], "end": stated[0]["end"]}
        raise UnsatisfiableError(
            [sp], [{"law": "equivalent resistance of series and parallel resistors",
                    "source": "Alexander & Sadiku, Fundamentals of Electric Circuits, 5th ed., §2.5-2.6"}],
            fix=[sp], detail=f"with the other resistors as given the network's resistance lies between {lo_r:.4g} Ω "
                             f"and {hi_r:.4g} Ω for any value of the one not given, never {want:.4g} Ω")
    # the network's resistance grows strictly with the unknown one's: bisection (on a log scale) finds it
    a, b = 1e-15, 1e18
    for _ in range(200):
        m = (a * b) ** 0.5
        if _req(net, comps, {x: m for x in xs}) < want:
            a = m
        else:
            b = m
    r = float(f"{(a * b) ** 0.5:.6g}")
    for x in xs:
        e = comps[x]
        old = str(e.attr("display") or e.id)
        head, sep, rest = old.partition(", ")
        scene = _with_value(scene, x, r, f"{head} = {format_value(r, 'ohm')}" + (sep + rest if sep else ""))
    from dataclasses import replace
    from ..types import _freeze
    how = "the series and parallel resistance laws from the stated equivalent resistance" + (
        " (the resistors said identical share one value)" if len(xs) > 1 else "")
    return replace(scene, entities=tuple(
        replace(q, attributes=_freeze({**dict(q.attributes), "derived_by": how})) if q.id in xs else q
        for q in scene.entities))


# "three identical resistors", "two equal resistors", "four matching resistors": one phrase introduces parts that
# share one value (a resistance not stated, the same for each)
_IDENTICAL = re.compile(r"(?i)(?<![\w-])(?:identical|equal|matching|matched|equal-value|same-value|alike)(?![\w-])")


def _identical(free: list[str], comps: dict) -> bool:
    """Whether the resistors ``free`` (no value stated) are exactly the parts one phrase introduces as identical:
    they share one span, and it says so."""
    spans = {(comps[i].span.start, comps[i].span.end) if comps[i].span is not None else None for i in free}
    if len(spans) != 1 or None in spans:
        return False
    sp = comps[free[0]].span
    return bool(_IDENTICAL.search(sp.text)) and sum(
        1 for e in comps.values() if e.kind == "resistor" and e.span is not None
        and (e.span.start, e.span.end) == (sp.start, sp.end)) == len(free)


def _disagree(scene: Any, text: str, st: dict[str, Any], kinds: tuple[str, ...], law: str, section: str,
              detail: str) -> None:
    """Refuse a stated equivalent that disagrees with the parts of ``kinds``, naming its phrase and theirs."""
    from ..errors import UnsatisfiableError
    sp = {"text": st["text"], "start": st["start"], "end": st["end"]}
    parts = [{"text": text[e.span.start:e.span.end], "start": e.span.start, "end": e.span.end}
             for e in scene.entities if e.kind in kinds and e.span is not None]
    parts = [p for k, p in enumerate(parts) if p not in parts[:k]]   # "Two resistors, 10 Ω and 20 Ω": once
    raise UnsatisfiableError([sp] + parts, [{"law": law, "source": "Alexander & Sadiku, Fundamentals of Electric "
                                                                   f"Circuits, 5th ed., {section}"}],
                             fix=[sp], detail=detail)


def check_equivalent(scene: Any, stated: list[dict[str, Any]], text: str) -> tuple[list[dict], list[dict], float | None]:
    """(the statements that agree, the ones nesy cannot check, the network's resistance); raises
    ``UnsatisfiableError`` for one that disagrees, naming its phrase and the resistors' (from ``text``)."""
    comps = {e.id: e for e in scene.entities}
    tree = scene.attr("tree")
    sources = ("vsource", "isource")
    if tree["op"] == "P" and any(c["op"] == "C" and comps[c["id"]].kind in sources for c in tree["children"]):
        loads = [c for c in tree["children"] if not (c["op"] == "C" and comps[c["id"]].kind in sources)]
        net = loads[0] if len(loads) == 1 else {"op": "P", "children": loads}
    elif any(e.kind in sources for e in scene.entities):
        net = None   # a source inside the network: no single equivalent resistance to check
    else:
        net = tree
    whole = _req(net, comps) if net is not None else None
    ok, unchecked = [], []
    for st in stated:
        if st.get("unit") == "farad":
            c = _ceq(net, comps) if net is not None else None
            if c is None:
                unchecked.append(st)
            elif abs(c - st["value"]) <= _tol(st) * max(c, st["value"]):
                ok.append(st)
            else:
                _disagree(scene, text, st, ("capacitor",), "equivalent capacitance of series and parallel capacitors",
                          "§6.4", f"the capacitors as connected amount to {c * 1e6:.4g} µF, not "
                                  f"{st['value'] * 1e6:.4g} µF")
            continue
        r = whole
        if st.get("scope") == "near":
            # "(1.65 kΩ equivalent)" after a parallel pair: the whole network's, or else one group of resistors
            groups = [g for op in ("P", "S") for g in _scoped(tree, op)
                      if all(comps[i].kind in ("resistor", "lamp", "wire") for i in _leaves(g))]
            vals = [v for v in (_req(g, comps) for g in groups) if v is not None]
            near = [v for v in vals if abs(v - st["value"]) <= _tol(st) * max(v, st["value"])]
            if near and (r is None or abs(r - st["value"]) > _tol(st) * max(r, st["value"])):
                r = near[0]
        elif st.get("scope"):
            # "R(parallel) = 6 Ω": the one group joined that way (of resistors only); with none or several, unchecked
            groups = [g for g in _scoped(tree, st["scope"])
                      if all(comps[i].kind in ("resistor", "lamp", "wire") for i in _leaves(g))]
            r = _req(groups[0], comps) if len(groups) == 1 else None
        if r is None:
            unchecked.append(st)
        elif abs(r - st["value"]) <= _tol(st) * max(r, st["value"]):
            ok.append(st)
        else:
            _disagree(scene, text, st, ("resistor", "lamp"), "equivalent resistance of series and parallel resistors",
                      "§2.5-2.6", f"the resistors as connected amount to {r:.4g} Ω, not {st['value']:.4g} Ω")
    return ok, unchecked, whole


# a current written alone after the parts, as a result ("…, 2.85 kΩ total, about 8.42 mA."): the current the
# source drives through the network (Ohm's law, I = V / R; Alexander & Sadiku, §2.2), not a current source
_BARE_CURRENT = re.compile(
    r"(?:(?<=[,;:(—–])|(?<=[,;:(—–]\s))\s*(?:(?:about|approx\.?|approximately|roughly|around|nearly|so|i\.e\.|giving|"
    r"that\s+is|hence|thus|≈|~)\s*,?\s*){0,2}(?P<num>" + _N + r")\s*(?P<pre>[mµμu]?)A(?![\w])"
    r"(?:\s+(?:in\s+total|total|overall|flowing|from\s+the\s+(?:supply|source|battery)))?(?=\s*(?:[.;,)]|$))",
    re.IGNORECASE)
_ISCALE = {"": 1.0, "m": 1e-3, "µ": 1e-6, "μ": 1e-6, "u": 1e-6}


def split_current(text: str) -> list[dict[str, Any]]:
    """Each current stated alone as a result of the circuit (``value`` in A) and its phrase."""
    return [{"value": _num(m.group("num")) * _ISCALE[m.group("pre")], "unit": "ampere", "text": m.group(0).strip(),
             "start": m.start() + len(m.group(0)) - len(m.group(0).lstrip()), "end": m.end()}
            for m in _BARE_CURRENT.finditer(text) if m.group("pre") in _ISCALE]


def check_current(scene: Any, stated: list[dict[str, Any]], text: str) -> tuple[list[dict], list[dict]]:
    """(the stated currents that agree with the one voltage source over the network it drives, the ones nesy
    cannot check: no single valued source, a part without a resistance); raises ``UnsatisfiableError`` for one
    that disagrees (a stated value is rounded: ``_tol``)."""
    net, comps = _network(scene)
    srcs = [e for e in scene.entities if e.kind in ("vsource", "isource")]
    r = _req(net, comps) if net is not None else None
    v = srcs[0].attr("value") if len(srcs) == 1 and srcs[0].kind == "vsource" else None
    ok, unchecked = [], []
    for st in stated:
        if r is None or v is None or r <= 0:
            unchecked.append(st)
            continue
        i = float(v) / r
        tol = _tol(st)
        if abs(i - st["value"]) <= tol * max(i, st["value"]):
            ok.append(st)
        else:
            _disagree(scene, text, st, ("resistor", "vsource"), "Ohm's law over the network's resistance", "§2.2",
                      f"{float(v):.4g} V over {r:.4g} Ω drives {i * 1e3:.4g} mA, not {st['value'] * 1e3:.4g} mA")
    return ok, unchecked
