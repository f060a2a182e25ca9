"""Geometric optics (``nesy.optics.v1``): a thin lens or spherical mirror, an object arrow and the
image it forms → a principal-ray diagram.

parse: the element ("a converging lens", "a convex mirror", "a lens with f = −10 cm"), quantities
with units mm/cm/m (focal length, radius of curvature, object and image distances and heights,
magnification), object positions ("at the focal point", "between F and 2F") and statements about the
image ("real", "inverted", "twice as large", "30 cm behind the lens") are read by regular expressions
built from ``grammars/optics/grammar.yaml``; every other word must be in the grammar. A kind said apart
from its element ("Shaving mirror: concave", "the mirror is convex") and "behind" said of a real object
relative to the viewer ("a cyclist 5 m behind it") are read by ``nesy.domains.optics_words``. The
``SceneGraph`` holds the element, the object and the image with their spans, and every stated fact
(``attributes["facts"]``) with the phrase it came from.

solve: Z3 over f, d_o, d_i, h_o, h_i, m (cm) with tracked assertions: the thin-lens / mirror equation
1/f = 1/d_o + 1/d_i (as f·(d_o + d_i) = d_o·d_i, which has no solution for d_o = f: no image), f = R/2,
m = h_i/h_o = −d_i/d_o and the real-is-positive sign convention (``solvers/optics.yaml``, Serway &
Jewett ch. 36; Hecht §5.2.3, §5.4.3). An impossible text raises ``UnsatisfiableError`` naming the
user's phrases and the laws with their sources. Signs written in the New Cartesian convention ("u = −30 cm",
"a concave mirror, f = −15 cm") are converted first and the figure says so (``nesy.domains.optics_signs``).

draw: ``nesy.domains.optics_draw`` — a textbook ray diagram (thin-lens symbol or hatched mirror, F/F′/2F/2F′
or F/C dots, named arrows, colour-blind-safe or grey palette, no legend). Distances and heights share one
scale, or the heights are drawn at a stated round factor ("heights ×3"): an affine map keeps every
incidence, so rays stay straight and pass through the same points.

verify: from the PNG pixels alone. nesy's own figure is recognised by its layout re-solved from the scene
(``_nesy_drawn``: aspect, axis row, element, object and image columns; colour-agnostic), never by a legend;
its palette variant by its chroma (``_palette_of``). It is read by exact colour — the object, the image and
each part of each ray by their codes, the element by its own near-black code (a degraded copy: the stroke
crossing the axis), the marked points as black dots on the axis; the figure's scale is read from the object
arrow (a degraded copy's pixel scale from its size against the canvas). The image's position, height,
orientation and solid/dashed stroke are checked against the equations, the marked points' positions, the
element's stroke and span, and each part of each principal ray is fitted as a line and checked to pass
through its required points. A figure that is not nesy's layout (another tool's), and a degraded copy of
nesy's grey figure, are read by shape instead (``nesy.see.rays``: axis, element, arrows, ray segments) and
checked with scale-free laws (``_verify_by_shape``); the values such a figure writes are read by OCR and
checked against the scene and against the dimension lines they label (``nesy.domains.optics_labels``).
"""
from __future__ import annotations

import functools
import math
import re
import time
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from ..errors import InputError, UnknownWordsError, UnsatisfiableError, UnsupportedError, NothingToDrawError
from ..solve.precision import approx_rx
from ..registry import register
from ..resources import load_yaml
from .kit import DomainFiles, ExactRender
from .optics_words import apply_type_words, behind_means_virtual, seen_as_image
from ..parse.words import (alternation as _alt, common_words as _common_words, number_rx, read_quantity,
                           z3_real)
from ..types import Check, Entity, Layout, Relation, SceneGraph, Span, Verdict, _freeze

__all__ = ["OpticsDomain", "parse_optics", "solve_optics", "layout_optics", "verify_optics", "Optics"]

_files = DomainFiles("optics")
_grammar, _data, _style, _law = _files.grammar, _files.data, _files.style, _files.law

MAX_TEXT_CHARS = 20_000
# "in": the inch, 2.54 cm exactly; "ft": the foot, 30.48 cm exactly (international yard and pound agreement, 1959)
_UNIT_CM = {"mm": 0.1, "cm": 1.0, "m": 100.0, "in": 2.54, "ft": 30.48}


@functools.lru_cache(maxsize=1)
def _numbers() -> dict[str, float]:
    return {str(k).lower(): float(v) for k, v in load_yaml("grammars", "common/grammar.yaml")["numbers"].items()}


_SNUM = r"(?P<num>" + number_rx(signed=True) + r")"   # digits or words: "20", "twenty"
# "in" after a number is the inch where no noun phrase follows for it to govern: "focal length 4 in, …", "6 in from
# the lens", "2 in tall" — never "placed 6 in front of it" or "3 in the box"; '4"' and "4″" (the inch mark, right after
# the number) too
_IN = (r"in(?=\s*(?:[.,;:)\]!?]|$)|\s+(?:from|away|behind|before|beyond|past|tall|high|long|wide|across|and|or|to|in|"
       r"then|but|so|while|above|below|beneath|left|right)(?![\w]))")
_UNIT = (r"(?:(?:\s*|-)(?P<unit>mm|cm|m|millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?|inch(?:es)?|ft|feet|foot|"
         + _IN + r")"
         r"|(?<=\d)(?P<unit2>″|\"(?=\s|[.,;:)\]]|$)))(?![\w])(?!\s*(?:/|per\s)\s*[A-Za-zµ])")  # "2 m/s" is a speed
_LEN = _SNUM + _UNIT
# the keys of a settings file or a table's header, each with its quantity's tag ("focal_length_cm = 20")
_KEYS = {"FOCAL": r"focal[_\s\-]?length|focal[_\s\-]?len|focal|f|focus",
         "RADIUS": r"radius(?:[_\s\-]?of[_\s\-]?curvature)?|r|roc",
         "OBJD": r"object[_\s\-]?dist(?:ance)?|obj[_\s\-]?dist(?:ance)?|d[_\s\-]?o|u",
         "IMGD": r"image[_\s\-]?dist(?:ance)?|img[_\s\-]?dist(?:ance)?|d[_\s\-]?i|v",
         "OBJH": r"object[_\s\-]?height|obj[_\s\-]?height|h[_\s\-]?o",
         "IMGH": r"image[_\s\-]?height|img[_\s\-]?height|h[_\s\-]?i",
         "DIST": r"dist(?:ance)?",
         "HEIGHT": r"height|size"}
# (a value may be marked approximate: "focal length around 20 cm", "f ≈ 10 cm", "magnification about −0.36"; the
# solve holds it to that precision, nesy.solve.precision)
_APPROX = approx_rx() + "?"
_IS = r"\s*(?:of|=|≈|≃|~|:|is|equal\s+to|equals|as|to\s+be|be|being|was)?\s*" + _APPROX  # "take the object height as 1.2 cm"
_SYM_IS = r"(?:\s*[=:≈≃~]|\s+(?:of|is|equals?|equal\s+to))?\s*" + _APPROX   # after a symbol: "f = ", "f: ", "f is ", "f "


@functools.lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    """(tag, regex) in priority order: earlier matches claim their characters first."""
    g = _grammar()
    wnums = [k for k in _numbers() if " " not in k and k not in ("a", "an", "no", "zero")]
    rx = lambda s: re.compile(r"(?<![\w'′])(?:" + s + r")(?![\w'′])", re.IGNORECASE)  # noqa: E731
    pats: list[tuple[str, re.Pattern]] = [("INF", rx(_alt(g["infinity"]))), ("PLANE", rx(_alt(g["plane_mirror"])))]
    # a key that carries its unit, in a settings file or a spreadsheet's header: "focal_length_cm = -20",
    # "distance_cm: 30" under "[object]", "height (mm) = 5" — the key's quantity in the key's unit (requests-16
    # optics-09 refused "-20" as a number without a unit); "distance"/"height" alone belong to the noun named
    # before them (the section "[object]"), as in prose
    for tag, keys in _KEYS.items():
        pats.append((tag, rx(r"(?:" + keys + r")(?:[_\-\s]?\(?|\s*\[|\s+in\s+)(?P<unit>mm|cm|m)(?:\)|\])?"
                             r"(?P<unit2>\b\B)?\s*(?:=|:|:=)\s*[\"']?" + _SNUM + r"(?![\w.])[\"']?")))
        # the same row as the shared front end rewrites a "key: value" line: "15 focal length (cm);"
        pats.append((tag, rx(_SNUM + r"\s+(?:" + keys + r")(?:[_\s]+|\s*\(|\s*\[)(?P<unit>mm|cm|m)(?:\)|\])?"
                             r"(?P<unit2>\b\B)?(?=\s*(?:[;.,]|$))")))
    # "a problem in inches", "all distances in cm": the unit the lengths are given in (checked against each one)
    pats.append(("UNITS", rx(r"(?:(?:all\s+)?(?:the\s+)?(?:lengths?|distances?|measurements?|dimensions?|values?|numbers?)\s+"
                             r"(?:are\s+)?(?:given\s+)?)?in\s+(?P<sysunit>inch(?:es)?|centimet(?:re|er)s|millimet(?:re|er)s|"
                             r"met(?:re|er)s|cm|mm)")))
    # a lens's refractive index, dimensionless ("index of refraction n = 1.77"): the lensmaker's n (optics_lensmaker)
    from .optics_lensmaker import INDEX_RX
    pats.append(("INDEX", rx(INDEX_RX)))
    pats.append(("FRONT", rx(_alt(g["side_front"]))))
    pats.append(("BACK", rx(_alt(g["side_back"]))))
    # the object's distance as a multiple of the focal length: "at three times the focal length", "1.5 focal lengths
    # from the lens", "at 3f" — d_o = k |f| (requests-27 optics-06: unread, a default distance was drawn); "at
    # twice the focal length" / "at 2f" stay the centre-of-curvature position below
    wn = [k for k in _numbers() if " " not in k and k not in ("a", "an", "no", "zero", "one", "two", "twice")]
    pats.append(("DMULT", rx(r"(?:at\s+|placed\s+|a\s+distance\s+of\s+)*(?P<k>(?:" + number_rx() + r"|" + _alt(wn)
                             + r")\s+times|thrice|triple)\s+(?:the|its|the\s+(?:lens|mirror)['’]s)\s+focal\s+length"
                             + r"|(?P<k2>" + number_rx() + r"|" + _alt(wn) + r")\s+focal\s+lengths\s+(?:away|from|in\s+front)"
                             + r"|\b(?:at|distance\s+of)\s+(?P<k3>(?!2(?![\d.]))\d+(?:\.\d+)?)\s*f(?![\w'′])"
                             # "at 3/2 of f", "(that's 4/3 of f)", "1.5 times f", "1.5 × the focal length": a number in
                             # digits or a fraction, "times" or "of", then f or the focal length
                             + r"|(?<![\w/.])(?P<k4>(?!2(?![\d./]))" + number_rx(words=False) + r")\s*(?:times|×|x|of)\s+"
                             r"(?:the\s+(?:lens['’]s\s+|mirror['’]s\s+)?focal\s+length|f)(?![\w'′])")))
    # the marked point 2F (2F′, or a mirror's C) of a ray diagram, at twice the focal length: "2F at 16 cm on the
    # left", "so C is at 30 cm" restate |f|
    # (checked: 2|f| = 16 cm); named alone ("F, 2F, F' and 2F' marked", "F lies inside 2F") a point every ray
    # diagram marks, no number of anything (its "2" had been refused as a length with no unit)
    pats.append(("TWOF", rx(r"(?<![\w'′])(?:2\s?F(?:['′’]|\s?prime)?|(?-i:C))\s+(?:is\s+|lies\s+|sits\s+)?(?:at|=)\s+"
                            + _LEN)))
    # (and the focal point F so: "F at 8 cm" restates |f|, never a distance of the object or image)
    pats.append(("ONEF", rx(r"(?<![\w'′])(?-i:F)(?:['′’]|\s?prime)?\s+(?:is\s+|lies\s+|sits\s+)?(?:at|=)\s+" + _LEN)))
    for key, phrases in g["positions"].items():
        pats.append(("POS:" + key, rx(_alt(phrases))))
    # the element's size across its axis: "diameter 4.0 cm", "an aperture of 5 cm", "5 cm in diameter", "a 50 mm
    # diameter lens", "4 cm across" — a size of the lens or mirror, never a distance along the axis (requests-21
    # optics-03 took "diameter 4.0 cm" for the object's distance and called the text impossible); the figure draws
    # no aperture, so ``_claims`` lists it as read but not drawn
    pats.append(("APERTURE", rx(r"(?:clear\s+)?(?:diameter|aperture(?:\s+diameter)?)" + _IS + _LEN)))
    pats.append(("APERTURE", rx(_LEN + r"(?:\s+|-)(?:in\s+)?(?:diameter|aperture|across)(?![\w])")))
    pats += [
        # the symbol alone before its value is the quantity too: "f 5 cm", "f is 5 cm", "R 40 cm"
        # ("focal 12 cm", "focal: 12 cm": the noun left out)
        ("FOCAL", rx(r"(?:(?:focal(?:\s+(?:length|distance))?)" + _IS + r"|f" + _SYM_IS + r")" + _LEN)),
        ("FOCAL", rx(_LEN + r"\s+focal[\s\-]+length")),
        # a photographer's lens named by its focal length: "my 50 mm prime", "a 200 mm telephoto", "a 100 mm macro
        # lens" — the length is the focal length (the number engraved on every photographic lens; Hecht, Optics,
        # 5th ed., §5.7.6 "The Camera"), the lens a converging one (it forms the real image on the sensor, as
        # "camera lens" in the grammar); requests-16 optics-01 read "50 mm prime" as a second object distance
        ("CAMLEN", rx(_LEN + r"(?:\s+|-)(?P<el>(?:" + _alt(g["camera_lenses"]) + r")(?:\s+lens(?:es)?)?|(?:"
                      + _alt(g["camera_lens_kinds"]) + r")\s+lens(?:es)?)")),
        # a length right before the element's name: "a 50 mm lens", "a +10 cm converging lens" (a lens is named
        # by its focal length); before a mirror's it could be its focal length or its radius (``parse_optics``)
        ("ELEN", rx(_LEN + r"(?=(?:\s+|-)(?:(?:" + _alt(g["element_adjectives"]) + r")\s+)*(?:"
                    + _alt(list(g["elements"])) + r")(?![\w]))")),
        # "R_1 = 18 cm", "|R_r| = 13 cm", "R2: -20 cm": a lens surface's radius, by its number or side
        ("RADIUS", rx(r"(?:(?:radius\s+of\s+curvature|curvature\s+radius)" + _IS + r"|r(?:_?(?:1|2|l|r|left|right))?"
                      + _SYM_IS + r")" + _LEN)),
        # "a concave mirror of radius 30 cm": read as the radius of curvature, but no sign of optics by itself
        # (a circle has a radius too): not among ``_score``'s strong claims
        ("RADIUSW", rx(r"radius" + _IS + _LEN)),
        # where the focal point is: "its focal point is 10 cm from the mirror", "the focus lies at 8 cm"
        ("FOCAL", rx(r"(?:(?:principal\s+)?focal\s+point|(?:principal\s+)?focus)(?:\s+(?:is|lies))?(?:\s+(?:located|situated))?"
                     r"(?:\s+at)?(?:\s+a\s+distance\s+of)?\s+" + _LEN)),
        ("RADIUS", rx(_LEN + r"\s+radius\s+of\s+curvature")),
        ("OBJD", rx(r"(?:object\s+distance" + _IS + r"|(?:d_?o|s_?o|u|p)\s*[=:]\s*)" + _LEN)),
        ("IMGD", rx(r"(?:image\s+distance" + _IS + r"|(?:d_?i|s_?i|v|q)\s*[=:]\s*)" + _LEN)),
        # "object height", "the candle's height", "the height of the face", "object size": the object's, not a distance
        ("OBJH", rx(r"(?:(?:object|" + _alt(g["object_words"]) + r")(?:['’]s)?\s+(?:height|size)" + _IS
                    + r"|(?:height|size)\s+of\s+(?:the\s+|your\s+|his\s+|her\s+)?(?:object|" + _alt(g["object_words"])
                    + r")" + _IS + r"|h_?o\s*[=:]\s*|h\s*[=:]\s*)" + _LEN)),
        ("IMGH", rx(r"(?:image(?:['’]s)?\s+(?:height|size)" + _IS + r"|(?:height|size)\s+of\s+the\s+image" + _IS
                    + r"|(?:h_?i|h['′])\s*[=:]\s*)" + _LEN)),
        ("MAG", rx(r"(?:(?:lateral\s+|linear\s+)?magnification" + _IS + r"|m\s*[=:]\s*)" + _SNUM)),
        # optical power in dioptres: f = 1/P (m); "a +5 D lens", "power of -2.5 dioptres"
        # ("3-D", "3D" alone mean three-dimensional: a bare D needs a space, or "power"/"P =" before it)
        ("POWER", rx(r"(?:(?:optical\s+)?power" + _IS + r"|P\s*[=:]\s*)" + _SNUM
                     + r"(?:\s*|-)(?:D|dpt|dioptres?|diopters?)(?![\w])")),
        ("POWER", rx(_SNUM + r"(?:(?:\s*|-)(?:dpt|dioptres?|diopters?)|\s+D)(?![\w-])")),
        ("SIZE", rx(r"(?P<k>" + _alt(g["multipliers"]) + r"|(?:" + number_rx() + r"|" + _alt(wnums)
                    + r")\s+times)\s+(?:as\s+(?:large|big|tall|high)|the\s+(?:size|height)|larger|bigger|taller)"
                    r"(?:\s+(?:as|of|than)\s+(?:the\s+)?object)?")),
        ("SIZE", rx(r"magnified\s+(?:by\s+a\s+factor\s+of\s+)?(?P<k>" + number_rx() + r"|" + _alt(wnums)
                    + r")(?:\s+times)?")),
        ("SAME", rx(r"(?:the\s+)?same\s+size(?:\s+as\s+the\s+object)?")),
        ("HEIGHT", rx(_LEN + r"\s+in\s+(?:height|size)")),   # "1.2 cm in height"
        # "of 5 cm height", "a 2 cm height", "of size 1 cm": a length with a height word is a height wherever it
        # sits, never the object's distance (requests-4 optics-10 read "an object of 5 cm height" as 5 cm away)
        # "The object has 15 mm of height" (a learner's "of", as in Spanish/Portuguese "15 mm de altura"):
        # requests-15 optics-07 read it as a second object distance and called the text impossible
        ("HEIGHT", rx(_LEN + r"(?:\s+|-)(?:of\s+)?(?:height|size)\b")),
        ("HEIGHT", rx(r"(?:(?:a\s+)?(?:height|size)" + _IS + r")" + _LEN)),
        # "2 cm tall", "a 2.0-cm-tall object"; "a 2 cm long object placed perpendicular to the axis" (the
        # object is an arrow across the axis: its length is its height, as NCERT Physics X ch. 10 words it)
        ("HEIGHT", rx(_LEN + r"(?:\s+|-)(?:tall|high|long)")),
        # "a stamp ~2 cm wide": the object's size across the axis (a lens's or mirror's width is its aperture)
        ("HEIGHT", rx(_LEN + r"(?:\s+|-)wide(?!\s+(?:[\w-]+\s+)?(?:lens|mirror|aperture)\b)")),
        # "a 3-cm object", "a 2 cm arrow": a length right before the object is its height
        ("HEIGHT", rx(_LEN + r"(?=\s+(?:(?:tall|high|upright|real|luminous|bright|small)\s+)?(?:"
                      + _alt([w for w in g["object_words"] if " " not in w]) + r")\b)")),
        # "A 3 cm letter is held …", "a 4 mm screw sits …": a length between the article and the noun of the thing
        # placed before the element is that thing's height, whatever the noun (requests-11 optics-05 read it as
        # the distance); never a noun of a distance, the image or the element
        ("OBJH", rx(r"\b(?:an?|the|one)\s+" + _LEN + r"(?:\s+|-)(?!(?:distance|gap|space|separation|shift|"
                    r"displacement|way|focal|radius|image|lens|mirror|screen)\b)(?P<noun>[a-z]+(?:-[a-z]+)?)"
                    r"(?=\s+(?:is|was|stands?|sits?|lies?|rests?|hangs?|placed|held|put|positioned|located|standing|"
                    r"sitting|set)\b)")),
        # "held 4 cm above a 2 mm gem.", "… over a 3 mm crack, and": the same at the end of its clause (requests-15
        # optics-02's kind: read as a second distance, a possible text was called impossible)
        ("OBJH", rx(r"\b(?:an?|one)\s+" + _LEN + r"(?:\s+|-)(?!(?:distance|gap|space|separation|shift|"
                    r"displacement|way|focal|radius|image|lens|mirror|screen|away|from|in|to|behind|before|beyond|"
                    r"past|further|farther|closer|nearer|more|less|along|apart|off)\b)(?P<noun>[a-z]+(?:-[a-z]+)?)"
                    r"(?=\s*(?:[.,;:!?)]|$|\s(?:and|but|so|with|that|which|what|how)\b))")),
        # "an object 2 cm above the axis": its tip above the principal axis, a height
        ("HEIGHT", rx(_LEN + r"\s+(?:above|over)\s+(?:the\s+)?(?:principal\s+|optical\s+|optic\s+|main\s+)?axis")),
        # a length alone in brackets: right after the element's name it restates what names the element ("a +5 D
        # converging lens (0.2 m)", its focal length; requests-16 optics-10 took it for an object distance),
        # elsewhere a distance (``parse_optics``)
        ("PAREN", rx(r"(?<=\()\s*" + _LEN + r"\s*(?=\))")),
        ("DIST", rx(r"(?:(?:a\s+)?distance\s+of\s+)?" + _LEN + r"(?:\s+(?:away(?:\s+from)?|from))?")),
        # the kind of focusing before other adjectives: "a concave shaving mirror", "a convex rear-view mirror"
        ("ELEMENT", rx(r"(?P<ty>" + _alt(g["element_types"]) + r")\s+(?:(?:" + _alt(g["element_adjectives"])
                       + r")\s+)+(?P<el>lens|mirror)")),
        ("ELEMENT", rx(r"(?:(?:" + _alt(g["element_adjectives"]) + r")\s+)*(?P<el>" + _alt(g["elements"]) + r")")),
        # the kind said apart from its element: "Shaving mirror: concave", "the mirror is convex" (optics_words)
        ("TYPE", rx(r"(?:" + _alt(g["element_types"]) + r")(?!\s+(?:rays?|light|beams?|bundles?|pencils?|waves?|"
                    r"wavefronts?|sides?|surfaces?|faces?|shape)\b)")),   # "converging rays" say nothing of the element
        # "I hold it 8 cm above a detail", "the magnifier 5 cm over the print": the lens held over the object, the
        # length its distance; "2 cm above the axis" (a height) stays unread and is reported, never read so
        # (only the lens over the thing it looks at: "below it", "above the image", "over the lens" stay unread)
        ("OVER", rx(r"(?:above|over)(?=\s+(?:a|an|the|my|your|this|that|one)\s+"
                    r"(?!(?:principal\s+|optical\s+|optic\s+|main\s+)?axis\b|(?:image|lens|mirror|screen|focal|"
                    r"focus|centre|center|it)\b)[a-z\d])")),
        ("OBJECT", rx(_alt(g["object_words"]))),
        ("IMAGE", rx(_alt(g["image_words"]))),
        ("REAL", rx(_alt(g["real"]))),
        ("VIRTUAL", rx(_alt(g["virtual"]))),
        # "upright" first: its "not inverted" would otherwise leave "not" unread before "inverted"
        ("UPRIGHT", rx(_alt(g["upright"]))),
        ("INVERTED", rx(_alt(g["inverted"]))),
        ("ENLARGED", rx(_alt(g["enlarged"]))),
        ("REDUCED", rx(_alt(g["reduced"]))),
        # a marked point named alone, last: "F, 2F, F' and 2F' marked" (a position "at 2F" is read above)
        ("POINT2F", rx(r"(?<![\w'′])(?:2\s?F|(?-i:F))(?:['′’]|\s?prime)?(?![\w'′])(?!\s*(?:=|is\b|of\b|:\s*[-−]?\d))")),
    ]
    return pats


_WORD_RE = re.compile(r"[A-Za-z]+(?:['’′][a-z]*)?|\d+(?:\.\d+)?")


# a negation is never passed over as a common word: unread, "the image is not real" drew a real image, verified
# (the pipeline refuses an unread negation unless the science vouches it denies nothing drawn)
_NEGATION_WORD = re.compile(r"(?i)no|not|none|nobody|never|neither|nor|without|cannot|can't|\w+n't")

_BARS = re.compile(r"\|\s*(?P<sym>R_?(?:[12]|[lr](?![a-z]))|f|F|R|r|m|u|v|p|q|[dhs]_?[oi])\s*\|(?=\s*(?:[=:]|is\b|equals?\b|of\b))")


@dataclass
class _Claim:
    tag: str
    m: Any
    start: int
    end: int
    text: str


def _claims(text: str) -> tuple[list[_Claim], list[tuple[str, int, int]], list[tuple[str, int, int]], int]:
    """Claims in text order, unknown words, bare numbers (no unit) and the count of content words."""
    used = np.zeros(len(text) + 1, dtype=bool)
    claims: list[_Claim] = []
    # "|f| = 15 cm", "|m| = 0.5": a quantity's symbol between absolute-value bars is that quantity, unsigned
    # (the element's kind gives the sign); the bars are read as spaces, offsets kept
    barred = _BARS.sub(lambda m: " " + m.group("sym") + " " * (len(m.group(0)) - len(m.group("sym")) - 1), text)
    # a spreadsheet formula ("=1/5 gives f …"): its numbers are operands, not lengths (``optics_formula``)
    from .optics_formula import formulas
    cells = [(f.start, f.end) for f in formulas(text)]
    for a_, b_ in cells:
        barred = barred[:a_] + " " * (b_ - a_) + barred[b_:]
    for tag, rx in _patterns():
        for m in rx.finditer(barred):
            if used[m.start():m.end()].any():
                continue
            a = m.start() - 1 if m.start() and barred[m.start() - 1] != text[m.start() - 1] else m.start()
            claims.append(_Claim(tag, m, a, m.end(), text[a:m.end()]))
            used[a:m.end()] = True
    g = _grammar()
    known = {str(w).lower() for w in g["neutral"]}
    for key in ("element_adjectives", "object_words", "image_words"):
        known |= {w for p in g[key] for w in re.split(r"[\s\-]+", str(p).lower())}
    unknown: list[tuple[str, int, int]] = []
    bare: list[tuple[str, int, int]] = []
    n_content = 0
    for m in _WORD_RE.finditer(text):
        if any(a_ <= m.start() < b_ for a_, b_ in cells):
            continue
        if used[m.start():m.end()].any():
            n_content += 1
            continue
        w = m.group(0).lower().replace("’", "'")
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            bare.append((m.group(0), m.start(), m.end()))
            continue
        if w in _common_words() and not _NEGATION_WORD.fullmatch(w):
            continue
        n_content += 1
        if w in known or w.rstrip("s") in known or w.rstrip("'′") in known or re.sub(r"'s$", "", w) in known:
            continue
        unknown.append((m.group(0), m.start(), m.end()))
    # an aperture is stated content the figure does not show: listed (refused with --strict), never a distance
    unknown += [(c.text, c.start, c.end) for c in claims if c.tag == "APERTURE"]
    unknown.sort(key=lambda u: u[1])
    claims = [c for c in claims if c.tag not in ("APERTURE", "POINT2F")]
    claims.sort(key=lambda c: c.start)
    return claims, unknown, bare, n_content


def _apertures(text: str) -> list[tuple[int, int]]:
    """Spans of the element's aperture ("diameter 4.0 cm", "5 cm across"; the APERTURE patterns)."""
    return [(m.start(), m.end()) for tag, rx in _patterns() if tag == "APERTURE" for m in rx.finditer(text)]


def _score(text: str) -> float:
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
        return 0.0
    claims, _u, _b, n = _claims(text)
    strong = {"ELEMENT", "CAMLEN", "FOCAL", "RADIUS", "MAG", "INF", "POWER"} | {c.tag for c in claims if c.tag.startswith("POS:")}
    hits = sum(1 for c in claims if c.tag in strong)
    if not hits:
        return 0.0
    hits += sum(1 for c in claims if c.tag not in strong)
    return min(1.0, hits / max(n, 1)) + 0.01 * hits


def _sp(c: _Claim) -> dict[str, Any]:
    return {"text": c.text, "start": c.start, "end": c.end}


def _length(c: _Claim) -> tuple[float, bool, str]:
    """(value in cm, whether the sign was written, unit as written: mm|cm|m)."""
    s = c.m.group("num")
    u = (c.m.group("unit") or c.m.group("unit2")).lower()
    unit = "mm" if u.startswith("mi") or u == "mm" else "cm" if u.startswith("c") else \
        "in" if u.startswith("in") or u in ("″", '"') else "ft" if u.startswith("f") else "m"
    v = read_quantity(s, c.m.start("num"), what="length", unit=unit, min_abs=Fraction(1, 10 ** 9))
    return float(v) * _UNIT_CM[unit], s[0] in "+-−–", unit


def _k(m: Any, group: str = "k", what: str = "size ratio") -> float:
    """A size ratio ("twice", "3 times", "magnified 2.5"), or another factor of ``what`` in ``group``: the multiplier
    word or the number, read exactly."""
    word = m.group(group)
    w = word.lower().split()[0]
    g = _grammar()
    if w in g["multipliers"]:
        return float(g["multipliers"][w])
    num = re.sub(r"(?i)\s+times$", "", word)
    if num.lower() in _numbers():
        return _numbers()[num.lower()]
    return float(read_quantity(num, m.start(group), what=what, max_abs=10 ** 6, min_abs=Fraction(1, 10 ** 6)))


# a symbol before "=" or ":" right before a length: the length's label ("x = 15 cm", "|f'| : 15 cm")
_LABEL_BEFORE = re.compile(r"(?<![\w'′])\|?\s*(?P<sym>[A-Za-z][A-Za-z0-9_'′]{0,3})\s*\|?\s*[=:]\s*\Z")


def parse_optics(text: str, *, allow_unknown: bool = False) -> SceneGraph:
    """Parse a lens/mirror description into a ``SceneGraph`` (domain ``"optics"``).

    ``attributes``: ``element`` {kind lens|mirror, type converging|diverging|None, span}, ``unit``
    (the first unit written; the figure's unit), ``facts`` (each stated quantity or statement with
    its value in cm and its span), ``has_image`` (the span of the first image mention).
    Raises ``InputError`` for empty/oversized/binary text, a number without a unit or a
    non-positive distance/height, ``UnknownWordsError`` for words outside the grammar,
    ``UnsupportedError`` for what cannot be drawn (two elements, a virtual object, an image at infinity).
    """
    from ..parse.grammar import check_text
    check_text(text)
    claims, unknown, bare, _ = _claims(text)
    from .optics_system import element_system, system_message
    system = element_system(text, [])   # "two identical lenses", "the second lens": a system, refused whole
    if system is not None:
        raise UnsupportedError(system_message(*system))
    from ..parse.unread_units import unread_measures
    used = np.zeros(len(text) + 1, dtype=bool)
    for c in claims:
        used[c.start:c.end] = True
    for a_, b_ in _apertures(text):   # (an aperture's "diameter 4 cm", read but not drawn, is no unread length)
        used[a_:b_] = True
    for w, s, e in unread_measures(text, used)[:1]:
        # "held half a metre in front of it" unread: never another length taken for the distance (unread_units)
        raise InputError(f"'{w}' at {s}-{e}: a length nesy could not read; write it as a number in digits and a "
                         "unit in mm, cm or m (e.g. '50 cm', '1.5 cm')")
    from .optics_formula import formulas, unread_formula
    cells = formulas(text)
    stated = [abs(float(c.m.group("num").replace("−", "-").replace("–", "-")))
              for c in claims if "num" in c.m.re.groupindex and c.m.group("num")
              and re.fullmatch(r"[-+−–]?\d+(?:\.\d+)?", c.m.group("num"))]
    # (a formula's unit is unsaid: "=1/4" works out "25 cm" in metres)
    stated += [abs(_length(c)[0]) * k for c in claims if "unit" in c.m.re.groupindex and c.m.group("num")
               and (c.m.group("unit") or c.m.group("unit2")) for k in (0.01, 1.0, 10.0)] if cells else []
    odd = unread_formula(cells, stated)
    if odd is not None:
        # "=1/(1/10-1/30) gives v": a value given only by a calculation is never replaced by a default
        raise InputError(f"'{odd.text}' at {odd.start}-{odd.end}: a spreadsheet formula whose value the text "
                         "states nowhere with a unit; write the value it gives with its unit (e.g. 'f = 20 cm')")
    if unknown and not allow_unknown:
        raise UnknownWordsError(unknown, text)
    if bare:
        w, s, e = bare[0]
        raise InputError(f"the number '{w}' at {s}-{e} has no unit; write it with mm, cm or m")
    for uc in (c for c in claims if c.tag == "UNITS"):
        # "a problem in inches": every length must be in inches, else the text says two things of its units
        said = uc.m.group("sysunit").lower()
        said = "in" if said.startswith("inch") else "mm" if said.startswith("mi") or said == "mm" else \
            "cm" if said.startswith("c") else "m"
        for c in claims:
            if "unit" in c.m.re.groupindex and (c.m.group("unit") or c.m.group("unit2")) and _length(c)[2] != said:
                raise InputError(f"'{uc.text}' at {uc.start}-{uc.end} gives the lengths in one unit, but '{c.text}' "
                                 f"at {c.start}-{c.end} is in another; write every length in one unit")
    g = _grammar()
    els = {" ".join(re.split(r"[\s\-]+", str(k).lower())): v for k, v in g["elements"].items()}
    element: dict[str, Any] | None = None
    obj_span = img_span = None
    nouns: list[tuple[int, int, str]] = []   # (start, end, "object" | "image")
    units: list[str] = []
    facts: list[dict[str, Any]] = []
    type_words: list[tuple[str, dict[str, Any]]] = []
    behind: dict[str, Any] | None = None
    for c in claims:
        if c.tag in ("ELEMENT", "CAMLEN"):
            # "my 50 mm prime": a photographic lens, the element "camera lens" names
            name = "camera lens" if c.tag == "CAMLEN" else " ".join(re.split(r"[\s\-]+", c.m.group("el").lower()))
            if c.m.groupdict().get("ty"):
                # "concave … mirror" is a "concave mirror"; a lens word on a mirror ("biconvex … mirror") says no kind
                name = els.get(c.m.group("ty").lower() + " " + name) and c.m.group("ty").lower() + " " + name or name
            kind, typ = els[name]
            typ = None if typ == "any" else typ
            if element is None:
                element = {"kind": kind, "type": typ, "span": _sp(c), "type_span": _sp(c) if typ else None}
            elif element["kind"] != kind or (typ and element["type"] and typ != element["type"]):
                # two different elements: a system (its separation named when the text gives one)
                first = element["span"]
                raise UnsupportedError(system_message(*element_system(
                    text, [(first["text"], first["start"], first["end"]), (c.text, c.start, c.end)])))
            elif typ and not element["type"]:
                element.update(type=typ, type_span=_sp(c))
        elif c.tag == "OBJECT":
            nouns.append((c.start, c.end, "object"))
            if re.search(r"\breal\b", c.text, re.I):
                facts.append({"what": "object_real", "value": None, "signed": False, "span": _sp(c)})
            obj_span = obj_span or _sp(c)
        elif c.tag == "IMAGE":
            nouns.append((c.start, c.end, "image"))
            if re.search(r"\bscreen\b", c.text, re.I):
                # an image caught on a screen is real: only converging light forms one there
                facts.append({"what": "real", "value": None, "signed": False, "span": _sp(c)})
            img_span = img_span or _sp(c)
        elif c.tag == "PLANE":
            raise UnsupportedError(f"'{c.text}' at {c.start}-{c.end}: a plane mirror (no focal point: the image is as far "
                                   "behind it as the object is in front) is not a spherical mirror or thin lens ray "
                                   "diagram, which is what nesy.optics draws")
        elif c.tag == "TYPE":
            type_words.append((c.text.lower(), _sp(c)))
        elif c.tag == "INF":
            raise UnsupportedError(f"'{c.text}' at {c.start}-{c.end}: an image at infinity cannot be drawn as an "
                                   "arrow (the object is at the focal point and the rays leave parallel)")

    from .optics_nouns import object_nouns
    learned = object_nouns(text, claims, unknown)   # "a page 25 cm in front of …, the page at 25 cm": the object
    if learned:
        nouns = sorted(nouns + [(s_, e_, "object") for s_, e_ in learned])
        unknown = [u for u in unknown if not any(s_ <= u[1] < e_ for s_, e_ in learned)]

    from .optics_words import negated_asides
    unknown = negated_asides(text, claims, unknown)   # "never point the instrument at the sun": one phrase

    def before_noun(c: _Claim) -> str | None:
        """"a 2 cm tall object", "a 3 cm arrow": a bare quantity right before its noun."""
        nxt = [n for n in nouns if n[0] >= c.end]
        if nxt and re.fullmatch(r"\s+", text[c.end:nxt[0][0]]) and not re.search(r"away|from$", c.text, re.I):
            return nxt[0][2]
        return None

    adj_tags = {"REAL", "VIRTUAL", "INVERTED", "UPRIGHT", "ENLARGED", "REDUCED"}

    def adjective_of(c: _Claim) -> str | None:
        """"a real, inverted image": statements standing right before their noun belong to it."""
        nxt = [n for n in nouns if n[0] >= c.end]
        if c.tag not in adj_tags or not nxt:
            return None
        gap = list(text[c.end:nxt[0][0]])
        for o in claims:
            if o.tag in adj_tags and c.end <= o.start and o.end <= nxt[0][0]:
                gap[o.start - c.end:o.end - c.end] = " " * (o.end - o.start)
        return nxt[0][2] if re.fullmatch(r"(?:[\s,]|\band\b|\bbut\b)*", "".join(gap), re.I) else None

    def subject(c: _Claim) -> str:
        if before_noun(c):
            return before_noun(c)
        if adjective_of(c):
            return adjective_of(c)
        if c.tag in adj_tags and seen_as_image(text, c.start, c.end)[0]:
            return "image"   # "its flame appears upside down on a card": what is seen is the image (optics_words)
        before = [n for n in nouns if n[1] <= c.start]
        return before[-1][2] if before else "object"

    def add(what: str, c: _Claim, value: Any = None, signed: bool = False) -> None:
        facts.append({"what": what, "value": value, "signed": signed, "span": _sp(c)})

    for i, c in enumerate(claims):
        t = c.tag
        if t == "PAREN":
            prev = claims[i - 1] if i else None
            named = prev is not None and prev.tag in ("ELEMENT", "CAMLEN") and re.fullmatch(r"\s*\(\s*",
                                                                                          text[prev.end:c.start])
            # "the eye (2 cm)", "a candle (4 cm)": a bare length bracketed right after the object (or image)
            # gives its size, as "a 2 cm eye" does — never a distance (an eye 10 cm in front of the mirror
            # and "(2 cm)" were read as two object distances and called impossible)
            thing = next((n for n in nouns if re.fullmatch(r"\s*\(\s*", text[n[1]:c.start])), None)
            t = "ELEN" if named else "HEIGHT" if thing is not None and thing[2] in ("object", "image") else "DIST"
        if t in ("TWOF", "ONEF"):
            v, _signed, unit = _length(c)
            units.append(unit)
            add("twof" if t == "TWOF" else "onef", c, v)
            continue
        if t in ("FOCAL", "RADIUS", "RADIUSW", "OBJD", "IMGD", "OBJH", "IMGH", "HEIGHT", "DIST", "ELEN", "CAMLEN"):
            v, signed, unit = _length(c)
            t = "RADIUS" if t == "RADIUSW" else "FOCAL" if t == "CAMLEN" else t
            units.append(unit)
            if t == "ELEN":
                nxt = next((e for e in claims if e.tag in ("ELEMENT", "CAMLEN") and e.start >= c.end), None)
                if c.tag == "PAREN":
                    nxt = claims[i - 1]   # the element named right before the brackets
                if nxt is not None and nxt.tag == "CAMLEN":
                    nxt = None   # a photographic lens: a lens
                kind = nxt.m.group("el").lower().split()[-1] if nxt else "lens"
                kind = "mirror" if kind == "mirror" else "lens"
                if kind == "mirror":
                    raise InputError(f"'{c.text}' at {c.start}-{c.end} names the mirror by a length: say whether it "
                                     "is its focal length or its radius of curvature (e.g. 'focal length "
                                     f"{c.m.group('num')} {c.m.group('unit')}')")
                t = "FOCAL"
            if t == "DIST":
                from .optics_of import quantity_named_before
                named = quantity_named_before(text, c.start)   # "the focal length of each lens is -14.0 cm"
                if named is not None:
                    t = "FOCAL" if named[0] == "f" else "RADIUS"
                    signed = signed and not named[1]
            if t == "FOCAL" or t == "RADIUS":
                if v == 0:
                    raise InputError(f"a {'focal length' if t == 'FOCAL' else 'radius of curvature'} cannot be "
                                     f"zero, got '{c.text}' at {c.start}-{c.end}")
                add("f" if t == "FOCAL" else "R", c, v, signed)
                continue
            if t == "DIST":
                lab = _LABEL_BEFORE.search(text, 0, c.start)
                if lab and any(s_ == lab.start("sym") for _w, s_, _e in unknown):
                    # "x = 15 cm", "|g| = 15 cm": a length labelled by a symbol nesy does not read is that
                    # quantity's, never the object's distance by default (a convex mirror's "|f| = 15 cm" was
                    # drawn as d_o = 15 cm with a default f, and verified)
                    a = lab.start("sym") - (text[lab.start("sym") - 1:lab.start("sym")] == "|")
                    raise InputError(f"'{text[a:c.end]}' at {a}-{c.end}: the length is labelled "
                                     f"'{lab.group('sym')}', which nesy does not read as an optical quantity; write "
                                     "'focal length', 'radius of curvature', 'object distance', 'image distance' "
                                     "or f, R, u, v")
            who = {"OBJD": "object", "OBJH": "object", "IMGD": "image", "IMGH": "image"}.get(t) or subject(c)
            height = t in ("OBJH", "IMGH", "HEIGHT") or (t == "DIST" and before_noun(c) is not None)
            # "u = -30 cm", "object distance -30 cm": a signed symbol, the New Cartesian convention (optics_signs);
            # "an object -5 cm away" is no distance
            if who == "object" and v <= 0 and not (v < 0 and signed and t == "OBJD"):
                raise InputError(f"the object's {'height' if height else 'distance'} must be positive (a real, "
                                 f"upright object), got '{c.text}' at {c.start}-{c.end}")
            if who == "image" and v == 0:
                raise InputError(f"an image distance or height cannot be zero, got '{c.text}' at {c.start}-{c.end}")
            add(("ho" if who == "object" else "hi") if height else ("do" if who == "object" else "di"), c, v, signed)
        elif t == "POWER":
            p = float(read_quantity(c.m.group("num"), c.m.start("num"), what="optical power", unit="D",
                                    min_abs=Fraction(1, 10 ** 6), max_abs=10 ** 6))
            if p == 0:
                raise InputError(f"an optical power cannot be zero, got '{c.text}' at {c.start}-{c.end}")
            units.append("cm")
            add("f", c, 100.0 / p, c.m.group("num")[0] in "+-−–")  # 1 D = 1/m: f in cm
        elif t == "INDEX":
            add("n", c, float(read_quantity(c.m.group("num"), c.m.start("num"), what="refractive index",
                                            max_abs=100, min_abs=Fraction(1, 10 ** 6))))
        elif t == "MAG":
            v = float(read_quantity(c.m.group("num"), c.m.start("num"), what="magnification", max_abs=10 ** 6,
                                    min_abs=Fraction(1, 10 ** 6)))
            if v == 0:
                raise InputError(f"a magnification cannot be zero, got '{c.text}' at {c.start}-{c.end}")
            add("m", c, v, True)
        elif t == "SIZE":
            k = _k(c.m)
            if k <= 0:
                raise InputError(f"a size ratio must be positive, got '{c.text}' at {c.start}-{c.end}")
            add("absm", c, k)
        elif t == "SAME":
            add("absm", c, 1.0)
        elif t in ("REAL", "VIRTUAL", "INVERTED", "UPRIGHT", "ENLARGED", "REDUCED"):
            surface = seen_as_image(text, c.start, c.end)[1]
            if surface and subject(c) == "image" and t != "VIRTUAL":
                # caught on a card or a wall: a real image, as on a screen
                add("real", c)
            if subject(c) == "object":
                if t == "REAL":
                    add("object_real", c)
                if t in ("REAL", "UPRIGHT"):
                    continue  # "a real object", "an upright arrow": what every drawn object is
                raise UnsupportedError(f"'{c.text}' at {c.start}-{c.end} describes the object; only real, upright "
                                       "objects are drawn (say it of the image)")
            add(t.lower(), c)
        elif t == "DMULT":
            ks = next(n for n in ("k", "k2", "k3", "k4") if c.m.group(n))
            add("dmult", c, _k(c.m, ks, "multiple of the focal length"))
        elif t.startswith("POS:"):
            # "the image, which forms between the focal point and the centre of curvature": the image's place, measured
            # as its distance from the element (|d_i|), not the object's
            add("ipos" if subject(c) == "image" else "pos", c, t[4:])
        elif t in ("FRONT", "BACK"):
            if subject(c) == "object":
                if t == "BACK":
                    if behind_means_virtual(text):
                        raise UnsupportedError(f"'{c.text}' at {c.start}-{c.end}: a virtual object (behind the "
                                               "element, converging light) is not drawn; place the object in front of it")
                    behind = behind or _sp(c)   # behind the viewer or the car: a real object (optics_words)
                continue
            add("side", c, "front" if t == "FRONT" else "back")
    if element is None:
        raise NothingToDrawError("the text names no lens or mirror; name one (e.g. 'a converging lens with f = 10 cm')")
    apply_type_words(element, type_words, {" ".join(re.split(r"[\s\-]+", str(k).lower())): v
                                           for k, v in g["elements"].items()})
    from .optics_signs import read_convention
    convention = read_convention(facts, element)   # "u = -30 cm", "a concave mirror, f = -15 cm": Cartesian signs
    for x in facts:
        if x["what"] == "do" and x["value"] <= 0:
            sp = x["span"]
            raise InputError(f"the object's distance must be positive (a real, upright object), got '{sp['text']}' "
                             f"at {sp['start']}-{sp['end']}")
    lensmaker = None
    index = next((x for x in facts if x["what"] == "n"), None)
    if element["kind"] == "lens" and any(f["what"] == "R" for f in facts):
        # a lens's radii and refractive index: its focal length by the lensmaker's equation (optics_lensmaker)
        from .optics_lensmaker import lensmaker_focal
        radii = [x for x in facts if x["what"] == "R"]
        # (a focal length stated as well is checked against it: both are facts on f for the solve, which refuses
        # them naming both phrases when they differ by more than the stated precision)
        fv, lensmaker = lensmaker_focal(text, element, radii, index)
        used_sp = radii + [index]
        a_, b_ = min(x["span"]["start"] for x in used_sp), max(x["span"]["end"] for x in used_sp)
        for x in radii + [index]:
            x["what"] = "R_lens" if x["what"] == "R" else "n_lens"   # stated, drawn through f (the note names them)
        facts.append({"what": "f", "value": fv, "signed": True, "span": {"text": text[a_:b_], "start": a_, "end": b_}})
    elif index is not None:
        # a refractive index the figure has no use for (a mirror's, or a lens given f): stated, not drawn
        sp = index["span"]
        facts.remove(index)
        unknown = unknown + [(sp["text"], sp["start"], sp["end"])]
    unit = units[0] if units else "cm"
    # the entity's name is the element's kind of focusing; unstated, the sign of f (or R) says it, as the
    # solver reads it ("a lens with f = -10 cm" is a diverging lens): real-is-positive convention
    signs = {float(x["value"]) > 0 for x in facts if x["what"] in ("f", "R") and x["value"]}
    focus = element["type"] or ({True: "converging", False: "diverging"}[signs.pop()] if len(signs) == 1
                                else element["kind"])
    ents = [Entity("element", element["kind"], focus,
                   _freeze({"type": element["type"]}), Span(**element["span"])),
            Entity("object", "object", "object", (), Span(**obj_span) if obj_span else None),
            Entity("image", "image", "image", (), Span(**img_span) if img_span else None)]
    rels = [Relation("images", "element", "object", Span(**element["span"])),
            Relation("forms", "element", "image", Span(**img_span) if img_span else None)]
    attrs = {"element": element, "unit": unit, "facts": facts, "has_image": img_span}
    if convention:
        attrs["convention"] = convention
    if lensmaker:
        attrs["lensmaker"] = lensmaker
    if behind:
        attrs["object_behind"] = behind
    ignored = tuple(Span(mm.start(), mm.end(), mm.group(0)) for mm in _WORD_RE.finditer(text)
                    if mm.group(0).lower() in _common_words()
                    and not any(c.start <= mm.start() < c.end for c in claims))
    # a formula that works out a stated value ("=1/5" beside "(0.2 m)") adds nothing the figure shows
    ignored += tuple(Span(f.start, f.end, f.text) for f in cells)
    return SceneGraph("optics", text, tuple(ents), tuple(rels), _freeze(attrs), ignored,
                      tuple(Span(s, e, w) for w, s, e in unknown))


# ---------------------------------------------------------------------------------------------
# solve


@dataclass(frozen=True)
class Optics:
    """The solved system (cm, signs by the real-is-positive convention): focal length f, object
    distance d_o, image distance d_i, heights h_o, h_i, magnification m; element kind and unit."""

    kind: str
    f: float
    do: float
    di: float
    ho: float
    hi: float
    m: float
    unit: str
    solve_s: float
    # the drawn quantities ("f", "do", "di", "m") whose size the text leaves open: solved values chosen for the
    # drawing (``solvers/optics.yaml`` defaults), which the figure marks as not given (issue 9: nothing unstated
    # is drawn as if the text had said it)
    chosen: tuple[str, ...] = ()

    @property
    def real(self) -> bool:
        return self.di > 0


def size_phrases(scene: SceneGraph) -> str:
    """The user's phrases that fix the distances and sizes (focal length, radius, distances, heights,
    magnification, the object's place), quoted with their character spans, for a refusal to name."""
    keys = ("f", "R", "do", "di", "ho", "hi", "m", "absm", "pos", "ipos", "dmult", "twof", "onef")
    said = [f"'{x['span']['text']}' (at {x['span']['start']}-{x['span']['end']})" for x in scene.attr("facts", [])
            if x["what"] in keys]
    el = scene.attr("element") or {}
    if el.get("span"):
        said.insert(0, f"'{el['span']['text']}' (at {el['span']['start']}-{el['span']['end']})")
    return ", ".join(said) if said else "the defaults (no size was stated)"


def _val(m, x) -> float:
    import z3
    v = m.eval(x, model_completion=True)
    if z3.is_rational_value(v):
        return v.numerator_as_long() / v.denominator_as_long()
    return float(v.approx(15).as_decimal(15).rstrip("?"))


_SOLVED: dict[SceneGraph, Optics] = {}


def _left_open(s, model, quantities: dict) -> tuple[str, ...]:
    """The names of ``quantities`` whose magnitude the constraints in solver ``s`` do not fix: another model
    gives |x| a different value than ``model`` does. A sign the text leaves open (an unsigned "d_i = 20 cm"
    fixes |d_i|) does not make the size open; an answer of "unknown" (non-linear arithmetic) counts as fixed,
    so a stated value is never hidden."""
    import z3
    out = []
    for name, x in quantities.items():
        v = model.eval(x, model_completion=True)
        if not z3.is_rational_value(v):
            continue        # an algebraic number: only an equation the text set up gives one
        if s.check(x != v, x != -v) == z3.sat:
            out.append(name)
    return tuple(out)


def solve_optics(scene: SceneGraph, timeout_s: float = 10.0) -> Optics:
    """Z3 over f, d_o, d_i, h_o, h_i, m (tracked: the lens/mirror equation, f = R/2, magnification,
    sign convention, the text's facts). Raises ``UnsatisfiableError`` with the user's phrases; cached."""
    o = _SOLVED.get(scene)
    if o is None:
        o = _solve(scene, timeout_s)
        if len(_SOLVED) >= 64:
            _SOLVED.pop(next(iter(_SOLVED)))
        _SOLVED[scene] = o
    return o


def _solve(scene: SceneGraph, timeout_s: float) -> Optics:
    import z3
    t0 = time.perf_counter()
    if scene.domain != "optics":
        raise InputError(f"scene.domain must be 'optics', got {scene.domain!r}")
    el = scene.attr("element")
    facts = scene.attr("facts", [])
    unit = scene.attr("unit", "cm")
    mirror = el["kind"] == "mirror"
    ctx = z3.Context()
    s = z3.Solver(ctx=ctx)
    s.set("timeout", max(1, int(timeout_s * 1000)))
    track: dict[str, tuple[list[dict], list[dict], str]] = {}

    def num(v: float):
        # exact "p/q": Z3 cannot parse every float repr ("1e+300"); a float that stands for a simple fraction
        # (the text's "+1/3", a power's 100/3 cm) is that fraction — its 16-digit decimal made "m = +1/3" with
        # d_o = 30 cm, d_i = −10 cm "impossible" (requests-15 optics-05)
        q = Fraction(repr(float(v)))
        r = q.limit_denominator(10 ** 6)
        return z3_real(r if abs(r - q) < Fraction(1, 10 ** 12) else q, ctx)

    def tr(name: str, expr, phrases: list[dict], lw: list[dict], detail: str = "") -> None:
        track[name] = (phrases, lw, detail)
        s.add(z3.Implies(z3.Bool(name, ctx), expr))

    # a value written with decimals or marked approximate ("about 16.7 cm" for 16.67) is held to that
    # precision (nesy/solve/precision.py) and preferred at its value as written where the laws allow
    from ..solve.precision import half_width
    as_written: list = []

    def near(x, v: float, sp: dict, signed: bool = True):
        h = half_width(sp, Fraction(repr(float(v))), context=scene.text)
        if not h:
            return x == num(v) if signed else z3.Or(x == num(v), x == num(-v))
        as_written.append(x == num(v) if signed else z3.Or(x == num(v), x == num(-v)))
        a, b = num(abs(v) - float(h)), num(abs(v) + float(h))
        inside = z3.And(x >= a, x <= b) if v >= 0 else z3.And(x <= -a, x >= -b)
        return inside if signed else z3.Or(z3.And(x >= a, x <= b), z3.And(x <= -a, x >= -b))

    f, do, di, ho, hi, m = (z3.Real(n, ctx) for n in ("f", "do", "di", "ho", "hi", "m"))
    fa = z3.If(f > 0, f, -f)
    s.add(f != 0, ho > 0)
    eq = "mirror" if mirror else "thin_lens"
    real_obj = [x["span"] for x in facts if x["what"] == "object_real"]
    tr("law:real_object", do > 0, real_obj, [_law("real_object")])
    tr("law:equation", f * (do + di) == do * di, [], [_law(eq)])
    tr("law:magnification", z3.And(m * do == -di, hi == m * ho), [], [_law("magnification")])
    if el["type"]:
        tr("phrase:type", f > 0 if el["type"] == "converging" else f < 0, [el["type_span"]], [_law("sign_convention")],
           f"a {el['type']} {el['kind']} has f {'>' if el['type'] == 'converging' else '<'} 0")
    pos_law = {"at_f": lambda: do == fa, "at_2f": lambda: do == 2 * fa, "inside_f": lambda: do < fa,
               "between_f_2f": lambda: z3.And(do > fa, do < 2 * fa), "beyond_2f": lambda: do > 2 * fa,
               "beyond_f": lambda: do > fa}
    dia = z3.If(di > 0, di, -di)
    ipos_law = {"at_f": lambda: dia == fa, "at_2f": lambda: dia == 2 * fa, "inside_f": lambda: dia < fa,
                "between_f_2f": lambda: z3.And(dia > fa, dia < 2 * fa), "beyond_2f": lambda: dia > 2 * fa,
                "beyond_f": lambda: dia > fa}
    for k, x in enumerate(facts):
        w, v, sp = x["what"], x["value"], x["span"]
        if w in ("f", "R") and not el["type"]:
            x = {**x, "signed": True}  # "a lens with f = 10 cm": the number's own sign says which kind
        name = f"phrase:{k}:{w}"
        if w == "f":
            tr(name, near(f, v, sp, x["signed"]), [sp], [])
        elif w == "R":
            tr(name, 2 * f == num(v) if x["signed"] else z3.Or(2 * f == num(v), 2 * f == num(-v)), [sp],
               [_law("radius")])
        elif w == "do":
            tr(name, near(do, v, sp), [sp], [])
        elif w == "ho":
            tr(name, near(ho, v, sp), [sp], [])
        elif w == "di":
            tr(name, near(di, v, sp, x["signed"]), [sp], [])
        elif w == "hi":
            tr(name, near(hi, v, sp, x["signed"]), [sp], [])
        elif w == "m":
            tr(name, near(m, v, sp), [sp], [_law("magnification")])
        elif w == "absm":
            tr(name, m * m == num(v * v), [sp], [_law("magnification")])
        elif w == "real":
            tr(name, di > 0, [sp], [_law("sign_convention")])
        elif w == "virtual":
            tr(name, di < 0, [sp], [_law("sign_convention")])
        elif w == "inverted":
            tr(name, m < 0, [sp], [_law("magnification")])
        elif w == "upright":
            tr(name, m > 0, [sp], [_law("magnification")])
        elif w == "enlarged":
            tr(name, m * m > 1, [sp], [_law("magnification")])
        elif w == "reduced":
            tr(name, m * m < 1, [sp], [_law("magnification")])
        elif w == "pos":
            tr(name, pos_law[v](), [sp], [])
        elif w == "ipos":
            tr(name, ipos_law[v](), [sp], [])
        elif w == "dmult":
            tr(name, do == num(v) * fa, [sp], [])
        elif w == "twof":
            tr(name, 2 * fa == num(v), [sp], [])
        elif w == "onef":
            tr(name, fa == num(v), [sp], [])
        elif w == "side":
            # the image is real on the side the light leaves towards: behind a lens, in front of a mirror
            out_side = "front" if mirror else "back"
            tr(name, di > 0 if v == out_side else di < 0, [sp], [_law("sign_convention")])
    flags = {n: z3.Bool(n, ctx) for n in track}
    res = s.check(*flags.values())
    if res == z3.unknown:
        from ..errors import SolverTimeoutError
        raise SolverTimeoutError("optics solve", timeout_s)
    if res == z3.unsat:
        core = sorted(str(x) for x in s.unsat_core())
        phrases: list[dict] = []
        lws: list[dict] = []
        details: list[str] = []
        for n in core:
            p, lw, d = track[n]
            phrases += [x for x in p if x not in phrases]
            lws += [x for x in lw if x not in lws]
            if d and d not in details:
                details.append(d)
        if "law:equation" in core:
            # is it the object at the focal point? then say so: the image would be at infinity
            s.push()
            s.add(do == fa, *[flags[n] for n in core if n != "law:equation"])
            at_focus = s.check() == z3.sat
            s.pop()
            s.push()
            s.add(*[flags[n] for n in core if n != "law:equation"], do != fa)
            only_focus = s.check() != z3.sat
            s.pop()
            if at_focus and only_focus:
                details.insert(0, "the object is at the focal point (d_o = |f|): the rays leave parallel and "
                                  "the image is at infinity, so no image forms")
                hs = scene.attr("has_image")
                if hs and hs not in phrases:
                    phrases.append(hs)
        phrases.sort(key=lambda x: x["start"])
        fix: list[dict] = []
        for n in sorted((n for n in core if n.startswith("phrase:")),
                        key=lambda n: -max((x["start"] for x in track[n][0]), default=-1)):
            if s.check(*[fl for kk, fl in flags.items() if kk != n]) == z3.sat:
                fix = list(track[n][0])
                break
        raise UnsatisfiableError(phrases, lws, fix=fix, detail="; ".join(details))
    s.add(*flags.values())
    for w_ in as_written:           # each stated value as written, where the laws allow
        if s.check(w_) == z3.sat:
            s.add(w_)
    s.check()
    first = s.model()
    chosen = _left_open(s, first, {"f": f, "do": do, "di": di, "m": m})
    d = _data()["defaults"]
    # nonlinear arithmetic: keep the last model that satisfied everything pinned so far, and fall back
    # on its value when no round default fits (an incremental check may answer "unknown")
    last = [first]

    def pin(var, cands: list[float]) -> None:
        for v in cands:
            if s.check(var == num(v)) == z3.sat:
                last[0] = s.model()
                s.add(var == num(v))
                return
        s.add(var == num(_val(last[0], var)))
    sign = -1.0 if el["type"] == "diverging" else 1.0
    pin(f, [sign * float(v) * _UNIT_CM[unit] for v in d["f_units"]])
    F = abs(_val(last[0], f))
    pin(do, [F * float(k) for k in d["do_over_f"]])
    pin(ho, [float(v) * _UNIT_CM[unit] for v in d["ho_units"]])
    mdl = last[0]
    o = Optics(el["kind"], _val(mdl, f), _val(mdl, do), _val(mdl, di), _val(mdl, ho), _val(mdl, hi), _val(mdl, m),
               unit, time.perf_counter() - t0, chosen)
    # the drawing's legibility bound (not a law): one scale with the smaller arrow min_image_px tall and the
    # larger at most tall_max_arrow_px (``optics_draw.tall_plot``), checked here before any drawing
    st = _style()
    ratio = float(st["tall_max_arrow_px"]) / float(st["min_image_px"])
    lim = {"min_abs_m": f"{1 / ratio:.3g}", "max_abs_m": f"{ratio:.3g}"}
    from .optics_far import is_far
    if (abs(o.m) > ratio or abs(o.m) < 1 / ratio) and not is_far(o):
        # (a far object's real image through a converging lens is drawn with a broken axis: optics_far)
        raise UnsupportedError(f"the image is {abs(o.m):.3g} times the object's size (d_o = {o.do / _UNIT_CM[unit]:.4g}"
                               f" {unit}, d_i = {o.di / _UNIT_CM[unit]:.4g} {unit}); object and image cannot both "
                               f"be drawn legibly beyond {lim['min_abs_m']}–{lim['max_abs_m']}×; the sizes come from "
                               f"{size_phrases(scene)}")
    return o


# ---------------------------------------------------------------------------------------------
# layout


def layout_optics(scene: SceneGraph, *, seed: int = 0, attempt: int = 0, timeout_s: float = 10.0) -> Layout:
    """Solve the scene and draw the ray diagram (``nesy.domains.optics_draw``; px, y down)."""
    from .optics_draw import layout_optics as draw
    return draw(scene, seed=seed, attempt=attempt, timeout_s=timeout_s)


# ---------------------------------------------------------------------------------------------
# verify (pixels only)


def _mask(img, colour: str) -> np.ndarray:
    """Pixels of ``colour`` as the reader sees them (``img``: the ``nesy.see.LabelMap`` of ``_read``).
    A degraded copy cannot tell a ray's "in" colour from its "out" colour (they differ by 4 in one
    channel, for exact reading only): each is then the whole ray, split by ``_ray_parts``."""
    return img.mask(colour.upper())


def _read(rgb: np.ndarray, st: dict[str, Any]):
    """The diagram read into the colours of style ``st`` (one palette variant; nesy.see.classify): arrows,
    foci filled (cored); axis and element outline thin strokes (faint mixes count); rays 2-px strokes read
    at half contrast. On a degraded copy a ray's in/out colours are one class (``same``: 4 apart in one
    channel, split by ``_ray_parts``), its extension colour is declared its tint (JPEG's chroma rule tells
    them apart by luma), specks under 4 px² dropped. The axis, the focal dots and label text share black."""
    from ..see import classify, drop_small
    filled = [st["object_color"], st["image_color"]]
    lines = [st["axis_color"], st["element_color"]]
    rays = [c for r in st["ray_colors"].values() for c in (r["in"], r["out"], r["ext"])]
    pal = {c.upper(): c for c in dict.fromkeys(filled + lines + rays)}
    same = [(st["axis_color"].upper(), st["element_color"].upper())]
    same += [(r["in"].upper(), r["out"].upper()) for r in st["ray_colors"].values()]
    lm = classify(rgb, pal, core=12.0, core_classes=[c.upper() for c in filled],
                  lines=[c.upper() for c in lines], same=same,
                  tints=[(r["in"].upper(), r["ext"].upper()) for r in st["ray_colors"].values()])
    if not lm.exact:
        # a speck is measured with its ray's family (the ray and its tint): a blurred diagonal 2-px ray
        # alternates between its colour and its tint pixel by pixel, each alone a speck, together a line
        fam = {c.upper(): {r["in"].upper(), r["out"].upper(), r["ext"].upper()} for r in st["ray_colors"].values()
               for c in (r["in"], r["out"], r["ext"])}
        masks = {n: lm.labels == k for k, n in enumerate(lm.names, start=1)}
        for n, m in masks.items():
            grp = m
            for o_ in fam.get(n, ()):
                if o_ != n and o_ in masks:
                    grp = grp | masks[o_]
            lm.labels[m & ~drop_small(grp, 4)] = 0
    return lm


def _solid_and_dashes(core: np.ndarray, pale: np.ndarray, scale: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """One ray's pixels on a degraded copy, split into (solid, dashes). ``core``: pixels of the ray's
    own colour — the solid stroke (JPEG cuts it into pieces of any length, so length does not decide
    for them; a dash's colour is pale and keeps its luma, which the reader's chroma rule measures).
    ``pale``: of its extension's colour, which is the ray's mixed with the page, so blur, JPEG and
    resampling turn a solid ray's rim — or the whole centre of a blurred ray (α ≈ 0.6) — into it, and
    the colour cannot say which is which; the shape can. A dash is drawn ``dash`` px long and
    ``ray_width`` wide, with ``gap`` px of page between dashes; blurred (σ ≤ 1.5 px: ≤ 2 px more at each
    end) its 8-connected piece spans at most dash + 2 × ray_width + 2 px (× ``scale``) in x and in y.
    A pale pixel in a longer piece (core and pale together) is the solid ray's; every other pale pixel
    is a dash. (The one dash that starts where the ray leaves the element may join the ray's piece: it
    adds ≤ one dash of pixels to the line fit.)"""
    from scipy import ndimage as ndi
    from ..see import drop_small
    st = _style()
    longest = (float(st["dash"]) + 2 * float(st["ray_width"]) + 2) * max(scale, 1.0)
    # specks: ``_read`` drops pieces under 4 px²; on an enlarged copy they are scale² larger
    # a blurred diagonal ray may alternate between core and pale pixel by pixel: its core specks are kept
    # when their piece, pale pixels included, is long (the ray), and dropped in a short one (a dash's centre)
    raw = core
    core = drop_small(core, 4 * max(scale, 1.0) ** 2)
    lab, n = ndi.label(raw | pale, structure=np.ones((3, 3), bool))
    long_ = np.zeros(n + 1, bool)
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is not None and max(sl[0].stop - sl[0].start, sl[1].stop - sl[1].start) > longest:
            long_[k] = True
    rim = (pale | raw) & long_[lab]
    return core | rim, pale & ~rim


def _ray_parts(img, cols: dict[str, str], xe: float, mirror: bool, obj_tip,
               solid: np.ndarray | None = None, scale: float = 1.0) -> dict[str, np.ndarray]:
    """The "in" and "out" pixels of one principal ray. Exact: by their colours. Degraded (one class):
    for a lens, left and right of the element's centre x ``xe``; for a mirror (both parts on its
    front), the two straight arms meeting at the mirror, told apart by their angle about the meeting
    point (the pixel nearest the mirror); the arm whose line passes nearer the object tip is "in"."""
    m = img.mask(cols["in"].upper())
    if img.exact:
        return {"in": m, "out": img.mask(cols["out"].upper())}
    if solid is not None:
        m = solid
    ys, xs = np.nonzero(m)
    if not mirror:
        left = np.zeros_like(m)
        left[:, : int(xe)] = True
        return {"in": m & left, "out": m & ~left}
    if len(xs) < 12:
        return {"in": m, "out": np.zeros_like(m)}
    k = int(np.argmin(np.abs(xs + 0.5 - xe)))
    mx, my = xs[k], ys[k]
    # directions are read > 12 canvas px (× ``scale``) from the meeting point: a blurred 2–4 px stroke
    # there spreads ±10° at most, under the angle between two arms of a principal ray
    far = np.hypot(xs - mx, ys - my) > 12 * max(scale, 1.0)
    ang = np.arctan2(ys - my, xs - mx)
    a = np.sort(ang[far])
    if len(a) < 2:
        return {"in": m, "out": np.zeros_like(m)}
    gaps = np.diff(np.concatenate([a, [a[0] + 2 * np.pi]]))
    j = int(np.argmax(gaps))
    cut0, cut1 = a[j], a[(j + 1) % len(a)]          # the emptiest direction: between the two arms
    # split the circle of directions at the widest gap and at the gap opposite it
    rel = np.mod(ang - cut1, 2 * np.pi)
    span = np.mod(cut0 - cut1, 2 * np.pi)
    srt = np.sort(rel[far])
    inner = np.diff(srt)
    if not len(inner):
        return {"in": m, "out": np.zeros_like(m)}
    i2 = int(np.argmax(inner))
    mid = 0.5 * (srt[i2] + srt[i2 + 1])
    arm1 = rel <= mid
    if not img.exact:
        # near the meeting point the direction is noise: those pixels go to the arm whose line (fitted
        # on its far pixels) passes nearer
        lines = []
        for sel in (arm1 & far, ~arm1 & far):
            pm = np.zeros_like(m)
            pm[ys[sel], xs[sel]] = True
            lines.append(_fit_line(pm))
        if all(ln is not None for ln in lines):
            P = np.column_stack([xs + 0.5, ys + 0.5])
            dd = [np.abs((P - ln[0]) @ np.array([-ln[1][1], ln[1][0]])) for ln in lines]
            arm1 = np.where(far, arm1, dd[0] <= dd[1])
    parts = []
    for sel in (arm1, ~arm1):
        pm = np.zeros_like(m)
        pm[ys[sel], xs[sel]] = True
        parts.append(pm)
    def miss(pm):
        ln = _fit_line(pm)
        return np.inf if ln is None else _dist(ln, obj_tip)
    first = min(parts, key=miss)
    second = parts[1] if first is parts[0] else parts[0]
    return {"in": first, "out": second}


def _on_parts(mask: np.ndarray, fitted: dict, xe: float, mirror: bool, tol: float) -> np.ndarray:
    """Pixels of ``mask`` within ``tol`` px of a ray's own fitted parts, each on its own side of the element
    (in: the object's side; out: beyond a lens, back in front of a mirror) and within its drawn extent:
    where rays cross, blur mixes their colours into pale pieces of the ray's own tint that are the ray,
    not a dash. An extension continues a part backwards, past the element, so it is never excluded."""
    out = np.zeros_like(mask)
    ys, xs = np.nonzero(mask)
    if not len(xs):
        return out
    P = np.column_stack([xs + 0.5, ys + 0.5])
    for part, line in fitted.items():
        if line is None:
            continue
        c, d, _r, (t0, t1), _cov = line
        t = (P - c) @ d
        off = np.abs((P - c) @ np.array([-d[1], d[0]]))
        front = P[:, 0] < xe if (part == "in" or mirror) else P[:, 0] > xe
        sel = (off <= tol) & (t >= t0 - tol) & (t <= t1 + tol) & front
        out[ys[sel], xs[sel]] = True
    return out


def _fit_line(mask: np.ndarray):
    """Total-least-squares line through a mask's pixels: (centre, unit direction, rms off-line px,
    extent along the line (t0, t1), coverage of that extent) or None for fewer than 6 pixels."""
    ys, xs = np.nonzero(mask)
    if len(xs) < 6:
        return None
    P = np.column_stack([xs + 0.5, ys + 0.5]).astype(float)
    c = P.mean(axis=0)
    _u, _s, vt = np.linalg.svd(P - c, full_matrices=False)
    d = vt[0]
    t = (P - c) @ d
    off = (P - c) @ np.array([-d[1], d[0]])
    t0, t1 = float(t.min()), float(t.max())
    bins = np.unique(np.floor(t - t0).astype(int))
    cover = len(bins) / max(1.0, (t1 - t0) + 1)
    return c, d, float(np.sqrt((off ** 2).mean())), (t0, t1), cover


def _dist(line, p) -> float:
    c, d = line[0], line[1]
    v = np.asarray(p, float) - c
    return float(abs(v[0] * d[1] - v[1] * d[0]))


def _tip_overshoot(st: dict, height: float) -> float:
    """px by which an object or image arrow's measured tip lies beyond its drawn point: the 1-px outline
    of its head (``optics_draw._arrow``: half-width ``head_half_width``, length ``head_length`` or 0.4 of a
    short arrow) reaches half a stroke / sin(half the tip angle) past the point (a mitred join)."""
    hl = min(float(st["head_length"]), 0.4 * max(height, 1.0))
    return 0.5 / math.sin(math.atan2(float(st["head_half_width"]), hl))


def _arrow_obs(mask: np.ndarray, y_axis: float, skip: float = 0.0):
    """(x of the shaft, y of the tip farthest from the axis, fill of the shaft column 0–1) or None. The
    fill leaves out the ``skip`` px next to the axis, where an arrow standing on a marked point (the object
    at 2F, the image at 2F′) runs under its dot."""
    ys, xs = np.nonzero(mask)
    if len(xs) < 6:
        return None
    x = float(np.median(xs)) + 0.5
    far = np.argmax(np.abs(ys + 0.5 - y_axis))
    y_tip = float(ys[far]) + (1.0 if ys[far] + 0.5 > y_axis else 0.0)
    col = mask[:, int(x)]
    k = int(math.ceil(skip))
    lo, hi = sorted((int(y_axis) + (k if y_tip > y_axis else -k), int(y_tip)))
    span = col[lo:hi + 1]
    # the head is solid either way: measure the shaft only (the part nearer the axis)
    if y_tip < y_axis:
        shaft = span[-max(1, int(len(span) * 0.6)):]
    else:
        shaft = span[: max(1, int(len(span) * 0.6))]
    return x, y_tip, float(shaft.mean()) if len(shaft) else 0.0


def _unseen_gap(ink: np.ndarray, a, b) -> float:
    """The longest stretch (px) of bare page on the segment a → b (px, x right, y down) of ``rgb``. An
    extension that ends short of the image tip because other strokes cross it there (a solid ray meeting
    the tip at a shallow angle, the arrowhead) is hidden, not short: only page between its visible end and
    the tip is a gap. ``ink``: the figure's ink mask (``nesy.see.rays.ink_mask``: contrast with the page);
    a sample is ink when its pixel or a neighbour is (anti-aliased edges and a degraded copy's blur)."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    L = float(np.hypot(*(b - a)))
    if L < 1.0:
        return L
    h, w = ink.shape[:2]
    n = int(math.ceil(2 * L)) + 1
    run = best = 0.0
    for t in np.linspace(0.0, 1.0, n):
        x, y = a + t * (b - a)
        c, r = int(x), int(y)
        hit = ink[max(0, r - 1):min(h, r + 2), max(0, c - 1):min(w, c + 2)].any()
        run = 0.0 if hit else run + L / (n - 1)
        best = max(best, run)
    return best


def _said(facts: list, *whats: str) -> str:
    """The user's words for the scene's facts of the named kinds (``scene.attr("facts")``), for a check."""
    return "; ".join(x["span"]["text"] for x in facts if x["what"] in whats)


def stated_checks(facts: list, o: "Optics", text: str = "") -> list[Check]:
    """Each value the text states ("|f| = 15 cm", "R = 40 cm", "object at 30 cm", "m = -2") against the system
    the figure is drawn from (the pixel checks hold the drawing to that system, so the drawing holds the
    text's value): a stated value the solve replaced by a default fails here. Magnitudes in cm (the text's
    signs are read by either convention, ``optics_signs``); a magnification written with its sign keeps it. A
    value written with decimals or marked approximate in ``text`` is held to that precision ("about 16.7 cm"
    for 16.67 cm; nesy/solve/precision.py), as the solve holds it."""
    from ..solve.precision import half_width
    got = {"f": abs(o.f), "R": abs(2 * o.f), "do": abs(o.do), "di": abs(o.di), "ho": abs(o.ho), "hi": abs(o.hi),
           "absm": abs(o.m)}
    out: list[Check] = []
    for x in facts:
        w, v = x["what"], x.get("value")
        if v is None or w not in got and w != "m":
            continue
        want, obs = (float(v), o.m) if w == "m" else (abs(float(v)), got[w])
        tol = max(1e-6 * max(1.0, abs(want)), float(half_width(x["span"], Fraction(repr(abs(want))), context=text)))
        out.append(Check("stated_value", (w,), round(obs, 6), round(want, 6), tol, abs(obs - want) <= tol,
                         x["span"]["text"]))
    return out


def _nesy_layout(scene: SceneGraph) -> Layout | None:
    """nesy's own layout of the scene (where its axis, element, object and image are), or None when the
    scene cannot be drawn (then no figure of it is nesy's)."""
    from ..errors import NesyError
    try:
        return layout_optics(scene)
    except NesyError:
        return None


def _nesy_drawn(full: np.ndarray, lay: Layout) -> bool:
    """Whether the image is nesy's own drawing of the scene, colour-agnostically (either palette, clean
    or degraded): its aspect is the canvas's (±2 %), and, brought to canvas size, a line runs along nesy's
    axis row (±3 px, over 60 % of the width) and at least two of the element, the object arrow and the
    image arrow stand where nesy's layout puts them (ink in their column ±3 px over 60 % of their extent;
    a dashed image 40 %). Another tool's figure has its own layout; nesy's with one part removed or moved
    keeps the rest, and is then judged by the palette reader."""
    from ..see import scale_from_size, to_canvas
    from ..see.rays import ink_mask
    W, H = lay.width, lay.height
    h, w = full.shape[:2]
    if not h or abs((w / h) / (W / H) - 1.0) > 0.02:
        return False
    ink = ink_mask(to_canvas(full, scale_from_size(w, h, (W, H))))
    hh, ww = ink.shape
    ya = float(lay.extra("axis_y"))

    def cover(x: float, y0: float, y1: float) -> float:
        x0, x1 = max(0, int(x) - 3), min(ww, int(x) + 4)
        y0, y1 = sorted((int(round(y0)), int(round(y1))))
        y0, y1 = max(0, y0), min(hh, y1)
        if x1 <= x0 or y1 - y0 < 3:
            return 0.0
        return float(ink[y0:y1, x0:x1].any(axis=1).mean())
    rows = [ink[y].mean() for y in range(int(ya) - 3, int(ya) + 4) if 0 <= y < hh]
    if not rows or max(rows) < 0.6:
        return False
    eh = float(lay.extra("element_half_height"))
    eb = float(lay.extra("element_half_height_below", eh))
    parts = [cover(lay.extra("element_x"), ya - eh, ya + eb) >= 0.6,
             cover(lay.extra("object_x"), lay.extra("object_tip_y"), ya - 2) >= 0.6,
             cover(lay.extra("image_x"), lay.extra("image_tip_y"), ya) >= 0.4]
    return sum(parts) >= 2


def _palette_of(full: np.ndarray) -> dict[str, Any]:
    """The palette variant a nesy figure was drawn in: colour when ≥ 100 px are strongly chromatic
    (channel spread ≥ 60 of 255: the rays, arrows and element of the colour palette have ≥ 2,000; a grey
    figure none, clean, blurred, compressed or shifted), else grey."""
    a = full[..., :3].astype(np.int16)
    if int(((a.max(axis=2) - a.min(axis=2)) >= 60).sum()) >= 100:
        return _style()
    from ..render.style import science_style
    return science_style("optics", palette="grey")


def _element_pixels(elm: np.ndarray, ya: float, mirror: bool, sc: float, top: float):
    """The element in ``elm`` (the mask of its colour class, px): (x of the lens line or the mirror's vertex,
    the share of rows between its ends it covers, its shorter reach from the axis, (top row, bottom row)),
    or None when nothing crosses the axis ≥ 20 px both ways. The element is the column band reaching
    farthest both ways (the axis band ±3 px left out, and the title above ``top``): text, arrows and the
    axis's points reach one way or a few px. A lens: the densest columns ±3 px (× ``sc``); a mirror: ±14 px
    (its arc bends ≤ 10 px), its vertex the arc's front (object-side) edge in the rows 3–10 px from the
    axis plus half its 3-px stroke — the hatching is behind it."""
    H, W = elm.shape
    b = int(math.ceil(3 * sc))
    m = elm.copy()
    m[:max(0, int(top))] = False
    m[max(0, int(ya) - b):int(ya) + b + 1] = False
    up = m[:int(ya)].sum(axis=0)
    down = m[int(ya):].sum(axis=0)
    both = np.minimum(up, down).astype(float)
    c = int(np.argmax(both))
    if both[c] < 20:
        return None
    half = int(math.ceil((14 if mirror else 3) * sc))
    lo, hi = max(0, c - half), min(W, c + half + 1)
    band = np.zeros_like(m)
    band[:, lo:hi] = m[:, lo:hi]
    if mirror:
        fronts = []
        for r in list(range(int(ya - 10 * sc), int(ya - 3 * sc))) + list(range(int(ya + 3 * sc) + 1, int(ya + 10 * sc) + 1)):
            xs = np.flatnonzero(band[r]) if 0 <= r < H else []
            if len(xs):
                fronts.append(float(xs[0]))
        if not fronts:
            return None
        xe = float(np.median(fronts)) + 1.5
    else:
        idx = np.arange(lo, hi)
        w = both[idx]
        xe = float((idx * w).sum() / max(w.sum(), 1e-9)) + 0.5
    occ = np.flatnonzero(band.any(axis=1))
    ey0, ey1 = int(occ.min()), int(occ.max())
    rows = [r for r in range(ey0, ey1 + 1) if not (int(ya) - b <= r <= int(ya) + b)]
    cover = float(band.any(axis=1)[rows].mean()) if rows else 0.0
    return xe, cover, float(both[c]), (ey0, ey1)


def _axis_dots(axm: np.ndarray, ya: float, r: float) -> list[float]:
    """x (px) of the dots of radius ``r`` on the axis row ``ya`` in the black mask ``axm``: runs of at
    least ``r`` columns with ≥ r + 3 black rows in the band ya ± (r + 4). The axis itself is 1 row (≤ 4
    blurred), a hatch stroke 1 per column, the points' names start 11 px under the axis — none is a dot."""
    y0, y1 = max(0, int(ya - r - 4)), int(ya + r + 5)
    cnt = axm[y0:y1].sum(axis=0)
    flags = cnt >= r + 3
    idx = np.flatnonzero(flags)
    if not len(idx):
        return []
    cuts = np.flatnonzero(np.diff(idx) > 1)
    out = []
    for run in np.split(idx, cuts + 1):
        if len(run) >= max(2.0, r):
            w = cnt[run].astype(float)
            out.append(float((run * w).sum() / w.sum()) + 0.5)
    return out


def verify_optics(png: bytes, scene: SceneGraph) -> Verdict:
    """Check the figure's pixels against the equations (the module docstring says how each part is found):
    with the scale read off the object arrow, the image's position, height, orientation and stroke (solid
    real / dashed virtual), the element's stroke and span, the marked points on the axis, and every
    principal ray's line through its required points; virtual images' backward extensions dashed and
    reaching the image. Not nesy's layout, or nesy's grey figure degraded: ``_verify_by_shape``."""
    from ..see import scale_from_size, to_canvas
    from .regionbase import read_png
    full = read_png(png)
    lay = _nesy_layout(scene)
    if lay is None or not _nesy_drawn(full, lay):
        # not nesy's layout of this scene (another tool's figure, in its own palette; on a page, a slide:
        # cropped to it): read by shape
        from ..see.page import figure_of
        return _verify_by_shape(figure_of(full, text=scene.text), scene)
    st = _palette_of(full)
    img = _read(full, st)
    if st is not _style() and not img.exact:
        # a grey figure degraded: its near-black classes cannot be told apart any more; it is read by
        # shape, as a black-and-white figure of another tool is (at canvas size: a halved copy's 1-px axis
        # and 3-px shafts would be under the shape reader's stroke sizes)
        return _verify_by_shape(to_canvas(full, scale_from_size(full.shape[1], full.shape[0],
                                                                (lay.width, lay.height))), scene)
    tol = dict(st["tolerance"])
    sc = 1.0
    if not img.exact:
        # a degraded copy: pixel tolerances × the image's scale (its size against nesy's canvas) + 1 px of
        # edge uncertainty (blur σ ≤ 1.5, JPEG, resampling); coverage fractions are ratios and stay
        sc = scale_from_size(full.shape[1], full.shape[0], (lay.width, lay.height))
        if sc < 0.97:
            # a shrunk copy: its 2-px rays are ≤ 1 px, mixed with the page and read as their own pale
            # extension colour; brought back to canvas size they are 2-px strokes again (tolerances as at 1×)
            full = to_canvas(full, sc)
            img = _read(full, st)
            sc = 1.0
        for k in ("point_px", "position_px", "height_px", "parallel_px"):
            tol[k] = float(tol[k]) * max(sc, 1.0) + 1.0
    o = solve_optics(scene)
    facts = scene.attr("facts", [])
    el = scene.attr("element")
    checks: list[Check] = stated_checks(facts, o, scene.text)
    if lay.extra("far") is not None:
        # a far object: an overview band and a detail with a broken axis (optics_far), read exactly only
        from .optics_far import verify_far
        return Verdict(tuple(checks + list(verify_far(full, img, st, lay, o, facts, el, tol))), rounds=1)

    if img.exact:
        # the values line (f, dₒ, dᵢ, m) as the figure sets it: its ink against the line drawn from the
        # solved system, with the same typography (Label.math: italic symbols, subscripts, a true minus).
        # nesy's crisp PNG gives the very line 0.000; one digit changed in it ≥ 0.017 (a long line's ink)
        from ..see.lines import darkness, text_mismatch
        for lb in lay.labels:
            if lb.math:
                miss, _ = text_mismatch(darkness(full), lb.text, lb.size, lb.x, lb.y, lb.anchor, search=2, math_=True)
                checks.append(Check("label", (lb.text,), round(miss, 3), "<= 0.005", 0.005, miss <= 0.005,
                                    _said(facts, "f", "R", "do", "di", "m", "absm")))
    axm = _mask(img, st["axis_color"])
    rows = axm.sum(axis=1)
    ok_axis = rows.max() > 0.3 * img.labels.shape[1]
    checks.append(Check("axis_found", ("axis",), int(rows.max()), "a horizontal line", 0, bool(ok_axis), ""))
    ya = float(np.argmax(rows)) + 0.5
    # the element: its own code when read exactly; a degraded copy merges it with the black axis, points
    # and text (``_read``), and it is then the stroke that crosses the axis farthest both ways
    found = _element_pixels(_mask(img, st["element_color"]), ya, el["kind"] == "mirror", max(sc, 1.0),
                            float(st["top"]) * max(sc, 1.0) - 4) if ok_axis else None
    checks.append(Check("element_found", ("element",), None if found is None else round(found[2], 1),
                        ">= 20 px both ways", 0, found is not None, el["span"]["text"]))
    obj = _mask(img, st["object_color"])
    skip = (float(st["focus_radius"]) + 2) * max(sc, 1.0)   # the dot's radius + its blur
    oa = _arrow_obs(obj, ya, skip) if ok_axis else None
    checks.append(Check("object_found", ("object",), None if oa is None else [round(oa[0], 1), round(oa[1], 1)],
                        "an arrow", 0, oa is not None and oa[1] < ya, _said(facts, "do", "ho")))
    if not (ok_axis and found is not None and oa is not None and oa[1] < ya):
        return Verdict(tuple(checks))
    xe, cover, _reach, (ey0, ey1) = found
    # the element is one whole stroke: its line (lens) or arc (mirror) covers the rows between its ends
    # (the lens's arrowheads and the 2-px rays crossing it leave gaps of a few rows)
    checks.append(Check("element_stroke", ("element",), round(cover, 3), ">= element_cover", tol["element_cover"],
                        cover >= float(tol["element_cover"]), el["span"]["text"]))
    ox, oty, ofill = oa
    sx = (xe - ox) / o.do
    # the scale from the object's drawn height: its tip as measured less the head outline's mitre beyond
    # the drawn point (about 1 px, which the image's |m| would otherwise multiply: a ×5 image came out 7 px
    # "short" of an expected height inflated by it)
    d_o = _tip_overshoot(st, abs(ya - oty) / sc) * sc
    sy = (abs(ya - oty) - d_o) / o.ho * (1.0 if oty < ya else -1.0)
    checks.append(Check("object_solid", ("object",), round(ofill, 3), ">= solid_min", tol["solid_min"],
                        ofill >= float(tol["solid_min"]), ""))
    side = -1.0 if o.kind == "mirror" else 1.0
    # the image, where the equation puts it in the figure's scale
    im = _mask(img, st["image_color"])
    ia = _arrow_obs(im, ya, skip)
    img_phrase = _said(facts, "di", "real", "virtual", "side")
    if ia is None:
        checks.append(Check("image_found", ("image",), 0, "an arrow", 0, False, img_phrase))
        return Verdict(tuple(checks))
    ix, ity, ifill = ia
    ex_x = xe + side * o.di * sx
    ex_y = ya - o.hi * sy
    ex_y += math.copysign(_tip_overshoot(st, abs(ya - ex_y) / sc) * sc, ex_y - ya)   # the image's mitre, as measured
    # the scale is read off the object to ±1 px, so the tolerance grows with the image/object ratio
    pt = float(tol["position_px"])
    ptx = pt + abs(o.di) / o.do
    hty = float(tol["height_px"]) + abs(o.m)
    checks.append(Check("image_position", ("image", "element"), round(ix, 2), round(ex_x, 2), round(ptx, 2),
                        abs(ix - ex_x) <= ptx, img_phrase or "1/f = 1/d_o + 1/d_i"))
    checks.append(Check("image_height", ("image",), round(ya - ity, 2), round(ya - ex_y, 2), round(hty, 2),
                        abs(ity - ex_y) <= hty, _said(facts, "hi", "m", "absm", "enlarged", "reduced")))
    checks.append(Check("image_orientation", ("image",), "inverted" if ity > ya else "upright",
                        "inverted" if o.m < 0 else "upright", 0, (ity > ya) == (o.m < 0), _said(facts, "inverted", "upright", "m")))
    want_solid = o.real
    stroke_ok = ifill >= float(tol["solid_min"]) if want_solid else ifill <= float(tol["dashed_max"])
    checks.append(Check("image_stroke", ("image",), round(ifill, 3), "solid" if want_solid else "dashed",
                        tol["solid_min"] if want_solid else tol["dashed_max"], stroke_ok, _said(facts, "real", "virtual")))
    # the element is taller than every ray that meets it: it reaches past both arrows' tips, both ways — or,
    # where the plot grew for one large arrow (``optics_draw.tall_plot``), past each arrow on its own side
    reach = max(ya - oty, abs(ya - ity))
    span = min(ya - ey0, ey1 - ya)
    if float(lay.extra("element_half_height_below", 0.0)) != float(lay.extra("element_half_height", 0.0)):
        # (observed: the smaller of the element's margins past the arrows above and below the axis)
        span = min((ya - ey0) - max(ya - oty, ya - ity), (ey1 - ya) - max(0.0, ity - ya))
        reach = 0.0
    checks.append(Check("element_spans_arrows", ("element",), round(span, 1), ">= the taller arrow",
                        round(reach, 1), span >= reach, el["span"]["text"]))
    # the points on the axis: F, F′, 2F, 2F′ of a lens; F and C of a mirror — black dots
    fpts = {"F": -o.f, "F′": o.f, "2F": -2 * o.f, "2F′": 2 * o.f} if o.kind == "lens" else {"F": -o.f, "C": -2 * o.f}
    # which points are marked is the drawing's choice (2F, 2F′ where the axis drawn reaches them); where
    # each one is, is the equations' (x_e ± f, ± 2f in the figure's scale read off the object)
    marked = {sh.id[len("focus_"):] for sh in lay.shapes if sh.id.startswith("focus_")}
    fpts = {k: x for k, x in fpts.items() if k in marked}
    dots = _axis_dots(axm, ya, float(st["focus_radius"]) * max(sc, 1.0))
    # (a degraded copy's black class holds the element too, and a mirror's hatching: no dot is read there)
    lo, hi = (xe - 12 * max(sc, 1.0), xe + 12 * max(sc, 1.0)) if el["kind"] == "lens" else \
        (xe - 8 * max(sc, 1.0), xe + (float(st["hatch_length"]) + 10) * max(sc, 1.0))
    dots = [d for d in dots if not lo <= d <= hi]
    seen_f: dict[str, tuple[float, float]] = {}
    checks.append(Check("axis_points", ("axis",), len(dots), len(fpts), 0, len(dots) == len(fpts), _said(facts, "f", "R")))
    for name, x in fpts.items():
        exp = xe + x * sx
        ftol = pt + abs(x) / o.do
        if not dots:
            checks.append(Check("focal_point", (name,), None, round(exp, 2), pt, False, _said(facts, "f", "R")))
            continue
        fx = min(dots, key=lambda d: abs(d - exp))
        if abs(fx - exp) <= ftol:
            seen_f[name] = (fx, ya)
        checks.append(Check("focal_point", (name,), round(fx, 2), round(exp, 2), round(ftol, 2),
                            abs(fx - exp) <= ftol, _said(facts, "f", "R")))
    # the principal rays: each part a straight line through its required points
    ptol = float(tol["point_px"])
    E = (xe, ya)
    T_obj = (ox, oty)
    T_img = (ix, ity)
    f_in = seen_f.get("F", (xe - o.f * sx, ya))
    f_out = seen_f.get("F′" if o.kind == "lens" else "F", (xe + side * o.f * sx, ya))
    need = {
        "centre": ({"object tip": T_obj, "element centre": E}, {"element centre": E, "image tip": T_img}),
        "parallel": ({"object tip": T_obj, "parallel": None}, {"F′" if o.kind == "lens" else "F": f_out,
                                                              "image tip": T_img}),
        "focal": ({"object tip": T_obj, "F": f_in}, {"parallel": None, "image tip": T_img}),
    }
    ink = None   # the figure's ink, read once when an extension is judged (``_unseen_gap``)
    from .optics_heads import read_heads
    # which segments carry a head is the drawing's choice (none on one too short); which way it points is
    # the light's
    head_ids = {sh.id for sh in lay.shapes if sh.id.startswith("_head_")}
    shade = None if img.exact else (255.0 - full.min(axis=2).astype(float)) / 255.0
    for name, (req_in, req_out) in need.items():
        cols = st["ray_colors"][name]
        solid = dashes = None
        if not img.exact:
            solid, dashes = _solid_and_dashes(img.mask(cols["in"].upper()), img.mask(cols["ext"].upper()), sc)
        parts = _ray_parts(img, cols, xe, o.kind == "mirror", T_obj, solid, 1.0 if img.exact else sc)
        if not img.exact:
            # pixels JPEG left unreadable along a solid 2-px ray: gaps up to 4 px are bridged (a dashed
            # stroke's gaps are 5 px, and only solid rays are closed)
            from scipy import ndimage as ndi
            parts = {k: ndi.binary_closing(v, iterations=2) & ndi.binary_dilation(v, iterations=2) | v
                     for k, v in parts.items()}
        fitted = {}
        for part, req in (("in", req_in), ("out", req_out)):
            # the segment's arrowhead read and taken off it before its line is judged (``optics_heads``)
            line0 = _fit_line(parts[part])
            bare, heads = read_heads(parts[part], line0, st, sc, img.exact, shade)
            line = fitted[part] = _fit_line(bare) if heads else line0
            args = (f"ray_{name}", part)
            if line is None:
                checks.append(Check("ray_found", args, 0, "a line", 0, False, ""))
                continue
            checks += _head_checks(args, heads, line, f"_head_ray_{name}_{part}" in head_ids, part, xe)
            rms_tol = 1.5 if img.exact else 2.0   # a blurred 2-px stroke is ≈ 1 px wider
            checks.append(Check("ray_straight", args, round(line[2], 3), 0.0, rms_tol, line[2] <= rms_tol, ""))
            checks.append(Check("ray_solid", args, round(line[4], 3), ">= solid_min", tol["solid_min"],
                                line[4] >= float(tol["solid_min"]), ""))
            for what, p in req.items():
                if p is None:
                    dy = abs(line[1][1]) * (line[3][1] - line[3][0])
                    checks.append(Check("ray_parallel_to_axis", args, round(dy, 2), 0.0, tol["parallel_px"],
                                        dy <= float(tol["parallel_px"]), ""))
                else:
                    dd = _dist(line, p)
                    checks.append(Check("ray_through", args + (what,), round(dd, 2), 0.0, ptol, dd <= ptol,
                                        _said(facts, "f", "R") if what in ("F", "F′") else ""))
        ext = _mask(img, cols["ext"])
        if not img.exact:
            # degraded: the extension is the ray's dash-sized pieces (``_solid_and_dashes``), whatever
            # their shade. Pixels within 3 px of the solid ray are its blurred rim, and a dash is ≥ 8 px
            # (6 × 2 drawn)
            from scipy import ndimage as ndi
            from ..see import drop_small
            near = ndi.binary_dilation(parts["in"] | parts["out"] | img.mask(cols["in"].upper()), iterations=3)
            near |= _on_parts(dashes, fitted, xe, o.kind == "mirror", 3.0 * max(sc, 1.0))
            ext = drop_small(dashes & ~near, 8)
        n_ext = int(ext.sum())
        if o.real:
            checks.append(Check("no_extension", (f"ray_{name}",), n_ext, 0, 0, n_ext == 0, _said(facts, "real")))
            continue
        line = _fit_line(ext)
        if line is not None and not img.exact:
            # JPEG leaves some pale dashes only 2–7 px readable (dropped above as specks): the dashes
            # on the line of the well-read ones (within 2.5 px: half a blurred 2-px stroke + 1 px) are
            # the extension too, so its ends are where it was drawn
            c, d = line[0], line[1]
            bits = drop_small(dashes & ~near, 2)
            yy, xx = np.nonzero(bits)
            off = np.abs((np.column_stack([xx + 0.5, yy + 0.5]) - c) @ np.array([-d[1], d[0]]))
            on = np.zeros_like(bits)
            on[yy[off <= 2.5], xx[off <= 2.5]] = True
            line = _fit_line(ext | on)
        if line is None or line[3][1] - line[3][0] < 25:
            continue  # hidden behind the ray itself (a diverging lens's central ray), or too short to judge
        c, d, _rms, (t0, t1), cover = line
        ends = [c + t0 * d, c + t1 * d]
        end = min(ends, key=lambda e: math.hypot(*(e - np.asarray(T_img))))
        if ink is None:
            from ..see.rays import ink_mask
            ink = ink_mask(full)
        reach = _unseen_gap(ink, end, T_img) if _dist(line, T_img) <= ptol + 1.0 else \
            math.hypot(*(end - np.asarray(T_img)))
        checks.append(Check("extension_dashed", (f"ray_{name}",), round(cover, 3), "dashed", tol["dashed_max"],
                            cover <= float(tol["dashed_max"]), _said(facts, "virtual")))
        # degraded: the three extensions and the dashed image arrow meet at the image tip, where blur/JPEG
        # mix their pale colours — the last two dashes (2 × (dash + gap) px) may not read as this ray's
        rtol = ptol + 4 + (0.0 if img.exact else 2.0 * (float(st["dash"]) + float(st["gap"])))
        checks.append(Check("extension_reaches_image", (f"ray_{name}",), round(reach, 2), 0.0, round(rtol, 2),
                            reach <= rtol, _said(facts, "virtual")))
    return Verdict(tuple(checks), rounds=1)


def _head_checks(args: tuple, heads: list, line, want: bool, part: str, xe: float) -> list[Check]:
    """A ray segment's arrowheads (``optics_heads.read_heads``) against nesy's drawing of it: one head where
    the layout draws one (none where it draws none), pointing the way the light travels — the incident
    segment towards its end at the element (x ``xe``), the refracted/reflected one away from it (Hecht
    ch. 5; Halliday–Resnick ch. 34). The segment's end at the element is the one nearer it along the axis."""
    out = [Check("ray_arrowhead", args, len(heads), 1 if want else 0, 0, len(heads) == (1 if want else 0), "")]
    if not heads:
        return out
    c, d, _rms, (t0, t1) = line[0], line[1], line[2], line[3]
    ends = sorted((c + t0 * d, c + t1 * d), key=lambda e: abs(float(e[0]) - xe))
    v = (ends[0] - ends[1]) if part == "in" else (ends[1] - ends[0])
    head = max(heads, key=lambda h: h[2])
    along = float(v @ np.asarray(head[1]))
    seen = "along the light" if along > 0 else "against the light" if along < 0 else "unclear"
    out.append(Check("ray_direction", args, seen, "along the light", 0, along > 0, ""))
    return out


def _verify_by_shape(rgb: np.ndarray, scene: SceneGraph) -> Verdict:
    """A ray diagram another tool drew (not nesy's layout of the scene), read by shape (``nesy.see.rays``) and checked
    with scale-free laws: the figure's own scale is not known, so the horizontal scale is the object's
    distance from the element in px over d_o, and heights are compared as ratios to the object's.

    Checks: axis, element and object found, one element and one image arrow; the image arrow at the x the equation puts it
    (x_e ∓ d_i · scale, on the side its sign says), its height m · h_o(px), its orientation (sign of m),
    its stroke (solid real, dashed virtual; read only where a shaft shows under the head), a lens's kind where
    its section (thick or thin at the axis) or its symbol's ends state one, the values the figure writes
    (OCR: each named value the text's, each dimension line as long as its value — ``optics_labels``), and
    the ray that arrives parallel to the axis leaving (or seeming to leave) through the focal point.

    Tolerances follow the reading error δ of one stroke's position (``RayDiagram.measurement_px``: 1 px +
    half the shaft width): the image x depends on three readings (element, object, image), the object's
    two through the scale, weighted by |d_i|/d_o — δ·(2 + |d_i|/d_o) + δ; a height on two tips, the
    object's weighted by |m| — (δ + 1.5)·(1 + |m|) (a filled head's point is anti-aliased away by up to
    1.5 px); the focal crossing of a ray on the scale as for the image, plus the crossing's shift from a
    δ error at the element, δ / |slope|. A figure with an injected error is off by far more (a 30 % shift
    of a distance is ≥ 10 δ in every case of ``benchmarks/other_tools/optics.py``)."""
    from ..see.rays import read_ray_diagram
    o = solve_optics(scene)
    facts = scene.attr("facts", [])
    el = scene.attr("element")
    checks: list[Check] = []

    d = read_ray_diagram(rgb)
    why = "; ".join(d.missing)
    checks.append(Check("axis_found", ("axis",), d.axis_y is not None, "a horizontal line", 0, d.axis_y is not None,
                        why if d.axis_y is None else ""))
    if d.axis_y is None:
        return Verdict(tuple(checks))
    ya, xe = d.axis_y, d.element_x
    checks.append(Check("element_found", ("element",), None if xe is None else round(xe, 1),
                        "a stroke crossing the axis", 0, xe is not None, el["span"]["text"]))
    if xe is None:
        return Verdict(tuple(checks))
    checks.append(Check("one_element", ("element",), d.n_elements, 1, 0, d.n_elements == 1, el["span"]["text"]))
    # the object: the solid upright arrow (a virtual image on its side is dashed, a real one inverted);
    # with several, the leftmost (light travels left to right in a ray diagram)
    cands = [a for a in d.arrows if a.height > 0 and a.solid]
    obj = cands[0] if cands else None
    checks.append(Check("object_found", ("object",), None if obj is None else [round(obj.x, 1), round(obj.tip_y, 1)],
                        "a solid upright arrow", 0, obj is not None and abs(obj.x - xe) > d.element_half,
                        _said(facts, "do", "ho")))
    if obj is None or abs(obj.x - xe) <= d.element_half:
        return Verdict(tuple(checks))
    if o.kind == "mirror":
        # a curved mirror's shape: a concave (converging, f > 0) mirror's ends bend towards the object
        # (its centre of curvature is on the object's side), a convex one's away (Hecht ch. 5). Read on the
        # stroke's front edge (``RayDiagram.element_bend``); a mirror drawn straight (bend within the
        # stroke's reading error, 2 δ) states no shape and is not judged
        bend = d.element_bend(obj.x)
        thr = 2.0 * d.measurement_px
        if bend is not None and abs(bend) > thr:
            want = "concave" if o.f > 0 else "convex"
            seen = "concave" if bend > 0 else "convex"
            checks.append(Check("mirror_shape", ("element",), f"{seen} ({bend:+.1f} px)", want, round(thr, 2),
                                seen == want, el["span"]["text"]))
    if o.kind == "lens":
        # a lens drawn as its section: thicker at the axis than at its ends converges, thinner diverges
        # (``RayDiagram.lens_outline``; Hecht §5.2.3); else a lens symbol's ends: outward points for a
        # converging lens, flat flared ends for a diverging one (``RayDiagram.lens_ends``); a plain line says
        # nothing and is not judged
        stroke = float(np.median([a.width for a in d.arrows])) if d.arrows else 1.0
        seen = d.lens_outline(stroke) or d.lens_ends()
        if seen is not None:
            want = "converging" if o.f > 0 else "diverging"
            checks.append(Check("lens_kind", ("element",), seen, want, 0, seen == want, el["span"]["text"]))
    # the values the figure writes (OCR): each named one the text's, each dimension line as long as its
    # value on the figure's scale, a bare one a length the figure draws (``optics_labels``)
    from .optics_labels import label_checks, read_texts
    texts = read_texts(rgb)
    checks += label_checks(rgb, texts, o, d, obj, facts)

    def in_text(a) -> bool:
        # a glyph of a label written on the axis ("1" of "1 cm": a flag on a stem) reads as a small arrow:
        # one lying wholly within a line of text read there is that text
        y0, y1 = sorted((a.tip_y, ya))
        return any(bx0 - 2 <= a.x - a.width <= a.x + a.width <= bx1 + 2 and by0 - 2 <= y0 and y1 <= by1 + 2
                   for _t, (bx0, by0, bx1, by1), _s in texts)
    rest = [a for a in d.arrows if a is not obj and abs(a.x - xe) > d.element_half and not in_text(a)]
    img_phrase = _said(facts, "di", "real", "virtual", "side")
    if not rest:
        checks.append(Check("image_found", ("image",), 0, "an arrow", 0, False, img_phrase))
        return Verdict(tuple(checks))
    im = max(rest, key=lambda a: abs(a.height))
    checks.append(Check("one_image", ("image",), len(rest), 1, 0, len(rest) == 1, img_phrase))
    delta = d.measurement_px
    s_o = 1.0 if obj.x > xe else -1.0          # the object's side of the element
    side = -1.0 if o.kind == "mirror" else 1.0  # a mirror's real image is on the object's side
    sx = abs(xe - obj.x) / o.do                # px per cm, horizontally
    ex_x = xe - s_o * side * o.di * sx
    ptx = delta * (3 + abs(o.di) / o.do)
    # dots marked on the axis (``RayDiagram.axis_dots``) mark the element's named points: F and 2F on
    # either side of a lens, a mirror's F and C (= 2F) — at f and 2f from the element on the figure's own
    # scale. A dot anywhere else marks a focal length other than the stated one (F drawn at 2f puts "2F"
    # at 4f). Tolerance as for a position read through the scale: δ·(3 + 2|f|/d_o)
    if d.axis_dots:
        named = [xe + sg * j * abs(o.f) * sx for j in (1, 2) for sg in (1, -1)]
        mtol = delta * (3 + 2 * abs(o.f) / o.do)
        for xd in d.axis_dots:
            off = min(abs(xd - xn) for xn in named)
            checks.append(Check("axis_mark", ("dot", round(xd, 1)), round(off, 2), "at F or 2F (C)", round(mtol, 2),
                                off <= mtol, _said(facts, "f", "R")))
    checks.append(Check("image_position", ("image", "element"), round(im.x, 2), round(ex_x, 2), round(ptx, 2),
                        abs(im.x - ex_x) <= ptx, img_phrase or "1/f = 1/d_o + 1/d_i"))
    ex_h = o.m * obj.height
    hty = (delta + 1.5) * (1 + abs(o.m))
    checks.append(Check("image_height", ("image",), round(im.height, 2), round(ex_h, 2), round(hty, 2),
                        abs(im.height - ex_h) <= hty, _said(facts, "hi", "m", "absm", "enlarged", "reduced")))
    checks.append(Check("image_orientation", ("image",), "upright" if im.height > 0 else "inverted",
                        "inverted" if o.m < 0 else "upright", 0, (im.height < 0) == (o.m < 0),
                        _said(facts, "inverted", "upright", "m")))
    from ..see.rays import DASHED_MAX, SOLID_MIN
    # the stroke (solid real, dashed virtual) is read only where a shaft shows under the head: an image
    # arrow that is all head states no stroke, and its real/virtual nature rests on where it stands (the
    # image_position check: which side of the element, how far)
    # (another tool may draw a virtual image solid — slide decks and many textbooks do, showing it virtual by
    # the dashed rays that seem to come from it and by where it stands, both checked —; a real image drawn
    # dashed claims to be virtual and is refused)
    if im.stroke_readable:
        stroke_ok = im.solid if o.real else (im.dashed or im.solid)
        checks.append(Check("image_stroke", ("image",), round(im.fill, 3), "solid" if o.real else "dashed or solid",
                            SOLID_MIN if o.real else DASHED_MAX, stroke_ok, _said(facts, "real", "virtual")))
    else:
        checks.append(Check("image_stroke", ("image",), f"no shaft to read ({im.shaft:.0f} px)",
                            "solid" if o.real else "dashed", 0, True, _said(facts, "real", "virtual")))
    # the ray arriving parallel to the axis at the object's tip height leaves the element through
    # (converging) or as if from (diverging) the focal point: its outgoing segment starts at the element at
    # that height, on the side light leaves to (a lens: the far side; a mirror: back to the object's side)
    hy = obj.tip_y
    out_side = -s_o if o.kind == "lens" else s_o
    xF = xe - s_o * side * o.f * sx
    reach = d.element_half + max(12.0, 0.3 * abs(xe - obj.x))   # crossing rays cut the ray into pieces
    outs = []
    for sg in d.segments:
        near_x = min(sg.x0, sg.x1) if out_side > 0 else max(sg.x0, sg.x1)
        mid = (sg.x0 + sg.x1) / 2
        if (mid - xe) * out_side <= 0 or abs(near_x - xe) > reach:
            continue
        if max(abs(sg.y0 - hy), abs(sg.y1 - hy)) <= 2 * delta + 1 or sg.distance(xe, hy) > 2 * delta + 1:
            continue   # the incoming ray (level with the tip), or a ray through another point
        outs.append(sg)
    name = "F′" if o.kind == "lens" else "F"
    if not outs:
        checks.append(Check("ray_found", ("ray_parallel", "out"), 0, "a line leaving the element at the "
                            "object's height", 0, False, _said(facts, "f", "R")))
        return Verdict(tuple(checks), rounds=1)
    seed = max(outs, key=lambda sg: sg.length)
    # the whole ray: every segment on the seed's line (rays crossing it cut it into pieces; a virtual
    # image's dashed extension continues it backwards), fitted as one line (total least squares)
    on = [sg for sg in d.segments if max(seed.distance(sg.x0, sg.y0), seed.distance(sg.x1, sg.y1)) <= 2.0]
    P = np.array([(sg.x0 + t * (sg.x1 - sg.x0), sg.y0 + t * (sg.y1 - sg.y0)) for sg in on
                  for t in np.linspace(0, 1, max(2, int(sg.length // 4)))])
    c = P.mean(axis=0)
    u = np.linalg.svd(P - c, full_matrices=False)[2][0]
    from ..see.rays import Segment
    ray = Segment(float(c[0]), float(c[1]), float(c[0] + u[0]), float(c[1] + u[1]))
    xc = ray.x_at(ya)
    slope = abs(u[1]) / max(abs(u[0]), 1e-9)
    ftol = delta * (3 + abs(o.f) / o.do) + delta / max(slope, 1e-3)
    checks.append(Check("ray_through", ("ray_parallel", "out", name), None if xc is None else round(xc, 2),
                        round(xF, 2), round(ftol, 2), xc is not None and abs(xc - xF) <= ftol, _said(facts, "f", "R")))
    return Verdict(tuple(checks), rounds=1)


# ---------------------------------------------------------------------------------------------
# the plug-in


@register("nesy.optics.v1")
class OpticsDomain(ExactRender):
    """Thin lenses and spherical mirrors: the lens/mirror equation, magnification, principal rays."""

    name = "nesy.optics.v1"
    key = "optics"
    # the measures this science draws from the text, a default standing in where none is given: an unread one
    # is refused by the pipeline (nesy.parse.quantities.unread_quantities), never drawn at another value
    drawn_quantities = ("m", "D")             # distances, heights and focal lengths; a lens power in dioptres

    def score(self, text: str) -> float:
        """Fraction (0–1, plus a small bonus per hit) of the content words that are optics vocabulary."""
        return _score(text)

    def parts_left_out(self, text: str, scene: SceneGraph) -> list[tuple[int, int]]:
        """Spans of an element's aperture ("diameter 4.0 cm", "5 cm across"): a size across the axis, which a ray
        diagram does not fix (its principal rays are drawn through the element's plane, extended where needed —
        Hecht, Optics, 5th ed., ch. 5, ray diagrams of thin lenses), so no default stands in for it; listed as not drawn, never a distance."""
        return _apertures(text)

    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        return parse_optics(text, allow_unknown=allow_unknown)

    def denies_nothing_drawn(self, phrase: str) -> bool:
        """Whether an unread negated ``phrase`` ("never point the instrument at the sun", a clause read whole by
        ``optics_words.negated_asides``) denies nothing the ray diagram draws (``optics_words.denies_nothing_drawn``)."""
        from .optics_words import denies_nothing_drawn
        g = _grammar()
        vocab = {w for key in ("element_adjectives", "object_words", "image_words", "element_types", "real", "virtual",
                               "inverted", "upright", "enlarged", "reduced") for p in g[key]
                 for w in re.split(r"[\s\-]+", str(p).lower())}
        vocab |= {w for p in g["elements"] for w in re.split(r"[\s\-]+", str(p).lower())}
        return denies_nothing_drawn(phrase, frozenset(vocab))

    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0, feedback: Verdict | None = None,
              timeout_s: float = 10.0) -> Layout:
        """The diagram is determined by the equations; ``seed``/``attempt`` change nothing."""
        return layout_optics(scene, seed=seed, attempt=attempt, timeout_s=timeout_s)

    def verify(self, png: bytes, scene: SceneGraph) -> Verdict:
        return verify_optics(png, scene)

    def artifacts(self, layout: Layout, scene: SceneGraph) -> dict[str, bytes]:
        """``optics.json``: the solved f, d_o, d_i, heights (cm) and magnification."""
        import json
        return {"optics.json": json.dumps(layout.extra("solution"), indent=1, sort_keys=True).encode()}
