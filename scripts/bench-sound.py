#!/usr/bin/env python3
"""What sound costs while a hold is quiet, and how late a cue is heard.

Starts a PulseAudio server of its own with a null sink (it behaves like a
sound card, with no card), then runs one 45 s hold three times in plain
mode at real speed: muted (the baseline), with breath sounds off, and with
breath sounds on. For each run it reports knead's CPU and wake-ups per
second in the quiet middle of the hold (12 s to 38 s after it starts: the
device has been idle for more than knead's 8 s by then, and the 3-2-1
countdown has not begun), and, with sound, the latency from each cue to
its first sample reaching the sink.

Latency: knead writes, when KNEAD_SOUND_LOG names a file, the wall time
at which the session handed each clip to the sound thread. parec records
the null sink's monitor (what the sink renders) at 48 kHz; each chunk is
timestamped as it arrives and the time of its first loud sample is worked
back from its place in the chunk. A cue's latency is the first onset (a
loud sample after at least 100 ms of silence) within a second of the cue.
Cues that start while another clip still sounds have no onset of their
own and are left out. The recorder's own buffering (parec asks for 5 ms)
is included, so the figures are upper bounds.

Needs `pulseaudio` and `pulseaudio-utils` (parec, and paplay, the player
knead streams its sound to when no PipeWire is running). Not run by CI. Usage: python3 scripts/bench-sound.py [KNEAD]
(without KNEAD it builds and measures target/release/knead). BENCH_VERBOSE=1
also lists every cue's latency and keeps the server's log.
"""

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

RATE = 48000
HOLD_S = 45
WINDOW = (12.0, 38.0)
LOUD = 300  # of 32768: about -40 dBFS
SILENCE_BEFORE = int(0.1 * RATE)

ROUTINE = f"""format = 1
title = "Bench hold"
tools = ["tennis ball"]

[breathing]
inhale = "4s"
exhale = "6s"

[[step]]
kind = "hold"
title = "Hold"
cue = "Hold still."
duration = "{HOLD_S}s"
"""


def need(program, package):
    if shutil.which(program) is None:
        sys.exit(f"bench-sound: {program} not found: apt-get install -y {package}")


class Server:
    """A PulseAudio daemon of our own, with one null sink, stopped at the end."""

    def __init__(self, work):
        self.dir = work / "pulse"
        self.dir.mkdir()
        self.socket = self.dir / "native"
        env = dict(os.environ, HOME=str(self.dir), PULSE_RUNTIME_PATH=str(self.dir))
        self.log = open(self.dir / "log", "w")
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [
                "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
                "--use-pid-file=no", "--log-target=stderr", "--log-time=1", "-v",
                "-L", f"module-null-sink sink_name=knead_bench rate={RATE}",
                "-L", f"module-native-protocol-unix socket={self.socket} auth-anonymous=1",
            ],
            env=env, stdout=self.log, stderr=self.log,
        )
        self.env = dict(os.environ, PULSE_SERVER=f"unix:{self.socket}")
        for _ in range(100):
            ok = subprocess.run(["pactl", "info"], env=self.env, capture_output=True)
            if ok.returncode == 0:
                return
            time.sleep(0.1)
        self.stop()
        sys.exit("bench-sound: the PulseAudio server did not start; see " + str(self.dir / "log"))

    def streams(self, since, until):
        """Playback streams the server set up between two monotonic times:
        one per opening of the device (one paplay process each)."""
        count = 0
        for line in (self.dir / "log").read_text().splitlines():
            if "Final latency" in line and line.startswith("("):
                at = self.started + float(line[1:].split("|")[0])
                count += since <= at <= until
        return count

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


class Recorder:
    """Records the sink's monitor and notes when each sound starts."""

    def __init__(self, env):
        self.onsets = []
        self.process = subprocess.Popen(
            ["parec", "-d", "knead_bench.monitor", "--raw", "--format=s16le",
             f"--rate={RATE}", "--channels=1", "--latency-msec=5"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        self.thread = threading.Thread(target=self.read, daemon=True)
        self.thread.start()

    def read(self):
        quiet = SILENCE_BEFORE
        pipe = self.process.stdout.fileno()
        left = b""
        while True:
            chunk = os.read(pipe, 4096)
            arrived = time.time_ns()
            if not chunk:
                return
            data = left + chunk
            usable = len(data) - len(data) % 2
            left = data[usable:]
            samples = memoryview(data[:usable]).cast("h")
            count = len(samples)
            for i, sample in enumerate(samples):
                if abs(sample) >= LOUD:
                    if quiet >= SILENCE_BEFORE:
                        self.onsets.append(arrived - (count - 1 - i) * 1_000_000_000 // RATE)
                    quiet = 0
                else:
                    quiet += 1

    def stop(self):
        self.process.terminate()
        self.process.wait()
        self.thread.join(2)


def threads_switches(pid):
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            for line in (task / "status").read_text().splitlines():
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total


def cpu_ticks(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def thread_count(pid):
    return len(list(Path(f"/proc/{pid}/task").iterdir()))


def run(knead, work, name, flags, server):
    env = server.env
    log = work / f"{name}.log"
    # A history of its own per run, so every run is asked the same questions.
    env = dict(env, KNEAD_SOUND_LOG=str(log),
               XDG_DATA_HOME=str(work / name / "data"), XDG_CONFIG_HOME=str(work / "config"))
    answers = work / "answers"
    with open(answers) as stdin:
        start = time.monotonic()
        process = subprocess.Popen(
            [knead, "run", str(work / "hold.toml"), "--plain", *flags],
            env=env, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(max(0.0, start + WINDOW[0] - time.monotonic()))
        switches0, ticks0, threads0 = threads_switches(process.pid), cpu_ticks(process.pid), thread_count(process.pid)
        time.sleep(max(0.0, start + WINDOW[1] - time.monotonic()))
        switches1, ticks1, threads1 = threads_switches(process.pid), cpu_ticks(process.pid), thread_count(process.pid)
        process.wait(HOLD_S + 30)
        ended = time.monotonic()
    seconds = WINDOW[1] - WINDOW[0]
    hz = os.sysconf("SC_CLK_TCK")
    return {
        "name": name,
        "wakeups": (switches1 - switches0) / seconds,
        "cpu": 100.0 * (ticks1 - ticks0) / hz / seconds,
        "threads": f"{threads0}/{threads1}",
        "log": log.read_text().splitlines() if log.exists() else [],
        "window": (start, ended),
    }


def latencies(log, onsets):
    """(latency in ms, whether the device had to open first) per cue heard."""
    found, opened_at = [], 0
    for line in log:
        words = line.split()
        if words[0] == "open":
            opened_at = int(words[1])
        if words[0] != "cue":
            continue
        sent = int(words[2])
        after = [o for o in onsets if sent - 5_000_000 <= o <= sent + 1_000_000_000]
        if after:
            # The log notes an opening once it is done: after the cue was
            # sent means the device was opened for this cue.
            found.append(((after[0] - sent) / 1e6, opened_at >= sent))
    return found


def describe(values):
    if not values:
        return "none"
    return (f"median {statistics.median(values):.1f} ms, max {max(values):.1f} ms "
            f"({len(values)} cues)")


def main():
    given = [str(Path(a).resolve()) for a in sys.argv[1:2]]
    os.chdir(Path(__file__).resolve().parent.parent)
    if given:
        knead = given[0]
    else:
        subprocess.run(["cargo", "build", "--release", "--quiet"], check=True)
        knead = "target/release/knead"
    for program, package in [("pulseaudio", "pulseaudio"), ("pactl", "pulseaudio-utils"),
                             ("parec", "pulseaudio-utils"), ("paplay", "pulseaudio-utils")]:
        need(program, package)
    if shutil.which("pw-cat"):
        print("bench-sound: pw-cat is installed; knead tries it before paplay, so with PipeWire "
              "running the sound goes there and no cue is heard here", file=sys.stderr)
    work = Path(tempfile.mkdtemp(prefix="knead-bench-sound-"))
    (work / "hold.toml").write_text(ROUTINE)
    # No to the screening (a list, then seven long-standing conditions) and
    # to the check-in, then "better" after the session. Spare noes are
    # refused at the last question, which then takes the "b".
    (work / "answers").write_text("n\n" * 12 + "b\n")
    server = Server(work)
    recorder = Recorder(server.env)
    try:
        time.sleep(1)
        results = [
            run(knead, work, "muted", ["--mute"], server),
            run(knead, work, "breath sounds off", ["--no-breath-sounds"], server),
            run(knead, work, "breath sounds on", [], server),
        ]
        time.sleep(1)
    finally:
        recorder.stop()
        server.stop()
    # The server writes its log as it stops.
    for r in results:
        r["streams"] = server.streams(*r["window"])
    print(f"| run | wake-ups/s (12-38 s into a {HOLD_S} s hold) | CPU | threads | opens | server streams | cue latency, device already open | cue latency, device opened for the cue |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        found = latencies(r["log"], recorder.onsets)
        opens = sum(1 for line in r["log"] if line.startswith("open"))
        warm = [ms for ms, opened in found if not opened]
        cold = [ms for ms, opened in found if opened]
        sound = r["name"] != "muted"
        print(f"| {r['name']} | {r['wakeups']:.1f} | {r['cpu']:.2f} % | {r['threads']} | "
              f"{opens if sound else '-'} | {r['streams'] if sound else '-'} | "
              f"{describe(warm) if sound else '-'} | "
              f"{describe(cold) if sound else '-'} |")
    if os.environ.get("BENCH_VERBOSE"):
        for r in results:
            for line in r["log"]:
                words = line.split()
                if words[0] == "cue":
                    sent = int(words[2])
                    after = [o for o in recorder.onsets if sent - 5_000_000 <= o <= sent + 1_000_000_000]
                    late = f"{(after[0] - sent) / 1e6:.1f} ms" if after else "masked"
                    print(r["name"], words[1], late)
                else:
                    print(r["name"], words[0])
        print("kept:", work)
        return
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)
    main()
