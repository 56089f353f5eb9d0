"""Page render cost: for each main page, the median and p95 wall time of REPEATS requests
over loopback and the server CPU per request (read from /proc/<pid>/stat), as the officer of
หนองปรือ (65-project plan, a 65-row round) and the national admin. Works against any build
of the server (it takes the form token from the page's csrf-token meta tag), so the same
script measures two builds. Usage: render.py BASE SERVER_PID REPEATS LABEL → JSON on stdout."""
import json
import statistics
import sys
import time

from client import Session, cpu_seconds, current_fiscal_year

BASE, PID, REPEATS, LABEL = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]


def login(username):
    return Session(BASE).login(username)


def measure(session, path):
    session.get(path)  # warm-up
    times = []
    before = cpu_seconds(PID)
    for _ in range(REPEATS):
        started = time.perf_counter()
        body, _ = session.get(path)
        times.append((time.perf_counter() - started) * 1000)
    cpu = (cpu_seconds(PID) - before) / REPEATS * 1000
    times.sort()
    return {"path": path, "bytes": len(body), "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2), "server_cpu_ms": round(cpu, 2)}


year = current_fiscal_year()
admin = login("admin")
admin.post("/admin/rounds", {"fiscalYear": str(year), "kind": "6"})
admin.get(f"/admin/rounds/{year}-6")
admin.post(f"/admin/rounds/{year}-6/window", {"open": "1"})
officer = login("4200401")
report = f"/organizations/4200401/reports/{year}/6"
officer.get(report)
plan = "/organizations/4200401/plans/2566-2570"
pages = [(officer, report), (officer, plan), (officer, plan + "/print"), (officer, report + "/print"),
         (officer, "/organizations?q=%E0%B9%80%E0%B8%97%E0%B8%A8%E0%B8%9A%E0%B8%B2%E0%B8%A5"), (officer, "/"),
         (admin, "/dashboard/nation"), (admin, "/admin/audit")]
print(json.dumps({"label": LABEL, "repeats": REPEATS,
                  "pages": [measure(session, path) for session, path in pages]}, ensure_ascii=False))
