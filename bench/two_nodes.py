"""Checks that a session made on one node is valid on the other, then runs the surge and the
/health baseline through the proxy. usage: see bench/two_nodes.sh"""
import argparse
import json

from client import Session, current_fiscal_year, open_round
from national import Database, rss_mb, surge


def main():
    parser = argparse.ArgumentParser()
    for name in ["proxy", "nodes", "pids", "dsn", "out"]:
        parser.add_argument("--" + name, required=True)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=20)
    args = parser.parse_args()
    first, second = args.nodes.split(",")
    # Sign in on node 1, then use the same cookies on node 2.
    officer = Session(first).login("admin")
    officer.base = second
    body, _ = officer.get("/dashboard/nation")
    shared = "ผู้ดูแลระบบ" in body.decode() and "/login" not in officer.opener.open(second + "/").geturl()
    year = current_fiscal_year()
    open_round(args.proxy, year)
    db = Database("postgres", args.dsn)
    round_id = db.rows(f"SELECT id FROM report_rounds WHERE fiscal_year = {year} AND kind = 6")[0][0]
    codes = [row[0] for row in db.rows(
        "SELECT u.username FROM users u JOIN plans p ON p.org_code = u.username WHERE u.role = 'lao_officer' "
        "AND u.display_name = 'นิติกร ' || u.username AND u.username NOT IN ('4200401', '5200403', '3200408') AND NOT EXISTS (SELECT 1 FROM reports r "
        f"WHERE r.org_code = u.username AND r.round_id = '{round_id}') ORDER BY u.username")]
    with open(args.out + ".codes", "w") as out:
        out.write("\n".join(codes) + "\n")
    health = surge(args.proxy, "health", args.sessions, 8, "", 0, "")
    round_run = surge(args.proxy, "round", args.sessions, args.seconds, args.out + ".codes", 0, f"{year}-6")
    saves = round_run["kinds"].get("save_row", {})
    result = {"session_shared_between_nodes": shared, "sessions": args.sessions, "health": health["all"],
              "round": round_run, "saves_per_s": saves.get("per_s", 0), "save_p50_ms": saves.get("p50_ms"),
              "save_p99_ms": saves.get("p99_ms"), "errors": round_run["all"]["errors"],
              "rss_mb": [round(rss_mb(int(pid)), 1) for pid in args.pids.split(",")]}
    with open(args.out, "w") as out:
        json.dump(result, out, ensure_ascii=False, indent=1)
    print({k: v for k, v in result.items() if k not in ("round", "health")}, health["all"])


if __name__ == "__main__":
    main()
