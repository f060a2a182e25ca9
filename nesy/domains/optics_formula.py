"""A spreadsheet formula written before or inside a request: "=1/5 gives f in metres for a +5 D lens (0.2 m)",
"=SQRT(20^2+21^2) returns 29. Draw right triangle ABC …, AB = 29 mm".

Its numbers have no unit because they are a calculation's operands, not lengths: read as lengths they stopped
the text ("the number '1' has no unit", requests-16 optics-10 and geometry-01). A formula is recognised only where
a spreadsheet cell's starts — an "=" at the start of the text, of a line or of a sentence, never after a symbol
("f = 5 cm", "AC = 20 mm" are statements) — followed by numbers, operators (+ − * / ^), brackets and the
spreadsheet functions below, with at least one operator or function. It may name its result ("returns 29",
"= 29").

nesy does not take a value from a calculation: the formula is evaluated exactly as the spreadsheet would
(operator precedence and ^ as the power, LibreOffice Calc / Excel) and is passed over only when its value — and
the result it names, if any — is a value the text states with a unit; then it is a working of a stated value
and adds nothing to the figure. Otherwise ``unread_formula`` says so and the science refuses, naming it: a value
given only by a formula is never replaced by a default.

Shared by ``nesy.domains.optics`` and ``nesy.domains.geometry`` until the front end reads formulas itself.
"""
from __future__ import annotations

import ast
import math
import operator
import re
from typing import Iterable

__all__ = ["Formula", "formulas", "unread_formula"]

_FUNCS = {"SQRT": math.sqrt, "POWER": math.pow, "ABS": abs, "PI": lambda: math.pi, "SIN": lambda x: math.sin(x),
          "COS": lambda x: math.cos(x), "TAN": lambda x: math.tan(x), "RADIANS": math.radians,
          "DEGREES": math.degrees, "ROUND": lambda x, n=0: round(x, int(n)), "EXP": math.exp, "LN": math.log,
          "LOG10": math.log10}
_NUM = r"\d+(?:[.,]\d+)?"
_EXPR = (r"(?:[-+(]\s*)*(?:(?:" + "|".join(_FUNCS) + r")\s*\(|" + _NUM + r"|\(|\))"
         r"(?:\s*(?:[-+*/^(),;]|\*\*|(?:" + "|".join(_FUNCS) + r")\s*\(|" + _NUM + r"))*")
_FORMULA = re.compile(r"(?:^|(?<=\n)|(?<=[.!?:]\s)|(?<=[.!?:]\s\s))[ \t]*=\s*(?P<expr>" + _EXPR + r")"
                      r"(?:\s*(?:returns|gives|yields|=|→|->|evaluates\s+to|is|equals)\s+(?P<result>" + _NUM
                      + r")(?![\w°]|[.,]\d|\s*(?:mm|cm|m|km|in|°|deg)\b))?", re.IGNORECASE)
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
        ast.Pow: operator.pow}


class Formula:
    """One formula: its span, its value (None when it is no arithmetic nesy can evaluate), the result it names."""

    def __init__(self, start: int, end: int, text: str, value: float | None, result: float | None):
        self.start, self.end, self.text, self.value, self.result = start, end, text, value, result

    def __repr__(self) -> str:
        return f"Formula({self.text!r}, value={self.value}, result={self.result})"


def _eval(node: ast.AST) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return float(_OPS[type(node.op)](_eval(node.left), _eval(node.right)))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        v = _eval(node.operand)
        return -v if isinstance(node.op, ast.USub) else v
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCS and not node.keywords:
        return float(_FUNCS[node.func.id](*[_eval(a) for a in node.args]))
    raise ValueError("not spreadsheet arithmetic")


def _value(expr: str) -> float | None:
    """The spreadsheet's value of ``expr`` (``^`` the power, ``;`` an argument separator), or None."""
    src = re.sub(r"(\d),(\d)", r"\1.\2", expr) if ";" in expr else expr
    src = src.replace(";", ",").replace("^", "**").upper()
    try:
        v = _eval(ast.parse(src.strip(), mode="eval"))
    except (SyntaxError, ValueError, TypeError, ZeroDivisionError, OverflowError, RecursionError):
        return None
    return v if math.isfinite(v) else None


def formulas(text: str) -> list[Formula]:
    """Every spreadsheet formula in ``text`` (an operator or a function among its terms), in text order."""
    out = []
    for m in _FORMULA.finditer(text):
        expr = m.group("expr").rstrip(" ,;")
        if not re.search(r"[-+*/^]|[A-Za-z]", expr.lstrip("-+ ")) or not re.search(r"\d", expr):
            continue
        result = float(m.group("result").replace(",", ".")) if m.group("result") else None
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t"))
        end = m.end() if result is not None else m.start("expr") + len(expr)
        out.append(Formula(start, end, text[start:end], _value(expr), result))
    return out


def _same(a: float, b: float) -> bool:
    """Equal as written values are: to the precision of the shorter one (29 for √841, 0.2 for 1/5)."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9) or (abs(a - b) <= 0.5 * 10 ** -_decimals(b) * 1.0000001)


def _decimals(x: float) -> int:
    s = repr(float(x)).rstrip("0").rstrip(".")
    return len(s.split(".")[1]) if "." in s else 0


def unread_formula(found: Iterable[Formula], stated: Iterable[float]) -> Formula | None:
    """The first formula that is not a working of a value the text states (``stated``: the numbers written with
    a unit, as written): its value unknown, its named result not its value, or its value stated nowhere."""
    said = list(stated)
    for f in found:
        if f.value is None or (f.result is not None and not _same(f.value, f.result)):
            return f
        if not any(_same(f.value, v) or (f.result is not None and _same(f.result, v)) for v in said):
            return f
    return None
