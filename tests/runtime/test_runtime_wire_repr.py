"""Users see public types: a parsed date-time or decimal shows as ``datetime.datetime`` / ``Decimal``."""

from __future__ import annotations

import datetime
import decimal

import pydantic
from _runtime._wire import DateTime, Decimal


class Model(pydantic.BaseModel):
    when: DateTime
    amount: Decimal


def test_reprs_name_the_public_types() -> None:
    m = Model.model_validate({"when": "2024-01-01T00:00:00Z", "amount": "1.50"})
    assert repr(m.when) == repr(datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)).replace(
        "datetime.timezone.utc", repr(m.when.tzinfo)
    )
    assert "_Wire" not in repr(m) and "_Wire" not in repr(m.model_dump())
    assert repr(m.amount) == repr(decimal.Decimal("1.50"))
    assert m.model_dump(mode="json") == {"when": "2024-01-01T00:00:00Z", "amount": "1.50"}
