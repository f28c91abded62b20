"""The wire suite's verdicts: ratios to the floor are taken round by round, then their median."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from benchmarks import wire
from benchmarks._harness import Options
from benchmarks._workers import pool

FIELDS = {
    wire.TINY_SEQ: ("p50_ns", "cpu_ns"),
    wire.TINY_INFLIGHT: ("rps", "cpu_ns"),
    wire.BIG_SEQ: ("p50_ns", "cpu_ns"),
}


def _samples(per_client: dict[str, list[float]]) -> dict[tuple[str, str], pool.Samples]:
    """Every job's every field of a client takes that client's per-round values."""
    out = {}
    for key, values in per_client.items():
        for job, fields in FIELDS.items():
            replies = [dict.fromkeys(fields, v) for v in values]
            out[job, key] = pool.Samples(calls=100, replies=replies)
    return out


def _report(per_client: dict[str, list[float]]) -> Any:
    found = pool.Workers(
        running={key: SimpleNamespace(versions={}) for key in per_client},  # type: ignore[misc]
        labels={spec.key: spec.label for spec in wire.CLIENTS},
    )
    for spec in wire.CLIENTS:
        if spec.key not in per_client:
            found.missing[spec.key] = "not installed"
    return wire.report(Options(rounds=5), found, _samples(per_client))


def _targets(report: Any) -> list[list[str]]:
    rows: list[list[str]] = report.tables[0].rows
    return rows


def test_round_by_round_ratios_decide_the_verdicts() -> None:
    # The machine slows down threefold for the last two rounds; ours is 1.02x the floor in every
    # round but the third. The ratio of the medians (306 over 100) would fail every target.
    floor = [100.0, 100.0, 100.0, 300.0, 300.0]
    ours = [102.0, 102.0, 306.0, 306.0, 306.0]
    report = _report({wire.FLOOR: floor, wire.OURS_ASYNC: ours, wire.RAW_SYNC: floor, wire.OURS_SYNC: ours})
    rows = _targets(report)
    metrics = [m[:5] for m in wire.METRICS + wire.SYNC_TARGETS]
    lower_is_better = [row for row, metric in zip(rows, metrics, strict=True) if metric[3]]
    assert lower_is_better and all(row[1].startswith("1.02x") for row in lower_is_better)
    assert all(row[3] == "**PASS**" for row in lower_is_better)
    assert "middle half of the rounds: 1.02x to" in rows[0][1]
    # For requests/s higher is better: 1.02x passes "≥ 0.95x" too.
    assert report.failed == 0 and report.passed == len(metrics)


def test_a_client_slower_in_every_round_fails() -> None:
    floor = [100.0, 200.0, 300.0, 150.0, 250.0]
    ours = [v * 1.2 for v in floor]
    report = _report({wire.FLOOR: floor, wire.OURS_ASYNC: ours, wire.RAW_SYNC: floor, wire.OURS_SYNC: ours})
    names = [m[0] + "/" + m[1] for m in wire.METRICS] + ["sync " + m[0] + "/" + m[1] for m in wire.SYNC_TARGETS]
    verdicts = {name: row[3] for name, row in zip(names, _targets(report), strict=True)}
    # 1.2x fails the [1,16] latency (1.05x) and CPU (1.10x) and the 16 MiB latency (1.15x); it passes
    # the 16 MiB CPU (1.5x) and, as more requests/s, the in-flight target. The sync client against the
    # blocking floor: 1.2x fails the 16 MiB latency (1.05x) and passes its CPU (1.3x).
    assert verdicts == {
        "tiny-seq/p50_ns": "**FAIL**",
        "tiny-seq/cpu_ns": "**FAIL**",
        "tiny-inflight/rps": "**PASS**",
        "big-seq/p50_ns": "**FAIL**",
        "big-seq/cpu_ns": "**PASS**",
        "sync big-seq/p50_ns": "**FAIL**",
        "sync big-seq/cpu_ns": "**PASS**",
    }
    assert report.failed == 4


def test_the_sync_targets_compare_with_the_blocking_floor() -> None:
    # The sync client is 1.5x the grpc.aio floor but 1.02x the blocking one: its targets pass.
    aio, blocking = [100.0] * 5, [150.0] * 5
    report = _report({wire.FLOOR: aio, wire.OURS_ASYNC: aio, wire.RAW_SYNC: blocking, wire.OURS_SYNC: [153.0] * 5})
    sync_rows = [row for row in _targets(report) if row[0].startswith("ours (sync)")]
    assert len(sync_rows) == len(wire.SYNC_TARGETS)
    assert all(row[1].startswith("1.02x") and row[3] == "**PASS**" for row in sync_rows)
    assert report.failed == 0


def test_no_floor_is_no_verdict() -> None:
    report = _report({wire.OURS_ASYNC: [100.0, 100.0]})
    assert _targets(report) == [] and report.failed == 2  # neither the async nor the sync verdicts
