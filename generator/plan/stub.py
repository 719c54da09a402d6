"""Plan a runnable FastAPI server stub of the API (the ``python-stub`` target).

Layout of the generated distribution (``<project>``, package ``<package>``):

    pyproject.toml, README.md
    <package>/__init__.py, __main__.py, _version.py, py.typed, app.py (``create_app``)
    <package>/routers/<resource>.py    one handler per operation, delegating to the resource's service
    <package>/services/<resource>.py   ``<Resource>Service`` (defaults: the spec's examples) and, for resources
                                       shaped like create/list/get/update/delete, ``Stateful<Resource>Service``
    <package>/types/                   the same models as the client (same planner, same template)
    <package>/_runtime/                static runtime (examples, security, state, docs, CLI) + the client's
                                       ``_models.py`` / ``_wire.py``
    <package>/_data/                   the original document (served verbatim) and the catalog the runtime reads
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from generator.codegen.escape import docstring_body, md_code, py_literal, py_str
from generator.ir.model import ApiSpec, Operation, Schema
from generator.plan.model import OutputPlan, PlannedFile
from generator.plan.models import ModelsPlan, plan_models
from generator.plan.ordering import all_sort_key
from generator.plan.package import PackageNames
from generator.plan.pytypes import Imports, TypeNamer
from generator.plan.stub_catalog import catalog_json
from generator.plan.stub_imports import import_lines, member_key, router_import_lines
from generator.plan.stub_names import hoisted_aliases, module_names, service_class_names
from generator.plan.stub_ops import (
    HandlerView,
    MethodView,
    PlannedOperation,
    plan_operation,
    service_annotations,
)
from generator.plan.stub_state import CrudShape, detect_crud

__all__ = ["StubOptions", "plan_stub"]

STUB_TEMPLATES = "python-stub"
CLIENT_TEMPLATES = "python-client"
_STUB_RUNTIME = (
    "_app.py",
    "_catalog.py",
    "_cli.py",
    "_examples.py",
    "_responses.py",
    "_security.py",
    "_state.py",
    "_validate.py",
)
_CLIENT_RUNTIME = ("_models.py", "_wire.py")


@dataclass(frozen=True, slots=True)
class StubOptions:
    """Choices for the server stub that the API document does not make (from the target's config)."""

    stateful: bool = False                 # the default of ``create_app(stateful=...)`` and ``--stateful``
    webhook_signature_header: str = ""     # "" = ``X-<Client>-Signature``
    source_media_type: str = "json"        # "json" | "yaml": how the original document is served


# -- views ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DataView:
    """A file of the stub's ``_data`` folder (the API document or the catalog), written out as given."""

    text: str


@dataclass(frozen=True, slots=True)
class StubProjectView:
    """The stub distribution's metadata, for its ``pyproject.toml`` and README."""

    project: str
    package: str
    version: str
    api_version: str
    description: str          # plain text (templates escape it for TOML)
    title: str                # plain text (templates escape it for Markdown)
    generator_version: str
    generator: str            # "pfgen <version>"
    package_glob: str         # "<package>*"
    entry_point: str          # "<package>.__main__:main"
    client_project: str
    signature_header: str
    secret_env: str
    api_key_env: str          # the environment variable ``--api-key`` defaults to
    stateful_default: bool
    stateful_resources: tuple[str, ...]
    example_resource: str     # a resource and one of its methods, for the README's override example
    example_service: str
    example_method: str
    example_signature: str
    example_import: str       # a model name to import in that example ("" when the return type is not one)
    example_event: str
    webhook_events: tuple[str, ...]
    example_services: str     # Python: ``{"resource": MyService()}`` for the README's override example
    services_module: str      # Markdown code span: ``<package>.services``


@dataclass(frozen=True, slots=True)
class VersionView:
    """The stub's ``_version.py``: its own version and the API's."""

    version: str              # Python literal
    api_version: str          # Python literal


@dataclass(frozen=True, slots=True)
class InitView:
    """The ``__init__.py`` of the stub package."""

    docstring: str


@dataclass(frozen=True, slots=True)
class MainView:
    """The stub's ``__main__.py``: ``python -m <package>`` serves the stub or sends an example event."""

    prog: str                 # Python literal
    signature_header: str     # Python literal
    secret_env: str           # Python literal
    event_header: str         # Python literal
    stateful_default: str     # "True" | "False"
    api_key_env: str          # Python literal


@dataclass(frozen=True, slots=True)
class AliasView:
    """A module-level alias for an annotation that a service method's name would shadow in the class."""

    name: str
    expression: str


@dataclass(frozen=True, slots=True)
class StatefulMethodView:
    """One method of a ``Stateful<Resource>Service``, answering from the in-memory store."""

    name: str
    params: tuple[str, ...]
    returns: str
    docstring: str
    call: str
    returns_value: bool


@dataclass(frozen=True, slots=True)
class StatefulView:
    """The ``Stateful<Resource>Service`` of a CRUD-shaped resource, which keeps objects in memory."""

    class_name: str
    docstring: str
    collection_args: tuple[str, ...]
    methods: tuple[StatefulMethodView, ...]


@dataclass(frozen=True, slots=True)
class ServiceModuleView:
    """One ``services/<resource>.py`` module: the overridable service class answering with examples."""

    docstring: str
    imports: tuple[str, ...]
    all_names: tuple[str, ...]
    aliases: tuple[AliasView, ...]
    class_name: str
    class_doc: str
    methods: tuple[MethodView, ...]
    stateful: StatefulView | None


@dataclass(frozen=True, slots=True)
class RouterModuleView:
    """One ``routers/<resource>.py`` module: the resource's FastAPI routes."""

    docstring: str
    imports: tuple[str, ...]
    service_class: str
    build_doc: str
    handlers: tuple[HandlerView, ...]


@dataclass(frozen=True, slots=True)
class ServiceEntryView:
    """One resource's service classes, as the services index and the app factory wire them."""

    resource: str             # Python literal of the resource key
    module: str
    class_name: str
    stateful_class: str       # "" when the resource is not stateful


@dataclass(frozen=True, slots=True)
class ServicesIndexView:
    """The ``services/__init__.py`` index of every resource's service classes."""

    imports: tuple[str, ...]
    all_names: tuple[str, ...]
    entries: tuple[ServiceEntryView, ...]


@dataclass(frozen=True, slots=True)
class AppView:
    """The stub's ``app.py``: the FastAPI application factory wiring every router to its service."""

    docstring: str
    title: str                # Python literal
    version: str              # Python literal
    stateful_default: str     # "True" | "False"
    entries: tuple[ServiceEntryView, ...]
    imports: tuple[str, ...]
    needs_store: bool


# -- planning -------------------------------------------------------------------------------------------------


def plan_stub(
    api: ApiSpec,
    names: PackageNames,
    *,
    source_text: str,
    options: StubOptions = StubOptions(),
) -> OutputPlan:
    pkg = names.package
    schemas = {s.name: s for s in api.schemas}
    models = plan_models(api.schemas, runtime_package=".._runtime")
    crud = detect_crud(api.operations, schemas)
    resources = _plan_resources(api, pkg, schemas, models, crud)
    entries = tuple(r.entry for r in resources)
    files = [file for r in resources for file in (r.router, r.service)]
    files.append(_services_index_file(pkg, entries))
    files.append(PlannedFile(f"{pkg}/routers/__init__.py", source=f"{STUB_TEMPLATES}/package/routers_init.py"))
    files.append(_app_file(api, names, options, entries))
    files += _project_files(api, names, options, resources, schemas, crud)
    files += _package_files(api, names, options)
    files += _model_files(pkg, models)
    files += _runtime_files(pkg, models)
    files += _data_files(api, pkg, source_text, options)
    return OutputPlan(files=tuple(sorted(files, key=lambda f: f.path)))


def _title(api: ApiSpec, names: PackageNames) -> str:
    return api.title or names.client


def _signature_header(names: PackageNames, options: StubOptions) -> str:
    return options.webhook_signature_header or f"X-{names.client}-Signature"


def _secret_env(names: PackageNames) -> str:
    return f"{names.env_prefix}_WEBHOOK_SECRET"


def _api_key_env(names: PackageNames) -> str:
    return f"{names.env_prefix}_STUB_API_KEY" if names.env_prefix else "PFGEN_STUB_API_KEY"


def _types_namer(schemas: Mapping[str, Schema], models: ModelsPlan, imports: Imports) -> TypeNamer:
    """A namer for a module of ``routers/`` or ``services/`` (models are imported from ``..types``)."""
    return TypeNamer(schemas, models.module_of, "", imports, local_prefix="..types.")


# -- resources: one router and one service module each --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Resource:
    """One resource and the names of its modules and service classes."""

    name: str                      # the resource key
    ops: tuple[Operation, ...]
    module: str
    class_name: str
    stateful_name: str             # "" when the resource is not stateful
    shape: CrudShape | None


@dataclass(frozen=True, slots=True)
class _PlannedResource:
    """One resource's planned router and service files, and what the index and README need of it."""

    resource: str
    entry: ServiceEntryView
    router: PlannedFile
    service: PlannedFile
    signatures: Mapping[str, str]  # method name -> ``def name(...) -> T:`` (for the README's example)


def _plan_resources(
    api: ApiSpec, pkg: str, schemas: Mapping[str, Schema], models: ModelsPlan, crud: Mapping[str, CrudShape]
) -> list[_PlannedResource]:
    by_resource: dict[str, list[Operation]] = {}
    for op in api.operations:
        by_resource.setdefault(op.resource, []).append(op)
    modules = module_names(sorted(by_resource))
    planned: list[_PlannedResource] = []
    for resource in sorted(by_resource):
        class_name, stateful_name = service_class_names(resource, schemas)
        shape = crud.get(resource)
        res = _Resource(
            name=resource,
            ops=tuple(by_resource[resource]),
            module=modules[resource],
            class_name=class_name,
            stateful_name=stateful_name if shape is not None else "",
            shape=shape,
        )
        planned.append(_plan_resource(res, pkg, schemas, models))
    return planned


def _plan_resource(
    res: _Resource, pkg: str, schemas: Mapping[str, Schema], models: ModelsPlan
) -> _PlannedResource:
    router_namer = _types_namer(schemas, models, Imports(runtime_package=".._runtime"))
    service_namer = _types_namer(schemas, models, Imports(runtime_package=".._runtime"))
    hoist = hoisted_aliases(list(res.ops), _types_namer(schemas, models, Imports()), schemas)
    planned = {
        op.id: plan_operation(op, namer=router_namer, service_namer=service_namer, schemas=schemas, hoist=hoist)
        for op in res.ops
    }
    handlers = tuple(planned[op.id].handler for op in res.ops)
    methods = tuple(planned[op.id].method for op in res.ops)
    router = _router_view(res, handlers, router_namer.imports)
    service = _service_view(res, planned, hoist, service_namer, schemas)
    return _PlannedResource(
        resource=res.name,
        entry=ServiceEntryView(
            resource=py_literal(res.name),
            module=res.module,
            class_name=res.class_name,
            stateful_class=res.stateful_name,
        ),
        router=PlannedFile(f"{pkg}/routers/{res.module}.py", f"{STUB_TEMPLATES}/package/router.py.jinja", router),
        service=PlannedFile(f"{pkg}/services/{res.module}.py", f"{STUB_TEMPLATES}/package/service.py.jinja", service),
        signatures={m.name: f"def {m.name}({', '.join(m.params)}) -> {m.returns}:" for m in methods},
    )


def _router_view(res: _Resource, handlers: tuple[HandlerView, ...], imports: Imports) -> RouterModuleView:
    return RouterModuleView(
        docstring=docstring_body(f"Routes of the ``{res.name}`` resource, delegating to ``{res.class_name}``."),
        imports=router_import_lines(handlers, imports, f"..services.{res.module}", res.class_name),
        service_class=res.class_name,
        build_doc=docstring_body(f"An ``APIRouter`` serving every ``{res.name}`` operation with ``_service``."),
        handlers=handlers,
    )


def _service_view(
    res: _Resource,
    planned: Mapping[str, PlannedOperation],
    hoist: Mapping[str, str],
    namer: TypeNamer,
    schemas: Mapping[str, Schema],
) -> ServiceModuleView:
    methods = tuple(planned[op.id].method for op in res.ops)
    imports = namer.imports
    if any(m.is_json for m in methods):
        imports.add_runtime("_responses:example as _example")
    if any(m.kind in ("text", "binary") for m in methods):
        imports.add_runtime("_responses:raw_example as _raw_example")
    if hoist:
        imports.typing.add("TypeAlias")
    # Hoisted aliases' expressions need their names imported: annotate them once with the service namer.
    for op in res.ops:
        service_annotations(op, namer, schemas)
    stateful_view = None
    if res.shape is not None:
        imports.add_runtime("_state:Store as _Store")
        stateful_view = _stateful_view(res.shape, planned, res.stateful_name, res.class_name, res.name)
    class_names = [res.class_name, res.stateful_name] if res.shape is not None else [res.class_name]
    return ServiceModuleView(
        docstring=docstring_body(f"The ``{res.name}`` operations: what the stub answers for each of them."),
        imports=import_lines(imports, []),
        all_names=tuple(sorted(class_names, key=all_sort_key)),
        aliases=tuple(AliasView(name, ann) for ann, name in sorted(hoist.items(), key=lambda kv: kv[1])),
        class_name=res.class_name,
        class_doc=docstring_body(
            f"Operations of the ``{res.name}`` resource.\n\n"
            "Every method returns the spec's example response (or a value generated from the response schema). "
            "Subclass it and override the methods you want to serve real data, then pass an instance to "
            f"``create_app(services={{{res.name!r}: ...}})``. Raise ``ApiError`` to answer with an error."
        ),
        methods=methods,
        stateful=stateful_view,
    )


# -- the in-memory (stateful) service of a create/list/get/update/delete resource -----------------------------


def _stateful_view(
    shape: CrudShape, planned: Mapping[str, PlannedOperation], class_name: str, base_class: str, resource: str
) -> StatefulView:
    verbs = (
        ("create", shape.create),
        ("list", shape.list),
        ("get", shape.get),
        ("update", shape.update),
        ("delete", shape.delete),
    )
    methods = tuple(_stateful_method(shape, op, planned[op.id], verb) for verb, op in verbs if op is not None)
    doc = docstring_body(
        f"``{base_class}`` keeping created {resource} in memory (``create_app(stateful=True)`` / ``--stateful``).\n\n"
        f"Objects are stored under their ``{shape.id_field}``; unknown ids answer 404."
    )
    return StatefulView(
        class_name=class_name, docstring=doc, collection_args=_collection_args(shape, resource), methods=methods
    )


def _collection_args(shape: CrudShape, resource: str) -> tuple[str, ...]:
    """Arguments of the ``Store`` collection that keeps the resource's objects."""
    args = [
        py_literal(resource),
        f"id_field={py_literal(shape.id_field)}",
        f"id_type={py_literal(shape.id_type)}",
        f"items_path={_tuple_literal(shape.items_path)}",
    ]
    for key, path in (
        ("total_path", shape.total_path),
        ("pages_path", shape.pages_path),
        ("has_more_path", shape.has_more_path),
    ):
        if path:
            args.append(f"{key}={_tuple_literal(path)}")
    if shape.page_style:
        args.append(f"page_style={py_literal(shape.page_style)}")
    if shape.delete_echoes:
        args.append("delete_echoes=True")
    return tuple(args)


def _stateful_method(shape: CrudShape, op: Operation, p: PlannedOperation, verb: str) -> StatefulMethodView:
    m = p.method
    return StatefulMethodView(
        name=m.name,
        params=m.params,
        returns=m.returns,
        docstring=docstring_body(f"{verb.capitalize()} in memory (``{op.method.upper()} {op.path}``)."),
        call=_stateful_call(shape, p, verb),
        returns_value=m.is_json,
    )


def _stateful_call(shape: CrudShape, p: PlannedOperation, verb: str) -> str:
    """The method's call of the collection: ``self._items.<verb>(...)``."""
    m = p.method
    tp = m.value_type if m.is_json else "None"
    key = _first_path_arg(p)
    body = p.body_arg or "None"
    if verb == "create":
        return f"self._items.create({body}, {m.operation_id}, {tp})"
    if verb == "list":
        return f"self._items.list({m.operation_id}, {tp}{_page_args(shape)})"
    if verb == "update":
        return f"self._items.update({key}, {body}, {m.operation_id}, {tp})"
    return f"self._items.{verb}({key}, {m.operation_id}, {tp})"


def _page_args(shape: CrudShape) -> str:
    """``, page=..., size=...``: the list method's paging arguments, passed on to the collection."""
    if not shape.page_style:
        return ""
    page = f"page={shape.page_param}" if shape.page_param else ""
    size = f"size={shape.size_param}" if shape.size_param else ""
    return ", " + ", ".join(x for x in (page, size) if x)


def _first_path_arg(p: PlannedOperation) -> str:
    for param in p.method.params:
        if param in ("self", "*"):
            continue
        return param.split(":", 1)[0]
    return "None"


def _tuple_literal(path: tuple[str, ...]) -> str:
    if not path:
        return "()"
    return "(" + ", ".join(py_literal(p) for p in path) + ",)"


# -- services/__init__.py and app.py --------------------------------------------------------------------------


def _services_index_file(pkg: str, entries: tuple[ServiceEntryView, ...]) -> PlannedFile:
    imports = sorted(
        f"from .{e.module} import {', '.join(sorted(filter(None, (e.class_name, e.stateful_class)), key=member_key))}"
        for e in entries
    )
    all_names = sorted(
        ["SERVICES", *(n for e in entries for n in (e.class_name, e.stateful_class) if n)], key=all_sort_key
    )
    return PlannedFile(
        f"{pkg}/services/__init__.py",
        f"{STUB_TEMPLATES}/package/services_init.py.jinja",
        ServicesIndexView(imports=tuple(imports), all_names=tuple(all_names), entries=entries),
    )


def _app_file(
    api: ApiSpec, names: PackageNames, options: StubOptions, entries: tuple[ServiceEntryView, ...]
) -> PlannedFile:
    title = _title(api, names)
    return PlannedFile(
        f"{names.package}/app.py",
        f"{STUB_TEMPLATES}/package/app.py.jinja",
        AppView(
            docstring=docstring_body(f"The FastAPI application of the {title} stub: ``create_app()``."),
            title=py_literal(f"{title} (stub)"),
            version=py_literal(api.api_version),
            stateful_default="True" if options.stateful else "False",
            entries=entries,
            imports=_app_imports(entries),
            needs_store=any(e.stateful_class for e in entries),
        ),
    )


def _app_imports(entries: tuple[ServiceEntryView, ...]) -> tuple[str, ...]:
    """The routers, the service classes and the runtime ``app.py`` imports (runtime first)."""
    lines = [f"from .routers import {e.module} as _{e.module}_routes" for e in entries]
    service_classes = sorted({n for e in entries for n in (e.class_name, e.stateful_class) if n}, key=member_key)
    if service_classes:
        lines.append(f"from .services import SERVICES, {', '.join(service_classes)}")
    else:
        lines.append("from .services import SERVICES")
    lines.append(f"from ._runtime._app import add_routes, install{', pick' if entries else ''}")
    if any(e.stateful_class for e in entries):
        lines.append("from ._runtime._state import Store")
    return tuple(sorted(lines, key=lambda line: (not line.startswith("from ._"), line)))


# -- pyproject.toml and README.md -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _OverrideExample:
    """The README's example of overriding a service method (all "" when the API has no operation)."""

    resource: str
    service: str
    method: str
    signature: str
    import_name: str          # the model the method returns, when it returns one
    services: str             # ``{"resource": MyService()}``


def _project_files(
    api: ApiSpec,
    names: PackageNames,
    options: StubOptions,
    resources: list[_PlannedResource],
    schemas: Mapping[str, Schema],
    crud: Mapping[str, CrudShape],
) -> list[PlannedFile]:
    view = _project_view(api, names, options, _override_example(api, resources, schemas), crud)
    return [
        PlannedFile("pyproject.toml", f"{STUB_TEMPLATES}/project/pyproject.toml.jinja", view),
        PlannedFile("README.md", f"{STUB_TEMPLATES}/project/README.md.jinja", view),
    ]


def _project_view(
    api: ApiSpec, names: PackageNames, options: StubOptions, example: _OverrideExample, crud: Mapping[str, CrudShape]
) -> StubProjectView:
    pkg = names.package
    title = _title(api, names)
    return StubProjectView(
        project=names.project,
        package=pkg,
        version=names.version,
        api_version=api.api_version,
        description=" ".join(f"Server stub (mock) of the {title} (API version {api.api_version})".split()),
        title=title,
        generator_version=names.generator_version,
        generator=f"pfgen {names.generator_version}",
        package_glob=f"{pkg}*",
        entry_point=f"{pkg}.__main__:main",
        client_project=names.project.removesuffix("-stub"),
        signature_header=_signature_header(names, options),
        secret_env=_secret_env(names),
        api_key_env=_api_key_env(names),
        stateful_default=options.stateful,
        stateful_resources=tuple(sorted(crud)),
        example_resource=example.resource,
        example_service=example.service,
        example_method=example.method,
        example_signature=example.signature,
        example_import=example.import_name,
        example_event=api.webhooks[0].key if api.webhooks else "EVENT",
        webhook_events=tuple(w.key for w in api.webhooks),
        services_module=md_code(f"{pkg}.services"),
        example_services=example.services,
    )


def _override_example(
    api: ApiSpec, resources: list[_PlannedResource], schemas: Mapping[str, Schema]
) -> _OverrideExample:
    resource, method = _readme_example(api)
    planned = next((r for r in resources if r.resource == resource), None)
    signature = planned.signatures.get(method, "") if planned is not None else ""
    returns = signature.rsplit("-> ", 1)[-1].rstrip(":") if signature else ""
    entry = next((r.entry for r in resources if r.entry.resource == py_literal(resource)), None)
    return _OverrideExample(
        resource=resource,
        service=entry.class_name if entry is not None else "",
        method=method,
        signature=signature,
        import_name=returns if returns.isidentifier() and returns in schemas else "",
        services=f"{{{py_str(resource)}: My{entry.class_name}()}}" if entry is not None else "",
    )


def _readme_example(api: ApiSpec) -> tuple[str, str]:
    """A ``get`` operation to show in the README's override example: (resource, method).

    Resources are ranked by the order of their tag in the document (the API's own idea of what matters first).
    """
    tag_rank = {t.name: i for i, t in enumerate(api.tags)}

    def rank(op: Operation) -> tuple[int, int, str, str]:
        tag = min((tag_rank.get(t, len(tag_rank)) for t in op.tags), default=len(tag_rank))
        return (op.name != "get", tag, op.resource, op.path)

    candidates = [op for op in api.operations if op.method == "get"] or list(api.operations)
    for op in sorted(candidates, key=rank):
        return op.resource, op.name
    return "", ""


# -- package files: py.typed, _version.py, __init__.py, __main__.py -------------------------------------------


def _package_files(api: ApiSpec, names: PackageNames, options: StubOptions) -> list[PlannedFile]:
    pkg = names.package
    return [
        PlannedFile(f"{pkg}/py.typed", source=f"{STUB_TEMPLATES}/project/py.typed"),
        PlannedFile(
            f"{pkg}/_version.py",
            f"{STUB_TEMPLATES}/package/_version.py.jinja",
            VersionView(version=py_literal(names.version), api_version=py_literal(api.api_version)),
        ),
        PlannedFile(
            f"{pkg}/__init__.py",
            f"{STUB_TEMPLATES}/package/__init__.py.jinja",
            InitView(docstring=docstring_body(f"Server stub (mock) of the {_title(api, names)}, generated by pfgen.")),
        ),
        PlannedFile(f"{pkg}/__main__.py", f"{STUB_TEMPLATES}/package/__main__.py.jinja", _main_view(names, options)),
    ]


def _main_view(names: PackageNames, options: StubOptions) -> MainView:
    return MainView(
        prog=py_literal(f"python -m {names.package}"),
        signature_header=py_literal(_signature_header(names, options)),
        secret_env=py_literal(_secret_env(names)),
        event_header=py_literal(f"X-{names.client}-Event"),
        stateful_default="True" if options.stateful else "False",
        api_key_env=py_literal(_api_key_env(names)),
    )


# -- models (the client's planner and template), runtime, data ------------------------------------------------


def _model_files(pkg: str, models: ModelsPlan) -> list[PlannedFile]:
    files = [
        PlannedFile(f"{pkg}/types/{module}.py", f"{CLIENT_TEMPLATES}/package/types/module.py.jinja", view)
        for module, view in models.modules
    ]
    files.append(
        PlannedFile(f"{pkg}/types/__init__.py", f"{CLIENT_TEMPLATES}/package/types/__init__.py.jinja", models.index)
    )
    return files


def _runtime_files(pkg: str, models: ModelsPlan) -> list[PlannedFile]:
    files = [PlannedFile(f"{pkg}/_runtime/__init__.py", source=f"{STUB_TEMPLATES}/_runtime/__init__.py")]
    for name in _STUB_RUNTIME:
        files.append(PlannedFile(f"{pkg}/_runtime/{name}", source=f"{STUB_TEMPLATES}/_runtime/{name}"))
    for name in sorted(_client_runtime(models) - set(_STUB_RUNTIME)):
        files.append(PlannedFile(f"{pkg}/_runtime/{name}", source=f"{CLIENT_TEMPLATES}/_runtime/{name}"))
    return files


def _client_runtime(models: ModelsPlan) -> set[str]:
    """The client's model runtime, plus any other client runtime module the model views import (future-proof)."""
    client_runtime = set(_CLIENT_RUNTIME)
    for _, view in models.modules:
        for line in view.imports:
            found = re.match(r"from \.\._runtime\.(\w+) import", line)
            if found:
                client_runtime.add(f"{found.group(1)}.py")
    return client_runtime


def _data_files(api: ApiSpec, pkg: str, source_text: str, options: StubOptions) -> list[PlannedFile]:
    """The original document (served verbatim) and the catalog the runtime reads."""
    is_yaml = options.source_media_type == "yaml"
    document_file = "openapi.yaml" if is_yaml else "openapi.json"
    document_media = "application/yaml" if is_yaml else "application/json"
    catalog = catalog_json(api, document_file=document_file, document_media_type=document_media)
    return [
        PlannedFile(f"{pkg}/_data/{document_file}", f"{STUB_TEMPLATES}/data.jinja", DataView(source_text)),
        PlannedFile(f"{pkg}/_data/catalog.json", f"{STUB_TEMPLATES}/data.jinja", DataView(catalog)),
    ]
