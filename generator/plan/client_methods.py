"""One operation as a resource method (sync and async): its signature and overloads, the ``RequestOptions`` it
builds, the runtime call, its docstring and raw-response wrapper."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.codegen.escape import docstring_body, py_literal, py_str
from generator.codegen.layout import Code, assignment_lines, call, dict_of, kw, lines_text
from generator.ir.model import Operation, Schema
from generator.plan.client_arguments import Arguments, FlatBody, plan_arguments
from generator.plan.client_credentials import security_literal, security_names
from generator.plan.client_errors import error_models
from generator.plan.client_returns import plan_returns
from generator.plan.client_views import MethodView
from generator.plan.pytypes import Imports, TypeNamer

# A parameter may be called ``timeout`` or ``max_retries``: the method's call option is renamed instead.
_RENAMED_OPTIONS = {
    frozenset({"timeout"}): "CallOptionsRenamedTimeout",
    frozenset({"max_retries"}): "CallOptionsRenamedRetries",
    frozenset({"timeout", "max_retries"}): "CallOptionsRenamedBoth",
}


@dataclass(frozen=True, slots=True)
class MethodPlanner:
    """Plans the methods of every resource module, with what holds for the whole client."""

    schemas: Mapping[str, Schema]
    default_security: tuple[tuple[str, ...], ...]
    error_type: str               # the client's default error model: not repeated per method
    idempotency_header: str       # the configured default ("" for none)

    def plan(
        self, op: Operation, namer: TypeNamer, imports: Imports, constants: list[tuple[str, Code]]
    ) -> MethodView:
        """``op``'s method; a paginated one adds its ``Pagination`` descriptor to ``constants``."""
        args, flat = plan_arguments(op, self.schemas, namer, imports)
        self._add_request_options(op, args, namer)
        options_type = _call_options(args, imports)
        returns = plan_returns(op, self.schemas, namer, imports, constants)
        doc = _docstring(op, args.docs)
        deprecated = ""
        if op.deprecated:
            imports.stdlib.add("import warnings as _warnings")
            deprecated = py_literal(f"{op.resource}.{op.name}() is deprecated ({op.method.upper()} {op.path})")
        imports.stdlib.add("from typing_extensions import Unpack")  # third party: sorted there
        overloads, params = _signatures(args, flat, options_type, imports)
        paged = returns.call == "request_page"
        return MethodView(
            overloads=overloads,
            name=op.name,
            params=params,
            returns=returns.annotation,
            async_returns=returns.async_annotation,
            docstring=doc,
            deprecated=deprecated,
            call=returns.call,
            awaitable=not paged,
            async_def="def" if paged else "async def",
            await_="" if paged else "await ",
            options=tuple(args.options),
            call_args=returns.call_args,
            cast=returns.cast,
            async_cast=returns.async_cast,
            raw_assign=lines_text(
                assignment_lines(f"self.{op.name}", call("to_raw_response_wrapper", [f"resource.{op.name}"]), 8)
            ),
            async_raw_assign=lines_text(
                assignment_lines(f"self.{op.name}", call("async_to_raw_response_wrapper", [f"resource.{op.name}"]), 8)
            ),
        )

    def _add_request_options(self, op: Operation, args: Arguments, namer: TypeNamer) -> None:
        """Security, idempotency header and error models, where they differ from the client's defaults."""
        security = security_names(op.security)
        if op.security_declared and security != self.default_security:
            args.options.append(kw("security", security_literal(security)))
        elif not op.security_declared and self.default_security and not op.security:
            args.options.append("security=()")
        idem = op.idempotency_header or self.idempotency_header
        if idem and op.method.lower() not in ("get", "head", "options"):
            args.options.append(f"idempotency_header={py_str(idem)}")
        errors = [(status, model) for status, model in error_models(op) if model != self.error_type]
        if errors:
            entries = []
            for status, model in errors:
                ann = namer.reference(model)
                entries.append((str(int(status)) if status.isdigit() else py_str(status), ann))
            args.options.append(dict_of(entries, prefix="error_types="))


def _call_options(args: Arguments, imports: Imports) -> str:
    """Pass the per-call options on; return their type (renamed when a parameter takes an option's name)."""
    clash = frozenset({"timeout", "max_retries"} & args.taken)
    options_type = _RENAMED_OPTIONS.get(clash, "CallOptions")
    imports.add_runtime(f"_options:{options_type}")
    if clash:
        imports.add_runtime("_options:plain_options as _plain_options")
        args.options.append("**_plain_options(options)")
        for name in sorted(clash):
            note = f"the call option ``{name}`` (renamed: this operation has a ``{name}`` parameter of its own)"
            args.docs.append((f"request_{name}", note))
    else:
        args.options.append("**options")
    return options_type


def _signatures(
    args: Arguments, flat: FlatBody | None, options_type: str, imports: Imports
) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """(overloads, implementation parameters): no overloads unless the body was flattened."""
    positional, required_kw, optional_kw = args.positional, args.required, args.optional
    if flat is None:
        return (), _signature(positional, required_kw, optional_kw, options_type)
    # Flattened arguments, or the request model as ``body=``: two overloads, one implementation.
    body_required, other_required = required_kw[flat.required_at:], required_kw[:flat.required_at]
    body_optional, other_optional = optional_kw[flat.optional_at:], optional_kw[:flat.optional_at]
    imports.typing.add("overload")
    overloads = (
        _signature(positional, required_kw, optional_kw, options_type),
        _signature(positional, [*other_required, f"{flat.arg}: {flat.model}"], other_optional, options_type),
    )
    loosened = [f"{p} | NotGiven = NOT_GIVEN" for p in body_required]
    params = _signature(
        positional, other_required,
        [*other_optional, f"{flat.arg}: {flat.model} | NotGiven = NOT_GIVEN", *loosened, *body_optional],
        options_type,
    )
    return overloads, params


def _signature(
    positional: list[str], required: list[str], optional: list[str], options_type: str = "CallOptions"
) -> tuple[str, ...]:
    params = ["self", *positional]
    if required or optional:
        params.append("*")
    return (*params, *required, *optional, f"**options: Unpack[{options_type}]")


def _docstring(op: Operation, docs: list[tuple[str, str]]) -> str:
    parts: list[str] = []
    if op.summary:
        parts.append(op.summary.strip().rstrip(".") + ".")
    if op.description and op.description.strip() != op.summary.strip():
        parts.append(op.description.strip())
    if op.deprecated:
        parts.append("Deprecated: this operation may be removed in a future version of the API.")
    arg_lines = []
    for name, desc in docs:
        if desc:
            arg_lines.append(f"    {name}: " + " ".join(desc.split()))
    if arg_lines:
        parts.append("Args:\n" + "\n".join(arg_lines))
    parts.append(f"``{op.method.upper()} {op.path}``")
    return docstring_body("\n\n".join(parts))
