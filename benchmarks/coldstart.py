"""Cold-start suite: a whole `python -c "<import>"` process, ours against the floor of its dependencies.

Each command runs as a new process of its venv's interpreter, the commands interleaved (A, B, C, A, B, C,
...); the wall time of a process is measured from before its spawn to after os.wait4 reaps it, and its
peak memory is the max RSS that wait4 reports for it.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import subprocess
import time
from collections.abc import Mapping, Sequence

from benchmarks._harness import Options, SuiteReport, Table, fmt_ratio, fmt_time, targets_table
from benchmarks._workers import pool

TITLE = "Cold start: the client's import as a whole process vs `import grpc.aio, numpy`"
ORDER = 5

FLOOR = "floor"
OURS = "ours"
TRITON = "triton"


@dataclasses.dataclass(frozen=True)
class Command:
    key: str
    label: str
    code: str  # what `python -c` runs
    peer: str | None = None  # peer venv of tests/interop/peers.py, or None: this repository's venv


COMMANDS = (
    Command(FLOOR, "floor: `import grpc.aio, numpy`", "import grpc.aio, numpy"),
    Command(
        OURS,
        "ours: `from inference_grpc import InferenceGRPCClient, InferInput, InferRequest`",
        "from inference_grpc import InferenceGRPCClient, InferInput, InferRequest",
    ),
    Command(TRITON, "tritonclient: `import tritonclient.grpc.aio`", "import tritonclient.grpc.aio", peer="triton"),
)
LIMIT = 1.1  # ours ÷ floor, for wall time and for peak RSS
WARMUPS = 2  # untimed runs of each command first: bytecode caches written, files in the page cache


def adjust_options(options: Options) -> Options:
    """Whole processes are cheap to repeat and noisy: more rounds than the in-process suites."""
    return dataclasses.replace(options, rounds=7 if options.quick else 21)


@dataclasses.dataclass
class Runs:
    """One command's runs: wall seconds and max RSS bytes, one of each per round."""

    wall_s: list[float] = dataclasses.field(default_factory=list)
    rss_bytes: list[int] = dataclasses.field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(self.wall_s)

    @property
    def rss(self) -> float:
        return statistics.median(self.rss_bytes)


def _child_env() -> dict[str, str]:
    env = pool.child_env()
    # Bytecode caches are written and read, as for any installed package (some shells turn them off,
    # which would make every run compile this repository's modules, and only them, from source).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(python: str, code: str, env: Mapping[str, str]) -> tuple[float, int]:
    """(wall seconds, max RSS bytes) of one `python -c code` process; RuntimeError if it fails."""
    start = time.perf_counter()
    proc = subprocess.Popen([python, "-c", code], env=dict(env), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{python} -c {code!r} exited with {proc.returncode}: {stderr.strip()[-2000:]}")
    return wall, usage.ru_maxrss * 1024  # KiB on Linux


def interleaved(pythons: Mapping[str, tuple[str, str]], rounds: int, warmups: int = WARMUPS) -> dict[str, Runs]:
    """Run each (python, code) of `pythons` once per round, the order rotating from round to round."""
    env = _child_env()
    keys = list(pythons)
    for _ in range(warmups):
        for key in keys:
            run_once(*pythons[key], env)
    runs = {key: Runs() for key in keys}
    for r in range(rounds):
        shift = r % len(keys) if keys else 0
        for key in keys[shift:] + keys[:shift]:
            wall, rss = run_once(*pythons[key], env)
            runs[key].wall_s.append(wall)
            runs[key].rss_bytes.append(rss)
    return runs


def _interpreters() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """({key: (python, code)} of the commands that can run, {key: why not} of the others)."""
    found: dict[str, tuple[str, str]] = {}
    missing: dict[str, str] = {}
    for command in COMMANDS:
        python, why = pool.interpreter(pool.ClientSpec(command.key, command.label, peer=command.peer))
        if python is None:
            missing[command.key] = why
            continue
        if command.peer is not None:  # a peer venv without the package: say so, do not fail the suite
            check = subprocess.run([python, "-c", command.code], env=_child_env(), capture_output=True, timeout=120)
            if check.returncode != 0:
                missing[command.key] = "not importable in its peer venv"
                continue
        found[command.key] = (python, command.code)
    return found, missing


def run(options: Options) -> SuiteReport:
    found, missing = _interpreters()
    pool.progress(f"cold start: {options.rounds} rounds of {', '.join(found)}")
    return report(options, interleaved(found, options.rounds), missing)


def _mib(n: float) -> str:
    return f"{n / 2**20:.1f} MiB"


def targets(runs: Mapping[str, Runs]) -> list[tuple[str, str, str, bool]]:
    """Ours ≤ LIMIT x the floor, in median wall time and in median peak RSS."""
    if FLOOR not in runs or OURS not in runs:
        return []
    floor, ours = runs[FLOOR], runs[OURS]
    out = []
    for what, mine, base, fmt in (
        ("wall time", ours.wall, floor.wall, lambda s: fmt_time(s * 1e9)),
        ("peak RSS", ours.rss, floor.rss, _mib),
    ):
        ratio = mine / base
        out.append(
            (
                f"ours: median {what} ≤ {LIMIT:g}x the floor's ({fmt(base)})",
                f"{fmt(mine)} ({fmt_ratio(ratio)} the floor)",
                fmt_ratio(ratio / LIMIT) + " of limit",
                ratio <= LIMIT,
            )
        )
    return out


def report(options: Options, runs: Mapping[str, Runs], missing: Mapping[str, str]) -> SuiteReport:
    floor = runs.get(FLOOR)
    table = Table(
        f"Whole process, median of {options.rounds} interleaved runs",
        ["Command", "wall time", "÷ floor", "peak RSS (max RSS)", "÷ floor"],
        note="Lower is better. Each run is a new `python -c` process; nothing is shared between runs but the "
        "operating system's file cache and the bytecode caches.",
    )
    details = Table(
        "Run details",
        ["Command", "wall min", "wall max", "peak RSS min", "peak RSS max", "runs"],
        file_only=True,
    )
    for command in COMMANDS:
        if command.key in missing:
            table.rows.append([command.label, missing[command.key], "", "", ""])
            continue
        entry = runs.get(command.key)
        if entry is None:
            continue
        table.rows.append(
            [
                command.label,
                fmt_time(entry.wall * 1e9),
                fmt_ratio(entry.wall / floor.wall) if floor else "n/a",
                _mib(entry.rss),
                fmt_ratio(entry.rss / floor.rss) if floor else "n/a",
            ]
        )
        details.rows.append(
            [
                command.label,
                fmt_time(min(entry.wall_s) * 1e9),
                fmt_time(max(entry.wall_s) * 1e9),
                _mib(min(entry.rss_bytes)),
                _mib(max(entry.rss_bytes)),
                str(len(entry.wall_s)),
            ]
        )
    goals = targets(runs)
    passed = sum(ok for *_, ok in goals)
    return SuiteReport(
        title=TITLE,
        tables=[targets_table(goals), table, details],
        method=METHOD.format(rounds=options.rounds, warmups=WARMUPS),
        passed=passed,
        failed=len(goals) - passed,
    )


def _commands_list(commands: Sequence[Command]) -> str:
    return "\n".join(f"- {c.label}{' (peer venv: ' + c.peer + ')' if c.peer else ''}" for c in commands)


METHOD = (
    """\
**What is measured.** Each command is `<python> -c "<code>"`, a new process every time; the repository's
venv interpreter runs the floor and ours, the triton peer venv of `tests/interop/peers.py` (as the
client suite finds it) runs tritonclient's import, and its row says so when it is not installed:

"""
    + _commands_list(COMMANDS)
    + """

**Timing.** Wall time is `time.perf_counter()` from before the spawn to after `os.wait4` has reaped the
process (interpreter start, the import, and the interpreter's shutdown); peak memory is the process's
`ru_maxrss` as `os.wait4` reports it. Each command first runs {warmups} times untimed (bytecode caches
written, files in the page cache), then {rounds} rounds run every command once each, the order rotating
from round to round; the tables give medians. Children get this environment less `PYTHONPATH`,
`PYTHONHOME`, `VIRTUAL_ENV`, `PYTHONSTARTUP` and `PYTHONDONTWRITEBYTECODE` (so this repository's modules
load from their bytecode caches like every installed package's). Targets: ours ≤ 1.1x the floor in
median wall time and in median peak RSS. Wall-clock times on a shared machine: compare rows of one run.
"""
)
