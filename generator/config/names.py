"""Names derived from the API title, and the checks that keep configured names usable in Python.

Derivation is deterministic and always yields valid identifiers: ``"Pocketsflow API"`` gives the package
``pocketsflow``, the client class ``Pocketsflow`` and the environment prefix ``POCKETSFLOW``.
"""

from __future__ import annotations

import builtins
import keyword
import re
import sys
import unicodedata
from dataclasses import dataclass, replace

from generator.config.model import TargetConfig
from generator.ir.names import bounded

FALLBACK_PACKAGE = "api_client"
FALLBACK_CLIENT = "ApiClient"

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
PROJECT_NAME = re.compile(r"^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$")
ENV_PREFIX = re.compile(r"^[A-Z_][A-Z0-9_]*$")
TARGET_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")

# Top-level packages a generated client must not be named after: the standard library (it would be shadowed or
# shadow it) and the runtime dependencies the generated code imports.
_STDLIB: frozenset[str] = frozenset(getattr(sys, "stdlib_module_names", ()))
RESERVED_PACKAGES: frozenset[str] = _STDLIB | frozenset(
    {"httpx", "pydantic", "typing_extensions", "anyio", "annotated_types", "generator", "tests", "test"}
)


@dataclass(frozen=True, slots=True)
class DerivedNames:
    """The package, client class and environment prefix that an API title gives."""

    package: str
    client: str
    env_prefix: str


def title_words(title: str) -> list[str]:
    """ASCII words of a title, without a trailing "API" (also when glued on: "PocketsflowAPI")."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words: list[str] = []
    for word in re.findall(r"[A-Za-z0-9]+", ascii_title):
        glued = re.fullmatch(r"(.*[a-z0-9])(API|Api)", word)
        words.extend(glued.groups() if glued else (word,))
    if words and words[-1].lower() == "api":
        words.pop()
    return words


def package_problem(name: str) -> str | None:
    """Why ``name`` cannot be a generated package's import name, or None when it can."""
    if not IDENTIFIER.match(name):
        return "it is not a Python identifier (letters, digits and `_`, not starting with a digit)"
    if keyword.iskeyword(name):
        return "it is a Python keyword"
    if name in RESERVED_PACKAGES:
        return "it would clash with the standard library or a runtime dependency of the same name"
    return None


def class_problem(name: str) -> str | None:
    if not IDENTIFIER.match(name):
        return "it is not a Python identifier"
    if keyword.iskeyword(name):
        return "it is a Python keyword"
    return None


# A title can be any length; the names made from it become folder and distribution names.
_MAX_DERIVED = 48


def derive_names(title: str) -> DerivedNames:
    """Package, client class and environment prefix for an API title; always valid."""
    words = title_words(title)
    if not words:
        return DerivedNames(FALLBACK_PACKAGE, FALLBACK_CLIENT, FALLBACK_PACKAGE.upper())
    package = "_".join(word.lower() for word in words)
    if package[0].isdigit():
        package = f"api_{package}"
    if package_problem(package):
        package = f"{package}_api"
    package = bounded(package, _MAX_DERIVED)
    client = bounded("".join(word[0].upper() + word[1:] for word in words), _MAX_DERIVED)
    if client[0].isdigit():
        client = f"Api{client}"
    if keyword.iskeyword(client) or hasattr(builtins, client):
        client = f"{client}Client"
    return DerivedNames(package, client, env_prefix_for(package))


def env_prefix_for(package: str) -> str:
    prefix = re.sub(r"_+", "_", package.upper()).strip("_")
    return prefix or FALLBACK_PACKAGE.upper()


def project_name_for(package: str) -> str:
    return package.replace("_", "-").strip("-") or FALLBACK_PACKAGE.replace("_", "-")


def resolve_target_defaults(target: TargetConfig, *, api_title: str) -> TargetConfig:
    """Fill the API-derived defaults (names, environment prefix, output) that the config left unset.

    Explicit values always win; the package name decides the project name, the environment prefix, the target's
    name (for the implicit target) and the default output folder ``<output>/<package-name>``.
    """
    derived = derive_names(api_title)
    # A server stub is its own distribution beside the client: ``<package>_stub`` / ``<project>-stub``; it keeps
    # the client's class-name stem and environment prefix so both read the same variables.
    stub = target.kind == "python-stub"
    package = target.package_name or (f"{derived.package}_stub" if stub else derived.package)
    base = package[: -len("_stub")] if stub and package.endswith("_stub") else package
    project = target.project_name or (f"{project_name_for(base)}-stub" if stub else project_name_for(package))
    return replace(
        target,
        name=target.name or package,
        package_name=package,
        client_name=target.client_name or derived.client,
        project_name=project,
        env_prefix=target.env_prefix or env_prefix_for(base),
        output=target.output or target.output_root / (project if stub else package),
    )
