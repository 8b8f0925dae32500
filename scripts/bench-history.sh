#!/usr/bin/env bash
# `knead history` over a generated 100,000-session journal (about ten
# events each, ~140 MB): the target is under 0.5 s on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/generated-journal.sh
generated_journal "${1:-100000}"
hyperfine --warmup 1 --runs 10 \
    "target/release/knead history" \
    "target/release/knead history --routine piriformis-tennis-ball --since 2026-01-01" \
    "target/release/knead history --csv"
