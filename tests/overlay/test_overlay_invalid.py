"""Invalid overlay documents: each fails with `overlay-invalid`, naming the file, the JSON pointer and a hint."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.errors import EXIT_INVALID, EXIT_USAGE, GeneratorError, InputError
from generator.overlay import apply_overlays, load_overlay

INFO = "info:\n  title: t\n  version: '1'\n"


def write(tmp_path: Path, text: str, name: str = "bad.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def fails(path: Path) -> InputError:
    with pytest.raises(InputError) as info:
        load_overlay(path)
    err = info.value
    assert err.exit_code == EXIT_INVALID
    assert err.location.file == str(path)
    assert err.hint
    return err


@pytest.mark.parametrize(
    ("text", "pointer", "words"),
    [
        ("info: {title: t, version: '1'}\nactions: [{target: $, update: {}}]\n", "", "no `overlay` field"),
        ("overlay: 2.0.0\n" + INFO + "actions: [{target: $, update: {}}]\n", "/overlay", "not supported"),
        ("overlay: 1.1.0\n" + INFO + "actions: [{target: $, update: {}}]\n", "/overlay", "not supported"),
        ("overlay: 1.0\n" + INFO + "actions: [{target: $, update: {}}]\n", "/overlay", "must be a string"),
        ("overlay: 1.0.0\nactions: [{target: $, update: {}}]\n", "", "`info`"),
        ("overlay: 1.0.0\ninfo: {title: t}\nactions: [{target: $, update: {}}]\n", "/info", "no `version`"),
        ("overlay: 1.0.0\ninfo: {title: 3, version: '1'}\nactions: [{target: $, update: {}}]\n", "/info/title",
         "must be a string"),
        ("overlay: 1.0.0\n" + INFO, "", "no `actions`"),
        ("overlay: 1.0.0\n" + INFO + "actions: []\n", "/actions", "no `actions`"),
        ("overlay: 1.0.0\n" + INFO + "actions: {target: $}\n", "/actions", "must be a list"),
        ("overlay: 1.0.0\n" + INFO + "actions:\n- target: $.a\n  update: {}\n- update: {x: 1}\n", "/actions/1",
         "has no `target`"),
        ("overlay: 1.0.0\n" + INFO + "actions:\n- target: 42\n  update: {}\n", "/actions/0/target",
         "must be a string"),
        ("overlay: 1.0.0\n" + INFO + "actions:\n- target: $.a\n  update: {x: 1}\n  remove: true\n", "/actions/0",
         "both `update` and `remove: true`"),
        ("overlay: 1.0.0\n" + INFO + "actions:\n- target: $.a\n  remove: 'yes'\n", "/actions/0/remove",
         "true or false"),
        ("overlay: 1.0.0\n" + INFO + "actions:\n- target: $.a\n  udpate: {x: 1}\n", "/actions/0/udpate",
         "unknown field"),
        ("overlay: 1.0.0\n" + INFO + "actions:\n- just a string\n", "/actions/0", "must be an object"),
        ("overlay: 1.0.0\n" + INFO + "extends: 5\nactions:\n- {target: $, update: {}}\n", "/extends", "string"),
        ("overlay: 1.0.0\n" + INFO + "acitons: []\nactions:\n- {target: $, update: {}}\n", "/acitons",
         "unknown field"),
        ("- overlay: 1.0.0\n", "", "is an object"),
    ],
)
def test_invalid_overlay_documents(tmp_path: Path, text: str, pointer: str, words: str) -> None:
    err = fails(write(tmp_path, text))
    assert err.code == "overlay-invalid"
    assert err.location.pointer == pointer
    assert words in err.message


def test_openapi_document_passed_as_overlay_gets_a_specific_hint(tmp_path: Path) -> None:
    err = fails(write(tmp_path, "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"))
    assert "looks like an OpenAPI document" in err.hint


def test_typo_gets_did_you_mean(tmp_path: Path) -> None:
    err = fails(write(tmp_path, "overlay: 1.0.0\n" + INFO + "actions:\n- target: $.a\n  udpate: {x: 1}\n"))
    assert "did you mean `update`" in err.hint


def test_copy_from_overlay_1_1_is_explained(tmp_path: Path) -> None:
    err = fails(write(tmp_path, "overlay: 1.0.0\n" + INFO + "actions:\n- target: $.a\n  copy: $.b\n"))
    assert "1.1" in err.hint


def test_extensions_are_allowed_everywhere(tmp_path: Path) -> None:
    path = write(tmp_path, """
        overlay: 1.0.0-rc1
        x-root: 1
        info: {title: t, version: '1', x-info: 2}
        extends: ./openapi.yaml
        actions:
          - target: $.a
            description: add b
            x-action: 3
            update: {b: 1}
    """)
    ov = load_overlay(path)
    assert ov.version == "1.0.0-rc1" and ov.extends == "./openapi.yaml" and ov.title == "t"
    (action,) = ov.actions
    assert action.description == "add b" and action.has_update and not action.remove
    assert apply_overlays({"a": {}}, [ov])[0] == {"a": {"b": 1}}


def test_bad_jsonpath_names_action_and_character(tmp_path: Path) -> None:
    path = write(tmp_path, """
        overlay: 1.0.0
        info: {title: t, version: '1'}
        actions:
          - target: $.info
            update: {a: 1}
          - target: $.paths['/orders'].get
            update: {b: 1}
          - target: "$.paths['/orders'.get"
            update: {c: 1}
    """)
    err = fails(path)
    assert err.code == "overlay-invalid"
    assert err.location.pointer == "/actions/2/target"
    assert err.location.line == 8
    assert "action 2" in err.message and "not valid JSONPath" in err.message
    assert "at character 18" in err.message          # the '.' where ']' was expected
    assert "$.paths['/orders/{id}'].get" in err.hint
    assert str(path) in err.one_line() and "/actions/2/target" in err.one_line()


def test_an_invalid_later_overlay_fails_before_any_action_runs(tmp_path: Path) -> None:
    good = write(tmp_path, "overlay: 1.0.0\n" + INFO + "actions:\n- {target: $.a, update: {b: 1}}\n", "good.yaml")
    bad = write(tmp_path, "overlay: 1.0.0\n" + INFO + "actions:\n- {target: '$.a[', update: {b: 1}}\n", "bad.yaml")
    data: dict[str, Any] = {"a": {}}
    with pytest.raises(InputError) as info:
        apply_overlays(data, [good, bad])
    assert info.value.location.file == str(bad)
    assert data == {"a": {}}


def test_missing_overlay_file_is_an_io_error(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError) as info:
        load_overlay(tmp_path / "nope.yaml")
    assert info.value.exit_code == EXIT_USAGE
    assert info.value.code == "file-not-found"


def test_yaml_syntax_errors_come_from_the_loader(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load_overlay(write(tmp_path, "overlay: 1.0.0\ninfo: {title: t\n"))
    assert info.value.code.startswith("yaml")
