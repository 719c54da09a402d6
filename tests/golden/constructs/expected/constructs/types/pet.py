"""The ``Pet`` model."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal
from uuid import UUID

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime
from .._runtime._wire import Decimal
from .owner import Owner
from .pet_address import PetAddress
from .pet_files_item import PetFilesItem
from .pet_friend import PetFriend
from .pet_nullable_enum import PetNullableEnum
from .pet_status import PetStatus

__all__ = ["Pet"]


class Pet(_APIModel):
    """A pet

    A pet for sale."""

    id: int
    name: str
    tag: str | None = None
    created_at: datetime | None = Field(default=None, alias="createdAt")
    """Read-only."""

    password: str | None = None
    """Write-only."""

    nickname: str | None = Field(default="buddy")
    """Nick

Deprecated."""

    status: PetStatus | None = Field(default=PetStatus.AVAILABLE)
    weight: float | None = None
    price: Decimal | None = None
    amount: Decimal | None = None
    homepage: str | None = None
    contact: str | None = None
    uid: UUID | None = None
    avatar: str | None = None
    photo: bytes | None = None
    birth_date: _dt.date | None = Field(default=None, alias="birthDate")
    wake_time: _dt.time | None = Field(default=None, alias="wakeTime")
    lifespan: str | None = None
    ip: str | None = None
    count: int | None = None
    ratio: float | None = None
    anything: Any = None
    address: PetAddress | None = None
    files: list[PetFilesItem] | None = None
    labels: dict[str, str] | None = None
    metadata: dict[str, Any] | None = None
    point: list[Any] | None = None
    pair: list[Any] | None = None
    mode: Literal["fast"] | None = None
    single: Literal["only"] | None = None
    nullable_enum: PetNullableEnum | None = Field(default=None, alias="nullableEnum")
    owner: Owner | None = None
    legacy_owner: Owner | None = Field(default=None, alias="legacyOwner")
    """The previous owner."""

    str_or_int: str | int | None = Field(default=None, alias="strOrInt")
    flags: Literal[True, False] | None = None
    friend: PetFriend | None = None
