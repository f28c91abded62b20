"""Proto source comments -> Python docstrings."""

from __future__ import annotations

import textwrap

from google.protobuf import descriptor_pb2

__all__ = ["CommentIndex", "docstring_text"]


def docstring_text(raw: str) -> str:
    """Clean a proto comment for use inside a triple-quoted docstring."""
    text = textwrap.dedent(raw).strip("\n")
    lines = [line.rstrip() for line in text.splitlines()]
    text = "\n".join(lines).strip()
    # A docstring is a plain literal: escape backslashes and anything that would end it early.
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text += " "
    return text


class CommentIndex:
    """Leading (or else trailing) comments of one file, looked up by source-info path."""

    def __init__(self, file: descriptor_pb2.FileDescriptorProto) -> None:
        self._by_path: dict[tuple[int, ...], str] = {}
        for location in file.source_code_info.location:
            text = location.leading_comments or location.trailing_comments
            if text.strip():
                self._by_path[tuple(location.path)] = docstring_text(text)

    def get(self, path: tuple[int, ...]) -> str:
        return self._by_path.get(path, "")
