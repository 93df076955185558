"""Constructing the two PyTorch models for a pack: from released checkpoints or with seeded random weights.

Shape legend: none here (module construction); see ``dit.py`` and ``vocos.py``.
"""

from dataclasses import asdict, dataclass
from typing import List

import torch

from tools.export import checkpoint
from tools.export.config import F5_V1_BASE, VOCOS_MEL_24KHZ, DiTConfig, VocosConfig, tiny_dit_config, \
    tiny_vocos_config
from tools.export.dit import DiT
from tools.export.mel import mel_filterbank
from tools.export.tokenizer import default_vocab, load_vocab
from tools.export.vocos import Vocos


@dataclass
class Models:
    """What a pack is exported from; ``filterbank`` (513, 100) float32 is the mel front-end's matrix."""

    dit: DiT
    vocos: Vocos
    dit_config: DiTConfig
    vocos_config: VocosConfig
    vocab: List[str]
    filterbank: torch.Tensor
    source: dict


def _padded_vocab(size: int) -> List[str]:
    vocab = default_vocab()
    return vocab + [f"<unused{i}>" for i in range(size - len(vocab))]


def from_checkpoints(checkpoint_path: str, vocoder_path: str, vocab_path: str) -> Models:
    """Official weights: F5 safetensors (EMA), Vocos ``pytorch_model.bin``, ``vocab.txt`` (2545 lines)."""
    vocab = load_vocab(vocab_path)
    dit_config = DiTConfig(**{**asdict(F5_V1_BASE), "text_num_embeds": len(vocab)})
    dit, vocos = DiT(**asdict(dit_config)), Vocos(**asdict(VOCOS_MEL_24KHZ))
    checkpoint.load_f5(dit, checkpoint_path)
    checkpoint.load_vocos(vocos, vocoder_path)
    filterbank = vocos.feature_extractor.mel_spec.mel_scale.fb.detach().clone()  # torchaudio's own float32 matrix
    source = {"kind": "checkpoint", "checkpoint": checkpoint_path, "vocoder": vocoder_path, "vocab": vocab_path,
              "filterbank_max_abs_diff_vs_recomputed": float((filterbank - mel_filterbank()).abs().max())}
    return Models(dit.eval(), vocos.eval(), dit_config, VOCOS_MEL_24KHZ, vocab, filterbank, source)


def random_init(tiny: bool, seed: int, vocab_path: str = None) -> Models:
    """Seeded random weights: PyTorch default initialisation, then the zero-initialised GRN gamma/beta get small
    random values so that every path of the graph carries signal."""
    if vocab_path:
        vocab = load_vocab(vocab_path)
    else:
        vocab = default_vocab() if tiny else _padded_vocab(F5_V1_BASE.text_num_embeds)
    if tiny:
        dit_config, vocos_config = tiny_dit_config(len(vocab)), tiny_vocos_config()
    else:
        dit_config = DiTConfig(**{**asdict(F5_V1_BASE), "text_num_embeds": len(vocab)})
        vocos_config = VOCOS_MEL_24KHZ
    torch.manual_seed(seed)
    dit, vocos = DiT(**asdict(dit_config)), Vocos(**asdict(vocos_config))
    gen = torch.Generator().manual_seed(seed + 1)
    with torch.no_grad():
        for name, param in dit.named_parameters():
            if name.endswith("grn.gamma") or name.endswith("grn.beta"):
                param.copy_(0.1 * torch.randn(param.shape, generator=gen))
        filterbank = mel_filterbank()
        vocos.feature_extractor.mel_spec.mel_scale.fb.copy_(filterbank)
    source = {"kind": "random-init", "tiny": tiny, "seed": seed, "vocab": vocab_path or "built-in"}
    return Models(dit.eval(), vocos.eval(), dit_config, vocos_config, vocab, filterbank, source)
