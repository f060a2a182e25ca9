"""``nesy serve`` in a real headless browser: Debian's Chromium driven by Selenium (no browser download).

Needs ``apt-get install -y chromium chromium-driver`` and ``pip install selenium``; skipped without
them, unless ``NESY_REQUIRE_BROWSER=1`` (then missing pieces fail the test). Screenshots go to
``$NESY_E2E_SCREENSHOTS`` when set, else to the test's temporary folder.
"""
import os
import shutil
import tempfile
import threading
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CELL = "A cell with a nucleus and two mitochondria"
CONFLICT = "A cell with a nucleus left of the vacuole. The vacuole is left of the nucleus."
UNKNOWN = "A cell with a flux capacitor"
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
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for f in FLAGS + [f"--user-data-dir={profile}"]:
        opts.add_argument(f)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    shots = Path(os.environ.get("NESY_E2E_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    try:
        driver.get(f"http://127.0.0.1:{srv.server_address[1]}/")
        # the cell domain, chosen in the page's own menu, keeps the test apart from other plug-ins' words
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import Select, WebDriverWait
        WebDriverWait(driver, 20).until(
            lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-state") == "ready")
        Select(driver.find_element(By.ID, "nz-domain")).select_by_value("cell")
        yield driver, shots
    finally:
        driver.quit()
        srv.shutdown()
        srv.server_close()
        shutil.rmtree(profile, ignore_errors=True)


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
    driver, shots = page
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
    driver, shots = page
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
    driver, shots = page
    submit(driver, UNKNOWN, "error")
    words = [s.text for s in driver.find_elements(By.CSS_SELECTOR, "#nz-annotated .nz-seg.nz-unknown")]
    assert words == ["flux", "capacitor"]
    assert driver.find_element(By.ID, "nz-error-title").text == "Unknown words"
    assert "'flux' at 14-18" in driver.find_element(By.ID, "nz-error-message").text
    assert not driver.find_element(By.ID, "nz-fix").is_displayed()  # nothing to remove: no fix offered
    driver.save_screenshot(str(shots / "serve-unknown.png"))
