#!/usr/bin/env python3
"""Instructions a breathing step costs, counted by callgrind: the same
count under any load, so a change is compared before and after on a busy
machine. knead runs under valgrind in a 100x30 pseudo-terminal on the
10-minute breathe step of bench-tui.py, past the screening; the counters
are zeroed once the step is on screen, and dumped SECONDS later (60).

Needs a release build with symbols for a readable profile:
    CARGO_PROFILE_RELEASE_STRIP=false CARGO_PROFILE_RELEASE_DEBUG=true cargo build --release

Usage: [SECONDS=60] scripts/bench-frame-callgrind.py [KNEAD] [OUT]
Then: callgrind_annotate --inclusive=yes OUT | head -40
"""

import importlib.util
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("bench_tui", os.path.join(HERE, "bench-tui.py"))
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

KNEAD = sys.argv[1] if len(sys.argv) > 1 else "target/release/knead"
OUT = sys.argv[2] if len(sys.argv) > 2 else "callgrind.out.step"
SECONDS = float(os.environ.get("SECONDS", "60"))

with tempfile.TemporaryDirectory() as home:
    path = os.path.join(home, "breathe.toml")
    with open(path, "w") as f:
        f.write(bench.BREATHE)
    argv = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={OUT}",
            os.path.abspath(KNEAD), "run", "--mute", path]
    knead = bench.Program(argv, bench.env_for(home))
    bench.wait_for(knead, "Does any of these apply", limit=120)
    bench.answer_no_until(knead, "Slow breathing", limit=240, settle=5.0)
    bench.drain_all([knead], 2.0)
    subprocess.run(["callgrind_control", "--zero", str(knead.pid)], check=True,
                   stdout=subprocess.DEVNULL)
    wakes_before = knead.stat()[1]
    bench.drain_all([knead], SECONDS)
    wakes = knead.stat()[1] - wakes_before
    subprocess.run(["callgrind_control", "--dump", str(knead.pid)], check=True,
                   stdout=subprocess.DEVNULL)
    bench.drain_all([knead], 1.0)
    knead.stop()
    print(f"{SECONDS:.0f} s of the breathe step counted; {wakes} voluntary wake-ups (all threads)")
