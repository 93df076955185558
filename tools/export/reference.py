"""The float32 PyTorch reference pipeline for one chunk, keeping every intermediate as a golden.

Order (spec overview): reference wave -> RMS rule -> log-mel; ref_text + gen_text -> ids; N (spec §3); seeded noise
(1.13/2.x CPU ``torch.randn``, spec §10); sampler (spec §6) through ``DiT.conditioning`` / ``DiT.step``; paste-back;
cut ``T_ref - 1`` frames; Vocos waveform; undo the RMS boost.

Shape legend: S reference samples, T_ref reference frames, nt tokens, N total frames, M = 100, C model dim,
K dim_head, G grid points, R = N - ref_audio_len vocoder frames, W = 256 (R - 1) output samples.
"""

from dataclasses import dataclass

import torch

from tools.export import duration, mel, sampler, tokenizer


@dataclass(frozen=True)
class Settings:
    """Synthesis parameters; defaults are the official ones except ``nfe`` (the fixture uses 7)."""

    nfe: int = 32
    cfg_strength: float = 2.0
    sway_coef: float = -1.0
    speed: float = 1.0
    seed: int = 0
    target_rms: float = 0.1


@torch.no_grad()
def synthesize(models, ref_wave: torch.Tensor, ref_text: str, gen_text: str, settings: Settings) -> dict:
    """``ref_wave`` (S,) float32 at 24 kHz -> dict of named tensors (goldens) and scalars."""
    wave, ref_rms = mel.rms_normalise(ref_wave, settings.target_rms)
    ref_mel = mel.log_mel(wave, models.filterbank)  # (T_ref, M)
    full_ref_text = tokenizer.normalise_ref_text(ref_text)
    gen_text = gen_text.strip()
    tokens = tokenizer.text_to_tokens(full_ref_text + gen_text)
    ids = torch.tensor([tokenizer.tokens_to_ids(tokens, models.vocab)], dtype=torch.int64)  # (1, nt)
    dur = duration.total_frames(wave.shape[0], full_ref_text, gen_text, ids.shape[1], settings.speed)
    torch.manual_seed(settings.seed)
    noise = torch.randn(dur.frames, ref_mel.shape[1])  # (N, M)
    trace = sampler.SampleTrace()
    out = sampler.sample(models.dit, ids, ref_mel, noise, settings.nfe, settings.cfg_strength,
                         settings.sway_coef, trace)  # (1, N, M)
    generated = sampler.cut_reference(out, dur.ref_audio_len)  # (1, M, R)
    vocoder_waveform = models.vocos.decode(generated)  # (1, W)
    waveform = vocoder_waveform
    if ref_rms < settings.target_rms:  # undo the boost of a quiet reference (spec §1.2 step 5)
        waveform = vocoder_waveform * ref_rms / settings.target_rms
    return {
        "ref_wave": wave, "ref_mel": ref_mel.unsqueeze(0), "text_ids": ids, "noise": noise.unsqueeze(0),
        "time_grid": trace.grid, "cond_proj": trace.cond_proj, "rope_cos": trace.rope_cos,
        "rope_sin": trace.rope_sin, "velocity_step0": trace.velocity_step0, "x_step1": trace.x_step1, "x_final": trace.states[-1],
        "mel_sampled": out, "mel_generated": generated, "vocoder_waveform": vocoder_waveform,
        "waveform": waveform,
        "tokens": tokens, "full_ref_text": full_ref_text, "gen_text": gen_text, "duration": dur, "ref_rms": ref_rms,
    }
