"""Authentication comes first, and ``api_key`` / ``--api-key`` / ``<PREFIX>_STUB_API_KEY`` pin the credential."""

from __future__ import annotations

import base64
import importlib
import re
from types import ModuleType
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute

from tests.stub.stubhelp import GeneratedStub, serving

AUTH = {"Authorization": "Bearer pk_test_123"}
KEY = "sk_stub_42"


def _secured_routes(module: ModuleType) -> list[tuple[str, str]]:
    """(method, concrete path) of every operation of ``module``'s app that requires credentials."""
    catalog = importlib.import_module(f"{module.__name__}._runtime._catalog").catalog()
    out: list[tuple[str, str]] = []
    for route in module.create_app().router.routes:
        if isinstance(route, APIRoute) and catalog["operations"].get(route.operation_id, {}).get("security"):
            path = re.sub(r"\{[^}]+\}", "x", route.path)
            out.extend((method, path) for method in sorted(route.methods or ()))
    return out


def test_authentication_is_checked_before_deletions_are_remembered(
    pf: ModuleType,
) -> None:
    with serving(pf.create_app()) as url, httpx.Client(base_url=url) as http:
        assert http.delete("/discounts/abc", headers=AUTH).status_code == 200
        anonymous = http.get("/discounts/abc")
        assert anonymous.status_code == 401, anonymous.text  # not "/discounts/abc was deleted" (404)
        assert "bearerAuth" in anonymous.json()["message"]
        assert anonymous.headers["www-authenticate"] == "Bearer"
        assert http.delete("/discounts/abc").status_code == 401
        assert http.get("/discounts/abc", headers=AUTH).status_code == 404


def test_every_secured_operation_answers_401_before_validating_anything(pf: ModuleType, pf_url: str) -> None:
    secured = _secured_routes(pf)
    assert len(secured) >= 50
    bad = {
        "page": "-1",
        "pageSize": "0",
        "limit": "many",
        "sortOrder": "sideways",
        "status": "?",
    }
    with httpx.Client(base_url=pf_url) as http:
        for method, path in secured:
            for headers in ({}, {"Authorization": "Basic dTpw"}):
                response = http.request(
                    method,
                    path,
                    params=bad,
                    content=b"{not json",
                    headers={"Content-Type": "application/json", **headers},
                )
                assert response.status_code == 401, (
                    method,
                    path,
                    response.status_code,
                    response.text,
                )
                assert isinstance(response.json()["message"], str)


def test_stored_state_is_not_consulted_before_authentication(pf: ModuleType) -> None:
    with (
        serving(pf.create_app(stateful=True)) as url,
        httpx.Client(base_url=url) as http,
    ):
        assert http.get("/products/no-such-id").status_code == 401
        assert http.get("/products/no-such-id", headers=AUTH).status_code == 404


def test_any_credential_is_accepted_by_default(pf_url: str) -> None:
    with httpx.Client(base_url=pf_url) as http:
        for token in ("pk_test_123", "anything-at-all"):
            assert http.get("/products", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_an_api_key_pins_the_bearer_token(pf: ModuleType) -> None:
    with serving(pf.create_app(api_key=KEY)) as url, httpx.Client(base_url=url) as http:
        good = http.get("/products", headers={"Authorization": f"Bearer {KEY}"})
        wrong = http.get("/products", headers=AUTH)
        missing = http.get("/products")
        open_op = http.get("/reviews/product/prod_1")
        assert http.delete("/discounts/abc", headers={"Authorization": f"Bearer {KEY}"}).status_code == 200
        wrong_after_delete = http.get("/discounts/abc", headers=AUTH)
        bad_body = http.post("/products", json={"name": "x"}, headers=AUTH)
    assert good.status_code == 200
    assert wrong.status_code == 401 and "Invalid credentials" in wrong.json()["message"]
    assert wrong.headers["www-authenticate"] == "Bearer"
    assert missing.status_code == 401 and "Missing credentials" in missing.json()["message"]
    assert open_op.status_code == 200  # security: [] stays open
    assert wrong_after_delete.status_code == 401
    assert bad_body.status_code == 401


def _basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


@pytest.mark.parametrize(
    ("api_key", "accepted", "refused"),
    [
        (
            KEY,
            [{"X-Api-Key": KEY}, _basic("user", KEY), _basic("", KEY)],
            [
                {"X-Api-Key": "other"},
                _basic("user", "other"),
                _basic(KEY, "x"),
                {"Authorization": f"Bearer {KEY}"},
            ],
        ),
        (
            "user:pass",
            [_basic("user", "pass"), {"X-Api-Key": "user:pass"}],
            [_basic("other", "pass")],
        ),
    ],
    ids=["key", "user-password"],
)
def test_an_api_key_pins_api_key_and_basic_credentials(
    widgets: tuple[GeneratedStub, ModuleType],
    api_key: str,
    accepted: list[dict[str, str]],
    refused: list[dict[str, str]],
) -> None:
    with (
        serving(widgets[1].create_app(api_key=api_key)) as url,
        httpx.Client(base_url=url) as http,
    ):
        for headers in accepted:
            assert http.get("/widgets/w1", headers=headers).status_code == 200, headers
        for headers in refused:
            refusal = http.get("/widgets/w1", headers=headers)
            assert refusal.status_code == 401, headers
            assert refusal.headers["www-authenticate"] == "Basic"
        assert http.get("/widgets/w1", headers={"Authorization": "Basic !!!"}).status_code == 401
        assert http.get("/health").status_code == 200


def test_an_api_key_in_the_query_or_a_cookie_is_compared_too(tmp_path: Any) -> None:
    from tests.stub.stubhelp import generate_stub, imported

    spec = tmp_path / "keys.json"
    spec.write_text(
        '{"openapi": "3.0.3", "info": {"title": "Keys", "version": "1"}, "security": [{"q": []}, {"c": []}],'
        ' "components": {"securitySchemes": {"q": {"type": "apiKey", "in": "query", "name": "key"},'
        ' "c": {"type": "apiKey", "in": "cookie", "name": "session"}}}, "paths": {"/things": {"get":'
        ' {"operationId": "listThings", "responses": {"200": {"description": "ok", "content":'
        ' {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}}}}}}',
        encoding="utf-8",
    )
    gen = generate_stub(spec, tmp_path / "out", formatted=False)
    with imported(gen) as module, serving(module.create_app(api_key=KEY)) as url:
        with httpx.Client(base_url=url) as http:
            assert http.get("/things", params={"key": KEY}).status_code == 200
            assert http.get("/things", params={"key": "nope"}).status_code == 401
            assert http.get("/things").status_code == 401
        with httpx.Client(base_url=url, cookies={"session": KEY}) as http:
            assert http.get("/things").status_code == 200
        with httpx.Client(base_url=url, cookies={"session": "nope"}) as http:
            assert http.get("/things").status_code == 401


# -- the command line: ``--api-key`` and the environment variable --------------------------------------------


def _serve_options(pf: ModuleType, monkeypatch: pytest.MonkeyPatch, argv: list[str], env: str | None) -> dict[str, Any]:
    """The keyword arguments ``python -m pocketsflow_stub <argv>`` builds its app with (uvicorn not started)."""
    import uvicorn

    main_module = importlib.import_module(f"{pf.__name__}.__main__")
    seen: dict[str, Any] = {}

    def fake_create_app(**options: Any) -> Any:
        seen.update(options)
        return object()

    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: None)
    monkeypatch.setattr(main_module, "create_app", fake_create_app)
    if env is None:
        monkeypatch.delenv("POCKETSFLOW_STUB_API_KEY", raising=False)
    else:
        monkeypatch.setenv("POCKETSFLOW_STUB_API_KEY", env)
    assert main_module.main(argv) == 0
    return seen


def test_the_cli_takes_the_key_from_the_option_or_the_environment(
    pf: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _serve_options(pf, monkeypatch, ["serve", "--api-key", "k1"], None) == {
        "stateful": False,
        "api_key": "k1",
    }
    assert _serve_options(pf, monkeypatch, ["--port", "1"], "k2") == {
        "stateful": False,
        "api_key": "k2",
    }
    assert _serve_options(pf, monkeypatch, ["--api-key", "k1"], "k2")["api_key"] == "k1"  # the option wins
    assert _serve_options(pf, monkeypatch, ["--stateful"], None) == {"stateful": True}  # any credential
    assert _serve_options(pf, monkeypatch, [], "") == {"stateful": False}


def test_a_stub_without_an_env_prefix_reads_the_generic_variable(
    pf: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    cli = importlib.import_module(f"{pf.__name__}._runtime._cli")
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: None)
    monkeypatch.setenv("PFGEN_STUB_API_KEY", "generic")
    settings = cli.WebhookSettings(signature_header="X-Sig", secret_env="SECRET")
    assert cli.main([], prog="stub", create_app=lambda **o: seen.update(o), settings=settings) == 0
    assert seen == {"stateful": False, "api_key": "generic"}
