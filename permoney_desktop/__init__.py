"""Permoney Desktop: local-first personal finance with exact balances."""

__version__ = "0.1.0"
