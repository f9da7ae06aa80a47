"""Adopting an imported delegationsordning whose revision table already records that
decision: the secretary of a new file reads in the order in force and marks it adopted with
the date and § it was adopted on. The table keeps one row for that decision, not a second
one in ISO form beside the document's own words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ksdesk.services import delegation_edit, delegation_import
from tests.interchange.real_delegation_documents import write_herjedalen


def test_the_adoption_already_in_the_revision_table_is_not_added_again(
    store, tmp_path: Path
) -> None:
    # Härjedalens kommun's delegationsordning (source in write_herjedalen): "Antagen av
    # kommunstyrelsen 8 juni 2022, § 46." and "Diarienummer KS 2022/100." under the title.
    write_herjedalen(tmp_path / "herjedalen.docx")
    version, _report = delegation_import.import_file(store, tmp_path / "herjedalen.docx")
    assert [r.beslut for r in version.revisions] == ["kommunstyrelsen 8 juni 2022, § 46"]
    adopted = delegation_edit.adopt(store, version.id, date(2022, 6, 8), "46", "KS 2022/100")
    assert [(r.beslut, r.text) for r in adopted.revisions] == [
        ("kommunstyrelsen 8 juni 2022, § 46", "Antagen")
    ]
    assert adopted.revisions[0].dnr == "KS 2022/100"
    assert (adopted.status, adopted.adopted_paragraf) == ("antagen", "46")


def test_another_decision_still_gets_its_own_row(store, tmp_path: Path) -> None:
    write_herjedalen(tmp_path / "herjedalen.docx")
    version, _report = delegation_import.import_file(store, tmp_path / "herjedalen.docx")
    # Same §, another day (a later year's § 46): a decision of its own.
    adopted = delegation_edit.adopt(store, version.id, date(2023, 6, 8), "46")
    assert [r.beslut for r in adopted.revisions][-1] == "kommunstyrelsen 2023-06-08 § 46"
    assert len(adopted.revisions) == 2
