"""What the generator writes for any proto passes ruff and mypy --strict, as a vendor would run them.

generated/ is covered by tests/test_quality.py; this covers every feature of the corpus, the
awkward names of naming.proto, the comments of comments.proto and the well-known types.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PROTOS = ["corpus/v1/types.proto", "corpus/v1/service.proto", "corpus/v1/extra.proto", "naming/naming.proto"]
PROTOS += ["comments/comments.proto", "nopackage/plain.proto"]
# The ignores pyproject.toml gives generated/ (proto-derived names, long lines, field() defaults).
GENERATED_IGNORES = "lint.per-file-ignores = {'*' = ['RUF009', 'E501', 'N802', 'N801', 'N815']}"


@pytest.fixture(scope="module")
def output(generate: Any) -> Any:
    return generate(PROTOS)


def test_ruff_is_clean(output: Any) -> None:
    argv = [str(BIN / "ruff"), "check", "--no-cache", "--config", str(REPO / "pyproject.toml")]
    argv += ["--config", "lint.isort.known-first-party = ['inference_grpc']", "--config", GENERATED_IGNORES]
    result = subprocess.run([*argv, str(output.folder)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean(output: Any, tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text(
        "[mypy]\nstrict = True\nfollow_imports = silent\n"
        f"mypy_path = {REPO / 'src'}\n"
        "[mypy-betterproto2.*,ml_dtypes.*]\nignore_missing_imports = True\n"
    )
    cache = Path(tempfile.gettempdir()) / "inference-grpc-test-mypy-cache"
    argv = [str(BIN / "mypy"), "--config-file", str(config), "--cache-dir", str(cache), "-p", output.root]
    result = subprocess.run(argv, cwd=output.folder.parent, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
