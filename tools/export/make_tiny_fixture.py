"""Write ``tests/fixtures/f5-tiny/``: a tiny random-weight FP32 pack plus goldens from the PyTorch reference.

Run from the repository root: ``python3 -m tools.export.make_tiny_fixture`` (or ``python3
tools/export/make_tiny_fixture.py``). Deterministic: the same torch version gives the same files (the initial noise
is also stored, so the C# side never needs torch's RNG to use the goldens).

Shape legend: S reference samples, T_ref reference frames, nt tokens, N total frames, M = 100, C model dim,
K dim_head, G = NFE + 1 grid points, R = N - (T_ref - 1) vocoder frames, W = 256 (R - 1) samples.
"""

import json
import os
import shutil
import sys

if __package__ in (None, ""):  # allow ``python3 tools/export/make_tiny_fixture.py``
    sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from pydub import AudioSegment  # noqa: E402

from tools.export import build, pack, reference, reference_clip, wav_io  # noqa: E402
from tools.export.config import SAMPLE_RATE  # noqa: E402

FIXTURE = os.path.join("tests", "fixtures", "f5-tiny")
SEED = 1234
REF_WAV = "reference.wav"
REF_TEXT = "Some call me nature, others call me mother nature."
GEN_TEXT = "Hello world, this is a tiny test."
SETTINGS = reference.Settings(nfe=7, cfg_strength=2.0, sway_coef=-1.0, speed=1.0, seed=SEED)

DESCRIPTIONS = {
    "ref_wave": "reference.wav after F5-TTS' clipping (spec §1.1, tools/export/reference_clip.py: edges trimmed, "
                "50 ms of silence appended), as int16 / 32768, after the RMS rule: its rms is below 0.1, so it is "
                "scaled by 0.1 / reference_rms",
    "ref_mel": "log-mel of ref_wave (spec §1.3), frames-major",
    "text_ids": "vocab ids of normalise(ref_text) + gen_text (spec §2), no +1 shift",
    "noise": "initial ODE state x0 = torch.randn(N, 100) after torch.manual_seed(seed)",
    "time_grid": "EPSS grid for NFE 7 with sway (spec §6.3)",
    "cond_proj": "conditioning graph output: row 0 conditional, row 1 unconditional",
    "rope_cos": "conditioning graph output: rotary cos table",
    "rope_sin": "conditioning graph output: rotary sin table",
    "velocity_step0": "dit_step output at t = time_grid[0] with x = noise (both CFG rows)",
    "x_step1": "ODE state after the first Euler step with CFG combination",
    "x_final": "ODE state after all NFE steps, before the reference paste-back",
    "mel_sampled": "x_final with the first T_ref frames replaced by ref_mel (spec §6.6)",
    "mel_generated": "mel_sampled without its first T_ref - 1 frames, channels-first (spec §6.7): vocoder input",
    "vocoder_waveform": "vocoder graph output for mel_generated",
    "waveform": "final chunk audio: vocoder_waveform * reference_rms / 0.1 (the boost undone, spec §1.2 step 5)",
}


def _clear(folder: str) -> None:
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)


def main() -> int:
    _clear(FIXTURE)
    models = build.random_init(tiny=True, seed=SEED)
    pack.write_pack(FIXTURE, "f5-tiny", models, precisions=("fp32",), vocoder_spectrum=True)
    clip = wav_io.synthetic_voice(2.0, SAMPLE_RATE)
    wav_io.write_pcm16(os.path.join(FIXTURE, REF_WAV), clip, SAMPLE_RATE)
    clipped = reference_clip.preprocess(AudioSegment.from_wav(os.path.join(FIXTURE, REF_WAV)))
    ref_wave = np.frombuffer(clipped.raw_data, dtype="<i2").astype(np.float32) / 32768.0
    result = reference.synthesize(models, torch.from_numpy(ref_wave), REF_TEXT, GEN_TEXT, SETTINGS)
    goldens = {}
    for name, description in DESCRIPTIONS.items():
        array = result[name].detach().numpy()
        array = array.astype(np.int64 if array.dtype.kind == "i" else np.float32)
        np.save(os.path.join(FIXTURE, f"{name}.npy"), array)
        goldens[name] = {"file": f"{name}.npy", "shape": list(array.shape), "dtype": str(array.dtype),
                         "description": description}
    dur = result["duration"]
    meta = {
        "pack": "manifest.json",
        "reference_audio": REF_WAV,
        "reference_audio_samples": int(ref_wave.shape[0]),  # after clipping
        "reference_rms": result["ref_rms"],
    "reference_boosted": result["ref_rms"] < SETTINGS.target_rms,
        "ref_text": REF_TEXT,
        "ref_text_normalised": result["full_ref_text"],
        "gen_text": result["gen_text"],
        "tokens": result["tokens"],
        "ref_audio_len": dur.ref_audio_len,
        "t_ref": dur.t_ref,
        "frames": dur.frames,
        "parameters": {"nfe": SETTINGS.nfe, "cfg_strength": SETTINGS.cfg_strength,
                       "sway_sampling_coef": SETTINGS.sway_coef, "use_epss": True, "speed": SETTINGS.speed,
                       "seed": SETTINGS.seed, "ode_method": "euler", "target_rms": SETTINGS.target_rms},
        "model_seed": SEED,
        "torch_version": torch.__version__,
        "goldens": goldens,
    }
    with open(os.path.join(FIXTURE, "goldens.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    total = sum(os.path.getsize(os.path.join(FIXTURE, n)) for n in os.listdir(FIXTURE))
    print(f"wrote {FIXTURE}: {len(os.listdir(FIXTURE))} files, {total / 1e6:.2f} MB; N = {dur.frames}, "
          f"T_ref = {dur.t_ref}, nt = {len(result['tokens'])}")
    if total >= 5_000_000:
        raise SystemExit(f"{FIXTURE} is {total} bytes, over the 5 MB fixture budget")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
