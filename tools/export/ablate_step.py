"""Where the GPU time of the DiT step goes, by ablation: a copy of a pack whose ``dit_step.fp16.onnx`` skips one
kind of work, so that timing it against the original gives that work's share of the step's device time (ORT's own
profiler times kernels on the host, which with the CUDA provider says little about the device).

    python3 -m tools.export.ablate_step PACK OUT_PARENT [--kinds attention conv]

For each kind it writes ``OUT_PARENT/<pack>-no-<kind>/``: links to every file of PACK but the step graph, and the
step graph with that kind of node replaced by the cheapest node of the same output shape. The audio of such a pack
is meaningless; only its timing is.

* ``attention``: each packed ``MultiHeadAttention`` becomes a Slice of its (B, N, H*3*K) projection to (B, N, H*K);
* ``conv``: each Conv becomes an Identity of its input (the position convolutions keep their shape).

Shape legend: as in ``graphs.py``.
"""

import argparse
import os

import onnx
from onnx import helper, numpy_helper
import numpy as np

STEP_FILE = "dit_step.fp16.onnx"


def _without_attention(graph: onnx.GraphProto) -> None:
    writers = {o: n for n in graph.node for o in n.output}
    readers = {i: n for n in graph.node for i in n.input}
    widths = {i.name: i.dims[0] for i in graph.initializer if len(i.dims) == 2}
    nodes = []
    for node in graph.node:
        if node.op_type != "MultiHeadAttention":
            nodes.append(node)
            continue
        packed = writers[node.input[0]].input[0]  # the Reshape's input: (B, N, H*3*K)
        inner = widths[readers[node.output[0]].input[1]]  # the output projection's weight is (H*K, C)
        name = node.name
        consts = [numpy_helper.from_array(np.array(v, np.int64), f"{name}__{k}")
                  for k, v in (("starts", [0]), ("ends", [inner]), ("axes", [2]))]
        graph.initializer.extend(consts)
        nodes.append(helper.make_node("Slice", [packed, *[c.name for c in consts]], [node.output[0]],
                                      name=f"{name}__slice"))
    del graph.node[:]
    graph.node.extend(nodes)


def _without_conv(graph: onnx.GraphProto) -> None:
    for k, node in enumerate(graph.node):
        if node.op_type == "Conv":
            graph.node[k].CopyFrom(helper.make_node("Identity", [node.input[0]], [node.output[0]], name=node.name))


ABLATIONS = {"attention": _without_attention, "conv": _without_conv}


def ablate(pack: str, out_parent: str, kind: str) -> str:
    """Write the ablated copy of ``pack`` for ``kind``; returns its folder."""
    folder = os.path.join(out_parent, f"{os.path.basename(os.path.normpath(pack))}-no-{kind}")
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(pack):
        if name != STEP_FILE and not os.path.exists(os.path.join(folder, name)):
            os.symlink(os.path.join(os.path.abspath(pack), name), os.path.join(folder, name))
    model = onnx.load(os.path.join(pack, STEP_FILE))
    ABLATIONS[kind](model.graph)
    onnx.save(model, os.path.join(folder, STEP_FILE))
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pack")
    parser.add_argument("out_parent")
    parser.add_argument("--kinds", nargs="+", choices=sorted(ABLATIONS), default=sorted(ABLATIONS))
    args = parser.parse_args()
    for kind in args.kinds:
        print(ablate(args.pack, args.out_parent, kind))


if __name__ == "__main__":
    main()
