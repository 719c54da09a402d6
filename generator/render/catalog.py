"""The catalogue of built-in templates: which view each template receives, for ``pfgen templates``.

Every file under ``templates/`` must be covered by an entry of ``REGISTRY`` (a test enforces it), so a new template
cannot land undocumented. Jinja templates name the view class they receive as ``view``; its fields (name and type,
read from the dataclass itself, plus the trailing ``#`` comment on the field's line) are what a user's overlay
template may use. Static files are copied verbatim and receive nothing; a set of them (the runtime) is one entry
with a ``*`` in its last path part, and each file's description is the first line of its own docstring.

Nothing here imports or runs a template or a static file: docstrings are read with ``ast``.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import fnmatch
import inspect
import io
import textwrap
import tokenize
import typing
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from generator.codegen.template_set import BUILTIN_TEMPLATES
from generator.errors import IOFailure, Location, UsageError
from generator.plan.client_views import (
    ClientView,
    EventsView,
    ExceptionsView,
    InitView,
    ReadmeView,
    ResourceView,
)
from generator.plan.models import ModuleView, TypesIndexView
from generator.plan.package import PackageInitView, ProjectView
from generator.plan.stub import (
    AppView,
    DataView,
    MainView,
    RouterModuleView,
    ServiceModuleView,
    ServicesIndexView,
    StubProjectView,
    VersionView,
)
from generator.plan.stub import InitView as StubInitView

__all__ = [
    "REGISTRY",
    "TemplateEntry",
    "TemplateInfo",
    "ViewDoc",
    "ViewField",
    "find_template",
    "list_templates",
    "template_files",
    "template_source",
    "undocumented_templates",
    "view_docs",
]


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """One registry entry: a template path (or a ``dir/*.ext`` set of static files) and what it receives."""

    pattern: str
    view: type[Any] | None
    description: str
    verbatim: bool = False


REGISTRY: tuple[TemplateInfo, ...] = (
    TemplateInfo("python-client/_runtime/*.py", None, "static client runtime, copied into <package>/_runtime/",
                 verbatim=True),
    TemplateInfo("python-client/runtime_init.py", None,
                 "fallback <package>/_runtime/__init__.py, used when the runtime folder has none", verbatim=True),
    TemplateInfo("python-client/package/__init__.py.jinja", PackageInitView,
                 "<package>/__init__.py of a models-only package: version constants and eager exports"),
    TemplateInfo("python-client/package/client_init.py.jinja", InitView,
                 "<package>/__init__.py of a client package: the clients, errors and version exports"),
    TemplateInfo("python-client/package/_client.py.jinja", ClientView,
                 "<package>/_client.py: the sync and async client classes with their resource properties"),
    TemplateInfo("python-client/package/_exceptions.py.jinja", ExceptionsView,
                 "<package>/_exceptions.py: the package's error classes, renamed from the runtime's"),
    TemplateInfo("python-client/package/_version.py.jinja", ProjectView,
                 "<package>/_version.py: __version__ and API_VERSION"),
    TemplateInfo("python-client/package/resources/__init__.py.jinja", InitView,
                 "<package>/resources/__init__.py: the resources package (uses none of the view's fields)"),
    TemplateInfo("python-client/package/resources/resource.py.jinja", ResourceView,
                 "<package>/resources/<resource>.py: one resource's sync and async methods"),
    TemplateInfo("python-client/package/types/__init__.py.jinja", TypesIndexView,
                 "<package>/types/__init__.py: lazy index of every model"),
    TemplateInfo("python-client/package/types/module.py.jinja", ModuleView,
                 "<package>/types/<module>.py: one module of models (classes, enums, aliases)"),
    TemplateInfo("python-client/package/webhook_events.py.jinja", EventsView,
                 "<package>/webhook_events.py: typed webhook event wrappers and their union"),
    TemplateInfo("python-client/project/README.md.jinja", ProjectView, "README.md of a models-only project"),
    TemplateInfo("python-client/project/client_README.md.jinja", ReadmeView,
                 "README.md of a client project: install, auth, resources, pagination, webhooks, errors"),
    TemplateInfo("python-client/project/py.typed.jinja", ProjectView, "<package>/py.typed marker (PEP 561)"),
    TemplateInfo("python-client/project/pyproject.toml.jinja", ProjectView,
                 "pyproject.toml of the generated distribution"),
    # The server stub (target python-stub); it also reuses python-client/package/types/* and part of the runtime.
    TemplateInfo("python-stub/_runtime/*.py", None, "static stub runtime, copied into <package>/_runtime/",
                 verbatim=True),
    TemplateInfo("python-stub/data.jinja", DataView,
                 "<package>/_data/*: the API document and the derived catalog, written out as given"),
    TemplateInfo("python-stub/package/__init__.py.jinja", StubInitView, "<package>/__init__.py of the stub"),
    TemplateInfo("python-stub/package/__main__.py.jinja", MainView,
                 "<package>/__main__.py: `python -m <package>` serves the stub or sends a signed example event"),
    TemplateInfo("python-stub/package/_version.py.jinja", VersionView,
                 "<package>/_version.py of the stub: __version__ and API_VERSION"),
    TemplateInfo("python-stub/package/app.py.jinja", AppView,
                 "<package>/app.py: the FastAPI application factory wiring every resource's router and service"),
    TemplateInfo("python-stub/package/router.py.jinja", RouterModuleView,
                 "<package>/routers/<resource>.py: one resource's FastAPI routes"),
    TemplateInfo("python-stub/package/routers_init.py", None, "<package>/routers/__init__.py", verbatim=True),
    TemplateInfo("python-stub/package/service.py.jinja", ServiceModuleView,
                 "<package>/services/<resource>.py: the overridable service class with example responses"),
    TemplateInfo("python-stub/package/services_init.py.jinja", ServicesIndexView,
                 "<package>/services/__init__.py: the index of service classes"),
    TemplateInfo("python-stub/project/README.md.jinja", StubProjectView, "README.md of the stub project"),
    TemplateInfo("python-stub/project/py.typed", None, "<package>/py.typed marker (PEP 561)", verbatim=True),
    TemplateInfo("python-stub/project/pyproject.toml.jinja", StubProjectView,
                 "pyproject.toml of the stub distribution"),
)

# Files that are never templates: caches and editor droppings.
_IGNORED_PARTS = ("__pycache__",)
_IGNORED_SUFFIXES = (".pyc", ".pyo", ".swp", "~")


@dataclass(frozen=True, slots=True)
class TemplateEntry:
    """One concrete file of the catalogue."""

    path: str                 # relative to the template root, POSIX
    description: str
    view: type[Any] | None
    verbatim: bool

    @property
    def view_name(self) -> str:
        return self.view.__name__ if self.view is not None else ""


@dataclass(frozen=True, slots=True)
class ViewField:
    """One field or read-only property of a view class, as ``pfgen templates`` lists it."""

    name: str
    type: str
    comment: str = ""
    is_property: bool = False


@dataclass(frozen=True, slots=True)
class ViewDoc:
    """A view class: its name, the module it is defined in, and its fields then its read-only properties."""

    name: str
    module: str
    fields: tuple[ViewField, ...]


def template_files(root: Path = BUILTIN_TEMPLATES) -> tuple[str, ...]:
    """Every file under ``root`` as a sorted POSIX path relative to it."""
    if not root.is_dir():
        raise IOFailure("templates-missing", f"the template folder {root} does not exist", Location(str(root)),
                        hint="reinstall pfgen from its repository (pip install -e .)")
    out: list[str] = []
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if not path.is_file() or any(p in _IGNORED_PARTS or p.startswith(".") for p in rel.parts):
            continue
        if rel.name.endswith(_IGNORED_SUFFIXES):
            continue
        out.append(rel.as_posix())
    return tuple(sorted(out))


def _matches(pattern: str, path: str) -> bool:
    if "*" not in pattern:
        return pattern == path
    pat, rel = PurePosixPath(pattern), PurePosixPath(path)
    return pat.parent == rel.parent and fnmatch.fnmatchcase(rel.name, pat.name)


def _info_for(path: str) -> TemplateInfo | None:
    exact = [info for info in REGISTRY if info.pattern == path]
    if exact:
        return exact[0]
    for info in REGISTRY:
        if _matches(info.pattern, path):
            return info
    return None


def undocumented_templates(root: Path = BUILTIN_TEMPLATES) -> tuple[str, ...]:
    """Files under ``root`` that no registry entry covers."""
    return tuple(path for path in template_files(root) if _info_for(path) is None)


def list_templates(root: Path = BUILTIN_TEMPLATES) -> tuple[TemplateEntry, ...]:
    """Every documented template file on disk, sorted by path."""
    out: list[TemplateEntry] = []
    for path in template_files(root):
        info = _info_for(path)
        if info is None:
            continue
        description = info.description
        if info.verbatim and "*" in info.pattern:
            description = _docstring_line(root / path) or info.description
        out.append(TemplateEntry(path, description, info.view, info.verbatim))
    return tuple(out)


def find_template(name: str, root: Path = BUILTIN_TEMPLATES) -> TemplateEntry:
    """The entry called ``name``: its full path, or a path suffix that names exactly one template.

    Raises ``UsageError`` (``template-unknown``, exit 2) with the closest names when there is no such template.
    """
    entries = list_templates(root)
    wanted = name.strip().lstrip("./").replace("\\", "/")
    for entry in entries:
        if entry.path == wanted:
            return entry
    suffix = [e for e in entries if e.path.endswith("/" + wanted)]
    if len(suffix) == 1:
        return suffix[0]
    if len(suffix) > 1:
        raise UsageError("template-ambiguous", f"{name!r} names {len(suffix)} templates",
                         hint="use one of: " + ", ".join(e.path for e in suffix))
    paths = [e.path for e in entries]
    if "/" in wanted:
        close = difflib.get_close_matches(wanted, paths, n=1, cutoff=0.6)
    else:  # a bare file name: compare it with file names, so `modle.py.jinja` finds types/module.py.jinja
        by_name: dict[str, list[str]] = {}
        for p in paths:
            by_name.setdefault(PurePosixPath(p).name, []).append(p)
        close = [p for n in difflib.get_close_matches(wanted, list(by_name), n=1, cutoff=0.6) for p in by_name[n]]
    hint = f"did you mean {' or '.join(close)}?" if close else "run `pfgen templates list` to see every template"
    raise UsageError("template-unknown", f"there is no built-in template {name!r}", hint=hint)


def template_source(entry: TemplateEntry, root: Path = BUILTIN_TEMPLATES) -> str:
    return (root / entry.path).read_text(encoding="utf-8")


def view_docs(view: type[Any] | None) -> tuple[ViewDoc, ...]:
    """``view`` and every view class nested in its fields (depth first, each once)."""
    if view is None:
        return ()
    out: list[ViewDoc] = []
    seen: set[type[Any]] = set()

    def visit(cls: type[Any]) -> None:
        if cls in seen:
            return
        seen.add(cls)
        out.append(_describe(cls))
        for nested in _nested_views(cls):
            visit(nested)

    visit(view)
    return tuple(out)


def _describe(cls: type[Any]) -> ViewDoc:
    comments = _field_comments(cls)
    fields = [
        ViewField(f.name, f.type if isinstance(f.type, str) else _type_name(f.type), comments.get(f.name, ""))
        for f in dataclasses.fields(cls)
    ]
    for name, member in sorted(vars(cls).items()):
        if isinstance(member, property) and not name.startswith("_") and member.fget is not None:
            returns = member.fget.__annotations__.get("return", "")
            fields.append(ViewField(name, returns if isinstance(returns, str) else _type_name(returns),
                                    is_property=True))
    return ViewDoc(cls.__name__, cls.__module__, tuple(fields))


def _type_name(tp: Any) -> str:
    return tp.__name__ if isinstance(tp, type) else str(tp).replace("typing.", "")


def _nested_views(cls: type[Any]) -> list[type[Any]]:
    try:
        hints = typing.get_type_hints(cls)
    except (NameError, TypeError, AttributeError):  # an annotation that cannot be resolved: list the fields, just not the nested views
        return []
    found: list[type[Any]] = []

    def walk(tp: Any) -> None:
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            if tp not in found:
                found.append(tp)
            return
        for arg in typing.get_args(tp):
            walk(arg)

    for f in dataclasses.fields(cls):
        walk(hints.get(f.name))
    return found


def _field_comments(cls: type[Any]) -> dict[str, str]:
    """The ``# comment`` at the end of each field's line in the class source (read, never executed)."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    comments: dict[int, str] = {}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT:
                comments[tok.start[0]] = tok.string.lstrip("#").strip()
        tree = ast.parse(source)
    except (SyntaxError, tokenize.TokenError):
        return {}
    out: dict[str, str] = {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    for node in body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.end_lineno in comments:
            out[node.target.id] = comments[node.end_lineno]
    return out


def _docstring_line(path: Path) -> str:
    """The first line of a static Python file's module docstring ("" when it has none or is not Python).

    Only the leading tokens are read (a full ``ast.parse`` of every runtime file made ``templates list`` slow);
    the string token is decoded with ``ast.literal_eval``, which evaluates literals only, never code.
    """
    if path.suffix != ".py":
        return ""
    try:
        with path.open(encoding="utf-8") as handle:
            for tok in tokenize.generate_tokens(handle.readline):
                if tok.type in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.ENCODING):
                    continue
                if tok.type != tokenize.STRING:
                    return ""
                doc = ast.literal_eval(tok.string)
                break
            else:
                return ""
    except (SyntaxError, ValueError, UnicodeDecodeError, OSError, tokenize.TokenError):
        return ""
    if not isinstance(doc, str) or not doc.strip():
        return ""
    return doc.strip().splitlines()[0].strip()
