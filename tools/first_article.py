#!/usr/bin/env python3
"""Seconds from starting `annals extract` to its first extracted article on standard output.

    tools/first_article.py ARTICLES.jsonl [--runs 5] [--threads 2]

Starts bin/annals extract on the file RUNS times, times each run from the start of the process to
the first line it writes (the first article's extraction, models loaded), kills it there, and
prints the times sorted. Needs a built checkout. Standard library only.
"""
import argparse
import pathlib
import subprocess
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("articles")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--threads", type=int, default=2)
    a = p.parse_args()
    times = []
    for _ in range(a.runs):
        start = time.monotonic()
        proc = subprocess.Popen([str(ROOT / "bin" / "annals"), "extract", "--in", a.articles, "--threads",
                                 str(a.threads), "-q"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        first = proc.stdout.readline()
        elapsed = time.monotonic() - start
        proc.kill()
        proc.wait()
        if not first:
            raise SystemExit("first_article: annals extract wrote nothing for " + a.articles)
        times.append(round(elapsed, 2))
    print("seconds to the first extracted article:", sorted(times))


if __name__ == "__main__":
    main()
