"""Blocking twins of async modules, made by rewriting their tokens (the approach httpcore uses).

The async module is the one written by hand; its twin is generated and never edited. Rewriting
works on Python tokens, so code keeps its layout and comments:

- `async def`, `async for` and `async with` lose their `async`; `await x` becomes `x`;
- names of the async protocol (`AsyncIterator`, `__aenter__`, `StopAsyncIteration`...) become
  their blocking counterparts;
- the target's own `names` table renames further names, dotted ones included (`grpc.aio` ->
  `grpc`), in code and, as whole words, inside strings and comments.

Anything the rewriting cannot express (an `asyncio` call, say) belongs in a module both flavours
import, under names the table maps.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

__all__ = ["ASYNC_NAMES", "unasync_source", "unasync_tree"]

# The async protocol's names and their blocking counterparts.
ASYNC_NAMES: Mapping[str, str] = {
    "AsyncIterator": "Iterator",
    "AsyncIterable": "Iterable",
    "AsyncGenerator": "Generator",
    "StopAsyncIteration": "StopIteration",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
}

_DROPPED = ("async", "await")


def _header(source: str) -> str:
    return (
        f"# Generated from {source} by codegen/unasync.py (`make generate`). DO NOT EDIT.\n"
        "# Edit the async original; this blocking twin is rewritten from it.\n"
    )


def unasync_source(text: str, names: Mapping[str, str], source: str) -> str:
    """The blocking twin of the async module `text` (named `source` in the header)."""
    table = {**ASYNC_NAMES, **names}
    dotted = {tuple(k.split(".")): v for k, v in table.items() if "." in k}
    words = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")\b")
    tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def at(position: tuple[int, int]) -> int:
        return offsets[position[0] - 1] + position[1]

    out: list[str] = []
    cursor = 0  # how far into `text` the output has got
    i = 0
    while i < len(tokens):
        token = tokens[i]
        start, end = at(token.start), at(token.end)
        if token.type == tokenize.ENDMARKER:
            break
        if token.type == tokenize.NAME and token.string in _DROPPED:
            out.append(text[cursor:start])
            # Drop the keyword and the blanks after it: `await  x` -> `x`.
            following = at(tokens[i + 1].start)
            cursor = following if text[end:following].strip() == "" and "\n" not in text[end:following] else end
            i += 1
            continue
        if token.type == tokenize.NAME:
            replaced = False
            for parts, new in dotted.items():
                span = len(parts) * 2 - 1
                window = tokens[i : i + span]
                if (
                    len(window) == span
                    and tuple(t.string for t in window[::2]) == parts
                    and all(t.string == "." for t in window[1::2])
                ):
                    out.append(text[cursor:start])
                    out.append(new)
                    cursor = at(window[-1].end)
                    i += span
                    replaced = True
                    break
            if replaced:
                continue
            out.append(text[cursor:start])
            out.append(table.get(token.string, token.string))
            cursor = end
        elif token.type in (tokenize.STRING, tokenize.COMMENT):
            out.append(text[cursor:start])
            out.append(words.sub(lambda m: table[m.group(1)], token.string))
            cursor = end
        i += 1
    out.append(text[cursor:])
    return _header(source) + _tidy("".join(out))


_IMPORT = re.compile(r"^(from [\w.]+ import )(?:\(\n([^)]*)\)|(.+))$", re.MULTILINE)
_UNION_TWICE = re.compile(r"(\b[\w.]+(?:\[[\w.\[\], ]*\])?) \| \1(?![\w\[])")


def _isort_key(name: str) -> tuple[int, str]:
    """isort's (and ruff's) order of imported names: CONSTANTS, then Classes, then the rest."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return kind, name.lower()


def _tidy(text: str) -> str:
    """Fold and re-sort what renaming made twice or out of order: `import Iterable, Iterator,
    Iterable`, `Iterable[T] | Iterable[T]`, `import grpc` after `import grpc`."""

    def imports(match: re.Match[str]) -> str:
        wrapped = match.group(2) is not None
        listed = match.group(2) if wrapped else match.group(3)
        names = sorted(dict.fromkeys(n.strip() for n in listed.split(",") if n.strip()), key=_isort_key)
        if wrapped:
            return match.group(1) + "(\n" + "".join(f"    {n},\n" for n in names) + ")"
        return match.group(1) + ", ".join(names)

    lines: list[str] = []
    for line in _UNION_TWICE.sub(r"\1", _IMPORT.sub(imports, text)).splitlines(keepends=True):
        if not (line.startswith("import ") and lines and lines[-1] == line):  # `import grpc.aio` was its own line
            lines.append(line)
    return "".join(lines)


def unasync_tree(source: Path, names: Mapping[str, str], label: str) -> dict[PurePosixPath, str]:
    """The blocking twins of every module under `source`, by path relative to it."""
    if not source.is_dir():
        raise ValueError(f"unasync source folder {source} does not exist")
    files: dict[PurePosixPath, str] = {}
    for path in sorted(source.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        rel = PurePosixPath(path.relative_to(source).as_posix())
        files[rel] = unasync_source(path.read_text(encoding="utf-8"), names, f"{label}/{rel}")
    return files
