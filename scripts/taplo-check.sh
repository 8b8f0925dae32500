#!/usr/bin/env bash
# Shows that editors can validate routine files with knead's JSON Schema:
# taplo (the engine behind Even Better TOML) must accept a bundled routine
# and reject a broken one, naming the broken keys and values.
set -euo pipefail

knead=${KNEAD:-target/debug/knead}
command -v taplo >/dev/null || { echo "taplo not found: pip install taplo" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$knead" schema > "$work/knead.schema.json"

{ echo '#:schema ./knead.schema.json'; cat routines/piriformis-tennis-ball.toml; } > "$work/good.toml"
cat > "$work/broken.toml" <<'TOML'
#:schema ./knead.schema.json
format = 1
title = "Broken"
tools = ["tenis ball"]
areas = ["lumbarr"]

[[step]]
kind = "hodl"
title = "Hold"
duraton = "30s"
side = "up"
duration = "45 secs and a bit"
TOML

(cd "$work" && taplo check good.toml)
echo "taplo: bundled routine accepted"

if (cd "$work" && taplo check broken.toml) > "$work/out.txt" 2>&1; then
    echo "taplo accepted a broken routine" >&2
    exit 1
fi
for expected in "duraton" "hodl" "up" "45 secs and a bit" "tenis ball" "lumbarr"; do
    grep -q -- "$expected" "$work/out.txt" || {
        echo "taplo did not report '$expected':" >&2
        cat "$work/out.txt" >&2
        exit 1
    }
done
sed "s/^/    /" "$work/out.txt" | grep -v INFO || true
echo "taplo: broken routine rejected (unknown key, kind, side, tool and area, bad duration)"
