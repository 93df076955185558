"""Reference log-mel front-end, ``mel_spec_type = "vocos"`` (spec §1.3); float32 like the official CPU path.

Shape legend: S samples at 24 kHz, F one-sided bins (513), M mel channels (100), T frames = S // 256 + 1.
"""

import math

import torch

from tools.export.config import HOP_LENGTH, MEL_CHANNELS, N_FFT, SAMPLE_RATE, WIN_LENGTH


def hz_to_mel(f: float) -> float:
    """HTK mel scale."""
    return 2595.0 * math.log10(1.0 + f / 700.0)


def mel_filterbank(n_freqs: int = N_FFT // 2 + 1, n_mels: int = MEL_CHANNELS, sample_rate: int = SAMPLE_RATE,
                   f_min: float = 0.0, f_max: float = SAMPLE_RATE / 2) -> torch.Tensor:
    """HTK triangular filters without area normalisation, computed in float32 in torchaudio's order: (F, M)."""
    all_freqs = torch.linspace(0, sample_rate // 2, n_freqs)
    m_pts = torch.linspace(hz_to_mel(f_min), hz_to_mel(f_max), n_mels + 2)
    f_pts = 700.0 * (10 ** (m_pts / 2595.0) - 1.0)
    f_diff = f_pts[1:] - f_pts[:-1]  # (M + 1,)
    slopes = f_pts.unsqueeze(0) - all_freqs.unsqueeze(1)  # (F, M + 2)
    down = (-1.0 * slopes[:, :-2]) / f_diff[:-1]
    up = slopes[:, 2:] / f_diff[1:]
    return torch.clamp(torch.min(down, up), min=0.0)


def log_mel(wave: torch.Tensor, filterbank: torch.Tensor) -> torch.Tensor:
    """``wave`` (S,) float32 at 24 kHz, ``filterbank`` (F, M) -> natural-log mel (T, M), T = S // 256 + 1.

    Centered STFT with reflect padding of n_fft/2, periodic Hann, magnitude (power 1), ``ln(max(mel, 1e-5))``.
    """
    if wave.shape[-1] <= N_FFT // 2:
        raise ValueError(f"reference too short for reflect padding: {wave.shape[-1]} samples, need > {N_FFT // 2}")
    spec = torch.stft(wave.to(torch.float32), n_fft=N_FFT, hop_length=HOP_LENGTH, win_length=WIN_LENGTH,
                      window=torch.hann_window(WIN_LENGTH), center=True, pad_mode="reflect", normalized=False,
                      onesided=True, return_complex=True)
    magnitude = spec.abs()  # (F, T)
    mel = torch.matmul(magnitude.transpose(0, 1), filterbank)  # (T, M)
    return torch.log(torch.clamp(mel, min=1e-5))


def rms_normalise(wave: torch.Tensor, target_rms: float = 0.1) -> tuple:
    """Boost a quiet reference to ``target_rms`` (never attenuate), spec §1.2: (S,) -> ((S,), rms before)."""
    rms = float(torch.sqrt(torch.mean(wave * wave)))
    if rms < target_rms:
        wave = wave * target_rms / rms
    return wave, rms
