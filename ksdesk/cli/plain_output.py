"""What the command line prints, without bidirectional controls.

A text stored with one (a title pasted from a web page, a colleague's sync, a file from an
older ksdesk) turns the terminal's text after it backwards when printed as itself: the
window's tables and message boxes show such text without them (ui/plain_boxes.py), and so
does every line the command line prints. `--json` writes them as escapes instead
(base.print_json), so a program reading it gets the text unchanged."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

TYPE_CHECKING = False  # typing itself is not imported: `ksdesk sok` starts a process per query
if TYPE_CHECKING:
    from typing import Any, TextIO


# core.glyphs.TURNS's code points (a test holds them equal), as a table for str.translate:
# importing glyphs, its patterns compiled, cost `ksdesk --help` its budget.
TURN_CODES = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
_LEFT_OUT = dict.fromkeys(TURN_CODES)


class WithoutTurns:
    """A text stream that writes what it is given without bidi controls."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(text if text.isascii() else text.translate(_LEFT_OUT))

    def __getattr__(self, name: str) -> Any:  # flush, fileno, encoding, isatty, buffer …
        return getattr(self._stream, name)


@contextlib.contextmanager
def plain_output() -> Iterator[None]:
    """sys.stdout and sys.stderr without bidi controls while the command runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = WithoutTurns(out), WithoutTurns(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
