"""Codec suite: the generated straight-line codecs against betterproto2's reflective codec and protobuf (upb).

Three workloads, each timed for the three implementations side by side in interleaved rounds:

1. tiny: a ModelInferRequest with one [1,16] FP32 raw input and two request parameters; a ModelInferResponse
   with one [1,16] FP32 raw output, model_name, model_version and id.
2. 16 MiB: the same messages carrying one 16 MiB FP32 raw tensor; besides time, how many copies of the
   payload each implementation makes.
3. 100k packed floats: InferTensorContents.fp32_contents with 100,000 floats, from and to numpy arrays
   (and, for information, from and to lists).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from inference_grpc_gen.oip import inference as oip

from benchmarks import _bp2_messages as bp2
from benchmarks._harness import (
    Options,
    SuiteReport,
    Table,
    Timing,
    bench_interleaved,
    fmt_ratio,
    fmt_time,
    in_forked_child,
    load_protobuf_module,
    prepare_rss_probe,
    rss_peak_bytes,
    targets_table,
    traced_peak_bytes,
)

TITLE = "Message codecs: generated straight-line code vs betterproto2 (reflective) vs protobuf (upb)"
ORDER = 10

OURS = "ours"
BP2 = "betterproto2"
PB = "protobuf"
IMPLS = (OURS, BP2, PB)
IMPL_HEADERS = {OURS: "ours (generated)", BP2: "betterproto2 (reflective)", PB: "protobuf (upb)"}

MIB = 1 << 20
BIG_SHAPE = (1024, 4096)  # 4 Mi float32 = 16 MiB
BIG_BYTES = 16 * MIB
PACKED_COUNT = 100_000

TINY_LIMIT_NS = 15_000.0
TINY_VS_BP2 = 8.0
PACKED_LIMIT_NS = 500_000.0

F32 = npt.NDArray[np.float32]
Op = Callable[[], object]


@dataclass
class Case:
    group: str
    label: str
    ops: dict[str, Op]


# -- building and reading the messages, once per implementation --------------------------------

_MODEL, _VERSION, _ID = "resnet50", "1", "req-000001"


def request_ours(x: F32) -> oip.ModelInferRequest:
    return oip.ModelInferRequest(
        model_name=_MODEL,
        id=_ID,
        parameters={
            "priority": oip.InferParameter(int64_param=1),
            "sequence_start": oip.InferParameter(bool_param=True),
        },
        inputs=[oip.ModelInferRequestInferInputTensor(name="INPUT0", datatype="FP32", shape=list(x.shape))],
        # numpy's stubs do not declare ndarray a typing Buffer, though it is one at run time.
        raw_input_contents=[x],  # type: ignore[list-item]
    )


def request_bp2(x: F32) -> bp2.ModelInferRequest:
    return bp2.ModelInferRequest(
        model_name=_MODEL,
        id=_ID,
        parameters={
            "priority": bp2.InferParameter(int64_param=1),
            "sequence_start": bp2.InferParameter(bool_param=True),
        },
        inputs=[bp2.ModelInferRequestInferInputTensor(name="INPUT0", datatype="FP32", shape=list(x.shape))],
        raw_input_contents=[x.tobytes()],
    )


def request_pb(pb: Any, x: F32) -> Any:
    return pb.ModelInferRequest(
        model_name=_MODEL,
        id=_ID,
        parameters={
            "priority": pb.InferParameter(int64_param=1),
            "sequence_start": pb.InferParameter(bool_param=True),
        },
        inputs=[pb.ModelInferRequest.InferInputTensor(name="INPUT0", datatype="FP32", shape=list(x.shape))],
        raw_input_contents=[x.tobytes()],
    )


def response_bytes(pb: Any, y: F32) -> bytes:
    """The response as a server would send it (serialized by protobuf)."""
    message = pb.ModelInferResponse(
        model_name=_MODEL,
        model_version=_VERSION,
        id=_ID,
        outputs=[pb.ModelInferResponse.InferOutputTensor(name="OUTPUT0", datatype="FP32", shape=list(y.shape))],
        raw_output_contents=[y.tobytes()],
    )
    return bytes(message.SerializeToString())


# (`raw: Any` only quiets numpy's stubs, which do not take a typing Buffer; it costs nothing at run time.)
def payload_ours(data: bytes) -> F32:
    raw: Any = oip.ModelInferResponse.parse(data).raw_output_contents[0]
    return np.frombuffer(raw, dtype=np.float32)


def payload_bp2(data: bytes) -> F32:
    raw: Any = bp2.ModelInferResponse.parse(data).raw_output_contents[0]
    return np.frombuffer(raw, dtype=np.float32)


def payload_pb(pb: Any, data: bytes) -> F32:
    raw: Any = pb.ModelInferResponse.FromString(data).raw_output_contents[0]
    return np.frombuffer(raw, dtype=np.float32)


def packed_pb(pb: Any, values: list[float]) -> bytes:
    # extend() of a list is upb's fastest way in (passing the ndarray converts element by element).
    message = pb.InferTensorContents()
    message.fp32_contents.extend(values)
    return bytes(message.SerializeToString())


# -- the workloads -----------------------------------------------------------------------------


@dataclass
class Fixtures:
    pb: Any
    tiny_x: F32
    tiny_response: bytes
    big_x: F32
    big_response: bytes
    floats: F32
    float_list: list[float]
    packed: bytes


def make_fixtures() -> Fixtures:
    pb = load_protobuf_module()
    rng = np.random.default_rng(20240601)
    tiny_x = rng.standard_normal((1, 16)).astype(np.float32)
    big_x = rng.random(BIG_SHAPE, dtype=np.float32)
    floats = rng.standard_normal(PACKED_COUNT).astype(np.float32)
    float_list = floats.tolist()
    assert big_x.nbytes == BIG_BYTES
    return Fixtures(
        pb=pb,
        tiny_x=tiny_x,
        tiny_response=response_bytes(pb, tiny_x),
        big_x=big_x,
        big_response=response_bytes(pb, big_x),
        floats=floats,
        float_list=float_list,
        packed=packed_pb(pb, float_list),
    )


def make_cases(fx: Fixtures) -> list[Case]:
    pb = fx.pb
    tiny_x, tiny_resp = fx.tiny_x, fx.tiny_response
    big_x, big_resp = fx.big_x, fx.big_response
    floats, float_list, packed = fx.floats, fx.float_list, fx.packed
    prebuilt_ours, prebuilt_bp2, prebuilt_pb = request_ours(tiny_x), request_bp2(tiny_x), request_pb(pb, tiny_x)

    def pb_encode_decode() -> object:
        request_pb(pb, tiny_x).SerializeToString()
        return payload_pb(pb, tiny_resp)

    def ours_encode_decode() -> object:
        bytes(request_ours(tiny_x))
        return payload_ours(tiny_resp)

    def bp2_encode_decode() -> object:
        bytes(request_bp2(tiny_x))
        return payload_bp2(tiny_resp)

    return [
        Case(
            "tiny",
            "encode: build request + serialize",
            {
                OURS: lambda: bytes(request_ours(tiny_x)),
                BP2: lambda: bytes(request_bp2(tiny_x)),
                PB: lambda: request_pb(pb, tiny_x).SerializeToString(),
            },
        ),
        Case(
            "tiny",
            "decode: parse response + payload as ndarray",
            {
                OURS: lambda: payload_ours(tiny_resp),
                BP2: lambda: payload_bp2(tiny_resp),
                PB: lambda: payload_pb(pb, tiny_resp),
            },
        ),
        Case("tiny", "encode + decode", {OURS: ours_encode_decode, BP2: bp2_encode_decode, PB: pb_encode_decode}),
        Case(
            "tiny",
            "(info) serialize a prebuilt request",
            {
                OURS: lambda: bytes(prebuilt_ours),
                BP2: lambda: bytes(prebuilt_bp2),
                PB: lambda: prebuilt_pb.SerializeToString(),
            },
        ),
        Case(
            "tiny",
            "(info) parse only",
            {
                OURS: lambda: oip.ModelInferResponse.parse(tiny_resp),
                BP2: lambda: bp2.ModelInferResponse.parse(tiny_resp),
                PB: lambda: pb.ModelInferResponse.FromString(tiny_resp),
            },
        ),
        Case(
            "16 MiB",
            "encode: build request + serialize",
            {
                OURS: lambda: bytes(request_ours(big_x)),
                BP2: lambda: bytes(request_bp2(big_x)),
                PB: lambda: request_pb(pb, big_x).SerializeToString(),
            },
        ),
        Case(
            "16 MiB",
            "decode: parse response + payload as ndarray",
            {
                OURS: lambda: payload_ours(big_resp),
                BP2: lambda: payload_bp2(big_resp),
                PB: lambda: payload_pb(pb, big_resp),
            },
        ),
        Case(
            "100k floats",
            "encode from ndarray",
            {
                OURS: lambda: bytes(oip.InferTensorContents(fp32_contents=floats)),
                BP2: lambda: bytes(bp2.InferTensorContents(fp32_contents=floats.tolist())),
                PB: lambda: packed_pb(pb, floats.tolist()),
            },
        ),
        Case(
            "100k floats",
            "decode to ndarray",
            {
                OURS: lambda: oip.InferTensorContents.parse(packed, packed_as_numpy=True).fp32_contents,
                BP2: lambda: np.array(bp2.InferTensorContents.parse(packed).fp32_contents, dtype=np.float32),
                PB: lambda: np.array(pb.InferTensorContents.FromString(packed).fp32_contents, dtype=np.float32),
            },
        ),
        Case(
            "100k floats",
            "(info) encode from list",
            {
                OURS: lambda: bytes(oip.InferTensorContents(fp32_contents=float_list)),
                BP2: lambda: bytes(bp2.InferTensorContents(fp32_contents=float_list)),
                PB: lambda: packed_pb(pb, float_list),
            },
        ),
        Case(
            "100k floats",
            "(info) decode to list",
            {
                OURS: lambda: oip.InferTensorContents.parse(packed).fp32_contents,
                BP2: lambda: bp2.InferTensorContents.parse(packed).fp32_contents,
                PB: lambda: list(pb.InferTensorContents.FromString(packed).fp32_contents),
            },
        ),
    ]


# -- correctness: every implementation must produce and read the same messages ---------------


def check_correctness(fx: Fixtures, cases: list[Case]) -> None:
    """Fail loudly rather than time an implementation that does not do the work."""
    pb = fx.pb
    for x in (fx.tiny_x, fx.big_x):
        expected = request_pb(pb, x)
        encodings = {
            OURS: bytes(request_ours(x)),
            BP2: bytes(request_bp2(x)),
            PB: bytes(expected.SerializeToString()),
        }
        for impl, data in encodings.items():
            if pb.ModelInferRequest.FromString(data) != expected:
                raise AssertionError(f"{impl} encodes a ModelInferRequest {x.shape} that protobuf reads differently")
    for x, data in ((fx.tiny_x, fx.tiny_response), (fx.big_x, fx.big_response)):
        decoded = {OURS: payload_ours(data), BP2: payload_bp2(data), PB: payload_pb(pb, data)}
        for impl, payload in decoded.items():
            if not np.array_equal(payload, x.reshape(-1)):
                raise AssertionError(f"{impl} decodes the {x.shape} ModelInferResponse payload wrongly")
        if oip.ModelInferResponse.parse(data).outputs[0].shape != list(x.shape):
            raise AssertionError("ours decodes the output shape wrongly")
    for case in cases:
        if case.group != "100k floats":
            continue
        for impl, op in case.ops.items():
            result = op()
            if isinstance(result, bytes):
                got = list(pb.InferTensorContents.FromString(result).fp32_contents)
                ok = got == fx.float_list
            else:
                ok = np.array_equal(np.asarray(result, dtype=np.float32), fx.floats)
                ok = ok and (isinstance(result, np.ndarray) or "ndarray" not in case.label)
            if not ok:
                raise AssertionError(f"{impl} gets '{case.label}' of 100k floats wrong")


# -- payload copies ----------------------------------------------------------------------------


@dataclass
class Copies:
    traced: dict[tuple[str, str], float]
    rss: dict[tuple[str, str], float] | None
    rss_error: str
    shares_input: dict[str, bool]

    def worst(self, impl: str, op: str) -> float:
        values = [self.traced[impl, op]]
        if self.rss is not None:
            values.append(self.rss[impl, op])
        return max(values)


def count_copies(big: dict[str, Case]) -> Copies:
    ops = {(impl, name): case.ops[impl] for name, case in big.items() for impl in IMPLS}
    traced = {key: traced_peak_bytes(op) / BIG_BYTES for key, op in ops.items()}

    def probe() -> dict[tuple[str, str], float]:
        prepare_rss_probe()
        return {key: rss_peak_bytes(op) / BIG_BYTES for key, op in ops.items()}

    rss: dict[tuple[str, str], float] | None
    try:
        rss, rss_error = in_forked_child(probe), ""
    except OSError as exc:
        rss, rss_error = None, str(exc)
    return Copies(traced, rss, rss_error, {})


# -- report ------------------------------------------------------------------------------------


def _median(timings: dict[tuple[int, str], Timing], index: int, impl: str) -> float:
    return timings[index, impl].median_ns


def run(options: Options) -> SuiteReport:
    fx = make_fixtures()
    cases = make_cases(fx)
    check_correctness(fx, cases)

    ops = {(i, impl): op for i, case in enumerate(cases) for impl, op in case.ops.items()}
    timings = bench_interleaved(ops, options)

    index = {(case.group, case.label): i for i, case in enumerate(cases)}
    big_encode = cases[index["16 MiB", "encode: build request + serialize"]]
    big_decode = cases[index["16 MiB", "decode: parse response + payload as ndarray"]]
    copies = count_copies({"encode": big_encode, "decode": big_decode})
    input_bytes = np.frombuffer(fx.big_response, dtype=np.uint8)
    for impl in IMPLS:
        copies.shares_input[impl] = bool(np.shares_memory(np.asarray(big_decode.ops[impl]()), input_bytes))

    timing_table = Table(
        "Time per operation (median of the rounds)",
        ["Workload", "Operation", *(IMPL_HEADERS[i] for i in IMPLS), "betterproto2 ÷ ours", "protobuf ÷ ours"],
        right_from=2,
    )
    details = Table(
        "Timing details",
        ["Workload", "Operation", "Implementation", "median", "min", "max", "calls per loop x rounds"],
        note="Every loop times `calls per loop` back-to-back calls with the GC disabled; one loop per round.",
        file_only=True,
        right_from=3,
    )
    for i, case in enumerate(cases):
        ours = _median(timings, i, OURS)
        timing_table.rows.append(
            [
                case.group,
                case.label,
                *(fmt_time(_median(timings, i, impl)) for impl in IMPLS),
                fmt_ratio(_median(timings, i, BP2) / ours),
                fmt_ratio(_median(timings, i, PB) / ours),
            ]
        )
        for impl in IMPLS:
            t = timings[i, impl]
            details.rows.append(
                [
                    case.group,
                    case.label,
                    impl,
                    fmt_time(t.median_ns),
                    fmt_time(t.min_ns),
                    fmt_time(t.max_ns),
                    f"{t.iterations:,} x {len(t.samples_ns)}",
                ]
            )

    def copy_cell(impl: str, op: str) -> str:
        cell = f"{copies.traced[impl, op]:.2f} traced"
        if copies.rss is not None:
            cell += f" · {copies.rss[impl, op]:.2f} RSS"
        if op == "decode":
            cell += " · shares input: " + ("yes" if copies.shares_input[impl] else "no")
        return cell

    copy_table = Table(
        "Payload copies, 16 MiB tensor (peak new memory ÷ 16 MiB, result included)",
        ["Operation", *(IMPL_HEADERS[i] for i in IMPLS)],
        rows=[
            ["encode: build request + serialize", *(copy_cell(impl, "encode") for impl in IMPLS)],
            ["decode: parse response + payload as ndarray", *(copy_cell(impl, "decode") for impl in IMPLS)],
        ],
        note=(
            "traced = tracemalloc (Python objects and numpy data; blind to upb's malloc'd arenas); "
            "RSS = growth of the resident-set high-water mark in a forked probe process"
            + (f" (unavailable: {copies.rss_error})" if copies.rss is None else "")
            + ". See Method."
        ),
    )

    tiny_both = index["tiny", "encode + decode"]
    ours_tiny = _median(timings, tiny_both, OURS)
    bp2_tiny = _median(timings, tiny_both, BP2)
    enc_copies = copies.worst(OURS, "encode")
    dec_copies = copies.worst(OURS, "decode")
    enc_packed = _median(timings, index["100k floats", "encode from ndarray"], OURS)
    dec_packed = _median(timings, index["100k floats", "decode to ndarray"], OURS)
    targets: list[tuple[str, str, str, bool]] = [
        (
            "tiny: ours encode + decode ≤ 15 µs",
            fmt_time(ours_tiny),
            fmt_ratio(ours_tiny / TINY_LIMIT_NS) + " of limit",
            ours_tiny <= TINY_LIMIT_NS,
        ),
        (
            "tiny: ours encode + decode ≤ 1/8 of betterproto2's",
            f"1/{bp2_tiny / ours_tiny:.1f} ({fmt_time(ours_tiny)} vs {fmt_time(bp2_tiny)})",
            fmt_ratio(ours_tiny / bp2_tiny * TINY_VS_BP2) + " of limit",
            ours_tiny * TINY_VS_BP2 <= bp2_tiny,
        ),
        (
            "16 MiB: ours encode makes ≤ 1 copy of the payload",
            f"{enc_copies:.2f} copies",
            fmt_ratio(enc_copies / 1.0) + " of limit",
            round(enc_copies) <= 1,
        ),
        (
            "16 MiB: ours decode makes no copy of the payload",
            f"{dec_copies:.2f} copies; payload shares the input buffer: "
            + ("yes" if copies.shares_input[OURS] else "no"),
            "n/a (limit 0)",
            round(dec_copies) == 0 and copies.shares_input[OURS],
        ),
        (
            "100k floats: ours encode from ndarray ≤ 0.5 ms",
            fmt_time(enc_packed),
            fmt_ratio(enc_packed / PACKED_LIMIT_NS) + " of limit",
            enc_packed <= PACKED_LIMIT_NS,
        ),
        (
            "100k floats: ours decode to ndarray ≤ 0.5 ms",
            fmt_time(dec_packed),
            fmt_ratio(dec_packed / PACKED_LIMIT_NS) + " of limit",
            dec_packed <= PACKED_LIMIT_NS,
        ),
    ]
    target_table = targets_table(targets)
    passed = sum(ok for *_, ok in targets)
    return SuiteReport(
        title=TITLE,
        tables=[target_table, timing_table, copy_table, details],
        method=METHOD.format(
            rounds=options.rounds,
            loop_ms=options.loop_seconds * 1e3,
            budget_s=options.op_budget_seconds,
        ),
        passed=passed,
        failed=len(targets) - passed,
    )


METHOD = """\
**Implementations.** *ours*: the generated classes of `inference_grpc_gen.oip.inference`, `bytes(msg)` and
`Cls.parse(data)` / `Cls.parse(data, packed_as_numpy=True)`, which run the generated straight-line
encoders and decoders. *betterproto2*: betterproto2's own reflective codec, on plain betterproto2
dataclasses declared in `benchmarks/_bp2_messages.py` the way its compiler emits them (the generated
classes subclass betterproto2.Message, but calling the reflective `__bytes__`/`parse` on them would still
run the generated codecs for every nested message). *protobuf*: Google's protobuf runtime (upb backend)
on `inference_pb2`, built at bench time by `grpc_tools.protoc --python_out` from `protos/inference.proto`
into a temporary directory. Before timing, every implementation's requests are parsed back by protobuf
and compared with protobuf's own, and every implementation's decoded payloads are compared with the
source arrays.

**Operations.** *encode* builds the request from a numpy array and serializes it: ours takes the array
itself in `raw_input_contents`; betterproto2 and protobuf need `bytes`, so their timing includes
`ndarray.tobytes()`. *decode* parses the response and gets the output payload as an ndarray with
`np.frombuffer(msg.raw_output_contents[0], np.float32)` (protobuf parses lazily, so it pays for field
access here). The response bytes are produced by protobuf, as a server would send them. The *(info)*
rows split these into serialization of a prebuilt message and parsing alone. For 100k packed floats,
*encode from ndarray* is `bytes(InferTensorContents(fp32_contents=array))` for ours,
`array.tolist()` then the list path for betterproto2, and `fp32_contents.extend(array.tolist())` for
protobuf (its fastest way in: passing the ndarray converts element by element, ~4x slower);
*decode to ndarray* is `parse(data, packed_as_numpy=True).fp32_contents` for ours and
`np.array(field, dtype=np.float32)` of the decoded field for the others.

**Timing.** `time.perf_counter_ns()` around a loop of back-to-back calls with the garbage collector
disabled (collected before each loop). Each operation is warmed up, then calibrated to about
{loop_ms:.0f} ms per loop. Rounds are interleaved: every round times every operation of every
implementation once (the starting operation rotates), so drifts of the machine affect all alike; the
tables report the median of {rounds} rounds. An operation slower than its {budget_s:.1f} s budget over all
rounds (betterproto2 on 100k packed floats) runs one call per loop in fewer rounds (the details table
gives calls x rounds); none is skipped.

**Payload copies.** Two independent measurements of the peak memory an operation allocates beyond what
existed before it (its result included, since an encoder's output is one copy), divided by the 16 MiB
payload, after a warm-up call: (1) *traced*: `tracemalloc` peak traced memory (`reset_peak()` before the
call); it sees Python objects and numpy array data (numpy reports its allocations to tracemalloc), but
not memory C extensions take from malloc directly, such as upb's arenas. (2) *RSS*: in a forked
throw-away process with glibc's mmap threshold pinned at 128 KiB (so every large allocation is a fresh
mapping that goes back to the OS on free) and `malloc_trim(0)` before each call, the resident set's
high-water mark is reset by writing `5` to `/proc/self/clear_refs` and its growth (`VmHWM` after minus
`VmRSS` before) is read from `/proc/self/status`; this sees every allocation, C libraries' included.
A target counts the larger of the two. For decode, `np.shares_memory` additionally checks whether the
payload array views the received buffer itself. In this scheme ours should read 1 copy for encode (the
`b"".join` of the output) and 0 for decode (`raw_output_contents[0]` is a memoryview slice of the input).

**Caveats.** Times are wall-clock on a shared machine (see the load average above); compare columns of
the same run rather than runs. The 16 MiB timings include page faults on freshly allocated buffers.
"""
