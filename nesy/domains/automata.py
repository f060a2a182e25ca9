"""Automata and directed graphs (``nesy.automata.v1``): a text describing a DFA, an NFA, a state
machine or a directed graph → a transition diagram.

parse: state names, symbols and arrows are read by regular expressions built from
``grammars/automata/grammar.yaml`` (declarations "states q0, q1, q2", "q0 is the start state", "q2 is
accepting", transitions "q0 goes to q1 on a", "q1 loops on b", "A → B", "from A to B on x"); every
other word must be grammar or common vocabulary, else ``UnknownWordsError`` with positions; a word of
meaning (verb, start/accept word, number, state name) that no phrase read raises ``UnsupportedError``
naming its phrase. Coordination is read ("q0 and q1 both go to q2 on a", "q0 goes to q1 and q2 on a",
"q0 goes to q1 on a and to q2 on b"), "both/each/all states loop on x" is a loop on every state, and
declared all-digit names ("nodes 1, 2 and 3") are state names. How others write it is read by mechanism,
not by sentence: a symbol fronted in its clause ("from q0 on a go to q1") or before several ("on a, q0
goes to q1 and q1 goes to q2"); a predicate without a subject takes the state named before it in the
sentence ("q1 is accepting and loops on b"), and "it" is every state only where the clause speaks of
every state ("on 1 it switches state"), else refused; marks "q0 (start)"; "start q0", "Start: S",
"F = {q2}", "M = (Q, Σ, δ, q0, F)"; ranges "q0..q3"; arrow chains "A -> B -> C"; "δ(q0, a) = q1",
"(q0, a) -> q1"; ε- and labelled transition nouns ("an ε-transition from 1 to 2", "an arrow from q0 to q1
labelled 0"); "stays in A"; "switches state" (two states); "the next state" (listed order); "otherwise" and
"every input" (the stated alphabet); "1 →a→ 2", "1 --a--> 2" (the symbol inside the arrow); "No other
transitions" (a partial automaton: no dead state is drawn, ``automaton.json`` lists the missing moves); "No accepting
states (needed)" (F empty, stated; beside an accepting state it is impossible); a state list without commas
("states p q and r start state p"); "go to p or to q" (two targets); the machine as "it" before arrows between
its states ("it goes Red → Green, Green → Yellow"), or in a named state ("In C it stays forever with 0 and 1");
the input named by its noun ("on the timer signal t"); a closing "that's it"; the definition of a DFA restated
("exactly one transition per state and symbol": the machine is a DFA, and the phrase is named when two moves on one
symbol conflict with it); "go to p and also to q" (two targets); symbols named by words ("alpha and bravo (a and b)",
"L (letter)") and examples marked yes/no ("So ab yes, ba no", checked) — ``automata_alias``; an input met in a state
and a verb made of a state's name ("a coin in Locked unlocks it": to Unlocked, ``cause_verbs``) or of staying ("a push in
Locked or a coin in Unlocked changes nothing"); the input symbols by their noun ("and inputs coin and push"); the
alphabet as "words on {a, b}"; a code span ("`// accepts 0*10*`": a comment is a clause of its own) and a request
written as a block of comments (``automata_lines``); a state table as Markdown, CSV or tab-separated lines under a
header naming its columns ("state,on_0,on_1,start,accepting", ``automata_table``); the states as a code enumeration
("enum Parity { EE, EO, OE, OO }") with a key to their names ("first letter = parity of a's …", ``automata_legend``);
"with all 8 transitions" (checked: law transition_count); the owner of the machine ("the door's automaton"). A text
that gives a language instead of states ("accepts strings that end in 1", "binary numbers divisible by 3",
"L = {w ∈ {a,b}* : …}") is compiled to its automaton (``automata_lang``); one it cannot read whole is
refused naming the words; a language stated beside the states is read when they agree, a language said twice when
both say the same one; a language no finite automaton accepts ("a^n b^n", "palindromes") is impossible
(``automata_nonregular``). The
``SceneGraph`` has one ``state`` entity per state and one ``transition`` relation per transition
phrase and symbol; ``attributes["transitions"]`` keeps the symbols, and :func:`automaton_graph` gives
the automaton as a ``networkx.MultiDiGraph``. States are taken from the declaration when there is
one (a transition naming an undeclared state is then *reported*, never added); without a
declaration they are the states the transitions name, in order (``attributes["implicit_states"]``).

solve: Z3 holds the laws (``solvers/automata.yaml``; Hopcroft, Motwani & Ullman §2.2) as tracked
assertions — exactly one start state, a DFA's δ(q, a) has at most one value and no ε-moves, symbols
come from the stated alphabet, the stated state and transition counts match those given, transitions and accepting
states name declared states — so an impossible text raises ``UnsatisfiableError`` naming the user's
phrases. The states are laid out left to right as Sipser (ch. 1) and Hopcroft–Ullman (§2.2.3) draw
them (``automata_layers``): the start state alone at the left, every state in the column of its
breadth-first distance from it (unreachable states last), the states of a column ordered by the
barycentre of their neighbours to reduce crossings. ``automata_draw`` draws the diagram black on white:
states are circles with their names inside, accepting states double circles, the start state an arrow
from nowhere labelled "start" from the left; parallel transitions are merged into one edge labelled
"a, b", edges from one column to the next are straight, opposite ones two curved edges, back edges and
edges over several columns arcs clear of the states between; self-loops sit above (else below) their
state; edge labels are placed where their box (shapely) touches no state, edge or other label. No
colours and no legend.

verify (``automata_verify``): from the PNG pixels alone, by shape, position and text — the state
circles (a Hough transform for their radius), each named by the text inside it, accepting states by
their inner circle, the start state by its arrow and "start", each edge drawn along the path the
measured centres give with its arrowhead at the target, and each label's symbols beside its edge,
clear of other ink and apart from the other labels.
"""
from __future__ import annotations

import functools
import math
import re
import time
from typing import Any

from ..errors import InputError, SolverTimeoutError, UnknownWordsError, UnsatisfiableError, UnsupportedError, NothingToDrawError
from ..registry import register
from ..resources import load_yaml
from .kit import DomainFiles, ExactRender
from .automata_regex import DOT as _RX_DOT, IN_SENTENCE as _REGEX_IN_SENTENCE
from ..parse.words import MAX_COUNT, common_words, count_rx, read_count
from ..types import Entity, Label, Layout, Relation, SceneGraph, Shape, Span, Verdict, _freeze

__all__ = ["AutomataDomain", "parse_automaton", "check_automaton", "solve_automaton", "verify_automaton",
           "automaton_graph", "merged_edges"]

_files = DomainFiles("automata")
_grammar, _data, _style, _law = _files.grammar, _files.data, _files.style, _files.law

AUTOMATA = ("dfa", "nfa", "machine")
EPS = "ε"

# ---------------------------------------------------------------------------------------------
# data


# the particle of a verb of moving before its target: "goes to", "goes back to", "goes on to", "moves straight to"
_TO = r"(?i:to|into|back\s+to|back\s+into|on\s+to|onto|on\s+into|over\s+to|across\s+to|along\s+to|forward\s+to|ahead\s+to|straight\s+(?:back\s+)?to|directly\s+(?:back\s+)?to|right\s+back\s+to|all\s+the\s+way\s+back\s+to)"


@functools.lru_cache(maxsize=1)
def _common() -> tuple[frozenset[str], dict[str, int]]:
    c = load_yaml("grammars", "common/grammar.yaml")
    nums = {str(k).lower(): int(v) for k, v in c.get("numbers", {}).items() if " " not in str(k)}
    return common_words(), nums


def _alts(words: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(x) for x in str(w).split())
                    for w in sorted(words, key=lambda w: (-len(str(w)), str(w))))


@functools.lru_cache(maxsize=1)
def _vocab() -> frozenset[str]:
    g = _grammar()
    words: set[str] = set()
    for key in ("state_words", "start_words", "accept_words", "move_verbs", "loop_verbs", "symbol_words",
                "epsilon", "edge_words", "alphabet_words", "neutral"):
        for w in g[key]:
            words.update(re.findall(r"[^\W\d_]+", str(w).lower()))
    for ps in g["kinds"].values():
        for p in ps:
            words.update(re.findall(r"[^\W\d_]+", str(p).lower()))
    return frozenset(words)


# lower-case words that are never a state name or a symbol
_RESERVED = ("and", "or", "on", "to", "is", "are", "the", "a", "an", "with", "from", "has", "have", "then",
             "it", "its", "itself", "of", "in", "at", "into", "state", "states", "node", "nodes", "start",
             "initial", "accepting", "final", "accept", "goes", "go", "moves", "loops", "loop", "stays",
             "reading", "input", "inputs", "symbol", "when", "if", "else", "otherwise", "also", "edge", "edges",
             "back", "self", "via", "under", "there", "both", "each", "every", "which", "that", "where", "this",
             "these", "table", "tables", "below", "following", "between", "them", "among", "either", "neither",
             "nor", "over", "for", "draw", "build", "construct", "design", "sketch", "you", "we", "possible", "needed", "necessary", "please",
             # the English auxiliaries (a closed class): "a cycle of states would be ideal" declares no state 'would'
             "would", "should", "could", "can", "may", "might", "must", "will", "shall", "be", "been", "was", "were",
             "do", "does", "did")


# lower-case words that are never a symbol ("a" and "b" are, of course, symbols)
# an adverb between a state and its verb ("…, q0 also loops on 0"): the name before it starts the next clause,
# never one more symbol or target of the clause before
_ADV = r"(?:(?i:also|additionally|likewise|similarly|still|too|instead)\s+)?"
_SYM_RESERVED = "|".join(("and", "or", "the", "an", "then", "is", "are", "to", "on", "itself", "input", "symbol", "letter",
                          "character",
                          "state", "states", "with", "from", "also", "otherwise", "else", "it", "its", "in", "at",
                          "into", "of", "for", "by", "as", "where", "when", "if", "which", "that", "there", "reading", "reads",
                          "goes", "moves", "stays", "loops", "both", "either", "neither", "nor",
                          "between", "them", "accepts",
                          # quantifiers name symbols, never are one ("…on tick, and every state goes to Red")
                          "every", "each", "all", "any", "some", "no", "none"))   # ("go" stays a symbol: "Red goes to Green on go")


@functools.lru_cache(maxsize=1)
def _grammar_reserved() -> tuple[str, ...]:
    """The grammar's own words of meaning (start/accept words, verbs of moving and looping): never a state
    name, nor a symbol ("states 1, 2, 3, begin in 1": 'begin' is not a fourth state)."""
    g = _grammar()
    out = {str(w).lower() for k in ("start_words", "accept_words", "move_verbs", "loop_verbs") for w in g[k]
           if re.fullmatch(r"[a-z]+", str(w).lower())}
    return tuple(sorted(out))


def cause_verbs(states: tuple[str, ...]) -> dict[str, str]:
    """The verbs that name a move into a state by the state's own name, lower case → state: a state named by a
    participle or adjective is entered by its verb ("Unlocked": "unlocks it", "Closed": "closes it", "Stopped":
    "stops it", "Open": "opens it") — "a coin in Locked unlocks it" is a move to Unlocked. Third person only
    (the verb's subject is the input); a form two states share is left out (never guessed)."""
    out: dict[str, set[str]] = {}
    for q in states:
        w = q.lower()
        if not re.fullmatch(r"[a-z]{3,}", w):
            continue
        stems = {w}
        if w.endswith("ed"):
            stems = {w[:-2], w[:-1]} | ({w[:-3]} if len(w) > 4 and w[-3] == w[-4] else set())
        for st in stems:
            for v in (st + "s", st + "es"):
                out.setdefault(v, set()).add(q)
    return {v: next(iter(qs)) for v, qs in out.items() if len(qs) == 1}


# "changes nothing", "has no effect", "leaves it where it is": an input that does not move the machine (a self-loop)
_STILL = (r"(?:changes?|does|do|alters?)\s+nothing|ha(?:s|ve)\s+no\s+effect|(?:is|are|gets?)\s+ignored|"
          r"(?:leaves?|keeps?)\s+(?:it|the\s+machine|the\s+state|things)\s+(?:where\s+it\s+is|unchanged|as\s+it\s+is|alone|"
          r"in\s+place|there|(?:in\s+)?the\s+same(?:\s+state)?)")


@functools.lru_cache(maxsize=64)
def _patterns(states: tuple[str, ...], digits: tuple[str, ...] = ()) -> dict[str, re.Pattern]:
    """The phrase patterns; symbols may not be a declared state name (``states``); ``digits``: all-digit
    names the text uses as states without declaring them ("δ(1, a) = 2", "from 1 to 2")."""
    g = _grammar()
    res = "|".join(dict.fromkeys(_RESERVED + _grammar_reserved()))
    N0 = rf"(?<![A-Za-z0-9_])(?!(?:{res})(?![A-Za-z0-9_]))[A-Za-z_][A-Za-z0-9_]*(?![A-Za-z0-9_])"
    # names made of digits only ("nodes 1, 2 and 3") are names once declared; never symbols then
    nums = [x for x in dict.fromkeys(states + digits) if x.isdigit()]
    N = (rf"(?:{N0}|(?<![A-Za-z0-9_])(?:{'|'.join(sorted(nums, key=len, reverse=True))})(?![A-Za-z0-9_]))"
         if nums else N0)
    ND = rf"(?:{N}|(?<![A-Za-z0-9_.])\d+(?![A-Za-z0-9_]))"   # a name or a number (declarations, arrows)
    SEP = r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+))"
    NL = rf"{N}(?:{SEP}{N})*"
    # a declared range "q0..q3", "q0 to q3", "q0 through q3", "q0-q3", "q0, …, q3": same prefix, numbered
    RANGE = (r"(?<![A-Za-z0-9_])[A-Za-z_]*\d+\s*(?:\.\.\.?|…|–|-|,\s*(?:\.\.\.?|…)\s*,|\s(?i:to|through|thru)\s)"
             r"\s*[A-Za-z_]*\d+(?![A-Za-z0-9_])")
    # (a mark word after the last name marks it, "q2 accepting"; never when it heads the next declaration,
    # "states p q and r start state p")
    _nx = (rf"(?:\s*(?:→|->|-->|⟶)|\s+(?i:{_alts(g['move_verbs'] + g['loop_verbs'] + ['is', 'are', 'has'])})(?![A-Za-z])"
           rf"|\s+(?i:initial|accepting|final|start)(?![A-Za-z])(?!\s+(?i:states?|nodes?)(?![A-Za-z])))")
    # "states q0 q1 q2", "nodes A B C": names of a digit or one or two letters may be listed with spaces alone
    SHORT = r"(?:[A-Za-z_]{1,2}\d*|[A-Za-z_]*\d+)(?![A-Za-z0-9_])"
    NLD = rf"(?:{RANGE}|{ND})(?:(?:{SEP}(?:{RANGE}|{ND})|(?<=[A-Za-z0-9_])\s+(?={SHORT}){ND}(?=\s*(?:[;.,:)]|$|\s+(?:(?i:and)\s+)?{SHORT})))(?!{_nx}))*"
    move = _alts(g["move_verbs"])
    loopv = _alts(g["loop_verbs"])
    eps = _alts(g["epsilon"])
    verbs = _alts(g["move_verbs"] + g["loop_verbs"] + ["is", "are", "has", "to", "accepts"])
    not_state = (rf"(?!(?:{'|'.join(re.escape(s) for s in dict.fromkeys(states + digits))})(?![A-Za-z0-9_]))"
                 if states or digits else "")
    SYM = (rf"(?:'[^'\s]{{1,6}}'|\"[^\"\s]{{1,6}}\"|(?i:{eps})(?![A-Za-z0-9_])|"
           rf"(?<![A-Za-z0-9_]){not_state}(?!(?:{_SYM_RESERVED})(?![A-Za-z0-9_]))[A-Za-z0-9_]{{1,12}}(?![A-Za-z0-9_])"
           rf"(?!\s*(?:→|->|-->|⟶)|\s+{_ADV}(?i:{verbs}|transitions?|arrows?|edges?|arcs?|self-loops?|loops?|accepting|final|"
           rf"initial|start)(?![A-Za-z])))")
    # "on both 0 and 1", "on either a or b": the list, never a symbol 'both'
    rep_on = (r"(?:(?i:on|with|reading|under)\s+(?:(?i:the|an?)\s+)?(?:(?i:input|symbol|letter|character)\s+)?)?")
    SL0 = rf"(?:(?i:both|either)\s+)?{SYM}(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+){rep_on}{SYM})*"
    # symbols fronted in their clause ("from q0 on a go to q1"): a verb may follow the last one
    SYMF = SYM.replace(rf"|\s+{_ADV}(?i:{verbs}|", "|\s+(?i:")
    SLF = rf"{SYM}(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+){SYM})*(?:\s*,\s*|\s+(?:and|or)\s+)?{SYMF}|{SYMF}"
    # "on every input", "on any symbol": every symbol of the stated alphabet
    SL = rf"(?:(?i:every|any|all|each|both|either)\s+(?:(?i:the|other)\s+)?(?i:inputs?|symbols?|letters?|characters?)|{SL0})"
    # a coordinated target list "q1 and q2": a later name may not start the next clause ("q1 and q2 loop")
    # (the next clause's verb may follow an adverb: "…, q0 also loops on 0")
    clause_next = (rf"(?:\s*{r'(?:→|->|-->|⟶)'}|\s+{_ADV}(?i:{verbs}|both|all|each)(?![A-Za-z])"
                   rf"|\s*,?\s+(?i:on|reading|with)\s+[^,;.]*?\s(?i:{verbs})(?![A-Za-z]))")
    # "goes to q0 or q1" (an NFA's choice; a DFA's contradiction, which its law then names)
    SEPT = r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))"
    # (a list of subjects ends with "and"/"or": "q1, q2 and q3 on b go to q4"; after a bare comma only the name
    # right before the verb is the next clause's subject — "goes to s0 and s1, s0 on b goes to s0" has the
    # targets s0 and s1)
    SEPC = r"(?:\s*,?\s*(?:and|or)\s+)"
    NT = rf"{N}(?:{SEPT}{N}(?!(?:(?:{SEPT}{N})*{SEPC}{N})?{clause_next}))*"
    # a target: names, "itself", or the other state of two ("switches state")
    TGT = (rf"(?:{NT}|(?i:itself)(?![A-Za-z])|(?i:the\s+other\s+(?:state|one)|states?)(?![A-Za-z])|"
           rf"(?i:between\s+(?:them|the\s+two(?:\s+states)?|(?:the\s+)?(?:two\s+)?states))(?![A-Za-z])|"
           rf"(?i:the\s+(?:next|following)\s+(?:state|one))(?![A-Za-z]))")
    quant = r"(?:\s+(?i:both|all|each))?"
    # an adverb between a subject and its verb: "s0 also goes to s1 on a", "q1 likewise moves to q2 on b"
    adv = r"(?:\s+(?i:also|additionally|likewise|similarly|still|too|instead))?"
    # coordinated sources "q0 and q1 both go to q2": with a declaration only declared names (so a trailing
    # symbol "on b, q1 goes" is never a source); without one only when "both/all/each" follows
    if states:
        S = rf"(?<![A-Za-z0-9_])(?:{'|'.join(re.escape(x) for x in sorted(states, key=len, reverse=True))})(?![A-Za-z0-9_])"
        SRC = rf"(?:{S}(?:{SEP}{S})+|{N})"
    else:
        SRC = (rf"(?:{N}(?:{SEP}{N})+(?=\s+(?i:both|all|each)(?![A-Za-z]))"
               rf"|(?:(?<=[;.:]\s)|(?<=[;.:])|^){N}(?:{SEP}{N})+(?=\s+(?i:{verbs})(?![A-Za-z]))|{N})")
    # a subject: names, "it" (the machine, or the state just named), "each/every state"
    SUBJ = (rf"(?:{SRC}|(?i:it)(?![A-Za-z])|(?i:(?:both|each|all|every)(?:\s+of\s+the|\s+the)?\s+"
            rf"(?:states?|nodes?|vertices|vertex))|(?i:(?:both|each|all)(?:\s+of\s+them)?)(?=\s+(?i:{verbs})(?![A-Za-z])))")
    on = (r"(?:on(?:\s+reading)?|when\s+reading|upon\s+reading|reading|under|with|labell?ed|marked|"
          r"(?:when|if|upon|after|whenever)\s+(?:it\s+)?(?:reads|sees|receives|gets))\s+"
          r"(?:(?:an?|the)\s+)?(?:(?:input|symbol|letter|character)\s+)?")
    arrow = r"(?:→|->|-->|⟶)"
    sw = r"(?:state|node|vertex)"
    noun = r"(?:transitions?|moves?|edges?|arrows?|arcs?)"
    marks = r"(?:start|starting|initial|accepting|accept|final)(?:\s+state)?"
    # a clause's own symbols ("on a"), or "otherwise" / "else" (the symbols it names nowhere else)
    own = rf"(?:\s*,?\s+(?i:{on})(?P<syms>{SL}))?"
    body_move = (rf"(?:\s*,?\s+(?:(?i:on|reading|with)\s+(?:(?:(?i:the|an?)\s+)?(?i:input|symbol)\s+)?|"
                 rf"(?:(?i:the|an?)\s+)?(?i:input|symbol)\s+)(?P<syms0>{SLF})\s*,?)?"
                 rf"(?:\s+(?P<other>(?i:otherwise|else)))?\s+(?i:{move})(?:\s+{_TO})?\s+"
                 # "goes to both q0 and q1": 'both' closes the pair, so the name after it starts the next clause
                 rf"(?:(?i:{sw})\s+)?(?P<tgt>(?i:both|either)\s+{N}\s*,?\s+(?i:and|or)\s+{N}|{TGT}){own}"
                 rf"(?P<more>(?:\s*,?\s+(?i:and\s+|or\s+)?(?:(?i:also)\s+)?(?:(?i:{move})\s+)?(?i:to|into)\s+(?:(?i:{sw})\s+)?"
                 rf"{TGT}(?:\s+(?i:{on}){SL})?|\s*,\s*(?:(?i:and)\s+)?{N}\s+(?i:on)\s+{SL}(?=\s*(?:[,;.)]|$)|\s+(?i:and)\s))*)")
    # a fronted symbol before the verb, as in body_move: ", reading 0 stays", "and on b it stays"
    body_loop = (rf"(?:\s*,?\s+(?i:on|reading|with)\s+(?:(?:(?i:the|an?)\s+)?(?i:input|symbol)\s+)?(?P<syms0>{SLF})\s*,?"
                 rf"(?:\s+(?i:it))?)?"
                 rf"(?:\s+(?P<other>(?i:otherwise|else)))?\s+(?:(?i:has|have)\s+(?i:an?)\s+)?(?i:{loopv})"
                 # "stays forever with 0 and 1": an adverb of staying says no more than the loop
                 rf"(?:\s+(?i:forever|always|put)(?![A-Za-z]))?"
                 rf"(?:\s+(?i:to|on|at|in)\s+(?i:itself|themselves|{_SAME})(?![A-Za-z])|\s+(?i:where\s+(?:it\s+is|they\s+are))"
                 rf"|\s+(?:(?i:in|at)\s+)?(?:(?i:{sw})\s+)?(?P<at>{N}))?{own}")
    conn = r"(?:(?<![A-Za-z0-9_])(?i:and|then|but|while|whereas)(?:\s+(?i:then|also))?|,|;)(?:\s+(?i:it|also))?"
    kinds = [p for ps in g["kinds"].values() for p in ps]
    # "From B, 0 goes to C, 1 goes to A": after "from <state>," a bare symbol before each verb
    has_leg = (rf"\s*,?\s+(?:(?i:and)\s+)?(?:(?i:an?|the|another|also)\s+)?(?:(?P<e2>(?i:{eps}))\s*-?\s*)?"
               rf"(?:(?P<n2>(?i:{noun}))\s+)?(?i:to|into)\s+(?:(?i:{sw})\s+)?(?P<tgt2>{NT})(?:\s*,?\s+(?i:{on})(?P<syms2>{SL}))?")
    asym = rf"(?:'[^'\s]{{1,6}}'|(?i:{eps})(?![A-Za-z0-9_])|(?!(?:{_SYM_RESERVED})(?![A-Za-z0-9_]))[A-Za-z0-9_]{{1,6}})"
    # the symbol of a leg: a word before a verb, or before an arrow ("In Locked, coin → Unlocked")
    bsymx = rf"(?:{SYMF}|{asym}(?=\s*(?:→|->|-->|⟶)))"
    # … or stays: "In Locked, push stays in Locked", "from q1, b loops" (its own next state, checked in parse)
    bare_leg = (rf"(?:(?i:on|input|reading|symbol)\s+)?(?:(?i:an?|the)\s+)?(?P<bsym>{bsymx})\s*(?:(?:\s(?i:{move})\s+(?:{_TO}\s+)?"
                rf"|(?:→|->|-->|⟶)\s*)(?:(?i:{sw})\s+)?(?P<btgt>{N})|\s(?i:{loopv})(?:\s+(?i:in|at)\s+(?i:{_SAME})(?![A-Za-z])"
                rf"|\s+(?i:in|at)\s+(?:(?i:{sw})\s+)?(?P<bat>{N})|\s+(?i:put|there|where\s+it\s+is)(?![A-Za-z]))?(?![A-Za-z0-9_]))")
    bare_leg0 = bare_leg.replace("?P<bsym>", "?:").replace("?P<btgt>", "?:").replace("?P<bat>", "?:")
    front = (r"(?:on(?:\s+reading)?|reading|when\s+reading|upon\s+reading|with|(?:when|if|upon|after|whenever)\s+"
             r"(?:it\s+)?(?:reads|sees|receives|gets))\s+(?:(?:an?|the)\s+)?(?:(?:input|symbol|letter|character)\s+)?")
    # what a state named beside its symbols does: stays (in itself) or moves to a target
    causes = cause_verbs(states)
    cause = (rf"|(?P<cv>(?i:{'|'.join(sorted(causes, key=len, reverse=True))}))\s+(?i:it|the\s+machine|the\s+[a-z]+)"
             rf"(?:\s+(?i:again|back))?" if causes else "")
    loc_body = (rf"(?:(?P<still>(?i:{_STILL}))(?![A-Za-z]){cause}|(?:(?i:{loopv})(?:\s+(?i:in|at)\s+(?i:{_SAME})(?![A-Za-z])|\s+(?i:in|at)\s+(?:(?i:{sw})\s+)?(?P<at>{ND})|\s+(?i:put|there|where\s+it\s+is))?)"
                # "go to p or to q", "go to p and also to q" (an NFA's choice): each further "or/and (also) to <name>"
                # one more target
                rf"|(?i:{move})\s+(?:{_TO}\s+)?(?:(?i:{sw})\s+)?(?P<tgt>{TGT}"
                rf"(?:\s*,?\s+(?i:or|and)(?:\s+(?i:also))?\s+(?i:to|into)\s+(?:(?i:{sw})\s+)?{N}(?!\s*,?\s+(?i:on|reading|with)\s))*))(?![A-Za-z0-9_])")
    return {
        "kind": re.compile(rf"(?<![\w-])(?:(?:an?|the)\s+)?(?i:{_alts(kinds)})(?![\w-])", re.IGNORECASE),
        # "accepts all strings that end in ab", "for the regular expression (a|b)*abb": a language (up to the end of
        # its sentence: '.', ';', ':', or a '?' or '!' before a space — "… ending in 01? Thanks"; a '.' inside an
        # expression, "^a.*b$", "a.b", ends nothing; nor does a question's "… looks like?": "What would a DFA for
        # strings ending in b look like?" ends its language before "look like")
        "language": re.compile(r"(?i:" + _REGEX_IN_SENTENCE + r"(?:e\.g\.|i\.e\.|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|(?:(?!\s+(?:would\s+|might\s+|will\s+|should\s+|does\s+|do\s+)?look(?:s|ing)?\s+like\b)[^.;:?!]|[?!](?=\S)|" + _RX_DOT + r"))*|"
                               # "DFA, binary strings w/o two consecutive 1s": the noun of a language and the clause
                               # that restricts it, with no verb before them
                               r"(?<![A-Za-z])(?:(?:all|the|those)\s+)*(?:(?:binary|bit|decimal)\s+)?(?:strings|words|numbers|numerals|integers)"
                               r"\s+(?=(?:that|which|whose|with|without|w/o|w/|having|containing|ending|starting|beginning|of\s+(?:even|odd|length)|"
                               r"where|in\s+which|such\s+that|divisible|not|over)\b)(?:e\.g\.|i\.e\.|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|(?:(?!\s+(?:would\s+|might\s+|will\s+|should\s+|does\s+|do\s+)?look(?:s|ing)?\s+like\b)[^.;:?!]|[?!](?=\S)|" + _RX_DOT + r"))*|"
                               # "(reads a binary number, …, and) accepts it iff the number is divisible by 3": the
                               # condition on the input the machine was said to read
                               r"(?:(?:that|which)\s+(?:reads|takes|processes|scans|receives|gets)\s+(?:an?\s+|the\s+)?(?:(?:binary|bit|decimal|input)\s+)?"
                               # a bracketed aside after the input ("reads a binary number (most significant bit
                               # first) and accepts it when …", "takes a bit string (LSB first), and accepts it iff …")
                               # is part of the phrase: automata_lang_read reads it, or the phrase is refused naming it
                               r"(?:strings?|words?|numbers?|integers?|inputs?)(?:\s*\([^()]*\))?(?:(?:(?!\s+(?:would\s+|might\s+|will\s+|should\s+|does\s+|do\s+)?look(?:s|ing)?\s+like\b)[^.;:?!]|[?!](?=\S)|" + _RX_DOT + r")*?,\s*(?:and\s+)?|\s+and\s+))?"
                               r"(?:ac{1,2}ep?ts?|recogni[sz]es?)\s+(?:it|them|a\s+string|a\s+word|an?\s+input|the\s+(?:string|word|input|number)|w|x)\s+"
                               r"(?=(?:iff|if\s+and\s+only\s+if|exactly\s+(?:when|if)|precisely\s+(?:when|if)|just\s+(?:when|if)|only\s+(?:when|if)|"
                               r"when(?:ever)?|if)\b)(?:e\.g\.|i\.e\.|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|(?:(?!\s+(?:would\s+|might\s+|will\s+|should\s+|does\s+|do\s+)?look(?:s|ing)?\s+like\b)[^.;:?!]|[?!](?=\S)|" + _RX_DOT + r"))*|"
                               r"(?:(?<![A-Za-z])L(?:\s*\(\s*M\s*\))?\s*=\s*)?\{\s*[a-zA-Z]\s*(?:∈|\\in|in)\s*(?:\{[^{}]*\}|Σ)"
                               r"\s*(?:\*|\^\s*\(?\s*\*\s*\)?)?\s*(?:[:|]|such\s+that)[^{}]*\}|"
                               r"(?:that|which)\s+(?:ac{1,2}ep?ts|recogni[sz]es|decides|generates)(?![A-Za-z])(?:e\.g\.|i\.e\.|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|(?:(?!\s+(?:would\s+|might\s+|will\s+|should\s+|does\s+|do\s+)?look(?:s|ing)?\s+like\b)[^.;:?!]|[?!](?=\S)|" + _RX_DOT + r"))*|"
                               r"(?:(?:that|which)\s+)?(?:ac{1,2}ep?ts?|ac{1,2}ep?ting|recogni[sz]es?|recogni[sz]ing|"
                               r"decides?|generates?|for)\s+(?:(?i:exactly|only|precisely|all|the|every|any|those|one|a|single|set\s+of|"
                               r"collection\s+of)\s+)*"
                               r"(?:(?i:binary|bin|bit|input|decimal)\s+)?(?i:strings?|words?|language|inputs?|numbers|numerals|integers|"
                               r"regular\s+expression|regex)(?![A-Za-z])(?:e\.g\.|i\.e\.|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|(?:(?!\s+(?:would\s+|might\s+|will\s+|should\s+|does\s+|do\s+)?look(?:s|ing)?\s+like\b)[^.;:?!]|[?!](?=\S)|" + _RX_DOT + r"))*|"
                               # "the DFA of all binary strings with …" (never "of the inputs": a symbol list)
                               r"(?<![A-Za-z])of\s+(?:(?:all|the|those)\s+)*(?:(?:binary|bit|decimal)\s+)?(?:strings|words|numbers|numerals|integers)"
                               r"(?![A-Za-z])(?:e\.g\.|i\.e\.|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|(?:(?!\s+(?:would\s+|might\s+|will\s+|should\s+|does\s+|do\s+)?look(?:s|ing)?\s+like\b)[^.;:?!]|[?!](?=\S)|" + _RX_DOT + r"))*|"
                               # "NFA over {a,b} whose second-to-last symbol is a": a condition right after the alphabet
                               r"(?:(?<![A-Za-z])(?:(?:every|each|all|any|the)\s+)?(?:strings?|words?)\s+)?"
                               r"(?<![A-Za-z])(?:over|on)\s+(?:the\s+alphabet\s+)?(?:Σ\s*=\s*)?\{[^{}]*\}\s*,?\s+(?:(?:that|which)\s+)?"
                               # only words that begin a condition on strings ("whose", "containing 11", "with an even
                               # number of"), never a state's ("with q0 as the start state", "where q0 is initial")
                               r"(?=(?:in\s+which|such\s+that|containing|(?:ending|starting|beginning)\s+with|without|not)\s"
                               r"|whose\s+(?:(?:first|second|third|fourth|fifth|last|penultimate|\d{1,2}(?:st|nd|rd|th))[\s-]|"
                               r"length|number|total|value|binary|decimal)"
                               r"|(?:with|having|where\s+the|in\s+which\s+the)\s+(?:an?\s+)?(?:even|odd|exactly|at\s+least|at\s+most|"
                               r"more\s+than|fewer\s+than|no\s+more\s+than|length|number\s+of|(?:the\s+)?number\s+of|"
                               r"(?:the\s+)?(?:first|second|third|fourth|fifth|last|penultimate|\d{1,2}(?:st|nd|rd|th))[\s-]))"
                               r"(?:e\.g\.|i\.e\.|(?:(?!\s+(?:would\s+|might\s+|will\s+|should\s+|does\s+|do\s+)?look(?:s|ing)?\s+like\b)[^.;:?!]|[?!](?=\S)|" + _RX_DOT + r"))*|"
                               # "DFA over {0,1}: strings of odd length …": the language after a colon
                               r"(?<=:)\s*(?:the\s+)?(?:(?:(?:all|the|those)\s+)?(?:(?:binary|bit|decimal)\s+)?(?:strings|words|numbers|numerals|integers)"
                               r"(?![A-Za-z])|(?:the\s+)?(?:(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))[\s-]+(?:to[\s-]+)?last|"
                               r"last[\s-]+but[\s-]+one|penultimate|next[\s-]to[\s-]last)\s+(?:symbol|letter|character|bit|digit)"
                               r"|(?:an?\s+)?(?:even|odd)\s+(?:number\s+of|length)|(?:at\s+least|at\s+most|exactly)\s+\w+\s+\w'?s\b"
                               r"|(?:length|number\s+of)\s|(?:ends?|ending|starts?|starting|begins?|beginning)\s+(?:with|in)\s"
                               r"|contain(?:s|ing)?\s(?!(?:states?|nodes?)\b)|(?:do|does)\s+not\s)(?:e\.g\.|i\.e\.|(?:(?!\s+(?:would\s+|might\s+|will\s+|should\s+|does\s+|do\s+)?look(?:s|ing)?\s+like\b)[^.;:?!]|[?!](?=\S)|" + _RX_DOT + r"))*)"),
        "alphabet": re.compile(rf"(?:(?:(?i:over)\s+)?(?:(?i:the)\s+)?(?:(?i:input)\s+)?(?i:alphabet)\s*"
                               rf"(?:(?:Σ|is)\s*(?:(?i:just|only|simply|exactly)\s+(?=\{{))?)?(?:[=:]\s*)?|(?i:over)\s+(?=\{{)|Σ\s*=\s*"
                               # "words on {a, b}", "a DFA on {0, 1}": 'on' a set after what is made of it or after the
                               # kind read before it (masked \x01); after a state, "goes to q1 on {a, b}", it is a
                               # transition's symbols
                               rf"|(?i:(?:(?<=strings\s)|(?<=words\s)|(?<=string\s)|(?<=word\s)|(?<=language\s)|(?<=sequences\s)"
                               rf"|(?<=\x01\s))on)\s+(?=\{{)"
                               # "with states A and B and inputs coin and push", "the inputs are 0 and 1": the input
                               # symbols declared by their noun (never "on inputs a and b", a transition's)
                               rf"|(?:(?<=(?i:and|its|the|has)\s)|(?<=(?i:with|have)\s)|(?<=(?i:having)\s)|(?<=[:;.,]\s)|^)"
                               rf"(?i:inputs|input\s+symbols)\s+(?:(?i:are)\s+)?(?:[=:]\s*)?(?=\{{|\S+\s*(?:,|\s(?i:and|or)\s))"
                               # "over the two symbols L and D", "over the letters x, y and z"
                               rf"|(?i:over)\s+(?:(?i:the)\s+)?(?:(?i:two|three|four|five|[2-9])\s+)?(?:(?i:input)\s+)?"
                               rf"(?i:symbols|letters|characters|inputs)\s+)\{{?\s*(?P<syms>{SL0}"
                               # "alphabet 0 1": single symbols listed with spaces only
                               rf"(?:\s+[A-Za-z0-9](?![A-Za-z0-9_'\-]))*)\s*\}}?"),
        "decl": re.compile(rf"(?:(?P<count>{count_rx()}|(?i:a\s+single))\s+)?"
                           rf"(?<!(?i:start) )(?<!(?i:initial) )(?<!(?i:starting) )(?<!(?i:entry) )"
                           rf"(?<!(?i:accepting) )(?<!(?i:accept) )(?<!(?i:final) )"
                           # singular only after a count ("a single state q0"): "state q0 goes to state q1"
                           # names a subject and a target, not a declaration
                           rf"(?:(?i:states|nodes|vertices)|(?(count)(?i:state|node)|(?!)))"
                           rf"(?:\s+(?i:are|being))?(?:\s+(?i:called|named|labell?ed|denoted)(?:\s+(?i:as|by))?)?"
                           rf"\s*[:,]?\s*\{{?\s*(?P<names>{NLD})\s*\}}?(?!\s*=\s*\{{)"),
        "range": re.compile(RANGE),
        "decl_q": re.compile(rf"(?<![A-Za-z0-9_])Q\s*=\s*\{{\s*(?P<names>{NLD})\s*\}}"),
        # "a two-state DFA", "3-state machine": the number of states, checked against the list
        "n_state": re.compile(rf"(?<![\w-])(?P<count>{count_rx()})-(?i:states?|nodes?)(?![\w-])"),
        # "q0 (start)", "q2 (accepting)", "A (start, accepting)": marks read, the brackets then blank
        "t_mark": re.compile(rf"(?P<names>{N})\s*\(\s*(?:(?i:the|an?)\s+)?(?P<w>(?i:{marks})"
                             rf"(?:\s*(?:,|/|&|(?i:and))\s*(?:(?i:the|an?)\s+)?(?i:{marks}))?)\s*\)"),
        # a fronted symbol "on a, q0 goes to q1 and q1 goes to q2": the symbol of every clause after it
        "scope": re.compile(rf"(?i:on(?:\s+reading)?|reading|when\s+reading|upon\s+reading|with|for)\s+"
                            # "on the timer signal t, …", "on the clock pulse c": the input named with its noun
                            rf"(?:(?:(?i:the|an?)\s+)?(?:[a-z]+\s+){{0,2}}?(?i:input|symbol|letter|character|signal|event|pulse|trigger)\s+)?"
                            rf"(?P<syms>{SL0})\s*,?"
                            rf"(?=\s+(?:{SUBJ}(?:{quant})\s+(?!(?i:is|are|and)(?![A-Za-z]))|{ND}\s*{arrow}))"),
        # "r0 → r1 → r2, every arrow labelled a", "(all transitions on 1)", "each edge reads b": a symbol given once
        # for the arrows before it in the sentence
        "trail_scope": re.compile(rf"(?<![A-Za-z0-9_])(?i:every|each|all)\s+(?:(?i:of\s+)?(?i:the|these|its)\s+)?"
                                  rf"(?i:arrows?|transitions?|edges?|arcs?|moves?|links?)\s+(?:(?i:is|are|being)\s+)?"
                                  rf"(?i:labell?ed|marked|reads?|reading|on|with|carry|carries|carrying)\s+(?:(?i:by|with)\s+)?"
                                  rf"(?:(?:(?i:the|an?)\s+)?(?i:input|symbol|letter|character|label)\s+)?(?P<syms>{SL0})"),
        # "the start state q0 goes …", "start state p has …", "accepting state q2 loops on a": the mark is read,
        # the name stays the subject of what follows
        "np_mark": re.compile(rf"(?<![A-Za-z0-9_])(?<!(?i:is|as)\s)(?<!(?i:is|as)\s(?i:the)\s)(?<!(?i:is|as)\s(?i:an)\s)"
                              rf"(?<!(?i:is|as)\s(?i:a)\s)(?:(?i:the|an?|its|whose)\s+)?(?P<w>(?i:start|starting|initial|"
                              rf"accepting|accept|final))\s+(?i:{sw})\s+(?P<names>{N})"),
        # "reading a goes from 1 to 2", "on input b, move from q1 to q2": the symbols fronted before a from–to
        "t_sym_from": re.compile(rf"(?i:{front})(?P<syms>{SLF})\s*,?\s+(?:(?i:it|we|the\s+machine)\s+)?(?i:{move})\s+"
                                 rf"(?i:from)\s+(?:(?i:{sw})\s+)?(?P<src>{ND})\s+(?i:to|into)\s+(?:(?i:{sw})\s+)?(?P<tgt>{ND})"),
        # a state named where the symbols are read: "reading a in 3 stays in 3", "on b at q1 go to q2"
        # also with the symbol as a noun: "a coin in Locked goes to Unlocked", "inserting a coin in Locked …"
        "t_sym_in": re.compile(rf"(?:(?i:{front})|(?<![A-Za-z0-9_])(?:(?i:inserting|pressing|pushing|entering|dropping|"
                               rf"giving|reading)\s+)?(?i:an?|the)\s+)(?P<syms>{SL0})\s*,?\s+"
                               # "a push while Locked stays in Locked", "a tick when in Busy …": the state the input meets
                               rf"(?:(?i:while|whilst|when|if)\s+(?:(?i:it\s+is|it's|we\s+are|the\s+machine\s+is)\s+)?(?:(?i:in|at)\s+)?|"
                               rf"(?i:in|at|from)\s+)(?:(?i:{sw})\s+)?(?P<src>{ND})"
                               # "a push in Locked or a coin in Unlocked changes nothing": more pairs, one predicate
                               rf"(?P<pairs>(?:\s*,?\s+(?i:or|and)\s+(?:(?i:an?|the)\s+){SYM}\s+(?i:in|at|while\s+in|when\s+in)\s+"
                               rf"(?:(?i:{sw})\s+)?{ND})*)\s*,?\s+"
                               rf"(?:(?i:it|we|the\s+machine)\s+)?{loc_body}"),
        "pair": re.compile(rf"(?:(?i:an?|the)\s+)(?P<syms>{SYM})\s+(?i:in|at|while\s+in|when\s+in)\s+(?:(?i:{sw})\s+)?(?P<src>{ND})"),
        # "coin: Locked → Unlocked", "push/pull: A -> B", "on 1: q0 → q1": the input named before its arrow, as a
        # label heads the line it labels (a header noun such as 'Transitions:' is refused in _scan, never a symbol)
        "t_sym_colon": re.compile(rf"(?:^|(?<=[;.,(:])|(?<=[;.,(:]\s)|(?<=\s(?i:and)\s)|(?<=\s(?i:then)\s))\s*"
                                  rf"(?:(?i:on|input|symbol|reading)\s+)?(?P<syms>{asym}(?:\s*(?:,|/|\||\s(?i:or|and)\s)\s*{asym})*)"
                                  rf"\s*:\s*(?P<src>{ND})\s*{arrow}\s*(?P<tgt>{ND})(?![A-Za-z0-9_])(?!\s*{arrow})"),
        # "in state 2, on b go to 3", "in q1 reading a stay", "from q0 reading a stays"
        "t_in_sym": re.compile(rf"(?i:in|at|from)\s+(?:(?i:{sw})\s+)?(?P<src>{ND})\s*,?\s+(?i:{front})(?P<syms>{SLF})\s*,?\s+"
                               rf"(?:(?i:it|we|the\s+machine)\s+)?{loc_body}"),
        # (the state may head its moves as a label: "from q0: a goes to q1, b stays in q0", "in state q1 — on a go to
        # q2", and on a line or bullet of its own without the preposition: "- q2: a goes to q1, b goes back to q0")
        "t_from_bare": re.compile(rf"(?:(?i:from|in|at)\s+(?:(?i:{sw})\s+)?(?P<src>{N})\s*(?:,|:|—|–|--|\s-(?=\s))\s*"
                                  rf"|(?:^|(?<=\n)|(?<=\n[-*•]\s)|(?<=^[-*•]\s))[ \t]*(?:(?i:{sw})\s+)?(?P<src_h>{N})[ \t]*(?::|—|–)\s*)"
                                  rf"(?P<legs>{bare_leg0}"
                                  rf"(?:\s*(?:,|;|\s(?i:and))\s*(?:(?i:and)\s+)?{bare_leg0})*)"),
        "bare_leg": re.compile(bare_leg),
        # "q0 on a -> q1": the symbols between the source and the arrow (a source is no arrow's target:
        # "A → B on x, B → C" is two arrows)
        "t_on_arrow": re.compile(rf"(?<!→)(?<!→\s)(?<!>)(?<!>\s)(?P<src>{ND})\s+(?i:on|reading|with)\s+(?:(?i:input|symbol)\s+)?(?P<syms>{asym}(?:\s*,\s*{asym})*)\s*"
                                 rf"{arrow}\s*(?P<tgt>{ND})(?![A-Za-z0-9_])"),
        # "a takes A to B", "b sends B back to A": the input as the subject of a transitive verb
        "t_takes": re.compile(rf"(?:(?i:input|symbol|reading)\s+)?(?P<syms>{SLF})\s+(?i:takes|take|sends|send|brings|bring)"
                              rf"\s+(?:(?i:the\s+machine|it)\s+)?(?:(?i:from)\s+)?(?:(?i:{sw})\s+)?(?P<src>{N})\s+"
                              rf"(?:(?i:back)\s+)?(?i:to|into)\s+(?:(?i:{sw})\s+)?(?P<tgt>{N})(?![A-Za-z0-9_])"),
        "t_label_arrow": re.compile(rf"(?P<src>{N})\s*--?\s*(?P<syms>[^\s\-<>,;]{{1,12}}(?:\s*,\s*[^\s\-<>,;]{{1,12}})*)"
                                   rf"\s*-?-?>\s*(?P<tgt>{N})"),
        # "1 →a→ 2", "q0 —b→ q1", "1 =a=> 2": a symbol written inside the arrow, with no space inside; the
        # arrow's ends set apart by spaces (else one symbol long), so a chain "A → B → C" stays a chain
        "t_label_uarrow": re.compile(rf"(?P<src>{ND})(?:\s+(?:→|⟶|—|–|=)(?P<syms>{not_state}[^\s→⟶—–=<>,;()]{{1,6}}"
                                     rf"(?:,[^\s→⟶—–=<>,;()]{{1,6}})*)(?:→|⟶|=>)\s+|(?:→|⟶|—|–)(?P<syms1>{not_state}"
                                     rf"[a-zε])(?:→|⟶))(?=(?P<tgt>{ND})(?![A-Za-z0-9_]))"),
        "t_delta": re.compile(rf"(?:δ|(?i:delta))\s*\(\s*(?P<src>{N})\s*,\s*(?P<syms>{SYM})\s*\)\s*=\s*"
                              rf"(?:\{{\s*(?P<tgt>{NL})\s*\}}|(?P<tgt1>{N}))"),
        "t_pair": re.compile(rf"\(\s*(?P<src>{N})\s*,\s*(?P<syms>{SYM})\s*\)\s*(?:→|->|-->|⟶|↦|=)\s*(?P<tgt>{N})"),
        "t_triple": re.compile(rf"\(\s*(?P<src>{N})\s*,\s*(?P<syms>{SYM})\s*,\s*(?P<tgt>{N})\s*\)"),
        "t_has": re.compile(rf"(?P<src>{SRC})\s+(?i:has|have)\s+(?:(?i:an?|the)\s+)?(?:(?P<e>(?i:{eps}))\s*-?\s*)?"
                            rf"(?i:{noun})\s+(?i:to|into)\s+(?:(?i:{sw})\s+)?(?P<tgt>{TGT}){own}"
                            rf"(?P<has_more>(?:{has_leg.replace('?P<e2>', '?:').replace('?P<n2>', '?:').replace('?P<tgt2>', '?:').replace('?P<syms2>', '?:')})*)"),
        # "from 1 there is also a transition to 2 on b", "from q0 we have an edge to q1 on a": t_has said
        # with an existential
        "t_there": re.compile(rf"(?i:from)\s+(?:(?i:{sw})\s+)?(?P<src>{SRC})\s*,?\s+(?i:there\s+(?:is|are|exists?)|"
                              rf"there's|we\s+have|you\s+have|it\s+has|one\s+has)\s+(?:(?i:also|another)\s+)?"
                              rf"(?:(?i:an?|the|one)\s+)?(?:(?P<e>(?i:{eps}))\s*-?\s*)?(?i:{noun})\s+(?i:to|into)\s+"
                              rf"(?:(?i:{sw})\s+)?(?P<tgt>{TGT}){own}"
                              rf"(?P<has_more>(?:{has_leg.replace('?P<e2>', '?:').replace('?P<n2>', '?:').replace('?P<tgt2>', '?:').replace('?P<syms2>', '?:')})*)"),
        # one more coordinated leg of "p has an ε-move to q and an ε-move to r" / "… and a transition to r on b"
        "has_leg": re.compile(has_leg),
        "t_selfloop": re.compile(rf"(?i:an?|the)\s+(?:(?P<e>(?i:{eps}))\s*-?\s*)?(?i:self-loop|self\s+loop|loop)(?![A-Za-z-])"
                                 rf"\s+(?i:on|at)\s+(?P<src>{N}){own}"),
        "t_move": re.compile(rf"(?:(?i:from)\s+)?(?:(?i:{sw})\s+)?(?P<src>{SUBJ}){quant}{adv}{body_move}"),
        # "from q0, input a leads to q1": read before a predicate could take ", input a leads to q1"
        "t_move_from": re.compile(rf"(?i:from)\s+(?:(?i:{sw})\s+)?(?P<src>{SRC}){body_move}"),
        "t_loop": re.compile(rf"(?:(?i:{sw})\s+)?(?P<src>{SUBJ}){quant}{adv}{body_loop}"),
        "p_move": re.compile(rf"(?P<conn>{conn}|(?<=[;:(])|(?<=[;:(]\s)){body_move}"),
        "p_loop": re.compile(rf"(?P<conn>{conn}){body_loop}"),
        "t_more": re.compile(rf"\s*,?\s+(?i:and\s+|or\s+)?(?:(?i:also)\s+)?(?:(?:(?i:{move})\s+)?(?i:to|into)\s+(?:(?i:{sw})\s+)?)?"
                             rf"(?P<tgt>{TGT})(?:\s+(?i:{on})(?P<syms>{SL}))?"),
        "t_from": re.compile(rf"(?:(?:(?i:{move})|(?:(?i:an?|the)\s+)?(?:(?P<e>(?i:{eps}))\s*-?\s*)?(?i:{noun}))\s+)?"
                             rf"(?i:from)\s+(?:(?i:{sw})\s+)?(?P<src>{N})\s+(?i:to|into)\s+(?:(?i:{sw})\s+)?"
                             rf"(?P<tgt>{N}){own}"),
        # "A -> B (flip)", "q0 → q1 (on a)", "Locked → Unlocked (coin)": the input in brackets after its arrow
        "t_arrow_paren": re.compile(rf"(?P<src>{ND})\s*{arrow}\s*(?P<tgt>{ND})\s*\(\s*(?:(?i:on|input|symbol|reading|"
                                    rf"label(?:l?ed)?|when|if)\s*:?\s+)?(?P<syms>{asym}(?:\s*(?:,|/|\s(?i:or|and)\s)\s*{asym})*)\s*\)"),
        "t_arrow": re.compile(rf"(?P<src>{ND})\s*{arrow}\s*(?P<tgt>{ND}(?:\s*{arrow}\s*{ND})*){own}"),
        "t_to": re.compile(rf"(?P<src>{N})\s+(?i:to)\s+(?P<tgt>{N}){own}"),
        # "s0 on b to s1", "q1 on 0 into q2": a move with its symbols and no verb (never "b to s1")
        "t_on_to": re.compile(rf"(?P<src>{N})\s+(?i:on)\s+(?P<syms>{SLF})\s+(?i:to|into)\s+(?:(?i:{sw})\s+)?(?P<tgt>{N})"
                              rf"(?![A-Za-z0-9_])"),
        "start_is": re.compile(rf"(?P<names>{N})\s+(?i:is|as)\s+(?:(?i:also|both)\s+)?(?:(?i:the|an?|its)\s+)?(?i:start|starting|initial)"
                               rf"(?:\s+(?i:{sw}))?(?![A-Za-z])"
                               rf"(?P<acc>\s*,?\s+(?i:and)\s+(?:(?i:is|also|is\s+also)\s+)?(?:(?i:the|an?)\s+)?"
                               # "q0 is both the start state and the only accepting state": F is {q0}
                               rf"(?:(?i:only|sole)\s+)?(?i:accepting|accept|final)(?:\s+(?i:{sw}))?(?![A-Za-z]))?"),
        "accept_start": re.compile(rf"(?P<names>{N})\s+(?i:is|as)\s+(?:(?i:both)\s+)?(?:(?i:the|an?)\s+)?"
                                   rf"(?:(?i:only|sole)\s+)?(?i:accepting|accept|final)(?:\s+(?i:{sw}))?\s*,?\s+(?i:and)\s+"
                                   rf"(?:(?i:is|also|is\s+also)\s+)?(?:(?i:the|an?)\s+)?(?i:start|starting|initial)"
                                   rf"(?:\s+(?i:{sw}))?(?![A-Za-z])"),
        "start_the": re.compile(rf"(?:(?i:the)\s+)?"
                                rf"(?i:start|starting|initial|entry)(?P<sw>\s+(?i:{sw}))?\s*(?:(?i:is)\s+|[:=]\s*|\s)"
                                rf"\s*(?P<names>{N})"),
        "start_at": re.compile(rf"(?i:starts?|starting|begins?|beginning)\s+(?i:at|in|from)\s+"
                               rf"(?:(?i:{sw})\s+)?(?P<names>{N})"),
        # "q0 is also the accepting state", "q2 is one of the final states"
        "accept_is": re.compile(rf"(?P<names>{NL})\s+(?i:is|are|as)\s+(?:(?i:also|both)\s+)?(?:(?i:the|an?|its)\s+)?"
                                rf"(?:(?i:only|sole|one\s+of\s+the)\s+)?"
                                rf"(?i:accepting|accept|final)(?:\s+(?i:states?|nodes?))?(?![A-Za-z])"),
        "accept_the": re.compile(rf"(?:(?i:the)\s+)?"
                                 rf"(?i:accepting|accept|final|acc(?:\.|(?![A-Za-z])))(?P<sw>\s+(?i:states?|nodes?))?\s*"
                                 rf"(?:(?i:is|are)\s+|[:=]\s*|\s)\s*\{{?\s*(?P<names>{NL})\s*\}}?"),
        # "s0 = start", "s2 = accept": a name set equal to its mark
        "start_eq": re.compile(rf"(?P<names>{N})\s*=\s*(?i:start|initial)(?:\s+(?i:{sw}))?(?![A-Za-z])"),
        "accept_eq": re.compile(rf"(?P<names>{NL})\s*=\s*(?i:accept|accepting|final)(?:\s+(?i:states?))?(?![A-Za-z])"),
        # "M = (Q, Σ, δ, q0, F)": the fourth member of the five-tuple is the start state (HMU §2.2.1)
        "start_tuple": re.compile(rf"(?:(?<![A-Za-z0-9_])[A-Z][A-Za-z0-9_]*\s*=\s*)?\(\s*Q\s*,\s*Σ\s*,\s*δ\s*,\s*"
                                  rf"(?P<names>{N})\s*,\s*F\s*\)"),
        "tuple": re.compile(rf"(?:(?<![A-Za-z0-9_])[A-Z][A-Za-z0-9_]*\s*=\s*)?\(\s*\{{\s*(?P<Q>{NLD})\s*\}}\s*,\s*"
                            rf"\{{\s*(?P<S>{SL0})\s*\}}\s*,\s*(?:δ|(?i:delta))\s*,\s*(?P<q0>{ND})\s*,\s*"
                            rf"\{{\s*(?P<F>{NLD})?\s*\}}\s*\)"),
        "accept_f": re.compile(rf"(?:(?i:accepting|accept|final)(?:\s+(?i:states?))?\s*:?\s*)?"
                               rf"(?<![A-Za-z0-9_])F\s*=\s*\{{\s*(?P<names>{NL})\s*\}}"),
        "start_q0": re.compile(rf"(?:(?i:the\s+)?(?i:start|initial)\s+(?i:state)\s+)?(?<![A-Za-z0-9_])(?:q_?0|q₀|s_?0)\s*=\s*(?P<names>{N})"),
        # "accept in 3", "accepts at q2", "accepting in state 3" (a name given elsewhere)
        # "accepts in q2", "accept only in EE"
        "accept_in": re.compile(rf"(?<![A-Za-z])(?i:accepts?|accepting)\s+(?:(?i:only|just)\s+)?(?i:in|at)\s+(?:(?i:{sw})\s+)?(?P<names>{NL})"),
        # a predicate after a clause, its subject that clause's: "q loops on a and is accepting", ", and is final"
        "p_mark": re.compile(rf"(?P<conn>\s*,?\s+(?i:and|but)(?:\s+(?i:also))?|\s*,)\s+(?:(?i:it)\s+)?(?i:is)(?:\s+(?i:also))?\s+"
                             rf"(?:(?i:the|an?)\s+)?(?:(?i:only)\s+)?(?P<w>(?i:accepting|accept|final|start|starting|initial))"
                             rf"(?:\s+(?i:{sw}))?(?![A-Za-z])"),
        "accept_bare": re.compile(rf"(?P<names>{NL})\s+(?i:accepting|accepts|accept|final)(?=\s*(?:[;.,):]|$)|\s+(?i:and)\s)"),
        # the copula gapped after "and": "S is the start state and B the only final state"
        "accept_gap": re.compile(rf"(?<=(?i:and)\s)(?P<names>{N})\s+(?i:the|an?)\s+(?:(?i:only)\s+)?"
                                 rf"(?i:accepting|accept|final)\s+(?i:states?|nodes?)(?![A-Za-z])"),
        "start_gap": re.compile(rf"(?<=(?i:and)\s)(?P<names>{N})\s+(?i:the|an?)\s+"
                                rf"(?i:start|starting|initial)\s+(?i:states?|nodes?)(?![A-Za-z])"),
        # "even initial and accepting", "q0 accepting, initial": both marks after a bare name
        "both_bare": re.compile(rf"(?P<names>{N})\s+(?:(?i:initial|start)(?P<acc>\s*(?:,|&|(?i:and))\s*(?i:accepting|final|accept))"
                                rf"|(?i:accepting|final)(?P<acc2>\s*(?:,|&|(?i:and))\s*(?i:initial|start)))(?=\s*(?:[;.,)]|$))"),
        "start_bare": re.compile(rf"(?P<names>{N})\s+(?i:initial|start)(?=\s*(?:[;.,):]|$)|\s+(?i:and)\s)"),
        "sym": re.compile(SYM),
        "name": re.compile(N),
        "name_d": re.compile(ND),
        # "In C it stays …", "from A, it goes to B on 0": the machine ("it") in a named state; the state is the subject
        "in_it": re.compile(rf"(?<![A-Za-z0-9_])(?i:in|at|from|when\s+in)\s+(?:(?i:{sw})\s+)?(?P<src>{N})\s*,?\s+"
                            rf"(?P<it>(?i:it|the\s+machine))(?=\s+{_ADV}(?i:{move}|{loopv})(?![A-Za-z]))"),
    }


# nouns that head a list of arrows ("Rules: A → B"), never its input symbol
_HEADERS = frozenset(("rules", "rule", "example", "examples", "note", "notes", "legend", "key", "table", "diagram",
                      "where", "so", "thus", "hence", "also", "moves", "steps", "paths", "path", "cycle", "chain",
                      "order", "sequence", "behaviour", "behavior", "transitions", "transition", "delta", "alphabet",
                      "input", "inputs", "symbol", "symbols", "start", "initial", "accepting", "final", "accept"))


@functools.lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """The words of the grammar's machine kinds, state words and edge words ('Edges: 1 → 2', 'FSM: A → B')."""
    g = _grammar()
    ws = [p for ps in g["kinds"].values() for p in ps] + list(g["state_words"]) + list(g["edge_words"])
    return frozenset(w.lower() for p in ws for w in re.findall(r"[^\W\d_]+", str(p)))
# "stays in the same state", "remains in same state", "stays at the current state": its own next state
_SAME = r"(?:the\s+)?(?:same|current|present)(?:\s+(?:state|node|one|place))?"
_ALL = "\x00all"       # the source/target of "both states loop on 0": every state
_OTHER = "\x00other"   # the target of "switches state": the other of two states
_EVERY = "\x00every"   # the symbols of "on every input": the stated alphabet
_REST = "\x00rest"
_BOTH = "\x00both"     # the subject "both": every state of two
_NEXT = "\x00next"     # the target of "moves to the next state": the next state in the listed order     # the symbols of "otherwise stays": the alphabet less the state's other symbols

# text before a fronted "on <symbols>, <src> goes to <tgt>" ends a clause (start, ";", ".", ":", ",", "and",
# "then", "("); ending in a state name or a verb it is the trailing "on" of that clause instead
_ON_FIRST_BLOCKED = re.compile(r"(?<![;.:,(])(?<!\band)(?<!\bthen)(?<=\S)\s*$", re.IGNORECASE)


# all-digit names in places only a state takes: "δ(1, a) = 2", "(1, a) -> 2", "1 -a-> 2", "1 → 2", "from 1 to 2",
# "in state 3" — read as names although the text lists no states (a number elsewhere stays a number)
_DIGIT_NAME = re.compile(
    r"(?:δ|(?i:delta))\s*\(\s*(?P<a>\d+)\s*,[^()]*\)\s*=\s*\{?\s*(?P<b>\d+(?:\s*,\s*\d+)*)"
    r"|\(\s*(?P<c>\d+)\s*,\s*[^\s(),]+\s*\)\s*(?:→|->|-->|⟶|↦)\s*(?P<d>\d+)"
    r"|(?<![\w.])(?P<e>\d+)\s*--?\s*[^\s\-<>]{1,12}\s*-?-?>\s*(?P<f>\d+)(?![\w.])"
    r"|(?<![\w.])(?P<l>\d+)(?:\s+(?:→|⟶|—|–|=)[^\s→⟶—–=<>]{1,6}(?:→|⟶|=>)\s+|(?:→|⟶|—|–)[a-zε](?:→|⟶))(?P<m>\d+)(?![\w.])"
    r"|(?<![\w.])(?P<n>\d+)\s+(?i:on|reading)\s+[^\s,;.]{1,6}\s*,?\s+(?i:goes|moves|leads|transitions|go|move)\s+(?i:to)\s+(?P<o>\d+)(?![\w.])"
    r"|(?<![\w.])(?P<g>\d+)\s*(?:→|->|-->|⟶)\s*(?P<h>\d+(?:\s*(?:→|->|-->|⟶)\s*\d+)*)(?![\w.])"
    r"|(?i:from)\s+(?:(?i:state|node)\s+)?(?P<i>\d+)\s+(?i:to|into)\s+(?:(?i:state|node)\s+)?(?P<j>\d+)(?![\w.])"
    r"|(?<![A-Za-z])(?i:state|node)\s+(?P<k>\d+)(?![\w.]|\s*-?\s*(?i:states?|nodes?)\b)")


# "no other transitions", "there are no further moves", "all other transitions are undefined": a partial automaton
_NO_OTHER = re.compile(r"(?i)\b(?:there\s+are\s+)?no\s+(?:other|more|further)\s+(?:transitions?|moves?|edges?|arrows?|arcs?)"
                       r"(?:\s+(?:exist|are\s+(?:defined|given|drawn)))?\b|\b(?:all\s+)?(?:the\s+)?other\s+(?:transitions?|moves?)"
                       r"\s+(?:are\s+)?(?:undefined|missing|absent|omitted)\b")


# "exactly one transition per state and symbol", "each state has exactly one arrow for every input symbol": the
# definition of a DFA restated (δ: Q × Σ → Q gives one next state per pair; HMU §2.2.1, Sipser Def. 1.5) — read as
# saying the machine is deterministic, and named with the kind when two moves on one symbol conflict with it
_ONE_PER = re.compile(r"(?i)(?<![\w-])(?:(?:(?:each|every)\s+state\s+(?:has|gets|must\s+have|should\s+have)\s+)?(?:exactly|only|precisely|just)"
                      r"\s+one\s+(?:outgoing\s+)?(?:transitions?|arrows?|edges?|moves?|next\s+states?|successors?|targets?)"
                      r"(?:\s+out)?\s+(?:per|for\s+(?:each|every|any)|on\s+(?:each|every|any)|from\s+(?:each|every))\s+"
                      r"(?:(?:input\s+)?(?:symbol|letter|character|input)(?:\s+(?:from|out\s+of)\s+(?:each|every)\s+state)?"
                      r"|state\s*(?:,|and|/|×|x)\s*(?:input\s+)?(?:symbol|letter|character|input)(?:\s+pair)?"
                      r"|\(\s*state\s*,\s*(?:symbol|input)\s*\)\s+pair|pair\s+of\s+(?:a\s+)?state\s+and\s+(?:an?\s+)?(?:input\s+)?symbol))(?![\w-])")


# the number of transitions stated: "with all 8 transitions", "it has exactly six transitions", "draw its 4 arrows"
_TRANS_COUNT = re.compile(rf"(?<![\w-])(?:(?i:with|has|have|having|showing|draw|and)\s+(?:(?i:all|exactly|the|its|only)\s+)*"
                          rf"|(?i:all|exactly)\s+)(?P<count>{count_rx()})\s+(?i:transitions|arrows)(?![\w-])")
# "… go to r thats it", "That's all.": the writer's closing remark, which says nothing of the automaton (read so
# that 'it' is never taken as a subject and 'thats' never as an unknown word)
_CLOSING = re.compile(r"(?i)(?<![\w'’])(?:and\s+)?(?:that['’]?s|that\s+is)\s+(?:it|all)(?:\s+for\s+now)?(?![\w'’])"
                      r"(?=\s*[.!]*\s*(?:$|\n))")


# "it goes Red → Green, Green → Yellow", "the machine cycles A -> B -> C": the machine as the subject of arrows
# between its states; the arrows say which state goes where, so the subject and verb are read as a heading
_MACHINE_ARROWS = re.compile(r"(?i)(?<![\w-])(?:it|the\s+(?:machine|automaton|dfa|nfa|fsm|system))\s+(?:goes|moves|cycles|steps|"
                             r"changes|switches|transitions|runs|proceeds|advances)\s+(?:(?:like\s+this|as\s+follows)\s*:?\s*)?"
                             r"(?=[A-Za-z0-9_]+\s*(?:→|->|-->|⟶)\s*[A-Za-z0-9_])")
# "No accepting states needed.", "there are no final states", "none of the states is accepting": F is empty, stated
_NO_ACCEPT = re.compile(r"(?i)(?<![\w-])(?:(?:there\s+(?:are|is)\s+)?no\s+(?:accepting|accept|final)\s+states?"
                        r"(?:\s+(?:are\s+|is\s+)?(?:needed|required|necessary|wanted|here))?"
                        r"|none\s+of\s+the\s+states\s+(?:is|are)\s+(?:accepting|final))(?![\w-])")


# a bracketed gloss after an input symbol ("input p (press)", "on c (a coin)", "symbol 1 (for heads)")
_GLOSS = re.compile(r"(?i)(?<![\w-])(?:inputs?|symbols?|letters?|characters?|keys?|buttons?|on|reading)\s+"
                    r"[A-Za-z0-9]{1,3}(?P<g>\s*\(\s*(?:an?\s+|the\s+|for\s+|i\.e\.\s*|=\s*)?[^\W\d_]+"
                    r"(?:[ '’-][^\W\d_]+){0,2}\s*\))")


def _state_like(*names: str) -> bool:
    """Whether undeclared names joined by a bare "to" ("A to B", "q0 to q1") look like state names: each has
    a digit, a capital or one letter — never two English words ("had to design", "want to draw")."""
    from .automata_names import english_word
    return all(re.search(r"\d|[A-Z]", n) or len(n) == 1 or not english_word(n) for n in names)


def _digit_names(text: str) -> tuple[str, ...]:
    """The all-digit tokens ``text`` uses as state names (``_DIGIT_NAME``), in order of appearance."""
    out: list[str] = []
    for m in _DIGIT_NAME.finditer(text):
        for g in m.groups():
            if g:
                out += re.findall(r"\d+", g)
    return tuple(dict.fromkeys(out))


def _names(s: str, pat: re.Pattern, base: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), base + m.start(), base + m.end()) for m in pat.finditer(s)]


def _decl_names(s: str, P: dict, base: int) -> list[tuple[str, int, int]]:
    """Declared names, a range "q0..q3" expanded (same prefix, rising numbers, each spanning the range)."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    for m in P["range"].finditer(s):
        out += _names(s[pos:m.start()], P["name_d"], base + pos)
        a, b = re.findall(r"([A-Za-z_]*)(\d+)", m.group(0))[:2] if len(re.findall(r"([A-Za-z_]*)(\d+)", m.group(0))) == 2 \
            else (("", ""), ("", "x"))
        if a[0] == b[0] and b[1].isdigit() and int(a[1]) < int(b[1]) <= int(a[1]) + MAX_COUNT and \
                (len(a[1]) == len(b[1]) or not a[1].startswith("0")):
            out += [(f"{a[0]}{k}", base + m.start(), base + m.end()) for k in range(int(a[1]), int(b[1]) + 1)]
        else:
            out += _names(m.group(0), P["name_d"], base + m.start())
        pos = m.end()
    return out + _names(s[pos:], P["name_d"], base + pos)


def _symbol(tok: str) -> str:
    t = tok.strip("'\"")
    if re.fullmatch(r"(?i:every|any|all|each|both|either)\s+(?:(?i:the|other)\s+)?(?i:inputs?|symbols?|letters?|characters?)", t):
        return _EVERY
    return EPS if t.lower() in ("epsilon", "ε", "λ", "lambda") else t


def _sp(s: int, e: int, text: str) -> dict:
    while e > s and text[e - 1] in " \t\n,;.":
        e -= 1
    return {"text": text[s:e], "start": s, "end": e}


# ---------------------------------------------------------------------------------------------
# parse


def _between(tgt: str) -> bool:
    """A target "between them / the two states": a move each way between the two states, not from one."""
    return tgt.strip().lower().startswith("between")


def _scan(text: str, *, strict: bool):
    """Match every phrase; returns (facts, unknown words, content-word count, used mask)."""
    masked = list(text)
    used = [False] * len(text)

    def take(m: re.Match, a: int | None = None, b: int | None = None, blank: bool = False) -> None:
        for i in range(m.start() if a is None else a, m.end() if b is None else b):
            masked[i] = " " if blank else "\x01"
            used[i] = True

    def finditer(p: re.Pattern):
        return list(p.finditer("".join(masked)))
    facts: dict[str, Any] = {"kind": [], "alphabet": [], "decl": [], "trans": [], "start": [], "accept": [],
                             "language": [], "scope": [], "ambiguous": [], "goal": [], "no_other": [], "no_accept": [],
                             "det": [], "trans_count": []}
    # transition tables ("| state | a | b |" rows, "q0: a→q1, b→q0") first: their arrows are not a chain of states
    from .automata_table import read_tables
    tab = read_tables(text, _known)
    for a0, b0 in tab["used"]:
        for i in range(a0, b0):
            masked[i] = "\x01"
            used[i] = True
    facts["trans"] += [(src, tgt, [sym], ph, "table", False) for src, tgt, sym, ph in tab["trans"]]
    # "(Please turn this into a proper state diagram.)", "convert it to a neat transition diagram": what is asked of
    # the drawing, read first (no state, no symbol; its "it" and "transition" are no subject or noun of a move)
    from .automata_lang_read import REDRAW
    for m in finditer(REDRAW):
        facts["goal"].append(_sp(m.start(), m.end(), text))
        take(m)
    g = _grammar()
    for m in re.finditer(rf"(?i)(?<![\w-])(?:{_alts(g['move_verbs'] + g['loop_verbs'])})\s+(?P<obj>it|us|the\s+(?:machine|"
                         r"automaton|dfa|nfa|fsm|system|control))\s+(?=(?:back\s+)?(?:to|into|in|at)\b)", text):
        # "reading 0 moves the machine to B", "a 1 sends it back to A", "keeps it in A": the verb's object is the
        # machine itself, whose state is what moves; the object is read, and the verb then reads as "goes to"
        for i in range(m.start("obj"), m.end("obj") + 1):
            masked[i] = " "
            used[i] = True
    facts["start"] += tab["start"]
    facts["accept"] += tab["accept"]
    from .automata_legend import enum_states, read_legend
    for names, ph in enum_states(text):
        # "enum Parity { EE, EO, OE, OO }": the states listed as an enumeration in code
        facts["decl"].append((names, ph, None, {"text": ph["text"], "start": ph["start"], "end": ph["end"]}))
        for i in range(ph["start"], ph["end"]):
            masked[i] = "\x01"
            used[i] = True
    P = _patterns(())
    for m in finditer(P["kind"]):
        k = next(k for k, ps in _grammar()["kinds"].items()
                 if re.sub(r"^(?:an?|the)\s+", "", m.group(0), flags=re.I).lower().split() in
                 [str(p).lower().split() for p in ps])
        facts["kind"].append((k, _sp(m.start(), m.end(), text)))
        take(m)
        # "the door's automaton", "the turnstile's DFA": whose machine it is, a name the diagram does not draw
        own = re.search(r"(?<![\w'’-])[A-Za-z][A-Za-z-]+['’]s\s+$", text[max(0, m.start() - 40):m.start()])
        if own and len(own.group(0).strip()) > 3 and not re.search(r"\d", own.group(0)):
            a0 = max(0, m.start() - 40) + own.start()
            for i in range(a0, a0 + len(own.group(0).rstrip())):
                used[i] = True
    for m in finditer(_ONE_PER):
        # the definition of a DFA restated: the machine is deterministic (a DFA), said in these words
        facts["kind"].append(("dfa", _sp(m.start(), m.end(), text)))
        facts["det"].append(_sp(m.start(), m.end(), text))
        take(m)
    for m in finditer(P["language"]):
        # a language is not a diagram: kept apart (unread), so it is named, never guessed from
        facts["language"].append(_sp(m.start(), m.end(), text))
        for i in range(m.start(), m.end()):
            masked[i] = "\x01"
    for m in finditer(_CLOSING):
        take(m)
    for m in finditer(_MACHINE_ARROWS):
        take(m, blank=True)
    for m in finditer(_NO_ACCEPT):
        facts["no_accept"].append(_sp(m.start(), m.end(), text))
        take(m)
    for m in finditer(_NO_OTHER):
        # "No other transitions.": the automaton is partial on purpose (read; no dead state is drawn)
        facts["no_other"].append(_sp(m.start(), m.end(), text))
        take(m)
    if facts["language"]:
        # what the writer asks of the drawing of a described language ("; draw it with the fewest states you
        # can"): read (automata_lang_read), never a declaration of states named 'you'
        from .automata_lang_read import GOAL
        for m in finditer(GOAL):
            facts["goal"].append(_sp(m.start(), m.end(), text))
            take(m)
    for m in finditer(P["tuple"]):
        # "M = ({q0, q1}, {a, b}, δ, q0, {q1})": the five-tuple written out (HMU §2.2.1) declares Q, Σ, q0 and F
        ph = _sp(m.start(), m.end(), text)
        names = _decl_names(m.group("Q"), P, m.start("Q"))
        facts["decl"].append((names, ph, None, _sp(m.start("Q"), m.end("Q"), text)))
        facts["alphabet"].append(([_symbol(x) for x, _, _ in _names(m.group("S"), P["sym"], 0)], ph))
        facts["start"].append((m.group("q0"), ph))
        facts["accept"] += [(n, ph) for n, _, _ in _names(m.group("F") or "", P["name_d"], 0)]
        take(m)
    for m in finditer(P["t_mark"]):
        w = m.group("w").lower()
        ph = _sp(m.start(), m.end(), text)
        if re.search(r"start|initial", w):
            facts["start"].append((m.group("names"), ph))
        if re.search(r"accept|final", w):
            facts["accept"].append((m.group("names"), ph))
        # before the declaration ("states A (start) and B"); the name stays the subject of what follows ("q0 (start) loops on a"): only the brackets go
        take(m, m.end("names"), m.end(), blank=True)
        used[m.start("names"):m.end("names")] = [True] * (m.end("names") - m.start("names"))
    for m in finditer(P["decl"]) + finditer(P["decl_q"]):
        names = _decl_names(m.group("names"), P, m.start("names"))
        cnt = m.groupdict().get("count")
        count = None
        if cnt:
            try:  # one whole number, read by parse/words.py ("twenty-five", "6/2", "3 three" refused)
                n = read_count(cnt, m.start("count"), what="states", maximum=MAX_COUNT)
            except InputError:
                if strict:
                    raise
                n = 2
            count = (n, _sp(m.start("count"), m.end("count"), text))
        facts["decl"].append((names, _sp(m.start(), m.end(), text), count, _sp(m.start("names"), m.end("names"), text)))
        take(m)
    for m in finditer(P["n_state"]):
        if facts["decl"] and facts["decl"][0][2] is None:
            try:
                n = read_count(m.group("count"), m.start("count"), what="states", maximum=MAX_COUNT)
            except InputError:
                if strict:
                    raise
                continue
            names, ph, _c, nph = facts["decl"][0]
            facts["decl"][0] = (names, ph, (n, _sp(m.start(), m.end(), text)), nph)
            take(m)
    for m in finditer(_TRANS_COUNT):
        # "with all 8 transitions": the number of moves, checked against those drawn (law transition_count)
        try:
            n = read_count(m.group("count"), m.start("count"), what="transitions", maximum=4 * MAX_COUNT)
        except InputError:
            continue        # not a count of transitions: left to the other phrases
        facts["trans_count"].append((n, _sp(m.start(), m.end(), text)))
        take(m)
    declared = tuple(n for d in facts["decl"] for n, _, _ in d[0])
    P = _patterns(declared, () if declared else _digit_names("".join(masked)))
    glosses: list[tuple[int, int]] = []
    for m in finditer(_GLOSS):
        # "input p (press) toggles between them", "on c (a coin)": the bracket says what the symbol stands for in
        # the story; its words stay unread (listed as not drawn), the brackets no longer part the clause
        if any(_known(w.lower()) for w in re.findall(r"[^\W\d_]+", m.group("g"))
               if w.lower() not in ("a", "an", "the", "for", "i", "e")):
            continue   # "on a (loop)", "q0 (start)": a bracket with automaton words is read by its own phrase
        for i in range(m.start("g"), m.end("g")):
            masked[i] = " "
        glosses.append((m.start("g"), m.end("g")))
    for m in finditer(P["in_it"]):
        # read as "<src> stays …": the preposition and "it" say only that the machine is in <src>
        take(m, m.start(), m.start("src"), blank=True)
        take(m, m.end("src"), m.end("it"), blank=True)
    for m in finditer(P["np_mark"]):
        # "the start state q0 goes to q1": the mark is read; the name stays the subject of the clause
        w = m.group("w").lower()
        ph = _sp(m.start(), m.end(), text)
        dest = "start" if re.match(r"start|initial", w) else "accept"
        facts[dest].append((m.group("names"), ph))
        take(m, m.start(), m.start("names"), blank=True)
        used[m.start("names"):m.end("names")] = [True] * (m.end("names") - m.start("names"))
    for m in finditer(P["alphabet"]):
        syms = [_symbol(s) for s, _, _ in _names(m.group("syms"), P["sym"], 0)]
        facts["alphabet"].append((syms, _sp(m.start(), m.end(), text)))
        take(m)
    for m in finditer(P["scope"]):
        if _ON_FIRST_BLOCKED.search(text[:m.start()]):
            continue
        facts["scope"].append(([_symbol(s) for s, _, _ in _names(m.group("syms"), P["sym"], 0)],
                               _sp(m.start(), m.end(), text)))
        take(m)

    def syms_of(syms: str | None) -> list:
        if syms and _symbol(syms) == _EVERY:
            return [_EVERY]
        return [_symbol(s) for s, _, _ in _names(syms, P["sym"], 0)] if syms else [None]

    def names_of(group: str) -> list[str]:
        return [n for n, _, _ in _names(group, P["name_d"], 0)]

    def subject(grp: str) -> list[str] | None:
        """Names of a subject; None for "it" / no name (resolved from the clause before)."""
        g0 = grp.strip().lower()
        if re.fullmatch(r"both(?:\s+of\s+them)?", g0):
            return [_BOTH]
        if re.match(r"(?:both|each|all|every)\b", g0):
            return [_ALL]
        if g0 == "it":
            return None
        return names_of(grp)

    def targets(grp: str, srcs: list[str]) -> list[str] | None:
        g0 = grp.strip().lower()
        if g0 == "itself":
            return None                      # each source itself
        if g0.startswith("state") or g0.startswith("the other") or g0.startswith("between"):
            return [_OTHER]
        if re.match(r"the\s+(?:next|following)", g0):
            return [_NEXT]
        return names_of(grp)
    pending: list[tuple] = []   # facts whose subject is "it" or a predicate's: resolved below
    for key in ("t_sym_from", "t_sym_colon", "t_sym_in", "t_in_sym", "t_from_bare", "t_on_arrow", "t_takes", "t_label_arrow", "t_label_uarrow", "t_arrow_paren", "t_delta", "t_pair", "t_triple", "t_there", "t_has", "t_selfloop", "t_from", "t_move_from", "p_move", "p_loop",
                "t_move", "t_loop",
                "t_on_to", "t_arrow", "t_to"):
        if key in ("p_move", "p_loop"):
            # predicates without a subject ("q1 is accepting and loops on b", "…, and otherwise stays in q0")
            for m in finditer(P[key]):
                gd = m.groupdict()
                symbols = [_REST] if gd.get("other") else syms_of(gd.get("syms") or gd.get("syms0"))
                tg = [m.group("at")] if gd.get("at") else (targets(m.group("tgt"), []) if gd.get("tgt") else None)
                legs = [(tg, symbols)]
                if gd.get("more"):
                    legs += [(targets(mm.group("tgt"), []), syms_of(mm.group("syms")))
                             for mm in P["t_more"].finditer(m.group("more"))]
                a0 = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" ,;"))
                if gd.get("tgt") and _between(m.group("tgt")):
                    # "…, input p toggles between them": each of the two states to the other, whatever was named last
                    facts["trans"].append((_BOTH, _OTHER, symbols, _sp(a0, m.end(), text), key, False))
                    take(m, m.end("conn"), m.end())
                    continue
                pending.append((m.end("conn"), legs, _sp(a0, m.end(), text), key, gd.get("at")))
                take(m, m.end("conn"), m.end())
            continue
        if key == "t_from_bare":
            for m in finditer(P[key]):
                legs_ = list(P["bare_leg"].finditer(m.group("legs")))
                # without a declaration only a digit or a lower-case letter is surely a symbol, not a state
                if not declared and not all(re.fullmatch(r"\d+|[a-z]", lg.group("bsym")) for lg in legs_):
                    continue
                src = m.group("src") or m.group("src_h")
                # a heading without "from" ("q2: a goes to q1") names a declared state, never a symbol ("a: q0 → q1")
                if m.group("src_h") and (src not in declared or any(lg.group("bsym") in declared for lg in legs_)):
                    continue
                ph = _sp(m.start(), m.end(), text)
                for lg in legs_:
                    # a leg that stays: its own next state ("stays in X" is checked to name the source)
                    tgt = lg.group("btgt") or lg.group("bat") or src
                    facts["trans"].append((src, tgt, syms_of(lg.group("bsym")), ph, key,
                                           lg.group("btgt") is None and lg.group("bat") is not None))
                take(m)
            continue
        for m in finditer(P[key]):
            if key == "t_to" and not declared and not _state_like(m.group("src"), m.group("tgt")):
                continue   # "the students had to design a DFA": English words, no states
            if key == "t_sym_colon" and any(w.lower() in _HEADERS or w.lower() in _kind_words()
                                            for w in re.findall(r"[^\W\d_]{2,}", m.group("syms"))):
                continue   # "Transitions: A → B", "Edges: 1 -> 2": a header over the arrows, not their input
            ph = _sp(m.start(), m.end(), text)
            gd = m.groupdict()
            srcs = subject(m.group("src"))
            if gd.get("tgt") and _between(m.group("tgt")) and srcs != [_BOTH]:
                srcs = [_BOTH]    # "it toggles between them", "p switches between the two states": both ways
            if gd.get("tgt1"):
                tgts = [m.group("tgt1")]
            elif key == "t_arrow":
                tgts = names_of(m.group("tgt"))
            else:
                tgts = targets(m.group("tgt"), srcs or []) if gd.get("tgt") else None
            syms = gd.get("syms") or gd.get("syms0") or gd.get("syms1")
            if syms and key in ("t_label_arrow", "t_label_uarrow"):
                symbols = [_symbol(x.strip()) for x in syms.split(",")]
            elif gd.get("e"):
                symbols = [EPS] + ([s for s in syms_of(syms) if s is not None])
            elif gd.get("other"):
                symbols = [_REST]
            else:
                symbols = syms_of(syms)
            if key == "t_sym_colon":
                # "nickel: S0 → S5, S5 → S10": the label heads the arrows after it, up to the clause's end (';', '.')
                facts["scope"].append((symbols, _sp(m.start(), m.start("src"), text)))
            stays = key in ("t_loop", "t_sym_in", "t_in_sym") and bool(gd.get("at"))
            if stays:
                tgts = [m.group("at")]       # "stays in q0": checked to be the source itself in parse
            if gd.get("cv"):
                tgts = [cause_verbs(declared)[m.group("cv").lower()]]   # "unlocks it": into Unlocked
            legs = [(tgts, symbols)]
            if gd.get("pairs"):
                # "a push in Locked or a coin in Unlocked changes nothing": each (symbol, state) pair the predicate's
                for pm in P["pair"].finditer(m.group("pairs")):
                    for tg, sy in [(tgts, syms_of(pm.group("syms")))]:
                        for tgt in (tg or [pm.group("src")]):
                            facts["trans"].append((pm.group("src"), tgt, sy, ph, key, stays))
            if gd.get("has_more"):
                # "p has an ε-move to q and an ε-move to r": each further noun with its own ε and symbols
                for mm in P["has_leg"].finditer(m.group("has_more")):
                    sy2 = syms_of(mm.group("syms2"))
                    if mm.group("e2"):
                        sy2 = [EPS] + [x for x in sy2 if x is not None]
                    elif not mm.group("n2") and sy2 == [None]:
                        sy2 = legs[0][1]     # "λ-moves to s1 and to s3": a bare further target shares the move
                    legs.append((targets(mm.group("tgt2"), srcs or []), sy2))
            if gd.get("more"):
                # "q0 goes to q1 on a and to q2 on b": each further target with its own symbols
                legs += [(targets(mm.group("tgt"), srcs or []), syms_of(mm.group("syms")))
                         for mm in P["t_more"].finditer(m.group("more"))]
            if key == "t_arrow":
                # a chain "A -> B -> C": one transition per link, each with the chain's symbols
                chain = (srcs or []) + (tgts or [])
                for a, b in zip(chain, chain[1:]):
                    facts["trans"].append((a, b, symbols, ph, key, stays))
                take(m)
                continue
            if key == "t_label_uarrow":
                # the target is read by lookahead, so that it can start the next link of "1 →a→ 2 →b→ 3"
                ph = _sp(m.start(), m.end("tgt"), text)
                take(m, m.start(), m.end("tgt"))
            if srcs is None:
                pending.append((m.start(), legs, ph, key, gd.get("at")))
            else:
                for src in srcs:
                    for tg, sy in legs:
                        # a loop of "both loop on 0": each of the two states to itself, as for "it" below
                        for tgt in (tg or [_ALL if src == _BOTH else src]):
                            facts["trans"].append((src, tgt, sy, ph, key, stays))
            take(m)
    for key in ("start_tuple", "accept_start", "start_is", "start_the", "start_at", "accept_is", "accept_the", "accept_f",
                "start_q0", "both_bare", "accept_bare", "start_bare", "accept_gap", "start_gap", "accept_in", "start_eq", "accept_eq"):
        dest = "accept" if key.startswith("accept_") and key != "accept_start" else "start"
        known = set(declared) | {t[0] for t in facts["trans"]} | {t[1] for t in facts["trans"]}
        for m in finditer(P[key]):
            names = [n for n, _s, _e in _names(m.group("names"), P["name"], 0)]
            if key in ("accept_bare", "start_bare", "accept_in", "both_bare") and not set(names) <= known:
                continue
            if key in ("start_the", "accept_the") and not m.group("sw") and (
                    not set(names) <= known or re.search(r"(?i:\b(?:on|with|reading|labell?ed))\s*$", text[:m.start()])
                    or not re.match(r"\s*(?:[;.,:)]|$|(?i:and|then|but|while|where)\b)", text[m.end():])):
                # "accepting strings …", "on start", "accepting 5 and 10 cent coins": without "state" only names
                # given elsewhere, and only where the clause ends after them
                continue
            for n in names:
                facts[dest].append((n, _sp(m.start(), m.end(), text)))
                if key == "accept_start" or m.groupdict().get("acc") or m.groupdict().get("acc2"):
                    # "even is the start state and is accepting" / "q2 is accepting and is the start state"
                    facts["accept"].append((n, _sp(m.start(), m.end(), text)))
            take(m)
    subjects = sorted([(t[3]["start"], t[0]) for t in facts["trans"]] +
                      [(ph["start"], n) for n, ph in facts["start"] + facts["accept"]])
    for m in finditer(P["p_mark"]):
        # "q loops on a and is accepting": the state that is the subject of the clause before, in the sentence
        pos = m.start("w")
        before = [(p, n) for p, n in subjects if p < pos and not re.search(r"[.;]", text[p:pos].replace("..", ""))]
        ph = _sp(m.end("conn"), m.end(), text)
        ph = _sp(ph["start"] + len(ph["text"]) - len(ph["text"].lstrip()), ph["end"], text)
        take(m, m.end("conn"), m.end())
        if not before:
            facts["ambiguous"].append(ph)
            continue
        dest = "start" if re.match(r"(?i)start|initial", m.group("w")) else "accept"
        last = before[-1][0]
        for n in dict.fromkeys(n for p, n in before if p == last):
            facts[dest].append((n, ph))
    for pos, legs, ph, key, at in pending:
        # the subject is the last state named before it in the same sentence; none: every state ("it")
        before = [(p, n) for p, n in subjects if p < pos and not re.search(r"[.;]", text[p:pos].replace("..", ""))]
        if before:
            last = before[-1][0]
            srcs = list(dict.fromkeys(n for p, n in before if p == last))
        else:
            # no state named before it in the sentence: every state, when the clause says something of every
            # state (a fronted symbol "on 1 it switches state", "reading 1 moves to the next state"); else
            # "it" / a bare verb could be the machine or the state last named, and is not guessed
            fronted = (re.match(r"\s*(?i:on|reading|when|upon|with)\b", ph["text"]) is not None
                       or any(s_[1]["end"] <= pos and not text[s_[1]["end"]:pos].strip(" ,") for s_ in facts["scope"])
                       or any(t_ in (_OTHER, _NEXT) for tg, _sy in legs for t_ in (tg or [])))
            if not fronted and any(p < pos for p, _n in subjects):
                facts["ambiguous"].append(ph)
                continue
            srcs = [_ALL]
        for src in srcs:
            for tg, sy in legs:
                # a loop after "toggles between them": each of both states to itself
                for tgt in (tg or [_ALL if src == _BOTH else src]):
                    facts["trans"].append((src, tgt, sy, ph, key, bool(at)))
    for m in finditer(P["trail_scope"]):
        # a symbol given once for the arrows before it: each unlabelled transition earlier in its sentence
        hit = [k for k, t in enumerate(facts["trans"]) if t[2] == [None] and t[3]["end"] <= m.start()
               and not re.search(r"[.;]", text[t[3]["end"]:m.start()].replace("..", ""))]
        if not hit:
            continue
        sy = [_symbol(x) for x, _, _ in _names(m.group("syms"), P["sym"], 0)]
        for k in hit:
            t = facts["trans"][k]
            facts["trans"][k] = (t[0], t[1], sy, t[3], t[4], t[5])
        take(m)
    # a fronted symbol is the symbol of each clause after it that names none, up to the sentence's end
    for k, t in enumerate(facts["trans"]):
        if t[2] != [None]:
            continue
        sc = [s for s in facts["scope"] if s[1]["end"] <= t[3]["start"]
              and not re.search(r"[.;]", text[s[1]["end"]:t[3]["start"]])]
        if sc:
            facts["trans"][k] = (t[0], t[1], sc[-1][0], t[3], t[4], t[5])
    # a key to the state names ("first letter = parity of a's, second = parity of b's (E even, O odd)"): the moves
    # it determines (automata_legend)
    leg, leg_used = read_legend(text, [n for d in facts["decl"] for n, _, _ in d[0]],
                                facts["alphabet"][0][0] if facts["alphabet"] else None, strict=strict)
    facts["trans"] += [(a_, b_, [c_], ph_, "legend", False) for a_, b_, c_, ph_ in leg]
    facts["legend"] = leg_used
    for a0, b0 in leg_used:
        used[a0:b0] = [True] * (b0 - a0)
    for a0, b0 in glosses:      # a gloss inside a phrase read is still not drawn: listed, never dropped
        used[a0:b0] = [False] * (b0 - a0)
    defined = set()
    for ph in facts["language"]:
        # "Let L = {w ∈ {a,b}* : …}. Draw a DFA for L.": the name the definition gives the language refers to it
        # wherever it is used again (a definition binds its name, HMU §1.5.3), read with the phrase
        nm = re.match(r"\s*(?:let\s+)?(?P<n>[A-Z](?:_?\d{1,2})?)\s*(?:\(\s*M\s*\)\s*)?=", ph["text"])
        if nm:
            defined.add(nm.group("n"))
            for r in re.finditer(rf"(?<![\w$]){re.escape(nm.group('n'))}(?![\w(])", text):
                if not any(used[r.start():r.end()]):
                    used[r.start():r.end()] = [True] * (r.end() - r.start())
    if defined:
        # "… the minimal DFA that accepts L": a phrase naming only the defined language is that language, no other
        refer = re.compile(r"(?i)\s*(?:(?:that|which)\s+)?(?:ac{1,2}ep?ts?|ac{1,2}ep?ting|recogni[sz]es?|recogni[sz]ing|"
                           r"decides?|deciding|generates?|for)\s+(?-i:" + "|".join(map(re.escape, sorted(defined)))
                           + r")\s*[.,;:!?]?\s*")
        keep = []
        for ph in facts["language"]:
            if refer.fullmatch(ph["text"]):
                used[ph["start"]:ph["end"]] = [True] * (ph["end"] - ph["start"])
            else:
                keep.append(ph)
        facts["language"] = keep
    common, nums = _common()
    vocab = _vocab()
    unknown: list[tuple[str, int, int]] = []
    n_content = 0
    for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+", text):
        if any(used[m.start():m.end()]):
            n_content += 1
            continue
        w = m.group(0).lower()
        if w in common or w in nums or w.isdigit():
            continue
        n_content += 1
        if w in vocab or all(p in vocab for p in w.split("-")):
            continue
        if strict and w.isalpha():
            from ..parse.nlp import get_nlp
            if get_nlp()(w)[0].lemma_.lower() in vocab:
                continue
        unknown.append((m.group(0), m.start(), m.end()))
    facts["trans"].sort(key=lambda t: t[3]["start"])
    return facts, unknown, n_content, used


def _unread(text: str, used: list[bool], facts: dict) -> list[tuple[str, int, int]]:
    """Words that carry meaning (a verb of motion or looping, a start/accept/alphabet/ε word, a number,
    a state name) but that no phrase read: they would otherwise be dropped without a word."""
    g = _grammar()
    content = {str(w).lower() for k in ("move_verbs", "loop_verbs", "start_words", "accept_words",
                                        "epsilon", "alphabet_words") for w in g[k]}
    content -= {"transition", "transitions", "input"}
    names = {n for d in facts["decl"] for n, _, _ in d[0]}
    out = []
    for m in re.finditer(r"[^\W_]+(?:-[^\W\d_]+)*|[ελ]", text):
        if any(used[m.start():m.end()]):
            continue
        w = m.group(0)
        if w.lower() in content or w.isdigit() or w in names or (re.search(r"\d", w) and re.search(r"[^\W\d_]", w)):
            out.append((w, m.start(), m.end()))
    return out


def parse_automaton(text: str, *, allow_unknown: bool = False) -> SceneGraph:
    """Parse an automaton/graph description (``_parse_automaton``), its symbols named by words read first
    ("alphabet alpha and bravo (a and b)", ``automata_alias``) where the text names no state, and its examples
    marked accepted or rejected ("So ab yes, ba no") checked against the automaton read."""
    from ..parse.grammar import check_text
    from .automata_alias import check_verdicts, read_aliases, read_verdicts
    check_text(text)
    from .automata_lines import code_marks, comment_block, line_clauses
    text = line_clauses(code_marks(comment_block(text)))      # "states: EVEN, ODD⏎start: EVEN⏎EVEN -a-> ODD": one statement per line
    aliased, table = read_aliases(text)
    if table:
        facts = _scan(text, strict=False)[0]
        if not (facts["decl"] or facts["trans"] or facts["start"] or facts["accept"]):
            text = aliased
    text, verdicts = read_verdicts(text)
    # "3 states, 6 transitions in all.": the machine's size said again, no state named "6"
    # (nesy.parse.summary_counts); blanked, then held against the machine read
    from ..parse.summary_counts import summary_counts
    summaries = summary_counts(text, _SUMMARY_NOUNS, earlier=False)
    said = text
    for f in summaries:
        text = text[:f["start"]] + " " * (f["end"] - f["start"]) + text[f["end"]:]
    try:
        scene = _parse_automaton(text, allow_unknown=allow_unknown)
    except (InputError, UnsupportedError):
        # refused as it stood: a remainder construction beside the language (checked against it) or a definition of
        # the machine in general (listed) may be what could not be read (automata_residues)
        from .automata_residues import read_around
        scene = read_around(text, _parse_automaton, allow_unknown)
        if scene is None:
            raise
    if verdicts:
        check_verdicts(scene, verdicts)
    if summaries:
        from ..parse.summary_counts import check_summary_counts
        check_summary_counts(summaries, lambda kind: _summary_count(scene, kind), said)
    return scene


# the count nouns of a machine's size said again ("3 states, 6 transitions in all"), by what they count
_SUMMARY_NOUNS = {**{w: "state" for w in ("state", "states", "node", "nodes", "vertex", "vertices")},
                  **{w: "transition" for w in ("transition", "transitions", "edge", "edges", "arrow", "arrows")},
                  **{w: "accepting state" for w in ("accepting state", "accepting states", "final state",
                                                    "final states", "accept state", "accept states")}}


def _summary_count(scene: SceneGraph, kind: str) -> tuple[int | set[int], list[dict]]:
    """How many of ``kind`` the machine read has, and the phrases that named them. Transitions: one per symbol
    on an arrow, or one per arrow ("A on a, b -> B" is two transitions drawn as one arrow): a count agreeing
    with either agrees."""
    states = [e for e in scene.entities if e.kind == "state"]
    if kind == "state":
        return len(states), [{"text": e.span.text, "start": e.span.start, "end": e.span.end} for e in states if e.span]
    if kind == "accepting state":
        acc = scene.attr("accepts") or []
        return len({a["state"] for a in acc}), [a["phrase"] for a in acc if isinstance(a.get("phrase"), dict)]
    ts = scene.attr("transitions") or []
    phrases = [t["phrase"] for t in ts if isinstance(t.get("phrase"), dict)]
    return {len(ts), len({(t["source"], t["target"]) for t in ts})}, phrases


def _parse_automaton(text: str, *, allow_unknown: bool = False) -> SceneGraph:
    """Parse an automaton/graph description into a ``SceneGraph`` (domain ``"automata"``).

    ``attributes``: ``kind`` (dfa | nfa | machine | graph), ``transitions`` (``{source, target,
    symbol, phrase}``; ``symbol`` None for an unlabelled graph edge, "ε" for an ε-move), ``starts``
    and ``accepts`` (``{state, phrase}``), ``declared`` (the declaration phrase, or None),
    ``implicit_states``, ``count`` and ``alphabet`` (with their phrases), ``duplicates`` (transition
    phrases that repeat an earlier one; drawn once). Raises ``InputError`` for empty/oversized/binary
    text or a text naming no state, ``UnknownWordsError`` for words outside the grammar.
    """
    from ..parse.grammar import check_text
    check_text(text)
    _refuse_phrase_arrows(text)
    m = re.search(rf"(?<![\w-])(?i:{_alts(_grammar()['unsupported_kinds'])})(?![\w-])", text)
    if m:
        raise UnsupportedError(
            f"the phrase '{m.group(0)}' at {m.start()}-{m.end()} names a machine nesy does not draw: nesy draws finite "
            "automata (DFA, NFA, ε-NFA, finite state machines without output) and directed graphs, not a stack, "
            "a tape or outputs on transitions")
    facts, unknown, _, _used = _scan(text, strict=True)
    has_states = bool(facts["decl"] or facts["trans"] or facts["start"] or facts["accept"])
    if facts["language"] and not has_states:
        ph = facts["language"][0]
        built = _from_language(text, ph, facts, unknown, allow_unknown)
        if built is not None:
            return built
        if not facts["alphabet"] and not _patterns(())["alphabet"].search(ph["text"]) and \
                not re.search(r"(?i)\b(?:binary|bits?)\b", text) and not facts.get("language_why"):
            # a language is built over a stated alphabet only: the letters it happens to name are not one
            raise UnsupportedError(
                f"the phrase '{ph['text']}' at {ph['start']}-{ph['end']} describes a language but the text states no "
                "input alphabet, and nesy does not guess one; add it, e.g. 'over the alphabet {a, b}'")
        why = "; ".join(facts.get("language_why") or [])
        raise UnsupportedError(
            f"the phrase '{ph['text']}' at {ph['start']}-{ph['end']} describes the language the automaton "
            f"accepts, and nesy could not read all of it{' (not read: ' + why + ')' if why else ''}; nesy builds "
            "languages from conditions such as 'ending in ab', 'starting with 1', 'containing 101', 'an even number "
            "of 0s', 'length divisible by 3', 'at least two a's', 'binary numbers divisible by 3', 'whose "
            "second-to-last symbol is a', joined by and/or/not — or give the states and transitions, e.g. 'a DFA "
            "with states q0, q1; q0 is the start state; q1 is accepting; q0 goes to q1 on a'")
    if not has_states and not facts["language"] and not facts["trans_count"]:
        # no state, no move and no language phrase read: a sentence that speaks of strings ("the string must start
        # with 1 and end with 0") is tried as the language first, before its words are taken for a diagram's
        built = _sentences_as_language(text, facts, unknown, allow_unknown, refuse=False)
        if built is not None:
            return built
    if unknown and not allow_unknown:
        raise UnknownWordsError(unknown, text)
    dropped = _unread(text, _used, facts)
    # a start word left unread while no start state was read: drawn without it, the automaton would be
    # called impossible ("exactly one start state") for a phrase nesy failed to read
    start_words = {str(w).lower() for w in _grammar()["start_words"]}
    lost_start = not facts["start"] and any(w.lower() in start_words for w, _, _ in dropped)
    # a verb of a transition left unread ("s0 goes also to s1 on a"): drawn without it, the automaton
    # would accept another language — a wrong figure, not one with an omission — so the clause is refused
    verbs = {str(w).lower() for w in _grammar()["move_verbs"] + _grammar()["loop_verbs"]}
    left = [*dropped, *unknown]

    def clause_of(s0: int, e0: int) -> tuple[int, int]:
        return (max(text.rfind(c, 0, s0) for c in ";.,:") + 1,
                min([k for k in (text.find(c, e0) for c in ";.,:") if k >= 0] or [len(text)]))
    # … only where a state of it is left unread too ("Missing transitions go nowhere" names none: no move lost)
    known = {n for names, *_ in facts["decl"] for n, _, _ in names} | \
        {n for t in facts["trans"] for n in t[:2] if isinstance(n, str)} | \
        {n for n, _ in facts["start"] + facts["accept"] if isinstance(n, str)}
    # … or where no move at all was read ("input p (press) toggles between them" left whole: a machine with no
    # transition is not the one described), or where the clause points at states ("between them", "the other")
    langs = [(p["start"], p["end"]) for p in facts["language"]]
    in_lang = lambda d: any(a <= d[1] and d[2] <= b for a, b in langs)  # noqa: E731
    lost_move = [d for d in left if not in_lang(d) and any(w.lower() in verbs for w in re.findall(r"[\w-]+", d[0])) and (
        not facts["trans"] or any(x[0] in known and clause_of(d[1], d[2])[0] <= x[1] < clause_of(d[1], d[2])[1]
                                  for x in left)
        or re.search(r"(?i)\b(?:between|the\s+other|them|each\s+other)\b", text[slice(*clause_of(d[1], d[2]))]))]
    # an accept word left unread ("q0 is the one accepting state"): drawn without it, the accepting set would be
    # a default standing in for a stated one — the machine would accept another language — so it is refused
    # where its clause names a state (a remark "accepting states get two circles" names none)
    accept_words = {str(w).lower() for w in _grammar()["accept_words"]}
    # … where it marks a state ("the one accepting state", "q1 is accepting"), not where it is the machine's verb
    # ("a vending machine accepting 5 and 10 cent coins")
    mark = lambda d: bool(re.match(r"(?i)\s*(?:(?:states?|nodes?|ones?)(?![\w-])|[,;.:)]|$|and\b|too\b)",  # noqa: E731
                                   text[d[2]:]) or re.search(r"(?i)\b(?:is|are|be|being)\s+(?:also\s+)?$", text[:d[1]]))
    lost_accept = [d for d in left if not in_lang(d) and d[0].lower() in accept_words and mark(d) and any(
        re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text[slice(*clause_of(d[1], d[2]))]) for n in known)]
    if lost_move or lost_accept:
        lost_move = lost_move + [d for d in lost_accept if d not in lost_move]
        dropped = lost_move + [d for d in dropped if d not in lost_move]
    if dropped and (not allow_unknown or lost_start or lost_move):
        w, s0, e0 = next((d for d in dropped if d[0].lower() in start_words), dropped[0]) if lost_start \
            and not lost_move else dropped[0]
        a = max(text.rfind(c, 0, s0) for c in ";.,:") + 1
        b = min([k for k in (text.find(c, e0) for c in ";.,:") if k >= 0] or [len(text)])
        clause = _sp(a + len(text[a:b]) - len(text[a:b].lstrip()), b, text)
        raise UnsupportedError(
            f"the phrase '{clause['text']}' at {clause['start']}-{clause['end']} could not be read: "
            + ", ".join(f"'{x}' at {p}-{q}" for x, p, q in dropped)
            + " would be dropped; rephrase it as e.g. 'q0 goes to q1 on a', 'q1 loops on b', 'q2 is accepting'")
    unknown = unknown + [d for d in dropped if d not in unknown]
    kinds = facts["kind"]
    if {k for k, _ in kinds} & {"dfa", "nfa"}:
        # "the state diagram of this DFA", "a finite automaton (an NFA)": the general word names the same thing
        kinds = facts["kind"] = [x for x in kinds if x[0] != "machine"]
    if len({k for k, _ in kinds}) > 1:
        a, b = kinds[0], next(x for x in kinds if x[0] != kinds[0][0])
        raise InputError(f"the text describes two kinds of thing: '{a[1]['text']}' at {a[1]['start']}-"
                         f"{a[1]['end']} and '{b[1]['text']}' at {b[1]['start']}-{b[1]['end']}; describe one")
    has_sym = any(s is not None for t in facts["trans"] for s in t[2])
    kind = kinds[0][0] if kinds else ("machine" if has_sym else "graph")
    states: list[str] = []
    spans: dict[str, dict] = {}
    for names, ph, _c, _nph in facts["decl"]:
        for n, s, e in names:
            if n not in spans:
                states.append(n)
                spans[n] = {"text": text[s:e], "start": s, "end": e}
    declared = bool(facts["decl"])
    trans: list[dict] = []
    dup: list[dict] = []
    seen: set[tuple] = set()
    for src, tgt, syms, ph, key, at in facts["trans"]:
        if at and tgt != src:
            who = {_ALL: "every state", _BOTH: "both states"}.get(src, src)
            raise UnsupportedError(f"the phrase '{ph['text']}' at {ph['start']}-{ph['end']} says {who} stays in "
                                   f"{tgt}; a state that stays is its own next state: say '{who} goes to {tgt}', or "
                                   f"'{who} stays in the same state'")
        for name in (src, tgt):
            if not declared and name not in spans and not name.startswith("\x00"):
                states.append(name)
                k = text.find(name, ph["start"])
                spans[name] = {"text": name, "start": k, "end": k + len(name)}
    for n, ph in facts["start"] + facts["accept"]:
        if not declared and n not in spans:
            states.append(n)
            k = text.find(n, ph["start"])
            spans[n] = {"text": n, "start": k, "end": k + len(n)}
    alpha = facts["alphabet"][0][0] if facts["alphabet"] else None
    # labelled transitions first: an unlabelled arrow that repeats one ("(q0->q1->q2)") restates it
    if facts["ambiguous"]:
        ph = facts["ambiguous"][0]
        raise UnsupportedError(f"the phrase '{ph['text']}' at {ph['start']}-{ph['end']} names no state: it could be "
                               "the machine or the state named before it; name the state, e.g. 'q1 loops on b'")
    if facts["no_accept"] and facts["accept"]:
        # "no accepting states" beside "q2 is accepting": F cannot be both empty and hold q2
        raise UnsatisfiableError([facts["no_accept"][0], facts["accept"][0][1]], [],
                                 detail="the text says there is no accepting state and names one")
    for src, tgt, syms, ph, key, at in sorted(facts["trans"], key=lambda t: t[2] == [None]):
        if src == _BOTH:
            if len(states) != 2:
                raise UnsupportedError(f"the phrase '{ph['text']}' at {ph['start']}-{ph['end']} says 'both', but the "
                                       f"text has {len(states)} states; name them")
            src = _ALL
        if src == _ALL and not states:
            raise InputError(f"'{ph['text']}' at {ph['start']}-{ph['end']} speaks of every state, but the text "
                             "names none; list them, e.g. 'states q0, q1'")
        for q in (states if src == _ALL else [src]):
            t_ = q if tgt == _ALL else tgt
            if t_ == _NEXT:
                if not declared:
                    raise UnsupportedError(f"the phrase '{ph['text']}' at {ph['start']}-{ph['end']} speaks of the next "
                                           "state, but the text lists no states in order; list them, e.g. 'states q0, q1, q2'")
                k = states.index(q)
                if k + 1 == len(states):
                    if src == _ALL:
                        continue   # every state that has a next one
                    raise UnsupportedError(f"the phrase '{ph['text']}' at {ph['start']}-{ph['end']} moves {q} to the "
                                           "next state, but it is the last one listed; name the target state")
                t_ = states[k + 1]
            if t_ == _OTHER:
                if len(states) != 2:
                    raise UnsupportedError(f"the phrase '{ph['text']}' at {ph['start']}-{ph['end']} switches to "
                                           f"'the other state', which is defined for two states; the text has "
                                           f"{len(states)}: name the target state")
                t_ = next(x for x in states if x != q)
            sy = syms
            if _EVERY in syms or _REST in syms:
                if not alpha:
                    raise UnsupportedError(
                        f"the phrase '{ph['text']}' at {ph['start']}-{ph['end']} speaks of every (other) symbol, but "
                        "the text states no alphabet; add one, e.g. 'over the alphabet {a, b}', or name the symbols")
                if _EVERY in syms:
                    sy = list(alpha)
                else:
                    named = {s for a, _b, ss, _p, _k, _at in facts["trans"] if a in (q, _ALL)
                             for s in ss if s not in (_REST, _EVERY, None)}
                    sy = [x for x in alpha if x not in named]
            if sy == [None] and any(t["source"] == q and t["target"] == t_ for t in trans):
                dup.append(ph)
                continue
            if (kind in ("dfa", "nfa") or (kind == "machine" and has_sym) or alpha) and None in sy:
                # (a stated input alphabet makes it an automaton, whatever word names it: "Unary alphabet {a}. …")
                # an automaton's transition whose symbol was not read is refused, never drawn unlabelled
                raise InputError(f"the transition '{ph['text']}' at {ph['start']}-{ph['end']} gives no input "
                                 "symbol; say e.g. 'q0 goes to q1 on a'")
            for sym in sy:
                key_ = (q, t_, sym)
                if key_ in seen:
                    dup.append(ph)
                    continue
                seen.add(key_)
                trans.append({"source": key_[0], "target": key_[1], "symbol": sym, "phrase": ph})
    _refuse_unlabelled_beside_words(text, trans, unknown)
    names_ = set(states)
    for t in trans:
        sym = t["symbol"]
        if sym in names_ and len(sym) > 1 and not sym.isdigit():
            # "q1 goes to q2 on b, q2 accepting": a list of symbols ran on into the next clause's state
            ph = t["phrase"]
            raise UnsupportedError(f"the phrase '{ph['text']}' at {ph['start']}-{ph['end']} reads '{sym}' as an input "
                                   "symbol, but it is a state of the automaton; end the clause before it (';') or "
                                   "name the symbol differently")
    if not states:
        built = _sentences_as_language(text, facts, unknown, allow_unknown)
        if built is not None:
            return built
        raise NothingToDrawError("the text names no state or node: name some, e.g. 'a DFA with states q0, q1; "
                         "q0 goes to q1 on a'")
    # a language phrase beside the states ("DFA over {0,1} accepting strings that end in 1: states A, B; …") is
    # read when the stated automaton accepts exactly that language (then the verifier checks it again);
    # otherwise it is reported whole, in place of its words — never silently taken as agreeing
    from .automata_lang_check import given_language
    agreed = [p for p in facts["language"]
              if given_language(text, p, states, facts["start"], facts["accept"], trans, alpha, kind)]
    unknown = [u for u in unknown if not any(p["start"] <= u[1] and u[2] <= p["end"] for p in facts["language"])]
    unknown = sorted(unknown + [(p["text"], p["start"], p["end"]) for p in facts["language"] if p not in agreed],
                     key=lambda u: u[1])
    starts = [{"state": n, "phrase": ph} for n, ph in facts["start"]]
    accepts = [{"state": n, "phrase": ph} for n, ph in facts["accept"]]
    start_set = {s["state"] for s in starts}
    acc_set = {a["state"] for a in accepts}
    entities = tuple(Entity(n, "state", n, _freeze({"start": n in start_set, "accepting": n in acc_set}),
                            Span(spans[n]["start"], spans[n]["end"], spans[n]["text"])) for n in states)
    relations = tuple(Relation("transition", t["source"], t["target"],
                               Span(t["phrase"]["start"], t["phrase"]["end"], t["phrase"]["text"]))
                      for t in trans)
    decl = facts["decl"]
    attrs = {"kind": kind, "kind_phrase": kinds[0][1] if kinds else None, "transitions": trans,
             "starts": starts, "accepts": accepts, "declared": decl[0][1] if decl else None,
             "listed_phrase": decl[0][3] if decl else None,
             "listed": [n for d in decl for n, _, _ in d[0]], "implicit_states": not declared,
             "count": ({"n": decl[0][2][0], "phrase": decl[0][2][1]} if decl and decl[0][2] else None),
             "alphabet": ({"symbols": facts["alphabet"][0][0], "phrase": facts["alphabet"][0][1]}
                          if facts["alphabet"] else None),
             "duplicates": dup, "det_phrases": facts["det"],
             "trans_count": ({"n": facts["trans_count"][0][0], "phrase": facts["trans_count"][0][1]}
                             if facts["trans_count"] else None)}
    if agreed:
        attrs["language"] = {"phrase": agreed[0], "construction": "given by the text's states and transitions",
                             "states": len(states), "minimal_asked": False, "notes": [], "goal": [],
                             "read_as": agreed[0]["text"], "read_text": text}
    common, _ = _common()
    ignored = tuple(Span(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\W\d_]+", text)
                    if m.group(0).lower() in common and not any(_used[m.start():m.end()]))
    return SceneGraph("automata", text, entities, relations, _freeze(attrs), ignored,
                      tuple(Span(s, e, w) for w, s, e in unknown))


def _sentences_as_language(text: str, facts: dict, unknown: list, allow_unknown: bool,
                           refuse: bool = True) -> SceneGraph | None:
    """A text that names no state: its first sentence that speaks of strings or numbers ("DFA, binary strings w/o
    two consecutive 1s", "Strings of a's whose length …") is tried whole as the language; it is drawn (its scene
    returned) only when every word of it is read (automata_lang.build), else refused naming it (``refuse``; else
    None, for the caller to read the text otherwise). None when no sentence speaks of strings."""
    from .automata_lang_find import language_sentences
    for ph in language_sentences(text, facts):
        built = _from_language(text, ph, facts, unknown, allow_unknown)
        if built is not None:
            return built
        if not refuse:
            return None
        why = "; ".join(facts.get("language_why") or [])
        raise UnsupportedError(
            f"the phrase '{ph['text']}' at {ph['start']}-{ph['end']} seems to describe the language the automaton "
            f"accepts, and nesy could not read all of it{' (not read: ' + why + ')' if why else ''}; nesy builds "
            "languages from conditions such as 'ending in ab', 'containing 101', 'an even number of 0s', 'length "
            "divisible by 3', 'binary numbers divisible by 3' — or give the states and transitions, e.g. 'a DFA "
            "with states q0, q1; q0 is the start state; q1 is accepting; q0 goes to q1 on a'")
    return None


def _refuse_unlabelled_beside_words(text: str, trans: list[dict], unknown: list) -> None:
    """A transition read without a symbol while a word nesy did not read stands in its clause ("coin: Locked →
    Unlocked" before that form was read; "a push while Locked stays in Locked"): the word is most likely its input,
    and a transition drawn without it would be verified and wrong, so it is refused naming both."""
    for t in trans:
        if t["symbol"] is not None:
            continue
        ph = t["phrase"]
        a = max(text.rfind(c, 0, ph["start"]) for c in ";.,\n") + 1
        colon = text.rfind(":", a, ph["start"])
        if colon >= 0 and len(text[a:colon].split()) > 1:
            a = colon + 1      # "A graph of a road network: Home → Work": a title, not a label of the arrow
        ends = [k for k in (text.find(c, ph["end"]) for c in ";.,\n") if k >= 0]
        b = min(ends) if ends else len(text)
        near = [(w, p, q) for w, p, q in unknown if a <= p and q <= b and " " not in w]
        if near:
            w = near[-1][0]    # the last: the object of "when you drop a coin", "after a beep"
            words = ", ".join(f"'{x}' at {p}-{q}" for x, p, q in near)
            raise UnsupportedError(
                f"the transition '{ph['text']}' at {ph['start']}-{ph['end']} was read without an input symbol, but "
                f"{words} stand{'s' if len(near) == 1 else ''} beside it and {'was' if len(near) == 1 else 'were'} "
                f"not read; nesy never draws a transition without its symbol when one may be given: write e.g. "
                f"'{t['source']} goes to {t['target']} on {w}'")


def _refuse_phrase_arrows(text: str) -> None:
    """Arrows between multi-word phrases ("start → enter password → check password"): a flowchart when no
    automaton is named (out of scope, naming what nesy draws); with one named, a state name of several
    words, which nesy does not draw (``automata_flow``)."""
    from .automata_flow import flow_phrase
    ph = flow_phrase(text, _known)
    if ph is None:
        return
    where = f"'{ph['text']}' at {ph['start']}-{ph['end']}"
    if _patterns(())["kind"].search(text) is None:
        from ..errors import OutOfScopeError
        from ..registry import _sciences
        raise OutOfScopeError(
            f"nesy draws: {_sciences()}; the arrows of this text join phrases such as {where}, steps of a "
            "flowchart or process diagram, not the states of an automaton (one name each, e.g. 'q0 → q1 on a'). "
            "Rephrase in one of these sciences, or pass --domain to choose one", words=[ph["text"]])
    raise UnsupportedError(f"the arrow end {where} is a phrase of several words; nesy names each state by one "
                           "word or symbol (e.g. 'q0', 'Locked'): join the words ('enter_password') or name the state")


def _from_language(text: str, ph: dict, facts: dict, unknown: list, allow_unknown: bool) -> SceneGraph | None:
    """The scene of the automaton of the language ``ph`` describes (``automata_lang_scene.from_language``); a
    language no finite automaton accepts is impossible (``automata_nonregular``)."""
    from .automata_nonregular import nonregular
    nonregular(text, ph, facts)
    from .automata_lang_scene import from_language
    return from_language(text, ph, facts, unknown, allow_unknown)


def automaton_notes(scene: SceneGraph) -> dict:
    """What ``automaton.json`` says beyond the diagram (``automata_lang_scene.automaton_notes``)."""
    from .automata_lang_scene import automaton_notes as notes
    return notes(scene)


def automaton_graph(scene: SceneGraph):
    """The automaton as a ``networkx.MultiDiGraph``: nodes are states (``start``/``accepting``),
    one edge per transition with its ``symbol`` and ``phrase``."""
    import networkx as nx
    g = nx.MultiDiGraph(kind=scene.attr("kind"))
    for e in scene.entities:
        g.add_node(e.id, start=bool(e.attr("start")), accepting=bool(e.attr("accepting")))
    for t in scene.attr("transitions") or []:
        g.add_edge(t["source"], t["target"], symbol=t["symbol"], phrase=t["phrase"]["text"])
    return g


def merged_edges(scene: SceneGraph) -> list[tuple[str, str, list[str]]]:
    """One drawn edge per ordered pair of states: ``(source, target, symbols)`` in text order."""
    out: dict[tuple[str, str], list[str]] = {}
    for t in scene.attr("transitions") or []:
        syms = out.setdefault((t["source"], t["target"]), [])
        if t["symbol"] is not None and t["symbol"] not in syms:
            syms.append(t["symbol"])
    return [(a, b, s) for (a, b), s in out.items()]


def _known(word: str) -> bool:
    """A lower-case word of the automaton grammar (its vocabulary or a word never a state name)."""
    return word in _vocab() or word in _RESERVED or word in _grammar_reserved()


def _flow(text: str) -> dict | None:
    """An arrow between multi-word phrases (a flowchart), with no automaton named: ``automata_flow``."""
    from .automata_flow import flow_phrase
    if _patterns(())["kind"].search(text):
        return None
    return flow_phrase(text, _known)


# strings over a stated alphabet, the noun of a language: "any string over {0,1}", "words on the alphabet {a, b}"
_STRINGS_OVER = re.compile(r"(?i)\b(?:strings?|words?|inputs?|sequences?)\s+(?:over|on|from)\s+(?:the\s+(?:alphabet\s+)?)?(?:Σ\s*=\s*)?\{")


def _score(text: str) -> float:
    if not isinstance(text, str) or not text.strip() or len(text) > 20_000:
        return 0.0
    from .automata_lines import code_marks, comment_block, line_clauses
    text = line_clauses(code_marks(comment_block(text)))      # read as parse_automaton reads it
    low = text.lower()
    kw = _grammar()["keywords"]
    hits = len(re.findall(rf"(?<![\w-])(?:{_alts([str(k).lower() for k in kw])})(?![\w-])", low))
    if _flow(text) is None:  # arrows between phrases are a flowchart's, no evidence of an automaton
        hits += len(re.findall(r"→|->|-->", text))
    # the transition function and the five-tuple written out ("δ(q0, a) = q1", "M = (Q, Σ, δ, q0, F)")
    # (HMU §2.2.1), and an accepting set by its letter ("accepting F = {…}", "final states {q2}")
    hits += len(re.findall(r"[δ∂]\s*\(\s*[^(),]+,\s*[^(),]+\)\s*(?:=|→|->)", text))
    hits += len(re.findall(r"\(\s*Q\s*,\s*[ΣΣ]\s*,\s*[δ∂]\s*,", text))
    # … and with its sets written out: "M = ({A, B, C}, {0, 1}, δ, A, {C})"
    hits += len(re.findall(r"\(\s*\{[^{}]*\}\s*,\s*\{[^{}]*\}\s*,\s*[δ∂]\s*,", text))
    hits += len(re.findall(r"(?i)\baccepting\b", low)) if "accepting" not in kw else 0
    from .automata_table import read_tables
    try:
        tab = read_tables(text, _known)
    except UnsupportedError:
        # a state table (its header says so) read no further is this science's, refused by name in parse
        from .automata_table import state_header
        return 1.0 if state_header(text) else 0.0
    if not hits and tab["trans"]:
        hits = 1        # a state table under a header of its columns ("state,on_0,on_1,is_final"): its words are read below
    if not hits and (_STRINGS_OVER.search(text) or re.search(_REGEX_IN_SENTENCE, text)):
        # no word of an automaton, but strings over a stated alphabet ("a PIN is any string over {0,1} that …") or a
        # regular expression: evidence only where the language compiler reads a sentence of it whole (below)
        hits = 1
    if not hits:
        return 0.0
    try:
        from .automata_alias import read_aliases
        aliased, table = read_aliases(text)
        f, _u, n_content, used = _scan(text, strict=False)
        if table and not (f["decl"] or f["trans"] or f["start"] or f["accept"]):
            # symbols named by words ("L (letter)"): read as parse_automaton reads them
            text = aliased
            f, _u, n_content, used = _scan(text, strict=False)
    except (InputError, re.error):
        return 0.0
    share = hits / max(n_content, 1)
    if not f["language"] and not (f["decl"] or f["trans"] or f["start"] or f["accept"]):
        # a sentence that describes a language in words no language phrase names ("An identifier is a L followed
        # by any number of L or D."): evidence only where the language compiler reads it whole
        from .automata_lang import build
        from .automata_lang_find import language_sentences
        alpha = f["alphabet"][0][0] if f["alphabet"] else None
        for ph in language_sentences(text, f):
            try:
                if build(text, ph, list(alpha) if alpha else None) is not None:
                    f["language"].append(ph)
            except Exception:       # an example or aside the compiler refuses: no evidence either way
                continue
    if f["language"]:
        # a described language ("automata which accept binary words that has no two consecutive 1"): the words of
        # its phrase are this science's too, read by automata_lang (which refuses the text if it cannot read them)
        inside = [False] * len(text)
        for p in f["language"]:
            inside[p["start"]:p["end"]] = [True] * (p["end"] - p["start"])
        read = sum(1 for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+", text)
                   if any(used[m.start():m.end()]) or any(inside[m.start():m.end()]))
        share = max(share, read / max(n_content, 1))
    if len(f["trans"]) >= 2 or f.get("legend"):
        # a text made of transition phrases ("S→T on 0, T→U on 1"), or of states and the key to their names, is this
        # science's however few keywords it has: the share of its content words those phrases read
        read = sum(1 for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+", text) if any(used[m.start():m.end()]))
        share = max(share, read / max(n_content, 1))
    return min(1.0, share)


# ---------------------------------------------------------------------------------------------
# laws (Z3)


def check_automaton(scene: SceneGraph, timeout_s: float = 10.0) -> None:
    """Check every law of ``solvers/automata.yaml`` with Z3 (tracked assertions). Raises
    ``UnsatisfiableError`` naming the user's phrases and the laws when the text is impossible."""
    import z3
    ctx = z3.Context()
    s = z3.Solver(ctx=ctx)
    s.set("timeout", int(timeout_s * 1000))
    s.set("core.minimize", True)
    kind = scene.attr("kind")
    kph = scene.attr("kind_phrase")
    track: dict[str, tuple[list[dict], list[str]]] = {}

    def tr(name: str, expr, phrases: list[dict], laws: list[str]) -> None:
        track[name] = ([p for p in phrases if p], laws)
        s.add(z3.Implies(z3.Bool(name, ctx), expr))
    states = [e.id for e in scene.entities]
    trans = scene.attr("transitions") or []
    names = set(states) | {t["source"] for t in trans} | {t["target"] for t in trans} | \
        {a["state"] for a in (scene.attr("accepts") or [])} | {a["state"] for a in (scene.attr("starts") or [])}
    inQ = {n: z3.Bool(f"inQ_{n}", ctx) for n in sorted(names)}
    start = {n: z3.Bool(f"start_{n}", ctx) for n in sorted(names)}
    used = {k: z3.Bool(f"t_{k}", ctx) for k in range(len(trans))}
    listed = scene.attr("listed") or []
    decl = scene.attr("declared")
    if decl:
        tr("declared", z3.And([inQ[n] if n in listed else z3.Not(inQ[n]) for n in inQ], ctx), [decl],
           ["declared_states"])
    cnt = scene.attr("count")
    if cnt:
        n = z3.Int("n_states", ctx)
        tr("count", n == cnt["n"], [cnt["phrase"]], ["state_count"])
        tr("listed_count", n == len(set(listed)), [scene.attr("listed_phrase")], ["state_count"])
    tc = scene.attr("trans_count")
    if tc and trans:
        tr("trans_count", z3.PbEq([(used[k], 1) for k in range(len(trans))], tc["n"]), [tc["phrase"]],
           ["transition_count"])
    for k, t in enumerate(trans):
        tr(f"said{k}", used[k], [t["phrase"]], [])
        tr(f"trans{k}", z3.And(inQ[t["source"]], inQ[t["target"]]), [t["phrase"]], ["declared_states"])
    for j, a in enumerate(scene.attr("accepts") or []):
        tr(f"accept{j}", inQ[a["state"]], [a["phrase"]], ["accept_subset"])
    for j, a in enumerate(scene.attr("starts") or []):
        tr(f"start{j}", z3.And(start[a["state"]], inQ[a["state"]]), [a["phrase"]], ["one_start"])
    said_start = {a["state"] for a in scene.attr("starts") or []}
    for n in start:   # closed world: a state is a start state only when the text says so
        if n not in said_start:
            s.add(z3.Not(start[n]))
    one = [(start[n], 1) for n in start]
    if kind in AUTOMATA and kph and not said_start:
        # no start state stated at all: a fact missing, not two facts in conflict (exit 2, not 3); nesy
        # does not pick one (the first state listed is a habit of drawings, not a rule of the five-tuple)
        raise InputError(f"'{kph['text']}' at {kph['start']}-{kph['end']} needs exactly one start state and the "
                         "text names none; say which, e.g. 'q0 is the start state'")
    if kind in AUTOMATA and kph:
        tr("one_start", z3.PbEq(one, 1) if one else z3.BoolVal(False, ctx), [kph], ["one_start"])
    elif one:
        tr("one_start", z3.PbLe(one, 1), [kph], ["one_start"])
    if kind == "dfa":
        groups: dict[tuple[str, str], list[int]] = {}
        for k, t in enumerate(trans):
            groups.setdefault((t["source"], t["symbol"]), []).append(k)
        for (q, a), ks in groups.items():
            targets = {trans[k]["target"] for k in ks}
            if len(targets) > 1:
                tr(f"det_{q}_{a}", z3.PbLe([(used[k], 1) for k in ks], 1), [kph] + list(scene.attr("det_phrases") or []),
                   ["dfa_deterministic"])
        for k, t in enumerate(trans):
            if t["symbol"] == EPS:
                tr(f"noeps{k}", z3.Not(used[k]), [kph], ["dfa_no_epsilon"])
    alpha = scene.attr("alphabet")
    if alpha:
        for k, t in enumerate(trans):
            if t["symbol"] is not None and t["symbol"] != EPS and t["symbol"] not in alpha["symbols"]:
                tr(f"alpha{k}", z3.Not(used[k]), [alpha["phrase"]], ["alphabet"])
    res = s.check(*[z3.Bool(k, ctx) for k in track])
    if res == z3.unknown:
        raise SolverTimeoutError("automaton law check", timeout_s)
    if res == z3.sat:
        return
    core = [str(c) for c in s.unsat_core()]
    phrases: list[dict] = []
    laws: list[str] = []
    for c in core:
        ps, ls = track[c]
        for p in ps:
            if p not in phrases:
                phrases.append(p)
        for law in ls:
            if law not in laws:
                laws.append(law)
    phrases.sort(key=lambda p: p["start"])
    fixable = [p for p in phrases if p != kph] or phrases
    detail = {"one_start": "an automaton needs exactly one start state",
              "dfa_deterministic": "a DFA gives one next state per state and symbol; say 'NFA' to allow several",
              "dfa_no_epsilon": "a DFA has no ε-moves; say 'NFA' to allow them",
              "alphabet": "a transition reads a symbol outside the stated alphabet",
              "state_count": "the number of states stated differs from the states listed",
              "transition_count": "the number of transitions stated differs from the transitions the text gives",
              "declared_states": "a transition names a state that is not among the listed states",
              "accept_subset": "an accepting state is not among the listed states"}
    main = next((law for law in ("dfa_deterministic", "dfa_no_epsilon", "alphabet", "state_count", "transition_count",
                                 "accept_subset",
                                 "one_start", "declared_states") if law in laws), laws[0] if laws else "")
    raise UnsatisfiableError(phrases, [_law(law) for law in laws], fix=[fixable[-1]] if fixable else [],
                             detail=detail.get(main, ""))


# ---------------------------------------------------------------------------------------------
# layout


def _radius(scene: SceneGraph) -> float:
    """State circle radius (px): the style's, grown so the longest state name fits inside."""
    from .automata_draw import state_radius
    return state_radius([e.id for e in scene.entities])


def solve_automaton(scene: SceneGraph, *, timeout_s: float = 10.0) -> Layout:
    """Check the laws with Z3, place the states left to right in columns by breadth-first distance from
    the start state (``automata_layers``) and draw the transition diagram (pixels, y down)."""
    t0 = time.perf_counter()
    check_automaton(scene, timeout_s)
    t_law = time.perf_counter() - t0
    d, st = _data(), _style()
    base = load_yaml("layout", "style.yaml")
    states = [e.id for e in scene.entities]
    edges = merged_edges(scene)
    if len(states) > int(d["max_states"]):
        raise UnsupportedError(f"at most {d['max_states']} states are drawn exactly, got {len(states)}")
    if len(edges) > int(d["max_edges"]):
        raise UnsupportedError(f"at most {d['max_edges']} drawn edges (state pairs), got {len(edges)}")
    n = len(states)
    r = _radius(scene)
    acc = {e.id for e in scene.entities if e.attr("accepting")}
    start = {e.id for e in scene.entities if e.attr("start")}
    # left to right from the start state, as textbooks draw an automaton (automata_layers): the start
    # state alone in the first column, the start arrow free to come from the left
    from .automata_layers import crossings, layered_centres
    grow = 2 * (r - float(st["node_radius"]))
    C, cols, rows = layered_centres(states, edges, start, float(st["column_gap"]) + grow, float(st["row_gap"]) + grow)
    pstats = {"crossings": crossings(edges, cols, rows), "placement": "layered"}
    xs = [c[0] for c in C.values()] or [0.0]
    ys = [c[1] for c in C.values()] or [0.0]
    from .automata_draw import draw_diagram
    prims, labels0, drawn, collisions = draw_diagram(states, C, edges, acc, start,
                                                     ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2), cols)
    # shift everything so the figure starts at the margin (by whole pixels: labels stay on whole pixels),
    # centred on a canvas at least ``min_width`` wide
    from .automata_draw import _text_box
    geoms = [s.geometry(16).buffer(s.stroke_width) for s in prims] + [_text_box(lb) for lb in labels0]
    x0 = min(g.bounds[0] for g in geoms)
    y0 = min(g.bounds[1] for g in geoms)
    x1 = max(g.bounds[2] for g in geoms)
    y1 = max(g.bounds[3] for g in geoms)
    mg = float(base["margin"])
    fig_w = int(math.ceil(x1 - x0 + 2 * mg))
    W = max(fig_w, int(st["min_width"]))
    H = int(math.ceil(y1 - y0 + 2 * mg))
    dx, dy = float(math.floor(mg - x0 + (W - fig_w) / 2)), float(math.floor(mg - y0))

    def mv(s: Shape) -> Shape:
        bx = (s.box[0] + dx, s.box[1] + dy, s.box[2] + dx, s.box[3] + dy)
        return Shape(s.id, s.kind, bx, s.fill, s.stroke, s.stroke_width, s.z, s.cls, s.radius,
                     tuple((x + dx, y + dy) for x, y in s.points))
    shapes = [mv(s) for s in prims]
    all_labels = [Label(lb.text, lb.x + dx, lb.y + dy, lb.size, lb.anchor, lb.color, math=lb.math) for lb in labels0]
    legend: list = []
    stats = {"solve_s": round(time.perf_counter() - t0, 4), "law_check_s": round(t_law, 4), "states": n,
             "edges": len(edges), "crossings": pstats["crossings"], "placement": pstats["placement"],
             "label_collisions": collisions}
    extras = {"columns": cols, "rows": rows, "centres": {q: [C[q][0] + dx, C[q][1] + dy] for q in states}, **drawn}
    return Layout("automata", W, H, tuple(shapes), tuple(all_labels), tuple(legend), tuple(sorted(stats.items())),
                  _freeze(extras))


# ---------------------------------------------------------------------------------------------
# verify (pixels only)


def verify_automaton(png: bytes, scene: SceneGraph) -> Verdict:
    """Read states, names, accepting circles, the start arrow, edges and labels back from the PNG by
    shape, position and text (``automata_verify``) and check every drawing law."""
    from dataclasses import replace
    from .automata_lang_check import language_checks
    from .automata_verify import verify
    v = verify(png, scene)
    extra = language_checks(scene)
    return replace(v, checks=v.checks + tuple(extra)) if extra else v


# ---------------------------------------------------------------------------------------------
# the plug-in


@register("nesy.automata.v1")
class AutomataDomain(ExactRender):
    """Automata and directed graphs: transition diagrams (Z3 laws, left-to-right layers, pixel verifier)."""

    name = "nesy.automata.v1"
    key = "automata"

    def score(self, text: str) -> float:
        """Fraction (0–1) of the text's content words that are automaton vocabulary; 0 without any."""
        return _score(text)

    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        return parse_automaton(text, allow_unknown=allow_unknown)

    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0, feedback: Verdict | None = None,
              timeout_s: float = 10.0) -> Layout:
        """Deterministic: the layered placement is the same for a scene; ``seed`` is unused."""
        return solve_automaton(scene, timeout_s=timeout_s)

    def verify(self, png: bytes, scene: SceneGraph) -> Verdict:
        return verify_automaton(png, scene)

    def artifacts(self, layout: Layout, scene: SceneGraph) -> dict[str, bytes]:
        """``automaton.json``: states, start, accepting states and transitions."""
        import json
        g = automaton_graph(scene)
        doc = {"kind": scene.attr("kind"), "states": list(g.nodes),
               "start": [q for q, d in g.nodes(data=True) if d["start"]],
               "accepting": [q for q, d in g.nodes(data=True) if d["accepting"]],
               "transitions": [{"from": a, "to": b, "symbol": d["symbol"]} for a, b, d in g.edges(data=True)],
               "state_count": g.number_of_nodes()}
        doc.update(automaton_notes(scene))
        return {"automaton.json": json.dumps(doc, indent=1, ensure_ascii=False).encode()}
