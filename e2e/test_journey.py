"""The whole journey of a new organization, through the UI only, one browser per person:
the national admin issues accounts, the officer activates them and builds a plan, the executive
approves it, it is amended and approved again, the 6-month round is filled, sent, confirmed and
printed, the provincial monitor returns it, it is corrected and resubmitted, and the monitor's
dashboard counts it.

Uses เทศบาลตำบลโป่ง (5200404, อำเภอบางละมุง, ชลบุรี): no demo account and no imported plan, so
nothing here depends on the round test (หนองปรือ, 4200401) or the other way round."""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from browser import (
    FISCAL_YEAR, ROUND_LATE, ROUND_SLUG, choose, ensure_round_open, fact, fill, page_change, sign_in, submit, text,
    visit, wait_for, wait_text)

ORG = "5200404"
ORG_NAME = "เทศบาลตำบลโป่ง"
PERIOD = "2566-2570"
YEARS = range(2566, 2571)
PLAN = f"/organizations/{ORG}/plans/{PERIOD}"
REPORT = f"/organizations/{ORG}/reports/{FISCAL_YEAR}/6"
ROUND_TITLE = f"ปีงบประมาณ พ.ศ. {FISCAL_YEAR} รอบ 6 เดือน"
OTHER_YEAR = 2566 if FISCAL_YEAR != 2566 else 2567

OFFICER = {"name": "นางสาวพรทิพย์ ใจซื่อ", "position": "นิติกรปฏิบัติการ", "password": "Pong-officer-2570!"}
EXECUTIVE = {"name": "นายสมชาย ตรงธรรม", "position": "นายกเทศมนตรีตำบลโป่ง", "password": "Pong-mayor-2570!"}

# Projects typed through the form; budgets per fiscal year in baht (absent = ไม่ใช้งบประมาณ).
TRAINING = {"type": "โครงการ", "name": "โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากรเทศบาลตำบลโป่ง", "dimension": "1",
            "sub_mission": "1.2", "objectives": "เสริมสร้างจิตสำนึก\nป้องกันผลประโยชน์ทับซ้อน",
            "method": "จัดอบรม 1 วัน\nประเมินผลหลังอบรม", "target_group": "บุคลากร 60 คน",
            "responsible_unit": "สำนักปลัด", "budgets": {FISCAL_YEAR - 1: "20000", FISCAL_YEAR: "30000"}}
WEBSITE = {"type": "มาตรการ", "name": "มาตรการเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์", "dimension": "2",
           "sub_mission": "2.1", "objectives": "เปิดเผยข้อมูลสาธารณะ", "method": "ปรับปรุงข้อมูลทุกเดือน",
           "target_group": "ประชาชนในเขตเทศบาล", "responsible_unit": "กองคลัง", "budgets": {}}
MANUAL = {"type": "กิจกรรม", "name": "กิจกรรมจัดทำคู่มือการปฏิบัติงานเพื่อลดการใช้ดุลพินิจ", "dimension": "2",
          "sub_mission": "2.3", "objectives": "ลดการใช้ดุลพินิจ", "method": "จัดทำคู่มือ",
          "target_group": "เจ้าหน้าที่", "responsible_unit": "สำนักปลัด", "budgets": {OTHER_YEAR: "10000"}}
HEARING = {"type": "กิจกรรม", "name": "กิจกรรมรับฟังความคิดเห็นของประชาชน", "dimension": "3",
           "sub_mission": "3.2", "objectives": "รับฟังความคิดเห็น", "method": "จัดเวทีประชาคม",
           "target_group": "ประชาชน 100 คน", "responsible_unit": "กองสวัสดิการสังคม",
           "budgets": {FISCAL_YEAR: "15000"}}
RETURN_COMMENT = "กรุณาตรวจสอบผลการเบิกจ่ายกิจกรรมรับฟังความคิดเห็นอีกครั้ง"


def test_journey(base_url, browsers):
    assert FISCAL_YEAR in YEARS, f"fiscal year {FISCAL_YEAR} is outside the plan period {PERIOD}: update this test"
    admin, officer, executive, monitor = (browsers(who) for who in ("admin", "officer", "executive", "monitor"))

    officer_login, officer_code, executive_login, executive_code = issue_accounts(admin, base_url)
    activate(officer, base_url, officer_login, officer_code, OFFICER, "เจ้าหน้าที่ อปท.")
    activate(executive, base_url, executive_login, executive_code, EXECUTIVE, "ผู้บริหาร อปท.")

    build_plan(officer, base_url)
    approve_plan(executive, base_url, "ฉบับที่ 1")
    amend_plan(officer, base_url)
    approve_plan(executive, base_url, "ฉบับปรับปรุงครั้งที่ 1")
    check_versions(executive, base_url)

    ensure_round_open(admin, base_url)
    fill_report(officer, base_url)
    confirm_report(executive, base_url, pending=1)
    filed = check_print(executive, base_url)
    amend_after_filing(officer, executive, base_url, filed)

    sign_in(monitor, base_url, "chonburi")
    assert district_row(monitor, base_url)[:2] == ["1", "1"], "the submitted report is counted"
    return_report(monitor, base_url)
    assert district_row(monitor, base_url)[:2] == ["1", "0"], "a returned report is no longer counted"
    assert listed_as_missing(monitor, base_url)
    correct_report(officer, base_url)
    confirm_report(executive, base_url)
    check_dashboard(monitor, base_url)


def issue_accounts(admin, base):
    """The national admin issues the officer's account from the organization's accounts page and
    the executive's from the new-account form; returns both usernames and activation codes."""
    sign_in(admin, base, "admin")
    visit(admin, base, f"/organizations/{ORG}")
    assert ORG_NAME in admin.find_element(By.TAG_NAME, "h1").text
    with page_change(admin, "opening the accounts page"):
        admin.find_element(By.LINK_TEXT, "บัญชีผู้ใช้ของ อปท.").click()
    wait_text(admin, f"บัญชีผู้ใช้ของ {ORG_NAME}", "เพิ่มผู้ใช้และออกรหัสเปิดใช้งาน")
    choose(admin, "role", value="lao_officer")
    fill(admin, "displayName", OFFICER["name"])
    fill(admin, "position", OFFICER["position"])
    submit(admin, f"/organizations/{ORG}/accounts")
    officer_login, officer_code = read_letter(admin, OFFICER, "เจ้าหน้าที่ อปท.")
    assert officer_login == ORG, "the first officer's username is the DLA code"

    visit(admin, base, "/admin/users")
    with page_change(admin, "opening the new-account form"):
        admin.find_element(By.LINK_TEXT, "+ สร้างบัญชีผู้ใช้").click()
    wait_text(admin, "สร้างบัญชีผู้ใช้", "พื้นที่รับผิดชอบ (กรอกเฉพาะที่ตรงกับบทบาท)")
    choose(admin, "role", value="lao_executive")
    fill(admin, "displayName", EXECUTIVE["name"])
    fill(admin, "position", EXECUTIVE["position"])
    fill(admin, "orgCode", ORG)
    submit(admin, "/admin/users")
    executive_login, executive_code = read_letter(admin, EXECUTIVE, "ผู้บริหาร อปท.")
    assert executive_login == f"{ORG}-2", "further accounts are numbered after the DLA code"

    page = visit(admin, base, f"/organizations/{ORG}/accounts")
    assert page.count("รอเปิดใช้งาน") == 2, "both accounts wait for activation"
    return officer_login, officer_code, executive_login, executive_code


def read_letter(admin, person, role):
    wait_text(admin, "หนังสือแจ้งรหัสเปิดใช้งานระบบสุจริต", "โปรดพิมพ์หรือบันทึกหน้านี้ทันที รหัสจะแสดงเพียงครั้งเดียว")
    assert fact(admin, "เรียน") == person["name"]
    assert fact(admin, "หน่วยงาน") == ORG_NAME
    assert fact(admin, "บทบาท") == role
    username = fact(admin, "ชื่อผู้ใช้")
    code = admin.find_element(By.CSS_SELECTOR, ".activation-code").text
    assert re.fullmatch(r"[A-Z0-9]{5}-[A-Z0-9]{5}", code), f"activation code {code!r}"
    assert f"กรอกชื่อผู้ใช้ {username} และกรอกรหัสเปิดใช้งานข้างต้นในช่องรหัสผ่าน" in text(admin)
    return username, code


def activate(driver, base, username, code, person, role):
    """First sign-in with the activation code: the person must choose a password first."""
    assert sign_in(driver, base, username, code) == "/account/password"
    wait_text(driver, "ตั้งรหัสผ่าน", "ยินดีต้อนรับ กรุณาตั้งรหัสผ่านของคุณเองก่อนเริ่มใช้งาน")
    visit(driver, base, f"/organizations/{ORG}/plans")
    assert driver.current_url == base + "/account/password", "no other page before a password is set"

    fill(driver, "password", "short-1")
    fill(driver, "confirmation", "short-1")
    submit(driver, "/account/password")
    wait_text(driver, "รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร")
    fill(driver, "password", person["password"])
    fill(driver, "confirmation", person["password"])
    submit(driver, "/account/password")
    wait_text(driver, "บันทึกรหัสผ่านใหม่แล้ว", f"{person['name']} · {role}", "รายงานผล")
    assert driver.current_url == base + "/"

    # The code was good for one sign-in only; the new password works.
    sign_in(driver, base, username, code, refused=True)
    assert "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" in text(driver)
    assert sign_in(driver, base, username, person["password"]) == "/"


def add_project(officer, project, number):
    with page_change(officer, "opening the project form"):
        officer.find_element(By.LINK_TEXT, "+ เพิ่มโครงการ").click()
    wait_text(officer, "เพิ่มโครงการ/กิจกรรม/มาตรการ")
    form = officer.find_element(By.CSS_SELECTOR, "form[data-keep-draft]")
    choose(form, "type", project["type"])
    for field in ("name", "objectives", "method", "target_group", "responsible_unit"):
        fill(form, field, project[field])
    choose(form, "dimension", value=project["dimension"])
    choose(form, "sub_mission", value=project["sub_mission"])
    for year in YEARS:
        fill(form, f"budget_{year}", project["budgets"].get(year, ""))
    submit(officer, form)
    wait_text(officer, f"เพิ่มโครงการลำดับ {number} แล้ว", project["name"])


def plan_status(driver):
    return driver.find_element(By.CSS_SELECTOR, "p.count").text


def build_plan(officer, base):
    """The officer creates the 2566-2570 plan, adds three projects through the form and submits it."""
    with page_change(officer, "opening แผนของฉัน"):
        officer.find_element(By.LINK_TEXT, "แผนของฉัน").click()
    wait_text(officer, f"แผนปฏิบัติการป้องกันการทุจริตของ {ORG_NAME}", "ยังไม่ได้จัดทำ")
    submit(officer, officer.find_element(By.XPATH, f"//form[.//input[@name='period' and @value='{PERIOD}']]"))
    wait_text(officer, "สร้างแผนแล้ว เริ่มเพิ่มโครงการหรือนำเข้าจากไฟล์ได้เลย")
    assert officer.current_url == base + PLAN
    assert "สถานะ: ร่าง" in plan_status(officer)

    for number, project in enumerate((TRAINING, WEBSITE, MANUAL), start=1):
        add_project(officer, project, number)
    page = text(officer)
    assert "รวม จำนวน 3 โครงการ" in page
    assert "มิติที่ 2 การบริหารราชการด้วยความโปร่งใส (2 โครงการ)" in page
    assert "2.3 มาตรการลดการใช้ดุลพินิจในการปฏิบัติงาน (1)" in page

    submit(officer, f"{PLAN}/submit", question="ส่งแผนให้ผู้บริหารพิจารณา?")
    wait_text(officer, "ส่งแผนให้ผู้บริหารพิจารณาแล้ว")
    assert "สถานะ: รอผู้บริหารอนุมัติ" in plan_status(officer)
    assert not officer.find_elements(By.LINK_TEXT, "+ เพิ่มโครงการ"), "a submitted plan is not editable"


def approve_plan(executive, base, label):
    visit(executive, base, PLAN)
    wait_text(executive, "ผู้บริหารพิจารณาแผน", "สถานะ: รอผู้บริหารอนุมัติ")
    form = executive.find_element(By.CSS_SELECTOR, "form[action$='/approve']")
    fill(form, "name", EXECUTIVE["name"])
    fill(form, "position", EXECUTIVE["position"])
    submit(executive, f"{PLAN}/approve")
    wait_text(executive, f"อนุมัติแผนแล้ว ({label})")
    assert f"สถานะ: อนุมัติแล้ว · {label} อนุมัติเมื่อ" in plan_status(executive)
    assert not executive.find_elements(By.CSS_SELECTOR, "form[action$='/approve']")


def amend_plan(officer, base):
    """Raises a budget of an approved project and adds one: the plan becomes a draft amendment."""
    visit(officer, base, PLAN)
    with page_change(officer, "opening the project"):
        officer.find_element(By.LINK_TEXT, TRAINING["name"]).click()
    with page_change(officer, "opening the edit form"):
        officer.find_element(By.LINK_TEXT, "แก้ไข / ย้ายมิติ").click()
    wait_text(officer, "แก้ไขโครงการ")
    form = officer.find_element(By.CSS_SELECTOR, "form[data-keep-draft]")
    assert form.find_element(By.NAME, f"budget_{FISCAL_YEAR}").get_attribute("value") == "30,000.00"
    fill(form, f"budget_{FISCAL_YEAR}", "40000")
    submit(officer, form)
    wait_text(officer, "บันทึกการแก้ไขแล้ว", "ประวัติการแก้ไข")
    assert fact(officer, f"งบประมาณ {FISCAL_YEAR}") == "40,000.00 บาท"

    visit(officer, base, PLAN)
    assert "สถานะ: ร่าง" in plan_status(officer), "editing an approved plan makes a draft amendment"
    add_project(officer, HEARING, 4)
    assert "รวม จำนวน 4 โครงการ" in text(officer)
    submit(officer, f"{PLAN}/submit", question="ส่งแผนให้ผู้บริหารพิจารณา?")
    wait_text(officer, "ส่งแผนให้ผู้บริหารพิจารณาแล้ว")


def check_versions(driver, base):
    visit(driver, base, PLAN)
    with page_change(driver, "opening the versions"):
        driver.find_element(By.PARTIAL_LINK_TEXT, "ฉบับที่อนุมัติ (2)").click()
    wait_text(driver, "ฉบับของแผนที่ผู้บริหารอนุมัติ", "ฉบับที่ 1", "ฉบับปรับปรุงครั้งที่ 1")
    page = visit(driver, base, f"{PLAN}/compare?from=1&to=2")
    assert "เปรียบเทียบ ฉบับที่ 1 กับ ฉบับปรับปรุงครั้งที่ 1" in page
    assert "เพิ่ม 1 · ลบ 0 · แก้ไข 1 โครงการ" in page
    assert f"4. {HEARING['name']} (มิติที่ 3)" in page
    changed = driver.find_element(By.CSS_SELECTOR, "table.diff").text
    assert "30,000.00" in changed and "40,000.00" in changed, changed


def report_rows(driver):
    return {row.find_element(By.CSS_SELECTOR, "td.code").text: row
            for row in driver.find_elements(By.CSS_SELECTOR, "tr[data-row]")}


def autosave(driver, row, action):
    """Changes one row; with JavaScript the row saves itself: waits for the server's answer."""
    status = driver.find_element(By.CSS_SELECTOR, ".autosave-status")
    driver.execute_script("arguments[0].textContent = '';", status)  # only an answer writes it again
    action()
    number = row.find_element(By.CSS_SELECTOR, "td.code").text
    wait_for(driver, lambda d: status.text == f"บันทึกลำดับ {number} แล้ว"
             and "saving" not in row.get_attribute("class"), f"row {number} autosaved")
    assert "has-error" not in row.get_attribute("class")


def set_row(driver, row, status, disbursed=None):
    autosave(driver, row, lambda: Select(row.find_element(By.CSS_SELECTOR, "select[name^='status_']"))
             .select_by_visible_text(status))
    if disbursed is not None:
        field = row.find_element(By.CSS_SELECTOR, "input[name^='disbursed_']")
        autosave(driver, row, lambda: field.send_keys(disbursed + Keys.TAB))


def summary(driver):
    return driver.find_element(By.ID, "summary").text


def fill_report(officer, base):
    """The officer fills every counted row (each saves itself), the problems and the reporter,
    and sends the report to the executive."""
    with page_change(officer, "opening รายงานผล"):
        officer.find_element(By.LINK_TEXT, "รายงานผล").click()
    with page_change(officer, "opening the round"):
        officer.find_element(By.LINK_TEXT, ROUND_TITLE).click()
    assert officer.current_url == base + REPORT
    wait_text(officer, "สถานะ: กำลังกรอก", "ผลการดำเนินงานรายโครงการ (3 โครงการ)")
    rows = report_rows(officer)
    assert list(rows) == ["1", "2", "4"], "project 3 is budgeted in another year only, so it is not reported"
    assert "จำนวนโครงการที่นับ\n3 โครงการ" in summary(officer)
    assert "งบประมาณรวม\n55,000.00 บาท" in summary(officer), "the plan budgets of this fiscal year"

    submit(officer, f"{REPORT}/send", question="ส่งรายงานให้ผู้บริหารยืนยัน?")
    wait_text(officer, "กรุณากรอกชื่อและตำแหน่งผู้รายงาน แล้วกดบันทึกก่อนส่ง")

    # Project 4 stays รอรายงาน: the report is filed that way, as real LAOs do.
    rows = report_rows(officer)
    set_row(officer, rows["1"], "ดำเนินการแล้วเสร็จ", "38000")
    set_row(officer, rows["2"], "ดำเนินการแล้วเสร็จ")
    visit(officer, base, REPORT)  # what was autosaved is what the server has
    figures = summary(officer)
    for expected in ("รอรายงาน\n1", "อยู่ระหว่างดำเนินการ\n0", "ดำเนินการแล้วเสร็จ\n2", "เบิกจ่ายรวม\n38,000.00 บาท",
                     "ร้อยละการเบิกจ่าย\nร้อยละ 69.09", "การนำแผนไปปฏิบัติ\nร้อยละ 66.67 ระดับ (มาก)",
                     "ระดับ (รอบ 6 เดือน): ตั้งแต่ร้อยละ 50 = มาก"):
        assert expected in figures, f"{expected!r} in\n{figures}"

    form = officer.find_element(By.CSS_SELECTOR, "form[action$='/overall']")
    fill(form, "problems", "บุคลากรมีภารกิจหลายด้าน")
    fill(form, "suggestions", "ควรจัดอบรมต่อเนื่องทุกปี")
    fill(form, "reporterName", OFFICER["name"])
    fill(form, "reporterPosition", OFFICER["position"])
    submit(officer, f"{REPORT}/overall")
    wait_text(officer, "บันทึกปัญหาอุปสรรคและผู้รายงานแล้ว")
    submit(officer, f"{REPORT}/send", question="ส่งรายงานให้ผู้บริหารยืนยัน?")
    wait_text(officer, "ยังมี 1 โครงการรอรายงาน", f"4. {HEARING['name']}")
    assert "สถานะ: กำลังกรอก" in text(officer), "nothing is sent before the officer confirms"
    submit(officer, officer.find_element(By.CSS_SELECTOR, "#send-anyway form"))
    wait_text(officer, "ส่งรายงานให้ผู้บริหารยืนยันแล้ว", "สถานะ: รอผู้บริหารยืนยัน",
              "ส่งรายงานให้ผู้บริหารยืนยันแล้ว อยู่ระหว่างรอการยืนยัน")
    assert not officer.find_elements(By.CSS_SELECTOR, "select[name^='status_']"), "locked while awaiting confirmation"


def confirm_report(executive, base, pending=0):
    """The executive finds the report waiting on the home page and confirms it (ticking that
    `pending` projects are still รอรายงาน, when there are)."""
    visit(executive, base, "/")
    wait_text(executive, "รายงานที่รอคุณ", f"{ROUND_TITLE}: รอผู้บริหารยืนยัน")
    with page_change(executive, "opening the waiting report"):
        executive.find_element(By.PARTIAL_LINK_TEXT, f"{ROUND_TITLE}: รอผู้บริหารยืนยัน").click()
    wait_text(executive, "ผู้บริหารยืนยันรายงาน")
    if pending:
        wait_text(executive, f"รับทราบว่ายังมี {pending} โครงการรอรายงาน", f"4. {HEARING['name']}")
        executive.find_element(By.CSS_SELECTOR, "input[name='confirm_pending']").click()
    else:
        assert not executive.find_elements(By.CSS_SELECTOR, "input[name='confirm_pending']")
    submit(executive, f"{REPORT}/confirm")
    wait_text(executive, "ส่งรายงานแล้ว", "สถานะ: ส่งแล้ว", f"ยืนยันโดย {EXECUTIVE['name']}",
              "ส่งรายงานรอบนี้แล้ว แก้ไขไม่ได้ เว้นแต่ผู้กำกับดูแลส่งกลับให้แก้ไข")
    assert ("ส่งหลังกำหนด" in text(executive)) == ROUND_LATE


def check_print(driver, base):
    """The official report, from the report page and, now that it is submitted, for anyone."""
    with page_change(driver, "opening the print view"):
        driver.find_element(By.LINK_TEXT, "พิมพ์รายงาน").click()
    assert driver.current_url == base + REPORT + "/print"
    title = (f"รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ของ{ORG_NAME} "
             f"พ.ศ. {FISCAL_YEAR} รอบ 6 เดือน")
    driver.delete_all_cookies()
    driver.refresh()
    assert driver.find_element(By.CSS_SELECTOR, "h1.report-title").text == title
    page = text(driver)
    for expected in ("สรุปผลการขับเคลื่อนแผนฯ", "จำนวนโครงการ/กิจกรรม/มาตรการ ทั้งหมด 3 โครงการ",
                     "ดำเนินการแล้วเสร็จ 2 โครงการ", "อยู่ระหว่างดำเนินการ 0 โครงการ", "รอรายงาน 1 โครงการ",
                     "เบิกจ่ายงบประมาณ 38,000.00 บาท คิดเป็นร้อยละ 69.09",
                     "มีการนำแผนฯ ไปปฏิบัติ ระดับ (มาก) ร้อยละ 66.67", "บุคลากรมีภารกิจหลายด้าน",
                     f"ผู้รายงาน {OFFICER['name']} {OFFICER['position']}", "มิติที่ 3 การส่งเสริมบทบาท"):
        assert expected in page, f"{expected!r} on the print view"
    ticks = driver.find_elements(By.XPATH, "//td[@class='tick' and .='✓']")
    assert len(ticks) == 3, "one status tick per project, รอรายงาน included"
    sign_in(driver, base, f"{ORG}-2", EXECUTIVE["password"])
    return page


def amend_after_filing(officer, executive, base, filed):
    """The plan is amended (a project renamed, approved again) after the report was filed:
    the filed report reads exactly as it was filed."""
    renamed = TRAINING["name"] + " (ปรับปรุงหลังส่งรายงาน)"
    visit(officer, base, PLAN)
    with page_change(officer, "opening the project"):
        officer.find_element(By.LINK_TEXT, TRAINING["name"]).click()
    with page_change(officer, "opening the edit form"):
        officer.find_element(By.LINK_TEXT, "แก้ไข / ย้ายมิติ").click()
    form = officer.find_element(By.CSS_SELECTOR, "form[data-keep-draft]")
    fill(form, "name", renamed)
    submit(officer, form)
    wait_text(officer, "บันทึกการแก้ไขแล้ว")
    visit(officer, base, PLAN)
    submit(officer, f"{PLAN}/submit", question="ส่งแผนให้ผู้บริหารพิจารณา?")
    approve_plan(executive, base, "ฉบับปรับปรุงครั้งที่ 2")
    page = visit(officer, base, REPORT + "/print")
    assert page == filed, "the filed report is unchanged by the amendment"
    assert renamed not in visit(officer, base, REPORT)
    assert TRAINING["name"] in page


def district_row(monitor, base):
    """From /dashboard down to อำเภอบางละมุง: the organization's line (after its name:
    expected, submitted, rate, on time, plans approved, implementation, disbursement)."""
    visit(monitor, base, "/dashboard")
    assert monitor.current_url == base + "/dashboard/provinces/20"
    wait_text(monitor, "ภาพรวม จังหวัดชลบุรี", "อัตราการรายงาน")
    assert monitor.find_element(By.CSS_SELECTOR, "select[name='round'] option:checked").get_attribute(
        "value") == ROUND_SLUG
    with page_change(monitor, "opening the district"):
        monitor.find_element(By.LINK_TEXT, "อำเภอบางละมุง").click()
    wait_text(monitor, "ภาพรวม อำเภอบางละมุง จังหวัดชลบุรี", "แยกตาม อปท.")
    link = monitor.find_element(By.CSS_SELECTOR, f"table.sortable a[href^='{REPORT}']")
    assert link.text == ORG_NAME
    cells = link.find_elements(By.XPATH, "./ancestor::tr[1]/td")
    return [cell.text for cell in cells[1:]]


def listed_as_missing(monitor, base):
    visit(monitor, base, f"/dashboard/provinces/20/districts/บางละมุง/missing?round={ROUND_SLUG}")
    wait_text(monitor, f"อปท. ที่ยังไม่ส่งรายงาน {ROUND_TITLE}")
    return bool(monitor.find_elements(By.CSS_SELECTOR, f"input[name='codes[]'][value='{ORG}']"))


def return_report(monitor, base):
    """The provincial monitor opens the report from its dashboard and returns it with a comment."""
    with page_change(monitor, "opening the report from the dashboard"):
        monitor.find_element(By.CSS_SELECTOR, f"table.sortable a[href^='{REPORT}']").click()
    wait_text(monitor, "ผู้กำกับดูแล: ส่งรายงานกลับให้แก้ไข", "สถานะ: ส่งแล้ว")
    fill(monitor.find_element(By.CSS_SELECTOR, "form[action$='/return']"), "comment", RETURN_COMMENT)
    submit(monitor, f"{REPORT}/return")
    wait_text(monitor, "ส่งรายงานกลับให้ อปท. แก้ไขแล้ว", "สถานะ: ส่งกลับให้แก้ไข")


def correct_report(officer, base):
    """The officer sees the comment on the home page, corrects a row with "save all" and sends again."""
    visit(officer, base, "/")
    wait_text(officer, "รายงานที่รอคุณ", f"{ROUND_TITLE}: ส่งกลับให้แก้ไข", f"สิ่งที่ต้องแก้ไข: {RETURN_COMMENT}")
    with page_change(officer, "opening the returned report"):
        officer.find_element(By.PARTIAL_LINK_TEXT, f"{ROUND_TITLE}: ส่งกลับให้แก้ไข").click()
    wait_text(officer, f"ผู้กำกับดูแลส่งรายงานกลับให้แก้ไข: {RETURN_COMMENT} — แก้ไขแล้วส่งใหม่ได้")
    row = report_rows(officer)["4"]
    # Set without change events, so nothing autosaves: the "save all" button sends it.
    officer.execute_script("arguments[0].value = arguments[1];",
                           row.find_element(By.CSS_SELECTOR, "select[name^='status_']"), "ดำเนินการแล้วเสร็จ")
    officer.execute_script("arguments[0].value = '15,000';",
                           row.find_element(By.CSS_SELECTOR, "input[name^='disbursed_']"))
    submit(officer, f"{REPORT}/entries")
    wait_text(officer, "บันทึกแล้ว 1 รายการ")
    figures = summary(officer)
    assert "ดำเนินการแล้วเสร็จ\n3" in figures and "เบิกจ่ายรวม\n53,000.00 บาท" in figures, figures
    submit(officer, f"{REPORT}/send", question="ส่งรายงานให้ผู้บริหารยืนยัน?")
    wait_text(officer, "ส่งรายงานให้ผู้บริหารยืนยันแล้ว", "สถานะ: รอผู้บริหารยืนยัน")
    history = officer.find_element(By.XPATH, "//h2[.='ประวัติรายงาน']/following-sibling::table").text
    assert RETURN_COMMENT in history, history


def check_dashboard(monitor, base):
    """The resubmitted report counts again: the organization's line, the district on the
    province page, and the list of those that have not reported."""
    expected, submitted, rate, on_time, plans, implementation, disbursement = district_row(monitor, base)
    assert (expected, submitted, rate, plans) == ("1", "1", "100.00", "1/1")
    assert on_time == ("0.00" if ROUND_LATE else "100.00")
    assert (implementation, disbursement) == ("100.00", "96.36")
    assert not listed_as_missing(monitor, base)
    visit(monitor, base, f"/dashboard/provinces/20?round={ROUND_SLUG}")
    line = monitor.find_element(By.XPATH, "//table[contains(@class,'sortable')]//tr[td[1][.='อำเภอบางละมุง']]")
    submitted_in_district = int(line.find_elements(By.TAG_NAME, "td")[2].text)
    assert submitted_in_district >= 1
    headline = re.search(r"ส่งแล้ว (\d+) จาก (\d+) แห่ง", text(monitor))
    assert headline and int(headline.group(1)) >= submitted_in_district
