"""Things for sale."""

from __future__ import annotations

from typing import Any, Literal, overload
from typing import cast as _cast

from typing_extensions import Unpack

from .._runtime._body import merge_body as _merge_body
from .._runtime._client import RequestOptions
from .._runtime._options import AsyncResource, CallOptions, CallOptionsRenamedTimeout, SyncResource
from .._runtime._options import plain_options as _plain_options
from .._runtime._params import QueryParam
from .._runtime._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._runtime._types import NOT_GIVEN, NoneType, NotGiven
from ..types.create_product_request import CreateProductRequest
from ..types.create_product_request_kind import CreateProductRequestKind
from ..types.create_product_request_options import CreateProductRequestOptions
from ..types.create_product_response import CreateProductResponse
from ..types.list_products_sort import ListProductsSort
from ..types.not_found_response import NotFoundResponse
from ..types.pet import Pet
from ..types.update_product_request import UpdateProductRequest

__all__ = [
    "AsyncProductsResource",
    "AsyncProductsResourceWithRawResponse",
    "ProductsResource",
    "ProductsResourceWithRawResponse",
]


class ProductsResource(SyncResource):
    """Things for sale."""

    __slots__ = ()

    @overload
    def create(
        self,
        *,
        name: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        kind: CreateProductRequestKind | Literal["digital", "physical"] | NotGiven = NOT_GIVEN,
        options_: CreateProductRequestOptions | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> CreateProductResponse: ...

    @overload
    def create(
        self,
        *,
        body: CreateProductRequest,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> CreateProductResponse: ...

    def create(
        self,
        *,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        body: CreateProductRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        kind: CreateProductRequestKind | Literal["digital", "physical"] | NotGiven = NOT_GIVEN,
        options_: CreateProductRequestOptions | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> CreateProductResponse:
        """Args:
            body: the whole request body as a ``CreateProductRequest`` instead of the arguments above

        ``POST /products``"""
        return self._client.request(
            RequestOptions(
                "POST",
                "/products",
                headers={"Idempotency-Key": idempotency_key},
                body=_merge_body(
                    body, {"name": name, "kind": kind, "options": options_}, ("name",)
                ),
                idempotency_header="Idempotency-Key",
                **options,
            ),
            cast_to=CreateProductResponse,
        )

    def destroy(
        self,
        id: str,
        *,
        verbose: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> None:
        """``DELETE /products/{id}``"""
        return self._client.request(
            RequestOptions(
                "DELETE",
                "/products/{id}",
                path_params={"id": id},
                query=[QueryParam("verbose", verbose)],
                **options,
            ),
            cast_to=NoneType,
        )

    def get(
        self,
        id: str,
        *,
        verbose: int | NotGiven = NOT_GIVEN,
        timeout: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptionsRenamedTimeout],
    ) -> Pet:
        """Args:
            verbose: operation-level wins
            request_timeout: the call option ``timeout`` (renamed: this operation has a ``timeout`` parameter of its own)

        ``GET /products/{id}``"""
        return self._client.request(
            RequestOptions(
                "GET",
                "/products/{id}",
                path_params={"id": id},
                query=[QueryParam("verbose", verbose), QueryParam("timeout", timeout)],
                error_types={404: NotFoundResponse},
                **_plain_options(options),
            ),
            cast_to=Pet,
        )

    @overload
    def update(
        self,
        id_path: str,
        *,
        verbose: bool | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Pet: ...

    @overload
    def update(
        self,
        id_path: str,
        *,
        body: UpdateProductRequest,
        verbose: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Pet: ...

    def update(
        self,
        id_path: str,
        *,
        verbose: bool | NotGiven = NOT_GIVEN,
        body: UpdateProductRequest | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Pet:
        """Args:
            body: the whole request body as a ``UpdateProductRequest`` instead of the arguments above

        ``PATCH /products/{id}``"""
        return self._client.request(
            RequestOptions(
                "PATCH",
                "/products/{id}",
                path_params={"id": id_path},
                query=[QueryParam("verbose", verbose)],
                body=_merge_body(body, {"id": id, "name": name}, optional=True),
                security=(),
                **options,
            ),
            cast_to=Pet,
        )

    def list(
        self,
        *,
        sort: ListProductsSort | Literal["name", "-created"] | NotGiven = NOT_GIVEN,
        filter: dict[str, str] | NotGiven = NOT_GIVEN,
        x_trace: str | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> list[Pet]:
        """``GET /products``"""
        return _cast(
            list[Pet],
            self._client.request(
                RequestOptions(
                    "GET",
                    "/products",
                    query=[
                        QueryParam("sort", sort),
                        QueryParam("filter", filter, "deepObject", False),
                    ],
                    headers={"X-Trace": x_trace},
                    cookies={"session": session},
                    **options,
                ),
                cast_to=_cast(Any, list[Pet]),
            ),
        )


class AsyncProductsResource(AsyncResource):
    """Things for sale."""

    __slots__ = ()

    @overload
    async def create(
        self,
        *,
        name: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        kind: CreateProductRequestKind | Literal["digital", "physical"] | NotGiven = NOT_GIVEN,
        options_: CreateProductRequestOptions | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> CreateProductResponse: ...

    @overload
    async def create(
        self,
        *,
        body: CreateProductRequest,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> CreateProductResponse: ...

    async def create(
        self,
        *,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        body: CreateProductRequest | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        kind: CreateProductRequestKind | Literal["digital", "physical"] | NotGiven = NOT_GIVEN,
        options_: CreateProductRequestOptions | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> CreateProductResponse:
        """Args:
            body: the whole request body as a ``CreateProductRequest`` instead of the arguments above

        ``POST /products``"""
        return await self._client.request(
            RequestOptions(
                "POST",
                "/products",
                headers={"Idempotency-Key": idempotency_key},
                body=_merge_body(
                    body, {"name": name, "kind": kind, "options": options_}, ("name",)
                ),
                idempotency_header="Idempotency-Key",
                **options,
            ),
            cast_to=CreateProductResponse,
        )

    async def destroy(
        self,
        id: str,
        *,
        verbose: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> None:
        """``DELETE /products/{id}``"""
        return await self._client.request(
            RequestOptions(
                "DELETE",
                "/products/{id}",
                path_params={"id": id},
                query=[QueryParam("verbose", verbose)],
                **options,
            ),
            cast_to=NoneType,
        )

    async def get(
        self,
        id: str,
        *,
        verbose: int | NotGiven = NOT_GIVEN,
        timeout: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptionsRenamedTimeout],
    ) -> Pet:
        """Args:
            verbose: operation-level wins
            request_timeout: the call option ``timeout`` (renamed: this operation has a ``timeout`` parameter of its own)

        ``GET /products/{id}``"""
        return await self._client.request(
            RequestOptions(
                "GET",
                "/products/{id}",
                path_params={"id": id},
                query=[QueryParam("verbose", verbose), QueryParam("timeout", timeout)],
                error_types={404: NotFoundResponse},
                **_plain_options(options),
            ),
            cast_to=Pet,
        )

    @overload
    async def update(
        self,
        id_path: str,
        *,
        verbose: bool | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Pet: ...

    @overload
    async def update(
        self,
        id_path: str,
        *,
        body: UpdateProductRequest,
        verbose: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Pet: ...

    async def update(
        self,
        id_path: str,
        *,
        verbose: bool | NotGiven = NOT_GIVEN,
        body: UpdateProductRequest | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Pet:
        """Args:
            body: the whole request body as a ``UpdateProductRequest`` instead of the arguments above

        ``PATCH /products/{id}``"""
        return await self._client.request(
            RequestOptions(
                "PATCH",
                "/products/{id}",
                path_params={"id": id_path},
                query=[QueryParam("verbose", verbose)],
                body=_merge_body(body, {"id": id, "name": name}, optional=True),
                security=(),
                **options,
            ),
            cast_to=Pet,
        )

    async def list(
        self,
        *,
        sort: ListProductsSort | Literal["name", "-created"] | NotGiven = NOT_GIVEN,
        filter: dict[str, str] | NotGiven = NOT_GIVEN,
        x_trace: str | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> list[Pet]:
        """``GET /products``"""
        return _cast(
            list[Pet],
            await self._client.request(
                RequestOptions(
                    "GET",
                    "/products",
                    query=[
                        QueryParam("sort", sort),
                        QueryParam("filter", filter, "deepObject", False),
                    ],
                    headers={"X-Trace": x_trace},
                    cookies={"session": session},
                    **options,
                ),
                cast_to=_cast(Any, list[Pet]),
            ),
        )


class ProductsResourceWithRawResponse:
    """The operations of ``ProductsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: ProductsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.destroy = to_raw_response_wrapper(resource.destroy)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncProductsResourceWithRawResponse:
    """The operations of ``AsyncProductsResource``, returning ``APIResponse`` objects."""

    def __init__(self, resource: AsyncProductsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.destroy = async_to_raw_response_wrapper(resource.destroy)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.list = async_to_raw_response_wrapper(resource.list)
