"""Run a pack's graphs with ONNX Runtime the way the C# engine will, and compare with the fixture goldens.

``python3 -m tools.export.verify_pack [--fixture tests/fixtures/f5-tiny] [--pack DIR] [--precision fp32]``
compares with the fixture goldens; ``--torch --frames N`` instead rebuilds the pack's PyTorch models from the
manifest's ``source`` (checkpoints or random-init seed) and compares every graph on random inputs of N frames.
Needs the ``onnxruntime`` package (not needed by anything else in this tool). Prints the largest absolute difference
per tensor and fails when one exceeds ``--tolerance``.

Shape legend: as in ``make_tiny_fixture.py``.
"""

import argparse
import json
import os
import sys

import numpy as np


def _session(ort, folder: str, manifest: dict, role: str, precision: str):
    entry = next(g for g in manifest["graphs"] if g["role"] == role and g["precision"] == precision)
    providers = [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in ort.get_available_providers()]
    return ort.InferenceSession(os.path.join(folder, entry["file"]), providers=providers)


def compare_with_torch(folder: str, precision: str, frames: int) -> dict:
    """ORT vs the PyTorch modules the pack was made from, on random inputs: {name: (ours, torch)}."""
    import onnxruntime as ort
    import torch

    from tools.export import build

    with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    src = manifest["source"]
    models = (build.random_init(src["tiny"], src["seed"], None if src["vocab"] == "built-in" else src["vocab"])
              if src["kind"] == "random-init" else
              build.from_checkpoints(src["checkpoint"], src["vocoder"], src["vocab"]))
    gen = torch.Generator().manual_seed(0)
    nt, t_ref = max(2, frames // 4), max(2, frames // 3)
    text = torch.randint(0, len(models.vocab), (1, nt), generator=gen)
    cond = torch.zeros(1, frames, 100)
    cond[:, :t_ref] = torch.randn(1, t_ref, 100, generator=gen)
    x, t = torch.randn(1, frames, 100, generator=gen), torch.tensor([0.37])
    with torch.no_grad():
        cond_proj, cos, sin = models.dit.conditioning(text, cond)
        velocity = models.dit.step(x, cond_proj, cos, sin, t)
        waveform = models.vocos.decode(x.transpose(1, 2))
    feeds = {"conditioning": {"text": text.numpy(), "cond": cond.numpy()},
             "dit_step": {"x": x.numpy(), "cond_proj": cond_proj.numpy(), "rope_cos": cos.numpy(),
                          "rope_sin": sin.numpy(), "t": t.numpy()},
             "vocoder": {"mel": x.transpose(1, 2).contiguous().numpy()}}
    expected = {"conditioning": [cond_proj, cos, sin], "dit_step": [velocity], "vocoder": [waveform]}
    names = {"conditioning": ["cond_proj", "rope_cos", "rope_sin"], "dit_step": ["velocity"],
             "vocoder": ["waveform"]}
    out = {}
    for role, feed in feeds.items():
        produced = _session(ort, folder, manifest, role, precision).run(None, feed)
        for name, ours, ref in zip(names[role], produced, expected[role]):
            out[name] = (ours, ref.numpy())
    return out


def run_pack(folder: str, fixture: str, precision: str) -> dict:
    """The C# pipeline in NumPy + ORT, fed with the fixture's inputs; returns the produced tensors by golden name."""
    import onnxruntime as ort  # only this tool needs it

    with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    with open(os.path.join(fixture, "goldens.json"), encoding="utf-8") as f:
        meta = json.load(f)
    load = lambda name: np.load(os.path.join(fixture, f"{name}.npy"))  # noqa: E731
    ref_mel, ids, noise, grid = load("ref_mel"), load("text_ids"), load("noise"), load("time_grid")
    n, t_ref, cut = meta["frames"], meta["t_ref"], meta["ref_audio_len"]
    cfg = meta["parameters"]["cfg_strength"]
    cond = np.zeros((1, n, ref_mel.shape[2]), np.float32)
    cond[:, :t_ref] = ref_mel
    out = {}
    conditioning = _session(ort, folder, manifest, "conditioning", precision)
    out["cond_proj"], out["rope_cos"], out["rope_sin"] = conditioning.run(None, {"text": ids, "cond": cond})
    step = _session(ort, folder, manifest, "dit_step", precision)
    x = noise.copy()
    for k in range(len(grid) - 1):
        (velocity,) = step.run(None, {"x": x, "cond_proj": out["cond_proj"], "rope_cos": out["rope_cos"],
                                      "rope_sin": out["rope_sin"], "t": grid[k:k + 1]})
        v = velocity[0:1] + (velocity[0:1] - velocity[1:2]) * np.float32(cfg)
        x = x + (grid[k + 1] - grid[k]) * v
        if k == 0:
            out["velocity_step0"], out["x_step1"] = velocity, x
    out["x_final"] = x
    mel = x.copy()
    mel[:, :t_ref] = ref_mel
    out["mel_sampled"] = mel
    out["mel_generated"] = np.ascontiguousarray(mel[:, cut:].transpose(0, 2, 1))
    vocoder = _session(ort, folder, manifest, "vocoder", precision)
    (out["vocoder_waveform"],) = vocoder.run(None, {"mel": load("mel_generated")})
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--fixture", default=os.path.join("tests", "fixtures", "f5-tiny"))
    p.add_argument("--pack", help="pack folder (default: the fixture folder)")
    p.add_argument("--precision", default="fp32", choices=("fp32", "fp16"))
    p.add_argument("--tolerance", type=float, default=1e-3)
    p.add_argument("--torch", action="store_true", help="compare with the PyTorch modules instead of goldens")
    p.add_argument("--frames", type=int, default=300, help="N for --torch (default 300)")
    args = p.parse_args(argv)
    if args.torch:
        pairs = compare_with_torch(args.pack or args.fixture, args.precision, args.frames)
    else:
        produced = run_pack(args.pack or args.fixture, args.fixture, args.precision)
        pairs = {name: (value, np.load(os.path.join(args.fixture, f"{name}.npy")))
                 for name, value in produced.items()}
    worst = 0.0
    for name, (value, golden) in pairs.items():
        if golden.shape != value.shape:
            print(f"{name}: shape {list(value.shape)}, golden {list(golden.shape)}")
            return 1
        diff = float(np.max(np.abs(golden - value)))
        worst = max(worst, diff)
        print(f"{name:18s} {str(list(value.shape)):18s} max |diff| {diff:.3e}  (golden max {np.abs(golden).max():.3g})")
    print(f"worst {worst:.3e}, tolerance {args.tolerance:g}")
    return 0 if worst <= args.tolerance else 1


if __name__ == "__main__":
    sys.exit(main())
