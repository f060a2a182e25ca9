"""``nesy serve`` in a real headless browser: Debian's Chromium driven by Selenium (no browser download).

Needs ``apt-get install -y chromium chromium-driver`` and ``pip install selenium``; skipped without
them, unless ``NESY_REQUIRE_BROWSER=1`` (then missing pieces fail the test). Screenshots go to
``$NESY_E2E_SCREENSHOTS`` when set, else to the test's temporary folder.
"""
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, quote, urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CELL = "A cell with a nucleus and two mitochondria"
CONFLICT = "A cell with a nucleus left of the vacuole. The vacuole is left of the nucleus."
UNKNOWN = "A cell with a nucleus and a flux capacitor"
BIG_CELL = ("An animal cell with a nucleus containing a nucleolus, 12 mitochondria, two lysosomes, a Golgi "
            "apparatus, the endoplasmic reticulum and 8 ribosomes")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--window-size=1400,1000"]


def _need(ok: bool, why: str) -> None:
    if not ok:
        if os.environ.get("NESY_REQUIRE_BROWSER") == "1":
            pytest.fail(why)
        pytest.skip(why)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    try:
        import selenium  # noqa: F401
    except ImportError:
        _need(False, "selenium is not installed (pip install selenium)")
    _need(Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists(),
          "Chromium not found (apt-get install -y chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from nesy.serve import make_server
    srv = make_server("127.0.0.1", 0, quiet=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    profile = tempfile.mkdtemp(prefix="nesy-chromium-")
    downloads = tmp_path_factory.mktemp("downloads")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for f in FLAGS + [f"--user-data-dir={profile}"]:
        opts.add_argument(f)
    opts.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                           "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    shots = Path(os.environ.get("NESY_E2E_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    base = f"http://127.0.0.1:{srv.server_address[1]}/"
    try:
        open_page(driver, base)
        yield SimpleNamespace(driver=driver, shots=shots, base=base, downloads=downloads)
    finally:
        driver.quit()
        srv.shutdown()
        srv.server_close()
        shutil.rmtree(profile, ignore_errors=True)


def state_of(driver) -> str:
    from selenium.webdriver.common.by import By
    return driver.find_element(By.TAG_NAME, "body").get_attribute("data-state")


def open_page(driver, base: str) -> None:
    """Load the plain page and choose the cell domain in its own menu (apart from other plug-ins' words)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
    driver.get(base)
    WebDriverWait(driver, 20).until(lambda d: state_of(d) == "ready")
    Select(driver.find_element(By.ID, "nz-domain")).select_by_value("cell")


def submit(driver, text: str, state: str) -> None:
    """Type ``text``, press Generate and wait until the page shows the outcome ``state``."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, 20).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-state")
                                    in ("ready", "done", "error"))
    box = driver.find_element(By.ID, "nz-text")
    box.clear()
    box.send_keys(text)
    driver.find_element(By.ID, "nz-run").click()
    WebDriverWait(driver, 45).until(
        lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-state") in ("done", "error")
        and d.find_element(By.ID, "nz-text").get_attribute("value") == text)
    assert driver.find_element(By.TAG_NAME, "body").get_attribute("data-state") == state, \
        driver.find_element(By.ID, "nz-status").text


def test_figure_and_passing_checks(page):
    from selenium.webdriver.common.by import By
    driver, shots = page.driver, page.shots
    submit(driver, CELL, "done")
    fig = driver.find_element(By.ID, "nz-figure")
    for eid in ("cell1", "nucleus1", "mitochondrion1", "mitochondrion2"):
        assert fig.find_element(By.CSS_SELECTOR, f'svg [id="{eid}"]').is_displayed()
    rows = driver.find_elements(By.CSS_SELECTOR, "#nz-checks tbody tr")
    assert rows and all("nz-pass" in r.get_attribute("class") for r in rows)
    assert driver.find_element(By.ID, "nz-status").text.startswith(f"verified: {len(rows)} checks passed")
    # the text is coloured by entity: "a nucleus" is one segment tied to nucleus1
    segs = {s.text: s.get_attribute("data-entities")
            for s in driver.find_elements(By.CSS_SELECTOR, "#nz-annotated .nz-seg.nz-ent")}
    assert segs["a nucleus"] == "nucleus1" and segs["two mitochondria"] == "mitochondrion1 mitochondrion2"
    assert driver.find_elements(By.CSS_SELECTOR, '#nz-scene li[data-entity="nucleus1"]')
    # clicking a check about the nucleus highlights exactly its entities in the figure
    row = next(r for r in rows if r.get_attribute("data-args") == "nucleus1")
    row.click()
    hl = [e.get_attribute("id") for e in fig.find_elements(By.CSS_SELECTOR, "svg .nz-hl")]
    assert hl == ["nucleus1"] and "nz-dimmed" in fig.get_attribute("class")
    driver.save_screenshot(str(shots / "serve-figure.png"))


def test_conflict_is_marked_and_the_fix_applies(page):
    from selenium.webdriver.common.by import By
    driver, shots = page.driver, page.shots
    submit(driver, CONFLICT, "error")
    marked: dict[str, str] = {}
    for s in driver.find_elements(By.CSS_SELECTOR, "#nz-annotated .nz-seg.nz-conflict"):
        i = s.get_attribute("data-conflict")
        marked[i] = marked.get(i, "") + s.get_attribute("textContent")
    assert sorted(marked.values()) == ["The vacuole is left of the nucleus", "a nucleus left of the vacuole"]
    assert driver.find_element(By.ID, "nz-error-title").text == "Impossible specification"
    fix = driver.find_element(By.ID, "nz-fix")
    assert fix.is_displayed() and "a nucleus left of the vacuole" in fix.text
    assert not driver.find_elements(By.CSS_SELECTOR, "#nz-figure svg")
    driver.save_screenshot(str(shots / "serve-conflict.png"))
    driver.find_element(By.ID, "nz-apply-fix").click()
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, 45).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-state")
                                    == "done")
    assert driver.find_element(By.ID, "nz-text").get_attribute("value") == \
        "A cell with. The vacuole is left of the nucleus."
    assert not driver.find_element(By.ID, "nz-error").is_displayed()
    assert driver.find_elements(By.CSS_SELECTOR, '#nz-figure svg [id="vacuole1"]')


def test_unknown_words_are_marked(page):
    from selenium.webdriver.common.by import By
    driver, shots = page.driver, page.shots
    submit(driver, UNKNOWN, "error")
    words = [s.text for s in driver.find_elements(By.CSS_SELECTOR, "#nz-annotated .nz-seg.nz-unknown")]
    assert words == ["flux capacitor"]  # one phrase not drawn, with its position (nesy.parse.account)
    assert driver.find_element(By.ID, "nz-error-title").text == "Unknown words"
    assert "'flux capacitor' at 28-42" in driver.find_element(By.ID, "nz-error-message").text
    assert not driver.find_element(By.ID, "nz-fix").is_displayed()  # nothing to remove: no fix offered
    driver.save_screenshot(str(shots / "serve-unknown.png"))


def test_a_phrase_left_out_is_marked_and_the_figure_is_not_called_verified(page):
    from selenium.webdriver.common.by import By
    driver = page.driver
    text = "a cell with a nucleus, two mitochondria and a flux capacitor"
    submit(driver, text, "done")
    status = driver.find_element(By.ID, "nz-status")
    assert status.text.startswith("verified with omissions") and "'flux capacitor' at 46-60" in status.text
    assert "nz-warn" in status.get_attribute("class")
    marked = "".join(s.text for s in driver.find_elements(By.CSS_SELECTOR, "#nz-annotated .nz-seg.nz-unknown"))
    assert marked == "flux capacitor"
    assert driver.find_elements(By.CSS_SELECTOR, "#nz-figure svg")  # the rest is drawn


def test_a_text_in_the_address_runs_and_the_address_follows_each_run(page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
    driver = page.driver
    try:
        driver.get(page.base + "?text=" + quote(CELL) + "&seed=3&domain=cell")
        WebDriverWait(driver, 60).until(lambda d: state_of(d) == "done")
        assert driver.find_element(By.ID, "nz-text").get_attribute("value") == CELL
        assert driver.find_element(By.ID, "nz-seed").get_attribute("value") == "3"
        assert Select(driver.find_element(By.ID, "nz-domain")).first_selected_option.get_attribute("value") == "cell"
        assert driver.find_elements(By.CSS_SELECTOR, '#nz-figure svg [id="nucleus1"]')
        other = "A cell with a nucleus & three mitochondria?"  # characters a URL must escape
        submit(driver, other, "done")
        q = parse_qs(urlsplit(driver.current_url).query)
        assert q == {"text": [other], "seed": ["3"], "domain": ["cell"]}
        # the shared link reproduces the run
        driver.get(driver.current_url)
        WebDriverWait(driver, 60).until(lambda d: state_of(d) == "done")
        assert driver.find_element(By.ID, "nz-text").get_attribute("value") == other
        assert len(driver.find_elements(By.CSS_SELECTOR, '#nz-figure svg [id^="mitochondrion"]')) == 3
    finally:
        open_page(driver, page.base)


def test_the_failures_only_filter_and_long_law_names(page):
    from selenium.webdriver.common.by import By
    driver = page.driver
    law = "sum_of_currents_into_every_node_is_zero_within_tolerance"
    checks = [{"law": law if i == 0 else "inside", "args": [f"a{i}", "cell1"], "observed": i, "expected": 0,
               "tolerance": 0.5, "passed": i % 2 == 0, "phrase": "a cell"} for i in range(5)]
    driver.execute_script("renderChecks(arguments[0]);", {"checks": checks, "rounds": 1})
    assert driver.find_element(By.ID, "nz-fail-count").text == "2 of 5 failing"
    rows = driver.find_elements(By.CSS_SELECTOR, "#nz-checks tbody tr")
    # a long law name stays whole on one line (the table scrolls sideways instead)
    cell = rows[0].find_elements(By.TAG_NAME, "td")[1]
    assert cell.text == law
    lines = driver.execute_script("const r = document.createRange(); r.selectNodeContents(arguments[0]);"
                                  "return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size", cell)
    assert lines == 1
    box = driver.find_element(By.ID, "nz-failures-only")
    assert not box.is_selected() and all(r.is_displayed() for r in rows)
    box.click()
    assert [r.get_attribute("data-index") for r in rows if r.is_displayed()] == ["1", "3"]
    assert not driver.find_element(By.ID, "nz-checks-none").is_displayed()
    driver.save_screenshot(str(page.shots / "serve-failures-only.png"))
    # still on for the next verdict; with nothing failing the table says so
    driver.execute_script("renderChecks(arguments[0]);", {"checks": [dict(checks[0], passed=True)], "rounds": 1})
    assert driver.find_element(By.ID, "nz-fail-count").text == "0 of 1 failing"
    assert driver.find_element(By.ID, "nz-checks-none").is_displayed()
    box.click()
    assert all(r.is_displayed() for r in driver.find_elements(By.CSS_SELECTOR, "#nz-checks tbody tr"))
    assert not driver.find_element(By.ID, "nz-checks-none").is_displayed()


def test_the_figure_downloads_as_svg_and_png(page):
    from selenium.webdriver.common.by import By
    driver = page.driver
    submit(driver, CELL, "done")
    links = {n: driver.find_element(By.ID, f"nz-download-{n}") for n in ("svg", "png")}
    for name, a in links.items():
        assert a.is_displayed() and a.get_attribute("href").startswith("blob:")
        assert a.get_attribute("download") == f"figure.{name}"
    for a in links.values():
        a.click()
    want = {"figure.svg", "figure.png"}
    deadline = time.monotonic() + 30
    while {p.name for p in page.downloads.iterdir()} & want != want and time.monotonic() < deadline:
        time.sleep(0.2)
    png = (page.downloads / "figure.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000
    from PIL import Image
    import io
    assert min(Image.open(io.BytesIO(png)).size) > 100
    svg = (page.downloads / "figure.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<") and 'id="nucleus1"' in svg and "<svg" in svg


def test_the_scene_graph_stays_readable_with_thirty_entities(page):
    from selenium.webdriver.common.by import By
    driver = page.driver
    submit(driver, BIG_CELL, "done")
    graph = driver.find_element(By.CSS_SELECTOR, "#nz-scene svg.nz-graph")
    labels = [t.text for t in graph.find_elements(By.CSS_SELECTOR, ".nz-node text")]
    assert "12 × mitochondrion" in labels and "8 × ribosome" in labels and "nucleolus1" in labels
    assert len(labels) <= 12  # 27 entities, drawn as a handful of nodes
    # drawn at its natural size: text is never shrunk below the CSS font size
    assert abs(graph.size["width"] - float(graph.get_attribute("width"))) < 1.5
    boxes = driver.execute_script(
        "return [...arguments[0].querySelectorAll('.nz-node')].map(g => {"
        " const r = g.lastElementChild.previousElementSibling.previousElementSibling.getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom]; })", graph)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    # the nucleolus hangs below the nucleus: the tree runs top-down
    y = {t.text: t.location["y"] for t in graph.find_elements(By.CSS_SELECTOR, ".nz-node text")}
    assert y["cell1"] < y["nucleus1"] < y["nucleolus1"]
    group = next(g for g in graph.find_elements(By.CSS_SELECTOR, ".nz-node")
                 if g.find_element(By.TAG_NAME, "text").text == "12 × mitochondrion")
    group.click()
    hl = driver.find_elements(By.CSS_SELECTOR, "#nz-figure svg .nz-hl")
    assert sorted(e.get_attribute("id") for e in hl) == sorted(f"mitochondrion{i}" for i in range(1, 13))
    driver.save_screenshot(str(page.shots / "serve-scene-graph.png"))
