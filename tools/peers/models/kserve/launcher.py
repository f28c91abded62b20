"""KServe 0.21.0 ModelServer with the interop test models, listening on loopback only.

Run by peers.py with the server venv's python.  Command-line options (``--grpc_port``,
``--http_port``, ...) are parsed by kserve itself when it is imported.  Environment:
``OIP_PEER_HOST`` (listen address), ``OIP_PEER_DATATYPES`` (comma-separated V2 datatypes of the
``identity_<dt>`` models).
"""

import os

import grpc.aio._server as aio_server
import uvicorn
from kserve import InferOutput, InferRequest, InferResponse, Model, ModelServer

HOST = os.environ.get("OIP_PEER_HOST", "127.0.0.1")


def _bind_to_loopback():
    """Make kserve listen on HOST only; must run before the ModelServer is created.

    kserve hard-codes "[::]:<port>" for gRPC and host="0.0.0.0" for uvicorn (HTTP).
    """
    add_insecure_port = aio_server.Server.add_insecure_port
    config_init = uvicorn.Config.__init__

    def loopback_port(self, address):
        return add_insecure_port(self, f"{HOST}:{address.rsplit(':', 1)[1]}")

    def loopback_config(self, *args, **kwargs):
        kwargs["host"] = HOST
        config_init(self, *args, **kwargs)

    aio_server.Server.add_insecure_port = loopback_port
    uvicorn.Config.__init__ = loopback_config


def _tensor(name, datatype, shape):
    return {"name": name, "datatype": datatype, "shape": shape}


class _ToyModel(Model):
    def __init__(self, name, inputs, outputs):
        super().__init__(name)
        self._inputs, self._outputs = inputs, outputs
        self.load()

    def load(self):
        self.ready = True
        return True

    def get_input_types(self):
        return self._inputs

    def get_output_types(self):
        return self._outputs


class AddSub(_ToyModel):
    """OUTPUT0 = INPUT0 + INPUT1, OUTPUT1 = INPUT0 - INPUT1."""

    def __init__(self, name, datatype):
        shape = [-1, 16]
        super().__init__(
            name,
            [_tensor("INPUT0", datatype, shape), _tensor("INPUT1", datatype, shape)],
            [_tensor("OUTPUT0", datatype, shape), _tensor("OUTPUT1", datatype, shape)],
        )
        self._datatype = datatype

    async def predict(self, payload: InferRequest, headers=None, response_headers=None):
        arrays = {tensor.name: tensor.as_numpy() for tensor in payload.inputs}
        a, b = arrays["INPUT0"], arrays["INPUT1"]
        outputs = []
        for name, value in (("OUTPUT0", a + b), ("OUTPUT1", a - b)):
            output = InferOutput(name=name, shape=list(value.shape), datatype=self._datatype)
            output.set_data_from_numpy(value, binary_data=True)
            outputs.append(output)
        return InferResponse(response_id=payload.id, model_name=self.name, infer_outputs=outputs)


class Identity(_ToyModel):
    """OUTPUT0 = INPUT0, passed through in the encoding it came in (raw bytes or typed list)."""

    def __init__(self, name, datatype):
        super().__init__(name, [_tensor("INPUT0", datatype, [-1])], [_tensor("OUTPUT0", datatype, [-1])])

    async def predict(self, payload: InferRequest, headers=None, response_headers=None):
        tensor = payload.inputs[0]
        raw = tensor._raw_data  # kserve has no public accessor for the raw input bytes
        output = InferOutput(
            name="OUTPUT0",
            shape=list(tensor.shape),
            datatype=tensor.datatype,
            data=None if raw is not None else list(tensor.data),
        )
        return InferResponse(
            response_id=payload.id,
            model_name=self.name,
            infer_outputs=[output],
            raw_outputs=[raw] if raw is not None else None,
            use_binary_outputs=raw is not None,
        )


def build_models():
    models = [AddSub("add_sub", "FP32"), AddSub("add_sub_int32", "INT32")]
    for datatype in os.environ.get("OIP_PEER_DATATYPES", "FP32").split(","):
        models.append(Identity(f"identity_{datatype.lower()}", datatype))
    models.append(Identity("echo_bytes", "BYTES"))
    return models


def main():
    _bind_to_loopback()
    # A short grace period keeps stops quick (kserve waits that long for open RPCs).
    ModelServer(grace_period=5).start(build_models())


if __name__ == "__main__":
    main()
