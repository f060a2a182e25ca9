import os
import warnings

from hypothesis import settings

warnings.filterwarnings("ignore")

# CI must not depend on the draw of the run: every property test replays the same examples
# (derandomize), never times an example (deadline=None: the 2-core CI machine is often busy),
# and keeps no example database between runs.
settings.register_profile("nesy", derandomize=True, deadline=None, database=None, print_blob=True)
# NESY_HYPOTHESIS=explore: fresh random draws (long local fuzz runs, never CI)
settings.register_profile("explore", deadline=None, database=None, print_blob=True)
settings.load_profile("explore" if os.environ.get("NESY_HYPOTHESIS") == "explore" else "nesy")


# Tests of the optional extras skip in a core install (pip install -e ".[test]"). CI installs every extra and
# sets NESY_REQUIRE_EXTRAS=1, so there a missing extra fails the run instead of silently skipping its tests.
_EXTRAS = {"torch": "diffusion", "diffusers": "diffusion", "safetensors": "diffusion", "controlnet_aux": "diffusion",
           "cv2": "diffusion", "stardist": "microscopy", "pyarrow": "dataset", "ray": "dataset",
           "rapidocr_onnxruntime": "ocr"}


def pytest_sessionstart(session):
    import importlib.util
    import os
    if os.environ.get("NESY_REQUIRE_EXTRAS") == "1":
        import shutil
        missing = [f"{m} (nesy[{x}])" for m, x in _EXTRAS.items() if importlib.util.find_spec(m) is None]
        # graphviz's `dot` draws the other-tool automata figures the reader's tests read (Debian: graphviz)
        missing += [] if shutil.which("dot") else ["dot (apt-get install graphviz)"]
        if missing:
            import pytest
            pytest.exit("NESY_REQUIRE_EXTRAS=1 but these are not installed: " + ", ".join(missing), returncode=3)
