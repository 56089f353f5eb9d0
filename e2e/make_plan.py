"""Prints a plan CSV of N projects for หนองปรือ, budgeted in every year of 2566-2570."""
import csv
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 65
subs = {1: ["1.1", "1.2", "1.3"], 2: ["2.1", "2.2", "2.3"], 3: ["3.1", "3.2"], 4: ["4.1", "4.2"]}
out = csv.writer(sys.stdout)
years = range(2566, 2571)
out.writerow(["no", "name", "type", "dimension", "sub_mission"] + [f"budget_{y}" for y in years])
for n in range(1, count + 1):
    dimension = (n - 1) % 4 + 1
    sub = subs[dimension][(n - 1) // 4 % len(subs[dimension])]
    budget = 0 if n % 5 == 0 else 10_000 + n * 1_000
    out.writerow([n, f"โครงการส่งเสริมคุณธรรมและความโปร่งใส ลำดับที่ {n}", "โครงการ", dimension, sub]
                 + [budget for _ in years])
