"""The public face as a citizen without an account uses it: finding an organization and reading
its public record (plan, reports, ITA) with its share preview, the nationwide project search
(only approved plans), the open data (a CSV that opens in Excel and matches its dictionary,
every file of catalog.json), accessibility of those pages, and the widget an LAO frames on its
own website (while the organization page itself refuses to be framed).

Uses เทศบาลเมืองมาบตาพุด (4210103, ระยอง), which no other test touches: the national admin
issues its officer and executive accounts, the officer builds a plan, the executive approves it
and confirms the 6-month report; a project added afterwards stays in a draft amendment.
Needs a fresh database (e2e/run.sh makes one): the accounts are issued here."""
import csv
import http.server
import io
import json
import re
import shutil
import tempfile
import threading
import urllib.request
from functools import partial
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlsplit

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from browser import (
    FISCAL_YEAR, choose, ensure_round_open, fact, fill, new_browser, page_change, quit_browser, sign_in, submit, text,
    visit, wait_for, wait_text)

ORG = "4210103"
ORG_NAME = "เทศบาลเมืองมาบตาพุด"
PERIOD = "2566-2570"
YEARS = range(2566, 2571)
PLAN = f"/organizations/{ORG}/plans/{PERIOD}"
REPORT = f"/organizations/{ORG}/reports/{FISCAL_YEAR}/6"
OFFICER = {"name": "นางสาวมาลี ซื่อตรง", "position": "นิติกรชำนาญการ", "password": "Maptaphut-officer-2570!"}
EXECUTIVE = {"name": "นายประยูร สุจริตธรรม", "position": "นายกเทศมนตรีเมืองมาบตาพุด",
             "password": "Maptaphut-mayor-2570!"}

GIFT = {"type": "โครงการ", "name": "โครงการส่งเสริมวัฒนธรรมองค์กรไม่รับของขวัญ (No Gift Policy) มาบตาพุด", "dimension": "1",
        "sub_mission": "1.1", "budgets": {FISCAL_YEAR: "25000"}}
SEASON = {"type": "มาตรการ", "name": "มาตรการไม่รับของขวัญทุกเทศกาล (No Gift Policy) มาบตาพุด", "dimension": "2",
          "sub_mission": "2.1", "budgets": {FISCAL_YEAR: "10000", FISCAL_YEAR - 1: "10000"}}
# Added after approval and never approved: no one outside may see it.
DRAFT = {"type": "กิจกรรม", "name": "กิจกรรมจัดทำคู่มือปฏิเสธของกำนัล (Gift Refusal Handbook) มาบตาพุด", "dimension": "2",
         "sub_mission": "2.3", "budgets": {FISCAL_YEAR: "5000"}}

# The confirmed report: (1 completed + ½ of 1 under way) of 2; 27,000 of this year's 35,000 baht.
IMPLEMENTATION = "ร้อยละ 75.00"
DISBURSEMENT = "ร้อยละ 77.14"
RECORD_HEADINGS = ["แผนปฏิบัติการป้องกันการทุจริต", "ผลการดำเนินงาน", "ประวัติการรายงานผล", "คุณธรรมและความโปร่งใส"]

# Run in the page: what a screen-reader or keyboard user would trip over, as a list of problems.
ACCESSIBILITY_JS = r"""
const problems = [];
const describe = el => el.outerHTML.slice(0, 120);
const lang = document.documentElement.getAttribute('lang');
if (lang !== 'th') problems.push(`<html lang="${lang}">, expected "th"`);
const h1s = document.querySelectorAll('h1');
if (h1s.length !== 1) problems.push(`${h1s.length} h1 elements`);
let previous = 0;
for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
  const level = Number(heading.tagName[1]);
  if (level > previous + 1) problems.push(`h${level} after h${previous}: ${heading.textContent.trim()}`);
  previous = level;
}
const buttons = ['hidden', 'submit', 'button', 'reset', 'image'];
for (const field of document.querySelectorAll('input, select, textarea')) {
  if (field.tagName === 'INPUT' && buttons.includes((field.getAttribute('type') || 'text').toLowerCase())) continue;
  const byFor = field.id && document.querySelector(`label[for="${CSS.escape(field.id)}"]`);
  const labelled = (byFor && byFor.textContent.trim()) || field.closest('label')
    || (field.getAttribute('aria-label') || '').trim()
    || (field.getAttribute('aria-labelledby') || '').split(/\s+/).some(id => id && document.getElementById(id));
  if (!labelled) problems.push(`unlabelled field ${describe(field)}`);
}
for (const table of document.querySelectorAll('table')) {
  if (!table.querySelector('th')) problems.push(`table without th ${describe(table)}`);
}
for (const image of document.querySelectorAll('img')) {
  if (!image.hasAttribute('alt')) problems.push(`img without alt ${describe(image)}`);
}
return problems;
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def check_accessibility(driver):
    problems = driver.execute_script(ACCESSIBILITY_JS)
    assert not problems, f"accessibility at {driver.current_url}:\n" + "\n".join(problems)


def fetch(url):
    """(status, headers, body) without a browser: for files and response headers."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers, response.read()
    except HTTPError as error:
        return error.code, error.headers, error.read()


def on_base(url, base):
    """The URL with its scheme and host replaced by the test server's."""
    parts = urlsplit(url)
    return base + parts.path + (f"?{parts.query}" if parts.query else "")


def keyboard_search(driver, name, words):
    """Tabs from the top of a freshly loaded page to the search field `name`, types and presses
    Enter."""
    assert driver.execute_script("return document.activeElement === document.body;"), "nothing has focus yet"
    for _ in range(40):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        if driver.execute_script("return document.activeElement.name;") == name:
            break
    else:
        raise AssertionError(f"the field {name!r} cannot be reached with Tab at {driver.current_url}")
    with page_change(driver, f"searching {words!r} from the keyboard"):
        driver.switch_to.active_element.send_keys(words + Keys.ENTER)


# --- What the organization does first (its people, through the UI) --------------------------------

def issue_account(admin, base, role, person):
    visit(admin, base, f"/organizations/{ORG}/accounts")
    wait_text(admin, f"บัญชีผู้ใช้ของ {ORG_NAME}")
    choose(admin, "role", value=role)
    fill(admin, "displayName", person["name"])
    fill(admin, "position", person["position"])
    submit(admin, f"/organizations/{ORG}/accounts")
    wait_text(admin, "หนังสือแจ้งรหัสเปิดใช้งานระบบสุจริต")
    return fact(admin, "ชื่อผู้ใช้"), admin.find_element(By.CSS_SELECTOR, ".activation-code").text


def activate(driver, base, username, code, person):
    assert sign_in(driver, base, username, code) == "/account/password"
    fill(driver, "password", person["password"])
    fill(driver, "confirmation", person["password"])
    submit(driver, "/account/password")
    wait_text(driver, "บันทึกรหัสผ่านใหม่แล้ว")


def add_project(officer, project):
    with page_change(officer, "opening the project form"):
        officer.find_element(By.LINK_TEXT, "+ เพิ่มโครงการ").click()
    form = officer.find_element(By.CSS_SELECTOR, "form[data-keep-draft]")
    choose(form, "type", project["type"])
    fill(form, "name", project["name"])
    fill(form, "objectives", "ปลูกฝังค่านิยมไม่รับของขวัญและประโยชน์อื่นใด")
    fill(form, "method", "ประกาศนโยบาย\nประชาสัมพันธ์")
    fill(form, "target_group", "บุคลากรเทศบาล")
    fill(form, "responsible_unit", "สำนักปลัด")
    choose(form, "dimension", value=project["dimension"])
    choose(form, "sub_mission", value=project["sub_mission"])
    for year in YEARS:
        fill(form, f"budget_{year}", project["budgets"].get(year, ""))
    submit(officer, form)
    wait_text(officer, "เพิ่มโครงการลำดับ", project["name"])


def approve(executive, base):
    visit(executive, base, PLAN)
    form = executive.find_element(By.CSS_SELECTOR, "form[action$='/approve']")
    fill(form, "name", EXECUTIVE["name"])
    fill(form, "position", EXECUTIVE["position"])
    submit(executive, f"{PLAN}/approve")
    wait_text(executive, "อนุมัติแผนแล้ว")


def file_report(officer, executive, base):
    """Both projects reported (one completed, one under way), sent and confirmed."""
    visit(officer, base, REPORT)
    wait_text(officer, "สถานะ: กำลังกรอก")
    rows = {row.find_element(By.CSS_SELECTOR, "td.code").text: row
            for row in officer.find_elements(By.CSS_SELECTOR, "tr[data-row]")}
    assert sorted(rows) == ["1", "2"], f"rows {sorted(rows)}"
    for number, status, disbursed in (("1", "ดำเนินการแล้วเสร็จ", "24,000"), ("2", "อยู่ระหว่างดำเนินการ", "3,000")):
        row = rows[number]
        officer.execute_script("arguments[0].value = arguments[1];",
                               row.find_element(By.CSS_SELECTOR, "select[name^='status_']"), status)
        officer.execute_script("arguments[0].value = arguments[1];",
                               row.find_element(By.CSS_SELECTOR, "input[name^='disbursed_']"), disbursed)
    submit(officer, f"{REPORT}/entries")
    wait_text(officer, "บันทึกแล้ว 2 รายการ")
    form = officer.find_element(By.CSS_SELECTOR, "form[action$='/overall']")
    fill(form, "problems", "ไม่มี")
    fill(form, "reporterName", OFFICER["name"])
    fill(form, "reporterPosition", OFFICER["position"])
    submit(officer, f"{REPORT}/overall")
    wait_text(officer, "บันทึกปัญหาอุปสรรคและผู้รายงานแล้ว")
    submit(officer, f"{REPORT}/send", question="ส่งรายงานให้ผู้บริหารยืนยัน?")
    wait_text(officer, "ส่งรายงานให้ผู้บริหารยืนยันแล้ว")
    visit(executive, base, REPORT)
    submit(executive, f"{REPORT}/confirm")
    wait_text(executive, "สถานะ: ส่งแล้ว")


def round_files(driver, base, dataset):
    """From the dataset's page: each file's title (a round, or ทุกรอบ) with its CSV's data lines."""
    visit(driver, base, f"/open-data/{dataset}")
    files = {}
    for row in driver.find_elements(By.XPATH, "//h2[.='ไฟล์']/following-sibling::table[1]/tbody/tr"):
        href = row.find_element(By.XPATH, "./td[3]/a").get_attribute("href")
        status, _, body = fetch(href)
        assert status == 200, href
        files[row.find_element(By.XPATH, "./td[1]").text] = body.decode("utf-8-sig").splitlines()[1:]
    assert "ทุกรอบ" in files, f"{dataset}: files {list(files)}"
    return files


def search_projects(driver, base, words, province=None):
    """/projects through its form; returns (the number found, the project names listed)."""
    visit(driver, base, "/projects")
    form = driver.find_element(By.CSS_SELECTOR, "form[action='/projects']")
    fill(form, "q", words)
    choose(form, "province", value=province or "")
    submit(driver, form)
    found = wait_for(driver, lambda d: re.search(r"พบ ([\d,]+) โครงการ", text(d)), f"the count for {words!r}")
    names = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "table.data tbody tr td:nth-child(5)")]
    return int(found.group(1).replace(",", "")), names


@pytest.fixture(scope="module")
def organization(base_url):
    """The organization with an approved plan (2 projects), a confirmed 6-month report and a
    draft amendment adding a third project. Returns what a citizen could check before approval."""
    people = [new_browser(who) for who in ("admin", "officer", "executive", "citizen")]
    try:
        yield prepare(base_url, *people)
    finally:
        for driver in people:
            quit_browser(driver)


def prepare(base_url, admin, officer, executive, citizen):
    sign_in(admin, base_url, "admin")
    officer_login, officer_code = issue_account(admin, base_url, "lao_officer", OFFICER)
    executive_login, executive_code = issue_account(admin, base_url, "lao_executive", EXECUTIVE)
    activate(officer, base_url, officer_login, officer_code, OFFICER)
    activate(executive, base_url, executive_login, executive_code, EXECUTIVE)

    visit(officer, base_url, f"/organizations/{ORG}/plans")
    submit(officer, officer.find_element(By.XPATH, f"//form[.//input[@name='period' and @value='{PERIOD}']]"))
    wait_text(officer, "สร้างแผนแล้ว")
    add_project(officer, GIFT)
    add_project(officer, SEASON)
    submit(officer, f"{PLAN}/submit", question="ส่งแผนให้ผู้บริหารพิจารณา?")
    wait_text(officer, "ส่งแผนให้ผู้บริหารพิจารณาแล้ว")
    before_approval = search_projects(citizen, base_url, "No Gift Policy มาบตาพุด")

    approve(executive, base_url)
    ensure_round_open(admin, base_url)
    file_report(officer, executive, base_url)

    visit(officer, base_url, PLAN)
    add_project(officer, DRAFT)
    assert "สถานะ: ร่าง" in officer.find_element(By.CSS_SELECTOR, "p.count").text
    return {"before_approval": before_approval}


# --- The citizen ------------------------------------------------------------------------------

def test_citizen_finds_the_organization_and_reads_its_public_record(base_url, organization, driver):
    visit(driver, base_url, "/")
    check_accessibility(driver)
    with page_change(driver, "opening ค้นหา อปท."):
        driver.find_element(By.LINK_TEXT, "ค้นหา อปท.").click()
    assert driver.current_url.startswith(base_url + "/organizations")
    check_accessibility(driver)
    keyboard_search(driver, "q", "มาบตาพุด")
    wait_text(driver, ORG_NAME)
    check_accessibility(driver)
    with page_change(driver, "opening the organization"):
        driver.find_element(By.LINK_TEXT, ORG_NAME).click()
    assert driver.current_url == f"{base_url}/organizations/{ORG}"
    page = wait_text(driver, *RECORD_HEADINGS)
    assert driver.find_element(By.TAG_NAME, "h1").text == ORG_NAME
    headings = [h.text for h in driver.find_elements(By.CSS_SELECTOR, ".public-record h2")]
    for expected in RECORD_HEADINGS:
        assert any(h.startswith(expected) for h in headings), f"{expected!r} in {headings}"
    assert f"แผนปฏิบัติการป้องกันการทุจริต ช่วงปี {PERIOD}" in headings
    assert f"ผลการดำเนินงานล่าสุด: ปีงบประมาณ {FISCAL_YEAR} รอบ 6 เดือน" in headings
    figures = driver.find_element(By.CSS_SELECTOR, ".public-record .summary-figures").text
    assert "2 โครงการ" in figures, f"the approved version has 2 projects, the draft amendment's third is not public:\n{figures}"
    assert "45,000.00 บาท" in figures, figures
    latest = driver.find_elements(By.CSS_SELECTOR, ".public-record .summary-figures")[1].text
    assert IMPLEMENTATION in latest and DISBURSEMENT in latest and "แล้วเสร็จ 1 · ระหว่างดำเนินการ 1" in latest, latest
    assert f"{FISCAL_YEAR}/6" in page, "the round is in the filing history"
    check_accessibility(driver)

    og_title = driver.find_element(By.CSS_SELECTOR, "meta[property='og:title']").get_attribute("content")
    assert og_title == ORG_NAME
    canonical = driver.find_element(By.CSS_SELECTOR, "link[rel='canonical']").get_attribute("href")
    assert canonical == f"{base_url}/organizations/{ORG}"
    og_url = driver.find_element(By.CSS_SELECTOR, "meta[property='og:url']").get_attribute("content")
    assert og_url == canonical
    description = driver.find_element(By.CSS_SELECTOR, "meta[property='og:description']").get_attribute("content")
    assert "2 โครงการ" in description, description


def test_citizen_searches_projects_of_approved_plans_only(base_url, organization, driver):
    count, names = organization["before_approval"]
    assert count == 0 and not names, f"a plan awaiting approval was found: {names}"

    visit(driver, base_url, "/projects")
    check_accessibility(driver)
    keyboard_search(driver, "q", "ไม่รับของขวัญ")
    found = wait_for(driver, lambda d: re.search(r"พบ ([\d,]+) โครงการ", text(d)), "the count")
    assert int(found.group(1).replace(",", "")) > 0
    names = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "table.data tbody tr td:nth-child(5)")]
    assert GIFT["name"] in names and SEASON["name"] in names, names
    assert driver.find_element(By.CSS_SELECTOR, "table.data th").text == "อปท."
    check_accessibility(driver)

    count, names = search_projects(driver, base_url, "ของขวัญ No Gift", province="21")
    assert count == 2 and sorted(names) == sorted([GIFT["name"], SEASON["name"]]), (count, names)
    count, names = search_projects(driver, base_url, "ของขวัญ (No Gift Policy) มาบตาพุด")
    assert count >= 2 and GIFT["name"] in names, (count, names)
    count, names = search_projects(driver, base_url, "ปฏิเสธของกำนัล")
    assert count == 0 and not names, "a project of a draft amendment is not public"
    count, names = search_projects(driver, base_url, "Gift Refusal Handbook")
    assert count == 0 and not names, "a project of a draft amendment is not public"

    count, names = search_projects(driver, base_url, "no gift policy", province="21")
    assert count == 2, "English is found whatever its case"
    with page_change(driver, "opening the plan from the results"):
        driver.find_element(By.LINK_TEXT, GIFT["name"]).click()
    assert driver.current_url == base_url + PLAN


def test_citizen_downloads_open_data(base_url, organization, driver):
    visit(driver, base_url, "/open-data")
    check_accessibility(driver)
    with page_change(driver, "opening the projects dataset"):
        driver.find_element(By.LINK_TEXT, "โครงการในแผนปฏิบัติการป้องกันการทุจริต").click()
    assert driver.current_url == base_url + "/open-data/projects"
    wait_text(driver, "พจนานุกรมข้อมูล")
    check_accessibility(driver)
    dictionary = driver.find_element(By.XPATH, "//h2[.='พจนานุกรมข้อมูล']/following-sibling::table[1]")
    fields = [cell.text for cell in dictionary.find_elements(By.CSS_SELECTOR, "tbody tr td:first-child")]
    assert fields and "org_code" in fields, fields
    link = driver.find_element(By.XPATH, f"//tr[td[1][.='ช่วงแผน {PERIOD}']]//a[starts-with(., 'CSV')]")
    status, headers, body = fetch(link.get_attribute("href"))
    assert status == 200 and headers.get_content_type() == "text/csv", (status, headers)
    assert body.startswith(b"\xef\xbb\xbf"), "the CSV starts with the UTF-8 BOM, so Excel reads Thai"
    lines = body[3:].decode("utf-8").splitlines()
    assert lines[0] == ",".join(fields), f"header {lines[0]!r}\ndictionary {fields}"
    rows = list(csv.DictReader(io.StringIO(body[3:].decode("utf-8"))))
    ours = sorted(row["project_name"] for row in rows if row["org_code"] == ORG)
    assert ours == sorted([GIFT["name"], SEASON["name"]]), f"the approved version only: {ours}"

    for dataset in ("report-entries", "report-figures"):
        files = round_files(driver, base_url, dataset)
        assert any(ORG in line for line in files[f"ปีงบประมาณ {FISCAL_YEAR} รอบ 6 เดือน"]), f"{dataset}: our report"
        every_round = files.pop("ทุกรอบ")
        assert sorted(every_round) == sorted(line for lines in files.values() for line in lines), dataset

    status, headers, body = fetch(base_url + "/open-data/catalog.json")
    assert status == 200 and headers.get_content_type() == "application/json", (status, headers)
    catalog = json.loads(body)
    failures = []
    for dataset in catalog["dataset"]:
        names = [field["name"] for field in dataset["dictionary"]]
        formats = sorted(d["format"] for d in dataset.get("distribution", []))
        if formats != sorted(["CSV", "JSON Lines"] * (len(formats) // 2)):
            failures.append(f"{dataset['identifier']}: files {formats}, expected CSV and JSON Lines of each part")
        for distribution in dataset.get("distribution", []):
            url = on_base(distribution["downloadURL"], base_url)
            status, headers, body = fetch(url)
            if status != 200 or headers.get_content_type() != distribution["mediaType"]:
                failures.append(f"{url}: {status} {headers.get('Content-Type')} (catalog: {distribution['mediaType']})")
            elif distribution["mediaType"] == "text/csv":
                header = body.decode("utf-8-sig").splitlines()[0] if body else ""
                if not body.startswith(b"\xef\xbb\xbf") or header != ",".join(names):
                    failures.append(f"{url}: header {header!r} is not the dictionary {names}")
            else:
                keys = {tuple(json.loads(line)) for line in body.decode("utf-8").splitlines()}
                if keys - {tuple(names)}:
                    failures.append(f"{url}: fields {keys - {tuple(names)}} are not the dictionary {names}")
    assert not failures, "\n".join(failures)
    ids = [dataset["identifier"] for dataset in catalog["dataset"]]
    assert {"projects", "report-figures", "reporting-rates"} <= set(ids), ids


def test_reporting_rates_file_of_every_round_holds_each_round(base_url, organization, driver):
    files = round_files(driver, base_url, "reporting-rates")
    this_round = files[f"ปีงบประมาณ {FISCAL_YEAR} รอบ 6 เดือน"]
    assert any(line.startswith(f"{FISCAL_YEAR},6,province,21,") for line in this_round), "ระยอง's rate this round"
    every_round = files.pop("ทุกรอบ")
    assert sorted(every_round) == sorted(line for lines in files.values() for line in lines), \
        f"ทุกรอบ has {len(every_round)} rows, the rounds {sum(len(lines) for lines in files.values())}"


def test_widget_is_framed_on_the_organization_website_but_its_page_is_not(base_url, organization, driver):
    code_page = f"{base_url}/organizations/{ORG}"
    status, headers, _ = fetch(code_page)
    assert status == 200
    assert headers.get("X-Frame-Options") == "DENY"
    assert "frame-ancestors 'none'" in headers.get("Content-Security-Policy", "")
    for path in ("/widget", "/badge.svg"):
        status, headers, _ = fetch(code_page + path)
        assert status == 200, path
        assert headers.get("X-Frame-Options") is None, f"{path}: X-Frame-Options {headers.get('X-Frame-Options')}"
        assert "frame-ancestors *" in headers.get("Content-Security-Policy", ""), headers.get("Content-Security-Policy")

    # The LAO's webmaster copies the snippets the organization page offers onto its own website.
    visit(driver, base_url, f"/organizations/{ORG}")
    with page_change(driver, "opening the widget snippets"):
        driver.find_element(By.LINK_TEXT, "วิดเจ็ตและป้ายสรุปผล").click()
    wait_text(driver, f"นำผลการป้องกันการทุจริตไปแสดงบนเว็บไซต์ของ {ORG_NAME}")
    check_accessibility(driver)
    widget_code = driver.find_element(By.ID, "iframe-code").get_attribute("value")
    badge_code = driver.find_element(By.ID, "badge-code").get_attribute("value")
    assert f'src="{code_page}/widget"' in widget_code and f'src="{code_page}/badge.svg"' in badge_code, \
        (widget_code, badge_code)
    site = Path(tempfile.mkdtemp(prefix="lao-site-"))
    (site / "index.html").write_text(f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>เว็บไซต์{ORG_NAME}</title></head><body><h1>เว็บไซต์{ORG_NAME}</h1>
<div id="widget">{widget_code}</div><div id="badge">{badge_code}</div>
<iframe id="page" title="หน้าในระบบสุจริต" src="{code_page}" width="440" height="230"></iframe>
</body></html>""", encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        driver.get(f"http://127.0.0.1:{server.server_address[1]}/index.html")
        wait_text(driver, f"เว็บไซต์{ORG_NAME}")
        wait_for(driver, lambda d: d.execute_script(
            "const i = document.querySelector('#badge img'); return i.complete && i.naturalWidth > 0;"), "the badge shown")

        driver.switch_to.frame(driver.find_element(By.CSS_SELECTOR, "#widget iframe"))
        widget = wait_text(driver, ORG_NAME, "รายงานผลล่าสุด", f"ปีงบประมาณ {FISCAL_YEAR} รอบ 6 เดือน",
                           "การนำแผนไปปฏิบัติ", IMPLEMENTATION, "การเบิกจ่าย", DISBURSEMENT, "ข้อมูลจากระบบสุจริต")
        heading = driver.find_element(By.TAG_NAME, "h1")
        assert heading.is_displayed() and heading.text == ORG_NAME, widget
        back = driver.find_element(By.PARTIAL_LINK_TEXT, "ดูแผน รายงาน")
        assert back.get_attribute("href") == code_page and back.get_attribute("target") == "_blank"
        check_accessibility(driver)
        driver.switch_to.default_content()

        driver.switch_to.frame(driver.find_element(By.ID, "page"))
        refused = wait_for(driver, lambda d: d.execute_script(
            "return document.readyState === 'complete' && location.href !== 'about:blank' && location.href;"),
            "the organization page's frame settled")
        assert refused.startswith("chrome-error://"), f"the browser showed {refused} in the frame"
        assert not driver.find_elements(By.CSS_SELECTOR, ".public-record"), "the organization page was framed"
        assert ORG_NAME not in text(driver)
        driver.switch_to.default_content()
    finally:
        server.shutdown()
        server.server_close()
        shutil.rmtree(site, ignore_errors=True)
