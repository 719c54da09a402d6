"""The ``CreateUpsellRequest`` model."""

from __future__ import annotations

from pydantic import Field

from .._runtime._models import APIModel as _APIModel

__all__ = ["CreateUpsellRequest"]


class CreateUpsellRequest(_APIModel):
    name: str | None = None
    offer: str | None = None
    """Offer text/headline."""

    main_product_ids: list[str] = Field(alias="mainProductIds")
    upsell_product_id: str = Field(alias="upsellProductId")
    upsell_price: float = Field(alias="upsellPrice")
    upsell_description: str | None = Field(default=None, alias="upsellDescription")
    primary_button_text: str | None = Field(default=None, alias="primaryButtonText")
    secondary_button_text: str | None = Field(default=None, alias="secondaryButtonText")
    active: bool | None = Field(default=True)
