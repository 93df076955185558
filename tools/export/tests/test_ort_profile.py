"""ORT profile summary: per-op kernel time per run, ranked."""

import unittest

from tools.export.ort_profile import summarize


def _kernel(op: str, provider: str, dur: float) -> dict:
    return {"cat": "Node", "name": f"{op}_node_kernel_time", "dur": dur, "args": {"op_name": op, "provider": provider}}


class OrtProfileTests(unittest.TestCase):
    def test_summarize_TwoRuns_RanksOpsByTimePerRun(self):
        events = [{"cat": "Session", "name": "model_run", "dur": 5000}, {"cat": "Session", "name": "model_run", "dur": 7000},
                  _kernel("MatMul", "CUDAExecutionProvider", 3000), _kernel("MatMul", "CUDAExecutionProvider", 3000),
                  _kernel("Gather", "CPUExecutionProvider", 1000), _kernel("Gather", "CPUExecutionProvider", 1000),
                  {"cat": "Node", "name": "MatMul_node_fence_before", "dur": 99999}]
        lines = summarize(events, top=5)
        self.assertEqual(lines[0], "runs 2, mean model_run 6.00 ms, kernel time per run 4.00 ms in 2 kernels")
        self.assertTrue(lines[1].startswith("MatMul") and "3.00 ms/run" in lines[1] and "75.0 %" in lines[1])
        self.assertTrue(lines[2].startswith("Gather") and "CPUExecutionProvider" in lines[2])
        self.assertEqual(len(lines), 3)


if __name__ == "__main__":
    unittest.main()
