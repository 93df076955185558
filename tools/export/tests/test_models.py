"""DiT split equals the official single pass; ISTFT and mel front-end against torch (spec §1.3, §5, §7.4)."""

import math
import unittest
from dataclasses import asdict

import torch

from tools.export import mel
from tools.export.config import tiny_dit_config, tiny_vocos_config
from tools.export.dit import DiT
from tools.export.graphs import DiTFlowStepGraph, EulerUpdate
from tools.export.sampler import cfg_combine
from tools.export.istft import ISTFT
from tools.export.vocos import Vocos


class DiTTests(unittest.TestCase):
    def test_conditioning_then_step_EqualsUnsplitForward(self):
        torch.manual_seed(0)
        model = DiT(**asdict(tiny_dit_config(30))).eval()
        for block in model.text_embed.text_blocks:  # make GRN active (zero-initialised)
            torch.nn.init.normal_(block.grn.gamma, std=0.5)
        text, cond = torch.randint(0, 30, (1, 9)), torch.zeros(1, 40, 100)
        cond[:, :15] = torch.randn(1, 15, 100)
        x, t = torch.randn(1, 40, 100), torch.tensor([0.3])
        with torch.no_grad():
            split = model.step(x, *model.conditioning(text, cond), t)
            whole = model(x, cond, text, t)
        self.assertEqual(list(split.shape), [2, 40, 100])
        self.assertLess(float((split - whole).abs().max()), 1e-5)

    def test_step_FusedOps_EqualsPlain(self):
        torch.manual_seed(1)
        model = DiT(**asdict(tiny_dit_config(30))).eval()
        text, cond = torch.randint(0, 30, (1, 7)), torch.randn(1, 33, 100)
        x, t = torch.randn(1, 33, 100), torch.tensor([0.6])
        with torch.no_grad():
            conditioning = model.conditioning(text, cond)
            plain = model.step(x, *conditioning, t)
            fused = model.step(x, *conditioning, t, fused_ops=True)
        self.assertLess(float((plain - fused).abs().max()), 1e-5 * float(plain.abs().max()) + 1e-6)

    def test_euler_update_EqualsTheSamplersStep(self):
        torch.manual_seed(2)
        x, pair = torch.randn(1, 9, 100), torch.randn(2, 9, 100)
        t0, t1 = torch.tensor([0.25]), torch.tensor([0.5])
        for strength in (2.0, 0.0):  # 0: the conditional velocity alone, as the sampler below 1e-5
            expected = x + (t1 - t0) * cfg_combine(pair, strength)
            got = EulerUpdate()(x, pair, t0, t1, torch.tensor([strength]))
            self.assertLess(float((got - expected).abs().max()), 1e-6, strength)

    def test_flow_step_OverTheTables_EqualsStepAndUpdate(self):
        torch.manual_seed(3)
        model = DiT(**asdict(tiny_dit_config(30))).eval()
        text, cond = torch.randint(0, 30, (1, 7)), torch.randn(1, 21, 100)
        x, grid, cfg = torch.randn(1, 21, 100), torch.tensor([0.0, 0.2, 0.55, 1.0]), torch.tensor([2.0])
        with torch.no_grad():
            conditioning = model.conditioning(text, cond)
            table = model.modulation(grid)
            for fused in (False, True):
                graph = DiTFlowStepGraph(model, fused_ops=fused)
                got, step_next = graph(x, *conditioning, grid, table, torch.tensor([1]), cfg)
                expected = EulerUpdate()(x, model.step(x, *conditioning, grid[1:2]), grid[1:2], grid[2:3], cfg)
                self.assertEqual(step_next.tolist(), [2])
                self.assertLess(float((got - expected).abs().max()), 1e-5 * float(expected.abs().max()), fused)

    def test_text_embed_LongerThanFrames_CutToFrames(self):
        torch.manual_seed(0)
        model = DiT(**asdict(tiny_dit_config(30))).eval()
        text = torch.randint(0, 30, (1, 12))
        with torch.no_grad():
            cut = model.text_embed(text, torch.arange(8).float(), drop_text=False)
            whole = model.text_embed(text[:, :8], torch.arange(8).float(), drop_text=False)
        self.assertEqual(list(cut.shape), [1, 8, model.text_embed.text_dim])
        self.assertTrue(torch.equal(cut, whole))

    def test_text_embed_Uncond_ZeroBeyondTextAndNonZeroOnText(self):
        torch.manual_seed(0)
        model = DiT(**asdict(tiny_dit_config(30))).eval()
        with torch.no_grad():
            e = model.text_embed(torch.randint(0, 30, (1, 5)), torch.arange(12).float(), drop_text=True)
        self.assertEqual(float(e[0, 5:].abs().max()), 0.0)
        self.assertGreater(float(e[0, :5].abs().max()), 0.0)

    def test_rotary_Position1_RotatesPairsByInvFreq(self):
        model = DiT(**asdict(tiny_dit_config(30)))
        cos, sin = model.rotary_embed(torch.arange(3).float())
        inv = model.rotary_embed.inv_freq
        self.assertTrue(torch.allclose(cos[1, 0::2], torch.cos(inv)) and torch.allclose(sin[1, 1::2], torch.sin(inv)))


class VocoderTests(unittest.TestCase):
    def test_istft_RandomSpectrum_MatchesTorchIstft(self):
        gen = torch.Generator().manual_seed(1)
        re, im = torch.randn(1, 513, 50, generator=gen), torch.randn(1, 513, 50, generator=gen)
        ours = ISTFT(1024, 256)(re, im)
        ref = torch.istft(torch.complex(re, im), 1024, 256, 1024, torch.hann_window(1024), center=True)
        self.assertEqual(list(ours.shape), [1, 12544])
        self.assertLess(float((ours - ref).abs().max()), 1e-6)

    def test_decode_50Frames_Gives12544Samples(self):
        vocos = Vocos(**asdict(tiny_vocos_config())).eval()
        with torch.no_grad():
            self.assertEqual(list(vocos.decode(torch.randn(1, 100, 50)).shape), [1, 12544])


class MelTests(unittest.TestCase):
    def test_log_mel_48000Samples_Gives188Frames(self):
        self.assertEqual(list(mel.log_mel(torch.zeros(48000), mel.mel_filterbank()).shape), [188, 100])

    def test_log_mel_Silence_IsLogOfClamp(self):
        self.assertAlmostEqual(float(mel.log_mel(torch.zeros(1000), mel.mel_filterbank()).max()), math.log(1e-5),
                               places=5)

    def test_mel_filterbank_MatchesFloat64Formula(self):
        fb = mel.mel_filterbank().double()
        f = torch.linspace(0, 12000, 513, dtype=torch.float64)
        to_hz = lambda m: 700 * (10 ** (m / 2595) - 1)  # noqa: E731
        pts = to_hz(torch.linspace(0, 2595 * math.log10(1 + 12000 / 700), 102, dtype=torch.float64))
        m = 40
        expected = torch.clamp(torch.min((f - pts[m]) / (pts[m + 1] - pts[m]),
                                         (pts[m + 2] - f) / (pts[m + 2] - pts[m + 1])), min=0)
        self.assertLess(float((fb[:, m] - expected).abs().max()), 2e-5)

    def test_rms_normalise_QuietWave_BoostedTo01(self):
        wave, rms = mel.rms_normalise(torch.full((100,), 0.05))
        self.assertAlmostEqual(rms, 0.05, places=6)
        self.assertAlmostEqual(float(torch.sqrt(torch.mean(wave ** 2))), 0.1, places=6)


if __name__ == "__main__":
    unittest.main()
