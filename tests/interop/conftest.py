"""Fixtures for the interop suite: real Triton, KServe and MLServer processes on 127.0.0.1.

`make test` installs the servers first (cached in the user cache folder). Setting
INFERENCE_GRPC_SKIP_INTEROP=1 skips the suite, and says so; it never skips silently.
Each test records what it saw per (feature, server); at the end of a session that saw every feature on
every server, the results become the compatibility table in tests/interop/compat.md and in README.md.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools" / "peers"))  # peers.py, shared with benchmarks/

import peers

SKIP_VARIABLE = "INFERENCE_GRPC_SKIP_INTEROP"
ROOT = Path(__file__).resolve().parents[2]
COMPAT_MD = Path(__file__).resolve().parent / "compat.md"

_results: dict[str, dict[str, str]] = {}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    reason = None
    if os.environ.get(SKIP_VARIABLE):
        reason = f"interop suite skipped: {SKIP_VARIABLE} is set"
    for item in items:
        if "tests/interop" in str(item.path):
            item.add_marker(pytest.mark.interop)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


def pytest_report_header(config: pytest.Config) -> str:
    if os.environ.get(SKIP_VARIABLE):
        return f"interop: SKIPPED ({SKIP_VARIABLE} is set) - no real servers will be tested"
    return f"interop: real servers from {peers.cache_root()}"


@pytest.fixture(scope="session", params=peers.SERVERS)
def peer(request: pytest.FixtureRequest) -> Iterator[peers.Peer]:
    """One running server per parameter, started once for the session and stopped by PID."""
    name = request.param
    if not peers.is_installed(name):
        # `make test` installs them first; a bare pytest run installs here (slow, but never a silent skip).
        peers.setup(name)
    server = peers.start(name)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def record(peer: peers.Peer) -> Iterator[dict[str, str]]:
    """Collect feature -> outcome for this server; written to the compatibility table."""
    seen: dict[str, str] = {}
    yield seen
    for feature, outcome in seen.items():
        _results.setdefault(feature, {})[peer.name] = outcome


def _table() -> str | None:
    """The compatibility table in Markdown, or None unless every feature was seen on every server."""
    servers = list(peers.SERVERS)
    if not _results or any(set(row) != set(servers) for row in _results.values()):
        return None
    lines = ["| feature | " + " | ".join(servers) + " |", "|---|" + "---|" * len(servers)]
    for feature in sorted(_results):
        row = _results[feature]
        lines.append(f"| {feature} | " + " | ".join(row[s] for s in servers) + " |")
    return "\n".join(lines)


def _write_if_changed(path: Path, text: str) -> bool:
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


_outcome = ""  # what happened to the table, for the terminal summary
_deselected = False  # some interop test was left out of this run (-k, -m, --lf, ...)


def pytest_deselected(items: list[pytest.Item]) -> None:
    global _deselected
    _deselected = _deselected or any("tests/interop" in str(item.path) for item in items)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _outcome
    if not _results:
        return
    table = _table()
    if table is None or _deselected or exitstatus != 0:
        _outcome = "compatibility table left as it was: this run did not pass every interop test on every server"
        return
    versions = ", ".join(f"{s} {peers._SPECS[s].version}" for s in peers.SERVERS)
    body = (
        f"Produced by the interop tests (`make test`, tests/interop) against real servers ({versions}); "
        "each cell is what the test observed.\n\n" + table + "\n"
    )
    changed = _write_if_changed(COMPAT_MD, "# Server compatibility\n\n" + body)
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    block = "<!-- compat -->\n" + body + "<!-- /compat -->"
    if "<!-- compat -->" in text:
        text = re.sub(r"<!-- compat -->.*?(<!-- /compat -->|\Z)", lambda _: block, text, count=1, flags=re.S)
        changed = _write_if_changed(readme, text) or changed
    _outcome = "compatibility table " + ("updated" if changed else "unchanged")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _outcome:
        terminalreporter.write_line(f"interop: {_outcome} (tests/interop/compat.md, README.md)")
