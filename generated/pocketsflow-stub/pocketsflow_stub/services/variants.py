"""The ``variants`` operations: what the stub answers for each of them."""

from __future__ import annotations

from .._runtime._responses import example as _example
from ..types.create_product_variant_request import CreateProductVariantRequest
from ..types.message_response import MessageResponse
from ..types.product_variant import ProductVariant

__all__ = ["VariantsService"]


class VariantsService:
    """Operations of the ``variants`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'variants': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def create(self, body: CreateProductVariantRequest) -> ProductVariant:
        """Create a variant

        ``POST /products/variants`` (operation ``createProductVariant``)."""
        result: ProductVariant = _example("createProductVariant", ProductVariant)
        return result

    def delete(self, id: str) -> MessageResponse:
        """Delete a variant

        ``DELETE /products/variants/{id}`` (operation ``deleteProductVariant``)."""
        result: MessageResponse = _example("deleteProductVariant", MessageResponse)
        return result
