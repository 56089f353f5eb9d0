"""Fixtures of the real-browser tests. The server is started by e2e/run.sh (E2E_BASE)."""
import os
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import browser  # noqa: E402

SCREENSHOTS = Path(os.environ.get("E2E_SCREENSHOTS") or Path(__file__).parent / "screenshots")


@pytest.fixture(scope="session")
def base_url():
    base = os.environ.get("E2E_BASE", "").rstrip("/")
    if not base:
        pytest.fail("E2E_BASE is not set: run e2e/run.sh, or start a server and export E2E_BASE=http://127.0.0.1:PORT")
    return base


@pytest.fixture
def browsers():
    """Opens headless Chromium windows on demand (one per person); all are closed afterwards."""
    opened = []

    def open_browser(label):
        driver = browser.new_browser(label)
        opened.append(driver)
        return driver

    yield open_browser
    for driver in opened:
        browser.quit_browser(driver)


@pytest.fixture
def driver(browsers):
    return browsers("browser")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """When a test fails, saves a screenshot and the page text of every browser still open."""
    report = (yield).get_result()
    if report.failed and browser.OPEN_BROWSERS:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        stem = re.sub(r"[^\w.-]+", "_", item.nodeid.split("::")[-1])
        for label, driver in browser.OPEN_BROWSERS:
            name = f"{stem}-{report.when}-{label}"
            try:
                driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
                (SCREENSHOTS / f"{name}.txt").write_text(
                    f"{driver.current_url}\n\n{browser.text(driver)}\n", encoding="utf-8")
            except Exception as error:  # a crashed browser must not hide the test's own failure
                (SCREENSHOTS / f"{name}.txt").write_text(f"could not save this browser: {error}\n", encoding="utf-8")
        report.sections.append(("screenshots", f"saved to {SCREENSHOTS}"))
