"""Models of the API's schemas, imported lazily: only the module of a name you use is loaded."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .color import Color as Color
    from .health_response import HealthResponse as HealthResponse
    from .list_things_filter import ListThingsFilter as ListThingsFilter
    from .list_things_response import ListThingsResponse as ListThingsResponse
    from .problem import Problem as Problem
    from .submit_form_request import SubmitFormRequest as SubmitFormRequest
    from .thing import Thing as Thing
    from .thing_create import ThingCreate as ThingCreate
    from .thing_created_event import ThingCreatedEvent as ThingCreatedEvent
    from .upload_thing_photo_request import UploadThingPhotoRequest as UploadThingPhotoRequest

__all__ = [
    "Color",
    "HealthResponse",
    "ListThingsFilter",
    "ListThingsResponse",
    "Problem",
    "SubmitFormRequest",
    "Thing",
    "ThingCreate",
    "ThingCreatedEvent",
    "UploadThingPhotoRequest",
]

_MODULES: dict[str, str] = {
    "Color": "color",
    "HealthResponse": "health_response",
    "ListThingsFilter": "list_things_filter",
    "ListThingsResponse": "list_things_response",
    "Problem": "problem",
    "SubmitFormRequest": "submit_form_request",
    "Thing": "thing",
    "ThingCreate": "thing_create",
    "ThingCreatedEvent": "thing_created_event",
    "UploadThingPhotoRequest": "upload_thing_photo_request",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
