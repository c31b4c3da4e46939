#!/usr/bin/env python3
"""How much of the record depends on the order articles are ingested in.

    tools/order_check.py [--articles 234] [--seed 3] [--work DIR] [--corpus ../shared/data/realnews/guardian_ukraine_nato_2022.jsonl]

Ingests the first ARTICLES lines of a JSON Lines corpus twice, in file order and shuffled (seeded),
exports entities and mentions of each store and prints: entity ids common to both stores and the
entities (name, type) found in only one; event ids common to both; mentions whose event holds the
same mentions in both orders. Needs a built checkout (bin/annals). Standard library only.
"""
import argparse
import collections
import json
import os
import pathlib
import random
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def annals(*args):
    subprocess.run([str(ROOT / "bin" / "annals"), *args], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def rows(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ingest(work, tag, lines):
    d = work / tag
    d.mkdir(parents=True, exist_ok=True)
    for f in d.glob("store.db*"):
        f.unlink()
    (d / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(d / "store.db")
    annals("ingest", str(d / "in.jsonl"), "--db", db, "--threads", "2", "-q")
    annals("export", "--db", db, "--what", "entities", "--out", str(d / "entities.jsonl"))
    annals("export", "--db", db, "--what", "mentions", "--out", str(d / "mentions.jsonl"))
    return rows(d / "entities.jsonl"), rows(d / "mentions.jsonl")


def groups(mentions):
    by_event = collections.defaultdict(set)
    for m in mentions:
        by_event[m["event_id"]].add((m["article_id"], m["start"]))
    return by_event


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--articles", type=int, default=234)
    p.add_argument("--seed", type=int, default=3)
    p.add_argument("--work", default="out/order-check")
    p.add_argument("--corpus", default=str(ROOT.parent / "shared/data/realnews/guardian_ukraine_nato_2022.jsonl"))
    a = p.parse_args()
    if not os.path.exists(a.corpus):
        sys.exit(f"order_check: {a.corpus} not found")
    with open(a.corpus, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()][: a.articles]
    shuffled = lines[:]
    random.Random(a.seed).shuffle(shuffled)
    work = pathlib.Path(a.work)
    ents_a, ments_a = ingest(work, "in-order", lines)
    ents_b, ments_b = ingest(work, "shuffled", shuffled)

    ea = {e["entity_id"]: e for e in ents_a}
    eb = {e["entity_id"]: e for e in ents_b}
    print(f"articles {len(lines)}, seed {a.seed}")
    print(f"entities: {len(ea)} in order, {len(eb)} shuffled, {len(ea.keys() & eb.keys())} ids in both")
    for tag, x, y in (("only in order", ea, eb), ("only shuffled", eb, ea)):
        only = sorted((x[i]["name"], x[i]["type"]) for i in x.keys() - y.keys())
        print(f"  {tag}: {only}")
    ga, gb = groups(ments_a), groups(ments_b)
    print(f"events: {len(ga)} in order, {len(gb)} shuffled, {len(ga.keys() & gb.keys())} ids in both")
    of_a = {m: frozenset(g) for g in ga.values() for m in g}
    of_b = {m: frozenset(g) for g in gb.values() for m in g}
    same = sum(1 for m in of_a.keys() & of_b.keys() if of_a[m] == of_b[m])
    print(f"mentions: {len(of_a)} in order, {len(of_b)} shuffled, {same} in an event of the same mentions")


if __name__ == "__main__":
    main()
