r"""Reference text front-end for Latin-script text (spec §2, decisions 1-2): joining, segmentation, token ids.

Segmentation reproduces what Python jieba 0.42 does to non-Han text, which decides where extra spaces go:
  * "blocks" are maximal runs of ``[\u4E00-\u9FD5a-zA-Z0-9+#&._%-]``; other text is split into whitespace units
    (``\r\n`` or one whitespace character) and single characters;
  * inside a block, non-Han stretches are split into ``[a-zA-Z0-9]+(\.\d+)?%?`` runs and the pieces between them
    (kept whole, e.g. ``"--"``, ``"..."``); Han characters are taken one at a time (no dictionary, no HMM).
Han characters have no pinyin here (decision 1): each becomes ``" "`` plus the character itself (id 0 unless the
vocab holds it), mirroring the shape of the pinyin path.

Shape legend: nt tokens; ids are returned as a Python list of int (vocab ids, no +1 shift).
"""

import re
from typing import Dict, List, Sequence

_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&._%\\-]+)")
_SKIP = re.compile("(\r\n|\\s)")
_ALNUM = re.compile("([a-zA-Z0-9]+(?:\\.\\d+)?%?)")
_HAN = re.compile("([\u4E00-\u9FD5]+)")
_REPLACEMENTS = {";": ",", "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}
_NO_SPACE_AFTER = (" ", ":", "'", '"')


def load_vocab(path: str) -> List[str]:
    """One token per line, id = 0-based line number; CRLF tolerated; the token is the line minus its newline."""
    with open(path, "r", encoding="utf-8", newline=None) as f:
        return [line[:-1] if line.endswith("\n") else line for line in f]


def normalise_ref_text(ref_text: str) -> str:
    """Spec §1.1 + §2.2: end with ``". "`` (or ``"。"``), then one more space if the last character is 1 byte."""
    if not (ref_text.endswith(". ") or ref_text.endswith("\u3002")):
        ref_text += " " if ref_text.endswith(".") else ". "
    if len(ref_text[-1].encode("utf-8")) == 1:
        ref_text += " "
    return ref_text


def segment(text: str) -> List[str]:
    """Split like jieba's default (accurate, HMM) mode does for non-Han text; see the module docstring."""
    segments = []
    for block in _BLOCK.split(text):
        if not block:
            continue
        if _BLOCK.fullmatch(block):
            for part in _HAN.split(block):
                if not part:
                    continue
                if _HAN.fullmatch(part):
                    segments.extend(part)
                else:
                    segments.extend(piece for piece in _ALNUM.split(part) if piece)
        else:
            for piece in _SKIP.split(block):
                if not piece:
                    continue
                if _SKIP.fullmatch(piece):
                    segments.append(piece)
                else:
                    segments.extend(piece)
    return segments


def _is_chinese(ch: str) -> bool:
    return "\u3100" <= ch <= "\u9fff"


def text_to_tokens(text: str) -> List[str]:
    """``convert_char_to_pinyin`` without pinyin (spec §2.3): string tokens, one per character plus inserted spaces."""
    text = "".join(_REPLACEMENTS.get(ch, ch) for ch in text)
    tokens: List[str] = []
    for seg in segment(text):
        n_bytes = len(seg.encode("utf-8"))
        if n_bytes == len(seg):  # pure ASCII
            if tokens and n_bytes > 1 and tokens[-1] not in _NO_SPACE_AFTER:
                tokens.append(" ")
            tokens.extend(seg)
        else:  # 3-byte runs and mixed segments give the same result without pinyin
            for ch in seg:
                if _is_chinese(ch):
                    tokens.append(" ")
                tokens.append(ch)
    return tokens


def tokens_to_ids(tokens: Sequence[str], vocab: Sequence[str]) -> List[int]:
    """Vocab ids, unknown tokens -> 0 (the space), spec §2.4."""
    index: Dict[str, int] = {}
    for i, token in enumerate(vocab):
        index.setdefault(token, i)
    return [index.get(token, 0) for token in tokens]


def encode(ref_text: str, gen_text: str, vocab: Sequence[str]) -> List[int]:
    """Ids of ``normalise_ref_text(ref_text) + gen_text.strip()`` (spec §2.2): a list of nt ints."""
    return tokens_to_ids(text_to_tokens(normalise_ref_text(ref_text) + gen_text.strip()), vocab)


def default_vocab() -> List[str]:
    """Built-in vocab for random-weight packs: id 0 = space, then printable ASCII (without ``< ^ ` | }`` like the
    official vocab) and common Latin-1 letters, sorted as Python sorts strings (the official file is sorted too)."""
    ascii_chars = [chr(c) for c in range(33, 127) if chr(c) not in "<^`|}"]
    latin1 = [chr(c) for c in range(0xC0, 0x100) if chr(c) not in "\u00d7\u00f7"]
    return [" "] + sorted(ascii_chars + latin1)
