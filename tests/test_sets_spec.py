"""A sets scene nesy writes reads back through ``--spec`` (configs/spec/sets.schema.json): a word problem's
counts, sets with common members and "some A are not B" are scene attributes the schema names; an
attribute it does not name is still refused."""
from __future__ import annotations

import json

import pytest

from nesy.errors import NesyError
from nesy.pipeline import parse
from nesy.spec import validate_spec


@pytest.mark.parametrize("text", [
    "In a class of 30 students, 18 play football, 12 play basketball and 5 play both. Draw a Venn diagram with the "
    "sets Football and Basketball and find how many play neither.",
    "In a survey of 50 people, 30 drink tea, 25 drink coffee and 10 drink both. Draw the sets Tea and Coffee.",
    "Sets A, B and C have an element in common.",
    "Some members of P are not in Q, and P overlaps Q.",
])
def test_scene_reads_back(text: str) -> None:
    scene = parse(text, domain="sets", allow_unknown=True)
    assert scene.attributes, "the phrasing should give the scene an attribute"
    again = validate_spec(json.loads(json.dumps(scene.to_dict(), ensure_ascii=False)))
    assert again.attributes == scene.attributes
    assert again.relations == scene.relations


def test_an_attribute_the_schema_does_not_name_is_refused() -> None:
    scene = parse("In a survey of 50 people, 30 drink tea, 25 drink coffee and 10 drink both. Draw the sets Tea and Coffee.",
                  domain="sets", allow_unknown=True)
    d = json.loads(json.dumps(scene.to_dict(), ensure_ascii=False))
    d["attributes"]["colour"] = "red"
    with pytest.raises(NesyError):
        validate_spec(d)
    d = json.loads(json.dumps(scene.to_dict(), ensure_ascii=False))
    d["attributes"]["counts"]["regions"][0]["count"] = -3
    with pytest.raises(NesyError):
        validate_spec(d)
