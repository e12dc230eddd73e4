"""Print preview and font settings."""
