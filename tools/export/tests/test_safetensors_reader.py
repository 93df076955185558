"""The minimal safetensors reader: dtype from the header, offsets, corrupt files."""

import os
import struct
import tempfile
import unittest

import torch

from tools.export import safetensors_reader


class SafetensorsReaderTests(unittest.TestCase):
    def test_load_file_MixedDtypes_RoundTripsValuesAndDtypes(self):
        tensors = {"a": torch.randn(3, 4), "b": torch.randn(5).to(torch.float16), "c": torch.arange(6).reshape(2, 3),
                   "d": torch.randn(2, 2).to(torch.bfloat16)}
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "x.safetensors")
            safetensors_reader.save_file(tensors, path)
            loaded = safetensors_reader.load_file(path)
        for name, value in tensors.items():
            self.assertEqual(loaded[name].dtype, value.dtype, name)
            self.assertTrue(torch.equal(loaded[name], value), name)

    def test_load_file_TruncatedHeader_NamesTheFile(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "bad.safetensors")
            with open(path, "wb") as f:
                f.write(struct.pack("<Q", 1000) + b"{}")
            with self.assertRaises(safetensors_reader.SafetensorsError) as ctx:
                safetensors_reader.load_file(path)
        self.assertIn("bad.safetensors: header length 1000 runs past the end of the file", str(ctx.exception))


if __name__ == "__main__":
    unittest.main()
