"""Circulars (หนังสือเวียน) as their people use them: ชลบุรี's province office posts one to
every LAO of the province and its districts; บางละมุง's district office finds it in its inbox
and relays it with its own number; ห้วยใหญ่'s officer (5200403) sees both on the home page,
opens the relay (the whole chain is shown), acknowledges both; each sender sees it counted.
Every run posts letters with a title of its own, so earlier runs never get in the way."""
import tempfile
import time
from pathlib import Path

from selenium.webdriver.common.by import By

from browser import bangkok_today, fact, fill, sign_in, submit, visit, wait_text

ORG = "5200403"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def thai_today():
    today = bangkok_today()
    return f"{today.day}/{today.month}/{today.year + 543}"


def open_link(driver, label):
    driver.find_element(By.LINK_TEXT, label).click()


def test_a_province_posts_a_district_relays_an_lao_acknowledges_and_the_senders_count_it(base_url, browsers):
    run = str(int(time.time()))
    title = f"การจัดทำแผนปฏิบัติการป้องกันการทุจริต ครั้งที่ {run}"
    relay_title = title + " (อำเภอบางละมุงส่งต่อ)"
    pdf = Path(tempfile.mkdtemp()) / "letter.pdf"
    pdf.write_bytes(PDF)

    province = browsers("province")
    sign_in(province, base_url, "chonburi")
    visit(province, base_url, "/circulars/new")
    form = province.find_element(By.CSS_SELECTOR, "form[enctype='multipart/form-data']")
    fill(form, "title", title)
    fill(form, "number", f"ชบ ๐๐๒๓.๓/ว {run[-4:]}")
    fill(form, "letterDate", thai_today())
    fill(form, "summary", "ขอให้ อปท. จัดทำแผนและรายงานผลผ่านระบบสุจริต")
    form.find_element(By.NAME, "file").send_keys(str(pdf))
    submit(province, form)
    wait_text(province, "ส่งหนังสือเวียนถึง อปท.", "ผู้กำกับดูแล")
    original_url = province.current_url

    district = browsers("district")
    sign_in(district, base_url, "banglamung")
    visit(district, base_url, "/circulars/inbox")
    open_link(district, title)
    wait_text(district, "ส่งต่อหนังสือนี้")
    open_link(district, "ส่งต่อหนังสือนี้ถึง อปท. ในพื้นที่ของคุณ")
    wait_text(district, "อ้างถึง หนังสือ จังหวัดชลบุรี")
    form = district.find_element(By.CSS_SELECTOR, "form[enctype='multipart/form-data']")
    fill(form, "title", relay_title)
    fill(form, "number", f"ชบ ๐๐๒๓.๑๑/ว {run[-3:]}")
    fill(form, "letterDate", thai_today())
    submit(district, form)
    wait_text(district, "ส่งต่อหนังสือเวียนถึง อปท.")
    relay_url = district.current_url

    lao = browsers("lao")
    sign_in(lao, base_url, ORG)
    visit(lao, base_url, "/")
    wait_text(lao, "หนังสือเวียนที่รอรับทราบ")
    visit(lao, base_url, "/circulars/inbox")
    open_link(lao, relay_title)
    page = wait_text(lao, "ลำดับการส่งต่อหนังสือ", "ต้นเรื่อง: จังหวัดชลบุรี", "ส่งต่อโดย: อำเภอบางละมุง จังหวัดชลบุรี")
    assert "เปิดไฟล์ PDF" in page
    submit(lao, "/acknowledge")
    wait_text(lao, "บันทึกการรับทราบแล้ว", "รับทราบเมื่อ")
    visit(lao, base_url, "/circulars/inbox")
    open_link(lao, title)
    submit(lao, "/acknowledge")
    wait_text(lao, "บันทึกการรับทราบแล้ว")

    district.get(relay_url)
    wait_text(district, "การรับทราบ")
    assert fact(district, "รับทราบแล้ว") == "1 แห่ง"
    row = district.find_element(By.XPATH, "//table[@id='recipients']//tr[contains(., 'ห้วยใหญ่')]")
    assert "รับทราบแล้ว" in row.text

    province.get(original_url)
    wait_text(province, "การส่งต่อ", "อำเภอบางละมุง จังหวัดชลบุรี")
    assert fact(province, "รับทราบแล้ว") == "1 แห่ง"
    relay_row = province.find_element(By.XPATH, "//table[@id='relays']//tr[contains(., 'อำเภอบางละมุง')]")
    assert relay_row.find_elements(By.TAG_NAME, "td")[4].text == "1"
