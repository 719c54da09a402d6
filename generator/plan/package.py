"""Plan a whole client distribution: project files, the package, its models and the static runtime."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.codegen.escape import docstring_body
from generator.codegen.template_set import BUILTIN_TEMPLATES
from generator.ir.model import ApiSpec
from generator.plan.client import ClientPlanner, ClientSettings
from generator.plan.memo import PlanMemo
from generator.plan.model import OutputPlan, PlannedFile
from generator.plan.models import plan_models

CLIENT_TEMPLATES = "python-client"
RUNTIME_DIR = f"{CLIENT_TEMPLATES}/_runtime"


@dataclass(frozen=True, slots=True)
class PackageNames:
    """What a generated distribution is called and configured with, beyond the API document."""

    package: str              # import name, e.g. "pocketsflow"
    project: str              # distribution name, e.g. "pocketsflow"
    client: str               # client class name, e.g. "Pocketsflow"
    env_prefix: str           # e.g. "POCKETSFLOW"
    version: str              # the generated package's own semantic version
    generator_version: str
    base_url: str = ""
    default_headers: tuple[tuple[str, str], ...] = ()
    signature_header: str = ""
    idempotency_header: str = ""


@dataclass(frozen=True, slots=True)
class ProjectView:
    """The distribution's metadata, for its ``pyproject.toml``, ``_version.py`` and models-only README."""

    project: str
    package: str
    version: str
    api_version: str
    description: str          # plain text (templates escape it for TOML)
    title: str
    readme_intro: str         # markdown, from the spec's description
    generator_version: str
    generator: str            # "pfgen <version>"
    package_glob: str         # "<package>*"


@dataclass(frozen=True, slots=True)
class PackageInitView:
    """The ``__init__.py`` of a models-only package: version constants and eager exports."""

    docstring: str
    version: str
    api_version: str
    exports: tuple[tuple[str, str], ...]   # (relative module, name) imported eagerly
    all_names: tuple[str, ...]


def runtime_files(package: str, builtin: Path = BUILTIN_TEMPLATES) -> tuple[PlannedFile, ...]:
    root = builtin / RUNTIME_DIR
    files = sorted(p.name for p in root.glob("*.py"))
    planned = [PlannedFile(f"{package}/_runtime/{name}", source=f"{RUNTIME_DIR}/{name}") for name in files]
    if "__init__.py" not in files:
        planned.append(PlannedFile(f"{package}/_runtime/__init__.py", source=f"{CLIENT_TEMPLATES}/runtime_init.py"))
    return tuple(planned)


def plan_package(api: ApiSpec, names: PackageNames, *, extra: tuple[PlannedFile, ...] = (),
                 memo: PlanMemo | None = None) -> OutputPlan:
    """The client package's files. With a ``memo``, model modules an earlier run rendered from the same inputs
    come with their text; the others name the label ``render``'s text is to be remembered under."""
    pkg = names.package
    models = plan_models(api.schemas, memo=memo)
    files: list[PlannedFile] = []
    title = api.title or names.client
    project_view = ProjectView(
        project=names.project,
        package=pkg,
        version=names.version,
        api_version=api.api_version,
        description=" ".join(f"Typed Python client for the {title} (API version {api.api_version})".split()),
        title=title,
        readme_intro=api.description.strip(),
        generator_version=names.generator_version,
        generator=f"pfgen {names.generator_version}",
        package_glob=f"{pkg}*",
    )
    files.append(PlannedFile("pyproject.toml", f"{CLIENT_TEMPLATES}/project/pyproject.toml.jinja", project_view))
    files.append(PlannedFile(f"{pkg}/py.typed", f"{CLIENT_TEMPLATES}/project/py.typed.jinja", project_view))
    files.append(PlannedFile(f"{pkg}/_version.py", f"{CLIENT_TEMPLATES}/package/_version.py.jinja", project_view))
    module_template = f"{CLIENT_TEMPLATES}/package/types/module.py.jinja"
    for module, view in models.modules:
        files.append(PlannedFile(f"{pkg}/types/{module}.py", module_template, view, memo=module if memo is not None else ""))
    for module, text in models.remembered:
        files.append(PlannedFile(f"{pkg}/types/{module}.py", module_template, text=text))
    files.append(PlannedFile(f"{pkg}/types/__init__.py", f"{CLIENT_TEMPLATES}/package/types/__init__.py.jinja", models.index))
    files.extend(runtime_files(pkg))
    files.extend(_client_files(api, names, models.module_of, memo))
    files.extend(extra)
    if not any(f.path == f"{pkg}/__init__.py" for f in files):
        init = PackageInitView(
            docstring=docstring_body(f"Typed Python client for the {title}."),
            version=names.version,
            api_version=api.api_version,
            exports=(),
            all_names=("API_VERSION", "__version__"),
        )
        files.append(PlannedFile(f"{pkg}/__init__.py", f"{CLIENT_TEMPLATES}/package/__init__.py.jinja", init))
    if not any(f.path == "README.md" for f in files):
        files.append(PlannedFile("README.md", f"{CLIENT_TEMPLATES}/project/README.md.jinja", project_view))
    return OutputPlan(files=tuple(sorted(files, key=lambda f: f.path)))


def _client_files(api: ApiSpec, names: PackageNames, module_of: Mapping[str, str],
                  memo: PlanMemo | None = None) -> list[PlannedFile]:
    settings = ClientSettings(
        package=names.package,
        project=names.project,
        client=names.client,
        env_prefix=names.env_prefix,
        version=names.version,
        generator_version=names.generator_version,
        base_url=names.base_url,
        default_headers=names.default_headers,
        signature_header=names.signature_header,
        idempotency_header=names.idempotency_header,
    )
    plan = ClientPlanner(api, settings, module_of, memo).plan()
    pkg = names.package
    t = f"{CLIENT_TEMPLATES}/package"
    files = [
        PlannedFile(f"{pkg}/__init__.py", f"{t}/client_init.py.jinja", plan.init),
        PlannedFile(f"{pkg}/_client.py", f"{t}/_client.py.jinja", plan.client),
        PlannedFile(f"{pkg}/_exceptions.py", f"{t}/_exceptions.py.jinja", plan.exceptions),
        PlannedFile(f"{pkg}/resources/__init__.py", f"{t}/resources/__init__.py.jinja", plan.init),
        PlannedFile("README.md", f"{CLIENT_TEMPLATES}/project/client_README.md.jinja", plan.readme),
    ]
    for resource in plan.resources:
        files.append(PlannedFile(f"{pkg}/resources/{resource.module}.py", f"{t}/resources/resource.py.jinja", resource))
    if plan.events is not None:
        files.append(PlannedFile(f"{pkg}/webhook_events.py", f"{t}/webhook_events.py.jinja", plan.events))
    return files
