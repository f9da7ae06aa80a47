"""Importing a diarium's list of delegationsbeslut into the register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ksdesk.db import delegationsbeslut_repo
from ksdesk.services import delegationsbeslut_import
from tests.interchange.beslut_lists import CICERON_CSV, PUBLIC_360_ROWS, public_360_xlsx
from tests.interchange.real_beslut_lists import (
    REAL_BESLUT_LISTS,
    VASTERVIK,
    pdf_variant,
    text_file,
)


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_dry_run_writes_nothing_and_says_what_would_be_registered(demo_store, tmp_path) -> None:
    before = delegationsbeslut_repo.count(demo_store)
    path = _file(tmp_path, "rapport.xlsx", public_360_xlsx())
    plan = delegationsbeslut_import.import_file(demo_store, path, dry_run=True)
    assert delegationsbeslut_repo.count(demo_store) == before
    assert [p.data.dnr for p in plan.planned] == ["KS 2020/501", "KS 2020/502", "KS 2020/503"]
    first = plan.planned[0].preview
    assert (first.punkt, first.punkt_kapitel) == ("4", "Allmänna ärenden")
    # Point 99.99 is not in the version in force: saved, with a warning, as the diarium says.
    warned = [line for line in plan.report.warnings if line.where == "Rad 7"]
    assert any("ingen punkt 99.99" in line.why for line in warned)
    assert plan.planned[2].preview.point_uid is None
    assert not plan.report.saved


def test_saved_rows_rest_on_their_point_and_keep_the_extra_column(demo_store, tmp_path) -> None:
    before = delegationsbeslut_repo.count(demo_store)
    path = _file(tmp_path, "rapport.xlsx", public_360_xlsx())
    plan = delegationsbeslut_import.import_file(demo_store, path)
    assert delegationsbeslut_repo.count(demo_store) == before + 3
    stored = delegationsbeslut_repo.find_by_dnr(demo_store, "KS 2020/501")
    assert stored.point_uid is not None
    assert stored.delegationshanvisning.startswith("Beslutet har fattats med stöd av punkt 4")
    assert (stored.forvaltning, stored.beskrivning) == ("Kansliavdelningen", "Status: Avslutat")
    assert stored.received == dt.date.today()
    loose = delegationsbeslut_repo.find_by_dnr(demo_store, "KS 2020/503")
    assert (loose.punkt, loose.point_uid) == ("99.99", None)
    assert plan.report.saved


def test_next_months_overlapping_export_doubles_nothing(demo_store, tmp_path) -> None:
    delegationsbeslut_import.import_file(
        demo_store, _file(tmp_path, "november.xlsx", public_360_xlsx())
    )
    count = delegationsbeslut_repo.count(demo_store)
    december = [
        *PUBLIC_360_ROWS[1:],
        [
            "KS 2020/520",
            dt.datetime(2020, 12, 1),
            "Nytt beslut i december",
            "Kommunsekreterare",
            "4",
            "Kansliavdelningen",
            "Avslutat",
        ],
        # The same ärende, a new decision: registered, with a line saying the Dnr is known.
        [
            "KS 2020/501",
            dt.datetime(2020, 12, 2),
            "Komplettering av yttrandet",
            "Kommunsekreterare",
            "4",
            "Kansliavdelningen",
            "Avslutat",
        ],
    ]
    path = _file(tmp_path, "december.xlsx", public_360_xlsx(december))
    plan = delegationsbeslut_import.import_file(demo_store, path)
    assert [p.data.dnr for p in plan.planned] == ["KS 2020/520", "KS 2020/501"]
    assert delegationsbeslut_repo.count(demo_store) == count + 2
    skipped = [line for line in plan.report.dropped if "finns redan i registret" in line.why]
    assert [line.where for line in skipped] == ["Rad 5", "Rad 6"]
    assert any("finns redan i registret" in line.why for line in plan.report.changed)


def test_bad_rows_of_a_ciceron_csv_are_reported_not_saved(demo_store, tmp_path) -> None:
    before = delegationsbeslut_repo.count(demo_store)
    plan = delegationsbeslut_import.import_file(
        demo_store, _file(tmp_path, "ciceron.csv", CICERON_CSV)
    )
    assert [p.data.dnr for p in plan.planned] == ["KS 2020/610", "KS 2020/611"]
    assert delegationsbeslut_repo.count(demo_store) == before + 2
    why = {line.where: line.why for line in plan.report.dropped}
    assert why["Rad 4"].startswith("beslutsdatum saknas")
    assert why["Rad 5"].startswith("text om vad som beslutades saknas (Rubrik och Beslut")
    assert "”31.11.2020” kan inte läsas" in why["Rad 6"]
    stored = delegationsbeslut_repo.find_by_dnr(demo_store, "KS 2020/610")
    assert (stored.organ, stored.handlaggare) == ("Kommunstyrelsen", "Åsa Öberg")
    assert stored.received == dt.date(2020, 11, 27)  # the export's Registreringsdatum
    later = delegationsbeslut_repo.find_by_dnr(demo_store, "KS 2020/611")
    assert later.received == dt.date.today()  # none in the file: it came in today


def test_a_row_repeated_in_the_same_file_is_saved_once(demo_store, tmp_path) -> None:
    rows = [PUBLIC_360_ROWS[0], PUBLIC_360_ROWS[0]]
    plan = delegationsbeslut_import.import_file(
        demo_store, _file(tmp_path, "dubbel.xlsx", public_360_xlsx(rows))
    )
    assert len(plan.planned) == 1
    assert plan.report.dropped[-1].why.startswith("står redan på en rad ovanför")


def test_undo_of_an_import_takes_every_row_out_and_redo_puts_them_back(
    demo_store, tmp_path
) -> None:
    before = delegationsbeslut_repo.count(demo_store)
    plan = delegationsbeslut_import.import_file(
        demo_store, _file(tmp_path, "rapport.xlsx", public_360_xlsx())
    )
    ids = [b.id for b in plan.saved]
    delegationsbeslut_import.put_all(demo_store, ids, None)
    assert delegationsbeslut_repo.count(demo_store) == before
    delegationsbeslut_import.put_all(demo_store, ids, plan.saved)
    assert delegationsbeslut_repo.count(demo_store) == before + 3


_KS_ROWS = (
    "Diarienummer;Beslutsdatum;Rubrik;Beslutsfattare;Punkt;Nämnd\r\n"
    "KS 2020/620;2020-11-26;Yttrande över detaljplan;Kommunsekreterare;4;{organ}\r\n"
)


def _ks_list(tmp_path: Path, organ: str) -> Path:
    return _file(tmp_path, "lista.csv", _KS_ROWS.format(organ=organ).encode("utf-8"))


def test_the_organs_short_name_in_the_list_is_the_organ(demo_store, tmp_path) -> None:
    """A diarium writes "KS": the decision is the board's own, stored under its name, so
    that the anmälan to the board lists it."""
    from ksdesk.db import organ_repo
    from ksdesk.services import meetings

    organ = organ_repo.list_all(demo_store)[0]
    organ.short = "KS"
    meetings.save_organ(demo_store, organ)
    delegationsbeslut_import.import_file(demo_store, _ks_list(tmp_path, "KS"))
    stored = delegationsbeslut_repo.find_by_dnr(demo_store, "KS 2020/620")
    assert stored.organ == "Kommunstyrelsen" and stored.point_uid is not None


def test_a_misspelt_organ_is_refused_before_anything_is_read_in(demo_store, tmp_path) -> None:
    import pytest

    from ksdesk.core.errors import InvalidInput

    before = delegationsbeslut_repo.count(demo_store)
    with pytest.raises(InvalidInput, match="Menade du ”Kommunstyrelsen”"):
        delegationsbeslut_import.import_file(demo_store, _ks_list(tmp_path, ""), "Kommunstyrelsn")
    assert delegationsbeslut_repo.count(demo_store) == before


def test_another_namnds_name_is_taken_with_a_line_in_the_report(demo_store, tmp_path) -> None:
    path = _ks_list(tmp_path, "")
    plan = delegationsbeslut_import.import_file(demo_store, path, "Socialnämnden")
    (line,) = [w for w in plan.report.warnings if w.where == "Nämnd"]
    assert "ingen av nämnderna i databasen (Kommunstyrelsen)" in line.why
    stored = delegationsbeslut_repo.find_by_dnr(demo_store, "KS 2020/620")
    assert stored.organ == "Socialnämnden" and stored.point_uid is None
    assert stored.delegationshanvisning == (
        "Beslutet har fattats med stöd av punkt 4 i socialnämndens delegationsordning."
    )


def test_the_report_writes_a_diarium_time_stamp_as_a_date(demo_store, tmp_path) -> None:
    """Public 360 stamps the document date with the second it was registered; the report
    names the row by its date as the secretary writes it, not "2020-11-03 14:22:17"."""
    first = [PUBLIC_360_ROWS[0][0], dt.datetime(2020, 11, 3, 14, 22, 17), *PUBLIC_360_ROWS[0][2:]]
    plan = delegationsbeslut_import.import_file(
        demo_store, _file(tmp_path, "dubbel.xlsx", public_360_xlsx([first, first]))
    )
    repeated = plan.report.dropped[-1]
    assert repeated.text == "KS 2020/501 | 2020-11-03 | Yttrande över remiss om avfallsplan"
    assert "14:22" not in plan.report.text()
    # (after it, the line naming the meeting the decisions are reported to: anmalan30)
    assert "1 beslut att registrera, 1 rad hoppas över eller sparas inte" in plan.report.read


def test_nothing_skipped_is_not_a_line_of_the_report(demo_store, tmp_path) -> None:
    plan = delegationsbeslut_import.import_file(
        demo_store, _file(tmp_path, "rapport.xlsx", public_360_xlsx()), dry_run=True
    )
    assert "3 beslut att registrera" in plan.report.read
    assert "hoppas över" not in plan.report.text()


def test_a_real_published_list_names_all_that_each_decision_lacks(demo_store, tmp_path) -> None:
    # Stockholm idrottsnämnden 2022-05-24: dated, but with neither Dnr nor delegat.
    (listed,) = [x for x in REAL_BESLUT_LISTS if x.source.endswith("2022-05-24")]
    before = delegationsbeslut_repo.count(demo_store)
    plan = delegationsbeslut_import.import_file(
        demo_store, _file(tmp_path, "lista.txt", text_file(listed))
    )
    assert plan.planned == []
    assert delegationsbeslut_repo.count(demo_store) == before
    why = {line.where: line.why for line in plan.report.dropped}
    for where in ("Rad 3, punkt A", "Rad 4, punkt B"):
        assert why[where] == (
            "diarienummer och beslutsfattare saknas: sparas inte; fyll i diarienummer och "
            "beslutsfattare under ”Fyll i det som saknas” eller i listan"
        )


def test_a_decision_whose_point_cites_sol_is_held_for_the_public_review(
    demo_store, tmp_path
) -> None:
    # Built here: the text names no law, the Delegationspunkt column does ("SoL 4:1"). Kept
    # in the beskrivning, it marks the decision as one that may concern one person.
    from ksdesk.core.individual_decisions import individual_ground

    data = (
        "Dnr;Beslutsdatum;Beslut;Delegat;Delegationspunkt\n"
        "KS 2020/777;2020-11-20;Beslut i enskilt ärende;Kommunsekreterare;SoL 4:1\n"
    )
    plan = delegationsbeslut_import.import_file(
        demo_store, _file(tmp_path, "lista.csv", data.encode()), dry_run=True
    )
    (planned,) = plan.planned
    assert individual_ground(planned.preview) == "SoL"


def test_the_list_of_a_kallelse_pdf_is_read_where_the_file_is_chosen(demo_store, tmp_path) -> None:
    # Västervik's list printed over two pages (a variant: tests/interchange/real_beslut_lists).
    path = _file(tmp_path, "kallelse.pdf", pdf_variant(VASTERVIK, lines_per_page=2))
    plan = delegationsbeslut_import.import_file(demo_store, path, dry_run=True)
    (planned,) = plan.planned
    assert (planned.where, planned.data.dnr, planned.data.delegat) == (
        "Sida 2, rad 3",
        "2015/",
        "Kommundirektören",
    )
    assert planned.data.date == dt.date(2015, 4, 11)


def test_the_report_reads_from_the_top_of_the_file(demo_store, tmp_path) -> None:
    path = _file(tmp_path, "kallelse.pdf", pdf_variant(VASTERVIK, lines_per_page=2))
    plan = delegationsbeslut_import.import_file(demo_store, path, dry_run=True)
    assert [line.where for line in plan.report.dropped] == [
        "Sida 1, rad 1",  # the running header of page 1
        "Sida 1, rad 2",
        "Sida 1, rad 3",  # the list's heading
        "Sida 2, rad 1",
        "Sida 2, rad 2",
        "Sida 2, rad 4",  # the next agenda item
    ]
