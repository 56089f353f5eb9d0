"""Renders bench/RESULTS.md from bench/results/*.json (written by national.sh and two_nodes.sh).
usage: report.py"""
import json
import os
import platform
import subprocess
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    path = os.path.join(HERE, "results", name + ".json")
    return json.load(open(path)) if os.path.exists(path) else None


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    return f"{os.cpu_count()} cores ({cpu}), {memory} GB RAM, {platform.system()} {platform.release()}"


def main():
    results = {db: load(db) for db in ("sqlite", "postgres")}
    nodes = load("two-nodes")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "Sources"], capture_output=True, text=True).stdout
    out = ["# Benchmark results", "",
           f"- Date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
           f"- Machine: {machine()}; client and server on the same machine (loopback)",
           f"- Commit: {commit}{' + uncommitted Sources changes' if dirty else ''}; release build",
           "- Made by `bench/run.sh` (see bench/README.md); every ratio is against a baseline measured in the same run.",
           ""]
    for db, result in results.items():
        if not result:
            continue
        out += [f"## {db}: {result['organizations']:,} organizations, {result['report_entries']:,} report entries", ""]
        out += ["### Deadline surge (officers: log in, open the round page, read the rows, save every row, "
                "view the summary, fill the reporter, send; the executive logs in and confirms)", "",
                "| sessions | saves/s | save p50 | save p99 | all requests/s | all p99 | errors | /health req/s "
                "(baseline) | saves ÷ health | reports submitted | peak RSS |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for level in result["surge"]:
            run = level["round"]["all"]
            out.append(f"| {level['sessions']} | {level['saves_per_s']} | {level['save_p50_ms']} ms | "
                       f"{level['save_p99_ms']} ms | {run['per_s']} | {run['p99_ms']} ms | {level['errors']} | "
                       f"{level['health']['per_s']} (p99 {level['health']['p99_ms']} ms) | "
                       f"{level['ratio_saves_to_health']} | {level['round']['reports_submitted']} | "
                       f"{level['peak_rss_mb']} MB |")
        errors = sorted({error.split(" <")[0].split("  ")[0] for level in result["surge"]
                         for error in level["round"]["first_errors"]})
        if errors:
            out += ["", "Errors seen: " + "; ".join(f"`{error[:90]}`" for error in errors)]
        out += ["", f"Server memory: {result['rss_at_start_mb']} MB after start, {result['rss_at_rest_mb']} MB after "
                f"the page and dashboard measurements, {result['rss_after_mb']} MB after the surge.", ""]
        out += ["### Dashboards (national dataset, newest round with submitted reports)", "",
                "| page | after a change p50 / p95 | unchanged p50 / p95 | raw SQL p50 / p95 (baseline) | "
                "p95 after change ÷ SQL p95 |", "|---|---:|---:|---:|---:|"]
        for name, figures in result["dashboards"].items():
            cold, warm, sql = figures["after_change"], figures["unchanged"], figures["raw_sql"]
            out.append(f"| {name} | {cold['p50_ms']} / {cold['p95_ms']} ms | {warm['p50_ms']} / {warm['p95_ms']} ms | "
                       f"{sql['p50_ms']} / {sql['p95_ms']} ms | {figures['ratio_after_change']} |")
        out += ["", "\"After a change\": the round's figures version was raised just before each request (as a "
                "confirmation of one of its reports does), so the page sums that round afresh (and its point of "
                "the trend); \"unchanged\": the sums are reused.", ""]
        out += ["### Page weight (first visit, gzip as browsers ask; HTML + local CSS/JS)", "",
                "| page | HTML over the wire | HTML uncompressed | requests | total transferred | third-party |",
                "|---|---:|---:|---:|---:|---|"]
        for page in result["pages"]:
            out.append(f"| {page['page']} | {page['html_bytes'] / 1024:.1f} KB | {page['raw_bytes'] / 1024:.1f} KB | "
                       f"{page['requests']} | {page['total_bytes'] / 1024:.1f} KB | "
                       f"{', '.join(page['third_party']) or 'none'} |")
        out.append("")
    if nodes:
        out += ["## Two app nodes behind nginx, one PostgreSQL", "",
                f"- A session made on node 1 is valid on node 2: **{nodes['session_shared_between_nodes']}**",
                f"- Surge through nginx, {nodes['sessions']} sessions: {nodes['saves_per_s']} saves/s, p50 "
                f"{nodes['save_p50_ms']} ms, p99 {nodes['save_p99_ms']} ms, errors {nodes['errors']}; "
                f"/health through nginx {nodes['health']['per_s']} req/s; node RSS {nodes['rss_mb']} MB", ""]
    out += render_section(load("render"))
    out += ab_section()
    open(os.path.join(HERE, "RESULTS.md"), "w").write("\n".join(out))
    print("\n".join(out))


def ab_section():
    """bench/national.sh runs of two builds on the same data (BENCH_OUT=ab-before…/ab-after…)."""
    names = sorted(name[:-5] for name in os.listdir(os.path.join(HERE, "results")) if name.startswith("ab")
                   and name.endswith(".json"))
    if not names:
        return []
    out = ["## Two builds, one after the other, same national SQLite dataset (bench/national.sh with "
           "SUJARIT_BIN and BENCH_OUT; \"before\" is 99a8a67, the commit before this change)", "",
           "| run | sessions | saves/s | save p50 | save p99 | login p50 | errors | saves ÷ health |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name in names:
        level = load(name)["surge"][0]
        login = level["round"]["kinds"].get("login", {}).get("p50_ms", "—")
        out.append(f"| {name} | {level['sessions']} | {level['saves_per_s']} | {level['save_p50_ms']} ms | "
                   f"{level['save_p99_ms']} ms | {login} ms | {level['errors']} | {level['ratio_saves_to_health']} |")
    return out + [""]


def render_section(runs):
    """bench/render.sh: the main pages' render cost for two builds side by side."""
    if not runs:
        return []
    out = ["## Page render cost (bench/render.sh: demo data, 65-project plan and 65-row round, "
           f"{runs[-1]['repeats']} requests per page, loopback)", "",
           "| page | " + " | ".join(f"{run['label']} p50 / p95 / server CPU" for run in runs) + " | bytes |",
           "|---|" + "---:|" * (len(runs) + 1)]
    for index, page in enumerate(runs[-1]["pages"]):
        cells = [f"{run['pages'][index]['p50_ms']} / {run['pages'][index]['p95_ms']} / "
                 f"{run['pages'][index]['server_cpu_ms']} ms" for run in runs]
        out.append(f"| `{page['path'][:70]}` | " + " | ".join(cells) + f" | {page['bytes']:,} |")
    return out + [""]


if __name__ == "__main__":
    main()
