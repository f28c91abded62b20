"""OUTPUT0 = INPUT0 for BYTES (TYPE_STRING) elements (Triton python backend)."""

import numpy as np
import triton_python_backend_utils as pb_utils


class TritonPythonModel:
    def execute(self, requests):
        responses = []
        for request in requests:
            data = pb_utils.get_input_tensor_by_name(request, "INPUT0").as_numpy()
            output = pb_utils.Tensor("OUTPUT0", data.astype(np.object_))
            responses.append(pb_utils.InferenceResponse(output_tensors=[output]))
        return responses
