"""The plan book of a 60-project plan: time and size of the PDF (two Chromium renderings: the
second prints the contents' page numbers), and latency and gzip weight of the book's pages and
the risk register. Run by bench/book.sh against a server that has หนองปรือ's plan loaded."""
import argparse, gzip, json, statistics, sys, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from client import Session, current_fiscal_year  # noqa: E402

ORG, PERIOD = "4200401", "2566-2570"
BOOK = f"/organizations/{ORG}/plans/{PERIOD}/book"
PARAGRAPH = ("เทศบาลเมืองหนองปรือมุ่งป้องกันการทุจริตในทุกขั้นตอนของการปฏิบัติงาน โดยเปิดเผยข้อมูล "
             "ให้ประชาชนตรวจสอบได้ และส่งเสริมให้บุคลากรปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต ")
SECTIONS = ["preface", "linkage", "situation", "anti_bribery", "objectives", "goals", "benefits"]


def timed(client, path, rounds):
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        body, _ = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"path": path, "p50_ms": round(statistics.median(times), 1), "max_ms": round(times[-1], 1),
            "bytes": len(body), "gzip_bytes": len(gzip.compress(body))}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    client = Session(args.base).login(ORG)
    for section in SECTIONS:
        client.get(f"{BOOK}/sections/{section}")
        body = "\n\n".join([PARAGRAPH * 3] * 4) + "\n\n1. ข้อหนึ่ง\n2. ข้อสอง\n3. ข้อสาม"
        status, _ = client.post(f"{BOOK}/sections/{section}", {"body": body, "action": "save"})
        assert status in (200, 303), f"saving {section}: {status}"
    year = current_fiscal_year()
    register = f"/organizations/{ORG}/risks/{year}"
    for number in range(12):
        client.get(register)
        status, _ = client.post(register, {
            "category": ["permits", "authority", "budget", "procurement"][number % 4],
            "process": f"กระบวนงานที่ {number + 1}", "event": PARAGRAPH, "who": "เจ้าหน้าที่",
            "likelihood": str(number % 5 + 1), "impact": str((number * 2) % 5 + 1),
            "measures": PARAGRAPH, "owner": "สำนักปลัด", "status": "planned"})
        assert status in (200, 303), f"risk {number}: {status}"
    result = {"pages": {}, "pdf": {}}
    for path in [BOOK, f"{BOOK}/sections/preface", f"{BOOK}/print", f"{BOOK}/print?year={year}", register,
                 f"{register}/print", f"/organizations/{ORG}/plans/{PERIOD}"]:
        result["pages"][path] = timed(client, path, args.rounds)
    pdf_times = []
    for _ in range(3):
        started = time.perf_counter()
        body, headers = client.get(f"{BOOK}/book.pdf")
        pdf_times.append((time.perf_counter() - started) * 1000)
        assert body.startswith(b"%PDF"), headers
    pdf_times.sort()
    result["pdf"] = {"path": f"{BOOK}/book.pdf", "p50_ms": round(statistics.median(pdf_times), 1),
                     "max_ms": round(pdf_times[-1], 1), "bytes": len(body),
                     "pages": body.count(b"/Type /Page\n") or body.count(b"/Type /Page")}
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=2))
    for key, value in result["pages"].items():
        print(f"{key}: p50 {value['p50_ms']} ms, max {value['max_ms']} ms, {value['gzip_bytes'] / 1024:.1f} KB gzip")
    pdf = result["pdf"]
    print(f"book PDF: p50 {pdf['p50_ms']} ms, max {pdf['max_ms']} ms, {pdf['bytes'] / 1024:.0f} KB, {pdf['pages']} pages")


if __name__ == "__main__":
    main()
