"""National-scale measurements against a running release server on a generated dataset:
page weights, dashboard latency (with the raw-SQL baseline), the deadline surge at several
concurrencies (with the /health baseline) and the server's memory. Writes one JSON file.

usage: national.py --base URL --pid PID --db sqlite|postgres --dsn PATH_OR_URL --out FILE
                   [--levels 50,200,500] [--seconds 20] [--password P]
bench/national.sh starts the server and prepares the database; see bench/README.md.
"""
import argparse
import gzip
import json
import os
import re
import sqlite3
import statistics
import subprocess
import threading
import time
import urllib.parse

from client import Session, current_fiscal_year, open_round

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p * len(ordered) + 0.5)) - 1))]


def timing(samples):
    return {"p50_ms": round(percentile(samples, 0.5), 1), "p95_ms": round(percentile(samples, 0.95), 1),
            "n": len(samples)}


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0


class Database:
    """Raw SQL straight against the benchmark database (the baselines, and lists of codes)."""

    def __init__(self, kind, dsn):
        self.kind, self.dsn = kind, dsn
        self.sqlite = sqlite3.connect(dsn) if kind == "sqlite" else None

    def rows(self, sql):
        if self.sqlite:
            return self.sqlite.execute(sql).fetchall()
        out = subprocess.run(["psql", self.dsn, "-AtF", "\t", "-c", sql], check=True, capture_output=True, text=True)
        return [line.split("\t") for line in out.stdout.splitlines() if line]

    def execute(self, sql):
        if self.sqlite:
            with self.sqlite:
                self.sqlite.execute(sql)
        else:
            subprocess.run(["psql", self.dsn, "-qc", sql], check=True, capture_output=True)

    def time_query(self, sql, repeats):
        """Milliseconds per run, measured where the query runs (no client start-up)."""
        if self.sqlite:
            samples = []
            for _ in range(repeats):
                started = time.perf_counter()
                self.sqlite.execute(sql).fetchall()
                samples.append((time.perf_counter() - started) * 1000)
            return samples
        script = "\\timing on\n" + "\n".join(["\\o /dev/null", sql + ";"] * repeats)
        out = subprocess.run(["psql", self.dsn, "-q"], input=script, check=True, capture_output=True, text=True)
        return [float(value) for value in re.findall(r"Time: ([\d.]+) ms", out.stdout)]


def baseline_queries(round_id, province):
    """The dashboards' aggregates written by hand: what the database alone needs."""
    joined = (f"FROM organizations o JOIN provinces p ON p.code = o.province_code "
              f"LEFT JOIN reports r ON r.org_code = o.code AND r.round_id = '{round_id}' "
              f"LEFT JOIN report_stats s ON s.report_id = r.id")
    figures = ("COUNT(*), SUM(CASE WHEN r.status = 'submitted' THEN 1 ELSE 0 END), "
               "SUM(CASE WHEN r.status = 'submitted' AND r.late = false THEN 1 ELSE 0 END), "
               "SUM(s.projects), SUM(s.completed), SUM(s.in_progress), SUM(s.budget_satang), SUM(s.disbursed_satang)")
    return {
        "nation": f"SELECT p.region, {figures} {joined} GROUP BY p.region",
        "province": f"SELECT o.district, {figures} {joined} WHERE o.province_code = '{province}' GROUP BY o.district",
        "missing": (f"SELECT o.code, o.name, o.district, r.status {joined} "
                    f"WHERE r.status IS NULL OR r.status <> 'submitted' ORDER BY o.province_code, o.code"),
    }


def page_weights(base, officer_code, year):
    """Bytes over the wire (gzip, as browsers ask) of each main page and its local assets."""
    admin = Session(base).login("admin")
    officer = Session(base).login(officer_code, PASSWORD)
    anonymous = Session(base)
    report = f"/organizations/{officer_code}/reports/{year}/6"
    pages = [
        ("เข้าสู่ระบบ", anonymous, "/login"),
        ("หน้าแรกเจ้าหน้าที่", officer, "/"),
        ("ค้นหา อปท.", officer, "/organizations?q=" + urllib.parse.quote("บางละมุง")),
        ("ข้อมูล อปท.", officer, f"/organizations/{officer_code}"),
        ("แผน (ทั้งแผน)", officer, f"/organizations/{officer_code}/plans/2566-2570"),
        ("แผน ฉบับพิมพ์", officer, f"/organizations/{officer_code}/plans/2566-2570/print"),
        ("รายงานรอบ 6 เดือน (กรอก)", officer, report),
        ("รายงาน ฉบับพิมพ์", officer, report + "/print"),
        ("ภาพรวมประเทศ", admin, "/dashboard/nation"),
        ("ภาพรวมภาค", admin, "/dashboard/regions/2"),
        ("ภาพรวมจังหวัด", admin, "/dashboard/provinces/20"),
        ("ยังไม่รายงาน (ประเทศ)", admin, "/dashboard/nation/missing"),
        ("รอบการรายงาน (ผู้ดูแล)", admin, "/admin/rounds"),
        ("รายการที่ควรตรวจสอบ", admin, "/admin/review"),
    ]
    host = urllib.parse.urlparse(base).netloc
    results, asset_sizes = [], {}
    for label, session, path in pages:
        body, headers = session.get(path, gzip_ok=True)
        html = gzip.decompress(body).decode() if headers.get("Content-Encoding") == "gzip" else body.decode()
        refs = re.findall(r'<(?:script|img|link)[^>]+(?:src|href)="([^"]+)"', html)
        third_party = [ref for ref in refs if ref.startswith(("http:", "https:", "//"))
                       and urllib.parse.urlparse(ref).netloc != host]
        assets = sorted({ref for ref in refs if ref.startswith("/static/")})
        total = len(body)
        for asset in assets:
            if asset not in asset_sizes:
                asset_sizes[asset] = len(session.get(asset, gzip_ok=True)[0])
            total += asset_sizes[asset]
        results.append({"page": label, "path": path, "html_bytes": len(body), "raw_bytes": len(html.encode()),
                        "requests": 1 + len(assets), "total_bytes": total, "third_party": third_party})
    return results


def dashboards(base, db, round_id, slug, repeats):
    admin = Session(base).login("admin")
    baselines = baseline_queries(round_id, "20")
    out = {}
    for name, path in [("nation", "/dashboard/nation"), ("province", "/dashboard/provinces/20"),
                       ("missing", "/dashboard/nation/missing")]:
        url = f"{path}?round={slug}"
        # A confirmation in the round shown raises its figures version: the next view sums afresh.
        confirmed = (f"INSERT INTO figures_round_version (round_id, version) VALUES ('{round_id}', 1) "
                     "ON CONFLICT (round_id) DO UPDATE SET version = figures_round_version.version + 1")
        for _ in range(3):  # warm up (a server in use has its pages and database cache warm)
            db.execute(confirmed)
            admin.get(url, gzip_ok=True)
        cold, warm = [], []
        for _ in range(repeats):
            db.execute(confirmed)
            started = time.perf_counter()
            admin.get(url, gzip_ok=True)
            cold.append((time.perf_counter() - started) * 1000)
        for _ in range(repeats):
            started = time.perf_counter()
            admin.get(url, gzip_ok=True)
            warm.append((time.perf_counter() - started) * 1000)
        sql = timing(db.time_query(baselines[name], repeats))
        out[name] = {"after_change": timing(cold), "unchanged": timing(warm), "raw_sql": sql,
                     "ratio_after_change": round(percentile(cold, 0.95) / max(sql["p95_ms"], 0.01), 1)}
    return out


def surge(base, mode, sessions, seconds, codes_file, offset, round_slug, password="bench-password-2569"):
    command = [os.path.join(ROOT, ".build/release/surge"), "--base", base, "--mode", mode, "--sessions",
               str(sessions), "--seconds", str(seconds)]
    if mode == "round":
        command += ["--codes", codes_file, "--offset", str(offset), "--password", password, "--round", round_slug]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def surge_levels(base, pid, levels, seconds, codes_file, slug):
    results, offset = [], 0
    for sessions in levels:
        health = surge(base, "health", sessions, max(5, seconds // 3), "", 0, slug)
        peak, stop = [0.0], threading.Event()

        def watch():
            while not stop.is_set():
                peak[0] = max(peak[0], rss_mb(pid))
                time.sleep(0.2)

        watcher = threading.Thread(target=watch)
        watcher.start()
        round_run = surge(base, "round", sessions, seconds, codes_file, offset, slug, PASSWORD)
        stop.set()
        watcher.join()
        offset += round_run["organizations_used"] + 10
        saves = round_run["kinds"].get("save_row", {"per_s": 0, "p50_ms": 0, "p99_ms": 0, "errors": 0, "count": 0})
        results.append({
            "sessions": sessions, "health": health["all"], "round": round_run, "peak_rss_mb": round(peak[0], 1),
            "saves_per_s": saves["per_s"], "save_p50_ms": saves["p50_ms"], "save_p99_ms": saves["p99_ms"],
            "errors": round_run["all"]["errors"],
            "ratio_saves_to_health": round(saves["per_s"] / max(health["all"]["per_s"], 0.1), 3),
        })
    return results


def main():
    global PASSWORD
    parser = argparse.ArgumentParser()
    for name in ["base", "pid", "db", "dsn", "out"]:
        parser.add_argument("--" + name, required=True)
    parser.add_argument("--levels", default="50,200,500")
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--password", default="bench-password-2569")
    args = parser.parse_args()
    PASSWORD = args.password
    pid = int(args.pid)
    db = Database(args.db, args.dsn)
    year = current_fiscal_year()
    open_round(args.base, year)
    slug = f"{year}-6"
    round_id = db.rows(f"SELECT id FROM report_rounds WHERE fiscal_year = {year} AND kind = 6")[0][0]
    # The newest round with submitted reports: what the dashboards show at national scale.
    past = db.rows("SELECT rr.id, rr.fiscal_year, rr.kind FROM report_rounds rr WHERE EXISTS (SELECT 1 FROM reports r "
                   "WHERE r.round_id = rr.id AND r.status = 'submitted') ORDER BY rr.fiscal_year DESC, rr.kind DESC "
                   "LIMIT 1")[0]
    codes = [row[0] for row in db.rows(
        "SELECT u.username FROM users u JOIN plans p ON p.org_code = u.username "
        # Generated officers only (`demo` gives its own organizations' accounts another password).
        "WHERE u.role = 'lao_officer' AND u.display_name = 'นิติกร ' || u.username AND u.username NOT IN ('4200401', '5200403', '3200408') "
        f"AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.org_code = u.username "
        f"AND r.round_id = '{round_id}') ORDER BY u.username")]
    codes_file = args.out + ".codes"
    with open(codes_file, "w") as out:
        out.write("\n".join(codes[1:]) + "\n")
    result = {"db": args.db, "organizations": int(db.rows("SELECT COUNT(*) FROM organizations")[0][0]),
              "report_entries": int(db.rows("SELECT COUNT(*) FROM report_entries")[0][0]),
              "rss_at_start_mb": round(rss_mb(pid), 1)}
    result["pages"] = page_weights(args.base, codes[0], year)
    result["dashboards"] = dashboards(args.base, db, past[0], f"{past[1]}-{past[2]}", args.repeats)
    result["rss_at_rest_mb"] = round(rss_mb(pid), 1)
    result["surge"] = surge_levels(args.base, pid, [int(n) for n in args.levels.split(",")], args.seconds,
                                   codes_file, slug)
    result["rss_after_mb"] = round(rss_mb(pid), 1)
    with open(args.out, "w") as out:
        json.dump(result, out, ensure_ascii=False, indent=1)
    print(json.dumps({k: v for k, v in result.items() if k not in ("pages", "surge")}, ensure_ascii=False))
    for level in result["surge"]:
        print({k: v for k, v in level.items() if k not in ("round", "health")})


PASSWORD = ""
if __name__ == "__main__":
    main()
