"""Fills one round of a SQLite database with a submitted report for every organization
(pre-aggregated totals included), so the dashboards can be timed at national scale before
the full data generator exists.

usage: fill_round.py DATABASE ROUND_SLUG [SHARE_SUBMITTED]
"""
import random
import sqlite3
import sys
import time
import uuid

db, slug = sys.argv[1], sys.argv[2]
share = float(sys.argv[3]) if len(sys.argv) > 3 else 0.8
year, kind = (int(part) for part in slug.split("-"))
random.seed(2569)
con = sqlite3.connect(db)
round_id = con.execute("SELECT id FROM report_rounds WHERE fiscal_year = ? AND kind = ?", (year, kind)).fetchone()[0]
orgs = [row[0] for row in con.execute("SELECT code FROM organizations")]
done = {row[0] for row in con.execute("SELECT org_code FROM reports WHERE round_id = ?", (round_id,))}
now = time.time()
subs = {1: ["1.1", "1.2", "1.3"], 2: ["2.1", "2.2", "2.3"], 3: ["3.1", "3.2"], 4: ["4.1", "4.2"]}
reports, stats, groups = [], [], []
for code in orgs:
    if code in done or random.random() > share:
        continue
    report_id = str(uuid.uuid4()).upper()
    late = 1 if random.random() < 0.15 else 0
    reports.append((report_id, code, round_id, "submitted", 3, "", "", "ผู้รายงาน", "นิติกร", 0, now, now, now, late, now, now))
    totals = [0] * 7
    for dimension, missions in subs.items():
        for mission in missions:
            projects = random.randint(0, 4)
            completed = random.randint(0, projects)
            in_progress = random.randint(0, projects - completed)
            cannot = projects - completed - in_progress
            budget = projects * random.randint(0, 50_000) * 100
            disbursed = budget * random.randint(0, 100) // 100
            groups.append((str(uuid.uuid4()).upper(), report_id, round_id, code, dimension, mission, projects, in_progress,
                           completed, cannot, budget, disbursed))
            for index, value in enumerate([projects, 0, in_progress, completed, cannot, budget, disbursed]):
                totals[index] += value
    stats.append((str(uuid.uuid4()).upper(), report_id, code, round_id, *totals))
with con:
    con.executemany(
        "INSERT INTO reports (id, org_code, round_id, status, version, problems, suggestions, reporter_name,"
        " reporter_position, prefilled, sent_at, submitted_at, first_submitted_at, late, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", reports)
    con.executemany(
        "INSERT INTO report_stats (id, report_id, org_code, round_id, projects, pending, in_progress, completed, cannot,"
        " budget_satang, disbursed_satang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", stats)
    con.executemany(
        "INSERT INTO report_group_stats (id, report_id, round_id, org_code, dimension, sub_mission, projects, in_progress,"
        " completed, cannot, budget_satang, disbursed_satang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", groups)
print(f"{len(reports)} submitted reports, {len(groups)} group rows added to {slug}")
