"""The exported graphs (decision 6) and their I/O contract: names, dtypes and symbolic shapes.

* ``conditioning`` (once per utterance): text ids + zero-padded reference mel -> ``cond_proj`` for the CFG pair and
  the rotary tables (everything step-invariant of spec §5.10 that does not depend on t).
* ``dit_step`` (once per ODE step): ``x``, ``cond_proj``, rotary tables, ``t`` -> ``velocity`` for both CFG rows
  (row 0 conditional, row 1 unconditional). The caller combines them: ``v = v0 + (v0 - v1) * cfg`` (spec §6.5) and
  does the Euler update; keeping CFG outside lets cfg_strength change without a new graph. The FP16 file (the GPU
  graph) is instead a whole flow step (``DiTFlowStepGraph``, ``flow_step_spec``): per block one ``com.microsoft``
  ``MultiHeadAttention`` (flash attention on CUDA) and one ``FastGelu``, its time and AdaLN vectors read from a
  message's tables, the guided Euler update applied, the step counter advanced.
* ``time_modulation`` (FP16 only, once per time grid): the grid -> every step's AdaLN vectors, for the FP16 step.
* ``vocoder`` (once): mel (1, 100, T) -> ``waveform`` (1, S) with S = 256 (T - 1), or, with ``spectrum``,
  ``real`` / ``imag`` (1, 513, T) for an inverse STFT in C#.

Shape legend: nt text tokens, N total frames, G time-grid points, P AdaLN values per step, T vocoder frames,
S samples, M mel channels, C model dim, K dim_head.
"""

from dataclasses import dataclass
from typing import List, Tuple

import torch
from torch import nn


@dataclass(frozen=True)
class TensorSpec:
    """One graph input or output: ``shape`` holds ints and symbolic dim names."""

    name: str
    dtype: str
    shape: Tuple

    def as_json(self) -> dict:
        return {"name": self.name, "dtype": self.dtype, "shape": list(self.shape)}


@dataclass(frozen=True)
class GraphSpec:
    """Role, inputs and outputs of one exported graph."""

    role: str
    inputs: List[TensorSpec]
    outputs: List[TensorSpec]


class ConditioningGraph(nn.Module):
    """Wraps ``DiT.conditioning``."""

    def __init__(self, dit: nn.Module):
        super().__init__()
        self.dit = dit

    def forward(self, text: torch.Tensor, cond: torch.Tensor) -> tuple:
        """``text`` (1, nt) int64, ``cond`` (1, N, M) -> cond_proj (2, N, C), rope_cos (N, K), rope_sin (N, K)."""
        return self.dit.conditioning(text, cond)


class DiTStepGraph(nn.Module):
    """Wraps ``DiT.step``; ``fused_ops`` traces the GPU form (``MultiHeadAttention`` and ``FastGelu`` per block)."""

    def __init__(self, dit: nn.Module, fused_ops: bool = False):
        super().__init__()
        self.dit, self.fused_ops = dit, fused_ops

    def forward(self, x, cond_proj, rope_cos, rope_sin, t) -> torch.Tensor:
        """``x`` (1, N, M), ``cond_proj`` (2, N, C), ``rope_cos``/``rope_sin`` (N, K), ``t`` (1,) -> velocity (2, N, M)."""
        return self.dit.step(x, cond_proj, rope_cos, rope_sin, t, fused_ops=self.fused_ops)


class EulerUpdate(nn.Module):
    """The guided Euler step of the sampler (``sampler.cfg_combine``, then ``x + (t_next - t) v``) as graph nodes: the
    GPU step graph applies it itself, so the state stays in device memory from one step to the next. Its nodes are
    named ``/euler/...`` and kept in float32 by the FP16 conversion, as the sampler keeps the state in float32."""

    def forward(self, x, velocity, t, t_next, cfg) -> torch.Tensor:
        """``x`` (1, N, M), ``velocity`` (2, N, M), ``t``/``t_next``/``cfg`` (1,) -> the next state (1, N, M). A
        guidance strength of 0 gives the conditional velocity alone (the host passes 0 below 1e-5)."""
        conditional, unconditional = velocity[:1], velocity[1:]
        return x + (t_next - t) * (conditional + (conditional - unconditional) * cfg)


class TimeModulationGraph(nn.Module):
    """Wraps ``DiT.modulation``: a message's time grid -> every step's AdaLN vectors (the GPU packs since round 5)."""

    def __init__(self, dit: nn.Module):
        super().__init__()
        self.dit = dit

    def forward(self, time_grid: torch.Tensor) -> torch.Tensor:
        """``time_grid`` (G,) -> modulation (G, P)."""
        return self.dit.modulation(time_grid)


class DiTFlowStepGraph(nn.Module):
    """The GPU step graph: step ``step`` of the guided Euler flow, with its time and AdaLN vectors read from the
    message's tables (``time_grid`` and ``TimeModulationGraph``'s ``modulation``) and the step counter advanced, so
    that a run needs nothing from the host: consecutive runs can alternate between two state and counter buffers on
    the device. ``fused_ops=False`` gives the same function with plain attention, which the CPU provider runs."""

    def __init__(self, dit: nn.Module, fused_ops: bool = True):
        super().__init__()
        self.dit, self.fused_ops = dit, fused_ops
        self.euler = EulerUpdate()

    def forward(self, x, cond_proj, rope_cos, rope_sin, time_grid, modulation, step, cfg) -> tuple:
        """``x`` (1, N, M), ``cond_proj`` (2, N, C), ``rope_cos``/``rope_sin`` (N, K), ``time_grid`` (G,),
        ``modulation`` (G, P), ``step`` (1,) int64 below G - 1, ``cfg`` (1,) -> x_next (1, N, M), step_next (1,)."""
        step_next = step + 1
        row = torch.index_select(modulation, 0, step).reshape(-1)
        velocity = self.dit.modulated_step(x, cond_proj, rope_cos, rope_sin, row, fused_ops=self.fused_ops)
        t, t_next = torch.index_select(time_grid, 0, step), torch.index_select(time_grid, 0, step_next)
        return self.euler(x, velocity, t, t_next, cfg), step_next


class VocoderGraph(nn.Module):
    """Wraps ``Vocos.decode`` (waveform) or ``Vocos.decode_spectrum`` (real, imag)."""

    def __init__(self, vocos: nn.Module, spectrum: bool = False):
        super().__init__()
        self.vocos, self.spectrum = vocos, spectrum

    def forward(self, mel: torch.Tensor):
        """``mel`` (1, M, T) -> waveform (1, S), or real, imag (1, F, T) when ``spectrum``."""
        return self.vocos.decode_spectrum(mel) if self.spectrum else self.vocos.decode(mel)


def graph_specs(dim: int, dim_head: int, mel_dim: int, n_fft: int, spectrum: bool) -> List[GraphSpec]:
    """The contract written to the manifest and checked against every exported file."""
    f32 = "float32"
    conditioning = GraphSpec(
        "conditioning",
        [TensorSpec("text", "int64", (1, "nt")), TensorSpec("cond", f32, (1, "N", mel_dim))],
        [TensorSpec("cond_proj", f32, (2, "N", dim)), TensorSpec("rope_cos", f32, ("N", dim_head)),
         TensorSpec("rope_sin", f32, ("N", dim_head))])
    step = GraphSpec(
        "dit_step",
        [TensorSpec("x", f32, (1, "N", mel_dim)), TensorSpec("cond_proj", f32, (2, "N", dim)),
         TensorSpec("rope_cos", f32, ("N", dim_head)), TensorSpec("rope_sin", f32, ("N", dim_head)),
         TensorSpec("t", f32, (1,))],
        [TensorSpec("velocity", f32, (2, "N", mel_dim))])
    bins = n_fft // 2 + 1
    voc_out = ([TensorSpec("real", f32, (1, bins, "T")), TensorSpec("imag", f32, (1, bins, "T"))] if spectrum
               else [TensorSpec("waveform", f32, (1, "S"))])
    vocoder = GraphSpec("vocoder", [TensorSpec("mel", f32, (1, mel_dim, "T"))], voc_out)
    return [conditioning, step, vocoder]


def flow_step_spec(step: GraphSpec, modulation: GraphSpec, mel_dim: int) -> GraphSpec:
    """The GPU step graph's contract (``DiTFlowStepGraph``): ``step``'s x and conditioning, the tables
    ``time_grid`` (G,) and ``modulation`` (G, P), the counter ``step`` (1,) int64 and ``cfg`` (1,) -> ``x_next``
    (1, N, M) and ``step_next`` (1,) int64. The tables' dtypes are ``modulation``'s (float16 in the FP16 files)."""
    return GraphSpec(step.role, step.inputs[:4] + modulation.inputs + modulation.outputs
                     + [TensorSpec("step", "int64", (1,)), TensorSpec("cfg", "float32", (1,))],
                     [TensorSpec("x_next", "float32", (1, "N", mel_dim)), TensorSpec("step_next", "int64", (1,))])


def time_modulation_spec(width: int, dtype: str = "float32") -> GraphSpec:
    """``TimeModulationGraph``'s contract: ``time_grid`` (G,) float32 -> ``modulation`` (G, ``width``) in ``dtype``."""
    return GraphSpec("time_modulation", [TensorSpec("time_grid", "float32", ("G",))],
                     [TensorSpec("modulation", dtype, ("G", width))])


def example_inputs(spec: GraphSpec, sizes: dict, vocab_size: int) -> tuple:
    """Random example tensors for tracing, symbolic dims taken from ``sizes`` (e.g. {"nt": 20, "N": 60})."""
    gen = torch.Generator().manual_seed(0)
    tensors = []
    for t in spec.inputs:
        shape = [sizes[d] if isinstance(d, str) else d for d in t.shape]
        if t.name == "step":
            tensors.append(torch.zeros(shape, dtype=torch.int64))
        elif t.dtype == "int64":
            tensors.append(torch.randint(0, vocab_size, shape, generator=gen))
        elif t.name in ("t", "time_grid", "cfg"):
            tensors.append(torch.rand(shape, generator=gen))
        else:
            tensors.append(torch.randn(shape, generator=gen))
    return tuple(tensors)
