"""The open-database handle as the GUI and CLI see it (they never import the db layer)."""

from __future__ import annotations

from ksdesk.db.connection import Store

__all__ = ["Store"]
