"""Inverse STFT (center=True, periodic Hann) as MatMul + reshapes, so that it exports to plain ONNX (spec §7.4).

Equal to ``torch.istft(S, n_fft, hop, n_fft, hann_window(n_fft), center=True)`` up to float summation order; needs
``n_fft == 4 * hop`` (true for vocos-mel-24khz), so overlap-add is the sum of 4 shifted block sequences.

Shape legend: B batch, F one-sided bins (n_fft/2 + 1), T frames, L = n_fft, S = hop * (T - 1) output samples.
"""

import math

import torch
from torch import nn
import torch.nn.functional as F


def hann_periodic(n: int) -> torch.Tensor:
    """Periodic Hann window ``0.5 - 0.5 cos(2 pi k / n)``: returns (L,) float32 (same as ``torch.hann_window``)."""
    return torch.hann_window(n, periodic=True, dtype=torch.float32)


def windowed_inverse_basis(n_fft: int, window: torch.Tensor, origin: torch.Tensor = None) -> torch.Tensor:
    """Rows ``c_k cos(2 pi m / L) / L * w[n]`` then ``-c_k sin(2 pi m / L) / L * w[n]``, ``m = (k n) mod L``:
    returns (2F, L) float32. ``c_0 = c_{L/2} = 1``, other ``c_k = 2``.

    Built from int64 ``k * n mod L`` so that every float32 angle lies in [0, 2 pi) (no large-argument cos/sin);
    written with graph-friendly ops because the vocoder graph computes it at run time instead of storing 4 MB.
    ``origin`` is an int64 zero (1,) taken from the graph input: adding it stops the exporter's constant
    propagation from turning the computation back into a stored table.
    """
    bins = n_fft // 2 + 1
    if origin is None:
        origin = torch.zeros(1, dtype=torch.int64)
    k = (torch.arange(bins, dtype=torch.int64) + origin).unsqueeze(1)
    n = (torch.arange(n_fft, dtype=torch.int64) + origin).unsqueeze(0)
    angle = torch.remainder(k * n, n_fft).to(torch.float32) * (2.0 * math.pi / n_fft)  # (F, L)
    edge = (k == 0) | (k == n_fft // 2)
    c = (2.0 - edge.float()) / n_fft  # (F, 1): 1 on the edge bins, else 2
    w = window.unsqueeze(0)
    return torch.cat([c * torch.cos(angle) * w, -c * torch.sin(angle) * w], dim=0)


def overlap_add(frames: torch.Tensor, hop: int) -> torch.Tensor:
    """Overlap-add frames of length 4*hop with stride hop: ``frames`` (B, T, L) -> (B, hop * (T + 3))."""
    # Constant slices, pads and a flatten only: the exported graph computes no shape at run time.
    total = F.pad(frames[:, :, :hop], (0, 0, 0, 3))
    for q in range(1, 4):
        total = total + F.pad(frames[:, :, q * hop:(q + 1) * hop], (0, 0, q, 3 - q))
    return total.flatten(1)


class ISTFT(nn.Module):
    """Center-padded inverse STFT; ``window`` is a persistent buffer (checkpoint key ``head.istft.window``)."""

    def __init__(self, n_fft: int, hop_length: int):
        super().__init__()
        if n_fft != 4 * hop_length:
            raise ValueError(f"ISTFT needs n_fft == 4 * hop_length (was n_fft {n_fft}, hop {hop_length})")
        self.n_fft, self.hop_length = n_fft, hop_length
        self.register_buffer("window", hann_periodic(n_fft))

    def forward(self, real: torch.Tensor, imag: torch.Tensor) -> torch.Tensor:
        """``real``, ``imag`` (B, F, T) -> waveform (B, S), S = hop * (T - 1)."""
        spec = torch.cat([real, imag], dim=1).transpose(1, 2)  # (B, T, 2F)
        origin = (spec[0, 0, :1] * 0).long()  # a zero that depends on the input (no shape read)
        basis = windowed_inverse_basis(self.n_fft, self.window, origin)
        frames = torch.matmul(spec, basis)  # windowed inverse DFT per frame, (B, T, L)
        signal = overlap_add(frames, self.hop_length)
        window_sq = (self.window * self.window).reshape(1, 1, -1)
        envelope = overlap_add((spec[:, :, :1] * 0 + 1) * window_sq, self.hop_length)
        pad = self.n_fft // 2
        return signal[:, pad:-pad] / envelope[:, pad:-pad]
