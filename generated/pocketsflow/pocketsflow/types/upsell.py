"""The ``Upsell`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel
from .._runtime._wire import DateTime as datetime

__all__ = ["Upsell"]


class Upsell(_APIModel):
    """A post-purchase upsell offer shown after buying one of `mainProductIds`."""

    id: str = Field(alias="_id")
    user_id: str | None = Field(default=None, alias="userId")
    name: str | None = None
    main_product_ids: list[str] = Field(alias="mainProductIds")
    """Products that trigger this upsell."""

    upsell_product_id: str = Field(alias="upsellProductId")
    """Product offered as the upsell."""

    upsell_price: float = Field(alias="upsellPrice")
    upsell_description: str | None = Field(default=None, alias="upsellDescription")
    primary_button_text: str | None = Field(default=None, alias="primaryButtonText")
    secondary_button_text: str | None = Field(default=None, alias="secondaryButtonText")
    offer: str | None = None
    """Offer headline text."""

    active: bool | None = None
    test_mode: bool | None = Field(default=None, alias="testMode")
    created_at: datetime | None = Field(default=None, alias="createdAt")
