"""Drives headless Chromium through one reporting round of a 65-project plan.

usage: report_round_test.py BASE_URL SCREENSHOT_DIR
"""
import os
import sys
import time
from datetime import date

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, SHOTS = sys.argv[1], sys.argv[2]
PASSWORD = "sujarit-demo-2569"
os.makedirs(SHOTS, exist_ok=True)
today = date.today()
FISCAL_YEAR = today.year + 543 + (1 if today.month >= 10 else 0)
REPORT = f"/organizations/4200401/reports/{FISCAL_YEAR}/6"


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", os.environ.get("E2E_WINDOW", "--window-size=1366,1000"), "--lang=th"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def wait_for(driver, condition, what, seconds=30):
    try:
        # The page may be replaced while it is read (a form was just sent): read it again.
        ignored = (StaleElementReferenceException, NoSuchElementException)
        WebDriverWait(driver, seconds, ignored_exceptions=ignored).until(lambda d: condition(d))
    except Exception:
        driver.save_screenshot(os.path.join(SHOTS, "failure.png"))
        raise AssertionError(
            f"timed out waiting for: {what} (at {driver.current_url})\n{driver.find_element(By.TAG_NAME, 'body').text[:800]}")


def login(driver, username):
    driver.delete_all_cookies()
    driver.get(BASE + "/login")
    driver.find_element(By.NAME, "username").send_keys(username)
    driver.find_element(By.NAME, "secret").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait_for(driver, lambda d: "/login" not in d.current_url, f"{username} signed in")


def submit_form(driver, action):
    form = driver.find_element(By.CSS_SELECTOR, f"form[action$='{action}']")
    driver.execute_script("window.confirm = function () { return true; };")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()


def text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def main():
    driver = browser()
    try:
        # The national admin creates and opens the round.
        login(driver, "admin")
        driver.get(BASE + "/admin/rounds")
        driver.find_element(By.NAME, "fiscalYear").send_keys(str(FISCAL_YEAR))
        Select(driver.find_element(By.NAME, "kind")).select_by_value("6")
        submit_form(driver, "/admin/rounds")
        wait_for(driver, lambda d: f"/admin/rounds/{FISCAL_YEAR}-6" in d.current_url, "round created")
        submit_form(driver, "/window")
        wait_for(driver, lambda d: "เปิดรับรายงานแล้ว" in text(d), "window opened")

        # The officer fills every row; with JavaScript each row saves itself.
        login(driver, "4200401")
        driver.get(BASE + REPORT)
        rows = driver.find_elements(By.CSS_SELECTOR, "tr[data-row]")
        assert len(rows) == 65, f"expected 65 project rows, got {len(rows)}"
        first = rows[0]
        Select(first.find_element(By.CSS_SELECTOR, "select[name^='status_']")).select_by_visible_text("ดำเนินการแล้วเสร็จ")
        wait_for(driver, lambda d: "บันทึกลำดับ 1 แล้ว" in text(d), "row 1 autosaved")
        started = time.time()
        for index, row in enumerate(rows[1:], start=2):
            status = "ไม่สามารถดำเนินการได้" if index % 10 == 0 else "อยู่ระหว่างดำเนินการ" if index % 3 == 0 else "ดำเนินการแล้วเสร็จ"
            driver.execute_script(
                "arguments[0].value = arguments[1];", row.find_element(By.CSS_SELECTOR, "select[name^='status_']"), status)
            if status == "ไม่สามารถดำเนินการได้":
                driver.execute_script(
                    "arguments[0].value = 'บุคลากรไม่เพียงพอ';", row.find_element(By.CSS_SELECTOR, "select[name^='reason_']"))
            if index % 5:  # every fifth project uses no budget, so nothing is disbursed
                disbursed = row.find_element(By.CSS_SELECTOR, "input[name^='disbursed_']")
                driver.execute_script("arguments[0].value = '5000';", disbursed)
        driver.save_screenshot(os.path.join(SHOTS, "report-filled.png"))
        driver.find_element(By.XPATH, "//button[text()='บันทึกทั้งหมด']").click()
        wait_for(driver, lambda d: "บันทึกแล้ว 64 รายการ" in text(d), "64 rows saved together")
        print(f"64 rows typed and saved together in {time.time() - started:.1f} s (browser round trip)")
        assert "รอรายงาน\n0" in text(driver), "no project left pending"

        driver.find_element(By.NAME, "problems").send_keys("งบประมาณจัดสรรล่าช้า")
        driver.find_element(By.NAME, "reporterName").send_keys("นางสาวสมใจ รักษ์สุจริต")
        driver.find_element(By.NAME, "reporterPosition").send_keys("นิติกรชำนาญการ")
        submit_form(driver, "/overall")
        wait_for(driver, lambda d: "บันทึกปัญหาอุปสรรคและผู้รายงานแล้ว" in text(d), "overall saved")
        submit_form(driver, "/send")
        wait_for(driver, lambda d: "ส่งรายงานให้ผู้บริหารยืนยันแล้ว" in text(d), "sent to the executive")

        # The executive confirms: the round locks for this organization.
        login(driver, "4200401-2")
        driver.get(BASE + REPORT)
        submit_form(driver, "/confirm")
        wait_for(driver, lambda d: "สถานะ: ส่งแล้ว" in text(d), "confirmed and submitted")
        driver.save_screenshot(os.path.join(SHOTS, "report-submitted.png"))
        assert "ส่งรายงานรอบนี้แล้ว" in text(driver)

        # Anyone can now read the official report.
        driver.delete_all_cookies()
        driver.get(BASE + REPORT + "/print")
        assert "สรุปผลการขับเคลื่อนแผนฯ" in text(driver)
        driver.save_screenshot(os.path.join(SHOTS, "report-print.png"))
        print("e2e: round filled, sent, confirmed and printed")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
