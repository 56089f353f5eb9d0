"""The OIT workspace as an LAO prepares it: the officer assigns owners, attaches evidence and
publishes an item, drafts the integrity announcements, signs and publishes one (item O30 then
shows it from the register); a citizen then sees both on the public OIT page. Uses หนองปรือ (4200401),
whose reports the round test fills: the OIT workspace is separate from them. Copes with an
earlier run (owners are typed again, a link is added again)."""
import os
import tempfile

from selenium.webdriver.common.by import By

from browser import choose, fill, page_change, sign_in, submit, text, visit, wait_text

ORG = "4200401"
LINK = "https://www.nongprue.go.th/ita/o21-hr-criteria"


def test_officer_assigns_owners_attaches_evidence_and_the_public_sees_it(base_url, browsers):
    officer = browsers("officer")
    sign_in(officer, base_url, ORG)
    visit(officer, base_url, f"/organizations/{ORG}/oit")
    wait_text(officer, "แบบตรวจ OIT ปีงบประมาณ", "ความพร้อม")
    workspace = officer.current_url
    assert workspace.endswith("/workspace"), workspace
    year_path = workspace[len(base_url):-len("/workspace")]

    with page_change(officer, "opening the owners form"):
        officer.find_element(By.LINK_TEXT, "มอบหมายผู้รับผิดชอบ").click()
    form = officer.find_element(By.CSS_SELECTOR, "form[action$='/owners']")
    fill(form, "owner_position_O21", "นักทรัพยากรบุคคล")
    fill(form, "due_date_O21", "30/4/2570")
    fill(form, "owner_name_O28", "นายสมชาย ใจดี")
    fill(form, "owner_position_O28", "นักวิเคราะห์นโยบายและแผน")
    submit(officer, form)
    wait_text(officer, "บันทึกผู้รับผิดชอบแล้ว")
    page = text(officer)
    assert "ตำแหน่งนักทรัพยากรบุคคล" in page and "นายสมชาย ใจดี (นักวิเคราะห์นโยบายและแผน)" in page

    visit(officer, base_url, year_path + "/memo")
    wait_text(officer, "บันทึกข้อความ", "การมอบหมายผู้รับผิดชอบข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
              "นายสมชาย ใจดี")

    visit(officer, base_url, year_path + "/items/O21")
    form = officer.find_element(By.CSS_SELECTOR, "form[action$='/items/O21/links']")
    fill(form, "url", LINK)
    submit(officer, form)
    wait_text(officer, "เพิ่มลิงก์แล้ว", LINK)
    form = officer.find_element(By.CSS_SELECTOR, "form[action$='/items/O21']")
    choose(form, "state", value="published")
    submit(officer, form)
    wait_text(officer, "บันทึกข้อ O21 แล้ว", "เผยแพร่แล้ว")

    # The announcements: drafted from the templates, the No Gift one signed and published.
    year = year_path.rsplit("/", 1)[1]
    visit(officer, base_url, f"/organizations/{ORG}/announcements?fy={year}")
    if not officer.find_elements(By.PARTIAL_LINK_TEXT, "ของขวัญ"):
        with page_change(officer, "opening the template form"):
            officer.find_element(By.LINK_TEXT, "สร้างประกาศจากแบบ").click()
        submit(officer, officer.find_element(By.CSS_SELECTOR, f"form[action='/organizations/{ORG}/announcements']"))
    with page_change(officer, "opening the No Gift announcement"):
        officer.find_element(By.PARTIAL_LINK_TEXT, "ของขวัญ").click()
    announcement = officer.current_url
    sign = officer.find_elements(By.CSS_SELECTOR, "form[action$='/sign']")
    if sign:
        scan = os.path.join(tempfile.mkdtemp(), "no-gift-signed.pdf")
        with open(scan, "wb") as file:
            file.write(b"%PDF-1.4\n% signed scan\n")
        sign[0].find_element(By.NAME, "file").send_keys(scan)
        submit(officer, sign[0])
        wait_text(officer, "ลงนามแล้ว")
    publish = officer.find_elements(By.CSS_SELECTOR, "form[action$='/publish']")
    if publish:
        submit(officer, publish[0])
    wait_text(officer, "เผยแพร่แล้ว")
    assert officer.current_url == announcement

    visit(officer, base_url, year_path + "/items/O30")
    wait_text(officer, "ข้อมูลจากระบบสุจริต", "ของขวัญ")
    form = officer.find_element(By.CSS_SELECTOR, "form[action$='/items/O30']")
    choose(form, "state", value="published")
    submit(officer, form)
    wait_text(officer, "บันทึกข้อ O30 แล้ว")

    citizen = browsers("citizen")
    visit(citizen, base_url, year_path)
    page = wait_text(citizen, "ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "O21")
    row = citizen.find_element(By.ID, "o21")
    assert LINK in row.text, row.text
    assert "ยังไม่เผยแพร่" in citizen.find_element(By.ID, "o22").text
    assert "พื้นที่ทำงาน" not in page, "a citizen gets no workspace link"
    assert "ของขวัญ" in citizen.find_element(By.ID, "o30").text, "O30 shows the published announcement"
