#!/usr/bin/env python3
"""Per-report timeline of an e2e level from Redis MONITOR (issue 17: find the periodic latency).

usage: monitor-timeline.py MONITOR.txt TRACE.csv TAG
  MONITOR.txt  `redis-cli -p PORT monitor` captured during the run (Redis stamps every command, µs, wall clock)
  TRACE.csv    the generator's trace-e2e-<tag>.csv of the same level
  TAG          the level's report-id prefix, e.g. everysec-workstation-e2eat20

Anchored on each alert's raisedAt (the node's wall clock, found in the append script's arguments), it prints the
distribution of: report-place lookup (HMGET fa:report-places), state write (the storage script carrying the id),
alert append (the script on fa:alerts:ids), filing (HSET fa:reports:{place}), the fan-out's next XRANGE, and the
client's receipt (raisedAt + raisedToReceivedMs from the trace). Same machine, one clock.
"""
import csv, re, sys
from datetime import datetime

mon, trace, tag = sys.argv[1], sys.argv[2], sys.argv[3]
idre = re.compile(re.escape(tag) + r"-(\d+)")
raisedre = re.compile(r'\\"raisedAt\\":\\"([^\\"]+)\\"')
ev = {}          # i -> {stage: t}
xranges = []     # times of fan-out reads
def first(i, k, t):
    ev.setdefault(i, {}).setdefault(k, t)
for line in open(mon, errors="replace"):
    parts = line.split(" ", 3)
    if len(parts) < 4:
        continue
    try:
        t = float(parts[0])
    except ValueError:
        continue
    cmd = parts[3]
    if cmd.startswith('"XRANGE"') and '"fa:alerts"' in cmd:
        xranges.append(t)
        continue
    ids = set(int(m) for m in idre.findall(cmd))
    if not ids:
        continue
    if cmd.startswith('"HMGET" "fa:report-places"'):
        for i in ids: first(i, "lookup", t)
    elif cmd.startswith('"EVALSHA"') or cmd.startswith('"EVAL"'):
        if '"fa:alerts:ids"' in cmd:
            m = raisedre.search(cmd)
            for i in ids:
                first(i, "append", t)
                if m:
                    s = m.group(1)
                    # 2026-12-01T19:31:40.1234567+00:00 -> epoch seconds
                    s = re.sub(r"(\.\d{6})\d*", r"\1", s).replace("+00:00", "+0000")
                    try:
                        first(i, "raised", datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%f%z").timestamp())
                    except ValueError:
                        pass
        elif "fa:reports:" not in cmd:
            for i in ids: first(i, "state", t)
    elif cmd.startswith('"HSET" "fa:reports:'):
        for i in ids: first(i, "file", t)
recv = {}
for r in csv.DictReader(open(trace)):
    if r["raisedToReceivedMs"]:
        recv[int(r["i"])] = float(r["raisedToReceivedMs"])
import bisect
rows = []
for i, e in ev.items():
    if "raised" not in e:
        continue
    r0 = e["raised"]
    row = {k: (v - r0) * 1000 for k, v in e.items() if k != "raised"}
    if "append" in e:
        j = bisect.bisect_right(xranges, e["append"])
        if j < len(xranges):
            row["read"] = (xranges[j] - r0) * 1000
    if i in recv:
        row["received"] = recv[i]
    rows.append(row)
def pct(xs, p):
    xs = sorted(xs); return xs[min(len(xs) - 1, int(p / 100 * len(xs)))] if xs else float("nan")
print(f"{len(rows)} reports; ms relative to the alert's raisedAt (negative = before)")
print(f"{'stage':10} {'p10':>8} {'p50':>8} {'p90':>8} {'p99':>8}")
for k in ["lookup", "state", "append", "file", "read", "received"]:
    xs = [r[k] for r in rows if k in r]
    print(f"{k:10} {pct(xs,10):8.2f} {pct(xs,50):8.2f} {pct(xs,90):8.2f} {pct(xs,99):8.2f}")
