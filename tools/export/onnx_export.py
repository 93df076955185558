"""torch -> ONNX (opset 17, TorchScript exporter, dynamic axes) plus the checks run on every written file.

Works with torch 1.13 and 2.x: ``dynamo=False`` is passed only where the exporter accepts it (torch >= 2.5 defaults
to the dynamo exporter from 2.9 on, whose graphs differ).

Shape legend: as in ``graphs.py``.
"""

import inspect
from typing import Dict, List

import onnx
from onnx import TensorProto
import torch

from tools.export.graphs import GraphSpec, TensorSpec

OPSET = 17
CONTRIB_DOMAIN = "com.microsoft"  # ONNX Runtime's contrib ops (MultiHeadAttention in the GPU graphs)
# Outputs a contrib op computes only when they are named: SkipLayerNormalization's mean, inverse deviation and sum
OPTIONAL_OUTPUTS = {"SkipLayerNormalization": (1, 2, 3)}
_DTYPE_NAMES = {TensorProto.FLOAT: "float32", TensorProto.FLOAT16: "float16", TensorProto.INT64: "int64",
                TensorProto.INT32: "int32"}


class GraphContractError(ValueError):
    """An exported file's inputs/outputs differ from the manifest contract; the message names file and tensor."""


def _dynamic_axes(spec: GraphSpec) -> Dict[str, Dict[int, str]]:
    axes = {}
    for t in list(spec.inputs) + list(spec.outputs):
        named = {i: d for i, d in enumerate(t.shape) if isinstance(d, str)}
        if named:
            axes[t.name] = named
    return axes


def export_graph(module: torch.nn.Module, spec: GraphSpec, example: tuple, path: str,
                 contrib_ops: bool = False) -> None:
    """Trace ``module`` on ``example`` and write ``path``; then run ``onnx.checker`` and the contract check.
    ``contrib_ops`` declares ONNX Runtime's ``com.microsoft`` domain (modules that emit fused ops)."""
    module.eval()
    kwargs = dict(input_names=[t.name for t in spec.inputs], output_names=[t.name for t in spec.outputs],
                  dynamic_axes=_dynamic_axes(spec), opset_version=OPSET, do_constant_folding=True,
                  custom_opsets={CONTRIB_DOMAIN: 1} if contrib_ops else None)
    if "dynamo" in inspect.signature(torch.onnx.export).parameters:
        kwargs["dynamo"] = False
    with torch.no_grad():
        torch.onnx.export(module, example, path, **kwargs)
    _stamp_static_dims(path, spec)
    if contrib_ops:
        _drop_unread_optional_outputs(path)
    check_file(path, spec)


def _drop_unread_optional_outputs(path: str) -> None:
    """Blank the optional outputs (``OPTIONAL_OUTPUTS``) that no node reads, so that ORT does not compute them: the
    tracer names every output of a custom op's symbolic, used or not."""
    model = onnx.load(path)
    read = {name for node in model.graph.node for name in node.input} | {o.name for o in model.graph.output}
    for node in model.graph.node:
        for k in OPTIONAL_OUTPUTS.get(node.op_type, ()):
            if k < len(node.output) and node.output[k] not in read:
                node.output[k] = ""
    onnx.save(model, path)


def _stamp_static_dims(path: str, spec: GraphSpec) -> None:
    """Write the contract's fixed sizes where the tracer left an auto-named symbolic dim (e.g. the CFG batch 2,
    which the tracer cannot prove constant). A fixed size that differs from the contract is left for the check."""
    model = onnx.load(path)
    changed = False
    for values, specs in ((model.graph.input, spec.inputs), (model.graph.output, spec.outputs)):
        by_name = {t.name: t for t in specs}
        for value in values:
            if value.name not in by_name:
                continue
            for dim, want in zip(value.type.tensor_type.shape.dim, by_name[value.name].shape):
                if isinstance(want, int) and dim.HasField("dim_param"):
                    dim.ClearField("dim_param")
                    dim.dim_value = want
                    changed = True
    if changed:
        onnx.save(model, path)


def _describe(value: onnx.ValueInfoProto) -> TensorSpec:
    tensor_type = value.type.tensor_type
    dims = tuple(d.dim_param if d.HasField("dim_param") else d.dim_value for d in tensor_type.shape.dim)
    return TensorSpec(value.name, _DTYPE_NAMES.get(tensor_type.elem_type, str(tensor_type.elem_type)), dims)


def graph_io(path: str) -> tuple:
    """Inputs and outputs declared by the file at ``path``: two lists of ``TensorSpec``."""
    model = onnx.load(path, load_external_data=False)
    inputs = [v for v in model.graph.input if v.name not in {i.name for i in model.graph.initializer}]
    return [_describe(v) for v in inputs], [_describe(v) for v in model.graph.output]


def _compare(path: str, kind: str, actual: List[TensorSpec], expected: List[TensorSpec]) -> None:
    if [t.name for t in actual] != [t.name for t in expected]:
        raise GraphContractError(
            f"{path}: {kind}s are {[t.name for t in actual]}, expected {[t.name for t in expected]}")
    for a, e in zip(actual, expected):
        if a.dtype != e.dtype or tuple(a.shape) != tuple(e.shape):
            raise GraphContractError(
                f"{path}: {kind} '{a.name}' is {a.dtype} {list(a.shape)}, expected {e.dtype} {list(e.shape)}")


def check_file(path: str, spec: GraphSpec) -> None:
    """``onnx.checker`` (by path, so files near 2 GB work) and the exact I/O contract of ``spec``."""
    onnx.checker.check_model(path)
    inputs, outputs = graph_io(path)
    _compare(path, "input", inputs, spec.inputs)
    _compare(path, "output", outputs, spec.outputs)
