"""`python -m ksdesk` runs the same entry point as the `ksdesk` command."""

from __future__ import annotations

import sys

from ksdesk.cli import main

sys.exit(main())
