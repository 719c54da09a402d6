"""Run openapi-spec-validator (0.7-0.9) over the bundled document and collect *all* of its errors as findings.

It works in two phases, and we call them separately instead of ``iter_errors``: that method is wrapped in an
unbounded ``lru_cache`` keyed on the validator instance, which would keep every validated document alive.

1. The JSON-Schema check of the whole document against the OpenAPI meta-schema: errors carry absolute paths.
2. The "keyword" checks (operationId uniqueness, path parameters, schema meta-checks, defaults): these errors carry
   no path at all, so each keyword validator is wrapped to stamp the errors it yields with the path it was
   called on. Those paths walk *through* ``$ref``s; ``physical_parts`` turns them into the place that holds the
   value.

The validator is never allowed to fetch anything: the document is bundled, and every URL handler refuses.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema.validators import validator_for
from jsonschema_path.paths import SchemaPath
from openapi_spec_validator import (
    OpenAPIV2SpecValidator,
    OpenAPIV30SpecValidator,
    OpenAPIV31SpecValidator,
)
from openapi_spec_validator.schemas import schema_v2, schema_v30, schema_v31
from openapi_spec_validator.validation import exceptions as osv_exc

from generator.cachedir import read_marshal, write_marshal
from generator.cachefiles import section_dir
from generator.validate import compiled
from generator.validate.cache import SECTION, validator_version
from generator.validate.findings import Finding
from generator.validate.incremental import Units, changed_units
from generator.validate.messages import describe, preview
from generator.validate.pointers import physical_parts, to_pointer


def _schema_checker() -> Any:
    """The schema check the fast path stands in for (another openapi-schema-validator may not have it)."""
    try:
        from openapi_schema_validator.validators import check_openapi_schema
    except ImportError:  # pragma: no cover - depends on the installed version
        return None
    return check_openapi_schema


_CHECKER = _schema_checker()

# Past this many raw errors a document is broken enough; collecting more only costs time and memory.
MAX_RAW_ERRORS = 5000

_BASES: Mapping[str, type[Any]] = {
    "2.0": OpenAPIV2SpecValidator,
    "3.0": OpenAPIV30SpecValidator,
    "3.1": OpenAPIV31SpecValidator,
}

_META_SCHEMAS: Mapping[str, Any] = {"2.0": schema_v2, "3.0": schema_v30, "3.1": schema_v31}

# Keyword-phase errors that our own lint rules report with better pointers and wording.
COVERED_BY_LINT: tuple[type[Exception], ...] = (
    osv_exc.DuplicateOperationIDError,
    osv_exc.ParameterDuplicateError,
    osv_exc.UnresolvableParameterError,
    osv_exc.ExtraParametersError,
)


def _refuse(uri: str) -> Any:
    raise OSError(f"pfgen never fetches {uri!r} while validating (the document should be bundled)")


_NO_FETCH = {"<all_urls>": _refuse, "http": _refuse, "https": _refuse, "file": _refuse}


# The lists openapi-spec-validator's keyword validators remember what they have seen in: it appends to them and
# asks ``x in seen`` once per schema (or operation), which makes the keyword phase quadratic in the number of
# schemas (2.5 of 4.3 s on a document with 1,000 union schemas).
_SEEN_LISTS = ("visited_schema_ids", "meta_checked_schema_ids", "operation_ids_registry")


class _SeenList(list[Any]):
    """A list with set-speed membership; appending, iterating and ``in`` answer exactly like the list it
    replaces. Unhashable values (an operationId written as a list, in a broken document) make it answer by
    scanning, as the list did."""

    def __init__(self, items: Iterable[Any] = ()) -> None:
        super().__init__()
        self._members: set[Any] = set()
        self._scan = False
        for item in items:
            self.append(item)

    def append(self, item: Any) -> None:
        super().append(item)
        try:
            self._members.add(item)
        except TypeError:
            self._scan = True

    def __contains__(self, item: object) -> bool:
        if self._scan:
            return list.__contains__(self, item)
        try:
            return item in self._members
        except TypeError:
            return list.__contains__(self, item)


def _tracked(cls: type[Any], keyword: str) -> type[Any]:
    """Subclass a keyword validator so the errors it yields remember where they were found."""
    suffix: tuple[str, ...] = ("default",) if keyword == "default" else ()

    def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
        where = next((a for a in args if isinstance(a, SchemaPath)), None)
        for err in cls.__call__(self, *args, **kwargs):
            if where is not None and getattr(err, "_pfgen_parts", None) is None:
                err._pfgen_base = tuple(where.parts) + suffix
                err._pfgen_parts = err._pfgen_base + tuple(err.path)
                err._pfgen_keyword = keyword
            yield err

    members: dict[str, Any] = {"__call__": __call__}
    original_init = cls.__init__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        for name in _SEEN_LISTS:
            if isinstance(getattr(self, name, None), list):
                setattr(self, name, _SeenList(getattr(self, name)))

    members["__init__"] = __init__
    if hasattr(cls, "_validate_schema_meta"):

        def _validate_schema_meta(self: Any, schema: SchemaPath, schema_value: Any) -> Any:
            if _schema_checked_fast(self, schema, schema_value):
                return None
            return cls._validate_schema_meta(self, schema, schema_value)

        members["_validate_schema_meta"] = _validate_schema_meta
    return type(f"Tracked{cls.__name__}", (cls,), members)


@functools.cache
def _validator_class(family: str) -> type[Any]:
    base = _BASES[family]
    keywords = {name: _tracked(kw, name) for name, kw in base.keyword_validators.items()}
    return type(f"Pfgen{base.__name__}", (base,), {"keyword_validators": keywords, "resolver_handlers": _NO_FETCH})


@functools.cache
def _meta_validator(family: str) -> Any:
    """The pure-Python jsonschema validator for the OpenAPI meta-schema, whatever backend openapi-spec-validator
    would pick: the jsonschema-rs adapter drops the ``context`` and keywords that our messages are made from."""
    schema = _meta_schema(family)
    cls = validator_for(schema)
    try:
        # A crawled registry: the 3.1 meta-schema's ``$dynamicRef``s otherwise re-crawl it on every lookup
        # (seconds on a large document).
        from jsonschema_specifications import REGISTRY
        from referencing import Resource

        uri = schema.get("$id") or schema.get("id") or "urn:pfgen:openapi-meta-schema"
        registry = REGISTRY.with_resource(uri, Resource.from_contents(schema, default_specification=_spec_of(cls)))
        return cls(schema, registry=registry.crawl())
    except Exception:  # noqa: BLE001 -- an unexpected referencing version: the plain validator is just slower
        return cls(schema)


def _spec_of(cls: type[Any]) -> Any:
    from referencing.jsonschema import specification_with

    return specification_with(cls.META_SCHEMA.get("$schema", ""))


@functools.cache
def _meta_schema(family: str) -> dict[str, Any]:
    """The OpenAPI meta-schema of ``family``. openapi-spec-validator reads it from a YAML file of its package on
    first use (~12 ms a run, most of a small document's incremental validation); it is kept in pfgen's cache,
    parsed, per validator version (marshal keeps every value's type, as the YAML loader gave it)."""
    where = section_dir(SECTION)
    path = where / f"meta-{family}-{validator_version()}-{importlib.util.MAGIC_NUMBER.hex()}.marshal" \
        if where is not None else None
    kept = read_marshal(path) if path is not None else None
    if isinstance(kept, dict):
        return kept
    schema = dict(_META_SCHEMAS[family])
    if path is not None:
        with contextlib.suppress(ValueError):  # a value marshal cannot write: read from the package each time
            write_marshal(path, schema)
    return schema


def _meta_errors(doc: dict[str, Any], family: str) -> Iterable[ValidationError]:
    """The meta-schema errors of ``doc``, from the Python validator (its errors carry the context our messages
    are made from), which walks only the entries the compiled validator found errors in."""
    paths = compiled.error_paths(_meta_schema(family), doc)
    if paths is not None and not paths:
        return ()
    walked = doc if paths is None else compiled.prune(doc, family, paths)
    errors: Iterable[ValidationError] = _meta_validator(family).iter_errors(walked)
    return errors


def _schema_checked_fast(self: Any, schema: SchemaPath, schema_value: Any) -> bool:
    """The keyword phase's meta-check of one schema object passes, answered by the compiled validator; False
    means "not known", and the Python check runs."""
    try:
        checker = self._get_schema_checker(schema, schema_value)
    except ValueError:
        return False
    func = checker.func if isinstance(checker, functools.partial) else checker
    cls = getattr(func, "__self__", None)
    if _CHECKER is None or getattr(func, "__func__", None) is not _CHECKER or cls is None:
        return False  # another openapi-schema-validator: do not guess what it checks
    keywords = checker.keywords if isinstance(checker, functools.partial) else {}
    format_checker = keywords.get("format_checker", getattr(cls, "FORMAT_CHECKER", None))
    return compiled.schema_ok(cls.META_SCHEMA, format_checker, schema_value)


_PREFIX = {"default": "default value does not match its schema: ", "schema": "invalid schema: "}


def _keyword_findings(doc: Any, err: ValidationError) -> list[Finding]:
    parts = list(getattr(err, "_pfgen_parts", ()) or ())
    keyword = getattr(err, "_pfgen_keyword", "")
    code = "spec-invalid"
    if keyword in _PREFIX and not isinstance(err, osv_exc.ExtraParametersError):
        # A jsonschema error about a default value or a schema: word it like the meta-schema errors.
        base = list(getattr(err, "_pfgen_base", ()) or ())
        code = "default-invalid" if keyword == "default" else "schema-invalid"
        return [
            Finding(to_pointer(physical_parts(doc, base + path)), "error", code, _PREFIX[keyword] + text)
            for path, _, text in describe(err)
        ]
    message = err.message
    if isinstance(err, osv_exc.DuplicateOperationIDError):
        parts.append("operationId")
        code = "duplicate-operation-id"
    elif isinstance(err, osv_exc.ParameterDuplicateError):
        code = "duplicate-parameter"
    elif isinstance(err, osv_exc.UnresolvableParameterError):
        code = "path-param-unresolved"
    elif isinstance(err, osv_exc.ExtraParametersError):
        parts.append("required")
        code = "required-property-missing"
    elif keyword == "tags":
        code = "duplicate-tag"
    if len(repr(err.instance)) > 60 and repr(err.instance) in message:
        message = message.replace(repr(err.instance), preview(err.instance))
    if len(message) > 300:
        message = message[:299] + "…"
    return [Finding(to_pointer(physical_parts(doc, parts)), "error", code, message)]


# How the last ``check_schema`` call ran its keyword phase: "full", or "incremental" (only the changed path items,
# see ``generator.validate.incremental``). For tests and ``--profile``.
LAST_MODE = "full"
# Whether the last ``check_schema`` ran the keyword phase to its end (or showed by the incremental path what it
# would give) with nothing found but what lint reports: such a document may start a chain of incremental runs.
LAST_KEYWORD_CLEAN = False


def check_schema(doc: dict[str, Any], family: str, *, skip_covered: bool = False,
                 previous: dict[str, Any] | None = None) -> list[Finding]:
    """Every openapi-spec-validator error for ``doc`` (a bundled ``family`` document) as findings.

    ``previous``: the last document of the same source whose keyword phase found nothing (``LAST_KEYWORD_CLEAN``;
    meta-schema findings allowed); when ``doc`` differs from it only in path items, the meta-schema check runs in
    full and the keyword phase over those path items only, and over the whole document as soon as they yield
    anything (``generator.validate.incremental``)."""
    global LAST_MODE, LAST_KEYWORD_CLEAN
    LAST_MODE, LAST_KEYWORD_CLEAN = "full", False
    validator = _validator_class(family)(doc)
    findings: list[Finding] = []
    count = 0
    try:
        for err in _meta_errors(doc, family):
            for parts, code, message in describe(err):
                findings.append(Finding(to_pointer(parts), "error", code, message))
            count += 1
            if count >= MAX_RAW_ERRORS:
                return findings
    except RecursionError:   # jsonschema walks every oneOf branch of a deeply nested invalid part
        findings.append(_stopped("the document nests too deeply for the OpenAPI meta-schema check"))
        return findings
    meta_pointers = {f.pointer for f in findings}
    if previous is not None and skip_covered and family in ("3.0", "3.1"):
        units = changed_units(previous, doc)
        # A validator of its own: keyword validators remember what they visited, and a full run after this one
        # must visit everything again.
        if units is not None and not _units_have_findings(_validator_class(family)(doc), doc, units):
            LAST_MODE, LAST_KEYWORD_CLEAN = "incremental", True
            return findings
    found = False
    try:
        for err in validator.root_validator(validator.schema_path):
            count += 1
            if count >= MAX_RAW_ERRORS:
                found = True
                break
            if skip_covered and isinstance(err, COVERED_BY_LINT):
                continue
            found = True
            for finding in _keyword_findings(doc, err):
                if finding.code == "schema-invalid" and finding.pointer in meta_pointers:
                    continue  # the meta-schema check already said what is wrong at this very place
                findings.append(finding)
    except RecursionError:
        found = True
        findings.append(_stopped("the document nests too deeply for openapi-spec-validator"))
    except Exception as exc:  # noqa: BLE001 -- the keyword phase assumes phase 1 passed; on broken input it can trip over itself
        found = True
        if not findings:
            ref = getattr(exc, "ref", None)
            why = f"it cannot follow the $ref {ref!r}" if isinstance(ref, str) else f"{type(exc).__name__}: {exc}"
            findings.append(_stopped(why[:200]))
    LAST_KEYWORD_CLEAN = not found
    return findings


def _units_have_findings(validator: Any, doc: dict[str, Any], units: Units) -> bool:
    """Whether the keyword phase finds anything in the changed path items (anything unexpected counts as yes:
    the full run then says what it is)."""
    if not units.paths:
        return False
    try:
        _mark_component_schemas_checked(validator, doc)
        path_validator = validator.root_validator.registry["path"]
        for url, item in (validator.schema_path / "paths").items():
            if url not in units.paths:
                continue
            for err in path_validator(url, item):
                if not isinstance(err, COVERED_BY_LINT) and _keyword_findings(doc, err):
                    return True
    except Exception:  # noqa: BLE001 -- whatever stops the validator here stops the full run too, which reports it
        return True
    return False


def _mark_component_schemas_checked(validator: Any, doc: dict[str, Any]) -> None:
    """Tell the schema keyword validator that every component schema was visited and meta-checked already, so
    the walk from a changed path item stops where it reaches one.

    That is what happened: the previous clean document has the same components (``changed_units``), and the
    full run its chain of clean documents started from walked each entry of ``components/schemas`` at the top
    level (openapi-spec-validator's components keyword does), meta-check and subtree, finding nothing. What a
    walk finds in a schema depends on the schema alone, except the one check lint reports instead (required
    properties, ``COVERED_BY_LINT``). Only entries that are objects without ``$ref`` are marked: the walk knows
    a schema by the object a ``$ref`` resolves to, and those are the very objects the walk would reach."""
    components = doc.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        return
    schema_validator = validator.root_validator.registry["schema"]
    for node in schemas.values():
        if isinstance(node, dict) and "$ref" not in node:
            schema_validator.visited_schema_ids.append(id(node))
            schema_validator.meta_checked_schema_ids.append(id(node))


def _stopped(why: str) -> Finding:
    return Finding(
        "",
        "warning",
        "validator-stopped",
        f"openapi-spec-validator stopped before checking everything ({why})",
        "fix the errors above and validate again",
    )
