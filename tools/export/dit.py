"""The F5-TTS v1 DiT (spec §5), with parameter names equal to the released checkpoint's.

Two ways to run it: ``forward`` is the official single pass (cond and uncond rows built inside, spec §5.3) and is
used to check the split; ``conditioning`` + ``step`` are the per-utterance and per-step halves that are exported.

Shape legend: B batch of the official pass (1), N total mel frames, nt text tokens, M mel channels (100),
C model dim, K dim_head. The CFG pair is batch 2: row 0 conditional, row 1 unconditional (audio cond zeroed and
text dropped).
"""

import torch
from torch import nn
import torch.nn.functional as F

from tools.export.dit_layers import AdaLayerNormFinal, DiTBlock, InputEmbedding, RotaryEmbedding, SkipLayerNormOp, \
    TimestepEmbedding, frame_positions, packed_rotary_caches
from tools.export.dit_text import TextEmbedding


class DiT(nn.Module):
    """Diffusion transformer predicting the flow velocity for mel frames (keys as ``transformer.*`` minus prefix)."""

    def __init__(self, dim: int, depth: int, heads: int, dim_head: int, ff_mult: int, text_dim: int,
                 conv_layers: int, conv_mult: int, text_num_embeds: int, mel_dim: int, conv_pos_kernel: int,
                 conv_pos_groups: int):
        super().__init__()
        self.mel_dim = mel_dim
        self.time_embed = TimestepEmbedding(dim)
        self.text_embed = TextEmbedding(text_num_embeds, text_dim, conv_layers, conv_mult)
        self.input_embed = InputEmbedding(mel_dim, text_dim, dim, conv_pos_kernel, conv_pos_groups)
        self.rotary_embed = RotaryEmbedding(dim_head)
        self.transformer_blocks = nn.ModuleList(
            [DiTBlock(dim, heads, dim_head, ff_mult) for _ in range(depth)])
        self.norm_out = AdaLayerNormFinal(dim)
        self.proj_out = nn.Linear(dim, mel_dim)

    def conditioning(self, text: torch.Tensor, cond: torch.Tensor) -> tuple:
        """Per-utterance work: ``text`` (1, nt) vocab ids, ``cond`` (1, N, M) reference mel zero-padded to N.

        Returns ``cond_proj`` (2, N, C) = ``W_ct [cond, text_cond] + b`` and ``W_ct [0, text_uncond] + b``,
        and the rotary ``cos``, ``sin`` (N, K).
        """
        positions = frame_positions(cond)
        text_cond = self.text_embed(text, positions, drop_text=False)
        text_uncond = self.text_embed(text, positions, drop_text=True)
        cond_pair = torch.cat([cond, cond * 0], dim=0)
        cond_proj = self.input_embed.project_conditioning(cond_pair, torch.cat([text_cond, text_uncond], dim=0))
        cos, sin = self.rotary_embed(positions)
        return cond_proj, cos, sin

    def step(self, x: torch.Tensor, cond_proj: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor,
             t: torch.Tensor, fused_ops: bool = False) -> torch.Tensor:
        """One DiT evaluation of the CFG pair: ``x`` (1, N, M), ``cond_proj`` (2, N, C), ``cos``/``sin`` (N, K),
        ``t`` (1,) -> velocity (2, N, M), row 0 conditional, row 1 unconditional. ``fused_ops`` computes the
        same function with ONNX Runtime's fused attention and GELU ops per block and no run-time shape arithmetic
        (the GPU graphs)."""
        if fused_ops:
            return self.modulated_step(x, cond_proj, cos, sin, self.modulation(t).reshape(-1), fused_ops=True)
        t_emb = self.time_embed(t)
        h = self.input_embed.forward_split(x, cond_proj)
        for block in self.transformer_blocks:
            h = block(h, t_emb, cos, sin)
        return self.proj_out(self.norm_out(h, t_emb))

    def modulation(self, t: torch.Tensor) -> torch.Tensor:
        """Every AdaLN vector a step needs at each time of ``t`` (G,) -> (G, P), P = (8 depth + 2) C, from one Linear
        on ``silu(t_emb)``. Per block eight (C,) vectors: shift, 1 + scale and gate for the attention, the same for
        the FFN, then each branch's output bias times its gate (``gate * b = (diag(b) W_gate) s + b_gate * b`` is
        linear in ``s``, so these are two more sets of rows, and the bias rides in the next ``SkipLayerNormOp``
        instead of a pass over (B, N, C)); then the output norm's 1 + scale and shift. At full size the Linear's
        weight is ~370 MB in float16: computed once for a message's whole time grid it is read once, not per step."""
        dim = self.norm_out.dim
        weights, biases = [], []
        plus_one = torch.tensor([0.0, 1.0, 0.0, 0.0, 1.0, 0.0], device=t.device).repeat_interleave(dim)
        for block in self.transformer_blocks:
            w, b = block.attn_norm.linear.weight, block.attn_norm.linear.bias
            gates = [(slice(2 * dim, 3 * dim), block.attn.to_out[0].bias),
                     (slice(5 * dim, 6 * dim), block.ff.ff[2].bias)]
            weights += [w] + [w[rows] * out_bias[:, None] for rows, out_bias in gates]
            biases += [b + plus_one] + [b[rows] * out_bias for rows, out_bias in gates]
        weights.append(self.norm_out.linear.weight)
        biases.append(self.norm_out.linear.bias + torch.tensor([1.0, 0.0], device=t.device).repeat_interleave(dim))
        return F.linear(F.silu(self.time_embed(t)), torch.cat(weights), torch.cat(biases))

    def modulated_step(self, x: torch.Tensor, cond_proj: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor,
                       modulation: torch.Tensor, fused_ops: bool = True) -> torch.Tensor:
        """``step`` at the time of ``modulation`` (P,), one row of ``modulation(t)``: the same function without the
        time embedding and the AdaLN Linear. ``fused_ops`` picks the GPU form; otherwise plain attention (which ONNX
        Runtime's CPU provider runs) with the same vectors. -> velocity (2, N, M)."""
        h = self.input_embed.forward_split(x, cond_proj)
        parts = torch.split(modulation, self.norm_out.dim)
        if fused_ops:
            return self._blocks_fused(h, parts, cos, sin)
        for k, block in enumerate(self.transformer_blocks):
            h = block.forward_modulated(h, parts[8 * k: 8 * k + 6], cos, sin)
        scale, shift = parts[-2:]
        return self.proj_out(self.norm_out.norm(h) * scale + shift)

    def _blocks_fused(self, h: torch.Tensor, parts: tuple, cos: torch.Tensor, sin: torch.Tensor) -> tuple:
        """The blocks and the output in the GPU form (``DiTBlock.forward_fused``) with the (C,) vectors ``parts`` of
        one row of ``modulation``: ``h`` (2, N, C), ``cos``/``sin`` (N, K) -> (2, N, M)."""
        caches = packed_rotary_caches(cos, sin, self.transformer_blocks[0].attn.dim_head)
        pending = None
        for k, block in enumerate(self.transformer_blocks):
            h, pending = block.forward_fused(h, pending, parts[8 * k: 8 * k + 8], caches)
        scale, shift = parts[-2:]
        out, _ = SkipLayerNormOp.apply(pending[0], h, scale, shift, pending[1], self.norm_out.norm.eps)
        return self.proj_out(out)

    def forward(self, x: torch.Tensor, cond: torch.Tensor, text: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        """Official unsplit pass (``cfg_infer=True``): ``x``, ``cond`` (1, N, M), ``text`` (1, nt), ``t`` (1,)
        -> (2, N, M)."""
        positions = frame_positions(x)
        h_c = self.input_embed(x, cond, self.text_embed(text, positions, drop_text=False))
        h_u = self.input_embed(x, torch.zeros_like(cond), self.text_embed(text, positions, drop_text=True))
        h = torch.cat([h_c, h_u], dim=0)
        t_emb = self.time_embed(t).repeat(2, 1)
        cos, sin = self.rotary_embed(positions)
        for block in self.transformer_blocks:
            h = block(h, t_emb, cos, sin)
        return self.proj_out(self.norm_out(h, t_emb))
