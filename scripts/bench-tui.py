#!/usr/bin/env python3
"""Measure the full-screen coach beside two terminal countdowns.

Each program runs in a pseudo-terminal of its own, 100x30, side by side in
one run, its output drained and parsed only for what the script waits for:

- knead holding a 10-minute hold with the breathing pacer on screen, muted;
- termdown (PyPI) counting down 10 minutes;
- tclock (crate clock-tui) counting down 10 minutes (`timer -d 10m -M`).

Reported per program: CPU over a window after the first screen (user +
system from /proc, as a share of one core), voluntary wake-ups in that
window (120 s by default), and peak RSS. For knead alone: the time from start to its first
frame, and how close a 16 s routine (an 8 s hold with its check-in, an 8 s
breathe step) ends to 16 s, answers given the moment they are asked.

Usage: [WINDOW=seconds] scripts/bench-tui.py [KNEAD] [TERMDOWN] [TCLOCK]

CPU is read in clock ticks (10 ms), so the window is long (120 s by
default): one tick is then 0.008 % of a core.
"""

import fcntl
import os
import pty
import select
import struct
import sys
import tempfile
import termios
import time

KNEAD = sys.argv[1] if len(sys.argv) > 1 else "target/release/knead"
TERMDOWN = sys.argv[2] if len(sys.argv) > 2 else "termdown"
TCLOCK = sys.argv[3] if len(sys.argv) > 3 else "tclock"
WINDOW = float(os.environ.get("WINDOW", "120"))
TICKS = os.sysconf("SC_CLK_TCK")

HOLD = """format = 1
title = "Ten-minute hold"

[[step]]
kind = "hold"
title = "Hold a tender spot"
cue = "Let your weight sink in."
duration = "10m"
"""

SIXTEEN = """format = 1
title = "Sixteen seconds"

[[step]]
kind = "hold"
title = "Short hold"
cue = "Lean in."
duration = "8s"

[[step]]
kind = "breathe"
title = "Breathe"
duration = "8s"
"""


class Program:
    """A program in a 100x30 pseudo-terminal, its output kept as text."""

    def __init__(self, argv, env):
        self.started = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:
            os.execvpe(argv[0], argv, env)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.pid, self.fd, self.out = pid, fd, b""
        self.first_byte = None

    def drain(self, timeout=0.0):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if ready:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if chunk and self.first_byte is None:
                self.first_byte = time.monotonic()
            self.out += chunk

    def seen(self, text):
        return text.encode() in self.out

    def press(self, keys):
        os.write(self.fd, keys.encode())

    def stat(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / TICKS
        status = {}
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                status[key] = value.strip()
        return cpu, int(status["voluntary_ctxt_switches"]), status["VmHWM"]

    def stop(self):
        try:
            os.kill(self.pid, 15)
            os.waitpid(self.pid, 0)
        except OSError:
            pass


def drain_all(programs, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for p in programs:
            p.drain(0.01)


def wait_for(program, text, limit=10.0):
    end = time.monotonic() + limit
    while not program.seen(text):
        if time.monotonic() > end:
            raise SystemExit(f"never saw {text!r}")
        program.drain(0.005)
    return time.monotonic()


def env_for(home):
    env = dict(os.environ, TERM="xterm-256color")
    env["XDG_DATA_HOME"] = os.path.join(home, "data")
    env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    return env


def side_by_side(home):
    hold = os.path.join(home, "hold.toml")
    with open(hold, "w") as f:
        f.write(HOLD)
    env = env_for(home)
    knead = Program([KNEAD, "run", "--mute", hold], env)
    first_frame = wait_for(knead, "Does any of these apply") - knead.started
    knead.press("n")
    wait_for(knead, "Breathe")
    peers = [
        ("termdown", Program([TERMDOWN, "10m"], env)),
        ("tclock", Program([TCLOCK, "timer", "-d", "10m", "-M"], env)),
    ]
    programs = [("knead", knead)] + peers
    drain_all([p for _, p in programs], 3.0)
    before = {name: p.stat() for name, p in programs}
    drain_all([p for _, p in programs], WINDOW)
    after = {name: p.stat() for name, p in programs}
    print(f"window: {WINDOW:.0f} s after the first screen, 100x30, side by side")
    for name, p in programs:
        cpu = (after[name][0] - before[name][0]) / WINDOW * 100
        wakeups = (after[name][1] - before[name][1]) / WINDOW
        print(f"{name:9} CPU {cpu:5.2f} % of a core   {wakeups:6.1f} wake-ups/s   peak RSS {after[name][2]}")
        p.stop()
    print(f"knead first frame: {first_frame * 1000:.1f} ms after start")


def sixteen(home):
    path = os.path.join(home, "sixteen.toml")
    with open(path, "w") as f:
        f.write(SIXTEEN)
    knead = Program([KNEAD, "run", "--mute", path], env_for(home))
    wait_for(knead, "Does any of these apply")
    knead.press("n")
    began = time.monotonic()
    asked = wait_for(knead, "Check-in")
    knead.press("n")
    answered = time.monotonic()
    ended = wait_for(knead, "better, the same or worse", limit=30)
    knead.press("s")
    wait_for(knead, "leave")
    knead.press("\r")
    os.waitpid(knead.pid, 0)
    length = (ended - began) - (answered - asked)
    print(f"16 s routine: ended {length * 1000 - 16000:+.1f} ms from 16 s (answers given at once)")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as home:
        side_by_side(home)
    # A home of its own: the interrupted hold above would be asked about.
    with tempfile.TemporaryDirectory() as home:
        sixteen(home)
