"""Column headings other kommuner give the fields of a delegation table: "Id" or
"Delegationspunkt" for the number, "Typ av ärende" for the Ärende, "Befattning" for the
delegate, "Föreskrift" for the Lagrum. Before, "Typ av ärende" was read as the chapter title
"Typ av" over an Ärende column, and a table without a known Nr column lost its numbers."""

from __future__ import annotations

import pytest

from ksdesk.services.delegation_import import read_file


@pytest.mark.parametrize(
    "header",
    [
        "Id;Typ av ärende;Befattning;Föreskrift",
        "Delegationspunkt;Beslutets innehåll;Beslutande funktion;Författningsstöd",
        "Punktnummer;Typ av beslut;Delegerad funktion;Rättsligt stöd",
    ],
)
def test_the_fields_under_other_headings(tmp_path, header) -> None:
    path = tmp_path / "d.csv"
    rows = ["1.1;Yttrande till länsstyrelsen;Miljöchef;26 kap. 9 § MB"]
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    version, report = read_file(path)
    got = [(c.title, p.nr, p.arende, p.delegat, p.lagrum) for c, p in version.all_points()]
    assert [g[1:] for g in got] == [
        ("1.1", "Yttrande till länsstyrelsen", ["Miljöchef"], "26 kap. 9 § MB")
    ]
    assert not report.unknown_columns
