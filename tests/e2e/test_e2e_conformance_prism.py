"""The conformance calls against a second oracle: the Prism mock server in dynamic mode, for every shared document.

Prism (``--errors --dynamic --seed``) validates each request against the document and answers with a response
generated from the response schema. Every operation is called (sync, required and all optional arguments);
any request-side violation Prism reports fails the test. Response-side problems are Prism's (its generated data
and the document's own schemas), so they are reported only as information.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.pipeline import SpecOptions, load_spec
from tests.conftest import REAL_SPECS
from tests.e2e.callargs import call_args, invoke
from tests.e2e.prism import (
    PrismServer,
    PrismUnavailable,
    Violation,
    ensure_prism,
    prism_server,
    unavailable,
)
from tests.e2e.test_e2e_conformance import _client_classes, _credentials, _renamed
from tests.genhelp import Generated, generate_into, imported

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

# Prism 5 reads a form field sent several times (``AudioSources=a&AudioSources=b``, what OpenAPI's default form
# style with explode=true means for an array) as its last value, then says it "must be array"
# (stoplightio/prism#2473, fix proposed in #2654). Our own oracle checks those fields; here they are skipped.
_PRISM_FORM_ARRAYS = re.compile(r"Request body property \S+ must be array")


def _request_side(violation: Violation) -> bool:
    """A request violation of severity Error; Prism folds long lists into one "Too many violations! [...]"
    entry filed under the request, whatever each entry's own location: those entries are looked at one by one."""
    if violation.location[:1] == ("response",) or violation.code == "terminated" or violation.severity != "Error":
        return False
    if violation.message.startswith("Too many violations!"):
        # The folded list may be cut short, so it is read by pattern rather than parsed.
        return '"location":["request"' in violation.message.replace(" ", "")
    return not _PRISM_FORM_ARRAYS.search(violation.message)


def _unsatisfiable(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """(METHOD, path) of operations whose every security alternative names a scheme the document never defines:
    no request can satisfy them (Prism answers "Invalid security scheme used"); pfgen skips such schemes."""
    defined = set((doc.get("components") or {}).get("securitySchemes") or {})
    out = set()
    for path, item in (doc.get("paths") or {}).items():
        for method, op in (item or {}).items():
            if isinstance(op, dict) and isinstance(op.get("security"), list) and op["security"] and all(
                any(name not in defined for name in alt) for alt in op["security"] if isinstance(alt, dict)
            ):
                out.add((method.upper(), path))
    return out

DOCUMENTS = sorted(
    p for folder in (REAL_SPECS, REAL_SPECS / "releases") for p in folder.glob("*.*")
    if p.suffix in (".json", ".yaml", ".yml")
)


@pytest.fixture(params=DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, PrismServer, Generated]]:
    spec: Path = request.param
    try:
        ensure_prism()
    except PrismUnavailable as exc:
        unavailable(str(exc))
    gen = generate_into(spec, tmp_path / "out", package="prism_conf")
    with prism_server(spec, extra_args=("--dynamic", "--seed", "pfgen")) as server:
        yield spec, server, gen


def test_prism_accepts_every_request(served: tuple[Path, PrismServer, Generated]) -> None:
    spec, server, gen = served
    problems: list[str] = []
    informational = 0
    unsatisfiable = _unsatisfiable(load_spec(str(spec), SpecOptions(lenient=True)).resolved.data)
    with imported(gen) as pkg:
        sync_cls, _ = _client_classes(pkg)
        client = sync_cls(
            api_key="tok_prism", credentials=_credentials(gen), base_url=server.base_url, max_retries=0,
            http_client=httpx.Client(event_hooks=server.event_hooks),
        )
        renames: Counter[str] = Counter()
        for op in gen.api.operations:
            for optional in (False, True):
                server.clear()
                ca = call_args(gen.api, op, include_optional=optional)
                try:
                    result = invoke(client, _renamed(gen.api, client, ca, renames))
                    if hasattr(result, "__next__"):
                        next(iter(result), None)
                except Exception:  # noqa: BLE001 - Prism's generated answers need not parse; the request is judged
                    informational += 1
                request_side = [
                    str(v) for v in server.violations() if _request_side(v)
                    and not ((op.method.upper(), op.path) in unsatisfiable and "security scheme" in v.message)
                ]
                problems += [f"{op.method.upper()} {op.path} ({'all' if optional else 'required'}): {v}"
                             for v in request_side]
    print(f"\n{spec.name}: {len(gen.api.operations)} operations, {len(problems)} request violations, "
          f"{informational} calls whose generated answer did not parse")
    assert not problems, f"{spec.name}: Prism rejects what the generated client sent:\n" + "\n".join(problems[:40])
