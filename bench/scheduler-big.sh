#!/usr/bin/env bash
# Streams a large review history through `recall scheduler eval`: builds a
# ~100 MB FSRS-optimizer CSV in a temporary directory by repeating the shared
# history under new card ids (read in place, never stored in the project) and
# reports wall time and peak memory. Usage: bench/scheduler-big.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
src=../shared/revlogs/ankianalysis-jlpt-2025.csv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/recall" ./cmd/recall
awk -F, -v OFS=, -v limit=$((mb * 1024 * 1024)) '
  NR == 1 { print; next }
  { rows[++n] = $0 }
  END {
    size = 0
    for (k = 0; size < limit; k++)
      for (i = 1; i <= n; i++) {
        split(rows[i], f, ",")
        line = (k + 1) f[1] "," f[2] "," f[3] "," f[4] "," f[5]
        print line
        size += length(line) + 1
      }
  }' "$src" > "$tmp/big.csv"
ls -l "$tmp/big.csv" | awk '{printf "history: %.0f MB\n", $5 / 1048576}'
/usr/bin/time -f 'wall %e s, peak RSS %M KB' "$tmp/recall" scheduler eval --revlog "$tmp/big.csv" --timezone Europe/London
