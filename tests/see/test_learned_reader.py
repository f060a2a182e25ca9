"""nesy.see.learned / train_reader: the label-line recogniser nesy trains itself and runs in numpy.

A tiny model built from config (a few channels) trains a few steps on the CPU; its numpy forward pass
must equal torch's, and training must repeat exactly for a seed. The shipped weights must read nesy's
own clean labels exactly and tell a changed digit apart (through ``ocr.same_label``)."""
from __future__ import annotations

import numpy as np
import pytest

from nesy.see import learned, ocr

TINY = (4, 4, 6, 6, 8)


def _tiny(steps: int = 3, seed: int = 5):
    pytest.importorskip("torch")
    from nesy.see import train_reader as tr
    return tr.train(steps, seed, channels=TINY, batch_size=4, log_every=0)


def test_numpy_forward_equals_torch():
    torch = pytest.importorskip("torch")
    from nesy.see import train_reader as tr
    _weights, rec = _tiny()
    assert rec["steps"] == 3
    torch.manual_seed(0)
    model = tr.build_model(len(tr.ALPHABET) + 1, TINY)
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(2):      # a few steps, so batch norm's running statistics are not the identity
        x, widths, _ = tr.batch(np.random.default_rng(2), 4, tr._fonts())
        loss = model(torch.from_numpy(x)[:, None]).logsumexp(-1).mean() - model(torch.from_numpy(x)[:, None])[..., 0].mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    weights = tr.to_numpy(model)
    x, widths, _ = tr.batch(np.random.default_rng(1), 3, tr._fonts())
    with torch.no_grad():
        want = model(torch.from_numpy(x)[:, None]).numpy()          # T, N, classes
    assert len(set(widths)) > 1 or x.shape[2] > 8
    for i in range(x.shape[0]):
        got = learned.forward(weights, x[i])
        assert got.shape == (x.shape[2] // 4, len(tr.ALPHABET) + 1)
        np.testing.assert_allclose(got, want[:, i], atol=1e-4)


def test_training_is_deterministic_for_a_seed():
    a, _ = _tiny(seed=7)
    b, _ = _tiny(seed=7)
    c, _ = _tiny(seed=8)
    assert a.keys() == b.keys()
    assert all(np.array_equal(a[k], b[k]) for k in a)
    assert any(not np.array_equal(a[k], c[k]) for k in a)


def test_safetensors_round_trip(tmp_path):
    rng = np.random.default_rng(0)
    t = {"b.weight": rng.normal(size=(3, 2, 1, 5)).astype(np.float32), "a": rng.normal(size=(7,)).astype(np.float32)}
    learned.write_safetensors(tmp_path / "m.safetensors", t, {"k": "v"})
    back, meta = learned.read_safetensors(tmp_path / "m.safetensors")
    assert meta == {"k": "v"} and back.keys() == t.keys()
    assert all(np.array_equal(back[k], t[k]) and back[k].dtype == np.float32 for k in t)
    # the same tensors give the same bytes (weights are reproducible files)
    learned.write_safetensors(tmp_path / "m2.safetensors", dict(reversed(list(t.items()))), {"k": "v"})
    assert (tmp_path / "m.safetensors").read_bytes() == (tmp_path / "m2.safetensors").read_bytes()


def test_ctc_decoding_merges_repeats_and_drops_blanks():
    alphabet = "ab"
    seq = [1, 1, 0, 1, 2, 2, 0, 0]          # a a _ a b b _ _  →  "aab"
    lp = np.full((len(seq), 3), np.log(0.05))
    for t, c in enumerate(seq):
        lp[t, c] = np.log(0.9)
    text, conf = learned.decode(lp, alphabet)
    assert text == "aab" and conf == pytest.approx(0.9)
    assert learned.decode(np.log(np.array([[0.9, 0.05, 0.05]] * 4)), alphabet) == ("", 0.0)


def test_empty_and_tiny_crops_read_nothing():
    if not learned.available():
        pytest.skip("no shipped reader weights")
    assert learned.read_line(np.zeros((2, 2, 3), np.uint8)) == ("", 0.0)
    text, conf = learned.read_line(np.full((20, 60, 3), 255, np.uint8))
    assert text == "" or conf < ocr.MIN_SCORE


LABELS = [("R1 = 10 kΩ", 13), ("V1 = 9 V", 13), ("LP1", 13), ("S1", 13), ("5 cm", 15), ("40°", 15),
          ("Earth 1.00 AU", 13), ("m = 3 kg", 14), ("F = 40 N", 14), ("object", 13)]


def _crops(labels):
    from nesy.render.svg import render_layout
    from nesy.see.reader_eval import label_crops
    from nesy.types import Label, Layout
    lay = Layout("circuits", 420, 40 * len(labels) + 20,
                 labels=tuple(Label(t, 210, 40 * (i + 1), float(s), "middle") for i, (t, s) in enumerate(labels)))
    return label_crops(render_layout(lay, controls=False).png, lay, "clean")


def test_shipped_weights_read_clean_labels_and_tell_a_changed_digit():
    if not learned.available():
        pytest.skip("no shipped reader weights")
    reads = [(t, learned.read_line(c)) for t, c in _crops(LABELS)]
    assert [r for _, (r, _) in reads] == [t for t, _ in LABELS]
    # a right reading never rejects its label; most are read confidently enough to confirm it
    decisions = [ocr.same_label(t, r, s) for t, (r, s) in reads]
    assert False not in decisions and decisions.count(True) >= len(LABELS) // 2, decisions
    changed = [("R1 = 17 kΩ", 13), ("V1 = 8 V", 13), ("7 cm", 15), ("m = 5 kg", 14)]
    for (want, _), (t, c) in zip([("R1 = 10 kΩ", 0), ("V1 = 9 V", 0), ("5 cm", 0), ("m = 3 kg", 0)], _crops(changed)):
        r, s = learned.read_line(c)
        assert ocr.same_label(want, r, s) is not True, (want, t, r, s)


def test_core_install_reads_lines_with_the_learned_reader(monkeypatch):
    if not learned.available():
        pytest.skip("no shipped reader weights")
    monkeypatch.setenv("NESY_OCR_ENGINE", "learned")
    assert not ocr.available() and ocr.engine() == "learned" and ocr.can_read_line()
    (text, crop), = _crops([("R2 = 4.7 kΩ", 13)])
    assert ocr.read_line(crop)[0] == "R2 = 4.7 kΩ"
    monkeypatch.setenv("NESY_OCR_ENGINE", "nonsense")
    with pytest.raises(ValueError, match="NESY_OCR_ENGINE"):
        ocr.engine()


@pytest.mark.parametrize("args, says", [
    (["--steps", "0"], "--steps must be"),
    (["--batch", "0"], "--batch must be"),
    (["--eval", "-1"], "--eval must be"),
    (["--out", "/proc/nesy-no-such-folder"], "cannot write there"),
])
def test_train_reader_refuses_bad_options_before_training(args, says, capsys):
    """A bad option is answered at once with what is wrong (exit 2), never after hours of training or
    with a traceback ('--batch 0' used to end in 'max() arg is an empty sequence')."""
    from nesy.see import train_reader as tr
    with pytest.raises(SystemExit) as e:
        tr.main(args)
    assert e.value.code == 2
    assert says in capsys.readouterr().err
