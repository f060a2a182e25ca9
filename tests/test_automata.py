"""nesy.automata.v1: parsing, the Z3 laws, the layout and the pixel verifier."""
from __future__ import annotations

import io
import re
from pathlib import Path

import numpy as np
import pytest
import yaml
from PIL import Image

from nesy.domains import automata as A
from nesy.errors import InputError, UnknownWordsError, UnsatisfiableError
from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("automata")
DFA = ("a DFA with states q0, q1, q2; q0 is the start state; q2 is accepting; q0 goes to q1 on a; "
       "q1 loops on b; q1 goes to q2 on a")


def _png(text: str):
    scene = D.parse(text)
    layout = D.solve(scene)
    return scene, layout, render_layout(layout, controls=False).png


def _edges(s):
    return [(t["source"], t["target"], t["symbol"]) for t in s.attr("transitions")]


@pytest.mark.parametrize("text,kind,states,edges,start,acc", [
    (DFA, "dfa", ["q0", "q1", "q2"], [("q0", "q1", "a"), ("q1", "q1", "b"), ("q1", "q2", "a")], ["q0"], ["q2"]),
    ("a state machine with states Idle, Running and Done; Idle is the initial state; Done is final; "
     "Idle goes to Running on start", "machine", ["Idle", "Running", "Done"], [("Idle", "Running", "start")],
     ["Idle"], ["Done"]),
    ("a directed graph with nodes A, B, C and edges A→B, B→C", "graph", ["A", "B", "C"],
     [("A", "B", None), ("B", "C", None)], [], []),
    ("a graph with nodes X, Y and edges X to Y", "graph", ["X", "Y"], [("X", "Y", None)], [], []),
    ("q0 -a-> q1, q1 -b-> q0, q0 is the initial state, q1 is final", "machine", ["q0", "q1"],
     [("q0", "q1", "a"), ("q1", "q0", "b")], ["q0"], ["q1"]),
    ("an NFA with states s0, s1; the start state is s0; s0 goes to s1 on epsilon", "nfa", ["s0", "s1"],
     [("s0", "s1", "ε")], ["s0"], []),
])
def test_parse_variants(text, kind, states, edges, start, acc) -> None:
    s = D.parse(text)
    assert s.attr("kind") == kind
    assert [e.id for e in s.entities] == states
    assert _edges(s) == edges
    assert [x["state"] for x in s.attr("starts")] == start
    assert [x["state"] for x in s.attr("accepts")] == acc
    for r in s.relations:
        assert text[r.span.start:r.span.end] == r.span.text


def test_graph_merges_parallel_and_keeps_opposite() -> None:
    s = D.parse("a DFA with states q0 and q1; q0 is the start state; q0 goes to q1 on a, b; q1 goes to q0 on a")
    assert A.merged_edges(s) == [("q0", "q1", ["a", "b"]), ("q1", "q0", ["a"])]
    g = A.automaton_graph(s)
    assert g.number_of_edges() == 3 and g.nodes["q0"]["start"]
    layout = D.solve(s)
    assert len([x for x in layout.shapes if x.id.startswith("edge")]) == 2
    assert {lb.text for lb in layout.labels} >= {"a, b", "a"}


def test_score_separates_domains() -> None:
    assert D.score(DFA) > 0
    assert D.score("a directed graph with nodes A, B and edges A→B") > 0
    root = Path(__file__).resolve().parents[1] / "benchmarks" / "prompts"
    for f in root.glob("*.yaml"):
        if f.stem == "automata":
            continue
        for item in yaml.safe_load(f.read_text()):
            assert D.score(item["text"]) == 0, (f.stem, item["text"])


@pytest.mark.parametrize("bad", ["", "   ", "q0 " * 400_000, "\x00\x01\x02\xff binary", b"q0"])
def test_bad_text_is_input_error(bad) -> None:
    with pytest.raises(InputError):
        D.parse(bad)


def test_unknown_words_have_positions() -> None:
    with pytest.raises(UnknownWordsError) as ei:
        D.parse("a DFA with states q0, q1; q0 is the start state; q0 goes to q1 on a; flurbish")
    assert ei.value.words == [("flurbish", 69, 77)]


@pytest.mark.parametrize("text,phrases,law", [
    ("a DFA with states q0, q1; q0 is the start state; q0 goes to q1 on a; q0 goes to q0 on a",
     ["a DFA", "q0 goes to q1 on a", "q0 goes to q0 on a"], "dfa_deterministic"),
    ("a DFA with states q0 and q1; q0 is the start state; q1 is the start state; q0 goes to q1 on a",
     ["q0 is the start state", "q1 is the start state"], "one_start"),
    ("a DFA with states q0, q1; q0 is the start state; q0 goes to q1 on epsilon",
     ["a DFA", "q0 goes to q1 on epsilon"], "dfa_no_epsilon"),
    ("a DFA over the alphabet {a, b} with states q0, q1; q0 is the start state; q0 goes to q1 on c",
     ["over the alphabet {a, b}", "q0 goes to q1 on c"], "alphabet"),
    ("an NFA with three states q0, q1, q2, q3; q0 is the start state; q0 goes to q1 on a",
     ["three", "q0, q1, q2, q3"], "state_count"),
    ("a DFA with states q0, q1; q0 is the start state; q0 goes to q5 on a",
     ["states q0, q1", "q0 goes to q5 on a"], "declared_states"),
    ("a DFA with states q0, q1; q0 is the start state; q7 is accepting; q0 goes to q1 on a",
     ["states q0, q1", "q7 is accepting"], "accept_subset"),
])
def test_impossible_specs_name_the_phrases(text, phrases, law) -> None:
    s = D.parse(text)
    with pytest.raises(UnsatisfiableError) as ei:
        D.solve(s)
    got = [p["text"] for p in ei.value.phrases]
    for p in phrases:
        assert p in got, (p, got)
    assert any(x["law"].startswith(law + ":") for x in ei.value.laws)
    assert "Hopcroft" in Path(__file__).resolve().parents[1].joinpath("solvers/automata.yaml").read_text()
    for p in ei.value.phrases:
        assert text[p["start"]:p["end"]] == p["text"]


def test_nfa_allows_what_a_dfa_forbids() -> None:
    s = D.parse("an NFA with states q0, q1; q0 is the start state; q0 goes to q1 on a; q0 goes to q0 on a")
    D.solve(s)


# ---------------------------------------------------------------- figure and verifier

def test_verifier_passes_untouched_figure_and_png_is_byte_identical() -> None:
    scene, layout, png = _png(DFA)
    v = D.verify(png, scene)
    assert v.passed, [c for c in v.checks if not c.passed]
    laws = {c.law for c in v.checks}
    assert {"state_drawn", "state_count", "no_overlap", "accepting_ring", "start_marker", "edge_drawn",
            "edge_direction", "label_present", "label_clear"} <= laws
    assert render_layout(D.solve(D.parse(DFA)), controls=False).png == png
    assert layout.stat("label_collisions") == 0


def _edit(png: bytes, fn) -> bytes:
    a = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).copy()
    fn(a)
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, format="PNG")
    return buf.getvalue()


def _without(layout, *ids: str):
    from dataclasses import replace
    return replace(layout, shapes=tuple(s for s in layout.shapes if s.id not in ids))


def test_verifier_fails_an_erased_edge() -> None:
    scene, layout, png = _png(DFA)
    bad = render_layout(_without(layout, "edge0:q0->q1", "_head0"), controls=False).png
    v = D.verify(bad, scene)
    assert not v.passed
    assert any(c.law == "edge_drawn" and c.args == ("q0", "q1") for c in v.failed())


def test_verifier_fails_a_node_moved_onto_another() -> None:
    scene, layout, png = _png(DFA)
    s0, s1 = layout.shape("q0"), layout.shape("q1")

    def move(a) -> None:
        x0, y0, x1, y1 = (int(round(v)) for v in s0.box)
        patch = a[y0:y1, x0:x1].copy()
        u0, v0 = int(round(s1.box[0])) + 10, int(round(s1.box[1]))
        a[v0:v0 + patch.shape[0], u0:u0 + patch.shape[1]] = patch
    v = D.verify(_edit(png, move), scene)
    assert not v.passed
    assert any(c.law in ("no_overlap", "state_drawn") for c in v.failed())


def test_verifier_fails_a_missing_accepting_ring_and_start_marker() -> None:
    scene, layout, png = _png(DFA)
    bad = render_layout(_without(layout, "_accept_q2"), controls=False).png
    assert any(c.law == "accepting_ring" for c in D.verify(bad, scene).failed())
    bad = render_layout(_without(layout, "_start_q0", "_starthead_q0"), controls=False).png
    assert any(c.law == "start_marker" for c in D.verify(bad, scene).failed())


def test_verifier_fails_a_label_moved_away() -> None:
    from dataclasses import replace
    scene, layout, png = _png(DFA)
    labels = tuple(replace(lb, x=lb.x + 90, y=lb.y + 60) if lb.text == "a" else lb for lb in layout.labels)
    bad = render_layout(replace(layout, labels=labels), controls=False).png
    assert any(c.law == "label_present" for c in D.verify(bad, scene).failed())


def test_larger_graph_places_in_layers_and_verifies() -> None:
    scene, layout, png = _png("a directed graph with nodes A, B, C, D, E, F and edges A→B, B→C, C→D, D→E, "
                              "E→F, F→A, A→D, B→E, C→F")
    assert layout.stat("placement") == "layered"
    assert layout.stat("crossings") <= 1
    assert D.verify(png, scene).passed


@pytest.mark.parametrize("tail,expected", [
    ("q1 loops on a and b", {("q1", "q1", "a"), ("q1", "q1", "b")}),
    ("q1 loops on b, a", {("q1", "q1", "a"), ("q1", "q1", "b")}),
    ("q1 goes to q0 on a or b", {("q1", "q0", "a"), ("q1", "q0", "b")}),
])
def test_symbol_lists_split_on_words_not_inside_them(tail, expected):
    """'a and b' is the symbols a and b — never a, 'nd' and b."""
    from nesy.registry import get_domain
    sg = get_domain("automata").parse(f"An NFA with states q0 and q1; q0 is the start state; q1 is accepting; {tail}")
    got = {(t["source"], t["target"], t["symbol"]) for t in sg.attr("transitions")}
    assert {x for x in got if x[0] == "q1"} == expected


@pytest.mark.parametrize("text, edges", [
    ("states p, q and r; p goes to p on 0 and 1, p goes to q on 1",
     [("p", "p", "0"), ("p", "p", "1"), ("p", "q", "1")]),
    ("states q0, q1; q0 loops on b, q1 goes to q0 on a",
     [("q0", "q0", "b"), ("q1", "q0", "a")]),
    ("states q0, q1; on a, q0 goes to q1", [("q0", "q1", "a")]),
    ("states q0, q1, q2; q2 is accepting; on a, q0 goes to q1", [("q0", "q1", "a")]),
])
def test_trailing_on_is_not_taken_by_next_clause(text, edges) -> None:
    """Regression: "X goes to Y on 0 and 1, Z goes to W" gave the symbols to the next clause (read as a
    fronted "on 0 and 1, Z goes to W"), leaving "X goes to Y" without a symbol."""
    scene = D.parse(text)
    got = sorted((t["source"], t["target"], t["symbol"]) for t in scene.attr("transitions"))
    assert got == sorted(edges)


def _read(text):
    s = D.parse(text)
    return ({(t["source"], t["target"], t["symbol"]) for t in s.attr("transitions")},
            {e.id for e in s.entities if e.attr("start")}, {e.id for e in s.entities if e.attr("accepting")})


@pytest.mark.parametrize("text, trans, start, acc", [
    # 1. "both/each/all states loop on x" is a self-loop on every state (was silently dropped)
    ("a DFA with states even and odd; even is the start state and is accepting; even goes to odd on 1; "
     "odd goes to even on 1; both states loop on 0",
     {("even", "odd", "1"), ("odd", "even", "1"), ("even", "even", "0"), ("odd", "odd", "0")}, {"even"}, {"even"}),
    ("a DFA with states q0, q1, q2; q0 is the start state; each state loops on x",
     {("q0", "q0", "x"), ("q1", "q1", "x"), ("q2", "q2", "x")}, {"q0"}, set()),
    ("an NFA with states p and q; p is the start state; p goes to q on a; all states loop on a and b",
     {("p", "q", "a"), ("p", "p", "a"), ("p", "p", "b"), ("q", "q", "a"), ("q", "q", "b")}, {"p"}, set()),
    # 3. "is the start state and is accepting" keeps both marks (either order)
    ("states q0, q1; q1 is accepting and is the start state; q1 goes to q0 on a",
     {("q1", "q0", "a")}, {"q1"}, {"q1"}),
    # 2. coordinated sources and targets, a second target with its own symbol
    ("an NFA with states q0, q1, q2; q0 is the start state; q0 and q1 both go to q2 on a",
     {("q0", "q2", "a"), ("q1", "q2", "a")}, {"q0"}, set()),
    ("an NFA with states q0, q1 and q2; q0 is the start state; q2 is accepting; q0 goes to q1 and q2 on a",
     {("q0", "q1", "a"), ("q0", "q2", "a")}, {"q0"}, {"q2"}),
    ("a DFA with start state q0 and accepting states q1 and q2; q0 goes to q1 on a and to q2 on b",
     {("q0", "q1", "a"), ("q0", "q2", "b")}, {"q0"}, {"q1", "q2"}),
    ("a DFA with states q0, q1 and q2, where q0 is the start state and q1 and q2 are accepting; q0 goes to q1 "
     "on a, q0 goes to q2 on b, and q1 and q2 loop on a and b",
     {("q0", "q1", "a"), ("q0", "q2", "b"), ("q1", "q1", "a"), ("q1", "q1", "b"), ("q2", "q2", "a"),
      ("q2", "q2", "b")}, {"q0"}, {"q1", "q2"}),
    ("states q0, q1, q2; q0 goes to q1 and q1 goes to q2", {("q0", "q1", None), ("q1", "q2", None)}, set(), set()),
    # 4. nodes named by numbers
    ("a directed graph with nodes 1, 2 and 3; 1 → 2; 2 → 3", {("1", "2", None), ("2", "3", None)}, set(), set()),
    ("a digraph with nodes 1, 2 and 3 and edges 1 → 2, 2 → 3 and 1 → 3",
     {("1", "2", None), ("2", "3", None), ("1", "3", None)}, set(), set()),
])
def test_coordination_quantifiers_and_numeric_names(text, trans, start, acc) -> None:
    assert _read(text) == (trans, start, acc)


def test_numeric_nodes_are_states() -> None:
    assert [e.id for e in D.parse("a directed graph with nodes 1, 2 and 3; 1 → 2; 2 → 3").entities] == ["1", "2", "3"]


def test_dfa_coordinated_targets_break_determinism() -> None:
    scene = D.parse("a DFA with states q0, q1, q2; q0 is the start state; q0 goes to q1 and q2 on a")
    with pytest.raises(UnsatisfiableError):
        A.check_automaton(scene)


@pytest.mark.parametrize("text, word", [
    ("states q0, q1; q0 is the start state; q0 goes to q1 on a; then 7", "7"),
    ("a DFA with states q0, q1; q0 is the start state; q0 goes to q1 on a; then accepting", "accepting"),
])
def test_unread_words_are_reported_not_dropped(text, word) -> None:
    from nesy.errors import UnsupportedError
    with pytest.raises(UnsupportedError, match=f"'{word}'"):
        D.parse(text)


# How people who never saw nesy describe a state machine: one row per mechanism of the reader.
@pytest.mark.parametrize("text,states,edges,start,acc", [
    # a symbol fronted in its clause, and the imperative "go"
    ("a DFA with states p, q; p is the start state; from p on x go to q, from q on y go to p",
     ["p", "q"], {("p", "x", "q"), ("q", "y", "p")}, ["p"], []),
    # a fronted symbol is the symbol of every clause after it in the sentence
    ("a DFA with states A, B; A is the start state. On 0, A goes to B and B goes to A. On 1, each state loops.",
     ["A", "B"], {("A", "0", "B"), ("B", "0", "A"), ("A", "1", "A"), ("B", "1", "B")}, ["A"], []),
    # marks in brackets; a predicate without a subject takes the one before it
    ("a DFA with states s (start) and t (accepting); s loops on 1 and goes to t on 0; t is final and stays in t on 0",
     ["s", "t"], {("s", "1", "s"), ("s", "0", "t"), ("t", "0", "t")}, ["s"], ["t"]),
    # "start X" / "accept X" without a verb; a range of names; an arrow chain with one symbol
    ("NFA with states r1 to r3; start r1; accept r3; r1 -> r2 -> r3 on z",
     ["r1", "r2", "r3"], {("r1", "z", "r2"), ("r2", "z", "r3")}, ["r1"], ["r3"]),
    # the transition function written out, a set of targets for an NFA
    ("NFA with states u, v; u is initial; v is final; δ(u, 0) = {u, v}; delta(v,1)=u",
     ["u", "v"], {("u", "0", "u"), ("u", "0", "v"), ("v", "1", "u")}, ["u"], ["v"]),
    # an ε-move as a noun, "has a transition to", "when it reads"
    ("an NFA with states m, n, o; m is the start state; o is accepting; m has an epsilon-move to n; "
     "n transitions to o when it reads c",
     ["m", "n", "o"], {("m", "ε", "n"), ("n", "c", "o")}, ["m"], ["o"]),
    # "otherwise" and "every symbol": the stated alphabet less what the state names elsewhere
    ("a DFA over the alphabet {a, b, c} with states k, l; k is the start state; k goes to l on c and otherwise "
     "stays in k; l loops on every symbol",
     ["k", "l"], {("k", "c", "l"), ("k", "a", "k"), ("k", "b", "k"), ("l", "a", "l"), ("l", "b", "l"), ("l", "c", "l")},
     ["k"], []),
    # "it switches state" (two states), "it stays": every state
    ("a DFA with states E and O; E is the start state and accepting; on input 1 it switches state, on 0 it stays",
     ["E", "O"], {("E", "1", "O"), ("O", "1", "E"), ("E", "0", "E"), ("O", "0", "O")}, ["E"], ["E"]),
    # "moves to the next state" follows the listed order; an unlabelled restatement adds nothing
    ("a DFA with 3 states v0..v2, start v0, accepting v2; on a each state moves to the next state (v0->v1->v2); "
     "v2 loops on a", ["v0", "v1", "v2"], {("v0", "a", "v1"), ("v1", "a", "v2"), ("v2", "a", "v2")}, ["v0"], ["v2"]),
    # "from q0, input a leads to q1"; "q0 on 0 goes to q0, q0 on 1 goes to q1" (the next clause's subject is
    # no further target); "A loops on y" is state A's loop, not "a loop on y"
    ("a state machine with states A, g0, g1; g0 is the start state. From g0, input a leads to g1; from g1, input a "
     "leads back to g0. g0 on b goes to g0, g1 on b goes to g1. A loops on c.", ["A", "g0", "g1"],
     {("g0", "a", "g1"), ("g1", "a", "g0"), ("g0", "b", "g0"), ("g1", "b", "g1"), ("A", "c", "A")}, ["g0"], []),
    # the formal five-tuple: Q = {…}, F = {…}, the start state as its fourth member; (q, a) -> p and (q, a, p)
    ("DFA M = (Q, Σ, δ, h0, F) with Q = {h0, h1}, Σ = {a, b}, F = {h1}; (h0, a) -> h1, (h1, b, h0)",
     ["h0", "h1"], {("h0", "a", "h1"), ("h1", "b", "h0")}, ["h0"], ["h1"]),
])
def test_outsider_phrasings(text, states, edges, start, acc) -> None:
    s = D.parse(text)
    assert [e.id for e in s.entities] == states
    assert {(t["source"], t["symbol"], t["target"]) for t in s.attr("transitions")} == edges
    assert [x["state"] for x in s.attr("starts")] == start
    assert sorted({x["state"] for x in s.attr("accepts")}) == acc


@pytest.mark.parametrize("text,phrase", [
    # a language nesy cannot build an automaton for (no alphabet given): refused, naming it
    # (tests/test_automata_lang.py: the languages it builds)
    ("Draw an NFA that recognizes strings containing aa", "that recognizes strings containing aa"),
    ("a DFA for the language of words where every a is followed by b", "for the language of words"),
    # a state that "stays" in another state, "the other state" of three, "otherwise" with no alphabet,
    # "the next state" of the last state: each refused naming its phrase, never guessed
    ("a DFA with states q0, q1; q0 is the start state; q0 stays in q1 on a", "q0 stays in q1 on a"),
    ("a DFA with states a1, a2, a3; a1 is the start state; on 1 it switches state", "switches state"),
    ("a DFA with states q0, q1; q0 is the start state; q0 goes to q1 on 1 and otherwise stays in q0", "otherwise"),
    ("a DFA with states q0, q1; q0 is the start state; q1 moves to the next state on a", "q1 moves to the next state"),
    # "it" after a state was named could be the machine or that state; "both" of three states
    ("a DFA with states q0, q1; q0 is the start state; q0 goes to q1 on a; it loops on b", "it loops on b"),
    ("a DFA with states q0, q1, q2; q0 is the start state; q0 goes to q1 and q2 on a; both loop on b", "both loop on b"),
])
def test_unreadable_meaning_is_refused_by_phrase(text, phrase) -> None:
    from nesy.errors import UnsupportedError
    with pytest.raises(UnsupportedError, match=re.escape(phrase)):
        D.parse(text, allow_unknown=True)


@pytest.mark.parametrize("text", ["a DFA with states q0, q1; q0 goes to q1 on a",
                                  "an NFA with states p and q where p goes to q on 0 and q loops on 1"])
def test_a_missing_start_state_is_asked_for_not_called_impossible(text) -> None:
    """No start state stated is a fact missing (exit 2, naming the automaton), not a conflict (exit 3 named
    'a DFA' as the conflicting phrase and proposed deleting it); nesy does not choose one."""
    s = D.parse(text)
    with pytest.raises(InputError, match="names none; say which") as ei:
        D.solve(s)
    assert not isinstance(ei.value, UnsatisfiableError)


def test_an_unread_start_is_refused_not_called_impossible() -> None:
    # "the start being s0" is not a phrase nesy reads: without it the automaton would have no start state
    # and be called impossible under "exactly one start state"; it is refused naming the word instead
    from nesy.errors import UnsupportedError
    with pytest.raises(UnsupportedError, match="'start'"):
        D.parse("an NFA with states s0, s1, the start being s0; s0 goes to s1 on a", allow_unknown=True)


def test_a_gapped_copula_after_and_still_marks_the_state() -> None:
    """'S is the start state and B the only final state': B is accepting (it was listed as not drawn and the
    automaton drawn with no accepting state)."""
    s = D.parse("Automaton with states S, A and B. S is the start state and B the only final state. "
                "S → A on x, A → B on y.")
    assert [x["state"] for x in s.attr("starts")] == ["S"] and [x["state"] for x in s.attr("accepts")] == ["B"]
    s = D.parse("a DFA with states p, q; q is accepting and p the start state; p goes to q on a")
    assert [x["state"] for x in s.attr("starts")] == ["p"] and [x["state"] for x in s.attr("accepts")] == ["q"]
