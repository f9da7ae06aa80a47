"""A row a socialnämnd's diarium export marks as secret comes into the register so that no
list ksdesk prints shows its text (interchange/beslut_secrecy.py)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from pypdf import PdfReader

from ksdesk.core.meeting import Sammantrade
from ksdesk.db import delegationsbeslut_repo, organ_repo
from ksdesk.reports.delegationsbeslut_pdf import render_anmalan
from ksdesk.services import delegationsbeslut_import

# The columns a socialnämnd's export has (Beslutsdatum, Dnr, Ärendemening, Delegat, Lagrum)
# and a Sekretess column; a row masked by the diarium; a refusal to hand out a document,
# whose OSL 6 kap. is no mark of secrecy.
_LIST = (
    "Beslutsdatum;Dnr;Ärendemening;Delegat;Lagrum;Sekretess\r\n"
    "2023-01-10;SN 2023/11;Bistånd till Anna Andersson, Storgatan 4;Socialsekreterare;"
    "SoL 4 kap. 1 §;Ja\r\n"
    "2023-01-11;SN 2023/11;Umgängesbegränsning för barnet Kim;Socialchef;OSL 26 kap. 1 §;\r\n"
    "2023-01-12;SN 2023/12;XXXX XXXX;Socialsekreterare;SoL 4 kap. 1 §;Ja\r\n"
    "2023-01-13;SN 2023/13;Avslag på begäran om allmän handling;Socialchef;OSL 6 kap. 3 §;\r\n"
)


def _import(store, tmp_path: Path) -> delegationsbeslut_import.BeslutImport:
    path = tmp_path / "sekretess.csv"
    path.write_bytes(_LIST.encode("utf-8"))
    return delegationsbeslut_import.import_file(store, path, organ="Kommunstyrelsen")


def test_a_row_marked_secret_is_flagged_sekretess_its_text_kept(demo_store, tmp_path) -> None:
    plan = _import(demo_store, tmp_path)
    stored = [b for b in delegationsbeslut_repo.list_all(demo_store) if b.dnr.startswith("SN")]
    secret = [b for b in stored if b.dnr == "SN 2023/11"]
    assert [b.sekretess for b in secret] == [True, True]  # two, not one doubled
    # The register keeps the text for the secretary; no output prints it (step m1812).
    assert [b.beslut for b in secret] == [
        "Bistånd till Anna Andersson, Storgatan 4",
        "Umgängesbegränsning för barnet Kim",
    ]
    assert not any("Andersson" in b.beskrivning for b in secret)
    # Masked by the diarium, or public (OSL 6 kap.): read as the list has them.
    texts = [b.beslut for b in stored]
    assert "XXXX XXXX" in texts
    assert "Avslag på begäran om allmän handling" in texts
    marked = [line.where for line in plan.report.changed if "sekretess" in line.why]
    assert marked == ["Rad 2", "Rad 3"]


def test_the_anmalan_never_prints_a_secret_rows_text(demo_store, tmp_path) -> None:
    _import(demo_store, tmp_path)
    decisions = [b for b in delegationsbeslut_repo.list_all(demo_store) if b.dnr.startswith("SN")]
    organ = organ_repo.list_all(demo_store)[0]
    meeting = Sammantrade(organ_id=organ.id, date=dt.date(2023, 2, 1), time=dt.time(9))
    pdf = render_anmalan(decisions, meeting, organ, dt.date(2023, 1, 31))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Sekretess" in text
    assert "Andersson" not in text and "Kim" not in text


def test_a_printed_exports_row_under_osl_26_kap_comes_in_as_sekretess(demo_store, tmp_path) -> None:
    from tests.interchange.beslut_table_pdfs import printed_export

    path = tmp_path / "delegationsbeslut.pdf"
    path.write_bytes(printed_export())
    delegationsbeslut_import.import_file(demo_store, path, organ="Kommunstyrelsen")
    stored = delegationsbeslut_repo.find_by_dnr(demo_store, "SN 2023/15")
    assert stored.sekretess
    assert "Bistånd i form av kontaktperson" in stored.beslut


def test_a_text_that_only_begins_with_sekretess_is_not_flagged(demo_store, tmp_path) -> None:
    """ "Sekretessprövning …" is a public decision (OSL 6 kap., as the list's Lagrum says): a
    text that is "Sekretess" itself ("Sekretess", "Sekretess enl. OSL") is flagged, one whose
    first word merely begins so was flagged too, with no line in the report, and every list
    printed "Sekretess" in its place."""
    path = tmp_path / "prov.csv"
    path.write_bytes(
        (
            "Beslutsdatum;Dnr;Ärendemening;Delegat;Lagrum\r\n"
            "2023-01-13;SN 2023/13;Sekretessprövning, utlämnande av allmän handling;Socialchef;"
            "OSL 6 kap. 3 §\r\n"
            "2023-01-14;SN 2023/14;Sekretess enl. OSL;Socialchef;\r\n"
        ).encode()
    )
    delegationsbeslut_import.import_file(demo_store, path, organ="Kommunstyrelsen")
    assert not delegationsbeslut_repo.find_by_dnr(demo_store, "SN 2023/13").sekretess
    assert delegationsbeslut_repo.find_by_dnr(demo_store, "SN 2023/14").sekretess
