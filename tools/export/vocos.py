"""Vocos mel-24kHz vocoder (spec §7): ConvNeXt backbone + ISTFT head, keys equal to ``pytorch_model.bin``.

Shape legend: B batch, M mel channels (100), T frames, D backbone dim, I intermediate dim, F one-sided bins (513),
S = hop * (T - 1) samples. The feature extractor is kept only for its two checkpoint buffers (the mel front-end
lives in ``mel.py``).
"""

import torch
from torch import nn
import torch.nn.functional as F

from tools.export.istft import ISTFT, hann_periodic


class _Buffers(nn.Module):
    """Holds named buffers so that ``feature_extractor.mel_spec.*`` keys exist for strict loading."""

    def __init__(self, **buffers: torch.Tensor):
        super().__init__()
        for name, value in buffers.items():
            self.register_buffer(name, value)


class FeatureExtractorBuffers(nn.Module):
    """``mel_spec.spectrogram.window`` (n_fft,) and ``mel_spec.mel_scale.fb`` (n_fft/2+1, M); unused by decode."""

    def __init__(self, n_fft: int, n_mels: int):
        super().__init__()
        self.mel_spec = nn.Module()
        self.mel_spec.spectrogram = _Buffers(window=hann_periodic(n_fft))
        self.mel_spec.mel_scale = _Buffers(fb=torch.zeros(n_fft // 2 + 1, n_mels))


class ConvNeXtBlock(nn.Module):
    """Depthwise conv (k 7) -> LayerNorm -> Linear -> GELU(erf) -> Linear -> x gamma, with a residual."""

    def __init__(self, dim: int, intermediate_dim: int, layer_scale_init_value: float):
        super().__init__()
        self.dwconv = nn.Conv1d(dim, dim, kernel_size=7, padding=3, groups=dim)
        self.norm = nn.LayerNorm(dim, eps=1e-6)
        self.pwconv1 = nn.Linear(dim, intermediate_dim)
        self.pwconv2 = nn.Linear(intermediate_dim, dim)
        self.gamma = nn.Parameter(torch.full((dim,), layer_scale_init_value))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """``x`` (B, D, T) -> (B, D, T)."""
        y = self.dwconv(x).transpose(1, 2)
        y = self.pwconv2(F.gelu(self.pwconv1(self.norm(y)))) * self.gamma
        return x + y.transpose(1, 2)


class VocosBackbone(nn.Module):
    """Conv embed -> LayerNorm -> ConvNeXt blocks -> final LayerNorm."""

    def __init__(self, input_channels: int, dim: int, intermediate_dim: int, num_layers: int,
                 layer_scale_init_value: float):
        super().__init__()
        self.embed = nn.Conv1d(input_channels, dim, kernel_size=7, padding=3)
        self.norm = nn.LayerNorm(dim, eps=1e-6)
        self.convnext = nn.ModuleList(
            [ConvNeXtBlock(dim, intermediate_dim, layer_scale_init_value) for _ in range(num_layers)])
        self.final_layer_norm = nn.LayerNorm(dim, eps=1e-6)

    def forward(self, mel: torch.Tensor) -> torch.Tensor:
        """``mel`` (B, M, T) natural-log mel -> features (B, T, D)."""
        x = self.norm(self.embed(mel).transpose(1, 2)).transpose(1, 2)
        for block in self.convnext:
            x = block(x)
        return self.final_layer_norm(x.transpose(1, 2))


class ISTFTHead(nn.Module):
    """Linear to log-magnitude and phase, clipped magnitude, then the inverse STFT."""

    def __init__(self, dim: int, n_fft: int, hop_length: int):
        super().__init__()
        self.out = nn.Linear(dim, n_fft + 2)
        self.istft = ISTFT(n_fft, hop_length)

    def spectrum(self, features: torch.Tensor) -> tuple:
        """``features`` (B, T, D) -> ``real``, ``imag`` (B, F, T) with ``|S| = min(exp(logmag), 100)``."""
        bins = self.out.out_features // 2  # split with the known size: the exported Split reads no shape
        logmag, phase = self.out(features).transpose(1, 2).split(bins, dim=1)
        mag = torch.clamp(torch.exp(logmag), max=100.0)
        return mag * torch.cos(phase), mag * torch.sin(phase)

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        """``features`` (B, T, D) -> waveform (B, S)."""
        return self.istft(*self.spectrum(features))


class Vocos(nn.Module):
    """``decode``: log-mel (B, M, T) -> waveform (B, S); ``decode_spectrum`` stops at (real, imag)."""

    def __init__(self, input_channels: int, dim: int, intermediate_dim: int, num_layers: int,
                 layer_scale_init_value: float, n_fft: int, hop_length: int):
        super().__init__()
        self.feature_extractor = FeatureExtractorBuffers(n_fft, input_channels)
        self.backbone = VocosBackbone(input_channels, dim, intermediate_dim, num_layers, layer_scale_init_value)
        self.head = ISTFTHead(dim, n_fft, hop_length)

    def decode(self, mel: torch.Tensor) -> torch.Tensor:
        """``mel`` (B, M, T) -> waveform (B, S)."""
        return self.head(self.backbone(mel))

    def decode_spectrum(self, mel: torch.Tensor) -> tuple:
        """``mel`` (B, M, T) -> ``real``, ``imag`` (B, F, T) for an ISTFT outside the graph."""
        return self.head.spectrum(self.backbone(mel))
