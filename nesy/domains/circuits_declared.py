"""Values declared apart from the connections, for ``nesy.circuits.v1``'s parser.

"R1 = 4 Ω, R2 = 6 Ω and R3 = 3 Ω. R1 is in series with R2 || R3 across a 12 V battery"; "a 12 V battery
across R1 in series with R2 || R3, where R1 = 4 Ω and R2 = R3 = …": a run of named parts with values and no
connecting phrase of its own is a table of values when every part in it is named again in a phrase that
connects it. Read as a list, the run was one more series chain of the same parts, which the connecting
phrase then contradicted (refused as "connects a part of the circuit to another part of the same group").

``declared_values`` takes such runs out of the mention stream and gives each value to the part's
connecting mention (``assign``: checked against any value the part is given elsewhere, a second value
is refused as a conflict). A run with a part that is named nowhere else is left as it is.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["announced_values", "declared_values", "named_members", "letter_references", "headed_values"]

Mention = tuple[str, Any, int, int]


def _declares(it: Mention) -> bool:
    m = it[1]
    return (it[0] == "COMP" and bool(m.get("name")) and m.get("value") is not None and m.get("assign") is None
            and not m.get("plural") and not m.get("count") and not m.get("det") == "each")


def _runs(ms: list[Mention]) -> list[list[int]]:
    """Maximal runs of declaring mentions joined only by "," / "and", with no connecting phrase next to them."""
    runs: list[list[int]] = []
    k = 0
    while k < len(ms):
        if not _declares(ms[k]):
            k += 1
            continue
        run = [k]
        j = k + 1
        while j < len(ms):
            # ("and" between two parts is no token of its own; "," is)
            nxt = j + 1 if ms[j][0] == "AND" else j
            if nxt >= len(ms) or not _declares(ms[nxt]):
                break
            run.append(nxt)
            j = nxt + 1
        before = ms[k - 1] if k > 0 else None
        after = ms[run[-1] + 1] if run[-1] + 1 < len(ms) else None
        if not (before is not None and before[0] in ("OP", "IT", "GROUP")
                or after is not None and after[0] in ("OP", "IT", "GROUP")):
            runs.append(run)
        k = run[-1] + 1
    return runs


def _clause_has_op(ms: list[Mention], k: int) -> bool:
    """Whether the clause (between SEPs) holding mention ``k`` has a connecting phrase."""
    a = k
    while a > 0 and ms[a - 1][0] != "SEP":
        a -= 1
    b = k
    while b + 1 < len(ms) and ms[b + 1][0] != "SEP":
        b += 1
    return any(x[0] == "OP" for x in ms[a:b + 1])


def declared_values(ms: list[Mention], text: str) -> list[Mention]:
    """The mention stream with each table of values (see the module docstring) folded into the connecting
    mentions of its parts."""
    out = list(ms)
    drop: set[int] = set()
    for run in _runs(ms):
        inside = set(run)
        targets: dict[int, int] = {}
        for k in run:
            name = ms[k][1]["name"]
            # a part connected elsewhere: its first mention outside the run, in a clause that connects it
            other = next((j for j, x in enumerate(ms) if j not in inside and x[0] == "COMP"
                          and x[1].get("name") == name and not x[1].get("plural") and not x[1].get("count")), None)
            # (a part given its value where it is connected as well is no table entry: the old reading keeps
            # both phrases, so two different values are refused naming each of them)
            if other is None or not _clause_has_op(ms, other) or out[other][1].get("assign") is not None \
                    or out[other][1].get("value") is not None or other in targets.values():
                break
            targets[k] = other
        else:
            for k, j in targets.items():
                m = ms[k][1]
                tgt = dict(out[j][1])
                if m.get("kind") and not tgt.get("kind"):
                    tgt["kind"] = m["kind"]   # "a resistor R1 of 4 Ω. … R1 across …": the kind named once
                tgt["assign"], tgt["vtok"] = m["value"], m["vtok"]
                out[j] = ("COMP", tgt, out[j][2], out[j][3])
            drop |= inside
            # the "," or "and" that joined the run to what came before it goes with it
            if run[0] > 0 and ms[run[0] - 1][0] == "AND":
                drop.add(run[0] - 1)
    return [x for k, x in enumerate(out) if k not in drop]


def _valued(it: Mention) -> bool:
    """One part named and given its value: "R1 = 10 kΩ", "R2 is 220 Ω"."""
    m = it[1]
    return (it[0] == "COMP" and bool(m.get("name")) and not m.get("plural") and not m.get("count")
            and not m.get("listed") and (m.get("value") is None) != (m.get("assign") is None))


def _lone(ms: list[Mention], k: int) -> bool:
    """Mention ``k`` names one part and gives its value, in a run of such mentions (joined by "," / "and")
    that no connecting phrase touches on either side, and the part is named nowhere else."""
    if not _valued(ms[k]):
        return False
    a = k
    while a >= 2 and ms[a - 1][0] == "AND" and _valued(ms[a - 2]) or a >= 1 and _valued(ms[a - 1]):
        a -= 2 if ms[a - 1][0] == "AND" else 1
    b = k
    while b + 2 < len(ms) and ms[b + 1][0] == "AND" and _valued(ms[b + 2]) or b + 1 < len(ms) and _valued(ms[b + 1]):
        b += 2 if ms[b + 1][0] == "AND" else 1
    touching = ("OP", "IT", "GROUP")
    if a > 0 and ms[a - 1][0] in touching or b + 1 < len(ms) and ms[b + 1][0] in touching:
        return False
    name = ms[k][1]["name"]
    return not any(j != k and x[0] == "COMP" and x[1].get("name") == name for j, x in enumerate(ms))


def named_members(ms: list[Mention], text: str) -> list[Mention]:
    """"Two resistors in parallel across a 5 V supply: R1 = 10 kΩ and R2 = 5.6 kΩ", "three resistors in
    series … Their values: R1 = 1 kΩ, R2 = 2 kΩ and R3 = 3 kΩ": parts named and given values apart from any
    connecting phrase, after one counted plural of their kind, are that plural's members (its names and
    values, one each, in order), not further parts joined in series. A number of such parts other than the
    plural's count is refused, naming both phrases: which of them the count includes is not said."""
    from . import circuits as C
    from ..errors import InputError

    def kind(m: dict) -> str | None:
        return m.get("kind") or C._name_kind(m["name"])

    lone = [k for k in range(len(ms)) if _lone(ms, k)]
    drop: set[int] = set()
    out = list(ms)
    for kd in sorted({kind(ms[k][1]) for k in lone} - {None}):
        mine = [k for k in lone if kind(ms[k][1]) == kd]
        hosts = [j for j, x in enumerate(ms) if x[0] == "COMP" and x[1].get("kind") == kd and C._many(x[1])]
        if len(hosts) != 1:
            continue
        h = hosts[0]
        hm = ms[h][1]
        if not hm.get("count") or hm.get("value") is not None or hm.get("listed") or hm.get("name") \
                or h > mine[0]:
            continue
        n = hm["count"][0]
        if len(mine) != n:
            names = [ms[k][1]["name"] for k in mine]
            said = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            raise InputError(f"'{text[ms[h][2]:ms[h][3]]}' at {ms[h][2]}-{ms[h][3]} counts {n}, but {said} "
                             f"{'is' if len(names) == 1 else 'are'} given apart ({len(names)}): say whether "
                             f"{'it is' if len(names) == 1 else 'they are'} among the {n}, or how "
                             f"{'it is' if len(names) == 1 else 'they are'} connected")
        listed = [(ms[k][1]["value"] if ms[k][1].get("value") is not None else ms[k][1]["assign"], ms[k][1]["name"])
                  for k in mine]
        out[h] = ("COMP", {**hm, "listed": listed}, ms[h][2], ms[h][3])
        drop |= set(mine)
    if not drop:
        return ms
    # the "," / "and" tokens that joined the dropped parts go with them
    for k in sorted(drop):
        if k > 0 and ms[k - 1][0] == "AND":
            drop.add(k - 1)
    return [x for k, x in enumerate(out) if k not in drop]


def letter_references(text: str, declared: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a bare letter R, L or C that names a part declared with it in the same text ("R = 10 kΩ.
    C = 100 nF. R and C in series across the supply"): the quantity's symbol is the part's name, so the letter
    alone, said again, refers to that part. ``declared``: the spans of the letters read as names in a
    declaration ("R = 10 kΩ", ``circuits._LETTER_NAME_RE``). A letter declared nowhere stays an unknown word."""
    letters = {text[a:b] for a, b in declared}
    return [(m.start(), m.end()) for m in _BARE_LETTER.finditer(text)
            if m.group() in letters and (m.start(), m.end()) not in declared]


# a capital R, L or C standing alone as a word: not in "R1", "RC", "R-C", "C's", "L.", a unit after a number
# ("5 C") or an abbreviation ("R.C.")
_BARE_LETTER = re.compile(r"(?<![A-Za-z0-9\-'’.])(?<!\d )[RLC](?![A-Za-z0-9\-'’]|\.\w)")


def headed_values(ms: list[Mention], text: str) -> list[Mention]:
    """A part named as a heading and its value after a colon ("Supply: 5 V.", "Battery: 9 V;",
    "Load resistor: 1 kΩ") as one part with that value: the heading names the part the value is of. Read only
    where the colon joins a single kind word with no value and a bare value whose unit is that kind's, and the
    value ends its clause; anything else is left as it was."""
    from .circuits import _UNIT_KIND
    out: list[Mention] = []
    k = 0
    while k < len(ms):
        it = ms[k]
        if (k + 2 < len(ms) and it[0] == "COMP" and ms[k + 1][0] == "SEP" and text[ms[k + 1][2]:ms[k + 1][3]] == ":"
                and ms[k + 2][0] == "COMP" and (k + 3 == len(ms) or ms[k + 3][0] == "SEP")):
            head, val = it[1], ms[k + 2][1]
            kinds = _UNIT_KIND.get((val.get("value") or {}).get("unit"), ()) if val.get("value") else ()
            if (head.get("kind") and not head.get("value") and not head.get("name") and not head.get("plural")
                    and not head.get("count") and head.get("det") in (None, "new") and not val.get("kind")
                    and not val.get("name") and not val.get("count") and val.get("det") in (None, "new")
                    and head["kind"] in kinds):
                out.append(("COMP", {**head, "value": val["value"], "vtok": val.get("vtok"), "end": ms[k + 2][3]},
                            it[2], ms[k + 2][3]))
                k += 3
                continue
        out.append(it)
        k += 1
    return out


def announced_values(ms: list[Mention], text: str) -> list[Mention]:
    """"two 6 Ω resistors R2 and R3", "two resistors R1 and R2 of 6 Ω each": a counted plural announcing its
    members by name (``circuits._fold_part`` reads "two resistors R1 and R2" so) gives the one value it states
    to every member, as the count says each has it — not to the first name only (R3 had been drawn without
    its 6 Ω, silently). The value is the plural's own ("two 6 Ω resistors …") or said of each after the names
    ("… of 6 Ω each"); a value written on one name alone ("R1 and R2 = 6 Ω") is that name's and stays so."""
    out = list(ms)
    for k, (tag, m, _s, _e) in enumerate(ms):
        if tag != "COMP" or not m.get("name") or not m.get("count") or m["count"][0] < 2:
            continue
        n = m["count"][0]
        members = [k]
        j = k + 1
        while j < len(ms) and len(members) < n:
            t2, m2 = ms[j][0], ms[j][1]
            if t2 == "AND":
                j += 1
                continue
            if t2 != "COMP" or not m2.get("name") or m2.get("kind") not in (None, m.get("kind")) \
                    or m2.get("count") or m2.get("plural"):
                break
            members.append(j)
            j += 1
        if len(members) != n:
            continue
        vals = [(i, out[i][1]["value"]) for i in members if out[i][1].get("value") is not None]
        if len(vals) != 1:
            continue
        i, v = vals[0]
        if i != k and not (i == members[-1] and out[i][1].get("value_each")):
            continue
        for x in members:
            if out[x][1].get("value") is None:
                t2, m2, s2, e2 = out[x]
                out[x] = (t2, {**m2, "value": v, "vtok": out[i][1].get("vtok")}, s2, e2)
    return out
