"""bench_torch's pipeline on the tiny model (CPU, float32) and compare_npy's error measure."""

import unittest

import numpy as np
import torch

from tools.export import bench_torch, build, compare_npy, wav_io
from tools.export.config import SAMPLE_RATE


class BenchTorchTest(unittest.TestCase):
    def test_speak_gives_the_planned_length_and_finite_audio(self):
        models = build.random_init(tiny=True, seed=0)
        reference = wav_io.synthetic_voice(bench_torch.REFERENCE_SECONDS, SAMPLE_RATE).astype(np.float32) / 32768.0
        pipeline = bench_torch.Pipeline(models, torch.device("cpu"), "eager-fp32", nfe=7, cfg_strength=2.0,
                                        ref_wave=reference)
        result = pipeline.speak(bench_torch.CASES[0][1], seed=0)
        frames_generated = result["mel"].shape[1]
        self.assertEqual(result["wave"].shape, (256 * (frames_generated - 1),))
        self.assertTrue(np.isfinite(result["wave"]).all())
        self.assertEqual(set(result["stages_ms"]), set(bench_torch.STAGES))

    def test_relative_errors_of_a_scaled_copy(self):
        reference = np.array([1.0, -2.0, 2.0], dtype=np.float32)
        l2, peak = compare_npy.relative_errors(reference, reference * 1.001)
        self.assertAlmostEqual(l2, 1e-3, places=6)
        self.assertAlmostEqual(peak, 1e-3, places=6)

    def test_relative_errors_refuse_different_shapes(self):
        with self.assertRaisesRegex(ValueError, "shapes differ"):
            compare_npy.relative_errors(np.zeros(3), np.zeros(4))


if __name__ == "__main__":
    unittest.main()
