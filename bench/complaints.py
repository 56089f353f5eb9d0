"""Times the complaint channel against a running server: filings through the API (JSON) and
through the form with a 1 MB PDF, follow-ups with the receipt, sequential and 8 at a time.
Each request comes from its own X-Forwarded-For address (the server runs with
SUJARIT_TRUST_PROXY=1), so the per-address limits do not stop the run.
usage: python3 bench/complaints.py BASE [N]"""
import json
import re
import statistics
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

BASE = sys.argv[1].rstrip("/")
N = int(sys.argv[2]) if len(sys.argv) > 2 else 200
PDF = b"%PDF-1.4\n" + b"0" * (1024 * 1024)


def address(i):
    return f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}"


def file_api(i):
    body = json.dumps({"organizationCode": "4200401", "concerns": "ผู้อำนวยการกองช่าง",
                       "details": "เรียกรับเงินจากผู้รับเหมา " * 20, "anonymous": False,
                       "name": "นายทดสอบ ระบบ", "contact": "0812345678"}).encode()
    request = urllib.request.Request(BASE + "/api/v1/complaints", data=body, method="POST", headers={
        "Content-Type": "application/json", "X-Forwarded-For": address(i)})
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())["receipt"]


def file_form(i):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    page = opener.open(urllib.request.Request(BASE + "/organizations/4200401/complaints/new",
                                              headers={"X-Forwarded-For": address(i)})).read().decode()
    token = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    boundary = "----bench"
    parts = []
    for name, value in [("_csrf", token), ("concern", "project"), ("concerns", "โครงการถนน"),
                        ("details", "ใช้วัสดุไม่ตรงสัญญา " * 20), ("anonymous", "1")]:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="files[]"; filename="scan.pdf"\r\n'
                 'Content-Type: application/pdf\r\n\r\n'.encode() + PDF + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    request = urllib.request.Request(BASE + "/organizations/4200401/complaints", data=b"".join(parts), method="POST",
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}",
                                              "X-Forwarded-For": address(i)})
    started = time.perf_counter()
    with opener.open(request) as response:
        assert "เลขรับเรื่องของท่าน" in response.read().decode()
    return time.perf_counter() - started


def follow(receipt, i):
    request = urllib.request.Request(BASE + "/api/v1/complaint-status", method="POST",
                                     data=json.dumps({"receipt": receipt}).encode(),
                                     headers={"Content-Type": "application/json", "X-Forwarded-For": address(i)})
    with urllib.request.urlopen(request) as response:
        assert json.loads(response.read())["state"] == "received"


def timed(function, *args):
    started = time.perf_counter()
    value = function(*args)
    return time.perf_counter() - started, value


def report(label, seconds, wall=None):
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[int(len(ms) * 0.95) - 1]
    rate = f", {len(ms) / wall:.1f}/s" if wall else ""
    print(f"| {label} | {len(ms)} | {statistics.median(ms):.1f} ms | {p95:.1f} ms{rate} |")


print("| what | n | p50 | p95 (throughput) |")
print("|---|---:|---:|---:|")
runs = [timed(file_api, i) for i in range(N)]
report("file (API, named, sequential)", [t for t, _ in runs])
receipts = [r for _, r in runs]
report("follow up (API, sequential)", [timed(follow, r, N + i)[0] for i, r in enumerate(receipts)])
report("file (form + 1 MB PDF, sequential)", [file_form(2 * N + i) for i in range(N // 4)])
started = time.perf_counter()
with ThreadPoolExecutor(8) as pool:
    parallel = list(pool.map(lambda i: timed(file_api, 3 * N + i)[0], range(N)))
report("file (API, 8 at a time)", parallel, time.perf_counter() - started)
