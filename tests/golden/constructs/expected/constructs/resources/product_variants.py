"""Operations on product variants."""

from __future__ import annotations

from typing_extensions import Unpack

from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NoneType

__all__ = [
    "AsyncProductVariantsResource",
    "AsyncProductVariantsResourceWithRawResponse",
    "ProductVariantsResource",
    "ProductVariantsResourceWithRawResponse",
]


class ProductVariantsResource(SyncResource):
    """Operations on product variants."""

    __slots__ = ()

    def create(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST /product-variants``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/product-variants",
                **options,
            ),
            cast_to=NoneType,
        )


class AsyncProductVariantsResource(AsyncResource):
    """Operations on product variants."""

    __slots__ = ()

    async def create(
        self,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST /product-variants``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/product-variants",
                **options,
            ),
            cast_to=NoneType,
        )


class ProductVariantsResourceWithRawResponse:
    """The operations of ``ProductVariantsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: ProductVariantsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncProductVariantsResourceWithRawResponse:
    """The operations of ``AsyncProductVariantsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncProductVariantsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
