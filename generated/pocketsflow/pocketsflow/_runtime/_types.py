"""Small shared types: the omit sentinel, request option aliases and file inputs.

``NOT_GIVEN`` marks "argument not passed" so it can differ from ``None`` ("send null"). Request
building drops every ``NOT_GIVEN`` value (top level and nested in dicts/lists), while ``None`` is
sent as JSON ``null`` in bodies. Query, header and cookie parameters have no null, so ``None``
is dropped there as well.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, Any, Final, Literal, TypeAlias, TypeVar

import httpx
from typing_extensions import final

__all__ = [
    "NOT_GIVEN",
    "Body",
    "BodyType",
    "FileContent",
    "FileTypes",
    "Headers",
    "NoneType",
    "NotGiven",
    "NotGivenOr",
    "Query",
    "Timeout",
]

_T = TypeVar("_T")


@final
class NotGiven:
    """Sentinel type for "argument not passed"; falsy and a singleton.

    ```py
    def get(timeout: float | None | NotGiven = NOT_GIVEN) -> None: ...
    get(timeout=None)  # explicitly no timeout
    get()  # use the default
    ```
    """

    _instance: NotGiven | None = None
    __slots__ = ()

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __copy__(self) -> NotGiven:
        return self

    def __deepcopy__(self, memo: object) -> NotGiven:
        return self

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

#: ``cast_to`` of operations that answer without a body (a name no parameter can shadow, unlike ``type``).
NoneType: type[None] = type(None)

NotGivenOr: TypeAlias = _T | NotGiven

#: Raw file content accepted for multipart and binary bodies.
FileContent: TypeAlias = IO[bytes] | bytes | os.PathLike[str]
#: A file field: content alone, or ``(filename, content)`` / ``(filename, content, content_type)``.
FileTypes: TypeAlias = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)

Headers: TypeAlias = Mapping[str, str | NotGiven | None]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = object
Timeout: TypeAlias = float | httpx.Timeout | None
BodyType: TypeAlias = Literal["json", "form", "multipart", "binary", "text"]

# Used by annotations in other modules that accept "anything JSON-like".
JSONish: TypeAlias = Any
