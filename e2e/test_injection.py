"""Markup typed into a form or a link is shown as text: no injected element exists in the
real browser's DOM, on stored fields (a profile the national admin edits) and on reflected
parameters (search, sign-in's next). Uses บางละมุง (5200402), which no other test touches."""
from urllib.parse import quote

from selenium.webdriver.common.by import By

from browser import fill, sign_in, submit, visit, wait_text

ORG = "5200402"
PAYLOAD = ("\"><b id=inj1>' autofocus onfocus=alert(2) x='</textarea><b id=inj3>"
           "<meta http-equiv=refresh content=0;url=//evil.example><button formaction=/admin/rounds>")


def assert_no_injected_element(driver, base_url, where):
    assert driver.current_url.startswith(base_url), f"{where}: navigated away to {driver.current_url}"
    for selector in ["#inj1", "#inj3", "meta[http-equiv]", "button[formaction]", "[onfocus]", "[autofocus]"]:
        assert not driver.find_elements(By.CSS_SELECTOR, selector), f"{where}: {selector} was injected"


def test_stored_markup_stays_text(base_url, driver):
    sign_in(driver, base_url, "admin")
    visit(driver, base_url, f"/organizations/{ORG}/profile")
    form = driver.find_element(By.CSS_SELECTOR, f"form[action='/organizations/{ORG}/profile']")
    for name in ["executiveName", "coordinatorName", "clerkName"]:
        fill(form, name, PAYLOAD)
    submit(driver, form)
    wait_text(driver, "บันทึกข้อมูลองค์กรแล้ว")
    assert_no_injected_element(driver, base_url, "organization page")
    assert "<b id=inj1>" in driver.find_element(By.TAG_NAME, "body").text, "the markup is shown as text"

    visit(driver, base_url, f"/organizations/{ORG}/profile")
    assert_no_injected_element(driver, base_url, "profile form")
    assert driver.find_element(By.NAME, "executiveName").get_attribute("value") == PAYLOAD


def test_reflected_markup_stays_text(base_url, driver):
    visit(driver, base_url, "/organizations?q=" + quote(PAYLOAD[:100]))
    assert_no_injected_element(driver, base_url, "organization search")
    assert driver.find_element(By.NAME, "q").get_attribute("value") == PAYLOAD[:100]

    visit(driver, base_url, "/login?next=" + quote("/" + PAYLOAD))
    assert_no_injected_element(driver, base_url, "sign-in form")
    next_field = driver.find_elements(By.CSS_SELECTOR, "input[name=next]")
    assert not next_field or next_field[0].get_attribute("value") in ("", None), "an unsafe next is not kept"
