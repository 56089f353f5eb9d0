"""The project form keeps typed work in the browser (app.js, data-keep-draft) until a save goes
through. Uses ห้วยใหญ่ (5200403, demo officer account), which no other test touches."""
from selenium.webdriver.common.by import By

from browser import FISCAL_YEAR, choose, fill, page_change, sign_in, submit, visit, wait_text

ORG = "5200403"
PLAN = f"/organizations/{ORG}/plans/2566-2570"


def test_new_project_form_is_empty_after_a_project_was_added(base_url, driver):
    sign_in(driver, base_url, ORG)
    visit(driver, base_url, f"/organizations/{ORG}/plans")
    create = driver.find_elements(By.XPATH, "//form[.//input[@name='period' and @value='2566-2570']]")
    if create:
        submit(driver, create[0])
    visit(driver, base_url, PLAN)
    with page_change(driver, "opening the project form"):
        driver.find_element(By.LINK_TEXT, "+ เพิ่มโครงการ").click()
    form = driver.find_element(By.CSS_SELECTOR, "form[data-keep-draft]")
    fill(form, "name", "โครงการเผยแพร่ประมวลจริยธรรม")
    choose(form, "dimension", value="1")
    fill(form, f"budget_{FISCAL_YEAR}", "12000")
    submit(driver, form)
    wait_text(driver, "เพิ่มโครงการลำดับ", "โครงการเผยแพร่ประมวลจริยธรรม")

    with page_change(driver, "opening the project form again"):
        driver.find_element(By.LINK_TEXT, "+ เพิ่มโครงการ").click()
    form = driver.find_element(By.CSS_SELECTOR, "form[data-keep-draft]")
    typed = {name: form.find_element(By.NAME, name).get_attribute("value")
             for name in ("name", "dimension", f"budget_{FISCAL_YEAR}")}
    assert typed == {"name": "", "dimension": "", f"budget_{FISCAL_YEAR}": ""}, "a saved project is no draft"


def test_typed_work_is_kept_for_its_person_only(base_url, driver):
    """On a shared office computer: what the officer typed (not saved) comes back to the
    officer, never to the next person who opens the same form in this browser."""
    sign_in(driver, base_url, ORG)
    visit(driver, base_url, f"/organizations/{ORG}/profile")
    form = driver.find_element(By.CSS_SELECTOR, "form[data-keep-draft]")
    fill(form, "coordinatorName", "นางสาวพิมพ์ค้าง ไว้ก่อน")

    sign_in(driver, base_url, "admin")
    visit(driver, base_url, f"/organizations/{ORG}/profile")
    assert driver.find_element(By.NAME, "coordinatorName").get_attribute("value") != "นางสาวพิมพ์ค้าง ไว้ก่อน", \
        "another person's typing was filled in"

    sign_in(driver, base_url, ORG)
    visit(driver, base_url, f"/organizations/{ORG}/profile")
    assert driver.find_element(By.NAME, "coordinatorName").get_attribute("value") == "นางสาวพิมพ์ค้าง ไว้ก่อน", \
        "the officer's own typing comes back"
