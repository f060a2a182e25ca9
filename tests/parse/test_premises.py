"""A sentence opening with a premise verb states what the figure is about; only an interrogative or a task
("What is …", "Find …") is blanked as a question (requests-dev automata-10: "Use three states: S the start,
Y accepting and N a dead state." was blanked and q0, q1, q2 drawn instead, verified)."""
from __future__ import annotations

import pytest

from nesy.parse.account import questions


@pytest.mark.parametrize("text", [
    "Consider a cell with two nuclei.",
    "Suppose three sets A, B and C.",
    "Use three states: S the start, Y accepting and N a dead state.",
    "Imagine a planet orbiting a yellow star.",
    "Assume a lens and an object in front of it.",
    "Given a right triangle with legs a and b.",
    "Let A and B be two overlapping sets.",
])
def test_a_premise_states(text: str) -> None:
    assert questions(text) == []


@pytest.mark.parametrize("text", [
    "What is the current through the two resistors?",
    "Find the image of the two objects.",
    "Calculate the period of the planet.",
    "Suppose the cell divides?",
])
def test_a_question_or_task_still_asks(text: str) -> None:
    assert questions(text) == [(0, len(text))]
