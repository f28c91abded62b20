"""REST forms, parameters, DataFrames and errors through kserve's classes and through ours.

Run by test_kserve_rest_differential.py as `<kserve venv python> kserve_rest_scenarios.py` with
this repository's src/ and generated/ on PYTHONPATH; no server: these are data transforms. Prints
one JSON object: per scenario, {"kserve": ..., "ours": ...}, each side's observations as plain
values (REST bodies as [JSON object, binary part in hex]; arrays as lists; errors by class name).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import kserve.protocol.infer_type as kt
import numpy as np
import pandas as pd
from kserve.errors import InvalidInput as KServeInvalidInput
from kserve.protocol.grpc import grpc_predict_v2_pb2 as pb
from kserve.protocol.rest.v2_datamodels import InferenceRequest
from kserve.utils.utils import get_predict_response

import inference_grpc as ours
from inference_grpc import InvalidInput

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
    "BYTES": np.object_,
}
SIDES = (("kserve", kt), ("ours", ours))
# Parameter values of every kind JSON and kserve's REST path carry (kserve drops double and
# uint64 parameters only on its gRPC -> REST conversion, compared separately below).
PARAMS = {"s": "text", "i": -7, "b": True, "no": False, "d": 0.25, "u": 2**63 + 5}


def plain(value: Any) -> Any:
    """JSON-able: bytes as {"bytes": hex}, arrays and tuples as lists, numpy scalars as Python's."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"bytes": bytes(value).hex()}
    if isinstance(value, np.ndarray):
        return [plain(v) for v in value.astype(object).tolist()] if value.ndim else plain(value.item())
    if isinstance(value, np.generic):
        return plain(value.item())
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, (str, float)):
        return value
    if isinstance(value, int):  # our received parameters are int subclasses: compare the value
        return getattr(value, "value", int(value))
    return repr(value)


def rest_form(result: tuple[Any, int | None]) -> list[Any]:
    body, length = result
    if length is None:
        return [plain(body), ""]
    head = json.loads(body[:length])
    assert len(json.dumps(head)) > 0
    return [plain(head), bytes(body[length:]).hex()]


def outcome(run: Callable[[], Any]) -> Any:
    """What `run` returns, or the kind of error it raises: kserve's and our InvalidInput alike
    are "InvalidInput", anything else by its class name."""
    try:
        return {"ok": run()}
    except (KServeInvalidInput, InvalidInput):
        return {"error": "InvalidInput"}
    except Exception as exc:
        return {"error": type(exc).__name__}


def array(datatype: str) -> np.ndarray:
    if datatype == "BYTES":
        return np.array([b"a", b"bc", "d\u00e9".encode(), b"", b"xyz", b"0"], dtype=object).reshape(2, 3)
    values = np.arange(6) % 2 if datatype == "BOOL" else np.arange(6) - 2 * datatype.startswith("INT")
    return values.astype(DATATYPES[datatype]).reshape(2, 3)


def tensor(lib: Any, cls: str, datatype: str, binary: bool, name: str = "T0", params: Any = None) -> Any:
    t = getattr(lib, cls)(name, [2, 3], datatype, parameters=dict(params) if params else None)
    t.set_data_from_numpy(array(datatype), binary_data=binary)
    return t


def tensors_seen(tensors: list[Any]) -> list[Any]:
    return [[t.name, t.datatype, list(t.shape), plain(params_seen(t.parameters)), plain(t.as_numpy())] for t in tensors]


def params_seen(params: Any) -> dict[str, Any]:
    return {k: v for k, v in (params or {}).items() if k != "binary_data_size"}


def request_seen(r: Any) -> list[Any]:
    outputs = [[o.name, plain(o.parameters or {})] for o in (r.request_outputs or [])]
    return [r.model_name, r.id, plain(r.parameters or {}), tensors_seen(r.inputs), outputs]


def response_seen(r: Any) -> list[Any]:
    return [r.model_name, r.id, plain(r.parameters or {}), tensors_seen(r.outputs)]


def main() -> dict[str, Any]:
    out: dict[str, Any] = {}

    def both(name: str, run: Callable[[Any], Any]) -> None:
        out[name] = {side: outcome(lambda lib=lib: run(lib)) for side, lib in SIDES}

    # -- requests: to_rest, and from_bytes of each side's body ------------------------------------
    for datatype in DATATYPES:
        for binary in (True, False):
            key = f"{datatype} {'binary' if binary else 'json'}"

            def build(lib: Any, datatype: str = datatype, binary: bool = binary) -> Any:
                t = tensor(lib, "InferInput", datatype, binary, params={"content_type": "np", "n": 3})
                wanted = [lib.RequestedOutput("OUT", {"binary_data": binary})]
                return lib.InferRequest("m", [t], request_id="req-1", parameters=PARAMS, request_outputs=wanted)

            both(f"request to_rest: {key}", lambda lib, build=build: rest_form(build(lib).to_rest()))
            kserve_body = outcome(lambda build=build: build(kt).to_rest())
            if "ok" in kserve_body:
                body, length = kserve_body["ok"]
                if length is None:  # a JSON request: what a REST server reads is that JSON's bytes
                    body = json.dumps(body).encode()
                    length = len(body)
                both(
                    f"request from_bytes of kserve's body: {key}",
                    lambda lib, b=body, n=length: request_seen(lib.InferRequest.from_bytes(b, n, "m")),
                )
    # A request without an id: each side makes a uuid4.
    for side, lib in SIDES:
        t = tensor(lib, "InferInput", "FP32", False)
        head, _ = lib.InferRequest("m", [t]).to_rest()
        out.setdefault("request to_rest without id: a uuid4", {})[side] = uuid.UUID(head["id"]).version
    # Two inputs, one binary one JSON, in one body.
    both(
        "request to_rest: binary and JSON inputs",
        lambda lib: rest_form(
            lib.InferRequest(
                "m",
                [tensor(lib, "InferInput", "INT32", True, "A"), tensor(lib, "InferInput", "BYTES", False, "B")],
                request_id="r",
            ).to_rest()
        ),
    )
    # Typed lists as the caller gave them (nested): requests send them as given, responses flattened.
    nested = [[1, 2, 3], [4, 5, 6]]
    both(
        "request to_rest: a nested typed list",
        lambda lib: rest_form(
            lib.InferRequest("m", [lib.InferInput("a", [2, 3], "INT32", data=nested)], "r").to_rest()
        ),
    )
    both(
        "response to_rest: a nested typed list",
        lambda lib: rest_form(
            lib.InferResponse("r", "m", [lib.InferOutput("a", [2, 3], "INT32", data=nested)]).to_rest()
        ),
    )
    # kserve's REST model of a request (pydantic) through from_inference_request.
    model = InferenceRequest(
        id="42",
        parameters={"s": "x", "i": 3, "b": True},
        inputs=[
            {"name": "a", "shape": [2, 2], "datatype": "UINT32", "data": [1, 2, 3, 4]},
            {"name": "b", "shape": [2], "datatype": "BYTES", "data": ["x", "yz"]},
            {"name": "c", "shape": [1], "datatype": "FP64", "data": [0.5], "parameters": {"k": "v"}},
        ],
        outputs=[{"name": "o", "parameters": {"binary_data": True}}],
    )
    both("from_inference_request", lambda lib: request_seen(lib.InferRequest.from_inference_request(model, "m")))

    # -- responses: to_rest (binary or JSON, requested outputs), from_bytes, from_rest ----------------
    for datatype in DATATYPES:
        for binary in (True, False):
            key = f"{datatype} {'binary' if binary else 'json'}"

            def response(lib: Any, datatype: str = datatype, binary: bool = binary) -> Any:
                o = tensor(lib, "InferOutput", datatype, True, "OUT", params={"p": "q"})
                return lib.InferResponse(
                    "resp-1", "m", [o], model_version="2", parameters=PARAMS, use_binary_outputs=binary
                )

            both(f"response to_rest: {key}", lambda lib, response=response: rest_form(response(lib).to_rest()))
            kserve_body = outcome(lambda response=response: response(kt).to_rest())
            if "ok" in kserve_body:
                body, length = kserve_body["ok"]
                if length is None:
                    both(
                        f"response from_rest of kserve's dict: {key}",
                        lambda lib, b=body: response_seen(lib.InferResponse.from_rest(json.loads(json.dumps(b)))),
                    )
                    body = json.dumps(body).encode()
                    length = len(body)
                both(
                    f"response from_bytes of kserve's body: {key}",
                    lambda lib, b=body, n=length: response_seen(lib.InferResponse.from_bytes(b, n)),
                )

    def requested(lib: Any, binary_data: Any) -> Any:
        outs = [tensor(lib, "InferOutput", "INT64", True, name) for name in ("X", "Y", "Z")]
        z = lib.RequestedOutput("Z", None if binary_data is None else {"binary_data": binary_data})
        wanted = [z, lib.RequestedOutput("X", {"binary_data": False})]
        return lib.InferResponse("r", "m", outs, requested_outputs=wanted, use_binary_outputs=True).to_rest()

    both("response to_rest: requested outputs, binary_data true", lambda lib: rest_form(requested(lib, True)))
    both("response to_rest: requested outputs, binary_data false", lambda lib: rest_form(requested(lib, False)))

    # A tensor shaped by a protobuf repeated field (kserve code passes message.shape along).
    shaped = pb.ModelInferRequest()
    shaped.inputs.add(name="x", datatype="FP32", shape=[2, 2])

    def proto_shaped(lib: Any) -> Any:
        t = lib.InferInput("x", shaped.inputs[0].shape, "FP32")
        t.set_data_from_numpy(np.ones((2, 2), np.float32))
        return t

    both(
        "a tensor shaped by a protobuf repeated field",
        lambda lib: [list(proto_shaped(lib).shape), plain(proto_shaped(lib).as_numpy())],
    )
    both(
        "difference: to_rest of a tensor shaped by a protobuf repeated field",
        lambda lib: rest_form(lib.InferRequest("m", [proto_shaped(lib)], "r").to_rest()),
    )

    # -- use_binary_outputs of a request, as a server decides how to answer ------------------------------
    for binary in (True, False):
        grpc_request = kt.InferRequest("m", [tensor(kt, "InferInput", "INT16", binary)]).to_grpc()
        both(
            f"use_binary_outputs of a gRPC request, inputs {'raw' if binary else 'typed'}",
            lambda lib, g=grpc_request: lib.InferRequest.from_grpc(g).use_binary_outputs,
        )
    for flag in (True, False, None):
        head = {"inputs": [{"name": "a", "shape": [1], "datatype": "INT8", "data": [1]}]}
        if flag is not None:
            head["parameters"] = {"binary_data_output": flag}
        body = json.dumps(head).encode()
        both(
            f"use_binary_outputs of a REST request, binary_data_output {flag}",
            lambda lib, b=body: lib.InferRequest.from_bytes(b, len(b), "m").use_binary_outputs,
        )

    # -- parameters of every kind, the kserve way, from protobuf messages -----------------------------
    kinds = {
        "s": pb.InferParameter(string_param="text"),
        "i": pb.InferParameter(int64_param=-(2**63)),
        "b": pb.InferParameter(bool_param=False),
        "t": pb.InferParameter(bool_param=True),
        "e": pb.InferParameter(string_param=""),
    }  # kserve's proto has these three kinds; double and uint64 are tested on ours alone
    message = pb.ModelInferResponse(model_name="m", id="1", parameters=kinds)
    message.outputs.add(name="o", datatype="INT32", shape=[1], parameters=kinds).contents.int_contents.append(5)

    def kserve_style(params: Any) -> dict[str, Any]:
        fields = ("string_param", "int64_param", "bool_param")
        return {k: [p.WhichOneof("parameter_choice"), [getattr(p, f) for f in fields]] for k, p in params.items()}

    both(
        "response parameters read the kserve way",
        lambda lib: kserve_style(lib.InferResponse.from_grpc(message).parameters),
    )
    both(
        "output parameters read the kserve way",
        lambda lib: kserve_style(lib.InferResponse.from_grpc(message).outputs[0].parameters),
    )
    request_message = pb.ModelInferRequest(model_name="m", parameters=kinds)
    request_message.inputs.add(name="x", datatype="INT32", shape=[1]).contents.int_contents.append(1)
    both(
        "request parameters read the kserve way",
        lambda lib: kserve_style(lib.InferRequest.from_grpc(request_message).parameters),
    )

    # -- DataFrames ---------------------------------------------------------------------------------------
    def rest_request(lib: Any) -> Any:
        body = json.dumps(model.model_dump()).encode()
        return lib.InferRequest.from_bytes(body, len(body), "m")

    def frame_seen(frame: Any) -> Any:
        return [list(frame.columns), plain(frame.where(frame.notna(), None).to_dict("list"))]

    both("as_dataframe of a JSON request", lambda lib: frame_seen(rest_request(lib).as_dataframe()))
    frame = pd.DataFrame({"a": np.array([1.5, 2.5], np.float32), "b": [3, 4], "c": ["x", "y"], "d": [True, False]})
    for binary in (True, False):

        def from_frame(lib: Any, binary: bool = binary) -> Any:
            if lib is kt:
                request = kt.InferRequest("m", [], request_id="r", parameters={"binary_data_output": binary})
                return rest_form(get_predict_response(request, frame, "m").to_rest())
            return rest_form(ours.InferResponse.from_dataframe(frame, "m", "r", use_binary_outputs=binary).to_rest())

        both(f"a DataFrame result as a response: {'binary' if binary else 'json'}", from_frame)

    # -- where we differ on purpose (README's migration table) ------------------------------------------
    both("difference: requested output without binary_data", lambda lib: rest_form(requested(lib, None)))

    def versioned(lib: Any) -> Any:
        o = tensor(lib, "InferOutput", "INT8", True)
        body, length = lib.InferResponse("r", "m", [o], model_version="7", use_binary_outputs=True).to_rest()
        return lib.InferResponse.from_bytes(body, length).model_version

    both("difference: response from_bytes keeps model_version", versioned)

    def empty_raw(lib: Any) -> Any:
        t = lib.InferInput("e", [0], "FP32")
        t.set_data_from_numpy(np.zeros(0, np.float32))
        return rest_form(lib.InferRequest("m", [t], request_id="r").to_rest())

    both("difference: request to_rest of an input with no elements, binary", empty_raw)
    both(
        "difference: request from_bytes of a body without inputs",
        lambda lib: lib.InferRequest.from_bytes(b'{"id": "x"}', 11, "m") and None,
    )

    def raw_frame(lib: Any) -> Any:
        grpc_request = lib.InferRequest("m", [tensor(lib, "InferInput", "INT32", True)]).to_grpc()
        if lib is ours:
            grpc_request = pb.ModelInferRequest.FromString(bytes(grpc_request))
        return frame_seen(lib.InferRequest.from_grpc(grpc_request).as_dataframe())

    both("difference: as_dataframe of a gRPC request with raw inputs", raw_frame)

    # -- errors ------------------------------------------------------------------------------------------
    def body_of(head: dict[str, Any]) -> tuple[bytes, int]:
        data = json.dumps(head).encode()
        return data, len(data)

    bad_bodies = {
        "not JSON": (b"{nope", 5),
        "an input without data": body_of({"inputs": [{"name": "a", "shape": [1], "datatype": "FP32"}]}),
        "FP16 data in JSON": body_of({"inputs": [{"name": "a", "shape": [1], "datatype": "FP16", "data": [1.0]}]}),
    }
    for case, (data, length) in bad_bodies.items():
        both(
            f"error: request from_bytes, {case}",
            lambda lib, d=data, n=length: lib.InferRequest.from_bytes(d, n, "m") and None,
        )
    both(
        "error: response to_rest, a requested output it lacks",
        lambda lib: (
            lib.InferResponse(
                "r", "m", [tensor(lib, "InferOutput", "INT8", True)], requested_outputs=[lib.RequestedOutput("nope")]
            ).to_rest()
            and None
        ),
    )
    both(
        "error: request to_rest, an input without data",
        lambda lib: lib.InferRequest("m", [lib.InferInput("a", [1], "FP32")]).to_rest() and None,
    )
    return out


if __name__ == "__main__":
    print(json.dumps(main()))
