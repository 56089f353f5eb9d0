"""One reporting round of หนองปรือ's 65-project plan (loaded by e2e/server.sh with import-plan):
the officer fills every row (autosave and "save all"), sends it, the executive confirms it and
the public print view shows it."""
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browser import FISCAL_YEAR, ensure_round_open, sign_in, submit, text, visit, wait_text

REPORT = f"/organizations/4200401/reports/{FISCAL_YEAR}/6"


def test_report_round(base_url, driver):
    ensure_round_open(driver, base_url)

    # The officer fills every row; with JavaScript each row saves itself.
    sign_in(driver, base_url, "4200401")
    visit(driver, base_url, REPORT)
    rows = driver.find_elements(By.CSS_SELECTOR, "tr[data-row]")
    assert len(rows) == 65, f"expected 65 project rows, got {len(rows)}"
    first_status = rows[0].find_element(By.CSS_SELECTOR, "select[name^='status_']")
    Select(first_status).select_by_visible_text("ดำเนินการแล้วเสร็จ")
    wait_text(driver, "บันทึกลำดับ 1 แล้ว")
    started = time.time()
    for index, row in enumerate(rows[1:], start=2):
        status = ("ไม่สามารถดำเนินการได้" if index % 10 == 0
                  else "อยู่ระหว่างดำเนินการ" if index % 3 == 0 else "ดำเนินการแล้วเสร็จ")
        status_field = row.find_element(By.CSS_SELECTOR, "select[name^='status_']")
        driver.execute_script("arguments[0].value = arguments[1];", status_field, status)
        if status == "ไม่สามารถดำเนินการได้":
            driver.execute_script(
                "arguments[0].value = 'บุคลากรไม่เพียงพอ';", row.find_element(By.CSS_SELECTOR, "select[name^='reason_']"))
        if index % 5:  # every fifth project uses no budget, so nothing is disbursed
            disbursed = row.find_element(By.CSS_SELECTOR, "input[name^='disbursed_']")
            driver.execute_script("arguments[0].value = '5000';", disbursed)
    submit(driver, "/entries")
    wait_text(driver, "บันทึกแล้ว 64 รายการ")
    print(f"64 rows typed and saved together in {time.time() - started:.1f} s (browser round trip)")
    assert "รอรายงาน\n0" in text(driver), "no project left pending"

    driver.find_element(By.NAME, "problems").send_keys("งบประมาณจัดสรรล่าช้า")
    driver.find_element(By.NAME, "reporterName").send_keys("นางสาวสมใจ รักษ์สุจริต")
    driver.find_element(By.NAME, "reporterPosition").send_keys("นิติกรชำนาญการ")
    submit(driver, "/overall")
    wait_text(driver, "บันทึกปัญหาอุปสรรคและผู้รายงานแล้ว")
    submit(driver, "/send", question="ส่งรายงานให้ผู้บริหารยืนยัน?")
    wait_text(driver, "ส่งรายงานให้ผู้บริหารยืนยันแล้ว", "สถานะ: รอผู้บริหารยืนยัน")

    # The executive confirms: the round locks for this organization.
    sign_in(driver, base_url, "4200401-2")
    visit(driver, base_url, REPORT)
    submit(driver, "/confirm")
    wait_text(driver, "สถานะ: ส่งแล้ว", "ส่งรายงานรอบนี้แล้ว")
    assert not driver.find_elements(By.CSS_SELECTOR, "form[action$='/entries'] select"), "a submitted report is locked"

    # Anyone can now read the official report.
    driver.delete_all_cookies()
    page = visit(driver, base_url, REPORT + "/print")
    assert "สรุปผลการขับเคลื่อนแผนฯ" in page
    assert "จำนวนโครงการ/กิจกรรม/มาตรการ ทั้งหมด 65 โครงการ" in page
    assert len(driver.find_elements(By.CSS_SELECTOR, ".official-report tbody tr")) == 66, "65 projects and the total"
