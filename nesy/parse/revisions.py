"""Corrections of something said earlier that no reader applied: refused by name, never drawn as written.

A request may revise itself after the fact ("… and Jupiter at 5.2 AU — sorry, not Jupiter: Saturn", "Actually,
leave Venus out.", "Actually make them parallel instead.", "Correction: remove 4 of them."). ``nesy.parse.repairs``
reads the repairs it can match to the one thing they replace, and some sciences read their own ("the correct count
is 13", ``nesy.domains.astronomy_retract``); a reader that applies one takes its marker out of the text it hands
on, or reads the marker as part of what it drew. A marker that is still there after every reader, and that the
accounting lists as not drawn or as carrying no content ("sorry" read as politeness), was applied by none: drawn
as written, the figure would show what the user took back. ``unread_revisions`` finds those markers, for the
pipeline to refuse naming them (the editing terms of self-repair: Levelt 1983, "Monitoring and self-repair in
speech", Cognition 14:41-104; the words are ``grammars/common/corrections.yaml``'s, plus the verbs that take a
thing back — "drop", "swap", "replace" among them — and a count taken from an earlier one, "6 fewer").
"""
from __future__ import annotations

import re

from .correction_marks import marks

__all__ = ["unread_revisions", "WHY"]

WHY = ("a correction of something said earlier that nesy cannot apply (drawn as written, the figure would show "
       "what was taken back); write the request as you mean it, e.g. 'the Sun with Earth and Saturn' for "
       "'… Earth and Jupiter — sorry, not Jupiter: Saturn'")

_STOP = frozenset("the a an of all any some other others this that these those my our your his her its their "
                  "and or to in on at from with".split())
_BACK = re.compile(r"(?i)\b(?:it|them|that|those|these|this|one|ones)\b")
# the figure itself, taken back whole ("replace the image with an Euler diagram"): what follows is the new figure
_FIGURE_WORDS = frozenset("image images figure figures diagram diagrams drawing drawings picture pictures version "
                          "versions sketch sketches plot plots render rendering schematic schematics".split())


def _pattern() -> re.Pattern:
    always = marks("always", "meant", without=("sorry",))
    return re.compile(
        r"(?i)(?:"
        # an editing term after a pause, something having been said before it; "sorry" only with words after it
        # that are not an apology's ("(I know, inches, sorry.)", "sorry to bother you", "sorry for the delay")
        rf"(?<=\S)(?:\s*(?:[.!?;:,—–(]|\s-|\.\.\.|…)\s*)(?P<m>{always}|actually|no,?\s+wait|on\s+second\s+thoughts?"
        r"|instead\s+of|sorry(?![\s,]*(?:[.)!?]|$))(?!\s+(?:to|for|if|about|that)\b))(?![\w'’])"
        # a word that swaps one thing for another ("make them parallel instead"; "a lens instead of a pinhole" is
        # a comparison, not a revision), or a verb that takes back a thing named before
        r"|(?<![\w'’])(?P<i>instead)(?!\s+of)(?![\w'’])"
        r"|(?<![\w'’])(?P<v>scratch|leave|remove|delete|drop|swap|replace)\s+(?P<obj>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
        r"(?:\s+out)?(?![\w'’])"
        # a count taken from one said before ("redo it with 6 fewer nuclei", "two less this time")
        r"|(?<![\w'’])(?P<f>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+(?:fewer|less))(?![\w'’])"
        r")")


_RX: re.Pattern | None = None
_DENIED = re.compile(r"(?i)(?:n['’]t|\bnot|\bno|\bwithout|\bnever|\bnone)\b")
_SENTENCE = re.compile(r"[.!?\n](?:\s|$)|$")
# what makes "actually" revise rather than assert ("Actually, leave Venus out", "Actually make them parallel instead")
_REVISING = re.compile(r"(?i)\b(?:instead|not|leave|remove|scratch|drop|delete|make\s+(?:it|them|that|those)|change|use|"
                       r"meant|rather|should\s+be|swap|replace)\b")


def _refers_back(text: str, m: re.Match) -> bool:
    """Whether the object of a taking-back verb names something said before it ("leave Venus out" after
    Venus; "remove 4 of them"), not a new instruction ("Leave the other organelles out")."""
    obj = m.group("obj")
    if m.group("v").lower() == "leave" and not re.search(r"(?i)\s+out$", m.group(0)):
        return False   # "leave" without "out": "leave a gap", "leave room"
    if _BACK.search(obj) and m.group("v").lower() not in ("drop", "swap", "replace"):
        return True     # ("replace it with an Euler diagram": a new figure for the old one, not a part swapped)
    # the object's words up to four on, to the clause's end ("drop the Golgi bodies entirely": "Golgi", "bodies")
    obj = re.match(r"[^.!?;:,()]*", text[m.start("obj"):]).group(0)
    obj = " ".join(obj.split()[:4])
    before = text[:m.start()].lower()
    words = [w for w in re.findall(r"[\w'’-]+", obj.lower()) if w not in _STOP and w != "out" and len(w) > 2
             and w not in _FIGURE_WORDS]
    return any(re.search(r"(?<![\w'’-])" + re.escape(w.rstrip("s")) + r"(?:e?s)?(?![\w'’-])", before) for w in words)


def unread_revisions(text: str, unread: list[tuple[int, int]],
                     passed_over: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The spans of ``text`` (as the science read it) holding a revision marker that lies within one of the
    ``unread`` spans (not drawn, or no content): a correction no reader applied. A count taken from an earlier
    one ("6 fewer") is one also where its comparative was passed over as a function word (``passed_over``)."""
    global _RX
    if _RX is None:
        _RX = _pattern()
    out = []
    for m in _RX.finditer(text):
        if m.group("v") and not _refers_back(text, m):
            continue
        if m.group("v") and _BACK.fullmatch(m.group("obj").strip()) and _DENIED.search(text[max(0, m.start() - 80):m.start()]):
            continue   # "Lysosomes she doesn't have, so leave them out": the absence said again, nothing taken back
        if m.group("f") and re.search(r"(?i)\b(?:not|no|nor|never)\s+$", text[:m.start("f")]):
            continue   # "14 nuclei - not one more, not one less": an exact count, nothing taken from another
        name = "m" if m.group("m") else "i" if m.group("i") else "f" if m.group("f") else "v"
        a, b = m.span(name)
        if not any(s < b and a < e for s, e in list(unread) + (list(passed_over) if name == "f" else [])):
            continue
        if name == "i":
            # "… pull it with 12 N instead and it still doesn't move": a science that read the rest of the sentence
            # applied the swap (a later turn replacing a value); only a sentence it left unread is refused
            s0 = max(text.rfind(c, 0, a) for c in ".!?\n,;:") + 1   # (its clause: "fine, pull it … instead")
            s1 = _SENTENCE.search(text, b).start()
            words = [(w.start(), w.end()) for w in re.finditer(r"[^\W_][\w'’-]*", text[s0:s1])]
            if not any(s < s0 + y and s0 + x < e for x, y in words if not (s0 + x == a) for s, e in unread):
                continue
        if name == "m":
            # an editing term a science read around: what follows it to the end of its sentence is drawn ("… 2
            # Golgi stacks... no, sorry, only 1 Golgi", "my mistake - calcium oxide, a = 4.81 Å": the science's own
            # reader took the later value) — unless it takes a thing back by name ("sorry, not Jupiter: Saturn")
            end = _SENTENCE.search(text, b).start()
            rest = text[b:end]
            words = [(w.start() + b, w.end() + b) for w in re.finditer(r"[^\W_][\w'’-]*", rest)]
            retracts = re.match(r"(?i)[\s,:;—–-]*(?:(?:I\s+meant\s+)?not|no\s+longer|never\s+mind)\b", rest)
            # ("I meant B = {5, 6, 7}" read by no reader: B's earlier elements would be drawn with the new ones)
            retracts = retracts or re.match(r"(?i)(?:I|we)\s+me", m.group("m"))
            if re.fullmatch(r"(?i)actually", m.group("m")) and not _REVISING.search(rest):
                continue   # "Actually, 3 nuclei touch the membrane": a statement, not a correction
            if not retracts and not any(s < y and x < e for x, y in words for s, e in unread):
                continue
        out.append((a, b))
    return out
