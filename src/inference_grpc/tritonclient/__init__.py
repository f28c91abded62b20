"""A drop-in for tritonclient's gRPC client: change `import tritonclient.grpc` to
`import inference_grpc.tritonclient.grpc`, the rest of the code stays.

Subpackages mirror tritonclient 2.73's public names, signatures and defaults: `grpc` (with
`service_pb2`, `service_pb2_grpc`, `model_config_pb2` as real protobuf classes in a descriptor
pool of their own), `grpc.aio`, `grpc.auth`, `utils`, `utils.shared_memory` and
`utils.cuda_shared_memory`. It needs protobuf and ml_dtypes beyond the core:
`pip install "inference-grpc[tritonclient]"`. Where tritonclient differs from what its users
meant, README's "Migrating from tritonclient" lists what this package does instead.
"""

__all__: list[str] = []
