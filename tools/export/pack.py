"""Writing a model pack folder: graphs per precision, the mel filterbank, ``manifest.json``; then re-validation.

Pack layout (see README): ``manifest.json``, ``mel_filterbank.npy`` (513, 100) float32, and per precision p
``conditioning.p.onnx``, ``dit_step.p.onnx``, ``vocoder.p.onnx`` (+ ``vocoder_spectrum.p.onnx`` on request).

Shape legend: trace sizes nt, N, T are small example lengths; every one of them is a dynamic axis in the files.
"""

import os
import sys
from typing import Iterable

import numpy as np

from tools.export import fp16, manifest
from tools.export.config import N_FFT
from tools.export.graphs import ConditioningGraph, DiTEulerStepGraph, DiTStepGraph, GraphSpec, VocoderGraph, \
    euler_step_spec, example_inputs, graph_specs
from tools.export.onnx_export import check_file, export_graph
from tools.export.shape_free_conv import with_shape_free_convs

TRACE_SIZES = {"nt": 24, "N": 64, "T": 40}
KEEP_FP32_SCOPES = ("istft",)  # the inverse-DFT MatMul stays float32 (the official vocoder runs in float32)
# The ODE time's sinusoid needs float32 angles (1000 t), and the Euler update (t_next - t, the guidance strength, the
# state) stays float32 as in the sampler; the rest of the step is float16.
STEP_FP32_INPUTS = ("t", "t_next", "cfg")
STEP_FP32_SCOPES = ("/euler/",)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def write_pack(folder: str, name: str, models, precisions: Iterable[str] = ("fp32", "fp16"),
               vocoder_spectrum: bool = False) -> dict:
    """Export every graph of ``models`` (a ``build.Models``) into ``folder``; returns the manifest written."""
    os.makedirs(folder, exist_ok=True)
    cfg = models.dit_config
    wave_specs = graph_specs(cfg.dim, cfg.dim_head, cfg.mel_dim, N_FFT, spectrum=False)
    jobs = [(wave_specs[0], ConditioningGraph(models.dit)), (wave_specs[1], DiTStepGraph(models.dit)),
            (wave_specs[2], VocoderGraph(models.vocos, spectrum=False))]
    if vocoder_spectrum:
        spec = graph_specs(cfg.dim, cfg.dim_head, cfg.mel_dim, N_FFT, spectrum=True)[2]
        jobs.append((GraphSpec("vocoder_spectrum", spec.inputs, spec.outputs),
                     VocoderGraph(models.vocos, spectrum=True)))
    entries = []
    for spec, module in jobs:
        fp32_file = f"{spec.role}.fp32.onnx"
        example = example_inputs(spec, TRACE_SIZES, cfg.text_num_embeds)
        if "fp32" in precisions:
            _log(f"exporting {fp32_file}")
            export_graph(module, spec, example, os.path.join(folder, fp32_file))
            entries.append(manifest.graph_entry(spec, fp32_file, "fp32"))
        if "fp16" in precisions:
            # The FP16 files are the GPU graphs, traced again in their GPU form: the DiT step fused with its Euler
            # update (and then in float16 from end to end but for the update), the other graphs with shape-free
            # convolutions (then mixed precision).
            gpu_source = os.path.join(folder, f"{spec.role}.gpu-fp32.onnx")
            _log(f"exporting {os.path.basename(gpu_source)}")
            fused = spec.role == "dit_step"
            gpu_spec = euler_step_spec(spec, cfg.mel_dim) if fused else spec
            gpu_module = DiTEulerStepGraph(models.dit) if fused else with_shape_free_convs(module)
            export_graph(gpu_module, gpu_spec, example_inputs(gpu_spec, TRACE_SIZES, cfg.text_num_embeds), gpu_source,
                         contrib_ops=fused)
            fp16_file = f"{spec.role}.fp16.onnx"
            _log(f"converting {fp16_file}")
            if fused:
                fp16.convert_file(gpu_source, os.path.join(folder, fp16_file), keep_fp32_scopes=STEP_FP32_SCOPES,
                                  half_body_fp32_inputs=STEP_FP32_INPUTS)
            else:
                fp16.convert_file(gpu_source, os.path.join(folder, fp16_file), keep_fp32_scopes=KEEP_FP32_SCOPES)
            os.remove(gpu_source)
            check_file(os.path.join(folder, fp16_file), gpu_spec)
            entries.append(manifest.graph_entry(gpu_spec, fp16_file, "fp16"))
    np.save(os.path.join(folder, manifest.FILTERBANK), models.filterbank.numpy().astype(np.float32))
    data = manifest.build_manifest(name, models, entries)
    manifest.write_manifest(folder, data)
    manifest.validate_pack(folder)
    return data
