"""16-bit PCM mono WAV in and out, with torchaudio.load's scaling (int16 / 32768).

Shape legend: S samples.
"""

import wave

import numpy as np


def write_pcm16(path: str, samples: np.ndarray, sample_rate: int) -> None:
    """``samples`` (S,) int16 -> mono 16-bit PCM WAV."""
    with wave.open(path, "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(sample_rate)
        f.writeframes(np.asarray(samples, dtype="<i2").tobytes())


def read_pcm16(path: str) -> tuple:
    """Mono 16-bit PCM WAV -> (float32 (S,) in [-1, 1), sample rate)."""
    with wave.open(path, "rb") as f:
        if f.getsampwidth() != 2 or f.getnchannels() != 1:
            raise ValueError(f"{path}: expected mono 16-bit PCM, got {f.getnchannels()} ch, "
                             f"{8 * f.getsampwidth()} bit")
        data = np.frombuffer(f.readframes(f.getnframes()), dtype="<i2")
        return (data.astype(np.float32) / 32768.0), f.getframerate()


def synthetic_voice(seconds: float, sample_rate: int) -> np.ndarray:
    """Deterministic voiced-speech-like clip: harmonics of a gliding f0 (110 -> 150 Hz) shaped by three fixed
    formant bumps, syllable-rate amplitude modulation, 30 ms fades. Returns (S,) int16, peak about 0.6 full scale."""
    n = int(round(seconds * sample_rate))
    t = np.arange(n, dtype=np.float64) / sample_rate
    f0 = 110.0 + 40.0 * t / seconds
    phase = 2.0 * np.pi * np.cumsum(f0) / sample_rate
    signal = np.zeros(n)
    for h in range(1, 40):
        freq = h * f0
        gain = sum(np.exp(-0.5 * ((freq - fc) / bw) ** 2) for fc, bw in ((700, 130), (1200, 160), (2600, 250)))
        signal += (0.2 / h + gain) * np.sin(h * phase) * (freq < sample_rate / 2)
    signal *= 0.55 + 0.45 * np.sin(2.0 * np.pi * 4.0 * t) ** 2
    fade = np.minimum(1.0, np.minimum(t, t[-1] - t) / 0.03)
    signal *= fade
    signal *= 0.6 / np.max(np.abs(signal))
    return np.round(signal * 32767.0).astype(np.int16)
