"""Parser: phrasing variants, spans, unknown words and bad input."""
import re

import pytest
from hypothesis import given, settings, strategies as st

from nesy.errors import InputError, NesyError, UnknownWordsError
from nesy.parse.grammar import parse_text


def kinds(sg):
    out = {}
    for e in sg.entities:
        out[e.kind] = out.get(e.kind, 0) + 1
    return out


@pytest.mark.parametrize("text", [
    "A cell with four mitochondria and one nucleus",
    "a cell with 4 mitochondria and a nucleus",
    "A eukaryotic cell containing a nucleus and four mitochondria.",
    "A nucleus and 4 mitochondria are inside a cell",
    "Four mitochondria and a nucleus are found in the cytoplasm of a cell",
    "A cell with a nucleus and four mitochondria, which is a typical textbook example",
])
def test_counts_and_containment_survive_rephrasing(text):
    sg = parse_text(text, "cell")
    assert kinds(sg) == {"cell": 1, "nucleus": 1, "mitochondrion": 4}
    inside = {(r.source, r.target) for r in sg.relations if r.kind == "inside"}
    assert ("nucleus1", "cell1") in inside
    assert all((f"mitochondrion{i}", "cell1") in inside for i in range(1, 5))


def test_plurals_synonyms_and_pair_of():
    sg = parse_text("A plant cell with a pair of chloroplasts, three ribosomes and the Golgi apparatus", "cell")
    assert kinds(sg) == {"cell": 1, "chloroplast": 2, "ribosome": 3, "golgi": 1}


def test_passive_voice_inverts_the_relation():
    sg = parse_text("The nucleus is surrounded by the cell. A vacuole is right of the nucleus.", "cell")
    rels = {(r.kind, r.source, r.target) for r in sg.relations}
    assert ("inside", "nucleus1", "cell1") in rels
    assert ("left_of", "nucleus1", "vacuole1") in rels


def test_each_replicates_contents_per_container():
    sg = parse_text("Two cells, each with a nucleus containing a nucleolus", "cell")
    assert kinds(sg) == {"cell": 2, "nucleus": 2, "nucleolus": 2}
    inside = {(r.source, r.target) for r in sg.relations if r.kind == "inside"}
    assert {("nucleus1", "cell1"), ("nucleus2", "cell2"), ("nucleolus1", "nucleus1"),
            ("nucleolus2", "nucleus2")} <= inside


def test_spans_point_at_the_words():
    text = "A cell with one nucleus and four mitochondria outside the nucleus"
    sg = parse_text(text, "cell")
    for e in sg.entities:
        assert text[e.span.start:e.span.end] == e.span.text
    out = [r for r in sg.relations if r.kind == "outside"]
    assert len(out) == 4 and out[0].span.text == "four mitochondria outside the nucleus"


def test_sets_names_coordination_and_negation():
    sg = parse_text("Sets A, B and C are pairwise disjoint. D is a subset of A. x is an element of D. "
                    "E intersects B. C and E do not overlap.", "sets")
    rels = {(r.kind, r.source, r.target) for r in sg.relations}
    assert {("outside", "A", "B"), ("outside", "A", "C"), ("outside", "B", "C"), ("inside", "D", "A"),
            ("element_of", "x", "D"), ("overlaps", "E", "B"), ("outside", "C", "E")} <= rels
    assert {e.name for e in sg.entities} == {"A", "B", "C", "D", "E", "x"}


def test_unknown_words_are_reported_with_positions():
    with pytest.raises(UnknownWordsError) as ei:
        parse_text("a cell with a flux capacitor", "cell")
    assert ei.value.words == [("flux", 14, 18), ("capacitor", 19, 28)]
    assert "'flux' at 14-18" in str(ei.value)
    sg = parse_text("a cell with a flux capacitor", "cell", allow_unknown=True)
    assert [s.text for s in sg.unknown] == ["flux", "capacitor"]


@pytest.mark.parametrize("bad,msg", [
    ("", "empty"), ("   \n", "empty"), ("a" * 1_000_000, "limit"), ("\x00\x01\x02garbage\x7f", "control"),
    ("a cell with 10^9 mitochondria", "drawable maximum"),
])
def test_bad_input_gives_a_clear_error(bad, msg):
    with pytest.raises(InputError, match=msg):
        parse_text(bad, "cell")


WORDS = ["a", "cell", "nucleus", "with", "two", "mitochondria", "inside", "outside", "the", "and", "left",
         "of", "above", "vacuole", "3", ",", ".", "larger", "than", "each", "not", "ribosomes", "is"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_parser_never_crashes_on_vocabulary_soup(words):
    text = " ".join(words)
    try:
        sg = parse_text(text, "cell")
    except NesyError:
        return
    ids = [e.id for e in sg.entities]
    assert len(ids) == len(set(ids))
    for r in sg.relations:
        assert r.source in ids and r.target in ids and r.source != r.target


def test_type_predicates_add_no_entity():
    sg = parse_text("S4 is a set. S5, S6 and S7 are sets. S5 is a subset of S4.", "sets")
    assert sorted(e.id for e in sg.entities) == ["S4", "S5", "S6", "S7"]
    assert [(r.kind, r.source, r.target) for r in sg.relations] == [("inside", "S5", "S4")]
    assert "a set" in [s.text for s in sg.ignored]


def test_a_cell_is_still_a_new_thing_after_with():
    sg = parse_text("The cell is a large cell with a nucleus", "cell")
    assert kinds(sg) == {"cell": 1, "nucleus": 1}


def test_coordinated_list_attaches_where_the_domain_allows():
    sg = parse_text("A cell with a nucleus containing a nucleolus, 12 mitochondria and a Golgi apparatus", "cell")
    inside = {(r.source, r.target) for r in sg.relations if r.kind == "inside"}
    assert ("nucleolus1", "nucleus1") in inside
    assert ("mitochondrion1", "cell1") in inside and ("golgi1", "cell1") in inside
    assert not any(t == "nucleus1" and s.startswith("mito") for s, t in inside)
    # said explicitly, it is kept (and drawn) as said
    sg = parse_text("A cell with a nucleus. A mitochondrion is inside the nucleus.", "cell")
    assert ("mitochondrion1", "nucleus1") in {(r.source, r.target) for r in sg.relations if r.kind == "inside"}


@pytest.mark.parametrize("text, kind", [("A cell with no nucleus", "nucleus"),
                                        ("a cell with zero mitochondria and a nucleus", "mitochondrion"),
                                        ("a cell with 0 nuclei", "nucleus")])
def test_absence_is_recorded_not_drawn(text, kind):
    """A grammar with ``absence: true`` (cells) records "no X" on its container and draws none
    (nesy/parse/grammar_absent.py); the verifier checks it from the pixels (tests/test_cell_reading.py)."""
    from nesy.parse.grammar_absent import absences_of
    s = parse_text(text, "cell")
    assert not any(e.kind == kind for e in s.entities)
    assert [a["kind"] for e in s.entities for a in absences_of(e)] == [kind]


@pytest.mark.parametrize("text", ["Draw no sets", "sets A and B with no elements"])
def test_absence_is_refused_where_the_grammar_does_not_record_it(text):
    with pytest.raises(InputError, match="asks for none"):
        parse_text(text, "sets")


@pytest.mark.parametrize("text,domain,want", [
    ("A cell with a nucleus. Inside the nucleus is a nucleolus.", "cell", {("nucleolus1", "nucleus1")}),
    ("A cell with a nucleus. Inside the nucleus there is a cell.", "cell", {("cell2", "nucleus1")}),
    ("In the cell, there are a nucleus and two mitochondria.", "cell",
     {("nucleus1", "cell1"), ("mitochondrion1", "cell1"), ("mitochondrion2", "cell1")}),
    ("In A are x and y.", "sets", {("x", "A"), ("y", "A")}),
    ("Inside B is A. Inside A is x.", "sets", {("A", "B"), ("x", "A")}),
])
def test_a_fronted_place_relates_the_subject_after_the_copula(text, domain, want):
    """"Inside X (there) is Y" states Y inside X; it was dropped for want of a subject on the left."""
    sg = parse_text(text, domain)
    stated = {(r.source, r.target) for r in sg.relations if r.kind == "inside" and r.span is not None}
    assert want <= stated
    for r in sg.relations:
        assert r.span is None or text[r.span.start:r.span.end] == r.span.text


@pytest.mark.parametrize("text", ["A is a subset of B. B is contained in x.", "Set B is inside element y.",
                                  "Set A contains x. Set B contains y."])
def test_a_lower_case_name_ends_a_sentence(text):
    """spaCy keeps "x." whole (an abbreviation); a name before the full stop is still a name."""
    sg = parse_text(text, "sets")
    assert {e.kind for e in sg.entities} == {"set", "element"} and not sg.unknown


def test_a_capital_i_in_a_list_of_names_is_a_set_not_the_pronoun():
    sg = parse_text("Sets G, H, I and J are pairwise disjoint.", "sets")
    assert [e.name for e in sg.entities] == ["G", "H", "I", "J"] and len(sg.relations) == 6
    assert [e.name for e in parse_text("Set I is a subset of J", "sets").entities] == ["J", "I"]


def test_has_places_the_counted_elements_inside_their_set():
    sg = parse_text("Sets A and B are disjoint. A has 3 elements. B has 2 elements.", "sets")
    inside = {(r.source, r.target) for r in sg.relations if r.kind == "inside"}
    assert sum(1 for _, t in inside if t == "A") == 3 and sum(1 for _, t in inside if t == "B") == 2


@pytest.mark.parametrize("text,phrase", [("a belongs to A. b belongs to B.", "'belongs to' at 2-12")])
def test_a_relation_whose_subject_is_lost_is_refused_not_dropped(text, phrase):
    from nesy.parse.grammar import SubjectlessRelationError
    with pytest.raises(SubjectlessRelationError, match=phrase):
        parse_text(text, "sets")
    from nesy.registry import detect_domain
    assert detect_domain(text).key == "sets"  # detection still says which science refuses it


def test_many_look_alike_cells_with_contents_verify():
    from nesy.pipeline import generate
    res = generate("60 cells, each with a nucleus and a mitochondrion", controls=False)
    assert res.verdict.passed and len(res.scene.entities) == 180


def test_a_number_counts_only_the_noun_after_it():
    from nesy.pipeline import parse
    # a decimal before an unknown unit is no count: with --allow-unknown it is listed as not drawn (here, with
    # the rest of a text about a concentration, it is too much left out to draw: refused naming it)
    from nesy.errors import UnknownWordsError
    with pytest.raises(UnknownWordsError, match="'0.074' at 43-48"):
        parse("At 37 C the concentration inside a cell is 0.074 M", domain="cell", allow_unknown=True)
    sg = parse("A cell with a nucleus; the concentration inside the cell is 0.074 M", domain="cell",
               allow_unknown=True)
    assert sorted(e.kind for e in sg.entities) == ["cell", "nucleus"]
    assert any("0.074" in n.text for n in sg.not_drawn)
    with pytest.raises(InputError, match="'3' at 12-13 counts nothing"):
        parse_text("A cell with 3", "cell")
    with pytest.raises(InputError, match="whole number"):
        parse_text("A cell with 2.5 mitochondria", "cell")


def contents(sg):
    """Per container (None: top level), the kinds it directly holds and how many of each."""
    parent = {r.source: r.target for r in sg.relations if r.kind in ("inside", "element_of")}
    out: dict = {}
    for e in sg.entities:
        d = out.setdefault(parent.get(e.id), {})
        d[e.kind] = d.get(e.kind, 0) + 1
    return out


PER_CELL = {"vacuole": 3, "ribosome": 2, "vesicle": 6, "nucleus": 1}


@pytest.mark.parametrize("text,per_cell,nested,rest", [
    # an Oxford comma continues a comma list of two or more: every item is in each cell
    ("Two cells, each with 3 vacuoles, 2 ribosomes, six vesicles, and a single nucleus", PER_CELL, {}, {}),
    ("Two cells, each with 3 vacuoles, 2 ribosomes, six vesicles and a single nucleus", PER_CELL, {}, {}),
    ("two cells, each containing three vacuoles, two ribosomes, 6 vesicles, and one nucleus", PER_CELL, {}, {}),
    ("2 cells, each of which has 3 vacuoles, 2 ribosomes, six vesicles, and a nucleus", PER_CELL, {}, {}),
    ("Two cells, each of which contains 3 vacuoles, 2 ribosomes, six vesicles, and a nucleus", PER_CELL, {}, {}),
    ("Each of the two cells contains 3 vacuoles, 2 ribosomes, six vesicles, and a nucleus", PER_CELL, {}, {}),
    ("The two cells each have 3 vacuoles, 2 ribosomes, six vesicles, and a nucleus", PER_CELL, {}, {}),
    ("Two cells, each with 3 vacuoles, 2 ribosomes, six vesicles, as well as a nucleus", PER_CELL, {}, {}),
    # a single item, then ", and X": X is outside the "each" (one in all)
    ("Two cells, each with a nucleus, and a mitochondrion", {"nucleus": 1}, {}, {"mitochondrion": 1}),
    # not a comma list ("A and B, and C"): C is outside the "each"
    ("Two cells, each with a nucleus and a vacuole, and a mitochondrion", {"nucleus": 1, "vacuole": 1}, {},
     {"mitochondrion": 1}),
    # a clause on an item keeps its own object; the list goes on outside it (start / middle / end)
    ("2 cells, each with a single cell nucleus containing a nucleolus, seven centrosomes, 3 ribosomes and a "
     "rough ER", {"nucleus": 1, "centrosome": 7, "ribosome": 3, "er": 1}, {"nucleolus": 1}, {}),
    ("2 cells, each with a nucleus that has a nucleolus, seven centrosomes, 3 ribosomes, and a rough ER",
     {"nucleus": 1, "centrosome": 7, "ribosome": 3, "er": 1}, {"nucleolus": 1}, {}),
    ("Two cells, each with 7 centrosomes, a nucleus which contains a nucleolus, 3 ribosomes and a rough ER",
     {"nucleus": 1, "centrosome": 7, "ribosome": 3, "er": 1}, {"nucleolus": 1}, {}),
    ("Two cells, each with 7 centrosomes, 3 ribosomes, a rough ER, and a nucleus with a nucleolus",
     {"nucleus": 1, "centrosome": 7, "ribosome": 3, "er": 1}, {"nucleolus": 1}, {}),
    ("Two cells, each with a nucleus containing a nucleolus and a vacuole", {"nucleus": 1, "vacuole": 1},
     {"nucleolus": 1}, {}),
    ("Two cells, each with a nucleus, each containing a nucleolus, 3 ribosomes and a vacuole",
     {"nucleus": 1, "ribosome": 3, "vacuole": 1}, {"nucleolus": 1}, {}),
    # the inner list is a comma list too: its Oxford comma carries the list on outside it
    ("Two cells, each with a nucleus containing a nucleolus, 2 nucleoli, and a vacuole",
     {"nucleus": 1, "vacuole": 1}, {"nucleolus": 3}, {}),
])
def test_a_distributive_list_gives_each_container_every_item(text, per_cell, nested, rest):
    sg = parse_text(text, "cell")
    held = contents(sg)
    cells = [e.id for e in sg.entities if e.kind == "cell"]
    assert len(cells) == 2 and held[None] == {"cell": 2}
    nuclei = [e.id for e in sg.entities if e.kind == "nucleus"]
    for c in cells:
        assert {k: v for k, v in held[c].items() if k not in rest} == per_cell
    for k, v in rest.items():  # given once in all: in one of the cells, not in each
        assert sorted(held[c].get(k, 0) for c in cells) == [0, v]
    if nested:
        # each nucleus is in its own cell and holds its own nucleoli
        parent = {r.source: r.target for r in sg.relations if r.kind == "inside"}
        assert sorted(parent[n] for n in nuclei) == sorted(cells)
        for n in nuclei:
            assert held[n] == nested
    want = {k: 2 * v for k, v in per_cell.items()}
    for k, v in nested.items():
        want[k] = want.get(k, 0) + 2 * v
    want.update({k: want.get(k, 0) + v for k, v in rest.items()})
    assert kinds(sg) == {"cell": 2, **want}


@pytest.mark.parametrize("text,cell,nucleus", [
    # a list that is a subject: the clause's item is in the list, the clause's object is not
    ("A nucleus containing a nucleolus and 6 peroxisomes are inside one cell.",
     {"nucleus": 1, "peroxisome": 6}, {"nucleolus": 1}),
    ("6 lysosomes, six vesicles, a single centrosome, and a nucleus with a nucleolus lie inside a cell.",
     {"nucleus": 1, "lysosome": 6, "vesicle": 6, "centrosome": 1}, {"nucleolus": 1}),
    ("One nucleus that contains a nucleolus, a mitochondrion, five vesicles and the ER are surrounded by a cell.",
     {"nucleus": 1, "mitochondrion": 1, "vesicle": 5, "er": 1}, {"nucleolus": 1}),
    ("A nucleus with a nucleolus lies inside one cell", {"nucleus": 1}, {"nucleolus": 1}),
])
def test_a_clause_inside_a_subject_list_stays_on_its_item(text, cell, nucleus):
    held = contents(parse_text(text, "cell"))
    assert held[None] == {"cell": 1} and held["cell1"] == cell and held["nucleus1"] == nucleus


@pytest.mark.parametrize("text,phrase", [
    # nucleoli may lie in the nucleus or in the cell: which list do "2 nucleoli" continue?
    ("Two cells, each with a nucleus containing a nucleolus, 3 ribosomes and 2 nucleoli", "'2 nucleoli' at 71-81"),
    # the comma may close the clause (a vacuole in each cell) or end the list (one vacuole)
    ("2 cells, each with a nucleus containing a nucleolus, and a vacuole",
     "'a nucleus containing a nucleolus, and a vacuole' at 19-66"),
    # the same after an item's "each" clause
    ("Two cells, each with two nuclei, each containing a nucleolus, and a vacuole",
     "'two nuclei, each containing a nucleolus, and a vacuole' at 21-75"),
    # "A and B each have": a nucleus with contents of its own would have to be copied
    ("A cell and a vacuole each contain a nucleus with a nucleolus", "'a nucleus' at 34-43"),
])
def test_a_list_the_grammar_cannot_attach_is_refused_with_the_phrase(text, phrase):
    with pytest.raises(InputError, match=phrase) as ei:
        parse_text(text, "cell")
    assert "sentence of its own" in str(ei.value) or "once per thing" in str(ei.value)


@pytest.mark.parametrize("text,pairs", [
    ("Sets A, B, and C are pairwise disjoint.", {("A", "B"), ("A", "C"), ("B", "C")}),
    ("A, B, and C are disjoint.", {("A", "B"), ("A", "C"), ("B", "C")}),
    ("Sets A, B and C are pairwise disjoint.", {("A", "B"), ("A", "C"), ("B", "C")}),
    ("Sets A, B, C, and D do not overlap.", {(a, b) for a in "ABCD" for b in "ABCD" if a < b}),
])
def test_sets_an_oxford_comma_keeps_the_whole_subject(text, pairs):
    sg = parse_text(text, "sets")
    assert {(r.source, r.target) for r in sg.relations if r.kind == "outside"} == pairs


@pytest.mark.parametrize("text,held", [
    ("A contains x, y, and z", {"A": {"x", "y", "z"}}),
    ("x, y, and z are elements of A", {"A": {"x", "y", "z"}}),
    ("Sets A, B, and C are subsets of D", {"D": {"A", "B", "C"}}),
    ("A contains B which contains x, y, and z", {"A": {"B"}, "B": {"x", "y", "z"}}),
])
def test_sets_an_oxford_comma_keeps_the_whole_object_list(text, held):
    sg = parse_text(text, "sets")
    got: dict = {}
    for r in sg.relations:
        if r.kind in ("inside", "element_of"):
            got.setdefault(r.target, set()).add(r.source)
    assert got == held


@pytest.mark.parametrize("text,domain,want", [
    # a floating "each" after a coordinated subject gives every subject its own objects
    ("Sets A and B each have 3 elements", "sets", {"A": {"element": 3}, "B": {"element": 3}}),
    ("Sets A, B, and C each have 2 elements. A and B are disjoint.", "sets",
     {"A": {"element": 2}, "B": {"element": 2}, "C": {"element": 2}}),
    ("A cell and a vacuole each contain 2 vesicles", "cell",
     {"cell1": {"vacuole": 1, "vesicle": 2}, "vacuole1": {"vesicle": 2}}),
    # "each with" / "each containing" after a list qualifies its last item only
    ("A nucleus and two cells each with a vacuole", "cell",
     {"cell1": {"nucleus": 1, "vacuole": 1}, "cell2": {"vacuole": 1}}),
    ("A nucleus and two cells each containing a vacuole", "cell",
     {"cell1": {"nucleus": 1, "vacuole": 1}, "cell2": {"vacuole": 1}}),
])
def test_a_floating_each_distributes_over_the_whole_subject(text, domain, want):
    held = contents(parse_text(text, domain))
    assert {k: v for k, v in held.items() if k is not None} == want


def test_a_floating_each_shares_a_named_thing():
    sg = parse_text("Sets A, B, and C each contain x", "sets")
    assert [e.name for e in sg.entities if e.kind == "element"] == ["x"]
    assert {(r.source, r.target) for r in sg.relations if r.kind == "inside"} == {("x", "A"), ("x", "B"), ("x", "C")}


ORGANELLES = {"vacuoles": "vacuole", "ribosomes": "ribosome", "vesicles": "vesicle", "mitochondria": "mitochondrion",
              "lysosomes": "lysosome", "peroxisomes": "peroxisome", "centrosomes": "centrosome",
              "chloroplasts": "chloroplast"}
WORD = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 4), st.lists(st.tuples(st.sampled_from(sorted(ORGANELLES)), st.integers(2, 7), st.booleans()),
                                   min_size=3, max_size=5, unique_by=lambda t: t[0]),
       st.sampled_from([", and ", " and ", ", as well as "]),
       st.sampled_from(["each with", "each containing", "each of which has", "each of which contains"]))
def test_every_item_of_a_distributive_list_is_in_every_cell(n_cells, parts, last, each):
    """Whatever the list's length (3 or more: after a single item ", and X" is outside the "each"), its
    number words and its last separator, each cell holds all of it."""
    said = [f"{WORD[n] if word else n} {noun}" for noun, n, word in parts]
    text = f"{WORD[n_cells]} cells, {each} " + ", ".join(said[:-1]) + last + said[-1]
    held = contents(parse_text(text, "cell"))
    assert held[None] == {"cell": n_cells}
    want = {ORGANELLES[noun]: n for noun, n, _ in parts}
    assert [held[f"cell{k}"] for k in range(1, n_cells + 1)] == [want] * n_cells


def _rels(scene) -> set[tuple[str, str, str]]:
    return {(r.kind, scene.entity(r.source).name or r.source, scene.entity(r.target).name or r.target)
            for r in scene.relations}


@pytest.mark.parametrize("text,want,absent", [
    # a coordinated clause with a verb of its own starts anew (it was read as a second object)
    ("Show sets A, B, and C where A is a subset of B and C is disjoint from B.",
     {("inside", "A", "B"), ("outside", "C", "B")}, {("inside", "A", "C")}),
    ("sets A and B are disjoint; x is in A and y is in B",
     {("element_of", "x", "A"), ("element_of", "y", "B")}, {("element_of", "x", "y")}),
    ("Mammals is a subset of Animals, Birds is also a subset of Animals, and Mammals and Birds don't overlap.",
     {("inside", "Mammals", "Animals"), ("inside", "Birds", "Animals"), ("outside", "Mammals", "Birds")}, set()),
    # a one-word symmetric relation before a plural noun relates what the mention makes
    ("Draw a Venn diagram of two overlapping sets A and B.", {("overlaps", "A", "B")}, set()),
    ("Draw a universe U containing two disjoint sets A and B.",
     {("inside", "A", "U"), ("inside", "B", "U"), ("outside", "A", "B")}, set()),
    # "but not": the relation, negated
    ("set B lies within set A and set C overlaps A but not B.",
     {("inside", "B", "A"), ("overlaps", "C", "A"), ("outside", "C", "B")}, {("inside", "C", "A")}),
    # a lower-case "a" in a list of names is a name, not the article
    ("Illustrate a set S with elements a, b and c.", {("inside", "a", "S"), ("inside", "c", "S")}, set()),
    # ", which …" describes the mention before it
    ("S1 is contained in S2, which is contained in S3.", {("inside", "S1", "S2"), ("inside", "S2", "S3")}, set()),
    ("Draw two sets, Cats and Dogs, that have nothing in common.", {("outside", "Cats", "Dogs")}, set()),
    ("Draw a Venn diagram of A ∩ B.", {("overlaps", "A", "B")}, set()),
])
def test_sets_phrasings_read_each_relation_once(text, want, absent):
    from nesy.pipeline import parse
    got = _rels(parse(text, domain="sets"))  # the sets science (its lexicon of no-content words: "but")
    assert want <= got, got
    assert not (absent & got), got


def test_a_pronoun_object_is_the_mention_before_the_subject():
    s = parse_text("Draw a cell with a large nucleus and two small mitochondria above it.", "cell")
    above = [r for r in s.relations if r.kind == "above"]
    assert len(above) == 2 and all(s.entity(r.target).kind == "nucleus" for r in above)
    s = parse_text("Draw a cell with one nucleus and three mitochondria arranged around it.", "cell")
    adj = [r for r in s.relations if r.kind == "adjacent"]
    assert len(adj) == 3 and all(s.entity(r.target).kind == "nucleus" for r in adj)
    # "around" alone is beside, never a wall: the nucleus is not put inside a mitochondrion
    s = parse_text("a cell with a nucleus and mitochondria around the nucleus", "cell")
    assert not any(r.kind == "inside" and s.entity(r.target).kind == "mitochondrion" for r in s.relations)


@pytest.mark.parametrize("text,phrase", [
    ("Draw the sets A = {1, 2, 3} and B = {3, 4}.", "'{1, 2, 3}' at 18-27"),  # members would be dropped
    ("Draw a cell with a nucleus and two mitochondria, which are next to the nucleus.", "ambiguous"),
])
def test_phrasings_nesy_cannot_read_whole_are_refused(text, phrase):
    from nesy.errors import InputError
    domain = "sets" if "sets" in text else "cell"
    with pytest.raises(InputError, match=re.escape(phrase) if "'" in phrase else phrase):
        parse_text(text, domain)


def test_in_which_opens_a_relative_clause_on_the_mention_before_it():
    s = parse_text("a cell in which five ribosomes are scattered in the cytoplasm around a nucleus", "cell")
    got = {(r.kind, s.entity(r.source).kind, s.entity(r.target).kind) for r in s.relations}
    assert ("inside", "ribosome", "cell") in got and ("adjacent", "ribosome", "nucleus") in got
    assert not any(k == "inside" and t == "ribosome" for k, _s, t in got)  # never the cell in a ribosome
    assert ("adjacent", "cell", "nucleus") not in got  # the verb is the relative clause's, not the cell's
    s = parse_text("Draw a plant cell; inside it put a nucleus and two vacuoles.", "cell")
    assert sum(1 for r in s.relations if r.kind == "inside" and s.entity(r.target).kind == "cell") == 3


def test_a_quantitys_unit_is_never_a_name():
    s = parse_text("Sets A and B overlap at 5 m/s.", "sets", allow_unknown=True)
    assert sorted(e.name for e in s.entities) == ["A", "B"]  # 'm' and 's' were made elements
    assert sorted(u.text for u in s.unknown) == ["5", "m/s"]   # the speed is not drawn: listed, never dropped


def test_a_sentence_opening_it_is_the_one_thing_the_last_sentence_named():
    s = parse_text("Draw a cell. It has a nucleus and three lysosomes.", "cell")
    assert sum(1 for r in s.relations if r.kind == "inside" and r.target == "cell1") == 4
    with pytest.raises(InputError, match="'It' at 27-29 may mean any of"):
        parse_text("A cell contains a nucleus. It has a nucleolus.", "cell")
    # a number with a unit is never a count, nor a name after a noun
    with pytest.raises(InputError, match="quantity's number"):
        parse_text("a 5 µm cell with a nucleus", "cell", allow_unknown=True)
    s = parse_text("a cell with 2 nuclei 3 µm wide", "cell", allow_unknown=True)
    assert sum(1 for e in s.entities if e.kind == "nucleus") == 2


@pytest.mark.parametrize("text,want,absent", [
    ("Draw sets A, B and C with B ⊇ A and C ∩ B.", {("inside", "A", "B"), ("overlaps", "C", "B")},
     {("inside", "C", "B"), ("inside", "B", "C")}),
    ("A contains x and y is in B", {("inside", "x", "A"), ("element_of", "y", "B")}, {("inside", "y", "A")}),
    ("Draw A ⊂ B ⊂ C.", {("inside", "A", "B"), ("inside", "B", "C")}, set()),
    ("Draw an Euler diagram in which set A contains B and C, and B and C are disjoint.",
     {("inside", "B", "A"), ("inside", "C", "A"), ("outside", "B", "C")}, set()),
])
def test_symbols_and_clauses_after_a_list(text, want, absent):
    from nesy.pipeline import parse
    got = _rels(parse(text, domain="sets"))
    assert want <= got, got
    assert not (absent & got), got


def test_a_mutual_relation_with_no_subject_is_refused_not_dropped():
    from nesy.parse.grammar import SubjectlessRelationError
    with pytest.raises(SubjectlessRelationError, match="'overlapping'"):
        parse_text("Draw sets A and B, with A to the left of B, overlapping each other.", "sets")


@pytest.mark.parametrize("text,rel", [
    ("A cell with a nucleus that is left of a vacuole", "left_of"),
    ("A cell with a nucleus which is next to three ribosomes", "adjacent"),
    ("A plant cell with a nucleus which is above the vacuole", "above"),
    ("A cell with a nucleus which is above two mitochondria", "above"),  # a place, not the bound "above two"
])
def test_a_restrictive_relative_clause_describes_the_noun_before_it(text, rel):
    """'a cell with a nucleus that is left of X': the nucleus is left of X, not the cell (which made the
    cell left of its own contents — an impossibility the user never wrote)."""
    sg = parse_text(text, "cell")
    subjects = {r.source for r in sg.relations if r.kind == rel} | {r.target for r in sg.relations
                                                                    if r.kind == rel and rel == "adjacent"}
    assert "nucleus1" in subjects and "cell1" not in subjects


@pytest.mark.parametrize("text", [
    "A cell with a nucleus surrounded by 6 mitochondria",
    "A cell with a nucleus and six mitochondria surrounding the nucleus",
])
def test_surrounded_by_several_things_is_ringed_by_them_not_inside_them(text):
    sg = parse_text(text, "cell")
    assert kinds(sg) == {"cell": 1, "nucleus": 1, "mitochondrion": 6}
    pairs = {frozenset((r.source, r.target)) for r in sg.relations if r.kind == "adjacent"}
    assert {frozenset(("nucleus1", f"mitochondrion{k}")) for k in range(1, 7)} <= pairs
    assert not any(r.kind == "inside" and r.target.startswith("mitochondrion") for r in sg.relations)


def test_surrounded_by_one_thing_is_still_inside_it():
    sg = parse_text("A nucleus surrounded by a cell", "cell")
    assert any(r.kind == "inside" and (r.source, r.target) == ("nucleus1", "cell1") for r in sg.relations)


def test_a_with_after_a_comma_describes_the_head_of_the_sentence():
    """'A plant cell surrounded by a cell wall, with a nucleus and a large vacuole' (was refused: the
    'with' had no subject)."""
    sg = parse_text("A plant cell surrounded by a cell wall, with a nucleus and a large vacuole", "cell")
    assert kinds(sg) == {"cell": 1, "nucleus": 1, "vacuole": 1}
    inside = {(r.source, r.target) for r in sg.relations if r.kind == "inside"}
    assert {("nucleus1", "cell1"), ("vacuole1", "cell1")} <= inside


@pytest.mark.parametrize("text,want", [
    # the names of one mention are one noun phrase: the relation after it holds for each
    ("A Venn diagram of two overlapping sets A and B inside a universal set U.",
     {("inside", "A", "U"), ("inside", "B", "U"), ("overlaps", "A", "B")}),
    # a predicate noun stands for the whole coordinated subject of its copula
    ("A and B are overlapping sets inside U.", {("inside", "A", "U"), ("inside", "B", "U"), ("overlaps", "A", "B")}),
    ("A and B are sets inside U.", {("inside", "A", "U"), ("inside", "B", "U")}),
    # two clauses, as without the type noun (was also read as A inside B: an impossible cycle)
    ("A is a set inside U and B is a set inside A.", {("inside", "A", "U"), ("inside", "B", "A")}),
])
def test_relations_after_names_and_predicate_nouns_hold_for_what_they_name(text, want):
    sg = parse_text(text, "sets")
    assert {(r.kind, r.source, r.target) for r in sg.relations} == want


def test_no_list_goes_on_from_a_pronoun():
    """'… one nucleus with a nucleolus inside it, three mitochondria and some ribosomes': the nucleolus is
    inside the nucleus only (it was also put inside each mitochondrion and ribosome: a false impossibility)."""
    sg = parse_text("A eukaryotic cell containing one nucleus with a nucleolus inside it, three mitochondria "
                    "and some ribosomes.", "cell")
    assert {(r.source, r.target) for r in sg.relations if r.source == "nucleolus1"} == {("nucleolus1", "nucleus1")}
    assert {r.target for r in sg.relations if r.source.startswith("mitochondrion")} == {"cell1"}


@pytest.mark.parametrize("text,want", [
    # "both" after a relation names the two things named last (it made a new set, or was dropped)
    ("Sets A and B overlap; x is in both sets.", {("overlaps", "A", "B"), ("element_of", "x", "A"),
                                                  ("element_of", "x", "B")}),
    ("Draw sets A and B overlapping, with element x in both.", {("overlaps", "A", "B"), ("inside", "x", "A"),
                                                                ("inside", "x", "B")}),
    # a plural verb, or a floating "both", has the whole coordinated subject (was: only B)
    ("A and B contain x.", {("inside", "x", "A"), ("inside", "x", "B")}),
    ("A and B both contain x.", {("inside", "x", "A"), ("inside", "x", "B")}),
])
def test_both_and_plural_verbs_hold_for_both_things(text, want):
    sg = parse_text(text, "sets")
    assert {(r.kind, r.source, r.target) for r in sg.relations} == want
    assert {e.id for e in sg.entities} == {"A", "B", "x"}


def test_a_relation_with_nothing_after_it_is_refused_not_dropped():
    """'x is in and y is in A': the first 'in' names nothing — refused with its position, never dropped
    (x was drawn unplaced)."""
    with pytest.raises(InputError) as ei:
        parse_text("x is in and y is in A", "sets")
    assert "'is in' at 2-7" in str(ei.value)


@pytest.mark.parametrize("text", [
    "a cell with a nucleus and ribosomes (10 of them) outside the nucleus",
    "a cell with a nucleus and ribosomes, ten of them",
    "a cell with a nucleus and ribosomes (10 of them) inside",
])
def test_a_count_given_after_its_plural_counts_it(text):
    """'ribosomes (10 of them)': the count is the plural's (it was dropped and 3 ribosomes drawn)."""
    sg = parse_text(text, "cell", allow_unknown=True)
    assert kinds(sg)["ribosome"] == 10
    assert "10" not in {s.text for s in sg.ignored} and "ten" not in {s.text for s in sg.ignored}


def test_a_count_after_a_counted_plural_is_refused_when_it_disagrees():
    with pytest.raises(InputError, match="'ten of them' at 39-50 .*already has a count"):
        parse_text("a cell with a nucleus and 3 ribosomes, ten of them", "cell")
    assert kinds(parse_text("a cell with a nucleus and 10 ribosomes, ten of them", "cell"))["ribosome"] == 10


@pytest.mark.parametrize("text,domain,want", [
    # a pronoun after a comma opens a clause whose subject is what was just named (it was refused)
    ("please draw me one cell, it has 1 nucleus and 4 mitochondria inside", "cell",
     {("inside", "nucleus1", "cell1")} | {("inside", f"mitochondrion{k}", "cell1") for k in range(1, 5)}),
    # "they": every one of the things just named, when they are of one kind
    ("Draw sets A and B, they overlap", "sets", {("overlaps", "A", "B")}),
    ("Sets A and B. They are disjoint.", "sets", {("outside", "A", "B")}),
    # a second verb phrase of one subject, after "but" / "and" (was: the object before it became its subject)
    ("a set D that overlaps A but shares nothing with B", "sets", {("overlaps", "D", "A"), ("outside", "D", "B")}),
    ("D overlaps A and is disjoint from B", "sets", {("overlaps", "D", "A"), ("outside", "D", "B")}),
    ("x is in A and is not in B", "sets", {("element_of", "x", "A"), ("outside", "x", "B")}),
    # a chain keeps its meaning: each middle term is the next relation's subject
    ("Show A ⊂ B ⊂ C as an Euler diagram.", "sets", {("inside", "A", "B"), ("inside", "B", "C")}),
    ("A is a subset of B and C is disjoint from B", "sets", {("inside", "A", "B"), ("outside", "C", "B")}),
])
def test_pronouns_and_second_predicates_take_the_right_subject(text, domain, want):
    sg = parse_text(text, domain, allow_unknown=True)
    assert {(r.kind, r.source, r.target) for r in sg.relations} == want


def test_a_pronoun_after_a_comma_that_could_mean_two_things_is_refused():
    # a nucleolus lies in a nucleus or in a cell (grammar.yaml defaults.parent): either could be meant
    with pytest.raises(InputError, match="'it' at 23-25 may mean any of 'cell', 'nucleus'"):
        parse_text("a cell with a nucleus, it has a nucleolus", "cell")


@pytest.mark.parametrize("text, holder", [
    # mitochondria, peroxisomes and vesicles lie only in a cell: of a cell and its nucleus, "it" is the cell
    ("a cell with a nucleus, it has 3 mitochondria", "cell1"),
    ("Sketch one cell that has a nucleus and a nucleolus in the nucleus. Also it has 2 peroxisomes.", "cell1"),
    ("Draw a cell with a nucleus and a nucleolus inside it. And then it holds three vesicles.", "cell1"),
])
def test_a_pronoun_means_the_one_thing_named_that_can_hold_what_it_is_given(text, holder):
    s = parse_text(text, "cell")
    kinds = {e.id: e.kind for e in s.entities}
    held = {r.target for r in s.relations if r.kind == "inside" and kinds[r.source] in ("mitochondrion", "peroxisome",
                                                                                          "vesicle")}
    assert held == {holder}


@pytest.mark.parametrize("text,want", [
    # a plural said in general, then the one counted mention of its kind: the same things, not more of them
    ("Cells have nuclei. Draw a cell with 2 nuclei.", {"cell": 1, "nucleus": 2}),
    ("Mitochondria are outside the nucleus. Draw a cell with a nucleus and 3 mitochondria.",
     {"cell": 1, "nucleus": 1, "mitochondrion": 3}),
    # inside counted containers an uncounted plural is theirs, not a general remark
    ("Two cells, each with mitochondria. A cell with 4 mitochondria.", {"cell": 3, "mitochondrion": 10}),
])
def test_a_thing_said_in_general_is_the_counted_one_said_later(text, want):
    sg = parse_text(text, "cell", allow_unknown=True)
    assert kinds(sg) == want
    if "outside" in text:   # the general statement's relation holds for the counted mitochondria
        assert {(r.source, r.target) for r in sg.relations if r.kind == "outside"} == {
            (f"mitochondrion{k}", "nucleus1") for k in (1, 2, 3)}
