"""Summary of an ONNX Runtime profile (``SessionOptions.EnableProfiling``, the bench's ``--ort-profile``): where the
time of one graph's runs goes, per op type and execution provider.

    python3 -m tools.export.ort_profile PROFILE.json [--top 15]

The profile is a list of trace events; kernel events have ``cat == "Node"``, a name ending in ``_kernel_time``,
``dur`` in microseconds and ``args.op_name`` / ``args.provider``; each run adds one ``model_run`` event. Kernel time is
the host-side time of each kernel's launch and, where the provider waits, its execution; with CUDA it shows which op
types dominate, while ``model_run`` gives the wall time per run.
"""

import argparse
import json
from collections import defaultdict
from typing import List


def summarize(events: List[dict], top: int) -> List[str]:
    """Lines of text: runs and mean run time, then the ``top`` op types by kernel time per run."""
    runs = [e["dur"] for e in events if e.get("cat") == "Session" and e.get("name") == "model_run"]
    per_op = defaultdict(lambda: [0.0, 0])
    for e in events:
        if e.get("cat") == "Node" and e.get("name", "").endswith("_kernel_time"):
            args = e.get("args", {})
            key = (args.get("op_name", "?"), args.get("provider", "?"))
            per_op[key][0] += e["dur"]
            per_op[key][1] += 1
    count = max(len(runs), 1)
    total = sum(v[0] for v in per_op.values())
    lines = [f"runs {len(runs)}, mean model_run {sum(runs) / count / 1e3:.2f} ms, "
             f"kernel time per run {total / count / 1e3:.2f} ms in {sum(v[1] for v in per_op.values()) // count} kernels"]
    for (op, provider), (dur, n) in sorted(per_op.items(), key=lambda kv: -kv[1][0])[:top]:
        lines.append(f"{op:28s} {provider:22s} {dur / count / 1e3:8.2f} ms/run {100 * dur / total:5.1f} % "
                     f"{n // count:5d} nodes/run")
    return lines


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("profile", help="ORT profile JSON")
    p.add_argument("--top", type=int, default=15, help="op types listed (default 15)")
    args = p.parse_args(argv)
    with open(args.profile, encoding="utf-8") as f:
        print("\n".join(summarize(json.load(f), args.top)))


if __name__ == "__main__":
    main()
