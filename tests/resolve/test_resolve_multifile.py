"""``resolve`` on specs split over several files: bundling, naming, cycles, and the remote/outside policy."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

from generator.errors import InputError, UsageError
from generator.load import SourceDocument, load_document, parse_bytes
from generator.resolve import resolve
from generator.pointer import lookup, split
from generator.resolve.walk import find_refs

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "multifile"
HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root / next(iter(files))


def _assert_self_contained(data: dict[str, Any]) -> None:
    for _path, _holder, ref in find_refs(data):
        assert ref.startswith("#/"), ref
        lookup(data, split(ref[1:]))  # raises when the target is missing


def _schemas(data: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = data["components"]["schemas"]
    return schemas


@pytest.fixture
def in_fixtures(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(FIXTURES)
    return FIXTURES


# -- bundling -----------------------------------------------------------------------------------------------------
def test_nested_relative_refs_are_bundled(in_fixtures: Path) -> None:
    doc = load_document("basic/openapi.yaml")
    before = copy.deepcopy(doc.data)
    spec = resolve(doc)
    bundled = spec.bundled
    _assert_self_contained(bundled)
    assert doc.data == before  # the input is never modified
    schemas = _schemas(bundled)
    # The component slot that named an external schema receives it.
    assert schemas["Pet"]["properties"]["tag"] == {"$ref": "#/components/schemas/Tag"}
    assert schemas["Tag"]["enum"] == ["cat", "dog"]
    # A whole-file ref is named after the file; the cycle owner -> Pet -> owner ends.
    assert schemas["Pet"]["properties"]["owner"] == {"$ref": "#/components/schemas/owner"}
    assert schemas["owner"]["properties"]["pets"]["items"] == {"$ref": "#/components/schemas/Pet"}
    assert schemas["error"]["properties"]["message"] == {"type": "string"}
    assert bundled["components"]["parameters"]["limit"]["in"] == "query"
    assert bundled["components"]["responses"]["Error"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/error"
    }
    # A path item is inlined, its own refs (relative to its folder) rewritten.
    pets = bundled["paths"]["/pets"]["get"]
    assert pets["parameters"] == [{"$ref": "#/components/parameters/limit"}]
    assert pets["responses"]["200"]["content"]["application/json"]["schema"]["items"] == {
        "$ref": "#/components/schemas/Pet"
    }
    # Same target, same name, wherever it is referenced from.
    assert bundled["paths"]["/owners"]["get"]["parameters"] == pets["parameters"]
    # Literal values are left alone.
    assert schemas["Local"]["example"] == {"$ref": "not-a-ref.yaml"}


def test_origins_and_documents_name_the_real_files(in_fixtures: Path) -> None:
    spec = resolve(load_document("basic/openapi.yaml"))
    origins = {pointer: (uri, source) for pointer, uri, source in spec.origins}
    assert origins["/components/schemas/Pet"] == ("basic/schemas/pet.yaml", "/Pet")
    assert origins["/components/schemas/Tag"] == ("basic/schemas/pet.yaml", "/Tag")
    assert origins["/components/schemas/owner"] == ("basic/schemas/owner.yaml", "")
    assert origins["/components/schemas/error"] == ("basic/schemas/error.json", "")
    assert origins["/paths/~1pets"] == ("basic/paths/pets.yaml", "")
    assert list(spec.origins) == sorted(spec.origins)
    assert [d.uri for d in spec.documents] == [
        "basic/openapi.yaml",
        "basic/params.yaml",
        "basic/paths/pets.yaml",
        "basic/responses.yaml",
        "basic/schemas/error.json",
        "basic/schemas/owner.yaml",
        "basic/schemas/pet.yaml",
    ]
    assert not any(os.path.isabs(uri) for _p, uri, _s in spec.origins)


def test_bundling_is_deterministic(in_fixtures: Path) -> None:
    first = resolve(load_document("basic/openapi.yaml"))
    second = resolve(load_document("basic/openapi.yaml"))
    assert json.dumps(first.bundled) == json.dumps(second.bundled)
    assert first.origins == second.origins


def test_data_is_normalised_from_the_bundle(in_fixtures: Path) -> None:
    spec = resolve(load_document("basic/openapi.yaml"))
    _assert_self_contained(spec.data)
    assert "Pet" in _schemas(spec.data)


def test_name_collisions_get_numbered_in_a_stable_order(in_fixtures: Path) -> None:
    spec = resolve(load_document("collisions/openapi.yaml"))
    bundled = spec.bundled
    _assert_self_contained(bundled)
    one_of = bundled["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["oneOf"]
    # The root's own Item keeps its name; a.yaml sorts before b.yaml.
    assert [r["$ref"].rsplit("/", 1)[1] for r in one_of] == ["Item3", "Item2", "Item2", "Item"]
    schemas = _schemas(bundled)
    assert schemas["Item"] == {"type": "string"}
    assert "a" in schemas["Item2"]["properties"]
    assert schemas["Item3"]["properties"]["self"] == {"$ref": "#/components/schemas/Item3"}


def test_swagger_2_pieces_go_to_its_own_sections(in_fixtures: Path) -> None:
    spec = resolve(load_document("swagger2/swagger.yaml"))
    bundled = spec.bundled
    _assert_self_contained(bundled)
    assert "components" not in bundled
    assert bundled["definitions"]["pet"]["properties"]["id"] == {"type": "integer"}
    assert bundled["parameters"]["limit"]["in"] == "query"
    assert bundled["responses"]["Error"]["description"] == "failure"
    assert spec.family == "2.0"
    _assert_self_contained(spec.data)
    assert spec.data["openapi"].startswith("3.")


def test_refs_with_pointers_escapes_and_percent_encoded_file_names(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      properties:\n"
        "        x: {$ref: 'my%20pet.v2.yaml'}\n        y: {$ref: 'defs.yaml#/a~1b/c~0d'}\n",
        "my pet.v2.yaml": "type: string\n",
        "defs.yaml": "a/b:\n  c~d: {type: integer}\n",
    })
    bundled = resolve(load_document(root)).bundled
    _assert_self_contained(bundled)
    props = _schemas(bundled)["A"]["properties"]
    assert props == {"x": {"$ref": "#/components/schemas/my_pet.v2"}, "y": {"$ref": "#/components/schemas/c_d"}}


def test_refs_back_into_the_root_document_become_local(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    Local: {type: string}\n"
        "    Box: {$ref: 'parts/box.yaml'}\n    Self: {$ref: 'openapi.yaml#/components/schemas/Local'}\n",
        "parts/box.yaml": "type: object\nproperties:\n  item: {$ref: '../openapi.yaml#/components/schemas/Local'}\n",
    })
    bundled = resolve(load_document(root)).bundled
    _assert_self_contained(bundled)
    schemas = _schemas(bundled)
    assert schemas["Box"]["properties"]["item"] == {"$ref": "#/components/schemas/Local"}
    assert schemas["Self"] == {"$ref": "#/components/schemas/Local"}


def test_cycles_across_files_terminate(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'a.yaml'}\n",
        "a.yaml": "type: object\nproperties:\n  b: {$ref: 'b.yaml#/B'}\n",
        "b.yaml": "B:\n  type: object\n  properties:\n    a: {$ref: 'a.yaml'}\n    c: {$ref: 'c.yaml'}\n",
        "c.yaml": "type: array\nitems: {$ref: 'b.yaml#/B'}\n",
    })
    bundled = resolve(load_document(root)).bundled
    _assert_self_contained(bundled)
    schemas = _schemas(bundled)
    assert schemas["A"]["properties"]["b"] == {"$ref": "#/components/schemas/B"}
    assert schemas["B"]["properties"]["a"] == {"$ref": "#/components/schemas/A"}
    assert schemas["c"]["items"] == {"$ref": "#/components/schemas/B"}


def test_external_ref_siblings_and_nested_refs_are_kept(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: 'x.yaml'\n"
        "      description: mine\n      properties:\n        y: {$ref: 'y.yaml'}\n",
        "x.yaml": "type: object\n",
        "y.yaml": "type: string\n",
    })
    bundled = resolve(load_document(root)).bundled
    a = _schemas(bundled)["A"]
    assert a == {"$ref": "#/components/schemas/x", "description": "mine", "properties": {"y": {"$ref": "#/components/schemas/y"}}}


def test_a_file_referenced_from_two_slots_is_placed_once(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    B: {$ref: 'x.yaml'}\n    A: {$ref: 'x.yaml'}\n",
        "x.yaml": "type: object\n",
    })
    schemas = _schemas(resolve(load_document(root)).bundled)
    assert schemas == {"B": {"$ref": "#/components/schemas/A"}, "A": {"type": "object"}}


def test_webhooks_and_callbacks_path_items_are_inlined(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + "paths: {}\nwebhooks:\n  ping: {$ref: 'hook.yaml'}\n",
        "hook.yaml": "post:\n  requestBody: {$ref: 'body.yaml'}\n  responses:\n    '200': {description: ok}\n",
        "body.yaml": "content:\n  application/json:\n    schema: {type: object}\n",
    })
    bundled = resolve(load_document(root)).bundled
    _assert_self_contained(bundled)
    assert bundled["webhooks"]["ping"]["post"]["requestBody"] == {"$ref": "#/components/requestBodies/body"}
    assert bundled["components"]["requestBodies"]["body"]["content"]["application/json"]["schema"] == {"type": "object"}


def test_path_item_cycles_are_refused(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + "paths:\n  /a: {$ref: 'a.yaml'}\n",
        "a.yaml": "get:\n  callbacks:\n    cb:\n      '{$request.body#/url}': {$ref: 'a.yaml'}\n  responses: {}\n",
    })
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    assert err.value.code == "ref-cycle"


# -- missing things -----------------------------------------------------------------------------------------------
def test_missing_external_file_is_named(tmp_path: Path) -> None:
    root = _write(tmp_path, {"openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'schemas/nope.yaml'}\n"})
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    e = err.value
    assert e.code == "ref-not-found"
    assert "schemas/nope.yaml" in e.message
    assert e.location.pointer == "/components/schemas/A"
    assert e.location.line == 6


def test_missing_pointer_in_an_external_file_is_named(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'defs.yaml#/Pett'}\n",
        "defs.yaml": "Pet: {type: string}\n",
    })
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    assert err.value.code == "ref-not-found"
    assert "defs.yaml" in err.value.message and "Pett" in err.value.message
    assert "'Pet'" in err.value.hint


def test_broken_ref_inside_an_external_file_names_that_file(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'sub/a.yaml'}\n",
        "sub/a.yaml": "type: object\nproperties:\n  b: {$ref: '#/nothing'}\n",
    })
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    assert err.value.location.file == str(Path(root).parent / "sub" / "a.yaml")
    assert err.value.location.pointer == "/properties/b"
    assert err.value.location.line == 3


def test_syntax_errors_in_external_files_name_them(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'a.yaml'}\n",
        "a.yaml": "type: [unclosed\n",
    })
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    assert err.value.code == "yaml-syntax"
    assert err.value.location.file.endswith("a.yaml")


def test_external_documents_warnings_are_passed_on(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + "paths: {}\ncomponents:\n  responses:\n    R: {$ref: 'r.yaml'}\n",
        "r.yaml": "description: ok\nheaders:\n  1: {schema: {type: string}}\n",
    })
    spec = resolve(load_document(root))
    assert "non-string-key" in [d.code for d in spec.diagnostics]


# -- policy: outside the project root, absolute paths, remote documents -------------------------------------------
# The project root is the git work tree holding the root document (a ``.git`` folder or file), else the root
# document's folder. Tests mark their project with ``.git`` so that where pytest's tmp_path lives does not matter.
SEPARATE = {  # the layout of the OAI ``petstore-separate`` example
    "spec/swagger.yaml": "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get:\n"
                         "      responses:\n        default:\n          description: error\n"
                         "          schema: {$ref: '../common/Error.yaml'}\n",
    "common/Error.yaml": "type: object\nproperties:\n  code: {type: integer}\n",
}


def _git_ancestor(path: Path) -> Path | None:
    return next((p for p in (path, *path.parents) if (p / ".git").exists()), None)


@pytest.mark.parametrize("marker", ["folder", "file"])
def test_sibling_folders_of_a_git_work_tree_are_inside_the_root(tmp_path: Path, marker: str) -> None:
    root = _write(tmp_path / "project", SEPARATE)
    if marker == "folder":
        (tmp_path / "project" / ".git").mkdir()
    else:  # a worktree or submodule: .git is a file naming the real git folder
        (tmp_path / "project" / ".git").write_text("gitdir: ../.git/worktrees/project\n")
    spec = resolve(load_document(root))
    assert spec.family == "2.0"
    assert spec.bundled["definitions"]["Error"]["properties"]["code"] == {"type": "integer"}
    assert [d.uri for d in spec.documents[1:]] == [os.path.normpath(str(tmp_path / "project" / "common/Error.yaml"))]


def test_refs_beyond_the_git_work_tree_are_refused_naming_root_and_flag(tmp_path: Path) -> None:
    (tmp_path / "shared.yaml").write_text("Thing: {type: string}\n")
    root = _write(tmp_path / "project", {
        "spec/openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    Thing: {$ref: '../../shared.yaml#/Thing'}\n",
    })
    (tmp_path / "project" / ".git").mkdir()
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    e = err.value
    assert e.code == "ref-outside-root"
    assert e.exit_code == 1
    assert "../../shared.yaml#/Thing" in e.message
    assert str(tmp_path / "project") in e.message and "git work tree" in e.message
    assert e.location.pointer == "/components/schemas/Thing"
    assert e.location.line == 6
    assert "--allow-outside-refs" in e.hint
    spec = resolve(load_document(root), allow_outside_refs=True)
    assert _schemas(spec.bundled)["Thing"] == {"type": "string"}


def test_the_nearest_work_tree_is_the_root(tmp_path: Path) -> None:
    # A submodule (its own .git file) inside a repository: the submodule is the project.
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / "common.yaml").write_text("type: string\n")
    root = _write(tmp_path / "repo" / "sub", {
        "spec/openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '../../common.yaml'}\n",
    })
    (tmp_path / "repo" / "sub" / ".git").write_text("gitdir: ../.git/modules/sub\n")
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    assert err.value.code == "ref-outside-root"
    assert str(tmp_path / "repo" / "sub") in err.value.message


def test_without_a_work_tree_the_root_is_the_documents_folder(tmp_path: Path) -> None:
    if _git_ancestor(tmp_path) is not None:
        pytest.skip("the temporary folder is inside a git work tree")
    root = _write(tmp_path / "project", SEPARATE)
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    e = err.value
    assert e.code == "ref-outside-root"
    assert str(tmp_path / "project" / "spec") in e.message and "no git work tree" in e.message
    assert "--allow-outside-refs" in e.hint
    assert resolve(load_document(root), allow_outside_refs=True).bundled["definitions"]["Error"]["type"] == "object"


def test_the_checked_in_fixture_is_inside_this_repository(in_fixtures: Path) -> None:
    # outside/root/openapi.yaml refers to ../shared.yaml: outside its folder, inside the project.
    if _git_ancestor(in_fixtures) is None:
        pytest.skip("the tests do not run from a git work tree")
    spec = resolve(load_document("outside/root/openapi.yaml"))
    assert ("/components/schemas/Thing", "outside/shared.yaml", "/Thing") in spec.origins


def test_outside_refs_are_allowed_with_the_flag(in_fixtures: Path) -> None:
    spec = resolve(load_document("outside/root/openapi.yaml"), allow_outside_refs=True)
    assert _schemas(spec.bundled)["Thing"]["properties"]["id"] == {"type": "string"}
    assert ("/components/schemas/Thing", "outside/shared.yaml", "/Thing") in spec.origins


def test_parent_folder_refs_that_stay_inside_the_root_folder_are_fine(tmp_path: Path) -> None:
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'a/one.yaml'}\n",
        "a/one.yaml": "type: object\nproperties:\n  b: {$ref: '../b/two.yaml'}\n",
        "b/two.yaml": "type: string\n",
    })
    assert _schemas(resolve(load_document(root)).bundled)["two"] == {"type": "string"}


def test_absolute_path_refs_are_refused_outside_the_root_unless_allowed(tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.yaml"
    other.write_text("type: string\n")
    inside = tmp_path / "spec" / "inside.yaml"
    root = _write(tmp_path / "spec", {
        "openapi.yaml": HEAD + f"paths: {{}}\ncomponents:\n  schemas:\n    A: {{$ref: '{other.as_posix()}'}}\n"
                        f"    B: {{$ref: '{inside.as_posix()}'}}\n",
        "inside.yaml": "type: integer\n",
    })
    (tmp_path / "spec" / ".git").mkdir()
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    assert err.value.code == "ref-outside-root"
    assert err.value.location.pointer == "/components/schemas/A"
    assert "absolute path" in err.value.message
    assert "--allow-outside-refs" in err.value.hint
    spec = resolve(load_document(root), allow_outside_refs=True)
    assert _schemas(spec.bundled)["A"] == {"type": "string"}
    assert _schemas(spec.bundled)["B"] == {"type": "integer"}


def test_symlinks_cannot_escape_the_root_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.yaml").write_text("type: string\n")
    root = _write(tmp_path / "spec", {
        "openapi.yaml": HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'link.yaml'}\n",
    })
    (tmp_path / "spec" / ".git").mkdir()
    try:
        (tmp_path / "spec" / "link.yaml").symlink_to(tmp_path / "secret.yaml")
    except OSError:
        pytest.skip("symlinks are not available here")
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    assert err.value.code == "ref-outside-root"


REMOTE = HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'https://example.com/api/pet.yaml#/Pet'}\n"
REMOTE_FILES = {
    "https://example.com/api/pet.yaml": b"Pet:\n  type: object\n  properties:\n    tag: {$ref: 'common/tag.yaml'}\n",
    "https://example.com/api/common/tag.yaml": b"type: string\n",
}


class _FakeLoader:
    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        self.calls: list[str] = []

    def __call__(self, url: str) -> SourceDocument:
        self.calls.append(url)
        return parse_bytes(self.files[url], url)


def test_remote_refs_are_refused_naming_the_flag() -> None:
    with pytest.raises(InputError) as err:
        resolve(parse_bytes(REMOTE.encode(), "spec/openapi.yaml"), loader=_FakeLoader(REMOTE_FILES))
    e = err.value
    assert e.code == "ref-remote"
    assert "https://example.com/api/pet.yaml#/Pet" in e.message
    assert e.location.pointer == "/components/schemas/A"
    assert "--allow-remote-refs" in e.hint


def test_remote_refs_are_loaded_through_the_loader_when_allowed() -> None:
    loader = _FakeLoader(REMOTE_FILES)
    spec = resolve(parse_bytes(REMOTE.encode(), "spec/openapi.yaml"), allow_remote_refs=True, loader=loader)
    schemas = _schemas(spec.bundled)
    assert schemas["A"]["properties"]["tag"] == {"$ref": "#/components/schemas/tag"}
    assert schemas["tag"] == {"type": "string"}
    assert loader.calls == ["https://example.com/api/pet.yaml", "https://example.com/api/common/tag.yaml"]
    assert ("/components/schemas/tag", "https://example.com/api/common/tag.yaml", "") in spec.origins


def test_remote_refs_without_a_loader_are_a_usage_error() -> None:
    with pytest.raises(UsageError) as err:
        resolve(parse_bytes(REMOTE.encode(), "spec/openapi.yaml"), allow_remote_refs=True)
    assert err.value.code == "no-remote-loader"
    assert err.value.exit_code == 2


def test_relative_refs_of_a_remote_root_stay_on_its_server() -> None:
    root = HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'common/tag.yaml'}\n"
    loader = _FakeLoader(REMOTE_FILES)
    spec = resolve(parse_bytes(root.encode(), "https://example.com/api/openapi.yaml"), loader=loader)
    assert _schemas(spec.bundled)["A"] == {"type": "string"}
    escaping = HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'https://evil.example/x.yaml'}\n"
    with pytest.raises(InputError) as err:
        resolve(parse_bytes(escaping.encode(), "https://example.com/api/openapi.yaml"), loader=loader)
    assert err.value.code == "ref-remote"


def test_file_urls_need_the_remote_flag(tmp_path: Path) -> None:
    target = tmp_path / "t.yaml"
    target.write_text("type: integer\n")
    root = _write(tmp_path, {
        "openapi.yaml": HEAD + f"paths: {{}}\ncomponents:\n  schemas:\n    A: {{$ref: '{target.as_uri()}'}}\n",
    })
    with pytest.raises(InputError) as err:
        resolve(load_document(root))
    assert err.value.code == "ref-remote"
    assert "--allow-remote-refs" in err.value.hint
    assert _schemas(resolve(load_document(root), allow_remote_refs=True).bundled)["A"] == {"type": "integer"}


def test_remote_documents_cannot_read_local_files(tmp_path: Path) -> None:
    files = {"https://example.com/api/pet.yaml": f"Pet: {{$ref: '{(tmp_path / 'x.yaml').as_uri()}'}}\n".encode()}
    with pytest.raises(InputError) as err:
        resolve(parse_bytes(REMOTE.encode(), "spec/openapi.yaml"), allow_remote_refs=True, loader=_FakeLoader(files))
    assert err.value.code == "ref-remote"


def test_other_schemes_are_refused() -> None:
    text = HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'urn:example:pet'}\n"
    with pytest.raises(InputError) as err:
        resolve(parse_bytes(text.encode(), "openapi.yaml"))
    assert err.value.code == "ref-unsupported"
