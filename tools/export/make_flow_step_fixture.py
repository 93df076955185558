"""Write ``tests/fixtures/f5-tiny-flow``: the tiny pack's step in the form of the GPU graphs, as a whole flow step over
a message's time tables (``DiTFlowStepGraph``: x and the counter ``step`` in, ``x_next`` and ``step_next`` out), and
the ``time_modulation`` graph that makes its AdaLN table, both in float32 and with the plain attention so that ONNX
Runtime's CPU provider runs them in CI, where no GPU is (its ``MultiHeadAttention`` has no packed-QKV form on the
CPU; the fused step is checked against the plain one in PyTorch), plus a ``manifest.json`` listing them in place of
the tiny pack's step. The weights are the tiny pack's (the same seed as ``make_tiny_fixture``), so a copy of
``tests/fixtures/f5-tiny`` with these three files laid over it must reproduce the tiny pack's goldens.

Run from the repository root: ``python3 -m tools.export.make_flow_step_fixture``. Deterministic for a torch version.
"""

import json
import os
import sys

if __package__ in (None, ""):  # allow ``python3 tools/export/make_flow_step_fixture.py``
    sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))

from tools.export import build, manifest  # noqa: E402
from tools.export.config import N_FFT  # noqa: E402
from tools.export.graphs import DiTFlowStepGraph, TimeModulationGraph, example_inputs, flow_step_spec, \
    graph_specs, time_modulation_spec  # noqa: E402
from tools.export.make_tiny_fixture import FIXTURE as TINY, SEED  # noqa: E402
from tools.export.onnx_export import export_graph  # noqa: E402
from tools.export.pack import TRACE_SIZES, modulation_width  # noqa: E402

FIXTURE = os.path.join("tests", "fixtures", "f5-tiny-flow")


def main() -> int:
    models = build.random_init(tiny=True, seed=SEED)
    cfg = models.dit_config
    table = time_modulation_spec(modulation_width(cfg))
    step = flow_step_spec(graph_specs(cfg.dim, cfg.dim_head, cfg.mel_dim, N_FFT, spectrum=False)[1], table, cfg.mel_dim)
    os.makedirs(FIXTURE, exist_ok=True)
    entries = {}
    graphs = ((table, TimeModulationGraph(models.dit)), (step, DiTFlowStepGraph(models.dit, fused_ops=False)))
    for spec, module in graphs:
        file = f"{spec.role}.fp32.onnx"
        export_graph(module, spec, example_inputs(spec, TRACE_SIZES, cfg.text_num_embeds), os.path.join(FIXTURE, file))
        entries[spec.role] = manifest.graph_entry(spec, file, "fp32")
        print(f"wrote {file} ({os.path.getsize(os.path.join(FIXTURE, file)) / 1e6:.2f} MB)")
    with open(os.path.join(TINY, manifest.MANIFEST), encoding="utf-8") as f:
        data = json.load(f)
    data["graphs"] = [entries.get(g["role"], g) for g in data["graphs"]] + [entries[table.role]]
    manifest.write_manifest(FIXTURE, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
