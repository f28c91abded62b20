"""What the server says about its models: metadata, Triton's model configuration and the repository index."""

from __future__ import annotations

from .._parameters import to_parameters
from ..protocol import ModelMetadataResponse, ModelMetadataResponseTensorMetadata
from ..triton_protocol import (
    DataType,
    ModelConfig,
    ModelInput,
    ModelInstanceGroup,
    ModelInstanceGroupKind,
    ModelOutput,
    ModelParameter,
    ModelTransactionPolicy,
    ModelVersionPolicy,
    ModelVersionPolicyAll,
    ModelVersionPolicySpecific,
    RepositoryIndexResponseModelIndex,
)
from ._model import ANY_DATATYPE, Model, ModelRegistry, TensorSpec

__all__ = ["BACKEND", "model_config", "model_metadata", "repository_index"]

BACKEND = "python"
"""The backend ModelConfig reports: every model of this server is a Python callable."""

READY, UNAVAILABLE = "READY", "UNAVAILABLE"


def _tensor_metadata(spec: TensorSpec) -> ModelMetadataResponseTensorMetadata:
    return ModelMetadataResponseTensorMetadata(
        name=spec.name,
        datatype=spec.datatype or ANY_DATATYPE,
        shape=list(spec.shape) if spec.shape is not None else [-1],
    )


def model_metadata(model: Model) -> ModelMetadataResponse:
    return ModelMetadataResponse(
        name=model.name,
        versions=list(model.versions),
        platform=model.platform,
        inputs=[_tensor_metadata(s) for s in model.inputs],
        outputs=[_tensor_metadata(s) for s in model.outputs],
        properties=to_parameters(model.properties, f"model {model.name!r}"),
    )


def _data_type(spec: TensorSpec) -> DataType:
    """TYPE_<datatype> (BYTES is TYPE_STRING); TYPE_INVALID for a tensor of any datatype."""
    if spec.datatype is None:
        return DataType.TYPE_INVALID
    return DataType.TYPE_STRING if spec.datatype == "BYTES" else DataType[f"TYPE_{spec.datatype}"]


def _dims(model: Model, spec: TensorSpec) -> list[int]:
    """The configuration's dims: the declared shape without the batch dimension of a batching model."""
    if spec.shape is None:
        return [-1]
    return list(spec.shape[1:] if model.max_batch_size else spec.shape)


def model_config(model: Model) -> ModelConfig:
    """The model's declarations as Triton's ModelConfig."""
    if all(v.isdigit() for v in model.versions):
        policy = ModelVersionPolicy(specific=ModelVersionPolicySpecific(versions=[int(v) for v in model.versions]))
    else:
        policy = ModelVersionPolicy(all=ModelVersionPolicyAll())
    return ModelConfig(
        name=model.name,
        platform=model.platform,
        backend=BACKEND,
        version_policy=policy,
        max_batch_size=model.max_batch_size,
        input=[ModelInput(name=s.name, data_type=_data_type(s), dims=_dims(model, s)) for s in model.inputs],
        output=[ModelOutput(name=s.name, data_type=_data_type(s), dims=_dims(model, s)) for s in model.outputs],
        instance_group=[ModelInstanceGroup(name=f"{model.name}_0", kind=ModelInstanceGroupKind.KIND_CPU, count=1)],
        parameters={k: ModelParameter(string_value=str(v)) for k, v in model.properties.items()},
        model_transaction_policy=ModelTransactionPolicy(decoupled=model.decoupled),
    )


def repository_index(registry: ModelRegistry, *, ready_only: bool) -> list[RepositoryIndexResponseModelIndex]:
    """One entry per model version: READY when loaded, else UNAVAILABLE with the reason."""
    entries = []
    for model in registry:
        ready = registry.is_ready(model.name)
        if ready_only and not ready:
            continue
        for version in model.versions:
            entries.append(
                RepositoryIndexResponseModelIndex(
                    name=model.name,
                    version=version,
                    state=READY if ready else UNAVAILABLE,
                    reason="" if ready else "unloaded",
                )
            )
    return entries
