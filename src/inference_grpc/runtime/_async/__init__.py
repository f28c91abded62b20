"""The async originals of the runtime's twins; `_sync` holds their generated blocking twins."""
