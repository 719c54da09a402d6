"""How ``resolve`` hands the bundle to ``normalize``."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load import load_document, parse_bytes
from generator.resolve import resolve

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "multifile"
OPENAPI = b"openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"


def test_normalize_receives_the_bundle_and_its_diagnostics_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.normalize as normalize_module

    seen = []

    def fake(data: dict[str, object], family: str) -> tuple[dict[str, object], tuple[object, ...]]:
        seen.append((data, family))
        return {"openapi": "3.0.3", "converted": True}, ()

    monkeypatch.setattr(normalize_module, "normalize", fake)
    doc = load_document(FIXTURES / "swagger2" / "swagger.yaml")
    spec = resolve(doc)
    assert seen == [(spec.bundled, "2.0")]
    assert spec.data == {"openapi": "3.0.3", "converted": True}


def test_root_document_warnings_are_not_repeated() -> None:
    doc = parse_bytes(OPENAPI + b"x-codes: {200: ok}\n", "spec.yaml")
    assert [d.code for d in doc.diagnostics] == ["non-string-key"]
    assert "non-string-key" not in [d.code for d in resolve(doc).diagnostics]
