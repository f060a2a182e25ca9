"""Systematic chemical names, whose numbers are locants: "4′,6-diamidino-2-phenylindole" (DAPI), "3,3′-diamino-
benzidine" (DAB), "5-bromo-2′-deoxyuridine" (BrdU), "1,4-dioxane", "2-mercaptoethanol".

In IUPAC nomenclature a locant is the number of the atom a substituent sits on; it is written right before the
hyphen that joins it to the substituent's name, several locants of one substituent separated by commas, a primed
locant (4′) numbering a second ring (IUPAC, *Nomenclature of Organic Chemistry: IUPAC Recommendations and Preferred
Names 2013*, P-14.3 "Locants", P-16.5.1 punctuation: commas between locants, hyphens between locants and words).
A locant counts nothing: read as a number, the "4′,6" of DAPI's name was refused as a count of nothing.

``chemical_name_spans`` finds such a name as one word (no spaces) built of locants and name parts, when its form
leaves no doubt that the numbers are locants: several locants separated by commas, a primed locant, a locant
between two name parts ("diamidino-2-phenylindole"), or a single leading locant before a substituent or parent
name that chemistry alone uses ("2-mercaptoethanol", "4-hydroxybenzoate"). "3-day", "2-fold", "5-minute" are
not chemical names.
"""
from __future__ import annotations

import re

__all__ = ["chemical_name_spans"]

_PRIME = "′'″’"
_LOC = rf"\d{{1,3}}[{_PRIME}]*[a-zA-Z]?"            # "4′", "2", "5a"
_LOCS = rf"{_LOC}(?:,{_LOC})*"                        # "4′,6", "1,4", "3,3′"
# name parts only chemistry writes after a single locant: substituent prefixes and parent-name endings
_CHEM = re.compile(r"(?i)^(?:\(|\[)?(?:di|tri|tetra|bis)?(?:methyl|ethyl|propyl|butyl|pentyl|hexyl|phenyl|benzyl|amino|"
                   r"amido|amidino|hydroxy|chloro|bromo|fluoro|iodo|nitro|nitroso|mercapto|oxo|deoxy|sulfo|sulfanyl|"
                   r"thio|carboxy|acetyl|acetamido|methoxy|ethoxy|azido|cyano|formyl|vinyl|allyl|phospho|glyco|"
                   r"indol|pyrid|pyrimid|imidazol|naphth|anthr|quinol|morpholin|piperid|furan|thiophen|benz)"
                   r"|(?:an|en|yn)(?:ol|al|one|oate|oic|amine|amide|e)$|(?:indole|pyridine|pyrimidine|uridine|cytidine|"
                   r"adenosine|guanosine|thymidine|ethanol|methanol|propanol|butanol|benzene|phenol|toluene|aniline|"
                   r"benzidine|dioxane|oxazole|thiazole|imidazole|quinoline|glucose|ribose|acid)$")
_TOKEN = re.compile(rf"[^\s;:!?\"“”]+")


def _is_name(tok: str) -> bool:
    """Whether one space-free token is a systematic chemical name with locants."""
    core = tok.strip("()[].,")
    if not re.search(r"[A-Za-z]{3}", core) or not re.search(r"\d", core):
        return False
    groups = list(re.finditer(rf"(?:(?<=^)|(?<=[-(\[]))({_LOCS})-(?=[(\[]?[A-Za-z])", core))
    if not groups:
        return False
    if any("," in g.group(1) or re.search(f"[{_PRIME}]", g.group(1)) for g in groups):
        return True                      # "4′,6-…", "1,4-dioxane", "2′-deoxy…"
    if any(g.start() > 0 and re.search(r"[A-Za-z]-$", core[:g.start()]) for g in groups):
        return True                      # "diamidino-2-phenylindole": a locant between two name parts
    # one leading locant: only before a part of a name chemistry alone writes ("2-mercaptoethanol")
    rest = core[groups[0].end():]
    return bool(_CHEM.search(rest.split("-")[0]) or _CHEM.search(rest.split("-")[-1]))


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """A token's span without the sentence's punctuation and the brackets it does not close or open itself."""
    while True:
        w = text[a:b]
        if b > a and text[b - 1] in ".,":
            b -= 1
        elif b > a and text[b - 1] in ")]" and w.count(text[b - 1]) > w.count("(" if text[b - 1] == ")" else "["):
            b -= 1
        elif b > a and text[a] in "([" and w.count(text[a]) > w.count(")" if text[a] == "(" else "]"):
            a += 1
        elif b - a > 2 and text[a] + text[b - 1] in ("()", "[]"):
            a, b = a + 1, b - 1            # "(4′,6-diamidino-2-phenylindole)": the name inside its brackets
        else:
            return a, b


def chemical_name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each systematic chemical name with locants in ``text`` (the sentence's punctuation and
    brackets around it left out)."""
    out = []
    for m in _TOKEN.finditer(text):
        a, b = _trim(text, m.start(), m.end())
        if b > a and _is_name(text[a:b]):
            out.append((a, b))
    return out
