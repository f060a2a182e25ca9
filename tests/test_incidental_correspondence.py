"""Numbers of the message a request is written in — course codes, rooms, benches, quiz and slide numbers, ticket and
order keys, prices, clock times with am/pm, deadlines, years by their edition, copies and printouts, paper sizes —
count or measure nothing in the figure (requests-24: "ECE 201 lab 5 (bench 14, Thursday 2-5 pm) … 3 printouts for the
2024 lab book" refused as "count 2024 exceeds the drawable maximum"; "order #5531" as "the number '5531' counts
nothing"; "A0 size" as an unknown element). Quantities with units, and numbers that count the figure's things, stay."""
from __future__ import annotations

import pytest

from nesy.parse.incidental import incidental_numbers
from nesy.pipeline import parse


@pytest.mark.parametrize("text, blanked", [
    ("For CHEM 1210 (room 305, bench 2) I need the figure", ["CHEM 1210", "room 305", "bench 2"]),
    ("quiz 4 of 6, worth it; ticket #8812 and order #77", ["quiz 4 of 6", "#8812", "#77"]),
    ("the poster costs $15.50 and the talk is at 3 pm", ["$15.50", "3 pm"]),
    ("due 11/15, the 2019 edition, 4 copies, A3 paper", ["11/15", "2019", "4 copies", "A3 paper"]),
    ("see you Wednesday 09:45, due in 2 weeks", ["09:45", "due in 2 weeks"]),
])
def test_message_numbers_are_found(text, blanked):
    found = [text[a:b] for a, b, _ in incidental_numbers(text)]
    assert all(b in found for b in blanked), found


@pytest.mark.parametrize("text", [
    "a 9 V battery in series with a 100 Ω resistor",
    "Saturn, Sun, 1.43e9",                       # the Sun is no Sunday
    "a DC 12 V supply across R1",
    "Claim #44-1902, section 5",                 # a key with its hyphen is read whole elsewhere
])
def test_quantities_stay(text):
    found = [text[a:b] for a, b, _ in incidental_numbers(text)]
    assert not any(x in ("1.43", "12", "#44") for x in found), found


@pytest.mark.parametrize("text, domain", [
    ("Hi Jordan, for ECE 201 lab 5 (bench 14, Thursday 2-5 pm) please draw our circuit: a 12 V supply in series "
     "with a 1 kΩ resistor and a 2 kΩ resistor. We need 3 printouts for the 2024 lab book. Best, Ana", "circuits"),
    ("Hi, for the imaging-core request (order #1234, 2 copies) we need a synthetic fluorescence image with 12 nuclei.",
     "microscopy"),
])
def test_requests_in_messages_are_drawn(text, domain):
    sg = parse(text, domain=domain, allow_unknown=True)
    assert sg.entities
