from __future__ import annotations

import keyword
import sys
from pathlib import Path

import pytest

from generator.config import TargetConfig, derive_names, load_config, resolve_target_defaults
from generator.config.names import ENV_PREFIX, PROJECT_NAME, package_problem

TITLES = [
    ("Pocketsflow API", "pocketsflow", "Pocketsflow", "POCKETSFLOW"),
    ("Adyen Management API", "adyen_management", "AdyenManagement", "ADYEN_MANAGEMENT"),
    ("Management API", "management", "Management", "MANAGEMENT"),
    ("Twilio - Taskrouter", "twilio_taskrouter", "TwilioTaskrouter", "TWILIO_TASKROUTER"),
    ("Asana", "asana", "Asana", "ASANA"),
    ("Swagger Petstore", "swagger_petstore", "SwaggerPetstore", "SWAGGER_PETSTORE"),
    ("", "api_client", "ApiClient", "API_CLIENT"),
    ("123 API", "api_123", "Api123", "API_123"),
    (
        "PagerDuty Jira Server Integration API",
        "pagerduty_jira_server_integration",
        "PagerDutyJiraServerIntegration",
        "PAGERDUTY_JIRA_SERVER_INTEGRATION",
    ),
    ("Simple API overview", "simple_api_overview", "SimpleAPIOverview", "SIMPLE_API_OVERVIEW"),
    ("PocketsflowAPI", "pocketsflow", "Pocketsflow", "POCKETSFLOW"),
    ("Pocketsflow Api", "pocketsflow", "Pocketsflow", "POCKETSFLOW"),
    ("API", "api_client", "ApiClient", "API_CLIENT"),
    ("Café Crème API", "cafe_creme", "CafeCreme", "CAFE_CREME"),
    ("日本語 API", "api_client", "ApiClient", "API_CLIENT"),
    ("Import", "import_api", "Import", "IMPORT_API"),
    ("Email API", "email_api", "Email", "EMAIL_API"),
    ("None", "none", "NoneClient", "NONE"),
    ("Exception", "exception", "ExceptionClient", "EXCEPTION"),
    ("  my   cool--service  ", "my_cool_service", "MyCoolService", "MY_COOL_SERVICE"),
]


@pytest.mark.parametrize(("title", "package", "client", "env"), TITLES)
def test_names_from_titles(title: str, package: str, client: str, env: str) -> None:
    names = derive_names(title)
    assert (names.package, names.client, names.env_prefix) == (package, client, env)


@pytest.mark.parametrize("title", [t[0] for t in TITLES] + ["$$$", "1", "class", "__init__", "a" * 300, "v2.0 API"])
def test_derived_names_are_always_valid(title: str) -> None:
    names = derive_names(title)
    assert names.package.isidentifier() and not keyword.iskeyword(names.package)
    assert package_problem(names.package) is None
    assert names.package not in sys.stdlib_module_names
    assert names.client.isidentifier() and not keyword.iskeyword(names.client)
    assert ENV_PREFIX.match(names.env_prefix)
    assert derive_names(title) == names  # deterministic


def _implicit(tmp_path: Path) -> TargetConfig:
    (tmp_path / "pfgen.toml").write_text('output = "gen"\n')
    return load_config(cwd=tmp_path).targets[0]


def test_resolve_fills_the_implicit_target(tmp_path: Path) -> None:
    resolved = resolve_target_defaults(_implicit(tmp_path), api_title="Pocketsflow API")
    assert resolved.name == "pocketsflow"
    assert resolved.package_name == "pocketsflow"
    assert resolved.project_name == "pocketsflow"
    assert resolved.client_name == "Pocketsflow"
    assert resolved.env_prefix == "POCKETSFLOW"
    assert resolved.output == tmp_path.resolve() / "gen" / "pocketsflow"
    assert resolved.kind == "python-client"


def test_project_name_uses_dashes(tmp_path: Path) -> None:
    resolved = resolve_target_defaults(_implicit(tmp_path), api_title="Adyen Management API")
    assert resolved.project_name == "adyen-management"
    assert PROJECT_NAME.match(resolved.project_name)


def test_explicit_values_win_and_drive_the_rest(tmp_path: Path) -> None:
    (tmp_path / "pfgen.toml").write_text('[[targets]]\nname = "c"\npackage-name = "acme_sdk"\nclient-name = "Acme"\n')
    target = load_config(cwd=tmp_path).targets[0]
    resolved = resolve_target_defaults(target, api_title="Something Else API")
    assert resolved.name == "c"
    assert resolved.package_name == "acme_sdk"
    assert resolved.client_name == "Acme"
    assert resolved.project_name == "acme-sdk"
    assert resolved.env_prefix == "ACME_SDK"
    assert resolved.output == tmp_path.resolve() / "generated" / "acme_sdk"
    # already resolved: resolving again changes nothing
    assert resolve_target_defaults(resolved, api_title="Other") == resolved
