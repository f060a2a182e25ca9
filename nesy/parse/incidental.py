"""Numbers that name or date something of the document, not a quantity of the figure.

A request sits in a document, and the document writes numbers of its own: the time of an incident ("At approx.
14:05 the driver …", "22:40 UT"), a date inside a sentence ("Lab notebook, optics bench, 9 Oct.", "p. 41,
14/03."), a release's version and a changelog's headings ("## [2.3.0] - Figures", "### Added"), a page ("p. 41")
or a figure referred to by a hyphenated label ("fig-3:") or a reference ("Reference: Ref 26-6"), a section's
number opening a line ("4.2 Territory."), a school period ("Year 10 Biology, period 3"), the points a quiz question
is worth ("For 500 points!", "(10 pts)"), a post's hashtags ("#biology #scicomm") and counting out loud ("draw it
for me, one, two, three!"). None of them counts or measures anything in the figure; read as content they are a number
with no unit or a count of nothing.

``incidental_numbers`` finds them by shape and by the words around them only — a month's name, a clock's "HH:MM"
after a word of time or before "pm"/"UT", three dotted parts of a version, a page's "p." — and hands their spans,
each with why, to ``nesy.parse.structured._labels``, which blanks them with the document's other labels (its
tracker keys, thread numbers, line-opening dates). A number that may be a quantity stays: "a 1:10 dilution",
"4/2", "a 5-12-13 triangle", "Mar 3 cm", "May 3 cells …" (a month name only capitalised), "4.2 V" opening a line,
"a period of 3 years", "A = one, two, three".
"""
from __future__ import annotations

import re

__all__ = ["incidental_numbers", "REFERENCE", "PRICE", "DOCUMENT", "EXAM", "PART", "CLOCK", "DATE", "VERSION", "POINTS", "LABEL", "HASHTAG", "CHANGELOG", "COUNT_OUT", "PRESENTATION", "CAPTION"]

CLOCK = "a time of day, not a quantity"
DATE = "a date, not a quantity"
VERSION = "a version number, not a quantity"
POINTS = "the points or marks a question is worth, not a quantity"
LABEL = "a label that numbers a part of the document, not a quantity"
HASHTAG = "a social network's hashtags, not content"
CHANGELOG = "a changelog's section heading, not content"
COUNT_OUT = "counting out loud (a rhyme's or a countdown's), not a count of anything"

# a month by name, capitalised ("Oct", "October", "OCT"; never "may" or "march" in lower case)
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\.?"
          r"(?![A-Za-z])")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
from .structured import _WEEKDAY   # noqa: E402 — a weekday before a date, as the stamps reader writes it
# "9 Oct", "14th October 2025", "Oct 9", "October 9, 2025", "Oct 2025": a day or year with a month's name
_NAMED_DATE = re.compile(rf"(?<![\w.]){_WEEKDAY}(?:{_DAY}[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+{_YEAR})?"
                         rf"|{_MONTH}[ \t]+(?:{_DAY}(?:,?[ \t]+{_YEAR})?|{_YEAR}))")
# "14/03", "03/14", "9.10.2025", "2025-10-09": a numeric date — a month written with its zero, or a whole date
# with its year (fractions and ratios are written without a zero: "4/2", "1/3")
_NUMERIC_DATE = re.compile(rf"(?<![\w./\-])(?:(?P<iso>{_YEAR}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\d|0[1-9]))"
                           rf"|(?P<a>\d{{1,2}})(?P<s>[/.\-])(?P<b>\d{{1,2}})(?:(?P=s)(?P<y>{_YEAR}|\d{{2}}))?)"
                           r"(?![\w/\-]|[.,]\d)")
# a clock's "HH:MM" (or "HH:MM:SS", "9.30 am") after a word of time, or with am/pm, "h", a time zone after it
_TIME_WORDS = (r"at|by|from|until|till|to|before|after|since|around|about|approx\.?|approximately|ca\.?|circa|"
               r"@|~|~ ?at|time|timestamp|started|ended|began|logged|recorded|observed|noted")
_CLOCK = re.compile(r"(?<![\w:.])(?P<h>[01]?\d|2[0-3])[:](?P<m>[0-5]\d)(?::[0-5]\d)?(?![\d:])"
                    r"(?P<suffix>[ \t]?(?:[AaPp]\.?[Mm]\.?|h(?![\w])|hrs\b|(?:UTC?|GMT|CES?T|[ECMP][SD]T)\b|Z\b|o['’]clock))?")
_TIME_BEFORE = re.compile(rf"(?i)(?:^|(?<=[\s(\[]))(?P<w>{_TIME_WORDS})[ \t]*(?:(?:approx\.?|approximately|about|"
                          r"around|ca\.?|roughly)[ \t]*)?$")
# the words of time that go with the clock when it is blanked ("At approx. 14:05 the driver …" → "the driver …")
_WITH_CLOCK = re.compile(r"(?i)at|by|around|about|approx\.?|approximately|ca\.?|circa|@|~|~ ?at")
_RATIO_AFTER = re.compile(r"(?i)[ \t]*(?:ratio|dilution|scale|mix|mixture|split|odds|magnification|v/v|w/v)\b")
# "[2.3.0]", "v2.3.0", "2.3.0-beta": a version of three or more dotted parts (no quantity has two decimal
# points); "[2.3]" or "v2.3" only in brackets at a changelog heading or with its "v"
_VERSION = re.compile(r"(?<![\w.])(?:\[[vV]?\d{1,4}(?:\.\d{1,4}){1,3}(?:[-+][\w.]+)?\](?=[ \t]*(?:[-—–:]|$))"
                      r"|[vV]?\d{1,4}(?:\.\d{1,4}){2,3}(?:[-+][\w.]+)?(?![\w.]|\.\d)"
                      r"|v\d{1,4}\.\d{1,4}(?![\w.]|\.\d))", re.MULTILINE)
# a changelog's section headings under a version ("### Added", "### Fixed"; keepachangelog.com 1.1.0)
_CHANGE_KIND = re.compile(r"(?m)^[ \t]*#{1,4}[ \t]+(?:Added|Changed|Deprecated|Removed|Fixed|Security)[ \t]*$")
# "p. 41", "pp. 12-14", "pg. 7", "fig-3", "Fig-3b", "eq-2": a page, or a label word joined to its number by a
# hyphen, before punctuation or a verb of what the labelled part shows
_PAGE = re.compile(r"(?<![\w\-])(?:p|pp|pg|P|PP|Pg)\.[ \t]*\d{1,4}(?:[-–]\d{1,4})?(?![\w.]|\.\d)")
_HYPHEN_LABEL = re.compile(r"(?i)(?<![\w\-])(?:fig|figure|eq|eqn|equation|table|tab|section|sec|step|panel|"
                           r"slide|claim|item|part|chapter|ch|problem|question|q|task)-\d{1,3}[a-z]?"
                           r"(?=[ \t]*[:,.;)\]]|[ \t]*$|[ \t]+[—–-][ \t])", re.MULTILINE)
# "Reference: Ref 26-6", "(Ref. 12.3)", "Ref 4": a textbook's reference to its own figure or problem, its word before
# it — nothing of the figure (SciGenBench webinstruct items carry them); before punctuation, a capital or a dash only:
# "Reference 4 cm" and "a reference 3 resistors" stay content
_REFERENCE = re.compile(r"(?<![\w\-])(?:(?:References?|Refs?\.?)[ \t]*:?[ \t]*)+(?:No\.?[ \t]*)?"
                        r"(?P<n>\d{1,4}(?:[-–.]\d{1,4}){0,3}[a-z]?)(?![\w.]|\.\d|[-–]\d)"
                        r"(?=[ \t]*(?:[:,.;)\]]|$)|[ \t]+[A-Z]|[ \t]+[—–-][ \t])", re.MULTILINE)
# "4.2 Territory.", "2.1.3 Methods": a section's number opening a line before a capitalised word (never a unit:
# "4.2 V" or "1.5 Ohm" opening a line are quantities, checked with the quantity reader)
_SECTION = re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=[ \t]+[A-Z][a-z]{2,})")
# "For 500 points!", "(10 pts)", "[5 marks]", "worth 3 points", "+2 bonus points": a quiz's score
_POINTS = re.compile(r"(?i)(?<![\w])(?:for|worth|earns?|scores?|gets?|wins?|\+)[ \t]*\d{1,5}[ \t]+(?:bonus[ \t]+)?"
                     r"(?:points?|pts\.?|marks?)(?![\w])"
                     r"|[(\[][ \t]*\d{1,5}[ \t]*(?:bonus[ \t]+)?(?:points?|pts\.?)[ \t]*[)\]]")


# "Lab 6, bench 3:", "Station 2 / setup B:", "Group 4, day 3:": a heading opening a line that says where or when the
# work was done — words of a place or a session, each with its number — then a colon; the numbers count nothing
_PLACE_WORDS = (r"(?:lab|laboratory|bench|station|group|table|room|desk|set-?up|experiment|exp|run|trial|day|week|"
                r"session|lesson|team|bay|rig|practical|demo|activity|worksheet|sheet|module|unit|well|plate|slide|"
                # "AP Physics 2:", "Physics 101, quiz 3:", "GCSE Paper 1:", "Year 11 Chemistry:": a course, its level or
                # its exam and the question's number — where the exercise comes from, never a quantity of its figure
                r"physics|phys|chemistry|chem|biology|bio|maths?|mathematics|science|geometry|calculus|algebra|"
                r"optics|mechanics|electronics|electricity|engineering|paper|question|problem|exercise|homework|hw|"
                r"assignment|quiz|test|exam|tutorial|chapter|section|part|year|grade|form|class|standard|level)")
_PLACE_ITEM = re.compile(rf"(?i)\b{_PLACE_WORDS}\.?[ \t]*(?:no\.?[ \t]*|#[ \t]*)?(?-i:[A-H])?\d{{1,4}}[a-z]?\b")
# the heading: a line's opening words up to its colon, every number in it a place's or a session's
_PLACE_HEADING = re.compile(r"(?m)^[ \t]*[A-Za-z][^:\n=.;!?]{0,48}?:")
# "Year 10 Biology, period 3", "Grade 7 – period 2": a school timetable's period after its class, not a time span
# (markup reads "Year 10" as the figure word before this reader: "Figure Biology, period 3")
_SCHOOL_PERIOD = re.compile(r"(?i)(?:\b(?:year|grade|form|class|lesson|homeroom|figure)\b[^.;\n]{0,40}?[,;–—-][ \t]*)"
                            r"(?P<p>period[ \t]+\d{1,2})(?![\w]|\.\d|[ \t]*(?:s|sec|min|h|hr|d|days?|years?|yr)\b)")
# "draw it for me, one, two, three!", "three, two, one, go!": counting out loud (in words, from one up or down to
# one), nothing after it but the end of its clause — a rhyme's or a countdown's, no count of anything
_WORD_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_COUNT_OUT = re.compile(r"(?i)(?<![\w{=:])(?P<run>(?:" + "|".join(_WORD_NUMBERS) + r")(?:[ \t]*[,–—-][ \t]*(?:"
                        + "|".join(_WORD_NUMBERS) + r")){2,})(?P<go>[ \t]*[,–—-]?[ \t]*(?:go|lift[ \t]*off|blast[ \t]*off))?"
                        r"(?=[ \t]*(?:[!.?…]|$))")
# "IB Biology Paper 2 style:", "GCSE Combined Science (Higher):", "AP Bio FRQ:": a heading naming an exam board or
# school qualification, where the exercise comes from; the board's name and the paper's number say nothing of the figure
EXAM = "the exam or course an exercise comes from, not content"
_EXAM_HEADING = re.compile(r"(?m)^[ \t]*(?:IB|AP|GCSE|IGCSE|A[- ]?[Ll]evel|AS[- ]?[Ll]evel|AQA|OCR|Edexcel|WJEC|CIE|SQA|HSC|"
                           r"VCE|NCEA|Regents|MCAT|KS[1-5]|CBSE|ICSE|NEET|JEE|SAT)\b[^:\n.;!?]{0,48}?:")
# "(a) Calculate …", "(b) Draw …", "a) …", "(ii) …": the label of a question's part, opening a sentence
PART = "the label of a question's part, not content"
_PART_LABEL = re.compile(r"(?:^|(?<=[.?!:;\n])|(?<=[.?!:;][ \t]))[ \t]*(?:\((?:[a-h]|i{1,3}|iv|vi{0,3})\)|(?:[a-h]|i{1,3}|iv)\))"
                         r"(?=[ \t]+[A-Z])")
# "#biology #scicomm" closing a post's line: a social network's tags, how the post is filed, not content
_HASHTAGS = re.compile(r"(?m)(?<![^\s])#[A-Za-z][\w]{1,40}(?:[ \t]+#[A-Za-z][\w]{1,40})*(?=[ \t]*$)")


def _unit_follows(text: str, a: int, b: int) -> bool:
    """Whether the number ``text[a:b]`` is a quantity's: the shared quantity reader reads a unit after it."""
    from .quantities import find_quantities
    probe = text[a:min(len(text), b + 24)].split("\n", 1)[0]
    return any(q.start == 0 for q in find_quantities(probe))


# A patent's reference numerals: "a eukaryotic cell (100) comprising a nucleus (110)", "a convex mirror (60)" — each
# part of the drawing is named with its reference character in brackets after it (37 CFR 1.84(p); MPEP 608.02),
# never a count or a measure. Read so only in a text written as a patent (a "FIG. n" or a patent's own words).
REFERENCE = "a reference numeral of a patent drawing, not a quantity"
_PATENT_CUE = re.compile(r"(?<![\w.])(?:FIG\.?\s*\d|FIGS\.|(?i:wherein|whereby|thereof|therein|thereby|thereto|"
                         r"comprising|said\s+(?:first|second|third|plurality|[a-z]+\s*\(\d)))")
_REFNUM = re.compile(r"(?<=[A-Za-z])[ \t]*\((?P<n>[0-9]{1,4}[a-z]?['′]?)\)")


def incidental_numbers(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, why)`` for each number of ``text`` that names or dates something of the document (see
    the module), in order; they may overlap one another (the caller keeps the first)."""
    found: list[tuple[int, int, str]] = []
    for m in _HASHTAGS.finditer(text):
        rest = text[:m.start()] + text[m.end():]
        if not any(re.search(re.escape(t) + r"(?!\w)", rest) for t in m.group(0).split()):
            found.append((m.start(), m.end(), HASHTAG))   # (a tag named in the text too is content: "#Jazz fans")
    for m in _COUNT_OUT.finditer(text):
        said = [_WORD_NUMBERS.index(w.lower()) for w in re.findall(r"[A-Za-z]+", m.group("run"))]
        steps = {b - a for a, b in zip(said, said[1:])}
        if steps in ({1}, {-1}) and 1 in (said[0], said[-1]) and not re.search(
                r"(?i)(?:elements?|members?|numbers?|digits?|values?|contains?|includes?|are|is|[=:{(\[])[ \t:]*$",
                text[max(0, m.start() - 20):m.start()]):
            found.append((m.start(), m.end(), COUNT_OUT))
    for m in _EXAM_HEADING.finditer(text):
        found.append((m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end(), EXAM))
    parts = list(_PART_LABEL.finditer(text))
    if len(parts) >= 2:   # one "(a)" alone may be a list's, or a thing named "a"; the parts of a question are several
        found += [(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end(), PART) for m in parts]
    found += _presentation(text)
    if not re.search(r"\d", text):
        return sorted(found)
    if "(" in text and _PATENT_CUE.search(text):
        found += [(m.start(), m.end(), REFERENCE) for m in _REFNUM.finditer(text)]
    for m in _NAMED_DATE.finditer(text):
        s = m.group(0)
        rest = text[m.end():]
        if re.match(r"[ \t]*[-–—][ \t]*\d", rest) and not re.search(r"\d{4}$", s):
            continue   # "Feb 2 - 3 nuclei": a range, or a date and a count, left as written
        day = re.search(r"\d+(?:st|nd|rd|th)?$", s)
        if day and _unit_follows(text, m.start() + day.start(), m.end()):
            continue   # "Mar 3 cm": a quantity
        if re.match(r"(?:May|MAY|Mar|MAR|March)\b", s) and not re.search(r"\d{4}$", s) and \
                not re.match(r"[ \t]*(?:[,.;:!?)\]]|$)", rest):
            continue   # "May 3 cells …", "March 2 steps": a verb, unless the date ends its clause or has its year
        end = m.end() - (s.endswith(".") and not re.search(r"\.\S", s))   # its sentence's full stop stays
        found.append((m.start(), end, DATE))
    for m in _NUMERIC_DATE.finditer(text):
        if m.group("iso"):
            found.append((m.start(), m.end(), DATE))
            continue
        a, b, y = m.group("a"), m.group("b"), m.group("y")
        x, z = int(a), int(b)
        if m.group("s") != "/" and not y or m.group("s") == "-" and len(y) < 4:
            continue   # "9.10" is a decimal, "3-04" a range, "5-12-13" a triangle's sides
        day_month = 1 <= x <= 31 and 1 <= z <= 12 and (b.startswith("0") or y)
        month_day = 1 <= x <= 12 and 1 <= z <= 31 and (a.startswith("0") or y)
        if (day_month or month_day) and not _unit_follows(text, m.start(), m.end()):
            found.append((m.start(), m.end(), DATE))
    for m in _CLOCK.finditer(text):
        if _RATIO_AFTER.match(text, m.end()):
            continue
        at = max(0, m.start() - 24)
        before = _TIME_BEFORE.search(text[at:m.start()])
        if m.group("suffix") or before or m.group("h").startswith("0") and len(m.group("h")) == 2:
            a = at + before.start() if before and _WITH_CLOCK.fullmatch(before.group("w")) else m.start()
            found.append((a, m.end(), CLOCK))
    versions = [m for m in _VERSION.finditer(text) if not _unit_follows(text, m.start() + 1, m.end())]
    for m in versions:
        found.append((m.start(), m.end(), VERSION))
    if versions:
        found += [(m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end(), CHANGELOG)
                  for m in _CHANGE_KIND.finditer(text)]
    for m in _PAGE.finditer(text):
        found.append((m.start(), m.end(), LABEL))
    for m in _HYPHEN_LABEL.finditer(text):
        found.append((m.start(), m.end(), LABEL))
    for m in _REFERENCE.finditer(text):
        if not _unit_follows(text, m.start("n"), m.end()):
            found.append((m.start(), m.end(), LABEL))
    for m in _SECTION.finditer(text):
        a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if not _unit_follows(text, a, m.end()):
            found.append((a, m.end(), LABEL))
    for m in _SCHOOL_PERIOD.finditer(text):
        found.append((m.start("p"), m.end("p"), LABEL))
    for m in _PLACE_HEADING.finditer(text):
        items = list(_PLACE_ITEM.finditer(m.group(0)))
        rest = _PLACE_ITEM.sub(" ", m.group(0))
        # a word keying several records ("well 1: 10 nuclei, well 2: 20 nuclei", "day 1: …; day 3: …") is a list's
        # key, each record content — never a heading
        keyed = any(len(set(re.findall(rf"(?i)\b{re.escape(n.group(0).split()[0].rstrip('.'))}\.?[ \t]*(?:no\.?[ \t]*|#[ \t]*)?"
                                       r"([A-H]?\d{1,4})", text))) > 1 for n in items)
        if items and not keyed and not re.search(r"\d", rest) and not any(   # "Lab 6, bench 3:" — never "3 cells, bench 2:"
                _unit_follows(text, m.start() + n.start() + re.search(r"\d", n.group(0)).start(), m.start() + n.end())
                for n in items):                                  # nor "a bench 3 m long:"
            found += [(m.start() + n.start(), m.start() + n.end(), LABEL) for n in items]
    for m in _POINTS.finditer(text):
        found.append((m.start(), m.end(), POINTS))
    found += _correspondence(text)
    return sorted(found)


# The numbers of the message a request is written in (an e-mail to a tutor, a chat with a colleague): none counts or
# measures anything in the figure. Each is found by its shape and the word that names what it numbers:
# "BIO 101", "PHYS 1B", "ECE 201" (a course code: capitals, then its number; never a unit's "DC 12 V");
PRICE = "a price, not a quantity"
DOCUMENT = "a number of the message or of its copies, not of the figure"
# (nor a coin or button cell's IEC 60086-2 designation, "CR2032", "LR44", "SR626": a source whose name fixes its voltage)
_COURSE = re.compile(r"(?<![\w.])(?!(?:DC|AC|RMS|EMF|PD|NA|UV|IR|CCD|DAPI|GFP|FBD|DFA|NFA|SI|CGS)\b)"
                     r"(?!(?:CR|BR|LR|SR)[0-9]{2,4}\b)[A-Z]{2,5}"
                     r"[ \t]?(?:[0-9]{3,4}|[0-9]{1,2}[A-Z])(?![\w.]|\.[0-9])")
# "room 214", "lab 5", "bench 14", "quiz 3", "section 3.2", "worksheet #14", "slide 7 of 30", "slot 3 of 4", "office hrs
# 3-4", "ticket #4471": a place, a session or a part of the course numbered inline, the number ending its phrase
_INLINE_WORDS = (r"(?:room|rm|lab|laboratory|bench|station|desk|bay|section|sec|quiz|test|exam|worksheet|homework|hw|"
                 r"assignment|lecture|seminar|tutorial|chapter|ch|page|pg|slide|slot|ticket|order|issue|build|version|"
                 r"ver|flyer|deck|poster|period|grade|year|class|figure|fig|question|problem|exercise|part|module|"
                 r"lesson|team|group|seat|row|locker|hall|lot|session|office[ \t]+hrs|office[ \t]+hours)")
_INLINE = re.compile(rf"(?i)(?<![\w-]){_INLINE_WORDS}\.?[ \t]*(?:no\.?[ \t]*|#[ \t]*)?(?P<n>(?-i:[A-H])?[0-9]{{1,4}}"
                     r"(?:\.[0-9]{1,2})?[a-z]?(?:[ \t]*[-–][ \t]*[0-9]{1,4})?)(?:[ \t]+of[ \t]+[0-9]{1,4})?(?![.,][0-9])"
                     r"(?=[ \t]*(?:[,.;)\]!?/]|$|\(|[-–—][ \t]|(?:and|due|on|at|in|for|is|was|next|tomorrow|today|"
                     r"tonight|this|lol|pls|please|thanks|thx)\b))")
# "#4471", "order #5531": a number behind "#" is a key, never a count ("# of nuclei" has no digit after it)
_KEY = re.compile(r"(?<![\w#&])#[ \t]?[0-9]{1,7}(?![\w.\-–]|\.[0-9])")
# "$12", "€ 3.50", "£5": a price
_PRICE = re.compile(r"(?<![\w.])[$€£¥][ \t]?[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]{1,2})?(?![\w.]|\.[0-9]|,[0-9])")
# "2pm", "7 p.m.", "8 am", "2-5 pm", "10:30" after a weekday: a clock time without minutes or before a day's name
_HOUR = re.compile(r"(?i)(?<![\w.:])(?P<h>1[0-2]|0?[1-9])(?::[0-5][0-9])?(?:[ \t]*[-–][ \t]*(?:1[0-2]|0?[1-9])(?::[0-5][0-9])?)?"
                   r"(?P<sp>[ \t]?)(?P<ap>[ap]\.?m\.?)(?![\w])")
# ("a = 5 pm" is five picometres: "pm" with a space is a clock's only after a word of time, "2pm" written as one is)
_HOUR_BEFORE = re.compile(r"(?i)(?:\b(?:at|by|till|until|before|after|from|around|about|doors|starts?|ends?|due|"
                          r"today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \t]*)$")
_DAY_CLOCK = re.compile(r"(?<![\w])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+(?P<c>(?:[01]?[0-9]|2[0-3]):[0-5][0-9])(?![0-9])")
# "due 9/30", "by 10/3": a month and day after a word of a deadline
_DUE_DATE = re.compile(r"(?i)\b(?:due|by|on|until|till|before|deadline:?)[ \t]+(?P<d>(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9]))"
                       r"(?![\w/]|\.[0-9])")
# "due in 3 days", "in 2 weeks": a deadline's span
_DUE_IN = re.compile(r"(?i)\bdue[ \t]+in[ \t]+[0-9]{1,3}[ \t]+(?:days?|weeks?|hours?|hrs?|months?)\b")
# "in 1972", "the 2018 edition", "for the 2024 lab book": a year, by the word before or after it
_YEAR_WORDS = re.compile(rf"(?i)(?:(?<=\bin[ \t])|(?<=\bsince[ \t])|(?<=\bfrom[ \t])|(?<=©[ \t])|(?<=\(c\)[ \t]))"
                         rf"{_YEAR}(?![\w.]|\.[0-9])|(?<![\w.]){_YEAR}(?=[ \t]+(?:edition|ed\.|lab[ \t-]?book|yearbook|"
                         r"cohort|semester|season|syllabus|curriculum|exam|paper|version|printing|catalogue|catalog)\b)")
# "3 copies", "25 printouts", "2,500 words", "45 slides", "25 points": how many of the message's own things
_DOC_COUNT = re.compile(r"(?i)(?<![\w.])[0-9][0-9,]{0,6}[ \t]+(?:copies|copy|print-?outs?|prints|handouts?|words|pages|"
                        r"slides|tickets|attendees|participants|seats)(?![\w])"
                        # ("(version B, 25 points, 40 minutes)": a quiz's marks and time in a list of the message's
                        # things; "Plot 3 points A, B and C" names the points it counts)
                        r"|(?:(?<=[(,])|(?<=[(,][ \t]))[0-9]{1,4}[ \t]+(?:points|pts|marks|minutes|mins)(?=[ \t]*[,;)\]])")
# "A0 size", "A4 paper": a paper size
_PAPER = re.compile(r"(?<![\w])[AB][0-8][ \t]*(?:size|paper|poster|format|sheets?|print|landscape|portrait)\b")


def _correspondence(text: str) -> list[tuple[int, int, str]]:
    """The numbers of the message around a request (see ``_COURSE`` … ``_PAPER``), each ``(start, end, why)``;
    a number a unit follows is a quantity and stays."""
    out: list[tuple[int, int, str]] = []

    def add(a: int, b: int, why: str, num_at: int | None = None) -> None:
        k = a if num_at is None else num_at
        d = re.search(r"\d", text[k:b])
        if d and _unit_follows(text, k + d.start(), b):
            return
        out.append((a, b, why))
    for m in _COURSE.finditer(text):
        add(m.start(), m.end(), LABEL)
    for m in _INLINE.finditer(text):
        # (a word numbering several records is their key, each record content: "Day 1: 8 nuclei. Day 3: 16 nuclei")
        word = re.match(r"[A-Za-z]+", m.group(0)).group(0)
        if len(set(re.findall(rf"(?i)\b{word}\.?[ \t]*(?:no\.?[ \t]*|#[ \t]*)?([A-H]?\d{{1,4}})", text))) > 1:
            continue
        add(m.start(), m.end(), LABEL, m.start("n"))
    for m in _KEY.finditer(text):
        add(m.start(), m.end(), LABEL)
    for m in _PRICE.finditer(text):
        out.append((m.start(), m.end(), PRICE))
    for m in _HOUR.finditer(text):
        if m.group("ap")[0].lower() == "p" and m.group("sp") and not _HOUR_BEFORE.search(text[max(0, m.start() - 24):m.start()]):
            continue
        out.append((m.start(), m.end(), CLOCK))
    for m in _DAY_CLOCK.finditer(text):
        out.append((m.start("c"), m.end("c"), CLOCK))
    for m in _DUE_DATE.finditer(text):
        out.append((m.start("d"), m.end("d"), DATE))
    for m in _DUE_IN.finditer(text):
        out.append((m.start(), m.end(), DATE))
    for m in _YEAR_WORDS.finditer(text):
        add(m.start(), m.end(), DATE)
    for m in _DOC_COUNT.finditer(text):
        out.append((m.start(), m.end(), DOCUMENT))
    for m in _PAPER.finditer(text):
        out.append((m.start(), m.end(), DOCUMENT))
    return out


# ------------------------------------------------------------------------------------------- presentation
# How the figure is to be drawn or delivered, written among its facts by a user of a figure tool: a type size
# ("12 pt Helvetica", "labels in 10-point font"), a line weight ("a thick 2 pt line", "(3 px)"), the image's size
# and resolution ("1200 px wide", "600 × 600 px", "300 dpi"), its bit depth ("16-bit PNG"), aspect ("a 16:9 slide",
# "1:1 aspect"), the page or the column it is printed on ("an A4 handout", "US Letter", "89 mm single column",
# "Portrait, 4 by 5 inches"), a fill's opacity ("50 % opacity"), the class it is for ("a year-9 worksheet"). Each
# number is a setting of the drawing (typographic points: 1/72 in, ISO 216 paper sizes, pixels), never a quantity of
# what the figure shows; read as content it would be a count of nothing, a unitless length or a fifth planet.
PRESENTATION = "how the figure is drawn or printed (type size, line weight, image size, resolution, page), not a quantity of it"
_NUM = r"\d{1,5}(?:\.\d{1,2})?"
_TYPEFACES = (r"(?:Helvetica(?:[ \t]+Neue)?|Arial|Calibri|Cambria|Georgia|Garamond|Verdana|Tahoma|Courier(?:[ \t]+New)?|"
              r"Futura|Roboto|Lato|Palatino|Consolas|Menlo|Inter|Segoe[ \t]+UI|Open[ \t]+Sans|Source[ \t]+Sans(?:[ \t]+Pro)?|"
              r"Comic[ \t]+Sans(?:[ \t]+MS)?|Times(?:[ \t]+New[ \t]+Roman)?|Computer[ \t]+Modern|Latin[ \t]+Modern)")
# "12 pt", "7pt", "1.5-pt", "10-point", "1200 px", "600 × 600 px", "300 dpi" (+ "wide", "square", a typeface after)
_TYPE_SIZE = re.compile(rf"(?<![\w.^²³×*/]){_NUM}(?:[ \t]*(?:×|x|X|by)[ \t]*{_NUM})?[ \t]*-?[ \t]*"
                        r"(?:pts?|px|pixels?|dpi|ppi|point(?=[ \t-]*(?:font|type|text|labels?|letters?|bold|italics?|"
                        r"serif|sans|size)\b))(?![\w])"
                        rf"(?:[ \t]+(?:wide|tall|high|across|square)\b)?(?:[ \t]+{_TYPEFACES}(?![\w]))?")
# a typeface named alone as how the words are set ("Helvetica labels", "Font: Times", "in Calibri")
_TYPEFACE = re.compile(rf"(?<![\w])(?:(?!Times\b){_TYPEFACES}|(?<=Font:[ \t])Times|(?<=font:[ \t])Times|Times(?=[ \t]+New))"
                       r"(?![\w])")
# the file the figure is delivered as ("SVG please", "a transparent PNG", "TIFF if possible, otherwise PNG", "PDF for
# print") and a see-through background
_FILE_FORMAT = re.compile(r"(?<![\w.])(?:(?i:transparent|lossless|vector|raster|high-?res(?:olution)?|crystal-clear)[ \t]+)?"
                          r"(?:PNG|SVG|PDF|TIFF?|JPE?G|EPS|GIF|WebP|BMP)(?:[ \t]+(?:file|image|format|export|output))?(?![\w])"
                          r"|(?i:transparent[ \t]+background)")
_BIT_DEPTH = re.compile(r"(?<![\w.])(?:1|8|10|12|14|16|24|32|48)[ \t]*-?[ \t]*bits?(?![\w])")
# "16:9", "1:1", "2:1" as the image's shape, by the word after or before it (never "a 1:10 dilution")
_ASPECT = re.compile(r"(?i)(?<![\w.:])(?P<r>\d{1,2}[ \t]*:[ \t]*\d{1,2})(?![\d:])"
                     r"(?=[ \t]*(?:aspect|ratio|slides?|images?|format|frames?|canvas|screens?|widescreen|pictures?|"
                     r"figures?|png|svg|pdf|crop|video|[,.;)]|$))")
_ASPECT_BEFORE = re.compile(r"(?i)(?:aspect(?:[ \t]+ratio)?(?:[ \t]+of)?|square|widescreen|format)[ \t,:]*$")
# "US Letter", "Letter page", "A4 handout", "landscape A4 page" (``_PAPER`` reads "A4 paper", "A0 size")
_PAPER_SHEET = re.compile(r"(?<![\w])(?:US[ \t]+Letter|Letter(?=[ \t]+(?:page|paper|size|sheet|portrait|landscape)\b)|"
                          r"[AB][0-8](?=[ \t]+(?:page|handout|worksheet|sheet|card|slide|portrait|landscape)\b))"
                          r"(?:[ \t]+(?:size|format|page|paper))?")
# "4 by 5 inches", "5 × 7 inch" — a print's size, in a sentence about the page ("Portrait, 4 by 5 inches, 300 dpi")
_PRINT_SIZE = re.compile(rf"(?<![\w.]){_NUM}[ \t]*(?:×|x|X|by)[ \t]*{_NUM}[ \t]*(?:inch(?:es)?|in\.|″|\")")
_PAGE_WORDS = re.compile(r"(?i)\b(?:portrait|landscape|dpi|ppi|print(?:ed|ing)?|page|paper|card|poster|slide|canvas)\b")
_COLUMN = re.compile(rf"(?i)(?<![\w.]){_NUM}[ \t]*mm[ \t]+(?:single|double|one|two|1|2|1\.5)[ \t-]*columns?(?:[ \t]+width)?")
_OPACITY = re.compile(rf"(?i)(?<![\w.]){_NUM}[ \t]*%[ \t]*(?:opacity|opaque|transparen(?:cy|t)|alpha|zoom|"
                      r"of[ \t]+(?:the[ \t]+)?(?:true|actual|real|full)[ \t]+sizes?)(?![\w])")
# "a year-9 worksheet", "for year-10 students", "for my year 7 class", "a grade-8 lab sheet"
_CLASS_YEAR = re.compile(r"(?i)(?<![\w-])(?:year|yr|grade|form|class|ks)[ \t-]?\d{1,2}(?![\w.]|\.\d)"
                         r"(?=[ \t]+(?:students?|pupils?|class(?:es)?|kids|children|groups?|sets?|worksheets?|lessons?|"
                         r"handouts?|lab|sheets?|science|biology|physics|chemistry|maths?|mathematics|computing|space|"
                         r"topic|exams?|tests?|quiz|homework|revision|course|unit|students'|pupils')\b)")


# the words to be printed on the figure, quoted after what they are: "Caption underneath: 'Figure 2. Two animal cells.'",
# "title 'Sun–Earth–Moon'", "caption 'Convex mirror: virtual image'", "the text 'Field 3'", "the legend should read …"
# — text to set, never facts to draw ("Two animal cells" read as content had drawn two more cells). A caption that
# "reads" or "says" something is one that exists, whose words the drawing is to match: read as the request.
CAPTION = "words to print on the figure (a caption, a title, a legend's text), not facts of it"
_CAPTION = re.compile(r"(?i)\b(?:caption|title|heading|subtitle|legend|footnote|watermark|(?:the|a)[ \t]+text)(?:ed)?"
                      r"(?:[ \t]+(?:underneath|below|beneath|above|on[ \t]+top|at[ \t]+the[ \t]+(?:top|bottom)))?"
                      r"[ \t]*(?::|=|should[ \t]+(?:read|say)|must[ \t]+(?:read|say))?[ \t]*"
                      r"(?P<q>'[^'\n]{1,160}'(?![A-Za-z])|\"[^\"\n]{1,160}\"|‘[^’\n]{1,160}’|“[^”\n]{1,160}”)")


# "wires in three colours", "two colours only", "using four different shades": how many colours the drawing uses
_COLOUR_COUNT = re.compile(r"(?i)(?:(?<=\bin[ \t])|(?<=\bwith[ \t])|(?<=\busing[ \t])|(?<=\buse[ \t])|(?<=\bonly[ \t])|"
                           r"(?<=\bjust[ \t]))(?:one|two|three|four|five|six|[1-6])[ \t]+(?:different[ \t]+)?"
                           r"(?:colou?rs|shades|tones|hues|fonts|typefaces)(?![\w])"
                           r"|(?<![\w-])(?:one|two|three|four|five|six|[1-6])[ \t]+(?:colou?rs|shades|fonts)[ \t]+only(?![\w])")
# a synthetic micrograph's size in pixels is a fact of the image the microscopy science draws ("image 512 × 512 px")
# ("60 nuclei, overlapping is fine, 1024 × 1024 px", "A 512 x 512 px image, 200 µm across"; a cell diagram's
# "1200 px wide" names a nucleus, not nuclei in a field)
_MICROGRAPH = re.compile(r"(?i)\b(?:micro(?:graph|scop)\w*|fluorescen\w*|DAPI|Hoechst|nuclei|fields?)\b|[µμ]m\b")
_PIXELS = re.compile(r"(?i)px|pixels?")


def _presentation(text: str) -> list[tuple[int, int, str]]:
    """The settings of how the figure is drawn or printed (see ``PRESENTATION``), each ``(start, end, why)``."""
    out = [(m.start(), m.end(), PRESENTATION) for rx in (_TYPE_SIZE, _TYPEFACE, _FILE_FORMAT, _BIT_DEPTH, _PAPER_SHEET, _COLUMN,
                                                          _OPACITY, _CLASS_YEAR, _COLOUR_COUNT) for m in rx.finditer(text)]
    if _MICROGRAPH.search(text):
        out = [(a, b, w) for a, b, w in out if not _PIXELS.search(text[a:b])]
    out += [(m.start("q"), m.end("q"), CAPTION) for m in _CAPTION.finditer(text)]
    for m in _ASPECT.finditer(text):
        after = re.match(r"[ \t]*(?:[,.;)]|$)", text[m.end():])
        if not after or _ASPECT_BEFORE.search(text[max(0, m.start() - 24):m.start()]):
            out.append((m.start(), m.end(), PRESENTATION))
    for m in _PRINT_SIZE.finditer(text):
        a = max(text.rfind(c, 0, m.start()) for c in ".;\n") + 1
        b = min([k for k in (text.find(c, m.end()) for c in ".;\n") if k >= 0] or [len(text)])
        if _PAGE_WORDS.search(text[a:b]):
            out.append((m.start(), m.end(), PRESENTATION))
    # the preposition that ties a setting to the sentence goes with it ("labels in 12 pt Helvetica", "at 300 dpi"):
    # left behind, "in" would relate the word before it to nothing
    return [(a - len(p.group(0)) if why == PRESENTATION and (p := _TIE.search(text, 0, a)) else a, b, why)
            for a, b, why in out]


_TIE = re.compile(r"(?i)(?<![\w])(?:in|at|with|using|to)[ \t]+$")
