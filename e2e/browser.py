"""Shared helpers of the real-browser tests: headless Chromium, explicit waits, sign-in, forms."""
import os
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone

from selenium import webdriver
from selenium.common.exceptions import (
    NoSuchElementException, StaleElementReferenceException, TimeoutException, WebDriverException)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

# Selenium must not phone home for usage statistics.
os.environ["SE_AVOID_STATS"] = "true"

DEMO_PASSWORD = "sujarit-demo-2569"
WAIT_SECONDS = 30


def bangkok_today():
    return datetime.now(timezone(timedelta(hours=7))).date()


def fiscal_year(today):
    """The Thai fiscal year (Buddhist era) containing `today`: it starts on 1 October."""
    return today.year + 543 + (1 if today.month >= 10 else 0)


FISCAL_YEAR = fiscal_year(bangkok_today())
ROUND_SLUG = f"{FISCAL_YEAR}-6"
# A round created without a date is due on 30 April; a report confirmed later is late.
ROUND_LATE = bangkok_today() > date(FISCAL_YEAR - 543, 4, 30)

# Every browser still open, with its label: the failure hook in conftest.py saves them all.
OPEN_BROWSERS = []


def new_browser(label):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    window = os.environ.get("E2E_WINDOW", "--window-size=1366,1000")
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", window, "--lang=th"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    OPEN_BROWSERS.append((label, driver))
    return driver


def quit_browser(driver):
    OPEN_BROWSERS[:] = [(label, d) for label, d in OPEN_BROWSERS if d is not driver]
    driver.quit()


def text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def wait_for(driver, condition, what, seconds=WAIT_SECONDS):
    """Waits until condition(driver) is truthy and returns its value; a page replaced while it
    is read (a form was just sent) is read again."""
    ignored = (StaleElementReferenceException, NoSuchElementException)
    try:
        return WebDriverWait(driver, seconds, poll_frequency=0.1, ignored_exceptions=ignored).until(condition)
    except TimeoutException:
        try:
            seen = text(driver)[:1500]
        except Exception as error:  # the page itself is gone
            seen = f"(page unreadable: {error})"
        raise AssertionError(f"timed out waiting for: {what}\nat {driver.current_url}\n{seen}") from None


def wait_text(driver, *expected):
    """Waits until the page shows every expected text; returns the page text."""
    def shown(d):
        page = text(d)
        return page if all(e in page for e in expected) else None
    return wait_for(driver, shown, "page text " + " + ".join(repr(e) for e in expected))


@contextmanager
def page_change(driver, what):
    """Around an action that loads a new page: waits until another document has loaded."""
    driver.execute_script("window.e2eOldPage = true;")
    yield

    def loaded(d):
        try:
            return d.execute_script("return !window.e2eOldPage && document.readyState === 'complete';")
        except WebDriverException:  # the old document is being replaced right now
            return False
    wait_for(driver, loaded, f"a new page after {what}")


def visit(driver, base, path):
    driver.get(base + path)
    return text(driver)


def sign_in(driver, base, username, secret=DEMO_PASSWORD, refused=False):
    """Signs in on a fresh session; returns the path landed on. With `refused`, the sign-in
    must fail and the login page must come back."""
    driver.delete_all_cookies()
    driver.get(base + "/login")
    fill(driver, "username", username)
    fill(driver, "secret", secret)
    with page_change(driver, f"signing in as {username}"):
        driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button[type=submit]").click()
    path = driver.current_url[len(base):]
    if refused:
        assert path == "/login", f"{username} should not be signed in, landed on {path}"
    else:
        assert path != "/login", f"{username} was not signed in:\n{text(driver)[:800]}"
    return path


def fill(scope, name, value):
    field = scope.find_element(By.NAME, name)
    field.clear()
    field.send_keys(value)
    return field


def choose(scope, name, visible_text=None, value=None):
    select = Select(scope.find_element(By.NAME, name))
    if value is not None:
        select.select_by_value(value)
    else:
        select.select_by_visible_text(visible_text)


def submit(driver, form, question=None):
    """Sends `form` (an element, or the form whose action ends with this text) with its submit
    button, answers the confirmation `question` it must ask, and waits for the next page."""
    if isinstance(form, str):
        form = driver.find_element(By.CSS_SELECTOR, f"form[action$='{form}']")
    with page_change(driver, f"sending {form.get_attribute('action')}"):
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        if question is not None:
            alert = wait_for(driver, EC.alert_is_present(), "a confirmation question")
            assert question in alert.text, f"confirmation asked {alert.text!r}"
            alert.accept()


def fact(driver, label):
    """The value next to `label` in a definition list."""
    return driver.find_element(By.XPATH, f"//dt[normalize-space()='{label}']/following-sibling::dd[1]").text


def ensure_round_open(driver, base):
    """As the national admin: creates this fiscal year's 6-month round unless it exists, and
    opens it unless it is open. Either test may run first."""
    sign_in(driver, base, "admin")
    visit(driver, base, "/admin/rounds")
    title = f"ปีงบประมาณ พ.ศ. {FISCAL_YEAR} รอบ 6 เดือน"
    if driver.find_elements(By.CSS_SELECTOR, f"a[href='/admin/rounds/{ROUND_SLUG}']"):
        visit(driver, base, f"/admin/rounds/{ROUND_SLUG}")
    else:
        fill(driver, "fiscalYear", str(FISCAL_YEAR))
        choose(driver, "kind", value="6")
        submit(driver, "/admin/rounds")
        wait_text(driver, f"สร้าง{title}แล้ว (ยังไม่เปิดรับรายงาน)")
        assert driver.current_url.endswith(f"/admin/rounds/{ROUND_SLUG}")
    status = driver.find_element(By.CSS_SELECTOR, "p.count").text
    if status.endswith("· ปิดรับรายงาน"):  # not "· เปิดรับรายงาน"
        submit(driver, "/window")
        wait_text(driver, "เปิดรับรายงานแล้ว")
    assert driver.find_element(By.TAG_NAME, "h1").text == title
    assert driver.find_element(By.CSS_SELECTOR, "p.count").text.endswith("· เปิดรับรายงาน")
