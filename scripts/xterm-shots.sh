#!/bin/sh
# Screenshots of knead's step screen in a real xterm, on a white and on a
# black background, to check colours by eye (tmux captures show no colour).
# Needs: apt-get install -y xterm xvfb x11-apps imagemagick tmux
# Usage: scripts/xterm-shots.sh [OUT_DIR] [knead run flags...]
# Writes OUT_DIR/step-light.png and OUT_DIR/step-dark.png (default /tmp).
set -eu
out=${1:-/tmp}
[ $# -gt 0 ] && shift
knead=${KNEAD:-target/debug/knead}

shot() { # shot NAME BG FG DISPLAY
    name=$1 bg=$2 fg=$3 disp=$4
    shift 4
    home=$(mktemp -d)
    sock=$home/tmux
    printf 'set -g status off\n' >"$home/tmux.conf"
    Xvfb "$disp" -screen 0 900x560x24 >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    DISPLAY=$disp xterm -bg "$bg" -fg "$fg" -fa Mono -fs 11 -geometry 80x24+0+0 \
        -e env HOME="$home" TERM=xterm-256color \
        tmux -S "$sock" -f "$home/tmux.conf" new-session "$knead run piriformis-tennis-ball --mute $*" &
    term=$!
    sleep 3
    # "n" to each screening question (one at a time: they are slow to come).
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        tmux -S "$sock" send-keys n 2>/dev/null || true
        sleep 1.5
    done
    sleep 3
    DISPLAY=$disp xwd -root -silent | convert xwd:- -crop 740x460+0+0 -colors 32 "$out/step-$name.png"
    tmux -S "$sock" kill-server 2>/dev/null || true
    kill "$term" "$xvfb" 2>/dev/null || true
    rm -rf "$home"
}

shot light white black :91 "$@" &
shot dark black white :92 "$@" &
wait
ls -l "$out"/step-light.png "$out"/step-dark.png
