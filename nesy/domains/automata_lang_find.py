"""Automata: where a text that names no state gives its language without the words the language phrase
pattern expects ("DFA, binary strings w/o two consecutive 1s", "DFA reading a binary number … and accepting iff
the number is divisible by 3", "Strings of a's whose length is a multiple of 3 — draw the minimal DFA").

Each sentence that speaks of what a language is made of (strings, words, numbers, bits, a condition such as
"ending", "divisible", "length") becomes a candidate phrase, its leading kind word and punctuation left out; the
caller (``automata.parse_automaton``) hands it to ``automata_lang.build``, which draws it only when every word
is read, and otherwise refuses naming the sentence. Nothing is guessed here: this only says where to look. A
heading ("PASSWORD POLICY (binary PINs only):", "Clue #4:") and a story's machine before "only for" / "accepts"
("the robot door opens only for …") are left out of the phrase (so listed as not drawn), never where they deny.
"""
from __future__ import annotations

import re

__all__ = ["language_sentences"]

# what a description of a language speaks of: its strings, their symbols, a condition on them
_CLUE = re.compile(r"(?i)\b(?:strings?|words?|numbers?|integers?|bits?|binary|decimal|sequences?|inputs?|language|"
                   r"accept\w*|recogni[sz]\w*|ends?|ending|starts?|starting|begins?|beginning|contain\w*|divisible|"
                   r"multiples?|length|even|odd|consecutive|substring|w/o|without|"
                   # a language in words ("a 1 followed by any number of 0s", "no a after b", "an identifier is …")
                   r"followed|then|after|before|identifiers?|"
                   # a block repeated ("'ab' repeated any number of times", "copies of 01")
                   r"repeated|repetitions?|copies|"
                   # a regular expression named ("for the pattern ^b.*a$", "matching (ab)*")
                   r"pattern|regex|expression|match\w*)\b")
_SENT = re.compile(r"[^.;!?\n]+")
# a heading at the start of the text: one to three words and a colon (or a spaced dash), none of them a clue
# ("Lexer docs:", "Spec:", "Figure —"), perhaps with a bracketed aside before its colon ("PASSWORD POLICY (binary PINs
# only):"; the aside is not read, so it is listed)
# ("Lexer docs:", "Spec:", "Figure —"), perhaps numbered ("Clue #4:", "Exercise 3.2:", "Task (b):")
_HEADING = re.compile(r"[A-Z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,2}(?:\s+(?:#|No\.\s*)?\d{1,3}(?:\.\d{1,2})?[a-z]?)?"
                      r"(?:\s*\([^()]{1,40}\))?(?:\s*:|\s+[-—–]|\s*[—–])\s*")
# the strings a machine of a story accepts, named after what it does: "the robot door opens only for passwords made of
# …", "the lock clicks open exactly when …" — the words before "only for" / "exactly when" are the story's machine
# and its action (left unread, so listed); never where they deny or reject ("never", "stays shut", "rejects")
_ONLY = re.compile(r"(?i)\b(?:(?:only|exactly|precisely|just)\s+(?:for|when|if)|(?:accepts?|recogni[sz]es?|admits?|allows?|"
                   r"lets\s+(?:in|through))(?:\s+(?:only|exactly|precisely|just))?)\b")
_DENY = re.compile(r"(?i)\b(?:not|never|no|n't|nor|reject\w*|refus\w*|den(?:y|ies|ied)|block\w*|shut\w*|"
                   r"clos\w*|stays?|fail\w*|invalid|forbid\w*|ban\w*|except|unless|error|alarm\w*|beeps?)\b|n't\b")


def _grammar_word(head: str) -> bool:
    """Whether a heading holds a word of the automata grammar ("Alphabet:", "Start:", "States:")."""
    from .automata import _vocab
    return any(w.lower() in _vocab() for w in re.findall(r"[^\W\d_]+", head))


def language_sentences(text: str, facts: dict) -> list[dict]:
    """Candidate language phrases (``{text, start, end}``), in text order: each sentence holding a clue word,
    from its first word after a leading kind phrase ("DFA:", "NFA,") to its end."""
    kinds = [k for _k, k in facts.get("kind", [])]
    out = []
    for m in _SENT.finditer(text):
        a, b = m.start(), m.end()
        for k in kinds:          # "DFA, binary strings …", "dfa: ends w/ 00": the kind is not the language
            if a <= k["start"] and text[a:k["start"]].strip() == "":
                a = k["end"]
        while a < b and (text[a].isspace() or text[a] in ",:—–-"):
            a += 1
        head = _HEADING.match(text, a, b)
        if head and not _CLUE.search(re.sub(r"\([^()]*\)", " ", head.group(0))) and _CLUE.search(text[head.end():b]) and \
                (a == len(text) - len(text.lstrip()) or not _grammar_word(head.group(0))):
            # "Lexer docs: an identifier is …", "…. Figure: a DFA reading …" (a caption's label, "Fig. 2:"): the
            # document's heading or label, not the language (left unread, so listed); after the text's start only
            # where none of its words is this science's ("Alphabet: 0 and 1, …" is read as the alphabet)
            a = head.end()
            for k in kinds:      # "Figure: a DFA reading …": the kind after the label is not the language either
                if a <= k["start"] and text[a:k["start"]].strip() == "":
                    a = k["end"]
            while a < b and (text[a].isspace() or text[a] in ",:—–-"):
                a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",:—–-?!"):
            b -= 1
        only = _ONLY.search(text, a, b)
        if only and text[a:only.start()].strip() and not _CLUE.search(text[a:only.start()]) and \
                not _DENY.search(text[a:only.start()]) and _CLUE.search(text[only.end():b]):
            a = only.start()
        if b > a and _CLUE.search(text[a:b]):
            out.append({"text": text[a:b], "start": a, "end": b})
    return out
