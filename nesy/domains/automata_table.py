"""Transition tables in a text: the table of δ as Hopcroft, Motwani & Ullman write it (§2.2.4: a row per
state, a column per input symbol, the start state marked →, accepting states *) and the row form
"q0: a→q1, b→q0; q1: a→q1, b→q0".

    | state | a  | b  |              δ | a | b; →q0 | q1 | q0; *q1 | q1 | q0
    |-------|----|----|
    | →q0   | q1 | q0 |
    | *q1   | q1 | q0 |

A table may also name its columns in a header, as a spreadsheet or a CSV file does ("state,on_0,on_1,start,accepting",
"| State | on a | on b | start? | accept? |", tab-separated lines): a column of the move on a symbol ("0", "on_0",
"input a", "next_on_b", "δ(q,a)") or of a yes/no flag ("start", "initial", "is_final", "accepting"; yes/no, true/false,
y/n, 1/0, x), every row one state (``_columns``, ``_delimited_tables``); ``nesy.parse.documents`` and
``nesy.parse.structured`` leave such a table to this reader (``structured.state_table``).

A cell holds one state, a set "{q0, q1}" (an NFA), or "-", "—", "∅" for no move. ``read_tables`` hands
``automata._scan`` the transitions, start and accepting marks (each with the span of its row) and the
spans it read; a table it cannot read cell by cell is refused naming the table (``UnsupportedError``),
never read in part.
"""
from __future__ import annotations

import re
from typing import Callable

from ..errors import UnsupportedError

__all__ = ["read_tables", "state_header"]

_NAME = r"[A-Za-z_][A-Za-z0-9_']*|\d+"
_START = r"(?:→|->|-->|>|⟶|⇒)"
_ACC = r"[*＊]"
_NONE = {"-", "—", "–", "∅", "{}", "none", "—"}
_HEAD = re.compile(r"(?i)^(?:states?|δ|delta|q|from|current(?:[\s_-]*state)?|state\s*/\s*input|)$")
_ARROW = r"(?:→|->|-->|⟶|↦|=>)"
_SYM = r"(?:ε|λ|[A-Za-z0-9]{1,3}|'[^'\s]{1,6}')"
_ITEM = rf"(?:(?i:on)\s+)?{_SYM}\s*{_ARROW}\s*(?:{_NAME}|\{{[^{{}}]*\}})"
_ROW = re.compile(rf"(?<![\w'])(?P<src>{_NAME})\s*:\s*(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*)(?=\s*(?:[;.\n]|$))")


def _span(text: str, a: int, b: int) -> dict:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in " \t\n;,.":
        b -= 1
    return {"text": text[a:b], "start": a, "end": b}


def _targets(cell: str) -> list[str] | None:
    """The states of a cell; [] for no move; None when the cell is not a state, a set or a blank mark."""
    c = cell.strip()
    if c.lower() in _NONE:
        return []
    m = re.fullmatch(r"\{\s*(.*?)\s*\}", c)
    if m:
        names = [x.strip() for x in m.group(1).split(",") if x.strip()]
        return names if all(re.fullmatch(_NAME, x) for x in names) else None
    return [c] if re.fullmatch(_NAME, c) else None


def _sym(cell: str) -> str | None:
    c = cell.strip().strip("'\"")
    if c.lower() in ("ε", "epsilon", "λ", "lambda"):
        return "ε"
    return c if re.fullmatch(r"[A-Za-z0-9]{1,6}", c) else None


def _pipe_tables(text: str, out: dict) -> None:
    # a table: the text from the line's first '|' (or the word before it) holding the first '|' to the end
    # of the last consecutive line that holds one
    for m in re.finditer(r"[^\n]*\|[^\n]*(?:\n[^\n]*\|[^\n]*)*", text):
        a, b = m.start(), m.end()
        # the table ends where a sentence ends after its last '|' ("… | R2 | R1. Please draw it.")
        last_bar = text.rindex("|", a, b)
        stop = re.search(r"(?<=[\w}])\.(?=\s|$)", text[last_bar:b])
        if stop:
            b = last_bar + stop.start()
        head = text[a:b].split("\n", 1)[0]
        before = head[:head.find("|")]
        last = before.split()[-1] if before.strip() else ""
        if last and last[-1] not in ":;,.":
            # no leading '|': the corner cell is the last word before the first '|' ("… table δ | a | b")
            a += len(before.rstrip()) - len(last)
        else:
            a += len(before)
        region = text[a:b]
        where = _span(text, a, b)
        fail = UnsupportedError(f"the transition table '{where['text']}' at {where['start']}-{where['end']} could "
                                "not be read cell by cell; give one row per state, e.g. '| state | a | b |', "
                                "'| →q0 | q1 | q0 |', '| *q1 | q1 | q0 |'")
        lines = [(a + k.start(), a + k.end(), k.group(0)) for k in re.finditer(r"[^\n;]+", region)]
        rows: list[tuple[int, int, list[str]]] = []
        for s0, e0, line in lines:
            if "|" not in line:
                if line.strip():
                    raise fail
                continue
            cells = line.split("|")
            if not line.strip().startswith("|"):
                cells = [""] + cells
            if not line.strip().endswith("|"):
                cells = cells + [""]
            cells = [c.strip() for c in cells[1:-1]]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                continue                                  # the markdown rule under the header
            rows.append((s0, e0, cells))
        if len(rows) == 1 and len(lines) == 1:
            # one line: the rows follow each other, separated by an empty cell ("| | ")
            s0, e0, cells = rows[0]
            groups: list[list[str]] = [[]]
            for c in cells:
                if c:
                    groups[-1].append(c)
                elif groups[-1]:
                    groups.append([])
            rows = [(s0, e0, g) for g in groups if g]
            if len(rows) == 1:
                # a table pasted without its line breaks ("state | 0 | 1 S0 | S1 | S0 S1 | S1 | S2 …"): a cell of
                # two words ends one row and opens the next; every row then has the header's length
                segs: list[list[str]] = [[]]
                for c in cells:
                    parts = c.split()
                    if not parts or len(parts) > 2:
                        segs = []
                        break
                    segs[-1].append(parts[0])
                    if len(parts) == 2:
                        segs.append([parts[1]])
                if len(segs) >= 3 and all(len(g) == len(segs[0]) for g in segs):
                    rows = [(s0, e0, g) for g in segs]
        # a table has a header ("state", "δ", or an empty corner) and a row; "(a|b)*abb" is none
        if len(rows) < 2 or len(rows[0][2]) < 2 or not _HEAD.match(rows[0][2][0].strip()):
            continue
        cols = _columns(rows[0][2], [r[2] for r in rows[1:]])
        if cols is None:
            raise fail
        for s0, e0, cells in rows[1:]:
            if not _read_row(cells, cols, _span(text, s0, e0), out):
                raise fail
        out["used"].append((a, b))


# a column of a state table named by what it holds (a CSV header, "| state | on_0 | on_1 | start | accepting |"):
# the move on a symbol ("0", "on_0", "on 1", "input a", "next_b", "δ(q,a)"), or a yes/no flag saying the row's
# state is the start state or accepting (HMU §2.2.4 marks them with → and *)
_COL_START = re.compile(r"(?i)(?:is[_\s-]*)?(?:start(?:ing)?|initial|init)(?:[_\s-]*state)?\??")
_COL_ACC = re.compile(r"(?i)(?:is[_\s-]*)?(?:accept(?:ing|ed|s)?|final|acc)(?:[_\s-]*state)?\??")
_COL_SYM = re.compile(r"(?i)(?:(?:on|input|read|reading|symbol|sym|next|next[_\s-]*state|goto|δ|delta)[_\s:=-]*"
                      r"(?:on[_\s-]*)?)?['\"]?(?P<s>ε|λ|[A-Za-z0-9]{1,6})['\"]?|(?:δ|delta)\s*\(\s*[^,()]*,\s*(?P<s2>[A-Za-z0-9ε]{1,6})\s*\)")
_YES = {"yes", "y", "true", "t", "1", "x", "✓", "✔", "*", "→", "->"}
_NO = {"no", "n", "false", "f", "0", "", "-", "—", "–"}


def _columns(header: list[str], body: list[list[str]]) -> list[tuple[str, str | None]] | None:
    """What each column after the state column holds: ('sym', symbol), ('start', None) or ('accept', None) (a flag
    column: its header says so and every cell under it is yes or no); None when a column is none of these, or no
    column gives a move."""
    cols: list[tuple[str, str | None]] = []
    for i, c in enumerate(header[1:], start=1):
        c = c.strip()
        flags = all(len(r) > i and r[i].strip().lower() in _YES | _NO for r in body)
        if _COL_START.fullmatch(c) and flags:
            cols.append(("start", None))
        elif _COL_ACC.fullmatch(c) and flags:
            cols.append(("accept", None))
        elif (m := _COL_SYM.fullmatch(c)) and _sym(m.group("s") or m.group("s2")) is not None:
            cols.append(("sym", _sym(m.group("s") or m.group("s2"))))
        else:
            return None
    syms = [s for k, s in cols if k == "sym"]
    if not syms or len(set(syms)) < len(syms) or [k for k, _ in cols].count("start") > 1 or \
            [k for k, _ in cols].count("accept") > 1:
        return None
    return cols


def _read_row(cells: list[str], cols: list[tuple[str, str | None]], ph: dict, out: dict) -> bool:
    """One row of a state table into ``out``; False when a cell cannot be read (the caller refuses the table)."""
    if len(cells) != len(cols) + 1:
        return False
    mm = re.fullmatch(rf"\s*(?P<marks>(?:{_START}|{_ACC}|\s)*)(?P<name>{_NAME})\s*(?P<post>{_ACC})?\s*", cells[0])
    if not mm:
        return False
    src = mm.group("name")
    start = bool(re.search(_START, mm.group("marks")))
    acc = bool(re.search(_ACC, mm.group("marks") + (mm.group("post") or "")))
    for (kind, sym), cell in zip(cols, cells[1:]):
        if kind == "sym":
            tg = _targets(cell)
            if tg is None:
                return False
            out["trans"] += [(src, t, sym, ph) for t in tg]
            continue
        v = cell.strip().lower()
        if v not in _YES and v not in _NO:
            return False
        if v in _YES:
            start, acc = (True, acc) if kind == "start" else (start, True)
    if start:
        out["start"].append((src, ph))
    if acc:
        out["accept"].append((src, ph))
    out["rows"].append(src)
    return True


def _split_cells(line: str, sep: str) -> list[str]:
    """The cells of a delimited line; a separator inside braces or quotes ("{q0,q1}") does not split."""
    cells, depth, quote, cur = [], 0, "", ""
    for ch in line:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'" and not cur.strip():
            quote = ch
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == sep and depth == 0:
            cells.append(cur)
            cur = ""
            continue
        cur += ch
    cells.append(cur)
    return [c.strip().strip("\"'") if c.strip()[:1] in "\"'" else c.strip() for c in cells]


def _delimited_tables(text: str, out: dict) -> None:
    """A state table written as CSV (or tab-separated) lines: a header naming the columns ("state,on_0,on_1,start,
    accepting"), then one line per state with as many cells. A block whose header is a state table's but whose
    rows do not read cell by cell is refused naming it."""
    lines = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    k = 0
    while k < len(lines):
        a, _e, line = lines[k]
        sep = "\t" if "\t" in line else ","
        head = _split_cells(line, sep)
        if len(head) < 2 or not head[0].strip() or \
                not (_HEAD.match(head[0]) or re.fullmatch(r"(?i)(?:state[_\s-]*)?name|id", head[0])) or \
                _columns(head, []) is None:
            k += 1
            continue
        j = k + 1
        while j < len(lines) and len(_split_cells(lines[j][2], sep)) == len(head):
            j += 1
        where = _span(text, a, lines[j - 1][1])
        if j == k + 1:
            raise UnsupportedError(f"the table header '{where['text']}' at {where['start']}-{where['end']} has no rows "
                                   f"of {len(head)} cells under it; give one line per state, e.g. 'q0,q1,q0'")
        body = [_split_cells(row, sep) for _s, _e, row in lines[k + 1:j]]
        cols = _columns(head, body)
        for (s0, e0, row), cells in zip(lines[k + 1:j], body):
            if cols is None or not _read_row(cells, cols, _span(text, s0, e0), out):
                raise UnsupportedError(
                    f"the transition table '{where['text']}' at {where['start']}-{where['end']} could not be read "
                    f"cell by cell (the row '{row.strip()}'); give each row the state, its next state on each "
                    "symbol and yes/no under a start or accepting column")
        out["used"].append((a, lines[j - 1][1]))
        k = j


# the table's key to its marks, "(→ start, * accepting)", "→ = start state; * = final": read with the table
_MARK = rf"(?:{_START}|{_ACC})\s*(?:=|:|means|marks|marking|denotes|for|is)?\s*(?:the\s+|an?\s+)?"
_MEANING = r"(?:start(?:ing)?|initial|accept(?:ing|ed)?|final)(?:\s+states?)?"
_KEY = re.compile(rf"(?i)\(?\s*{_MARK}{_MEANING}(?:(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+){_MARK}{_MEANING})+\s*\)?")


def read_tables(text: str, known: Callable[[str], bool]) -> dict:
    """Transition tables and rows of ``text``: ``{"trans": [(src, tgt, symbol, phrase)], "start": [(name,
    phrase)], "accept": [...], "rows": [state, …], "used": [(start, end), …]}``. ``known(word)``: a lower-case
    word of the automaton grammar (never the state of a row: "DFA: q0 → q1" is no row)."""
    out: dict = {"trans": [], "start": [], "accept": [], "rows": [], "used": []}
    if "|" in text:
        _pipe_tables(text, out)
    if "," in text or "\t" in text:
        _delimited_tables(text, out)
    if out["used"]:
        out["used"] += [(k.start(), k.end()) for k in _KEY.finditer(text)]
    # (a capital letter is a name, though its lower case is the article: "A: 0→B, 1→A")
    rows = [m for m in _ROW.finditer(text) if (re.fullmatch(r"[A-Z]", m.group("src")) or not known(m.group("src").lower()))
            and not any(a <= m.start() < b for a, b in out["used"])]
    # the row form needs two rows or more, one naming another's state: "Example: A → B" is no table
    if len(rows) >= 2:
        found = []
        for m in rows:
            ph = _span(text, m.start(), m.end())
            for it in re.finditer(rf"(?:(?i:on)\s+)?(?P<sym>{_SYM})\s*{_ARROW}\s*(?P<tgt>{_NAME}|\{{[^{{}}]*\}})",
                                  m.group("items")):
                tg = _targets(it.group("tgt"))
                sym = _sym(it.group("sym"))
                if tg is None or sym is None:
                    raise UnsupportedError(f"the row '{ph['text']}' at {ph['start']}-{ph['end']} could not be read: "
                                           f"'{it.group(0)}'; write e.g. 'q0: a → q1, b → q0'")
                found += [(m.group("src"), t, sym, ph) for t in tg]
        srcs = {m.group("src") for m in rows}
        if srcs & {t for _s, t, _y, _p in found}:
            out["trans"] += found
            out["rows"] += [m.group("src") for m in rows]
            out["used"] += [(m.start(), m.end()) for m in rows]
    return out


def state_header(text: str) -> bool:
    """Whether a line of ``text`` is a state table's header: a state column (not an empty corner) and columns
    of moves on symbols or start/accepting flags ("state,on_0,on_1,accepting", "| δ | a | b |")."""
    for line in text.split("\n"):
        for sep in ("|", ",", "\t"):
            cells = [c for c in _split_cells(line.strip().strip("|"), sep)] if sep in line else []
            if len(cells) >= 2 and cells[0].strip() and _HEAD.match(cells[0].strip()) and _columns(cells, []) is not None:
                return True
    return False

