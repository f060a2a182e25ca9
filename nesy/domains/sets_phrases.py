"""Sets: phrasings about a whole group of sets, read before the clause readers of ``sets_words``.

* pairwise quantifiers — "every pair overlaps", "each pair of them intersects", "any two of them
  overlap", "they pairwise overlap", "no two of which meet", "no two of them share elements": the
  relation holds between each two sets of the group (Rosen, *Discrete Mathematics and Its Applications*,
  7th ed., §2.2, Def. 5: "a collection of sets is pairwise disjoint if every two sets in the collection
  are disjoint"); "no two … meet" is ∀ pairs ¬(A ∩ B ≠ ∅), i.e. pairwise disjoint (§1.4, negating ∃);
* a region common to all the sets — "a region common to all three", "all three share a region",
  "something in all of them", "the three sets have a common region" — the sets' intersection is not
  empty (Venn 1880: every region of the diagram exists); said with "no"/"nothing" it states an empty
  region, which nesy does not draw: handed back as not drawn;
* audience and purpose phrases — "for my geometry class", "in our algebra lesson", "for the students in
  my class": 'class' there is a school class, no set (a set is a class only where the text uses it as
  one: named, defined "the class of …", or given members);
* premise openers — "Given A = {…}", "Suppose …", "Consider …": no set named "Given".

The group of a pairwise or common clause is the sets it names itself, else the sets the same sentence
names before it, else every set of the scene (resolved in ``sets_words.read``).
"""
from __future__ import annotations

import re

__all__ = ["read_group_phrases", "AUDIENCE"]

_NAME = r"[A-Z][A-Za-z0-9_]{0,15}"

# --- audience / purpose -------------------------------------------------------------------------------
_DET = r"(?:my|our|the|a|an|this|your|his|her|their|tomorrow's|today's|next)"
_SCHOOL = (r"(?:class|classes|course|courses|lesson|lessons|lecture|lectures|seminar|tutorial|homework|worksheet|"
           r"exam|test|quiz|notes|slides|presentation|textbook|handout|students|pupils|kids|children|learners|"
           r"teacher|kids|group\s+project|assignment|poster|posters|slide|worksheets|handouts|project|report|talk|"
           r"blog|article|book|website|video|revision|class\s+discussion)")
# "for my geometry class", "for the students in my class", "in our maths lesson": not followed by what
# makes 'class' a set ("the class of mammals", "the class C", "class = {…}")
AUDIENCE = re.compile(
    rf"\b(?:for|in|to|with|during)\s+{_DET}\s+(?:[a-z][a-z\-']*\s+){{0,3}}?{_SCHOOL}"
    rf"(?:\s+(?:in|of|at)\s+{_DET}\s+(?:[a-z][a-z\-']*\s+){{0,3}}?{_SCHOOL})?"
    rf"(?!\s+(?:of\b|called\b|named\b|(?-i:(?!I\b){_NAME})\b|=|\{{))"
    rf"(?:\s*,?\s+(?:we|i|you)\s+(?:have|know|are\s+given|were\s+given|are\s+told|learned|learnt|saw)\b(?:\s+that\b)?)?",
    re.IGNORECASE)
# "Our class wants …", "my students need …": a school noun owned by the writer is the audience, never a set
_OWN = re.compile(rf"\b(?:my|our|your)\s+(?:[a-z][a-z\-']*\s+){{0,2}}?{_SCHOOL}\b"
                  rf"(?!\s+(?:of\b|called\b|named\b|(?-i:(?!I\b){_NAME})\b|=|\{{))", re.IGNORECASE)
_PREMISE = re.compile(r"(?:^|(?<=[.!?;:]))\s*(Given|Suppose|Assume|Consider|Take)\b(?:\s+that\b)?(?=\s+(?:the\s+)?"
                      rf"(?:sets?\s+)?{_NAME}\b)")

# --- pairwise quantifiers -----------------------------------------------------------------------------
_OF = (r"(?:\s+of\s+(?:them|which|these(?:\s+(?:three|two|four))?(?:\s+sets|\s+circles)?|those|the\s+(?:three\s+|two\s+|four\s+)?"
       r"(?:sets|circles)|(?:the\s+)?sets|circles|{names}"
       # "every pair of groups shares members": the sets grammar's own nouns for a set (grammars/sets/grammar.yaml)
       r"|(?:the\s+|these\s+|our\s+)?(?:three\s+|two\s+|four\s+)?(?:groups|classes|collections|categories"
       # … or by the kind the sets are of: "each pair of subjects", "every pair of the sports"
       r"|(?-i:[a-z]{{3,20}}s)(?<!ss))))?(?:\s+(?:sets|circles))?")
_OVER = (r"(?:overlap|overlaps|overlapping|intersect|intersects|intersecting|meet|meets|meeting|cross|crosses"
         r"|share|shares|sharing)(?:\s+(?:an?\s+|some\s+|at\s+least\s+one\s+)?(?:common\s+)?(?:elements?|members?|regions?|area|something|points?"
         # … or by what the members are: "shares some pupils", "share a few students"
         r"|(?<=some\s)(?-i:[a-z]{3,20}s)(?<!ss)))?"
         r"(?:\s+in\s+common)?(?:\s+(?:with\s+)?(?:each\s+other|one\s+another))?"
         r"|have\s+(?:(?:an?|some)\s+)?(?:elements?|members?|something)\s+in\s+common")
_APART = (r"(?:disjoint|separate|apart|mutually\s+exclusive|non-?overlapping|nonintersecting|non-intersecting)"
          r"|share\s+(?:no|nothing)(?:\s+(?:elements?|members?))?|have\s+(?:nothing|no\s+(?:elements?|members?))\s+in\s+common")
_NOT = r"(?:(?:do|does|will|can|should|must|may)\s*(?:not|n't)|don't|doesn't|dont|doesnt|never|cannot|can't|are\s+not|aren't|is\s+not|isn't)"
_COP = r"(?:(?:are|is|be|do|does|will|should|must|can|may|all|also|both)\s+)*"


def _pair_rx(names: str) -> re.Pattern:
    of = _OF.format(names=names)
    subj_pos = r"(?:every|each|any|all)\s+(?:pairs?|two)\b" + of
    # "none of them overlap", "none of the three sets intersect": no one of them meets another
    subj_neg = r"(?:no\s+(?:pairs?|two)\b" + of + r"|none\b" + of + ")"
    return re.compile(
        rf"\b(?:(?P<neg_subj>{subj_neg})|(?P<pos_subj>{subj_pos})|(?P<pw>(?:they|these(?:\s+sets)?|the\s+sets|which|that)\s+"
        rf"(?:are\s+|all\s+)?(?:pairwise|mutually)))\s+{_COP}(?P<not>{_NOT}\s+)?(?:pairwise\s+|mutually\s+)?"
        rf"(?:(?P<over>{_OVER})|(?P<apart>{_APART}))\b", re.IGNORECASE)


# "with no overlaps at all between any of them", "without any intersection among the sets", "no common
# elements between A, B and C": the noun form of "no two of them meet" (pairwise disjoint, §2.2 Def. 5)
_NONE_NOUN = (r"(?:\b(?:with|having|and|has|have|there\s+(?:is|are))\s+)?\b(?:no|zero|without(?:\s+any)?)\s+"
              r"(?:overlaps?|intersections?|common\s+(?:elements?|members?|regions?|parts?)|shared\s+(?:elements?|members?))"
              r"(?:\s+(?:at\s+all|whatsoever))?(?:\s+(?:between|among|amongst)\s+(?:(?:any|each|all)\s+(?:two\s+)?(?:of\s+)?)?"
              r"(?:them|the\s+sets|these(?:\s+sets)?|the\s+(?:three|two|four)(?:\s+sets)?|{names}))?(?:\s+(?:at\s+all|whatsoever))?")


# "no animal belongs to two of these classes", "nothing is in more than one of them", "no element lies in
# two of the sets": no member is shared by any two — pairwise disjoint (§2.2 Def. 5)
# "either a Solid, a Liquid or a Gas - never two at once", "… but never both at the same time": what each
# member is, one at a time — no member in two of them (exclusive alternatives, §1.1 "exclusive or")
_IN_TWO = re.compile(
    r"\b(?:no\s+(?:[a-z]+\s+){0,2}?|nothing\s+|nobody\s+|no\s+one\s+)(?:(?:can|may|will|does|do)\s+)?"
    r"(?:belongs?\s+to|be(?:long)?\s+(?:in|to)|is\s+(?:in|a\s+member\s+of)|lies\s+in|falls?\s+(?:in|into)|appears?\s+in)\s+"
    r"(?:two|both|more\s+than\s+one|several)\s+(?:of\s+)?(?:these|them|those|the)?(?:\s*(?:sets|classes|groups|circles|categories))?\b"
    r"|\b(?:but\s+)?(?:never|not|no\s+member\s+is)\s+(?:in\s+)?(?:two|both|more\s+than\s+one)(?:\s+of\s+(?:them|these|those))?"
    r"\s+(?:at\s+once|at\s+the\s+same\s+time|simultaneously|together)\b"
    r"|(?<=,)\s*(?:but\s+)?(?:never|not)\s+both\b(?=\s*(?:[.;!?)]|$))",
    re.IGNORECASE)


# --- a region common to all of them --------------------------------------------------------------------
# "all three", "all three subjects at once": a plural noun after the number says what the sets are
_ALL = (r"all\s+(?:three|3|four|of\s+them|of\s+these|of\s+the\s+sets|the\s+sets|the\s+three(?:\s+sets|\s+circles)?|three\s+(?:sets|circles)|its\s+sets)"
        r"(?:\s+(?-i:[a-z]{3,20}s)\b(?<!\bis)(?<!\bhas))?(?:\s+(?:at\s+once|at\s+the\s+same\s+time|simultaneously|together))?")
_THING = (r"(?:(?:a|an|some|one|the)\s+)?(?:common\s+|central\s+|shared\s+|middle\s+|single\s+)?"
          r"(?:region|area|part|zone|element|member|point|thing|overlap|intersection|space)s?|something|anything|some\s+elements?")
_COMMON = re.compile(
    rf"(?P<lead>(?:,\s*|\b(?:and|with|where|so\s+that|such\s+that)\s+)*(?:(?:there\s+(?:is|are|exists?)|there's|with|has|have)\s+)?)"
    rf"(?P<neg>\bno\s+|\bnot\s+|\bnothing\b\s*)?(?P<body>"
    rf"(?:{_THING})\s+(?:(?:that|which)\s+(?:is|lies|belongs|falls|sits)\s+|lying\s+|belonging\s+|found\s+)?"
    rf"(?:common\s+to|shared\s+by|in|inside|within|to|of|belonging\s+to)\s+{_ALL}"
    rf"|(?:{_ALL}|they\s+all|the\s+three(?:\s+sets)?)\s+(?:(?P<cneg>{_NOT}\s+)?(?:share|have)\s+(?:{_THING})(?:\s+in\s+common)?"
    rf"|(?:overlap|intersect|meet)\s+(?:in|at)\s+(?:{_THING}))"
    rf"|(?:a|the)\s+(?:central\s+)?(?:region|area|part)\s+where\s+(?:all\s+three|they\s+all|all\s+of\s+them)\s+(?:overlap|meet|intersect)"
    rf"|the\s+(?:triple|three-way)\s+(?:intersection|overlap)\s+(?:is\s+)?(?:non-?empty|not\s+empty|exists))\b",
    re.IGNORECASE)


# "a bit in the middle for people who use all three", "there's a small region in the centre", "with a part in
# the middle where they all meet": the region every set of the figure shares (the middle of a Venn diagram is
# the intersection of all its sets: Venn 1880, Fig. 2)
_MIDDLE = re.compile(
    r"(?:(?:\b(?:there's|there\s+is|with|has|have|leave|keep|show|include|including)\s+)?\b(?:a|an|some|the)\s+"
    r"(?:(?:little|small|tiny|central|shared|common)\s+)?(?:bit|part|region|area|spot|space|section|zone|piece|overlap)\s+"
    r"(?:right\s+)?in\s+the\s+(?:middle|centre|center)\b"
    # "… draw the three circles … with that middle region": the region in the middle of three circles
    r"|\b(?:with|show(?:ing)?|including|and)\s+(?:a|the|that|this|its|their)\s+(?:middle|central|centre|center)\s+"
    r"(?:region|part|area|zone|bit|overlap)\b)"
    r"(?:\s+(?:for|of|where|with)\s+[^.;:!?\n,]*?\b(?:all\s+three|all\s+of\s+them|they\s+all\s+[a-z]+)\b"
    r"(?:\s+(?:of\s+them|sets|circles|groups))?)?", re.IGNORECASE)


def _blank(chars: list[str], a: int, b: int) -> None:
    for k in range(a, b):
        if chars[k] != "\n":
            chars[k] = " "


def _sentence(text: str, at: int) -> tuple[int, int]:
    a = max(text.rfind(c, 0, at) for c in ".!?;") + 1
    m = re.search(r"[.!?;]", text[at:])
    return a, at + m.start() if m else len(text)


def _group(text: str, a: int, b: int, known: set[str]) -> tuple[str, ...]:
    """The sets a clause at ``text[a:b]`` is about: those it names, else those its sentence names before it."""
    def names(s: str) -> list[str]:
        out: list[str] = []
        for m in re.finditer(rf"(?<![\w{{]){_NAME}(?![\w}}])", s):
            if m.group() in known and m.group() not in out:
                out.append(m.group())
        return out
    own = names(text[a:b])
    if len(own) >= 2:
        return tuple(own)
    s0, _ = _sentence(text, a)
    from .sets_names import introduced
    # "I need Lions and Tigers, no overlap": the pronoun I (and the article A) is no set of the group
    before = [n for n in names(text[s0:a]) if n not in ("A", "I") or introduced(text, n)]
    if not before and s0 > 0 and _PLURAL_BEFORE.search(text[s0:a]):
        # "Draw Lions and Tigers; they have no overlap": the plural pronoun stands for the sets the sentence
        # before names, when they are exactly two
        p0, _ = _sentence(text, max(s0 - 2, 0))
        prev = [n for n in names(text[p0:s0 - 1]) if n not in ("A", "I") or introduced(text, n)]
        return tuple(prev) if len(prev) == 2 else ()
    if len(before) > 2 and _PLURAL_BEFORE.search(text[s0:a]):
        # "there is a set X and a set Y, they have no common element": the pair just coordinated, or none
        from .sets_common import _last_pair, _named
        return tuple(n for n, _ in _last_pair(text, _named(text, s0, a, known)))
    return tuple(before) if len(before) >= 2 else ()


# "Vegetables stays separate from Fruit, right? — Right, no overlap at all.", "K is apart from L. No overlap
# whatsoever.": a verbless "no overlap" that opens its sentence (after at most an answer word) has no subject of
# its own; like the pronoun "they" (``_PLURAL_BEFORE``) it is said of the pair the sentence before names, when
# that sentence names exactly two sets — an answer or an afterthought restates what was just said (ellipsis of
# the subject, Quirk et al. 1985 §12.47), never all the sets of the figure
_ANSWER_LEAD = re.compile(r"^[\s>*•\-–—]*(?:(?:yes|yeah|yep|right|correct|exactly|indeed|sure|true|agreed|ok(?:ay)?)\b"
                          r"[\s,!.:;\-–—]*)?(?:(?:and|so|with|,)\s*)?$", re.IGNORECASE)


def _echoed_pair(text: str, at: int, known: set[str]) -> tuple[str, ...]:
    """The two sets the sentence before names, when the phrase at ``at`` opens its own sentence; else ()."""
    s0, _ = _sentence(text, at)
    if s0 == 0 or not _ANSWER_LEAD.match(text[s0:at]):
        return ()
    p0, _ = _sentence(text, max(s0 - 2, 0))
    from .sets_names import introduced
    prev: list[str] = []
    for m in re.finditer(rf"(?<![\w{{]){_NAME}(?![\w}}])", text[p0:s0 - 1]):
        n = m.group()
        if n in known and n not in prev and (n not in ("A", "I") or introduced(text, n)):
            prev.append(n)
    return tuple(prev) if len(prev) == 2 else ()


_PLURAL_BEFORE = re.compile(r"\b(?:they|these\s+two(?:\s+sets)?|the\s+two(?:\s+sets)?|both(?:\s+(?:sets|of\s+them))?)\s+"
                            r"(?:(?:do|does|should|must|will|can|would)\s+)?$", re.IGNORECASE)


# "our triathletes are in all three", "the twins belong to all three groups": members named by a plural noun (no
# set of the text) said to be in every set — the sets' common region has members (Rosen §2.2 Def. 3)
_MEMBERS_IN_ALL = re.compile(
    rf"\b(?:(?:our|the|these|those|their|my|some)\s+)?(?:(?-i:[a-z]{{3,20}})\s+)?(?P<who>(?-i:[a-z][a-z\-]{{2,20}}s|people|children|men|women|folk))"
    rf"(?:\s+of\s+(?-i:[a-z]{{3,20}}))?\s+(?:(?:are|were)\s+(?:also\s+)?(?:in|members\s+of|part\s+of)|(?:also\s+)?belong\s+to)\s+"
    rf"{_ALL}\b", re.IGNORECASE)


# "the rows where C is TRUE (6, 12, 18, ...) are in both", "our bilingual pupils are in both": members named by a
# plural noun said to be in each of two sets — the two overlap (Rosen §2.2 Def. 3: x ∈ A ∩ B)
_MEMBERS_IN_BOTH = re.compile(
    r"\b(?:our|the|these|those|their|my|some)\s+(?:(?-i:[a-z]{3,20})\s+)?(?P<who>(?-i:[a-z][a-z\-]{2,20}s|people|children|men|women|folk))"
    r"(?:\s+(?:where|who|that|which|of|with)\s+(?:[^.;:!?()]|\([^()]{0,40}\)){0,80}?)?\s+(?:(?:are|were)\s+(?:also\s+)?(?:in|members\s+of)"
    r"|(?:also\s+)?belong\s+to)\s+both\b(?:\s+(?:of\s+them|sets|circles|groups))?", re.IGNORECASE)


def read_group_phrases(text: str, chars: list[str], pre, known: set[str]) -> None:
    """Read the module's phrasings from ``"".join(chars)`` into ``pre`` (``sets_words.PreRead``), blanking
    what was read (offsets kept). ``known``: the words that name sets."""
    # (members said to be in all the sets, read before a school word is taken for the audience: "our pupils are …")
    masked = "".join(chars)
    for m in _MEMBERS_IN_ALL.finditer(masked):
        if m.group("who").lower() in ("sets", "circles", "regions", "elements", "members", "things"):
            continue
        grp = _group(masked, m.start(), m.end(), known)
        pre.common.append((grp if len(grp) == 3 else (), m.start(), m.end(), True))
        _blank(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _MEMBERS_IN_BOTH.finditer(masked):
        if m.group("who").lower() in ("sets", "circles", "regions"):
            continue
        grp = _group(masked, m.start(), m.end(), known)
        pre.both.append(("overlaps", grp if len(grp) == 2 else (), m.start(), m.end()))
        _blank(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in AUDIENCE.finditer(masked):
        pre.ignored.append((m.start(), m.end()))
        _blank(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _OWN.finditer(masked):
        pre.ignored.append((m.start(), m.end()))
        _blank(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _PREMISE.finditer(masked):
        pre.ignored.append((m.start(1), m.end()))
        _blank(chars, m.start(1), m.end())
    masked = "".join(chars)
    names_alt = "|".join(sorted(map(re.escape, known), key=len, reverse=True)) or "(?!)"
    for m in _pair_rx(rf"(?:{names_alt})(?:\s*(?:,|and)\s*(?:{names_alt}))*").finditer(masked):
        flips = (1 if m.group("neg_subj") else 0) + (1 if m.group("not") else 0)
        kind = "overlaps" if m.group("over") else "outside"
        if flips % 2:
            kind = "outside" if kind == "overlaps" else "overlaps"
        grp = _group(masked, m.start(), m.end(), known)
        pre.pairwise.append((kind, grp, m.start(), m.end()))
        _blank(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in re.finditer(_NONE_NOUN.format(names=rf"(?:{names_alt})(?:\s*(?:,|and)\s*(?:{names_alt}))*"), masked,
                         re.IGNORECASE):
        if re.match(rf"\s*(?:in\s+common\s+)?(?:with|to)\s+(?:{names_alt})\b", masked[m.end():]):
            continue   # "… no common element with S": a relation to S (``sets_common``), not among a group
        grp = _group(masked, m.start(), m.end(), known) or _echoed_pair(text, m.start(), known)
        pre.pairwise.append(("outside", grp, m.start(), m.end()))
        _blank(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _IN_TWO.finditer(masked):
        pre.pairwise.append(("outside", _group(masked, m.start(), m.end(), known), m.start(), m.end()))
        _blank(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _MIDDLE.finditer(masked):
        grp = _group(masked, m.start(), m.end(), known)
        pre.common.append((grp if len(grp) in (2, 3) else (), m.start(), m.end(), True))
        _blank(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _COMMON.finditer(masked):
        a = m.start("neg") if m.group("neg") else m.start("body")
        grp = _group(masked, a, m.end(), known)
        grp = grp if len(grp) in (2, 3) else ()
        if m.group("neg") or m.group("cneg"):
            pre.unknown.append((a, m.end()))      # an empty common region: nesy draws every region
        else:
            pre.common.append((grp, a, m.end(), True))
        _blank(chars, m.start(), m.end())
