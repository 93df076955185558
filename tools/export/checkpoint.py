"""Loading the released weights with a strict key check (spec §5.2, §7.3; decision 7).

F5: ``model_1250000.safetensors`` holds ``ema_model.transformer.*`` (364 tensors) plus EMA bookkeeping (``step``,
``initted``). The loader strips ``ema_model.``, drops the bookkeeping and the old mel buffers, requires every
remaining key to start with ``transformer.`` and loads the rest into ``dit.DiT`` strictly: a missing, unexpected or
mis-shaped key raises ``CheckpointError`` naming the key. Vocos: ``pytorch_model.bin`` (83 entries) loads strictly
into ``vocos.Vocos``.

Shape legend: tensors keep their checkpoint shapes; see spec §5.2 / §7.3.
"""

from typing import Dict, Iterable

import torch
from torch import nn

from tools.export import safetensors_reader

EMA_PREFIX = "ema_model."
MODEL_PREFIX = "transformer."
DROPPED_KEYS = ("step", "initted", "mel_spec.mel_stft.mel_scale.fb", "mel_spec.mel_stft.spectrogram.window")


class CheckpointError(ValueError):
    """A checkpoint does not match the architecture; the message names the first offending key."""


def strict_load(module: nn.Module, state: Dict[str, torch.Tensor], source: str) -> None:
    """Copy ``state`` into ``module`` after checking key sets and shapes; tensors are cast to float32."""
    expected = module.state_dict()
    missing = sorted(set(expected) - set(state))
    unexpected = sorted(set(state) - set(expected))
    if missing:
        raise CheckpointError(f"{source}: missing key '{missing[0]}' ({len(missing)} missing in all)")
    if unexpected:
        raise CheckpointError(f"{source}: unexpected key '{unexpected[0]}' ({len(unexpected)} unexpected in all)")
    for key, value in state.items():
        if tuple(value.shape) != tuple(expected[key].shape):
            raise CheckpointError(
                f"{source}: key '{key}' has shape {list(value.shape)}, expected {list(expected[key].shape)}")
    module.load_state_dict({k: v.to(torch.float32) for k, v in state.items()}, strict=True)


def f5_state_from_raw(raw: Dict[str, torch.Tensor], source: str,
                      dropped: Iterable[str] = DROPPED_KEYS) -> Dict[str, torch.Tensor]:
    """Official checkpoint tensors -> ``dit.DiT`` state dict (prefixes stripped, bookkeeping dropped)."""
    state = {}
    for key, value in raw.items():
        name = key[len(EMA_PREFIX):] if key.startswith(EMA_PREFIX) else key
        if name in dropped:
            continue
        if not name.startswith(MODEL_PREFIX):
            raise CheckpointError(f"{source}: unexpected key '{key}' (not under '{EMA_PREFIX}{MODEL_PREFIX}')")
        state[name[len(MODEL_PREFIX):]] = value
    return state


def read_f5_checkpoint(path: str) -> Dict[str, torch.Tensor]:
    """Read a ``.safetensors`` (dtype from the header) or a torch ``.pt`` checkpoint holding ``ema_model_state_dict``."""
    if path.endswith(".safetensors"):
        return safetensors_reader.load_file(path)
    raw = torch.load(path, map_location="cpu")
    if isinstance(raw, dict) and "ema_model_state_dict" in raw:
        return raw["ema_model_state_dict"]
    raise CheckpointError(f"{path}: neither a .safetensors file nor a torch checkpoint with 'ema_model_state_dict'")


def load_f5(module: nn.Module, path: str) -> None:
    """Load ``path`` (official F5TTS_v1_Base EMA weights) into the ``dit.DiT`` ``module``, strictly."""
    strict_load(module, f5_state_from_raw(read_f5_checkpoint(path), path), path)


def load_vocos(module: nn.Module, path: str) -> None:
    """Load ``path`` (vocos ``pytorch_model.bin`` or a ``.safetensors`` copy) into ``vocos.Vocos``, strictly."""
    if path.endswith(".safetensors"):
        state = safetensors_reader.load_file(path)
    else:
        state = torch.load(path, map_location="cpu")
    strict_load(module, state, path)
