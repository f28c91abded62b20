"""Runs in the Triton peer venv: real tritonclient.grpc against the embedded server (url in argv[1]).

Prints one JSON object of what it observed; test_triton_tritonclient.py judges it.
"""

from __future__ import annotations

import json
import queue
import sys
from typing import Any

import numpy as np
import tritonclient.grpc as grpcclient
import tritonclient.utils.shared_memory as shm
from tritonclient.utils import InferenceServerException

url = sys.argv[1]
client = grpcclient.InferenceServerClient(url)
seen: dict[str, Any] = {}


def x_input() -> grpcclient.InferInput:
    x = grpcclient.InferInput("X", [2], "FP32")
    x.set_data_from_numpy(np.array([1.0, 2.0], np.float32))
    return x


config = client.get_model_config("count", as_json=True)["config"]
seen["config"] = {
    "decoupled": config.get("model_transaction_policy", {}).get("decoupled", False),
    "inputs": [(i["name"], i["data_type"], i["dims"]) for i in config["input"]],
}

# A decoupled stream: three responses and the empty final one, then an error mid-stream, then more.
results: queue.Queue[Any] = queue.Queue()
client.start_stream(callback=lambda result, error: results.put((result, error)))
client.async_stream_infer("count", [x_input()], request_id="a", parameters={"n": 3}, enable_empty_final_response=True)
client.async_stream_infer("count", [x_input()], request_id="b", parameters={"n": 3, "fail_at": 1})
client.async_stream_infer("count", [x_input()], request_id="c", parameters={"n": 1}, enable_empty_final_response=True)
stream: list[Any] = []
finals = 0
while finals < 2:
    result, error = results.get(timeout=20)
    if error is not None:
        stream.append(["error", error.message()])
        continue
    response = result.get_response()
    idx = result.as_numpy("IDX")
    final = response.parameters["triton_final_response"].bool_param
    finals += final
    stream.append([response.id, None if idx is None else int(idx[0]), final])
client.stop_stream()
seen["stream"] = stream

# Shared memory in and out, on the `simple` model (INT32 [1, 16] twice).
a = np.arange(16, dtype=np.int32).reshape(1, 16)
b = np.full((1, 16), 2, dtype=np.int32)
handle = shm.create_shared_memory_region("probe_io", "/igrpc_probe_io", 256)
try:
    shm.set_shared_memory_region(handle, [a, b])
    client.register_system_shared_memory("probe_io", "/igrpc_probe_io", 256)
    seen["shm_status"] = client.get_system_shared_memory_status(as_json=True)
    inputs = [grpcclient.InferInput("INPUT0", [1, 16], "INT32"), grpcclient.InferInput("INPUT1", [1, 16], "INT32")]
    inputs[0].set_shared_memory("probe_io", 64)
    inputs[1].set_shared_memory("probe_io", 64, offset=64)
    out0 = grpcclient.InferRequestedOutput("OUTPUT0")
    out0.set_shared_memory("probe_io", 64, offset=128)
    before = client.get_inference_statistics("simple", as_json=True)["model_stats"][0].get("inference_count", "0")
    reply = client.infer("simple", inputs, outputs=[out0, grpcclient.InferRequestedOutput("OUTPUT1")])
    written = shm.get_contents_as_numpy(handle, np.int32, [1, 16], offset=128)
    seen["shm_out"] = written.tolist() == (a + b).tolist()
    seen["shm_reply_out0"] = reply.get_response().raw_output_contents[0] == b""  # as Triton: no contents
    seen["out1"] = reply.as_numpy("OUTPUT1").tolist() == (a - b).tolist()
    after = client.get_inference_statistics("simple", as_json=True)["model_stats"][0]
    seen["stats_delta"] = int(after["inference_count"]) - int(before)
    seen["stats_success"] = int(after["inference_stats"]["success"]["count"])
    try:
        inputs[0].set_shared_memory("nope", 64)
        client.infer("simple", inputs)
    except InferenceServerException as exc:
        seen["shm_unknown"] = [exc.status(), exc.message()]
    client.unregister_system_shared_memory("probe_io")
finally:
    shm.destroy_shared_memory_region(handle)

# Repository: index, and load/unload in Triton's layout.
client.unload_model("count_async")
seen["after_unload"] = client.is_model_ready("count_async")
seen["index"] = {m["name"]: m.get("state") for m in client.get_model_repository_index(as_json=True)["models"]}
client.load_model("count_async")
seen["after_load"] = client.is_model_ready("count_async")
try:
    client.get_inference_statistics("nope")
except InferenceServerException as exc:
    seen["stats_unknown"] = exc.status()
seen["log"] = client.update_log_settings({"log_verbose_level": 1}, as_json=True)["settings"]["log_verbose_level"]
seen["trace"] = client.update_trace_settings("probe", {"trace_rate": "7"}, as_json=True)["settings"]["trace_rate"]
try:
    client.get_cuda_shared_memory_status()
except InferenceServerException as exc:
    seen["cuda"] = exc.status()
print(json.dumps(seen))
