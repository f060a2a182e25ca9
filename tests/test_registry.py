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


def test_detection_loads_spacy_only_for_texts_the_region_grammars_may_read():
    import subprocess
    import sys
    code = ("import sys; from nesy.registry import detect_domain; "
            "d = detect_domain(%r).key; print(d, 'spacy' in sys.modules, "
            "__import__('nesy.domains.astronomy', fromlist=['x'])._patterns.cache_info().currsize)")
    for text, want in (("A DFA with states q0 and q1; q0 is the start state; q0 goes to q1 on a", "automata"),
                       ("A converging lens with focal length 10 cm and an object 25 cm away", "optics")):
        out = subprocess.run([sys.executable, "-c", code % text], capture_output=True, text=True).stdout.split()
        assert out == [want, "False", "0"], (text, out)


def test_the_sets_fallback_still_reads_named_regions_without_keywords():
    from nesy.registry import detect_domain
    assert detect_domain("A is left of B. C overlaps B.").key == "sets"
