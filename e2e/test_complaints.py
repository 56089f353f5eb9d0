"""The corruption-complaint channel as its people use it: a citizen files anonymously with a
file and keeps the receipt; the complaint officer asks a question; the citizen answers with the
receipt; the officer closes the case; the public statistics count it; the server's log holds
neither the receipt nor the citizen's address. Uses เทศบาลนครแหลมฉบัง (3200701, its demo
complaint officer 3200701-3), which no other test touches; copes with earlier runs (counts are
compared before and after)."""
import os
import re
import tempfile

from selenium.webdriver.common.by import By

from browser import FISCAL_YEAR, choose, fill, page_change, sign_in, submit, text, visit, wait_text

ORG = "3200701"
OFFICER = "3200701-3"
STATISTICS = f"/organizations/{ORG}/complaint-statistics/{FISCAL_YEAR}"


def year_row(driver, base):
    """The whole-year row of the public statistics: received, in progress, completed, not taken up, overdue."""
    visit(driver, base, STATISTICS)
    row = driver.find_element(By.XPATH, f"//tr[td[normalize-space()='ทั้งปีงบประมาณ {FISCAL_YEAR}']]")
    return [int(cell.text) for cell in row.find_elements(By.CSS_SELECTOR, "td.number")]


def follow_up(driver, base, receipt):
    visit(driver, base, "/complaints/follow")
    fill(driver, "receipt", receipt.lower().replace("-", " "))
    submit(driver, "/complaints/follow")
    wait_text(driver, "ความคืบหน้าเรื่องร้องเรียน")


def test_citizen_files_anonymously_and_follows_the_case_to_its_close(base_url, browsers):
    citizen = browsers("citizen")
    before = year_row(citizen, base_url)

    visit(citizen, base_url, "/complaints")
    fill(citizen, "q", "แหลมฉบัง")
    submit(citizen, "/complaints")
    with page_change(citizen, "opening the organization's form"):
        citizen.find_element(By.PARTIAL_LINK_TEXT, "แหลมฉบัง").click()
    wait_text(citizen, "ร้องเรียนการทุจริต: เทศบาลนครแหลมฉบัง", "15 วัน", "บัตรสนเท่ห์")
    form = citizen.find_element(By.CSS_SELECTOR, f"form[action='/organizations/{ORG}/complaints']")
    choose(form, "concern", value="project")
    fill(form, "concerns", "โครงการก่อสร้างรางระบายน้ำ")
    fill(form, "details", "ใช้วัสดุไม่ตรงตามสัญญา เหล็กเส้นเล็กกว่าแบบ")
    form.find_element(By.NAME, "anonymous").click()
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as scan:
        scan.write(b"%PDF-1.4\n% photo of the drain\n")
    form.find_element(By.NAME, "files[]").send_keys(scan.name)
    submit(citizen, form)
    os.unlink(scan.name)
    wait_text(citizen, "รับเรื่องร้องเรียนแล้ว", "เลขรับเรื่องของท่าน", "1 ไฟล์")
    receipt = citizen.find_element(By.ID, "receipt").text
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){4}", receipt), receipt

    follow_up(citizen, base_url, receipt)
    assert "รับเรื่อง" in text(citizen)

    officer = browsers("officer")
    sign_in(officer, base_url, OFFICER)
    visit(officer, base_url, "/complaints/cases")
    with page_change(officer, "opening the newest case"):
        officer.find_elements(By.LINK_TEXT, "เปิด")[-1].click()
    wait_text(officer, "โครงการก่อสร้างรางระบายน้ำ", "ไม่ประสงค์ออกนาม", ".pdf")
    case = officer.current_url
    fill(officer, "message", "ขอทราบชื่อถนนที่ก่อสร้าง")
    submit(officer, "/messages")
    wait_text(officer, "ขอทราบชื่อถนนที่ก่อสร้าง")

    follow_up(citizen, base_url, receipt)
    wait_text(citizen, "ขอทราบชื่อถนนที่ก่อสร้าง")
    fill(citizen, "message", "ถนนสุขุมวิท ซอย 5")
    submit(citizen, "/complaints/follow/reply")
    wait_text(citizen, "ส่งถึงผู้รับผิดชอบเรื่องแล้ว", "ถนนสุขุมวิท ซอย 5")

    officer.get(case)
    wait_text(officer, "ถนนสุขุมวิท ซอย 5")
    choose(officer, "state", value="considering")
    submit(officer, "/state")
    wait_text(officer, "กำลังพิจารณา")
    choose(officer, "state", value="closed")
    choose(officer, "outcome", value="unfounded")
    fill(officer, "reason", "ตรวจสอบวัสดุแล้วเป็นไปตามสัญญา")
    submit(officer, "/state")
    wait_text(officer, "ยุติเรื่อง", "ไม่มีมูล")

    follow_up(citizen, base_url, receipt)
    wait_text(citizen, "ยุติเรื่อง", "ไม่มีมูล", "ตรวจสอบวัสดุแล้วเป็นไปตามสัญญา", "เรื่องนี้ปิดแล้ว")

    after = year_row(citizen, base_url)
    assert after[0] == before[0] + 1 and after[2] == before[2] + 1, (before, after)

    log_path = os.environ.get("E2E_SERVER_LOG")
    if log_path:
        with open(log_path, encoding="utf-8") as log:
            lines = [line for line in log if "Server started" not in line and "เปิด http" not in line]
        for secret in [receipt, receipt.replace("-", ""), "127.0.0.1", "HeadlessChrome"]:
            assert not any(secret in line for line in lines), f"the server log holds {secret}"
