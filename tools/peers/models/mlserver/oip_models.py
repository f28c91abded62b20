"""Toy MLServer custom runtimes for the interop tests (imported from the model repository)."""

import numpy as np
from mlserver import MLModel
from mlserver.codecs import NumpyCodec
from mlserver.types import InferenceRequest, InferenceResponse, ResponseOutput


class _Base(MLModel):
    async def load(self) -> bool:
        return True

    def _response(self, request: InferenceRequest, outputs: list) -> InferenceResponse:
        return InferenceResponse(model_name=self.name, model_version=self.version, id=request.id, outputs=outputs)


class AddSub(_Base):
    """OUTPUT0 = INPUT0 + INPUT1, OUTPUT1 = INPUT0 - INPUT1."""

    async def predict(self, payload: InferenceRequest) -> InferenceResponse:
        arrays = {i.name: NumpyCodec.decode_input(i) for i in payload.inputs}
        a, b = arrays["INPUT0"], arrays["INPUT1"]
        return self._response(
            payload,
            [
                NumpyCodec.encode_output("OUTPUT0", np.asarray(a + b)),
                NumpyCodec.encode_output("OUTPUT1", np.asarray(a - b)),
            ],
        )


class Identity(_Base):
    """OUTPUT0 = INPUT0, any datatype (BYTES too): the decoded elements are passed through."""

    async def predict(self, payload: InferenceRequest) -> InferenceResponse:
        tensor = payload.inputs[0]
        output = ResponseOutput(name="OUTPUT0", shape=tensor.shape, datatype=tensor.datatype, data=tensor.data)
        return self._response(payload, [output])
