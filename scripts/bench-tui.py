#!/usr/bin/env python3
"""Measure the full-screen coach beside two terminal countdowns.

Each program runs in a pseudo-terminal of its own, 100x30, all side by side
over one window, their output drained and parsed only for what the script
waits for:

- knead on a 10-minute breathe step with a cue paragraph (the kind of step
  every routine opens with), muted;
- knead on a 10-minute hold with the breathing pacer drawn, muted;
- knead on the same hold with the pacer in words (`--reduce-motion`): only
  the seconds move;
- the same three for a second knead binary, if BEFORE names one, so a
  change is measured before and after under the same load;
- termdown (PyPI) counting down 10 minutes;
- tclock (crate clock-tui) counting down 10 minutes (`timer -d 10m -M`).

Reported per program: CPU over a window after the first screen (every
thread's run time from /proc/PID/task/*/schedstat, in nanoseconds, as a
share of one core) and its ratio to tclock's in the same window, voluntary
wake-ups of all threads, peak RSS; for knead, the files opened in 5 s of a
running step (strace, after the window) and the time from start to the first
frame. Then, SIXTEENS times a run, how close a 16 s routine (an 8 s hold
with its check-in, an 8 s breathe step) runs to 16 s: from the first step
on screen to the after-session question, less the time the check-in was on
screen. Every question is answered as a person would: one key, PACE seconds
(0.4) after it is drawn, never two within 150 ms, since knead's input rules
let no other key answer. The load and the machine are printed with every
run; RUNS runs (3 by default) end with the range of each figure, and the
median of the 16 s routine's.

The first frame is then measured on its own, FIRSTS times (15): knead
started in a fresh home as a person starts it, after a second with
nothing running, beside /bin/echo and `knead --version` (the same
binary, doing nothing) started the same way: on this virtual machine any
program's start after an idle second is late by 10-20 ms, the more the
larger the binary, so knead's own share is the difference from
`--version`. knead started right after another program shows the first
frame on a core already awake.

Usage: [WINDOW=seconds] [RUNS=n] [SIXTEENS=n] [FIRSTS=n] [PACE=s] [ONLY=sixteen|first] [BEFORE=knead]
       scripts/bench-tui.py [KNEAD] [TERMDOWN] [TCLOCK]
"""

import fcntl
import os
import pty
import re
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

KNEAD = sys.argv[1] if len(sys.argv) > 1 else "target/release/knead"
TERMDOWN = sys.argv[2] if len(sys.argv) > 2 else "termdown"
TCLOCK = sys.argv[3] if len(sys.argv) > 3 else "tclock"
WINDOW = float(os.environ.get("WINDOW", "120"))
RUNS = int(os.environ.get("RUNS", "3"))
BEFORE = os.environ.get("BEFORE")
# How long a person reads a question before answering it.
PACE = float(os.environ.get("PACE", "0.4"))
# How many times the 16 s routine runs after each side-by-side window.
SIXTEENS = int(os.environ.get("SIXTEENS", "3"))
# How many times the first frame is measured, after the runs.
FIRSTS = int(os.environ.get("FIRSTS", "15"))
# ONLY=sixteen skips the side-by-side windows; ONLY=first measures only
# the first frame.
ONLY = os.environ.get("ONLY", "")

BREATHE = """format = 1
title = "Ten minutes of breathing"

[[step]]
kind = "breathe"
title = "Slow breathing"
cue = "Sit or lie comfortably with your shoulders soft. Breathe in through the nose for four, out for six, and let each out-breath be a little longer than the one before; if your mind wanders, come back to the count."
duration = "10m"
"""

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


# The window title knead sets with each frame of a running step, and with
# any other (a question, the end).
STEP_TITLE = re.compile(rb"\x1b\]0;\d+:\d\d \xc2\xb7 ")
OTHER_TITLE = re.compile(rb"\x1b\]0;(Question waiting|knead) \xc2\xb7 ")


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
        # (end offset in `out`, when read) of every chunk read.
        self.chunks = []

    def drain(self, timeout=0.0):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if ready:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            now = time.monotonic()
            if chunk and self.first_byte is None:
                self.first_byte = now
            self.out += chunk
            self.chunks.append((len(self.out), now))

    def seen_at(self, text, since=0):
        """When the chunk that completed `text` (first seen after byte
        `since`) was read, or None. `text` may be a compiled pattern."""
        if isinstance(text, re.Pattern):
            found = text.search(self.out, since)
            if not found:
                return None
            last = found.end()
        else:
            found = self.out.find(text.encode(), since)
            if found < 0:
                return None
            last = found + len(text.encode())
        return next(at for end, at in self.chunks if end >= last)

    def seen(self, text):
        return text.encode() in self.out

    def press(self, keys):
        os.write(self.fd, keys.encode())

    def stat(self):
        """CPU seconds and voluntary wake-ups of every thread, and peak RSS."""
        cpu, wakeups = 0.0, 0
        for task in os.listdir(f"/proc/{self.pid}/task"):
            try:
                with open(f"/proc/{self.pid}/task/{task}/schedstat") as f:
                    cpu += int(f.read().split()[0]) / 1e9
                with open(f"/proc/{self.pid}/task/{task}/status") as f:
                    for line in f:
                        if line.startswith("voluntary_ctxt_switches"):
                            wakeups += int(line.split(":")[1])
            except OSError:
                pass  # a thread that ended meanwhile
        with open(f"/proc/{self.pid}/status") as f:
            peak = next(l.split(":")[1].strip() for l in f if l.startswith("VmHWM"))
        return cpu, wakeups, peak

    def opens(self, seconds=5.0):
        """Files opened by any thread over `seconds`, traced by strace."""
        log = tempfile.mktemp()
        tracer = subprocess.Popen(
            ["strace", "-f", "-qq", "-e", "trace=open,openat,openat2", "-o", log, "-p", str(self.pid)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        drain_all([self], seconds)
        tracer.terminate()
        tracer.wait()
        try:
            with open(log) as f:
                lines = [l for l in f if "open" in l]
            os.unlink(log)
        except OSError:
            return None
        return len(lines)

    def stop(self):
        """Ends the program: SIGTERM, then SIGKILL if it lingers (a session
        ended by a signal keeps its last screen until a key)."""
        for sig in (15, 9):
            try:
                os.kill(self.pid, sig)
            except OSError:
                return
            end = time.monotonic() + 2.0
            while time.monotonic() < end:
                self.drain(0.05)
                pid, _ = os.waitpid(self.pid, os.WNOHANG)
                if pid:
                    return


def drain_all(programs, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for p in programs:
            p.drain(0.01)


def wait_for(program, text, limit=10.0, since=0):
    """When `text` was first seen in the output after byte `since`."""
    end = time.monotonic() + limit
    while program.seen_at(text, since) is None:
        if time.monotonic() > end:
            raise SystemExit(f"never saw {text!r}")
        program.drain(0.005)
    return program.seen_at(text, since)


def answer_no_until(program, title, limit=60.0, settle=1.0):
    """Answers "no" to the screening and to each long-standing question a
    first run asks, until the step titled `title` is on screen."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        since = len(program.out)
        answer(program, "n")
        quiet = time.monotonic() + settle
        while time.monotonic() < quiet:
            program.drain(0.05)
            if program.seen_at(title, since) is not None:
                return program.seen_at(title, since)
    raise SystemExit(f"never saw {title!r}")  # a text or a pattern


def env_for(home):
    env = dict(os.environ, TERM="xterm-256color")
    env["XDG_DATA_HOME"] = os.path.join(home, "data")
    env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    return env


def knead_on(binary, label, routine, flags, home):
    """knead started on `routine`, past the screening, its step on screen."""
    knead = Program([binary, "run", "--mute", *flags, routine], env_for(home))
    first_frame = wait_for(knead, "Does any of these apply") - knead.started
    answer_no_until(knead, "tender spot" if "hold" in routine else "Slow breathing")
    knead.first_frame = first_frame
    return label, knead


def side_by_side(home):
    """One window: every knead, termdown and tclock at once; a row each."""
    routines = {}
    for name, text in [("hold", HOLD), ("breathe", BREATHE)]:
        routines[name] = os.path.join(home, f"{name}.toml")
        with open(routines[name], "w") as f:
            f.write(text)
    binaries = [("", KNEAD)] + ([("before ", BEFORE)] if BEFORE else [])
    programs = []
    for prefix, binary in binaries:
        # Each knead its own home: one's interrupted session is not asked about by another.
        for label, routine, flags in [
            ("breathe", "breathe", []),
            ("hold", "hold", []),
            ("hold, still", "hold", ["--reduce-motion"]),
        ]:
            own = tempfile.mkdtemp(dir=home)
            programs.append(knead_on(binary, prefix + label, routines[routine], flags, own))
    env = env_for(home)
    programs += [
        ("termdown", Program([TERMDOWN, "10m"], env)),
        ("tclock", Program([TCLOCK, "timer", "-d", "10m", "-M"], env)),
    ]
    every = [p for _, p in programs]
    drain_all(every, 3.0)
    load = os.getloadavg()
    before = {name: p.stat() for name, p in programs}
    drain_all(every, WINDOW)
    after = {name: p.stat() for name, p in programs}
    load = [max(a, b) for a, b in zip(load, os.getloadavg())]
    cpu = {n: (after[n][0] - before[n][0]) / WINDOW * 100 for n, _ in programs}
    rows = {}
    print(f"window: {WINDOW:.0f} s after the first screens, 100x30, side by side; "
          f"load (1, 5, 15 min, the higher of start and end) {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    for name, p in programs:
        wakeups = (after[name][1] - before[name][1]) / WINDOW
        ratio = cpu[name] / cpu["tclock"] if cpu["tclock"] else float("nan")
        opened = p.opens() if name not in ("termdown", "tclock") else None
        first = getattr(p, "first_frame", None)
        extra = ""
        if opened is not None:
            extra += f"   files opened in 5 s: {opened}"
        if first is not None:
            extra += f"   first frame {first * 1000:.1f} ms"
        print(f"{name:19} CPU {cpu[name]:6.3f} % of a core   {ratio:5.2f}x tclock"
              f"   {wakeups:5.2f} wake-ups/s   peak RSS {after[name][2]}{extra}")
        rows[name] = (cpu[name], ratio, wakeups, opened, first)
    for _, p in programs:
        p.stop()
    return rows


def answer(program, key):
    """Presses `key` as a person answers a question on screen: after
    PACE of reading, and alone (knead's input rules let no key answer that
    came within 150 ms of the question being drawn, or of another key)."""
    drain_all([program], PACE)
    program.press(key)
    return time.monotonic()


def sixteen(home, binary):
    """How far from 16 s the two 8 s steps of SIXTEEN run: the time from
    the first step on screen to the after-session question, less the time
    the check-in was on screen (session time stands still while a question
    waits, and how long a person takes to answer is not knead's)."""
    path = os.path.join(home, "sixteen.toml")
    with open(path, "w") as f:
        f.write(SIXTEEN)
    knead = Program([binary, "run", "--mute", path], env_for(home))
    first = wait_for(knead, "Does any of these apply") - knead.started
    # From the moment the first step is on screen (after the screening and
    # a first run's long-standing questions). A step's frame is known by the
    # window title knead sets with it ("0:08 · Sixteen seconds"), written
    # whole: the frame itself sends only the cells that changed, so a
    # title on screen may reach the pty in pieces.
    began = answer_no_until(knead, STEP_TITLE)
    # The check-in is asked at the end of the hold; the frame that asks it
    # is the first after the first step's that is not a running step's.
    asked = wait_for(knead, OTHER_TITLE, limit=30, since=len(knead.out))
    wait_for(knead, "Check-in", limit=30)
    since = len(knead.out)
    answer(knead, "n")
    resumed = wait_for(knead, STEP_TITLE, since=since)
    ended = wait_for(knead, OTHER_TITLE, limit=30, since=since)
    wait_for(knead, "better, the same or worse", limit=30, since=since)
    answer(knead, "s")
    wait_for(knead, "leave")
    answer(knead, "\r")
    os.waitpid(knead.pid, 0)
    length = (ended - began) - (resumed - asked)
    late = length * 1000 - 16000
    print(f"16 s routine ({binary}): ended {late:+.1f} ms from 16 s "
          f"(hold {(asked - began) * 1000:.1f} ms, breathe {(ended - resumed) * 1000:.1f} ms); "
          f"first frame {first * 1000:.1f} ms")
    return late, first


def machine():
    with open("/proc/cpuinfo") as f:
        model = next((l.split(":")[1].strip() for l in f if l.startswith("model name")), "?")
    return f"{os.cpu_count()} cores, {model}"


def spread(values):
    """Median, then the range, of `values` in ms."""
    return (f"median {statistics.median(values):+.1f} ms "
            f"(range {min(values):+.1f} to {max(values):+.1f}, {len(values)} runs)")


def started(argv, env, text):
    """Milliseconds from spawn to `text` on the pty."""
    program = Program(argv, env)
    at = wait_for(program, text)
    program.stop()
    return (at - program.started) * 1000


def first_frames(binary):
    """knead's first frame (the screening's question), started after a
    second of idle as a person starts a session; beside it /bin/echo and
    `knead --version` (the same binary, doing nothing) started the same
    way; then knead again at once, on a core already awake."""
    cold, echo, version, warm = [], [], [], []
    for _ in range(FIRSTS):
        time.sleep(1.0)
        echo.append(started(["/bin/echo", "started"], env_for("/nonexistent"), "started"))
        time.sleep(1.0)
        version.append(started([binary, "--version"], env_for("/nonexistent"), "knead"))
        for times in (cold, warm):
            if times is cold:
                time.sleep(1.0)
            # A home of its own: a fresh home is a first session.
            with tempfile.TemporaryDirectory() as home:
                path = os.path.join(home, "sixteen.toml")
                with open(path, "w") as f:
                    f.write(SIXTEEN)
                times.append(started([binary, "run", "--mute", path], env_for(home),
                                     "Does any of these apply"))

    def summary(times):
        return f"median {statistics.median(times):.1f} ms ({min(times):.1f}-{max(times):.1f})"

    print(f"first frame ({binary}), {FIRSTS} runs, load {os.getloadavg()[0]:.2f}:\n"
          f"  after an idle second    {summary(cold)}\n"
          f"  knead --version, same   {summary(version)}\n"
          f"  /bin/echo, same         {summary(echo)}\n"
          f"  on a core awake         {summary(warm)}")


if __name__ == "__main__":
    print(f"machine: {machine()}")
    runs, lates = [], {}
    binaries = [KNEAD] + ([BEFORE] if BEFORE else [])
    for run in range(RUNS if ONLY != "first" else 0):
        print(f"-- run {run + 1} of {RUNS}")
        if ONLY != "sixteen":
            with tempfile.TemporaryDirectory() as home:
                runs.append(side_by_side(home))
        print(f"load (1 min) {os.getloadavg()[0]:.2f}")
        for binary in binaries:
            for _ in range(SIXTEENS):
                # A home of its own: the interrupted steps above would be asked about.
                with tempfile.TemporaryDirectory() as home:
                    lates.setdefault(binary, []).append(sixteen(home, binary)[0])
    if runs or lates:
        print(f"-- range over {RUNS} runs")
    for name in runs[0] if runs else []:
        cpus = [r[name][0] for r in runs]
        ratios = [r[name][1] for r in runs]
        wakes = [r[name][2] for r in runs]
        print(f"{name:19} CPU {min(cpus):.3f}-{max(cpus):.3f} %   "
              f"{min(ratios):.2f}-{max(ratios):.2f}x tclock   {min(wakes):.2f}-{max(wakes):.2f} wake-ups/s")
    for binary, late in lates.items():
        print(f"16 s routine ({binary}): {spread(late)} from 16 s")
    if ONLY in ("", "first"):
        for binary in binaries:
            first_frames(binary)
