#!/bin/bash
# Two ingest writers into one PostgreSQL store against one, each pinned to a CPU of its own
# (docs/benchmarks.md, "A waiting writer now extracts").
# usage: tools/pg_two_writers.sh [ANNALS_HOME] [HOST:PORT] [TAG]
#   needs taskset, psql, a PostgreSQL server at HOST:PORT (default 127.0.0.1:55433) that trusts
#   user postgres, and ../shared/data/realnews (articles 41-100 are used: 60 for one writer,
#   30 + 30 for two).
set -euo pipefail
A=${1:-.}; HP=${2:-127.0.0.1:55433}; T=${3:-run}
HOST=${HP%:*}; PORT=${HP#*:}
PSQL="psql -q -h $HOST -p $PORT -U postgres"
SRC=${REALNEWS:-$(cd "$(dirname "$0")/.." && pwd)/../shared/data/realnews/guardian_ukraine_nato_2022.jsonl}
W=$(mktemp -d)
sed -n 41,100p "$SRC" > "$W/all.jsonl"; sed -n 41,70p "$SRC" > "$W/a.jsonl"; sed -n 71,100p "$SRC" > "$W/b.jsonl"
$PSQL -c "drop database if exists one_$T" -c "drop database if exists two_$T" \
  -c "create database one_$T" -c "create database two_$T" >/dev/null 2>&1
db() { echo "postgresql://$HOST:$PORT/$1?user=postgres"; }
s=$(date +%s.%N)
taskset -c 0 "$A/bin/annals" ingest "$W/all.jsonl" --db "$(db one_$T)" --threads 1 -q 2>/dev/null
one=$(echo "$(date +%s.%N) - $s" | bc)
s=$(date +%s.%N)
taskset -c 0 "$A/bin/annals" ingest "$W/a.jsonl" --db "$(db two_$T)" --threads 1 -q 2>/dev/null &
taskset -c 1 "$A/bin/annals" ingest "$W/b.jsonl" --db "$(db two_$T)" --threads 1 -q 2>/dev/null; wait
two=$(echo "$(date +%s.%N) - $s" | bc)
n1=$($PSQL -t -d "one_$T" -c "select count(*) from articles" | tr -d ' ')
n2=$($PSQL -t -d "two_$T" -c "select count(*) from articles" | tr -d ' ')
rm -rf "$W"
echo "$T one=${one}s two=${two}s two/one throughput=$(echo "scale=2; $one / $two" | bc) articles=$n1/$n2"
