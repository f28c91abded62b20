"""Stateful model: per correlation id, the running sum of INPUT0; START resets it, END forgets it."""

import numpy as np
import triton_python_backend_utils as pb_utils


class TritonPythonModel:
    def initialize(self, args):
        self.sums = {}

    def execute(self, requests):
        responses = []
        for request in requests:
            key = request.correlation_id()
            x = float(pb_utils.get_input_tensor_by_name(request, "INPUT0").as_numpy()[0])
            start = int(pb_utils.get_input_tensor_by_name(request, "START").as_numpy().reshape(-1)[0])
            end = int(pb_utils.get_input_tensor_by_name(request, "END").as_numpy().reshape(-1)[0])
            total = x + (0.0 if start else self.sums.get(key, 0.0))
            if end:
                self.sums.pop(key, None)
            else:
                self.sums[key] = total
            responses.append(
                pb_utils.InferenceResponse(
                    output_tensors=[
                        pb_utils.Tensor("OUTPUT0", np.array([total], dtype=np.float32)),
                        pb_utils.Tensor("FLAGS", np.array([start, end], dtype=np.int32)),
                    ]
                )
            )
        return responses
