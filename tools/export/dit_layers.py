"""Building blocks of the F5-TTS v1 DiT (spec §5.4, §5.6-§5.9).

Shape legend: B batch (2 for the CFG pair), N total mel frames, C model dim, M mel channels (100), T text_dim,
H heads, K dim_head, E sinusoid size (256). Dropout exists only in training; its slots are ``nn.Identity`` so that the
checkpoint's Sequential indices (``to_out.0``, ``ff.ff.2``) stay the same.
"""

import math

import torch
from torch import nn
import torch.nn.functional as F


def mish(v: torch.Tensor) -> torch.Tensor:
    """``v * tanh(softplus(v))`` written out so that every opset exports it the same way; any shape."""
    return v * torch.tanh(F.softplus(v))


class PlainLayerNorm(nn.Module):
    """LayerNorm without learned affine (no checkpoint keys). Unit scale/zero shift are passed explicitly because
    torch 1.13 exports an affine-free LayerNorm at opset 17 with an empty scale input, which the checker rejects."""

    def __init__(self, dim: int, eps: float = 1e-6):
        super().__init__()
        self.dim, self.eps = dim, eps
        self.register_buffer("one", torch.ones(dim), persistent=False)
        self.register_buffer("zero", torch.zeros(dim), persistent=False)

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        """``h`` (..., C) -> (..., C)."""
        return F.layer_norm(h, (self.dim,), self.one, self.zero, self.eps)


class SinusPositionEmbedding(nn.Module):
    """Sinusoid of the ODE time: ``[sin(1000 t f_k) | cos(1000 t f_k)]``, ``f_k = exp(-k ln(10000)/(E/2 - 1))``."""

    def __init__(self, dim: int):
        super().__init__()
        half = dim // 2
        freqs = torch.exp(torch.arange(half).float() * -(math.log(10000) / (half - 1)))
        self.register_buffer("freqs", freqs, persistent=False)

    def forward(self, t: torch.Tensor, scale: float = 1000.0) -> torch.Tensor:
        """``t`` (B,) -> (B, E) float32."""
        angles = scale * t.unsqueeze(1) * self.freqs.unsqueeze(0)
        return torch.cat([angles.sin(), angles.cos()], dim=-1)


class TimestepEmbedding(nn.Module):
    """Sinusoid (256) -> Linear -> SiLU -> Linear (keys ``time_mlp.0`` and ``time_mlp.2``)."""

    def __init__(self, dim: int, freq_embed_dim: int = 256):
        super().__init__()
        self.time_embed = SinusPositionEmbedding(freq_embed_dim)
        self.time_mlp = nn.Sequential(nn.Linear(freq_embed_dim, dim), nn.SiLU(), nn.Linear(dim, dim))

    def forward(self, t: torch.Tensor) -> torch.Tensor:
        """``t`` (B,) -> (B, C)."""
        return self.time_mlp(self.time_embed(t).to(t.dtype))


class ConvPositionEmbedding(nn.Module):
    """Grouped Conv1d -> Mish -> grouped Conv1d -> Mish over time (keys ``conv1d.0`` and ``conv1d.2``)."""

    def __init__(self, dim: int, kernel_size: int, groups: int):
        super().__init__()
        pad = kernel_size // 2
        self.conv1d = nn.Sequential(
            nn.Conv1d(dim, dim, kernel_size, groups=groups, padding=pad), nn.Identity(),
            nn.Conv1d(dim, dim, kernel_size, groups=groups, padding=pad), nn.Identity())

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        """``h`` (B, N, C) -> (B, N, C)."""
        y = mish(self.conv1d[0](h.transpose(1, 2)))
        y = mish(self.conv1d[2](y))
        return y.transpose(1, 2)


class InputEmbedding(nn.Module):
    """``proj(cat[x, cond, text])`` plus the conv position embedding; the projection can be split (spec §5.6)."""

    def __init__(self, mel_dim: int, text_dim: int, dim: int, conv_pos_kernel: int, conv_pos_groups: int):
        super().__init__()
        self.mel_dim = mel_dim
        self.proj = nn.Linear(mel_dim * 2 + text_dim, dim)
        self.conv_pos_embed = ConvPositionEmbedding(dim, conv_pos_kernel, conv_pos_groups)

    def forward(self, x: torch.Tensor, cond: torch.Tensor, text_embed: torch.Tensor) -> torch.Tensor:
        """Official unsplit form: ``x``, ``cond`` (B, N, M), ``text_embed`` (B, N, T) -> (B, N, C)."""
        h = self.proj(torch.cat([x, cond, text_embed], dim=-1))
        return self.conv_pos_embed(h) + h

    def project_conditioning(self, cond: torch.Tensor, text_embed: torch.Tensor) -> torch.Tensor:
        """Step-invariant part ``W_ct [cond, text] + b``: (B, N, M), (B, N, T) -> (B, N, C)."""
        w_ct = self.proj.weight[:, self.mel_dim:]
        return F.linear(torch.cat([cond, text_embed], dim=-1), w_ct, self.proj.bias)

    def forward_split(self, x: torch.Tensor, cond_proj: torch.Tensor) -> torch.Tensor:
        """Per-step part: ``x`` (1, N, M) shared by both rows, ``cond_proj`` (B, N, C) -> (B, N, C)."""
        h = F.linear(x, self.proj.weight[:, : self.mel_dim]) + cond_proj
        return self.conv_pos_embed(h) + h


def frame_positions(like: torch.Tensor) -> torch.Tensor:
    """Frame indices 0..N-1 as float32 (N,), for ``like`` (B, N, ...).

    Counted with a cumulative sum over the frame axis instead of ``arange(N)``: the exported graph then computes no
    shape at run time (a Shape -> Gather -> Range chain is placed on the CPU by ORT's CUDA provider). Exact for
    N < 2^24.
    """
    return torch.cumsum(like[0, :, 0] * 0 + 1, dim=0) - 1


class RotaryEmbedding(nn.Module):
    """Interleaved rotary table (x-transformers >= 1.30 layout): angle ``n * inv_freq_j`` on dims 2j and 2j+1."""

    def __init__(self, dim_head: int, base: float = 10000.0):
        super().__init__()
        inv_freq = 1.0 / (base ** (torch.arange(0, dim_head, 2).float() / dim_head))
        self.register_buffer("inv_freq", inv_freq)
        self.dim_head = dim_head

    def forward(self, positions: torch.Tensor) -> tuple:
        """Angles for ``positions`` (N,) float32 (see ``frame_positions``): returns ``(cos, sin)``, each (N, K)."""
        angles = torch.outer(positions, self.inv_freq)
        angles = torch.stack([angles, angles], dim=-1).flatten(1)
        return angles.cos(), angles.sin()


def packed_rotary_caches(cos: torch.Tensor, sin: torch.Tensor, dim_head: int) -> tuple:
    """The caches of ``PackedRotaryOp`` from the (N, K) tables, whose columns hold each pair's angle twice
    (2j and 2j+1): columns 0, 2, ..., K-2 twice over -> two (N, K) caches, one angle per column, for q's pairs then
    k's. A constant-index Gather each, so no shape is computed."""
    half = torch.arange(0, dim_head, 2, device=cos.device)  # from the known K: cos.shape would be read at run time
    index = torch.cat([half, half])
    return cos.index_select(1, index), sin.index_select(1, index)


def apply_rotary(q: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotate adjacent pairs: ``q`` (B, H, N, K), ``cos``/``sin`` (N, K) -> (B, H, N, K)."""
    pairs = q.reshape(q.shape[0], q.shape[1], q.shape[2], -1, 2)
    rotated = torch.stack([-pairs[..., 1], pairs[..., 0]], dim=-1).reshape(q.shape)
    return q * cos + rotated * sin


class AdaLayerNorm(nn.Module):
    """SiLU -> Linear(C, 6C) -> shift/scale/gate for attention and FFN, in that order (spec §5.8): the weights and
    the norm; ``DiTBlock`` and ``DiT.modulation`` apply them."""

    def __init__(self, dim: int):
        super().__init__()
        self.dim = dim
        self.linear = nn.Linear(dim, dim * 6)
        self.norm = PlainLayerNorm(dim)


class AdaLayerNormFinal(nn.Module):
    """SiLU -> Linear(C, 2C) -> scale then shift (opposite order to ``AdaLayerNorm``, spec §5.9)."""

    def __init__(self, dim: int):
        super().__init__()
        self.dim = dim
        self.linear = nn.Linear(dim, dim * 2)
        self.norm = PlainLayerNorm(dim)

    def forward(self, h: torch.Tensor, t_emb: torch.Tensor) -> torch.Tensor:
        """``h`` (B, N, C), ``t_emb`` (B, C) -> (B, N, C)."""
        scale, shift = torch.split(self.linear(F.silu(t_emb)), self.dim, dim=1)
        return self.norm(h) * (1 + scale)[:, None, :] + shift[:, None, :]


class PackedRotaryOp(torch.autograd.Function):
    """The rotary of the packed projection: ``qkv`` (B, N, H*3*K) holds per head q, k and v; q's and k's adjacent
    pairs (2j, 2j+1) turn by angle ``cos_cache``/``sin_cache``[n, j] (q) and [n, K/2 + j] (k), v is left as it is.
    Caches (N, K) from ``packed_rotary_caches`` -> (B, N, H*3*K).

    Exported as one ``com.microsoft`` ``RotaryEmbedding`` node that reads each head's 3K values as one "head" whose
    first 2K dims rotate (``rotary_embedding_dim``, interleaved pairs, start position 0): one kernel where the
    element-wise form took a Gather, two Muls and an Add over the whole projection."""

    @staticmethod
    def forward(ctx, qkv: torch.Tensor, cos_cache: torch.Tensor, sin_cache: torch.Tensor, heads: int,
                dim_head: int) -> torch.Tensor:
        b, n, width = qkv.shape
        k = dim_head
        x = qkv.reshape(b, n, heads, 3 * k)
        turned, kept = x[..., : 2 * k], x[..., 2 * k:]
        pairs = turned.reshape(b, n, heads, k, 2)
        cos = cos_cache[None, :, None, :, None]
        sin = sin_cache[None, :, None, :, None]
        rotated = torch.stack([pairs[..., 0:1] * cos - pairs[..., 1:2] * sin,
                               pairs[..., 1:2] * cos + pairs[..., 0:1] * sin], dim=-1).reshape(b, n, heads, 2 * k)
        return torch.cat([rotated, kept], dim=-1).reshape(b, n, width)

    @staticmethod
    def symbolic(g, qkv, cos_cache, sin_cache, heads, dim_head):
        start = g.op("Constant", value_t=torch.tensor([0], dtype=torch.int64))
        out = g.op("com.microsoft::RotaryEmbedding", qkv, start, cos_cache, sin_cache, interleaved_i=1,
                   num_heads_i=heads, rotary_embedding_dim_i=2 * dim_head)
        out.setType(qkv.type())
        return out


class PackedAttentionOp(torch.autograd.Function):
    """Softmax attention, scale 1/sqrt(K), no mask, over a packed projection ``qkv`` (B, N, H*3*K) whose last axis
    holds per head its q, k and v -> (B, N, H*K). In PyTorch it computes the product directly; exported, it becomes
    a Reshape to (B, N, H, 3, K) (a constant shape with 0 = "keep this dim": no shape arithmetic) and one
    ``com.microsoft`` ``MultiHeadAttention`` node in its packed-QKV form, which ORT's CUDA provider runs as flash
    attention in float16 (the scores never reach device memory)."""

    @staticmethod
    def forward(ctx, qkv: torch.Tensor, heads: int, dim_head: int) -> torch.Tensor:
        b, n = qkv.shape[0], qkv.shape[1]
        q, k, v = qkv.reshape(b, n, heads, 3, dim_head).permute(3, 0, 2, 1, 4)  # each (B, H, N, K)
        scores = torch.matmul(q, k.transpose(-1, -2)) * (dim_head ** -0.5)
        out = torch.matmul(torch.softmax(scores, dim=-1), v)
        return out.transpose(1, 2).reshape(b, n, heads * dim_head)

    @staticmethod
    def symbolic(g, qkv, heads, dim_head):
        # 0 keeps B and N, -1 is K (the exporter's shape inference wants a -1 beside a 0)
        shape = g.op("Constant", value_t=torch.tensor([0, 0, heads, 3, -1], dtype=torch.int64))
        out = g.op("com.microsoft::MultiHeadAttention", g.op("Reshape", qkv, shape), num_heads_i=heads)
        out.setType(qkv.type())
        return out


class SkipLayerNormOp(torch.autograd.Function):
    """``s = x + skip + bias``, then LayerNorm of ``s`` with ``gamma`` and ``beta``: x, skip (B, N, C), gamma,
    beta, bias (C,) -> (normed, s), both (B, N, C). Exported as one ``com.microsoft`` ``SkipLayerNormalization``
    node (its optional mean and inverse-deviation outputs are dropped after export), so the residual add, the norm
    and the AdaLN modulation are one kernel instead of four."""

    @staticmethod
    def forward(ctx, x, skip, gamma, beta, bias, eps: float):
        s = x + skip + bias
        return F.layer_norm(s, (s.shape[-1],), gamma, beta, eps), s

    @staticmethod
    def symbolic(g, x, skip, gamma, beta, bias, eps):
        normed, _, _, s = g.op("com.microsoft::SkipLayerNormalization", x, skip, gamma, beta, bias, epsilon_f=eps,
                               outputs=4)
        normed.setType(x.type())
        s.setType(x.type())
        return normed, s


class Attention(nn.Module):
    """Multi-head self-attention with rotary q/k, no mask, scale 1/sqrt(K) (keys ``to_q/k/v``, ``to_out.0``).

    Two forms of the same function: the plain one (heads split, MatMul-Softmax-MatMul; the FP32 graphs) and the
    fused one (one packed q/k/v Linear, one ``PackedRotaryOp``, one ``PackedAttentionOp``; the GPU graphs, spec in
    docs/engine.md).
    """

    def __init__(self, dim: int, heads: int, dim_head: int):
        super().__init__()
        inner = heads * dim_head
        self.heads, self.dim_head = heads, dim_head
        self.to_q = nn.Linear(dim, inner)
        self.to_k = nn.Linear(dim, inner)
        self.to_v = nn.Linear(dim, inner)
        self.to_out = nn.Sequential(nn.Linear(inner, dim), nn.Identity())

    def forward_fused(self, a: torch.Tensor, caches: tuple) -> torch.Tensor:
        """``a`` (B, N, C), ``caches`` from ``packed_rotary_caches`` -> (B, N, C) **without** the output bias, which
        the caller adds (scaled by the gate) in its ``SkipLayerNormOp``. q, k and v come from one packed Linear whose
        rows are ordered per head (q, k, v), as the packed ``MultiHeadAttention`` reads them."""
        inner = self.heads * self.dim_head

        def per_head(*tensors):
            return torch.stack([t.reshape(self.heads, self.dim_head, -1) for t in tensors], dim=1).reshape(3 * inner, -1)

        weight = per_head(self.to_q.weight, self.to_k.weight, self.to_v.weight)
        bias = per_head(self.to_q.bias, self.to_k.bias, self.to_v.bias).reshape(-1)
        qkv = PackedRotaryOp.apply(F.linear(a, weight, bias), *caches, self.heads, self.dim_head)
        return F.linear(PackedAttentionOp.apply(qkv, self.heads, self.dim_head), self.to_out[0].weight)

    def forward(self, a: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
        """``a`` (B, N, C), ``cos``/``sin`` (N, K) -> (B, N, C)."""
        b, n = a.shape[0], a.shape[1]

        def heads(y):
            return y.reshape(b, n, self.heads, self.dim_head).transpose(1, 2)

        # The 1/sqrt(K) scale is applied to q before the product (same value; keeps fp16 logits small).
        q = apply_rotary(heads(self.to_q(a)), cos, sin) * (self.dim_head ** -0.5)
        k = apply_rotary(heads(self.to_k(a)), cos, sin)
        weights = torch.softmax(torch.matmul(q, k.transpose(-1, -2)), dim=-1)
        out = torch.matmul(weights, heads(self.to_v(a))).transpose(1, 2).reshape(b, n, -1)
        return self.to_out(out)


class FastGeluOp(torch.autograd.Function):
    """``gelu_tanh(y + bias)``; exported as one ``com.microsoft`` ``FastGelu`` node (same tanh approximation), which
    the FP16 conversion runs in float16 between the two feed-forward MatMuls: no bias Add, no chain of element-wise
    GELU kernels and no casts on the (B, N, 2C) activation."""

    @staticmethod
    def forward(ctx, y: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        return F.gelu(y + bias, approximate="tanh")

    @staticmethod
    def symbolic(g, y, bias):
        out = g.op("com.microsoft::FastGelu", y, bias)
        out.setType(y.type())
        return out


class FeedForward(nn.Module):
    """Linear -> GELU(tanh) -> Linear (keys ``ff.0.0`` and ``ff.2``)."""

    def __init__(self, dim: int, mult: int):
        super().__init__()
        inner = dim * mult
        self.ff = nn.Sequential(nn.Sequential(nn.Linear(dim, inner), nn.GELU(approximate="tanh")),
                                nn.Identity(), nn.Linear(inner, dim))

    def forward(self, f: torch.Tensor) -> torch.Tensor:
        """``f`` (B, N, C) -> (B, N, C)."""
        return self.ff(f)

    def forward_fused(self, f: torch.Tensor) -> torch.Tensor:
        """The GPU form: bias and GELU as one ``FastGeluOp``, and **without** the output bias, which the caller adds
        (scaled by the gate) in its ``SkipLayerNormOp``: ``f`` (B, N, C) -> (B, N, C)."""
        inner = self.ff[0][0]
        return F.linear(FastGeluOp.apply(F.linear(f, inner.weight), inner.bias), self.ff[2].weight)


class DiTBlock(nn.Module):
    """AdaLN-modulated attention and FFN, each gated and added to the residual stream (spec §5.8)."""

    def __init__(self, dim: int, heads: int, dim_head: int, ff_mult: int):
        super().__init__()
        self.attn_norm = AdaLayerNorm(dim)
        self.attn = Attention(dim, heads, dim_head)
        self.ff_norm = PlainLayerNorm(dim)
        self.ff = FeedForward(dim, ff_mult)

    def forward(self, h: torch.Tensor, t_emb: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
        """``h`` (B, N, C), ``t_emb`` (B, C), ``cos``/``sin`` (N, K) -> (B, N, C)."""
        # split with the known size rather than chunk: the exported Split then needs no shape read
        shift_msa, scale_msa, gate_msa, shift_mlp, scale_mlp, gate_mlp = (
            m[:, None] for m in torch.split(self.attn_norm.linear(F.silu(t_emb)), self.attn_norm.dim, dim=1))
        return self.forward_modulated(h, (shift_msa, 1 + scale_msa, gate_msa, shift_mlp, 1 + scale_mlp, gate_mlp),
                                      cos, sin)

    def forward_modulated(self, h: torch.Tensor, modulation: tuple, cos: torch.Tensor, sin: torch.Tensor) \
            -> torch.Tensor:
        """``forward`` with the AdaLN vectors given: shift, 1 + scale and gate for the attention, the same for the
        FFN, each broadcastable to ``h`` (B, N, C) -> (B, N, C)."""
        shift_msa, scale_msa, gate_msa, shift_mlp, scale_mlp, gate_mlp = modulation
        h = h + gate_msa * self.attn(self.attn_norm.norm(h) * scale_msa + shift_msa, cos, sin)
        return h + gate_mlp * self.ff(self.ff_norm(h) * scale_mlp + shift_mlp)

    def forward_fused(self, h: torch.Tensor, pending: tuple, modulation: tuple, caches: tuple) -> tuple:
        """The same function in the GPU form, where each branch's output is added to the residual stream by the
        *next* norm's ``SkipLayerNormOp``, together with its bias times its gate.

        ``h`` (B, N, C) the residual stream without ``pending`` = (gated branch output (B, N, C), its gated bias
        (C,)) of the previous block, or None for the first block; ``modulation`` this block's eight (C,) tensors from
        ``DiT.step``'s batched Linear: shift, 1 + scale, gate for attention, the same for the FFN, then the attention
        and FFN output biases times their gates; ``caches`` from ``packed_rotary_caches``.
        Returns ``h`` and ``pending`` for the next block."""
        shift_msa, scale_msa, gate_msa, shift_mlp, scale_mlp, gate_mlp, attn_bias, ff_bias = modulation
        eps = self.attn_norm.norm.eps
        if pending is None:
            a = F.layer_norm(h, (self.attn_norm.dim,), scale_msa, shift_msa, eps)
        else:
            a, h = SkipLayerNormOp.apply(pending[0], h, scale_msa, shift_msa, pending[1], eps)
        f, h = SkipLayerNormOp.apply(self.attn.forward_fused(a, caches) * gate_msa, h, scale_mlp, shift_mlp,
                                     attn_bias, eps)
        return h, (self.ff.forward_fused(f) * gate_mlp, ff_bias)
