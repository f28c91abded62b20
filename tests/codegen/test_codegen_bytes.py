"""bytes fields: bytes whatever the length, or (opted in per field or for all) read-only
memoryviews of the received buffer whatever the length; the tensor payloads of our own protocol
are opted in."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from inference_grpc.protocol import ModelInferRequest, ModelInferResponse

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def v1(corpus: Any) -> Any:
    return corpus.module("corpus.v1")


@pytest.mark.parametrize("size", [0, 1, 1023, 1024, 1 << 20])
def test_bytes_fields_are_bytes_at_any_length(v1: Any, size: int) -> None:
    ask = v1.Ask.parse(bytes(v1.Ask(payload=b"a" * size, text="t")))
    assert type(ask.payload) is bytes and ask.payload.decode() == "a" * size


@pytest.fixture(scope="module")
def zero_copy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("zc")
    argv = [
        sys.executable, "-m", "inference_grpc.codegen", "-I", str(REPO / "tests/protos"),
        "--zero-copy", "corpus.v1.Ask.payload", "--out", str(out / "zc_gen"),
        str(REPO / "tests/protos/corpus/v1/service.proto"),
    ]  # fmt: skip
    result = subprocess.run(argv, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(out))
    import importlib

    yield importlib.import_module("zc_gen.corpus.v1")
    sys.path.remove(str(out))


@pytest.mark.parametrize("size", [1, 1023, 1024, 1 << 20])  # (an empty field is absent: its default, b"")
def test_zero_copy_fields_are_memoryviews_at_any_length(zero_copy: Any, size: int) -> None:
    data = bytes(zero_copy.Ask(payload=b"a" * size, text="t"))
    ask = zero_copy.Ask.parse(data)
    assert type(ask.payload) is memoryview and ask.payload.readonly and bytes(ask.payload) == b"a" * size
    reply = zero_copy.Reply.parse(bytes(zero_copy.Reply(payload=b"b" * size)))
    assert type(reply.payload) is bytes, "only the field named is zero-copy"
    assert zero_copy.Ask.parse(bytes(ask)) == ask


def test_zero_copy_of_no_bytes_field_is_an_error(tmp_path: Path) -> None:
    argv = [
        sys.executable, "-m", "inference_grpc.codegen", "-I", str(REPO / "tests/protos"),
        "--zero-copy", "corpus.v1.Ask.text", "--out", str(tmp_path / "out"),
        str(REPO / "tests/protos/corpus/v1/service.proto"),
    ]  # fmt: skip
    result = subprocess.run(argv, capture_output=True, text=True)
    assert result.returncode == 2 and "corpus.v1.Ask.text" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_tensor_payloads_of_our_protocol_are_zero_copy() -> None:
    request = ModelInferRequest.parse(bytes(ModelInferRequest(raw_input_contents=[b"x" * 10, b"y" * 4096])))
    assert [type(r) for r in request.raw_input_contents] == [memoryview, memoryview]
    data = bytes(ModelInferResponse(raw_output_contents=[b"z" * 8192]))
    response = ModelInferResponse.parse(data)
    view = response.raw_output_contents[0]
    assert type(view) is memoryview and view.obj is data, "a view of the received bytes, not a copy"
    assert ModelInferRequest.__annotations__["raw_input_contents"] == "list[_rt.Buffer]"
    assert ModelInferRequest.__annotations__["id"] == "str"
