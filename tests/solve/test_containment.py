"""Which kinds may lie inside which: one table per region science (solvers/<science>.yaml
``containment``), obeyed alike by the text path (UnsatisfiableError with the user's phrase and the
law, before any drawing) and by spec files (SpecError with the JSON path)."""
import itertools

import pytest

from nesy.domains.cell import CellDomain
from nesy.domains.sets import SetsDomain
from nesy.errors import SpecError, UnsatisfiableError
from nesy.pipeline import explain, generate
from nesy.resources import load_yaml
from nesy.solve.containment import containment_rules, forbidden
from nesy.solve.regions import check_containment
from nesy.spec import science_schema, validate_spec
from nesy.types import Entity, Relation, SceneGraph, Span

DOMAINS = {"cell": CellDomain(), "sets": SetsDomain()}


def _kinds(domain):
    """The kinds a scene of ``domain`` may hold (the spec schema's list: the grammar's nouns less outlines)."""
    return sorted(science_schema(domain)["properties"]["entities"]["items"]["properties"]["kind"]["enum"])


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_rule_names_a_cited_law_of_its_law_set(domain):
    data = load_yaml("solvers", f"{domain}.yaml")
    table = data["containment"]
    assert table["rules"] and set(table["relations"]) == {"inside", "element_of"}
    kinds = set(_kinds(domain))
    for rule in table["rules"]:
        law = data["laws"][rule["law"]]
        assert law["doc"] and law["source"]
        named = set(rule.get("roots", [])) | set(rule.get("leaves", [])) | set(rule.get("within", {}))
        named |= {k for ks in rule.get("within", {}).values() for k in ks}
        assert named and named <= kinds, named - kinds


def test_the_grammars_default_containers_obey_the_table():
    """A container the parser supplies when the text names none must never be a forbidden one."""
    table = containment_rules("cell")
    for kind, parents in load_yaml("grammars", "cell/grammar.yaml")["defaults"]["parent"].items():
        for p in parents:
            assert forbidden(table, kind, p) is None, (kind, p)


@pytest.mark.parametrize("text,domain,phrase,law", [
    ("A cell with a nucleus containing a cell", "cell", "a nucleus containing a cell", "organelle_inside_cell"),
    ("A nucleus that contains a cell", "cell", "A nucleus that contains a cell", "organelle_inside_cell"),
    ("The cell lies within the nucleus.", "cell", "The cell lies within the nucleus", "organelle_inside_cell"),
    ("A cell with a vacuole. The cell is inside the vacuole.", "cell", "The cell is inside the vacuole",
     "organelle_inside_cell"),
    ("A cell with a nucleus. Inside the nucleus there is a cell.", "cell", "Inside the nucleus there is a cell",
     "organelle_inside_cell"),
    ("A cell with a ribosome containing a nucleus", "cell", "a ribosome containing a nucleus",
     "particle_holds_no_organelle"),
    ("A cell with a centrosome that contains two vesicles", "cell", "a centrosome that contains two vesicles",
     "particle_holds_no_organelle"),
    ("A cell whose nucleolus contains the nucleus", "cell", "nucleolus contains the nucleus", "nucleus_in_cytoplasm"),
    ("A cell with a nucleolus inside a mitochondrion", "cell", "a nucleolus inside a mitochondrion",
     "nucleolus_in_nucleus"),
    ("Set A is in element x", "sets", "Set A is in element x", "element_is_point"),
    ("A is an element of x", "sets", "A is an element of x", "element_is_point"),
    ("Element x contains set A", "sets", "Element x contains set A", "element_is_point"),
    ("A is a subset of B. B is contained in x.", "sets", "B is contained in x", "element_is_point"),
    ("The element x contains the element y", "sets", "The element x contains the element y", "element_is_point"),
])
def test_a_forbidden_nesting_in_text_is_refused_with_the_phrase_and_the_law(text, domain, phrase, law):
    with pytest.raises(UnsatisfiableError) as ei:
        generate(text, domain=domain, controls=False)
    err = ei.value
    assert [p["text"] for p in err.phrases] == [phrase]
    assert all(text[p["start"]:p["end"]] == p["text"] for p in err.phrases)
    assert [l["law"] for l in err.laws] == [law] and err.laws[0]["source"]
    assert [p["text"] for p in err.fix] == [phrase]
    assert law in str(err) and f'"{phrase}"' in str(err)
    assert explain(text, domain=domain)["satisfiable"] is False


@pytest.mark.parametrize("text,domain", [
    ("A cell with a nucleus containing a nucleolus", "cell"),
    ("A cell with a mitochondrion containing two ribosomes", "cell"),
    ("A plant cell with a chloroplast that contains ribosomes", "cell"),
    ("A cell with a nucleolus", "cell"),
    ("x is an element of A", "sets"),
    ("In A are x and y. A is inside B.", "sets"),
])
def test_allowed_nestings_still_solve(text, domain):
    assert explain(text, domain=domain)["satisfiable"] is True


@pytest.mark.parametrize("domain", DOMAINS)
def test_text_and_spec_refuse_the_same_pairs_under_the_same_law(domain):
    """For every ordered pair of kinds: the solver's check and the spec validator agree."""
    table = containment_rules(domain)
    root = next((r["roots"][0] for r in table["rules"] if r.get("roots")), None)
    for inner, outer in itertools.product(_kinds(domain), repeat=2):
        hit = forbidden(table, inner, outer)
        ents = [{"id": "i", "kind": inner}, {"id": "o", "kind": outer}]
        rels = [{"kind": "inside", "source": "i", "target": "o"}]
        if root is not None and outer != root:  # keep the root rule satisfied: the outer one in a root
            ents.append({"id": "r", "kind": root})
            rels.append({"kind": "inside", "source": "o", "target": "r"})
        spec = {"domain": domain, "entities": ents, "relations": rels}
        text = f"{inner} in {outer}"
        scene = SceneGraph(domain, text, tuple(Entity(e["id"], e["kind"]) for e in ents),
                           (Relation("inside", "i", "o", Span(0, len(text), text)),)
                           + tuple(Relation(r["kind"], r["source"], r["target"]) for r in rels[1:]))
        rules = DOMAINS[domain].rules(scene)
        if hit is None:
            if outer == root or forbidden(table, outer, root) is None:
                validate_spec(spec)
            check_containment(scene, rules)
            continue
        law = hit[0]["law"]
        with pytest.raises(SpecError, match=rf"relations/0.*{law}"):
            validate_spec(spec)
        with pytest.raises(UnsatisfiableError) as ei:
            check_containment(scene, rules)
        assert [l["law"] for l in ei.value.laws] == [law]
        assert [p["text"] for p in ei.value.phrases] == [text]


def test_no_table_forbids_nothing():
    assert forbidden({}, "cell", "nucleus") is None
    assert containment_rules("no_such_science") == {}
