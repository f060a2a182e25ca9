"""A measure restated in brackets in another unit is one value, not two; a bracket that disagrees stays a conflict."""
import pytest

from nesy.errors import UnsatisfiableError
from nesy.parse.echoed import unit_echoes
from nesy.pipeline import parse


@pytest.mark.parametrize("text, domain", [
    ("Draw Earth orbiting the Sun at 1 AU (about 149.6 million km).", "astronomy"),
    ("A 2 kg (about 4.4 lb) block rests on a horizontal table.", "mechanics"),
    ("A converging lens with focal length 10 cm (0.1 m); the object is 30 cm (300 mm) away.", "optics"),
])
def test_restated_measure_is_one_value(text, domain):
    s = parse(text, domain=domain)
    assert not s.not_drawn and not s.unknown


def test_a_bracket_that_disagrees_is_kept():
    assert unit_echoes("Earth at 1 AU (about 108 million km).") == []
    from nesy.registry import get_domain
    with pytest.raises(UnsatisfiableError, match="108 million km"):
        s = parse("Draw Earth orbiting the Sun at 1 AU (about 108 million km).", domain="astronomy")
        get_domain("astronomy").solve(s, timeout_s=60)


def test_a_bracket_with_other_words_is_not_an_echo():
    # "(Earth's distance)" names what it is; "(10 cm from the lens)" says where: neither restates the value alone
    assert unit_echoes("a focal length of 10 cm (10 cm from the lens)") == []
    assert unit_echoes("Earth at 1 AU (149.6 million km from the Sun)") == []
