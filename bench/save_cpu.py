"""Server CPU per autosave of one row (one officer saving in a loop, read from /proc): the
deadline's hot path, comparable between two builds. Usage: save_cpu.py BASE SERVER_PID SAVES LABEL
(on demo data with หนองปรือ's plan, as e2e/server.sh sets up)."""
import re
import sys
import time

from client import Session, cpu_seconds, current_fiscal_year, open_round

BASE, PID, SAVES, LABEL = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
year = current_fiscal_year()
open_round(BASE, year)
officer = Session(BASE).login("4200401")
report = f"/organizations/4200401/reports/{year}/6"
html = officer.get(report)[0].decode()
row = re.search(r'name="version_([0-9A-F-]{36})" value="(\d+)"', html)
row_id, version = row.group(1), row.group(2)
fields = {f"{name}_{row_id}": "" for name in ("status", "reason", "reason_text", "budget", "disbursed", "note")}
before, started = cpu_seconds(PID), time.perf_counter()
for run in range(SAVES):
    fields[f"status_{row_id}"] = ["ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"][run % 2]
    fields[f"version_{row_id}"] = version
    status, body = officer.post(report + "/entries", fields, accept="application/json")
    assert status == 200, body[:300]
    version = re.search(rb'"version":(\d+)', body).group(1).decode()
elapsed = time.perf_counter() - started
print(f"{LABEL}: {(cpu_seconds(PID) - before) / SAVES * 1000:.2f} ms server CPU per save, "
      f"{elapsed / SAVES * 1000:.2f} ms wall per save over {SAVES} saves")
