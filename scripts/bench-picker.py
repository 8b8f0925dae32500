#!/usr/bin/env python3
"""Measure the picker's first frame: `knead` alone with the bundled
routines and 200 user routines, every one read and checked before the
first frame is drawn.

The user routines are the bundled files under other ids and titles (so
each is a real routine of 1-3 KB with safety lines, sides and repeats),
written to a config folder of the script's own. knead runs in an 80x24
pseudo-terminal; the time is from just before the process starts to the
moment its output holds the count line of the first frame ("of 210").
Each run starts a fresh process; the first run is a warm-up and is not
counted.

Usage: [RUNS=n] scripts/bench-picker.py [KNEAD]
"""

import glob
import os
import pty
import select
import statistics
import struct
import fcntl
import sys
import tempfile
import termios
import time

KNEAD = sys.argv[1] if len(sys.argv) > 1 else "target/release/knead"
RUNS = int(os.environ.get("RUNS", "20"))
USER_ROUTINES = 200
HERE = os.path.dirname(os.path.abspath(__file__))


def write_user_routines(folder):
    bundled = sorted(glob.glob(os.path.join(HERE, "..", "routines", "*.toml")))
    os.makedirs(folder)
    for n in range(USER_ROUTINES):
        source = bundled[n % len(bundled)]
        with open(source) as f:
            text = f.read()
        # Another title, so the list is not ten titles twenty times over.
        text = text.replace('title = "', f'title = "No. {n:03} ', 1)
        with open(os.path.join(folder, f"mine-{n:03}.toml"), "w") as f:
            f.write(text)
    return len(bundled)


def first_frame(env, expected):
    started = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(KNEAD, [KNEAD], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    out = b""
    seen = None
    deadline = started + 10
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.001)
        if ready:
            try:
                out += os.read(fd, 65536)
            except OSError:
                break
            if expected in out:
                seen = time.monotonic()
                break
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    os.close(fd)
    if seen is None:
        raise SystemExit(f"never saw {expected!r}; got {out[-400:]!r}")
    return (seen - started) * 1000


def main():
    with tempfile.TemporaryDirectory() as home:
        bundled = write_user_routines(os.path.join(home, "config", "knead", "routines"))
        env = dict(os.environ, TERM="xterm-256color")
        env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
        env["XDG_DATA_HOME"] = os.path.join(home, "data")
        env.pop("NO_COLOR", None)
        # User ids never clash with bundled ones here: every routine is listed.
        expected = f"of {USER_ROUTINES + bundled}".encode()
        first_frame(env, expected)
        times = [first_frame(env, expected) for _ in range(RUNS)]
    print(f"{bundled} bundled + {USER_ROUTINES} user routines, 80x24, {RUNS} runs after a warm-up")
    print(
        f"first frame: median {statistics.median(times):.1f} ms, "
        f"min {min(times):.1f} ms, max {max(times):.1f} ms"
    )
    print(f"load average: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
