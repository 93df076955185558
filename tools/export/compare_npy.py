"""Relative error of one saved array against a reference: ``python3 -m tools.export.compare_npy REF.npy OUT.npy``.

Prints ‖out − ref‖ / ‖ref‖ and max |out − ref| / max |ref| (the C# bench writes the mel
channels-first (M, R) and the waveform (W,), as ``bench_torch --dump-dir`` does). Shape legend: any, equal shapes.
"""

import sys

import numpy as np


def relative_errors(reference: np.ndarray, output: np.ndarray) -> tuple:
    """(L2 relative error, max-abs error over max |reference|) in float64; shapes must match."""
    if reference.shape != output.shape:
        raise ValueError(f"shapes differ: reference {reference.shape}, output {output.shape}")
    ref, out = reference.astype(np.float64), output.astype(np.float64)
    diff = out - ref
    return float(np.linalg.norm(diff) / np.linalg.norm(ref)), float(np.abs(diff).max() / np.abs(ref).max())


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print(__doc__.split("\n")[0], file=sys.stderr)
        return 2
    reference, output = np.load(argv[0]), np.load(argv[1])
    l2, peak = relative_errors(reference, output)
    finite = bool(np.isfinite(output).all())
    print(f"{argv[1]} vs {argv[0]} {reference.shape}: relative L2 {l2:.3e}, max abs / max |ref| {peak:.3e}, finite {finite}")
    return 0 if finite else 1


if __name__ == "__main__":
    sys.exit(main())
