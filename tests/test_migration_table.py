"""README's kserve migration table: every row names tests, and each named test exists; the
import-cost row's own test."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests"


def _rows() -> list[list[str]]:
    text = (REPO / "README.md").read_text()
    section = text.split("## Migrating from KServe", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    header, rule, *rows = lines
    assert header.strip().endswith("| tested by |") and set(rule) <= set("|-")
    return [[cell.strip() for cell in row.strip().strip("|").split("|")] for row in rows]


def test_every_row_of_the_migration_table_names_tests_that_exist() -> None:
    rows = _rows()
    assert len(rows) >= 20
    for row in rows:
        assert len(row) == 4, row
        names = [name.strip() for name in row[3].split(",")]
        assert names and all(names), row
        for name in names:
            path, _, test = name.partition("::")
            source = (TESTS / path).read_text()
            assert re.search(rf"^(async )?def {re.escape(test)}\(", source, re.M), f"{name} (row {row[0]!r})"


def test_import_loads_only_grpc_and_numpy_and_leaves_argv_alone() -> None:
    code = (
        "import json, sys\n"
        "before = set(sys.modules)\n"
        "from inference_grpc import InferenceGRPCClient, InferInput, InferRequest\n"
        "InferenceGRPCClient('localhost:1')\n"
        "third = {m.split('.')[0] for m in set(sys.modules) - before} - set(sys.stdlib_module_names)\n"
        "print(json.dumps(sorted(m for m in third if not m.startswith('_') and m != 'cython_runtime')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--model_name", "x", "--bogus"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
    loaded = set(json.loads(done.stdout))
    grpcio_own = {"grpc", "grpc_tools", "typing_extensions"}  # what `import grpc` brings where installed
    assert loaded - grpcio_own == {"inference_grpc", "inference_grpc_gen", "numpy"}
