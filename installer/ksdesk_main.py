"""Entry script for the PyInstaller bundle."""

import sys

from ksdesk.cli import main

sys.exit(main())
