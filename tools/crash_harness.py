#!/usr/bin/env python3
"""Crash harness for `annals ingest`: kills the ingest with SIGKILL at random moments, restarts it,
and checks that the store ends up as a clean ingest of the same input leaves it.

    tools/crash_harness.py [--kills 100] [--articles 1000] [--seed 7] [--window 4 16] [--work DIR] [--data ../shared/data]

Input: the first ARTICLES articles of ../shared/data (realnews, newsclusters, PolNeAR dev texts; a
prefixed reprint of each where more are asked for than there are), written as one JSON Lines file.
Then:
  1. a clean ingest of it into clean.db (the reference);
  2. KILLS times: `annals ingest` into crashed.db, SIGKILL after a random WINDOW seconds (seeded;
     a run needs about 4 s to load its models before it stores anything);
  3. one more ingest into crashed.db, left to finish;
  4. checks: PRAGMA integrity_check is ok; crashed.db holds every article exactly once (no more,
     no fewer, no duplicate mention rows); its exported events, mentions, entities and quotes are
     identical to clean.db's.
Prints what it did and FAILED lines; exits 1 on any failure. Needs a built checkout (bin/annals).
Standard library only.
"""
import argparse
import json
import os
import pathlib
import random
import signal
import sqlite3
import subprocess
import sys
import time

HOME = pathlib.Path(__file__).resolve().parent.parent
ANNALS = HOME / "bin" / "annals"


def articles(data, n):
    found = []
    for name in ("realnews/guardian_ukraine_nato_2022.jsonl", "newsclusters/giveme5w1h_newscluster_dev.jsonl"):
        path = data / name
        if path.exists():
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        a = json.loads(line)
                        found.append({"id": a["id"], "text": a["text"], "title": a.get("title"),
                                      "date": (a.get("date") or "")[:10] or None})
    texts = data / "quotes/polnear/dev/text"
    if texts.is_dir():
        for path in sorted(texts.glob("*.txt")):
            found.append({"id": path.name, "text": path.read_text(encoding="utf-8")})
    if not found:
        sys.exit(f"no articles under {data}")
    out = []
    for i in range(n):
        a = dict(found[i % len(found)])
        copy = i // len(found)
        if copy:
            a["id"] = f"{a['id']}#reprint{copy}"
            a["text"] = f"(Reprint {copy}.) " + a["text"]
        out.append(a)
    return out


def ingest(db, inputs, quiet=True):
    cmd = [str(ANNALS), "ingest", str(inputs), "--db", str(db), "--threads", "2"]
    if quiet:
        cmd.append("--quiet")
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def count(db, sql):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        return c.execute(sql).fetchone()[0]


def export(db, what, out):
    subprocess.run([str(ANNALS), "export", "--db", str(db), "--what", what, "--out", str(out)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out.read_bytes()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--kills", type=int, default=100)
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--window", type=float, nargs=2, default=[4.0, 16.0], metavar=("MIN", "MAX"),
                   help="seconds after each start at which the kill falls, uniformly")
    p.add_argument("--work", default="out/crash-harness")
    p.add_argument("--data", default=str(HOME.parent / "shared" / "data"))
    args = p.parse_args()
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    inputs = work / "articles.jsonl"
    with open(inputs, "w", encoding="utf-8") as f:
        for a in articles(pathlib.Path(args.data), args.articles):
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    clean, crashed = work / "clean.db", work / "crashed.db"
    for db in (clean, crashed):
        for suffix in ("", "-wal", "-shm", ".lock"):
            pathlib.Path(str(db) + suffix).unlink(missing_ok=True)

    start = time.time()
    rc = ingest(clean, inputs).wait()
    print(f"clean ingest: exit {rc}, {count(clean, 'SELECT count(*) FROM articles')} articles, "
          f"{time.time() - start:.0f} s", flush=True)

    rnd = random.Random(args.seed)
    start = time.time()
    progress = []
    for k in range(args.kills):
        proc = ingest(crashed, inputs)
        try:
            proc.wait(timeout=rnd.uniform(*args.window))
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        stored = count(crashed, "SELECT count(*) FROM articles") if crashed.exists() else 0
        progress.append(stored)
        if (k + 1) % 10 == 0:
            print(f"kill {k + 1}/{args.kills}: {stored} articles stored", flush=True)
    rc = ingest(crashed, inputs).wait()
    print(f"{args.kills} kills, then a last ingest (exit {rc}): {time.time() - start:.0f} s", flush=True)

    failures = []
    with sqlite3.connect(f"file:{crashed}?mode=ro", uri=True) as c:
        check = [r[0] for r in c.execute("PRAGMA integrity_check")]
    if check != ["ok"]:
        failures.append(f"integrity_check: {check[:5]}")
    want = count(clean, "SELECT count(*) FROM articles")
    got = count(crashed, "SELECT count(*) FROM articles")
    if got != want:
        failures.append(f"articles: {got} in the crashed store, {want} in the clean one")
    for table in ("entity_mentions", "event_mentions", "quotes", "figures", "times"):  # search_index: FTS5 options older sqlite3 modules cannot read
        a, b = count(crashed, f"SELECT count(*) FROM {table}"), count(clean, f"SELECT count(*) FROM {table}")
        if a != b:
            failures.append(f"{table}: {a} rows in the crashed store, {b} in the clean one")
    for what in ("events", "mentions", "entities", "quotes"):
        if export(crashed, what, work / f"crashed.{what}.jsonl") != export(clean, what, work / f"clean.{what}.jsonl"):
            failures.append(f"export --what {what} differs (see {work}/crashed.{what}.jsonl)")
    kills_mid_run = sum(1 for i, n in enumerate(progress) if 0 < n < want and (i == 0 or n > progress[i - 1]))
    print(f"articles stored after each kill grew {kills_mid_run} times; final {got}/{want}")
    for f in failures:
        print("FAILED " + f)
    if not failures:
        print("OK: every article exactly once, integrity_check ok, the record identical to a clean ingest")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
