#!/usr/bin/env bash
# Times `knead check` over 1,000 routine files (the bundled routines copied
# round-robin), the target being under 1 s on a 2-core machine. Uses
# hyperfine when present, else bash's `time` over 5 runs.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
routines=(routines/*.toml)
for i in $(seq 0 999); do
    cp "${routines[i % ${#routines[@]}]}" "$work/routine-$i.toml"
done
echo "files: $(ls "$work" | wc -l), bytes: $(cat "$work"/*.toml | wc -c)"
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 2 --runs 10 "target/release/knead check $work/*.toml"
else
    for _ in 1 2 3 4 5; do
        /usr/bin/env bash -c "time target/release/knead check $work/*.toml >/dev/null 2>&1" 2>&1 | grep real
    done
fi
