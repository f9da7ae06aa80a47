"""`python -m ksdesk` runs the same entry point as the `ksdesk` command."""

from __future__ import annotations

from ksdesk.cli import run

run()
