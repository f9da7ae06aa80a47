"""The public list of delegationsbeslut keeps its rows (walk37 #1): Kungsbacka's IFO lists
its placeringsavtal with a company and its ansökan to Boverket openly (moggleif/
kommunhandlingar data/kungsbacka/ifo/2025/2025-04-17/protokoll.md § 49); a client's row,
decided "maskera", prints a neutral line. The client is invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.db import delegationsbeslut_repo, organ_repo
from ksdesk.services import meeting_lookup, public_copy, public_delegationsbeslut
from ksdesk.services.delegationsbeslut_anmalan import anmalan_item

ROWS = {
    "IF-2025-00017": "Placeringsavtal – HVB, Gryning Vård AB",
    "IF-2022-00060": "Ansökan om statligt bidrag för kommunala hyresgarantier, Boverket",
    "IF-2025-00151": "Omedelbart omhändertagande 6 § LVU, Ella Nyström, 150505-5566",
}


def _reporting(store, rows: dict[str, str]):
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    organ = organ_repo.get(store, meeting.organ_id)
    with store.atomic():
        for dnr, text in rows.items():
            row = Delegationsbeslut(dnr, date(2020, 11, 20), "Enhetschef", beslut=text)
            delegationsbeslut_repo.save(store, replace(row, organ=organ.name))
    anmalan_item(store, meeting.id)
    return meeting


def test_a_client_row_goes_and_the_company_rows_stay(demo_store) -> None:
    meeting = _reporting(demo_store, ROWS)
    hits = public_copy.scan_public(demo_store, meeting.id)
    individual = [h.shown for h in hits if "kan röra en enskild person" in h.shown]
    assert individual == ["delegationsbeslut IF-2025-00151 kan röra en enskild person (LVU)"]
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    assert not public_copy.ensure_public_ok(demo_store, meeting.id).omitted_bilagor
    listed, _organ = public_delegationsbeslut.public_anmalan(demo_store, meeting.id)
    printed = {b.dnr: b.beslut for b in listed}
    assert printed["IF-2025-00017"] == ROWS["IF-2025-00017"]
    assert printed["IF-2022-00060"] == ROWS["IF-2022-00060"]
    assert printed["IF-2025-00151"] == "Beslut som rör enskild (LVU)"


def test_one_of_two_rows_alike_kept_the_list_is_still_printed(demo_store) -> None:
    """The last check refuses a neutral row's text, but not where a kept row prints it."""
    text = "Placeringsavtal – HVB, Skyddat, Barn och Ungdomsenheten"
    meeting = _reporting(demo_store, {"IF-2025-00018": text, "IF-2025-00019": text})
    hits = public_copy.scan_public(demo_store, meeting.id)
    kept = [h.key for h in hits if "IF-2025-00018" in h.shown]
    public_copy.decide(demo_store, meeting.id, kept, "behåll", by="Test")
    rest = [h.key for h in hits if h.key not in kept]
    public_copy.decide(demo_store, meeting.id, rest, "maskera", by="Test")
    assert public_delegationsbeslut.public_anmalan_pdf(demo_store, meeting.id)
