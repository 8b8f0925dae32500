#!/usr/bin/env bash
# `knead report --html` and `--json` over a generated journal (default
# 3,650 sessions: ten years of daily sessions) and the page sizes they
# write. Uses hyperfine when installed, else five timed runs each.
set -euo pipefail
cd "$(dirname "$0")/.."
sessions=${1:-3650}
cargo build --release --quiet --example gen_journal
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/knead"
target/release/examples/gen_journal "$work/knead/journal.jsonl" "$sessions"
echo "journal: $sessions sessions, $(du -h "$work/knead/journal.jsonl" | cut -f1)"
export XDG_DATA_HOME="$work" XDG_CONFIG_HOME="$work/config" TZ=UTC
commands=("target/release/knead report --html" "target/release/knead report --json")
if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 1 --runs 10 --output=null "${commands[@]}"
else
    for command in "${commands[@]}"; do
        for _ in 1 2 3 4 5; do
            /usr/bin/env time -f "$command: %e s, %M KB max RSS" $command >/dev/null
        done
    done
fi
for format in html json; do
    echo "report --$format: $(target/release/knead report --$format | wc -c) bytes"
done
