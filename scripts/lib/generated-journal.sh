# Sourced by the benchmark scripts: builds knead and the journal generator
# (release), then writes a journal of SESSIONS sessions into a temporary
# data folder, removed on exit, and points XDG_DATA_HOME and
# XDG_CONFIG_HOME at it.
#
# KIND is empty (one session every 8 hours, four routines), `daily`, or
# `varied` (many routines, ratings, outcomes and irregular days).
#
#   generated_journal SESSIONS [KIND]
generated_journal() {
    local sessions=$1 kind=${2:-}
    cargo build --release --quiet --example gen_journal
    cargo build --release --quiet
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    mkdir -p "$work/knead"
    target/release/examples/gen_journal "$work/knead/journal.jsonl" "$sessions" $kind
    echo "journal: $sessions ${kind:+$kind }sessions, $(du -h "$work/knead/journal.jsonl" | cut -f1)"
    export XDG_DATA_HOME="$work" XDG_CONFIG_HOME="$work/config"
}
