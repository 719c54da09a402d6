"""The manifest's fast writer equals ``json.dumps(..., sort_keys=True, indent=2, ensure_ascii=False)``.

Oracle: the standard library, on random manifests (paths with any characters, quotes, control characters and
non-ASCII text; empty file lists; scalars of every JSON kind).
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from generator.write.manifest import dump_indented

_SCALARS = st.one_of(st.text(), st.integers(), st.booleans(), st.none(),
                     st.floats(allow_nan=False, allow_infinity=False))


@given(st.dictionaries(st.text(), st.one_of(_SCALARS, st.dictionaries(st.text(), st.text(), max_size=6)),
                       max_size=8))
def test_equals_the_standard_librarys_indented_dump(body: dict[str, Any]) -> None:
    assert dump_indented(body) == json.dumps(body, sort_keys=True, indent=2, ensure_ascii=False)
