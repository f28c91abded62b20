"""Bad input ends with exit status 2 and one clear message, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from google.protobuf import descriptor_pb2
from inference_grpc.codegen import Target, generate
from inference_grpc.codegen.descriptors import ProtocError
from inference_grpc.codegen.model import build_model
from inference_grpc.codegen.naming import NameClashError

REPO = Path(__file__).resolve().parents[2]
PROTOS = REPO / "tests" / "protos"


def _codegen(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "codegen", *args]
    return subprocess.run(argv, cwd=REPO, capture_output=True, text=True)


def _fails_cleanly(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("inference-grpc-codegen: error: ") or "usage:" in result.stderr
    return result.stderr


def test_protoc_errors_exit_2_with_protocs_message(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _codegen(tmp_path, "-I", str(PROTOS), "--out", str(out), str(PROTOS / "broken" / "broken.proto"))
    stderr = _fails_cleanly(result)
    assert "broken/broken.proto:7:" in stderr
    assert "Expected field number" in stderr
    assert not out.exists()
    with pytest.raises(ProtocError, match="Expected field number"):
        generate(Target((str(PROTOS / "broken" / "broken.proto"),), (str(PROTOS),), str(out)), check=False)


def test_missing_files_and_include_folders_exit_2(tmp_path: Path) -> None:
    stderr = _fails_cleanly(_codegen(tmp_path, "-I", str(PROTOS), "--out", str(tmp_path), str(PROTOS / "nope.proto")))
    assert "nope.proto" in stderr
    stderr = _fails_cleanly(
        _codegen(tmp_path, "-I", str(PROTOS / "naming"), "--out", str(tmp_path), "protos/inference.proto")
    )
    assert "not under any include directory" in stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert "--out" in _fails_cleanly(_codegen(tmp_path, str(PROTOS / "naming" / "naming.proto")))
    empty = tmp_path / "pyproject.toml"
    empty.write_text("[project]\nname = 'x'\n")
    assert "no [[tool.inference-grpc.codegen]] targets" in _fails_cleanly(_codegen(tmp_path, "--project", str(empty)))


@pytest.mark.parametrize(
    ("proto", "names"),
    [
        ("clash/nested_vs_top.proto", ["'clash.nested.A.BC'", "'clash.nested.ABC'", "'ABC'"]),
        ("clash/escaped_field.proto", ["'HTTPPort'", "'http_port'", "clash.field.Clash"]),
        ("clash/rpc_case.proto", ["'GetItem'", "'get_item'", "clash.rpc.S"]),
    ],
)
def test_name_clashes_name_both_sides(proto: str, names: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    stderr = _fails_cleanly(_codegen(tmp_path, "-I", str(PROTOS), "--out", str(out), str(PROTOS / proto)))
    for name in names:
        assert name in stderr
    assert "rename one of them" in stderr
    assert not out.exists()
    with pytest.raises(NameClashError) as info:
        generate(Target((str(PROTOS / proto),), (str(PROTOS),), str(out)), check=False)
    for name in names:
        assert name in str(info.value)


def _file(package: str, *messages: descriptor_pb2.DescriptorProto) -> descriptor_pb2.FileDescriptorSet:
    fds = descriptor_pb2.FileDescriptorSet()
    file = fds.file.add(name="hand_made.proto", package=package, syntax="proto3")
    file.message_type.extend(messages)
    return fds


def _message(name: str, *fields: str) -> descriptor_pb2.DescriptorProto:
    msg = descriptor_pb2.DescriptorProto(name=name)
    for number, field in enumerate(fields, 1):
        msg.field.add(name=field, number=number, type=9, label=1, json_name=f"json{number}")
    return msg


def test_an_escaped_name_clashing_with_a_real_one_is_refused() -> None:
    """`from` becomes `from_`, so it cannot sit beside a real `from_` (protoc refuses the pair
    already, for their JSON names, so this goes straight to the model)."""
    with pytest.raises(NameClashError, match=r"'from' and 'from_' both become the Python name 'from_'"):
        build_model(_file("clash.escape", _message("M", "from", "from_")))
    with pytest.raises(NameClashError, match=r"'parse' and 'parse_'"):
        build_model(_file("clash.escape", _message("M", "parse", "parse_")))


def test_helpers_derived_from_several_names_are_checked_too() -> None:
    """Message `A_b_entry` and the entry codec of map field `b` of message `A` share a name."""
    a = _message("A")
    entry = a.nested_type.add(name="BEntry")
    entry.options.map_entry = True
    entry.field.add(name="key", number=1, type=9, label=1)
    entry.field.add(name="value", number=2, type=9, label=1)
    a.field.add(name="b", number=1, type=11, label=3, type_name=".clash.codec.A.BEntry")
    with pytest.raises(NameClashError, match="codec functions"):
        build_model(_file("clash.codec", a, _message("A_b_entry")))
