"""The README's vendor walkthrough works as written: its proto, its command, its script and output."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _block(readme: str, marker: str) -> str:
    match = re.search(rf"<!-- walkthrough:{marker} -->\n```\w+\n(.*?)```", readme, re.DOTALL)
    assert match, f"README has no walkthrough:{marker} block"
    return match.group(1)


def test_the_vendor_walkthrough_runs_as_written(tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    proto = tmp_path / "protos" / "acme" / "echo" / "v1" / "echo.proto"
    proto.parent.mkdir(parents=True)
    proto.write_text(_block(readme, "proto"))
    command = shlex.split(_block(readme, "generate").strip())
    assert command[:3] == ["python", "-m", "inference_grpc.codegen"]
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    result = subprocess.run([sys.executable, *command[1:]], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    for name in ("__init__.py", "py.typed", ".inference-grpc-codegen.json", "acme/echo/v1/_services.py"):
        assert (tmp_path / "echo_gen" / name).is_file(), name
    (tmp_path / "echo_demo.py").write_text(_block(readme, "python"))
    result = subprocess.run(
        [sys.executable, "echo_demo.py"], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    shown = re.search(r"\$ python echo_demo.py\n(.*?)```", readme, re.DOTALL)
    assert shown is not None
    assert result.stdout == shown.group(1)
    # The generated package is typed: mypy --strict is clean on it. (The runtime is found through
    # mypy_path: this checkout installs it editable, which mypy cannot follow; a wheel needs none.)
    config = tmp_path / "mypy.ini"
    config.write_text(
        f"[mypy]\nstrict = True\nfollow_imports = silent\nmypy_path = {REPO / 'src'}\n"
        "[mypy-betterproto2.*,ml_dtypes.*]\nignore_missing_imports = True\n"
    )
    cache = tmp_path / ".mypy_cache"
    argv = [sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir", str(cache), "-p", "echo_gen"]
    result = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
