"""Create and manage discount codes and promotions."""

from __future__ import annotations

from typing import Any, Literal, overload
from typing import cast as _cast

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, SyncResource
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NotGiven
from ..types.create_discount_request import CreateDiscountRequest
from ..types.create_discount_request_value_type import CreateDiscountRequestValueType
from ..types.discount import Discount
from ..types.discount_validation import DiscountValidation
from ..types.message_response import MessageResponse
from ..types.update_discount_request import UpdateDiscountRequest
from ..types.update_discount_request_value_type import UpdateDiscountRequestValueType
from ..types.validate_discount_request import ValidateDiscountRequest

__all__ = [
    "AsyncDiscountsResource",
    "AsyncDiscountsResourceWithRawResponse",
    "DiscountsResource",
    "DiscountsResourceWithRawResponse",
]


class DiscountsResource(SyncResource):
    """Create and manage discount codes and promotions."""

    __slots__ = ()

    @overload
    def create(
        self,
        *,
        name: str,
        code: str,
        value: float,
        main_product_ids: list[str],
        value_type: (
            CreateDiscountRequestValueType | Literal["percentage", "fixed"] | NotGiven
        ) = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        expiration: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Discount: ...

    @overload
    def create(
        self,
        *,
        body: CreateDiscountRequest,
        **options: Unpack[CallOptions],
    ) -> Discount: ...

    def create(
        self,
        *,
        body: CreateDiscountRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        value: float | NotGiven = NOT_GIVEN,
        main_product_ids: list[str] | NotGiven = NOT_GIVEN,
        value_type: (
            CreateDiscountRequestValueType | Literal["percentage", "fixed"] | NotGiven
        ) = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        expiration: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Discount:
        """Create a discount.

        Args:
            name: Discount name.
            code: What customers enter at checkout.
            main_product_ids: Product IDs this discount applies to.
            expiration: Expiration date (ISO 8601 string).
            body: the whole request body as a ``CreateDiscountRequest`` instead of the arguments above

        ``POST /discounts``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/discounts",
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "code": code,
                        "value": value,
                        "valueType": value_type,
                        "active": active,
                        "mainProductIds": main_product_ids,
                        "expiration": expiration,
                    },
                    ("name", "code", "value", "mainProductIds"),
                ),
                **options,
            ),
            cast_to=Discount,
        )

    @overload
    def validate(
        self,
        *,
        code: str,
        product_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> DiscountValidation: ...

    @overload
    def validate(
        self,
        *,
        body: ValidateDiscountRequest,
        **options: Unpack[CallOptions],
    ) -> DiscountValidation: ...

    def validate(
        self,
        *,
        body: ValidateDiscountRequest | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> DiscountValidation:
        """Validate discount code.

        Note: shares the `POST /discounts/{id}` shape; route matching must prefer this literal path.

        Args:
            code: Discount code
            product_id: Product ID to check if discount applies
            body: the whole request body as a ``ValidateDiscountRequest`` instead of the arguments above

        ``POST /discounts/validate``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/discounts/validate",
                body=_merge_body(body, {"code": code, "productId": product_id}, ("code",)),
                **options,
            ),
            cast_to=DiscountValidation,
        )

    def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete a discount.

        Args:
            id: Discount ID.

        ``DELETE /discounts/{id}``"""
        return self._client.request(
            RequestOptions(
                "DELETE",
                "/discounts/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Discount:
        """Get a discount.

        Args:
            id: Discount ID.

        ``GET /discounts/{id}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/discounts/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Discount,
        )

    @overload
    def update(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        value: float | NotGiven = NOT_GIVEN,
        value_type: (
            UpdateDiscountRequestValueType | Literal["percentage", "fixed"] | NotGiven
        ) = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        main_product_ids: list[str] | NotGiven = NOT_GIVEN,
        expiration: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Discount: ...

    @overload
    def update(
        self,
        id: str,
        *,
        body: UpdateDiscountRequest,
        **options: Unpack[CallOptions],
    ) -> Discount: ...

    def update(
        self,
        id: str,
        *,
        body: UpdateDiscountRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        value: float | NotGiven = NOT_GIVEN,
        value_type: (
            UpdateDiscountRequestValueType | Literal["percentage", "fixed"] | NotGiven
        ) = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        main_product_ids: list[str] | NotGiven = NOT_GIVEN,
        expiration: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Discount:
        """Update a discount.

        Updates use POST on the item path (no PATCH/PUT).

        Args:
            id: Discount ID.
            name: Discount name.
            code: What customers enter at checkout.
            main_product_ids: Product IDs this discount applies to.
            expiration: Expiration date (ISO 8601 string).
            body: the whole request body as a ``UpdateDiscountRequest`` instead of the arguments above

        ``POST /discounts/{id}``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/discounts/{id}",
                path_params={"id": id},
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "code": code,
                        "value": value,
                        "valueType": value_type,
                        "active": active,
                        "mainProductIds": main_product_ids,
                        "expiration": expiration,
                    },
                ),
                **options,
            ),
            cast_to=Discount,
        )

    def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[Discount]:
        """List discounts.

        ``GET /discounts``"""
        return _cast(
            list[Discount],
            self._client.request(
                RequestOptions(
                    "GET",
                    "/discounts",
                    **options,
                ),
                cast_to=_cast(Any, list[Discount]),
            ),
        )


class AsyncDiscountsResource(AsyncResource):
    """Create and manage discount codes and promotions."""

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        name: str,
        code: str,
        value: float,
        main_product_ids: list[str],
        value_type: (
            CreateDiscountRequestValueType | Literal["percentage", "fixed"] | NotGiven
        ) = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        expiration: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Discount: ...

    @overload
    async def create(
        self,
        *,
        body: CreateDiscountRequest,
        **options: Unpack[CallOptions],
    ) -> Discount: ...

    async def create(
        self,
        *,
        body: CreateDiscountRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        value: float | NotGiven = NOT_GIVEN,
        main_product_ids: list[str] | NotGiven = NOT_GIVEN,
        value_type: (
            CreateDiscountRequestValueType | Literal["percentage", "fixed"] | NotGiven
        ) = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        expiration: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Discount:
        """Create a discount.

        Args:
            name: Discount name.
            code: What customers enter at checkout.
            main_product_ids: Product IDs this discount applies to.
            expiration: Expiration date (ISO 8601 string).
            body: the whole request body as a ``CreateDiscountRequest`` instead of the arguments above

        ``POST /discounts``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/discounts",
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "code": code,
                        "value": value,
                        "valueType": value_type,
                        "active": active,
                        "mainProductIds": main_product_ids,
                        "expiration": expiration,
                    },
                    ("name", "code", "value", "mainProductIds"),
                ),
                **options,
            ),
            cast_to=Discount,
        )

    @overload
    async def validate(
        self,
        *,
        code: str,
        product_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> DiscountValidation: ...

    @overload
    async def validate(
        self,
        *,
        body: ValidateDiscountRequest,
        **options: Unpack[CallOptions],
    ) -> DiscountValidation: ...

    async def validate(
        self,
        *,
        body: ValidateDiscountRequest | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        product_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> DiscountValidation:
        """Validate discount code.

        Note: shares the `POST /discounts/{id}` shape; route matching must prefer this literal path.

        Args:
            code: Discount code
            product_id: Product ID to check if discount applies
            body: the whole request body as a ``ValidateDiscountRequest`` instead of the arguments above

        ``POST /discounts/validate``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/discounts/validate",
                body=_merge_body(body, {"code": code, "productId": product_id}, ("code",)),
                **options,
            ),
            cast_to=DiscountValidation,
        )

    async def delete(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> MessageResponse:
        """Delete a discount.

        Args:
            id: Discount ID.

        ``DELETE /discounts/{id}``"""
        return await self._client.request(
            RequestOptions(
                "DELETE",
                "/discounts/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=MessageResponse,
        )

    async def get(
        self,
        id: str,
        **options: Unpack[CallOptions],
    ) -> Discount:
        """Get a discount.

        Args:
            id: Discount ID.

        ``GET /discounts/{id}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/discounts/{id}",
                path_params={"id": id},
                **options,
            ),
            cast_to=Discount,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        value: float | NotGiven = NOT_GIVEN,
        value_type: (
            UpdateDiscountRequestValueType | Literal["percentage", "fixed"] | NotGiven
        ) = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        main_product_ids: list[str] | NotGiven = NOT_GIVEN,
        expiration: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Discount: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: UpdateDiscountRequest,
        **options: Unpack[CallOptions],
    ) -> Discount: ...

    async def update(
        self,
        id: str,
        *,
        body: UpdateDiscountRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        value: float | NotGiven = NOT_GIVEN,
        value_type: (
            UpdateDiscountRequestValueType | Literal["percentage", "fixed"] | NotGiven
        ) = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        main_product_ids: list[str] | NotGiven = NOT_GIVEN,
        expiration: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Discount:
        """Update a discount.

        Updates use POST on the item path (no PATCH/PUT).

        Args:
            id: Discount ID.
            name: Discount name.
            code: What customers enter at checkout.
            main_product_ids: Product IDs this discount applies to.
            expiration: Expiration date (ISO 8601 string).
            body: the whole request body as a ``UpdateDiscountRequest`` instead of the arguments above

        ``POST /discounts/{id}``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/discounts/{id}",
                path_params={"id": id},
                body=_merge_body(
                    body,
                    {
                        "name": name,
                        "code": code,
                        "value": value,
                        "valueType": value_type,
                        "active": active,
                        "mainProductIds": main_product_ids,
                        "expiration": expiration,
                    },
                ),
                **options,
            ),
            cast_to=Discount,
        )

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[Discount]:
        """List discounts.

        ``GET /discounts``"""
        return _cast(
            list[Discount],
            await self._client.request(
                RequestOptions(
                    "GET",
                    "/discounts",
                    **options,
                ),
                cast_to=_cast(Any, list[Discount]),
            ),
        )


class DiscountsResourceWithRawResponse:
    """The operations of ``DiscountsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: DiscountsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.validate = to_raw_response_wrapper(resource.validate)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncDiscountsResourceWithRawResponse:
    """The operations of ``AsyncDiscountsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncDiscountsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.validate = async_to_raw_response_wrapper(resource.validate)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.list = async_to_raw_response_wrapper(resource.list)
