"""The known configuration keys and one line of help for each (used for help text and "did you mean")."""

from __future__ import annotations

import difflib

PROJECT_KEYS: dict[str, str] = {
    "spec": "the spec: a snapshot file, a folder (its newest snapshot) or an http(s) URL",
    "docs-url": "the API docs page `pfgen fetch`/`pfgen update` look at by default",
    "output": "output root for targets without their own `output` (default: generated)",
    "lenient": "accept specs with recoverable errors, with warnings (default: false)",
    "allow-remote-refs": "let $ref fetch http(s) documents (default: false)",
    "allow-outside-refs": "let $ref read files outside the project (git work tree, else the spec's folder; default: false)",
    "targets": "array of tables, one per package to generate (default: one python-client)",
}

TARGET_KEYS: dict[str, str] = {
    "name": "target name, used by --target (required)",
    "kind": "`python-client` (default) or `python-stub`",
    "output": "folder the package is written to (default: <output>/<package-name>)",
    "package-name": "Python import name (default: from the API title, snake_case)",
    "project-name": "distribution name (default: package name with `-` for `_`)",
    "client-name": "client class name (default: from the API title, PascalCase)",
    "env-prefix": "prefix of <PREFIX>_API_KEY, _BASE_URL, _WEBHOOK_SECRET (default: package name upper-cased)",
    "include-tags": "keep only operations with one of these tags",
    "exclude-tags": "drop operations with any of these tags",
    "include-operations": "keep only these operationIds",
    "exclude-operations": "drop these operationIds",
    "include-paths": "keep only operations whose path matches a glob (`*` one segment, `**` any)",
    "exclude-paths": "drop operations whose path matches a glob",
    "base-url": "default base URL of the client (default: the spec's first server)",
    "default-headers": "table of headers sent with every request",
    "templates": "folder of template overrides searched before the built-in templates",
    "overlays": "OpenAPI Overlay 1.0 documents applied, in order, before generation",
    "names": 'table operationId -> "resource.method" naming the generated method',
    "version": "first version of the generated package (default: 1.0.0); later ones follow the API's changes",
    "stateful": "python-stub only: keep created objects in memory (default: false)",
    "webhook-signature-header": 'header carrying webhook signatures ("" for none)',
    "pagination": "table operationId -> { style, items, page-param, size-param, ... }",
    "idempotency-header": 'header sending an idempotency key on non-GET requests ("" for none)',
}

PAGINATION_KEYS: dict[str, str] = {
    "style": "`page`, `offset`, `cursor` or `none` (turns off detected pagination)",
    "items": "response field holding the items",
    "page-param": "query parameter with the page number (style page; required)",
    "size-param": "query parameter with the page size (styles page and cursor)",
    "offset-param": "query parameter with the offset (style offset; required)",
    "limit-param": "query parameter with the limit (style offset)",
    "cursor-param": "query parameter with the cursor (style cursor; required)",
    "next-cursor": "response field (dotted path) with the next cursor (style cursor; required)",
    "has-more": "response field (dotted path) telling whether more pages exist",
}


def closest(key: str, known: list[str] | tuple[str, ...]) -> str | None:
    """The known key a misspelt one most likely meant (``include_tags`` -> ``include-tags``)."""
    normal = key.strip().lower().replace("_", "-").replace(" ", "-")
    for candidate in known:
        if candidate.lower() == normal or candidate.replace("-", "") == normal.replace("-", ""):
            return candidate
    matches = difflib.get_close_matches(normal, list(known), n=1, cutoff=0.6)
    return matches[0] if matches else None


def describe_keys() -> str:
    """Plain-text reference of every key, for ``--help`` epilogs and error hints."""
    lines = ["[tool.pfgen] (or the top level of pfgen.toml):"]
    lines += [f"  {key:<26}{text}" for key, text in PROJECT_KEYS.items()]
    lines.append("[[tool.pfgen.targets]]:")
    lines += [f"  {key:<26}{text}" for key, text in TARGET_KEYS.items()]
    lines.append("pagination entries:")
    lines += [f"  {key:<26}{text}" for key, text in PAGINATION_KEYS.items()]
    return "\n".join(lines)
