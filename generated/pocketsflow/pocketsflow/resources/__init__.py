"""Resources of the client; each module is imported the first time its attribute is used on a client."""
