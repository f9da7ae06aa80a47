"""Entry script of both executables in the PyInstaller bundle (`ksdesk` and `ksdesk-cli`):
no command opens the window, a command runs in the terminal."""

import os
import sys

# The windowed executable has no console: Python then sets sys.stdout and sys.stderr to None,
# and anything that writes to them would fail. Unexpected errors reach the log file and a
# dialog instead (ksdesk/ui/errors.py).
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process's life
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from ksdesk.cli import run

run()
