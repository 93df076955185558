"""Strict loading of state dicts that carry exactly the official key names and shapes (spec §5.2, §7.3)."""

import os
import tempfile
import unittest
from dataclasses import asdict

import torch

from tools.export import checkpoint, safetensors_reader
from tools.export.config import F5_V1_BASE, VOCOS_MEL_24KHZ, tiny_dit_config
from tools.export.dit import DiT
from tools.export.vocos import Vocos

# Spec §5.2 table, prefix ema_model.transformer. omitted; {i} = 0..21, {j} = 0..3.
F5_KEYS = [
    ("time_embed.time_mlp.0.weight", [1024, 256]), ("time_embed.time_mlp.0.bias", [1024]),
    ("time_embed.time_mlp.2.weight", [1024, 1024]), ("time_embed.time_mlp.2.bias", [1024]),
    ("text_embed.text_embed.weight", [2546, 512]),
    ("text_embed.text_blocks.{j}.dwconv.weight", [512, 1, 7]), ("text_embed.text_blocks.{j}.dwconv.bias", [512]),
    ("text_embed.text_blocks.{j}.norm.weight", [512]), ("text_embed.text_blocks.{j}.norm.bias", [512]),
    ("text_embed.text_blocks.{j}.pwconv1.weight", [1024, 512]), ("text_embed.text_blocks.{j}.pwconv1.bias", [1024]),
    ("text_embed.text_blocks.{j}.grn.gamma", [1, 1, 1024]), ("text_embed.text_blocks.{j}.grn.beta", [1, 1, 1024]),
    ("text_embed.text_blocks.{j}.pwconv2.weight", [512, 1024]), ("text_embed.text_blocks.{j}.pwconv2.bias", [512]),
    ("input_embed.proj.weight", [1024, 712]), ("input_embed.proj.bias", [1024]),
    ("input_embed.conv_pos_embed.conv1d.0.weight", [1024, 64, 31]),
    ("input_embed.conv_pos_embed.conv1d.0.bias", [1024]),
    ("input_embed.conv_pos_embed.conv1d.2.weight", [1024, 64, 31]),
    ("input_embed.conv_pos_embed.conv1d.2.bias", [1024]),
    ("rotary_embed.inv_freq", [32]),
    ("transformer_blocks.{i}.attn_norm.linear.weight", [6144, 1024]),
    ("transformer_blocks.{i}.attn_norm.linear.bias", [6144]),
] + [(f"transformer_blocks.{{i}}.attn.{p}.{s}", [1024, 1024] if s == "weight" else [1024])
     for p in ("to_q", "to_k", "to_v", "to_out.0") for s in ("weight", "bias")] + [
    ("transformer_blocks.{i}.ff.ff.0.0.weight", [2048, 1024]), ("transformer_blocks.{i}.ff.ff.0.0.bias", [2048]),
    ("transformer_blocks.{i}.ff.ff.2.weight", [1024, 2048]), ("transformer_blocks.{i}.ff.ff.2.bias", [1024]),
    ("norm_out.linear.weight", [2048, 1024]), ("norm_out.linear.bias", [2048]),
    ("proj_out.weight", [100, 1024]), ("proj_out.bias", [100]),
]

# Spec §7.3 table; {i} = 0..7.
VOCOS_KEYS = [
    ("feature_extractor.mel_spec.spectrogram.window", [1024]), ("feature_extractor.mel_spec.mel_scale.fb", [513, 100]),
    ("backbone.embed.weight", [512, 100, 7]), ("backbone.embed.bias", [512]),
    ("backbone.norm.weight", [512]), ("backbone.norm.bias", [512]),
    ("backbone.convnext.{i}.dwconv.weight", [512, 1, 7]), ("backbone.convnext.{i}.dwconv.bias", [512]),
    ("backbone.convnext.{i}.norm.weight", [512]), ("backbone.convnext.{i}.norm.bias", [512]),
    ("backbone.convnext.{i}.pwconv1.weight", [1536, 512]), ("backbone.convnext.{i}.pwconv1.bias", [1536]),
    ("backbone.convnext.{i}.pwconv2.weight", [512, 1536]), ("backbone.convnext.{i}.pwconv2.bias", [512]),
    ("backbone.convnext.{i}.gamma", [512]),
    ("backbone.final_layer_norm.weight", [512]), ("backbone.final_layer_norm.bias", [512]),
    ("head.out.weight", [1026, 512]), ("head.out.bias", [1026]), ("head.istft.window", [1024]),
]


def expand(table, prefix="", i_range=range(22), j_range=range(4)):
    """Spec patterns -> {key: zeros(shape)} (zeros are cheap even for the full model)."""
    state = {}
    for pattern, shape in table:
        for i in (i_range if "{i}" in pattern else [None]):
            for j in (j_range if "{j}" in pattern else [None]):
                state[prefix + pattern.format(i=i, j=j)] = torch.zeros(shape)
    return state


class F5CheckpointTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.model = DiT(**asdict(F5_V1_BASE))

    def official_raw(self):
        raw = expand(F5_KEYS, prefix="ema_model.transformer.")
        raw["ema_model.step"] = torch.tensor(1250000)
        raw["ema_model.initted"] = torch.tensor(True)
        return raw

    def test_state_from_raw_OfficialKeys_Has364TensorsAndLoadsStrictly(self):
        raw = self.official_raw()
        self.assertEqual(len(raw), 366)
        state = checkpoint.f5_state_from_raw(raw, "official")
        self.assertEqual(len(state), 364)
        checkpoint.strict_load(self.model, state, "official")

    def test_strict_load_MissingKey_NamesTheKey(self):
        state = checkpoint.f5_state_from_raw(self.official_raw(), "ckpt")
        del state["transformer_blocks.7.attn.to_v.bias"]
        with self.assertRaises(checkpoint.CheckpointError) as ctx:
            checkpoint.strict_load(self.model, state, "ckpt")
        self.assertEqual(str(ctx.exception),
                         "ckpt: missing key 'transformer_blocks.7.attn.to_v.bias' (1 missing in all)")

    def test_strict_load_ExtraKey_NamesTheKey(self):
        raw = self.official_raw()
        raw["ema_model.transformer.transformer_blocks.22.attn.to_q.weight"] = torch.zeros(1024, 1024)
        state = checkpoint.f5_state_from_raw(raw, "ckpt")
        with self.assertRaises(checkpoint.CheckpointError) as ctx:
            checkpoint.strict_load(self.model, state, "ckpt")
        self.assertEqual(str(ctx.exception),
                         "ckpt: unexpected key 'transformer_blocks.22.attn.to_q.weight' (1 unexpected in all)")

    def test_state_from_raw_KeyOutsideTransformer_NamesTheKey(self):
        raw = self.official_raw()
        raw["ema_model.mel_spec.extra"] = torch.zeros(1)
        with self.assertRaisesRegex(checkpoint.CheckpointError, "unexpected key 'ema_model.mel_spec.extra'"):
            checkpoint.f5_state_from_raw(raw, "ckpt")

    def test_strict_load_WrongShape_NamesKeyAndShapes(self):
        state = checkpoint.f5_state_from_raw(self.official_raw(), "ckpt")
        state["proj_out.weight"] = torch.zeros(80, 1024)
        with self.assertRaises(checkpoint.CheckpointError) as ctx:
            checkpoint.strict_load(self.model, state, "ckpt")
        self.assertEqual(str(ctx.exception),
                         "ckpt: key 'proj_out.weight' has shape [80, 1024], expected [100, 1024]")


class SafetensorsFileTests(unittest.TestCase):
    def test_load_f5_SafetensorsWithEmaPrefixAndBookkeeping_LoadsValues(self):
        cfg = tiny_dit_config(40)
        source = DiT(**asdict(cfg))
        raw = {f"ema_model.transformer.{k}": v.to(torch.float16) for k, v in source.state_dict().items()}
        raw["ema_model.step"] = torch.tensor(7, dtype=torch.int64)
        raw["ema_model.initted"] = torch.tensor(True)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "model.safetensors")
            safetensors_reader.save_file(raw, path)
            self.assertEqual(safetensors_reader.read_header(path)["ema_model.transformer.proj_out.weight"]["dtype"],
                             "F16")
            target = DiT(**asdict(cfg))
            checkpoint.load_f5(target, path)
        expected = source.proj_out.weight.detach().to(torch.float16).to(torch.float32)
        self.assertTrue(torch.equal(target.proj_out.weight.detach(), expected))
        self.assertEqual(target.proj_out.weight.dtype, torch.float32)


class VocosCheckpointTests(unittest.TestCase):
    def test_strict_load_OfficialVocosKeys_83EntriesLoad(self):
        state = expand(VOCOS_KEYS, i_range=range(8))
        self.assertEqual(len(state), 83)
        checkpoint.strict_load(Vocos(**asdict(VOCOS_MEL_24KHZ)), state, "pytorch_model.bin")

    def test_strict_load_VocosMissingGamma_NamesTheKey(self):
        state = expand(VOCOS_KEYS, i_range=range(8))
        del state["backbone.convnext.3.gamma"]
        with self.assertRaisesRegex(checkpoint.CheckpointError, "missing key 'backbone.convnext.3.gamma'"):
            checkpoint.strict_load(Vocos(**asdict(VOCOS_MEL_24KHZ)), state, "pytorch_model.bin")

    def test_load_vocos_TorchFileWithExtraKey_NamesTheKey(self):
        state = expand(VOCOS_KEYS, i_range=range(8))
        state["head.extra.bias"] = torch.zeros(3)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "pytorch_model.bin")
            torch.save(state, path)
            with self.assertRaisesRegex(checkpoint.CheckpointError, "unexpected key 'head.extra.bias'"):
                checkpoint.load_vocos(Vocos(**asdict(VOCOS_MEL_24KHZ)), path)


if __name__ == "__main__":
    unittest.main()
