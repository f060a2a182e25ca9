"""nesy's errors cross process boundaries intact: a worker's error reaches the caller as itself."""
from __future__ import annotations

import inspect
import pickle

import pytest

import nesy.errors as E
from nesy.types import Verdict

SAMPLES = {
    E.NesyError: ("x",), E.InputError: ("bad value",), E.UnsupportedError: ("too large",),
    E.NothingToDrawError: ("the text names no lens or mirror",),
    E.SpecError: ("spec field 'a': bad", "a"), E.UnknownWordsError: ([("flux", 14, 18)], "a cell with a flux"),
    E.UnsatisfiableError: ([{"text": "a nucleus larger than the cell"}], [{"law": "size", "source": "Alberts"}], None, "detail"),
    E.SolverTimeoutError: ("solve", 1.5, 2.0), E.VerificationFailedError: (Verdict((), 1),),
    E.MissingExtraError: ("reading labels", "ocr", "rapidocr_onnxruntime"),
    E.OutOfScopeError: ("nothing to draw", ("cell",), ("chart",)),
}


def test_every_error_class_has_a_sample():
    classes = {c for _, c in inspect.getmembers(E, inspect.isclass) if issubclass(c, E.NesyError)}
    assert classes == set(SAMPLES)


@pytest.mark.parametrize("cls", list(SAMPLES), ids=lambda c: c.__name__)
def test_errors_survive_pickling(cls):
    err = cls(*SAMPLES[cls])
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is cls and str(back) == str(err) and back.exit_code == err.exit_code
    assert set(back.__dict__) == set(err.__dict__)
