"""requests-10 circuit notations, own phrasings: resistor colour bands (IEC 60062), SPICE netlists read as the
circuit, a count and a value both in words ("two twenty ohm resistors"), "back to the battery" closing the loop,
and chained equalities ("R2 = R3 = 470 Ω"). What a user relies on is the netlist nesy draws (circuit.cir)."""
from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter

import pytest

from nesy.domains.circuits import parse_circuit, spice_netlist
from nesy.domains.circuits_colours import decode_bands
from nesy.domains.circuits_netlist import spice_value
from nesy.errors import NesyError, OutOfScopeError


def _parts(cir: str) -> dict[str, tuple[str, str, str]]:
    """name → (node, node, value) of each element line of a netlist nesy wrote."""
    out = {}
    for line in cir.splitlines():
        if line.startswith(("*", ".")) or not line.strip():
            continue
        f = line.split()
        out[f[0]] = (f[1], f[2], f[-1] if f[3] != "DC" else f[4])
    return out


def _values(cir: str, letter: str) -> list[float]:
    return sorted(float(v) for n, (_a, _b, v) in _parts(cir).items() if n.startswith(letter) and not v.startswith("{"))


def _read(text: str) -> str:
    return spice_netlist(parse_circuit(text, allow_unknown=True))


def _series_with_source(cir: str, name: str) -> bool:
    """Whether part ``name`` alone carries the source's current: one of its nodes joins only it and the source."""
    p = _parts(cir)
    count = Counter(x for a, b, _v in p.values() for x in (a, b))
    src = next(v for k, v in p.items() if k.startswith("V"))
    a, b, _ = p[name]
    return any(n in src[:2] and count[n] == 2 for n in (a, b))


def _parallel(cir: str, n1: str, n2: str) -> bool:
    p = _parts(cir)
    return {p[n1][0], p[n1][1]} == {p[n2][0], p[n2][1]}


def _cli(text: str, tmp_path) -> tuple[int, str, str]:
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(out)], capture_output=True, text=True,
                       timeout=300)
    cir = (out / "circuit.cir").read_text() if (out / "circuit.cir").exists() else ""
    return r.returncode, cir, r.stderr


# ---- IEC 60062 colour bands -------------------------------------------------------------------------------
@pytest.mark.parametrize("bands,ohms,tol", [
    (["brown", "black", "red"], 1000, None),
    (["yellow", "violet", "orange"], 47000, None),
    (["red", "red", "brown", "gold"], 220, 5),
    (["orange", "orange", "black", "silver"], 33, 10),
    (["green", "blue", "black", "brown", "brown"], 5600, 1),
    (["brown", "black", "gold", "gold"], 1.0, 5),
    (["gray", "red", "brown"], 820, None),
])
def test_colour_code_table(bands, ohms, tol):
    assert decode_bands(bands) == (pytest.approx(ohms), tol)


@pytest.mark.parametrize("text,want", [
    ("a 12 V battery in series with a red-red-brown resistor and a resistor coded orange orange black gold", [33, 220]),
    ("A resistor with colour bands yellow, violet, red is connected across a 5 V supply", [4700]),
    ("two resistors in series with a 9 V battery: one banded brown black orange, the other brown-black-red", [1000, 10000]),
])
def test_colour_bands_give_values(text, want):
    assert _values(_read(text), "R") == want


@pytest.mark.parametrize("text,named", [
    ("a 9 V battery and a resistor with bands gold-black-red", "gold-black-red"),
    ("a resistor coded black-brown-red across a 6 V battery", "black-brown-red"),
    ("a resistor with bands red-violet-white-yellow-gold-brown and a 3 V cell", "red-violet-white-yellow-gold-brown"),
])
def test_invalid_band_sequence_refused_by_name(text, named):
    with pytest.raises(NesyError, match=re.escape(named)):
        parse_circuit(text, allow_unknown=True)


def test_colours_that_are_no_code_stay_words():
    # "red and black leads": two colours joined by "and" are no code; nothing is read as a resistance
    cir = _read("a 9 V battery with red and black leads connected to a 100 Ω resistor")
    assert _values(cir, "R") == [100]


def test_colour_bands_cli(tmp_path):
    rc, cir, err = _cli("Series circuit: a 6 V cell, a resistor with bands brown-green-red and one with bands "
                        "red-red-orange, silver tolerance.", tmp_path)
    assert rc in (0, 7), err
    assert _values(cir, "R") == [1500, 22000] and _values(cir, "V") == [6]
    assert "silver tolerance" in err   # the tolerance is listed as not drawn, never silently dropped


# ---- SPICE netlists -------------------------------------------------------------------------------------
@pytest.mark.parametrize("s,v", [("2k", 2000), ("4.7meg", 4.7e6), ("100n", 1e-7), ("10uF", 1e-5), ("1m", 1e-3),
                                 ("2.2K", 2200), ("1e3", 1000), ("5f", 5e-15)])
def test_spice_values(s, v):
    assert spice_value(s) == pytest.approx(v)


def test_rkm_code_is_no_spice_value():
    with pytest.raises(NesyError, match="3p3"):   # "3p3" is IEC 60062's code, not SPICE's
        spice_value("3p3")


def test_netlist_divider_with_filter_capacitor():
    cir = _read("* a divider\nV1 in 0 12\nR1 in out 10k\nR2 out 0 4.7k\nC1 out 0 100n\n.end")
    assert _values(cir, "R") == [4700, 10000] and _values(cir, "C") == [1e-7] and _values(cir, "V") == [12]
    assert _parallel(cir, "R2", "C1") and _series_with_source(cir, "R1")


def test_netlist_parallel_branches_with_prose_around():
    cir = _read("Please sketch this one:\nVin 1 0 DC 5\nR1 1 2 1k\nR2 2 0 2.2k\nR3 2 0 3.3k\n.tran 1m\n.end")
    assert _values(cir, "R") == [1000, 2200, 3300]
    assert _parallel(cir, "R2", "R3") and not _parallel(cir, "R1", "R2")


def test_netlist_cli(tmp_path):
    rc, cir, err = _cli("Turn this SPICE netlist into a circuit diagram:\nV1 a 0 DC 9\nL1 a b 10m\nR1 b 0 220\n.end",
                        tmp_path)
    assert rc == 0, err
    assert _values(cir, "R") == [220] and _values(cir, "L") == [0.01] and _values(cir, "V") == [9]


@pytest.mark.parametrize("text,match", [
    ("V1 1 0 10\nR1 1 2 1k\nR2 1 3 1k\nR3 2 0 1k\nR4 3 0 1k\nR5 2 3 1k\n.end", "no series-parallel circuit"),
    ("V1 1 0 SIN(0 1 1k)\nR1 1 0 1k\n.end", "SIN"),
    ("V1 1 0 9\nR1 1 2 1k\nR2 2 3 1k\n.end", "node 3"),
    ("V1 1 0 9\nR1 1 2 1k\nQ1 2 3 0 BC547\n.end", "Q1"),
])
def test_netlist_not_drawable_refused_clearly(text, match):
    with pytest.raises(NesyError, match=match):
        parse_circuit(text)


def test_prose_with_names_is_no_netlist():
    # "R1 and R2 in series …" has element names but no element lines: it stays prose
    cir = _read("R1 = 1 kΩ and R2 = 2 kΩ in series with a 9 V battery")
    assert _values(cir, "R") == [1000, 2000]


# ---- a count and a value in words -----------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("a nine volt battery across three thirty ohm resistors in parallel", [30, 30, 30]),
    ("two fifty ohm resistors in series with a six volt battery", [50, 50]),
    ("a battery of twelve volts feeding four ten ohm resistors connected in parallel", [10, 10, 10, 10]),
])
def test_count_then_value_words(text, want):
    assert _values(_read(text), "R") == want


def test_one_number_in_words_is_not_split():
    assert _values(_read("two hundred twenty ohm resistor in series with a 5 V battery"), "R") == [220]


@pytest.mark.parametrize("text", ["a 9 V battery in series with 2 20 Ω resistors",
                                  "three 100 Ω resistors and 2 470 Ω resistors across a 12 V supply"])
def test_digit_count_before_digit_value_refused(text):
    with pytest.raises(NesyError, match="ambiguous"):
        parse_circuit(text)


def test_count_words_loop_back_to_battery_cli(tmp_path):
    rc, cir, err = _cli("a six volt battery, then a fifteen ohm resistor, then three thirty ohm resistors in parallel "
                        "with each other, and back to the battery", tmp_path)
    assert rc in (0, 7), err
    assert _values(cir, "R") == [15, 30, 30, 30] and _values(cir, "V") == [6]
    p = _parts(cir)
    thirty = [n for n, (_a, _b, v) in p.items() if v == "30"]
    assert all(_parallel(cir, thirty[0], n) for n in thirty[1:])
    fifteen = next(n for n, (_a, _b, v) in p.items() if v == "15")
    assert _series_with_source(cir, fifteen)


def test_back_to_a_battery_never_named_before_is_no_loop_phrase():
    sc = parse_circuit("a lamp and a 5 Ω resistor in series, back to the battery", allow_unknown=True)
    assert not any("back to the battery" in s.text for s in sc.ignored)


# ---- chained equality ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("6 V source, R1 = 220 Ω in series with the parallel pair R2 = R3 = 470 Ω", {"R1": 220, "R2": 470, "R3": 470}),
    ("R1 = R2 = R3 = 1 kΩ, all in parallel across a 9 V battery", {"R1": 1000, "R2": 1000, "R3": 1000}),
    ("a 5 V battery in series with R1 and R2, where R1 = R2 = 2 kΩ", {"R1": 2000, "R2": 2000}),
])
def test_chained_equality_gives_every_name(text, want):
    p = _parts(_read(text))
    assert {n: float(p[n][2]) for n in want} == want


def test_chain_of_two_values_is_no_chain():
    # "R1 = 4 Ω, R2 = 6 Ω": each its own value
    p = _parts(_read("R1 = 4 Ω, R2 = 6 Ω in series across a 10 V battery"))
    assert float(p["R1"][2]) == 4 and float(p["R2"][2]) == 6
