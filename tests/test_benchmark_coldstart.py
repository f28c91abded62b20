"""The cold-start suite's verdicts: medians of whole-process runs, ours against the floor's."""

from __future__ import annotations

import sys

from benchmarks import coldstart
from benchmarks._harness import Options


def _runs(walls: list[float], rss_mib: list[float]) -> coldstart.Runs:
    return coldstart.Runs(wall_s=walls, rss_bytes=[int(m * 2**20) for m in rss_mib])


def _verdicts(report: object) -> list[str]:
    return [row[-1] for row in report.tables[0].rows]  # type: ignore[attr-defined]


def test_targets_compare_medians_with_the_floor() -> None:
    runs = {
        coldstart.FLOOR: _runs([0.10, 0.30, 0.20], [40, 40, 41]),
        coldstart.OURS: _runs([0.21, 0.20, 0.90], [43, 45, 42]),  # medians 0.21 s (1.05x), 43 MiB (1.07x)
    }
    report = coldstart.report(Options(rounds=3), runs, {coldstart.TRITON: "not installed"})
    assert _verdicts(report) == ["**PASS**", "**PASS**"] and (report.passed, report.failed) == (2, 0)
    table = report.tables[1]
    assert table.rows[1][2] == "1.05x" and table.rows[1][3] == "43.0 MiB"
    assert table.rows[2][1] == "not installed"  # the missing peer says so


def test_over_the_limit_fails_each_target_on_its_own() -> None:
    runs = {coldstart.FLOOR: _runs([0.2] * 3, [40] * 3), coldstart.OURS: _runs([0.23] * 3, [43] * 3)}
    assert _verdicts(coldstart.report(Options(rounds=3), runs, {})) == ["**FAIL**", "**PASS**"]


def test_without_the_floor_there_is_no_verdict() -> None:
    report = coldstart.report(Options(rounds=1), {coldstart.OURS: _runs([0.2], [40])}, {})
    assert report.tables[0].rows == [] and report.tables[1].rows[0][2] == "n/a"


def test_runs_are_interleaved_whole_processes() -> None:
    code = "import sys; sys.stdout.write('x' * 10)"
    runs = coldstart.interleaved({"a": (sys.executable, code), "b": (sys.executable, "pass")}, rounds=2, warmups=0)
    assert all(len(r.wall_s) == len(r.rss_bytes) == 2 for r in runs.values())
    assert all(w > 0 for r in runs.values() for w in r.wall_s) and all(m > 1 << 20 for m in runs["a"].rss_bytes)


def test_quick_mode_runs_fewer_rounds() -> None:
    assert coldstart.adjust_options(Options.for_mode(True)).rounds < coldstart.adjust_options(Options()).rounds
