"""Regenerate the README gallery: one verified figure per science, from the prompts below.

    python benchmarks/make_gallery.py      # writes benchmarks/gallery/<domain>.png and prints the README table
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


def main() -> None:
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


if __name__ == "__main__":
    main()
