"""Reference flow sampler (spec §6): EPSS/sway time grid, Euler steps over the CFG pair, paste-back and cut.

It calls the same ``DiT.conditioning`` / ``DiT.step`` that are exported, so a C# loop over the ONNX graphs must
reproduce every intermediate tensor. Float32 throughout, like the official CPU path.

Shape legend: N total frames, M mel channels (100), C model dim, K dim_head, G = nfe + 1 grid points,
R = N - ref_audio_len frames handed to the vocoder.
"""

from dataclasses import dataclass, field
from typing import List

import torch

EPSS_GRIDS = {  # get_epss_timesteps: multiples of 1/32 for these step counts; other counts use linspace
    5: [0, 2, 4, 8, 16, 32],
    6: [0, 2, 4, 6, 8, 16, 32],
    7: [0, 2, 4, 6, 8, 16, 24, 32],
    10: [0, 2, 4, 6, 8, 12, 16, 20, 24, 28, 32],
    12: [0, 2, 4, 6, 8, 10, 12, 14, 16, 20, 24, 28, 32],
    16: [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32],
}


def time_grid(nfe: int, sway_coef: float = -1.0, use_epss: bool = True) -> torch.Tensor:
    """ODE times: EPSS or ``linspace(0, 1, nfe + 1)``, then ``t + s (cos(pi t / 2) - 1 + t)``: (G,) float32."""
    if use_epss and nfe in EPSS_GRIDS:
        t = (1 / 32) * torch.tensor(EPSS_GRIDS[nfe], dtype=torch.float32)
    else:
        t = torch.linspace(0, 1, nfe + 1, dtype=torch.float32)
    if sway_coef is not None:
        t = t + sway_coef * (torch.cos(torch.pi / 2 * t) - 1 + t)
    return t


def cfg_combine(velocity_pair: torch.Tensor, cfg_strength: float) -> torch.Tensor:
    """``pred + (pred - null_pred) * cfg``: (2, N, M) -> (1, N, M); the conditional row alone below 1e-5."""
    pred, null_pred = velocity_pair[0:1], velocity_pair[1:2]
    if cfg_strength < 1e-5:
        return pred
    return pred + (pred - null_pred) * cfg_strength


@dataclass
class SampleTrace:
    """Intermediates kept for goldens: grid (G,), conditioning outputs, first-step tensors, results."""

    grid: torch.Tensor = None
    cond_proj: torch.Tensor = None  # (2, N, C)
    rope_cos: torch.Tensor = None  # (N, K)
    rope_sin: torch.Tensor = None  # (N, K)
    velocity_step0: torch.Tensor = None  # (2, N, M)
    x_step1: torch.Tensor = None  # (1, N, M)
    states: List[torch.Tensor] = field(default_factory=list)


@torch.no_grad()
def sample(model, text_ids: torch.Tensor, ref_mel: torch.Tensor, noise: torch.Tensor, nfe: int,
           cfg_strength: float, sway_coef: float, trace: SampleTrace = None) -> torch.Tensor:
    """Euler integration (torchdiffeq fixed grid): ``text_ids`` (1, nt), ``ref_mel`` (T_ref, M), ``noise`` (N, M)
    -> mel (1, N, M) with the reference frames pasted back (spec §6.6)."""
    n, t_ref = noise.shape[0], ref_mel.shape[0]
    cond = torch.zeros(1, n, ref_mel.shape[1])
    cond[0, :t_ref] = ref_mel
    cond_proj, cos, sin = model.conditioning(text_ids, cond)
    grid = time_grid(nfe, sway_coef)
    x = noise.unsqueeze(0).clone()
    for k in range(len(grid) - 1):
        t0, t1 = grid[k : k + 1], grid[k + 1 : k + 2]
        pair = model.step(x, cond_proj, cos, sin, t0)
        x = x + (t1 - t0) * cfg_combine(pair, cfg_strength)
        if trace is not None:
            if k == 0:
                trace.velocity_step0, trace.x_step1 = pair.clone(), x.clone()
            trace.states.append(x.clone())
    if trace is not None:
        trace.grid, trace.cond_proj, trace.rope_cos, trace.rope_sin = grid, cond_proj, cos, sin
    keep_ref = (torch.arange(n) < t_ref).reshape(1, n, 1)
    return torch.where(keep_ref, cond, x)


def cut_reference(mel: torch.Tensor, ref_audio_len: int) -> torch.Tensor:
    """Drop the first ``ref_audio_len`` (= T_ref - 1) frames, spec §6.7: (1, N, M) -> vocoder input (1, M, R)."""
    return mel[:, ref_audio_len:, :].permute(0, 2, 1).contiguous()
