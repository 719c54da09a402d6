"""Static checks on the runtime, and a generated-style package built around a copy of it.

The package test mirrors what the generator emits: ``<pkg>/_runtime/`` copied verbatim, a small
``_exceptions.py`` renaming the error tree, a client subclass and a resource with raw-response
wrappers. It must pass ``mypy --strict`` and behave (both ``except`` spellings work).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "templates" / "python-client" / "_runtime"
CACHE = ROOT / ".mypy_cache" / "runtime-tests"

needs_mypy = pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy missing")
needs_ruff = pytest.mark.skipif(
    shutil.which("ruff") is None and importlib.util.find_spec("ruff") is None, reason="ruff missing"
)
needs_black = pytest.mark.skipif(importlib.util.find_spec("black") is None, reason="black missing")


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=cwd,
        check=False,
        capture_output=True,
        text=True,
        timeout=240,
    )


def _ruff() -> list[str]:
    return ["ruff"] if importlib.util.find_spec("ruff") is not None else []


EXCEPTIONS = '''\
"""Generated: the error tree, named after the client."""

from __future__ import annotations

from ._runtime import _exceptions as _rt


class DemoError(_rt.ClientError):
    """Root of every error this package raises."""


class MissingCredentialsError(DemoError, _rt.MissingCredentialsError): ...
class WebhookVerificationError(DemoError, _rt.WebhookVerificationError): ...
class APIError(DemoError, _rt.APIError): ...
class APIConnectionError(APIError, _rt.APIConnectionError): ...
class APITimeoutError(APIConnectionError, _rt.APITimeoutError): ...
class APIResponseValidationError(APIError, _rt.APIResponseValidationError): ...
class APIStatusError(APIError, _rt.APIStatusError): ...
class BadRequestError(APIStatusError, _rt.BadRequestError): ...
class AuthenticationError(APIStatusError, _rt.AuthenticationError): ...
class PermissionDeniedError(APIStatusError, _rt.PermissionDeniedError): ...
class NotFoundError(APIStatusError, _rt.NotFoundError): ...
class ConflictError(APIStatusError, _rt.ConflictError): ...
class UnprocessableEntityError(APIStatusError, _rt.UnprocessableEntityError): ...
class RateLimitError(APIStatusError, _rt.RateLimitError): ...
class InternalServerError(APIStatusError, _rt.InternalServerError): ...


ERROR_CLASSES = _rt.ErrorClasses.collect(
    DemoError, MissingCredentialsError, WebhookVerificationError, APIError, APIConnectionError,
    APITimeoutError, APIResponseValidationError, APIStatusError, BadRequestError,
    AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError,
    UnprocessableEntityError, RateLimitError, InternalServerError,
)
'''

CLIENT = '''\
"""Generated: client, one resource, raw-response wrappers."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import ClassVar

import pydantic

from ._exceptions import ERROR_CLASSES
from ._runtime import (
    NOT_GIVEN,
    APIModel,
    APIResponse,
    AsyncAPIClient,
    AsyncPaginator,
    BearerAuth,
    NotGiven,
    Pagination,
    RequestOptions,
    SecurityScheme,
    SyncAPIClient,
    SyncPage,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)


class Order(APIModel):
    id: str = pydantic.Field(alias="_id")


class Error(APIModel):
    message: str | None = None


_ORDERS_PAGES = Pagination(style="page", items_path=("orders",), size_param="pageSize")


class Orders:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(self, id: str, *, timeout: float | None | NotGiven = NOT_GIVEN) -> Order:
        return self._client.request(
            RequestOptions("GET", "/orders/{id}", path_params={"id": id}, timeout=timeout),
            cast_to=Order,
        )

    def list(self, *, page: int | NotGiven = NOT_GIVEN) -> SyncPage[Order]:
        return self._client.request_page(
            RequestOptions("GET", "/orders", query={"page": page}),
            pagination=_ORDERS_PAGES,
            item_type=Order,
        )


class OrdersWithRawResponse:
    def __init__(self, orders: Orders) -> None:
        self.retrieve = to_raw_response_wrapper(orders.retrieve)
        self.list = to_raw_response_wrapper(orders.list)


class AsyncOrders:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(self, id: str) -> Order:
        return await self._client.request(
            RequestOptions("GET", "/orders/{id}", path_params={"id": id}), cast_to=Order
        )

    def list(self) -> AsyncPaginator[Order]:
        return self._client.request_page(
            RequestOptions("GET", "/orders"), pagination=_ORDERS_PAGES, item_type=Order
        )


class AsyncOrdersWithRawResponse:
    def __init__(self, orders: AsyncOrders) -> None:
        self.retrieve = async_to_raw_response_wrapper(orders.retrieve)
        self.list = async_to_raw_response_wrapper(orders.list)


class Demo(SyncAPIClient):
    _default_base_url = "https://api.demo.test"
    _env_api_key = "DEMO_API_KEY"
    _api_key_scheme = "bearerAuth"
    _security_schemes: ClassVar[Mapping[str, SecurityScheme]] = {"bearerAuth": BearerAuth()}
    _default_security = (("bearerAuth",),)
    _error_classes = ERROR_CLASSES
    _error_type = Error
    _logger_name = "demo_pkg"

    @cached_property
    def orders(self) -> Orders:
        return Orders(self)

    @cached_property
    def with_raw_response(self) -> DemoWithRawResponse:
        return DemoWithRawResponse(self)


class DemoWithRawResponse:
    def __init__(self, client: Demo) -> None:
        self.orders = OrdersWithRawResponse(client.orders)


class AsyncDemo(AsyncAPIClient):
    _default_base_url = "https://api.demo.test"
    _env_api_key = "DEMO_API_KEY"
    _api_key_scheme = "bearerAuth"
    _security_schemes: ClassVar[Mapping[str, SecurityScheme]] = {"bearerAuth": BearerAuth()}
    _default_security = (("bearerAuth",),)
    _error_classes = ERROR_CLASSES
    _error_type = Error
    _logger_name = "demo_pkg"

    @cached_property
    def orders(self) -> AsyncOrders:
        return AsyncOrders(self)

    @cached_property
    def with_raw_response(self) -> AsyncDemoWithRawResponse:
        return AsyncDemoWithRawResponse(self)


class AsyncDemoWithRawResponse:
    def __init__(self, client: AsyncDemo) -> None:
        self.orders = AsyncOrdersWithRawResponse(client.orders)


def _typed_usage(client: Demo) -> None:
    """Never called: makes mypy check the types users see."""
    order: Order = client.orders.retrieve("x")
    raw: APIResponse[Order] = client.with_raw_response.orders.retrieve("x")
    parsed: Order = raw.parse()
    page: APIResponse[SyncPage[Order]] = client.with_raw_response.orders.list(page=2)
    first: list[Order] = page.parse().items
    print(order, parsed, first)


async def _typed_async_usage(client: AsyncDemo) -> None:
    order: Order = await client.orders.retrieve("x")
    async for item in client.orders.list():
        print(item.id)
    first_page = await client.orders.list()
    raw = await client.with_raw_response.orders.retrieve("x")
    parsed: Order = raw.parse()
    print(order, first_page.items, parsed)
'''

INIT = """\
from ._client import AsyncDemo, Demo, Order
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    DemoError,
    MissingCredentialsError,
    NotFoundError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "AsyncDemo",
    "Demo",
    "DemoError",
    "MissingCredentialsError",
    "NotFoundError",
    "Order",
]
"""

SMOKE = """\
import asyncio
import httpx
import demo_pkg
from demo_pkg._runtime import NotFoundError as RuntimeNotFound

def handler(request):
    if request.url.path == "/orders/missing":
        return httpx.Response(404, json={"message": "Order not found"}, headers={"x-request-id": "r9"})
    if request.url.path == "/orders":
        page = int(request.url.params.get("page", "1"))
        return httpx.Response(200, json={"orders": [{"_id": "a"}] if page == 1 else []})
    return httpx.Response(200, json={"_id": request.url.path.rsplit("/", 1)[1]})

client = demo_pkg.Demo(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
assert client.orders.retrieve("a b").id == "a b"
for catch in (demo_pkg.NotFoundError, demo_pkg.DemoError, demo_pkg.APIStatusError, RuntimeNotFound):
    try:
        client.orders.retrieve("missing")
    except catch as exc:
        assert type(exc) is demo_pkg.NotFoundError
        assert exc.request_id == "r9" and exc.body.message == "Order not found"
    else:
        raise AssertionError("not raised")
try:
    demo_pkg.Demo().orders.retrieve("a")
except demo_pkg.DemoError as exc:
    assert type(exc) is demo_pkg.MissingCredentialsError and "DEMO_API_KEY" in str(exc)
raw = client.with_raw_response.orders.retrieve("z")
assert raw.status_code == 200 and raw.parse().id == "z"
assert [o.id for o in client.orders.list()] == ["a"]

async def main():
    aclient = demo_pkg.AsyncDemo(api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
    assert (await aclient.orders.retrieve("q")).id == "q"
    assert [o.id async for o in aclient.orders.list()] == ["a"]
    raw = await aclient.with_raw_response.orders.list()
    assert raw.parse().items[0].id == "a"
    try:
        await aclient.orders.retrieve("missing")
    except demo_pkg.DemoError as exc:
        assert isinstance(exc, demo_pkg.NotFoundError)
asyncio.run(main())
print("ok")
"""


@pytest.fixture(scope="module")
def demo_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated")
    pkg = root / "demo_pkg"
    shutil.copytree(RUNTIME, pkg / "_runtime", ignore=shutil.ignore_patterns("__pycache__"))
    (pkg / "__init__.py").write_text(INIT)
    (pkg / "_exceptions.py").write_text(EXCEPTIONS)
    (pkg / "_client.py").write_text(CLIENT)
    (pkg / "py.typed").write_text("")
    return root


def test_generated_style_package_behaves(demo_package: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SMOKE],
        cwd=demo_package,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "", "PYTHONPATH": str(demo_package)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_runtime_is_self_contained() -> None:
    """Only stdlib, httpx, pydantic(_core), typing_extensions and relative imports."""
    import ast

    allowed = {"httpx", "pydantic", "pydantic_core", "typing_extensions"}
    stdlib = set(sys.stdlib_module_names)
    for path in RUNTIME.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [(node.module or "").split(".")[0]]
            else:
                continue
            for name in names:
                assert name in allowed or name in stdlib, f"{path.name} imports {name}"
        assert (
            "{{" not in path.read_text() and "{%" not in path.read_text()
        ), f"Jinja in {path.name}"


@needs_mypy
def test_mypy_strict_runtime_and_generated_usage(demo_package: Path) -> None:
    result = _run(
        "mypy",
        "--strict",
        "--cache-dir",
        str(CACHE),
        "--python-version",
        "3.10",
        str(RUNTIME),
        str(demo_package / "demo_pkg"),
    )
    assert result.returncode == 0, result.stdout + result.stderr


@needs_ruff
def test_ruff_check_runtime(demo_package: Path) -> None:
    # The generated project's settings: default rules, line length 100, Python 3.10; the demo
    # package shows generated code using the hooks can be ruff clean too.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--no-cache",
            "--line-length",
            "100",
            "--target-version",
            "py310",
            str(RUNTIME),
            str(demo_package / "demo_pkg"),
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@needs_black
def test_black_formatted_runtime() -> None:
    result = _run(
        "black",
        "--check",
        "--quiet",
        "--line-length",
        "100",
        "--target-version",
        "py310",
        str(RUNTIME),
    )
    assert result.returncode == 0, result.stdout + result.stderr
