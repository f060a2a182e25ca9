"""State diagrams drawn by graphviz ``dot`` the way a person writing DOT would (issue 10).

Each automaton is written as DOT text from the text's own facts (states, start, accepting, transitions):
``rankdir=LR``, ``node [shape=circle]``, accepting states ``doublecircle``, the start arrow from an
invisible ``point`` node, one edge per (source, target) labelled with its symbols ("a,b"), self-loops —
laid out by dot itself (its own positions, fonts and arrowheads), then ``dot -Tpng`` at the case's dpi.
Two styles: ``bw`` (dot's defaults) and ``colour`` (coloured strokes, filled states, Helvetica).

Wrongs (one each): ``redirect`` (a transition goes to another state), ``drop`` (a transition left out),
``label`` (an edge's symbol changed), ``accept`` (an accepting state drawn single), ``start`` (the start
arrow on another state).
"""
from __future__ import annotations

import subprocess

SCIENCE = "automata"


def _dot(states, start, accepting, edges, *, style: str, dpi: int, font: str = "Times-Roman") -> bytes:
    """PNG bytes of the automaton drawn by dot. ``edges``: (source, target, "a,b")."""
    colour = style == "colour"
    lines = ["digraph M {", f"  rankdir=LR; dpi={dpi}; bgcolor=white;",
             f'  node [shape=circle, fontname="{font}"' + (', color="#1f77b4", penwidth=1.6, style=filled, '
                                                            'fillcolor="#e8f1fa", fontcolor="#08306b"' if colour else "")
             + "];",
             f'  edge [fontname="{font}"' + (', color="#d62728", fontcolor="#2ca02c"' if colour else "") + "];",
             '  __start [shape=point, width=0, style=invis, label=""];']
    for q in states:
        shape = "doublecircle" if q in accepting else "circle"
        lines.append(f'  "{q}" [shape={shape}];')
    lines.append(f'  __start -> "{start}";')
    for a, b, lab in edges:
        lines.append(f'  "{a}" -> "{b}" [label="{lab}"];')
    lines.append("}")
    return subprocess.run(["dot", "-Tpng"], input="\n".join(lines).encode(), capture_output=True, check=True).stdout


def _case(cid, text, states, start, accepting, edges, style, dpi, wrongs, font="Times-Roman"):
    def draw(wrong=None):
        st, acc, es = start, set(accepting), list(edges)
        if wrong == "redirect":
            a, b, lab = es[0]
            other = next(q for q in states if q not in (a, b))
            es[0] = (a, other, lab)
        elif wrong == "drop":
            es = es[1:]
        elif wrong == "label":
            a, b, lab = es[-1]
            new = lab.replace("a", "c") if "a" in lab else lab.replace("b", "c")
            es[-1] = (a, b, new if new != lab else ("1" if lab != "1" else "2"))
        elif wrong == "accept":
            acc = acc - {sorted(acc)[0]}
        elif wrong == "start":
            st = next(q for q in states if q != start)
        return _dot(states, st, acc, es, style=style, dpi=dpi, font=font)
    return {"id": cid, "text": text, "tool": "graphviz", "style": style, "draw": draw, "wrongs": wrongs}


def cases() -> list[dict]:
    out = []
    t1 = ("A DFA with states q0, q1 and q2. q0 is the start state and q2 is accepting. On a, q0 goes to q1; "
          "on b, q0 stays in q0. On a, q1 goes to q2; on b, q1 goes to q0. On a or b, q2 stays in q2.")
    e1 = [("q0", "q1", "a"), ("q0", "q0", "b"), ("q1", "q2", "a"), ("q1", "q0", "b"), ("q2", "q2", "a,b")]
    W = ["redirect", "drop", "label", "accept", "start"]
    out.append(_case("dfa3-bw", t1, ["q0", "q1", "q2"], "q0", ["q2"], e1, "bw", 96, W))
    out.append(_case("dfa3-colour", t1, ["q0", "q1", "q2"], "q0", ["q2"], e1, "colour", 110, W, "Helvetica"))
    t2 = "a DFA with states q0 and q1; q0 is the start state; q1 is accepting; q0 goes to q1 on a, b; q1 goes to q0 on a"
    e2 = [("q0", "q1", "a,b"), ("q1", "q0", "a")]
    out.append(_case("dfa2-bw", t2, ["q0", "q1"], "q0", ["q1"], e2, "bw", 80, ["drop", "label", "accept", "start"]))
    t3 = ("a DFA with states even and odd; even is the start state and is accepting; even goes to odd on 1; "
          "odd goes to even on 1; both states loop on 0")
    e3 = [("even", "odd", "1"), ("odd", "even", "1"), ("even", "even", "0"), ("odd", "odd", "0")]
    out.append(_case("parity-colour", t3, ["even", "odd"], "even", ["even"], e3, "colour", 96,
                     ["drop", "label", "accept", "start"], "Helvetica"))
    t4 = ("a DFA with states s0, s1, s2 and s3; s0 is the start state; s3 is accepting; s0 goes to s1 on a; "
          "s1 goes to s2 on b; s2 goes to s3 on a; s3 goes to s0 on b")
    e4 = [("s0", "s1", "a"), ("s1", "s2", "b"), ("s2", "s3", "a"), ("s3", "s0", "b")]
    out.append(_case("cycle4-bw", t4, ["s0", "s1", "s2", "s3"], "s0", ["s3"], e4, "bw", 72, W))
    t5 = "states p, q and r; p is the start state; r is accepting; p goes to q on a; q goes to r on b; r loops on a"
    e5 = [("p", "q", "a"), ("q", "r", "b"), ("r", "r", "a")]
    out.append(_case("pqr-colour", t5, ["p", "q", "r"], "p", ["r"], e5, "colour", 120, W, "Courier"))
    return out
