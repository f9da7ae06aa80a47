"""The installer scripts (installer/*.py) are not a package: the tests import them by path,
as the spec does when PyInstaller runs it."""

from __future__ import annotations

import sys
from pathlib import Path

INSTALLER = Path(__file__).resolve().parents[2] / "installer"
if str(INSTALLER) not in sys.path:
    sys.path.insert(0, str(INSTALLER))
