"""Nearer: rebuild connection when a partner pulls away."""

__version__ = "0.1.0"
