"""Time grid, CFG, Euler loop and duration arithmetic (spec §3, §6), and the torch RNG the goldens rely on."""

import unittest
from dataclasses import asdict

import torch

from tools.export import duration, sampler
from tools.export.config import tiny_dit_config
from tools.export.dit import DiT

SPEC_SWAY_32 = [0, 0.001205, 0.004815, 0.010823, 0.019215, 0.029969, 0.04306, 0.058456, 0.07612, 0.096011, 0.118079,
                0.142271, 0.16853, 0.196792, 0.22699, 0.259049, 0.292893, 0.328441, 0.365607, 0.404301, 0.44443,
                0.485897, 0.528603, 0.572445, 0.617317, 0.66311, 0.709715, 0.75702, 0.80491, 0.85327, 0.901983,
                0.950932, 1]


class TimeGridTests(unittest.TestCase):
    def test_time_grid_32Steps_MatchesSpecList(self):
        grid = sampler.time_grid(32, -1.0)
        self.assertEqual(grid.dtype, torch.float32)
        self.assertTrue(torch.allclose(grid, torch.tensor(SPEC_SWAY_32), atol=1e-6))

    def test_time_grid_Epss7WithoutSway_IsMultiplesOf1Over32(self):
        grid = sampler.time_grid(7, None)
        self.assertEqual(grid.tolist(), [x / 32 for x in (0, 2, 4, 6, 8, 16, 24, 32)])


class CfgTests(unittest.TestCase):
    def test_cfg_combine_Strength2_IsThreeCondMinusTwoUncond(self):
        pair = torch.stack([torch.full((1, 3, 2), 1.0), torch.full((1, 3, 2), 0.25)]).squeeze(1)
        self.assertTrue(torch.allclose(sampler.cfg_combine(pair, 2.0), torch.full((1, 3, 2), 2.5)))

    def test_cfg_combine_ZeroStrength_ReturnsConditionalRow(self):
        pair = torch.randn(2, 3, 2)
        self.assertTrue(torch.equal(sampler.cfg_combine(pair, 0.0), pair[0:1]))


class SampleTests(unittest.TestCase):
    def test_sample_Result_KeepsReferenceFramesAndCutDropsTrefMinusOne(self):
        torch.manual_seed(0)
        model = DiT(**asdict(tiny_dit_config(20))).eval()
        ref_mel = torch.randn(12, 100)
        out = sampler.sample(model, torch.tensor([[1, 2, 3]]), ref_mel, torch.randn(30, 100), 5, 2.0, -1.0)
        self.assertTrue(torch.equal(out[0, :12], ref_mel))
        cut = sampler.cut_reference(out, 11)
        self.assertEqual(list(cut.shape), [1, 100, 19])
        self.assertTrue(torch.equal(cut[0, :, 0], ref_mel[11]))


class DurationTests(unittest.TestCase):
    def test_total_frames_SpecExample_Gives1913(self):
        dur = duration.total_frames(119110, "x" * 52, "y" * 162, text_tokens=214)
        self.assertEqual((dur.ref_audio_len, dur.t_ref, dur.frames), (465, 466, 1913))

    def test_total_frames_ShortChunk_UsesSpeed03(self):
        dur = duration.total_frames(25600, "x" * 20, "Hi there", text_tokens=10)
        self.assertEqual(dur.frames, 100 + int(100 / 20 * 8 / 0.3))

    def test_total_frames_LongText_AtLeastTokensPlusOne(self):
        dur = duration.total_frames(2560, "x" * 100, "y" * 10, text_tokens=50)
        self.assertEqual(dur.frames, 51)


class TorchNoiseTests(unittest.TestCase):
    def test_randn_Seed0_MatchesSpecValues(self):
        torch.manual_seed(0)
        row = torch.randn(1913, 100)[0, :6]
        expected = torch.tensor([-1.12584, -1.15236, -0.250579, -0.433879, 0.84871, 0.692009])
        self.assertTrue(torch.allclose(row, expected, atol=1e-4))


if __name__ == "__main__":
    unittest.main()
