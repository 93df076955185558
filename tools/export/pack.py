"""Writing a model pack folder: graphs per precision, the mel filterbank, ``manifest.json``; then re-validation.

Pack layout (see README): ``manifest.json``, ``mel_filterbank.npy`` (513, 100) float32, and per precision p
``conditioning.p.onnx``, ``dit_step.p.onnx``, ``vocoder.p.onnx`` (+ ``vocoder_spectrum.p.onnx`` on request); the
FP16 files add ``time_modulation.fp16.onnx``, which their flow step reads.

Shape legend: trace sizes nt, N, T are small example lengths; every one of them is a dynamic axis in the files.
"""

import os
import sys
from typing import Iterable

import numpy as np

from tools.export import fp16, manifest
from tools.export.config import N_FFT
from tools.export.graphs import ConditioningGraph, DiTFlowStepGraph, DiTStepGraph, GraphSpec, TimeModulationGraph, \
    VocoderGraph, example_inputs, flow_step_spec, graph_specs, time_modulation_spec
from tools.export.onnx_export import check_file, export_graph
from tools.export.shape_free_conv import with_shape_free_convs

TRACE_SIZES = {"nt": 24, "N": 64, "T": 40, "G": 8}
KEEP_FP32_SCOPES = ("istft",)  # the inverse-DFT MatMul stays float32 (the official vocoder runs in float32)
# The ODE time's sinusoid needs float32 angles (1000 t), and the Euler update (t_next - t, the guidance strength, the
# state) stays float32 as in the sampler; the rest of the step is float16, the AdaLN table included.
STEP_FP32_INPUTS = ("time_grid", "cfg")
STEP_FP32_SCOPES = ("/euler/",)
FLOAT16_TABLES = ("modulation",)


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
            # The FP16 files are the GPU graphs, traced again in their GPU form: the DiT step as a whole flow step
            # (then in float16 from end to end but for the update), the other graphs with shape-free convolutions
            # (then mixed precision).
            if spec.role == "dit_step":
                width = modulation_width(cfg)
                traced, table = time_modulation_spec(width), time_modulation_spec(width, "float16")
                entries.append(_export_fp16(folder, TimeModulationGraph(models.dit), traced, table, cfg,
                                            half_body_fp32_inputs=("time_grid",)))
                entries.append(_export_fp16(folder, DiTFlowStepGraph(models.dit),
                                            flow_step_spec(spec, traced, cfg.mel_dim),
                                            flow_step_spec(spec, table, cfg.mel_dim), cfg,
                                            half_body_fp32_inputs=STEP_FP32_INPUTS, keep_fp32_scopes=STEP_FP32_SCOPES,
                                            contrib_ops=True))
            else:
                entries.append(_export_fp16(folder, with_shape_free_convs(module), spec, spec, cfg,
                                            keep_fp32_scopes=KEEP_FP32_SCOPES))
    np.save(os.path.join(folder, manifest.FILTERBANK), models.filterbank.numpy().astype(np.float32))
    data = manifest.build_manifest(name, models, entries)
    manifest.write_manifest(folder, data)
    manifest.validate_pack(folder)
    return data


def modulation_width(cfg) -> int:
    """P of ``DiT.modulation``: eight (C,) vectors per block and two for the output norm."""
    return (8 * cfg.depth + 2) * cfg.dim


def _export_fp16(folder: str, module, traced_spec: GraphSpec, spec: GraphSpec, cfg, half_body_fp32_inputs=None,
                 keep_fp32_scopes=(), contrib_ops: bool = False) -> dict:
    """Trace ``module`` in float32 against ``traced_spec``, convert it to ``<role>.fp16.onnx`` (the half body when
    ``half_body_fp32_inputs`` is given, else mixed precision), check it against ``spec`` (the float16 tables'
    dtypes) and return its manifest entry."""
    source = os.path.join(folder, f"{spec.role}.gpu-fp32.onnx")
    _log(f"exporting {os.path.basename(source)}")
    export_graph(module, traced_spec, example_inputs(traced_spec, TRACE_SIZES, cfg.text_num_embeds), source,
                 contrib_ops=contrib_ops)
    file = f"{spec.role}.fp16.onnx"
    _log(f"converting {file}")
    fp16.convert_file(source, os.path.join(folder, file), keep_fp32_scopes=keep_fp32_scopes,
                      half_body_fp32_inputs=half_body_fp32_inputs,
                      float16_io=FLOAT16_TABLES if half_body_fp32_inputs is not None else ())
    os.remove(source)
    check_file(os.path.join(folder, file), spec)
    return manifest.graph_entry(spec, file, "fp16")
