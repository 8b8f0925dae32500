#!/usr/bin/env bash
# Times `knead history` (release build) over generated journals of 3,650
# sessions (ten years, one a day) and 100,000 sessions, each session with
# check-ins and pressure ratings. Targets: under 50 ms and under 1 s.
#
#   scripts/bench-journal-read.sh [RUNS (default 20)] [SESSIONS...]
#
# KNEAD=path/to/knead times another build (say, one copied before a change)
# over the same journals. No hyperfine needed: each run is timed with `date +%s%N` and the mean,
# min and max wall times are printed, so the figures include process start.
set -euo pipefail
export TIMEFORMAT="%3R %3U %3S"
cd "$(dirname "$0")/.."
runs=${1:-20}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(3650 100000)
cargo build --release --quiet --example gen_journal
cargo build --release --quiet
knead=${KNEAD:-target/release/knead}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/knead"
export XDG_DATA_HOME="$work" XDG_CONFIG_HOME="$work/config"
for sessions in "${sizes[@]}"; do
    target/release/examples/gen_journal "$work/knead/journal.jsonl" "$sessions"
    size=$(du -h "$work/knead/journal.jsonl" | cut -f1)
    "$knead" history >/dev/null # warm the page cache
    : >"$work/times"
    for _ in $(seq "$runs"); do
        { time "$knead" history >/dev/null; } 2>>"$work/times"
    done
    awk -v s="$sessions" -v z="$size" -v n="$runs" '
        { w += $1; c += $2 + $3; if (NR == 1 || $1 < lo) lo = $1 }
        END { printf "%7d sessions (%s): wall mean %.1f ms, min %.1f ms; CPU (user+sys) mean %.1f ms; %d runs\n",
                     s, z, w / NR * 1000, lo * 1000, c / NR * 1000, n }' "$work/times"
done
