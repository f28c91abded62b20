"""Oneofs: one member at a time, as protobuf keeps them; which one is set can be asked."""

from __future__ import annotations

from typing import Any

import pytest


def test_setting_a_member_clears_the_others(v1: Any) -> None:
    m = v1.Oneofs(c_int32=5, s_bool=False, plain="p")
    assert m.which_oneof("choice") == "c_int32" and m.WhichOneof("second") == "s_bool"
    m.c_string = "now a string"
    assert (m.c_int32, m.c_string) == (None, "now a string")
    assert m.which_oneof("choice") == "c_string"
    assert m.s_bool is False and m.plain == "p", "other groups and plain fields are untouched"
    m.c_message = v1.Scalars(f_int32=1)
    assert m.c_string is None and m.which_oneof("choice") == "c_message"
    assert v1.Oneofs.parse(bytes(m)) == m
    assert v1.Oneofs.parse(bytes(m)).which_oneof("choice") == "c_message"
    m.c_message = None  # clearing the member set leaves none
    assert m.which_oneof("choice") is None
    assert bytes(v1.Oneofs(plain="p", s_bool=False)) == bytes(m)


def test_constructing_with_two_members_raises(v1: Any) -> None:
    with pytest.raises(ValueError, match=r"oneof 'choice' takes one member, but c_int32 and c_string were given"):
        v1.Oneofs(c_int32=1, c_string="x")
    # Members given as None do not count; default-valued members do (they are set).
    assert v1.Oneofs(c_int32=0, c_string=None).which_oneof("choice") == "c_int32"


def test_which_oneof_of_an_unknown_group(v1: Any) -> None:
    with pytest.raises(ValueError, match="no oneof 'nope'"):
        v1.Oneofs().which_oneof("nope")
    assert v1.Oneofs().which_oneof("choice") is None


def test_decoding_keeps_the_last_member_only(v1: Any) -> None:
    both = bytes(v1.Oneofs(c_int32=7)) + bytes(v1.Oneofs(c_string="last"))
    m = v1.Oneofs.parse(both)
    assert (m.c_int32, m.c_string, m.which_oneof("choice")) == (None, "last", "c_string")
