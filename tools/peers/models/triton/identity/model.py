"""OUTPUT0 = INPUT0, for any datatype (Triton python backend)."""

import triton_python_backend_utils as pb_utils


class TritonPythonModel:
    def execute(self, requests):
        responses = []
        for request in requests:
            tensor = pb_utils.get_input_tensor_by_name(request, "INPUT0")
            # DLPack passes the buffer through untouched; it also covers BF16, which numpy
            # (and so as_numpy()) cannot represent.
            output = pb_utils.Tensor.from_dlpack("OUTPUT0", tensor.to_dlpack())
            responses.append(pb_utils.InferenceResponse(output_tensors=[output]))
        return responses
