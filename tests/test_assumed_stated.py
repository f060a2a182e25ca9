"""Issue 12: where nesy assumes a value the text does not give, the figure says so briefly — mechanics
writes "not to scale" among its givens when no magnitude fixes the arrows' lengths (and the verifier
reads it back like every other label); a micrograph's assumptions go in caption.txt beside it."""
from __future__ import annotations


def _gen(text: str, domain: str):
    from nesy.pipeline import generate
    return generate(text, domain=domain, controls=False, timeout_s=120)


def test_mechanics_not_to_scale_is_written():
    r = _gen("A block on a rough 30 degree incline", "mechanics")
    assert r.passed
    assert any(lb.text == "not to scale" for lb in r.layout.labels)
    read = [c for c in r.verdict.checks if c.law == "label_text" and "given:not_to_scale" in c.args]
    assert read and all(c.passed for c in read)              # read back from the pixels like any label


def test_mechanics_to_scale_has_no_note():
    r = _gen("A 5 kg block on a 30 degree incline with friction, in equilibrium, showing its free-body diagram",
             "mechanics")
    assert r.passed
    assert not any(lb.text == "not to scale" for lb in r.layout.labels)


def test_microscopy_caption_lists_what_was_assumed():
    from nesy.domains.microscopy_caption import assumed_lines, caption_text
    from nesy.registry import get_domain
    r = _gen("A fluorescence micrograph of 12 nuclei under uneven illumination", "microscopy")
    arts = get_domain("microscopy").artifacts(r.layout, r.scene)
    cap = arts["caption.txt"].decode()
    assert cap.startswith("Assumed (not stated in the text):")
    assert "60% of the brightest" in cap
    assert assumed_lines({"illumination": {"value": {}}}) == [] and caption_text({}) is None
    assert assumed_lines({"assumed": [{"span": {"text": "some"}, "read_as": 5}]}) == ["'some' is read as 5"]
