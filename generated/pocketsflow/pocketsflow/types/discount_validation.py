"""The ``DiscountValidation`` model."""

from __future__ import annotations

from .._runtime._models import APIModel as _APIModel
from .discount import Discount

__all__ = ["DiscountValidation"]


class DiscountValidation(_APIModel):
    """Result of `POST /discounts/validate`. The docs only say the 200 response means 'Discount is valid'; the body shape is a guess."""

    valid: bool | None = None
    discount: Discount | None = None
    message: str | None = None
