"""A line of the import report for dropped text carries all of it: the report is the only
place the secretary can copy it back from."""

from __future__ import annotations

from ksdesk.core.import_report import ImportReport

# A long note of the kind a delegationsordning puts under a table (wording after Kils kommun's
# BUN ordning, lengthened): far longer than one line of a report.
LONG_NOTE = (
    "Anställning upp till 6 månader är verkställighet (med undantag för förvaltningschef). "
    "Vikariat som förlängs utöver sex månader anmäls till nämnden som delegationsbeslut, "
    "liksom varje tillsvidareanställning inom barn- och utbildningsförvaltningens stab."
)


def test_a_dropped_text_is_kept_whole_in_its_line() -> None:
    report = ImportReport("delegationsordning", "ordning.docx")
    report.drop("Efter tabell 2", LONG_NOTE + "\n", "stycke som inte hör till någon punkt")
    (line,) = report.dropped
    assert line.text == LONG_NOTE


def test_the_terminal_report_wraps_a_long_line_and_loses_no_word() -> None:
    report = ImportReport("delegationsordning", "ordning.docx")
    report.drop("Efter tabell 2", LONG_NOTE, "stycke som inte hör till någon punkt")
    lines = report.text().splitlines()
    assert max(len(line) for line in lines) <= 100
    dropped = lines[lines.index("  Borttaget (1):") + 1 :]
    assert " ".join(" ".join(dropped).split()).count(LONG_NOTE) == 1
    assert all(line.startswith("      ") for line in dropped[1:])
