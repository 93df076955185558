"""``manifest.json`` of a model pack: writing it and checking a pack folder against it.

Shape legend: graph I/O shapes are lists of ints and symbolic names (nt, N, T, S); see ``graphs.py``.
"""

import json
import os
from dataclasses import asdict
from typing import List

from tools.export.config import FORMAT_VERSION, HOP_LENGTH, MAX_FRAMES, MEL_CHANNELS, N_FFT, SAMPLE_RATE, \
    WIN_LENGTH
from tools.export.graphs import GraphSpec, TensorSpec
from tools.export.onnx_export import check_file

MANIFEST = "manifest.json"
FILTERBANK = "mel_filterbank.npy"
VELOCITY_NOTE = ("dit_step returns 'velocity' (2, N, 100): row 0 conditional (reference mel + text), row 1 "
                 "unconditional (zero mel, dropped text). The caller combines v = v0 + (v0 - v1) * cfg_strength "
                 "(v = v0 when cfg_strength < 1e-5) and takes the Euler step x += (t[k+1] - t[k]) * v.")
PRECISION_NOTE = ("fp32: everything float32. fp16: MatMul/Gemm/Conv in float16 with float16 weights, every other "
                  "op and all graph inputs/outputs float32 (autocast-style); meant for the CUDA provider.")


def graph_entry(spec: GraphSpec, file: str, precision: str) -> dict:
    """One ``graphs`` item: role, file, precision, inputs, outputs."""
    return {"role": spec.role, "file": file, "precision": precision,
            "inputs": [t.as_json() for t in spec.inputs], "outputs": [t.as_json() for t in spec.outputs]}


def build_manifest(name: str, models, graphs: List[dict]) -> dict:
    """The whole manifest for a pack made from ``build.Models``."""
    return {
        "format_version": FORMAT_VERSION,
        "name": name,
        "source": models.source,
        "sample_rate": SAMPLE_RATE,
        "hop_length": HOP_LENGTH,
        "n_fft": N_FFT,
        "win_length": WIN_LENGTH,
        "mel_channels": MEL_CHANNELS,
        "max_frames": MAX_FRAMES,
        "mel": {"window": "hann_periodic", "center": True, "pad_mode": "reflect", "power": 1.0, "f_min": 0.0,
                "f_max": SAMPLE_RATE / 2, "mel_scale": "htk", "norm": None, "log": "ln(max(mel, 1e-5))",
                "filterbank": FILTERBANK, "filterbank_shape": [N_FFT // 2 + 1, MEL_CHANNELS]},
        "dit": asdict(models.dit_config),
        "vocoder": asdict(models.vocos_config),
        "sampler_defaults": {"nfe_step": 32, "cfg_strength": 2.0, "sway_sampling_coef": -1.0, "use_epss": True,
                             "speed": 1.0, "target_rms": 0.1, "cross_fade_duration": 0.15},
        "velocity": VELOCITY_NOTE,
        "precision_note": PRECISION_NOTE,
        "vocab": list(models.vocab),
        "graphs": graphs,
    }


def write_manifest(folder: str, manifest: dict) -> str:
    """Write ``manifest.json`` (UTF-8, non-ASCII kept) and return its path."""
    path = os.path.join(folder, MANIFEST)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return path


def _spec_from_json(entry: dict) -> GraphSpec:
    def tensors(items):
        return [TensorSpec(t["name"], t["dtype"], tuple(t["shape"])) for t in items]

    return GraphSpec(entry["role"], tensors(entry["inputs"]), tensors(entry["outputs"]))


def validate_pack(folder: str) -> List[str]:
    """Check every graph listed in the manifest (checker + exact I/O); returns the files checked."""
    with open(os.path.join(folder, MANIFEST), encoding="utf-8") as f:
        manifest = json.load(f)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ValueError(f"{folder}/{MANIFEST}: format_version {manifest.get('format_version')!r}, "
                         f"expected {FORMAT_VERSION}")
    checked = []
    for entry in manifest["graphs"]:
        check_file(os.path.join(folder, entry["file"]), _spec_from_json(entry))
        checked.append(entry["file"])
    if not os.path.exists(os.path.join(folder, manifest["mel"]["filterbank"])):
        raise ValueError(f"{folder}: missing {manifest['mel']['filterbank']}")
    return checked
