"""PACC's surveillance programme as its people use it: the officer of ปปท. เขต 2 opens a case
on a project of หนองปรือ's plan, records the visit and a recommendation; หนองปรือ's officer
reads it in its own account and reports back what it fixed; the PACC officer closes the case
as improved and the programme's indicator of improved cases moves. Uses the demo accounts pacc2
and 4200401 (its plan is loaded by e2e/server.sh); copes with earlier runs (figures are read
before and after)."""
import re

from selenium.webdriver.common.by import By

from browser import choose, fill, page_change, sign_in, submit, text, visit, wait_text

ORG = "4200401"


def improved_figure(driver, base):
    """(closed improved, visited) as the dashboard's indicator 5.2.2 of the total shows them."""
    visit(driver, base, "/pacc")
    cell = driver.find_element(
        By.XPATH, "//table[1]//tr[td[1][normalize-space()='5.2.2']]/td[contains(@class,'number')]")
    found = re.search(r"\((\d+) จาก (\d+)\)", cell.text)
    return (int(found.group(1)), int(found.group(2))) if found else (0, 0)


def step_form(driver, action):
    return driver.find_element(By.XPATH, f"//form[.//input[@name='action' and @value='{action}']]")


def test_a_case_runs_from_opening_to_the_lao_report_back_and_the_indicator_moves(base_url, browsers):
    pacc = browsers("pacc")
    sign_in(pacc, base_url, "pacc2")
    before = improved_figure(pacc, base_url)

    visit(pacc, base_url, "/pacc/cases/new")
    fill(pacc, "org", ORG)
    submit(pacc, pacc.find_element(By.CSS_SELECTOR, "form[method=get]"))
    wait_text(pacc, "หน่วยงาน: เทศบาลเมืองหนองปรือ")
    form = pacc.find_element(By.CSS_SELECTOR, "form[action='/pacc/cases'][method=post]")
    project_select = form.find_element(By.NAME, "project")
    project_label = project_select.find_elements(By.TAG_NAME, "option")[1].text
    choose(form, "project", visible_text=project_label)
    choose(form, "source", value="tip")
    form.find_element(By.CSS_SELECTOR, "input[name='risks[]'][value='overpriced']").click()
    fill(form, "description", "ผู้แจ้งเบาะแสระบุว่าราคากลางสูงกว่าท้องตลาด")
    submit(pacc, form)
    wait_text(pacc, "เปิดเรื่อง", "ปปท. เขต 2 ที่")
    case_url = pacc.current_url
    case_id = case_url.rsplit("/", 1)[-1]

    form = step_form(pacc, "visit")
    fill(form, "team", "ชุดปฏิบัติการเฝ้าระวัง ปปท. เขต 2")
    fill(form, "text", "ราคากลางสูงกว่าราคาพาณิชย์จังหวัดร้อยละ 30")
    submit(pacc, form)
    wait_text(pacc, "บันทึกการลงพื้นที่แล้ว")
    form = step_form(pacc, "recommend")
    choose(form, "choice", value="improve")
    fill(form, "text", "ให้ทบทวนราคากลางและรายงานผลภายใน 30 วัน")
    submit(pacc, form)
    wait_text(pacc, "แจ้งข้อเสนอแนะแล้ว")

    lao = browsers("lao")
    sign_in(lao, base_url, ORG)
    visit(lao, base_url, f"/organizations/{ORG}/pacc")
    with page_change(lao, "opening the case"):
        lao.find_element(By.CSS_SELECTOR, f"a[href$='{case_id}']").click()
    page = text(lao)
    assert "ให้ทบทวนราคากลาง" in page
    assert "ผู้แจ้งเบาะแส" not in page, "the tip stays with PACC"
    form = lao.find_element(By.CSS_SELECTOR, "form[action$='/report-back']")
    fill(form, "text", "ทบทวนราคากลางใหม่ตามราคาพาณิชย์จังหวัด และยกเลิกประกาศเดิมแล้ว")
    submit(lao, form)
    wait_text(lao, "ส่งรายงานผลการปรับปรุงแก้ไขแล้ว", "หน่วยงานรายงานผลแล้ว")

    pacc.get(case_url)
    wait_text(pacc, "ทบทวนราคากลางใหม่ตามราคาพาณิชย์จังหวัด")
    form = step_form(pacc, "close")
    choose(form, "choice", value="improved")
    fill(form, "text", "หน่วยงานปรับปรุงแก้ไขตามข้อเสนอแนะ")
    submit(pacc, form)
    wait_text(pacc, "ปิดเรื่องแล้ว", "หน่วยงานปรับปรุงแก้ไขและรายงานผลแล้ว")

    after = improved_figure(pacc, base_url)
    assert after == (before[0] + 1, before[1] + 1), f"indicator 5.2.2 went from {before} to {after}"
