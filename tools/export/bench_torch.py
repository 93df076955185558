"""PyTorch reference benchmark: the export tool's own models and pipeline steps, timed end to end on one device.

``python3 -m tools.export.bench_torch --modes eager-fp16 compile-fp16 --runs 10`` builds the full-size model with
seeded random weights (``build.random_init``), prepares a 5 s synthetic reference once (``wav_io.synthetic_voice``),
and speaks three messages sized for ~2 s, ~5 s and ~15 s of audio at NFE 7, CFG 2, seed 0. Each timed call runs
text -> ids -> N -> noise -> conditioning -> NFE Euler steps over the CFG pair -> paste/cut -> Vocos -> PCM on the
host, the steps ``reference.synthesize`` runs, with the tensors on the chosen device.

The reference is read from ``--cases DIR`` as written by ``--write-cases DIR``: ``reference.wav`` for the C# bench,
which clips it itself, and ``reference-clipped.wav``, the same clip after F5-TTS' clipping (spec §1.1,
``reference_clip.py``), for this script. Clipping needs pydub, which the GPU machine lacks, so it is done where the
cases are written.

Modes: ``eager-fp32``; ``eager-fp16`` (the DiT under CUDA autocast float16, the vocoder in float32 as in the official
inference); ``compile-fp16`` (the same, with the DiT step and the conditioning through ``torch.compile``, default
mode; the vocoder, a few per cent of the time, stays eager). The first call on each new length is timed apart: for ``compile-fp16`` it holds
the compilation for that shape. ``--write-cases DIR`` writes the reference clip and the messages for the C# bench.

Shape legend: S reference samples, T_ref reference frames, nt tokens, N total frames, M = 100 mel channels,
C model dim, K dim_head, R vocoder frames, W output samples.
"""

import argparse
import json
import os
import statistics
import sys
import time
from contextlib import nullcontext

import numpy as np
import torch

from tools.export import build, duration, mel, sampler, tokenizer, wav_io
from tools.export.config import SAMPLE_RATE

REFERENCE_SECONDS = 5.0
TRANSCRIPT = "Some call me nature, others call me mother nature."
# Sized with the byte-ratio rule (spec §3) for a 5 s reference of this 52-byte transcript: ~10.4 bytes per second.
CASES = (
    ("2s", "Thanks for the follow!"),
    ("5s", "Welcome to the stream, everyone. Grab a seat and say hi!"),
    ("15s", "Welcome back, chat. Today we are building a voice engine that talks fast enough for live streams. "
            "First we measure where the time goes, then we make it quicker."),
)
MODES = ("eager-fp32", "eager-fp16", "compile-fp16")
STAGES = ("text", "conditioning", "nfe", "vocoder", "post")


def write_cases(directory: str) -> None:
    """``reference.wav`` (5 s synthetic voice), ``reference-clipped.wav``, ``transcript.txt`` and ``cases.tsv``
    (name TAB text)."""
    from pydub import AudioSegment  # only here: the GPU machine has no pydub

    from tools.export import reference_clip

    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, "reference.wav")
    wav_io.write_pcm16(path, wav_io.synthetic_voice(REFERENCE_SECONDS, SAMPLE_RATE), SAMPLE_RATE)
    clipped = reference_clip.preprocess(AudioSegment.from_wav(path))
    wav_io.write_pcm16(os.path.join(directory, "reference-clipped.wav"),
                       np.frombuffer(clipped.raw_data, dtype="<i2"), SAMPLE_RATE)
    with open(os.path.join(directory, "transcript.txt"), "w", encoding="utf-8") as f:
        f.write(TRANSCRIPT + "\n")
    with open(os.path.join(directory, "cases.tsv"), "w", encoding="utf-8") as f:
        f.writelines(f"{name}\t{text}\n" for name, text in CASES)


class Pipeline:
    """One voice on one device in one mode; ``speak`` is one timed message."""

    def __init__(self, models, device: torch.device, mode: str, nfe: int, cfg_strength: float, ref_wave: np.ndarray,
                 target_rms: float = 0.1):
        self.models, self.device, self.nfe, self.cfg_strength = models, device, nfe, cfg_strength
        half = mode.endswith("fp16")
        # Autocast on the DiT only: the official inference runs the vocoder in float32.
        self.dit_precision = (lambda: torch.autocast("cuda", dtype=torch.float16)) if half else nullcontext
        self.conditioning, self.step = self._dit_conditioning, self._dit_step
        if mode.startswith("compile"):
            self.conditioning = torch.compile(self._dit_conditioning)
            self.step = torch.compile(self._dit_step)
        wave, self.ref_rms = mel.rms_normalise(torch.from_numpy(ref_wave), target_rms)
        self.ref_samples = wave.shape[0]
        self.ref_mel = mel.log_mel(wave, models.filterbank).to(device)  # (T_ref, M), once per voice
        self.ref_text = tokenizer.normalise_ref_text(TRANSCRIPT)
        self.gain = self.ref_rms / target_rms if self.ref_rms < target_rms else 1.0
        self.grid = sampler.time_grid(nfe).to(device)  # (G,)

    def _dit_conditioning(self, ids, cond):
        with self.dit_precision():
            return self.models.dit.conditioning(ids, cond)

    def _dit_step(self, x, cond_proj, cos, sin, t):
        with self.dit_precision():
            return self.models.dit.step(x, cond_proj, cos, sin, t).float()

    def _vocode(self, generated: torch.Tensor) -> torch.Tensor:
        """Vocos on the device: ``generated`` (1, M, R) -> (1, W). The exported head's in-graph inverse STFT builds
        its basis on the CPU, so the spectrum goes through ``torch.istft``, which the graph's ISTFT matches to 2e-7
        (README), as the official Vocos does."""
        real, imag = self.models.vocos.decode_spectrum(generated)  # (1, F, R)
        istft = self.models.vocos.head.istft
        return torch.istft(torch.complex(real, imag), n_fft=istft.n_fft, hop_length=istft.hop_length,
                           win_length=istft.n_fft, window=istft.window, center=True)

    def _sync(self) -> float:
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)
        return time.perf_counter()

    @torch.no_grad()
    def speak(self, text: str, seed: int) -> dict:
        """One message, ``text`` -> dict of ``total_ms``, per-stage ms, ``audio_s``, ``mel`` (M, R), ``wave`` (W,)."""
        stages = {}
        start = clock = self._sync()
        gen_text = text.strip()
        ids = tokenizer.tokens_to_ids(tokenizer.text_to_tokens(self.ref_text + gen_text), self.models.vocab)
        dur = duration.total_frames(self.ref_samples, self.ref_text, gen_text, len(ids))
        ids = torch.tensor([ids], dtype=torch.int64, device=self.device)  # (1, nt)
        torch.manual_seed(seed)
        noise = torch.randn(dur.frames, self.ref_mel.shape[1]).to(self.device)  # (N, M), torch's CPU generator
        now = self._sync(); stages["text"], clock = 1e3 * (now - clock), now

        n, t_ref = dur.frames, self.ref_mel.shape[0]
        cond = torch.zeros(1, n, self.ref_mel.shape[1], device=self.device)  # (1, N, M)
        cond[0, :t_ref] = self.ref_mel
        cond_proj, cos, sin = self.conditioning(ids, cond)
        now = self._sync(); stages["conditioning"], clock = 1e3 * (now - clock), now

        x = noise.unsqueeze(0)  # (1, N, M)
        for k in range(self.nfe):
            t0, t1 = self.grid[k:k + 1], self.grid[k + 1:k + 2]
            pair = self.step(x, cond_proj.float(), cos.float(), sin.float(), t0)  # (2, N, M)
            x = x + (t1 - t0) * sampler.cfg_combine(pair, self.cfg_strength)
        now = self._sync(); stages["nfe"], clock = 1e3 * (now - clock), now

        keep_ref = (torch.arange(n, device=self.device) < t_ref).reshape(1, n, 1)
        generated = sampler.cut_reference(torch.where(keep_ref, cond, x), dur.ref_audio_len)  # (1, M, R)
        wave = self._vocode(generated)  # (1, W)
        now = self._sync(); stages["vocoder"], clock = 1e3 * (now - clock), now

        wave = (wave[0] * self.gain).cpu()  # PCM on the host, as the C# engine hands it over
        now = self._sync(); stages["post"] = 1e3 * (now - clock)
        return {"total_ms": 1e3 * (now - start), "stages_ms": stages, "audio_s": wave.shape[0] / SAMPLE_RATE,
                "frames": n, "mel": generated[0].float().cpu().numpy(), "wave": wave.numpy()}


def median_of(runs: list, key) -> float:
    return statistics.median(key(r) for r in runs)


def bench_mode(models, device, mode: str, args) -> dict:
    """First call per length (compilation for compile modes), then ``warmup`` + ``runs`` calls per length."""
    ref_wave, _ = wav_io.read_pcm16(os.path.join(args.cases, "reference-clipped.wav"))
    pipeline = Pipeline(models, device, mode, args.nfe, args.cfg, ref_wave)
    result = {"mode": mode, "cases": []}
    for name, text in CASES:
        first = pipeline.speak(text, args.seed)
        for _ in range(args.warmup):
            pipeline.speak(text, args.seed)
        runs = [pipeline.speak(text, args.seed) for _ in range(args.runs)]
        case = {"case": name, "text": text, "frames": first["frames"], "audio_s": first["audio_s"],
                "first_call_ms": first["total_ms"],
                "median_total_ms": median_of(runs, lambda r: r["total_ms"]),
                "median_rtf": median_of(runs, lambda r: r["total_ms"] / 1e3 / r["audio_s"]),
                "median_stages_ms": {s: median_of(runs, lambda r, s=s: r["stages_ms"][s]) for s in STAGES},
                "runs_total_ms": [r["total_ms"] for r in runs]}
        result["cases"].append(case)
        print(f"{mode:13} {name:4} N={case['frames']:5} audio {case['audio_s']:5.2f} s  first call "
              f"{case['first_call_ms']:9.1f} ms  median {case['median_total_ms']:8.1f} ms  RTF "
              f"{case['median_rtf']:.4f}  stages " + ", ".join(f"{s} {v:.1f}" for s, v in case["median_stages_ms"].items()),
              flush=True)
        if args.dump_dir and name == args.dump_case:
            os.makedirs(args.dump_dir, exist_ok=True)
            np.save(os.path.join(args.dump_dir, f"torch-{mode}-{name}-mel.npy"), runs[-1]["mel"])
            np.save(os.path.join(args.dump_dir, f"torch-{mode}-{name}-wave.npy"), runs[-1]["wave"])
    return result


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python3 -m tools.export.bench_torch", description=__doc__.split("\n")[0])
    p.add_argument("--modes", nargs="+", choices=MODES, default=["eager-fp16", "compile-fp16"])
    p.add_argument("--device", default="cuda", help="cuda (default) or cpu")
    p.add_argument("--tiny", action="store_true", help="the small model of the same architecture (pipeline checks)")
    p.add_argument("--runs", type=int, default=10, help="timed runs per length after warm-up (default 10)")
    p.add_argument("--warmup", type=int, default=2, help="untimed runs per length after the first call (default 2)")
    p.add_argument("--nfe", type=int, default=7)
    p.add_argument("--cfg", type=float, default=2.0)
    p.add_argument("--seed", type=int, default=0, help="noise seed: torch.manual_seed(seed); torch.randn(N, 100)")
    p.add_argument("--json", help="write every figure to this file")
    p.add_argument("--dump-dir", help="save the mel (M, R) and waveform (W,) of --dump-case per mode as .npy")
    p.add_argument("--dump-case", default="2s", choices=[name for name, _ in CASES])
    p.add_argument("--cases", default="artifacts/gpu-cases", help="folder written by --write-cases")
    p.add_argument("--write-cases", metavar="DIR", help="write the reference clips, transcript.txt, cases.tsv; exit")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.write_cases:
        write_cases(args.write_cases)
        return 0
    device = torch.device(args.device)
    gpu = torch.cuda.get_device_name(device) if device.type == "cuda" else "none"
    print(f"torch {torch.__version__}, CUDA {torch.version.cuda}, device {device} ({gpu})", flush=True)
    if device.type == "cuda":
        # Matches ORT's CUDA default, which does not use TF32 for float32 matrix products.
        torch.backends.cuda.matmul.allow_tf32 = False
    models = build.random_init(tiny=args.tiny, seed=0)
    models.dit.to(device)
    models.vocos.to(device)
    results = {"torch": torch.__version__, "cuda": torch.version.cuda, "gpu": gpu, "nfe": args.nfe, "cfg": args.cfg,
               "seed": args.seed, "runs": args.runs, "warmup": args.warmup, "modes": []}
    for mode in args.modes:
        if mode.endswith("fp16") and device.type != "cuda":
            print(f"{mode}: skipped, float16 autocast is measured on CUDA only", flush=True)
        elif mode.startswith("compile") and not hasattr(torch, "compile"):
            print(f"{mode}: skipped, torch {torch.__version__} has no torch.compile", flush=True)
        else:
            results["modes"].append(bench_mode(models, device, mode, args))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
