"""OS adapters: paths, secrets, the metrics cache and settings."""
