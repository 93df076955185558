"""FP32 ONNX graph -> "fp16" graph, in one of two forms.

**Mixed** (``convert_to_mixed_fp16``, the way CUDA autocast runs a model): heavy ops (MatMul, Gemm, Conv, and the fused ``com.microsoft`` MultiHeadAttention and FastGelu of the GPU graphs)
compute in float16: their weights are stored as float16 and activations are cast to float16 on the way in and back to float32
on the way out. A heavy op that reads another heavy op's output takes its float16 result directly (the round trip
through float32 is exact, so only the two Cast kernels go), and a Cast nobody reads is dropped. Everything else (LayerNorm, softmax, GRN norm, exp,
sin/cos of the rotary, time and text-position angles, the Euler-relevant outputs) stays float32, as do the graph
inputs and outputs, so an fp16 file has exactly the same I/O contract as its fp32 twin. Nodes whose name contains
one of ``keep_fp32_scopes`` (e.g. the vocoder's inverse-STFT MatMul) are left in float32 as well.

**Half body** (``convert_to_half_body``, the DiT step): every node computes in float16 except those that must not
or cannot — the ops in ``FP32_OPS`` (sin/cos/exp of angles, type changes), and the nodes that compute from the
``fp32_inputs`` alone (the ODE time ``t`` up to its sinusoid, where 1000 t needs more than float16's 11 bits), and
the nodes of ``keep_fp32_scopes`` (the Euler update of the GPU step, which keeps the state in float32). The
float graph inputs are cast to float16 once on the way in and the outputs back on the way out, so the residual
stream, norms and modulations stay float16 from end to end — as the official model runs on CUDA (spec §10) — and
the casts between them go. LayerNormalization and SkipLayerNormalization still compute their statistics in
float32 inside the kernel.

Shape legend: unchanged tensors; only element types change.
"""

from typing import Dict, Iterable

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HEAVY_OPS = ("MatMul", "Gemm", "Conv", "MultiHeadAttention", "FastGelu")
# Never float16 in the half body: angle functions and exponentials (precision), ops that change or read types
FP32_OPS = ("Sin", "Cos", "Exp", "Log", "Pow", "Sqrt", "Cast", "CastLike", "Shape", "Size", "Constant",
            "ConstantOfShape", "Range", "CumSum", "ReduceSum", "ReduceMean", "ReduceSumSquare", "Softmax")


def _cast(src: str, dst: str, to: int, name: str) -> onnx.NodeProto:
    return helper.make_node("Cast", [src], [dst], to=to, name=name)


def _float_tensors(model: onnx.ModelProto) -> set:
    """Names of every float32 tensor, from shape inference plus initializers and graph I/O."""
    inferred = onnx.shape_inference.infer_shapes(model)
    names = set()
    for value in list(inferred.graph.value_info) + list(inferred.graph.input) + list(inferred.graph.output):
        if value.type.tensor_type.elem_type == TensorProto.FLOAT:
            names.add(value.name)
    names.update(i.name for i in model.graph.initializer if i.data_type == TensorProto.FLOAT)
    return names


def _bypass_initializer_identities(graph: onnx.GraphProto) -> None:
    """The exporter shares a weight used twice through ``Identity`` nodes; point the users at the initializer
    itself so that the weight is converted once instead of being cast at run time."""
    initializers = {i.name for i in graph.initializer}
    outputs = {o.name for o in graph.output}
    alias = {}
    for node in graph.node:
        if node.op_type == "Identity" and node.input[0] in initializers and node.output[0] not in outputs:
            alias[node.output[0]] = node.input[0]
    if not alias:
        return
    kept = [n for n in graph.node if not (n.op_type == "Identity" and n.output[0] in alias)]
    for node in kept:
        for k, name in enumerate(node.input):
            if name in alias:
                node.input[k] = alias[name]
    del graph.node[:]
    graph.node.extend(kept)


def _drop_unread_casts(nodes: list, graph_outputs: set) -> list:
    """Cast nodes whose output no node reads and that are no graph output: left when every reader of a heavy op's
    result is itself heavy and takes the float16 twin."""
    read = {name for node in nodes for name in node.input}
    return [n for n in nodes if n.op_type != "Cast" or n.output[0] in read or n.output[0] in graph_outputs]


def convert_to_mixed_fp16(model: onnx.ModelProto, keep_fp32_scopes: Iterable[str] = ()) -> onnx.ModelProto:
    """Return a new model with HEAVY_OPS in float16 (see module docstring); ``model`` is not modified."""
    scopes = tuple(keep_fp32_scopes)

    def heavy(node: onnx.NodeProto, floats: set, from_fp32_inputs: set) -> bool:
        return (node.op_type in HEAVY_OPS and not any(scope in node.name for scope in scopes)
                and all(name in floats for name in node.input if name))

    return _convert(model, heavy, ())


def convert_to_half_body(model: onnx.ModelProto, fp32_inputs: Iterable[str] = (),
                         keep_fp32_scopes: Iterable[str] = (), float16_io: Iterable[str] = ()) -> onnx.ModelProto:
    """Return a new model that computes in float16 except FP32_OPS, what depends on ``fp32_inputs`` alone and the
    nodes whose name contains one of ``keep_fp32_scopes`` (see the module docstring); graph inputs and outputs keep
    their types, but for those named in ``float16_io``, which become float16 themselves (a table one graph writes and
    another reads on the device, never seen by the host: no cast of it per run). ``model`` is not modified."""
    scopes = tuple(keep_fp32_scopes)

    def half(node: onnx.NodeProto, floats: set, from_fp32_inputs: set) -> bool:
        if node.op_type in FP32_OPS or any(scope in node.name for scope in scopes):
            return False
        float_inputs = [name for name in node.input if name in floats]
        if not float_inputs:
            return False
        # a light op on the fp32 inputs (and constants) alone stays float32; a heavy one reads them in float16
        return node.op_type in HEAVY_OPS or not all(name in from_fp32_inputs for name in float_inputs)

    return _convert(model, half, tuple(fp32_inputs), tuple(float16_io))


def _convert(model: onnx.ModelProto, runs_in_half, fp32_inputs: tuple, float16_io: tuple = ()) -> onnx.ModelProto:
    """The conversion both forms share. ``runs_in_half(node, floats, from_fp32_inputs)`` picks the float16 nodes,
    given the float tensors and those computed in float32 from ``fp32_inputs`` and constants alone. Their float
    inputs are read as float16 twins (initializers converted once, other tensors cast) and their outputs are
    float16, cast back to float32 only where a float32 node or a graph output reads them."""
    model = onnx.ModelProto.FromString(model.SerializeToString())
    graph = model.graph
    _bypass_initializer_identities(graph)
    floats = _float_tensors(model)
    initializers: Dict[str, onnx.TensorProto] = {i.name: i for i in graph.initializer}
    constants = set(initializers) | {n.output[0] for n in graph.node if n.op_type == "Constant"}
    seeds = set(fp32_inputs)  # grows along the float32 nodes that read them
    half_names: Dict[str, str] = {name: name for name in float16_io}  # float32 tensor -> its float16 twin
    for value in list(graph.input) + list(graph.output):
        if value.name in float16_io:
            value.type.tensor_type.elem_type = TensorProto.FLOAT16
    new_nodes, new_inits = [], []

    def to_half(name: str) -> str:
        if name in half_names:
            return half_names[name]
        half = f"{name}__fp16"
        half_names[name] = half
        if name in initializers:
            array = numpy_helper.to_array(initializers[name]).astype(np.float16)
            new_inits.append(numpy_helper.from_array(array, half))
        else:
            new_nodes.append(_cast(name, half, TensorProto.FLOAT16, f"{name}__to_fp16"))
        return half

    for node in graph.node:
        if not runs_in_half(node, floats, seeds | constants):
            if set(node.input) & set(float16_io):
                raise ValueError(f"{node.name} would read the float16 graph input {node.input} in float32")
            new_nodes.append(node)
            if any(name in seeds for name in node.input):
                seeds.update(node.output)
            continue
        inputs = [to_half(name) if name in floats else name for name in node.input]
        outputs = [f"{name}__fp16out" if name and name not in float16_io else name for name in node.output]
        del node.input[:]
        node.input.extend(inputs)
        original_outputs = list(node.output)
        del node.output[:]
        node.output.extend(outputs)
        new_nodes.append(node)
        for half, name in zip(outputs, original_outputs):
            if not name or name in float16_io:
                continue
            new_nodes.append(_cast(half, name, TensorProto.FLOAT, f"{name}__to_fp32"))
            half_names[name] = half
            floats.add(name)  # shape inference does not know contrib ops: their outputs are float32 here
    new_nodes = _drop_unread_casts(new_nodes, {o.name for o in graph.output})

    converted = {name for name in half_names if name in initializers}
    remaining_uses = {name: 0 for name in converted}
    for node in new_nodes:
        for name in node.input:
            if name in remaining_uses:
                remaining_uses[name] += 1
    kept = [i for i in graph.initializer if not (i.name in converted and remaining_uses[i.name] == 0)]
    del graph.initializer[:]
    graph.initializer.extend(kept + new_inits)
    del graph.node[:]
    graph.node.extend(new_nodes)
    del graph.value_info[:]
    return model


def convert_file(src: str, dst: str, keep_fp32_scopes: Iterable[str] = (), half_body_fp32_inputs: Iterable[str] = None,
                 float16_io: Iterable[str] = ()) -> None:
    """Convert the fp32 file ``src`` and write ``dst`` (checked by the caller): the half body when
    ``half_body_fp32_inputs`` is given (possibly empty), with ``float16_io`` as there, mixed precision otherwise; either
    keeps the nodes of ``keep_fp32_scopes`` in float32."""
    model = onnx.load(src)
    if half_body_fp32_inputs is not None:
        onnx.save(convert_to_half_body(model, half_body_fp32_inputs, keep_fp32_scopes, float16_io), dst)
    else:
        onnx.save(convert_to_mixed_fp16(model, keep_fp32_scopes), dst)
