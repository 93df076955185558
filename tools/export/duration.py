"""Total mel length N for one chunk (spec §3), with Python's integer semantics spelled out.

Shape legend: none (integer arithmetic on sample, frame and byte counts).
"""

from dataclasses import dataclass

from tools.export.config import HOP_LENGTH, SAMPLE_RATE

MAX_DURATION = 65536  # CFM.sample's max_duration; the pack's own limit (decision 8) is enforced by chunking


@dataclass(frozen=True)
class Duration:
    """``ref_audio_len`` = nw // 256 (= T_ref - 1), ``t_ref`` reference mel frames, ``frames`` N."""

    ref_audio_len: int
    t_ref: int
    frames: int


def total_frames(ref_samples: int, ref_text: str, gen_text: str, text_tokens: int, speed: float = 1.0,
                 fix_duration: float = None) -> Duration:
    """N from the byte-length ratio: ``ref_text`` after ``normalise_ref_text``, ``gen_text`` the stripped chunk.

    ``duration = ref_audio_len + int(ref_audio_len / ref_bytes * gen_bytes / speed)`` (speed 0.3 for chunks under
    10 bytes); then ``N = min(max(max(nt, T_ref) + 1, duration), 65536)``.
    """
    ref_audio_len = ref_samples // HOP_LENGTH
    t_ref = ref_audio_len + 1
    gen_bytes = len(gen_text.encode("utf-8"))
    local_speed = 0.3 if gen_bytes < 10 else speed
    if fix_duration is not None:
        duration = int(fix_duration * SAMPLE_RATE / HOP_LENGTH)
    else:
        ref_bytes = len(ref_text.encode("utf-8"))
        duration = ref_audio_len + int(ref_audio_len / ref_bytes * gen_bytes / local_speed)
    frames = min(max(max(text_tokens, t_ref) + 1, duration), MAX_DURATION)
    return Duration(ref_audio_len=ref_audio_len, t_ref=t_ref, frames=frames)
