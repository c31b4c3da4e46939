#!/usr/bin/env python3
"""annals spark in local[1] and local[2] against annals ingest --threads 2, on the same articles.

    tools/spark_bench.py [ARTICLES.jsonl] [--articles 200] [--rounds 3]

Takes the first N articles of the file (default: the Guardian set in ../shared/data, copied to a
temporary folder, never into the repository), then runs, one after the other: bin/annals ingest
--threads 2 into a fresh store, bin/annals spark --master local[1] and bin/annals spark --master
local[2] --db (a store beside its tables); the three again in each round, so that a load beside
them falls on all three alike. Each is timed from process start to exit (models loaded, Spark
started, tables written) with its peak RSS; the Spark runs' own phase times (reading, extraction,
linking, tables) are read from their stderr. The fastest round of each is reported, and every
round. Then the last local[2] store and the last ingest store are exported (all tables, JSON
Lines) and compared byte for byte: the record must be the same. Needs a built checkout.
Standard library only.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "realnews" / "guardian_ukraine_nato_2022.jsonl"
TABLES = ["articles", "events", "mentions", "entities", "quotes", "acled"]


def timed(cmd):
    """Wall seconds, peak RSS in MB and stderr of a command that must succeed."""
    start = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "rss_kb=%M"] + cmd, cwd=ROOT, capture_output=True, text=True)
    seconds = time.monotonic() - start
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr}")
    rss = int(re.search(r"rss_kb=(\d+)", p.stderr).group(1)) / 1024
    return seconds, rss, p.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("articles", nargs="?", default=str(DEFAULT))
    ap.add_argument("--articles", dest="n", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    work = pathlib.Path(tempfile.mkdtemp(prefix="annals-spark-bench-"))
    lines = pathlib.Path(a.articles).read_text(encoding="utf-8").splitlines(keepends=True)[: a.n]
    data = work / "articles.jsonl"
    data.write_text("".join(lines), encoding="utf-8")
    n = len(lines)
    bin_annals = str(ROOT / "bin" / "annals")
    names = ["annals ingest --threads 2", "annals spark --master local[1]", "annals spark --master local[2]"]

    runs = {name: [] for name in names}
    for r in range(a.rounds):
        s, rss, _ = timed([bin_annals, "ingest", str(data), "--db", str(work / f"ingest{r}.db"), "--threads", "2", "-q"])
        runs[names[0]].append((s, rss, None))
        for cores in (1, 2):
            extra = ["--db", str(work / f"spark{r}.db")] if cores == 2 else []
            s, rss, err = timed([bin_annals, "spark", str(data), "--out", str(work / f"out{r}-{cores}"),
                                 "--master", f"local[{cores}]"] + extra)
            phases = re.search(r"spark: ([\d.]+) s: reading ([\d.]+) s, extraction ([\d.]+) s \(linking beside it "
                               r"([\d.]+) s, (\d+)%\), tables ([\d.]+) s", err)
            runs[names[cores]].append((s, rss, phases.groups()))

    print(f"{n} articles of {a.articles}, {a.rounds} rounds\n")
    print("| run | seconds (fastest) | articles/s | / ingest | peak RSS (MB) | job: reading, extraction (linking beside it, share), tables (s) | every round (s) |")
    print("|---|---:|---:|---:|---:|---|---|")
    base = n / min(r[0] for r in runs[names[0]])
    for name in names:
        s, rss, ph = min(runs[name], key=lambda r: r[0])
        job = "" if ph is None else f"{ph[1]}, {ph[2]} ({ph[3]}, {ph[4]}%), {ph[5]}"
        every = ", ".join(f"{r[0]:.1f}" for r in runs[name])
        print(f"| {name} | {s:.1f} | {n / s:.2f} | {n / s / base:.2f}x | {rss:.0f} | {job} | {every} |")
    print()

    same = True
    for table in TABLES:
        out = []
        for db in (f"ingest{a.rounds - 1}.db", f"spark{a.rounds - 1}.db"):
            p = subprocess.run([bin_annals, "export", "--what", table, "--db", str(work / db)]
                               + (["--status", "all"] if table in ("events", "acled") else []),
                               cwd=ROOT, capture_output=True)
            out.append(p.stdout)
        same &= out[0] == out[1]
        verdict = "identical" if out[0] == out[1] else "DIFFERENT"
        print(f"{table}: {len(out[0].splitlines())} rows, {verdict}")
    shutil.rmtree(work)
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
