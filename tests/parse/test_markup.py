"""Markup normalisation (nesy/parse/markup.py): WebInstruct/LaTeX/Unicode → plain text, with offsets back."""
import pytest
from hypothesis import given, settings, strategies as st

from nesy.parse.markup import normalize


@pytest.mark.parametrize("src,plain", [
    # WebInstruct {eq} markup as SciGenBench prints it
    ("the concentration of {eq}Fe^{3+}\n\n{/eq} inside a cell", "the concentration of Fe^3+ inside a cell"),
    ("{eq}0.0053 \\ M\n\n{/eq}. Calculate", "0.0053 M. Calculate"),
    ("a rod {eq}3.3 \\ \\mu m\n\n{/eq} long", "a rod 3.3 µm long"),
    ("{eq}\\displaystyle \\rm 6.67 \\times 10^{-11} \\ \\frac{ m^3 }{ (kg \\cdot s^2)} {/eq}",
     "6.67 × 10^-11 m^3/(kg · s^2)"),
    ("mass {eq}m = 4.35 \\times 10^{24} \\, \\mathrm{kg}\n\n{/eq}is", "mass m = 4.35 × 10^24 kg is"),
    ("{eq}1.25 ~x~ 10^{25} ~kg\n\n{/eq}", "1.25 x 10^25 kg"),
    ("resistor {eq}R_{1}{/eq} of 10 {eq}\\Omega{/eq}", "resistor R1 of 10 Ω"),
    ("L{eq}_2{/eq} and 10{eq}^8{/eq} m", "L2 and 10^8 m"),
    ("{eq}\\rm {\\large \\varepsilon}_{RMS}{/eq}", "ε_RMS"),
    ("{eq}f(t) = 10 \\cos (10t) \\; \\textrm{N}{/eq}", "f(t) = 10 cos (10t) N"),
    # $…$, \(…\), fractions, roots, degrees, Greek
    ("an angle of $30^\\circ$ and $\\theta$", "an angle of 30° and θ"),
    ("at $37^{\\circ}C$", "at 37°C"),
    ("\\frac{1}{2} and \\sqrt{2} and $\\sqrt{x+1}$", "1/2 and √2 and √(x+1)"),
    ("\\(\\frac{a+b}{2}\\)", "(a+b)/2"),
    ("$\\alpha$, $\\beta$ and $\\Delta x$", "α, β and Δx"),
    ("a $5 \\, \\mu F$ capacitor", "a 5 µF capacitor"),
    ("$\\lambda = 500\\,\\text{nm}$", "λ = 500 nm"),
    # money is not math; plain text is left alone
    ("costs $5 and $10", "costs $5 and $10"),
    ("plain text é 10⁸ km, R1 = 5 Ω", "plain text é 10⁸ km, R1 = 5 Ω"),
    # broken markup never crashes and drops nothing it cannot read
    ("{eq}", ""), ("$$", ""), ("\\", "\\"), ("{{{{", "{{{{"), ("\\frac", ""), ("{eq}{eq}x{/eq}", "x"),
])
def test_normalize(src, plain):
    n = normalize(src)
    assert n.text == plain
    _check_map(n)


def _check_map(n):
    assert len(n.src_start) == len(n.src_end) == len(n.text)
    for i in range(len(n.text)):
        assert 0 <= n.src_start[i] < n.src_end[i] <= len(n.original)


def test_span_points_into_the_original():
    src = "a mass {eq}m = 4.35 \\times 10^{24} \\, \\mathrm{kg}{/eq} orbits"
    n = normalize(src)
    i = n.text.index("4.35")
    j = n.text.index("kg") + 2
    a, b = n.span(i, j)
    assert src[a:b] == "4.35 \\times 10^{24} \\, \\mathrm{kg"
    a, b = n.span(n.text.index("orbits"), len(n.text))
    assert src[a:b] == "orbits"


def test_offsets_increase_with_position():
    n = normalize("x {eq}\\frac{1}{2}{/eq} y $\\alpha^{2}$ z")
    starts = list(n.src_start)
    assert starts == sorted(starts)


def test_not_a_string():
    with pytest.raises(TypeError, match="str"):
        normalize(b"bytes")  # type: ignore[arg-type]


PLAIN = st.text(alphabet=st.characters(blacklist_characters="\\{}$^_", blacklist_categories=("Cs",)),
                max_size=200)


@settings(max_examples=150)
@given(PLAIN)
def test_plain_text_round_trips(s):
    n = normalize(s)
    assert n.text == s
    assert n.span(0, len(s)) == (0, len(s))


MARKUP = st.lists(st.sampled_from(["{eq}", "{/eq}", "$", "\\frac", "{", "}", "^", "_", "\\mu", "\\times", "10",
                                   " ", "kg", "\\(", "\\)", "\\text{", "\\sqrt", "\\", "\n", "~", "\\,", "a",
                                   "\\Omega", "^\\circ", "\\left", "x"]), max_size=60).map("".join)


@settings(max_examples=300)
@given(st.one_of(MARKUP, st.text(max_size=300)))
def test_offsets_always_inside_the_original(s):
    n = normalize(s)
    _check_map(n)
    for a in range(0, len(n.text) + 1, 7):
        x, y = n.span(a, min(len(n.text), a + 5))
        assert 0 <= x <= y <= len(s)


def test_huge_input():
    s = "{eq}\\frac{1}{2}{/eq} " * 5000 + "{" * 5000 + "a" * 50000
    n = normalize(s)
    assert n.text.startswith("1/2 1/2")
    _check_map(normalize("{" * 3000 + "}" * 3000))
    for deep in ("\\frac" * 5000, "\\sqrt{" * 3000, "$\\frac{" * 2000, "^{" * 5000):
        _check_map(normalize(deep))  # no RecursionError: past depth 40 commands stay as written


@pytest.mark.parametrize("text,rels", [
    ("Venn diagram with A ⊆ B, B ∩ C ≠ ∅ and A ∩ C = ∅.",
     {("inside", "A", "B"), ("overlaps", "B", "C"), ("outside", "A", "C")}),   # was called impossible
    ("X ∩ Y ≠ ∅ and Y and Z overlap", {("overlaps", "X", "Y"), ("overlaps", "Y", "Z")}),
    ("A ∩ B = ∅ and B ⊆ C", {("outside", "A", "B"), ("inside", "B", "C")}),
    ("A ∩ B ≠ ∅ and B and C are disjoint", {("overlaps", "A", "B"), ("outside", "B", "C")}),
])
def test_an_emptiness_statement_ends_at_its_empty_set(text, rels):
    # "B ∩ C ≠ ∅ and A …": the "and" opens the next statement; read as a list, "C and A" became two objects
    from nesy.pipeline import parse
    s = parse(text, domain="sets", strict=False)
    assert {(r.kind, r.source, r.target) for r in s.relations} == rels


@pytest.mark.parametrize("text,want", [
    ("circle ⌀ 12 cm", "circle diameter 12 cm"),
    ("a disc Ø 3.5 mm across", "a disc diameter 3.5 mm across"),
    ("a pipe of ∅ 2 in", "a pipe of diameter 2 in"),
    ("A ∩ B = ∅", "A disjoint from B"),        # the empty set, before no length, stays what it was
])
def test_the_diameter_sign_before_a_length_reads_as_diameter(text, want):
    from nesy.parse.markup import normalize
    assert normalize(text).text == want
