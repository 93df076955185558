"""F5-TTS' reference clipping (spec §1.1) with the real pydub: the golden source for the C# port
(``ReferenceClipper``). Needs Debian's ``python3-pydub``; the export itself does not use this module.

Steps, on the clip's own rate, channels and sample width: split at pauses of 1 s below −50 dBFS and keep whole pieces
up to about 12 s; failing that, split at pauses of 100 ms below −40 dBFS; failing that, cut at 12 s; trim edges
quieter than −42 dBFS in 10 ms chunks; append 50 ms of silence.
"""

from pydub import AudioSegment, silence

LIMIT_MS = 12000
ENOUGH_MS = 6000


def _gather(pieces: list) -> AudioSegment:
    """Join pieces in order, stopping before one that would take a clip already past 6 s beyond 12 s."""
    joined = AudioSegment.silent(duration=0)
    for piece in pieces:
        if len(joined) > ENOUGH_MS and len(joined + piece) > LIMIT_MS:
            break
        joined += piece
    return joined


def _trim_edges(clip: AudioSegment, threshold: float = -42) -> AudioSegment:
    clip = clip[silence.detect_leading_silence(clip, silence_threshold=threshold):]
    tail = silence.detect_leading_silence(clip.reverse(), silence_threshold=threshold)
    return clip[: len(clip) - tail] if tail > 0 else clip


def preprocess(clip: AudioSegment) -> AudioSegment:
    """The clip as F5-TTS' ``preprocess_ref_audio_text`` hands it on."""
    kept = _gather(silence.split_on_silence(clip, min_silence_len=1000, silence_thresh=-50, keep_silence=1000,
                                            seek_step=10))
    if len(kept) > LIMIT_MS:
        kept = _gather(silence.split_on_silence(clip, min_silence_len=100, silence_thresh=-40, keep_silence=1000,
                                                seek_step=10))
    if len(kept) > LIMIT_MS:
        kept = kept[:LIMIT_MS]
    return _trim_edges(kept) + AudioSegment.silent(duration=50)
