"""Times the oversight dashboards on a running server (median of REPEATS requests each).

usage: dashboards.py BASE_URL ROUND_SLUG [REPEATS]
"""
import statistics
import sys
import time

sys.argv = [sys.argv[0]] + sys.argv[1:]
BASE, SLUG = sys.argv[1], sys.argv[2]
REPEATS = int(sys.argv[3]) if len(sys.argv) > 3 else 5
sys.argv = [sys.argv[0], BASE]
sys.path.insert(0, __file__.rsplit("/", 1)[0])
import report_round as http  # noqa: E402  (its Session keeps the cookies and CSRF token)

admin = http.Session()
admin.login("admin")
for path in ["/dashboard/nation", "/dashboard/nation?by=province", "/dashboard/regions/3", "/dashboard/provinces/30",
             "/dashboard/nation/missing", "/dashboard/nation?format=xlsx"]:
    url = path + ("&" if "?" in path else "?") + "round=" + SLUG
    timings, size = [], 0
    for _ in range(REPEATS):
        started = time.perf_counter()
        body, _ = admin.get(url, gzip_ok=True)
        timings.append(time.perf_counter() - started)
        size = len(body)
    print(f"{path}: median {statistics.median(timings) * 1000:.0f} ms, {size / 1024:.1f} KB over the wire")
