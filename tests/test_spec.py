"""Scene specs (``--spec FILE``, ``verify --scene``): every spec either gives a ``SpecError`` naming the JSON
path and the value received, or is a scene its science draws and verifies — never a crash, never a wrong
figure — and every scene.json nesy writes reads back. Mirrors ``nesy/spec.py``."""
from __future__ import annotations

import copy
import functools
import json
import math
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

import nesy
from nesy.errors import NesyError, SpecError
from nesy.pipeline import generate, parse, verify_image
from nesy.resources import load_json, load_yaml
from nesy.spec import MAX_ENTITIES, MAX_RELATIONS, load_spec, science_schema, validate_spec

ROOT = Path(__file__).resolve().parents[1]
REPRO = Path(__file__).resolve().parent / "data" / "spec-repro"
SCIENCES = ["cell", "sets", "crystal", "astronomy", "optics", "geometry", "mechanics", "circuits", "automata",
            "microscopy"]
# one small scene per science that its domain draws and verifies
BASE = {
    "cell": "A cell with a nucleus and two mitochondria",
    "sets": "A is a subset of B. C is disjoint from B. x is an element of A.",
    "crystal": "rock salt NaCl with a = 5.64 Å viewed along [001]",
    "astronomy": "the Sun with Mercury, Venus, Earth and Mars",
    "optics": "an object 30 cm from a converging lens with f = 10 cm",
    "geometry": "a right triangle with legs 3 cm and 4 cm",
    "mechanics": "a 5 kg block at rest on a 30° incline with friction",
    "circuits": "a 9 V battery, a switch and a lamp in series",
    "automata": "a DFA over the alphabet {a, b} with states q0, q1; q0 goes to q1 on a, q1 loops on b, "
                "q1 is accepting, q0 is the start state",
    "microscopy": "a fluorescence micrograph of 5 nuclei, two of them touching",
}


@functools.lru_cache(maxsize=None)
def base(science: str) -> str:
    """The base scene of ``science`` as JSON text (a fresh copy per test via ``spec_of``)."""
    return json.dumps(parse(BASE[science], domain=science).to_dict())


def spec_of(science: str) -> dict[str, Any]:
    return json.loads(base(science))


def prompts(science: str) -> list[dict[str, Any]]:
    return yaml.safe_load((ROOT / "benchmarks" / "prompts" / f"{science}.yaml").read_text(encoding="utf-8"))


def draw(spec: dict[str, Any]) -> str:
    """Validate and draw ``spec``: "spec" (refused), "nesy" (another nesy error) or "verified"; any other
    exception fails the test."""
    try:
        scene = validate_spec(spec)
    except SpecError:
        return "spec"
    try:
        res = generate(scene=scene, out_dir=None, controls=False, timeout_s=20)
    except NesyError:
        return "nesy"
    assert res.verdict.passed
    return "verified"


# ---------------------------------------------------------------------------------------------
# the fuzzing reproducers (copied from the fuzzing run of main da79159)


@pytest.mark.parametrize("path", sorted(REPRO.iterdir()), ids=lambda p: p.name)
def test_fuzz_reproducer_is_refused_clearly_or_drawn(path):
    t = time.perf_counter()
    try:
        scene = load_spec(path)
    except SpecError as e:
        assert "spec" in str(e) and time.perf_counter() - t < 5
        return
    res = generate(scene=scene, out_dir=None, controls=False, timeout_s=20)
    assert res.verdict.passed


# ---------------------------------------------------------------------------------------------
# nesy reads back what it writes


@pytest.mark.parametrize("science", SCIENCES)
def test_every_benchmark_prompt_reads_back(science):
    """``validate_spec(parse(text).to_dict())`` for every prompt of the science that parses (an
    impossible one is then refused by its solver, as the text is)."""
    n = 0
    for p in prompts(science):
        try:
            scene = parse(p["text"], domain=science)
        except NesyError:
            continue
        again = validate_spec(json.loads(json.dumps(scene.to_dict(), ensure_ascii=False)))
        assert again == scene, p["text"]
        n += 1
    assert n >= 0.8 * len(prompts(science))


@pytest.mark.parametrize("science", SCIENCES)
def test_generate_writes_a_scene_json_that_generate_and_verify_read(science, tmp_path):
    """The user's door: nesy generate TEXT -o A; nesy generate --spec A/scene.json; nesy verify."""
    res = generate(BASE[science], domain=science, out_dir=tmp_path / "a", controls=False)
    scene = load_spec(tmp_path / "a" / "scene.json")
    assert scene == res.scene
    again = generate(scene=scene, out_dir=None, controls=False)
    assert again.verdict.passed
    assert verify_image(tmp_path / "a" / "figure.png", tmp_path / "a" / "scene.json").passed


def test_numeric_ids_read_back():
    scene = parse("a DFA with states 1, 2 and 3; 1 goes to 2 on a, 2 goes to 3 on b, 3 is accepting, "
                  "1 is the start state", domain="automata")
    assert [e.id for e in scene.entities] == ["1", "2", "3"]
    assert validate_spec(scene.to_dict()) == scene


def test_a_large_scene_nesy_writes_reads_back_quickly():
    """2,000 entities of one text (the parser's limit) and a pairwise phrase over 200 of them."""
    big = parse("A cell with 400 mitochondria, 400 ribosomes, 400 vesicles, 400 lysosomes and 399 peroxisomes")
    assert len(big.entities) == 2000
    t = time.perf_counter()
    assert validate_spec(json.loads(json.dumps(big.to_dict()))) == big
    pairwise = parse("A cell with 200 mitochondria that do not overlap each other")
    assert len(pairwise.relations) > 19_900
    assert validate_spec(json.loads(json.dumps(pairwise.to_dict()))) == pairwise
    assert time.perf_counter() - t < 30


def test_limits_of_the_shared_schema_follow_nesy_spec():
    s = load_json("configs", "scene.schema.json")["properties"]
    assert s["entities"]["maxItems"] == MAX_ENTITIES and s["relations"]["maxItems"] == MAX_RELATIONS
    assert s["domain"]["enum"] == SCIENCES
    # the region sciences draw at most what one text may ask for
    words = pytest.importorskip("nesy.parse.words")
    for science in ("cell", "sets"):
        assert science_schema(science)["properties"]["entities"]["maxItems"] == getattr(words, "MAX_ENTITIES", 2000)
    most = int(load_yaml("solvers", "microscopy.yaml")["max_nuclei"])
    assert MAX_ENTITIES >= 2 * most  # every nucleus in a cell of its own, and the regions


@pytest.mark.parametrize("science", SCIENCES)
def test_a_yaml_spec_reads_like_its_json(science, tmp_path):
    p = tmp_path / "s.yaml"
    p.write_text(yaml.safe_dump(spec_of(science), allow_unicode=True), encoding="utf-8")
    assert load_spec(p) == validate_spec(spec_of(science))


# ---------------------------------------------------------------------------------------------
# each science's schema


def test_every_science_schema_is_a_valid_json_schema_and_every_science_has_one():
    import jsonschema
    from nesy.registry import domain_names
    assert sorted(n.split(".")[1] for n in domain_names()) == sorted(SCIENCES)
    for s in SCIENCES:
        jsonschema.Draft202012Validator.check_schema(science_schema(s))
        assert science_schema(s)["$id"].endswith(f"/{s}.v1.json")


@pytest.mark.parametrize("science", ["cell", "sets"])
def test_region_kinds_are_the_grammars(science):
    g = load_yaml("grammars", f"{science}/grammar.yaml")
    sc = science_schema(science)["properties"]
    kinds = set(g["entities"]) - set(g.get("outline_of") or {})
    assert set(sc["entities"]["items"]["properties"]["kind"]["enum"]) == kinds
    rel = {v["canonical"] if isinstance(v, dict) and "canonical" in v else k for k, v in g["relations"].items()}
    assert set(sc["relations"]["items"]["properties"]["kind"]["enum"]) == rel
    if science == "cell":
        assert kinds <= set(load_yaml("layout", "cell.yaml")["kinds"])


@pytest.mark.parametrize("science", SCIENCES)
@pytest.mark.parametrize("kind", ["spaceship", "planet", "nucleus", "resistor"])
def test_unknown_entity_kind_is_refused(science, kind):
    d = spec_of(science)
    if kind in science_schema(science)["properties"]["entities"]["items"]["properties"]["kind"]["enum"]:
        return
    d["entities"][0]["kind"] = kind
    with pytest.raises(SpecError, match=r"entities/0/kind.*" + kind):
        validate_spec(d)


@pytest.mark.parametrize("science", SCIENCES)
def test_unknown_relation_kind_is_refused(science):
    d = spec_of(science)
    if not d["relations"]:
        a = d["entities"][0]["id"]
        d["relations"] = [{"kind": "orbits_around", "source": a, "target": a}]
    d["relations"][0]["kind"] = "orbits_around"
    with pytest.raises(SpecError, match=r"relations/0/kind.*orbits_around"):
        validate_spec(d)


@pytest.mark.parametrize("science", SCIENCES)
def test_another_sciences_attributes_are_refused(science):
    other = SCIENCES[(SCIENCES.index(science) + 3) % len(SCIENCES)]
    d = spec_of(science)
    d["attributes"] = spec_of(other)["attributes"]
    with pytest.raises(SpecError, match="attributes"):
        validate_spec(d)


def test_a_cell_inside_a_nucleus_is_refused_by_the_law_the_text_uses():
    spec = {"domain": "cell", "entities": [{"id": "c", "kind": "cell"}, {"id": "n", "kind": "nucleus"}],
            "relations": [{"kind": "inside", "source": "c", "target": "n"}]}
    with pytest.raises(SpecError, match="organelle_inside_cell"):
        validate_spec(spec)
    # the text says the same thing and is refused too
    assert nesy.explain("A cell inside a nucleus")["satisfiable"] is False
    # an organelle lies in a cell; a nucleus in a cell is fine
    with pytest.raises(SpecError, match=r"entities/1.*must lie inside a cell"):
        validate_spec({**spec, "relations": []})
    ok = {**spec, "relations": [{"kind": "inside", "source": "n", "target": "c"}]}
    assert draw(ok) == "verified"


def test_a_set_inside_an_element_is_refused():
    spec = {"domain": "sets", "entities": [{"id": "A", "kind": "set"}, {"id": "x", "kind": "element"}],
            "relations": [{"kind": "inside", "source": "A", "target": "x"}]}
    with pytest.raises(SpecError, match="relations/0.*element"):
        validate_spec(spec)


def test_a_relation_of_an_entity_to_itself_is_refused():
    spec = {"domain": "sets", "entities": [{"id": "A", "kind": "set"}],
            "relations": [{"kind": "overlaps", "source": "A", "target": "A"}]}
    with pytest.raises(SpecError, match="relations/0.*two different"):
        validate_spec(spec)


def test_entities_and_the_sciences_own_tables_must_agree():
    d = spec_of("astronomy")
    d["attributes"]["bodies"][0]["ref"] = "Jupiter"         # the entity says Mercury
    with pytest.raises(SpecError, match="attributes/bodies/0/ref"):
        validate_spec(d)
    d = spec_of("astronomy")
    d["attributes"]["bodies"][1]["id"] = "mercury"          # two bodies, one id
    with pytest.raises(SpecError, match="attributes/bodies/1/id"):
        validate_spec(d)
    d = spec_of("circuits")
    e = next(e for e in d["entities"] if e["kind"] == "vsource")
    e["attributes"]["value"] = 90.0                          # the label still says 9 V
    with pytest.raises(SpecError, match="display"):
        validate_spec(d)
    d = spec_of("microscopy")
    d["attributes"]["groups"][0]["n"] += 1                   # one more nucleus than the entities draw
    with pytest.raises(SpecError, match="attributes/groups/0"):
        validate_spec(d)


def test_an_automaton_transition_to_an_undeclared_state_is_refused_by_its_law():
    text = "a DFA with states q0, q1; q0 is the start state; q0 goes to q1 on a, q1 goes to q5 on b"
    scene = validate_spec(parse(text, domain="automata").to_dict())
    with pytest.raises(nesy.errors.UnsatisfiableError, match="q5"):
        generate(scene=scene, controls=False)


# ---------------------------------------------------------------------------------------------
# numbers, text and files


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, 1e308, -1e308, 10 ** 400])
def test_non_finite_and_huge_numbers_are_refused(value):
    d = spec_of("astronomy")
    d["attributes"]["bodies"][0]["a"] = value
    with pytest.raises(SpecError, match="attributes/bodies/0/a"):
        validate_spec(d)
    d = spec_of("mechanics")
    d["attributes"]["masses"][0]["value"] = str(value)
    with pytest.raises(SpecError, match="attributes/masses/0/value"):
        validate_spec(d)


def test_nan_written_in_a_json_file_is_refused(tmp_path):
    p = tmp_path / "s.json"
    p.write_text(base("optics").replace('"value": 10.0', '"value": NaN'))
    with pytest.raises(SpecError, match="finite"):
        load_spec(p)


def test_errors_name_the_path_and_the_value():
    d = spec_of("astronomy")
    d["attributes"]["bodies"][2]["e"] = "0.3"
    with pytest.raises(SpecError) as e:
        validate_spec(d)
    assert e.value.field == "attributes/bodies/2/e" and "'0.3'" in str(e.value)
    d = spec_of("geometry")
    d["attributes"]["given"][0]["value"] = "-3"
    with pytest.raises(SpecError, match=r"attributes/given/0/value.*'-3'"):
        validate_spec(d)


def test_a_yaml_alias_bomb_is_refused_before_it_expands(tmp_path):
    lines = ["domain: cell", "entities: [{id: c, kind: cell}]", "attributes:",
             '  a: &a ["x","x","x","x","x","x","x","x","x"]']
    for k in range(1, 9):
        prev = chr(ord("a") + k - 1)
        lines.append(f"  {chr(ord('a') + k)}: &{chr(ord('a') + k)} [{', '.join(['*' + prev] * 9)}]")
    p = tmp_path / "bomb.yaml"
    p.write_text("\n".join(lines) + "\n")
    assert p.stat().st_size < 600  # 9**9 strings once expanded
    t = time.perf_counter()
    with pytest.raises(SpecError, match="anchors|aliases"):
        load_spec(p)
    assert time.perf_counter() - t < 1


def test_yaml_values_json_cannot_hold_are_refused(tmp_path):
    p = tmp_path / "s.yaml"
    for text, match in (("domain: cell\nentities: []\nattributes: {2020-01-01: 1}\n", "key must be a string"),
                        ("domain: cell\nentities: []\nattributes: {x: !!binary aGVsbG8=}\n", "JSON value"),
                        ("domain: cell\ndomain: sets\nentities: []\n", "twice"),
                        ("domain: cell\nentities: [{id: c, kind: cell, name: \"a\\0b\"}]\n", "character")):
        p.write_text(text)
        with pytest.raises(SpecError, match=match):
            load_spec(p)


@pytest.mark.parametrize("content,match", [
    (b"", "mapping"), (b"   \n", "mapping"), (b"{}", "domain"), (b"[]", "mapping"), (b"null", "mapping"),
    (b'{"domain": "cell", "entities": []', "does not parse"), (b"\xff\xfe\x00garbage", "UTF-8"),
    (b'{"domain": "cell", "domain": "sets", "entities": []}', "twice"),
    (b"[" * 5000 + b"]" * 5000, "deeper"), (b'{"domain": "cell", "entities": [], "x": ' + b"9" * 5000 + b"}", "parse"),
])
def test_empty_malformed_and_binary_files_are_refused(tmp_path, content, match):
    p = tmp_path / "s.json"
    p.write_bytes(content)
    with pytest.raises(SpecError, match=match):
        load_spec(p)


def test_an_empty_scene_is_refused_or_reported():
    for science in SCIENCES:
        assert draw({"domain": science, "entities": []}) in ("spec", "nesy")


def test_a_huge_spec_is_refused_with_the_limit(tmp_path, monkeypatch):
    import nesy.spec
    monkeypatch.setattr(nesy.spec, "MAX_SPEC_BYTES", 10_000)
    p = tmp_path / "s.json"
    p.write_text(json.dumps({"domain": "cell", "entities": [], "text": "x" * 20_000}))
    with pytest.raises(SpecError, match="limit"):
        load_spec(p)
    d = {"domain": "cell", "entities": [{"id": f"c{k}", "kind": "cell"} for k in range(MAX_ENTITIES + 1)]}
    with pytest.raises(SpecError, match=f"entities.*at most {MAX_ENTITIES}"):
        validate_spec(d)


# ---------------------------------------------------------------------------------------------
# property: a mutated spec is refused clearly or drawn and verified


def _paths(v: Any, p: tuple = ()) -> list[tuple]:
    out = [p] if p else []
    if isinstance(v, dict):
        for k, x in v.items():
            out += _paths(x, p + (k,))
    elif isinstance(v, list):
        for i, x in enumerate(v):
            out += _paths(x, p + (i,))
    return out


def _get(v: Any, p: tuple) -> Any:
    for k in p:
        v = v[k]
    return v


VALUES = [math.nan, math.inf, -1, 0, 0.5, 7, 90, 1e-9, 1e12, 1e308, "x", "", "0", "-5", "1/0", "1e9", None, True,
          [], {}, [1], {"start": 0, "end": 1, "text": "a"}]


def _mutate(d: dict[str, Any], ops: list[tuple[int, int, int]]) -> None:
    """Apply (path, operation, argument) choices: delete a key, change a type, set NaN or an odd value,
    swap a reference to another entity, wrap in a list, stringify."""
    for pi, op, arg in ops:
        paths = _paths(d)
        if not paths:
            return
        p = paths[pi % len(paths)]
        parent, key = _get(d, p[:-1]), p[-1]
        cur = parent[key]
        ents = d.get("entities", [])
        ids = [e["id"] for e in (ents if isinstance(ents, list) else []) if isinstance(e, dict)
               and isinstance(e.get("id"), str)]
        if op == 0:
            del parent[key]
        elif op == 1:
            parent[key] = copy.deepcopy(VALUES[arg % len(VALUES)])
        elif op == 2 and ids:
            parent[key] = ids[arg % len(ids)]
        elif op == 3:
            parent[key] = [cur]
        elif op == 4:
            parent[key] = str(cur)
        elif op == 5 and isinstance(cur, (int, float)) and not isinstance(cur, bool):
            parent[key] = cur * (-1, 1e6, 1e-6, 0)[arg % 4]


@pytest.mark.parametrize("science", SCIENCES)
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(st.tuples(st.integers(0, 10 ** 6), st.integers(0, 5), st.integers(0, 100)), min_size=1,
                    max_size=3))
def test_a_mutated_spec_is_refused_or_verified(science, ops):
    d = spec_of(science)
    _mutate(d, ops)
    assert draw(d) in ("spec", "nesy", "verified")


@pytest.mark.parametrize("text", [
    "A 5 kg block slides down a 30° incline with coefficient of kinetic friction 0.2. Calculate its acceleration.",
    "A block of mass m rests on an incline of angle θ. Find the normal force.",
    "A 3 kg lamp hangs from two ropes at 30° and 60° to the ceiling. Find the tensions.",
    "A 4 kg box on a 20° ramp 5 m long; the coefficients of static and kinetic friction are 0.5 and 0.3.",
    # a block on a table or slope pulled over the edge's pulley by a hanging mass: its second body and pulley
    "A 3 kg cart on a smooth level table is tied by a light cord over a pulley at the table's edge to a 1 kg mass "
    "hanging freely.",
    "A 5 kg block on a rough horizontal table (coefficient of kinetic friction 0.2) is pulled over a pulley at the "
    "edge by a hanging 3 kg block.",
    "A 2 kg block on a frictionless 30° incline is connected over a pulley at the top of the slope to a hanging "
    "4 kg mass.",
])
def test_a_word_problems_scene_json_is_a_valid_spec(tmp_path, text):
    # scene.json of a mechanics word problem ('asked', symbols, ropes, slope length, both μ) was refused by --spec
    from nesy.pipeline import generate, load_spec, verify_image
    generate(text, out_dir=tmp_path / "a")
    again = generate(scene=load_spec(tmp_path / "a" / "scene.json"), out_dir=tmp_path / "b")
    assert again.passed
    assert verify_image(tmp_path / "a" / "figure.png", tmp_path / "a" / "scene.json").passed


@pytest.mark.parametrize("text", [
    "Draw parallelogram PQRS, PQ=5cm, QR=3 cm, angle P = 120 degrees",
    "an isosceles trapezium whose parallel sides are 12 cm and 6 cm and whose height is 4 cm",
    "a right trapezoid ABCD with AB = 8 cm, CD = 5 cm, AD = 4 cm and a right angle at A",
    "Kite PQRS with PQ = PS = 4 cm and QR = SR = 6 cm and angle P = 100 degrees",
    "a square ABCD of side 4 cm with both of its diagonals",
    "triangle ABC with BC = 8 cm, height from A to BC 3 cm and AB = 5 cm",
    "a right-angled triangle with hypotenuse 10 cm and an angle of 30°, so sin 30° = 1/2",
    "triangle with vertices A(0, 0), B(4, 0), C(0, 3)",
    "Circle with centre O and radius 5 cm, chord AB of length 8 cm, and the radii OA and OB",
    "triangle ABC with BC = 7 cm, angle B = 75 degrees and AB + AC = 13 cm",
])
def test_new_geometry_scenes_read_back_as_specs(text):
    """Quadrilaterals, heights, formulas, coordinates, radii, sums of sides: the scene nesy writes is a spec
    its own --spec reads back unchanged."""
    scene = parse(text, domain="geometry")
    assert validate_spec(json.loads(json.dumps(scene.to_dict(), ensure_ascii=False))) == scene


@pytest.mark.parametrize("text", [
    "B2 (CsCl-type) NiAl intermetallic, a = 2.887 Å: Ni at the cube corners, Al at the body centre",
    "a comet with perihelion 0.5 AU and aphelion 5.5 AU around the Sun, and Earth at 1 AU",
])
def test_sites_and_apsides_read_back_as_specs(text):
    """A crystal's stated sites (their phrases, multiplicities) and a comet's stated apsides: the scene
    nesy writes is a spec its own --spec reads back unchanged."""
    scene = parse(text)
    assert validate_spec(json.loads(json.dumps(scene.to_dict(), ensure_ascii=False))) == scene


def test_a_table_pulley_spec_without_its_second_body_is_refused():
    scene = parse("A 3 kg cart on a smooth level table is tied by a light cord over a pulley at the table's edge to "
                  "a 1 kg mass hanging freely.", domain="mechanics")
    d = json.loads(json.dumps(scene.to_dict(), ensure_ascii=False))
    assert validate_spec(copy.deepcopy(d)) == scene
    d["entities"] = [e for e in d["entities"] if e["id"] != "body2"]
    with pytest.raises(SpecError, match="body2"):
        validate_spec(d)
    d2 = json.loads(json.dumps(scene.to_dict(), ensure_ascii=False))
    d2["attributes"]["scene"] = "hanging"
    d2["entities"] = [dict(e, kind="hanging") if e["id"] == "support" else e for e in d2["entities"]]
    with pytest.raises(SpecError, match="table_pulley"):
        validate_spec(d2)
