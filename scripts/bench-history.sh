#!/usr/bin/env bash
# `knead history` over a generated 100,000-session journal (about ten
# events each, ~140 MB): the target is under 0.5 s on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
sessions=${1:-100000}
cargo build --release --quiet --example gen_journal
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/knead"
target/release/examples/gen_journal "$work/knead/journal.jsonl" "$sessions"
echo "journal: $sessions sessions, $(du -h "$work/knead/journal.jsonl" | cut -f1)"
export XDG_DATA_HOME="$work" XDG_CONFIG_HOME="$work/config"
hyperfine --warmup 1 --runs 10 \
    "target/release/knead history" \
    "target/release/knead history --routine piriformis-tennis-ball --since 2026-01-01" \
    "target/release/knead history --csv"
