"""PACC programme benchmark: fills a programme year with thousands of cases, trainees and
agencies (straight into SQLite, like a year's work of every office), then times the pages
PACC officers open most (the indicators dashboard, the case list, the year-end report) as the
central division and as a regional office, and weighs them. Standard library only.
usage: bench/pacc.py fill --db FILE --year N --cases N --trainees N
       bench/pacc.py measure --base URL --year N --out FILE"""
import argparse, gzip, json, random, sqlite3, statistics, sys, time, uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from client import Session  # noqa: E402

RISKS = ["overpriced", "poor_value", "opaque_process", "suspected", "hardship"]


def fill(args):
    random.seed(2567)
    db = sqlite3.connect(args.db)
    orgs = [row[0] for row in db.execute("SELECT code FROM organizations WHERE province_code <> '10'")]
    provinces = {code: prov for code, prov in db.execute("SELECT code, province_code FROM organizations")}
    defaults = json.loads(args.offices)
    now = time.time()
    numbers = {}
    rows = []
    for _ in range(args.cases):
        code = random.choice(orgs)
        office = defaults.get(provinces[code], 0)
        numbers[office] = numbers.get(office, 0) + 1
        visited = random.random() < 0.8
        state = random.choice(["closed", "reported_back", "recommended"]) if visited else "opened"
        outcome = random.choice(["improved", "improved", "not_improved", "referred"]) if state == "closed" else None
        rows.append((str(uuid.uuid4()).upper(), args.year, office, numbers[office], "tip", code, None, None,
                     f"โครงการที่ {numbers[office]}", 100_000_00, random.choice(RISKS), "", state,
                     "improve" if visited else None, outcome, visited, state in ("closed", "reported_back"), "bench",
                     now, now if state == "closed" else None))
    db.executemany(
        "INSERT INTO pacc_cases (id, fiscal_year, office, number, source, org_code, unit_id, project_id, project_name,"
        " budget_satang, risks, description, state, recommendation, outcome, visited, reported_back, opened_by,"
        " created_at, closed_at) VALUES (" + ",".join("?" * 20) + ")", rows)
    sessions = []
    for office in range(10):
        for index in range(max(1, args.trainees // 600)):
            sessions.append((str(uuid.uuid4()).upper(), args.year, office, random.choice(["officials", "private_sector"]),
                             f"รุ่นที่ {index + 1}", now, now, "ห้องประชุม", 60, "bench", now))
    db.executemany("INSERT INTO pacc_sessions VALUES (" + ",".join("?" * 11) + ")", sessions)
    trainees = []
    for index in range(args.trainees):
        session = sessions[index % len(sessions)][0]
        trainees.append((str(uuid.uuid4()).upper(), session, f"ผู้เข้าอบรม {index}", "เจ้าหน้าที่", "หน่วยงาน", None,
                         random.random() < 0.9, random.randint(30, 100), now))
    db.executemany("INSERT INTO pacc_trainees VALUES (" + ",".join("?" * 9) + ")", trainees)
    for index in range(159):
        unit = str(uuid.uuid4()).upper()
        db.execute("INSERT INTO pacc_units VALUES (?,?,?,?,?)", (unit, f"กรมที่ {index}", "department", index % 10, now))
        db.execute("INSERT INTO pacc_unit_years VALUES (?,?,?,?,?,?,?)",
                   (str(uuid.uuid4()).upper(), unit, args.year, random.randint(7000, 10000),
                    now if random.random() < 0.8 else None, None, "bench"))
    db.commit()
    print(f"filled {args.cases} cases, {len(sessions)} sessions, {args.trainees} trainees, 159 agencies")


def timed(client, path, rounds):
    times, size, gz = [], 0, 0
    for _ in range(rounds):
        started = time.perf_counter()
        body, _ = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        size, gz = len(body), len(gzip.compress(body))
    times.sort()
    return {"path": path, "p50_ms": round(statistics.median(times), 1), "max_ms": round(times[-1], 1),
            "bytes": size, "gzip_bytes": gz}


def measure(args):
    result = {"year": args.year, "pages": {}}
    for who in ["pacc-central", "pacc2"]:
        client = Session(args.base).login(who)
        for path in [f"/pacc?fy={args.year}", f"/pacc/cases?fy={args.year}", f"/pacc/{args.year}/report",
                     f"/pacc/{args.year}/indicators.csv", f"/pacc/sessions?fy={args.year}"]:
            result["pages"][f"{who} {path}"] = timed(client, path, args.rounds)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=2))
    for key, value in result["pages"].items():
        print(f"{key}: p50 {value['p50_ms']} ms, max {value['max_ms']} ms, {value['gzip_bytes'] / 1024:.1f} KB gzip")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["fill", "measure"])
    parser.add_argument("--db")
    parser.add_argument("--base")
    parser.add_argument("--out")
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--trainees", type=int, default=12000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--offices", default="{}")
    args = parser.parse_args()
    fill(args) if args.action == "fill" else measure(args)


if __name__ == "__main__":
    main()
