"""Write a rendered tree, or report how the tree on disk differs from it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

__all__ = ["Difference", "compare", "write"]


@dataclass(frozen=True)
class Difference:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    stale: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.stale)

    def lines(self) -> list[str]:
        return (
            [f"added:   {p}" for p in self.added]
            + [f"changed: {p}" for p in self.changed]
            + [f"stale:   {p}" for p in self.stale]
        )


def _existing(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def compare(files: dict[PurePosixPath, str], root: Path) -> Difference:
    """What writing `files` under `root` would add, change and delete."""
    wanted = {p.as_posix(): text for p, text in files.items()}
    existing = _existing(root)
    added = sorted(p for p in wanted if p not in existing)
    changed = sorted(p for p in wanted if p in existing and (root / p).read_text(encoding="utf-8") != wanted[p])
    stale = sorted(existing - wanted.keys())
    return Difference(tuple(added), tuple(changed), tuple(stale))


def write(files: dict[PurePosixPath, str], root: Path) -> Difference:
    """Make `root` hold exactly `files` (stale files are deleted); returns what changed."""
    diff = compare(files, root)
    for rel in diff.stale:
        (root / rel).unlink()
    for rel in (*diff.added, *diff.changed):
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(files[PurePosixPath(rel)], encoding="utf-8", newline="\n")
    # Remove folders the stale files leave empty.
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True) if root.is_dir() else ():
        if folder.name == "__pycache__":
            continue
        if not any(folder.iterdir()):
            folder.rmdir()
    return diff
