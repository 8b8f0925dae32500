#!/usr/bin/env python3
"""Time `knead history --view` from start to its first frame.

Writes ten years of daily sessions up to now (3,650 sessions, with check-ins
and pressure ratings) with the gen_journal example, then runs the release
binary RUNS times in a pseudo-terminal of 80x24, timing from the spawn until
the frame's chart ("count" under the bars) has arrived, then presses q and
waits for the exit. The figure includes process start, reading the journal
and the routines, building the view and drawing it. Target: under 100 ms.
The CPU time (user + system) of each whole run, read from wait4, is printed
too: on a machine shared with other builds it is the steadier figure.

Usage: scripts/bench-history-view.py [RUNS (default 20)] [SESSIONS (default 3650)]

KNEAD=path/to/knead times another build over the same journal.
"""

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import tempfile
import termios
import time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
SESSIONS = sys.argv[2] if len(sys.argv) > 2 else "3650"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KNEAD = os.environ.get("KNEAD", os.path.join(ROOT, "target/release/knead"))
PATIENCE = 10.0


def build():
    for args in (["--example", "gen_journal"], []):
        subprocess.run(["cargo", "build", "--release", "--quiet", *args], cwd=ROOT, check=True)


def first_frame(env):
    """Seconds from spawn to the chart on screen, and the run's CPU seconds."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(KNEAD, [KNEAD, "history", "--view"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    seen = b""
    elapsed = None
    while time.perf_counter() - start < PATIENCE:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            seen += os.read(fd, 65536)
        except OSError:
            break
        if b"count" in seen:
            elapsed = time.perf_counter() - start
            break
    os.write(fd, b"q")
    deadline = time.perf_counter() + PATIENCE
    cpu = 0.0
    while time.perf_counter() < deadline:
        try:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                os.read(fd, 65536)
        except OSError:
            pass
        done, _, usage = os.wait4(pid, os.WNOHANG)
        if done:
            cpu = usage.ru_utime + usage.ru_stime
            break
    os.close(fd)
    if elapsed is None:
        sys.exit("knead never drew its chart: " + seen[-400:].decode("utf-8", "replace"))
    return elapsed, cpu


def main():
    build()
    with tempfile.TemporaryDirectory() as work:
        journal = os.path.join(work, "knead", "journal.jsonl")
        os.makedirs(os.path.dirname(journal))
        gen = os.path.join(ROOT, "target/release/examples/gen_journal")
        subprocess.run([gen, journal, SESSIONS, "daily"], check=True)
        size = os.path.getsize(journal) / 1e6
        env = dict(os.environ, XDG_DATA_HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"),
                   TERM="xterm-256color")
        first_frame(env)  # warm the page cache
        runs = [first_frame(env) for _ in range(RUNS)]
        times = sorted(wall * 1000 for wall, _ in runs)
        cpu = sum(c for _, c in runs) / len(runs) * 1000
        print(f"{SESSIONS} daily sessions ({size:.1f} MB): first frame mean {sum(times) / len(times):.1f} ms, "
              f"median {times[len(times) // 2]:.1f} ms, min {times[0]:.1f} ms, max {times[-1]:.1f} ms; "
              f"CPU (user+sys, whole run) mean {cpu:.1f} ms; {RUNS} runs")


main()
