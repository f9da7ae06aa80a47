"""What a job that failed in the background says to the secretary, in Swedish: a refusal its
own message, a file the computer would not read or write why (core.os_errors), and a bug in
ksdesk that it is one, with its English and traceback in the log (and, where the secretary
was waiting for the result, in the error dialog of ui/error_hook.py)."""

from __future__ import annotations

import sys

from ksdesk.core.errors import KsdeskError
from ksdesk.core.os_errors import os_reason

BUG = "ett oväntat fel i ksdesk; det är sparat i loggen (Hjälp → Visa logg…)"


def failure_text(error: object, *, show_bug: bool = True) -> str:
    """The sentence for `error`. `show_bug`: a bug also opens the error dialog (the
    secretary asked for this result); off for work they did not wait for (a backup)."""
    if isinstance(error, KsdeskError):
        return str(error)
    if isinstance(error, OSError):
        return os_reason(error)
    if isinstance(error, BaseException):
        if show_bug:
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            from ksdesk import applog  # on use: the window's start does not need the log's

            applog.log_error(type(error), error, error.__traceback__)
    return BUG


def failure_sentence(lead: str, error: object) -> str:
    """ "Utskriften kunde inte göras: disken är full." A refusal's own sentence follows the
    lead as a sentence of its own."""
    text = failure_text(error)
    return f"{lead}. {text}" if isinstance(error, KsdeskError) else f"{lead}: {text}."
