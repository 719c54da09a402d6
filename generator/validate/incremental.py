"""Validate an edited document by the path items that changed, when that gives exactly the full verdict.

Editing an API document usually changes one operation. Re-running openapi-spec-validator's keyword phase over
the whole document (every path item, every component schema) is most of a regeneration's validation time. This
module remembers, per API (its title), the last bundled document whose keyword phase found nothing
(``schema_check.LAST_KEYWORD_CLEAN``: the phase ran to its end; meta-schema findings, such as responses without
a description, are allowed), and answers which path items of a new document differ from it.

``check_schema`` uses that answer only when it cannot change the verdict:

- the previous document (same family, lint switch, validator and pfgen versions) went through the keyword phase
  with no finding;
- the new document differs from it only inside ``paths``: every other part (``components``, ``info``,
  ``servers``, ``tags``, ``webhooks``, dialects, extensions...) is equal, so everything an unchanged path item
  reaches through ``$ref`` is unchanged;
- the new document's meta-schema check runs in full (its findings are the full run's: the same check);
- pfgen's lint rules run (they report the keyword checks that compare path items with each other: duplicate
  operationIds, duplicate or undeclared path parameters), and run over the whole document.

Then the keyword phase's findings in the new document can only come from the changed or added path items (an
unchanged one reaches only unchanged content, which produced nothing before; the checks depend on the content
they visit, and a meta-check of a shared schema happens when some path item visits it first-hand, which an
unchanged path item did before too). Those path items are validated with the validator's own keyword
validators, which stop where they reach a component schema: every one of those was walked, meta-check and
subtree, by the full run the chain of clean documents starts from, and has not changed since
(``schema_check._mark_component_schemas_checked``). If that finds anything at all, the whole document is
validated as usual, so messages and their order are always the full run's (the meta-schema findings come
first in both, from the same full check). "Clean" below means: the keyword phase found nothing.
``tests/validate/test_validate_incremental.py`` compares both ways on edits of every shared document.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Any

from generator.cachedir import read_marshal, write_marshal
from generator.cachefiles import section_dir

SECTION = "validate-lineage"
FORMAT = 2
# The entry is a marshal file (trusted like ``__pycache__``, ``cachedir.read_marshal``): a regeneration's worker
# reads the last document and stores the new one, and JSON cost ~15 ms of that for adyen-management (marshal ~4).
_SUFFIX = ".marshal"


@dataclass(frozen=True)
class Units:
    """The path items (URL templates) to validate again."""

    paths: frozenset[str]


def lineage_of(document: dict[str, Any]) -> str:
    """Which earlier document an edit is likely to be compared with: the same API's, by its title (an edited
    file, or its edited copy elsewhere). Any clean document gives the right verdict; a good guess only makes
    the incremental path likelier."""
    info = document.get("info")
    title = info.get("title") if isinstance(info, dict) else None
    return title if isinstance(title, str) else ""


def lineage_key(source_uri: str, family: str, parts: list[str]) -> str:
    """The key of an API's last clean document: which API, and what judged it."""
    digest = hashlib.sha256()
    for part in [str(FORMAT), source_uri, family, *parts]:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


# The resident validation worker of ``pfgen watch`` asks for the same entry after every save: it keeps the last
# document it stored or read, while the file is the one it saw (same inode, size and modification time), instead
# of parsing megabytes of JSON again. Any clean document gives the right verdict (``lineage_of``), so even a file
# replaced in between by another run would only make the incremental path likelier or not.
_KEPT: dict[str, tuple[tuple[int, int, int], dict[str, Any]]] = {}


def previous_document(key: str) -> dict[str, Any] | None:
    signature = _signature(key)
    kept = _KEPT.get(key)
    if signature is not None and kept is not None and kept[0] == signature:
        return kept[1]
    where = section_dir(SECTION)
    raw = read_marshal(where / f"{key}{_SUFFIX}") if where is not None else None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT or not isinstance(raw.get("document"), dict):
        return None
    document: dict[str, Any] = raw["document"]
    _keep(key, signature, document)
    return document


def _signature(key: str) -> tuple[int, int, int] | None:
    where = section_dir(SECTION)
    try:
        info = os.stat(where / f"{key}{_SUFFIX}") if where is not None else None
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns) if info is not None else None


def _keep(key: str, signature: tuple[int, int, int] | None, document: dict[str, Any]) -> None:
    _KEPT.clear()  # one API's document at a time
    if signature is not None:
        _KEPT[key] = (signature, document)


def remember(key: str, document: dict[str, Any], previous: dict[str, Any] | None) -> None:
    """Store ``document`` (whose keyword phase found nothing) as its source's last clean document. A value marshal
    cannot store (a YAML date) leaves no memory: every run is then a full one."""
    if previous == document:
        return
    where = section_dir(SECTION)
    try:
        if where is None or not write_marshal(where / f"{key}{_SUFFIX}", {"format": FORMAT, "document": document}):
            return
    except ValueError:  # unmarshallable
        return
    _keep(key, _signature(key), document)


def changed_units(old: dict[str, Any], new: dict[str, Any]) -> Units | None:
    """The added or changed path items of ``new``, or None when anything outside ``paths`` differs."""
    if old.keys() != new.keys():
        return None
    for key, value in new.items():
        if key != "paths" and old[key] != value:
            return None
    old_paths, new_paths = old.get("paths"), new.get("paths")
    if not isinstance(old_paths, dict) or not isinstance(new_paths, dict):
        return None
    changed = frozenset(url for url, item in new_paths.items() if old_paths.get(url) != item or url not in old_paths)
    return Units(changed)
