"""Proto comments become docstrings: of classes, enum members, fields, stubs and methods."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="module")
def docs(generate: Any) -> Any:
    return generate(["comments/comments.proto"])


def test_message_comment_with_awkward_characters(docs: Any) -> None:
    module = docs.module("comments.v1")
    assert inspect.cleandoc(module.Documented.__doc__).rstrip() == (
        'A message whose comment has "quotes", a """triple quote""", a back\\slash,\n'
        "a \\N{BULLET} escape that must stay literal, non-ASCII (é, 名前) and\n"
        "\n"
        'a blank line, and ends with a quote: "'
    )


def test_enum_and_service_comments(docs: Any) -> None:
    module = docs.module("comments.v1")
    assert module.Level.__doc__ == "Levels of documentation."
    assert inspect.cleandoc(module.DocsStub.get.__doc__) == "Returns the documentation.\nSecond line."
    assert inspect.cleandoc(module.DocsSyncStub.get.__doc__) == "Returns the documentation.\nSecond line."
    assert module.DocsStub.__doc__.startswith("A service with a documented method.")
    assert module.DocsServicer.get.__doc__.startswith("Returns the documentation.")


def test_undocumented_types_get_a_generic_docstring(docs: Any) -> None:
    module = docs.module("comments.v1")
    assert module.Undocumented.__doc__ == "The message `comments.v1.Undocumented`."


def test_field_and_enum_value_comments_follow_their_attribute(docs: Any) -> None:
    source = (Path(docs.module("comments.v1").__file__).parent / "_messages.py").read_text(encoding="utf-8")
    for attribute, doc in [
        ("    name: str = ", '    """The name.\n      Indented continuation stays indented."""'),
        ("    trailing: int = ", '    """A trailing comment documents the field too."""'),
        ("    block: bool = ", '    """A block comment."""'),
        ("    LEVEL_UNSPECIFIED = 0", '    """Nothing at all."""'),
        ("    LEVEL_FULL = 1", '    """Everything."""'),
    ]:
        line = next(line for line in source.splitlines() if line.startswith(attribute))
        after = source.split(line + "\n", 1)[1]
        assert after.startswith(doc), attribute
    undocumented = source.split("    undocumented: int = ", 1)[1].split("\n", 2)
    assert not undocumented[1].strip().startswith('"""'), "a detached comment became a docstring"


def test_corpus_comments(corpus: Any) -> None:
    v1 = corpus.module("corpus.v1")
    assert v1.Scalars.__doc__ == "Every proto3 scalar type, with implicit presence."
    assert v1.NestedMiddleInner.__doc__ == "Two levels down."
    assert v1.NestedKind.__doc__ == "An enum nested in a message."
    assert corpus.module("corpus.shared.v1").Color.__doc__ == "A color shared across packages."
    assert inspect.cleandoc(v1.StreamerStub.unary.__doc__) == "One request, one reply."
