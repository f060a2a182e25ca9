"""The other-tool figure drawers of ``benchmarks/other_tools/<science>.py`` (issue 10), for the reader's tests:
the benchmark folder is not a package, so its modules are loaded by path."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def other_tools_module(science: str) -> ModuleType:
    """``benchmarks/other_tools/<science>.py`` as a module (``SCIENCE``, ``cases()``)."""
    spec = importlib.util.spec_from_file_location(f"other_tools_{science}",
                                                  ROOT / "benchmarks" / "other_tools" / f"{science}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
