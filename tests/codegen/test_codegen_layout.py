"""The output folder: one Python package per proto package, importing each other relatively."""

from __future__ import annotations

import importlib
from typing import Any


def test_layout_of_several_packages(corpus: Any) -> None:
    files = {p.relative_to(corpus.folder).as_posix() for p in corpus.folder.rglob("*") if p.is_file()}
    files = {f for f in files if "__pycache__" not in f}
    assert files == {
        ".inference-grpc-codegen.json",  # the manifest of what was written
        "__init__.py",
        "py.typed",
        "corpus/__init__.py",
        "corpus/shared/__init__.py",
        "corpus/shared/v1/__init__.py",
        "corpus/shared/v1/_messages.py",
        "corpus/v1/__init__.py",
        "corpus/v1/_messages.py",
        "corpus/v1/_services.py",
        "google/__init__.py",
        "google/protobuf/__init__.py",
        "google/protobuf/_messages.py",
    }
    source = (corpus.folder / "corpus/v1/_messages.py").read_text()
    assert "from ...corpus.shared.v1 import _messages as _corpus_shared_v1" in source
    assert "from ...google.protobuf import _messages as _google_protobuf" in source
    assert "Generated from corpus/v1/extra.proto, corpus/v1/service.proto, corpus/v1/types.proto." in source


def test_exports(corpus: Any) -> None:
    v1 = corpus.module("corpus.v1")
    assert {"Scalars", "NestedMiddleInner", "NestedKind", "StreamerStub", "StreamerSyncServicer"} <= set(v1.__all__)
    assert all(hasattr(v1, name) for name in v1.__all__)
    protobuf = corpus.module("google.protobuf")
    assert {"Any", "Struct", "Value", "ListValue", "NullValue", "Timestamp", "Duration", "Empty"} <= set(
        protobuf.__all__
    )
    assert {"Int32Value", "UInt64Value", "BytesValue"} <= set(protobuf.__all__)


def test_types_of_another_package_are_used_as_such(corpus: Any) -> None:
    v1 = corpus.module("corpus.v1")
    shared = corpus.module("corpus.shared.v1")
    protobuf = corpus.module("google.protobuf")
    message = v1.Imported(
        point=shared.Point(x=-1, y=2, color=shared.Color.INFRARED, label=shared.PointLabel(text="p")),
        color=shared.Color.GREEN,
        label=shared.PointLabel(text="l", color=shared.Color.RED),
    )
    parsed = v1.Imported.parse(bytes(message))
    assert parsed == message
    assert type(parsed.point) is shared.Point and parsed.point.color is shared.Color.INFRARED
    known = v1.WellKnown(timestamp=protobuf.Timestamp(seconds=-1, nanos=5), value=protobuf.Value(string_value="s"))
    assert v1.WellKnown.parse(bytes(known)) == known


def test_protos_without_a_package_go_to_the_root(generate: Any) -> None:
    output = generate(["nopackage/plain.proto"])
    root = importlib.import_module(output.root)
    shared = output.module("corpus.shared.v1")
    assert (output.folder / "_messages.py").is_file() and (output.folder / "_services.py").is_file()
    assert set(root.__all__) >= {"Plain", "Level", "PlainServiceStub", "PlainServiceSyncServicer"}
    plain = root.Plain(point=shared.Point(x=3), level=root.Level.HIGH, children={"a": root.Plain(level=1)})
    assert root.Plain.parse(bytes(plain)) == plain
