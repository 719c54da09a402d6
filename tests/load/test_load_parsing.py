"""``load``: every way a document is read (JSON, YAML, extensions, sniffing, encodings) and what it yields."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from generator.errors import InputError, IOFailure
from generator.load import DEFAULT_MAX_BYTES, load_document, parse_bytes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "load"
MINIMAL = {"openapi": "3.1.0", "info": {"title": "Minimal", "version": "1.0.0"}, "paths": {}}


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("minimal.json", "json"),
        ("minimal.yaml", "yaml"),
        ("minimal.yml", "yaml"),
        ("minimal-yaml-noext", "yaml"),
        ("minimal-json-noext", "json"),
        ("bom-utf8.json", "json"),
        ("bom-utf8.yaml", "yaml"),
        ("utf16-bom.json", "json"),
        ("utf16be-nobom.json", "json"),
    ],
)
def test_every_loader_path_gives_the_same_data(name: str, media_type: str) -> None:
    doc = load_document(FIXTURES / name)
    assert doc.data == MINIMAL
    assert doc.media_type == media_type
    assert not doc.text.startswith("\ufeff")
    assert doc.diagnostics == ()


def test_uri_is_kept_as_given_and_sha256_is_over_raw_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    doc = load_document("bom-utf8.json")
    assert doc.uri == "bom-utf8.json"
    assert doc.sha256 == hashlib.sha256((FIXTURES / "bom-utf8.json").read_bytes()).hexdigest()


def test_display_uri_overrides_the_name_in_messages() -> None:
    doc = load_document(FIXTURES / "minimal.yaml", display_uri="specs/minimal.yaml")
    assert doc.uri == "specs/minimal.yaml"


def test_parse_bytes_uses_the_media_type_hint_over_the_extension() -> None:
    doc = parse_bytes(b"openapi: 3.1.0\n", "https://example.com/spec.json", media_type="yaml")
    assert doc.media_type == "yaml"
    assert doc.data == {"openapi": "3.1.0"}


def test_parse_bytes_reads_the_extension_of_a_url_path() -> None:
    doc = parse_bytes(b'{"openapi": "3.0.0"}', "https://example.com/openapi.yaml?x=1")
    assert doc.media_type == "yaml"  # YAML reads JSON too
    assert doc.data == {"openapi": "3.0.0"}


def test_json_looking_text_that_is_only_valid_yaml_is_read_as_yaml() -> None:
    doc = load_document(FIXTURES / "yaml-flow-noext")
    assert doc.media_type == "yaml"
    assert doc.data["paths"] == {}


def test_utf16_little_endian_without_bom_is_detected() -> None:
    raw = '{"openapi": "3.1.0"}'.encode("utf-16-le")
    assert parse_bytes(raw, "x.json").data == {"openapi": "3.1.0"}


def test_utf32_with_bom_is_decoded() -> None:
    raw = codecs.BOM_UTF32_LE + "openapi: 3.1.0\n".encode("utf-32-le")
    assert parse_bytes(raw, "x.yaml").data == {"openapi": "3.1.0"}


def test_invalid_utf8_is_a_clear_error_with_a_position() -> None:
    with pytest.raises(InputError) as err:
        parse_bytes(b"openapi: 3.1.0\ninfo: {title: caf\xe9}\n", "x.yaml")
    assert err.value.code == "bad-encoding"
    assert err.value.location.line == 2
    assert "UTF-8" in err.value.hint


def test_yaml_scalars_follow_json_and_yaml_1_2_core_rules() -> None:
    data = load_document(FIXTURES / "scalars.yaml").data
    assert data["info"]["x-released"] == "2024-01-01"  # dates stay strings
    assert data["info"]["x-at"] == "2024-01-01T10:00:00Z"
    assert data["x-country"] == ["NO", "SE", "yes", "off", "y"]  # no YAML 1.1 booleans
    numbers = data["x-numbers"]
    assert numbers[:4] == [15, 31, 7, 1000.0]
    assert numbers[4] == float("inf") and numbers[5] == -0.5
    assert numbers[6:] == ["1_000", "12"]
    assert data["x-null"] == [None, None]
    assert data["x-bools"] == [True, False, True]


def test_explicit_timestamp_tag_stays_a_string() -> None:
    assert parse_bytes(b"a: !!timestamp 2024-01-01\n", "x.yaml").data == {"a": "2024-01-01"}


def test_merge_keys_apply_with_own_keys_and_earlier_sources_winning() -> None:
    data = load_document(FIXTURES / "merge.yaml").data
    assert data["x-merged"] == {"a": 1, "b": 2, "c": 3}
    assert data["x-base"] == {"a": 1, "b": 2}  # sources are not modified


def test_integer_keys_become_strings_with_one_summarised_warning() -> None:
    doc = load_document(FIXTURES / "int-keys.yaml")
    responses = doc.data["paths"]["/x"]["get"]["responses"]
    assert list(responses) == ["200", "404", "default"]
    assert [d.code for d in doc.diagnostics] == ["non-string-key"]
    diag = doc.diagnostics[0]
    assert diag.severity == "warning"
    assert "2 mapping keys" in diag.message and "200" in diag.message
    assert (diag.location.line, diag.location.col) == (7, 9)


def test_boolean_and_float_keys_keep_their_written_text() -> None:
    doc = parse_bytes(b"true: 1\n1.10: 2\n~: 3\n", "x.yaml")
    assert doc.data == {"true": 1, "1.10": 2, "~": 3}
    assert "3 mapping keys" in doc.diagnostics[0].message


def test_duplicate_keys_warn_and_the_last_wins() -> None:
    doc = load_document(FIXTURES / "duplicate-keys.yaml")
    assert doc.data["info"]["title"] == "second"
    assert [d.code for d in doc.diagnostics] == ["duplicate-key"]


def test_top_level_list_is_loaded_resolve_reports_it() -> None:
    assert load_document(FIXTURES / "list.json").data == [1, 2, 3]


def test_missing_file_is_an_io_failure() -> None:
    with pytest.raises(IOFailure) as err:
        load_document(FIXTURES / "nope.yaml")
    assert err.value.code == "file-not-found"
    assert err.value.exit_code == 2


def test_folder_is_refused_with_a_hint() -> None:
    with pytest.raises(IOFailure) as err:
        load_document(FIXTURES)
    assert err.value.code == "not-a-file"


def test_default_cap_is_256_mib() -> None:
    # Real documents are a few MB (the largest known, Microsoft Graph's, tens of MB); a bomb is gigabytes.
    assert DEFAULT_MAX_BYTES == 256 * 1024 * 1024
