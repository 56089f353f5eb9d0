"""The plan book as หนองปรือ's officer makes it: writes the preface (คำนำ) in the browser, records
a risk in the risk register and publishes it, then downloads the whole book as PDF and reads it
back with pdftotext: the contents list each part with the page it really starts on, the preface
is on that page, the risk section comes from the register, and part 2 is the 65-project table.
Copes with earlier runs (the preface text carries the run's time)."""
import re
import subprocess
import time
import urllib.request

from selenium.webdriver.common.by import By

from browser import FISCAL_YEAR, choose, fill, page_change, sign_in, submit, visit, wait_text

ORG = "4200401"
PERIOD = "2566-2570"
BOOK = f"/organizations/{ORG}/plans/{PERIOD}/book"


def download(driver, base, path):
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(base + path, headers={"Cookie": cookies})
    with urllib.request.urlopen(request, timeout=180) as answer:
        return answer.headers.get("Content-Type", ""), answer.read()


def squeeze(text):
    """pdftotext splits Thai words around some marks: compare without any white space."""
    return re.sub(r"\s+", "", text)


def pdf_pages(data, folder):
    path = folder / "book.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True).stdout
    return text.decode("utf-8").split("\f")


def test_the_officer_writes_the_preface_and_prints_the_book_with_its_contents(base_url, browsers, tmp_path):
    officer = browsers("officer")
    sign_in(officer, base_url, ORG)
    visit(officer, base_url, BOOK)
    wait_text(officer, "เล่มแผนปฏิบัติการป้องกันการทุจริต", "คำนำ")

    marker = f"คำนำทดสอบ {int(time.time())}"
    visit(officer, base_url, BOOK + "/sections/preface")
    fill(officer, "body", f"{marker}\n\n1. ข้อแรกของคำนำ\n- ข้อย่อย")
    with page_change(officer, "saving the preface"):
        officer.find_element(By.CSS_SELECTOR, "button[name=action][value=save]").click()
    wait_text(officer, 'บันทึกหัวข้อ "คำนำ" แล้ว')

    register = f"/organizations/{ORG}/risks/{FISCAL_YEAR}"
    visit(officer, base_url, register)
    form = officer.find_element(By.CSS_SELECTOR, f"form[action='{register}']")
    choose(form, "category", value="procurement")
    fill(form, "process", "การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง")
    fill(form, "event", f"แบ่งซื้อแบ่งจ้างเพื่อเลี่ยงวิธีประกวดราคา {marker}")
    choose(form, "likelihood", value="4")
    choose(form, "impact", value="4")
    fill(form, "measures", "ตรวจสอบแผนจัดซื้อรายไตรมาส")
    submit(officer, form)
    wait_text(officer, "เพิ่มความเสี่ยงแล้ว", "ระดับสูงมาก: ")
    assert officer.find_elements(By.CSS_SELECTOR, "svg.risk-matrix"), "the risk matrix is drawn"
    submit(officer, f"{register}/publish", question="เผยแพร่ทะเบียนความเสี่ยง")
    wait_text(officer, "เผยแพร่ทะเบียนความเสี่ยงแล้ว")

    kind, data = download(officer, base_url, BOOK + "/book.pdf")
    assert kind.startswith("application/pdf") and data.startswith(b"%PDF")
    pages = pdf_pages(data, tmp_path)
    contents = next(index for index, page in enumerate(pages) if "สารบัญ" in page)
    assert contents == 1, "the contents follow the cover"

    def listed(title):
        for line in pages[contents].splitlines():
            found = re.search(r"(\d+)\s*$", line)
            if found and squeeze(title) in squeeze(line):
                return int(found.group(1))
        raise AssertionError(f"{title} is not in the contents:\n{pages[contents]}")

    preface = listed("คำนำ")
    assert squeeze(marker) in squeeze(pages[preface - 1]), f"the contents say the preface is on page {preface}"
    part_two = listed("ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต")
    assert squeeze("ส่วนที่ 2") in squeeze(pages[part_two - 1]) and "งบประมาณ" in squeeze(pages[part_two - 1])
    risks = listed("การวิเคราะห์ความเสี่ยงการทุจริต")
    assert squeeze("การวิเคราะห์ความเสี่ยงการทุจริต") in squeeze(pages[risks - 1])
    # (table cells wrap, so the run's number stands for the whole event)
    assert any(marker.split()[-1] in page for page in pages[risks - 1:part_two - 1]), \
        "the register fills the risk section"
    assert squeeze("รวม จำนวน 65 โครงการ") in squeeze("".join(pages[part_two - 1:]))
