"""ksdesk: the Swedish board secretary's desktop, kept in one local SQLite file."""

from __future__ import annotations

__version__ = "0.1.0"
