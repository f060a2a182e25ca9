"""The control edge map: nesy's own Canny must equal OpenCV's, which ControlNet's canny models were trained on."""
import io

import numpy as np
import pytest
from PIL import Image

from nesy.render.edges import canny


def _images():
    rng = np.random.default_rng(0)
    from scipy.ndimage import gaussian_filter
    yield "noise", (rng.random((61, 83, 3)) * 255).astype(np.uint8)
    yield "blurred noise", gaussian_filter((rng.random((64, 80, 3)) * 255), (1.5, 1.5, 0)).astype(np.uint8)
    yield "grey", gaussian_filter(rng.random((50, 50)) * 255, 1.0).astype(np.uint8)
    img = np.full((40, 60, 3), 255, np.uint8)
    img[10:30, 15:45] = (200, 30, 30)
    yield "rectangle", img
    yield "one pixel", np.zeros((1, 1, 3), np.uint8)


@pytest.mark.parametrize("name,img", list(_images()), ids=[n for n, _ in _images()])
def test_canny_equals_opencv(name, img):
    cv2 = pytest.importorskip("cv2")  # installed with the diffusion extra (controlnet-aux)
    assert (canny(img, 100, 200) == cv2.Canny(np.ascontiguousarray(img), 100, 200)).all()


def test_canny_on_a_nesy_figure_equals_opencv():
    cv2 = pytest.importorskip("cv2")
    from nesy import generate
    res = generate("A cell with a nucleus and three mitochondria", controls=True)
    img = np.asarray(Image.open(io.BytesIO(res.rendering.png)).convert("RGB"))
    edges = dict(res.rendering.controls)["edges.png"]
    got = np.asarray(Image.open(io.BytesIO(edges)))[:, :, 0]
    assert (got == cv2.Canny(np.ascontiguousarray(img), 100, 200)).all()


def test_canny_finds_a_rectangle_outline_and_nothing_on_a_flat_image():
    img = np.full((40, 60, 3), 255, np.uint8)
    assert canny(img).max() == 0
    img[10:30, 15:45] = (0, 0, 0)
    e = canny(img)
    assert e[10:30, 14:16].any() and e[20, 30] == 0 and set(np.unique(e)) == {0, 255}


def test_canny_refuses_what_is_not_an_8_bit_image():
    with pytest.raises(ValueError, match="uint8"):
        canny(np.zeros((4, 4), np.float32))
    with pytest.raises(ValueError, match="shape"):
        canny(np.zeros((0, 4, 3), np.uint8))
