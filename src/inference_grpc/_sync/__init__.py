# Generated from src/inference_grpc/_async/__init__.py by codegen/unasync.py (`make generate`). DO NOT EDIT.
# Edit the async original; this blocking twin is rewritten from it.
"""The async originals of the client's twins; `_sync` holds their generated blocking twins."""
