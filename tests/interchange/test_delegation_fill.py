"""What an Ärende cell holds besides the ärende: an "Anmärkning:" line, and a Lagrum at its
end in a document without a Lagrum column."""

from __future__ import annotations

import pytest

from ksdesk.core.delegation import Point
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.delegation_fill import notes_out_of_arende


@pytest.mark.parametrize(
    ("arende", "lagrum_column", "left", "lagrum"),
    [
        ("Brådskande ärenden (6 kap. 36 § KL)", False, "Brådskande ärenden", "6 kap. 36 § KL"),
        ("Brådskande ärenden (KL 6 kap 36 §)", False, "Brådskande ärenden", "KL 6 kap 36 §"),
        ("Sekretessprövning enligt 6 kap. 3 § OSL", False, "Sekretessprövning", "6 kap. 3 § OSL"),
        # No paragraph: the words are the ärende's own.
        ("Avbryta upphandling enligt lagen om offentlig upphandling", False, None, ""),
        ("Yttrande enligt ordningslagen", False, None, ""),
        # In the middle, or with a Lagrum column of its own: left whole.
        ("Beslut enligt 6 kap. 36 § KL om brådskande ärenden", False, None, ""),
        ("Brådskande ärenden (6 kap. 36 § KL)", True, None, ""),
    ],
)
def test_a_lagrum_at_the_end_of_the_arende(arende, lagrum_column, left, lagrum) -> None:
    point = Point(nr="1", arende=arende)
    report = ImportReport("delegationsordning", "o.docx")
    notes_out_of_arende(point, lagrum_column, report)
    assert (point.arende, point.lagrum) == (left or arende, lagrum)
    assert len(report.changed) == (1 if lagrum else 0)


def test_an_anmarkning_line_under_the_arende() -> None:
    point = Point(
        nr="1.7", arende="Ompröva beslut\na) av nämnd\nAnmärkning: Rättelse är verkställighet."
    )
    point.anmarkning = "Anmäls"
    report = ImportReport("delegationsordning", "o.docx")
    notes_out_of_arende(point, True, report)
    assert (point.arende, point.anmarkning) == (
        "Ompröva beslut\na) av nämnd",
        "Rättelse är verkställighet.\nAnmäls",
    )
    assert report.changed[0].text == "Anmärkning: Rättelse är verkställighet."
