"""Every error and diagnostic code pfgen can show, with what it means and how to fix it.

Errors (``GeneratorError`` and its subclasses) and ``Diagnostic`` values carry a stable kebab-case ``code``; the
command line prints it as ``error[CODE]`` or ``[warning: CODE]``. ``CODES`` registers each one once, and
``explain`` looks one up (for help texts, documentation or editor integrations).

The registry is kept honest by tests/test_codes.py: it walks the source of ``generator`` and fails when a code is
used that is not registered here, or when a registered code is no longer used. ``pfgen diff`` rule ids
(generator/diff/rules.py) are not error codes and are not listed.

``kind`` is the severity a code is typically reported with; a few codes are reported at two severities (for
example ``ref-not-found`` is an error while resolving and a warning while building), and their ``meaning`` says
so when it matters.

This module is a leaf: it imports nothing from ``generator``, so any stage (or a tool outside pfgen) can use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Kind = Literal["error", "warning", "info"]


@dataclass(frozen=True, slots=True)
class Code:
    """One code: ``meaning`` says what happened, ``fix`` what to do about it (one sentence each)."""

    code: str
    kind: Kind
    meaning: str
    fix: str


def _index(entries: Iterable[Code]) -> dict[str, Code]:
    """The entries by code; they must be sorted and unique, so the table stays easy to read and to edit."""
    out: dict[str, Code] = {}
    previous = ""
    for entry in entries:
        if entry.code <= previous:
            raise ValueError(f"codes must be sorted and unique: {entry.code!r} comes after {previous!r}")
        out[entry.code] = entry
        previous = entry.code
    return out


CODES: dict[str, Code] = _index((
    Code(
        "allof-conflict",
        "warning",
        "The members of an `allOf` declare incompatible `type`s, so pfgen kept the last one for "
        "the generated type.",
        "Make every `allOf` member agree on one `type`, or drop `type` from all but one of them.",
    ),
    Code(
        "allof-cycle",
        "warning",
        "A schema inherits from itself through a chain of `allOf` `$ref`s, so pfgen skipped that "
        "parent.",
        "Remove the `allOf` entry whose `$ref` leads back to the schema itself.",
    ),
    Code(
        "allof-field-clash",
        "warning",
        "Two `allOf` parents declare properties whose names become the same Python attribute (like "
        "`userId` and `user_id`).",
        "Rename one of the two properties so their snake_case forms differ.",
    ),
    Code(
        "allof-invalid",
        "warning",
        "A schema's `allOf` is not a list, so pfgen ignored it.",
        "Write `allOf` as a list of schemas.",
    ),
    Code(
        "bad-api-name",
        "error",
        "The `--name` given to `pfgen fetch` cannot be used as the name of a snapshot folder.",
        "Use only letters, digits, `.`, `_` and `-`, for example `--name pocketsflow`.",
    ),
    Code(
        "bad-encoding",
        "error",
        "The document's bytes are not valid text in its encoding (UTF-8, or the UTF-16/32 its "
        "byte-order mark names).",
        "Re-save the file as UTF-8.",
    ),
    Code(
        "bad-header",
        "error",
        "A `--header` option is not written as NAME=VALUE.",
        "Pass each header as `--header NAME=VALUE`, for example `--header X-Team=orders`.",
    ),
    Code(
        "bad-package-name",
        "error",
        "The `--package-name` value cannot be a package's import name: not an identifier, a "
        "keyword, or a name that clashes with the standard library or a dependency.",
        "Pass another Python identifier, such as `my_api`.",
    ),
    Code(
        "bad-url",
        "error",
        "The source to fetch is malformed or uses a scheme other than http, https or file.",
        "Give an http(s) URL or a local file path.",
    ),
    Code(
        "body-parameter-conflict",
        "error",
        "A Swagger 2.0 operation has more than one `in: body` parameter, or mixes a body parameter "
        "with `in: formData` ones.",
        "Keep a single `in: body` parameter, or use only `in: formData` parameters.",
    ),
    Code(
        "bundle-conflict",
        "error",
        "Components pulled in from other files must be added to a section of the root document "
        "that is not a mapping.",
        "Make that section (for example `components/schemas`) a mapping, or inline the external "
        "documents yourself.",
    ),
    Code(
        "config-bad-value",
        "error",
        "A configuration key has a value that is not allowed (empty, an unknown kind or style, a "
        "bad URL, header or name).",
        "Change the value at the reported line; the message says why it is rejected and the hint "
        "what to write.",
    ),
    Code(
        "config-duplicate-target",
        "error",
        "Two targets share a `name`, or would write to the same or overlapping output folders.",
        "Give each `[[tool.pfgen.targets]]` entry its own `name`, and its own `output` (or "
        "`package-name`).",
    ),
    Code(
        "config-filter-unmatched",
        "error",
        "A target's include/exclude filter names a tag, operationId or path glob that matches "
        "nothing in the spec.",
        "Fix the spelling against the spec (names are case-sensitive) or remove the entry from the "
        "filter.",
    ),
    Code(
        "config-missing-file",
        "error",
        "A path in the configuration (the spec, a templates or overlay path) names a file or "
        "folder that does not exist.",
        "Fix the path (relative paths start at the config file's folder), or create the file; "
        "`pfgen fetch` makes spec snapshots.",
    ),
    Code(
        "config-missing-key",
        "error",
        "The configuration lacks a required key: a target's `name`, or the `style` (or a field "
        "that style needs) of a `pagination` entry.",
        "Add the key the message names, for example `name = \"orders\"` or `style = \"cursor\"`.",
    ),
    Code(
        "config-missing-table",
        "error",
        "The pyproject.toml given as the configuration has no `[tool.pfgen]` table.",
        "Add a `[tool.pfgen]` table to pyproject.toml, or put the settings in a pfgen.toml.",
    ),
    Code(
        "config-not-found",
        "error",
        "No configuration was found: the `--config` file does not exist, or the folder has neither "
        "pfgen.toml nor a pyproject.toml with `[tool.pfgen]`.",
        "Check the path given to `--config`, or create a pfgen.toml in that folder.",
    ),
    Code(
        "config-output-unsafe",
        "error",
        "A target's `output` is the project folder itself or one of its parents, so generating "
        "would write over the project.",
        "Point `output` at a folder inside the project, such as `generated/<name>`.",
    ),
    Code(
        "config-toml-syntax",
        "error",
        "The configuration file is not valid TOML, or not UTF-8 text.",
        "Fix the TOML at the reported line and column (see https://toml.io) and save the file as "
        "UTF-8.",
    ),
    Code(
        "config-unknown-key",
        "error",
        "The configuration has a key pfgen does not know, usually a misspelt one.",
        "Fix the spelling (the hint names the closest known key) or remove the key.",
    ),
    Code(
        "config-unreadable",
        "error",
        "The configuration file exists but cannot be read.",
        "Check that the file is a readable file, not a folder, for the user running pfgen.",
    ),
    Code(
        "config-wrong-type",
        "error",
        "A configuration key has a value of the wrong TOML type (a string where a list is "
        "expected...), or `tool.pfgen` is not a table.",
        "Write the value with the type the message names, for example `include-tags = "
        "[\"orders\"]`.",
    ),
    Code(
        "const-unsupported",
        "warning",
        "A schema's `const` is an object or an array; pfgen supports only scalar consts and typed "
        "the value as any.",
        "Use a string, number, boolean or null `const`, or describe the value with a schema "
        "instead.",
    ),
    Code(
        "default-invalid",
        "error",
        "A `default` value does not validate against the schema it belongs to.",
        "Change the default so it matches its schema (type, enum, format...), or remove it.",
    ),
    Code(
        "default-not-in-enum",
        "warning",
        "A schema's `default` is not one of its `enum` values.",
        "Make the default one of the enum values, or add it to the enum.",
    ),
    Code(
        "diff-sdk-skipped",
        "warning",
        "One side of the comparison could not be built into a client, so the generated SDK's "
        "surface was not compared (wire changes still were).",
        "Fix the build error quoted in the message, usually in the older spec, to get the SDK "
        "comparison too.",
    ),
    Code(
        "discriminator-target-missing",
        "warning",
        "A `discriminator.mapping` entry points at a schema that does not exist.",
        "Fix the mapping's `$ref` or schema name, or add the missing schema.",
    ),
    Code(
        "duplicate-key",
        "warning",
        "A YAML mapping repeats a key; the last value wins and the earlier ones are lost.",
        "Remove or rename the repeated keys.",
    ),
    Code(
        "duplicate-operation-id",
        "error",
        "Two operations share the same `operationId`.",
        "Give every operation its own `operationId`.",
    ),
    Code(
        "duplicate-parameter",
        "error",
        "A parameter list declares the same name and `in` twice (header names compare "
        "case-insensitively).",
        "Remove one of the two declarations.",
    ),
    Code(
        "duplicate-path",
        "error",
        "Two generated files would have the same path, or a path would be both a file and a "
        "folder: a pfgen planning bug.",
        "Report it to pfgen with the spec; renaming the clashing schemas or operations may work "
        "around it.",
    ),
    Code(
        "duplicate-tag",
        "error",
        "The top-level `tags` list declares the same tag name more than once.",
        "Keep one entry per tag name in `tags`.",
    ),
    Code(
        "empty-document",
        "error",
        "The spec file is empty.",
        "Point pfgen at an OpenAPI document in JSON or YAML.",
    ),
    Code(
        "enum-duplicate-value",
        "warning",
        "An `enum` lists the same value more than once.",
        "Remove the repeated value.",
    ),
    Code(
        "enum-invalid",
        "warning",
        "A schema's `enum` is not a list, so pfgen ignored it.",
        "Write `enum` as a list of values.",
    ),
    Code(
        "enum-unsupported",
        "warning",
        "An `enum` holds objects or arrays, which generated enums cannot represent; those values "
        "were ignored.",
        "Keep enum values to strings, numbers, booleans and null.",
    ),
    Code(
        "equivalent-path-templates",
        "warning",
        "Two paths match the same URLs and differ only in parameter names, like `/users/{id}` and "
        "`/users/{userId}`.",
        "Merge the two paths under one template.",
    ),
    Code(
        "fetch-connect",
        "error",
        "pfgen could not connect to the host (name not found, connection refused, no network).",
        "Check the URL's host name and your network or proxy settings.",
    ),
    Code(
        "fetch-failed",
        "error",
        "The download failed for a reason other than a status, timeout, TLS or connection error "
        "(the connection dropped...).",
        "Check the network and the server, then try again.",
    ),
    Code(
        "fetch-http-status",
        "error",
        "The server answered the download with an HTTP error status.",
        "For a 4xx status check the URL and any access it needs; for a 5xx the server failed, so "
        "try again later.",
    ),
    Code(
        "fetch-redirects",
        "error",
        "The download was redirected too many times, probably in a loop.",
        "Check the URL, or give the final address of the document directly.",
    ),
    Code(
        "fetch-timeout",
        "error",
        "The server did not answer within the time limit.",
        "Raise the limit with `--timeout SECONDS`, or check that the server is reachable.",
    ),
    Code(
        "fetch-tls",
        "error",
        "The HTTPS (TLS) handshake failed, usually because the server's certificate cannot be "
        "verified.",
        "Check the server's certificate, or point SSL_CERT_FILE at your CA bundle (for example "
        "behind a company proxy).",
    ),
    Code(
        "file-not-found",
        "error",
        "The spec file does not exist.",
        "Check the path (relative paths start at the current folder), or give an http(s) URL.",
    ),
    Code(
        "format-failed",
        "error",
        "black could not parse or format a generated Python file: a template or filter produced "
        "invalid code.",
        "Rerun with `--debug`, look at the reported line, and fix your template overlay or report "
        "it to pfgen.",
    ),
    Code(
        "generated-syntax",
        "error",
        "A generated Python file is not valid Python: a template or filter produced broken code.",
        "Look at the reported line and column, then fix your template overlay or report it to "
        "pfgen with the spec.",
    ),
    Code(
        "git-failed",
        "error",
        "git could not read the file at the given revision (unknown revision or path), or did not "
        "answer in time.",
        "Check the revision and the path (relative to the repository root, or `./path`).",
    ),
    Code(
        "git-source-invalid",
        "error",
        "A `git:` spec argument is not of the form `git:REV:PATH`, or REV is not a git revision.",
        "Write it like `git:main:openapi.yaml` or `git:HEAD~1:specs/api.json`.",
    ),
    Code(
        "git-unavailable",
        "error",
        "A `git:REV:PATH` spec was given but git is not installed.",
        "Install git, or pass the old spec as a file.",
    ),
    Code(
        "hand-edited",
        "error",
        "Generated files were changed by hand since pfgen wrote them and would be overwritten or "
        "removed.",
        "Move your change into `<package>/lib/`, list the file in the ignore file (.pfgenignore), "
        "or pass `--force`.",
    ),
    Code(
        "ignore-bad-operation",
        "error",
        "A line of the `pfgen diff` ignore file names an operation that is not written as `METHOD "
        "/path`.",
        "Write the method, a space, then the path, like `GET /orders/{id}`.",
    ),
    Code(
        "ignore-file-invalid",
        "error",
        "The output's ignore file (.pfgenignore) is not UTF-8, or holds a pattern that is not "
        "gitignore syntax.",
        "Save the file as UTF-8 and fix or remove the bad pattern (see `git help gitignore`).",
    ),
    Code(
        "ignore-file-unreadable",
        "error",
        "The output's ignore file (.pfgenignore) exists but cannot be read.",
        "Check the file's permissions.",
    ),
    Code(
        "ignore-unknown-rule",
        "error",
        "A line of the `pfgen diff` ignore file names a rule id that is neither a pfgen nor an "
        "oasdiff rule.",
        "Run `pfgen diff --rules` for the list of rule ids and fix the line.",
    ),
    Code(
        "ignore-unreadable",
        "error",
        "The ignore file given to `pfgen diff --ignore` cannot be read, or is not UTF-8 text.",
        "Check the `--ignore` path and save the file as UTF-8.",
    ),
    Code(
        "internal",
        "error",
        "pfgen hit an unexpected exception: a bug in pfgen, not a problem with your input.",
        "Rerun with `--debug` for the traceback and report it to pfgen with the spec that triggers "
        "it.",
    ),
    Code(
        "interrupted",
        "error",
        "The run was stopped by Ctrl-C; the output is either as it was before the run or complete.",
        "Run the command again to finish the work.",
    ),
    Code(
        "invalid-response-code",
        "error",
        "A key under `responses` is not a status code from 100 to 599, a range like `2XX` or "
        "`default`.",
        "Use a status code from 100 to 599, `default`, or (OpenAPI 3 only) a range like `2XX`.",
    ),
    Code(
        "io",
        "error",
        "An operating-system I/O error (permission denied, disk full, missing file) stopped the "
        "run.",
        "Fix the problem with the file or folder the message names, then run the command again.",
    ),
    Code(
        "isolated-needs-spec",
        "error",
        "`--isolated` ignores the project configuration, so there is no configured spec to fall "
        "back on.",
        "Pass the document explicitly: `pfgen generate SPEC --isolated`.",
    ),
    Code(
        "json-syntax",
        "error",
        "The document is not valid JSON.",
        "Fix the JSON at the reported line and column; the hint names the likely mistake, such as "
        "a trailing comma.",
    ),
    Code(
        "limit-invalid",
        "error",
        "A PFGEN_MAX_* environment variable is set to something that is not a positive whole "
        "number.",
        "Set the variable to a positive number (the hint gives its unit and default), or unset it.",
    ),
    Code(
        "manifest-invalid",
        "error",
        "The generation manifest (.pfgen-manifest.json) in the output folder is damaged or in an "
        "unknown format.",
        "Restore it from version control, or delete it and regenerate with `--force`.",
    ),
    Code(
        "manifest-unreadable",
        "error",
        "The generation manifest (.pfgen-manifest.json) in the output folder exists but cannot be "
        "read.",
        "Check the permissions of the output folder and of the manifest.",
    ),
    Code(
        "missing-argument",
        "error",
        "`pfgen diff` was not given both an OLD and a NEW spec.",
        "Pass two specs, for example `pfgen diff git:main:openapi.yaml openapi.yaml`, or use "
        "`pfgen diff --rules`.",
    ),
    Code(
        "missing-url",
        "error",
        "`pfgen fetch` or `pfgen update` got no URL, and the project configures no `docs-url`.",
        "Pass the URL on the command line, or set `docs-url` in `[tool.pfgen]`.",
    ),
    Code(
        "no-remote-loader",
        "error",
        "A `$ref` needs a remote document, but resolve() was called without a `loader` to fetch "
        "it.",
        "Call resolve() with `loader=` (the fetch stage provides one), or bundle the spec first.",
    ),
    Code(
        "no-snapshot",
        "error",
        "The spec folder holds no snapshot stored by `pfgen fetch`.",
        "Run `pfgen fetch URL` to store one, or pass a spec file.",
    ),
    Code(
        "no-spec",
        "error",
        "No spec was given on the command line, and none is configured (or the default snapshot "
        "folder is empty).",
        "Pass the spec as an argument, set `spec` in `[tool.pfgen]` or pfgen.toml, or run `pfgen "
        "fetch` first.",
    ),
    Code(
        "no-spec-found",
        "error",
        "Neither the URL nor the docs page behind it led to an OpenAPI document.",
        "Pass the document's own URL (for example https://host/openapi.json) or a local file.",
    ),
    Code(
        "non-string-key",
        "warning",
        "A YAML mapping key is not a string (an unquoted `200` or `true`); pfgen read it as the "
        "text written.",
        "Quote such keys (`\"200\":`) so every YAML reader sees strings.",
    ),
    Code(
        "normalize-base-path-relative",
        "warning",
        "The Swagger 2.0 `basePath` does not start with `/`, so pfgen added one.",
        "Start `basePath` with a slash.",
    ),
    Code(
        "normalize-body-without-schema",
        "warning",
        "A Swagger 2.0 body parameter has no `schema`, so any JSON value is accepted.",
        "Add a `schema` to the body parameter.",
    ),
    Code(
        "normalize-boolean-required",
        "warning",
        "A Swagger 2.0 property has a boolean `required` of its own; pfgen moved it to the "
        "parent's `required` list.",
        "List required property names in the parent object's `required` array.",
    ),
    Code(
        "normalize-collection-format-tsv",
        "warning",
        "`collectionFormat: tsv` has no OpenAPI 3 equivalent, so the values are sent "
        "comma-separated.",
        "Use csv, ssv or pipes.",
    ),
    Code(
        "normalize-collection-format-unknown",
        "warning",
        "A Swagger 2.0 `collectionFormat` is not one pfgen knows, so it was treated as csv.",
        "Use csv, ssv, tsv, pipes or multi.",
    ),
    Code(
        "normalize-collection-format-unsupported",
        "warning",
        "This `collectionFormat` cannot be expressed for a path parameter or header in OpenAPI 3, "
        "so values are comma-separated.",
        "Use csv for path parameters and headers.",
    ),
    Code(
        "normalize-extra-body-parameter",
        "warning",
        "A Swagger 2.0 operation has more than one body parameter; the extra ones were dropped.",
        "Keep a single `in: body` parameter per operation.",
    ),
    Code(
        "normalize-field-dropped",
        "warning",
        "A Swagger 2.0 document, path item or operation has a field Swagger 2.0 does not define; "
        "it was dropped.",
        "Remove the field, or prefix it with `x-` if it is a vendor extension.",
    ),
    Code(
        "normalize-form-and-body",
        "warning",
        "A Swagger 2.0 operation combines `in: formData` parameters with a body parameter; the "
        "form parameters were dropped.",
        "Use either one body parameter or formData parameters, not both.",
    ),
    Code(
        "normalize-header-invalid",
        "warning",
        "A Swagger 2.0 response header is not an object, so an untyped header was used.",
        "Write the header as an object with a `type`.",
    ),
    Code(
        "normalize-host-not-bare",
        "warning",
        "The Swagger 2.0 `host` holds a scheme or path besides the host name; pfgen kept only the "
        "host.",
        "Put only host[:port] in `host`, the scheme in `schemes` and the path in `basePath`.",
    ),
    Code(
        "normalize-nested-collection-format",
        "warning",
        "A `collectionFormat` on nested `items` (an array of arrays) cannot be expressed in "
        "OpenAPI 3 and was dropped.",
        "Avoid arrays of arrays in parameters.",
    ),
    Code(
        "normalize-oauth2-flow-unknown",
        "warning",
        "A Swagger 2.0 OAuth2 scheme has an unknown `flow`, so it was treated as accessCode.",
        "Use implicit, password, application or accessCode.",
    ),
    Code(
        "normalize-oauth2-url-missing",
        "warning",
        "A Swagger 2.0 OAuth2 flow lacks the `authorizationUrl` or `tokenUrl` it needs, so an "
        "empty URL was used.",
        "Add the missing URL to the security scheme.",
    ),
    Code(
        "normalize-operation-invalid",
        "warning",
        "A Swagger 2.0 operation (get, post...) is not an object and was dropped.",
        "Write the operation as an object with its `responses`.",
    ),
    Code(
        "normalize-parameter-invalid",
        "warning",
        "A Swagger 2.0 parameter is not an object and was dropped.",
        "Write the parameter as an object with `name` and `in`.",
    ),
    Code(
        "normalize-parameter-location-unknown",
        "warning",
        "A Swagger 2.0 parameter's `in` is not one Swagger 2.0 defines, so the parameter was "
        "dropped.",
        "Use query, header, path, formData or body.",
    ),
    Code(
        "normalize-parameters-invalid",
        "warning",
        "A Swagger 2.0 `parameters` value is not a list and was ignored.",
        "Write `parameters` as a list of parameter objects.",
    ),
    Code(
        "normalize-path-item-invalid",
        "warning",
        "A Swagger 2.0 path item is not an object and was dropped.",
        "Write the path item as an object keyed by HTTP method.",
    ),
    Code(
        "normalize-path-parameter-required",
        "warning",
        "A Swagger 2.0 path parameter is not marked required; pfgen made it required, as path "
        "parameters always are.",
        "Add `required: true` to the path parameter.",
    ),
    Code(
        "normalize-paths-invalid",
        "warning",
        "`paths` is not an object, so no operations were kept.",
        "Make `paths` an object keyed by path, like `/orders`.",
    ),
    Code(
        "normalize-ref-loop",
        "warning",
        "Swagger 2.0 parameter or response `$ref`s point at each other in a loop; the parameter "
        "was dropped or an empty response used.",
        "Make the `$ref` chain end at a real parameter or response definition.",
    ),
    Code(
        "normalize-ref-not-found",
        "warning",
        "A Swagger 2.0 parameter, response or schema `$ref` cannot be followed, so pfgen dropped "
        "it or used an empty stand-in.",
        "Fix the reference or add the missing definition.",
    ),
    Code(
        "normalize-ref-not-local",
        "warning",
        "A Swagger 2.0 schema `$ref` points outside the document, so it was replaced by an "
        "unconstrained schema.",
        "Bundle external references first, or use local `#/definitions/...` refs.",
    ),
    Code(
        "normalize-response-code-not-string",
        "warning",
        "A response status code key is a number instead of a string (an unquoted YAML key); pfgen "
        "read it as text.",
        "Quote status codes in YAML (`'200':`).",
    ),
    Code(
        "normalize-response-description-missing",
        "warning",
        "A Swagger 2.0 response has no `description`, so an empty one was used.",
        "Add a `description` to the response.",
    ),
    Code(
        "normalize-response-invalid",
        "warning",
        "A Swagger 2.0 response is not an object, so an empty response was used.",
        "Write the response as an object with a `description`.",
    ),
    Code(
        "normalize-responses-missing",
        "warning",
        "A Swagger 2.0 operation lists no responses, so a default response without a body was "
        "assumed.",
        "Describe at least one response, such as the success response.",
    ),
    Code(
        "normalize-schema-invalid",
        "warning",
        "A Swagger 2.0 schema is not an object, so it was replaced by an unconstrained schema.",
        "Write the schema as an object.",
    ),
    Code(
        "normalize-security-scheme-invalid",
        "warning",
        "A Swagger 2.0 security definition is not an object and was dropped.",
        "Write the security scheme as an object with a `type`.",
    ),
    Code(
        "normalize-security-scheme-unknown",
        "warning",
        "A Swagger 2.0 security definition's `type` is not basic, apiKey or oauth2, so the scheme "
        "was dropped.",
        "Use basic, apiKey or oauth2 as the `type`.",
    ),
    Code(
        "normalize-tuple-items",
        "warning",
        "A Swagger 2.0 schema gives `items` as a list, so it became `anyOf` the listed schemas.",
        "Give `items` a single schema.",
    ),
    Code(
        "not-a-file",
        "error",
        "The spec path names a folder, not a file.",
        "Name the spec file itself (for example openapi.yaml), or give an http(s) URL.",
    ),
    Code(
        "not-a-mapping",
        "error",
        "The document's top level is a list, a string or a number, not a mapping, so it is not an "
        "OpenAPI document.",
        "Give a document whose top level is a mapping with an `openapi` (or `swagger`) key.",
    ),
    Code(
        "not-openapi",
        "error",
        "The document has neither an `openapi` nor a `swagger` key at the top level.",
        "Add `openapi: 3.1.0` (or `swagger: \"2.0\"`) at the top level, or give the URL of the "
        "OpenAPI document itself.",
    ),
    Code(
        "operation-id-case-collision",
        "warning",
        "Two operationIds differ only in case or separators (`getUser`, `get_user`), so their "
        "method names collide.",
        "Rename one of the two operationIds.",
    ),
    Code(
        "operation-no-responses",
        "error",
        "An operation has no `responses`, or nothing but `x-` extensions under it.",
        "Describe at least the success response.",
    ),
    Code(
        "option-conflict",
        "error",
        "`--strict` and `--lenient` were both given, and they contradict each other.",
        "Pass only one of them.",
    ),
    Code(
        "option-needs-target",
        "error",
        "A per-target option (such as `--output` or `--package-name`) was given, but the project "
        "configures several targets.",
        "Add `--target NAME` to say which target the option applies to.",
    ),
    Code(
        "output-not-a-folder",
        "error",
        "The output folder is a file, or cannot be created because a file is in the way of it or of one "
        "of its parents.",
        "Choose another `--output` (or `output` in the config), or move that file away.",
    ),
    Code(
        "output-unreadable",
        "error",
        "A file in the output folder that pfgen must compare with the new output cannot be read.",
        "Check the permissions of the output folder and its files.",
    ),
    Code(
        "overlay-action-empty",
        "warning",
        "An overlay action has neither `update` nor `remove: true`, so it changed nothing.",
        "Add `update: ...` or `remove: true` to the action, or delete it.",
    ),
    Code(
        "overlay-invalid",
        "error",
        "An overlay document is malformed (unknown field, wrong type, bad JSONPath) or an action "
        "would remove the whole document.",
        "Fix the overlay field the message names; a `remove` must target parts of the document, "
        "not its root.",
    ),
    Code(
        "overlay-target-not-container",
        "warning",
        "An overlay action's target selects a scalar value, which Overlay 1.0 cannot update, so "
        "that node was skipped.",
        "Target the object that contains the value and update the property there.",
    ),
    Code(
        "overlay-target-unmatched",
        "warning",
        "An overlay action's target matches nothing in the document, so the action changed "
        "nothing.",
        "Check the target against the document (names are case-sensitive), or drop the action.",
    ),
    Code(
        "overlay-update-conflict",
        "error",
        "An overlay `update` cannot be merged: a non-object is merged into an object, or a value "
        "into one of another kind.",
        "Target the containing object with `update: {name: value}`, or remove the old value in an "
        "earlier action.",
    ),
    Code(
        "parameter-invalid",
        "warning",
        "A parameter has no `name`, or an `in` the generated client does not support, so it was "
        "ignored.",
        "Give the parameter a `name` and an `in` of path, query, header or cookie.",
    ),
    Code(
        "path-case-collision",
        "error",
        "Two generated file paths differ only in letter case, which clashes on case-insensitive "
        "file systems.",
        "Rename one of the two names in the spec (an operation can take an `x-pfgen-name`), or "
        "report it to pfgen.",
    ),
    Code(
        "path-param-not-required",
        "error",
        "A path parameter lacks `required: true`.",
        "Add `required: true` to the path parameter.",
    ),
    Code(
        "path-param-undeclared",
        "error",
        "A path template uses `{name}`, but the operation declares no `in: path` parameter of that "
        "name.",
        "Add a parameter with that `name` and `in: path`, at the path item or the operation.",
    ),
    Code(
        "path-param-unresolved",
        "error",
        "openapi-spec-validator found a `{name}` in a path template with no matching path "
        "parameter (lint rules off).",
        "Add a parameter with that `name` and `in: path`, at the path item or the operation.",
    ),
    Code(
        "path-param-unused",
        "error",
        "A declared path parameter does not appear as `{name}` in its path template.",
        "Remove the parameter, or add `{name}` to the path template.",
    ),
    Code(
        "path-template-malformed",
        "error",
        "A path does not start with `/`, has unbalanced braces, an empty `{}`, or the same "
        "parameter twice.",
        "Fix the path template, for example `/orders/{orderId}/items/{itemId}`.",
    ),
    Code(
        "read-failed",
        "error",
        "A file exists but could not be read.",
        "Check that the file is readable by the user running pfgen.",
    ),
    Code(
        "ref-cycle",
        "error",
        "Path items include themselves through `$ref`s (an error), or a schema refers only to "
        "itself (a warning; typed as any).",
        "Break the cycle: make the `$ref` chain end at a real definition instead of at the "
        "referring object.",
    ),
    Code(
        "ref-expansion-bomb",
        "error",
        "Copying what `$ref`s name into every place they are used would make more values than the "
        "expanded-size limit.",
        "Refer to such objects from fewer places or make them components; if genuine, raise "
        "PFGEN_MAX_EXPANDED_NODES.",
    ),
    Code(
        "ref-invalid",
        "warning",
        "A schema's `$ref` is not a string, so pfgen ignored it.",
        "Write `$ref` as a string such as `'#/components/schemas/Pet'`.",
    ),
    Code(
        "ref-not-found",
        "error",
        "A `$ref` points at nothing: its file does not exist, or its pointer or anchor is not "
        "defined there.",
        "Fix the reference (the hint suggests close names) or add the missing definition.",
    ),
    Code(
        "ref-outside-root",
        "error",
        "A `$ref` reads a file outside the project root (the git work tree, or else the root "
        "document's folder).",
        "Pass `--allow-outside-refs` (config: `allow-outside-refs = true`), or move the spec into "
        "that project.",
    ),
    Code(
        "ref-remote",
        "error",
        "A `$ref` points at an http(s) or file: URL, which pfgen reads only when asked (and never "
        "from a remote document).",
        "Pass `--allow-remote-refs`, or download the document next to the spec and refer to it by "
        "a relative path.",
    ),
    Code(
        "ref-unsupported",
        "error",
        "A `$ref` uses a URL scheme pfgen cannot read.",
        "Refer to files by relative path, or by http(s) URL with `--allow-remote-refs`.",
    ),
    Code(
        "release-previous-spec-missing",
        "warning",
        "The output has no copy of the spec it was generated from (.pfgen/spec.*), so the release "
        "is a patch.",
        "Pass `--version` to choose the version yourself.",
    ),
    Code(
        "release-previous-spec-unreadable",
        "warning",
        "The previous spec stored in the output cannot be loaded, so API changes cannot be "
        "classified; the release is a patch.",
        "Pass `--version` to choose the version yourself.",
    ),
    Code(
        "required-property-missing",
        "warning",
        "A schema's `required` lists a property that neither its `properties` nor its "
        "allOf/anyOf/oneOf members define.",
        "Define the property, or remove it from `required`.",
    ),
    Code(
        "rollback-failed",
        "error",
        "Writing failed and restoring the previous output failed too; the old files are kept in a "
        "staging folder.",
        "Copy the kept files back by hand from the folder the message names, then rerun pfgen.",
    ),
    Code(
        "schema-invalid",
        "error",
        "A schema is not valid JSON Schema (an error from the validator), or is not an object at "
        "all (a warning; typed as any).",
        "Fix the schema keyword the message names so the schema is a valid JSON Schema object.",
    ),
    Code(
        "schema-too-deep",
        "warning",
        "Schemas nest deeper than pfgen descends (100 levels: items in items, allOf in allOf...); the deeper part "
        "is typed as any value.",
        "Flatten the schema, or name its inner parts as components so they are referenced instead of nested.",
    ),
    Code(
        "security-scheme-invalid",
        "warning",
        "An apiKey security scheme has no valid `in`, so pfgen assumed header.",
        "Set the scheme's `in` to header, query or cookie.",
    ),
    Code(
        "security-scheme-undefined",
        "error",
        "A security requirement names a scheme that `components/securitySchemes` (or "
        "`securityDefinitions`) does not define.",
        "Define the scheme, or fix the name in the `security` requirement.",
    ),
    Code(
        "security-scheme-unknown",
        "warning",
        "A security requirement names a scheme that is not declared, so the client skips that "
        "requirement.",
        "Declare the scheme under `components/securitySchemes`, or fix the name in the "
        "requirement.",
    ),
    Code(
        "security-scheme-unsupported",
        "warning",
        "A security scheme's `type` is missing or not an OpenAPI 3 scheme type, so the client "
        "skipped the scheme.",
        "Use http, apiKey, oauth2, openIdConnect or mutualTLS as the `type`.",
    ),
    Code(
        "server-variable-undefined",
        "warning",
        "A server URL uses `{name}`, but the server defines no variable of that name.",
        "Add `variables: {name: {default: ...}}` to the server.",
    ),
    Code(
        "snapshot-conflict",
        "error",
        "The snapshot folder already holds a different file under the name `pfgen fetch` wants to "
        "write.",
        "Move that file away and fetch again.",
    ),
    Code(
        "snapshot-folder-missing",
        "error",
        "The snapshot path given is not a folder.",
        "Check the path of the snapshot folder.",
    ),
    Code(
        "snapshot-index-invalid",
        "error",
        "The snapshot folder's index.json is not a pfgen snapshot index (JSON with a `snapshots` "
        "list).",
        "Fix or delete index.json; `pfgen fetch` writes a new one.",
    ),
    Code(
        "spec-ambiguous",
        "error",
        "A value fits more than one of the shapes OpenAPI allows at that place (a `oneOf` with "
        "several matches).",
        "Remove the keys that make the object fit several shapes, so it is clearly one kind of "
        "object.",
    ),
    Code(
        "spec-bad-value",
        "error",
        "A value is not one of the values OpenAPI allows there, or does not match the required "
        "pattern.",
        "Use one of the values the message lists, or a value matching the pattern it names.",
    ),
    Code(
        "spec-invalid",
        "error",
        "The spec failed validation (the diagnostics listed above say where), or a part of it fits "
        "none of the allowed shapes.",
        "Fix the problems listed above, or pass `--lenient` to go on anyway.",
    ),
    Code(
        "spec-missing-property",
        "error",
        "An object lacks a property OpenAPI requires there (such as `info`, `responses`, or a "
        "parameter's `name`).",
        "Add the property the message names.",
    ),
    Code(
        "spec-not-found",
        "error",
        "The spec configured in `spec` does not exist.",
        "Run `pfgen fetch` to download a snapshot, or fix `spec` in the configuration.",
    ),
    Code(
        "spec-too-large",
        "error",
        "The documents of one spec add up to more than the total-size limit "
        "(PFGEN_MAX_TOTAL_BYTES).",
        "Look for `$ref`s that pull in unexpected files; if genuine, raise PFGEN_MAX_TOTAL_BYTES.",
    ),
    Code(
        "spec-unexpected-property",
        "error",
        "An object has a property OpenAPI does not allow there (often a typo, or an extension "
        "without `x-`).",
        "Fix the spelling, move the property where it belongs, or prefix extensions with `x-`.",
    ),
    Code(
        "spec-wrong-type",
        "error",
        "A value has the wrong JSON type, such as a string where an object is expected.",
        "Change the value to the type the message names.",
    ),
    Code(
        "template-ambiguous",
        "error",
        "The template name given matches several templates.",
        "Use one of the full template paths the hint lists.",
    ),
    Code(
        "template-error",
        "error",
        "A template used something its view does not have (an undefined variable or attribute).",
        "Fix the template; templates receive `view` only, and `pfgen templates show` lists what "
        "each view holds.",
    ),
    Code(
        "template-missing",
        "error",
        "A template or static file the generator needs was not found.",
        "Fix the template overlay so it does not hide the file, or reinstall pfgen.",
    ),
    Code(
        "template-syntax",
        "error",
        "A Jinja template has a syntax error.",
        "Fix the template at the reported line.",
    ),
    Code(
        "template-unknown",
        "error",
        "There is no built-in template of the given name.",
        "Run `pfgen templates list` to see every template; the hint suggests the closest name.",
    ),
    Code(
        "templates-missing",
        "error",
        "The built-in template folder, or the configured template overlay folder, does not exist.",
        "Create the overlay folder or fix the `templates` setting; if the built-in ones are gone, "
        "reinstall pfgen.",
    ),
    Code(
        "terminated",
        "error",
        "The run was stopped by SIGTERM (a CI timeout, `kill`); the output is either as before the "
        "run or complete.",
        "Run the command again, with a longer timeout if CI stopped it.",
    ),
    Code(
        "too-deep",
        "error",
        "The document nests mappings or lists deeper than the nesting limit (PFGEN_MAX_DEPTH) or "
        "than the parser can read.",
        "Flatten the document; if it is genuine, raise PFGEN_MAX_DEPTH.",
    ),
    Code(
        "too-large",
        "error",
        "The document or download is larger than the size limit (PFGEN_MAX_BYTES, or `--max-size` "
        "for fetch).",
        "Check that it is the right file; if it is genuine, raise PFGEN_MAX_BYTES or pass "
        "`--max-size BYTES`.",
    ),
    Code(
        "too-many-documents",
        "error",
        "The spec's `$ref`s read more documents than the document-count limit "
        "(PFGEN_MAX_DOCUMENTS).",
        "Look for `$ref`s that make up new file names without end; if genuine, raise "
        "PFGEN_MAX_DOCUMENTS.",
    ),
    Code(
        "type-invalid",
        "warning",
        "A schema's `type` is neither a string nor a list of strings, so it was ignored.",
        "Write `type` as a string, or (OpenAPI 3.1) a list of strings.",
    ),
    Code(
        "type-unknown",
        "warning",
        "A schema's `type` names a type JSON Schema does not have, so the value is typed as any.",
        "Use string, number, integer, boolean, array, object or null.",
    ),
    Code(
        "union-invalid",
        "warning",
        "A schema's `oneOf` or `anyOf` is not a list, so the value is typed as any.",
        "Write `oneOf` or `anyOf` as a list of schemas.",
    ),
    Code(
        "union-variants-overlap",
        "warning",
        "Two variants of a `oneOf`/`anyOf` accept the same payloads, so the client picks the first "
        "that validates.",
        "Add a discriminator, or a const type property, that tells the variants apart.",
    ),
    Code(
        "unknown-code",
        "error",
        "`pfgen explain` was given a code that pfgen never prints.",
        "Copy the code from inside the brackets of the message (error[CODE]), or run `pfgen explain` to list them.",
    ),
    Code(
        "unknown-target",
        "error",
        "`--target` names a target the project does not configure.",
        "Use one of the target names the hint lists, or leave out `--target`.",
    ),
    Code(
        "unsafe-path",
        "error",
        "A generated path (or the ignore-file name) is not a plain relative path inside the "
        "output, so pfgen refused it.",
        "For an ignore-file name use a plain file name such as .pfgenignore; otherwise report it "
        "to pfgen with the spec.",
    ),
    Code(
        "unsupported-version",
        "error",
        "The document's `openapi` or `swagger` version is not one pfgen reads (Swagger 2.0, "
        "OpenAPI 3.0.x, 3.1.x).",
        "Convert the document (for example with swagger2openapi), or fix the version value.",
    ),
    Code(
        "user-file-conflict",
        "error",
        "A file or folder that pfgen did not create is where generated output must go.",
        "Move or rename your file, list the path in the ignore file to keep it, or pass `--force` "
        "to overwrite it.",
    ),
    Code(
        "validator-stopped",
        "warning",
        "openapi-spec-validator stopped before checking everything, because the document is too "
        "broken or too deep.",
        "Fix the errors reported with it and validate again.",
    ),
    Code(
        "version-not-newer",
        "error",
        "The `--version` given is lower than the current version of the output.",
        "Pass a version at least as high as the current one.",
    ),
    Code(
        "version-not-semver",
        "error",
        "A version is not a semantic version MAJOR.MINOR.PATCH.",
        "Write the version as MAJOR.MINOR.PATCH, for example 1.0.0.",
    ),
    Code(
        "watch-needs-file",
        "error",
        "`pfgen watch` was given a URL: only a local file or snapshot folder can be watched for saves.",
        "Fetch a snapshot with `pfgen fetch` and watch that file, or pass a local SPEC.",
    ),
    Code(
        "write-failed",
        "error",
        "A file could not be written (disk full, permissions); the previous output was left "
        "unchanged.",
        "Free disk space or fix the folder's permissions, then run pfgen again.",
    ),
    Code(
        "yaml-alias-bomb",
        "error",
        "The YAML aliases expand to more values than the expanded-size limit allows (an alias "
        "bomb).",
        "Reuse definitions with `$ref` instead of nested YAML aliases; if genuine, raise "
        "PFGEN_MAX_EXPANDED_NODES.",
    ),
    Code(
        "yaml-complex-key",
        "error",
        "A YAML mapping key is itself a mapping or a list; OpenAPI allows only string keys.",
        "Use a plain string as the key.",
    ),
    Code(
        "yaml-recursive-alias",
        "error",
        "A YAML alias refers to a node that contains it, which makes the data infinite.",
        "Break the cycle: OpenAPI data must be a tree, so use `$ref` for recursive schemas.",
    ),
    Code(
        "yaml-syntax",
        "error",
        "The document is not valid YAML (or holds several documents, a bad merge key, or a value "
        "contradicting its tag).",
        "Fix the YAML at the reported line and column.",
    ),
    Code(
        "yaml-unsafe-tag",
        "error",
        "The YAML uses a tag (such as `!!python/object`) that is not JSON-compatible; pfgen never "
        "builds objects from tags.",
        "Remove the tag.",
    ),
))


def explain(code: str) -> Code | None:
    """The registry entry for ``code`` (as printed, e.g. ``ref-not-found``), or None for an unknown code."""
    return CODES.get(code.strip().lower())
