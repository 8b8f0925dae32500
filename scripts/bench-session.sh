#!/usr/bin/env bash
# No drift and no busy waiting: runs a routine of exactly 16 s of steps at
# real speed, with every answer ready on stdin, and reports how far the wall
# time lands from 16 s and how much CPU the process used while it waited.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/sixteen.toml" <<'TOML'
format = 1
title = "Sixteen seconds"
[[step]]
kind = "hold"
title = "Hold"
cue = "Hold still."
duration = "8s"
[[step]]
kind = "breathe"
cue = "Breathe slowly."
duration = "8s"
TOML
# screening no, check-in no, then "better" after the session.
printf 'n\nn\nb\n' > "$work/answers"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
for run in 1 2 3 4 5; do
    start=$(date +%s%N)
    /usr/bin/env time -f '%U %S %w' -o "$work/cpu" \
        target/release/knead run "$work/sixteen.toml" --plain --mute < "$work/answers" > /dev/null
    end=$(date +%s%N)
    read -r user sys wakes < "$work/cpu"
    awk -v s="$start" -v e="$end" -v u="$user" -v y="$sys" -v r="$run" -v w="$wakes" 'BEGIN {
        wall = (e - s) / 1e6
        printf "run %d: wall %.1f ms (%+.1f ms from 16 s), CPU user %.2f s + system %.2f s, %d voluntary wakeups\n", r, wall, wall - 16000, u, y, w
    }'
done
