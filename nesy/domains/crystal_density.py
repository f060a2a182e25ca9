"""A cubic cell's edge from the crystal's density and molar mass, for ``nesy.crystal.v1``.

"Copper is face-centred cubic, with a density of 8.96 g/cm^3 and a molar mass of 63.55 g/mol", "iron (bcc, ρ = 7.87
g cm⁻³, atomic weight 55.85 g/mol)": the two numbers fix the cell's volume, since the cell holds Z formula units of
molar mass M and has the crystal's density ρ:

    ρ = Z·M / (N_A·V_cell),   so for a cubic cell   a³ = Z·M / (N_A·ρ)

(Callister & Rethwisch, *Materials Science and Engineering: An Introduction*, 9th ed., §3.5, Eq. 3.8; Kittel,
*Introduction to Solid State Physics*, 8th ed., ch. 1, problem 1.4), with N_A = 6.022 140 76 × 10²³ mol⁻¹ exactly
(SI Brochure, 9th ed., 2019) and Z counted from the cell nesy builds (4 for fcc, 2 for bcc, 4 NaCl units for rock
salt). Read as words nesy could not place, a worked problem giving them was refused ("too little understood"),
and a stated a that the density contradicts was drawn without a word.

``density_phrases`` finds the density and the molar mass (each with the words that name it) for the reader, only
when both are given (one alone is listed as not drawn);
``density_law`` holds a³ to Z·M/(N_A·ρ) within the precision of the text's numbers as a tracked law of the solver
and returns the edge it gives, in Å.
"""
from __future__ import annotations

import re
from typing import Any, Callable

__all__ = ["density_phrases", "density_law", "N_A"]

N_A = 6.02214076e23          # mol⁻¹, exact (SI 2019)
# the relative tolerance on a³: three significant figures in ρ and M (Callister's worked examples) agree to ~0.5 %
_TOL = 0.01

_RHO_LEAD = re.compile(r"(?i)(?:(?:a|its|the|with\s+a|with)\s+)?(?:(?:mass\s+)?density|ρ|rho)\s*(?:of|is|=|:|equal\s+to|"
                       r"equals|being)?\s*(?:about\s+|approximately\s+|roughly\s+)?$")
_M_LEAD = re.compile(r"(?i)(?:(?:a|an|its|the|with\s+a|with\s+an|and\s+a|and\s+an)\s+)?(?:molar\s+mass|atomic\s+(?:mass|weight)|"
                     r"molecular\s+(?:mass|weight)|formula\s+(?:mass|weight)|gram[\s-]+atomic\s+(?:mass|weight)|M)"
                     r"\s*(?:of|is|=|:|equal\s+to|equals|being)?\s*(?:about\s+|approximately\s+|roughly\s+)?$")


def density_phrases(text: str, free: Callable[[int, int], bool]) -> list[tuple[int, int, str, dict[str, Any]]]:
    """(start, end, tag, value) for the density ("DENSITY", ``{"rho": g/cm³}``) and the molar mass ("MOLAR",
    ``{"M": g/mol}``) ``text`` states, each span from the words that name it to its unit; only quantities of those
    dimensions, after their words (a bare "8.96 g/cm^3" is still a density: its unit says so)."""
    from ..parse.quantities import find_quantities
    out: list[tuple[int, int, str, dict[str, Any]]] = []
    for q in find_quantities(text):
        s, e = q.span
        if q.dimensionality == "[mass] / [length] ** 3":
            lead = _RHO_LEAD.search(text[max(0, s - 40):s])
            a = s - (len(lead.group(0)) if lead else 0)
            if free(a, e):
                out.append((a, e, "DENSITY", {"rho": float(q.si) / 1000.0}))      # kg/m³ → g/cm³
        elif q.dimensionality == "[mass] / [substance]":
            lead = _M_LEAD.search(text[max(0, s - 40):s])
            a = s - (len(lead.group(0)) if lead else 0)
            if free(a, e):
                out.append((a, e, "MOLAR", {"M": float(q.si) * 1000.0}))          # kg/mol → g/mol
    if {t for _a, _e, t, _v in out} != {"DENSITY", "MOLAR"}:
        # one without the other fixes nothing ("calculate the density of iron (M = 55.85 g/mol)": the density is
        # asked): left unread, so it is listed as not drawn, as before
        return []
    return out


def density_law(rho: float, molar: float, phrases: list[dict], formula: str | None, els: list[str],
                system: str, sg_symbol: str, a, tr) -> float:
    """Hold a³ = Z·M/(N_A·ρ) (Å³, within ``_TOL``) as the tracked law ``phrase:density``; Z formula units per
    cell from the cell built (``els``: its atoms' elements) and ``formula``. Returns a in Å."""
    from ..errors import UnsupportedError
    span = phrases[0]
    where = f"'{span['text']}' at {span['start']}-{span['end']}"
    if system != "cubic":
        raise UnsupportedError(f"{where}: nesy derives a cell edge from the density for cubic cells; {sg_symbol} is "
                               f"{system}: give its lattice constants (e.g. 'a = 3.21 Å, c = 5.21 Å')")
    counts = {el: els.count(el) for el in set(els)}
    if formula:
        from .crystal import _parse_formula
        parts = _parse_formula(formula)
        el0, n0 = parts[0]
        z = counts.get(el0, 0) / n0
    else:
        z = float(len(els)) if len(counts) == 1 else 0.0
    if z <= 0:
        raise UnsupportedError(f"{where}: how many formula units the cell holds is not known (name the compound's "
                               "formula), so its density fixes no edge")
    vol = z * molar / (N_A * rho) * 1e24          # cm³ → Å³
    import z3
    from ..parse.words import z3_real
    lo, hi = vol * (1 - _TOL), vol * (1 + _TOL)
    tr("phrase:density", z3.And(a * a * a >= z3_real(lo), a * a * a <= z3_real(hi)), phrases,
       [{"law": "density: ρ = Z·M / (N_A·a³)", "source": "Callister & Rethwisch, Materials Science and "
                                                          "Engineering, 9th ed., §3.5, Eq. 3.8"}],
       f"Z = {z:g} formula units of M = {molar:g} g/mol at ρ = {rho:g} g/cm³ give a³ = {vol:.3f} Å³, "
       f"a = {vol ** (1 / 3):.4f} Å (±{_TOL:.0%} on a³)")
    return vol ** (1.0 / 3.0)
