"""The black configuration of record, shared by the formatter and the generated package's ``pyproject.toml``.

Kept free of a black import so that ``plan``/``render`` can read these constants cheaply. The generated
``pyproject.toml`` must carry exactly these values (see ``BLACK_PYPROJECT``), so that ``black --check`` on the
generated package agrees byte for byte with what ``format`` produced.
"""

from __future__ import annotations

from typing import Final

LINE_LENGTH: Final = 100
# Generated code supports Python 3.10+; black only uses syntax valid for every listed target.
TARGET_VERSIONS: Final[tuple[str, ...]] = ("py310",)
# Values for the ``[tool.black]`` table of the generated package (keys spelled as black's pyproject keys).
BLACK_PYPROJECT: Final[dict[str, object]] = {
    "line-length": LINE_LENGTH,
    "target-version": list(TARGET_VERSIONS),
}
