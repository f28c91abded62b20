"""Client plugins (InferenceServerClientPlugin, auth.BasicAuth) and the Request they see."""

from __future__ import annotations

import base64
from abc import ABC, abstractmethod
from typing import Any

__all__ = ["BasicAuth", "InferenceServerClientPlugin", "Request"]


class Request:
    """What a plugin sees of a call before it is sent: its headers, a dict the plugin may change."""

    def __init__(self, headers: dict[str, Any] | None) -> None:
        self.headers: dict[str, Any] = headers if headers is not None else {}


class InferenceServerClientPlugin(ABC):
    """A client plugin: called with each call's Request, which it changes in place."""

    @abstractmethod
    def __call__(self, request: Request) -> None:
        """Change `request` (its headers) in place."""


class BasicAuth(InferenceServerClientPlugin):
    """HTTP basic authentication: sets the `authorization` header of every call."""

    def __init__(self, username: str, password: str) -> None:
        token = base64.b64encode(username.encode("ascii") + b":" + password.encode("ascii")).decode("ascii")
        self._auth_string = f"Basic {token}"

    def __call__(self, request: Request) -> None:
        request.headers["authorization"] = self._auth_string
