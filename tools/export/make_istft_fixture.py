"""Write ``tests/fixtures/istft/``: a random one-sided spectrum and its ``torch.istft`` for the C# inverse STFT.

Run from the repository root: ``/usr/bin/python3 -m tools.export.make_istft_fixture``. Deterministic (seeded).

The reference is ``torch.istft(n_fft 1024, hop 256, periodic Hann, center=True)`` (spec §7.4) computed in float64 from
the float32-rounded spectrum, so it is the exact answer for the stored input; torch's own float32 result lies about
1e-7 from it. Bins 0 and 512 get nonzero imaginary parts on purpose: the inverse real DFT must ignore them.

Shape legend: F = 513 one-sided bins, T frames, S = 256 (T - 1) samples.
"""

import os
import sys

if __package__ in (None, ""):  # allow ``python3 tools/export/make_istft_fixture.py``
    sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from tools.export.config import HOP_LENGTH, N_FFT  # noqa: E402

FIXTURE = os.path.join("tests", "fixtures", "istft")
FRAMES = 20
PREFIX_FRAMES = (2, 3)  # the shortest spectra with output: 256 and 512 samples
SEED = 7


def random_spectrum(frames: int, seed: int) -> tuple:
    """Vocos-like spectrum: log-magnitude ~ N(-1, 1.5) clipped at ln 100, uniform phase -> real, imag (F, T) float32."""
    gen = np.random.default_rng(seed)
    bins = N_FFT // 2 + 1
    magnitude = np.minimum(np.exp(gen.normal(-1.0, 1.5, (bins, frames))), 100.0)
    phase = gen.uniform(-np.pi, np.pi, (bins, frames))
    return (magnitude * np.cos(phase)).astype(np.float32), (magnitude * np.sin(phase)).astype(np.float32)


def reference_istft(real: np.ndarray, imag: np.ndarray) -> np.ndarray:
    """``real``, ``imag`` (F, T) -> waveform (S,) float32, computed by torch.istft in float64."""
    spectrum = torch.complex(torch.from_numpy(real).double(), torch.from_numpy(imag).double())
    window = torch.hann_window(N_FFT, periodic=True, dtype=torch.float64)
    wave = torch.istft(spectrum, N_FFT, HOP_LENGTH, N_FFT, window, center=True)
    return wave.numpy().astype(np.float32)


def main() -> int:
    os.makedirs(FIXTURE, exist_ok=True)
    real, imag = random_spectrum(FRAMES, SEED)
    np.save(os.path.join(FIXTURE, "spectrum_real.npy"), real)
    np.save(os.path.join(FIXTURE, "spectrum_imag.npy"), imag)
    for frames in (*PREFIX_FRAMES, FRAMES):
        wave = reference_istft(real[:, :frames], imag[:, :frames])
        if wave.shape != (HOP_LENGTH * (frames - 1),):
            raise SystemExit(f"torch.istft of {frames} frames gave {wave.shape} samples")
        np.save(os.path.join(FIXTURE, f"waveform_{frames}_frames.npy"), wave)
    total = sum(os.path.getsize(os.path.join(FIXTURE, n)) for n in os.listdir(FIXTURE))
    print(f"wrote {FIXTURE}: {len(os.listdir(FIXTURE))} files, {total / 1e3:.0f} KB (torch {torch.__version__})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
