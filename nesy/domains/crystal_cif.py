"""Data items of a CIF (Crystallographic Information File) pasted into a request, for ``nesy.crystal.v1``'s reader.

A CIF is a list of ``_tag value`` items under a ``data_<name>`` block header (Hall, Allen & Brown, *Acta Cryst.*
A47 (1991) 655; IUCr CIF core dictionary, coreCIF 2.4). The items a unit-cell figure depends on are read here:

- ``_cell_length_a`` / ``_b`` / ``_c``: a lattice constant, in ångströms by the dictionary's definition; a
  standard uncertainty in brackets ("3.842(2)") is dropped.
- ``_cell_angle_alpha`` / ``_beta`` / ``_gamma``: the cell's angles in degrees; ``crystal`` holds them to the
  cell it draws.
- ``_symmetry_space_group_name_H-M`` (DDL1, deprecated) / ``_space_group_name_H-M_alt`` (its successor): the
  Hermann–Mauguin symbol, quoted with spaces between its parts ("'P m -3 m'" is Pm-3m, never phosphorus);
  ``_symmetry_Int_Tables_number`` / ``_space_group_IT_number``: the space group's number.
- ``_chemical_formula_sum``: the formula, its symbols spaced ("'Tl Cl'").
- ``data_TlCl``: the block's name is a free label; it is read as a formula only when it is one of known
  element symbols ("data_TlCl"), and otherwise passed over as a label ("data_global", "data_1").

Other items are left unread, so a request is never drawn from a CIF nesy did not read. Each finder returns
``(start, end, tag, value)`` at characters ``free`` says are unread, for ``crystal._claims``.
"""
from __future__ import annotations

import re
from typing import Any, Callable

__all__ = ["cif_items"]

_NUM = r"(?P<num>[-+]?\d+(?:\.\d+)?)(?:\(\d+\))?"
_VALUE = r"(?:'(?P<q1>[^'\n]*)'|\"(?P<q2>[^\"\n]*)\"|(?P<bare>[^\s'\"]+))"
_LENGTH = re.compile(rf"(?m)(?<![\w.])_cell_length_(?P<axis>[abc])[ \t]+{_NUM}(?![\w.])")
_ANGLE = re.compile(rf"(?m)(?<![\w.])_cell_angle_(?P<angle>alpha|beta|gamma)[ \t]+{_NUM}(?![\w.])")
_SG_NAME = re.compile(rf"(?mi)(?<![\w.])_(?:symmetry_space_group_name_H-M|space_group[._]name_H-M_alt)[ \t]+{_VALUE}")
_SG_NUMBER = re.compile(r"(?mi)(?<![\w.])_(?:symmetry_Int_Tables_number|space_group[._]IT_number)[ \t]+(?P<n>\d{1,3})"
                        r"(?![\w.])")
_FORMULA_SUM = re.compile(rf"(?mi)(?<![\w.])_chemical_formula_sum[ \t]+{_VALUE}")
_BLOCK = re.compile(r"(?m)(?<![\w.])data_(?P<name>\S+)")


def _value(m: re.Match) -> str:
    return next(g for g in (m.group("q1"), m.group("q2"), m.group("bare")) if g is not None)


def cif_items(text: str, symbols: frozenset[str], free: Callable[[int, int], bool]) -> list[tuple[int, int, str, Any]]:
    """The CIF items of ``text`` (module docstring) as ``(start, end, tag, value)``: ``("QTY", {axis, value, given,
    unit, labelled})`` in Å, ``("ANGLE", (name, degrees))``, ``("SG", raw symbol or number)``, ``("FORMULA",
    formula)`` and ``("LABEL", None)`` for a block name that is no formula."""
    out: list[tuple[int, int, str, Any]] = []
    if "_cell_" not in text and "data_" not in text and "_space_group" not in text and "_symmetry_" not in text:
        return out
    for m in _LENGTH.finditer(text):
        if free(m.start(), m.end()):
            v = float(m.group("num"))
            out.append((m.start(), m.end(), "QTY", {"axis": m.group("axis"), "value": v, "given": v, "unit": "Å",
                                                    "labelled": True}))
    for m in _ANGLE.finditer(text):
        if free(m.start(), m.end()):
            out.append((m.start(), m.end(), "ANGLE", (m.group("angle"), float(m.group("num")))))
    for m in _SG_NAME.finditer(text):
        if free(m.start(), m.end()):
            out.append((m.start(), m.end(), "SG", re.sub(r"\s+", "", _value(m))))
    for m in _SG_NUMBER.finditer(text):
        if free(m.start(), m.end()):
            out.append((m.start(), m.end(), "SG", m.group("n")))
    for m in _FORMULA_SUM.finditer(text):
        f = re.sub(r"\s+", "", _value(m))
        if free(m.start(), m.end()) and _is_formula(f, symbols):
            out.append((m.start(), m.end(), "FORMULA", f))
    for m in _BLOCK.finditer(text):
        if free(m.start(), m.end()):
            name = m.group("name")
            out.append((m.start(), m.end(), "FORMULA" if _is_formula(name, symbols) else "LABEL",
                        name if _is_formula(name, symbols) else None))
    return out


def _is_formula(f: str, symbols: frozenset[str]) -> bool:
    """Whether ``f`` is written wholly in element symbols with counts ("TlCl", "SrTiO3")."""
    return bool(re.fullmatch(r"(?:[A-Z][a-z]?\d*)+", f)) and all(el in symbols for el in re.findall(r"[A-Z][a-z]?", f))
