"""Worker processes of the `client` and `wire` suites.

* `worker.py`: a long-lived benchmark worker, one per client under test, driven over stdin/stdout in
  JSON lines. It is a standalone script (standard library, numpy, grpc and the one client it drives),
  so it runs in a third-party client's own venv without importing this repository.
* `server.py`: the canned-response gRPC server of the `wire` suite (standalone too).
* `pool.py`: the coordinator's side: finding the interpreters (peer venvs through
  `tools/peers/peers.py`), starting, driving and always stopping the processes, fixtures and the
  interleaved rounds.
"""
