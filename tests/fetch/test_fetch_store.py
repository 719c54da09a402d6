"""Snapshots: file names, exact bytes, the index, and picking the newest."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from fetch_loopback import POCKETSFLOW

from generator.errors import InputError, UsageError
from generator.fetch import api_slug, newest_snapshot, parse_document, read_index, store_snapshot
from generator.load.document import SourceDocument

REPO = Path(__file__).resolve().parents[2]
URL = "https://api.example.com/docs.json"


def doc_for(raw: bytes, kind: str = "json") -> SourceDocument:
    return parse_document(raw, URL, kind)  # type: ignore[arg-type]


def spec(version: str, extra: str = "", title: str = "Pocketsflow API") -> bytes:
    info = json.dumps({"title": title, "version": version})
    return f'{{"openapi": "3.1.0", "info": {info}, "paths": {{}}{extra}}}'.encode()


def store(folder: Path, raw: bytes, kind: str = "json", **kw: object):  # type: ignore[no-untyped-def]
    return store_snapshot(folder, doc_for(raw, kind), source_url=URL, raw=raw, today="2024-05-01", **kw)  # type: ignore[arg-type]


def test_first_snapshot_keeps_bytes_and_writes_index(tmp_path: Path) -> None:
    raw = POCKETSFLOW.read_bytes()
    result = store(tmp_path, raw)
    assert result.status == "stored"
    assert result.path == tmp_path / "pocketsflow" / "1.0.0.json"
    assert result.path.read_bytes() == raw
    index = json.loads((tmp_path / "pocketsflow" / "index.json").read_text())
    assert index == {
        "api": "pocketsflow",
        "format": 1,
        "newest": "1.0.0.json",
        "snapshots": [
            {
                "fetched": "2024-05-01",
                "file": "1.0.0.json",
                "sha256": hashlib.sha256(raw).hexdigest(),
                "source": URL,
                "title": "Pocketsflow API",
                "version": "1.0.0",
            }
        ],
    }
    text = (tmp_path / "pocketsflow" / "index.json").read_text()
    assert text == json.dumps(index, indent=2, sort_keys=True) + "\n"
    assert sorted(p.name for p in (tmp_path / "pocketsflow").iterdir()) == ["1.0.0.json", "index.json"]


def test_same_content_is_unchanged_and_writes_nothing(tmp_path: Path) -> None:
    raw = spec("1.0.0")
    store(tmp_path, raw)
    folder = tmp_path / "pocketsflow"
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    os.utime(folder / "index.json", ns=(1, 1))
    result = store(tmp_path, raw)
    assert result.status == "unchanged"
    assert result.path == folder / "1.0.0.json"
    assert (folder / "index.json").stat().st_mtime_ns == 1
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {k: v[1] for k, v in before.items()}


def test_changed_content_same_version_gets_hash_suffix(tmp_path: Path) -> None:
    store(tmp_path, spec("1.0.0"))
    changed = spec("1.0.0", ', "x-note": "changed"')
    result = store(tmp_path, changed)
    sha8 = hashlib.sha256(changed).hexdigest()[:8]
    assert result.status == "stored"
    assert result.path.name == f"1.0.0+{sha8}.json"
    assert result.path.read_bytes() == changed
    assert (tmp_path / "pocketsflow" / "1.0.0.json").read_bytes() == spec("1.0.0")  # the old one stays
    index = read_index(tmp_path / "pocketsflow")
    assert index is not None
    assert [s.file for s in index.snapshots] == ["1.0.0.json", f"1.0.0+{sha8}.json"]
    assert index.newest == f"1.0.0+{sha8}.json"


def test_new_version_gets_its_own_file_and_becomes_newest(tmp_path: Path) -> None:
    store(tmp_path, spec("1.0.0"))
    result = store(tmp_path, spec("1.0.1"))
    assert result.path.name == "1.0.1.json"
    assert result.version == "1.0.1"
    assert newest_snapshot(tmp_path / "pocketsflow") == result.path


def test_going_back_to_an_earlier_document_moves_newest_only(tmp_path: Path) -> None:
    store(tmp_path, spec("1.0.0"))
    store(tmp_path, spec("1.0.1"))
    result = store(tmp_path, spec("1.0.0"))
    assert result.status == "unchanged"
    assert result.path.name == "1.0.0.json"
    assert newest_snapshot(tmp_path / "pocketsflow").name == "1.0.0.json"
    assert sorted(p.name for p in (tmp_path / "pocketsflow").iterdir()) == ["1.0.0.json", "1.0.1.json", "index.json"]


def test_yaml_keeps_format_and_bytes(tmp_path: Path) -> None:
    raw = b"openapi: 3.0.3\ninfo:\n  title: Swagger Petstore\n  version: '2.1'\npaths: {}\n"
    result = store(tmp_path, raw, "yaml")
    assert result.path == tmp_path / "swagger-petstore" / "2.1.yaml"
    assert result.path.read_bytes() == raw


def test_name_override_and_unsafe_name(tmp_path: Path) -> None:
    assert store(tmp_path, spec("1")).path.parent.name == "pocketsflow"
    assert store(tmp_path, spec("1"), name="pf").path == tmp_path / "pf" / "1.json"
    for bad in ("../x", "a/b", "..", ""):
        if bad:
            with pytest.raises(UsageError):
                store(tmp_path, spec("1"), name=bad)


def test_unsafe_version_is_sanitised(tmp_path: Path) -> None:
    assert store(tmp_path, spec("v2/beta 1")).path.name == "v2-beta-1.json"
    assert store(tmp_path / "b", spec("../../etc")).path == tmp_path / "b" / "pocketsflow" / "etc.json"
    assert store(tmp_path / "c", spec("")).path.name == "unversioned.json"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Pocketsflow API", "pocketsflow"),
        ("Swagger Petstore", "swagger-petstore"),
        ("Twilio - Conversations", "twilio-conversations"),
        ("Adyen Management API", "adyen-management"),
        ("API", "api"),
        ("", "api"),
        ("Ünïcode REST API", "unicode"),
    ],
)
def test_api_slug(title: str, slug: str) -> None:
    assert api_slug(title) == slug


def test_newest_without_index_uses_version_order(tmp_path: Path) -> None:
    for name in ("1.9.0.json", "1.10.0-rc.1.json", "1.10.0.yaml", "1.2.0.json", "1.10.0-rc.2.json"):
        (tmp_path / name).write_text("{}")
    assert newest_snapshot(tmp_path).name == "1.10.0.yaml"
    (tmp_path / "1.10.0.yaml").unlink()
    assert newest_snapshot(tmp_path).name == "1.10.0-rc.2.json"


def test_newest_accepts_a_root_with_one_api(tmp_path: Path) -> None:
    store(tmp_path, spec("3.0.0"))
    assert newest_snapshot(tmp_path) == tmp_path / "pocketsflow" / "3.0.0.json"


def test_newest_in_an_empty_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        newest_snapshot(tmp_path)
    assert info.value.code == "no-snapshot"


def test_broken_index_is_reported(tmp_path: Path) -> None:
    (tmp_path / "pocketsflow").mkdir()
    (tmp_path / "pocketsflow" / "index.json").write_text("[1, 2")
    with pytest.raises(InputError) as info:
        store(tmp_path, spec("1"))
    assert info.value.code == "snapshot-index-invalid"


def test_embedded_pocketsflow_snapshot() -> None:
    folder = REPO / "specs" / "pocketsflow"
    newest = newest_snapshot(folder)
    assert newest == folder / "1.0.0.json"
    assert newest.read_bytes() == POCKETSFLOW.read_bytes()
    index = read_index(folder)
    assert index is not None
    (entry,) = index.snapshots
    assert entry.source == "https://api.pocketsflow.com/docs.json"
    assert entry.sha256 == hashlib.sha256(POCKETSFLOW.read_bytes()).hexdigest()
    # Storing the shared document again finds it up to date: the index was produced by store_snapshot.
    raw = POCKETSFLOW.read_bytes()
    result = store_snapshot(REPO / "specs", doc_for(raw), source_url=entry.source, raw=raw)
    assert result.status == "unchanged"
