"""Write ``tests/fixtures/reference-trim/cases.json``: what F5-TTS' reference clipping (spec §1.1) makes of a set of
generated clips, computed with the real pydub, for the C# port of that clipping to match sample for sample.

Run from the repository root with Debian's interpreter, which has ``python3-pydub``:
``/usr/bin/python3 -m tools.export.make_trim_fixture``.

The clips are not stored: each is a list of segments (length in ms, amplitude) filled with integer noise from a
32-bit linear congruential generator, which the C# test reproduces exactly (see ``_noise``). Amplitude 0 is digital
silence; small amplitudes make "near silence" between the thresholds (−50 dBFS splits long pauses, −40 dBFS short
ones, −42 dBFS trims the edges). Each case records the preprocessed clip's format, frame count and the SHA-256 of its
little-endian PCM bytes.
"""

import hashlib
import json
import os
import sys

if __package__ in (None, ""):  # allow ``python3 tools/export/make_trim_fixture.py``
    sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))

from pydub import AudioSegment  # noqa: E402

from tools.export.reference_clip import preprocess  # noqa: E402

FIXTURE = os.path.join("tests", "fixtures", "reference-trim", "cases.json")

# name, sample rate, channels, bytes per sample, extra frames after the segments, segments [(ms, amplitude at 16-bit)]
SPEECH = 9000
CASES = [
    ("edges-24k-mono", 24000, 1, 2, 7,
     [(300, 0), (800, SPEECH), (90, 40), (1100, SPEECH), (150, 20)]),
    ("pauses-44k1-stereo", 44100, 2, 2, 3,
     [(200, 30), (4000, SPEECH), (1500, 30), (4000, SPEECH), (1200, 0), (5000, SPEECH), (2000, 30), (3000, SPEECH)]),
    ("short-pauses-48k-32bit", 48000, 1, 4, 0,
     [(120, 0)] + [(1400, SPEECH), (300, 200)] * 9 + [(500, SPEECH)]),
    ("no-pauses-16k", 16000, 1, 2, 5, [(14000, SPEECH)]),
    ("low-rate-8k", 8000, 1, 2, 3, [(400, 10), (2500, SPEECH), (600, 0)]),
    ("edges-22k05-24bit-stereo", 22050, 2, 3, 1, [(250, 0), (2600, SPEECH), (333, 15)]),
]


def _noise(seed: int, count: int, amplitude: int) -> list:
    """``count`` integers in [−amplitude, amplitude]: state ← state·1664525 + 1013904223 (mod 2³²), value =
    (state >> 8) mod (2·amplitude + 1) − amplitude. Amplitude 0 gives zeros."""
    values = []
    state = seed
    for _ in range(count):
        state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
        values.append((state >> 8) % (2 * amplitude + 1) - amplitude if amplitude else 0)
    return values


def _clip_bytes(rate: int, channels: int, width: int, extra_frames: int, segments: list) -> bytes:
    """Interleaved little-endian PCM; amplitudes are given at 16-bit scale and shifted up for wider samples."""
    shift = 8 * (width - 2)
    samples = []
    for index, (ms, amplitude) in enumerate(segments):
        frames = ms * rate // 1000 + (extra_frames if index == len(segments) - 1 else 0)
        samples.extend(v << shift for v in _noise(index + 1, frames * channels, amplitude))
    return b"".join(v.to_bytes(width, "little", signed=True) for v in samples)


def main() -> int:
    cases = []
    for name, rate, channels, width, extra_frames, segments in CASES:
        clip = AudioSegment(_clip_bytes(rate, channels, width, extra_frames, segments), sample_width=width,
                            frame_rate=rate, channels=channels)
        result = preprocess(clip)
        cases.append({
            "name": name,
            "sample_rate": rate,
            "channels": channels,
            "bits_per_sample": 8 * width,
            "extra_frames": extra_frames,
            "segments": [[ms, amplitude] for ms, amplitude in segments],
            "input_frames": int(clip.frame_count()),
            "expected": {
                "sample_rate": result.frame_rate,
                "channels": result.channels,
                "bits_per_sample": 8 * result.sample_width,
                "frames": int(result.frame_count()),
                "sha256": hashlib.sha256(result.raw_data).hexdigest(),
            },
        })
        print(f"{name}: {int(clip.frame_count())} frames -> {int(result.frame_count())} at {result.frame_rate} Hz")
    os.makedirs(os.path.dirname(FIXTURE), exist_ok=True)
    with open(FIXTURE, "w", encoding="utf-8") as file:
        json.dump({"generator": "tools/export/make_trim_fixture.py", "pydub_reference": "spec §1.1",
                   "cases": cases}, file, indent=1)
        file.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
