# Generated from src/inference_grpc/tritonclient/grpc/_async/__init__.py by codegen/unasync.py (`make generate`). DO NOT EDIT.
# Edit the async original; this blocking twin is rewritten from it.
"""The async original of the shared InferenceServerClient methods; `_sync` holds the generated blocking twin."""
