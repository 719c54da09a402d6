"""The ``Owner`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["Owner"]


class Owner(_APIModel):
    class_: str | None = Field(default=None, alias="class")
    foo_bar_3: str | None = Field(default=None, alias="fooBar")
    foo_bar_2: str | None = Field(default=None, alias="foo-bar")
    foo_bar: str | None = None
    ref: str | None = Field(default=None, alias="$ref")
    field_123abc: str | None = Field(default=None, alias="123abc")
    field_empty: str | None = Field(default=None, alias="")
    model_config_: str | None = Field(default=None, alias="model_config")
    schema_: str | None = Field(default=None, alias="schema")
    json_: str | None = Field(default=None, alias="json")
    grosse: str | None = Field(default=None, alias="größe")
    private: str | None = Field(default=None, alias="_private")
    type: str | None = None
    id: str | None = None
    str_: str | None = Field(default=None, alias="str")
