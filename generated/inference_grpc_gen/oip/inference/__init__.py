# Generated from inference.proto. DO NOT EDIT.
"""The proto package `inference`: messages, stubs and servicers."""

from ._messages import *  # noqa: F403
from ._messages import __all__ as _messages_all
from ._services import *  # noqa: F403
from ._services import __all__ as _services_all

__all__ = [*_messages_all, *_services_all]
