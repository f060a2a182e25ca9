"""What a micrograph request says about why the image is wanted, not what it shows (``nesy.microscopy.v1``).

Requests for test images end with their purpose: "… so we can see how the watershed copes with clusters",
"… to test whether my counter handles touching nuclei", "… in order to check how well the segmentation
separates clumps". The nouns there ("clusters", "touching nuclei") name what the user's software is to be
tried on, not more nuclei: read as figure content they would add groups the text never asked for, or be
refused ("which nuclei form it?"). A purpose clause is a purpose marker ("so (that) we can", "in order to",
"to"), a verb of finding out (see, test, check, evaluate, …) and a question word (how, whether, if, what,
which) — the shape of an embedded question (Huddleston & Pullum, *The Cambridge Grammar of the English
Language*, 2002, ch. 11 §5, interrogative content clauses) — up to the end of its sentence.

The microscopy tagger reads nothing inside such a span and keeps its words as ``ignored`` (listed in the
scene, never drawn). A clause that gives a count ("so that three of them touch") has no question word and is
not a purpose clause here: it is read as usual.
"""
from __future__ import annotations

import re

__all__ = ["purpose_spans", "scale_bar_spans", "scale_bar_items", "exact_spans", "safety_spans", "label_id_spans"]

_MARKER = r"(?:so\s+(?:that\s+)?(?:we|i|you|they|one|it|people|users?)\s+(?:can|could|may|might|will|would|are\s+able\s+to)|" \
          r"in\s+order\s+to|so\s+as\s+to|(?<![\w-])to|for\s+(?:testing|checking|seeing|evaluating|assessing|benchmarking))"
_VERB = r"(?:see|test|check|evaluate|assess|benchmark|validate|verify|measure|judge|find\s+out|learn|study|probe|" \
        r"examine|quantify|compare|tell|understand|show)"
_QWORD = r"(?:how|whether|if|what|which|when)"
_PURPOSE_RX = re.compile(r"(?<![\w-])" + _MARKER + r"\s+" + _VERB + r"\s+" + _QWORD + r"(?![\w-])[^.;!?]*", re.I)


def purpose_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every purpose clause of ``text`` (see the module): read as no figure content."""
    return [(m.start(), m.end()) for m in _PURPOSE_RX.finditer(text)]


# "Figure 2A:", "Fig. 4b", "Figure S3", "Supplementary Figure 5", "Panel B": the caption's own label. Its number
# names the figure, never a count of nuclei.
_LABEL_RX = re.compile(r"(?<![\w-])(?:(?:supplementary|suppl\.?|extended\s+data)\s+)?(?:figure|fig\.?|panel)\s*"
                       r"(?:S?\d{1,3}[A-Za-z]?|[A-Ha-h])(?:[-–](?:S?\d{1,3}[A-Za-z]?|[A-Ha-h]))?(?![\w-])", re.I)


def figure_label_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of a figure's own label ("Figure 2A", "Fig. S3"): read as an image word, no count."""
    return [(m.start(), m.end()) for m in _LABEL_RX.finditer(text)]


# a catalogue number right after a stain's name is part of the name ("Hoechst 33342", "Hoechst 33258",
# "DRAQ 5"): three or more digits, or any digits glued by a hyphen
_NAME_NUMBER_RX = re.compile(r"[\s-]*(?:\d{3,6}|(?<=-)\d{1,6})")


def name_number(text: str, name_end: int, num: object) -> bool:
    """Whether the number item ``num`` right after a stain or fluorophore name ending at ``name_end`` is that
    name's catalogue number rather than a count."""
    return getattr(num, "tag", "") == "NUM" and bool(_NAME_NUMBER_RX.fullmatch(text[name_end:num.end]))


# "scale bar 20 µm", "a 10 µm scale bar", "with a scale bar of 50 microns": the phrase is read whole (its number is
# a length, not a count); nesy draws the bar that long (nesy/domains/microscopy_marks.py), or lists the phrase as
# not drawn when the style turns scale bars off (layout/microscopy.yaml figure_marks)
_UNIT = r"(?:µm|μm|um|microns?|micrometers?|micrometres?|nm|mm|px|pixels?)"
# (a caption gives the length after a comma: "Scale bar, 20 µm", "Scale bars, 10 µm": the journals' style, e.g.
# Nature's and Cell's figure legends)
_SCALEBAR_RX = re.compile(r"(?<![\w-])(?:(?:a\s+)?\d+(?:\.\d+)?\s*" + _UNIT + r"[\s-]+scale[\s-]*bars?|scale[\s-]*bars?"
                          r"(?:\s*(?:of|=|:|,|showing|for|indicating|representing|is)?\s*\d+(?:\.\d+)?\s*" + _UNIT + r")?)"
                          r"(?![\w-])", re.I)


def scale_bar_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of a scale bar phrase: read whole, never as a count."""
    return [(m.start(), m.end()) for m in _SCALEBAR_RX.finditer(text)]


_LENGTH_RX = re.compile(r"(\d+(?:\.\d+)?)\s*(" + _UNIT + r")", re.I)
_TO_UM = {"nm": 1e-3, "mm": 1e3}


def scale_bar_items(text: str) -> list[tuple[int, int, dict]]:
    """(start, end, value) of each scale bar phrase; value: {"length": the stated number or None, "unit": "µm" or
    "px", "um": the length in µm (None for a length in px or none stated)}."""
    out = []
    for a, b in scale_bar_spans(text):
        m = _LENGTH_RX.search(text, a, b)
        if m is None:
            out.append((a, b, {"length": None, "unit": "µm", "um": None}))
            continue
        n, u = float(m.group(1)), m.group(2).lower()
        if u.startswith("p"):
            out.append((a, b, {"length": n, "unit": "px", "um": None}))
        else:
            out.append((a, b, {"length": n, "unit": "µm", "um": round(n * _TO_UM.get(u, 1.0), 6)}))
    return out


# Who wants the image and for what, said as a clause of its own: "We are benchmarking our segmentation pipeline",
# "I'm testing a nucleus counting tool", "For a teaching lab on cell counting", "so that any counting error comes
# from the tool itself". The clause runs to its boundary (punctuation, "and I/we", the main clause's subject) and
# holds no count: a clause with a number is always read.
_SUBJ = r"(?:we|i|my\s+lab|our\s+lab|my\s+group|our\s+group)"
_ACTIVITY = (r"(?:benchmarking|testing|evaluating|developing|training|validating|building|writing|debugging|comparing|"
             r"studying|working\s+on|preparing|designing|tuning|calibrating|teaching|checking|running|organi[sz]ing|"
             r"giving|holding|planning|setting\s+up|putting\s+together|hosting|leading|doing)")
_SETTING = (r"(?:teaching\s+lab|lab\s+(?:course|class|session|practical)|class|course|lecture|tutorial|workshop|demo|"
            r"demonstration|presentation|talk|exercise|assignment|practical|students?|homework|poster|grant|review|"
            # where the image will be shown: "for the article", "in our paper", "for a blog post"
            r"article|paper|manuscript|blog(?:\s+post)?|newsletter|press\s+release|news\s+story|magazine|thesis|website|"
            r"report|slide\s+deck|textbook|"
            # the collection the image joins: "for the teaching set", "for our training dataset", "for a test set"
            r"(?:image\s+)?(?:set|dataset|data\s+set|collection))")
_END = r"(?=\s+(?:and|but|so)\s+(?:I|we|they|the\s+students|my\s+students)\b|\s+and\s+(?:want|need|require|would|ask|like|wish|hope)\b|\s+(?:I|we)\s+(?:want|need|would|'d|am|are|have)\b|[,.;:!?]|$)"
_CONTEXT_RX = re.compile(
    r"(?<![\w-])(?:" + _SUBJ + r"(?:'m|'re|\s+am|\s+are|\s+is|\s+was|\s+were)?\s+(?:currently\s+|now\s+)?" + _ACTIVITY +
    r"|(?:for|in)\s+(?:a|an|my|our|the|this)\s+(?:[\w-]+\s+)?" + _SETTING +
    r"|so\s+that\s+(?:any|the|all|every|no)\s+(?:[\w-]+\s+){0,2}(?:error|errors|mistake|mistakes|difference|"
    r"differences|result|results)"
    # what the learners will do with it: "they need an image to count nuclei by hand before they try the tools"
    + r"|(?:they|students|the\s+students|my\s+students|the\s+class|participants|the\s+participants|people|"
    r"trainees|the\s+trainees)\s+(?:need|want|will\s+use|are\s+going\s+to\s+use|should\s+get|must\s+have)\s+"
    r"(?:an?|the|one|some)\s+(?:[\w-]+\s+)?(?:image|picture|micrograph|example)s?\s+(?:to|for|so)\b"
    # why it should be hard or easy: "so it's not too easy", "so that it is a bit of a challenge"
    + r"|so\s+(?:that\s+)?(?:it|the\s+task|counting|the\s+counting|this)(?:'s|’s|\s+is|\s+isn't|\s+is\s+not|\s+will\s+be|"
    r"\s+won't\s+be|\s+becomes|\s+gets)\s+(?:not\s+)?(?:too|very|so|that|overly|a\s+bit|a\s+little|quite|more|less)?\s*"
    r"(?:easy|hard|simple|trivial|difficult|boring|obvious|challenging|tricky|of\s+a\s+challenge|realistic)"
    + r")[^,.;:!?]*?" + _END, re.I)
_NUMBERISH = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|"
                        r"thirty|forty|fifty|hundred)\b", re.I)


def context_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of clauses that say who wants the image and for what (see above): read as no content."""
    return [(m.start(), m.end()) for m in _CONTEXT_RX.finditer(text) if not _NUMBERISH.search(m.group(0))]


# "eighteen nuclei, not more and not less", "no more, no less", "neither more nor less", "not one more or one less":
# the idiom says the count is exact (the same as "exactly eighteen"); read as no content, it adds no group and
# never reads as "more nuclei". Both comparatives must be there, one of each direction, or it is not this idiom.
_CMP = r"(?:one\s+|a\s+single\s+(?:one\s+|nucleus\s+)?)?(?P<c{k}>more|fewer|less)(?:\s+(?:nuclei|ones?|than\s+that))?"
_EXACT_RX = re.compile(r"(?<![\w-])(?:not|no|nothing|neither)\s+" + _CMP.format(k=1) +
                       r"\s*(?:,\s*|\s+)(?:(?:and|or|but)\s+)?(?:not|no|nothing|nor)\s+" + _CMP.format(k=2) +
                       r"(?![\w-])", re.I)


# "twelve nuclei … draw them, not one more", "16 nuclei, no more.": one comparative alone, ending its clause, after
# a count the text states — the count is all there is (a bound would go on: "no more than 12 nuclei")
_ONE_CMP_RX = re.compile(r"(?<![\w-])(?:not|no|nothing)\s+" + _CMP.format(k=1) + r"(?=\s*(?:[.,;:!?)—–]|\s-\s|$))", re.I)


# "five nuclei in each of the four quadrants, and none anywhere else", "12 nuclei in the centre, none elsewhere": the
# nuclei counted are all there are — the same closing as "not one more", said of the rest of the field; after a count
# only (alone, "none elsewhere" says nothing of how many)
_NONE_ELSE_RX = re.compile(r"(?<![\w-])(?:(?:and|but|with)\s+)?(?:none|no\s+(?:other\s+|more\s+)?(?:nuclei|nucleus|others?)|"
                           r"nothing)\s+(?:(?:anywhere|somewhere)\s+else|elsewhere|else|outside\s+(?:them|these|those|it)|"
                           r"in\s+the\s+rest\s+of\s+the\s+(?:field|image|slide|frame))(?=\s*(?:[.,;:!?)—–]|\s-\s|$))", re.I)


def exact_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "not more and not less" idiom (see above): the count it follows is exact."""
    both = [(m.start(), m.end()) for m in _EXACT_RX.finditer(text)
            if (m.group("c1").lower() == "more") != (m.group("c2").lower() == "more")]
    one = [(m.start(), m.end()) for m in _ONE_CMP_RX.finditer(text)
           if not any(a <= m.start() < b for a, b in both) and _NUMBERISH.search(text[:m.start()])]
    rest = [(m.start(), m.end()) for m in _NONE_ELSE_RX.finditer(text) if _NUMBERISH.search(text[:m.start()])]
    return sorted(both + one + rest)


# A lab-safety note among the request ("SAFETY: DAPI is a suspected mutagen - nitrile gloves, no open flames near
# the ethanol."): how to handle the reagents, nothing the image shows. A sentence led by a safety heading, or one
# naming two or more hazards or protective measures, with no nucleus in it, is read as no content (its words kept as
# ignored); a negation there ("no open flames") denies nothing drawn.
_SAFETY_HEAD = r"(?:safety(?:\s+notes?|\s+first|\s+warning)?|caution|warning|hazards?|danger|ppe|health\s+and\s+safety|h\s*&\s*s)"
_HAZARD = re.compile(r"(?i)(?<![\w-])(?:mutagen(?:ic)?|carcinogen(?:ic)?|teratogen(?:ic)?|toxic|toxin|flammable|"
                     r"corrosive|irritant|hazard(?:ous)?|gloves?|goggles|safety\s+glasses|lab\s+coats?|fume\s+hood|"
                     r"flames?|bunsen|ventilat\w*|dispose|disposal|waste|spills?|inhal\w*|skin\s+contact|eye\s+protection|"
                     r"ppe|msds|sds)(?![\w-])")
_SENT_RX = re.compile(r"[^.!?\n]+[.!?]*")


def safety_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each lab-safety sentence (see above): read as no content."""
    out = []
    for m in _SENT_RX.finditer(text):
        sent = m.group()
        if re.search(r"(?i)nucle", sent):
            continue
        head = re.match(r"(?i)\s*" + _SAFETY_HEAD + r"\s*[:!—–-]", sent)
        if head or len(_HAZARD.findall(sent)) >= 2:
            a = m.start() + len(sent) - len(sent.lstrip())
            out.append((a, m.end()))
    return out


# A sample's or a poster's identifier ("Poster M-08", "sample A-12", "slide HK-3", "coverslip 2b"): letters joined to
# a number, or a number with one letter after it, names a thing and counts nothing. (A magnification "40x", a count
# after its noun "nuclei x7" and a cell line's name "A549", "COS-7" are read elsewhere, first.)
# (a count's own key glued to it, "qty12", "n12", "x7", "no.5", is a count: never an identifier; lower-case letters
# glued to digits are one only with a hyphen between, "m-08")
_ID_RX = re.compile(r"(?<![\w.#-])#?(?:(?!(?i:x|n|no|nr|num|qty|cnt|count|tot|total|k)[-_#]?\d)"
                    r"(?:[A-Z][A-Za-z]{0,3}[-_#]?|[a-z]{1,4}[-_#])\d{1,4}[A-Za-z]?|\d{1,4}[A-Za-wyzA-WYZ])(?![\w-])")


# A number that names one of several things, said after its noun ("field 7", "well #3", "slide no. 4", "FOV 2"), as the
# value of an identifier key ("field_id = 7", "sample_id: 12", "fov_idx=3"), or a crossword clue's number before its
# direction ("13 across:", "7 down —"): a label, counting nothing. Not when a nucleus noun, a unit or a partitive
# follows ("a field 20 nuclei wide", "field 512 px", "nuclei image 35 of them"): that number measures or counts
_LABELLED = (r"fields?(?:\s+of\s+view)?|fovs?|wells?|slides?|samples?|images?|frames?|tiles?|panels?|positions?|"
             r"coverslips?|dish(?:es)?|plates?|stacks?|sections?|replicates?|specimens?|patients?|donors?|mice|mouse|"
             r"animals?|cases?|lanes?|experiments?|runs?|batch(?:es)?|exercises?|questions?|problems?|steps?")
_NAMED_NUM_RX = re.compile(r"(?<![\w-])(?:(?:" + _LABELLED + r")\s*(?:#\s*|no\.?\s*|nr\.?\s*|number\s+)?"
                           # (not an answer key in words, "the key is 12", "the answer key: 12": the answer, a count)
                           r"|(?!(?:the|a|an|answer|my|our|your|this|that)[ ]+(?:key|code|id|index)\b)"
                           r"[A-Za-z][A-Za-z0-9]*?(?<![Nn])[_ -]?(?:id|ID|Id|idx|index|key|code)\s*(?:==?|:|\bis\b)\s*#?\s*)"
                           r"\d{1,6}(?![\w.,]\d|[\w%×])(?!\s*(?:nuclei|nucleus|nucleuses|cells?|px|pixels?|µm|μm|um|microns?|"
                           r"micrometers?|micrometres?|mm|nm|x\b|×|by\b|%|of\b))"
                           r"|(?<![\w.-])\d{1,3}\s+(?:across|down)(?=\s*[:—–(-])", re.I)


def label_id_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each identifier (see above): read as an image word, no count."""
    out = [(m.start(), m.end()) for m in _NAMED_NUM_RX.finditer(text)
           if not re.search(r"(?i)nucle|count|total|qty|num", re.split(r"[_ -]?(?:id|idx|index|key|code)\s*[=:]",
                                                                      m.group(0), flags=re.I)[0]) or
           not re.search(r"[=:]", m.group(0))]
    for m in _ID_RX.finditer(text):
        t = m.group().lstrip("#")
        if re.fullmatch(r"\d+[A-Za-z]", t) and re.fullmatch(r"(?i)\d+(?:d|h|s|m)", t):
            continue        # "3D", "24h", "30s": a dimension or a duration, not a label
        if not any(a <= m.start() < b for a, b in out):
            out.append((m.start(), m.end()))
    return sorted(out)


# "to stain both live and fixed cells", "both in culture and in tissue": the correlative coordinator "both … and"
# (Huddleston & Pullum 2002, ch. 15 §2.4: "both" marks the first of two coordinates) counts nothing; a short
# coordinate (up to three words) then "and". "both nuclei" (a count of two) has no "and" after its noun.
_BOTH_AND_RX = re.compile(r"both\s+(?:[\w′'-]+\s+){0,2}?[\w′'-]+\s+and\s+\w", re.I)


def correlative_both(items: list, ignored: list[tuple[str, int, int]], text: str) -> tuple[list, list]:
    """``items`` without the "both" of a "both X and Y" coordination, which joins ``ignored``; a "both" right before
    a nucleus or cell noun stays a count ("both nuclei and the cell"? read as before)."""
    out = []
    for k, it in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else None
        if it.tag == "NUM" and it.text.lower() == "both" and _BOTH_AND_RX.match(text, it.start) and \
                not (nxt is not None and nxt.tag in ("NUC", "CELL") and not text[it.end:nxt.start].strip()):
            ignored = sorted(ignored + [(it.text, it.start, it.end)], key=lambda u: u[1])
            continue
        out.append(it)
    return out, ignored
