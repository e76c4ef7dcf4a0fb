#!/bin/sh
# Import speed on the 10,000-note corpus, and the storing part of the import
# against the sqlite3 shell bulk-loading the same card rows from CSV.
#
#   bench/import.sh            (from the repository root; needs sqlite3, xz)
#
# Figures are printed, never asserted. The corpus is unpacked in a temp dir.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$root/../shared/corpus/tubegraph-10k.tar.xz
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir "$tmp/notes"
tar -xJf "$corpus" -C "$tmp/notes"
(cd "$root" && go build -o "$tmp/recall" ./cmd/recall)
db=$tmp/recall.db

now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }

echo "== first import of $(find "$tmp/notes" -name '*.md' | wc -l) notes"
t0=$(now)
RECALL_TIMING=1 /usr/bin/time -f "%e s wall, %U user %S sys, %M KB max RSS" "$tmp/recall" --db "$db" import "$tmp/notes" 2>"$tmp/timing1" >"$tmp/out1"
t1=$(now)
cat "$tmp/out1" "$tmp/timing1"
echo "total: $(secs "$t0" "$t1") s"

echo "== second import (unchanged)"
t0=$(now)
RECALL_TIMING=1 "$tmp/recall" --db "$db" import "$tmp/notes" 2>"$tmp/timing2" >"$tmp/out2"
t1=$(now)
cat "$tmp/out2" "$tmp/timing2"
echo "total: $(secs "$t0" "$t1") s"

echo "== sqlite3 shell loading the same card rows from CSV into the same schema"
sqlite3 -csv "$db" 'SELECT * FROM cards' >"$tmp/cards.csv"
sqlite3 -csv "$db" 'SELECT * FROM notes' >"$tmp/notes.csv"
echo "cards.csv: $(wc -l <"$tmp/cards.csv") rows, $(du -h "$tmp/cards.csv" | cut -f1)"
base=$tmp/baseline.db
cat "$root"/store/migrations/0*.sql | sqlite3 "$base"
sqlite3 "$base" 'PRAGMA journal_mode = WAL' >/dev/null
sqlite3 "$base" ".import --csv $tmp/notes.csv notes"
t0=$(now)
sqlite3 "$base" 'PRAGMA synchronous = NORMAL' ".import --csv $tmp/cards.csv cards" >/dev/null
t1=$(now)
shell=$(secs "$t0" "$t1")
store=$(sed -n 's/^timing: store *//p' "$tmp/timing1")
echo "sqlite3 .import: $shell s; recall store phase: $store"
# store is printed by Go (e.g. 3.2s or 850ms); convert to seconds.
case $store in
*ms) store_s=$(echo "${store%ms} / 1000" | bc -l) ;;
*m*s) m=${store%%m*}; s=${store#*m}; store_s=$(echo "$m * 60 + ${s%s}" | bc -l) ;;
*s) store_s=${store%s} ;;
esac
echo "ratio store/sqlite3: $(echo "scale=2; $store_s / $shell" | bc -l)"
