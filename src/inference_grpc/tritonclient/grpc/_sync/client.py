# Generated from src/inference_grpc/tritonclient/grpc/_async/client.py by codegen/unasync.py (`make generate`). DO NOT EDIT.
# Edit the async original; this blocking twin is rewritten from it.
"""The methods tritonclient's two InferenceServerClients share, over the native client.

Written as the async original (the base of `grpc.InferenceServerClient`); `make generate`
rewrites it into the blocking twin in `_sync/client.py` (the base of `grpc.InferenceServerClient`).
What only one flavour has (the blocking `async_infer` and callback stream, the asyncio
`stream_infer`) is in that flavour's own module.

Every call: the call's headers go through the registered plugin (as a `Request`), then the native
client's method runs with them and `client_timeout` as its deadline, so its CallPolicy owns the
call; replies become `service_pb2` messages (or tritonclient's JSON dicts with `as_json=True`),
failures InferenceServerException with tritonclient's status strings.

Why one long module: it is tritonclient's one class of 28 public methods, each a few lines over
one native call; splitting the class would only scatter its methods.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any

import grpc

from ....client import SyncInferenceGRPCClient
from ..._plugin import InferenceServerClientPlugin, Request
from ...utils import raise_error
from .. import service_pb2
from .._calls import (
    answer,
    channel_arguments,
    compression_of,
    log_request,
    log_response,
    native_request,
    pb2,
    regions_response,
    trace_request,
    trace_response,
    translated,
)
from .._options import KeepAliveOptions
from .._result import InferResult

__all__ = ["InferenceServerClientBase"]


class InferenceServerClientBase:
    """tritonclient's InferenceServerClient methods (see the flavours' classes for the arguments)."""

    def __init__(
        self,
        url: str,
        verbose: bool = False,
        ssl: bool = False,
        root_certificates: str | None = None,
        private_key: str | None = None,
        certificate_chain: str | None = None,
        creds: grpc.ChannelCredentials | None = None,
        keepalive_options: KeepAliveOptions | None = None,
        channel_args: Sequence[tuple[str, Any]] | None = None,
    ) -> None:
        self._plugin: InferenceServerClientPlugin | None = None
        files = ssl and creds is None  # tritonclient reads the PEM files only then
        # The native client's arguments (kept: the blocking flavour makes a second one for callbacks).
        self._arguments: dict[str, Any] = {
            "url": url,
            "verbose": verbose,
            "use_ssl": ssl,
            "root_certificates": root_certificates if files else None,
            "private_key": private_key if files else None,
            "certificate_chain": certificate_chain if files else None,
            "creds": creds,
            "channel_args": channel_arguments(keepalive_options, channel_args),
            "timeout": None,  # tritonclient's calls have no deadline unless client_timeout says so
        }
        with translated():
            self._client = SyncInferenceGRPCClient(**self._arguments)
        self._verbose = verbose

    # -- plugins --

    def register_plugin(self, plugin: InferenceServerClientPlugin) -> None:
        """Register a plugin, called with every call's Request (one at a time)."""
        if self._plugin is not None:
            raise_error(
                "A plugin is already registered. Please unregister the previous plugin first before"
                " registering a new plugin."
            )
        self._plugin = plugin

    def plugin(self) -> InferenceServerClientPlugin | None:
        """The registered plugin, or None."""
        return self._plugin

    def unregister_plugin(self) -> None:
        """Unregister the plugin."""
        if self._plugin is None:
            raise_error("No plugin has been registered.")
        self._plugin = None

    def _headers(self, headers: Mapping[str, Any] | None) -> dict[str, Any]:
        request = Request(dict(headers) if headers is not None else None)
        if self._plugin is not None:
            self._plugin(request)
        return request.headers

    # -- health and metadata --

    def is_server_live(
        self, headers: Mapping[str, Any] | None = None, client_timeout: float | None = None
    ) -> bool:
        """Whether the server is live."""
        with translated():
            return self._client.is_server_live(timeout=client_timeout, headers=self._headers(headers))

    def is_server_ready(
        self, headers: Mapping[str, Any] | None = None, client_timeout: float | None = None
    ) -> bool:
        """Whether the server is ready."""
        with translated():
            return self._client.is_server_ready(timeout=client_timeout, headers=self._headers(headers))

    def is_model_ready(
        self,
        model_name: str,
        model_version: str = "",
        headers: Mapping[str, Any] | None = None,
        client_timeout: float | None = None,
    ) -> bool:
        """Whether a model (of a version, or the server's choice) is ready."""
        if type(model_version) is not str:
            raise_error("model version must be a string")
        with translated():
            return self._client.is_model_ready(
                model_name, model_version, timeout=client_timeout, headers=self._headers(headers)
            )

    def get_server_metadata(
        self, headers: Mapping[str, Any] | None = None, as_json: bool = False, client_timeout: float | None = None
    ) -> Any:
        """The server's ServerMetadataResponse (a dict with `as_json`)."""
        with translated():
            reply = self._client.server_metadata(timeout=client_timeout, headers=self._headers(headers))
        return answer(pb2(service_pb2.ServerMetadataResponse, reply), as_json)

    def get_model_metadata(
        self,
        model_name: str,
        model_version: str = "",
        headers: Mapping[str, Any] | None = None,
        as_json: bool = False,
        client_timeout: float | None = None,
    ) -> Any:
        """A model's ModelMetadataResponse (a dict with `as_json`)."""
        if type(model_version) is not str:
            raise_error("model version must be a string")
        with translated():
            reply = self._client.model_metadata(
                model_name, model_version, timeout=client_timeout, headers=self._headers(headers)
            )
        return answer(pb2(service_pb2.ModelMetadataResponse, reply), as_json)

    def get_model_config(
        self,
        model_name: str,
        model_version: str = "",
        headers: Mapping[str, Any] | None = None,
        as_json: bool = False,
        client_timeout: float | None = None,
    ) -> Any:
        """A model's ModelConfigResponse (a dict with `as_json`)."""
        if type(model_version) is not str:
            raise_error("model version must be a string")
        with translated():
            config = self._client.model_config(
                model_name, model_version, timeout=client_timeout, headers=self._headers(headers)
            )
        response = service_pb2.ModelConfigResponse()
        response.config.MergeFromString(bytes(config))
        return answer(response, as_json)

    def get_model_repository_index(
        self, headers: Mapping[str, Any] | None = None, as_json: bool = False, client_timeout: float | None = None
    ) -> Any:
        """The RepositoryIndexResponse of the server's model repositories (a dict with `as_json`)."""
        with translated():
            models = self._client.repository_index(timeout=client_timeout, headers=self._headers(headers))
        response = service_pb2.RepositoryIndexResponse()
        for model in models:
            response.models.add().MergeFromString(bytes(model))
        return answer(response, as_json)

    # -- repository --

    def load_model(
        self,
        model_name: str,
        headers: Mapping[str, Any] | None = None,
        config: str | None = None,
        files: Mapping[str, bytes] | None = None,
        client_timeout: float | None = None,
    ) -> None:
        """Load (or reload) a model; `config` (JSON) overrides its configuration, `files` maps
        `file:<path>` to the contents of a model folder made for this load."""
        with translated():
            self._client.load_model(
                model_name, config, files, timeout=client_timeout, headers=self._headers(headers)
            )

    def unload_model(
        self,
        model_name: str,
        headers: Mapping[str, Any] | None = None,
        unload_dependents: bool = False,
        client_timeout: float | None = None,
    ) -> None:
        """Unload a model (and the models depending on it, with `unload_dependents`)."""
        with translated():
            self._client.unload_model(
                model_name, unload_dependents, timeout=client_timeout, headers=self._headers(headers)
            )

    def get_inference_statistics(
        self,
        model_name: str = "",
        model_version: str = "",
        headers: Mapping[str, Any] | None = None,
        as_json: bool = False,
        client_timeout: float | None = None,
    ) -> Any:
        """The ModelStatisticsResponse of a model, or of all with `model_name=""` (a dict with `as_json`)."""
        if type(model_version) is not str:
            raise_error("model version must be a string")
        with translated():
            reply = self._client.model_statistics(
                model_name, model_version, timeout=client_timeout, headers=self._headers(headers)
            )
        return answer(pb2(service_pb2.ModelStatisticsResponse, reply), as_json)

    # -- trace and log settings --

    def update_trace_settings(
        self,
        model_name: str | None = None,
        settings: Mapping[str, Any] = {},  # tritonclient's default, never changed here
        headers: Mapping[str, Any] | None = None,
        as_json: bool = False,
        client_timeout: float | None = None,
    ) -> Any:
        """Change trace settings (a value, a list of values, or None to reset) of a model or the
        server; the TraceSettingResponse after the change (a dict with `as_json`)."""
        with translated():
            values = self._client.update_trace_settings(
                model_name or "", trace_request(settings), timeout=client_timeout, headers=self._headers(headers)
            )
        return answer(trace_response(values), as_json)

    def get_trace_settings(
        self,
        model_name: str | None = None,
        headers: Mapping[str, Any] | None = None,
        as_json: bool = False,
        client_timeout: float | None = None,
    ) -> Any:
        """The TraceSettingResponse of a model or the server (a dict with `as_json`)."""
        with translated():
            values = self._client.trace_settings(
                model_name or "", timeout=client_timeout, headers=self._headers(headers)
            )
        return answer(trace_response(values), as_json)

    def update_log_settings(
        self,
        settings: Mapping[str, Any],
        headers: Mapping[str, Any] | None = None,
        as_json: bool = False,
        client_timeout: float | None = None,
    ) -> Any:
        """Change the server's log settings; the LogSettingsResponse after it (a dict with `as_json`)."""
        with translated():
            values = self._client.update_log_settings(
                log_request(settings), timeout=client_timeout, headers=self._headers(headers)
            )
        return answer(log_response(values), as_json)

    def get_log_settings(
        self, headers: Mapping[str, Any] | None = None, as_json: bool = False, client_timeout: float | None = None
    ) -> Any:
        """The server's LogSettingsResponse (a dict with `as_json`)."""
        with translated():
            values = self._client.log_settings(timeout=client_timeout, headers=self._headers(headers))
        return answer(log_response(values), as_json)

    # -- shared memory --

    def get_system_shared_memory_status(
        self,
        region_name: str = "",
        headers: Mapping[str, Any] | None = None,
        as_json: bool = False,
        client_timeout: float | None = None,
    ) -> Any:
        """The SystemSharedMemoryStatusResponse of a region, or of all (a dict with `as_json`)."""
        with translated():
            regions = self._client.system_shared_memory_status(
                region_name, timeout=client_timeout, headers=self._headers(headers)
            )
        return answer(regions_response(service_pb2.SystemSharedMemoryStatusResponse, regions), as_json)

    def register_system_shared_memory(
        self,
        name: str,
        key: str,
        byte_size: int,
        offset: int = 0,
        headers: Mapping[str, Any] | None = None,
        client_timeout: float | None = None,
    ) -> None:
        """Register `byte_size` bytes from `offset` of the shared memory object `key` as region `name`."""
        with translated():
            self._client.register_system_shared_memory(
                name, key, byte_size, offset, timeout=client_timeout, headers=self._headers(headers)
            )

    def unregister_system_shared_memory(
        self, name: str = "", headers: Mapping[str, Any] | None = None, client_timeout: float | None = None
    ) -> None:
        """Unregister a system shared memory region, or all of them with `name=""`."""
        with translated():
            self._client.unregister_system_shared_memory(
                name, timeout=client_timeout, headers=self._headers(headers)
            )

    def get_cuda_shared_memory_status(
        self,
        region_name: str = "",
        headers: Mapping[str, Any] | None = None,
        as_json: bool = False,
        client_timeout: float | None = None,
    ) -> Any:
        """The CudaSharedMemoryStatusResponse of a region, or of all (a dict with `as_json`)."""
        with translated():
            regions = self._client.cuda_shared_memory_status(
                region_name, timeout=client_timeout, headers=self._headers(headers)
            )
        return answer(regions_response(service_pb2.CudaSharedMemoryStatusResponse, regions), as_json)

    def register_cuda_shared_memory(
        self,
        name: str,
        raw_handle: bytes,
        device_id: int,
        byte_size: int,
        headers: Mapping[str, Any] | None = None,
        client_timeout: float | None = None,
    ) -> None:
        """Register a CUDA memory block as region `name`: `raw_handle` is its CUDA IPC handle,
        base64-encoded (as `utils.cuda_shared_memory.get_raw_handle` gives it)."""
        with translated():
            self._client.register_cuda_shared_memory(
                name,
                base64.b64decode(raw_handle),
                device_id,
                byte_size,
                timeout=client_timeout,
                headers=self._headers(headers),
            )

    def unregister_cuda_shared_memory(
        self, name: str = "", headers: Mapping[str, Any] | None = None, client_timeout: float | None = None
    ) -> None:
        """Unregister a CUDA shared memory region, or all of them with `name=""`."""
        with translated():
            self._client.unregister_cuda_shared_memory(
                name, timeout=client_timeout, headers=self._headers(headers)
            )

    # -- inference --

    def infer(
        self,
        model_name: str,
        inputs: Sequence[Any],
        model_version: str = "",
        outputs: Sequence[Any] | None = None,
        request_id: str = "",
        sequence_id: int | str = 0,
        sequence_start: bool = False,
        sequence_end: bool = False,
        priority: int = 0,
        timeout: int | None = None,
        client_timeout: float | None = None,
        headers: Mapping[str, Any] | None = None,
        compression_algorithm: str | None = None,
        parameters: Mapping[str, Any] | None = None,
    ) -> InferResult:
        """Run an inference (`timeout`: the server's queue timeout in microseconds; `client_timeout`:
        this call's deadline in seconds) and return its InferResult."""
        metadata = self._headers(headers)
        request = native_request(
            model_name, inputs, model_version, outputs, request_id,
            sequence_id, sequence_start, sequence_end, priority, timeout, parameters,
        )  # fmt: skip
        with translated():
            response = self._client.infer(
                request, timeout=client_timeout, headers=metadata, compression=compression_of(compression_algorithm)
            )
        return InferResult.from_response(response)

    # -- lifetime --

    def close(self) -> None:
        """Close the client; calls after this fail."""
        self._client.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
