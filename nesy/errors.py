"""The one exception tree of nesy.

::

    NesyError                      base of everything nesy raises on purpose
    ├── InputError                 bad argument or bad input text/file (names the argument and value)
    │   ├── UnknownWordsError      words the grammar does not know, with their character positions
    │   ├── SpecError              a --spec file that fails the published JSON Schema (names the field)
    │   ├── UnsupportedError       well-formed, but outside what a domain can draw (never a wrong figure)
    │   └── OutOfScopeError        the text belongs to none of nesy's sciences, or to two at once
    │                              (names the sciences and the words read; --domain chooses)
    ├── UnsatisfiableError         the specification is impossible: carries the conflicting phrases,
    │                              the domain laws involved and a smallest fix
    ├── SolverTimeoutError         a solve ran past its time budget (never a hang or a wrong figure)
    ├── VerificationFailedError    the figure failed verification after every allowed round
    └── MissingExtraError          the feature needs an optional extra that is not installed
                                   (names the extra: ``pip install 'nesy[diffusion]'``)

Every error renders as one clear message (``str(err)``); the CLI prints it and exits non-zero.
"""
from __future__ import annotations

import re
from typing import Any, Sequence

__all__ = [
    "NesyError",
    "InputError",
    "UnknownWordsError",
    "SpecError",
    "UnsupportedError",
    "OutOfScopeError",
    "UnsatisfiableError",
    "SolverTimeoutError",
    "VerificationFailedError",
    "MissingExtraError",
    "require_extra",
    "quote_phrases",
]


class NesyError(Exception):
    """Base class of every error nesy raises on purpose.

    Picklable whatever a subclass's constructor takes (``__reduce__`` replays the constructor's own
    arguments), so an error raised in a worker process (``nesy dataset``'s pool, Ray, the page's worker)
    reaches the caller as itself instead of breaking the pool."""

    exit_code = 2

    def __new__(cls, *args: Any, **kwargs: Any):
        self = super().__new__(cls, *args)
        self._ctor = (args, kwargs)
        return self

    def __reduce__(self):
        args, kwargs = getattr(self, "_ctor", (self.args, {}))
        return _rebuild, (type(self), args, kwargs, self.__dict__)

    def __str__(self) -> str:
        return quote_phrases(super().__str__())


# a phrase quoted 'so' that holds an apostrophe ('doesn't' at 3-10): the quote would end inside the phrase
_QUOTED_AT = re.compile(r"(?<!\w)'((?:[^'\n]|(?<=\w)'(?=\w))+?)'(?= at \d+-\d+)")


def quote_phrases(msg: str) -> str:
    """``msg`` with every phrase quoted as ``'…' at N-M`` that holds an apostrophe ("doesn't", "I'd")
    quoted with double quotes instead, so that the phrase reads whole (a reader taking the first
    apostrophe as the closing quote would see 'doesn')."""
    return _QUOTED_AT.sub(lambda m: f'"{m.group(1)}"' if "'" in m.group(1) else m.group(0), msg)


def _rebuild(cls: type, args: tuple, kwargs: dict, state: dict) -> "NesyError":
    err = cls(*args, **kwargs)
    err.__dict__.update(state)
    return err


class InputError(NesyError, ValueError):
    """An argument or an input is malformed; the message names it and the value received."""


class UnknownWordsError(InputError):
    """The text holds words the domain grammar does not know.

    ``words`` is a list of ``(word, start, end)`` character offsets into the text.
    """

    def __init__(self, words: Sequence[tuple[str, int, int]], text: str, why: str = ""):
        self.words = list(words)
        self.text = text
        self.why = why
        shown = ", ".join(f"'{w}' at {s}-{e}" for w, s, e in self.words[:20])
        more = f" (and {len(self.words) - 20} more)" if len(self.words) > 20 else ""
        if why:  # too little of the text could be read to draw a figure of it
            super().__init__(f"{why}: {shown}{more}; rephrase them in words nesy draws")
        else:
            super().__init__(
                f"unknown word{'s' if len(self.words) > 1 else ''}: {shown}{more}; "
                f"rephrase {'them' if len(self.words) > 1 else 'it'}, or let nesy draw the rest and list what "
                "it leaves out (nesy generate without --strict; parse(..., allow_unknown=True))"
            )


class SpecError(InputError):
    """A scene-graph spec file (YAML/JSON) does not validate; ``field`` is its JSON path."""

    def __init__(self, message: str, field: str = ""):
        self.field = field
        super().__init__(f"spec field '{field}': {message}" if field else message)


class UnsupportedError(InputError):
    """The specification is well formed but asks for a drawing this domain cannot make exactly."""


class NothingToDrawError(InputError):
    """The science's reader found nothing of its own to draw in the text ("the text names no lens or mirror").
    When the science was detected rather than chosen with ``--domain``, the pipeline answers this as
    :class:`OutOfScopeError`, listing the sciences nesy draws: the text may be about none of them."""


class OutOfScopeError(InputError):
    """Detection found no science that clearly claims the text (``candidates`` empty: the text is about
    something nesy does not draw) or several that claim it equally (``candidates``: their keys).
    ``words``: the phrases nesy read that belong to none of its sciences."""

    def __init__(self, message: str, candidates: Sequence[str] = (), words: Sequence[str] = ()):
        self.candidates = list(candidates)
        self.words = list(words)
        super().__init__(message)


class UnsatisfiableError(NesyError):
    """The specification is impossible.

    ``phrases``: the user's phrases in the unsat core, as ``{"text", "start", "end"}`` dicts.
    ``laws``: the domain laws involved, as ``{"law", "source"}`` dicts.
    ``fix``: a smallest set of phrases whose removal makes the specification satisfiable.
    """

    exit_code = 3

    def __init__(self, phrases: list[dict[str, Any]], laws: list[dict[str, Any]],
                 fix: list[dict[str, Any]] | None = None, detail: str = ""):
        self.phrases = phrases
        self.laws = laws
        self.fix = fix or []
        self.detail = detail
        ph = "; ".join(f"\"{p['text']}\"" for p in phrases) or "(no phrase)"
        msg = f"impossible specification: these phrases conflict: {ph}"
        if laws:
            msg += " — under the law" + ("s " if len(laws) > 1 else " ") + "; ".join(
                f"{l['law']} ({l['source']})" for l in laws)
        if detail:
            msg += f" — {detail}"
        if self.fix:
            msg += "; smallest fix: remove " + " and ".join(f"\"{p['text']}\"" for p in self.fix)
        super().__init__(msg)

    def to_dict(self) -> dict[str, Any]:
        return {"phrases": self.phrases, "laws": self.laws, "fix": self.fix, "detail": self.detail}


class SolverTimeoutError(NesyError):
    """A solve exceeded its time budget (seconds); raised instead of hanging or guessing."""

    exit_code = 4

    def __init__(self, stage: str, seconds: float, budget: float | None = None):
        self.stage = stage
        self.seconds = seconds  # wall-clock seconds actually spent
        self.budget = seconds if budget is None else budget
        extra = "" if budget is None else f" (budget {budget:g} s)"
        super().__init__(f"{stage} timed out after {seconds:.1f} s{extra}; raise --timeout or simplify the text")


class VerificationFailedError(NesyError):
    """The rendered figure failed its verification in every allowed round."""

    exit_code = 5

    def __init__(self, verdict: Any):
        self.verdict = verdict
        failed = [c for c in verdict.checks if not c.passed]
        desc = "; ".join(f"{c.law}({', '.join(c.args)}): observed {c.observed}" for c in failed[:5])
        super().__init__(
            f"figure failed verification after {verdict.rounds} round(s): {len(failed)} failing "
            f"check(s): {desc}")


class MissingExtraError(NesyError):
    """A feature needs an optional part of nesy that is not installed; the message says what to install."""

    exit_code = 6

    def __init__(self, feature: str, extra: str, module: str):
        self.feature = feature
        self.extra = extra
        self.module = module
        super().__init__(f"{feature} needs the '{extra}' extra ({module} is not installed): "
                         f"pip install 'nesy[{extra}]'")


def require_extra(module: str, extra: str, feature: str) -> None:
    """Raise ``MissingExtraError`` unless ``module`` can be imported (checked without importing it)."""
    import importlib.util
    try:
        found = importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise MissingExtraError(feature, extra, module)


def require_writable(path, *, folder: bool, option: str) -> None:
    """Raise :class:`InputError` naming ``option`` when ``path`` cannot be written: a folder is made (with its
    parents) and a probe file written and removed; a file's folder must exist and take a probe. Trainers call
    this before training, so a bad output path is answered at once, not after the run."""
    from pathlib import Path
    p = Path(path)
    where = p if folder else (p.parent if str(p.parent) else Path("."))
    made: list[Path] = []   # folders made only to probe are removed again: the check leaves nothing behind
    try:
        if folder:
            missing = [q for q in [where, *where.parents] if not q.exists()]
            for q in reversed(missing):
                q.mkdir()
                made.append(q)
        probe = where / f".nesy-write-test-{id(p)}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise InputError(f"{option} {path}: cannot write there ({e.strerror or e})") from None
    finally:
        for q in reversed(made):
            try:
                q.rmdir()
            except OSError:
                pass
