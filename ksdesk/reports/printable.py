"""User text as ReportLab's Paragraph markup: escaped, as core.glyphs prints it, and with
each sign that Liberation Sans lacks (☐ ✓ ➢, the non-breaking hyphen) set in DejaVu Sans,
which has them. Without this, ReportLab draws a missing glyph as an empty box and says
nothing. Every report escapes user text with `escape` from here."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as xml_escape

from ksdesk.core.glyphs import for_print, unusual
from ksdesk.reports.font_coverage import PRINTABLE, main_font

FALLBACK = "DejaVuSans"
# An amount is never broken over two lines, nor its unit left to start a line alone:
# "understiger 50" / "000 kr" and "50 000" / "kr" (a real delegationsordning's point, in its
# Ärende column). Typed amounts group thousands with plain spaces.
_GROUPED = re.compile(r"\b\d{1,3}(?: \d{3})+\b")
_UNIT_SPACE = re.compile(r"(?<=\d) (?=(?:kr|tkr|mnkr|mkr|%)(?![\wÅÄÖåäö]))")
FALLBACK_BOLD = "DejaVuSans-Bold"


def escape(text: str) -> str:
    """`text` for a Paragraph: printable, XML-escaped, signs of the fallback font marked;
    an amount's groups and its unit joined by no-break spaces."""
    text = _GROUPED.sub(lambda amount: amount[0].replace(" ", "\u00a0"), text)
    text = _UNIT_SPACE.sub("\u00a0", text)
    return "".join(
        f'<font name="{FALLBACK}">{xml_escape(run)}</font>' if fallback else xml_escape(run)
        for run, fallback in font_runs(text)
    )


def font_runs(text: str) -> list[tuple[str, bool]]:
    """`text` as printed, in runs of one font: (run, True) for a run the main font lacks and
    DejaVu Sans draws. Paragraph markup (`escape`) and what is drawn straight on the canvas
    (running headers) both print from these runs."""
    if not unusual(text):  # every bundled font has every character of it
        return [(text, False)] if text else []
    shown = for_print(text, PRINTABLE)
    main = main_font()
    runs: list[tuple[str, bool]] = []
    for char in shown:
        fallback = ord(char) not in main
        if runs and runs[-1][1] == fallback:
            runs[-1] = (runs[-1][0] + char, fallback)
        else:
            runs.append((char, fallback))
    return runs
