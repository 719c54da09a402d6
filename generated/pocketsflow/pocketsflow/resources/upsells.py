"""Configure upsell offers for your products."""

from __future__ import annotations

from typing import overload

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.create_upsell_request import CreateUpsellRequest
from ..types.message_response import MessageResponse
from ..types.update_upsell_request import UpdateUpsellRequest
from ..types.upsell import Upsell
from ..types.upsell_list import UpsellList

__all__ = [
    "AsyncUpsellsResource",
    "AsyncUpsellsResourceWithRawResponse",
    "UpsellsResource",
    "UpsellsResourceWithRawResponse",
]


class UpsellsResource(SyncResource):
    """Configure upsell offers for your products."""

    __slots__ = ()

    @overload
    def create(
        self,
        *,
        main_product_ids: list[str],
        upsell_product_id: str,
        upsell_price: float,
        name: str | NotGiven = NOT_GIVEN,
        offer: str | NotGiven = NOT_GIVEN,
        upsell_description: str | NotGiven = NOT_GIVEN,
        primary_button_text: str | NotGiven = NOT_GIVEN,
        secondary_button_text: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Upsell: ...

    @overload
    def create(
        self,
        *,
        body: CreateUpsellRequest,
        **options: Unpack[CallOptions],
    ) -> Upsell: ...

    def create(
        self,
        *,
        body: CreateUpsellRequest | NotGiven = NOT_GIVEN,
        main_product_ids: list[str] | NotGiven = NOT_GIVEN,
        upsell_product_id: str | NotGiven = NOT_GIVEN,
        upsell_price: float | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        offer: str | NotGiven = NOT_GIVEN,
        upsell_description: str | NotGiven = NOT_GIVEN,
        primary_button_text: str | NotGiven = NOT_GIVEN,
        secondary_button_text: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Upsell:
        """Create an upsell.

        Args:
            offer: Offer text/headline.
            body: the whole request body as a ``CreateUpsellRequest`` instead of the arguments above

        ``POST /upsells``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/upsells",
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "offer": offer,
                        "mainProductIds": main_product_ids,
                        "upsellProductId": upsell_product_id,
                        "upsellPrice": upsell_price,
                        "upsellDescription": upsell_description,
                        "primaryButtonText": primary_button_text,
                        "secondaryButtonText": secondary_button_text,
                        "active": active,
                    },
                    ("mainProductIds", "upsellProductId", "upsellPrice"),
                ),
                **options,
            ),
            cast_to=Upsell,
        )

    def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete an upsell.

        Args:
            id: Upsell ID.

        ``DELETE /upsells/{id}``"""
        return self._client.request(
            RequestOptions(
                "DELETE",
                "/upsells/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Upsell:
        """Get an upsell.

        Args:
            id: Upsell ID.

        ``GET /upsells/{id}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/upsells/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Upsell,
        )

    @overload
    def update(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        offer: str | NotGiven = NOT_GIVEN,
        main_product_ids: list[str] | NotGiven = NOT_GIVEN,
        upsell_product_id: str | NotGiven = NOT_GIVEN,
        upsell_price: float | NotGiven = NOT_GIVEN,
        upsell_description: str | NotGiven = NOT_GIVEN,
        primary_button_text: str | NotGiven = NOT_GIVEN,
        secondary_button_text: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Upsell: ...

    @overload
    def update(
        self,
        id: str,
        *,
        body: UpdateUpsellRequest,
        **options: Unpack[CallOptions],
    ) -> Upsell: ...

    def update(
        self,
        id: str,
        *,
        body: UpdateUpsellRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        offer: str | NotGiven = NOT_GIVEN,
        main_product_ids: list[str] | NotGiven = NOT_GIVEN,
        upsell_product_id: str | NotGiven = NOT_GIVEN,
        upsell_price: float | NotGiven = NOT_GIVEN,
        upsell_description: str | NotGiven = NOT_GIVEN,
        primary_button_text: str | NotGiven = NOT_GIVEN,
        secondary_button_text: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Upsell:
        """Update an upsell.

        Updates use POST on the item path.

        Args:
            id: Upsell ID.
            offer: Offer text/headline.
            body: the whole request body as a ``UpdateUpsellRequest`` instead of the arguments above

        ``POST /upsells/{id}``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/upsells/{id}",
                path_params={"id": id},
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "offer": offer,
                        "mainProductIds": main_product_ids,
                        "upsellProductId": upsell_product_id,
                        "upsellPrice": upsell_price,
                        "upsellDescription": upsell_description,
                        "primaryButtonText": primary_button_text,
                        "secondaryButtonText": secondary_button_text,
                        "active": active,
                    },
                ),
                **options,
            ),
            cast_to=Upsell,
        )

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> UpsellList:
        """List upsells.

        Returns an object `{ upsells, salesWithUpsells }`, not an array.

        ``GET /upsells``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/upsells",
                **options,
            ),
            cast_to=UpsellList,
        )


class AsyncUpsellsResource(AsyncResource):
    """Configure upsell offers for your products."""

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        main_product_ids: list[str],
        upsell_product_id: str,
        upsell_price: float,
        name: str | NotGiven = NOT_GIVEN,
        offer: str | NotGiven = NOT_GIVEN,
        upsell_description: str | NotGiven = NOT_GIVEN,
        primary_button_text: str | NotGiven = NOT_GIVEN,
        secondary_button_text: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Upsell: ...

    @overload
    async def create(
        self,
        *,
        body: CreateUpsellRequest,
        **options: Unpack[CallOptions],
    ) -> Upsell: ...

    async def create(
        self,
        *,
        body: CreateUpsellRequest | NotGiven = NOT_GIVEN,
        main_product_ids: list[str] | NotGiven = NOT_GIVEN,
        upsell_product_id: str | NotGiven = NOT_GIVEN,
        upsell_price: float | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        offer: str | NotGiven = NOT_GIVEN,
        upsell_description: str | NotGiven = NOT_GIVEN,
        primary_button_text: str | NotGiven = NOT_GIVEN,
        secondary_button_text: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Upsell:
        """Create an upsell.

        Args:
            offer: Offer text/headline.
            body: the whole request body as a ``CreateUpsellRequest`` instead of the arguments above

        ``POST /upsells``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/upsells",
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "offer": offer,
                        "mainProductIds": main_product_ids,
                        "upsellProductId": upsell_product_id,
                        "upsellPrice": upsell_price,
                        "upsellDescription": upsell_description,
                        "primaryButtonText": primary_button_text,
                        "secondaryButtonText": secondary_button_text,
                        "active": active,
                    },
                    ("mainProductIds", "upsellProductId", "upsellPrice"),
                ),
                **options,
            ),
            cast_to=Upsell,
        )

    async def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete an upsell.

        Args:
            id: Upsell ID.

        ``DELETE /upsells/{id}``"""
        return await self._client.request(
            RequestOptions(
                "DELETE",
                "/upsells/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    async def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Upsell:
        """Get an upsell.

        Args:
            id: Upsell ID.

        ``GET /upsells/{id}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/upsells/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Upsell,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        offer: str | NotGiven = NOT_GIVEN,
        main_product_ids: list[str] | NotGiven = NOT_GIVEN,
        upsell_product_id: str | NotGiven = NOT_GIVEN,
        upsell_price: float | NotGiven = NOT_GIVEN,
        upsell_description: str | NotGiven = NOT_GIVEN,
        primary_button_text: str | NotGiven = NOT_GIVEN,
        secondary_button_text: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Upsell: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: UpdateUpsellRequest,
        **options: Unpack[CallOptions],
    ) -> Upsell: ...

    async def update(
        self,
        id: str,
        *,
        body: UpdateUpsellRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        offer: str | NotGiven = NOT_GIVEN,
        main_product_ids: list[str] | NotGiven = NOT_GIVEN,
        upsell_product_id: str | NotGiven = NOT_GIVEN,
        upsell_price: float | NotGiven = NOT_GIVEN,
        upsell_description: str | NotGiven = NOT_GIVEN,
        primary_button_text: str | NotGiven = NOT_GIVEN,
        secondary_button_text: str | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Upsell:
        """Update an upsell.

        Updates use POST on the item path.

        Args:
            id: Upsell ID.
            offer: Offer text/headline.
            body: the whole request body as a ``UpdateUpsellRequest`` instead of the arguments above

        ``POST /upsells/{id}``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/upsells/{id}",
                path_params={"id": id},
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "offer": offer,
                        "mainProductIds": main_product_ids,
                        "upsellProductId": upsell_product_id,
                        "upsellPrice": upsell_price,
                        "upsellDescription": upsell_description,
                        "primaryButtonText": primary_button_text,
                        "secondaryButtonText": secondary_button_text,
                        "active": active,
                    },
                ),
                **options,
            ),
            cast_to=Upsell,
        )

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> UpsellList:
        """List upsells.

        Returns an object `{ upsells, salesWithUpsells }`, not an array.

        ``GET /upsells``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/upsells",
                **options,
            ),
            cast_to=UpsellList,
        )


class UpsellsResourceWithRawResponse:
    """The operations of ``UpsellsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: UpsellsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncUpsellsResourceWithRawResponse:
    """The operations of ``AsyncUpsellsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncUpsellsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.list = async_to_raw_response_wrapper(resource.list)
