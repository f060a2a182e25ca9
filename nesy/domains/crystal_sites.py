"""Site descriptions in words: "Cs on the cube corners and Cl in the body centre", "Na at the face
centres", "F in all the tetrahedral holes", "Zn in half the tetrahedral holes of the S fcc lattice".

``site_phrases`` finds them in a text (one per element, with the positions it names, the fcc array its
holes belong to when the text says so); ``resolve`` turns them into the sites of one cubic cell:

* with a structure type named (``cesium_chloride``), the described positions must be the type's, up to
  a shift of the origin ("Cl on the corners, Cs in the centre" is the CsCl type drawn from the other
  corner); positions the type has not ("rock salt with Cl only at the corners") are impossible, raised as
  ``UnsatisfiableError`` naming the structure phrase and the site phrases;
* without one, a structure type whose sites the description fills exactly is used (its tabulated space
  group and reference data); otherwise the cell is built from the positions themselves, in the space group
  spglib finds for them, when every position's orbit in that group is among the described ones.

Positions are the words of ``grammars/crystal/sites.yaml`` (a conventional cubic cell; holes of an fcc
array), compared on a grid of 1/24 of the cell edge. Hands ``parse_crystal`` the prototype key (or None),
the site list, the formula and the space group.
"""
from __future__ import annotations

import functools
import itertools
import math
import re
from typing import Any, Callable

from ..errors import InputError, UnsatisfiableError, UnsupportedError
from ..resources import load_yaml
from ..parse.words import phrase_rx

__all__ = ["site_phrases", "resolve", "position_keys", "empty_sites", "check_empty", "occupied"]

_GRID = 24  # every site word and every cubic prototype site lies on multiples of 1/24 of the edge


@functools.lru_cache(maxsize=1)
def _sites() -> dict[str, Any]:
    return load_yaml("grammars", "crystal/sites.yaml")


def _alt(phrases: list[str]) -> str:
    return "|".join(phrase_rx(p) for p in sorted({str(p).lower() for p in phrases}, key=lambda s: (-len(s), s)))


@functools.lru_cache(maxsize=4)
def _rx(names: tuple[tuple[str, str], ...], symbols: frozenset[str]
        ) -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, str]]:
    """(forward regex "EL … POSITIONS", reversed regex "POSITIONS … occupied by EL", lattice regex "a KIND
    arrangement of EL", phrase → position key)."""
    d = _sites()
    table: dict[str, str] = {}
    for key, v in d["positions"].items():
        for p in v["phrases"]:
            table[" ".join(re.split(r"[\s\-]+", str(p).lower()))] = key
    pos_word = f"{_composed_rx()}|{_alt(list(table))}"   # "the centre of each of the 6 faces" before "centre"
    # an element: a symbol (case-sensitive) with an optional charge, or an element name
    sym = "|".join(sorted(symbols, key=lambda s: (-len(s), s)))
    name = _alt([n for n, _ in names])
    charge = r"(?:\s?(?:\d?[+\-−–](?![A-Za-z0-9])|\d?[⁺⁻]|[²³]?[⁺⁻]))?"
    nouns = _alt(d["species_nouns"])

    def el(g: str) -> str:
        return rf"(?:(?P<{g}>(?<![A-Za-z])(?:{sym})(?![a-z])){charge}|(?i:(?P<{g}n>(?<![A-Za-z])(?:{name})(?![a-z]))))" \
               rf"(?:\s+(?i:{nouns}))?"
    cell = r"(?:\s+(?i:of|in)\s+(?i:the|a|an|each|its|one)\s+(?i:unit\s+|cubic\s+|conventional\s+)*(?i:cell|cube))?"
    # ("all eight corners", "the six face centres": the count a cube has of that position, said with it)
    pos = (rf"(?i:(?:(?:all|each|every|both)\s+(?:of\s+)?)?(?:the\s+|an?\s+|its\s+|their\s+)?(?:only\s+)?"
           rf"(?:(?:one|two|four|six|eight|twelve|1|2|4|6|8|12)\s+(?=\w+\s+\w|\w+s\b))?(?P<P>{pos_word})){cell}")
    # "… at each of its eight corners and one more right in the middle of the cube": one more of the same
    # element at a further position joins the list
    more = r"(?i:(?:,\s*)?(?:(?:and|plus)\s+)?(?:one|another)(?:\s+more)?(?:\s+(?:atom|ion))?(?:\s+(?:right|exactly|just))?\s+(?:at|on|in)\s+)"
    pos_list = rf"(?P<list>{pos.replace('(?P<P>', '(?:')}(?:\s*(?:{more}|,\s*(?:and\s+)?|(?i:and|&|plus|as\s+well\s+as)\s+)\s*(?i:(?:at|on|in)\s+)?{pos.replace('(?P<P>', '(?:')})*)"
    host = (rf"(?:\s+(?i:of|in|within|between|formed\s+by)\s+(?i:the\s+|a\s+|an\s+)?(?:{el('h1')}\s+)?"
            rf"(?i:(?P<kind>fcc|ccp|cubic\s+close[\s\-]packed|face[\s\-]cent(?:red|ered)\s+cubic|hcp|bcc|"
            rf"hexagonal(?:\s+close[\s\-]packed)?|body[\s\-]cent(?:red|ered)\s+cubic|simple\s+cubic)\s+)?"
            rf"(?i:array|lattice|sublattice|arrangement|packing)(?:\s+(?i:of)\s+(?i:the\s+)?{el('h2')})?)?")
    verbs = _alt(d["verbs"])
    # ("more aluminium on the face centres", "Al also at …": a further site phrase of an element already placed)
    fwd = re.compile(rf"(?i:(?:more|additional|further|extra)\s+)?{el('e')}(?:\s+(?i:only|alone|also|too))?(?:\s+(?i:{verbs})(?:\s+(?i:at|on|in|into))?|(?=\s+(?i:the)\s))"
                     rf"\s+(?i:only\s+)?{pos_list}{host}")
    rev = re.compile(rf"(?i:the\s+)?{pos_list}\s+(?i:is|are)\s+(?i:occupied|taken|filled)\s+(?i:only\s+)?(?i:by)\s+"
                     rf"(?i:the\s+)?{el('e')}")
    # "a primitive cubic arrangement of Cl⁻ ions": the element on that lattice's points (``lattice_of``)
    lat = re.compile(rf"(?i:an?\s+|the\s+)?(?i:(?P<lk>{_alt(list(d['lattice_of']))}))\s+"
                     rf"(?i:{_alt(d['lattice_nouns'])})\s+(?i:of)\s+(?i:the\s+)?{el('e')}")
    return fwd, rev, lat, table


@functools.lru_cache(maxsize=1)
def _lattice_of() -> dict[str, list[str]]:
    """A lattice kind's words, normalised as the position phrases are ("simple-cubic" → "simple cubic"), → its
    position keys (``lattice_of`` of sites.yaml)."""
    return {" ".join(re.split(r"[\s\-]+", str(k).lower())): list(v) for k, v in _sites()["lattice_of"].items()}


@functools.lru_cache(maxsize=1)
def _composed() -> tuple[str, dict[str, str]]:
    """The regex of a position said as "<centre word> of <quantifier> <count> <part>" (``composed`` of
    ``sites.yaml``) with the part in group ``part``, and part phrase → position key."""
    c = _sites()["composed"]
    parts = {" ".join(re.split(r"[\s\-]+", str(p).lower())): k for k, ps in c["parts"].items() for p in ps}
    rx = (rf"(?:{_alt(c['centre_words'])})\s+of\s+(?:(?:{_alt(c['quantifiers'])})\s+)?"
          rf"(?:(?:{_alt([str(x) for x in c['counts']])})\s+)?(?P<part>{_alt(list(parts))})(?![A-Za-z])")
    return rx, parts


def _composed_rx() -> str:
    """``_composed``'s regex with its group unnamed (it stands inside the larger expressions of ``_rx``)."""
    return _composed()[0].replace("(?P<part>", "(?:")


def position_keys(lst: str, table: dict[str, str] | None = None) -> list[str]:
    """The position keys a list of position words names, in order: composed ones ("the centre of each face")
    first, then the plain phrases of the rest ("corners", "body centre")."""
    if table is None:
        table = {" ".join(re.split(r"[\s\-]+", str(p).lower())): k
                 for k, v in _sites()["positions"].items() for p in v["phrases"]}
    rx, parts = _composed()
    found: list[tuple[int, str]] = []
    rest = list(lst)
    for p in re.finditer(rx, lst, re.IGNORECASE):
        found.append((p.start(), parts[" ".join(re.split(r"[\s\-]+", p.group("part").lower()))]))
        rest[p.start():p.end()] = " " * (p.end() - p.start())
    for p in re.finditer(_alt(list(table)), "".join(rest), re.IGNORECASE):
        found.append((p.start(), table[" ".join(re.split(r"[\s\-]+", p.group(0).lower()))]))
    keys: list[str] = []
    for _s, k in sorted(found):
        if k not in keys:
            keys.append(k)
    return keys


@functools.lru_cache(maxsize=1)
def _empty_rx() -> re.Pattern:
    """Sentences that leave a position empty (``empty`` of ``sites.yaml``): "nothing goes in the middle of the
    cube", "no atom at the face centres", "the body centre stays empty", "leave the centre vacant"."""
    d, e = _sites(), _sites()["empty"]
    table = [str(p) for v in d["positions"].values() for p in v["phrases"]]
    one = rf"(?:(?:all|each|every|both)\s+(?:of\s+)?)?(?:the\s+|its\s+|their\s+)?(?:{_composed_rx()}|{_alt(table)})"
    cell = r"(?:\s+(?:of|in)\s+(?:the|a|an|each|its|one)\s+(?:unit\s+|cubic\s+|conventional\s+)*(?:cell|cube))?"
    def pos(k: int) -> str:
        return rf"(?P<list{k}>{one}{cell}(?:\s*(?:,\s*(?:or\s+|and\s+)?|\s(?:or|and|nor)\s+)\s*(?:(?:at|on|in)\s+)?{one}{cell})*)"
    states = _alt(e["states"])
    return re.compile(
        rf"(?i)(?<![A-Za-z])(?:(?:{_alt(e['nothing'])})(?:\s+(?:{_alt(e['verbs'])}))?(?:\s+(?:at|in|on|into|inside))\s+{pos(1)}"
        rf"|{pos(2)}\s+(?:(?:{_alt(e['keep'])})\s+)?(?:{states})"
        rf"|(?:leave|leaves|keep|keeps|left)\s+{pos(3)}\s+(?:{states})"
        rf"|{pos(4)}\s+(?:has|have|holds|hold|gets|get|contains|contain)\s+(?:nothing|no\s+atoms?|no\s+ions?))(?![A-Za-z])")


def empty_sites(text: str, free: Callable[[int, int], bool]) -> list[tuple[int, int, dict[str, Any]]]:
    """Positions ``text`` says are empty, on characters not yet read: ``(start, end, {"positions": [keys]})``
    (see ``_empty_rx``)."""
    out = []
    for m in _empty_rx().finditer(text):
        if free(m.start(), m.end()):
            lst = next(m.group(f"list{k}") for k in range(1, 5) if m.group(f"list{k}"))
            keys = position_keys(lst)
            if keys:
                out.append((m.start(), m.end(), {"positions": keys}))
    return out


def occupied(species: list[dict[str, Any]], sg_symbol: str) -> dict[tuple[int, int, int], str]:
    """Grid key of every position of the conventional cell the ``species`` (``{"el", "coords"}``) fill in space
    group ``sg_symbol`` → its element."""
    from .crystal import _sg_object
    g = _sg_object(sg_symbol)
    out: dict[tuple[int, int, int], str] = {}
    for sp in species:
        if sp.get("el") is not None:
            for k in _orbit(g, sp["coords"]):
                out[k] = sp["el"]
    return out


def check_empty(empties: list[dict[str, Any]], species: list[dict[str, Any]], sg_symbol: str,
                structure_span: dict | None) -> None:
    """Hold the positions the text leaves empty (``{"positions", "span"}``) against the cell: an atom the cell puts
    on one is ``UnsatisfiableError`` naming the denial and the phrase that put it there (a site described or
    the structure type named). Hole positions are those of an fcc array with a lattice point at the origin."""
    if not empties:
        return
    pos = _sites()["positions"]
    filled = occupied(species, sg_symbol)
    for e in empties:
        for k in e["positions"]:
            hit = sorted({filled[x] for x in _set(pos[k]["coords"]) if x in filled})
            if not hit:
                continue
            by = [sp["span"] for sp in species if sp.get("el") in hit and sp.get("span")]
            phr = [x for x in by + ([structure_span] if structure_span else []) if x]
            uniq = [x for i, x in enumerate(phr) if x not in phr[:i]]
            raise UnsatisfiableError(uniq + [e["span"]], [{"law": "a position said to be empty holds no atom",
                                                           "source": "definition; sites of the cubic cell: Kittel, "
                                                                     "Introduction to Solid State Physics, 8th ed., ch. 1"}],
                                     detail=f"the cell puts {', '.join(hit)} on the {k.replace('_', ' ')}, which "
                                            f"'{e['span']['text']}' leaves empty")


def site_phrases(text: str, names: dict[str, str], symbols: frozenset[str],
                 free: Callable[[int, int], bool]) -> list[tuple[int, int, dict[str, Any]]]:
    """Every site description of ``text`` on characters not yet read: ``(start, end, value)`` with value
    ``{"el", "positions": [keys], "host": symbol | None}``. ``names``: element name → symbol."""
    names = {**names, **{str(k).lower(): str(v) for k, v in _sites()["ion_names"].items()}}
    fwd, rev, lat, table = _rx(tuple(sorted(names.items())), symbols)
    out: list[tuple[int, int, dict[str, Any]]] = []
    taken: list[tuple[int, int]] = []

    def elem(m: re.Match, g: str) -> str | None:
        if m.group(g):
            return m.group(g)
        n = m.group(g + "n")
        return names[n.lower()] if n else None
    for rx in (fwd, rev, lat):
        for m in rx.finditer(text):
            s, e = m.span()
            if not free(s, e) or any(a < e and s < b for a, b in taken):
                continue
            if rx is lat:
                keys = list(_lattice_of()[" ".join(re.split(r"[\s\-]+", m.group("lk").lower()))])
            else:
                keys = position_keys(m.group("list"), table)
            host = None
            if "h1" in rx.groupindex:
                host = elem(m, "h1") or elem(m, "h2")
                kind = (m.group("kind") or "").lower()
                if kind and not re.match(r"fcc|ccp|cubic|face", kind):
                    raise UnsupportedError(f"'{m.group(0)}' at {s}-{e}: nesy reads the holes of a face-centred "
                                           f"cubic (ccp) array, not of a {m.group('kind')} one")
            only = bool(re.search(r"(?<![A-Za-z])(?:only|alone)(?![A-Za-z])", m.group(0), re.IGNORECASE))
            out.append((s, e, {"el": elem(m, "e"), "positions": keys, "host": host, "only": only,
                               "el_at": [m.start("e") if m.group("e") else m.start("en")]}))
            taken.append((s, e))
    out.sort()
    return out


# ---------------------------------------------------------------------------------------------
# resolution

def _key(p) -> tuple[int, int, int]:
    return tuple(int(round(float(x) * _GRID)) % _GRID for x in p)


def _shift(keys: frozenset, t: tuple[int, int, int]) -> frozenset:
    return frozenset(tuple((k[i] + t[i]) % _GRID for i in range(3)) for k in keys)


def _set(coords) -> frozenset:
    return frozenset(_key(p) for p in coords)


_FCC = None


def _fcc() -> frozenset:
    return _set(_sites()["positions"]["fcc"]["coords"])


_SHIFTS = [tuple(v * _GRID // 4 for v in t) for t in itertools.product(range(4), repeat=3)]


def _fcc_shift(keys: frozenset) -> tuple[int, int, int] | None:
    for t in _SHIFTS:
        if _shift(_fcc(), t) == keys:
            return t
    return None


def _orbit(sg_object, p) -> frozenset:
    import numpy as np
    return _set(np.mod(np.round(sg_object.get_orbit(np.asarray(p, dtype=float), tol=1e-5), 9), 1.0))


@functools.lru_cache(maxsize=32)
def _proto_sets(key: str) -> tuple[frozenset, ...] | None:
    """The site sets of a cubic structure type, one per role (None for a non-cubic type)."""
    from .crystal import _data, _sg_object
    p = _data()["prototypes"][key]
    if int(p["space_group"]["number"]) < 195:
        return None
    g = _sg_object(p["space_group"]["symbol"])
    return tuple(_orbit(g, s["coords"]) for s in p["sites"])


def _match(key: str, described: dict[str, frozenset], complete: bool,
           formula_els: list[str], exact: frozenset = frozenset()) -> tuple[dict[str, int], tuple] | None:
    """Element → role of structure type ``key`` and the origin shift under which every described set is
    one of the type's site sets (``complete``: and every site set is described). Of several, the one that
    keeps the formula's order of elements on the type's roles (CsCl: Cs on the cation site), else the
    first: the same structure either way, from another origin."""
    hits = list(_matches(key, described, complete, exact))
    for assign, t in hits:
        order = [el for el, _ in sorted(assign.items(), key=lambda x: x[1])]
        if order == [el for el in formula_els if el in assign]:
            return assign, t
    return hits[0] if hits else None


def _matches(key: str, described: dict[str, frozenset], complete: bool, exact: frozenset):
    """Every (element → role, shift) under which each described set is one role's set — or, for an element
    the text does not restrict ("Na at the face centres", not "Na only at …"), part of it, when not
    ``complete``."""
    sets = _proto_sets(key)
    if sets is None or (complete and len(sets) != len(described)):
        return
    for t in _SHIFTS:
        shifted = [_shift(s, t) for s in sets]
        assign: dict[str, int] = {}
        for el, keys in described.items():
            r = next((i for i, s in enumerate(shifted) if i not in assign.values()
                      and (s == keys or (not complete and el not in exact and keys <= s))), None)
            if r is None:
                break
            assign[el] = r
        else:
            if not complete or len(assign) == len(sets):
                yield assign, t


def _default_els(key: str) -> list[str]:
    """The elements of a structure type's default formula, in role order ("CsCl" → Cs, Cl)."""
    from .crystal import _data, _parse_formula
    return [el for el, _ in _parse_formula(_data()["prototypes"][key]["default"])]


def _material_order(key: str, fz: dict[str, frozenset]) -> list[str]:
    """The described elements in the order of a reference material of type ``key`` made of them, if any."""
    from .crystal import _data, _parse_formula
    for f, m in _data()["materials"].items():
        els = [el for el, _ in _parse_formula(f)]
        if m["prototype"] == key and set(els) == set(fz):
            return els
    return []


def _formula(counts: list[tuple[str, int]]) -> str:
    g = 0
    for _, n in counts:
        g = math.gcd(g, n)
    return "".join(el + (str(n // g) if n // g > 1 else "") for el, n in counts)


def resolve(descs: list[dict[str, Any]], *, prototype: str | None, structure_span: dict | None,
            formula_els: list[str], law: Callable[[str], dict]) -> dict[str, Any]:
    """The cell the site descriptions ``descs`` (``{"el", "positions", "host", "span"}``) describe.

    ``prototype``: the structure type the text names (or None); ``formula_els``: the elements of the
    formula the text names, in order (they fill sites the text does not describe). Returns ``{"prototype",
    "species", "formula", "space_group", "assumed"}``. Raises ``UnsatisfiableError`` when the positions
    contradict the named type or put two elements on one site, ``UnsupportedError``/``InputError`` naming
    the phrase when the positions cannot be built."""
    from .crystal import _data, _sg_object, _space_group
    data = _data()
    pos = _sites()["positions"]
    assumed: list[str] = []
    base: dict[str, set] = {}
    spans: dict[str, list[dict]] = {}
    for d in descs:
        spans.setdefault(d["el"], []).append(d["span"])
        base.setdefault(d["el"], set()).update(
            *[_set(pos[k]["coords"]) for k in d["positions"] if not pos[k].get("hole")])
    described: dict[str, set] = {el: set(v) for el, v in base.items()}
    for d in descs:
        holes = [k for k in d["positions"] if pos[k].get("hole")]
        if not holes:
            continue
        host = d["host"]
        if host is None:
            cands = [el for el, v in base.items() if v and _fcc_shift(frozenset(v)) is not None]
            if len(cands) == 1:
                host = cands[0]
            elif not cands:
                others = [el for el in formula_els if el not in base]
                if len(others) == 1 and (prototype is not None or len(formula_els) > 1):
                    host = others[0]
                    base[host] = set(_fcc())
                    described[host] = set(_fcc())
                    spans.setdefault(host, [])
                    assumed.append(f"{host} on the fcc array with a lattice point at the cell corner")
        if host is None:
            raise InputError(f"'{d['span']['text']}' at {d['span']['start']}-{d['span']['end']}: holes of which "
                             "array? say where the other atoms are (e.g. 'Cl at the corners and face centres', "
                             "'in the octahedral holes of the Cl fcc lattice')")
        if host not in base or not base[host]:
            base[host] = set(_fcc())
            described.setdefault(host, set()).update(_fcc())
            spans.setdefault(host, [d["span"]])
        t = _fcc_shift(frozenset(base[host]))
        if t is None:
            raise UnsupportedError(f"'{d['span']['text']}' at {d['span']['start']}-{d['span']['end']}: nesy knows "
                                   f"the holes of a face-centred cubic array, and {host} is not described as one")
        for k in holes:
            described[d["el"]].update(_shift(_set(pos[k]["coords"]), t))
            if pos[k].get("assumed"):
                assumed.append(pos[k]["assumed"])
    all_spans = [s for el in spans for s in spans[el]]
    # one atom per site
    owner: dict[tuple, str] = {}
    for el, keys in described.items():
        for k in keys:
            if k in owner and owner[k] != el:
                raise UnsatisfiableError(spans[owner[k]] + spans[el],
                                         [{"law": "one atom per crystallographic site", "source": "definition"}],
                                         detail=f"{owner[k]} and {el} are put on the same position "
                                                f"({', '.join(f'{x / _GRID:g}' for x in k)})")
            owner[k] = el
    fz = {el: frozenset(v) for el, v in described.items() if v}
    if prototype is not None:
        exact = frozenset(d["el"] for d in descs if d.get("only"))
        hit = _match(prototype, fz, False, formula_els or _default_els(prototype), exact)
        if _proto_sets(prototype) is None:
            raise UnsupportedError("site words (" + ", ".join(f"'{x['text']}' at {x['start']}-{x['end']}"
                                   for x in all_spans) + ") are read for cubic cells; "
                                   f"{data['prototypes'][prototype]['name']} is not cubic")
        if hit is None:
            name = data["prototypes"][prototype]["name"]
            sets = _proto_sets(prototype)
            why = ("site words describe a cubic cell" if sets is None else
                   f"{name} has sites of " + ", ".join(str(len(s)) for s in sets) + " positions per cell; "
                   + "the text puts " + ", ".join(f"{el} on {len(v)}" for el, v in fz.items())
                   + " (at positions of no one site of the type, from any origin)")
            raise UnsatisfiableError(([structure_span] if structure_span else []) + all_spans,
                                     [law("structure_type")], detail=why)
        key = prototype
    else:
        key, hit = None, None
        for k in data["prototypes"]:
            hit = _match(k, fz, True, formula_els or _material_order(k, fz))
            if hit is not None:
                key = k
                break
    if key is not None:
        return _from_prototype(key, hit, fz, spans, formula_els, structure_span, assumed)
    return _custom(fz, spans, assumed, _sg_object, _space_group, data)


def _from_prototype(key, hit, fz, spans, formula_els, structure_span, assumed) -> dict[str, Any]:
    from .crystal import _data, _sg_object
    data = _data()
    p = data["prototypes"][key]
    assign, t = hit
    role_el: dict[int, str] = {r: el for el, r in assign.items()}
    rest = [el for el in formula_els if el not in assign]
    for r in range(len(p["sites"])):
        if r not in role_el and rest:
            role_el[r] = rest.pop(0)
    g = _sg_object(p["space_group"]["symbol"])
    sets = _proto_sets(key)
    table = data["wyckoff"].get(int(p["space_group"]["number"]), {})
    species, counts = [], []
    for r, site in enumerate(p["sites"]):
        el = role_el.get(r)
        if el is None:
            sp = structure_span or next(iter(spans.values()))[0]
            raise InputError(f"the {site['role']} site ({site['wyckoff']}) of {p['name']} has no element: name "
                             f"it ('{sp['text']}' at {sp['start']}-{sp['end']})")
        coords, wy = [float(x) for x in site["coords"]], site["wyckoff"]
        moved = [((c * _GRID + t[i]) % _GRID) / _GRID for i, c in enumerate(coords)]
        if any(t) and _orbit(g, moved) == _shift(sets[r], t):
            coords = moved   # drawn where the text puts it: the same orbit, from the other origin
            wy = next((w for w, c in table.items() if _orbit(g, c) == _shift(sets[r], t)), wy)
        mult = int(re.match(r"\d+", wy).group(0))
        sp = spans.get(el) or ([structure_span] if structure_span else [])
        species.append({"el": el, "coords": coords, "wyckoff": wy, "role": site["role"],
                        "span": sp[0] if sp else None, "mult": mult})
        counts.append((el, mult))
    merged: dict[str, int] = {}
    for el, n in counts:
        merged[el] = merged.get(el, 0) + n
    return {"prototype": key, "species": species, "formula": _formula(list(merged.items())),
            "space_group": None, "assumed": assumed}


def _custom(fz, spans, assumed, _sg_object, _space_group, data) -> dict[str, Any]:
    import numpy as np
    from pymatgen.core import Lattice, Structure
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer
    all_spans = [s for el in spans for s in spans[el]]
    els = list(fz)
    st = Structure(Lattice.cubic(1.0), [el for el in els for _ in fz[el]],
                   [np.asarray(k, dtype=float) / _GRID for el in els for k in sorted(fz[el])])
    n = int(SpacegroupAnalyzer(st, symprec=0.001).get_space_group_number())
    sym, num = _space_group(str(n))
    if num < 195:
        raise UnsupportedError("the positions " + ", ".join(f"'{s['text']}' at {s['start']}-{s['end']}"
                               for s in all_spans) + f" build a cell of symmetry {sym}, not cubic; name the "
                               "structure type or give a space group with sites")
    g = _sg_object(sym)
    species = []
    for el in els:
        left = set(fz[el])
        while left:
            k = min(left)
            orb = _orbit(g, np.asarray(k, dtype=float) / _GRID)
            if not orb <= fz[el]:
                raise UnsupportedError(
                    f"the positions of {el} ('{spans[el][0]['text']}' at {spans[el][0]['start']}-"
                    f"{spans[el][0]['end']}) are not whole orbits of {sym} with the origin at the cell corner; "
                    "name the structure type or give a space group with sites")
            left -= orb
            sp = spans.get(el) or []
            species.append({"el": el, "coords": [x / _GRID for x in k], "wyckoff": None,
                            "role": f"site{len(species)}", "span": sp[0] if sp else None, "mult": len(orb)})
    return {"prototype": None, "species": species,
            "formula": _formula([(el, len(fz[el])) for el in els]),
            "space_group": {"symbol": sym, "number": num}, "assumed": assumed}
