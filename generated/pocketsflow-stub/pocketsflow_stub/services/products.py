"""The ``products`` operations: what the stub answers for each of them."""

from __future__ import annotations

from typing import TypeAlias

from .._runtime._responses import example as _example
from .._runtime._state import Store as _Store
from ..types.create_product_request import CreateProductRequest
from ..types.message_response import MessageResponse
from ..types.product import Product
from ..types.update_product_request import UpdateProductRequest

__all__ = ["ProductsService", "StatefulProductsService"]

_ListProduct: TypeAlias = list[Product]


class ProductsService:
    """Operations of the ``products`` resource.

    Every method returns the spec's example response (or a value generated from the response schema). Subclass it and override the methods you want to serve real data, then pass an instance to ``create_app(services={'products': ...})``. Raise ``ApiError`` to answer with an error.
    """

    def list(self) -> _ListProduct:
        """List all products

        Returns all products for the authenticated user (a bare JSON array, not paginated).

        ``GET /products`` (operation ``listProducts``)."""
        result: _ListProduct = _example("listProducts", _ListProduct)
        return result

    def create(self, body: CreateProductRequest) -> Product:
        """Create a product

        ``POST /products`` (operation ``createProduct``)."""
        result: Product = _example("createProduct", Product)
        return result

    def update(self, id: str, body: UpdateProductRequest) -> Product:
        """Update a product

        Updates use `POST /products/update/{id}` (not PATCH/PUT on `/products/{id}`).

        ``POST /products/update/{id}`` (operation ``updateProduct``)."""
        result: Product = _example("updateProduct", Product)
        return result

    def delete(self, id: str) -> MessageResponse:
        """Delete a product

        ``DELETE /products/{id}`` (operation ``deleteProduct``)."""
        result: MessageResponse = _example("deleteProduct", MessageResponse)
        return result

    def get(self, id: str) -> Product:
        """Get a product

        Returns a single product by ID.

        ``GET /products/{id}`` (operation ``getProduct``)."""
        result: Product = _example("getProduct", Product)
        return result


class StatefulProductsService(ProductsService):
    """``ProductsService`` keeping created products in memory (``create_app(stateful=True)`` / ``--stateful``).

    Objects are stored under their ``_id``; unknown ids answer 404."""

    def __init__(self, store: _Store | None = None) -> None:
        self._items = (store if store is not None else _Store()).collection(
            "products",
            id_field="_id",
            id_type="str",
            items_path=(),
        )

    def create(self, body: CreateProductRequest) -> Product:
        """Create in memory (``POST /products``)."""
        result: Product = self._items.create(body, "createProduct", Product)
        return result

    def list(self) -> _ListProduct:
        """List in memory (``GET /products``)."""
        result: _ListProduct = self._items.list("listProducts", _ListProduct)
        return result

    def get(self, id: str) -> Product:
        """Get in memory (``GET /products/{id}``)."""
        result: Product = self._items.get(id, "getProduct", Product)
        return result

    def update(self, id: str, body: UpdateProductRequest) -> Product:
        """Update in memory (``POST /products/update/{id}``)."""
        result: Product = self._items.update(id, body, "updateProduct", Product)
        return result

    def delete(self, id: str) -> MessageResponse:
        """Delete in memory (``DELETE /products/{id}``)."""
        result: MessageResponse = self._items.delete(id, "deleteProduct", MessageResponse)
        return result
