"""A quantified clause followed by a contrast with a subject and verb of its own ("some cats are pets, but Felix is
not a pet") is read: left as one clause with the contrast, it went unread and the overlap was silently dropped
(the two sets drawn apart, "verified what is drawn")."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _relations(text: str) -> set[tuple[str, str, str]]:
    d = parse(text, domain="sets", allow_unknown=True).to_dict()
    return {(r["kind"], r["source"], r["target"]) for r in d["relations"]}


@pytest.mark.parametrize("text", [
    "Venn diagram of Cats and Pets: some cats are pets, but Felix is not a pet.",
    "Venn diagram of Cats and Pets: some cats are pets, but Felix is a pet.",
    "Venn diagram of Cats and Pets: some cats are pets, although my cat isn't one.",
    "Venn diagram of Cats and Pets: some cats are pets, yet the tiger in the zoo is not.",
])
def test_the_quantified_clause_before_a_contrast_is_read(text):
    assert ("overlaps", "Cats", "Pets") in _relations(text)


def test_a_contrast_without_its_own_verb_stays_with_its_clause():
    # negative: "but not all" has no subject and verb of its own; the clause reads as before
    assert ("overlaps", "Cats", "Pets") in _relations("Venn diagram of Cats and Pets: some cats are pets, but not all.")
