"""The static runtime of this server stub: example data, security checks, in-memory state, docs and CLI.

It is copied verbatim by the generator and is the same in every generated stub; the generated routers and
services are thin calls into it.
"""
