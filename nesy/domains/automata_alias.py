"""Automata: input symbols named by words, and example strings marked accepted or rejected.

A writer often names the symbols of the alphabet by words and says once which letter stands for which:
"alphabet alpha and bravo (a and b)", "over the symbols L (letter) and D (digit)", "inputs heads (H) and tails
(T)". A symbol of a finite automaton is one letter of Σ (HMU §1.5.1, Sipser Def. 1.5), so the words are only its
names: ``read_aliases`` finds such declarations (a word and a one-character symbol, one of them in brackets right
after the other; or lists of both, equally long, "alpha and bravo (a and b)") and rewrites the text with each
word (its plural "letters", and strings written as words joined by hyphens, "alpha-bravo" = "ab") as its symbol,
padded with spaces, so that every position still points at the user's text. A word named for two symbols, or a
symbol named by two words, is refused naming both — never chosen.

Examples marked as verdicts ("So ab yes, ba no.", "e.g. aab accepted, ba rejected", "ε: yes; b: no") are read by
``read_verdicts``: each string must be accepted (yes) or rejected (no) by the automaton drawn, else the text is
refused naming the example (``check_verdicts``), as for examples of a language (``automata_lang``).

Hands on: the rewritten text (same length) and the alias table; the verdicts with their phrases.
"""
from __future__ import annotations

import re

__all__ = ["read_aliases", "read_verdicts", "check_verdicts"]

_W = r"[A-Za-z][a-z]{2,}"            # a name: a word of three letters or more ("alpha", "letter", "heads")
_S = r"[A-Za-z0-9]"                  # a symbol: one character
_SEP = r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)\s*"
# "alpha and bravo (a and b)": two lists of the same length, the symbols in brackets
_LISTS = re.compile(rf"(?<![\w-])(?P<ws>{_W}(?:{_SEP}{_W})+)\s*\(\s*(?:resp(?:ectively|\.)\s*)?(?P<ss>{_S}(?:{_SEP}{_S})+)\s*\)")
# "alpha (a)", "heads (=H)" — the word first; "L (letter)", "D (for digit)", "0 (zero)" — the symbol first
_WORD_SYM = re.compile(rf"(?<![\w-])(?P<w>{_W})\s*\(\s*(?:=\s*|i\.e\.\s*|written\s+|symbol\s+)?['\"]?(?P<s>{_S})['\"]?\s*\)")
_SYM_WORD = re.compile(rf"(?<![\w'-])(?P<s>{_S})\s*\(\s*(?:=\s*|for\s+|i\.e\.\s*|an?\s+|the\s+)?(?P<w>{_W})\s*\)")
# words that are never a symbol's name (the glossed noun of the automaton itself)
_NOT_NAMES = frozenset({"start", "starting", "initial", "accepting", "accept", "final", "state", "states", "dead", "trap",
                        "sink", "empty", "epsilon", "lambda", "and", "or", "the", "for", "not", "yes", "any", "all",
                        "only", "also", "then", "this", "that", "these", "those", "see", "say", "resp",
                        # the nouns of the language itself ("x (the input)"), never one symbol's name
                        "input", "inputs", "symbol", "symbols", "string", "strings", "word", "words", "number",
                        "numbers", "language", "alphabet", "automaton", "machine", "dfa", "nfa"})


def _plural(w: str) -> str:
    return rf"{re.escape(w)}(?:e?s)?"


def read_aliases(text: str) -> tuple[str, dict[str, str]]:
    """``text`` with every symbol named by a word written as the symbol (same length, spaces after it), and the
    table word → symbol (lower-case words); ``text`` itself and {} when it names none. Raises ``InputError``
    when a word names two symbols or a symbol two words."""
    from ..errors import InputError
    table: dict[str, tuple[str, int, int]] = {}
    decl: list[tuple[int, int]] = []      # the bracketed parts of declarations, blanked

    def add(w: str, s: str, a: int, b: int) -> None:
        k = w.lower()
        if k in _NOT_NAMES or re.fullmatch(r"q\d+", k):
            return
        old = table.get(k)
        if old and old[0] != s:
            raise InputError(f"the word '{w}' names two symbols, '{old[0]}' at {old[1]}-{old[2]} and '{s}' at {a}-{b}; "
                             "give each symbol one name")
        other = next((k2 for k2, v in table.items() if v[0] == s and k2 != k), None)
        if other is not None:
            raise InputError(f"the symbol '{s}' at {a}-{b} is named by two words, '{other}' and '{w}'; give it one")
        table[k] = (s, a, b)
    for m in _LISTS.finditer(text):
        ws = re.findall(_W, re.sub(r"\b(?:and|or)\b", " ", m.group("ws")))
        ss = re.findall(_S, re.sub(r"\b(?:and|or|resp\w*)\b", " ", m.group("ss")))
        if len(ws) != len(ss) or len(set(ss)) != len(ss):
            continue
        for w, s in zip(ws, ss):
            add(w, s, m.start("ss"), m.end("ss"))
        decl.append((m.end("ws"), m.end()))
    for rx in (_WORD_SYM, _SYM_WORD):
        for m in rx.finditer(text):
            if any(a <= m.start() < b for a, b in decl):
                continue
            w, s = m.group("w"), m.group("s")
            if w.lower() in _NOT_NAMES:
                continue
            add(w, s, m.start("s"), m.end("s"))
            decl.append((m.end("w"), m.end()) if rx is _WORD_SYM else (m.end("s"), m.end()))
    # a symbol named by a word the text uses for one symbol only: the table is kept only when each word is a name
    table = {k: v for k, v in table.items() if k.lower() not in _NOT_NAMES}
    if not table:
        return text, {}
    out = list(text)
    for a, b in decl:
        out[a:b] = " " * (b - a)
    # strings written as names joined by hyphens ("alpha-bravo-alpha" = "aba") first, then single names
    name = "|".join(_plural(w) for w in sorted(table, key=len, reverse=True))
    s_now = "".join(out)
    for m in re.finditer(rf"(?i)(?<![\w-])(?:{name})(?:-(?:{name}))*(?![\w-])", s_now):
        if any(a <= m.start() < b for a, b in decl):
            continue
        parts = m.group(0).split("-")
        keys = [next((k for k in (p.lower(), p.lower()[:-1], p.lower()[:-2]) if k in table), None) for p in parts]
        if None in keys:
            continue
        sym = "".join(table[k][0] for k in keys)
        out[m.start():m.end()] = list(sym.ljust(m.end() - m.start()))
    return "".join(out), {k: v[0] for k, v in table.items()}


# "So ab yes, ba no", "e.g. aab accepted, ba rejected", "ε: yes; b: no", "abb ✓, ba ✗"
_YES = r"(?:yes|accepted|accept|ok|✓|✔)"
_NO = r"(?:no|rejected|reject|not\s+accepted|✗|✘)"
_ITEM = rf"(?P<w>[A-Za-z0-9]+|ε|the\s+empty\s+string)\s*(?::\s*|\s+(?:is\s+|gets\s+)?|\s*→\s*|\s*->\s*)(?:{_YES}|{_NO})"
_VERDICTS = re.compile(rf"(?i)(?:(?<=^)|(?<=[.;:!?\n]))\s*(?:(?:so|thus|i\.e\.|e\.g\.|for\s+example|examples?|tests?)\s*[,:]?\s*)?"
                       rf"{_ITEM}(?:\s*(?:,|;|and|but|while)\s*{_ITEM.replace('?P<w>', '?:')})+\s*(?=[.!]?\s*$|[.!]\s)")


# a sentence of its own on the empty string: "The empty string is accepted too.", "Empty string also accept.",
# "ε must be rejected." — a verdict on ''
_EMPTY = re.compile(r"(?i)(?:(?<=^)|(?<=[.;!?\n]))\s*(?P<w>(?:the\s+)?(?:empty\s+(?:string|word)|ε|epsilon|λ))\s+(?:is\s+|should\s+be\s+|"
                    r"must\s+be\s+|gets\s+)?(?:also\s+)?(?P<v>accepted|accepts?|in\s+the\s+language|included|rejected|rejects?|"
                    r"not\s+accepted|excluded|not\s+in\s+the\s+language)(?:\s+too|\s+as\s+well|\s+also)?\s*(?=[.!]?\s*$|[.!]\s)")


def read_verdicts(text: str) -> tuple[str, list[tuple[str, bool, dict]]]:
    """``text`` with each sentence that lists example strings marked accepted or rejected blanked (same length),
    and the verdicts ``(string, accepted, phrase)`` in text order (the empty string as '')."""
    got: list[tuple[str, bool, dict]] = []
    out = text
    for m in _VERDICTS.finditer(text):
        body = m.group(0)
        for it in re.finditer(_ITEM.replace("(?P<w>", "(?P<w>").replace(f"(?:{_YES}|{_NO})", f"(?P<v>{_YES}|{_NO})"),
                              body, re.I):
            w = it.group("w")
            w = "" if w == "ε" or re.fullmatch(r"(?i)the\s+empty\s+string", w) else w
            yes = re.fullmatch(_YES, it.group("v"), re.I) is not None
            a = m.start() + it.start()
            got.append((w, yes, {"text": text[a:m.start() + it.end()], "start": a, "end": m.start() + it.end()}))
        a = m.start() + len(body) - len(body.lstrip())
        out = out[:a] + " " * (m.end() - a) + out[m.end():]
    for m in _EMPTY.finditer(out):
        yes = not re.match(r"(?i)rej|not|excl", m.group("v"))
        got.append(("", yes, {"text": text[m.start("w"):m.end()].strip(), "start": m.start("w"), "end": m.end()}))
        out = out[:m.start("w")] + " " * (m.end() - m.start("w")) + out[m.end():]
    got.sort(key=lambda g: g[2]["start"])
    return out, got


def accepts(trans: list[dict], starts: set[str], accepting: set[str], w: str) -> bool:
    """Whether the automaton (transitions ``{source, target, symbol}``, ε-moves as 'ε') accepts ``w``."""
    def close(S: set[str]) -> set[str]:
        S, todo = set(S), list(S)
        while todo:
            q = todo.pop()
            for t in trans:
                if t["source"] == q and t["symbol"] == "ε" and t["target"] not in S:
                    S.add(t["target"])
                    todo.append(t["target"])
        return S
    cur = close(starts)
    for c in w:
        cur = close({t["target"] for t in trans if t["source"] in cur and t["symbol"] == c})
    return bool(cur & accepting)


def check_verdicts(scene, verdicts: list[tuple[str, bool, dict]]) -> None:
    """Raise ``UnsupportedError`` naming the first example whose verdict the automaton of ``scene`` does not give."""
    from ..errors import UnsupportedError
    trans = scene.attr("transitions") or []
    starts = {a["state"] for a in scene.attr("starts") or []}
    acc = {a["state"] for a in scene.attr("accepts") or []}
    for w, yes, ph in verdicts:
        if accepts(trans, starts, acc, w) != yes:
            raise UnsupportedError(
                f"the example '{ph['text']}' at {ph['start']}-{ph['end']} says '{w or 'ε'}' is "
                f"{'accepted' if yes else 'rejected'}, but the automaton the rest of the text describes "
                f"{'rejects' if yes else 'accepts'} it; correct the example or the description")
