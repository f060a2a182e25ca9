"""The downstream-utility segmenter: metrics on hand-built label images, deterministic training, instance splitting."""
from __future__ import annotations

import numpy as np
import pytest

from nesy.micro.segmenter import dice, instances, match_instances


def _disc(shape, cy, cx, r):
    ys, xs = np.mgrid[:shape[0], :shape[1]]
    return (ys - cy) ** 2 + (xs - cx) ** 2 <= r * r


def _three_objects():
    gt = np.zeros((64, 64), np.int32)
    gt[_disc(gt.shape, 14, 14, 8)] = 1
    gt[_disc(gt.shape, 14, 46, 8)] = 2
    gt[_disc(gt.shape, 46, 30, 10)] = 3
    return gt


def test_perfect_prediction_scores_one():
    gt = _three_objects()
    pred = np.zeros_like(gt)
    for new, old in ((7, 1), (3, 2), (5, 3)):   # numbering does not matter
        pred[gt == old] = new
    assert dice(pred, gt) == 1.0
    for t in (0.5, 0.3):
        r = match_instances(gt, pred, t)
        assert (r["tp"], r["fp"], r["fn"], r["f1"]) == (3, 0, 0, 1.0)
        assert r["mean_iou"] == pytest.approx(1.0)


def test_missing_object_lowers_f1_by_the_right_amount():
    gt = _three_objects()
    pred = np.where(gt == 2, 0, gt)
    r = match_instances(gt, pred, 0.5)
    assert (r["tp"], r["fp"], r["fn"]) == (2, 0, 1)
    assert r["f1"] == pytest.approx(2 * 2 / (2 * 2 + 0 + 1))     # 0.8
    assert r["precision"] == 1.0 and r["recall"] == pytest.approx(2 / 3)
    a1, a2, a3 = (int((gt == i).sum()) for i in (1, 2, 3))
    assert dice(pred, gt) == pytest.approx(2 * (a1 + a3) / (2 * (a1 + a3) + a2))


def test_merged_pair_counts_as_one_match_and_one_miss():
    gt = np.zeros((40, 60), np.int32)
    gt[10:30, 5:35] = 1          # 600 px
    gt[10:30, 35:45] = 2         # 200 px, touching object 1
    pred = np.zeros_like(gt)
    pred[10:30, 5:45] = 1        # the two merged: IoU 0.75 with object 1, 0.25 with object 2
    for t in (0.5, 0.3):
        r = match_instances(gt, pred, t)
        assert (r["tp"], r["fp"], r["fn"]) == (1, 0, 1)
        assert r["f1"] == pytest.approx(2 / 3)
    assert dice(pred, gt) == 1.0  # the foreground is right; only the object metric sees the merge
    # three equal objects merged into one: IoU 1/3 each → no match at 0.5 (1 FP, 3 FN), one match at 0.3
    gt3 = np.zeros((20, 60), np.int32)
    gt3[:, :20], gt3[:, 20:40], gt3[:, 40:] = 1, 2, 3
    pred3 = (gt3 > 0).astype(np.int32)
    r = match_instances(gt3, pred3, 0.5)
    assert (r["tp"], r["fp"], r["fn"], r["f1"]) == (0, 1, 3, 0.0)
    r = match_instances(gt3, pred3, 0.3)
    assert (r["tp"], r["fp"], r["fn"]) == (1, 0, 2) and r["f1"] == pytest.approx(0.5)


def test_split_object_counts_as_one_match_and_one_false_positive():
    gt = np.zeros((20, 40), np.int32)
    gt[:, :] = 1
    pred = np.zeros_like(gt)
    pred[:, :30], pred[:, 30:] = 1, 2                # IoU 0.75 and 0.25
    r = match_instances(gt, pred, 0.5)
    assert (r["tp"], r["fp"], r["fn"]) == (1, 1, 0)


def test_hungarian_matching_is_one_to_one():
    # at IoU ≥ 0.3 one prediction could match two objects; it may be counted only once
    gt = np.zeros((10, 30), np.int32)
    gt[:, :10], gt[:, 10:20] = 1, 2
    pred = np.zeros_like(gt)
    pred[:, 2:18] = 1                                 # IoU 8/18 with each
    pred[:, 20:30] = 2                                # a false positive
    r = match_instances(gt, pred, 0.3)
    assert (r["tp"], r["fp"], r["fn"]) == (1, 1, 1)


def test_empty_images():
    z = np.zeros((8, 8), np.int32)
    assert dice(z, z) == 1.0 and match_instances(z, z)["f1"] == 1.0
    one = z.copy()
    one[2:5, 2:5] = 1
    assert match_instances(one, z)["f1"] == 0.0 and match_instances(z, one)["f1"] == 0.0


def test_instances_split_touching_discs_with_the_boundary_channel():
    from nesy.micro.data import control_from_labels
    gt = np.zeros((64, 64), np.int32)
    gt[_disc(gt.shape, 32, 20, 11)] = 1
    gt[_disc(gt.shape, 32, 42, 11) & (gt == 0)] = 2   # touching along x ≈ 31
    assert ((gt[:, :-1] == 1) & (gt[:, 1:] == 2)).any()   # they touch: one blob of foreground
    prob = control_from_labels(gt)                    # ideal (foreground, boundary) "probabilities"
    lab = instances(prob)
    assert lab.max() == 2
    r = match_instances(gt, lab, 0.5)
    assert (r["tp"], r["fp"], r["fn"]) == (2, 0, 0) and r["mean_iou"] > 0.9
    # without the boundary channel the two touching discs are one blob
    prob0 = prob.copy()
    prob0[1] = 0.0
    assert instances(prob0).max() == 1


def test_unet_trains_deterministically():
    torch = pytest.importorskip("torch")
    from nesy.micro.segmenter import SegmenterConfig, build_unet, n_params, predict, train_segmenter
    n = torch.get_num_threads()
    try:
        torch.set_num_threads(1)
        assert 50_000 <= n_params(build_unet()) <= 200_000
        cfg = SegmenterConfig(steps=3, batch_size=2, crop=32)
        rng = np.random.default_rng(0)
        syn = [(rng.integers(0, 256, (48, 48), dtype=np.uint8), np.pad(np.ones((8, 8), np.int32), 20))]
        m1, i1 = train_segmenter(7, cfg, synthetic=syn)
        m2, i2 = train_segmenter(7, cfg, synthetic=syn)
        m3, _ = train_segmenter(8, cfg, synthetic=syn)
        assert i1["batch"] == (1, 1) and i1["losses"] == i2["losses"]
        s1, s2, s3 = m1.state_dict(), m2.state_dict(), m3.state_dict()
        assert all(torch.equal(s1[k], s2[k]) for k in s1)
        assert not all(torch.equal(s1[k], s3[k]) for k in s1)
        out = predict(m1, np.zeros((30, 26), np.float32))   # any size: padded to a multiple of 4 and cropped
        assert out.shape == (2, 30, 26) and np.all((out >= 0) & (out <= 1))
    finally:
        torch.set_num_threads(n)
