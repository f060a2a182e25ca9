"""Negated instructions about how a figure looks, not about what it shows.

A user of a figure tool writes what to leave off the picture among the facts: "no title", "no legend", "no grid",
"no labels on the lysosomes", "don't label anything", "no jargon in the labels", "no background colour", "no text
inside the image", "nothing labelled", "no Greek letters needed". Each denies a title, a legend, a grid, a label or a
colour — presentation, none of a science's objects or relations. Unread, such a negation is listed as not drawn
(the figure may still carry the title or labels nesy draws), never taken for a denial the figure would contradict:
it cannot make the science drawn wrong. A negation whose first content word names anything else ("no chloroplasts",
"not logarithmic", "none overlapping") is left to the science (``nesy.pipeline``: unread, it is refused).
"""
from __future__ import annotations

import re

__all__ = ["denies_only_presentation", "is_style_word"]

# what a figure's presentation is made of: its title, legend, grid, caption, labels and their lettering, colours,
# background, border and decoration (nouns and the verbs that put them on a figure)
_PRESENTATION = frozenset("""title titles titled legend legends key grid grids gridlines caption captions captioned
label labels labelled labeled labelling labeling lettering letters greek jargon text texts font fonts typeface
colour colours color colors coloured colored colouring coloring shading shade shades shadow shadows gradient
gradients background backgrounds border borders frame watermark watermarks logo logos photo photos photograph
photographs picture pictures clipart decoration decorations ornament ornaments clutter numbering annotation
annotations annotate annotated watermark 3d fill fills outline outlines""".split())
# the words a negation's clause may hold before its first content word
_FILLER = frozenset("""no not none nothing never neither nor without don't dont do does did doesn't didn't won't
please any the a an at all is are be need needed needs necessary required to should must will would leave off out
put add use include show draw make have give bother with on of in for it them their its this that these those
other extra more""".split())
_NEGATION = re.compile(r"(?i)(?:(?<![\w'’])(?:no|not|none|nothing|never|without)|n['’]t)(?![\w'’])")


def denies_only_presentation(phrase: str) -> bool:
    """Whether the negated ``phrase`` denies only something of the figure's presentation: a negation word, then
    (past filler: articles, auxiliaries, "leave off", "draw", "use") a first content word that is presentation
    (``_PRESENTATION``). "no labels on the lysosomes" is; "no chloroplasts", "don't draw the diagonals" are not."""
    m = _NEGATION.search(phrase)
    if not m:
        return False
    for w in re.findall(r"[A-Za-z0-9'’]+", phrase[m.start():]):
        w = w.lower().replace("’", "'")
        if w in _FILLER or _NEGATION.fullmatch(w):
            continue
        return w in _PRESENTATION
    return False


# Words that say how a figure looks: colour names (the eleven basic colour terms of English, Berlin & Kay, "Basic
# Color Terms", 1969, and common names of the CSS Color Module Level 4 §6.1 named-colour list, W3C 2022), their
# modifiers, line and type styles, page layout and the figure's furniture. An unread one is listed as not drawn
# like any word, but is no science content the figure fails to show: it does not count towards the share of a
# text's content words not understood (``nesy.parse.account``), which refuses texts about none of nesy's sciences.
_STYLE = frozenset("""red orange yellow green blue purple pink brown grey gray black white
navy teal cyan magenta violet indigo lilac lavender mauve maroon crimson scarlet coral salmon peach beige cream
ivory khaki olive lime mint turquoise aqua azure cobalt sapphire ultramarine cerulean sky steel slate charcoal
silver gold golden bronze copper rust mustard amber ochre tan chocolate plum burgundy wine ruby rose fuchsia
emerald jade sage forest sea sand
dark darker darkest light lighter pale paler bright brighter deep soft pastel muted vivid neon warm cool faint
bold italic italics italicised italicized underlined monochrome greyscale grayscale colourful colorful
coloured colored colour color colours colors shade shades shaded tint tinted translucent opaque transparent
thick thicker thin thinner dashed dotted solid hatched striped outlined filled fill outline outlines stroke
strokes line lines rounded curved neat tidy clean clear crisp simple minimal minimalist plain flat friendly fancy
big bigger large larger small smaller tiny huge compact spacious generous wide
font fonts typeface serif sans sans-serif monospace monospaced helvetica arial
title titles caption captions legend legends label labels labelled labeled lettering
portrait landscape margin margins page centred centered background backgrounds border borders grid gridlines
style styled house theme template scheme palette svg png pdf tiff jpeg""".split())


def is_style_word(word: str) -> bool:
    """Whether ``word`` says how a figure looks (``_STYLE``), not what it shows."""
    return word.lower().strip("'’") in _STYLE
