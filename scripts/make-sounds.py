#!/usr/bin/env python3
"""Synthesizes knead's cue sounds into sounds/*.wav (22.05 kHz, mono, 16-bit).

Soft sine tones with smooth envelopes: the person is lying down with eyes
half closed, so nothing should be harsh. Each cue has its own contour so it
can be told apart without looking: rising for a start, falling for an end,
a bell for the check-in. Run it again to change a sound; the files are
committed so builds need no Python.
"""
import math
import struct
import wave
from pathlib import Path

RATE = 22050


def tone(freqs, seconds, volume=0.4, attack=0.01, release=0.08, glide_to=None):
    """A sum of sine partials with an attack/release envelope and optional glide."""
    n = int(RATE * seconds)
    out = []
    phases = [0.0] * len(freqs)
    for i in range(n):
        t = i / RATE
        frac = i / max(1, n - 1)
        env = min(1.0, t / attack) if attack > 0 else 1.0
        env *= min(1.0, (seconds - t) / release) if release > 0 else 1.0
        sample = 0.0
        for k, f in enumerate(freqs):
            f_now = f if glide_to is None else f + (glide_to[k] - f) * frac
            phases[k] += 2 * math.pi * f_now / RATE
            sample += math.sin(phases[k]) / len(freqs)
        out.append(sample * env * volume)
    return out


def bell(freq, seconds, volume=0.45):
    """A struck bell: fast attack, exponential decay, a few inharmonic partials."""
    n = int(RATE * seconds)
    partials = [(1.0, 1.0), (2.76, 0.4), (5.4, 0.2)]
    out = []
    for i in range(n):
        t = i / RATE
        env = min(1.0, t / 0.005) * math.exp(-4.0 * t / seconds)
        s = sum(a * math.sin(2 * math.pi * freq * m * t) for m, a in partials)
        out.append(s / 1.6 * env * volume)
    return out


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(name, samples):
    path = Path(__file__).resolve().parent.parent / "sounds" / f"{name}.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


C5, E5, G5, C6 = 523.25, 659.25, 783.99, 1046.5

SOUNDS = {
    "step_start": tone([C5], 0.14) + silence(0.03) + tone([G5], 0.22),
    "countdown": tone([880.0], 0.07, volume=0.3, release=0.03),
    "step_end": tone([G5], 0.14) + silence(0.03) + tone([C5], 0.26),
    "inhale": tone([220.0], 0.7, volume=0.22, attack=0.25, release=0.3, glide_to=[330.0]),
    "exhale": tone([330.0], 0.9, volume=0.22, attack=0.2, release=0.45, glide_to=[220.0]),
    "switch_sides": tone([440.0], 0.1, volume=0.35) + silence(0.08) + tone([440.0], 0.1, volume=0.35),
    "check_in": bell(E5, 0.9) + bell(C6, 0.9),
    "reminder": bell(E5, 0.8, volume=0.25),
    "session_end": tone([C5], 0.16) + tone([E5], 0.16) + tone([G5], 0.16) + tone([C6], 0.5, release=0.35),
}

if __name__ == "__main__":
    for name, samples in SOUNDS.items():
        write(name, samples)
        print(f"sounds/{name}.wav: {len(samples) / RATE:.2f} s")
