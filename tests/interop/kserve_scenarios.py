"""Scenarios run twice in kserve's own venv: through kserve's classes and client, and through ours.

Run by test_kserve_differential.py as `<kserve venv python> kserve_scenarios.py URL` with this
repository's src/ and generated/ on PYTHONPATH (our package needs nothing kserve's venv lacks);
prints one JSON object: per scenario, what each side observed, as plain values.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

import numpy as np
from kserve import InferenceGRPCClient as KServeClient
from kserve import InferInput as KServeInput
from kserve import InferRequest as KServeRequest
from kserve import InferResponse as KServeResponse

from inference_grpc import InferenceGRPCClient, InferInput, InferRequest, InferResponse

DATATYPES = {
    "BOOL": np.bool_,
    "INT8": np.int8,
    "INT16": np.int16,
    "INT32": np.int32,
    "INT64": np.int64,
    "UINT8": np.uint8,
    "UINT16": np.uint16,
    "UINT32": np.uint32,
    "UINT64": np.uint64,
    "FP16": np.float16,
    "FP32": np.float32,
    "FP64": np.float64,
}


def _values(response: Any) -> list[Any]:
    """id, model and each output's name, datatype, shape and values, as JSON can hold them."""
    outputs = [
        [o.name, o.datatype, list(o.shape), np.asarray(o.as_numpy()).astype(object).tolist()] for o in response.outputs
    ]
    return [response.id, response.model_name, outputs]


def _kserve_request(datatype: str, binary: bool) -> KServeRequest:
    array = (np.arange(6) % 2 if datatype == "BOOL" else np.arange(6) - 2 * datatype.startswith("INT")).astype(
        DATATYPES[datatype]
    )
    tensor = KServeInput("INPUT0", [2, 3], datatype)
    tensor.set_data_from_numpy(array.reshape(2, 3), binary_data=binary)
    return KServeRequest("identity", infer_inputs=[tensor], request_id=f"id-{datatype}")


async def main(url: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    theirs, ours = KServeClient(url), InferenceGRPCClient(url)
    for datatype in DATATYPES:
        for binary in (True, False):
            if datatype == "FP16" and not binary:
                continue  # kserve has no typed FP16 either
            request = _kserve_request(datatype, binary)
            expected = await theirs.infer(request)
            key = f"{datatype} {'raw' if binary else 'typed'}"
            out[f"kserve request: {key}"] = {
                "kserve": _values(expected),
                "ours": _values(await ours.infer(_kserve_request(datatype, binary))),
            }
            out[f"kserve protobuf request: {key}"] = {
                "kserve": _values(expected),
                "ours": _values(await ours.infer(_kserve_request(datatype, binary).to_grpc())),
            }
            message = expected.to_grpc()
            out[f"from_grpc of kserve's protobuf response: {key}"] = {
                "kserve": _values(KServeResponse.from_grpc(message)),
                "ours": _values(InferResponse.from_grpc(message)),
            }
    # Equality: the same scenarios through each library's classes.
    data = np.arange(4, dtype=np.float32).reshape(1, 4)
    cases = {
        "same raw data": (data, data.copy(), "a", "a"),
        "other values": (data, data + 1, "a", "a"),
        "other names": (data, data, "a", "b"),
    }
    for case, (left, right, left_name, right_name) in cases.items():
        verdicts = {}
        for side, tensor_type, request_type in (
            ("kserve", KServeInput, KServeRequest),
            ("ours", InferInput, InferRequest),
        ):
            a, b = tensor_type(left_name, [1, 4], "FP32"), tensor_type(right_name, [1, 4], "FP32")
            a.set_data_from_numpy(left)
            b.set_data_from_numpy(right)
            verdicts[side] = [a == b, request_type("m", infer_inputs=[a]) == request_type("m", infer_inputs=[b])]
        out[f"equality: {case}"] = verdicts
    await theirs.close()
    await ours.close()
    return out


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.argv[1]))))
