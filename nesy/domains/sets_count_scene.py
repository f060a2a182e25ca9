"""Sets: a word problem's counts (``sets_counts``) turned into the scene — its sets, each two overlapping
(a Venn diagram shows every region: Venn 1880; Rosen §2.2, Fig. 3), and one *count* per region: an
element-like entity named by the region's number ("8"; "?" where the text leaves it free), in exactly the
sets of its region, so the drawing writes the number in that region and the verifier checks from the
pixels that it lies there. ``scene.attributes["counts"]`` keeps the regions, the total and the answers to
the questions asked (``sets_draw`` writes them under the figure; ``SetsDomain.artifacts`` as counts.json).
"""
from __future__ import annotations

import re

__all__ = ["add_counts", "COUNT_PREFIX"]

COUNT_PREFIX = "n_"


def _canon(name: str, known: list[str]) -> str:
    for k in known:
        if k.lower() == name.lower():
            return k
    return name[:1].upper() + name[1:] if name[:1].islower() else name


def add_counts(text: str, pre, ents: list, rels: list, attrs: dict, eid, add, unknown: list) -> None:
    """Add the counted sets, their overlaps, the region counts and ``attrs["counts"]``."""
    from ..types import Entity, Relation, Span
    from .sets_counts import asked_kind, solve_counts
    stmts = pre.counts
    alias = _paren_names(text)
    which = pre.which or (lambda w: None)
    for s in stmts:   # "18 play football (F)", "circles F (French) and S (Spanish)": the letter is the set's name
        # … and "Let F be the set of football players": a word of F's definition names F
        s.what = (s.what[0], *[alias.get(n.lower()) or which(n) or n for n in s.what[1:]])
    uni = _universe(text, ents)
    known = [e.name or e.id for e in ents if e.kind == "set" and e.id != uni]
    _letters_named_after(stmts, known)   # "18 play football … draw F and B": F is football's set
    names: list[str] = []
    for s in stmts:
        for n in s.what[1:]:
            c = _canon(n, known + names)
            if c not in names:
                names.append(c)
    for n in known:
        if n not in names and n not in ("U", "ξ"):
            names.append(n)
    lo, hi = min(s.start for s in stmts), max(s.end for s in stmts)
    if len(names) not in (2, 3):
        unknown.append((lo, hi))    # a count problem of one set, or of four or more: no Venn diagram nesy draws
        return
    for s in stmts:
        s.what = (s.what[0], *[_canon(n, names) for n in s.what[1:]])
    # a pair the text places apart in words of its own ("P …: draw it inside S, apart from T and L"): with three
    # sets, "12 students own both" is then the one pair left that may share members (T and L)
    label = {e.id: e.name or e.id for e in ents if e.kind == "set"}
    said_apart = {frozenset((label[r.source], label[r.target])): r for r in rels if r.kind == "outside"
                  and label.get(r.source) in names and label.get(r.target) in names}
    if len(names) == 3:
        free = [(a, b) for k, a in enumerate(names) for b in names[k + 1:] if frozenset((a, b)) not in said_apart]
        for s in stmts:
            if s.what == ("both",) and len(free) == 1:
                s.what = ("both", *free[0])
    # (a pair apart shares no member: its intersection is 0, which fixes the regions beside it — Rosen §2.2 Def. 5)
    from .sets_counts import CountStatement
    # (every group of sets holding such a pair: "both P and T" and "all three" are 0 alike)
    import itertools
    zero = []
    for g in (g for n in range(2, len(names) + 1) for g in itertools.combinations(sorted(names), n)):
        r = next((r for k, r in said_apart.items() if k <= frozenset(g)), None)
        if r is not None:
            zero.append(CountStatement(("both", *g), 0, r.span.start, r.span.end, r.span.text))
    counts, _ = solve_counts(stmts + zero, names)
    both = next((s for s in stmts if s.what[0] == "both"), stmts[0])
    ids = [eid(n, _first(text, n, lo)) for n in names]
    # "nobody likes both": a pair stated to share no member is disjoint (Rosen §2.2 Def. 5: A ∩ B = ∅),
    # drawn apart; every other pair overlaps (a Venn diagram shows every region: Venn 1880)
    apart = {frozenset(s.what[1:] or names): s for s in stmts
             if s.what[0] == "both" and s.n == 0 and len(s.what[1:] or names) == 2}
    # (and a pair the text places apart in words of its own, above)
    for key, r in said_apart.items():
        apart.setdefault(key, type("_Said", (), {"start": r.span.start, "end": r.span.end})())
    for k in range(len(ids)):
        for j in range(k + 1, len(ids)):
            z = apart.get(frozenset((names[k], names[j])))
            if z is not None:
                add("outside", names[k], names[j], z.start, z.end)
            else:
                add("overlaps", names[k], names[j], both.start, both.end)
    regions = []
    for reg, v in sorted(counts.items(), key=lambda kv: (len(kv[0]) == 0, -len(kv[0]), sorted(kv[0]))):
        if not reg and v is None:
            continue            # no total given: the members in none of the sets are not drawn
        if any(p <= reg for p in apart):
            continue            # a region of two disjoint sets: not drawn (it holds 0, as stated)
        rid = COUNT_PREFIX + ("_".join(sorted(eid(n) for n in reg)) if reg else "none")
        src = _source(stmts, reg, names) or stmts[0]
        ents.append(Entity(rid, "element", "?" if v is None else str(v), (), Span(src.start, src.end, src.text)))
        # (in the order the sets were named: a frozenset's own order follows the process's string hashing, and
        # scene.json differed from one run to the next)
        for n in sorted(reg, key=lambda x: (names.index(x) if x in names else len(names), x)):
            rels.append(Relation("element_of", rid, eid(n), Span(src.start, src.end, src.text)))
        if uni is not None and not reg:   # the members in none of the sets: inside the universe drawn
            rels.append(Relation("element_of", rid, uni, Span(src.start, src.end, src.text)))
        regions.append({"sets": sorted(eid(n) for n in reg), "count": v, "id": rid})
    asked = []
    for a, b in pre.questions:
        q = text[a:b]
        kind = asked_kind(q)
        asked.append({"question": q.strip(), "kind": kind, "answer": _answer(kind, q, counts, names, alias)})
        pre.ignored.append((a, b))
    total = next((s.n for s in stmts if s.what[0] == "universe"), None)
    from .sets_count_regions import check_region_numbers   # "with 13, 9 and 6 in the regions", "no box"
    check_region_numbers(text, pre, regions, total, stmts, unknown)
    if uni is not None:
        # the universe the text names by its letter is drawn as that set: every set of the problem is a
        # subset of the universal set (Rosen §2.1), the total written beside its name
        u = next(e for e in ents if e.id == uni)
        for n in names:
            if not any(r.kind == "inside" and r.source == eid(n) for r in rels):
                add("inside", n, uni, u.span.start if u.span else 0, u.span.end if u.span else 0)
    attrs["counts"] = {"regions": regions, "total": total, "asked": asked, "universe_set": uni,
                       "statements": [{"text": s.text, "start": s.start, "end": s.end} for s in stmts],
                       "source": "inclusion–exclusion, Rosen, Discrete Mathematics and Its Applications, 7th ed., §2.2"}


def _paren_names(text: str) -> dict[str, str]:
    """Short names given in brackets beside a word: "football (F)" and "F (football)" → {"football": "F"}
    (a bracketed letter after a noun, or a noun in brackets after a letter, is that noun's name)."""
    nm = r"(?-i:[A-Z][A-Za-z0-9]{0,2})"
    out: dict[str, str] = {}
    for m in re.finditer(rf"\b([A-Za-z][a-z\-]{{2,20}})\s*\(\s*({nm})\s*\)|(?<![\w])({nm})\s*\(\s*([A-Za-z][a-z\-]{{2,20}})\s*\)", text):
        word, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        out.setdefault(word.lower(), name)
    return out


def _first(text: str, name: str, at: int) -> tuple[int, int]:
    m = re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
    return (m.start(), m.end()) if m else (at, at)


def _source(stmts, reg: frozenset, names: list[str]):
    """The statement that speaks of exactly this region, if one does."""
    for s in stmts:
        w = s.what
        if (w[0] == "neither" and not reg) or (w[0] == "only" and reg == frozenset(w[1:2])) or \
                (w[0] == "both" and reg == frozenset(w[1:] or names)):
            return s
    return None


def _answer(kind: str | None, q: str, counts: dict, names: list[str], alias: dict | None = None) -> int | None:
    def total(regs) -> int | None:
        vals = [counts.get(r) for r in regs]
        return None if any(v is None for v in vals) else sum(vals)
    if kind == "union":
        return total([r for r in counts if r])
    if kind == "neither":
        return counts.get(frozenset())
    if kind == "exactly_one":
        return total([r for r in counts if len(r) == 1])
    if kind == "both":
        return counts.get(frozenset(names)) if len(names) == 2 or re.search(r"all\s+three", q, re.I) else None
    if kind == "only":
        hit = [n for n in names if re.search(rf"\b{re.escape(n)}\b", q, re.IGNORECASE)]
        # "how many take only English" with English named E: the set's word names it
        hit = hit or [n for n in names if any((alias or {}).get(w.lower()) == n for w in re.findall(r"[A-Za-z]+", q))]
        return counts.get(frozenset(hit[:1])) if len(hit) >= 1 else None
    return None


def _universe(text: str, ents: list) -> str | None:
    """The set the text names as its universe ("inside the universal set U", "the universe ξ"), if any."""
    for e in ents:
        n = e.name or e.id
        # (or drawn as Venn's rectangle: "Draw a rectangle for S, the 40 students surveyed", Rosen §2.1)
        if e.kind == "set" and re.search(rf"\b(?:universal\s+set|universe|rectangle\s+(?:for|representing|to\s+represent))"
                                         rf"\s+(?:is\s+|=\s*)?{re.escape(n)}(?![\w])", text):
            return e.id
        # "Let U be the class", "U is the whole group", "U = the students surveyed": the letter names the population
        # the problem counts (its universe), so every set of the problem lies inside it (requests-27 sets-09 drew U
        # beside F and T)
        if e.kind == "set" and re.search(rf"(?<![\w]){re.escape(n)}\s+(?:be|is|=|denotes?|represents?|stands?\s+for)\s+"
                                         r"(?:the\s+)?(?:whole\s+|entire\s+)?(?:class|group|school|year\s+group|"
                                         r"population|sample|survey|club|team|universal\s+set|universe|pupils|students|"
                                         r"people|members|set\s+of\s+all)\b", text):
            return e.id
    return None


def _letters_named_after(stmts, known: list[str]) -> None:
    """Sets named by single letters elsewhere in the text ("draw F and B"): each letter names the counted
    group whose word starts with it, when exactly one does and no other letter claims that word; otherwise
    nothing is bound (the letters stay sets of their own, and the problem is refused as not one Venn
    diagram)."""
    letters = [k for k in known if re.fullmatch(r"[A-Z]", k)]
    words = list(dict.fromkeys(n for s in stmts for n in s.what[1:] if len(n) > 1))
    if not letters or not words:
        return
    match = {k: [w for w in words if w[:1].upper() == k] for k in letters}
    if any(len(v) != 1 for v in match.values()) or len({v[0] for v in match.values()}) != len(letters):
        return
    to = {v[0]: k for k, v in match.items()}
    for s in stmts:
        s.what = (s.what[0], *[to.get(n, n) for n in s.what[1:]])
