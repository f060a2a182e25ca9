"""Cells told apart by their kind (requests-8 cell-10): "Compare a prokaryote and a eukaryote. The bacterium has
no nucleus and 8 ribosomes; the eukaryotic cell has a nucleus …" was read as one cell (called impossible, or
drawn with everything in the eukaryote). A definite mention refers back to the cell of its own kind
(``nesy.parse.grammar_refer``); an announced count's members may be typed cells ("Two cells: a bacterium with
…, an animal cell with …", ``cell_members``); what is stated of each cell is drawn in that cell."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.pipeline import parse


def _per_cell(text: str, domain: str | None = None) -> list[tuple[str | None, dict[str, int], list[str]]]:
    """Per cell, in id order: (its type, the kinds drawn in it with their counts, the kinds said absent)."""
    s = parse(text, allow_unknown=True, domain=domain)
    kind = {e.id: e.kind for e in s.entities}
    par = {r.source: r.target for r in s.relations if r.kind == "inside"}

    def cell_of(i: str) -> str | None:
        while i in par:
            i = par[i]
            if kind[i] == "cell":
                return i
        return None
    held: dict[str, Counter] = {e.id: Counter() for e in s.entities if e.kind == "cell"}
    for e in s.entities:
        if e.kind != "cell":
            held[cell_of(e.id)][e.kind] += 1
    out = []
    for e in s.entities:
        if e.kind == "cell":
            a = dict(e.attributes)
            absent = sorted(dict(x)["kind"] for x in a.get("absent", ()))
            out.append((a.get("type"), dict(held[e.id]), absent))
    return out


PRO_EU = [("prokaryotic", {"ribosome": 8}, ["nucleus"]),
          ("eukaryotic", {"nucleus": 1, "mitochondrion": 2, "ribosome": 8}, [])]


@pytest.mark.parametrize("text,want", [
    ("Compare a prokaryote and a eukaryote side by side. The bacterium has no nucleus and 8 ribosomes; the "
     "eukaryotic cell has a nucleus, 2 mitochondria and also 8 ribosomes.", PRO_EU),
    ("Show a eukaryote and a prokaryote. The prokaryote has 8 ribosomes and no nucleus, the eukaryote has one "
     "nucleus, two mitochondria and 8 ribosomes.", PRO_EU[::-1]),
    ("A bacterial cell next to a eukaryotic cell: the eukaryotic cell has a nucleus, 2 mitochondria and 8 "
     "ribosomes; the bacterial cell has 8 ribosomes but no nucleus.", PRO_EU),
    ("Draw a plant cell and an animal cell. The plant cell has a nucleus and 3 chloroplasts; the animal cell "
     "has a nucleus and 2 lysosomes.",
     [("plant", {"nucleus": 1, "chloroplast": 3}, []), ("animal", {"nucleus": 1, "lysosome": 2}, [])]),
    ("A plant cell next to an animal cell: the plant cell has a vacuole and 2 chloroplasts, the animal cell has "
     "2 lysosomes.",
     [("plant", {"vacuole": 1, "chloroplast": 2}, []), ("animal", {"lysosome": 2}, [])]),
])
def test_definite_mention_is_the_cell_of_its_kind(text, want) -> None:
    assert _per_cell(text) == want


@pytest.mark.parametrize("text,want", [
    ("Two cells side by side: a prokaryotic cell with 5 ribosomes and a eukaryotic cell with a nucleus and 5 "
     "ribosomes.", [("prokaryotic", {"ribosome": 5}, []), ("eukaryotic", {"nucleus": 1, "ribosome": 5}, [])]),
    ("Two cells: a bacterium with 4 ribosomes and an animal cell with a nucleus and 2 mitochondria.",
     [("prokaryotic", {"ribosome": 4}, []), ("animal", {"nucleus": 1, "mitochondrion": 2}, [])]),
    ("Three cells: a hepatocyte with two nuclei, a neuron with one nucleus and an erythrocyte without a nucleus.",
     [("animal", {"nucleus": 2}, []), ("animal", {"nucleus": 1}, []), ("animal", {}, ["nucleus"])]),
])
def test_typed_members_of_an_announced_count(text, want) -> None:
    assert _per_cell(text) == want


def test_general_kind_refers_back_without_losing_the_specific_one() -> None:
    # an animal cell is eukaryotic: "the eukaryotic cell" is the animal cell, still an animal cell
    assert _per_cell("An animal cell with 2 mitochondria; the eukaryotic cell also has a nucleus.") == \
        [("animal", {"mitochondrion": 2, "nucleus": 1}, [])]


@pytest.mark.parametrize("text,phrases", [
    ("A bacterium with two mitochondria.", ("A bacterium", "two mitochondria")),
    ("A bacterium and an animal cell. The bacterium has two mitochondria and the animal cell has a nucleus.",
     ("A bacterium", "two mitochondria")),
    ("Two cells: a prokaryotic cell with a Golgi apparatus and an animal cell with a nucleus.",
     ("Golgi apparatus",)),
])
def test_prokaryote_with_membrane_bound_organelle_is_impossible(text, phrases) -> None:
    from nesy.pipeline import explain
    got = explain(text)
    assert got["satisfiable"] is False and "prokaryote" in got["message"]
    said = " | ".join(p["text"] for p in got["phrases"])
    for p in phrases:
        assert p in said


@pytest.mark.parametrize("text,want", [
    # "but" before an absence joins it to the list; the absence is said of the bacterial cell alone
    ("A bacterial cell and a eukaryotic cell: the eukaryotic cell has a nucleus and 8 ribosomes; the bacterial "
     "cell has 8 ribosomes but no nucleus.",
     [("prokaryotic", {"ribosome": 8}, ["nucleus"]), ("eukaryotic", {"nucleus": 1, "ribosome": 8}, [])]),
    # a cell after an absence list is the next cell described, not one more thing lacked
    ("Two red blood cells without a nucleus and one lymphocyte with a large nucleus.",
     [("animal", {}, ["nucleus"]), ("animal", {}, ["nucleus"]), ("animal", {"nucleus": 1}, [])]),
    ("Two erythrocytes lacking a nucleus, and a lymphocyte with one nucleus.",
     [("animal", {}, ["nucleus"]), ("animal", {}, ["nucleus"]), ("animal", {"nucleus": 1}, [])]),
    # an absence with no host in a list is said of the cell named just before it
    ("A red blood cell, no mitochondria, and a neuron with one nucleus.",
     [("animal", {}, ["mitochondrion"]), ("animal", {"nucleus": 1}, [])]),
])
def test_absences_belong_to_their_own_cell(text, want) -> None:
    assert _per_cell(text) == want


def test_absence_of_its_own_sentence_is_said_of_every_cell() -> None:
    assert _per_cell("Two cells. No mitochondria.") == [(None, {}, ["mitochondrion"])] * 2


def test_a_cell_wall_after_an_absence_is_still_absent() -> None:
    assert _per_cell("A cell without a nucleus and a cell wall.") == [(None, {}, ["cell_wall", "nucleus"])]


@pytest.mark.parametrize("text,want", [
    ("Binucleate hepatocyte: two nuclei, each containing one nucleolus, and 4 mitochondria in the cytoplasm.",
     [("animal", {"nucleus": 2, "nucleolus": 2, "mitochondrion": 4}, [])]),
    ("A binucleate liver cell with 3 mitochondria.", [("animal", {"mitochondrion": 3, "nucleus": 2}, [])]),
    ("Draw an anucleate red blood cell next to a neuron with one nucleus.",
     [("animal", {}, ["nucleus"]), ("animal", {"nucleus": 1}, [])]),
    ("Two enucleated erythrocytes.", [("animal", {}, ["nucleus"])] * 2),
    ("A multinucleate cell with 4 nuclei and 2 mitochondria.", [(None, {"nucleus": 4, "mitochondrion": 2}, [])]),
])
def test_nuclei_from_one_word(text, want) -> None:
    assert _per_cell(text, domain="cell") == want


@pytest.mark.parametrize("text,phrases", [
    ("A binucleate cell with one nucleus.", ("binucleate", "one nucleus")),
    ("An anucleate erythrocyte with a nucleus.", ("anucleate", "a nucleus")),
    ("A uninucleate hepatocyte containing three nuclei.", ("uninucleate", "three nuclei")),
])
def test_nuclei_word_against_a_stated_count_is_impossible(text, phrases) -> None:
    from nesy.errors import UnsatisfiableError
    with pytest.raises(UnsatisfiableError) as e:
        parse(text, allow_unknown=True, domain="cell")
    said = [p["text"] for p in e.value.phrases]
    assert all(p in said for p in phrases)


def test_multinucleate_without_a_count_is_refused_naming_the_word() -> None:
    from nesy.errors import InputError
    with pytest.raises(InputError, match="'multinucleate' at 2-15"):
        parse("A multinucleate cell with 2 mitochondria.", allow_unknown=True, domain="cell")


@pytest.mark.parametrize("text,want", [
    ("Three neighbouring epithelial cells, each with exactly one nucleus. Nothing else inside them.",
     [("animal", {"nucleus": 1}, [])] * 3),
    ("A cell with a nucleus and two mitochondria; nothing else.", [(None, {"nucleus": 1, "mitochondrion": 2}, [])]),
    ("Two cells with one nucleus each, nothing else in the cells.", [(None, {"nucleus": 1}, [])] * 2),
])
def test_nothing_else_closes_the_contents(text, want) -> None:
    # the closure is what is drawn: nothing is added, and the words are read, not listed as not drawn
    s = parse(text, allow_unknown=True, domain="cell")
    assert not [u.text for u in s.unknown if "else" in u.text.lower() or "nothing" in u.text.lower()]
    assert _per_cell(text, domain="cell") == want
