import warnings

from hypothesis import settings

warnings.filterwarnings("ignore")

# CI must not depend on the draw of the run: every property test replays the same examples
# (derandomize), never times an example (deadline=None: the 2-core CI machine is often busy),
# and keeps no example database between runs.
settings.register_profile("nesy", derandomize=True, deadline=None, database=None, print_blob=True)
settings.load_profile("nesy")
