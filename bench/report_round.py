"""Measures a deadline-day round on a running server, with the standard library only:
saving all 65 rows of a round in one request (no JavaScript), saving one row (autosave),
rendering the official report as PDF, and the weight of the pages an officer loads.

usage: report_round.py BASE_URL [REPEATS]
Expects the demo accounts and หนองปรือ's 65-project plan (bench/run.sh sets both up).
"""
import gzip
import re
import statistics
import sys
import time

from client import Session, current_fiscal_year, open_round

BASE = sys.argv[1]
REPEATS = int(sys.argv[2]) if len(sys.argv) > 2 else 10
YEAR = current_fiscal_year()
REPORT = f"/organizations/4200401/reports/{YEAR}/6"
STATUSES = ["ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"]


def fields_of(html):
    """The entry form's fields: name → value (selects: their selected option)."""
    form = html[html.index('action="' + REPORT + '/entries"'):]
    form = form[: form.index("</form>")]
    fields = dict(re.findall(r'<input type="hidden" name="(version_[^"]+)" value="(\d+)"', form))
    for name in re.findall(r'name="((?:budget|disbursed|reason_text)_[^"]+)"', form):
        fields.setdefault(name, "")
    for name in re.findall(r'<select name="((?:status|reason)_[^"]+)"', form):
        fields[name] = ""
    for name in re.findall(r'<textarea name="(note_[^"]+)"', form):
        fields[name] = ""
    return fields


def main():
    open_round(BASE, YEAR)

    officer = Session(BASE)
    officer.login("4200401")
    timings = []
    for run in range(REPEATS):
        html = officer.get(REPORT)[0].decode()
        fields = fields_of(html)
        for name in list(fields):
            if name.startswith("status_"):
                fields[name] = STATUSES[run % 2]
        rows = sum(1 for name in fields if name.startswith("status_"))
        started = time.perf_counter()
        status, body = officer.post(REPORT + "/entries", fields)
        timings.append(time.perf_counter() - started)
        assert status in (200, 303), body[:500]
    print(f"save all {rows} rows in one request: median {statistics.median(timings) * 1000:.0f} ms, "
          f"max {max(timings) * 1000:.0f} ms over {REPEATS} saves (every row changed each time)")

    html = officer.get(REPORT)[0].decode()
    fields = fields_of(html)
    one = next(name for name in fields if name.startswith("status_"))
    row_id = one[len("status_"):]
    single = {k: v for k, v in fields.items() if k.endswith(row_id)}
    autosave = []
    for run in range(REPEATS):
        single["status_" + row_id] = STATUSES[run % 2]
        started = time.perf_counter()
        status, body = officer.post(REPORT + "/entries", single, accept="application/json")
        autosave.append(time.perf_counter() - started)
        match = re.search(rb'"version":(\d+)', body)
        single["version_" + row_id] = match.group(1).decode() if match else single["version_" + row_id]
    print(f"autosave of one row: median {statistics.median(autosave) * 1000:.0f} ms")

    for label, path in [("report page", REPORT), ("print view", REPORT + "/print"),
                        ("app.css", "/static/app.css"), ("app.js", "/static/app.js")]:
        body, headers = officer.get(path, gzip_ok=True)
        raw = gzip.decompress(body) if headers.get("Content-Encoding") == "gzip" else body
        print(f"{label}: {len(body) / 1024:.1f} KB over the wire ({len(raw) / 1024:.1f} KB uncompressed)")

    started = time.perf_counter()
    pdf, _ = officer.get(REPORT + "/report.pdf")
    print(f"PDF: {time.perf_counter() - started:.2f} s, {len(pdf) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
