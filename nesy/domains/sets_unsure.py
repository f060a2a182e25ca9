"""Sets: statements the pre-reader left unread whose words the shared grammar would read as something else.

What is left of a text for the shared grammar (``sets_words.pre_read``) is read phrase by phrase; two
kinds of leftover would come out as a figure of what the text does not say, so they are caught here:

* a set defined by words nesy did not read, "M = multipels of 3 in U and F = …" (a misspelling, a
  description the numbers reader does not know): the words of the description hold relation words ("in
  U", "with", "has"), and the grammar would read "M … in U and F" as M inside U and F. Which sets M
  overlaps or contains follows from its members (Rosen §2.1), so a set whose members are not known is
  refused by its phrase (``UnsupportedError``) — the pipeline first tries the science's own spelling
  ("multiples"), and a definition read whole never reaches here;
* a symmetric relation said of one set with nothing after it, "… but Z is apart", "Z overlaps.": apart
  from (or overlapping) which sets is not said; the grammar drops such a relation without a word, so it
  is handed back as not drawn.
"""
from __future__ import annotations

import re

__all__ = ["check_definitions", "lone_symmetric"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
# a definition: a name, '=', and words up to the end of its clause or the next definition
_DEFINED = re.compile(rf"(?<![\w{{]){_NAME}\s*=\s*(?P<desc>[^=.;:!?,\n{{}}]*?)"
                      rf"(?=\s*(?:[.;:!?,\n]|\band\s+(?:let\s+)?{_NAME}\s*=|$))")


def check_definitions(text: str, masked: str, relation_rx: re.Pattern, chars=None, pre=None, blank=None) -> None:
    """Refuse ("UnsupportedError", naming the phrase) a definition "NAME = words" still unread in ``masked``
    whose words hold a number or a relation phrase of the grammar (see the module docstring); a bare noun
    ("M = mammals") is left to the grammar, which reads it as the set's name for those things.

    A set whose relations the text states in sentences of their own ("A = years divisible by 4, … C lies
    inside A"): how it relates is said, so its definition is read as its description (``pre.described``)
    and blanked; ``sets_words.read`` refuses it after all if no relation of it was read
    (``pre.needs_relation``)."""
    from ..errors import UnsupportedError
    for m in _DEFINED.finditer(masked):
        desc = m.group("desc")
        words = re.findall(r"[A-Za-z]{2,}", desc)
        if not any(w[:1].islower() for w in words):
            continue   # "B = A", "S = R ∩ H", "A = ∅": notation, read elsewhere
        if not (re.search(r"\d", desc) or relation_rx.search(desc)):
            continue
        name = m.group().split("=")[0].strip()
        # the phrase as the user wrote it: up to the next definition, which may have been read (and blanked)
        whole = _DEFINED.match(text, m.start())
        end = whole.end() if whole is not None and whole.end() <= m.end() else m.end()
        rest = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
        if pre is not None and (re.search(rf"(?<![\w{{]){re.escape(name)}(?![\w}}=])(?!\s*=)", rest)
                                or any(name in r[1:3] for r in pre.relations)):
            pre.described.append((name, desc, m.start("desc"), m.end("desc")))
            pre.defined.append((name, m.start(), m.start() + len(name)))
            pre.needs_relation = getattr(pre, "needs_relation", []) + [(name, m.start(), end)]
            blank(chars, m.start() + len(name), m.end())
            continue
        phrase = text[m.start():end].rstrip()
        raise UnsupportedError(
            f"'{phrase}' at {m.start()}-{m.start() + len(phrase)} defines a set by words "
            f"nesy does not read, so which members it has — and how it relates to the other sets — is not "
            f"known; list its members ('{m.group().split('=')[0].strip()} = {{a, b, c}}') or say how it "
            f"relates to the others")


def lone_symmetric(masked: str, chars: list[str], pre, names: set[str], phrases: dict[str, str], blank) -> None:
    """Hand back as not drawn (``pre.unknown``) a symmetric relation said of one set with no object:
    "… but Z is apart", "Z overlaps." (``phrases``: phrase → kind, the grammar's symmetric ones)."""
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    if not alts:
        return
    # a singular subject, by its verb: "Z is apart", "Z overlaps" (a list takes "are"/"overlap" and is read
    # by the grammar, "X and Z are apart")
    rx = re.compile(rf"(?<![\w{{])(?P<n>{_NAME})\s+(?:(?:is|lies|sits|stays|remains)\s+(?:also\s+|kept\s+|drawn\s+)?(?:{alts})"
                    rf"|(?:also\s+)?(?:{alts})(?<=s))(?:\s+(?:at\s+all|entirely|completely))?"
                    rf"\s*(?=[.;:!?,\n)]|$|\b(?:but|and|yet|while)\b)", re.IGNORECASE)
    for m in rx.finditer(masked):
        if m.group("n") not in names:
            continue
        start = max(masked.rfind(c, 0, m.start()) for c in ".;:!?\n") + 1
        before = masked[start:m.start()]
        if not re.search(r"(?:^|\b(?:but|yet|while|whereas|and)\b|,)\s*$", before, re.IGNORECASE):
            continue   # "draw X so that Z is apart": a clause nesy does not split, read as before
        pre.unknown.append((m.start(), m.end()))
        blank(chars, m.start(), m.end())
