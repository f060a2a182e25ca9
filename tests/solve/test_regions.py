"""Region solver: impossible specifications name the conflicting phrases and a smallest fix."""
import pytest

from nesy.errors import SolverTimeoutError, UnsatisfiableError, UnsupportedError
from nesy.pipeline import explain, generate


@pytest.mark.parametrize("text,domain,phrases,fix", [
    ("A cell with a nucleus left of the vacuole. The vacuole is left of the nucleus.", "cell",
     {"a nucleus left of the vacuole", "The vacuole is left of the nucleus"}, 1),
    ("A is a subset of B. B is a subset of A.", "sets", {"A is a subset of B", "B is a subset of A"}, 1),
    ("x is an element of A. A is a subset of B. x is outside B.", "sets",
     {"x is an element of A", "A is a subset of B", "x is outside B"}, 1),
    ("A cell with a nucleus larger than the cell", "cell",
     {"A cell with a nucleus", "a nucleus larger than the cell"}, 1),
    ("A cell with a lysosome. The lysosome is inside the vacuole. The vacuole is inside the lysosome.", "cell",
     {"The lysosome is inside the vacuole", "The vacuole is inside the lysosome"}, 1),
    # the nucleus lies only in the cytoplasm (solvers/cell.yaml nucleus_in_cytoplasm): the first
    # phrase alone is impossible, before any circle
    ("A cell with a nucleus. The nucleus is inside the vacuole. The vacuole is inside the nucleus.", "cell",
     {"The nucleus is inside the vacuole"}, 1),
])
def test_unsat_core_names_the_users_phrases(text, domain, phrases, fix):
    with pytest.raises(UnsatisfiableError) as ei:
        generate(text, domain=domain, controls=False)
    got = {p["text"] for p in ei.value.phrases}
    assert got == phrases
    for p in ei.value.phrases:
        assert text[p["start"]:p["end"]] == p["text"]
    assert len(ei.value.fix) == fix and {p["text"] for p in ei.value.fix} <= phrases
    res = explain(text, domain=domain)
    assert res["satisfiable"] is False and res["fix"]


def test_capacity_conflict_names_the_count_and_the_cited_law():
    text = "A cell with a nucleus and 400 lysosomes. Each lysosome is larger than the nucleus."
    with pytest.raises(UnsatisfiableError) as ei:
        generate(text, domain="cell", controls=False)
    laws = {l["law"] for l in ei.value.laws}
    assert any(l.startswith("size_") for l in laws)
    assert all(l["source"] for l in ei.value.laws)


def test_removing_the_fix_makes_it_satisfiable():
    text = "A cell with a nucleus left of the vacuole. The vacuole is left of the nucleus."
    res = explain(text, domain="cell")
    a, b = res["fix"][0]["start"], res["fix"][0]["end"]
    fixed = (text[:a] + text[b:]).replace("with .", "with a nucleus and a vacuole.")
    assert explain(fixed, domain="cell")["satisfiable"]


def test_timeout_is_reported_not_hung():
    with pytest.raises(SolverTimeoutError):
        generate("A cell with 300 mitochondria and a nucleus", domain="cell", controls=False, timeout_s=0.001)


def test_three_way_membership_is_drawn_in_the_venn_middle():
    """An element of three sets: the three-circle Venn diagram (``sets_venn``), the dot in all three."""
    res = generate("x is an element of A. x is an element of B. x is an element of C.", domain="sets",
                   controls=False)
    assert res.passed
    geo = {s.id: s.geometry(64) for s in res.layout.shapes}
    assert all(geo[s].contains(geo["x"]) for s in "ABC")


def test_membership_in_three_sets_with_other_relations_is_unsupported_not_wrong():
    with pytest.raises(UnsupportedError):
        generate("x is an element of A. x is an element of B. x is an element of C. D is inside A.",
                 domain="sets", controls=False)


def test_row_arrangement_is_searched_before_calling_a_spec_impossible():
    """Big organelles in one near-square row cannot fit the size laws; narrower rows can."""
    text = ("Four mitochondria, one vacuole, 4 chloroplasts, the ER, a single ribosome and one nucleus with a "
            "nucleolus lie inside one plant cell with a cell wall.")
    res = generate(text, domain="cell", controls=False)
    assert res.verdict.passed
    assert res.layout.width < 1200 and res.layout.height < 800  # not blown up by a barely-feasible row


@pytest.mark.parametrize("n", [5, 7, 8])
def test_up_to_eight_organelles_fit_around_the_nucleus(n):
    """Around/next to the nucleus: its neighbours include the corners (the drawn test is the larger axis
    gap), so up to eight fit — five or more used to be refused as impossible (a grid of 4 neighbours)."""
    res = generate(f"A cell with a nucleus and {n} mitochondria around the nucleus", domain="cell", controls=False)
    assert res.passed
    adj = [c for c in res.verdict.checks if c.law == "adjacent"]
    assert len(adj) == n and all(c.passed for c in adj)


@pytest.mark.parametrize("text", [
    "A Venn diagram of three overlapping sets A, B and C",
    "A overlaps B, B overlaps C and A overlaps C",
])
def test_three_sets_overlapping_pairwise_are_the_venn_diagram(text):
    """Three sets overlapping one another: the classic three-circle Venn diagram, verified."""
    res = generate(text, domain="sets", controls=False)
    assert res.passed
    assert sum(c.law == "overlaps" and c.passed for c in res.verdict.checks) == 3


@pytest.mark.parametrize("text", [
    "A overlaps B, C and D",
    "A overlaps B, B overlaps C, A overlaps C, and D is inside A",
])
def test_overlaps_the_layout_cannot_draw_are_said_to_be_unsupported_never_impossible(text):
    """A set overlapping three others, or a Venn triple with more inside it, is possible geometry: nesy's
    chain layout cannot draw it yet, and says so with the phrases — never an impossible specification."""
    with pytest.raises(UnsupportedError) as ei:
        generate(text, domain="sets", controls=False)
    msg = str(ei.value)
    assert "possible but not drawn yet" in msg and ("overlaps" in msg or "overlapping" in msg)
    res = explain("A overlaps B and B overlaps C", domain="sets")
    assert res["satisfiable"] is True
