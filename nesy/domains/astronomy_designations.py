"""Exoplanets named by their designation, for ``nesy.astronomy.v1``: "51 Pegasi b", "TRAPPIST-1e", "HD 209458 b",
"Kepler-62f"; and the letters alone after their host star is named ("Kepler-62 has five known planets … b 0.0553 AU,
c 0.0929 AU").

An exoplanet's designation is its host star's name followed by a lower-case letter, b for the first planet found,
then c, d, … (IAU Working Group on Star Names; NASA Exoplanet Archive, "Planet names"). The star's name is written as
catalogues write it: a survey or catalogue and a number ("Kepler-62", "TRAPPIST-1", "HD 209458", "GJ 1214",
"WASP-12", "HAT-P-11", "K2-18", "TOI-700", "LHS 1140") or a Flamsteed/Bayer number or letter with a Latin genitive
("51 Pegasi", "55 Cancri", "47 Ursae Majoris", "Tau Ceti", "Proxima Centauri"). The designation names the planet and
its host star; the star's name is the star drawn. nesy has no data for such planets: their orbits are what the
text gives (a distance, a period), as for any unnamed planet — read without this, "51 Pegasi b … at 0.0527 AU"
was refused as "a body nesy has no data for" (requests-11 astronomy-10), and "b 0.0553 AU, c 0.0929 AU" drew
unnamed planets with the letters listed as not drawn (requests-11 astronomy-07). A lone letter is a planet only where
a host star is named in the text and a distance follows it.
"""
from __future__ import annotations

import re

__all__ = ["HOST", "PLANET", "LETTER", "slug"]

_CATALOGUE = (r"(?:Kepler|K2|KOI|TRAPPIST|WASP|HAT-P|HATS|TOI|TIC|CoRoT|XO|TrES|Qatar|KELT|LTT|LHS|GJ|Gliese|HD|HR|HIP|"
              r"BD|Wolf|Ross|Luyten|Barnard|Teegarden|OGLE|MOA|KMT|PSR|EPIC|NGTS|WTS|Lupus|CoRoT)")
_GENITIVE = r"(?:[A-Z][a-z]+ae\s+)?[A-Z][a-z]+(?:i|ae|is|us)"      # "Pegasi", "Cancri", "Ursae Majoris", "Ceti"
_BAYER = (r"(?:\d{1,3}|Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho|Sigma|"
          r"Tau|Upsilon|Phi|Chi|Psi|Omega|Proxima)")
# the host star's name, case-sensitive: a catalogue and its number ("Kepler-62", "HD 209458", "HAT-P-11"), or a
# Flamsteed/Bayer name ("51 Pegasi", "Tau Ceti", "Proxima Centauri")
HOST = (r"(?-i:(?P<host>" + _CATALOGUE + r"[-\s]?\d+(?:[-\s]\d+)?[A-C]?|" + _BAYER + r"\s+" + _GENITIVE + r"))")
# a planet's designation: the host and a lower-case letter, b to i ("51 Pegasi b", "TRAPPIST-1e", "Kepler-62f")
PLANET = HOST + r"(?-i:\s?(?P<pl>[b-i]))(?![\w'’-])"
# a lone letter where a host is named: "b 0.0553 AU", "c: 0.0929 AU", "planet d at 0.120 AU"
LETTER = r"(?-i:(?P<pl>[b-i]))(?=\s*(?:[:=(]\s*|at\s+|is\s+at\s+)?\d)"


def slug(name: str) -> str:
    """A body id for a designation: "51 Pegasi b" → "51_pegasi_b"."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
