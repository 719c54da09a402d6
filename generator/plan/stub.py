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

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass

from generator.codegen.escape import docstring_body, md_code, py_literal, py_str
from generator.ir.model import ApiSpec, Operation, Schema
from generator.ir.names import to_pascal
from generator.plan.model import OutputPlan, PlannedFile
from generator.plan.models import plan_models
from generator.plan.ordering import all_sort_key
from generator.plan.package import PackageNames
from generator.plan.pytypes import Imports, TypeNamer
from generator.plan.stub_catalog import catalog_json
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
_WORD = re.compile(r"(?<![.\w])([A-Za-z_]\w*)")


@dataclass(frozen=True, slots=True)
class StubOptions:
    stateful: bool = False                 # the default of ``create_app(stateful=...)`` and ``--stateful``
    webhook_signature_header: str = ""     # "" = ``X-<Client>-Signature``
    source_media_type: str = "json"        # "json" | "yaml": how the original document is served


# -- views ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DataView:
    text: str


@dataclass(frozen=True, slots=True)
class StubProjectView:
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
    version: str              # Python literal
    api_version: str          # Python literal


@dataclass(frozen=True, slots=True)
class InitView:
    docstring: str


@dataclass(frozen=True, slots=True)
class MainView:
    prog: str                 # Python literal
    signature_header: str     # Python literal
    secret_env: str           # Python literal
    event_header: str         # Python literal
    stateful_default: str     # "True" | "False"
    api_key_env: str          # Python literal


@dataclass(frozen=True, slots=True)
class AliasView:
    name: str
    expression: str


@dataclass(frozen=True, slots=True)
class StatefulMethodView:
    name: str
    params: tuple[str, ...]
    returns: str
    docstring: str
    call: str
    returns_value: bool


@dataclass(frozen=True, slots=True)
class StatefulView:
    class_name: str
    docstring: str
    collection_args: tuple[str, ...]
    methods: tuple[StatefulMethodView, ...]


@dataclass(frozen=True, slots=True)
class ServiceModuleView:
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
    docstring: str
    imports: tuple[str, ...]
    service_class: str
    build_doc: str
    handlers: tuple[HandlerView, ...]


@dataclass(frozen=True, slots=True)
class ServiceEntryView:
    resource: str             # Python literal of the resource key
    module: str
    class_name: str
    stateful_class: str       # "" when the resource is not stateful


@dataclass(frozen=True, slots=True)
class ServicesIndexView:
    imports: tuple[str, ...]
    all_names: tuple[str, ...]
    entries: tuple[ServiceEntryView, ...]


@dataclass(frozen=True, slots=True)
class AppView:
    docstring: str
    title: str                # Python literal
    version: str              # Python literal
    stateful_default: str     # "True" | "False"
    entries: tuple[ServiceEntryView, ...]
    imports: tuple[str, ...]
    needs_store: bool


# -- planning -------------------------------------------------------------------------------------------------


def _module_name(resource: str) -> str:
    name = re.sub(r"[^0-9a-zA-Z_]+", "_", resource).strip("_").lower() or "default"
    if name[0].isdigit():
        name = f"r_{name}"
    if keyword.iskeyword(name) or name.startswith("__"):
        name += "_"
    return name


def _member_key(name: str) -> tuple[int, str, str]:
    """isort's order for imported names (ruff's default): CONSTANTS, Classes, others; case-insensitive."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return (kind, name.lower(), name)


def _import_lines(imports: Imports, third_party: list[str]) -> tuple[str, ...]:
    """``Imports.lines()`` with third-party lines (fastapi) placed after the standard library, sorted."""
    lines = list(imports.lines())
    if not third_party:
        return tuple(lines)
    # The first ``from pydantic`` / relative import / end marks where third-party imports go.
    at = len(lines)
    for i, line in enumerate(lines):
        if line.startswith(("from pydantic", "from .")):
            at = i
            break
    block = sorted(third_party)
    if at == len(lines):
        lines.extend(["", *block])
    elif lines[at].startswith("from pydantic"):
        merged = sorted([*block, lines[at]])
        lines[at : at + 1] = merged
    else:
        lines[at:at] = [*block, ""]
    while lines and lines[-1] == "":
        lines.pop()
    # Collapse doubled blank lines introduced by the splice.
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    return tuple(out)


def _service_class(resource: str, schema_names: set[str]) -> tuple[str, str]:
    base = to_pascal(resource) or "Default"
    if base[0].isdigit():
        base = f"R{base}"
    name = f"{base}Service"
    stateful = f"Stateful{base}Service"
    if name in schema_names or stateful in schema_names:
        name, stateful = f"{base}Operations", f"Stateful{base}Operations"
    return name, stateful


def _hoists(ops: list[Operation], namer: TypeNamer, schemas: Mapping[str, Schema]) -> dict[str, str]:
    """Annotations naming one of the class's methods (``list``, ``dict``, ...) move to module-level aliases.

    Inside a class body a method called ``list`` shadows the builtin for the annotations that follow.
    """
    method_names = {op.name for op in ops} | {"self"}
    hoist: dict[str, str] = {}
    used: set[str] = set()
    for op in ops:
        for ann in service_annotations(op, namer, schemas):
            if ann in hoist:
                continue
            if set(_WORD.findall(ann)) & method_names:
                base = "_" + (to_pascal(re.sub(r"[^0-9A-Za-z]+", " ", ann)) or "Type")
                name, n = base, 2
                while name in used:
                    name, n = f"{base}{n}", n + 1
                used.add(name)
                hoist[ann] = name
    return hoist


def _stateful_view(
    shape: CrudShape, planned: dict[str, PlannedOperation], class_name: str, base_class: str, resource: str
) -> StatefulView:
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
    methods: list[StatefulMethodView] = []

    def add(op: Operation | None, verb: str) -> None:
        if op is None:
            return
        p = planned[op.id]
        m = p.method
        tp = m.value_type if m.is_json else "None"
        key = _first_path_arg(p)
        body = p.body_arg
        if verb == "create":
            call = f"self._items.create({body or 'None'}, {m.operation_id}, {tp})"
        elif verb == "list":
            extra = ""
            if shape.page_style:
                page = f"page={shape.page_param}" if shape.page_param else ""
                size = f"size={shape.size_param}" if shape.size_param else ""
                extra = ", " + ", ".join(x for x in (page, size) if x)
            call = f"self._items.list({m.operation_id}, {tp}{extra})"
        elif verb == "update":
            call = f"self._items.update({key}, {body or 'None'}, {m.operation_id}, {tp})"
        else:
            call = f"self._items.{verb}({key}, {m.operation_id}, {tp})"
        methods.append(
            StatefulMethodView(
                name=m.name,
                params=m.params,
                returns=m.returns,
                docstring=docstring_body(f"{verb.capitalize()} in memory (``{op.method.upper()} {op.path}``)."),
                call=call,
                returns_value=m.is_json,
            )
        )

    add(shape.create, "create")
    add(shape.list, "list")
    add(shape.get, "get")
    add(shape.update, "update")
    add(shape.delete, "delete")
    doc = docstring_body(
        f"``{base_class}`` keeping created {resource} in memory (``create_app(stateful=True)`` / ``--stateful``).\n\n"
        f"Objects are stored under their ``{shape.id_field}``; unknown ids answer 404."
    )
    return StatefulView(class_name=class_name, docstring=doc, collection_args=tuple(args), methods=tuple(methods))


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


def plan_stub(
    api: ApiSpec,
    names: PackageNames,
    *,
    source_text: str,
    options: StubOptions = StubOptions(),
) -> OutputPlan:
    pkg = names.package
    schemas = {s.name: s for s in api.schemas}
    schema_names = set(schemas)
    models = plan_models(api.schemas, runtime_package=".._runtime")
    files: list[PlannedFile] = []

    by_resource: dict[str, list[Operation]] = {}
    for op in api.operations:
        by_resource.setdefault(op.resource, []).append(op)
    crud = detect_crud(api.operations, schemas)

    modules: dict[str, str] = {}
    used_modules: set[str] = set()
    for resource in sorted(by_resource):
        base = _module_name(resource)
        name, n = base, 2
        while name in used_modules:
            name, n = f"{base}_{n}", n + 1
        used_modules.add(name)
        modules[resource] = name

    entries: list[ServiceEntryView] = []
    signatures: dict[tuple[str, str], str] = {}
    for resource in sorted(by_resource):
        ops = by_resource[resource]
        module = modules[resource]
        class_name, stateful_name = _service_class(resource, schema_names)
        router_imports = Imports(runtime_package=".._runtime")
        service_imports = Imports(runtime_package=".._runtime")
        router_namer = TypeNamer(schemas, models.module_of, "", router_imports, local_prefix="..types.")
        service_namer = TypeNamer(schemas, models.module_of, "", service_imports, local_prefix="..types.")
        hoist = _hoists(ops, TypeNamer(schemas, models.module_of, "", Imports(), local_prefix="..types."), schemas)
        planned = {
            op.id: plan_operation(op, namer=router_namer, service_namer=service_namer, schemas=schemas, hoist=hoist)
            for op in ops
        }
        handlers = tuple(planned[op.id].handler for op in ops)
        methods = tuple(planned[op.id].method for op in ops)
        for m in methods:
            signatures[(resource, m.name)] = f"def {m.name}({', '.join(m.params)}) -> {m.returns}:"

        # Router imports.
        fastapi_names = {"APIRouter"}
        for h in handlers:
            for arg in h.args:
                for cls in ("Path", "Query", "Header", "Cookie", "Body"):
                    if f", {cls}(" in arg.annotation:
                        fastapi_names.add(cls)
                if arg.annotation in ("Request", "Response"):
                    fastapi_names.add(arg.annotation)
            if h.returns == "Response":
                fastapi_names.add("Response")
            if any(a.startswith("dependencies=") for a in h.decorator_args):
                fastapi_names.add("Depends")
            if any("Depends(_require(" in a for a in h.decorator_args):
                router_imports.add_runtime("_security:require as _require")
            if any("Depends(_validate(" in a for a in h.decorator_args):
                router_imports.add_runtime("_validate:request_validator as _validate")
            if any("_json_response(" in a for a in h.decorator_args):
                router_imports.add_runtime("_responses:json_response as _json_response")
            if h.sets_headers:
                router_imports.add_runtime("_responses:set_headers as _set_headers")
            if h.kind == "empty":
                router_imports.add_runtime("_responses:empty_response as _empty_response")
            elif h.kind in ("text", "binary"):
                router_imports.add_runtime("_responses:raw_response as _raw_response")
        router_imports.add_local(f"..services.{module}", class_name)
        router_lines = _import_lines(router_imports, [f"from fastapi import {', '.join(sorted(fastapi_names))}"])
        router_view = RouterModuleView(
            docstring=docstring_body(f"Routes of the ``{resource}`` resource, delegating to ``{class_name}``."),
            imports=router_lines,
            service_class=class_name,
            build_doc=docstring_body(f"An ``APIRouter`` serving every ``{resource}`` operation with ``_service``."),
            handlers=handlers,
        )
        files.append(PlannedFile(f"{pkg}/routers/{module}.py", f"{STUB_TEMPLATES}/package/router.py.jinja", router_view))

        # Service module.
        if any(m.is_json for m in methods):
            service_imports.add_runtime("_responses:example as _example")
        if any(m.kind in ("text", "binary") for m in methods):
            service_imports.add_runtime("_responses:raw_example as _raw_example")
        if hoist:
            service_imports.typing.add("TypeAlias")
        # Hoisted aliases' expressions need their names imported: annotate them once with the service namer.
        alias_views = tuple(AliasView(name, ann) for ann, name in sorted(hoist.items(), key=lambda kv: kv[1]))
        for op in ops:
            service_annotations(op, service_namer, schemas)
        shape = crud.get(resource)
        stateful_view = None
        if shape is not None:
            service_imports.add_runtime("_state:Store as _Store")
            stateful_view = _stateful_view(shape, planned, stateful_name, class_name, resource)
        all_names = tuple(sorted([class_name] + ([stateful_name] if shape is not None else []), key=all_sort_key))
        service_view = ServiceModuleView(
            docstring=docstring_body(f"The ``{resource}`` operations: what the stub answers for each of them."),
            imports=_import_lines(service_imports, []),
            all_names=all_names,
            aliases=alias_views,
            class_name=class_name,
            class_doc=docstring_body(
                f"Operations of the ``{resource}`` resource.\n\n"
                "Every method returns the spec's example response (or a value generated from the response schema). "
                "Subclass it and override the methods you want to serve real data, then pass an instance to "
                f"``create_app(services={{{resource!r}: ...}})``. Raise ``ApiError`` to answer with an error."
            ),
            methods=methods,
            stateful=stateful_view,
        )
        files.append(
            PlannedFile(f"{pkg}/services/{module}.py", f"{STUB_TEMPLATES}/package/service.py.jinja", service_view)
        )
        entries.append(
            ServiceEntryView(
                resource=py_literal(resource),
                module=module,
                class_name=class_name,
                stateful_class=stateful_name if shape is not None else "",
            )
        )

    # services/__init__.py and app.py
    svc_imports = sorted(
        f"from .{e.module} import {', '.join(sorted(filter(None, (e.class_name, e.stateful_class)), key=_member_key))}"
        for e in entries
    )
    svc_names = sorted(
        ["SERVICES", *(n for e in entries for n in (e.class_name, e.stateful_class) if n)], key=all_sort_key
    )
    files.append(
        PlannedFile(
            f"{pkg}/services/__init__.py",
            f"{STUB_TEMPLATES}/package/services_init.py.jinja",
            ServicesIndexView(imports=tuple(svc_imports), all_names=tuple(svc_names), entries=tuple(entries)),
        )
    )
    files.append(PlannedFile(f"{pkg}/routers/__init__.py", source=f"{STUB_TEMPLATES}/package/routers_init.py"))
    app_imports = [f"from .routers import {e.module} as _{e.module}_routes" for e in entries]
    service_classes = sorted({n for e in entries for n in (e.class_name, e.stateful_class) if n}, key=_member_key)
    if service_classes:
        app_imports.append(f"from .services import SERVICES, {', '.join(service_classes)}")
    else:
        app_imports.append("from .services import SERVICES")
    app_imports.append(f"from ._runtime._app import add_routes, install{', pick' if entries else ''}")
    if any(e.stateful_class for e in entries):
        app_imports.append("from ._runtime._state import Store")
    title = api.title or names.client
    files.append(
        PlannedFile(
            f"{pkg}/app.py",
            f"{STUB_TEMPLATES}/package/app.py.jinja",
            AppView(
                docstring=docstring_body(f"The FastAPI application of the {title} stub: ``create_app()``."),
                title=py_literal(f"{title} (stub)"),
                version=py_literal(api.api_version),
                stateful_default="True" if options.stateful else "False",
                entries=tuple(entries),
                imports=tuple(sorted(app_imports, key=lambda line: (not line.startswith("from ._"), line))),
                needs_store=any(e.stateful_class for e in entries),
            ),
        )
    )

    # Package files.
    signature_header = options.webhook_signature_header or f"X-{names.client}-Signature"
    secret_env = f"{names.env_prefix}_WEBHOOK_SECRET"
    api_key_env = f"{names.env_prefix}_STUB_API_KEY" if names.env_prefix else "PFGEN_STUB_API_KEY"
    example_resource, example_method = _readme_example(api)
    example_signature = signatures.get((example_resource, example_method), "")
    example_type = example_signature.rsplit("-> ", 1)[-1].rstrip(":") if example_signature else ""
    example_import = example_type if example_type.isidentifier() and example_type in schemas else ""
    example_entry = next((e for e in entries if e.resource == py_literal(example_resource)), None)
    project_view = StubProjectView(
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
        signature_header=signature_header,
        secret_env=secret_env,
        api_key_env=api_key_env,
        stateful_default=options.stateful,
        stateful_resources=tuple(sorted(crud)),
        example_resource=example_resource,
        example_service=example_entry.class_name if example_entry is not None else "",
        example_method=example_method,
        example_signature=example_signature,
        example_import=example_import,
        example_event=api.webhooks[0].key if api.webhooks else "EVENT",
        webhook_events=tuple(w.key for w in api.webhooks),
        services_module=md_code(f"{pkg}.services"),
        example_services=(
            f"{{{py_str(example_resource)}: My{example_entry.class_name}()}}" if example_entry is not None else ""
        ),
    )
    files.append(PlannedFile("pyproject.toml", f"{STUB_TEMPLATES}/project/pyproject.toml.jinja", project_view))
    files.append(PlannedFile("README.md", f"{STUB_TEMPLATES}/project/README.md.jinja", project_view))
    files.append(PlannedFile(f"{pkg}/py.typed", source=f"{STUB_TEMPLATES}/project/py.typed"))
    files.append(
        PlannedFile(
            f"{pkg}/_version.py",
            f"{STUB_TEMPLATES}/package/_version.py.jinja",
            VersionView(version=py_literal(names.version), api_version=py_literal(api.api_version)),
        )
    )
    files.append(
        PlannedFile(
            f"{pkg}/__init__.py",
            f"{STUB_TEMPLATES}/package/__init__.py.jinja",
            InitView(docstring=docstring_body(f"Server stub (mock) of the {title}, generated by pfgen.")),
        )
    )
    files.append(
        PlannedFile(
            f"{pkg}/__main__.py",
            f"{STUB_TEMPLATES}/package/__main__.py.jinja",
            MainView(
                prog=py_literal(f"python -m {pkg}"),
                signature_header=py_literal(signature_header),
                secret_env=py_literal(secret_env),
                event_header=py_literal(f"X-{names.client}-Event"),
                stateful_default="True" if options.stateful else "False",
                api_key_env=py_literal(api_key_env),
            ),
        )
    )

    # Models (the client's planner and template), runtime, data.
    for module, view in models.modules:
        files.append(PlannedFile(f"{pkg}/types/{module}.py", f"{CLIENT_TEMPLATES}/package/types/module.py.jinja", view))
    files.append(
        PlannedFile(f"{pkg}/types/__init__.py", f"{CLIENT_TEMPLATES}/package/types/__init__.py.jinja", models.index)
    )
    files.append(PlannedFile(f"{pkg}/_runtime/__init__.py", source=f"{STUB_TEMPLATES}/_runtime/__init__.py"))
    for name in _STUB_RUNTIME:
        files.append(PlannedFile(f"{pkg}/_runtime/{name}", source=f"{STUB_TEMPLATES}/_runtime/{name}"))
    # The client's model runtime, plus any other client runtime module the model views import (future-proof).
    client_runtime = set(_CLIENT_RUNTIME)
    for _, view in models.modules:
        for line in view.imports:
            found = re.match(r"from \.\._runtime\.(\w+) import", line)
            if found:
                client_runtime.add(f"{found.group(1)}.py")
    for name in sorted(client_runtime - set(_STUB_RUNTIME)):
        files.append(PlannedFile(f"{pkg}/_runtime/{name}", source=f"{CLIENT_TEMPLATES}/_runtime/{name}"))
    is_yaml = options.source_media_type == "yaml"
    document_file = "openapi.yaml" if is_yaml else "openapi.json"
    document_media = "application/yaml" if is_yaml else "application/json"
    files.append(PlannedFile(f"{pkg}/_data/{document_file}", f"{STUB_TEMPLATES}/data.jinja", DataView(source_text)))
    files.append(
        PlannedFile(
            f"{pkg}/_data/catalog.json",
            f"{STUB_TEMPLATES}/data.jinja",
            DataView(catalog_json(api, document_file=document_file, document_media_type=document_media)),
        )
    )
    return OutputPlan(files=tuple(sorted(files, key=lambda f: f.path)))


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
