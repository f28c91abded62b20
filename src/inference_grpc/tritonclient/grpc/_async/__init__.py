"""The async original of the shared InferenceServerClient methods; `_sync` holds the generated blocking twin."""
