"""Write ``tests/fixtures/f5-tiny-euler/dit_step.fp32.onnx``: the tiny pack's step with the Euler update of the GPU
graphs (``DiTEulerStepGraph``: inputs ``t_next`` and ``cfg``, output ``x_next``), in float32 and with the plain
attention so that ONNX Runtime's CPU provider runs it in CI, where no GPU is (its ``MultiHeadAttention`` has no
packed-QKV form on the CPU; the fused step is checked against the plain one in PyTorch). The weights are the tiny
pack's (the same seed as ``make_tiny_fixture``), so a copy of ``tests/fixtures/f5-tiny`` with this step graph in
place must reproduce the tiny pack's goldens.

Run from the repository root: ``python3 -m tools.export.make_euler_step_fixture``. Deterministic for a torch version.
"""

import os
import sys

if __package__ in (None, ""):  # allow ``python3 tools/export/make_euler_step_fixture.py``
    sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))

from tools.export import build  # noqa: E402
from tools.export.config import N_FFT  # noqa: E402
from tools.export.graphs import DiTEulerStepGraph, euler_step_spec, example_inputs, graph_specs  # noqa: E402
from tools.export.make_tiny_fixture import SEED  # noqa: E402
from tools.export.onnx_export import export_graph  # noqa: E402
from tools.export.pack import TRACE_SIZES  # noqa: E402

FIXTURE = os.path.join("tests", "fixtures", "f5-tiny-euler")


def main() -> int:
    models = build.random_init(tiny=True, seed=SEED)
    cfg = models.dit_config
    spec = euler_step_spec(graph_specs(cfg.dim, cfg.dim_head, cfg.mel_dim, N_FFT, spectrum=False)[1], cfg.mel_dim)
    os.makedirs(FIXTURE, exist_ok=True)
    path = os.path.join(FIXTURE, "dit_step.fp32.onnx")
    export_graph(DiTEulerStepGraph(models.dit, fused_ops=False), spec,
                 example_inputs(spec, TRACE_SIZES, cfg.text_num_embeds), path)
    print(f"wrote {path} ({os.path.getsize(path) / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
