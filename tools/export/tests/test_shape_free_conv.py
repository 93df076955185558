"""The shape-free convolutions against nn.Conv1d, and the swap leaving other convolutions alone."""

import unittest

import torch
from torch import nn

from tools.export.shape_free_conv import ShiftedDepthwiseConv1d, UnfoldedConv1d, with_shape_free_convs


class ShapeFreeConvTests(unittest.TestCase):
    def setUp(self):
        torch.manual_seed(3)

    def test_ShiftedDepthwise_EqualsConv1d(self):
        conv = nn.Conv1d(6, 6, kernel_size=7, padding=3, groups=6)
        x = torch.randn(2, 6, 11)
        with torch.no_grad():
            self.assertLess(float((ShiftedDepthwiseConv1d(conv)(x) - conv(x)).abs().max()), 1e-6)

    def test_Unfolded_EqualsConv1d(self):
        conv = nn.Conv1d(5, 4, kernel_size=7, padding=3)
        x = torch.randn(1, 5, 9)
        with torch.no_grad():
            self.assertLess(float((UnfoldedConv1d(conv)(x) - conv(x)).abs().max()), 1e-5)

    def test_with_shape_free_convs_SwapsDepthwiseAndDenseOnly(self):
        model = nn.Sequential(nn.Conv1d(4, 4, 7, padding=3, groups=4), nn.Conv1d(4, 8, 7, padding=3),
                              nn.Conv1d(8, 8, 31, padding=15, groups=2), nn.Conv1d(8, 8, 3, padding=0))
        swapped = with_shape_free_convs(model)
        self.assertEqual([type(m).__name__ for m in swapped],
                         ["ShiftedDepthwiseConv1d", "UnfoldedConv1d", "Conv1d", "Conv1d"])
        self.assertIsInstance(model[0], nn.Conv1d)  # the original is not touched
        x = torch.randn(1, 4, 40)
        with torch.no_grad():
            self.assertLess(float((swapped(x) - model(x)).abs().max()), 1e-5)


if __name__ == "__main__":
    unittest.main()
