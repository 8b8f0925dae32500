#!/usr/bin/env bash
# `knead report --html` and `--json` over a generated journal (default
# 3,650 sessions: ten years of daily sessions) and the page sizes they
# write. `bench-report.sh 100000 varied` uses the varied journal. Uses hyperfine when installed, else five timed runs each.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/generated-journal.sh
generated_journal "${1:-3650}" "${2:-}"
export TZ=UTC
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
