"""The static runtime of this client: HTTP, auth, retries, errors, pagination, webhooks.

It is copied verbatim by the generator and is the same in every generated package.
"""
