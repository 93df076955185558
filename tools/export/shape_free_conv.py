"""Convolutions without cuDNN for the GPU conditioning and vocoder graphs.

ONNX Runtime's CUDA provider sets its cuDNN convolutions up again whenever the input length differs from the last
call, and in a stream every message has another length: on the H100 that cost the conditioning ~15 ms and the vocoder
~20 ms per message (docs/benchmarks.md, "Round 3"). These modules compute the same 1-D convolutions ("same" padding,
stride 1) from a constant Pad, constant-index Slices and element-wise or MatMul ops, which need no per-length set-up:

* ``ShiftedDepthwiseConv1d`` (groups = channels): ``y[c, t] = b[c] + sum_j w[c, j] x_pad[c, t + j]``;
* ``UnfoldedConv1d`` (groups = 1): the k shifted copies stacked on the channel axis, then one MatMul with the weight
  laid out (k * C_in, C_out).

``with_shape_free_convs`` returns a copy of a module with every such ``nn.Conv1d`` replaced; other convolutions (the
DiT's grouped position convolution, which runs inside a captured CUDA graph) are left. The DiT step is not affected.

Shape legend: B batch, C channels, T length, k kernel size.
"""

import copy

import torch
from torch import nn
import torch.nn.functional as F


def _shifted(x_pad: torch.Tensor, k: int) -> list:
    """The k windows of ``x_pad`` (B, C, T + k - 1), each (B, C, T), cut with constant ends (no shape is read)."""
    return [x_pad[:, :, j: j - (k - 1)] if j < k - 1 else x_pad[:, :, j:] for j in range(k)]


class ShiftedDepthwiseConv1d(nn.Module):
    """A depthwise ``nn.Conv1d`` (odd k, padding k // 2) as k shifted multiply-adds: (B, C, T) -> (B, C, T)."""

    def __init__(self, conv: nn.Conv1d):
        super().__init__()
        self.k = conv.kernel_size[0]
        self.weight = nn.Parameter(conv.weight.detach()[:, 0, :].clone())  # (C, k)
        self.bias = nn.Parameter(conv.bias.detach().clone())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        windows = _shifted(F.pad(x, (self.k // 2, self.k // 2)), self.k)
        y = self.bias[None, :, None] + windows[0] * self.weight[None, :, 0, None]
        for j in range(1, self.k):
            y = y + windows[j] * self.weight[None, :, j, None]
        return y


class UnfoldedConv1d(nn.Module):
    """A dense ``nn.Conv1d`` (odd k, padding k // 2) as one MatMul over the k stacked windows: (B, C_in, T) ->
    (B, C_out, T)."""

    def __init__(self, conv: nn.Conv1d):
        super().__init__()
        self.k = conv.kernel_size[0]
        w = conv.weight.detach()  # (C_out, C_in, k)
        self.weight = nn.Parameter(w.permute(2, 1, 0).reshape(self.k * w.shape[1], w.shape[0]).clone())
        self.bias = nn.Parameter(conv.bias.detach().clone())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        stacked = torch.cat(_shifted(F.pad(x, (self.k // 2, self.k // 2)), self.k), dim=1)  # (B, k * C_in, T)
        return (torch.matmul(stacked.transpose(1, 2), self.weight) + self.bias).transpose(1, 2)


def _replacement(conv: nn.Conv1d):
    same = conv.stride == (1,) and conv.dilation == (1,) and conv.kernel_size[0] % 2 == 1 \
        and conv.padding == (conv.kernel_size[0] // 2,) and conv.bias is not None
    if not same:
        return None
    if conv.groups == conv.in_channels == conv.out_channels:
        return ShiftedDepthwiseConv1d(conv)
    if conv.groups == 1:
        return UnfoldedConv1d(conv)
    return None


def with_shape_free_convs(module: nn.Module) -> nn.Module:
    """A deep copy of ``module`` whose depthwise and dense "same" ``nn.Conv1d`` layers are the modules above."""
    module = copy.deepcopy(module)
    for parent in list(module.modules()):
        for name, child in list(parent.named_children()):
            if isinstance(child, nn.Conv1d) and (replacement := _replacement(child)) is not None:
                setattr(parent, name, replacement)
    return module
