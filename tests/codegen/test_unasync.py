"""codegen/unasync.py: the blocking twins are token rewrites of their async originals."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from inference_grpc.codegen.unasync import unasync_source, unasync_tree

from inference_grpc import InferenceGRPCClient, SyncInferenceGRPCClient
from inference_grpc.runtime import AsyncCaller, SyncCaller

ASYNC = '''"""Uses AsyncThing on grpc.aio."""
import grpc.aio
from collections.abc import AsyncIterable, AsyncIterator, Iterable


class AsyncThing:
    async def __aenter__(self) -> AsyncThing:  # AsyncThing, twice
        return self

    async def run(self, items: AsyncIterable[int] | Iterable[int]) -> AsyncIterator[int]:
        async with self.lock:
            async for item in items:
                yield await  self.step(item)
        channel = grpc.aio.insecure_channel("x")
        raise StopAsyncIteration
'''

SYNC_BODY = '''"""Uses Thing on grpc."""
import grpc
from collections.abc import Iterable, Iterator


class Thing:
    def __enter__(self) -> Thing:  # Thing, twice
        return self

    def run(self, items: Iterable[int]) -> Iterator[int]:
        with self.lock:
            for item in items:
                yield self.step(item)
        channel = grpc.insecure_channel("x")
        raise StopIteration
'''


def test_keywords_protocol_names_and_the_table_are_rewritten() -> None:
    text = unasync_source(ASYNC, {"AsyncThing": "Thing", "grpc.aio": "grpc"}, "pkg/_async/thing.py")
    header, body = text.split("\n", 2)[:2], text.split("\n", 2)[2]
    assert header[0] == "# Generated from pkg/_async/thing.py by codegen/unasync.py (`make generate`). DO NOT EDIT."
    assert body == SYNC_BODY


def test_names_inside_longer_names_are_left_alone() -> None:
    text = unasync_source("x = MyAsyncThingy\ny = AsyncThing\n", {"AsyncThing": "Thing"}, "m.py")
    assert text.endswith("x = MyAsyncThingy\ny = Thing\n")


def test_a_tree_is_rewritten_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("async def f() -> None:\n    await g()\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.py").write_text("x = 1\n")
    files = unasync_tree(tmp_path, {}, "src")
    assert sorted(str(p) for p in files) == ["a.py", "sub/b.py"]
    assert files[next(p for p in files if p.name == "a.py")].endswith("def f() -> None:\n    g()\n")
    with pytest.raises(ValueError, match="does not exist"):
        unasync_tree(tmp_path / "missing", {}, "src")


@pytest.mark.parametrize(
    ("original", "twin"), [(InferenceGRPCClient, SyncInferenceGRPCClient), (AsyncCaller, SyncCaller)]
)
def test_twins_have_the_same_methods_and_arguments(original: type, twin: type) -> None:
    renamed = {"__aenter__": "__enter__", "__aexit__": "__exit__"}

    def methods(cls: type) -> dict[str, list[str]]:
        return {
            renamed.get(name, name): list(inspect.signature(member).parameters)
            for name, member in vars(cls).items()
            if (callable(member) and not name.startswith("__")) or name in ("__init__", *renamed, *renamed.values())
        }

    assert methods(original) == methods(twin)
    assert not any(inspect.iscoroutinefunction(m) or inspect.isasyncgenfunction(m) for m in vars(twin).values())
