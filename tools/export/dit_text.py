"""Text encoder of the F5-TTS v1 DiT (spec §5.5): embedding + sinusoidal positions + ConvNeXtV2 blocks.

Shape legend: B batch, N total mel frames (= DiT sequence length), nt text tokens, D text_dim, I inner dim
(D * conv_mult).
"""

import torch
from torch import nn
import torch.nn.functional as F


def text_position_table(positions: torch.Tensor, dim: int) -> torch.Tensor:
    """Fixed sinusoidal table ``[cos(n*w_k) | sin(n*w_k)]``, ``w_k = 10000^(-2k/dim)``, for ``positions`` (N,)
    float32 (0..N-1): returns ``(N, D)`` float32.

    Computed for the actual N (official code slices an 8192-row table; identical values for every row).
    """
    freqs = 1.0 / (10000.0 ** (torch.arange(0, dim, 2, device=positions.device)[: dim // 2].float() / dim))
    angles = torch.outer(positions, freqs).float()
    return torch.cat([torch.cos(angles), torch.sin(angles)], dim=-1)


class GRN(nn.Module):
    """Global response normalisation over the time axis (ConvNeXt V2)."""

    def __init__(self, dim: int):
        super().__init__()
        self.gamma = nn.Parameter(torch.zeros(1, 1, dim))
        self.beta = nn.Parameter(torch.zeros(1, 1, dim))

    def forward(self, u: torch.Tensor) -> torch.Tensor:
        """``u`` (B, N, I) -> (B, N, I)."""
        g = torch.norm(u, p=2, dim=1, keepdim=True)  # L2 norm over time, (B, 1, I); ReduceL2 in ONNX
        nx = g / (g.mean(dim=-1, keepdim=True) + 1e-6)
        return self.gamma * (u * nx) + self.beta + u


class ConvNeXtV2Block(nn.Module):
    """Depthwise conv (k 7) -> LayerNorm -> Linear -> GELU(erf) -> GRN -> Linear, with a residual."""

    def __init__(self, dim: int, intermediate_dim: int):
        super().__init__()
        self.dwconv = nn.Conv1d(dim, dim, kernel_size=7, padding=3, groups=dim)
        self.norm = nn.LayerNorm(dim, eps=1e-6)
        self.pwconv1 = nn.Linear(dim, intermediate_dim)
        self.grn = GRN(intermediate_dim)
        self.pwconv2 = nn.Linear(intermediate_dim, dim)

    def forward(self, e: torch.Tensor) -> torch.Tensor:
        """``e`` (B, N, D) -> (B, N, D)."""
        y = self.dwconv(e.transpose(1, 2)).transpose(1, 2)
        y = self.pwconv1(self.norm(y))
        y = self.grn(F.gelu(y))
        return e + self.pwconv2(y)


class TextEmbedding(nn.Module):
    """Token embedding (row 0 = filler), positions, and ``conv_layers`` ConvNeXtV2 blocks with padding masked."""

    def __init__(self, text_num_embeds: int, text_dim: int, conv_layers: int, conv_mult: int):
        super().__init__()
        self.text_embed = nn.Embedding(text_num_embeds + 1, text_dim)
        self.text_blocks = nn.Sequential(
            *[ConvNeXtV2Block(text_dim, text_dim * conv_mult) for _ in range(conv_layers)])
        self.text_dim = text_dim

    def forward(self, text: torch.Tensor, positions: torch.Tensor, drop_text: bool) -> torch.Tensor:
        """``text`` (B, nt) vocab ids (-1 = padding), ``positions`` (N,) float32 frame indices 0..N-1 -> (B, N, D).

        Ids are shifted by +1 (filler 0) and right-padded with filler to N (cut to N if longer); the padding mask is
        taken before ``drop_text`` replaces every id by the filler, so the dropped row keeps the real text's mask
        (spec §5.5). Padding is a gather at ``min(n, nt)`` from the ids followed by one filler, so the exported
        graph computes no shape at run time.
        """
        ids = text + 1
        padded = torch.cat([ids, ids[:, :1] * 0], dim=1)  # (B, nt + 1), the last column the filler
        count = (ids[:1] * 0 + 1).sum().float()  # nt, counted rather than read from the shape
        ids = padded.index_select(1, torch.minimum(positions, count).long())  # (B, N)
        filler = (ids == 0).unsqueeze(-1)  # (B, N, 1), True on filler rows
        if drop_text:
            ids = ids * 0
        e = self.text_embed(ids)
        e = e + text_position_table(positions, self.text_dim).unsqueeze(0)
        e = e.masked_fill(filler, 0.0)
        for block in self.text_blocks:
            e = block(e).masked_fill(filler, 0.0)
        return e
