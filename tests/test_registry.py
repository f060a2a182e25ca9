"""Domain detection: every prompt of every science's suite goes to its own science."""
from pathlib import Path

import yaml

from nesy.registry import detect_domain, domain_names, get_domain

PROMPTS = Path(__file__).resolve().parents[1] / "benchmarks" / "prompts"


def test_every_registered_domain_has_a_versioned_name_and_a_prompt_suite():
    names = domain_names()
    assert len(names) == 10
    for n in names:
        d = get_domain(n)
        assert d.name == n and n == f"nesy.{d.key}.v1"
        assert (PROMPTS / f"{d.key}.yaml").is_file()


def test_detection_sends_each_prompt_to_its_science():
    wrong = []
    total = 0
    for f in sorted(PROMPTS.glob("*.yaml")):
        for item in yaml.safe_load(f.read_text()):
            total += 1
            got = detect_domain(item["text"]).key
            if got != f.stem:
                wrong.append((f.stem, got, item["text"]))
    assert total >= 300
    assert not wrong, wrong[:5]
