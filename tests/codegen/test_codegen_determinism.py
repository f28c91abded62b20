"""Output depends only on the protos: not on hash seeds, nor on the order the files are given in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PROTOS = REPO / "tests" / "protos"
# Two files of corpus.v1 that do not import each other, so protoc keeps the order given.
FILES = [
    "corpus/v1/extra.proto",
    "corpus/v1/service.proto",
    "corpus/v1/types.proto",
    "naming/naming.proto",
    "comments/comments.proto",
]


def _generate(out: Path, files: list[str], seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    argv = [sys.executable, "-m", "codegen", "-I", str(PROTOS), "--out", str(out), *(str(PROTOS / f) for f in files)]
    result = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_hash_seed_and_file_order_do_not_change_the_output(tmp_path: Path) -> None:
    runs = {
        "seed 0": (FILES, "0"),
        "seed 1": (FILES, "1"),
        "seed 4242": (FILES, "4242"),
        "reversed, seed 7": (FILES[::-1], "7"),
        "rotated, random seed": (FILES[2:] + FILES[:2], "random"),
    }
    trees = {}
    for name, (files, seed) in runs.items():
        out = tmp_path / name.replace(" ", "_").replace(",", "")
        _generate(out, files, seed)
        trees[name] = _tree(out)
    first_name, first = next(iter(trees.items()))
    assert len(first) > 10
    for name, tree in trees.items():
        assert sorted(tree) == sorted(first), f"{name}: other files than {first_name}"
        for path, data in first.items():
            assert tree[path] == data, f"{path} differs between {first_name} and {name}"


def test_files_of_one_package_are_ordered_by_name() -> None:
    from inference_grpc.codegen.descriptors import load_descriptor_set
    from inference_grpc.codegen.model import build_model

    forward = build_model(load_descriptor_set([PROTOS / f for f in FILES[:2]], [PROTOS]))
    backward = build_model(load_descriptor_set([PROTOS / f for f in FILES[1::-1]], [PROTOS]))
    assert forward.packages == backward.packages
    package = next(p for p in forward.packages if p.proto_package == "corpus.v1")
    assert list(package.sources) == sorted(package.sources)
