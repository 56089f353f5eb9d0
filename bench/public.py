"""Public face benchmark: search latency, the national entries download, page weights.
Standard library only. Writes one JSON file (see bench/public.sh)."""
import argparse, gzip, json, statistics, time, urllib.parse, urllib.request

QUERIES = [
    {"q": "คุณธรรม"}, {"q": "จัดซื้อจัดจ้าง"}, {"q": "ของขวัญ"}, {"q": "ไม่รับของขวัญ"}, {"q": "No Gift"},
    {"q": "อบรม", "province": "20"}, {"q": "ความโปร่งใส", "dimension": "2"}, {"q": "ตรวจสอบภายใน", "fy": "2568"},
    {"q": "ลำดับที่ 4"}, {"q": "รับฟังความคิดเห็น", "budget_min": "100000"}, {"q": "ป้องกันการทุจริต จิตสำนึก"},
    {"q": "กฎหมาย", "type": "อบต."}, {"q": "ไม่มีคำนี้ในระบบแน่นอน"}, {"province": "50"}, {"q": "ดำ"},
]


def get(url, gzip_ok=False, timeout=600):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=timeout) as response:
        body = response.read()
        return time.perf_counter() - started, body, response.headers


def status_kb(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--phases", default="search,pages,download,catalog")
    args = parser.parse_args()
    phases = args.phases.split(",")
    result = {"db": args.db}

    def save():
        with open(args.out, "w") as out:
            json.dump(result, out, ensure_ascii=False, indent=2)

    if "search" in phases:
        search(args, result)
        save()
    if "pages" in phases:
        pages(args, result)
        save()
    if "download" in phases:
        download(args, result)
        save()
    if "catalog" in phases:
        # The first catalogue builds every file not built yet (each round's entries included).
        started = time.perf_counter()
        try:
            get(args.base + "/open-data/catalog.json")
            result["catalog_first_s"] = round(time.perf_counter() - started, 2)
        except OSError as error:
            result["catalog_first_s"] = f"over {round(time.perf_counter() - started)} s ({error})"
        save()
    print(json.dumps(result, ensure_ascii=False, indent=2))


def search(args, result):

    # Search: every query once to warm up, then `rounds` times each; API and page.
    for query in QUERIES:
        get(args.base + "/api/v1/projects?" + urllib.parse.urlencode(query))
    api, page, per_query = [], [], {}
    for _ in range(args.rounds):
        for query in QUERIES:
            encoded = urllib.parse.urlencode(query)
            seconds, body, _ = get(args.base + "/api/v1/projects?" + encoded)
            api.append(seconds * 1000)
            per_query.setdefault(encoded, []).append(seconds * 1000)
            per_query[encoded + " total"] = json.loads(body)["total"]
            seconds, _, _ = get(args.base + "/projects?" + encoded)
            page.append(seconds * 1000)
    result["search"] = {
        "requests": len(api), "api_p50_ms": round(percentile(api, 50), 1), "api_p95_ms": round(percentile(api, 95), 1),
        "page_p50_ms": round(percentile(page, 50), 1), "page_p95_ms": round(percentile(page, 95), 1),
        "queries": {k: (round(statistics.median(v), 1) if isinstance(v, list) else v) for k, v in per_query.items()},
    }
    result["projects_indexed"] = json.loads(get(args.base + "/api/v1/projects?per_page=1&fy=2568")[1])["total"]


def download(args, result):

    # The national report entries, every round: built from the database on first request
    # (streamed to disk), then served from the file.
    rss_before = status_kb(args.pid, "VmRSS")
    hwm_before = status_kb(args.pid, "VmHWM")
    first, body, headers = get(args.base + "/open-data/report-entries/all.csv", timeout=3600)
    rows = body.count(b"\n") - 1
    size = len(body)
    del body
    second, _, _ = get(args.base + "/open-data/report-entries/all.jsonl")
    third, _, _ = get(args.base + "/open-data/report-entries/all.csv")
    result["entries_download"] = {
        "rows": rows, "csv_bytes": size, "first_request_s": round(first, 2), "jsonl_after_build_s": round(second, 2),
        "csv_again_s": round(third, 2), "rss_before_mb": round(rss_before), "peak_rss_mb": round(status_kb(args.pid, "VmHWM")),
        "peak_rss_before_mb": round(hwm_before), "rss_after_mb": round(status_kb(args.pid, "VmRSS")),
    }


def pages(args, result):
    # Page weights (gzip, as a phone on a slow link receives them) and times.
    weights = {}
    for path in ["/organizations/3200408", "/organizations/5200403", "/areas", "/areas/provinces/20",
                 "/projects?q=" + urllib.parse.quote("คุณธรรม"), "/open-data", "/open-data/report-entries",
                 "/organizations/3200408/widget", "/organizations/3200408/badge.svg"]:
        seconds, body, headers = get(args.base + path, gzip_ok=True)
        raw = gzip.decompress(body) if headers.get("Content-Encoding") == "gzip" else body
        weights[path] = {"gzip_kb": round(len(gzip.compress(raw)) / 1024, 1), "raw_kb": round(len(raw) / 1024, 1),
                         "ms": round(seconds * 1000, 1)}
    result["pages"] = weights


if __name__ == "__main__":
    main()
