"""Convolutions without cuDNN for the GPU conditioning and vocoder graphs.

ONNX Runtime's CUDA provider sets its cuDNN convolutions up again whenever the input length differs from the last
call, and in a stream every message has another length: on the H100 that cost the conditioning ~15 ms and the vocoder
~20 ms per message (docs/benchmarks.md, "Round 3"). These modules compute the same 1-D convolutions ("same" padding,
stride 1) from a constant Pad, constant-index Slices and element-wise or MatMul ops, which need no per-length set-up:

* ``ShiftedDepthwiseConv1d`` (groups = channels): ``y[c, t] = b[c] + sum_j w[c, j] x_pad[c, t + j]``;
* ``UnfoldedConv1d`` (groups = 1): the k shifted copies stacked on the channel axis, then one MatMul with the weight
  laid out (k * C_in, C_out).

``with_shape_free_convs`` returns a copy of a module with every such ``nn.Conv1d`` replaced; other convolutions are
left.

The DiT step's grouped position convolutions (k 31, 16 groups of 64 channels) run inside a captured CUDA graph, so
they are not set up per length, but cuDNN runs them as one small kernel per group with layout transposes around
each: 32 convolution and 96 transpose kernels per step, 0.72 ms of a 4.1 ms step for a chat line on the H100
(docs/benchmarks.md, "Round 4"). ``GroupedWindowConv`` computes one on channels-last input as a single batched MatMul
over windows gathered with one Gather.

Shape legend: B batch, C channels, T (or N) length, k kernel size, g groups, c channels per group.
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


def window_starts(like: torch.Tensor, k: int) -> torch.Tensor:
    """For ``like`` (B, N, ...): the frame indices n + j (n < N, j < k) of the k windows of every frame, flattened to
    (N * k,) int64 for ``GroupedWindowConv``. Counted with a cumulative sum over the frames, so no shape is read."""
    frames = torch.cumsum((like[:1, :, :1] * 0 + 1).reshape(-1).long(), dim=0) - 1  # (N,) 0..N-1
    return (frames[:, None] + torch.arange(k, device=like.device)[None, :]).reshape(-1)


class GroupedWindowConv(nn.Module):
    """A grouped "same" ``nn.Conv1d`` (odd k, C_in = C_out = C, g groups) on channels-last input: (B, N, C) and
    ``window_starts(x, k)`` -> (B, N, C), for a batch fixed at export (``batch``).

    Per group the k windows of the zero-padded input are gathered side by side, (B * N, k * c), and multiplied by the
    group's weight laid out (k * c, c): one Gather and one batched MatMul over the g groups. Every shape in the graph
    is a constant (``batch``, g, c, k; -1 for the length), so nothing is computed from a shape at run time."""

    def __init__(self, conv: nn.Conv1d, batch: int):
        super().__init__()
        channels, groups, k = conv.out_channels, conv.groups, conv.kernel_size[0]
        if not (_is_same(conv) and conv.in_channels == channels and channels % groups == 0):
            raise ValueError("GroupedWindowConv takes a grouped 'same' Conv1d with as many inputs as outputs")
        self.batch, self.groups, self.group_size, self.k = batch, groups, channels // groups, k
        c = self.group_size
        w = conv.weight.detach()  # (C, c, k): output channel G*c + o reads input channels G*c + i
        self.weight = nn.Parameter(w.reshape(groups, c, c, k).permute(0, 3, 2, 1).reshape(groups, k * c, c).clone())
        self.bias = nn.Parameter(conv.bias.detach().clone())

    def forward(self, x: torch.Tensor, starts: torch.Tensor) -> torch.Tensor:
        b, g, c, k = self.batch, self.groups, self.group_size, self.k
        padded = F.pad(x, (0, 0, k // 2, k // 2))  # (B, N + k - 1, C)
        grouped = padded.reshape(b, -1, g, c).permute(2, 0, 1, 3)  # (g, B, N + k - 1, c)
        windows = grouped.index_select(2, starts).reshape(g, -1, k * c)  # (g, B * N, k * c), row (b, n), column (j, i)
        y = torch.matmul(windows, self.weight)  # (g, B * N, c)
        return y.reshape(g, b, -1, c).permute(1, 2, 0, 3).reshape(b, -1, g * c) + self.bias


def _is_same(conv: nn.Conv1d) -> bool:
    return conv.stride == (1,) and conv.dilation == (1,) and conv.kernel_size[0] % 2 == 1 \
        and conv.padding == (conv.kernel_size[0] // 2,) and conv.bias is not None


def _replacement(conv: nn.Conv1d):
    if not _is_same(conv):
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
