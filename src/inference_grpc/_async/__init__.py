"""The async originals of the client's twins; `_sync` holds their generated blocking twins."""
