"""The two float16 conversions on small hand-made graphs: which nodes run in float16 and what stays float32."""

import unittest

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from tools.export import fp16


def _time_and_body_graph() -> onnx.ModelProto:
    """angle = t * 1000 -> sin -> Gemm(W) -> h = that + x -> y = LayerNorm(h) * 2: t (1, 1), x (1, 4) -> y (1, 4)."""
    nodes = [
        helper.make_node("Mul", ["t", "thousand"], ["angle"], name="time/Mul"),
        helper.make_node("Sin", ["angle"], ["sin"], name="time/Sin"),
        helper.make_node("Gemm", ["sin", "w"], ["emb"], name="mlp/Gemm"),
        helper.make_node("Add", ["emb", "x"], ["h"], name="Add"),
        helper.make_node("LayerNormalization", ["h", "one", "zero"], ["normed"], axis=-1, name="Norm"),
        helper.make_node("Mul", ["normed", "two"], ["y"], name="Scale"),
    ]
    inits = [numpy_helper.from_array(np.array([1000.0], np.float32), "thousand"),
             numpy_helper.from_array(np.ones((1, 4), np.float32), "w"),
             numpy_helper.from_array(np.ones(4, np.float32), "one"),
             numpy_helper.from_array(np.zeros(4, np.float32), "zero"),
             numpy_helper.from_array(np.array([2.0], np.float32), "two")]
    graph = helper.make_graph(
        nodes, "g", [helper.make_tensor_value_info("t", TensorProto.FLOAT, [1, 1]),
                     helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4])], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def _half_nodes(model: onnx.ModelProto) -> list:
    """Names of the non-Cast nodes whose every float input is float16."""
    inferred = onnx.shape_inference.infer_shapes(model)
    types = {v.name: v.type.tensor_type.elem_type for v in
             list(inferred.graph.value_info) + list(inferred.graph.input) + list(inferred.graph.output)}
    types.update({i.name: i.data_type for i in model.graph.initializer})
    return [n.name for n in model.graph.node if n.op_type != "Cast"
            and all(types.get(name) == TensorProto.FLOAT16 for name in n.input if name)]


class Fp16ConversionTests(unittest.TestCase):
    def test_half_body_TimeAnglesFloat32RestFloat16(self):
        model = fp16.convert_to_half_body(_time_and_body_graph(), fp32_inputs=("t",))
        onnx.checker.check_model(model, full_check=True)
        self.assertEqual(_half_nodes(model), ["mlp/Gemm", "Add", "Norm", "Scale"])
        self.assertEqual(model.graph.output[0].type.tensor_type.elem_type, TensorProto.FLOAT)

    def test_half_body_NoFp32Inputs_AnglesStillFloat32(self):
        # Sin is never float16, whatever feeds it; the Mul before it computes in float16 then
        model = fp16.convert_to_half_body(_time_and_body_graph())
        self.assertEqual(_half_nodes(model), ["time/Mul", "mlp/Gemm", "Add", "Norm", "Scale"])

    def test_half_body_Float16Io_InputAndOutputFloat16WithoutCasts(self):
        model = fp16.convert_to_half_body(_time_and_body_graph(), fp32_inputs=("t",), float16_io=("x", "y"))
        onnx.checker.check_model(model, full_check=True)
        self.assertEqual([v.type.tensor_type.elem_type for v in list(model.graph.input) + list(model.graph.output)],
                         [TensorProto.FLOAT, TensorProto.FLOAT16, TensorProto.FLOAT16])
        casts = [(n.input[0], n.output[0]) for n in model.graph.node if n.op_type == "Cast"]
        self.assertEqual(casts, [("sin", "sin__fp16")])  # only where float32 t meets the body
        self.assertEqual(_half_nodes(model), ["mlp/Gemm", "Add", "Norm", "Scale"])

    def test_half_body_Float16InputReadInFloat32_Refused(self):
        with self.assertRaisesRegex(ValueError, "time/Mul"):
            fp16.convert_to_half_body(_time_and_body_graph(), fp32_inputs=("t",), float16_io=("t",))

    def test_mixed_OnlyHeavyOpsFloat16(self):
        model = fp16.convert_to_mixed_fp16(_time_and_body_graph())
        onnx.checker.check_model(model, full_check=True)
        self.assertEqual(_half_nodes(model), ["mlp/Gemm"])
        casts = [(n.input[0], n.output[0]) for n in model.graph.node if n.op_type == "Cast"]
        self.assertEqual(casts, [("sin", "sin__fp16"), ("emb__fp16out", "emb")])


if __name__ == "__main__":
    unittest.main()
