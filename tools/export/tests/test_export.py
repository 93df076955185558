"""Tiny pack export: checker, manifest contract, fp16 variant, spectrum variant, contract mismatch messages."""

import json
import os
import tempfile
import unittest

import onnx
from onnx import TensorProto

from tools.export import build, pack
from tools.export.graphs import GraphSpec, TensorSpec
from tools.export.manifest import validate_pack
from tools.export.onnx_export import GraphContractError, check_file, graph_io


class ExportTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.folder = cls.tmp.name
        cls.manifest = pack.write_pack(cls.folder, "t", build.random_init(tiny=True, seed=5),
                                       precisions=("fp32", "fp16"), vocoder_spectrum=True)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_write_pack_AllGraphs_ListedAndValid(self):
        files = sorted(g["file"] for g in self.manifest["graphs"])
        self.assertEqual(files, sorted([f"{r}.{p}.onnx" for r in ("conditioning", "dit_step", "vocoder",
                                                                   "vocoder_spectrum") for p in ("fp32", "fp16")]
                                       + ["time_modulation.fp16.onnx"]))
        self.assertEqual(validate_pack(self.folder), [g["file"] for g in self.manifest["graphs"]])

    def test_manifest_Constants_AsSpecified(self):
        with open(os.path.join(self.folder, "manifest.json"), encoding="utf-8") as f:
            data = json.load(f)
        self.assertEqual((data["format_version"], data["sample_rate"], data["hop_length"], data["mel_channels"]),
                         (1, 24000, 256, 100))
        self.assertEqual(data["vocab"][0], " ")

    def test_graph_io_DitStep_MatchesContract(self):
        inputs, outputs = graph_io(os.path.join(self.folder, "dit_step.fp32.onnx"))
        self.assertEqual([(t.name, t.shape) for t in inputs],
                         [("x", (1, "N", 100)), ("cond_proj", (2, "N", 64)), ("rope_cos", ("N", 32)),
                          ("rope_sin", ("N", 32)), ("t", (1,))])
        self.assertEqual([(t.name, t.shape) for t in outputs], [("velocity", (2, "N", 100))])

    def test_graph_io_Fp16DitStep_IsAFlowStepOverTheTables(self):
        inputs, outputs = graph_io(os.path.join(self.folder, "dit_step.fp16.onnx"))
        width = (8 * 2 + 2) * 64  # tiny: depth 2, dim 64
        self.assertEqual([(t.name, t.dtype, t.shape) for t in inputs[4:]],
                         [("time_grid", "float32", ("G",)), ("modulation", "float16", ("G", width)),
                          ("step", "int64", (1,)), ("cfg", "float32", (1,))])
        self.assertEqual([(t.name, t.dtype, t.shape) for t in outputs],
                         [("x_next", "float32", (1, "N", 100)), ("step_next", "int64", (1,))])
        step = next(g for g in self.manifest["graphs"] if g["file"] == "dit_step.fp16.onnx")
        self.assertEqual([o["name"] for o in step["outputs"]], ["x_next", "step_next"])  # the manifest says so too

    def test_graph_io_TimeModulation_WritesTheFloat16Table(self):
        inputs, outputs = graph_io(os.path.join(self.folder, "time_modulation.fp16.onnx"))
        self.assertEqual(([(t.name, t.dtype) for t in inputs], [(t.name, t.dtype, t.shape) for t in outputs]),
                         ([("time_grid", "float32")], [("modulation", "float16", ("G", (8 * 2 + 2) * 64))]))
        # the table is written by the Linear itself, no float32 copy of it
        graph = onnx.load(os.path.join(self.folder, "time_modulation.fp16.onnx")).graph
        writers = {o: n.op_type for n in graph.node for o in n.output}
        self.assertEqual(writers["modulation"], "Gemm")

    def test_fp16_DitStep_EulerUpdateInFloat32(self):
        # the state is updated in float32 from the float32 velocity, as the sampler does; no float16 in the update
        graph = onnx.load(os.path.join(self.folder, "dit_step.fp16.onnx")).graph
        euler = [n for n in graph.node if n.name.startswith("/euler/") and n.op_type != "Constant"]
        self.assertEqual(sorted(n.op_type for n in euler), ["Add", "Add", "Mul", "Mul", "Slice", "Slice", "Sub", "Sub"])
        writers = {o: n for n in graph.node for o in n.output}
        last = writers["x_next"]
        self.assertEqual((last.op_type, last.input[0]), ("Add", "x"))
        for node in euler:
            self.assertFalse(any(name.endswith("__fp16") or name.endswith("__fp16out") for name in node.input), node.name)
        # t and t_next are read from the float32 grid at the counter, which the graph advances by one
        times = [n for n in graph.node if n.op_type == "Gather" and n.input[0] == "time_grid"]
        self.assertEqual(sorted(n.input[1] for n in times), sorted(["step", writers["step_next"].output[0]]))
        self.assertEqual((writers["step_next"].op_type, writers["step_next"].input[0]), ("Add", "step"))

    def test_fp16_DitStep_HalfWeightsFloatIo(self):
        model = onnx.load(os.path.join(self.folder, "dit_step.fp16.onnx"))
        self.assertTrue(any(i.data_type == TensorProto.FLOAT16 for i in model.graph.initializer))
        self.assertEqual([v.type.tensor_type.elem_type for v in model.graph.output],
                         [TensorProto.FLOAT, TensorProto.INT64])

    def test_fp16_GpuGraphs_NoRunTimeShapesAndFusedAttention(self):
        # ORT's CUDA provider leaves shape arithmetic (Shape -> Gather -> Concat) to the CPU; the GPU graphs have none.
        for role in ("conditioning", "dit_step", "vocoder", "vocoder_spectrum"):
            ops = [n.op_type for n in onnx.load(os.path.join(self.folder, f"{role}.fp16.onnx")).graph.node]
            self.assertFalse({"Shape", "Size"} & set(ops), role)
        graph = onnx.load(os.path.join(self.folder, "dit_step.fp16.onnx")).graph
        attention = [n for n in graph.node if n.op_type == "MultiHeadAttention"]
        self.assertEqual((len(attention), sum(n.op_type == "Softmax" for n in graph.node)), (2, 0))  # tiny: depth 2
        readers = [n.op_type for n in graph.node if attention[0].output[0] in n.input]
        self.assertEqual(readers, ["MatMul"])  # the float16 result goes straight on, no Cast pair
        gelu = [n for n in graph.node if n.op_type == "FastGelu"]
        plain = onnx.load(os.path.join(self.folder, "dit_step.fp32.onnx")).graph
        tanh_gone = sum(n.op_type == "Tanh" for n in plain.node) - sum(n.op_type == "Tanh" for n in graph.node)
        self.assertEqual((len(gelu), tanh_gone), (2, 2))  # one FastGelu per block replaces its GELU's Tanh
        writers = {o: n.op_type for n in graph.node for o in n.output}
        initializers = {i.name: i.data_type for i in graph.initializer}
        # FastGelu reads the MatMul's float16 result directly and a float16 bias
        self.assertEqual((writers[gelu[0].input[0]], initializers[gelu[0].input[1]]), ("MatMul", TensorProto.FLOAT16))

    def test_fp16_DitStep_ResidualNormAndModulationFused(self):
        graph = onnx.load(os.path.join(self.folder, "dit_step.fp16.onnx")).graph
        ops = [n.op_type for n in graph.node]
        # tiny depth 2: the first block's attention norm is a LayerNormalization with the AdaLN scale and shift as
        # its own scale and bias; every later norm (3, and the output norm) adds the residual in the same kernel
        self.assertEqual((ops.count("LayerNormalization"), ops.count("SkipLayerNormalization")), (1, 4))
        norm = next(n for n in graph.node if n.op_type == "LayerNormalization")
        initializers = {i.name for i in graph.initializer}
        self.assertFalse({norm.input[1], norm.input[2]} & initializers)  # computed from t, not constant
        for node in (n for n in graph.node if n.op_type == "SkipLayerNormalization"):
            self.assertEqual(list(node.output[1:3]), ["", ""], node.name)  # no mean / inverse deviation computed

    def test_fp16_DitStep_ReadsItsRowOfTheTableWithoutACopyOfIt(self):
        # The AdaLN Linear (the step's largest weight) is gone from the step: it reads its float16 row of the table
        graph = onnx.load(os.path.join(self.folder, "dit_step.fp16.onnx")).graph
        self.assertEqual([n.op_type for n in graph.node if n.op_type == "Gemm"], [])
        readers = [n for n in graph.node if "modulation" in n.input]
        self.assertEqual([(n.op_type, list(n.input)) for n in readers], [("Gather", ["modulation", "step"])])

    def test_fp16_TimeModulation_WeightsAreConstants(self):
        # The batched AdaLN Linear's weight and bias (every block's rows, with the folded output biases) must be
        # initializers: computed per run they would be a Concat of 3 * depth + 1 inputs, and ORT's CUDA Concat takes
        # at most 32 inside a captured graph (a full-size step exported so failed to capture)
        graph = onnx.load(os.path.join(self.folder, "time_modulation.fp16.onnx")).graph
        initializers = {i.name for i in graph.initializer}
        gemms = [n for n in graph.node if n.op_type == "Gemm"]
        self.assertTrue(gemms)
        for gemm in gemms:
            self.assertTrue(set(gemm.input[1:]) <= initializers, gemm.name)

    def test_fp16_DitStep_PackedQkvAttention(self):
        graph = onnx.load(os.path.join(self.folder, "dit_step.fp16.onnx")).graph
        writers = {o: n for n in graph.node for o in n.output}
        constants = {n.output[0]: n for n in graph.node if n.op_type == "Constant"}
        for attention in (n for n in graph.node if n.op_type == "MultiHeadAttention"):
            self.assertEqual(len(attention.input), 1)  # q, k and v packed in one input
            reshape = writers[attention.input[0]]
            shape = onnx.numpy_helper.to_array(constants[reshape.input[1]].attribute[0].t).tolist()
            self.assertEqual((reshape.op_type, shape), ("Reshape", [0, 0, 2, 3, -1]))  # (B, N, H, 3, K)

    def test_fp16_DitStep_OneRotaryKernelPerBlockOnQAndKOnly(self):
        graph = onnx.load(os.path.join(self.folder, "dit_step.fp16.onnx")).graph
        rotary = [n for n in graph.node if n.op_type == "RotaryEmbedding"]
        attributes = [{a.name: a.i for a in n.attribute} for n in rotary]
        # tiny: 2 heads of K = 32; each head's 3K packed values rotate in their first 2K (q and k), v passes
        self.assertEqual(attributes, [{"interleaved": 1, "num_heads": 2, "rotary_embedding_dim": 64}] * 2)
        writers = {o: n for n in graph.node for o in n.output}
        self.assertEqual({writers[n.input[2]].op_type for n in rotary}, {"Gather"})  # cache from rope_cos
        # the two caches; no pair-swap Gathers (the others read the time tables)
        self.assertEqual(sum(n.op_type == "Gather" and n.input[0] not in ("time_grid", "modulation") for n in graph.node), 2)

    def test_fp16_DitStep_HalfFromInputsToOutput(self):
        # Casts only where float32 meets float16: the four N-sized inputs in, the velocity out to the float32 update
        # (or constants, which ORT folds at load); nothing between blocks, and none of the float16 table.
        graph = onnx.load(os.path.join(self.folder, "dit_step.fp16.onnx")).graph
        constants = {n.output[0] for n in graph.node if n.op_type == "Constant"}
        casts = [n for n in graph.node if n.op_type == "Cast"]
        writers = {o: n for n in graph.node for o in n.output}
        velocity = writers[next(n for n in graph.node if n.name.startswith("/euler/Slice")).input[0]]
        boundary = {"x", "cond_proj", "rope_cos", "rope_sin", velocity.input[0]}
        inside = [n.name for n in casts if n.input[0] not in boundary | constants]
        self.assertEqual(inside, [])
        self.assertEqual(sorted(n.input[0] for n in casts if n.input[0] in boundary), sorted(boundary))

    def test_fp16_ConditioningAndVocoder_NoConvolutions(self):
        # cuDNN convolutions are set up again for every new length; the GPU conditioning and vocoder use none
        for role in ("conditioning", "vocoder", "vocoder_spectrum"):
            ops = [n.op_type for n in onnx.load(os.path.join(self.folder, f"{role}.fp16.onnx")).graph.node]
            plain = [n.op_type for n in onnx.load(os.path.join(self.folder, f"{role}.fp32.onnx")).graph.node]
            self.assertEqual((ops.count("Conv"), plain.count("Conv") > 0), (0, True), role)

    def test_fp32_DitStep_PlainAttention(self):
        ops = [n.op_type for n in onnx.load(os.path.join(self.folder, "dit_step.fp32.onnx")).graph.node]
        self.assertEqual((ops.count("Softmax"), ops.count("MultiHeadAttention")), (2, 0))

    def test_fp16_MatrixHeavyGraphs_SmallerThanFp32(self):
        # Not the tiny conditioning: its depthwise convolution weights, a large share at this size, now feed
        # element-wise ops, which mixed precision keeps in float32 (at full size the projection weights dominate).
        for role in ("dit_step", "vocoder", "vocoder_spectrum"):
            fp16_size = os.path.getsize(os.path.join(self.folder, f"{role}.fp16.onnx"))
            self.assertLess(fp16_size, os.path.getsize(os.path.join(self.folder, f"{role}.fp32.onnx")), role)

    def test_check_file_WrongShape_NamesFileAndTensor(self):
        path = os.path.join(self.folder, "vocoder.fp32.onnx")
        spec = GraphSpec("vocoder", [TensorSpec("mel", "float32", (1, 80, "T"))],
                         [TensorSpec("waveform", "float32", (1, "S"))])
        with self.assertRaises(GraphContractError) as ctx:
            check_file(path, spec)
        self.assertEqual(str(ctx.exception),
                         f"{path}: input 'mel' is float32 [1, 100, 'T'], expected float32 [1, 80, 'T']")


if __name__ == "__main__":
    unittest.main()
