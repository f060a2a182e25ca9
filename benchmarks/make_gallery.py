"""Regenerate the README gallery: one verified figure per science, from the prompts below; and a panel per
science of three more figures (other situations of the same science, as a textbook chapter would draw
them) for the review of issue 12 (benchmarks/gallery/REVIEW.md).

    python benchmarks/make_gallery.py            # writes benchmarks/gallery/<domain>.png, prints the README table
    python benchmarks/make_gallery.py --panels   # also benchmarks/gallery/panels/<domain>.png (a, b, c)

A prompt whose figure does not verify completely stops the script: the gallery shows verified figures only.
"""
from __future__ import annotations

import warnings
from pathlib import Path

GALLERY = {
    "cell": "An animal cell with a nucleus containing a nucleolus, 12 mitochondria, two lysosomes, "
            "a Golgi apparatus, the endoplasmic reticulum and 8 ribosomes",
    "sets": "Sets A, B and C are pairwise disjoint. D is a subset of A. E intersects B. x is an element of D. "
            "y is an element of E and B.",
    "crystal": "rock salt NaCl with a = 5.64 Å",
    "astronomy": "The inner planets Mercury, Venus, Earth and Mars orbiting the Sun to scale",
    "optics": "A converging lens with focal length 10 cm and an object 3 cm tall placed 25 cm in front of it",
    "geometry": "A triangle with sides 3 cm, 4 cm and 5 cm and its inscribed circle",
    "mechanics": "A 5 kg block on a 30 degree incline with friction, in equilibrium, showing its free-body diagram",
    "circuits": "A 9 V battery in series with R1 = 100 Ω and a parallel combination of R2 = 220 Ω and R3 = 330 Ω",
    "automata": "A DFA with states q0, q1 and q2; q0 is the start state; q2 is accepting; q0 goes to q1 on a; "
                "q1 goes to q2 on b; q2 loops on a and b; q1 loops on a",
}


# three more situations per science, beside the gallery's (REVIEW.md lists them with their panel letters)
PANELS = {
    "cell": ["A plant cell with a cell wall, a large central vacuole, a nucleus, 4 chloroplasts and 3 mitochondria",
             "Two adjacent animal cells, each with one nucleus and 3 mitochondria",
             "A eukaryotic cell with one nucleus and four mitochondria outside the nucleus"],
    "sets": ["In a class of 30 students, 18 play football, 12 play tennis and 5 play both. How many play neither?",
             "A is a subset of B, B is a subset of C, and D is disjoint from C",
             "Sets A, B and C all intersect each other"],
    "crystal": ["the perovskite SrTiO3 with a = 3.905 Å", "the diamond structure of silicon, a = 5.43 Å",
                "fluorite CaF2, a = 5.46 Å"],
    "astronomy": ["The Moon orbiting the Earth at 384,400 km", "Jupiter with its four Galilean moons",
                  "Halley's comet orbiting the Sun with eccentricity 0.967 and semi-major axis 17.8 AU"],
    "optics": ["A concave mirror with focal length 15 cm and an object 2 cm tall placed 10 cm in front of it",
               "A diverging lens of focal length 20 cm with an object 5 cm tall 30 cm from the lens",
               "A convex mirror with focal length 20 cm and an object 4 cm tall 30 cm in front of it"],
    "geometry": ["An isosceles triangle ABC with AB = AC = 5 cm and BC = 6 cm and the altitude from A",
                 "a triangle ABC with AB = 5 cm, BC = 4 cm and a right angle at B",
                 "A circle with centre O and radius 3 cm, a chord AB of length 4 cm"],
    "mechanics": ["Two blocks of 3 kg and 5 kg connected by a string over a frictionless pulley",
                  "A 2 kg mass hanging from a spring",
                  "A 10 kg box pushed across a floor by a 50 N horizontal force with friction coefficient 0.3"],
    "circuits": ["A 12 V battery connected to three resistors in parallel: 100 ohm, 200 ohm and 300 ohm",
                 "A 5 V source in series with a 1 kΩ resistor and a 10 µF capacitor, with a switch",
                 "A 6 V battery, an ammeter and two 10 ohm resistors in series, with a voltmeter across the "
                 "second resistor"],
    "automata": ["An NFA over {0,1} that accepts strings ending in 01",
                 "A DFA with states q0 and q1; q0 is the start state and accepting; q0 goes to q1 on 1; "
                 "q1 goes to q0 on 1; both loop on 0",
                 "A DFA with states s, t and u; s is the start state; u is accepting; s goes to t on a; t goes to u "
                 "on b; u goes to s on a"],
}
PANEL_HEIGHT = 360      # px: each figure scaled to this height at most (the panel is for looking, not verifying)


def _panel(dom: str, out: Path) -> None:
    """The science's PANELS prompts, each verified, side by side as panels a, b, c."""
    import io

    import numpy as np
    from PIL import Image
    from make_micro_gallery import _labelled
    from nesy.pipeline import generate
    figs = []
    for k, text in enumerate(PANELS[dom]):
        res = generate(text, domain=dom, controls=False)
        if not (res.passed and res.complete):
            raise SystemExit(f"{dom} panel {'abc'[k]}: not verified completely: {text!r}")
        im = Image.open(io.BytesIO(res.rendering.png)).convert("RGB")
        f = min(1.0, PANEL_HEIGHT / im.height)
        if f < 1.0:
            im = im.resize((round(im.width * f), round(im.height * f)), Image.Resampling.LANCZOS)
        figs.append((np.asarray(im), ""))
    Image.fromarray(_labelled(figs, gap=24, mode="RGB")).save(out / f"{dom}.png", optimize=True)


def main() -> None:
    import sys
    warnings.filterwarnings("ignore")
    from nesy.errors import NesyError
    from nesy.pipeline import generate
    from nesy.registry import domain_names
    out = Path(__file__).resolve().parent / "gallery"
    out.mkdir(exist_ok=True)
    have = {n.split(".")[1] for n in domain_names()}
    print("| science | prompt | figure |\n|---|---|---|")
    for dom, text in GALLERY.items():
        if dom not in have:
            continue
        try:
            res = generate(text, domain=dom, controls=False)
        except NesyError as e:
            print(f"| {dom} | {text} | failed: {e} |")
            continue
        (out / f"{dom}.png").write_bytes(res.rendering.png)
        print(f"| {dom} | {text} | ![{dom}](benchmarks/gallery/{dom}.png) |")
    if "--panels" in sys.argv[1:]:
        (out / "panels").mkdir(exist_ok=True)
        for dom in PANELS:
            if dom in have:
                _panel(dom, out / "panels")


if __name__ == "__main__":
    main()
