"""Minimal reader (and test-only writer) for the safetensors format.

Layout: 8-byte little-endian unsigned header length H; H bytes of UTF-8 JSON mapping each tensor name to
``{"dtype": "F32", "shape": [...], "data_offsets": [begin, end]}`` (offsets relative to the end of the header) plus an
optional ``"__metadata__"`` entry; then the raw little-endian buffers. The dtype comes from the header (decision 7).

Shape legend: every tensor keeps the shape stored in the header.
"""

import json
import struct
from typing import Dict

import numpy as np
import torch

# safetensors dtype code -> (numpy dtype, torch dtype); BF16 has no numpy type and is widened via int16 bits.
_DTYPES = {
    "F64": (np.float64, torch.float64),
    "F32": (np.float32, torch.float32),
    "F16": (np.float16, torch.float16),
    "BF16": (np.int16, torch.bfloat16),
    "I64": (np.int64, torch.int64),
    "I32": (np.int32, torch.int32),
    "I16": (np.int16, torch.int16),
    "I8": (np.int8, torch.int8),
    "U8": (np.uint8, torch.uint8),
    "BOOL": (np.bool_, torch.bool),
}


class SafetensorsError(ValueError):
    """The file is not a well-formed safetensors file; the message names the file and the problem."""


def read_header(path: str) -> Dict[str, dict]:
    """Return the JSON header of ``path`` (tensor name -> dtype/shape/data_offsets), without ``__metadata__``."""
    with open(path, "rb") as f:
        raw_len = f.read(8)
        if len(raw_len) != 8:
            raise SafetensorsError(f"{path}: shorter than the 8-byte header length")
        (header_len,) = struct.unpack("<Q", raw_len)
        header_bytes = f.read(header_len)
    if len(header_bytes) != header_len:
        raise SafetensorsError(f"{path}: header length {header_len} runs past the end of the file")
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:  # corrupt header: report which file
        raise SafetensorsError(f"{path}: header is not valid UTF-8 JSON ({err})") from err
    header.pop("__metadata__", None)
    return header


def load_file(path: str) -> Dict[str, torch.Tensor]:
    """Read every tensor of ``path`` into CPU torch tensors of the dtype and shape given in the header."""
    header = read_header(path)
    with open(path, "rb") as f:
        (header_len,) = struct.unpack("<Q", f.read(8))
        f.seek(8 + header_len)
        data = f.read()  # offsets in the header are relative to the byte after the header
    tensors = {}
    for name, info in header.items():
        code = info.get("dtype")
        if code not in _DTYPES:
            raise SafetensorsError(f"{path}: tensor '{name}' has unsupported dtype {code!r}")
        np_dtype, torch_dtype = _DTYPES[code]
        begin, end = info["data_offsets"]
        shape = [int(d) for d in info["shape"]]
        count = int(np.prod(shape)) if shape else 1
        if end - begin != count * np.dtype(np_dtype).itemsize or end > len(data):
            raise SafetensorsError(f"{path}: tensor '{name}' offsets {begin}..{end} do not fit {code} {shape}")
        array = np.frombuffer(data, dtype=np.dtype(np_dtype).newbyteorder("<"), count=count, offset=begin)
        tensor = torch.from_numpy(array.astype(np_dtype, copy=True)).reshape(shape)
        tensors[name] = tensor.view(torch_dtype) if code == "BF16" else tensor
    return tensors


def save_file(tensors: Dict[str, torch.Tensor], path: str) -> None:
    """Write ``tensors`` as safetensors (used by tests and by ``--random-init`` round trips)."""
    codes = {v[1]: k for k, v in _DTYPES.items()}
    header, buffers, offset = {}, [], 0
    for name in sorted(tensors):
        t = tensors[name].detach().contiguous().cpu()
        raw = (t.view(torch.int16) if t.dtype == torch.bfloat16 else t).numpy().astype(
            np.dtype(_DTYPES[codes[t.dtype]][0]).newbyteorder("<")).tobytes()
        header[name] = {"dtype": codes[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        buffers.append(raw)
        offset += len(raw)
    header_bytes = json.dumps(header).encode("utf-8")
    header_bytes += b" " * (-len(header_bytes) % 8)  # the format pads the header to 8 bytes with spaces
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(header_bytes)))
        f.write(header_bytes)
        for raw in buffers:
            f.write(raw)
