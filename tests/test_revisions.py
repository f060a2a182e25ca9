"""A request that corrects itself after the fact is applied by a reader or refused naming the correction — never
drawn as written (requests-24: "Jupiter at 5.2 AU — sorry, not Jupiter: Saturn" drew Jupiter and verified, exit 0;
"Actually, leave Venus out.", "Actually make them parallel instead.", "Correction: remove 4 of them.", "Sorry, I
meant B = {5, 6, 7}." drew what was taken back). Apologies, comparisons with "instead of" and instructions that
take back nothing named are read as before, and so are the corrections a reader applies."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError
from nesy.pipeline import parse


@pytest.mark.parametrize("text, word", [
    ("A fluorescence image of 20 nuclei. Correction: remove 5 of them.", "Correction"),
    ("Sets P = {1, 2} and Q = {2, 3} in a Venn diagram. Sorry, I meant Q = {3, 4}.", "I meant"),
    ("Simulate a micrograph of 30 nuclei. Actually, remove a third of them.", "Actually"),
])
def test_unapplied_correction_is_refused_by_name(text, word):
    with pytest.raises(NesyError) as e:
        parse(text, allow_unknown=True)
    assert word in str(e.value) and "correction" in str(e.value)


@pytest.mark.parametrize("text, domain", [
    ("Sorry to bother you, but can you draw a cell with a nucleus?", "cell"),
    ("A box camera with a converging lens instead of a pinhole: f = 4 cm, the candle 6 cm in front of it. "
     "(I know, odd units, sorry.)", "optics"),
    ("A cell with three — sorry, five — chloroplasts and a nucleus.", "cell"),
    ("A cell with one nucleus and 2 Golgi stacks... no, sorry, only 1 Golgi.", "cell"),
    ("A cell with one nucleus and two mitochondria. Leave the other organelles out.", "cell"),
])
def test_apologies_and_applied_corrections_are_read(text, domain):
    parse(text, domain=domain, allow_unknown=True)
