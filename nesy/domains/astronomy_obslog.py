"""The header of an observing log, for ``nesy.astronomy.v1``'s reader: "Obs. log, 14 Feb, 22:40 UT, 8-inch
Dobsonian, seeing 3/5. Jupiter's big outer moon Callisto …".

An observer's log opens each entry with when and how the sky was seen — the date, the time in UT, the
instrument and its aperture, the seeing and transparency (the BAA and ALPO observing forms; seeing on the
Antoniadi scale I–V or as n/5 or n/10, Antoniadi 1909) — before what was seen. None of those fields is a
body, a distance or an orbit, so none changes the figure; they are read as the observation's record and passed
over, never as a distance ("8-inch" is an aperture) or a count ("3/5" is a rating). Read only in a text that calls itself a log or report of an observation, or that names
the seeing or an instrument with its aperture.
"""
from __future__ import annotations

import re

__all__ = ["log_fields"]

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_FIELDS = [
    ("log", r"(?:obs(?:erving)?\.?|observation(?:al)?)\s+(?:log|report|notes?|record)(?:\s+entry)?|log\s+entry"),
    ("date", rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
             r"|\d{4}-\d{2}-\d{2}"),
    ("time", r"\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:UT|UTC|GMT|hrs?|h)?(?![\w])|\d{4}\s*(?:UT|UTC|GMT)"),
    ("instrument", r"\d+(?:\.\d+)?(?:[\s-]*(?:inch|in|\"|″|mm|cm))[\s-]*(?:(?:f/\d+(?:\.\d+)?|apo(?:chromatic)?|achromatic|"
                   r"newtonian|reflecting|refracting|schmidt[\s-]+cassegrain|maksutov|goto|truss)[\s-]+)*(?:dobsonian|dob|"
                   r"telescope|scope|refractor|reflector|newtonian|sct|mak)|\d+\s*[x×]\s*\d+\s+binoculars"),
    ("seeing", r"(?:seeing|transparency)\s*(?:[:=]\s*)?(?:\d+(?:\.\d+)?\s*/\s*\d+|(?:antoniadi\s+)?[IV]{1,3}\b|"
               r"good|fair|poor|excellent|average)"),
]
_RX = re.compile(r"(?i)(?<![\w/])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _FIELDS) + r")(?![\w/])")
_MARK = re.compile(r"(?i)(?<![\w])(?:obs(?:erving)?\.?\s+log|observ(?:ing|ation(?:al)?)\s+(?:log|report|notes?)|"
                   r"log\s+entry|seeing|transparency|dobsonian|refractor|reflector|telescope)(?![\w])")


def log_fields(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, field)`` of the log's header fields (module docstring) in the sentence or line that opens
    the log; none in a text that is no observing record."""
    if not _MARK.search(text):
        return []
    out = []
    for m in _RX.finditer(text):
        out.append((m.start(), m.end(), next(k for k, v in m.groupdict().items() if v is not None)))
    # only the header: the fields before the first sentence end after the first of them
    if not out:
        return []
    end = re.search(r"[.!?](?:\s|$)|\n", text[out[0][1]:])
    stop = out[0][1] + end.start() if end else len(text)
    return [x for x in out if x[0] < stop]


# a transcript's own label: "[Voicemail, 0:41]", "(voice memo 1:03)", "[Transcript, 00:02:10]" — the recording's
# kind and length, said by the transcriber, not the caller: no body, distance or count of the figure
_TRANSCRIPT = re.compile(r"(?i)[\[(]\s*(?:voice\s*-?\s*mail|voice\s+(?:memo|message|note)|transcript(?:ion)?|recording|"
                         r"audio|answerphone|phone\s+message)(?:\s*,?\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?\s*[\])]")


def transcript_labels(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each transcript label of ``text`` (above)."""
    return [(m.start(), m.end()) for m in _TRANSCRIPT.finditer(text)]
