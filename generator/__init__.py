"""pfgen: typed Python API clients and server stubs from OpenAPI documents."""

__version__ = "0.1.0"

# pfgen builds large, mostly acyclic structures (the document, the IR, rendered files): with the default
# thresholds the collector ran ~1,300 times and took about a fifth of a large generation (asana: 1.0 s of 5 s) to
# free almost nothing. Collections still run, a few hundred times less often (as mypy does). The command sets them
# (``launch``, ``cli.main``); importing pfgen as a library changes nothing.
GC_THRESHOLDS = (200_000, 50, 100)
