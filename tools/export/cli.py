"""Command line: ``python3 -m tools.export --checkpoint PATH --vocoder PATH --vocab PATH --out models/<name>``.

``--random-init`` builds a full-size pack with seeded random weights; ``--random-init --tiny`` a small one of the
same architecture. Shape legend: none (argument handling only).
"""

import argparse
import os
import sys

from tools.export import build, pack


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python3 -m tools.export",
                                description="Export F5-TTS v1 Base + Vocos mel-24kHz to an ONNX model pack.")
    p.add_argument("--checkpoint", help="F5TTS_v1_Base model_1250000.safetensors (EMA weights)")
    p.add_argument("--vocoder", help="charactr/vocos-mel-24khz pytorch_model.bin")
    p.add_argument("--vocab", help="F5TTS_v1_Base vocab.txt (optional with --random-init)")
    p.add_argument("--out", required=True, help="pack folder to write, e.g. models/f5-v1-base")
    p.add_argument("--random-init", action="store_true", help="seeded random weights instead of checkpoints")
    p.add_argument("--tiny", action="store_true", help="with --random-init: small model, same architecture")
    p.add_argument("--seed", type=int, default=0, help="seed for --random-init (default 0)")
    p.add_argument("--precision", nargs="+", choices=("fp32", "fp16"), default=["fp32", "fp16"],
                   help="graph precisions to write (default: fp32 fp16)")
    p.add_argument("--vocoder-spectrum", action="store_true",
                   help="also write vocoder_spectrum.*.onnx ending at (real, imag) for an ISTFT in C#")
    p.add_argument("--name", help="pack name recorded in the manifest (default: the folder name)")
    args = p.parse_args(argv)
    if args.tiny and not args.random_init:
        p.error("--tiny needs --random-init")
    if not args.random_init:
        missing = [flag for flag, value in (("--checkpoint", args.checkpoint), ("--vocoder", args.vocoder),
                                            ("--vocab", args.vocab)) if not value]
        if missing:
            p.error(f"{', '.join(missing)} required unless --random-init is given")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.random_init:
        models = build.random_init(args.tiny, args.seed, args.vocab)
    else:
        models = build.from_checkpoints(args.checkpoint, args.vocoder, args.vocab)
    name = args.name or os.path.basename(os.path.normpath(args.out))
    data = pack.write_pack(args.out, name, models, args.precision, args.vocoder_spectrum)
    for entry in data["graphs"]:
        size = os.path.getsize(os.path.join(args.out, entry["file"]))
        print(f"{entry['file']}: {size / 1e6:.1f} MB, "
              f"in {[(t['name'], t['shape']) for t in entry['inputs']]}, "
              f"out {[(t['name'], t['shape']) for t in entry['outputs']]}")
    print(f"wrote {os.path.join(args.out, 'manifest.json')}", file=sys.stderr)
    return 0
