#!/bin/sh
# Queue and answer latency on a collection of 1,000,000 cards and 10,000,000
# review log rows (built once, about 3 minutes, cached in $TMPDIR as
# recall-bench-*.db; delete it to rebuild), and the storing speed of import.
#
#   bench/store.sh
#
# p50/p99-ms are wall-clock latencies per call; p50/p99-cpu-ms are the CPU
# time of the calling thread, which stays meaningful on a busy shared machine.
set -eu
cd "$(dirname "$0")/.."
go test ./store -run '^$' -bench 'NextCard|RecordAnswer|QueueCounts' -benchtime 3000x
go test ./store -run '^$' -bench 'ImportStore' -benchtime 3x
