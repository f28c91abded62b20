"""Decoupled model: REPEAT responses per request, then the FINAL flag (Triton python backend)."""

import numpy as np
import triton_python_backend_utils as pb_utils


class TritonPythonModel:
    def execute(self, requests):
        for request in requests:
            sender = request.get_response_sender()
            x = pb_utils.get_input_tensor_by_name(request, "INPUT0").as_numpy()
            repeat = int(pb_utils.get_input_tensor_by_name(request, "REPEAT").as_numpy()[0])
            for i in range(repeat):
                sender.send(
                    pb_utils.InferenceResponse(
                        output_tensors=[
                            pb_utils.Tensor("OUTPUT0", (x * i).astype(np.float32)),
                            pb_utils.Tensor("IDX", np.array([i], dtype=np.int32)),
                        ]
                    )
                )
            sender.send(flags=pb_utils.TRITONSERVER_RESPONSE_COMPLETE_FINAL)
        # Decoupled models answer through the senders and must return None.
