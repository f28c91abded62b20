"""Fuzzing every generated decoder: malformed input may only raise DecodeError.

Every message class of the protocol and of the corpus is fed a fixed seed corpus of nasty
inputs, random bytes, and valid encodings mutated by hypothesis (bit flips, truncations,
insertions, huge length prefixes, groups, reserved wire types, field number 0). Nothing but
inference_grpc.runtime.DecodeError may escape, its message must name a message type and an
offset inside the input, and no input may take long. Where protobuf itself accepts a mutated
input (for types free of upb's quirks, see _differential), we must accept it too and decode
the same message.
"""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from google.protobuf.message import DecodeError as ProtobufDecodeError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from protovalues import (
    CORPUS_FDS,
    CORPUS_MESSAGES,
    PROTOCOL_FDS,
    PROTOCOL_MESSAGES,
    build_pb,
    canonical_ours,
    canonical_pb,
    is_map,
    message_settings,
    message_values,
    pb_class,
    protocol_class,
)

from inference_grpc.runtime import DecodeError, wire

ALL_MESSAGES = [("protocol", n) for n in PROTOCOL_MESSAGES] + [("corpus", n) for n in CORPUS_MESSAGES]
SECONDS_PER_PARSE = 5.0
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))  # per message type; random bytes get 16x
_ERROR = re.compile(r"^cannot decode (?P<message>[\w.]+): .+ at offset (?P<offset>\d+)$", re.DOTALL)


def _all_type_names() -> set[str]:
    names = set()

    def visit(prefix: str, msg: Any) -> None:
        names.add(f"{prefix}.{msg.name}")
        for nested in msg.nested_type:
            visit(f"{prefix}.{msg.name}", nested)

    for fds in (PROTOCOL_FDS, CORPUS_FDS):
        for file in fds.file:
            for msg in file.message_type:
                visit(file.package, msg)
    return names


TYPE_NAMES = _all_type_names()  # map entry types included


@pytest.fixture(scope="session")
def resolve(corpus: Any) -> Callable[[str, str], Any]:
    def get(where: str, full_name: str) -> Any:
        return protocol_class(full_name) if where == "protocol" else corpus.message_class(full_name)

    return get


class HangError(Exception):
    pass


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: Any) -> None:
        raise HangError(f"parsing took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def parse_or_decode_error(cls: Any, data: bytes, *, as_numpy: bool = False) -> Any:
    """cls.parse(data), or None when it raised a well-formed DecodeError; anything else fails."""
    with _deadline(SECONDS_PER_PARSE):
        try:
            return cls.parse(data, packed_as_numpy=as_numpy)
        except DecodeError as exc:
            error = exc
    assert isinstance(error, ValueError)
    match = _ERROR.match(str(error))
    assert match, f"DecodeError text does not name a message and an offset: {error}"
    assert match["message"] in TYPE_NAMES, f"{match['message']} is not a message type"
    assert error.message == match["message"]
    assert error.offset == int(match["offset"])
    assert 0 <= error.offset <= len(data), f"offset {error.offset} outside the {len(data)}-byte input"
    return None


# -- a fixed seed corpus ------------------------------------------------------------------------


def _key(number: int, wire_type: int) -> bytes:
    return wire.varint(number << 3 | wire_type)


def _nested(number: int, depth: int, core: bytes = b"") -> bytes:
    """`depth` levels of a message field `number` wrapped around `core`, built in linear time."""
    lengths = [len(core)]
    header = _key(number, 2)
    for _ in range(depth - 1):
        lengths.append(lengths[-1] + len(header) + len(wire.varint(lengths[-1])))
    return b"".join(header + wire.varint(n) for n in reversed(lengths)) + core


SEEDS: list[bytes] = [
    b"",
    b"\x00",
    b"\x00\x00",
    b"\x08",
    b"\x80",
    b"\xff" * 11,
    b"\x08" + b"\xff" * 9 + b"\x7f",  # 10-byte varint with bits beyond 64
    b"\x08" + b"\xff" * 10 + b"\x01",  # 11-byte varint
    b"\x80" * 10 + b"\x01",  # over-long key
    b"\x0a\xff\xff\xff\xff\x0f",  # length 2**32 - 1
    _key(1, 2) + wire.varint(2**64 - 1),
    _key(2, 2) + wire.varint(2**63) + b"x",
    _key(3, 2) + b"\x05ab",
    b"\x09\x00\x00",  # truncated fixed64
    b"\x0d\x00",  # truncated fixed32
    b"\x0b",  # unterminated group
    b"\x0c",  # end-group without a start
    b"\x0b\x14",  # group 1 closed by end-group 2
    b"\x0b\x08\x01\x0c",  # a well-formed group
    b"\x0e\x00",  # wire type 6
    b"\x0f\x00",  # wire type 7
    b"\x03\x04",  # field number 0, as a group
    b"\x00\x01",  # field number 0, varint
    b"\x02\x00",  # field number 0, LEN
    b"\x0b" * 50_000,  # groups nested beyond any recursion limit
    _key(2**29 - 1, 0) + b"\x01",  # the highest field number
    _key(2**32, 0) + b"\x01",  # beyond it
]
# Invalid UTF-8, and overlong packed runs, for every possible field number of our messages.
SEEDS += [_key(n, 2) + b"\x02\xc3\x28" for n in range(1, 20)]
SEEDS += [_key(n, 2) + b"\x03\xff\xff\xff" for n in range(1, 20)]
SEEDS += [_key(n, 2) + b"\x01\x80" for n in range(1, 20)]
# Deep nesting through each recursive path of the corpus: Recursive.child (2),
# Recursive.children (3), Value.list_value (6) / ListValue.values (1), and every field 1..8.
SEEDS += [_nested(2, 20_000), _nested(3, 20_000), _nested(5, 20_000)]
SEEDS += [_nested(n, 3_000, b"\xff") for n in range(1, 9)]
VALUE_IN_LIST = _key(6, 2)  # Value.list_value, then ListValue.values (field 1)
SEEDS.append(_nested(1, 1, b"") + b"".join([VALUE_IN_LIST + b"\x02" + _key(1, 2) + b"\x00"] * 3))


@pytest.mark.parametrize(("where", "full_name"), ALL_MESSAGES)
def test_seed_corpus(where: str, full_name: str, resolve: Any) -> None:
    cls = resolve(where, full_name)
    for seed in SEEDS:
        for as_numpy in (False, True):
            parse_or_decode_error(cls, seed, as_numpy=as_numpy)


def test_deep_recursion_is_a_decode_error(corpus: Any) -> None:
    recursive = corpus.message_class("corpus.v1.Recursive")
    started = time.perf_counter()
    with pytest.raises(DecodeError, match="nested too deeply"):
        recursive.parse(_nested(2, 100_000))
    assert time.perf_counter() - started < SECONDS_PER_PARSE
    # A sane depth still decodes.
    parsed = recursive.parse(_nested(2, 50))
    depth = 0
    while parsed.child is not None:
        parsed, depth = parsed.child, depth + 1
    assert depth == 50
    # Mutual recursion too: Value.list_value (6) holds a ListValue whose values (1) hold Values.
    value = corpus.message_class("google.protobuf.Value")
    deep_value = b""
    for _ in range(5_000):
        list_value = _key(1, 2) + wire.varint(len(deep_value)) + deep_value
        deep_value = _key(6, 2) + wire.varint(len(list_value)) + list_value
    with pytest.raises(DecodeError, match="nested too deeply"):
        value.parse(deep_value)


# -- random bytes and mutations -------------------------------------------------------------------


@settings(max_examples=16 * EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), raw=st.binary(max_size=200))
def test_random_bytes(data: st.DataObject, raw: bytes, resolve: Any) -> None:
    where, full_name = data.draw(st.sampled_from(ALL_MESSAGES), label="message")
    parse_or_decode_error(resolve(where, full_name), raw, as_numpy=data.draw(st.booleans()))


def _mutation(size: int) -> st.SearchStrategy[tuple[Any, ...]]:
    pos = st.integers(0, size)
    return st.one_of(
        st.tuples(st.just("flip"), pos, st.integers(0, 7)),
        st.tuples(st.just("truncate"), pos),
        st.tuples(st.just("insert"), pos, st.binary(min_size=1, max_size=8)),
        st.tuples(st.just("delete"), pos, st.integers(1, 8)),
        st.tuples(st.just("duplicate"), pos, st.integers(1, 64)),
        st.tuples(
            st.just("length"), pos, st.integers(1, 20), st.sampled_from([2**31, 2**32 + 5, 2**63, 2**64 - 1, 10_000])
        ),
        st.tuples(st.just("key"), pos, st.integers(0, 20), st.sampled_from([3, 4, 6, 7, 0, 1, 2, 5])),
        st.tuples(st.just("continuation"), pos),
    )


def _apply(data: bytes, mutation: tuple[Any, ...]) -> bytes:
    kind, pos, *args = mutation
    pos = min(pos, len(data))
    if kind == "flip":
        if pos == len(data):
            return data
        return data[:pos] + bytes([data[pos] ^ (1 << args[0])]) + data[pos + 1 :]
    if kind == "truncate":
        return data[:pos]
    if kind == "insert":
        return data[:pos] + args[0] + data[pos:]
    if kind == "delete":
        return data[:pos] + data[pos + args[0] :]
    if kind == "duplicate":
        return data[:pos] + data[pos : pos + args[0]] + data[pos:]
    if kind == "length":
        return data[:pos] + _key(args[0], 2) + wire.varint(args[1]) + data[pos:]
    if kind == "key":
        return data[:pos] + _key(args[0], args[1]) + data[pos:]
    return data[:pos] + b"\xff" + data[pos:]  # continuation bit run


def _differential(desc: Any, seen: set[str]) -> bool:
    """Whether protobuf's verdict on mutated input is ours too: not for types that reach maps
    (upb drops map entries holding unknown fields) or messages without fields (upb keeps their
    bytes unparsed, field number 0 and all)."""
    if desc.full_name in seen:
        return True
    seen.add(desc.full_name)
    if not desc.fields or any(is_map(f) for f in desc.fields):
        return False
    return all(_differential(f.message_type, seen) for f in desc.fields if f.message_type)


@pytest.mark.parametrize(("where", "full_name"), ALL_MESSAGES)
def test_mutated_valid_encodings(where: str, full_name: str, resolve: Any, protobuf_code: Any) -> None:
    cls = resolve(where, full_name)
    desc = protobuf_code.descriptor(full_name)
    pb_cls = pb_class(desc)
    differential = _differential(desc, set())

    @message_settings(EXAMPLES)
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        valid = build_pb(desc, data.draw(message_values(desc), label="values")).SerializeToString()
        mutated = valid
        for mutation in data.draw(st.lists(_mutation(len(valid)), min_size=1, max_size=3), label="mutations"):
            mutated = _apply(mutated, mutation)
        ours = parse_or_decode_error(cls, mutated, as_numpy=data.draw(st.booleans()))
        if not differential:
            return
        try:
            theirs = pb_cls.FromString(mutated)
        except ProtobufDecodeError:
            return  # we may be more lenient (deeper nesting, say), never stricter
        assert ours is not None, f"protobuf accepts what we reject: {mutated!r}"
        assert canonical_ours(desc, ours) == canonical_pb(desc, theirs)

    check()
