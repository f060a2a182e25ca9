"""A resistance the text does not give but its laws and stated values fix, derived (issue 9).

"A 12 V battery drives a current of 2 A through a single resistor. Work out the resistance and draw the
circuit with the resistor's value marked": the resistor's value is not written, but Ohm's law (V = IR,
Horowitz & Hill, *The Art of Electronics* 3rd ed., §1.2.1) and Kirchhoff's laws with the stated 12 V and
2 A leave one value only, R = 6 Ω. Drawn as "R1" with no value, the figure left out what the text asks to
mark. ``derive_resistances`` asks Z3 (``circuits.check_circuit``: the same laws the figure is checked
with) for the circuit's currents and voltages, takes R = V / I of each resistor whose value the text does
not state, and keeps it only when it is forced: the circuit with that resistor at 1 % more, and at 1 %
less, must both contradict the text's values (a resistor no stated value constrains stays a symbol,
``{R1}`` in circuit.cir). A derived value is drawn on the resistor's label like a stated one and marked
``derived`` in the scene and in circuit.cir ("* derived by Ohm's and Kirchhoff's laws from the stated
values: R1 = 6 Ω").

A voltage source with no stated value is derived the same way (session 33): "a resistor dissipates 2 W when
0.5 A flows through it from a single battery. Find R and the battery voltage" leaves one voltage only, V = P / I
= 4 V (the power a part takes is P = VI, Horowitz & Hill §1.2.2; R = P / I² = 8 Ω by the same laws), kept only
when a source voltage 1 % off contradicts the text; drawn as "V1 = 4 V" and marked ``derived``. Drawn with no
value, the figure showed a battery of no voltage where the text fixes one.
"""
from __future__ import annotations

from dataclasses import replace

from ..types import SceneGraph, _freeze

__all__ = ["derive_resistances", "derive_sources"]

_REL = 0.01   # the neighbouring values tried: a value 1 % off must contradict the text


def _with_value(scene: SceneGraph, cid: str, value: float, display: str | None = None, unit: str = "ohm") -> SceneGraph:
    ents = []
    for e in scene.entities:
        if e.id == cid:
            attrs = {**dict(e.attributes), "value": value, "unit": unit}
            if display is not None:
                attrs["display"] = display
                attrs["derived"] = True
            e = replace(e, attributes=_freeze(attrs))
        ents.append(e)
    return replace(scene, entities=tuple(ents))


def derive_resistances(scene: SceneGraph, timeout_s: float = 5.0) -> SceneGraph:
    """``scene`` with each resistor of no stated value whose value the laws and the stated currents,
    voltages and powers force given that value (see the module's docstring); otherwise unchanged."""
    return _derive(scene, "resistor", timeout_s)


def derive_sources(scene: SceneGraph, timeout_s: float = 5.0) -> SceneGraph:
    """``scene`` with each voltage source of no stated value whose voltage the laws and the stated
    currents, voltages and powers force (see the module's docstring); otherwise unchanged."""
    return _derive(scene, "vsource", timeout_s)


def _derive(scene: SceneGraph, kind: str, timeout_s: float) -> SceneGraph:
    if not scene.attr("stated"):
        return scene
    unit = "ohm" if kind == "resistor" else "V"
    free = [e for e in scene.entities if e.kind == kind and e.attr("value") is None]
    if not free:
        return scene
    from ..errors import NesyError
    from .circuits import check_circuit, format_value
    try:
        sol = check_circuit(scene, timeout_s)
    except NesyError:   # unsatisfiable or too slow: the solve reports it, naming the phrases
        return scene
    for e in free:
        v, i = sol.get(e.id, (0.0, 0.0))
        if abs(i) < 1e-12 or abs(v) < 1e-12:
            continue
        r = abs(v / i) if kind == "resistor" else abs(v)
        forced = True
        for k in (1 + _REL, 1 - _REL):
            try:
                check_circuit(_with_value(scene, e.id, r * k, unit=unit), timeout_s)
                forced = False     # another value fits the text as well: not derived
                break
            except NesyError:
                continue
        if not forced:
            continue
        r = float(f"{r:.6g}")
        old = str(e.attr("display") or e.id)
        head, sep, rest = old.partition(", ")
        disp = f"{head} = {format_value(r, unit)}" + (sep + rest if sep else "")
        scene = _with_value(scene, e.id, r, disp, unit)
    return scene
