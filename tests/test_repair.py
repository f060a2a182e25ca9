"""The loop reads the verdict (nesy.repair): a failed check's entities are redrawn in place, else re-solved;
rounds.json says what each round changed and why."""
import io
import json

import numpy as np
import pytest
from PIL import Image

from nesy.pipeline import generate
from nesy.registry import get_domain
from nesy.repair import composite, plan
from nesy.types import Check, Verdict

TEXT = "a fluorescence micrograph of 12 nuclei, well separated"


def _arr(png):
    return np.asarray(Image.open(io.BytesIO(png)))


class _Drops:
    """Draws the layout without the first nucleus while ``attempt`` is in ``bad`` (a renderer's local mistake)."""

    def __init__(self, bad=(0,)):
        self.bad, self.calls = set(bad), []

    def render(self, layout, scene, *, seed, attempt):
        from test_micro_model import drop_first_nucleus
        self.calls.append(attempt)
        r = get_domain("microscopy").render(layout, scene, controls=False)
        return drop_first_nucleus(layout, r)[0] if attempt in self.bad else r


def test_plan_names_the_drawn_entities_of_failed_checks_and_why():
    res = generate(TEXT, controls=False)
    v = Verdict((Check("nucleus_at", ("nucleus1",), "not found", 0.0, 5.0, False),
                 Check("nucleus_count", ("nucleus",), 11, 12, 0, False),
                 Check("nucleus_at", ("nucleus2",), 1.0, 0.0, 5.0, True)))
    rep = plan(v, res.layout)
    assert rep.entities == ("nucleus1",)  # "nucleus" is a kind, not a drawn entity; nucleus2 passed
    assert rep.reasons == ("nucleus_at(nucleus1): observed not found, expected 0.0 ± 5.0",
                           "nucleus_count(nucleus): observed 11, expected 12 ± 0")


def test_composite_replaces_only_the_named_outlines():
    res = generate(TEXT, controls=False)
    lay = res.layout
    old = res.rendering.png
    new_img = np.full_like(_arr(old), 200)
    buf = io.BytesIO()
    Image.fromarray(new_img, mode=Image.open(io.BytesIO(old)).mode).save(buf, format="PNG")
    out = _arr(composite(old, buf.getvalue(), lay, ("nucleus1",)))
    changed = out != _arr(old)
    changed = changed.any(axis=-1) if changed.ndim == 3 else changed
    s = lay.shape("nucleus1")
    x0, y0, x1, y1 = s.box
    ys, xs = np.nonzero(changed)
    assert len(xs) and xs.min() >= x0 - 8 and xs.max() <= x1 + 8 and ys.min() >= y0 - 8 and ys.max() <= y1 + 8
    assert composite(old, buf.getvalue(), lay, ("no-such-id",)) is None


def test_a_local_mistake_is_redrawn_in_place_and_recorded(tmp_path):
    r = _Drops(bad=(0,))
    res = generate(TEXT, renderer=r, rounds=3, out_dir=tmp_path)
    assert res.passed and r.calls == [0, 1]
    rounds = json.loads((tmp_path / "rounds.json").read_text())
    assert rounds[0]["action"] == {"kind": "draw"}
    act = rounds[1]["action"]
    first = next(e["id"] for e in res.layout.extra("ellipses") if e["kind"] == "nucleus")
    assert act["kind"] == "redraw" and act["entities"] == [first] and act["improved"] is True
    assert any(x.startswith(f"nucleus_at({first})") for x in act["reasons"])
    # everything that passed in round 1 is kept pixel for pixel: only the redrawn region differs
    before, after = _arr((tmp_path / "rounds" / "round-1.png").read_bytes()), _arr(res.rendering.png)
    diff = np.argwhere(before != after)
    x0, y0, x1, y1 = res.layout.shape(first).box
    assert len(diff) and diff[:, 0].min() >= y0 - 8 and diff[:, 0].max() <= y1 + 8


def test_a_redraw_that_does_not_help_is_followed_by_a_re_solve(tmp_path):
    from nesy.errors import VerificationFailedError
    r = _Drops(bad=(0, 1, 2))
    with pytest.raises(VerificationFailedError):
        generate(TEXT, renderer=r, rounds=3, out_dir=tmp_path)
    kinds = [x["action"]["kind"] for x in json.loads((tmp_path / "rounds.json").read_text())]
    assert kinds == ["draw", "redraw", "resolve"]
    assert json.loads((tmp_path / "verdict.json").read_text())["status"] == "failed"


def test_the_exact_renderer_records_its_rounds_too(tmp_path):
    generate("a cell with a nucleus", out_dir=tmp_path)
    assert [x["action"] for x in json.loads((tmp_path / "rounds.json").read_text())] == [{"kind": "draw"}]


def test_a_slow_renderers_drawing_time_is_not_the_solving_budget(tmp_path):
    import time as _t

    class Slow(_Drops):
        def render(self, layout, scene, *, seed, attempt):
            _t.sleep(2.5)  # a diffusion model on the CPU: minutes, not part of --timeout
            return super().render(layout, scene, seed=seed, attempt=attempt)

    res = generate(TEXT, renderer=Slow(bad=(0,)), rounds=3, timeout_s=2.0, out_dir=tmp_path)
    assert res.passed and res.verdict.rounds == 2
