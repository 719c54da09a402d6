"""Priced variants of a product."""

from __future__ import annotations

from typing import overload

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.create_product_variant_request import CreateProductVariantRequest
from ..types.message_response import MessageResponse
from ..types.product_variant import ProductVariant

__all__ = [
    "AsyncVariantsResource",
    "AsyncVariantsResourceWithRawResponse",
    "VariantsResource",
    "VariantsResourceWithRawResponse",
]


class VariantsResource(SyncResource):
    """Priced variants of a product."""

    __slots__ = ()

    @overload
    def create(
        self,
        *,
        product_id: str,
        name: str,
        price: float,
        description: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> ProductVariant: ...

    @overload
    def create(
        self,
        *,
        body: CreateProductVariantRequest,
        **options: Unpack[CallOptions],
    ) -> ProductVariant: ...

    def create(
        self,
        *,
        body: CreateProductVariantRequest | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> ProductVariant:
        """Create a variant.

        Args:
            product_id: Parent product ID.
            body: the whole request body as a ``CreateProductVariantRequest`` instead of the arguments above

        ``POST /products/variants``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/products/variants",
                body=_merge_body(
                    body,
                    {
                        "productId": product_id,
                        "name": name,
                        "price": price,
                        "description": description,
                    },
                    ("productId", "name", "price"),
                ),
                **options,
            ),
            cast_to=ProductVariant,
        )

    def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete a variant.

        Args:
            id: Variant ID.

        ``DELETE /products/variants/{id}``"""
        return self._client.request(
            RequestOptions(
                "DELETE",
                "/products/variants/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )


class AsyncVariantsResource(AsyncResource):
    """Priced variants of a product."""

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        product_id: str,
        name: str,
        price: float,
        description: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> ProductVariant: ...

    @overload
    async def create(
        self,
        *,
        body: CreateProductVariantRequest,
        **options: Unpack[CallOptions],
    ) -> ProductVariant: ...

    async def create(
        self,
        *,
        body: CreateProductVariantRequest | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> ProductVariant:
        """Create a variant.

        Args:
            product_id: Parent product ID.
            body: the whole request body as a ``CreateProductVariantRequest`` instead of the arguments above

        ``POST /products/variants``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/products/variants",
                body=_merge_body(
                    body,
                    {
                        "productId": product_id,
                        "name": name,
                        "price": price,
                        "description": description,
                    },
                    ("productId", "name", "price"),
                ),
                **options,
            ),
            cast_to=ProductVariant,
        )

    async def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete a variant.

        Args:
            id: Variant ID.

        ``DELETE /products/variants/{id}``"""
        return await self._client.request(
            RequestOptions(
                "DELETE",
                "/products/variants/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )


class VariantsResourceWithRawResponse:
    """The operations of ``VariantsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: VariantsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncVariantsResourceWithRawResponse:
    """The operations of ``AsyncVariantsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncVariantsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
