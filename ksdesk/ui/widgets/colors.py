"""The few colours that carry meaning on screen (error, warning, done, secondary text), one
definition each, so a warning looks the same in every tab and dialog. Each keeps at least
4.5:1 contrast on white and on the window's grey (WCAG AA; tests/ui/test_contrast.py)."""

from __future__ import annotations

from html import escape

from ksdesk.core.findings import Severity

ERROR_COLOR = "#b3261e"
WARNING_COLOR = "#8a6100"
OK_COLOR = "#276b2b"
MUTED_COLOR = "#555555"

WARNING_STYLE = f"color:{WARNING_COLOR}"
SEVERITY_COLORS = {
    Severity.FEL: ERROR_COLOR,
    Severity.VARNING: WARNING_COLOR,
    Severity.AVRUNDNING: WARNING_COLOR,
    Severity.PAMINNELSE: WARNING_COLOR,
    Severity.INFO: MUTED_COLOR,
}


def error_html(text: str) -> str:
    """Plain `text` (a refusal, which may quote what was typed: "<b>5", "a < b") as an error
    line in a rich-text label; unescaped, Qt read the typed characters as markup and the
    message lost them."""
    return f"<span style='color:{ERROR_COLOR}'>{escape(text)}</span>"


def warning_html(text: str) -> str:
    """Plain `text` as a warning line in a rich-text label."""
    return f"<span style='{WARNING_STYLE}'>{escape(text)}</span>"
