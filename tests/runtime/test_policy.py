"""CallPolicy: one rule for deadlines, one for metadata, one mapping of errors, for every call."""

from __future__ import annotations

import logging
import math
from typing import Any

import grpc
import numpy as np
import pytest

from inference_grpc.runtime import USE_CLIENT_DEFAULT, CallPolicy, InvalidInput, Route, RpcError

ROUTE: Route[Any, Any] = Route("/pkg.Service/Predict", "unary_unary", object, object)


class _GrpcError(grpc.RpcError):
    def code(self) -> grpc.StatusCode:
        return grpc.StatusCode.UNAVAILABLE

    def details(self) -> str:
        return "connection refused"


@pytest.mark.parametrize("bad", [0, -1, math.nan, "5", True, [1]])
def test_a_bad_timeout_is_invalid_input_in_the_constructor_and_per_call(bad: Any) -> None:
    with pytest.raises(InvalidInput, match="timeout must be a positive number of seconds or None"):
        CallPolicy(timeout=bad)
    with pytest.raises(InvalidInput, match="timeout must be a positive number of seconds or None"):
        CallPolicy(timeout=5).options(bad, None, None)


def test_deadlines_the_calls_else_the_default_and_none_means_none() -> None:
    policy = CallPolicy(timeout=60)
    assert policy.options(USE_CLIENT_DEFAULT, None, None)["timeout"] == 60
    assert policy.options(2, None, None)["timeout"] == 2.0
    assert policy.options(np.float32(0.5), None, None)["timeout"] == 0.5
    assert policy.options(None, None, None)["timeout"] is None
    assert CallPolicy().defaults == {}  # gRPC's own defaults: nothing passed
    assert CallPolicy(timeout=3, metadata={"a": "b"}).defaults == {"timeout": 3.0, "metadata": (("a", "b"),)}


def test_metadata_is_validated_lower_cased_and_merged_over_the_defaults() -> None:
    policy = CallPolicy(metadata={"X-Team": "ml", "Authorization": "a"})
    merged = policy.options(USE_CLIENT_DEFAULT, [("authorization", "b"), ("trace-bin", "t")], None)["metadata"]
    assert merged == (("x-team", "ml"), ("authorization", "b"), ("trace-bin", b"t"))
    with pytest.raises(InvalidInput, match="header 'x' takes a str value, not int"):
        policy.options(USE_CLIENT_DEFAULT, {"x": 1}, None)


def test_errors_keep_their_status_and_name_the_method_and_subject(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="test.policy")
    policy = CallPolicy(subject=lambda request: request["model"], logger=logging.getLogger("test.policy"))
    error = policy.error(ROUTE, _GrpcError(), {"model": "resnet"})
    assert isinstance(error, RpcError) and isinstance(error, grpc.RpcError)
    assert (error.code(), error.details(), error.method, error.model) == (
        grpc.StatusCode.UNAVAILABLE,
        "connection refused",
        "Predict",
        "resnet",
    )
    assert str(error) == "Predict for model 'resnet' failed: UNAVAILABLE: connection refused"
    assert [r.getMessage() for r in caplog.records] == [str(error)]
    assert all(r.exc_info is None for r in caplog.records)
    assert policy.error(ROUTE, error, {"model": "other"}) is error  # ours already: as it is


def test_quiet_without_a_logger(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    CallPolicy().error(ROUTE, _GrpcError(), None)
    assert caplog.records == []
