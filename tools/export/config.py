"""Architecture presets and pack-wide constants (spec §1.3, §5.1, §7.1).

Config keys are exactly the constructor arguments of ``dit.DiT`` and ``vocos.Vocos``, so a preset is built with
``DiT(**asdict(cfg))``.

Shape legend: none (this module holds numbers only).
"""

from dataclasses import dataclass

SAMPLE_RATE = 24000
N_FFT = 1024
HOP_LENGTH = 256
WIN_LENGTH = 1024
MEL_CHANNELS = 100
MAX_FRAMES = 4096  # decision 8: longest chunk (reference + generated) in mel frames
FORMAT_VERSION = 1


@dataclass(frozen=True)
class DiTConfig:
    """Constructor arguments of ``dit.DiT`` (names match the F5TTS_v1_Base yaml where they exist)."""

    dim: int = 1024
    depth: int = 22
    heads: int = 16
    dim_head: int = 64
    ff_mult: int = 2
    text_dim: int = 512
    conv_layers: int = 4
    conv_mult: int = 2
    text_num_embeds: int = 2545
    mel_dim: int = MEL_CHANNELS
    conv_pos_kernel: int = 31
    conv_pos_groups: int = 16


@dataclass(frozen=True)
class VocosConfig:
    """Constructor arguments of ``vocos.Vocos`` (charactr/vocos-mel-24khz config.yaml)."""

    input_channels: int = MEL_CHANNELS
    dim: int = 512
    intermediate_dim: int = 1536
    num_layers: int = 8
    layer_scale_init_value: float = 1.0 / 8
    n_fft: int = N_FFT
    hop_length: int = HOP_LENGTH


F5_V1_BASE = DiTConfig()
VOCOS_MEL_24KHZ = VocosConfig()


def tiny_dit_config(text_num_embeds: int) -> DiTConfig:
    """Same architecture as F5TTS_v1_Base, a few hundred kilobytes of weights."""
    return DiTConfig(dim=64, depth=2, heads=2, dim_head=32, ff_mult=2, text_dim=32, conv_layers=2,
                     conv_mult=2, text_num_embeds=text_num_embeds, conv_pos_kernel=31, conv_pos_groups=16)


def tiny_vocos_config() -> VocosConfig:
    """Same structure as vocos-mel-24khz (same STFT, so same hop and sample rate), fewer and narrower layers."""
    return VocosConfig(dim=32, intermediate_dim=64, num_layers=2)
