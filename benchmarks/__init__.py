"""Benchmark suites of inference-grpc; run them with `make bench` (benchmarks/run.py)."""
