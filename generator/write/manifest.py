"""The generation manifest ``.pfgen-manifest.json``: what pfgen wrote last time, and from what.

It is the only record of which files in the output directory belong to pfgen: files it does not list are the
user's and are never touched. Serialised with sorted keys, two-space indent and a trailing newline, so it is
deterministic and diffs cleanly in version control.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from generator.errors import InputError, IOFailure, Location

MANIFEST_NAME = ".pfgen-manifest.json"
MANIFEST_FORMAT = 1

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True)
class ManifestInfo:
    """Where a generation came from; recorded verbatim in the manifest."""

    generator_version: str
    spec_sha256: str
    config_sha256: str
    template_sha256: str  # hash of the template set (built-in plus overlay)
    package_version: str
    api_version: str
    package_name: str = ""  # the generated import package; used in hints ("move your change into <pkg>/lib/")


@dataclass(frozen=True, slots=True)
class Manifest:
    """The generation manifest: where a generation came from and the hash of every file pfgen wrote."""

    info: ManifestInfo
    files: Mapping[str, str]  # POSIX path relative to the output root -> sha256 hex of the bytes written


def build_manifest(info: ManifestInfo, files: Mapping[str, str]) -> Manifest:
    return Manifest(info, MappingProxyType(dict(sorted(files.items()))))


def manifest_bytes(manifest: Manifest) -> bytes:
    body: dict[str, Any] = {f.name: getattr(manifest.info, f.name) for f in fields(ManifestInfo)}
    body["manifest_format"] = MANIFEST_FORMAT
    body["generator"] = "pfgen"
    body["files"] = dict(manifest.files)
    return (dump_indented(body) + "\n").encode("utf-8")


def dump_indented(body: Mapping[str, Any]) -> str:
    """``json.dumps(body, sort_keys=True, indent=2, ensure_ascii=False)`` for a flat object whose values are
    scalars or flat objects of strings, as a manifest is. ``json`` writes indented output with its pure-Python
    encoder, ~3 ms for a manifest of 2,000 files on every write; this writes the same text line by line with its
    C string encoder (tests/write/test_manifest_dump.py compares the two)."""
    quote = json.encoder.encode_basestring
    lines = ["{"]
    keys = sorted(body)
    for index, key in enumerate(keys):
        comma = "," if index < len(keys) - 1 else ""
        value = body[key]
        if isinstance(value, Mapping) and value:
            lines.append(f"  {quote(key)}: {{")
            entries = sorted(value.items())
            lines.extend(f"    {quote(k)}: {quote(v)}," for k, v in entries[:-1])
            last_key, last_value = entries[-1]
            lines.append(f"    {quote(last_key)}: {quote(last_value)}")
            lines.append(f"  }}{comma}")
        else:
            lines.append(f"  {quote(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) if keys else "{}"


def parse_manifest(data: bytes, where: str) -> Manifest:
    """Parse manifest bytes; anything malformed is an ``InputError`` (``manifest-invalid``)."""
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        col = getattr(exc, "colno", None)
        raise _invalid(where, f"it is not valid JSON ({exc})", line, col) from exc
    if not isinstance(body, dict):
        raise _invalid(where, "its top level is not a JSON object")
    files = body.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and _SHA256.match(v) for k, v in files.items()
    ):
        raise _invalid(where, '"files" must map each path to a lowercase sha256 hex digest')
    values: dict[str, str] = {}
    for f in fields(ManifestInfo):
        value = body.get(f.name, "")
        values[f.name] = value if isinstance(value, str) else str(value)
    return build_manifest(ManifestInfo(**values), files)


def read_manifest(output: Path) -> Manifest | None:
    """The manifest of a previous generation in ``output``, or ``None`` when there is none.

    A write that a killed pfgen left half done is rolled back first (``write.journal``), so what is read is a
    whole generation."""
    from generator.write.journal import recover

    recover(output)
    path = output / MANIFEST_NAME
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        return None
    except IsADirectoryError as exc:
        raise _invalid(str(path), "it is a directory, not a file") from exc
    except OSError as exc:
        raise IOFailure(
            "manifest-unreadable",
            f"cannot read the generation manifest: {exc.strerror or exc}",
            Location(str(path)),
            "check the permissions of the output directory",
        ) from exc
    return parse_manifest(data, str(path))


def _invalid(where: str, why: str, line: int | None = None, col: int | None = None) -> InputError:
    return InputError(
        "manifest-invalid",
        f"the generation manifest cannot be used: {why}",
        Location(where, line, col),
        "restore it from version control, or delete it and regenerate with --force (files it listed are then"
        " treated as yours until overwritten)",
    )
