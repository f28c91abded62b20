"""Run the benchmark suites and write their results to benchmarks/results/<suite>.md.

    .venv/bin/python benchmarks/run.py                  # every suite (what `make bench` runs)
    .venv/bin/python benchmarks/run.py --suite codec    # one suite (repeatable)
    .venv/bin/python benchmarks/run.py --quick          # fewer, shorter rounds
    .venv/bin/python benchmarks/run.py --list

A suite is any module benchmarks/<name>.py (name not starting with "_") that defines
`run(options: Options) -> SuiteReport`, optionally `TITLE: str` and `ORDER: int` (suites run by ascending
ORDER, then name). Each prints its tables as Markdown and overwrites benchmarks/results/<name>.md with
them, the exact command line, the date, the versions and the machine.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import os
import pkgutil
import shlex
import sys
import time
import traceback
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
# Run as a script, sys.path[0] is benchmarks/ itself; import the suites as the `benchmarks` package instead.
if sys.path and Path(sys.path[0] or ".").resolve() == REPO / "benchmarks":
    sys.path[0] = str(REPO)
elif str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import benchmarks  # noqa: E402
from benchmarks._harness import Options, SuiteReport, environment  # noqa: E402

RESULTS = REPO / "benchmarks" / "results"


def suite_names() -> list[str]:
    """Candidate suite modules in benchmarks/ (not imported yet)."""
    return sorted(
        info.name
        for info in pkgutil.iter_modules(benchmarks.__path__)
        if not info.name.startswith("_") and info.name != "run" and not info.ispkg
    )


def load_suite(name: str) -> ModuleType | None:
    """The suite module `name`, or None when the module is no suite (has no run())."""
    module = importlib.import_module(f"benchmarks.{name}")
    return module if callable(getattr(module, "run", None)) else None


def discover() -> list[tuple[str, ModuleType]]:
    """Every suite, in run order (ORDER, then name)."""
    suites = [(name, module) for name in suite_names() if (module := load_suite(name)) is not None]
    return sorted(suites, key=lambda suite: (getattr(suite[1], "ORDER", 100), suite[0]))


def load_average() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"


def render(
    name: str, report: SuiteReport, options: Options, started: datetime.datetime, seconds: float, load: str
) -> str:
    mode = (
        f"{'quick' if options.quick else 'full'}: {options.rounds} interleaved rounds, "
        f"~{options.loop_seconds * 1e3:.0f} ms per timed loop, ≤ {options.op_budget_seconds:g} s per operation"
    )
    facts = [
        ("Command", f"`{shlex.join(sys.orig_argv)}`"),
        ("Working directory", f"`{os.getcwd()}`"),
        ("Date", started.isoformat(timespec="seconds")),
        ("Mode", mode),
        ("Suite run time", f"{seconds:.1f} s"),
        *environment(),
        ("Load average 1/5/15 min, start → end", f"{load} → {load_average()}"),
    ]
    lines = [
        f"# Benchmark results: {name}",
        "",
        report.title,
        "",
        "Written by `benchmarks/run.py`, overwritten on every run of this suite.",
        "",
        "| | |",
        "| --- | --- |",
        *(f"| {key} | {value} |" for key, value in facts),
        "",
        "## Results",
        "",
        *(table.markdown(3) for table in report.tables),
    ]
    if report.method:
        lines += ["## Method", "", report.method]
    return "\n".join(lines).rstrip() + "\n"


def write_results(name: str, text: str) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.md"
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suite", action="append", metavar="NAME", help="run only this suite (repeatable)")
    parser.add_argument("--quick", action="store_true", help="fewer and shorter rounds (a smoke run)")
    parser.add_argument("--list", action="store_true", help="list the suites and exit")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when a target fails")
    args = parser.parse_args(argv)

    if args.list:
        for name, module in discover():
            print(f"{name}: {getattr(module, 'TITLE', '')}")
        return 0
    if args.suite:
        unknown = [name for name in args.suite if name not in suite_names()]
        if unknown:
            parser.error(f"unknown suite {', '.join(unknown)}; available: {', '.join(suite_names())}")
        selected: list[tuple[str, ModuleType]] = []
        for name in dict.fromkeys(args.suite):
            suite = load_suite(name)
            if suite is None:
                parser.error(f"benchmarks/{name}.py defines no run(options) function")
            selected.append((name, suite))
    else:
        selected = discover()

    options = Options.for_mode(args.quick)
    errors = failed = 0
    for name, module in selected:
        print(f"## {name}: {getattr(module, 'TITLE', '')}\n", flush=True)
        started = datetime.datetime.now().astimezone()
        clock = time.perf_counter()
        load = load_average()
        suite_options = module.adjust_options(options) if hasattr(module, "adjust_options") else options
        try:
            report: SuiteReport = module.run(suite_options)
        except Exception:
            traceback.print_exc()
            print(f"suite {name} failed; its results file is left as it was\n", flush=True)
            errors += 1
            continue
        seconds = time.perf_counter() - clock
        for table in report.tables:
            if not table.file_only:
                print(table.markdown(3), flush=True)
        path = write_results(name, render(name, report, suite_options, started, seconds, load))
        failed += report.failed
        summary = f"{report.passed} passed, {report.failed} failed" if report.passed + report.failed else "no targets"
        print(f"{name}: {summary}; {seconds:.1f} s; results in {path.relative_to(REPO)}\n", flush=True)
    if errors:
        return 2
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
